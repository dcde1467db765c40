"""Word senses chosen by context (``[[sense]]`` of models/events.toml, events/senses.py)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.errors import ClaimlineError
from claimline.events import extract_events
from claimline.events.lexicon import build, lexicon

PUB = date(2026, 5, 6)


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    "text",
    [
        "Tram drivers went on strike in Ostrava on Monday.",
        "The tram strike halted services across the city on Monday.",
        "A strike by 600 tram drivers halted services on Monday.",
        "The drivers' union will strike from Thursday, its chairwoman said.",
        "The union's strike entered its third day on Wednesday.",
        "Machinists went on a strike that delayed deliveries by a month.",
    ],
)
def test_a_strike_in_a_labour_context_is_a_labour_action(nlp, text):
    assert _classes(nlp, text, "strike") == ["labour_action"]


@pytest.mark.parametrize(
    "text",
    [
        "The air force carried out an air strike on the depot on Monday.",
        "The army struck the depot at dawn on Monday.",
        "The strike on the convoy killed six soldiers on Monday.",
    ],
)
def test_a_strike_without_a_labour_context_stays_an_attack(nlp, text):
    assert set(_classes(nlp, text, "strike")) == {"attack"}


@pytest.mark.parametrize(
    "text",
    [
        "The airport strike on Sunday destroyed two fighter jets, the ministry said.",
        "A strike by Russian pilots hit the fuel depot overnight.",
        "The hospital strike killed 12 people, officials said.",
    ],
)
def test_a_place_or_person_around_a_strike_alone_does_not_make_it_a_labour_action(nlp, text):
    assert _classes(nlp, text, "strike") == ["attack"]


def test_one_misread_strike_does_not_turn_an_article_s_attacks_into_labour_actions(nlp):
    text = (
        "The airport strike on Sunday destroyed two fighter jets. The strike was the largest "
        "of the war, the ministry said. Russia struck again on Monday."
    )
    assert set(_classes(nlp, text, "strike")) == {"attack"}


def test_a_place_around_a_strike_is_a_labour_context_in_a_labour_article(nlp):
    text = "Cleaners at the city hospital walked out on Monday. The hospital strike closed two wards, the union said."
    assert _classes(nlp, text, "strike") == ["labour_action"]
    text = "Drones hit the city hospital on Monday; workers fled. The hospital strike killed two guards."
    assert _classes(nlp, text, "strike") == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The drivers' union struck a deal with the operator on Monday.",
        "The union struck a deal with the port operator on Friday.",
        "A deal was struck with the operator on Monday, the union said.",
    ],
)
def test_struck_a_deal_is_an_agreement_not_a_strike_or_an_attack(nlp, text):
    """'strike' is a light verb before an event noun: the deal is the event, the verb gives none."""
    assert _classes(nlp, text, "strike") == []
    assert _classes(nlp, text, "deal") == ["agree"]


def test_industrial_action_is_an_event_but_action_alone_is_not(nlp):
    assert _classes(nlp, "Members voted for industrial action on Monday.", "action") == ["labour_action"]
    assert _classes(nlp, "The regulator said its action on Monday was lawful.", "action") == []


def test_one_sense_per_article(nlp):
    """A bare 'the strike' has the sense the article's other words give it ('the walkout',
    'industrial action'); in an article about shelling it stays an attack."""
    text = (
        "Bus drivers walked out in Tarnow on Monday. The walkout closed eleven routes. "
        "The strike began at 5am, the operator said."
    )
    assert _classes(nlp, text, "strike") == ["labour_action"]
    text = "Artillery shelled the town on Monday. The strike began at 5am, the mayor said."
    assert _classes(nlp, text, "strike") == ["attack"]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Cleaners walked out at the depot on Monday.", "walk out"),
        ("The walkout at the depot ended on Friday.", "walkout"),
    ],
)
def test_a_walkout_is_a_labour_action(nlp, text, lemma):
    assert _classes(nlp, text, lemma) == ["labour_action"]


def test_a_strike_with_no_context_in_an_article_that_names_no_labour_is_an_attack(nlp):
    assert _classes(nlp, "The strike destroyed the bridge on Monday.", "strike") == ["attack"]


def test_a_stoppage_is_a_halt_but_a_work_stoppage_is_a_labour_action(nlp):
    assert _classes(nlp, "The work stoppage at the depot ended on Friday.", "stoppage") == ["labour_action"]
    text = "The dairy ordered a stoppage of production on Friday after the tests."
    assert _classes(nlp, text, "stoppage") == ["cancel"]


@pytest.mark.parametrize(
    "text",
    [
        "The refinery ordered a 24-hour stoppage of the pipeline for maintenance on Monday.",
        "A power cut caused a two-day factory stoppage last week.",
        "The plant stoppage after the fire lasted until Friday.",
    ],
)
def test_a_stoppage_of_some_length_or_place_stays_a_halt(nlp, text):
    assert _classes(nlp, text, "stoppage") == ["cancel"]


def test_a_stoppage_by_workers_is_a_labour_action(nlp):
    text = "A stoppage by 300 dock workers closed the terminal on Tuesday."
    assert _classes(nlp, text, "stoppage") == ["labour_action"]


def test_legal_action_is_a_lawsuit(nlp):
    text = "The foundation will bring a collective action against Orvane Bank in Utrecht, it said on Monday."
    assert _classes(nlp, text, "action") == ["sue"]


_CLASSES = [{"name": "attack", "nouns": ["strike"]}, {"name": "labour_action", "nouns": ["walkout"]}]


@pytest.mark.parametrize(
    ("sense", "message"),
    [
        ({"lemmas": ["strike"], "pos": ["noun"], "class": "walkout_x", "context": ["port"]}, "is not a class"),
        ({"lemmas": ["strike"], "pos": ["noun"], "class": "attack", "context": ["air"]}, "already triggers 'attack'"),
        ({"lemmas": ["strike"], "pos": ["adverb"], "class": "labour_action", "context": ["port"]}, "pos"),
        ({"lemmas": ["strike"], "pos": ["noun"], "class": "labour_action", "context": []}, "context words"),
        ({"lemmas": ["Strike"], "pos": ["noun"], "class": "labour_action", "context": ["port"]}, "lower case"),
        ({"lemmas": ["strike"], "pos": ["verb"], "class": "none", "plural": True}, "plural and agents"),
    ],
)
def test_sense_errors_name_the_entry(sense, message):
    with pytest.raises(ClaimlineError, match=message):
        build({"event": _CLASSES, "sense": [sense]})


def test_a_sense_given_twice_is_refused():
    sense = {"lemmas": ["strike"], "pos": ["noun"], "class": "labour_action", "context": ["port"]}
    with pytest.raises(ClaimlineError, match="given twice"):
        build({"event": _CLASSES, "sense": [sense, sense]})


def test_an_order_by_a_body_that_rules_is_a_ruling_not_a_purchase(nlp):
    text = "The labour tribunal ordered the drivers to return to work on Thursday."
    assert _classes(nlp, text, "order") == ["rule"]
    assert _classes(nlp, "The court order suspends the strike until 4 November.", "order") == ["rule"]
    assert _classes(nlp, "The Danish navy ordered 12 drones from Hornwing Labs on Monday.", "order") == ["order"]


@pytest.mark.parametrize(
    "text",
    [
        "The regulator ordered 40 new laptops from Vantor Systems in May.",
        "The commission ordered two armoured cars for its inspectors on Friday.",
    ],
)
def test_goods_ordered_by_a_body_that_rules_are_a_purchase(nlp, text):
    assert _classes(nlp, text, "order") == ["order"]


def test_a_ruling_needs_what_is_to_be_done_not_a_subject_alone(nlp):
    assert _classes(nlp, "The commission ordered the union to suspend the action.", "order") == ["rule"]
    assert _classes(nlp, "The court ordered that the works stop at once.", "order") == ["rule"]


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal ruled the merger unlawful on Monday. The order for 40 buses was placed by the city in May.",
        "The judge ruled against the bidder on Monday. The city placed the order in June.",
    ],
)
def test_a_purchase_order_stays_one_in_an_article_about_a_ruling(nlp, text):
    assert _classes(nlp, text, "order") == ["order"]


def test_a_bare_order_after_a_court_order_is_still_the_ruling(nlp):
    text = "The court order suspends the strike until 4 November. The order was issued on Monday."
    assert _classes(nlp, text, "order") == ["rule", "rule"]


def test_a_ruling_and_the_suspension_it_orders_are_kindred():
    lex = lexicon()
    assert lex.kindred("rule", "cancel") and not lex.kindred("rule", "sue")  # a ruling is no lawsuit (Task 4)
    assert not lex.kindred("order", "cancel")


@pytest.mark.parametrize(
    "text",
    ["The Veltra Bus strike began on Monday.", "The Dockworkers strike closed the quay on Monday."],
)
def test_a_capitalised_context_word_keeps_its_final_s_or_loses_a_plural_s(nlp, text):
    """'Bus' is read as 'bus' (not 'bu'), 'Dockworkers' as 'dockworker'."""
    assert _classes(nlp, text, "strike") == ["labour_action"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister struck a balance between the two camps on Monday.",
        "The governor struck a conciliatory tone in his speech on Monday.",
        "The index struck a ten-week high on Friday.",
    ],
)
def test_striking_a_balance_a_tone_or_a_high_is_no_attack(nlp, text):
    """A 'strike' whose object is a balance, a tone, a note or a market's high names no attack."""
    assert "attack" not in _classes(nlp, text, "strike")


