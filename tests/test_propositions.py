"""Claims keep the whole proposition (issue 15, point 5): embedded quotations, sentence-final
attributions, verbs of expectation, denials, headings and revision markers.

Every sentence here was written for this test.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.read import read_text

runner = CliRunner()


def only(ex, needle: str):
    hits = [c for c in ex.claims if needle in c.text]
    assert len(hits) == 1, [c.text for c in ex.claims]
    return hits[0]


# ------------------------------------------------------- embedded quotations
@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            'NATO officials said the platform was "ready for routine administrative use" by September.',
            'the platform was "ready for routine administrative use" by September',
            "NATO officials",
            "said",
        ),
        (
            'The platform will be "ready for routine administrative use" by September, NATO officials said.',
            'The platform will be "ready for routine administrative use" by September',
            "NATO officials",
            "said",
        ),
        (
            'NATO officials described the platform as "ready for routine administrative use".',
            'the platform as "ready for routine administrative use"',
            "NATO officials",
            "described",
        ),
        (
            "The tool is “only for drafting and translating documents”, a NATO spokesperson said.",
            "The tool is “only for drafting and translating documents”",
            "a NATO spokesperson",
            "said",
        ),
        (  # the quotation opens on the clause's verb: the subject outside it still belongs to the claim
            'A ministry spokesperson said the agency was "drafting a shortlist of cleared suppliers".',
            'the agency was "drafting a shortlist of cleared suppliers"',
            "A ministry spokesperson",
            "said",
        ),
        (
            'The vendor said the company would "ready its drafting tools for review" before any rollout.',
            'the company would "ready its drafting tools for review" before any rollout',
            "The vendor",
            "said",
        ),
        (
            'The tool is "only for drafting and translating documents", a NATO spokesperson said.',
            'The tool is "only for drafting and translating documents"',
            "a NATO spokesperson",
            "said",
        ),
    ],
)
def test_an_embedded_quotation_gives_the_whole_proposition_and_its_source(extract, text, content, source, cue):
    ex = extract(text)
    c = only(ex, "ready" if "ready" in text else "drafting")
    assert (c.text, c.source.text, c.cue.text) == (content, source, cue)
    assert ex.text[c.start : c.end] == c.text


def test_a_quotation_takes_the_verb_it_depends_on_not_the_nearest(extract):
    ex = extract(
        'In a statement, NATO called the deal "a milestone for the whole alliance" and said tests would begin soon.'
    )
    called = only(ex, "milestone")
    assert (called.text, called.cue.text, called.source.text) == (
        'the deal "a milestone for the whole alliance"',
        "called",
        "NATO",
    )
    said = only(ex, "tests would")
    assert (said.text, said.cue.text) == ("tests would begin soon", "said")


def test_a_coordinated_cue_is_no_complement_of_the_first(extract):
    ex = extract(
        'Critics in the European Parliament called the deal "a worrying shortcut around proper tendering" '
        "and urged NATO to publish the contract."
    )
    assert [(c.text, c.cue.text) for c in ex.claims] == [
        ('the deal "a worrying shortcut around proper tendering"', "called"),
        ("NATO to publish the contract", "urged"),
    ]
    assert {c.source.text for c in ex.claims} == {"Critics in the European Parliament"}


def test_a_quotation_that_is_the_whole_complement_stays_a_quotation(extract):
    ex = extract('The NATO spokesperson said it "will never be used to choose targets in any conflict".')
    c = only(ex, "targets")
    assert c.attribution == "direct_quote"
    assert c.text == "will never be used to choose targets in any conflict"


# --------------------------------------------------- sentence-final attribution
@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "The first drones will reach the border units in October, according to the Latvian defence ministry.",
            "The first drones will reach the border units in October",
            "the Latvian defence ministry",
            "according to",
        ),
        (
            "The contract will be worth 30 million euros over four years, the alliance said.",
            "The contract will be worth 30 million euros over four years",
            "the alliance",
            "said",
        ),
        (
            "Helsing will open a second plant near Munich next spring, its chief executive said on Tuesday.",
            "Helsing will open a second plant near Munich next spring",
            "its chief executive",
            "said",
        ),
    ],
)
def test_a_sentence_final_attribution_takes_the_whole_sentence(extract, text, content, source, cue):
    ex = extract(text)
    assert [(c.text, c.source.text, c.cue.text) for c in ex.claims] == [(content, source, cue)]


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "The contract, the ministry said, will be signed in April.",
            "The contract, the ministry said, will be signed in April",
            "the ministry",
            "said",
        ),
        (
            "The contract, the agency said in a statement, covers translation and drafting of documents.",
            "The contract, the agency said in a statement, covers translation and drafting of documents",
            "the agency",
            "said",
        ),
        (
            "The tool, according to the spokesperson, is only for translation.",
            "The tool, according to the spokesperson, is only for translation",
            "the spokesperson",
            "according to",
        ),
    ],
)
def test_an_aside_inside_the_sentence_keeps_the_subject_in_the_content(extract, text, content, source, cue):
    ex = extract(text)
    assert [(c.text, c.source.text, c.cue.text) for c in ex.claims] == [(content, source, cue)]


def test_what_follows_an_aside_in_the_same_clause_stays_in_the_content(extract):
    ex = extract("The tool will be used by NATO only for translation, the agency said, and not for intelligence work.")
    c = only(ex, "translation")
    assert (
        c.text == "The tool will be used by NATO only for translation, the agency said, and not for intelligence work"
    )
    assert (c.use_scopes, c.excluded_scopes) == (["translation"], ["intelligence"])
    # a clause of the writer's own after the aside is not the source's
    other = extract("The drones will arrive in May, the ministry said, though it gave no figures.")
    assert [c.text for c in other.claims if c.source] == ["The drones will arrive in May"]


def test_a_final_attribution_and_what_it_adds_are_two_claims(extract):
    ex = extract("The drones will arrive in May, NATO said, adding that training would start in June.")
    assert [(c.text, c.source.text, c.cue.text) for c in ex.claims] == [
        ("The drones will arrive in May", "NATO", "said"),
        ("training would start in June", "NATO", "adding"),
    ]


# ----------------------------------------------------------- expectation verbs
@pytest.mark.parametrize(
    "text",
    [
        "Helsing is expected to deliver the first software release in May.",
        "Helsing is set to open an office in Riga next year.",
        "Helsing is likely to win the second contract.",
        "Helsing is due to present the results to parliament in June.",
    ],
)
def test_the_agent_of_an_expected_event_is_no_speaker(extract, text):
    ex = extract(text)
    assert ex.claims, text
    for c in ex.claims:
        assert c.source is None or c.source.actor != "Helsing", (c.text, c.source)
        assert c.text.startswith("Helsing is"), c.text  # the subject stays in the proposition


def test_it_before_a_raised_infinitive_is_the_thing_expected(extract):
    ex = extract(
        "The assistant will reach NATO staff this year. It is expected to serve about 3,000 employees at first.\n\n"
        "It is expected that NATO will sign the contract in May."
    )
    raised = only(ex, "3,000")
    assert (raised.text, raised.source, raised.cue.text) == (
        "It is expected to serve about 3,000 employees at first",
        None,
        "expected",
    )
    empty = only(ex, "sign the contract")
    assert (empty.text, empty.cue.text) == ("NATO will sign the contract in May", "It is expected")


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Helsing plans to hire 200 engineers in Riga, according to a company filing.",
            "Helsing plans to hire 200 engineers in Riga",
            "a company filing",
            "according to",
        ),
        (
            "Helsing is expected to deliver the first release in May, according to two ministry officials.",
            "Helsing is expected to deliver the first release in May",
            "two ministry officials",
            "according to",
        ),
        (
            "Helsing is set to open an office in Riga, a ministry spokesperson said.",
            "Helsing is set to open an office in Riga",
            "a ministry spokesperson",
            "said",
        ),
    ],
)
def test_expectations_reported_by_someone_else_are_that_sources_claims(extract, text, content, source, cue):
    ex = extract(text)
    assert [(c.text, c.source.text, c.cue.text) for c in ex.claims] == [(content, source, cue)]


# --------------------------------------------------------------------- denials
def test_a_denial_carries_its_negation(extract):
    ex = extract("OpenAI denied on Tuesday that it had signed any agreement with NATO about classified networks.")
    c = only(ex, "signed")
    assert c.text == "it had signed any agreement with NATO about classified networks"
    assert c.negated is True
    assert (c.source.actor, c.cue.text) == ("OpenAI", "denied")
    # denying a deal for classified networks asserts nothing about unclassified ones
    assert c.network_tier is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("OpenAI rejected reports that it had signed an agreement with NATO.", "it had signed an agreement with NATO"),
        (
            "OpenAI dismissed a report that it had signed an agreement with NATO.",
            "it had signed an agreement with NATO",
        ),
        ("OpenAI denied signing any agreement with NATO.", "signing any agreement with NATO"),
    ],
)
def test_every_form_of_denial_gives_the_denied_proposition_negated(extract, text, content):
    ex = extract(text)
    assert [(c.text, c.source.actor, c.negated) for c in ex.claims] == [(content, "OpenAI", True)]


DENIAL = """Company rejects report of alliance contract

