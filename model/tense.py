"""Past-time rules: when a sentence fixes the past for a verb (*Yesterday she walked*).

The data build corrupts past verbs in such a frame into the present (``training/inject/tense.py``),
and the checker's parse evidence asks the same question of a flagged present verb
(:mod:`model.evidence`), so both read the past in much the same way. Since version -21 the
evidence reads phrases more strictly (:func:`names_judged_past`: not after *since* or *than*,
not a possessor), which the data builds do not, so that builds stay as they were; and it tells
a past counted back from now (:func:`deictic_past_of`: *yesterday*, *last week*) from a year,
which leaves room for the historical present.

Two versions. :func:`past_frame` (injector ``tense.v1``) takes a past-time adverbial anywhere in
the sentence, or a coordinated past verb, as fixing the past; in clean dev text about one in five
of the finite verbs it places in the past is in the present, correctly (*In 1998 he founded a
company that makes shoes*), so the errors it makes are often no errors.
:func:`clause_past_frame` (``tense.v2`` and the parse evidence) asks for the adverbial in the
verb's own clause, or a past temporal clause around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from model.syntax import Sentence, Token

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
    return any(w in PAST_WORDS or _last_or_year(words, i) for i, w in enumerate(words))


def _last_or_year(words: list[str], i: int) -> bool:
    """Words ``i`` and ``i + 1`` are *last week* (any of :data:`LAST_UNITS`) or *in 1998*."""
    if i + 1 >= len(words):
        return False
    w, unit = words[i], words[i + 1]
    return (w == "last" and unit in LAST_UNITS) or (w == "in" and bool(YEAR.match(unit)))


TEMPORAL_MARKERS = {"when", "while", "after", "before", "as", "until", "once"}
# v2 leaves out *as*: in clean text it is mostly a comparison (*pronounced his words as you do*)
CLAUSE_TEMPORAL_MARKERS = TEMPORAL_MARKERS - {"as"}
# Relations (before any ":" subtype) that open a clause of their own: an adverbial under one
# belongs to that clause, not to the verb above it.
CLAUSAL = {"ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis", "conj", "list", "appos", "dep"}


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
    return _heads_past_temporal(sent, verb)


def _temporal(
    sent: Sentence,
    clause: int,
    markers: set[str] = TEMPORAL_MARKERS,
    rels: tuple[str, ...] = ("mark",),
) -> bool:
    """The clause is introduced by a temporal subordinator (UD makes *when* an ``advmod``)."""
    return any(
        sent.tokens[k].deprel in rels and sent.tokens[k].form.lower() in markers
        for k in sent.children(clause)
    )


def clause_past_frame(
    sent: Sentence, verb: int, names: Callable[[Sentence, int], bool] | None = None
) -> bool:
    """The verb's own clause fixes the past: a past-time adverbial modifies it (*Yesterday she
    walked*, *She was late last night*), or it is the main verb of a past temporal clause or
    heads one under a past main verb (*When he arrived, she left*).

    ``names`` tells a past-time phrase's head (default :func:`names_past`, as ``tense.v2``
    reads it; the parse evidence passes the stricter :func:`names_judged_past`)."""
    if past_phrases_of(sent, verb, names or names_past):
        return True
    tok = sent.tokens[verb]
    head = sent.tokens[tok.head] if tok.head >= 0 else None
    markers, rels = CLAUSE_TEMPORAL_MARKERS, ("mark", "advmod")
    if tok.deprel == "advcl" and head is not None and head.xpos == "VBD":
        return _temporal(sent, verb, markers, rels)
    return _heads_past_temporal(sent, verb, markers, rels)


def past_phrases_of(sent: Sentence, verb: int, names: Callable[[Sentence, int], bool]) -> list[int]:
    """The heads of the past-time phrases, as ``names`` tells them, among the verb's
    adverbials (:func:`_adverbials_of`)."""
    return [k for k in _adverbials_of(sent, verb) if names(sent, k)]


def _heads_past_temporal(
    sent: Sentence,
    verb: int,
    markers: set[str] = TEMPORAL_MARKERS,
    rels: tuple[str, ...] = ("mark",),
) -> bool:
    """A past temporal clause hangs on the verb (*When he arrived, she left*)."""
    return any(
        sent.tokens[k].deprel == "advcl"
        and sent.tokens[k].xpos == "VBD"
        and _temporal(sent, k, markers, rels)
        for k in sent.children(verb)
    )


def deictic_past_of(sent: Sentence, verb: int) -> bool:
    """A past-time adverbial counted back from now hangs on the verb's clause
    (:func:`names_deictic_past`: *yesterday*, *two days ago*, *last week*; not a year, *in
    1998*, nor *the last time*).

    A year leaves room for the historical present (*In 1992 his novel appears*, common in
    encyclopedias); a time counted from the moment of writing hardly does."""
    return any(names_deictic_past(sent, k) for k in _adverbials_of(sent, verb))


def _adverbials_of(sent: Sentence, verb: int) -> list[int]:
    """The words that may head the verb's adverbials: children of the verb, or of the
    predicate a copula or auxiliary serves, that do not open a clause of their own (a
    past-time phrase inside one belongs to that clause)."""
    tok = sent.tokens[verb]
    serves = tok.deprel.split(":")[0] in ("cop", "aux") and tok.head >= 0
    anchor = tok.head if serves else verb
    return [k for k in sent.children(anchor) if sent.tokens[k].deprel.split(":")[0] not in CLAUSAL]


def names_past(sent: Sentence, k: int) -> bool:
    """Word ``k`` heads a past-time phrase: *yesterday*, *(two days) ago*, *last week*,
    *in 1998*."""
    return _past_phrase(sent.tokens[k].form.lower(), [sent.tokens[c] for c in sent.children(k)])


def _past_phrase(word: str, kids: list[Token]) -> bool:
    """A head ``word`` with the words ``kids`` below it names a past time."""
    below = [t.form.lower() for t in kids]
    if word in PAST_WORDS or any(w in PAST_WORDS for w in below):
        return True
    if word in LAST_UNITS and "last" in below:
        return "one" not in below  # *one last time* is no past time (-71)
    return bool(YEAR.match(word)) and "in" in below


# Prepositions after which a past time is a point of comparison or a starting point, which a
# present verb may follow: *better than yesterday*, *since last year*, *unlike last year*.
COMPARING = {"since", "than", "as", "unlike", "like", "from", "compared", "versus"}
# Prepositions that make an *ago* phrase the end of a span (*dated to 5 million years ago*,
# *between 7.6 and 6.5 million years ago*, -143)
SPAN_ENDS = {"to", "between"}
# Verbs whose predicate a time word may be (*It seems only yesterday that …*)
SEEMING = {"seem", "feel", "look", "sound", "appear"}
# Double quotation marks, as the tokenizer and the parser's tags may write them
DOUBLE_QUOTES = {'"', "``", "''", "“", "”"}
MARKER_RELS = {"case", "mark"}
DETERMINER_RELS = {"det", "nmod:poss"}


def names_judged_past(sent: Sentence, k: int, perfect: bool = False) -> bool:
    """:func:`names_past`, read for judging a present verb. Not counted: a past word that only
    possesses (*Yesterday's news is old*), a subject with a determiner (*The last time … is*)
    or, since -160 (from false alarms written by hand), a time word its verb follows right
    after (:func:`_time_then_verb`: *Yesterday is history*, *Last year is remembered as a
    disaster*), and a phrase that a preposition of :data:`COMPARING` governs (*The weather is
    better than yesterday*, *Since last year prices have risen*). For a ``perfect``
    auxiliary, *last* with a determiner or possessor does not count either: it reaches up to
    now (*Over the last decade the city has grown*), where a bare *last week* does not (*Last
    week she has left* is wrong).

    Since -140 (from false alarms on the fifth clean set, which is read) not counted either: a
    phrase with *how* in it (*How long ago that seems !*), an *ago* phrase after *to* or, since
    -143, *between* (:data:`SPAN_ENDS`: *are dated to 5 million years ago*), a time word after
    a verb of :data:`SEEMING` whose subject is *it* (*it seems only yesterday that*), and a
    word in quotation marks or in apposition, a title (*the Beatles song " Yesterday "*)."""
    tok, word = sent.tokens[k], sent.tokens[k].form.lower()
    if tok.deprel.split(":")[0] == "nsubj" and (_determined(sent, k) or _time_then_verb(sent, k)):
        return False  # a time as the subject is a thing talked about (*Yesterday is history*)
    if _quoted(sent, k) or any(sent.tokens[c].form.lower() == "how" for c in sent.subtree(k)):
        return False
    if 0 <= tok.head < k and _seems_to_it(sent, tok.head):
        return False  # after the verb: what the moment seems (*Formerly , it appears* is judged)
    kept = [c for c in sent.children(k) if sent.tokens[c].deprel not in ("nmod:poss", "appos")]
    kids = [sent.tokens[c] for c in kept]
    # the preposition may hang on the head or, in an *ago* phrase, on its unit (*as years ago*)
    near = kids + [sent.tokens[g] for c in kept for g in sent.children(c)]
    if any(t.deprel in MARKER_RELS and t.form.lower() in COMPARING for t in near):
        return False
    if word == "ago" and any(t.deprel == "case" and t.form.lower() in SPAN_ENDS for t in near):
        return False  # *are dated to 5 million years ago*: the end of a span, not the verb's time
    if perfect and word in LAST_UNITS and _determined(sent, k):
        return False
    return _past_phrase(word, kids)


def _time_then_verb(sent: Sentence, k: int) -> bool:
    """Word ``k`` is itself a time word, alone or after *last* (*Yesterday*, *Last year*),
    and the word right after it is the verb it is the subject of, or that verb's copula or
    auxiliary (*Yesterday is history*). The parse also makes a fronted time the subject where
    the real one follows, even one phrase of both (*Last night those who could go no further
    are shot*, a dev error). A subject that only has a past word on it is no time
    (*Formerly Cleopatra is*, *formerly* read as the name's modifier: dev errors)."""
    word = sent.tokens[k].form.lower()
    if word not in PAST_WORDS and word not in LAST_UNITS:
        return False
    span = sent.subtree(k)
    if [sent.tokens[m].form.lower() for m in span if m != k] not in ([], ["last"]):
        return False  # *Last night those who could go no further are*: one phrase misread
    after = span[-1] + 1
    if after >= len(sent.tokens):
        return False
    nxt = sent.tokens[after]
    head = sent.tokens[k].head
    return nxt.upos in ("VERB", "AUX") and (after == head or nxt.head == head)


def _seems_to_it(sent: Sentence, k: int) -> bool:
    """Word ``k`` is a verb of :data:`SEEMING` with *it* for its subject (*it seems only
    yesterday*, *It feels like years ago*): a time word on it is what the moment seems."""
    return sent.tokens[k].lemma.lower() in SEEMING and any(
        sent.tokens[c].form.lower() == "it" and sent.tokens[c].deprel in ("expl", "nsubj")
        for c in sent.children(k)
    )


def _quoted(sent: Sentence, k: int) -> bool:
    """Word ``k`` stands alone between quotation marks (a title: *" Yesterday "*)."""
    toks = sent.tokens
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].form in DOUBLE_QUOTES
        and toks[k + 1].form in DOUBLE_QUOTES
    )