def test_landing_a_contract_is_winning_it_not_a_flight(nlp):
    assert _classes(nlp, "Vantor lands two ministry deals", "land") == ["award"]
    assert _classes(nlp, "Kestrel Systems landed a contract with the navy on Monday.", "land") == ["award"]
    assert _classes(nlp, "The jet landed at Oslo airport on Monday.", "land") == ["fly"]
    assert _classes(nlp, "The pilot landed the damaged plane in a field on Monday.", "land") == ["fly"]


def test_hosting_as_a_service_is_no_meeting(nlp):
    assert _classes(nlp, "Vantor won a cloud hosting contract on Monday.", "host") == []
    assert _classes(nlp, "Orvane hosts the websites of 40 councils.", "host") == []
    assert _classes(nlp, "The mayor hosted the two ministers in Ghent on Monday.", "host") == ["meet"]


def test_a_power_cut_is_an_outage_not_a_cut(nlp):
    assert _classes(nlp, "A power cut caused delays at the hospital on Monday.", "cut") == ["outage"]
    assert _classes(nlp, "The electricity cut lasted four hours on Monday.", "cut") == ["outage"]
    assert _classes(nlp, "The carmaker announced 4,000 job cuts on Monday.", "cut") == ["cut"]


def test_pilots_as_people_are_no_test(nlp):
    assert _classes(nlp, "Russian pilots flew the jets to the base on Monday.", "pilot") == []
    assert _classes(nlp, "The airline's pilots said the runway was too short.", "pilot") == []
    assert _classes(nlp, "The council began a six-month pilot of the scheme in May.", "pilot") == ["test"]