OpenAI denied on Tuesday that it had signed any agreement with NATO to run its models on classified networks.

The company said it had held only exploratory talks with NATO officials.
"""


def test_a_denial_is_never_a_confirmed_timeline_entry(tmp_path, nlp):
    path = tmp_path / "denial.txt"
    path.write_text(DENIAL, encoding="utf-8")
    db = str(tmp_path / "t.db")
    ingest = runner.invoke(app, ["ingest", "--db", db, "--published", "2026-03-10", str(path)])
    assert ingest.exit_code == 0, ingest.output
    result = runner.invoke(app, ["timeline", "--claims", "--db", db, "--actor", "OpenAI", "--format", "json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)
    statuses = {e["label"]: e["status"] for e in entries}
    assert statuses == {
        "it had held only exploratory talks with NATO officials": "reported",
        "it had signed any agreement with NATO to run its models on classified networks": "denied",
    }
    table = runner.invoke(app, ["timeline", "--claims", "--db", db, "--actor", "OpenAI"])
    signed = next(line for line in table.output.splitlines() if "had signed" in line)
    assert signed.rstrip().endswith("denied") and "confirmed" not in signed
    # the event timeline (the default): the signing is denied; the denial itself happened
    events = runner.invoke(app, ["timeline", "--db", db, "--actor", "OpenAI", "--format", "json"])
    assert events.exit_code == 0, events.output
    by_trigger = {e["event"]["trigger"]["text"]: e["status"] for e in json.loads(events.output)}
    # (the headline's "rejects" reports the denial its lead reports: one event, shown by either word)
    by_trigger["denied"] = by_trigger.pop("rejects", by_trigger.get("denied"))
    assert by_trigger == {"denied": "asserted", "signed": "denied", "talks": "reported"}


# -------------------------------------------------------------------- headings
HEADED = """Alliance picks a drafting assistant

