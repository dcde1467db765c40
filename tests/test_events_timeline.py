"""`timeline`: entries from event clusters, through the CLI (articles written for this test)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.events.timeline import entry_status

runner = CliRunner()

WIRE = """Skyvale to supply drones to Latvia

RIGA, 4 March 2026 — Skyvale Robotics signed a contract with the Latvian defence ministry on 2 March to deliver
40 reconnaissance drones. Skyvale Robotics expects to deliver the first units within 90 days of signing.

"This is a good day for our border guard," a ministry spokesperson said.
"""

PAPER = """Latvia buys drones

5 March 2026

Skyvale Robotics signed the contract with the Latvian defence ministry on Monday, officials said. The company has
built drones in Tallinn since 2019.
"""

DENIAL = """Drone deal questioned

6 March 2026

Orvane Systems denied that it had signed any contract with the Latvian defence ministry.
"""

SHOW = """Air show line-up

6 March 2026

Kestrel Aviation presents its new trainer aircraft at the Riga air show on 20 March, the organisers said.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("events")
    paths = []
    for name, text, outlet in (
        ("wire", WIRE, "Baltic Wire"),
        ("paper", PAPER, "Riga Post"),
        ("denial", DENIAL, "Tech Desk"),
        ("show", SHOW, "Tech Desk"),
    ):
        p = tmp / f"{name}.txt"
        p.write_text(text)
        paths.append((p, outlet))
    path = tmp / "ev.db"
    for p, outlet in paths:
        result = runner.invoke(app, ["ingest", "--db", str(path), "--publisher", outlet, str(p)])
        assert result.exit_code == 0, result.output
    return path


def _entries(db, *args):
    result = runner.invoke(app, ["timeline", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_one_entry_per_event_listing_every_outlet(db):
    entries = _entries(db, "--actor", "Skyvale Robotics")
    signed = [e for e in entries if e["event"]["event_class"] == "agree"]
    assert len(signed) == 1
    e = signed[0]
    assert e["outlets"] == ["Baltic Wire", "Riga Post"]
    assert (e["start"], e["end"], e["date_label"], e["date_basis"]) == (
        "2026-03-02",
        "2026-03-02",
        "2 Mar 2026",
        "text",
    )
    assert e["status"] == "asserted"
    trig = e["event"]["trigger"]
    assert trig["text"] == "signed" and WIRE[trig["start"] : trig["end"]] == "signed"
    assert {r["published"] for r in e["reports"]} == {"2026-03-04", "2026-03-05"}


def test_expected_and_since_events(db):
    entries = _entries(db, "--actor", "Skyvale Robotics")
    by_label = {e["date_label"]: e for e in entries}
    assert by_label["since 2019"]["event"]["event_class"] == "develop"
    expected = [e for e in entries if e["status"] == "expected"]
    assert expected and expected[0]["date_label"] == "expected by 31 May 2026"
    assert expected[0]["event"]["time"]["anchor"] is not None


def test_denied_event_is_shown_denied(db):
    entries = _entries(db, "--actor", "Orvane Systems")
    signed = [e for e in entries if e["event"]["event_class"] == "agree"]
    assert [e["status"] for e in signed] == ["denied"]
    assert signed[0]["date_basis"] == "publication" and signed[0]["date_label"] == "reported on 6 Mar 2026"


def test_commentary_only_with_all(db):
    plain = _entries(db, "--actor", "Latvian defence ministry")
    assert all(e["status"] != "commentary" for e in plain)
    every = _entries(db, "--actor", "Latvian defence ministry", "--all")
    assert len(every) >= len(plain)


def test_table_output(db):
    result = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "Orvane Systems"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "Timeline"
    lines = result.output.splitlines()  # the date wraps in its column: "reported on" / "6 Mar 2026"
    assert lines[2].startswith("reported on ") and lines[3].startswith("6 Mar 2026 ") and "denied" in result.output


def test_events_is_the_default_and_claims_stay_reachable(db):
    assert _entries(db) == _entries(db, "--events")  # --events: an accepted alias of the default
    result = runner.invoke(app, ["timeline", "--claims", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)
    assert claims and all("sources" in e and "reports" not in e for e in claims)
    bad = runner.invoke(app, ["timeline", "--claims", "--all", "--db", str(db)])
    assert bad.exit_code == 1
    assert bad.output == "Error: --claims cannot be combined with --events or --all\n"


def test_markdown_shows_the_denial_as_denied(db):
    result = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "orvane", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        "# Timeline — orvane\n"
        "\n"
        "- **reported on 6 Mar 2026** — **Orvane Systems had signed contract with Latvian defence ministry**"
        " *(denied)*: Orvane Systems denied that it had signed any contract with the Latvian defence ministry.\n"
        "  - Actors: Orvane Systems, Latvian defence ministry\n"
        "  - Source:\n"
        "    - **Tech Desk** (6 Mar 2026): signed (denied) — reported, according to Orvane Systems\n"
    )  # (the denial itself is that entry, not one "confirmed" of its own: one sentence, one entry; review 10, R16)


def test_html_and_csv_of_event_entries(db, tmp_path):
    page = tmp_path / "t.html"
    result = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "Orvane", "-f", "html", "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text()
    assert 'data-status="denied"' in html and "<title>claimline timeline — Orvane</title>" in html
    # the signing is dated only by its report on 6 Mar: one card for the day, one item; the denial is the
    # signing's entry (review 10, R16), not an entry of its own
    assert html.count('<li class="entry reported-day') == 1 and html.count('<li class="report-item') == 1
    assert html.count('data-basis="text"') == 0
    csv = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "Orvane", "-f", "csv"])
    assert csv.exit_code == 0, csv.output
    assert csv.output.splitlines()[0].startswith("start,end,granularity,date_label,date_basis,label,status,")
    assert len(csv.output.splitlines()) == 2


