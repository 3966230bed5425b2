"""Tense errors: a present-tense verb where a past-time adverbial or a past coordinated verb fixes
the past (*Yesterday she walks home*, *He came home and eats*).

>>> from training.inject.examples import parse_example
>>> [(e.wrong, e.correction.value) for e in candidates(parse_example("yesterday_walked"))]
[('walks', 'to-past')]
"""

from __future__ import annotations

from lemminflect import getInflection

from model.agreement import PL, SG, SUBJ_RELS, noun_number
from model.inflect import match_case
from model.labels import Correction, ErrorType
from model.tense import past_frame
from training.conllu import Sentence
from training.inject import Edit

_BE_PRESENT = {"was": "is", "were": "are"}


def _present(word: str, lemma: str, number: str) -> str | None:
    low = word.lower()
    if low in _BE_PRESENT:
        return match_case(_BE_PRESENT[low], word)
    if lemma.lower() == "be":
        return None
    forms = getInflection(lemma.lower(), tag="VBZ" if number == SG else "VBP")
    if not forms or forms[0] == low:
        return None
    return match_case(forms[0], word)


def _subject_number(sent: Sentence, verb: int) -> str | None:
    for k in sent.children(verb):
        if sent.tokens[k].deprel in SUBJ_RELS:
            return noun_number(sent, k)
    return None


def candidates(sent: Sentence) -> list[Edit]:
    """Past finite verbs with a known subject number, turned into the present."""
    out = []
    for i, tok in enumerate(sent.tokens):
        if tok.xpos != "VBD" or tok.feats.get("VerbForm") != "Fin" or not past_frame(sent, i):
            continue
        number = _subject_number(sent, i)
        if number is None and tok.deprel == "conj":
            number = _subject_number(sent, tok.head)
        if number not in (SG, PL):
            continue
        wrong = _present(tok.form, tok.lemma, number)
        if wrong:
            out.append(Edit(i, wrong, ErrorType.TENSE, Correction.TO_PAST, tok.form))
    return out
