"""What a sentence states is read from every stored frame of its article, in a whole refresh as in an incremental
one (``jobs.refresh._weigh``, ``store.events.figure_frames``): an outlet's sentence giving two bodies' figures ("14
died, the ministry said, but the Red Crescent put the toll at 21") opposes neither, whichever cluster holds the frame
of each figure and whether a claim holds it or the outlet tells it itself. Before, an incremental refresh read only
the weighed clusters' frames and their claims' other frames, and reported the outlet's 14 against another outlet's
21 that a whole refresh did not. Invented outlets, places and sentences."""

from __future__ import annotations

from claimline.jobs.ingest import ingest
from claimline.jobs.refresh import refresh_conflicts
from claimline.store import open_store

from .test_incremental import _state

_ARTICLES = (
    (
        "01_harbour-wire.txt",
        "HARBOUR WIRE\n\nFloods kill 14 in Varn\n\nBy Ana Lisk\nNovember 9, 2026\n\n"
        "Fourteen people died in the Varn floods on Monday, the ministry said, but the Red Crescent put the toll"
        " at 21.\n\nThe river rose two metres overnight, flooding the old town.\n",
    ),
    (
        "02_north-post.txt",
        "NORTH POST\n\nRed Crescent: 21 dead in Varn floods\n\nBy Tom Brell\nNovember 10, 2026\n\n"
        "The Red Crescent said on Tuesday that 21 people died in the Varn floods on Monday.\n\n"
        "Volunteers handed out blankets in the old town.\n",
    ),
)


def _figures(store) -> list[str]:
    return sorted(r[0] for r in store.db.execute("SELECT data FROM conflicts WHERE facet = 'quantity'"))


def test_an_incremental_refresh_reads_the_figures_an_outlet_tells_beside_a_claim(tmp_path, nlp):
    paths = []
    for name, text in _ARTICLES:
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    with open_store(tmp_path / "s.db") as store:
        for path in paths:  # one ingest per article, each followed by its incremental refresh
            assert ingest(store, [path]).failed == 0
        one_by_one = _state(store)
        refresh_conflicts(store)
        assert _state(store) == one_by_one
        assert _figures(store) == []  # the wire's 14 and the Red Crescent's 21: two bodies' figures it tells
