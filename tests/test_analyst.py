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
        "Date         Event                                                Who said it               Status\n"
        "12 May 2026  Orsa sank Velmora (six)                              the Coastal Wire          reported\n"
        "             The tug Orsa sank near Velmora on Tuesday with six   (harbour-note.txt)\n"
        "             crew on board, the Coastal Wire reported, quoting\n"
        "             the port authority.\n"
        "\n"
        "reported on  Coastal Wire reported                                the Coastal Wire          asserted\n"
        "14 May 2026  The tug Orsa sank near Velmora on Tuesday with six   (harbour-note.txt)\n"
        "             crew on board, the Coastal Wire reported, quoting\n"
        "             the port authority.\n"
    )


def test_markdown_leads_with_the_event_and_names_the_speaker_apart(plain_db):
    assert _run("timeline", "--db", plain_db, "--format", "md") == (
        "# Timeline\n\n"
        "- **12 May 2026** — **Orsa sank Velmora (six)** *(reported)*: The tug Orsa sank near Velmora on Tuesday"
        " with six crew on board, the Coastal Wire reported, quoting the port authority.\n"
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
        '<p class="label"><span class="event">Orsa sank Velmora (six)</span><span class="sentence">The tug Orsa' in page
    )
    assert '<span class="what"><span class="event">Coastal Wire reported</span> — The tug Orsa' in page


def test_a_page_without_a_publisher_is_named_by_its_file(plain_db):
    data = json.loads(_run("timeline", "--db", plain_db, "--format", "json"))
    assert [e["outlets"] for e in data] == [["harbour-note.txt"], ["harbour-note.txt"]]
    assert {r["publisher"] for e in data for r in e["reports"]} == {"harbour-note.txt"}
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
    return View(name=name, role=role, start=start)


def test_event_words_put_agents_before_the_trigger_and_drop_names_inside_longer_ones():
    event = View(
        trigger=View(text="won"),
        participants=[
            _p("Ministry of the Sea, Transport and Infrastructure", "theme", 40),
            _p("Ministry", "theme", 40),
            _p("Sea", "theme", 56),
            _p("Harbour Lines", "counterpart", 10),
            _p("Harbour Lines", "agent", 0),
        ],
        quantities=[View(text="ten-year"), View(text="ten-year")],
    )
    assert event_words(event) == "Harbour Lines won Ministry of the Sea, Transport and Infrastructure (ten-year)"
    assert event_words(View(trigger=View(text="closed"), participants=[], quantities=[])) == "closed"


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
