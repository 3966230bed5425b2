"""Calibrate a trained model on dev data: temperature, flag thresholds per error type and evidence.

    python -m training.calibrate --model build/model --data build/data \
        --genre-mix build/data/clean_test.jsonl
    python -m training.calibrate --model build/model --data build/data \
        --only tense/confirms --evidence-floor 0.02    # one cut-off alone, the rest kept
    python -m training.calibrate --model build/avg --data build/data \
        --only tense/supports verb_form/supports --refit 1.53   # a new network, old cut-offs

A single threshold must sit where the most over-confident error type stops raising false
alarms, which silences the others (in our first full model: tense was never flagged at the
0.99 that agreement needed). So each type gets its own cut-off, chosen on dev by coordinate
ascent from the best single threshold, under the false-alarm budget on clean dev sentences.

When the model folder has a parser (and unless ``--no-evidence``), each type's cut-off is
then split by what the parse says about the flagged word
(:mod:`model.evidence`): a flag the parse supports can clear a much lower cut-off than one it
contradicts. Those cut-offs are searched the same way, and the report says how optimistic
the search's false-alarm count is (fitted on one half of the clean sentences, counted on the
other). The clean sentences are ``clean_dev.jsonl`` plus, when present, the extra ones of
``training.more_clean``.

Clean dev text is not the mix users (or the clean test set) write in: half of it is Gutenberg
fiction, where the network raises few alarms, and the extra sentences are all Wikipedia, while
web, spoken and academic text raise more. Weighting each sentence to a genre mix would fit the
cut-offs to a few dozen heavily weighted sentences (the effective sample shrinks about
eightfold). So with ``--genre-mix FILE`` (only the ``genre`` field of FILE's sentences is read)
the search stays unweighted, and its budget shrinks instead by the *genre shift*: how many times
more often the network alone raises alarms on clean dev weighted to FILE's mix than on clean dev
as it is, pooled over high cut-offs where alarms are many enough to count (:func:`genre_shift`).
The parse's verdicts can lean further towards the mix's genres (web and email text parse worse
than fiction): when the cut-offs so found raise alarms more often in the weighted mix than
unweighted by a larger factor (the *checker's* genre shift), every cut-off is searched once more
under the budget that factor allows, and again, with the budget shrunk by the excess, while the
cut-offs found still raise more than the target in the mix (``--mix-steps`` times at most, by
default none: :func:`hold_in_mix`).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch
from tqdm import tqdm

from model.checker import Checker
from model.evidence import WEIGHED, Evidence
from model.labels import ERROR_TYPES, ErrorType
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
EVIDENCE = list(Evidence)
# searches after the first under the checker's shift (:func:`hold_in_mix`); 0, the shipped
# model's setting: three more on version -7 reached 2.08 in the mix at a dev F0.5 of 89.3
MIX_STEPS = 0
NEVER = 1.01  # a cut-off no probability reaches: that evidence silences the type
# Cut-offs under the network-alone grid that a verdict of the parse may still earn: the network
# gives some errors the parse is sure of low probabilities (tense: 0.003-0.44 on the tense
# minimal pairs). Used when ``evidence_floor`` is below 0.3.
LOW_GRID = (0.02, 0.05, 0.1, 0.15, 0.2, 0.25)


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


def genre_weights(clean: list[dict], mix: dict[str, float]) -> torch.Tensor:
    """Per clean sentence, the weight that gives each genre its share in ``mix`` (mean 1 over
    the sentences); a genre ``mix`` lacks weighs 0, and a ``mix`` genre without sentences is
    left out of the shares."""
    counts = Counter(r["genre"] for r in clean)
    shares = {g: s for g, s in mix.items() if counts[g]}
    total = sum(shares.values())
    if not total:
        raise ValueError("no clean sentence is in a genre of the mix")
    w = [shares.get(r["genre"], 0.0) / total / counts[r["genre"]] for r in clean]
    return torch.tensor(w, dtype=torch.float64) * len(clean)


def genre_mix(path: Path) -> dict[str, float]:
    """Each genre's share of the sentences of a JSONL file (its ``genre`` field)."""
    counts = Counter(r["genre"] for r in load_records_jsonl(path))
    n = sum(counts.values())
    return {g: c / n for g, c in sorted(counts.items())}


