"""Review 9's timeline and CLI findings, through the CLI runner with exact output: a timeline entry's status is
its reports' factuality (W13 "unconfirmed reports" hedged, W14 "did not resign … and will stay" not denied, W36
one disputed figure never "confirmed"), a hedged plan of a person is in their timeline (W23), ``show`` takes every
id a listing prints (W21/W37), error texts without an empty field path (W26), ``--summary --format csv`` is csv
and a read never turns an empty file into a store (W17), and the listing's time words come from the normaliser's
loader (W30). The sentences are invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_hostile import invoke, one_error


def ingest_docs(db: Path, folder: Path, docs: list[tuple[str, str, str]]) -> None:
    """Each ``(outlet, published, text)`` written to ``folder`` and ingested into ``db`` through the CLI."""
    for k, (outlet, published, text) in enumerate(docs):
        path = folder / f"a{k}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        res = invoke("ingest", str(path), "--db", str(db), "--published", published, "--publisher", outlet)
        assert res.exit_code == 0, res.output


def timeline_of(db: Path, *args: str) -> str:
    """``claimline timeline --db DB ARGS`` through the CLI runner: its standard output (exit code 0)."""
    res = invoke("timeline", "--db", str(db), *args)
    assert res.exit_code == 0, res.output
    return res.stdout


@pytest.mark.slow
def test_unconfirmed_reports_are_hedged_not_confirmed(tmp_path: Path) -> None:
    """W13: "There were unconfirmed reports that X had been arrested" — the arrest is hedged, and the reports
    (the telling, with no one named, as "said" is) are no entry "confirmed" of their own."""
    db = tmp_path / "s.db"
    text = "There were unconfirmed reports that the Orsk governor Ivo Pask had been arrested."
    ingest_docs(db, tmp_path, [("Harbour Wire", "2026-06-03", text)])
    assert timeline_of(db) == (
        "Timeline\n"
        "Date         Event                                                              Who said it   Status\n"
        "reported on  had been arrested                                                  Harbour Wire  hedged\n"
        "3 Jun 2026   There were unconfirmed reports that the Orsk governor Ivo Pask\n"
        "             had been arrested.\n"
    )
    # without the doubt, the arrest is reported (a report noun with no one named is a report), not confirmed
    plain = tmp_path / "plain.db"
    (tmp_path / "plain").mkdir()
    ingest_docs(plain, tmp_path / "plain", [("Harbour Wire", "2026-06-03", text.replace("unconfirmed ", ""))])
    assert timeline_of(plain).splitlines()[2].endswith("Harbour Wire  reported")


@pytest.mark.slow
def test_a_clause_of_its_own_after_a_negated_one_is_not_denied(tmp_path: Path) -> None:
    """W14: "did not resign on Wednesday and will stay in post" — the resignation is negated (nobody denies it:
    review 10, R16), the staying is expected (a conjunct with an auxiliary of its own is not under the first verb's
    "not")."""
    db = tmp_path / "s.db"
    text = "Karin Lund, the central bank governor, did not resign on Wednesday and will stay in post, the bank said."
    ingest_docs(db, tmp_path, [("Harbour Wire", "2026-06-03", text)])
    assert timeline_of(db) == (
        "Timeline\n"
        "Date         Event                                                 Who said it              Status\n"
        "3 Jun 2026   Karin Lund did not resign                             the bank (Harbour Wire)  negated\n"
        "             Karin Lund, the central bank governor, did not\n"
        "             resign on Wednesday and will stay in post, the bank\n"
        "             said.\n"
        "\n"
        "reported on  Karin Lund will stay                                  the bank (Harbour Wire)  expected\n"
        "3 Jun 2026   Karin Lund, the central bank governor, did not\n"
        "             resign on Wednesday and will stay in post, the bank\n"
        "             said.\n"
    )


WILDFIRE = [
    ("Harbour Wire", "2026-06-04", "A wildfire near Castel forced 4 villages to be evacuated on Thursday."),
    ("North Post", "2026-06-04", "A wildfire near Castel forced 9 villages to be evacuated on Thursday."),
]


@pytest.mark.slow
def test_a_sentence_two_outlets_tell_with_two_figures_is_never_confirmed(tmp_path: Path) -> None:
    """W36: every entry told only by the two sentences that disagree (4 villages, 9 villages) reads disputed,
    as the conflict on the figure does — none "confirmed" with one outlet's figure. The forcing, told done in a
    same-day report beside its Thursday (the publication day), is shown by that day (time30)."""
    db = tmp_path / "s.db"
    ingest_docs(db, tmp_path, WILDFIRE)
    assert timeline_of(db) == (
        "Timeline\n"
        "Date           Event                                              Who said it               Status\n"
        "by 4 Jun 2026  Castel forced 4 villages                           Harbour Wire, North Post  disputed\n"
        "               A wildfire near Castel forced 4 villages to be\n"
        "               evacuated on Thursday.\n"
        "\n"
        "4 Jun 2026     Castel to be evacuated                             Harbour Wire, North Post  disputed\n"
        "               A wildfire near Castel forced 4 villages to be\n"
        "               evacuated on Thursday.\n"
    )
    # the noun "wildfire" of that sentence is no entry of its own (review 11, S8): listed with --all only
    assert timeline_of(db, "--all").count("reported on  wildfire near Castel forced 4 villages") == 1
    # ... and an outlet that agrees with itself, told once, stays confirmed
    one = tmp_path / "one.db"
    (tmp_path / "one").mkdir()
    ingest_docs(one, tmp_path / "one", WILDFIRE[:1])
    assert "disputed" not in timeline_of(one)


@pytest.mark.slow
def test_a_hedged_plan_is_in_the_persons_timeline(tmp_path: Path) -> None:
    """W23: "Edvard Lund is likely to resign" — the resignation is his (an adjective predicate passes its
    subject on), so ``--actor "Edvard Lund"`` and ``--actor Lund`` find it."""
    db = tmp_path / "s.db"
    ingest_docs(
        db,
        tmp_path,
        [("Harbour Wire", "2026-06-01", "Finance minister Edvard Lund is likely to resign, officials said on Monday.")],
    )
    want = (
        "Timeline\n"
        "Date         Event                                                  Who said it               Status\n"
        "reported on  Edvard Lund is likely to resign                        officials (Harbour Wire)  hedged\n"
        "1 Jun 2026   Finance minister Edvard Lund is likely to resign,\n"
        "             officials said on Monday.\n"
    )
    assert timeline_of(db, "--actor", "Edvard Lund") == want
    assert timeline_of(db, "--actor", "Lund") == want


@pytest.mark.slow
def test_show_takes_the_event_and_statement_ids_the_conflict_listing_prints(tmp_path: Path) -> None:
    """W21/W37: the event id (``Event: … (ev-…)``) and an outlet's own side (``own:…``) of a conflict are shown,
    each with its sentences; ``show CONFLICT`` prints the own side's sentence too."""
    db = tmp_path / "s.db"
    ingest_docs(
        db,
        tmp_path,
        [
            (
                "Harbour Wire",
                "2026-07-13",
                "A wildfire raged near Montclar on Sunday. "
                "Three villages were emptied during the night, the fire service said.",
            ),
            (
                "North Post",
                "2026-07-14",
                "A wildfire raged near Montclar on Sunday. The fire has forced four villages to be evacuated.",
            ),
        ],
    )
    (conflict,) = json.loads(invoke("conflicts", "--db", str(db), "--format", "json").stdout)
    (cluster,) = conflict["event"]["cluster_ids"]
    own = next(c for s in conflict["sides"] for c in s["claim_ids"] if c.startswith("own:"))
    claim = next(c for s in conflict["sides"] for c in s["claim_ids"] if not c.startswith("own:"))
    listing = invoke("conflicts", "--db", str(db)).stdout
    assert f"({cluster})" in listing and own in listing
    frame, aid = own.removeprefix("own:"), own.removeprefix("own:").split("-")[0]
    res = invoke("show", cluster, "--db", str(db))
    assert res.exit_code == 0, res.output
    assert res.stdout == (
        f"event {cluster}  (measure)\n"
        "  figures   a number with its measured noun: compared, not a timeline entry\n"
        f"  conflicts {conflict['id']}\n"
        "  reports   2\n"
        f"    {claim.split('-')[0]}-e003  Harbour Wire  2026-07-13  'Three'  confirmed  claim {claim}\n"
        "      Three villages were emptied during the night, the fire service said.\n"
        f"    {frame}  North Post  2026-07-14  'four'  confirmed  (in no claim)\n"
        "      The fire has forced four villages to be evacuated.\n"
    )
    res = invoke("show", own, "--db", str(db))
    assert res.exit_code == 0, res.output
    assert res.stdout == (
        f"statement {own}  (the outlet's own words, in no claim)\n"
        f"  article   {aid}  North Post  2026-07-14\n"
        "  sentence  The fire has forced four villages to be evacuated.\n"
        "  trigger   four [62:66] (measure)\n"
        "  certainty confirmed\n"
        "  figures   four (4 village)\n"
        f"  event     {cluster}\n"
        f"  conflicts {conflict['id']}\n"
    )
    assert json.loads(invoke("show", own, "--db", str(db), "--format", "json").stdout)["sentence"] == (
        "The fire has forced four villages to be evacuated."
    )
    shown = invoke("show", conflict["id"], "--db", str(db)).stdout
    assert shown.endswith(
        f"  {own}  North Post 2026-07-14 (outvoted)\n    The fire has forced four villages to be evacuated.\n"
    )
    one_error(
        invoke("show", "own:nope-e001", "--db", str(db)),
        "no outlet statement with ID 'own:nope-e001' (its frame is not in the store)",
    )


