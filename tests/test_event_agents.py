"""Who did it: the ``agent`` facet of conflicts on events (claimline.reconcile.agents). Two outlets naming two
agents for one event disagree ("the Ministry of Finance ordered the pause" / "the Data Protection Inspectorate
ordered the pause"); one agent in other words ("police" / "officers", a name and its acronym, a person and the
body they act for, several agents and one of them, a generic "the authorities") is agreement
(``[agents]`` of ``models/comparison.toml``). The articles are invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimline.reconcile import agents

from .helpers import through_store
from .test_agreeing_stories import _pair
from .test_hostile import invoke

ORDERED_BY_MINISTRY = "The Ministry of Finance ordered a pause of the Davko chatbot on Monday, the ministry said."
ORDERED_BY_INSPECTORATE = (
    "The Data Protection Inspectorate ordered a pause of the Davko chatbot on Monday, the inspectorate said."
)

DISAGREEING = {
    "two bodies ordered one pause": (
        _pair(ORDERED_BY_MINISTRY, ORDERED_BY_INSPECTORATE),
        ["Data Protection Inspectorate", "Ministry of Finance"],
    ),
    "a passive agent against an active one": (
        _pair(
            "The tanker Merel Star was boarded by the Varnos Navy on Tuesday.",
            "The Orsk Coast Guard boarded the tanker Merel Star on Tuesday.",
        ),
        ["Orsk Coast Guard", "Varnos Navy"],
    ),
    "two police forces told apart by their names, a noun's agent after it": (
        _pair(
            "The detention of the smuggler Oren Palk by Lorn Police on Friday ended a long chase.",
            "The smuggler Oren Palk was detained by Vesk Police on Friday.",
        ),
        ["Lorn Police", "Vesk Police"],
    ),
    "two navies, the nationality word parsed apart from one": (
        _pair(
            "The Estonian navy boarded the tanker Merel on Tuesday.",
            "The Latvian navy boarded the tanker Merel on Tuesday.",
        ),
        ["Estonian navy", "Latvian navy"],
    ),
    "a capitalised word before a kind's noun: the noun is the agent": (
        _pair(
            "Store closed\n\nFood inspectors closed the Velmart store in Dorne on Tuesday.",
            "Store closed\n\nThe city council closed the Velmart store in Dorne on Tuesday.",
        ),
        ["Food inspectors", "city council"],
    ),
    # undated reports of one event, the one setting the other's agent aside ("not by ..."): its own agent only
    "a correction sets the other's agent aside": (
        _pair(
            "An inspection led by the Varnos Coast Guard found 40 kilograms of cocaine on the trawler Merel, the"
            " ministry said.",
            "The inspection of the trawler Merel was led by the Orsk Customs Agency, not by the Varnos Coast Guard,"
            " the ministry said.",
        ),
        ["Orsk Customs Agency", "Varnos Coast Guard"],
    ),
    "a correction of a raid's agent": (
        _pair(
            "The raid on the Kavra Energy offices in Lisk was carried out by the Orsk Police, the prosecutor said.",
            "The raid on the Kavra Energy offices in Lisk was carried out by the Varnos Customs Service, not by"
            " the Orsk Police, the prosecutor said.",
        ),
        ["Orsk Police", "Varnos Customs Service"],
    ),
    # a doer described by its kind, not named ([agent_kinds] of models/events.toml): the subject of a verb or its
    # agent after "by", as a name is
    "a kind of doer as the subject, against a named body, neither dated": (
        _pair(
            "The coastguard closed the Varn estuary channel to shipping after the grounding, the ministry said.",
            "The harbour master of the Lisk Port Authority closed the Varn estuary channel to shipping after the"
            " grounding, the ministry said.",
        ),
        ["Lisk Port Authority", "coastguard"],
    ),
    "a kind of doer after 'by' against another kind": (
        _pair(
            "The north gate of the Kestrel Arena was closed by stewards on Saturday, the club said.",
            "Police closed the north gate of the Kestrel Arena on Saturday, the club said.",
        ),
        ["police", "steward"],
    ),
    # neither dated, in two clusters: acting on one thing (the chatbot both name), one act told two ways
    "a maker and an in-house build of one system, neither dated": (
        _pair(
            "The Orla tax chatbot was developed by Vantor Systems, a software house in Lisk, under a contract the tax"
            " office awarded last year, the ministry said.",
            "The Orla tax chatbot, which was developed in-house by the Varnos Tax Administration, was switched off on"
            " Monday, the ministry said.",
        ),
        ["Vantor Systems", "Varnos Tax Administration"],
    ),
    # the doer of a strike is who called or organised it ("the strike called by the union", "the walkout, organised
    # by the federation": doing_verbs of models/events.toml)
    "two unions called one strike": (
        _pair(
            "Monday's pay strike at Lisk airport was called by the Varnos Transport Union, the airport said.",
            "Monday's pay strike at Lisk airport, organised by the Lisk Aviation Workers Union, grounded 40 flights,"
            " the airport said.",
        ),
        ["Lisk Aviation Workers Union", "Varnos Transport Union"],
    ),
    # a name the parse also takes in parts ("Ministry", "Digital Affairs") is one agent: its part "Ministry"
    # is no name of every ministry
    "two ministries, one name parsed in parts too": (
        _pair(
            "The Ministry of Digital Affairs ordered a pause of the Orla chatbot on Monday, the ministry said.",
            "The Ministry of Finance ordered a pause of the Orla chatbot on Monday, the ministry said.",
        ),
        ["Ministry of Digital Affairs", "Ministry of Finance"],
    ),
    "soldiers and police caught the fugitives": (
        _pair(
            "Soldiers on a night exercise caught the fugitives Oren Palk and Ivo Pask near Dorne on Friday, the"
            " prosecutor said.",
            "Police caught the fugitives Oren Palk and Ivo Pask near Dorne on Friday, the prosecutor said.",
        ),
        ["police", "soldier"],
    ),
}

AGREEING = {
    # undated reports of two acts of one kind on two things: two orders, not one order told two ways
    "an undated order to residents and one to the operator": _pair(
        "The provincial governor ordered people living near the Dorne plant to stay indoors, the province said.",
        "The labour inspectorate had ordered the operator Velmart Chemicals to replace the valves, the union said.",
    ),
    # agents named as alternatives ("by X or by Y") take no side
    "an appeal open to several parties and one who may appeal": _pair(
        "The ruling can be appealed to the sports court by the athlete, by the Varnos Ski Federation or by the"
        " anti-doping agency, the court said.",
        "Ivo Pask would consider an appeal against the ruling to the sports court, his lawyer said.",
    ),
    # several agents named together and one of them agree; who orders an act and who carries it out are no rivals
    "a strike called by two unions and by one of them": _pair(
        "Monday's pay strike at Lisk airport, called by the Varnos Transport Union and the Lisk Aviation Workers"
        " Union, grounded 40 flights, the airport said.",
        "Monday's pay strike at Lisk airport was called by the Varnos Transport Union, the airport said.",
    ),
    "a recount ordered by a court and carried out by an assembly": _pair(
        "The recount of the Lisk council vote was ordered by the Dorne district court, the commission said.",
        "The recount of the Lisk council vote was carried out by the municipal counting board, the commission said.",
    ),
    "army divers and soldiers": _pair(
        "Army divers reached the trapped cavers in the Lisk cave on Sunday, the prefecture said.",
        "Soldiers reached the trapped cavers in the Lisk cave on Sunday, the prefecture said.",
    ),
    "police marksmen and police": _pair(
        "Police marksmen shot the escaped bear Bruno near Dorne on Sunday, the zoo said.",
        "Police shot the escaped bear Bruno near Dorne on Sunday, the zoo said.",
    ),
    "not only one agent but also another": _pair(
        "The raid on the Kavra Energy offices in Lisk was carried out by the Orsk Police, the prosecutor said.",
        "The raid on the Kavra Energy offices in Lisk was carried out not only by the Orsk Police but also by the"
        " Varnos Customs Service, the prosecutor said.",
    ),
    "two parties of a deal, each named as its signer": _pair(
        "The Dorne transport ministry signed a contract with Velta Rail on Tuesday, the ministry said.",
        "Velta Rail signed a contract with the Dorne transport ministry on Tuesday, the company said.",
    ),
    # (review 18 Z1: lowercase qualifiers cannot tell one body described two ways from two bodies — no conflict)
    "one authority described two ways": _pair(
        "The antitrust authority fined the grocer Velmart 3 million euros on Friday.",
        "The competition authority fined the grocer Velmart 3 million euros on Friday.",
    ),
    "two authorities' lowercase words cannot tell": _pair(
        "The competition authority fined the grocer Velmart 3 million euros on Friday, the authority said.",
        "The consumer authority fined Velmart 3 million euros on Friday, the authority said.",
    ),
    "a minister and the ministry": _pair(
        "The Health Ministry suspended the Velo app on Monday.",
        "Health Minister Anna Berg suspended the Velo app on Monday.",
    ),
    "police and officers": _pair(
        "Police raided the offices of Kavra Energy in Lisk on Tuesday.",
        "Officers raided the offices of Kavra Energy in Lisk on Tuesday.",
    ),
    "the authorities and the coast guard": _pair(
        "The authorities seized the tanker Merel Star on Tuesday.",
        "The coast guard seized the tanker Merel Star on Tuesday.",
    ),
    "a name and its acronym": _pair(
        "The National Cyber Security Centre (NCSC) found the flaw in Ostra Mail on Friday.",
        "The NCSC found the flaw in Ostra Mail on Friday, it said.",
    ),
    "two builders and one of them": _pair(
        "Vantor and Kelmar built the new bridge over the Lisk river, which opened on Monday.",
        "Vantor built the new bridge over the Lisk river, which opened on Monday.",
    ),
    "an organisation and its officials": _pair(
        "NATO officials launched the Baltic Shield exercise on Monday.",
        "NATO launched the Baltic Shield exercise on Monday.",
    ),
    "a named police force and police": _pair(
        "Orsk Police arrested Ivo Pask on Monday.",
        "Police arrested Ivo Pask on Monday.",
    ),
    "a given name's vowels written two ways": _pair(
        "Mohammed Alavi bought the Orsk Arena on Tuesday.",
        "Muhammad Alavi bought the Orsk Arena on Tuesday.",
    ),
    "a name's words in another order": _pair(
        "The Varnos Harbour Board closed the ferry terminal Kestrel Quay on Monday.",
        "The Harbour Board of Varnos closed the ferry terminal Kestrel Quay on Monday.",
    ),
    "one person's given name transliterated two ways": _pair(
        "The investor Dmitry Orlov bought the football club Lisk Rovers on Monday.",
        "Dmitri Orlov bought the football club Lisk Rovers on Monday.",
    ),
    "a person with and without a title": _pair(
        "Mayor Ilse Varga closed the Lisk market hall on Monday.",
        "Ilse Varga closed the Lisk market hall on Monday.",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(DISAGREEING))
def test_two_agents_of_one_event_are_a_conflict(tmp_path: Path, name: str) -> None:
    docs, values = DISAGREEING[name]
    found = through_store(docs, tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("agent", values)]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(AGREEING))
def test_one_agent_in_other_words_is_no_conflict(tmp_path: Path, name: str) -> None:
    found = through_store(AGREEING[name], tmp_path)
    assert found == [], [(c.facet, [s.value for s in c.sides]) for c in found]


@pytest.mark.slow
def test_an_asserted_agent_stands_against_a_hedged_one(tmp_path: Path) -> None:
    found = through_store(
        _pair(
            "The Ministry of Finance may have ordered a pause of the Davko chatbot on Monday, a source said.",
            ORDERED_BY_INSPECTORATE,
        ),
        tmp_path,
    )
    assert [(c.facet, c.status) for c in found] == [("agent", "resolved")]
    assert found[0].resolution is not None
    assert found[0].resolution.value == "Data Protection Inspectorate"


def _story(
    tmp_path: Path,
    first: str = ORDERED_BY_MINISTRY,
    second: str = ORDERED_BY_INSPECTORATE,
    title: str = "Davko chatbot paused",
    days: tuple[str, str] = ("2026-06-02", "2026-06-03"),
) -> str:
    """Two outlets' articles (a title and one text each) ingested through the CLI into a new store."""
    db = str(tmp_path / "s.db")
    for name, outlet, day, text in (
        ("a.txt", "Valley Courier", days[0], first),
        ("b.txt", "Northline Post", days[1], second),
    ):
        path = tmp_path / name
        path.write_text(title + "\n\n" + text + "\n", encoding="utf-8")
        res = invoke("ingest", str(path), "--published", day, "--publisher", outlet, "--db", db)
        assert res.exit_code == 0, res.output
    return db


