"""Token features: word ids from a JSON vocabulary, hashed suffixes and a capitalisation class.

Suffix hashing uses CRC-32 (not Python's salted ``hash``) so ids are stable across processes.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PAD, UNK = "<pad>", "<unk>"
SUFFIX_LENGTHS = (1, 2, 3)


def case_id(word: str) -> int:
    """0 lower, 1 Title, 2 UPPER, 3 contains a digit, 4 anything else (punctuation, symbols)."""
    if any(ch.isdigit() for ch in word):
        return 3
    if word.islower():
        return 0
    if word.isupper() and len(word) > 1:
        return 2
    if word[:1].isupper():
        return 1
    return 4


def normalise(word: str) -> str:
    """The key a word is looked up by: lower-cased, digits folded to 0."""
    return "".join("0" if ch.isdigit() else ch for ch in word.lower())


@dataclass
class Vocab:
    """Maps normalised words to ids; id 0 pads and id 1 is the unknown word."""

    words: list[str]
    suffix_buckets: int

    def __post_init__(self) -> None:
        self.index = {w: i for i, w in enumerate(self.words)}

    @classmethod
    def build(
        cls, tokens: Iterable[str], min_count: int, max_size: int, suffix_buckets: int
    ) -> Vocab:
        """Words seen at least ``min_count`` times, most frequent first, at most ``max_size``."""
        counts = Counter(normalise(t) for t in tokens)
        kept = [w for w, n in counts.most_common(max_size) if n >= min_count]
        return cls([PAD, UNK, *kept], suffix_buckets)

    def word_id(self, word: str) -> int:
        """The word's id, or 1 for an unknown word."""
        return self.index.get(normalise(word), 1)

    def suffix_ids(self, word: str) -> list[int]:
        """One bucket per suffix length; a short word repeats its whole self."""
        low = word.lower()
        return [
            zlib.crc32(f"{n}:{low[-n:]}".encode()) % self.suffix_buckets for n in SUFFIX_LENGTHS
        ]

    def save(self, path: Path) -> None:
        """Write the vocabulary as JSON."""
        data = {"words": self.words, "suffix_buckets": self.suffix_buckets}
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Vocab:
        """Read a vocabulary written by :meth:`save`."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["words"], int(data["suffix_buckets"]))
