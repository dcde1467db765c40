"""The ``claimline`` command: a thin shell over the library.

Every command calls one library function; a :class:`ClaimlineError` becomes
one red line on stderr and exit code 1. Query commands never import spaCy or
dateparser, and start fast: this module imports only typer at start-up; each command imports
what it needs. Query commands read stored rows as views (no pydantic), and write plain text
unless the output is a terminal (then rich).
"""

from __future__ import annotations

import functools
import io
import json
import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
import typer.core

from . import __version__, api, config
from .errors import ClaimlineError
from .present import render, tables
from .present.conflicts import comparison_line, conflict_block, plain_blocks
from .present.render import Format
from .present.timeline_table import emit_timeline

if TYPE_CHECKING:
    from .store.sqlite import Store


class _Group(typer.core.TyperGroup):
    """The command group: a bad option value (``--format xml``, a choice it does not offer) is one red line
    and exit 1, as every other bad input (review 8, V18), not click's usage box with exit 2."""

    def invoke(self, ctx: Any) -> Any:
        from typer._click import exceptions as click_errors  # (typer 0.28 carries its own click; no public name)

        try:
            return super().invoke(ctx)
        except click_errors.NoArgsIsHelpError:
            raise
        except click_errors.UsageError as exc:  # a bad value, an option the command does not have (review 9, W26)
            fail(exc.format_message())

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        """An option before the command (``claimline --db x.db ingest f.txt``) is one red line that shows the
        command line with the option after the command, and exit 1 (review 10, R19), not a usage box and exit 2."""
        from typer._click import exceptions as click_errors

        given = list(args)  # (click's parser consumes the list it is given)
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click_errors.NoArgsIsHelpError:
            raise
        except click_errors.UsageError as exc:
            fail(f"{exc.format_message()}{_misplaced_hint(given, set(self.commands))}")


def _misplaced_hint(args: list[str], commands: set[str]) -> str:
    """What to type instead when options come before the command name; else where to find the commands."""
    at = next((i for i, a in enumerate(args) if a in commands), None)
    if at is None or at == 0:
        return " (claimline -h lists the commands and their options)"
    fixed = [args[at], *args[:at], *args[at + 1 :]]
    return f"; options go after the command: claimline {' '.join(_quoted(a) for a in fixed)}"


