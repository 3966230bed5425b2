"""Calibrate a trained model on dev data: temperature, then one flag threshold per error type.

    python -m training.calibrate --model build/model --data build/data

A single threshold must sit where the most over-confident error type stops raising false
alarms, which silences the others (in our first full model: tense was never flagged at the
0.99 that agreement needed). So each type gets its own cut-off, chosen on dev by coordinate
ascent from the best single threshold, under the false-alarm budget on clean dev sentences.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from model.checker import Checker
from model.labels import ERROR_TYPES
from training.metrics import f_beta
from training.train import (
    THRESHOLDS,
    choose_threshold,
    fit_temperature,
    load_records,
    load_records_jsonl,
    predict,
)

N_TYPES = len(ERROR_TYPES)


def _flat(
    records: list[dict], probs: list[torch.Tensor]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """All tokens: P(error), guessed type (1..4), gold type id."""
    p = torch.cat(probs)
    ids = {t.value: i for i, t in enumerate(ERROR_TYPES)}
    gold = torch.tensor([ids[t] for r in records for t in r["types"]])
    return 1 - p[:, 0], p[:, 1:].argmax(-1) + 1, gold


def _clean_max(probs: list[torch.Tensor]) -> torch.Tensor:
    """(sentences, types): each clean sentence's highest P(error) among tokens guessed as a type."""
    out = torch.zeros(len(probs), N_TYPES)
    for i, p in enumerate(probs):
        if len(p):
            p_err, guess = 1 - p[:, 0], p[:, 1:].argmax(-1) + 1
            for t in range(1, N_TYPES):
                sel = p_err[guess == t]
                out[i, t] = sel.max() if len(sel) else 0.0
    return out


def _score(cut: list[float], dev: tuple, clean: torch.Tensor) -> tuple[float, float]:
    """Overall dev F0.5 and false alarms per 1,000 clean sentences for per-type cut-offs."""
    p_err, guess, gold = dev
    limit = torch.tensor(cut)[guess]
    flagged = p_err >= limit
    tp = int((flagged & (guess == gold)).sum())
    fp = int((flagged & (guess != gold)).sum())
    fn = int(((gold > 0) & ~(flagged & (guess == gold))).sum())
    fa = float((clean >= torch.tensor(cut)).any(dim=1).float().mean()) * 1000
    return f_beta(tp, fp, fn)[2], fa


def choose_type_thresholds(
    dev: tuple, clean: torch.Tensor, fa_target: float, start: float | None = None
) -> tuple[list[float], float, float]:
    """Per-type cut-offs (index 0, OK, unused) by coordinate ascent; returns them, F0.5 and FA.

    The search starts from the best single threshold (``start``), so it can only do better
    than it, and then keeps taking the one change of one type's cut-off, up or down, that
    raises dev F0.5 most while false alarms stay within the target.
    """
    grid = sorted(THRESHOLDS, reverse=True)
    cut = [1.0] + [start if start is not None else grid[0]] * (N_TYPES - 1)
    best_f, best_fa = _score(cut, dev, clean)
    while True:
        moves = []
        for t in range(1, N_TYPES):
            for g in grid:  # every value: plateaus of the grid add no recall
                trial = [*cut[:t], g, *cut[t + 1 :]]
                f, fa = _score(trial, dev, clean)
                if fa <= fa_target and f > best_f + 1e-6:
                    moves.append((f, -fa, trial))
        if not moves:
            return cut, best_f, best_fa
        best_f, neg_fa, cut = max(moves, key=lambda m: (m[0], m[1]))
        best_fa = -neg_fa


def calibrate(model_dir: Path, data: Path, fa_target: float) -> dict:
    """Fit temperature and thresholds on dev; rewrite the model's config.json; return a report."""
    checker = Checker.load(model_dir)
    dev = load_records(data / "dev.jsonl.gz")
    clean = load_records_jsonl(data / "clean_dev.jsonl")
    temperature = fit_temperature(dev, predict(checker.network, dev, checker.vocab))
    dev_probs = predict(checker.network, dev, checker.vocab, temperature)
    clean_probs = predict(checker.network, clean, checker.vocab, temperature)
    single, single_report = choose_threshold(dev, dev_probs, clean_probs, fa_target)
    flat, worst = _flat(dev, dev_probs), _clean_max(clean_probs)
    start = single if single_report["met_target"] else None
    cut, f, fa = choose_type_thresholds(flat, worst, fa_target, start)
    config_path = model_dir / "config.json"
    config = json.loads(config_path.read_text())
    config.update(
        temperature=temperature,
        threshold=single,
        type_thresholds={ERROR_TYPES[t].value: cut[t] for t in range(1, N_TYPES)},
    )
    config_path.write_text(json.dumps(config, indent=2) + "\n")
    report = {
        "fa_target_per_1000": fa_target,
        "temperature": temperature,
        "single_threshold": {"threshold": single, **single_report},
        "type_thresholds": {
            "thresholds": config["type_thresholds"],
            "dev_f05": f,
            "false_alarms_per_1000_clean_dev": fa,
        },
    }
    (model_dir / "calibration.json").write_text(json.dumps(report, indent=2) + "\n")
    return report


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--fa-target", type=float, default=2.0)
    args = ap.parse_args()
    report = calibrate(args.model, args.data, args.fa_target)
    print(json.dumps({k: v for k, v in report.items() if k != "single_threshold"}, indent=1))


if __name__ == "__main__":
    main()