def test_load_and_eval_errors_have_no_empty_field_path(tmp_path: Path) -> None:
    """W26: a line that is not JSON at all is "Invalid JSON: …", not ": Invalid JSON"."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    res = invoke("load", str(bad), "--db", str(tmp_path / "s.db"))
    assert res.exit_code == 1
    assert res.stderr == f"Error: {bad}:1: Invalid JSON: expected ident at line 1 column 2\n"
    gold = tmp_path / "gold.txt"
    gold.write_text("hello\n")
    one_error(invoke("eval", str(gold)), f"invalid gold file {gold}: Invalid JSON: expected value at line 1 column 1")


def test_summary_csv_is_csv_and_a_read_never_makes_a_store_of_an_empty_file(tmp_path: Path) -> None:
    """W17: ``conflicts --summary --format csv`` is a header and a row (jsonl one object); a read command given
    an empty file (or an empty SQLite database) as ``--db`` is one red line and leaves the file as it was."""
    from .test_hostile import small_store

    db = tmp_path / "s.db"
    small_store(db, 2)
    assert invoke("conflicts", "--db", str(db), "--summary", "--format", "csv").stdout == (
        "questions_compared,articles,agree,in_conflict\n0,0,0,0\n"
    )
    assert invoke("conflicts", "--db", str(db), "--summary", "--format", "jsonl").stdout == (
        '{"questions_compared": 0, "articles": 0, "agree": 0, "in_conflict": 0}\n'
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for command in ("timeline", "conflicts", "claims", "articles"):
        one_error(
            invoke(command, "--db", str(empty)),
            f"{empty} is an empty file, not a claimline store; ingest articles into it first",
        )
    assert empty.stat().st_size == 0
    import sqlite3

    blank = tmp_path / "blank.db"
    sqlite3.connect(blank).execute("PRAGMA user_version = 1").connection.close()
    one_error(
        invoke("claims", "--db", str(blank)),
        f"{blank} is an empty database, not a claimline store; ingest articles into it first",
    )


def test_the_listing_reads_its_time_words_through_the_normalisers_loader() -> None:
    """W30: "TDT" reads "daytime" (a word of its own in models/timex/en.toml), and the conflicts listing does not
    open that file itself: its words are the normaliser's, from the one loader."""
    from claimline.present import conflicts

    assert conflicts.readable("2026-10-17TDT") == "2026-10-17 daytime"
    assert conflicts.readable("2026-10-17TNI") == "2026-10-17 night"
    source = Path(conflicts.__file__).read_text(encoding="utf-8")
    assert "models_dir" not in source and "tomllib.load" not in source and "read_text" not in source