def _quoted(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


app = typer.Typer(
    cls=_Group,
    name="claimline",
    help=(
        "Attributed claims, timelines and reconciled conflicts from news articles, offline.\n\n"
        "Typical session:\n\n"
        "  claimline ingest sample_articles/\n\n"
        "  claimline timeline --actor NATO\n\n"
        "  claimline conflicts\n\n"
        "The store is one SQLite file or a PostgreSQL database: --db PATH|postgresql://… or CLAIMLINE_DB, else a"
        " SQLite file in the user data directory."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

out = render.AutoConsole()
err = render.AutoConsole("stderr")

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=config.DB_ENV,
        help="Store: a SQLite file or a PostgreSQL URL, postgresql://user@host/dbname (default: in the user data dir).",
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


class ChangeFormat(str, Enum):
    """The formats of a command that prints one record, not a listing: a table to read or JSON."""

    table = "table"
    json = "json"


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


ActorOpt = Annotated[
    str | None,
    typer.Option(
        "--actor",
        "-a",
        help="A gazetteer actor or alias, case-insensitive ('pentagon'), else a name found in the articles,"
        " matched by its words ('Varga' finds 'Ilse Varga').",
    ),
]
PipelineOpt = Annotated[
    str | None,
    typer.Option("--pipeline", envvar=config.PIPELINE_ENV, help="Installed spaCy pipeline (env CLAIMLINE_PIPELINE)."),
]


def command(*args: Any, **kwargs: Any):  # type: ignore[no-untyped-def]
    """``app.command`` that turns a ClaimlineError into one red line and exit 1."""

    def decorate(fn):  # type: ignore[no-untyped-def]
        @functools.wraps(fn)
        def wrapper(*a: Any, **kw: Any) -> Any:
            try:
                result = fn(*a, **kw)
                sys.stdout.flush()  # a closed pipe shows here, not in Python's flush at exit
                return result
            except ClaimlineError as exc:
                fail(str(exc))
            except BrokenPipeError:
                _quiet_exit()

        return app.command(*args, **kwargs)(wrapper)

    return decorate


def _quiet_exit() -> None:
    """The reader closed the pipe (``| head``): stop quietly with exit 0, as other Unix tools do; standard
    output goes to the null device so that Python's flush at exit finds no pipe to complain of."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # no real file behind standard output (a test runner's buffer)
    raise typer.Exit(0)


def fail(message: str) -> None:
    err.print(f"[red]Error:[/red] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(1)


def open_store(db: str | None, *, create: bool = False) -> Store:
    from . import api

    return api.open_store(db, create=create)


# ------------------------------------------------------------------- ingest
@command()
def ingest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, directories (recursive: .txt .md .html), web pages (https://...) or - for stdin."),
    ] = None,
    feed: Annotated[
        list[str] | None,
        typer.Option("--feed", metavar="URL", help="An RSS or Atom feed: ingest every article it lists (repeatable)."),
    ] = None,
    manifest: Annotated[
        list[Path] | None,
        typer.Option(
            "--manifest",
            metavar="FILE",
            help="CSV or JSONL, one article a row: path or url, publisher, published, title, url (repeatable).",
        ),
    ] = None,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds to wait for a web server.")] = 20.0,
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (overrides the page).")] = None,
    publisher: Annotated[str | None, typer.Option(help="Outlet name (overrides the page).")] = None,
    title: Annotated[str | None, typer.Option(help="Title (overrides the page).")] = None,
    url: Annotated[str | None, typer.Option(help="URL of the article.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    max_bytes: Annotated[
        int | None,
        typer.Option(min=1, help="Largest file accepted, in bytes (env CLAIMLINE_MAX_BYTES; default 5 MB)."),
    ] = None,
    pipeline: PipelineOpt = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' (needs claimline[dask]).",
        ),
    ] = None,
    dask_workers: Annotated[int, typer.Option(min=1, help="Workers of a local Dask cluster.")] = 2,
    fmt: Annotated[
        ChangeFormat, typer.Option("--format", "-f", help="Summary format: table or json.")
    ] = ChangeFormat.table,
) -> None:
    """Read articles, extract their claims and store them.

    Examples:

    claimline ingest sample_articles/

    claimline ingest --published 2026-03-05 --publisher 'Meridian Wire' story.txt

    claimline ingest https://example.org/news/story.html

    claimline ingest --feed https://example.org/rss.xml

    claimline ingest --manifest batch.csv

    cat story.txt | claimline ingest -

    claimline ingest --jobs 2 corpus/

    claimline ingest --dask local corpus/
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    if not paths and not feed and not manifest:
        raise ClaimlineError("nothing to ingest: give files, folders, URLs, --feed URL or --manifest FILE")
    items = api.sources(paths or [], feeds=feed or [], manifests=manifest or [], timeout=timeout, max_bytes=max_bytes)
    api.publication_day(published)  # a bad option is refused before the store is made (review 11, S14)
    if publisher is not None and not publisher.strip():
        raise ClaimlineError("--publisher is empty: give the outlet's name or leave the option out")
    if items and all(getattr(item, "error", None) for item in items):
        # nothing readable: report it without making a store (review 12, T16)
        for item in items:
            err.print(f"[red]Error:[/red] {item.error}", markup=True, soft_wrap=True)  # type: ignore[union-attr]
        out.print(f"0 stored, 0 already present, {len(items)} failed; 0 claims found", markup=False)
        raise typer.Exit(1)
    fresh = not api.store_exists(db)
    store = open_store(db, create=True)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True, highlight=False),
        transient=True,
        disable=not sys.stderr.isatty(),
    )
    task = progress.add_task("ingesting", total=None)
    with progress:
        report = api.ingest(
            store,
            items,
            published=published,
            publisher=publisher,
            title=title,
            url=url,
            jobs=jobs,
            dask=dask,
            dask_workers=dask_workers,
            pipeline=pipeline,
            max_bytes=max_bytes,
            on_total=lambda n: progress.update(task, total=n, visible=n > 1),
            on_progress=lambda name, n: progress.advance(task, n),
        )
    for warning in report.warnings:
        err.print(f"[yellow]Warning:[/yellow] {warning}", markup=True, soft_wrap=True, highlight=False)
    for f in report.failures:
        err.print(f"[red]Error:[/red] {f.error}", markup=True, soft_wrap=True)
    if fmt == "json":
        out.print(report.model_dump_json(indent=2), markup=False, soft_wrap=True)
    else:
        conflicts = "" if report.conflicts is None else f", {report.conflicts} conflicts in store"
        out.print(
            f"{report.stored} stored, {report.present} already present, {report.failed} failed; "
            f"{report.claims} claims found{conflicts}",
            markup=False,
        )
    if fresh and not report.stored and not report.present:
        api.discard_empty_store(store)  # every file failed: no empty store is left behind (review 13, U10)
    if report.failed:
        raise typer.Exit(1)


@command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Outlet name.")] = None,
    title: Annotated[str | None, typer.Option(help="Title.")] = None,
    url: Annotated[str | None, typer.Option(help="URL.")] = None,
    pipeline: PipelineOpt = None,
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="json (one object, or an array) or jsonl.")
    ] = ExtractFormat.json,
    max_bytes: Annotated[int | None, typer.Option(min=1, help="Largest file accepted, in bytes.")] = None,
) -> None:
    """Extract claims without touching the store; print JSON (the pure, parallelisable step).

    Examples:

    claimline extract article.txt

    claimline extract corpus/ --format jsonl > out.jsonl
    """
    warnings: list[str] = []
    stream, failures = api.extract(
        paths,
        published=published,
        publisher=publisher,
        title=title,
        url=url,
        pipeline=pipeline,
        max_bytes=max_bytes,
        warnings=warnings,
    )
    results = []
    for ex in stream:
        if fmt == "jsonl":
            out.file.write(ex.model_dump_json() + "\n")
        else:
            results.append(ex.model_dump(mode="json"))
    if fmt != "jsonl" and results:
        out.file.write(
            json.dumps(
                results[0]
                if len(results) == 1 and len(paths) == 1 and Path(paths[0]).is_file() or paths == ["-"]
                else results,
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    for warning in warnings:
        err.print(f"[yellow]Warning:[/yellow] {warning}", markup=True, soft_wrap=True, highlight=False)
    for f in failures:
        err.print(f"[red]Error:[/red] {f.error}", markup=True, soft_wrap=True)
    if failures:
        raise typer.Exit(1)


@command()
def load(
    files: Annotated[list[str], typer.Argument(help="JSONL files written by 'claimline extract --format jsonl'.")],
    db: DbOpt = None,
) -> None:
    """Store extraction results made elsewhere (Dask, Spark, a batch system).

    Examples:

    claimline extract corpus/ -f jsonl > x.jsonl && claimline load x.jsonl
    """
    report = api.load(open_store(db, create=True), files)
    for f in report.failures:
        err.print(f"[red]Error:[/red] {f.path}: {f.error}", markup=True, soft_wrap=True)
    out.print(
        f"{report.stored} stored, {report.present} already present, {report.failed} failed; "
        f"{report.claims} claims loaded",
        markup=False,
    )
    if report.failed:
        raise typer.Exit(1)


# ------------------------------------------------------------------ queries
@command()
def articles(db: DbOpt = None, fmt: FormatOpt = Format.table) -> None:
    """List stored articles.

    Examples:

      claimline articles

      claimline articles --format csv > articles.csv
    """
    store = open_store(db)
    render.emit(
        store.articles(view=fmt is not Format.csv),
        fmt,
        tables.ARTICLE_COLUMNS,
        out=out,
        empty="no articles in the store",
    )


@command()
def claims(
    db: DbOpt = None,
    actor: ActorOpt = None,
    article: Annotated[str | None, typer.Option(help="Article ID (or prefix).")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most N claims.")] = None,
    stance: Annotated[  # a plain string, as --attribution: a bad value is the library's one-line error
        str | None,
        typer.Option(
            help="Only claims whose source takes this stance toward the content: who backs what "
            "('--stance supports'), who is against it ('--stance opposes'), who attacks whom ('--stance criticises').",
        ),
    ] = None,
    attribution: Annotated[  # a plain string: a bad value is the library's one-line error, not a usage box
        str | None,
        typer.Option(
            help="Only claims attributed this way: 'attitude' for a source's stance toward a thing "
            "('Republicans oppose the bill'; found by the cue tagger, kept beside the sentence's own claim), "
            "'author' for the outlet's own statements naming an actor, 'outlet_event' for its own statements of "
            "an event naming none ('The walkout began on Tuesday': sides of conflicts on the event), "
            "'direct_quote', 'indirect', 'according_to', 'report'.",
        ),
    ] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """List stored claims with source, cue, certainty, time, tier and scopes.

    Examples:

      claimline claims --actor pentagon

      claimline claims --article 7912f1 --format json

      claimline claims --stance supports --actor nato

      claimline claims --attribution attitude
    """
    found = api.claims(
        open_store(db),
        actor=actor,
        article=article,
        stance=stance,
        attribution=attribution,
        limit=limit,
        view=fmt is not Format.csv,
    )
    render.emit(found, fmt, tables.CLAIM_COLUMNS, out=out, empty="no claims match")


class TimelineFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    md = "md"
    html = "html"


class GroupBy(str, Enum):
    none = "none"
    month = "month"


@command()
def timeline(
    db: DbOpt = None,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            "-a",
            help="Any entity the text names: a gazetteer actor or alias ('pentagon'), else a name found in the "
            "articles, matched by its words or initials ('A380' finds 'Airbus A380', 'GM' 'General Motors').",
        ),
    ] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    scope: Annotated[str | None, typer.Option(help="Only events with a claim of this use scope.")] = None,
    tier: Annotated[str | None, typer.Option(help="Only events with a claim about this network tier.")] = None,
    source: Annotated[str | None, typer.Option("--source", "--publisher", help="Only this outlet.")] = None,
    group_by: Annotated[GroupBy, typer.Option(help="Group entries by month.")] = GroupBy.none,
    fmt: Annotated[
        TimelineFormat | None,
        typer.Option(
            "--format", "-f", help="Output format (default: table, or what the --output file's suffix names)."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file (.html, .md, .csv, .json, .jsonl: that format; .txt: the table)."
        ),
    ] = None,
    show_all: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Also list, apart, what a sentence only mentions beside the event it tells (its verb of"
            " attribution, an event noun) and commentary (speech or opinion without an event).",
        ),
    ] = False,
    include_parts: Annotated[
        bool,
        typer.Option(
            "--include-parts",
            help="With --actor: also the actors that are part of it (NATO's agencies, a "
            "government's ministries; part_of in actors.toml).",
        ),
    ] = False,
    claims: Annotated[
        bool,
        typer.Option(
            "--claims",
            help="The claim timeline instead: one entry per group of claims (sentences); --actor matches gazetteer"
            " actors and named entities by their full name only.",
        ),
    ] = False,
    events: Annotated[bool, typer.Option("--events", hidden=True, help="The default (kept for scripts).")] = False,
) -> None:
    """What happened when: one entry per event, every outlet that reports it.

    Examples:

    claimline timeline --actor NATO

    claimline timeline --actor pentagon --since 2026-02 --until 2026-04

    claimline timeline --actor "Boeing 777" --format json

    claimline timeline --actor NATO --include-parts --all

    claimline timeline --actor openai -o timeline.html          # the format follows the suffix

    claimline timeline --scope targeting --group-by month --format md

    claimline timeline --claims --actor NATO
    """
    if claims and (events or show_all):
        raise ClaimlineError("--claims cannot be combined with --events or --all")
    fmt = fmt or _format_of(output)
    if claims:
        _claim_timeline(db, actor, since, until, scope, tier, source, group_by, fmt, output, include_parts)
        return
    from . import timeline as tl

    rendered = fmt in (TimelineFormat.html, TimelineFormat.md)
    result = api.timeline(
        open_store(db),
        actor=actor,
        since=since,
        until=until,
        scope=scope,
        tier=tier,
        publisher=source,
        include_commentary=show_all,
        include_parts=include_parts,
        with_conflicts=fmt is TimelineFormat.html,
        light=fmt in (TimelineFormat.table, TimelineFormat.json, TimelineFormat.jsonl),  # views: no pydantic
    )
    entries = result.entries
    talk = [e for e in entries if e.status == "commentary"]
    # (--all) events only mentioned beside the event their sentence tells: listed apart in the table (S8)
    aside = [e for e in entries if e.status != "commentary" and getattr(e, "mention_only", False)]
    told = [e for e in entries if e.status != "commentary" and not getattr(e, "mention_only", False)]
    loose = [e for e in told if e.date_basis == "none"]
    dated = [e for e in told if e.date_basis != "none"]
    title = f"{'claimline timeline' if fmt is TimelineFormat.html else 'Timeline'}{' — ' + actor if actor else ''}"

    def write(target: Any) -> None:
        if rendered:
            from .events.timeline import as_timeline_entries

            shown = as_timeline_entries(dated + loose + aside + talk, result.conflicts)
            if fmt is TimelineFormat.html:
                from .present.html import render_html

                target.file.write(render_html(shown, result.conflicts, title=title))
            else:
                from .present.markdown import render_markdown

                target.file.write(render_markdown(shown, title=title))
        elif fmt is not TimelineFormat.table:
            render.emit(entries, Format(fmt.value), tables.EVENT_COLUMNS, out=target)
        else:
            if group_by is GroupBy.month:
                for month, group in tl.group_by_month(dated).items():
                    emit_timeline(group, out=target, title=tl.month_label(month))
            else:
                emit_timeline(dated, out=target, title="Timeline", empty="no dated events")
            if loose:
                emit_timeline(loose, out=target, title="Undated")
            if aside:
                emit_timeline(aside, out=target, title="Mentioned beside another event")
            if talk:
                emit_timeline(talk, out=target, title="Commentary")

    _write_to(output, write)


def _format_of(output: Path | None) -> TimelineFormat:
    """The format an ``--output`` file's suffix names (``tl.html``: the page, not a text table in an .html file;
    review 10, R36), else the table."""
    suffix = output.suffix.lower().lstrip(".") if output else ""
    named = {"htm": "html", "markdown": "md", "ndjson": "jsonl", "txt": "table", "": "table"}.get(suffix, suffix)
    if named not in TimelineFormat.__members__:  # review 12, T16: not a table silently in "tl.xyz"
        raise ClaimlineError(
            f"cannot tell the format of {output} from its suffix: use .html, .md, .csv, .json, .jsonl or .txt, "
            "or name it with --format"
        )
    return TimelineFormat(named)


def _write_to(output: Path | None, write: Callable[[Any], None]) -> None:
    """Run ``write`` on standard output, or on a console writing to ``output`` ("wrote …" when done)."""
    if not output:
        try:
            write(out)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise ClaimlineError(f"cannot write the output: {exc.strerror or exc}") from None
        return
    from rich.console import Console

    target: Any = Console(file=render.open_output(output), soft_wrap=False, width=160)
    ok = False
    try:
        write(target)
        ok = True
    except OSError as exc:
        raise ClaimlineError(f"cannot write {output}: {exc.strerror or exc}") from None
    finally:
        target.file.close()
        if ok:
            err.print(f"wrote {output}", markup=False, soft_wrap=True)


def _claim_timeline(
    db: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    scope: str | None,
    tier: str | None,
    source: str | None,
    group_by: GroupBy,
    fmt: TimelineFormat,
    output: Path | None,
    include_parts: bool = False,
) -> None:
    from . import timeline as tl

    # views, not models: no pydantic (the HTML page and CSV columns take models)
    light = fmt not in (TimelineFormat.html, TimelineFormat.csv)
    result = api.claim_timeline(
        open_store(db),
        actor=actor,
        since=since,
        until=until,
        scope=scope,
        tier=tier,
        publisher=source,
        light=light,
        include_parts=include_parts,
    )
    entries, conflicts = result.entries, result.conflicts
    dated, undated = tl.split_undated(entries)

    def write(target: Any) -> None:
        if fmt is TimelineFormat.html:
            from .present.html import render_html

            page = render_html(entries, conflicts, title=f"claimline timeline{' — ' + actor if actor else ''}")
            target.file.write(page)
        elif fmt is TimelineFormat.md:
            from .present.markdown import render_markdown

            target.file.write(render_markdown(entries, title=f"Timeline{' — ' + actor if actor else ''}"))
        elif fmt is not TimelineFormat.table:
            render.emit(entries, Format(fmt.value), tables.TIMELINE_COLUMNS, out=target)
        elif group_by is GroupBy.month:
            for month, group in tl.group_by_month(dated).items():
                emit_timeline(group, out=target, title=tl.month_label(month))
            if undated:
                emit_timeline(undated, out=target, title="Undated")
        else:
            emit_timeline(dated, out=target, title="Timeline", empty="no dated events")
            if undated:
                emit_timeline(undated, out=target, title="Undated")

    _write_to(output, write)


#: the facets of conflicts on claims and on events (a scope by its name too: ``models/scopes.toml``)
FACETS = (
    "network_tier",
    "date",
    "time_of_day",
    "polarity",
    "scope",
    "deadline",
    "quantity",
    "factuality",
    "classification",
    "agent",
)


def _known_facet(facet: str) -> None:
    """A ``--facet`` that names no facet is an error that says so, not an empty listing (review 7, R18)."""
    if facet in FACETS:
        return  # (without the validated lexicons: a query stays light, review 9 W22)
    from .lexicons import scopes

    names = {s.name for s in scopes().scope}
    if facet in FACETS or facet in names or (facet.startswith("scope:") and facet[6:] in names | {""}):
        return
    raise ClaimlineError(
        f"unknown facet {facet!r}: use one of {', '.join(FACETS)}, or a scope ({', '.join(sorted(names))})"
    )


@command()
def conflicts(
    db: DbOpt = None,
    actor: ActorOpt = None,
    facet: Annotated[
        str | None,
        typer.Option(
            help="network_tier, date, polarity, scope, or one scope (targeting); on events also time_of_day, deadline,"
            " quantity, factuality, classification, agent (who did it)."
        ),
    ] = None,
    open_only: Annotated[bool, typer.Option("--open", help="Only unresolved conflicts.")] = False,
    since: Annotated[str | None, typer.Option(help="Only conflicts with a report since this date.")] = None,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary",
            help="Only how many questions were compared and how many agree (the sentence; json/jsonl: an object,"
            " csv: one row).",
        ),
    ] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Where the sources disagree, and which version stands (with the reason).

    Every listing ends with how many questions two or more articles answer: "all agree" is not "nothing to compare".

    Examples:

    claimline conflicts

    claimline conflicts --actor NATO --open

    claimline conflicts --facet network_tier --format json

    claimline conflicts --summary --format json
    """
    if facet:
        _known_facet(facet)
    store = open_store(db)
    if summary:
        compared = api.comparison(store, actor=actor, facet=facet)
        if fmt is Format.json:
            out.print(json.dumps(compared.as_dict(), indent=2), markup=False, soft_wrap=True)
        elif fmt is Format.jsonl:
            out.file.write(json.dumps(compared.as_dict()) + "\n")
        elif fmt is Format.csv:  # the counts as one row under their names, as every csv (review 9 W17)
            figures = compared.as_dict()
            out.file.write(",".join(figures) + "\n" + ",".join(str(v) for v in figures.values()) + "\n")
        else:  # table and md: the sentence
            out.print(comparison_line(compared), markup=False, soft_wrap=True)
        return
    plain = fmt is Format.table and not out.is_terminal  # plain text: the blocks the store keeps, or JSON keys
    listing = api.conflict_listing(store, actor=actor, facet=facet, open_only=open_only, since=since) if plain else None
    found = (
        api.conflicts(
            store, actor=actor, facet=facet, open_only=open_only, since=since, view=fmt is not Format.csv, raw=plain
        )
        if listing is None
        else []
    )
    if fmt not in (Format.table, Format.md):  # json, jsonl, csv: the conflicts alone (one JSON array, rows)
        render.emit(found, fmt, tables.CONFLICT_COLUMNS, out=out)
        return
    line = comparison_line(api.comparison(store, actor=actor, facet=facet))
    if fmt is Format.md:
        out.file.write(line + "\n\n" + (render.to_md(found, tables.CONFLICT_COLUMNS) if found else ""))
        return
    statuses = [status for _, status in listing] if listing is not None else [c["status"] for c in found]
    if not statuses:
        if open_only or since:
            out.print(
                "no conflicts match " + " and ".join(f for f, on in (("--open", open_only), ("--since", since)) if on),
                markup=False,
            )
        out.print(line, markup=False, soft_wrap=True)
        return
    resolved = statuses.count("resolved")  # (a view or a dict: a model only with csv)
    tally = f"{len(statuses)} conflict{'s' if len(statuses) != 1 else ''}: {resolved} resolved, "
    tally += f"{len(statuses) - resolved} disputed or open"
    texts = api.classified_texts(store, found) if found else {}
    if plain:
        f = out.file
        f.writelines(plain_blocks(found, texts) if listing is None else (block for block, _ in listing))
        f.write(tally + "\n" + line + "\n")
        f.flush()
        return
    for c in found:
        conflict_block(c, out, texts)
    out.print(tally, markup=False)
    out.print(line, markup=False, soft_wrap=True)


@command()
def show(
    ident: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A claim, conflict, article or event ID (or unique prefix), or a side's own:… ID.",
        ),
    ],
    db: DbOpt = None,
    fmt: Annotated[ChangeFormat, typer.Option("--format", "-f", help="table or json.")] = ChangeFormat.table,
) -> None:
    """One claim, conflict, article or event with full provenance: every ID a listing prints.

    Examples:

      claimline show c-1a2b3c

      claimline show 7912f162986a-004 --format json

      claimline show ev-3d89ff13f7a0          # an event, as `conflicts` names it

      claimline show own:568ad926b037-e012    # an outlet's own words a conflict compares
    """
    from .present.provenance import show_event, show_item, show_statement

    store = open_store(db)
    kind, full = api.find_item(store, ident)
    if kind == "event":
        show_event(api.event(store, full), fmt=Format(fmt.value), console=out)
    elif kind == "statement":
        show_statement(api.outlet_statement(store, full), fmt=Format(fmt.value), console=out)
    else:
        show_item(store, kind, full, fmt=Format(fmt.value), console=out)


@command()
def changes(
    db: DbOpt = None,
    since: Annotated[
        str,
        typer.Option(
            help="'last' (the latest ingest run) or a date: every run since then (YYYY, YYYY-MM, YYYY-MM-DD)."
        ),
    ] = "last",
    fmt: Annotated[ChangeFormat, typer.Option("--format", "-f", help="table or json.")] = ChangeFormat.table,
) -> None:
    """What changed since you last looked (by default: the last ingest run).

    New events, new conflicts, verdicts that flipped, claims newly superseded, each with the articles behind it.

    Examples:

    claimline changes

    claimline changes --since 2026-04-01

    claimline changes --format json | jq '.verdicts_flipped'
    """
    from . import api
    from .present.changes import render_changes

    report = api.changes(db, since=since)
    if fmt is ChangeFormat.json:
        out.print(json.dumps(report, indent=2, ensure_ascii=False), markup=False, soft_wrap=True)
    else:
        out.file.write(render_changes(report))


@command()
def serve(
    db: DbOpt = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default lets only this machine connect.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free port).")] = 8765,
) -> None:
    """Browse a store in a web browser, read-only: timeline, conflicts, claims, articles with highlighted spans.

    Examples:

    claimline serve                # then open http://127.0.0.1:8765/

    claimline serve --db news.db --port 9000
    """
    from .present.web import make_server

    open_store(db).close()  # fail now, with one line, if there is no store
    server = make_server(lambda: open_store(db), api, host=host, port=port)
    where = f"http://{host}:{server.server_address[1]}/"
    err.print(f"serving {config.db_path(db)} at {where} (read-only; Ctrl-C stops)", markup=False, soft_wrap=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(f"[yellow]Warning:[/yellow] anyone who can reach {host}:{port} can read this store", markup=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@command()
def actors(
    db: DbOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Actors in the store with their claim counts and known aliases."""
    rows = api.actors(open_store(db), view=fmt is not Format.csv)  # (csv: the models' columns)
    render.emit(rows, fmt, tables.ACTOR_COLUMNS, out=out, empty="no actors in the store")


