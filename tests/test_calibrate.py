"""Per-type thresholds: the greedy search respects the false-alarm budget and uses the slack."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import torch

from model.evidence import Evidence
from model.labels import ErrorType
from training.calibrate import (
    EVIDENCE,
    N_TYPES,
    Weighed,
    _checker_shift,
    _clean_max,
    _score,
    _slot,
    calibrate_slots,
    choose_evidence_thresholds,
    choose_type_thresholds,
    effective_size,
    genre_shift,
    genre_weights,
    hold_in_mix,
)


def _dev() -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    # type 1 errors score 0.97, type 3 errors only 0.75; OK tokens guessed as type 1 score 0.6
    p_err = torch.tensor([0.97, 0.97, 0.75, 0.75, 0.6, 0.6, 0.1, 0.1])
    guess = torch.tensor([1, 1, 3, 3, 1, 1, 2, 4])
    gold = torch.tensor([1, 1, 3, 3, 0, 0, 0, 0])
    return p_err, guess, gold


def test_each_type_gets_its_own_cut_off_within_the_budget() -> None:
    # clean sentences: type 1 raises alarms up to 0.96, type 3 never above 0.2
    clean = torch.zeros(1000, 5)
    clean[:10, 1] = 0.96
    clean[:, 3] = 0.2
    cut, f, fa = choose_type_thresholds(_dev(), clean, fa_target=2.0)
    assert cut[1] > 0.96  # lower would flag 10 of 1,000 clean sentences
    assert cut[3] <= 0.75  # type 3 has no false alarms to fear: its errors get flagged
    assert fa <= 2.0
    assert f == _score(cut, _dev(), clean)[0] == 1.0


def test_nothing_is_lowered_when_every_move_breaks_the_budget() -> None:
    clean = torch.full((100, 5), 0.999)
    cut, _, fa = choose_type_thresholds(_dev(), clean, fa_target=2.0)
    assert cut[1:] == [0.999] * 4
    assert fa == 1000.0


def test_genre_weights_give_each_genre_its_share_of_the_mix() -> None:
    clean = [{"genre": "fiction"}] * 6 + [{"genre": "web"}] * 2 + [{"genre": "news"}] * 2
    w = genre_weights(clean, {"web": 0.75, "news": 0.25, "spoken": 0.5})  # no spoken sentence
    assert float(w.mean()) == pytest.approx(1.0)
    assert float(w[:6].sum()) == 0.0  # fiction is not in the mix
    assert float(w[6:8].sum() / w.sum()) == pytest.approx(0.75)
    assert effective_size(w) == pytest.approx(3.2)  # 1 / (2 * 0.375² + 2 * 0.125²)


def test_the_genre_shift_is_how_much_more_often_the_mix_raises_alarms() -> None:
    # 4 clean sentences; only the first raises an alarm (0.999 beats every shift cut-off)
    probs = [torch.tensor([[0.001, 0.999, 0, 0, 0]])] + [torch.tensor([[1.0, 0, 0, 0, 0]])] * 3
    worst = _clean_max(probs)
    assert genre_shift(worst, torch.ones(4)) == pytest.approx(1.0)
    assert genre_shift(worst, torch.tensor([2.0, 1.0, 0.5, 0.5])) == pytest.approx(2.0)


def _dev_errors(p: float, slot: int, n: int) -> Weighed:
    """``n`` dev sentences, each with one real error at P(error) ``p`` in ``slot``."""
    return Weighed(
        torch.full((n,), p),
        torch.full((n,), slot),
        torch.ones(n, dtype=torch.bool),
        torch.arange(n),
        n_sentences=n,
        n_gold=n,
    )


def _clean_alarms(ps: list[float], slots: list[int]) -> Weighed:
    """1,000 clean sentences, the first few with one candidate each (P(error), slot)."""
    return Weighed(
        torch.tensor(ps),
        torch.tensor(slots),
        torch.zeros(len(ps), dtype=torch.bool),
        torch.arange(len(ps)),
        n_sentences=1000,
        n_gold=0,
    )


def test_a_verdict_may_earn_a_cut_off_under_the_network_grid_only_above_the_floor() -> None:
    # four tense errors the parse supports, at P(error) 0.12; the same slot never fires on the
    # 1,000 clean sentences, whose only candidate is an unknown-verdict token at 0.5
    supports = _slot(ErrorType.TENSE, Evidence.SUPPORTS)
    unknown = _slot(ErrorType.TENSE, Evidence.UNKNOWN)
    dev = _dev_errors(0.12, supports, 4)
    clean = _clean_alarms([0.5], [unknown])
    type_cut = [1.0, 0.995, 0.995, 0.97, 0.99]
    cut, f, fa = choose_evidence_thresholds(dev, clean, type_cut, fa_target=2.0)
    assert float(cut[supports]) >= 0.3 and f == 0.0  # the default floor: out of reach
    cut, f, fa = choose_evidence_thresholds(dev, clean, type_cut, fa_target=2.0, floor=0.05)
    assert 0.05 <= float(cut[supports]) <= 0.12 and f == 1.0
    assert float(cut[unknown]) > 0.5 and fa == 0.0


def test_a_refit_first_brings_an_over_budget_start_under_the_budget() -> None:
    """Old cut-offs on a new network: three clean alarms (two with no verdict, one the parse
    contradicts) break a budget of one per 1,000. Without ``repair`` the start is kept; with
    it the search raises the cut-off that costs dev least (the unknown slot holds no dev
    error) and leaves the contradicts slot, which it may not move, so one alarm stays."""
    supports = _slot(ErrorType.TENSE, Evidence.SUPPORTS)
    unknown = _slot(ErrorType.TENSE, Evidence.UNKNOWN)
    contradicts = _slot(ErrorType.TENSE, Evidence.CONTRADICTS)
    dev = _dev_errors(0.9, supports, 4)
    clean = _clean_alarms([0.6, 0.7, 0.95], [unknown, unknown, contradicts])
    start = torch.full((N_TYPES * len(EVIDENCE),), 0.5)
    types = [1.0, 0.98, 0.98, 0.98, 0.98]
    only = [supports, unknown]
    held = choose_evidence_thresholds(dev, clean, types, 1.0, 0.3, start, only)
    assert torch.equal(held[0], start) and held[2] == pytest.approx(3.0)  # kept as it was
    cut, f, fa = choose_evidence_thresholds(dev, clean, types, 1.0, 0.3, start, only, repair=True)
    assert float(cut[unknown]) > 0.7 and float(cut[supports]) <= 0.9 and f == 1.0
    assert fa == pytest.approx(1.0) and float(cut[contradicts]) == 0.5  # not in ``only``


def test_the_checker_shift_is_the_ratio_of_its_alarms_in_the_mix_and_as_they_are() -> None:
    found = {"false_alarms_per_1000_clean_dev": 1.5, "false_alarms_per_1000_clean_dev_in_mix": 3.0}
    assert _checker_shift(found) == pytest.approx(2.0)
    assert _checker_shift({**found, "false_alarms_per_1000_clean_dev_in_mix": None}) is None
    assert _checker_shift({**found, "false_alarms_per_1000_clean_dev": 0.0}) is None


def test_the_budget_shrinks_until_the_mix_holds_the_target_or_the_steps_run_out() -> None:
    """Each search's alarms in the mix decide the next budget: shrunk by the excess over the
    target, until the mix holds it or the steps run out."""
    searched: list[float] = []

    def fits(in_mix: list[float | None]) -> Callable[[float], tuple[dict, dict]]:
        """A fake search whose calls give these mix figures in turn."""

        def fit_at(budget: float) -> tuple[dict, dict]:
            searched.append(budget)
            return {"budget": budget}, {"false_alarms_per_1000_clean_dev_in_mix": in_mix.pop(0)}

        return fit_at

    budget, (fit, weighed), budgets = hold_in_mix(
        fits([3.0, 2.4, 1.9]), 1.2, fa_target=2.0, steps=3
    )
    assert budgets == searched == pytest.approx([1.2, 0.8, 0.8 * 2 / 2.4])
    assert fit == {"budget": budget} and weighed["false_alarms_per_1000_clean_dev_in_mix"] == 1.9
    searched.clear()
    assert hold_in_mix(fits([1.5]), 0.5, fa_target=2.0, steps=3)[2] == [0.5]  # within: one search
    assert hold_in_mix(fits([3.0]), 1.2, fa_target=2.0)[2] == [1.2]  # the default: no more
    searched.clear()
    _, (_, weighed), budgets = hold_in_mix(fits([3.0, 2.4]), 1.2, fa_target=2.0, steps=1)
    assert len(budgets) == 2 and weighed["false_alarms_per_1000_clean_dev_in_mix"] == 2.4
    assert hold_in_mix(fits([None]), 1.0, fa_target=2.0, steps=3)[2] == [
        1.0
    ]  # no mix: nothing to hold


MODEL = Path(__file__).resolve().parents[1] / "model"


def test_a_slot_search_moves_that_cut_off_alone_and_records_it(tmp_path: Path) -> None:
    """``--only tense/confirms`` on the shipped network: a confirmed tense error at about 0.8
    on dev, nothing on clean dev; the confirms cut-off drops under it, every other cut-off
    and the temperature stay, and calibration.json records the search."""
    folder = tmp_path / "model"
    shutil.copytree(MODEL / "shipped", folder, ignore=shutil.ignore_patterns("eval", "*.png"))
    config = json.loads((folder / "config.json").read_text())
    config["parser"] = str(MODEL / "parser")
    for cuts in config["evidence_thresholds"].values():
        cuts.pop("confirms", None)  # as before -21: confirms takes supports' cut-off
    (folder / "config.json").write_text(json.dumps(config))
    (folder / "calibration.json").write_text(json.dumps({"fa_budget_per_1000_clean_dev": 2.0}))
    data = tmp_path / "data"
    data.mkdir()
    words = ["Yesterday", "evening", "the", "pilots", "eat", "lunch", "."]
    types = ["OK"] * 4 + ["tense", "OK", "OK"]
    with gzip.open(data / "dev.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"tokens": words, "types": types}) + "\n")
    clean = {"tokens": ["She", "walked", "home", "yesterday", "."], "genre": "wiki"}
    (data / "clean_dev.jsonl").write_text(json.dumps(clean) + "\n")

    found = calibrate_slots(folder, data, [(ErrorType.TENSE, Evidence.CONFIRMS)], 0.3)

    after = json.loads((folder / "config.json").read_text())
    tense = after["evidence_thresholds"]["tense"]
    assert tense["confirms"] < config["evidence_thresholds"]["tense"]["supports"]
    assert found["after"]["dev_f05"] > found["before"]["dev_f05"]
    for etype, cuts in config["evidence_thresholds"].items():
        for verdict, value in cuts.items():
            assert after["evidence_thresholds"][etype][verdict] == value
    assert after["temperature"] == config["temperature"]
    report = json.loads((folder / "calibration.json").read_text())
    assert report["slot_searches"] == [found]
    assert found["slots"] == ["tense/confirms"]
