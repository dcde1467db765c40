"""Conflicts on events (issue 15, point 4): date, deadline, quantity, factuality and the tier/scope
facets compared per event across outlets, reconciled with a reason — on short articles written for
these tests (the outlets and companies are invented)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.events import EventClusters, extract_events, members
from claimline.reconcile.amounts import interval, size
from claimline.reconcile.duplicates import without_duplicates
from claimline.reconcile.events import event_conflicts
from claimline.schemas import EventTime, Quantity

runner = CliRunner()
SIGNED_3 = "Vantor Systems signed a contract with the Finnish Defence Forces on 3 May."
SIGNED_24 = "Vantor Systems signed a contract with the Finnish Defence Forces on 24 May."
SIGNED_MAY = "Vantor Systems signed the contract with the Finnish Defence Forces in May."
# long enough for near-duplicate fingerprints: a wire story and its syndicated copies
WIRE = (
    "Vantor Systems signed a contract with the Finnish Defence Forces on 3 May, the company said. "
    "The order covers drones with thermal cameras that can stay aloft for six hours, and the first "
    "units go to the border guard. Training for the first crews starts in the spring at a base near "
    "the eastern border. The ministry did not give the price of the order. Analysts expect further "
    "orders from neighbouring countries as the programme grows, and a parliamentary committee approved "
    "the budget for the purchase in January after a long debate about domestic suppliers."
)


@pytest.fixture(scope="module")
def run(story_conflicts):
    """Articles (outlet, publication date, text) -> their conflicts on events (tests/conftest.py)."""
    return story_conflicts


def _only(conflicts, facet):
    found = [c for c in conflicts if c.facet == facet]
    assert len(found) == 1, [(c.facet, c.question, [s.value for s in c.sides]) for c in conflicts]
    return found[0]


def _outlets(side):
    return [r.publisher for r in side.sources]


# ------------------------------------------------------------------ date
def test_two_days_of_one_event_are_a_date_conflict(run):
    conflicts = run(("Harbour Wire", date(2026, 5, 5), SIGNED_3), ("Baltic Ledger", date(2026, 5, 26), SIGNED_24))
    c = _only(conflicts, "date")
    assert c.event is not None and c.event.label == "sign"
    assert c.event.outlets == ["Harbour Wire", "Baltic Ledger"]
    assert c.question == "date of sign — Finnish Defence Forces / Vantor Systems"
    assert {s.value: _outlets(s) for s in c.sides} == {
        "2026-05-03": ["Harbour Wire"],
        "2026-05-24": ["Baltic Ledger"],
    }
    assert len(c.event.cluster_ids) == 2  # identity keeps the two days apart; the family compares them


def test_dates_beyond_the_horizon_are_two_events_not_a_conflict(run):
    """Two news reports years apart are not one event reported with two dates (`horizon_days`): a
    signing three weeks apart is a date conflict (above), fourteen months apart two signings; a
    market's fall two days apart is one fall dated two ways, a fortnight apart two falls."""
    later = "Vantor Systems signed a contract with the Finnish Defence Forces on 24 July."
    assert run(("Harbour Wire", date(2026, 5, 5), SIGNED_3), ("Baltic Ledger", date(2027, 7, 26), later)) == []
    fell_4 = "Shares of Vantor Systems fell on 4 May."
    c = _only(
        run(("Harbour Wire", date(2026, 5, 5), fell_4), ("Baltic Ledger", date(2026, 5, 7), fell_4.replace("4", "6"))),
        "date",
    )
    assert {s.value for s in c.sides} == {"2026-05-04", "2026-05-06"}
    assert (
        run(("Harbour Wire", date(2026, 5, 5), fell_4), ("Baltic Ledger", date(2026, 5, 21), fell_4.replace("4", "20")))
        == []
    )


def test_a_day_inside_the_reported_month_is_no_conflict(run):
    assert run(("Harbour Wire", date(2026, 5, 5), SIGNED_3), ("North Post", date(2026, 5, 27), SIGNED_MAY)) == []


def test_a_day_between_two_answers_takes_no_side(run):
    conflicts = run(
        ("Harbour Wire", date(2026, 5, 5), SIGNED_3),
        ("Baltic Ledger", date(2026, 5, 26), SIGNED_24),
        ("North Post", date(2026, 5, 27), SIGNED_MAY),
    )
    c = _only(conflicts, "date")
    assert "North Post" not in {r.publisher for s in c.sides for r in s.sources}


def test_an_interval_and_a_day_outside_it_conflict(run, nlp):
    ex, frames = extract_events(SIGNED_24, date(2026, 5, 26), nlp=nlp, publisher="Baltic Ledger")
    assert [f.time.value for f in frames if f.time] == ["2026-05-24"]
    # the same report, dated by an interval: inside it, no conflict; outside it, a conflict
    for start, end, conflict in (
        (date(2026, 5, 20), date(2026, 5, 28), False),
        (date(2026, 5, 4), date(2026, 5, 8), True),
    ):
        other, oframes = extract_events(SIGNED_3, date(2026, 5, 29), nlp=nlp, publisher="North Post")
        t = EventTime(
            text="x", value="x", start=start, end=end, granularity="day", kind="interval", char_start=0, char_end=1
        )
        oframes = [f.model_copy(update={"time": t}) if f.time else f for f in oframes]
        clusters = EventClusters()
        clusters.add(members(ex, frames))
        clusters.add(members(other, oframes))
        claims = {c.id: c for c in [*ex.claims, *other.claims]}
        found = event_conflicts(clusters.clusters.values(), claims, {e.article.id: e.article for e in (ex, other)})
        assert bool([c for _, c in found if c.facet == "date"]) is conflict, (start, end)


def test_a_plan_is_not_contradicted_by_a_past_report(run):
    planned = "Vantor Systems will sign a contract with the Finnish Defence Forces on 1 June."
    assert run(("Harbour Wire", date(2026, 5, 5), planned), ("Baltic Ledger", date(2026, 6, 20), SIGNED_24)) == []


def test_a_plan_published_after_the_event_was_reported_done_is_a_date_conflict(run):
    """Written on 14 May, "will sign on 20 May" answers the question "signed on 3 May" answered:
    the outlet still gives another date for an event another outlet reported done."""
    stale = "Vantor Systems will sign a contract with the Finnish Defence Forces on 20 May."
    c = _only(run(("Harbour Wire", date(2026, 5, 4), SIGNED_3), ("Baltic Ledger", date(2026, 5, 14), stale)), "date")
    assert sorted(s.value for s in c.sides) == ["2026-05-03", "2026-05-20"]
    # written before the signing, the same plan is a plan (the signing slipped, no outlet is wrong)
    early = "Vantor Systems will sign a contract with the Finnish Defence Forces on 20 April."
    found = run(("Harbour Wire", date(2026, 5, 4), SIGNED_3), ("Baltic Ledger", date(2026, 4, 2), early))
    assert [c for c in found if c.facet == "date"] == []


def test_deadlines_a_month_apart_conflict(run):
    a = "Vantor Systems will deliver the drones to the Finnish Defence Forces by the end of June."
    b = "Vantor Systems will deliver the drones to the Finnish Defence Forces by the end of July."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "deadline")
    assert sorted(s.value for s in c.sides) == ["by 2026-06-30", "by 2026-07-31"]


