"""Word senses chosen by the words around the word (``[[sense]]`` in ``models/events.toml``).

"strike" is an attack in "an air strike" and a labour action in "a port strike", "went on strike",
"a strike by dock workers", "strike action" or "the union will strike"; "action" is an event only
as "industrial action". The lexicon gives the word's class; a sense whose context words stand
around it gives another. Reads a spaCy token's dependencies (its children, its head), nothing
else of the sentence.
"""

from __future__ import annotations

from typing import Literal

from spacy.attrs import LEMMA, POS
from spacy.symbols import NOUN as _NOUN
from spacy.symbols import VERB as _VERB
from spacy.tokens import Doc, Token

from .lexicon import EventLexicon, Sense
from .lexicon import lexicon as _lexicon
from .measures import people_noun

#: Children of the word that describe it: "port strike", "a general strike", "the union's strike".
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
#: A noun it modifies ("strike action", "strike ballot").
_HEAD_OF = frozenset({"compound", "amod"})
#: A verb's clause of the noun it tells of, which is its subject or what undergoes it ("a lorry overturned on the
#: A1", parsed as a clause of "lorry"; "the ship, which sank").
_CLAUSE_OF = frozenset({"acl", "relcl"})
#: Prepositions whose object is the party ("a strike by dock workers", "a walkout of 900 staff").
_AGENT_PREPS = frozenset({"by", "of"})
#: A verb's clause of what is to be done ("ordered the union to suspend", "ordered that the works stop").
_CLAUSES = frozenset({"xcomp", "ccomp"})
#: Where the verb governing a noun stands to it ("placed the order", "the order was placed").
_GOVERNED = frozenset({"dobj", "nsubj", "nsubjpass"})
#: Prepositions whose object is what a noun is aimed at ("an attack on the senator", "a strike against pay cuts").
_TARGET_PREPS = frozenset({"on", "against"})
#: Lemmas of personal pronouns (spaCy lemmatises "him" to "he").
_PERSONAL = frozenset({"he", "she", "i", "we", "you", "him", "her", "me", "us"})
#: Possessive determiners of people ("his attack on", "hurt her knee").
_POSSESSIVE = frozenset({"his", "her", "their", "my", "our"})
#: ``doc.user_data`` key of the sense classes an article names (:func:`_named`).
_KEY = "claimline.sense_classes"


def _lemmas(tok: Token) -> tuple[str, ...]:
    """The lemma of a context word; a capitalised word the tagger takes for a name keeps a final
    "s" that may be a plural's ("Dockworkers strike at ..." in a headline) or its own ("the Arriva
    Bus strike"): both the word and its singular."""
    lemma = tok.lemma_.lower()
    return (lemma, lemma[:-1]) if tok.pos_ == "PROPN" and lemma.endswith("s") else (lemma,)


def _around(tok: Token, pos: Literal["noun", "verb"]) -> tuple[set[str], bool]:
    """The lemmas standing around ``tok`` that may choose a sense, and whether it has a direct object."""
    words: set[str] = set()
    has_object = False
    for c in tok.children:
        dep = c.dep_
        if dep in _MODIFIERS or (pos == "verb" and dep in ("nsubj", "nsubjpass")):
            words.update(_lemmas(c))
            if pos == "verb" and dep != "compound":
                words.update(_whole_of(c))
            if dep != "compound" and c.pos_ == "PROPN":  # "the trawler Marlen sank": the noun naming what it is
                # (a common noun, not a part of the name: "Wall Street fell" names no wall)
                words.update(
                    w for g in c.children if g.dep_ in ("compound", "appos") and g.pos_ != "PROPN" for w in _lemmas(g)
                )
        elif pos == "verb" and (
            dep == "prt" or (dep == "prep" and c.lower_ == "out") or (dep == "advmod" and c.i == tok.i + 1)
        ):
            # "ruled out", "struck down", "dropped out (of the race)"; an adverb right after the verb that the
            # parser does not take for its particle ("ran aground")
            words.add(c.lower_)
        elif dep == "prep" and c.lower_ in _AGENT_PREPS:
            words.update(w for g in c.children if g.dep_ == "pobj" for w in _lemmas(g))
        elif dep == "dobj":
            has_object = True
    if pos == "verb" and tok.dep_ in _CLAUSE_OF and tok.head is not tok:
        words.update(_lemmas(tok.head))  # "a coach overturned near ...", "workers striking at the port": its subject
    if pos == "noun":
        if tok.dep_ in _HEAD_OF:
            words.add(tok.head.lemma_.lower())
        elif tok.dep_ == "pobj":
            words.add(tok.head.lower_)
    return words, has_object


