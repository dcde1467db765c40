"""A stance or an announcement told not done in the simple past ("did not object", "did not announce") is a "no"
against its report done ("objected", "announced"); one not done yet ("has not objected", "has not announced") is
not (questions16: speech acts were compared on denials only)."""

from __future__ import annotations

from datetime import date

import pytest

TAKEN = "The grid operator Voltnet objected to the planning application for the Brackley data centre, the council said."
NOT_TAKEN = "Voltnet did not object to the planning application for the Brackley data centre, a Voltnet spokesman said."
NOT_YET = "Voltnet has not objected to the planning application for the Brackley data centre, a Voltnet spokesman said."


@pytest.fixture(scope="module")
def run(story_conflicts):
    """Articles (outlet, publication date, text) -> their conflicts on events (tests/conftest.py)."""
    return story_conflicts


def test_a_stance_not_taken_in_the_past_answers_its_report(run):
    found = run(("Midland Wire", date(2026, 10, 14), TAKEN), ("Shire Post", date(2026, 10, 15), NOT_TAKEN))
    facts = [c for c in found if c.facet == "factuality"]
    assert len(facts) == 1, [(c.facet, c.question) for c in found]
    assert sorted(s.value for s in facts[0].sides) == ["did not happen", "happened"]
    assert "Voltnet" in facts[0].question


def test_a_stance_not_taken_yet_is_no_answer(run):
    found = run(("Midland Wire", date(2026, 10, 14), TAKEN), ("Shire Post", date(2026, 10, 15), NOT_YET))
    assert [c for c in found if c.facet == "factuality"] == []


ANNOUNCED = "Mayor Ilse Varga announced a hiring freeze at the Tarvik council on Monday, two council officials said."
NOT_ANNOUNCED = "Mayor Ilse Varga did not announce a hiring freeze at the Tarvik council, her office said."
NOT_YET_ANNOUNCED = "Mayor Ilse Varga has not announced a hiring freeze at the Tarvik council, her office said."


def test_an_announcement_not_made_in_the_past_answers_its_report(run):
    found = run(("Midland Wire", date(2026, 9, 8), ANNOUNCED), ("Shire Post", date(2026, 9, 9), NOT_ANNOUNCED))
    facts = [c for c in found if c.facet == "factuality"]
    assert len(facts) == 1, [(c.facet, c.question) for c in found]
    assert sorted(s.value for s in facts[0].sides) == ["did not happen", "happened"]


def test_an_announcement_not_made_yet_is_no_answer(run):
    found = run(("Midland Wire", date(2026, 9, 8), ANNOUNCED), ("Shire Post", date(2026, 9, 9), NOT_YET_ANNOUNCED))
    assert [c for c in found if c.facet == "factuality"] == []
