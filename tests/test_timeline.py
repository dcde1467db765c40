"""Timeline building, date labels, Markdown and HTML rendering (no browser)."""

from __future__ import annotations

import sys
from datetime import date, timedelta

import pytest

from claimline.present.html import render_html
from claimline.present.markdown import render_markdown
from claimline.reconcile import claim_statuses
from claimline.schemas import (
    Article,
    Claim,
    ClaimTime,
    Conflict,
    ConflictResolution,
    Offsets,
    Side,
    Source,
    SourceRef,
    Span,
    TimelineEntry,
)
from claimline.timeline import (
    build_timeline,
    date_label,
    group_by_month,
    month_label,
    split_undated,
    undated,
)

from .op_count import lines_executed

D = date


# ---------------------------------------------------------------- factory
def art(aid: str, publisher: str | None = None, published: date | None = None) -> Article:
    return Article(id=aid, publisher=publisher, published=published)


def when(start: date | None, end: date | None = None, granularity: str = "day", mod: str | None = None):
    return ClaimTime(
        text="t",
        value=start.isoformat() if start else "P1Y",
        start=start,
        end=end if end is not None else start,
        granularity=granularity,
        mod=mod,
    )


def claim(
    cid: str,
    article_id: str = "a1",
    text: str | None = None,
    actors: tuple[str, ...] = ("OpenAI", "Pentagon"),
    predicate: str | None = "sign",
    time: ClaimTime | None = None,
    *,
    modality: str = "confirmed",
    source: tuple[str, str | None] | None = None,
    cue: str | None = None,
    **kw,
) -> Claim:
    text = text if text is not None else f"Claim {cid}."
    return Claim(
        id=cid,
        article_id=article_id,
        text=text,
        start=0,
        end=len(text),
        sentence=Offsets(start=0, end=len(text)),
        actors=list(actors),
        predicate=predicate,
        time=time,
        modality=modality,
        source=Source(start=0, end=len(source[0]), text=source[0], actor=source[1]) if source else None,
        cue=Span(start=0, end=len(cue), text=cue) if cue else None,
        **kw,
    )


ARTS = {
    a.id: a
    for a in [
        art("reu", "Reuters", D(2026, 3, 1)),
        art("ap", "AP", D(2026, 3, 2)),
        art("vrg", "The Verge", D(2026, 3, 5)),
        art("nodate", "Blog", None),
    ]
}

LATE_FEB = when(D(2026, 2, 1), D(2026, 2, 28), "month", "END")
FEB_27 = when(D(2026, 2, 27))
W09 = when(D(2026, 2, 23), D(2026, 3, 1), "week")


def deal_claims() -> list[Claim]:
    return [
        claim(
            "c1",
            "reu",
            "OpenAI signed a deal with the Pentagon in late February, people familiar said.",
            time=LATE_FEB,
            modality="reported",
            source=("people familiar", None),
            cue="said",
        ),
        claim("c2", "ap", "OpenAI signed a deal with the Pentagon on Feb. 27.", time=FEB_27),
        claim("c3", "vrg", "OpenAI signed the deal last week.", actors=("OpenAI",), time=W09),
    ]


# ---------------------------------------------------------------- merging
def test_three_outlets_report_one_deal():
    entries = build_timeline(deal_claims(), ARTS)
    assert len(entries) == 1
    e = entries[0]
    assert e.claim_ids == ["c1", "c2", "c3"]
    assert [s.publisher for s in e.sources] == ["Reuters", "AP", "The Verge"]
    assert (e.start, e.end, e.granularity, e.date_label, e.date_basis) == (
        D(2026, 2, 27),
        D(2026, 2, 27),
        "day",
        "27 Feb 2026",
        "text",
    )
    assert e.actors == ["OpenAI", "Pentagon"]
    assert e.status == "confirmed"
    assert e.label == "OpenAI signed a deal with the Pentagon on Feb. 27."
    assert e.sources[0] == SourceRef(
        claim_id="c1",
        article_id="reu",
        publisher="Reuters",
        published=D(2026, 3, 1),
        source="people familiar",
        actor=None,
        cue="said",
        modality="reported",
        outlet="Reuters",
    )


def test_merge_is_independent_of_input_order():
    cl = deal_claims()
    assert build_timeline(cl, ARTS) == build_timeline(cl[::-1], ARTS)


