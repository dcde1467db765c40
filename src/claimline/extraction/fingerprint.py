"""Near-duplicate fingerprints for articles (stdlib only, no spaCy).

A syndicated copy of the same report published by another outlet must count
as one source, not two. Articles get a 64-bit SimHash (Charikar 2002) over
word 3-shingles, stored as 16 lower-case hex characters in
``Article.fingerprint``; two fingerprints whose Hamming distance is at most
``max_distance`` (3 by default, out of 64 bits) are near duplicates.

>>> a = simhash("NATO said the system runs only on unclassified networks, officials said on Tuesday.")
>>> len(a)
16
>>> near_duplicate(a, a)
True

Text is normalised before shingling: lower-cased, split into runs of word
characters (so punctuation, whitespace and line breaks do not matter). A text
with fewer than three words is one shingle; an empty text hashes to
``"0000000000000000"``. Every shingle weighs the same (repeats count again).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

__all__ = ["hamming", "near_duplicate", "near_duplicate_groups", "simhash"]

BITS = 64
SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)
_EMPTY = "0" * (BITS // 4)


def _shingles(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    if not words:
        return []
    if len(words) < SHINGLE:
        return [" ".join(words)]
    return [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str) -> str:
    """64-bit SimHash of ``text`` over word 3-shingles, as 16 hex characters."""
    shingles = _shingles(text or "")
    if not shingles:
        return _EMPTY
    import numpy  # only here: ingest has it loaded (spaCy's), readers of fingerprints never import it

    n = len(shingles)
    # the shingles' 64-bit hashes, big-endian, as an n x 64 matrix of bits; a bit of the
    # fingerprint is set where more than half of the shingles have it
    raw = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles)
    ones = numpy.unpackbits(numpy.frombuffer(raw, dtype=numpy.uint8)).reshape(n, BITS).sum(axis=0)
    return numpy.packbits(ones * 2 > n).tobytes().hex()


def _as_int(fingerprint: str | None) -> int | None:
    if not fingerprint:
        return None
    try:
        value = int(fingerprint, 16)
    except (TypeError, ValueError):
        return None
    return value if 0 <= value < (1 << BITS) else None


def hamming(a: str, b: str) -> int:
    """Number of differing bits between two hex fingerprints."""
    x, y = _as_int(a), _as_int(b)
    if x is None or y is None:
        raise ValueError(f"not a 64-bit hex fingerprint: {a!r} / {b!r}")
    return (x ^ y).bit_count()


def near_duplicate(a: str | None, b: str | None, max_distance: int = 3) -> bool:
    """True when both fingerprints are valid and differ in at most ``max_distance`` bits.

    A missing or malformed fingerprint is never a near duplicate of anything.
    """
    x, y = _as_int(a), _as_int(b)
    if x is None or y is None:
        return False
    return (x ^ y).bit_count() <= max_distance


def _bands(max_distance: int) -> list[tuple[int, int]]:
    """(shift, mask) of ``max_distance + 1`` disjoint bit bands covering 64 bits.

    Pigeonhole: two fingerprints within ``max_distance`` bits of each other
    agree exactly on at least one band, so only bucket-mates are compared.
    """
    n = max(1, min(BITS, max_distance + 1))
    bounds = [round(i * BITS / n) for i in range(n + 1)]
    return [(lo, (1 << (hi - lo)) - 1) for lo, hi in zip(bounds, bounds[1:], strict=False) if hi > lo]


def near_duplicate_groups(
    fingerprints: Mapping[str, str | None] | Iterable[tuple[str, str | None]], max_distance: int = 3
) -> list[list[str]]:
    """Groups (of two or more ids) whose fingerprints are near duplicates.

    ``fingerprints`` maps an id (an article id) to its fingerprint. Groups are
    the connected components of the near-duplicate relation (so a chain
    A~B~C is one group even if A and C are further apart). Ids keep their
    input order within a group; groups are ordered by their first id. Cost is
    about linear in the number of ids (band index, not all pairs).
    """
    items = fingerprints.items() if isinstance(fingerprints, Mapping) else fingerprints
    order: dict[str, int] = {}
    by_value: dict[int, list[str]] = {}
    for key, fp in items:
        value = _as_int(fp)
        if value is None or key in order:
            continue
        order[key] = len(order)
        by_value.setdefault(value, []).append(key)

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            if order[ra] > order[rb]:
                ra, rb = rb, ra
            parent[rb] = ra

    # Identical fingerprints: one group without pairwise work.
    for keys in by_value.values():
        for other in keys[1:]:
            union(keys[0], other)
    if max_distance > 0:
        values = list(by_value)
        for shift, mask in _bands(max_distance):
            buckets: dict[int, list[int]] = {}
            for value in values:
                buckets.setdefault((value >> shift) & mask, []).append(value)
            for bucket in buckets.values():
                for i, x in enumerate(bucket):
                    for y in bucket[i + 1 :]:
                        if (x ^ y).bit_count() <= max_distance:
                            union(by_value[x][0], by_value[y][0])

    groups: dict[str, list[str]] = {}
    for key in order:
        groups.setdefault(find(key), []).append(key)
    return [g for g in sorted(groups.values(), key=lambda g: order[g[0]]) if len(g) > 1]
