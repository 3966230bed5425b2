"""The M2 reader, on a three-sentence file invented for these tests (tests/fixtures/tiny.m2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.labels import ErrorType
from training.learner import (
    SPLITS,
    Edit,
    LearnerSentence,
    counts,
    label_of,
    load,
    parse_edit,
    read_m2,
    same_noun_other_number,
    split_of,
)

FIXTURES = Path(__file__).parent / "fixtures"
TINY = FIXTURES / "tiny.m2"
OK, SVA, DNA, TENSE = (
    ErrorType.OK,
    ErrorType.SUBJECT_VERB_AGREEMENT,
    ErrorType.DETERMINER_NOUN_AGREEMENT,
    ErrorType.TENSE,
)


@pytest.fixture(scope="module")
def sentences() -> list[LearnerSentence]:
    """The fixture's sentences, in file order."""
    return [sent for _, sent in read_m2(TINY)]


def _labelled(sent: LearnerSentence) -> dict[int, tuple[ErrorType, str | None]]:
    return {i: (lab, sent.corrections[i]) for i, lab in enumerate(sent.labels) if lab is not OK}


def _other(sent: LearnerSentence) -> list[int]:
    return [i for i, other in enumerate(sent.other_error) if other]


def test_reads_every_sentence_block_with_m2_tokens_kept(sentences: list[LearnerSentence]) -> None:
    assert len(sentences) == 3
    assert sentences[2].tokens == ["The", "children", "are", "asleep", "."]
    assert all(len(s.labels) == len(s.tokens) == len(s.other_error) for s in sentences)


def test_single_token_replacements_become_labels(sentences: list[LearnerSentence]) -> None:
    assert _labelled(sentences[0]) == {2: (SVA, "lives"), 6: (DNA, "town"), 11: (DNA, "this")}
    assert _labelled(sentences[1]) == {2: (TENSE, "went"), 10: (TENSE, "ate"), 13: (DNA, "cream")}


def test_other_edits_mark_their_tokens(sentences: list[LearnerSentence]) -> None:
    # 8-9: *have went → went* spans two tokens; 0-1: both sides of an insertion;
    # 4 and 11: determiner edits that are not a demonstrative's number; 8: *childs → children*.
    assert _other(sentences[0]) == [8, 9]
    assert _other(sentences[1]) == [0, 1, 4, 8, 11]


def test_annotator_1_and_noop_are_ignored(sentences: list[LearnerSentence]) -> None:
    assert sentences[0].labels[2] is SVA  # annotator 1 called the same token a tense error
    assert _labelled(sentences[2]) == {}
    assert _other(sentences[2]) == []


def test_parse_edit() -> None:
    edit = parse_edit("A 3 5|||R:VERB:FORM|||to go|||REQUIRED|||-NONE-|||1")
    assert edit == Edit(3, 5, "R:VERB:FORM", "to go", 1)


@pytest.mark.parametrize(
    ("word", "correction", "expected"),
    [
        ("kind", "kinds", True),
        ("towns", "town", True),
        ("transports", "transport", True),  # a mass noun lemminflect gives no plural
        ("mice", "mouse", True),
        ("mans", "men", False),  # a wrong inflection, not a number change
        ("busses", "buses", False),  # two spellings of one plural
        ("planes", "plans", False),
        ("swim", "swimming", False),
    ],
)
def test_same_noun_other_number(word: str, correction: str, expected: bool) -> None:
    assert same_noun_other_number(word, correction) is expected


@pytest.mark.parametrize(
    ("tokens", "edit", "expected"),
    [
        (["This", "books"], Edit(0, 1, "R:DET", "These", 0), DNA),
        (["those", "book"], Edit(0, 1, "R:DET", "that", 0), DNA),
        (["this", "book"], Edit(0, 1, "R:DET", "those", 0), None),  # distance, not number
        (["he", "go"], Edit(1, 2, "R:VERB:FORM", "to go", 0), None),  # one token to two
        (["he", "go"], Edit(1, 2, "R:VERB:SVA", "goes", 0), SVA),
    ],
)
def test_label_of(tokens: list[str], edit: Edit, expected: ErrorType | None) -> None:
    assert label_of(edit, tokens) is expected


def test_split_is_a_deterministic_partition() -> None:
    by_split = {split: load(split, FIXTURES, ["tiny.m2"]) for split in SPLITS}
    texts = {split: [s.tokens for s in sents] for split, sents in by_split.items()}
    assert sorted(map(tuple, texts["dev"] + texts["test"])) == sorted(
        tuple(s.tokens) for _, s in read_m2(TINY)
    )
    assert texts["dev"] and texts["test"]  # this fixture happens to land on both sides
    assert split_of("S a b .") == split_of("S a b .")


def test_load_rejects_unknown_split_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="split"):
        load("train", FIXTURES, ["tiny.m2"])  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError, match=r"nothing\.m2"):
        load("dev", tmp_path, ["nothing.m2"])


def test_counts(sentences: list[LearnerSentence]) -> None:
    c = counts(sentences)
    assert c["sentences"] == 3
    assert c["tokens"] == 15 + 15 + 5
    assert c["other_error"] == 7
    assert c[SVA.value] == 1 and c[TENSE.value] == 2 and c[DNA.value] == 3
