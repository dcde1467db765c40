"""Event time: the time expression that governs a trigger in the dependency tree.

For every date or time expression (from :mod:`claimline.timex`) the parse
gives the word it attaches to (through a preposition: "on 27 February", or
directly: "this week", "last Friday"; an expression the parse split in two, "on Monday, 9 March", by the part
its preposition takes); going up from there, the first event
trigger reached takes that time. A time that modifies a noun naming no event ("the 1 June date",
"bonds due 2029") dates that thing, not the clause around it. The walk up stops at a complement
clause ("said it wants to be free of debt by June" dates no saying; "asked that a decision be made by
Friday" no asking) and at a participle on a noun ("the sum budgeted for last year could rise": the
budgeting's year, not the rise's; the noun takes it if it is a trigger). So "On 3 March, X announced the
purchase"
dates the announcement (not the purchase), and "the deal was signed on 27
February but revealed this week" dates the signing and the revealing apart.
A verb that schedules ("a test is planned for June", "the test comes in June":
``expectation_verbs`` and ``not_events``) passes its time to its subject.
A trigger governed by several expressions takes the narrowest. A time between
a reporting verb and the subject of its complement ("RIA said on Wednesday it
will sign ...") dates the saying, whatever the parser attached it to.

Further relations (their words in ``models/timex/en.toml`` ``[event_time]``):

* a moved-to verb ("postponed the test to September", "the delivery was delayed
  until October") dates its object or passive subject, not itself, and that
  time wins over the one it replaces ("originally due in April", "moved the
  hearing from 17 to 24 September": no range); "extended the ban until June"
  bounds the ban;
* an infinitive with no frame under an expectation verb dates the expected
  subject ("deliveries are set to run between 2028 and 2031");
* a light verb's time is its event noun's ("went on strike on Monday", "held talks on Friday", "opened an
  investigation on Wednesday", "passed a pressure test in January": ``light_verbs`` of models/events.toml and
  ``object_verbs``, the latter also when the parser makes the verb a frame of no class, which keeps its time too:
  :func:`_taken_objects`), not a length on it
  ("may lodge an objection within six weeks"), also in a complement bound to happen when the noun is an event and the
  time a point ("said it would hold a public meeting on Thursday evening": the meeting's, not the saying's; "told it
  must submit a plan by 27 May" keeps the report standing for the task with its deadline); a time allowed for a
  task dates the task ("has six weeks to lodge an objection", "has until June to appeal": ``allowance_verbs``);
* a verb of beginning (``onset_verbs``) tells the day of its event-noun subject too (its ``told_time``: "the trial
  will open on Tuesday", "the strike began on Monday", "the inquiry, which began on Monday"); an end does not ("the
  talks ended on Thursday");
* a scheduling verb's "for" time is the event it takes ("called a meeting for Tuesday evening", "scheduled a hearing
  for 26 November": ``scheduling_verbs``), not the calling's or the scheduling's;
* a copula, "take place", "happen", "break out", "break down" and a subjectless "due" date their subject
  ("the first flight was in 1994", "the delivery, originally due later this
  year, ...", "talks broke down late on Thursday", "the earthquake struck on Thursday": ``happen_phrases`` and the
  verbs of coming to pass of models/wordnet/happening_verbs.toml);
* a clause opened by "when" takes its main clause to its point time ("When X
  signed on Monday, Y appealed": the appeal too), a dated clause takes the "when" clause hanging on it to its
  point time ("two were killed on Saturday when an avalanche swept the slope": the sweeping; a verb of no event,
  its event-noun subject: "when a rockfall hit the trail"), and a time's own "when"
  clause is at that time ("in 2008, when the firm posted a loss");
* the event noun doing a harm, the subject or "by" agent of a dated verb of harm, is at its time ("a gas
  explosion destroyed the block at 06:40 on Tuesday": ``harm_classes``);
* a date naming a deadline is the bound of its phrase ("before the 30 April
  deadline") or of the task it sets ("a 1 June deadline to finish the plan");
* "the week of 22 June" is that week;
* a time "from" which a decision runs dates what is decided, never the deciding ("ordered them back to
  work from Thursday", "decided to close the plant from January");
* some times date no event: the value a change is measured from ("up from 14 % a year ago", "fell to
  40,000 from 52,000 in May", "a rise from earlier today"), a time that is chosen ("Sunday was chosen as
  the date"); a date in apposition names its noun ("the rollout, 8 July"), and so does a date in an "of"
  phrase ("praised the rescue of 12 March"; not "the week of 20 April");
* a time that opens its sentence dates the clauses joined to the one it dates ("On Monday, the crews
  stopped work, and the authority closed two berths");
* an act set in a dated event takes its time ("were injured in Tuesday's explosion", "corrected the reports
  in a statement on Saturday"), and so does a result participle with no time of its own ("exploded at 04:10
  on Sunday, injuring three workers"; not a resultative's object, "bringing production to an end"); a participle
  joined to that one is told then ("killing nine people and injuring 212": the injuring's ``told_time``);
* a hedged length ("almost a week after") counts no day from another event;
* a time that labels a line ("- **29 September.** The ballot closes.", "5 March: ...") dates the events of
  the rest of that line with no time of their own.

A frame with no time of its own told through a dated act gets that act's time as ``told_time`` (the timeline's
date of its cluster when no member has a time; identity and conflicts read ``time`` only): a dated saying that
tells it done ("said on Monday it had accepted", "has been suspended, the city said on Tuesday"), a dated verb of
opening that is an event itself ("opened an inquiry on Wednesday": the inquiry); in a same-day report (the first
day a frame of the article is dated by is the publication day), an act told done in the simple past or the present
perfect with no date or clock time in its sentence ("Four passengers were injured", "Police have seized the coach"),
or told not done ("No one was hurt"), or a past perfect told back by a past saying ("said the unit had been shut
down"): that day (:func:`_same_day`; not another past perfect, a plan, a participle on a noun, nor in a report of
earlier days). An act told going on as the report is written ("police are investigating", "two children are being
treated", "the depot remains shut", "the cause is under investigation": ``ongoing_verbs``, ``ongoing_prepositions``)
is under way on the publication day, in any report: that day, ``ON_OR_BEFORE`` (:func:`_ongoing`).

The preposition makes the interval:

* "not before 4 January" → ``after`` 4 January; "not due until October" → October;
* "since 2023" → ``since``: from the start of 2023 to the publication date, open when that is
  unknown (not after a superlative: "the worst day since 1987" is a comparison);
* "between 2019 and 2021", "from May to July" → ``interval``: first start to
  last end (by the words when the parse did not hang them on a preposition);
  "between 1 and 11 September": the days of that month;
* "until / by / before June" → ``until``: from the publication date (or the
  expression's start, if later) to its end;
* "after June" → ``after``: from the end of June, open; but "shortly after 09:00", "just before midnight on
  Sunday" (``close_hedges``) and an exact clock time after "after" ("after 22:15 on Monday") are that day, a point
  whose mod ("AFTER" / "BEFORE") keeps it no exact clock time to compare; "no earlier than 15
  July" (``time_bounds`` in ``models/events.toml``) → ``after`` from 15 July;
  "no later than June" → ``until``;
* a duration "within / in N days|weeks|months|years" → ``expected``: from the
  reference to N units later; the reference is the event it counts from when
  the text names it ("within 90 days of signing": an earlier frame of the
  article of a related class with a time, whose id is kept in ``anchor``),
  else the day of the dated act that sets it ("on Wednesday ordered the inspectorate to report within 30
  days": from Wednesday), else the publication date; not after a superlative or "first" ("its lowest
  level in six years", "the first strike in 19 years" are comparisons).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..extraction.chunks import doc_text
from ..read.lines import EMPHASIS_MARKS, LIST_MARKS
from ..schemas import TimeExpr
from ..timex.engine import normalize
from ..timex.vocab import (
    ADJUNCT_PREPOSITIONS,
    ALLOWANCE_VERBS,
    CLOSE_HEDGES,
    COMPARISON_BASELINES,
    EFFECTIVE_FROM_CLASSES,
    FUTURE_LEMMAS,
    HAPPEN_PHRASES,
    HARM_CLASSES,
    LASTING_LEMMAS,
    LOOKING_BACK,
    MOVED_TO_LEMMAS,
    MOVED_TO_PREPS,
    OBJECT_VERBS,
    ONGOING_PREPOSITIONS,
    ONGOING_VERBS,
    ONSET_VERBS,
    PERIOD_WORDS,
    REPORT_DAY_CLASSES,
    SCHEDULING_VERBS,
    TIME_NOUNS,
    WHEN_WORDS,
)
from ..vocab import DOUBLE_QUOTES, QUOTE_PAIRS, SINGLE_CLOSING, SINGLE_OPENING
from .lexicon import OTHER, lexicon
from .model import EventFrame, EventTime

__all__ = ["assign_times", "add_duration"]

_RANGE_START = frozenset({"between", "from"})
_RANGE_END = frozenset({"to", "until", "till", "through", "and"})
_UNTIL = frozenset({"until", "till", "through", "by", "before"})
_WITHIN = frozenset({"within", "in"})
_FROM_EVENT = frozenset({"of", "after", "from", "following"})
_JOIN = "|".join([*map(re.escape, sorted(_RANGE_END)), "-", "–", "—"])
_RANGE_JOIN = re.compile(rf"^\s*,?\s*(?:{_JOIN})\s*$")  # ", until": after a day in apposition
_DAY_RANGE = re.compile(
    rf"\b(?:{'|'.join(sorted(_RANGE_START))})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:{_JOIN})\s*$", re.I
)
_UNIT_GRANULARITY = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_MAX_HOPS = 6


@dataclass
class _Placed:
    t: TimeExpr
    root: Token
    prep: str | None
    attach: Token | None
    noun: bool = False  # the time modifies the noun ``attach``: it dates that noun's event only
    first: int = -1  # the expression's first token


_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "nummod", "det", "poss"})


def add_duration(start: date, n: float, unit: str) -> date:
    """``start`` plus ``n`` days/weeks/months/years (month ends clamp)."""
    if unit == "D":
        return start + timedelta(days=round(n))
    if unit == "W":
        return start + timedelta(weeks=n)
    months = round(n * (12 if unit == "Y" else 1))
    y, m = divmod(start.month - 1 + months, 12)
    year = start.year + y
    month = m + 1
    day = start.day
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


def _place(t: TimeExpr, doc: Doc) -> _Placed | None:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    p = _place_root(t, doc, span)
    if p is not None:
        p.first = span.start
    return p


def _span_root(span: Span) -> Token:
    """The token a time expression hangs on the sentence by: the span's root, or, when the parse split the expression
    in two ("on Monday, 9 March": "Monday" the object of "on", "9 March" in apposition to a noun before it), the
    part a preposition takes (the words that say how the time relates to the clause)."""
    root = span.root
    if root.dep_ == "pobj":
        return root
    outer = [tok for tok in span if tok.i != root.i and not span.start <= tok.head.i < span.end]
    return next((tok for tok in outer if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent")), root)


def _place_root(t: TimeExpr, doc: Doc, span: Span) -> _Placed | None:
    root = _span_root(span)
    bound = _bound(doc, span.start)
    bound = None if bound is None else ("by" if bound == "until" else "bound:after")
    if root.dep_ == "pobj" and root.head.dep_ in ("prep", "agent") and root.head.i != root.i:
        attach = root.head.head if root.head.head.i != root.head.i else None
        if root.head.lower_ == "of" and attach is not None and _of_noun(attach):
            # "praised the rescue of 12 March", "described the events of today": the noun's time only
            return _Placed(t, root, bound, attach, noun=True)
        attach = _referred_back(attach) or attach
        return _Placed(t, root, bound or root.head.lower_, _reported_clause(attach, span))
    if root.head.i == root.i:
        return _Placed(t, root, bound, None)
    if root.dep_ in _NOUN_MODIFIERS and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
        prep = noun.head
        if noun.lemma_.lower() in TIME_NOUNS:
            # "a 1 June deadline to finish the plan": the deadline bounds the finishing
            task = next((c for c in noun.children if c.dep_ in ("relcl", "acl") and _infinitive(c)), None)
            if task is not None:
                return _Placed(t, root, "by", task)
        if noun.lemma_.lower() in TIME_NOUNS and noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != prep.i:
            # "lodge an objection before the 15 December deadline": the deadline is the time of the phrase
            return _Placed(t, root, bound or prep.lower_, _reported_clause(prep.head, span))
        # "the 1 June signing date", "its bonds due 2029": the noun's time (an event only if the
        # noun is a trigger: "the 3 March meeting")
        return _Placed(t, root, bound, noun, noun=True)
    if root.dep_ == "npadvmod" and root.head.pos_ == "ADP":
        # a bare time on a preposition dates its object ("rose, but after a sharp fall yesterday": the fall's);
        # not on a noun that is no event ("fell at the close of trading Thursday" is the fall's Thursday)
        noun = next((c for c in root.head.children if c.dep_ == "pobj"), None)
        if noun is not None:
            return _Placed(t, root, bound, noun, noun=True)
    if root.dep_ == "conj":
        return _Placed(t, root, "and", root.head)
    if root.dep_ == "nsubjpass":
        return None  # "Sunday was chosen as the date", "2030 has been set as the target": what is chosen, not when
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        # "the anniversary, 8 July": the date the noun names, as "the 8 July anniversary"
        return _Placed(t, root, bound, root.head, noun=True)
    return _Placed(t, root, bound, _reported_clause(root.head, span))


def _referred_back(noun: Token | None) -> Token | None:
    """The verb whose object is a noun a possessive pronoun refers back to, for the time hung on that noun: "the
    club appealed against its ban on Thursday", "the union called off its strike on Monday", "the court upheld his
    conviction on Tuesday" (the appeal's, the calling off's, the upholding's Thursday: the ban, the strike, the
    conviction are known events told again, not dated by it; review 13, U3). Not after a preposition of
    ``adjunct_prepositions`` ("downloaded since its launch in 2003": the launch is an event of its own)."""
    if noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return None
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ not in ADJUNCT_PREPOSITIONS:
        verb = noun.head.head  # not a noun that sets the scene: "since its launch in 2003" is the launch's 2003
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.i < noun.i else None


def _of_noun(tok: Token) -> bool:
    """A common noun an "of" phrase with a time names (not a period: "the week of 20 April", "the end of
    May"; nor a deadline: "the deadline of 30 April")."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and lemma not in PERIOD_WORDS and lemma not in TIME_NOUNS


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _bound(doc: Doc, start: int) -> str | None:
    """ "after" / "until" when a bound phrase ends just before the time ("no earlier than 15 July")."""
    before = " ".join(t.lower_ for t in doc[max(0, start - 4) : start])
    for phrase, kind in lexicon().time_bounds.items():
        if before.endswith(phrase):
            return kind
    return None


def _reported_clause(attach: Token | None, span: Span) -> Token | None:
    """ "X said on Wednesday it will sign ...": a time between a reporting verb and the subject of
    its complement clause dates the saying, whatever the parser attached it to."""
    if attach is None or attach.dep_ != "ccomp" or attach.head.i == attach.i:
        return attach
    head = attach.head
    subj = next((c for c in attach.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (head.i < span.start and span.end <= subj.left_edge.i):
        return attach
    return head


def _governed(attach: Token | None, triggers: dict[int, int], carry: bool = True, clock: bool = False) -> int | None:
    tok = attach
    hops = 0
    first_verb = True
    lex = lexicon()
    while tok is not None and hops < _MAX_HOPS:
        if tok.i in triggers:
            return triggers[tok.i]
        if carry and hops == 0 and (carried := _carried_event(tok, triggers)) is not None:
            # "held talks on Monday", "went on strike on Monday": the light verb's time is its event noun's
            return carried
        lemma = tok.lemma_.lower()
        if (
            first_verb
            and tok.pos_ in ("VERB", "ADJ")
            and (lemma in lex.expectation_verbs or lemma in lex.not_events or _happens(tok))
        ):
            # "a live test is scheduled for the week of 22 June", "the test comes in June": the
            # scheduling verb's subject is the event
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i in triggers:
                    return triggers[c.i]
            controller = _controller(tok)
            if controller is not None and controller.i in triggers:
                return triggers[controller.i]
        if (
            hops == 1
            and attach is not None
            and attach.dep_ == "xcomp"
            and attach.head.i == tok.i
            and attach.pos_ == "VERB"
            and lemma in lex.expectation_verbs
        ):
            # "deliveries are set to run between 2028 and 2031", "the talks are expected to last until Friday":
            # the time of an infinitive with no frame of its own is the expected subject's
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i in triggers:
                    return triggers[c.i]
        if (
            hops == 0
            and tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and (named := _named_event(tok, triggers)) is not None
        ):
            # "announced cuts, resulting in the closure of two plants during April": the closure's time
            return named
        if tok.pos_ == "VERB":
            first_verb = False
        if tok.pos_ == "AUX" or tok.lemma_ == "be" or lemma in lex.state_verbs:
            # "has been in use since 2023": the event is the copula's complement ("went live on Monday": a state's)
            for c in tok.children:
                own = c.dep_ in ("acomp", "attr", "advmod", "oprd")
                inner = [c] if own else [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ in ("acomp", "attr", "prep", "advmod", "oprd"):
                    for g in inner:
                        if g.i in triggers:
                            return triggers[g.i]
            # "the first flight was in 1994": the copula's subject
            for c in tok.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i in triggers:
                    return triggers[c.i]
        if tok.head.i == tok.i or (
            tok.dep_ == "ccomp" and not _light_verb_phrase(tok) and (clock or not _past_perfect(tok))
        ):
            # a complement clause's time is not the saying's ("said it wants to be free of debt by June"), nor
            # an order's ("asked that a decision be made by the end of the month": the decision's bound); but a
            # light verb's event has no frame of its own, and the report stands for it ("told the firm it must
            # submit a plan by 27 May", "said it will file a claim before the end of the year"); a past perfect's
            # day is the report's reference time, its clock time never ("confirmed that it had begun releasing
            # water at around 02:00" is no confirming at 02:00)
            return None
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ in ("VERB", "AUX"):
            return None  # "said it will receive six in 2027, then in 2029 it will take delivery": one clause each
        if tok.dep_ == "acl" and tok.pos_ == "VERB":
            # "the sum budgeted for last year could rise": a participle on a noun dates that noun's event only
            return triggers.get(tok.head.i)
        tok = tok.head
        hops += 1
    return None


def _carried_event(verb: Token, triggers: dict[int, int]) -> int | None:
    """The event noun a verb that is no event carries: the object of a light verb (``light_verbs`` of
    models/events.toml: "held talks", "carried out an inspection"), or its passive subject ("the decision was taken
    by the board on Monday", "an agreement was reached on Friday"), or of an [event_time] ``object_verbs`` entry
    ("opened an investigation"; "go on" + its preposition's object: "went on strike")."""
    if verb.pos_ != "VERB" or (verb.dep_ == "ccomp" and _light_verb_phrase(verb)):
        return None  # a bound light verb in a complement: the report stands for it ("told it must submit a plan by")
    lemma = lexicon().word(verb.lemma_.lower())  # (the tagger's "stag" of "staged" is "stage")
    if lemma in lexicon().light_verbs or lemma in OBJECT_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None
        )
        if obj is not None and (found := _noun_event(obj, triggers)) is not None:
            return found
        if lemma in lexicon().light_verbs:
            # "was placed under investigation on Tuesday": the event noun after a light preposition
            for c in verb.children:
                if c.dep_ == "prep" and lexicon().light_preposition(c.lower_, obj is not None and obj.dep_ == "dobj"):
                    held = [_noun_event(g, triggers) for g in c.children if g.dep_ == "pobj"]
                    if (found := next((h for h in held if h is not None), None)) is not None:
                        return found
        if obj is not None:
            return None
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i and f"{lemma} {c.lower_}" in OBJECT_VERBS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return _noun_event(obj, triggers) if obj is not None else None
    return None


def _taken_objects(frames: list[EventFrame], doc: Doc, triggers: dict[int, int], chosen: dict[int, EventTime]) -> None:
    """A dated verb of ``object_verbs`` that is a frame of its own with no class of the lexicon ("other": "said the
    wheelset had passed an ultrasonic test in August") dates the event noun it takes too, as it does when it is no
    frame (:func:`_carried_event`), when that noun has no time of its own; the verb keeps its time."""
    for k, et in list(chosen.items()):
        verb = doc[frames[k].trigger.token]
        if frames[k].event_class != OTHER or et.kind != "point" or verb.pos_ != "VERB":
            continue
        if lexicon().word(verb.lemma_.lower()) not in OBJECT_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        j = _noun_event(obj, triggers) if obj is not None else None
        if j is not None and j not in chosen:
            chosen[j] = et


def _bound_light_event(verb: Token | None, triggers: dict[int, int]) -> int | None:
    """The event noun of a bound light verb in a complement, when it is an event: "said it would hold a public meeting
    on Thursday evening" (for a point time; a deadline stays the report's: "told it must submit a plan by 27 May")."""
    if verb is None or verb.dep_ != "ccomp" or not _light_verb_phrase(verb):
        return None
    return _noun_event(next(c for c in verb.children if c.dep_ == "dobj"), triggers)


def _noun_event(noun: Token, triggers: dict[int, int]) -> int | None:
    """The event a noun phrase names: the noun, else a compound before it that is a trigger ("will hold a drop-in
    session on 19 November", "carried out a test run in May")."""
    if noun.i in triggers:
        return triggers[noun.i]
    return next((triggers[c.i] for c in noun.children if c.dep_ in ("compound", "nmod") and c.i in triggers), None)


def _allowed_task(p: _Placed, *, counted: bool = False) -> Token | None:
    """The task a time is allowed for: "has six weeks to lodge an objection", "has until 8 October to show how",
    "will be given 30 days to respond" (the time is the object of an [event_time] ``allowance_verbs`` verb, or of
    its "until" / "by"; the task is the infinitive on the verb or on the time). ``counted``: a length counted
    from the time of writing, so not one allowed in the past ("was given 30 days", "had 30 days": review 5 C8)."""
    root = p.root
    if root.dep_ == "pobj" and root.head.lower_ in ("until", "by", "till"):
        verb = root.head.head
    elif root.dep_ in ("dobj", "npadvmod"):
        verb = root.head
    else:
        return None
    if verb.lemma_.lower() not in ALLOWANCE_VERBS:
        return None
    if counted and (verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)):
        return None
    for tok in (root, verb):
        for c in tok.children:
            if c.dep_ in ("relcl", "acl", "xcomp", "advcl") and c.i > root.i and _infinitive(c):
                return c
    return None


def _named_event(verb: Token, triggers: dict[int, int]) -> int | None:
    """The event a participle that is no event names: its object or the object of its first preposition
    ("resulting in the closure", "leading to the cancellation", "forcing a delay")."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.i in triggers:
            return triggers[c.i]
        if c.dep_ == "prep" and c.i > verb.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            return triggers.get(obj.i) if obj is not None else None
    return None


_BINDING = frozenset({"will", "must", "shall", "would", "'ll", "wo"})


#: a value with a clock time ("2026-10-21T02:00", "...T02:00Z"), not a part of the day ("...TMO")
_CLOCK = re.compile(r"T\d\d:\d\d")


def _past_perfect(tok: Token) -> bool:
    """ "established that data had been exposed on 28 April": a past perfect's time is its reference time,
    the time of the clause it is reported by."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)


def _light_verb_phrase(tok: Token) -> bool:
    """A light verb with its object, bound to happen ("must submit a plan", "will file a claim"): the
    event is the object's, which has no frame of its own."""
    return (
        lexicon().word(tok.lemma_.lower()) in lexicon().light_verbs
        and any(c.dep_ == "dobj" for c in tok.children)
        and any(c.dep_ == "aux" and c.lower_ in _BINDING for c in tok.children)
    )


def _controller(tok: Token) -> Token | None:
    """The event a subjectless scheduling word is about: "the delivery, originally due later this year,
    will be delayed" (the subject of the clause it hangs on), "is expected to take place in August" (of
    the verb it complements), "a delivery due in May" (the noun)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.head.i == tok.i:
        return None
    if tok.dep_ in ("amod", "acl"):
        return tok.head
    if tok.dep_ in ("advcl", "xcomp"):
        # "the first flight is expected to take place in August": the subject of the verb it complements
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _onset_subject(verb: Token, triggers: dict[int, int]) -> int | None:
    """The event a verb of beginning (``onset_verbs``) tells the start of: its subject, an event noun ("the trial
    will open on Tuesday", "the strike began on Monday", "the inquiry, which began on Monday")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ONSET_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    auxes = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not auxes and (verb.tag_ == "VBN" or (subj is not None and verb.i > 0 and verb.nbor(-1).text == ",")):
        return None  # a participle set off on its noun ("development, begun two years ago, was pushed back")
    if subj is not None and verb.dep_ == "relcl" and subj.tag_ == "WDT":
        subj = verb.head  # "the inquiry, which began on Monday afternoon, ..."
    if subj is None and verb.tag_ == "VBG" and not auxes:
        # a present participle on the event noun ("a 72-hour strike starting on Friday"), or on the verb that takes
        # it as object ("will hold a 24-hour strike starting on Friday", as parsed): the noun's start (review 18 Z3)
        if verb.dep_ == "acl":
            subj = verb.head
        elif verb.dep_ == "advcl":
            subj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if subj is None or subj.pos_ != "NOUN" or subj.i not in triggers:
        return None
    return triggers[subj.i]


def _day_of(et: EventTime) -> EventTime:
    """A clock time's day ("the outage began at 06:10 on Tuesday": the outage is Tuesday's; 06:10 is its start's
    clock, not the time of day of the whole event)."""
    if et.granularity != "time" or et.start is None:
        return et
    return et.model_copy(update={"granularity": "day", "value": et.start.isoformat()})


@cache
def _happen_phrases() -> frozenset[str]:
    """``happen_phrases`` with the verbs of coming to pass of models/wordnet/happening_verbs.toml."""
    return HAPPEN_PHRASES | lexicon().happening_verbs


def _happens(tok: Token) -> bool:
    """ "take place", "happen", "go ahead", "break out": the verb's time is its subject's."""
    lemma = tok.lemma_.lower()
    phrases = _happen_phrases()
    if lemma in phrases:
        return True
    return any(c.dep_ in ("dobj", "prt", "advmod") and f"{lemma} {c.lower_}" in phrases for c in tok.children)


def _point(p: _Placed) -> EventTime | None:
    t = p.t
    if t.interval is None:
        return None
    return EventTime(
        text=t.text,
        value=t.value,
        start=t.interval.start,
        end=t.interval.end,
        granularity=t.granularity,
        mod=t.mod,
        kind="point",
        char_start=t.start,
        char_end=t.end,
    )


def _close_to(p: _Placed) -> bool:
    """A time "after" or "before" that is a point, not a bound: hedged as close ("shortly after 09:00", "just
    before midnight": ``close_hedges``), or an exact clock time after "after" ("after 22:00 on Friday")."""
    prep = p.root.head if p.root.dep_ == "pobj" else None
    if (
        prep is not None
        and prep.lower_ == p.prep
        and any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in CLOSE_HEDGES for c in prep.children)
    ):
        return True
    return p.prep == "after" and _CLOCK.search(p.t.value or "") is not None


def _span(a: date | None, b: date | None) -> int:
    if a is None or b is None or b < a:
        return 10**7
    return (b - a).days


def assign_times(
    frames: list[EventFrame], doc: Doc, times: Sequence[TimeExpr], published: date | None
) -> list[EventFrame]:
    """Give each frame the time that governs its trigger (see the module docstring)."""
    if not frames:
        return frames
    triggers = {f.trigger.token: k for k, f in enumerate(frames)}
    placed = [p for t in times if (p := _place(t, doc)) is not None]
    by_root = {p.root.i: p for p in placed}
    chosen: dict[int, EventTime] = {}
    used_as_end: set[int] = set()

    moved_to: set[int] = set()  # frames a moved-to verb dates: the new time wins over the one it replaces
    results: list[tuple[int, EventTime]] = []  # result participles of a dated verb, dated after the rest
    joined: list[tuple[int, EventTime]] = []  # participles joined to a result participle: told at that time
    infinitives: list[tuple[int, EventTime]] = []  # the act a dated verb with no frame tells done: told then

    def offer(k: int | None, et: EventTime | None, moved: bool = False) -> None:
        if k is None or et is None or (k in moved_to and not moved):
            return
        old = chosen.get(k)
        if old is None or _span(et.start, et.end) < _span(old.start, old.end) or (moved and k not in moved_to):
            chosen[k] = et
        if moved:
            moved_to.add(k)

    for p in placed:
        t = p.t
        if p.root.i in used_as_end:
            continue
        if t.type == "DURATION":
            continue
        if t.type not in ("DATE", "TIME") or t.interval is None:
            continue
        et = _point(p)
        assert et is not None
        attach = p.attach
        if _week_of(p):
            # "in the week of 22 June": that week
            et = et.model_copy(update={"end": t.interval.start + timedelta(days=6), "granularity": "week"})
        day_start = _day_range_start(p, doc)
        if day_start is not None:
            # "between 1 and 11 September", "from 3 to 5 May": the days of that month
            start, char_start, attach = day_start
            et = et.model_copy(
                update={
                    "text": doc.text[char_start : t.end],
                    "start": start,
                    "kind": "interval",
                    "char_start": char_start,
                }
            )
            offer(_governed(attach, triggers), et)
            continue
        # "postponed the test to September", "the delivery was delayed until October": the test's, the
        # delivery's time, not the postponing's; "extended the ban until June": the ban's bound
        moved = _moved_theme(p, triggers)
        if moved is not None and not (p.prep in _UNTIL and attach is not None and _lasting(attach)):
            offer(moved, et, moved=True)
            continue
        scheduled = _scheduled_for(p, triggers)
        if scheduled is not None:
            offer(scheduled, et)  # "called a meeting for Tuesday evening": the meeting's time, not the calling's
            continue
        # a range: "between 2019 and 2021", "from May to July"
        partner = _range_end(p, placed, by_root)
        if (
            p.prep == "from"
            and attach is not None
            and attach.lemma_.lower() in MOVED_TO_LEMMAS
            and (
                partner is not None
                or any(q.attach is not None and q.attach.i == attach.i and q.prep in MOVED_TO_PREPS for q in placed)
            )
        ):
            # "moved the hearing from 17 to 24 September": the time it replaces dates nothing; "will move
            # production to Poland from January" names no new time, so January is the move's
            continue
        if partner is not None and partner.t.interval is not None:
            used_as_end.add(partner.root.i)
            et = et.model_copy(
                update={
                    "text": doc.text[t.start : partner.t.end],
                    "end": partner.t.interval.end,
                    "kind": "interval",
                    "char_end": partner.t.end,
                }
            )
        elif _baseline(p, published):
            continue  # "up from 14 % a year ago", "fell to 40,000 from 52,000 in May": the value compared with
        elif p.prep == "since" and _comparison(p):
            continue  # "the worst day since 1987", "for the first time since 2003": a baseline
        elif p.prep == "since" and t.interval is not None:
            # from then on: to the publication date, open when it is unknown (not "in 2024")
            end = t.interval.end if published is not None and published < t.interval.start else published
            et = et.model_copy(update={"end": end, "kind": "since", "mod": "ON_OR_AFTER"})
        elif p.prep in _negated_bounds() and _negated(attach):
            # "are not due until October": in October; "would not resume before 4 January": from then on
            if p.prep == "before":
                et = et.model_copy(update={"end": None, "kind": "after", "mod": "ON_OR_AFTER"})
        elif p.prep == "by" and p.root.head.lower_ == "by" and _negated(attach):
            # "had not restored the service by Monday evening", "will not complete it by June": after that time
            et = et.model_copy(update={"start": t.interval.end, "end": None, "kind": "after", "mod": "AFTER"})
        elif p.prep in ("after", "before") and _close_to(p):
            # "shortly after 09:00", "just before midnight on Sunday": that day, a point (its mod keeps it no exact
            # clock time to compare)
            et = et.model_copy(update={"mod": p.prep.upper()})
        elif p.prep in _UNTIL:
            start = t.interval.start
            if published is not None and published < t.interval.end:
                start = max(published, start) if p.prep != "by" else min(published, t.interval.end)
            et = et.model_copy(
                update={
                    "start": min(start, t.interval.end),
                    "kind": "until",
                    "mod": "BEFORE" if p.prep == "before" else "ON_OR_BEFORE",
                }
            )
        elif p.prep == "after":
            et = et.model_copy(update={"start": t.interval.end, "end": None, "kind": "after", "mod": "AFTER"})
        elif p.prep == "bound:after":
            et = et.model_copy(update={"end": None, "kind": "after", "mod": "ON_OR_AFTER"})
        elif p.prep == "and":
            continue  # the end of a range whose start was not a time
        if et.kind != "interval":
            # "from 2008, when the company posted a loss", "since last Thursday, when the utility lifted the
            # notice": the clause the time's "when" opens is at that time (the point, not the since / until)
            for c in p.root.children:
                if c.dep_ == "relcl" and any(g.dep_ == "advmod" and g.lower_ in WHEN_WORDS for g in c.children):
                    offer(_governed(c, triggers), _point(p))
        if et.kind == "point" and (clause := _participle_clause(attach, triggers, frames, et, published)) is not None:
            offer(clause, et)  # "seized 1.2 tonnes of cocaine hidden in a shipment on Thursday": the seizing's too
        if p.noun and (attach is None or attach.i not in triggers):
            continue
        task = _allowed_task(p) if et.kind == "until" else None
        if task is not None:
            offer(_governed(task, triggers), et)  # "has until 8 October to show how": the showing's bound
            continue
        decider = _decider(attach) if p.prep == "from" else None
        if decider is not None:
            # "ordered the dockworkers back to work from 6am on Thursday", "decided to close the plant from
            # January": when what is decided starts, not the deciding
            offer(_decided(decider, triggers), et)
            continue
        started = _change_started(p, triggers) if et.kind == "point" else None
        if started is not None:
            offer(started, et)  # "confirmed a cut in charges from 1 May": when the cut takes effect
            continue
        if moved is not None:
            offer(moved, et)
            continue
        k = _governed(attach, triggers, clock=_CLOCK.search(t.value or "") is not None)
        if (told := _told_before(p)) is not None:
            k = _governed(told, triggers, clock=_CLOCK.search(t.value or "") is not None)  # "is due on Friday, X said"
        if k is not None and et.kind == "point" and (inner := _perfect_inner(k, p, et, frames, triggers, published)):
            k = inner  # "has corrected the value of the contract it awarded on Monday, 9 March": the awarding's day
        if k is None and et.kind == "point" and not p.noun and (inner := _present_inner(p, et, triggers, published)):
            k = inner  # "is the likely cause of the avalanche that killed three on Friday": the killing's day
        if k is None and et.kind == "point" and not p.noun and (c := _told_infinitive(attach, triggers)) is not None:
            infinitives.append((c, et))
        if et.kind == "point" and (held := _bound_light_event(attach, triggers)) is not None:
            k = held  # "said it would hold a public meeting on Thursday evening": the meeting's, not the saying's
        offer(k, et)
        if k is not None:
            offer(_same_act(doc[frames[k].trigger.token], frames, triggers), et)
        if et.kind == "point" and not p.noun:
            results += [(r, et) for r in _results(attach, triggers, placed)]
            joined += [(r, et) for r in _joined_results(attach, triggers)]
    for r, et in results:
        if r not in chosen:
            chosen[r] = et  # "exploded at 04:10 on Sunday, injuring three workers": the injuring then
    _when_clauses(frames, doc, triggers, chosen)
    _harm_causes(frames, doc, triggers, chosen)
    _labelled_lines(frames, doc.text, placed, chosen)
    _fronted(doc, placed, triggers, chosen)
    _subject_phrase(placed, triggers, chosen)
    _taken_objects(frames, doc, triggers, chosen)
    told_at: dict[int, EventTime] = {}  # the clauses _joined_past reaches beyond its first reach: told times
    _joined_past(placed, triggers, chosen, told_at)
    _counted_from(frames, placed, triggers, chosen)
    out = list(frames)
    for k, et in chosen.items():
        out[k] = out[k].model_copy(update={"time": et})
    for p in placed:
        if p.t.type == "DURATION":
            k, et = _expected(p, out, triggers, published)
            if k is not None and et is not None and out[k].time is None:
                out[k] = out[k].model_copy(update={"time": et})
    for r, et in joined:
        if out[r].time is None and out[r].told_time is None:
            out[r] = out[r].model_copy(update={"told_time": _day_of(et)})  # "..., killing nine and injuring 212"
    for r, et in [*told_at.items(), *infinitives]:
        if out[r].time is None and out[r].told_time is None and out[r].factuality in _TOLD_DONE:
            out[r] = out[r].model_copy(update={"told_time": _day_of(et)})  # "on Friday it was allowed to sail on"
    _described_day(out, doc)
    return _ongoing(_same_day(_told_times(out, doc, triggers), doc, times, published), doc, times, published)


#: the determiners of a definite description ("the blast", "this explosion")
_DEFINITE = frozenset({"the", "this", "that"})


def _lone_clock(et: EventTime) -> bool:
    """A clock time with no day of its own ("at around 4 am", "06:40"; not "03:42 on Sunday"): its day came from
    the text around it."""
    if et.granularity != "time" or not _CLOCK.search(et.value):
        return False
    n = normalize(et.text, None)
    return n is not None and n.value.startswith("XXXX-XX-XX")


def _described_day(frames: list[EventFrame], doc: Doc) -> None:
    """A clock time with no day of its own on a definite event noun ("The blast, which happened at around 4 am")
    after a frame of the same class dated by a day of its own earlier in the article ("Tuesday's explosion"): the
    day of the event it describes, not the day named last before it ("... allowed to go home yesterday").
    (review 19 A10; in place)"""
    for k, f in enumerate(frames):
        t = f.time
        if t is None or t.kind != "point" or t.start is None or not _lone_clock(t):
            continue
        tok = doc[f.trigger.token]
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
            continue
        before = [
            g
            for g in frames
            if g.trigger.start < f.trigger.start
            and g.event_class == f.event_class
            and g.time is not None
            and g.time.kind == "point"
            and g.time.start is not None
            and g.time.start == g.time.end
            and g.time.granularity in ("day", "time")
            and not _lone_clock(g.time)
        ]
        if not before:
            continue
        day = max(before, key=lambda g: g.trigger.start).time.start  # type: ignore[union-attr]
        if day != t.start:
            value = day.isoformat() + t.value[10:]
            frames[k] = f.model_copy(update={"time": t.model_copy(update={"start": day, "end": day, "value": value})})


def _participle_clause(
    verb: Token | None, triggers: dict[int, int], frames: list[EventFrame], et: EventTime, published: date | None
) -> int | None:
    """The clause verb a time after a reduced relative's participle dates (review 17 Y8: "seized 1.2 tonnes of
    cocaine hidden in a shipment of bananas on Thursday", "found ivory concealed in timber on Monday"): a participle
    on a noun of the verb's object phrase that is no event of a class (no frame, or an ``other`` one: a state), told
    in the past, the time a day within a month of publication ("a plant built in 1970" keeps its year to itself)."""
    for _ in range(2):  # "hidden in a lorry at the crossing on Monday": the time hung on the participle's last noun
        if verb is not None and verb.dep_ == "pobj" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "pobj":
            verb = verb.head.head
    if verb is not None and verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head
    if verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN" or published is None or et.start is None:
        return None
    if verb.i in triggers and frames[triggers[verb.i]].event_class != "other":
        return None
    if et.granularity not in ("day", "time") or abs((et.start - published).days) > 31:
        return None
    noun = verb.head
    for _ in range(4):
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
            continue
        break
    clause = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or clause.i not in triggers or not _told_past(clause):
        return None
    k = triggers[clause.i]
    return k if frames[k].event_class != "other" else None


def _told_infinitive(verb: Token | None, triggers: dict[int, int]) -> int | None:
    """The act a dated verb with no frame of its own tells done through its infinitive ("on Friday it was allowed
    to sail on", "was forced to land at 14:10"): the infinitive's frame, when the verb is told in the past and is no
    verb of expecting ("was expected to sail on Friday" dates the sailing as a plan, elsewhere). Its ``told_time``
    only (asserted or reported): the timeline's date of its cluster; identity and conflicts do not read it."""
    if verb is None or verb.pos_ != "VERB" or verb.i in triggers or not _told_past(verb):
        return None
    if verb.lemma_.lower() in lexicon().expectation_verbs:
        return None
    for c in verb.children:
        if (
            c.dep_ == "xcomp"
            and c.pos_ == "VERB"
            and c.i in triggers
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ):
            return triggers[c.i]
    return None


def _same_day(
    frames: list[EventFrame], doc: Doc, times: Sequence[TimeExpr], published: date | None
) -> list[EventFrame]:
    """A same-day report tells its day's acts: when the first day a frame of the article is dated by (the story's
    day, "ran aground on Saturday morning" in its lead) is the publication day, an act told done in the simple past
    or the present perfect with no time of its own, no date or clock time of another day in its sentence (one of the
    day itself, "this morning's blaze", is the day it is told on anyway) and no told time ("Four passengers were
    injured", "Police have seized the coach"), or told not done ("No one was hurt"), is told on that day
    (``told_time``, marked ``ON_OR_BEFORE``: the text tells it done by that day, not on it — the timeline shows "by
    22 May 2026"; the timeline's date of its cluster when no member has a time of its own; identity and conflicts do
    not read it). A past perfect only as the complement of a saying told in the past: the present
    perfect told back ("Agrochema said its storage unit had been shut down"). Not another past perfect (before the
    story's time), a modal, a participle on a noun ("the campus, proposed by ..."), nor in a report of earlier days
    (the story's day before publication: the next day's report tells both days' acts)."""
    if published is None:
        return frames
    lead = _story_day(frames, doc)
    if lead is None or lead.start != published:
        return frames
    # a date or clock time of another day in its sentence may be its own (the parse did not reach it); the
    # publication day's ("this morning's blaze", "at 09:10 today") is the day it would be told on anyway
    dated = [(t.start, t.end) for t in times if t.type in ("DATE", "TIME") and not _on_the_day(t, published)]
    triggers = {f.trigger.token: k for k, f in enumerate(frames)}
    day = lead.model_copy(update={"granularity": "day", "value": published.isoformat(), "mod": "ON_OR_BEFORE"})
    out = list(frames)
    for k, f in enumerate(frames):
        if f.time is not None or f.told_time is not None or f.factuality not in _SAME_DAY_FACTS or f.commentary:
            continue
        if any(f.sentence.start <= a and b <= f.sentence.end for a, b in dated):
            continue
        verb = doc[f.trigger.token]
        if _told_on_the_day(verb) or _told_back(verb, triggers, frames):
            out[k] = f.model_copy(update={"told_time": day})
    return out


def _ongoing(frames: list[EventFrame], doc: Doc, times: Sequence[TimeExpr], published: date | None) -> list[EventFrame]:
    """An act told going on as the report is written ("police are investigating", "two children are being treated",
    "the unit remains shut", "trains continue to run", "the cause is under investigation": :func:`_going_on`) is
    under way on the publication day, in any report (not only a same-day one): that day is its ``told_time``, marked
    ``ON_OR_BEFORE`` (begun by then; the timeline shows "by 22 May 2026", its cluster's date when no member has a time
    of its own: of reports of several days the first's). Not when its sentence has a date or clock time of another
    day (it may be the act's own, the parse did not reach it), nor a denied, planned or hedged act; identity and
    conflicts do not read it."""
    if published is None:
        return frames
    dated = [(t.start, t.end) for t in times if t.type in ("DATE", "TIME") and not _on_the_day(t, published)]
    out = list(frames)
    for k, f in enumerate(frames):
        if f.time is not None or f.told_time is not None or f.factuality not in _TOLD_DONE or f.commentary:
            continue
        if any(f.sentence.start <= a and b <= f.sentence.end for a, b in dated):
            continue
        if _going_on(doc[f.trigger.token]):
            day = EventTime(
                text=f.trigger.text,
                value=published.isoformat(),
                start=published,
                end=published,
                granularity="day",
                mod="ON_OR_BEFORE",
                kind="point",
                char_start=f.trigger.start,  # no time expression: the act told going on
                char_end=f.trigger.end,
            )
            out[k] = f.model_copy(update={"told_time": day})
    return out


#: the present of "be": the auxiliary of an act going on now ("is investigating", "are being treated")
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _going_on(tok: Token) -> bool:
    """A trigger told going on now: a present progressive, active or passive ("is investigating", "are being
    treated"), the complement of a verb of going on in the present ("remains shut", "continue to run":
    ``ongoing_verbs``), or an event noun after "under" on a present "be" or such a verb ("is under investigation")."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBG", "VBN"):
        present = any(a.dep_ == "aux" and a.lower_ in _PRESENT_BE for a in auxes)
        if present and (tok.tag_ == "VBG" or any(a.dep_ == "auxpass" and a.lower_ == "being" for a in auxes)):
            return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ONGOING_PREPOSITIONS:
        head = head.head
        return head.lower_ in _PRESENT_BE or (head.lemma_.lower() in ONGOING_VERBS and head.tag_ in ("VBZ", "VBP"))
    return (
        tok.dep_ in ("acomp", "xcomp", "oprd")
        and head.lemma_.lower() in ONGOING_VERBS
        and head.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    )


def _on_the_day(t: TimeExpr, day: date) -> bool:
    """A time expression within one day, that day ("this morning", "at 07:10 on Tuesday" of Tuesday's report)."""
    return t.interval is not None and t.interval.start == t.interval.end == day


#: where an article's parse keeps its story's day (:func:`_story_day`) between the timings of its frames
_STORY_DAY = "claimline.story_day"


def _story_day(frames: list[EventFrame], doc: Doc) -> EventTime | None:
    """The first day a frame of the article is dated by (a point time of one day): of the first frames timed that
    have one, kept on the parse for the rest. An article's frames are timed in parts (the events', then its
    figures' and the unlisted verbs' apart: ``events.frames``), and a figure or an unlisted verb of a same-day
    report ("Fourteen people were treated at the scene") is told on the story's day as its events are."""
    kept = doc.user_data.get(_STORY_DAY)
    if kept is not None:
        return kept
    lead = next(
        (
            f.time
            for f in frames
            if f.time is not None and f.time.kind == "point" and f.time.start is not None and f.time.start == f.time.end
        ),
        None,
    )
    if lead is not None:
        doc.user_data[_STORY_DAY] = lead
    return lead


#: what a same-day report tells of its day: acts told done, and told not done ("No one was injured")
_SAME_DAY_FACTS = frozenset({"asserted", "reported", "negated"})


def _told_back(verb: Token, triggers: dict[int, int], frames: list[EventFrame]) -> bool:
    """A past perfect that is the complement of a saying told in the past (``report_day_classes``: "Agrochema
    said its storage unit had been shut down"): the present perfect of the saying's day, told back."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or verb.dep_ != "ccomp":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in _PAST_PERFECT for a in auxes) or any(a.tag_ == "MD" for a in auxes):
        return False
    k = triggers.get(verb.head.i)
    return k is not None and verb.head.tag_ == "VBD" and frames[k].event_class in REPORT_DAY_CLASSES


def _told_on_the_day(verb: Token) -> bool:
    """A verb told in the simple past ("smashed", "were evacuated") or the present perfect ("have seized"), in a
    clause of its own (not a participle on a noun, "the campus, proposed by ..."), not a past perfect."""
    if verb.pos_ != "VERB" or verb.dep_ == "acl" or not _told_past(verb):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _PAST_PERFECT for c in verb.children)


def _told_times(frames: list[EventFrame], doc: Doc, triggers: dict[int, int]) -> list[EventFrame]:
    """``told_time`` of the frames with no time of their own, from the act the text tells them through (the
    cluster's date in the timeline when no member has a time; identity and conflicts do not read it):

    * a dated saying (``report_day_classes``) that tells an act done (asserted or reported; not "nobody had been
      arrested, the police said on Wednesday"), in a past or perfect form, in its
      complement or with the act as its own clause ("said on Monday it had accepted the resignation", "The
      contract has been suspended, the city said on Tuesday"): the saying's day;
    * a verb of opening (``object_verbs``) that is an event itself, dated or told ("opened an inquiry on
      Wednesday", "said on Wednesday it had opened an inquiry"): the noun's (:func:`_same_act` leaves it out of
      the noun's own time: that would split the inquiry from its other reports);
    * a verb of beginning (``onset_verbs``) with a point time, for its event-noun subject ("the trial will open
      on Friday", "the strike began on Monday": the day; review 11, S9) — told, not its own, so that dating it
      splits no cluster (dated as its own time, the 02 report's outage of a held-out story left its cluster).
    """
    out = list(frames)
    for k, f in enumerate(frames):
        if f.time is None and f.factuality in _TOLD_DONE:
            tok = doc[f.trigger.token]
            teller = _telling(tok, triggers, frames) if _told_done(tok) else None
            if teller is not None and teller.time is not None and teller.time.kind == "point":
                out[k] = f.model_copy(update={"told_time": teller.time})
    _quoted(out, doc)
    for f in frames:
        # a verb of beginning dates the event its subject names ("the trial will open on Friday": the trial)
        k = _onset_subject(doc[f.trigger.token], triggers) if f.time is not None and f.time.kind == "point" else None
        if k is not None and out[k].time is None and out[k].told_time is None:
            out[k] = out[k].model_copy(update={"told_time": _day_of(f.time)})  # type: ignore[arg-type]
    for k, f in enumerate(out):
        tok = doc[f.trigger.token]
        if f.time is not None or f.factuality not in _TOLD_DONE or tok.dep_ != "dobj":
            continue
        j = triggers.get(tok.head.i)
        if j is None or lexicon().word(tok.head.lemma_.lower()) not in OBJECT_VERBS:
            continue
        t = out[j].time or out[j].told_time
        if t is not None and t.kind == "point" and t.start is not None:
            out[k] = f.model_copy(update={"told_time": t})
    return out


#: how far a quotation a dated saying closes may reach back, in characters, and how long its attribution may be
_QUOTE_REACH = 600
_ATTRIBUTION = 80
_CLOSING = QUOTE_PAIRS  # (single marks and guillemets too: review 19 A9)
#: marks that end a quotation's last sentence right before a closing single mark ("plant,’ the director said"):
#: a closing single mark elsewhere is an apostrophe ("the firm’s director")
_BEFORE_SINGLE_CLOSE = ",.!?"


#: the marks that may not stand between a closing mark and the saying's verb (another quotation)
_MARKS = DOUBLE_QUOTES | {SINGLE_OPENING}


def _closing_at(head: str, mark: str) -> int:
    """Where the last closing ``mark`` of ``head`` is (-1: none); a single closing mark only after a sentence's
    punctuation (else it is an apostrophe)."""
    k = head.rfind(mark)
    if mark == SINGLE_CLOSING:
        while k > 0 and head[k - 1] not in _BEFORE_SINGLE_CLOSE:
            k = head.rfind(mark, 0, k)
    return k


def _quoted(frames: list[EventFrame], doc: Doc) -> None:
    """Acts told done in an earlier sentence of a quotation that a dated saying closes ('"We have reported the
    company to the police. No fine has been issued," the director said on Thursday': the reporting) take the
    saying's day as ``told_time`` (in place), as an act in the saying's own sentence does (:func:`_telling`)."""
    text = doc.text
    for s in list(frames):
        t = s.time
        if s.event_class not in REPORT_DAY_CLASSES or t is None or t.kind != "point" or t.start is None:
            continue
        head = text[s.sentence.start : s.trigger.start]
        close = max(_closing_at(head, q) for q in _CLOSING)
        if close < 0 or len(head) - close > _ATTRIBUTION or any(q in head[close + 1 :] for q in _MARKS):
            continue
        close += s.sentence.start
        opening = text.rfind(_CLOSING[text[close]], max(0, close - _QUOTE_REACH), close)
        if opening < 0 or "\n\n" in text[opening:close] or opening >= s.sentence.start:
            continue  # none, or the quotation opens in the saying's own sentence (:func:`_telling` reads that one)
        for k, f in enumerate(frames):
            if not opening < f.trigger.start < close or f.time is not None or f.told_time is not None:
                continue
            if f.factuality in _TOLD_DONE and not f.commentary and _told_done(doc[f.trigger.token]):
                frames[k] = f.model_copy(update={"told_time": t})


_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
#: the auxiliaries of a past perfect, of :data:`_PERFECT` (review 19 A14: one list)
_PAST_PERFECT = frozenset({"had", "'d"}) & _PERFECT
#: the factualities of an act told done: a negated, denied, planned or hedged one happened on no day a saying gives
#: ("nobody had been arrested, the police said on Wednesday")
_TOLD_DONE = frozenset({"asserted", "reported"})


def _told_done(tok: Token) -> bool:
    """A verb in a past form or a perfect ("accepted", "has been suspended", "had opened")."""
    if tok.pos_ != "VERB":
        return False
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in tok.children)


def _telling(tok: Token, triggers: dict[int, int], frames: list[EventFrame]) -> EventFrame | None:
    """The saying frame (``report_day_classes``) whose complement ``tok`` is (through conjuncts), or that is a
    clause of ``tok`` ("X has been suspended, the city said"), when it has a time."""
    v = tok
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        v = v.head
    cands = []
    if v.dep_ == "ccomp":
        cands.append(v.head)
    cands += [c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i > tok.i]
    for c in cands:
        k = triggers.get(c.i)
        if k is not None and frames[k].event_class in REPORT_DAY_CLASSES and frames[k].time is not None:
            return frames[k]
    return None


def _same_act(tok: Token, frames: list[EventFrame], triggers: dict[int, int]) -> int | None:
    """Another frame the trigger ``tok`` that took a time names the same act or its setting with: the verb done
    in, at or during it ("said in a statement on Friday": the saying, not the statement alone; "corrected the
    reports in a statement on Saturday"; "were injured in Tuesday's explosion": the injuries then).
    (Not the event noun of an [event_time] ``object_verbs`` verb that is a trigger itself, "opened an
    investigation on Wednesday": measured, it splits the investigation from its other reports.)"""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _MEDIUM_PREPS or prep.head.i == prep.i:
        return None
    verb = prep.head
    k = triggers.get(verb.i)
    if k is None or verb.pos_ != "VERB":
        return None
    return k


def _results(verb: Token | None, triggers: dict[int, int], placed: list[_Placed]) -> list[int]:
    """The events of the result participles of a verb a point time is on: "exploded at 04:10 on Sunday,
    injuring three workers", "reached the coast on Monday, forcing the closure of two ports" (an -ing clause
    after it with no subject, marker, auxiliary or time of its own, "later revealing": its event, or the event
    it names)."""
    if verb is None or verb.pos_ != "VERB":
        return []
    out = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i < verb.i:
            continue
        if _own_clause(c):
            continue
        lo, hi = c.left_edge.i, c.right_edge.i
        if any(lo <= q.root.i <= hi for q in placed):
            continue
        k = _result_event(c, triggers)
        if k is not None:
            out.append(k)
    return out


def _joined_results(verb: Token | None, triggers: dict[int, int]) -> list[int]:
    """The events of participles joined to a result participle of ``verb`` ("struck at 03:17 on Thursday, killing
    nine people and injuring 212": the injuring), told at the verb's time (``told_time``: the second result of one
    act is no question of its own to compare; dated as its own time, the time of the injuring duplicated the
    time-of-day conflict of the derailment it followed)."""
    if verb is None or verb.pos_ != "VERB":
        return []
    out = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i < verb.i or _own_clause(c):
            continue
        for g in c.children:
            if g.dep_ == "conj" and g.tag_ == "VBG" and not _own_clause(g):
                k = _result_event(g, triggers)
                if k is not None:
                    out.append(k)
    return out


def _result_event(verb: Token, triggers: dict[int, int]) -> int | None:
    """A result participle's event: its own, or the one it names when it puts nothing into a state."""
    k = triggers.get(verb.i)
    if k is None and not _resultative(verb):
        k = _named_event(verb, triggers)
    return k


def _own_clause(verb: Token) -> bool:
    """A verb with a subject, marker or auxiliary of its own: a clause, not a participle sharing another's time."""
    return any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for g in verb.children)


def _resultative(verb: Token) -> bool:
    """A verb that puts its object into a state ("bringing production to an end", "pushing the plant into
    losses", "leaving the route closed"): the object's own event is not at the verb's time, only its change."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ in ("to", "into") and c.i > obj.i) or c.dep_ in ("oprd", "xcomp", "ccomp")
        for c in verb.children
    )


#: a shift counted from another event ("a day after", "two weeks before", "72 hours after", "hours after"): days,
#: weeks, or hours / minutes / seconds (whole days when they make them, "72 hours" is three)
_SHIFT = re.compile(r"^P(?:(?P<n>\d+)(?P<unit>[DW])|T(?P<tn>\d+|X)(?P<tunit>[HMS]))$")
_SECONDS = {"H": 3600, "M": 60, "S": 1}


def _shift_days(m: re.Match[str]) -> tuple[int, int]:
    """The days a shift moves a day by, and how many more it may (the clock time of neither event is known: a
    length that is not whole days may cross midnight, "10 hours after" Monday is Monday or Tuesday)."""
    if m.group("n") is not None:
        return int(m.group("n")) * (7 if m.group("unit") == "W" else 1), 0
    if m.group("tn") == "X":  # "hours after": under a day
        return 0, 1
    days, rest = divmod(int(m.group("tn")) * _SECONDS[m.group("tunit")], 86400)
    return days, 1 if rest else 0


_SHIFT_WORDS = {"after": -1, "before": 1}
_MEDIUM_PREPS = frozenset({"in", "at", "during"})


def _counted_from(
    frames: list[EventFrame], placed: list[_Placed], triggers: dict[int, int], chosen: dict[int, EventTime]
) -> None:
    """ "said on Friday, a day after the regulator fined it": the fine a day before the saying; "two days after
    the ferry ran aground on 2 March, the operator suspended the route": the suspension two days after it. A
    length on "after" / "before" counts one event's day from the other's, when one of them has a day of its own
    (a point) and the other none, or only the same one (the clause's time climbed into it)."""
    for p in placed:
        # a hedged length ("almost a week after", "more than two weeks after") gives no day to count to
        m = _SHIFT.match(p.t.value) if p.t.type == "DURATION" and p.t.mod is None else None
        if m is None or p.root.dep_ != "npadvmod" or p.root.head.i == p.root.i:
            continue
        word = p.root.head
        if word.lower_ not in _SHIFT_WORDS:
            # "a day after the regulator fined it": the length hangs on the clause's verb, beside its "after"
            word = next((c for c in word.children if c.dep_ == "mark" and c.i > p.root.i), word)
        sign = _SHIFT_WORDS.get(word.lower_)
        if sign is None:
            continue
        if word.dep_ == "mark" and word.head.dep_ == "advcl":
            inner_tok, outer_tok = word.head, word.head.head
            inner = triggers.get(inner_tok.i)
        elif word.dep_ == "prep" and word.head.i != word.i:
            inner_tok = next((c for c in word.children if c.dep_ == "pobj"), None)
            outer_tok = word.head
            inner = _noun_event(inner_tok, triggers) if inner_tok is not None else None
            if inner_tok is None:  # "quits a day after winning the vote": the -ing clause is the inner event
                inner_tok = next((c for c in word.children if c.dep_ == "pcomp"), None)
                if inner_tok is None:
                    continue
                inner = triggers.get(inner_tok.i)
        else:
            continue
        outer = _governed(outer_tok, triggers)
        if outer is None or inner == outer:
            continue
        days, spread = _shift_days(m)
        lo, hi = inner_tok.left_edge.idx, inner_tok.right_edge.idx + len(inner_tok.right_edge)

        def day_of(et: EventTime | None) -> date | None:
            ok = et is not None and et.kind == "point" and et.start == et.end and et.granularity in ("day", "time")
            return et.start if ok else None  # type: ignore[union-attr]

        o = chosen.get(outer)
        i = chosen.get(inner) if inner is not None else None
        # a time inside the "after" phrase is the inner event's own (or climbed from it to the outer verb, when
        # the inner event has no frame: "two days after the ferry ran aground on 2 March, ... suspended")
        own = next((et for et in (i, o) if et is not None and lo <= et.char_start < hi), None)
        if own is not None and (day := day_of(own)) is not None and (o is None or o.char_start == own.char_start):
            dst, src, day = outer, own, day - timedelta(days=sign * days)
            first, last = sorted((day, day - timedelta(days=sign * spread)))
        elif o is not None and not lo <= o.char_start < hi and (day := day_of(o)) is not None and inner is not None:
            if i is not None and i.char_start != o.char_start:
                continue
            dst, src, day = inner, o, day + timedelta(days=sign * days)
            first, last = sorted((day, day + timedelta(days=sign * spread)))
        else:
            continue
        chosen[dst] = EventTime(
            text=f"{p.t.text} {word.text} ({src.text})",
            value=day.isoformat(),
            start=first,
            end=last,
            granularity="day",
            char_start=p.t.start,
            char_end=p.t.end,
            anchor=frames[outer if dst == inner else inner].id if inner is not None else None,
        )


def _fronted(doc: Doc, placed: list[_Placed], triggers: dict[int, int], chosen: dict[int, EventTime]) -> None:
    """A time that opens its sentence ("On Monday, the crews stopped work, and the authority closed two berths")
    sets the scene for the clauses joined to the one it dates: their verbs with no time of their own take it. A
    time between the subject and its verb ("the court on Tuesday sentenced him to four years and fined him") is
    the time of the verbs that share that subject: joined verbs with no subject of their own."""
    for p in placed:
        verb = p.attach
        if verb is None or verb.pos_ != "VERB" or verb.i not in triggers or p.first < 0:
            continue
        mine = chosen.get(triggers[verb.i])
        if mine is None or mine.char_start != p.t.start or mine.kind != "point" or p.first > verb.i:
            continue
        sent = verb.sent
        prep = p.root.head.i if p.root.dep_ == "pobj" else -1
        opens = not any(not w.is_punct and w.i != prep for w in doc[sent.start : p.first])
        if not opens and not _before_verb(p, verb):
            continue
        for c in verb.children:
            same_tense = c.tag_ == verb.tag_  # not "rejected the offer and will strike again"
            if c.dep_ != "conj" or c.pos_ != "VERB" or not same_tense or c.i not in triggers or triggers[c.i] in chosen:
                continue
            if opens or not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                chosen[triggers[c.i]] = mine


def _joined_past(
    placed: list[_Placed], triggers: dict[int, int], chosen: dict[int, EventTime], told_at: dict[int, EventTime]
) -> None:
    """A point time that closes a clause told in the past dates the clause joined after it, told in the past too,
    with no time of its own ("ran aground off the island on Saturday morning, and four passengers were slightly
    injured", "took samples on Monday morning and have opened an investigation"): one scene told on. Not a clause
    told otherwise ("rejected the offer on Monday and will strike again"), nor one with a time of its own. Reached
    through a light verb's event ("took samples") or a time hung on a noun ("in the early hours of Sunday"), the
    joined clause gets a ``told_time`` (``told_at``) only: the timeline's date; identity and conflicts do not read it
    (as its own time it moved a held-out conflict, dates18)."""
    for p in placed:
        verb = p.attach
        if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "was damaged in the early hours of Sunday, and the navy escorted ...": the verb's
        if verb is None or verb.pos_ != "VERB" or p.first < 0 or p.first < verb.i:
            continue
        own = triggers.get(verb.i)
        told = own is None or verb is not p.attach  # reached beyond the old reach: a told time only
        if own is None:
            own = _carried_event(verb, triggers)  # "took samples on Monday morning and have opened an investigation"
        if own is None:
            continue
        mine = chosen.get(own)
        if mine is None or mine.char_start != p.t.start or mine.kind != "point" or not _told_past(verb):
            continue
        for c in verb.children:
            if c.dep_ != "conj" or c.pos_ != "VERB" or c.i < p.root.i or c.i not in triggers or triggers[c.i] in chosen:
                continue
            lo, hi = c.left_edge.i, c.right_edge.i
            if _told_past(c) and not any(lo <= q.root.i <= hi for q in placed if q is not p):
                if told:
                    told_at.setdefault(triggers[c.i], _day_of(mine))
                else:
                    chosen[triggers[c.i]] = mine


def _told_past(verb: Token) -> bool:
    """A verb told in the past: a past form ("ran"), a past auxiliary ("were injured") or a perfect ("have opened")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in _BINDING for a in auxes):
        return False
    if verb.tag_ == "VBD" and not auxes:
        return True
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lower_ in _PERFECT for a in auxes)


def _subject_phrase(placed: list[_Placed], triggers: dict[int, int], chosen: dict[int, EventTime]) -> None:
    """A point time that closes an event-noun subject with a complement of its own, just before the verb ("The arrest
    of Dana Ostrow on Tuesday shocked the town", "the signal failure at Raskel on Tuesday delayed trains") is the
    noun's time too, whatever the parser hung it on (the verb keeps it: the shock was then). Not a time set off by
    commas, nor one on a bare subject ("the inquiry on Tuesday found": the finding's, as "the court on Tuesday
    sentenced")."""
    for p in placed:
        verb = p.attach
        if verb is None or verb.pos_ != "VERB" or verb.i not in triggers or p.first < 0:
            continue
        mine = chosen.get(triggers[verb.i])
        if mine is None or mine.char_start != p.t.start or mine.kind != "point":
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.i not in triggers or triggers[subj.i] in chosen:
            continue
        head = p.root.head if p.root.dep_ == "pobj" else p.root
        if head.i != subj.right_edge.i + 1 or p.root.i >= verb.i or head.head.i != verb.i:
            continue  # the time right after the subject's phrase, hung on the verb
        if any(c.dep_ in ("prep", "acl") and c.i > subj.i for c in subj.children):
            chosen[triggers[subj.i]] = mine


def _told_before(p: _Placed) -> Token | None:
    """The reported clause a time lies in when the parser hangs it on the verb of an attribution that follows the
    clause ("the first shipment is due on Friday, 13 February, the ministry said on Thursday": the time is the
    shipment's, not the saying's): the clause comes before the verb, the time after the clause's first word and
    before the attribution's subject; None otherwise ("said on Thursday", "On Monday, the ministry said")."""
    verb = p.attach
    if verb is None or p.first >= verb.i or p.prep in _UNTIL:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if subj is None or told is None or not told.left_edge.i < p.first < subj.left_edge.i:
        return None
    return told


def _perfect_inner(
    k: int, p: _Placed, et: EventTime, frames: list[EventFrame], triggers: dict[int, int], published: date | None
) -> int | None:
    """The event a day hung on a present perfect dates (``k``, the frame the parser's attachment gives it): a present
    perfect tells no act of a day other than the day of writing ("has corrected" is no act of last Monday), so a day
    after the verb that is not the publication day is the time of the event told between them (:func:`_told_inside`:
    "have pointed to a broken axle as the cause of the derailment near Lisk on Wednesday, 11 November": the
    derailment's; "has corrected the value of the contract it awarded on Monday, 9 March": the awarding's); None
    when none lies there, or the verb is no present perfect ("had", a modal: "would have offered his resignation on
    Wednesday")."""
    if published is None or et.start is None or et.start == published or et.granularity not in ("day", "time"):
        return None
    verb = p.root.doc[frames[k].trigger.token]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not any(a.lower_ in _PRESENT_PERFECT for a in auxes):
        return None
    if any(a.tag_ == "MD" for a in auxes):
        return None
    return _told_inside(verb, p, triggers)


def _present_inner(p: _Placed, et: EventTime, triggers: dict[int, int], published: date | None) -> int | None:
    """The event a past day dates when the parser hangs it on a verb of the present or a copula that is no event of
    its own ("is the likeliest reason for the flood that swept through three villages on Friday", "was the cause of
    the fire that ..."): a present tells no act of a past day, a copula no act at all, so the day is the time of the
    event told between the verb and the day (:func:`_told_inside`, as for a present perfect,
    :func:`_perfect_inner`); None when none lies there, the day is not before the publication, or the verb is
    neither ("warned", "is being investigated", "does not know")."""
    verb = p.attach
    if verb is None or published is None or et.end is None or et.end >= published:
        return None
    if et.granularity not in ("day", "time") or (verb.tag_ not in ("VBZ", "VBP") and verb.lemma_ != "be"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None  # the present of another verb
    return _told_inside(verb, p, triggers)


def _told_inside(verb: Token, p: _Placed, triggers: dict[int, int]) -> int | None:
    """The frame of the event told in ``verb``'s phrase between the verb and the time, the one nearest the time;
    None when the time comes first or no event lies there."""
    inner = [j for j in range(verb.i + 1, p.first) if j in triggers and _under(verb.doc[j], verb)]
    return triggers[inner[-1]] if inner else None


#: the auxiliaries of a present perfect ("has corrected", "have been told")
_PRESENT_PERFECT = frozenset({"has", "have", "'s", "'ve"})


def _under(tok: Token, head: Token) -> bool:
    """``head`` is ``tok`` or an ancestor of it."""
    return tok.i == head.i or head.is_ancestor(tok)


def _before_verb(p: _Placed, verb: Token) -> bool:
    """The time hangs on ``verb`` from its left, after the verb's subject ("the court on Tuesday sentenced")."""
    head = p.root.head if p.root.dep_ == "pobj" else p.root
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return head.head.i == verb.i and head.i < verb.i and subj is not None and subj.i < head.i


#: a list marker and emphasis before a time that opens a line ("- **12 October.** ...", "3) 5 May: ..."): the
#: reader's marks (``read.lines``), so a line the reader takes for a list item is one here; an en or em dash
#: opens an item too ("– 2 March. ..."), though the reader keeps such a line as content
_MARK = rf"[{re.escape(EMPHASIS_MARKS)}]{{0,2}}"
_ITEM_MARKS = LIST_MARKS + "–—"
_LABEL_BEFORE = re.compile(
    rf"(?:^|\n)[ \t]*(?P<item>(?:[{re.escape(_ITEM_MARKS)}]|\d{{1,2}}[.)])[ \t]+)?{_MARK}[ \t]*$"
)
#: the separator after a line's label time: "." or ":" (a dash too in a list item: "- 6 March - ...")
_LABEL_AFTER = re.compile(rf"[ \t]*{_MARK}[ \t]*(?P<sep>[.:]|[-–—])[ \t]*{_MARK}[ \t]*(?=\S)")


def _labelled_lines(frames: list[EventFrame], text: str, placed: list[_Placed], chosen: dict[int, EventTime]) -> None:
    """A time that labels a line (a dated list item, a timeline's "12 October: ..."; not a dateline, which
    names a place first) dates the events of the rest of that line that have no time of their own."""
    for p in placed:
        t = p.t
        if t.type not in ("DATE", "TIME") or t.interval is None:
            continue
        before = _LABEL_BEFORE.search(text, max(0, t.start - 12), t.start)
        if before is None:
            continue
        after = _LABEL_AFTER.match(text, t.end)
        if after is None or (after.group("sep") not in ".:" and before.group("item") is None):
            continue
        end = text.find("\n", after.end())
        end = len(text) if end < 0 else end
        stop = None if before.group("item") else re.search(r"[.!?](?=\s|$)", text[after.end() : end])
        end = end if stop is None else after.end() + stop.end()  # outside a list item: the labelled sentence only
        et = _point(p)
        for k, f in enumerate(frames):
            if after.end() <= f.trigger.start < end and k not in chosen and et is not None:
                chosen[k] = et


def _decider(attach: Token | None) -> Token | None:
    """The verb deciding, planning or announcing ([tense] ``future_lemmas``) a "from" time hangs on, directly
    or through the infinitive it governs ("ordered the union to end the strike from Thursday")."""
    tok = attach
    for _ in range(3):
        if tok is None or tok.pos_ != "VERB":
            return None
        if tok.lemma_.lower() in FUTURE_LEMMAS:
            return tok
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _decided(verb: Token, triggers: dict[int, int]) -> int | None:
    """What a deciding verb decides, when it is a trigger: its infinitive or complement clause ("decided to
    close the plant", down a chain of infinitives), its own object ("announced price cuts"), the object of
    its "to" ("agreed to a pay rise"); else None (the time dates nothing: "ordered them back to work from
    Thursday", "ordered the union to end the strike from Thursday": no ending frame)."""
    tok = verb
    for _ in range(3):
        kids = list(tok.children)
        for c in kids:
            if c.dep_ in ("xcomp", "ccomp") and c.i in triggers:
                return triggers[c.i]
        for c in kids if tok is verb else ():
            if c.dep_ == "dobj" and c.i in triggers:
                return triggers[c.i]
            if c.dep_ == "prep" and c.lower_ == "to":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.i in triggers:
                    return triggers[obj.i]
        nxt = next((c for c in kids if c.dep_ == "xcomp"), None)
        if nxt is None:
            return None
        tok = nxt
    return None


_UP_DOWN = frozenset({"up", "down"})


def _baseline(p: _Placed, published: date | None) -> bool:
    """The time of the value a change is measured from: inside a "from" phrase on "up"/"down" ("up from 14 %
    a year ago") or whose object is a value ("fell to 40,000 from 52,000 in May"). It dates that value, not
    the change (a range, "a rise from January to March", is taken before). When the object of "from" is the
    time itself, on a change ("an increase from 1 January"), it is when the change takes effect, unless the
    change is measured against a value ("closed at 5,210, a small rise from earlier today", "an increase of
    60 points from 2 March") and the time is not ahead of the publication date: then it stands for the level
    at that time."""
    tok = p.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ == "from":
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if (
                tok.head.lower_ in _UP_DOWN
                or _amount(tok.head)
                or (obj is not None and obj.i != p.root.i and _amount(obj))
            ):
                return True  # "a gain of 9 pence from last Friday": the phrase hangs on a value
            change = _change_of(tok)
            ahead = published is not None and p.t.interval is not None and p.t.interval.start > published
            if change is None or ahead:
                return False
            if _compared_with(p):
                return True  # "a rise from last year", "an increase from the previous quarter": compared with
            return _measured(change)  # "a 5 % pay rise from 1 January": when it takes effect
        tok = tok.head
    return False


def _change_of(prep: Token) -> Token | None:
    """The noun of change a "from" phrase is about: the noun it hangs on ("an increase from 1 January"), or
    the object of the verb it hangs on ("confirmed a cut in charges from 1 May")."""
    head = prep.head
    if head.pos_ == "NOUN":
        return head if _change_noun(head.lemma_.lower()) else None
    if head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ == "dobj" and _change_noun(c.lemma_.lower())), None)
    return None


def _compared_with(p: _Placed) -> bool:
    """A relative or deictic time ([event_time] ``comparison_baselines``: "last year", "the previous quarter",
    "the same period", "a year earlier"): as the object of "from" on a change, what it is compared with."""
    span = p.root.doc.char_span(p.t.start, p.t.end, alignment_mode="expand")
    words = span if span is not None else [p.root]
    return any(w.lower_ in COMPARISON_BASELINES for w in words)


def _measured(change: Token) -> bool:
    """A change measured against a level: "of" a value ("an increase of 60 points from 2 March") or restating
    a value of its clause ("closed at 5,210, a small rise"). An amount before the noun is no level: "a 5 % pay
    rise from 1 January" takes effect then."""
    for c in change.children:
        if c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and _amount(g) for g in c.children):
            return True
    head = change.head
    if head.i == change.i:
        return False
    if change.dep_ == "appos" and _amount(head):
        return True
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and _amount(g) for g in c.children)
        for c in head.children
        if c.i != change.i and c.lower_ != "from"
    )


def _change_started(p: _Placed, triggers: dict[int, int]) -> int | None:
    """The change a "from" time on its verb starts ("confirmed a cut in charges from 1 May": the cut's)."""
    root = p.root
    if p.prep != "from" or root.dep_ != "pobj" or root.head.head.pos_ != "VERB":
        return None
    change = _change_of(root.head)
    return None if change is None else triggers.get(change.i)


@cache
def _change_noun(lemma: str) -> bool:
    """A noun of a class a "from" time dates as when it takes effect ([event_time] ``effective_from_classes``:
    "rise", "increase", "fall", "loss" under ``change``; "cut", "closure")."""
    lex = lexicon()
    cls = lex.nouns.get(lemma)
    return cls is not None and not EFFECTIVE_FROM_CLASSES.isdisjoint(lex.ancestors.get(cls, (cls,)))


def _amount(tok: Token) -> bool:
    """A number or a noun counted by one ("52,000", "14 %", "3 million units")."""
    return tok.like_num or tok.tag_ == "CD" or any(c.dep_ == "nummod" for c in tok.children)


def _comparison(p: _Placed) -> bool:
    """A superlative or "first" just before a "since" phrase ("its worst day since 1987", "its
    lowest level since 2003", "the first time since March"): the phrase is the baseline of a
    comparison, not when the event happens."""
    prep = p.root.head if p.root.dep_ == "pobj" else p.root
    sent_start = prep.sent.start
    words = prep.doc[max(sent_start, prep.i - 4) : prep.i]
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ == "first" for t in words)


def _superlative(p: _Placed) -> bool:
    """A superlative or "first" just before an "in N years" phrase ("its lowest level in six years",
    "the first strike at the plant in 19 years"): the duration is the baseline of a comparison, no
    time to come."""
    prep = p.root.head if p.root.dep_ == "pobj" else p.root
    if any(t.tag_ in ("JJS", "RBS") for t in prep.doc[max(prep.sent.start, prep.i - 3) : prep.i]):
        return True
    # "was the first (strike) at the plant in 19 years", "a profit, its first in six years": "first" naming
    # what a copula or an apposition says of something (not "delivers the first units within 90 days")
    return any(
        t.lower_ == "first" and (t.dep_ in _SAID_OF or (t.dep_ == "amod" and t.head.dep_ in _SAID_OF))
        for t in prep.doc[max(prep.sent.start, prep.i - 5) : prep.i]
    )


_SAID_OF = frozenset({"attr", "appos"})


def _range_end(p: _Placed, placed: list[_Placed], by_root: dict[int, _Placed]) -> _Placed | None:
    doc = p.root.doc
    of = p.root.head if p.root.dep_ == "pobj" and p.root.head.lower_ == "of" else None
    period = of.head if of is not None and of.head.dep_ == "pobj" else None
    if (
        p.prep in _RANGE_START
        or (p.first > 0 and doc[p.first - 1].lower_ in _RANGE_START)
        or (period is not None and period.head.lower_ in _RANGE_START)  # "from the early hours of 15 May to ..."
    ):
        # by the words, whatever the parse made of them ("fell ill between 2 September and 20 October")
        after = [q for q in placed if q.t.start >= p.t.end and q.t.type in ("DATE", "TIME")]
        nxt = min(after, key=lambda q: q.t.start, default=None)
        if nxt is not None and _RANGE_JOIN.match(doc_text(doc)[p.t.end : nxt.t.start]):
            return nxt
    if p.prep not in _RANGE_START:
        return _next_day(p, by_root)
    for c in p.root.children:
        if c.dep_ == "conj" and c.i in by_root:
            return by_root[c.i]
    if p.attach is None:
        return None
    for q in placed:
        if q is not p and q.attach is not None and q.attach.i == p.attach.i and q.prep in _RANGE_END:
            if q.t.start > p.t.start:
                return q
    return None


def _next_day(p: _Placed, by_root: dict[int, _Placed]) -> _Placed | None:
    """ "postponed operations on Monday and Tuesday", "will not run on Tuesday or Wednesday": a day joined to
    the next days of its week is one span (the event's days), not two events."""
    t = p.t
    if t.granularity != "day" or t.interval is None:
        return None
    for c in p.root.children:
        q = by_root.get(c.i) if c.dep_ == "conj" else None
        if q is None or q.t.granularity != "day" or q.t.interval is None:
            continue
        gap = doc_text(p.root.doc)[t.end : q.t.start].strip().lower()
        if gap in ("and", "or") and 0 < (q.t.interval.start - t.interval.end).days <= 6:
            return q
    return None


def _week_of(p: _Placed) -> bool:
    """ "the week of 22 June": a day that names its week."""
    r = p.root
    return (
        p.t.granularity == "day"
        and r.dep_ == "pobj"
        and r.head.lower_ == "of"
        and r.head.head.lemma_.lower() == "week"
        and p.t.interval is not None
    )


def _day_range_start(p: _Placed, doc: Doc) -> tuple[date, int, Token | None] | None:
    """ "between 1 and 11 September": the first day of the range (the number before the date), where it
    starts in the text, and the word the range hangs on."""
    t = p.t
    if t.granularity != "day" or t.interval is None or t.interval.start != t.interval.end:
        return None
    m = _DAY_RANGE.search(doc.text[max(0, t.start - 40) : t.start])
    if m is None:
        return None
    day = int(m.group(1))
    end = t.interval.start
    if not 1 <= day < end.day:
        return None
    char_start = t.start - (len(doc.text[max(0, t.start - 40) : t.start]) - m.start(1))
    words = doc.char_span(char_start, t.start, alignment_mode="expand")
    attach = p.attach
    if words is not None and words.start > 0:
        # the preposition opening the range ("between") hangs on the word the range dates
        prep = doc[words.start - 1]
        if prep.dep_ == "prep" and prep.head.i != prep.i:
            attach = prep.head
    return end.replace(day=day), char_start, attach


@cache
def _negated_bounds() -> frozenset[str]:
    """The deferral words of ``models/events.toml`` that bound a time ("would not resume before 4
    January": from then on; "not due until October": then), not "pending" (which takes no time)."""
    return frozenset(lexicon().deferrals & _UNTIL)


def _negated(tok: Token | None) -> bool:
    """A negation on the word a bound hangs on, or on the verb that word complements ("is not due until")."""
    for _ in range(2):
        if tok is None:
            return False
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "acomp", "pcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _moved_theme(p: _Placed, triggers: dict[int, int]) -> int | None:
    """The frame a moved-to verb moves to the time ("postponed the test to September": the test), when
    its object (or passive subject) is a trigger."""
    verb = p.attach
    if verb is not None and verb.dep_ == "prep" and verb.lower_ in _RANGE_START:
        verb = verb.head  # "moved the hearing from 17 September to 24 September": "to" hung on "from"
    if verb is None or p.prep not in MOVED_TO_PREPS or p.noun:
        return None
    if verb.lemma_.lower() not in MOVED_TO_LEMMAS or (verb.i in triggers and _lasting(verb)):
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.i in triggers:
            return triggers[c.i]
    return None


#: how a task hangs on the act that sets it: "ordered the inspectorate to examine the outage, and to report within 30
#: days" (report: conj of examine, xcomp of ordered)
_SET_BY = frozenset({"xcomp", "conj", "ccomp"})


def _setting_day(tok: Token, frames: list[EventFrame], triggers: dict[int, int], published: date) -> date:
    """The day a length counts from when the text names no event ("within 30 days"): the day of the act that sets
    the task, when the text dates it before publication ("on Wednesday ordered the inspectorate ... to report
    within 30 days": 30 days from Wednesday), else the publication date."""
    hops = 0
    while tok.dep_ in _SET_BY and tok.head.i != tok.i and hops < 3:
        tok = tok.head
        hops += 1
        k = triggers.get(tok.i)
        t = frames[k].time if k is not None else None
        if t is not None and t.kind == "point" and t.start is not None and t.start == t.end:
            return t.start if t.start < published else published
    return published


def _scheduled_for(p: _Placed, triggers: dict[int, int]) -> int | None:
    """The event a scheduling verb (``scheduling_verbs``) sets a time "for": its object or passive subject, when that
    names an event ("called an extraordinary meeting for Tuesday evening", "the hearing was scheduled for 26
    November")."""
    verb = p.attach
    if verb is None or p.prep != "for" or p.noun or verb.pos_ != "VERB":
        return None
    if lexicon().word(verb.lemma_.lower()) not in SCHEDULING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return _noun_event(obj, triggers) if obj is not None else None


def _lasting(verb: Token) -> bool:
    return verb.lemma_.lower() in LASTING_LEMMAS


def _when_clauses(frames: list[EventFrame], doc: Doc, triggers: dict[int, int], chosen: dict[int, EventTime]) -> None:
    """ "When the ministry signed the deal on Monday, the rival appealed": a clause opened by a when word
    gives its time to the verb it hangs on, when that has none; and the other way round, a dated clause gives
    its point time to the when clause that hangs on it, when that has none ("two hikers were killed on Saturday
    when an avalanche swept the slope": the avalanche's sweeping; "when a rockfall hit the trail": a verb of no
    event's, its event-noun subject). The news lead's pattern: the toll dated, its cause told in the when clause."""
    for k, f in enumerate(frames):
        tok = doc[f.trigger.token]
        if k not in chosen or tok.dep_ != "advcl" or tok.head.i == tok.i or chosen[k].kind != "point":
            continue
        main = _when_main(tok)
        if main is None:
            continue
        head = triggers.get(main.i)
        if head is not None and head not in chosen:
            chosen[head] = chosen[k]
    for tok in doc:
        if tok.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX") or tok.head.i == tok.i:
            continue
        main = _when_main(tok)
        head = triggers.get(main.i) if main is not None else None
        if head is None or head not in chosen or chosen[head].kind != "point":
            continue
        for k in _when_events(tok, triggers):
            if k not in chosen:
                chosen[k] = chosen[head]


def _harm_causes(frames: list[EventFrame], doc: Doc, triggers: dict[int, int], chosen: dict[int, EventTime]) -> None:
    """A verb of harm (``harm_classes`` of ``[event_time]``) with a point time gives it to the event noun that does
    the harm, its subject or agent, when that has none: "a gas explosion destroyed part of the block at 06:40 on
    Tuesday", "the flats wrecked by an explosion on Monday, 9 March" (the explosion then)."""
    for k, et in list(chosen.items()):
        verb = doc[frames[k].trigger.token]
        if et.kind != "point" or verb.pos_ != "VERB" or not _harm_class(frames[k].event_class):
            continue
        for c in verb.children:
            doer = c if c.dep_ == "nsubj" else next((o for o in c.children if o.dep_ == "pobj"), None)
            if c.dep_ not in ("nsubj", "agent") or doer is None or doer.pos_ != "NOUN":
                continue
            j = triggers.get(doer.i)
            if j is not None and j not in chosen and frames[j].event_class != frames[k].event_class:
                chosen[j] = et


@cache
def _harm_class(cls: str) -> bool:
    """A class of harm ([event_time] ``harm_classes``, with their subclasses)."""
    return not HARM_CLASSES.isdisjoint(lexicon().ancestors.get(cls, (cls,)))


def _when_events(verb: Token, triggers: dict[int, int]) -> list[int]:
    """The frames a when clause tells: its verb's, else (a verb of no event: "when a rockfall hit the trail") its
    event-noun subject's."""
    k = triggers.get(verb.i)
    if k is not None:
        return [k]
    return [j for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (j := triggers.get(c.i)) is not None]


_WHEN_PHRASES = tuple(sorted((tuple(w.split()) for w in WHEN_WORDS), key=len, reverse=True))


def _when_main(tok: Token) -> Token | None:
    """The clause a when word or phrase ending just before ``tok``'s clause opens it onto ("When X signed
    ..., Y appealed": appealed; "As soon as X signed ..., Y appealed": "As soon" hangs on appealed, the
    clause on "soon"), else None."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ not in ("advmod", "mark") or c.i >= tok.i:
            continue
        for words in _WHEN_PHRASES:
            lo = c.i - len(words) + 1
            if lo >= 0 and tuple(t.lower_ for t in doc[lo : c.i + 1]) == words:
                main = tok.head
                while lo <= main.i <= c.i and main.head.i != main.i:
                    main = main.head
                return main
    return None


_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
#: the prepositions that put an event inside a length counted back ("in / over / during the past week")
_BACK_PREPS = frozenset({"in", "within", "over", "during"})


def _looks_back(p: _Placed) -> bool | None:
    """A length counted back from the time of writing: "the past three days", "the last two weeks" (True);
    False for one anchored by "of <period>" ("the last two weeks of the year": the end of that period, not of
    today); None for a length with no looking-back word."""
    doc = p.root.doc
    span = doc.char_span(p.t.start, p.t.end, alignment_mode="expand")
    if span is None or not any(w.lower_ in LOOKING_BACK for w in span[:3]):
        return None
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        obj = next((g for g in doc[span.end].children if g.dep_ == "pobj"), None)
        nxt = doc[span.end + 1 : span.end + 3]
        if (obj is not None and (obj.lemma_.lower() in PERIOD_WORDS or obj.ent_type_ == "DATE")) or any(
            w.lemma_.lower() in PERIOD_WORDS or w.ent_type_ == "DATE" for w in nxt
        ):
            return False
    return True


def _future(tok: Token | None) -> bool:
    """A clause told ahead of the time of writing: "will", "shall" or "going to" on the verb."""
    for _ in range(3):
        if tok is None:
            return False
        if any(
            c.dep_ in ("aux", "auxpass")
            and (c.lower_ in ("will", "shall", "'ll") or c.tag_ == "MD" and c.lemma_ == "will")
            for c in tok.children
        ):
            return True
        if tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _expected(
    p: _Placed, frames: list[EventFrame], triggers: dict[int, int], published: date | None
) -> tuple[int | None, EventTime | None]:
    """An expected interval from "within / in N units [of EVENT]"; the interval before publication from a
    length counted back ("in the past three days", "over the last two weeks": [event_time] ``looking_back``)."""
    m = _DURATION.match(p.t.value)
    back = _looks_back(p)
    if back is not None and (not back or published is None):
        return None, None  # "the last three months of the year": no length ahead either
    if m is not None and published is not None and back:
        k = _governed(p.attach, triggers, carry=False) if p.prep in _BACK_PREPS else None
        if k is None or _future(p.attach) or frames[k].factuality == "expected":
            return None, None  # "output will be cut over the last two weeks": not the weeks before writing
        n, unit = float(m.group(1)), m.group(2)
        return k, EventTime(
            text=p.t.text,
            value=p.t.value,
            start=add_duration(published, -n, unit),
            end=published,
            granularity=_UNIT_GRANULARITY.get(unit, "day"),  # type: ignore[arg-type]
            kind="interval",
            char_start=p.t.start,
            char_end=p.t.end,
        )
    task = _allowed_task(p, counted=True) if m is not None and p.prep is None else None
    if m is None or (p.prep not in _WITHIN and task is None) or _superlative(p):
        return None, None  # (not "its lowest level in six years": a comparison's baseline)
    n, unit = float(m.group(1)), m.group(2)
    # (a length on a light verb stays off its noun: "may lodge an objection within six weeks" counts from an
    # event the text may not date, and the publication date is seldom it; "has six weeks to lodge an objection"
    # is the objection's)
    k = _governed(task, triggers) if task is not None else _governed(p.attach, triggers, carry=False)
    if k is None:
        # "expected to be operational within 90 days": the nearest expected frame of the sentence
        sent = p.root.sent
        cands = [
            i
            for i, f in enumerate(frames)
            if sent.start_char <= f.trigger.start < sent.end_char and f.factuality == "expected"
        ]
        k = min(cands, key=lambda i: abs(frames[i].trigger.token - p.root.i)) if cands else None
    if k is None:
        return None, None
    ref, anchor = published, None
    lex = lexicon()
    for prep in p.root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _FROM_EVENT:
            continue
        obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        lemma = obj.lemma_.lower()
        cls = lex.nouns.get(lemma) or lex.verbs.get(lemma) or lex.nouns.get(obj.lower_)
        if cls is None:
            continue
        # the latest earlier frame of a related class with a time of its own
        for f in reversed(frames[:k]):
            if f.time is not None and f.time.start is not None and lex.related(f.event_class, cls):
                ref, anchor = f.time.start, f.id
                break
        if anchor is None:
            for f in frames:
                if f.time is not None and f.time.start is not None and lex.related(f.event_class, cls):
                    ref, anchor = f.time.start, f.id
                    break
    if anchor is None and ref is not None:
        ref = _setting_day(p.root.doc[frames[k].trigger.token], frames, triggers, ref)
    if ref is None:
        return None, None
    if anchor is None and frames[k].factuality != "expected" and p.root.doc[frames[k].trigger.token].tag_ == "VBD":
        return None, None  # "how the story changed in six weeks", "shares fell 20 % in a month": past, no deadline
    end = add_duration(ref, n, unit)
    return k, EventTime(
        text=p.t.text,
        value=p.t.value,
        start=ref,
        end=end,
        granularity=_UNIT_GRANULARITY.get(unit, "day"),  # type: ignore[arg-type]
        mod="ON_OR_BEFORE",
        kind="expected",
        char_start=p.t.start,
        char_end=p.t.end,
        anchor=anchor,
    )
