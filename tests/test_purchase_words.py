"""A purchase's price is one answer whatever the word that tells it ("agreed to buy ... for 410 million euros" /
"the takeover ... is worth 520 million euros"): the ``acquired`` set of ``[counted]`` in models/measures.toml
(questions16; before, "buy" and "takeover" asked two questions and nothing was compared)."""

from __future__ import annotations

from datetime import date

from claimline.events import EventClusters, extract_events, members
from claimline.reconcile.events import event_conflicts

BUY = "Kestova Retail agreed to buy the Dunmore supermarket chain for 410 million euros, the company said on Monday."
TAKEOVER = (
    "The takeover of the Dunmore supermarket chain by Kestova Retail is worth 520 million euros, the company said."
)


def test_a_price_told_by_buy_and_by_takeover_answers_one_question(nlp):
    clusters = EventClusters()
    claims, articles = {}, {}
    docs = [("Harbour Wire", date(2026, 3, 17), BUY), ("Coast Ledger", date(2026, 3, 18), TAKEOVER)]
    for k, (outlet, published, text) in enumerate(docs):
        ex, frames = extract_events(text, published, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
        clusters.add(members(ex, frames))
        claims.update({c.id: c for c in ex.claims})
        articles[ex.article.id] = ex.article
    found = [c for _, c in event_conflicts(clusters.clusters.values(), claims, articles) if c.facet == "quantity"]
    assert [sorted(s.value for s in c.sides) for c in found] == [["410000000 EUR", "520000000 EUR"]]
