"""False alarms on clean test text after a reading by hand: which flags sit on real errors.

    python -m training.review --model model/shipped --data build/data-v10 [--unreviewed]
    python -m training.review --split dev --model <folder> --data build/data-v10 [--unreviewed]

The clean corpora are edited text, not error-free text: *He has show interest*, *did n't
fired*, *a collections of aphorisms* all come from them. A flag on such a word is right, and
counting it as a false alarm overstates what a writer would see. ``resources/
clean_test_review.jsonl`` records flags that shipped versions raised on the clean test sets,
each read by a person: where it is (file, document, a fingerprint of the sentence's tokens,
the token) and the verdict, ``error`` (the source is wrong at that word in standard written
English, and the flag points at it) or ``false_alarm``. Doubtful cases (historical present,
British *an honours course*, jargon such as *a grand finals*) are false alarms.

This script checks a model on ``clean_test.jsonl`` and ``clean_test_more.jsonl`` and counts
flagged sentences: all of them (the measure the model card's targets use), and those with a
flag not on a reviewed error: the false alarms after review. A flag nobody has read counts as
a false alarm until someone does; ``--unreviewed`` prints those flags as review lines whose
verdict is left for a person to fill in. Nothing here feeds training or calibration: the
review only reads what a version already flagged on test.

``--split dev`` does the same on the clean dev files with its own verdicts
(``resources/clean_dev_review.jsonl``), which ``training.compare`` reads to count the false
alarms after review when it chooses between models: dev flags may be read for choosing, test
flags never.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from model.checker import Checker
from training.train import load_records_jsonl

REVIEW = Path(__file__).resolve().parent / "resources" / "clean_test_review.jsonl"
CLEAN_FILES = ("clean_test.jsonl", "clean_test_more.jsonl")
DEV_REVIEW = REVIEW.with_name("clean_dev_review.jsonl")
DEV_FILES = ("clean_dev.jsonl", "clean_dev_more.jsonl")
SPLITS = {"test": (CLEAN_FILES, REVIEW), "dev": (DEV_FILES, DEV_REVIEW)}
VERDICTS = ("error", "false_alarm")


def fingerprint(tokens: list[str]) -> str:
    """A short, stable name for a sentence: the first 16 hex digits of its tokens' SHA-1."""
    return hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Spot:
    """One flag on one clean sentence."""

    file: str
    sentence: str  # fingerprint of the sentence's tokens
    token: int


def load_review(path: Path = REVIEW) -> dict[Spot, str]:
    """Verdict per reviewed flag; a verdict outside :data:`VERDICTS` is an error."""
    out = {}
    for row in load_records_jsonl(path):
        if row["verdict"] not in VERDICTS:
            raise ValueError(f"{path.name}: verdict {row['verdict']!r} is not one of {VERDICTS}")
        out[Spot(row["file"], row["sentence"], row["token"])] = row["verdict"]
    return out


def false_alarm(spots: Iterable[Spot], review: dict[Spot, str]) -> bool:
    """A flagged sentence is a false alarm after review unless every flag on it sits on a
    reviewed error; an unread flag counts as a false alarm."""
    return any(review.get(s) != "error" for s in spots)


def tally(
    flagged: dict[str, list[Spot]], sentences: dict[str, int], review: dict[Spot, str]
) -> dict[str, dict[str, float]]:
    """Per file and in all: sentences, flagged sentences, and flagged sentences with a flag
    not on a reviewed error (the false alarms after review). ``flagged`` maps each flagged
    sentence (file and fingerprint) to its flags."""
    out: dict[str, dict[str, int]] = {
        f: {"n": n, "flagged": 0, "false": 0} for f, n in sentences.items()
    }
    for spots in flagged.values():
        row = out[spots[0].file]
        row["flagged"] += 1
        row["false"] += int(false_alarm(spots, review))
    out["all"] = {k: sum(r[k] for r in list(out.values())) for k in ("n", "flagged", "false")}
    return {f: {**r, **_rates(r)} for f, r in out.items()}


def _rates(row: dict[str, int]) -> dict[str, float]:
    per = 1000 / max(1, row["n"])
    return {
        "flagged_per_1000": round(row["flagged"] * per, 2),
        "false_per_1000": round(row["false"] * per, 2),
    }


def check_clean(
    checker: Checker, data: Path, files: tuple[str, ...] = CLEAN_FILES
) -> tuple[dict[str, list[Spot]], dict[str, int], list[dict]]:
    """Flags on the clean ``files`` (those of them the build has): spots per flagged sentence,
    sentences per file, and a review line (verdict blank) per flag."""
    flagged: dict[str, list[Spot]] = {}
    sentences, lines = {}, []
    for name in files:
        if not (data / name).exists():
            continue
        rows = load_records_jsonl(data / name)
        sentences[name] = len(rows)
        for row, res in zip(rows, checker.check_tokens([r["tokens"] for r in rows]), strict=True):
            fp = fingerprint(row["tokens"])
            for f in res.flags:
                flagged.setdefault(f"{name}:{fp}", []).append(Spot(name, fp, f.token))
                lines.append(_line(name, row, fp, f.token, f.text, f.suggestions[0]))
    return flagged, sentences, lines


def _line(name: str, row: dict, fp: str, token: int, word: str, suggestion: str) -> dict:
    toks = row["tokens"]
    return {
        "file": name,
        "doc": row.get("doc", ""),
        "sentence": fp,
        "token": token,
        "word": word,
        "suggestion": suggestion,
        "context": " ".join(toks[max(0, token - 5) : token + 3]),
        "verdict": "",
        "why": "",
    }


def unreviewed(lines: Iterable[dict], review: dict[Spot, str]) -> list[dict]:
    """The review lines of flags no verdict covers yet."""
    return [ln for ln in lines if Spot(ln["file"], ln["sentence"], ln["token"]) not in review]


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=Path("model/shipped"))
    ap.add_argument("--data", type=Path, default=Path("build/data"))
    ap.add_argument("--split", choices=tuple(SPLITS), default="test")
    ap.add_argument("--review", type=Path, default=None, help="default: the split's own file")
    ap.add_argument("--unreviewed", action="store_true", help="print flags without a verdict")
    args = ap.parse_args()
    files, path = SPLITS[args.split]
    path = args.review or path
    review = load_review(path) if path.exists() else {}
    flagged, sentences, lines = check_clean(Checker.load(args.model), args.data, files)
    if args.unreviewed:
        for ln in unreviewed(lines, review):
            print(json.dumps(ln, ensure_ascii=False))
        return
    print(json.dumps(tally(flagged, sentences, review), indent=1))


if __name__ == "__main__":
    main()
