"""One event two outlets date to two days, one of them naming no party ("the gallery will reopen on 24 October" /
"the Corvane gallery will reopen on 27 October"): identity keeps the two reports apart by their times and no party
links them, so the date question was never asked. They are one event told two ways when the story tells that
event with one word, nothing but the day keeps them apart, the nameless report's article names the other's party,
and no outlet tells the event on both days (events/identity.py, ``EventClusters._disputed_date``). Negative cases:
an outlet telling the word on two days tells two events (a second reopening), and days further apart than
``DISPUTED_DAYS`` stay apart. Invented outlets, galleries and towns; through the store (``api.ingest``)."""

from __future__ import annotations

from .test_event_words import _ingest

THEFT = "Thieves stole four paintings from the Corvane gallery in Ostrel on Sunday, police said. "
NAMED = (
    "Harbour Wire",
    "2026-10-20",
    THEFT + "The Corvane gallery will reopen on Tuesday 27 October, its director said.",
)
NAMELESS = (
    "North Post",
    "2026-10-21",
    THEFT + "Officers searched the Corvane gallery for two days. The gallery will reopen on Saturday 24 October.",
)


def _reopenings(frames, of) -> set[str]:
    return {of[f.id] for f in frames if f.trigger.lemma == "reopen"}


def test_two_days_of_one_reopening_are_one_event_and_a_date_conflict(tmp_path):
    frames, of, found = _ingest(tmp_path, [NAMED, NAMELESS])
    assert len([f for f in frames if f.trigger.lemma == "reopen"]) == 2
    assert len(_reopenings(frames, of)) == 1
    dates = [c for c in found if c.facet == "date"]
    assert dates, [(c.facet, c.question) for c in found]


def test_the_join_does_not_depend_on_the_ingest_order(tmp_path):
    for k, docs in enumerate([[NAMELESS, NAMED], [NAMED, NAMELESS]]):
        (tmp_path / f"o{k}").mkdir()
        frames, of, _ = _ingest(tmp_path / f"o{k}", docs)
        assert len(_reopenings(frames, of)) == 1


TWO_DAYS = (
    "North Post",
    "2026-10-21",
    THEFT + "The gallery will reopen its ground floor on Saturday 24 October. "
    "The gallery will reopen its upper rooms on Tuesday 27 October.",
)


def test_an_outlet_telling_the_word_on_two_days_tells_two_events(tmp_path):
    frames, of, _ = _ingest(tmp_path, [NAMED, TWO_DAYS])
    reopen = [f for f in frames if f.trigger.lemma == "reopen"]
    named = {of[f.id] for f in reopen if f.participants}
    assert len(reopen) == 3 and len(named) == 1
    early = [f for f in reopen if f.time is not None and f.time.start is not None and f.time.start.day == 24]
    assert early and all(of[f.id] not in named for f in early)


FAR = (
    "North Post",
    "2026-10-21",
    THEFT + "Officers searched the Corvane gallery for two days. The gallery will reopen on Monday 9 November.",
)


def test_days_further_apart_than_a_slip_stay_two_events(tmp_path):
    frames, of, _ = _ingest(tmp_path, [NAMED, FAR])
    assert len(_reopenings(frames, of)) == 2


RECKONED = (
    "North Post",
    "2026-10-21",
    THEFT + "Officers searched the Corvane gallery on Thursday 22 October. The gallery will reopen two days later.",
)


def test_a_day_reckoned_from_another_time_is_no_date_in_dispute(tmp_path):
    frames, of, _ = _ingest(tmp_path, [NAMED, RECKONED])
    reopen = [f for f in frames if f.trigger.lemma == "reopen"]
    assert any(f.time is not None and f.time.start is not None and f.time.start.day == 24 for f in reopen)
    assert len(_reopenings(frames, of)) == 2
