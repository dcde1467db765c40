"""Reports naming no party of their event, in different outlets of one story, told with one word ("the rescue of
the trapped workers took 60 hours" / "... took 40 hours, firefighters said"), join when the story tells exactly one
event with that word (events/identity.py, ``EventClusters._story_word``): none of the other rules links them (no
party, no figure a frame holds, nothing acted on but people). Negative cases: two events of the word in the
story (two rescues of different parties) leave the nameless report alone, and so does the one event of the word
told three weeks apart (a time apart). The same in either ingest order and after a recluster. Invented outlets,
companies and places; through the store (``api.ingest``)."""

from __future__ import annotations

from claimline import api
from claimline.store import events as stored

from .test_event_words import _ingest

SHUT = "Orsk Chemicals shut its Arnau plant on Monday after a fire, the company said. "
SHUT_TOO = "Orsk Chemicals shut the Arnau plant on Monday after the fire, the company said. "
TOOK = ("Harbour Wire", "2026-05-06", SHUT + "The rescue of the trapped workers took 60 hours.")
TOOK_TOO = (
    "North Post",
    "2026-05-07",
    SHUT_TOO + "The rescue of the trapped workers took 40 hours, firefighters said.",
)


def _rescues(frames, of) -> set[str]:
    return {of[f.id] for f in frames if f.trigger.lemma == "rescue"}


def test_two_outlets_nameless_reports_told_with_one_word_are_one_event(tmp_path):
    frames, of, _ = _ingest(tmp_path, [TOOK, TOOK_TOO])
    assert len([f for f in frames if f.trigger.lemma == "rescue"]) == 2
    assert len(_rescues(frames, of)) == 1


def _partition(path) -> set[frozenset[str]]:
    with api.open_store(path) as store:
        of = stored.cluster_ids(store.db)
    out: dict[str, set[str]] = {}
    for frame, cid in of.items():
        out.setdefault(cid, set()).add(frame)
    return {frozenset(v) for v in out.values()}


def test_the_join_is_the_same_in_any_ingest_order_and_after_a_recluster(tmp_path):
    later = (TOOK_TOO[0], "2026-05-07", TOOK_TOO[2])
    parts = []
    for k, docs in enumerate([[later, TOOK], [TOOK, later]]):
        (tmp_path / f"o{k}").mkdir()
        _ingest(tmp_path / f"o{k}", docs)
        parts.append(_partition(tmp_path / f"o{k}" / "s.db"))
        with api.open_store(tmp_path / f"o{k}" / "s.db") as store:
            assert stored.recluster(store.db) == 0  # the whole order leaves what the ingest left
    assert parts[0] == parts[1]


# Negative cases: two different events told with one word in one story stay apart.
NAMELESS = ("Harbour Wire", "2026-05-06", SHUT + "The rescue took 60 hours, officials said.")
TWO_RESCUES = (
    "North Post",
    "2026-05-07",
    SHUT_TOO + "Firefighters rescued 14 workers from the Arnau plant on Monday. "
    "Coastguards rescued two fishermen off Kell Point on Tuesday.",
)


def test_a_nameless_report_joins_none_of_two_events_told_with_its_word(tmp_path):
    frames, of, _ = _ingest(tmp_path, [NAMELESS, TWO_RESCUES])
    nameless = [f for f in frames if f.trigger.text == "rescue" and not f.participants]
    named = {of[f.id] for f in frames if f.trigger.lemma == "rescue" and f.participants}
    assert len(named) == 2  # the workers' rescue and the fishermen's: two events
    assert nameless and all(of[f.id] not in named for f in nameless)


DAYS_APART = (
    "North Post",
    "2026-05-27",
    SHUT_TOO + "Firefighters rescued 14 workers from the Arnau plant on 26 May.",
)
EARLY = ("Harbour Wire", "2026-05-06", SHUT + "The rescue on 5 May took 60 hours, officials said.")


def test_a_nameless_report_days_apart_from_the_only_event_of_its_word_stays_apart(tmp_path):
    frames, of, _ = _ingest(tmp_path, [EARLY, DAYS_APART])
    rescues = [f for f in frames if f.trigger.lemma == "rescue"]
    assert len(rescues) == 2
    assert len({of[f.id] for f in rescues}) == 2


# A word and the lemma the tagger gives one of its forms ("fined" -> "fin", models/events.toml tagger_lemmas) are one
# word: "the fine" in one outlet and "was fined" in another, neither naming a party, are the story's one fine.
THE_FINE = ("Harbour Wire", "2026-05-06", SHUT + "The fine followed an inspection, officials said.")
WAS_FINED = ("North Post", "2026-05-07", SHUT_TOO + "The operator was fined on Tuesday, officials said.")


def test_the_fine_and_was_fined_told_without_parties_are_one_event(tmp_path):
    frames, of, _ = _ingest(tmp_path, [THE_FINE, WAS_FINED])
    fines = [f for f in frames if f.event_class == "sue"]
    assert len({f.article_id for f in fines}) == 2
    assert len({of[f.id] for f in fines}) == 1
