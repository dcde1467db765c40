"""How an event and the outlet reporting it are named for a reader (no spaCy, no pydantic).

* :func:`event_words`: the event of a timeline entry in the words of its sentence — its agents, its
  trigger and what it acts on, each participant with its preposition (``Orsa sank near Velmora (six
  crew)``), never a name as an object the text does not make it — so that two entries from one
  sentence (three frames of "The ferry hit the seabed, the agency reported, quoting the harbour
  master") read as three events, not as one sentence three times.
  An agent is named as its sentence names it (a pronoun by its name only when the name stands
  before it); the words never drop the negation, the adverbs between auxiliary and verb ("has not
  yet awarded"), a passive's subject or a "no" before the agent.
* :func:`failed_before`: whether a verb stands under a verb of failing ("failed to sign", "declined
  to renew": ``undone_words`` of ``models/cues.toml``): a timeline reads it not done.
* :func:`distinct_names`: an entry's actors, each once (no name that is a run of a longer one).
* :func:`outlet_name`: who published an article, for a reader: its publisher, else the host of its
  URL, else its file name, else its title, else its id (a page without a masthead is named by
  something the reader recognises, never by a hash alone).

They take the pydantic models or the store's light views (attribute access only); the lists of
``models/comparison.toml`` are read with :mod:`tomllib`, not pydantic (the query path stays light).
"""

from __future__ import annotations

import re
from functools import cache
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

__all__ = ["distinct_names", "event_words", "failed_before", "outlet_name"]

MAX_NAMES = 4
MAX_AMOUNTS = 3


_WORD = re.compile(r"\w+")


def _words(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(name.casefold()))


def _contained(name: str, others: list[str]) -> bool:
    """``name`` is a run of whole words of a longer name already kept ("Ministry" of "Ministry of the Sea")."""
    w = _words(name)
    n = len(w)
    if not n:
        return False
    for other in others:
        o = _words(other)
        if len(o) > n and any(o[i : i + n] == w for i in range(len(o) - n + 1)):
            return True
    return False


def _names(participants: list[Any]) -> list[str]:
    """Their names, once each (a name inside a longer one kept is left out), in text order."""
    first: dict[str, int] = {}
    for p in participants:
        name = " ".join(p.name.split())
        if name:
            first[name] = min(first.get(name, p.start), p.start)
    kept: list[str] = []
    for n in sorted(first, key=len, reverse=True):
        if n.casefold() not in {k.casefold() for k in kept} and not _contained(n, kept):
            kept.append(n)
    return sorted(kept, key=lambda n: first[n])


