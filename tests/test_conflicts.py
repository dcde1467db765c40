"""Conflict detection and reconciliation on hand-built claims."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import date

import pytest

from claimline.extraction.fingerprint import simhash
from claimline.reconcile import (
    RESOLVED_MARGIN,
    claim_statuses,
    find_conflicts,
    source_reliability,
)
from claimline.schemas import Article, Claim, ClaimTime, Conflict, Offsets, Source

from .op_count import lines_executed

D = date


# ------------------------------------------------------------------ factory
def art(aid: str, publisher: str | None, published: date | None, fingerprint: str | None = None) -> Article:
    return Article(id=aid, publisher=publisher, published=published, fingerprint=fingerprint)


def when(start: date, end: date, value: str, text: str = "", mod: str | None = None) -> ClaimTime:
    return ClaimTime(text=text or value, value=value, start=start, end=end, granularity="month", mod=mod)


def claim(
    cid: str,
    article: Article,
    *,
    subject: str | None = "OpenAI",
    actors: tuple[str, ...] = ("OpenAI", "NATO"),
    source: tuple[str, str | None, str] | None = None,
    modality: str = "confirmed",
    tier: str | None = None,
    scopes: tuple[str, ...] = (),
    excluded: tuple[str, ...] = (),
    predicate: str | None = None,
    at: ClaimTime | None = None,
    negated: bool = False,
    revision: str | None = None,
    text: str = "",
) -> Claim:
    src = None
    if source is not None:
        stext, actor, kind = source
        src = Source(text=stext, start=0, end=len(stext), actor=actor, kind=kind)
    return Claim(
        id=cid,
        article_id=article.id,
        text=text or cid,
        start=0,
        end=len(text or cid),
        sentence=Offsets(start=0, end=len(text or cid)),
        source=src,
        modality=modality,
        negated=negated,
        actors=list(actors),
        subject=subject,
        predicate=predicate,
        time=at,
        network_tier=tier,
        use_scopes=list(scopes),
        excluded_scopes=list(excluded),
        revision=revision,
    )


def arts(*articles: Article) -> dict[str, Article]:
    return {a.id: a for a in articles}


def only(conflicts: list[Conflict], facet: str) -> Conflict:
    found = [c for c in conflicts if c.facet == facet]
    assert len(found) == 1, [(c.facet, c.subject, [s.value for s in c.sides]) for c in conflicts]
    return found[0]


def side(conflict: Conflict, value: str):
    return next(s for s in conflict.sides if s.value == value)


NATO_OFFICIAL = ("NATO officials", "NATO", "official")
ANON = ("people familiar with the matter", None, "anonymous")

OCT_SPAN = (D(2026, 10, 1), D(2026, 10, 31))
OCT = when(*OCT_SPAN, "2026-10", "in October")
JAN = when(D(2027, 1, 1), D(2027, 1, 31), "2027-01", "in January")


# ------------------------------------------------------------ supersession
def test_clarification_to_unclassified_resolves_by_supersession():
    a1 = art("a1", "Politico", D(2026, 3, 5))
    a2 = art("a2", "Reuters", D(2026, 3, 9))
    claims = [
        claim("c1", a1, tier="classified", text="OpenAI's models will run on classified NATO networks"),
        claim(
            "c2",
            a2,
            source=NATO_OFFICIAL,
            tier="unclassified",
            revision="correction",
            text="NATO later clarified the models would run only on unclassified networks",
        ),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2))
    c = only(conflicts, "network_tier")
    assert c.status == "resolved"
    assert c.resolution is not None
    assert c.resolution.value == "unclassified"
    assert c.resolution.rule == "supersession"
    reason = c.resolution.reason
    assert "c2" in reason and "Reuters" in reason and "2026-03-09" in reason and "correction" in reason
    assert "c1" in reason and "Politico" in reason and "superseded" in reason
    assert side(c, "unclassified").status == "stands"
    assert side(c, "classified").status == "superseded"
    assert c.sides[0].value == "unclassified"  # the standing side first
    assert c.subject == ["OpenAI", "NATO"]
    assert c.question == "network tier — OpenAI / NATO"
    assert c.id.startswith("c-") and len(c.id) == 14
    assert claim_statuses(conflicts) == {"c1": "superseded", "c2": "stands"}
    # Stable ids: same input, same id; input order does not matter.
    assert find_conflicts(list(reversed(claims)), arts(a1, a2))[0].id == c.id


def test_initial_report_in_same_article_is_superseded():
    a1 = art("a1", "Reuters", D(2026, 3, 9))
    claims = [
        claim(
            "c1",
            a1,
            source=("Initial reports", None, "report"),
            modality="reported",
            tier="classified",
            revision="initial",
        ),
        claim("c2", a1, source=NATO_OFFICIAL, tier="unclassified"),
    ]
    c = only(find_conflicts(claims, arts(a1)), "network_tier")
    assert c.status == "resolved" and c.resolution and c.resolution.rule == "supersession"
    assert c.resolution.value == "unclassified"
    assert "initial" in c.resolution.reason and "c2" in c.resolution.reason
    assert side(c, "classified").status == "superseded"


def test_later_reaffirmation_blocks_supersession():
    # The correction is older than an independent claim for the other value:
    # supersession does not apply, the sides are voted.
    a1 = art("a1", "Reuters", D(2026, 3, 9))
    a2 = art("a2", "AP", D(2026, 3, 20))
    claims = [
        claim("c1", a1, source=NATO_OFFICIAL, tier="unclassified", revision="correction"),
        claim("c2", a2, tier="classified"),
    ]
    c = only(find_conflicts(claims, arts(a1, a2)), "network_tier")
    assert c.resolution is None or c.resolution.rule != "supersession"
    assert c.margin is not None


# ------------------------------------------------------------------- scopes
def test_subset_of_scopes_is_no_conflict():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 6))
    claims = [
        claim("c1", a1, scopes=("logistics",)),
        claim("c2", a2, scopes=("logistics", "translation")),
    ]
    assert find_conflicts(claims, arts(a1, a2)) == []


def test_not_for_targeting_vs_targeting_is_a_scope_conflict():
    a1 = art("a1", "NATO", D(2026, 3, 5))
    a2 = art("a2", "The Intercept", D(2026, 3, 6))
    claims = [
        claim(
            "c1",
            a1,
            source=NATO_OFFICIAL,
            scopes=("logistics",),
            excluded=("targeting",),
            predicate="use",
            negated=True,
            text="The models will not be used for targeting",
        ),
        claim("c2", a2, scopes=("targeting", "logistics"), predicate="use"),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2))
    assert [c.facet for c in conflicts] == ["scope:targeting"]
    c = conflicts[0]
    assert {s.value: s.claim_ids for s in c.sides} == {"no": ["c1"], "yes": ["c2"]}
    assert c.question == "use for targeting — OpenAI / NATO"
    # official confirmed 1.0 vs outlet 0.7: too close to call
    assert c.status == "disputed" and c.resolution is None
    assert c.margin == pytest.approx(0.3 / 1.7, abs=1e-3)


# --------------------------------------------------------------------- dates
def test_march_vs_late_march_is_no_date_conflict():
    a1 = art("a1", "Reuters", D(2026, 1, 5))
    a2 = art("a2", "AP", D(2026, 1, 6))
    claims = [
        claim("c1", a1, predicate="start", at=when(D(2026, 3, 1), D(2026, 3, 31), "2026-03")),
        claim(
            "c2",
            a2,
            predicate="begin",
            at=when(D(2026, 3, 21), D(2026, 3, 31), "2026-03", "late March", mod="END"),
        ),
    ]
    assert find_conflicts(claims, arts(a1, a2)) == []


def test_october_vs_now_expected_january_resolves_by_supersession():
    a1 = art("a1", "Reuters", D(2026, 2, 1))
    a2 = art("a2", "Defense News", D(2026, 3, 1))
    claims = [
        claim("c1", a1, source=NATO_OFFICIAL, predicate="start", at=OCT, text="The pilot will start in October"),
        claim("c2", a2, predicate="expect", at=JAN, revision="correction", text="now expected in January"),
    ]
    c = only(find_conflicts(claims, arts(a1, a2)), "date")
    assert sorted(s.value for s in c.sides) == ["2026-10", "2027-01"]
    assert c.status == "resolved" and c.resolution is not None
    assert c.resolution.rule == "supersession" and c.resolution.value == "2027-01"
    assert "Defense News" in c.resolution.reason and "2026-03-01" in c.resolution.reason
    assert side(c, "2026-10").status == "superseded"
    assert c.question == "date of start — OpenAI / NATO"


def test_ongoing_verb_from_a_time_dates_the_start():
    # "will run ... from the spring": the time span is "spring", "from" precedes it in the claim text
    text = "the system will run on secret networks from the spring"
    cs = text.index("spring")
    spring = ClaimTime(
        text="spring",
        value="2026-SP",
        start=D(2026, 3, 20),
        end=D(2026, 6, 20),
        granularity="season",
        char_start=100 + cs,
        char_end=100 + len(text),
    )
    summer = when(D(2026, 6, 21), D(2026, 9, 22), "2026-SU", "in the summer")
    a1 = art("a1", "Defense Daily", D(2026, 3, 2))
    a2 = art("a2", "Reuters", D(2026, 3, 20))
    c1 = claim("c1", a1, predicate="run", at=spring, text=text)
    c1 = c1.model_copy(update={"start": 100, "end": 100 + len(text)})
    c2 = claim("c2", a2, predicate="start", at=summer, revision="correction")
    c = only(find_conflicts([c1, c2], arts(a1, a2)), "date")
    assert c.resolution and c.resolution.value == "2026-SU"
    # without "from", running in spring says nothing about when it starts
    c3 = c1.model_copy(update={"text": text.replace("from", "in")})
    assert find_conflicts([c3, c2], arts(a1, a2)) == []


def test_coarse_date_is_compatible_with_both_answers():
    a = [art(f"a{i}", p, D(2026, 1, i + 1)) for i, p in enumerate(["Reuters", "AP", "BBC"])]
    claims = [
        claim("c1", a[0], predicate="start", at=OCT),
        claim("c2", a[1], predicate="start", at=JAN),
        claim("c3", a[2], predicate="start", at=when(D(2026, 1, 1), D(2027, 12, 31), "2026/2027")),
    ]
    c = only(find_conflicts(claims, arts(*a)), "date")
    assert sorted(cid for s in c.sides for cid in s.claim_ids) == ["c1", "c2"]


# ------------------------------------------------------ same source, copies
def test_same_source_repeating_itself_is_no_conflict():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "Reuters", D(2026, 3, 6))
    a3 = art("a3", "AP", D(2026, 3, 6))
    claims = [
        # NATO via Reuters twice: same source actor + publisher
        claim("c1", a1, source=NATO_OFFICIAL, tier="classified"),
        claim("c2", a2, source=NATO_OFFICIAL, tier="unclassified"),
        # AP contradicting itself within one article
        claim("c3", a3, scopes=("translation",)),
        claim("c4", a3, excluded=("translation",)),
        # and repeating itself
        claim("c5", a3, scopes=("logistics",)),
        claim("c6", a3, scopes=("logistics",)),
    ]
    assert find_conflicts(claims, arts(a1, a2, a3)) == []


def test_syndicated_copy_counts_once_in_the_vote():
    text = " ".join(
        f"Paragraph {i}: OpenAI's models will run on classified NATO networks in phase {i}, "
        f"officials told reporters on day {i * 3} of the {i}th review."
        for i in range(40)
    )
    fp = simhash(text)
    fp_copy = simhash(text + "Syndicated by Yahoo News.")
    a1 = art("a1", "Reuters", D(2026, 3, 5), fp)
    a2 = art("a2", "Yahoo News", D(2026, 3, 5), fp_copy)
    a3 = art("a3", "AP", D(2026, 3, 5), simhash("A different story about unclassified networks entirely."))
    claims = [
        claim("c1", a1, tier="classified"),
        claim("c2", a2, tier="classified"),
        claim("c3", a3, tier="unclassified"),
    ]
    c = only(find_conflicts(claims, arts(a1, a2, a3)), "network_tier")
    # one unit (Reuters and its copy) vs one unit (AP): 0.7 vs 0.7
    assert side(c, "classified").score == pytest.approx(0.7)
    assert side(c, "classified").claim_ids == ["c1", "c2"]  # both listed, counted once
    assert side(c, "unclassified").score == pytest.approx(0.7)
    assert c.status == "disputed" and c.margin == 0.0
    # Without the fingerprints the copy would count twice and win.
    plain = arts(*(art(a.id, a.publisher, a.published) for a in (a1, a2, a3)))
    c2 = only(find_conflicts(claims, plain), "network_tier")
    assert side(c2, "classified").score == pytest.approx(1.4)
    assert c2.status == "resolved"


def test_an_outlet_quoted_by_another_outlet_counts_once_in_the_vote():
    # Harbour Wire reports the classified tier itself, and The Daily Ledger repeats it "according to
    # Harbour Wire": one independent source, not two (the outlet's name as publisher and as source).
    a1 = art("a1", "The Harbour Wire", D(2026, 3, 5))
    a2 = art("a2", "Daily Ledger", D(2026, 3, 5))
    a3 = art("a3", "AP", D(2026, 3, 5))
    for source in (("Harbour Wire", None, "outlet"), ("Harbour Wire", "Harbour Wire", "named")):
        claims = [
            claim("c1", a1, tier="classified"),
            claim("c2", a2, source=source, modality="reported", tier="classified"),
            claim("c3", a3, tier="unclassified"),
        ]
        c = only(find_conflicts(claims, arts(a1, a2, a3)), "network_tier")
        assert side(c, "classified").score == pytest.approx(0.7)  # Harbour Wire once, its heaviest claim
        assert side(c, "classified").claim_ids == ["c1", "c2"]
        assert c.status == "disputed" and "over 2 independent sources" in (c.reason or "")


# ---------------------------------------------------------------- the vote
def test_two_vs_one_vote_with_confirmed_official_statement():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 5))
    a3 = art("a3", "Politico", D(2026, 3, 5))
    claims = [
        claim("c1", a1, source=NATO_OFFICIAL, tier="unclassified"),
        claim("c2", a2, tier="unclassified"),
        claim("c3", a3, source=ANON, modality="reported", tier="classified"),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2, a3))
    c = only(conflicts, "network_tier")
    assert side(c, "unclassified").score == pytest.approx(1.7)
    assert side(c, "classified").score == pytest.approx(0.4)
    assert c.margin == pytest.approx(1.3 / 2.1, abs=1e-3)
    assert c.status == "resolved" and c.resolution is not None
    assert c.resolution.rule == "vote"  # no other conflicts to learn reliability from
    assert c.resolution.value == "unclassified"
    reason = c.resolution.reason
    assert "3 independent sources" in reason and "margin 0.62" in reason and "NATO" in reason
    assert side(c, "classified").status == "outvoted"
    assert claim_statuses(conflicts) == {"c1": "stands", "c2": "stands", "c3": "outvoted"}


def test_disputed_case_shows_its_margin():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "Politico", D(2026, 3, 5))
    claims = [
        claim("c1", a1, source=("a NATO diplomat", None, "named"), tier="unclassified"),
        claim("c2", a2, tier="classified"),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2))
    c = only(conflicts, "network_tier")
    assert c.status == "disputed" and c.resolution is None
    assert c.margin == pytest.approx(0.1 / 1.5, abs=1e-3)
    assert c.margin < RESOLVED_MARGIN
    assert {s.status for s in c.sides} == {"disputed"}
    assert claim_statuses(conflicts) == {"c1": "disputed", "c2": "disputed"}


def test_official_statement_of_a_party_counts_as_official():
    # kind "named" but the source actor is one of the claim's actors
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "Politico", D(2026, 3, 5))
    claims = [
        claim("c1", a1, source=("NATO", "NATO", "named"), tier="unclassified"),
        claim("c2", a2, source=ANON, modality="reported", tier="classified"),
    ]
    c = only(find_conflicts(claims, arts(a1, a2)), "network_tier")
    assert side(c, "unclassified").score == pytest.approx(1.0)
    assert c.status == "resolved"


def test_speculation_alone_leaves_the_question_open():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "Blog", D(2026, 3, 5))
    claims = [
        claim("c1", a1, source=NATO_OFFICIAL, tier="unclassified"),
        claim("c2", a2, modality="speculative", tier="classified"),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2))
    c = only(conflicts, "network_tier")
    assert c.status == "open" and c.resolution is None
    assert side(c, "unclassified").status == "stands"
    assert side(c, "classified").status == "unsupported"
    assert claim_statuses(conflicts) == {"c1": "stands", "c2": "disputed"}


def test_recency_weighs_mildly():
    a1 = art("a1", "Reuters", D(2025, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 5))
    claims = [claim("c1", a1, tier="classified"), claim("c2", a2, tier="unclassified")]
    c = only(find_conflicts(claims, arts(a1, a2)), "network_tier")
    assert side(c, "unclassified").score == pytest.approx(0.7)
    assert 0.45 < side(c, "classified").score < 0.7
    assert c.status == "disputed"
    # an explicit reference date ages both
    c2 = only(find_conflicts(claims, arts(a1, a2), now=D(2027, 3, 5)), "network_tier")
    assert side(c2, "unclassified").score < 0.7


# ---------------------------------------------------------- truth discovery
def _history(i: int) -> tuple[list[Claim], list[Article]]:
    """Tabloid and Rumor Mill report a tier that Wire later corrects (actor pair i)."""
    t = art(f"t{i}", "Tabloid", D(2026, 1, 1 + i))
    r = art(f"r{i}", "Rumor Mill", D(2026, 1, 1 + i))
    w = art(f"w{i}", "Wire", D(2026, 1, 10 + i))
    pair = dict(subject=f"Vendor{i}", actors=(f"Vendor{i}", "Ministry"))
    claims = [
        claim(f"t{i}c", t, tier="classified", **pair),
        claim(f"r{i}c", r, tier="classified", **pair),
        claim(f"w{i}c", w, tier="unclassified", revision="correction", **pair),
    ]
    return claims, [t, r, w]


def test_truth_discovery_changes_a_verdict():
    t = art("t", "Tabloid", D(2026, 3, 1))
    r = art("r", "Rumor Mill", D(2026, 3, 1))
    w = art("w", "Wire", D(2026, 3, 1))
    target = [
        claim("x1", t, scopes=("targeting",)),
        claim("x2", r, scopes=("targeting",)),
        claim("x3", w, excluded=("targeting",)),
    ]
    alone = only(find_conflicts(target, arts(t, r, w)), "scope:targeting")
    assert alone.status == "resolved" and alone.resolution is not None
    assert alone.resolution.rule == "vote" and alone.resolution.value == "yes"

    claims, articles = list(target), [t, r, w]
    for i in range(5):
        more, more_articles = _history(i)
        claims += more
        articles += more_articles
    conflicts = find_conflicts(claims, arts(*articles))
    c = only(conflicts, "scope:targeting")
    assert c.status == "resolved" and c.resolution is not None
    assert c.resolution.rule == "truth_discovery"
    assert c.resolution.value == "no"
    assert "reliability" in c.resolution.reason and "Tabloid" in c.resolution.reason
    assert "Without learned reliability the question was yes by plain vote" in c.resolution.reason
    rel = source_reliability(claims, arts(*articles), conflicts)
    assert rel["Tabloid"] < 0.4 and rel["Rumor Mill"] < 0.4 and rel["Wire"] > 0.8
    history = [k for k in conflicts if k.facet == "network_tier"]
    assert len(history) == 5 and all(k.resolution and k.resolution.rule == "supersession" for k in history)


def test_source_reliability_without_conflicts_is_empty():
    assert source_reliability([], {}, []) == {}


# ------------------------------------------------------------ question keys
def test_three_actor_claim_is_filed_per_subject_pair():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 5))
    a3 = art("a3", "BBC", D(2026, 3, 5))
    claims = [
        claim("c1", a1, actors=("OpenAI", "NATO", "Pentagon"), tier="classified"),
        claim("c2", a2, actors=("OpenAI", "Pentagon"), tier="unclassified"),
        # NATO vs Pentagon is never a key: no conflict from this one
        claim("c3", a3, subject="NATO", actors=("NATO", "Pentagon"), tier="unclassified"),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2, a3))
    assert [(c.facet, c.subject) for c in conflicts] == [("network_tier", ["OpenAI", "Pentagon"])]


def test_different_counterparts_are_different_questions():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 5))
    claims = [
        claim("c1", a1, actors=("OpenAI", "NATO"), tier="classified"),
        claim("c2", a2, actors=("OpenAI", "Pentagon"), tier="unclassified"),
    ]
    assert find_conflicts(claims, arts(a1, a2)) == []


def test_subject_only_claim_joins_the_unique_counterpart():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 5))
    claims = [
        claim("c1", a1, actors=("OpenAI", "NATO"), tier="classified"),
        claim("c2", a2, actors=("OpenAI",), tier="unclassified"),
    ]
    c = only(find_conflicts(claims, arts(a1, a2)), "network_tier")
    assert c.subject == ["OpenAI", "NATO"]
    # ... but not when the counterpart is ambiguous
    a3 = art("a3", "BBC", D(2026, 3, 5))
    claims.append(claim("c3", a3, actors=("OpenAI", "Pentagon"), tier="classified"))
    assert find_conflicts(claims, arts(a1, a2, a3)) == []


def test_mixed_tier_alone_is_no_contradiction():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 5))
    claims = [claim("c1", a1, tier="mixed"), claim("c2", a2, tier="classified")]
    assert find_conflicts(claims, arts(a1, a2)) == []
    a3 = art("a3", "BBC", D(2026, 3, 5))
    claims.append(claim("c3", a3, tier="unclassified"))
    c = only(find_conflicts(claims, arts(a1, a2, a3)), "network_tier")
    assert sorted(s.value for s in c.sides) == ["classified", "mixed", "unclassified"]


def test_claims_at_different_times_do_not_contradict():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 5))
    claims = [
        claim("c1", a1, tier="unclassified", at=when(D(2026, 3, 1), D(2026, 3, 31), "2026-03")),
        claim("c2", a2, tier="classified", at=when(D(2027, 1, 1), D(2027, 12, 31), "2027")),
    ]
    assert find_conflicts(claims, arts(a1, a2)) == []


def test_polarity_denial():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "Politico", D(2026, 3, 4))
    claims = [
        claim("c1", a1, source=NATO_OFFICIAL, predicate="deploy", negated=True, text="NATO denied ..."),
        claim("c2", a2, source=ANON, modality="reported", predicate="deploy"),
        # a light verb never makes a polarity question
        claim("c3", a1, source=NATO_OFFICIAL, predicate="be", negated=True),
        claim("c4", a2, predicate="be"),
    ]
    c = only(find_conflicts(claims, arts(a1, a2)), "polarity")
    assert {s.value: s.claim_ids for s in c.sides} == {"no": ["c1"], "yes": ["c2"]}
    assert c.status == "resolved" and c.resolution and c.resolution.value == "no"
    assert c.question == "whether: deploy — OpenAI / NATO"


def test_not_as_first_reported_supersedes_polarity():
    a1 = art("a1", "Reuters", D(2026, 2, 1))
    a2 = art("a2", "AP", D(2026, 3, 1))
    claims = [
        claim("c1", a1, predicate="start", at=OCT),
        claim("c2", a2, predicate="start", at=OCT, negated=True, revision="correction"),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2))
    c = only(conflicts, "polarity")
    assert c.resolution and c.resolution.rule == "supersession" and c.resolution.value == "no"


def test_claims_without_actors_borrow_their_articles_pair():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 6))
    a3 = art("a3", "BBC", D(2026, 3, 6))
    claims = [
        claim("c1", a1, tier="classified"),
        # names no actor: the pair its article is about (OpenAI / NATO)
        claim("c2", a2, subject=None, actors=(), tier="unclassified"),
        claim("c3", a2, scopes=("logistics",)),
        # no actor and nothing in its article to borrow from: not compared
        claim("c4", a3, subject=None, actors=(), tier="unclassified"),
        # an article missing from the mapping: undated, publisher-less
        claim("c5", art("missing", None, None), tier="unclassified"),
    ]
    c = only(find_conflicts(claims, arts(a1, a2, a3)), "network_tier")
    assert side(c, "unclassified").claim_ids == ["c5", "c2"]  # undated first
    assert side(c, "unclassified").sources[0].published is None
    assert c.subject == ["OpenAI", "NATO"]


def test_speaking_party_is_the_implied_counterpart():
    # The ministry denies a use of Helsing's software without naming itself as a party.
    a1 = art("a1", "Hansa Tech Journal", D(2026, 3, 12))
    a2 = art("a2", "European Defence Daily", D(2026, 3, 19))
    ministry = "German Federal Ministry of Defence"
    claims = [
        claim(
            "c1",
            a1,
            subject="Helsing",
            actors=("Helsing", ministry, "Bundeswehr"),
            source=ANON,
            modality="reported",
            scopes=("targeting",),
        ),
        claim(
            "c2",
            a2,
            subject="Helsing",
            actors=("Helsing",),
            source=("the ministry", ministry, "named"),
            excluded=("targeting",),
            predicate="use",
            negated=True,
        ),
    ]
    c = only(find_conflicts(claims, arts(a1, a2)), "scope:targeting")
    assert set(c.subject) == {"Helsing", ministry}
    assert c.status == "resolved" and c.resolution and c.resolution.value == "no"
    assert side(c, "no").score == pytest.approx(1.0)  # the ministry is a party: official


def test_subject_only_claim_takes_the_counterpart_from_its_article():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 6))
    claims = [
        claim("c0", a1, actors=("OpenAI", "Pentagon"), predicate="sign"),
        claim("c1", a1, actors=("OpenAI", "NATO"), tier="classified"),
        claim("c2", a2, actors=("OpenAI", "NATO"), predicate="talk"),
        claim("c3", a2, actors=("OpenAI",), tier="unclassified"),  # a2 is about OpenAI and NATO
    ]
    c = only(find_conflicts(claims, arts(a1, a2)), "network_tier")
    assert c.subject == ["OpenAI", "NATO"]


def test_speculation_after_a_correction_does_not_reopen_it():
    a1 = art("a1", "Meridian Wire", D(2026, 3, 3))
    a2 = art("a2", "Circuitline", D(2026, 3, 5))
    a3 = art("a3", "Defence Insider Weekly", D(2026, 4, 14))
    claims = [
        claim("c1", a1, source=ANON, modality="hedged", tier="classified"),
        claim("c2", a2, source=("OpenAI", "OpenAI", "named"), tier="unclassified", revision="correction"),
        claim("c3", a3, modality="speculative", tier="classified", at=when(D(2028, 1, 1), D(2028, 12, 31), "2028")),
    ]
    c = only(find_conflicts(claims, arts(a1, a2, a3)), "network_tier")
    assert c.resolution and c.resolution.rule == "supersession" and c.resolution.value == "unclassified"
    assert side(c, "classified").claim_ids == ["c1", "c3"]  # listed, superseded
    # a confirmed later claim does reopen it
    c4 = claim("c4", a3, tier="classified")
    c = only(find_conflicts([*claims, c4], arts(a1, a2, a3)), "network_tier")
    assert c.resolution is None or c.resolution.rule != "supersession"


def test_expect_to_verb_is_dated_by_the_verb():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "AP", D(2026, 3, 6))
    q2 = when(D(2026, 4, 1), D(2026, 6, 30), "2026-Q2", "in Q2")
    claims = [
        claim("c1", a1, predicate="start", at=OCT),
        claim("c2", a2, predicate="expect", at=q2, text="NATO expects to conclude negotiations with OpenAI in Q2"),
    ]
    assert find_conflicts(claims, arts(a1, a2)) == []
    c3 = claim("c3", a2, predicate="expect", at=q2, text="the pilot is expected to begin in Q2")
    assert only(find_conflicts([claims[0], c3], arts(a1, a2)), "date")


def _at(text: str, phrase: str, start: date, end: date, value: str, offset: int = 1000) -> ClaimTime:
    """A time found at ``phrase`` in a claim whose text starts at ``offset`` in the article."""
    i = text.index(phrase)
    return ClaimTime(
        text=phrase,
        value=value,
        start=start,
        end=end,
        granularity="month",
        char_start=offset + i,
        char_end=offset + i + len(phrase),
    )


def _placed(c: Claim, offset: int = 1000) -> Claim:
    return c.model_copy(update={"start": offset, "end": offset + len(c.text)})


def test_event_word_before_the_time_and_initial_marked_times():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "Defence Insider Weekly", D(2026, 4, 14))
    a3 = art("a3", "The Continental Times", D(2026, 4, 2))
    t1 = "NATO could begin a first pilot with OpenAI in October"
    t2 = "the pilot will cover translation and logistics, and will start in January 2027"
    t3 = "NATO's first pilot of OpenAI's models, initially expected to begin in October, is now expected in 2027"
    claims = [
        _placed(claim("c1", a1, predicate="begin", at=_at(t1, "October", *OCT_SPAN, "2026-10"), text=t1)),
        # predicate "cover", but the time belongs to "start"
        _placed(
            claim(
                "c2",
                a2,
                source=NATO_OFFICIAL,
                predicate="cover",
                revision="correction",
                at=_at(t2, "January 2027", D(2027, 1, 1), D(2027, 1, 31), "2027-01"),
                text=t2,
            )
        ),
        # a correction that carries the old time: the initial version, not the correction
        _placed(
            claim(
                "c3",
                a3,
                source=NATO_OFFICIAL,
                predicate="expect",
                revision="correction",
                at=_at(t3, "October", *OCT_SPAN, "2026-10"),
                text=t3,
            )
        ),
    ]
    c = only(find_conflicts(claims, arts(a1, a2, a3)), "date")
    assert c.resolution and c.resolution.rule == "supersession" and c.resolution.value == "2027-01"
    assert side(c, "2026-10").claim_ids == ["c1", "c3"]


def test_statement_date_outside_the_claim_is_not_its_time():
    # "NATO said on Thursday that any deployment would begin on unclassified networks"
    a1 = art("a1", "Atlantic Signal", D(2026, 3, 6))
    a2 = art("a2", "Reuters", D(2026, 2, 1))
    text = "any deployment would begin on unclassified networks"
    thursday = ClaimTime(
        text="Thursday", value="2026-03-05", start=D(2026, 3, 5), end=D(2026, 3, 5), granularity="day", char_start=990
    )
    c1 = _placed(claim("c1", a1, source=NATO_OFFICIAL, predicate="begin", tier="unclassified", at=thursday, text=text))
    c2 = claim("c2", a2, predicate="start", at=OCT, tier="classified")
    conflicts = find_conflicts([c1, c2], arts(a1, a2))
    assert [c.facet for c in conflicts] == ["network_tier"]  # no date conflict with "Thursday"


def test_cited_coverage_adds_nothing_to_the_report_it_cites():
    a1 = art("a1", "Nordic Wire", D(2026, 1, 13))
    a2 = art("a2", "Helsinki Defence Today", D(2026, 1, 20))
    claims = [
        claim("c1", a1, source=ANON, modality="reported", tier="classified"),
        claim("c2", a2, source=NATO_OFFICIAL, modality="reported", tier="unclassified"),
        # "Last week a news agency reported ... secret networks": the Nordic Wire report again
        claim("c3", a2, source=("a news agency", None, "outlet"), modality="reported", tier="classified"),
    ]
    c = only(find_conflicts(claims, arts(a1, a2)), "network_tier")
    assert side(c, "classified").claim_ids == ["c1", "c3"]
    assert side(c, "classified").score == pytest.approx(0.4 * 0.5 ** (7 / 730), abs=1e-3)
    assert c.status == "resolved" and c.resolution and c.resolution.value == "unclassified"


def test_polarity_needs_a_named_counterpart():
    a1 = art("a1", "Reuters", D(2026, 3, 5))
    a2 = art("a2", "Politico", D(2026, 3, 4))
    claims = [
        claim("c1", a1, actors=("NATO",), subject="NATO", predicate="sign", negated=True),
        claim("c2", a2, actors=("NATO", "OpenAI"), subject="NATO", predicate="sign"),
        claim("c3", a2, actors=("NATO", "OpenAI", "Pentagon"), subject="NATO", predicate="sign", negated=True),
    ]
    assert find_conflicts(claims, arts(a1, a2)) == []


def test_self_correction_does_not_cost_reliability():
    a1 = art("a1", "Ministry", D(2026, 1, 20))
    a2 = art("a2", "Ministry", D(2026, 1, 23))
    a3 = art("a3", "Wire", D(2026, 1, 13))
    ministry = ("the ministry", "Ministry of Defence", "official")
    pair = dict(subject="Ministry of Defence", actors=("Ministry of Defence", "Cohere"))
    spring = when(D(2026, 3, 20), D(2026, 6, 20), "2026-SP")
    summer = when(D(2026, 6, 21), D(2026, 9, 22), "2026-SU")
    claims = [
        claim("c1", a3, source=ANON, predicate="start", at=spring, **pair),
        claim("c2", a1, source=ministry, predicate="start", at=spring, **pair),
        claim("c3", a2, source=ministry, predicate="start", at=summer, revision="correction", **pair),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2, a3))
    rel = source_reliability(claims, arts(a1, a2, a3), conflicts)
    assert rel["Ministry of Defence"] > 0.8 > rel["Wire"]


# ---------------------------------------------------- the unseen-story shape
def test_unseen_story_shape():
    mod, vendor = "Ministry of Defence", "Mistral AI"
    spring = when(D(2026, 3, 20), D(2026, 6, 20), "2026-SP", "from the spring")
    summer = when(D(2026, 6, 21), D(2026, 9, 22), "2026-SU", "in the summer")
    a1 = art("a1", "Defense Daily", D(2026, 3, 2))
    a2 = art("a2", "Ministry of Defence", D(2026, 3, 9))
    a3 = art("a3", "Ministry of Defence", D(2026, 3, 20))
    a4 = art("a4", "Tech Wire", D(2026, 3, 25))
    official = ("the ministry", mod, "official")
    pair = dict(subject=mod, actors=(mod, vendor))
    claims = [
        # an outlet citing unnamed people: secret networks, from the spring
        claim(
            "u1",
            a1,
            source=ANON,
            modality="reported",
            tier="classified",
            predicate="run",
            at=spring,
            scopes=("logistics", "translation"),
            **pair,
        ),
        # a week later the body itself: only unclassified networks (names no vendor)
        claim(
            "o1",
            a2,
            source=official,
            tier="unclassified",
            predicate="run",
            scopes=("logistics",),
            subject=mod,
            actors=(mod,),
        ),
        # later it corrects the start to the summer
        claim("o2", a3, source=official, predicate="start", at=summer, revision="correction", **pair),
        # a third outlet repeats the agreed scope
        claim("t1", a4, scopes=("logistics", "translation"), tier="unclassified", predicate="use", **pair),
    ]
    conflicts = find_conflicts(claims, arts(a1, a2, a3, a4))
    assert sorted(c.facet for c in conflicts) == ["date", "network_tier"]

    tier = only(conflicts, "network_tier")
    assert tier.status == "resolved" and tier.resolution is not None
    assert tier.resolution.value == "unclassified"
    assert tier.resolution.rule in ("vote", "truth_discovery")
    assert "Ministry of Defence" in tier.resolution.reason and "o1" in tier.resolution.reason
    assert side(tier, "classified").status == "outvoted"
    assert side(tier, "unclassified").claim_ids == ["o1", "t1"]

    when_ = only(conflicts, "date")
    assert when_.status == "resolved" and when_.resolution is not None
    assert when_.resolution.rule == "supersession" and when_.resolution.value == "2026-SU"
    assert "o2" in when_.resolution.reason and "2026-03-20" in when_.resolution.reason
    assert side(when_, "2026-SP").status == "superseded"

    assert claim_statuses(conflicts) == {"u1": "superseded", "o1": "stands", "o2": "stands", "t1": "stands"}


# ----------------------------------------------------------------- scale
def _synthetic(n: int, keys: int, dissent: float, seed: int = 7) -> tuple[list[Claim], dict[str, Article]]:
    """``n`` claims over ``keys`` actor pairs; a share ``dissent`` departs from the pair's consensus."""
    rng = random.Random(seed)
    publishers = [f"Outlet{i}" for i in range(60)]
    articles = {
        f"a{i}": Article.model_construct(
            id=f"a{i}",
            publisher=rng.choice(publishers),
            published=D(2026, 1 + i % 12, 1 + i % 28),
            fingerprint=f"{rng.getrandbits(64):016x}",
        )
        for i in range(5000)
    }
    ids = list(articles)
    tiers = ["classified", "unclassified", "mixed"]
    scopes = ["logistics", "translation", "targeting", "planning"]
    months = [
        ClaimTime.model_construct(
            text="m", value=f"2026-{m:02d}", start=D(2026, m, 1), end=D(2026, m, 28), granularity="month"
        )
        for m in range(1, 13)
    ]
    truth = [(rng.choice(tiers), rng.choice(months), [s for s in scopes if rng.random() < 0.4]) for _ in range(keys)]
    claims = []
    for n_ in range(n):
        k = rng.randrange(keys)
        tier, month, agreed = truth[k]
        odd = rng.random() < dissent
        if odd:
            tier, month = rng.choice(tiers), rng.choice(months)
            use = [s for s in scopes if rng.random() < 0.2]
            excl = [s for s in scopes if s not in use and rng.random() < 0.05]
        else:
            use, excl = [s for s in agreed if rng.random() < 0.7], []
        claims.append(
            Claim.model_construct(
                id=f"c{n_}",
                article_id=rng.choice(ids),
                text="x",
                start=0,
                end=1,
                source=None,
                cue=None,
                modality=rng.choice(["confirmed", "reported", "hedged", "speculative"]),
                negated=odd and rng.random() < 0.1,
                actors=[f"A{k}", f"B{k % 97}"],
                subject=f"A{k}",
                predicate=rng.choice(["start", "deploy", "use", None]),
                time=month if rng.random() < 0.3 else None,
                network_tier=tier if rng.random() < 0.5 else None,
                use_scopes=use,
                excluded_scopes=excl,
                revision="correction" if rng.random() < 0.02 else None,
            )
        )
    return claims, articles