@pytest.mark.slow
def test_conflicts_lists_who_did_it(tmp_path: Path) -> None:
    db = _story(tmp_path)
    res = invoke("conflicts", "--db", db)
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert lines[0].startswith("c-") and lines[0].endswith("  agent: who did order — Davko   DISPUTED (margin 0.00)")
    assert lines[1].startswith("  Event: order (ev-") and lines[1].endswith(
        "); outlets: Valley Courier, Northline Post"
    )
    assert lines[2].split() == ["Value", "Source", "Outlet", "Date", "Cue", "Certainty", "Claim", "Side"]
    assert lines[3].startswith("Data Protection Inspectorate  the inspectorate  Northline Post  2026-06-03  said  ")
    assert lines[4].startswith("Ministry of Finance           the ministry      Valley Courier  2026-06-02  said  ")
    assert lines[5].startswith("  Reason: Disputed: weighted vote over 2 independent sources, Data Protection")
    assert lines[5].endswith("no version stands yet. On this event, 2 agents were named by 2 articles.")
    assert lines[-2:] == [
        "1 conflict: 0 resolved, 1 disputed or open",
        "1 question compared across 2 articles: 0 agree, 1 in conflict.",
    ]
    only = invoke("conflicts", "--db", db, "--facet", "agent")
    assert only.exit_code == 0 and only.stdout == res.stdout


