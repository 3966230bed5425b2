"""Picky checks: agreement after *I*, *we* and *you* settled by the parse alone
(model.evidence.person_error, model.checker._picky_flags), with the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.checker import Checker
from model.evidence import eye_dialect, person_site
from model.labels import ErrorType
from model.tokenize import tokenize

SHIPPED = Path(__file__).resolve().parents[1] / "model" / "shipped"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.load(SHIPPED)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("We was late .", 1),
        ("you is", 1),
        ("I has a car", 1),
        ("Then I goes", 2),
        ("I is happy", None),  # mostly a numeral's (*Phase I is*): left out
        ("I was late", None),
        ("We were late", None),
        ("they was late", None),
        ("was we late", None),
    ],
)
def test_person_site_is_a_test_on_words(text: str, site: int | None) -> None:
    words = text.split()
    found = [i for i in range(len(words)) if person_site(words, i)]
    assert found == ([] if site is None else [site])


def test_eye_dialect_words_and_dropped_gs() -> None:
    assert eye_dialect(["half", "of", "'em", "gone"])
    assert eye_dialect(["I", "ai", "n't", "sure"])
    assert eye_dialect(["sweepin", "'", "the", "floor"])
    assert not eye_dialect(["the", "AI", "we", "built"])
    assert not eye_dialect(["the", "begin", "'", "keyword"])  # *beging* is no word
    assert not eye_dialect(["the", "dogs", "'", "bowls"])


@pytest.mark.parametrize(
    ("text", "word", "fix", "subject"),
    [
        ("We was late for the meeting.", "was", "were", "We"),
        ("I has two brothers and a sister.", "has", "have", "I"),
        ("You is my best friend.", "is", "are", "You"),
        ("Every morning we goes to school by bus.", "goes", "go", "we"),
        ("Today I has a car.", "has", "have", "I"),
        ("They told me you was ill.", "was", "were", "you"),
        ("I think you is right.", "is", "are", "you"),  # a clause's subject (-103)
    ],
)
def test_picky_flags_a_form_the_pronoun_never_takes(
    checker: Checker, text: str, word: str, fix: str, subject: str
) -> None:
    (res,) = checker.check_sentences([text], picky=True)
    (flag,) = [f for f in res.flags if f.text == word]
    assert flag.type is ErrorType.SUBJECT_VERB_AGREEMENT
    assert flag.suggestions[0] == fix
    assert text[flag.start : flag.end] == word
    assert f"'{subject}'" in flag.message
    assert flag.confidence == round(res.tokens[flag.token].p_error, 4)


@pytest.mark.parametrize(
    ("text", "subject"),
    [("She like apples.", "She"), ("He like to swim in the sea.", "He")],
)
def test_picky_flags_a_bare_like_after_he_or_she(checker: Checker, text: str, subject: str) -> None:
    (res,) = checker.check_sentences([text], picky=True)
    (flag,) = res.flags
    assert (flag.text, flag.suggestions[0], flag.type) == (
        "like", "likes", ErrorType.SUBJECT_VERB_AGREEMENT,
    )  # fmt: skip
    assert f"'{subject}'" in flag.message


@pytest.mark.parametrize(
    "text",
    [
        "What is he like?",
        "Is she like her mother?",
        "He, like his father, is tall.",
        "He like a madman ran off.",
        "Charles I has many portraits in the gallery.",
        "Part I is short.",
        "Division I coaches were watching him.",
        "My wife and I are tired.",
        "Thank you is all I can say.",
        "My fault towards you has begun.",
        "To serve you is an honour.",
        "If you was to go to China, you would see it.",
        "'I knows it,' said the sweep, sweepin' the floor.",
        "You needs must go.",
        "We were late, and I was tired.",
    ],
)
def test_picky_leaves_numerals_objects_and_dialect_alone(checker: Checker, text: str) -> None:
    (res,) = checker.check_sentences([text], picky=True)
    (plain,) = checker.check_sentences([text])
    assert [f.token for f in res.flags] == [f.token for f in plain.flags]


def test_picky_is_off_by_default_and_adds_to_what_the_network_flags(checker: Checker) -> None:
    text = "We was late because the keys to the cabinet is lost."
    assert checker.picky is False
    (plain,) = checker.check_sentences([text])
    (picky,) = checker.check_sentences([text], picky=True)
    words = [t.text for t in tokenize(text)]
    was, is_ = words.index("was"), words.index("is")
    assert is_ in {f.token for f in plain.flags}
    assert {f.token for f in picky.flags} == {f.token for f in plain.flags} | {was}
    checker.picky = True
    try:
        (again,) = checker.check_sentences([text])
    finally:
        checker.picky = False
    assert again.flags == picky.flags
