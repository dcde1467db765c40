"""Attribution on small texts: source, cue, content spans and their resolution."""

from __future__ import annotations


def one(ex, needle: str):
    hits = [c for c in ex.claims if needle in c.text]
    assert hits, [c.text for c in ex.claims]
    return hits[0]


def test_indirect_speech_with_resolved_description(extract):
    ex = extract(
        "OpenAI signed a contract with the Pentagon last week.\n\n"
        "The company said that its models would support logistics and translation."
    )
    c = one(ex, "its models")
    assert c.text == "its models would support logistics and translation"
    assert c.source.text == "The company" and c.source.actor == "OpenAI"
    assert c.source.resolution == "coreference"
    assert c.cue.text == "said"
    assert c.use_scopes == ["logistics", "translation"]
    assert ex.text[c.start : c.end] == c.text


def test_according_to_and_alias(extract):
    ex = extract("According to a Pentagon spokesperson, the system runs only on unclassified networks.")
    c = ex.claims[0]
    assert c.attribution == "according_to"
    assert c.cue.text == "According to"
    assert c.source.actor == "U.S. Department of Defense"
    assert c.network_tier == "unclassified"
    assert c.text == "the system runs only on unclassified networks"


def test_noun_phrase_source_and_hedge(extract):
    ex = extract(
        "NATO is weighing new tools.\n\nEarly discussions suggest the AI may be used for planning, "
        "but officials said it will not be used for targeting."
    )
    hedged = one(ex, "may be used")
    assert hedged.source.text == "Early discussions"
    assert hedged.source.kind == "report"
    assert hedged.modality == "hedged"
    assert hedged.use_scopes == ["planning"]
    neg = one(ex, "will not be used")
    assert neg.negated is True
    assert neg.excluded_scopes == ["targeting"]
    assert neg.source.actor is None and neg.source.resolution == "unresolved"


def test_direct_quote_split_by_attribution(extract):
    ex = extract(
        "Jane Okafor is a NATO spokesperson.\n\n"
        "\u201cWe are talking to several companies about translation tools,\u201d Okafor said, "
        "\u201cand nothing will touch our classified systems.\u201d"
    )
    quotes = [c for c in ex.claims if c.attribution == "direct_quote"]
    assert [q.text for q in quotes] == [
        "We are talking to several companies about translation tools",
        "and nothing will touch our classified systems",
    ]
    assert all(q.cue.text == "said" for q in quotes)
    assert all(q.source.actor == "Jane Okafor" for q in quotes)


def test_unattributed_statement_has_no_source(extract):
    ex = extract("OpenAI quietly removed the ban on military uses from its policy in January.")
    c = ex.claims[0]
    assert c.source is None and c.cue is None and c.attribution == "author"
    assert c.modality == "confirmed"
    assert "OpenAI" in c.actors


def test_reportedly_and_denial(extract):
    ex = extract(
        "OpenAI reportedly signed a deal with NATO.\n\n"
        "The alliance denied that the tools would run on classified networks."
    )
    rep = one(ex, "reportedly")
    assert rep.modality == "reported"
    den = one(ex, "would run")
    assert den.negated is True
    assert den.source.actor == "NATO"
    assert den.cue.text == "denied"
    assert den.network_tier == "unclassified"  # denying classified use leaves unclassified


def test_plans_and_talks_are_hedged_conditionals_speculative(extract):
    ex = extract(
        "OpenAI is in talks with NATO about translation tools.\n\n"
        "If the pilot succeeds, the alliance could extend it to planning staff."
    )
    assert one(ex, "in talks").modality == "hedged"
    assert one(ex, "If the pilot").modality == "speculative"


def test_excluding_verbs_and_negative_subjects(extract):
    ex = extract(
        "Intelligence analysis and targeting have been excluded from the NATO agreement.\n\n"
        "No decision has been taken by NATO on classified networks."
    )
    excl = one(ex, "excluded")
    assert excl.excluded_scopes == ["intelligence", "targeting"] and excl.use_scopes == []
    assert one(ex, "No decision").negated is True


