"""Speed cuts of the store side that must change nothing a user sees.

* A store's connection keeps a larger page cache (``store.sqlite.CACHE_KIB``): an ingest reads back what it wrote
  a few articles before without asking the operating system again.
"""

from __future__ import annotations

from claimline.store.sqlite import CACHE_KIB, Store


def test_a_store_keeps_a_page_cache_of_its_own_size(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
