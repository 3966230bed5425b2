"""Sentence splitting and tokenisation with exact code-point offsets.

spaCy's rule-based English tokenizer (no trained model) splits clitics the way the UD
treebanks do (*do n't*, *it 's*), which is what the tagger was trained on. Whitespace tokens
are dropped; every kept token satisfies ``text[start:end] == token``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language


@dataclass(frozen=True)
class Span:
    """A piece of the input: its text and [start, end) in code points."""

    text: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def tokenize(text: str) -> list[Span]:
    """Tokens of ``text`` with offsets relative to ``text``."""
    doc = _nlp().make_doc(text)
    return [Span(t.text, t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]


def sentences_with_tokens(text: str) -> list[tuple[Span, list[Span]]]:
    """Each sentence of ``text`` (offsets into ``text``) with its tokens (offsets into the
    sentence), from one pass of the tokenizer."""
    doc = _nlp()(text)
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            tokens = [Span(t.text, t.idx - start, t.idx - start + len(t.text)) for t in words]
            out.append((Span(text[start:end], start, end), tokens))
    return out