@pytest.mark.slow
def test_conflicts_json_gives_the_agent_facet(tmp_path: Path) -> None:
    db = _story(tmp_path)
    res = invoke("conflicts", "--db", db, "--format", "json")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    rows = data if isinstance(data, list) else data["conflicts"]
    assert [(c["facet"], c["status"]) for c in rows] == [("agent", "disputed")]
    assert [s["value"] for s in rows[0]["sides"]] == ["Data Protection Inspectorate", "Ministry of Finance"]
    assert rows[0]["question"] == "who did order — Davko"
    assert rows[0]["event"]["event_class"] == "order"


# ------------------------------------------------------------------ the vocabulary, without a parse
@pytest.mark.parametrize(
    ("name", "expected"),
    [("the authorities", True), ("officials", True), ("the company", True), ("Police", False), ("NATO", False)],
)
def test_generic_agents(name: str, expected: bool) -> None:
    assert agents.generic(name) is expected


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("Kent Police", {"police"}),
        ("officers", {"police"}),
        ("Prosecutors", {"prosecution"}),
        ("the defence team", {"defence"}),
        ("the minister", {"ministry"}),
        ("Varnos Navy", {"navy"}),
        ("Brenmark Security", set()),
        ("soldier", {"army"}),
        ("Estonian navy special forces", {"navy"}),
        ("border police", {"border_guard"}),
        ("the harbour master", {"port_authority"}),
        # a governor heads a province, a prison or a central bank: the title says no kind of body
        ("the provincial governor", set()),
        ("the prison governor", set()),
    ],
)
def test_kinds_of_agent(name: str, kinds: set[str]) -> None:
    assert agents.kinds_of(name) == kinds


