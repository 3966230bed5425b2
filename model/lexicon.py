"""lemminflect's lookups, remembered.

The checker asks the same few thousand words again and again (every parse lemmatises every
token; the parse rules ask whether a word may be a noun or a verb), and lemminflect answers each
call with a fresh deep copy of its entry. These answer from a bounded cache instead (-87); the
answers cannot be changed in place (tuples, and mappings that refuse writes), so callers share
them safely across threads.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from lemminflect import getAllLemmas, getInflection, getLemma

CACHED_WORDS = 1 << 15  # entries per lookup; the three full held 28 MB (random words)


@lru_cache(maxsize=CACHED_WORDS)
def all_lemmas(word: str, upos: str | None = None) -> Mapping[str, tuple[str, ...]]:
    """``getAllLemmas``: the word's lemmas by word class, from the lexicon only."""
    return MappingProxyType(getAllLemmas(word, upos=upos))


@lru_cache(maxsize=CACHED_WORDS)
def word_lemmas(word: str, upos: str) -> tuple[str, ...]:
    """``getLemma``: the word's lemmas as word class ``upos``, guessed for words not in the
    lexicon."""
    return tuple(getLemma(word, upos=upos))


@lru_cache(maxsize=CACHED_WORDS)
def inflections(lemma: str, tag: str) -> tuple[str, ...]:
    """``getInflection``: the lemma's forms for Penn tag ``tag``, guessed for lemmas not in
    the lexicon."""
    return tuple(getInflection(lemma, tag=tag))
