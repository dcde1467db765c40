"""`--actor` beyond the gazetteer: names matched by word runs, and actors that keep their parts (part_of)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.errors import ClaimlineError
from claimline.extraction.actors import name_pieces, name_words, names_matching, parts, pieces_cover

runner = CliRunner()

NAMES = ["Airbus A380", "A380", "Airbus", "Frederick Henderson", "Henderson", "Dow Jones", "US", "US Dollar"]
KNOWN = ["Airbus", "US", "United States"]


def test_name_words():
    assert name_words("The Dow Jones's") == ("dow", "jones")
    assert name_words("S&P 500") == ("s&p", "500")


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Airbus A380", {"Airbus A380", "A380"}),  # "Airbus" alone is another known actor
        ("a380", {"Airbus A380", "A380"}),
        ("Frederick Henderson", {"Frederick Henderson", "Henderson"}),
        ("Dow Jones Industrial Average", {"Dow Jones"}),
        ("US Dollar", {"US Dollar"}),  # "US" is the United States
        ("Boeing 777", set()),
    ],
)
def test_names_matching(query, found):
    assert names_matching(query, NAMES, others=KNOWN) == found


def test_names_matching_initials():
    names = ["GM", "G.M.", "General Motors", "GMs", "UAW", "Gold Mine", "US"]
    assert names_matching("General Motors", names, others=KNOWN) == {"GM", "G.M.", "General Motors"}
    assert names_matching("GM", names, others=KNOWN) == {"GM", "G.M.", "General Motors", "Gold Mine"}
    assert names_matching("United Auto Workers", names, others=KNOWN) == {"UAW"}
    assert names_matching("Universal Studios", names, others=KNOWN) == set()  # "US" is the United States


def test_names_matching_same_letters():
    names = ["DaimlerChrysler", "U.S. Federal Reserve", "Federal Reserve Bank of Boston"]
    assert names_matching("Daimler Chrysler", names) == {"DaimlerChrysler"}
    assert names_matching("US Federal Reserve", names) == {"U.S. Federal Reserve"}


def test_parts_are_transitive():
    up = {"Agency": "Alliance", "Office": "Agency", "Ministry": "State"}
    assert parts("Alliance", up) == {"Agency", "Office"}
    assert parts("Agency", up) == {"Office"}
    assert parts("Office", up) == set()


def test_gazetteer_keeps_parents_and_parts_apart():
    from claimline.extraction.actors import canonical, gazetteer

    assert canonical("NCIA") == "NATO Communications and Information Agency"
    assert gazetteer().part_of["NATO Communications and Information Agency"] == "NATO"
    # a parent company is not an alias of its subsidiary
    assert canonical("Alphabet") == "Alphabet" and canonical("Google") == "Google"
    assert canonical("Amazon") == "Amazon" and canonical("AWS") == "Amazon Web Services"
    assert canonical("EADS") == "Airbus Group" and canonical("Airbus") == "Airbus"
    assert "NATO Communications and Information Agency" in parts("NATO")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[[actor]]\nname = "Zorb Office"\ntype = "government_body"\npart_of = "Nobody"\n', "is no actor's canonical"),
        (
            '[[actor]]\nname = "Zorb A"\ntype = "company"\npart_of = "Zorb B"\n'
            '[[actor]]\nname = "Zorb B"\ntype = "company"\npart_of = "Zorb A"\n',
            "makes a circle",
        ),
    ],
)
def test_part_of_is_checked_at_load(tmp_path, monkeypatch, toml, message):
    from claimline import lexicons

    (tmp_path / "actors.toml").write_text(toml)
    monkeypatch.setenv("CLAIMLINE_LEXICONS", str(tmp_path))
    lexicons.load.cache_clear()
    try:
        with pytest.raises(ClaimlineError, match=message):
            lexicons.actors()
    finally:
        monkeypatch.delenv("CLAIMLINE_LEXICONS")
        lexicons.load.cache_clear()


AGENCY = """Alliance agency buys translation software

