"""A wire dateline whose place has accented capitals ("ÅRVIK, Norway, 4 May (NPS) –") is furniture like any other:
its place and agency are no party of the first sentence's events (written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.read.reader import read_text

PUB = date(2026, 5, 4)
PARA = "Tessmark Motors on Thursday widened its recall of Lynx vans to 9,000 vehicles in five countries."


def _content(text: str) -> list[str]:
    r = read_text(text)
    return [r.text[o.start : o.end] for o in r.content]


@pytest.mark.parametrize(
    "dateline",
    [
        "ÅRVIK, Norway, 4 May (NPS) – ",
        "KŐSZEGVÁR, Hungary, 4 May (PPA) – ",
        "SÄNTIS ALP, Switzerland, 4 May (HWS) – ",
        "ČERNÁ LHOTA, 4 May 2026 — ",
    ],
)
def test_an_accented_place_opens_a_dateline(dateline: str) -> None:
    assert _content(f"Tessmark widens van recall\n\n{dateline}{PARA}\n")[-1] == PARA


def test_its_date_and_agency_are_read() -> None:
    r = read_text(f"Tessmark widens van recall\n\nĆUPRIJA, Serbia, 4 May 2026 (NPS) – {PARA}\n")
    assert r.meta.published == date(2026, 5, 4)


def test_a_word_that_is_not_all_capitals_opens_no_dateline() -> None:
    para = "Übersee, the club, said — as it had before — that it would hire."
    assert _content(f"{para}\n") == [para]


def test_the_datelines_names_are_no_party_of_the_event(frames_of) -> None:
    frames = frames_of(f"Tessmark widens van recall\n\nÅRVIK, Norway, 4 May (NPS) – {PARA}\n")
    widened = [f for f in frames if f.trigger.lemma == "widen"][-1]  # (the headline has one too)
    assert "Tessmark Motors" in {p.name for p in widened.participants if p.role == "agent"}
    names = {p.name for f in frames for p in f.participants}
    assert not names & {"ÅRVIK", "NPS"}
