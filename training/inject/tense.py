"""Tense errors: a present verb where the sentence fixes the past (*Yesterday she walks home*).

Two versions, after the two past-time rules of :mod:`model.tense`. ``tense.v1``
(:func:`candidates`) corrupts any past verb of a sentence with a past-time adverbial anywhere,
or coordinated with a past verb, often making no error at all (*In 1998 he bought a house that
she likes*); ``tense.v2`` (:func:`clause_candidates`) only past verbs whose own clause
fixes the past.

>>> from training.inject.examples import parse_example
>>> [(e.wrong, e.correction.value) for e in candidates(parse_example("yesterday_walked"))]
[('walks', 'to-past')]
>>> [e.wrong for e in clause_candidates(parse_example("yesterday_walked"))]
['walks']
>>> [e.wrong for e in candidates(parse_example("bought_a_house_she_liked"))]
['buys', 'likes']
>>> [e.wrong for e in clause_candidates(parse_example("bought_a_house_she_liked"))]
['buys']
"""

from __future__ import annotations

from collections.abc import Callable

from lemminflect import getInflection

from model.agreement import PL, SG, SUBJ_RELS, noun_number
from model.inflect import match_case
from model.labels import Correction, ErrorType
from model.tense import clause_past_frame, past_frame
from training.conllu import Sentence
from training.inject import Edit

_BE_PRESENT = {"was": "is", "were": "are"}


def present_form(word: str, lemma: str, number: str) -> str | None:
    """The present of a past verb (*walked* → *walks* for SG), keeping its case; None for
    forms of *be* other than *was, were*, or when the present is spelled the same (*put*)."""
    low = word.lower()
    if low in _BE_PRESENT:
        return match_case(_BE_PRESENT[low], word)
    if lemma.lower() == "be":
        return None
    forms = getInflection(lemma.lower(), tag="VBZ" if number == SG else "VBP")
    if not forms or forms[0] == low:
        return None
    return match_case(forms[0], word)


def subject_number(sent: Sentence, verb: int) -> str | None:
    """The number of the verb's own subject, or None (no subject, *I*, *you*)."""
    for k in sent.children(verb):
        if sent.tokens[k].deprel in SUBJ_RELS:
            return noun_number(sent, k)
    return None


def candidates(sent: Sentence) -> list[Edit]:
    """``tense.v1``: past finite verbs in :func:`model.tense.past_frame`, turned into the
    present."""
    return _in_frame(sent, past_frame)


def clause_candidates(sent: Sentence) -> list[Edit]:
    """``tense.v2``: past finite verbs in :func:`model.tense.clause_past_frame`, turned into the
    present."""
    return _in_frame(sent, clause_past_frame)


def _in_frame(sent: Sentence, frame: Callable[[Sentence, int], bool]) -> list[Edit]:
    """Past finite verbs with a known subject number that ``frame`` places in the past."""
    out = []
    for i, tok in enumerate(sent.tokens):
        if tok.xpos != "VBD" or tok.feats.get("VerbForm") != "Fin" or not frame(sent, i):
            continue
        number = subject_number(sent, i)
        if number is None and tok.deprel == "conj":
            number = subject_number(sent, tok.head)
        if number not in (SG, PL):
            continue
        wrong = present_form(tok.form, tok.lemma, number)
        if wrong:
            out.append(Edit(i, wrong, ErrorType.TENSE, Correction.TO_PAST, tok.form))
    return out