def _determined(sent: Sentence, k: int) -> bool:
    """Word ``k`` has a determiner or possessor (*the last week*, *her last year*)."""
    return any(sent.tokens[c].deprel in DETERMINER_RELS for c in sent.children(k))


DEICTIC_WORDS = {"yesterday", "ago"}


def names_deictic_past(sent: Sentence, k: int) -> bool:
    """Word ``k`` heads a bare past-time phrase counted back from now: *yesterday*, *(two
    days) ago*, *last week*; one that :func:`names_judged_past` takes, with no preposition
    (*until last week*), no determiner (*the last time*, *his last year*) and not a year."""
    if not names_judged_past(sent, k):
        return False
    kids = [sent.tokens[c] for c in sent.children(k)]
    if any(t.deprel in MARKER_RELS for t in kids):
        return False
    word = sent.tokens[k].form.lower()
    plain = [t.form.lower() for t in kids if t.deprel != "nmod:poss"]
    if word in DEICTIC_WORDS or any(w in DEICTIC_WORDS for w in plain):
        return True
    return word in LAST_UNITS and "last" in plain and not _determined(sent, k)


DAY_PARTS = {"morning", "afternoon", "evening", "night"}
# an opening *ago* phrase: quantity words, then a unit (*two days ago*, *a few weeks ago*)
_AGO_UNITS = """while minute hour day week month year decade century
    minutes hours days weeks months years decades centuries"""
