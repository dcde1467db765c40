"""The event lexicon (``models/events.toml``): event classes, their trigger
lemmas and hypernyms, validated at load.

Entries of a file of the same name in a ``CLAIMLINE_LEXICONS`` directory are
added to the shipped ones. Every error names the file and the entry. No spaCy
here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pydantic import Field, ValidationError, field_validator

from .. import lexicons
from ..errors import ClaimlineError
from ..lexicon_files import merge
from ..strict import Strict as _Strict

FILE = "events.toml"
#: Class of a frame whose trigger is a verb the lexicon does not list.
OTHER = "other"
#: The ``class`` of a ``[[sense]]`` in which the word names no event ("Russian pilots", "struck a balance").
NO_EVENT = "none"
#: The root class of speech acts (``models/events.toml``): what a statement is about is not the statement's.
SPEECH = "communicate"


class EventClassEntry(_Strict):
    name: str = Field(description="lower_snake_case class name, unique")
    hypernym: str | None = Field(default=None, description="A broader class (must exist)")
    verbs: list[str] = Field(default_factory=list, description="Verb lemmas; 'step down' = verb + particle")
    nouns: list[str] = Field(default_factory=list, description="Lemmas of nominalisations")
    adjectives: list[str] = Field(
        default_factory=list, description="Predicative adjectives that name the event ('operational')"
    )
    light_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns naming the event only as the object of a light verb ('share the cost'; not 'cut costs')",
    )
    states: list[str] = Field(
        default_factory=list,
        description="Verbs naming the event only as a state someone wants ('have the system running')",
    )
    commentary: bool = Field(default=False, description="Speech or opinion: not an event of the timeline alone")
    symmetric: bool = Field(
        default=False, description="Parties interchangeable ('X signed with Y' = 'Y signed with X'); inherited"
    )
    converse: list[str] = Field(
        default_factory=list,
        description="Verbs of the class whose subject receives ('won the contract' = was awarded it)",
    )
    one_party: bool = Field(
        default=False,
        description="One party undergoes the event, named as agent or theme ('GM filed for bankruptcy' = "
        "'the bankruptcy of GM'); inherited",
    )
    incident: bool = Field(
        default=False,
        description="A happening a story is about, with no object and seldom a party ('the explosion', 'the quake', "
        "'the derailment'): a story's articles name one such event with their own words; inherited",
    )
    report_window_days: int | None = Field(
        default=None,
        ge=0,
        le=365,
        description="Days before its report an event of the class without a time in the text happened "
        "(markets move daily); inherited; default identity.REPORT_WINDOW_DAYS",
    )
    horizon_days: int | None = Field(
        default=None,
        ge=1,
        le=3650,
        description="Days apart beyond which two reports of the class are neither one event nor one event "
        "but for its time (a market's falls, an announcement); inherited; default the file's horizon_days",
    )

    @field_validator("name")
    @classmethod
    def _snake(cls, v: str) -> str:
        if not v or not v.replace("_", "").isalpha() or v.lower() != v:
            raise ValueError("event class names are lower_snake_case")
        return v

    @field_validator("verbs", "nouns", "adjectives", "states", "light_nouns")
    @classmethod
    def _lemmas(cls, v: list[str]) -> list[str]:
        for lemma in v:
            if not lemma.strip() or lemma != lemma.lower() or len(lemma.split()) > 2:
                raise ValueError(f"bad lemma {lemma!r}: lower case, one word or verb + particle")
        return v


class SenseEntry(_Strict):
    """A word's sense chosen by the words around it: "strike" is a labour action in "a port strike",
    "went on strike", "the union will strike", an attack in "an air strike"."""

    lemmas: list[str] = Field(description="The words' lemmas (triggers of another class, or of none)")
    pos: list[str] = Field(description="'noun' and/or 'verb': where the sense applies")
    event_class: str = Field(
        alias="class",
        description="The class of the word in this sense (must exist), or 'none': in this sense the word names "
        "no event ('Russian pilots', 'struck a balance')",
    )
    context: list[str] = Field(
        default_factory=list,
        description="Lemmas that choose the sense: the word's modifiers or possessor ('port strike', 'the "
        "union's strike'), the party after 'by', the noun it modifies ('strike action'), the preposition it is "
        "the object of ('on strike'), a verb's subject ('the union will strike')",
    )
    weak_context: list[str] = Field(
        default_factory=list,
        description="Lemmas that stand around the word in the same places as `context` but also in the other "
        "sense ('an airport strike', 'a strike by pilots'): they choose the sense only in an article that names "
        "it elsewhere by a `context` word or a word of the class, and names no `unless` word and no other word "
        "of the word's own class",
    )
    unless: list[str] = Field(
        default_factory=list,
        description="Lemmas that, anywhere in the article, keep `weak_context` from choosing the sense "
        "('air', 'missile', 'drone': the article reports attacks)",
    )
    intransitive: bool = Field(
        default=False, description="As a verb, the sense has no direct object ('workers struck', not 'struck a deal')"
    )
    clause: bool = Field(
        default=False,
        description="As a verb, the sense has a clause of what is to be done: an infinitive or a that-clause "
        "('ordered the union to suspend the action', 'ordered that the works stop'), not 'ordered 40 laptops'",
    )
    directive: bool = Field(
        default=False,
        description="As a verb, chosen by an infinitive of what the one told is to do, after the verb's object "
        "or its passive ('told residents to stay indoors', 'were told not to drink the water'): an instruction, "
        "not speech; a that-clause ('told the board that ...') does not choose it",
    )
    objects: list[str] = Field(
        default_factory=list,
        description="As a verb, lemmas of its direct object (or passive subject) that choose the sense "
        "('landed two contracts', 'struck a balance'); as a noun, of its target after 'on'/'against' "
        "('an attack on the plan'); a broader noun of [object_nouns.broader] stands for its narrower nouns too",
    )
    context_kinds: list[str] = Field(
        default_factory=list,
        description="Kinds of thing of [thing_kinds] whose nouns are context words of the sense: a structure that "
        "collapses or gives way ('the roof collapsed', 'the embankment gave way'), not a market, a government or "
        "talks (one vocabulary for every sense of such a happening)",
    )
    idiom_objects: list[str] = Field(
        default_factory=list,
        description="As a verb, the sense holds only with one of these bare nouns as its object or right after "
        "it, an idiom of verb and noun ('the roof gave way'; 'the system gave a score' is none of it); its "
        "context words then choose it as usual",
    )
    goals: list[str] = Field(
        default_factory=list,
        description="As a verb, lemmas of what it moves onto, into or against ('ran onto rocks', 'drifted into a "
        "sandbank', 'slammed into a tree') that choose the sense",
    )
    preps: list[str] = Field(
        default_factory=list,
        description="As a verb, prepositions it governs that choose the sense: a verb told with its preposition "
        "('looked into the failure', 'the outage is being looked into'), or with a particle the parser takes for "
        "one ('switched off its assistant')",
    )
    prep_objects: list[str] = Field(
        default_factory=list,
        description="As a verb, a preposition it governs with the lemma of that preposition's object, as "
        "'preposition noun', that choose the sense: an idiom told by its phrase ('were taken to hospital', 'put "
        "the project on hold', 'treated for burns'); the preposition alone ('taken to court') chooses nothing",
    )
    doers: list[str] = Field(
        default_factory=list,
        description="As a verb, lemmas of who does it in this sense: with `doers`, a verb whose `objects` or "
        "`goals` choose the sense does not take it when its active subject or party after 'by' is none of them, "
        "nor a name, nor a personal pronoun ('a fire killed 200 cows' is no cull, 'the merger talks ran into a "
        "wall' no accident; review 16 X17/X19)",
    )
    others_do: list[str] = Field(
        default_factory=list,
        description="Lemmas of the sense's verbs that take it when their active subject or party after 'by' is no "
        "person (a person's name, a personal pronoun) nor one of `doers`: 'the strike hurt commuters', 'prices "
        "have hurt families' (not 'he hurt his hand', 'four passengers were hurt'; review 16 X21)",
    )
    discourse: bool = Field(
        default=False,
        description="One sense per article: the word with no context of its own takes this sense when the "
        "article names it elsewhere and no other ('the strike began at 5am' after 'the walkout')",
    )
    plural: bool = Field(
        default=False, description="As a noun, its plural form chooses the sense ('Russian pilots' are people)"
    )
    converse: bool = Field(
        default=False,
        description="As a verb in this sense its subject is the one who receives, as a class's `converse` verbs "
        "('Kestrel secured the contract' is the contract awarded to Kestrel)",
    )
    agents: bool = Field(
        default=False,
        description="As a noun, who acts on it chooses the sense too, by a `context` word: the subject of the "
        "verb whose object it is ('the union called off the strike'), or the one told to act ('ordered the "
        "union to suspend the strike')",
    )
    people: bool = Field(
        default=False,
        description="A named person acting on a person (or a person on a named person) chooses the sense: "
        "'Ames attacked Birch', 'Ames's attacks on him', 'he attacked Birch' (not with an instrument: 'with a knife')",
    )
    agent_verbs: list[str] = Field(
        default_factory=list,
        description="With `agents`: the verbs that conduct or end the action ('called off', 'staged'); the "
        "subject of any other verb ('condemned the strike', 'survived the strike') chooses nothing",
    )
    keep_beside: list[str] = Field(
        default_factory=list,
        description="Words beside the word — a preposition after it ('an order for 40 buses'), the verb whose "
        "object or subject it is ('placed the order') — that keep it from taking the sense the article names "
        "elsewhere when no context word of its own chooses it",
    )

    @field_validator("pos")
    @classmethod
    def _pos(cls, v: list[str]) -> list[str]:
        if not v or any(p not in ("noun", "verb") for p in v):
            raise ValueError("pos: 'noun' and/or 'verb'")
        return v

    @field_validator("lemmas")
    @classmethod
    def _lemma(cls, v: list[str]) -> list[str]:
        if not v:
            raise ValueError("a sense needs a word")
        for lemma in v:
            if not lemma.strip() or lemma != lemma.lower() or lemma.strip() != lemma or lemma.count(" ") > 1:
                raise ValueError(f"bad lemma {lemma!r}: one word or a verb with its particle, lower case")
        return v

    @field_validator("context", "weak_context", "unless", "objects", "goals", "preps", "context_kinds", "idiom_objects")
    @classmethod
    def _weak(cls, v: list[str]) -> list[str]:
        return _context_words(v)

    @field_validator("prep_objects")
    @classmethod
    def _prep_objects(cls, v: list[str]) -> list[str]:
        for phrase in v:
            if phrase != phrase.lower() or len(phrase.split(" ")) != 2 or "" in phrase.split(" "):
                raise ValueError(f"bad prep_objects phrase {phrase!r}: 'preposition noun', lower case")
        return v


def _context_words(v: list[str]) -> list[str]:
    for w in v:
        if not w.strip() or w != w.lower() or " " in w:
            raise ValueError(f"bad context word {w!r}: one word, lower case")
    return v


@dataclass(frozen=True)
class Sense:
    """A resolved :class:`SenseEntry` (``event_class`` None: the word names no event in this sense)."""

    event_class: str | None
    context: frozenset[str]
    intransitive: bool = False
    weak_context: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    clause: bool = False
    keep_beside: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    agents: bool = False
    plural: bool = False
    discourse: bool = False
    agent_verbs: frozenset[str] = frozenset()
    people: bool = False
    goals: frozenset[str] = frozenset()  # (a verb's: what it moves onto, into or against)
    doers: frozenset[str] = frozenset()  # (a verb's: who does it in this sense)
    others_do: frozenset[str] = frozenset()  # (verbs taking the sense when no person nor a doer does them)
    directive: bool = False  # (a verb's: chosen by an infinitive of what the one told is to do)
    preps: frozenset[str] = frozenset()  # (a verb's: prepositions it governs that choose the sense)
    #: (a verb's: (preposition, its object's lemma) it governs that choose the sense: "taken to hospital")
    prep_objects: frozenset[tuple[str, str]] = frozenset()
    #: (a verb's: the bare nouns of an idiom it holds only with, as object or right after it: "gave way")
    idiom_objects: frozenset[str] = frozenset()


class DateClassEntry(_Strict):
    classes: list[str] = Field(default_factory=list, description="Event classes whose verbs fall in this date class")
    words: list[str] = Field(default_factory=list, description="Further verb lemmas of the date class")


class DateQuestionsEntry(_Strict):
    start: DateClassEntry = Field(default_factory=DateClassEntry)
    end: DateClassEntry = Field(default_factory=DateClassEntry)
    sign: DateClassEntry = Field(default_factory=DateClassEntry)
    ongoing: DateClassEntry = Field(
        default_factory=DateClassEntry, description="States that start when their time reads 'from ...'"
    )
    light_classes: list[str] = Field(
        default_factory=list, description="Classes whose verbs are never a polarity question"
    )
    light: list[str] = Field(default_factory=list, description="Further verbs that are never a polarity question")
    irregular: dict[str, str] = Field(default_factory=dict, description="Irregular past form -> lemma")


@dataclass(frozen=True)
class DateQuestions:
    """The date classes of claim-level reconciliation (``[date_questions]``), resolved to lemmas."""

    start: frozenset[str]
    end: frozenset[str]
    sign: frozenset[str]
    ongoing: frozenset[str]
    frames: frozenset[str]  # expectation verbs: their complement names the event
    frame_forms: tuple[str, ...]  # their inflected forms ("planned", "is due", "slated")
    light: frozenset[str]
    irregular: dict[str, str]


def inflections(lemma: str) -> set[str]:
    """The regular forms of a verb lemma ("plan" -> "plans", "planned", "planning")."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


