"""Held-out evaluation sets built beside the training data.

* ``attractors.jsonl``: every agreeing verb of the natural (never spliced) test sentences,
  with its subject's distance and attractor count, paired with its corrupted twin.
* ``clean_dev.jsonl`` / ``clean_test.jsonl``: clean sentences with their genre. The threshold is
  chosen against false alarms on dev; false alarms are reported on test.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from model.agreement import agreements
from training.conllu import Sentence
from training.inject import sva
from training.records import render


def attractor_pairs(sents: list[Sentence]) -> list[dict]:
    """One good/bad pair per agreeing verb whose other-number form exists."""
    out = []
    for sent in sents:
        pairs = {p.verb: p for p in agreements(sent)}
        for edit in sva.candidates(sent):
            pair = pairs[edit.index]
            good = render(sent, [], [pair], augmented=False)
            bad = render(sent, [edit], [pair], augmented=False)
            if good is None or bad is None:
                continue
            verb = good.pairs[0]["verb"]
            out.append(
                {
                    "doc": sent.doc_id,
                    "source": sent.source,
                    "good": good.tokens,
                    "bad": bad.tokens,
                    "verb": verb,
                    "attractors": pair.attractors,
                    "distance": pair.distance,
                    "kind": pair.kind,
                    "expected": edit.original,
                }
            )
    return out


def clean_sentences(sents: list[Sentence]) -> list[dict]:
    """Tokenised clean sentences with source and genre."""
    out = []
    for sent in sents:
        rec = render(sent, [], [], augmented=False)
        if rec:
            out.append(
                {
                    "doc": sent.doc_id,
                    "source": sent.source,
                    "genre": f"{sent.source}/{sent.genre}",
                    "tokens": rec.tokens,
                }
            )
    return out


def write_evalsets(out: Path, by_split: dict[str, list[Sentence]]) -> dict:
    """Write both sets and return their counts for the manifest."""
    pairs = attractor_pairs(by_split["test"])
    clean = clean_sentences(by_split["dev"])
    clean_test = clean_sentences(by_split["test"])
    files = (
        ("attractors.jsonl", pairs),
        ("clean_dev.jsonl", clean),
        ("clean_test.jsonl", clean_test),
    )
    for name, rows in files:
        with (out / name).open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return {
        "attractor_pairs": dict(sorted(Counter(min(p["attractors"], 4) for p in pairs).items())),
        "clean_dev_by_genre": dict(sorted(Counter(c["genre"] for c in clean).items())),
        "clean_test_by_genre": dict(sorted(Counter(c["genre"] for c in clean_test).items())),
    }
