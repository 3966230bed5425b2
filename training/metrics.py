"""Token-level precision, recall and F0.5 per error type, shared by training and evaluation."""

from __future__ import annotations

from model.labels import ErrorType

TYPES = [t.value for t in ErrorType if t is not ErrorType.OK]


def f_beta(tp: int, fp: int, fn: int, beta: float = 0.5) -> tuple[float, float, float]:
    """Precision, recall and F-beta (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    b2 = beta * beta
    f = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
    return p, r, f


def _prf(tp: int, fp: int, fn: int) -> dict:
    p, r, f = f_beta(tp, fp, fn)
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f05": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def type_scores(
    gold: list[list[str]], guesses: list[dict[int, str]], ignore: list[list[bool]] | None = None
) -> dict:
    """Scores per type and over all types.

    ``gold`` has one label per token; ``guesses`` maps each flagged token to the guessed type.
    A hit needs the right type at the right token; a flag of the wrong type is a miss of the
    gold type and a false alarm of the guessed one. Tokens marked in ``ignore`` (touched by an
    error we do not model) are never false alarms.
    """
    counts = {t: [0, 0, 0] for t in TYPES}
    for k, (labels, flagged) in enumerate(zip(gold, guesses, strict=True)):
        for j, g in enumerate(labels):
            guess = flagged.get(j)
            if g != "OK":
                counts[g][0 if guess == g else 2] += 1
                if guess and guess != g:
                    counts[guess][1] += 1
            elif guess and not (ignore and ignore[k][j]):
                counts[guess][1] += 1
    out = {t: _prf(*c) for t, c in counts.items()}
    out["all"] = _prf(*[sum(c[i] for c in counts.values()) for i in range(3)])
    return out
