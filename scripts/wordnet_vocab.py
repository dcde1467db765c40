"""Generate models/wordnet/event_words.json from WordNet 3.0's database files (issue 15 points 1-2).

    python scripts/wordnet_vocab.py [--wordnet /usr/share/wordnet] [--out models/wordnet/event_words.json]

Reads index.verb/index.noun, data.verb/data.noun and cntlist.rev directly (no nltk; the runtime never needs
WordNet) and writes, deterministically, for each event word (a verb lemma, a "verb particle" phrase, or a noun of
an act, event, process or phenomenon derived from a verb):

* ``keys``: the word -> the WordNet verb synsets (offsets) it may name an event of. Two words sharing a key can
  name one event (``events.wordnet.related``): one synset ("cancel" / "call off"), one synset the direct hypernym
  of the other's ("touch down" / "land", "escape" / "flee"), or two troponyms of a narrow synset (at most
  ``MAX_FANOUT`` troponyms); a noun has the keys of the verb senses it is derived from ("landing" / "land").
* ``people``: frequent nouns naming a kind of person (hyponyms of person.n.01, with tagged uses), for the
  people nouns of models/measures.toml.

Only FREQUENT senses count: a word's first sense, and any sense with at least ``MIN_COUNT`` tagged uses in
cntlist.rev and at least ``MIN_SHARE`` of the word's tagged uses. Light and support verbs (``BLOCKED``) have no
keys. Which class an unlisted word takes is worked out at load from events.toml's listed words (so the two files
never disagree), not written here.

WordNet 3.0 licence (Princeton University; redistribution allowed with this notice):
  WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED
  "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE,
  BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS
  FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
  INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
  Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or
  database. Title to copyright in this software, database and any associated documentation shall at all times
  remain with Princeton University and LICENSEE agrees to preserve same.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import defaultdict
from pathlib import Path

MIN_COUNT = 1  # tagged uses a sense other than the first needs to count as frequent
MIN_SHARE = 0.08  # ... and its share of the word's tagged uses ("fire" an employee: 7 of 71)
DOMINANT_SHARE = 0.25  # a sense a word's class may come from: its first, or one with this share of its uses
#: a word of more senses than this (in its part of speech) takes no class from WordNet: "ask", "show", "call",
#: "case", "service" are common news words whose dominant sense is not the event a class lists
MAX_SENSES = 3
MAX_FANOUT = 12  # a hypernym with more troponyms than this joins none of them ("begin", "change", "move")
#: noun lexicographer files of happenings: noun.act, noun.event, noun.phenomenon, noun.process
EVENT_NOUN_FILES = frozenset({4, 11, 19, 22})
PERSON = "00007846"  # person.n.01
#: light and support verbs, "go" alone, "be": no event of their own
BLOCKED = frozenset({"make", "take", "have", "give", "do", "get", "go", "be", "come", "put", "set", "let", "keep"})
#: particles of a two-word verb ("call off", "touch down"); other multiword verbs ("take flight") are skipped
PARTICLES = frozenset({"up", "down", "off", "out", "in", "on", "away", "back", "over", "through", "aside", "about"})
POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
LICENCE = (
    "WordNet 3.0 Copyright 2006 by Princeton University (WordNet licence: use, copy, modify and distribute "
    "with this notice)"
)


def read_data(wn: Path, pos: str) -> dict[str, dict]:
    """data.<pos>: offset -> lexicographer file number, words (lower case), pointers (symbol, target, pos,
    source/target word numbers)."""
    out = {}
    with open(wn / f"data.{pos}", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            f = line.split(" | ")[0].split()
            n, i, words = int(f[3], 16), 4, []
            for _ in range(n):
                words.append(f[i].lower())
                i += 2
            ptrs = []
            for _ in range(int(f[i])):
                sym, target, tpos, st = f[i + 1 : i + 5]
                ptrs.append((sym, target, POS[tpos], int(st[:2], 16), int(st[2:], 16)))
                i += 4
            out[f[0]] = {"file": int(f[1]), "words": words, "ptrs": ptrs}
    return out


def read_index(wn: Path, pos: str) -> dict[str, list[str]]:
    """index.<pos>: lemma -> its synsets, most frequent first."""
    out = {}
    with open(wn / f"index.{pos}", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            f = line.split()
            out[f[0]] = f[6 + int(f[3]) :]
    return out


def read_counts(wn: Path) -> dict[tuple[str, str], dict[int, int]]:
    """cntlist.rev: (pos, lemma) -> sense number -> tagged uses."""
    out: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    with open(wn / "cntlist.rev", encoding="latin-1") as fh:
        for line in fh:
            key, sense, count = line.split()
            lemma, rest = key.split("%")
            pos = {"1": "noun", "2": "verb"}.get(rest[0])
            if pos:
                out[(pos, lemma.lower())][int(sense)] = int(count)
    return out


def frequent(lemma: str, pos: str, index: dict[str, list[str]], counts: dict, share: float = 0.0) -> list[str]:
    """A word's frequent senses: the first, and those with MIN_COUNT uses and MIN_SHARE (or ``share``) of the
    word's."""
    share = share or MIN_SHARE
    senses = index.get(lemma, [])
    tally = counts.get((pos, lemma), {})
    total = sum(tally.values())
    return [
        o for k, o in enumerate(senses, 1) if k == 1 or (tally.get(k, 0) >= MIN_COUNT and tally[k] >= share * total)
    ]