def distinct_names(names: list[str]) -> list[str]:
    """``names`` in their order, without a name that is a run of whole words of a longer one of them
    ("Infrastruktur" beside "ÖBB-Infrastruktur", "Alder" beside "Alder Navy") or a case variant of one:
    the actors a reader sees are the names the text gives, each once."""
    out: list[str] = []
    for n in names:
        if any(n.casefold() == o.casefold() for o in out) or _contained(n, names):
            continue
        out.append(n)
    return out


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Words that end the phrase after a trigger (a time, a clause, a speaker), unless a participant follows.
_STOP = _set(
    "on in at from to for by after before during until since this last next that which who whom when while "
    "where and but or as because if unless said says told according yesterday today tonight earlier later "
    "than then so"
)
#: Finite auxiliaries of the perfect: after the trigger and its object, the verb of another clause ("a petition to
#: save the pool **has** gathered 3,000 signatures": the saving acts on the pool, not on the signatures; review 12
#: T15). Not after "to" ("understood to have filed"); forms of "be" and "will" often carry the object's own verb
#: ("denies Helsing AI will select targets", "the losing bidders were not named") and stay.
_FINITE = _set("has have had")
#: Words dropped from the phrase: they only point at a noun.
_DETERMINERS = _set("the a an any its their his her our")
#: Words kept before a trigger (its tense, negation, plan): "will not appeal", "plans to appeal"; also
#: the ``aspect_adverbs`` of ``models/comparison.toml`` ("has not yet awarded").
_BEFORE = _set(
    "not n't never no cannot will would shall should can could may might must has have had is are was were be been "
    "being did does do to plans planned plan intends intended expects expected wants agreed refused failed "
    "declined"
)
#: Forms of "be" before a trigger: a passive ("was cancelled by the council") names its subject first.
_BE = _set("is are was were be been being")
#: A possessive mark after a name, as the tokens split it ("Ferries' licence", "council's plan").
_POSSESSIVE = frozenset({"'", "’", "'s", "’s"})
#: Determiners that negate what their noun does ("no Ardglen services will operate").
_NEGATIVE_DETERMINERS = _set("no neither")
#: Negators before a verb of failing: "has not failed to pay" is no failure.
_NEGATORS = _set("not n't never no")
#: Words that open a clause of their own: the subject of a trigger starts after the last of them.
_OPENERS = _set("that which who whom when while where and but or as because if unless said says told")
MAX_SUBJECT = 6
#: Words that join two clauses after a comma, else two nouns of one phrase.
_COORDINATORS = _set("and or")
#: Words that may open a relative clause: the words after one are not the trigger's subject.
_RELATIVE = _set("that which who whom whose")
MAX_TAIL = 8
#: A word, a number whole with its thousands separators, decimals and currency sign ("$1,250.50"), an abbreviation
#: with its full stops ("U.S.", not "U.S ."), or a mark.
_TOKEN = re.compile(
    r"[$£€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[$£€]\d+(?:\.\d+)?|(?:[A-Za-z]\.){2,}(?!\w)|\w+(?:[-'’.]\w+)*|[^\w\s]"
)
_CURRENCY = "$£€"
_NUMBER = re.compile(
    r"^[\d.,]+$|^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|\w+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|"
    r"some|about|around|nearly|over|almost|[\d.,]+|[-\s])+$",
    re.IGNORECASE,
)


#: A word after a number that makes it a part of something ("one of the bidders").
_PARTITIVE = _set("of")


def _at(event: Any, sentence: str) -> int | None:
    """Where the trigger starts in ``sentence`` (the sentence's own offsets): the occurrence of its text
    at which most of the frame's participants fall on their own words; None when it is not there."""
    trigger = event.trigger
    text = " ".join(trigger.text.split())
    if not text:
        return None
    best: tuple[int, int] | None = None
    for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", sentence):
        base = getattr(trigger, "start", None)
        hits = 0
        for p in event.participants or ():
            start, name = getattr(p, "start", None), getattr(p, "text", None)
            if base is None or start is None or not name:
                continue
            at = m.start() + start - base
            if 0 <= at < len(sentence) and sentence.startswith(name, at):
                hits += 1
        if best is None or hits > best[0]:
            best = (hits, m.start())
    return best[1] if best else None


def _spans(event: Any, sentence: str, at: int) -> list[tuple[int, int, Any]]:
    """The participants that stand in ``sentence`` (trigger at ``at``), as (start, end, participant)."""
    base = getattr(event.trigger, "start", None)
    out = []
    for p in event.participants or ():
        start, text = getattr(p, "start", None), getattr(p, "text", None)
        if base is None or start is None or not text:
            continue
        s = at + start - base
        if 0 <= s < len(sentence) and sentence.startswith(text, s):
            out.append((s, s + len(text), p))
    return out


