"""training.verdicts: the parse's verdict on each labelled dev error, and what changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.evidence import Syntax
from training.verdicts import changed, verdicts

PARSER = Path(__file__).resolve().parents[1] / "model" / "parser"


def _record(text: str, wrong: dict[int, str]) -> dict:
    tokens = text.split()
    return {"tokens": tokens, "types": [wrong.get(i, "OK") for i in range(len(tokens))]}


def test_every_labelled_error_gets_the_checkers_verdict() -> None:
    records = [
        _record("The keys to the old cabinet is lost .", {6: "subject_verb_agreement"}),
        _record("She bought many book .", {3: "determiner_noun_agreement"}),
        _record("The farmer sells eggs .", {}),  # no error: no row
        _record("I wish he were here .", {3: "subject_verb_agreement"}),
    ]
    rows = verdicts(Syntax.load(PARSER), records)
    assert [(r["type"], r["verdict"], r["token"]) for r in rows] == [
        ("subject_verb_agreement", "supports", 6),
        ("determiner_noun_agreement", "supports", 3),
        ("subject_verb_agreement", "unknown", 3),
    ]


def test_changed_groups_the_errors_by_type_and_change() -> None:
    before = [
        {"type": "tense", "verdict": "supports", "text": "Yesterday she walks .", "token": 2},
        {"type": "verb_form", "verdict": "supports", "text": "He has went .", "token": 2},
    ]
    after = [dict(before[0], verdict="unknown"), dict(before[1])]
    assert changed(before, after) == {
        "tense: supports -> unknown": ["walks | Yesterday she walks ."]
    }
    assert changed(before, before) == {}
    with pytest.raises(ValueError, match="not of the same errors"):
        changed(before, after[:1])
