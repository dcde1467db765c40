"""Score claim extraction against gold annotations.

Gold files are JSON, one per article (format and annotation guidelines in
``tests/gold/README.md``)::

    {"article": "sample_articles/03_x.txt", "published": "2026-03-05",
     "publisher": "...", "title": "...", "claims": [{"text": ..., ...}]}

:func:`evaluate` runs the extractor over each gold file's article, matches
predicted claims to gold claims and counts, per field, true positives, false
positives and false negatives (micro-averaged over all articles).

Matching: predicted and gold claims of one article are paired greedily,
best first, by token Jaccard of their content text (``\\w+`` tokens, case
folded); a pair needs a Jaccard of at least ``threshold`` (0.5). Each claim is
used at most once.

Counting, per field (``claim``, ``source``, ``source_actor``, ``cue``,
``modality``, ``negated``, ``network_tier``, ``time_value``; set-valued
``actors``, ``use_scopes``, ``excluded_scopes``):

- matched pair, both values non-null: TP when they agree, else FP and FN;
- matched pair, only the prediction non-null: FP; only the gold non-null: FN;
- an unmatched gold claim: FN for each of its non-null fields;
- an unmatched predicted claim: FP for each of its non-null fields;
- set fields count elements: TP = |gold & pred|, FP = |pred - gold|,
  FN = |gold - pred| (an unmatched claim's whole set is FN or FP);
- ``negated`` counts ``True`` as the value and ``False`` as null, so its
  figures are those of negation detection;
- ``claim`` is TP per matched pair, FP per unmatched prediction, FN per
  unmatched gold claim.

Agreement: ``source`` spans agree when they overlap in the text (gold spans
are located in the extraction's text, nearest to the gold content; when a
gold span cannot be located, the two spans agree if they share a word other
than an article or preposition); ``cue`` texts agree when equal ignoring case
and spacing; everything else by equality.

Every gold claim and every predicted claim is scored, whatever its kind, with one exception: attitude
claims (a stance toward a thing, beside the sentence's own claim, which is scored; the gold files do not
annotate them). A predicted ``outlet_event`` claim (the outlet's own statement of an event naming no
actor, which the store keeps as a side of conflicts on its event) is scored like any other: by the
guideline's rule 3 (``tests/gold/README.md``) a sentence naming no actor gives no claim, so one the
gold lacks is a false claim. The report counts them on a line of their own, as information.

Pure library: no store, no CLI. spaCy loads only if no ``extract_fn`` is
given (then :func:`claimline.extract` runs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError, computed_field

from ..errors import ClaimlineError, first_error
from ..schemas import Claim, Extraction, Modality, Tier
from ..strict import Strict as _Strict
from ..vocab import ATTITUDE, OUTLET_EVENT

THRESHOLD = 0.5
FIELDS = (
    "claim",
    "source",
    "source_actor",
    "cue",
    "modality",
    "negated",
    "actors",
    "network_tier",
    "use_scopes",
    "excluded_scopes",
    "time_value",
)
_SET_FIELDS = ("actors", "use_scopes", "excluded_scopes")
_SCALAR_FIELDS = ("source_actor", "cue", "modality", "negated", "network_tier", "time_value")
_WORD = re.compile(r"\w+")
_LIGHT_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "who"})


# ---------------------------------------------------------------- gold format
class GoldClaim(_Strict):
    text: str = Field(min_length=1, description="Exact substring of the article: the claim content")
    source: str | None = Field(default=None, description="Exact substring naming who speaks, or null")
    source_actor: str | None = Field(default=None, description="Canonical actor of the source, or null")
    cue: str | None = Field(default=None, description="Exact substring: the attribution cue, or null")
    modality: Modality
    negated: bool = False
    actors: list[str] = Field(default_factory=list)
    network_tier: Tier | None = None
    use_scopes: list[str] = Field(default_factory=list)
    excluded_scopes: list[str] = Field(default_factory=list)
    time_value: str | None = Field(default=None, description="TIMEX3 value of the reported event's time")


class GoldArticle(_Strict):
    article: str = Field(description="Path of the article, relative to the repository root or absolute")
    published: date | None = None
    publisher: str | None = None
    title: str | None = None
    claims: list[GoldClaim]


def load_gold(path: Path) -> GoldArticle:
    """Read and validate one gold file."""
    try:
        return GoldArticle.model_validate_json(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ClaimlineError(f"cannot read gold file {path}: {exc}") from exc
    except ValidationError as exc:
        raise ClaimlineError(f"invalid gold file {path}: {first_error(exc)}") from exc


def gold_files(paths: Iterable[Path]) -> list[Path]:
    """Expand directories to their article gold files (``*.json`` except ``conflicts.json``)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.glob("*.json") if f.name != "conflicts.json"))
        else:
            out.append(p)
    return out


