"""Review 11's timeline and CLI findings, through the CLI runner with exact output: one sentence is one entry unless
it tells two events (S8: the verb of attribution and an event noun beside the sentence's verb are mentions, listed
apart with ``--all``), so a hedge is never an entry ``confirmed`` of its own (S10); an entry dated by its first
report is labelled by a report of that day (S31); an event whose kind is disputed reads ``disputed`` (S27); the claim
timeline says ``negated`` unless someone denies it; ``show`` of an unknown event id names events (S15); the compared
line of ``conflicts --actor`` counts every article its conflicts cite (S20); a refused ingest leaves no store and
``-o`` into a missing folder is one red line (S14). The sentences are invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_hostile import invoke, one_error
from .test_timeline_truth import ingest_docs, timeline_of

ARREST = [
    (
        "Harbour Wire",
        "2026-10-06",
        "Police may have arrested a suspect in the Raskow market shooting on Monday, local media reported.",
    ),
    ("North Post", "2026-10-08", "Police confirmed they arrested a suspect in the Raskow market shooting on Monday."),
]


@pytest.mark.slow
def test_one_sentence_is_one_entry_and_a_hedge_is_no_confirmed_entry(tmp_path: Path) -> None:
    """S8 + S10: "may have arrested …, local media reported" gave an entry "reported … confirmed" of its own beside
    the arrest, and "Police confirmed they arrested" an entry "confirmed"; now the arrest is the one entry, and the
    two verbs of attribution are listed apart with --all."""
    db = tmp_path / "s.db"
    ingest_docs(db, tmp_path, ARREST)
    assert timeline_of(db) == (
        "Timeline\n"
        "Date        Event                                                 Who said it               Status\n"
        "5 Oct 2026  arrested suspect in Raskow market shooting            local media (Harbour      reported\n"
        "            Police confirmed they arrested a suspect in the       Wire); Police (North\n"
        "            Raskow market shooting on Monday.                     Post)\n"
    )
    assert timeline_of(db, "--all") == (
        "Timeline\n"
        "Date        Event                                                 Who said it               Status\n"
        "5 Oct 2026  arrested suspect in Raskow market shooting            local media (Harbour      reported\n"
        "            Police confirmed they arrested a suspect in the       Wire); Police (North\n"
        "            Raskow market shooting on Monday.                     Post)\n"
        "Mentioned beside another event\n"
        "Date         Event                                               Who said it               Status\n"
        "reported on  reported                                            local media (Harbour      confirmed\n"
        "6 Oct 2026   Police may have arrested a suspect in the Raskow    Wire)\n"
        "             market shooting on Monday, local media reported.\n"
        "\n"
        "reported on  confirmed they arrested suspect                     Police (North Post)       confirmed\n"
        "8 Oct 2026   Police confirmed they arrested a suspect in the\n"
        "             Raskow market shooting on Monday.\n"
    )
    listed = json.loads(timeline_of(db, "--all", "--format", "json"))
    assert [e["mention_only"] for e in listed] == [False, True, True]


@pytest.mark.slow
def test_two_verbs_of_one_sentence_stay_two_entries(tmp_path: Path) -> None:
    """S8's limit: "ten people died when the ferry sank" tells two events (two verbs); the noun "ferry" is no event."""
    db = tmp_path / "s.db"
    text = "Ten people died when the Quessa ferry sank on Wednesday, the coastguard said."
    ingest_docs(db, tmp_path, [("North Post", "2026-10-09", text)])
    assert [e["event"]["trigger"]["text"] for e in json.loads(timeline_of(db, "--format", "json"))] == [
        "died",
        "sank",
    ]