def test_performance_100k_claims():
    claims, articles = _synthetic(100_000, keys=5000, dissent=0.05)
    t0 = time.process_time()
    conflicts = find_conflicts(claims, articles)
    elapsed = time.process_time() - t0
    assert conflicts
    assert elapsed < 5.0, elapsed  # loose guard; typically well under a second
    statuses = claim_statuses(conflicts)
    assert set(statuses.values()) <= {"stands", "superseded", "outvoted", "disputed"}
    assert {c.status for c in conflicts} <= {"resolved", "disputed", "open"}


def test_cost_grows_with_claims_per_key_not_all_claims():
    # Same claims per key, 4x the keys: about 4x the work, not 16x. Work is an
    # operation count (lines executed), not a clock, so a busy machine cannot fail it.
    small, small_articles = _synthetic(5_000, keys=500, dissent=0.2, seed=1)
    large, large_articles = _synthetic(20_000, keys=2000, dissent=0.2, seed=1)
    work_small = lines_executed(find_conflicts, small, small_articles)
    work_large = lines_executed(find_conflicts, large, large_articles)
    assert work_small > 100_000, work_small  # the counter sees the work
    assert work_large < 10 * work_small, (work_small, work_large)


def test_no_heavy_imports():
    # other tests may have imported spaCy already: check in a fresh interpreter
    code = (
        "import sys, claimline.reconcile.conflicts, claimline.extraction.fingerprint; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('spacy', 'dateparser')]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_plain_table_collapses_whitespace_in_cells_only_where_there_is_some():
    from claimline.present.render import plain_table

    clean = [("NATO", "said"), ("Tier 2", "x")]
    assert plain_table(("Who", "Cue"), clean) == "Who     Cue\nNATO    said\nTier 2  x\n"
    for odd in (" NATO", "NATO ", "NA  TO", "NA\tTO", "NA\nTO", "NA\u00a0TO", "NA\u2028TO", "NA\x1fTO"):
        assert plain_table(("Who", "Cue"), [(odd, "")]) == plain_table(("Who", "Cue"), [(" ".join(odd.split()), "")])
    assert plain_table(("Who", "Cue"), [("NA \t TO ", "")]) == "Who    Cue\nNA TO\n"
    assert plain_table(("A", "B"), []) == "A  B\n"
    assert plain_table(("A", "B"), [("a|", " b")]) == "A   B\na|  b\n"  # a "|" in a cell is only text


def test_conflicts_names_an_unknown_facet(tmp_path):
    """review 7 R18: ``--facet nope`` is one red line and exit 1, not "nothing to compare"; a scope by
    its name or as ``scope:NAME`` and the facets of conflicts on events are known."""
    from typer.testing import CliRunner

    from claimline.cli import _known_facet, app

    result = CliRunner().invoke(app, ["conflicts", "--db", str(tmp_path / "x.db"), "--facet", "nope"])
    assert result.exit_code == 1
    assert "unknown facet 'nope'" in result.output and "Traceback" not in result.output
    for facet in ("date", "factuality", "quantity", "scope", "scope:", "targeting", "scope:targeting"):
        _known_facet(facet)


def test_one_article_telling_two_dates_of_a_class_is_no_date_conflict():
    """An article that tells two dates of one folded class ("opened an inquiry on 12 October", "the pilot,
    to have started by the end of November") tells of two events: a date or yes/no conflict needs two
    articles, as the conflicts on events ask, unless the article marks one as the earlier version."""
    a = art("a", "Harbour Wire", D(2026, 10, 20))
    b = art("b", "North Post", D(2026, 10, 21))
    oct12 = ClaimTime(
        text="12 October", value="2026-10-12", start=D(2026, 10, 12), end=D(2026, 10, 12), granularity="day"
    )
    nov = when(D(2026, 11, 1), D(2026, 11, 30), "2026-11")
    one = [
        claim("c1", a, predicate="open", at=oct12),
        claim("c2", a, predicate="start", at=nov, source=("Lowland Wire", None, "outlet")),
    ]
    assert [c for c in find_conflicts(one, arts(a)) if c.facet == "date"] == []
    two = [claim("c1", a, predicate="open", at=oct12), claim("c3", b, predicate="start", at=nov)]
    assert [c.facet for c in find_conflicts(two, arts(a, b))] == ["date"]
    marked = [one[0], claim("c2", a, predicate="start", at=nov, revision="initial")]
    assert [c.facet for c in find_conflicts(marked, arts(a))] == ["date"]


def _day(text: str, words: str, day: date) -> ClaimTime:
    at = text.index(words)
    return ClaimTime(
        text=words,
        value=day.isoformat(),
        start=day,
        end=day,
        granularity="day",
        char_start=at,
        char_end=at + len(words),
    )


def test_a_bound_is_no_date_and_a_negated_bound_turns():
    """ "must repay by Friday" is on or before Friday (no conflict with "repaid on Thursday"); "would not
    resume before 4 January" is on or after it, a date against "aims to resume by 1 December"."""
    a = art("a", "Harbour Wire", D(2026, 6, 3))
    b = art("b", "North Post", D(2026, 6, 5))
    by = "OpenAI must repay the loan to NATO by Friday"
    on = "OpenAI repaid the loan to NATO on Thursday"
    found = find_conflicts(
        [
            claim("c1", a, predicate="repay", text=by, at=_day(by, "Friday", D(2026, 6, 5))),
            claim("c2", b, predicate="repay", text=on, at=_day(on, "Thursday", D(2026, 6, 4))),
        ],
        arts(a, b),
    )
    assert found == []
    aims = "OpenAI aims to resume work with NATO by 1 December"
    not_before = "OpenAI would not resume work with NATO before 4 January"
    found = find_conflicts(
        [
            claim("c3", a, predicate="aim", text=aims, at=_day(aims, "1 December", D(2026, 12, 1))),
            claim(
                "c4",
                b,
                predicate="resume",
                negated=True,
                text=not_before,
                at=_day(not_before, "4 January", D(2027, 1, 4)),
            ),
        ],
        arts(a, b),
    )
    assert [c.facet for c in found] == ["date"]
