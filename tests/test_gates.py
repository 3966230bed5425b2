"""The forget gates we report equal those of a hand-written LSTM cell, to 1e-6 in float32."""

from __future__ import annotations

import torch
from torch import nn

from model.network import ConcordTagger, TaggerConfig, forget_gates


def reference_cell(
    x: torch.Tensor, h: torch.Tensor, c: torch.Tensor, lstm: nn.LSTM, suffix: str
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """One LSTM step written out gate by gate, in nn.LSTM's i, f, g, o order."""
    gates = (
        x @ getattr(lstm, f"weight_ih_l0{suffix}").T
        + getattr(lstm, f"bias_ih_l0{suffix}")
        + h @ getattr(lstm, f"weight_hh_l0{suffix}").T
        + getattr(lstm, f"bias_hh_l0{suffix}")
    )
    ingate, forgetgate, cellgate, outgate = gates.chunk(4, dim=-1)
    ingate, forgetgate = torch.sigmoid(ingate), torch.sigmoid(forgetgate)
    cellgate, outgate = torch.tanh(cellgate), torch.sigmoid(outgate)
    c = forgetgate * c + ingate * cellgate
    h = outgate * torch.tanh(c)
    return h, c, forgetgate


def reference_direction(
    x: torch.Tensor, lstm: nn.LSTM, reverse: bool
) -> tuple[torch.Tensor, torch.Tensor]:
    """One unpadded sequence (T, in) in one direction -> outputs and forget gates (T, H)."""
    suffix = "_reverse" if reverse else ""
    hid = lstm.hidden_size
    h, c = torch.zeros(hid), torch.zeros(hid)
    outs, fgs = [torch.empty(0)] * len(x), [torch.empty(0)] * len(x)
    order = range(len(x) - 1, -1, -1) if reverse else range(len(x))
    for t in order:
        h, c, f = reference_cell(x[t], h, c, lstm, suffix)
        outs[t], fgs[t] = h, f
    return torch.stack(outs), torch.stack(fgs)


def test_forget_gates_and_outputs_match_a_hand_written_cell() -> None:
    torch.manual_seed(0)
    cfg = TaggerConfig(
        vocab_size=50, suffix_buckets=64, word_dim=12, suffix_dim=6, hidden=10, layers=3
    )
    model = ConcordTagger(cfg).eval()
    lengths = torch.tensor([7, 3, 5, 1])
    words = torch.randint(1, 50, (4, 7))
    suffixes = torch.randint(0, 64, (4, 7, 3))
    case = torch.randint(0, 5, (4, 7))
    with torch.no_grad():
        out = model(words, suffixes, case, lengths)
        gates = forget_gates(model, out)
        for b, n in enumerate(lengths.tolist()):
            x = out.layer_inputs[0][b, :n]
            for layer, lstm in enumerate(model.lstms):
                fwd_h, fwd_f = reference_direction(x, lstm, reverse=False)
                bwd_h, bwd_f = reference_direction(x, lstm, reverse=True)
                expected = torch.cat([fwd_h, bwd_h], dim=-1)
                torch.testing.assert_close(
                    out.layer_outputs[layer][b, :n], expected, atol=1e-6, rtol=0
                )
                torch.testing.assert_close(gates[layer][0][b, :n], fwd_f, atol=1e-6, rtol=0)
                torch.testing.assert_close(gates[layer][1][b, :n], bwd_f, atol=1e-6, rtol=0)
                x = expected  # eval mode: no dropout between layers


def test_gates_are_a_different_thing_from_outputs() -> None:
    """Guard against a test that passes by comparing a tensor with itself."""
    torch.manual_seed(1)
    model = ConcordTagger(
        TaggerConfig(vocab_size=10, suffix_buckets=16, word_dim=4, suffix_dim=4, hidden=3)
    ).eval()
    with torch.no_grad():
        out = model(
            torch.tensor([[1, 2, 3]]),
            torch.zeros(1, 3, 3, dtype=torch.long),
            torch.zeros(1, 3, dtype=torch.long),
            torch.tensor([3]),
        )
        fwd, _ = forget_gates(model, out)[0]
    assert not torch.allclose(fwd, out.layer_outputs[0][..., :3])
    assert bool(((fwd > 0) & (fwd < 1)).all())