def article_path(gold_path: Path, gold: GoldArticle) -> Path:
    """Where the gold file's article is: absolute, else relative to the gold file's
    directory or one of its ancestors (the repository root), else to the working directory."""
    rel = Path(gold.article)
    if rel.is_absolute():
        candidates = [rel]
    else:
        here = Path(gold_path).resolve().parent
        candidates = [d / rel for d in (here, *here.parents)] + [Path.cwd() / rel]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise ClaimlineError(f"article {gold.article} of gold file {gold_path} not found")


# --------------------------------------------------------------------- scores
class FieldScore(_Strict):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def add(self, other: FieldScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


class ArticleScore(_Strict):
    gold_path: str
    article: str
    gold: int = Field(description="Gold claims")
    predicted: int = Field(description="Predicted claims")
    matched: int = Field(description="Matched pairs")
    fields: dict[str, FieldScore]
    outlet_events: int = Field(default=0, description="Predicted outlet event statements (naming no actor), scored")
    gold_unnamed: int = Field(default=0, description="Gold claims with no source, cue or actor, scored")


class EvalReport(_Strict):
    threshold: float = THRESHOLD
    articles: list[ArticleScore]
    fields: dict[str, FieldScore] = Field(description="Micro-averaged over all articles, in FIELDS order")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def gold(self) -> int:
        return sum(a.gold for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def predicted(self) -> int:
        return sum(a.predicted for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def matched(self) -> int:
        return sum(a.matched for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def outlet_events(self) -> int:
        return sum(a.outlet_events for a in self.articles)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def gold_unnamed(self) -> int:
        return sum(a.gold_unnamed for a in self.articles)


# ------------------------------------------------------------ what is scored
def gold_is_claim(claim: GoldClaim) -> bool:
    """A gold claim as the guideline defines one: attributed (a source or a cue), or naming an actor."""
    return claim.source is not None or claim.cue is not None or bool(claim.actors)


def pred_is_claim(claim: Claim) -> bool:
    """A predicted claim that is scored: every kind but an attitude (additional; the sentence keeps its own
    claim, which is scored). An outlet event statement is scored: the gold lacking it makes it a false claim."""
    return claim.attribution != ATTITUDE


# ------------------------------------------------------------------- matching
def tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


def jaccard(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    union = ta | tb
    return len(ta & tb) / len(union) if union else 0.0


def match_claims(
    gold: Sequence[str], predicted: Sequence[str], threshold: float = THRESHOLD
) -> list[tuple[int, int, float]]:
    """Greedy best-first pairs ``(gold index, predicted index, jaccard)`` with jaccard >= threshold."""
    gold_tokens = [tokens(t) for t in gold]
    pred_tokens = [tokens(t) for t in predicted]
    scored = []
    for i, g in enumerate(gold_tokens):
        for j, p in enumerate(pred_tokens):
            union = g | p
            score = len(g & p) / len(union) if union else 0.0
            if score >= threshold:
                scored.append((-score, i, j))
    scored.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for neg_score, i, j in scored:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j, -neg_score))
    return sorted(pairs)


def locate(text: str, span: str, near: int = 0) -> tuple[int, int] | None:
    """Offsets of the occurrence of ``span`` in ``text`` nearest to ``near``.

    Occurrences inside a word do not count ("he" in "the").
    """
    if not span:
        return None
    head = r"\b" if span[0].isalnum() or span[0] == "_" else ""
    tail = r"\b" if span[-1].isalnum() or span[-1] == "_" else ""
    starts = [m.start() for m in re.finditer(head + re.escape(span) + tail, text)]
    if not starts:
        return None
    start = min(starts, key=lambda s: (abs(s - near), s))
    return start, start + len(span)


# --------------------------------------------------------------- comparison
@dataclass(frozen=True)
class _SourceSpan:
    text: str
    start: int | None
    end: int | None

    def agrees(self, other: _SourceSpan) -> bool:
        if None not in (self.start, self.end, other.start, other.end):
            return max(self.start, other.start) < min(self.end, other.end)  # type: ignore[type-var]
        return bool((tokens(self.text) & tokens(other.text)) - _LIGHT_WORDS)


@dataclass(frozen=True)
class _View:
    """One claim's evaluated fields, null as None, sets as frozensets."""

    text: str
    source: _SourceSpan | None
    source_actor: str | None
    cue: str | None
    modality: str | None
    negated: bool | None
    network_tier: str | None
    time_value: str | None
    actors: frozenset[str]
    use_scopes: frozenset[str]
    excluded_scopes: frozenset[str]


def _cue(text: str | None) -> str | None:
    return " ".join(text.casefold().split()) if text else None


def _gold_view(claim: GoldClaim, text: str) -> _View:
    where = locate(text, claim.text)
    source = None
    if claim.source is not None:
        pos = locate(text, claim.source, near=where[0]) if where else None
        source = _SourceSpan(claim.source, *(pos or (None, None)))
    return _View(
        text=claim.text,
        source=source,
        source_actor=claim.source_actor,
        cue=_cue(claim.cue),
        modality=claim.modality,
        negated=claim.negated or None,
        network_tier=claim.network_tier,
        time_value=claim.time_value,
        actors=frozenset(claim.actors),
        use_scopes=frozenset(claim.use_scopes),
        excluded_scopes=frozenset(claim.excluded_scopes),
    )


def _pred_view(claim: Claim) -> _View:
    src = claim.source
    return _View(
        text=claim.text,
        source=_SourceSpan(src.text, src.start, src.end) if src else None,
        source_actor=src.actor if src else None,
        cue=_cue(claim.cue.text if claim.cue else None),
        modality=claim.modality,
        negated=claim.negated or None,
        network_tier=claim.network_tier,
        time_value=claim.time.value if claim.time else None,
        actors=frozenset(claim.actors),
        use_scopes=frozenset(claim.use_scopes),
        excluded_scopes=frozenset(claim.excluded_scopes),
    )


def _count_scalar(score: FieldScore, gold: Any, pred: Any, agree: Callable[[Any, Any], bool]) -> None:
    if gold is None and pred is None:
        return
    if gold is None:
        score.fp += 1
    elif pred is None:
        score.fn += 1
    elif agree(gold, pred):
        score.tp += 1
    else:
        score.fp += 1
        score.fn += 1


def _compare(scores: dict[str, FieldScore], gold: _View | None, pred: _View | None) -> None:
    """Count one matched pair, or one unmatched claim (the other side None)."""
    _count_scalar(scores["claim"], gold, pred, lambda g, p: True)
    _count_scalar(scores["source"], gold and gold.source, pred and pred.source, lambda g, p: g.agrees(p))
    for name in _SCALAR_FIELDS:
        _count_scalar(
            scores[name],
            getattr(gold, name) if gold else None,
            getattr(pred, name) if pred else None,
            lambda g, p: g == p,
        )
    for name in _SET_FIELDS:
        g: frozenset[str] = getattr(gold, name) if gold else frozenset()
        p: frozenset[str] = getattr(pred, name) if pred else frozenset()
        scores[name].tp += len(g & p)
        scores[name].fp += len(p - g)
        scores[name].fn += len(g - p)


def score_claims(
    gold: Sequence[GoldClaim], predicted: Sequence[Claim], text: str, threshold: float = THRESHOLD
) -> tuple[dict[str, FieldScore], int]:
    """Per-field counts for one article, and the number of matched pairs.

    ``text`` is the text the predicted offsets refer to (``Extraction.text``);
    gold spans are located in it.
    """
    gold_views = [_gold_view(c, text) for c in gold]
    pred_views = [_pred_view(c) for c in predicted]
    pairs = match_claims([v.text for v in gold_views], [v.text for v in pred_views], threshold)
    scores = {name: FieldScore() for name in FIELDS}
    for i, j, _ in pairs:
        _compare(scores, gold_views[i], pred_views[j])
    matched_gold = {i for i, _, _ in pairs}
    matched_pred = {j for _, j, _ in pairs}
    for i, view in enumerate(gold_views):
        if i not in matched_gold:
            _compare(scores, view, None)
    for j, view in enumerate(pred_views):
        if j not in matched_pred:
            _compare(scores, None, view)
    return scores, len(pairs)


# ----------------------------------------------------------------------- run
ExtractFn = Callable[..., Extraction]


def evaluate(
    gold_paths: list[Path], *, extract_fn: ExtractFn | None = None, threshold: float = THRESHOLD
) -> EvalReport:
    """Extract each gold file's article and score the claims against the gold.

    ``gold_paths`` may name directories (their ``*.json`` gold files are used,
    ``conflicts.json`` excepted). ``extract_fn(text, published=, publisher=,
    title=)`` returns an :class:`~claimline.schemas.Extraction`; it defaults to
    :func:`claimline.extract`, which gets the file's text as read (HTML
    included) and finds the article text itself.
    """
    if extract_fn is None:
        from ..extraction import extract as extract_fn
    articles: list[ArticleScore] = []
    totals = {name: FieldScore() for name in FIELDS}
    for gold_path in gold_files(gold_paths):
        gold = load_gold(gold_path)
        path = article_path(gold_path, gold)
        raw = path.read_text(encoding="utf-8")
        extraction = extract_fn(raw, published=gold.published, publisher=gold.publisher, title=gold.title)
        # every claim but attitudes is scored (module docstring)
        predicted = [c for c in extraction.claims if pred_is_claim(c)]
        gold_claims = list(gold.claims)
        scores, matched = score_claims(gold_claims, predicted, extraction.text, threshold)
        for name in FIELDS:
            totals[name].add(scores[name])
        articles.append(
            ArticleScore(
                gold_path=str(gold_path),
                article=gold.article,
                gold=len(gold_claims),
                predicted=len(predicted),
                matched=matched,
                fields=scores,
                outlet_events=sum(c.attribution == OUTLET_EVENT for c in extraction.claims),
                gold_unnamed=sum(not gold_is_claim(c) for c in gold.claims),
            )
        )
    return EvalReport(threshold=threshold, articles=articles, fields=totals)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_report(report: EvalReport) -> str:
    """A plain-text table: per-field figures, then claim figures per article."""
    lines = [
        f"{len(report.articles)} articles, {report.gold} gold claims, {report.predicted} predicted, "
        f"{report.matched} matched (token Jaccard >= {report.threshold:g})",
        f"outlet event statements: {report.outlet_events} predicted, {report.gold_unnamed} in the gold "
        "(no actor named; scored: one the gold lacks is a false claim by guideline rule 3)",
        "",
        f"{'field':<16} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>7} {'f1':>6}",
    ]
    for name, s in report.fields.items():
        lines.append(
            f"{name:<16} {s.tp:>5} {s.fp:>5} {s.fn:>5} {_fmt(s.precision):>9} {_fmt(s.recall):>7} {_fmt(s.f1):>6}"
        )
    if report.articles:
        width = max(len(Path(a.article).stem) for a in report.articles)
        width = max(width, len("article"))
        head = f"{'article':<{width}} {'gold':>5} {'pred':>5} {'match':>5} {'claim f1':>8} {'outlet events':>13}"
        lines += ["", head]
        for a in report.articles:
            lines.append(
                f"{Path(a.article).stem:<{width}} {a.gold:>5} {a.predicted:>5} {a.matched:>5} "
                f"{_fmt(a.fields['claim'].f1):>8} {a.outlet_events:>13}"
            )
    return "\n".join(lines)
