"""The outlet's own event statements: a sentence that names no actor but states an event with
something to compare (a date, an amount, a negation) is a claim of its own kind, ``outlet_event``:
a side of a conflict on its event, outside the gold guideline's claim definition (rule 3 of
``tests/gold/README.md``: an author claim names at least one actor), so ``claimline eval`` counts
it apart instead of scoring it."""

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


def test_eval_scores_claims_as_the_guideline_defines_them_on_both_sides():
    walkout, signing = "The walkout began on Tuesday", "Vantor Systems signed the contract on Monday"
    # rule 3: a source-less, cue-less claim is a claim when it names an actor; the prediction's kind says
    # whether the extractor found one, the gold's actors say whether the annotator did
    assert not pred_is_claim(_pred(walkout, OUTLET_EVENT)) and pred_is_claim(_pred(signing, "author"))
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
    assert (report.gold, report.predicted, report.matched) == (1, 1, 1)
    assert report.outlet_events == 1 and report.articles[0].outlet_events == 1
    assert report.gold_unnamed == 1 and report.articles[0].gold_unnamed == 1
    assert report.fields["claim"].f1 == 1.0
    table = format_report(report)
    assert (
        "outlet event statements: 1 predicted, 1 in the gold (no actor named: not claims by guideline rule 3, "
        "not scored)"
    ) in table
