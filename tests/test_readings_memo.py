"""``reconcile.readings``' memos (issue 12: a refresh reads a stored claim's text for its polarity, its words told
whole and its frames' reports): :func:`disowns` kept per text and a denial verb's forms kept per word give what
reading afresh gives, first time and again. On clauses written for this test."""

from __future__ import annotations

from claimline.reconcile import readings

CLAUSES = [
    ", a claim the company denied.",
    ", which the orchestra denied on Friday.",
    ", which denies wrongdoing.",
    " and denied that it had closed another plant.",
    ", dismissing reports of a rift.",
    ", a charge Kelsey Labs rejects.",
    "; the company denies it.",
    " on Tuesday, the ministry said.",
    "",
]


def test_disowns_kept_per_text_reads_as_afresh():
    for _ in range(2):  # (the second round reads the memo)
        for text in CLAUSES:
            assert readings.disowns(text) == readings._disowns(text), text
    assert readings.disowns(CLAUSES[0]) and readings.disowns(CLAUSES[1]) and readings.disowns(CLAUSES[6])
    assert not readings.disowns(CLAUSES[2]) and not readings.disowns(CLAUSES[3]) and not readings.disowns(CLAUSES[7])


def test_denial_verb_forms_kept_per_word():
    verbs = readings._disowning()[0]
    assert verbs
    for word in ["denied", "denies", "deny", "denying", "rejects", "rejected", "said", "reported", "which", "den"]:
        for _ in range(2):
            assert readings._denial_verb(word, verbs) == any(readings._verb_form(word, v) for v in verbs), word
