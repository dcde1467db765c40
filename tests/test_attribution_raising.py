"""How certain a claim under a raising verb or an infinitive's adjective is (review6 C6), on
sentences written for this test.

A cue under "seemed / appeared to" is the raised subject's, hedged by the raising verb: never more
certain than how it looks ("appeared to deny that A" is no on-record denial). An infinitive after an
adjective of inability or refusal ("was unable to confirm that A") was not done: a refusal, as
"declined to confirm that A" is, never the subject confirming A. After a wish, a readiness or a
chance ("eager to say", "has a chance to show") it may yet be done: hedged at most.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _claims(extract, text: str):
    return [
        (c.source.text if c.source else None, c.cue.text if c.cue else None, c.text, c.modality, c.negated)
        for c in extract(text).claims
    ]


def _by_cue(claims, cue: str):
    hits = [c for c in claims if c[1] == cue]
    assert hits, f"no claim with cue {cue!r} in {claims}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "cue", "source", "negated"),
    [
        # the reviewer's four (review6 C6)
        ("The regulator appeared to deny that Orlen Buses had been fined.", "appeared to deny", "The regulator", True),
        ("Orlen Buses seemed to admit that it had missed the deadline.", "seemed to admit", "Orlen Buses", False),
        ("The mayor seemed to say that the contract had been cancelled.", "seemed to say", "The mayor", False),
        ("The mayor seemed to blame the drivers for the delays.", "seemed to blame", "The mayor", False),
        ("Mayor Dana Pike appeared to deny that the ferry had been sold.", "appeared to deny", "Mayor Dana Pike", True),
        (
            "Harbour Lines seemed to admit that it had missed the safety check.",
            "seemed to admit",
            "Harbour Lines",
            False,
        ),
        ("The mayor seemed to say that the bridge contract had been dropped.", "seemed to say", "The mayor", False),
        ("The mayor seemed to blame the pilots for the late sailings.", "seemed to blame", "The mayor", False),
    ],
)
def test_a_raising_verb_caps_the_inner_cue_at_hedged(extract, text, cue, source, negated):
    got = _by_cue(_claims(extract, text), cue)
    assert got[0] == source
    assert got[3] == "hedged"
    assert got[4] is negated


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the reviewer's three (review6 C6)
        ("The regulator was unable to confirm that Orlen Buses had been fined.", "The regulator"),
        ("The regulator was reluctant to confirm that Orlen Buses had been fined.", "The regulator"),
        ("The ministry was unwilling to say that the contract had been cancelled.", "The ministry"),
        ("The port authority was unable to confirm that the ferry had been sold.", "The port authority"),
        ("The port authority was reluctant to confirm that the ferry had been sold.", "The port authority"),
        (
            "The transport ministry was unwilling to say that the bridge contract had been dropped.",
            "The transport ministry",
        ),
        ("The harbour board was hesitant to admit that the sailings were late.", "The harbour board"),
    ],
)
def test_an_infinitive_after_inability_is_no_act_done(extract, text, subject):
    claims = _claims(extract, text)
    held = [c for c in claims if c[0] == subject]
    assert held, claims
    # a refusal, as "declined to confirm that A": the sentence, negated by its cue, never A confirmed
    assert all(c[4] and c[3] != "confirmed" for c in held), claims
    assert all(c[2] != text.rstrip(".").split(" that ", 1)[1] for c in held), claims


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the reviewer's (review6 C6)
        ("The regulator has a chance to show that Orlen Buses broke the rules.", "show", "The regulator"),
        ("The port authority has a chance to show that Harbour Lines broke the rules.", "show", "The port authority"),
        ("The mayor was ready to say that the bridge contract had been dropped.", "say", "The mayor"),
        ("The harbour board was eager to say that the ferries would sail on time.", "say", "The harbour board"),
    ],
)
def test_an_infinitive_after_a_wish_or_a_chance_is_hedged(extract, text, cue, source):
    got = _by_cue(_claims(extract, text), cue)
    assert got[0] == source
    assert got[3] == "hedged"


def test_an_infinitive_after_quick_is_done(extract):
    # "was quick to point out that A": A was pointed out, the cue keeps its own certainty
    got = _by_cue(_claims(extract, "Councillor Ben Osei was quick to point out that the budget held."), "point out")
    assert got[0] == "Councillor Ben Osei"
    assert got[3] == "reported"
