"""Past-time rules: when a sentence fixes the past for a verb (*Yesterday she walked*).

The data build corrupts past verbs in such a frame into the present (``training/inject/tense.py``),
and the checker's parse evidence asks the same question of a flagged present verb
(:mod:`model.evidence`), so both read the past the same way.
"""

from __future__ import annotations

import re

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


TEMPORAL_MARKERS = {"when", "while", "after", "before", "as", "until", "once"}


def past_frame(sent: Sentence, verb: int) -> bool:
    """The sentence fixes the past for this verb.

    A past-time adverbial anywhere; or the verb is coordinated with a past verb (*came home and
    eats*), in either direction; or it heads a temporal clause of a past main verb, or is the
    main verb of a past temporal clause (*When he arrived, she leaves*).
    """
    if has_past_adverbial(sent):
        return True
    tok = sent.tokens[verb]
    kids = [sent.tokens[k] for k in sent.children(verb)]
    head = sent.tokens[tok.head] if tok.head >= 0 else None
    if tok.deprel == "conj" and head is not None and head.xpos == "VBD":
        return True
    if any(k.deprel == "conj" and k.xpos == "VBD" for k in kids):
        return True
    if tok.deprel == "advcl" and head is not None and head.xpos == "VBD" and _temporal(sent, verb):
        return True
    return any(
        sent.tokens[k].deprel == "advcl" and sent.tokens[k].xpos == "VBD" and _temporal(sent, k)
        for k in sent.children(verb)
    )


def _temporal(sent: Sentence, clause: int) -> bool:
    """The clause is introduced by a temporal subordinator."""
    return any(
        sent.tokens[k].deprel == "mark" and sent.tokens[k].form.lower() in TEMPORAL_MARKERS
        for k in sent.children(clause)
    )
