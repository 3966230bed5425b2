"""Determiner–noun agreement errors.

Labelling rule (documented in the dataset card): with a demonstrative (*this/that/these/those*)
the determiner is the error token, since it is the word with a counterpart of the other
number; with any other number-marking word (*a, one, each, every, many, several, both, few*,
numerals) the noun is the error token, since that is the usual learner fix.

>>> from training.inject.examples import parse_example
>>> [(e.wrong, e.correction.value) for e in candidates(parse_example("these_books"))]
[('This', 'to-plural-det')]
"""

from __future__ import annotations

from lemminflect import getInflection

from model.inflect import match_case
from model.labels import Correction, ErrorType
from training.analysis import PL, SG, demonstrative_number
from training.conllu import Sentence
from training.inject import Edit

_DEM = {"this": "these", "these": "this", "that": "those", "those": "that"}
_SINGULAR_MARKERS = {"a", "an", "one", "each", "every", "another"}
_PLURAL_MARKERS = {"many", "several", "both", "few", "various", "numerous"}


def _noun_flip(word: str, lemma: str, to_plural: bool) -> str | None:
    low = word.lower()
    form = getInflection(lemma.lower(), tag="NNS")[0] if to_plural else lemma.lower()
    if not form or form == low or not form.isalpha():
        return None
    return match_case(form, word)


def _marker_number(sent: Sentence, noun: int) -> str | None:
    """SG/PL when a number-marking dependent fixes the noun's number."""
    for k in sent.children(noun):
        tok = sent.tokens[k]
        low = tok.form.lower()
        if tok.deprel == "det" and low in _SINGULAR_MARKERS:
            return SG
        if tok.deprel in ("det", "amod") and low in _PLURAL_MARKERS:
            return PL
        if (
            tok.deprel == "nummod"
            and tok.feats.get("NumType") == "Card"
            and low not in ("one", "1")
        ):
            return PL
    return None


def candidates(sent: Sentence) -> list[Edit]:
    """Demonstrative flips and noun-number flips after number-marking words."""
    out = []
    for i, tok in enumerate(sent.tokens):
        dem = demonstrative_number(tok)
        if dem and tok.deprel == "det" and tok.head > i:
            noun = sent.tokens[tok.head]
            if noun.upos == "NOUN" and noun.feats.get("Number") == dem:
                corr = Correction.TO_SINGULAR_DET if dem == SG else Correction.TO_PLURAL_DET
                wrong = match_case(_DEM[tok.form.lower()], tok.form)
                out.append(Edit(i, wrong, ErrorType.DETERMINER_NOUN_AGREEMENT, corr, tok.form))
        if tok.upos == "NOUN" and tok.xpos in ("NN", "NNS"):
            marker = _marker_number(sent, i)
            if marker and tok.feats.get("Number") == marker:
                wrong = _noun_flip(tok.form, tok.lemma, to_plural=marker == SG)
                if wrong:
                    corr = (
                        Correction.TO_SINGULAR_NOUN if marker == SG else Correction.TO_PLURAL_NOUN
                    )
                    out.append(Edit(i, wrong, ErrorType.DETERMINER_NOUN_AGREEMENT, corr, tok.form))
    return out
