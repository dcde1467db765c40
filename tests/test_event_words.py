"""Event words outlets use for one event (models/events.toml): an earthquake, a fire, a grounding, a collapse,
a detention — their classes and senses, and two outlets' reports of one event with two of its words through
the store as one event. Sentences, places and companies are invented."""

from __future__ import annotations

from datetime import date

import pytest

from claimline import api
from claimline.events import extract_events
from claimline.store import events as stored

PUB = date(2026, 11, 13)


@pytest.fixture(scope="module")
def classes(nlp):
    def run(text: str) -> list[tuple[str, str]]:
        _, frames = extract_events(text, PUB, nlp=nlp)
        return [(f.trigger.text, f.event_class) for f in frames]

    return run


def test_an_earthquake_is_named_three_ways_and_strikes_no_one(classes):
    found = classes("A strong earthquake struck Varnos province on Thursday. The quake was followed by a tremor.")
    assert ("earthquake", "earthquake") in found and ("quake", "earthquake") in found
    assert ("tremor", "earthquake") in found
    assert not [w for w, c in found if c == "attack"]  # an earthquake striking is no attack


def test_a_fire_that_burns_is_a_fire_and_criticism_is_none(classes):
    assert ("fire", "fire") in classes("Firefighters fought a forest fire near Olvera on Monday.")
    assert ("blaze", "fire") in classes("The blaze destroyed a warehouse near Olvera.")
    assert not [w for w, c in classes("The senator came under fire for his remarks on Monday.") if w == "fire"]


def test_grounding_aircraft_is_a_halt_and_a_network_collapsing_an_outage(classes):
    assert ("grounded", "cancel") in classes("The aviation authority grounded the fleet of Merrow Air on Monday.")
    assert ("collapsed", "outage") in classes("The mobile network of Tarnet collapsed on Monday.")
    assert ("collapse", "bankrupt") in classes("The collapse of Varnholt Bank shook the market.")
    assert ("detained", "sue") in classes("Police detained the captain of the ferry on Monday.")


def test_a_sentence_and_an_acquittal_are_legal_events_and_a_sentence_of_words_none(classes):
    found = classes("The Dravik court sentenced Oren Palk to four years in prison. Palk was jailed in May.")
    assert ("sentenced", "sentence") in found and ("jailed", "sentence") in found
    assert ("acquitted", "rule") in classes("The Dravik court acquitted Oren Palk of fraud on Monday.")
    assert ("sentence", "sentence") in classes("Oren Palk began a four-year prison sentence on Monday.")
    assert not [w for w, _ in classes("In one sentence, the Dravik mayor said it all.") if w == "sentence"]


def _ingest(tmp_path, docs):
    with api.open_store(tmp_path / "s.db", create=True) as store:
        for k, (outlet, published, text) in enumerate(docs):
            path = tmp_path / f"a{k}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            api.ingest(store, [str(path)], published=published, publisher=outlet)
        frames = stored.events(store.db)
        of = stored.cluster_ids(store.db)
        found = api.conflicts(store)
    return frames, of, found


def test_the_quake_and_the_tremor_of_one_day_are_one_event_through_the_store(tmp_path):
    """Two outlets name one earthquake with two words, neither naming a party: the same day the text
    gives and one ``[synonyms]`` set link them; the death tolls they give then conflict."""
    frames, of, found = _ingest(
        tmp_path,
        [
            ("Harbour Wire", "2026-11-12", "The earthquake of 12 November killed nine people in Varnos province."),
            ("North Post", "2026-11-13", "The tremor of 12 November killed twelve people in Varnos province."),
        ],
    )
    quakes = [f for f in frames if f.event_class == "earthquake"]
    assert {f.trigger.lemma for f in quakes} == {"earthquake", "tremor"}
    assert len({of[f.id] for f in quakes}) == 1
    assert any(c.facet == "quantity" for c in found), [(c.facet, c.question) for c in found]


def test_two_fires_on_two_days_stay_apart_through_the_store(tmp_path):
    frames, of, found = _ingest(
        tmp_path,
        [
            ("Harbour Wire", "2026-08-04", "A forest fire on 3 August burned 300 hectares near Olvera."),
            ("North Post", "2026-08-06", "A forest fire on 5 August burned 40 hectares near Olvera."),
        ],
    )
    fires = [f for f in frames if f.event_class == "fire"]
    assert len(fires) == 2 and len({of[f.id] for f in fires}) == 2
    on_fires = [c for c in found if c.event is not None and set(c.event.cluster_ids) & {of[f.id] for f in fires}]
    assert on_fires == [], [(c.facet, c.question) for c in on_fires]


def test_sentenced_and_jailed_are_one_sentence_through_the_store(tmp_path):
    """ "Sentenced to four years" in one outlet and "jailed for six years" in another, of one person on one
    day: one event (class sentence), whose two lengths then conflict."""
    frames, of, found = _ingest(
        tmp_path,
        [
            ("Harbour Wire", "2026-11-10", "A Dravik court sentenced Oren Palk to four years in jail on 10 November."),
            ("North Post", "2026-11-11", "Oren Palk was jailed for six years on 10 November."),
        ],
    )
    sentences = [f for f in frames if f.event_class == "sentence"]
    assert {f.trigger.lemma for f in sentences} == {"sentence", "jail"}
    assert len({of[f.id] for f in sentences}) == 1