def test_different_predicates_do_not_merge():
    cl = [claim("c1", "reu", time=FEB_27), claim("c2", "ap", predicate="cancel", time=FEB_27)]
    assert [e.claim_ids for e in build_timeline(cl, ARTS)] == [["c1"], ["c2"]]


def test_predicate_lemma_is_case_insensitive():
    cl = [claim("c1", "reu", time=FEB_27), claim("c2", "ap", predicate="Sign ", time=FEB_27)]
    assert [e.claim_ids for e in build_timeline(cl, ARTS)] == [["c1", "c2"]]


def test_non_overlapping_dates_do_not_merge():
    cl = [claim("c1", "reu", time=FEB_27), claim("c2", "ap", time=when(D(2026, 3, 2)))]
    assert [e.claim_ids for e in build_timeline(cl, ARTS)] == [["c1"], ["c2"]]


def test_early_and_late_month_do_not_merge():
    early = when(D(2026, 2, 1), D(2026, 2, 28), "month", "START")
    cl = [claim("c1", "reu", time=early), claim("c2", "ap", time=LATE_FEB)]
    entries = build_timeline(cl, ARTS)
    assert [e.date_label for e in entries] == ["early Feb 2026", "late Feb 2026"]


def test_actor_sets_must_nest():
    cl = [
        claim("c1", "reu", time=FEB_27),
        claim("c2", "ap", actors=("OpenAI", "Anthropic"), time=FEB_27),
        claim("c3", "vrg", actors=("Microsoft",), time=FEB_27),
    ]
    assert sorted(e.claim_ids for e in build_timeline(cl, ARTS)) == [["c1"], ["c2"], ["c3"]]


def test_negation_does_not_merge_with_assertion():
    cl = [claim("c1", "reu", time=FEB_27), claim("c2", "ap", time=FEB_27, negated=True)]
    assert len(build_timeline(cl, ARTS)) == 2


def test_coarse_date_does_not_chain_two_events():
    year = when(D(2026, 1, 1), D(2026, 12, 31), "year")
    cl = [
        claim("c1", "reu", time=year),
        claim("c2", "ap", time=FEB_27),
        claim("c3", "vrg", time=when(D(2026, 11, 3))),
    ]
    assert [e.claim_ids for e in build_timeline(cl, ARTS)] == [["c1", "c2"], ["c3"]]


def test_claims_without_actors_make_no_entry():
    assert build_timeline([claim("c1", "reu", actors=(), time=FEB_27)], ARTS) == []


def test_claim_without_predicate_merges_only_identical_text():
    cl = [
        claim("c1", "reu", "OpenAI  wins.", predicate=None, time=FEB_27),
        claim("c2", "ap", "openai wins.", predicate=None, time=FEB_27),
        claim("c3", "vrg", "OpenAI loses.", predicate=None, time=FEB_27),
    ]
    assert sorted(e.claim_ids for e in build_timeline(cl, ARTS)) == [["c1", "c2"], ["c3"]]


# ---------------------------------------------------------------- dates and order
def test_sorted_by_start_then_end():
    cl = [
        claim("q", "reu", predicate="p1", time=when(D(2026, 1, 1), D(2026, 3, 31), "quarter")),
        claim("m", "reu", predicate="p2", time=when(D(2026, 1, 1), D(2026, 1, 31), "month")),
        claim("d", "reu", predicate="p3", time=when(D(2025, 12, 31))),
        claim("w", "reu", predicate="p4", time=when(D(2026, 1, 5), D(2026, 1, 11), "week")),
    ]
    entries = build_timeline(cl, ARTS)
    assert [e.claim_ids[0] for e in entries] == ["d", "m", "q", "w"]
    assert [e.date_label for e in entries] == ["31 Dec 2025", "Jan 2026", "Q1 2026", "week of 5 Jan 2026"]


def test_publication_fallback():
    entries = build_timeline([claim("c1", "vrg", predicate="cancel")], ARTS)
    assert len(entries) == 1
    e = entries[0]
    assert (e.start, e.end, e.granularity) == (D(2026, 3, 5), D(2026, 3, 5), "day")
    assert e.date_basis == "publication"
    assert e.date_label == "reported on 5 Mar 2026"


