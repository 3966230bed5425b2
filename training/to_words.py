"""How often each word is followed by a prepositional *to*: the table ``model/to_words.json``.

    python -m training.to_words --data build/data-v10

A verb form after *to* is judged as an infinitive's (*decided to built a church*) unless the
*to* is a preposition (*came to heated words*, *a pattern to married people*). Which one it is
depends mostly on the word before it, so this counts, over the build's clean training
sentences only, what follows ``word to``: a determiner or object pronoun (*to the*, *to them*:
surely a preposition) or a word that is only ever a verb's base form (*to go*, *to provide*:
surely an infinitive). Other words after *to* are not counted. A token next to an injected error
is skipped, so the counts read the source text as written. Dev and test documents are never read.

The table keeps ``word: [preposition, infinitive]`` for every word counted at least
:data:`MIN_COUNT` times; :func:`model.evidence._counted_preposition_to` reads it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from model.evidence import TO_WORDS_PATH
from model.lexicon import all_lemmas
from training.train import load_records

# after *to*, these make it a preposition
PREPOSITION_SIGNS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these"}
    | {"those", "him", "them", "me", "us", "it", "whom", "which"}
)
MIN_COUNT = 2  # rarer words are left out: a single use says little and would bloat the table


def kind_after(word: str) -> str | None:
    """``"P"`` if ``word`` after *to* makes it a preposition, ``"I"`` if an infinitive marker
    (a verb's base form that lemminflect knows as no noun or adjective), else None."""
    low = word.lower()
    if low in PREPOSITION_SIGNS:
        return "P"
    if not low.isalpha():
        return None
    lemmas = all_lemmas(low)
    if low in lemmas.get("VERB", ()) and "NOUN" not in lemmas and "ADJ" not in lemmas:
        return "I"
    return None


def count(records: Iterable[dict]) -> dict[str, Counter]:
    """``word before to`` (lower case) → Counter of ``"P"`` and ``"I"`` over ``records``."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        words, types = rec["tokens"], rec["types"]
        for k in range(1, len(words) - 1):
            if words[k].lower() != "to" or any(t != "OK" for t in types[k - 1 : k + 2]):
                continue
            found = kind_after(words[k + 1])
            if found:
                counts[words[k - 1].lower()][found] += 1
    return counts


def table(counts: dict[str, Counter]) -> dict[str, list[int]]:
    """The JSON table: ``word: [preposition, infinitive]``, words in order."""
    return {w: [c["P"], c["I"]] for w, c in sorted(counts.items()) if sum(c.values()) >= MIN_COUNT}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("build/data"), help="a training build")
    ap.add_argument("--out", type=Path, default=TO_WORDS_PATH, help="where the table goes")
    args = ap.parse_args()
    found = table(count(load_records(args.data / "train.jsonl.gz")))
    args.out.write_text(json.dumps(found, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(found)} words → {args.out}")


if __name__ == "__main__":
    main()
