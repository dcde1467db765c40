"""An article telling one event again and again without its parties ("the contract ... the contract") keeps its
mentions together: a report naming no party that several clusters of its article accept joins the one holding its
article's nearest earlier report told with its word (events/identity.py, ``EventClusters._antecedent``). Before, two
mentions in one sentence (two events, identity's rule) left every later "the contract" accepted by both, and each
founded a cluster of its own. Negative cases: an event of its kind named in between ("Dalmar Marine won a
contract") leaves "the contract" open, and so do two named events the clusters tell, and a sentence setting it
beside other named events of its kind ("the largest contract, after the contracts of Dalmar Marine"). Invented
companies and places; through the store (``api.ingest``)."""

from __future__ import annotations

from .test_event_words import _ingest

AGAIN = (
    "Hornwing Systems signed a cleaning contract with Orsk on Monday. Critics said the contract was rushed and the"
    " contract was too long. The contract was published in full on Tuesday. Officials said the contract runs for"
    " three years."
)


def _contracts(frames, of) -> list[tuple[int, str]]:
    return sorted((f.trigger.start, of[f.id]) for f in frames if f.trigger.lemma == "contract")


def test_later_mentions_of_the_contract_join_the_mention_before_them(tmp_path):
    frames, of, _ = _ingest(tmp_path, [("Harbour Wire", "2026-05-06", AGAIN)])
    found = _contracts(frames, of)
    assert len(found) == 4
    (_, first), (_, second), (_, third), (_, fourth) = found
    assert first != second  # (two mentions of one sentence: two events)
    assert third in (first, second) and fourth == third


BETWEEN = (
    "Hornwing Systems won a contract from the city of Arnau on Monday. Critics said the contract was rushed and the"
    " contract was too long. Dalmar Marine won a contract from the port of Kell on Tuesday. The contract runs for"
    " three years, officials said."
)


def test_an_event_of_its_kind_named_in_between_leaves_the_contract_open(tmp_path):
    frames, of, _ = _ingest(tmp_path, [("Harbour Wire", "2026-05-06", BETWEEN)])
    *earlier, (_, last) = _contracts(frames, of)
    assert all(last != cid for _, cid in earlier)


BESIDE = (
    "Hornwing Systems signed a cleaning contract with Orsk on Monday. Critics said the contract was rushed and the"
    " contract was too long. Officials said this was the largest contract of the year, after the contracts of Dalmar"
    " Marine and Kellby Freight."
)


def test_a_sentence_setting_the_contract_beside_others_named_does_not_refer_back(tmp_path):
    """A sentence comparing the contract with others named ("the largest contract of the year, after the contracts
    of Dalmar Marine and Kellby Freight") does not refer back: it joins neither earlier "the contract"."""
    frames, of, _ = _ingest(tmp_path, [("Harbour Wire", "2026-05-06", BESIDE)])
    found = _contracts(frames, of)
    assert len(found) == 4, found
    (_, first), (_, second), (_, compared), _ = found
    assert compared not in (first, second)
