"""Subject–verb agreement errors: flip the number of a finite verb that agrees with its subject.

The verb may agree through a relative pronoun (*the farmer who hates*) or share a conjoined
verb's subject (*waits and complains*); see :func:`model.agreement.agreements`.

>>> from training.inject.examples import parse_example
>>> [(e.wrong, e.correction.value) for e in candidates(parse_example("keys_are"))]
[('is', 'to-plural-verb')]
"""

from __future__ import annotations

from lemminflect import getInflection

from model.agreement import PL, SG, agreements, person_agreements, verb_number
from model.inflect import match_case, verb_lemma
from model.labels import Correction, ErrorType
from training.conllu import Sentence
from training.inject import Edit

# Relative-clause and conjoined verbs are under a tenth of agreement pairs in text, yet they are
# whole minimal-pair constructions: the build picks them this many times more readily.
RARE_KIND_WEIGHT = 3.0
# subject_verb_agreement.v3's edits after *I*, *we* and *you* are picked this readily: those
# pronouns are the subjects of a large share of finite verbs in fiction and web text
PERSON_WEIGHT = 0.5
_BE = {("is", PL): "are", ("are", SG): "is", ("was", PL): "were", ("were", SG): "was"}


def flip(word: str, number: str) -> str | None:
    """The form of verb ``word`` for the other number than ``number``, or None."""
    low = word.lower()
    other = PL if number == SG else SG
    if (low, other) in _BE:
        return match_case(_BE[(low, other)], word)
    lemma = verb_lemma(low)
    if lemma == "be" or low.startswith("'"):
        return None
    forms = getInflection(lemma, tag="VBP" if number == SG else "VBZ")
    if not forms or forms[0] == low:
        return None
    return match_case(forms[0], word)


def candidates(sent: Sentence) -> list[Edit]:
    """One edit per agreeing verb whose other-number form exists."""
    out = []
    for pair in agreements(sent):
        tok = sent.tokens[pair.verb]
        number = verb_number(tok)
        wrong = flip(tok.form, number) if number else None
        if wrong:
            corr = Correction.TO_SINGULAR_VERB if number == SG else Correction.TO_PLURAL_VERB
            weight = 1.0 if pair.kind == "subject" else RARE_KIND_WEIGHT
            out.append(
                Edit(pair.verb, wrong, ErrorType.SUBJECT_VERB_AGREEMENT, corr, tok.form, weight)
            )
    return out


def person_candidates(sent: Sentence) -> list[Edit]:
    """``subject_verb_agreement.v3``: v2's edits and, after a nominative *I*, *we* or *you*, a
    plain present turned into its *-s* form (*I has*, *we goes*) and *are, were* into *is,
    was* after *we* and *you*. *I am* and *I was* are left alone: *I is* has no correction
    class to name *am*, and *I were* may be a subjunctive."""
    out = candidates(sent)
    for subject, verb in person_agreements(sent):
        tok = sent.tokens[verb]
        low = tok.form.lower()
        if tok.xpos != "VBP" and low != "were":
            continue
        if low in ("are", "were") and sent.tokens[subject].form.lower() == "i":
            continue
        wrong = flip(tok.form, PL)  # *am*, a form of *be* with no other number, gives None
        if wrong:
            corr = Correction.TO_PLURAL_VERB
            out.append(
                Edit(verb, wrong, ErrorType.SUBJECT_VERB_AGREEMENT, corr, tok.form, PERSON_WEIGHT)
            )
    return out
