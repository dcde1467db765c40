"""Review 10's timeline and CLI findings, through the CLI runner with exact output: one headline of a denial is one
entry and a negated event is ``negated`` unless someone denies it (R16); a running count is labelled by what rose,
and a firm report labels the event a hedged one also tells (R30); a misplaced option, an empty or foreign ``--db``
and a missing folder are one red line and exit 1 (R18, R19); ``timeline -o tl.html`` writes the page (R36); the
time vocabulary takes ``CLAIMLINE_LEXICONS`` additions, and the timeline reads them (R23). The sentences are invented
for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from .test_hostile import invoke, one_error
from .test_timeline_truth import ingest_docs, timeline_of


# ----------------------------------------------------------------------------------------------- R16
@pytest.mark.slow
def test_a_headline_denial_is_one_entry_with_the_event_it_denies(tmp_path: Path) -> None:
    """R16: "Halden denies resignation" gave a ``denied`` resignation and a ``confirmed`` denial, both labelled with
    the headline; now the denial is the resignation's entry (denied: someone denies it), labelled by the body."""
    db = tmp_path / "s.db"
    text = "Halden denies resignation\n\nTransport minister Mira Halden did not resign, her office said."
    ingest_docs(db, tmp_path, [("Harbour Wire", "2026-06-03", text)])
    assert timeline_of(db, "--actor", "Halden") == (
        "Timeline\n"
        "Date         Event                                                  Who said it               Status\n"
        "reported on  Mira Halden did not resign                             Harbour Wire; her office  denied\n"
        "3 Jun 2026   Transport minister Mira Halden did not resign, her     (Harbour Wire)\n"
        "             office said.\n"
    )
    # the denial is told by that entry; ``show`` of its event says so
    with sqlite3.connect(db) as con:
        [(frame, cluster)] = con.execute(
            "SELECT e.id, em.cluster_id FROM events e JOIN event_membership em ON em.event_id = e.id"
            " WHERE e.class = 'deny'"
        ).fetchall()
    shown = invoke("show", "--db", str(db), cluster)
    assert shown.stdout == (
        f"event {cluster}  (deny)\n"
        "  entry     a denial: the timeline entry of the event it denies tells it\n"
        "  reports   1\n"
        f"    {frame}  Harbour Wire  2026-06-03  'denies'  confirmed  (in no claim)\n"
        "      Halden denies resignation\n"
    )


@pytest.mark.slow
def test_a_negated_event_nobody_denies_is_negated_not_denied(tmp_path: Path) -> None:
    """R16: "did not resign … the bank said" is no denial: the entry reads ``negated`` (JSON too), never confirmed;
    the same fact denied by someone ("denied that she had resigned") reads ``denied``."""
    db = tmp_path / "s.db"
    text = "Karin Lund, the central bank governor, did not resign on Wednesday, the bank said."
    ingest_docs(db, tmp_path, [("Harbour Wire", "2026-06-03", text)])
    assert timeline_of(db) == (
        "Timeline\n"
        "Date        Event                                                   Who said it              Status\n"
        "3 Jun 2026  Karin Lund did not resign                               the bank (Harbour Wire)  negated\n"
        "            Karin Lund, the central bank governor, did not resign\n"
        "            on Wednesday, the bank said.\n"
    )
    assert [e["status"] for e in json.loads(timeline_of(db, "--format", "json"))] == ["negated"]
    denied = tmp_path / "d.db"
    (tmp_path / "d").mkdir()
    ingest_docs(
        denied, tmp_path / "d", [("Harbour Wire", "2026-06-03", "The bank denied that Karin Lund had resigned.")]
    )
    assert [e["status"] for e in json.loads(timeline_of(denied, "--format", "json"))] == ["denied"]