@command()
def info(
    db: DbOpt = None,
    pipeline: PipelineOpt = None,
    fmt: Annotated[ChangeFormat, typer.Option("--format", "-f", help="table or json.")] = ChangeFormat.table,
) -> None:
    """Version, store path, spaCy pipeline and counts."""
    data = api.info(db, pipeline)
    if fmt == "json":
        out.print(json.dumps(data, indent=2), markup=False, soft_wrap=True)
    else:
        for k, v in data.items():
            out.print(f"{k + ':':<16}{v}" if len(k) < 15 else f"{k}: {v}", markup=False, soft_wrap=True)


@command()
def reconcile(db: DbOpt = None) -> None:
    """Recompute every conflict and claim status over the whole store.

    Ingest, load and Dask recompute only the questions that new articles touch; this
    recomputes all of them, so that truth discovery's source reliabilities reflect
    every conflict again.

    Examples:

    claimline reconcile

    claimline reconcile --db postgresql://claimline@db.example/beat
    """
    from . import api

    out.print(f"{api.reconcile(db)} conflicts in store", markup=False)


@command()
def check(db: DbOpt = None) -> None:
    """Run SQLite's integrity check on the store and name the damaged tables.

    Examples:

    claimline check

    claimline check --db backup/claimline.db
    """
    from . import api

    path, report = api.check_store(db)
    if report.ok:
        out.print(f"ok: {path} passed SQLite's integrity check", markup=False, soft_wrap=True)
        return
    for problem in report.problems[:20]:
        out.print(f"  {problem}", markup=False, soft_wrap=True)
    raise api.damaged_error(path, report)