def effective_size(weight: torch.Tensor) -> float:
    """Kish's effective sample size: how many unweighted sentences the weights are worth."""
    return float(weight.sum() ** 2 / (weight**2).sum())


def _rate(flagged: torch.Tensor, weight: torch.Tensor | None) -> float:
    """Weighted share of flagged clean sentences, per 1,000."""
    if weight is None:
        return float(flagged.float().mean()) * 1000
    return float((weight * flagged).sum() / weight.sum()) * 1000


# Cut-offs at which the genre shift is measured: high enough to be where flags are cut, low
# enough that clean dev has dozens to hundreds of alarms at each.
SHIFT_CUTS = (0.9, 0.95, 0.98, 0.99, 0.995)


def genre_shift(worst: torch.Tensor, weight: torch.Tensor) -> float:
    """False alarms of the network alone (any type) on clean dev weighted by ``weight``, over
    those unweighted, summed over :data:`SHIFT_CUTS`. ``worst`` is :func:`_clean_max`'s."""
    top = worst.max(dim=1).values
    weighted = sum(_rate(top >= c, weight) for c in SHIFT_CUTS)
    plain = sum(_rate(top >= c, None) for c in SHIFT_CUTS)
    return weighted / plain if plain else 1.0


def _score(cut: list[float], dev: tuple, clean: torch.Tensor) -> tuple[float, float]:
    """Overall dev F0.5 and false alarms per 1,000 clean sentences for per-type cut-offs."""
    p_err, guess, gold = dev
    limit = torch.tensor(cut)[guess]
    flagged = p_err >= limit
    tp = int((flagged & (guess == gold)).sum())
    fp = int((flagged & (guess != gold)).sum())
    fn = int(((gold > 0) & ~(flagged & (guess == gold))).sum())
    fa = _rate((clean >= torch.tensor(cut)).any(dim=1), None)
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


@dataclass
class Weighed:
    """Candidate tokens (P(error) at or over the lowest grid value) with their evidence slot.

    A slot is ``type * len(EVIDENCE) + evidence``; types not in WEIGHED always use UNKNOWN.
    """

    p: torch.Tensor  # (N,) P(error)
    slot: torch.Tensor  # (N,) long
    hit: torch.Tensor  # (N,) bool: the guessed type is the gold type (dev only)
    sentence: torch.Tensor  # (N,) long: which sentence the token is in
    n_sentences: int
    n_gold: int  # error tokens in the gold labels (dev only)
    weight: torch.Tensor | None = None  # (n_sentences,) per sentence, for false alarms; None: 1


def weigh(checker: Checker, records: list[dict], floor: float) -> Weighed:
    """Every would-be flag in ``records`` with the parse's evidence, as the checker sees it."""
    rows: list[tuple[float, int, bool, int]] = []
    for start in tqdm(range(0, len(records), 256), desc="weigh flags", unit_scale=256):
        chunk = records[start : start + 256]
        found = checker.weigh([r["tokens"] for r in chunk], floor)
        for n, (rec, flags) in enumerate(zip(chunk, found, strict=True), start):
            gold = rec.get("types")  # clean sentences have none: every flag is a false alarm
            for j, p, etype, ev in flags:
                rows.append((p, _slot(etype, ev), gold is not None and gold[j] == etype.value, n))
    n_gold = sum(t != "OK" for rec in records for t in rec.get("types", []))
    cols = list(zip(*rows, strict=True)) if rows else [(), (), (), ()]
    return Weighed(
        torch.tensor(cols[0], dtype=torch.float),
        torch.tensor(cols[1], dtype=torch.long),
        torch.tensor(cols[2], dtype=torch.bool),
        torch.tensor(cols[3], dtype=torch.long),
        len(records),
        n_gold,
    )


