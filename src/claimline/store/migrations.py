"""Numbered schema migrations of the claimline store.

Each migration runs in its own transaction and is recorded in the
``migrations`` table. Never edit a released migration: add a new one.
"""

from __future__ import annotations

APPLICATION_ID = 0x436C6D6C  # "Clml", marks a file as a claimline store
# Named locks (PostgreSQL advisory locks; SQLite's BEGIN IMMEDIATE serialises writers already)
MIGRATION_LOCK = APPLICATION_ID
RECONCILE_LOCK = APPLICATION_ID + 1
#: taken by every article's write: its frames are clustered against the clusters every other writer has
#: committed (two writers clustering at once would each miss the other's frames, and the clusters would
#: depend on their timing)
WRITE_LOCK = APPLICATION_ID + 2

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles and claims",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT,
            publisher TEXT,
            published TEXT,
            url TEXT,
            path TEXT,
            author TEXT,
            fingerprint TEXT,
            chars INTEGER NOT NULL,
            text TEXT NOT NULL,
            times TEXT NOT NULL,
            extractor TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_publisher ON articles(publisher);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            source_actor TEXT,
            subject TEXT,
            modality TEXT NOT NULL,
            negated INTEGER NOT NULL,
            network_tier TEXT,
            time_start TEXT,
            time_end TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX claims_article ON claims(article_id, seq);
        CREATE INDEX claims_time ON claims(time_start, time_end);
        CREATE INDEX claims_tier ON claims(network_tier) WHERE network_tier IS NOT NULL;
        CREATE INDEX claims_source ON claims(source_actor) WHERE source_actor IS NOT NULL;
        CREATE TABLE claim_actors (
            actor TEXT NOT NULL,
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (actor, claim_id)
        ) WITHOUT ROWID;
        CREATE INDEX claim_actors_claim ON claim_actors(claim_id);
        CREATE TABLE claim_scopes (
            scope TEXT NOT NULL,
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            excluded INTEGER NOT NULL,
            PRIMARY KEY (scope, excluded, claim_id)
        ) WITHOUT ROWID;
        """,
    ),
    (
        2,
        "conflicts",
        """
        CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            facet TEXT NOT NULL,
            status TEXT NOT NULL,
            latest TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX conflicts_facet ON conflicts(facet, status);
        CREATE TABLE conflict_actors (
            actor TEXT NOT NULL,
            conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            PRIMARY KEY (actor, conflict_id)
        ) WITHOUT ROWID;
        CREATE TABLE claim_status (
            claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            status TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    ),
    (
        3,
        "events and event clusters",
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            claim_id TEXT,
            class TEXT NOT NULL,
            root TEXT NOT NULL,
            lemma TEXT NOT NULL,
            factuality TEXT NOT NULL,
            commentary INTEGER NOT NULL,
            time_start TEXT,
            time_end TEXT,
            copy_key TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_claim ON events(claim_id) WHERE claim_id IS NOT NULL;
        CREATE INDEX events_copy ON events(copy_key) WHERE copy_key != '';
        CREATE TABLE event_participants (
            name TEXT NOT NULL,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            folded TEXT NOT NULL,
            PRIMARY KEY (name, event_id)
        ) WITHOUT ROWID;
        CREATE INDEX event_participants_event ON event_participants(event_id);
        CREATE INDEX event_participants_folded ON event_participants(folded);
        CREATE TABLE event_clusters (
            id TEXT PRIMARY KEY,
            class TEXT NOT NULL,
            size INTEGER NOT NULL
        );
        CREATE TABLE event_membership (
            event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            cluster_id TEXT NOT NULL REFERENCES event_clusters(id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX event_membership_cluster ON event_membership(cluster_id);
        """,
    ),
    (
        4,
        "questions, for incremental reconciliation",
        """
        ALTER TABLE conflicts ADD COLUMN question TEXT;
        CREATE INDEX conflicts_question ON conflicts(question);
        CREATE TABLE claim_questions (
            question TEXT NOT NULL,
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (question, claim_id)
        ) WITHOUT ROWID;
        CREATE INDEX claim_questions_claim ON claim_questions(claim_id);
        CREATE TABLE conflict_claims (
            conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (conflict_id, claim_id)
        ) WITHOUT ROWID;
        CREATE INDEX conflict_claims_claim ON conflict_claims(claim_id);
        CREATE TABLE actor_pairs (
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE TABLE negative_answers (
            facet TEXT NOT NULL,
            actor TEXT NOT NULL,
            PRIMARY KEY (facet, actor)
        ) WITHOUT ROWID;
        CREATE TABLE claim_context (
            actor TEXT NOT NULL,
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (actor, claim_id)
        ) WITHOUT ROWID;
        CREATE TABLE reconciliation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            applied_at TEXT NOT NULL
        );
        """,
    ),
    (
        5,
        "refresh history: what each reconciliation changed",
        """
        CREATE TABLE refreshes (
            id INTEGER PRIMARY KEY,
            refreshed_at TEXT NOT NULL,
            articles INTEGER NOT NULL,
            conflicts INTEGER NOT NULL
        );
        CREATE INDEX refreshes_at ON refreshes(refreshed_at);
        CREATE TABLE change_log (
            refresh_id INTEGER NOT NULL REFERENCES refreshes(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            ref TEXT NOT NULL,
            was TEXT,
            now TEXT,
            articles TEXT NOT NULL,
            PRIMARY KEY (refresh_id, kind, ref)
        );
        ALTER TABLE articles ADD COLUMN refresh_id INTEGER;
        CREATE INDEX articles_unreconciled ON articles(id) WHERE refresh_id IS NULL;
        """,
    ),
    (
        6,
        "questions on events that two or more articles answer (conflicts on events are in conflicts)",
        """
        CREATE TABLE event_questions (
            question TEXT PRIMARY KEY,
            cluster_id TEXT NOT NULL,
            facet TEXT NOT NULL,
            actors TEXT NOT NULL,
            articles INTEGER NOT NULL,
            conflict INTEGER NOT NULL
        );
        CREATE INDEX event_questions_cluster ON event_questions(cluster_id);
        """,
    ),
    (
        7,
        "event identity keys: clusters a new frame can join",
        """
        CREATE TABLE event_keys (
            key TEXT NOT NULL,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            PRIMARY KEY (key, event_id)
        ) WITHOUT ROWID;
        CREATE INDEX event_keys_event ON event_keys(event_id);
        """,
    ),
    (
        8,
        "comparison tallies: what `conflicts` counts as compared, kept by reconciliation",
        """
        CREATE TABLE compared_questions (
            question TEXT PRIMARY KEY,
            conflict INTEGER NOT NULL
        );
        CREATE TABLE compared_articles (
            question TEXT NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (question, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX compared_articles_article ON compared_articles(article_id);
        CREATE TABLE comparison_totals (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            questions INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            in_conflict INTEGER NOT NULL,
            events_compared INTEGER NOT NULL,
            events_in_conflict INTEGER NOT NULL,
            event_articles INTEGER NOT NULL,
            duplicates INTEGER NOT NULL
        );
        """,
    ),
    (
        9,
        "event timeline entries, cached by the queries that build them (valid while the cluster keeps its size)",
        """
        CREATE TABLE event_entries (
            cluster_id TEXT PRIMARY KEY REFERENCES event_clusters(id) ON DELETE CASCADE,
            size INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        """,
    ),
    (
        10,
        "event timeline entries record the code that built them (a cached entry serves only that code)",
        """
        ALTER TABLE event_entries ADD COLUMN built_by TEXT;
        """,
    ),
    (
        11,
        "conflicts mark the duplicates `conflicts` leaves out (a disagreement found on claims and on an event)",
        """
        ALTER TABLE conflicts ADD COLUMN duplicate INTEGER;
        CREATE INDEX conflicts_unmarked ON conflicts(id) WHERE duplicate IS NULL;
        """,
    ),
    (
        12,
        "the articles behind each compared question on events, kept by reconciliation (counted without a join)",
        """
        CREATE TABLE event_question_articles (
            cluster_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (cluster_id, article_id)
        ) WITHOUT ROWID;
        INSERT INTO event_question_articles (cluster_id, article_id)
            SELECT DISTINCT em.cluster_id, e.article_id FROM event_membership em JOIN events e ON e.id = em.event_id
            WHERE em.cluster_id IN (SELECT cluster_id FROM event_questions);
        """,
    ),
    (
        13,
        "the conflicts listing reads its rows in order from an index (SQLite sorted them through a temporary file)",
        """
        CREATE INDEX conflicts_listing ON conflicts(duplicate, facet, id);
        """,
    ),
    (
        14,
        "families of event clusters and the clusters of each conflict on events, kept by reconciliation",
        """
        CREATE TABLE event_families (
            cluster_id TEXT NOT NULL,
            family TEXT NOT NULL,
            PRIMARY KEY (cluster_id, family)
        ) WITHOUT ROWID;
        CREATE INDEX event_families_family ON event_families(family);
        CREATE TABLE event_conflict_clusters (
            cluster_id TEXT NOT NULL,
            question TEXT NOT NULL,
            PRIMARY KEY (cluster_id, question)
        ) WITHOUT ROWID;
        CREATE INDEX event_conflict_clusters_question ON event_conflict_clusters(question);
        CREATE INDEX event_question_articles_article ON event_question_articles(article_id);
        -- the families are not known yet: the next refresh reconciles the whole store (and records them)
        DELETE FROM reconciliation;
        """,
    ),
    (
        15,
        "the links that hold each family of event clusters together, and claim_context by claim",
        """
        CREATE TABLE event_family_links (
            family TEXT NOT NULL,
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            PRIMARY KEY (family, a, b)
        ) WITHOUT ROWID;
        CREATE INDEX claim_context_claim ON claim_context(claim_id);
        -- the links are not known yet: the next refresh reconciles the whole store (and records them)
        DELETE FROM reconciliation;
        """,
    ),
    (
        16,
        "actor names by case-folded name (`--actor` looks one up instead of reading every distinct actor;"
        " the stored ones are named by store.sqlite.after_migration)",
        """
        CREATE TABLE actor_names (
            folded TEXT NOT NULL,
            actor TEXT NOT NULL,
            PRIMARY KEY (folded, actor)
        ) WITHOUT ROWID;
        """,
    ),
    (
        17,
        "the articles sharing a copy key, from an index alone (event identity looks for syndicated copies);"
        " the acronyms stored frames define (store.events.write_aliases; named by store.sqlite.after_migration)",
        """
        CREATE INDEX events_copy_article ON events(copy_key, article_id) WHERE copy_key != '';
        DROP INDEX events_copy;
        CREATE TABLE event_aliases (
            name TEXT NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY (name, alias)
        ) WITHOUT ROWID;
        """,
    ),
    (
        18,
        "each conflict's block of the plain `conflicts` listing, kept by the query that first lists it"
        " (listed_by: what built it), so the listing neither reads nor parses the conflicts' JSON again",
        """
        ALTER TABLE conflicts ADD COLUMN listing TEXT;
        ALTER TABLE conflicts ADD COLUMN listed_by TEXT;
        """,
    ),
    (
        19,
        "conflict actors by conflict (deleting a conflict looked for its actors, a foreign key, in every row)",
        """
        CREATE INDEX conflict_actors_conflict ON conflict_actors(conflict_id);
        """,
    ),
    (
        20,
        "what truth discovery learned from the whole store (jobs.refresh.StoredLearning): the reliabilities"
        " of the last whole-store reconciliation and each question's evidence, so that an incremental one"
        " weighs sources as a whole-store one does; the articles whose actor pairs are counted (refreshing"
        " an article again counted them twice)",
        """
        CREATE TABLE counted_articles (
            article_id TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        CREATE TABLE learned_reliability (
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            reliability DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (kind, source)
        ) WITHOUT ROWID;
        CREATE TABLE question_evidence (
            kind TEXT NOT NULL,
            question TEXT NOT NULL,
            family TEXT NOT NULL,
            source TEXT NOT NULL,
            p DOUBLE PRECISION NOT NULL
        );
        CREATE INDEX question_evidence_source ON question_evidence(kind, source);
        CREATE INDEX question_evidence_question ON question_evidence(kind, question);
        CREATE INDEX question_evidence_family ON question_evidence(kind, family);
        -- nothing learned is stored yet: the next refresh reconciles the whole store (and records it)
        DELETE FROM reconciliation;
        """,
    ),
    # 21 copies columns of ``events`` (time_start, time_end, factuality, class) and ``articles.published``
    # into ``event_keys``: derived state that only store.events.write_events writes (nothing updates those
    # columns after the insert). A writer that updates them must update event_keys too.
    (
        21,
        "each identity key keeps what a frame's reach is computed from (time, factuality, publication date,"
        " class), so looking up the clusters a key reaches reads the key index alone, not every key-sharing"
        " frame's row of events and its article",
        """
        ALTER TABLE event_keys ADD COLUMN time_start TEXT;
        ALTER TABLE event_keys ADD COLUMN time_end TEXT;
        ALTER TABLE event_keys ADD COLUMN factuality TEXT;
        ALTER TABLE event_keys ADD COLUMN published TEXT;
        ALTER TABLE event_keys ADD COLUMN class TEXT;
        UPDATE event_keys SET (time_start, time_end, factuality, published, class) = (
            SELECT e.time_start, e.time_end, e.factuality, a.published, e.class
            FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = event_keys.event_id
        );
        """,
    ),
    (
        22,
        "claims keep their attribution and stance as columns (`claims --attribution/--stance` read them, not"
        " every claim's JSON; the stored claims' are filled by store.sqlite.after_migration)",
        """
        ALTER TABLE claims ADD COLUMN attribution TEXT NOT NULL DEFAULT 'author';
        ALTER TABLE claims ADD COLUMN stance TEXT;
        CREATE INDEX claims_attribution ON claims(attribution) WHERE attribution != 'author';
        CREATE INDEX claims_stance ON claims(stance) WHERE stance IS NOT NULL;
        """,
    ),
    (
        23,
        "conflicts on events are reconciled again: those stored before the reconcile change of 4 Dec 2026 (each"
        " question's own participants and clusters, the questions tallied in the reason, their ids) are not what"
        " a refresh computes now, and an incremental one would leave the families it does not touch as they were;"
        " actor pairs by their second actor too (pair totals look an actor up on either side)",
        """
        CREATE INDEX actor_pairs_b ON actor_pairs(b);
        -- the next refresh (an ingest's too) reconciles the whole store, and records it
        DELETE FROM reconciliation;
        """,
    ),
    # 24: written with claim_questions (Store.write_questions), for the same claims.
    (
        24,
        "each claim filed under parties its own actors do not name keeps them (the implied actors its article's"
        " other claims gave it), so an incremental refresh files the claims of the questions it recomputes"
        " without reading their articles' other claims",
        """
        CREATE TABLE claim_parties (
            claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            parties TEXT NOT NULL
        ) WITHOUT ROWID;
        -- no claim's parties are stored yet: the next refresh reconciles the whole store (and records it)
        DELETE FROM reconciliation;
        """,
    ),
    # 25: written by store.events._recluster_near, read and emptied by jobs.refresh
    (
        25,
        "the event clusters an ingest changed without adding a frame to them (its article came before some of"
        " their frames in publication order, so they were clustered again in that order): the next refresh"
        " recomputes them with the clusters of the new frames",
        """
        CREATE TABLE event_clusters_moved (
            cluster_id TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        """,
    ),
    # 26: written by store.events.write_events (filled for the stored articles by store.sqlite.after_migration)
    (
        26,
        "each article's lead rows (an incident class root it reports and a name key of a party its headline and lead"
        " name: events.identity.lead_of), so an ingest holds the articles whose leads name its main actors, whose"
        " incident reports naming no party may be one with its own",
        """
        CREATE TABLE event_leads (
            key TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX event_leads_article ON event_leads(article_id);
        """,
    ),
    # 27: written by jobs.refresh.StoredLearning (reconcile.conflicts.discover's weighed drafts), dropped with
    # the questions' evidence (Store.forget_evidence)
    (
        27,
        "each question truth discovery weighed keeps the vote it was weighed at (its sides' totals and sources, its"
        " margin and status) and the reliability of each of its sources learned from the other questions, so that an"
        " incremental refresh asks again the stored questions whose verdict a source's reliability moved since may"
        " turn (a later article's evidence on a source turned an earlier question's verdict in a whole refresh only)",
        """
        CREATE TABLE weighed_questions (
            kind TEXT NOT NULL,
            question TEXT NOT NULL,
            family TEXT NOT NULL,
            margin DOUBLE PRECISION NOT NULL,
            status TEXT NOT NULL,
            sides TEXT NOT NULL
        );
        CREATE INDEX weighed_questions_question ON weighed_questions(kind, question);
        CREATE INDEX weighed_questions_family ON weighed_questions(kind, family);
        CREATE TABLE weighed_sources (
            kind TEXT NOT NULL,
            question TEXT NOT NULL,
            family TEXT NOT NULL,
            source TEXT NOT NULL,
            reliability DOUBLE PRECISION,
            own DOUBLE PRECISION
        );
        CREATE INDEX weighed_sources_source ON weighed_sources(kind, source);
        CREATE INDEX weighed_sources_question ON weighed_sources(kind, question);
        CREATE INDEX weighed_sources_family ON weighed_sources(kind, family);
        -- no question's weighing is stored yet: the next refresh reconciles the whole store (and records it)
        DELETE FROM reconciliation;
        """,
    ),
]