def test_publication_dated_claim_joins_recent_event_only():
    cl = deal_claims() + [claim("c4", "vrg", "OpenAI has signed with the Pentagon.")]
    (e,) = build_timeline(cl, ARTS)
    assert e.claim_ids == ["c1", "c2", "c3", "c4"]
    assert e.date_basis == "text" and e.date_label == "27 Feb 2026"
    late = {**ARTS, "late": art("late", "Late", D(2026, 4, 20))}
    cl = deal_claims() + [claim("c4", "late", "OpenAI has signed with the Pentagon.")]
    entries = build_timeline(cl, late)
    assert [e.claim_ids for e in entries] == [["c1", "c2", "c3"], ["c4"]]
    assert entries[1].date_label == "reported on 20 Apr 2026"


def test_event_time_wins_over_publication():
    (e,) = build_timeline([claim("c1", "vrg", time=when(D(2025, 9, 2)))], ARTS)
    assert e.date_basis == "text" and e.date_label == "2 Sep 2025"


def test_durations_are_not_dates():
    dur = ClaimTime(text="for three years", value="P3Y", start=None, end=None, granularity="duration")
    cl = [claim("c1", "vrg", time=dur), claim("c2", "nodate", predicate="run", time=dur)]
    entries = build_timeline(cl, ARTS)
    assert [(e.claim_ids, e.date_basis, e.date_label) for e in entries] == [
        (["c1"], "publication", "reported on 5 Mar 2026"),
        (["c2"], "none", "undated"),
    ]


def test_undated_listed_apart():
    cl = [
        claim("u1", "nodate", "Zeta happened.", predicate="happen"),
        claim("d1", "reu", time=FEB_27),
        claim("u2", "missing-article", "Alpha happened.", predicate="occur"),
        claim("d2", "ap", predicate="cancel", time=when(D(2025, 1, 1))),
    ]
    entries = build_timeline(cl, ARTS)
    assert [e.claim_ids[0] for e in entries] == ["d2", "d1", "u2", "u1"]
    dated, loose = split_undated(entries)
    assert [e.claim_ids for e in dated] == [["d2"], ["d1"]]
    assert [e.claim_ids for e in loose] == [["u2"], ["u1"]]
    assert undated(entries) == loose
    assert all(e.start is None and e.date_basis == "none" and e.date_label == "undated" for e in loose)


def test_group_by_month():
    cl = [
        claim("a", "reu", predicate="p1", time=when(D(2026, 3, 3))),
        claim("b", "reu", predicate="p2", time=FEB_27),
        claim("c", "reu", predicate="p3", time=when(D(2026, 1, 1), D(2026, 3, 31), "quarter")),
        claim("u", "nodate", predicate="p4"),
        claim("d", "reu", predicate="p5", time=when(D(2026, 3, 9))),
    ]
    groups = group_by_month(build_timeline(cl, ARTS))
    assert {k: [e.claim_ids[0] for e in v] for k, v in groups.items()} == {
        "2026-01": ["c"],
        "2026-02": ["b"],
        "2026-03": ["a", "d"],
        "undated": ["u"],
    }
    assert list(groups) == ["2026-01", "2026-02", "2026-03", "undated"]
    assert month_label("2026-03") == "Mar 2026"


# ---------------------------------------------------------------- status
def test_superseded_claims_stay_visible():
    cl = [
        claim("old", "reu", "The deal is worth $300m.", predicate="worth", time=FEB_27, modality="reported"),
        claim("new", "ap", "The deal is worth $200m.", predicate="worth", time=FEB_27, modality="hedged"),
    ]
    (e,) = build_timeline(cl, ARTS, statuses={"old": "superseded", "new": "stands"})
    assert e.claim_ids == ["old", "new"]
    assert e.superseded_claim_ids == ["old"]
    assert e.status == "hedged"  # strongest modality among the standing claims
    assert e.label == "The deal is worth $200m."
    (e,) = build_timeline(cl, ARTS, statuses={"old": "superseded", "new": "superseded"})
    assert e.status == "superseded"
    assert e.superseded_claim_ids == ["old", "new"]


def _value_conflict(status: str = "resolved") -> Conflict:
    return Conflict(
        id="k1",
        facet="value",
        subject=["OpenAI"],
        sides=[
            Side(value="$200m", claim_ids=["new"], sources=[], status="stands" if status == "resolved" else "disputed"),
            Side(value="$300m", claim_ids=["old"], sources=[], status="superseded"),
            Side(
                value="$500m", claim_ids=["odd"], sources=[], status="outvoted" if status == "resolved" else "disputed"
            ),
        ],
        status=status,
        resolution=ConflictResolution(value="$200m", reason="correction", rule="supersession")
        if status == "resolved"
        else None,
    )