def test_unresolved_description_is_not_guessed(extract):
    ex = extract("The ministry said the pilot would start in October.")
    c = ex.claims[0]
    assert c.source.text == "The ministry"
    assert c.source.actor is None
    assert c.source.resolution == "unresolved"


def test_offsets_always_slice_the_text(extract):
    text = "Intro line\r\n\r\nNATO officials said the AI \u201cwill help with logistics planning.\u201d\r\n"
    ex = extract(text)
    for c in ex.claims:
        assert ex.text[c.start : c.end] == c.text
        if c.source:
            assert ex.text[c.source.start : c.source.end] == c.source.text
        if c.cue:
            assert ex.text[c.cue.start : c.cue.end] == c.cue.text


def test_embedded_post_markup_is_no_prose(extract):
    # a pasted social-media post kept as a markup tag in a text file: the tag and its attributes are
    # page furniture (no "tweet" cue, no attribute soup as content); the post's words stay readable
    text = (
        "The harbour board met on Tuesday to discuss the ferry fees.\n\n"
        '<tweet pic="" author="quaywatcher" timestamp="1700000000" tweet_id="4455">Fees up again. '
        "Nobody asked the islanders.</tweet>.\n\n"
        "The board's chair said the fees would fall in May."
    )
    ex = extract(text)
    assert all("=" not in c.text and "<" not in c.text for c in ex.claims), [c.text for c in ex.claims]
    assert all(c.cue is None or c.cue.text.lower() != "tweet" for c in ex.claims)
    c = one(ex, "fees would fall")
    assert c.cue.text == "said"


def test_evidence_inside_what_someone_said_is_part_of_it(extract):
    # what a thing shows, reported by a speaker, is the speaker's claim; no claim of its own
    ex = extract("The harbour master said the new survey shows that the quay is sinking.")
    assert [c.cue.text for c in ex.claims if c.cue is not None] == ["said"]
    assert "quay is sinking" in one(ex, "quay is sinking").text


def test_speaker_line_before_a_quoted_paragraph_is_no_statement(extract):
    # "X said:" alone in its paragraph, the quotation in the next: the line is the quotation's
    # attribution, not the writer's own statement about X
    ex = extract(
        "The harbour board met on Monday.\n\n"
        "Lena Ortiz, who chairs the Harbour Board, said:\n\n"
        "\u201cThe new quay will open in June, and the ferries will move there in the autumn.\u201d"
    )
    quote = one(ex, "new quay")
    assert quote.source.text == "Lena Ortiz" and quote.cue.text == "said"
    assert not [c for c in ex.claims if "who chairs" in c.text], [c.text for c in ex.claims]
    # the speaker clause coordinated after the sentence's own statement: the statement stays, cut
    # before the speaker clause
    ex = extract(
        "The council signed a 12 million euro contract for the bridge on Tuesday, and Omar Reyes, who leads "
        "it, said:\n\n\u201cWork starts in the spring.\u201d"
    )
    quote = one(ex, "Work starts")
    assert quote.source.text == "Omar Reyes" and quote.cue.text == "said"
    own = [c for c in ex.claims if c is not quote]
    assert [c.text for c in own] == ["The council signed a 12 million euro contract for the bridge on Tuesday"], [
        c.text for c in ex.claims
    ]


def test_second_that_clause_coordinated_under_a_nested_verb(extract):
    # "said A and that B" where the parser hangs "and that B" on a verb inside A: B is still the
    # cue's second complement, one claim per clause
    ex = extract("The report said the app would help drivers find spaces and that the fees would rise in May.")
    texts = sorted(c.text for c in ex.claims)
    assert texts == ["the app would help drivers find spaces", "the fees would rise in May"], texts
    assert {c.cue.text for c in ex.claims} == {"said"}
    # under a nested cue with a clause of its own, the second clause may be what that source said
    ex = extract("He said officials believed the talks would fail and that the deal was dead.")
    assert "the talks would fail" in [c.text for c in ex.claims]
    dead = [c for c in ex.claims if c.text == "the deal was dead"]
    assert dead, [c.text for c in ex.claims]
    assert all(c.source.text == "officials" and c.cue.text == "believed" for c in dead), [
        (c.source.text, c.cue.text) for c in dead
    ]


