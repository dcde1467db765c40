"""CI floors on the sample corpus: figures may rise, never drop below what was reached.

Each floor is the F1 measured when it was set, minus a small margin; raise it when
the extractor improves (``claimline eval tests/gold/`` prints the figures).
"""

from __future__ import annotations

import functools

import pytest

from claimline.jobs.conflict_eval import evaluate_conflicts
from claimline.jobs.evaluate import evaluate, gold_files

from .conftest import ROOT

FLOORS = {
    "claim": 0.97,  # 0.987 on 4 Dec (sixth session), every prediction but attitudes scored (review 4, C1)
    "source": 0.89,
    "source_actor": 0.90,
    "cue": 0.89,
    "modality": 0.83,
    "negated": 0.83,
    "actors": 0.93,
    "network_tier": 0.86,
    "use_scopes": 0.87,
    "excluded_scopes": 0.90,
    "time_value": 0.85,
}


@pytest.fixture(scope="module")
def report(nlp):
    from claimline.extraction.claims import extract

    files = [f for f in gold_files([ROOT / "tests" / "gold"]) if f.name != "conflicts.json"]
    return evaluate(files, extract_fn=functools.partial(extract, nlp=nlp))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_f1_floor(report, field):
    f1 = report.fields[field].f1
    assert f1 is not None and f1 >= FLOORS[field], f"{field} F1 {f1:.3f} < floor {FLOORS[field]}"


def test_unseen_story_conflicts(nlp):
    fixture = ROOT / "tests" / "fixtures" / "unseen"
    result = evaluate_conflicts(fixture / "expected.json", sorted(fixture.glob("*.txt")))
    assert result.recall == 1.0
    assert not result.false_conflicts and not result.absent_violations
    assert result.verdicts_ok == len(result.matches)


def test_sample_corpus_conflicts(nlp):
    files = [f for f in gold_files([ROOT / "tests" / "gold"]) if f.name != "conflicts.json"]
    from claimline.jobs.evaluate import article_path, load_gold

    articles = [article_path(f, load_gold(f)) for f in files]
    result = evaluate_conflicts(ROOT / "tests" / "gold" / "conflicts.json", articles)
    assert result.recall == 1.0 and not result.false_conflicts
    assert result.verdicts_ok >= 4  # measured 4/5: Helsing targeting stays disputed (margin 0.18)
