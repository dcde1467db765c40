"""What an analyst sees of an article nobody here wrote for claimline: a page without a masthead, a
sentence with several events. Each test runs the CLI as a user would and reads its plain output.

* Two entries from one sentence read as two events: the Event cell leads with the event in its own words
  (participants around the trigger, amounts), then the sentence — in the table, Markdown and HTML.
* A page without a publisher is named by something the reader recognises — its URL's host, else its
  file name, else its title — never by an article id, in every format.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.events.display import event_words, outlet_name
from claimline.views import View

runner = CliRunner()

NOTE = (
    "Tug sinks near Velmora pier\n\n"
    "The tug Orsa sank near Velmora on Tuesday with six crew on board, the Coastal Wire reported, "
    "quoting the port authority.\n"
)


def _ingest(tmp_path: Path, *extra: str, stdin: bool = False) -> str:
    db = str(tmp_path / "a.db")
    note = tmp_path / "harbour-note.txt"
    note.write_text(NOTE, encoding="utf-8")
    args = ["ingest", "--db", db, "--published", "2026-05-14", *extra]
    result = runner.invoke(app, [*args, "-"], input=NOTE) if stdin else runner.invoke(app, [*args, str(note)])
    assert result.exit_code == 0, result.output
    return db


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def plain_db(tmp_path_factory) -> str:
    return _ingest(tmp_path_factory.mktemp("analyst"))


def test_two_events_of_one_sentence_read_as_two_events(plain_db):
    assert _run("timeline", "--db", plain_db) == (
        "Timeline\n"
        "Date         Event                                               Who said it               Status\n"
        "12 May 2026  Orsa sank near Velmora (six crew)                   the Coastal Wire          reported\n"
        "             The tug Orsa sank near Velmora on Tuesday with six  (harbour-note.txt)\n"
        "             crew on board, the Coastal Wire reported, quoting\n"
        "             the port authority.\n"
        "\n"
        "reported on  Coastal Wire reported                               the Coastal Wire          confirmed\n"
        "14 May 2026  The tug Orsa sank near Velmora on Tuesday with six  (harbour-note.txt)\n"
        "             crew on board, the Coastal Wire reported, quoting\n"
        "             the port authority.\n"
    )


def test_markdown_leads_with_the_event_and_names_the_speaker_apart(plain_db):
    assert _run("timeline", "--db", plain_db, "--format", "md") == (
        "# Timeline\n\n"
        "- **12 May 2026** — **Orsa sank near Velmora (six crew)** *(reported)*: The tug Orsa sank near Velmora"
        " on Tuesday with six crew on board, the Coastal Wire reported, quoting the port authority.\n"
        "  - Actors: Orsa, Velmora\n"
        "  - Source:\n"
        "    - **harbour-note.txt** (14 May 2026): sank — reported, according to the Coastal Wire\n"
        "- **reported on 14 May 2026** — **Coastal Wire reported** *(confirmed)*: The tug Orsa sank near Velmora"
        " on Tuesday with six crew on board, the Coastal Wire reported, quoting the port authority.\n"
        "  - Actors: Coastal Wire\n"
        "  - Source:\n"
        "    - **harbour-note.txt** (14 May 2026): reported — confirmed, according to the Coastal Wire\n"
    )


def test_html_card_shows_the_event_then_its_sentence(plain_db):
    page = _run("timeline", "--db", plain_db, "--format", "html")
    assert (
        '<p class="label"><span class="event">Orsa sank near Velmora (six crew)</span>'
        '<span class="sentence">The tug Orsa' in page
    )
    assert '<span class="what"><span class="event">Coastal Wire reported</span> — The tug Orsa' in page


def test_a_page_without_a_publisher_is_named_by_its_file(plain_db):
    data = json.loads(_run("timeline", "--db", plain_db, "--format", "json"))
    assert [e["outlets"] for e in data] == [["harbour-note.txt"], ["harbour-note.txt"]]
    assert {r["publisher"] for e in data for r in e["reports"]} == {None}  # JSON keeps the stored value: no masthead
    assert {r["outlet"] for e in data for r in e["reports"]} == {"harbour-note.txt"}  # the name a reader sees
    rows = list(csv.DictReader(io.StringIO(_run("timeline", "--db", plain_db, "--format", "csv"))))
    assert [r["outlets"] for r in rows] == ["harbour-note.txt", "harbour-note.txt"]


def test_a_page_without_a_publisher_is_named_by_its_url_host(tmp_path):
    db = _ingest(tmp_path, "--url", "https://www.coastal-wire.example/news/tug.html")
    out = _run("timeline", "--db", db)
    assert "the Coastal Wire          reported\n" in out and "(coastal-wire.example)" in out
    data = json.loads(_run("timeline", "--db", db, "--format", "json"))
    assert [e["outlets"] for e in data] == [["coastal-wire.example"], ["coastal-wire.example"]]
    md = _run("timeline", "--db", db, "--format", "md")
    assert "    - **coastal-wire.example** (14 May 2026): sank — reported" in md
    assert _run("timeline", "--db", db, "--source", "coastal-wire.example", "--format", "json") != "[]\n"


def test_a_text_from_stdin_is_named_by_its_title(tmp_path):
    db = _ingest(tmp_path, "--title", "Tug sinks", stdin=True)
    data = json.loads(_run("timeline", "--db", db, "--format", "json"))
    assert [e["outlets"] for e in data] == [["Tug sinks"], ["Tug sinks"]]


# ------------------------------------------------------------------ the two functions on their own
def _p(name: str, role: str, start: int) -> View:
    return View(name=name, text=name, role=role, start=start)


def _event(sentence: str, trigger: str, *parts: tuple[str, str], amounts: tuple[str, ...] = ()) -> View:
    """A frame of ``sentence`` (offsets as in an article whose sentence starts at 100); a participant
    whose name is not in the sentence stands after it (another sentence's name, as coreference gives)."""
    at = sentence.index(trigger)
    return View(
        trigger=View(text=trigger, start=100 + at, end=100 + at + len(trigger)),
        participants=[
            _p(n, role, 100 + sentence.index(n) if n in sentence else 100 + len(sentence) + 40) for n, role in parts
        ],
        quantities=[View(text=q, measures=None) for q in amounts],
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "parts", "amounts", "words"),
    [
        (
            "Brannock Council ended its contract with Dunmore Ferries this week.",
            "ended",
            [("Brannock Council", "agent"), ("Dunmore Ferries", "theme")],
            (),
            "Brannock Council ended contract with Dunmore Ferries",
        ),
        (
            "The barge Kittiwake ran aground near Selsey on Friday with nine crew aboard.",
            "ran",
            [("Kittiwake", "agent"), ("Selsey", "other")],
            ("nine",),
            "Kittiwake ran aground near Selsey (nine crew)",
        ),
        (  # the name of another sentence is no object of this one: the headline says "ferry contract"
            "Brannock suspends ferry contract",
            "suspends",
            [("Brannock", "agent"), ("Dunmore Ferries", "theme")],
            (),
            "Brannock suspends ferry contract",
        ),
        (
            "Dunmore Ferries will not appeal the fine, a spokesman said.",
            "appeal",
            [("Dunmore Ferries", "agent")],
            (),
            "Dunmore Ferries will not appeal fine",
        ),
        (  # a bare number is dropped when the text gives it no noun
            "Selsey harbour closed for 3, the harbour master said.",
            "closed",
            [("Selsey", "agent")],
            ("3",),
            "Selsey harbour closed",
        ),
        (  # a number stays whole: its thousands separator, decimals and currency sign (review7 R9)
            "Halvern Motors recalled 36,000 scooters on Tuesday, the company said.",
            "recalled",
            [("Halvern Motors", "agent")],
            ("36,000",),
            "Halvern Motors recalled 36,000 scooters",
        ),
        (
            "The Corrin Guard paid 2,475.50 pounds per licence last week.",
            "paid",
            [("Corrin Guard", "agent")],
            ("2,475.50",),
            "Corrin Guard paid 2,475.50 pounds per licence",
        ),
        (
            "Tesmar Labs signed a $450 million deal with the Orlen Coast Guard.",
            "signed",
            [("Tesmar Labs", "agent"), ("Orlen Coast Guard", "theme")],
            ("$450 million",),
            "Tesmar Labs signed $450 million deal with Orlen Coast Guard",
        ),
        (
            "Brisk Rail spent £12.5 million on carriages, its chief said.",
            "spent",
            [("Brisk Rail", "agent")],
            ("£12.5 million",),
            "Brisk Rail spent £12.5 million",
        ),
    ],
)
def test_event_words_keep_the_theme_and_each_participants_preposition(sentence, trigger, parts, amounts, words):
    shown = event_words(_event(sentence, trigger, *parts, amounts=amounts), sentence)
    assert shown == words
    assert trigger in shown  # the trigger appears
    for name, role in parts:  # each participant of the sentence appears, with the word before it there
        if name in sentence and role != "agent":
            before = sentence[: sentence.index(name)].split()[-1]
            assert f"{before} {name}" in shown or before.casefold() in ("the", "a", "its", "his", "her", "their")
        if name not in sentence:  # no participant appears as an object the text does not make it
            assert name not in shown


