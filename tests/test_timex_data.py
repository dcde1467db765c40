"""The time vocabulary and rule table are data (models/timex/): validated at load, errors name file and entry."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from claimline.errors import ClaimlineError
from claimline.timex.rules import load_rules
from claimline.timex.vocab import load_vocabulary, timex_dir

VOCAB = timex_dir() / "en.toml"
RULES = timex_dir() / "rules.toml"


def test_shipped_files_load() -> None:
    v = load_vocabulary()
    assert v.months["march"] == 3 and v.units["decade"] == "DE"
    rules, starts, _ = load_rules()
    assert [r[0] for r in rules] == list(starts)


def _edited(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    out = tmp_path / source.name
    out.write_text(text.replace(old, new, 1), encoding="utf-8")
    return out


@pytest.mark.parametrize(
    "old, new, where",
    [
        ("march = 3\n", "march = 13\n", "months.march"),
        ('decade = "DE"', 'decade = "DECADE"', "units"),
        ('annually = "P1Y"', 'annually = "yearly"', "set_words"),
        # an offset is hours east of UTC (review 12, T8)
        ("CEST = [2]", "CEST = [20]", "time_zones.offsets"),
        ('"christmas" = "12-25"', '"christmas" = "12-32"', "holidays.fixed"),
        ('about = "APPROX"', 'about = "ROUGHLY"', "modifiers"),
        ('"09-11" = { year = 2001', '"09-31" = { year = 2001', "named_days"),
        ('"09-11" = { year = 2001', '"9/11" = { year = 2001', "named_days"),
        ('scheduled_prepositions = ["for", "at"]', 'scheduled_prepositions = ["for", 7]', "scheduled_prepositions"),
        ('words = ["recently", "lately",', 'words = ["recently", "yesterday",', "recent_words"),
        # a hyphenated entry is three tokens to spaCy and never matches one token's lemma
        ('"target", "cutoff"]', '"target", "cutoff", "cut-off"]', "time_nouns"),
        ('when_words = ["when"', 'when_words = ["when", "just-as"', "when_words"),
        # a lasting verb that is no moved-to verb is never consulted
        ('"prolong", "put"]', '"prolong", "put", "keep"]', "event_time"),
        # a participle that expects must be a future lemma (its "is ... to" reading is the same word's)
        ('expecting_lemmas = ["schedule"', 'expecting_lemmas = ["book", "schedule"', "expecting_lemmas"),
        # a word that looks ahead without an auxiliary must be one that expects
        (
            'bare_expecting_lemmas = ["schedule"',
            'bare_expecting_lemmas = ["announce", "schedule"',
            "bare_expecting_lemmas",
        ),
    ],
)
def test_bad_vocabulary_names_file_and_entry(tmp_path: Path, old: str, new: str, where: str) -> None:
    path = _edited(tmp_path, VOCAB, old, new)
    with pytest.raises(ClaimlineError, match=re.escape(str(path))) as exc:
        load_vocabulary(path)
    assert where in str(exc.value)


@pytest.mark.parametrize(
    "old, new, message",
    [
        ('name = "iso"\n', 'name = "iso"\nhandler = "nowhere"\n', "rule.0 ('iso'): no handler _h_nowhere"),
        ("pattern = '''%{B}(?P<y>", "pattern = '''%{NOPE}(?P<y>", "rule.0 ('iso'): unknown macro %{NOPE}"),
        ('starts = ["#d4"]', 'starts = ["@nothing"]', "rule.0 ('iso'): unknown start group '@nothing'"),
        ("pattern = '''%{B}(?P<y>", "pattern = '''%{B}(?P<y>(", "rule.0 ('iso'): pattern does not compile"),
    ],
)
def test_bad_rules_name_file_and_entry(tmp_path: Path, old: str, new: str, message: str) -> None:
    path = _edited(tmp_path, RULES, old, new)
    with pytest.raises(ClaimlineError, match=re.escape(message)) as exc:
        load_rules(path)
    assert str(path) in str(exc.value)


def test_unreadable_file_is_a_claimline_error(tmp_path: Path) -> None:
    bad = tmp_path / "en.toml"
    bad.write_text("months = [", encoding="utf-8")
    with pytest.raises(ClaimlineError, match="cannot read time vocabulary"):
        load_vocabulary(bad)


def test_each_word_defined_once() -> None:
    """No key appears twice across the word tables that feed one lookup."""
    data = tomllib.loads(VOCAB.read_text(encoding="utf-8"))
    months = set(data["months"]) & set(data["month_abbreviations"])
    days = set(data["weekdays"]) & set(data["weekday_abbreviations"])
    refs = [w for ws in data["references"].values() for w in ws]
    assert not months and not days
    assert len(refs) == len(set(refs))
    assert not set(refs) & set(data["not_times"]["phrases"])
    zones = [*data["time_zones"]["utc"], *data["time_zones"]["other"], *data["time_zones"]["offsets"]]
    assert len(zones) == len(set(zones))
