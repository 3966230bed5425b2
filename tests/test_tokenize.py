"""Tokens keep exact offsets, and the word the network reads leaves invisible characters out."""

from __future__ import annotations

import pytest

from model import tokenize as tokenize_module
from model.tokenize import sentences_with_tokens, tokenize, visible


def test_visible_drops_format_characters_and_keeps_the_rest() -> None:
    assert visible("\ufeffThe ke\u200bys i\u00ads lo\u200dst\u2060") == "The keys is lost"
    assert visible("na\u0308ive \u00a0 😀") == "na\u0308ive \u00a0 😀"  # marks, NBSP, emoji stay


def test_a_glued_invisible_character_stays_in_the_text_but_not_in_the_word() -> None:
    text = "\u200bThose book\u00ads are here."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["\u200bThose", "book\u00ads", "are", "here", "."]
    assert [t.word for t in tokens] == ["Those", "books", "are", "here", "."]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_tokens_of_only_invisible_characters_are_dropped_like_whitespace() -> None:
    text = "The \u200b keys \ufeff\u200d are here."
    assert [t.text for t in tokenize(text)] == ["The", "keys", "are", "here", "."]
    (sentence, tokens), *_ = sentences_with_tokens(text)
    assert [t.text for t in tokens] == ["The", "keys", "are", "here", "."]
    assert all(sentence.text[t.start : t.end] == t.text for t in tokens)


def test_text_of_nothing_but_invisible_characters_has_no_tokens() -> None:
    assert tokenize("\u200b\ufeff") == []
    assert sentences_with_tokens("\u200b \u200d") == []


def test_an_invisible_character_never_changes_where_the_tokenizer_splits() -> None:
    """*\u200bdon't* splits as *don't* does (*do*, *n't*), the mark kept in the first token."""
    text = "He \u200bdon't like it\u2060 ."
    tokens = tokenize(text)
    assert [t.word for t in tokens] == [t.word for t in tokenize(visible(text))]
    assert [t.text for t in tokens] == ["He", "\u200bdo", "n't", "like", "it\u2060", "."]
    assert all(text[t.start : t.end] == t.text for t in tokens)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("addressed me in these terms--", ["addressed", "me", "in", "these", "terms", "--"]),
        ("these terms-- and more", ["these", "terms", "--", "and", "more"]),
        ("--and so", ["--", "and", "so"]),
        ("a well-known man", ["a", "well", "-", "known", "man"]),  # one hyphen stays an infix
    ],
)
def test_a_dash_typed_as_hyphens_is_a_token_of_its_own(text: str, words: list[str]) -> None:
    spans = tokenize(text)
    assert [s.text for s in spans] == words
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_the_tokenizer_is_built_afresh_when_its_vocabulary_fills(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """spaCy keeps every word it meets; past :data:`KEPT_WORDS` a fresh tokenizer takes over
    and splits as the old one did (-87)."""
    text = "The keys to the cabinet aren't lost --they're here."
    before = tokenize(text)
    first = tokenize_module._nlp()
    monkeypatch.setattr(tokenize_module, "KEPT_WORDS", len(first.vocab) + 100)
    for k in range(30):
        tokenize(" ".join(f"fresh{k}w{j}" for j in range(10)))
    assert tokenize_module._nlp() is not first
    assert len(tokenize_module._nlp().vocab) <= tokenize_module.KEPT_WORDS + 10
    assert tokenize(text) == before
