"""claimline's pipeline runs faster than the stock one, with the same annotations.

``pipeline.load()`` gives the attribute ruler :class:`~claimline.extraction.pipeline.AttributeMatches`
in place of spaCy's Matcher; it must find exactly the Matcher's matches (checked here on the
sample articles and, when present, on MEANTIME documents), so every token's tag, POS, morphology
and lemma are those the stock pipeline gives. Speed is measured in benchmarks/bench.py.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest
from spacy.pipeline import AttributeRuler, EntityRuler

from claimline.extraction import pipeline as nlp_mod

ROOT = Path(__file__).resolve().parents[1]
MEANTIME = ROOT.parent / "shared" / "data" / "meantime"


@pytest.fixture(scope="module")
def stock():
    return nlp_mod.build(stock=True)


def _texts() -> list[str]:
    texts = [p.read_text(errors="replace") for p in sorted((ROOT / "sample_articles").iterdir()) if p.is_file()]
    # two-token rules ("gon na", "there is") and rare ones (space tokens, "y'all", "doin'"), written here
    texts.append("We're gon na see. There is a plan, y'all!  Doin' it   \n\n  I said it and you got it; it is.")
    return texts


def _meantime(n: int) -> list[str]:
    files = sorted(MEANTIME.glob("intra-doc_annotation/*/*.xml"))[:n]
    return [html.unescape(" ".join(re.findall(r"<token [^>]*>([^<]*)</token>", f.read_text()))) for f in files]


def _same_matches(stock, texts: list[str]) -> int:
    ruler = stock.get_pipe("attribute_ruler")
    fast = nlp_mod.AttributeMatches.of(ruler)
    assert fast is not None
    names = stock.pipe_names
    n = 0
    with stock.select_pipes(enable=names[: names.index("attribute_ruler")]):
        for doc in stock.pipe(texts):
            want = sorted(set(AttributeRuler.match(ruler, doc)))
            assert fast(doc) == want
            n += len(want)
    return n


def test_load_uses_the_fast_matches(nlp, stock):
    assert isinstance(nlp.get_pipe("attribute_ruler").match, nlp_mod.AttributeMatches)
    assert not isinstance(stock.get_pipe("attribute_ruler").match, nlp_mod.AttributeMatches)
    assert nlp.pipe_names == stock.pipe_names


def test_same_matches_as_spacy_on_the_samples(stock):
    assert _same_matches(stock, _texts()) > 1000


@pytest.mark.skipif(not MEANTIME.exists(), reason="MEANTIME corpus not available")
def test_same_matches_as_spacy_on_meantime(stock):
    assert _same_matches(stock, _meantime(15)) > 1000


def test_same_tokens_as_the_stock_pipeline(nlp, stock):
    texts = _texts()
    for a, b in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in a] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in b
        ]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]


def test_unreadable_patterns_keep_the_matcher(stock):
    from spacy.lang.en import English

    blank = English()
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "a", "OP": "+"}]], {"LEMMA": "a"})
    assert nlp_mod.AttributeMatches.of(ruler) is None
    ruler2 = blank.add_pipe("attribute_ruler", name="second")
    ruler2.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    assert nlp_mod.AttributeMatches.of(ruler2) is not None


def test_load_sets_the_ruler_attributes_by_arrays(nlp, stock):
    assert isinstance(nlp.get_pipe("attribute_ruler"), nlp_mod.FastAttributeRuler)
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler


def _ruled(fast: bool):
    from spacy.lang.en import English

    blank = English()
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ship"}]], {"POS": "VERB", "LEMMA": "ship"})
    ruler.add([[{"LOWER": "ship"}]], {"POS": "NOUN"})  # a later rule wins
    ruler.add([[{"LOWER": "the"}, {"LOWER": "ship"}]], {"LEMMA": "vessel", "MORPH": "Number=Sing"}, index=1)
    ruler.add([[{"LOWER": "ship"}, {"LOWER": "sails"}]], {"TAG": "VBZ", "POS": "VERB"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^sail"}}]], {"LEMMA": "sail", "MORPH": ""})
    if fast:
        assert nlp_mod.FastAttributeRuler.adopt(ruler)
    return blank


def test_the_ruler_by_arrays_sets_what_spacy_sets():
    text = "The ship sails; a ship. Ship the sails, ship!"
    got = [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in _ruled(True)(text)]
    want = [(t.pos_, t.tag_, t.lemma_, str(t.morph)) for t in _ruled(False)(text)]
    assert got == want
    assert got[1] == ("NOUN", "", "vessel", "Number=Sing") and got[2][:3] == ("VERB", "VBZ", "sail")


def test_a_ruler_setting_word_attributes_keeps_spacys_setting():
    from spacy.lang.en import English

    blank = English()
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ship"}]], {"NORM": "vessel"})  # NORM: spaCy writes the word's lexeme too
    assert not nlp_mod.FastAttributeRuler.adopt(ruler)
    assert type(ruler) is AttributeRuler and isinstance(ruler.match, nlp_mod.AttributeMatches)


def test_the_lemma_index_is_looked_up_in_sets(nlp, stock):
    """``form in index`` on spaCy's word lists scans them; claimline's lemmatizer has them as sets."""
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    assert all(
        isinstance(words, list) for words in stock.get_pipe("lemmatizer").lookups.get_table("lemma_index").values()
    )


def test_load_keeps_every_lemma(nlp, stock):
    """The lemmatizer of ``load()`` keeps its answers (:class:`CachedLemmatizer`); the lemmas are the
    stock ones on a first and a second pass (the second from what it kept), the attribute ruler's
    lemmas included ("gon na")."""
    assert isinstance(nlp.get_pipe("lemmatizer"), nlp_mod.CachedLemmatizer)
    assert not isinstance(stock.get_pipe("lemmatizer"), nlp_mod.CachedLemmatizer)
    texts = [
        "The ministers were saying that the deals had been signed; she says they're gon na sign more.",
        "Signing the deal, the firms said they'd keep their best workers and sell the worst plants.",
    ]
    want = [[t.lemma_ for t in d] for d in stock.pipe(texts)]
    for _ in range(2):
        assert [[t.lemma_ for t in d] for d in nlp.pipe(texts)] == want
    assert nlp(texts[0])[0].lemma_ == "the"


@pytest.mark.skipif(not MEANTIME.exists(), reason="MEANTIME corpus not available")
def test_same_lemmas_as_spacy_on_meantime(nlp, stock):
    texts = _meantime(15)
    for a, b in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


def test_ingest_collects_less_often_while_it_runs_and_not_after(tmp_path):
    import gc

    from claimline.jobs.collector import GC_YOUNG
    from claimline.jobs.ingest import ingest
    from claimline.store.sqlite import Store

    seen: list[tuple[int, ...]] = []

    class Watch:  # an executor that extracts nothing: it notes the threshold extraction would run under
        threaded_input = False

        def map(self, jobs):
            seen.append(gc.get_threshold())
            for _ in jobs:
                pass
            return iter(())

    (tmp_path / "a.txt").write_text("The mayor said the bridge will reopen in May.\n")
    before = gc.get_threshold()
    store = Store(tmp_path / "s.db")
    try:
        ingest(store, [str(tmp_path / "a.txt")], executor=Watch())
    finally:
        store.close()
    assert seen == [(max(before[0], GC_YOUNG), *before[1:])]
    assert gc.get_threshold() == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the fake pipeline reaches the worker by fork")
def test_jobs_worker_processes_collect_less_often(monkeypatch):
    import gc
    import multiprocessing as mp

    from claimline.jobs import loop
    from claimline.jobs.collector import GC_YOUNG

    monkeypatch.setattr(nlp_mod, "load", lambda name=None: None)  # inherited by the forked worker
    with mp.get_context("fork").Pool(1, initializer=loop._worker_init, initargs=(None,)) as pool:
        assert pool.apply(gc.get_threshold)[0] >= GC_YOUNG


def test_a_dask_partition_is_extracted_collecting_less_often_and_the_worker_is_restored(monkeypatch):
    import gc

    from claimline.jobs import distributed
    from claimline.jobs.collector import GC_YOUNG

    seen: list[int] = []

    def extract_batch(jobs, model):
        seen.append(gc.get_threshold()[0])
        return []

    monkeypatch.setattr(distributed, "_nlp", lambda pipeline: None)
    monkeypatch.setattr(distributed, "extract_batch", extract_batch)
    before = gc.get_threshold()
    assert distributed._extract_partition([], None) == []
    assert seen == [max(before[0], GC_YOUNG)]
    assert gc.get_threshold() == before


def test_stock_components_give_spacys_ruler_and_lemmatizer_on_the_same_object(nlp, stock):
    """``stock_components``: the pipeline ingest uses, with spaCy's own attribute ruler and
    lemmatizer for the block (bench.py's raw side), the same annotations, claimline's after."""
    texts = [
        "The ministers were saying that the deals had been signed; she says they're gon na sign more.",
        "Officials in Oslo said on Tuesday the ships would not dock, according to a spokesman.",
    ]
    ruler, lem = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")

    def annotations(pipe):
        return [[(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in d] for d in pipe.pipe(texts)]

    want = annotations(stock)
    with nlp_mod.stock_components(nlp) as same:
        assert same is nlp
        assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
        assert not isinstance(nlp.get_pipe("attribute_ruler").match, nlp_mod.AttributeMatches)
        assert type(nlp.get_pipe("lemmatizer")) is not nlp_mod.CachedLemmatizer
        index = lem.lookups.get_table("lemma_index")
        assert all(isinstance(words, list) for words in index.values())
        assert annotations(nlp) == want
    assert nlp.get_pipe("attribute_ruler") is ruler and type(ruler) is nlp_mod.FastAttributeRuler
    assert isinstance(ruler.match, nlp_mod.AttributeMatches)
    assert type(lem) is nlp_mod.CachedLemmatizer
    assert all(isinstance(words, frozenset) for words in lem.lookups.get_table("lemma_index").values())
    assert annotations(nlp) == want
    actors = nlp.get_pipe("claimline_actors")
    with nlp_mod.stock_components(nlp):
        assert type(actors) is EntityRuler
    assert type(actors) is nlp_mod.ActorRuler and type(stock.get_pipe("claimline_actors")) is EntityRuler


def _actor_matches(nlp, texts: list[str]) -> tuple[list, list]:
    """The actor ruler's matches on ``texts`` (parsed up to it), claimline's and spaCy's."""
    ruler = nlp.get_pipe("claimline_actors")
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[: names.index("claimline_actors")]):
        docs = list(nlp.pipe(texts))
    return [ruler.match(d) for d in docs], [EntityRuler.match(ruler, d) for d in docs]