def test_a_strike_the_union_is_ordered_to_suspend_is_a_labour_action(nlp):
    """The party that ends, suspends or calls the strike is its labour context: the verb's subject,
    or the one ordered to ('ordered the union to suspend the strike')."""
    text = "The commission ordered the union to suspend the strike on Monday."
    assert _classes(nlp, text, "strike") == ["labour_action"]
    assert _classes(nlp, "The dock workers ended their strike on Friday.", "strike") == ["labour_action"]
    assert _classes(nlp, "The army launched the strike at dawn on Monday.", "strike") == ["attack"]


def test_a_sense_may_name_no_event_and_be_chosen_by_its_object():
    sense = {"lemmas": ["strike"], "pos": ["verb"], "class": "none", "objects": ["balance"]}
    lex = build({"event": [{"name": "attack", "verbs": ["strike"]}], "sense": [sense]})
    (chosen,) = lex.senses[("verb", "strike")]
    assert chosen.event_class is None and chosen.objects == {"balance"}


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The Hexa index closed at 4,210 points on Friday.", "close", None),
        ("Polls closed at 8pm in the capital on Sunday.", "close", None),
        ("The challenger closed the gap with the mayor in May.", "close", None),
        ("Orvane closed its acquisition of Pellworth on Friday.", "close", None),
        ("The carmaker closed its plant in Ghent on Friday.", "close", "cut"),
        ("The mayor lost the election to a former judge in May.", "lose", None),
        ("Kestrel lost the navy contract to a rival in May.", "lose", None),
        ("The senator lost her appeal on Monday.", "lose", "rule"),
        ("The ruling party lost 12 seats in the election.", "lose", "decrease"),
        ("The index lost 3 percent on Friday.", "lose", "decrease"),
        ("The minister delivered a speech in Ghent on Monday.", "deliver", "statement"),
        ("Hornwing delivered the first drones to the navy on Monday.", "deliver", "deliver"),
        ("The mayor paid tribute to the firefighters on Monday.", "pay", None),
        ("Orvane paid 40 million euros for the site in May.", "pay", "invest"),
        ("The operator posted a message on its website on Monday.", "post", None),
        ("Orvane posted a profit of 40 million euros in May.", "post", "earn"),
        ("The two parties found common ground on Monday.", "find", None),
        ("Inspectors found listeria at the dairy on Monday.", "find", "discover"),
        ("The hackers gained access to the network on Monday.", "gain", None),
        ("Police opened fire on the convoy on Monday.", "open", "attack"),
    ],
)
def test_a_verb_s_object_or_subject_chooses_its_sense(nlp, text, lemma, expected):
    """'closed at 4,210 points', 'lost the election', 'delivered a speech', 'paid tribute', 'posted a
    message', 'found common ground', 'gained access', 'opened fire'. None: the
    verb names no event of a class (a frame of class other where it names a participant, or none)."""
    assert _classes(nlp, text, lemma) in (([], ["other"]) if expected is None else ([expected],))


