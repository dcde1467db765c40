"""Publication dates in masthead furniture lines of .txt/.md articles (written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

import claimline
from claimline.read.reader import read_text

BODY = "Harbour authorities said on Monday that the new ferry terminal would open in the autumn.\n"


def _article(masthead: str) -> str:
    return f"Ferry terminal to open in autumn\n\nTHE COASTAL HERALD\n{masthead}\n\n{BODY}"


@pytest.mark.parametrize(
    ("masthead", "published", "author"),
    [
        ("Oslo | 10 June 2026 | Analysis desk", date(2026, 6, 10), None),
        ("Brussels | 14 May 2026", date(2026, 5, 14), None),
        ("Posted 13 May 2026 by Jane Doe", date(2026, 5, 13), "Jane Doe"),
        ("Newsletter | Issue 212 | Friday 5 June 2026", date(2026, 6, 5), None),
        ("BERGEN · 2 March 2026 · Business desk", date(2026, 3, 2), None),
        ("Wire copy | 3 July 2026 | Baltic Press Agency", date(2026, 7, 3), None),
        ("From the wires · 4 July 2026", date(2026, 7, 4), None),
        ("The weekly newsletter on harbour logistics | 18 September 2026", date(2026, 9, 18), None),
        ("Daily briefing for ferry operators | Friday 20 November 2026", date(2026, 11, 20), None),
        # a date row's desks, sections and regions, before or after the date
        ("Oslo | Bergen | 10 June 2026", date(2026, 6, 10), None),
        # a dateline's place, then the author
        ("BRUSSELS | Anna Berg | 14 May 2026", date(2026, 5, 14), "Anna Berg"),
        ("Markets | Lisbon | Tuesday 3 March 2026", date(2026, 3, 3), None),
        ("Tuesday, 3 March 2026 | Energy | Southern Europe", date(2026, 3, 3), None),
        ("Tuesday 3 March 2026 | Public Health | Coastal Towns", date(2026, 3, 3), None),
        # a site's name, its tagline and the post's date line in one row
        ("Port Notes · a fortnightly letter on ports · posted 2 March 2026 by Mia Kern", date(2026, 3, 2), "Mia Kern"),
        ("Harbour Notes · *a fortnightly letter on ports* · 2 March 2026", date(2026, 3, 2), None),
        # a column's name in title case, a desk, an issue number, a clock time, "--" between the parts
        ("Life at Sea | Thursday, 5 March 2026", date(2026, 3, 5), None),
        ("Ports in Brief — Friday 6 March 2026", date(2026, 3, 6), None),
        ("Maritime news | 6 March 2026", date(2026, 3, 6), None),
        ("Issue 12/2026 | Friday 6 March 2026", date(2026, 3, 6), None),
        ("Ferries | Friday, 6 March 2026 | 09:40 CET", date(2026, 3, 6), None),
        ("Issue 40 -- Friday 6 March 2026 -- by Jane Doe", date(2026, 3, 6), "Jane Doe"),
        ("Coastal Herald · Harbour Policy · posted 2 March 2026 by Mia Kern", date(2026, 3, 2), "Mia Kern"),
        # a site's name in emphasis, with "and" of another language; a syndication label naming its agency; a
        # broadcast's bulletin after a clock time
        ("**Vento e Mare** · *island ferries* · posted 2 March 2026 by Mia Kern", date(2026, 3, 2), "Mia Kern"),
        ("Agency copy: Baltic Press Agency | Published 4 March 2026", date(2026, 3, 4), None),
        ("Friday 6 March 2026, 07:00 bulletin", date(2026, 3, 6), None),
        ("Filed 6 March 2026 09:12 CET", date(2026, 3, 6), None),
    ],
)
def test_masthead_line_gives_the_publication_date(masthead, published, author):
    text = _article(masthead)
    read = read_text(text)
    assert read.meta.published == published
    assert read.meta.author == author
    line = text.index(masthead)
    assert any(f.start <= line and line + len(masthead) <= f.end for f in read.furniture)
    assert not any(c.start <= line < c.end for c in read.content)


@pytest.mark.parametrize(
    "masthead",
    [
        "Oslo | Analysis desk",
        "Oslo | Bergen",
        "Ferries leave Oslo | 10 June 2026",
        "Ferries leave Oslo at dawn | 10 June 2026",
        "Life at Sea | Ports in Brief",
        "The weekly newsletter on harbour logistics",
    ],
)
def test_no_date_from_lines_that_are_not_mastheads(masthead):
    assert read_text(_article(masthead)).meta.published is None


def test_masthead_lines_never_become_claims(nlp):
    ex = claimline.extract(_article("Oslo | 10 June 2026 | Analysis desk"))
    assert ex.article.published == date(2026, 6, 10)
    assert [c.text for c in ex.claims] == ["the new ferry terminal would open in the autumn"]
    assert all("Analysis desk" not in c.text and "Oslo" not in c.text for c in ex.claims)


def test_the_agency_named_on_a_wire_line_is_not_the_author():
    read = read_text("Ferry terminal to open in autumn\n\nWire copy | 3 July 2026 | Baltic Press Agency\n\n" + BODY)
    assert read.meta.published == date(2026, 7, 3)
    assert read.meta.author is None
    assert read.meta.publisher == "Baltic Press Agency"


def test_a_date_row_over_the_headline_is_not_the_title():
    top = "THE COASTAL HERALD\nTuesday 3 March 2026 | Energy | Ports\n\n"
    text = f"{top}Ferry terminal to open in autumn\n\nBy Mia Kern\n\n{BODY}"
    read = read_text(text)
    assert (read.meta.title, read.meta.published, read.meta.author) == (
        "Ferry terminal to open in autumn",
        date(2026, 3, 3),
        "Mia Kern",
    )
