"""Turn lists of words into the padded tensors the tagger reads."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from model.vocab import Vocab, case_id


@dataclass
class Batch:
    """Padded features of a batch: words, case (B, T), suffixes (B, T, 3), lengths (B,)."""

    words: torch.Tensor
    suffixes: torch.Tensor
    case: torch.Tensor
    lengths: torch.Tensor


def encode(sentences: list[list[str]], vocab: Vocab) -> Batch:
    """Pad a batch; every sentence must have at least one word."""
    assert all(sentences), "empty sentences are handled before encoding"
    width = max(len(s) for s in sentences)
    words = torch.zeros(len(sentences), width, dtype=torch.long)
    suffixes = torch.zeros(len(sentences), width, 3, dtype=torch.long)
    case = torch.zeros(len(sentences), width, dtype=torch.long)
    for b, sent in enumerate(sentences):
        words[b, : len(sent)] = torch.tensor([vocab.word_id(w) for w in sent])
        suffixes[b, : len(sent)] = torch.tensor([vocab.suffix_ids(w) for w in sent])
        case[b, : len(sent)] = torch.tensor([case_id(w) for w in sent])
    lengths = torch.tensor([len(s) for s in sentences])
    return Batch(words, suffixes, case, lengths)