class ObjectNounsEntry(_Strict):
    synonyms: list[list[str]] = Field(
        default_factory=list, description="Sets of object nouns that may name one thing ('factory', 'plant')"
    )
    general: list[str] = Field(
        default_factory=list, description="Object nouns that may stand for a more specific one ('suspect', 'site')"
    )
    broader: dict[str, list[str]] = Field(
        default_factory=dict,
        description="A noun -> the nouns of things it counts or names among others ('cattle': 'cow', 'bull'): a "
        "figure of one is a figure of the other told by another word ('300 cows' / '450 cattle')",
    )


class EventLexiconFile(_Strict):
    event: list[EventClassEntry]
    date_questions: DateQuestionsEntry = Field(
        default_factory=DateQuestionsEntry, description="Date classes of claim-level reconciliation"
    )
    light_verbs: list[str] = Field(default_factory=list)
    doing_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of calling, organising or carrying out an event ('call', 'organise', 'lead'): an event "
        "noun they are said of in the passive takes their agent after 'by' as its own ('the strike called by the "
        "union', 'the walkout, organised by the federation'), as a light verb's does",
    )
    light_prepositions: list[str] = Field(
        default_factory=list,
        description="Prepositions a light verb puts its event noun under when it has no event object ('placed under "
        "investigation', 'placed the town under a curfew'): the noun is the event, the verb gives it its time and "
        "parties",
    )
    light_acts: list[str] = Field(
        default_factory=list,
        description="Light verbs that tell an act of their own when no event noun is theirs ('took EUR 68 million "
        "from the accounts', 'the decision was taken on Monday'), a verb of no class as any other",
    )
    habit_determiners: list[str] = Field(
        default_factory=list,
        description="Determiners of each one of many ('each decision is taken on the basis of the data'): a light "
        "act whose subject or object they determine tells a habit, no act",
    )
    bare_light_prepositions: list[str] = Field(
        default_factory=list,
        description="As light_prepositions, for a light verb with no object at all ('filed for bankruptcy'; not "
        "'gave evidence for the inquiry')",
    )
    burden_prepositions: list[str] = Field(
        default_factory=list,
        description="Prepositions after a light verb (or its participle) whose object the event befalls, its theme "
        "('imposed a fine on the bank', 'the fine imposed on the bank')",
    )
    receiving_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs whose subject receives or faces the event noun they take as object ('faces a fine', 'got "
        "a contract'): the noun's theme, not its agent",
    )
    not_events: list[str] = Field(default_factory=list)
    state_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of staying or coming to be in a state: a participle or adjective of a class after them "
        "is that class's event told as a state ('stayed closed until Friday', 'went live on Monday')",
    )
    state_adjectives: dict[str, str] = Field(
        default_factory=dict,
        description="Adjective -> class: an adjective naming the class's event only after a verb of `state_verbs` "
        "('fell ill', 'went dark'; 'sick and tired of' names none)",
    )
    stative_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of a state, not an event ('know', 'exceed'): an unlisted one naming no one is no frame "
        "(models/wordnet/stative_verbs.toml, generated from WordNet 3.0)",
    )
    happening_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of coming to pass ('happen', 'break out', 'take effect'): with an event noun as subject "
        "the noun is the event (models/wordnet/happening_verbs.toml, generated from WordNet 3.0)",
    )
    event_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns a frequent sense of which is a happening ('riot', 'fighting', 'vote'): the event a verb "
        "of coming to pass tells (models/wordnet/happening_verbs.toml, generated from WordNet 3.0)",
    )
    party_descriptions: list[str] = Field(
        default_factory=list, description="Head nouns of parties described, not named ('the ministry')"
    )
    seat_words: list[str] = Field(
        default_factory=list,
        description="Participles after a hyphen saying where a party has its seat ('the Basel-based group'): the place "
        "before one is no party of the event",
    )
    news_words: list[str] = Field(
        default_factory=list,
        description="Words of a news outlet's name ('the Black Sea Press Agency', 'Nordic News Wire'): a name holding "
        "one is the outlet telling the event, no party of it",
    )
    masthead_words: list[str] = Field(
        default_factory=list,
        description="Last words of a newspaper's name ('told the Valley Herald', 'Harju Daily'): a name ending in one "
        "is the outlet telling the event, no party of it",
    )
    agent_kinds: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Kinds of doer ('coast_guard': 'coastguard', 'coast guard'): a description holding one of the "
        "words is an agent, as a name is ('The coastguard closed the channel'); who did it compares their kinds",
    )
    thing_kinds: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Kinds of thing a sense may name as its context by `context_kinds` ('structure': 'bridge', "
        "'roof', 'embankment'): one vocabulary for the senses of what befalls such a thing, each noun (a lemma) of "
        "one kind only",
    )
    part_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns of a part of a thing ('part', 'section'): a verb's subject that is one stands for the "
        "thing after its 'of' as a sense's context ('part of the embankment collapsed')",
    )
    expectation_verbs: list[str] = Field(default_factory=list)
    future_auxiliaries: list[str] = Field(default_factory=list)
    goal_prepositions: list[str] = Field(
        default_factory=list,
        description="Prepositions of where a verb of motion ends ('ran onto rocks', 'slammed against a barrier'): "
        "their objects are a sense's `goals`",
    )
    time_bounds: dict[str, list[str]] = Field(
        default_factory=dict, description="'after' / 'until': phrases before a time that make it a bound"
    )
    currencies: dict[str, str] = Field(
        default_factory=dict, description="currency word or symbol -> the code amounts are compared under"
    )
    deferrals: list[str] = Field(
        default_factory=list,
        description="Words after a negated event that put it off rather than deny it ('will not sign until')",
    )
    deferring_auxiliaries: list[str] = Field(
        default_factory=list,
        description="Future and modal verbs, as written, that a deferral needs before its event ('will not')",
    )
    causing_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs of causing an event named as their object: negated, they deny the cause, not the event "
        "('did not cause the flood')",
    )
    wordnet_blind: list[str] = Field(
        default_factory=list,
        description="Listed words whose WordNet senses give no unlisted word their class: a dominant sense of theirs "
        "is not the class's ('slaughter': massacre, 'implement': carry out)",
    )
    measure_words: list[str] = Field(
        default_factory=list,
        description="Lemmas by which an event noun states its own amount ('a contract worth', 'the deal covers')",
    )
    families: dict[str, list[str]] = Field(
        default_factory=dict,
        description="family name -> classes outlets use for one event (identity joins them on stronger evidence)",
    )
    aspect_classes: list[str] = Field(
        default_factory=list,
        description="Classes whose verbs tell a phase of the event a noun beside them names ('will begin "
        "production', 'cancelled 40 flights'): the noun is no timeline entry of its own",
    )
    figure_classes: list[str] = Field(
        default_factory=list,
        description="Classes whose verbs tell how a noun's figure moved ('sales dropped 12 percent'): the noun is "
        "no timeline entry of its own",
    )
    topic_classes: list[str] = Field(
        default_factory=list,
        description="Classes of speech or stance about the event a noun beside them names ('criticised the "
        "award'): the noun is no timeline entry of its own",
    )
    tagger_lemmas: dict[str, str] = Field(
        default_factory=dict,
        description="A lemma the tagger gives a form of a word -> the word's lemma ('fin' for 'fined': 'fine')",
    )
    synonyms: dict[str, list[str]] = Field(
        default_factory=dict,
        description="set name -> event nouns of one class that name one thing ('acquisition', 'takeover')",
    )
    object_nouns: ObjectNounsEntry = Field(
        default_factory=lambda: ObjectNounsEntry(),
        description="Common nouns of an act's object that may name one thing ('a factory' / 'a plant')",
    )
    derivations: list[list[str]] = Field(
        default_factory=list,
        description="[verb ending, noun suffix] pairs: a noun made of a verb by replacing the ending (possibly "
        "empty) by the suffix ('resign' / 'resignation', 'explode' / 'explosion')",
    )
    nominalisations: dict[str, str] = Field(
        default_factory=dict,
        description="event noun -> the verb it is made of ('cull' / 'cull', 'refusal' / 'refuse'): the verb's class, "
        "or for a verb of no class an event of class 'other' that meets its verb",
    )
    sense: list[SenseEntry] = Field(default_factory=list, description="Word senses chosen by context")
    horizon_days: int = Field(
        default=365,
        ge=1,
        le=3650,
        description="Days apart beyond which two reports are neither one event nor one event but for its time",
    )
    undated_horizon_days: int = Field(
        default=31,
        ge=1,
        le=3650,
        description="The horizon of two reports the later of which has no time in the text (its report's date)",
    )
    plan_window_days: int = Field(
        default=31,
        ge=1,
        le=3650,
        description="Days after its report a plan reported without a time in the text may happen",
    )

    @field_validator("derivations")
    @classmethod
    def _derivations(cls, v: list[list[str]]) -> list[list[str]]:
        for pair in v:
            if len(pair) != 2 or not pair[1] or any(x != x.lower() or not x.isalpha() and x for x in pair):
                raise ValueError(f"derivation {pair!r}: [verb ending, noun suffix], lower-case letters, a suffix")
        return v

    @field_validator("currencies")
    @classmethod
    def _currencies(cls, v: dict[str, str]) -> dict[str, str]:
        for word, code in v.items():
            if word != word.lower() or not word.strip():
                raise ValueError(f"currency {word!r}: lower case, not empty")
            if not code.strip() or code != code.upper():
                raise ValueError(f"currency {word!r}: code {code!r} in upper case")
        return v

    @field_validator("doing_verbs")
    @classmethod
    def _doing_verbs(cls, v: list[str]) -> list[str]:
        for word in v:
            if word != word.lower() or not word.isalpha():
                raise ValueError(f"doing_verbs: {word!r} is not a lower-case verb lemma")
        if len(set(v)) != len(v):
            raise ValueError("doing_verbs: a verb is listed twice")
        return v

    @field_validator("agent_kinds")
    @classmethod
    def _agent_kinds(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        owner: dict[str, str] = {}
        for kind, phrases in v.items():
            for phrase in phrases:
                if phrase != phrase.lower() or not phrase.strip() or phrase != " ".join(phrase.split()):
                    raise ValueError(f"agent_kinds.{kind}: {phrase!r} is not a lower-case word or phrase")
                if phrase in owner:
                    raise ValueError(f"agent_kinds.{kind}: {phrase!r} is already of kind {owner[phrase]!r}")
                owner[phrase] = kind
        return v

    @field_validator("thing_kinds")
    @classmethod
    def _thing_kinds(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        owner: dict[str, str] = {}
        for kind, nouns in v.items():
            for noun in _context_words(nouns):
                if noun in owner:
                    raise ValueError(f"thing_kinds.{kind}: {noun!r} is already of kind {owner[noun]!r}")
                owner[noun] = kind
        return v

    @field_validator("time_bounds")
    @classmethod
    def _bounds(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for kind, phrases in v.items():
            if kind not in ("after", "until"):
                raise ValueError(f"time_bounds kind {kind!r}: 'after' or 'until'")
            for phrase in phrases:
                if phrase != phrase.lower() or not phrase.strip():
                    raise ValueError(f"bad phrase {phrase!r}: lower case")
        return v


@dataclass(frozen=True)
class EventLexicon:
    """Lookups built from ``events.toml``."""

    classes: dict[str, EventClassEntry]
    verbs: dict[str, str]  # lemma or "verb particle" -> class
    nouns: dict[str, str]  # lemma -> class
    adjectives: dict[str, str]  # lemma -> class
    states: dict[str, str]  # verb lemma -> class, in "have/want X <verb>ing" only
    light_only: frozenset[str]  # noun lemmas (in ``nouns``) that are events only under a light verb
    converse: frozenset[str]  # verb lemmas whose subject is the counterpart
    ancestors: dict[str, tuple[str, ...]]  # class -> (class, hypernym, its hypernym, ...)
    light_verbs: frozenset[str]
    not_events: frozenset[str]
    party_descriptions: frozenset[str]
    seat_words: frozenset[str]  # "the Basel-based group": the place before the hyphen is no party
    news_words: frozenset[str]  # "the Black Sea Press Agency reported": an outlet, no party of the event
    masthead_words: frozenset[str]  # "told the Valley Herald": an outlet, no party of the event
    expectation_verbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    time_bounds: dict[str, str]  # phrase before a time -> "after" | "until"
    currencies: dict[str, str]  # currency word or symbol -> code
    date_questions: DateQuestions
    families: dict[str, frozenset[str]] = field(default_factory=dict)  # family -> its classes
    light_prepositions: frozenset[str] = frozenset()  # "placed under investigation": the noun is the light verb's
    bare_light_prepositions: frozenset[str] = frozenset()  # "filed for bankruptcy": so, with no object
    burden_prepositions: frozenset[str] = frozenset()  # "imposed a fine on the bank": the bank is the theme
    receiving_verbs: frozenset[str] = frozenset()  # "faces a fine": the subject is the fine's theme
    light_acts: frozenset[str] = frozenset()  # light verbs that are acts of their own with no event noun
    habit_determiners: frozenset[str] = frozenset()  # "each decision is taken ...": a habit, no light act
    #: "stayed closed", "went live": a participle or adjective of a class after one is that event (``state_verbs``)
    state_verbs: frozenset[str] = frozenset()
    state_adjectives: dict[str, str] = field(default_factory=dict)  # "fell ill": ill -> outbreak, after a state verb
    horizon_days: int = 365  # the default horizon of a class (``horizon_days``)
    stative_verbs: frozenset[str] = frozenset()  # verbs of a state (``models/wordnet/stative_verbs.toml``)
    happening_verbs: frozenset[str] = frozenset()  # of coming to pass (``models/wordnet/happening_verbs.toml``)
    event_nouns: frozenset[str] = frozenset()  # nouns of a happening (``models/wordnet/happening_verbs.toml``)
    undated_horizon_days: int = 31  # ... of a pair of reports, one without a time in the text
    deferrals: frozenset[str] = frozenset()  # "will not sign until ...": put off, not denied
    causing_verbs: frozenset[str] = frozenset()  # "did not cause the flood": the cause denied, not the flood
    wordnet_blind: frozenset[str] = frozenset()  # listed words passing their class to no WordNet synonym
    deferring_auxiliaries: frozenset[str] = frozenset()  # "will", "won't", "would" ...: a deferral's verb
    plan_window_days: int = 31  # days after its report an undated plan ("will cut jobs") may happen
    #: "the strike called by the union": the noun's agent is the verb's (``doing_verbs``; light verbs too)
    doing_verbs: frozenset[str] = frozenset()
    measure_words: frozenset[str] = frozenset()  # "a contract worth ...", "the deal covers ...": the noun's amount
    tagger_lemmas: dict[str, str] = field(default_factory=dict)  # the tagger's lemma of a form -> the word's ("fin")
    #: kind of doer -> the phrases naming it, as tuples of words (``[agent_kinds]``: "coast_guard": ("coast", "guard"))
    agent_kinds: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    senses: dict[tuple[str, str], tuple[Sense, ...]] = field(default_factory=dict)  # (pos, lemma) -> its senses
    part_nouns: frozenset[str] = frozenset()  # "part of the embankment collapsed": the thing is the sense's context
    #: (verb lemma, class) of converse senses: "secured the contract" (award) swaps, "secured the border" does not
    converse_senses: frozenset[tuple[str, str]] = frozenset()
    synonyms: dict[str, str] = field(default_factory=dict)  # noun lemma -> its ``[synonyms]`` set
    object_sets: dict[str, int] = field(default_factory=dict)  # object noun -> its ``[object_nouns]`` set
    general_objects: frozenset[str] = frozenset()  # object nouns that may stand for another ("suspect")
    #: a narrower object noun -> its broader nouns (``[object_nouns] broader``: "cow" -> "cattle")
    broader_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    goal_prepositions: frozenset[str] = frozenset()  # (``goal_prepositions``: "ran onto rocks")
    derivations: tuple[tuple[str, str], ...] = ()  # (verb ending, noun suffix): "resign" / "resignation"
    #: a word -> the listed lemmas (verb or noun) it derives from or that derive from it, with their class
    derived_from: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    nominalisations: dict[str, str] = field(default_factory=dict)  # event noun -> its verb ("cull" / "cull")
    #: nouns of ``nominalisations`` whose verb has no class: events of class ``other`` ("the cull")
    other_nouns: frozenset[str] = frozenset()

    def derived(self, a: str, b: str) -> bool:
        """One word and a noun made of it by a ``derivations`` rule ("derail" / "derailment", "fail" /
        "failure", "explode" / "explosion"), a noun and its verb in ``nominalisations`` ("cull" / "cull"), or a
        verb with its particle and the noun joining them ("walk out" / "walkout")."""
        if a == b or self.nominalisations.get(a) == b or self.nominalisations.get(b) == a:
            return True
        if " " in a or " " in b:
            return a.replace(" ", "") == b.replace(" ", "")
        return b in derivatives(a, self.derivations) or a in derivatives(b, self.derivations)

    def light_preposition(self, prep: str, has_object: bool) -> bool:
        """A light verb's event noun may follow this preposition ("placed under investigation"; "filed for
        bankruptcy" only with no object: ``bare_light_prepositions``)."""
        return prep in self.light_prepositions or (not has_object and prep in self.bare_light_prepositions)

    def word(self, lemma: str) -> str:
        """The lemma of the word a tagger's lemma stands for ("fin", of "fined": "fine")."""
        return self.tagger_lemmas.get(lemma, lemma)

    def synonymous(self, a: str, b: str) -> bool:
        """Two event nouns of one ``[synonyms]`` set ("acquisition" / "takeover"): one word, as a word
        and its derivation are."""
        x = self.synonyms.get(a)
        return x is not None and x == self.synonyms.get(b)

    def one_thing(self, a: str, b: str) -> bool:
        """Two object nouns that may name one thing (``[object_nouns]``): of one set ("factory" / "plant"),
        or one a general noun that may stand for the other ("a suspect" / "a man")."""
        if a in self.general_objects or b in self.general_objects or self.broader_of(a, b) or self.broader_of(b, a):
            return True
        x = self.object_sets.get(a)
        return x is not None and x == self.object_sets.get(b)

    def broader_of(self, a: str, b: str) -> bool:
        """``a`` is a broader noun of ``b`` (``[object_nouns] broader``: "cattle" of "cow", "weapon" of
        "handgun", "child" of "pupil")."""
        return a in self.broader_objects.get(b, ())

    def kindred(self, a: str, b: str) -> bool:
        """Two classes of one family (``[families]``; a class counts with its hypernyms): names
        outlets use for one event, which identity joins only on stronger evidence than
        :meth:`related` classes."""
        ca, cb = self.ancestors.get(a, (a,)), self.ancestors.get(b, (b,))
        return any(set(ca) & members and set(cb) & members for members in self.families.values())

    def family_names(self, cls: str) -> tuple[str, ...]:
        """The families ``cls`` (or a hypernym of it) belongs to."""
        chain = set(self.ancestors.get(cls, (cls,)))
        return tuple(sorted(name for name, members in self.families.items() if chain & members))

    def is_commentary(self, cls: str) -> bool:
        entry = self.classes.get(cls)
        return bool(entry and entry.commentary)

    def inherited(self, cls: str, attr: str) -> object:
        """The value of ``attr`` on ``cls`` or its nearest hypernym that sets it (None: unset)."""
        for c in self.ancestors.get(cls, ()):
            value = getattr(self.classes[c], attr)
            if value not in (None, False):
                return value
        return None

    def kinds_named(self, words: Sequence[str]) -> frozenset[str]:
        """The kinds of doer (``[agent_kinds]``) that lower-case ``words`` name: each a phrase of the kind among
        them, in the singular or the plural ("army divers": army; "Estonian navy special forces": navy), a
        longer phrase holding the words it matches ("border police": a border guard, not police)."""
        norm = [_singular(w.removesuffix("'s")) for w in words]
        phrases, by_first = _kind_phrases(self)
        # only a phrase opening with one of the words can match: those, in the order of ``phrases``
        tried = sorted({k for w in set(norm) for k in by_first.get(w, ())})
        taken = [False] * len(norm)
        found = set()
        for phrase, kind in map(phrases.__getitem__, tried):
            n = len(phrase)
            for i in range(len(norm) - n + 1):
                if norm[i : i + n] == list(phrase) and not any(taken[i : i + n]):
                    found.add(kind)
                    taken[i : i + n] = [True] * n
        return frozenset(found)

    def root(self, cls: str) -> str:
        """The broadest class above ``cls`` (itself when it has no hypernym)."""
        chain = self.ancestors.get(cls)
        return chain[-1] if chain else cls

    def related(self, a: str, b: str) -> bool:
        """Equal classes, or one is a hypernym (transitively) of the other."""
        if a == b:
            return True
        return a in self.ancestors.get(b, ()) or b in self.ancestors.get(a, ())


def _same_sense(a: Sense, b: Sense) -> bool:
    """Two senses of one word that are one entry given twice: of one class, and either read article-wide
    (``discourse``) or chosen by the same words. One class may have two shapes ("pulled out", intransitive, and
    "pulled the plug on", by its object, are both a halt)."""
    if a.event_class != b.event_class:
        return False
    if a.discourse or b.discourse:
        return True
    return (a.context, a.objects, a.preps, a.prep_objects, a.goals) == (
        b.context,
        b.objects,
        b.preps,
        b.prep_objects,
        b.goals,
    )


def _fail(msg: str) -> ClaimlineError:
    return ClaimlineError(f"invalid lexicon {FILE}: {msg}")


def build(data: dict) -> EventLexicon:
    """Validate the parsed TOML of ``events.toml`` and build the lookups."""
    try:
        raw = EventLexiconFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = list(first["loc"])
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 2 and loc[0] == "event" and isinstance(loc[1], int):
            entries = data.get("event") or []
            name = entries[loc[1]].get("name") if loc[1] < len(entries) and isinstance(entries[loc[1]], dict) else None
            if name:
                where += f" ({name})"
        raise _fail(f"{where}: {first['msg']}") from exc
    classes: dict[str, EventClassEntry] = {}
    for k, entry in enumerate(raw.event):
        if entry.name in classes or entry.name == OTHER:
            raise _fail(f"event.{k} ({entry.name}): class defined twice")
        if entry.name == NO_EVENT:
            # a sense's `class = "none"` says "no event"; a class of that name could never be chosen
            raise _fail(f"event.{k} ({entry.name}): {NO_EVENT!r} names no event (a sense's class), not a class")
        classes[entry.name] = entry
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    states: dict[str, str] = {}
    for k, entry in enumerate(raw.event):
        if entry.hypernym is not None and entry.hypernym not in classes:
            raise _fail(f"event.{k} ({entry.name}): hypernym {entry.hypernym!r} is not a class")
        for lemma in entry.converse:
            if lemma not in entry.verbs:
                raise _fail(f"event.{k} ({entry.name}): converse verb {lemma!r} is not one of its verbs")
        for table, lemmas, pos in (
            (verbs, entry.verbs, "verb"),
            (nouns, entry.nouns, "noun"),
            (adjectives, entry.adjectives, "adjective"),
            (states, entry.states, "state"),
            (nouns, entry.light_nouns, "noun"),
        ):
            for lemma in lemmas:
                other = table.get(lemma)
                if other is not None and other != entry.name:
                    raise _fail(f"event.{k} ({entry.name}): {pos} {lemma!r} already triggers {other!r}")
                table[lemma] = entry.name
        for lemma in entry.states:
            if lemma in verbs:
                raise _fail(f"event.{k} ({entry.name}): state {lemma!r} is a verb of {verbs[lemma]!r}")
    other_nouns = _nominalisations(raw, verbs, nouns)
    ancestors: dict[str, tuple[str, ...]] = {}
    for k, entry in enumerate(raw.event):
        chain = [entry.name]
        cur = entry.hypernym
        while cur is not None:
            if cur in chain:
                raise _fail(f"event.{k} ({entry.name}): hypernym cycle {' -> '.join([*chain, cur])}")
            chain.append(cur)
            cur = classes[cur].hypernym
        ancestors[entry.name] = tuple(chain)
    for key in ("aspect_classes", "figure_classes", "topic_classes"):
        for cls in getattr(raw, key):
            if cls not in classes:
                raise _fail(f"{key}: {cls!r} is not a class")
    for word, cls in raw.state_adjectives.items():
        if cls not in classes:
            raise _fail(f"state_adjectives.{word}: {cls!r} is not a class")
    for name, members in raw.families.items():
        unknown = [c for c in members if c not in classes]
        if unknown:
            raise _fail(f"families.{name}: {unknown[0]!r} is not a class")
        if len(set(members)) < 2:
            raise _fail(f"families.{name}: a family has two classes or more")
    for k, entry in enumerate(raw.event):
        # an event reported without a time lies within its report window: a horizon narrower than the
        # window would keep apart two reports of one day
        window = _inherited(classes, ancestors[entry.name], "report_window_days")
        reach = _inherited(classes, ancestors[entry.name], "horizon_days") or raw.horizon_days
        if window is not None and reach < window:
            raise _fail(f"event.{k} ({entry.name}): horizon_days {reach} is shorter than report_window_days {window}")
    senses: dict[tuple[str, str], tuple[Sense, ...]] = {}
    for k, sense in enumerate(raw.sense):
        name = sense.lemmas[0]
        if sense.event_class not in classes and sense.event_class != NO_EVENT:
            raise _fail(f"sense.{k} ({name}): class {sense.event_class!r} is not a class")
        if sense.converse and ("verb" not in sense.pos or sense.event_class == NO_EVENT):
            raise _fail(f"sense.{k} ({name}): a converse sense is a verb's and names an event")
        if not (
            sense.context
            or sense.context_kinds
            or sense.objects
            or sense.plural
            or sense.goals
            or sense.others_do
            or sense.directive
            or sense.preps
            or sense.prep_objects
        ):
            raise _fail(
                f"sense.{k} ({name}): a sense needs context words, objects, goals, preps, prep_objects, plural, "
                "others_do or directive"
            )
        unknown_kinds = [kind for kind in sense.context_kinds if kind not in raw.thing_kinds]
        if unknown_kinds:
            raise _fail(f"sense.{k} ({name}): context_kinds {unknown_kinds} are not [thing_kinds]")
        if sense.idiom_objects and sense.pos != ["verb"]:
            raise _fail(f"sense.{k} ({name}): idiom_objects hold of a verb only (pos 'verb')")
        if any(" " in w for w in sense.lemmas) and sense.pos != ["verb"]:
            raise _fail(f"sense.{k} ({name}): a verb with its particle has a verb's sense only (pos 'verb')")
        if sense.preps and "verb" not in sense.pos:
            raise _fail(f"sense.{k} ({name}): preps choose a verb's sense (pos 'verb')")
        if sense.directive and "verb" not in sense.pos:
            raise _fail(f"sense.{k} ({name}): directive chooses a verb's sense (pos 'verb')")
        if (sense.doers or sense.others_do) and "verb" not in sense.pos:
            raise _fail(f"sense.{k} ({name}): doers and others_do choose a verb's sense (pos 'verb')")
        if not set(sense.others_do) <= set(sense.lemmas):
            raise _fail(f"sense.{k} ({name}): others_do names a word that is not one of its lemmas")
        if sense.goals and "verb" not in sense.pos:
            raise _fail(f"sense.{k} ({name}): goals choose a verb's sense (pos 'verb')")
        if (sense.plural or sense.agents) and "noun" not in sense.pos:
            raise _fail(f"sense.{k} ({name}): plural and agents choose a noun's sense (pos 'noun')")
        entry = Sense(
            None if sense.event_class == NO_EVENT else sense.event_class,
            frozenset(sense.context) | {w for kind in sense.context_kinds for w in raw.thing_kinds[kind]},
            sense.intransitive,
            frozenset(sense.weak_context),
            frozenset(sense.unless),
            frozenset(sense.lemmas),
            sense.clause,
            frozenset(sense.keep_beside),
            frozenset(sense.objects) | {n for w in sense.objects for n in raw.object_nouns.broader.get(w, ())},
            sense.agents,
            sense.plural,
            sense.discourse,
            frozenset(sense.agent_verbs),
            sense.people,
            frozenset(sense.goals),
            frozenset(sense.doers),
            frozenset(sense.others_do),
            sense.directive,
            frozenset(sense.preps),
            frozenset(tuple(p.split(" ")) for p in sense.prep_objects),  # type: ignore[misc]
            frozenset(sense.idiom_objects),
        )
        for lemma in sense.lemmas:
            for pos in sense.pos:
                table = verbs if pos == "verb" else nouns
                if table.get(lemma) == sense.event_class:
                    raise _fail(f"sense.{k} ({name}): {pos} {lemma!r} already triggers {sense.event_class!r}")
                if any(_same_sense(s, entry) for s in senses.get((pos, lemma), ())):
                    raise _fail(f"sense.{k} ({name}): {pos} sense {sense.event_class!r} of {lemma!r} given twice")
                senses[(pos, lemma)] = (*senses.get((pos, lemma), ()), entry)
    unlisted = [w for w in raw.wordnet_blind if w not in verbs and w not in nouns]
    if unlisted:
        raise _fail(f"wordnet_blind: {unlisted[0]!r} is no listed verb or noun")
    synonyms: dict[str, str] = {}
    for name, words in raw.synonyms.items():
        if len(set(words)) < 2:
            raise _fail(f"synonyms.{name}: a set has two nouns or more")
        unknown = [w for w in words if w not in nouns and ("noun", w) not in senses]
        if unknown:
            raise _fail(f"synonyms.{name}: {unknown[0]!r} is not an event noun")
        # a class the nouns share, in their own class or a sense ("strike": attack, a labour action)
        shared = set.intersection(
            *({nouns.get(w)} | {x.event_class for x in senses.get(("noun", w), ())} for w in words)
        )
        if not shared - {None}:
            raise _fail(f"synonyms.{name}: the nouns share no class")
        for w in words:
            if synonyms.setdefault(w, name) != name:
                raise _fail(f"synonyms.{name}: {w!r} is already in set {synonyms[w]!r}")
    object_sets: dict[str, int] = {}
    for k, words in enumerate(raw.object_nouns.synonyms):
        if len(set(words)) < 2:
            raise _fail(f"object_nouns.synonyms: {words!r} is no set of two nouns or more")
        for w in words:
            if w in raw.object_nouns.general or object_sets.setdefault(w, k) != k:
                raise _fail(f"object_nouns: {w!r} is given twice")
    broader: dict[str, set[str]] = {}
    for wide, narrow in raw.object_nouns.broader.items():
        if not narrow or wide in narrow or wide in raw.object_nouns.general:
            raise _fail(f"object_nouns.broader.{wide}: no narrower noun, or a general noun or itself")
        for w in narrow:
            broader.setdefault(w, set()).add(wide)
    derivations = tuple((v, n) for v, n in raw.derivations)
    derived_from: dict[str, set[tuple[str, str]]] = {}
    for table in (verbs, nouns):
        for lemma, cls in table.items():
            for form in _forms(lemma, derivations):
                derived_from.setdefault(form, set()).add((lemma, cls))
    return EventLexicon(
        derivations=derivations,
        derived_from={k: frozenset(v) for k, v in derived_from.items()},
        nominalisations=dict(raw.nominalisations),
        other_nouns=frozenset(other_nouns),
        senses=senses,
        part_nouns=frozenset(raw.part_nouns),
        converse_senses=frozenset(
            (lemma, sense.event_class) for sense in raw.sense if sense.converse for lemma in sense.lemmas
        ),
        synonyms=synonyms,
        object_sets=object_sets,
        general_objects=frozenset(raw.object_nouns.general),
        broader_objects={k: frozenset(v) for k, v in broader.items()},
        horizon_days=raw.horizon_days,
        undated_horizon_days=raw.undated_horizon_days,
        plan_window_days=raw.plan_window_days,
        families={name: frozenset(members) for name, members in raw.families.items()},
        date_questions=_date_questions(raw, classes),
        classes=classes,
        verbs=verbs,
        nouns=nouns,
        adjectives=adjectives,
        states=states,
        light_only=frozenset(n for e in raw.event for n in e.light_nouns),
        converse=frozenset(v for e in raw.event for v in e.converse),
        ancestors=ancestors,
        light_verbs=frozenset(raw.light_verbs),
        light_prepositions=frozenset(w.lower() for w in raw.light_prepositions),
        bare_light_prepositions=frozenset(w.lower() for w in raw.bare_light_prepositions),
        burden_prepositions=frozenset(w.lower() for w in raw.burden_prepositions),
        receiving_verbs=frozenset(w.lower() for w in raw.receiving_verbs),
        light_acts=frozenset(w.lower() for w in raw.light_acts),
        habit_determiners=frozenset(w.lower() for w in raw.habit_determiners),
        not_events=frozenset(raw.not_events),
        state_verbs=frozenset(raw.state_verbs),
        state_adjectives=dict(raw.state_adjectives),
        stative_verbs=frozenset(raw.stative_verbs),
        happening_verbs=frozenset(raw.happening_verbs),
        event_nouns=frozenset(raw.event_nouns),
        party_descriptions=frozenset(raw.party_descriptions),
        seat_words=frozenset(w.lower() for w in raw.seat_words),
        news_words=frozenset(raw.news_words),
        masthead_words=frozenset(raw.masthead_words),
        expectation_verbs=frozenset(raw.expectation_verbs),
        future_auxiliaries=frozenset(raw.future_auxiliaries),
        goal_prepositions=frozenset(raw.goal_prepositions),
        time_bounds={phrase: kind for kind, phrases in raw.time_bounds.items() for phrase in phrases},
        currencies=dict(raw.currencies),
        deferrals=frozenset(w.lower() for w in raw.deferrals),
        causing_verbs=frozenset(w.lower() for w in raw.causing_verbs),
        wordnet_blind=frozenset(raw.wordnet_blind),
        deferring_auxiliaries=frozenset(w.lower() for w in raw.deferring_auxiliaries),
        measure_words=frozenset(w.lower() for w in raw.measure_words),
        doing_verbs=frozenset(raw.doing_verbs),
        tagger_lemmas={k.lower(): v.lower() for k, v in raw.tagger_lemmas.items()},
        agent_kinds={k: frozenset(tuple(p.split()) for p in ps) for k, ps in raw.agent_kinds.items()},
    )


def _singular(w: str) -> str:
    """A word without a plural's "s" ("soldiers" / "soldier"; not "press" nor a short word such as "mps")."""
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


_KindPhrases = tuple[tuple[tuple[tuple[str, ...], str], ...], dict[str, tuple[int, ...]]]
_KIND_PHRASES: dict[int, tuple[EventLexicon, _KindPhrases]] = {}


def _kind_phrases(lex: EventLexicon) -> _KindPhrases:
    """``[agent_kinds]``'s phrases in the singular, the longest first, each with its kind, and the places in
    that tuple of the phrases each word opens (kept per lexicon)."""
    found = _KIND_PHRASES.get(id(lex))
    if found is None or found[0] is not lex:
        phrases = {
            (tuple(_singular(w.removesuffix("'s")) for w in p), k) for k, ps in lex.agent_kinds.items() for p in ps
        }
        ordered = tuple(sorted(phrases, key=lambda pk: (-len(pk[0]), pk)))
        by_first: dict[str, list[int]] = {}
        for k, (phrase, _) in enumerate(ordered):
            by_first.setdefault(phrase[0], []).append(k)
        found = _KIND_PHRASES[id(lex)] = (lex, (ordered, {w: tuple(ks) for w, ks in by_first.items()}))
    return found[1]


def _nominalisations(raw: EventLexiconFile, verbs: dict[str, str], nouns: dict[str, str]) -> set[str]:
    """Give each noun of ``nominalisations`` the class of its verb (added to ``nouns``); the nouns whose verb has
    no class (events of class ``other``). A noun is listed once (here or among a class's nouns), and a light verb
    or a verb that is never an event makes no event noun ("take" / "a take")."""
    never = set(raw.light_verbs) | set(raw.not_events)
    other: set[str] = set()
    for noun, verb in raw.nominalisations.items():
        where = f"nominalisations.{noun}"
        if noun != noun.lower() or verb != verb.lower() or " " in noun or not noun or not verb:
            raise _fail(f"{where}: a noun lemma and a verb lemma, lower case")
        if noun in nouns:
            raise _fail(f"{where}: already a noun of class {nouns[noun]!r} (a word is listed once)")
        if verb in never:
            raise _fail(f"{where}: {verb!r} is a light verb or never an event")
        cls = verbs.get(verb)
        if cls is None:
            other.add(noun)
        else:
            nouns[noun] = cls
    return other


#: The shortest stem a derivation leaves ("sue" makes no noun in "-al" of "s").
_MIN_STEM = 3


@lru_cache(maxsize=16384)
def derivatives(word: str, rules: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The nouns the ``derivations`` rules make of ``word`` ("resign" -> "resignation", "resignment" ...:
    only a word a text uses ever meets another)."""
    out = set()
    for ending, suffix in rules:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            out.add(word[: len(word) - len(ending)] + suffix)
    return frozenset(out - {word})


def _forms(word: str, rules: tuple[tuple[str, str], ...]) -> set[str]:
    """The words ``word`` is :meth:`EventLexicon.derived` from or to (not itself)."""
    if " " in word:
        return {word.replace(" ", "")}
    out = set(derivatives(word, rules))
    for ending, suffix in rules:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            out.add(word[: len(word) - len(suffix)] + ending)
    return out - {word}


def _inherited(classes: dict[str, EventClassEntry], chain: tuple[str, ...], attr: str) -> int | None:
    """The value of ``attr`` on the first class of ``chain`` (a class and its hypernyms) that sets it."""
    return next((getattr(classes[c], attr) for c in chain if getattr(classes[c], attr) is not None), None)


def _date_questions(raw: EventLexiconFile, classes: dict[str, EventClassEntry]) -> DateQuestions:
    """Resolve ``[date_questions]``: each date class = its classes' verbs + its words; a word in
    one date class only, and not listed twice."""
    dq = raw.date_questions
    resolved: dict[str, frozenset[str]] = {}
    owner: dict[str, str] = {}
    for name in ("start", "end", "sign", "ongoing"):
        entry: DateClassEntry = getattr(dq, name)
        words: set[str] = set()
        for cls in entry.classes:
            if cls not in classes:
                raise _fail(f"date_questions.{name}: {cls!r} is not a class")
            words |= {v for v in classes[cls].verbs if " " not in v}
        for w in entry.words:
            if w in words:
                raise _fail(f"date_questions.{name}: {w!r} is already a verb of its classes")
            words.add(w)
        for w in words:
            if w in owner:
                raise _fail(f"date_questions.{name}: {w!r} is already in date class {owner[w]!r}")
            owner[w] = name
        resolved[name] = frozenset(words)
    light = set(raw.not_events) | set(dq.light)
    for cls in dq.light_classes:
        if cls not in classes:
            raise _fail(f"date_questions.light_classes: {cls!r} is not a class")
        light |= {v for v in classes[cls].verbs if " " not in v}
    frames = frozenset(raw.expectation_verbs)
    forms = {f for v in frames for f in inflections(v)} | {"due", "set"}
    return DateQuestions(
        start=resolved["start"],
        end=resolved["end"],
        sign=resolved["sign"],
        ongoing=resolved["ongoing"],
        frames=frames,
        frame_forms=tuple(sorted(forms)),
        light=frozenset(light),
        irregular=dict(dq.irregular),
    )


#: Verbs of a state (``stative_verbs``), generated from WordNet 3.0 by scripts/wordnet_stative_verbs.py.
STATIVE_FILE = "wordnet/stative_verbs.toml"
#: Verbs of coming to pass (``happening_verbs``), generated from WordNet 3.0 by scripts/wordnet_happening_verbs.py.
HAPPENING_FILE = "wordnet/happening_verbs.toml"


def _raw() -> dict:
    raw = merge(lexicons.read_merged(FILE), lexicons.read_merged(STATIVE_FILE))
    return merge(raw, lexicons.read_merged(HAPPENING_FILE))


@cache
def lexicon() -> EventLexicon:
    """The event lexicon (shipped file plus ``CLAIMLINE_LEXICONS`` additions), cached."""
    return build(_raw())
