"""Outlets that agree, or that tell two different things, give no conflict (review 6, C1-C3 and on):
short invented stories where a false conflict would cost an analyst's trust. Each case must report 0
conflicts through the store, as ``claimline conflicts`` lists them (``api.ingest`` + ``api.conflicts``:
conflicts on claims and on events, review 7 R1), and 0 conflicts on events (the faster check beside it);
the outlets, companies and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from claimline import api
from claimline.events import EventClusters, extract_events, members
from claimline.reconcile.events import event_conflicts

from .helpers import through_store

A, B = "Harbour Wire", "North Post"

FINED = (A, "2026-06-03", "The Greyfield regulator fined Orlen Buses on Tuesday, the regulator said.")
INTENDS = (B, "2026-06-04", "The Greyfield regulator intends to fine Orlen Buses, the regulator said.")


def _pair(first: str, second: str, *, days: tuple[str, str] = ("2026-06-03", "2026-06-04")):
    return [(A, days[0], first), (B, days[1], second)]


#: a lede, then the outlet's own sentence (the claim the extractor makes of it does not hold the verb)
_HELD = (
    "Contractor held over Lisk tower. Oren Palk, whose company built the Lisk tower, was {} on Thursday evening"
    " and is being questioned by prosecutors in Dravik."
)

AGREEING = {
    # one event named with two words of one class (models/events.toml: earthquake, sentence, cancel)
    "words: the earthquake and the tremor agree": _pair(
        "The earthquake of 12 November killed nine people in Varnos province, officials said.",
        "Nine people died in the tremor of 12 November in Varnos province, officials said.",
        days=("2026-11-12", "2026-11-13"),
    ),
    "words: sentenced and jailed agree": _pair(
        "A court in Dravik sentenced Oren Palk to four years in prison on 10 November, the court said.",
        "Oren Palk was jailed for four years on 10 November, the court said.",
        days=("2026-11-10", "2026-11-11"),
    ),
    "words: grounded and suspended agree": _pair(
        "The aviation authority grounded the fleet of Merrow Air on Monday, the authority said.",
        "The aviation authority suspended the flights of Merrow Air on Monday, the authority said.",
        days=("2026-10-06", "2026-10-07"),
    ),
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
    # review 10 R29: a document's marking is no network tier (models/tiers.toml document_nouns)
    "R29 a classified report and an unclassified summary": _pair(
        "The ministry's report on the Corran explosion is classified, officials said.",
        "The ministry's summary of the Corran explosion is unclassified, officials said.",
    ),
    "R29 a classified report blames what an unclassified summary blames": _pair(
        "Officials said a classified report on the Corran explosion blamed a gas leak.",
        "Officials said an unclassified summary of the Corran explosion blamed a gas leak.",
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
# review 9: outlets that agree but word it differently — relative and absolute dates, rounding, the edges of a
# day across time zones (V19), a plan and its later fulfilment, a running count, a quote and its paraphrase,
# attributed and unattributed, hedged and asserted, plans told in the past (V7), a total and its part (V4).
# June 2026: Monday 1, Tuesday 2 ... Monday 8.
REVIEW9 = {
    # relative vs absolute dates
    "Q relative weekday, calendar date": _pair(
        "Calder Water fined Brenmoor Farms 40,000 pounds on Tuesday, the regulator said.",
        "Calder Water fined Brenmoor Farms 40,000 pounds on 2 June, the regulator said.",
        days=("2026-06-03", "2026-06-05"),
    ),
    "Q yesterday, weekday": _pair(
        "Marsh County cancelled its contract with Tolby Coaches yesterday, a county spokesman said.",
        "Marsh County cancelled its contract with Tolby Coaches on Tuesday, a county spokesman said.",
        days=("2026-06-03", "2026-06-04"),
    ),
    "Q last week, a day of it": _pair(
        "Harlan Steel sold its stake in Pexton Savings last week, the bank said.",
        "Harlan Steel sold its stake in Pexton Savings on Wednesday, the bank said.",
        days=("2026-06-08", "2026-06-04"),
    ),
    "Q a month, a day in it": _pair(
        "Dunmore Port signed a lease with Talvik Shipping in June, the port said.",
        "Dunmore Port signed a lease with Talvik Shipping on 3 June, the port said.",
        days=("2026-06-20", "2026-06-04"),
    ),
    "Q earlier this month, a date": _pair(
        "Brenmoor Dairy recalled its soft cheese earlier this month, the food agency said.",
        "Brenmoor Dairy recalled its soft cheese on 2 June, the food agency said.",
        days=("2026-06-18", "2026-06-03"),
    ),
    "Q date written two ways": _pair(
        "Kestrel Bank opened its new branch in Greyfield on June 3, the bank said.",
        "Kestrel Bank opened its new branch in Greyfield on Wednesday, 3 June, the bank said.",
        days=("2026-06-04", "2026-06-05"),
    ),
    "Q a week ago, a date": _pair(
        "Orlen Motors closed its plant in Tolvey a week ago, union leaders said.",
        "Orlen Motors closed its plant in Tolvey on 1 June, union leaders said.",
        days=("2026-06-08", "2026-06-02"),
    ),
    "Q at the weekend, Saturday": _pair(
        "Westmoor Rail suspended services to Calder at the weekend, the operator said.",
        "Westmoor Rail suspended services to Calder on Saturday, the operator said.",
        days=("2026-06-08", "2026-06-07"),
    ),
    "Q the previous day": _pair(
        "Police said on Wednesday that a lorry had crashed near Brannock the previous day.",
        "A lorry crashed near Brannock on Tuesday, police said.",
        days=("2026-06-03", "2026-06-03"),
    ),
    # rounding
    "Q rounded money": _pair(
        "The Calder regulator fined Pexton Bank 2 million euros on Tuesday, the regulator said.",
        "The Calder regulator fined Pexton Bank 1.96 million euros on Tuesday, the regulator said.",
    ),
    "Q nearly 300, 289": _pair(
        "Orlen Motors hired nearly 300 workers at its Greyfield plant in May, the company said.",
        "Orlen Motors hired 289 workers at its Greyfield plant in May, the company said.",
    ),
    "Q more than 40 injured, 43": _pair(
        "More than 40 people were injured when a train derailed near Tolvey on Monday, police said.",
        "Forty-three people were injured when a train derailed near Tolvey on Monday, police said.",
    ),
    "Q percent rounded": _pair(
        "Calder Water raised its prices by 5 percent in May, the company said.",
        "Calder Water raised its prices by 4.8 percent in May, the company said.",
    ),
    "Q a dozen, twelve": _pair(
        "Greyfield police arrested a dozen protesters outside the Orlen Motors plant on Monday.",
        "Greyfield police arrested 12 protesters outside the Orlen Motors plant on Monday.",
    ),
    "Q 12 million euros written two ways": _pair(
        "Orlen Group paid 12 million euros for the stake in Kestrel Bank, the company said.",
        "Orlen Group paid €12m for the stake in Kestrel Bank, the company said.",
    ),
    "Q at least 2 million, 2.3 million": _pair(
        "Tolby Coaches owes Marsh County at least 2 million pounds, the county said.",
        "Tolby Coaches owes Marsh County 2.3 million pounds, the county said.",
    ),
    # time zones and the edges of a day
    "Q late Tuesday, early hours of Wednesday": _pair(
        "Orlen Group signed the deal with Greyfield Council late on Tuesday, the council said.",
        "Orlen Group signed the deal with Greyfield Council in the early hours of Wednesday, the council said.",
        days=("2026-06-04", "2026-06-04"),
    ),
    "Q overnight, the next day": _pair(
        "Talvik Shipping's ferry ran aground off Kelso overnight, the coastguard said.",
        "Talvik Shipping's ferry ran aground off Kelso on Wednesday, the coastguard said.",
        days=("2026-06-03", "2026-06-04"),
    ),
    "Q Tuesday night, Wednesday": _pair(
        "Fire broke out at the Oostmoor chemical plant of Pexton Chemicals on Tuesday night, firefighters said.",
        "Fire broke out at the Oostmoor chemical plant of Pexton Chemicals early on Wednesday, firefighters said.",
        days=("2026-06-04", "2026-06-04"),
    ),
    "Q 11 p.m. GMT, 1 a.m. local": _pair(
        "Norland Airways cancelled the Kestrel flights at 11 p.m. GMT on Tuesday, the airline said.",
        "Norland Airways cancelled the Kestrel flights at 1 a.m. local time on Wednesday, the airline said.",
        days=("2026-06-04", "2026-06-04"),
    ),
    # clock times in the outlets' own sentences (no claim) and plans' clock times (review 9 W8)
    "T about 10:40, 10:42 (own sentences)": _pair(
        "The Kittiwake-1 rocket of Norvane Aerospace lifted off at about 10:40 local time on Tuesday from Ardvarrich.",
        "The Kittiwake-1 rocket of Norvane Aerospace lifted off at 10:42 local time on Tuesday from Ardvarrich.",
        days=("2026-09-15", "2026-09-15"),
    ),
    "T 09:42 GMT, 10:42 local (own sentences)": _pair(
        "The Kittiwake-1 rocket of Norvane Aerospace lifted off at 09:42 GMT on Tuesday from Ardvarrich.",
        "The Kittiwake-1 rocket of Norvane Aerospace lifted off at 10:42 local time on Tuesday from Ardvarrich.",
        days=("2026-09-15", "2026-09-15"),
    ),
    "T 9 a.m. New York time, 15:00 (own sentences)": _pair(
        "The Halden rocket of Norvane Aerospace lifted off at 9 a.m. New York time.",
        "The Halden rocket of Norvane Aerospace lifted off at 15:00.",
        days=("2026-06-05", "2026-06-05"),
    ),
    "T 06:40 CET, 05:40 BST (own sentences)": _pair(
        "Pexton Chemicals' plant in Oostmoor exploded at 06:40 CET on Tuesday.",
        "Pexton Chemicals' plant in Oostmoor exploded at 05:40 BST on Tuesday.",
        days=("2026-06-02", "2026-06-02"),
    ),
    "T will open at 14:00, at 2 p.m.": _pair(
        "The Mlinsk Health Centre will open an extra vaccination clinic at 14:00 on Saturday.",
        "The Mlinsk Health Centre will open an extra vaccination clinic at 2 p.m. on Saturday, the centre said.",
        days=("2026-04-14", "2026-04-15"),
    ),
    "T will open at 14:00, opened at 16:00": _pair(
        "The Mlinsk Health Centre will open an extra vaccination clinic at 14:00 on Saturday.",
        "The Mlinsk Health Centre opened an extra vaccination clinic at 16:00 on Saturday.",
        days=("2026-04-14", "2026-04-19"),
    ),
    "T at 2 p.m. that day (another sentence's day), at 14:00 on Saturday": _pair(
        "For parents, the key date is Saturday. The Mlinsk Health Centre will open an extra vaccination clinic at"
        " 2 p.m. that day, the centre said.",
        "The Mlinsk Health Centre will open an extra vaccination clinic at 14:00 on Saturday, the centre said.",
        days=("2026-04-14", "2026-04-15"),
    ),
    "T two shops of one party opening at two times on one day (review 10, R1)": _pair(
        "Kelmar will open its Varn shop at 9:00 on Saturday, the company said.",
        "Kelmar will open its Dunholt shop at 11:00 on Saturday, the company said.",
        days=("2026-06-03", "2026-06-03"),
    ),
    # two named things acted on by one party on two days are two acts (review 10, R3)
    "T two rockets launched on two days": _pair(
        "Nordspace launched the Aurel-2 rocket from Kestane on Tuesday, the company said.",
        "Nordspace launched the Mira-1 rocket from Kestane on Thursday, the company said.",
        days=("2026-09-04", "2026-09-04"),
    ),
    "T two defendants convicted on two days": _pair(
        "The Lorvik court convicted the developer Aled Brin on Tuesday, prosecutors said.",
        "The Lorvik court convicted the banker Ines Coll on Thursday, prosecutors said.",
        days=("2026-09-04", "2026-09-04"),
    ),
    "T lifted off at 10:42, exploded at 10:44": _pair(
        "Norvane Aerospace's Kittiwake-1 rocket lifted off at 10:42 local time on Tuesday.",
        "Norvane Aerospace's Kittiwake-1 rocket exploded at 10:44 local time on Tuesday.",
        days=("2026-09-15", "2026-09-15"),
    ),
    # the outlet's own "yes" (a sentence no claim holds) against a claim's "no" of another party, another
    # word or a deferral
    "F arrested (own sentence), his brother not arrested": _pair(
        _HELD.format("arrested"),
        "Oren Palk's brother has not been arrested, the prosecutor's office said.",
        days=("2026-11-13", "2026-11-14"),
    ),
    "F detained (own sentence), not charged": _pair(
        _HELD.format("detained"),
        "Oren Palk has not been charged, the prosecutor's office said.",
        days=("2026-11-13", "2026-11-14"),
    ),
    "F arrested (own sentence), earlier: not until the inquiry ends": _pair(
        _HELD.format("arrested"),
        "Oren Palk will not be arrested until the inquiry ends, the prosecutor's office said.",
        days=("2026-11-13", "2026-11-12"),
    ),
    "F the audit named in a headline, not commented on the audit": _pair(
        "Orlen Bank denies ignoring audit warning. Orlen Bank has rejected reports that it ignored a warning.",
        "Orlen Bank has not commented on the audit, the newspaper said.",
        days=("2026-11-13", "2026-11-14"),
    ),
    # a plan and its later fulfilment
    "Q will sign on Friday, signed on Friday": _pair(
        "Dunmore Port will sign the lease with Talvik Shipping on Friday, the port said.",
        "Dunmore Port signed the lease with Talvik Shipping on Friday, the port said.",
        days=("2026-06-01", "2026-06-06"),
    ),
    "Q expected in July, opened on 14 July": _pair(
        "The Kestrel bridge built by Calder Roads is expected to open in July, the council said.",
        "The Kestrel bridge built by Calder Roads opened on 14 July, the council said.",
        days=("2026-06-01", "2026-07-15"),
    ),
    "Q is due to open, opened": _pair(
        "Greyfield's new library, built by Orlen Construction, is due to open on 1 July, the council said.",
        "Greyfield's new library, built by Orlen Construction, opened on 1 July, the council said.",
        days=("2026-06-01", "2026-07-02"),
    ),
    "Q plans to appeal, appealed": _pair(
        "Pexton Bank plans to appeal the fine imposed by the Calder regulator, its lawyers said.",
        "Pexton Bank appealed the fine imposed by the Calder regulator on Thursday, its lawyers said.",
        days=("2026-06-01", "2026-06-05"),
    ),
    "Q by the end of the year, in November": _pair(
        "Orlen Group expects to complete the purchase of Kestrel Bank by the end of the year, the company said.",
        "Orlen Group expects to complete the purchase of Kestrel Bank in November, the company said.",
    ),
    # a quote and its paraphrase
    "Q quote, paraphrase: keeps stake": _pair(
        '"We will not sell our stake in Pexton Savings," the chief executive of Harlan Steel said.',
        "Harlan Steel will keep its stake in Pexton Savings, its chief executive said.",
    ),
    "Q quote, paraphrase: paid": _pair(
        '"We paid 3 million pounds for the Tolvey site," said the chief executive of Orlen Motors.',
        "Orlen Motors paid 3 million pounds for the Tolvey site, its chief executive said.",
    ),
    "Q quote, paraphrase: date": _pair(
        '"We signed the contract with Marsh County on Monday," said a spokeswoman for Tolby Coaches.',
        "Tolby Coaches signed the contract with Marsh County on 1 June, a spokeswoman said.",
        days=("2026-06-03", "2026-06-04"),
    ),
    # attributed vs unattributed
    "Q attributed, unattributed figure": _pair(
        "Orlen Group paid 12 million euros for its stake in Kestrel Bank, the company said.",
        "Orlen Group paid 12 million euros for its stake in Kestrel Bank.",
    ),
    "Q attributed, unattributed date": _pair(
        "Calder Water cut the supply to Brenmoor Farms on Monday, according to the regulator.",
        "Calder Water cut the supply to Brenmoor Farms on Monday.",
    ),
    # hedged vs asserted
    "Q reportedly, asserted": _pair(
        "Orlen Group reportedly paid 12 million euros for the stake in Kestrel Bank.",
        "Orlen Group paid 12 million euros for the stake in Kestrel Bank, the company said.",
    ),
    "Q is believed to have signed": _pair(
        "Dunmore Port is believed to have signed the lease with Talvik Shipping on Monday, sources said.",
        "Dunmore Port signed the lease with Talvik Shipping on Monday, the port said.",
    ),
    "Q people familiar, the company": _pair(
        "Kestrel Bank sold its Greyfield branches to Pexton Savings on Monday, according to people familiar with"
        " the matter.",
        "Kestrel Bank sold its Greyfield branches to Pexton Savings on Monday, the bank said.",
    ),
    # plans that date no event (review 8 V7)
    "Q had hoped to sign on Monday": _pair(
        "Orlen Group signed the contract with Greyfield Council on Wednesday, the council said.",
        "Orlen Group had hoped to sign the contract with Greyfield Council on Monday, the council said.",
        days=("2026-06-04", "2026-06-04"),
    ),
    "Q was supposed to open on Friday": _pair(
        "The Kestrel bridge of Greyfield Council opened on Monday, the council said.",
        "The Kestrel bridge of Greyfield Council was supposed to open on Friday, the council said.",
        days=("2026-06-09", "2026-06-09"),
    ),
    "Q was due to sign in May": _pair(
        "Talvik Shipping signed the lease with Dunmore Port on 3 June, the port said.",
        "Talvik Shipping was due to sign the lease with Dunmore Port in May, the port said.",
        days=("2026-06-04", "2026-06-05"),
    ),
    "Q on the eve of the vote": _pair(
        "Orlen Group signed the deal with Greyfield Council on Tuesday, the council said.",
        "Orlen Group signed the deal with Greyfield Council on the eve of the vote, the council said.",
        days=("2026-06-04", "2026-06-04"),
    ),
    # a total and its part (review 8 V4)
    "Q total and part in one claim": _pair(
        "Orlen Group will invest 50 million euros in Greyfield, including 20 million euros in its port, the company"
        " said.",
        "Orlen Group will invest 50 million euros in Greyfield, the company said.",
    ),
    "Q two ways of saying no": _pair(
        "Harlan Steel did not sell its stake in Pexton Savings, the bank said.",
        "Harlan Steel has not sold its stake in Pexton Savings, the bank said.",
    ),
    # more of the same kinds: a plan that slipped, a plan told in the past, a week, a fraction, a part of a day
    "Q will sign on Friday, signed the Monday after": _pair(
        "Dunmore Port will sign the lease with Talvik Shipping on Friday, the port said.",
        "Dunmore Port signed the lease with Talvik Shipping on Monday, the port said.",
        days=("2026-06-01", "2026-06-09"),
    ),
    "Q said it planned to sign, signed later": _pair(
        "Dunmore Port said it planned to sign the lease with Talvik Shipping on Friday.",
        "Dunmore Port signed the lease with Talvik Shipping on Monday, the port said.",
        days=("2026-06-03", "2026-06-09"),
    ),
    "Q this week, a day of it": _pair(
        "Calder Water cut the supply to Brenmoor Farms this week, the regulator said.",
        "Calder Water cut the supply to Brenmoor Farms on Tuesday, the regulator said.",
        days=("2026-06-05", "2026-06-03"),
    ),
    "Q half, 50 percent": _pair(
        "Orlen Group sold half of its stake in Kestrel Bank, the company said.",
        "Orlen Group sold 50 percent of its stake in Kestrel Bank, the company said.",
    ),
    "Q Tuesday evening, Tuesday": _pair(
        "Greyfield Council approved the budget of Orlen Buses on Tuesday evening, the council said.",
        "Greyfield Council approved the budget of Orlen Buses on Tuesday, the council said.",
    ),
    "Q in the spring, in April (plans)": _pair(
        "Orlen Motors will open its Tolvey plant in the spring, the company said.",
        "Orlen Motors will open its Tolvey plant in April, the company said.",
        days=("2026-01-10", "2026-01-12"),
    ),
    "Q two days after the vote": _pair(
        "Greyfield Council signed the contract with Orlen Buses two days after the vote on Monday, the council said.",
        "Greyfield Council signed the contract with Orlen Buses on Wednesday, the council said.",
        days=("2026-06-04", "2026-06-04"),
    ),
    "Q hundreds of jobs, 300 jobs": _pair(
        "Kestrel Bank cut hundreds of jobs in Greyfield in May, the union said.",
        "Kestrel Bank cut 300 jobs in Greyfield in May, the union said.",
    ),
    "Q by Friday, on Thursday (done)": _pair(
        "Tolby Coaches paid the fine to Marsh County by Friday, the county said.",
        "Tolby Coaches paid the fine to Marsh County on Thursday, the county said.",
        days=("2026-06-06", "2026-06-06"),
    ),
    "Q almost 2 million, 1.95 million": _pair(
        "Pexton Bank paid almost 2 million euros to Calder County, the council said.",
        "Pexton Bank paid 1.95 million euros to Calder County, the council said.",
    ),
    "Q was suspending, suspended that day": _pair(
        "The Calder medicines agency announced on Tuesday that it was suspending the licence of Pexton Pharma.",
        "The Calder medicines agency suspended the licence of Pexton Pharma on Tuesday, the agency said.",
    ),
}
AGREEING.update(REVIEW9)
# review 9 W12: a denial whose claim's own verb is the denial denies the verb right after it, no other
AGREEING.update(
    {
        "W12 closed, denied that staff were told before it closed": _pair(
            "Kestrel Airways closed its Brannock base on Monday, staff said.",
            "Kestrel Airways denied that staff had been warned before it closed its Brannock base, an aide said.",
            days=("2026-06-01", "2026-06-01"),
        ),
        "W12 closed, denied closing another base": _pair(
            "Kestrel Airways closed its Brannock base on Monday, staff said.",
            "Kestrel Airways denied closing its Dorne office, a spokesperson said on Monday.",
            days=("2026-06-01", "2026-06-01"),
        ),
        "W12 will cut jobs, will not cut jobs at another plant": _pair(
            "Hallam Steel will cut 400 jobs at its Tarrow plant, the union said.",
            "Hallam Steel will not cut any jobs at its Dorne plant, the company said.",
            days=("2026-06-03", "2026-06-03"),
        ),
        "W12 will cut 400 jobs, will not cut 900": _pair(
            "Hallam Steel will cut 400 jobs at its Tarrow plant, the union said.",
            "Hallam Steel will not cut 900 jobs at its Tarrow plant, the company said.",
            days=("2026-06-03", "2026-06-03"),
        ),
    }
)
# review 9 W11: a currency symbol and a scale written onto the number ("$1.2m", "£30m") are money with its scale
AGREEING.update(
    {
        "W11 $1.2m, 1.2 million dollars": _pair(
            "A court in Brask fined Orso Pharma $1.2m on Tuesday, the court said.",
            "A court in Brask fined Orso Pharma 1.2 million dollars on Tuesday, the court said.",
            days=("2026-06-03", "2026-06-03"),
        ),
        "W11 £30m, £30 million": _pair(
            "Calder Rail awarded Hallam Steel a contract worth £30m on Monday, the company said.",
            "Calder Rail awarded Hallam Steel a contract worth £30 million on Monday, the company said.",
            days=("2026-06-02", "2026-06-02"),
        ),
    }
)
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
# review 9: the outlet's own figures (a sentence no claim holds) are compared; who speaks is no figure, nor
# a figure asked about
_FIRE = "A wildfire near Brannock burned pine forest on Monday, the fire service said. {}"
AGREEING["own figures: three villages twice"] = _pair(
    _FIRE.format("The fire has forced three villages to be evacuated."),
    _FIRE.format("The fire has forced three villages to be evacuated."),
    days=("2026-07-14", "2026-07-14"),
)
AGREEING["own figures: one diplomat, two diplomats"] = _pair(
    "One diplomat from Norland said the talks with Tarnwave were slow.",
    "Two diplomats said on Monday that the talks with Tarnwave were slow.",
)
AGREEING["own figures: asked whether 112 calls"] = _pair(
    "Tarnwave Mobile's network failed on Tuesday, the regulator said. Around 90 emergency calls were lost.",
    "Tarnwave Mobile's network failed on Tuesday, the regulator said. "
    "It is unclear whether 112 calls survive such a failure.",
)
# review 8 V10, V4: parts that add up to the total, a total and its part in one claim
_RECALL = "Orlen Motors recalled {} on Monday, the company said."
AGREEING["V10 parts add up to the total"] = _pair(
    _RECALL.format("12,000 Vantor vans and 8,000 Kestrel vans"), _RECALL.format("20,000 vans")
)
AGREEING["V10 parts by place add up to the total"] = _pair(
    _RECALL.format("12,000 vans in Norland and 8,000 vans in Sweden"), _RECALL.format("20,000 vans")
)
AGREEING["V4 a total and its part in one claim"] = _pair(
    _RECALL.format("20,000 vans, 12,000 of them in Norland,"), _RECALL.format("20,000 vans")
)
# C9: a time of day without its day (the words of models/timex/en.toml) answers no date question
_HIT = "A barge of Orlen Lines struck a pier at Kelso Quay {}, the harbour master said."
for _when in ("at midday", "at 9.30 a.m. EST", "at 9.30 p.m. IST", "shortly after noon"):
    AGREEING[f"C9 {_when}"] = [
        (A, "2026-10-17", _HIT.format("on Saturday, 17 October")),
        (B, "2026-10-19", _HIT.format(_when)),
    ]

# twelfth sitting: a clock in a place's time ("9 a.m. New York time") keeps its day; two zones are not compared
AGREEING["zones: 9 a.m. New York time and 3 p.m. Paris time on Thursday"] = _pair(
    "Vantor Telecom announced the purchase of Cellnor at 9 a.m. New York time on Thursday, the company said.",
    "Vantor Telecom announced the purchase of Cellnor at 3 p.m. Paris time on Thursday, the company said.",
    days=("2026-10-09", "2026-10-09"),
)
# thirteenth sitting (review 12, T3): "is likely to approve ... on Wednesday" looks ahead ([tense] forward_adjectives)
AGREEING["likely to approve on Wednesday, approved on Wednesday"] = _pair(
    "The Tarnby council is likely to approve the tram extension on Wednesday, the mayor said.",
    "The Tarnby council approved the tram extension on Wednesday, the mayor said.",
    days=("2026-11-09", "2026-11-12"),
)
# thirteenth sitting (review 11, S11): a press conference is a meeting (models/events.toml) and takes its time
AGREEING["a press conference at 19:00 on Monday, told twice"] = _pair(
    "The mayor of Kelso will hold a press conference at 19:00 on Monday, her office said.",
    "The mayor of Kelso is to speak to reporters at a press conference on Monday evening, her office said.",
    days=("2026-10-08", "2026-10-09"),
)
AGREEING["light verb: will hold a meeting on Thursday evening, the meeting will be on Thursday"] = _pair(
    "Kelso council said it would hold a public meeting in Varnos on Thursday evening.",
    "Kelso council's public meeting in Varnos will be on Thursday, the council said.",
    days=("2026-10-05", "2026-10-06"),
)
# a verb of beginning dates its event-noun subject too ([event_time] onset_verbs); an end dates nothing of it
AGREEING["onset: the hearing starts, the hearing is set for that day"] = _pair(
    "The appeal hearing of Orlen Buses will start on 14 October, the court said.",
    "The appeal hearing of Orlen Buses is set for 14 October, the court said.",
    days=("2026-10-05", "2026-10-06"),
)
AGREEING["onset: the strike began on Monday, ended on Wednesday"] = _pair(
    "The strike at Kelso Quay began on Monday, the union said.",
    "The strike at Kelso Quay ended on Wednesday, the union said.",
    days=("2026-10-05", "2026-10-08"),
)


#: the name other test files imported from here before tests/helpers.py (kept while branches of this sitting land)
_through_store = through_store


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
    found = through_store(AGREEING[name], tmp_path)
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
        (  # review 9: figures in sentences no claim holds, the outlet's own
            _pair(
                _FIRE.format("The fire has forced three villages to be evacuated."),
                _FIRE.format("The fire has forced four villages to be evacuated."),
                days=("2026-07-14", "2026-07-14"),
            ),
            {"quantity"},
        ),
        (  # the outlet's own "yes" (no claim holds the verb) against a claim's "no"
            _pair(
                _HELD.format("arrested"),
                "Oren Palk has not been arrested and is believed to be abroad, the prosecutor's office said.",
                days=("2026-11-13", "2026-11-14"),
            ),
            {"factuality"},
        ),
        (  # review 8 V10: parts that add up to another total than the other outlet's
            _pair(_RECALL.format("12,000 Vantor vans and 8,000 Kestrel vans"), _RECALL.format("24,000 vans")),
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
    found = through_store(docs, tmp_path)
    assert found and {c.facet for c in found} <= facets, [(c.facet, c.question) for c in found]


# review 9: outlets that disagree, worded as the agreeing cases above are: each must still give a conflict
DISAGREEING = {
    "D29 the networks' tier still disagrees": (
        _pair(
            "Tarnwave will run its models on the alliance's classified networks, the company said.",
            "Tarnwave will run its models on the alliance's unclassified networks, the company said.",
        ),
        {"network_tier"},
    ),
    # one named thing, two days (review 10, R3: two names apart are two acts; one name, or a name and its
    # surname, is one)
    "D one rocket launched on two days": (
        _pair(
            "Nordspace launched the Aurel-2 rocket from Kestane on Tuesday, the company said.",
            "Nordspace launched the Aurel-2 rocket from Kestane on Thursday, the company said.",
            days=("2026-09-04", "2026-09-04"),
        ),
        {"date"},
    ),
    "D one defendant convicted on two days": (
        _pair(
            "The Lorvik court convicted the developer Aled Brin on Tuesday, prosecutors said.",
            "The Lorvik court convicted Brin on Thursday, prosecutors said.",
            days=("2026-09-04", "2026-09-04"),
        ),
        {"date"},
    ),
    # a past progressive under a telling is dated by the telling's day, as a past form is
    "D was suspending on Monday, suspended on Tuesday": (
        _pair(
            "The Calder medicines agency announced on Monday that it was suspending the licence of Pexton Pharma.",
            "The Calder medicines agency suspended the licence of Pexton Pharma on Tuesday, the agency said.",
        ),
        {"date"},
    ),
    # plans told in the past are compared with each other (review 8 V7: never with the event done)
    "D two plans told in the past, two days": (
        _pair(
            "The hearing of Pexton Bank's appeal against the Calder regulator was set for 12 May, the court said.",
            "The hearing of Pexton Bank's appeal against the Calder regulator was set for 14 May, the court said.",
            days=("2026-06-03", "2026-06-03"),
        ),
        {"date"},
    ),
    "D signed Monday, signed Thursday": (
        _pair(
            "Dunmore Port signed the lease with Talvik Shipping on Monday, the port said.",
            "Dunmore Port signed the lease with Talvik Shipping on Thursday, the port said.",
            days=("2026-06-05", "2026-06-05"),
        ),
        {"date"},
    ),
    "D not until Friday, Monday (V8)": (
        _pair(
            "Orlen Group did not sign the contract with Greyfield Council until Friday, the council said.",
            "Orlen Group signed the contract with Greyfield Council on Monday, the council said.",
        ),
        {"date"},
    ),
    "D had not signed until Friday, Monday": (
        _pair(
            "Tolby Coaches signed the contract with Marsh County on Monday, the county said.",
            "Tolby Coaches did not sign the contract with Marsh County until Friday, the county said.",
            days=("2026-06-06", "2026-06-06"),
        ),
        {"date"},
    ),
    "D 2 million, 5 million": (
        _pair(
            "The Calder regulator fined Pexton Bank 2 million euros on Tuesday, the regulator said.",
            "The Calder regulator fined Pexton Bank 5 million euros on Tuesday, the regulator said.",
        ),
        {"quantity"},
    ),
    "D sold, did not sell": (
        _pair(
            "Harlan Steel sold its stake in Pexton Savings on Monday, the bank said.",
            "Harlan Steel did not sell its stake in Pexton Savings, the bank said.",
        ),
        {"factuality", "polarity"},
    ),
    "D 12 injured, 20 injured": (
        _pair(
            "Twelve people were injured when a bus crashed near Tolvey on Monday, police said.",
            "Twenty people were injured when a bus crashed near Tolvey on Monday, police said.",
        ),
        {"quantity"},
    ),
    "D in May, on 3 June": (
        _pair(
            "Dunmore Port signed a lease with Talvik Shipping in May, the port said.",
            "Dunmore Port signed a lease with Talvik Shipping on 3 June, the port said.",
            days=("2026-06-10", "2026-06-10"),
        ),
        {"date"},
    ),
    "D denied paying, paid": (
        _pair(
            "Orlen Group paid Greyfield Council 2 million euros, the council said.",
            "Orlen Group denied that it had paid Greyfield Council 2 million euros.",
        ),
        {"factuality", "polarity"},
    ),
    "D refused to sign, signed": (
        _pair(
            "Talvik Shipping signed the lease with Dunmore Port on Monday, the port said.",
            "Talvik Shipping refused to sign the lease with Dunmore Port on Monday, the port said.",
        ),
        {"factuality", "polarity"},
    ),
    "D suspended, cancelled the same day": (
        _pair(
            "Dunmore Port Authority suspended its lease with Talvik Shipping on Wednesday, the authority said.",
            "Dunmore Port Authority cancelled its lease with Talvik Shipping on Wednesday, the authority said.",
            days=("2026-06-04", "2026-06-04"),
        ),
        {"factuality"},
    ),
    "D will sign on 20 June, signed on 3 June": (
        _pair(
            "Dunmore Port signed the lease with Talvik Shipping on 3 June, the port said.",
            "Dunmore Port will sign the lease with Talvik Shipping on 20 June, the port said.",
            days=("2026-06-04", "2026-06-10"),
        ),
        {"date"},
    ),
    "D yesterday, Thursday": (
        _pair(
            "Marsh County cancelled its contract with Tolby Coaches yesterday, a county spokesman said.",
            "Marsh County cancelled its contract with Tolby Coaches on Thursday, a county spokesman said.",
            days=("2026-06-03", "2026-06-06"),
        ),
        {"date"},
    ),
    "D died, were killed": (
        _pair(
            "Four people died when a lorry left the road near Brannock on Sunday, police said.",
            "Six people were killed when a lorry left the road near Brannock on Sunday, police said.",
            days=("2026-06-08", "2026-06-08"),
        ),
        {"quantity"},
    ),
    "D cut 10 percent, 25 percent": (
        _pair(
            "Kestrel Bank cut 10 percent of its jobs in Greyfield in May, the union said.",
            "Kestrel Bank cut 25 percent of its jobs in Greyfield in May, the union said.",
        ),
        {"quantity"},
    ),
    "D late Tuesday, Thursday": (
        _pair(
            "Orlen Group signed the deal with Greyfield Council late on Tuesday, the council said.",
            "Orlen Group signed the deal with Greyfield Council on Thursday, the council said.",
            days=("2026-06-05", "2026-06-05"),
        ),
        {"date"},
    ),
    "D opened 14 July, 2 July": (
        _pair(
            "The Kestrel bridge built by Calder Roads opened on 14 July, the council said.",
            "The Kestrel bridge built by Calder Roads opened on 2 July, the council said.",
            days=("2026-07-15", "2026-07-16"),
        ),
        {"date"},
    ),
    "D crowns, euros": (
        _pair(
            "Orlen Group paid 36 million crowns for the stake in Kestrel Bank, the company said.",
            "Orlen Group paid 36 million euros for the stake in Kestrel Bank, the company said.",
        ),
        {"quantity"},
    ),
    "D reportedly Monday, Friday": (
        _pair(
            "Dunmore Port reportedly signed the lease with Talvik Shipping on Monday.",
            "Dunmore Port signed the lease with Talvik Shipping on Friday, the port said.",
            days=("2026-06-06", "2026-06-06"),
        ),
        {"date"},
    ),
    "D intends to fine, fined": (
        _pair(
            "The Greyfield regulator fined Orlen Buses on Tuesday, the regulator said.",
            "The Greyfield regulator intends to fine Orlen Buses, the regulator said.",
        ),
        {"factuality"},
    ),
}


DISAGREEING.update(
    {
        # a hearing told to start on one day and set for another stays a date conflict now that "will start on 14
        # October" dates the hearing too ([event_time] onset_verbs)
        "onset: the hearing starts on 14 October, is set for 21 October": (
            _pair(
                "The appeal hearing of Orlen Buses will start on 14 October, the court said.",
                "The appeal hearing of Orlen Buses is set for 21 October, the court said.",
                days=("2026-10-05", "2026-10-06"),
            ),
            {"date"},
        ),
        "W12 closed, denied closing": (
            _pair(
                "Kestrel Airways closed its Brannock base on Monday, staff said.",
                "Kestrel Airways denied closing its Brannock base, a spokesperson said on Monday.",
                days=("2026-06-01", "2026-06-01"),
            ),
            {"factuality"},
        ),
        "W12 will cut, will not cut any": (
            _pair(
                "Hallam Steel will cut 400 jobs at its Tarrow plant, the union said.",
                "Hallam Steel will not cut any jobs at its Tarrow plant, the company said.",
                days=("2026-06-03", "2026-06-03"),
            ),
            {"factuality"},
        ),
        "W11 $1.2m, $1.9 million": (
            _pair(
                "A court in Brask fined Orso Pharma $1.2m on Tuesday, the court said.",
                "A court in Brask fined Orso Pharma $1.9 million on Tuesday, the court said.",
                days=("2026-06-03", "2026-06-03"),
            ),
            {"quantity"},
        ),
        "W11 €4.2bn, €2.4bn": (
            _pair(
                "Carrow Energy sold its wind farms to Norsk Vind for €4.2bn on Thursday, the company said.",
                "Carrow Energy sold its wind farms to Norsk Vind for €2.4bn on Thursday, the company said.",
                days=("2026-06-05", "2026-06-05"),
            ),
            {"quantity"},
        ),
    }
)


@pytest.mark.parametrize("name", sorted(DISAGREEING))
def test_review9_outlets_that_disagree_give_a_conflict(tmp_path, name):
    docs, facets = DISAGREEING[name]
    found = through_store(docs, tmp_path)
    assert found and {c.facet for c in found} <= facets, [(c.facet, c.question) for c in found]


def test_one_figure_disagreement_is_one_conflict(tmp_path):
    """Review 9 W6: "cancelled 85 flights" / "cancelled 300 flights" is one disagreement — not one of the
    cancellation's count and another of the flights' (the noun 'flights' is an event of its own)."""
    found = through_store(
        _pair(
            "Skyline Air cancelled 85 flights at Brannock airport on Friday, the airline said.",
            "Skyline Air cancelled 300 flights at Brannock airport on Friday, the airline said.",
            days=("2026-06-05", "2026-06-05"),
        ),
        tmp_path,
    )
    assert [c.facet for c in found] == ["quantity"], [(c.facet, c.question) for c in found]


# review 9 W9: two outcomes of one act ([[outcomes]] of models/comparison.toml): one act only with the same
# parties, the same object and the same day
OUTCOMES_AGREE = {
    "W9 acquitted Monday, convicted Thursday": _pair(
        "A Holmbridge court acquitted Dara Veyle on Monday, her lawyer said.",
        "A Holmbridge court convicted Dara Veyle on Thursday, prosecutors said.",
        days=("2026-06-05", "2026-06-05"),
    ),
    "W9 acquitted one, convicted another": _pair(
        "A Holmbridge court acquitted Dara Veyle on Thursday, her lawyer said.",
        "A Holmbridge court convicted Anton Reiss on Thursday, prosecutors said.",
        days=("2026-06-05", "2026-06-05"),
    ),
}


@pytest.mark.parametrize("name", sorted(OUTCOMES_AGREE))
def test_two_acts_with_two_outcomes_give_no_conflict(tmp_path, name):
    found = through_store(OUTCOMES_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


def test_two_outcomes_of_one_act_are_a_conflict(tmp_path):
    found = through_store(
        _pair(
            "A Holmbridge court acquitted Dara Veyle on Thursday, her lawyer said.",
            "A Holmbridge court convicted Dara Veyle on Thursday, prosecutors said.",
            days=("2026-06-05", "2026-06-05"),
        ),
        tmp_path,
    )
    assert [c.facet for c in found] == ["factuality"], [(c.facet, c.question) for c in found]


# review 9 W19/W35 (tenth sitting): a figure of another year is another question than today's figure
_SHUT = "Brenmark Textiles will shut {} Harlow plant{}"
FALSEFIX_AGREE = {
    "W35 employed in 2018, now employs": _pair(
        _SHUT.format("its", ". The plant employed 640 workers in 2018, the company said."),
        _SHUT.format("the", ". The plant now employs 310 workers, the company said."),
        days=("2026-05-04", "2026-05-04"),
    ),
    "W35 operated in 2020, operates": _pair(
        "Pelican Ferries operated 30 vessels in 2020, the operator said.",
        "Pelican Ferries operates 19 vessels, the operator said.",
        days=("2026-05-05", "2026-05-05"),
    ),
    "W19 own sentences: had in 2018, now has": _pair(
        _SHUT.format("its", ", the company said. The plant had 640 workers in 2018."),
        _SHUT.format("the", ", the company said. The plant now has 310 workers."),
        days=("2026-05-04", "2026-05-04"),
    ),
}
# review 9 W1: one party doing one kind of act to two things on two days is two acts (frames' theme_noun,
# claims' object words), not one act dated twice
_SIGNED = "Marlow Energy signed {} deal with Pellis on {}, the ministry said."
_APPROVED = "The Quenby council approved {} on {}, the council said."
FALSEFIX_AGREE.update(
    {
        "W1 a wind deal Monday, a port deal Thursday": _pair(
            _SIGNED.format("a wind", "Monday"), _SIGNED.format("a port", "Thursday"), days=("2026-03-02", "2026-03-05")
        ),
        "W1 a swimming pool Tuesday, a bus depot Thursday": _pair(
            _APPROVED.format("a new swimming pool", "Tuesday"),
            _APPROVED.format("a bus depot", "Thursday"),
            days=("2026-03-03", "2026-03-05"),
        ),
    }
)
# review 9 W2: a total and a part of it (a site of the party, a unit of it, one operator's share of a total told
# with no operator) are two answers
_CUT = "{} will cut {} jobs{}, the company said on Tuesday."
FALSEFIX_AGREE.update(
    {
        "W2 all jobs, jobs at its bakery": _pair(
            _CUT.format("Selby Foods", "1,100", ""),
            _CUT.format("Selby Foods", "250", " at its Doverton bakery"),
            days=("2026-04-07", "2026-04-07"),
        ),
        "W2 the group's jobs, its unit's jobs": _pair(
            _CUT.format("Orrin Holdings", "3,000", ""),
            _CUT.format("Orrin Logistics, a unit of Orrin Holdings,", "400", ""),
            days=("2026-04-07", "2026-04-07"),
        ),
        "W2 trains cancelled at the station, one operator's": _pair(
            "Around 400 trains were cancelled at Kesford station on Tuesday because of the flooding, the station said.",
            "Varn Rail cancelled 90 trains at Kesford station on Tuesday because of the flooding, the operator said.",
            days=("2026-04-07", "2026-04-07"),
        ),
    }
)
# review 9 W3: a count still running when told ("still missing", "have now arrested") answers for the day it is
# told (held-out gold: a count of cases that "rose to 12" a day later is no conflict); the dead and injured of one
# incident, revised, stay one answer in two versions (held-out gold: a superseded version)
_MISSING = "Rescuers said on {} that {} people were {}missing after the mudslide in Brevik."
FALSEFIX_AGREE.update(
    {
        "W3 missing Tuesday, still missing Thursday": _pair(
            _MISSING.format("Tuesday", "30", ""),
            _MISSING.format("Thursday", "nine", "still "),
            days=("2026-05-12", "2026-05-14"),
        ),
        "W3 arrested, had now arrested": _pair(
            "Police have arrested 14 people over the unrest in Tarsk, a spokeswoman said on Tuesday.",
            "Police said on Thursday they had now arrested 39 people over the unrest in Tarsk.",
            days=("2026-05-12", "2026-05-14"),
        ),
        "W3 arrested 12, have now arrested 15": _pair(
            "Greyfield police have arrested 12 people after the riot at the Orlen Motors plant, police said.",
            "Greyfield police have now arrested 15 people after the riot at the Orlen Motors plant, police said.",
            days=("2026-06-02", "2026-06-04"),
        ),
    }
)
# review 10 R35: a running count its text dates ("As of Tuesday evening") answers for that day, whenever it is told;
# a time after another word ("missing after the landslide on Tuesday") may be the landslide's and dates no count
_AS_OF = "As of {} evening, {} people were still missing after the landslide in Kirren, the police said."
_AFTER = "{} people were still missing after the landslide in Kirren on Tuesday, the police said."
FALSEFIX_AGREE.update(
    {
        "R35 as of Tuesday evening, as of Thursday evening": _pair(
            _AS_OF.format("Tuesday", "30"), _AS_OF.format("Thursday", "nine"), days=("2026-09-02", "2026-09-04")
        ),
        "R35 missing after the landslide on Tuesday, told two days apart": _pair(
            _AFTER.format("Thirty"), _AFTER.format("Nine"), days=("2026-09-02", "2026-09-04")
        ),
        "R35 as of Tuesday evening, still missing two days later": _pair(
            _AS_OF.format("Tuesday", "30"), _AFTER.format("Nine"), days=("2026-09-02", "2026-09-04")
        ),
    }
)
# review 9 W4: party-less harm counts of one day are one incident only at one place (the places of the clause the
# harm is told with: "left the rails near Oskby, injuring four")
_TRAM = "A tram left the rails near {} on Saturday, injuring {} passengers, the operator said."
FALSEFIX_AGREE.update(
    {
        "W4 two trams, two towns": _pair(
            _TRAM.format("Oskby", "four"), _TRAM.format("Vennholt", "12"), days=("2026-05-16",) * 2
        ),
        "W4 a lorry in one town, a ceiling in another": _pair(
            "Five people were injured when a lorry struck a bridge in Karsby on Monday, police said.",
            "Eleven people were injured when a ceiling collapsed at a school in Dunmere on Monday, police said.",
            days=("2026-05-18", "2026-05-18"),
        ),
    }
)
# review 9 W5: two people with one surname and two given names are two people
_VOTE = "{} Vell won {} percent of the vote in the Harnby {} election, the commission said."
FALSEFIX_AGREE["W5 Tomas Vell, Greta Vell"] = _pair(
    _VOTE.format("Tomas", "48", "mayoral"), _VOTE.format("Greta", "9", "council"), days=("2026-05-24",) * 2
)
# review 9 W7: two bodies' figures, both given by both outlets, are no outlet against the other
_FLOODS = "The interior ministry said {} people died in the floods in Varmo."
FALSEFIX_AGREE["W7 ministry and Red Cross figures in both"] = _pair(
    "The interior ministry said 30 people died in the floods in Varmo; the Red Cross said 44 died.",
    "The Red Cross said 44 people died in the Varmo floods, more than the 30 reported by the interior ministry.",
    days=("2026-05-20",) * 2,
)
FALSEFIX_DISAGREE = {
    "W7 one body, two figures": (
        _pair(_FLOODS.format("30"), _FLOODS.format("44"), days=("2026-05-20",) * 2),
        {"quantity"},
    ),
    "W5 Tomas Vell twice": (
        _pair(_VOTE.format("Tomas", "48", "mayoral"), _VOTE.format("Tomas", "39", "mayoral"), days=("2026-05-24",) * 2),
        {"quantity"},
    ),
    "W4 one tram, one town, two counts": (
        _pair(_TRAM.format("Oskby", "four"), _TRAM.format("Oskby", "12"), days=("2026-05-16",) * 2),
        {"quantity"},
    ),
    "W4 killed in the attack, killed when they attacked": (
        _pair(
            "Militants attacked a border post near Halm on Monday, the army said. "
            "Two guards were killed in the attack, "
            "it said.",
            "Five guards were killed when militants attacked a border post near Halm on Monday, the army said.",
            days=("2026-05-18", "2026-05-18"),
        ),
        {"quantity"},
    ),
    "R35 as of Tuesday evening, two counts told on two days": (
        _pair(_AS_OF.format("Tuesday", "30"), _AS_OF.format("Tuesday", "nine"), days=("2026-09-02", "2026-09-03")),
        {"quantity"},
    ),
    "W3 still missing, one day, two counts": (
        _pair(
            _MISSING.format("Thursday", "12", "still "),
            _MISSING.format("Thursday", "nine", "still "),
            days=("2026-05-14",) * 2,
        ),
        {"quantity"},
    ),
    "W3 injured in one blast, a day later": (
        _pair(
            "Six workers were injured in the blast at the Halvern refinery on Monday, the fire service said.",
            "Nine workers were injured in the blast at the Halvern refinery on Monday, the fire service said.",
            days=("2026-05-12", "2026-05-13"),
        ),
        {"quantity"},
    ),
    "W2 one bakery, two figures": (
        _pair(
            _CUT.format("Selby Foods", "250", " at its Doverton bakery"),
            _CUT.format("Selby Foods", "400", " at its Doverton bakery"),
            days=("2026-04-07", "2026-04-07"),
        ),
        {"quantity"},
    ),
    "W2 one company, two totals": (
        _pair(_CUT.format("Selby Foods", "1,100", ""), _CUT.format("Selby Foods", "700", ""), days=("2026-04-07",) * 2),
        {"quantity"},
    ),
    "W1 the wind deal Monday, Thursday": (
        _pair(
            _SIGNED.format("the wind", "Monday"),
            _SIGNED.format("the wind", "Thursday"),
            days=("2026-03-02", "2026-03-05"),
        ),
        {"date"},
    ),
    "W1 a swimming pool Tuesday, the swimming pool Thursday": (
        _pair(
            _APPROVED.format("a new swimming pool", "Tuesday"),
            _APPROVED.format("the swimming pool", "Thursday"),
            days=("2026-03-03", "2026-03-05"),
        ),
        {"date"},
    ),
    "W35 one year, two figures": (
        _pair(
            _SHUT.format("its", ". The plant employed 640 workers in 2018, the company said."),
            _SHUT.format("the", ". The plant employed 720 workers in 2018, the company said."),
            days=("2026-05-04", "2026-05-04"),
        ),
        {"quantity"},
    ),
    "W35 now, two figures": (
        _pair(
            _SHUT.format("its", ". The plant now employs 310 workers, the company said."),
            _SHUT.format("the", ". The plant now employs 350 workers, the company said."),
            days=("2026-05-04", "2026-05-04"),
        ),
        {"quantity"},
    ),
}


# review 10 R3 (eleventh sitting): a claim-level date question does not join two reports whose frames the event
# layer keeps in two families (an earthquake and its aftershock, figures of two years, two defendants)
FALSEFIX_AGREE.update(
    {
        "R3 an earthquake Monday, an aftershock Tuesday": _pair(
            "An earthquake struck Pellin province on Monday, the seismology institute said.",
            "A strong aftershock struck Pellin province on Tuesday, the seismology institute said.",
            days=("2026-09-08", "2026-09-09"),
        ),
        "R3 passengers of two years": _pair(
            "Harnby airport handled 9 million passengers in 2024, the operator said.",
            "Harnby airport handled 6 million passengers in 2021, the operator said.",
            days=("2026-09-08", "2026-09-09"),
        ),
        "R3 two defendants convicted on two days": _pair(
            "A Dravik court convicted the contractor Oren Palk on Monday, the court said.",
            "A Dravik court convicted the notary Lisa Wern on Wednesday, the court said.",
            days=("2026-09-07", "2026-09-09"),
        ),
    }
)
FALSEFIX_DISAGREE.update(
    {
        "R3 one plant opened Monday, Wednesday": (
            _pair(
                "Orrin Motors opened its Lenz plant on Monday, the company said.",
                "Orrin Motors opened its Lenz plant on Wednesday, the company said.",
                days=("2026-09-10", "2026-09-10"),
            ),
            {"date"},
        ),
        # frames with no party, never joined by the event layer: "the earthquake" names one known event
        "R3 the earthquake on Monday, on Tuesday": (
            _pair(
                "The earthquake struck Pellin province on Monday, the seismology institute said.",
                "The earthquake struck Pellin province on Tuesday, the seismology institute said.",
                days=("2026-09-09", "2026-09-09"),
            ),
            {"date"},
        ),
        "R3 the takeover to close in two quarters": (
            _pair(
                "Corvel Bank agreed to buy Lisk Savings on Monday, the bank said. "
                "The takeover is expected to close in the second quarter of 2027.",
                "Corvel Bank will buy Lisk Savings, the banks said on Monday. "
                "The takeover is expected to close in the fourth quarter of 2027, the banks said.",
                days=("2026-09-07", "2026-09-07"),
            ),
            {"date"},
        ),
    }
)

# review 10 R28: "part of" / "of which" make a figure a part only when bound to it ("900 jobs as part of 2,600
# job cuts", "of which 90,000"), not anywhere in its claim ("as part of a restructuring plan")
_JOBS = "Orrin Motors will cut {} jobs{}, the company said on Monday."
_CARTONS = "Crane Dairy recalled {} cartons of milk on Friday{}, the food agency said."
FALSEFIX_AGREE.update(
    {
        "R28 a plant's cuts as part of the total": _pair(
            _JOBS.format("2,600", ""), _JOBS.format("900", " at its Lenz plant as part of 2,600 job cuts")
        ),
        "R28 a part told after of which": _pair(
            _CARTONS.format("400,000", ""), _CARTONS.format("400,000", ", of which 90,000 had been sold in Norland")
        ),
        "R28 a part of wider cuts": _pair(_JOBS.format("2,600", ""), _JOBS.format("900", " as part of wider cuts")),
    }
)
FALSEFIX_DISAGREE.update(
    {
        "R28 part of a plan is no part": (
            _pair(_JOBS.format("2,600", ""), _JOBS.format("900", " as part of a restructuring plan")),
            {"quantity"},
        ),
        "R28 part of a group is no part": (
            _pair(
                "Tallis Mining, part of the Brevik group, will cut 500 jobs, the company said.",
                "Tallis Mining will cut 1,300 jobs, the company said.",
            ),
            {"quantity"},
        ),
        "R28 of which bound to no figure": (
            _pair(
                _CARTONS.format("400,000", ""),
                _CARTONS.format("90,000", ", of which most had been sold in Norland"),
            ),
            {"quantity"},
        ),
    }
)

# review 10 R20: two new things whose heads may name one thing ([object_nouns] of models/events.toml: "a factory" /
# "a plant", "a suspect" / "a man") are one act dated twice; "a man" / "a woman" stay two acts
_ARRESTED = "Officers arrested {} on {} over the warehouse fire in Ostrow, police said."
FALSEFIX_AGREE["R20 a man Monday, a woman Wednesday"] = _pair(
    _ARRESTED.format("a man", "Monday"), _ARRESTED.format("a woman", "Wednesday"), days=("2026-09-10",) * 2
)
FALSEFIX_DISAGREE.update(
    {
        "R20 a man Monday, a suspect Wednesday": (
            _pair(
                _ARRESTED.format("a man", "Monday"),
                _ARRESTED.format("a suspect", "Wednesday"),
                days=("2026-09-10",) * 2,
            ),
            {"date"},
        ),
        "R20 a factory Monday, a plant Wednesday": (
            _pair(
                "Orrin Motors opened a factory in Lenzburg on Monday, the company said.",
                "Orrin Motors opened a plant in Lenzburg on Wednesday, the company said.",
                days=("2026-09-10",) * 2,
            ),
            {"date"},
        ),
    }
)

# review 10 R15/R27: "agreed to lower prices" promises the lowering: no agreement signed, so a denial of it answers
# no report of a deal signed
_POWER_DEAL = "Calder signed a power supply deal with Kestrel Energy on Thursday, the government said."
FALSEFIX_AGREE["R15 denied it agreed to lower prices, a deal signed"] = _pair(
    _POWER_DEAL,
    "Kestrel Energy denied that it had agreed to lower power prices for Calder households.",
    days=("2026-09-11",) * 2,
)
FALSEFIX_DISAGREE["R15 denied it signed the deal"] = (
    _pair(
        _POWER_DEAL,
        "Kestrel Energy denied that it had signed a power supply deal with Calder.",
        days=("2026-09-11",) * 2,
    ),
    {"factuality", "polarity", "scope:logistics"},
)

# review 10 R33: a "no" says nothing of an act done after it was told ("has not completed" on Monday, "completed on
# Thursday"; "will not sign on Monday", "signed on Thursday")
_TAKEOVER = "Corvel Bank {} its takeover of Lisk Savings{}, the bank said{}."
FALSEFIX_AGREE.update(
    {
        "R33 not completed Monday, completed Thursday": _pair(
            _TAKEOVER.format("has not completed", "", " on Monday"),
            _TAKEOVER.format("completed", " on Thursday", ""),
            days=("2026-09-07", "2026-09-11"),
        ),
        "R33 will not sign Monday, signed Thursday": _pair(
            "Calder will not sign the power supply deal with Kestrel Energy on Monday, the government said.",
            _POWER_DEAL,
            days=("2026-09-07", "2026-09-11"),
        ),
    }
)
FALSEFIX_DISAGREE["R33 completed Monday, not completed on Friday"] = (
    _pair(
        _TAKEOVER.format("completed", " on Monday", ""),
        _TAKEOVER.format("has not completed", "", " on Friday"),
        days=("2026-09-08", "2026-09-11"),
    ),
    {"factuality", "polarity"},
)


@pytest.mark.parametrize("name", sorted(FALSEFIX_AGREE))
def test_falsefix_outlets_that_agree_give_no_conflict(tmp_path, name):
    found = through_store(FALSEFIX_AGREE[name], tmp_path)
    assert found == [], [
        (c.facet, c.question, {s.value: [r.outlet for r in s.sources] for s in c.sides}) for c in found
    ]


@pytest.mark.parametrize("name", sorted(FALSEFIX_DISAGREE))
def test_falsefix_outlets_that_disagree_give_a_conflict(tmp_path, name):
    docs, facets = FALSEFIX_DISAGREE[name]
    found = through_store(docs, tmp_path)
    assert found and {c.facet for c in found} <= facets, [(c.facet, c.question) for c in found]


# eleventh sitting (review 10 R10/R11): classifications ([[classifications]] of models/comparison.toml).
# Agreeing: one value told twice (hedged, then confirmed; with more or fewer words), a value with the next stage
# it may lead to, "from A to B", two values in one report, two parties, two stages at two times.
_MOU = "The Varland defence ministry signed {} with Tessellate on Tuesday, {}."
_LEVEL = (
    "The Varland nuclear authority {} the shutdown at the Harjuniemi plant at level {} on Tuesday, the authority said."
)
CLASSIFIED_AGREE = {
    "classification: level 2 provisionally, confirmed at level 2": _pair(
        _LEVEL.format("provisionally rated", "2"),
        _LEVEL.format("confirmed its rating of", "2"),
        days=("2026-02-11", "2026-02-13"),
    ),
    "classification: a memorandum that could lead to a contract, a memorandum": _pair(
        _MOU.format("a memorandum of understanding that could lead to a contract", "the ministry said"),
        _MOU.format("a memorandum of understanding", "the ministry said"),
        days=("2026-03-11", "2026-03-11"),
    ),
    "classification: a memorandum, not a contract": _pair(
        _MOU.format("a memorandum of understanding, not a contract", "the ministry said"),
        _MOU.format("a memorandum", "the ministry said"),
        days=("2026-03-11", "2026-03-12"),
    ),
    "classification: suspended, pending review / suspended for 90 days": _pair(
        "The Latvian central bank suspended the licence of Vestrabit on Tuesday, pending a review, the bank said.",
        "The Latvian central bank suspended the licence of Vestrabit for 90 days on Tuesday, the bank said.",
        days=("2026-05-06", "2026-05-07"),
    ),
    "classification: a memorandum last year, a contract on Tuesday": _pair(
        "Kelmar, which signed a memorandum with Ostrava last year, signed a contract with Ostrava on Tuesday,"
        " the company said.",
        "Kelmar signed a contract with Ostrava on Tuesday, the company said.",
        days=("2026-06-11", "2026-06-11"),
    ),
    "classification: charged with murder and manslaughter, charged with murder": _pair(
        "Prosecutors in Lorvik charged Ruben Sallow with murder and manslaughter on Wednesday, police said.",
        "Prosecutors in Lorvik charged Ruben Sallow with murder on Wednesday, police said.",
        days=("2026-09-03", "2026-09-03"),
    ),
    "classification: raised from level 2 to level 3, raised to level 3": _pair(
        "The Varland weather service raised the alert for Kestane province from level 2 to level 3 on Wednesday,"
        " the service said.",
        "The Varland weather service raised the alert for Kestane province to level 3 on Wednesday, the service said.",
        days=("2026-09-03", "2026-09-03"),
    ),
    "classification: downgraded to BBB from A-, downgraded to BBB": _pair(
        "Ratings agency Fitchley downgraded Kelmar Holdings to BBB from A- on Wednesday, the agency said.",
        "Ratings agency Fitchley downgraded Kelmar Holdings to BBB on Wednesday, the agency said.",
        days=("2026-09-03", "2026-09-03"),
    ),
    "classification: two storms, two categories": _pair(
        "Hurricane Mara hit the Varland coast as a category 4 storm on Wednesday, forecasters said.",
        "Tropical Storm Lee hit the Orsk coast as a category 2 storm on Wednesday, forecasters said.",
        days=("2026-09-03", "2026-09-03"),
    ),
    "classification: two defendants, two charges": _pair(
        "A Lorvik court convicted Ruben Sallow of murder on Wednesday, the court said.",
        "A Lorvik court convicted Ines Coll of manslaughter on Wednesday, the court said.",
        days=("2026-09-03", "2026-09-03"),
    ),
    "classification: hit as category 4, weakened to category 2 the next day": _pair(
        "Hurricane Mara hit the Varland coast as a category 4 storm on Wednesday, forecasters said.",
        "Hurricane Mara weakened to a category 2 storm over Varland on Thursday, forecasters said.",
        days=("2026-09-03", "2026-09-04"),
    ),
    "classification: a red alert and an orange alert, a red alert": _pair(
        "The Varland weather service issued a red alert for the coast and an orange alert inland on Wednesday,"
        " the service said.",
        "The Varland weather service issued a red alert for the coast on Wednesday, the service said.",
        days=("2026-09-03", "2026-09-03"),
    ),
}

CLASSIFIED_DISAGREE = {
    "classification: memorandum of understanding / contract": _pair(
        _MOU.format("a memorandum of understanding", "the ministry said"),
        _MOU.format("a 6.8 million euro contract", "the ministry said"),
        days=("2026-03-11", "2026-03-11"),
    ),
    "classification: contract (hedged) / memorandum": _pair(
        "The Varland defence ministry is understood to have signed a contract with Tessellate on Tuesday, two"
        " people familiar with the matter said.",
        _MOU.format("a memorandum of understanding", "the ministry said"),
        days=("2026-03-11", "2026-03-12"),
    ),
    "classification: letter of intent / firm order": _pair(
        "Skyvale Airlines signed a letter of intent with Kestrel Aero for 20 jets on Tuesday, the airline said.",
        "Skyvale Airlines signed a firm order with Kestrel Aero for 20 jets on Tuesday, the airline said.",
        days=("2026-03-11", "2026-03-11"),
    ),
    "classification: murder / manslaughter": _pair(
        "A Lorvik court convicted Ruben Sallow of murder on Wednesday, the court said.",
        "A Lorvik court convicted Ruben Sallow of manslaughter on Wednesday, the court said.",
        days=("2026-09-03", "2026-09-03"),
    ),
    "classification: INES level 1 / level 2": _pair(
        _LEVEL.format("rated", "1"), _LEVEL.format("rated", "2"), days=("2026-02-11", "2026-02-11")
    ),
    "classification: red / orange alert": _pair(
        "The Varland weather service issued a red alert for Kestane province on Wednesday, the service said.",
        "The Varland weather service issued an orange alert for Kestane province on Wednesday, the service said.",
        days=("2026-09-03", "2026-09-03"),
    ),
    "classification: BBB / BB": _pair(
        "Ratings agency Fitchley downgraded Kelmar Holdings to BBB on Wednesday, the agency said.",
        "Ratings agency Fitchley downgraded Kelmar Holdings to BB on Wednesday, the agency said.",
        days=("2026-09-03", "2026-09-03"),
    ),
    "classification: category 4 / category 2": _pair(
        "Hurricane Mara hit the Varland coast as a category 4 storm on Wednesday, forecasters said.",
        "Hurricane Mara hit the Varland coast as a category 2 storm on Wednesday, forecasters said.",
        days=("2026-09-03", "2026-09-03"),
    ),
}


@pytest.mark.parametrize("name", sorted(CLASSIFIED_AGREE))
def test_classifications_that_agree_give_no_conflict(tmp_path, name):
    found = through_store(CLASSIFIED_AGREE[name], tmp_path)
    assert found == [], [
        (c.facet, c.question, {s.value: [r.outlet for r in s.sources] for s in c.sides}) for c in found
    ]


@pytest.mark.parametrize("name", sorted(CLASSIFIED_DISAGREE))
def test_two_classifications_of_one_event_are_one_conflict(tmp_path, name):
    found = through_store(CLASSIFIED_DISAGREE[name], tmp_path)
    assert [c.facet for c in found] == ["classification"], [(c.facet, c.question) for c in found]
    assert len(found[0].sides) == 2


# eleventh sitting: what an [[exclusive]] word acts on is the parse's theme noun when both frames have one ("Brno's
# contract for video analytics at tram and bus interchanges has been suspended": the contract, not the
# interchanges); "revoke" is a word of class cancel (models/events.toml), "the glacier collapsed" an accident
OBJECTS_AGREE = {
    "objects: a suspended contract, a cancelled tender": _pair(
        "Brenmark suspended its contract with Optiveil on Monday, the city said.",
        "Brenmark cancelled the tender for the second phase on Monday, the city said.",
        days=("2026-10-19", "2026-10-19"),
    ),
    "objects: the glacier collapsed, the collapse of the glacier": _pair(
        "The Fäschfirn glacier collapsed on Monday afternoon, police said.",
        "The collapse of the Fäschfirn glacier on Monday forced 180 residents to leave, police said.",
        days=("2026-05-19", "2026-05-19"),
    ),
}
OBJECTS_DISAGREE = {
    "objects: cancelled its contract for X / X's contract for Y at A and B suspended": (
        _pair(
            "Brenmark has cancelled its contract for video analytics at tram and bus interchanges, the mayor said"
            " on Monday.",
            "Brenmark's contract for video analytics at tram and bus interchanges has been suspended, not terminated,"
            " the city said in a statement on Tuesday.",
            days=("2026-10-19", "2026-10-20"),
        ),
        {"factuality"},
    ),
    "objects: suspended / revoked the licence": (
        _pair(
            "The Latvian central bank suspended the licence of Vestrabit on Tuesday, the bank said.",
            "The Latvian central bank revoked the licence of Vestrabit on Tuesday, the bank said.",
            days=("2026-05-06", "2026-05-06"),
        ),
        {"factuality"},
    ),
    "objects: the glacier collapsed on Monday / on Tuesday": (
        _pair(
            "The Fäschfirn glacier collapsed on Monday afternoon, police said.",
            "The Fäschfirn glacier collapsed on Tuesday afternoon, police said.",
            days=("2026-05-20", "2026-05-20"),
        ),
        {"date"},
    ),
}


@pytest.mark.parametrize("name", sorted(OBJECTS_AGREE))
def test_objects_that_agree_give_no_conflict(tmp_path, name):
    found = through_store(OBJECTS_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(OBJECTS_DISAGREE))
def test_objects_that_disagree_give_a_conflict(tmp_path, name):
    docs, facets = OBJECTS_DISAGREE[name]
    found = through_store(docs, tmp_path)
    assert found and {c.facet for c in found} <= facets, [(c.facet, c.question) for c in found]


# review 10 R37: a third outlet that only says the court ruled (one cluster with "acquitted" by identity) takes no
# side of acquitted / convicted, and does not hide their disagreement
_RULED = "The Lorvik district court ruled on Wednesday in the bribery case against the former mayor Ruben Sallow."
_ACQUITTED = "A Lorvik court acquitted the former mayor Ruben Sallow of bribery on Wednesday, his lawyer said."
_CONVICTED = "A Lorvik court convicted the former mayor Ruben Sallow of bribery on Wednesday, prosecutors said."


def test_a_neutral_report_does_not_hide_two_outcomes(tmp_path):
    docs = [("Harbour Wire", "2026-09-03", _ACQUITTED), ("North Post", "2026-09-03", _CONVICTED)]
    found = through_store([*docs, ("Eastern Ledger", "2026-09-03", _RULED)], tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("factuality", ["acquitted", "convicted"])]


def test_a_neutral_report_beside_one_outcome_is_no_conflict(tmp_path):
    docs = [("Harbour Wire", "2026-09-03", _ACQUITTED), ("North Post", "2026-09-03", _ACQUITTED)]
    assert through_store([*docs, ("Eastern Ledger", "2026-09-03", _RULED)], tmp_path) == []


# eleventh sitting: a plan's statement is dated by a time outside its content ("said on 20 November that it intends
# to fine"), not by a time inside it that dates another event ("over the outage on 13 October"); a plan's object
# told with more words after it ("18 million kroner (about 1.55 million euros)") is the done report's object
_NKOM = "The Norwegian Communications Authority"


def test_a_plan_told_before_the_act_is_no_conflict(tmp_path):
    docs = _pair(
        f"{_NKOM} said on 20 November that it intends to fine Fjordnett 18 million kroner over the outage.",
        f"{_NKOM} fined Fjordnett 18 million kroner on 22 November for the outage.",
        days=("2026-11-24", "2026-11-25"),
    )
    assert through_store(docs, tmp_path) == []


def test_a_plan_told_the_day_it_was_done_is_a_conflict(tmp_path):
    docs = _pair(
        f"{_NKOM} said on Tuesday it intends to fine Fjordnett 18 million kroner (about 1.55 million euros) over the"
        " outage that cut its network on 13 October.",
        f"{_NKOM} fined Fjordnett 18 million kroner on Tuesday, roughly 1.5 million euros, for the outage.",
        days=("2026-11-24", "2026-11-27"),
    )
    found = through_store(docs, tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("factuality", ["happened", "planned"])]


def test_a_provisional_classification_is_superseded_by_the_later_one(tmp_path):
    docs = _pair(
        _LEVEL.format("provisionally rated", "0"), _LEVEL.format("rated", "1"), days=("2026-02-10", "2026-02-13")
    )
    found = through_store(docs, tmp_path)
    assert [c.facet for c in found] == ["classification"]
    assert found[0].resolution is not None and found[0].resolution.value == "level 1"
    assert "supersession" in found[0].resolution.reason


def test_a_hurricane_of_two_categories_is_a_conflict(tmp_path):
    """ "made landfall as a category 4 hurricane": a hurricane is an event of its own (class windstorm,
    models/events.toml), the named storm its party."""
    docs = _pair(
        "Odile made landfall as a category 4 hurricane on Tuesday, forecasters said.",
        "Odile made landfall as a category 2 hurricane on Tuesday, forecasters said.",
        days=("2026-09-02", "2026-09-02"),
    )
    found = through_store(docs, tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [
        ("classification", ["category 2", "category 4"])
    ]


def test_a_running_word_of_another_clause_keeps_a_count_comparable(tmp_path):
    """62b509e split a count's answers by day when any word of its clause said "now"; the "now" of a relative
    clause about another figure ("an outbreak that has now killed three people") left the two cheeses recalled
    uncompared (sample_articles lost two agreeing questions, 105/84 -> 103/82). The count is compared, and
    agrees."""
    docs = [
        (A, "2026-03-02", "Brennan Dairy recalled two cheeses on Monday, the food agency said."),
        (
            B,
            "2026-03-04",
            "Brennan Dairy recalled two cheeses linked to an outbreak that has now killed three people,"
            " the food agency said.",
        ),
    ]
    assert through_store(docs, tmp_path) == []
    with api.open_store(tmp_path / "case.db") as store:
        seen = api.comparison(store)
    assert (seen.events_compared, seen.events_in_conflict) == (3, 0)


# twelfth sitting (review 11): what one outlet tells apart and the other does not say, or says in other words
_DEAL = "Brantwell Engineering {} with the Osney council on Tuesday{}, the council said."
_MERVALE = "The data regulator {} Mervale Insurance"
_FLIGHTS = "Skylark Air cancelled {} flights{} on Tuesday because of the storm, the airline said."
_SNOW = "The county council closed {} schools {} on Wednesday because of snow."
_RIOTS = "Police had arrested {} people over the riots in Morwick by {}, officials said."
_RUBBLE = "Rescuers have pulled {} survivors from the rubble in Talby, the fire service said."
_BUSES = "Drivers at Kelham Buses went on strike{} on Tuesday, the union said."
_HEAT = "Temperatures in Orvale reached {} degrees on Wednesday, forecasters said."
_HOLT = "Dana Holt was convicted of fraud on {}, the court said."
REVIEW11_AGREE = {
    # S22: two deals of one day and one pair of parties, for two purposes (a cluster joined them by party and day)
    "S22 a contract to repair a wall, a memorandum on a depot": _pair(
        _DEAL.format("signed a contract", " to repair the harbour wall"),
        _DEAL.format("signed a memorandum of understanding", " on a new bus depot"),
    ),
    "S22 a contract won for a bridge, a memorandum for a school": _pair(
        "Brantwell Engineering won a contract from the Osney council on Tuesday for a footbridge.",
        "Brantwell Engineering signed a memorandum with the Osney council on Tuesday for a school.",
    ),
    # S33: a plan to fine a company, told after its branch was fined, answers nothing of the branch's fine
    "S33 a branch fined, a plan to fine the parent": _pair(
        _MERVALE.format("fined") + "'s Kestow branch 3 million euros on Monday, it said.",
        _MERVALE.format("said on Thursday that it intends to fine") + " over missing records.",
        days=("2026-11-03", "2026-11-06"),
    ),
    # S32: "not ... before 2028" is a bound the act comes after, not its date
    # S3: a smaller figure named for one place, or for one kind of the thing counted, is a part of the larger
    "S3 flights cancelled at one airport": _pair(_FLIGHTS.format(90, ""), _FLIGHTS.format(30, " at Dorran airport")),
    "S3 schools closed in one town": _pair(
        _SNOW.format(70, "in the county"), _SNOW.format(18, "in Pellby"), days=("2026-11-05", "2026-11-05")
    ),
    "S3 postal ballots of all ballots": _pair(
        "Voters in Hensey cast 80,000 ballots in the mayoral election on Sunday, officials said.",
        "About 22,000 postal ballots were cast in the mayoral election in Hensey on Sunday, officials said.",
        days=("2026-11-02", "2026-11-02"),
    ),
    # S4: a count reached by a day, or told in the present perfect, answers for its day
    "S4 arrests had reached six by Tuesday, 15 by Thursday": _pair(
        _RIOTS.format("six", "Tuesday"), _RIOTS.format(15, "Thursday"), days=("2026-11-04", "2026-11-06")
    ),
    "S4 survivors pulled so far, told Tuesday and Friday": _pair(
        _RUBBLE.format("three"), _RUBBLE.format("seven"), days=("2026-11-03", "2026-11-06")
    ),
    # S5: "again", "a second" tell one more occurrence of an act, with its own date
    "S5 went on strike, went on strike again": _pair(
        _BUSES.format(""), _BUSES.format(" again").replace("Tuesday", "Friday"), days=("2026-11-04", "2026-11-07")
    ),
    "S5 an earthquake, a second earthquake": _pair(
        "An earthquake hit Veska on Monday, the seismology institute said.",
        "A second earthquake hit Veska on Thursday, the seismology institute said.",
        days=("2026-11-03", "2026-11-06"),
    ),
    # S1: "between 41 and 43 degrees" is a range, not 43
    "S1 a range of temperatures and a figure inside it": _pair(
        _HEAT.format("between 41 and 43"), _HEAT.format(42), days=("2026-11-05", "2026-11-05")
    ),
    # S19: a charge and a conviction are two stages of one case, each with its own date
    "S19 charged in June, convicted on Thursday": _pair(
        "Dana Holt was charged with fraud in June, prosecutors said.",
        _HOLT.format("Thursday"),
        days=("2026-11-06", "2026-11-06"),
    ),
}
REVIEW11_DISAGREE = {
    "S19 convicted on Tuesday / on Thursday": (
        _pair(_HOLT.format("Tuesday"), _HOLT.format("Thursday"), days=("2026-11-06", "2026-11-06")),
        {"date"},
    ),
    "S1 a range of temperatures and a figure below it": (
        _pair(_HEAT.format("between 41 and 43"), _HEAT.format(38), days=("2026-11-05", "2026-11-05")),
        {"quantity"},
    ),
    "S5 on strike again on Friday / again on Saturday": (
        _pair(
            _BUSES.format(" again").replace("Tuesday", "Friday"),
            _BUSES.format(" again").replace("Tuesday", "Saturday"),
            days=("2026-11-09", "2026-11-09"),
        ),
        {"date"},
    ),
    "S4 six / 15 arrests by one day": (
        _pair(_RIOTS.format("six", "Tuesday"), _RIOTS.format(15, "Tuesday"), days=("2026-11-04", "2026-11-06")),
        {"quantity"},
    ),
    "S4 survivors pulled so far, told the same day": (
        _pair(_RUBBLE.format("three"), _RUBBLE.format("seven"), days=("2026-11-03", "2026-11-03")),
        {"quantity"},
    ),
    "S3 flights at one airport, two figures": (
        _pair(_FLIGHTS.format(90, " at Dorran airport"), _FLIGHTS.format(60, " at Dorran airport")),
        {"quantity"},
    ),
    "S3 schools in one town, two figures": (
        _pair(_SNOW.format(18, "in Pellby"), _SNOW.format(40, "in Pellby"), days=("2026-11-05", "2026-11-05")),
        {"quantity"},
    ),
    "S3 90 scheduled flights / 60 flights": (
        _pair(_FLIGHTS.format("90 scheduled", ""), _FLIGHTS.format(60, "")),
        {"quantity"},
    ),
    "S22 a contract / a memorandum to repair one wall": (
        _pair(
            _DEAL.format("signed a contract", " to repair the harbour wall"),
            _DEAL.format("signed a memorandum of understanding", " to repair the harbour wall"),
        ),
        {"classification"},
    ),
    "S22 a contract for a purpose / a memorandum for none": (
        _pair(
            _DEAL.format("signed a contract", " to repair the harbour wall"),
            _DEAL.format("signed a memorandum of understanding", ""),
        ),
        {"classification"},
    ),
    "S33 a plan to fine told the day the regulator fined": (
        _pair(
            _MERVALE.format("said on Monday that it intends to fine") + " 3 million euros over missing records.",
            _MERVALE.format("fined") + " 3 million euros on Monday over missing records, it said.",
            days=("2026-11-03", "2026-11-04"),
        ),
        {"factuality"},
    ),
}


@pytest.mark.parametrize("name", sorted(REVIEW11_AGREE))
def test_review11_outlets_that_agree_give_no_conflict(tmp_path, name):
    found = through_store(REVIEW11_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]


@pytest.mark.parametrize("name", sorted(REVIEW11_DISAGREE))
def test_review11_outlets_that_disagree_give_a_conflict(tmp_path, name):
    docs, facets = REVIEW11_DISAGREE[name]
    found = through_store(docs, tmp_path)
    assert found and {c.facet for c in found} <= facets, [(c.facet, c.question) for c in found]


# twelfth sitting: a "no" that names nobody ("No one has been arrested", "No child has died", "had not yet been
# completed") answers the reports of its own cluster (identity made them one event); told before the act, or a
# noun in a clause another verb negates, it answers nothing
_BRANNOCK = "Wildfire near Brannock. The Brannock wildfire burned 300 hectares of pine forest on Sunday. {}"
_ORVALE = (
    "Measles in Orvale. A measles outbreak at the Orvale primary school has grown to 23 cases, the Pellin health"
    " institute said. {}"
)
NAMELESS_AGREE = {
    "nameless no: nobody arrested, then an arrest": _pair(
        _BRANNOCK.format("No one has been arrested in connection with the fire, Kerrow police said on Monday."),
        _BRANNOCK.format(
            "Kerrow police arrested a 52-year-old farmer on Wednesday on suspicion of starting the fire, the police"
            " said."
        ),
        days=("2026-07-13", "2026-07-16"),
    ),
    "nameless no: not yet completed, then completed": _pair(
        "Tessar Foods said on Monday that its takeover of Kilmory Stores had not yet been completed.",
        "Tessar Foods completed its takeover of Kilmory Stores on Thursday, the company said.",
        days=("2026-10-19", "2026-10-23"),
    ),
    "nameless no: no child has died, then a death": _pair(
        _ORVALE.format("No child has died, a spokeswoman for Pellin hospital said on Tuesday."),
        _ORVALE.format(
            "A seven-year-old boy from Orvale died of measles at Pellin hospital on Thursday, the hospital said."
        ),
        days=("2026-04-14", "2026-04-17"),
    ),
    "nameless no: a fine in a clause another verb negates": _pair(
        "The Greyfield regulator fined Orlen Buses 2 million euros on Tuesday, the regulator said.",
        "A fine alone will not make the passengers whole, a consumer group said of the Orlen Buses case.",
    ),
    "nameless no: a denial of another act": _pair(
        "Ardent Wafers will cut 300 jobs at its Zeller plant, the union said.",
        "Ardent Wafers plans job cuts in Zeller. A spokesman denied that the plant would close, the agency said.",
    ),
}
NAMELESS_DISAGREE = {
    "nameless no: an arrest / no one has been arrested": _pair(
        _BRANNOCK.format(
            "Kerrow police have arrested a 52-year-old farmer on suspicion of starting the fire, two people close to"
            " the investigation said."
        ),
        _BRANNOCK.format("No one has been arrested in connection with the fire, Kerrow police said on Wednesday."),
        days=("2026-07-14", "2026-07-15"),
    ),
    "nameless no: a boy has died / no child has died": _pair(
        _ORVALE.format(
            "A seven-year-old boy from Orvale has died of measles at Pellin hospital, a hospital source said."
        ),
        _ORVALE.format("No child has died, a spokeswoman for Pellin hospital said on Thursday."),
        days=("2026-04-16", "2026-04-17"),
    ),
}


@pytest.mark.parametrize("name", sorted(NAMELESS_AGREE))
def test_a_nameless_no_that_answers_nothing_gives_no_conflict(tmp_path, name):
    found = through_store(NAMELESS_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(NAMELESS_DISAGREE))
def test_a_nameless_no_answers_its_events_reports(tmp_path, name):
    found = through_store(NAMELESS_DISAGREE[name], tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [
        ("factuality", ["did not happen", "happened"])
    ], [(c.facet, c.question) for c in found]


# twelfth sitting: a denial whose clause has a short subject of its own ("denied that the plant would close") denies
# that clause's verb; a longer run ("that the firm it hired to close the plant had been paid") does not
_ZELLER = "Zeller fears job losses. {}"
DENIED_CLAUSE_AGREE = {
    "denied clause: a denial told before the act": _pair(
        "Ardent Wafers denied on Monday that its Zeller plant would close, a spokesman said.",
        "Ardent Wafers closed its Zeller plant on Thursday, the union said.",
        days=("2026-03-02", "2026-03-06"),
    ),
    "denied clause: S18 a denial of a resignation before it": _pair(
        "Olek Tamm denied on Monday that he would resign, his office said.",
        "Olek Tamm resigned, his office said on Thursday.",
        days=("2026-10-05", "2026-10-09"),
    ),
    "denied clause: a denial of another act": _pair(
        "Ardent Wafers will close its Zeller plant next year, the union said.",
        "Ardent Wafers denied that the Zeller plant would be sold, a spokesman said.",
    ),
    "denied clause: a longer subject is a clause of its own": _pair(
        "Ardent Wafers closed its Zeller plant on Monday, the union said.",
        "Ardent Wafers denied that the firm it hired to close the Zeller plant had been paid, a spokesman said.",
    ),
}


@pytest.mark.parametrize("name", sorted(DENIED_CLAUSE_AGREE))
def test_a_denied_clause_that_answers_nothing_gives_no_conflict(tmp_path, name):
    found = through_store(DENIED_CLAUSE_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


def test_a_denied_clause_with_its_own_subject_is_a_denial(tmp_path):
    docs = _pair(
        _ZELLER.format(
            "The Ardent Wafers factory, the largest employer in Zeller, is to close, several employees said."
        ),
        _ZELLER.format(
            "Chief executive Mara Holt denied that the plant would close, the agency said. The factory is the largest"
            " employer in Zeller."
        ),
    )
    found = through_store(docs, tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("factuality", ["denied", "happened"])]


# twelfth sitting: a plan and a refusal are about one thing when their words after the verb agree up to a second
# clause ("will not appeal and will retender the work"), with "last"/"next" before a day noun read alike (two
# days' reports of "this week's ruling" / "last week's ruling"); a refusal with nothing after its verb refuses
# the plan whatever it acts on
_KELDA_PLAN = (
    "Kelda Rail is preparing to {} court ruling on the Brisk signalling tender, two people familiar with it said."
)
PLAN_REFUSED_AGREE = {
    "refused plan: last week's fine, this week's ruling": _pair(
        _KELDA_PLAN.format("appeal this week's"),
        "Kelda Rail will not appeal last week's fine from the rail regulator, the company said.",
        days=("2026-10-08", "2026-10-12"),
    ),
    "refused plan: a plan under a condition": _pair(
        "Kelda Rail plans to appeal the ruling if the court refuses a review, its lawyers said.",
        "Kelda Rail will not appeal, the company said.",
        days=("2026-10-08", "2026-10-12"),
    ),
}
PLAN_REFUSED_DISAGREE = {
    "refused plan: this week's ruling / last week's ruling": _pair(
        _KELDA_PLAN.format("challenge this week's"),
        "Kelda Rail will not appeal last week's court ruling on the Brisk signalling tender, the company said.",
        days=("2026-10-08", "2026-10-12"),
    ),
    "refused plan: will not appeal and will retender": _pair(
        _KELDA_PLAN.format("appeal the"),
        "Kelda Rail said it will not appeal and will retender the work in January.",
        days=("2026-10-08", "2026-10-12"),
    ),
}


@pytest.mark.parametrize("name", sorted(PLAN_REFUSED_AGREE))
def test_a_refusal_of_another_plan_gives_no_conflict(tmp_path, name):
    found = through_store(PLAN_REFUSED_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(PLAN_REFUSED_DISAGREE))
def test_a_refusal_of_the_plan_is_a_conflict(tmp_path, name):
    found = through_store(PLAN_REFUSED_DISAGREE[name], tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [
        ("factuality", ["not planned", "planned"])
    ], [(c.facet, c.question) for c in found]


# thirteenth sitting (review 12 T1): an act told with its own denial in its sentence ("..., a claim the firm
# denied", "which the club denies", "; Varo denied the report") is contested in that report, no "happened"
# against the accused's own denial; an act told without one still answers the denial
DISOWNED_AGREE = {
    "disowned: a claim the firm denied": _pair(
        "Drivers said Tarvo Mills had dismissed 30 drivers at Kellby, a claim the firm denied.",
        "Tarvo Mills denied that it had dismissed 30 drivers at Kellby.",
    ),
    "disowned: which the club denies": _pair(
        "Supporters say Rensby Athletic sold its training ground to a developer, which the club denies.",
        "Rensby Athletic denied selling its training ground to a developer.",
    ),
    "disowned: a second clause denies the report": _pair(
        "A magazine reported that mayor Ilka Varo had hidden the audit; Varo denied the report.",
        "Mayor Ilka Varo denied hiding the audit, her office said.",
    ),
    "disowned: a charge the company rejects": _pair(
        "Ostra Foods says Pellam Dairies copied its yoghurt label, a charge Pellam Dairies rejects.",
        "Pellam Dairies denied copying the yoghurt label of Ostra Foods.",
    ),
}
DISOWNED_DISAGREE = {
    "disowned: a claim repeated, not denied": _pair(
        "Drivers said Tarvo Mills had dismissed 30 drivers at Kellby, a claim the union repeated.",
        "Tarvo Mills denied that it had dismissed 30 drivers at Kellby.",
    ),
    "disowned: confirmed, not denied, in its sentence": _pair(
        "Supporters say Rensby Athletic sold its training ground to a developer, which the club confirmed.",
        "Rensby Athletic denied selling its training ground to a developer.",
    ),
}


@pytest.mark.parametrize("name", sorted(DISOWNED_AGREE))
def test_an_act_told_with_its_own_denial_gives_no_conflict(tmp_path, name):
    found = through_store(DISOWNED_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(DISOWNED_DISAGREE))
def test_an_act_told_without_its_denial_answers_it(tmp_path, name):
    found = through_store(DISOWNED_DISAGREE[name], tmp_path)
    assert [sorted(s.value for s in c.sides) for c in found] in ([["denied", "happened"]], [["no", "yes"]]), [
        (c.facet, c.question) for c in found
    ]


# thirteenth sitting (review 12 T2/T27): a denial of an act still to come ("denied that it would shut the depot")
# answers a plan, not an act reported done or dated; a denial is ordered against the act by its own day ("denied
# on Monday"), not by the day both reports are published
FUTURE_DENIAL_AGREE = {
    "future denial: another act done the day before": _pair(
        "Kessel Freight cut the weekend shift at its Ambry depot on Tuesday, the union said.",
        "Kessel Freight denied on Wednesday that it would shut the Ambry depot.",
        days=("2026-06-05", "2026-06-05"),
    ),
    "future denial: a resignation after the denial, both told on Friday": _pair(
        "Sela Marrow denied on Monday that she would step down as harbour master.",
        "Sela Marrow stepped down as harbour master on Thursday, the port authority said.",
        days=("2026-06-05", "2026-06-05"),
    ),
}
FUTURE_DENIAL_DISAGREE = {
    "future denial: a closure still planned": _pair(
        "Kessel Freight is to shut its Ambry depot, the union said.",
        "Kessel Freight denied that it would shut its Ambry depot.",
    ),
    "future denial: a closure planned within two years": _pair(
        "Drivers said the Ambry depot of Kessel Freight would shut its gates within two years.",
        "Kessel Freight denied that it would shut its Ambry depot.",
    ),
    "past denial: a closure denied after it was reported done": _pair(
        "Kessel Freight shut its Ambry depot on Tuesday, the union said.",
        "Kessel Freight denied on Thursday that it had shut its Ambry depot.",
        days=("2026-06-05", "2026-06-05"),
    ),
}


@pytest.mark.parametrize("name", sorted(FUTURE_DENIAL_AGREE))
def test_a_denial_of_an_act_to_come_or_told_before_it_gives_no_conflict(tmp_path, name):
    found = through_store(FUTURE_DENIAL_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(FUTURE_DENIAL_DISAGREE))
def test_a_denial_of_the_plan_or_of_the_act_done_is_a_conflict(tmp_path, name):
    found = through_store(FUTURE_DENIAL_DISAGREE[name], tmp_path)
    assert [sorted(s.value for s in c.sides) for c in found] in ([["denied", "happened"]], [["no", "yes"]]), [
        (c.facet, c.question) for c in found
    ]


# thirteenth sitting (review 12 T5): a bound or a range a modifier opens ("up to 300 tonnes", "some 40 to 50
# percent") is the range its words allow, not its upper figure; a figure outside it still disagrees
BOUND_AGREE = {
    "bound: up to 300 tonnes / 260 tonnes": _pair(
        "Ardent Foods recalled up to 300 tonnes of flour on Monday, the food agency said.",
        "Ardent Foods recalled 260 tonnes of flour on Monday, the food agency said.",
    ),
    "bound: some 40 to 50 percent / 46 percent": _pair(
        "Some 40 to 50 percent of Greyfield voters backed the ferry levy in Sunday's referendum, officials said.",
        "Forty-six percent of Greyfield voters backed the ferry levy in Sunday's referendum, officials said.",
    ),
}
BOUND_DISAGREE = {
    "bound: up to 300 tonnes / 360 tonnes": _pair(
        "Ardent Foods recalled up to 300 tonnes of flour on Monday, the food agency said.",
        "Ardent Foods recalled 360 tonnes of flour on Monday, the food agency said.",
    ),
    "bound: some 40 to 50 percent / 58 percent": _pair(
        "Some 40 to 50 percent of Greyfield voters backed the ferry levy in Sunday's referendum, officials said.",
        "Fifty-eight percent of Greyfield voters backed the ferry levy in Sunday's referendum, officials said.",
    ),
}


@pytest.mark.parametrize("name", sorted(BOUND_AGREE))
def test_a_figure_inside_a_bound_or_range_gives_no_conflict(tmp_path, name):
    found = through_store(BOUND_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(BOUND_DISAGREE))
def test_a_figure_outside_a_bound_or_range_is_a_conflict(tmp_path, name):
    found = through_store(BOUND_DISAGREE[name], tmp_path)
    assert [c.facet for c in found] == ["quantity"], [(c.facet, c.question) for c in found]


# thirteenth sitting (review 12 T7): a figure labelled provisional ("according to a flash estimate", "an early
# count") beside one labelled final ("its revised estimate", "the certified count") is the earlier version both
# outlets label, no disagreement; two figures both labelled final still disagree
STAGED_AGREE = {
    "staged: flash / revised estimate": _pair(
        "Greyfield's economy shrank 0.3 percent in the second quarter, according to a flash estimate from the"
        " statistics bureau.",
        "Greyfield's economy shrank 0.2 percent in the second quarter, the statistics bureau said in its revised"
        " estimate.",
    ),
    "staged: early / certified count": _pair(
        "An early count gave 8,100 votes to the Orlen bypass, the electoral office said.",
        "The certified count gave 8,350 votes to the Orlen bypass, the electoral office said.",
    ),
}


@pytest.mark.parametrize("name", sorted(STAGED_AGREE))
def test_a_provisional_figure_beside_a_final_one_gives_no_conflict(tmp_path, name):
    found = through_store(STAGED_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


def test_two_final_figures_that_differ_are_a_conflict(tmp_path):
    found = through_store(
        _pair(
            "The final count gave 8,100 votes to the Orlen bypass, the electoral office said.",
            "The final count gave 8,950 votes to the Orlen bypass, the electoral office said.",
        ),
        tmp_path,
    )
    assert [c.facet for c in found] == ["quantity"], [(c.facet, c.question) for c in found]


# thirteenth sitting (review 12 T20): a name before an event noun ("at the Greyfield pension protest") names the
# event, not a place within it, so the smaller figure is no part by place; "at Dorran airport" still is
def test_a_name_of_the_event_is_no_place_of_a_part(tmp_path):
    found = through_store(
        _pair(
            "Police detained 14 people at the Greyfield pension protest on Sunday, police said.",
            "Police detained 35 people at Sunday's pension protest, police said.",
        ),
        tmp_path,
    )
    assert [c.facet for c in found] == ["quantity"], [(c.facet, c.question) for c in found]


def test_a_part_at_a_named_place_gives_no_conflict(tmp_path):
    found = through_store(
        _pair(
            "Merrow Air cancelled 30 flights at Dorran airport on Monday, the airline said.",
            "Merrow Air cancelled 90 flights on Monday, the airline said.",
        ),
        tmp_path,
    )
    assert found == [], [(c.facet, c.question) for c in found]


# thirteenth sitting (review 12 T19): what a classified deal is for reads through "of" ("for the construction of a
# bus garage" is about the garage), so one deal worded two ways is compared; two deals for two things are not
def test_one_deal_for_one_thing_worded_two_ways_is_compared(tmp_path):
    found = through_store(
        _pair(
            "Orlen Group signed a memorandum of understanding with the Greyfield council on Monday for the"
            " construction of a bus garage.",
            "Orlen Group signed a contract with the Greyfield council on Monday to build a bus garage.",
        ),
        tmp_path,
    )
    assert [c.facet for c in found] == ["classification"], [(c.facet, c.question) for c in found]


def test_two_deals_for_two_things_give_no_conflict(tmp_path):
    found = through_store(
        _pair(
            "Orlen Group signed a memorandum of understanding with the Greyfield council on Monday for the"
            " construction of a bus garage.",
            "Orlen Group signed a contract with the Greyfield council on Monday for the renovation of the town"
            " library.",
        ),
        tmp_path,
    )
    assert found == [], [(c.facet, c.question) for c in found]


# thirteenth sitting (review 12 T21): a measure told in the present perfect with an aspect adverb between ("have
# now cleared 35 km" on Monday, "120 km" on Thursday) is a running total of each day; a count in the perfect whose
# act has its own day before the report ("have stolen three sculptures in a raid on Sunday night") is one act
def test_a_running_measure_in_the_perfect_gives_no_conflict(tmp_path):
    found = through_store(
        _pair(
            "Road crews have now cleared 35 km of the Greyfield coast road, the county said on Monday.",
            "Road crews have now cleared 120 km of the Greyfield coast road, the county said on Thursday.",
            days=("2026-06-01", "2026-06-04"),
        ),
        tmp_path,
    )
    assert found == [], [(c.facet, c.question) for c in found]


def test_a_dated_act_told_in_the_perfect_on_two_days_is_compared(tmp_path):
    found = through_store(
        _pair(
            "Burglars have stolen three sculptures from the Greyfield art gallery in a raid on Sunday night, police"
            " said.",
            "Burglars have stolen six sculptures from the Greyfield art gallery in a raid on Sunday night, police"
            " said.",
            days=("2026-06-02", "2026-06-03"),
        ),
        tmp_path,
    )
    assert [c.facet for c in found] == ["quantity"], [(c.facet, c.question) for c in found]


# fourteenth sitting (review 13 U1/U2): two acts of one class joined by a shared agent or place, whose objects are
# two named things ("the Corvane ring road" / "its cargo terminal"; "the Halden paper mill at Wyke" / "the Wyke
# quarry"; one head noun, two names), are not one act dated twice; one named thing closed on two days still is
NAMED_OBJECTS_AGREE = {
    "objects: a ring road and the airport's own terminal": _pair(
        "The Corvane ring road was closed on Tuesday after a flood.",
        "Corvane airport closed its cargo terminal on Thursday for repairs.",
        days=("2026-06-05", "2026-06-05"),
    ),
    "objects: a paper mill at a town and the town's quarry": _pair(
        "The Halden paper mill at Wyke was closed on Monday after a chemical spill.",
        "The Wyke quarry was closed on Wednesday after a rockfall.",
        days=("2026-06-05", "2026-06-05"),
    ),
    "objects: two locks of one authority": _pair(
        "The port authority closed the Dunmere lock on Monday after a gate failure.",
        "The port authority closed the Ashby lock on Wednesday for dredging.",
        days=("2026-06-05", "2026-06-05"),
    ),
    "objects: two lines of one operator": _pair(
        "Orrin Trains suspended services on its Dunmere line on Monday after a signal fault.",
        "Orrin Trains suspended services on the Ashby valley line on Thursday because of flooding.",
        days=("2026-06-05", "2026-06-05"),
    ),
}
NAMED_OBJECTS_DISAGREE = {
    "objects: one lock closed on two days": _pair(
        "The port authority closed the Dunmere lock on Monday after a gate failure.",
        "The port authority closed the Dunmere lock on Wednesday after a gate failure.",
        days=("2026-06-05", "2026-06-05"),
    ),
    "objects: one quarry, passive and active, two days": _pair(
        "The Wyke quarry was closed on Monday after a rockfall.",
        "The county council closed the Wyke quarry on Wednesday after a rockfall.",
        days=("2026-06-05", "2026-06-05"),
    ),
}


@pytest.mark.parametrize("name", sorted(NAMED_OBJECTS_AGREE))
def test_two_named_objects_of_one_class_give_no_conflict(tmp_path, name):
    found = through_store(NAMED_OBJECTS_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(NAMED_OBJECTS_DISAGREE))
def test_one_named_object_on_two_days_is_a_conflict(tmp_path, name):
    found = through_store(NAMED_OBJECTS_DISAGREE[name], tmp_path)
    assert [c.facet for c in found] == ["date"], [(c.facet, c.question) for c in found]


# fourteenth sitting (review 13 U5): what a request asks for ("asked the court to jail him for eight years",
# "demanded a 12 percent pay rise") is wanted, not done: compared with other requests only, never with the decision
# (a request and its decision, both told right, agree); a request told on the day another outlet tells the act done,
# with the same figures, is a request told as its decision: whether it happened, "requested" / "happened"
REQUEST_AGREE = {
    "request: asked eight years, jailed five": _pair(
        "Prosecutors asked the Dravik court on Tuesday to jail the contractor Oren Palk for eight years.",
        "The Dravik court jailed Oren Palk for five years on Friday.",
        days=("2026-06-06", "2026-06-06"),
    ),
    "request: demanded 12 percent, agreed 7": _pair(
        "The Greyfield teachers' union demanded a 12 percent pay rise on Monday.",
        "Greyfield council and the teachers' union agreed a 7 percent pay rise on Thursday.",
        days=("2026-06-06", "2026-06-06"),
    ),
    # review 14 V13: the noun in an adverbial of the act done is no request of it
    "request: the noun, following a request from police": _pair(
        "Following a request from police, Ostwick council closed the Mill Street car park on Monday.",
        "Ostwick council closed the Mill Street car park on Monday, police said.",
        days=("2026-06-09", "2026-06-09"),
    ),
    "request: the noun, at the request of residents": _pair(
        "At the request of residents, Tressick council banned lorries from the high street on Tuesday.",
        "Tressick council banned lorries from the high street on Tuesday.",
        days=("2026-06-10", "2026-06-10"),
    ),
    "request: applied for 300 flats, allowed 180": _pair(
        "Merrow Builders applied on Tuesday for permission to build 300 flats in Lisk.",
        "Lisk council gave Merrow Builders permission to build 180 flats on Friday.",
        days=("2026-06-06", "2026-06-06"),
    ),
}
REQUEST_DISAGREE = {
    "request: proposed a ban, banned that day": _pair(
        "The environment ministry proposed a ban on the pesticide Korvex on Wednesday.",
        "The environment ministry banned the pesticide Korvex on Wednesday.",
        days=("2026-06-06", "2026-06-06"),
    ),
    "request: recommended a fine, fined that day": _pair(
        "Auditors recommended on Friday that Orlen Buses be fined 2.5 million euros.",
        "The transport regulator fined Orlen Buses 2.5 million euros on Friday.",
        days=("2026-06-06", "2026-06-06"),
    ),
}


@pytest.mark.parametrize("name", sorted(REQUEST_AGREE))
def test_a_request_and_its_decision_give_no_conflict(tmp_path, name):
    found = through_store(REQUEST_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(REQUEST_DISAGREE))
def test_a_request_told_as_its_decision_is_a_conflict(tmp_path, name):
    found = through_store(REQUEST_DISAGREE[name], tmp_path)
    assert [sorted(s.value for s in c.sides) for c in found] == [["happened", "requested"]], [
        (c.facet, c.question) for c in found
    ]


# fourteenth sitting (review 13 U13, U16): a denial of a report of something else in the act's sentence ("dismissing
# reports of a row") does not take the act back; a denial of an act to come told on its own day after the act was
# reported done ("denied on Thursday that it would ever shut its bakery") answers it; one told before the act, on
# its own day, does not, also between claims ("denied on Monday that it would shut" / "shut it on Thursday")
DENIAL_DAY_AGREE = {
    "denial: would not close, told Thursday; another act (a shift cut) Tuesday": _pair(
        "Tarrow Mills cut the weekend shift at its Corby bakery on Tuesday, the union said.",
        "Tarrow Mills denied on Thursday that it would close the Corby bakery.",
        days=("2026-06-06", "2026-06-06"),
    ),
    "denial: would not shut, told Monday; shut Thursday": _pair(
        "Tarrow Mills denied on Monday that it would shut its Corby bakery.",
        "Tarrow Mills shut its Corby bakery on Thursday, the union said.",
        days=("2026-06-06", "2026-06-06"),
    ),
}
DENIAL_DAY_DISAGREE = {
    "denial: shut Tuesday; would never shut, told Thursday": _pair(
        "Tarrow Mills shut its Corby bakery on Tuesday, the union said.",
        "Tarrow Mills denied on Thursday that it would ever shut its Corby bakery, saying it was still baking.",
        days=("2026-06-06", "2026-06-06"),
    ),
    "denial of another report: fired, dismissing reports of a row": _pair(
        "The Dunmore football club fired its coach Ivo Pell on Friday, dismissing reports of a row with the owners.",
        "The Dunmore football club did not fire its coach Ivo Pell on Friday, supporters said.",
        days=("2026-06-06", "2026-06-07"),
    ),
    "denial of another report: closed, dismissing reports about losses": _pair(
        "Harlow Steel closed its Penrith plant on Monday, dismissing reports about heavy losses.",
        "Harlow Steel did not close its Penrith plant on Monday, the union said.",
        days=("2026-06-02", "2026-06-03"),
    ),
}


@pytest.mark.parametrize("name", sorted(DENIAL_DAY_AGREE))
def test_a_denial_told_before_the_act_on_its_own_day_gives_no_conflict(tmp_path, name):
    found = through_store(DENIAL_DAY_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(DENIAL_DAY_DISAGREE))
def test_a_denial_after_the_act_or_of_another_report_is_a_conflict(tmp_path, name):
    found = through_store(DENIAL_DAY_DISAGREE[name], tmp_path)
    assert [c.facet for c in found] == ["factuality"], [(c.facet, c.question) for c in found]


# fourteenth sitting (review 13 U8): "the Luddon Christmas market" names a market, not 25 December, so a closure of
# it on Tuesday and another closure on Wednesday evening are no dates of one end in dispute; two days of one closure
# of the market still are
def test_a_holiday_in_a_name_is_no_date(tmp_path):
    found = through_store(
        _pair(
            "The Luddon Christmas market was closed on Tuesday, police said.",
            "Police closed the Luddon town square on Wednesday evening, police said.",
            days=("2026-12-11", "2026-12-11"),
        ),
        tmp_path,
    )
    assert found == [], [(c.facet, c.question) for c in found]


def test_two_days_of_one_closure_of_a_holiday_market_are_a_conflict(tmp_path):
    found = through_store(
        _pair(
            "Police closed the Luddon Christmas market on Tuesday, police said.",
            "Police closed the Luddon Christmas market on Thursday, police said.",
            days=("2026-12-11", "2026-12-11"),
        ),
        tmp_path,
    )
    assert [c.facet for c in found] == ["date"], [(c.facet, c.question) for c in found]


# fourteenth sitting (review 13 U3): "appealed against its three-month ban on Thursday" dates the appeal, not the ban,
# so the ban of Monday and its appeal of Thursday are no date conflict; two days of one ban still are
def test_an_appeal_against_a_ban_gives_the_ban_no_date(tmp_path):
    first = "The football league banned the Brenmoor supporters' club for three months on Monday, the league said."
    found = through_store(
        _pair(
            first,
            "The Brenmoor supporters' club appealed against its three-month ban on Thursday, the club said.",
            days=("2026-12-08", "2026-12-11"),
        ),
        tmp_path,
    )
    assert found == [], [(c.facet, c.question) for c in found]
    (tmp_path / "again").mkdir()
    again = _pair(first, first.replace("Monday", "Thursday"), days=("2026-12-08", "2026-12-11"))
    found = through_store(again, tmp_path / "again")
    assert [c.facet for c in found] == ["date"], [(c.facet, c.question) for c in found]


# fourteenth sitting (review 13 U6, U4): a money range keeps its scale on both bounds ("between 3 and 4 million
# euros" is 3 to 4 million, not 3 to 3,000,000), so a figure inside it agrees and one outside disagrees; an act
# told as a repeat by the event noun of another clause ("In a second theft in a week, ... were stolen") answers the
# repeat's questions, not the first act's
RANGE_AND_REPEAT_AGREE = {
    "range: between 3 and 4 million euros / 3.6 million": _pair(
        "The new Ormsby bridge will cost between 3 and 4 million euros, the council said.",
        "The new Ormsby bridge will cost 3.6 million euros, the council said.",
    ),
    "repeat: a second theft in a week": _pair(
        "Thieves stole 200 metres of signal cable from the Tarlow freight yard on Tuesday.",
        "In a second theft in a week, 90 metres of signal cable were stolen from the Tarlow freight yard on Monday.",
        days=("2026-06-03", "2026-06-09"),
    ),
}
RANGE_DISAGREE = {
    "range: between 3 and 4 million euros / 6 million": _pair(
        "The new Ormsby bridge will cost between 3 and 4 million euros, the council said.",
        "The new Ormsby bridge will cost 6 million euros, the council said.",
    ),
}


@pytest.mark.parametrize("name", sorted(RANGE_AND_REPEAT_AGREE))
def test_a_figure_in_a_scaled_range_or_a_repeat_gives_no_conflict(tmp_path, name):
    found = through_store(RANGE_AND_REPEAT_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(RANGE_DISAGREE))
def test_a_figure_outside_a_scaled_range_is_a_conflict(tmp_path, name):
    found = through_store(RANGE_DISAGREE[name], tmp_path)
    assert [(c.facet, [s.value for s in c.sides if " to " in s.value]) for c in found] == [
        ("quantity", ["3000000 to 4000000 EUR"])
    ], [(c.facet, c.question) for c in found]


# fourteenth sitting (issue 15): event classes across domains — a noun and its verb of one class ("culled" / "the
# cull"), the classes of decisions, accidents and leaks ("refused the permit", "passed the bill", "hit a rock", "lost
# 46 containers overboard", "ammonia water escaped"). Agreeing: two acts of one class on two things (a plan approved,
# another permit refused; two rescues of two groups; two culls on two farms), one act told with the noun and the
# verb, or with two words of one class. Disagreeing: one act told with two words of one class, two values.
_CULLED = "The ministry culled 40,000 hens at the Wiekfeld farm on Monday, officials said."
_ESCAPED = "Ammonia water {} from the Agrol plant near Bystra at {} on Sunday, the company said."
_HIT = "The ferry Marlen {} off Sandvik at {} on Saturday, the operator said."
CLASSES_AGREE = {
    "classes: a plan approved, another permit refused": _pair(
        "The Torvale council approved the plan for the Nordhafen marina on Tuesday, the council said.",
        "The Torvale council refused the permit for the Sandvik hotel on Tuesday, the council said.",
        days=("2026-06-03", "2026-06-03"),
    ),
    "classes: two rescues of two groups": _pair(
        "The coastguard rescued 14 crew from the trawler Marlen off Sandvik on Sunday, officials said.",
        "The coastguard rescued six hikers from the Kalden glacier on Sunday, officials said.",
        days=("2026-06-08", "2026-06-08"),
    ),
    "classes: two culls on two farms": _pair(
        "Some 40,000 hens were culled at the Wiekfeld farm on Monday, the ministry said.",
        "Some 12,000 ducks were culled at the Ostbroek farm on Monday, the ministry said.",
        days=("2026-11-03", "2026-11-03"),
    ),
    "classes: culled and the cull, one day": _pair(
        _CULLED,
        "The cull of 40,000 hens at the Wiekfeld farm took place on Monday, officials said.",
        days=("2026-11-04", "2026-11-04"),
    ),
    "classes: lost containers and the loss of them": _pair(
        "The Marlen lost 46 containers overboard off Sandvik on Friday, its owner said.",
        "The loss of 46 containers from the Marlen off Sandvik on Friday angered fishermen, its owner said.",
        days=("2026-11-07", "2026-11-07"),
    ),
    "classes: passed and adopted, one day": _pair(
        "The Varland parliament passed the rental bill on Thursday with 241 votes, officials said.",
        "The Varland parliament adopted the rental bill on Thursday with 241 votes, officials said.",
        days=("2026-11-20", "2026-11-20"),
    ),
    "classes: escaped and leaked, one time": _pair(
        _ESCAPED.format("escaped", "23:50"), _ESCAPED.format("leaked", "23:50"), days=("2026-10-12", "2026-10-12")
    ),
    "classes: hit a rock and crashed, one time": _pair(
        _HIT.format("hit a rock", "6:40"), _HIT.format("crashed", "6:40"), days=("2026-06-08", "2026-06-08")
    ),
}
CLASSES_DISAGREE = {
    "classes: culled on Monday, the cull on Tuesday": _pair(
        _CULLED,
        "The cull of 40,000 hens at the Wiekfeld farm took place on Tuesday, officials said.",
        days=("2026-11-04", "2026-11-04"),
    ),
    "classes: passed on Thursday, adopted on Wednesday": _pair(
        "The Varland parliament passed the rental bill on Thursday, officials said.",
        "The Varland parliament adopted the rental bill on Wednesday, officials said.",
        days=("2026-11-20", "2026-11-20"),
    ),
    "classes: escaped at 23:50, leaked at 22:50": _pair(
        _ESCAPED.format("escaped", "23:50"), _ESCAPED.format("leaked", "22:50"), days=("2026-10-12", "2026-10-12")
    ),
    "classes: hit a rock at 6:40, crashed at 7:40": _pair(
        _HIT.format("hit a rock", "6:40"), _HIT.format("crashed", "7:40"), days=("2026-06-08", "2026-06-08")
    ),
}


@pytest.mark.parametrize("name", sorted(CLASSES_AGREE))
def test_classes_that_agree_give_no_conflict(tmp_path, name):
    found = through_store(CLASSES_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(CLASSES_DISAGREE))
def test_one_act_told_with_two_words_of_its_class_is_compared(tmp_path, name):
    found = through_store(CLASSES_DISAGREE[name], tmp_path)
    assert len(found) == 1 and found[0].facet in ("date", "time_of_day"), [(c.facet, c.question) for c in found]


# issue 15 (frames15): how long a thing lasts, told with no event word (events/measures.py duration_frames): a
# duration of one thing and a duration of another, two lengths of one state told two ways, give no conflict
_KALYMNOS = "The Greek island of Kalymnos was placed under a state of emergency on Wednesday, the ministry said. "
LASTING_AGREE = {
    "lasting: three months two ways": _pair(
        _KALYMNOS + "The emergency on Kalymnos runs for three months, the ministry said.",
        _KALYMNOS + "The three-month state of emergency on Kalymnos lets the ministry hire tankers, it said.",
        days=("2026-09-10", "2026-09-10"),
    ),
    "lasting: a duration of one thing and of another": _pair(
        _KALYMNOS + "The emergency on Kalymnos will last three months, and the water rationing will last 30 days.",
        _KALYMNOS + "The emergency on Kalymnos runs for three months, the ministry said.",
        days=("2026-09-10", "2026-09-10"),
    ),
    "lasting: a road closed for three weeks and a ferry suspended for two": _pair(
        "The Kalymnos coast road will remain closed for three weeks after the landslide on Monday, police said.",
        "The Kalymnos ferry service will be halted for two weeks after the landslide on Monday, police said.",
        days=("2026-09-10", "2026-09-10"),
    ),
}
LASTING_DISAGREE = {
    "lasting: 30 days and three months of one emergency": _pair(
        "The Greek government has declared a state of emergency on Kalymnos that will last 30 days, the ministry said.",
        _KALYMNOS + "The emergency on Kalymnos runs for three months, the ministry said.",
        days=("2026-09-10", "2026-09-10"),
    ),
}


@pytest.mark.parametrize("name", sorted(LASTING_AGREE))
def test_lengths_that_agree_give_no_conflict(tmp_path, name):
    found = through_store(LASTING_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(LASTING_DISAGREE))
def test_two_lengths_of_one_state_are_one_conflict(tmp_path, name):
    found = through_store(LASTING_DISAGREE[name], tmp_path)
    assert [(c.facet, c.question.split(" — ")[0]) for c in found] == [("quantity", "duration of emergency")]


# fifteenth sitting (review 14 V14, V15, V2/V7/V9): one verb on two object nouns that name no one thing
# ([object_nouns] of models/events.toml; a noun joined by "of" stands for what follows it: "3,000 jars of baby food")
# is two acts, told with or without names; a denial of an act to come on another thing takes no act back; one thing
# named by two nouns of one set ("its Corran smelter" / "the Corran works") or a general noun ("its fleet") is one
THINGS_AGREE = {
    "objects: closed its Pellis bakery, denied it would close the Dunmore dairy": _pair(
        "Dunmore Foods closed its Pellis bakery on Monday, the union said.",
        "Dunmore Foods denied on Wednesday that it would close the Dunmore dairy.",
        days=("2026-06-12", "2026-06-12"),
    ),
    "objects: closed the Corran library, then the Corran swimming pool": _pair(
        "Brenmoor council closed the Corran library on Monday to save money.",
        "Brenmoor council closed the Corran swimming pool on Wednesday after a leak.",
        days=("2026-06-12", "2026-06-12"),
    ),
    "objects: opened the Corran museum, then the Corran sports hall": _pair(
        "Brenmoor council opened the Corran museum on Monday, officials said.",
        "Brenmoor council opened the Corran sports hall on Thursday, officials said.",
        days=("2026-06-12", "2026-06-12"),
    ),
    "objects: mothballed a furnace, then two cranes": _pair(
        "Vessel Metals mothballed the town's old furnace on Monday, workers said.",
        "Vessel Metals mothballed two harbour cranes at its quay on Wednesday, workers said.",
        days=("2026-06-12", "2026-06-12"),
    ),
    "objects: trimmed 150 jobs, then the price of its milk": _pair(
        "Dunmore Foods trimmed 150 jobs at its dairy on Monday, the union said.",
        "Dunmore Foods trimmed the price of its milk by 8 percent on Wednesday, the company said.",
        days=("2026-06-12", "2026-06-12"),
    ),
}
THINGS_DISAGREE = {
    "objects: shut its Ambry depot, denied it would ever close it": _pair(
        "Dunmore Foods shut its Ambry depot on Monday, the union said.",
        "Dunmore Foods denied on Thursday that it would ever close its Ambry depot, saying it was still working.",
        days=("2026-06-13", "2026-06-13"),
    ),
    "objects: its Corran smelter, the Corran works": _pair(
        "Vessel Metals closed its Corran smelter on Monday, workers said.",
        "Vessel Metals closed the Corran works on Wednesday, the union said.",
        days=("2026-06-12", "2026-06-12"),
    ),
    "objects: its Osprey fleet, the Osprey planes": _pair(
        "Merrow Air grounded its Osprey fleet on Monday after an engine fault, the airline said.",
        "Merrow Air grounded the Osprey planes on Thursday after an engine fault, the regulator said.",
        days=("2026-06-12", "2026-06-12"),
    ),
    "objects: recalled jars of baby food, did not recall any": _pair(
        "Dunmore Foods recalled 4,000 jars of baby food on Friday, the food agency said.",
        "Dunmore Foods did not recall any baby food on Friday, the food agency said.",
        days=("2026-06-13", "2026-06-13"),
    ),
}


@pytest.mark.parametrize("name", sorted(THINGS_AGREE))
def test_one_verb_on_two_things_gives_no_conflict(tmp_path, name):
    found = through_store(THINGS_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(THINGS_DISAGREE))
def test_one_thing_told_with_two_nouns_is_compared(tmp_path, name):
    found = through_store(THINGS_DISAGREE[name], tmp_path)
    assert len(found) == 1, [(c.facet, c.question) for c in found]


# issue 15 (frames15): sums of money no event word holds (events/measures.py sum_frames): two costs of two things in
# one sentence, a sum told two ways, and sums in examples give no conflict
SUMS_AGREE = {
    "sums: the cost of a new bridge and of a temporary one": _pair(
        "A new Lisk bridge would cost 120 million euros and a temporary Lisk bridge 60 million euros, it said.",
        "The Lisk ministry put the cost of the new bridge at 120 million euros, the ministry said.",
        days=("2026-09-10", "2026-09-10"),
    ),
    "sums: one insurance told two ways": _pair(
        "A rocket of Tarvo Space exploded on Tuesday. Its payload was insured for £4.2 million, the broker said.",
        "A rocket of Tarvo Space exploded on Tuesday. The payload was insured for a combined £4.2 million.",
        days=("2026-09-10", "2026-09-10"),
    ),
    "sums: two loans in two examples": _pair(
        "A household in Lisk with a loan of two million kronor will save 400 kronor a month, the Observer said.",
        "A cut on a loan of three million kronor in Lisk is 600 kronor a month, the banker said.",
        days=("2026-09-10", "2026-09-10"),
    ),
}
SUMS_DISAGREE = {
    "sums: a credit of 100 kroner and a 200-kroner credit": _pair(
        "Fjordnett will give every Lisk customer a credit of 100 kroner on the next bill, Fjordnett said.",
        "Fjordnett's answer is a 200-kroner credit on the next bill for Lisk customers.",
        days=("2026-09-10", "2026-09-10"),
    ),
}


@pytest.mark.parametrize("name", sorted(SUMS_AGREE))
def test_sums_that_agree_give_no_conflict(tmp_path, name):
    found = through_store(SUMS_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize("name", sorted(SUMS_DISAGREE))
def test_two_sums_of_one_thing_are_one_conflict(tmp_path, name):
    found = through_store(SUMS_DISAGREE[name], tmp_path)
    assert [(c.facet, c.question.split(" — ")[0]) for c in found] == [("quantity", "amount (KRONE) of credit")]
