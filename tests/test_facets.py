"""Use scopes under negation: a negation rules out the scope it is about, not the scope the sentence
contrasts it with ("used not for targeting but for logistics") — on sentences written for these tests."""

from __future__ import annotations

import pytest


def _scopes(nlp, text: str) -> tuple[list[str], list[str]]:
    from claimline.extraction import facets

    doc = nlp(text)
    f = facets.detect(doc[:])
    return f.use_scopes, f.excluded_scopes


@pytest.mark.parametrize(
    ("text", "used", "excluded"),
    [
        # the contrast names what is the case
        ("The system will be used not for targeting but for logistics.", ["logistics"], ["targeting"]),
        ("The contract does not cover weapons or targeting, only logistics.", ["logistics"], ["targeting", "weapons"]),
        (
            "The army said the models would not be used for weapons, only for planning and logistics.",
            ["logistics", "planning"],
            ["weapons"],
        ),
        # a coordinated verb with an auxiliary of its own is a predicate of its own
        ("The drones will not carry weapons and will be used for surveillance.", ["surveillance"], ["weapons"]),
        # the negation still rules out what it is about
        ("The drones will be used for surveillance, not for strikes.", ["surveillance"], ["targeting"]),
        ("The model is used for logistics but not for targeting.", ["logistics"], ["targeting"]),
        ("The tool will not be used for targeting or for weapons.", [], ["targeting", "weapons"]),
        ("The cloud is used for logistics rather than targeting.", ["logistics"], ["targeting"]),
        ("The tool is used not only for logistics.", ["logistics"], []),
        # a term that tells what kind of thing a noun is: negating the claim does not rule its use out
        ("The harbour board would not sign its cyber-monitoring contract with Vexa until the court rules.", [], []),
        ("The drones would not be used for cyber defence tasks.", [], ["cyber_defense"]),
        ("The contract does not cover cyber attacks on the grid.", [], ["cyber_defense"]),
        ("The first phase would not include intelligence work.", [], ["intelligence"]),
        ("The models will not be used for targeting or weapons development.", [], ["targeting", "weapons"]),
        # a negated question's words are not negated: what it asks about is neither used nor ruled out
        ("The ministry has not said whether the drones will be used for targeting.", ["targeting"], []),
        # a strike as a work stoppage is no targeting
        ("Tram drivers began a 24-hour strike on Friday.", [], []),
        ("The port's crane operators ended their strike action on Monday.", [], []),
        ("The system helped plan an air strike by the army on the depot.", ["targeting"], []),
        # a relative clause stays under the negation of the noun it describes
        ("The army will not deploy systems that assist with targeting.", [], ["targeting"]),
        ("The operator has not said how much the three-day rail strike cost it.", [], []),
        ("The system will help plan air strikes.", ["targeting"], []),
        # the event lexicon's word sense decides (a labour action, not an attack): no exclude phrase needed
        ("The nurses' strike would last until Friday, the hospital said.", [], []),
        ("A strike by the machinists would last until the end of the month.", [], []),
        ("The system would help plan the artillery strike on the depot before Friday.", ["targeting"], []),
        # an attack that is told, not a use of something for it (models/scopes.toml [use])
        ("The artillery strike would hit the depot before Friday.", [], []),
    ],
)
def test_a_negation_rules_out_only_the_scope_it_is_about(nlp, text, used, excluded):
    assert _scopes(nlp, text) == (used, excluded)


def test_the_claim_keeps_the_contrasted_scope(extract):
    """End to end: the claim of "used not for X but for Y" answers yes for Y and no for X."""
    ex = extract("The ministry said the drones would be used not for targeting but for surveillance.")
    claims = [c for c in ex.claims if c.use_scopes or c.excluded_scopes]
    assert claims, [c.text for c in ex.claims]
    assert claims[0].use_scopes == ["surveillance"] and claims[0].excluded_scopes == ["targeting"]


def test_a_denial_does_not_rule_out_the_kind_of_a_thing(nlp):
    """A denied content ("denied that the army would get a feed from its cyber-monitoring service")
    excludes the uses it is about, not what kind of thing it names on the way."""
    from claimline.extraction import facets

    feed = nlp("the army would get a daily digest of findings from its new cyber-monitoring service")
    assert facets.detect(feed[:], denied=True).excluded_scopes == []
    tasks = nlp("the drones would be used for cyber defence tasks")
    assert facets.detect(tasks[:], denied=True).excluded_scopes == ["cyber_defense"]


@pytest.mark.parametrize(
    ("text", "used", "excluded"),
    [
        (
            "Dock workers began a strike in Antwerp on Monday. The ministry said the drones would not be used for"
            " strikes.",
            [],
            ["targeting"],
        ),
        (
            "Dock workers began a strike in Antwerp on Monday. The ministry said the new software would help"
            " commanders plan strikes.",
            ["targeting"],
            [],
        ),
    ],
)
def test_a_labour_strike_elsewhere_in_the_article_leaves_the_scope_term_alone(nlp, text, used, excluded):
    """The scope term's sense is its own context's, not the article's (one sense per article)."""
    from claimline.extraction import facets

    doc = nlp(text)
    last = list(doc.sents)[-1]
    f = facets.detect(last)
    assert [s for s in f.use_scopes if s == "targeting"] == used
    assert f.excluded_scopes == excluded


