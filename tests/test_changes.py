"""`claimline changes`: what each ingest run changed (new conflicts, flipped verdicts, newly superseded
claims, with the articles that caused them); the record is kept by migration 4."""

from __future__ import annotations

import json
from datetime import date

from claimline.jobs.changes import diff
from claimline.schemas import Conflict, ConflictResolution, Side, SourceRef

from .test_hostile import extraction, invoke, load, one_error


def conflict(cid: str, question: str, sides: dict[str, tuple[str, list[str]]], winner: str | None) -> Conflict:
    return Conflict(
        id=cid,
        facet="date",
        subject=["NATO", "OpenAI"],
        question=question,
        sides=[
            Side(
                value=value,
                claim_ids=[f"{a}-001" for a in arts],
                sources=[SourceRef(claim_id=f"{a}-001", article_id=a, publisher=a.upper()) for a in arts],
                status=status,  # type: ignore[arg-type]
            )
            for value, (status, arts) in sides.items()
        ],
        status="resolved" if winner else "disputed",
        resolution=ConflictResolution(value=winner, reason="r", rule="supersession") if winner else None,
    )


def test_diff_matches_conflicts_by_question_and_names_the_causing_articles() -> None:
    q1, q2, q3 = "date of start — NATO / OpenAI", "network tier — NATO / OpenAI", "use for targeting — X / Y"
    before = [
        conflict("c-1", q1, {"2026-10": ("disputed", ["a"]), "2027-01": ("disputed", ["b"])}, None),
        conflict("c-3", q3, {"no": ("disputed", ["a"]), "yes": ("disputed", ["b"])}, None),
    ]
    after = [  # a new article (n) brings a correction: q1 is now decided, under a new id (a third value)
        conflict(
            "c-1b",
            q1,
            {"2027-01": ("stands", ["b", "n"]), "2026-10": ("superseded", ["a"]), "2026-12": ("superseded", ["m"])},
            "2027-01",
        ),
        conflict("c-2", q2, {"classified": ("disputed", ["a"]), "unclassified": ("disputed", ["n"])}, None),
    ]
    rows = diff(before, after, {"a-001": "disputed"}, {"a-001": "superseded", "m-001": "superseded"}, {"n", "m"})
    assert rows == [
        ("verdict_flipped", "c-1b", "disputed", "2027-01", '["m", "n"]'),
        ("new_conflict", "c-2", None, "disputed", '["n"]'),
        ("conflict_gone", "c-3", "disputed", None, "[]"),
        ("superseded", "a-001", "disputed", "superseded", '["n"]'),  # by the side that stands, not by m
        ("superseded", "m-001", None, "superseded", '["n"]'),
    ]


def test_changes_after_each_run(tmp_path) -> None:
    db = tmp_path / "c.db"
    one_error(invoke("changes", "--db", str(db)), f"no claimline store at {db}; ingest articles first")
    a = extraction(
        "NATO officials said the system runs on classified networks.",
        publisher="Wire",
        network_tier="classified",
        actors=["NATO", "OpenAI"],
        subject="NATO",
    )
    a.article.published = date(2026, 3, 3)
    load(db, a)
    first = invoke("changes", "--db", str(db))
    assert first.exit_code == 0, first.output
    lines = first.stdout.splitlines()
    assert lines[0].startswith("Changes since the last run (") and lines[0].endswith(
        "1 ingest run(s), 1 new article(s)"
    )
    assert lines[1:] == [
        f'  Wire 2026-03-03 "T" ({a.article.id})',
        "",
        "No new events, no new conflicts, no verdicts flipped, no claims newly superseded, no conflicts settled.",
    ]
    b = extraction(
        "NATO officials said the system runs on unclassified networks.",
        publisher="Courier",
        network_tier="unclassified",
        actors=["NATO", "OpenAI"],
        subject="NATO",
    )
    b.article.published = date(2026, 3, 10)
    load(db, b)
    data = json.loads(invoke("changes", "--db", str(db), "--format", "json").stdout)
    assert data["runs"] == 1 and [x["id"] for x in data["articles"]] == [b.article.id]
    (new,) = data["new_conflicts"]
    assert new["what"] == "network tier — NATO / OpenAI"
    assert [x["publisher"] for x in new["articles"]] == ["Courier"]  # the article that caused it
    everything = json.loads(invoke("changes", "--db", str(db), "--since", "2026", "-f", "json").stdout)
    assert everything["runs"] == 2 and len(everything["articles"]) == 2
    assert everything["new_conflicts"] == data["new_conflicts"]
    text = invoke("changes", "--db", str(db)).stdout
    assert "New conflicts (1)\n  network tier — NATO / OpenAI: " in text
    assert f'    caused by: Courier 2026-03-10 "T" ({b.article.id})\n' in text
    assert max(len(line) for line in text.splitlines()) <= 100
    one_error(
        invoke("changes", "--db", str(db), "--since", "yesterday"),
        "not a date: 'yesterday' (use YYYY, YYYY-MM or YYYY-MM-DD)",
    )


