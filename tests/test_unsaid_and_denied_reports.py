"""A report someone denies reads as denied by them; what someone has not (yet) said is no claim of theirs
(review 23 D2, D5), on sentences written for this test.

"X denied a report that Y ..." (any form of "deny": "denies", "denied") leaves Y denied by X, not reported by X.
"X has yet to confirm that Y", "X has not confirmed that Y", "X never said that Y": X said nothing, so Y is no
claim of X's (the sentence is, negated by its cue, as "declined to confirm that Y"), and Y itself is not negated
— it is the outlet's, unconfirmed. A belief negated ("does not think that Y") is still the holder's view.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _frame(extraction, lemma: str):
    found = [f for f in extraction.events if f.trigger.lemma == lemma]
    assert found, [f.trigger.lemma for f in extraction.events]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry denied a report that the Kestrel clinic would close its maternity ward.",
        "The health ministry denies a report that the Kestrel clinic will close its maternity ward.",
        "The health ministry on Tuesday denied reports that the Kestrel clinic had closed its maternity ward.",
    ],
)
def test_a_denied_report_reads_as_denied_by_its_denier(extract, text):
    ex = extract(text)
    close = _frame(ex, "close")
    assert close.factuality == "denied"
    claim = next(c for c in ex.claims if c.id == close.claim_id)
    assert claim.source is not None and "ministry" in claim.source.text.lower()
    assert claim.negated


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The harbour board has yet to confirm that the Tarrow ferry terminal will reopen.", "reopen"),
        ("The harbour board has not confirmed that the Tarrow ferry terminal will reopen.", "reopen"),
        ("The airline is yet to confirm that 40 flights were cancelled at Dunmore airport.", "cancel"),
        ("The council never said that the Ashby library would be sold.", "sell"),
    ],
)
def test_what_a_source_has_not_said_is_no_claim_of_its(extract, text, lemma):
    ex = extract(text)
    subject = text.split(" that ", 1)[1].rstrip(".")
    # no claim of the source's says the that-clause
    assert not [c for c in ex.claims if c.source is not None and c.text == subject], ex.claims
    said = [c for c in ex.claims if c.source is not None and not c.negated]
    assert not said, said
    event = _frame(ex, lemma)
    assert event.claim_id is None  # (the outlet's, not the source's)
    assert event.factuality not in ("negated", "denied")


def test_a_negated_belief_stays_its_holders_view(extract):
    ex = extract("The mayor does not think that the Ashby library will be sold.")
    held = [c for c in ex.claims if c.source is not None and c.source.text == "The mayor"]
    assert held and held[0].text == "the Ashby library will be sold", ex.claims


@pytest.mark.parametrize(
    ("text", "given", "denied"),
    [
        (
            "The transport ministry denied that the drones bought from Corvane would be armed.",
            "buy",
            "arm",
        ),
        (
            "Police denied that the man arrested on Friday had fired the first shot.",
            "arrest",
            "fire",
        ),
    ],
)
def test_a_clause_describing_a_participant_of_the_denied_act_is_not_denied(extract, text, given, denied):
    ex = extract(text)
    assert _frame(ex, denied).factuality == "denied"
    assert _frame(ex, given).factuality != "denied"


def test_what_a_denied_act_is_done_to_is_not_denied(extract):
    """The council denies cancelling the contract: the cancelling is denied, not the contract's existence."""
    ex = extract("Marlow Council denied it had cancelled its contract with Tarrant Buses, saying it was paused.")
    assert _frame(ex, "cancel").factuality == "denied"
    assert _frame(ex, "contract").factuality != "denied"
