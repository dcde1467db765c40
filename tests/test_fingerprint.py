"""SimHash fingerprints for syndicated copies."""

from __future__ import annotations

import random
import re
import time

import pytest

from claimline.extraction.fingerprint import hamming, near_duplicate, near_duplicate_groups, simhash

REPORT = " ".join(
    f"Paragraph {i}: NATO said on Tuesday that the models would run on unclassified networks "
    f"for logistics in phase {i}, and officials expected the pilot to start in month {i % 12 + 1}."
    for i in range(30)
)


def _other_story(seed: int) -> str:
    rng = random.Random(seed)
    words = ["alliance", "budget", "drone", "minister", "summit", "cloud", "contract", "pilot", "vendor"]
    return " ".join(rng.choice(words) + str(rng.randrange(50)) for _ in range(400))


def test_format():
    fp = simhash(REPORT)
    assert re.fullmatch(r"[0-9a-f]{16}", fp)
    assert simhash(REPORT) == fp  # deterministic (no salted hash())


def test_empty_and_short_texts():
    assert simhash("") == "0" * 16
    assert simhash("   ...  ") == "0" * 16
    assert re.fullmatch(r"[0-9a-f]{16}", simhash("NATO"))
    assert simhash("NATO said") == simhash("nato SAID!")


def test_normalisation_ignores_case_punctuation_and_whitespace():
    variant = REPORT.upper().replace(",", " ,").replace(" ", "\n ")
    assert simhash(variant) == simhash(REPORT)


def test_syndicated_copy_is_a_near_duplicate():
    copy = "Reuters — " + REPORT + " (Reporting by Jane Doe; editing by John Roe.) Syndicated by Yahoo News."
    a, b = simhash(REPORT), simhash(copy)
    assert hamming(a, b) <= 3
    assert near_duplicate(a, b)


def test_different_stories_are_not_near_duplicates():
    a = simhash(REPORT)
    for seed in range(5):
        b = simhash(_other_story(seed))
        assert not near_duplicate(a, b)
        assert hamming(a, b) > 10


def test_near_duplicate_threshold_and_bad_input():
    assert near_duplicate("0000000000000000", "0000000000000007")  # 3 bits
    assert not near_duplicate("0000000000000000", "000000000000000f")  # 4 bits
    assert near_duplicate("0000000000000000", "000000000000000f", max_distance=4)
    assert not near_duplicate(None, "0000000000000000")
    assert not near_duplicate("", "")
    assert not near_duplicate("not hex", "not hex")
    assert not near_duplicate("1" * 17, "1" * 17)  # more than 64 bits
    with pytest.raises(ValueError):
        hamming("zz", "00")


def test_groups_are_connected_components():
    fps = {
        "a": "0000000000000000",
        "b": "0000000000000003",  # a~b
        "c": "000000000000000f",  # b~c (2 bits), a and c 4 bits apart: chained in
        "d": "ffffffffffffffff",
        "e": "ffffffffffffffff",  # identical to d
        "f": "0f0f0f0f0f0f0f0f",  # alone
        "g": None,
    }
    assert near_duplicate_groups(fps) == [["a", "b", "c"], ["d", "e"]]
    assert near_duplicate_groups(fps, max_distance=0) == [["d", "e"]]
    assert near_duplicate_groups(list(fps.items())) == [["a", "b", "c"], ["d", "e"]]
    assert near_duplicate_groups({}) == []


def test_groups_match_brute_force():
    rng = random.Random(3)
    base = [rng.getrandbits(64) for _ in range(40)]
    fps = {}
    for i in range(300):
        value = rng.choice(base)
        for _ in range(rng.randrange(4)):
            value ^= 1 << rng.randrange(64)
        fps[f"x{i}"] = f"{value:016x}"
    groups = near_duplicate_groups(fps)
    found = {frozenset(g) for g in groups}
    # brute force connected components
    ids = list(fps)
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i, x in enumerate(ids):
        for y in ids[i + 1 :]:
            if near_duplicate(fps[x], fps[y]):
                parent[find(y)] = find(x)
    comps: dict[str, set[str]] = {}
    for x in ids:
        comps.setdefault(find(x), set()).add(x)
    assert found == {frozenset(c) for c in comps.values() if len(c) > 1}


def test_speed():
    text = _other_story(1) * 10  # ~4,000 words
    t0 = time.process_time()
    for _ in range(20):
        simhash(text)
    assert time.process_time() - t0 < 5.0  # loose guard; ~ms per article
    rng = random.Random(5)
    fps = {str(i): f"{rng.getrandbits(64):016x}" for i in range(20_000)}
    t0 = time.process_time()
    near_duplicate_groups(fps)
    assert time.process_time() - t0 < 5.0
