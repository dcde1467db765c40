"""Fewer look-ups for the same claims (issues 13 and 15: ingest's own CPU beside spaCy's).

``ClaimFinder`` asks ``cue_verb`` only of the tokens that may be cues (:meth:`ClaimFinder.acting`, read once
per parse) when it looks for a quotation's cue or a trailing attribution; the reader counts control
characters with one scan and reads only the first words of a text for its language check.
"""

from __future__ import annotations

import importlib

import pytest

from claimline.extraction import attribution
from claimline.extraction import claims as cl
from claimline.extraction import pipeline as nlp_mod

TEXT = (
    "Harbour officials said on Tuesday that the ferry service would resume next week. "
    "According to the port authority, the ferries will run only on unclassified networks of routes. "
    "An earlier version of this article said the service would resume on Monday; it was corrected. "
    "Initial reports suggested that two crew members were hurt, the coastguard said. "
    '"We expect the repairs to take a month," said Mara Olsen, the operator\'s chief engineer. '
    "It is understood that the inquiry may also look at the dock's cranes, a spokesperson said."
)


@pytest.fixture(scope="module")
def nlp():
    return nlp_mod.load()


def test_the_claim_finder_asks_cue_verb_only_of_tokens_that_may_be_cues(nlp, monkeypatch):
    """Quotations and trailing attributions ("..., the coastguard said") look for their cue among the
    tokens ``acting`` gives, not at every word of their sentences (for any other token it answers None)."""
    asked: list[tuple[int, bool]] = []
    cue_verb = attribution.ClaimFinder.cue_verb

    def counted(self, tok):
        asked.append((tok.i, self.may_cue(tok.i)))
        return cue_verb(self, tok)

    monkeypatch.setattr(attribution.ClaimFinder, "cue_verb", counted)
    ex = cl.extract(TEXT, "2026-03-03", nlp=nlp)
    assert any(c.source is not None and c.source.text == "the coastguard" for c in ex.claims)
    assert any(c.attribution == "direct_quote" for c in ex.claims)
    outside = [i for i, may in asked if not may]
    # (subject_of and a few rules ask of a verb's head or neighbour directly; the sentence scans do not)
    assert len(outside) <= len(asked) // 4, (len(outside), len(asked))


def test_a_binary_text_is_found_by_its_control_characters():
    """The binary check counts C0 controls other than whitespace, DEL and C1 controls, as before."""
    from claimline.errors import ClaimlineError

    decode = importlib.import_module("claimline.read.decode")
    words = "A plain line of text with tabs\tand\fform feeds\vand\r\nline ends. " * 4
    assert decode._check_text(words, "a.txt") == words
    few = words + "\x07\x1b\x85"  # a bell, an escape, a C1 next-line: a few are text still
    assert decode._check_text(few, "b.txt") == few
    with pytest.raises(ClaimlineError, match="control characters"):
        decode._check_text("ab\x01\x02\x03\x1c\x7f\x9f" * 10, "c.bin")


def test_the_english_check_reads_the_first_words_only():
    """A long English text is taken and a long German one refused, whatever follows their first words."""
    from claimline.errors import ClaimlineError
    from claimline.read.reader import check_english

    english = "The council said the bridge would reopen in the spring after the repairs. " * 60
    german = "Der Rat sagte, dass die Brücke nach den Reparaturen im Frühjahr wieder öffnen werde. " * 60
    check_english(english + german * 5, "en.txt")
    with pytest.raises(ClaimlineError):
        check_english(german + english * 5, "de.txt")
