"""Fuzz (issue 11): random and mutated bytes, HTML and text through reading and extraction;
nothing but ClaimlineError escapes, and every offset that comes back slices the text.

CI runs a bounded number of examples (``CLAIMLINE_FUZZ_EXAMPLES`` raises it);
``benchmarks/fuzz_long.py`` runs the long one and reports its count.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from .fuzz_inputs import any_input, check

READ_EXAMPLES = int(os.environ.get("CLAIMLINE_FUZZ_EXAMPLES", "300"))
EXTRACT_EXAMPLES = max(1, READ_EXAMPLES // 10)


@settings(max_examples=READ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_input())
def test_reading_lets_only_claimline_errors_out(case):
    data, suffix = case
    check(data, suffix)


@pytest.mark.slow
def test_extraction_lets_only_claimline_errors_out(nlp):
    @settings(
        max_examples=EXTRACT_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(any_input())
    def run(case):
        data, suffix = case
        check(data, suffix, nlp)

    run()
