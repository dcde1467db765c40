"""Every ordered vocabulary of claimline, defined once (no pydantic: query paths import it light).

:mod:`claimline.schemas` re-exports these as part of the JSON contract.
"""

from __future__ import annotations

from typing import Literal, get_args

#: How certain a claim is, strongest first.
Modality = Literal["confirmed", "reported", "hedged", "speculative"]
MODALITIES: tuple[str, ...] = get_args(Modality)
#: ``speculative`` 0 ... ``confirmed`` 3: the higher, the more certain.
MODALITY_RANK: dict[str, int] = {m: len(MODALITIES) - 1 - i for i, m in enumerate(MODALITIES)}
#: Network security tier; the phrases and how tiers relate are data (``models/tiers.toml``).
Tier = Literal["classified", "unclassified", "mixed"]
TIERS: tuple[str, ...] = get_args(Tier)
#: The tier of what names both opposed tiers (models/tiers.toml ``opposed``); compatible with either.
BOTH_TIERS: str = "mixed"
#: Status of one side of a conflict, in the order sides are listed.
SideStatus = Literal["stands", "disputed", "outvoted", "unsupported", "superseded"]
SIDE_STATUS_ORDER: dict[str, int] = {s: i for i, s in enumerate(get_args(SideStatus))}
#: Status of a claim, least to most severe: a claim on sides of several conflicts takes the most
#: severe; a side ``unsupported`` makes its claims ``disputed``. Claims in no conflict stand.
ClaimStatus = Literal["stands", "outvoted", "disputed", "superseded"]
CLAIM_STATUS_SEVERITY: dict[str, int] = {s: i for i, s in enumerate(get_args(ClaimStatus))}
#: Status of a timeline entry: the strongest modality of its standing claims, unless disputed or superseded,
#: or ``denied`` when they are negated ("denied that it had signed": never shown as confirmed); an event
#: timeline entry shown through the claim-entry renderers may also be expected, commentary or ``negated`` (the
#: text says it did not happen and nobody is said to deny it: "did not resign").
EntryStatus = Literal[
    "confirmed",
    "reported",
    "hedged",
    "speculative",
    "denied",
    "negated",
    "disputed",
    "superseded",
    "expected",
    "commentary",
]
#: How a claim is attributed in the text. ``attitude``: a source's stance or attitude toward an
#: object or entity ("Republicans oppose the bill"), not a reported proposition; an additional claim
#: (the sentence keeps its own) that events, conflicts and the timeline leave out. ``author``: the
#: outlet's own statement naming an actor. ``outlet_event``: the outlet's own statement of an event that
#: names no actor but gives something to compare ("The walkout began on Tuesday", "The contract, worth
#: 90 million euros, was signed in March"): a side of a conflict on its event, not a claim about an
#: actor (the sample gold's guideline, rule 3, leaves such sentences out; ``claimline eval`` counts them apart).
Attribution = Literal["direct_quote", "indirect", "according_to", "report", "author", "outlet_event", "attitude"]
ATTRIBUTIONS: tuple[str, ...] = get_args(Attribution)
#: the attribution kind of attitude claims
ATTITUDE = "attitude"
#: the attribution kind of the outlet's own event statements naming no actor
OUTLET_EVENT = "outlet_event"
#: a source's stance toward what it is said to back, oppose or criticise (cues.toml ``stance``)
Stance = Literal["supports", "opposes", "criticises"]
STANCES: tuple[str, ...] = get_args(Stance)

#: Quotation marks, defined once (review 19 A9). Double marks open and close a quotation as the attribution layer
#: finds them ("…", "…", «…»); the single marks of the British style (‘…’) quote too, but the closing one is also
#: the apostrophe ("the firm’s"), so only readers that can tell a closing mark (after a sentence's punctuation) use
#: them. The learned cue tagger and claim acceptor were trained on the double marks (their features stay so).
QUOTE_OPENING = '\u201c"\u00ab'
QUOTE_CLOSING = '\u201d"\u00bb'
DOUBLE_QUOTES: frozenset[str] = frozenset(QUOTE_OPENING + QUOTE_CLOSING)
SINGLE_OPENING = "\u2018"
SINGLE_CLOSING = "\u2019"
#: each closing mark -> its opening mark, single ones included
QUOTE_PAIRS: dict[str, str] = {'"': '"', "\u201d": "\u201c", "\u00bb": "\u00ab", SINGLE_CLOSING: SINGLE_OPENING}
