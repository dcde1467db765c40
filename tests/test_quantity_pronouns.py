"""A pronoun of quantity the parser tags as a noun is no thing acted on ("none were found"), and "none of the
crates" acts on the crates (events/objects.py ``theme_noun``): a find and another outlet's "none were found" are
not finds of two things. Invented sentences."""

from __future__ import annotations

from datetime import date

from claimline.events import extract_events


def test_a_pronoun_of_quantity_is_no_thing_acted_on(nlp):
    def theme(text: str) -> str | None:
        _, frames = extract_events(text, date(2026, 9, 16), nlp=nlp)
        return next(f.theme_noun for f in frames if f.trigger.lemma == "find")

    assert theme("Coastguard crews searched the bay all day, but none were found.") is None
    assert theme("Divers searched the harbour for two days, but none of the missing crates were found.") == "crate"
