"""Domain knowledge as data: loading and validating the lexicons in ``models/``.

Every lexicon is a TOML file validated by a pydantic model below. The files
shipped with claimline live in ``models/`` (packaged into the wheel as
``claimline/models``). Users extend them by pointing ``CLAIMLINE_LEXICONS``
at a directory (or several, separated by ``os.pathsep``) holding files of the
same names: their entries are appended to the shipped ones.

This module never imports spaCy, so query commands stay light.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from .errors import ClaimlineError, first_error
from .lexicon_files import LEXICON_ENV, extra_dirs, models_dir, read_with_additions
from .schemas import MODALITIES, TIERS, Modality, SourceKind, Stance, Tier
from .strict import Strict as _Strict
from .vocab import BOTH_TIERS

__all__ = ["LEXICON_ENV", "extra_dirs", "models_dir"]


# --------------------------------------------------------------------- actors
class ActorEntry(_Strict):
    name: str = Field(description="Canonical name shown everywhere")
    type: str = Field(description="company, alliance, government_body, armed_force, person, ...")
    aliases: list[str] = Field(default_factory=list, description="Other names, matched case-sensitively")
    descriptions: list[str] = Field(
        default_factory=list,
        description="Nouns that refer back to this actor in a definite description ('the alliance')",
    )
    country: str | None = None
    demonyms: list[str] = Field(default_factory=list, description="Adjectives for sources: 'French officials'")
    part_of: str | None = Field(
        default=None,
        description="Canonical name of the actor this one belongs to (an agency of NATO, a subsidiary of its "
        "parent company); `--actor` of the part returns its own entries, `--include-parts` on the parent adds them",
    )


class ActorTypeEntry(_Strict):
    nouns: list[str] = Field(
        default_factory=list, description="Head nouns of definite descriptions for any actor of this type"
    )
    spokes: list[str] = Field(
        default_factory=list,
        description="Nouns for people speaking for an actor of this type ('officials', 'spokesperson')",
    )
    kinds: list[str] = Field(
        default_factory=list,
        description="Head nouns naming a kind of this type ('the bank', 'the airline'): a definite description "
        "refers only to an actor whose name holds the noun or that is its own sentence's subject",
    )


class ActorLexicon(_Strict):
    actor: list[ActorEntry] = Field(default_factory=list)
    types: dict[str, ActorTypeEntry] = Field(default_factory=dict)
    not_actors: list[str] = Field(default_factory=list, description="Entity texts never taken as actors (e.g. 'AI')")
    anonymous: list[str] = Field(
        default_factory=list,
        description="Head nouns of unnamed human sources ('critics', 'people familiar'): kind anonymous",
    )
    institutions: list[str] = Field(
        default_factory=list,
        description="Head nouns of a definite description naming an institution that speaks on record ('the "
        "hospital said'): no unnamed source, though no actor resolves it",
    )
    topic_nouns: list[str] = Field(
        default_factory=list, description="Artefact nouns ('the tool', 'the pilot') that refer to the story's topic"
    )
    reports: list[str] = Field(
        default_factory=list,
        description="Head nouns of source-less reports ('reports', 'discussions', 'data'): kind report",
    )
    corporate_suffixes: list[str] = Field(
        default_factory=list,
        description="Legal-form words that end a company's name ('Inc.', 'LLC', 'Corporation'): a name keeps "
        "its company without them ('Chrysler LLC' is Chrysler), and alone they name no one",
    )

    @model_validator(mode="after")
    def _parts(self) -> ActorLexicon:
        """Every ``part_of`` names another actor's canonical name, and no actor is part of itself."""
        parent = {a.name: a.part_of for a in self.actor}
        for a in self.actor:
            if a.part_of is None:
                continue
            if a.part_of not in parent:
                raise ValueError(f"actor {a.name!r}: part_of {a.part_of!r} is no actor's canonical name")
            seen = {a.name}
            up: str | None = a.part_of
            while up is not None:
                if up in seen:
                    raise ValueError(f"actor {a.name!r}: part_of makes a circle through {up!r}")
                seen.add(up)
                up = parent.get(up)
        return self


# ----------------------------------------------------------------------- cues
CueKind = Literal[
    "speech", "belief", "intention", "perception", "evidence", "stance", "report", "denial", "correction", "refusal"
]


