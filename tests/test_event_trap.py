"""People caught where they cannot get out (class ``trap`` of models/events.toml): "trapped", "stranded" and "stuck"
tell one event, whichever word an outlet uses."""

from __future__ import annotations

from datetime import date

from claimline.events import EventClusters, extract_events, members

PUB = date(2026, 2, 8)


def _trap_clusters(nlp, *texts: str) -> set[str]:
    clusters = EventClusters()
    caught = []
    for k, text in enumerate(texts):
        ex, frames = extract_events(text, PUB, nlp=nlp, publisher=f"P{k}", path=f"a{k}.txt")
        clusters.add(members(ex, frames))
        caught += [f.id for f in frames if f.event_class == "trap"]
    assert len(caught) == len(texts), caught
    return {clusters.of_frame()[f] for f in caught}


def test_stranded_and_trapped_are_one_event(nlp):
    assert (
        len(
            _trap_clusters(
                nlp,
                "Forty skiers were stranded in the Kessel gondola for five hours on Saturday.",
                "Fifty-two skiers were trapped in the Kessel gondola on Saturday, the operator said.",
            )
        )
        == 1
    )


def test_people_who_remain_trapped_are_an_event_of_its_class(nlp):
    _, frames = extract_events("Seven miners remain trapped underground at the Rautaniva mine.", PUB, nlp=nlp)
    assert [f.trigger.text for f in frames if f.event_class == "trap"] == ["trapped"]
