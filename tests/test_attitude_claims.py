"""Attitude claims: a source's stance toward a thing ("the union welcomed the contract"), found by the
cue tagger beside the sentence's own claim. ``claimline claims --attribution attitude`` lists them;
the conflicts, the timeline and the event frames leave them out. Sentences written for these tests."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimline import api
from claimline.cli import app
from claimline.errors import ClaimlineError
from claimline.extraction import cue_model
from claimline.reconcile.keys import actor_pair_counts, borrowed_context, group_claims, negative_index
from claimline.schemas import Claim, Offsets
from claimline.store import open_store
from claimline.timeline import build_timeline

runner = CliRunner()

ARTICLE = (
    "Drone deal\n\n"
    "The dockworkers union welcomed the NATO drone contract with Helsing on Friday. "
    "Mayor Ana Ruiz said the pier would reopen in May.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(cue_model.MODEL_ENV, "on")
        if not cue_model.available():
            pytest.skip("no trained weights in models/attribution")
        tmp = tmp_path_factory.mktemp("attitude")
        art = tmp / "drones.txt"
        art.write_text(ARTICLE, encoding="utf-8")
        path = tmp / "store.db"
        res = runner.invoke(app, ["ingest", str(art), "--db", str(path)])
        assert res.exit_code == 0, res.output
    return path


def _rows(db, *args: str) -> list[str]:
    res = runner.invoke(app, ["claims", "--db", str(db), *args, "--format", "csv"])
    assert res.exit_code == 0, res.output
    header, *rows = res.output.splitlines()
    cols = header.split(",")
    want = [cols.index(k) for k in ("attribution", "source.text", "cue.text", "text", "stance")]
    return [" | ".join(r.split(",")[i] for i in want) for r in rows]


@pytest.mark.slow
def test_claims_lists_attitudes_by_attribution(db):
    assert _rows(db, "--attribution", "attitude") == [
        "attitude | The dockworkers union | welcomed | the NATO drone contract with Helsing | supports"
    ]
    assert _rows(db, "--attribution", "author") == [
        "author |  |  | The dockworkers union welcomed the NATO drone contract with Helsing on Friday | "
    ]
    assert len(_rows(db)) == 3  # the sentence's own claim, the attitude, the mayor's report


@pytest.mark.slow
def test_attribution_filter_table_and_limit(db):
    res = runner.invoke(app, ["claims", "--db", str(db), "--attribution", "indirect", "--limit", "1"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split() == ["ID", "Source", "Cue", "Claim", "Certainty", "Time", "Tier", "Scopes"]
    assert len(lines) == 2 and " said " in lines[1]
    res = runner.invoke(app, ["claims", "--db", str(db), "--attribution", "attitude", "--stance", "opposes"])
    assert res.exit_code == 0 and res.output == "no claims match\n"


@pytest.mark.slow
def test_unknown_attribution_is_refused(db):
    res = runner.invoke(app, ["claims", "--db", str(db), "--attribution", "rumour"])
    assert res.exit_code == 1
    assert res.output.startswith("Error: unknown attribution 'rumour' (use one of: ")
    with pytest.raises(ClaimlineError, match="unknown attribution 'rumour'"):
        api.claims(open_store(str(db)), attribution="rumour")


def _claim(n: int, attribution: str, excluded: bool = False) -> Claim:
    return Claim(
        id=f"a{n}-001",
        article_id=f"a{n}",
        text="the drone contract",
        start=0,
        end=18,
        sentence=Offsets(start=0, end=40),
        attribution=attribution,  # type: ignore[arg-type]
        actors=["NATO", "Helsing"],
        subject="NATO",
        predicate="sign",
        network_tier="unclassified",
        use_scopes=[] if excluded else ["targeting"],
        excluded_scopes=["targeting"] if excluded else [],
    )


def test_conflicts_and_timeline_leave_attitudes_out():
    """The same claims as attitudes are filed under no question, count no actor pair, borrow no
    context and make no timeline entry; as reports they do."""
    reports = [_claim(1, "indirect"), _claim(2, "indirect", excluded=True)]
    attitudes = [_claim(1, "attitude"), _claim(2, "attitude", excluded=True)]
    assert group_claims(reports)[0] and actor_pair_counts(reports) and negative_index(reports)
    assert build_timeline(reports, {})
    assert group_claims(attitudes) == ({}, {})
    assert actor_pair_counts(attitudes) == {} and negative_index(attitudes) == set()
    assert borrowed_context(attitudes) == {}
    assert build_timeline(attitudes, {}) == []


def test_what_a_source_left_unsaid_is_negated_and_has_no_facets(extract):
    """ "did not mention X" / "has not called for X": an attitude beside the writer's statement, negated,
    and without the tier or scope of what was not said (review 3 of 4 Dec)."""
    for text in (
        "The alliance spokesperson did not mention classified networks.",
        "The alliance has not called for the use of the models in targeting.",
    ):
        held = [c for c in extract(text).claims if c.attribution == "attitude"]
        assert held, text
        assert all(c.negated and c.network_tier is None and not c.use_scopes for c in held), text


def _by_text(claims):
    return {c.text: c for c in claims}


def test_a_stance_toward_a_thing_is_an_attitude_beside_the_writers_statement(extract):
    """A stance cue whose content is a bare noun phrase ("challenged the award") holds an attitude toward a
    thing, not a proposition: an attitude claim, and the sentence keeps the writer's own statement of
    the act (an event), as for the tagger's attitudes."""
    claims = _by_text(extract("Senator Ray Okafor challenged the award of the ferry contract on Monday.").claims)
    stance = claims["the award of the ferry contract"]
    assert stance.attribution == "attitude" and stance.stance == "criticises"
    assert stance.source is not None and stance.source.text == "Senator Ray Okafor"
    own = claims["Senator Ray Okafor challenged the award of the ferry contract on Monday"]
    assert own.attribution == "author" and own.source is None


def test_a_stance_with_grounds_or_a_clause_stays_a_claim(extract):
    """With its grounds ("criticised X for Y") or a clause ("praised X as Y") the content says something
    about its object: the claim stays the sentence's."""
    texts = extract(
        "Senator Ray Okafor criticised the council for the long delay in the bridge repairs. "
        "Governor Lena Marsh praised the harbour board as a model for the region."
    ).claims
    kinds = {c.text: c.attribution for c in texts}
    assert kinds["the council for the long delay in the bridge repairs"] == "indirect"
    assert kinds["the harbour board as a model for the region"] == "indirect"


def test_what_a_source_left_unanswered_is_an_attitude_beside_the_writers_statement(extract):
    """ "did not respond to X" (``negated_preps`` in cues.toml): what was left unanswered, an attitude
    beside the writer's negated statement (the sample gold's rule 4); "responded to X" is an act."""
    claims = extract("Vantor Systems did not respond to a request for comment.").claims
    kinds = {c.attribution: c for c in claims}
    assert set(kinds) == {"author", "attitude"}
    assert kinds["author"].negated and kinds["author"].text == "Vantor Systems did not respond to a request for comment"
    unanswered = kinds["attitude"]
    assert unanswered.text == "a request for comment" and unanswered.cue is not None
    assert unanswered.source is not None and unanswered.source.text == "Vantor Systems"
    assert unanswered.negated and unanswered.network_tier is None and not unanswered.use_scopes
    positive = extract("Vantor Systems responded to the criticism on Monday.").claims
    assert all(c.cue is None for c in positive)