class CueEntry(_Strict):
    lemma: str = Field(description="Verb or noun lemma, or a multi-word phrase ('according to')")
    certainty: Modality
    kind: CueKind = "speech"
    negates: bool = Field(default=False, description="The cue denies its content ('denied', 'rejected')")
    negating_particles: list[str] = Field(
        default_factory=list,
        description="Particles with which the verb denies its content ('ruled out that A': 'out'), though alone it "
        "does not ('ruled that A')",
    )
    pos: Literal["verb", "noun", "adj", "phrase", "punct"] = Field(
        default="verb",
        description="punct: a mark that introduces content after a speaker ('Ann Lee: ...'); adj: an adjective "
        "after a copula ('is confident that A', 'was critical of X')",
    )
    object_content: bool = Field(default=False, description="A noun object is the content: 'announced 10,000 job cuts'")
    objects: list[str] = Field(
        default_factory=list,
        description="Object nouns (lemmas) without which the verb is no cue: 'offered a defense of X', 'offered "
        "his thoughts', not 'offered 12 per cent' (an infinitive complement is always one: 'offered to debate'); "
        "empty: any object",
    )
    stance: Stance | None = Field(
        default=None, description="The source's stance toward the content ('backed' → supports)"
    )
    questions: bool = Field(default=False, description="Its content may be a question: 'asked whether ...'")
    named_source: bool = Field(
        default=False,
        description="A stance held only by a source one can name: 'the mayor backed the levy', "
        "not 'investors backed the firm' (money, not a stand); a cue taken with a preposition: "
        "'the mayor asked for a recount', not 'the auditors asked for more time' (a request)",
    )
    preps: list[str] = Field(
        default_factory=list, description="Prepositions whose object is the content: 'called for', 'talked about'"
    )
    prep_only: bool = Field(
        default=False,
        description="A cue only with one of its ``preps`` ('spoke about X', 'voted for X'); alone the word names an "
        "act ('spoke before the committee', 'voted on Tuesday'), whatever clause the parser hangs on it",
    )
    negated_preps: list[str] = Field(
        default_factory=list,
        description="Prepositions whose object is the content only when the cue is negated: 'did not respond to "
        "X' (what was left unanswered: an attitude beside the writer's statement); 'responded to X' is an act",
    )
    decision: bool = Field(
        default=False,
        description="An agreement or decision to act ('agreed to reopen the pier'): what is agreed to do is an "
        "attitude beside the writer's own statement of the decision, an event the timeline keeps",
    )


class CueLexicon(_Strict):
    cue: list[CueEntry]
    light_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs whose object noun is the cue ('made the case that A', 'voiced concern about X')",
    )
    poll_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns of a measurement whose findings the clause around 'in' reports ('In a new poll, A')",
    )
    holder_nouns: list[str] = Field(
        default_factory=list,
        description="Singular common nouns of a person, body or text that can hold a stance or an aim "
        "('the union endorsed her', 'the petition demands A'), besides the actor nouns of actors.toml",
    )
    share_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns of a share of a group, holding what the group holds ('a majority of voters back her')",
    )
    seeming_verbs: list[str] = Field(
        default_factory=list,
        description="Perception verbs that take an empty subject, how things look to no one in particular "
        "('it appears that A', 'it seems like A')",
    )

    pro_forms: list[str] = Field(
        default_factory=list,
        description="Words that stand for a proposition said before, the content of a speech or belief "
        "cue ('said so', 'said the same of her', 'thinks so')",
    )
    publishing_verbs: list[str] = Field(
        default_factory=list,
        description="Verbs by which a subject puts out a text that speaks for it: a participle or a relative "
        "clause on their object is the subject's ('issued a statement saying A': the subject says A)",
    )
    view_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns of a holder's view in a phrase 'in X's N' beside a clause ('In Ruiz's view, A'; "
        "'A, in my opinion'): the clause is what the possessor holds, the noun its cue",
    )
    undone_words: list[str] = Field(
        default_factory=list,
        description="Words before a cue's infinitive that say it was not done ('was / proved unable to confirm "
        "that A', 'failed to confirm', 'is unlikely to say that A'): no claim of the subject; conflicts on "
        "events read them too ('failed to sign': the event did not happen)",
    )
    unrealised_words: list[str] = Field(
        default_factory=list,
        description="Adjectives, and nouns after 'have', before a cue's infinitive that say it may yet be done "
        "('was eager to say that A', 'has a chance to show that A', 'was set to announce'): the claim is hedged "
        "at most; negated ('is not ready to say that A'), not done",
    )

    @model_validator(mode="after")
    def _once(self) -> CueLexicon:
        seen: set[tuple[str, str]] = set()
        for c in self.cue:
            key = (c.lemma, c.pos)
            if key in seen:
                raise ValueError(f"cue {c.lemma!r} ({c.pos}) is defined twice")
            seen.add(key)
        return self

    @model_validator(mode="after")
    def _one_token(self) -> CueLexicon:
        """The word lists are compared with one token's lemma: an entry the tokenizer splits
        ("front-runner" is three tokens) or an upper-case one could never match."""
        for name in (
            "light_verbs",
            "poll_nouns",
            "holder_nouns",
            "share_nouns",
            "seeming_verbs",
            "pro_forms",
            "publishing_verbs",
            "view_nouns",
            "undone_words",
            "unrealised_words",
        ):
            for word in getattr(self, name):
                if word != word.lower() or not word.isalpha():
                    raise ValueError(f"{name}: {word!r} is not one lower-case word and would never match")
        return self


