"""Turn a flagged word and a :class:`Correction` into suggested words with ``lemminflect``.

Only the determiner pairs (*this/these, that/those*) come from a table: determiners are closed
class words that ``lemminflect`` does not inflect.
"""

from __future__ import annotations

from model.labels import Correction
from model.lexicon import all_lemmas, inflections, word_lemmas

_DET_PLURAL = {"this": "these", "that": "those"}
_DET_SINGULAR = {v: k for k, v in _DET_PLURAL.items()}
_BE_PAST = {"is": "was", "am": "was", "are": "were", "'s": "was", "'re": "were", "'m": "was"}
_BE_PRESENT = {"was": ["is"], "were": ["are"]}
# Nouns standard English uses only uncountably, whose plural lemminflect still spells by its
# rules (*informations*, *advices*, *equipments*): a learner's *These information are useful*
# is mended at the determiner and the verb, never by that plural (-128)
UNCOUNTABLE = {
    "information", "advice", "equipment", "furniture", "luggage", "baggage", "homework",
    "housework", "research", "evidence", "software", "hardware", "feedback", "traffic",
    "machinery", "jewellery", "jewelry", "clothing", "scenery", "garbage", "rubbish",
    "wildlife", "progress", "knowledge", "weather",
}  # fmt: skip

# Penn tags each verb correction asks lemminflect for.
_VERB_TAGS: dict[Correction, tuple[str, ...]] = {
    Correction.TO_SINGULAR_VERB: ("VBZ",),
    Correction.TO_PLURAL_VERB: ("VBP",),
    Correction.TO_PAST: ("VBD",),
    Correction.TO_PRESENT: ("VBZ", "VBP"),
    Correction.TO_BASE: ("VB",),
    Correction.TO_PAST_PARTICIPLE: ("VBN",),
    Correction.TO_GERUND: ("VBG",),
}


def correction_to(tag: str) -> Correction:
    """The verb correction that asks for exactly the Penn ``tag`` (*VBG*: to-gerund)."""
    return next(c for c, tags in _VERB_TAGS.items() if tags == (tag,))


def match_case(word: str, like: str) -> str:
    """Give ``word`` the capitalisation of ``like`` (lower, Title or UPPER)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def verb_lemma(word: str) -> str:
    """The verb's lemma; the word itself if lemminflect does not know it."""
    low = word.lower()
    if low in ("'s", "'re", "'m"):
        return "be"
    lemmas = word_lemmas(low, upos="VERB") or word_lemmas(low, upos="AUX")
    return lemmas[0] if lemmas else low


def _be(low: str, correction: Correction) -> list[str]:
    """Forms of *be*, which keep person and number apart from tense."""
    past = low in ("was", "were")
    if correction is Correction.TO_SINGULAR_VERB:
        return ["was"] if past else ["is"]
    if correction is Correction.TO_PLURAL_VERB:
        return ["were"] if past else ["are"]
    if correction is Correction.TO_PAST:
        return [_BE_PAST.get(low, "was")] if not past else []
    if correction is Correction.TO_PRESENT:
        return _BE_PRESENT.get(low, [])
    tag = _VERB_TAGS[correction][0]
    return list(inflections("be", tag=tag))


def _verb(word: str, correction: Correction) -> list[str]:
    low = word.lower()
    if low not in _BE_PAST and low not in _BE_PRESENT and not all_lemmas(low, upos="VERB"):
        return []  # not a verb lemminflect knows: no guess, and so no flag (precision first)
    lemma = verb_lemma(low)
    if lemma == "be":
        forms = _be(low, correction)
    else:
        forms = []
        for tag in _VERB_TAGS[correction]:
            forms.extend(inflections(lemma, tag=tag))
    return [f for f in dict.fromkeys(forms) if f != low]


def _noun(word: str, correction: Correction) -> list[str]:
    low = word.lower()
    known = all_lemmas(low, upos="NOUN").get("NOUN")
    if not known:
        return []
    lemma = known[0]
    if correction is Correction.TO_SINGULAR_NOUN:
        forms = [lemma]
    elif lemma in UNCOUNTABLE:
        return []  # no plural to offer: the determiner or the verb is mended instead
    else:
        forms = list(inflections(lemma, tag="NNS"))
    return [f for f in dict.fromkeys(forms) if f != low]


def suggest(word: str, correction: Correction) -> list[str]:
    """Replacements for ``word``, best first, in ``word``'s capitalisation; may be empty."""
    low = word.lower()
    if correction is Correction.NONE:
        return []
    if correction is Correction.TO_PLURAL_DET:
        forms = [_DET_PLURAL[low]] if low in _DET_PLURAL else []
    elif correction is Correction.TO_SINGULAR_DET:
        forms = [_DET_SINGULAR[low]] if low in _DET_SINGULAR else []
    elif correction in (Correction.TO_SINGULAR_NOUN, Correction.TO_PLURAL_NOUN):
        forms = _noun(word, correction)
    else:
        forms = _verb(word, correction)
    return [match_case(f, word) for f in forms]
