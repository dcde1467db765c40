"""Questions on one event that two outlets answer and the comparison used to leave unasked or find compatible
(review 24): a "no" told by a negative determiner on the event noun ("received no complaint"), a refusal of a
plan told with fewer words than the plan ("will not issue a single warning on its own"), and one article's "no"
asked of a noun and of its verb listed once. Articles written for these tests (the outlets, companies and
places are invented)."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(scope="module")
def run(story_conflicts):
    """Articles (outlet, publication date, text) -> their conflicts on events (tests/conftest.py)."""
    return story_conflicts


def _told(conflicts, facet):
    return [{s.value: sorted(r.publisher for r in s.sources) for s in c.sides} for c in conflicts if c.facet == facet]


FILED = (
    "Stellar Aero has filed a complaint with the competition office against the award of the contract to "
    "Kalmar Drones, sources said."
)


def test_an_event_noun_under_no_is_a_no_against_the_report_that_it_happened(run):
    """ "received no complaint": the noun's own determiner says none was made, whoever it names (it names nobody:
    the parties of its event are those the cluster's reports name)."""
    none = "The ministry said it had received no complaint from any of the bidders for the Kalmar Drones contract."
    conflicts = run(("Valley Wire", date(2026, 4, 4), FILED), ("Danube Daily", date(2026, 4, 6), none))
    assert _told(conflicts, "factuality") == [{"happened": ["Valley Wire"], "did not happen": ["Danube Daily"]}]


def test_an_event_noun_in_a_clause_another_word_negates_is_no_no(run):
    """The determiner must be the noun's own: "did not say when the complaint was filed" says nothing of whether
    it was."""
    other = "The ministry did not say when the complaint against the Kalmar Drones contract had been filed."
    conflicts = run(("Valley Wire", date(2026, 4, 4), FILED), ("Danube Daily", date(2026, 4, 6), other))
    assert _told(conflicts, "factuality") == []


def test_a_refusal_told_with_fewer_words_answers_the_plan(run):
    """The refusal's words, each in the plan's in their order ("a single warning on its own" / "flood warnings on
    its own when a river rises ..."): one plan, a conflict on whether it is planned."""
    plan = (
        "Kestrel will also issue flood warnings on its own when a river rises faster than a forecaster can "
        "react, according to a project summary."
    )
    refusal = '"Kestrel will not issue a single warning on its own," the agency\'s director, Marta Vojt, said.'
    conflicts = run(("Meridian Wire", date(2026, 5, 4), plan), ("Tech Review", date(2026, 5, 7), refusal))
    assert _told(conflicts, "factuality") == [{"planned": ["Meridian Wire"], "not planned": ["Tech Review"]}]


def test_a_refusal_of_another_use_stays_another_plan(run):
    plan = "The city will use the drones for surveillance of the harbour, the mayor said."
    refusal = "The city will not use the drones for strikes on anyone, the mayor said."
    conflicts = run(("Meridian Wire", date(2026, 5, 4), plan), ("Tech Review", date(2026, 5, 7), refusal))
    assert _told(conflicts, "factuality") == []


def test_one_no_asked_of_a_noun_and_of_its_verb_is_one_conflict(run):
    """ "opens investigation" (a headline) and "has opened a formal investigation" against "had not opened an
    investigation" and "We have not opened an investigation": the verb's and the noun's clusters, and the two
    sentences of one article, ask one question — one conflict listed."""
    opened = (
        "Dutch regulator opens investigation into Harwick parking app leak\n\n"
        "The Dutch Data Protection Authority has opened a formal investigation into the leak at the Harwick "
        "parking app, the authority said."
    )
    denied = (
        "The Dutch Data Protection Authority said it had not opened an investigation into the Harwick parking app "
        'leak. "We have not opened an investigation at this stage," a spokesperson said.'
    )
    conflicts = run(("Privacy Monitor", date(2026, 3, 11), opened), ("Benelux Wire", date(2026, 3, 12), denied))
    told = _told(conflicts, "factuality")
    assert len(told) == 1, told
    assert told[0]["did not happen"] == ["Benelux Wire"]
