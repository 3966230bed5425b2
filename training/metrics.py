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


def suggestion_scores(
    gold: list[list[str]], fixes: list[list[str | None]], suggested: list[dict[int, list[str]]]
) -> dict:
    """How often a flag on a real error offers the word that was there before the error.

    ``fixes`` holds the original word of every corrupted token (None elsewhere); ``suggested``
    maps each flagged token to its suggestions, best first. Per gold type and over all: the
    flags on corrupted tokens (``flags``), the share whose first suggestion is the original
    word (``first``) and the share that offers it anywhere (``any``); case is ignored.
    """
    counts = {t: [0, 0, 0] for t in TYPES}
    for labels, originals, flagged in zip(gold, fixes, suggested, strict=True):
        for j, options in flagged.items():
            if labels[j] == "OK" or originals[j] is None:
                continue
            want = originals[j].lower()
            lowered = [o.lower() for o in options]
            c = counts[labels[j]]
            c[0] += 1
            c[1] += int(bool(lowered) and lowered[0] == want)
            c[2] += int(want in lowered)
    counts["all"] = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {
        t: {
            "flags": c[0],
            "first": round(c[1] / c[0], 4) if c[0] else 0.0,
            "any": round(c[2] / c[0], 4) if c[0] else 0.0,
        }
        for t, c in counts.items()
    }
