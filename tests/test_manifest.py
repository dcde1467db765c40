"""Per-article metadata in one batch: --manifest (CSV, JSONL) and NAME.json sidecars."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.errors import ClaimlineError
from claimline.read.manifest import load_manifest, sidecar

from .local_site import PAGES, serve_site

runner = CliRunner()

NOTE = "The {org} said on {day} that the {thing} would open in {month}.\n\nIt gave no reason for the date.\n"


def write_articles(folder):
    folder.mkdir()
    texts = {
        "a.txt": NOTE.format(org="harbour board", day="Monday", thing="new quay", month="June"),
        "b.txt": NOTE.format(org="rail agency", day="Tuesday", thing="tunnel", month="July"),
        "c.md": NOTE.format(org="city council", day="Friday", thing="bridge", month="August"),
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_csv_manifest_rows_resolve_paths_and_report_bad_rows(tmp_path) -> None:
    m = tmp_path / "batch.csv"
    m.write_text(
        "path,url,publisher,published,title\n"
        "arts/a.txt,https://q.example/a,Quay Post,2026-05-04,New quay in June\n"
        ",https://q.example/b,Rail Times,,\n"
        "arts/c.md,,,05/08/2026,\n"
        ",,Nobody,,\n",
        encoding="utf-8",
    )
    rows, errors = load_manifest(m)
    assert [(r.path, r.url, r.publisher, str(r.published)) for r in rows] == [
        (str(tmp_path / "arts/a.txt"), "https://q.example/a", "Quay Post", "2026-05-04"),
        (None, "https://q.example/b", "Rail Times", "None"),
    ]
    assert [(e.where, e.error) for e in errors] == [
        (f"{m}:4", "published: use YYYY-MM-DD, not '05/08/2026'"),
        (f"{m}:5", "a row needs a path or a url"),
    ]
    assert rows[0].overrides() == {
        "publisher": "Quay Post",
        "published": "2026-05-04",
        "title": "New quay in June",
        "url": "https://q.example/a",
    }


def test_jsonl_manifest_and_its_errors(tmp_path) -> None:
    m = tmp_path / "batch.jsonl"
    m.write_text('{"url": "https://q.example/x", "publisher": "Q"}\n\n{oops\n["a"]\n{"path": "x", "colour": 1}\n')
    rows, errors = load_manifest(m)
    assert [r.url for r in rows] == ["https://q.example/x"]
    assert [e.error for e in errors] == [
        "not JSON (Expecting property name enclosed in double quotes)",
        "a row must be an object",
        "colour: Extra inputs are not permitted",
    ]


def test_a_jsonl_published_that_is_no_text_gets_the_date_message(tmp_path) -> None:
    """review 16 X12: a JSON number or boolean is told as a CSV row's bad date is, not by pydantic's words."""
    m = tmp_path / "batch.jsonl"
    m.write_text('{"path": "a.txt", "published": 5}\n{"path": "b.txt", "published": true}\n')
    rows, errors = load_manifest(m)
    assert rows == []
    assert [e.error for e in errors] == ["published: use YYYY-MM-DD, not 5", "published: use YYYY-MM-DD, not True"]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("m.csv", "file,publisher\nx,y\n", "the header needs a 'path' or 'url' column"),
        ("m.csv", "path,outlet\nx,y\n", "unknown column(s) outlet"),
        ("m.xlsx", "", "use .csv or .jsonl"),
    ],
)
def test_unusable_manifests(tmp_path, name, text, message) -> None:
    (tmp_path / name).write_text(text)
    with pytest.raises(ClaimlineError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_manifest(tmp_path / name)
    with pytest.raises(ClaimlineError, match="does not exist"):
        load_manifest(tmp_path / "nope.csv")


def test_sidecar_beside_a_file(tmp_path) -> None:
    art = tmp_path / "story.html"
    art.write_text("<p>x</p>")
    assert sidecar(art) is None
    (tmp_path / "story.html.json").write_text('{"publisher": "Quay Post", "published": "2026-05-04"}')
    assert sidecar(art).overrides() == {"publisher": "Quay Post", "published": "2026-05-04"}
    (tmp_path / "story.json").write_text('{"publisher": 3}')
    with pytest.raises(ClaimlineError, match=r"story.json: publisher: Input should be a valid string"):
        sidecar(art)


@pytest.mark.slow
def test_one_batch_with_a_manifest_a_sidecar_and_a_url(tmp_path, nlp) -> None:
    arts = write_articles(tmp_path / "arts")
    (arts / "c.md.json").write_text(json.dumps({"publisher": "Bridge Bulletin", "published": "2026-05-09"}))
    shutil.copy(PAGES / "harbour-fees.html", arts / "d.html")
    db = str(tmp_path / "m.db")
    with serve_site() as site:
        m = tmp_path / "batch.jsonl"
        rows = [
            {"path": "arts/a.txt", "publisher": "Quay Post", "published": "2026-05-04", "title": "Quay date"},
            {"path": "arts/b.txt", "publisher": "Rail Times", "published": "2026-05-05"},
            {"url": site.base + "/news/ferry-strike.html", "publisher": "Coast Radio"},
            {"path": "arts/missing.txt"},
        ]
        m.write_text("".join(json.dumps(r) + "\n" for r in rows))
        result = runner.invoke(
            app, ["ingest", "--db", db, "--manifest", str(m), str(arts / "c.md"), "--publisher", "Flag Press"]
        )
    assert [line for line in result.output.splitlines() if line.startswith("Error:")] == [
        f"Error: no such file or directory: {tmp_path / 'arts/missing.txt'}"
    ]
    assert result.output.splitlines()[-1].startswith("4 stored, 0 already present, 1 failed;")
    got = {
        (a["path"] or a["url"]).rsplit("/", 1)[-1]: (a["publisher"], a["published"], a["title"])
        for a in json.loads(runner.invoke(app, ["articles", "--db", db, "--format", "json"]).output)
    }
    assert got == {
        "a.txt": ("Quay Post", "2026-05-04", "Quay date"),
        "b.txt": ("Rail Times", "2026-05-05", None),
        "c.md": ("Bridge Bulletin", "2026-05-09", None),  # the sidecar beats the command-line flag
        "ferry-strike.html": ("Coast Radio", "2026-04-16", "Ferry crews call off weekend strike"),
    }


def test_a_text_that_is_not_english_is_refused(tmp_path) -> None:
    """review 16 X8: a German report gives no English-parsed claims (its "die" read as the verb), but an error."""
    from claimline.read.reader import check_english

    german = (
        "Bei einem Brand in einer Scheune in Oberau sind am Montag zwei Menschen verletzt worden, teilte die Polizei "
        "mit. Das Feuer brach gegen 9 Uhr aus. Die Ursache ist noch unklar. Der Schaden wird auf eine Million Euro "
        "geschätzt, sagte ein Sprecher der Feuerwehr am Abend."
    )
    with pytest.raises(ClaimlineError, match="does not look like English"):
        check_english(german, "bericht.txt")
    english = (
        "Two people were injured in a barn fire in Oberau on Monday, the police said. The fire broke out at about "
        "9am. The cause is not yet known. The damage is put at one million euros, a fire service spokesman said."
    )
    check_english(english, "report.txt")


def test_telegraphic_english_is_taken_and_other_languages_are_named(tmp_path) -> None:
    """review 17 Y10: market briefs hold few English function words but read as no other language: taken. A text
    in another language is refused with that language's name; a text in another script likewise."""
    from claimline.read.reader import check_english

    briefs = (
        "Harlow Foods shares up 4% after record quarterly profit. Kestrel Rail bonds rated BBB by Fitch. Ostmark "
        "Energy Q3 revenue EUR 1.2bn, margin 14%. Tarnby Port volumes down 6% year on year. Velora Bank CEO Anna "
        "Lund steps down, CFO Jan Holm interim. Brightwater Mining output guidance cut. Copper futures flat. Oil "
        "Brent USD 81. Gold record high. Lumen Telecom dividend unchanged."
    )
    check_english(briefs, "briefs.txt")
    french = (
        "Deux personnes ont été blessées lundi dans l'incendie d'une grange à Oberau, a indiqué la police. Le feu "
        "s'est déclaré vers 9 heures. La cause n'est pas encore connue. Les dégâts sont estimés à un million "
        "d'euros, selon un porte-parole des pompiers qui était sur place dans la soirée."
    )
    with pytest.raises(ClaimlineError, match=r"reads as French\): claimline reads English articles only"):
        check_english(french, "rapport.txt")
    russian = (
        "В понедельник при пожаре в сарае в Обербау пострадали два человека, сообщила полиция. Пожар начался около "
        "девяти часов утра. Причина пока неизвестна. Ущерб оценивается в миллион евро, сказал представитель "
        "пожарной службы вечером того же дня на месте происшествия и добавил что расследование идёт."
    )
    with pytest.raises(ClaimlineError, match="reads as a script other than Latin"):
        check_english(russian, "doklad.txt")
