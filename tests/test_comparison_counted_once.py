"""One disagreement is one question in conflict: the compared/agree line of ``claimline conflicts`` counts a
figure's disagreement once when the listing shows it once (review 9, W20: "2 in conflict" over one conflict)."""

from __future__ import annotations

from .conftest import run_cli


def test_a_figure_disagreement_listed_once_is_counted_once(tmp_path):
    db = str(tmp_path / "s.db")
    for name, outlet, n in (("a.txt", "Harbour Wire", 4), ("b.txt", "North Post", 9)):
        path = tmp_path / name
        path.write_text(f"A wildfire near Castel forced {n} villages to be evacuated on Thursday.\n")
        run_cli("ingest", "--db", db, "--published", "2026-06-04", "--publisher", outlet, str(path))
    lines = run_cli("conflicts", "--db", db).splitlines()
    # (the wildfire is an event of its own, class fire of models/events.toml: both outlets date it Thursday, one
    # more question that agrees)
    assert lines[-2:] == [
        "1 conflict: 0 resolved, 1 disputed or open",
        "5 questions compared across 2 articles: 4 agree, 1 in conflict.",
    ]
    assert sum(line.startswith("c-") for line in lines) == 1
