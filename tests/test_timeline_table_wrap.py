"""The timeline table wraps its cells as textwrap does (present.timeline_table's own greedy fill for
the common cells, textwrap for the rest): same lines for any paragraph and width."""

from __future__ import annotations

import random
import textwrap

from claimline.present.timeline_table import _wrap


def test_cells_wrap_as_textwrap_wraps_them():
    words = ["a", "NATO", "alliance's", "x" * 14, "—", "said", "officials,", "“classified”", "2026", "well-known",
             "é", "\t", "\u00a0", "co-operation", "", "   "]  # fmt: skip
    rng = random.Random(11)
    seen_fast = 0
    for _ in range(20000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "", "  ", "\n"]) for _ in range(rng.randint(0, 25)))
        if rng.random() < 0.1:
            text = " " + text
        width = rng.randint(8, 60)
        want: list[str] = []
        for para in text.split("\n"):
            want.extend(textwrap.wrap(para, width, break_on_hyphens=False) or [""])
        assert _wrap(text, width) == want, (text, width)
        seen_fast += text.isprintable()
    assert seen_fast > 1000