@pytest.mark.slow
def test_an_entry_dated_by_its_first_report_is_labelled_by_that_report(tmp_path: Path) -> None:
    """S31: the entry "reported on 7 Oct" was labelled with "A gas leak caused the Dallow blast, investigators
    confirmed", published on 9 Oct; the label is now what was reported by its date (the status still weighs both).
    The blast is an entry of its own: "caused" is causal attribution (class ``link`` of models/events.toml), a verb
    of another class than the blast it names."""
    db = tmp_path / "s.db"
    docs = [
        ("Harbour Wire", "2026-10-07", "The Dallow blast may have been caused by a gas leak, officials said."),
        ("North Post", "2026-10-09", "A gas leak caused the Dallow blast, investigators confirmed on Thursday."),
    ]
    ingest_docs(db, tmp_path, docs)
    assert timeline_of(db) == (
        "Timeline\n"
        "Date         Event                                                Who said it               Status\n"
        "reported on  Dallow blast                                         officials (Harbour        reported\n"
        "7 Oct 2026   The Dallow blast may have been caused by a gas       Wire); investigators\n"
        "             leak, officials said.                                (North Post)\n"
        "\n"
        "reported on  Dallow blast may have been caused                    officials (Harbour        reported\n"
        "7 Oct 2026   The Dallow blast may have been caused by a gas       Wire); investigators\n"
        "             leak, officials said.                                (North Post)\n"
    )


@pytest.mark.slow
def test_an_event_whose_kind_is_disputed_is_not_confirmed(tmp_path: Path) -> None:
    """S27: a memorandum of understanding / a contract of one signing is an open classification conflict; the
    signing's entry read "confirmed" under the contract side's sentence, it now reads disputed."""
    db = tmp_path / "s.db"
    docs = [
        (
            "Harbour Wire",
            "2026-10-06",
            "Vantor Telecom signed a memorandum of understanding with the Lorsk government on Tuesday to build a fibre"
            " network, the company said.",
        ),
        (
            "North Post",
            "2026-10-06",
            "Vantor Telecom signed a contract with the Lorsk government on Tuesday to build a fibre network, the"
            " digital ministry said.",
        ),
        (
            "Quay Post",
            "2026-10-07",
            "The Lorsk government and Vantor Telecom signed an agreement on Tuesday on a fibre network, officials"
            " said.",
        ),
    ]
    ingest_docs(db, tmp_path, docs)
    [conflict] = json.loads(invoke("conflicts", "--db", str(db), "--format", "json").stdout)
    assert (conflict["facet"], conflict["status"]) == ("classification", "disputed")
    assert timeline_of(db, "--actor", "Vantor") == (
        "Timeline\n"
        "Date        Event                                                 Who said it               Status\n"
        "6 Oct 2026  Vantor Telecom signed contract with Lorsk government  the digital ministry      disputed\n"
        "            Vantor Telecom signed a contract with the Lorsk       (North Post); the\n"
        "            government on Tuesday to build a fibre network, the   company (Harbour Wire);\n"
        "            digital ministry said.                                officials (Quay Post)\n"
    )


@pytest.mark.slow
def test_the_claim_timeline_says_negated_unless_someone_denies_it(tmp_path: Path) -> None:
    """`timeline --claims`: a negated claim was shown "denied"; negated is not denied — denied only under a verb of
    denial (a cue of models/cues.toml that negates)."""
    did_not = tmp_path / "n.db"
    (tmp_path / "n").mkdir()
    text = "Veltra did not sign a gas deal with Ostrava on Monday, the company said."
    ingest_docs(did_not, tmp_path / "n", [("North Post", "2026-06-04", text)])
    assert timeline_of(did_not, "--claims") == (
        "Timeline\n"
        "Date        Event                                                  Who said it          Status\n"
        "1 Jun 2026  Veltra did not sign a gas deal with Ostrava on Monday  Veltra (North Post)  negated\n"
    )
    denied = tmp_path / "d.db"
    (tmp_path / "d").mkdir()
    text = "Veltra denied on Monday that it had signed a gas deal with Ostrava."
    ingest_docs(denied, tmp_path / "d", [("North Post", "2026-06-04", text)])
    assert timeline_of(denied, "--claims") == (
        "Timeline\n"
        "Date        Event                                  Who said it          Status\n"
        "1 Jun 2026  it had signed a gas deal with Ostrava  Veltra (North Post)  denied\n"
    )


@pytest.mark.slow
def test_show_of_an_unknown_event_names_events(tmp_path: Path) -> None:
    """S15: `show ev-000000000000` said "no article, claim or conflict"; `show ""` asked for those three kinds."""
    db = tmp_path / "s.db"
    ingest_docs(db, tmp_path, ARREST[:1])
    one_error(invoke("show", "ev-000000000000", "--db", str(db)), "no event with ID 'ev-000000000000'")
    one_error(
        invoke("show", "", "--db", str(db)), "give an article, claim, conflict or event ID (or its first characters)"
    )
    one_error(invoke("show", "zzz", "--db", str(db)), "no article, claim, conflict or event with ID 'zzz'")


