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

from model.agreement import SG, demonstrative_number, marker_number
from model.inflect import match_case
from model.labels import Correction, ErrorType
from training.conllu import Sentence
from training.inject import Edit

OTHER_DEMONSTRATIVE = {"this": "these", "these": "this", "that": "those", "those": "that"}


def noun_flip(word: str, lemma: str, to_plural: bool) -> str | None:
    """``word`` (lemma ``lemma``) in the plural or the singular, cased like it, or None."""
    low = word.lower()
    form = getInflection(lemma.lower(), tag="NNS")[0] if to_plural else lemma.lower()
    if not form or form == low or not form.isalpha():
        return None
    return match_case(form, word)


def candidates(sent: Sentence) -> list[Edit]:
    """Demonstrative flips and noun-number flips after number-marking words."""
    out = []
    for i, tok in enumerate(sent.tokens):
        dem = demonstrative_number(tok)
        if dem and tok.deprel == "det" and tok.head > i:
            noun = sent.tokens[tok.head]
            if noun.upos == "NOUN" and noun.feats.get("Number") == dem:
                corr = Correction.TO_SINGULAR_DET if dem == SG else Correction.TO_PLURAL_DET
                wrong = match_case(OTHER_DEMONSTRATIVE[tok.form.lower()], tok.form)
                out.append(Edit(i, wrong, ErrorType.DETERMINER_NOUN_AGREEMENT, corr, tok.form))
        if tok.upos == "NOUN" and tok.xpos in ("NN", "NNS"):
            marker = marker_number(sent, i)
            if marker and tok.feats.get("Number") == marker:
                wrong = noun_flip(tok.form, tok.lemma, to_plural=marker == SG)
                if wrong:
                    corr = (
                        Correction.TO_SINGULAR_NOUN if marker == SG else Correction.TO_PLURAL_NOUN
                    )
                    out.append(Edit(i, wrong, ErrorType.DETERMINER_NOUN_AGREEMENT, corr, tok.form))
    return out
