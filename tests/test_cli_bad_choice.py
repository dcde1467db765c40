"""A bad value of ``claims --attribution`` or ``--stance`` is one red line and exit 1, as README promises
(review 4, P2)."""

from __future__ import annotations

from typer.testing import CliRunner

from claimline.cli import app

from .test_store import make_extraction

runner = CliRunner()


def _loaded_store(tmp_path) -> str:
    db, jsonl = str(tmp_path / "s.db"), tmp_path / "x.jsonl"
    jsonl.write_text(make_extraction().model_dump_json() + "\n")
    assert runner.invoke(app, ["load", "--db", db, str(jsonl)]).exit_code == 0
    return db


def test_unknown_attribution_is_one_red_line_and_exit_1(tmp_path):
    db = _loaded_store(tmp_path)
    result = runner.invoke(app, ["claims", "--db", db, "--attribution", "bogus"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: unknown attribution 'bogus' (use one of: direct_quote, indirect, according_to, report, author,"
        " outlet_event, attitude)\n"
    )
    result = runner.invoke(app, ["claims", "--db", db, "--attribution", "attitude"])
    assert result.exit_code == 0 and result.output.strip() == "no claims match"


def test_unknown_stance_is_one_red_line_and_exit_1(tmp_path):
    db = _loaded_store(tmp_path)
    result = runner.invoke(app, ["claims", "--db", db, "--stance", "bogus"])
    assert result.exit_code == 1
    assert result.output == "Error: unknown stance 'bogus' (use one of: supports, opposes, criticises)\n"
    result = runner.invoke(app, ["claims", "--db", db, "--stance", "supports"])
    assert result.exit_code == 0 and result.output.strip() == "no claims match"


def test_a_format_not_offered_is_one_red_line_and_exit_1(tmp_path):
    """review 8, V18: a value click's choice refuses goes through the one-line handler, not the usage box."""
    db = _loaded_store(tmp_path)
    result = runner.invoke(app, ["timeline", "--db", db, "--format", "xml"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'json', 'jsonl', 'csv', 'md',"
        " 'html'.\n"
    )
    result = runner.invoke(app, ["claims", "--db", db, "--format", "yaml"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: Invalid value for '--format' / '-f': 'yaml' is not one of 'table', 'json', 'jsonl', 'csv', 'md'.\n"
    )
    assert runner.invoke(app, ["claims", "--db", db, "--format", "json"]).exit_code == 0


def test_since_after_until_says_so(tmp_path):
    """review 8, V18: ``--since`` later than ``--until`` is an error, not 'no dated events'."""
    db = _loaded_store(tmp_path)
    for extra in ([], ["--claims"]):
        result = runner.invoke(app, ["timeline", "--db", db, "--since", "2026-05-01", "--until", "2026-04-01", *extra])
        assert result.exit_code == 1
        assert result.output == "Error: --since 2026-05-01 is after --until 2026-04-01\n"
    result = runner.invoke(app, ["timeline", "--db", db, "--since", "2026-04", "--until", "2026-04"])
    assert result.exit_code == 0


def test_model_card_has_a_row_for_measures_toml():
    """review 8, V18: README sends the reader to MODEL_CARD for every file in models/."""
    from pathlib import Path

    card = (Path(__file__).parent.parent / "models" / "MODEL_CARD.md").read_text()
    rows = [line.split("|") for line in card.splitlines() if line.startswith("| `measures.toml`")]
    assert len(rows) == 1 and rows[0][-2].strip() == "`MeasureLexicon`"


def test_out_of_range_values_and_unknown_options_are_one_red_line_and_exit_1(tmp_path):
    """Review 9, W17/W26: a negative size limit or claim count, and an option a command does not have, are
    refused in one line with exit 1 (not stored as 'over the -5 bytes limit', not click's usage box)."""
    db = _loaded_store(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("The council approved the budget on Monday, the mayor said.\n")
    cases = [
        (
            ["ingest", "--db", db, "--max-bytes", "-5", str(article)],
            "Error: Invalid value for '--max-bytes': -5 is not in the range x>=1.\n",
        ),
        (
            ["ingest", "--db", db, "--max-bytes", "0", str(article)],
            "Error: Invalid value for '--max-bytes': 0 is not in the range x>=1.\n",
        ),
        (["claims", "--db", db, "--limit", "-1"], "Error: Invalid value for '--limit': -1 is not in the range x>=1.\n"),
        (["articles", "--db", db, "--limit", "0"], "Error: No such option: --limit\n"),
    ]
    for args, line in cases:
        result = runner.invoke(app, args)
        assert (result.exit_code, result.output) == (1, line), args
    assert runner.invoke(app, ["claims", "--db", db, "--limit", "1"]).exit_code == 0


def test_a_publication_date_must_be_a_day(tmp_path):
    """Review 9, W16: relative days ("on Monday") are counted from the publication day, so `--published 2026`
    is refused in one line instead of dating the article 1 January and its Monday 29 December 2025."""
    article = tmp_path / "a.txt"
    article.write_text("Police in Holm arrested two men on Monday, police said.\n")
    db = str(tmp_path / "p.db")
    for value in ("2026", "2026-06"):
        result = runner.invoke(app, ["ingest", "--db", db, "--published", value, str(article)])
        assert (result.exit_code, result.output) == (
            1,
            f"Error: a publication date is a day: '{value}' (use YYYY-MM-DD)\n",
        )
    assert runner.invoke(app, ["ingest", "--db", db, "--published", "2026-06-03", str(article)]).exit_code == 0