def test_event_words_without_their_sentence_never_make_a_name_an_object():
    event = View(
        trigger=View(text="won", start=20),
        participants=[_p("Ministry of the Sea", "theme", 40), _p("Harbour Lines", "agent", 0)],
        quantities=[View(text="ten-year")],
    )
    assert event_words(event) == ""  # the sentence speaks alone
    assert event_words(View(trigger=View(text="closed"), participants=[], quantities=[])) == "closed"
    alone = View(trigger=View(text="won", start=20), participants=[_p("Harbour Lines", "agent", 0)], quantities=[])
    assert event_words(alone) == "Harbour Lines won"


@pytest.mark.parametrize(
    ("article", "name"),
    [
        (View(publisher="Coast Post", url="https://coast.example/a", path="a.txt", title="T"), "Coast Post"),
        (View(publisher=None, url="https://www.coast.example/a", path="a.txt", title="T"), "coast.example"),
        (View(publisher=None, url=None, path="https://news.example/x.html", title="T"), "news.example"),
        (View(publisher="", url=None, path="/data/in/003_note.txt", title="T"), "003_note.txt"),
        (View(publisher=None, url=None, path="-", title="Ferry grounded"), "Ferry grounded"),
        (View(publisher=None, url=None, path=None, title=None), "a1b2"),
    ],
)
def test_outlet_name_falls_back_to_what_a_reader_recognises(article, name):
    assert outlet_name(article, "a1b2") == name