@command("eval")
def evaluate_cmd(
    gold: Annotated[
        list[Path],
        typer.Argument(help="Gold files or directories (tests/gold/); conflicts.json / expected.json score conflicts."),
    ],
    pipeline: PipelineOpt = None,
    fmt: Annotated[ChangeFormat, typer.Option("--format", "-f", help="table or json.")] = ChangeFormat.table,
) -> None:
    """Precision, recall and F1 per field against gold annotations, and gold conflicts found/missed/false.

    Examples:

    claimline eval tests/gold/

    claimline eval tests/fixtures/unseen/expected.json
    """
    from .jobs.conflict_eval import format_conflict_report
    from .jobs.evaluate import format_report

    result = api.evaluate(gold, pipeline=pipeline)
    payload: dict[str, Any] = {}
    if result.claims is not None:
        payload["claims"] = result.claims.model_dump(mode="json")
        if fmt != "json":
            out.print(format_report(result.claims), markup=False, soft_wrap=True)
    for cg, creport in result.conflicts.items():
        payload.setdefault("conflicts", {})[str(cg)] = {
            **creport.model_dump(mode="json"),
            "precision": creport.precision,
            "recall": creport.recall,
        }
        if fmt != "json":
            out.print(f"\nconflicts ({cg}):", markup=False)
            out.print(format_conflict_report(creport), markup=False, soft_wrap=True)
    if fmt == "json":
        out.print(json.dumps(payload, indent=2), markup=False, soft_wrap=True)


