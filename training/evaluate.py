"""Evaluate a model folder on every held-out set; writes one JSON report and the plots.

    python -m training.evaluate --model model/shipped --data build/data --out model/shipped/eval

1. synthetic test: precision, recall, F0.5 per type;
2. attractor curve on natural held-out sentences: detection of the corrupted verb and silence
   on the intact one, by attractors and by subject–verb distance;
3. minimal pairs per construction: strict and rank accuracy, and how often a flag on the bad
   word suggests the good sentence's word first;
4. learner dev (W&I+LOCNESS, measured only): token P/R/F0.5 for SVA, tense, verb form, noun number;
5. false alarms per 1,000 clean held-out (test) sentences, per genre; also on the extra clean
   test sentences of ``training.more_clean`` when the build has them;
6. suggestions: of the flags on synthetic test errors, how many offer the original word first
   (and at all).

Everything goes through :class:`model.checker.Checker`, the same code the service runs.
"""

from __future__ import annotations

import argparse
import copy
import json
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from model.checker import Checker, SentenceResult
from training.metrics import suggestion_scores, type_scores
from training.train import load_records, load_records_jsonl

if TYPE_CHECKING:
    from training.learner import LearnerSentence

REPO = Path(__file__).resolve().parent.parent
BUCKET_ORDER = ["0", "1", "2", "3", "4+", "1-2", "3-5", "6-10", "11+"]


def _flags_at(res: SentenceResult) -> dict[int, str]:
    return {f.token: f.type.value for f in res.flags}


def token_scores(
    gold: list[list[str]], results: list[SentenceResult], ignore: list[list[bool]] | None = None
) -> dict:
    """Per-type and overall token P/R/F0.5 of the checker's flags."""
    return type_scores(gold, [_flags_at(r) for r in results], ignore)


def synthetic(checker: Checker, data: Path, threshold: float | None = None) -> dict:
    """Scores on the synthetic test split (at the calibrated cut-offs unless ``threshold``)."""
    return _synthetic(checker, data, threshold)[0]


def _synthetic(checker: Checker, data: Path, threshold: float | None = None) -> tuple[dict, dict]:
    """:func:`synthetic`'s scores and the suggestion scores (:func:`suggestions`)."""
    recs = load_records(data / "test.jsonl.gz")
    results = checker.check_tokens([r["tokens"] for r in recs], threshold=threshold)
    return token_scores([r["types"] for r in recs], results), suggestions(recs, results)


def suggestions(records: list[dict], results: list[SentenceResult]) -> dict:
    """Of the flags on corrupted tokens, how often the first (or any) suggestion is the word
    the error replaced (records without ``fixes`` count no flags)."""
    return suggestion_scores(
        [r["types"] for r in records],
        [r.get("fixes") or [None] * len(r["tokens"]) for r in records],
        [{f.token: f.suggestions for f in res.flags} for res in results],
    )


def _bucket_distance(d: int) -> str:
    d = abs(d)
    return "1-2" if d <= 2 else "3-5" if d <= 5 else "6-10" if d <= 10 else "11+"


def attractor_curve(checker: Checker, data: Path) -> dict:
    """Detection on corrupted verbs and silence on intact ones, by attractors and distance."""
    pairs = load_records_jsonl(data / "attractors.jsonl")
    bad = checker.check_tokens([p["bad"] for p in pairs])
    good = checker.check_tokens([p["good"] for p in pairs])
    out: dict[str, dict] = {
        "by_attractors": defaultdict(lambda: [0, 0, 0, 0, 0]),
        "by_distance": defaultdict(lambda: [0, 0, 0, 0, 0]),
    }
    for p, b, g in zip(pairs, bad, good, strict=True):
        v = p["verb"]
        row = [
            1,
            int(v in _flags_at(b)),
            int(v not in _flags_at(g)),
            int(v in _flags_at(b) and v not in _flags_at(g)),
            int(b.tokens[v].p_error > g.tokens[v].p_error),
        ]
        att = str(min(p["attractors"], 4)) + ("+" if p["attractors"] >= 4 else "")
        for key, bucket in (
            ("by_attractors", att),
            ("by_distance", _bucket_distance(p["distance"])),
        ):
            out[key][bucket] = [a + b for a, b in zip(out[key][bucket], row, strict=True)]
    return {
        key: {
            b: {
                "n": r[0],
                "detected": r[1] / r[0],
                "silent_on_good": r[2] / r[0],
                "strict": r[3] / r[0],
                "rank": r[4] / r[0],
            }
            for b, r in sorted(rows.items(), key=lambda kv: BUCKET_ORDER.index(kv[0]))
        }
        for key, rows in out.items()
    }


