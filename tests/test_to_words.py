"""The table of what follows each word before *to* (training.to_words), on tiny records."""

from __future__ import annotations

from collections import Counter

from training import to_words


def _record(text: str, errors: tuple[int, ...] = ()) -> dict:
    words = text.split()
    types = ["verb_form" if k in errors else "OK" for k in range(len(words))]
    return {"tokens": words, "types": types}


def test_the_to_table_counts_what_follows_each_word_before_to_in_clean_text() -> None:
    records = [
        _record("It led to the end ."),
        _record("It led to them ."),
        _record("We decided to ensure it ."),
        _record("We decided to provide food ."),
        _record("We decided to blue skies ."),  # neither sign: not counted
        _record("We decided to went .", errors=(3,)),  # next to an injected error: skipped
        _record("Once led to them ."),
    ]
    counts = to_words.count(records)
    assert counts["led"] == {"P": 3}
    assert counts["decided"] == {"I": 2}
    assert to_words.table(counts) == {"decided": [0, 2], "led": [3, 0]}
    assert to_words.table({"once": Counter(P=1)}) == {}  # a single use is left out
