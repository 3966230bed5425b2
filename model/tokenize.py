"""Sentence splitting and tokenisation with exact code-point offsets.

spaCy's rule-based English tokenizer (no trained model) splits clitics the way the UD
treebanks do (*do n't*, *it 's*), which is what the tagger was trained on. Whitespace tokens
are dropped; every kept token satisfies ``text[start:end] == token``.

Text pasted from the web or a word processor often carries invisible format characters: a
zero-width space or joiner, a soft hyphen, a byte-order mark, bidirectional marks. The tokenizer
reads the text without them, so that they never change where it splits, and puts each back
into the token it touches (*\u200bThose*); a token's :attr:`Span.word` leaves them out, for
the vocabulary and the parser, while its text and offsets keep them. Those between
whitespace are dropped with it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # Cython, no stubs

# Unicode format characters (category Cf) that can turn up inside English words: soft hyphen,
# Arabic letter mark, Mongolian vowel separator, zero-width space/non-joiner/joiner, left-to-right
# and right-to-left marks, bidirectional embeddings and isolates, word joiner and invisible
# operators, byte-order mark, interlinear annotation marks.
INVISIBLE = dict.fromkeys(
    [
        *(0x00AD, 0x061C, 0x180E, 0xFEFF),
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2060, 0x2065),
        *range(0x2066, 0x2070),
        *range(0xFFF9, 0xFFFC),
    ]
)


def visible(text: str) -> str:
    """``text`` without the invisible format characters of :data:`INVISIBLE`."""
    return text.translate(INVISIBLE)


@dataclass(frozen=True)
class Span:
    """A piece of the input: its text and [start, end) in code points."""

    text: str
    start: int
    end: int

    @cached_property
    def word(self) -> str:
        """The text as the network and the parser read it: without invisible characters (kept
        once read: the checker asks it of every word many times, -138)."""
        return visible(self.text)


DOUBLE_HYPHEN = r"-{2,}"  # a dash typed as hyphens (*in these terms--*)


# Word types the tokenizer's vocabulary may hold before it is built afresh. spaCy keeps every
# word it has met for the life of the process (half a kilobyte each, measured), so a service
# reading endless new words (names, numbers, typos, random strings) would grow without end; a
# fresh tokenizer splits exactly as the old one did (-87).
KEPT_WORDS = 100_000


class _Fresh:
    """The tokenizer pipeline, rebuilt once its vocabulary holds :data:`KEPT_WORDS` words."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._nlp: Language | None = None

    def get(self) -> Language:
        with self._lock:
            if self._nlp is None or len(self._nlp.vocab) > KEPT_WORDS:
                self._nlp = _build()
            return self._nlp


_TOKENIZER = _Fresh()


def _nlp() -> Language:
    """The tokenizer pipeline (:class:`_Fresh`)."""
    return _TOKENIZER.get()


def _build() -> Language:
    nlp = spacy.blank("en")
    # spaCy splits *--* between words but leaves it on a word before whitespace or the end
    # (*terms--*), where the network and the parser then meet an unknown word (-71)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer), "spacy.blank builds the rule-based tokenizer"
    prefixes = [*(nlp.Defaults.prefixes or ()), DOUBLE_HYPHEN]
    suffixes = [*(nlp.Defaults.suffixes or ()), DOUBLE_HYPHEN]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    nlp.add_pipe("sentencizer")
    return nlp


def tokenize(text: str) -> list[Span]:
    """Tokens of ``text`` with offsets relative to ``text``."""
    return [tok for _, tokens in _tokens(text, sentences=False) for tok in tokens]


def sentences_with_tokens(text: str) -> list[tuple[Span, list[Span]]]:
    """Each sentence of ``text`` (offsets into ``text``) with its tokens (offsets into the
    sentence), from one pass of the tokenizer."""
    out = []
    for (start, end), tokens in _tokens(text, sentences=True):
        shifted = [Span(t.text, t.start - start, t.end - start) for t in tokens]
        out.append((Span(text[start:end], start, end), shifted))
    return out


def _tokens(text: str, sentences: bool) -> list[tuple[tuple[int, int], list[Span]]]:
    """Sentences (one if not ``sentences``) as (start, end) with their tokens, offsets into
    ``text``. The tokenizer reads the text without its invisible characters, so that they
    never change where it splits (*\u200bdon't* is *do* and *n't*, as *don't* is); each
    one then goes back into the token it touches: into the word after it, or, before
    whitespace or the end, the word before it."""
    index = [i for i, ch in enumerate(text) if ord(ch) not in INVISIBLE]
    shown = "".join(text[i] for i in index)
    nlp = _nlp()
    if sentences:
        groups = [[t for t in sent if not t.is_space] for sent in nlp(shown).sents]
    else:
        groups = [[t for t in nlp.make_doc(shown) if not t.is_space]]
    groups = [g for g in groups if g]
    flat = [t for g in groups for t in g]
    bounds = _glued(text, [(index[t.idx], index[t.idx + len(t.text) - 1] + 1) for t in flat])
    out, k = [], 0
    for group in groups:
        spans = [Span(text[a:b], a, b) for a, b in bounds[k : k + len(group)]]
        k += len(group)
        out.append(((spans[0].start, spans[-1].end), spans))
    return out


def _glued(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` widened over the invisible characters glued to them: those right before a
    span join it, and those left between a span's end and whitespace (or the next span, or
    the end) join the span before."""
    left, prev_end = [], 0
    for a, b in spans:
        while a > prev_end and ord(text[a - 1]) in INVISIBLE:
            a -= 1
        left.append((a, b))
        prev_end = b
    out = []
    for k, (a, b) in enumerate(left):
        limit = left[k + 1][0] if k + 1 < len(left) else len(text)
        while b < limit and ord(text[b]) in INVISIBLE:
            b += 1
        out.append((a, b))
    return out
