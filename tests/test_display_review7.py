"""Review 7 R14: what a timeline entry shows never reads the opposite of its sentence, and names only
the actors its sentence names. Invented text; the CLI runs as a user would run it."""

from __future__ import annotations

import json

import pytest

from claimline.events.display import event_words
from claimline.views import View

from .conftest import run_cli, story_store

STORY = (
    "Harbour deal collapses\n\n"
    "Brennick Shipping failed to sign the two-year deal with Carrow port on Tuesday. "
    "Carrow port has not yet awarded the dredging contract to Halden Marine, which it picked in April. "
    "The lease with Tolvey Freight was cancelled by Marsh County Council on Wednesday. "
    "Brennick Shipping declined to renew its contract with Carrow port, the company said.\n"
)


_run = run_cli


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return story_store(tmp_path_factory.mktemp("display7"), "harbour.txt", STORY)


def _row(out: str, words: str) -> str:
    """The table line whose event column starts with ``words``, spaces squeezed."""
    for line in out.splitlines():
        squeezed = " ".join(line.split())
        if words in squeezed:
            return squeezed
    raise AssertionError(f"no line with {words!r} in:\n{out}")


def test_an_event_under_a_failing_verb_reads_negated_never_confirmed(db):
    """(``negated``, not ``denied``: nobody denies it, the text says it did not happen; review 10, R16)"""
    out = _run("timeline", "--db", db)
    assert _row(out, "failed to sign") == (
        "2 Jun 2026 Brennick Shipping failed to sign two-year deal with Carrow port harbour.txt negated"
    )
    assert _row(out, "declined to renew").endswith(" negated")


def test_not_yet_stays_in_the_words_with_the_subject_as_written(db):
    out = _run("timeline", "--db", db)
    assert _row(out, "awarded dredging") == (
        "reported on Carrow port has not yet awarded dredging contract to Halden Marine harbour.txt negated"
    )


def test_a_passive_keeps_its_subject(db):
    out = _run("timeline", "--db", db)
    assert _row(out, "was cancelled by") == (
        "3 Jun 2026 lease with Tolvey Freight was cancelled by Marsh County Council harbour.txt confirmed"
    )


def test_a_relative_clause_keeps_its_own_factuality(db):
    out = _run("timeline", "--db", db)
    row = _row(out, "picked")
    assert row.startswith("Apr 2026 ") and row.endswith(" picked harbour.txt confirmed")


def _view(sentence: str, trigger: str, agent: str, text: str) -> View:
    """A frame of ``sentence`` (at 100 in its article) whose agent ``text`` coreference named ``agent``."""
    at, where = sentence.index(trigger), sentence.index(text)
    return View(
        trigger=View(text=trigger, start=100 + at, end=100 + at + len(trigger)),
        participants=[View(name=agent, text=text, role="agent", start=100 + where)],
        quantities=[],
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "agent", "text", "words"),
    [
        # a pronoun resolved to a name its sentence does not hold: the sentence's own word, not the name
        ("Halden Marine won the tender, which it chose in May.", "chose", "Orlen Buses", "it", "it chose"),
        (
            "The council refused to pay the invoice.",
            "pay",
            "Marsh County Council",
            "council",
            "The council refused to pay invoice",
        ),
        # a name the sentence holds is shown by its name
        (
            "Orvane Systems said it had signed the lease.",
            "signed",
            "Orvane Systems",
            "it",
            "Orvane Systems had signed lease",
        ),
    ],
)
def test_an_agent_is_named_only_as_its_own_sentence_names_it(sentence, trigger, agent, text, words):
    assert event_words(_view(sentence, trigger, agent, text), sentence) == words


def test_the_words_read_the_same_in_json_markdown_and_csv(db):
    md = _run("timeline", "--db", db, "--format", "md")
    assert "Brennick Shipping failed to sign two-year deal with Carrow port" in md
    tuesday = next(line for line in md.splitlines() if line.startswith("- **2 Jun 2026**"))
    assert tuesday.startswith(
        "- **2 Jun 2026** — **Brennick Shipping failed to sign two-year deal with Carrow port** *(negated)*"
    )
    csv = _run("timeline", "--db", db, "--format", "csv")
    row = next(line for line in csv.splitlines() if "failed to sign the two-year" in line)
    assert "negated" in row and "confirmed" not in row


LONG = (
    "Kelso bus deal\n\n"
    "The 96 million euro contract for electric buses, depots and chargers on the Kelso ring road was awarded "
    "to Orlen Buses in May, and Orlen Buses and Greyfield Council signed it in June. "
    "Greyfield Council must now score the existing bids again, using clearer rules. "
    "Orlen Buses is also weighing its options, according to one of the people.\n"
)


@pytest.fixture(scope="module")
def long_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("display7long")
    story = folder / "kelso.txt"
    story.write_text(LONG, encoding="utf-8")
    path = str(folder / "k.db")
    _run("ingest", "--db", path, "--published", "2026-07-02", str(story))
    return path


def test_a_long_sentence_is_cut_around_its_event_not_before_it(long_db):
    out = _run("timeline", "--db", long_db)
    assert _row(out, "signed it") == "Jun 2026 Orlen Buses, Greyfield Council signed it kelso.txt confirmed"
    entries = json.loads(_run("timeline", "--db", long_db, "--format", "json"))
    june = next(e for e in entries if e["date_label"] == "Jun 2026")
    assert june["label"].startswith("…") and june["label"].endswith("Greyfield Council signed it in June.")


def test_a_subject_is_never_a_piece_of_a_coordination(long_db):
    out = _run("timeline", "--db", long_db)
    assert _row(out, "was awarded") == "May 2026 was awarded to Orlen Buses (96 million euro) kelso.txt confirmed"