def test_history_reads_only_the_questions_a_run_recomputes(tmp_path, monkeypatch) -> None:
    """The snapshots behind `changes` cover the questions the new articles touch, not every conflict."""
    from claimline.store.sqlite import Store

    seen: list[set[str] | None] = []

    def spy(name: str):  # conflicts_of, or listed_of (the shown ones, once every conflict is marked)
        real = getattr(Store, name)

        def read(self, questions, **kw):
            seen.append(None if questions is None else set(questions))
            return real(self, questions, **kw)

        monkeypatch.setattr(Store, name, read)

    spy("conflicts_of")
    spy("listed_of")
    db = tmp_path / "n.db"

    def tier(text: str, publisher: str, value: str, actors: list[str]) -> None:
        ex = extraction(text, publisher=publisher, network_tier=value, actors=actors, subject=actors[0])
        c = ex.claims[0]
        assert c.source is not None
        speaker = c.source.model_copy(update={"actor": text.split()[0]})  # (the officials' body: their source)
        load(db, ex.model_copy(update={"claims": [c.model_copy(update={"source": speaker})]}))

    tier("NATO officials said the system runs on classified networks.", "Wire", "classified", ["NATO", "OpenAI"])
    tier("NATO officials said the system runs on unclassified networks.", "Post", "unclassified", ["NATO", "OpenAI"])
    assert seen[0] is None  # the first run reconciles the whole store
    nato = seen[-1]
    assert nato and all("OpenAI" in q for q in nato)
    seen.clear()
    # (other outlets and speakers: a source whose only other evidence is the NATO question would have that
    # question weighed again, its verdict now informed by the new one: jobs.refresh.StoredLearning.unsettled,
    # tests/test_refresh_learning.py)
    tier(
        "Bundeswehr officials said the Helsing system runs on classified networks.",
        "Courier",
        "classified",
        ["Helsing", "Bundeswehr"],
    )
    tier(
        "Bundeswehr officials said the Helsing system runs on unclassified networks.",
        "Gazette",
        "unclassified",
        ["Helsing", "Bundeswehr"],
    )
    assert len(seen) >= 4 and all(q is not None and q.isdisjoint(nato) for q in seen), seen  # before and after, x 2
    data = json.loads(invoke("changes", "--db", str(db), "-f", "json").stdout)
    assert [c["what"] for c in data["new_conflicts"]] == ["network tier — Helsing / Bundeswehr"]
    assert data["conflicts_gone"] == [] and data["verdicts_flipped"] == []
    everything = json.loads(invoke("changes", "--db", str(db), "--since", "2000", "-f", "json").stdout)
    assert sorted(c["what"] for c in everything["new_conflicts"]) == [
        "network tier — Helsing / Bundeswehr",
        "network tier — NATO / OpenAI",
    ]
