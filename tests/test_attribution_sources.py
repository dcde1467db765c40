"""Who holds a claim (issue 13, source accuracy), on sentences written for this test.

A purpose infinitive or an infinitive after an adjective is held by the subject of the verb it
hangs on ("visited the port to discuss A", "was quick to point out that A"); a document's "it"
("It says A", after the report is named) is the claim's source.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _claims(extract, text: str):
    return [(c.source.text if c.source else None, c.cue.text if c.cue else None, c.text) for c in extract(text).claims]


def _by_cue(claims, cue: str):
    hits = [c for c in claims if c[1] == cue]
    assert hits, f"no claim with cue {cue!r} in {claims}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Mayor Dana Pike went on to explain that the ferry would stop in March.", "explain", "Mayor Dana Pike"),
        ("Senator Ruth Alvarez met harbour workers on Friday to discuss the levy.", "discuss", "Senator Ruth Alvarez"),
        ("Councillor Ben Osei was quick to point out that the budget held.", "point out", "Councillor Ben Osei"),
        ("Governor Lena Marsh has a rare chance to show that the plan can work.", "show", "Governor Lena Marsh"),
    ],
)
def test_an_infinitive_is_held_by_the_subject_it_hangs_on(extract, text, cue, source):
    assert _by_cue(_claims(extract, text), cue)[0] == source


def test_a_passive_verb_does_not_hold_its_purpose(extract):
    # the rule was changed (by someone) to allow A: the rule does not speak
    claims = _claims(extract, "The harbour rule was changed last year to allow that ferries dock at night.")
    assert all(c[0] != "The harbour rule" for c in claims)


def test_a_documents_it_is_the_source(extract):
    text = "The union filed a complaint with the labour board on Monday. It says the ferry operator cut wages."
    assert _by_cue(_claims(extract, text), "says")[0] == "It"


def test_an_empty_it_is_no_source(extract):
    claims = _claims(extract, "It is said that the ferry operator cut wages.")
    assert all(c[0] is None for c in claims)


def test_a_relative_pronoun_source_keeps_its_noun(extract):
    # PolNeAR marks "which" as the source, a reader wants the noun: the span holds both
    text = "The order came after a request by the Harbour Post, which argued that the files were public."
    assert _by_cue(_claims(extract, text), "argued")[0] == "the Harbour Post, which"


def test_a_cue_under_a_raising_verb_is_the_subjects(extract):
    claims = _claims(extract, "Dana Pike appeared to suggest that the ferry would stop in March.")
    assert _by_cue(claims, "appeared to suggest")[::2] == ("Dana Pike", "the ferry would stop in March")


def test_how_a_thing_seems_stays_no_ones(extract):
    claims = _claims(extract, "The harbour plan seems unlikely to pass before the summer.")
    assert all(c[0] is None for c in claims)


def test_a_raised_feeling_is_no_claim(extract):
    claims = _claims(extract, "Dana Pike appeared to be feeling better after the long meeting.")
    assert all(c[0] != "Dana Pike" for c in claims)


def test_a_clause_the_parser_hangs_on_a_prepositions_noun_is_the_cues(extract):
    text = "The chief executive of the firm, Dana Pike, announced Monday in an internal memo that he would be on leave."
    assert _by_cue(_claims(extract, text), "announced")[2] == "he would be on leave"


def test_a_stance_does_not_take_the_clause_of_a_prepositions_noun(extract):
    text = "Investors backed the start-up on the bet that harbour towns will want faster ferries."
    assert all(not (c[1] == "backed" and c[2].startswith("harbour towns")) for c in _claims(extract, text))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a text put out speaks for whoever put it out (step 18)
        ("The harbour board issued a statement saying the ferry would stop in March.", "saying", "The harbour board"),
        ("Orlen Buses released a statement on Friday that said the depot would close.", "said", "Orlen Buses"),
        ("The union sent out a letter calling the strike a last resort.", "calling", "The union"),
        ("Mayor Dana Pike posted a message saying that the bridge had reopened.", "saying", "Mayor Dana Pike"),
        # the variants that already hold the speaker
        ("In a statement, the harbour board said the ferry would stop in March.", "said", "the harbour board"),
        ("The harbour board told reporters the ferry would stop in March.", "told", "The harbour board"),
    ],
)
def test_a_text_put_out_speaks_for_its_issuer(extract, text, cue, source):
    assert _by_cue(_claims(extract, text), cue)[0] == source


def test_a_text_someone_received_speaks_for_itself(extract):
    # not published by the subject: the report is the source
    claims = _claims(extract, "The council received a report saying the bridge was unsafe.")
    assert _by_cue(claims, "saying")[0] != "The council", claims
