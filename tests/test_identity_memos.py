"""What event identity keeps between calls gives what it would compute anew (events/identity.py): a cluster's
frames as its members now are (members are appended as reports join and clusters merge), and whether two words
are kin (:func:`_kin`, kept per pair of lemmas) under the lexicon in use now, not under the one asked first.
Invented words and articles."""

from __future__ import annotations

import dataclasses

from claimline.events import identity
from claimline.events.identity import Cluster, EventClusters, Member
from claimline.schemas import EventFrame, Offsets, Trigger


def _frame(article: str, n: int, lemma: str, cls: str = "fire") -> EventFrame:
    text = f"The {lemma} spread on Monday."
    at = text.index(lemma)
    return EventFrame(
        id=f"{article}-e{n}",
        article_id=article,
        sentence=Offsets(start=100 * n, end=100 * n + len(text)),
        trigger=Trigger(
            text=lemma, lemma=lemma, pos="noun", start=100 * n + at, end=100 * n + at + len(lemma), token=1,
            sentence_token=1,
        ),
        event_class=cls,
    )  # fmt: skip


def test_a_clusters_frames_follow_its_members_as_they_are_appended():
    a, b, c = (Member(frame=_frame("art1", n, "blaze")) for n in (1, 2, 3))
    cluster = Cluster("ev-1", [a])
    assert cluster.frames == [a.frame]
    cluster.members.append(b)
    assert cluster.frames == [a.frame, b.frame]
    cluster.members.append(c)
    assert [f.id for f in cluster.frames] == ["art1-e1", "art1-e2", "art1-e3"]
    assert Cluster("ev-1", [a, b]).frames == [a.frame, b.frame]  # (a new cluster of the same id: its own)


def test_merged_clusters_give_every_frame_they_now_hold():
    index = EventClusters()
    one, two = (
        Cluster("ev-1", [Member(frame=_frame("art1", 1, "blaze"))]),
        Cluster("ev-2", [Member(frame=_frame("art2", 1, "fire"))]),
    )
    index.clusters.update({one.id: one, two.id: two})
    assert len(one.frames) == 1
    index._merge(two, one)
    assert [f.id for f in one.frames] == ["art1-e1", "art2-e1"]


def test_kin_words_follow_the_lexicon_in_use(monkeypatch):
    base = identity.lexicon()
    assert identity._kin("blaze", "fire")  # (one [synonyms] set)
    assert not identity._kin("blaze", "inferno")
    wider = dataclasses.replace(base, synonyms={**base.synonyms, "inferno": base.synonyms["blaze"]})
    monkeypatch.setattr(identity, "lexicon", lambda: wider)
    assert identity._kin("blaze", "inferno")
    assert identity._kin("inferno", "fire")
    monkeypatch.setattr(identity, "lexicon", lambda: base)
    assert not identity._kin("blaze", "inferno")
