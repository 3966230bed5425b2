"""What a dependency parse says about a sentence: agreement pairs, attractors, error sites.

The agreement rules themselves are in :mod:`model.agreement`, and the past-time rules in
:mod:`model.tense`, shared with the checker. Every
function here reads a :class:`model.syntax.Sentence` and changes nothing.
"""

from __future__ import annotations

from model.agreement import agreements, demonstrative_number, is_noun, verb_number
from model.syntax import Sentence


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
