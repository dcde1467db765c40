"""Whether an event happened, asked of an event no report names a party of (review 25, questions): identity placed
the reports in one cluster (the same word, the same day the texts give), so a report that it happened and one
that says none took place answer one question — a "no" told as a denial, as a noun under its own negative
determiner ("caused no damage") or of a verb whose subject is nobody ("No one was evacuated"). A plain negation
of a verb ("the driver, who was not hurt") tells of one party, and a "yes" a clause leaves open ("examining
whether a cyberattack caused it") is no "yes": neither gives a conflict. Articles written for these tests; the
outlets and places are invented."""

from __future__ import annotations

from .helpers import through_store

A, B = "Harbour Wire", "North Post"


def _told(found):
    return [(c.facet, {s.value: [r.outlet for r in s.sources] for s in c.sides}) for c in found]


def test_nobody_evacuated_against_a_crew_evacuated_is_a_conflict(tmp_path):
    found = through_store(
        [
            (
                A,
                "2026-06-03",
                "The crew of the leaking tanker were evacuated by helicopter on Tuesday, according to people at the"
                " harbour.",
            ),
            (B, "2026-06-04", '"No one was evacuated on Tuesday," the coastguard said of the leaking tanker.'),
        ],
        tmp_path,
    )
    assert _told(found) == [("factuality", {"happened": [A], "did not happen": [B]})], _told(found)


def test_no_damage_against_damage_is_a_conflict(tmp_path):
    found = through_store(
        [
            (A, "2026-06-03", "The storm on 2 June caused damage to the roof of the grain store, residents said."),
            (B, "2026-06-04", "The storm on 2 June caused no damage to the roof of the grain store, the council said."),
        ],
        tmp_path,
    )
    assert _told(found) == [("factuality", {"happened": [A], "did not happen": [B]})], _told(found)


def test_a_party_not_hurt_or_an_open_question_is_no_conflict(tmp_path):
    hurt = through_store(
        [
            (A, "2026-06-03", "Two passengers were hurt when the tram left the rails on 2 June, the operator said."),
            (
                B,
                "2026-06-04",
                "The driver, who was not hurt when the tram left the rails on 2 June, was questioned, police said.",
            ),
        ],
        tmp_path / "hurt",
    )
    open_question = through_store(
        [
            (
                A,
                "2026-06-03",
                "Engineers are examining whether a gas leak on 2 June caused the blast at the bakery, officials said.",
            ),
            (B, "2026-06-04", "There was no gas leak on 2 June, the owner of the bakery said."),
        ],
        tmp_path / "open",
    )
    assert hurt == [] and open_question == [], (_told(hurt), _told(open_question))
