"""The parse's verdict on every labelled error of a split: what a rule change costs in recall.

    python -m training.verdicts --data build/data-v10 --out build/verdicts-before.json
    (edit model/evidence.py)
    python -m training.verdicts --data build/data-v10 --out build/verdicts-after.json \\
        --against build/verdicts-before.json

A rule that withholds a verdict (UNKNOWN) to silence false alarms also silences the errors
of the same shape. Calibration and ``training.compare`` show the sum of that; this shows the
errors themselves. For each error the split labels (subject–verb, determiner–noun, verb form,
tense) it records the verdict the checker weighs a flag by (``model.evidence.weighed``),
without the network: a verdict is what the parse says, whatever the network's probability.
With ``--against`` it prints the errors whose verdict changed, grouped by type and change.
Dev only: test errors are not read.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from model.evidence import WEIGHED, Syntax, weighed
from training.train import load_records

BY_NAME = {t.value: t for t in WEIGHED}


def verdicts(syntax: Syntax, records: list[dict]) -> list[dict]:
    """One row per labelled error: its type, the verdict, the sentence and the token."""
    rows = []
    for rec in tqdm(records, desc="verdicts"):
        errors = [(j, BY_NAME[t]) for j, t in enumerate(rec["types"]) if t in BY_NAME]
        if not errors:
            continue
        sent = syntax.parse(rec["tokens"])
        for j, etype in errors:
            found = weighed(syntax, sent, j, etype)
            text = " ".join(rec["tokens"])
            rows.append({"type": etype.value, "verdict": found.value, "text": text, "token": j})
    return rows


def changed(before: list[dict], after: list[dict]) -> dict[str, list[str]]:
    """The errors whose verdict differs, keyed ``type: before -> after``; both lists must
    come from the same split, in the same order."""
    if [(r["text"], r["token"]) for r in before] != [(r["text"], r["token"]) for r in after]:
        raise ValueError("the two verdict files are not of the same errors")
    out: dict[str, list[str]] = {}
    for old, new in zip(before, after, strict=True):
        if old["verdict"] != new["verdict"]:
            key = f"{old['type']}: {old['verdict']} -> {new['verdict']}"
            word = old["text"].split(" ")[old["token"]]
            out.setdefault(key, []).append(f"{word} | {old['text']}")
    return out


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=Path("build/data"))
    ap.add_argument("--parser", type=Path, default=Path("model/parser"))
    ap.add_argument("--out", type=Path, required=True, help="write the verdicts here (JSON)")
    ap.add_argument("--against", type=Path, help="an earlier --out file to compare with")
    args = ap.parse_args()
    rows = verdicts(Syntax.load(args.parser), load_records(args.data / "dev.jsonl.gz"))
    args.out.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = Counter((r["type"], r["verdict"]) for r in rows)
    print(json.dumps({f"{t}/{v}": n for (t, v), n in sorted(counts.items())}, indent=1))
    if args.against:
        diff = changed(json.loads(args.against.read_text(encoding="utf-8")), rows)
        for key, items in sorted(diff.items()):
            print(f"\n{key}: {len(items)}")
            print("\n".join(f"  {item[:160]}" for item in items))


if __name__ == "__main__":
    main()
