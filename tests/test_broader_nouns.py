"""A noun and its broader noun name one thing's figure (review 15 W17; ``[object_nouns] broader`` of
models/events.toml): "culled 620 cows" / "culled 450 cattle", "seized 40 handguns" / "25 weapons", "evacuated 120
pupils" / "80 children", "300 passengers" / "200 people" aboard are compared; parts of a whole ("300 cows and 40
bulls" / "340 cattle", "120 passengers and nine crew" / "129 people") and two narrower nouns ("40 handguns" / "3
rifles") are not. A narrower count no larger than the broader one may be a part of it and is no disagreement
("300 cows" / "450 cattle", "2,000 salmon" / "about 5,000 fish", "210 passengers" with the crew told in the next
sentence / "222 people": review 16 X11/X16). The outlets, farms, towns and ships are invented."""

from __future__ import annotations

import pytest

from claimline.events.lexicon import lexicon
from claimline.events.measures import wider

from .helpers import through_store

A, B = "Harbour Wire", "North Post"
DAY = "2026-03-04"


def test_the_vocabulary():
    lex = lexicon()
    assert lex.broader_of("cattle", "cow") and not lex.broader_of("cow", "cattle")
    assert lex.one_thing("cow", "cattle") and lex.one_thing("weapon", "handgun") and lex.one_thing("pupil", "child")
    assert not lex.one_thing("handgun", "rifle") and not lex.one_thing("cow", "sheep")
    assert wider("people|aboard", "passenger|aboard") and not wider("people|aboard", "passenger|treat")
    assert wider("cattle", "cow") and not wider("cow", "cattle") and not wider("people|treat", "people|treat")


_CULL = "Inspectors culled {} at a farm near Varn on Tuesday, the agriculture ministry said."
_SEIZE = "Police seized {} in a raid in Ostby on Tuesday, a police spokesman said."
_EVACUATE = "Firefighters evacuated {} from the Lindell school on Tuesday, the fire service said."
_FERRY = "The ferry Marlen was carrying {} when it ran aground off Kelso, the operator said."

DISAGREE = {
    "cows / cattle": (_CULL, "620 cows", "450 cattle", ["450", "620"]),
    "handguns / weapons": (_SEIZE, "40 handguns", "25 weapons", ["25", "40"]),
    "pupils / children": (_EVACUATE, "120 pupils", "80 children", ["120", "80"]),
    "passengers / people": (_FERRY, "300 passengers", "200 people", ["200", "300"]),
}


@pytest.mark.parametrize("name", sorted(DISAGREE))
def test_a_figure_and_its_broader_nouns_figure_are_compared(tmp_path, name):
    text, x, y, values = DISAGREE[name]
    found = through_store([(A, text.format(x)), (B, text.format(y))], tmp_path / "case", published=DAY)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("quantity", values)], [
        (c.facet, c.question) for c in found
    ]


AGREE = {
    "one figure, two words": (_CULL, "300 cows", "300 cattle"),
    "parts of the whole: cows and bulls": (_CULL, "300 cows and 40 bulls", "340 cattle"),
    "parts of the whole: passengers and crew": (_FERRY, "120 passengers and nine crew", "129 people"),
    "two narrower nouns": (_SEIZE, "40 handguns", "three rifles"),
    "a smaller part: cows among cattle": (_CULL, "300 cows", "450 cattle"),
    "a smaller part: pupils among children": (_EVACUATE, "80 pupils", "120 children"),
    "a smaller part: handguns among weapons": (_SEIZE, "25 handguns", "40 weapons"),
}


@pytest.mark.parametrize("name", sorted(AGREE))
def test_parts_and_two_narrower_nouns_are_not_compared(tmp_path, name):
    text, x, y = AGREE[name]
    found = through_store([(A, text.format(x)), (B, text.format(y))], tmp_path / "case", published=DAY)
    assert found == [], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]


_LEAK = "A chemical spill killed {} in the River Omber on Monday, the water authority said."
_SHIP = "The ferry Selka was carrying {} when it struck a reef off Dunmore on Saturday, the coastguard said."


@pytest.mark.parametrize(
    ("text", "x", "y", "values"),
    [
        (_LEAK, "3,000 trout", "about 7,000 fish", None),
        (_SHIP, "180 passengers. Nine crew members were also on board", "189 people", None),
        (_LEAK, "9,000 trout", "about 4,000 fish", ["9000", "about 4000"]),
        (_SHIP, "250 passengers", "190 people", ["190", "250"]),
    ],
)
def test_a_part_is_compared_one_sidedly_with_its_whole(tmp_path, text, x, y, values):
    """review 16 X11/X16: a narrower count inside a broader one agrees; a narrower count above it disagrees."""
    found = through_store([(A, text.format(x)), (B, text.format(y))], tmp_path / "case", published=DAY)
    got = [(c.facet, sorted(s.value for s in c.sides)) for c in found]
    assert got == ([] if values is None else [("quantity", values)]), [(c.facet, c.question) for c in found]
