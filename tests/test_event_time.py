"""Event time (claimline.events.timing): the date that governs each trigger, on sentences written for
these tests (publication date 10 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 3, 10)


def _one(frames, lemma: str):
    found = [f for f in frames if f.trigger.lemma == lemma]
    assert found, f"no frame for {lemma!r}: {[f.trigger.lemma for f in frames]}"
    return found[0]


def test_a_range_by_its_words_whatever_the_parse(frames_of):
    f = _one(frames_of("The pupils fell ill between 2 January and 20 February."), "ill")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 1, 2), date(2026, 2, 20))


def test_a_range_of_days_in_one_month(frames_of):
    f = _one(frames_of("The trial will now take place between 4 and 9 May."), "trial")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 5, 4), date(2026, 5, 9))
    assert f.time.text == "4 and 9 May"


def test_the_week_of_a_day_is_that_week(frames_of):
    f = _one(frames_of("A live trial is planned in the week of 20 April."), "trial")
    assert (f.time.start, f.time.end, f.time.granularity) == (date(2026, 4, 20), date(2026, 4, 26), "week")


def test_a_negated_before_is_from_then_on(frames_of):
    f = _one(frames_of("The plant would not restart production before 6 July."), "restart")
    assert (f.time.kind, f.time.start, f.time.end) == ("after", date(2026, 7, 6), None)


def test_not_due_until_a_month_is_that_month(frames_of):
    f = _one(frames_of("Deliveries of the new ferries are not due until October."), "delivery")
    assert (f.time.start, f.time.end) == (date(2026, 10, 1), date(2026, 10, 31))


def test_a_postponed_event_takes_the_new_time_not_the_postponing(frames_of):
    frames = frames_of("The agency has postponed the launch to late September.")
    assert _one(frames, "launch").time.start == date(2026, 9, 21)
    assert _one(frames, "postpone").time is None
    frames = frames_of("Delivery of the trams will be delayed until November.")
    assert _one(frames, "delivery").time.start == date(2026, 11, 1)


def test_an_extension_keeps_its_bound(frames_of):
    f = _one(frames_of("The city extended the parking ban until 30 June."), "ban")
    assert (f.time.kind, f.time.end) == ("until", date(2026, 6, 30))


def test_a_copula_dates_its_subject(frames_of):
    f = _one(frames_of("The first launch of the rocket was in 1998."), "launch")
    assert (f.time.start, f.time.end) == (date(1998, 1, 1), date(1998, 12, 31))


def test_a_when_clause_gives_its_time_to_the_main_clause(frames_of):
    frames = frames_of("When the city awarded the contract to Tramco on 3 February, Railbuild appealed the decision.")
    assert _one(frames, "appeal").time.start == date(2026, 2, 3)


def test_as_soon_as_gives_its_time_to_the_main_clause(frames_of):
    frames = frames_of("As soon as the city awarded the contract to Tramco on 3 February, Railbuild appealed.")
    assert _one(frames, "appeal").time.start == date(2026, 2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "While the city awarded the contract to Tramco on 3 February, Railbuild has long opposed the plan.",
        "As the city awarded the contract to Tramco on 3 February, Railbuild criticised the plan.",
    ],
)
def test_a_while_or_as_clause_keeps_its_time_to_itself(frames_of, text):
    frames = frames_of(text)
    assert _one(frames, "award").time.start == date(2026, 2, 3)
    main = [f for f in frames if f.trigger.lemma in ("oppose", "criticise", "criticize")]
    assert main and all(f.time is None for f in main)


def test_a_negated_bound_dates_the_event_and_a_pending_one_does_not(frames_of):
    f = _one(frames_of("The ministry will not sign the contract until 1 June."), "sign")
    assert f.time.start == date(2026, 6, 1)
    assert _one(frames_of("The ministry will not sign the contract pending the ruling."), "sign").time is None


def test_a_move_from_a_time_is_dated_by_it_unless_it_names_the_new_time(frames_of):
    f = _one(frames_of("The carmaker will move production to Poland from January."), "move")
    assert f.time.start == date(2027, 1, 1)
    f = _one(frames_of("The court moved the hearing from Monday to Friday."), "hearing")
    # the new day, not the one it replaces; the Friday after that Monday (9 March), not the one before it
    assert f.time.start == date(2026, 3, 13)


def test_a_deadline_noun_is_the_time_of_its_phrase(frames_of):
    f = _one(frames_of("Railbuild will announce its decision before the 30 April deadline."), "announce")
    assert (f.time.kind, f.time.end) == ("until", date(2026, 4, 30))
    # an object naming a date dates nothing
    f = _one(frames_of("The board announced a delay, replacing the 30 April date."), "announce")
    assert f.time is None


def test_the_announcement_takes_its_date_not_the_report_date(frames_of):
    frames = frames_of("On 2 March, Tramco announced the purchase of six trams.")
    assert _one(frames, "announce").time.start == date(2026, 3, 2)


def test_no_time_in_the_text_is_undated(frames_of):
    assert _one(frames_of("Tramco bought six trams."), "buy").time is None


def test_a_subjectless_due_dates_the_event_it_is_about(frames_of):
    frames = frames_of("The ferry's delivery, originally due in April, will be delayed until August.")
    assert _one(frames, "delivery").time.start == date(2026, 8, 1)  # the narrower of its two times
    assert _one(frames, "delay").time is None  # neither April nor August is the delaying's time
    f = _one(frames_of("A delivery due in May was cancelled."), "delivery")
    assert (f.time.start.month, f.time.granularity) == (5, "month")  # the year is the tense's question


def test_a_when_clause_on_a_time_is_at_that_time(frames_of):
    f = _one(frames_of("Sales are higher than in 2019, when the chain posted its first loss."), "post")
    assert (f.time.start, f.time.end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_a_deadline_to_do_something_bounds_it(frames_of):
    f = _one(frames_of("The council has a 1 June deadline to finish the inquiry."), "finish")
    assert (f.time.kind, f.time.start, f.time.end) == ("until", PUB, date(2026, 6, 1))


def test_a_reporting_verb_takes_no_time_from_its_complement(frames_of):
    """A time inside a complement clause dates that clause's events, never the saying or warning above it."""
    assert _one(frames_of("Tramco said it wants to be free of debt by early June."), "say").time is None
    assert _one(frames_of("The mayor warned that the line would be profitable by 2030."), "warn").time is None


