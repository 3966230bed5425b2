"""Real learner errors, read from M2 files, for measuring (never training) the tagger.

The W&I+LOCNESS training files (BEA-2019) live outside the repository, in
``<repo>/../shared/learner`` by default; their licence allows non-commercial research only, so
this module reads them where they lie and nothing of them is copied into the project.

M2 format: an ``S`` line with the space-tokenised sentence, then one ``A`` line per edit::

    A start end|||TYPE|||correction|||REQUIRED|||-NONE-|||annotator

over token positions [start, end), and a blank line between sentences. Only annotator 0 is
read, and ``noop`` edits mean the sentence has no error. The M2 tokens are kept as they are
(spaCy-like: *do n't*), so token indices refer to them, not to :func:`model.tokenize.tokenize`.

Edits map onto :class:`~model.labels.ErrorType` when one token is replaced by one token:

- ``R:VERB:SVA`` → subject-verb agreement, ``R:VERB:TENSE`` → tense, ``R:VERB:FORM`` → verb form;
- ``R:NOUN:NUM`` → determiner-noun agreement, when the correction is the same noun in the
  other number (checked with ``lemminflect``: *kind → kinds* counts, *mans → men* does not);
- ``R:DET`` → determiner-noun agreement, when it swaps *this/these* or *that/those*.

Every other edit marks the tokens it touches as ``other_error``, so a flag there is not counted
as a false alarm; an insertion touches no token, so it marks the tokens on both sides of the gap,
where a missing word is most likely to be noticed.

The split into ``dev`` and ``test`` is by sentence: the SHA-256 of the ``S`` line, first byte
even → dev, odd → test (about 50/50). It depends on the text alone, so it never changes when
files are reordered, and a sentence that occurs twice always lands on the same side.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lemminflect import getInflection, getLemma

from model.labels import ErrorType

DEFAULT_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "learner"
FILES = tuple(f"wi_locness_train/{level}.train.gold.bea19.m2" for level in "ABC")
SPLITS = ("dev", "test")
Split = Literal["dev", "test"]

VERB_TYPES: dict[str, ErrorType] = {
    "R:VERB:SVA": ErrorType.SUBJECT_VERB_AGREEMENT,
    "R:VERB:TENSE": ErrorType.TENSE,
    "R:VERB:FORM": ErrorType.VERB_FORM,
}
DEMONSTRATIVE_PAIRS = ({"this", "these"}, {"that", "those"})


@dataclass
class LearnerSentence:
    """One M2 sentence, a label per token; ``corrections`` holds the gold word where labelled."""

    tokens: list[str]
    labels: list[ErrorType]
    corrections: list[str | None]
    other_error: list[bool]  # touched by an edit we do not model: not a false alarm if flagged


@dataclass(frozen=True)
class Edit:
    """One ``A`` line: tokens [start, end) become ``correction`` (space-separated tokens)."""

    start: int
    end: int
    type: str
    correction: str
    annotator: int


def parse_edit(line: str) -> Edit:
    """Parse an ``A`` line (with or without its leading ``A ``)."""
    fields = line.removeprefix("A ").split("|||")
    start, end = (int(x) for x in fields[0].split())
    return Edit(start, end, fields[1], fields[2], int(fields[-1]))


def _is_plural_of(plural: str, singular: str) -> bool:
    """Either direction of lemminflect says so; mass nouns (*transport*) have no listed plural."""
    return singular in getLemma(plural, upos="NOUN") or plural in getInflection(singular, tag="NNS")


def same_noun_other_number(word: str, correction: str) -> bool:
    """True when ``correction`` is ``word``'s noun in the other number (*kind ↔ kinds*)."""
    a, b = word.lower(), correction.lower()
    return a != b and (_is_plural_of(a, b) or _is_plural_of(b, a))