# ------------------------------------------------------------------- modality
class ModalityLexicon(_Strict):
    hedged_modals: list[str] = Field(description="Modal verbs that hedge (may, might, could)")
    speculative_modals: list[str] = Field(default_factory=list)
    author_hedged_modals: list[str] = Field(
        default_factory=list, description="Modals that hedge only unattributed statements (would)"
    )
    hedging_adverbs: list[str]
    hedging_adjectives: list[str] = Field(
        default_factory=list, description="Adjectives of a report noun that hedge it ('unconfirmed reports that')"
    )
    reporting_adverbs: list[str] = Field(description="'reportedly', 'allegedly': the claim is reported")
    speculative_frames: list[str] = Field(description="Phrases that frame a scenario ('one possibility is')")
    conditionals: list[str] = Field(description="Subordinators that make a clause conditional")
    negators: list[str] = Field(description="Words that negate the clause they attach to")
    hedged_verbs: list[str] = Field(
        default_factory=list, description="Main verbs that hedge their complement (expect, plan, consider)"
    )
    hedged_states: list[str] = Field(
        default_factory=list, description="Event nouns after a light verb that hedge ('is in talks')"
    )
    negating_verbs: list[str] = Field(
        default_factory=list, description="Verbs that exclude what they govern ('excluded', 'ruled out')"
    )
    negative_pronouns: list[str] = Field(
        default_factory=list, description="Arguments that negate their clause ('nothing', 'nobody')"
    )
    not_negating_after: list[str] = Field(
        default_factory=list, description="Words after a negator that make it restrict, not negate ('not only')"
    )
    disowned_nouns: list[str] = Field(
        default_factory=list, description="Nouns naming a report its sentence denies ('a claim the company denied')"
    )
    disowning_pronouns: list[str] = Field(
        default_factory=list, description="Pronouns a denial takes its sentence's report back with ('denies it')"
    )


# ----------------------------------------------------------------- facets
class TierLexicon(_Strict):
    """Phrases that indicate a network security tier."""

    classified: list[str]
    unclassified: list[str]
    mixed: list[str] = Field(default_factory=list)
    strong: list[str] = Field(default_factory=list, description="Phrases that need no network noun nearby")
    network_nouns: list[str] = Field(description="Nouns naming networks/systems/environments")
    document_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns naming documents: a tier word qualifying one is a document's marking, not a tier",
    )
    opposed: list[Tier] = Field(description="Tiers that contradict each other (classified vs unclassified)")
    negated: dict[Tier, Tier] = Field(
        default_factory=dict, description="Tier asserted by a negated tier phrase ('not classified': unclassified)"
    )

    @property
    def both(self) -> str:
        """The tier of a claim naming all opposed tiers (``mixed``, :data:`claimline.vocab.BOTH_TIERS`)."""
        return BOTH_TIERS

    def by_tier(self) -> dict[str, list[str]]:
        return {t: getattr(self, t) for t in TIERS}


# ------------------------------------------------------------- reconciliation
class VoteWeights(_Strict):
    resolved_margin: float = Field(gt=0, lt=1, description="(top - second) / total needed to resolve")
    recency_half_life_days: float = Field(gt=0)
    recency_floor: float = Field(ge=0, le=1)
    undated_recency: float = Field(ge=0, le=1)


