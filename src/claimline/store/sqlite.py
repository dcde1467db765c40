"""The claimline store: one SQLite file (or a PostgreSQL database, see :mod:`.postgres`).

* Opening a file migrates it to the current schema (numbered migrations, each
  in a transaction, recorded in ``migrations``); a file that is not a
  claimline store, is corrupted, or comes from a newer claimline raises
  :class:`~claimline.errors.ClaimlineError` naming the file.
* Articles are keyed by a hash of their text: adding the same article again
  changes nothing. An article and its claims are written in one transaction.
* WAL journal and a busy timeout let several ingest processes share a store.
* Conflicts are computed when articles are added (:meth:`Store.refresh_conflicts`)
  and kept in the store, so queries only read.

This module never imports spaCy or dateparser.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence, Sized
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ClaimlineError
from ..version import __version__
from ..views import View
from ..views import load as view_of
from ..vocab import CLAIM_STATUS_SEVERITY
from .errors import database_error, guarded, read_only_filesystem, why_not_writable
from .migrations import APPLICATION_ID, MIGRATIONS, WRITE_LOCK

if TYPE_CHECKING:
    from ..schemas import Article, Claim, Conflict, Extraction, TimeExpr

BUSY_TIMEOUT_MS = 60_000
#: SQLite's page cache per connection, in KiB (its default is 2,000 KiB). An ingest reads back the event clusters,
#: keys and memberships it wrote a few articles before; with the default cache those pages are fetched again from
#: the operating system (a ``pread`` each): the 300 bench articles' store is ~28 MB, and storing them plus the whole
#: refresh spent 0.64-0.81 s of system CPU so, 0.35-0.49 s with 16 MiB (replayed extractions, 5 runs). The cache
#: grows only as pages are read: a small store takes what it needs, a big one at most this.
CACHE_KIB = 16_384
# in the order of the Article model's fields (so that views dump as the model does)
ARTICLE_FIELDS = ("title", "publisher", "published", "url", "author", "id", "path", "fingerprint", "chars")


SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_ENTRY = (
    "INSERT INTO event_entries (cluster_id, size, built_by, data) VALUES (?, ?, ?, ?)"
    " ON CONFLICT(cluster_id) DO UPDATE SET size = excluded.size, built_by = excluded.built_by, data = excluded.data"
)


class _Probe(Exception):
    """Rolls the write probe back."""


@dataclass
class IntegrityReport:
    """What ``PRAGMA integrity_check`` found: ``tables`` damaged, ``problems`` as SQLite words them."""

    ok: bool
    tables: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@guarded
class Store:
    kind = "sqlite"

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self.target = str(self.path)
        self.read_only = False
        if not create and not self.path.exists():
            raise ClaimlineError(f"no claimline store at {self.path}; ingest articles first")
        if self.path.is_dir():
            raise ClaimlineError(f"{self.path} is a directory, not a claimline store")
        self._check_header()
        self._create = create
        if not create and self.path.is_file() and self.path.stat().st_size == 0:
            # a read never turns a file into a store (review 9 W17); ingest may (an empty file is an empty store)
            raise ClaimlineError(f"{self.path} is an empty file, not a claimline store; ingest articles into it first")
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            elif read_only_filesystem(self.path):
                self._open_immutable()
                return
            self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # WAL + NORMAL: a crash may lose the last commits, never consistency
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._check_and_migrate()
            self.db.execute("PRAGMA foreign_keys = ON")
            if create:  # fail now, naming the reason, rather than after a batch's extraction
                self._probe_write()
        except sqlite3.Error as exc:
            raise database_error(self.path, exc) from exc
        except OSError as exc:
            why = why_not_writable(self.path) if create else None
            raise ClaimlineError(f"cannot open store {self.path}: {why or exc.strerror or exc}") from exc

    def _probe_write(self) -> None:
        """A write that is rolled back: SQLite opens a file it may not write read-only and says so
        only at the first write (``BEGIN IMMEDIATE`` alone passes)."""
        with suppress(_Probe), self.transaction() as tx:
            tx.execute("INSERT INTO migrations (version, name, applied_at) VALUES (-1, 'write probe', '')")
            raise _Probe

    def _check_header(self) -> None:
        check_header(self.path)

    def _open_immutable(self) -> None:
        """Open a store on a read-only mount for reading: nobody can write it, so SQLite may
        skip its locks and the -shm file it cannot create there."""
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            raise ClaimlineError(
                f"store {self.path} is on a read-only file system and its last changes are still in {wal.name}; "
                "open it once where it is writable (any claimline command), then mount it read-only again"
            )
        self.read_only = True
        self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
        app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID or "migrations" not in tables:
            raise ClaimlineError(f"{self.path} is not a claimline store")
        done = {r[0] for r in self.db.execute("SELECT version FROM migrations")}
        newest = max(v for v, _, _ in MIGRATIONS)
        if done and max(done) > newest:
            raise ClaimlineError(
                f"{self.path} was written by a newer claimline (schema {max(done)} > {newest}); upgrade claimline"
            )
        missing = {v for v, _, _ in MIGRATIONS} - done
        if missing:
            raise ClaimlineError(
                f"store {self.path} needs an upgrade to schema {max(missing)} but is on a read-only file system; "
                "open it once where it is writable"
            )

    # --------------------------------------------------------------- schema
    def _check_and_migrate(self) -> None:
        db = self.db
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id not in (0, APPLICATION_ID) or (tables and "migrations" not in tables):
            raise ClaimlineError(f"{self.path} is not a claimline store")
        if not tables and not getattr(self, "_create", True):
            raise ClaimlineError(
                f"{self.path} is an empty database, not a claimline store; ingest articles into it first"
            )
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self._retry(lambda: db.execute("PRAGMA journal_mode = WAL"))
        if not tables:
            self._retry(
                lambda: db.executescript(
                    f"PRAGMA application_id = {APPLICATION_ID};"
                    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    " applied_at TEXT NOT NULL);"
                )
            )
        done = {r[0] for r in db.execute("SELECT version FROM migrations")}
        newest = max(v for v, _, _ in MIGRATIONS)
        if done and max(done) > newest:
            raise ClaimlineError(
                f"{self.path} was written by a newer claimline (schema {max(done)} > {newest}); upgrade claimline"
            )
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.transaction() as tx:
                if tx.execute("SELECT 1 FROM migrations WHERE version = ?", (version,)).fetchone():
                    continue  # another process migrated meanwhile
                for statement in split_sql(sql):
                    tx.execute(statement)
                after_migration(tx, version)
                tx.execute(
                    "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (version, name, utc_now()),
                )

    def schema(self) -> str:
        rows = self.db.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name"
        )
        return "\n".join(" ".join(r[0].split()) for r in rows)

    def columns(self) -> dict[str, list[str]]:
        """Table -> its column names, in order (the layout both kinds of store share)."""
        tables = [r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: [r[1] for r in self.db.execute(f"PRAGMA table_info({t})")] for t in tables}

    def indexes(self) -> set[str]:
        """Names of the indexes created by the migrations (not those of primary keys)."""
        rows = self.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        return {r[0] for r in rows}

    def reopen(self) -> Store:
        """Another connection to the same store (for another thread or process)."""
        return type(self)(self.target)

    def migrations(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT version FROM migrations ORDER BY version")]

    @staticmethod
    def _retry(fn, attempts: int = 20):  # type: ignore[no-untyped-def]
        for i in range(attempts):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or i == attempts - 1:
                    raise
                time.sleep(0.05 * (i + 1))
        return None

    @contextmanager
    def transaction(self, lock: int | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction. ``BEGIN IMMEDIATE`` already makes writers take turns, so
        ``lock`` (a named lock for PostgreSQL's advisory locks) needs nothing here."""
        self._retry(lambda: self.db.execute("BEGIN IMMEDIATE"))
        try:
            yield self.db
        except BaseException:
            with suppress(sqlite3.Error):  # a failed COMMIT or I/O error may have ended it already
                self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --------------------------------------------------------------- writes
    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def has_url(self, url: str) -> bool:
        """Whether an article fetched from (or saved with) ``url`` is stored."""
        return self.db.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (url,)).fetchone() is not None

    def add(self, ex: Extraction, *, extractor: str = "") -> bool:
        """Store an article with its claims in one transaction. False if already present.

        Writers take turns (``WRITE_LOCK``): an article's frames are clustered against every cluster
        stored before it, whatever other processes write at the same time."""
        with self.transaction(lock=WRITE_LOCK) as tx:
            return self._add(tx, ex, extractor)

    #: PostgreSQL stores each article in a transaction of its own (its writers lock the event clusters they
    #: change in id order, per transaction)
    _ADD_MANY = True

    def add_many(self, exs: Sequence[Extraction]) -> list[bool]:
        """Store articles as :meth:`add` does, all in one transaction (ingest's batches: a COMMIT costs
        ~1.9 ms of CPU, ~0.5 s per 300 articles); whether each was stored (False: present). Should
        one fail, the batch is undone and stored again one article a transaction, so that the articles
        before the failing one are kept and its error passes on as :meth:`add`'s would."""
        if not self._ADD_MANY or len(exs) < 2:
            return [self.add(ex) for ex in exs]
        try:
            with self.transaction(lock=WRITE_LOCK) as tx:
                return [self._add(tx, ex, "") for ex in exs]
        except Exception:  # noqa: BLE001 - stored again one by one below: the failing one raises there
            pass
        return [self.add(ex) for ex in exs]

    def _add(self, tx: Any, ex: Extraction, extractor: str) -> bool:
        a = ex.article
        # OR IGNORE: a writer racing us with the same article wins, and we store nothing
        cur = tx.execute(
            "INSERT OR IGNORE INTO articles (id, title, publisher, published, url, path, author, fingerprint,"
            " chars, text, times, extractor, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                a.title,
                a.publisher,
                _iso(a.published),
                a.url,
                a.path,
                a.author,
                a.fingerprint,
                a.chars,
                ex.text,
                json.dumps([t.model_dump(mode="json") for t in ex.times]),
                extractor or f"claimline {__version__}",
                utc_now(),
            ),
        )
        if cur.rowcount == 0:
            return False
        tx.executemany(
            "INSERT INTO claims (id, article_id, seq, text, source_actor, subject, modality, negated,"
            " network_tier, time_start, time_end, data, attribution, stance) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    c.id,
                    a.id,
                    seq,
                    c.text,
                    c.source.actor if c.source else None,
                    c.subject,
                    c.modality,
                    int(c.negated),
                    c.network_tier,
                    _iso(c.time.start) if c.time else None,
                    _iso(c.time.end) if c.time else None,
                    c.model_dump_json(),
                    c.attribution,
                    c.stance,
                )
                for seq, c in enumerate(ex.claims)
            ],
        )
        tx.executemany(
            "INSERT OR IGNORE INTO claim_actors (actor, claim_id) VALUES (?, ?)",
            [(actor, c.id) for c in ex.claims for actor in _claim_actors(c)],
        )
        tx.executemany(
            "INSERT OR IGNORE INTO claim_scopes (scope, claim_id, excluded) VALUES (?, ?, ?)",
            [(s, c.id, 0) for c in ex.claims for s in c.use_scopes]
            + [(s, c.id, 1) for c in ex.claims for s in c.excluded_scopes],
        )
        from .events import write_aliases, write_events  # here: they import the event models (pydantic)

        write_events(tx, ex)
        # rows other writers may insert too, last: on PostgreSQL a writer inserting a row another
        # writer's open transaction inserted waits for that transaction to end
        self._name_actors(tx, {actor for c in ex.claims for actor in _claim_actors(c)})
        write_aliases(tx, ex.events)
        return True

    # ------------------------------------------- reconciliation (SQL only)
    # The methods below run inside the caller's ``transaction(lock=RECONCILE_LOCK)``.
    def fully_reconciled(self) -> bool:
        """True once a whole-store reconciliation has recorded every claim's questions."""
        return self.db.execute("SELECT 1 FROM reconciliation WHERE id = 1").fetchone() is not None

    def articles_answering(self, questions: Collection[str]) -> set[str]:
        """Ids of the articles with a claim filed under any of ``questions``."""
        return set(self.claims_answering(questions).values())

    def claims_answering(self, questions: Collection[str]) -> dict[str, str]:
        """claim id -> article id, of the claims filed under any of ``questions``."""
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(questions), 500):
            sql = (
                "SELECT DISTINCT q.claim_id, c.article_id FROM claim_questions q JOIN claims c ON c.id = q.claim_id"
                f" WHERE q.question IN ({_marks(chunk)})"
            )
            out.update((r[0], r[1]) for r in self.db.execute(sql, chunk))
        return out

    def write_questions(
        self,
        candidates: Mapping[str, Collection[str]],
        context: Mapping[str, Collection[str]],
        *,
        everything: bool = False,
        parties: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """Replace the candidate questions, borrowed-context keys and filed parties of the claims in
        ``candidates`` (claim id -> questions; claim id -> keys; claim id -> the parties it was filed
        under when its own actors do not name them: :func:`claimline.reconcile.candidate_filing`), or
        of every claim (``everything``)."""
        ids = sorted(candidates)
        if everything:
            self.db.execute("DELETE FROM claim_questions")
            self.db.execute("DELETE FROM claim_context")
            self.db.execute("DELETE FROM claim_parties")
        else:
            for chunk in _chunks(ids, 500):
                self.db.execute(f"DELETE FROM claim_questions WHERE claim_id IN ({_marks(chunk)})", chunk)
                self.db.execute(f"DELETE FROM claim_context WHERE claim_id IN ({_marks(chunk)})", chunk)
                self.db.execute(f"DELETE FROM claim_parties WHERE claim_id IN ({_marks(chunk)})", chunk)
        self.db.executemany(
            "INSERT INTO claim_questions (question, claim_id) VALUES (?, ?)",
            [(q, cid) for cid in ids for q in sorted(candidates[cid])],
        )
        self.db.executemany(
            "INSERT INTO claim_context (actor, claim_id) VALUES (?, ?)",
            [(a, cid) for cid in sorted(context) if cid in candidates or everything for a in sorted(context[cid])],
        )
        parties = parties or {}
        self.db.executemany(
            "INSERT INTO claim_parties (claim_id, parties) VALUES (?, ?)",
            [(cid, QSEP.join(parties[cid])) for cid in sorted(parties) if (cid in candidates or everything)],
        )

    def parties_of(self, claim_ids: Collection[str]) -> dict[str, tuple[str, ...]]:
        """claim id -> the parties it was filed under (:meth:`write_questions`), for each of ``claim_ids``:
        ``()`` where its own actors name them."""
        out: dict[str, tuple[str, ...]] = dict.fromkeys(claim_ids, ())
        for chunk in _chunks(sorted(claim_ids), 500):
            out.update(
                (cid, tuple(p.split(QSEP)))
                for cid, p in self.db.execute(
                    f"SELECT claim_id, parties FROM claim_parties WHERE claim_id IN ({_marks(chunk)})", chunk
                )
            )
        return out

    def questions_starting(self, prefixes: Collection[str]) -> set[str]:
        """The stored candidate questions whose key starts with one of ``prefixes``."""
        out: set[str] = set()
        for prefix in sorted(set(prefixes)):
            if self.kind == "sqlite":  # a range of the primary key (question, claim_id), not a scan of every row
                # (BINARY collation orders UTF-8 by code point; no stored key holds U+10FFFF)
                sql, args = (
                    "SELECT DISTINCT question FROM claim_questions WHERE question >= ? AND question < ?",
                    (
                        prefix,
                        prefix + "\U0010ffff",
                    ),
                )
            else:  # (a server's collation may not order by code point: the prefix itself is compared)
                sql, args = (
                    "SELECT DISTINCT question FROM claim_questions WHERE substr(question, 1, ?) = ?",
                    (
                        len(prefix),
                        prefix,
                    ),
                )
            out.update(r[0] for r in self.db.execute(sql, args))
        return out

    def questions_of(self, claim_ids: Collection[str]) -> dict[str, set[str]]:
        """claim id -> its stored candidate questions."""
        out: dict[str, set[str]] = {}
        for chunk in _chunks(sorted(claim_ids), 500):
            for q, cid in self.db.execute(
                f"SELECT question, claim_id FROM claim_questions WHERE claim_id IN ({_marks(chunk)})", chunk
            ):
                out.setdefault(cid, set()).add(q)
        return out

    def question_counts(
        self, *, actors: set[str] | None = None, facet: str | None = None, recount: bool = False
    ) -> tuple[int, int, int]:
        """``(questions compared, articles behind them, questions in conflict)``, counted in SQL.

        A question is compared when claims of two or more articles are filed under it
        (``claim_questions``), or when it has a conflict. ``actors`` keeps questions about any of
        them (an actor component of the question key), ``facet`` as in :meth:`conflicts`. Counted
        from the compared questions reconciliation keeps (:meth:`tally_comparison`) when it keeps
        them, else (or ``recount``) from every claim's questions."""
        if actors is not None and not actors:
            return (0, 0, 0)
        cond, args = _question_filter(actors, facet)
        if not recount:
            kept = f"SELECT question FROM compared_questions WHERE {cond}"
            row = self.db.execute(
                f"SELECT (SELECT COUNT(*) FROM ({kept}) k),"
                f" (SELECT COUNT(DISTINCT article_id) FROM compared_articles WHERE question IN ({kept})),"
                f" (SELECT COUNT(*) FROM compared_questions WHERE conflict = 1 AND {cond}),"
                " (SELECT COUNT(*) FROM comparison_totals)",
                args * 3,
            ).fetchone()
            if row[3]:
                return int(row[0]), int(row[1]), int(row[2])
        row = self.db.execute(
            "WITH asked AS (SELECT question, article_id FROM (SELECT q.question AS question, c.article_id AS article_id"
            f" FROM claim_questions q JOIN claims c ON c.id = q.claim_id) a WHERE {cond}),"
            f" disputed AS (SELECT DISTINCT question FROM conflicts WHERE question IS NOT NULL AND {cond}"
            " AND question NOT LIKE 'event_%'),"  # conflicts on events: store/events.py counts them
            " compared AS (SELECT question FROM asked GROUP BY question HAVING COUNT(DISTINCT article_id) > 1"
            " UNION SELECT question FROM disputed)"
            " SELECT (SELECT COUNT(*) FROM compared),"
            " (SELECT COUNT(DISTINCT article_id) FROM asked WHERE question IN (SELECT question FROM compared)),"
            " (SELECT COUNT(*) FROM disputed)",
            args * 2,
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def question_articles(self, *, actors: set[str] | None = None, facet: str | None = None) -> set[str]:
        """The ids of the articles :meth:`question_counts` counts (behind the compared questions, from every
        claim's questions): for a count joined with other articles, e.g. those of questions on events."""
        if actors is not None and not actors:
            return set()
        cond, args = _question_filter(actors, facet)
        rows = self.db.execute(
            "WITH asked AS (SELECT question, article_id FROM (SELECT q.question AS question, c.article_id AS article_id"
            f" FROM claim_questions q JOIN claims c ON c.id = q.claim_id) a WHERE {cond}),"
            f" disputed AS (SELECT DISTINCT question FROM conflicts WHERE question IS NOT NULL AND {cond}"
            " AND question NOT LIKE 'event_%'),"
            " compared AS (SELECT question FROM asked GROUP BY question HAVING COUNT(DISTINCT article_id) > 1"
            " UNION SELECT question FROM disputed)"
            " SELECT DISTINCT article_id FROM asked WHERE question IN (SELECT question FROM compared)",
            args * 2,
        )
        return {r[0] for r in rows}

    def claims_borrowing(self, keys: Collection[str]) -> dict[str, str]:
        """claim id -> article id of the claims whose filing borrowed any of ``keys`` (the pair counts
        named by :func:`claimline.reconcile.borrowed_context`; the ``actor`` column holds the keys)."""
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(keys), 500):
            out.update(
                (r[0], r[1])
                for r in self.db.execute(
                    "SELECT DISTINCT x.claim_id, c.article_id FROM claim_context x JOIN claims c ON c.id = x.claim_id"
                    f" WHERE x.actor IN ({_marks(chunk)})",
                    chunk,
                )
            )
        return out

    def write_conflicts(self, keyed: Sequence[tuple[str, Conflict]], questions: Collection[str] | None) -> set[str]:
        """Replace the conflicts of ``questions`` (every conflict when None) by ``keyed`` (question, conflict).

        A conflict found again as it is stored (same id, question and JSON) is left as it is: its
        rows, its duplicate mark and its claims' statuses stay right, and most conflicts of the
        questions an article touches are found unchanged. Returns the ids of the claims whose status
        may have changed (on a side of a conflict removed or written)."""
        rows = [(c.id, c.facet, c.status, _latest(c), c.model_dump_json(), q) for q, c in keyed]
        if questions is None:
            touched = {r[0] for r in self.db.execute("SELECT claim_id FROM conflict_claims")}
            for table in ("conflict_claims", "conflict_actors", "event_conflict_clusters", "conflicts"):
                self.db.execute(f"DELETE FROM {table}")
            kept: set[str] = set()
        else:
            stored: dict[str, tuple[str, str]] = {}
            for chunk in _chunks(sorted(questions), 500):
                stored.update(
                    (r[0], (r[1], r[2]))
                    for r in self.db.execute(
                        f"SELECT id, question, data FROM conflicts WHERE question IN ({_marks(chunk)})", chunk
                    )
                )
            new = {r[0]: (r[5], r[4]) for r in rows}
            kept = {cid for cid, was in stored.items() if new.get(cid) == was}
            gone = sorted(stored.keys() - kept)
            touched = set()
            for chunk in _chunks(gone, 500):
                marks = _marks(chunk)
                sides = self.db.execute(f"SELECT claim_id FROM conflict_claims WHERE conflict_id IN ({marks})", chunk)
                touched.update(r[0] for r in sides)
                self.db.execute(f"DELETE FROM conflict_claims WHERE conflict_id IN ({marks})", chunk)
                self.db.execute(f"DELETE FROM conflict_actors WHERE conflict_id IN ({marks})", chunk)
                self.db.execute(f"DELETE FROM conflicts WHERE id IN ({marks})", chunk)
            # the clusters compared by the conflicts on events of ``questions`` (a conflict on an event is
            # its question's only one: the rows of a question go with its conflict)
            for chunk in _chunks(sorted({stored[cid][0] for cid in gone}), 500):
                self.db.execute(f"DELETE FROM event_conflict_clusters WHERE question IN ({_marks(chunk)})", chunk)
            rows = [r for r in rows if r[0] not in kept]
        written = {r[0] for r in rows}
        written_keyed = [(q, c) for q, c in keyed if c.id in written]
        self.db.executemany(
            "INSERT INTO conflicts (id, facet, status, latest, data, question) VALUES (?,?,?,?,?,?)", rows
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO conflict_actors (actor, conflict_id) VALUES (?, ?)",
            [(actor, c.id) for _, c in written_keyed for actor in c.subject],
        )
        self.db.executemany(  # the clusters a conflict on events compared (migration 14)
            "INSERT OR IGNORE INTO event_conflict_clusters (cluster_id, question) VALUES (?, ?)",
            [(cid, q) for q, c in written_keyed if c.event is not None for cid in c.event.cluster_ids],
        )
        sides = _claim_sides(c for _, c in written_keyed)
        self.db.executemany(
            "INSERT OR IGNORE INTO conflict_claims (conflict_id, claim_id, status) VALUES (?,?,?)", sides
        )
        touched.update(r[1] for r in sides)
        self.tally_comparison(questions)
        return touched

    # -------------------------------------------------- comparison tallies
    # What ``claimline conflicts`` counts as compared (migration 8), kept where reconciliation writes
    # questions: the rows of the recomputed questions are replaced, then the one row of totals is
    # counted from these small tables, so the query reads one row.
    _ASKED = "SELECT q.question, c.article_id FROM claim_questions q JOIN claims c ON c.id = q.claim_id"
    _DISPUTED = "SELECT DISTINCT question FROM conflicts WHERE question IS NOT NULL AND question NOT LIKE 'event_%'"

    def tally_comparison(self, questions: Collection[str] | None) -> None:
        """Replace the compared-question rows of ``questions`` (every question when None, or when the
        store has no totals yet), then the totals (as :meth:`question_counts` and
        :func:`.event_questions.event_question_counts` count them unfiltered; the duplicates are
        :meth:`record_duplicates`' once the conflicts are listed). Of ``questions`` only the rows that
        change are written (a new article adds itself to the questions it answers; the other rows stay)."""
        if questions is not None and self.comparison_totals() is None:
            questions = None
        asked: dict[str, set[str]] = {}
        stored: dict[str, int] = {}
        stored_articles: set[tuple[str, str]] = set()
        if questions is None:
            self.db.execute("DELETE FROM compared_articles")
            self.db.execute("DELETE FROM compared_questions")
            for q, aid in self.db.execute(self._ASKED):
                asked.setdefault(q, set()).add(aid)
            disputed = {r[0] for r in self.db.execute(self._DISPUTED)}
        else:
            disputed = set()
            for chunk in _chunks(sorted(questions), 500):
                marks = _marks(chunk)
                stored.update(
                    (r[0], int(r[1]))
                    for r in self.db.execute(
                        f"SELECT question, conflict FROM compared_questions WHERE question IN ({marks})", chunk
                    )
                )
                stored_articles.update(
                    (r[0], r[1])
                    for r in self.db.execute(
                        f"SELECT question, article_id FROM compared_articles WHERE question IN ({marks})", chunk
                    )
                )
                for q, aid in self.db.execute(f"{self._ASKED} WHERE q.question IN ({marks})", chunk):
                    asked.setdefault(q, set()).add(aid)
                disputed.update(r[0] for r in self.db.execute(f"{self._DISPUTED} AND question IN ({marks})", chunk))
        compared = {q: int(q in disputed) for q in {q for q, arts in asked.items() if len(arts) > 1} | disputed}
        rows = {(q, a) for q in compared for a in asked.get(q, ())}
        self.db.executemany(
            "DELETE FROM compared_questions WHERE question = ?",
            [(q,) for q in sorted(stored) if compared.get(q) != stored[q]],
        )
        self.db.executemany(
            "INSERT INTO compared_questions (question, conflict) VALUES (?, ?)",
            [(q, n) for q, n in sorted(compared.items()) if stored.get(q) != n],
        )
        gone, added = sorted(stored_articles - rows), sorted(rows - stored_articles)
        moved = {a for _, a in gone + added}  # the articles that may join or leave the count
        with_rows = "SELECT DISTINCT article_id FROM compared_articles WHERE article_id IN ({marks})"
        had = self._first_column_in(with_rows, moved) if questions is not None else set()
        self.db.executemany("DELETE FROM compared_articles WHERE question = ? AND article_id = ?", gone)
        self.db.executemany("INSERT INTO compared_articles (question, article_id) VALUES (?, ?)", added)
        from .event_questions import event_question_counts

        totals = self.comparison_totals() if questions is not None else None
        if totals is None:  # counted afresh
            sums = "SELECT COUNT(*), COALESCE(SUM(conflict), 0) FROM compared_questions"
            n, in_conflict = self.db.execute(sums).fetchone()
            articles = self.db.execute("SELECT COUNT(DISTINCT article_id) FROM compared_articles").fetchone()[0]
        else:  # the totals before, plus what changed (not a count over the store)
            now = self._first_column_in(with_rows, moved)
            n = totals[0] + len(compared) - len(stored)
            in_conflict = totals[2] + sum(compared.values()) - sum(stored.values())
            articles = totals[1] + len(now - had) - len(had - now)
        # the events' totals: kept by what each write of their rows changed (.event_questions), counted when afresh
        events = event_question_counts(self.db) if totals is None else totals[3:6]
        self.db.execute(
            "INSERT INTO comparison_totals (id, questions, articles, in_conflict, events_compared,"
            " events_in_conflict, event_articles, duplicates) VALUES (1, ?, ?, ?, ?, ?, ?, 0)"
            " ON CONFLICT (id) DO UPDATE SET questions = excluded.questions, articles = excluded.articles,"
            " in_conflict = excluded.in_conflict, events_compared = excluded.events_compared,"
            " events_in_conflict = excluded.events_in_conflict, event_articles = excluded.event_articles",
            (int(n), int(articles), int(in_conflict), events[0], events[1], events[2]),
        )

    # ------------------------------------------------------- duplicates
    # A disagreement found on claims and on an event is listed once
    # (:func:`claimline.reconcile.duplicates.without_duplicates`): reconciliation marks the conflicts
    # left out (migration 11, ``conflicts.duplicate`` 1, shown 0), so ``conflicts`` reads only the
    # shown rows. NULL: not marked yet (conflicts stored before migration 11, or written and not
    # yet marked); the next reconciliation marks them.

    def duplicates_marked(self) -> bool:
        """Whether every stored conflict is marked shown or duplicate."""
        return self.db.execute("SELECT 1 FROM conflicts WHERE duplicate IS NULL LIMIT 1").fetchone() is None

    def mark_duplicates(self, duplicate: Mapping[str, bool]) -> None:
        """Mark conflicts (id -> True: a duplicate, left out of the listing; False: shown)."""
        self.db.executemany(  # (a mark that stands is not written again)
            "UPDATE conflicts SET duplicate = ? WHERE id = ? AND (duplicate IS NULL OR duplicate != ?)",
            [(int(d), cid, int(d)) for cid, d in sorted(duplicate.items())],
        )

    def duplicate_marks(self, conflict_ids: Collection[str]) -> dict[str, int | None]:
        """conflict id -> its mark (1 duplicate, 0 shown, None not marked yet)."""
        out: dict[str, int | None] = {}
        for chunk in _chunks(sorted(conflict_ids), 500):
            sql = f"SELECT id, duplicate FROM conflicts WHERE id IN ({_marks(chunk)})"
            out.update((r[0], None if r[1] is None else int(r[1])) for r in self.db.execute(sql, chunk))
        return out

    def listed_of(self, questions: Collection[str]) -> list[Any]:
        """Light views of the conflicts on ``questions`` marked shown (in facet, id order)."""
        out: list[Any] = []
        for chunk in _chunks(sorted(questions), 500):
            # (the mark tested on the rows read: with it in the WHERE, SQLite reads every shown conflict
            # through the listing index, 7 ms on 3,274, instead of the few of these questions)
            sql = f"SELECT data, duplicate FROM conflicts WHERE question IN ({_marks(chunk)})"
            out.extend(view_of(r[0]) for r in self.db.execute(sql, chunk) if r[1] is not None and int(r[1]) == 0)
        return sorted(out, key=lambda c: (c.facet, c.id))

    def mark_shown(self) -> None:
        """Mark every conflict shown (``mark_duplicates`` then marks the few duplicates)."""
        self.db.execute("UPDATE conflicts SET duplicate = 0 WHERE duplicate IS NULL OR duplicate != 0")

    def listed_count(self) -> tuple[int, int]:
        """(conflicts shown, conflicts marked duplicates)."""
        rows = dict(self.db.execute("SELECT duplicate, count(*) FROM conflicts GROUP BY duplicate").fetchall())
        return int(rows.get(0, 0)), int(rows.get(1, 0))

    def event_conflict_ids(self) -> set[str]:
        """The ids of the stored conflicts on events."""
        return {r[0] for r in self.db.execute("SELECT id FROM conflicts WHERE question LIKE ?", ("event\x1f%",))}

    def _first_column_in(self, sql: str, values: Collection[str]) -> set[str]:
        """The first column of ``sql`` (whose ``{marks}`` is an ``IN`` list) over ``values``, 500 at a time."""
        out: set[str] = set()
        for chunk in _chunks(sorted(values), 500):
            out.update(r[0] for r in self.db.execute(sql.format(marks=_marks(chunk)), chunk))
        return out

    def conflicts_on_claims(self, claim_ids: Collection[str]) -> set[str]:
        """The ids of the stored conflicts with one of ``claim_ids`` on a side."""
        return self._first_column_in(
            "SELECT DISTINCT conflict_id FROM conflict_claims WHERE claim_id IN ({marks})", claim_ids
        )

    def claims_of_conflicts(self, conflict_ids: Collection[str]) -> set[str]:
        """The ids of the claims on the sides of ``conflict_ids``."""
        return self._first_column_in(
            "SELECT claim_id FROM conflict_claims WHERE conflict_id IN ({marks})", conflict_ids
        )

    def conflict_views(self, conflict_ids: Collection[str]) -> list[Any]:
        """Light views of ``conflict_ids`` (in id order)."""
        out: list[Any] = []
        for chunk in _chunks(sorted(conflict_ids), 500):
            rows = self.db.execute(f"SELECT data FROM conflicts WHERE id IN ({_marks(chunk)}) ORDER BY id", chunk)
            out.extend(view_of(r[0]) for r in rows)
        return out

    def record_duplicates(self, n: int) -> None:
        """Store, with the totals, how many disagreements were found both on claims and on an event
        (:func:`claimline.reconcile.duplicates.without_duplicates` leaves ``n`` conflicts out)."""
        self.db.execute("UPDATE comparison_totals SET duplicates = ? WHERE id = 1", (n,))

    def comparison_totals(self) -> tuple[int, int, int, int, int, int, int] | None:
        """``(questions, articles, in_conflict, events_compared, events_in_conflict, event_articles,
        duplicates)`` as the last reconciliation counted them; None before the first one."""
        row = self.db.execute(
            "SELECT questions, articles, in_conflict, events_compared, events_in_conflict, event_articles, duplicates"
            " FROM comparison_totals WHERE id = 1"
        ).fetchone()
        return None if row is None else tuple(int(x) for x in row)  # type: ignore[return-value]

    def conflicts_of(self, questions: Collection[str] | None, *, view: bool = False) -> list[Conflict]:
        """The conflicts on ``questions`` (question keys), every conflict when None; ``view=True``:
        light views, not models."""
        if questions is None:
            return self.conflicts(view=view)
        from ..schemas import Conflict

        parse = view_of if view else Conflict.model_validate_json
        out: list[Conflict] = []
        for chunk in _chunks(sorted(questions), 500):
            rows = self.db.execute(
                f"SELECT data FROM conflicts WHERE question IN ({_marks(chunk)}) ORDER BY facet, id", chunk
            )
            out.extend(parse(r[0]) for r in rows)
        return out

    def question_closure(self, questions: Collection[str], rounds: int = 4) -> set[str]:
        """``questions`` and the questions of the stored conflicts that share a claim with theirs, and so on
        (at most ``rounds`` steps): the conflicts that decide together which of them report one disagreement."""
        found = set(questions)
        frontier = set(found)
        for _ in range(rounds):
            more = self._first_column_in(
                "SELECT DISTINCT b.question FROM conflicts a"
                " JOIN conflict_claims x ON x.conflict_id = a.id"
                " JOIN conflict_claims y ON y.claim_id = x.claim_id"
                " JOIN conflicts b ON b.id = y.conflict_id"
                " WHERE a.question IN ({marks}) AND b.question IS NOT NULL",
                frontier,
            )
            frontier = more - found
            if not frontier:
                break
            found |= frontier
        return found

    def side_statuses(self, claim_ids: Collection[str]) -> list[tuple[str, str]]:
        """(claim id, side status) for every conflict side the claims are on."""
        out: list[tuple[str, str]] = []
        for chunk in _chunks(sorted(claim_ids), 500):
            out.extend(
                (r[0], r[1])
                for r in self.db.execute(
                    f"SELECT claim_id, status FROM conflict_claims WHERE claim_id IN ({_marks(chunk)})", chunk
                )
            )
        return out

    def write_statuses(self, claim_ids: Collection[str], statuses: Mapping[str, str], *, everything: bool) -> None:
        """Replace the statuses of ``claim_ids`` (all when ``everything``) by ``statuses`` (of
        ``claim_ids``, only those that change are written)."""
        if everything:
            self.db.execute("DELETE FROM claim_status")
            self.db.executemany("INSERT INTO claim_status (claim_id, status) VALUES (?, ?)", sorted(statuses.items()))
            return
        was = self.statuses(claim_ids)
        self.db.executemany(
            "DELETE FROM claim_status WHERE claim_id = ?", [(c,) for c in sorted(was) if statuses.get(c) != was[c]]
        )
        self.db.executemany(
            "INSERT INTO claim_status (claim_id, status) VALUES (?, ?)",
            [(c, st) for c, st in sorted(statuses.items()) if was.get(c) != st],
        )

    def pair_totals(self, actors: Collection[str] | None = None) -> dict[tuple[str, str], int]:
        """The whole store's actor pair counts (kept by reconciliation); with ``actors``, only the
        pairs with one of them (all that claims about those actors consult)."""
        if actors is None:
            return {(a, b): n for a, b, n in self.db.execute("SELECT a, b, n FROM actor_pairs")}
        out: dict[tuple[str, str], int] = {}
        for chunk in _chunks(sorted(actors), 400):
            marks = _marks(chunk)
            out.update(
                ((a, b), n)
                for a, b, n in self.db.execute(
                    f"SELECT a, b, n FROM actor_pairs WHERE a IN ({marks}) UNION SELECT a, b, n FROM actor_pairs"
                    f" WHERE b IN ({marks})",
                    [*chunk, *chunk],
                )
            )
        return out

    def conflict_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM conflicts").fetchone()[0]

    def add_pair_counts(self, counts: Mapping[tuple[str, str], int], *, replace: bool = False) -> None:
        """Add ``counts`` to the stored actor pair counts (``replace``: make them the counts)."""
        if replace:
            self.db.execute("DELETE FROM actor_pairs")
        self.db.executemany(
            "INSERT INTO actor_pairs (a, b, n) VALUES (?, ?, ?)"
            " ON CONFLICT (a, b) DO UPDATE SET n = actor_pairs.n + excluded.n",
            [(a, b, n) for (a, b), n in sorted(counts.items())],
        )

    def counted_articles(self, article_ids: Collection[str]) -> set[str]:
        """Those of ``article_ids`` whose claims' actor pairs the stored counts hold (migration 20)."""
        return self._first_column_in(
            "SELECT article_id FROM counted_articles WHERE article_id IN ({marks})", article_ids
        )

    def mark_counted(self, article_ids: Collection[str] | None) -> None:
        """Record that the pair counts hold ``article_ids`` (None: every stored article, and only them)."""
        if article_ids is None:
            self.db.execute("DELETE FROM counted_articles")
            self.db.execute("INSERT INTO counted_articles (article_id) SELECT id FROM articles")
            return
        self.db.executemany(
            "INSERT OR IGNORE INTO counted_articles (article_id) VALUES (?)", [(a,) for a in sorted(article_ids)]
        )

    def negative_answers(self) -> set[tuple[str, str]]:
        """The whole store's (facet or predicate, actor) "no" answers (kept by reconciliation)."""
        return {(f, a) for f, a in self.db.execute("SELECT facet, actor FROM negative_answers")}

    def add_negative_answers(self, entries: Collection[tuple[str, str]], *, replace: bool = False) -> None:
        if replace:
            self.db.execute("DELETE FROM negative_answers")
        self.db.executemany("INSERT OR IGNORE INTO negative_answers (facet, actor) VALUES (?, ?)", sorted(entries))

    def mark_fully_reconciled(self) -> None:
        self.db.execute("DELETE FROM reconciliation")
        self.db.execute("INSERT INTO reconciliation (id, applied_at) VALUES (1, ?)", (utc_now(),))

    # What truth discovery learned from the whole store (migration 20), per kind of question
    # ("claims", "events": learned apart): the reliabilities of the last whole-store reconciliation,
    # and each question's evidence (source -> p; ``family``: the family of clusters of a question on
    # events, '' for claims), kept by every reconciliation (jobs.refresh.StoredLearning).
    def learned_reliability(self, kind: str) -> dict[str, float]:
        rows = self.db.execute("SELECT source, reliability FROM learned_reliability WHERE kind = ?", (kind,))
        return {s: float(r) for s, r in rows}

    def stored_evidence(self, kind: str, sources: Collection[str]) -> dict[str, list[float]]:
        """Source -> the p of every stored question ``kind`` it gave evidence to."""
        out: dict[str, list[float]] = {}
        for chunk in _chunks(sorted(sources), 500):
            rows = self.db.execute(
                f"SELECT source, p FROM question_evidence WHERE kind = ? AND source IN ({_marks(chunk)})",
                (kind, *chunk),
            )
            for s, p in rows:
                out.setdefault(s, []).append(float(p))
        return out

    def savepoint(self, name: str, end: str = "") -> None:
        """Within a transaction: mark a savepoint ``name`` (``end`` "": set it; "rollback": undo what
        was written since, keeping the savepoint; "release": forget it, keeping what was written)."""
        sql = {"": "SAVEPOINT {}", "rollback": "ROLLBACK TO SAVEPOINT {}", "release": "RELEASE SAVEPOINT {}"}[end]
        self.db.execute(sql.format(name))

    def forget_evidence(
        self, kind: str, *, questions: Collection[str] | None = None, families: Collection[str] | None = None
    ) -> dict[str, list[float]]:
        """Drop the evidence of ``questions`` and of the questions of ``families`` (neither: everything
        learned of ``kind``, reliabilities too); returns what was dropped (source -> p of each)."""
        if questions is None and families is None:
            for table in ("question_evidence", "learned_reliability", "weighed_questions", "weighed_sources"):
                self.db.execute(f"DELETE FROM {table} WHERE kind = ?", (kind,))
            return {}
        out: dict[str, list[float]] = {}
        for column, values in (("question", questions), ("family", families)):
            for chunk in _chunks(sorted(values or ()), 500):
                where = f"WHERE kind = ? AND {column} IN ({_marks(chunk)})"
                for src, p in self.db.execute(f"SELECT source, p FROM question_evidence {where}", (kind, *chunk)):
                    out.setdefault(src, []).append(float(p))
                for table in ("question_evidence", "weighed_questions", "weighed_sources"):
                    self.db.execute(f"DELETE FROM {table} {where}", (kind, *chunk))
        return out

    def set_reliability(self, kind: str, reliability: Mapping[str, float | None]) -> None:
        """Store learned reliabilities (None: nothing learned of that source, the prior)."""
        for chunk in _chunks(sorted(reliability), 500):
            self.db.execute(
                f"DELETE FROM learned_reliability WHERE kind = ? AND source IN ({_marks(chunk)})", (kind, *chunk)
            )
        self.db.executemany(
            "INSERT INTO learned_reliability (kind, source, reliability) VALUES (?, ?, ?)",
            [(kind, k, r) for k, r in sorted(reliability.items()) if r is not None],
        )

    def record_evidence(
        self,
        kind: str,
        rows: Iterable[tuple[str, str, str, float]],
        reliability: Mapping[str, float] | None = None,
    ) -> None:
        """Add evidence rows (question, family, source, p) and, from a whole-store run, the reliabilities."""
        self.db.executemany(
            "INSERT INTO question_evidence (kind, question, family, source, p) VALUES (?, ?, ?, ?, ?)",
            [(kind, *r) for r in rows],
        )
        if reliability is not None:
            self.db.executemany(
                "INSERT INTO learned_reliability (kind, source, reliability) VALUES (?, ?, ?)",
                [(kind, s, r) for s, r in sorted(reliability.items())],
            )

    # How truth discovery weighed each question it re-voted (migration 27): the vote (its sides' totals
    # and sources, margin, status: ``reconcile.verdict.Weighing``) and, per source, the reliability the
    # other questions taught (NULL: none had evidence on it, the prior) and the question's own evidence
    # (NULL: none); dropped with the question's evidence (forget_evidence).
    def record_weighings(
        self,
        kind: str,
        questions: Iterable[tuple[str, str, float, str, str]],
        sources: Iterable[tuple[str, str, str, float | None, float | None]],
    ) -> None:
        """Add weighed questions (question, family, margin, status, sides as JSON) and their sources
        (question, family, source, reliability, own evidence)."""
        self.db.executemany(
            "INSERT INTO weighed_questions (kind, question, family, margin, status, sides) VALUES (?, ?, ?, ?, ?, ?)",
            [(kind, *r) for r in questions],
        )
        self.db.executemany(
            "INSERT INTO weighed_sources (kind, question, family, source, reliability, own) VALUES (?, ?, ?, ?, ?, ?)",
            [(kind, *r) for r in sources],
        )

    def weighed_with(self, kind: str, sources: Collection[str]) -> set[str]:
        """The stored weighed questions of ``kind`` one of ``sources`` was weighed in."""
        out: set[str] = set()
        for chunk in _chunks(sorted(sources), 500):
            where = f"WHERE kind = ? AND source IN ({_marks(chunk)})"
            out.update(
                q for (q,) in self.db.execute(f"SELECT DISTINCT question FROM weighed_sources {where}", (kind, *chunk))
            )
        return out

    def weighings(
        self, kind: str, questions: Collection[str]
    ) -> dict[str, tuple[str, str, dict[str, tuple[float | None, float | None]]]]:
        """Question -> (family, sides as JSON, source -> (reliability, own evidence)) of the stored
        weighed ``questions`` of ``kind``."""
        out: dict[str, tuple[str, str, dict[str, tuple[float | None, float | None]]]] = {}
        for chunk in _chunks(sorted(questions), 500):
            where = f"WHERE kind = ? AND question IN ({_marks(chunk)})"
            for q, f, sides in self.db.execute(
                f"SELECT question, family, sides FROM weighed_questions {where}", (kind, *chunk)
            ):
                out[q] = (f, sides, {})
            rows = self.db.execute(
                f"SELECT question, source, reliability, own FROM weighed_sources {where}", (kind, *chunk)
            )
            for q, src, r, own in rows:
                if q in out:
                    out[q][2][src] = (None if r is None else float(r), None if own is None else float(own))
        return out

    # ------------------------------------------------------------ integrity
    def check(self) -> IntegrityReport:
        """SQLite's integrity check, naming the damaged tables."""
        return check_connection(self.db)

    # ------------------------------------------------------ refresh history
    def unreconciled(self) -> list[str]:
        """IDs of the articles stored since the last recorded reconciliation."""
        return [r[0] for r in self.db.execute("SELECT id FROM articles WHERE refresh_id IS NULL ORDER BY id")]

    def record_refresh(self, articles: Sequence[str], conflicts: int, changes: Sequence[Sequence[str | None]]) -> int:
        """Record one reconciliation: the articles it took in and what it changed, as
        ``(kind, ref, was, now, article IDs as JSON)`` rows."""
        with self.transaction() as tx:
            rid = tx.execute("SELECT coalesce(max(id), 0) + 1 FROM refreshes").fetchone()[0]
            tx.execute(
                "INSERT INTO refreshes (id, refreshed_at, articles, conflicts) VALUES (?, ?, ?, ?)",
                (rid, utc_now(), len(articles), conflicts),
            )
            for chunk in _chunks(list(articles), 500):
                tx.execute(f"UPDATE articles SET refresh_id = ? WHERE id IN ({_marks(chunk)})", (rid, *chunk))
            tx.executemany(
                "INSERT OR IGNORE INTO change_log (refresh_id, kind, ref, was, now, articles) VALUES (?,?,?,?,?,?)",
                [(rid, *row) for row in changes],
            )
        return rid

    def refresh_articles(self, refresh_ids: Iterable[int]) -> list[str]:
        out: list[str] = []
        for chunk in _chunks(sorted(set(refresh_ids)), 500):
            rows = self.db.execute(
                f"SELECT id FROM articles WHERE refresh_id IN ({_marks(chunk)}) ORDER BY refresh_id, id", chunk
            )
            out.extend(r[0] for r in rows)
        return out

    def refreshes(self, since: str | None = None) -> list[dict[str, object]]:
        """Recorded reconciliations (newest last), those at or after ``since`` (an ISO date or time)."""
        cols = ("id", "refreshed_at", "articles", "conflicts")
        sql = f"SELECT {', '.join(cols)} FROM refreshes"
        rows = self.db.execute(
            sql + (" WHERE refreshed_at >= ? ORDER BY id" if since else " ORDER BY id"), (since,) if since else ()
        )
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def change_log(self, refresh_ids: Iterable[int]) -> list[dict[str, object]]:
        cols = ("refresh_id", "kind", "ref", "was", "now", "articles")
        out: list[dict[str, object]] = []
        for chunk in _chunks(sorted(set(refresh_ids)), 500):
            rows = self.db.execute(
                f"SELECT {', '.join(cols)} FROM change_log WHERE refresh_id IN ({_marks(chunk)})"
                " ORDER BY refresh_id, kind, ref",
                chunk,
            )
            out.extend(dict(zip(cols, r, strict=True)) for r in rows)
        return out

    # ---------------------------------------------------------------- reads
    def counts(self) -> dict[str, int]:
        q = self.db.execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "claims": q("SELECT count(*) FROM claims").fetchone()[0],
            "actors": q("SELECT count(DISTINCT actor) FROM claim_actors").fetchone()[0],
            "conflicts": q("SELECT count(*) FROM conflicts").fetchone()[0],
        }

    def actor_counts(self) -> list[tuple[str, int]]:
        """Every actor with its number of claims, most claims first."""
        rows = self.db.execute("SELECT actor, count(*) FROM claim_actors GROUP BY actor ORDER BY count(*) DESC, actor")
        return [(a, n) for a, n in rows]

    def known_actors(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT DISTINCT actor FROM claim_actors")}

    def publishers(self) -> list[str]:
        """Every distinct publisher of the stored articles (indexed: articles_publisher)."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL")]

    def source_actor_counts(self) -> list[tuple[str, int]]:
        """Every actor a claim is attributed to with its number of claims ("A union official, Petr Hora,
        said A": Petr Hora), most claims first (review 19 A5: a speaker is an actor, named or not in a
        claim's content)."""
        rows = self.db.execute(
            "SELECT source_actor, count(*) FROM claims WHERE source_actor IS NOT NULL"
            " GROUP BY source_actor ORDER BY count(*) DESC, source_actor"
        )
        return [(a, n) for a, n in rows]

    def actors_named(self, folded: str) -> set[str]:
        """The stored actors whose case-folded name is ``folded`` (``actor_names``, migration 16: one
        indexed row, not every distinct actor of the store)."""
        return {r[0] for r in self.db.execute("SELECT actor FROM actor_names WHERE folded = ?", (folded,))}

    def conflict_actor_names(self) -> set[str]:
        """Every name the stored conflicts are filed under (``conflict_actors``: actors of claims and the
        participants of events, as their labels print them)."""
        return {r[0] for r in self.db.execute("SELECT DISTINCT actor FROM conflict_actors")}

    @staticmethod
    def _name_actors(tx: Any, actors: set[str]) -> None:
        """Keep ``actor_names`` (every actor of ``claim_actors``, by case-folded name): name ``actors``
        (migration 16 named those stored before it, in its own transaction)."""
        rows = sorted((a.casefold(), a) for a in actors)
        # only the names not stored yet: on PostgreSQL, inserting a name another writer's open
        # transaction inserted waits for that transaction (writers adding "NATO" would queue)
        for chunk in _chunks(sorted({f for f, _ in rows}), 500):
            known = set(tx.execute(f"SELECT folded, actor FROM actor_names WHERE folded IN ({_marks(chunk)})", chunk))
            rows = [r for r in rows if tuple(r) not in known]
        tx.executemany("INSERT OR IGNORE INTO actor_names (folded, actor) VALUES (?, ?)", rows)

    def articles(self, ids: Iterable[str] | None = None, *, view: bool = False) -> list[Any]:
        """Articles (without text), by publication date; ``view=True``: :class:`View` rows, not models."""
        names = ARTICLE_FIELDS
        cols = ", ".join(names)
        if ids is None:
            rows = list(self.db.execute(f"SELECT {cols} FROM articles ORDER BY published NULLS FIRST, id"))
        else:
            wanted = sorted(set(ids))
            rows = []
            for chunk in _chunks(wanted, 500):
                marks = _marks(chunk)
                rows.extend(self.db.execute(f"SELECT {cols} FROM articles WHERE id IN ({marks})", chunk))
            rows.sort(key=lambda r: (r[2] or "", r[5]))  # published, id
        if view:
            return [View(zip(names, r, strict=True)) for r in rows]
        from ..schemas import Article

        return [Article(**dict(zip(names, r, strict=True))) for r in rows]

    def article_text(self, article_id: str) -> str | None:
        """The text of one article (None when it is not stored)."""
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else row[0]

    def articles_with_text(self, ids: Iterable[str]) -> dict[str, tuple[Any, str]]:
        """article id -> (the article as a :class:`View`, its text), for the stored ones of ``ids``: one
        query for all (``show CONFLICT``: the sentences of its claims)."""
        cols = ", ".join(ARTICLE_FIELDS)
        out: dict[str, tuple[Any, str]] = {}
        for chunk in _chunks(sorted(set(ids)), 500):
            for row in self.db.execute(f"SELECT {cols}, text FROM articles WHERE id IN ({_marks(chunk)})", chunk):
                article = View(zip(ARTICLE_FIELDS, row[:-1], strict=True))
                out[article.id] = (article, row[-1])
        return out

    def article(self, article_id: str, *, view: bool = False) -> tuple[Article, str, list[TimeExpr]] | None:
        cols = ", ".join(ARTICLE_FIELDS)
        row = self.db.execute(f"SELECT {cols}, text, times FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        d = dict(zip(ARTICLE_FIELDS, row[:-2], strict=True))
        text, times = row[-2], row[-1]
        if view:
            return View(d), text, json.loads(times, object_hook=View)  # type: ignore[return-value]
        from ..schemas import Article, TimeExpr

        return Article(**d), text, [TimeExpr.model_validate(t) for t in json.loads(times)]

    def claims(
        self,
        *,
        actors: set[str] | None = None,
        article: str | None = None,
        since: str | None = None,
        until: str | None = None,
        scope: str | None = None,
        tier: str | None = None,
        publisher: str | None = None,
        ids: Sequence[str] | None = None,
        article_ids: Collection[str] | None = None,
        facet_relevant: bool = False,
        stance: str | None = None,
        attribution: str | None = None,
        limit: int | None = None,
        view: bool = False,
        light: bool = False,
        known: Mapping[str, Claim] | None = None,
    ) -> list[Claim]:
        """Claims matching every filter given, by publication date, article and position.

        ``view=True`` returns :class:`~claimline.views.View` rows (no validation: for printing);
        ``light=True`` read-only objects with a ``Claim``'s attributes (no validation: for
        reconciliation, :mod:`.light`); ``known``: claims read before (id -> claim), returned as they
        are instead of parsed again."""
        where: list[str] = []
        args: list[object] = []
        if actors is not None:
            if not actors:
                return []
            where.append(  # (a UNION, not an OR: both sides from their indexes, on PostgreSQL too)
                f"c.id IN (SELECT claim_id FROM claim_actors WHERE actor IN ({_marks(actors)})"
                f" UNION SELECT id FROM claims WHERE source_actor IN ({_marks(actors)}))"
            )
            args.extend(sorted(actors))
            args.extend(sorted(actors))
        if article:
            where.append("c.article_id LIKE ?")
            args.append(article + "%")
        if scope:
            where.append("c.id IN (SELECT claim_id FROM claim_scopes WHERE scope = ? AND excluded = 0)")
            args.append(scope)
        if tier:
            where.append("c.network_tier = ?")
            args.append(tier)
        if since:
            where.append("coalesce(c.time_end, a.published) >= ?")
            args.append(since)
        if until:
            where.append("coalesce(c.time_start, a.published) <= ?")
            args.append(until)
        if publisher:
            where.append("lower(a.publisher) LIKE ?")
            args.append(f"%{publisher.lower()}%")
        if ids is not None:
            where.append(f"c.id IN ({_marks(ids)})")
            args.extend(ids)
        if article_ids is not None:
            if not article_ids:
                return []
            wanted = sorted(set(article_ids))
            where.append(f"c.article_id IN ({_marks(wanted)})")
            args.extend(wanted)
        # (columns since migration 22; the literal tests let both databases use the partial indexes)
        if stance is not None:
            where.append("c.stance = ? AND c.stance IS NOT NULL")
            args.append(stance)
        if attribution is not None:
            where.append("c.attribution = ?" + ("" if attribution == "author" else " AND c.attribution != 'author'"))
            args.append(attribution)
        if facet_relevant:
            where.append(
                "(c.network_tier IS NOT NULL OR c.time_start IS NOT NULL OR c.negated = 1"
                " OR c.id IN (SELECT claim_id FROM claim_scopes))"
            )
        cols = "c.id, c.data" if known else "c.data"
        sql = f"SELECT {cols} FROM claims c JOIN articles a ON a.id = c.article_id"
        if where:
            sql += " WHERE " + " AND ".join(f"({w})" for w in where)
        sql += " ORDER BY a.published NULLS FIRST, c.article_id, c.seq"
        if limit is not None:
            sql += f" LIMIT {max(int(limit), 0)}"
        rows = self.db.execute(sql, args)
        if view:
            return [view_of(r[0]) for r in rows]
        if light:
            from .light import light_claim

            if known:
                return [known.get(cid) or light_claim(data) for cid, data in rows]
            return [light_claim(r[0]) for r in rows]
        from ..schemas import Claim

        if known:
            return [known.get(cid) or Claim.model_validate_json(data) for cid, data in rows]
        return [Claim.model_validate_json(r[0]) for r in rows]

    def claims_for_filing(
        self,
        article_ids: Collection[str],
        filed: Collection[str],
        known: Mapping[str, Any],
        *,
        context_of: Callable[[Any], bool] | None = None,
    ) -> list[Any]:
        """The claims of ``article_ids``, in the order of :meth:`claims`, for an incremental refresh that
        files ``filed`` (:func:`claimline.reconcile.conflicts_by_question` with ``claim_ids``): those as
        light claims (``known``: read before, returned as they are), the others as
        :class:`.light.ContextClaim` (what filing reads of a claim it does not file), their JSON not parsed.

        ``context_of`` (:func:`claimline.reconcile.needs_context`): the other claims of an article are
        read only when one of its filed claims needs them as context; the filed claims are read by id
        (all of them lie in ``article_ids``). Without it, every claim of ``article_ids``."""
        from .light import ContextClaim, light_claim

        if not article_ids:
            return []
        wanted = sorted(set(article_ids))
        cols = "c.id, c.article_id, c.subject, c.source_actor, c.attribution"
        order = " ORDER BY a.published NULLS FIRST, c.article_id, c.seq"
        if context_of is None:
            rows = self.db.execute(
                f"SELECT {cols}, {self._ACTORS}, c.data FROM claims c JOIN articles a ON a.id = c.article_id"
                f" WHERE c.article_id IN ({_marks(wanted)}){order}",
                wanted,
            )
            return [self._filing_row(row, filed, known) for row in rows]
        # (published, article, seq) of each claim read, to return them in the order of ``claims()``
        keyed: list[tuple[tuple[bool, Any, str, int], Any]] = []
        by = "a.published, c.seq"
        ids = set(filed)
        for chunk in _chunks(sorted(ids - known.keys()), 500):
            for *row, pub, seq in self.db.execute(
                f"SELECT {cols}, {self._ACTORS}, c.data, {by} FROM claims c JOIN articles a ON a.id = c.article_id"
                f" WHERE c.id IN ({_marks(chunk)})",
                chunk,
            ):
                keyed.append(((pub is not None, pub if pub is not None else 0, row[1], seq), light_claim(row[-1])))
        for chunk in _chunks(sorted(ids & known.keys()), 500):
            for cid, aid, pub, seq in self.db.execute(
                f"SELECT c.id, c.article_id, {by} FROM claims c JOIN articles a ON a.id = c.article_id"
                f" WHERE c.id IN ({_marks(chunk)})",
                chunk,
            ):
                keyed.append(((pub is not None, pub if pub is not None else 0, aid, seq), known[cid]))
        borrow = sorted({c.article_id for _, c in keyed if context_of(c)} & set(wanted))
        for chunk in _chunks(borrow, 500):
            for *row, pub, seq in self.db.execute(
                f"SELECT {cols}, {self._ACTORS}, {by} FROM claims c JOIN articles a ON a.id = c.article_id"
                f" WHERE c.article_id IN ({_marks(chunk)})",
                chunk,
            ):
                if row[0] not in ids:
                    keyed.append(((pub is not None, pub if pub is not None else 0, row[1], seq), ContextClaim(*row)))
        keyed.sort(key=lambda kc: kc[0])
        return [c for _, c in keyed]

    @staticmethod
    def _filing_row(row: Sequence[Any], filed: Collection[str], known: Mapping[str, Any]) -> Any:
        from .light import ContextClaim, light_claim

        cid, aid, subject, source_actor, attribution, actors, data = row
        found = known.get(cid)
        if found is None and cid in filed:
            found = light_claim(data)
        elif found is None:
            found = ContextClaim(cid, aid, subject, source_actor, attribution, actors)
        return found

    def keep_event_entries(self, rows: Sequence[tuple[str, int, str, str]]) -> bool:
        """Cache event-timeline entries built by a query: (cluster id, the cluster's size they were
        built at, what built them, entry JSON). A cache: rather than wait for a writer, or fail on a
        read-only store, it gives up (False); the next query builds them again."""
        return self._keep(KEEP_ENTRY, rows)

    def _keep(self, sql: str, rows: Sequence[Sequence[object]]) -> bool:
        """Write what a query built to keep (``sql`` over ``rows``), or give up at once (False)."""
        if self.read_only or not rows:
            return False
        try:
            self.db.execute("PRAGMA busy_timeout = 50")
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.executemany(sql, rows)
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
        except sqlite3.Error:
            return False
        finally:
            with suppress(sqlite3.Error):
                self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return True

    #: SQL giving a claim's source text from its stored JSON (``data``): the dialect's JSON function
    _SOURCE_TEXT = "json_extract(data, '$.source.text')"
    #: SQL giving the JSON array of a claim's actors from its stored JSON (``c.data``)
    _ACTORS = "json_extract(c.data, '$.actors')"

    def claim_sources(self, claim_ids: Collection[str]) -> dict[str, tuple[str, str | None]]:
        """claim id -> (source text, source actor) of the claims among ``claim_ids`` that have a
        source: two fields read in SQL, no claim parsed (the event timeline's speakers)."""
        ids = sorted(set(claim_ids))
        out: dict[str, tuple[str, str | None]] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k : k + 500]
            rows = self.db.execute(
                f"SELECT id, {self._SOURCE_TEXT}, source_actor FROM claims WHERE id IN ({_marks(chunk)})", chunk
            )
            out.update((cid, (text, actor)) for cid, text, actor in rows if text is not None)
        return out

    def claim(self, claim_id: str, *, view: bool = False) -> Claim | None:
        row = self.db.execute("SELECT data FROM claims WHERE id = ?", (claim_id,)).fetchone()
        if row is None:
            return None
        if view:
            return view_of(row[0])  # type: ignore[return-value]
        from ..schemas import Claim

        return Claim.model_validate_json(row[0])

    def statuses(self, claim_ids: Iterable[str] | None = None) -> dict[str, str]:
        if claim_ids is None:
            return {r[0]: r[1] for r in self.db.execute("SELECT claim_id, status FROM claim_status")}
        out: dict[str, str] = {}
        for chunk in _chunks(sorted(set(claim_ids)), 500):
            marks = _marks(chunk)
            out.update(
                (r[0], r[1])
                for r in self.db.execute(
                    f"SELECT claim_id, status FROM claim_status WHERE claim_id IN ({marks})", chunk
                )
            )
        return out

    def conflicts(
        self,
        *,
        actors: set[str] | None = None,
        facet: str | None = None,
        open_only: bool = False,
        since: str | None = None,
        ids: Sequence[str] | None = None,
        duplicate: bool | None = None,
        view: bool = False,
        raw: bool = False,
    ) -> list[Conflict]:
        """Stored conflicts, filtered, by facet and id. ``duplicate``: only the conflicts reconciliation
        marked as duplicates (True) or as shown (False; see :meth:`mark_duplicates`); None: all.
        ``view=True``: light views; ``raw=True``: their JSON as plain dicts (keys only, parsed fastest)."""
        where = self._conflict_filter(actors, facet, open_only, since, ids, duplicate)
        if where is None:
            return []
        rows = self.db.execute(f"SELECT data FROM conflicts{where[0]} ORDER BY facet, id", where[1])
        if raw:
            return [json.loads(r[0]) for r in rows]
        if view:
            return [view_of(r[0]) for r in rows]
        from ..schemas import Conflict

        return [Conflict.model_validate_json(r[0]) for r in rows]

    def conflict_listing(
        self,
        stamp: str,
        *,
        actors: set[str] | None = None,
        facet: str | None = None,
        open_only: bool = False,
        since: str | None = None,
        duplicate: bool | None = None,
    ) -> list[tuple[str, str, str | None, str | None]]:
        """``(id, status, block, JSON)`` of the conflicts :meth:`conflicts` finds, in its order: the
        block of the plain listing kept for the conflict (migration 18) when ``stamp`` built it (JSON
        None), else None and the JSON to build it from (:meth:`keep_listings` keeps what is built)."""
        where = self._conflict_filter(actors, facet, open_only, since, None, duplicate)
        if where is None:
            return []
        rows = self.db.execute(
            "SELECT id, status, CASE WHEN listed_by = ? THEN listing END,"
            " CASE WHEN listed_by = ? THEN NULL ELSE data END"
            f" FROM conflicts{where[0]} ORDER BY facet, id",
            [stamp, stamp, *where[1]],
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def keep_listings(self, rows: Sequence[tuple[str, str, str, str]]) -> bool:
        """Keep blocks of the plain conflicts listing built by a query: ``(block, what built it,
        conflict id, the JSON it was built from)``; a conflict rewritten meanwhile keeps none. A cache,
        as :meth:`keep_event_entries`: it gives up rather than wait (False)."""
        return self._keep("UPDATE conflicts SET listing = ?, listed_by = ? WHERE id = ? AND data = ?", rows)

    def has_duplicates(
        self,
        *,
        actors: set[str] | None = None,
        facet: str | None = None,
        open_only: bool = False,
        since: str | None = None,
    ) -> bool:
        """Whether a conflict :meth:`conflicts` finds with these filters is marked as a duplicate."""
        where = self._conflict_filter(actors, facet, open_only, since, None, True)
        if where is None:
            return False
        return self.db.execute(f"SELECT 1 FROM conflicts{where[0]} LIMIT 1", where[1]).fetchone() is not None

    @staticmethod
    def _conflict_filter(
        actors: set[str] | None,
        facet: str | None,
        open_only: bool,
        since: str | None,
        ids: Sequence[str] | None,
        duplicate: bool | None,
    ) -> tuple[str, list[object]] | None:
        """The WHERE clause (with its leading space) and arguments of :meth:`conflicts`; None: nothing matches."""
        where: list[str] = []
        args: list[object] = []
        if actors is not None:
            if not actors:
                return None
            where.append(f"id IN (SELECT conflict_id FROM conflict_actors WHERE actor IN ({_marks(actors)}))")
            args.extend(sorted(actors))
        if facet:
            if facet.endswith(":") or facet == "scope":
                where.append("(facet = 'scope' OR facet LIKE 'scope:%')")
            else:
                where.append("(facet = ? OR facet = 'scope:' || ?)")
                args.extend([facet, facet])
        if open_only:
            where.append("status != 'resolved'")
        if since:
            where.append("latest >= ?")
            args.append(since)
        if ids is not None:
            where.append(f"id IN ({_marks(ids)})")
            args.extend(ids)
        if duplicate is not None:
            where.append(f"duplicate = {int(duplicate)}")
        return (" WHERE " + " AND ".join(f"({w})" for w in where) if where else ""), args

    def find_id(self, ident: str) -> tuple[str, str]:
        """Resolve a user's ID (or unique prefix) to ('article'|'claim'|'conflict', full id).

        An exact ID of any kind wins. A prefix of one article's ID means that article even though
        its claims' IDs (``ARTICLE-NNN``) share the prefix; any other ambiguity lists the candidates.
        """
        ident = ident.strip()
        if not ident:
            raise ClaimlineError("give an article, claim or conflict ID (or its first characters)")
        kinds = (("conflict", "conflicts"), ("claim", "claims"), ("article", "articles"))
        exact = " UNION ALL ".join(f"SELECT {i} FROM {table} WHERE id = ?" for i, (_, table) in enumerate(kinds))
        found_exact = [r[0] for r in self.db.execute(exact, (ident,) * len(kinds))]  # (one query: a round trip)
        if found_exact:
            return kinds[min(found_exact)][0], ident
        found: list[tuple[str, str]] = []
        for kind, table in kinds:
            rows = self.db.execute(
                f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT {_CANDIDATES + 1}",
                (ident, ident + "\U0010ffff"),
            )
            found.extend((kind, r[0]) for r in rows)
        articles = {full for kind, full in found if kind == "article"}
        found = [(k, f) for k, f in found if not (k == "claim" and f.rsplit("-", 1)[0] in articles)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise ClaimlineError(f"no article, claim or conflict with ID '{ident}'")
        listed = ", ".join(f"{full} ({kind})" for kind, full in found[:_CANDIDATES])
        more = " and more" if len(found) > _CANDIDATES else ""
        raise ClaimlineError(f"ID prefix '{ident}' is ambiguous: {listed}{more}; give more characters")


_CANDIDATES = 5


def after_migration(tx: Any, version: int) -> None:
    """The part of a migration SQL cannot write, in its transaction (both kinds of store): migration
    16 names the stored actors by their case-folded name (Python's ``casefold``, not SQL's ``lower``),
    17 stores the acronyms the stored frames define, 26 the stored articles' lead rows."""
    if version == 16:
        Store._name_actors(tx, {r[0] for r in tx.execute("SELECT DISTINCT actor FROM claim_actors")})
    elif version == 17:
        from .events import backfill_aliases  # (imports the event models)

        backfill_aliases(tx)
    elif version == 22:
        _fill_attribution(tx)
    elif version == 26:
        from .events import backfill_leads  # (imports the event models)

        backfill_leads(tx)


def _fill_attribution(tx: Any) -> None:
    """Migration 22: the attribution and stance columns of the stored claims, from their JSON (a claim
    stored before claims had an attribution is the outlet's own: ``author``, the column's default)."""
    rows = []
    for cid, data in tx.execute("SELECT id, data FROM claims"):
        d = json.loads(data)
        attribution, stance = d.get("attribution") or "author", d.get("stance")
        if attribution != "author" or stance is not None:
            rows.append((attribution, stance, cid))
    tx.executemany("UPDATE claims SET attribution = ?, stance = ? WHERE id = ?", rows)


def check_header(path: Path) -> None:
    """A file that is not SQLite at all is named as such (not as a damaged store)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ClaimlineError(f"cannot read store {path}: {exc.strerror or exc}") from exc
    if head and head != SQLITE_HEADER:
        raise ClaimlineError(
            f"{path} is not a claimline store (not an SQLite file); "
            "pass another --db, or restore it from a backup if it was one"
        )


def check_file(path: str | Path) -> IntegrityReport:
    """Integrity check of a store file without opening it as a store (no migration, no write),
    so that it also runs on a file too damaged to open."""
    path = Path(path)
    if not path.is_file():
        raise ClaimlineError(f"no claimline store at {path}")
    check_header(path)
    flags = "mode=ro&immutable=1" if read_only_filesystem(path) else "mode=ro"
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise database_error(path, exc) from exc
    try:
        return check_connection(db)
    finally:
        db.close()


def check_connection(db: sqlite3.Connection) -> IntegrityReport:
    """Run ``PRAGMA integrity_check``; if it fails, again per table to name the damaged ones.
    (Not ``quick_check``: SQLite 3.40 reports NULLs that are not there in WITHOUT ROWID tables.)"""

    def run(arg: str) -> list[str]:
        try:
            return [r[0] for r in db.execute(f"PRAGMA integrity_check({arg})")]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]

    problems = run("100")
    if problems == ["ok"]:
        return IntegrityReport(ok=True)
    try:
        tables = sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    except sqlite3.DatabaseError:
        return IntegrityReport(ok=False, tables=["sqlite_master"], problems=problems)
    damaged = [t for t in tables if run('"' + t.replace('"', '""') + '"') != ["ok"]]
    return IntegrityReport(ok=False, tables=damaged, problems=problems)


#: The separator of a question key's parts (facet, qualifier, actors: ``reconcile.conflicts``).
QSEP = "\x1f"


def _like(text: str) -> str:
    """``text`` matched literally by LIKE ... ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _question_filter(actors: set[str] | None, facet: str | None) -> tuple[str, list[object]]:
    """The SQL condition (and its arguments) on a ``question`` column of :meth:`Store.question_counts`'s filters."""
    where: list[str] = ["1 = 1"]
    args: list[object] = []
    if actors:
        where.append(" OR ".join(["(question || ?) LIKE ? ESCAPE '\\'"] * len(actors)))
        for a in sorted(actors):
            args += [QSEP, f"%{QSEP}{_like(a)}{QSEP}%"]
    if facet:
        if facet.endswith(":") or facet == "scope":
            where.append("question LIKE ?")
            args.append("scope:%")
        else:
            where.append("(question LIKE ? ESCAPE '\\' OR question LIKE ? ESCAPE '\\')")
            args += [f"{_like(facet)}{QSEP}%", f"scope:{_like(facet)}{QSEP}%"]
    return " AND ".join(f"({w})" for w in where), args


def _marks(values: Sized) -> str:
    """SQL placeholders for ``IN (...)`` with one ``?`` per value."""
    return ",".join("?" * len(values))


def _claim_actors(c: Claim) -> set[str]:
    out = set(c.actors)
    if c.subject:
        out.add(c.subject)
    return out


def _latest(c: Conflict) -> str | None:
    dates = [s.published for side in c.sides for s in side.sources if s.published]
    return max(dates).isoformat() if dates else None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _claim_sides(conflicts: Iterable[Any]) -> list[tuple[str, str, str]]:
    """(conflict id, claim id, side status) rows of ``conflicts``: a claim told on two sides of one
    conflict (one sentence read both ways) keeps its most severe side, as ``reconcile.claim_statuses``
    rates them (``unsupported`` as ``disputed``), so a status read back from the rows is the one a
    whole refresh computes from the sides."""

    def severity(status: str) -> int:
        return CLAIM_STATUS_SEVERITY["disputed" if status == "unsupported" else status]

    out: dict[tuple[str, str], str] = {}
    for c in conflicts:
        for side in c.sides:
            for cid in side.claim_ids:
                cur = out.get((c.id, cid))
                if cur is None or severity(side.status) > severity(cur):
                    out[(c.id, cid)] = side.status
    return [(k, cid, st) for (k, cid), st in out.items()]


def _chunks(items: Sequence[str], n: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def split_sql(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