def test_a_clause_on_a_noun_dates_that_noun_not_the_verb_above(frames_of):
    """ "the sum budgeted for last year could rise": the budgeting's year, not the rise's."""
    frames = frames_of("The council warned that the sum budgeted for last year could still rise.")
    assert _one(frames, "rise").time is None
    assert _one(frames, "warn").time is None


def test_the_first_in_n_years_is_a_comparison_not_a_deadline(frames_of):
    f = _one(frames_of("The stoppage was the first at the depot in 19 years."), "stoppage")
    assert f.time is None


def test_an_order_takes_no_deadline_from_what_it_orders(frames_of):
    """ "asked that a decision be made by 27 March": the deciding's bound, not the asking's."""
    f = _one(frames_of("Tramco has asked that a decision on the line be made by 27 March."), "ask")
    assert f.time is None


def test_the_first_units_within_n_days_is_a_deadline(frames_of):
    f = _one(frames_of("Tramco expects to deliver the first trams within 90 days."), "deliver")
    assert (f.time.kind, f.time.end) == ("expected", date(2026, 6, 8))
    f = _one(frames_of("The firm posted a profit, its first in six years."), "post")
    assert f.time is None


def test_a_report_stands_for_a_light_verb_in_its_complement(frames_of):
    """ "submit a plan" has no frame of its own: the telling stands for it, with its deadline."""
    f = _one(frames_of("The regulator has told Tramco it must submit a safety plan by 27 March."), "tell")
    assert (f.time.kind, f.time.end) == ("until", date(2026, 3, 27))


def test_a_happening_verb_under_an_expectation_dates_the_subject(frames_of):
    f = _one(frames_of("The first flight of the new tram is expected to take place in August."), "flight")
    assert (f.time.start, f.time.end) == (date(2026, 8, 1), date(2026, 8, 31))


def test_a_time_in_a_conjoined_clause_does_not_date_the_first(frames_of):
    text = "Tramco said it will receive six trams in 2027, then in 2029 it will take delivery of six more."
    assert _one(frames_of(text), "say").time is None