class TruthDiscovery(_Strict):
    min_sources: int = Field(ge=1, description="Independent source units a question needs for learned reliability")
    reliability_prior: float = Field(ge=0, le=1)
    reliability_smoothing: float = Field(ge=0, description="Pseudo-observations at the prior")
    reliability_iterations: int = Field(ge=1)
    reliability_tolerance: float = Field(gt=0)


class VoteLexicon(_Strict):
    """Weights and thresholds of the vote that reconciles a conflict (``models/votes.toml``)."""

    certainty: dict[Modality, float]
    source_kind: dict[SourceKind | Literal["author"], float]
    vote: VoteWeights
    truth_discovery: TruthDiscovery

    @field_validator("certainty")
    @classmethod
    def _every_modality(cls, v: dict[str, float]) -> dict[str, float]:
        missing = [m for m in MODALITIES if m not in v]
        if missing:
            raise ValueError(f"no weight for {', '.join(missing)}")
        return v


class ScopeEntry(_Strict):
    name: str
    description: str = ""
    terms: list[str] = Field(description="Words or phrases that indicate this use scope ('plan/NOUN')")
    exclude: list[str] = Field(default_factory=list, description="Phrases that look like a term but are not")

    @field_validator("name")
    @classmethod
    def _snake(cls, v: str) -> str:
        if not v.replace("_", "").isalnum() or v.lower() != v:
            raise ValueError("scope names are lower_snake_case")
        return v


class ScopeUseEntry(_Strict):
    """When a scope term tells a use (``[use]`` of ``models/scopes.toml``): the words whose purpose,
    object or kind the term must be ("used for logistics", "logistics tasks", "the software fuses sensor
    feeds for analysts"); a term outside them names a thing of another story ("the supply line leaked")."""

    event_classes: list[str] = Field(
        default_factory=list, description="Event classes of models/events.toml whose verbs and nouns put a thing to use"
    )
    verbs: list[str] = Field(
        default_factory=list, description="Verb lemmas whose complement is a use ('help', 'cover')"
    )
    nouns: list[str] = Field(
        default_factory=list, description="Noun lemmas naming a use, task or role ('task', 'purpose', 'part')"
    )
    users: list[str] = Field(
        default_factory=list,
        description="Noun lemmas naming those who put a thing to use ('user'): a use only as what a subject is",
    )
    instruments: list[str] = Field(
        default_factory=list,
        description="Noun lemmas naming a thing built for a use ('software', 'tool'): what it is for or does is a use",
    )
    prepositions: list[str] = Field(
        default_factory=list, description="Prepositions through which a term reaches a use word ('for', 'on', 'of')"
    )

    @field_validator("verbs", "nouns", "users", "instruments", "prepositions")
    @classmethod
    def _once(cls, v: list[str]) -> list[str]:
        seen = [w for i, w in enumerate(v) if w in v[:i]]
        if seen:
            raise ValueError(f"listed twice: {', '.join(seen)}")
        return v


class ScopeLexicon(_Strict):
    scope: list[ScopeEntry]
    use: ScopeUseEntry = Field(default_factory=ScopeUseEntry)

    @model_validator(mode="after")
    def _words_once(self) -> ScopeLexicon:
        u = self.use
        both = (set(u.nouns) & set(u.instruments)) | (set(u.users) & (set(u.nouns) | set(u.instruments)))
        if both:
            raise ValueError(f"use: listed in two lists: {', '.join(sorted(both))}")
        return self


class RevisionLexicon(_Strict):
    """Markers of corrections ("later clarified") and of the reports they correct ("initial reports")."""

    correction: list[str]
    initial: list[str]
    rescheduled: list[str] = Field(
        default_factory=list,
        description="Schedule changes ('postponed'): a correction only when they move the event to a time",
    )
    own_versions: list[str] = Field(
        default_factory=list,
        description="Initial markers naming the outlet's own earlier text ('an earlier version said'): as a source,"
        " the outlet itself",
    )