def test_closing_a_purchase_leaves_the_purchase_the_event(nlp):
    assert _classes(nlp, "Orvane closed its purchase of Pellworth on Friday.", "purchase") == ["acquire"]


def test_a_rally_people_attend_is_a_gathering_not_a_rise(nlp):
    assert _classes(nlp, "The senator spoke at a campaign rally in Ghent on Monday.", "rally") == ["meet"]
    assert _classes(nlp, "Thousands of supporters came to his rally in Ghent on Monday.", "rally") == ["meet"]
    assert _classes(nlp, "A late rally lifted the index on Friday.", "rally") == ["increase"]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The senator dropped out of the race on Monday.", "drop", "resign"),
        ("The minister ruled out a second vote on Monday.", "rule", None),
        ("She grew up in Ghent.", "grow", None),
        ("The supreme court struck down the law on Monday.", "strike", "rule"),
        ("The index dropped 3 percent on Friday.", "drop", "decrease"),
    ],
)
def test_a_particle_chooses_a_verb_s_sense(nlp, text, lemma, expected):
    """'dropped out' is quitting, 'ruled out' no ruling, 'grew up' no rise, 'struck down' a ruling."""
    assert _classes(nlp, text, lemma) in (([], ["other"]) if expected is None else ([expected],))


def test_pulling_out_is_withdrawing_and_signing_up_to_a_deal_stays_an_agreement(nlp):
    assert _classes(nlp, "Hornwing pulled out of the tender on Monday.", "pull") == ["cancel"]
    assert _classes(nlp, "Norway signed up to the joint purchase on Tuesday.", "sign") == ["agree"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator attacked the mayor's plan on Monday.", "criticise"),
        ("Kestrel's chief executive attacked Ida Marsh in an interview on Monday.", "criticise"),
        ("His personal attacks on the union leader drew complaints.", "criticise"),
        ("Gunmen attacked the convoy near the border on Monday.", "attack"),
        ("The attack on the depot killed six soldiers on Monday.", "attack"),
    ],
)
def test_an_attack_in_words_is_criticism(nlp, text, expected):
    """An attack on a person's name, a rival, a plan or a record, a 'personal attack': criticism."""
    assert _classes(nlp, text, "attack") == [expected]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The committee will hear the appeal in June.", "hear", "hearing"),
        ("The court heard arguments from both sides on Monday.", "hear", "hearing"),
        ("The case was due to be heard in Brisbane on Tuesday.", "hear", "hearing"),
        ("The appeal is expected to be heard in May.", "hear", "hearing"),
        ("The minister said she had heard concerns from drivers.", "hear", None),
        ("Residents heard two explosions near the depot on Monday.", "hear", None),
        ("The former mayor faces a criminal trial in Ghent.", "trial", "hearing"),
        ("The council began a six-month trial of the scheme in May.", "trial", "test"),
        ("Mass demonstrations closed the city centre on Monday.", "demonstration", "oppose"),
        ("Hornwing gave a demonstration of the radar in May.", "demonstration", "test"),
    ],
)
def test_a_hearing_needs_a_court_and_a_demonstration_a_street(nlp, text, lemma, expected):
    """'hear' is a hearing when a court, a committee or a panel hears a case; 'I heard that' is none."""
    assert _classes(nlp, text, lemma) in (([], ["other"]) if expected is None else ([expected],))


