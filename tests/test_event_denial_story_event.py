"""A denial naming no party ("no complaint had been filed against the tender") answers the event its story tells:
of several clusters of its story told with its word, it joins the only one two outlets or more report as done,
and the question whether the complaint was filed is asked (events/identity.py, ``EventClusters._denied_event``,
in ``_story_word``). Before, one outlet's aside told with the word (residents' complaint about noise a year
earlier) left the choice open and the denial stayed alone. Invented company, town and office; through the store
(``api.ingest``)."""

from __future__ import annotations

from .test_event_words import _ingest

SIGNED = "The ministry signed the drone contract on Tuesday."
FILED = (
    "Harbour Wire",
    "2026-03-10",
    f"Stratwing Aero filed a complaint with the competition office on Monday over the Orsk drone tender. {SIGNED}",
)
RECEIVED = (
    "North Post",
    "2026-03-11",
    "The competition office said it had received a complaint from Stratwing Aero about the Orsk drone tender."
    f" {SIGNED}",
)
ASIDE = (
    "Kell Courier",
    "2026-03-11",
    f"{SIGNED} Residents of Kell filed a complaint about aircraft noise at the base in May 2025.",
)
DENIED = (
    "Valley Times",
    "2026-03-12",
    f"{SIGNED} A spokesman said no complaint had been filed against the tender.",
)


def test_no_complaint_joins_the_complaint_two_outlets_report(tmp_path):
    frames, of, found = _ingest(tmp_path, [FILED, RECEIVED, ASIDE, DENIED])
    complaints = [
        (f.factuality, [p.name for p in f.participants], of[f.id]) for f in frames if f.trigger.lemma == "complaint"
    ]
    denial = next(cid for fact, _, cid in complaints if fact == "negated")
    reported = next(cid for fact, _, cid in complaints if fact == "reported")
    aside = next(cid for _, names, cid in complaints if "Kell" in names)
    assert denial == reported != aside, complaints
    assert any(c.facet == "factuality" for c in found), [(c.facet, c.question) for c in found]