def test_statuses_from_conflicts():
    assert claim_statuses([_value_conflict()]) == {"new": "stands", "old": "superseded", "odd": "outvoted"}
    assert claim_statuses([_value_conflict("disputed")]) == {
        "new": "disputed",
        "old": "superseded",
        "odd": "disputed",
    }


def test_outvoted_and_superseded_claims_do_not_set_status():
    cl = [
        claim("old", "reu", predicate="worth", time=FEB_27, modality="confirmed"),
        claim("odd", "reu", predicate="worth", time=FEB_27, modality="confirmed"),
        claim("new", "ap", predicate="worth", time=FEB_27, modality="reported"),
    ]
    (e,) = build_timeline(cl, ARTS, [_value_conflict()])
    assert e.status == "reported"
    assert e.superseded_claim_ids == ["old"]
    assert e.conflict_ids == ["k1"]


def test_disputed_when_conflict_unresolved():
    cl = [claim("new", "ap", predicate="worth", time=FEB_27), claim("x", "ap", predicate="other", time=FEB_27)]
    entries = build_timeline(cl, ARTS, [_value_conflict("disputed")])
    assert {e.claim_ids[0]: (e.status, e.conflict_ids) for e in entries} == {
        "new": ("disputed", ["k1"]),
        "x": ("confirmed", []),
    }


def test_strongest_modality_wins():
    cl = [
        claim("a", "reu", time=FEB_27, modality="speculative"),
        claim("b", "ap", time=FEB_27, modality="reported"),
        claim("c", "vrg", time=FEB_27, modality="hedged"),
    ]
    (e,) = build_timeline(cl, ARTS)
    assert e.status == "reported"


def test_label_trimmed_at_word_boundary():
    text = "OpenAI " + "signed a very long agreement " * 10
    (e,) = build_timeline([claim("c1", "reu", text, time=FEB_27)], ARTS)
    assert len(e.label) <= 141
    assert e.label.endswith("…")
    assert e.label[:-1] == text[: len(e.label) - 1]
    assert text.startswith(e.label[:-1] + " ")


def test_tier_and_scopes_are_combined():
    cl = [
        claim("a", "reu", time=FEB_27, network_tier="classified", use_scopes=["weapons"]),
        claim("b", "ap", time=FEB_27, network_tier="unclassified", use_scopes=["weapons", "logistics"]),
    ]
    (e,) = build_timeline(cl, ARTS)
    assert e.network_tier == "mixed"
    assert e.use_scopes == ["weapons", "logistics"]


