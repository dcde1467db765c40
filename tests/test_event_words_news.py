"""Event words a news analyst needs (models/events.toml, thirteenth sitting): a theft, a derailment, an eruption, a
demolition, an annulment, a restoration, an alert, and "hand" a light verb ("handed him a ban"). Their classes,
and two outlets' reports of one event with two of its words as one event through the store. Sentences, places
and companies are invented."""

from __future__ import annotations

from .test_event_words import _ingest as _ingest_words
from .test_event_words import classes  # noqa: F401  (the fixture)


def _ingest(tmp_path, docs):
    tmp_path.mkdir(exist_ok=True)
    return _ingest_words(tmp_path, docs)


def test_a_theft_is_named_by_its_verb_and_its_nouns(classes):  # noqa: F811
    found = classes("Thieves stole four paintings from the Lorrain Museum. The theft was the second this year.")
    assert ("stole", "theft") in found and ("theft", "theft") in found
    assert ("robbery", "theft") in classes("The robbery at the Lorrain Museum lasted four minutes.")


def test_incidents_of_transport_and_nature(classes):  # noqa: F811
    assert ("derailed", "accident") in classes("A freight train derailed near Olvera on Monday.")
    assert ("derailment", "accident") in classes("The derailment near Olvera closed the line.")
    assert ("erupted", "eruption") in classes("The Kalda volcano erupted on Tuesday night.")
    assert ("demolished", "demolish") in classes("The old Arnau bridge will be demolished in May.")


def test_annulling_pausing_restoring_alerting(classes):  # noqa: F811
    assert ("voided", "cancel") in classes("The Varn court voided the award to Orlen Rail on Monday.")
    assert ("paused", "cancel") in classes("Hessel county paused the contract with Orlen Rail on Monday.")
    assert ("restored", "resume") in classes("Tarnet restored mobile service on Tuesday.")
    assert ("alert", "warn") in classes("The Kalda met office raised its alert to red on Monday.")


def test_a_light_verb_hands_the_event(classes):  # noqa: F811
    assert ("ban", "restrict") in classes("The Velmar federation handed Ida Roth a two-year ban on Monday.")
    assert not [w for w, c in classes("Orlen Group handed new shares to its staff on Monday.") if w == "shares"]


def test_a_theft_told_with_a_verb_and_a_noun_is_one_event_and_its_dates_conflict(tmp_path):
    one = ("Harbour Wire", "2026-10-09", "Thieves stole four paintings from the Lorrain Museum on Tuesday.")
    frames, of, _ = _ingest(
        tmp_path / "one",
        [one, ("North Post", "2026-10-09", "The theft of four paintings from the Lorrain Museum on Tuesday shocked.")],
    )
    thefts = [f for f in frames if f.event_class == "theft"]
    assert {f.trigger.lemma for f in thefts} == {"steal", "theft"}
    assert len({of[f.id] for f in thefts}) == 1
    _, _, found = _ingest(
        tmp_path / "two",
        [one, ("North Post", "2026-10-09", "Thieves stole four paintings from the Lorrain Museum on Monday.")],
    )
    assert any(c.facet == "date" for c in found), [(c.facet, c.question) for c in found]
