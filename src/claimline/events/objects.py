"""What an event acts on when that is no name: the common noun of its object.

"Velland signed a gas deal with Orsk on Monday" and "Velland signed a rail deal with Orsk on Thursday" name
one party, one act and two days: two signings, not one signing dated twice (review 9, W1). A frame keeps the
noun its act is done to (:func:`theme_noun`: the head noun of its theme, with the nouns before it that say
which kind — "gas deal", "cycle lane" — as lemmas; ``a:`` before it when the noun is told as a new thing, "a
library", "40 flights", not "the carrier"), and two frames whose objects are two things
(:func:`objects_apart`) are two acts. Only common nouns: a named theme is a participant, matched as names
are; a pronoun ("signed it") or a number says nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (no spaCy on the query path)
    from spacy.tokens import Token

__all__ = ["DETERMINERS", "INDEFINITE", "KNOWN_WORDS", "NEW_WORDS", "objects_apart", "theme_noun"]

#: Dependencies of a frame's theme that make it the thing acted on (the object of a verb, the subject of a
#: passive, the noun after "of" of an event noun).
_THEMES = frozenset({"dobj", "nsubjpass", "pobj"})
#: Determiners of a noun told as a new thing ("a library"; a bare plural, "40 flights", has none).
NEW_WORDS = frozenset({"a", "an", "another", "some"})
#: Words before an object that tell it as one already known.
KNOWN_WORDS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
#: The determiners of an object, known or new.
DETERMINERS = KNOWN_WORDS | NEW_WORDS
#: The mark of an object told as a new thing.
INDEFINITE = "a:"
#: Pronouns of quantity the parser may tag as nouns ("none were found", "no one was hurt"): no thing of their own;
#: "none of the pieces" is done to the noun after "of".
_QUANTIFIERS = frozenset({"none", "one"})


def theme_noun(args: Iterable[tuple[str, Token]]) -> str | None:
    """The first theme among a frame's ``args`` (role, head token) that is a common noun outside any name:
    its lemma, after the lemmas of the nouns compounded before it ("gas deal", "cycle lane", "flight"), marked
    :data:`INDEFINITE` when told as a new thing."""
    for role, tok in args:
        if role != "theme" or tok.dep_ not in _THEMES or tok.pos_ != "NOUN" or tok.ent_type_:
            continue
        lemma = tok.lemma_.lower()
        if lemma in _QUANTIFIERS:
            tok = next((g for g in _of_nouns(tok) if not g.ent_type_), None)
            if tok is None:
                continue  # ("none were found": what none of is not said)
            lemma = tok.lemma_.lower()
        if not lemma.isalpha():
            continue
        kind = [c.lemma_.lower() for c in tok.children if _kind_word(c, tok)]
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        new = all(c.dep_ == "det" and c.lower_ in NEW_WORDS for c in dets)
        return (INDEFINITE if new else "") + " ".join([*kind, lemma])
    return None


def _of_nouns(tok: Token) -> list[Token]:
    """The common nouns after "of" of a token ("none of the pieces")."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.pos_ == "NOUN"]


def _kind_word(c: Token, noun: Token) -> bool:
    """A common noun compounded before the object that says which kind ("gas" deal, "cycle" lane); not a word of
    a name or an amount ("a 36 million crown contract": a sum, not a kind) nor one after a number."""
    if c.dep_ != "compound" or c.i > noun.i or c.pos_ != "NOUN" or c.ent_type_ or not c.lemma_.isalpha():
        return False
    return not any(t.like_num or t.ent_type_ for t in c.doc[noun.left_edge.i : c.i])


def objects_apart(a: str | None, b: str | None, kin: Callable[[str, str], bool]) -> bool:
    """Two objects that are two things: one head with kinds that share no word ("gas deal" / "rail deal"; not
    "gas deal" / "deal", which may be the one deal told with fewer words), or two new things (both
    :data:`INDEFINITE`: "a library" / "a cycle lane") whose head nouns are not one word (``kin``: a word, its
    derivation or a synonym, "deal" / "agreement") nor may name one thing (``[object_nouns]`` of
    ``models/events.toml``: "a factory" / "a plant", "a suspect" / "a man"). "The carrier" / "the airline" may be
    one thing told in two words: never apart. Unknown objects are never apart."""
    if not a or not b:
        return False
    new = a.startswith(INDEFINITE) and b.startswith(INDEFINITE)
    *ka, ha = a.removeprefix(INDEFINITE).split()
    *kb, hb = b.removeprefix(INDEFINITE).split()
    if not kin(ha, hb):
        from .lexicon import lexicon  # (local: pydantic loads only where objects are compared)

        return new and not lexicon().one_thing(ha, hb)  # ("a factory" / "a plant": review 10 R20)
    return bool(ka and kb) and not set(ka) & set(kb)
