"""An outlet's own event statement (no source, attribution ``outlet_event``) has one label everywhere:
the claims table, ``show`` (claim and article) and the HTML pages (review4 C11)."""

from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from claimline.cli import app
from claimline.present.web import article_page, claims_page
from claimline.schemas import Article, Claim, Extraction, Offsets
from claimline.vocab import OUTLET_EVENT

LABEL = "(outlet: event statement)"
runner = CliRunner()


def _extraction() -> Extraction:
    from claimline.extraction.claims import article_id

    text = "The ferry crossing reopened on Thursday."
    aid = article_id(text)
    claim = Claim(
        id=f"{aid}-001",
        article_id=aid,
        text="The ferry crossing reopened on Thursday",
        start=0,
        end=39,
        sentence=Offsets(start=0, end=len(text)),
        attribution=OUTLET_EVENT,
    )
    article = Article(id=aid, title="Ferries", publisher="Coast Post", published=date(2026, 4, 2), chars=len(text))
    return Extraction(article=article, text=text, claims=[claim])


def _load(tmp_path) -> tuple[str, Extraction]:
    ex = _extraction()
    db, jsonl = str(tmp_path / "s.db"), tmp_path / "x.jsonl"
    jsonl.write_text(ex.model_dump_json() + "\n")
    assert runner.invoke(app, ["load", "--db", db, str(jsonl)]).exit_code == 0
    return db, ex


def test_show_labels_an_outlet_event_claim_as_the_claims_table_does(tmp_path):
    db, ex = _load(tmp_path)
    claim = runner.invoke(app, ["show", ex.claims[0].id, "--db", db])
    assert claim.exit_code == 0, claim.output
    assert f"  source      {LABEL}\n" in claim.output
    assert "(author)" not in claim.output
    article = runner.invoke(app, ["show", ex.article.id, "--db", db])
    assert article.exit_code == 0, article.output
    assert f"  {ex.claims[0].id}  {LABEL}: The ferry crossing reopened on Thursday\n" in article.output


def test_html_pages_label_an_outlet_event_claim_as_the_claims_table_does():
    ex = _extraction()
    pages = [
        claims_page(ex.claims, {ex.article.id: ex.article}, {}, {}),
        article_page(ex.article, ex.text, ex.claims, {}),
    ]
    for page in pages:
        assert "(outlet: event statement)" in page
        assert "(author)" not in page
