"""Two figures in one sentence, each told for its own site (review 15 W1): "will cut 420 jobs at Lowick and 180 at
Okeham" answers for Lowick and for Okeham apart, so another outlet's "260 jobs at its Okeham plant" disagrees with
the 180 (not with the 420 of Lowick), and one giving the two figures again agrees. A total of the sites' figures
("600 jobs at its two plants") is no disagreement. The companies and towns are invented."""

from __future__ import annotations

import pytest

from .helpers import through_store

A, B = "Harbour Wire", "North Post"
_TWO = "Halden Steel will cut 420 jobs at Lowick and 180 at Okeham, the company said on Tuesday."


DISAGREE = {
    "one site told by the other outlet": "Halden Steel will cut 260 jobs at its Okeham plant, the company said on"
    " Tuesday.",
    "both sites told again": "The company said Halden Steel would cut 420 jobs at Lowick and 260 jobs at Okeham.",
}


@pytest.mark.parametrize("name", sorted(DISAGREE))
def test_a_site_s_figure_is_compared_with_that_site_s(tmp_path, name):
    found = through_store([(A, _TWO), (B, DISAGREE[name])], tmp_path / "case", published="2026-03-04")
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("quantity", ["180", "260"])], [
        (c.facet, c.question, [s.value for s in c.sides]) for c in found
    ]


AGREE = {
    "one site, one figure": "Halden Steel will cut 180 jobs at its Okeham plant, the company said on Tuesday.",
    "the total": "Halden Steel will cut 600 jobs at its two plants, the company said on Tuesday.",
    "both sites again": "The company said Halden Steel would cut 420 jobs at Lowick and 180 jobs at Okeham.",
}


@pytest.mark.parametrize("name", sorted(AGREE))
def test_the_sites_figures_told_alike_or_summed_agree(tmp_path, name):
    found = through_store([(A, _TWO), (B, AGREE[name])], tmp_path / "case", published="2026-03-04")
    assert found == [], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]