def test_the_middle_and_the_end_of_one_year_are_two_deadlines(run):
    a = "The Finnish Defence Forces aim to have the drones working at four bases by mid-2027."
    b = "The Finnish Defence Forces aim to have the drones working at four bases by the end of 2027."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "deadline")
    assert sorted(s.value for s in c.sides) == ["by 2027-08-31", "by 2027-12-31"]
    d = "The Finnish Defence Forces aim to have the drones working at four bases in 2027."
    assert run(("Harbour Wire", date(2026, 5, 5), b), ("Baltic Ledger", date(2026, 5, 6), d)) == []


# ------------------------------------------------------------------ quantity
def test_amounts_of_one_event_conflict(run):
    a = "The Finnish Defence Forces paid Vantor Systems 120 million euros for the drones."
    b = "The Finnish Defence Forces paid Vantor Systems 210 million euros for the drones."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "quantity")
    assert sorted(s.value for s in c.sides) == ["120000000 EUR", "210000000 EUR"]
    assert c.question.startswith("amount (EUR) of pay — ")


def test_one_number_in_two_currencies_is_a_conflict(run):
    a = "The Finnish Defence Forces paid Vantor Systems 36 million euros for the drones."
    b = "The Finnish Defence Forces paid Vantor Systems 36 million crowns for the drones."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "quantity")
    assert sorted(s.value for s in c.sides) == ["36000000 CROWN", "36000000 EUR"]
    assert c.question.startswith("currency of the amount of pay — ")
    # a conversion changes the number: "36 million crowns (about 4.8 million euros)" is no conflict
    d = "The Finnish Defence Forces paid Vantor Systems about 4.8 million euros for the drones."
    assert run(("Harbour Wire", date(2026, 5, 5), d), ("Baltic Ledger", date(2026, 5, 6), b)) == []


@pytest.mark.parametrize(
    ("word", "code"), [("koruna", "CZK"), ("forints", "HUF"), ("lei", "RON"), ("hryvnias", "UAH"), ("rand", "ZAR")]
)
def test_amounts_in_other_currencies_conflict(run, word, code):
    """A currency named by its word is money in its own code, not a thing the amount counts ("a 34.8
    million koruna contract" once counted koruna)."""
    a = f"The Finnish Defence Forces signed a 48 million {word} contract with Vantor Systems."
    b = f"The Finnish Defence Forces signed a contract worth 84 million {word} with Vantor Systems."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "quantity")
    assert sorted(s.value for s in c.sides) == [f"48000000 {code}", f"84000000 {code}"]


def test_a_currency_word_several_currencies_share_takes_the_events_other_code(run):
    """ "Danish crowns" and "kroner" name one currency ([shared_currencies] of models/comparison.toml): within one
    event their amounts are compared, not kept apart as two currencies (one figure superseded by another)."""
    a = "The Danish defence ministry awarded Nordvik Orbital a contract worth 1.2 billion Danish crowns."
    b = "The Danish defence ministry awarded Nordvik Orbital a contract worth 1.08 billion kroner."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "quantity")
    assert sorted(s.value for s in c.sides) == ["1080000000 KRONE", "1200000000 KRONE"]
    # one number in both words is one amount in one currency: no currency question, no conflict
    same = "The Danish defence ministry awarded Nordvik Orbital a contract worth 1.2 billion kroner."
    assert run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), same)) == []


def test_a_shared_currency_word_stays_apart_when_the_event_gives_two_of_its_codes(run):
    """ "crowns" among amounts in koruna and in kronor may be either: its amount is compared with neither."""
    a = "The Finnish Defence Forces signed a 48 million koruna contract with Vantor Systems."
    b = "The Finnish Defence Forces signed a 48 million kronor contract with Vantor Systems."
    c = "The Finnish Defence Forces signed a 60 million crowns contract with Vantor Systems."
    found = run(
        ("Harbour Wire", date(2026, 5, 5), a),
        ("Baltic Ledger", date(2026, 5, 6), b),
        ("Fjord Post", date(2026, 5, 7), c),
    )
    assert not any(
        s.value.endswith((" CROWN", " CZK", " SEK")) and "60000000" in s.value for f in found for s in f.sides
    )
    assert not any(f.facet == "quantity" and not f.question.startswith("currency") for f in found)


def test_rounding_is_no_conflict(run):
    a = "The Finnish Defence Forces paid Vantor Systems about 2 million euros for the drones."
    b = "The Finnish Defence Forces paid Vantor Systems 1.9 million euros for the drones."
    assert run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)) == []


def _q(text: str, value: float, kind: str = "count", unit: str | None = None) -> Quantity:
    return Quantity(kind=kind, text=text, start=0, end=len(text), value=value, unit=unit)  # type: ignore[arg-type]


def test_quantity_ranges_from_their_words():
    assert interval(_q("48 million", 48e6)) == (47.5e6, 48.5e6)
    assert interval(_q("1.9 million", 1.9e6)) == pytest.approx((1.85e6, 1.95e6))
    assert interval(_q("240", 240)) == (235, 245)  # trailing zero: rounded to ten
    lo, hi = interval(_q("about 2 million", 2e6))
    assert lo <= 1.9e6 <= hi
    assert interval(_q("at least 60", 60))[1] == float("inf")
    assert interval(_q("less than 60", 60))[0] == 0.0
    # "nearly" / "almost" / "just over" put a figure close to its number, not anywhere short of or past it
    assert interval(_q("nearly 60", 60)) == pytest.approx((51.0, 65.0))
    assert interval(_q("almost 12 hours", 12, "duration", "H")) == pytest.approx((10.2 / 24, 12.5 / 24))
    assert interval(_q("just over 300", 300))[1] == 350.0
    # durations in days: 18 months and a year and a half agree, 12 months does not
    m18, y15, m12 = (
        interval(_q("18 months", 18, "duration", "M")),
        interval(_q("1.5 years", 1.5, "duration", "Y")),
        interval(_q("12 months", 12, "duration", "M")),
    )
    assert m18[0] <= y15[1] and y15[0] <= m18[1]
    assert m12[1] < m18[0]


def test_nearly_a_figure_disagrees_with_a_figure_far_below_it(run):
    # review 23: "almost 12 hours" read as anywhere from zero to 12 hours agreed with "seven hours"
    a = "Fog closed Penmarra Airport for almost 12 hours on Friday, the airport's operator said."
    b = "Fog closed Penmarra Airport for seven hours on Friday, the airport's operator said."
    c = _only(run(("Harbour Wire", date(2026, 5, 9), a), ("Baltic Ledger", date(2026, 5, 10), b)), "quantity")
    assert sorted(s.value for s in c.sides) == ["P7H", "nearly P12H"]
    near = "Fog closed Penmarra Airport for nearly 40 hours on Friday, the airport's operator said."
    exact = "Fog closed Penmarra Airport for 38.5 hours on Friday, the airport's operator said."
    found = run(("Harbour Wire", date(2026, 5, 9), near), ("Baltic Ledger", date(2026, 5, 10), exact))
    assert [c for c in found if c.facet == "quantity"] == []


def test_a_figure_corrected_against_a_sum_with_its_currency_sign_answers(run):
    # review 23: "not the €6.5 million reported earlier" (the sign before the rejected number) hid the correction
    a = "The Harbour Authority signed a contract worth €6.5 million with Kelvar Systems on Monday, the newspaper said."
    b = (
        "The contract the Harbour Authority signed with Kelvar Systems is worth €4.2 million, not the €6.5 million "
        "reported earlier, the authority said."
    )
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "quantity")
    assert sorted(s.value for s in c.sides) == ["4200000 EUR", "6500000 EUR"]


