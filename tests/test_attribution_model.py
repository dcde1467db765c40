"""The trained attribution tagger (``models/attribution``) and the rules it feeds.

Sentences are written for these tests. The tagger runs by default (or with
``CLAIMLINE_CUE_MODEL=on``) when its weights are in ``models/attribution``; with ``off``, or with
the weights absent, claimline runs on the rules alone. Every token gets a tag; a tagged cue the lexicon does not list
yields a claim when PolNeAR makes the word a cue often enough, and a lexicon cue keeps the
lexicon's terms.
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


def test_a_copula_cue_is_headed_by_its_predicate(nlp):
    """ "were proud of", "is a fierce critic of": the cue's word is the predicate, not the copula
    (the lemma prior counts it so, and a cue headed by an auxiliary is no candidate)."""
    from claimline.extraction.tag_runs import cue_head

    doc = nlp("The harbour workers were proud of the new quay.")
    i = next(t.i for t in doc if t.text == "were")
    head = cue_head(doc, i, i + 3)  # "were proud of"
    assert head.text == "proud"
    said = nlp("The mayor said the quay would open.")
    assert cue_head(said, 2, 3).text == "said"


def test_a_predicate_cue_is_held_by_its_copulas_subject(nlp):
    """A cue word with no subject of its own ("convinced", "feelings" of "have mixed feelings")
    is held by the subject of the verb it completes."""
    from claimline.extraction.tagged import _governor_subject

    class Finder:
        def subject_of(self, verb):
            return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    doc = nlp("The ferry operators are convinced that the fees will rise.")
    convinced = next(t for t in doc if t.text == "convinced")
    if convinced.dep_ not in ("acomp", "ROOT"):
        pytest.skip(f"parsed as {convinced.dep_}")
    subj = _governor_subject(Finder(), convinced) if convinced.dep_ == "acomp" else Finder().subject_of(convinced)
    assert subj is not None and subj.text == "operators"
    doc = nlp("The dockworkers have mixed feelings about the new crane.")
    feelings = next(t for t in doc if t.text == "feelings")
    assert feelings.dep_ == "dobj"
    assert _governor_subject(Finder(), feelings).text == "dockworkers"


def test_parse_features_one_row_per_token(nlp):
    doc = nlp("The council said on Monday that the harbour would reopen.")
    feats = cue_model.parse_features(doc)
    assert feats.shape == (len(doc), cue_model.N_FEATURES)
    assert set(feats.ravel().tolist()) <= {0.0, 1.0}


def test_default_then_on_and_off_when_switched(nlp, monkeypatch):
    shipped = cue_model.models_dir() / "attribution"
    weights = shipped if (shipped / "config.cfg").is_file() else None
    monkeypatch.delenv(cue_model.MODEL_ENV, raising=False)
    assert cue_model.model_path() == (None if cue_model.DEFAULT == "off" else weights)
    monkeypatch.setattr(cue_model, "DEFAULT", "off")
    assert cue_model.model_path() is None
    assert cue_model.predict(nlp("Ann Lee said the vote was close.")) is None
    monkeypatch.setattr(cue_model, "DEFAULT", "on")
    assert cue_model.model_path() == weights
    monkeypatch.setenv(cue_model.MODEL_ENV, "on")
    assert cue_model.model_path() == weights
    monkeypatch.setenv(cue_model.MODEL_ENV, "off")
    assert cue_model.model_path() is None


@pytest.mark.slow
def test_the_tagger_runs_unless_switched_off(extract, monkeypatch):
    """With ``CLAIMLINE_CUE_MODEL`` unset, a user gets the claim of a cue word only the tagger knows
    ("opined" is in no lexicon); ``off`` is the rules alone."""
    monkeypatch.delenv(cue_model.MODEL_ENV, raising=False)
    if not cue_model.available():
        pytest.skip("no trained weights in models/attribution")
    text = "Senator Ruth Alvarez opined that the harbour plan was a giveaway to developers."
    said = [(c.source.text if c.source else None, c.cue.text if c.cue else None, c.text) for c in extract(text).claims]
    assert ("Senator Ruth Alvarez", "opined", "the harbour plan was a giveaway to developers") in said
    monkeypatch.setenv(cue_model.MODEL_ENV, "off")
    assert all(c.cue is None or c.cue.text != "opined" for c in extract(text).claims)


@pytest.mark.slow
def test_an_act_is_no_attitude_of_its_doer(extract, model_on, monkeypatch):
    """Signing a bill or taking a vote is something done, not a stand taken: no attitude claim, though
    the tagger gives "signed" some cue probability. PolNeAR train seldom makes the word a cue
    (``tagged.MIN_ATTITUDE_RATE``); with that gate open the signature would read as a stance."""
    from claimline.extraction import tagged

    signed = "Governor Tom Berg signed the harbour levy bill on Friday."
    for text in (signed, "The city council took the vote on the harbour levy on Tuesday."):
        assert _cued(extract, text, "attitude") == [], text
    monkeypatch.setattr(tagged, "MIN_ATTITUDE_RATE", 0.0)  # the gate is what keeps it out
    assert _cued(extract, signed, "attitude") == [("signed", "the harbour levy bill")]


def test_cue_rate_reads_the_lemma_table(nlp, model_on):
    doc = nlp("Mayor Ana Ruiz said the pier would reopen, and the council took the vote.")
    tags = cue_model.predict(doc)
    said, took = (next(t for t in doc if t.text == w) for w in ("said", "took"))
    assert cue_model.cue_rate(tags, said) > 0.5 > cue_model.cue_rate(tags, took)


def test_vectorised_features_match_the_token_loop(nlp):
    """The features the tagger reads are the same whether computed at once or token by token."""
    import numpy

    doc = nlp(
        'Mayor Ana Ruiz said: "The pier will reopen." The council, she added, "agrees".\n\n'
        "Port workers, who back the plan, doubt it will open on time."
    )
    assert numpy.array_equal(cue_model.parse_features(doc), cue_model._parse_features_loop(doc))


def test_gate_drops_cues_of_words_seldom_cues(nlp):
    """A tagged cue whose word PolNeAR seldom makes a cue is dropped; the lexicon's words stay."""
    doc = nlp("Ann Lee signed the bill and said it was fair.")
    tags = ["B-CUE" if t.text in ("signed", "said") else "O" for t in doc]
    gated = cue_model._gate(doc, list(tags), {"sign/VERB": 0.1})
    assert [t.text for t, g in zip(doc, gated, strict=True) if g == "B-CUE"] == ["said"]
    assert cue_model._gate(doc, list(tags), {"sign/VERB": 0.5}) == tags
    assert cue_model._gate(doc, list(tags), None) == tags  # no lemma table: the tags as they are


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
    text = "Senator Ruth Alvarez opined that the harbour plan was a giveaway to developers."
    claims = [
        (c.source.text if c.source else None, c.cue.text if c.cue else None, c.text) for c in extract(text).claims
    ]
    assert ("Senator Ruth Alvarez", "opined", "the harbour plan was a giveaway to developers") in claims
    monkeypatch.setenv(cue_model.MODEL_ENV, "off")  # the rules alone do not know the word
    assert all(c.cue is None or c.cue.text != "opined" for c in extract(text).claims)