BRUSSELS, 12 May 2026 — The NATO Support and Procurement Agency signed a contract with Corvel Software on
8 May for translation tools. NATO announced on 11 May that the tools would reach its headquarters in June.
"""


@pytest.fixture(scope="module")
def agency_db(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("parts")
    (tmp / "agency.txt").write_text(AGENCY)
    db = tmp / "p.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "--publisher", "Alliance Wire", str(tmp / "agency.txt")])
    assert result.exit_code == 0, result.output
    return db


def _classes(db, *args):
    result = runner.invoke(app, ["timeline", "--db", str(db), "-f", "json", *args])
    assert result.exit_code == 0, result.output
    return sorted((e["event"]["event_class"], e["date_label"]) for e in json.loads(result.output))


def test_actor_of_a_part_and_of_its_parent(agency_db):
    agency = _classes(agency_db, "--actor", "NSPA")
    nato = _classes(agency_db, "--actor", "NATO")
    assert ("agree", "8 May 2026") in agency and ("agree", "8 May 2026") not in nato
    assert ("announce", "11 May 2026") in nato and ("announce", "11 May 2026") not in agency
    assert _classes(agency_db, "--actor", "NATO", "--include-parts") == sorted(nato + agency)
    # the counterpart of the contract has a timeline too, found by a run of its name's words
    assert ("agree", "8 May 2026") in _classes(agency_db, "--actor", "Corvel")


def test_claim_timeline_keeps_parts_too(agency_db):
    def labels(*args):
        result = runner.invoke(app, ["timeline", "--claims", "--db", str(agency_db), "-f", "json", *args])
        assert result.exit_code == 0, result.output
        return {e["label"] for e in json.loads(result.output)}

    agency, nato = labels("--actor", "NSPA"), labels("--actor", "NATO")
    assert agency and agency != nato
    assert labels("--actor", "NATO", "--include-parts") == agency | nato


def test_a_surname_finds_the_claims_and_conflicts_of_the_stored_name(tmp_path):
    """Review 9, W24: one matcher for --actor — "Varga" finds "Ilse Varga" in `claims` and `conflicts` as in
    `timeline`; a name no stored actor has is still an error."""
    from .conftest import run_cli, story_store

    db = story_store(
        tmp_path,
        "v.txt",
        "Health minister Ilse Varga resigned on Tuesday over the ambulance contract, her office said.\n",
        published="2026-06-03",
    )
    assert "Ilse Varga resigned on Tuesday" in run_cli("claims", "--db", db, "--actor", "Varga")
    assert run_cli("conflicts", "--db", db, "--actor", "varga").strip() == (
        "No question was reported by two sources: nothing to compare."
    )
    result = runner.invoke(app, ["claims", "--db", db, "--actor", "Lund"])
    assert (result.exit_code, result.output) == (1, "Error: no actor matches 'Lund' (try 'claimline actors')\n")


def test_a_first_word_or_a_common_noun_alone_does_not_name_the_query():
    names = ["Tressick", "council", "Ostwick", "Ostwick city", "Henderson", "Nikkei"]
    bodies = {"council", "ministry"}
    # a town is not its council; "council" names every council (review 14, V10)
    assert names_matching("Tressick council", names, bodies=bodies) == set()
    assert names_matching("Ostwick city council", names, bodies=bodies) == set()
    assert names_matching("Frederick Henderson", names, bodies=bodies) == {"Henderson"}  # a surname ends the name
    assert names_matching("Nikkei 225", names, bodies=bodies) == {"Nikkei"}  # an index named by its first word
    assert name_pieces("Tressick council", names, bodies) == {"Tressick", "council"}
    assert pieces_cover("Tressick council", ["council", "Tressick"])
    assert not pieces_cover("Tressick council", ["council", "Ostwick"])
    # without body nouns (claims --actor) every run names the query, as before
    assert names_matching("Tressick council", names) == {"Tressick", "council"}


COUNCILS = [
    ("tressick.txt", "Tressick council approved the new bus lane on Monday, councillors said."),
    ("ostwick.txt", "Ostwick city council decommissioned the town incinerator on Monday."),
    ("police.txt", "Police evacuated 200 people from the Ostwick shopping centre on Monday after a bomb threat."),
]


COUNCILS_SAID = {"Tressick": COUNCILS[0][1], "Ostwick": COUNCILS[1][1], "evacuated": COUNCILS[2][1]}


@pytest.fixture(scope="module")
def councils_db(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("councils")
    db = tmp / "c.db"
    for name, text in COUNCILS:
        (tmp / name).write_text(text + "\n")
        result = runner.invoke(app, ["ingest", "--db", str(db), "--published", "2027-01-11", str(tmp / name)])
        assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize(
    ("actor", "events"),
    [
        ("Tressick council", [COUNCILS_SAID["Tressick"]]),
        ("Ostwick city council", [COUNCILS_SAID["Ostwick"]]),
        (
            "Ostwick",
            [
                COUNCILS_SAID["Ostwick"],
                COUNCILS_SAID["evacuated"],
            ],
        ),
        ("council", [COUNCILS_SAID["Ostwick"], COUNCILS_SAID["Tressick"]]),
    ],
)
def test_timeline_of_one_council_lists_only_its_acts(councils_db, actor, events):
    result = runner.invoke(app, ["timeline", "--db", str(councils_db), "-f", "json", "--actor", actor])
    assert result.exit_code == 0, result.output
    assert sorted(e["label"] for e in json.loads(result.output)) == sorted(events)


def test_timeline_of_a_council_no_text_names(councils_db):
    result = runner.invoke(app, ["timeline", "--db", str(councils_db), "--actor", "Wexby council"])
    assert result.exit_code == 1
    assert result.output == "Error: no event names 'Wexby council' (try 'claimline actors')\n"


@pytest.mark.parametrize("command", [["timeline"], ["timeline", "--claims"], ["conflicts"], ["claims"]])
def test_an_empty_actor_is_told_as_such(councils_db, command):
    result = runner.invoke(app, [*command, "--db", str(councils_db), "--actor", " "])
    assert result.exit_code == 1
    assert result.output == "Error: --actor is empty: give a name or leave the option out\n"


def test_a_person_s_name_is_never_matched_by_initials():
    """review 16 X7: "TB" (tuberculosis) is not "Tomas Brill", a person; "GM" still is "General Motors"."""
    names = ["TB", "Tomas Brill", "GM", "General Motors"]
    assert names_matching("Tomas Brill", names, persons={"Tomas Brill"}) == {"Tomas Brill"}
    assert names_matching("TB", names, persons={"Tomas Brill"}) == {"TB"}
    assert names_matching("General Motors", names, persons={"Tomas Brill"}) == {"GM", "General Motors"}