def test_a_past_perfect_s_time_is_the_time_of_the_clause_reporting_it(frames_of):
    """ "established that data had been copied on 2 March": the past perfect's reference time, the finding's, when
    the past perfect's verb gives no frame; "exposed" data is a leak (frames17), dated by its own time."""
    frames = frames_of("Tramco established that the files of its staff had been copied on 2 March.")
    assert _one(frames, "establish").time.start == date(2026, 3, 2)
    frames = frames_of("Tramco established that the files of its staff had been exposed on 2 March.")
    assert _one(frames, "expose").time.start == date(2026, 3, 2)


def test_a_past_perfect_s_clock_time_is_not_the_time_of_the_clause_reporting_it(frames_of):
    # its day is the report's reference time (above), its clock time never: no confirming at 03:00
    text = "The water board confirmed that it had begun pumping water into the canal at about 03:00."
    assert _one(frames_of(text), "confirm").time is None
    text = "The water board confirmed that it had begun pumping water into the canal on Sunday."
    assert _one(frames_of(text), "confirm").time.start == date(2026, 3, 8)


def test_a_time_from_which_a_decision_runs_is_not_the_deciding(frames_of):
    # the ordering is not dated by when the ordered return starts (no frame for the return: no time)
    f = _one(frames_of("The tribunal ordered the dockworkers back to work from 6am on Thursday."), "order")
    assert f.time is None
    f = _one(frames_of("The tribunal ordered the union to end the strike from Thursday."), "order")
    assert f.time is None
    f = _one(frames_of("The board decided to close the plant from January."), "close")
    assert f.time.start == date(2027, 1, 1)  # published March 2026: a decided start lies ahead
    frames = frames_of("The chain announced price cuts from 1 November.")
    assert _one(frames, "announce").time is None
    assert _one(frames, "cut").time.start == date(2026, 11, 1)


def test_the_time_of_the_value_a_change_is_measured_from_dates_no_change(frames_of):
    f = _one(frames_of("Tramco's share of the market rose to 17 %, up from 14 % a year ago."), "rise")
    assert f.time is None
    f = _one(frames_of("Ticket sales fell to 40,000 from 52,000 in May."), "fall")
    assert f.time is None
    # a time of the change itself still dates it
    f = _one(frames_of("Ticket sales fell to 40,000 in May."), "fall")
    assert (f.time.start.month, f.time.granularity) == (5, "month")
    # a change noun's "from" names the value it counts from
    f = _one(frames_of("The index closed at 5,210, a small rise from earlier today."), "rise")
    assert f.time is None
    f = _one(frames_of("The index finished at 7,500, an increase of 60 points from 2 March."), "increase")
    assert f.time is None
    # ... but not a range: "a rise from January to March"
    f = _one(frames_of("Exports showed a steady rise from January to March."), "rise")
    assert (f.time.start, f.time.end) == (date(2026, 1, 1), date(2026, 3, 31))


def test_a_time_that_is_chosen_is_not_when_the_choosing_happens(frames_of):
    f = _one(frames_of("Sunday was chosen as the launch date."), "choose")
    assert f.time is None


def test_a_date_in_apposition_names_its_noun(frames_of):
    frames = frames_of("The rollout, 8 July, was chosen because the number matches.")
    assert _one(frames, "rollout").time.start.timetuple()[1:3] == (7, 8)  # the year is the tense's question
    assert _one(frames, "choose").time is None


def test_a_move_from_one_time_to_another_dates_the_moved_event_at_the_new_one(frames_of):
    f = _one(frames_of("The council moved the hearing from 17 September to 24 September."), "hearing")
    assert (f.time.kind, f.time.start) == ("point", date(2026, 9, 24))  # not the range 17-24 September


def test_an_infinitive_without_a_frame_under_an_expectation_dates_the_expected_subject(frames_of):
    f = _one(frames_of("Deliveries are set to run between 2028 and 2031."), "delivery")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2028, 1, 1), date(2031, 12, 31))
    f = _one(frames_of("The talks are expected to last until Friday."), "talk")
    assert (f.time.kind, f.time.end) == ("until", date(2026, 3, 13))


def test_since_without_a_publication_date_stays_open(frames_of):
    f = _one(frames_of("Tramco has supplied trams since 2024.", published=None), "supply")
    assert (f.time.kind, f.time.start, f.time.end) == ("since", date(2024, 1, 1), None)  # not "in 2024"
    f = _one(frames_of("Tramco has supplied trams since 2024."), "supply")
    assert (f.time.start, f.time.end) == (date(2024, 1, 1), PUB)