# ----------------------------------------------------------------------------------------------- R30
@pytest.mark.slow
def test_a_running_count_is_labelled_by_what_rose(tmp_path: Path) -> None:
    """R30: "The death toll from the Orvella flood rose to 14" read "Orvella flood rose to 14" (the flood rising);
    the flood's own entry read "Orvella flood rose". Now the toll rises, and the flood is the flood."""
    db = tmp_path / "s.db"
    text = "The death toll from the Orvella flood rose to 14 on Wednesday, officials said."
    ingest_docs(db, tmp_path, [("Harbour Wire", "2026-09-03", text)])
    # the flood is an event of its own (class flood since frames17), dated by its report: the text gives it no time
    assert timeline_of(db, "--actor", "Orvella") == (
        "Timeline\n"
        "Date         Event                                                Who said it               Status\n"
        "2 Sep 2026   death toll from the Orvella flood rose to 14         officials (Harbour Wire)  reported\n"
        "             The death toll from the Orvella flood rose to 14 on\n"
        "             Wednesday, officials said.\n"
        "\n"
        "reported on  Orvella flood                                        officials (Harbour Wire)  reported\n"
        "3 Sep 2026   The death toll from the Orvella flood rose to 14 on\n"
        "             Wednesday, officials said.\n"
    )


@pytest.mark.slow
def test_a_firm_report_labels_the_event_a_hedged_one_also_tells(tmp_path: Path) -> None:
    """R30: "Police may have arrested …" (first) and "Police arrested …" (later) are one entry, ``reported``; its
    label is the firm sentence, not the hedged one."""
    db = tmp_path / "s.db"
    hedged = "Police may have arrested the suspect Doran Pell on Monday, local media reported."
    firm = "Police arrested the suspect Doran Pell on Monday, police said."
    ingest_docs(db, tmp_path, [("Harbour Wire", "2026-09-01", hedged), ("North Post", "2026-09-04", firm)])
    assert timeline_of(db, "--actor", "Doran Pell") == (
        "Timeline\n"
        "Date         Event                                                Who said it               Status\n"
        "31 Aug 2026  arrested suspect Doran Pell                          local media (Harbour      reported\n"
        "             Police arrested the suspect Doran Pell on Monday,    Wire); police (North\n"
        "             police said.                                         Post)\n"
    )


# ------------------------------------------------------------------------------------------ R18, R19
def test_an_empty_db_is_one_red_line(tmp_path: Path) -> None:
    """R18: ``--db ''`` wrote to the default store; now one red line, exit 1, for a write and for a read."""
    doc = tmp_path / "a.txt"
    doc.write_text("Vantor Systems signed a contract with Orlen Buses on Monday.\n", encoding="utf-8")
    empty = "--db is empty: give a SQLite file path or a postgresql://user@host/dbname URL"
    one_error(invoke("ingest", str(doc), "--db", ""), empty)
    one_error(invoke("timeline", "--db", " "), empty)


def test_a_store_url_of_another_scheme_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """R18: ``--db mysql://x/y`` made a SQLite file at ``mysql:/x/y``; now it is refused (CLAIMLINE_DB too)."""
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "a.txt"
    doc.write_text("Vantor Systems signed a contract with Orlen Buses on Monday.\n", encoding="utf-8")
    message = "unsupported store URL mysql://…: a store is a SQLite file path or a postgresql://user@host/dbname URL"
    one_error(invoke("ingest", str(doc), "--db", "mysql://x/y"), message)
    monkeypatch.setenv("CLAIMLINE_DB", "mysql://x/y")
    one_error(invoke("conflicts"), message)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_missing_folder_is_not_made_a_store(tmp_path: Path) -> None:
    """R18: ``--db /typo/dir/x.db`` silently made the folders and a new store; now it says the folder is missing."""
    doc = tmp_path / "a.txt"
    doc.write_text("Vantor Systems signed a contract with Orlen Buses on Monday.\n", encoding="utf-8")
    target = tmp_path / "nowhere" / "deeper" / "x.db"
    one_error(
        invoke("ingest", str(doc), "--db", str(target)),
        f"cannot make a store at {target}: the folder {target.parent} does not exist",
    )
    assert not (tmp_path / "nowhere").exists()


