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

from lemminflect import getInflection

# Penn tag and UD features that a word takes in its other number.
_VERB_SWAP = {"VBZ": ("VBP", "Plur"), "VBP": ("VBZ", "Sing")}
_BE = {
    "was": ("were", "Plur"),
    "were": ("was", "Sing"),
    "is": ("are", "Plur"),
    "are": ("is", "Sing"),
}
_DEMONSTRATIVE = {
    "this": ("these", "Plur"),
    "these": ("this", "Sing"),
    "that": ("those", "Plur"),
    "those": ("that", "Sing"),
}
_NOUN_SWAP = {"NN": ("NNS", "Plur"), "NNS": ("NN", "Sing")}
FORM, LEMMA, UPOS, XPOS, FEATS, DEPREL = 1, 2, 3, 4, 5, 7


def _feats(col: str, **changes: str) -> str:
    """A FEATS column with ``changes`` applied (keys sorted, as CoNLL-U asks)."""
    feats = dict(kv.split("=", 1) for kv in col.split("|") if "=" in kv)
    feats.update(changes)
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items())) or "_"


def _cased(new: str, old: str) -> str:
    """``new`` in ``old``'s capitalisation (first letter or all caps)."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def flip(cols: list[str]) -> list[str] | None:
    """Token columns with the word in its other number, or None if it has no such form."""
    form, lemma, xpos = cols[FORM], cols[LEMMA].lower(), cols[XPOS]
    low = form.lower()
    if not form.isalpha():  # contractions ('s, 're) and symbols stay as they are
        return None
    new = None
    if lemma == "be":  # lemminflect's first plural of *be* is *am*
        if low in _BE:
            word, number = _BE[low]
            tag = _VERB_SWAP[xpos][0] if xpos in _VERB_SWAP else xpos
            new = (word, tag, _feats(cols[FEATS], Number=number, Person="3"))
    elif xpos in _VERB_SWAP:
        tag, number = _VERB_SWAP[xpos]
        forms = getInflection(lemma, tag=tag)
        if forms and forms[0] != low:
            new = (forms[0], tag, _feats(cols[FEATS], Number=number, Person="3"))
    elif low in _DEMONSTRATIVE and cols[DEPREL] == "det":
        word, number = _DEMONSTRATIVE[low]
        new = (word, xpos, _feats(cols[FEATS], Number=number))
    elif xpos in _NOUN_SWAP and cols[UPOS] == "NOUN" and cols[DEPREL] != "compound":
        tag, number = _NOUN_SWAP[xpos]
        forms = getInflection(lemma, tag=tag)
        if forms and forms[0] != low:
            new = (forms[0], tag, _feats(cols[FEATS], Number=number))
    if new is None:
        return None
    out = list(cols)
    out[FORM], out[XPOS], out[FEATS] = _cased(new[0], form), new[1], new[2]
    return out


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
