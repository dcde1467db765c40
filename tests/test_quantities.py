"""Quantities of events compared across outlets (issue 15): counts of the dead and the injured, arrests,
amounts — on short articles written for these tests (places, outlets and companies are invented)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from claimline.events import EventClusters, extract_events, members
from claimline.reconcile.amounts import interval, told_as_part
from claimline.reconcile.events import event_conflicts, interval_sides
from claimline.schemas import Quantity

DAY = date(2026, 3, 9)


def conflicts_of(nlp, *texts: str):
    """Articles (text, ...) of up to four outlets published on ``DAY`` -> their conflicts on events."""
    clusters = EventClusters()
    claims, articles = {}, {}
    for k, text in enumerate(texts):
        outlet = ("Harbour Wire", "Baltic Ledger", "North Post", "Fjord Post")[k]
        ex, frames = extract_events(text, DAY, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
        clusters.add(members(ex, frames))
        claims.update({c.id: c for c in ex.claims})
        articles[ex.article.id] = ex.article
    return [c for _, c in event_conflicts(clusters.clusters.values(), claims, articles)]


@pytest.fixture(scope="module")
def run(nlp):
    """Articles (text, ...) of two outlets published on one day -> their conflicts on events."""
    return lambda *texts: conflicts_of(nlp, *texts)


def _quantities(conflicts, cls: str | None = None):
    return [
        (c.question.split(" — ")[0], sorted(s.value for s in c.sides))
        for c in conflicts
        if c.facet == "quantity" and (cls is None or (c.event is not None and c.event.event_class == cls))
    ]


# ------------------------------------------------------------------ R2: adjacent counts are two answers
def _q(text: str, value: float) -> Quantity:
    return Quantity(kind="count", text=text, start=0, end=len(text), value=value)


def _info(n: int) -> SimpleNamespace:
    return SimpleNamespace(id=f"c{n}", article_id=f"a{n}")


def test_adjacent_ranges_are_two_sides_equal_ones_one():
    """ "Four" (3.5-4.5) and "five" (4.5-5.5) touch at the half step: two answers, not one side; equal
    counts, and a rounded figure around an exact one ("about 4,000" / "4,150"), stay one side."""

    def sides(*qs: Quantity) -> int:
        return len(interval_sides([(_info(k), interval(q), q.text) for k, q in enumerate(qs)], half_open=True))

    assert sides(_q("four", 4), _q("five", 5)) == 2
    assert sides(_q("40", 40), _q("50", 50)) == 2
    assert sides(_q("four", 4), _q("4", 4)) == 0
    assert sides(_q("about 4,000", 4000), _q("4,150", 4150)) == 0
    assert sides(_q("4,000", 4000), _q("4,150", 4150)) == 0


def test_one_death_more_is_a_conflict(run):
    a = "Four people died in a house fire in Dunmore on Sunday, fire officials said."
    b = "Five people died in a house fire in Dunmore on Sunday, fire officials said."
    assert _quantities(run(a, b)) == [("number of die", ["4", "5"])]
    same = "Four people died in a house fire in Dunmore on Sunday, the fire service said."
    assert _quantities(run(a, same)) == []


def test_forty_and_fifty_arrests_are_a_conflict(run):
    a = "Police arrested 40 protesters outside the Dunmore town hall on Sunday."
    b = "Police arrested 50 protesters outside the Dunmore town hall on Sunday."
    assert [v for _, v in _quantities(run(a, b))] == [["40", "50"]]
    about = "Police arrested about 45 protesters outside the Dunmore town hall on Sunday."
    assert _quantities(run(a, about)) == []  # "about 45": 36 to 54, both inside


# ------------------------------------------------------------------ R8: the count of one harm, whatever the verb
def test_died_and_were_killed_count_one_thing(run):
    died = "Three people died in a bus crash near Dunmore on Sunday, police said."
    killed = "Five people were killed in a bus crash near Dunmore on Sunday, police said."
    assert [v for _, v in _quantities(run(died, killed))] == [["3", "5"]]
    # the crash frame's copy of the victims' count is no second question
    died_5 = "Five people died in a bus crash near Dunmore on Sunday, police said."
    assert [v for _, v in _quantities(run(died, died_5))] == [["3", "5"]]
    deaths = "There were five deaths in the bus crash near Dunmore on Sunday, police said."
    assert [v for _, v in _quantities(run(died, deaths))] == [["3", "5"]]


def test_the_dead_and_the_injured_are_two_counts(run):
    both = "Three people died and five were injured in a bus crash near Dunmore on Sunday, police said."
    killed = "Three people were killed in a bus crash near Dunmore on Sunday, police said."
    assert _quantities(run(both, killed)) == []
    injured = "Five people were injured in a bus crash near Dunmore on Sunday, police said."
    assert _quantities(run(killed, injured)) == []


# ------------------------------------------------------------------ numbers with their measured noun
def test_a_number_is_compared_by_its_noun_whatever_its_verb(run):
    """ "Some 4,150 hectares have burned" (a verb of no class, no named party: no event frame) and "has
    scorched about 3,400 hectares": one measured thing, two figures; "18 aircraft were deployed" and
    "fought the fire with 28 aircraft" (two verbs, two classes)."""
    a = "Some 4,150 hectares of forest have burned since the fire near Corran started on Friday."
    b = "The blaze near Corran has scorched about 3,400 hectares of forest, the regional government said."
    assert _quantities(run(a, b)) == [("number of hectare", ["about 3400", "about 4150"])]
    c = "The blaze near Corran has scorched about 4,000 hectares of forest, the regional government said."
    assert _quantities(run(a, c)) == []  # "about 4,000": as rounded as written, 3,500 to 4,500
    d = "Eighteen aircraft were deployed against the Corran fire on Saturday."
    e = "Crews fought the Corran fire with 28 aircraft on Saturday, officials said."
    assert _quantities(run(d, e)) == [("number of aircraft", ["18", "28"])]


def test_people_are_counted_under_their_verb(run):
    """How many people depends on what befell them: "300 residents were taken to a sports hall" and
    "doctors treated 30 residents" count two things; 240 and 300 taken to a sports hall, one."""
    hall = "About 300 residents were taken to a sports hall after the fire near Corran, the mayor said."
    treated = "Doctors treated 30 residents for smoke after the fire near Corran, the mayor said."
    assert _quantities(run(hall, treated)) == []
    hall_2 = "In all, 240 residents were taken to a sports hall after the fire near Corran, the mayor said."
    assert [v for _, v in _quantities(run(hall, hall_2))] == [["240", "about 300"]]


def test_a_part_a_whole_an_increment_and_a_kind_are_other_figures(run):
    """Not the figure of the thing itself: a part ("five of the 12 samples"), the whole of a share ("70% of
    the 400 nurses", review 7 R20), the whole ("all 14 stations"), an increment ("another 200
    firefighters"), a kind of the noun ("eight county routes" / "22 routes"), a figure more than three
    times another ("three stations" of a pilot, "14 stations"). (Figures by their noun: the verbs' own
    events may still compare their counts, "ran eight routes" / "runs 22 routes".)"""
    pairs = [
        (
            "Tests found bacteria in five of the 12 samples taken in Corran on Monday.",
            "Tests found bacteria in 12 samples taken in Corran on Monday.",
        ),
        (
            "About 70% of the 400 nurses at Corran hospital joined the strike on Thursday, the union said.",
            "Some 280 nurses at Corran hospital joined the strike on Thursday, the union said.",
        ),
        (
            "Another 200 firefighters joined the fight against the Corran fire on Sunday.",
            "A total of 1,200 firefighters are fighting the Corran fire, officials said on Sunday.",
        ),
        (
            "Ardmoy Buses ran eight county routes with hired coaches during the strike.",
            "Ardmoy Buses, which runs 22 routes, hired coaches during the strike.",
        ),
        (
            "The Corran pilot covers three stations, the operator Ardmoy Rail said.",
            "Cameras are already mounted at 14 stations, the operator Ardmoy Rail said.",
        ),
    ]
    for a, b in pairs:
        assert _quantities(run(a, b), "measure") == [], (a, b)


def test_an_earlier_penalty_is_not_the_fine_itself(run):
    """ "Its second fine this year after a 400,000 euro penalty in April": the April penalty is an amount of
    its own event, not a second answer of the fine's (review 7, R20)."""
    second = (
        "The regulator fined Corran Ferries 3 million euros on Thursday, its second fine this year "
        "after a 400,000 euro penalty in April."
    )
    fined = "Corran Ferries was fined 3 million euros by the regulator on Thursday."
    assert _quantities(run(second, fined)) == []
    fined_4 = "Corran Ferries was fined 4 million euros by the regulator on Thursday."
    assert [v for _, v in _quantities(run(second, fined_4))] == [["3000000 EUR", "4000000 EUR"]]


def test_a_whole_fleet_is_no_figure_of_the_event(run):
    """ "Its whole fleet of nine buses" is the whole the grounding's "six buses" are a part of."""
    a = "Ardmoy Buses said six buses would stay in the depot at Corran for weeks."
    b = "The order applies to the whole fleet of nine buses that Ardmoy Buses runs at Corran."
    assert _quantities(run(a, b), "measure") == []


@pytest.fixture(scope="module")
def figures(nlp):
    """A sentence -> (trigger lemma, value, unit, measured) of every quantity its frames give."""

    def go(text: str):
        _, frames = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        return [(f.trigger.lemma, q.value, q.unit, q.measures) for f in frames for q in f.quantities]

    return go


def test_numbers_of_a_date_are_no_counts(figures):
    """Review 9: "12 May", "Monday, 12 October" and the year of "a 2025 tender" count nothing."""
    assert not [x for x in figures("The agency announced on Tuesday, 12 May, that Tarnwave won.") if x[1] == 12]
    found = figures("A blast at the Orlen plant in Kelso on Monday, 12 October, injured seven workers.")
    assert not [x for x in found if x[1] == 12] and any(x[1] == 7 for x in found)
    found = figures("Prosecutors in Kelso are investigating a 2025 tender for 140 ambulances.")
    assert not [x for x in found if x[1] == 2025] and ("ambulance", 140.0, None, "ambulance") in found


def test_common_shapes_of_a_figure(figures):
    """Review 9: number words with hundreds, a currency between the number and its noun, a number the parse
    hangs on a date before it, a bare number taken for a name, "more than N" (no increment)."""
    assert ("ambulance", 140.0, None, "ambulance") in figures("One hundred and forty ambulances were bought by Kelso.")
    found = figures("The 148 million euro contract was awarded to Tarnwave in July.")
    assert ("award", 148e6, "EUR", "contract") in found
    found = figures('"On 13 October 240 residents were taken to a sports hall in Kelso," the governor said.')
    assert ("resident|take", 240.0, None, "resident") in found
    found = figures("The contract, awarded to Tarnwave, covers 104 ambulances and is worth 13.6 million euros.")
    assert ("contract", 104.0, None, "ambulance") in found and ("contract", 13.6e6, "EUR", None) in found
    assert ("hectare", 3000.0, None, "hectare") in figures("The fire has burned more than 3,000 hectares near Kelso.")


def test_parts_of_one_count_add_up(figures):
    """Review 9: "12,000 Vantor vans and 8,000 Kestrel vans" are 20,000 vans (one noun twice); two nouns are
    two counts."""
    found = figures("Orlen Motors recalled 12,000 Vantor vans and 8,000 Kestrel vans on Monday.")
    assert {x[1] for x in found} == {20000.0}
    found = figures("Orlen Motors delivered fourteen drones and twenty-five trucks on Monday.")
    assert {x[1] for x in found} == {14.0, 25.0}


def test_a_slip_of_one_digit_is_one_figure(run):
    """Review 9: "46 buildings" and "146 buildings" are more than three times apart, yet one mistyped figure
    (a digit more, two neighbours swapped): one measured thing; "3 interchanges" and "14" are two things."""
    a = "Some 46 buildings in Corran are now rubble, the disaster agency said."
    b = "In all, 146 buildings in Corran are now rubble, according to the disaster agency."
    assert _quantities(run(a, b)) == [("number of building", ["146", "about 46"])]
    c = "Three interchanges near Corran are now out of use, the road agency said."
    d = "Fourteen interchanges near Corran are now out of use, the road agency said."
    assert _quantities(run(c, d)) == []


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [(46, 146, True), (13.6e6, 31.6e6, True), (148e6, 184e6, True), (5e6, 50e6, True), (412, 421, True)]
    + [(14_000, 40_000, False), (3, 4, False), (68, 71, False), (3_400, 4_150, False), (300, 240, False)],
)
def test_one_slip(a, b, slip):
    from claimline.reconcile.amounts import one_slip

    def q(v):
        return Quantity(kind="count", text=str(v), start=0, end=1, value=v)

    assert one_slip(q(a), q(b)) is slip


@pytest.mark.parametrize(
    ("before", "after", "part"),
    [
        ("Orrin Motors will cut ", " jobs at its Lenz plant as part of 2,600 job cuts", True),
        ("Orrin Motors will cut ", " jobs as part of wider cuts", True),
        ("Crane Dairy recalled 400,000 cartons, of which ", " had been sold abroad", True),
        ("Crane Dairy recalled 400,000 cartons, of which about ", " were sold abroad", True),
        ("Orrin Motors will cut ", " jobs as part of a restructuring plan", False),
        ("Tallis Mining, part of the Brevik group, will cut ", " jobs", False),
        ("Crane Dairy recalled ", " cartons, of which most had been sold abroad", False),
    ],
)
def test_part_words_bind_to_their_figure(before, after, part):
    """Review 10 R28: "part of" / "of which" tell a figure as a part only when bound to it."""
    assert told_as_part(before, after) is part
