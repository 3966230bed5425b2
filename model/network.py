"""The Concord tagger: a bidirectional LSTM over words, suffixes and case, with its forget gates.

Read top to bottom: token features -> :class:`TokenEmbedder` -> a stack of one-layer
bidirectional ``nn.LSTM``s (fused kernels, one per layer so every layer's outputs are kept) ->
per-token heads. :func:`forget_gates` recomputes each layer's forget gate from the fused
weights and outputs,

    f_t = sigmoid(W_if x_t + b_if + W_hf h_{t-1} + b_hf)

which ``tests/test_gates.py`` proves equal to a hand-written LSTM cell. Shapes: B batch,
T tokens, E embedding size, H hidden units per direction.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from model.labels import CORRECTIONS, ERROR_TYPES

N_CASES = 5  # lower, Title, UPPER, digit-bearing, other (see model.vocab.case_id)
N_NUMBERS = 3  # auxiliary target: not a finite verb / singular subject / plural subject


@dataclass
class TaggerConfig:
    """Sizes of the network; saved as JSON beside the weights."""

    vocab_size: int = 2  # words in the vocabulary, padding and unknown included
    suffix_buckets: int = 8192  # hash buckets shared by the 1-, 2- and 3-character suffixes
    word_dim: int = 128  # word embedding size
    suffix_dim: int = 48  # suffix embedding size (summed over the three suffixes)
    case_dim: int = 8  # capitalisation embedding size
    hidden: int = 128  # LSTM units per direction
    layers: int = 2  # stacked bidirectional LSTM layers
    dropout: float = 0.3  # between layers and before the heads (training only)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TaggerConfig:
        """Build from a JSON dict, rejecting unknown keys by name."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown tagger config keys: {unknown}")
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        """The config as a JSON-ready dict."""
        return asdict(self)


class TokenEmbedder(nn.Module):
    """Word + hashed suffixes + case -> one vector per token, so unseen words keep -s/-ed cues."""

    def __init__(self, cfg: TaggerConfig) -> None:
        super().__init__()
        self.words = nn.Embedding(cfg.vocab_size, cfg.word_dim, padding_idx=0)
        self.suffixes = nn.EmbeddingBag(cfg.suffix_buckets, cfg.suffix_dim, mode="sum")
        self.case = nn.Embedding(N_CASES, cfg.case_dim)
        self.size = cfg.word_dim + cfg.suffix_dim + cfg.case_dim

    def forward(
        self, words: torch.Tensor, suffixes: torch.Tensor, case: torch.Tensor
    ) -> torch.Tensor:
        """words, case: (B, T); suffixes: (B, T, 3) -> (B, T, E)."""
        b, t, k = suffixes.shape
        suf = self.suffixes(suffixes.reshape(b * t, k)).reshape(b, t, -1)  # (B, T, suffix_dim)
        return torch.cat([self.words(words), suf, self.case(case)], dim=-1)


@dataclass
class TaggerOutput:
    """Logits per token and, per layer, the bidirectional outputs (needed for the gates)."""

    types: torch.Tensor  # (B, T, n_types)
    corrections: torch.Tensor  # (B, T, n_corrections)
    numbers: torch.Tensor  # (B, T, N_NUMBERS), auxiliary subject-number head
    layer_inputs: list[torch.Tensor]  # per layer (B, T, in_size)
    layer_outputs: list[torch.Tensor]  # per layer (B, T, 2H), zeros past each length


class ConcordTagger(nn.Module):
    """BiLSTM token tagger with an error-type head, a correction head and a subject-number head."""

    def __init__(self, cfg: TaggerConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.embed = TokenEmbedder(cfg)
        sizes = [self.embed.size] + [2 * cfg.hidden] * (cfg.layers - 1)
        self.lstms = nn.ModuleList(
            nn.LSTM(size, cfg.hidden, batch_first=True, bidirectional=True) for size in sizes
        )
        self.drop = nn.Dropout(cfg.dropout)
        self.type_head = nn.Linear(2 * cfg.hidden, len(ERROR_TYPES))
        self.correction_head = nn.Linear(2 * cfg.hidden, len(CORRECTIONS))
        self.number_head = nn.Linear(2 * cfg.hidden, N_NUMBERS)

    def forward(
        self,
        words: torch.Tensor,
        suffixes: torch.Tensor,
        case: torch.Tensor,
        lengths: torch.Tensor,
    ) -> TaggerOutput:
        """Tag a padded batch; ``lengths`` (B,) on the CPU. Padding positions come out as zeros."""
        x = self.embed(words, suffixes, case)  # (B, T, E)
        inputs, outputs = [], []
        for i, lstm in enumerate(self.lstms):
            if i > 0:
                x = self.drop(x)
            inputs.append(x)
            packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            out, _ = lstm(packed)
            x, _ = pad_packed_sequence(out, batch_first=True, total_length=words.shape[1])
            outputs.append(x)  # (B, T, 2H)
        h = self.drop(x)
        return TaggerOutput(
            types=self.type_head(h),
            corrections=self.correction_head(h),
            numbers=self.number_head(h),
            layer_inputs=inputs,
            layer_outputs=outputs,
        )


def forget_gates(
    model: ConcordTagger, out: TaggerOutput
) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """Per layer, the (forward, backward) forget-gate activations, each (B, T, H).

    The previous hidden state of the forward direction at t is its output at t-1 (zeros at t=0);
    of the backward direction, its output at t+1 (zeros past the last token, which
    ``pad_packed_sequence`` guarantees). Values at padding positions are meaningless.
    """
    hid = model.cfg.hidden
    gates = []
    lstms: list[nn.LSTM] = list(model.lstms)  # type: ignore[arg-type]
    for lstm, x, y in zip(lstms, out.layer_inputs, out.layer_outputs, strict=True):
        fwd_out, bwd_out = y[..., :hid], y[..., hid:]
        zero = torch.zeros_like(fwd_out[:, :1])
        fwd_prev = torch.cat([zero, fwd_out[:, :-1]], dim=1)  # h_{t-1}, (B, T, H)
        bwd_prev = torch.cat([bwd_out[:, 1:], zero], dim=1)  # h_{t+1}, (B, T, H)
        forward = _forget(x, fwd_prev, lstm, "")
        backward = _forget(x, bwd_prev, lstm, "_reverse")
        gates.append((forward, backward))
    return gates


def _forget(x: torch.Tensor, h_prev: torch.Tensor, lstm: nn.LSTM, suffix: str) -> torch.Tensor:
    """sigmoid(W_if x + b_if + W_hf h + b_hf) for one direction; rows H:2H are the forget gate."""
    hid = lstm.hidden_size
    w_ih = getattr(lstm, f"weight_ih_l0{suffix}")[hid : 2 * hid]  # (H, in)
    w_hh = getattr(lstm, f"weight_hh_l0{suffix}")[hid : 2 * hid]  # (H, H)
    b = (
        getattr(lstm, f"bias_ih_l0{suffix}")[hid : 2 * hid]
        + getattr(lstm, f"bias_hh_l0{suffix}")[hid : 2 * hid]
    )
    return torch.sigmoid(x @ w_ih.T + h_prev @ w_hh.T + b)
