"""The outlet's own event statements: a sentence that names no actor but states an event with
something to compare (a date, an amount, a negation) is a claim of its own kind, ``outlet_event``:
a side of a conflict on its event. The gold guideline (rule 3 of ``tests/gold/README.md``: an author
claim names at least one actor) gives such a sentence no claim, so ``claimline eval`` scores one the
gold lacks as a false claim, and prints their number on a line of its own."""

from __future__ import annotations

from claimline.jobs.evaluate import GoldClaim, format_report, gold_is_claim, pred_is_claim
from claimline.present.tables import source_cell
from claimline.schemas import Claim, Offsets
from claimline.vocab import ATTRIBUTIONS, OUTLET_EVENT


def _kinds(extract, text: str) -> dict[str, str]:
    return {c.text: c.attribution for c in extract(text).claims}


def test_an_event_statement_naming_no_actor_is_its_own_kind(extract):
    kinds = _kinds(
        extract,
        "The walkout began on Tuesday. The harbour tender, worth 40 million euros, was cancelled in May. "
        "Vantor Systems signed the contract on Monday. The company delayed the delivery by two weeks.",
    )
    assert OUTLET_EVENT in ATTRIBUTIONS
    assert kinds["The walkout began on Tuesday"] == OUTLET_EVENT
    assert kinds["The harbour tender, worth 40 million euros, was cancelled in May"] == OUTLET_EVENT
    # a named actor or a definite description of one ("the company") makes it an author claim
    assert kinds["Vantor Systems signed the contract on Monday"] == "author"
    assert kinds["The company delayed the delivery by two weeks"] == "author"


def test_outlet_event_statements_have_no_source_and_no_cue(extract):
    (claim,) = [c for c in extract("The walkout began on Tuesday.").claims]
    assert claim.source is None and claim.cue is None and claim.actors == []


def test_the_claims_table_says_what_they_are(extract):
    claims = extract("The walkout began on Tuesday. Vantor Systems signed the contract on Monday.").claims
    cells = {c.text: source_cell(c) for c in claims}
    assert cells["The walkout began on Tuesday"] == "(outlet: event statement)"
    assert cells["Vantor Systems signed the contract on Monday"] == "(author)"


TEXT = "The walkout began on Tuesday. Vantor Systems signed the contract on Monday."


def _pred(part: str, attribution: str) -> Claim:
    s = TEXT.index(part)
    return Claim(
        id=f"c{s}",
        article_id="a1",
        text=part,
        start=s,
        end=s + len(part),
        sentence=Offsets(start=s, end=s + len(part)),
        attribution=attribution,  # type: ignore[arg-type]
        modality="confirmed",
    )


def test_eval_scores_outlet_event_statements_like_every_claim():
    walkout, signing = "The walkout began on Tuesday", "Vantor Systems signed the contract on Monday"
    # the extractor's own label never takes a prediction out of scoring (review 4, C1); gold_is_claim
    # only counts the gold's actor-less claims for the report
    assert pred_is_claim(_pred(walkout, OUTLET_EVENT)) and pred_is_claim(_pred(signing, "author"))
    assert not pred_is_claim(_pred(walkout, "attitude"))
    assert not gold_is_claim(GoldClaim(text=walkout, modality="confirmed"))
    assert gold_is_claim(GoldClaim(text=signing, modality="confirmed", actors=["Vantor Systems"]))
    assert gold_is_claim(GoldClaim(text=walkout, source="Vantor", cue="said", modality="reported"))


def test_eval_report_shows_the_outlet_event_statements(tmp_path):
    import json

    from claimline.jobs.evaluate import evaluate
    from claimline.schemas import Article, Extraction

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gold = {
        "article": str(tmp_path / "a.txt"),
        "claims": [
            {
                "text": "Vantor Systems signed the contract on Monday",
                "modality": "confirmed",
                "actors": ["Vantor Systems"],
            },
            {"text": "The walkout began on Tuesday", "modality": "confirmed"},
        ],
    }
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    pred = [_pred("The walkout began on Tuesday", OUTLET_EVENT), _pred(gold["claims"][0]["text"], "author")]

    def fake(text, **_):
        return Extraction(article=Article(id="a1"), text=text, claims=pred)

    report = evaluate([tmp_path / "a.json"], extract_fn=fake)
    assert (report.gold, report.predicted, report.matched) == (2, 2, 2)
    assert report.outlet_events == 1 and report.articles[0].outlet_events == 1
    assert report.gold_unnamed == 1 and report.articles[0].gold_unnamed == 1
    assert report.fields["claim"].f1 == 1.0
    table = format_report(report)
    assert (
        "outlet event statements: 1 predicted, 1 in the gold (no actor named; scored: one the gold lacks is a "
        "false claim by guideline rule 3)"
    ) in table


def test_eval_counts_an_outlet_event_statement_the_gold_lacks_as_a_false_claim(tmp_path):
    import json

    from claimline.jobs.evaluate import evaluate
    from claimline.schemas import Article, Extraction

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    signing = "Vantor Systems signed the contract on Monday"
    gold = {"article": str(tmp_path / "a.txt"), "claims": [{"text": signing, "modality": "confirmed"}]}
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    pred = [_pred("The walkout began on Tuesday", OUTLET_EVENT), _pred(signing, "author")]

    def fake(text, **_):
        return Extraction(article=Article(id="a1"), text=text, claims=pred)

    claim = evaluate([tmp_path / "a.json"], extract_fn=fake).fields["claim"]
    assert (claim.tp, claim.fp, claim.fn) == (1, 1, 0)
