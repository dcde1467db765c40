"""Scoring of claimline.jobs.evaluate on tiny hand-made gold/prediction pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimline.errors import ClaimlineError
from claimline.jobs.evaluate import (
    FIELDS,
    FieldScore,
    GoldClaim,
    evaluate,
    format_report,
    gold_files,
    jaccard,
    locate,
    match_claims,
    score_claims,
)
from claimline.schemas import Article, Claim, ClaimTime, Extraction, Offsets, Source, Span

TEXT = (
    "NATO officials said on Tuesday that the pilot will start in October. "
    "OpenAI declined to comment. "
    '"It will not be used for targeting," the company said. '
    "Subscribe to our newsletter"
)


def span(text: str, part: str, cls=Span, **kw):
    start = text.index(part)
    return cls(text=part, start=start, end=start + len(part), **kw)


def pred(content: str, *, source: str | None = None, actor: str | None = None, cue: str | None = None, **kw):
    s = span(TEXT, content)
    time = kw.pop("time", None)
    return Claim(
        id=f"c{s.start}",
        article_id="a1",
        text=content,
        start=s.start,
        end=s.end,
        sentence=Offsets(start=s.start, end=s.end),
        source=span(TEXT, source, Source, actor=actor) if source else None,
        cue=span(TEXT, cue) if cue else None,
        time=ClaimTime(text=time, value=time, start=None, end=None, granularity="month") if time else None,
        **kw,
    )


GOLD = [
    GoldClaim(
        text="the pilot will start in October",
        source="NATO officials",
        source_actor="NATO",
        cue="said",
        modality="reported",
        time_value="2026-10",
    ),
    GoldClaim(
        text="OpenAI declined to comment",
        source="OpenAI",
        source_actor="OpenAI",
        cue="declined to comment",
        modality="reported",
        actors=["OpenAI"],
    ),
    GoldClaim(
        text="It will not be used for targeting",
        source="the company",
        source_actor="OpenAI",
        cue="said",
        modality="reported",
        negated=True,
        excluded_scopes=["targeting"],
    ),
]

PRED = [
    # matches gold 0: cue differs only in case, modality wrong, one extra actor
    pred(
        "the pilot will start in October",
        source="NATO officials",
        actor="NATO",
        cue="said",
        modality="hedged",
        actors=["NATO"],
        time="2026-10",
    ),
    # matches gold 2: source span overlaps ("company" inside "the company") but its actor is missing;
    # one extra use scope
    pred(
        "It will not be used for targeting",
        source="company",
        cue="said",
        modality="reported",
        negated=True,
        excluded_scopes=["targeting"],
        use_scopes=["weapons"],
    ),
    # furniture taken as a claim: unmatched
    pred("Subscribe to our newsletter", modality="confirmed", actors=["OpenAI"]),
]

EXPECTED = {  # field: (tp, fp, fn)
    "claim": (2, 1, 1),
    "source": (2, 0, 1),
    "source_actor": (1, 0, 2),
    "cue": (2, 0, 1),
    "modality": (1, 2, 2),
    "negated": (1, 0, 0),
    "actors": (0, 2, 1),
    "network_tier": (0, 0, 0),
    "use_scopes": (0, 1, 0),
    "excluded_scopes": (1, 0, 0),
    "time_value": (1, 0, 0),
}


def counts(scores: dict[str, FieldScore]) -> dict[str, tuple[int, int, int]]:
    return {name: (s.tp, s.fp, s.fn) for name, s in scores.items()}


def test_per_field_counts():
    pred_upper_cue = PRED[0].model_copy(update={"cue": Span(text="Said", start=15, end=19)})
    scores, matched = score_claims(GOLD, [pred_upper_cue, *PRED[1:]], TEXT)
    assert matched == 2
    assert list(scores) == list(FIELDS)
    assert counts(scores) == EXPECTED


def test_precision_recall_f1():
    s = FieldScore(tp=2, fp=1, fn=1)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(2 / 3)
    s = FieldScore(tp=1, fp=2, fn=2)
    assert (s.precision, s.recall, s.f1) == (pytest.approx(1 / 3), pytest.approx(1 / 3), pytest.approx(1 / 3))
    s = FieldScore(tp=3, fp=0, fn=1)
    assert (s.precision, s.recall, s.f1) == (1.0, 0.75, pytest.approx(6 / 7))
    empty = FieldScore()
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    assert FieldScore(fn=2).model_dump() == {
        "tp": 0,
        "fp": 0,
        "fn": 2,
        "precision": None,
        "recall": 0.0,
        "f1": 0.0,
    }


def test_no_predictions_all_false_negatives():
    scores, matched = score_claims(GOLD, [], TEXT)
    assert matched == 0
    assert counts(scores)["claim"] == (0, 0, 3)
    assert counts(scores)["source"] == (0, 0, 3)
    assert counts(scores)["modality"] == (0, 0, 3)
    assert counts(scores)["negated"] == (0, 0, 1)
    assert counts(scores)["actors"] == (0, 0, 1)


def test_source_that_does_not_overlap_is_wrong():
    p = pred("the pilot will start in October", source="OpenAI", actor="NATO", modality="reported")
    scores, _ = score_claims(GOLD[:1], [p], TEXT)
    assert counts(scores)["source"] == (0, 1, 1)
    assert counts(scores)["source_actor"] == (1, 0, 0)
    assert counts(scores)["cue"] == (0, 0, 1)
    assert counts(scores)["time_value"] == (0, 0, 1)


def test_unlocatable_gold_source_falls_back_to_shared_words():
    gold = [GoldClaim(text="It will not be used for targeting", source="the company's spokesman", modality="reported")]
    scores, _ = score_claims(gold, [PRED[1]], TEXT)
    assert counts(scores)["source"] == (1, 0, 0)
    gold = [GoldClaim(text="It will not be used for targeting", source="the spokesman", modality="reported")]
    p = pred("It will not be used for targeting", source="the company", modality="reported")
    scores, _ = score_claims(gold, [p], TEXT)
    assert counts(scores)["source"] == (0, 1, 1), "'the' alone is no overlap"


def test_jaccard_ignores_case_and_punctuation():
    assert jaccard("The pilot, in October.", "the PILOT in october") == 1.0
    assert jaccard("a b c d", "a b") == 0.5
    assert jaccard("", "") == 0.0


def test_matching_is_greedy_best_first_and_one_to_one():
    gold = ["a b c d", "a b"]
    predicted = ["a b c", "a b c d"]
    assert match_claims(gold, predicted) == [(0, 1, 1.0), (1, 0, pytest.approx(2 / 3))]
    assert match_claims(["a b"], ["a b c d e"]) == []  # 0.4 < 0.5
    assert match_claims(["a b"], ["a b c d"]) == [(0, 0, 0.5)]
    assert match_claims(["a b c", "a b c"], ["a b c"]) == [(0, 0, 1.0)]


def test_locate_prefers_whole_words_nearest_occurrence():
    text = "the official said. Then he said the official left."
    assert locate(text, "he") == (24, 26)
    assert locate(text, "the official", near=30) == (32, 44)
    assert locate(text, "the official") == (0, 12)
    assert locate(text, "NATO") is None


def write_case(root: Path) -> Path:
    (root / "articles").mkdir()
    (root / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    gold_dir = root / "gold"
    gold_dir.mkdir()
    doc = {
        "article": "articles/a.txt",
        "published": "2026-03-05",
        "publisher": "Example Wire",
        "title": "A title",
        "claims": [g.model_dump() for g in GOLD],
    }
    (gold_dir / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    (gold_dir / "conflicts.json").write_text("[]", encoding="utf-8")
    return gold_dir


def test_evaluate_with_a_fake_extractor(tmp_path):
    gold_dir = write_case(tmp_path)
    calls = []

    def fake_extract(text, *, published, publisher, title):
        calls.append((text, published.isoformat(), publisher, title))
        return Extraction(article=Article(id="a1"), text=text, claims=PRED)

    report = evaluate([gold_dir], extract_fn=fake_extract)
    assert calls == [(TEXT, "2026-03-05", "Example Wire", "A title")]
    assert (report.gold, report.predicted, report.matched) == (3, 3, 2)
    assert counts(report.fields) == EXPECTED
    assert report.articles[0].article == "articles/a.txt"
    assert counts(report.articles[0].fields) == EXPECTED

    table = format_report(report)
    assert "1 articles, 3 gold claims, 3 predicted, 2 matched" in table
    assert any(line.split()[:4] == ["modality", "1", "2", "2"] for line in table.splitlines())
    assert any(line.split() == ["network_tier", "0", "0", "0", "-", "-", "-"] for line in table.splitlines())
    assert any(line.split()[:4] == ["a", "3", "3", "2"] for line in table.splitlines())

    twice = evaluate([gold_dir / "a.json", gold_dir / "a.json"], extract_fn=fake_extract)
    assert counts(twice.fields)["claim"] == (4, 2, 2)


def test_gold_files_skip_conflicts(tmp_path):
    gold_dir = write_case(tmp_path)
    assert gold_files([gold_dir]) == [gold_dir / "a.json"]


def test_bad_gold_is_a_clean_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"article": "x.txt", "claims": [{"text": "t", "modality": "sure"}]}))
    with pytest.raises(ClaimlineError, match="invalid gold file"):
        evaluate([bad], extract_fn=lambda *a, **k: None)
    missing = tmp_path / "missing.json"
    missing.write_text(json.dumps({"article": "nowhere.txt", "claims": []}))
    with pytest.raises(ClaimlineError, match="not found"):
        evaluate([missing], extract_fn=lambda *a, **k: None)