# ------------------------------------------------------------------ factuality
def test_a_denied_report_of_what_a_party_would_be_allowed_to_do_answers_it(run):
    # review 23: "denied a report that Kelso Orbital would be allowed to sell" denies the selling (the infinitive
    # right after the claim's predicate), not the allowing alone
    a = (
        "Kelso Orbital, the Aalborg start-up that won the imagery contract, may be allowed to sell satellite images "
        "to commercial customers, two people familiar with the tender said."
    )
    b = (
        "The defence ministry on Thursday denied a report that Kelso Orbital would be allowed to sell satellite "
        "images commercially."
    )
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 7), b)), "factuality")
    assert c.question.startswith("whether sell happened")
    assert sorted(s.value for s in c.sides) == ["denied", "happened"]


def test_on_record_denial_outweighs_anonymous_sources(run):
    a = "Vantor Systems signed a contract with the Finnish Defence Forces, two people familiar with the matter said."
    b = "Vantor Systems denied that it had signed a contract with the Finnish Defence Forces."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "factuality")
    assert c.question == "whether sign happened — Finnish Defence Forces / Vantor Systems"
    assert c.status == "resolved" and c.resolution.value == "denied" and c.resolution.rule == "vote"
    assert "official statement by Vantor Systems" in c.resolution.reason
    assert "unnamed sources" in c.resolution.reason


def test_hedged_and_asserted_reports_are_no_conflict(run):
    a = "Vantor Systems may have signed a contract with the Finnish Defence Forces, people familiar with it said."
    b = "Vantor Systems signed a contract with the Finnish Defence Forces."
    assert run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)) == []


# ------------------------------------------------------------------ verdict layers
def test_syndicated_copies_count_once_in_the_vote(run):
    docs = [
        ("Harbour Wire", date(2026, 5, 5), WIRE),
        ("Coast Daily", date(2026, 5, 5), WIRE + "\n\nEditing by the desk."),
        ("Valley Times", date(2026, 5, 6), WIRE + "\n\nReporting by the wire."),
        ("Baltic Ledger", date(2026, 5, 26), SIGNED_24),
        ("North Courier", date(2026, 5, 27), SIGNED_24.replace("a contract", "the contract")),
    ]
    c = _only(run(*docs), "date")
    three = next(s for s in c.sides if s.value == "2026-05-03")
    assert sorted(_outlets(three)) == ["Coast Daily", "Harbour Wire", "Valley Times"]
    # three copies of one report are one unit: 1 vs 2 outlets, not 3 vs 2
    reason = c.resolution.reason if c.resolution else c.reason
    assert "over 3 independent sources" in reason
    assert three.score < 1.0  # the weight of one report (an official statement, reported), not three


def test_later_official_clarification_supersedes(run):
    a = "Vantor Systems will deliver the drones to the Finnish Defence Forces on 1 June, the ministry said."
    b = (
        "The Finnish Defence Forces later clarified that Vantor Systems will deliver the drones to the "
        "Finnish Defence Forces on 15 July."
    )
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 20), b)), "date")
    assert c.status == "resolved" and c.resolution.rule == "supersession"
    assert c.resolution.value == "2026-07-15"
    assert "correction" in c.resolution.reason


# ------------------------------------------------------------------ one report per disagreement
def test_claim_conflict_reported_by_an_event_conflict_is_hidden():
    from claimline.schemas import Conflict, ConflictEvent, Side

    def side(value, *ids):
        return Side(value=value, claim_ids=list(ids), sources=[])

    claim = Conflict(id="c-1", facet="date", subject=["A"], sides=[side("x", "k1"), side("y", "k2")], status="open")
    other = Conflict(id="c-2", facet="date", subject=["A"], sides=[side("x", "k1"), side("z", "k9")], status="open")
    event = Conflict(
        id="c-3",
        facet="date",
        subject=["A"],
        sides=[side("x", "k1", "k5"), side("y", "k2")],
        status="open",
        event=ConflictEvent(cluster_ids=["ev-1"], event_class="agree", label="agree"),
    )
    assert [c.id for c in without_duplicates([claim, other, event])] == ["c-2", "c-3"]
    views = [json.loads(c.model_dump_json()) for c in (claim, event)]
    from claimline.views import load

    assert [c.id for c in without_duplicates([load(json.dumps(v)) for v in views])] == ["c-3"]


# ------------------------------------------------------------------ the command, and the store
def _write(folder, name, outlet, day, text):
    (folder / name).write_text(f"Drone contract\n\n{day}\n\n{text}\n", encoding="utf-8")
    (folder / name).with_suffix(".json").write_text(json.dumps({"publisher": outlet}), encoding="utf-8")