@command()
def lexicons(
    fmt: Annotated[ChangeFormat, typer.Option("--format", "-f", help="table or json.")] = ChangeFormat.table,
) -> None:
    """Validate the lexicons in models/ (and CLAIMLINE_LEXICONS) and count their entries."""
    from . import lexicons as lx
    from .reconcile import vocab
    from .timex.vocab import vocabulary

    time_words = vocabulary().model_dump().values()  # the time vocabulary with its additions too (review 10, R23)
    counts = lx.validate_all() | {
        vocab.FILE: vocab.entries(),  # comparison.toml too (review 6, C10)
        "timex/en.toml": sum(len(v) for v in time_words if isinstance(v, list | dict)),
    }
    rows = [{"file": k, "entries": v} for k, v in counts.items()]
    if fmt == "json":
        out.print(
            json.dumps(
                {"dir": str(lx.models_dir()), "extra": [str(p) for p in lx.extra_dirs()], "files": rows},
                indent=2,
            ),
            markup=False,
        )
    else:
        out.print(f"lexicons in {lx.models_dir()}" + "".join(f" + {p}" for p in lx.extra_dirs()), markup=False)
        for r in rows:
            out.print(f"  {r['file']:<16}{r['entries']:>5} entries", markup=False)


def version_callback(value: bool) -> None:
    if value:
        out.print(f"claimline {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """claimline: attributed claims, timelines and reconciled conflicts from news."""


def main() -> None:
    app()


__all__ = ["app", "main"]