def test_a_noun_names_no_agent_from_several_words_back_nor_a_part_as_an_amount(long_db):
    # (the object "bids" of "must now score the existing bids" is a mention beside "score": --all lists it)
    out = _run("timeline", "--db", long_db, "--all")
    assert _row(out, "reported on bids") == "reported on bids kelso.txt confirmed"  # ("again" is not what it acts on)
    assert "Greyfield Council bids" not in out
    assert "(one of" not in out


def test_one_article_telling_two_acts_of_one_event_does_not_dispute_itself(tmp_path):
    story = tmp_path / "buses.txt"
    story.write_text(
        "Bus contract ends\n\nGreyfield Council will not renew its contract with Orlen Buses, the council said. "
        "The contract with Orlen Buses was cancelled by Greyfield Council on Monday.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "b.db")
    _run("ingest", "--db", db, "--published", "2026-06-05", str(story))
    out = _run("timeline", "--db", db)
    assert "disputed" not in out
    assert _row(out, "will not renew").endswith(" negated")


def test_a_pronoun_is_named_by_a_name_before_it_never_by_one_after_it():
    sentence = "It took over the depots in 2023 after a tender run by the Kelso Transit Board."
    event = _view(sentence, "took", "Kelso Transit Board", "It")
    assert event_words(event, sentence) == "It took over depots"


def test_a_verb_in_an_indirect_question_is_not_negated_by_the_clause_above(tmp_path):
    story = tmp_path / "rent.txt"
    story.write_text(
        "Drivers speak\n\nThe landlord in this town doesn't care how much the drivers earned in March.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "r.db")
    _run("ingest", "--db", db, "--published", "2026-06-05", str(story))
    out = _run("timeline", "--db", db)
    assert "denied" not in _row(out, "earned")


@pytest.mark.parametrize(
    ("sentence", "trigger", "parts", "words"),
    [
        # a passive's agent after "by" and its determiner is kept where it stands, not put before the verb
        (
            "Tarvo, which is owned by a Danish shipping group, runs four ferries.",
            "owned",
            [("Danish", "agent")],
            "is owned by Danish shipping group",
        ),
        # "no" before the agent is the event's negation, kept in the words
        (
            "If the strike goes ahead, no Brisk Rail trains will run on Monday.",
            "run",
            [("Brisk Rail", "agent")],
            "no Brisk Rail trains will run",
        ),
    ],
)
def test_the_words_keep_a_by_agent_in_place_and_a_negative_determiner(sentence, trigger, parts, words):
    at = sentence.index(trigger)
    event = View(
        trigger=View(text=trigger, start=100 + at, end=100 + at + len(trigger)),
        participants=[View(name=n, text=n, role=r, start=100 + sentence.index(n)) for n, r in parts],
        quantities=[],
    )
    assert event_words(event, sentence) == words


@pytest.mark.parametrize(
    ("sentence", "trigger", "agent", "words"),
    [
        (
            "The ministry plans to revoke Tarvo Lines' licence to operate the Kelso route.",
            "operate",
            "Tarvo Lines",
            "Tarvo Lines' licence to operate Kelso route",
        ),
        (
            "Greyfield Council's plan to close the depot was dropped.",
            "close",
            "Greyfield Council",
            "Greyfield Council's plan to close depot was dropped",
        ),
    ],
)
def test_an_agents_own_noun_after_its_possessive_stays_in_the_words(sentence, trigger, agent, words):
    at = sentence.index(trigger)
    event = View(
        trigger=View(text=trigger, start=100 + at, end=100 + at + len(trigger)),
        participants=[View(name=agent, text=agent, role="agent", start=100 + sentence.index(agent))],
        quantities=[],
    )
    assert event_words(event, sentence) == words


@pytest.mark.parametrize(
    ("sentence", "agents", "words"),
    [
        (
            "Kelso Mills chief executive Nora Vane signed the lease.",
            ("Kelso Mills", "Nora Vane"),
            "Nora Vane signed lease",
        ),
        (
            "The Danish ferry operator Tarvo Lines signed the lease.",
            ("Danish", "Tarvo Lines"),
            "Tarvo Lines signed lease",
        ),
        (
            "The Kelso Port Authority (KPA) signed the lease.",
            ("Kelso Port Authority", "KPA"),
            "Kelso Port Authority signed lease",
        ),
        (
            "Earlier, Kelso's port agency signed the lease.",
            ("Kelso", "port agency"),
            "Kelso's port agency signed lease",
        ),
        # two agents joined by "and" are both named
        (
            "Orlen Buses and Greyfield Council signed the lease.",
            ("Orlen Buses", "Greyfield Council"),
            "Orlen Buses, Greyfield Council signed lease",
        ),
    ],
)
def test_a_name_that_only_modifies_the_next_is_not_a_second_agent(sentence, agents, words):
    at = sentence.index("signed")
    event = View(
        trigger=View(text="signed", start=100 + at, end=100 + at + 6),
        participants=[View(name=a, text=a, role="agent", start=100 + sentence.index(a)) for a in agents],
        quantities=[],
    )
    assert event_words(event, sentence) == words


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Orlen Buses didn't sign the lease.", "Orlen Buses didn't sign lease"),
        ('The board said it "cannot sign a lease with gaps".', "cannot sign lease with gaps"),
    ],
)
def test_a_contracted_or_joined_negation_stays_in_the_words(sentence, words):
    at = sentence.index("sign")
    parts = [View(name="Orlen Buses", text="Orlen Buses", role="agent", start=100)] if "Orlen" in sentence else []
    event = View(trigger=View(text="sign", start=100 + at, end=100 + at + 4), participants=parts, quantities=[])
    assert event_words(event, sentence) == words
