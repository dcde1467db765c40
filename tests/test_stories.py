"""The two blind multi-outlet stories (sample_articles/<story>/, gold in tests/gold/stories/<story>/).

The gold was written by someone who never read claimline's rules; ``benchmarks/stories_eval.py``
scores the event layer and the conflicts against it. The floors below are the figures measured
when they were set (see benchmarks/README_events.md), so a change that loses ground fails here.
"""

from __future__ import annotations

import json

import pytest

from .conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "stories"
STORIES = sorted(p.name for p in GOLD.iterdir() if p.is_dir())


def test_both_stories_are_there():
    assert STORIES == ["denmark-drone-detection-pilot", "estonia-sovereign-cloud-award"]
    for story in STORIES:
        files = sorted(p.name for p in (ROOT / "sample_articles" / story).iterdir())
        assert len(files) == 6 and all(f.endswith(".txt") for f in files), files


@pytest.mark.parametrize("story", STORIES)
def test_every_gold_excerpt_is_in_its_file(story):
    events = json.loads((GOLD / story / "events.json").read_text(encoding="utf-8"))
    conflicts = json.loads((GOLD / story / "conflicts.json").read_text(encoding="utf-8"))
    articles = ROOT / "sample_articles" / story
    mentions = [m for e in events for m in e["mentions"]]
    assert mentions
    for m in mentions:
        text = (articles / m["file"]).read_text(encoding="utf-8")
        assert m["excerpt"] in text, (m["file"], m["excerpt"])
        assert m["trigger"] in m["excerpt"], (m["file"], m["trigger"])
    ids = {e["id"] for e in events}
    for c in conflicts["conflicts"] + conflicts["non_conflicts"]:
        assert c["event_id"] in ids, c["id"]
        for side in c["sides"]:
            assert side["files"] and all((articles / f).is_file() for f in side["files"]), (c["id"], side)