def label_of(edit: Edit, tokens: list[str]) -> ErrorType | None:
    """The error type an edit stands for, or None when it is not one we model."""
    replaced = tokens[edit.start : edit.end]
    new = edit.correction.split()
    if len(replaced) != 1 or len(new) != 1:
        return None
    if edit.type in VERB_TYPES:
        return VERB_TYPES[edit.type]
    if edit.type == "R:NOUN:NUM" and same_noun_other_number(replaced[0], new[0]):
        return ErrorType.DETERMINER_NOUN_AGREEMENT
    if edit.type == "R:DET" and {replaced[0].lower(), new[0].lower()} in DEMONSTRATIVE_PAIRS:
        return ErrorType.DETERMINER_NOUN_AGREEMENT
    return None


def label_sentence(tokens: list[str], edits: Iterable[Edit]) -> LearnerSentence:
    """Turn annotator 0's edits into per-token labels (see the module docstring for the rules)."""
    n = len(tokens)
    sent = LearnerSentence(tokens, [ErrorType.OK] * n, [None] * n, [False] * n)
    for edit in edits:
        if edit.annotator != 0 or edit.type == "noop":
            continue
        label = label_of(edit, tokens)
        if label is not None:
            sent.labels[edit.start] = label
            sent.corrections[edit.start] = edit.correction
            continue
        touched = (
            range(edit.start, edit.end) if edit.end > edit.start else (edit.start - 1, edit.start)
        )
        for i in touched:
            if 0 <= i < n:
                sent.other_error[i] = True
    for i, label in enumerate(sent.labels):  # a modelled error is scored as such, whatever else
        if label is not ErrorType.OK:
            sent.other_error[i] = False
    return sent


def read_m2(path: Path) -> Iterator[tuple[str, LearnerSentence]]:
    """Yield (``S`` line, labelled sentence) for each sentence block of an M2 file."""
    source, edits = None, []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("S "):
            source, edits = line, []
        elif line.startswith("A "):
            edits.append(parse_edit(line))
        elif not line.strip() and source is not None:
            yield source, label_sentence(source[2:].split(), edits)
            source = None


def split_of(source: str) -> Split:
    """``dev`` or ``test`` for a sentence, from the hash of its ``S`` line."""
    return "dev" if hashlib.sha256(source.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def load(
    split: Split, root: Path = DEFAULT_ROOT, files: Iterable[str] = FILES
) -> list[LearnerSentence]:
    """Every sentence of ``split`` from ``files`` under ``root``, in file order."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
    out = []
    for name in files:
        path = Path(root) / name
        if not path.exists():
            raise FileNotFoundError(f"learner M2 file not found: {path} (set --root)")
        out.extend(sent for source, sent in read_m2(path) if split_of(source) == split)
    return out


def counts(sentences: Iterable[LearnerSentence]) -> Counter[str]:
    """Sentences, tokens, other-error tokens, and labelled tokens per error type."""
    c: Counter[str] = Counter()
    for sent in sentences:
        c["sentences"] += 1
        c["tokens"] += len(sent.tokens)
        c["other_error"] += sum(sent.other_error)
        c.update(label.value for label in sent.labels if label is not ErrorType.OK)
    return c


def report(root: Path = DEFAULT_ROOT, files: Iterable[str] = FILES) -> dict[str, Counter[str]]:
    """:func:`counts` for each split."""
    names = tuple(files)
    return {split: counts(load(split, root, names)) for split in SPLITS}


def main(argv: list[str] | None = None) -> None:
    """Print the per-split counts as a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="folder holding wi_locness_train/"
    )
    args = parser.parse_args(argv)
    table = report(args.root)
    rows = [
        "sentences",
        "tokens",
        "other_error",
        *(t.value for t in ErrorType if t is not ErrorType.OK),
    ]
    print(f"{'':28}" + "".join(f"{s:>10}" for s in SPLITS))
    for row in rows:
        print(f"{row:28}" + "".join(f"{table[s][row]:>10}" for s in SPLITS))


if __name__ == "__main__":
    main()
