"""Review 19's findings (A2, A9, bidi controls), on sentences written for this test."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _claims(extract, text: str):
    return [(c.source.text if c.source else None, c.text) for c in extract(text).claims]


# -- A2: "..., the regional fire chief, Jan Pell, said." -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "A blast hit the Korvan depot on Monday, killing two drivers, the district fire chief, Ota Brenn, said.",
            "the district fire chief, Ota Brenn",
            "A blast hit the Korvan depot on Monday, killing two drivers",
        ),
        (
            "Police detained three men, a spokesman, Emil Vasko, said.",
            "a spokesman, Emil Vasko",
            "Police detained three men",
        ),
        (
            "The thieves climbed over a wall behind the car park, the museum's director, Irena Slavik, said.",
            "the museum's director, Irena Slavik",
            "The thieves climbed over a wall behind the car park",
        ),
    ],
)
def test_a_speaker_in_apposition_before_a_closing_verb_is_the_source(extract, text, source, content):
    assert (source, content) in _claims(extract, text)


def test_the_name_is_not_a_party_of_what_was_said(extract):
    ex = extract(
        "A blast hit the Korvan depot on Monday, killing two drivers, the district fire chief, Ota Brenn, said."
    )
    told = [p.name for e in ex.events if e.event_class != "statement" for p in e.participants]
    assert "Ota Brenn" not in told


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a speaker of its own after the names: they are the arrested men
        ("Police detained two men, Emil Vasko and Petr Hora, the ministry said.", ("the ministry",)),
        # no closing verb: the name is the owner's
        ("The court fined the firm's owner, Emil Vasko, on Monday.", (None,)),
    ],
)
def test_appositions_with_a_speaker_or_no_verb_stay_where_they_are(extract, text, claim):
    sources = [s for s, _ in _claims(extract, text)]
    assert list(claim) == sources[:1]


# -- A9: one definition of quote marks: single marks and guillemets close a quotation too -------------------


@pytest.mark.parametrize(
    ("opening", "closing"), [("\u2018", "\u2019"), ("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ('"', '"')]
)
def test_a_dated_saying_dates_its_quotation_whatever_its_marks(extract, opening, closing):
    text = (
        "Fine\n\nThe firm Ostel was fined.\n\n"
        f"{opening}We have reported the company to the police. The inspectors visited the plant,{closing}"
        " the director said on Thursday.\n"
    )
    ex = extract(text, published="2026-03-13")
    told = [e.told_time.start for e in ex.events if e.trigger.text == "reported" and e.told_time is not None]
    assert [str(d) for d in told] == ["2026-03-12"]


def test_an_apostrophe_closes_no_quotation(extract):
    text = (
        "Fine\n\nThe firm Ostel was fined.\n\n"
        "\u2018We have reported the company to the police. The inspectors visited the plant. The firm\u2019s"
        " director said on Thursday that it would appeal.\n"
    )
    ex = extract(text, published="2026-03-13")
    assert not [e for e in ex.events if e.trigger.text == "reported" and e.told_time is not None]


# -- bidirectional controls: stored as given, escaped where shown -----------------------------------------

_BIDI = "Bridge\n\nThe council \u202eclosed the\u200b bridge on Monday, the mayor said.\n"


def test_bidi_controls_are_stored_as_given(extract):
    ex = extract(_BIDI)
    assert ex.text == _BIDI  # offsets index the text as given
    assert any("\u202e" in c.text for c in ex.claims)


def test_shown_text_escapes_bidi_controls_and_keeps_the_rest():
    from claimline.present.render import shown

    assert shown("a\u202eb\u2066c\u200bd") == "a\\u202eb\\u2066c\\u200bd"
    assert shown("Zoé Mäkelä \u05e9\u05dc\u05d5\u05dd said") == "Zoé Mäkelä \u05e9\u05dc\u05d5\u05dd said"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_extract_prints_no_raw_bidi_control_and_its_json_is_exact(tmp_path, fmt):
    import json

    from typer.testing import CliRunner

    from claimline.cli import app

    article = tmp_path / "bridge.txt"
    article.write_text(_BIDI, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--published", "2026-03-13", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert not any(ch in result.output for ch in "\u202e\u200b")
    assert json.loads(result.output.splitlines()[0] if fmt == "jsonl" else result.output)["text"] == _BIDI


@pytest.mark.parametrize("fmt", ["table", "csv", "md", "json"])
def test_claims_listing_shows_bidi_controls_escaped(tmp_path, fmt):
    import json

    from typer.testing import CliRunner

    from claimline.cli import app

    article = tmp_path / "bridge.txt"
    article.write_text(_BIDI, encoding="utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--db", db, str(article), "--published", "2026-03-13"]).exit_code == 0
    result = runner.invoke(app, ["claims", "--db", db, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert not any(ch in result.output for ch in "\u202e\u200b")
    if fmt == "json":
        assert any("\u202eclosed" in c["text"] for c in json.loads(result.output))
    else:
        assert "\\u202eclosed" in result.output
