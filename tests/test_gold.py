"""The gold annotations and the sample corpus are well-formed (see tests/gold/README.md)."""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from fnmatch import fnmatch
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from claimline import lexicons
from claimline.jobs.evaluate import GoldArticle, article_path, gold_files, load_gold, locate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SAMPLES = ROOT / "sample_articles"
UNSEEN = ROOT / "tests" / "fixtures" / "unseen"
GOLD_FILES = gold_files([GOLD])

TIMEX = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?$")
TRAILING = ".,;:?!"


class _Visible(HTMLParser):
    """Visible text of a saved page (stdlib only, so the check does not depend on the reader)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("head", "script", "style"):
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def plain_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        parser = _Visible()
        parser.feed(raw)
        return "".join(parser.parts)
    return raw


class GoldConflict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    facet: str = Field(pattern=r"^(network_tier|date|polarity|scope:[a-z_]+)$")
    subject: list[str] = Field(min_length=1)
    values: list[str] = Field(min_length=2)
    expected_status: Literal["resolved", "disputed", "open"]
    expected_value: str | None = None
    articles: list[str] = Field(min_length=2)
    note: str | None = None


class Unseen(BaseModel):
    model_config = ConfigDict(extra="forbid")

    class Art(BaseModel):
        model_config = ConfigDict(extra="forbid")
        path: str
        published: date
        publisher: str

    description: str
    articles: list[Art]
    conflicts: list[GoldConflict]
    absent: list[str] = Field(default_factory=list)


def gold_actors() -> lexicons.ActorLexicon:
    with (GOLD / "actors.toml").open("rb") as fh:
        return lexicons.ActorLexicon.model_validate(tomllib.load(fh))


def known_actors() -> set[str]:
    extra = gold_actors()
    return {a.name for a in lexicons.actors().actor} | {a.name for a in extra.actor}


SCOPES = {s.name for s in lexicons.scopes().scope}


@pytest.fixture(scope="module")
def golds() -> dict[str, tuple[GoldArticle, str]]:
    out = {}
    for path in GOLD_FILES:
        gold = load_gold(path)
        out[path.stem] = (gold, plain_text(article_path(path, gold)))
    return out


def test_corpus_shape():
    articles = sorted(p for p in SAMPLES.iterdir() if p.is_file())
    assert len(articles) >= 10
    assert {p.stem for p in articles} == {p.stem for p in GOLD_FILES}, "one gold file per sample article"
    assert sum(p.suffix == ".html" for p in articles) == 1
    for p in articles:
        assert re.fullmatch(r"\d\d_[a-z0-9-]+\.(txt|html|md)", p.name), p.name
        words = len(plain_text(p).split())
        assert 250 <= words <= 600, (p.name, words)


def test_gold_files_point_at_their_article(golds):
    previous = date.min
    for stem, (gold, _) in golds.items():
        assert Path(gold.article).stem == stem
        assert gold.published and gold.publisher and gold.title
        assert gold.published >= previous, "files are numbered in publication order"
        previous = gold.published
        assert gold.claims


def test_spans_are_exact_substrings(golds):
    for stem, (gold, text) in golds.items():
        for claim in gold.claims:
            assert locate(text, claim.text) is not None, (stem, claim.text)
            assert claim.text == claim.text.strip() and claim.text[-1] not in TRAILING, (stem, claim.text)
            for span in (claim.source, claim.cue):
                assert span is None or locate(text, span) is not None, (stem, span)


def test_field_values_are_from_the_vocabulary(golds):
    actors = known_actors()
    for stem, (gold, _) in golds.items():
        for c in gold.claims:
            where = (stem, c.text[:60])
            assert set(c.actors) <= actors, where
            assert len(set(c.actors)) == len(c.actors), where
            assert c.source_actor is None or c.source_actor in actors, where
            assert set(c.use_scopes) <= SCOPES and set(c.excluded_scopes) <= SCOPES, where
            assert not set(c.use_scopes) & set(c.excluded_scopes), where
            assert c.time_value is None or TIMEX.match(c.time_value), where
            if c.source is None:
                assert c.source_actor is None, where
            if c.cue is None:
                assert c.source is None, where


def test_gold_actors_file_only_adds_missing_actors():
    extra = gold_actors()
    shipped = {a.name for a in lexicons.actors().actor}
    assert extra.actor and not {a.name for a in extra.actor} & shipped


def _supports(claims, facet: str, value: str) -> bool:
    for c in claims:
        if facet == "network_tier" and c.network_tier == value:
            return True
        if facet == "date" and c.time_value == value:
            return True
        if facet.startswith("scope:"):
            scope = facet.split(":", 1)[1]
            if scope in (c.use_scopes if value == "yes" else c.excluded_scopes):
                return True
    return False


def _check_conflict(conflict: GoldConflict, actors: set[str]) -> None:
    assert conflict.subject == sorted(conflict.subject) and set(conflict.subject) <= actors
    assert len(set(conflict.values)) == len(conflict.values)
    if conflict.expected_status == "resolved":
        assert conflict.expected_value in conflict.values
    if conflict.facet.startswith("scope:"):
        assert conflict.facet[6:] in SCOPES and set(conflict.values) == {"yes", "no"}
    if conflict.facet == "date":
        assert all(TIMEX.match(v) for v in conflict.values)


def test_gold_conflicts_are_backed_by_gold_claims(golds):
    conflicts = [GoldConflict.model_validate(c) for c in json.loads((GOLD / "conflicts.json").read_text())]
    assert {c.facet for c in conflicts} >= {"network_tier", "date"}
    actors = known_actors()
    for conflict in conflicts:
        _check_conflict(conflict, actors)
        assert set(conflict.articles) <= set(golds), conflict.articles
        claims = [c for stem in conflict.articles for c in golds[stem][0].claims]
        for value in conflict.values:
            assert _supports(claims, conflict.facet, value), (conflict.facet, value)


def test_unseen_fixtures_are_held_out():
    unseen = Unseen.model_validate_json((UNSEEN / "expected.json").read_text(encoding="utf-8"))
    stems = {Path(a.path).stem for a in unseen.articles}
    assert len(stems) == 3 and all((UNSEEN / a.path).is_file() for a in unseen.articles)
    actors = known_actors()
    for conflict in unseen.conflicts:
        _check_conflict(conflict, actors)
        assert set(conflict.articles) <= stems
    assert {c.facet for c in unseen.conflicts} == {"network_tier", "date"}
    assert not any(fnmatch(c.facet, pattern) for c in unseen.conflicts for pattern in unseen.absent)
    # Another story: none of its actors is a subject of the sample corpus conflicts.
    sample_subjects = {a for c in json.loads((GOLD / "conflicts.json").read_text()) for a in c["subject"]}
    assert not {a for c in unseen.conflicts for a in c.subject} & sample_subjects
