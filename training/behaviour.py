"""Run the behavioural suite on a model folder and list what it gets wrong, with the reason.

    python -m training.behaviour --model model/shipped [--write]

``--write`` replaces ``tests/regression/known_failures.json``, the expected failures of
``tests/test_behaviour.py``: do it only when that model becomes the shipped one.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from model.checker import Checker, SentenceResult

REPO = Path(__file__).resolve().parent.parent
SUITE = REPO / "tests" / "regression" / "behaviour.jsonl"
KNOWN = REPO / "tests" / "regression" / "known_failures.json"


def cases() -> list[dict]:
    """The suite's cases, in file order."""
    return [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines() if line]


def failure(case: dict, result: SentenceResult) -> str | None:
    """Why the model fails this case, or None if it passes; ``tests/test_behaviour.py`` asserts
    None for every case not in known_failures.json.

    A ``flag`` case passes when its token is flagged with its type and its suggestion among the
    suggestions; a ``not_flag`` case passes when nothing in the sentence is flagged.
    """
    if case["must"] == "not_flag":
        if not result.flags:
            return None
        f = result.flags[0]
        return f"false alarm on {f.text!r} ({f.type.value}, confidence {f.confidence})"
    tok = result.tokens[case["token"]]
    found = [f for f in result.flags if f.token == case["token"]]
    if not found:
        return f"missed: p_error of {tok.text!r} is {tok.p_error:.3f}, under the calibrated cut-off"
    if found[0].type.value != case["type"]:
        return f"flagged {tok.text!r} as {found[0].type.value}, not {case['type']}"
    if case["suggestion"] not in found[0].suggestions:
        return f"suggests {found[0].suggestions} for {tok.text!r}, not {case['suggestion']!r}"
    return None


def run(model: Path) -> tuple[dict[str, str], dict[str, list[int]]]:
    """Failures by case id, and [passed, total] per kind of case."""
    return run_checker(Checker.load(model))


def run_checker(checker: Checker) -> tuple[dict[str, str], dict[str, list[int]]]:
    """:func:`run` with a model already loaded."""
    suite = cases()
    results = checker.check_sentences([c["text"] for c in suite])
    failures, counts = {}, {"flag": [0, 0], "not_flag": [0, 0]}
    for case, result in zip(suite, results, strict=True):
        why = failure(case, result)
        counts[case["must"]][1] += 1
        if why:
            failures[case["id"]] = why
        else:
            counts[case["must"]][0] += 1
    return failures, counts


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=REPO / "model" / "shipped")
    ap.add_argument("--write", action="store_true", help="replace known_failures.json")
    args = ap.parse_args()
    failures, counts = run(args.model)
    print(json.dumps({"passed_of": counts, "failures": len(failures)}, indent=1))
    if args.write:
        KNOWN.write_text(json.dumps(failures, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