@pytest.mark.slow
def test_conflicts_command_shows_event_conflicts_in_every_format(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    _write(folder, "a.txt", "Harbour Wire", "5 May 2026", SIGNED_3)
    _write(folder, "b.txt", "Baltic Ledger", "26 May 2026", SIGNED_24)
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", "--db", db, str(folder / "a.txt")]).exit_code == 0
    assert runner.invoke(app, ["ingest", "--db", db, str(folder / "b.txt")]).exit_code == 0  # incremental
    out = runner.invoke(app, ["conflicts", "--db", db])
    assert out.exit_code == 0, out.output
    assert "date: date of sign — Finnish Defence Forces / Vantor Systems" in out.output
    assert "outlets: Harbour Wire, Baltic Ledger" in out.output
    data = json.loads(runner.invoke(app, ["conflicts", "--db", db, "--format", "json"]).output)
    (c,) = [c for c in data if c["event"]]
    assert c["event"]["outlets"] == ["Harbour Wire", "Baltic Ledger"]
    assert {s["value"]: [r["publisher"] for r in s["sources"]] for s in c["sides"]} == {
        "2026-05-03": ["Harbour Wire"],
        "2026-05-24": ["Baltic Ledger"],
    }
    assert c["status"] in ("resolved", "disputed") and (c["reason"] or c["resolution"]["reason"])
    # the claim conflict on the same two dates is not reported a second time
    assert [c["facet"] for c in data] == ["date"]
    for fmt in ("csv", "md", "jsonl"):
        res = runner.invoke(app, ["conflicts", "--db", db, "--format", fmt])
        assert res.exit_code == 0 and "2026-05-24" in res.output, fmt
    # incremental refresh = whole-store reconcile
    assert runner.invoke(app, ["reconcile", "--db", db]).exit_code == 0
    again = json.loads(runner.invoke(app, ["conflicts", "--db", db, "--format", "json"]).output)
    assert again == data


def _story(tmp_path, *docs):
    folder = tmp_path / "story"
    folder.mkdir(exist_ok=True)
    for k, (outlet, day, text) in enumerate(docs):
        _write(folder, f"{k}.txt", outlet, day, text)
    return sorted(str(p) for p in folder.glob("*.txt"))


@pytest.mark.slow
def test_questions_on_events_are_counted_compared_and_agreeing(tmp_path):
    paths = _story(tmp_path, ("Harbour Wire", "5 May 2026", SIGNED_3), ("North Post", "27 May 2026", SIGNED_MAY))
    db = str(tmp_path / "s.db")
    assert runner.invoke(app, ["ingest", "--db", db, *paths]).exit_code == 0
    from claimline import api
    from claimline.store import open_store

    with open_store(db) as store:
        counts = api.comparison(store)
    # the date of the signing and whether it happened: both answered by the two outlets, alike
    assert (counts.events_compared, counts.events_in_conflict) == (2, 0)
    out = runner.invoke(app, ["conflicts", "--db", db])
    assert out.output.endswith("agree, 0 in conflict.\n"), out.output


@pytest.mark.slow
def test_postgresql_store_gives_the_same_event_conflicts(tmp_path, pg_schema):
    paths = _story(
        tmp_path,
        ("Harbour Wire", "5 May 2026", SIGNED_3),
        ("Baltic Ledger", "26 May 2026", SIGNED_24),
        ("North Post", "27 May 2026", SIGNED_MAY),
    )
    outputs = []
    for db in (str(tmp_path / "s.db"), pg_schema()):
        for path in paths:  # one by one: incremental refreshes
            assert runner.invoke(app, ["ingest", "--db", db, path]).exit_code == 0
        listed = runner.invoke(app, ["conflicts", "--db", db, "--format", "json"]).output
        summary = runner.invoke(app, ["conflicts", "--db", db, "--summary", "--format", "json"]).output
        outputs.append((json.loads(listed), json.loads(summary)))
    assert outputs[0] == outputs[1]
    assert [c["event"]["label"] for c in outputs[0][0] if c["event"]] == ["sign"]


@pytest.mark.slow
def test_readme_example_drone_order(tmp_path):
    """The README's example (docs/examples/drone-order/): a date conflict and a price conflict on events."""
    from .conftest import ROOT

    db = str(tmp_path / "d.db")
    res = runner.invoke(app, ["ingest", "--db", db, str(ROOT / "docs" / "examples" / "drone-order")])
    assert res.output.endswith("6 claims found, 2 conflicts in store\n"), res.output
    data = json.loads(runner.invoke(app, ["conflicts", "--db", db, "--format", "json"]).output)
    assert [(c["facet"], sorted(s["value"] for s in c["sides"]), c["status"]) for c in data] == [
        ("date", ["2026-05-03", "2026-05-24"], "disputed"),
        ("quantity", ["120000000 EUR", "210000000 EUR"], "resolved"),
    ]
    summary = json.loads(runner.invoke(app, ["conflicts", "--db", db, "--summary", "--format", "json"]).output)
    assert summary == {"questions_compared": 6, "articles": 3, "agree": 4, "in_conflict": 2}


def test_factuality_needs_a_named_participant(nlp):
    """'Signed' vs 'did not sign' is a conflict for the same named parties; with nobody named, too vague."""
    yes, yes_frames = extract_events(SIGNED_3, date(2026, 5, 5), nlp=nlp, publisher="Harbour Wire")
    other = "Vantor Systems signed a contract with the Finnish Defence Forces, the ministry said."
    no, no_frames = extract_events(other, date(2026, 5, 6), nlp=nlp, publisher="Baltic Ledger", path="b.txt")
    for named, conflict in ((True, True), (False, False)):

        def strip(frames, factuality=None, named=named):
            out = []
            for f in frames:
                update = {} if named else {"participants": []}
                if factuality and f.trigger.lemma == "sign":
                    update["factuality"] = factuality
                out.append(f.model_copy(update=update))
            return out

        clusters = EventClusters()
        clusters.add(members(yes, strip(yes_frames)))
        clusters.add(members(no, strip(no_frames, "negated")))
        # (the claim reads its predicate negated too, as the frame does: a frame's "no" alone is no "no")
        claims = {c.id: c for c in yes.claims} | {c.id: c.model_copy(update={"negated": True}) for c in no.claims}
        found = event_conflicts(clusters.clusters.values(), claims, {e.article.id: e.article for e in (yes, no)})
        assert bool([c for _, c in found if c.facet == "factuality"]) is conflict, named


def test_a_denial_answers_a_plan_a_negation_does_not(run):
    """ "is preparing to share the cost" (a plan: expected) against "denied that it is paying for"
    (invest: fund, pay; "share the cost" is paying) is a factuality conflict; against "has not paid
    yet" it is none (the plan may still happen); "cut costs" is no payment at all."""
    plan = "Vantor Systems is preparing to share the cost of the border trial, people familiar with it said."
    denial = "Vantor Systems denied that it is paying for the border trial with the Finnish Defence Forces."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), plan), ("Baltic Ledger", date(2026, 5, 6), denial)), "factuality")
    assert sorted(s.value for s in c.sides) == ["denied", "planned"]
    assert c.question.startswith("whether pay happened — Vantor Systems")
    not_yet = "Vantor Systems has not paid for the border trial, the company said."
    found = run(("Harbour Wire", date(2026, 5, 5), plan), ("Baltic Ledger", date(2026, 5, 6), not_yet))
    assert [c for c in found if c.facet == "factuality"] == []


def test_cost_is_a_payment_only_under_a_light_verb(nlp):
    _, frames = extract_events("Vantor Systems will share the cost of the trial.", date(2026, 5, 5), nlp=nlp)
    assert [(f.trigger.lemma, f.event_class) for f in frames if f.event_class == "invest"] == [("cost", "invest")]
    _, frames = extract_events("Vantor Systems will cut costs this year.", date(2026, 5, 5), nlp=nlp)
    assert [f for f in frames if f.event_class == "invest"] == []
    _, frames = extract_events("The sensors were installed at two bases.", date(2026, 5, 5), nlp=nlp)
    assert [f.event_class for f in frames if f.trigger.text == "installed"] == ["deploy"]  # lemma "instal"


# ------------------------------------------------------------------ what a conflict is about
def test_amounts_given_with_two_words_are_two_sums(run):
    """An amount measures what its word names: "ordered to pay 12.4 million" and "spent 40 million on
    security" are two sums of one bank (one class, even one event cluster), not two answers to one
    question (one word or its derivation is: "pay" / "payment")."""
    fine = "Orvane Bank has been ordered to pay 12.4 million euros after the breach."
    spend = "Orvane Bank said it had spent about 40 million euros on security since the breach."
    found = run(("Harbour Wire", date(2026, 5, 5), fine), ("Baltic Ledger", date(2026, 5, 6), spend))
    assert [c for c in found if c.facet == "quantity"] == []
    fine_2 = "Orvane Bank has been ordered to pay 21.4 million euros after the breach, the court said."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), fine), ("Baltic Ledger", date(2026, 5, 6), fine_2)), "quantity")
    assert sorted(s.value for s in c.sides) == ["12400000 EUR", "21400000 EUR"]


def test_an_amount_is_of_the_noun_it_measures_whatever_the_verb(run):
    """ "awarded X a contract worth ..." and "the contract with X is worth ...": one amount, of the
    contract (two words of the trigger, one noun measured); a figure converted into another currency
    is not compared as an amount with the other article's number in that currency: the currency is
    the question."""
    a = "The Finnish Defence Forces awarded Vantor Systems a contract worth 36 million euros, the ministry said."
    b = "The Finnish Defence Forces' contract with Vantor Systems is worth 48 million euros, the ministry said."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "quantity")
    assert sorted(s.value for s in c.sides) == ["36000000 EUR", "48000000 EUR"]
    converted = (
        "The Finnish Defence Forces awarded Vantor Systems a contract worth 36 million crowns "
        "(about 4.8 million euros), the ministry said."
    )
    euros = "The Finnish Defence Forces' contract with Vantor Systems is worth 36 million euros, the ministry said."
    c = _only(
        run(("Harbour Wire", date(2026, 5, 5), converted), ("Baltic Ledger", date(2026, 5, 6), euros)), "quantity"
    )
    assert c.question.startswith("currency of the amount of contract")
    assert sorted(s.value for s in c.sides) == ["36000000 CROWN", "36000000 EUR"]
    # a third article with the number in crowns (no conversion) keeps the euro amounts' own conflict
    crowns = "The Finnish Defence Forces' contract with Vantor Systems is worth 36 million crowns, officials said."
    found = run(
        ("Harbour Wire", date(2026, 5, 5), a),
        ("Baltic Ledger", date(2026, 5, 6), b),
        ("Fjord Post", date(2026, 5, 7), crowns),
    )
    amounts_found = [c for c in found if c.facet == "quantity" and not c.question.startswith("currency")]
    assert [sorted(s.value for s in c.sides) for c in amounts_found] == [["36000000 EUR", "48000000 EUR"]]


