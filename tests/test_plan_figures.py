"""Review 8 V2: a plan's figure answers the plan's question unless another report tells an act done
before the plan was reported ("plans to hire 300" / "hired 200 last week"). A plan told in the
present progressive ("is cutting"), as a noun ("announced job cuts") or agreed ("agreed to buy ...
for") is the plan itself: its figure meets the other outlet's, through the store. Invented sentences."""

from __future__ import annotations

import pytest

from .helpers import through_store

A, B = "Harbour Wire", "North Post"
WILL_CUT = "Ferrow Rail will cut 400 jobs at its Dunley depot, the company said on Monday."


def _values(found) -> list[set[str]]:
    return [{s.value for s in c.sides} for c in found if c.facet == "quantity"]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (WILL_CUT, "Ferrow Rail is cutting 250 jobs at its Dunley depot, the company said on Monday.", {"400", "250"}),
        (WILL_CUT, "Ferrow Rail announced 250 job cuts at its Dunley depot on Monday.", {"400", "250"}),
        (
            "Brevik Holdings agreed on Monday to buy Solwen Dairy for 2.3 billion euros.",
            "Brevik Holdings bought Solwen Dairy for 2.9 billion euros, the companies said on Monday.",
            {"2300000000 EUR", "2900000000 EUR"},
        ),
    ],
)
def test_a_plan_told_otherwise_is_still_the_plan(tmp_path, first, second, values):
    found = through_store([(A, "2026-05-12", first), (B, "2026-05-12", second)], tmp_path)
    assert _values(found) == [values], [(c.facet, c.question) for c in found]


def test_an_act_done_before_the_plan_was_reported_answers_another_question(tmp_path):
    docs = [
        (A, "2026-05-12", "Orlen Motors hired 200 workers at Greyfield last year, the company said."),
        (B, "2026-05-12", "Orlen Motors plans to hire 300 workers at Greyfield, the company said."),
    ]
    assert _values(through_store(docs, tmp_path)) == []
