"""The actor gazetteer as lookups: canonical names, aliases, types.

No spaCy here: query commands use :func:`matching` to expand ``--actor``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Gazetteer:
    by_alias: dict[str, str]  # exact surface form -> canonical
    by_folded: dict[str, str]  # casefolded surface form -> canonical
    types: dict[str, str]  # canonical -> type
    descriptions: dict[str, tuple[str, ...]]  # canonical -> own description nouns
    not_actors: frozenset[str]  # casefolded
    demonyms: dict[str, str]  # "French" -> France
    countries: dict[str, str]  # canonical -> country of a national body
    part_of: dict[str, str]  # canonical -> canonical of the actor it belongs to


@cache
def gazetteer() -> Gazetteer:
    from .. import lexicons  # here, not at the top: clean_name() stays light for queries

    lex = lexicons.actors()
    by_alias: dict[str, str] = {}
    by_folded: dict[str, str] = {}
    types: dict[str, str] = {}
    descriptions: dict[str, tuple[str, ...]] = {}
    for entry in lex.actor:
        types[entry.name] = entry.type
        descriptions[entry.name] = tuple(d.lower() for d in entry.descriptions)
        for form in (entry.name, *entry.aliases):
            by_alias.setdefault(form, entry.name)
            by_folded.setdefault(form.casefold(), entry.name)
            stripped = _LEADING.sub("", form)
            if stripped != form:
                by_alias.setdefault(stripped, entry.name)
                by_folded.setdefault(stripped.casefold(), entry.name)
    return Gazetteer(
        by_alias=by_alias,
        by_folded=by_folded,
        types=types,
        descriptions=descriptions,
        not_actors=frozenset(n.casefold() for n in lex.not_actors),
        demonyms={d: e.name for e in lex.actor for d in e.demonyms},
        countries={e.name: e.country for e in lex.actor if e.country},
        part_of={e.name: e.part_of for e in lex.actor if e.part_of},
    )


@lru_cache(maxsize=65_536)
def clean_name(text: str) -> str:
    """Normalise an entity's surface form: strip articles, possessives, whitespace (kept per form:
    an ingest asks again for the same names, ~90 times per article)."""
    text = " ".join(text.split())
    text = _LEADING.sub("", text)
    text = _POSSESSIVE.sub("", text).strip(" ,.;:-–—\"'“”‘’()")
    return text


def canonical(text: str) -> str | None:
    """Canonical name of a known actor for a surface form, or None (kept per form while the
    gazetteer is the same one)."""
    g = gazetteer()
    if _CANONICAL_OF[0] is not g or len(_CANONICAL) > 65_536:
        _CANONICAL.clear()
        _CANONICAL_OF[0] = g
    found = _CANONICAL.get(text, _UNKNOWN)
    if found is _UNKNOWN:
        name = clean_name(text)
        found = _CANONICAL[text] = g.by_alias.get(name) or g.by_folded.get(name.casefold())
    return found  # type: ignore[return-value]


#: surface form -> :func:`canonical` of it, for the gazetteer in ``_CANONICAL_OF``
_CANONICAL: dict[str, str | None] = {}
_CANONICAL_OF: list[Gazetteer | None] = [None]
_UNKNOWN = object()


def is_not_actor(text: str) -> bool:
    return clean_name(text).casefold() in gazetteer().not_actors


def actor_type(name: str) -> str | None:
    return gazetteer().types.get(name)


def parts(name: str, part_of: dict[str, str] | None = None) -> set[str]:
    """Every actor that belongs to ``name``, directly or through others (``part_of`` in the gazetteer)."""
    up = gazetteer().part_of if part_of is None else part_of
    out: set[str] = set()
    grew = True
    while grew:
        grew = False
        for child, parent in up.items():
            if child not in out and (parent == name or parent in out):
                out.add(child)
                grew = True
    return out


def head_alias(name: str, alias: str, kind: str) -> bool:
    """Whether ``alias`` is the head of its actor's canonical ``name`` — its last words, "the" left out
    ("the Navy" of "U.S. Navy", "Congress" of "U.S. Congress", "Ministry of Defence" of "UK Ministry of
    Defence") — which another body's name may end in too ("the Alder Navy", "the Royal Navy"). Not for
    people (a surname is no head another person shares in a story as a name's end)."""
    if kind == "person":
        return False
    words, full = name_words(_LEADING.sub("", alias)), name_words(name)
    return 0 < len(words) < len(full) and full[-len(words) :] == words


def head_patterns(name: str, alias: str, label: str) -> list[dict]:
    """EntityRuler patterns that keep another body's name whole when it ends in the head alias ``alias``
    of ``name`` (:func:`head_alias`): proper nouns compounded with the alias and the alias ("Alder Navy"), as one
    entity of ``label`` WITHOUT the actor's id, so that the alias names the gazetteer's actor only alone or
    after "the" ("The Navy said"), never as the head of another name. Its words are then looked up as a
    whole (:func:`canonical`: "U.S. Navy" is still the U.S. Navy)."""
    words = _LEADING.sub("", alias).split()
    return [
        {
            "label": label,
            "pattern": [
                {"POS": "PROPN", "DEP": "compound", "IS_TITLE": True, "OP": "+"},
                *({"ORTH": w} for w in words),
            ],
        }
    ]


_WORD = re.compile(r"[\w&]+")
_SKIP_WORDS = frozenset({"the", "s"})


_DOTTED = re.compile(r"\b([A-Za-z])\.(?=[A-Za-z]\b)")


#: the spellings of letters a name is also written with in plain ASCII ("Jörg" / "Joerg", "Müller" / "Mueller")
_TRANSLITERATED = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "æ": "ae", "ø": "oe", "å": "aa", "ß": "ss", "þ": "th"}
)


