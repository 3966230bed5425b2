"""Teach the parser to read sentences with agreement errors: corrupted copies of gold trees.

A tagger trained only on clean treebanks reads number from context, not form. Given *The
students swims*, ours tagged *swims* a plural noun and made it the root, so the checker's parse
evidence (:mod:`model.evidence`) could not see the agreement error the network had found. Here a
training sentence is copied with one word put in the other number (a present verb, *was/were*, a
demonstrative or a common noun), its tag and features changed to those of its new form, and its
tree left as it was: the parse of a sentence does not change because a verb lost its agreement.

    lines = list(corrupted_copies(conllu_lines, rate=0.5, seed=0))
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator

from model.agreement import PL, SG
from model.inflect import match_case
from training.inject.det_noun import OTHER_DEMONSTRATIVE, noun_flip
from training.inject.sva import flip as verb_flip

FORM, LEMMA, UPOS, XPOS, FEATS, DEPREL = 1, 2, 3, 4, 5, 7
# The Penn tag of a present verb or a common noun in the other number.
OTHER_TAG = {"VBZ": "VBP", "VBP": "VBZ", "NN": "NNS", "NNS": "NN"}


def _feats(col: str, **changes: str) -> str:
    """A FEATS column with ``changes`` applied (keys sorted, as CoNLL-U asks)."""
    feats = dict(kv.split("=", 1) for kv in col.split("|") if "=" in kv)
    feats.update(changes)
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items())) or "_"


def _shown_number(xpos: str, low: str) -> str | None:
    """The number a verb shows by its tag (VBZ, VBP) or form (*was*, *were*)."""
    if xpos == "VBZ" or low == "was":
        return SG
    return PL if xpos == "VBP" or low == "were" else None


def flip(cols: list[str]) -> list[str] | None:
    """Token columns with the word in its other number, or None if it has no such form.

    The new forms come from the error injectors (:func:`training.inject.sva.flip`,
    :func:`training.inject.det_noun.noun_flip`), so the parser meets the errors the checker is
    trained to find.
    """
    form, xpos, low = cols[FORM], cols[XPOS], cols[FORM].lower()
    if not form.isalpha():  # contractions ('s, 're) and symbols stay as they are
        return None
    shown = _shown_number(xpos, low)
    word, tag, number = None, xpos, None
    if cols[UPOS] in ("VERB", "AUX") and shown:
        word, tag, number = verb_flip(form, shown), OTHER_TAG.get(xpos, xpos), _other(shown)
    elif low in OTHER_DEMONSTRATIVE and cols[DEPREL] == "det":
        word = match_case(OTHER_DEMONSTRATIVE[low], form)
        number = SG if low in ("these", "those") else PL
    elif xpos in ("NN", "NNS") and cols[UPOS] == "NOUN" and cols[DEPREL] != "compound":
        word, tag = noun_flip(form, cols[LEMMA], to_plural=xpos == "NN"), OTHER_TAG[xpos]
        number = PL if xpos == "NN" else SG
    if word is None or number is None:
        return None
    changes = {"Number": number, "Person": "3"} if tag.startswith("VB") else {"Number": number}
    out = list(cols)
    out[FORM], out[XPOS], out[FEATS] = word, tag, _feats(cols[FEATS], **changes)
    return out


def _other(number: str) -> str:
    return PL if number == SG else SG


def _sentences(lines: Iterable[str]) -> Iterator[list[str]]:
    """CoNLL-U lines grouped into sentences (comment and token lines, no blank line)."""
    block: list[str] = []
    for line in lines:
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _corrupt(block: list[str], rng: random.Random) -> list[str] | None:
    """One sentence with one word flipped (verbs twice as likely as the rest), or None."""
    options = []
    inside: set[str] = set()  # words of a multi-word token (*does* in *doesn't*) keep their form
    for n, line in enumerate(block):
        cols = line.split("\t")
        if not line.startswith("#") and "-" in cols[0]:
            lo, hi = cols[0].split("-")
            inside.update(str(k) for k in range(int(lo), int(hi) + 1))
        if line.startswith("#") or not cols[0].isdigit() or cols[0] in inside:
            continue
        new = flip(cols)
        if new is not None:
            options += [(n, new)] * (2 if new[XPOS].startswith("VB") else 1)
    if not options:
        return None
    n, new = rng.choice(options)
    out = []
    for k, line in enumerate(block):
        if line.startswith(("# text", "# newdoc")):
            continue  # the text no longer matches the tokens (spaCy reads the tokens)
        if line.startswith("# sent_id"):
            line += "-flipped"
        out.append("\t".join(new) if k == n else line)
    return out


def corrupted_copies(
    lines: Iterable[str], rate: float, seed: int = 0, originals: bool = True
) -> Iterator[str]:
    """The sentences of ``lines``, each followed by a corrupted copy with probability ``rate``;
    with ``originals`` False, only the copies (a test set of flipped sentences).

    Output is CoNLL-U lines with a blank line after every sentence.
    """
    rng = random.Random(seed)
    for block in _sentences(lines):
        if originals:
            yield from block
            yield ""
        if rng.random() < rate:
            copy = _corrupt(block, rng)
            if copy is not None:
                yield from copy
                yield ""
