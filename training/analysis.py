"""What a dependency parse says about a sentence: agreement pairs, attractors, error sites.

The agreement rules themselves are in :mod:`model.agreement`, shared with the checker. Every
function here reads a :class:`model.syntax.Sentence` and changes nothing.
"""

from __future__ import annotations

import re

from model.agreement import agreements, demonstrative_number, is_noun, verb_number
from model.syntax import Sentence

PAST_WORDS = {"yesterday", "ago", "formerly"}
LAST_UNITS = {
    "week",
    "month",
    "year",
    "night",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "weekend",
    "time",
    "century",
    "decade",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
YEAR = re.compile(r"^1[5-9]\d\d$|^20[01]\d$")


def disagrees(sent: Sentence) -> bool:
    """True if the gold parse already shows an agreement error, a typo or a dialect form."""
    if any(t.feats.get("Typo") == "Yes" or "CorrectForm" in t.misc for t in sent.tokens):
        return True
    for pair in agreements(sent):
        if verb_number(sent.tokens[pair.verb]) != pair.number:
            return True
    for tok in sent.tokens:
        det = demonstrative_number(tok)
        if det and tok.deprel == "det" and tok.head >= 0:
            noun = sent.tokens[tok.head]
            if is_noun(noun) and noun.feats["Number"] != det:
                return True
    return False


def has_past_adverbial(sent: Sentence) -> bool:
    """A time expression that fixes the past: *yesterday, ago, last year, in 1998*."""
    words = [t.form.lower() for t in sent.tokens]
    for i, w in enumerate(words):
        if w in PAST_WORDS:
            return True
        if w == "last" and i + 1 < len(words) and words[i + 1] in LAST_UNITS:
            return True
        if w == "in" and i + 1 < len(words) and YEAR.match(words[i + 1]):
            return True
    return False
