"""A "no" that says none of an event took place answers its cluster whoever it names (``_none_of_it``): "no" with up to
two modifiers before the event noun ("no data-protection impact assessment"), or an existential "never" ("there has
never been a night cut"); "no such order" points at one act told elsewhere. And a "yes" naming nobody answers such a
"no" of its cluster, or one denying it of the same thing (``_answers_vague_no``). The towns and firms are invented."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from claimline.events import extract_events
from claimline.reconcile.events import _answers_vague_no, _none_of_it

PUB = date(2026, 3, 6)


def _report(nlp, text: str, lemma: str, cluster: str = "c1") -> SimpleNamespace:
    ex, frames = extract_events(text, PUB, nlp=nlp)
    frame = next(f for f in frames if f.trigger.lemma == lemma)
    claim = next(c for c in ex.claims if c.id == frame.claim_id)
    return SimpleNamespace(frame=frame, info=SimpleNamespace(claim=claim), cluster=cluster, outlet=False)


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        (
            "No data-protection impact assessment was carried out before the purchase, the ministry said.",
            "assessment",
            True,
        ),
        ("No formal complaint has been filed, the regulator said on Friday.", "complaint", True),
        ("There has never been a night cut in the town, the water company said on Friday.", "cut", True),
        ("No such complaint has been filed, the regulator said on Friday.", "complaint", False),
    ],
)
def test_a_no_that_says_none_took_place(nlp, text, lemma, expected):
    assert _none_of_it(_report(nlp, text, lemma)) is expected


def test_a_nameless_yes_answers_a_nameless_no_of_its_thing(nlp):
    no = _report(nlp, "The portable desalination unit has not been delivered, the ministry said on Friday.", "deliver")
    yes = _report(nlp, "A portable desalination unit was delivered on Thursday, the shipping firm said.", "deliver")
    other = _report(nlp, "Six pallets of bottled water were delivered on Thursday, the shipping firm said.", "deliver")
    assert no.frame.factuality == "negated"
    assert _answers_vague_no(yes, {"c1": [no]})
    assert not _answers_vague_no(other, {"c1": [no]})
