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


# -- review7 R3, R6, R15: inability and readiness words in every position, negated or not


def _inner(claims, clause: str):
    """Claims whose text is the inner clause itself (what a confirmation would have confirmed)."""
    return [c for c in claims if c[2] == clause]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # after a copula other than "be" (R3)
        (
            "The harbour board proved unable to show that the ferry operator broke the rules.",
            "the ferry operator broke the rules",
        ),
        # a verb of failing (one vocabulary with the comparison of events)
        ("The ministry failed to confirm that the depot would close.", "the depot would close"),
        # predicted not to say it (R15)
        ("The minister is unlikely to confirm that the depot will close.", "the depot will close"),
        # a negated readiness is no readiness (R15)
        ("The minister is not ready to say that the depot will close.", "the depot will close"),
        ("The minister was not willing to say that the depot will close.", "the depot will close"),
    ],
)
def test_an_undone_or_negated_readiness_word_gives_no_claim_of_the_inner_clause(extract, text, clause):
    claims = _claims(extract, text)
    assert not _inner(claims, clause), claims
    # the sentence stays a refusal, negated, never certain
    assert all(c[4] and c[3] != "confirmed" for c in claims if c[1] is not None), claims


def test_a_fronted_inability_gives_no_claim_of_the_inner_clause(extract):
    claims = _claims(extract, "Unable to confirm that the trawler sank, the coastguard widened its search.")
    assert not _inner(claims, "the trawler sank"), claims
    assert not any(c[1] is not None and "confirm" in c[1] and not c[4] for c in claims), claims


def test_a_negated_inability_cancels(extract):
    # "not unable to confirm": they could and did; no refusal read into a double negation
    claims = _claims(extract, "Police were not unable to confirm that two men were arrested.")
    got = _inner(claims, "two men were arrested")
    assert got and got[0][0] == "Police" and not got[0][4], claims


def test_an_inability_under_another_cue_is_part_of_what_is_said(extract):
    claims = _claims(extract, "Officials said they were unable to confirm that the bridge had collapsed.")
    assert not any(c[2].startswith("Officials said") for c in claims), claims
    assert ("Officials", "said", "they were unable to confirm that the bridge had collapsed") in [c[:3] for c in claims]


def test_set_to_announce_is_hedged(extract):
    # "set" is parsed as a participle, not an adjective (R15)
    got = _by_cue(_claims(extract, "The minister was set to announce that the depot will close."), "announce")
    assert got[0] == "The minister"
    assert got[3] == "hedged"


def test_a_negated_raising_verb_gives_no_denial(extract):
    # "did not appear to deny that A" (R6): no hedged denial of A by the ministry
    claims = _claims(extract, "The ministry did not appear to deny that the depot would close.")
    assert not any(c[4] for c in _inner(claims, "the depot would close")), claims


def test_one_list_of_undone_words_for_claims_and_events():
    # the words that say an infinitive was not done are read from one place (models/cues.toml)
    from claimline import lexicons
    from claimline.reconcile.vocab import failing_words

    undone = set(lexicons.cues().undone_words)
    assert {"fail", "refuse", "decline", "unable", "unlikely"} <= undone
    assert "unlikely" not in set(lexicons.cues().unrealised_words)
    assert failing_words() == frozenset(undone)


def test_the_main_clause_after_a_fronted_inability_is_the_outlets(extract):
    claims = _claims(
        extract, "Unable to confirm that the trawler sank, the Irish Coast Guard widened its search on Monday."
    )
    assert (None, None, "the Irish Coast Guard widened its search on Monday", "confirmed", False) in claims, claims
    refusal = [c for c in claims if c[1] == "Unable to confirm"]
    assert refusal and refusal[0][0] == "the Irish Coast Guard" and refusal[0][4], claims
