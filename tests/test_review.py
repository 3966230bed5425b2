"""Counting false alarms after a reading by hand (training/review.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.review import (
    CLEAN_FILES,
    SPLITS,
    VERDICTS,
    Spot,
    fingerprint,
    load_review,
    tally,
    unreviewed,
)

TEST, MORE = CLEAN_FILES


def _spots(file: str, sentence: str, *tokens: int) -> list[Spot]:
    return [Spot(file, sentence, t) for t in tokens]


def test_a_flag_on_a_reviewed_error_is_not_a_false_alarm() -> None:
    review = {Spot(TEST, "a", 3): "error", Spot(TEST, "b", 1): "false_alarm"}
    flagged = {"1": _spots(TEST, "a", 3), "2": _spots(TEST, "b", 1), "3": _spots(MORE, "c", 0)}
    got = tally(flagged, {TEST: 1000, MORE: 500}, review)
    assert got[TEST] == {
        "n": 1000,
        "flagged": 2,
        "false": 1,
        "flagged_per_1000": 2.0,
        "false_per_1000": 1.0,
    }
    # a flag nobody reviewed counts as a false alarm
    assert got[MORE]["false"] == 1
    assert got["all"]["n"] == 1500 and got["all"]["flagged"] == 3 and got["all"]["false"] == 2


def test_a_sentence_is_a_false_alarm_if_any_of_its_flags_is() -> None:
    review = {Spot(TEST, "a", 3): "error"}
    assert tally({"1": _spots(TEST, "a", 3, 7)}, {TEST: 10}, review)[TEST]["false"] == 1
    assert tally({"1": _spots(TEST, "a", 3)}, {TEST: 10}, review)[TEST]["false"] == 0


def test_unreviewed_lines_are_those_without_a_verdict() -> None:
    lines = [
        {"file": TEST, "sentence": "a", "token": 3},
        {"file": TEST, "sentence": "a", "token": 4},
    ]
    assert unreviewed(lines, {Spot(TEST, "a", 3): "error"}) == [lines[1]]


def test_fingerprints_are_stable_and_tell_sentences_apart() -> None:
    assert (
        fingerprint(["He", "has", "show", "it", "."]) == "3013781343e06806"
    )  # SHA-1 of the joined tokens
    assert fingerprint(["He", "has", "shown", "it", "."]) != fingerprint(["He", "has", "show"])
    assert len(fingerprint(["a"])) == 16


def test_a_verdict_must_be_one_of_the_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "review.jsonl"
    row = {"file": TEST, "sentence": "a", "token": 1, "verdict": "maybe"}
    path.write_text(json.dumps(row) + "\n")
    with pytest.raises(ValueError, match="verdict 'maybe' is not one of"):
        load_review(path)


@pytest.mark.parametrize("split", ["test", "dev"])
def test_the_committed_review_gives_every_flag_a_verdict_and_an_error_a_reason(split: str) -> None:
    files, path = SPLITS[split]
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert rows and all(r["verdict"] in VERDICTS and r["file"] in files for r in rows)
    assert all(r["why"] for r in rows if r["verdict"] == "error")
    assert len(load_review(path)) == len(rows)  # no flag is reviewed twice
