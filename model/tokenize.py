"""Sentence splitting and tokenisation with exact code-point offsets.

spaCy's rule-based English tokenizer (no trained model) splits clitics the way the UD
treebanks do (*do n't*, *it 's*), which is what the tagger was trained on. Whitespace tokens
are dropped; every kept token satisfies ``text[start:end] == token``.

Text pasted from the web or a word processor often carries invisible format characters: a
zero-width space or joiner, a soft hyphen, a byte-order mark, bidirectional marks. The tokenizer
keeps them inside tokens (*\u200bThose*), where they would hide the word from the vocabulary and
the parser, so a token's :attr:`Span.word` leaves them out; its text and offsets keep them.
Tokens made of nothing else are dropped like whitespace.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Token

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

    @property
    def word(self) -> str:
        """The text as the network and the parser read it: without invisible characters."""
        return visible(self.text)


def _kept(token: Token) -> bool:
    """Whitespace and tokens of nothing but invisible characters are not words."""
    return not token.is_space and bool(visible(token.text))


@lru_cache(maxsize=1)
def _nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def tokenize(text: str) -> list[Span]:
    """Tokens of ``text`` with offsets relative to ``text``."""
    doc = _nlp().make_doc(text)
    return [Span(t.text, t.idx, t.idx + len(t.text)) for t in doc if _kept(t)]


def sentences_with_tokens(text: str) -> list[tuple[Span, list[Span]]]:
    """Each sentence of ``text`` (offsets into ``text``) with its tokens (offsets into the
    sentence), from one pass of the tokenizer."""
    doc = _nlp()(text)
    out = []
    for sent in doc.sents:
        words = [t for t in sent if _kept(t)]
        if words:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            tokens = [Span(t.text, t.idx - start, t.idx - start + len(t.text)) for t in words]
            out.append((Span(text[start:end], start, end), tokens))
    return out