def test_the_actor_ruler_finds_spacys_matches(nlp):
    """``ActorRuler`` runs the token Matcher only on a parse holding the words a token pattern requires
    (the head-alias patterns: "Alder Navy"): the same matches as spaCy's EntityRuler, with and without them."""
    assert type(nlp.get_pipe("claimline_actors")) is nlp_mod.ActorRuler
    assert nlp.get_pipe("claimline_actors").token_patterns  # (else the test shows nothing)
    texts = [
        *_texts(),
        "The Alder Navy said on Monday that the Navy would not comment.",
        "Officials of the Royal Danish Navy met the Navy's chiefs in Oslo.",
        "The navy said nothing.",
    ]
    ours, spacys = _actor_matches(nlp, texts)
    assert ours == spacys
    assert sum(map(len, ours)) > 100


@pytest.mark.skipif(not MEANTIME.exists(), reason="MEANTIME corpus not available")
def test_the_actor_ruler_finds_spacys_matches_on_meantime(nlp):
    ours, spacys = _actor_matches(nlp, _meantime(40))
    assert ours == spacys


def test_bench_parses_raw_spacy_beside_ingest_batch_by_batch(nlp, tmp_path):
    """``bench.ParseClock(shadow=True)``: every batch ingest parses is parsed by raw spaCy too, on the
    same object; ingest stores what it stores without it, and the pipeline is left as it was."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench
    from claimline.extraction import claims
    from claimline.jobs.ingest import ingest
    from claimline.read import read_path
    from claimline.store.sqlite import Store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = sorted(p for p in (ROOT / "sample_articles").iterdir() if p.suffix == ".txt")[:3]
    for p in files:
        (corpus / p.name).write_text(p.read_text())
    headlines = claims._parse_headlines
    counts = []
    for shadow in (False, True):
        clock = bench.ParseClock(nlp, shadow=shadow, batch_size=2)
        with Store(tmp_path / f"s{shadow}.db") as store, clock:
            report = ingest(store, [str(corpus)], jobs=1, batch_size=2, refresh=False)
        counts.append(report.claims)
        assert clock.batches == [2, 1]
        assert clock.texts == [claims.prepare(read_path(corpus / p.name)).masked for p in files]
        assert clock.cpu["body"] > 0 and clock.cpu["headline"] >= 0
        assert (clock.raw_cpu > 0) is shadow and clock.shadow_cpu >= clock.raw_cpu
    assert counts[0] == counts[1] > 0
    assert "pipe" not in vars(nlp) and claims._parse_headlines is headlines
    assert type(nlp.get_pipe("attribute_ruler")) is nlp_mod.FastAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is nlp_mod.CachedLemmatizer


_FIRST = """Harbour board delays the ferry terminal