@lru_cache(maxsize=65_536)
def folded(name: str) -> str:
    """A name casefolded and spelled in ASCII letters as it is transliterated: umlauts as two letters
    ("Jörg" and "Joerg" -> "joerg"), other accents dropped ("José" -> "jose")."""
    text = name.casefold().translate(_TRANSLITERATED)
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name ("Airbus A380" -> ("airbus", "a380"), "U.S. Army" -> ("us", "army"),
    "Jörg Brandtner" -> ("joerg", "brandtner")); articles and possessive s dropped."""
    return tuple(w for w in _WORD.findall(folded(_DOTTED.sub(r"\1", name))) if w not in _SKIP_WORDS)


def _run_of(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``a`` is a run of consecutive words of ``b``."""
    return bool(a) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def names_matching(
    query: str,
    names: Iterable[str],
    others: Iterable[str] = (),
    bodies: Collection[str] = (),
    persons: Collection[str] = (),
) -> set[str]:
    """The ``names`` (entity names found in the texts) that ``query`` names, by word runs.

    A name matches when its words equal the query's, when they are a run of the query's words
    ("A380" for "Airbus A380", "Henderson" for "Frederick Henderson"), when the query's words are a
    run of its words ("Dow" in "Dow Jones Industrial Average"), when they are the same letters
    ("DaimlerChrysler", "U.S. Federal Reserve" for "US Federal Reserve") or when one is the other's
    initials in capitals ("GM" for "General Motors") — unless the name is exactly one of ``others`` (another
    known actor: "Airbus" is not "Airbus A380", "US" not "US Dollar"). A person's name (one of ``persons``) is
    never matched by initials: "TB" (tuberculosis) is not "Tomas Brill" (review 16 X7).
    """
    q = name_words(clean_name(query))
    if not q:
        return set()
    other = {name_words(o) for o in others} - {q}
    q_short, q_long = _acronym(query), _initials(q)
    folded = {name_words(p) for p in persons}
    if q in folded:
        q_long = None
    out: set[str] = set()
    for n in names:
        w = name_words(n)
        if w == q or ((_names_alone(w, q, bodies) or _run_of(q, w)) and w not in other):
            out.add(n)
        elif w and "".join(w) == "".join(q):
            out.add(n)  # "DaimlerChrysler" for "Daimler Chrysler"
        elif w not in other and (
            (q_long is not None and _acronym(n) == q_long)
            or (q_short is not None and w not in folded and _initials(w) == q_short)
        ):
            out.add(n)  # "GM" for "General Motors", "NYSE" for "New York Stock Exchange", and the reverse
    return out


def _names_alone(w: tuple[str, ...], q: tuple[str, ...], bodies: Collection[str]) -> bool:
    """Whether a name of words ``w``, a run of the query's words ``q``, names what the query names by itself:
    it ends the query ("Henderson" of "Frederick Henderson", "A380" of "Airbus A380") unless it is a body noun
    alone ("council" of "Tressick council" names every council), or it begins it unless the query's head is a
    body noun ("Ostwick", the town, is not "Ostwick city council"; "Nikkei" is "Nikkei 225") — review 14, V10.
    ``bodies``: the head nouns of descriptions of bodies (``[types.*] nouns`` of ``models/actors.toml``)."""
    if not _run_of(w, q):
        return False
    if q[len(q) - len(w) :] == w:
        return w[-1] not in bodies
    return q[-1] not in bodies


def name_pieces(query: str, names: Iterable[str], bodies: Collection[str]) -> set[str]:
    """The ``names`` that are a run of the query's words without naming it alone (:func:`names_matching`):
    "Tressick" and "council" of "Tressick council". A cluster names the query when its pieces together hold
    every word of it (:func:`pieces_cover`)."""
    q = name_words(clean_name(query))
    return {n for n in names if (w := name_words(n)) and w != q and _run_of(w, q) and not _names_alone(w, q, bodies)}


def pieces_cover(query: str, pieces: Iterable[str]) -> bool:
    """Whether the words of ``pieces`` hold every word of ``query``."""
    have = {x for n in pieces for x in name_words(n)}
    return set(name_words(clean_name(query))) <= have


_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z]){1,5}\.?")
_NOT_INITIALS = frozenset({"of", "and", "the", "for", "&", "de"})


def _acronym(name: str) -> str | None:
    """The letters of an all-capital abbreviation ("GM", "U.A.W." -> "gm", "uaw"), else None."""
    name = clean_name(name)
    return name.replace(".", "").casefold() if _ACRONYM.fullmatch(name) else None


def _initials(words: tuple[str, ...]) -> str | None:
    """The initials of a name of two to six words ("general", "motors" -> "gm"), else None."""
    letters = [w[0] for w in words if w not in _NOT_INITIALS and w[0].isalpha()]
    return "".join(letters) if 2 <= len(letters) <= 6 and len(words) >= 2 else None


def matching(query: str, known: set[str] | None = None) -> set[str]:
    """Canonical names matched by a user's ``--actor`` query, case-insensitively.

    Matches the gazetteer's canonical names and aliases exactly (``pentagon``
    finds the U.S. Department of Defense), and, among ``known`` actor names
    (those in the store, including actors found by NER), any equal name.
    """
    g = gazetteer()
    folded = clean_name(query).casefold()
    out: set[str] = set()
    hit = g.by_folded.get(folded) or g.by_folded.get(query.strip().casefold())
    if hit:
        out.add(hit)
    for name in known or ():
        if name.casefold() == folded:
            out.add(name)
    return out