def test_a_bare_strike_in_an_article_naming_its_union_is_a_labour_action(nlp):
    """A strike with no context of its own, in an article that names a union or workers and no attack."""
    text = "The dockers' union said the strike would last until Friday."
    assert _classes(nlp, text, "strike") == ["labour_action"]
    text = "The strike killed 12 people on Monday; rescue workers searched the rubble."
    assert _classes(nlp, text, "strike") == ["attack"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Systems secured a 40 million euro contract with the navy on Monday.", "award"),
        ("The senator clinched the nomination on Tuesday.", "award"),
        ("Troops secured the border crossing on Monday.", None),
    ],
)
def test_securing_a_contract_is_winning_it(nlp, text, expected):
    lemma = "clinch" if "clinched" in text else "secure"
    assert _classes(nlp, text, lemma) in (([], ["other"]) if expected is None else ([expected],))


@pytest.mark.parametrize("verb", ["won", "secured", "landed"])
def test_who_secures_or_lands_a_contract_receives_it_as_who_wins_it(nlp, verb):
    _, frames = extract_events(f"Kestrel Systems {verb} a contract from the navy on Monday.", PUB, nlp=nlp)
    (frame,) = [f for f in frames if f.event_class == "award"]
    roles = {p.role: p.name for p in frame.participants}
    assert roles.get("counterpart") == "Kestrel Systems" and roles.get("agent") == "navy"


def test_a_converse_sense_swaps_only_in_its_own_class(nlp):
    _, frames = extract_events("The pilot landed the plane in a field on Monday.", PUB, nlp=nlp)
    (frame,) = [f for f in frames if f.trigger.lemma == "land"]
    assert frame.event_class == "fly" and "counterpart" not in {p.role for p in frame.participants}


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Tram drivers in Ostrava staged a walkout on Thursday.", "walkout"),
        ("The drivers' union staged a strike on Thursday.", "strike"),
    ],
)
def test_staged_is_the_light_verb_stage_whatever_its_tagger_lemma(nlp, text, lemma):
    """Review 9 W25: the tagger lemmatises "staged" as "stag"; as "stage" (``tagger_lemmas`` of models/events.toml)
    it is a light verb, so the noun is the event, a labour action, and it takes the verb's day."""
    _, frames = extract_events(text, PUB, nlp=nlp)
    assert [(f.event_class, f.trigger.lemma) for f in frames] == [("labour_action", lemma)]
    assert frames[0].time is not None and frames[0].time.start == date(2026, 4, 30)