Published 3 March 2025

The harbour board said on Monday that the new ferry terminal would probably open in June, two months later
than planned. "We may need another 4 million euros," the board's chair, Ines Varga, told reporters.
An earlier version of this article said the terminal would cost 20 million euros.
"""

_SECOND = """Ferry operator disputes the terminal's delay

Published 5 March 2025

The ferry operator Nordlink denied on Wednesday that the terminal would open late, saying the work was on
schedule. According to the operator, 300 workers were hired in February and the first ships could dock in April.
The city council has not said whether it will pay for the extra costs, a spokesman for the council said.
"""


def test_a_warm_extraction_builds_no_phrase_index_and_reads_no_lexicon(tmp_path, monkeypatch):
    """What an article's extraction looks up in the lexicons is built once per process: a second article
    builds no :class:`~claimline.extraction.phrases.PhraseIndex` and reads no TOML file. A builder whose
    ``@cache`` was lost (a function put between the decorator and its ``def``: the modality and revision
    indexes were rebuilt for every claim, ~20 % of extraction's CPU) fails here."""
    import tomllib

    from claimline import api
    from claimline.extraction import phrases

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(_FIRST)
    second.write_text(_SECOND)
    extractions, _ = api.extract([str(first)])
    assert [len(ex.claims) for ex in extractions] != [0]  # (the markers were asked for)
    built: list[str] = []
    index_init, toml_load = phrases.PhraseIndex.__init__, tomllib.load

    def counted_init(self, entries):
        built.append("PhraseIndex")
        index_init(self, entries)

    def counted_load(fh, **kwargs):
        built.append(f"read {getattr(fh, 'name', fh)}")
        return toml_load(fh, **kwargs)

    monkeypatch.setattr(phrases.PhraseIndex, "__init__", counted_init)
    monkeypatch.setattr(tomllib, "load", counted_load)
    extractions, _ = api.extract([str(second)])
    assert [len(ex.claims) > 0 and len(ex.events) > 0 for ex in extractions] == [True]
    assert built == []
