"""Incremental refreshes weigh again the stored questions whose verdict a source's new reliability turns
(issue 12; ``jobs.refresh.StoredLearning.unsettled``, migration 27): truth discovery weighs each question's
sources by what the other questions taught of them, so a later article showing a source wrong elsewhere
may turn an earlier question's verdict, which a whole refresh gives and one article at a time must too."""

from __future__ import annotations

import json
import re
from datetime import date

from claimline.extraction.claims import article_id
from claimline.jobs.refresh import refresh_conflicts
from claimline.schemas import Article, Claim, Extraction, Offsets
from claimline.store import open_store

from .test_incremental import _state


def _report(publisher: str, day: int, vendor: str, tier: str, *, correction: bool = False) -> Extraction:
    """One outlet's own word (no source quoted) on which networks ``vendor``'s system for its authority runs on."""
    text = f"{publisher}: {vendor}'s planning system for the {vendor} Authority runs on {tier} networks (day {day})."
    aid = article_id(text)
    claim = Claim(
        id=f"{aid}-001",
        article_id=aid,
        text=text,
        start=0,
        end=len(text),
        sentence=Offsets(start=0, end=len(text)),
        actors=[vendor, f"{vendor} Authority"],
        subject=vendor,
        network_tier=tier,
        revision="correction" if correction else None,
    )
    article = Article(id=aid, title=text, publisher=publisher, published=date(2026, 5, day), chars=len(text))
    return Extraction(article=article, text=text, claims=[claim])


def _corrected(vendor: str, day: int, *, right: bool) -> list[Extraction]:
    """A question the Harbour Post answers, settled by another outlet's later correction: the Post is
    right (``right``: the correction repeats it) or wrong (the correction says otherwise)."""
    said = "classified"
    return [
        _report("Harbour Post", day, vendor, said),
        _report("Fen Courier", day, vendor, "unclassified" if right else said),
        _report("Dale Review", day + 1, vendor, said if right else "unclassified", correction=True),
    ]


def _stories() -> list[Extraction]:
    """The Harbour Post right once, then three outlets on Corvane (the Post and the Ledger: classified; the
    Gazette: unclassified; 2 against 1 resolves it, margin 1/3 >= 0.30, and the Post's good record holds it
    there), then the Post shown wrong three times: its reliability falls, and Corvane's vote is disputed."""
    out = _corrected("Almet", 1, right=True)
    out += [_report(p, 5, "Corvane", t) for p, t in (("Harbour Post", "classified"), ("Tern Ledger", "classified"))]
    out.append(_report("Moor Gazette", 5, "Corvane", "unclassified"))
    for k, vendor in enumerate(("Brisk", "Calder", "Dunmore")):
        out += _corrected(vendor, 10 + 3 * k, right=False)
    return out


def _corvane(store) -> dict:
    rows = [json.loads(r[0]) for r in store.db.execute("SELECT data FROM conflicts")]
    return next(c for c in rows if "Corvane" in c["subject"])


def _masked(state: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    out = dict(state)
    out["conflicts"] = [(*c[:-1], re.sub(r"\d+\.\d+", "#", c[-1])) for c in state["conflicts"]]
    return out


def test_a_source_shown_wrong_later_turns_an_earlier_verdict_one_article_at_a_time_too(new_store):
    exs = _stories()
    with open_store(new_store()) as one_by_one, open_store(new_store()) as whole:
        for k, ex in enumerate(exs):
            assert one_by_one.add(ex)
            refresh_conflicts(one_by_one, [ex.article.id])
            if k == 5:  # Corvane's three reports in: the Post's one good record resolves it
                first = _corvane(one_by_one)
                assert first["status"] == "resolved" and first["resolution"]["rule"] == "truth_discovery"
                assert first["resolution"]["value"] == "classified"
        for ex in exs:
            assert whole.add(ex)
        refresh_conflicts(whole)
        want = _corvane(whole)
        assert want["status"] == "disputed" and want["margin"] < 0.30  # the Post's record now counts against it
        assert _corvane(one_by_one)["status"] == "disputed"  # (its margin: the decimals it was last weighed at)
        assert _masked(_state(one_by_one)) == _masked(_state(whole))
        # refreshed whole again, the store is as one article at a time left it
        refresh_conflicts(one_by_one)
        assert _masked(_state(one_by_one)) == _masked(_state(whole))


def test_an_unrelated_article_weighs_no_stored_question_again(new_store, monkeypatch):
    """A source's evidence that moves no verdict asks nothing again: an article on another vendor from
    the Post's rivals leaves every stored question as it was weighed."""
    from claimline.jobs import refresh

    exs = _stories()[:6]
    asked: list[set] = []
    real = refresh.StoredLearning.unsettled

    def spy(self):  # type: ignore[no-untyped-def]
        got = real(self)
        asked.append(got)
        return got

    monkeypatch.setattr(refresh.StoredLearning, "unsettled", spy)
    with open_store(new_store()) as store:
        for ex in exs:
            store.add(ex)
        refresh_conflicts(store)
        before = _corvane(store)
        more = [_report("Tern Ledger", 20, "Eskel", "classified"), _report("Moor Gazette", 20, "Eskel", "mixed")]
        for ex in more:
            store.add(ex)
            refresh_conflicts(store, [ex.article.id])
        assert not any(asked)
        assert _corvane(store) == before


def _side(total: float, *sources: str, state: int = 2):  # type: ignore[no-untyped-def]
    from claimline.reconcile.verdict import WeighedSide

    return WeighedSide(total, state, tuple(sources), False)


def test_a_verdict_holds_within_the_bound_of_its_sources_reliabilities():
    from claimline.reconcile.verdict import verdict_holds

    resolved = [_side(1.6, "Post", "Ledger"), _side(0.8, "Gazette")]  # margin 1/3
    assert verdict_holds(resolved, {})
    assert verdict_holds(resolved, {"Post": 1.01, "Gazette": 0.99})
    assert not verdict_holds(resolved, {"Post": 0.8})  # 1.28 - 0.8 over 2.08: 0.23 at worst
    assert not verdict_holds(resolved, {"Gazette": 1.2})
    disputed = [_side(1.0, "Post"), _side(0.8, "Gazette")]  # margin 0.11
    assert verdict_holds(disputed, {"Post": 1.1})
    assert not verdict_holds(disputed, {"Post": 1.7})  # it may resolve
    assert not verdict_holds(disputed, {"Post": 0.75})  # the order of its sides may turn
    # an open question (one side counts) is decided by no reliability; only the order of its sides shows
    open_ = [_side(1.0, "Post"), _side(0.5, "Gazette", state=1)]
    assert verdict_holds(open_, {"Post": 0.6})
    assert not verdict_holds(open_, {"Post": 0.4})
