"""Review 20's findings (B11, B15), on sentences written for this test."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

# -- B11: `timeline --actor SPEAKER` lists the events the speaker told --------------------------------------

HARBOUR = (
    "Harbour works\n\n"
    "The port authority dredged the east channel on Tuesday, a harbour spokesman, Jonas Pirk, said. "
    "Mayor Irena Slavik opened the new ferry pier on Wednesday, and the ferry line resumed service, "
    "Mayor Irena Slavik said.\n"
)


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("harbour")
    (tmp / "a.txt").write_text(HARBOUR)
    db = tmp / "s.db"
    result = _cli("ingest", "--db", db, "--published", "2026-10-12", tmp / "a.txt")
    assert result.exit_code == 0, result.output
    return db


def _cli(*args):
    from typer.testing import CliRunner

    from claimline.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def _words(db, actor: str, fmt: str = "json") -> set[str]:
    result = _cli("timeline", "--db", db, "--actor", actor, "--format", fmt)
    assert result.exit_code == 0, result.output
    return {e["event"]["trigger"]["text"] for e in json.loads(result.output)}


def test_a_speaker_no_event_names_has_the_events_he_told(harbour_db):
    assert _words(harbour_db, "Jonas Pirk") == {"dredged"}
    assert "dredged" in _cli("timeline", "--db", harbour_db, "--actor", "Jonas Pirk").output
    page = _cli("timeline", "--db", harbour_db, "--actor", "Jonas Pirk", "--format", "md").output
    assert "dredged" in page  # (the models' path too, not only the stored views)


def test_an_actor_an_event_names_keeps_the_events_naming_her(harbour_db):
    # the mayor opened the pier: her timeline is what names her, not every event she told
    assert _words(harbour_db, "Irena Slavik") == {"opened"}


# -- B15: a duration of one event is one question whichever word tells it ------------------------------------


@pytest.fixture(scope="module")
def event_conflicts_of(nlp):
    from datetime import date

    from claimline.events import EventClusters, extract_events, members
    from claimline.reconcile.events import event_conflicts

    def go(*texts: tuple[str, str]):
        clusters = EventClusters()
        claims, articles = {}, {}
        for k, (outlet, text) in enumerate(texts):
            ex, frames = extract_events(text, date(2026, 11, 18), nlp=nlp, publisher=outlet, path=f"a{k}.txt")
            clusters.add(members(ex, frames))
            claims.update({c.id: c for c in ex.claims})
            articles[ex.article.id] = ex.article
        return [
            (c.facet, sorted(str(s.value) for s in c.sides))
            for _, c in event_conflicts(clusters.clusters.values(), claims, articles)
        ]

    return go


@pytest.mark.parametrize(
    ("first", "second", "conflicts"),
    [
        # one closure, two words, two durations: a conflict
        ("shut down its bakery for ten days", "closed its bakery for three weeks", [("quantity", ["P10D", "P3W"])]),
        ("halted production for two weeks", "suspended production for two months", [("quantity", ["P2M", "P2W"])]),
        # one closure, two words, one duration: none
        ("shut down its bakery for ten days", "closed its bakery for 10 days", []),
    ],
)
def test_a_duration_of_one_event_is_one_question_across_its_words(event_conflicts_of, first, second, conflicts):
    got = event_conflicts_of(
        ("Mill Post", f"Bakery\n\nOrvel Foods {first}, the company said on Tuesday.\n"),
        ("Valley Times", f"Bakery\n\nOrvel Foods {second}, the company said on Tuesday.\n"),
    )
    assert [c for c in got if c[0] == "quantity"] == conflicts
