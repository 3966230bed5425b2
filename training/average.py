"""Average the weights of two model folders: a fine-tuned network and the one it started from.

    python -m training.average --a build/model-ft11 --b build/m5 --weight 0.5 --out build/avg

A fine-tune on new data (the past-time twins of ``training/past_time.py``) teaches new errors
and loses a little of what the starting network knew; averaging the two state dicts, weight
``w`` on ``a``, keeps much of both (weight-space ensembling, as in Wortsman et al. 2022,
"Robust fine-tuning of zero-shot models"). Both folders must share sizes and vocabulary, which
``--init`` fine-tuning guarantees. The result has ``a``'s config and vocabulary and is not
calibrated: run ``training.calibrate`` on it next.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from model.checker import load_network, save_model


def average(a: Path, b: Path, weight: float) -> dict[str, torch.Tensor]:
    """``weight`` * a's weights + (1 - ``weight``) * b's; ValueError if they do not match."""
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"weight must be between 0 and 1, got {weight}")
    net_a, vocab_a, _ = load_network(a)
    net_b, vocab_b, _ = load_network(b)
    if net_a.cfg != net_b.cfg:
        raise ValueError(f"config.json: tagger sizes differ between {a} and {b}")
    if vocab_a.words != vocab_b.words:
        raise ValueError(f"vocab.json: vocabularies differ between {a} and {b}")
    state_b = net_b.state_dict()
    return {k: weight * v + (1.0 - weight) * state_b[k] for k, v in net_a.state_dict().items()}


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--a", type=Path, required=True, help="the fine-tuned model folder")
    ap.add_argument("--b", type=Path, required=True, help="the folder it was fine-tuned from")
    ap.add_argument("--weight", type=float, default=0.5, help="share of --a in the average")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    network, vocab, meta = load_network(args.a)
    network.load_state_dict(average(args.a, args.b, args.weight))
    meta.pop("tagger", None)
    meta["averaged"] = {"a": str(args.a), "b": str(args.b), "weight": args.weight}
    save_model(args.out, network, vocab, meta)
    print(json.dumps(meta["averaged"]))


if __name__ == "__main__":
    main()
