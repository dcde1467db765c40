"""The store: exact schema of a fresh database, migrations, idempotence, bad files, concurrent writers.

Tests taking ``new_store`` run on SQLite and on PostgreSQL (the server of CLAIMLINE_TEST_PG;
skipped without one, never in CI: scripts/test.sh starts one).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from claimline.errors import ClaimlineError
from claimline.schemas import Article, Claim, Extraction, Offsets, Source
from claimline.store import open_store
from claimline.store.migrations import APPLICATION_ID, MIGRATIONS
from claimline.store.sqlite import Store

FRESH_SCHEMA = """\
CREATE INDEX actor_pairs_b ON actor_pairs(b)
CREATE INDEX articles_published ON articles(published)
CREATE INDEX articles_publisher ON articles(publisher)
CREATE INDEX articles_unreconciled ON articles(id) WHERE refresh_id IS NULL
CREATE INDEX claim_actors_claim ON claim_actors(claim_id)
CREATE INDEX claim_context_claim ON claim_context(claim_id)
CREATE INDEX claim_questions_claim ON claim_questions(claim_id)
CREATE INDEX claims_article ON claims(article_id, seq)
CREATE INDEX claims_attribution ON claims(attribution) WHERE attribution != 'author'
CREATE INDEX claims_source ON claims(source_actor) WHERE source_actor IS NOT NULL
CREATE INDEX claims_stance ON claims(stance) WHERE stance IS NOT NULL
CREATE INDEX claims_tier ON claims(network_tier) WHERE network_tier IS NOT NULL
CREATE INDEX claims_time ON claims(time_start, time_end)
CREATE INDEX compared_articles_article ON compared_articles(article_id)
CREATE INDEX conflict_actors_conflict ON conflict_actors(conflict_id)
CREATE INDEX conflict_claims_claim ON conflict_claims(claim_id)
CREATE INDEX conflicts_facet ON conflicts(facet, status)
CREATE INDEX conflicts_listing ON conflicts(duplicate, facet, id)
CREATE INDEX conflicts_question ON conflicts(question)
CREATE INDEX conflicts_unmarked ON conflicts(id) WHERE duplicate IS NULL
CREATE INDEX event_conflict_clusters_question ON event_conflict_clusters(question)
CREATE INDEX event_families_family ON event_families(family)
CREATE INDEX event_keys_event ON event_keys(event_id)
CREATE INDEX event_leads_article ON event_leads(article_id)
CREATE INDEX event_membership_cluster ON event_membership(cluster_id)
CREATE INDEX event_participants_event ON event_participants(event_id)
CREATE INDEX event_participants_folded ON event_participants(folded)
CREATE INDEX event_question_articles_article ON event_question_articles(article_id)
CREATE INDEX event_questions_cluster ON event_questions(cluster_id)
CREATE INDEX events_article ON events(article_id)
CREATE INDEX events_claim ON events(claim_id) WHERE claim_id IS NOT NULL
CREATE INDEX events_copy_article ON events(copy_key, article_id) WHERE copy_key != ''
CREATE INDEX question_evidence_family ON question_evidence(kind, family)
CREATE INDEX question_evidence_question ON question_evidence(kind, question)
CREATE INDEX question_evidence_source ON question_evidence(kind, source)
CREATE INDEX refreshes_at ON refreshes(refreshed_at)
CREATE INDEX weighed_questions_family ON weighed_questions(kind, family)
CREATE INDEX weighed_questions_question ON weighed_questions(kind, question)
CREATE INDEX weighed_sources_family ON weighed_sources(kind, family)
CREATE INDEX weighed_sources_question ON weighed_sources(kind, question)
CREATE INDEX weighed_sources_source ON weighed_sources(kind, source)
CREATE TABLE actor_names ( folded TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (folded, actor) ) WITHOUT ROWID
CREATE TABLE actor_pairs ( a TEXT NOT NULL, b TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (a, b) ) WITHOUT \
ROWID
CREATE TABLE articles ( id TEXT PRIMARY KEY, title TEXT, publisher TEXT, published TEXT, url TEXT, path TEXT, \
author TEXT, fingerprint TEXT, chars INTEGER NOT NULL, text TEXT NOT NULL, times TEXT NOT NULL, extractor TEXT \
NOT NULL, ingested_at TEXT NOT NULL , refresh_id INTEGER)
CREATE TABLE change_log ( refresh_id INTEGER NOT NULL REFERENCES refreshes(id) ON DELETE CASCADE, kind TEXT \
NOT NULL, ref TEXT NOT NULL, was TEXT, now TEXT, articles TEXT NOT NULL, PRIMARY KEY (refresh_id, kind, ref) )
CREATE TABLE claim_actors ( actor TEXT NOT NULL, claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE \
CASCADE, PRIMARY KEY (actor, claim_id) ) WITHOUT ROWID
CREATE TABLE claim_context ( actor TEXT NOT NULL, claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE \
CASCADE, PRIMARY KEY (actor, claim_id) ) WITHOUT ROWID
CREATE TABLE claim_parties ( claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE, parties TEXT \
NOT NULL ) WITHOUT ROWID
CREATE TABLE claim_questions ( question TEXT NOT NULL, claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE \
CASCADE, PRIMARY KEY (question, claim_id) ) WITHOUT ROWID
CREATE TABLE claim_scopes ( scope TEXT NOT NULL, claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE \
CASCADE, excluded INTEGER NOT NULL, PRIMARY KEY (scope, excluded, claim_id) ) WITHOUT ROWID
CREATE TABLE claim_status ( claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE, status TEXT NOT \
NULL ) WITHOUT ROWID
CREATE TABLE claims ( id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, \
seq INTEGER NOT NULL, text TEXT NOT NULL, source_actor TEXT, subject TEXT, modality TEXT NOT NULL, negated \
INTEGER NOT NULL, network_tier TEXT, time_start TEXT, time_end TEXT, data TEXT NOT NULL , attribution TEXT NOT \
NULL DEFAULT 'author', stance TEXT)
CREATE TABLE compared_articles ( question TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (question, \
article_id) ) WITHOUT ROWID
CREATE TABLE compared_questions ( question TEXT PRIMARY KEY, conflict INTEGER NOT NULL )
CREATE TABLE comparison_totals ( id INTEGER PRIMARY KEY CHECK (id = 1), questions INTEGER NOT NULL, articles \
INTEGER NOT NULL, in_conflict INTEGER NOT NULL, events_compared INTEGER NOT NULL, events_in_conflict INTEGER NOT \
NULL, event_articles INTEGER NOT NULL, duplicates INTEGER NOT NULL )
CREATE TABLE conflict_actors ( actor TEXT NOT NULL, conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON \
DELETE CASCADE, PRIMARY KEY (actor, conflict_id) ) WITHOUT ROWID
CREATE TABLE conflict_claims ( conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE, claim_id \
TEXT NOT NULL, status TEXT NOT NULL, PRIMARY KEY (conflict_id, claim_id) ) WITHOUT ROWID
CREATE TABLE conflicts ( id TEXT PRIMARY KEY, facet TEXT NOT NULL, status TEXT NOT NULL, latest TEXT, data \
TEXT NOT NULL , question TEXT, duplicate INTEGER, listing TEXT, listed_by TEXT)
CREATE TABLE counted_articles ( article_id TEXT PRIMARY KEY ) WITHOUT ROWID
CREATE TABLE event_aliases ( name TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (name, alias) ) WITHOUT ROWID
CREATE TABLE event_clusters ( id TEXT PRIMARY KEY, class TEXT NOT NULL, size INTEGER NOT NULL )
CREATE TABLE event_clusters_moved ( cluster_id TEXT PRIMARY KEY ) WITHOUT ROWID
CREATE TABLE event_conflict_clusters ( cluster_id TEXT NOT NULL, question TEXT NOT NULL, PRIMARY KEY (cluster_id, \
question) ) WITHOUT ROWID
CREATE TABLE event_entries ( cluster_id TEXT PRIMARY KEY REFERENCES event_clusters(id) ON DELETE CASCADE, size \
INTEGER NOT NULL, data TEXT NOT NULL , built_by TEXT)
CREATE TABLE event_families ( cluster_id TEXT NOT NULL, family TEXT NOT NULL, PRIMARY KEY (cluster_id, family) ) \
WITHOUT ROWID
CREATE TABLE event_family_links ( family TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (family, a, b) ) \
WITHOUT ROWID
CREATE TABLE event_keys ( key TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, \
time_start TEXT, time_end TEXT, factuality TEXT, published TEXT, class TEXT, PRIMARY KEY (key, event_id) ) WITHOUT ROWID
CREATE TABLE event_leads ( key TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE \
CASCADE, PRIMARY KEY (key, article_id) ) WITHOUT ROWID
CREATE TABLE event_membership ( event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE, cluster_id \
TEXT NOT NULL REFERENCES event_clusters(id) ON DELETE CASCADE ) WITHOUT ROWID
CREATE TABLE event_participants ( name TEXT NOT NULL, event_id TEXT NOT NULL REFERENCES events(id) ON DELETE \
CASCADE, folded TEXT NOT NULL, PRIMARY KEY (name, event_id) ) WITHOUT ROWID
CREATE TABLE event_question_articles ( cluster_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY \
(cluster_id, article_id) ) WITHOUT ROWID
CREATE TABLE event_questions ( question TEXT PRIMARY KEY, cluster_id TEXT NOT NULL, facet TEXT NOT NULL, \
actors TEXT NOT NULL, articles INTEGER NOT NULL, conflict INTEGER NOT NULL )
CREATE TABLE events ( id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, \
claim_id TEXT, class TEXT NOT NULL, root TEXT NOT NULL, lemma TEXT NOT NULL, factuality TEXT NOT NULL, \
commentary INTEGER NOT NULL, time_start TEXT, time_end TEXT, copy_key TEXT NOT NULL, data TEXT NOT NULL )
CREATE TABLE learned_reliability ( kind TEXT NOT NULL, source TEXT NOT NULL, reliability DOUBLE PRECISION NOT \
NULL, PRIMARY KEY (kind, source) ) WITHOUT ROWID
CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
CREATE TABLE negative_answers ( facet TEXT NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (facet, actor) ) WITHOUT \
ROWID
CREATE TABLE question_evidence ( kind TEXT NOT NULL, question TEXT NOT NULL, family TEXT NOT NULL, source TEXT NOT \
NULL, p DOUBLE PRECISION NOT NULL )
CREATE TABLE reconciliation ( id INTEGER PRIMARY KEY CHECK (id = 1), applied_at TEXT NOT NULL )
CREATE TABLE refreshes ( id INTEGER PRIMARY KEY, refreshed_at TEXT NOT NULL, articles INTEGER NOT NULL, \
conflicts INTEGER NOT NULL )
CREATE TABLE weighed_questions ( kind TEXT NOT NULL, question TEXT NOT NULL, family TEXT NOT NULL, margin DOUBLE \
PRECISION NOT NULL, status TEXT NOT NULL, sides TEXT NOT NULL )
CREATE TABLE weighed_sources ( kind TEXT NOT NULL, question TEXT NOT NULL, family TEXT NOT NULL, source TEXT NOT \
NULL, reliability DOUBLE PRECISION, own DOUBLE PRECISION )"""


FRESH_PG_SCHEMA = """\
CREATE INDEX actor_pairs_b ON actor_pairs USING btree (b)
CREATE INDEX articles_published ON articles USING btree (published)
CREATE INDEX articles_publisher ON articles USING btree (publisher)
CREATE INDEX articles_unreconciled ON articles USING btree (id) WHERE (refresh_id IS NULL)
CREATE INDEX claim_actors_claim ON claim_actors USING btree (claim_id)
CREATE INDEX claim_context_claim ON claim_context USING btree (claim_id)
CREATE INDEX claim_questions_claim ON claim_questions USING btree (claim_id)
CREATE INDEX claims_article ON claims USING btree (article_id, seq)
CREATE INDEX claims_attribution ON claims USING btree (attribution) WHERE (attribution <> 'author'::text)
CREATE INDEX claims_source ON claims USING btree (source_actor) WHERE (source_actor IS NOT NULL)
CREATE INDEX claims_stance ON claims USING btree (stance) WHERE (stance IS NOT NULL)
CREATE INDEX claims_tier ON claims USING btree (network_tier) WHERE (network_tier IS NOT NULL)
CREATE INDEX claims_time ON claims USING btree (time_start, time_end)
CREATE INDEX compared_articles_article ON compared_articles USING btree (article_id)
CREATE INDEX conflict_actors_conflict ON conflict_actors USING btree (conflict_id)
CREATE INDEX conflict_claims_claim ON conflict_claims USING btree (claim_id)
CREATE INDEX conflicts_facet ON conflicts USING btree (facet, status)
CREATE INDEX conflicts_listing ON conflicts USING btree (duplicate, facet, id)
CREATE INDEX conflicts_question ON conflicts USING btree (question)
CREATE INDEX conflicts_unmarked ON conflicts USING btree (id) WHERE (duplicate IS NULL)
CREATE INDEX event_conflict_clusters_question ON event_conflict_clusters USING btree (question)
CREATE INDEX event_families_family ON event_families USING btree (family)
CREATE INDEX event_keys_event ON event_keys USING btree (event_id)
CREATE INDEX event_leads_article ON event_leads USING btree (article_id)
CREATE INDEX event_membership_cluster ON event_membership USING btree (cluster_id)
CREATE INDEX event_participants_event ON event_participants USING btree (event_id)
CREATE INDEX event_participants_folded ON event_participants USING btree (folded)
CREATE INDEX event_question_articles_article ON event_question_articles USING btree (article_id)
CREATE INDEX event_questions_cluster ON event_questions USING btree (cluster_id)
CREATE INDEX events_article ON events USING btree (article_id)
CREATE INDEX events_claim ON events USING btree (claim_id) WHERE (claim_id IS NOT NULL)
CREATE INDEX events_copy_article ON events USING btree (copy_key, article_id) WHERE (copy_key <> ''::text)
CREATE INDEX question_evidence_family ON question_evidence USING btree (kind, family)
CREATE INDEX question_evidence_question ON question_evidence USING btree (kind, question)
CREATE INDEX question_evidence_source ON question_evidence USING btree (kind, source)
CREATE INDEX refreshes_at ON refreshes USING btree (refreshed_at)
CREATE INDEX weighed_questions_family ON weighed_questions USING btree (kind, family)
CREATE INDEX weighed_questions_question ON weighed_questions USING btree (kind, question)
CREATE INDEX weighed_sources_family ON weighed_sources USING btree (kind, family)
CREATE INDEX weighed_sources_question ON weighed_sources USING btree (kind, question)
CREATE INDEX weighed_sources_source ON weighed_sources USING btree (kind, source)
CREATE UNIQUE INDEX actor_names_pkey ON actor_names USING btree (folded, actor)
CREATE UNIQUE INDEX actor_pairs_pkey ON actor_pairs USING btree (a, b)
CREATE UNIQUE INDEX articles_pkey ON articles USING btree (id)
CREATE UNIQUE INDEX change_log_pkey ON change_log USING btree (refresh_id, kind, ref)
CREATE UNIQUE INDEX claim_actors_pkey ON claim_actors USING btree (actor, claim_id)
CREATE UNIQUE INDEX claim_context_pkey ON claim_context USING btree (actor, claim_id)
CREATE UNIQUE INDEX claim_parties_pkey ON claim_parties USING btree (claim_id)
CREATE UNIQUE INDEX claim_questions_pkey ON claim_questions USING btree (question, claim_id)
CREATE UNIQUE INDEX claim_scopes_pkey ON claim_scopes USING btree (scope, excluded, claim_id)
CREATE UNIQUE INDEX claim_status_pkey ON claim_status USING btree (claim_id)
CREATE UNIQUE INDEX claims_pkey ON claims USING btree (id)
CREATE UNIQUE INDEX compared_articles_pkey ON compared_articles USING btree (question, article_id)
CREATE UNIQUE INDEX compared_questions_pkey ON compared_questions USING btree (question)
CREATE UNIQUE INDEX comparison_totals_pkey ON comparison_totals USING btree (id)
CREATE UNIQUE INDEX conflict_actors_pkey ON conflict_actors USING btree (actor, conflict_id)
CREATE UNIQUE INDEX conflict_claims_pkey ON conflict_claims USING btree (conflict_id, claim_id)
CREATE UNIQUE INDEX conflicts_pkey ON conflicts USING btree (id)
CREATE UNIQUE INDEX counted_articles_pkey ON counted_articles USING btree (article_id)
CREATE UNIQUE INDEX event_aliases_pkey ON event_aliases USING btree (name, alias)
CREATE UNIQUE INDEX event_clusters_moved_pkey ON event_clusters_moved USING btree (cluster_id)
CREATE UNIQUE INDEX event_clusters_pkey ON event_clusters USING btree (id)
CREATE UNIQUE INDEX event_conflict_clusters_pkey ON event_conflict_clusters USING btree (cluster_id, question)
CREATE UNIQUE INDEX event_entries_pkey ON event_entries USING btree (cluster_id)
CREATE UNIQUE INDEX event_families_pkey ON event_families USING btree (cluster_id, family)
CREATE UNIQUE INDEX event_family_links_pkey ON event_family_links USING btree (family, a, b)
CREATE UNIQUE INDEX event_keys_pkey ON event_keys USING btree (key, event_id)
CREATE UNIQUE INDEX event_leads_pkey ON event_leads USING btree (key, article_id)
CREATE UNIQUE INDEX event_membership_pkey ON event_membership USING btree (event_id)
CREATE UNIQUE INDEX event_participants_pkey ON event_participants USING btree (name, event_id)
CREATE UNIQUE INDEX event_question_articles_pkey ON event_question_articles USING btree (cluster_id, article_id)
CREATE UNIQUE INDEX event_questions_pkey ON event_questions USING btree (question)
CREATE UNIQUE INDEX events_pkey ON events USING btree (id)
CREATE UNIQUE INDEX learned_reliability_pkey ON learned_reliability USING btree (kind, source)
CREATE UNIQUE INDEX migrations_pkey ON migrations USING btree (version)
CREATE UNIQUE INDEX negative_answers_pkey ON negative_answers USING btree (facet, actor)
CREATE UNIQUE INDEX reconciliation_pkey ON reconciliation USING btree (id)
CREATE UNIQUE INDEX refreshes_pkey ON refreshes USING btree (id)
FOREIGN KEY change_log FOREIGN KEY (refresh_id) REFERENCES refreshes(id) ON DELETE CASCADE
FOREIGN KEY claim_actors FOREIGN KEY (claim_id) REFERENCES claims(id) ON DELETE CASCADE
FOREIGN KEY claim_context FOREIGN KEY (claim_id) REFERENCES claims(id) ON DELETE CASCADE
FOREIGN KEY claim_parties FOREIGN KEY (claim_id) REFERENCES claims(id) ON DELETE CASCADE
FOREIGN KEY claim_questions FOREIGN KEY (claim_id) REFERENCES claims(id) ON DELETE CASCADE
FOREIGN KEY claim_scopes FOREIGN KEY (claim_id) REFERENCES claims(id) ON DELETE CASCADE
FOREIGN KEY claim_status FOREIGN KEY (claim_id) REFERENCES claims(id) ON DELETE CASCADE
FOREIGN KEY claims FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE
FOREIGN KEY conflict_actors FOREIGN KEY (conflict_id) REFERENCES conflicts(id) ON DELETE CASCADE
FOREIGN KEY conflict_claims FOREIGN KEY (conflict_id) REFERENCES conflicts(id) ON DELETE CASCADE
FOREIGN KEY event_entries FOREIGN KEY (cluster_id) REFERENCES event_clusters(id) ON DELETE CASCADE
FOREIGN KEY event_keys FOREIGN KEY (event_id) REFERENCES events(id) ON DELETE CASCADE
FOREIGN KEY event_leads FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE
FOREIGN KEY event_membership FOREIGN KEY (cluster_id) REFERENCES event_clusters(id) ON DELETE CASCADE
FOREIGN KEY event_membership FOREIGN KEY (event_id) REFERENCES events(id) ON DELETE CASCADE
FOREIGN KEY event_participants FOREIGN KEY (event_id) REFERENCES events(id) ON DELETE CASCADE
FOREIGN KEY events FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE
TABLE actor_names (folded text NOT NULL, actor text NOT NULL)
TABLE actor_pairs (a text NOT NULL, b text NOT NULL, n integer NOT NULL)
TABLE articles (id text NOT NULL, title text, publisher text, published text, url text, path text, author \
text, fingerprint text, chars integer NOT NULL, text text NOT NULL, times text NOT NULL, extractor text NOT \
NULL, ingested_at text NOT NULL, refresh_id integer)
TABLE change_log (refresh_id integer NOT NULL, kind text NOT NULL, ref text NOT NULL, was text, now text, \
articles text NOT NULL)
TABLE claim_actors (actor text NOT NULL, claim_id text NOT NULL)
TABLE claim_context (actor text NOT NULL, claim_id text NOT NULL)
TABLE claim_parties (claim_id text NOT NULL, parties text NOT NULL)
TABLE claim_questions (question text NOT NULL, claim_id text NOT NULL)
TABLE claim_scopes (scope text NOT NULL, claim_id text NOT NULL, excluded integer NOT NULL)
TABLE claim_status (claim_id text NOT NULL, status text NOT NULL)
TABLE claims (id text NOT NULL, article_id text NOT NULL, seq integer NOT NULL, text text NOT NULL, \
source_actor text, subject text, modality text NOT NULL, negated integer NOT NULL, network_tier text, \
time_start text, time_end text, data text NOT NULL, attribution text NOT NULL, stance text)
TABLE compared_articles (question text NOT NULL, article_id text NOT NULL)
TABLE compared_questions (question text NOT NULL, conflict integer NOT NULL)
TABLE comparison_totals (id integer NOT NULL, questions integer NOT NULL, articles integer NOT NULL, in_conflict \
integer NOT NULL, events_compared integer NOT NULL, events_in_conflict integer NOT NULL, event_articles integer NOT \
NULL, duplicates integer NOT NULL)
TABLE conflict_actors (actor text NOT NULL, conflict_id text NOT NULL)
TABLE conflict_claims (conflict_id text NOT NULL, claim_id text NOT NULL, status text NOT NULL)
TABLE conflicts (id text NOT NULL, facet text NOT NULL, status text NOT NULL, latest text, data text NOT NULL, \
question text, duplicate integer, listing text, listed_by text)
TABLE counted_articles (article_id text NOT NULL)
TABLE event_aliases (name text NOT NULL, alias text NOT NULL)
TABLE event_clusters (id text NOT NULL, class text NOT NULL, size integer NOT NULL)
TABLE event_clusters_moved (cluster_id text NOT NULL)
TABLE event_conflict_clusters (cluster_id text NOT NULL, question text NOT NULL)
TABLE event_entries (cluster_id text NOT NULL, size integer NOT NULL, data text NOT NULL, built_by text)
TABLE event_families (cluster_id text NOT NULL, family text NOT NULL)
TABLE event_family_links (family text NOT NULL, a text NOT NULL, b text NOT NULL)
TABLE event_keys (key text NOT NULL, event_id text NOT NULL, time_start text, time_end text, factuality text, \
published text, class text)
TABLE event_leads (key text NOT NULL, article_id text NOT NULL)
TABLE event_membership (event_id text NOT NULL, cluster_id text NOT NULL)
TABLE event_participants (name text NOT NULL, event_id text NOT NULL, folded text NOT NULL)
TABLE event_question_articles (cluster_id text NOT NULL, article_id text NOT NULL)
TABLE event_questions (question text NOT NULL, cluster_id text NOT NULL, facet text NOT NULL, actors text NOT \
NULL, articles integer NOT NULL, conflict integer NOT NULL)
TABLE events (id text NOT NULL, article_id text NOT NULL, claim_id text, class text NOT NULL, root text NOT \
NULL, lemma text NOT NULL, factuality text NOT NULL, commentary integer NOT NULL, time_start text, time_end \
text, copy_key text NOT NULL, data text NOT NULL)
TABLE learned_reliability (kind text NOT NULL, source text NOT NULL, reliability double precision NOT NULL)
TABLE migrations (version integer NOT NULL, name text NOT NULL, applied_at text NOT NULL)
TABLE negative_answers (facet text NOT NULL, actor text NOT NULL)
TABLE question_evidence (kind text NOT NULL, question text NOT NULL, family text NOT NULL, source text NOT NULL, p \
double precision NOT NULL)
TABLE reconciliation (id integer NOT NULL, applied_at text NOT NULL)
TABLE refreshes (id integer NOT NULL, refreshed_at text NOT NULL, articles integer NOT NULL, conflicts integer \
NOT NULL)
TABLE weighed_questions (kind text NOT NULL, question text NOT NULL, family text NOT NULL, margin double precision \
NOT NULL, status text NOT NULL, sides text NOT NULL)
TABLE weighed_sources (kind text NOT NULL, question text NOT NULL, family text NOT NULL, source text NOT NULL, \
reliability double precision, own double precision)"""


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


@pytest.mark.postgres
def test_fresh_postgresql_store_has_exact_schema(pg_schema):
    with open_store(pg_schema()) as store:
        assert store.kind == "postgresql"
        assert store.schema() == FRESH_PG_SCHEMA
        assert store.migrations() == [v for v, _, _ in MIGRATIONS]


@pytest.mark.postgres
def test_both_kinds_have_the_same_tables_columns_and_indexes(tmp_path, pg_schema):
    with Store(tmp_path / "s.db") as lite, open_store(pg_schema()) as pg:
        assert pg.columns() == lite.columns()
        assert pg.indexes() == lite.indexes()
        assert pg.migrations() == lite.migrations()


def test_same_article_twice_changes_nothing(new_store):
    ex = make_extraction()
    with open_store(new_store()) as store:
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
        assert store.migrations() == [v for v, _, _ in MIGRATIONS]
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


@pytest.mark.postgres
def test_newer_postgresql_store_is_refused(pg_schema):
    url = pg_schema()
    with open_store(url) as store:
        store.db.execute("INSERT INTO migrations VALUES (99, 'future', 'later')")
    with pytest.raises(ClaimlineError, match=r"was written by a newer claimline \(schema 99"):
        open_store(url)


@pytest.mark.postgres
def test_older_postgresql_store_is_migrated(pg_schema):
    import psycopg

    from claimline.store.postgres import translate

    url = pg_schema()
    version, name, sql = MIGRATIONS[0]
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(
            "CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for statement in (s.strip() for s in sql.split(";")):
            if statement:
                con.execute(translate(statement), ())
        con.execute("INSERT INTO migrations VALUES (%s, %s, 'then')", (version, name))
    with open_store(url) as store:
        assert store.migrations() == [v for v, _, _ in MIGRATIONS]
        assert store.schema() == FRESH_PG_SCHEMA


@pytest.mark.postgres
def test_postgresql_store_in_an_empty_schema_ignores_a_store_later_on_the_search_path(pg_schema):
    """search_path "s2,public" where public already holds a store: the new store is made in s2."""
    from urllib.parse import unquote

    from .conftest import pg_schema_url, pg_server

    def name(url: str) -> str:
        return unquote(url).rsplit("search_path=", 1)[1]

    public, s2 = pg_schema(), pg_schema()
    with open_store(public) as store:
        store.add(make_extraction())
    with open_store(pg_schema_url(pg_server(), f"{name(s2)},{name(public)}")) as store:
        assert store.schema() == FRESH_PG_SCHEMA
        assert store.counts()["articles"] == 0
        store.add(make_extraction())
    with open_store(public) as store:
        assert store.counts()["articles"] == 1
    with open_store(s2) as store:
        assert store.counts()["articles"] == 1


@pytest.mark.postgres
def test_foreign_postgresql_database_is_refused(pg_schema):
    import psycopg

    url = pg_schema()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("CREATE TABLE users (id INTEGER)")
    with pytest.raises(ClaimlineError, match=r"is not a claimline store \(it has other tables\)"):
        open_store(url)


@pytest.mark.postgres
def test_unreachable_postgresql_server_is_one_clear_error():
    with pytest.raises(ClaimlineError, match=r"cannot connect to postgresql://nobody:\*\*\*@127\.0\.0\.1:1/x"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/x")


def test_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE users (id INTEGER)")
    db.commit()
    db.close()
    with pytest.raises(ClaimlineError, match=r"other\.db is not a claimline store"):
        Store(path)


def _article_set(n: int) -> list[Extraction]:
    """``n`` distinct articles from two outlets: one says the AI runs on unclassified networks, the other classified."""
    out = []
    for i in range(n):
        text = f"NATO officials said the AI runs on networks, report {i}."
        ex = make_extraction(text)
        tier = "classified" if i % 2 else "unclassified"
        claims = [c.model_copy(update={"network_tier": tier}) for c in ex.claims]
        article = ex.article.model_copy(update={"publisher": f"Wire {i % 2}", "published": date(2026, 3, 1 + i % 28)})
        out.append(ex.model_copy(update={"claims": claims, "article": article}))
    return out


def _rows(store: Store) -> dict[str, list[tuple]]:
    return {
        "articles": sorted(tuple(r) for r in store.db.execute("SELECT id, publisher, published FROM articles")),
        "claims": sorted(tuple(r) for r in store.db.execute("SELECT id, article_id, seq, network_tier FROM claims")),
        "claim_actors": sorted(tuple(r) for r in store.db.execute("SELECT actor, claim_id FROM claim_actors")),
        "conflicts": sorted(tuple(r) for r in store.db.execute("SELECT id, facet, status, data FROM conflicts")),
        "claim_status": sorted(tuple(r) for r in store.db.execute("SELECT claim_id, status FROM claim_status")),
    }


def test_add_many_stores_what_add_stores_and_keeps_the_articles_before_a_failing_one(new_store, monkeypatch):
    """Ingest stores a batch of articles in one transaction (``Store.add_many``): the same rows as one
    article a transaction, a present article is reported so, and should one article fail, those
    before it are kept, it and those after it are not, and its error passes on."""
    from claimline.store import events as stored_events

    articles = _article_set(6)
    with open_store(new_store()) as one, open_store(new_store()) as many:
        assert [one.add(ex) for ex in articles[:4]] == [True] * 4
        assert many.add_many(articles[:2]) == [True, True]
        assert many.add_many(articles[1:4]) == [False, True, True]
        assert _rows(many) == _rows(one)
    real = stored_events.write_events

    def failing(db, ex):  # the fifth article of the batch cannot be stored
        if ex.article.id == articles[4].article.id:
            raise RuntimeError("cannot store this one")
        return real(db, ex)

    monkeypatch.setattr(stored_events, "write_events", failing)
    with open_store(new_store()) as store:
        with pytest.raises(RuntimeError, match="cannot store this one"):
            store.add_many(articles)
        stored = {r[0] for r in store.db.execute("SELECT id FROM articles")}
        assert stored == {ex.article.id for ex in articles[:4]}
        assert store.counts()["claims"] == 4


@pytest.mark.slow
def test_four_concurrent_writers_lose_and_duplicate_nothing(new_store, tmp_path):
    """Four ``claimline load`` processes at once, each writing every article (in its own order)."""
    articles = _article_set(40)
    files = []
    for k in range(4):
        f = tmp_path / f"part{k}.jsonl"
        order = articles[k * 10 :] + articles[: k * 10]
        f.write_text("".join(ex.model_dump_json() + "\n" for ex in order))
        files.append(f)
    target, alone = new_store(), new_store()
    open_store(target).close()  # created; the writers race on everything after that
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "claimline", "load", "--db", target, str(f)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in files
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], outs
    stored = sum(int(out.split(" stored")[0]) for out, _ in outs)
    assert stored == 40  # each article stored by exactly one writer
    single = subprocess.run(
        [sys.executable, "-m", "claimline", "load", "--db", alone, str(files[0])], capture_output=True, text=True
    )
    assert single.returncode == 0, single.stderr
    with open_store(target) as store, open_store(alone) as reference:
        got, want = _rows(store), _rows(reference)
        assert store.counts() == {"articles": 40, "claims": 40, "actors": 1, "conflicts": 1}
        assert got == want


def test_corrupted_file_is_refused(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ClaimlineError, match=r"junk\.db is not a claimline store \(not an SQLite file\)"):
        Store(path)


def test_missing_store_for_queries(tmp_path):
    with pytest.raises(ClaimlineError, match="no claimline store at"):
        Store(tmp_path / "absent.db", create=False)


# ------------------------------------------------------ comparison tallies
def _recount(store) -> tuple[int, ...]:
    """The figures behind "N questions compared", counted afresh from the questions and conflicts."""
    from claimline.reconcile.duplicates import without_duplicates
    from claimline.store.event_questions import event_question_counts

    found = store.conflicts(view=True)
    compared, in_conflict, _ = event_question_counts(store.db)
    articles = store.db.execute(  # from the frames of the compared families (kept in event_question_articles)
        "SELECT COUNT(DISTINCT e.article_id) FROM event_membership em JOIN events e ON e.id = em.event_id"
        " WHERE em.cluster_id IN (SELECT cluster_id FROM event_questions)"
        " OR em.cluster_id IN (SELECT f.cluster_id FROM event_families f"
        " WHERE f.family IN (SELECT cluster_id FROM event_questions))"
    ).fetchone()[0]
    return (
        *store.question_counts(recount=True),
        compared,
        in_conflict,
        articles,
        len(found) - len(without_duplicates(found)),
    )


def test_stored_comparison_counts_equal_a_recount_after_incremental_ingests(new_store):
    from claimline.jobs.refresh import refresh_conflicts

    articles = _article_set(9)
    other = make_extraction("The Pentagon said the tool runs on networks, report x.")
    with open_store(new_store()) as store:
        assert store.comparison_totals() is None  # never reconciled: `conflicts` counts afresh
        for batch in (articles[:1], articles[1:3], [other], articles[3:4], articles[4:]):
            for ex in batch:
                assert store.add(ex)
            refresh_conflicts(store, [ex.article.id for ex in batch])
            questions, articles_n, in_conflict, *_ = totals = store.comparison_totals()
            assert totals == _recount(store)
        assert questions >= 1 and in_conflict >= 1 and articles_n >= 9
        refresh_conflicts(store)  # whole-store
        assert store.comparison_totals() == totals


@pytest.mark.slow
def test_stored_comparison_counts_of_the_sample_store_equal_a_recount(sample_db):
    with open_store(sample_db, create=False) as store:
        totals = store.comparison_totals()
        assert totals is not None and totals[0] >= 4
        assert totals == _recount(store)
        # filtered counts read the compared questions reconciliation keeps: as counted afresh
        filters = [{"actors": {a}} for a in sorted(store.known_actors())[:12]]
        filters += [{"facet": f} for f in ("date", "network_tier", "scope", "polarity", "deadline")]
        filters += [{"actors": {"NATO", "Pentagon"}, "facet": "date"}]
        seen = 0
        for f in filters:
            kept = store.question_counts(**f)
            assert kept == store.question_counts(recount=True, **f), f
            seen += kept[0] > 0
        assert seen >= 5


def test_actor_names_are_looked_up_by_folded_name(new_store):
    """``--actor`` reads the actors of one case-folded name (migration 16: it names the actors stored
    before it, in its own transaction; each add names its own)."""
    target = new_store()
    with open_store(target) as store:
        assert store.add(make_extraction("The Ministère said the AI runs on unclassified networks, report z."))
        store.db.execute("DROP TABLE actor_names")  # as written before migration 16
        store.db.execute("DELETE FROM migrations WHERE version = 16")
    with open_store(target) as store:
        assert sorted(tuple(r) for r in store.db.execute("SELECT folded, actor FROM actor_names")) == sorted(
            (a.casefold(), a) for a in store.known_actors()
        )
        assert store.known_actors()
    target = new_store()
    with open_store(target) as store:
        assert store.add(make_extraction())
        assert store.actors_named("nato") == {"NATO"}
        assert store.actors_named("pentagon") == set()
    ex = make_extraction("The Pentagon said the AI runs on unclassified networks, report y.")
    claims = [c.model_copy(update={"actors": ["Pentagon"], "source": None}) for c in ex.claims]
    with open_store(target) as store:
        assert store.add(ex.model_copy(update={"claims": claims}))
        names = sorted(tuple(r) for r in store.db.execute("SELECT folded, actor FROM actor_names"))
        assert names == [("nato", "NATO"), ("pentagon", "Pentagon")]


def test_stance_and_attribution_filter_in_the_query_with_the_limit(new_store, sample_db):
    """``claims --stance/--attribution`` filter in SQL (the stored JSON's fields) with ``--limit`` applied
    after them: what filtering every claim in Python gives, on both kinds of store."""
    target = new_store()
    with open_store(sample_db, create=False) as sample, open_store(target) as store:
        for a in sample.articles():
            article, text, times = sample.article(a.id)
            store.add(Extraction(article=article, text=text, times=times, claims=sample.claims(article_ids=[a.id])))
        every = store.claims()
        seen = {(c.stance, c.attribution) for c in every}
        assert {s for s, _ in seen} - {None} and len({a for _, a in seen}) >= 3
        for stance in (None, "supports", "opposes", "criticises"):
            for attribution in (None, "author", "indirect", "attitude", "direct_quote"):
                want = [
                    c.id
                    for c in every
                    if (stance is None or c.stance == stance) and (attribution is None or c.attribution == attribution)
                ]
                for limit in (None, 0, 1, 3):
                    got = store.claims(stance=stance, attribution=attribution, limit=limit, view=True)
                    assert [c.id for c in got] == want[:limit], (stance, attribution, limit)


def test_migration_22_fills_the_attribution_and_stance_columns_from_the_stored_json(tmp_path):
    """A store at schema 21 keeps attribution and stance in the claims' JSON only: migration 22 copies
    them to their columns (a claim stored before claims had an attribution is the outlet's own), and
    the filters read the columns."""
    path = tmp_path / "s21.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    for version, name, sql in MIGRATIONS[:21]:
        db.executescript(sql)
        db.execute("INSERT INTO migrations VALUES (?, ?, 'then')", (version, name))
    ex = make_extraction()
    base = ex.claims[0]
    claims = [
        base.model_copy(update={"id": "c-author"}),
        base.model_copy(update={"id": "c-indirect", "attribution": "indirect"}),
        base.model_copy(update={"id": "c-attitude", "attribution": "attitude", "stance": "opposes"}),
        base.model_copy(update={"id": "c-old", "attribution": "indirect"}),
    ]
    db.execute(
        "INSERT INTO articles (id, chars, text, times, extractor, ingested_at) VALUES (?, 1, 't', '[]', 'x', 'then')",
        (ex.article.id,),
    )
    for seq, c in enumerate(claims):
        data = c.model_dump_json()
        if c.id == "c-old":  # stored before claims had an attribution
            data = data.replace('"attribution":"indirect",', "")
            assert "attribution" not in data
        db.execute(
            "INSERT INTO claims (id, article_id, seq, text, modality, negated, data)"
            " VALUES (?, ?, ?, 't', 'asserted', 0, ?)",
            (c.id, ex.article.id, seq, data),
        )
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.migrations()[-1] == MIGRATIONS[-1][0]  # migrated to the newest
        got = dict(((cid, (a, s)) for cid, a, s in store.db.execute("SELECT id, attribution, stance FROM claims")))
        assert got == {
            "c-author": ("author", None),
            "c-indirect": ("indirect", None),
            "c-attitude": ("attitude", "opposes"),
            "c-old": ("author", None),
        }
        assert [c.id for c in store.claims(attribution="author")] == ["c-author", "c-old"]
        assert [c.id for c in store.claims(attribution="indirect")] == ["c-indirect"]
        assert [c.id for c in store.claims(stance="opposes", view=True)] == ["c-attitude"]
        assert store.claims(stance="supports") == []


def test_claims_for_filing_read_context_claims_as_what_filing_reads_of_them(new_store, sample_db):
    """An incremental refresh reads the claims it does not file as context only: the same claims, in the
    same order, with the same id, article, attribution, subject, actors (in order) and source actor as
    the whole claims; the filed ones whole (those read before as they were)."""
    from claimline.store.light import ContextClaim

    target = new_store()
    with open_store(sample_db, create=False) as sample, open_store(target) as store:
        for a in sample.articles()[:6]:
            article, text, times = sample.article(a.id)
            store.add(Extraction(article=article, text=text, times=times, claims=sample.claims(article_ids=[a.id])))
        aids = [a.id for a in store.articles()]
        whole = store.claims(article_ids=aids, light=True)
        filed = {c.id for c in whole[::3]}
        known = {whole[1].id: whole[1]}
        got = store.claims_for_filing(aids, filed, known)
        assert [c.id for c in got] == [c.id for c in whole]
        assert got[1] is whole[1]
        assert any(isinstance(c, ContextClaim) for c in got) and any(c.source is None for c in got)
        for g, w in zip(got, whole, strict=True):
            assert isinstance(g, ContextClaim) == (g.id not in filed and g.id not in known)
            fields = ("article_id", "attribution", "subject", "actors")
            assert [getattr(g, f) for f in fields] == [getattr(w, f) for f in fields]
            assert (g.source.actor if g.source else None) == (w.source.actor if w.source else None)


@pytest.mark.slow
def test_claims_for_filing_reads_context_only_of_the_articles_a_filed_claim_borrows_from(new_store, sample_db):
    """With ``context_of``, the filed claims are read by id and an article's other claims only when one of
    its filed claims needs them: in the order of ``claims()``, as without it where read."""
    from claimline.store.light import ContextClaim

    target = new_store()
    with open_store(sample_db, create=False) as sample, open_store(target) as store:
        for a in sample.articles()[:8]:
            article, text, times = sample.article(a.id)
            store.add(Extraction(article=article, text=text, times=times, claims=sample.claims(article_ids=[a.id])))
        aids = [a.id for a in store.articles()]
        whole = store.claims(article_ids=aids, light=True)
        filed = {c.id for c in whole[::4]}
        known = {whole[0].id: whole[0]}
        borrow = {whole[0].article_id, whole[-1].article_id}
        want = [c for c in store.claims_for_filing(aids, filed | known.keys(), known)
                if not isinstance(c, ContextClaim) or c.article_id in borrow]  # fmt: skip
        got = store.claims_for_filing(
            aids, filed | known.keys(), known, context_of=lambda c: c.id in filed and c.article_id in borrow
        )
        assert 0 < len(got) < len(whole) and got[0] is whole[0]
        assert [(c.id, type(c)) for c in got] == [(c.id, type(c)) for c in want]
        assert [(c.article_id, c.subject, c.actors) for c in got] == [(c.article_id, c.subject, c.actors) for c in want]


def test_context_claims_borrow_nothing_and_leave_the_filed_claims_context_as_whole_claims_do(sample_db):
    """An incremental refresh reads the claims of the articles it refiles as context but for those it
    refiles (``jobs.refresh``): what those borrow from their articles (``borrowed_context``) and the
    questions they are filed under (``candidate_questions``) are what the whole claims give, and a
    context claim borrows nothing (what it borrows is asked of the refiled claims only)."""
    from claimline.reconcile import borrowed_context, candidate_questions
    from claimline.store.light import ContextClaim

    with open_store(sample_db, create=False) as store:
        aids = [a.id for a in store.articles()]
        whole = store.claims(article_ids=aids, light=True)
        totals = store.pair_totals()
        want_context = borrowed_context(whole)
        want_questions = candidate_questions(whole, pair_totals=totals)
        assert want_context and want_questions
        for refiled in ({c.id for c in whole[::2]}, {c.id for c in whole[1::5]}, set(want_context)):
            mixed = store.claims_for_filing(aids, refiled, {})
            assert any(isinstance(c, ContextClaim) for c in mixed)
            got = borrowed_context(mixed)
            assert {k: v for k, v in got.items() if k in refiled} == {
                k: v for k, v in want_context.items() if k in refiled
            }
            assert not any(k not in refiled for k in got)
            got_q = candidate_questions(mixed, pair_totals=totals, claim_ids=refiled)
            assert {k: v for k, v in got_q.items() if k in refiled} == {
                k: v for k, v in want_questions.items() if k in refiled
            }


def test_show_conflict_reads_its_claims_in_a_few_queries_as_claim_provenance_gives_them(sample_db):
    """``show CONFLICT`` (table) reads the claims of every side, their articles and statuses in one
    query each (on PostgreSQL each query is a round trip: it read five per claim), and gives what
    :func:`claim_provenance` gives claim by claim; an ID of each kind is found in one query."""
    from claimline.present.provenance import _side_claims, claim_provenance

    with open_store(sample_db, create=False) as store:
        conflicts = store.conflicts(view=True)
        assert len(conflicts) >= 5
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)  # type: ignore[attr-defined]
        for conflict in conflicts:
            del statements[:]
            rows = _side_claims(store, conflict)
            assert len(statements) <= 3
            want = {
                c.id: claim_provenance(store, c.id, view=True)
                for side in conflict.sides
                for c in store.claims(ids=side.claim_ids, view=True)
            }
            assert [r[0].id for r in rows] == list(want)
            for (claim, article, sentence, status), p in zip(rows, want.values(), strict=True):
                assert (dict(article), sentence, status) == (dict(p.article), p.sentence, p.status)
                assert dict(claim) == dict(p.claim)
        claim, article = conflicts[0].sides[0].claim_ids[0], store.claims(view=True)[0].article_id
        for kind, ident in (("conflict", conflicts[0].id), ("claim", claim), ("article", article)):
            del statements[:]
            assert store.find_id(ident) == (kind, ident)
            assert len(statements) == 1
        store.db.set_trace_callback(None)  # type: ignore[attr-defined]


def test_cluster_row_locks_are_for_update_on_postgresql_and_a_plain_read_on_sqlite(tmp_path):
    """``store.events._lock_clusters`` locks the clusters a write changes in id order (two PostgreSQL writers
    merging clusters deadlocked without it): ``FOR UPDATE`` on PostgreSQL, a comment SQLite reads past."""
    from claimline.store.events import _lock_clusters
    from claimline.store.postgres import translate

    sql = "SELECT id FROM event_clusters WHERE id IN (?) ORDER BY id /* FOR UPDATE */"
    assert translate(sql) == "SELECT id FROM event_clusters WHERE id IN (%s) ORDER BY id FOR UPDATE"
    with Store(tmp_path / "s.db") as store:
        _lock_clusters(store.db, ["b", "a"])  # (no such clusters: nothing to lock, no error)


@pytest.mark.postgres
def test_postgresql_writers_take_turns_so_each_clusters_against_the_others_frames(pg_schema):
    """An article's write waits while another writer holds the write lock (whose frames it must see
    to cluster its own): two Dask workers storing two reports of one event at once make one event,
    as one process storing them in turn does."""
    import threading

    import psycopg

    from claimline.store.migrations import WRITE_LOCK

    url = pg_schema()
    with open_store(url) as store:
        store.add(make_extraction())  # (the schema exists before the race)
    done = threading.Event()

    def write() -> None:
        with open_store(url) as other:
            other.add(make_extraction(text="Officials said on Monday the port would reopen."))
        done.set()

    with psycopg.connect(url) as holder:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        writer = threading.Thread(target=write)
        writer.start()
        assert not done.wait(1.5)  # the second writer waits for the first's commit
        holder.commit()
    writer.join(30)
    assert done.is_set()
