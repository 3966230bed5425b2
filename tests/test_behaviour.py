"""The behavioural suite: sentences the shipped model must flag, and as many it must leave alone.

``tests/regression/behaviour.jsonl`` is written by hand. A ``flag`` line names the wrong token
(an index into :func:`model.tokenize.tokenize`), its error type and the suggestion we expect;
a ``not_flag`` line is a correct sentence, often a tricky one, on which any flag is a false
alarm. The file itself is checked on every run; the shipped model is checked once it exists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.checker import ALLOWED, Checker, SentenceResult
from model.inflect import suggest
from model.labels import ErrorType
from model.tokenize import tokenize, visible
from training.behaviour import KNOWN, cases, failure

SHIPPED = Path(__file__).resolve().parents[1] / "model" / "shipped"
KEYS = {"id", "text", "must", "token", "type", "suggestion", "construction"}

CASES = cases()
# Cases the shipped model is known to get wrong, by id, each with the reason (written by
# ``python -m training.behaviour --write``; listed in the model card). They are expected
# failures: a fix shows up as XPASS, a new failure as FAIL.
KNOWN_FAILURES: dict[str, str] = (
    json.loads(KNOWN.read_text(encoding="utf-8")) if KNOWN.exists() else {}
)
FLAG = [c for c in CASES if c["must"] == "flag"]
NOT_FLAG = [c for c in CASES if c["must"] == "not_flag"]


def _ids(items: list[dict]) -> list[str]:
    return [c["id"] for c in items]


# --- The suite file: always checked -----------------------------------------------------------


def test_suite_has_at_least_45_of_each_kind() -> None:
    assert len(FLAG) >= 45
    assert len(NOT_FLAG) >= 45
    assert len(FLAG) + len(NOT_FLAG) == len(CASES)


def test_suite_lines_have_exactly_the_documented_keys_and_unique_ids() -> None:
    assert all(set(c) == KEYS for c in CASES)
    assert len({c["id"] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", FLAG, ids=_ids(FLAG))
def test_flag_case_points_at_a_word_that_its_correction_fixes(case: dict) -> None:
    tokens = [t.text for t in tokenize(case["text"])]
    assert 0 <= case["token"] < len(tokens)
    error = ErrorType(case["type"])
    assert error is not ErrorType.OK
    word = tokens[case["token"]]
    # An index off by one lands on a word no allowed correction turns into the suggestion.
    options = [s for c in ALLOWED[error] for s in suggest(word, c)]
    assert case["suggestion"] in options, (word, options)


@pytest.mark.parametrize("case", NOT_FLAG, ids=_ids(NOT_FLAG))
def test_not_flag_case_names_no_target(case: dict) -> None:
    assert (case["token"], case["type"], case["suggestion"]) == (None, None, None)
    assert tokenize(case["text"])


# --- The shipped model: checked once model/shipped exists -------------------------------------


@pytest.fixture(scope="module")
def shipped() -> dict[str, SentenceResult]:
    """The shipped model's result on every case, by id, in one batch.

    Skipped (only) while no model has been shipped: a folder that exists but fails to load is
    an error, not a skip.
    """
    if not (SHIPPED / "config.json").exists():
        pytest.skip(f"no shipped model yet: {SHIPPED / 'config.json'} is missing")
    results = Checker.load(SHIPPED).check_sentences([c["text"] for c in CASES])
    return {c["id"]: r for c, r in zip(CASES, results, strict=True)}


def _marked(cases: list[dict]) -> list:
    """Cases as pytest params; known failures are expected to fail (a fix shows as XPASS)."""
    return [
        pytest.param(c, id=c["id"], marks=pytest.mark.xfail(reason=KNOWN_FAILURES[c["id"]]))
        if c["id"] in KNOWN_FAILURES
        else pytest.param(c, id=c["id"])
        for c in cases
    ]


@pytest.mark.slow
@pytest.mark.parametrize("case", _marked(FLAG))
def test_shipped_model_flags_the_error(shipped: dict[str, SentenceResult], case: dict) -> None:
    why = failure(case, shipped[case["id"]])
    assert why is None, f"{why} in {case['text']!r}"


@pytest.mark.slow
@pytest.mark.parametrize("case", _marked(NOT_FLAG))
def test_shipped_model_leaves_the_correct_sentence_alone(
    shipped: dict[str, SentenceResult], case: dict
) -> None:
    why = failure(case, shipped[case["id"]])
    assert why is None, f"{why} in {case['text']!r}"


def test_known_failures_name_real_cases() -> None:
    assert set(KNOWN_FAILURES) <= {c["id"] for c in CASES}
    assert all(reason.strip() for reason in KNOWN_FAILURES.values())


def test_failure_reasons_name_the_token_and_what_went_wrong() -> None:
    """``training/behaviour.py`` writes known_failures.json with the test's own conditions."""
    from model.checker import Flag, TokenResult
    from model.labels import Correction

    tokens = [TokenResult("She", 0, 3, 0.01), TokenResult("walk", 4, 8, 0.9)]
    must = {"must": "flag", "token": 1, "type": "subject_verb_agreement", "suggestion": "walks"}
    missed = SentenceResult("She walk", 0, 8, tokens, [])
    assert failure(must, missed) == (
        "missed: p_error of 'walk' is 0.900, under the calibrated cut-off"
    )
    flag = Flag(
        1,
        4,
        8,
        "walk",
        ErrorType.SUBJECT_VERB_AGREEMENT,
        Correction.TO_SINGULAR_VERB,
        "",
        ["walks"],
        0.9,
    )
    hit = SentenceResult("She walk", 0, 8, tokens, [flag])
    assert failure(must, hit) is None
    assert failure({"must": "not_flag"}, hit) == (
        "false alarm on 'walk' (subject_verb_agreement, confidence 0.9)"
    )
    assert failure({"must": "not_flag"}, missed) is None


def _with_invisible(text: str, token: int | None) -> str:
    """``text`` pasted from the web: a byte-order mark in front and a zero-width space glued
    to the front of word ``token`` (or of the last word), neither changing the tokens."""
    spans = tokenize(text)
    at = spans[token if token is not None else -1].start
    return "\ufeff" + text[:at] + "\u200b" + text[at:]


@pytest.mark.slow
def test_invisible_characters_change_no_verdict(shipped: dict[str, SentenceResult]) -> None:
    """Every case gets the same flags, types and suggestions with invisible characters glued
    to its words, and the flags' offsets still cover the words as written."""
    texts = [_with_invisible(c["text"], c["token"]) for c in CASES]
    results = Checker.load(SHIPPED).check_sentences(texts)
    for case, text, res in zip(CASES, texts, results, strict=True):
        plain = shipped[case["id"]]
        assert [(f.token, f.type, f.suggestions) for f in res.flags] == [
            (f.token, f.type, f.suggestions) for f in plain.flags
        ], text
        for f, g in zip(res.flags, plain.flags, strict=True):
            assert text[f.start : f.end] == f.text
            assert visible(f.text) == g.text
