"""A count told again on a later day (review 25, questions): the later figure supersedes the earlier one when the
later article tells it as a done total ("seized 4,100 cartons") after a count told as running or reached by a time
("have seized about 3,200 cartons", "had lost their connection by early afternoon"). The two are compared as
versions of one count: one quantity conflict, the later figure standing by supersession, the earlier one not shown
false. Counts told as running on both days ("have seized" / "have now seized"), or a running count told after a
done one, stay figures of their own day (tests/test_agreeing_stories.py, reviews 9 W3, 10 R35, 11 S4, 12 T21).
Articles written for these tests; the outlets, companies and places are invented."""

from __future__ import annotations

from .helpers import through_store

A, B = "Harbour Wire", "North Post"


def _told(found):
    return [
        (c.facet, {s.value: [r.outlet for r in s.sources] for s in c.sides}, c.resolution and c.resolution.value)
        for c in found
    ]


def _rule(found):
    return [c.resolution.rule if c.resolution else None for c in found]


def test_a_running_count_then_a_done_total_is_a_superseded_version(tmp_path):
    found = through_store(
        [
            (A, "2026-06-01", "Border guards have seized about 3,200 smuggled cigarette cartons at the Velm crossing."),
            (B, "2026-06-05", "Border guards seized 4,100 smuggled cigarette cartons at the Velm crossing, they said."),
        ],
        tmp_path,
    )
    assert [(f, v) for f, _, v in _told(found)] == [("quantity", "4100")], _told(found)
    assert _rule(found) == ["supersession"]


def test_a_count_reached_by_a_time_then_a_total_is_a_superseded_version(tmp_path):
    found = through_store(
        [
            (
                A,
                "2026-06-01",
                "About 40,000 subscribers had lost their connection by early afternoon after a fault at Tessen"
                " Telecom, the company said.",
            ),
            (B, "2026-06-02", "A fault at Tessen Telecom cut the connection of 65,000 subscribers, the company said."),
        ],
        tmp_path,
    )
    assert [(f, v) for f, _, v in _told(found)] == [("quantity", "65000")], _told(found)
    assert _rule(found) == ["supersession"]


def test_running_counts_on_two_days_and_a_running_count_after_a_done_one_stay_apart(tmp_path):
    both = through_store(
        [
            (
                A,
                "2026-06-01",
                "Border guards have seized 3,200 cigarette cartons at the Velm crossing, officials said.",
            ),
            (
                B,
                "2026-06-05",
                "Border guards have now seized 4,100 cigarette cartons at the Velm crossing, officials said.",
            ),
        ],
        tmp_path / "both",
    )
    after = through_store(
        [
            (A, "2026-06-01", "Border guards seized 3,200 cigarette cartons at the Velm crossing, officials said."),
            (B, "2026-06-05", "Border guards have seized 4,100 cartons so far at the Velm crossing, officials said."),
        ],
        tmp_path / "after",
    )
    assert both == [] and after == [], (_told(both), _told(after))