def test_a_headline_move_late_in_the_year_lies_in_the_next(frames_of):
    # the parser makes "pushes" the subject of "start"; the month is still the next September
    text = "Port authority rejects fee rise, pushes start to September\n\nThe port authority met on Tuesday."
    start = _one(frames_of(text, date(2026, 11, 20)), "start")
    assert (start.time.start, start.time.end) == (date(2027, 9, 1), date(2027, 9, 30))


def test_a_time_in_an_of_phrase_dates_its_noun_only(frames_of):
    frames = frames_of("The mayor praised the rescue of 12 March in a speech to the council.")
    assert _one(frames, "praise").time is None
    frames = frames_of("The minister discussed the strikes of last year with the unions.")
    assert _one(frames, "discuss").time is None
    # a period word keeps its day: "the week of 20 April"
    f = _one(frames_of("A live trial is planned in the week of 20 April."), "trial")
    assert f.time.granularity == "week"


TIMELINE = """Ferry dispute: how it unfolded

- **2 March.** The harbour board approves the new fares. The unions object.
- 5 March: The mayor signs the order.
* 6 March - The crews strike again on 7 March.

On 8 March the board met the unions.
"""


def test_a_dated_list_item_dates_the_events_of_its_line(frames_of):
    frames = frames_of(TIMELINE, date(2026, 3, 10))
    assert _one(frames, "approve").time.start == date(2026, 3, 2)
    assert _one(frames, "object").time.start == date(2026, 3, 2)  # a later sentence of the same item
    assert _one(frames, "sign").time.start == date(2026, 3, 5)
    # an event with a time of its own keeps it
    assert _one(frames, "strike").time.start == date(2026, 3, 7)
    assert _one(frames, "meet").time.start == date(2026, 3, 8)


def test_a_dateline_is_no_label(frames_of):
    frames = frames_of("OSLO, 9 March 2026 - The harbour board approved the new fares.", date(2026, 3, 10))
    assert _one(frames, "approve").time is None


def test_a_fronted_time_dates_the_conjoined_clauses_after_it(frames_of):
    frames = frames_of("On Monday, the ferry crews stopped work, and the port authority closed two berths.")
    assert _one(frames, "stop").time.start == date(2026, 3, 9)
    assert _one(frames, "close").time.start == date(2026, 3, 9)
    # a time inside the first clause stays its own
    frames = frames_of("The crews stopped work on Monday, and the authority will close two berths.")
    assert _one(frames, "close").time is None


# review 3 of 4 Dec: regressions of that day's rules, each with the sentence that showed it
def test_a_part_of_a_day_of_a_date_dates_the_event(frames_of):
    for part in ("evening", "afternoon", "morning"):
        f = _one(frames_of(f"The ministry signed the contract on the {part} of 3 March."), "sign")
        assert f.time is not None and f.time.start == date(2026, 3, 3), part


def test_a_fronted_time_dates_only_conjuncts_told_in_its_tense(frames_of):
    frames = frames_of("On Monday, the union rejected the offer and will strike again.")
    assert _one(frames, "reject").time.start == date(2026, 3, 9)
    strike = _one(frames, "strike")
    assert strike.time is None or strike.time.start != date(2026, 3, 9)


def test_a_label_outside_a_list_dates_its_own_sentence_only(frames_of):
    frames = frames_of("5 March: The union voted to strike. The company will appeal the ruling.")
    appeal = _one(frames, "appeal")
    assert appeal.time is None or appeal.time.start != date(2026, 3, 5)


def test_a_time_a_change_takes_effect_from_dates_the_change(frames_of):
    # review 3, B11: the object of "from" is a time, not a value: when the change starts
    f = _one(frames_of("The union said drivers will get an increase from 1 July."), "increase")
    assert f.time is not None and f.time.start == date(2026, 7, 1)
    f = _one(frames_of("Drivers got an increase from 1 February, the union said."), "increase")
    assert f.time is not None and f.time.start == date(2026, 2, 1)
    f = _one(frames_of("Bus fares will see a 4 % increase from 1 April."), "increase")
    assert f.time is not None and f.time.start == date(2026, 4, 1)
    # the parse hangs "from" on the verb: the change still takes it, not the confirming
    frames = frames_of("The council confirmed a rise in parking charges from 1 May.")
    assert _one(frames, "rise").time.start == date(2026, 5, 1)
    assert _one(frames, "confirm").time is None
    # review 4, C13: a cut takes effect as a rise does ([event_time] effective_from_classes)
    frames = frames_of("The port authority approved a cut in berth fees from 1 June.")
    assert _one(frames, "cut").time.start == date(2026, 6, 1)
    assert _one(frames, "approve").time is None


