"""Scoring detected conflicts against gold conflicts (found / missed / false).

Gold format: ``tests/gold/conflicts.json`` (a list) or a fixture's
``expected.json`` (an object with ``conflicts``, ``articles`` and ``absent``),
see ``tests/gold/README.md``. A predicted conflict matches a gold one when the
facet is equal, the subjects share an actor, and each gold value is among the
predicted sides (dates compare by TIMEX3 prefix: ``2026-10`` matches
``2026-10-01``). A matched conflict's verdict is right when its status and
resolved value equal the gold ones.
"""

from __future__ import annotations

import fnmatch
import json
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field

from ..errors import ClaimlineError
from ..schemas import Conflict


class GoldConflict(BaseModel):
    facet: str
    subject: list[str]
    values: list[str]
    expected_status: str = "resolved"
    expected_value: str | None = None
    articles: list[str] = Field(default_factory=list)
    note: str | None = None


class ConflictMatch(BaseModel):
    gold: GoldConflict
    predicted: str | None = Field(description="ID of the matching predicted conflict, or null (missed)")
    verdict_ok: bool = False
    status: str | None = None
    value: str | None = None


class ConflictReport(BaseModel):
    matches: list[ConflictMatch]
    false_conflicts: list[Conflict]
    absent_violations: list[str] = Field(default_factory=list)

    @property
    def found(self) -> int:
        return sum(m.predicted is not None for m in self.matches)

    @property
    def precision(self) -> float:
        predicted = self.found + len(self.false_conflicts)
        return self.found / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / len(self.matches) if self.matches else 1.0

    @property
    def verdicts_ok(self) -> int:
        return sum(m.verdict_ok for m in self.matches)


def _same_value(gold: str, predicted: str) -> bool:
    return predicted == gold or predicted.startswith(gold) or gold.startswith(predicted)


def _matches(g: GoldConflict, c: Conflict) -> bool:
    if c.facet != g.facet or not set(g.subject) & set(c.subject):
        return False
    values = [s.value for s in c.sides]
    return all(any(_same_value(v, p) for p in values) for v in g.values)


def score(gold: list[GoldConflict], predicted: list[Conflict], absent: list[str] = ()) -> ConflictReport:
    used: set[str] = set()
    matches: list[ConflictMatch] = []
    for g in gold:
        hit = next((c for c in predicted if c.id not in used and _matches(g, c)), None)
        if hit is None:
            matches.append(ConflictMatch(gold=g, predicted=None))
            continue
        used.add(hit.id)
        value = hit.resolution.value if hit.resolution else None
        ok = hit.status == g.expected_status and (
            g.expected_value is None or (value is not None and _same_value(g.expected_value, value))
        )
        matches.append(ConflictMatch(gold=g, predicted=hit.id, verdict_ok=ok, status=hit.status, value=value))
    # a predicted conflict on the same question as a matched one (another actor pair) is not false
    matched_facets = {(m.gold.facet, a) for m in matches if m.predicted for a in m.gold.subject}
    false = [c for c in predicted if c.id not in used and not any((c.facet, a) in matched_facets for a in c.subject)]
    violations = [c.id for c in predicted for pattern in absent if fnmatch.fnmatch(c.facet, pattern)]
    return ConflictReport(matches=matches, false_conflicts=false, absent_violations=violations)


def load(path: Path) -> tuple[list[GoldConflict], list[dict], list[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ClaimlineError(f"cannot read gold conflicts {path}: {exc}") from exc
    if isinstance(data, list):
        return [GoldConflict.model_validate(d) for d in data], [], []
    return (
        [GoldConflict.model_validate(d) for d in data.get("conflicts", [])],
        data.get("articles", []),
        data.get("absent", []),
    )


def evaluate_conflicts(gold_path: Path, articles: list[Path], *, pipeline: str | None = None) -> ConflictReport:
    """Ingest ``articles`` into a scratch store and score its conflicts against ``gold_path``."""
    from ..reconcile.duplicates import without_duplicates
    from ..store.sqlite import Store
    from .ingest import ingest
    from .refresh import refresh_conflicts

    gold, meta, absent = load(gold_path)
    by_name = {m["path"]: m for m in meta}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        for path in articles:
            m = by_name.get(path.name, {})
            overrides = {k: m[k] for k in ("published", "publisher") if m.get(k)}
            report = ingest(store, [str(path)], overrides=overrides, pipeline=pipeline, refresh=False)
            if report.failed:
                raise ClaimlineError(report.failures[0].error)
        refresh_conflicts(store)
        predicted = without_duplicates(store.conflicts())  # as `claimline conflicts` lists them
    return score(gold, predicted, absent)


def format_conflict_report(report: ConflictReport) -> str:
    lines = [
        f"gold conflicts {len(report.matches)}, found {report.found}, missed {len(report.matches) - report.found}, "
        f"false {len(report.false_conflicts)}; precision {report.precision:.3f}, recall {report.recall:.3f}; "
        f"verdicts right {report.verdicts_ok}/{len(report.matches)}",
    ]
    for m in report.matches:
        g = m.gold
        state = "MISSED" if m.predicted is None else ("ok" if m.verdict_ok else f"verdict {m.status} {m.value}")
        lines.append(f"  {g.facet:<22} {' / '.join(g.subject):<40} -> {g.expected_value}: {state}")
    for c in report.false_conflicts:
        lines.append(f"  FALSE {c.id} {c.facet} {' / '.join(c.subject)} {[s.value for s in c.sides]}")
    for cid in report.absent_violations:
        lines.append(f"  UNEXPECTED {cid}")
    return "\n".join(lines)