def _whole_of(part: Token) -> set[str]:
    """The lemmas of what a verb's subject is a part of (``part_nouns``: "part of the embankment collapsed", "a
    section of the roof gave way"): the thing that befalls it chooses the sense, as it would as the subject."""
    if part.lemma_.lower() not in _lexicon().part_nouns:
        return set()
    return {
        w
        for p in part.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
        for w in _lemmas(g)
    }


def _holds_idiom(verb: Token, sense: Sense) -> bool:
    """Whether a verb has the bare noun of an idiom its sense holds only with (``idiom_objects``: "the roof gave
    way"), as its object or right after it (the parser may hang "way" elsewhere: "the main gave way before dawn");
    not "gave a score", "gave the way"."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    found = [c for c in verb.children if c.dep_ == "dobj"] + ([after] if after is not None else [])
    return any(t.lemma_.lower() in sense.idiom_objects and not any(c.dep_ == "det" for c in t.children) for t in found)


#: Particles a verb's phrase ends in ("went down", "came down"), as events/frames.py reads them.
_PARTICLES = frozenset({"down", "out", "off", "over", "back", "up", "in", "away"})


def _sense_word(tok: Token, pos: Literal["noun", "verb"], lex: EventLexicon) -> str:
    """The word whose senses ``tok`` has: a verb with its particle when a sense lists the two ("the system went
    down", "the rock came down"), else its lemma."""
    lemma = tok.lemma_.lower()
    if pos != "verb":
        return lemma
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES and not list(c.children)):
            phrase = f"{lemma} {c.lower_}"
            return phrase if (pos, phrase) in lex.senses else lemma
    return lemma


#: what :func:`_own_choice` gives when the word's own context chooses no sense
_UNCHOSEN = "\0unchosen"


def _own_choice(
    tok: Token, pos: Literal["noun", "verb"], lex: EventLexicon
) -> tuple[tuple[Sense, ...] | None, str | None]:
    """The word's senses and the class its own context chooses (its modifiers, object, target, who acts
    on it): None for no event ("Russian pilots", "struck a balance"), ``_UNCHOSEN`` when none chooses."""
    lemma = _sense_word(tok, pos, lex)
    senses = lex.senses.get((pos, lemma))
    if not senses:
        return senses, _UNCHOSEN
    if pos == "verb" and lex.word(lemma) in lex.light_verbs and _event_object(tok, lex):
        return senses, None  # "struck a deal", "a deal was struck": a light verb, the noun is the event
    chosen = _chosen(tok, pos, senses)
    return senses, (_UNCHOSEN if chosen is None else chosen.event_class)


def own_sense(tok: Token, cls: str | None, pos: Literal["noun", "verb"], lex: EventLexicon) -> str | None:
    """The class of ``tok`` in the sense its own context chooses, never the article elsewhere; ``cls``
    when none does."""
    choice = _own_choice(tok, pos, lex)[1]
    return cls if choice == _UNCHOSEN else choice


def near_sense(tok: Token, cls: str | None, pos: Literal["noun", "verb"], lex: EventLexicon) -> str | None:
    """:func:`own_sense`, else the sense its ``weak_context`` words around it choose in an article that
    names that sense and no rival ("a 48-hour strike" in a story of a union's walkout; an attack reported
    as "the airport strike" stays one); never the article's other words alone (:func:`sense_of` reads
    those too). ``cls`` when neither chooses."""
    choice = _near(tok, cls, pos, lex)[1]
    return cls if choice == _UNCHOSEN else choice


def _near(
    tok: Token, cls: str | None, pos: Literal["noun", "verb"], lex: EventLexicon
) -> tuple[tuple[Sense, ...] | None, str | None]:
    """The word's senses, and the class its own context or its weak context words choose (``cls`` when the
    word has no senses; :data:`_UNCHOSEN` when neither context chooses)."""
    senses, choice = _own_choice(tok, pos, lex)
    if choice != _UNCHOSEN:
        return senses, choice
    if not senses:
        return senses, cls
    weakly = _weakly_chosen(tok, cls, pos, senses, lex)
    return senses, (_UNCHOSEN if weakly is None else weakly)


