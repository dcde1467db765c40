"""Outlets that agree, or that tell two different things, give no conflict (review 6, C1-C3 and on):
short invented stories where a false conflict would cost an analyst's trust. Each case must report 0
conflicts through the store, as ``claimline conflicts`` lists them (``api.ingest`` + ``api.conflicts``:
conflicts on claims and on events, review 7 R1), and 0 conflicts on events (the faster check beside it);
the outlets, companies and places are invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimline import api
from claimline.events import EventClusters, extract_events, members
from claimline.reconcile.events import event_conflicts

A, B = "Harbour Wire", "North Post"

FINED = (A, "2026-06-03", "The Greyfield regulator fined Orlen Buses on Tuesday, the regulator said.")
INTENDS = (B, "2026-06-04", "The Greyfield regulator intends to fine Orlen Buses, the regulator said.")


def _pair(first: str, second: str, *, days: tuple[str, str] = ("2026-06-03", "2026-06-04")):
    return [(A, days[0], first), (B, days[1], second)]


AGREEING = {
    # C1: a plan and a refusal of another thing, under a condition, or one outlet changing its mind
    "C1 surveillance, not strikes": _pair(
        "The Norland army plans to use Vantor drones for border surveillance, officials said.",
        "The Norland army will not use Vantor drones for strikes, officials said.",
    ),
    "C1 cut costs, not jobs": _pair(
        "Orlen Group plans to cut costs at Kestrel Bank by a tenth, the company said.",
        "Orlen Group will not cut jobs at Kestrel Bank, the company said.",
    ),
    "C1 appeal the ruling, not the fine": _pair(
        "Orlen Group plans to appeal the ruling of the Oslo court, its lawyers said.",
        "Orlen Group will not appeal the fine imposed by the Norland regulator, its lawyers said.",
    ),
    "C1 no signature without a guarantee": _pair(
        "Orlen Group is expected to sign the deal with Greyfield Council, officials said.",
        "Orlen Group will not sign the deal with Greyfield Council without a guarantee, the company said.",
    ),
    "C1 unclassified, not classified": _pair(
        "Tarnwave plans to use its models on the alliance's unclassified networks, the company said.",
        "Tarnwave will not use its models on the alliance's classified networks, a spokesperson said.",
    ),
    "C1 one outlet changes its mind": [
        (A, "2026-06-02", "Orlen Buses plans to appeal the fine, its chief executive said."),
        (A, "2026-06-05", "Orlen Buses will not appeal the fine, its chief executive said."),
    ],
    # C2: a next instance, a condition, backstory, a proposal: no "planned" against "happened"
    "C2 raise again": _pair(
        "The Norland central bank raised interest rates on Thursday, the bank said.",
        "The Norland central bank plans to raise interest rates again, its governor said.",
        days=("2026-06-05", "2026-06-06"),
    ),
    "C2 fine further if": [
        FINED,
        (B, "2026-06-04", "The Greyfield regulator intends to fine Orlen Buses further if delays continue."),
    ],
    "C2 deploy more": _pair(
        "The Norland army deployed Vantor drones on the border on Monday, officials said.",
        "The Norland army plans to deploy more Vantor drones on the border, officials said.",
    ),
    "C2 a larger stake": _pair(
        "Orlen Group bought a stake in Kestrel Bank on Monday, the company said.",
        "Orlen Group expects to buy a larger stake in Kestrel Bank, the company said.",
    ),
    "C2 hire 300, hired 200": _pair(
        "Orlen Motors hired 200 workers at Greyfield on Monday, the company said.",
        "Orlen Motors plans to hire 300 workers at Greyfield, the company said.",
    ),
    "C2 sue in another city as well": _pair(
        "Kestrel Bank has sued Orlen Group in Oslo, its lawyers said.",
        "Kestrel Bank plans to sue Orlen Group in London as well, its lawyers said.",
        days=("2026-06-03", "2026-06-03"),
    ),
    "C2 had intended": [FINED, (B, "2026-06-04", "The Greyfield regulator had intended to fine Orlen Buses.")],
    "C2 initially planned": [
        FINED,
        (B, "2026-06-04", "The Greyfield regulator initially planned to fine Orlen Buses."),
    ],
    "C2 said last month": [
        FINED,
        (B, "2026-06-04", "The Greyfield regulator said last month that it intended to fine Orlen Buses."),
    ],
    "C2 collect the fine": [
        FINED,
        (B, "2026-06-04", "The Greyfield regulator plans to collect the fine from Orlen Buses."),
    ],
    "C2 proposed a fine": [(A, "2026-06-03", "The Greyfield regulator has proposed a fine for Orlen Buses."), INTENDS],
    "C2 threatened a fine": [
        (A, "2026-06-03", "The Greyfield regulator has threatened Orlen Buses with a fine."),
        INTENDS,
    ],
    "C2 called for a fine": [
        (A, "2026-06-03", "Greyfield councillors have called for a fine for Orlen Buses."),
        INTENDS,
    ],
    "C2 considered a fine": [(A, "2026-06-03", "The Greyfield regulator considered a fine for Orlen Buses."), INTENDS],
    # C3: two words about two objects, or the story moving on
    "C3 contract cancelled, payments suspended": _pair(
        "Greyfield Council cancelled its contract with Orlen Buses, the council said.",
        "Greyfield Council suspended payments to Orlen Buses, the council said.",
    ),
    "C3 festival postponed, show cancelled": _pair(
        "Greyfield Council postponed the festival with Orlen Music, the council said.",
        "Greyfield Council cancelled the fireworks show with Orlen Music, the council said.",
    ),
    "C3 suspended, then cancelled": _pair(
        "Greyfield Council has suspended its contract with Orlen Buses, the council said.",
        "Greyfield Council has cancelled its contract with Orlen Buses, the council said.",
        days=("2026-06-02", "2026-06-04"),
    ),
    "C3 delayed, then cancelled the same day": _pair(
        "Skyjet delayed its flight to Rome on Monday, the airline said.",
        "Skyjet cancelled its flight to Rome on Monday, the airline said.",
        days=("2026-06-02", "2026-06-02"),
    ),
    # C7: a "no" answers its own word only; a negated "rule out" is a maybe, "not ... until" a date
    "C7 not ruled out cancelling, cancelled": _pair(
        "Greyfield Council has cancelled its deal with Orlen Ferries, the mayor said.",
        "Greyfield Council has not ruled out cancelling its deal with Orlen Ferries, the mayor said.",
        days=("2026-06-02", "2026-06-02"),
    ),
    "C7 did not rule out cancelling, suspended": _pair(
        "Greyfield Council has suspended its deal with Orlen Ferries, the mayor said.",
        "Greyfield Council did not rule out cancelling its deal with Orlen Ferries, the mayor said.",
    ),
    "C7 denied cancelling, only suspended": _pair(
        "Greyfield Council has suspended its deal with Orlen Ferries, the mayor said.",
        "Greyfield Council denied it had cancelled its deal with Orlen Ferries, saying the deal was only suspended.",
    ),
    "C7 failed to sign, did not sign": _pair(
        "Orlen Group failed to sign the lease with Greyfield Council, the mayor said.",
        "Orlen Group did not sign the lease with Greyfield Council, the mayor said.",
    ),
    "C7 not until Monday": _pair(
        "Orlen Group signed a lease with Greyfield Council on Monday, the mayor said.",
        "Orlen Group did not sign the lease with Greyfield Council until Monday, the mayor said.",
    ),
    "C3 suspended on Monday, cancelled on Friday": _pair(
        "Greyfield Council suspended its deal with Orlen Ferries on Monday, the council said.",
        "Greyfield Council cancelled its deal with Orlen Ferries on Friday, the council said.",
        days=("2026-06-02", "2026-06-06"),
    ),
    "C3 delivery of ten delayed, order for two cancelled": _pair(
        "Norland Airways delayed the delivery of ten Kestrel jets, the airline said.",
        "Norland Airways cancelled an order for two Kestrel jets, the airline said.",
    ),
    # C11: a next instance or backstory dates no done event; "nothing but" is no negation
    "C11 will test again in July": _pair(
        "Orlen Robotics tested its crane with the Greyfield port on Monday, officials said.",
        "Orlen Robotics will test its crane with the Greyfield port again in July, officials said.",
    ),
    "C11 had planned to sign in May": _pair(
        "Orlen Group signed the lease with Greyfield Council on Monday, the mayor said.",
        "Orlen Group had planned to sign the lease with Greyfield Council in May, the mayor said.",
    ),
    "C11 sold nothing but its stake": _pair(
        "Orlen Group sold its stake in Kestrel Bank, the company said.",
        "Orlen Group sold nothing but its stake in Kestrel Bank, the company said.",
    ),
    # review 7 R1: a claim's date is its own event's: days joined or a range, a day counted from another
    # event, two steps of one story ([[exclusive]] words), a plan beside a done act
    "R1 trains cancelled on two days, one of them": _pair(
        "Westmoor Rail cancelled trains on Monday and Wednesday because of the walkout, the company said.",
        "Westmoor Rail cancelled trains on Wednesday because of the walkout, the company said.",
        days=("2026-06-04", "2026-06-04"),
    ),
    "R1 closed all week, closed on a day of it": _pair(
        "The Dunmore bridge of Calder Roads will be closed from Monday until Friday, the council said.",
        "The Dunmore bridge of Calder Roads will be closed on Wednesday, the council said.",
        days=("2026-06-05", "2026-06-06"),
    ),
    "R1 sold days before an announcement": _pair(
        "Harlan Steel sold its stake in Pexton Savings two days before the merger was announced on Friday.",
        "Harlan Steel sold its stake in Pexton Savings on Wednesday, the bank said.",
        days=("2026-06-06", "2026-06-06"),
    ),
    "R1 suspended, then cancelled after suspending": _pair(
        "Marsh County suspended its contract with Tolby Coaches on Monday, the county said.",
        "Marsh County cancelled its contract with Tolby Coaches on Tuesday after suspending it on Monday.",
        days=("2026-04-07", "2026-04-07"),
    ),
    # a bound is no date ("by Friday": on or before it); a second instance has its own date
    "repay by Friday, repaid on Thursday": _pair(
        "Pexton Bank must repay the loan to Calder County by Friday, the council said.",
        "Pexton Bank repaid the loan to Calder County on Thursday, the council said.",
        days=("2026-06-03", "2026-06-05"),
    ),
    "a deal in May and another in June": _pair(
        "Pexton Bank signed a deal with Calder County in May and another in June, the bank said.",
        "Pexton Bank signed a deal with Calder County in June, the bank said.",
    ),
    # review 7 R16: two negations cancel; refusing an offer is no denial that it was made
    "R16 not true that it did not sign": _pair(
        "It is not true that Pexton Marine did not sign a deal with the Calder Navy on Friday, the navy said.",
        "Pexton Marine signed a deal with the Calder Navy on Friday, the navy said.",
        days=("2026-06-06", "2026-06-06"),
    ),
    "R16 rejected the offer, declined to accept it": _pair(
        "The dockers' union rejected the pay offer from Dunmore port on Monday.",
        "The dockers' union declined to accept the pay offer from Dunmore port on Monday.",
    ),
    "R1 suspended, and will cancel next month": _pair(
        "Marsh County suspended its contract with Tolby Coaches on Monday and said it would cancel it next month.",
        "Marsh County suspended its contract with Tolby Coaches on Monday, the county said.",
        days=("2026-03-31", "2026-03-31"),
    ),
}
# review 8 V0: two incidents in two named places on one day are two events, whatever their word or cause
_TWO_PLACES = {
    "roads": (
        "Two people died in a crash on the B712 near Brannock",
        "Three people died in a crash on the A61 near Tolvey",
    ),
    "towns, injured": ("Four people were injured in Brannock", "Five people were injured in Tolvey"),
    "towns, died": ("Two people died in Brannock", "Three people died in Tolvey"),
    "countries, floods": ("Floods killed 11 people in Norway", "Floods killed 19 people in Finland"),
}
for _name, (_here, _there) in _TWO_PLACES.items():
    AGREEING[f"V0 two places: {_name}"] = _pair(
        f"{_here} on Friday, police said.", f"{_there} on Friday, police said.", days=("2026-05-09", "2026-05-09")
    )
# C9: a time of day without its day (the words of models/timex/en.toml) answers no date question
_HIT = "A barge of Orlen Lines struck a pier at Kelso Quay {}, the harbour master said."
for _when in ("at midday", "at 9.30 a.m. EST", "at 9.30 p.m. IST", "shortly after noon"):
    AGREEING[f"C9 {_when}"] = [
        (A, "2026-10-17", _HIT.format("on Saturday, 17 October")),
        (B, "2026-10-19", _HIT.format(_when)),
    ]


def _through_store(docs, folder: Path) -> list:
    """``docs`` ingested into a new store, and the conflicts ``claimline conflicts`` would list."""
    with api.open_store(folder / "case.db", create=True) as store:
        for k, (outlet, published, text) in enumerate(docs):
            path = folder / f"a{k}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            api.ingest(store, [str(path)], published=published, publisher=outlet)
        return api.conflicts(store)


@pytest.fixture(scope="module")
def run(nlp):
    def go(docs):
        clusters = EventClusters()
        claims, articles = {}, {}
        for k, (outlet, published, text) in enumerate(docs):
            ex, frames = extract_events(
                text, date.fromisoformat(published), nlp=nlp, publisher=outlet, path=f"a{k}.txt"
            )
            clusters.add(members(ex, frames))
            claims.update({c.id: c for c in ex.claims})
            articles[ex.article.id] = ex.article
        return [c for _, c in event_conflicts(clusters.clusters.values(), claims, articles)]

    return go


@pytest.mark.parametrize("name", sorted(AGREEING))
def test_outlets_that_agree_give_no_conflict_through_the_store(tmp_path, name):
    found = _through_store(AGREEING[name], tmp_path)
    assert found == [], [
        (c.facet, c.question, {s.value: [r.outlet for r in s.sources] for s in c.sides}) for c in found
    ]


@pytest.mark.parametrize("name", sorted(AGREEING))
def test_outlets_that_agree_give_no_conflict_on_events(run, name):
    found = run(AGREEING[name])
    assert found == [], [
        (c.facet, c.question, {s.value: [r.publisher for r in s.sources] for s in c.sides}) for c in found
    ]


def test_a_refusal_to_do_it_is_a_no(run):
    """C7: "refused to sign" says it was not signed, against "signed"."""
    found = run(
        _pair(
            "Orlen Group signed the lease with Greyfield Council on Monday, the mayor said.",
            "Orlen Group refused to sign the lease with Greyfield Council on Monday, the mayor said.",
        )
    )
    assert [c.facet for c in found] == ["factuality"]
    assert {s.value for s in found[0].sides} == {"happened", "did not happen"}


def test_a_negated_truth_over_the_clause_is_a_no(run):
    """C15: "it is not true that X signed the lease" says it was not signed, against "signed"."""
    found = run(
        _pair(
            "Orlen Group signed the lease with Greyfield Council on Monday, the mayor said.",
            "It is not true that Orlen Group signed the lease with Greyfield Council, the mayor said.",
        )
    )
    assert [c.facet for c in found] == ["factuality"]
    assert {s.value for s in found[0].sides} == {"happened", "did not happen"}


def test_suspended_and_cancelled_on_one_day_published_together_is_a_conflict(run):
    """Review 7 R4: "suspended" against "cancelled": one act on one shared Wednesday, both published the same
    day, is two answers, not the story moving on; a day apart in publication it moves on."""
    suspended = "Dunmore Port Authority suspended its lease with Talvik Shipping on Wednesday, the authority said."
    cancelled = "Dunmore Port Authority cancelled its lease with Talvik Shipping on Wednesday, the authority said."
    found = run(_pair(suspended, cancelled, days=("2026-09-11", "2026-09-11")))
    assert [c.facet for c in found] == ["factuality"]
    assert {s.value for s in found[0].sides} == {"suspended", "cancelled"}
    assert run(_pair(suspended, cancelled, days=("2026-09-11", "2026-09-12"))) == []


@pytest.mark.parametrize(
    ("docs", "facets"),
    [
        (
            _pair(
                "Marsh County suspended its contract with Tolby Coaches on Monday, the county said.",
                "Marsh County suspended its contract with Tolby Coaches on Wednesday, the county said.",
                days=("2026-04-09", "2026-04-09"),
            ),
            {"date"},
        ),
        (
            _pair(
                "Harlan Steel sold its stake in Pexton Savings on Monday, the bank said.",
                "Harlan Steel did not sell its stake in Pexton Savings, the bank said.",
            ),
            {"factuality", "polarity"},
        ),
        (  # review 8 V0: one place, one day, two counts
            _pair(
                "Two people died in a crash on the B712 near Brannock on Friday, police said.",
                "Three people died in a crash on the B712 near Brannock on Friday, police said.",
                days=("2026-05-09", "2026-05-09"),
            ),
            {"quantity"},
        ),
        (  # review 8 V1: "died" and "were killed" count the dead of one incident (models/measures.toml)
            _pair(
                "Four people died when a lorry left the road near Brannock on Sunday, police said.",
                "Six people were killed when a lorry left the road near Brannock on Sunday, police said.",
                days=("2026-05-11", "2026-05-11"),
            ),
            {"quantity"},
        ),
    ],
)
def test_outlets_that_disagree_still_give_a_conflict_through_the_store(tmp_path, docs, facets):
    found = _through_store(docs, tmp_path)
    assert found and {c.facet for c in found} <= facets, [(c.facet, c.question) for c in found]