def test_the_compared_line_counts_every_article_its_conflicts_cite(sample_db: Path) -> None:
    """S20: `conflicts --actor Bundeswehr` lists conflicts citing three articles and said "compared across 2
    articles" (the larger of two counts); the articles are now counted once each, those the conflicts cite too."""
    listed = json.loads(invoke("conflicts", "--db", str(sample_db), "--actor", "Bundeswehr", "--format", "json").stdout)
    cited = {s["article_id"] for c in listed for side in c["sides"] for s in side["sources"]}
    assert len(cited) == 3
    res = invoke("conflicts", "--db", str(sample_db), "--actor", "Bundeswehr", "--summary")
    assert res.exit_code == 0
    assert res.stdout == "5 questions compared across 3 articles: 3 agree, 2 in conflict.\n"


@pytest.mark.slow
def test_a_refused_ingest_leaves_no_store_and_output_needs_its_folder(tmp_path: Path) -> None:
    """S14's rest: `ingest --published 2026-13-01 --db x.db` refused the date after making x.db; `timeline -o
    /missing/dir/tl.html` made the folder (a store is never made in a missing folder: neither is an output file)."""
    story = tmp_path / "a.txt"
    story.write_text("Vantor Telecom signed a contract with Lorsk on Tuesday, the ministry said.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    res = invoke("ingest", str(story), "--published", "2026-13-01", "--db", str(db))
    one_error(res, "not a date: '2026-13-01'")
    assert not db.exists()
    assert invoke("ingest", str(story), "--db", str(db)).exit_code == 0
    target = tmp_path / "missing" / "dir" / "tl.html"
    res = invoke("timeline", "--db", str(db), "-o", str(target))
    one_error(res, f"cannot write {target}: the folder {target.parent} does not exist")
    assert not target.parent.exists()


@pytest.mark.slow
def test_a_classification_shows_the_words_each_report_used(tmp_path: Path) -> None:
    """S23: "a preliminary agreement" / "a final agreement" were listed as "memorandum of understanding" / "contract",
    words the articles never used; each row now gives its report's phrase, the table's label in brackets (JSON keeps
    the label)."""
    db = tmp_path / "s.db"
    docs = [
        (
            "Harbour Wire",
            "2026-10-07",
            "Halden Chemicals reached a preliminary agreement with Tarrin council on Tuesday to build a plant, the"
            " company said.",
        ),
        (
            "North Post",
            "2026-10-07",
            "Halden Chemicals reached a final agreement with Tarrin council on Tuesday to build a plant, the council"
            " said.",
        ),
    ]
    ingest_docs(db, tmp_path, docs)
    listing = invoke("conflicts", "--db", str(db)).stdout.splitlines()
    rows = [line.split("  ")[0] for line in listing[3:5]]
    assert rows == ["final agreement (contract)", "preliminary agreement (memorandum of understanding)"]
    [conflict] = json.loads(invoke("conflicts", "--db", str(db), "--format", "json").stdout)
    assert [side["value"] for side in conflict["sides"]] == ["contract", "memorandum of understanding"]
    [cid] = [c for c in conflict["id"].split()]
    shown = invoke("show", cid, "--db", str(db)).stdout.splitlines()
    assert [line.split("  ")[0] for line in shown[3:5]] == rows


@pytest.mark.slow
def test_a_name_after_a_noun_with_its_figure_is_not_the_subject(tmp_path: Path) -> None:
    """S8's Marrabel label: "Around 1,400 wharfies at Kestrel Terminals walked out" read "Kestrel Terminals walked out
    (1,400 wharfies)" — the employer as the one who walked out; the subject is the wharfies (a figure in the noun
    phrase before "at" no longer hides it)."""
    db = tmp_path / "s.db"
    text = "Around 1,400 wharfies at Kestrel Terminals walked out at 6am yesterday, and the queue is already long."
    ingest_docs(db, tmp_path, [("Boxwatch", "2026-10-13", text)])
    assert timeline_of(db).splitlines()[2] == (
        "12 Oct 2026  Around 1,400 wharfies at Kestrel Terminals walked out            Boxwatch     confirmed"
    )