def test_a_denial_is_about_its_claims_event_not_one_named_on_the_way(run):
    """ "rejected the argument that the deadline started only once the firm investigating the bank
    confirmed the leak" denies when the deadline started, not that anyone investigated the bank;
    "denied that it was investigating the bank" does deny the investigation."""
    done = "Regulators have been investigating Orvane Bank since June."
    aside = (
        "The regulator rejected the argument that the deadline started only once the firm "
        "investigating Orvane Bank confirmed the leak."
    )
    found = run(("Harbour Wire", date(2026, 7, 5), done), ("Baltic Ledger", date(2026, 7, 6), aside))
    assert [c for c in found if c.facet == "factuality"] == []
    denial = "Kestrel Audit denied that it was investigating Orvane Bank."
    # ("it" is Kestrel Audit: the report it contradicts names that investigator, not "regulators")
    done = "Kestrel Audit has been investigating Orvane Bank since June."
    c = _only(run(("Harbour Wire", date(2026, 7, 5), done), ("Baltic Ledger", date(2026, 7, 6), denial)), "factuality")
    assert sorted(s.value for s in c.sides) == ["denied", "happened"]


def test_a_questions_parties_are_those_of_the_reports_answering_it(nlp):
    """A family one loose report joined to another story (forced here) must not lend that story's
    parties to the question: the date of the signing is asked of Vantor Systems and the Finnish
    Defence Forces, whose reports give the two days, not of the other story's Orvane Labs."""
    from claimline.reconcile.events import reconcile_events

    clusters = EventClusters()
    claims, articles = {}, {}
    for k, (outlet, published, text) in enumerate(
        (
            ("Harbour Wire", date(2026, 5, 5), SIGNED_3),
            ("Baltic Ledger", date(2026, 5, 26), SIGNED_24),
            ("Riga Post", date(2026, 5, 27), "Orvane Labs signed a deal with the Latvian Road Agency."),
            ("Daugava Daily", date(2026, 5, 28), "Orvane Labs signed a deal with the Latvian Road Agency."),
        )
    ):
        ex, frames = extract_events(text, published, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
        clusters.add(members(ex, frames))
        claims.update({c.id: c for c in ex.claims})
        articles[ex.article.id] = ex.article
    every = sorted(clusters.clusters.values(), key=lambda c: c.id)
    found, _ = reconcile_events(every, claims, articles, grouped=[every])
    (c,) = [c for _, c in found if c.facet == "date"]
    assert c.question == "date of sign — Finnish Defence Forces / Vantor Systems"
    assert c.subject == c.event.participants == ["Finnish Defence Forces", "Vantor Systems"]
    # and the clusters it lists are those compared: the two days', not the other story's
    orvane = {cid for cid, cl in clusters.clusters.items() if any("Orvane Labs" in f.names() for f in cl.frames)}
    assert len(c.event.cluster_ids) == 2 and not orvane & set(c.event.cluster_ids)


def test_a_conflict_on_an_event_says_how_many_questions_on_it_agree(run):
    """Each conflict on an event tells what else was comparable on that event: the date of the
    signing is in conflict, whether it happened (on 3 May) is answered alike by two outlets."""
    c = _only(
        run(
            ("Harbour Wire", date(2026, 5, 5), SIGNED_3),
            ("North Post", date(2026, 5, 6), SIGNED_3.replace("signed", "has signed")),
            ("Baltic Ledger", date(2026, 5, 26), SIGNED_24),
        ),
        "date",
    )
    reason = c.resolution.reason if c.resolution else c.reason
    assert reason.endswith("On this event, 2 questions were compared: 1 agree, 1 in conflict."), reason


CANCELLED = "The Northwind Transport Agency cancelled its contract with Vantor Systems on 3 May, the agency said."
SIGNED_NW = "Vantor Systems signed the contract with the Northwind Transport Agency on 3 May, the agency said."


def test_a_no_answers_the_reports_of_its_event_whose_parties_nest_with_its_own(run):
    """ "The contract with Vantor was not cancelled" names fewer parties than "the agency cancelled
    its contract with Vantor" but is about the same cancellation (one cluster): it answers it."""
    c = _only(
        run(
            ("Harbour Wire", date(2026, 5, 4), CANCELLED),
            (
                "North Post",
                date(2026, 5, 5),
                "The contract with Vantor Systems has not been cancelled, the company said.",
            ),
        ),
        "factuality",
    )
    assert {s.value: _outlets(s) for s in c.sides} == {"happened": ["Harbour Wire"], "did not happen": ["North Post"]}


def test_a_negation_put_off_by_until_is_no_denial(run):
    """ "Would not sign until the court rules" says when the signing may happen, not that it did not
    (`deferrals` of models/events.toml); "did not sign" is a "no"."""
    put_off = (
        "The Northwind Transport Agency said it would not sign the contract with Vantor Systems until the court rules."
    )
    assert run(("Harbour Wire", date(2026, 5, 4), SIGNED_NW), ("North Post", date(2026, 5, 5), put_off)) == []
    did_not = "The Northwind Transport Agency said it did not sign the contract with Vantor Systems."
    c = _only(
        run(("Harbour Wire", date(2026, 5, 4), SIGNED_NW), ("North Post", date(2026, 5, 5), did_not)), "factuality"
    )
    assert {s.value for s in c.sides} == {"happened", "did not happen"}


def test_a_past_negation_before_a_time_is_a_no_not_a_deferral(run):
    """ "Did not sign before the election" says the signing did not happen then: only a future or
    modal verb ("will not", "won't", "would not") makes "before" / "until" put the event off."""
    past = "The Northwind Transport Agency did not sign the contract with Vantor Systems before the election."
    c = _only(run(("Harbour Wire", date(2026, 5, 4), SIGNED_NW), ("North Post", date(2026, 5, 5), past)), "factuality")
    assert {s.value for s in c.sides} == {"happened", "did not happen"}
    wont = "The Northwind Transport Agency won't sign the contract with Vantor Systems before the election."
    assert run(("Harbour Wire", date(2026, 5, 4), SIGNED_NW), ("North Post", date(2026, 5, 5), wont)) == []


AUDIT_WARNED = "An external audit warned Vantor Systems about the flaw in March 2025, the regulator said."


def test_an_undated_denial_answers_a_report_dated_long_before_it_that_names_its_parties(run):
    """A denial the text does not date ("denied that it had ever signed") says the event did not happen
    at any time up to its report: it answers a report dated more than a year before it, when that
    report names all the parties the denial names (with no time of its own, the parties are all that
    tell which event it denies)."""
    signed = "Vantor Systems signed a framework deal with the Northwind Transport Agency in March 2025."
    denial = "Vantor Systems denied that it had signed any deal with the Northwind Transport Agency."
    c = _only(run(("Harbour Wire", date(2026, 11, 4), signed), ("North Post", date(2026, 11, 6), denial)), "factuality")
    assert {s.value: _outlets(s) for s in c.sides} == {"happened": ["Harbour Wire"], "denied": ["North Post"]}
    # the dated report names one of the denial's two parties: another signing of the agency's, maybe
    agency_signed = "The Northwind Transport Agency signed a framework deal in March 2025, the agency said."
    assert run(("Harbour Wire", date(2026, 11, 4), agency_signed), ("North Post", date(2026, 11, 6), denial)) == []


def test_a_denied_speech_act_is_a_no_a_negated_one_is_not(run):
    """Speech acts are not compared for factuality ("has not warned" is not contradicted by a later
    warning), but a denial of one is a "no": "denied that the audit had warned Vantor" answers "an
    audit warned Vantor", as long as the denial names no party the report leaves out."""
    c = _only(
        run(
            ("Harbour Wire", date(2026, 11, 4), AUDIT_WARNED),
            ("North Post", date(2026, 11, 6), "The regulator denied that the audit had warned Vantor Systems."),
        ),
        "factuality",
    )
    assert {s.value: _outlets(s) for s in c.sides} == {"happened": ["Harbour Wire"], "denied": ["North Post"]}
    not_yet = "The regulator has not warned Vantor Systems, a spokesperson said."
    assert run(("Harbour Wire", date(2026, 11, 4), AUDIT_WARNED), ("North Post", date(2026, 11, 6), not_yet)) == []
    wider = "The regulator denied that the audit had warned Vantor Systems or the Northwind Transport Agency."
    assert run(("Harbour Wire", date(2026, 11, 4), AUDIT_WARNED), ("North Post", date(2026, 11, 6), wider)) == []


CHOSE_5 = "On Tuesday, 5 May, the Northwind Transport Agency chose Vantor Systems to run its ferries."


def test_an_undated_act_told_on_a_dated_announcement_happened_by_that_day(run):
    """ "Announced on Monday, 4 May, that it had chosen Vantor" dates the choice by 4 May: it
    contradicts a choice on 5 May; announced on 6 May, it agrees; "would choose" is a plan."""
    told = "The Northwind Transport Agency announced on {} that it {} Vantor Systems to run its ferries."
    c = _only(
        run(
            ("Harbour Wire", date(2026, 5, 6), CHOSE_5),
            ("North Post", date(2026, 5, 7), told.format("Monday, 4 May,", "had chosen")),
        ),
        "date",
    )
    assert {s.value: _outlets(s) for s in c.sides} == {
        "2026-05-05": ["Harbour Wire"],
        "2026-05-04 (until)": ["North Post"],
    }
    for day, verb in (("Wednesday, 6 May,", "had chosen"), ("Monday, 4 May,", "would choose")):
        assert (
            run(("Harbour Wire", date(2026, 5, 6), CHOSE_5), ("North Post", date(2026, 5, 7), told.format(day, verb)))
            == []
        )


def test_a_frame_negated_where_its_claim_is_not_is_no_no(run):
    """The negation of one clause ("cannot both be right") that the frames carry over to the next ("and
    the commission may well be asked to decide") while the claim reads that verb as not negated: two
    readings of one predicate, no "no" to compare."""
    asked = "The Fair Work Commission has asked the union to return to work, the operator said."
    maybe = "The two figures cannot both be right, and the Fair Work Commission may well be asked to decide."
    assert run(("Harbour Wire", date(2026, 5, 6), asked), ("North Post", date(2026, 5, 7), maybe)) == []


def test_a_negated_plan_is_no_no_to_a_report_that_the_event_happened(run):
    """ "Would not be used", "won't use", "promised not to use": what the speaker plans not to do, not a
    report that it was not done; it answers no report that the scanners have been used. A past
    negation ("did not use") stays a "no"."""
    used = "The Northwind Transport Agency has used the Vantor Systems scanners at two ferry terminals since 2024."
    for plan in (
        "The Northwind Transport Agency said the Vantor Systems scanners would not be used at the ferry terminals.",
        "The Northwind Transport Agency won't use the Vantor Systems scanners at the ferry terminals.",
        "The Northwind Transport Agency promised not to use the Vantor Systems scanners at the ferry terminals.",
    ):
        found = run(("Harbour Wire", date(2026, 5, 4), used), ("North Post", date(2026, 5, 5), plan))
        assert [c.facet for c in found if c.facet == "factuality"] == [], plan
    did_not = "The Northwind Transport Agency did not use the Vantor Systems scanners at the ferry terminals."
    c = _only(run(("Harbour Wire", date(2026, 5, 4), used), ("North Post", date(2026, 5, 5), did_not)), "factuality")
    assert {s.value for s in c.sides} == {"happened", "did not happen"}


def test_an_outlets_own_statement_of_an_event_is_a_side(run, extract):
    """An author sentence that names no actor but states an event with a date, an amount or a negation
    ("The walkout began on Tuesday") is the outlet's own claim: its frame votes in conflicts on events.
    A sentence without an event word, or with nothing to compare, stays no claim."""
    texts = [
        c.text
        for c in extract(
            "The walkout began on Tuesday. The weather was cold on Tuesday. The walkout was long. "
            "The delay is the third setback in a month. They did not sign the contract."
        ).claims
    ]
    # a copula that classifies, or a pronoun whose referent is elsewhere, is commentary, not a statement to compare
    assert texts == ["The walkout began on Tuesday"]
    a = "The union said the walkout at the Vantor plant began on Monday, 4 May."
    b = "The walkout at the Vantor plant began on Tuesday, 5 May."
    c = _only(run(("Harbour Wire", date(2026, 5, 6), a), ("Baltic Ledger", date(2026, 5, 7), b)), "date")
    assert {s.value: _outlets(s) for s in c.sides} == {"2026-05-04": ["Harbour Wire"], "2026-05-05": ["Baltic Ledger"]}
    assert [r.source for s in c.sides for r in s.sources if r.publisher == "Baltic Ledger"] == [
        None
    ]  # the outlet's own


def test_a_fine_and_fined_are_one_word_of_an_amount(run):
    """The tagger's lemma of "fined" is "fin" (``tagger_lemmas``): "fined the bank 12 million euros" and
    "a fine of 24 million euros" are one sum, two answers (not two sums of two words)."""
    a = "The Nordic Banking Authority fined Harlow Bank 12.4 million euros on 3 November."
    b = "The Nordic Banking Authority handed Harlow Bank a fine of 24.1 million euros on 3 November."
    c = _only(run(("Harbour Wire", date(2026, 11, 4), a), ("Baltic Ledger", date(2026, 11, 4), b)), "quantity")
    assert sorted(s.value for s in c.sides) == ["12400000 EUR", "24100000 EUR"]
    assert c.question.startswith("amount (EUR) of fine — ")


def test_a_no_after_a_plan_in_another_clause_stays_a_no(run):
    """Only the trigger's own clause can make a negation a plan: "will appeal the ruling but it did not
    use the scanners" says they were not used; "have not said when they used them" asks, and denies nothing."""
    used = "The Northwind Transport Agency has used the Vantor Systems scanners at two ferry terminals since 2024."
    no = "The Northwind Transport Agency will appeal the ruling but it did not use the Vantor Systems scanners."
    c = _only(run(("Harbour Wire", date(2026, 5, 4), used), ("North Post", date(2026, 5, 5), no)), "factuality")
    assert {s.value for s in c.sides} == {"happened", "did not happen"}
    asked = "The Northwind Transport Agency has not said when it used the Vantor Systems scanners."
    found = run(("Harbour Wire", date(2026, 5, 4), used), ("North Post", date(2026, 5, 5), asked))
    assert [c.facet for c in found if c.facet == "factuality"] == []


def test_a_negation_of_another_clause_is_no_no(run):
    """A negated verb frame is a "no" only when its own verb group carries the negation ("did not run",
    "has not yet been sent", "no ambulance was sent"): "had not suspended the licence of Vantor Lines,
    whose ferry ran aground" does not say the ferry did not run aground, nor "patients whose lives were
    not in danger were sent" that nobody was sent."""
    ran = "A ferry of Vantor Lines ran aground off Kelso Island on Saturday, the coast guard said."
    licence = (
        "The transport ministry said it had not suspended the licence of Vantor Lines, whose ferry ran aground "
        "off Kelso Island on Saturday."
    )
    found = run(("Harbour Wire", date(2026, 10, 17), ran), ("North Post", date(2026, 10, 20), licence))
    assert [c.facet for c in found if c.facet == "factuality"] == []
    sent = "Ambulances were sent to Kelso and Marton for ten hours on Monday, the hospital said."
    relative = (
        "The emergency centre stayed open, but ambulances carrying patients whose lives were not in danger were "
        "sent to Kelso and Marton on Monday, the hospital said."
    )
    found = run(("Harbour Wire", date(2026, 10, 13), sent), ("North Post", date(2026, 10, 13), relative))
    assert [c.facet for c in found if c.facet == "factuality"] == []
    for no in (
        "The hospital said ambulances were not sent to Kelso and Marton on Monday.",
        "The hospital said no ambulances were sent to Kelso and Marton on Monday.",
    ):
        c = _only(run(("Harbour Wire", date(2026, 10, 13), sent), ("North Post", date(2026, 10, 13), no)), "factuality")
        assert {s.value for s in c.sides} == {"happened", "did not happen"}, no


def test_a_negation_under_a_modal_of_advice_is_no_no(run):
    """ "Doctors should not stop the treatment" advises (``advice_modals`` of models/comparison.toml): it
    does not say that the treatment was not stopped; "did not stop" does."""
    stopped = "Zentarol treatment at Kelso has stopped, Vantor Pharma workers told the Harbour Wire."
    advice = "Vantor Pharma said doctors should not stop Zentarol treatment at Kelso."
    found = run(("Harbour Wire", date(2026, 10, 17), stopped), ("North Post", date(2026, 10, 20), advice))
    assert [c.facet for c in found if c.facet == "factuality"] == []
    did_not = "Vantor Pharma said doctors did not stop Zentarol treatment at Kelso."
    c = _only(
        run(("Harbour Wire", date(2026, 10, 17), stopped), ("North Post", date(2026, 10, 20), did_not)), "factuality"
    )
    assert {s.value for s in c.sides} == {"happened", "did not happen"}


def test_a_time_of_day_without_its_day_dates_nothing(run):
    """ "Hit a rock at about 7.40 a.m." gives the hour, not the day: the normaliser puts it on the
    publication date, which the text does not say, so it answers no date question; "at 04:40 GMT on
    Saturday" gives its day."""
    saturday = "A ferry of Vantor Lines hit a rock off Kelso Island on Saturday, 17 October, the coast guard said."
    hour = "A ferry of Vantor Lines hit a rock off Kelso Island at about 7.40 a.m., the coast guard said."
    found = run(("Harbour Wire", date(2026, 10, 17), saturday), ("North Post", date(2026, 10, 19), hour))
    assert [c.facet for c in found if c.facet == "date"] == []
    sunday = "A ferry of Vantor Lines hit a rock off Kelso Island at 04:40 GMT on Sunday, the coast guard said."
    c = _only(run(("Harbour Wire", date(2026, 10, 17), saturday), ("North Post", date(2026, 10, 19), sunday)), "date")
    assert len(c.sides) == 2


FINED_TUESDAY = "The Northwind Communications Authority fined Vantor Mobile 18 million kroner on Tuesday."


def test_a_plan_written_when_the_event_was_done_is_a_conflict(run):
    """ "Plans to fine Vantor Mobile", published on Tuesday, 24 November, against "fined Vantor Mobile on
    Tuesday": the plan says the fine was not imposed by the day another outlet has it imposed. A plan
    published before that day, or a plan for that very day ("will fine ... on Tuesday"), answers nothing;
    nor does a sentence hedged by something other than a plan ("are studying whether to ...")."""
    plan = "The Northwind Communications Authority plans to fine Vantor Mobile 18 million kroner, it said on {}."
    c = _only(
        run(
            ("North Post", date(2026, 11, 27), FINED_TUESDAY),
            ("Harbour Wire", date(2026, 11, 24), plan.format("Tuesday")),
        ),
        "factuality",
    )
    assert {s.value: _outlets(s) for s in c.sides} == {"happened": ["North Post"], "planned": ["Harbour Wire"]}
    earlier = run(
        ("North Post", date(2026, 11, 27), FINED_TUESDAY), ("Harbour Wire", date(2026, 11, 20), plan.format("Friday"))
    )
    assert [c.facet for c in earlier if c.facet == "factuality"] == []
    for text in (
        "The Northwind Communications Authority will fine Vantor Mobile 18 million kroner on Tuesday, it said.",
        "Rival operators are studying whether to bid for the licence Vantor Mobile must sell to avoid a fine.",
    ):
        found = run(("North Post", date(2026, 11, 27), FINED_TUESDAY), ("Harbour Wire", date(2026, 11, 24), text))
        assert [c.facet for c in found if c.facet == "factuality"] == [], text


def test_a_claim_planned_before_a_deadline_answers_one_filed_that_day(run):
    """ "[Plans] to file a collective action before the end of 2026" against "has filed a collective
    lawsuit", both published on 5 November: planned (a deadline, not a day) against done."""
    plan = "The Kelso Claims Foundation plans to file a collective action against Harlow Bank before the end of 2026."
    filed = "The Kelso Claims Foundation has filed a collective lawsuit against Harlow Bank in Amsterdam."
    c = _only(run(("Harbour Wire", date(2026, 11, 5), plan), ("North Post", date(2026, 11, 5), filed)), "factuality")
    assert {s.value: _outlets(s) for s in c.sides} == {"happened": ["North Post"], "planned": ["Harbour Wire"]}
    # parties that only overlap (one names the regime, the other the city): one event all the same
    regime = plan.replace("a collective action", "a collective action under the Marton Act")
    c = _only(run(("Harbour Wire", date(2026, 11, 5), regime), ("North Post", date(2026, 11, 5), filed)), "factuality")
    assert {s.value for s in c.sides} == {"happened", "planned"}


def test_a_plan_and_a_plan_not_to_are_a_conflict(run):
    """ "Is preparing to appeal" against "will not appeal": two answers to whether the appeal is planned
    (one question however many parties each names). "Will not appeal until the auditors report" puts it
    off, and "did not appeal" says nothing of a plan."""
    preparing = (
        "Vantor Rail is preparing to appeal the ruling of the Kelso court, two people familiar with the matter said."
    )
    wont = "Vantor Rail will not appeal the ruling of the Kelso court, its chief executive said."
    found = run(("North Post", date(2026, 11, 20), preparing), ("Harbour Wire", date(2026, 11, 24), wont))
    c = _only(found, "factuality")
    assert {s.value: _outlets(s) for s in c.sides} == {"planned": ["North Post"], "not planned": ["Harbour Wire"]}
    assert c.question.startswith("whether appeal is planned")
    for text in (
        "Vantor Rail will not appeal the ruling of the Kelso court until the auditors report, its chief said.",
        "Vantor Rail did not appeal the ruling of the Kelso court, its chief executive said.",
    ):
        found = run(("North Post", date(2026, 11, 20), preparing), ("Harbour Wire", date(2026, 11, 24), text))
        assert [c.facet for c in found if c.facet == "factuality"] == [], text


def test_two_words_that_exclude_each_other_are_a_conflict(run):
    """ "Suspended its contract" against "cancelled its contract" (``[[exclusive]]`` of
    models/comparison.toml): one event reported with two words that cannot both be true. Two reports
    with one word agree; a suspension dated in September and a cancellation in October are two events."""
    cancelled = "The city of Kelso cancelled its contract with Vantor Systems, the mayor said."
    suspended = "The city of Kelso has suspended its contract with Vantor Systems, the mayor said."
    c = _only(
        run(("North Post", date(2026, 11, 20), cancelled), ("Harbour Wire", date(2026, 11, 24), suspended)),
        "factuality",
    )
    assert {s.value: _outlets(s) for s in c.sides} == {"cancelled": ["North Post"], "suspended": ["Harbour Wire"]}
    again = "The city of Kelso has cancelled its contract with Vantor Systems, the mayor said."
    assert run(("North Post", date(2026, 11, 20), cancelled), ("Harbour Wire", date(2026, 11, 24), again)) == []
    september = "The city of Kelso suspended its contract with Vantor Systems on 8 September, the mayor said."
    october = "The city of Kelso cancelled its contract with Vantor Systems on 20 October, the mayor said."
    found = run(("North Post", date(2026, 9, 9), september), ("Harbour Wire", date(2026, 10, 21), october))
    assert [c.facet for c in found if c.facet == "factuality"] == []


def test_an_exclusive_table_needs_two_sides_and_each_word_once():
    from pydantic import ValidationError

    from claimline.reconcile.vocab import ComparisonLexicon, comparison

    assert all(len(t) >= 2 for t in comparison().exclusive)
    for bad in ([{"cancelled": ["cancel"]}], [{"cancelled": ["cancel"], "suspended": ["cancel"]}]):
        with pytest.raises(ValidationError):
            ComparisonLexicon.model_validate({"exclusive": bad})


def test_durations_in_two_units_are_one_measure(run):
    """ "Suspended for six months" and "a 90-day suspension" are two answers to how long (182.6 and 90
    days: compared in days, not as the numbers 6 and 90, which look ten times apart)."""
    assert size(_q("six months", 6, "duration", "M")) == pytest.approx(182.64)
    assert size(_q("48 million", 48e6)) == 48e6
    months = "The Kelso medicines agency suspended the licence of Zentarol for six months, the agency said."
    days = "The Kelso medicines agency ordered a 90-day suspension of the licence of Zentarol, the agency said."
    c = _only(run(("Harbour Wire", date(2026, 10, 6), months), ("North Post", date(2026, 10, 7), days)), "quantity")
    assert sorted(s.value for s in c.sides) == ["P6M", "P90D"]


def test_a_number_the_report_rejects_is_no_answer(run):
    """ "Covers 16 batches, not 14 as it stated on Tuesday": the report answers 16 and rejects 14, so it
    stands against a report of 14 (it is not an article giving both values, a part and a whole)."""
    fourteen = "The Kelso medicines agency said the recall of Zentarol covers 14 batches."
    corrected = (
        "The Kelso medicines agency said the recall of Zentarol covers 16 batches, not 14 as it stated on Tuesday."
    )
    c = _only(
        run(("Harbour Wire", date(2026, 10, 6), fourteen), ("North Post", date(2026, 10, 8), corrected)), "quantity"
    )
    assert {s.value: _outlets(s) for s in c.sides} == {"14": ["Harbour Wire"], "16": ["North Post"]}


# ------------------------------------------------------------------ models/comparison.toml (review 6, C10)
def test_comparison_lexicon_rejects_a_string_and_a_word_on_two_sides_in_any_case():
    from pydantic import ValidationError

    from claimline.reconcile.vocab import ComparisonLexicon

    with pytest.raises(ValidationError):
        ComparisonLexicon.model_validate({"advice_modals": "should"})
    with pytest.raises(ValidationError):
        ComparisonLexicon.model_validate({"exclusive": [{"a": ["Halt"], "b": ["halt"]}]})


def test_a_bad_comparison_lexicon_fails_the_check_and_ingest_before_storing(tmp_path, monkeypatch):
    from claimline.reconcile.vocab import comparison

    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "comparison.toml").write_text('[[exclusive]]\nstopped = ["halt"]\n')
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Greyfield Council halted its tram contract with Orlen Rail on Monday.")
    db = str(tmp_path / "s.db")
    assert "comparison.toml" in runner.invoke(app, ["lexicons"]).output
    monkeypatch.setenv("CLAIMLINE_LEXICONS", str(lex))
    comparison.cache_clear()
    try:
        checked = runner.invoke(app, ["lexicons"])
        assert checked.exit_code != 0 and "comparison.toml" in checked.output
        assert runner.invoke(app, ["ingest", "--db", db, str(docs)]).exit_code != 0
    finally:
        monkeypatch.delenv("CLAIMLINE_LEXICONS")
        comparison.cache_clear()
    again = runner.invoke(app, ["ingest", "--db", db, str(docs)])
    assert again.exit_code == 0 and again.output.startswith("1 stored"), again.output