class FurnitureLexicon(_Strict):
    """Page furniture: lines of a scraped page that are not article content.

    Lines are compared after cleaning (markdown links, heading hashes, bullets,
    emphasis, arrows removed; whitespace collapsed); see ``models/furniture.toml``.
    """

    exact: list[str] = Field(default_factory=list, description="Whole lines (case-insensitive)")
    patterns: list[str] = Field(default_factory=list, description="Regexes matched against a whole line")
    trailers: list[str] = Field(
        default_factory=list,
        description="Regexes for lines ('Related articles', 'Read more') whose short link lines below are "
        "furniture too",
    )
    publishers: list[str] = Field(default_factory=list, description="Known outlet names for masthead lines")
    outlet_words: list[str] = Field(
        default_factory=list,
        description="Last words of outlet names ('Times', 'Ledger') for masthead lines of unknown outlets",
    )
    name_particles: list[str] = Field(
        default_factory=list,
        description="Lower-case words inside a name ('van', 'de'; 'and' in other languages: 'Pan y Vino')",
    )
    masthead_parts: list[str] = Field(
        default_factory=list,
        description="Regexes for the parts of a masthead date line ('Oslo | 10 June 2026 | Analysis desk') "
        "that are neither a date, a place nor a name: desks, sections, issue numbers",
    )

    @field_validator("patterns", "trailers", "masthead_parts")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        import re

        for pattern in v:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regex {pattern!r}: {exc}") from None
        return v


class MeasuredWords(_Strict):
    people: list[str] = Field(default_factory=list, description="Nouns of people: compared under one verb only")
    any_people: list[str] = Field(
        default_factory=list,
        description="Nouns that count any people: the broader noun of every `people` noun for a figure "
        "('nine people were trapped' / 'seven miners')",
    )
    joiners: list[str] = Field(
        default_factory=list,
        description="Words joining a second figure to a figure ('120 passengers and nine crew', '300 cows plus 40 "
        "bulls'): parts of a whole another outlet may count by a broader word",
    )
    increments: list[str] = Field(default_factory=list, description="Words of a part added ('another 200')")
    wholes: list[str] = Field(default_factory=list, description="Determiners of a whole ('all 14 interchanges')")
    not_measured: list[str] = Field(default_factory=list, description="Nouns that are no measured thing ('times')")
    tallies: list[str] = Field(
        default_factory=list, description="Nouns whose figure counts the event they name ('the death toll is 14')"
    )
    counts_of: list[str] = Field(
        default_factory=list,
        description="Nouns whose 'of' names the thing their figure counts ('the number of people injured rose to "
        "eight', 'raised the number of arrests to 52')",
    )
    open_clauses: list[str] = Field(
        default_factory=list, description="Words opening a clause whose figure is asked or supposed ('whether', 'if')"
    )
    parts: list[str] = Field(
        default_factory=list, description="Words before a figure telling it as a part of one before ('of which 120')"
    )
    parts_of: list[str] = Field(
        default_factory=list, description="Words after a figure before the whole it is part of ('as part of 2,400')"
    )
    larger: list[str] = Field(
        default_factory=list, description="Words of a larger whole after parts_of words ('as part of wider cuts')"
    )
    running: list[str] = Field(
        default_factory=list, description="Words of a count still running when told ('still missing', 'so far')"
    )
    as_of: list[str] = Field(
        default_factory=list, description="Words before a time that dates a running count ('as of Tuesday evening')"
    )
    near: list[str] = Field(
        default_factory=list,
        description="Modifiers that put a figure just short of or just past its number ('nearly 12 hours', 'just "
        "over 300'), not anywhere below or above it ('less than', 'more than')",
    )
    range_openers: list[str] = Field(default_factory=list, description="Words opening a range ('between 41 and 43')")
    range_joiners: list[str] = Field(default_factory=list, description="Words joining a range's bounds ('and', 'to')")
    lasting: list[str] = Field(
        default_factory=list, description="Verbs whose duration is how long their subject lasts ('will last 30 days')"
    )
    costing: list[str] = Field(
        default_factory=list, description="Verbs whose sum is what a thing costs ('would cost 130 million euros')"
    )
    state_heads: list[str] = Field(
        default_factory=list, description="Nouns of a state whose 'of' names what lasts ('state of emergency')"
    )
    measure_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns that name a measure, not a measured thing ('a distance of 3 km', 'a total of 40 km')",
    )
    positions: list[str] = Field(
        default_factory=list,
        description="Words that tell a measure as where a thing is on a scale, not how much of a thing there is "
        "('above 1,200 metres', 'at an altitude of 2,400 metres', '900 metres underground')",
    )