def _cued(extract, text, attribution: str | None = None):
    """(cue, content) of the claims with a cue: of one attribution kind, else of every kind but attitudes."""
    return [
        (c.cue.text, c.text)
        for c in extract(text).claims
        if c.cue is not None and (c.attribution == attribution if attribution else c.attribution != "attitude")
    ]


@pytest.mark.slow
def test_acts_and_declined_lexicon_cues_stay_the_outlets(extract, model_on):
    """An act is no claim, and the tagger does not overrule what the lexicon declines for a word:
    a bare object of a belief ("expect more contracts"), a stance held by a description."""
    assert _cued(extract, "The port authority signed an agreement with the city on Monday.") == []
    assert _cued(extract, "Industry analysts expect more such contracts.") == []
    assert _cued(extract, "Investors have backed the company on the bet that prices will rise.") == []
    # what they decline for a thing may come back as an attitude claim, never as a report
    assert _cued(extract, "The dockworkers union welcomed the decision.", "attitude") == [("welcomed", "the decision")]
    assert _cued(extract, "The dockworkers union welcomed the decision.") == []


def test_numpy_forward_pass_is_the_trained_model(nlp, model_on):
    """The tagger's numpy pass over a whole document gives the thinc model's scores."""
    import numpy
    import spacy

    doc = nlp(
        "Mayor Ana Ruiz said the pier would reopen in May. The dockworkers union welcomed the decision, "
        "and the port authority, which opposed the plan, doubted it would open on time."
    )
    path = cue_model.model_path()
    pipe = spacy.load(path, exclude=["tokenizer", "vocab"]).get_pipe(cue_model.COMPONENT)
    want = numpy.asarray(pipe.model.predict([doc])[0])
    net, _, _ = cue_model._tagger(path)
    assert numpy.allclose(net(cue_model.features(doc)), want, atol=1e-4)


