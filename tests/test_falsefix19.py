"""False and missed conflicts of review 18 (nineteenth sitting, falsefix19). Sentences invented; places, companies
and people too."""

from __future__ import annotations

import pytest

from claimline.reconcile.info import claim_infos
from claimline.reconcile.keys import _gist_parts
from claimline.schemas import Claim, Offsets, Source
from tests.helpers import through_store


def _polarity(found) -> list:
    return [(c.facet, sorted(s.value for s in c.sides)) for c in found if c.facet in ("polarity", "factuality")]


# Z15: a gist question keeps whose or of what its noun is; two answers naming two owners are two questions
@pytest.mark.parametrize(
    ("text", "predicate", "gist", "whose"),
    [
        ("it had sold the addresses of its staff to a bank", "sell", "sell … address", {"staff"}),
        ("it had sold its staff's addresses to a bank", "sell", "sell … address", {"staff"}),
        ("it had sold customer addresses to advertisers", "sell", "sell … address", {"customer"}),
        ("it had sold the addresses to advertisers", "sell", "sell … address", set()),
        ("it had not yet decided whether to annul the vote in lorsk", "decide", "decide to annul … vote", set()),
        ("it had decided to annul the vote in lorsk", "decide", "decide to annul … vote", set()),
    ],
)
def test_gist_whose(text, predicate, gist, whose):
    words = text.replace("'s", " 's").split()
    assert _gist_parts(words, predicate) == (gist, frozenset(whose))


ADMITS_STAFF = "The parcel firm Vendro admitted on Monday that it had sold the addresses of its drivers to a lender."
DENIES_CUSTOMERS = "The parcel firm Vendro denied on Monday that it had sold the addresses of its clients to marketers."
DENIES_PLAIN = "The parcel firm Vendro denied on Monday that it had sold client addresses to marketers."


def test_denial_and_admission_of_two_owners_data_do_not_conflict(tmp_path):
    found = through_store(
        [("Fen Wire", ADMITS_STAFF), ("Dale Post", DENIES_CUSTOMERS)], tmp_path, published="2026-11-03"
    )
    assert _polarity(found) == []


def test_denial_and_admission_of_one_owners_data_conflict(tmp_path):
    admits = ADMITS_STAFF.replace("its drivers to a lender", "its clients to marketers")
    found = through_store([("Fen Wire", admits), ("Dale Post", DENIES_PLAIN)], tmp_path, published="2026-11-03")
    assert _polarity(found) == [("polarity", ["no", "yes"])]


def test_decided_and_not_yet_decided_whether_conflict(tmp_path):
    decided = "The election board said on Friday that it had decided to cancel the count in Dunmore."
    undecided = "The election board said on Friday that it had not yet decided whether to cancel the count in Dunmore."
    found = through_store([("Fen Wire", decided), ("Dale Post", undecided)], tmp_path, published="2026-11-06")
    assert _polarity(found) == [("polarity", ["no", "yes"])]


# Z17: a source's proper name the entity recogniser missed in one sentence is the actor another claim resolved
def _claim(cid: str, source: str, actor: str | None, kind: str, subject: str | None) -> Claim:
    return Claim(
        id=cid,
        article_id=f"art-{cid}",
        text="it will close its Esk campus",
        start=0,
        end=28,
        sentence=Offsets(start=0, end=28),
        source=Source(start=0, end=len(source), text=source, actor=actor, kind=kind),
        subject=subject,
    )


@pytest.mark.parametrize(
    ("surface", "speaker", "kind"),
    [
        ("Marrow University", "actor:Marrow University", "official"),  # the same name: one source, one weight
        ("the Marrow University", "actor:Marrow University", "official"),
        ("the university", "anonymous:the university", "anonymous"),  # a description: not resolved by its words
        ("Dunmore College", "anonymous:dunmore college", "anonymous"),  # a name no other claim resolved
    ],
)
def test_a_missed_name_is_the_actor_resolved_elsewhere(surface, speaker, kind):
    confirmed = _claim("a", "Marrow University", "Marrow University", "named", "Marrow University")
    denied = _claim("b", surface, None, "anonymous", None)
    infos = claim_infos([confirmed, denied], {})
    assert infos["a"].kind == "official"
    assert (infos["b"].speaker, infos["b"].kind) == (speaker, kind)
