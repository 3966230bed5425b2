"""Compare calibrated model folders on dev data only, to choose one before any test figure.

    python -m training.compare --data build/data-v10 build/cal12 build/cal14

Per model, one JSON line: F0.5 per error type on the build's synthetic dev split, false alarms
per 1,000 clean dev sentences (``clean_dev.jsonl`` and, when present, ``clean_dev_more.jsonl``),
with ``--genre-mix`` the same weighted to another file's genre shares (as calibration weighs
them), strict and rank accuracy on minimal pairs drawn with the dev seed (the test pairs of
``training.evaluate`` use seed 1), the behavioural suite's passes and, with ``--learner``,
precision, recall and F0.5 for subject-verb agreement, tense and verb form on the learner dev
half (measured only, as in ``training.evaluate``). ``tense_after_person`` counts the dev tense
errors right after *I*, *we* or *you* and how many were flagged as tense (builds before
``tense.v3`` hold almost none), ``agreement_after_person`` the same for agreement errors (none
before ``subject_verb_agreement.v3``). Where ``training/resources/clean_dev_review.jsonl`` holds
verdicts (``training.review --split dev``), the clean dev false alarms are also counted after
review, without flags on words a person marked as real errors. With ``--genre-mix``, every model
after the first also gets ``in_mix_minus_first_and_se``: its false alarms in the mix minus the
first model's, counted sentence by sentence, with the standard error of that difference. The
model card's "How this version was chosen" tables are this output.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

import torch

from model.agreement import PERSONS
from model.checker import Checker, SentenceResult
from model.labels import ErrorType
from training.behaviour import run_checker
from training.calibrate import genre_mix, genre_weights
from training.evaluate import learner_scores, minimal_pairs, suggestions, token_scores
from training.learner import LearnerSentence, load
from training.review import DEV_FILES, DEV_REVIEW, Spot, false_alarm, fingerprint, load_review
from training.train import load_records, load_records_jsonl

DEV_SEED = 2  # minimal pairs for choosing; the test pairs use seed 1
LEARNER_TYPES = ("subject_verb_agreement", "tense", "verb_form")


def after_person(
    dev: list[dict], results: list[SentenceResult], etype: ErrorType = ErrorType.TENSE
) -> list[int]:
    """[flagged as ``etype``, all] over the ``etype`` errors whose word before is *I*, *we* or
    *you*."""
    found = [0, 0]
    for rec, res in zip(dev, results, strict=True):
        flagged = {f.token for f in res.flags if f.type is etype}
        for j, label in enumerate(rec["types"]):
            if label == etype.value and j > 0 and rec["tokens"][j - 1].lower() in PERSONS:
                found[1] += 1
                found[0] += j in flagged
    return found


def false_alarms_in_mix(clean: list[dict], hits: list[bool], mix: dict[str, float]) -> float:
    """Flagged clean sentences per 1,000, each genre weighed to its share in ``mix``."""
    return in_mix_minus(clean, hits, [False] * len(hits), mix)[0]


def in_mix_minus(
    clean: list[dict], hits: list[bool], reference: list[bool], mix: dict[str, float]
) -> tuple[float, float]:
    """How many more flagged clean sentences per 1,000 in ``mix`` than ``reference`` flags on the
    same sentences, and the standard error of that difference. Two models flag mostly the same
    sentences, so only those they differ on move it: far less noise than the gap between two
    :func:`false_alarms_in_mix` figures, each with its own error."""
    w = genre_weights(clean, mix)
    z = torch.tensor(hits, dtype=w.dtype) - torch.tensor(reference, dtype=w.dtype)
    diff = (w * z).sum() / w.sum()
    se = ((w * (z - diff)) ** 2).sum().sqrt() / w.sum()
    return float(diff) * 1000, float(se) * 1000


def false_alarms_in_mix_se(clean: list[dict], hits: list[bool], mix: dict[str, float]) -> float:
    """The standard error of :func:`false_alarms_in_mix` (per 1,000), as for a weighted mean:
    a few heavily weighted sentences make the figure move by whole tenths."""
    return in_mix_minus(clean, hits, [False] * len(hits), mix)[1]


@dataclass(frozen=True)
class DevSets:
    """The dev sentences every model is scored on, read once for all the models compared."""

    dev: list[dict]  # the build's synthetic dev split
    clean: list[dict]  # clean dev sentences, with the extra ones of training.more_clean
    learner: list[LearnerSentence] | None  # the learner dev half, when asked for
    clean_files: tuple[str, ...] = ()  # the file each clean sentence comes from
    review: dict[Spot, str] = field(default_factory=dict)  # verdicts on clean dev flags

    @classmethod
    def load(
        cls, data: Path, learner_root: Path | None = None, review: Path = DEV_REVIEW
    ) -> DevSets:
        """From a data build, optionally the folder holding ``wi_locness_train/``, and the
        verdicts of ``training.review --split dev`` where there are any."""
        read = [(f, load_records_jsonl(data / f)) for f in DEV_FILES if (data / f).exists()]
        found = load("dev", learner_root) if learner_root is not None else None
        return cls(
            load_records(data / "dev.jsonl.gz"),
            [r for _, rows in read for r in rows],
            found,
            tuple(f for f, rows in read for _ in rows),
            load_review(review) if review.exists() else {},
        )

    def false_after_review(self, results: list[SentenceResult]) -> list[bool]:
        """Per clean sentence: flagged somewhere not on a reviewed error (an unread flag counts
        as a false alarm, as in ``training.review``)."""
        return [
            false_alarm(
                (Spot(f, fingerprint(rec["tokens"]), x.token) for x in r.flags), self.review
            )
            for f, rec, r in zip(self.clean_files, self.clean, results, strict=True)
        ]


def compare(
    model: Path,
    sets: DevSets,
    per_construction: int = 40,
    mix: dict[str, float] | None = None,
    reference: list[int] | None = None,
    picky: bool = False,
) -> dict:
    """The dev figures of one calibrated model folder; with ``mix`` (genre: share, as from
    :func:`training.calibrate.genre_mix`) also the clean dev false alarms weighted to it, and,
    given the clean dev sentences another model flagged (``reference``, its
    ``clean_dev_flagged``), the paired difference to it (:func:`in_mix_minus`); the learner dev
    scores when ``sets`` holds the learner dev half. ``picky``: every check is a picky one."""
    checker = Checker.load(model)
    checker.picky = picky
    dev, clean = sets.dev, sets.clean
    results = checker.check_tokens([r["tokens"] for r in dev])
    scores = token_scores([r["types"] for r in dev], results)
    offered = suggestions(dev, results)
    checked = checker.check_tokens([r["tokens"] for r in clean])
    hits = [bool(r.flags) for r in checked]
    flagged = sum(hits)
    extra: dict = {}
    if sets.review:
        false = sets.false_after_review(checked)
        extra["clean_dev_false_after_review_per_1000"] = round(
            1000 * sum(false) / max(len(clean), 1), 2
        )
        if mix:
            rate = false_alarms_in_mix(clean, false, mix)
            extra["clean_dev_false_after_review_per_1000_in_mix"] = round(rate, 2)
    if mix:
        rate = false_alarms_in_mix(clean, hits, mix)
        extra["clean_dev_false_alarms_per_1000_in_mix"] = round(rate, 2)
        extra["in_mix_standard_error"] = round(false_alarms_in_mix_se(clean, hits, mix), 2)
        if reference is not None:
            ref = set(reference)
            diff, se = in_mix_minus(clean, hits, [i in ref for i in range(len(clean))], mix)
            extra["in_mix_minus_first_and_se"] = [round(diff, 2), round(se, 2)]
    if sets.learner is not None:
        found = learner_scores(checker, sets.learner)
        extra["learner_dev_sentences"] = found["sentences"]
        extra["learner_dev_precision_recall_f05"] = {
            t: [round(found[t][k], 4) for k in ("precision", "recall", "f05")]
            for t in LEARNER_TYPES
        }
    pairs = minimal_pairs(checker, per_construction, seed=DEV_SEED)
    _, behaviour = run_checker(checker)
    return {
        "model": str(model),
        "dev_f05": {t: round(s["f05"], 4) for t, s in scores.items()},
        "dev_recall": {t: round(s["recall"], 4) for t, s in scores.items()},
        "dev_suggestion_first_any": {t: [s["first"], s["any"]] for t, s in offered.items()},
        "tense_after_person": after_person(dev, results),
        "agreement_after_person": after_person(dev, results, ErrorType.SUBJECT_VERB_AGREEMENT),
        "clean_dev_sentences": len(clean),
        "clean_dev_false_alarms_per_1000": round(1000 * flagged / max(len(clean), 1), 2),
        "clean_dev_flagged": [i for i, hit in enumerate(hits) if hit],
        **extra,
        "minimal_pairs_dev": {
            c: [round(r["strict"], 3), round(r["rank"], 3)] for c, r in pairs.items()
        },
        "behaviour_passed_of": behaviour,
    }


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("models", type=Path, nargs="+", help="calibrated model folders")
    ap.add_argument("--data", type=Path, required=True, help="a data build (its dev split)")
    ap.add_argument("--per-construction", type=int, default=40)
    ap.add_argument(
        "--genre-mix",
        type=Path,
        default=None,
        help="a JSONL file whose genre shares weigh the clean dev false alarms (only its genre "
        "field is read), as in calibration: build/data/clean_test.jsonl",
    )
    ap.add_argument(
        "--learner",
        type=Path,
        default=None,
        help="the folder holding wi_locness_train/ (../shared/learner): add learner dev scores",
    )
    ap.add_argument("--picky", action="store_true", help="measure picky checks (model.checker)")
    args = ap.parse_args()
    mix = genre_mix(args.genre_mix) if args.genre_mix else None
    sets = DevSets.load(args.data, args.learner)
    first = None  # the first model's flagged clean sentences, which the others are paired with
    for model in args.models:
        row = compare(model, sets, args.per_construction, mix, first, args.picky)
        first = row["clean_dev_flagged"] if first is None else first
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