# ---------------------------------------------------------------- date labels
@pytest.mark.parametrize(
    ("start", "end", "granularity", "mod", "expected"),
    [
        (D(2025, 9, 2), D(2025, 9, 2), "day", None, "2 Sep 2025"),
        (D(2025, 9, 2), D(2025, 9, 2), "day", "END", "2 Sep 2025"),
        (D(2025, 9, 2), D(2025, 9, 2), "time", None, "2 Sep 2025"),
        (D(2026, 3, 2), D(2026, 3, 8), "week", None, "week of 2 Mar 2026"),
        (D(2026, 3, 4), D(2026, 3, 8), "week", None, "week of 2 Mar 2026"),
        (D(2026, 3, 1), D(2026, 3, 31), "month", None, "Mar 2026"),
        (D(2026, 2, 1), D(2026, 2, 28), "month", "START", "early Feb 2026"),
        (D(2026, 2, 1), D(2026, 2, 28), "month", "MID", "mid-Feb 2026"),
        (D(2026, 2, 1), D(2026, 2, 28), "month", "END", "late Feb 2026"),
        (D(2026, 2, 20), D(2026, 2, 28), "month", "END", "late Feb 2026"),
        (D(2026, 1, 1), D(2026, 3, 31), "quarter", None, "Q1 2026"),
        (D(2026, 10, 1), D(2026, 12, 31), "quarter", "END", "late Q4 2026"),
        (D(2026, 3, 20), D(2026, 6, 20), "season", None, "spring 2026"),
        (D(2026, 6, 21), D(2026, 9, 22), "season", "START", "early summer 2026"),
        (D(2026, 9, 1), D(2026, 11, 30), "season", None, "autumn 2026"),
        (D(2025, 12, 1), D(2026, 2, 28), "season", None, "winter 2025/26"),
        (D(2026, 1, 1), D(2026, 2, 28), "season", None, "winter 2026"),
        (D(2026, 1, 1), D(2026, 6, 30), "half", None, "H1 2026"),
        (D(2025, 7, 1), D(2025, 12, 31), "half", "MID", "mid-H2 2025"),
        (D(2026, 1, 1), D(2026, 12, 31), "year", None, "2026"),
        (D(2026, 1, 1), D(2026, 12, 31), "year", "START", "early 2026"),
        (D(2026, 1, 1), D(2026, 12, 31), "year", "MID", "mid-2026"),
        (D(2026, 1, 1), D(2026, 12, 31), "year", "END", "late 2026"),
        (D(2020, 1, 1), D(2029, 12, 31), "decade", None, "2020s"),
        (D(2020, 1, 1), D(2029, 12, 31), "decade", "END", "late 2020s"),
        (D(2001, 1, 1), D(2100, 12, 31), "century", None, "21st century"),
        (D(1901, 1, 1), D(2000, 12, 31), "century", "START", "early 20th century"),
        (D(2026, 3, 1), D(2026, 3, 31), "month", "APPROX", "around Mar 2026"),
        (D(2026, 3, 5), D(2026, 3, 5), "day", "BEFORE", "before 5 Mar 2026"),
        (D(2026, 3, 5), D(2026, 3, 5), "day", "AFTER", "after 5 Mar 2026"),
        (D(2026, 3, 5), D(2026, 3, 5), "day", "ON_OR_BEFORE", "by 5 Mar 2026"),
        (D(2026, 1, 1), D(2026, 12, 31), "year", "ON_OR_AFTER", "from 2026"),
        (D(2026, 3, 5), D(2026, 3, 5), "ref", None, "5 Mar 2026"),
        (D(2026, 3, 2), D(2026, 3, 5), "unknown", None, "2–5 Mar 2026"),
        (D(2026, 2, 28), D(2026, 3, 3), None, None, "28 Feb – 3 Mar 2026"),
        (D(2025, 12, 30), D(2026, 1, 2), "unknown", "START", "30 Dec 2025 – 2 Jan 2026"),
        (None, None, "duration", None, "undated"),
        (None, None, "set", None, "undated"),
        (None, None, None, None, "undated"),
    ],
)
def test_date_label(start, end, granularity, mod, expected):
    assert date_label(start, end, granularity, mod) == expected


# ---------------------------------------------------------------- markdown
def test_markdown_exact():
    cl = [
        claim(
            "c1",
            "reu",
            "OpenAI signed a deal with the *Pentagon*.",
            time=FEB_27,
            source=("officials", None),
            cue="said",
        ),
        claim("c2", "ap", "OpenAI signed.", actors=("OpenAI",), time=FEB_27, modality="reported"),
        claim("c3", "nodate", "Mallory did <b>it</b>.", actors=("Mallory",), predicate="do", modality="hedged"),
    ]
    md = render_markdown(build_timeline(cl, ARTS, statuses={"c2": "superseded"}), title="Deal | 2026")
    assert md == (
        "# Deal \\| 2026\n"
        "\n"
        "- **27 Feb 2026** — OpenAI signed a deal with the \\*Pentagon\\*. *(confirmed)*\n"
        "  - Actors: OpenAI, Pentagon\n"
        "  - Sources (2):\n"
        "    - **Reuters** (1 Mar 2026): officials said — confirmed\n"
        "    - ~~**AP** (2 Mar 2026) — reported~~ (superseded)\n"
        "\n"
        "## Undated\n"
        "\n"
        "- **undated** — Mallory did \\<b\\>it\\</b\\>. *(hedged)*\n"
        "  - Actors: Mallory\n"
        "  - Source:\n"
        "    - **Blog** — hedged\n"
    )


def test_markdown_empty():
    assert render_markdown([], title="T") == "# T\n\n*No events.*\n"


# ---------------------------------------------------------------- html
XSS = '<script>alert(1)</script> & "x"'