@pytest.mark.parametrize(
    "text",
    [
        "The union said its members would stay on strike until Friday.",
        "The union called a general strike for Monday.",
        "The union leader began a hunger strike on Monday.",
        "The union announced the result of its strike ballot on Monday.",
        "The union said strike pay would run out on Friday.",
        "The union served strike notice on the operator on Monday.",
        "The union set a strike date for the bus drivers.",
        "The union said the bus strike would end on Friday.",
        "The union said the rail strike would end on Friday.",
        "The union said the port strike would end on Friday.",
        "The union said the dock strike would end on Friday.",
        "The union said the 48-hour strike would end on Friday.",
        "The union said the three-day strike would end on Friday.",
        "The union said the two-week strike would end on Friday.",
    ],
)
def test_a_labour_strike_is_no_targeting_by_the_event_sense_alone(nlp, text):
    """Review 5 C18: the labour words are listed once, in the labour sense of "strike" (events.toml's
    [[sense]]): scopes.toml has no strike phrases to exclude. A strike whose own words are a labour
    word ("on strike", "general", "hunger", "ballot", "pay", "bus", "rail", "dock") or a place or length
    the article confirms as labour ("port", "48-hour", "three-day", "two-week", "notice", "date" in a
    sentence naming the union) is no targeting, as the exclude phrases had it."""
    assert _scopes(nlp, text) == ([], [])
    from claimline import lexicons

    targeting = next(s for s in lexicons.scopes().scope if s.name == "targeting")
    assert not [p for p in targeting.exclude if "strike" in p]


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        # a document's security marking is no network tier (review 10 R29; models/tiers.toml document_nouns)
        ("The ministry's report on the Corran explosion is classified.", None),
        ("Officials said a classified report on the blast blamed a gas leak.", None),
        ("The findings of the inquiry remain classified.", None),
        ("The details were published in an unclassified annex.", None),
        # the verb of putting a thing in a class (an object or an "as" phrase) is no tier either
        ("The anti-doping agency has classified the substance as a metabolic modulator since 2014.", None),
        ("The regulator provisionally classified the incident at level 1 on the international scale.", None),
        # the tier of the networks, systems and work the claim is about still counts
        ("All images delivered under the contract will be classified.", "classified"),
        ("Tarnwave will run its models on the alliance's classified networks.", "classified"),
        ("The models will be used for unclassified work only.", "unclassified"),
        ("The system is classified.", "classified"),
        ("A classified report says the models will run on unclassified networks.", "unclassified"),
    ],
)
def test_a_document_marking_is_no_network_tier(nlp, text, tier):
    from claimline.extraction import facets

    assert facets.detect(nlp(text)[:]).network_tier == tier


@pytest.mark.parametrize(
    ("text", "used", "excluded"),
    [
        # a term that names a thing of another story tells no use: a subject, a possessor, a place or a cause
        ("The gas utility said its supply line was not the source of the leak.", [], []),
        ("Firefighters traced the leak to a crack in the supply line behind the bakery.", [], []),
        ("A maintenance crew was repairing the pump when the wall collapsed.", [], []),
        ("The strike by the bus drivers' union left the depot empty on Monday.", [], []),
        ("Investigators are examining whether a cyberattack caused the payment outage.", [], []),
        ("The outage was caused by a faulty update, not by a cyberattack.", [], []),
        ("Core inflation, the central bank's target measure, fell to 2.1 per cent.", [], []),
        ("Core inflation, which excludes energy and is the measure the bank targets, fell to 2.1 per cent.", [], []),
        ("The council's analysts expect house prices to fall next year.", [], []),
        # a coordinated word and a verb that only look like words of use
        ("Staff, spare parts, maintenance: that is where such projects fail.", [], []),
        ("The council was working with the administration to find the cause of the flooding.", [], []),
        ("Pensioners who use the parking app are an easy target for fraudsters.", [], []),
        ("The developer lodged a planning application for the warehouse in May.", [], []),
        # what a thing built for a use does to a thing of another kind is no use for that kind
        ("The software sends alerts to the control room of the transport company.", [], []),
        # a use told: the purpose of a use verb, the kind of a task or of a thing built for a use
        ("The chatbot will be used only for logistics and translation.", ["logistics", "translation"], []),
        ("The pilot is limited to translation, the agency said.", ["translation"], []),
        ("The tool will help analysts sift intelligence from intercepted messages.", ["intelligence"], []),
        ("The drones were deployed to support mission planning at the base.", ["planning"], []),
        ("The army bought new targeting software from the start-up.", ["targeting"], []),
        ("The model handles routine logistics tasks for the navy.", ["logistics"], []),
        ("The cameras are installed for surveillance purposes only.", ["surveillance"], []),
        ("The platform fuses radar feeds so that officers can spot enemy positions.", ["intelligence"], []),
        ("Targeting will not be part of the second phase.", [], ["targeting"]),
        ("The translation and planning teams are expected to be its first users.", ["translation", "planning"], []),
        ("The ministry will sign a second contract, for logistics planning, in May.", ["logistics", "planning"], []),
        # a coordinated verb shares its head's subject: the model summarises
        (
            "The model will help clerks read the files and summarise intelligence reports.",
            ["intelligence", "administration"],
            [],
        ),
        ("The software will not be used for targeting.", [], ["targeting"]),
    ],
)
def test_a_scope_term_counts_only_where_a_use_is_told(nlp, text, used, excluded):
    """``[use]`` of models/scopes.toml: "supply line", "maintenance", "strike", "cyberattack", "target" are
    everyday news words; they give a use scope only where the sentence tells what something is used for."""
    assert _scopes(nlp, text) == (used, excluded)