@pytest.mark.slow
def test_no_answer_is_no_denial(tmp_path: Path) -> None:
    """W15: "X did not respond to a request for comment" is speech not given (commentary: ``--all`` lists it), not
    an event X denied in X's timeline."""
    db = tmp_path / "s.db"
    text = (
        "Orvik Paper closed its Lund mill on Tuesday, the union said. "
        "Orvik Paper did not respond to a request for comment."
    )
    ingest_docs(db, tmp_path, [("North Post", "2026-06-04", text)])
    assert timeline_of(db, "--actor", "Orvik Paper") == (
        "Timeline\n"
        "Date        Event                                                   Who said it             Status\n"
        "2 Jun 2026  Orvik Paper closed Lund mill                            the union (North Post)  reported\n"
        "            Orvik Paper closed its Lund mill on Tuesday, the union\n"
        "            said.\n"
    )
    assert "Orvik Paper did not respond to request               North Post              commentary\n" in (
        timeline_of(db, "--all")
    )


def test_commands_that_print_one_record_take_table_or_json_only(tmp_path: Path) -> None:
    """A format a command cannot print is one red line, not a table under another name."""
    from .test_hostile import small_store

    db = tmp_path / "s.db"
    small_store(db)
    for args in (["info", "--db", str(db)], ["lexicons"], ["show", "nope", "--db", str(db)]):
        one_error(
            invoke(*args, "-f", "csv"), "Invalid value for '--format' / '-f': 'csv' is not one of 'table', 'json'."
        )
    one_error(
        invoke("extract", "-", "-f", "md"), "Invalid value for '--format' / '-f': 'md' is not one of 'json', 'jsonl'."
    )


@pytest.mark.slow
def test_the_subject_of_an_expected_start_is_expected(tmp_path: Path) -> None:
    """ "Officials expect the Velland pilot to begin in October": the pilot is expected (was hedged; on the sample
    articles "NATO officials expect the OpenAI pilot to begin" read confirmed)."""
    db = tmp_path / "s.db"
    ingest_docs(
        db,
        tmp_path,
        [("North Post", "2026-06-01", "Officials expect the Velland pilot to begin in October, the ministry said.")],
    )
    # one sentence, one entry (review 11, S8): the beginning, in October; the noun "pilot" beside it is listed
    # with --all only, expected too, and dated by its beginning (review 11, S9: the pilot's told_time)
    assert timeline_of(db).splitlines()[2:] == [
        "Oct 2026  Officials expect the Velland pilot to begin             the ministry (North       expected",
        "          Officials expect the Velland pilot to begin in          Post)",
        "          October, the ministry said.",
    ]
    listed = timeline_of(db, "--all").splitlines()
    aside = listed.index("Mentioned beside another event")
    assert listed[aside + 2] == (
        "Oct 2026  Velland pilot to begin                                  the ministry (North       expected"
    )
