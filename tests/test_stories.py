"""The blind multi-outlet stories (sample_articles/<story>/, gold in tests/gold/stories/<story>/).

The gold was written by someone who never read claimline's rules; ``benchmarks/stories_eval.py``
scores the event layer and the conflicts against it. The floors below are the figures measured
when they were set (see benchmarks/README_events.md), so a change that loses ground fails here.
"""

from __future__ import annotations

import json

import pytest

from .conftest import ROOT

GOLD = ROOT / "tests" / "gold" / "stories"
STORIES = sorted(p.name for p in GOLD.iterdir() if p.is_dir())


def test_both_stories_are_there():
    assert STORIES == [
        "brackenfold-cheese-listeria-recall",
        "denmark-drone-detection-pilot",
        "estonia-sovereign-cloud-award",
        "marrabel-port-strike",
        "veldhaven-bank-breach-fine",
    ]
    for story in STORIES:
        files = sorted(p.name for p in (ROOT / "sample_articles" / story).iterdir())
        assert 6 <= len(files) <= 8 and all(f.endswith((".txt", ".md", ".html")) for f in files), files


@pytest.mark.parametrize("story", STORIES)
def test_every_gold_excerpt_is_in_its_file(story):
    events = json.loads((GOLD / story / "events.json").read_text(encoding="utf-8"))
    conflicts = json.loads((GOLD / story / "conflicts.json").read_text(encoding="utf-8"))
    articles = ROOT / "sample_articles" / story
    mentions = [m for e in events for m in e["mentions"]]
    assert mentions
    for m in mentions:
        text = (articles / m["file"]).read_text(encoding="utf-8")
        assert m["excerpt"] in text, (m["file"], m["excerpt"])
        assert m["trigger"] in m["excerpt"], (m["file"], m["trigger"])
    ids = {e["id"] for e in events}
    for c in conflicts["conflicts"] + conflicts["non_conflicts"]:
        assert c["event_id"] in ids, c["id"]
        for side in c["sides"]:
            assert side["files"] and all((articles / f).is_file() for f in side["files"]), (c["id"], side)