def test_a_relative_time_after_from_on_a_change_is_what_it_is_compared_with(frames_of):
    # review 4, C7: [event_time] comparison_baselines; a calendar date is when the change takes effect
    assert _one(frames_of("Imports posted a steep rise from last year, officials said."), "rise").time is None
    assert _one(frames_of("The airport saw an increase from the previous quarter."), "increase").time is None
    frames = frames_of("The brewer reported a jump in sales from the same period last year.")
    assert _one(frames, "jump").time is None
    assert _one(frames, "report").time is None
    f = _one(frames_of("Nurses received a 5 % pay rise from 1 January, the union said."), "rise")
    assert f.time is not None and f.time.start == date(2026, 1, 1)


def test_a_value_as_the_object_of_from_is_a_baseline_and_the_change_keeps_its_own_time(frames_of):
    f = _one(frames_of("The levy rose from 3 % to 5 % in January."), "rise")
    assert (f.time.start, f.time.end) == (date(2026, 1, 1), date(2026, 1, 31))
    f = _one(frames_of("Members will receive a rise from 3 % to 5 % from 1 June."), "rise")
    assert f.time is not None and f.time.start == date(2026, 6, 1)
    # a past time standing for the level then, against a measured change, is still a baseline
    f = _one(frames_of("The share price ended at 412 pence, a gain of 9 pence from last Friday."), "gain")
    assert f.time is None


@pytest.mark.parametrize("mark", ["+", "▪", "◦", "–", "—"])
def test_a_list_item_is_one_the_reader_takes_for_one(frames_of, mark):
    # one definition of list marks (read.lines.LIST_MARKS): "+" and "▪" items dated nothing before;
    # an en or em dash opens an item too, though the reader keeps it as content
    text = f"Key dates:\n\n{mark} 2 March. The board approves the fares. The unions object.\n"
    frames = frames_of(text, date(2026, 3, 10))
    assert _one(frames, "object").time.start == date(2026, 3, 2)


def test_a_time_on_a_participle_of_consequence_dates_the_event_it_names(frames_of):
    # "resulting in X during Y", "leading to X over Y": the participle is no event; X is, not the main clause
    frames = frames_of(
        "The carmaker announced deep cuts in output, resulting in the closure of two plants during April."
    )
    assert _one(frames, "closure").time.start == date(2026, 4, 1)
    assert _one(frames, "announce").time is None
    frames = frames_of(
        "The strike spread to three more ports, leading to the cancellation of 40 sailings over the weekend."
    )
    assert _one(frames, "cancellation").time is not None
    # a participle with no event for its object still passes its time up ("ending the day at 5,210")
    f = _one(frames_of("The index rose 2 %, ending the day at 5,210."), "rise")
    assert f.time is not None and f.time.start == PUB


def test_a_bare_time_on_a_preposition_dates_its_object(frames_of):
    # "but after a sharp fall yesterday": the fall's day, not the rise's
    frames = frames_of("Shares in the group rose 3 %, but after a sharp fall yesterday.")
    assert _one(frames, "rise").time is None
    assert _one(frames, "fall").time.start == date(2026, 3, 9)
    # on the verb it still dates the verb; on a noun that is no event it still reaches the verb
    assert _one(frames_of("The ministry confirmed the recall yesterday."), "confirm").time.start == date(2026, 3, 9)
    f = _one(frames_of("The index fell 120 points at the close of trading Thursday."), "fall")
    assert f.time is not None and f.time.start == date(2026, 3, 5)


