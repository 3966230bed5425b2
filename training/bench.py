"""Speed and memory of a model folder through the checker the service uses.

    python -m training.bench --model model/shipped

Reports medians over repeated runs (this machine is shared and noisy): load time, latency of
one 30-token sentence with and without full gates, batch throughput, peak resident memory and
the folder's size on disk. The sentence carries an agreement error, so the parser weighs its
flag every time (the slow path; ``sentence_flagged`` says whether the model flags it, and a
model that does not is measured on the fast path only); the same figures for its corrected
twin are the ``clean_`` ones. The parser sees the twin only when the network gives one of its
words at least the lowest cut-off, and since -85 (MATCHES at 0.01) its *knows* does. With
``--text FILE`` (JSON lines with ``tokens`` or ``text``, such as a build's ``clean_dev.jsonl``)
it also times ordinary text: the first ``--text-n`` sentences in one call, the median of three
runs. With ``--new-words N`` it measures only memory over time: the resident memory gained as
N never-seen words go through the tokenizer and the parser. Run it alone and compare numbers
only within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import string
import time
from pathlib import Path

import torch

from model.checker import Checker
from model.tokenize import tokenize

REPO = Path(__file__).resolve().parent.parent
SENTENCE = (
    "The keys to the old cabinet near the windows of the library on the second floor is "
    "lost again , and nobody in the offices knows where they are now ."
)
CLEAN = SENTENCE.replace(" floor is ", " floor are ")


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 3)


def read_text(path: Path, n: int) -> list[str]:
    """The first ``n`` sentences of a JSON-lines file, from ``text`` or joined ``tokens``."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out.append(rec["text"] if "text" in rec else " ".join(rec["tokens"]))
            if len(out) == n:
                break
    return out


def _resident_mb() -> float:
    """The process's resident memory now (Linux), or its peak where /proc is not there."""
    statm = Path("/proc/self/statm")
    if statm.exists():
        return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_growth(checker: Checker, words: int, step: int = 100_000) -> dict[str, float]:
    """Resident memory gained (MB) after every ``step`` never-seen words (random nine-letter
    strings, 20 a sentence) through the checker's tokenizer and parser: spaCy keeps each word
    it meets, up to the vocabularies' bounds (``KEPT_WORDS``)."""
    rnd = random.Random(0)
    base, out = _resident_mb(), {}
    for k in range(1, words // 20 + 1):
        fresh = ["".join(rnd.choices(string.ascii_lowercase, k=9)) for _ in range(20)]
        tokenize(" ".join(fresh))
        if checker.syntax is not None:
            checker.syntax.parse(fresh)
        if k * 20 % step == 0:
            out[str(k * 20)] = round(_resident_mb() - base, 1)
    return out


def bench(model: Path, repeat: int, threads: int, text: list[str] | None = None) -> dict:
    """Measure one model folder (and, given ``text``, its throughput on those sentences);
    returns the numbers it prints."""
    torch.set_num_threads(threads)
    t0 = time.perf_counter()
    checker = Checker.load(model)
    load_s = time.perf_counter() - t0
    first = checker.check_sentences([SENTENCE])[0]  # also the warm-up
    batch = [SENTENCE] * 256
    n_tokens = len(first.tokens)
    batch_ms = _median_ms(lambda: checker.check_sentences(batch), max(3, repeat // 20))
    clean_ms = _median_ms(lambda: checker.check_sentences([CLEAN] * 256), max(3, repeat // 20))
    size = sum(p.stat().st_size for p in model.rglob("*") if p.is_file())
    found = {}
    if text:
        text_ms = _median_ms(lambda: checker.check_sentences(text), 3)
        found = {
            "text_sentences": len(text),
            "text_sentences_per_s": round(len(text) / (text_ms / 1000), 1),
        }
    return {
        "model": str(model),
        "torch_threads": threads,
        "tokens_in_sentence": n_tokens,
        # the slow path is measured only if the model flags the sentence (and so parses it)
        "sentence_flagged": bool(first.flags),
        "load_seconds": round(load_s, 2),
        "one_sentence_ms_median": _median_ms(lambda: checker.check_sentences([SENTENCE]), repeat),
        "one_sentence_full_gates_ms_median": _median_ms(
            lambda: checker.check_sentences([SENTENCE], gates="full"), repeat
        ),
        "batch_256_sentences_per_s": round(256 / (batch_ms / 1000), 1),
        "clean_one_sentence_ms_median": _median_ms(
            lambda: checker.check_sentences([CLEAN]), repeat
        ),
        "clean_batch_256_sentences_per_s": round(256 / (clean_ms / 1000), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "folder_mb": round(size / 1e6, 2),
        **found,
    }


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=REPO / "model" / "shipped")
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--text", type=Path, help="JSON lines of ordinary sentences to time")
    ap.add_argument("--text-n", type=int, default=3000, help="how many of them")
    ap.add_argument(
        "--new-words",
        type=int,
        default=0,
        help="then feed this many never-seen words, "
        "reporting resident memory gained per 100,000 (only this, without the timings)",
    )
    args = ap.parse_args()
    if args.new_words:
        growth = memory_growth(Checker.load(args.model), args.new_words)
        print(json.dumps({"model": str(args.model), "rss_growth_mb_by_words": growth}, indent=1))
        return
    text = read_text(args.text, args.text_n) if args.text else None
    print(json.dumps(bench(args.model, args.repeat, args.threads, text), indent=1))


if __name__ == "__main__":
    main()