def sense_of(tok: Token, cls: str | None, pos: Literal["noun", "verb"], lex: EventLexicon) -> str | None:
    """The class of ``tok`` (a trigger of class ``cls``, or of none: None) in the sense its
    context chooses; ``cls`` when no sense of the word has its context words around it."""
    senses, choice = _near(tok, cls, pos, lex)
    if choice != _UNCHOSEN:
        return choice
    if cls is None or (pos == "verb" and _around(tok, pos)[1]) or (pos == "noun" and _aimed_on(tok)):
        return cls  # "the action": no event; "struck the town", "the strike on the school" keep their class
    return _discourse(tok, cls, pos, senses, lex) or cls


def _aimed_on(noun: Token) -> bool:
    """Whether a noun is aimed "on" something ("the strike on the school", not "the strike on Monday"):
    no word of the article elsewhere gives it another sense."""
    preps = (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on")
    return any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for p in preps for g in p.children)


def _event_object(tok: Token, lex: EventLexicon) -> bool:
    """Whether the verb's object (or passive subject) is an event noun ("a deal", "an agreement"), or the noun a
    participle tells of ("the deal struck by Kestrel")."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in lex.nouns:
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in lex.nouns for c in tok.children)


def _fits(tok: Token, pos: Literal["noun", "verb"], sense: Sense, has_object: bool) -> bool:
    """Whether ``tok`` has the shape of ``sense``: as a verb, no object nor a passive for an ``intransitive`` sense
    ("workers struck", not "struck a deal" nor "was struck by debris") and a clause for a ``clause`` sense ("ordered
    the union to suspend", not "ordered 40 laptops")."""
    if pos != "verb":
        return True
    if sense.intransitive and (has_object or _passive(tok)):
        return False
    if sense.idiom_objects and not _holds_idiom(tok, sense):
        return False
    return not sense.clause or any(c.dep_ in _CLAUSES for c in tok.children)


def _passive(verb: Token) -> bool:
    """A verb in the passive, whose subject is its object ("a van driver was struck by debris", "the ruling was
    overturned"): no intransitive use ("the union will strike", "the coach overturned"). Not a participle after its
    noun: the parser takes "a coach overturned near Pradel" for one."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _beside(tok: Token) -> set[str]:
    """The prepositions after a noun ("an order for 40 buses") and the verb it is the object or
    subject of ("placed the order", "the order was placed")."""
    words = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if tok.dep_ in _GOVERNED and tok.head is not tok:
        words.add(tok.head.lemma_.lower())
    return words


def _party(tok: Token) -> tuple[str, ...]:
    """The lemma of a verb's object or a noun's target, and "person" for a person's name or a personal
    pronoun ("attacked Clinton", "attacked him", "an attack on the senator's record")."""
    lemma = tok.lemma_.lower()
    return (lemma, "person") if tok.ent_type_ == "PERSON" or lemma in _PERSONAL else (lemma,)


def _objects(tok: Token, pos: Literal["noun", "verb"]) -> set[str]:
    """The lemmas of a verb's direct object or passive subject ("landed two contracts", "a balance was struck"),
    for a passive infinitive the subject of the verb it completes ("the case was due to be heard"); or of a
    noun's target ("an attack on the plan", "a strike against pay cuts"): only a sense's ``objects`` read
    them, never its context words ("a strike on the factory" is no factory strike)."""
    if pos == "noun":
        preps = (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS)
        return {w for p in preps for g in p.children if g.dep_ == "pobj" for w in _party(g)}
    found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not found and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
        governor = tok.head.head if tok.head.dep_ == "acomp" else tok.head
        found = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {w for c in found for w in _party(c)}


def _goals(verb: Token) -> set[str]:
    """The lemmas of what a verb moves onto, into or against (``goal_prepositions`` of models/events.toml: "ran
    onto rocks", "was driven into the sandbank"), and of the nouns joined to it ("onto rocks and a reef"); not a
    figure of speech's obstacle "of" something ("ran into a wall of opposition")."""
    goal_preps = _lexicon().goal_prepositions
    preps = (c for c in verb.children if c.dep_ == "prep" and c.lower_ in goal_preps)
    # (not a figure of speech's obstacle "of" something: "ran into a wall of opposition", "the rocks of a falling
    # market"; review 16 X17)
    found = [
        g
        for p in preps
        for g in p.children
        if g.dep_ == "pobj" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in g.children)
    ]
    found += [c for g in found for c in g.children if c.dep_ == "conj"]
    return {c.lemma_.lower() for c in found}


def _preps(verb: Token) -> set[str]:
    """The prepositions a verb governs, with an object of their own ("looked into the failure", "switched off its
    assistant"; a passive's stranded one too: "the outage is being looked into")."""
    return {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")}


def _prep_objects(verb: Token) -> set[tuple[str, str]]:
    """(preposition, the lemma of its object) of each preposition a verb governs ("were taken to hospital", "put
    the project on hold", "treated for minor burns"): an idiom is told by its phrase, not by its preposition."""
    return {
        (c.lower_, g.lemma_.lower()) for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    }


def _doers(verb: Token) -> list[Token]:
    """Who does what a verb tells: its active subject (for a relative clause's pronoun, the noun the clause tells
    of: "a fire that killed 200 cows"; for a second verb of a pair, the first's subject) or its party after
    "by" ("were killed by lightning")."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and verb.dep_ == "conj" and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
        found = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [t.head if t.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else t for t in found]


def _a_person(t: Token) -> bool:
    """A person's name or a personal pronoun."""
    return t.ent_type_ == "PERSON" or t.lemma_.lower() in _PERSONAL or t.lower_ == "they"


def _done_by(verb: Token, sense: Sense) -> bool:
    """Whether who does what ``verb`` tells may do it in ``sense`` (:attr:`Sense.doers`): no subject or "by"
    party, or one of the doers, a name or a personal pronoun."""
    if not sense.doers:
        return True
    return all(
        _a_person(t) or t.pos_ == "PROPN" or t.ent_type_ or t.lemma_.lower() in sense.doers for t in _doers(verb)
    )


def _done_by_others(verb: Token, sense: Sense) -> bool:
    """Whether a sense of :attr:`Sense.others_do` holds: a subject or "by" party that is no person nor a doer
    ("the strike hurt commuters")."""
    found = _doers(verb)
    if not found or any(
        _a_person(t) or people_noun(t.lemma_.lower()) or t.lemma_.lower() in sense.doers for t in found
    ):
        return False
    # (one's own body: "the goalkeeper hurt his shoulder", "hurt himself")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return not any(o.lower_.endswith(("self", "selves")) or any(_owner(c) for c in o.children) for o in objects)


def _owner(t: Token) -> bool:
    """A possessive of a person ("his", "her", "their")."""
    return t.dep_ == "poss" and (t.lower_ in _POSSESSIVE or t.ent_type_ == "PERSON")


def _agents(noun: Token) -> tuple[str, set[str]]:
    """The verb whose object a noun is and the lemmas of who acts on the noun: the verb's subject or its
    party after "by" ("the union called off the strike", "the strike was suspended by the union"), else the
    one the verb's governor has do it ("ordered the union to suspend the strike") or who means to ("the
    union decided to end the strike")."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb is noun:
        return "", set()
    words: set[str] = set()
    for c in verb.children:
        if c.dep_ == "nsubj":
            words.update(_lemmas(c))
        elif c.dep_ == "agent":
            words.update(w for g in c.children if g.dep_ == "pobj" for w in _lemmas(g))
    if not words and verb.dep_ == "xcomp" and verb.head is not verb:
        governor = verb.head
        kids = list(governor.children)
        party = [c for c in kids if c.dep_ == "dobj"] or [c for c in kids if c.dep_ == "nsubj"]
        for c in party:
            words.update(_lemmas(c))
    return _lexicon().word(verb.lemma_.lower()), words  # ("staged": the tagger's "stag" is "stage")


def _acted_on(sense: Sense, verb: str, agents: set[str], words: set[str]) -> bool:
    """Whether who acts on the noun chooses an ``agents`` sense: a context word, by a verb that conducts or
    ends the action (``agent_verbs``: "the union called off the strike", not "the union condemned the
    strike"), and no ``unless`` word among the noun's own modifiers ("the missile strike")."""
    if not sense.agents or not agents & sense.context or words & sense.unless:
        return False
    return not sense.agent_verbs or verb in sense.agent_verbs


def _person_to_person(tok: Token, pos: Literal["noun", "verb"]) -> bool:
    """Whether a person acts on a person, one of them named ("Ames attacked Birch", "Birch was attacked
    by Ames", "Ames's attacks on him", "he launched an attack on Birch") and no instrument follows the
    word ("with a knife")."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    if pos == "verb":
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        doers = [c for c in tok.children if c.dep_ == "poss"]
        if not doers and tok.dep_ == "dobj" and tok.head is not tok:
            doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS]
        targets = [g for p in preps for g in p.children if g.dep_ == "pobj"]

    def named(t: Token) -> bool:
        return t.ent_type_ == "PERSON"

    def person(t: Token) -> bool:
        return named(t) or t.lemma_.lower() in _PERSONAL or t.lower_ in _POSSESSIVE

    return any((named(d) and person(t)) or (person(d) and named(t)) for d in doers for t in targets)


def _chosen(tok: Token, pos: Literal["noun", "verb"], senses: tuple[Sense, ...]) -> Sense | None:
    """The sense whose context words stand around ``tok`` (for an ``agents`` sense, also who acts on
    it: :func:`_agents`), whose ``objects`` word is its object, or a ``plural`` sense of a plural noun
    with no "of" party (None: none does)."""
    words, has_object = _around(tok, pos)
    objects = _objects(tok, pos) if any(s.objects for s in senses) else set()
    goals = _goals(tok) if pos == "verb" and any(s.goals for s in senses) else set()
    verb, agents = _agents(tok) if pos == "noun" and any(s.agents for s in senses) else ("", set())
    for sense in senses:
        if not _fits(tok, pos, sense, has_object):
            continue
        if words & sense.context:
            return sense
        if (objects & sense.objects or goals & sense.goals) and (pos != "verb" or _done_by(tok, sense)):
            return sense
        if sense.preps and pos == "verb" and _preps(tok) & sense.preps:
            return sense
        if sense.prep_objects and pos == "verb" and _prep_objects(tok) & sense.prep_objects:
            return sense
        if pos == "verb" and tok.lemma_.lower() in sense.others_do and _done_by_others(tok, sense):
            return sense
        if _acted_on(sense, verb, agents, words):
            return sense
        if sense.people and _person_to_person(tok, pos):
            return sense
        if sense.directive and pos == "verb" and _directs(tok):
            return sense
        if sense.plural and pos == "noun" and tok.tag_ == "NNS" and not any(c.lower_ == "of" for c in tok.children):
            return sense  # "Russian pilots", not "three pilots of the scheme"
    return None


#: Tags of the words that ask what or how ("told them what to say", "how to vote").
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})


def _directs(verb: Token) -> bool:
    """Whether a verb tells someone what to do: an infinitive with no subject of its own completes it after its
    object or in the passive ("told residents to stay indoors", "were told not to drink the water"); not a
    that-clause nor a clause with a subject of its own ("told the board that it would close", "told reporters he
    wanted to stay"), nor what or how to do ("told them what to say", "tell them how to vote": the telling is
    speech)."""
    if not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    return any(
        c.dep_ == "xcomp"
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") or g.tag_ in _WH for g in c.children)
        for c in verb.children
    )


def _weakly_chosen(
    tok: Token, cls: str | None, pos: Literal["noun", "verb"], senses: tuple[Sense, ...], lex: EventLexicon
) -> str | None:
    """The class of the sense whose ``weak_context`` words stand around ``tok`` ("an airport strike",
    "a strike by pilots"), in an article that names that sense elsewhere (by a ``context`` word or a
    word of its class) and names no ``unless`` word and no other word of ``tok``'s own class: an
    attack reported as "the airport strike" stays one. For a sense chosen by ``objects``, its object or
    target too ("attacked the senator": criticism in an article that names criticism and no weapon)."""
    words, has_object = _around(tok, pos)
    aimed = _objects(tok, pos) if any(s.objects and s.weak_context for s in senses) else set()
    for sense in senses:
        near = words | aimed if sense.objects else words
        if sense.event_class is None or not _fits(tok, pos, sense, has_object) or not near & sense.weak_context:
            continue
        if _names_sense(tok.doc, sense, lex) and not _rivalled(tok.doc, cls, sense, lex):
            return sense.event_class
    return None


def _names_sense(doc: Doc, sense: Sense, lex: EventLexicon) -> bool:
    """Whether the article names ``sense`` elsewhere: a sense word in its context, a word of its
    class, or a noun of its ``context`` ("the union", "workers")."""
    if sense.event_class in _named(doc, lex):
        return True
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in sense.context for t in doc)


def _rivalled(doc: Doc, cls: str | None, sense: Sense, lex: EventLexicon) -> bool:
    """Whether the article names an ``unless`` word of ``sense`` or a word of class ``cls`` other than
    the sense's own words ("shelled", "the bombing")."""
    for t in doc:
        lemma = t.lemma_.lower()
        if lemma in sense.unless:
            return True
        if cls is None or lemma in sense.lemmas:
            continue
        table = lex.nouns if t.pos_ == "NOUN" else lex.verbs if t.pos_ == "VERB" else None
        if table is not None and table.get(lemma) == cls:
            return True
    return False


def _discourse(
    tok: Token, cls: str | None, pos: Literal["noun", "verb"], senses: tuple[Sense, ...], lex: EventLexicon
) -> str | None:
    """One sense per discourse: a word with no context of its own ("the strike began on Tuesday")
    has the sense of its class the article names elsewhere — a word in that sense's context
    ("industrial action", "a port strike") or a word of the class ("the walkout") — when that is
    one sense only, the word has its shape (:func:`_fits`) and no ``keep_beside`` word stands
    beside it ("the order for 40 buses was placed" stays a purchase after a ruling). An article that
    names no sense class takes a sense with ``unless`` words when it names a noun of that sense's
    context and no ``unless`` word nor another word of the word's class (:func:`_rivalled`): "the
    union said the strike would last until Friday"."""
    if not any(s.discourse for s in senses):
        return None
    beside = _beside(tok)
    has_object = _around(tok, pos)[1]
    fitting = [s for s in senses if s.discourse and _fits(tok, pos, s, has_object) and not s.keep_beside & beside]
    named = {s.event_class for s in fitting if s.event_class is not None} & _named(tok.doc, lex)
    if not named:  # "The dockers' union said the strike would last until Friday": the article names its party
        named = {
            s.event_class
            for s in fitting
            if s.unless
            and s.event_class is not None
            and _names_sense(tok.doc, s, lex)
            and not _rivalled(tok.doc, cls, s, lex)
        }
    return next(iter(named)) if len(named) == 1 else None


class _Naming(dict):
    """(part of speech id, lemma id) -> :func:`_judged` of that word, for one lexicon (:func:`_named`)."""

    def __init__(self, lex: EventLexicon) -> None:
        super().__init__()
        self.lex = lex
        self.classes = frozenset(
            s.event_class
            for ss in lex.senses.values()
            for s in ss
            if (s.discourse or s.weak_context) and s.event_class is not None
        )


_NAMING: dict[int, _Naming] = {}


def _naming(lex: EventLexicon) -> _Naming:
    found = _NAMING.get(id(lex))
    if found is None or found.lex is not lex:
        found = _NAMING[id(lex)] = _Naming(lex)
    return found


def _judged(
    pos: Literal["noun", "verb"], lemma: str, lex: EventLexicon, classes: frozenset[str]
) -> tuple[tuple[Sense, ...] | None, str | None]:
    """What a word of that part of speech and lemma may name in :func:`_named`: its senses when one is of
    a sense class (the context then chooses), and its class when that is a sense class (what it names when no
    sense is chosen: "slammed the tax rise" is criticism though "slammed into a tree" is an accident)."""
    senses = lex.senses.get((pos, lemma))
    cls = (lex.nouns if pos == "noun" else lex.verbs).get(lemma)
    cls = cls if cls in classes else None
    if senses and any(s.event_class in classes for s in senses):
        # (a class one of its senses has is named only when that sense is chosen: "the strike began")
        return senses, (None if any(s.event_class == cls for s in senses) else cls)
    return None, cls


def _named(doc: Doc, lex: EventLexicon) -> frozenset[str]:
    """The sense classes an article names: by a word in a sense's context, or a word of the class
    (memoised per parse in ``doc.user_data``)."""
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return cached
    memo = _naming(lex)
    strings = doc.vocab.strings
    found: set[str] = set()
    # (the parse's POS and LEMMA columns at once; each (part of speech, lemma) judged once per lexicon)
    for i, (pos_id, lemma_id) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
        pos: Literal["noun", "verb"] | None = "noun" if pos_id == _NOUN else "verb" if pos_id == _VERB else None
        if pos is None:
            continue
        judged = memo.get((pos_id, lemma_id))
        if judged is None:
            judged = memo[pos_id, lemma_id] = _judged(pos, strings[lemma_id].lower(), lex, memo.classes)
        senses, cls = judged
        chosen = _chosen(doc[i], pos, senses) if senses else None
        if chosen is not None:
            if chosen.event_class is not None:
                found.add(chosen.event_class)
        elif cls is not None:
            found.add(cls)
    named = frozenset(found)
    doc.user_data[_KEY] = named
    return named
