"""An incident an article tells naming no party ("the blaze destroyed a storage hall") is its main actors'
event: the parties its headline and lead name. Two outlets whose leads name one company and whose
incidents name nobody report one incident (events/identity.py, ``EventClusters._lead_join``); an outlet
leading with another company and another site does not. Invented outlets, companies and places."""

from __future__ import annotations

from claimline import api
from claimline.store import events as stored

ORVANE = (
    "Harbour Wire",
    "2026-05-12",
    "Orvane Chemicals evacuated 200 workers from its Tarnby works on Tuesday, the company said. "
    "The blaze destroyed a storage hall, a spokesman said.",
)
ORVANE_AGAIN = (
    "North Post",
    "2026-05-13",
    "Orvane Chemicals closed its Tarnby works on Tuesday. The blaze destroyed two storage halls, firefighters said.",
)
KESTREL = (
    "North Post",
    "2026-05-13",
    "Kestrel Foods closed its Ostvik bakery on Tuesday. The blaze destroyed two storage halls, firefighters said.",
)


def _fires(tmp_path, docs):
    """The fire reports' clusters after an ingest and the refresh's clustering again."""
    tmp_path.mkdir(exist_ok=True)
    with api.open_store(tmp_path / "s.db", create=True) as store:
        for k, (outlet, published, text) in enumerate(docs):
            path = tmp_path / f"a{k}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            api.ingest(store, [str(path)], published=published, publisher=outlet)
    api.reconcile(tmp_path / "s.db")
    with api.open_store(tmp_path / "s.db") as store:
        frames, of = stored.events(store.db), stored.cluster_ids(store.db)
    fires = [f for f in frames if f.event_class == "fire"]
    assert len(fires) == 2 and not any(f.participants for f in fires), [
        (f.trigger.text, f.event_class, [p.name for p in f.participants]) for f in frames
    ]
    return {of[f.id] for f in fires}


def test_two_outlets_nameless_incident_meets_through_the_company_both_leads_name(tmp_path):
    assert len(_fires(tmp_path, [ORVANE, ORVANE_AGAIN])) == 1


def test_a_nameless_incident_under_another_lead_stays_apart(tmp_path):
    assert len(_fires(tmp_path, [ORVANE, KESTREL])) == 2


def _clusters_of_fires(path):
    with api.open_store(path) as store:
        frames, of = stored.events(store.db), stored.cluster_ids(store.db)
    return sorted(of[f.id] for f in frames if f.event_class == "fire")


def test_an_ingest_clusters_the_incident_as_a_whole_rebuild_does_whatever_the_order(tmp_path):
    """The later article ingested first: the earlier one, whose lead names the same company, still finds its
    incident (the store keeps each article's lead rows), and reconcile rebuilding every cluster moves nothing."""
    with api.open_store(tmp_path / "s.db", create=True) as store:
        for k, (outlet, published, text) in enumerate([ORVANE_AGAIN, ORVANE]):
            path = tmp_path / f"a{k}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            api.ingest(store, [str(path)], published=published, publisher=outlet)
    ingested = _clusters_of_fires(tmp_path / "s.db")
    assert len(set(ingested)) == 1
    api.reconcile(tmp_path / "s.db")
    assert _clusters_of_fires(tmp_path / "s.db") == ingested


def test_a_migrated_store_keeps_the_lead_rows_its_articles_would_be_given(tmp_path):
    """Migration 26 fills the lead rows of the articles stored before it: what an ingest writes."""
    _fires(tmp_path, [ORVANE, KESTREL])
    with api.open_store(tmp_path / "s.db") as store:
        written = sorted(store.db.execute("SELECT key, article_id FROM event_leads"))
        assert any(k.endswith("\torvane") for k, _ in written)
        store.db.execute("DELETE FROM event_leads")
        stored.backfill_leads(store.db)
        assert sorted(store.db.execute("SELECT key, article_id FROM event_leads")) == written
