"""The trained attribution tagger (``models/attribution``) and the rules it feeds.

Sentences are written for these tests. By default, and whenever the weights are absent,
claimline runs on the rules alone; switched on (``CLAIMLINE_CUE_MODEL=on``), every token gets a
tag and a tagged cue the lexicon does not list still yields a claim with its source and content.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.extraction import cue_model
from claimline.extraction.tagged import runs

LABELS = {"O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CNT", "I-CNT"}


def test_runs_reads_bio_tags():
    tags = ["O", "B-SRC", "I-SRC", "B-CUE", "B-CNT", "I-CNT", "I-CNT", "O", "I-CNT", "B-CNT"]
    assert runs(tags, "CNT", 0, len(tags)) == [(4, 7), (8, 9), (9, 10)]
    assert runs(tags, "SRC", 0, len(tags)) == [(1, 3)]
    assert runs(tags, "CUE", 0, 3) == []


def test_parse_features_one_row_per_token(nlp):
    doc = nlp("The council said on Monday that the harbour would reopen.")
    feats = cue_model.parse_features(doc)
    assert feats.shape == (len(doc), cue_model.N_FEATURES)
    assert set(feats.ravel().tolist()) <= {0.0, 1.0}


def test_off_by_default_and_when_switched_off(nlp, monkeypatch):
    monkeypatch.delenv(cue_model.MODEL_ENV, raising=False)
    assert cue_model.model_path() is None
    monkeypatch.setenv(cue_model.MODEL_ENV, "off")
    assert cue_model.model_path() is None
    assert cue_model.predict(nlp("Ann Lee said the vote was close.")) is None


def test_missing_weights_mean_rules_alone(nlp, monkeypatch, tmp_path):
    monkeypatch.setenv(cue_model.MODEL_ENV, str(tmp_path / "no-such-model"))
    assert cue_model.predict(nlp("Ann Lee said the vote was close.")) is None


@pytest.mark.slow
def test_ingest_without_weights(monkeypatch, tmp_path):
    """Switched on but the weights hidden: ingest and the claims it stores still work, on the rules."""
    monkeypatch.setenv(cue_model.MODEL_ENV, str(tmp_path / "hidden"))
    assert not cue_model.available()
    art = tmp_path / "harbour.txt"
    art.write_text(
        "Harbour plan stalls\n\nMayor Ana Ruiz said on Monday that the northern pier would reopen in May. "
        "The port authority opposed the plan.\n",
        encoding="utf-8",
    )
    db = tmp_path / "store.db"
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(art), "--db", str(db)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["claims", "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    claims = json.loads(res.output)
    said = [c for c in claims if c["cue"] and c["cue"]["text"] == "said"]
    assert said and said[0]["source"]["text"] == "Mayor Ana Ruiz"
    assert said[0]["text"] == "the northern pier would reopen in May"


@pytest.fixture()
def model_on(monkeypatch):
    monkeypatch.setenv(cue_model.MODEL_ENV, "on")
    if not cue_model.available():
        pytest.skip("no trained weights in models/attribution")


def test_weights_tag_every_token(nlp, model_on):
    doc = nlp("The senator said the bill would pass, and her rival doubted it.")
    tags = cue_model.predict(doc)
    assert tags is not None and len(tags) == len(doc)
    assert set(tags) <= LABELS
    assert tags[[t.text for t in doc].index("said")] == "B-CUE"


@pytest.mark.slow
def test_tagged_cue_outside_the_lexicon_feeds_the_rules(extract, model_on, monkeypatch):
    text = "Senator Ruth Alvarez lampooned the harbour plan as a giveaway to developers."
    claims = [
        (c.source.text if c.source else None, c.cue.text if c.cue else None, c.text) for c in extract(text).claims
    ]
    assert ("Senator Ruth Alvarez", "lampooned", "the harbour plan as a giveaway to developers") in claims
    monkeypatch.setenv(cue_model.MODEL_ENV, "off")  # the rules alone do not know the word
    assert all(c.cue is None or c.cue.text != "lampooned" for c in extract(text).claims)


def test_stance_is_queryable_from_the_store(tmp_path):
    """An analyst asks who backs or opposes what: the stance is stored with the claim."""
    art = tmp_path / "levy.txt"
    art.write_text(
        "Levy vote\n\nSenator Ruth Alvarez backed the new school levy on Tuesday. "
        "The levy was criticised by Mayor Ana Ruiz. Governor Tom Berg opposes the new tariff on imported steel.\n",
        encoding="utf-8",
    )
    db = tmp_path / "store.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(art), "--db", str(db)]).exit_code == 0
    res = runner.invoke(app, ["claims", "--db", str(db), "--format", "json"])
    stances = {(c["source"]["text"], c["stance"]) for c in json.loads(res.output) if c["stance"]}
    assert stances == {
        ("Senator Ruth Alvarez", "supports"),
        ("Mayor Ana Ruiz", "criticises"),
        ("Governor Tom Berg", "opposes"),
    }