def test_noun_with_a_that_clause_the_parser_calls_relative(extract):
    # "concerns that A": the parser may label the clause a relative one, with "that" as its
    # complementizer and a subject of its own; it is what the noun holds
    ex = extract("The rules were tightened because of concerns that the ferries could be delayed.")
    held = [c for c in ex.claims if c.cue is not None and c.cue.text == "concerns"]
    assert [c.text for c in held] == ["the ferries could be delayed"], [c.text for c in ex.claims]
    # a relative "that" stands for the noun: no claim ("the plan that the council approved")
    ex = extract("The mayor defended the plan that the council approved in May.")
    assert not [c for c in ex.claims if c.cue is not None and c.cue.text == "plan"]
    # a content clause whose subject carries a reduced relative is still what the noun holds
    ex = extract("The claim that the documents released in May were fake angered the mayor.")
    held = [c for c in ex.claims if c.cue is not None and c.cue.text == "claim"]
    assert [c.text for c in held] == ["the documents released in May were fake"], [c.text for c in ex.claims]
    # an object-relative clause the parser hangs on the sentence's own predicate ("The report that
    # the agency ordered ... concluded A"): the predicate is not what the noun holds
    for text, noun in (
        ("The statement that the union released on Friday warned that the ferries would stop.", "statement"),
        ("The study that the council published in April said the pier was unsafe.", "study"),
        ("The report that the port authority ordered in March concluded that the pier was unsafe.", "report"),
    ):
        ex = extract(text)
        assert not [c for c in ex.claims if c.cue is not None and c.cue.text == noun], [c.text for c in ex.claims]


def test_noun_cue_after_a_copula_with_what_it_holds(extract):
    # "the biggest blow was an allegation that A": the noun holds A; "the interview was her first
    # comment on the talks" only describes the interview
    ex = extract("Part of the mayor's pitch is her insistence that young voters will turn out in March.")
    held = [c for c in ex.claims if c.cue is not None and c.cue.text == "insistence"]
    assert [c.text for c in held] == ["young voters will turn out in March"], [c.text for c in ex.claims]
    ex = extract("The interview was her first comment on the talks.")
    assert not [c for c in ex.claims if c.cue is not None and c.cue.text == "comment"]


def test_noun_cue_held_by_a_name_compounded_with_it(extract):
    # "a Harbour Gazette report that A": no possessor or agent; the name before the noun holds it
    ex = extract("A New York Times report that the council had lost 9 million euros angered the mayor.")
    held = [c for c in ex.claims if c.cue is not None and c.cue.text == "report"]
    assert [c.text for c in held] == ["the council had lost 9 million euros"], [c.text for c in ex.claims]
    assert held[0].source is not None and "Times" in held[0].source.text


def test_nouns_that_hold_a_clause_or_an_aim(extract):
    # "the minister's admission that A", "rumours that A", "her reluctance to debate": what the noun holds
    ex = extract("The council welcomed the minister's admission that the ferry timetable was wrong.")
    held = [c for c in ex.claims if c.cue is not None and c.cue.text == "admission"]
    assert [c.text for c in held] == ["the ferry timetable was wrong"], [c.text for c in ex.claims]
    ex = extract("There were rumours that the ferry company would close its office.")
    held = [c for c in ex.claims if c.cue is not None and c.cue.text == "rumours"]
    assert [c.text for c in held] == ["the ferry company would close its office"], [c.text for c in ex.claims]
    assert held[0].source is None
    ex = extract("Her reluctance to debate the harbour levy worried the council.")
    held = [c for c in ex.claims if c.cue is not None and c.cue.text == "reluctance"]
    assert [c.text for c in held] == ["debate the harbour levy"], [c.text for c in ex.claims]