def _score_weighed(cut: torch.Tensor, dev: Weighed, clean: Weighed) -> tuple[float, float]:
    """Dev F0.5 and false alarms per 1,000 clean sentences for per-slot cut-offs ``cut``."""
    flagged = dev.p >= cut[dev.slot]
    tp = int((flagged & dev.hit).sum())
    fp = int((flagged & ~dev.hit).sum())
    flagged = torch.zeros(clean.n_sentences, dtype=torch.bool)
    flagged[clean.sentence[clean.p >= cut[clean.slot]]] = True
    return f_beta(tp, fp, dev.n_gold - tp)[2], _rate(flagged, clean.weight)


def choose_evidence_thresholds(
    dev: Weighed,
    clean: Weighed,
    type_cut: list[float],
    fa_target: float,
    floor: float = 0.3,
    start: torch.Tensor | None = None,
    only: list[int] | None = None,
    repair: bool = False,
) -> tuple[torch.Tensor, float, float]:
    """Per-slot cut-offs by coordinate ascent under the false-alarm budget.

    The search starts from every evidence at its type's cut-off, so it can only beat the
    per-type cut-offs. Single changes stall once the budget is spent, so when none helps, the
    best pair is tried: one slot raised (freeing budget) and another lowered (spending it).
    With ``start`` (per-slot cut-offs) and ``only`` (slots), it starts there instead and moves
    those slots alone, every other cut-off held. With ``repair`` too, a start over the budget
    is first brought under it (:func:`_repair`) instead of being kept as it is.
    """
    slots = only or [t * len(EVIDENCE) + e for t in range(1, N_TYPES) for e in range(len(EVIDENCE))]
    if start is None:
        cut = torch.ones(N_TYPES * len(EVIDENCE))
        for t in range(1, N_TYPES):
            cut[t * len(EVIDENCE) : (t + 1) * len(EVIDENCE)] = type_cut[t]
    else:
        cut = start.clone()
    grid = sorted([g for g in (*LOW_GRID, *THRESHOLDS) if g >= floor] + [NEVER], reverse=True)
    f, fa = _score_weighed(cut, dev, clean)
    if fa > fa_target and start is not None and repair:
        cut, f, fa = _repair(cut, f, fa, slots, grid, dev, clean, fa_target)
    if fa > fa_target:  # even the per-type cut-offs break the budget: keep them everywhere
        return cut, f, fa
    while True:
        singles = [(s, g) for s in slots for g in grid]
        found = _best_move(cut, [[m] for m in singles], dev, clean, fa_target, f)
        if found is None:
            pairs = [
                [(a, ga), (b, gb)]
                for a, ga in singles
                if ga > cut[a]
                for b, gb in singles
                if b != a and gb < cut[b]
            ]
            found = _best_move(cut, pairs, dev, clean, fa_target, f)
        if found is None:
            return cut, f, fa
        cut, f, fa = found


def _repair(
    cut: torch.Tensor,
    f: float,
    fa: float,
    slots: list[int],
    grid: list[float],
    dev: Weighed,
    clean: Weighed,
    fa_target: float,
) -> tuple[torch.Tensor, float, float]:
    """Raise one slot at a time until the false alarms fit ``fa_target``: each step the raise
    that fits it with the best dev F0.5 if one does, else the one that removes the most false
    alarms per point of F0.5 it costs (``f`` and ``fa``: what ``cut`` scores now). Stops when no
    raise removes any."""
    while fa > fa_target:
        best = None
        for slot in slots:
            for value in grid:
                if value <= cut[slot]:
                    continue
                trial = cut.clone()
                trial[slot] = value
                f_t, fa_t = _score_weighed(trial, dev, clean)
                if fa_t >= fa:
                    continue
                fits = fa_t <= fa_target
                worth = f_t if fits else (fa - fa_t) / max(f - f_t, 1e-3)
                if best is None or (fits, worth) > best[:2]:
                    best = (fits, worth, trial, f_t, fa_t)
        if best is None:
            break
        cut, f, fa = best[2], best[3], best[4]
    return cut, f, fa