def test_predict_keeps_the_ungated_tags_beside_the_gated(nlp, model_on):
    doc = nlp("The dockworkers union welcomed the decision on Friday.")
    tags = cue_model.predict(doc)
    assert len(tags.raw) == len(tags) == len(tags.cue_prob) == len(doc)
    assert all(g == r or (r.endswith("CUE") and g == "O") for g, r in zip(tags, tags.raw, strict=True))
    welcomed = [t.text for t in doc].index("welcomed")
    assert tags.raw[welcomed] == "B-CUE" and tags.cue_prob[welcomed] >= 0.5


@pytest.mark.slow
def test_attitude_toward_a_thing_is_an_additional_claim(extract, model_on):
    """A stance toward an object that the rules leave to the outlet ("the union welcomed the
    contract": a description holds it) is an attitude claim beside the sentence's own claim,
    which the event frames keep."""
    ex = extract("Drone deal\n\nThe dockworkers union welcomed the NATO drone contract with Helsing on Friday.")
    kinds = [
        (c.attribution, c.source.text if c.source else None, c.cue.text if c.cue else None, c.text) for c in ex.claims
    ]
    assert kinds == [
        ("author", None, None, "The dockworkers union welcomed the NATO drone contract with Helsing on Friday"),
        ("attitude", "The dockworkers union", "welcomed", "the NATO drone contract with Helsing"),
    ]
    attitude = ex.claims[1]
    assert attitude.stance == "supports" and 0.6 <= attitude.confidence <= 0.95
    body = [f for f in ex.events if f.sentence.start > len("Drone deal")]  # the headline has frames of its own
    assert body and all(f.claim_id == ex.claims[0].id for f in body)


def test_an_attitude_needs_someone_who_holds_it_and_the_words_terms(extract, model_on):
    """No stance from a thing ("a price rise supported ..."), from an object a preposition ties
    to another word ("called a vote on ..."), from a title after a preposition the cue word does
    not take ("appeared on ...") or from a bare object of a perception ("saw a quiet month"); an
    organisation described, not named, still holds one."""
    for text in (
        "The fuel price rise supported the bus operators through the spring.",
        "The Green Alliance called a vote on the tram fares.",
        'Mayor Ivo Tal appeared on "Morning Tide With Ben Ash" on Monday.',
        "The tram board saw a quiet month at the depot.",
    ):
        assert _cued(extract, text, "attitude") == [], text
    held = _cued(extract, "The bus drivers union welcomed the new fares.", "attitude")
    assert held == [("welcomed", "the new fares")]


def test_money_backing_by_a_description_is_no_attitude(extract, model_on):
    """The lexicon keeps "back" to sources one can name (money is no stand): the tagger's attitude
    claims keep to it as the rules do; a named backer still holds a stance."""
    ex = extract("Venture investors backed the robotics firm with fresh funding in March.")
    assert all(c.attribution != "attitude" for c in ex.claims)
    ex = extract("Senator Ada Brandt backed the harbour levy on Tuesday.")
    assert any(c.cue is not None and c.cue.text == "backed" and c.stance == "supports" for c in ex.claims)


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