def test_a_length_counted_back_from_the_time_of_writing_is_the_interval_before_it(frames_of):
    # "in the past three days": the days before publication, not three days ahead
    f = _one(frames_of("In the past three days, the index has lost 400 points."), "lose")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 3, 7), date(2026, 3, 10))
    f = _one(frames_of("The index fell 900 points over the last two weeks."), "fall")
    assert (f.time.start, f.time.end) == (date(2026, 2, 24), date(2026, 3, 10))
    # a length anchored by "of <period>" or told ahead is not the time before writing (nor a deadline ahead)
    assert _one(frames_of("Output will be cut over the last two weeks of the year."), "cut").time is None
    f = _one(frames_of("Sales will rise sharply in the last three months of the year, the company said."), "rise")
    assert f.time is None
    f = _one(frames_of("The mill will close its gates over the past two weeks of August."), "close")
    assert f.time is None or f.time.start >= date(2026, 8, 1)
    assert _one(frames_of("Prices will rise over the last two weeks, traders fear."), "rise").time is None
    # a length ahead stays a deadline
    f = _one(frames_of("The ministry will sign the contract within 30 days."), "sign")
    assert (f.time.kind, f.time.start, f.time.end) == ("expected", PUB, date(2026, 4, 9))


@pytest.mark.parametrize(
    ("text", "lemma", "day"),
    [
        ("Dockworkers went on strike on Monday, the union said.", "strike", date(2026, 3, 9)),
        ("The council held talks with the drivers' union on Friday.", "talk", date(2026, 3, 6)),
        ("The operator made an improved offer to the drivers on 7 March.", "offer", date(2026, 3, 7)),
        ("The operator carried out a test run of the new trams on 2 March.", "test", date(2026, 3, 2)),
    ],
)
def test_a_light_verb_s_time_is_its_event_noun_s(frames_of, text, lemma, day):
    """review 4 P5: "went on strike on Monday" dates the strike (the time hangs on the light verb)."""
    assert _one(frames_of(text), lemma).time.start == day


def test_a_length_on_a_light_verb_stays_off_its_noun(frames_of):
    """ "may lodge an objection within six weeks" counts from an event the text may not date."""
    assert _one(frames_of("The bank may lodge an objection within six weeks."), "objection").time is None


@pytest.mark.parametrize(
    ("text", "lemma", "kind", "end"),
    [
        (
            "The bank has six weeks to lodge an objection with the regulator.",
            "objection",
            "expected",
            date(2026, 4, 21),
        ),
        (
            "The airline has until the end of the month to appeal, the regulator said.",
            "appeal",
            "until",
            date(2026, 3, 31),
        ),
    ],
)
def test_a_time_allowed_for_a_task_dates_the_task(frames_of, text, lemma, kind, end):
    """ "has six weeks to object", "has until the end of the month to appeal": the task's deadline."""
    f = _one(frames_of(text), lemma)
    assert (f.time.kind, f.time.end) == (kind, end)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("In January the airline was given 30 days to appeal, and it appealed in February.", "appeal"),
        ("The airline had 30 days to appeal the 2024 fine, but it let the deadline pass.", "appeal"),
        ("Last year the bank had six weeks to lodge an objection with the regulator.", "objection"),
    ],
)
def test_a_time_allowed_in_the_past_is_no_window_ahead(frames_of, text, lemma):
    """review 5 C8: "was given 30 days to appeal", "had 30 days to appeal" allowed the time in the past; it is
    not counted from the time of writing (no expected window after the publication date)."""
    for f in frames_of(text):
        if f.trigger.lemma == lemma and f.time is not None:
            assert f.time.kind != "expected" and (f.time.end is None or f.time.end <= PUB), f.time


# ------------------------------------------------------------------ seventh round (written for these tests)
def test_a_range_after_a_day_in_apposition_keeps_its_end(frames_of):
    # "from Monday, 16 March, until ...": the comma closing the apposition is no break in the range
    f = _one(frames_of("Commuters face a two-day rail strike from Monday, 16 March, until Tuesday night."), "strike")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 3, 16), date(2026, 3, 17))
    f = _one(
        frames_of("The crews will stop work from 06:00 on Monday, 16 March, until 22:00 on Wednesday, 18 March."),
        "stop",
    )
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 3, 16), date(2026, 3, 18))
    text = "Crews backed the stoppage, which runs from the early hours of Monday, 16 March, to midnight on 17 March."
    f = _one(frames_of(text), "stoppage")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 3, 16), date(2026, 3, 17))
    assert _one(frames_of(text), "back").time is None


