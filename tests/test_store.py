"""The store: exact schema of a fresh database, migrations, idempotence, bad files."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from claimline.errors import ClaimlineError
from claimline.schemas import Article, Claim, Extraction, Offsets, Source
from claimline.store.migrations import APPLICATION_ID, MIGRATIONS
from claimline.store.sqlite import Store

FRESH_SCHEMA = """\
CREATE INDEX articles_published ON articles(published)
CREATE INDEX articles_publisher ON articles(publisher)
CREATE INDEX claim_actors_claim ON claim_actors(claim_id)
CREATE INDEX claims_article ON claims(article_id, seq)
CREATE INDEX claims_source ON claims(source_actor) WHERE source_actor IS NOT NULL
CREATE INDEX claims_tier ON claims(network_tier) WHERE network_tier IS NOT NULL
CREATE INDEX claims_time ON claims(time_start, time_end)
CREATE INDEX conflicts_facet ON conflicts(facet, status)
CREATE TABLE articles ( id TEXT PRIMARY KEY, title TEXT, publisher TEXT, published TEXT, url TEXT, path TEXT, \
author TEXT, fingerprint TEXT, chars INTEGER NOT NULL, text TEXT NOT NULL, times TEXT NOT NULL, \
extractor TEXT NOT NULL, ingested_at TEXT NOT NULL )
CREATE TABLE claim_actors ( actor TEXT NOT NULL, claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, \
PRIMARY KEY (actor, claim_id) ) WITHOUT ROWID
CREATE TABLE claim_scopes ( scope TEXT NOT NULL, claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE, \
excluded INTEGER NOT NULL, PRIMARY KEY (scope, excluded, claim_id) ) WITHOUT ROWID
CREATE TABLE claim_status ( claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE, \
status TEXT NOT NULL ) WITHOUT ROWID
CREATE TABLE claims ( id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, \
seq INTEGER NOT NULL, text TEXT NOT NULL, source_actor TEXT, subject TEXT, modality TEXT NOT NULL, \
negated INTEGER NOT NULL, network_tier TEXT, time_start TEXT, time_end TEXT, data TEXT NOT NULL )
CREATE TABLE conflict_actors ( actor TEXT NOT NULL, conflict_id TEXT NOT NULL REFERENCES conflicts(id) \
ON DELETE CASCADE, PRIMARY KEY (actor, conflict_id) ) WITHOUT ROWID
CREATE TABLE conflicts ( id TEXT PRIMARY KEY, facet TEXT NOT NULL, status TEXT NOT NULL, latest TEXT, \
data TEXT NOT NULL )
CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"""


def make_extraction(text: str = "NATO officials said the AI runs on unclassified networks.") -> Extraction:
    from claimline.extraction.claims import article_id

    aid = article_id(text)
    claim = Claim(
        id=f"{aid}-001",
        article_id=aid,
        text="the AI runs on unclassified networks",
        start=20,
        end=56,
        sentence=Offsets(start=0, end=len(text)),
        source=Source(text="NATO officials", start=0, end=14, actor="NATO", kind="official"),
        actors=["NATO"],
        network_tier="unclassified",
        use_scopes=["logistics"],
    )
    article = Article(id=aid, title="T", publisher="Wire", published=date(2026, 3, 5), chars=len(text))
    return Extraction(article=article, text=text, claims=[claim])


def test_fresh_store_has_exact_schema(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.schema() == FRESH_SCHEMA
        assert store.migrations() == [v for v, _, _ in MIGRATIONS]


def test_same_article_twice_changes_nothing(tmp_path):
    ex = make_extraction()
    with Store(tmp_path / "s.db") as store:
        assert store.add(ex) is True
        assert store.add(ex) is False
        assert store.counts()["articles"] == 1
        assert store.counts()["claims"] == 1
        assert store.claims(actors={"NATO"})[0] == ex.claims[0]
        assert store.claims(scope="logistics")[0].id == ex.claims[0].id


def test_older_store_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    version, name, sql = MIGRATIONS[0]
    db.executescript(sql)
    db.execute("INSERT INTO migrations VALUES (?, ?, 'then')", (version, name))
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.migrations() == [1, 2]
        assert store.schema() == FRESH_SCHEMA


def test_newer_store_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO migrations VALUES (99, 'future', 'later')")
    db.commit()
    db.close()
    with pytest.raises(ClaimlineError, match=r"new\.db was written by a newer claimline"):
        Store(path)


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE users (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(ClaimlineError, match=r"other\.db is not a claimline store"):
        Store(path)


def test_corrupted_file_is_refused(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ClaimlineError, match=r"junk\.db is not a usable claimline store"):
        Store(path)


def test_missing_store_for_queries(tmp_path):
    with pytest.raises(ClaimlineError, match="no claimline store at"):
        Store(tmp_path / "absent.db", create=False)
