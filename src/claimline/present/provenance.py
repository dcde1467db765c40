"""``claimline show`` and ``claimline actors``: provenance views over the store.

Light to import: the table output of ``show`` reads the store as views (no pydantic); the
models of :mod:`.provenance_models` and rich load only for JSON output or a terminal.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..errors import ClaimlineError
from ..events.display import outlet_name
from ..views import View
from .render import Format
from .tables import no_source_label

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from ..schemas import Claim
    from ..store.sqlite import Store
    from .provenance_models import ActorRow, ClaimProvenance


def claim_provenance(store: Store, claim_id: str, *, view: bool = False) -> ClaimProvenance:
    """A claim with its article, sentence, status and conflicts (``view=True``: a :class:`View`, no models)."""
    claim = store.claim(claim_id, view=view)
    if claim is None:
        raise ClaimlineError(f"no claim {claim_id} in the store")
    found = store.article(claim.article_id, view=view)
    if found is None:
        raise ClaimlineError(f"the article {claim.article_id} of claim {claim_id} is not in the store")
    article, text, _ = found
    # the conflicts with the claim on a side (indexed), of its actors: not every conflict of its actors
    # read to find those (an actor of 2,000 conflicts made `show CONFLICT` of 12 claims parse 26,000)
    on_sides = sorted(store.conflicts_on_claims([claim_id]))
    conflicts = (
        [
            c.id
            for c in store.conflicts(
                ids=on_sides,
                actors=set(claim.actors) | ({claim.subject} if claim.subject else set()) or None,
                view=view,
            )
            if any(claim_id in side.claim_ids for side in c.sides)
        ]
        if on_sides
        else []
    )
    fields = {
        "claim": claim,
        "article": article,
        "sentence": text[claim.sentence.start : claim.sentence.end],
        "status": store.statuses([claim_id]).get(claim_id),
        "conflicts": conflicts,
    }
    if view:
        return View(fields)  # type: ignore[return-value]
    from .provenance_models import ClaimProvenance

    return ClaimProvenance(**fields)


def _highlighted(text: str, claim: Claim) -> Text:
    from rich.text import Text

    s0 = claim.sentence.start
    t = Text(text[s0 : claim.sentence.end])
    t.stylize("bold", claim.start - s0, claim.end - s0)
    if claim.source:
        t.stylize("cyan", claim.source.start - s0, claim.source.end - s0)
    if claim.cue:
        t.stylize("magenta", claim.cue.start - s0, claim.cue.end - s0)
    return t


def show_item(store: Store, kind: str, ident: str, *, fmt: Format, console: Console) -> None:
    view = fmt is not Format.json  # the table needs no models
    if kind == "claim":
        prov: Any = claim_provenance(store, ident, view=view)
        if fmt is Format.json:
            console.print(prov.model_dump_json(indent=2), markup=False, soft_wrap=True)
            return
        c, a = prov.claim, prov.article
        console.print(f"claim {c.id}", markup=False)
        console.print(
            f"  {'article':<12}{a.id}  {outlet_name(a, '?')}  {a.published or '?'}  {a.title or ''}", markup=False
        )
        console.print("  sentence    ", end="")
        console.print(_highlighted(prov.sentence, c) if console.is_terminal else prov.sentence, soft_wrap=True)
        rows = {
            "content": f"{c.text}  [{c.start}:{c.end}]",
            "source": (
                f"{c.source.text} [{c.source.start}:{c.source.end}] → {c.source.actor or 'unresolved'}"
                f" ({c.source.kind}, {c.source.resolution})"
                if c.source
                else no_source_label(c)
            ),
            "cue": f"{c.cue.text} [{c.cue.start}:{c.cue.end}]" if c.cue else "",
            "attribution": c.attribution,
            "certainty": c.modality + ("; negated" if c.negated else ""),
            "actors": ", ".join(c.actors) + (f" (subject {c.subject})" if c.subject else ""),
            "time": f"{c.time.text} = {c.time.value} ({c.time.start}..{c.time.end})" if c.time else "",
            "tier": c.network_tier or "",
            "scopes": ", ".join(c.use_scopes) + "".join(f", not {s}" for s in c.excluded_scopes),
            "revision": c.revision or "",
            "status": prov.status or "",
            "conflicts": ", ".join(prov.conflicts),
            "confidence": f"{c.confidence:.2f}",
        }
        for k, v in rows.items():
            if v:
                console.print(f"  {k:<12}{v}", markup=False, soft_wrap=True)
    elif kind == "conflict":
        conflict = store.conflicts(ids=[ident], view=view)[0]
        if fmt is Format.json:
            claims = {
                c.id: claim_provenance(store, c.id, view=view)
                for side in conflict.sides
                for c in store.claims(ids=side.claim_ids, view=view)
            }
            payload = {
                "conflict": conflict.model_dump(mode="json"),
                "claims": [p.model_dump(mode="json") for p in claims.values()],
            }
            console.print(json.dumps(payload, indent=2, ensure_ascii=False), markup=False, soft_wrap=True)
            return
        from .conflicts import conflict_block

        sided = _side_claims(store, conflict)
        conflict_block(conflict, console, {c.id: c.text for c, *_ in sided})
        for c, article, sentence, status in sided:
            console.print(
                f"  {c.id}  {outlet_name(article, '?')} {article.published or ''} ({status or 'stands'})",
                markup=False,
            )
            console.print(f"    {sentence.strip()}", markup=False, soft_wrap=True)
        for side in conflict.sides:  # an outlet's own words (own:<frame>, in no claim): their sentence too
            for sid in side.claim_ids:
                if sid.startswith("own:"):
                    st = statement(store, sid)
                    when = st.article.published or ""
                    console.print(f"  {sid}  {st.outlet} {when} ({side.status})", markup=False)
                    console.print(f"    {st.sentence}", markup=False, soft_wrap=True)
    else:
        found = store.article(ident, view=view)
        if found is None:
            raise ClaimlineError(f"no article {ident} in the store")
        article, text, times = found
        claims = store.claims(article=ident, view=view)
        if fmt is Format.json:
            payload = {
                "article": article.model_dump(mode="json"),
                "claims": [c.model_dump(mode="json") for c in claims],
                "times": [t.model_dump(mode="json") for t in times],
            }
            console.print(json.dumps(payload, indent=2, ensure_ascii=False), markup=False, soft_wrap=True)
            return
        for k in ("id", "title", "publisher", "published", "url", "path"):
            console.print(f"{k:<10}{getattr(article, k) or ''}", markup=False)
        console.print(f"{'claims':<10}{len(claims)}   times: {len(times)}", markup=False)
        for c in claims:
            who = c.source.actor or c.source.text if c.source else no_source_label(c)
            console.print(f"  {c.id}  {who}: {c.text[:120]}", markup=False, soft_wrap=True)


#: a report's factuality as the timeline says it (JSON keeps the stored word)
_SAID = {"asserted": "confirmed"}


def _json(console: Console, data: Any) -> None:
    console.print(json.dumps(data, indent=2, ensure_ascii=False, default=str), markup=False, soft_wrap=True)


def show_event(event: Any, *, fmt: Format, console: Console) -> None:
    """``claimline show ev-…``: an event (cluster, :func:`claimline.api.event`) as the timeline has it — its
    date, words, status, outlets and conflicts — then every report with its sentence, to be checked."""
    if fmt is Format.json:
        _json(console, event)
        return
    from ..events.display import event_words
    from ..events.timeline import DENY

    e = event.entry
    console.print(f"event {event.id}  ({event.event_class})", markup=False)
    if e is not None:
        rows = {
            "date": e.date_label,
            "event": event_words(e.event, e.label) or e.label,
            "status": _SAID.get(e.status, e.status),
            "outlets": ", ".join(e.outlets),
            "actors": ", ".join(e.actors),
        }
    elif event.event_class == DENY:
        rows = {"entry": "a denial: the timeline entry of the event it denies tells it"}
    else:
        rows = {"figures": "a number with its measured noun: compared, not a timeline entry"}
    rows["conflicts"] = ", ".join(event.conflicts)
    for k, v in rows.items():
        if v:
            console.print(f"  {k:<10}{v}", markup=False, soft_wrap=True)
    console.print(f"  reports   {len(event.reports)}", markup=False)
    for r in event.reports:
        claim = f"  claim {r.claim_id}" if r.claim_id else "  (in no claim)"
        console.print(
            f"    {r.id}  {r.outlet or '?'}  {r.published or '?'}  {r.trigger!r}  "
            f"{_SAID.get(r.factuality, r.factuality)}{claim}",
            markup=False,
            soft_wrap=True,
        )
        console.print(f"      {r.sentence}", markup=False, soft_wrap=True)


def statement(store: Store, ident: str) -> Any:
    """An outlet's own statement (``own:<frame>``) as a view: ``article``, ``outlet``, ``sentence``, ``frame``,
    its ``event`` cluster and the ``conflicts`` with it on a side."""
    from ..store import event_views

    found = event_views.frame(store.db, ident.removeprefix("own:"))
    if found is None:
        raise ClaimlineError(f"no outlet statement with ID '{ident}'")
    f, cluster = found
    got = store.article(f.article_id, view=True)
    if got is None:
        raise ClaimlineError(f"the article {f.article_id} of {ident} is not in the store")
    article, text, _ = got
    return View(
        id=ident,
        article=article,
        outlet=outlet_name(article, "?"),
        sentence=" ".join(text[f.sentence.start : f.sentence.end].split()),
        frame=f,
        event=cluster,
        conflicts=sorted(store.conflicts_on_claims([ident])),
    )


def _figure(q: Any) -> str:
    """A quantity as the text has it, with its value and what it counts: "four (4 village)"."""
    value = q.get("value")
    what = " ".join(
        str(x) for x in (f"{value:g}" if isinstance(value, float) else value, q.get("unit"), q.get("measures")) if x
    )
    return f"{q.get('text')} ({what})" if what else str(q.get("text"))


def show_statement(statement: Any, *, fmt: Format, console: Console) -> None:
    """``claimline show own:…``: an outlet's own statement (a sentence in no claim that a conflict compares,
    :func:`claimline.api.outlet_statement`) with its article and sentence, to be checked."""
    if fmt is Format.json:
        _json(console, statement)
        return
    a, f = statement.article, statement.frame
    console.print(f"statement {statement.id}  (the outlet's own words, in no claim)", markup=False)
    head = f"  article   {a.id}  {outlet_name(a, '?')}  {a.published or '?'}  {a.title or ''}"
    console.print(head.rstrip(), markup=False)
    console.print(f"  sentence  {statement.sentence}", markup=False, soft_wrap=True)
    figures = "; ".join(_figure(q) for q in f.quantities or ())
    rows = {
        "trigger": f"{f.trigger.text} [{f.trigger.start}:{f.trigger.end}] ({f.event_class})",
        "certainty": _SAID.get(f.factuality, f.factuality),
        "figures": figures,
        "event": statement.event or "",
        "conflicts": ", ".join(statement.conflicts),
    }
    for k, v in rows.items():
        if v:
            console.print(f"  {k:<10}{v}", markup=False, soft_wrap=True)


def _side_claims(store: Store, conflict: Any) -> list[tuple[Any, Any, str, str | None]]:
    """(claim, article, sentence, status) of each claim on a side of ``conflict``, side by side, each
    side's claims in the store's order, each claim once: as :func:`claim_provenance` gives them, read
    in three queries for all the claims (on PostgreSQL each query is a round trip)."""
    ids = [cid for side in conflict.sides for cid in side.claim_ids]
    found = store.claims(ids=ids, view=True) if ids else []
    articles = store.articles_with_text({c.article_id for c in found})
    statuses = store.statuses([c.id for c in found])
    seen: dict[str, tuple[Any, Any, str, str | None]] = {}
    for side in conflict.sides:
        mine = set(side.claim_ids)
        for c in found:
            if c.id not in mine or c.id in seen:
                continue
            if c.article_id not in articles:
                raise ClaimlineError(f"the article {c.article_id} of claim {c.id} is not in the store")
            article, text = articles[c.article_id]
            seen[c.id] = (c, article, text[c.sentence.start : c.sentence.end], statuses.get(c.id))
    return list(seen.values())


def actor_rows(store: Store, *, view: bool = False) -> list[ActorRow]:
    """The actors of the store's claims with their claim counts, type and aliases (``claimline actors``), from the
    cached gazetteer tables (:mod:`claimline.actor_index`: no pydantic); ``view=False``: models (for csv)."""
    from ..actor_index import actor_types, listed_aliases

    types, aliases = actor_types(), listed_aliases()
    counts = store.actor_counts()
    # a speaker no claim names in its content is an actor too (review 19 A5), listed with the claims it made
    named = {a for a, _ in counts}
    speakers = [(a, n) for a, n in store.source_actor_counts() if a not in named]
    if speakers:
        counts = sorted([*counts, *speakers], key=lambda an: (-an[1], an[0]))
    rows = [View(name=a, type=types.get(a), claims=n, aliases=aliases.get(a, [])) for a, n in counts]
    if view:
        return rows  # type: ignore[return-value]
    from .provenance_models import ActorRow

    return [ActorRow(**r) for r in rows]