def test_said_in_a_statement_on_a_day_dates_the_saying(frames_of):
    frames = frames_of("The port authority said in a written statement on Friday that the berths would reopen.")
    assert _one(frames, "say").time.start == date(2026, 3, 6)
    frames = frames_of("The minister announced in an interview on Sunday that the levy would go.")
    assert _one(frames, "announce").time.start == date(2026, 3, 8)


def test_a_day_after_an_event_dates_that_event_a_day_before(frames_of):
    frames = frames_of(
        "The insurer said on Friday, a day after the regulator suspended its licence, that it would appeal."
    )
    assert _one(frames, "say").time.start == date(2026, 3, 6)
    fine = _one(frames, "suspend").time
    assert (fine.start, fine.end, fine.granularity) == (date(2026, 3, 5), date(2026, 3, 5), "day")
    frames = frames_of("Two days after the ferry ran aground on 2 March, the operator suspended the route.")
    assert _one(frames, "suspend").time.start == date(2026, 3, 4)


def test_not_by_a_time_is_after_it(frames_of):
    f = _one(frames_of("By Monday evening the operator had not resumed the service."), "resume")
    assert (f.time.kind, f.time.start, f.time.end) == ("after", date(2026, 3, 9), None)
    f = _one(frames_of("The company will not complete the merger by June."), "complete")
    assert (f.time.kind, f.time.start, f.time.end) == ("after", date(2026, 6, 30), None)


def test_days_joined_by_and_or_or_are_one_span(frames_of):
    f = _one(frames_of("The clinic cancelled operations on Monday and Tuesday."), "cancel")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 3, 9), date(2026, 3, 10))
    f = _one(frames_of("The buses will not operate on Thursday or Friday, the operator said."), "operate")
    assert (f.time.start, f.time.end) == (date(2026, 3, 12), date(2026, 3, 13))
    f = _one(frames_of("The minister met the union on Monday and the employers on 20 March."), "meet")
    assert (f.time.start, f.time.end) == (date(2026, 3, 9), date(2026, 3, 9))  # days far apart: no span


def test_a_result_participle_takes_its_clause_time(frames_of):
    # "X happened on a day, injuring / killing / forcing ...": the result happens then
    frames = frames_of("A gas cylinder exploded at a depot in Arlow at 04:10 on Sunday, injuring three workers.")
    assert _one(frames, "injure").time.start == date(2026, 3, 8)
    frames = frames_of("The storm reached the coast on Monday, forcing the closure of two ports.")
    assert _one(frames, "closure").time.start == date(2026, 3, 9)
    # a resultative names a change of its object's state, not the object's event: "bringing production to an end"
    frames = frames_of("The yard launched its last ferry on Friday, bringing production of the class to an end.")
    assert _one(frames, "production").time is None
    # a clause with a subject or a marker of its own is no result
    frames = frames_of("The council approved the budget on Monday, while the union was preparing a strike.")
    assert _one(frames, "strike").time is None


def test_a_participle_joined_to_a_result_is_told_at_its_time(frames_of):
    # "..., killing two and injuring 30": the second result is told then (its told_time, the timeline's date), not
    # given a time of its own (a second time-of-day question for one act, review dates16)
    frames = frames_of("A coach left the road near Orvale at 14:20 on Sunday, killing two passengers and injuring 30.")
    assert _one(frames, "kill").time.start == date(2026, 3, 8)
    injured = _one(frames, "injure")
    assert injured.time is None
    assert (injured.told_time.start, injured.told_time.granularity) == (date(2026, 3, 8), "day")


def test_an_act_done_in_an_event_with_a_day_takes_that_day(frames_of):
    frames = frames_of("Four workers were injured in Sunday's explosion at the depot.")
    assert _one(frames, "injure").time.start == date(2026, 3, 8)
    frames = frames_of("In a statement on Friday the port authority denied reports that the quay had closed.")
    assert _one(frames, "deny").time.start == date(2026, 3, 6)


def test_a_hedged_length_after_an_event_gives_no_day(frames_of):
    # "almost a week after", "more than two weeks after": no exact day to count to
    frames = frames_of("The insurer said on Friday, almost a week after the regulator suspended its licence.")
    assert _one(frames, "suspend").time is None


