"""Tense errors: a present verb where the sentence fixes the past (*Yesterday she walks home*).

Two versions, after the two past-time rules of :mod:`model.tense`. ``tense.v1``
(:func:`candidates`) corrupts any past verb of a sentence with a past-time adverbial anywhere,
or coordinated with a past verb, often making no error at all (*In 1998 he bought a house that
she likes*); ``tense.v2`` (:func:`clause_candidates`) only past verbs whose own clause
fixes the past. ``tense.v3`` (:func:`person_candidates`) is ``tense.v2`` that also corrupts verbs
whose subject is *I*, *we* or *you* (v2 takes the subject's number from
:func:`model.agreement.noun_number`, which leaves those pronouns out, so the network never saw
*Yesterday I walk*) and past auxiliaries and copulas, whose subject hangs on their head
(*Yesterday I am tired*); its *be* keeps the subject's person and number.

>>> from training.inject.examples import parse_example
>>> [(e.wrong, e.correction.value) for e in candidates(parse_example("yesterday_walked"))]
[('walks', 'to-past')]
>>> [e.wrong for e in clause_candidates(parse_example("yesterday_walked"))]
['walks']
>>> [e.wrong for e in person_candidates(parse_example("yesterday_i_was"))]
['am']
>>> [e.wrong for e in clause_candidates(parse_example("yesterday_i_was"))]
[]
>>> [e.wrong for e in candidates(parse_example("bought_a_house_she_liked"))]
['buys', 'likes']
>>> [e.wrong for e in clause_candidates(parse_example("bought_a_house_she_liked"))]
['buys']
"""

from __future__ import annotations

from collections.abc import Callable

from lemminflect import getInflection

from model.agreement import AUX_RELS, PL, SG, SUBJ_RELS, noun_number
from model.inflect import match_case
from model.labels import Correction, ErrorType
from model.tense import clause_past_frame, past_frame
from training.conllu import Sentence
from training.inject import Edit

_BE_PRESENT = {"was": "is", "were": "are"}
FIRST_SG = "1Sing"  # the subject is *I*: *was* becomes *am*, other verbs their plain present
# The present of *be* by the subject's person and number (tense.v3): *we was* or *I were* in
# clean text is a dialect or a subjunctive, not a past to corrupt
_BE_PRESENT_BY_SUBJECT = {("was", SG): "is", ("was", FIRST_SG): "am", ("were", PL): "are"}


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


def _own_subject(sent: Sentence, verb: int) -> int | None:
    """The index of the verb's own subject, or None."""
    return next((k for k in sent.children(verb) if sent.tokens[k].deprel in SUBJ_RELS), None)


def subject_number(sent: Sentence, verb: int) -> str | None:
    """The number of the verb's own subject, or None (no subject, *I*, *you*)."""
    k = _own_subject(sent, verb)
    return None if k is None else noun_number(sent, k)


def subject_person(sent: Sentence, verb: int) -> str | None:
    """Which present the verb's own subject takes: :data:`FIRST_SG` for *I*, PL for *we* and
    *you* (and plural subjects), SG for singular ones; None without a subject."""
    k = _own_subject(sent, verb)
    if k is None:
        return None
    tok = sent.tokens[k]
    if tok.upos == "PRON" and tok.feats.get("Person") in ("1", "2"):
        first_sg = tok.feats.get("Person") == "1" and tok.feats.get("Number") == "Sing"
        return FIRST_SG if first_sg else PL
    return noun_number(sent, k)


def present_for_subject(word: str, lemma: str, subject: str) -> str | None:
    """The present of a past verb for a subject of :func:`subject_person`'s kind (*walked* →
    *walk* for *I*, *was* → *am*), keeping its case; None where there is none to make."""
    low = word.lower()
    if lemma.lower() == "be":
        wrong = _BE_PRESENT_BY_SUBJECT.get((low, subject))
        return match_case(wrong, word) if wrong else None
    return present_form(word, lemma, SG if subject == SG else PL)


def candidates(sent: Sentence) -> list[Edit]:
    """``tense.v1``: past finite verbs in :func:`model.tense.past_frame`, turned into the
    present."""
    return _in_frame(sent, past_frame)


def clause_candidates(sent: Sentence) -> list[Edit]:
    """``tense.v2``: past finite verbs in :func:`model.tense.clause_past_frame`, turned into the
    present."""
    return _in_frame(sent, clause_past_frame)


def person_candidates(sent: Sentence) -> list[Edit]:
    """``tense.v3``: as ``tense.v2``, with *I*, *we* and *you* as subjects, and auxiliaries
    and copulas, too."""
    return _in_frame(sent, clause_past_frame, persons=True)


def _in_frame(
    sent: Sentence, frame: Callable[[Sentence, int], bool], persons: bool = False
) -> list[Edit]:
    """Past finite verbs with a known subject that ``frame`` places in the past; without
    ``persons``, only subjects with a number by :func:`model.agreement.noun_number` and no
    auxiliaries or copulas."""
    subject, present = (
        (subject_person, present_for_subject) if persons else (subject_number, present_form)
    )
    out = []
    for i, tok in enumerate(sent.tokens):
        if tok.xpos != "VBD" or tok.feats.get("VerbForm") != "Fin" or not frame(sent, i):
            continue
        number = subject(sent, i)
        if number is None and (tok.deprel == "conj" or (persons and tok.deprel in AUX_RELS)):
            number = subject(sent, tok.head)
        if number is None:
            continue
        wrong = present(tok.form, tok.lemma, number)
        if wrong:
            out.append(Edit(i, wrong, ErrorType.TENSE, Correction.TO_PAST, tok.form))
    return out