def test_actor_matches_any_name_by_its_words(db):
    full = _entries(db, "--actor", "Skyvale Robotics")
    assert full and _entries(db, "--actor", "skyvale") == full  # a run of the name's words
    assert _entries(db, "--actor", "Orvane") == _entries(db, "--actor", "Orvane Systems")
    result = runner.invoke(app, ["timeline", "--db", str(db), "--actor", "Skyvale Aerospace"])
    assert result.exit_code == 1
    assert result.output == "Error: no event names 'Skyvale Aerospace' (try 'claimline actors')\n"


def test_expected_when_the_event_time_follows_every_report(db):
    # "presents … on 20 March" in an article of 6 March: reported, but it cannot have happened yet
    (entry,) = [e for e in _entries(db, "--actor", "Kestrel Aviation") if e["start"] == "2026-03-20"]
    assert entry["status"] == "expected"
    assert {r["factuality"] for r in entry["reports"]} == {"expected"}  # so is each frame (events/frames.py)


@pytest.mark.parametrize(
    ("facts", "status"),
    [
        (["asserted", "reported"], "asserted"),
        (["reported", "denied"], "disputed"),
        (["denied", "negated"], "denied"),
        (["expected", "hedged"], "expected"),
        (["hedged"], "hedged"),
    ],
)
def test_entry_status(facts, status):
    assert entry_status(facts) == status


def test_filters_on_events(db):
    every = _entries(db)
    riga = _entries(db, "--publisher", "riga post")
    assert riga and all("Riga Post" in e["outlets"] for e in riga)
    assert len(riga) < len(every)
    late = _entries(db, "--since", "2026-03-05")
    assert late and all(e["end"] is None or e["end"] >= "2026-03-05" for e in late)
    early = _entries(db, "--until", "2026-03-02")
    assert early and all(e["start"] is None or e["start"] <= "2026-03-02" for e in early)
    assert {e["event"]["cluster_id"] for e in late} | {e["event"]["cluster_id"] for e in early} <= {
        e["event"]["cluster_id"] for e in every
    }
    assert _entries(db, "--tier", "classified") == []  # no claim of these articles names a network tier


def test_who_said_it_names_each_reports_speaker(db):
    """Each report carries the speaker of its claim; the table groups outlets under their speakers."""
    signed = [e for e in _entries(db) if e["date_label"] == "2 Mar 2026"]
    assert [(r["publisher"], r["source"]) for e in signed for r in e["reports"]] == [
        ("Baltic Wire", None),  # the outlet's own voice
        ("Baltic Wire", "Skyvale Robotics"),  # "within 90 days of signing": the signing, in its words
        ("Riga Post", "officials"),
    ]
    table = runner.invoke(app, ["timeline", "--db", str(db)], env={"COLUMNS": "100"}).output
    assert max(len(line) for line in table.splitlines()) <= 100
    row = next(i for i, line in enumerate(table.splitlines()) if line.startswith("2 Mar 2026"))
    header = table.splitlines()[0 if table.startswith("Date") else 1]
    at, end = header.index("Who said it"), header.index("Status")
    who = " ".join(line[at:end].strip() for line in table.splitlines()[row : row + 3])
    assert who == "Baltic Wire; Skyvale Robotics (Baltic Wire); officials (Riga Post)"