def minimal_pairs(checker: Checker, per_construction: int, seed: int = 1) -> dict:
    """Strict and rank accuracy per construction on the template pairs (seed 1: the test
    pairs; ``training.compare`` draws dev pairs with another seed)."""
    from training.minimal_pairs import generate

    pairs = generate(seed=seed, per_construction=per_construction)
    bad = checker.check_sentences([p.bad for p in pairs])
    good = checker.check_sentences([p.good for p in pairs])
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for p, b, g in zip(pairs, bad, good, strict=True):
        new = pair_counts(p.bad_index, b, g)
        rows[p.construction] = [x + y for x, y in zip(rows[p.construction], new, strict=True)]
    rows["overall"] = [sum(r[i] for r in rows.values()) for i in range(5)]
    ordered = sorted(rows.items(), key=lambda kv: (kv[0] == "overall", kv[0]))
    return {c: _pair_row(r) for c, r in ordered}


def pair_counts(i: int, bad: SentenceResult, good: SentenceResult) -> tuple[int, ...]:
    """One minimal pair (its differing token ``i``) as counts: 1, strict (the bad word flagged,
    the good sentence silent), rank (the bad sentence's top P(error) above the good one's), the
    bad word flagged, and flagged with the good sentence's word as its first suggestion."""
    strict = i in _flags_at(bad) and not good.flags
    rank = max(t.p_error for t in bad.tokens) > max(t.p_error for t in good.tokens)
    hit = [f for f in bad.flags if f.token == i]
    first = [w.lower() for w in hit[0].suggestions[:1]] if hit else []
    suggested = first == [good.tokens[i].text.lower()]
    return (1, int(strict), int(rank), int(bool(hit)), int(suggested))


def _pair_row(r: list[int]) -> dict:
    return {
        "n": r[0],
        "strict": r[1] / r[0],
        "rank": r[2] / r[0],
        "suggestion_first": r[4] / r[3] if r[3] else None,
    }


def learner(checker: Checker, split: str, root: Path | None = None) -> dict:
    """Token scores on W&I+LOCNESS sentences; tokens under other edits are not false alarms.
    ``root`` is the folder holding ``wi_locness_train/`` (default: ``../shared/learner``)."""
    from training.learner import DEFAULT_ROOT, load

    return learner_scores(checker, load(split, root or DEFAULT_ROOT))


def learner_scores(checker: Checker, sents: Sequence[LearnerSentence]) -> dict:
    """Token scores on learner sentences already read (see :func:`learner`)."""
    results = checker.check_tokens([s.tokens for s in sents])
    gold = [[t.value for t in s.labels] for s in sents]
    return {"sentences": len(sents), **token_scores(gold, results, [s.other_error for s in sents])}


def false_alarms(
    checker: Checker, data: Path, threshold: float | None = None, name: str = "clean_test.jsonl"
) -> dict:
    """Sentences with at least one flag, per 1,000 clean held-out test sentences, by genre."""
    rows = load_records_jsonl(data / name)
    results = checker.check_tokens([r["tokens"] for r in rows], threshold=threshold)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r, res in zip(rows, results, strict=True):
        per[r["genre"]][0] += 1
        per[r["genre"]][1] += int(bool(res.flags))
    out = {g: {"n": n, "per_1000": round(1000 * k / n, 2)} for g, (n, k) in sorted(per.items())}
    n, k = len(rows), sum(v[1] for v in per.values())
    out["all"] = {"n": n, "per_1000": round(1000 * k / max(1, n), 2)}
    return out