@pytest.mark.parametrize(
    ("a", "b", "person", "expected"),
    [
        ("Lorn Harbour Authority", "the Harbour Authority of Lorn", False, True),
        ("Ministry of Health", "Ministry of Health and Social Affairs", False, True),
        ("CNE", "National Elections Commission", False, True),
        ("NEC", "National Elections Commission", False, True),
        ("NXB", "National Elections Commission", False, False),
        ("UKHSA", "UK Health Security Agency", False, True),
        ("the Port Authority of Lorn", "PAL", False, True),
        ("Sergei Volkov", "Sergey Volkov", True, True),
        ("Aleksandr Volkov", "Alexander Volkov", True, True),
        ("Jan Novak", "Jan P. Novak", True, True),
        ("Maria Rossi", "Mario Rossi", True, False),
        ("Mohammed Alavi", "Muhammad Alavi", True, True),
        ("Anton Reiss", "Lena Reiss", True, False),
        ("Sergei Volkov", "Sergey Volkov", False, False),
        ("Kent Police", "Essex Police", False, False),
    ],
)
def test_name_variants(a: str, b: str, person: bool, expected: bool) -> None:
    assert agents.variants(a, b, person=person) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("the Constitutional Court", "the Supreme Court", True),
        ("military police", "the national police", True),
        ("the competition authority", "the data protection authority", None),
        ("the antitrust authority", "the competition authority", None),
        ("Lorn Police", "the traffic police", None),
        ("Kent Police", "police officers", False),
        ("the Estonian navy", "the navy of Estonia", False),
        ("the local police", "Kent Police", None),
        ("the national police", "the local police", None),
    ],
)
def test_qualified_apart(a: str, b: str, expected: bool | None) -> None:
    assert agents._qualified_apart(a, b) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The businessman Yuri Markov sold the ferry Alda to Brenn Lines on Tuesday.",
            "Yury Markov sold the ferry Alda to Brenn Lines on Tuesday.",
        ),
        (
            "The Dorne Harbour Board banned the trawler Selka from the port on Tuesday.",
            "The Harbour Board of Dorne banned the trawler Selka from the port on Tuesday.",
        ),
    ],
)
def test_cli_a_name_spelled_two_ways_is_no_conflict(tmp_path: Path, first: str, second: str) -> None:
    """Review 17 Y3: "Yuri" / "Yury Markov", "the Dorne Harbour Board" / "the Harbour Board of Dorne" were two
    agents of one sale or ban, a DISPUTED conflict; they are one agent spelled two ways."""
    db = _story(tmp_path, first, second, "Harbour news", ("2026-06-03", "2026-06-04"))
    res = invoke("conflicts", "--db", db)
    assert res.exit_code == 0
    assert res.stdout == "No question was reported by two sources: nothing to compare.\n"


