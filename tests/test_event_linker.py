"""The learned event linker (issue 15): general pair features, the shipped weights, the setting, and its joins
(only clusters of one story the rules find compatible: the link the rules missed, never a contradiction)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from claimline.events import linker as lk
from claimline.events.identity import EventClusters, compatible

from .test_events import _event, _members, frames_of  # noqa: F401  (frames_of: a fixture)

DAY, NEXT = date(2026, 5, 4), date(2026, 5, 5)


def _story(frames_of):  # noqa: F811
    a = _members(
        frames_of,
        "Skyvale delivered 12 drones to Latvia on 2 March. The drones passed their acceptance tests.",
        date(2026, 3, 3),
        "A",
    )
    b = _members(
        frames_of,
        "Skyvale supplied Latvia with 12 drones on 2 March. The aircraft passed acceptance testing in Riga.",
        date(2026, 3, 4),
        "B",
    )
    return a, b


def _clusters(articles, linker):
    index = EventClusters()
    index.linker = linker
    for ms in articles:
        index.add(ms)
    return index


def test_shipped_weights_are_for_these_features_and_off_by_default(monkeypatch):
    monkeypatch.delenv(lk.LINKER_ENV, raising=False)
    monkeypatch.delenv(lk.WEIGHTS_ENV, raising=False)
    found = lk.linker()
    assert found is not None and 0.5 <= found.threshold < 1
    data = json.loads((lk._path()).read_text(encoding="utf-8"))
    assert data["features"] == list(lk.FEATURES)
    assert lk.setting() is (found if found.enabled else None)
    monkeypatch.setenv(lk.LINKER_ENV, "on")
    assert lk.setting() is found
    monkeypatch.setenv(lk.LINKER_ENV, "off")
    assert lk.setting() is None


def test_features_are_general_and_symmetric(frames_of):  # noqa: F811
    a, b = _story(frames_of)
    x, y = _event(a, "deliver"), _event(b, "supply")
    fx = lk.features(x, y)
    assert set(fx) == set(lk.FEATURES)
    assert fx == lk.features(y, x)
    assert fx["shared_party"] == 1 and fx["same_text_time"] == 1 and fx["same_article"] == 0
    assert lk.may_link(x, y)
    assert 0.0 <= lk.linker().score(x, y) <= 1.0  # type: ignore[union-attr]


def test_a_join_needs_the_threshold_and_compatible_reports(frames_of):  # noqa: F811
    # one incident in two outlets told with two words of one class ("a raid" / "an attack"), its report naming no
    # party in either: the rules have nothing to link them by (told with one word, the story's one raid would join
    # by the rules: EventClusters._story_word)
    a = _members(frames_of, "Police arrested two men in Kelso on Monday. The arrests followed a raid.", DAY, "A")
    b = _members(frames_of, "Two men were detained by police in Kelso on Monday after an attack.", NEXT, "B")
    off = _clusters([a, b], None)
    data = json.loads(lk._path().read_text(encoding="utf-8"))
    never = lk.Linker({**data, "threshold": 1.01})
    assert _clusters([a, b], never).of_frame() == off.of_frame()  # above every score: the rules alone
    always = lk.Linker({**data, "threshold": 0.0})
    joined = _clusters([a, b], always)
    assert len(joined.clusters) == len(off.clusters) - 1  # the raid and the attack: one event
    assert joined.of_frame()[_event(a, "raid").frame.id] == joined.of_frame()[_event(b, "attack").frame.id]
    for c in joined.clusters.values():  # a join never glues reports the rules tell apart
        assert all(compatible(x, y) for i, x in enumerate(c.members) for y in c.members[i + 1 :])


def test_linker_settings_refuse_bad_input_in_one_line(monkeypatch, tmp_path):
    """Review 19 A13: "off" reads no weights file; a bad file, an unknown setting or "on" with no file is one
    ClaimlineError, never a traceback or a silent "off"."""
    from claimline.errors import ClaimlineError

    bad = tmp_path / "weights.json"
    bad.write_text("not json", encoding="utf-8")
    monkeypatch.setenv(lk.WEIGHTS_ENV, str(bad))
    monkeypatch.setenv(lk.LINKER_ENV, "off")
    assert lk.setting() is None
    monkeypatch.setenv(lk.LINKER_ENV, "on")
    with pytest.raises(ClaimlineError, match="cannot be read"):
        lk.setting()
    bad.write_text(json.dumps({"features": ["x"]}), encoding="utf-8")
    lk._load.cache_clear()
    with pytest.raises(ClaimlineError, match="other features"):
        lk.setting()
    monkeypatch.setenv(lk.WEIGHTS_ENV, str(tmp_path / "none.json"))
    with pytest.raises(ClaimlineError, match="no linker weights file"):
        lk.setting()
    monkeypatch.delenv(lk.WEIGHTS_ENV)
    monkeypatch.setenv(lk.LINKER_ENV, "maybe")
    with pytest.raises(ClaimlineError, match="expected on or off"):
        lk.setting()
    lk._load.cache_clear()


def test_cli_ingest_with_a_bad_linker_setting_is_one_red_line(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from claimline.cli import app

    art = tmp_path / "a.txt"
    art.write_text("The ministry said on Monday that it had signed the contract.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["ingest", "--db", str(tmp_path / "s.db"), str(art)], env={"CLAIMLINE_LINKER": "maybe"}
    )
    assert result.exit_code == 1
    assert result.output == "Error: CLAIMLINE_LINKER='maybe': expected on or off\n"


def test_validation_stories_are_one_list_the_trainer_refuses():
    """The validation stories are defined once (benchmarks/heldout_stories/VALIDATION): the trainer reads that
    file, each slug is a held-out story, and the stories' README points to it."""
    import importlib.util
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("linker_train", root / "benchmarks" / "linker_train.py")
    assert spec is not None and spec.loader is not None
    sys.path.insert(0, str(root / "benchmarks"))
    try:
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(root / "benchmarks"))
    held = root / "benchmarks" / "heldout_stories"
    assert len(mod.VALIDATION) == 8
    assert mod.validation_stories(held / "VALIDATION") == mod.VALIDATION
    assert all((held / slug / "gold").is_dir() for slug in mod.VALIDATION)
    assert "[`VALIDATION`](VALIDATION)" in (held / "README.md").read_text(encoding="utf-8")