def operating_points(checker: Checker, data: Path, thresholds: tuple[float, ...]) -> dict:
    """What one cut-off for all types (a request's ``threshold``) buys and costs on test.

    Reported so users can choose a setting; the default cut-offs come from dev, not from here.
    """
    out = {}
    for t in thresholds:
        scores = synthetic(checker, data, t)
        out[str(t)] = {
            "synthetic_all": scores["all"],
            "synthetic_sva_recall": scores["subject_verb_agreement"]["recall"],
            "false_alarms_per_1000": false_alarms(checker, data, t)["all"]["per_1000"],
        }
    return out


def without_evidence(checker: Checker, data: Path, per_construction: int) -> dict:
    """The headline figures with the per-type cut-offs alone: what the network does unaided."""
    alone = copy.copy(checker)  # shares the network and parser, not the cut-offs
    alone.evidence_thresholds = {}
    synth = synthetic(alone, data)
    return {
        "synthetic_all": synth["all"],
        "synthetic_sva": synth["subject_verb_agreement"],
        "minimal_pairs_overall": minimal_pairs(alone, per_construction)["overall"],
        "learner_dev_sva": learner(alone, "dev")["subject_verb_agreement"],
        "false_alarms_clean_test": false_alarms(alone, data)["all"],
    }


def plot(report: dict, out: Path) -> None:
    """The attractor curve as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    for ax, key, label in (
        (axes[0], "by_attractors", "attractors"),
        (axes[1], "by_distance", "subject-verb distance"),
    ):
        rows = report["attractor_curve"][key]
        xs = list(rows)
        for metric in ("detected", "silent_on_good", "strict", "rank"):
            ax.plot(xs, [rows[x][metric] for x in xs], marker="o", label=metric)
        ax.set(xlabel=label, ylim=(0, 1.02), title=f"natural held-out pairs by {label}")
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out / "attractor_curve.png", dpi=100)
    plt.close(fig)


def evaluate(model: Path, data: Path, out: Path, per_construction: int) -> dict:
    """Run every evaluation and write ``report.json`` and the plot into ``out``."""
    checker = Checker.load(model)
    started = time.time()
    synth, offered = _synthetic(checker, data)
    report = {
        "model": {
            "name": checker.name,
            "version": checker.version,
            "threshold": checker.threshold,
            "type_thresholds": {t.value: v for t, v in checker.type_thresholds.items()},
            "evidence_thresholds": {
                t.value: {e.value: c for e, c in cuts.items()}
                for t, cuts in checker.evidence_thresholds.items()
            },
        },
        "synthetic_test": synth,
        "attractor_curve": attractor_curve(checker, data),
        "minimal_pairs": minimal_pairs(checker, per_construction),
        "learner_dev": learner(checker, "dev"),
        "false_alarms_clean_test": false_alarms(checker, data),
        "operating_points": operating_points(checker, data, (0.99, 0.98, 0.95)),
    }
    report["suggestions_synthetic_test"] = offered
    if checker.evidence_thresholds and checker.syntax is not None:
        report["without_parse_evidence"] = without_evidence(checker, data, per_construction)
    if (data / "clean_test_more.jsonl").exists():  # training.more_clean: unread test documents
        report["false_alarms_clean_test_more"] = false_alarms(
            checker, data, name="clean_test_more.jsonl"
        )
    report["seconds"] = round(time.time() - started, 1)
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    plot(report, out)
    return report


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=REPO / "model" / "shipped")
    ap.add_argument("--data", type=Path, default=REPO / "build" / "data")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--per-construction", type=int, default=100)
    args = ap.parse_args()
    report = evaluate(args.model, args.data, args.out or args.model / "eval", args.per_construction)
    print(
        json.dumps({k: report[k] for k in ("minimal_pairs", "false_alarms_clean_test")}, indent=1)
    )


if __name__ == "__main__":
    main()