# ------------------------------------------------------------------ a source on record against none
PAID_120 = "The Finnish Defence Forces paid Vantor Systems 120 million euros for the drones"
PAID_210 = "The Finnish Defence Forces paid Vantor Systems 210 million euros for the drones"


@pytest.mark.parametrize("source", ["the hospital", "the regional fire service", "The Port Authority"])
def test_a_definite_institution_is_a_source_on_record(source):
    from claimline.reconcile.info import institution_source

    assert institution_source(source)


@pytest.mark.parametrize("source", ["the people", "two people familiar with the matter", "a spokesman", "the official"])
def test_unnamed_people_are_no_institution(source):
    from claimline.reconcile.info import institution_source

    assert not institution_source(source)


def test_a_figure_told_on_record_outweighs_an_unattributed_one(run):
    a = PAID_120 + ", Vantor Systems said."
    b = PAID_210 + "."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "quantity")
    assert c.status == "resolved" and c.resolution.rule == "on_record"
    assert c.resolution.value == "120000000 EUR"
    assert "stands on the record" in c.resolution.reason and "Baltic Ledger" in c.resolution.reason


def test_two_unattributed_figures_stay_disputed(run):
    a = PAID_120 + "."
    b = PAID_210 + "."
    c = _only(run(("Harbour Wire", date(2026, 5, 5), a), ("Baltic Ledger", date(2026, 5, 6), b)), "quantity")
    assert c.status == "disputed" and c.resolution is None


def test_one_source_on_record_does_not_outweigh_more_independent_outlets(run):
    a = PAID_120 + ", Vantor Systems said."
    b = PAID_210 + "."
    docs = [
        ("Harbour Wire", date(2026, 5, 5), a),
        ("Baltic Ledger", date(2026, 5, 6), b),
        ("North Courier", date(2026, 5, 6), b.replace("for the drones", "for its drones")),
    ]
    c = _only(run(*docs), "quantity")
    assert c.resolution is None or c.resolution.rule != "on_record"