# ------------------------------------------------------------------ claims: negation and who speaks
PORT = (
    "Ferry strike talks\n\n"
    "The union said its members will not return to work before Friday.\n\n"
    "The port authority denied that it had cancelled the Sunday crossings.\n\n"
    "Officials at the Norvik port authority said the talks would resume on Monday.\n"
)


def test_claims_never_read_as_a_double_negative_nor_show_resolver_jargon(tmp_path):
    note = tmp_path / "port-note.txt"
    note.write_text(PORT, encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert runner.invoke(app, ["ingest", "--db", db, "--published", "2026-05-26", str(note)]).exit_code == 0
    assert _run("claims", "--db", db) == (
        "ID                Source                                  Cue     Claim                                    "
        "          Certainty           Time        Tier  Scopes\n"
        "b12b48ca5cd2-001  The union (unidentified)                said    its members will not return to work before"
        " Friday  reported; negated   2026-05-29\n"
        "b12b48ca5cd2-002  The port authority                      denied  it had cancelled the Sunday crossings     "
        "         confirmed; negated  2026-05-24\n"
        "b12b48ca5cd2-003  Officials at the Norvik port authority  said    the talks would resume on Monday          "
        "         reported            2026-06-01\n"
    )


# ------------------------------------------------------------------ conflicts: outlets without a masthead
def test_conflict_sides_name_outlets_without_a_masthead(tmp_path):
    db = str(tmp_path / "k.db")
    for name, day, published, url in (
        ("norvik-daily.txt", "3 May 2026", "2026-05-26", None),
        ("harbour-notes.txt", "24 May 2026", "2026-05-27", "https://www.harbour-notes.example/k.html"),
    ):
        path = tmp_path / name
        path.write_text(
            f"Bridge reopens\n\nThe Kestrel Bridge in Norvik reopened on {day} after repairs, the city council said.\n",
            encoding="utf-8",
        )
        args = ["ingest", "--db", db, "--published", published, str(path)] + (["--url", url] if url else [])
        assert runner.invoke(app, args).exit_code == 0
    assert _run("conflicts", "--db", db) == (
        "c-049fc91ed696  date: date of reopen — Kestrel Bridge / Norvik   DISPUTED (margin 0.00)\n"
        "  Event: reopen (ev-9ab49dce351e, ev-e49f4218bb69); outlets: norvik-daily.txt, harbour-notes.example\n"
        "Value       Source            Outlet                 Date        Cue   Certainty  Claim             Side\n"
        "2026-05-24  the city council  harbour-notes.example  2026-05-27  said  reported   7bf3a0429498-001  disputed\n"
        "2026-05-03  the city council  norvik-daily.txt       2026-05-26  said  reported   4055f24b14a2-001  disputed\n"
        "  Reason: Disputed: weighted vote over 2 independent sources, 2026-05-24 0.64 (claim 7bf3a0429498-001"
        ' ("the city council", in harbour-notes.example, 2026-05-27), reported, 0.64) vs'
        ' 2026-05-03 0.64 (claim 4055f24b14a2-001 ("the city council", in norvik-daily.txt,'
        " 2026-05-26), reported, 0.64); margin 0.00 < 0.30, so no version stands yet. On this event, 1 question"
        " was compared: 0 agree, 1 in conflict.\n"
        "\n"
        "1 conflict: 0 resolved, 1 disputed or open\n"
        "1 question compared across 2 articles: 0 agree, 1 in conflict.\n"
    )
    data = json.loads(_run("conflicts", "--db", db, "--format", "json"))
    sources = [r for s in data[0]["sides"] for r in s["sources"]]
    assert [r["publisher"] for r in sources] == [None, None]  # as stored: neither page has a masthead
    assert [r["outlet"] for r in sources] == ["harbour-notes.example", "norvik-daily.txt"]  # what a reader sees


# ------------------------------------------------------------------ conflicts: values as a reader says them
@pytest.mark.parametrize(
    ("value", "facet", "shown"),
    [
        ("within P12M", "deadline", "within 12 months"),
        ("P1Y", "quantity", "1 year"),
        ("PT3H", "quantity", "3 hours"),
        ("within PT30M", "deadline", "within 30 minutes"),
        ("PT90M", "quantity", "90 minutes"),
        ("PT1H30M", "quantity", "1 hour 30 minutes"),
        ("P1Y6M", "deadline", "1 year 6 months"),
        ("PT45S", "quantity", "45 seconds"),
        ("2026-W10", "date", "week 10 of 2026"),
        ("2026-Q1", "date", "Q1 2026"),
        ("2026-SU", "date", "summer 2026"),
        ("2026-10-17TMO", "date", "2026-10-17 morning"),
        ("2026-10-19T07:40", "date", "2026-10-19 07:40"),
        ("2026-09 (START)", "date", "2026-09 (early)"),
        ("2026-07-15 (after)", "date", "2026-07-15 (after)"),
        ("120000000 EUR", "quantity", "120,000,000 EUR"),
        ("about 240", "quantity", "about 240"),
        ("2026", "date", "2026"),
        ("unclassified", "network_tier", "unclassified"),
    ],
)
def test_conflict_values_spell_out_timex_codes(value, facet, shown):
    from claimline.present.conflicts import readable

    assert readable(value, facet) == shown


def test_a_conflict_block_says_durations_in_words_in_its_rows_and_reason():
    from claimline.present.conflicts import plain_blocks

    def ref(claim: str, outlet: str, day: str) -> dict:
        return {"claim_id": claim, "publisher": outlet, "published": day, "source": None, "cue": None}

    conflict = {
        "id": "c-1",
        "facet": "deadline",
        "subject": ["Harbour Lines"],
        "status": "disputed",
        "margin": 0.0,
        "resolution": None,
        "reason": "Disputed: within P12M 0.70 (claim a-001) vs within P18M 0.70 (claim b-001).",
        "sides": [
            {
                "value": "within P12M",
                "status": "disputed",
                "sources": [{**ref("a-001", "Quay Post", "2026-05-14"), "modality": "confirmed"}],
            },
            {
                "value": "within P18M",
                "status": "disputed",
                "sources": [{**ref("b-001", "Rail Times", "2026-05-11"), "modality": "confirmed"}],
            },
        ],
    }
    assert "".join(plain_blocks([conflict])) == (
        "c-1  deadline — Harbour Lines   DISPUTED (margin 0.00)\n"
        "Value             Source    Outlet      Date        Cue  Certainty  Claim  Side\n"
        "within 12 months  (author)  Quay Post   2026-05-14       confirmed  a-001  disputed\n"
        "within 18 months  (author)  Rail Times  2026-05-11       confirmed  b-001  disputed\n"
        "  Reason: Disputed: within 12 months 0.70 (claim a-001) vs within 18 months 0.70 (claim b-001).\n\n"
    )


def test_on_a_terminal_only_the_events_own_words_are_bold(plain_db):
    from rich.console import Console

    from claimline import api
    from claimline.present.timeline_table import emit_timeline

    entries = api.timeline(api.open_store(plain_db), light=True).entries
    buf = io.StringIO()
    emit_timeline(entries, out=Console(file=buf, force_terminal=True, width=100, color_system="standard"))
    lines = buf.getvalue().splitlines()
    first = next(i for i, line in enumerate(lines) if "Orsa sank near Velmora (six crew)" in line)
    assert "\x1b[1mOrsa sank near Velmora (six crew)\x1b[0m" in lines[first]
    assert lines[first + 1].startswith("              The tug Orsa sank") and "\x1b[" not in lines[first + 1]


@pytest.mark.parametrize("fmt", ["table", "md", "html", "csv", "json"])
def test_the_claim_timeline_still_renders_in_every_format(plain_db, fmt):
    out = _run("timeline", "--claims", "--db", plain_db, "--format", fmt)
    assert "Orsa" in out and "harbour-note.txt" in out  # the outlet, never the article id alone
    if fmt == "md":
        assert "- **12 May 2026** — The tug Orsa sank near Velmora" in out and "**(" not in out


def test_changes_names_each_new_event_and_the_file_it_came_from(plain_db):
    assert _run("changes", "--db", plain_db).splitlines()[1:6] == [
        '  harbour-note.txt 2026-05-14 "Tug sinks near Velmora pier" (e6ba477ca205)',
        "",
        "New events (1)",
        "  12 May 2026 Orsa sank near Velmora (six crew) — The tug Orsa sank near Velmora on Tuesday with si…",
        '    reported by: harbour-note.txt 2026-05-14 "Tug sinks near Velmora pier" (e6ba477ca205)',
    ]
    data = json.loads(_run("changes", "--db", plain_db, "--format", "json"))
    assert [e["event"] for e in data["new_events"]] == ["Orsa sank near Velmora (six crew)", "Coastal Wire reported"]


def test_a_long_file_name_is_cut_at_an_underscore_not_broken_mid_word(tmp_path):
    note = tmp_path / "100911_Tug_Orsa_sinks_near_Velmora_pier.txt"
    note.write_text(NOTE, encoding="utf-8")
    db = str(tmp_path / "f.db")
    assert runner.invoke(app, ["ingest", "--db", db, "--published", "2026-05-14", str(note)]).exit_code == 0
    lines = _run("timeline", "--db", db).splitlines()
    assert [line[65:91].rstrip() for line in lines[2:4]] == ["the Coastal Wire", "(100911_Tug_Orsa…)"]
    data = json.loads(_run("timeline", "--db", db, "--format", "json"))
    assert data[0]["outlets"] == ["100911_Tug_Orsa_sinks_near_Velmora_pier.txt"]  # JSON keeps the whole name