def _candidates(nlp, text):
    """Every candidate claim the tagger proposes in ``text`` (``tagged.RECORD``), with the claims."""
    from claimline.extraction import claims as cl
    from claimline.extraction import tagged

    prep = cl.prepare(text)
    tagged.RECORD = record = []
    try:
        ex = cl.finish(prep, nlp(prep.masked))
    finally:
        tagged.RECORD = None
    return record, ex


def test_acceptor_weighs_every_allowed_candidate(nlp, model_on):
    """The learned acceptor scores the candidates it may take and takes those at its threshold."""
    from claimline.extraction import claim_acceptor, tagged

    acceptor = claim_acceptor.load()
    if acceptor is None:
        pytest.skip("no acceptor weights in models/attribution")
    record, _ = _candidates(
        nlp,
        "The dockworkers union welcomed the decision on Friday. Port officials, who criticised the plan, "
        "did not say how much the pier would cost. Senator Ruth Alvarez praised the harbour budget.",
    )
    weighed = [(c, take) for _, _, c, take in record if tagged.allowed(c)]
    assert weighed
    for cand, take in weighed:
        assert 0.0 < cand.score < 1.0
        assert take == (cand.score >= acceptor.threshold)
    # ruled out before any score: a negated cue, an indirect question
    assert all(c.score is None for _, _, c, _ in record if c.negated or c.question)


def test_without_acceptor_weights_the_gates_decide(extract, model_on, monkeypatch):
    from claimline.extraction import claim_acceptor

    monkeypatch.setattr(claim_acceptor, "load", lambda path=None: None)
    assert _cued(extract, "The dockworkers union welcomed the decision.", "attitude") == [("welcomed", "the decision")]
    assert _cued(extract, "The dockworkers union welcomed the decision.") == []


def test_acceptor_features_are_named_numbers(nlp, model_on):
    import math

    from claimline.extraction import claim_acceptor

    if claim_acceptor.load() is None:
        pytest.skip("no acceptor weights in models/attribution")
    record, _ = _candidates(nlp, "The dockworkers union welcomed the decision on Friday.")
    assert record
    finder, sent, cand, _ = record[0]
    feats = claim_acceptor.features(finder, finder.tags, sent, cand, claim_acceptor.load().counts)
    assert feats and all(isinstance(k, str) and math.isfinite(v) for k, v in feats.items())
    assert f"lemma={cue_model.lemma_key(cand.head)}" in feats


@pytest.mark.slow
def test_a_confident_acceptor_takes_a_word_the_gates_leave_out(extract, model_on, monkeypatch):
    """A belief or realisation put in words PolNeAR seldom makes cues ("is convinced that",
    "realized") is a claim when the acceptor is sure of it (``tagged.MIN_UNGATED_SCORE``); without
    that path the sentence is the outlet's own statement."""
    from claimline.extraction import tagged

    cases = {
        "The dockworkers union is convinced that the new crane is unsafe.": (
            "The dockworkers union",
            "convinced",
            "the new crane is unsafe",
        ),
        "Governor Tom Berg realized the tram fares were too high.": (
            "Governor Tom Berg",
            "realized",
            "the tram fares were too high",
        ),
    }

    def said(text):
        return [
            (c.source.text if c.source else None, c.cue.text if c.cue else None, c.text)
            for c in extract(text).claims
            if c.attribution == "indirect"
        ]

    for text, claim in cases.items():
        assert said(text) == [claim], text
    monkeypatch.setattr(tagged, "MIN_UNGATED_SCORE", 2.0)
    for text in cases:
        assert said(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # the tagger marks the broadcaster's "News" after "told": a name is no cue
        "At the time, Ruiz told Harbour News that the levy had been good for the port.",
        # and the time after the listener: "evening", "week"
        "Ruiz told a Harbour Times reporter Monday evening that the levy had been good for the port.",
        'Ruiz told reporters in Lisk last week, "The levy has been good for the port and for the town."',
    ],
)
def test_a_name_or_a_time_after_told_is_no_cue(extract, text):
    ex = extract(text)
    cues = [c.cue.text for c in ex.claims if c.cue is not None]
    assert cues == ["told"], [(c.cue, c.source, c.text) for c in ex.claims]
