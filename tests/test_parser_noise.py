"""Corrupted copies of treebank sentences for the parser (training/parser_noise.py)."""

from __future__ import annotations

from pathlib import Path

from training.parser import write_conllu
from training.parser_noise import corrupted_copies, flip

# ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
SENTENCE = [
    "# sent_id = s1",
    "# text = The keys are lost and they doesn't care.",
    "1\tThe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_",
    "2\tkeys\tkey\tNOUN\tNNS\tNumber=Plur\t4\tnsubj:pass\t_\t_",
    "3\tare\tbe\tAUX\tVBP\tMood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin\t4\taux:pass\t_\t_",
    "4\tlost\tlose\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\t_",
    "5-6\tdoesn't\t_\t_\t_\t_\t_\t_\t_\t_",
    "5\tdoes\tdo\tAUX\tVBZ\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t7\taux\t_\t_",
    "6\tn't\tnot\tPART\tRB\tPolarity=Neg\t7\tadvmod\t_\t_",
    "7\tcare\tcare\tVERB\tVB\tVerbForm=Inf\t4\tconj\t_\t_",
    "",
]


def _cols(n: int) -> list[str]:
    return SENTENCE[n].split("\t")


def test_a_flipped_word_takes_the_tag_and_features_of_its_new_form() -> None:
    are = flip(_cols(4))
    assert are is not None
    assert (are[1], are[4]) == ("is", "VBZ")
    assert "Number=Sing" in are[5] and "VerbForm=Fin" in are[5]
    keys = flip(_cols(3))
    assert keys is not None and (keys[1], keys[4], keys[5]) == ("key", "NN", "Number=Sing")
    the = flip(_cols(2))
    assert the is None  # an article has no other number
    this = flip(
        ["1", "This", "this", "DET", "DT", "Number=Sing|PronType=Dem", "2", "det", "_", "_"]
    )
    assert this is not None and (this[1], this[5]) == ("These", "Number=Plur|PronType=Dem")


def test_a_copy_keeps_the_tree_and_changes_one_word_outside_multi_word_tokens() -> None:
    lines = list(corrupted_copies(SENTENCE, rate=1.0, seed=0))
    blank = lines.index("")
    original, copy = lines[:blank], lines[blank + 1 : -1]
    assert original == SENTENCE[:-1]
    assert not any(line.startswith("# text") for line in copy)  # the text would be stale
    rows = [line.split("\t") for line in copy if not line.startswith("#")]
    before = [line.split("\t") for line in original if not line.startswith("#")]
    changed = [r for r, b in zip(rows, before, strict=True) if r != b]
    assert len(changed) == 1
    assert changed[0][0] in ("2", "3")  # *does* sits inside *doesn't*
    assert [(r[6], r[7]) for r in rows] == [(b[6], b[7]) for b in before]


def test_rate_zero_adds_nothing_and_a_seed_repeats() -> None:
    assert list(corrupted_copies(SENTENCE, rate=0.0)) == SENTENCE
    many = SENTENCE * 20
    assert list(corrupted_copies(many, 0.5, seed=3)) == list(corrupted_copies(many, 0.5, seed=3))


def test_the_training_file_gets_the_copies_and_a_flipped_test_file_only_them(
    tmp_path: Path,
) -> None:
    source = tmp_path / "doc.conllu"
    source.write_text("\n".join(SENTENCE) + "\n", encoding="utf-8")
    both = write_conllu([source], tmp_path / "train.conllu", corrupt=1.0)
    only = write_conllu([source], tmp_path / "flipped.conllu", 1.0, originals=False)
    assert (both["sentences"], only["sentences"]) == (2, 1)
    assert "-flipped" in (tmp_path / "flipped.conllu").read_text(encoding="utf-8")