def test_an_option_before_the_command_is_one_red_line_with_the_fix() -> None:
    """R19: ``claimline --db x.db ingest f.txt`` gave click's usage box and exit 2; now one red line that shows the
    command with the option after it, exit 1."""
    one_error(
        invoke("--db", "my x.db", "ingest", "f.txt"),
        "No such option: --db; options go after the command: claimline ingest --db 'my x.db' f.txt",
    )
    one_error(invoke("--bogus"), "No such option: --bogus (claimline -h lists the commands and their options)")


# ----------------------------------------------------------------------------------------------- R36
@pytest.mark.slow
def test_the_output_file_suffix_chooses_the_format(tmp_path: Path) -> None:
    """R36: ``timeline -o tl.html`` wrote the plain table into an .html file; the suffix now chooses the format
    (.html the page, .md Markdown, .json JSON, .txt the table), ``--format`` still wins (review 12 T16: another
    suffix is refused)."""
    db = tmp_path / "s.db"
    signed = "Vantor Systems signed a contract with Orlen Buses on Monday."
    ingest_docs(db, tmp_path, [("Harbour Wire", "2026-06-03", signed)])
    outputs = {}
    for name, *fmt in (("tl.html",), ("tl.md",), ("tl.json",), ("tl.txt",), ("forced.html", "--format", "md")):
        res = invoke("timeline", "--db", str(db), "-o", str(tmp_path / name), *fmt)
        assert res.exit_code == 0 and res.stderr == f"wrote {tmp_path / name}\n", res.output
        outputs[name] = (tmp_path / name).read_text(encoding="utf-8")
    assert outputs["tl.html"].startswith("<!DOCTYPE html>")
    assert outputs["tl.md"].startswith("# Timeline\n")
    assert json.loads(outputs["tl.json"])[0]["label"] == "Vantor Systems signed a contract with Orlen Buses on Monday."
    assert outputs["tl.txt"].startswith("Timeline\nDate ")
    assert outputs["forced.html"] == outputs["tl.md"]