def test_a_time_s_own_when_clause_is_at_its_point(frames_of):
    # "since last Monday, when X happened": X on that Monday (the since is the clause's, not X's)
    frames = frames_of("Drivers have used the bridge since last Monday, when the council lifted the ban.")
    f = _one(frames, "lift")
    assert (f.time.kind, f.time.start, f.time.end) == ("point", date(2026, 3, 9), date(2026, 3, 9))


# fourteenth sitting (review 13 U11/U14): a time that closes an event-noun subject with a complement of its own, just
# before the verb, is that noun's time (the verb keeps it); a bare subject's time stays the verb's
@pytest.mark.parametrize(
    "text, noun",
    [
        ("The arrest of Dana Ostrow on Monday shocked the town.", "arrest"),
        ("The Tarn Rail signal failure at Raskel on Monday delayed trains by 45 minutes.", "failure"),
    ],
)
def test_a_time_closing_an_event_noun_subject_dates_the_noun(frames_of, text, noun):
    frames = frames_of(text)
    assert _one(frames, noun).time.start == date(2026, 3, 9)


def test_a_time_after_a_bare_agent_subject_is_the_verbs(frames_of):
    frames = frames_of("The court on Monday sentenced Oren Palk to four years.")
    assert _one(frames, "sentence").time.start == date(2026, 3, 9)
    assert [f.trigger.lemma for f in frames if f.time is not None] == ["sentence"]


# fourteenth sitting (review 13 U3): a time hung on a noun a possessive pronoun refers back to, the object of a verb,
# is the verb's ("appealed against its ban on Monday": the appeal's Monday; the ban is a known event told again)
@pytest.mark.parametrize(
    "text, verb, noun",
    [
        ("The Brenmoor supporters' club appealed against its three-month ban on Monday.", "appeal", "ban"),
        ("The dockworkers' union called off its strike on Monday.", "call off", "strike"),
    ],
)
def test_a_time_on_a_noun_referred_back_to_is_the_verbs(frames_of, text, verb, noun):
    frames = frames_of(text)
    assert _one(frames, verb).time.start == date(2026, 3, 9)
    assert _one(frames, noun).time is None


def test_a_noun_referred_back_to_after_an_adjunct_preposition_keeps_its_time(frames_of):
    frames = frames_of("Orlen Music said 40 million songs had been downloaded since its launch in 2019.")
    assert _one(frames, "launch").time.start == date(2019, 1, 1)


# fourteenth sitting: a point time that closes a clause told in the past dates the clause joined after it, told in the
# past too, with no time of its own (one scene told on); a clause told otherwise keeps no time
def test_a_joined_past_clause_takes_the_time_of_the_clause_before(frames_of):
    frames = frames_of("The Orlen ferry ran aground off Varnos on Monday morning, and four passengers were injured.")
    assert _one(frames, "injure").time.start == date(2026, 3, 9)


def test_a_joined_clause_told_ahead_takes_no_time(frames_of):
    frames = frames_of("The dockworkers' union rejected the offer on Monday and will strike again.")
    assert _one(frames, "reject").time.start == date(2026, 3, 9)
    assert _one(frames, "strike").time is None


def test_a_scheduling_verb_gives_its_for_time_to_the_event_it_sets(frames_of):
    # "called a meeting for Tuesday evening": the meeting's time, not the calling's ([event_time] scheduling_verbs)
    frames = frames_of("The mayor of Orvale called an extraordinary meeting of the council for Tuesday evening.")
    assert _one(frames, "meeting").time.start == date(2026, 3, 10)
    assert all(f.time is None for f in frames if f.trigger.lemma == "call")
    frames = frames_of("The tribunal has scheduled a hearing for 26 March.")
    assert _one(frames, "hearing").time.start == date(2026, 3, 26)


def test_a_length_counts_from_the_dated_act_that_sets_it(frames_of):
    # "on Monday ordered X to examine ... and to report within 30 days": 30 days from Monday, not from publication
    frames = frames_of("The minister on Monday ordered the agency to examine the failure and to report within 30 days.")
    report = _one(frames, "report")
    assert (report.time.kind, report.time.start, report.time.end) == ("expected", date(2026, 3, 9), date(2026, 4, 8))
    # an undated act: from the publication date
    frames = frames_of("The minister ordered the agency to report within 30 days.")
    assert _one(frames, "report").time.start == date(2026, 3, 10)