@pytest.mark.slow
def test_a_familys_parts_trust_its_forest_where_one_side_names_no_agent(tmp_path: Path, monkeypatch) -> None:
    """A family's parts (``reconcile.events._parts``: one event but for its time, without rivals) are those
    ``families(rivals=False)`` finds; a pair of its forest one of whose clusters names no agent is not tested
    again (linked with its rivals, it is linked without them: only two reports naming agents are rivals)."""
    from claimline import api
    from claimline.events.lexicon import lexicon
    from claimline.reconcile import events as rev
    from claimline.store import events as stored

    docs = [
        ("Valley Courier", "2026-06-02", ORDERED_BY_MINISTRY),
        ("Northline Post", "2026-06-03", ORDERED_BY_INSPECTORATE),
        ("Lisk Herald", "2026-06-03", "A pause of the Davko chatbot was ordered on Monday, its maker Davko Labs said."),
    ]
    through_store(docs, tmp_path)
    with api.open_store(tmp_path / "case.db") as store:
        lex, joined = lexicon(), []
        fams = rev.families(stored.clusters(store.db), lex, joined=joined)
    (fam,) = [f for f in fams if len({p.name for c in f for m in c.members for p in agents.agents_of(m.frame)}) > 1]
    assert len(fam) == 3
    want = [[c.id for c in g] for g in rev.families(fam, lex, rivals=False)]
    tested = []
    real = rev._linked
    monkeypatch.setattr(rev, "_linked", lambda *a, **k: tested.append(a) or real(*a, **k))
    assert [[c.id for c in g] for g in rev._parts(fam, lex, joined)] == want == [[c.id for c in fam]]
    assert tested == []  # (both links of the forest join the cluster naming no agent)


# ------------------------------------------------------------------ who did it, read from the parse
@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        (
            "The strike called by the Varnos Transport Union grounded flights at Lisk airport.",
            "strike",
            {"Varnos Transport Union"},
        ),
        (
            "The walkout, organised by the Lisk Aviation Workers Union, grounded flights on Monday.",
            "walkout",
            {"Lisk Aviation Workers Union"},
        ),
        (
            "The strike was called by the Varnos Transport Union, the airport said.",
            "strike",
            {"Varnos Transport Union"},
        ),
        # a strike is called in other words too ("proclaimed", "declared", "convened")
        (
            "The strike proclaimed by the Varnos Transport Union grounded flights at Lisk airport.",
            "strike",
            {"Varnos Transport Union"},
        ),
        ("The walkout was convened by the Lisk Aviation Workers Union.", "walkout", {"Lisk Aviation Workers Union"}),
        # an order's giver does not do what it orders
        ("The recount, ordered by the Dorne district court, ended on Friday.", "recount", set()),
        ("The strike condemned by the Orsk Chamber of Commerce went ahead on Monday.", "strike", set()),
    ],
)
def test_who_calls_or_organises_an_event_does_it(nlp, text: str, lemma: str, expected: set[str]) -> None:
    from datetime import date

    from claimline.events import extract_events

    _, frames = extract_events(text, date(2026, 3, 4), nlp=nlp)
    found = [f for f in frames if f.trigger.lemma == lemma]
    agents_named = {p.name for f in found for p in f.participants if p.role == "agent"}
    assert (found and agents_named == expected) or (not found and not expected), [
        (f.trigger.lemma, [(p.role, p.name) for p in f.participants]) for f in frames
    ]


def test_a_part_of_a_longer_name_is_no_agent_of_its_own() -> None:
    """A name parsed whole and in parts too ("the Ministry of Digital Affairs", "Ministry", "Digital
    Affairs") is one agent: "Ministry" alone would be one with any ministry ("the finance ministry")."""
    from claimline.events.model import Participant

    whole = Participant(
        role="agent",
        name="Ministry of Digital Affairs",
        text="the Ministry of Digital Affairs",
        start=10,
        end=41,
        label="government_body",
    )
    part = Participant(role="agent", name="Ministry", text="Ministry", start=14, end=22, label="PROPN")
    assert agents._within_another(part, [whole, part])
    assert not agents._within_another(whole, [whole, part])