def test_class_pairs_story_salience_and_the_class_modes(frames_of):  # noqa: F811
    """The learned class-pair table is read by the class pair in either order; the story's salient words and
    names are features; a linker joins across classes only when its weights file says so."""
    a = _members(frames_of, "Two inmates fled the Dubno prison on Monday.", DAY, "A")
    b = _members(frames_of, "The escape from the Dubno prison was noticed on Monday.", NEXT, "B")
    x, y = _event(a, "flee"), _event(b, "escape")  # two unlisted words: identity splits them by class
    key = lk.class_key(x, y)
    assert key == lk.class_key(y, x) and key.count("|") == 1
    story = lk.Story([*a, *b])
    assert story.articles == 2 and story.words["flee"] == 0.5
    fx = lk.features(x, y, class_pairs={key: 1.5}, story=story)
    assert fx["class_pair"] == 1.5 and fx == lk.features(y, x, class_pairs={key: 1.5}, story=story)
    assert fx["wordnet_related"] == 1 and fx["word_salience"] == 0.5 and fx["one_word_salient"] == 0.5
    assert lk.features(x, y)["class_pair"] == 0 and lk.features(x, y)["word_salience"] == 0  # no table, no story
    data = json.loads(lk._path().read_text(encoding="utf-8"))
    learned = lk.Linker({**data, "classes": "learned", "class_pairs": {}})
    assert learned.compatible(x, y)  # WordNet relates the two words
    z = _event(b, "notice")  # two unlisted words WordNet does not relate: two classes for identity
    assert not compatible(x, z) and not lk.Linker({**data, "classes": True}).compatible(x, z)
    assert lk.Linker({**data, "classes": False}).compatible(x, z) and not learned.compatible(x, z)
    assert lk.Linker({**data, "classes": "learned", "class_pairs": {lk.class_key(x, z): 0.5}}).compatible(x, z)
    with pytest.raises(ValueError, match="classes must be"):
        lk.Linker({**data, "classes": "maybe"})
