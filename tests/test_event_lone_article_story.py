"""An article none of whose reports joins another article's (an outlet telling the happening with words no other
outlet uses: "the ferry foundered" where the others say "ran aground") still belongs to the story whose headlines
name its main actor with an incident: its story is the articles sharing a lead row with it (events/identity.py,
``EventClusters._story_of``), so the story rules can join its reports naming no party — here two injury counts
(one event measured twice). Without a shared lead row (another ferry) it stays alone. Invented ferries and
places; through the store (``api.ingest``)."""

from __future__ import annotations

from .test_event_words import _ingest

AGROUND = (
    "Harbour Wire",
    "2026-05-06",
    "The ferry Varna ran aground off Kell on Saturday. Four passengers were injured, the coastguard said.",
)
FOUNDERED = (
    "North Post",
    "2026-05-07",
    "The ferry Varna foundered near Kell on Saturday. Seven people were injured, according to local reports."
    " The Varna also ran aground off Kell in 2019.",
)


def _injured(frames, of) -> set[str]:
    return {of[f.id] for f in frames if f.trigger.lemma == "injure"}


def test_an_outlet_telling_the_happening_in_other_words_joins_its_injury_count_to_the_story(tmp_path):
    frames, of, _ = _ingest(tmp_path, [AGROUND, FOUNDERED])
    assert len({f.article_id for f in frames if f.trigger.lemma == "injure"}) == 2
    assert len(_injured(frames, of)) == 1


OTHER_FERRY = (
    "North Post",
    "2026-05-07",
    "The ferry Orsa foundered near Kell on Saturday. Seven people were injured, according to local reports."
    " The Orsa also ran aground off Kell in 2019.",
)


def test_an_article_sharing_no_lead_row_stays_out_of_the_story(tmp_path):
    frames, of, _ = _ingest(tmp_path, [AGROUND, OTHER_FERRY])
    assert len(_injured(frames, of)) == 2