# ------------------------------------------------------------------ the scorer itself
def _module():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("stories_eval", ROOT / "benchmarks" / "stories_eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("stories_eval", mod)
    spec.loader.exec_module(mod)
    return mod


se = _module()


def test_pairwise_and_bcubed():
    gold = {1: "E1", 2: "E1", 3: "E1", 4: "E2"}
    system = {1: "a", 2: "a", 3: "b", 4: "b"}
    # system pairs (1,2) right, (3,4) wrong; gold pairs (1,2) (1,3) (2,3)
    assert se.pairwise(gold, system) == {"p": 0.5, "r": 1 / 3, "f1": 0.4}
    assert se.pair_counts(gold, system) == {"tp": 1, "sys": 2, "gold": 3}
    b3 = se.bcubed(gold, dict(gold))
    assert (b3["p"], b3["r"], b3["f1"]) == (1.0, 1.0, 1.0)
    singletons = se.bcubed(gold, {i: str(i) for i in gold})
    assert singletons["p"] == 1.0 and singletons["r"] == pytest.approx((1 / 3 * 3 + 1) / 4)


def test_gold_times_and_cluster_times():
    from datetime import date

    assert se.wanted({"type": "date", "value": "2026-06", "granularity": "month"}) == (
        date(2026, 6, 1),
        date(2026, 6, 30),
    )
    assert se.wanted({"type": "interval", "start": "2024", "end": None, "granularity": "year"}) == (
        date(2024, 1, 1),
        None,
    )
    assert se.wanted({"type": "deadline", "end": "2027-12-31", "granularity": "year_end"}) == (
        None,
        date(2027, 12, 31),
    )
    assert se.wanted({"type": "interval", "start": "2026-05-11", "end": None, "granularity": "vague"}) is None
    assert se.wanted({"type": "relative", "granularity": None}) is None
    day = (date(2026, 5, 11), date(2026, 5, 11))
    assert se.time_right(day, (date(2026, 5, 11), date(2026, 5, 11), "day"))
    assert not se.time_right(day, (date(2026, 5, 1), date(2026, 5, 31), "month"))
    assert not se.time_right(day, None)
    assert se.time_right((date(2024, 1, 1), None), (date(2024, 1, 1), date(2026, 5, 11), "year"))


def test_a_conflict_is_found_by_facet_and_files():
    files = {"a1": "01.txt", "a2": "02.txt", "a3": "03.txt"}
    gold = {"facet": "deadline", "sides": [{"files": ["01.txt", "02.txt"]}, {"files": ["03.txt"]}]}

    def reported(facet, *sides):
        return {"facet": facet, "sides": [{"sources": [{"article_id": a} for a in s]} for s in sides]}

    assert se._matches(gold, reported("date", ["a3"], ["a2"]), files) == [1, 0]
    assert se._matches(gold, reported("network_tier", ["a1"], ["a3"]), files) is None
    assert se._matches(gold, reported("date", ["a1", "a3"], ["a2"]), files) == [1, 0]
    assert se._matches(gold, reported("date", ["a1", "a2"]), files) is None
    # a gold scope of any kind (the fleet, the use) is answered by any of claimline's scope facets, and only by them
    fleet = {"facet": "scope:fleet", "sides": [{"files": ["01.txt"]}, {"files": ["03.txt"]}]}
    assert se._matches(fleet, reported("scope", ["a1"], ["a3"]), files) == [0, 1]
    assert se._matches(fleet, reported("scope:targeting", ["a3"], ["a1"]), files) == [1, 0]
    assert se._matches(fleet, reported("quantity", ["a1"], ["a3"]), files) is None
    assert se._matches(gold, reported("scope", ["a1"], ["a3"]), files) is None
    assert se._is_verdict({"relative": "within 18 months", "months": 18}, {"months": 18})
    assert se._is_verdict("denied (routine monitoring only)", "denied")
    assert not se._is_verdict("2026-05-12", "2026-05-11")


def test_a_reported_amount_is_read_in_the_golds_units():
    # a duration side ("P24M") is the gold's 24 months, not the gold's 24 million euros: a conflict
    # on a duration finds the duration's gold conflict first, not another quantity one
    assert se._same_value("P24M", {"value": 24, "unit": "month"})
    assert se._same_value("within P30D", {"relative": "within 30 days of the halt", "days": 30})
    assert not se._same_value("P24M", {"value": 24000000, "unit": "EUR"})
    assert not se._same_value("P12M", {"value": 24, "unit": "month"})
    assert se._same_value("12400000 EUR", {"value": 12400000, "unit": "EUR"})
    assert not se._same_value("12400000 CROWN", {"value": 12400000, "unit": "EUR"})
    assert se._same_value("4", {"value": 4, "unit": "bid"})
    assert se._same_value("2026-09 (START)", "2026-09")


# ------------------------------------------------------------------ floors on every story
#: Measured at the commit named in benchmarks/README_events.md ("Blind stories"); floors a little
#: under (mention recall, B-cubed, pairwise F1, factuality) or exactly the counts measured (dates right;
#: conflicts found; ceilings on false and flagged conflicts). Raise them when the event layer improves.
#: ``dates_clusters_right`` counts clusters: it falls when two clusters with the right date become one.
FLOORS = {
    "denmark-drone-detection-pilot": {
        "mention_recall": 0.92,
        "b3_f1": 0.66,
        "pair_f1": 0.53,
        "factuality": 0.60,
        # the deployment's cluster holds both deadlines (end-2027 and mid-2027, gold C3) and is dated
        # by the narrower, mid-2027
        "dates_main_right": 3,
        # 3 since headlines give frames: the two right-dated clusters of the test date became one
        "dates_clusters_right": 3,
        # the signing date (verdict right), the postponed test date, the amount in two currencies,
        # the deployment deadline
        "conflicts_found": 4,
        "false_max": 0,
        "flagged_max": 0,
    },
    "estonia-sovereign-cloud-award": {
        "mention_recall": 0.92,
        "b3_f1": 0.66,
        "pair_f1": 0.50,
        "factuality": 0.58,
        "dates_main_right": 4,
        # 7 since headlines give frames: "delays signing ... to mid-July" dates one cluster mid-July
        "dates_clusters_right": 7,
        # the deadline (12 vs 18 months), the superseded signing date, the audit denied (the amount, C2, was
        # matched by "duration of operate: 5 years vs 12 months", a false conflict gone since amounts are
        # compared only between reports of one word); 2 since review 6 C7 (24e7eef): a "no" answers reports of
        # its own word only, so "no audit was opened" no longer answers the reported investigation — the price
        # of no longer letting a denial of one word outvote a report of another (a false conflict costs more)
        "conflicts_found": 2,
        # none since a cue's date ("said on Wednesday it will sign") gives way to the content's and
        # awarding is no longer the signing's date question
        "false_max": 0,
        "flagged_max": 0,
    },
    # banking / data protection, 7 articles (one Markdown, one HTML page); measured when it was added
    # (mention R 0.84, B-cubed 0.58, pairwise 0.28, factuality 0.59, dates 7 / 15, 2 of 8 conflicts,
    # 2 false, 3 of 6 non-conflicts flagged, on src of 088d6ba)
    "veldhaven-bank-breach-fine": {
        "mention_recall": 0.82,
        "b3_f1": 0.56,
        "pair_f1": 0.32,
        "factuality": 0.57,
        "dates_main_right": 7,
        # 13 since "imposed a penalty" is the fine: two right-dated clusters joined others; 12 since "flagged"
        # is a warning and "objection" / "challenge" one dispute (clusters 41 -> 40: one right-dated joined another)
        "dates_clusters_right": 12,
        # the notification date (2 May vs 30 April), the monitoring offered (24 vs 12 months: it had been
        # counted as the fine amount, C1, until stories_eval read durations in the gold's units) and the
        # audit's warning denied (an undated denial reaches back to the warning of late 2024); 4 since the
        # fine's amount (C1: 12.4 vs 24.1 million) is one question: the body named in Dutch and in English
        # is one through the acronym both articles define, and "fined" (tagger lemma "fin") is "fine"
        "conflicts_found": 4,
        # none since a conflict needs reports about one thing ("ordered to pay" / "spent on security";
        # a denial of another clause's verb)
        "false_max": 0,
        "flagged_max": 0,
    },
    # food safety / product recall, 7 articles (Markdown with front matter, HTML page); measured when it
    # was added (mention R 0.77, B-cubed 0.49, pairwise 0.10, factuality 0.60, dates 6 / 11, 3 of 7
    # conflicts, none false, 0 of 7 non-conflicts flagged, on src of 45f9908)
    "brackenfold-cheese-listeria-recall": {
        "mention_recall": 0.75,
        "b3_f1": 0.47,
        "pair_f1": 0.08,
        "factuality": 0.58,
        "dates_main_right": 6,
        "dates_clusters_right": 11,
        # the recall date (7 vs 9 November, disputed), the August swab's factuality (hedged vs denied,
        # disputed) and the restart date (matched by a date conflict of 04 and 07 over the plan's deadline);
        # the swab's factuality was found only while 06 had no publication date (its undated "tests"
        # frame fitted any time): with the date read from its masthead line it was missed (time split), and
        # is found again since an undated denial reaches back to any time before its report. The restart date
        # is no longer matched (claimq, 2026-12-05): the claim conflict that matched it compared two other
        # deadlines ("submit a plan by 27 November" / "resume by 1 December"), both bounds ("by"), which agree
        "conflicts_found": 2,
        "false_max": 0,
        "flagged_max": 0,
    },
    # industrial relations / port strike, 7 articles (Markdown with front matter, HTML page); measured when it
    # was added (mention R 0.83, B-cubed 0.52, pairwise 0.11, factuality 0.64, dates 10 / 16, 1 of 7
    # conflicts, 1 false, 0 of 6 non-conflicts flagged, on src of b994337)
    "marrabel-port-strike": {
        "mention_recall": 0.81,
        "b3_f1": 0.50,
        "pair_f1": 0.09,
        # 0.62 -> 0.60: the lexicon's "stoppage" (halting) finds two more mentions, read asserted where the
        # gold has them reported/hedged (49 of 77 -> 48 of 79 right)
        "factuality": 0.60,
        "dates_main_right": 10,
        "dates_clusters_right": 16,
        # the labour-hire approach's factuality (hedged vs denied on record; the denial stands, verdict right)
        "conflicts_found": 1,
        # none since a negated frame on its claim's predicate counts as a "no" only when the claim reads it
        # negated too (it was "whether ask happened": 02's "has asked the Fair Work Commission" against 04's
        # "may well be asked to decide", a hedged passive the frame read as negated); one since "take" carrying no
        # event noun is an act (light_acts): 04's "about 900" taking part against 07's 1,080 is a real disagreement
        # the gold has as C1 with a third side (the union's 1,400) this report lacks, so it matches no gold conflict;
        # by its files (04 / 07) it also matches non-conflict N3 (ships at anchor), so one flagged for the same report
        "false_max": 1,
        "flagged_max": 1,
    },
}


@pytest.mark.slow
@pytest.mark.parametrize("story", STORIES)
def test_story_floors(story, nlp):
    score = se.evaluate_story(story)
    e, c, floor = score.events, score.conflicts, FLOORS[story]
    assert e["gold_mentions"] == sum(
        len(ev["mentions"]) for ev in json.loads((GOLD / story / "events.json").read_text())
    )
    assert e["mention_recall"] >= floor["mention_recall"], e["mention_recall"]
    assert e["bcubed"]["f1"] >= floor["b3_f1"], e["bcubed"]
    assert e["pairwise"]["f1"] >= floor["pair_f1"], e["pairwise"]
    assert e["factuality"]["accuracy"] >= floor["factuality"], e["factuality"]
    assert e["dates"]["main_right"] >= floor["dates_main_right"], e["dates"]
    assert e["dates"]["clusters_right"] >= floor["dates_clusters_right"], e["dates"]
    assert c["found"] >= floor["conflicts_found"], c["rows"]
    assert c["false"] <= floor["false_max"], c["false_conflicts"]
    assert c["non_conflicts_flagged"] <= floor["flagged_max"], c["flagged"]
    # every story has questions two or more outlets answer, some of them alike (`conflicts --summary`)
    assert c["questions_compared"] > c["questions_agree"] > 0, c


def test_why_split_tallies_identity_reasons(nlp):
    """``--why``: a gold pair claimline splits is tallied under identity's reason, the class pairs apart."""
    from datetime import date

    from claimline.events import extract_events, members

    def ms(text, day, publisher):
        ex, frames = extract_events(text, day, nlp=nlp, publisher=publisher)
        return {m.frame.trigger.lemma: m for m in members(ex, frames)}

    a = ms("Hornwing Labs announced the drone pilot on 2 June.", date(2026, 6, 3), "A")
    b = ms("The ministry awarded Hornwing Labs the pilot contract on 2 June.", date(2026, 6, 3), "B")
    c = ms("Hornwing Labs announced the drone pilot on 9 June.", date(2026, 6, 10), "C")
    by_id = {m.frame.id: m for m in (a["announce"], b["award"], c["announce"])}
    cluster_of = {fid: f"c{k}" for k, fid in enumerate(by_id)}
    ann_a, award, ann_c = by_id
    why = se.why_split([(ann_a, award), (ann_a, ann_c), (ann_a, ann_a)], by_id, cluster_of)
    assert why["pairs"] == 2  # a frame paired with itself is no split
    assert why["reasons"] == {"class": 1, "time": 1}
    assert why["class_pairs"] == {"announce/award": 1}
    lines = se.format_why("story", why, verbose=True)
    assert "class 1" in lines[0] and "announce/award 1" in lines[1]
