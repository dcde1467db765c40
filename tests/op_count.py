"""Operation counts for scaling tests: how many Python lines a call executes.

A clock measures the machine as much as the code (a loaded CI runner made a
timed test flaky); the number of lines executed is the same everywhere, and
grows with the work the code does, so a 4x input that costs 16x lines is a
quadratic path whatever the machine."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def lines_executed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> int:
    """Run ``fn(*args, **kwargs)`` and return the number of Python lines it executed."""
    count = 0

    def tracer(frame: Any, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn(*args, **kwargs)
    finally:
        sys.settrace(previous)
    return count