# ----------------------------------------------------------------------------------------------- R23
@pytest.mark.slow
def test_time_words_take_lexicon_additions_and_the_timeline_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R23: a ``report_day_classes`` addition in ``CLAIMLINE_LEXICONS/timex/en.toml`` was ignored by the time
    vocabulary and the timeline; now an announcement told done with no date is dated by its first report, as a
    statement is, once the user lists ``announce``."""
    from claimline import api, lexicon_files
    from claimline.events import timeline as event_timeline

    db = tmp_path / "s.db"
    ingest_docs(db, tmp_path, [("Harbour Wire", "2026-06-03", "Vantor Systems announced a new drone factory.")])
    assert timeline_of(db).splitlines()[2].startswith("reported on  Vantor Systems announced new drone factory")
    extra = tmp_path / "extra"
    (extra / "timex").mkdir(parents=True)
    (extra / "timex" / "en.toml").write_text('[event_time]\nreport_day_classes = ["announce"]\n', encoding="utf-8")
    monkeypatch.setenv("CLAIMLINE_LEXICONS", str(extra))
    for cached in (lexicon_files.time_words, event_timeline._report_day_classes):
        cached.cache_clear()
    monkeypatch.setattr(api, "_STAMP", None)  # (the stamp of kept entries names the lexicon files: once a process)
    try:
        assert "announce" in lexicon_files.time_words()["event_time"]["report_day_classes"]
        assert timeline_of(db).splitlines()[2].startswith("3 Jun 2026  Vantor Systems announced new drone factory")
    finally:
        monkeypatch.delenv("CLAIMLINE_LEXICONS")
        for cached in (lexicon_files.time_words, event_timeline._report_day_classes):
            cached.cache_clear()
        api._STAMP = None


def test_lexicons_validates_the_time_vocabulary_with_its_additions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """R23: ``claimline lexicons`` checks ``timex/en.toml`` too, additions merged; a bad addition is one red line
    naming both files."""
    from claimline import lexicon_files
    from claimline.timex import vocab

    extra = tmp_path / "extra"
    (extra / "timex").mkdir(parents=True)
    (extra / "timex" / "en.toml").write_text("[event_time]\nreport_day_classes = 3\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMLINE_LEXICONS", str(extra))
    for cached in (lexicon_files.time_words, vocab.vocabulary):
        cached.cache_clear()
    try:
        shipped = lexicon_files.models_dir() / "timex" / "en.toml"
        one_error(
            invoke("lexicons"),
            f"invalid time vocabulary {shipped} + {extra / 'timex' / 'en.toml'}: event_time.report_day_classes:"
            " Input should be a valid list",
        )
    finally:
        monkeypatch.delenv("CLAIMLINE_LEXICONS")
        for cached in (lexicon_files.time_words, vocab.vocabulary):
            cached.cache_clear()
    assert "  timex/en.toml " in invoke("lexicons").stdout


def _frame(sentence: str, trigger: str, *parts: tuple[str, str], pos: str | None = None) -> Any:
    """A timeline entry's event (a view) of ``sentence``: ``trigger`` and (text, role) participants."""
    from claimline.views import View

    at = sentence.index(trigger)
    return View(
        trigger=View(text=trigger, start=at, end=at + len(trigger)),
        participants=[
            View(name=t, text=t, role=r, start=sentence.index(t), end=sentence.index(t) + len(t)) for t, r in parts
        ],
        quantities=[],
        pos=pos,
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "parts", "pos", "words"),
    [
        # R30: the toll rose, not the flood; the flood noun is the flood, not "flood rose"
        (
            "The death toll from the Orvella flood rose to 14 on Wednesday, officials said.",
            "rose",
            [("Orvella", "agent")],
            "verb",
            "death toll from the Orvella flood rose to 14",
        ),
        (
            "The death toll from the Orvella flood rose to 14 on Wednesday, officials said.",
            "flood",
            [("Orvella", "agent")],
            "noun",
            "Orvella flood",
        ),
        # an event noun keeps what it acts on ("talks with NATO"), not the verb after it
        (
            "OpenAI has moved to correct reports about its talks with NATO.",
            "talks",
            [("NATO", "counterpart")],
            "noun",
            "talks with NATO",
        ),
        # R38's agency: two names side by side are one agent
        (
            "The Kestane space agency launched its Aurel-2 rocket on Thursday, the agency said.",
            "launched",
            [("Kestane", "agent"), ("space agency", "agent"), ("Aurel-2", "theme")],
            "verb",
            "Kestane space agency launched Aurel-2 rocket",
        ),
        # an abbreviation and a name's full stop stay on their word
        (
            "Vantor signed an agreement with the U.S. Department of Defense last Friday.",
            "signed",
            [("Vantor", "agent"), ("U.S. Department of Defense", "counterpart")],
            "verb",
            "Vantor signed agreement with U.S. Department of Defense",
        ),
        (
            "Alpha Corp said it had signed a deal with Beta Ltd.",
            "signed",
            [("Alpha Corp", "agent"), ("Beta Ltd.", "theme")],
            "verb",
            "Alpha Corp had signed deal with Beta Ltd.",
        ),
    ],
)
def test_the_event_words_name_what_the_sentence_says(sentence, trigger, parts, pos, words) -> None:
    from claimline.events.display import event_words

    assert event_words(_frame(sentence, trigger, *parts, pos=pos), sentence) == words


def test_a_claim_conflict_heading_says_which_date() -> None:
    """R30: a claim-level date conflict read "date — Taveri" (which date?); now its question, as conflicts on events
    do; a question that only restates the facet keeps the short heading."""
    from claimline.present.conflicts import plain_blocks

    def conflict(facet: str, question: str) -> dict:
        return {
            "id": "c-1",
            "facet": facet,
            "question": question,
            "subject": ["Taveri"],
            "status": "disputed",
            "margin": 0.0,
            "resolution": None,
            "reason": None,
            "sides": [],
        }

    first = [
        next(plain_blocks([conflict(f, q)])).splitlines()[0]
        for f, q in (("date", "date of rise — Taveri"), ("network_tier", "network tier — Taveri"))
    ]
    assert first == [
        "c-1  date: date of rise — Taveri   DISPUTED (margin 0.00)",
        "c-1  network_tier — Taveri   DISPUTED (margin 0.00)",
    ]
