"""Speed cuts of the thirty-first sitting give what the code gave before them.

``figure_start`` now reads the words before a figure once and stops at once when the word right before it ends no
quantity modifier; here it is compared, token by token, with the former definition (kept below) on sentences with
modifiers of one, two and three words, ranges, and figures at the start of a sentence. The store's clustering reads
a cluster's frames once per comparison; a tiny store of three reports checks that the same event is still one."""

from __future__ import annotations

from claimline.events.measures import _modifier_words, _range_words, figure_start

TEXTS = [
    "Up to 500 tonnes of grain were lost, and no more than 12 barges sank near the weir.",
    "Some 60 to 70 percent of the orchards flooded; at least 4 sheds and about 30 hives went under.",
    "Between 41 and 43 degrees were measured, well over 9 hours after an estimated 2,000 people left.",
    "14 crews worked while fewer than 3 pumps ran and just under 80 homes had power again.",
    "The council paid close to 1.5 million euros, from 5 to 7 percent more than upwards of 90 towns.",
]


def _former(doc, k: int, start: int, *, opened: bool = True) -> int:
    """``figure_start`` as it was written before the cut."""
    openers, joiners = _range_words()
    mods = _modifier_words()

    def modified(first: int) -> int | None:
        return next(
            (first - n for n in (3, 2, 1) if first >= n and tuple(t.lower_ for t in doc[first - n : first]) in mods),
            None,
        )

    if k >= 2 and doc[k - 1].lower_ in joiners and doc[k - 2].like_num:
        if k >= 3 and doc[k - 3].lower_ in openers:
            return doc[k - 3].idx if opened else start
        at = modified(k - 2) if doc[k - 1].lower_ != "and" else None
        if at is not None:
            return doc[at].idx
    at = modified(k)
    return doc[at].idx if at is not None else start


def test_figure_start_is_where_it_was_for_every_token(nlp):
    moved = 0
    for text in TEXTS:
        doc = nlp(text)
        for t in doc:
            for opened in (True, False):
                want = _former(doc, t.i, t.idx, opened=opened)
                assert figure_start(doc, t.i, t.idx, opened=opened) == want, (text, t.text, opened)
                moved += want != t.idx
    assert moved >= 10  # (the sentences do reach the modifiers and ranges)


def test_a_modifier_still_opens_its_figure(nlp):
    doc = nlp("Rescuers said no more than 12 barges sank.")
    k = next(t.i for t in doc if t.text == "12")
    assert doc.text[figure_start(doc, k, doc[k].idx) :].startswith("no more than 12")


def test_three_outlets_reporting_one_collapse_still_make_one_event(tmp_path):
    from claimline.jobs.ingest import ingest
    from claimline.store.sqlite import Store

    texts = {
        "a.txt": "RIVERSIDE POST\n\nFootbridge collapses in Ostbrook\n\nFebruary 10, 2026\n\n"
        "The Ostbrook footbridge collapsed on Monday, the Harlow council said.\n",
        "b.txt": "VALLEY COURIER\n\nBridge down in Ostbrook\n\nFebruary 10, 2026\n\n"
        "The Harlow council said the Ostbrook footbridge collapsed on Monday morning.\n",
        "c.txt": "NORTHERN LEDGER\n\nOstbrook bridge\n\nFebruary 11, 2026\n\n"
        "The footbridge at Ostbrook collapsed on Monday, according to the Harlow council.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [str(tmp_path / n) for n in sorted(texts)])
        assert report.stored == 3
        rows = store.db.execute(
            "SELECT em.cluster_id, count(DISTINCT e.article_id) FROM events e JOIN event_membership em"
            " ON em.event_id = e.id WHERE e.lemma = 'collapse' GROUP BY em.cluster_id"
        ).fetchall()
    assert max(n for _, n in rows) == 3, rows  # (one cluster holds the three outlets' reports)


def test_a_few_articles_figures_are_parsed_once_across_refreshes(tmp_path):
    """An incremental refresh reads the figures of its story's articles again at each article: a small read keeps
    the frames it parses (the same objects come back), equal to what a fresh parse gives."""
    from claimline.jobs.ingest import ingest
    from claimline.schemas import EventFrame
    from claimline.store import events as stored
    from claimline.store.sqlite import Store

    (tmp_path / "a.txt").write_text(
        "HARBOUR GAZETTE\n\nFerry fares rise\n\nMarch 2, 2026\n\n"
        "The Kellsund ferry line raised its fares by 12 percent on Monday and cut 40 sailings, its owner said.\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(tmp_path / "a.txt")])
        (aid,) = [r[0] for r in store.db.execute("SELECT id FROM articles")]
        stored._PARSED.clear()
        first = stored.figure_frames(store.db, [aid])
        again = stored.figure_frames(store.db, [aid])
        rows = [r[0] for r in store.db.execute("SELECT data FROM events WHERE article_id = ? ORDER BY id", (aid,))]
    assert first and all(f.quantities for f in first)
    assert all(a is b for a, b in zip(first, again, strict=True))
    fresh = [f for f in (EventFrame.model_validate_json(d) for d in rows) if f.quantities]
    assert [f.model_dump() for f in first] == [f.model_dump() for f in fresh]