class MeasureLexicon(_Strict):
    """What a number of an event measures (``models/measures.toml``; used by ``events/measures.py``)."""

    counted: dict[str, list[str]] = Field(
        description="set name -> lemmas that count one thing ('die', 'kill', 'death': the dead)"
    )
    rising: list[str] = Field(
        default_factory=list,
        description="counted sets whose count of one incident only grows as it is updated ('dead': a toll)",
    )
    measured: MeasuredWords = Field(default_factory=MeasuredWords)
    units: dict[str, str] = Field(
        default_factory=dict, description="spelling of a unit -> the unit's name ('km' -> 'kilometre')"
    )

    @model_validator(mode="after")
    def _once(self) -> MeasureLexicon:
        for spelling, name in self.units.items():
            if spelling != spelling.lower() or name != name.lower() or not spelling.strip():
                raise ValueError(f"units: {spelling!r} = {name!r} is not lower case")
            if name in self.units:
                raise ValueError(f"units: the name {name!r} is itself a spelling of {self.units[name]!r}")
        seen: dict[str, str] = {}
        for name, words in self.counted.items():
            for w in words:
                if w != w.lower() or not w.strip():
                    raise ValueError(f"counted.{name}: {w!r} is not a lower-case lemma")
                if w in seen:
                    raise ValueError(f"counted: {w!r} is in {seen[w]!r} and {name!r}")
                seen[w] = name
        for name in self.rising:
            if name not in self.counted:
                raise ValueError(f"rising: {name!r} is no [counted] set")
        return self


FILES: dict[str, type[BaseModel]] = {
    "furniture.toml": FurnitureLexicon,
    "actors.toml": ActorLexicon,
    "cues.toml": CueLexicon,
    "modality.toml": ModalityLexicon,
    "tiers.toml": TierLexicon,
    "scopes.toml": ScopeLexicon,
    "revision.toml": RevisionLexicon,
    "votes.toml": VoteLexicon,
    "measures.toml": MeasureLexicon,
}


def read_merged(name: str) -> dict:
    """The raw data of lexicon file ``name``: the shipped file plus every ``CLAIMLINE_LEXICONS`` addition."""
    return read_with_additions(name, "lexicon")


@cache
def load(name: str) -> BaseModel:
    """Load, merge and validate one lexicon file (cached per process)."""
    model = FILES[name]
    data = read_merged(name)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ClaimlineError(f"invalid lexicon {name}: {first_error(exc)}") from exc


def actors() -> ActorLexicon:
    return load("actors.toml")  # type: ignore[return-value]


def cues() -> CueLexicon:
    lex: CueLexicon = load("cues.toml")  # type: ignore[assignment]
    # a report is said, it holds no stance: a holder noun that is also a report noun would be dead
    clash = set(lex.holder_nouns) & {r.lower() for r in actors().reports}
    if clash:
        raise ClaimlineError(f"invalid lexicon cues.toml: holder_nouns {sorted(clash)} are report nouns of actors.toml")
    return lex


def modality() -> ModalityLexicon:
    return load("modality.toml")  # type: ignore[return-value]


@cache
def advice_modals() -> frozenset[str]:
    """``advice_modals`` of ``models/comparison.toml`` (with its ``CLAIMLINE_LEXICONS`` additions), lower-cased:
    the modals of advice and obligation ("should", "must"). Read here, a stage below both the event layer (what
    ought to be is not told as done) and ``reconcile`` (whose ``ComparisonLexicon`` validates the whole file), so
    that both read one list (review 19 A14)."""
    words = read_merged("comparison.toml").get("advice_modals", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ClaimlineError("invalid lexicon comparison.toml: advice_modals: a list of words is wanted")
    return frozenset(w.lower() for w in words)


def tiers() -> TierLexicon:
    return load("tiers.toml")  # type: ignore[return-value]


def scopes() -> ScopeLexicon:
    return load("scopes.toml")  # type: ignore[return-value]


def furniture() -> FurnitureLexicon:
    return load("furniture.toml")  # type: ignore[return-value]


def revision() -> RevisionLexicon:
    return load("revision.toml")  # type: ignore[return-value]


def votes() -> VoteLexicon:
    return load("votes.toml")  # type: ignore[return-value]


def measures() -> MeasureLexicon:
    return load("measures.toml")  # type: ignore[return-value]


def validate_all() -> dict[str, int]:
    """Validate every lexicon; return the number of top-level entries per file."""
    counts: dict[str, int] = {}
    cues()  # the checks across files
    for name in FILES:
        model = load(name)
        counts[name] = sum(len(v) for v in model.model_dump().values() if isinstance(v, list | dict))
    return counts