def _best_move(
    cut: torch.Tensor,
    moves: list[list[tuple[int, float]]],
    dev: Weighed,
    clean: Weighed,
    fa_target: float,
    f_now: float,
) -> tuple[torch.Tensor, float, float] | None:
    """The move (slot changes) that raises dev F0.5 most within the budget, or None."""
    best = None
    for move in moves:
        trial = cut.clone()
        for slot, value in move:
            trial[slot] = value
        f, fa = _score_weighed(trial, dev, clean)
        if fa <= fa_target and f > f_now + 1e-6 and (best is None or (f, -fa) > best[:2]):
            best = (f, -fa, trial)
    return None if best is None else (best[2], best[0], -best[1])


def holdout_check(
    dev: Weighed,
    clean: Weighed,
    type_cut: list[float],
    fa_target: float,
    floor: float = 0.3,
    seed: int = 0,
) -> list[dict[str, float]]:
    """How optimistic the search's false-alarm count is: fit on one half of the clean sentences,
    count on the other, both ways round. Many cut-offs can fit one sample's rare alarms."""
    keep = torch.zeros(clean.n_sentences, dtype=torch.bool)
    order = torch.randperm(clean.n_sentences, generator=torch.Generator().manual_seed(seed))
    keep[order[: clean.n_sentences // 2]] = True
    out = []
    for half in (keep, ~keep):
        clean_half = _subset(clean, half)
        cut, _, fa = choose_evidence_thresholds(dev, clean_half, type_cut, fa_target, floor)
        other = _score_weighed(cut, dev, _subset(clean, ~half))[1]
        out.append({"fitted_half": round(fa, 2), "other_half": round(other, 2)})
    return out


def _subset(w: Weighed, keep: torch.Tensor) -> Weighed:
    """The candidates of the sentences ``keep`` marks (sentence ids stay as they are; the
    others weigh nothing)."""
    mask = keep[w.sentence]
    weight = (torch.ones(w.n_sentences) if w.weight is None else w.weight) * keep
    return Weighed(w.p[mask], w.slot[mask], w.hit[mask], w.sentence[mask], w.n_sentences, 0, weight)


def _slot(etype: ErrorType, found: Evidence) -> int:
    return ERROR_TYPES.index(etype) * len(EVIDENCE) + EVIDENCE.index(found)


def _evidence_config(cut: torch.Tensor) -> dict[str, dict[str, float]]:
    return {
        t.value: {e.value: round(float(cut[_slot(t, e)]), 4) for e in EVIDENCE} for t in WEIGHED
    }


def _dev_sets(data: Path) -> tuple[list[dict], list[dict]]:
    """The build's dev split and its clean dev sentences, with the extra ones of
    ``training.more_clean`` when it was run."""
    clean = load_records_jsonl(data / "clean_dev.jsonl")
    more = data / "clean_dev_more.jsonl"
    if more.exists():
        clean += load_records_jsonl(more)
    return load_records(data / "dev.jsonl.gz"), clean


def calibrate(
    model_dir: Path,
    data: Path,
    fa_target: float,
    weigh_evidence: bool = True,
    mix: dict[str, float] | None = None,
    evidence_floor: float = 0.3,
    mix_steps: int = MIX_STEPS,
) -> dict:
    """Fit temperature and thresholds on dev; rewrite the model's config.json; return a report.

    ``weigh_evidence`` adds cut-offs per parse evidence when the model folder has a parser;
    ``mix`` (genre: share) shrinks the false-alarm budget by the genre shift (see the module
    docstring); ``evidence_floor`` is the lowest cut-off a parse verdict may get (:data:`LOW_GRID`);
    ``mix_steps`` is how many more times the budget may shrink to hold the target in the mix.
    """
    checker = Checker.load(model_dir)
    if checker.members:
        raise ValueError(
            f"{model_dir}: an ensemble keeps its members' temperatures; refit its cut-offs "
            "with --only ... --refit"
        )
    dev, clean = _dev_sets(data)
    weight = genre_weights(clean, mix) if mix else None
    temperature = fit_temperature(dev, predict(checker.network, dev, checker.vocab))
    dev_probs = predict(checker.network, dev, checker.vocab, temperature)
    clean_probs = predict(checker.network, clean, checker.vocab, temperature)
    net = _NetworkScores(
        dev, dev_probs, clean_probs, _flat(dev, dev_probs), _clean_max(clean_probs)
    )
    shift = genre_shift(net.worst, weight) if weight is not None else 1.0
    budget = fa_target / max(1.0, shift)  # a shift under 1 would loosen the target: ignored
    fit = _fit_types(net, budget)
    weighed, checker_shift, budgets = None, None, [budget]
    if weigh_evidence and checker.syntax is not None:
        checker.temperature = temperature
        dev_w = weigh(checker, dev, evidence_floor)
        clean_w = weigh(checker, clean, evidence_floor)
        in_mix = None if weight is None else Weighed(**{**vars(clean_w), "weight": weight})
        weighed = _fit_evidence(dev_w, clean_w, in_mix, fit["cut"], budget, evidence_floor)
        checker_shift = _checker_shift(weighed)
        if checker_shift is not None and checker_shift > max(1.0, shift):
            budget = fa_target / checker_shift  # the parse's alarms lean to the mix's genres

            def fit_at(b: float) -> tuple[dict, dict]:
                found = _fit_types(net, b)
                cuts = found["cut"]
                return found, _fit_evidence(dev_w, clean_w, in_mix, cuts, b, evidence_floor)

            budget, (fit, weighed), budgets = hold_in_mix(fit_at, budget, fa_target, mix_steps)
        weighed["budgets_searched"] = budgets
        weighed["false_alarms_split_halves"] = holdout_check(
            dev_w, clean_w, fit["cut"], budget, evidence_floor
        )
    config_path = model_dir / "config.json"
    config = json.loads(config_path.read_text())
    config.update(
        temperature=temperature,
        threshold=fit["single"],
        type_thresholds={ERROR_TYPES[t].value: fit["cut"][t] for t in range(1, N_TYPES)},
    )
    config.pop("evidence_thresholds", None)
    if weighed is not None:
        config["evidence_thresholds"] = weighed["thresholds"]
    config_path.write_text(json.dumps(config, indent=2) + "\n")
    report = {
        "fa_target_per_1000": fa_target,
        "clean_dev_sentences": len(clean),
        "genre_mix": mix,
        "clean_dev_effective_sentences_in_mix": None if weight is None else effective_size(weight),
        "genre_shift": shift,
        "checker_genre_shift": checker_shift,
        "evidence_floor": evidence_floor,
        "fa_budget_per_1000_clean_dev": budget,
        "temperature": temperature,
        "single_threshold": {"threshold": fit["single"], **fit["single_report"]},
        "type_thresholds": {
            "thresholds": config["type_thresholds"],
            "dev_f05": fit["f"],
            "false_alarms_per_1000_clean_dev": fit["fa"],
        },
        "evidence_thresholds": weighed,
    }
    (model_dir / "calibration.json").write_text(json.dumps(report, indent=2) + "\n")
    return report


def calibrate_slots(
    model_dir: Path,
    data: Path,
    slots: list[tuple[ErrorType, Evidence]],
    floor: float,
    budget: float | None = None,
) -> dict:
    """Search the cut-offs of ``slots`` (type, evidence) alone on dev, every other cut-off and
    the temperature as the model's config has them, under the false-alarm budget its
    calibration.json records (or the false alarms the config raises now, if more); rewrite
    config.json and add the search to calibration.json.

    For a new verdict of the parse (one that takes over some of another's flags): a full
    search would move every cut-off, which lets a change in one rule shift all the others.

    With ``budget`` (false alarms per 1,000 clean dev sentences), that budget holds instead,
    and a start over it is first brought under it by raising cut-offs of ``slots``: a new
    network refitted from the cut-offs its parse rules were searched with (``--refit``).
    Cut-offs under ``floor`` that the config already has (those of ``confirms``) are counted
    right, since the candidates are weighed from the lowest of them.
    """
    checker = Checker.load(model_dir)
    if checker.syntax is None:
        raise ValueError(f"{model_dir}: no parser, so no evidence to search cut-offs for")
    report_path = model_dir / "calibration.json"
    report = json.loads(report_path.read_text()) if report_path.exists() else {}
    refit = budget is not None
    if budget is None:
        if "fa_budget_per_1000_clean_dev" not in report:
            raise ValueError(f"{report_path}: no false-alarm budget; calibrate fully or --refit")
        budget = float(report["fa_budget_per_1000_clean_dev"])
    dev, clean = _dev_sets(data)
    start = torch.ones(N_TYPES * len(EVIDENCE))
    for etype, cuts in checker.evidence_thresholds.items():
        for found, value in cuts.items():
            start[_slot(etype, found)] = value
    type_cut = [1.0] + [checker.cut_off(t, None) for t in ERROR_TYPES[1:]]
    lowest = min(floor, float(start.min()))
    dev_w, clean_w = weigh(checker, dev, lowest), weigh(checker, clean, lowest)
    before = _score_weighed(start, dev_w, clean_w)
    if not refit:
        # rules added since the full search may have spent more than its budget: then the
        # search may not add a false alarm to those the starting cut-offs already raise
        budget = max(budget, before[1])
    only = [_slot(t, e) for t, e in slots]
    cut, f, fa = choose_evidence_thresholds(
        dev_w, clean_w, type_cut, budget, floor, start, only, repair=refit
    )
    config_path = model_dir / "config.json"
    config = json.loads(config_path.read_text())
    config["evidence_thresholds"] = _evidence_config(cut)
    config_path.write_text(json.dumps(config, indent=2) + "\n")
    search = {
        "slots": [f"{t.value}/{e.value}" for t, e in slots],
        "evidence_floor": floor,
        "fa_budget_per_1000_clean_dev": budget,
        "before": {"dev_f05": before[0], "false_alarms_per_1000_clean_dev": before[1]},
        "after": {"dev_f05": f, "false_alarms_per_1000_clean_dev": fa},
        "thresholds": config["evidence_thresholds"],
    }
    if refit:
        report["fa_budget_per_1000_clean_dev"] = budget
    report.setdefault("slot_searches", []).append(search)
    report_path.write_text(json.dumps(report, indent=2) + "\n")
    return search


def _slot_name(text: str) -> tuple[ErrorType, Evidence]:
    """``tense/confirms`` as (ErrorType.TENSE, Evidence.CONFIRMS); ValueError naming it."""
    etype, _, found = text.partition("/")
    try:
        return ErrorType(etype), Evidence(found)
    except ValueError as e:
        raise ValueError(f"--only {text!r}: want TYPE/EVIDENCE, as tense/confirms") from e


@dataclass
class _NetworkScores:
    """The network's calibrated probabilities on dev and clean dev, in the forms the searches
    read."""

    dev: list[dict]
    dev_probs: list[torch.Tensor]
    clean_probs: list[torch.Tensor]
    flat: tuple[torch.Tensor, torch.Tensor, torch.Tensor]
    worst: torch.Tensor


def _fit_types(net: _NetworkScores, budget: float) -> dict:
    """The single threshold, then per-type cut-offs, under ``budget``."""
    single, single_report = choose_threshold(net.dev, net.dev_probs, net.clean_probs, budget)
    start = single if single_report["met_target"] else None
    cut, f, fa = choose_type_thresholds(net.flat, net.worst, budget, start)
    return {"single": single, "single_report": single_report, "cut": cut, "f": f, "fa": fa}


def _fit_evidence(
    dev_w: Weighed,
    clean_w: Weighed,
    in_mix: Weighed | None,
    type_cut: list[float],
    budget: float,
    floor: float,
) -> dict:
    """Per-evidence cut-offs under ``budget`` and what they cost, in the mix too."""
    ev_cut, ev_f, ev_fa = choose_evidence_thresholds(dev_w, clean_w, type_cut, budget, floor)
    return {
        "thresholds": _evidence_config(ev_cut),
        "dev_f05": ev_f,
        "false_alarms_per_1000_clean_dev": ev_fa,
        "false_alarms_per_1000_clean_dev_in_mix": None
        if in_mix is None
        else _score_weighed(ev_cut, dev_w, in_mix)[1],
    }


def hold_in_mix(
    fit_at: Callable[[float], tuple[dict, dict]],
    budget: float,
    fa_target: float,
    steps: int = MIX_STEPS,
) -> tuple[float, tuple[dict, dict], list[float]]:
    """Search the cut-offs under ``budget`` (``fit_at`` returns the per-type and per-evidence
    fits), then, while their false alarms in the genre mix exceed ``fa_target``, shrink the
    budget by that excess and search again, at most ``steps`` more times. One search under the
    checker's shift does not settle the ratio (the new cut-offs lean to the mix's genres by a
    factor of their own). Returns the last budget, its fits and every budget searched."""
    budgets = [budget]
    found = fit_at(budget)
    for _ in range(steps):
        in_mix = found[1]["false_alarms_per_1000_clean_dev_in_mix"]
        if in_mix is None or in_mix <= fa_target:
            break
        budget *= fa_target / in_mix
        budgets.append(budget)
        found = fit_at(budget)
    return budget, found, budgets


def _checker_shift(weighed: dict) -> float | None:
    """How many times more often the cut-offs of :func:`_fit_evidence` raise alarms in the genre
    mix than on clean dev as it is; None without a mix or without alarms."""
    in_mix = weighed["false_alarms_per_1000_clean_dev_in_mix"]
    plain = weighed["false_alarms_per_1000_clean_dev"]
    return None if in_mix is None or not plain else in_mix / plain


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--fa-target", type=float, default=2.0)
    ap.add_argument("--no-evidence", action="store_true", help="no cut-offs per parse evidence")
    ap.add_argument(
        "--genre-mix",
        type=Path,
        help="JSONL file whose genre mix the false-alarm budget must hold in (genre shift)",
    )
    ap.add_argument(
        "--evidence-floor",
        type=float,
        default=0.3,
        help="lowest cut-off a verdict of the parse may get (grid below 0.3: LOW_GRID)",
    )
    ap.add_argument(
        "--mix-steps",
        type=int,
        default=MIX_STEPS,
        help="more searches, each with the budget shrunk, while the mix exceeds the target",
    )
    ap.add_argument(
        "--only",
        nargs="+",
        metavar="TYPE/EVIDENCE",
        help="search these cut-offs alone (tense/confirms), the rest as config.json has them",
    )
    ap.add_argument(
        "--refit",
        type=float,
        metavar="BUDGET",
        help="with --only: hold this many false alarms per 1,000 clean dev sentences, raising "
        "the slots' cut-offs first if the config's raise more (a new network, old cut-offs)",
    )
    args = ap.parse_args()
    if args.refit is not None and not args.only:
        ap.error("--refit needs --only: the slots it may move")
    if args.only:
        slots = [_slot_name(x) for x in args.only]
        found = calibrate_slots(args.model, args.data, slots, args.evidence_floor, args.refit)
        print(json.dumps(found, indent=1))
        return
    mix = genre_mix(args.genre_mix) if args.genre_mix else None
    evidence = not args.no_evidence
    report = calibrate(
        args.model, args.data, args.fa_target, evidence, mix, args.evidence_floor, args.mix_steps
    )
    print(json.dumps({k: v for k, v in report.items() if k != "single_threshold"}, indent=1))


if __name__ == "__main__":
    main()
