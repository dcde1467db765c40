"""SemEval-2015 Task 4 benchmark: the scorer on hand-made timelines, and a floor on real data.

The scorer tests use timelines written here (made-up document ids and words).
The floor test runs ``benchmarks/semeval_timeline.py`` on corpus 1 (the
smallest: 30 articles, 13 target entities) for the event timeline
(``timeline --actor``), the claim timeline (``timeline --claims``) and the trivial baseline and checks them
against what was measured (benchmarks/README_events.md); it skips when
``../shared/data/semeval2015-timeline`` is absent.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULE = ROOT / "benchmarks" / "semeval_timeline.py"


def _module():
    spec = importlib.util.spec_from_file_location("semeval_timeline", MODULE)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("semeval_timeline", mod)
    spec.loader.exec_module(mod)
    return mod


st = _module()

GOLD = """Acme
0\tXXXX-XX-XX\t7-4-rumour
1\t2001\t7-2-founded
2\t2010-05-03\t7-1-merged\t9-3-merger
2\t2010-05-03\t7-1-announced
3\t2011-02-XX\t9-5-sold
"""


def test_timeline_file_round_trip() -> None:
    tl = st.parse_timeline(GOLD)
    assert tl.entity == "Acme"
    assert [ln.anchor for ln in tl.lines] == ["XXXX-XX-XX", "2001-XX-XX", "2010-05-03", "2010-05-03", "2011-02-XX"]
    assert tl.lines[2].mentions == ("7-1-merged", "9-3-merger")
    assert st.parse_timeline(tl.render()).lines == tl.lines


def test_gold_against_itself_scores_100() -> None:
    tl = st.parse_timeline(GOLD)
    res = st.score_timelines({"Acme": tl}, {"Acme": tl})
    assert (res["precision"], res["recall"], res["f1"]) == (100.0, 100.0, 100.0)


def test_gold_graph_relations() -> None:
    # reduced gold graph: 3 SIMULTANEOUS (merged~merger~announced~t:2010-05-03), 1 each for
    # founded~t:2001 and sold~t:2011-02; 2 BEFORE between the three positions; 0 for the rumour
    c = st.score_timeline(st.parse_timeline(GOLD), st.Timeline("Acme"))
    assert (c.gold_reduced, c.gold_found, c.sys_reduced) == (7, 0, 0)


def test_partial_timeline() -> None:
    system = st.parse_timeline("Acme\n1\t2001-XX-XX\t7-2-founded\n2\t2011-02-XX\t7-1-merged\n")
    c = st.score_timeline(st.parse_timeline(GOLD), system)
    # system: founded~t:2001 (right), merged~t:2011-02 (wrong), founded BEFORE merged (right)
    assert (c.sys_reduced, c.sys_correct) == (3, 2)
    # gold relations the system graph holds: founded~t:2001 and founded BEFORE merged
    assert (c.gold_reduced, c.gold_found) == (7, 2)


def test_reversed_order_is_wrong() -> None:
    gold = st.parse_timeline("E\n1\t2001-XX-XX\t1-1-a\n2\t2002-XX-XX\t1-2-b\n")
    system = st.parse_timeline("E\n1\t2001-XX-XX\t1-2-b\n2\t2002-XX-XX\t1-1-a\n")
    c = st.score_timeline(gold, system)
    assert (c.sys_correct, c.gold_found) == (0, 0)
    assert st.diagnostics({"E": gold}, {"E": system})["order_accuracy"] == 0.0


def test_build_timeline_orders_coarse_anchors_first() -> None:
    tl = st.build_timeline(
        "E",
        [
            ("2005-01-18", ["1-1-a"]),
            ("2005-XX-XX", ["1-2-b", "1-2-b"]),
            ("XXXX-XX-XX", ["1-3-c"]),
            ("2005-01-XX", ["1-1-a"]),
        ],
    )
    assert [(ln.ordinal, ln.anchor, ln.mentions) for ln in tl.lines] == [
        (0, "XXXX-XX-XX", ("1-3-c",)),
        (1, "2005-XX-XX", ("1-2-b",)),
        (2, "2005-01-18", ("1-1-a",)),
    ]


def test_anchor_of_intervals() -> None:
    from datetime import date

    assert st.anchor_of(date(2009, 6, 1), date(2009, 6, 1)) == "2009-06-01"
    assert st.anchor_of(date(2009, 6, 1), date(2009, 6, 30)) == "2009-06-XX"
    assert st.anchor_of(date(2009, 6, 8), date(2009, 6, 14)) == "2009-06-XX"
    assert st.anchor_of(date(2009, 1, 1), date(2009, 12, 31)) == "2009-XX-XX"
    assert st.anchor_of(date(2008, 12, 29), date(2009, 1, 4)) == "XXXX-XX-XX"
    assert st.anchor_of(None, None) == "XXXX-XX-XX"


#: Measured on corpus 1 (see benchmarks/README_events.md); floors a little under. ``claimline`` is the event
#: timeline (`timeline --actor`), ``claimline-all`` the same with speech and opinion events (`timeline --all`),
#: ``claims`` the claim timeline (`timeline --claims`).
FLOORS = {
    # 22.21, 36.44 since one sentence, one entry (review 11 S8, twelfth sitting): the default timeline no longer lists
    # the verbs of attribution and the event nouns a sentence mentions beside the event it tells, which the task
    # counts as events of the entity (24.20, 39.63 before); `--all` lists them (its floors unchanged). 22.88, 36.97
    # since an event noun naming a party beside a verb of another class is an entry again (thirteenth sitting:
    # "the departure … has been delayed", "negotiated the purchase"). 22.86, 36.44 since a national body's bare head
    # names the gazetteer's body only in an article naming its country (497090b, review 17 Y11): an article saying
    # "the Air Force" and never the United States loses two entries of the U.S. Air Force's timeline, one of them
    # a gold event (F1 22.78 -> 22.86, event recall 36.97 -> 36.44)
    "claimline": {"f1": 22.5, "event_recall": 36.0},
    "claimline-all": {"f1": 25.0, "event_recall": 41.8},  # 25.56, 42.29
    # the sentence-level claim timeline moves with attribution (a sentence attributed to a source is a
    # claim of that source, not the outlet's): 7.45 before this round's attribution rules, 6.86 after them
    "claims": {"f1": 6.5, "event_recall": 10.0},  # 6.86, -
    "baseline": {"f1": 18.0, "event_recall": 22.0},
}


@pytest.mark.slow
def test_task4_corpus_1_floor(nlp) -> None:
    root = st.data_dir()
    if "1" not in st.available(root):
        pytest.skip(f"SemEval-2015 Task 4 data not found at {root} (set SEMEVAL_TIMELINE_DIR)")
    res = st.evaluate(root, ["1"], nlp=nlp)["corpora"]["1"]
    assert "claimline" in res, "timeline gave no event entries"
    for system, floors in FLOORS.items():
        for key, floor in floors.items():
            assert res[system][key] >= floor, (system, key, res[system][key])