_QUANTITIES = """a an one two three four five six seven eight nine ten eleven twelve fifteen twenty
    thirty forty fifty hundred few several many some couple"""
AGO_UNITS, QUANTITY_WORDS = set(_AGO_UNITS.split()), set(_QUANTITIES.split())


def opening_past_phrase(words: list[str]) -> int:
    """How many of the (lower-cased) ``words`` form a past-time phrase that opens the sentence:
    *yesterday (morning)*, *last week*, *in 1998*, *two days ago*, *a few weeks ago*; 0 if none.

    Read from the words alone, for sentences the parser misreads: a present verb after a fronted
    time phrase is often tagged as a noun (*Yesterday evening , the man moves*)."""
    if not words:
        return 0
    first = words[0]
    if first == "yesterday":
        return 2 if len(words) > 1 and words[1] in DAY_PARTS else 1
    if _last_or_year(words, 0):
        return 2
    for k in (2, 3):  # two days ago, a few weeks ago
        if (
            len(words) > k
            and words[k] == "ago"
            and words[k - 1] in AGO_UNITS
            and all(w in QUANTITY_WORDS or w.isdigit() for w in words[: k - 1])
        ):
            return k + 1
    return 0


def content_end(words: Sequence[str]) -> int:
    """How many of ``words`` there are before the punctuation that closes them (a full stop,
    a quotation mark)."""
    end = len(words)
    while end and not words[end - 1][:1].isalnum():
        end -= 1
    return end


def closing_past_phrase(words: list[str]) -> int:
    """Where a past-time phrase of :func:`opening_past_phrase` that ends the (lower-cased)
    ``words``, a full stop or the like after it allowed, begins (*The architect buys a coat
    three weeks ago .*); -1 if none. Read from the words alone, as that one is."""
    end = content_end(words)
    for start in range(max(0, end - 4), end):
        if opening_past_phrase(words[start:end]) == end - start:
            return start
    return -1


def opening_deictic_phrase(words: list[str]) -> bool:
    """The (lower-cased) ``words`` open with a past-time phrase counted back from now
    (:func:`opening_past_phrase`, but not *in 1998*)."""
    return bool(opening_past_phrase(words)) and words[0] != "in"