def _tail(sentence: str, end: int, spans: list[tuple[int, int, Any]], noun: bool = False) -> tuple[list[str], set[int]]:
    """The words after the trigger that say what it acts on ("its contract with Orlen Buses", "near
    Velmora"): up to punctuation, a time, a clause or :data:`MAX_TAIL` words; a preposition before a
    participant is kept. Determiners dropped. Also the ids of the participants the words hold. After a
    ``noun`` only a participant or a preposition before one: "the earthquake rose" is not the earthquake's."""
    words: list[str] = []
    held: set[int] = set()
    tokens = [(m.start() + end, m.group()) for m in _TOKEN.finditer(sentence[end:])]
    for k, (start, tok) in enumerate(tokens):
        inside = [p for s, e, p in spans if s <= start < e]
        if inside:
            held.update(id(p) for p in inside)
        elif not tok.lstrip(_CURRENCY)[:1].isalnum():
            break
        elif noun and k == 0 and tok.casefold() not in _AFTER_NOUN:
            break  # the verb of the clause the noun is the subject of, or a noun it modifies
        elif k and tok.casefold() in _FINITE and tokens[k - 1][1].casefold() != "to":
            break  # the verb of the clause its object is the subject of: "(a petition) to save the pool has gathered"
        elif tok.casefold() in _STOP and not (
            k == 0 and tok.casefold() == "to"
        ):  # "failed to sign", "returned to work"
            j = k + 1  # a participant after it, its determiner skipped: "by a Scottish transport group"
            while j < len(tokens) and tokens[j][1].casefold() in _DETERMINERS:
                j += 1
            nxt = {tokens[i][0] for i in range(k + 1, min(j, len(tokens) - 1) + 1)}
            if not any(s in nxt for s, _, _ in spans):
                break
        if len(words) >= MAX_TAIL:
            break
        if tok.casefold() not in _DETERMINERS:
            words.append(tok)
    return words, held


@cache
def _vocab(key: str, name: str = "comparison.toml") -> frozenset[str]:
    """A list of ``models/comparison.toml`` (or of ``name``; with its ``CLAIMLINE_LEXICONS`` additions;
    checked by :mod:`claimline.reconcile.vocab` and :mod:`claimline.lexicons`), lower-cased."""
    import tomllib  # the files as :func:`claimline.lexicons.read_merged` merges them, without pydantic (queries)

    from ..lexicon_files import extra_dirs, models_dir

    words: list[str] = []
    for folder in (models_dir(), *extra_dirs()):
        path = folder / name
        if path.is_file():
            with path.open("rb") as fh:
                words += tomllib.load(fh).get(key, [])
    return frozenset(str(w).lower() for w in words)


def _adverbs() -> frozenset[str]:
    return _vocab("aspect_adverbs")


def _before(sentence: str, at: int) -> list[str]:
    """Up to four words just before the trigger that give its tense, negation or plan ("will not", "has
    not yet": an adverb of ``aspect_adverbs`` between the auxiliary and the verb is kept)."""
    words: list[str] = []
    kept = _BEFORE | _adverbs()
    for tok in reversed(_TOKEN.findall(sentence[:at])[-4:]):
        if tok.casefold() not in kept and not tok.casefold().endswith(("n't", "n’t")):  # "didn't", "won’t"
            break
        words.insert(0, tok)
    return words


def _forms(verb: str) -> frozenset[str]:
    """The regular forms of a verb ("fail": fail, fails, failed, failing; "refuse": refused, refusing)."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return frozenset({verb, verb + "s", verb + "es", stem + "ed", stem + "ing"})


def failed_before(before: str) -> bool:
    """Whether the words before a verb put it under a verb of failing ("failed to", "refused to",
    "declined to", "was unable to": ``undone_words`` of ``models/cues.toml``) that is not itself negated ("has not
    failed to"): the event did not happen."""
    words = [t.casefold() for t in _TOKEN.findall(before)[-3:]]
    if len(words) < 2 or words[-1] != "to":
        return False
    if not any(words[-2] in _forms(v) for v in _vocab("undone_words", "cues.toml")):
        return False
    return not (len(words) == 3 and words[0] in _NEGATORS)


def _subject(
    sentence: str, at: int, before: list[str], spans: list[tuple[int, int, Any]], most: int = MAX_SUBJECT
) -> list[str]:
    """The subject of a trigger whose agent is not named before it, as written ("lease with Tolvey
    Freight" of "The lease with Tolvey Freight was cancelled by ...", "Carrow port" of "Carrow port has
    not yet awarded ..."): the words from the clause's start up to the words before the trigger, when
    they are a few (at most ``most``) and hold a participant; determiners dropped. Else none."""
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(sentence[:at])]
    toks = toks[: len(toks) - len(before)]
    run: list[tuple[int, str]] = []
    for k in range(len(toks) - 1, -1, -1):
        start, tok = toks[k]
        if tok.casefold() in _RELATIVE:
            return []  # "rules that only they understand should ...": a relative clause, not the subject
        if tok.casefold() in _COORDINATORS and not (k and toks[k - 1][1] in ",;"):
            return []  # "buses, depots and chargers on the ring road was awarded": a part of the subject
        if not tok.lstrip(_CURRENCY)[:1].isalnum() or tok.casefold() in _OPENERS:
            break
        run.insert(0, (start, tok))
        if len(run) > most:
            return []
    if not run or not any(run[0][0] <= s < at for s, _, _ in spans):
        return []
    words = [t for _, t in run]
    while words and words[0].casefold() in _DETERMINERS:
        words.pop(0)
    return words


