"""A news outlet that reports an event, quotes its parties or is told about it is no party of the event, nor of a
figure its sentence gives; a statement of its own keeps it (written for this test)."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 5, 4)


def _names(frames, lemma: str) -> set[str]:
    return {p.name for f in frames if f.trigger.lemma == lemma for p in f.participants}


def test_the_wire_reporting_a_deal_is_no_party_of_it(frames_of) -> None:
    frames = frames_of(
        "The transport ministry signed a contract for forty new trams on Monday, the Danube Press Agency reported, "
        "in a deal worth 90 million euros."
    )
    assert "Danube Press Agency" not in _names(frames, "deal")
    assert "Danube Press Agency" not in _names(frames, "sign")


def test_a_paper_reporting_damage_is_no_party_of_its_figure(frames_of) -> None:
    frames = frames_of("Rellach council said 14 homes had been damaged, the Valley Herald reported.")
    figures = [f for f in frames if f.event_class == "measure"]
    assert figures
    assert not any("Valley Herald" in f.names() for f in figures)
    assert any("Rellach council" in f.names() for f in figures)


def test_a_figure_of_a_sentence_naming_a_wire_counts_for_no_wire(frames_of) -> None:
    frames = frames_of("The coach was carrying 38 passengers, the Alpine News Service reported.")
    figures = [f for f in frames if f.event_class == "measure"]
    assert figures
    assert not any("Alpine News Service" in f.names() for f in figures)


def test_a_short_name_the_article_gives_a_body_is_no_outlet(frames_of) -> None:
    # "AP" is also a news agency's name (furniture.toml's publishers): here the article defines it as the regulator's
    frames = frames_of(
        "The Dutch privacy regulator, the Autoriteit Persoonsgegevens (AP), said on Monday that it had fined "
        "Marsdiep Bank. The AP fined the lender 3 million euros for a breach of customer data."
    )
    assert "AP" in {p.name for f in frames if f.trigger.text == "fined" for p in f.participants}


def test_a_short_name_after_one_word_is_no_definition(frames_of) -> None:
    from claimline.events.frames import _short_names

    assert _short_names("BRUSSELS (AP) - The ministry signed the contract.") == frozenset()
    assert _short_names("the Autoriteit Persoonsgegevens (AP) said") == frozenset({"AP"})
