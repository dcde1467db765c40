"""A place before "-based" (``seat_words`` of models/events.toml) says where a party has its seat: it is no party of
the event (written for this test)."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 5, 4)


def test_the_seat_is_no_party(frames_of) -> None:
    frames = frames_of("A Bergen-based company, Stratolink Aero, has filed a complaint with the competition authority.")
    complaint = next(f for f in frames if f.trigger.lemma == "complaint")
    names = {p.name for p in complaint.participants}
    assert "Bergen" not in names
    assert "Stratolink Aero" in names


def test_talks_told_by_either_side_are_one_event(nlp) -> None:
    from claimline.events import EventClusters, extract_events, members

    clusters = EventClusters()
    for k, (outlet, published, text) in enumerate(
        [
            (
                "Coast Ledger",
                date(2026, 5, 4),
                "Tessmark Motors, the Bergen-based van maker, is in talks about a loan, two people familiar with the "
                "matter said on Monday.",
            ),
            (
                "Harbour Times",
                date(2026, 5, 5),
                "Orvane Bank said on Tuesday that it was in talks with Tessmark Motors about a loan.",
            ),
        ]
    ):
        ex, frames = extract_events(text, published, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
        clusters.add(members(ex, frames))
    talks = [c for c in clusters.clusters.values() if any(m.frame.trigger.lemma == "talk" for m in c.members)]
    assert len(talks) == 1