def word(lemma: str) -> str | None:
    """The lemma as claimline writes it ("call_off" -> "call off"), or None (a multiword that is no verb with its
    particle, a word with digits or punctuation)."""
    parts = lemma.split("_")
    if len(parts) > 2 or not all(p.isalpha() for p in parts):
        return None
    if len(parts) == 2 and parts[1] not in PARTICLES:
        return None
    return " ".join(parts)


def build(wn: Path) -> dict:
    verbs, nouns = read_data(wn, "verb"), read_data(wn, "noun")
    vindex, nindex = read_index(wn, "verb"), read_index(wn, "noun")
    counts = read_counts(wn)
    troponyms: dict[str, int] = defaultdict(int)
    for s in verbs.values():
        for sym, target, pos, _, _ in s["ptrs"]:
            if sym == "@" and pos == "verb":
                troponyms[target] += 1

    def up(off: str) -> set[str]:
        return {t for sym, t, pos, _, _ in verbs[off]["ptrs"] if sym == "@" and pos == "verb"}

    # verb synsets that are a frequent sense of one of their words; a word's dominant senses
    freq_synsets: set[str] = set()
    dominant_synsets: set[str] = set()
    vkeys: dict[str, set[str]] = {}
    own: dict[tuple[str, str], set[str]] = defaultdict(set)
    polysemous: set[tuple[str, str]] = set()  # (pos, word) of more than MAX_SENSES senses
    for lemma in sorted(vindex):
        w = word(lemma)
        if w is None or w in BLOCKED:
            continue
        keys: set[str] = set()
        for off in frequent(lemma, "verb", vindex, counts):
            freq_synsets.add(off)
            keys.add(off)
            keys |= {t for t in up(off) if troponyms[t] <= MAX_FANOUT}
        vkeys[w] = keys
        if not counts.get(("verb", lemma)):
            continue  # a word with no tagged use has no dominant sense
        if len(vindex[lemma]) > MAX_SENSES:
            polysemous.add(("verb", w))
        for off in frequent(lemma, "verb", vindex, counts, DOMINANT_SHARE):
            dominant_synsets.add(off)
            own[("verb", w)].add(off)
    # event nouns: a noun sense of a happening derived (word to word) from a frequent verb sense; its first such
    # sense derived from a dominant verb sense is the noun's own
    nkeys: dict[str, set[str]] = defaultdict(set)
    first_event: dict[str, int] = {}
    for lemma in sorted(nindex):
        w = word(lemma)
        if w is None or " " in w or w in BLOCKED:
            continue
        dominant = (
            set(frequent(lemma, "noun", nindex, counts, DOMINANT_SHARE)) if counts.get(("noun", lemma)) else set()
        )
        if len(nindex[lemma]) > MAX_SENSES:
            polysemous.add(("noun", w))
        common = set(frequent(lemma, "noun", nindex, counts))
        first_happening = True  # (the first sense of a happening counts however rare: "landing", after the stairs')
        for rank, off in enumerate(nindex[lemma]):
            s = nouns[off]
            if s["file"] not in EVENT_NOUN_FILES:
                continue
            if not (first_happening or off in common):
                continue  # "a deal" is no dealing of cards
            first_happening = False
            for sym, target, pos, src, _ in s["ptrs"]:
                if sym != "+" or pos != "verb" or target not in freq_synsets or src == 0:
                    continue
                if s["words"][src - 1] != lemma:
                    continue
                nkeys[w].add(target)
                nkeys[w] |= {t for t in up(target) if troponyms[t] <= MAX_FANOUT}
                if target in dominant_synsets and off in dominant and first_event.setdefault(w, rank) == rank:
                    own[("noun", w)].add(target)
    # only keys two words share say anything
    users: dict[str, int] = defaultdict(int)
    for table in (vkeys, nkeys):
        for ks in table.values():
            for k in ks:
                users[k] += 1
    words: dict[str, dict[str, object]] = {}
    for w in sorted(set(vkeys) | set(nkeys)):
        entry: dict[str, object] = {}
        for pos, table in (("verb", vkeys), ("noun", nkeys)):
            shared = sorted(int(k) for k in table.get(w, ()) if users[k] > 1)
            if shared:
                entry[pos + "_keys"] = shared
            mine = own.get((pos, w))
            if mine:
                entry[pos] = sorted(int(o) for o in mine)
                entry[pos + "_up"] = sorted({int(t) for o in mine for t in up(o) if troponyms[t] <= MAX_FANOUT})
                if (pos, w) in polysemous:
                    entry[pos + "_polysemous"] = True
        if entry:
            words[w] = entry
    # people: hyponyms (transitively) of person.n.01 among the nouns' frequent senses with tagged uses
    hyponyms: dict[str, list[str]] = defaultdict(list)
    for off, s in nouns.items():
        for sym, target, pos, _, _ in s["ptrs"]:
            if sym in ("@", "@i") and pos == "noun":
                hyponyms[target].append(off)
    persons, todo = set(), [PERSON]
    while todo:
        off = todo.pop()
        if off in persons:
            continue
        persons.add(off)
        todo.extend(o for o in hyponyms.get(off, ()) if nouns[o]["file"] == 18)  # noun.person
    people = set()
    for lemma in nindex:
        if "_" in lemma or not lemma.isalpha():
            continue
        tally = counts.get(("noun", lemma), {})
        first = nindex[lemma][0]
        if first in persons and tally.get(1, 0) > 0:
            people.add(lemma)
    return {
        "source": "WordNet 3.0 (Princeton University), database files data.verb, data.noun, index.verb, "
        "index.noun, cntlist.rev",
        "licence": LICENCE,
        "command": "python scripts/wordnet_vocab.py",
        "settings": {
            "min_count": MIN_COUNT,
            "min_share": MIN_SHARE,
            "dominant_share": DOMINANT_SHARE,
            "max_senses": MAX_SENSES,
            "max_fanout": MAX_FANOUT,
        },
        "words": words,
        "people": sorted(people),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", default=os.environ.get("WNHOME", "/usr/share/wordnet"))
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "models/wordnet/event_words.json"))
    args = ap.parse_args()
    data = build(Path(args.wordnet))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # one word a line, so a change of settings shows word by word in a diff
    head = {k: v for k, v in data.items() if k not in ("words", "people")}
    lines = [json.dumps(head, ensure_ascii=True)[:-1] + ","]
    lines.append('"people": ' + json.dumps(data["people"], ensure_ascii=True) + ",")
    lines.append('"words": {')
    items = list(data["words"].items())
    for n, (w, entry) in enumerate(items):
        comma = "," if n < len(items) - 1 else ""
        lines.append(json.dumps(w) + ": " + json.dumps(entry, separators=(",", ":")) + comma)
    lines.append("}}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(data['words'])} event words, {len(data['people'])} people nouns")


if __name__ == "__main__":
    main()
