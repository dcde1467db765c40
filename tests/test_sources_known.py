"""A source's proper name that the entity recogniser missed in one sentence is the actor a claim of the store
resolved, whichever claims a refresh recomputes with it (``reconcile.info.actors_known``, set by
``jobs.refresh.refresh_conflicts``): an article ingested on its own names its sources as a whole refresh names them.
Names invented."""

from __future__ import annotations

from claimline.reconcile.info import actors_known, claim_infos
from claimline.schemas import Claim, Offsets, Source


def _claim(cid: str, source: str, actor: str | None, kind: str) -> Claim:
    return Claim(
        id=cid,
        article_id=f"art-{cid}",
        text="the repair will take ten days",
        start=0,
        end=29,
        sentence=Offsets(start=0, end=29),
        source=Source(start=0, end=len(source), text=source, actor=actor, kind=kind),
    )


def test_a_name_another_claim_of_the_store_resolved_is_that_actor():
    missed = _claim("b", "Varn Cable AS", None, "anonymous")
    alone = claim_infos([missed], {})
    assert alone["b"].speaker == "anonymous:varn cable as"  # (no claim given resolves it: unnamed sources)
    with actors_known(["Varn Cable AS", "Orvane Grid"]):
        known = claim_infos([missed], {})
    assert known["b"].speaker == "actor:Varn Cable AS" and known["b"].kind != "anonymous"
    assert "unnamed sources" not in known["b"].who


def test_a_description_or_an_unknown_name_stays_unnamed():
    with actors_known(["Varn Cable AS"]):
        infos = claim_infos(
            [_claim("c", "the operator", None, "anonymous"), _claim("d", "Lisk Power", None, "anonymous")], {}
        )
    assert infos["c"].speaker == "anonymous:the operator"
    assert infos["d"].speaker == "anonymous:lisk power"
