"""A report naming no party joins the one event of its story told with its word, and a cluster of the story told
with that word that acts on another thing or names a place apart is another event, not a candidate that leaves the
choice open (events/identity.py ``EventClusters._word_event_of``, ``_things_apart``); a pronoun of quantity is no
thing acted on ("none were found": events/objects.py ``theme_noun``). Invented outlets, companies and places;
through the store (``api.ingest``)."""

from __future__ import annotations

from claimline import api
from claimline.store import events as stored

from .test_event_words import _ingest

LEAD = "Norvik Rockets' first orbital launch from Skail failed on Monday, the company said. "
PIECES = ("Harbour Wire", "2026-09-15", LEAD + "Searchers found pieces of the rocket at Tolsta, police said.")
NONE = ("North Post", "2026-09-16", LEAD + "Coastguard crews searched the bay all day, but none were found.")
STRIP = ("Isles Daily", "2026-09-16", LEAD + "A fisherman found a strip of metal near Uig on Tuesday, police said.")


def _finds(frames, of) -> dict[str, str]:
    """Each find's theme (or its factuality when it has none) -> its cluster."""
    return {f.theme_noun or f.factuality: of[f.id] for f in frames if f.trigger.lemma == "find"}


def test_a_find_and_an_outlets_none_found_are_one_event_a_find_of_another_thing_stays_apart(tmp_path):
    frames, of, _ = _ingest(tmp_path, [PIECES, NONE, STRIP])
    finds = _finds(frames, of)
    assert set(finds) == {"a:piece", "negated", "a:strip"}
    assert finds["a:piece"] == finds["negated"]  # the pieces found, and none found: one find, disputed
    assert finds["a:strip"] != finds["a:piece"]  # a strip of metal found elsewhere: another find


def test_the_join_is_the_same_in_any_ingest_order_and_after_a_recluster(tmp_path):
    parts = []
    for k, docs in enumerate([[PIECES, NONE, STRIP], [STRIP, NONE, PIECES]]):
        (tmp_path / f"o{k}").mkdir()
        frames, of, _ = _ingest(tmp_path / f"o{k}", docs)
        finds = _finds(frames, of)
        parts.append(finds["a:piece"] == finds["negated"] != finds["a:strip"])
        with api.open_store(tmp_path / f"o{k}" / "s.db") as store:
            assert stored.recluster(store.db) == 0  # the whole order leaves what the ingest left
    assert parts == [True, True]
