"""Shared fixtures: a tiny, seeded, untrained model folder built in-process."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from model.checker import Checker, save_model
from model.network import ConcordTagger, TaggerConfig
from model.vocab import Vocab

torch.set_num_threads(1)  # two threads crawl on a shared 2-core machine

TINY_WORDS = [
    "the",
    "keys",
    "to",
    "cabinet",
    "is",
    "are",
    "lost",
    "she",
    "walks",
    "yesterday",
    "he",
    "has",
    "went",
    "this",
    "books",
]


def build_tiny_model(folder: Path, seed: int = 0) -> Path:
    """Save an untrained 1-layer model; its outputs are arbitrary but deterministic."""
    torch.manual_seed(seed)
    vocab = Vocab.build(TINY_WORDS, min_count=1, max_size=100, suffix_buckets=64)
    cfg = TaggerConfig(
        vocab_size=len(vocab.words), suffix_buckets=64, word_dim=8, suffix_dim=4, hidden=6, layers=2
    )
    save_model(
        folder,
        ConcordTagger(cfg),
        vocab,
        {"name": "concord-tiny", "version": "test", "threshold": 0.5},
    )
    return folder


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model folder with random weights, for tests of plumbing rather than accuracy."""
    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def tiny_checker(tiny_model_dir: Path) -> Checker:
    """The tiny model, loaded."""
    return Checker.load(tiny_model_dir)