The NATO Communications and Information Agency has chosen a drafting assistant for its staff, officials said.

What the deal covers
The contract covers translation and drafting tools for about 3,000 employees, the agency said.

Next steps
NATO will test the tool in two headquarters before a wider rollout, according to a spokesperson.
"""


def test_a_sentence_case_heading_over_its_paragraph_is_furniture():
    r = read_text(HEADED)
    assert [r.text[o.start : o.end] for o in r.furniture] == ["What the deal covers", "Next steps"]
    assert [r.text[o.start : o.end] for o in r.content][1:] == [
        "The contract covers translation and drafting tools for about 3,000 employees, the agency said.",
        "NATO will test the tool in two headquarters before a wider rollout, according to a spokesperson.",
    ]


def test_a_long_title_line_directly_over_the_first_paragraph_is_the_title():
    text = (
        "Alliance agency picks a commercial assistant for staff drafting and translation work\n"
        "The NATO Communications and Information Agency has chosen a commercial AI assistant for its staff, "
        "officials said on Monday.\n"
    )
    r = read_text(text)
    assert r.meta.title == "Alliance agency picks a commercial assistant for staff drafting and translation work"
    assert [r.text[o.start : o.end] for o in r.content] == [text.splitlines()[1]]


def test_a_hard_wrapped_paragraph_is_not_split_at_its_first_line():
    text = (
        "Drone Deal Signed\n\n"
        "The ministry signed the contract with the supplier on Monday, and the\n"
        "Latvian border guard will receive the first drones in May, officials said.\n"
    )
    r = read_text(text)
    assert [r.text[o.start : o.end] for o in r.content] == [text.split("\n\n")[1].strip()]


def test_headings_never_join_the_next_sentence(extract):
    ex = extract(HEADED)
    texts = [c.text for c in ex.claims]
    assert "The contract covers translation and drafting tools for about 3,000 employees" in texts
    assert "NATO will test the tool in two headquarters before a wider rollout" in texts
    assert not any("covers\n" in t or "steps" in t for t in texts)


def test_markdown_headings_and_bold_labels_never_join_the_next_sentence(extract):
    md = HEADED.replace("What the deal covers", "## What the deal covers").replace("Next steps", "**Next steps**")
    ex = extract(md)
    assert not any("steps" in c.text or "covers\n" in c.text for c in ex.claims)
    assert any(c.text.startswith("NATO will test the tool") for c in ex.claims)


def test_html_headings_are_blocks_of_their_own(extract):
    html = (
        "<html><body><article><h1>Alliance picks a drafting assistant</h1>"
        "<p>The NATO Communications and Information Agency has chosen a drafting assistant, officials said.</p>"
        "<h2>Next steps</h2><p>NATO will test the tool in two headquarters, according to a spokesperson.</p>"
        "</article></body></html>"
    )
    ex = extract(html, html=True)
    assert "NATO will test the tool in two headquarters" in [c.text for c in ex.claims]


def test_a_sentence_starting_like_an_author_bio_is_content():
    r = read_text(
        "Drone Deal Signed\n\nThe contract covers maintenance and training for five years, the ministry said.\n"
    )
    assert [r.text[o.start : o.end] for o in r.content] == [
        "The contract covers maintenance and training for five years, the ministry said."
    ]
    bio = read_text(
        "Drone Deal Signed\n\nThe ministry signed the contract, officials said.\n\n"
        "Jane Roe covers defence for The Wire.\n"
    )
    assert [bio.text[o.start : o.end] for o in bio.furniture] == ["Jane Roe covers defence for The Wire."]


# ----------------------------------------------------------- revision markers
@pytest.mark.parametrize(
    "text",
    [
        "Anthropic has since pulled out of the talks with NATO.",
        "Helsing stepped in after Anthropic withdrew from the talks with NATO.",
        "Mistral AI, which had initially bid for the NATO contract, pulled out in February.",
        "Mistral AI had originally joined the bid but withdrew from the talks with NATO in May.",
        "OpenAI pushed back against the criticism from NATO lawmakers on Tuesday.",
        "The delayed NATO pilot drew criticism from lawmakers.",
        # the time is in a clause of its own, not where the pilot is moved to
        "The NATO pilot, which was to have started by the end of May, is postponed, the agency said.",
    ],
)
def test_events_are_no_revisions(extract, text):
    ex = extract(text)
    assert ex.claims
    assert [c.revision for c in ex.claims] == [None] * len(ex.claims)


@pytest.mark.parametrize(
    ("text", "revision"),
    [
        ("NATO later clarified that the pilot covers only translation.", "correction"),
        ("Helsing corrected its earlier figure on Friday.", "correction"),
        ("NATO's pilot will start in May, not in March as first reported.", "correction"),
        ("The minister had initially said the NATO deal covered 40 aircraft.", "initial"),
        ("Initial reports said NATO would pay 40 million euros.", "initial"),
        # a schedule change that moves the event to a time supersedes the time reported before
        ("NATO postponed the pilot with OpenAI to September.", "correction"),
        ("The NATO pilot was delayed by two months.", "correction"),
    ],
)
def test_a_sentence_that_revises_an_earlier_report_is_marked(extract, text, revision):
    ex = extract(text)
    assert [c.revision for c in ex.claims] == [revision]


def test_a_correction_does_not_spread_to_other_actors_events(extract):
    ex = extract(
        "OpenAI later clarified that NATO signed the contract in February. "
        "Anthropic pulled out of the bidding in June, and Helsing stepped in."
    )
    assert [(c.text.split()[0], c.revision) for c in ex.claims] == [("NATO", "correction"), ("Anthropic", None)]