MAX_MODIFIER_GAP = 3
#: Marks written against the word before them ("Beta Ltd.", "ministry's") and after them ("(KPA").
_CLOSING = frozenset(".,;:!?)]’'")
_OPENING = frozenset("([")


def _glue(tokens: list[str]) -> str:
    """Words as written: a mark joins the word it belongs to ("Beta Ltd.", not "Beta Ltd .")."""
    out = ""
    for tok in tokens:
        if out and not (tok in _CLOSING or out[-1] in _OPENING):
            out += " "
        out += tok
    return out


#: Prepositions after a noun that make the name after them its modifier, not the clause's subject: "the death
#: toll from the Taveri earthquake rose" (the toll rose), "shares of Vantor fell", "the head of NATO said".
_OF = _set("of from in at for on with to")
#: Prepositions that may open what an event noun acts on ("talks with NATO", "adoption of new technology").
_AFTER_NOUN = _OF | _set("about against between over near into to by under across among")
#: Room for a subject whose head noun a preposition and a name follow ("death toll from the Taveri earthquake").
MAX_MODIFIED_SUBJECT = 9


def _modified(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` (before the trigger) is the object of a preposition after a noun of its
    clause ("The death toll from [the] Taveri earthquake"): the clause's subject is that noun, not the name."""
    toks = _TOKEN.findall(sentence[:start])
    run: list[str] = []
    for tok in reversed(toks):
        if not tok[:1].isalnum() or tok.casefold() in _OPENERS:
            break
        run.insert(0, tok)
    words = [w for w in run if w.casefold() not in _DETERMINERS]
    at = max((k for k, w in enumerate(words) if w.casefold() in _OF), default=-1)
    # a noun before the preposition; between it and the name at most two small words ("to the first Bundeswehr")
    between = words[at + 1 :]
    return (
        at >= 1
        and all(w[0].isalpha() or w[0].isdigit() for w in words)  # a figure of the noun: "1,400 wharfies at Kestrel"
        and len(between) <= 2
        and all(w.islower() and w.casefold() not in _STOP for w in between)
    )


def _heads(shown: list[Any], spans: list[tuple[int, int, Any]], sentence: str) -> list[Any]:
    """The agents to name, without one that only modifies the next ("Alpenstell chief executive Martina
    Resch", "The Finnish software company Aurelith Analytics", "NATO Secretary General Mark Rutte": the
    first name, a few words and the next name, no punctuation or conjunction between, is the next one's
    modifier), nor a short name in brackets after its body's ("Kelso Port Authority (KPA)")."""
    ends = sorted((s, e) for s, e, p in spans if p.role == "agent")
    drop: set[int] = set()
    joined: dict[int, str] = {}  # an agent named with its possessor ("NATO's communications agency")
    for (s1, e1), (s2, _e2) in zip(ends, ends[1:], strict=False):
        gap = _TOKEN.findall(sentence[e1:s2])
        if gap == ["("]:  # "the Civil Aviation Authority (AACR)": one body and its short name
            drop.add(s2)
        elif (gap and gap[0] in _POSSESSIVE and len(gap) <= 2) or (not gap and s2 > e1):
            # "NATO's communications agency", "the Kestane space agency" (two names side by side): one agent
            drop.add(s1)
            joined[s2] = joined.pop(s1, sentence[s1:e1]) + sentence[e1:s2] + sentence[s2:_e2]
        elif len(gap) <= MAX_MODIFIER_GAP and all(t[0].isalpha() and t.casefold() not in _STOP for t in gap):
            drop.add(s1)
    kept = [SimpleNamespace(name=joined.get(n.start, n.name), start=n.start) for n in shown if n.start not in drop]
    return kept or shown


def _as_written(p: Any, sentence: str, s: int) -> str:
    """An agent the sentence names by a word of its own ("it", "the council"), with its determiner."""
    words = _TOKEN.findall(sentence[:s])
    lead = words[-1] if words and words[-1].casefold() in _DETERMINERS else ""
    return " ".join(w for w in (lead, p.text) if w)


def _in_sentence(name: str, sentence: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(' '.join(name.split()))}(?!\w)", sentence, re.IGNORECASE) is not None


def _amount(q: Any, sentence: str, phrase: str) -> str | None:
    """An amount the phrase does not hold, with the noun it counts ("six crew"); a bare number is dropped."""
    text = " ".join(q.text.split())
    if not text or text in phrase:
        return None
    if not _NUMBER.match(text):
        return text  # it says what it counts: "ten-year", "12 million euros"
    noun = getattr(q, "measures", None)
    # the figure as a word of its own, not inside another ("two" in "network": review 9, W27)
    m = re.search(rf"(?<!\w){re.escape(text)}(?!\w)", sentence)
    at = m.start() if m else -1
    if at >= 0:
        words = _TOKEN.findall(sentence[at + len(text) :])[:3]
        after = words[:1]
        if after and after[0].casefold() in _PARTITIVE:
            return None  # "one of the people", "three of them": a part of a whole the phrase does not name
        if after and after[0][0].isalpha() and after[0].casefold() not in _STOP:
            noun = after[0]
            # the counted noun after its modifiers, as the figure measures it: "Eleven container ships"
            run: list[str] = []
            for w in words:
                if not w[0].isalpha() or w.casefold() in _STOP:
                    break
                run.append(w)
                if getattr(q, "measures", None) and w.casefold().startswith(str(q.measures).casefold()):
                    noun = " ".join(run)
                    break
            else:  # no measured noun known: a singular modifier before a plural ("container ships")
                if len(run) > 1 and not run[0].endswith("s") and run[1].endswith("s") and len(run[1]) > 3:
                    noun = " ".join(run[:2])
    return f"{text} {noun}" if noun else None


def event_words(event: Any, sentence: str | None = None) -> str:
    """The event of an entry (an :class:`~claimline.schemas.EventSummary` or its view) in the words of
    its ``sentence``: its agents, the trigger with the words before it that give tense or negation, and
    what it acts on with each participant's preposition ("Greyfield Council ended contract with Orlen
    Buses", "Orsa sank near Velmora (six crew)"); amounts that phrase does not hold, with their noun (a
    bare number is dropped; another outlet's figure is not this sentence's). No participant is shown as
    an object the text does not make it. Without the sentence, or when its trigger is not in it, the
    agents and the trigger alone when it has no other participant, else "" (the sentence speaks alone)."""
    parts = list(event.participants or ())
    trigger = " ".join(event.trigger.text.split())
    at = _at(event, sentence) if sentence else None
    if at is None or sentence is None:
        agents = _names([p for p in parts if p.role == "agent"])[:MAX_NAMES]
        if any(p.role != "agent" for p in parts):
            return ""
        return " ".join(w for w in [", ".join(agents), trigger] if w)
    spans = _spans(event, sentence, at)
    noun = getattr(event, "pos", None) == "noun"
    tail, held = _tail(sentence, at + len(event.trigger.text), spans, noun)
    named = [p.name for p in parts if id(p) in held]  # an agent the phrase already names ("by the court")
    if any(p.role == "agent" and id(p) in held for p in parts):
        named = [p.name for p in parts if p.role == "agent"]  # "cancelled by court": no other agent before it
    # an agent is named as its sentence names it: its name when the sentence has it, else its own words
    # ("it", "the council"; never a name from another sentence a pronoun was resolved to)
    where = {id(p): s for s, _e, p in spans}
    shown: list[Any] = []
    for p in parts:
        if p.role != "agent" or id(p) in held:
            continue
        # the name where the agent stands, or before it (a pronoun's antecedent: "X said it had signed";
        # not a name further on that coreference mistook for it: "It took over the routes ... run by the NTA")
        upto = sentence[: where[id(p)] + len(p.text)] if id(p) in where else sentence
        if _in_sentence(p.name, upto):
            at_name = where.get(id(p), sentence.casefold().find(p.name.casefold()))
            shown.append(SimpleNamespace(name=p.name, start=at_name))
        elif id(p) in where:
            shown.append(SimpleNamespace(name=_as_written(p, sentence, where[id(p)]), start=where[id(p)]))
    agents = [
        a
        for a in _names(_heads(shown, spans, sentence))
        if not any(_contained(n, [a]) or _contained(a, [n]) or n.casefold() == a.casefold() for n in named)
    ][:MAX_NAMES]
    before = _before(sentence, at)
    if not agents and not any(p.role == "agent" and e <= at for s, e, p in spans):
        agents = [_glue(_subject(sentence, at, before, spans))] if _subject(sentence, at, before, spans) else []
    ahead = [(s, e) for s, e, p in spans if p.role == "agent" and e <= at]
    if agents and ahead and not noun and _modified(sentence, min(s for s, _ in ahead)):
        # "the death toll from the Taveri earthquake rose": the toll rose, not the earthquake (review 10, R30)
        subject = _subject(sentence, at, before, spans, MAX_MODIFIED_SUBJECT)
        if subject:
            agents, ahead = [_glue(subject)], []
    if agents and ahead:  # the agent's own noun between it and the trigger: "Kelso mill closed", not "Kelso closed"
        gap = _TOKEN.findall(sentence[max(e for _, e in ahead) : at])
        gap = gap[: len(gap) - len(before)]
        mark = gap.pop(0) if gap and gap[0] in _POSSESSIVE else ""  # "Dalmare Ferries' licence to operate"
        if mark and gap[:1] == ["s"]:  # "Kelso council's plan": the tokens split "'s"
            mark += gap.pop(0)
        if 0 < len(gap) <= 2 and all(t[0].isalpha() and t.casefold() not in _STOP for t in gap):
            agents[-1] += mark + " " + " ".join(gap)
        elif mark and not gap:  # "Greyfield Council's plan to close": the noun is among the words before
            agents[-1] += mark
    if agents and ahead:  # a negative determiner of the agent is the event's negation: "no Ardglen services will"
        lead = _TOKEN.findall(sentence[: min(s for s, _ in ahead)])[-1:]
        if lead and lead[0].casefold() in _NEGATIVE_DETERMINERS:
            agents[0] = f"{lead[0]} {agents[0]}"
    words = [", ".join(agents), " ".join(before), sentence[at : at + len(event.trigger.text)], _glue(tail)]
    out = " ".join(" ".join(w.split()) for w in words if w)
    amounts: list[str] = []
    for q in event.quantities or ():
        if getattr(q, "text", None) and q.text not in sentence:
            continue  # another report's figure
        shown = _amount(q, sentence, out)
        if shown and shown.casefold() not in {a.casefold() for a in amounts}:
            amounts.append(shown)
    if amounts:
        out += f" ({', '.join(amounts[:MAX_AMOUNTS])}{' …' if len(amounts) > MAX_AMOUNTS else ''})"
    return out


def outlet_name(article: Any, fallback: str | None = None) -> str | None:
    """The article's publisher, else its URL's host (without ``www.``), else its file name, else its
    title, else ``fallback`` (an article id)."""
    if article is None:
        return fallback
    publisher = " ".join((getattr(article, "publisher", None) or "").split())
    if publisher:
        return publisher
    url = getattr(article, "url", None) or ""
    host = urlsplit(url).hostname if "://" in url else None
    if host:
        return host.removeprefix("www.")
    path = getattr(article, "path", None) or ""
    if "://" in path:  # a page fetched by URL keeps its URL as its path
        host = urlsplit(path).hostname
        if host:
            return host.removeprefix("www.")
    name = re.split(r"[\\/]", path.rstrip("/\\"))[-1] if path and path != "-" else ""
    if name:
        return name
    title = " ".join((getattr(article, "title", None) or "").split())
    return title or fallback