def test_html_escapes_article_strings():
    evil_arts = {"e": art("e", '<script>alert("pub")</script>', D(2026, 3, 1))}
    cl = [
        claim(
            "c1\"><script>alert('id')</script>",
            "e",
            XSS,
            actors=("<script>alert(2)</script>",),
            time=FEB_27,
            source=('"><script>alert(3)</script>', None),
            cue="<i>said</i>",
            use_scopes=["</style><script>alert(4)</script>"],
        )
    ]
    conflict = Conflict(
        id='k"<script>alert(5)</script>',
        facet="<script>alert(6)</script>",
        subject=["<script>alert(7)</script>"],
        question="<script>alert(8)</script>",
        sides=[Side(value="<script>alert(9)</script>", claim_ids=[cl[0].id], sources=[])],
        status="resolved",
        resolution=ConflictResolution(value="v", reason="<script>alert(10)</script>", rule="vote"),
    )
    entries = build_timeline(cl, evil_arts, [conflict])
    page = render_html(entries, [conflict], title="<script>alert(11)</script>", generated="<b>now</b>")
    assert "<script>alert" not in page
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;" in page
    assert "<b>now</b>" not in page and "&lt;b&gt;now&lt;/b&gt;" in page
    assert "<i>said</i>" not in page


def test_html_structure_and_hooks():
    cl = deal_claims() + [
        claim("c9", "reu", "Anthropic won.", actors=("Anthropic",), predicate="win", time=when(D(2025, 9, 2))),
        claim("u1", "nodate", "Nobody knows when.", actors=("Ghost",), predicate="vanish"),
        claim("old", "ap", "Worth $300m.", predicate="worth", time=FEB_27),
        claim("new", "ap", "Worth $200m.", predicate="worth", time=FEB_27),
    ]
    conflict = Conflict(
        id="k1",
        facet="value",
        subject=["OpenAI"],
        question="How much?",
        sides=[
            Side(value="$200m", claim_ids=["new"], sources=[], status="stands"),
            Side(value="$300m", claim_ids=["old"], sources=[], status="superseded"),
        ],
        status="resolved",
        resolution=ConflictResolution(value="$200m", reason="AP corrected itself", rule="supersession"),
    )
    entries = build_timeline(cl, ARTS, [conflict])
    page = render_html(entries, [conflict], title="Deal")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<li class="entry') == 4
    assert 'data-start="2025-09-02"' in page
    assert page.index('data-start="2025-09-02"') < page.index('data-claims="c1 c2 c3"')
    assert 'data-start="" data-end="" data-granularity="" data-basis="none"' in page
    assert page.index('id="h-undated"') < page.index('data-claims="u1"')
    assert 'href="#conflict-1"' in page and 'id="conflict-1" data-conflict="k1"' in page
    assert "AP corrected itself" in page
    assert '<li class="source superseded" data-claim="old"><s class="line">' in page
    assert "@media print" in page
    # self-contained: nothing is fetched
    for needle in ("http://", "https://", "src=", "@import", "url(", "<link"):
        assert needle not in page
    assert "default-src 'none'" in page


def test_html_empty():
    page = render_html([])
    assert "No dated events." in page and "<title>claimline timeline</title>" in page


# ---------------------------------------------------------------- scale
def test_scales_roughly_linearly():
    """100k claims must stay O(n log n): compare 2.5k and 10k on the same workload.

    The measure is an operation count (Python lines executed inside
    build_timeline, counted by a trace function), not a clock: it is the same on
    a loaded CI machine as on a quiet one."""

    def workload(n: int) -> tuple[list[Claim], dict[str, Article]]:
        arts = {f"a{i}": art(f"a{i}", f"P{i % 20}", D(2025, 1, 1) + timedelta(days=i % 300)) for i in range(500)}
        out = []
        for i in range(n):
            d = D(2025, 1, 1) + timedelta(days=(i * 7919) % 300)
            out.append(
                claim(
                    f"c{i}",
                    f"a{i % 500}",
                    "x",
                    actors=(f"A{i % 97}", f"A{i % 13}"),
                    predicate=f"p{i % 11}",
                    time=when(d) if i % 3 else None,
                )
            )
        return out, arts

    def lines_run(n: int) -> int:
        cl, arts = workload(n)
        return lines_executed(build_timeline, cl, arts)

    small, big = lines_run(2_500), lines_run(10_000)
    assert small > 10_000, small  # the counter sees the work
    assert big < small * 4 * 3, (small, big)  # 4x the data, well under quadratic (16x)


@pytest.mark.slow
def test_timeline_modules_stay_light():
    import subprocess

    code = (
        "import sys, claimline.timeline, claimline.present.html;"
        "bad=[m for m in ('spacy','dateparser') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_entries_validate_as_models():
    for e in build_timeline(deal_claims(), ARTS):
        assert TimelineEntry.model_validate(e.model_dump()) == e
