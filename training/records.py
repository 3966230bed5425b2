"""A training record: a (corrupted) sentence re-tokenised by the checker's own tokenizer, with
one label per token."""

from __future__ import annotations

import json
from dataclasses import dataclass

from model.agreement import SG, Agreement
from model.labels import Correction, ErrorType
from model.tokenize import tokenize
from training.conllu import Sentence
from training.inject import Edit


@dataclass
class Record:
    """One training example after re-tokenisation."""

    doc: str
    source: str
    genre: str
    tokens: list[str]
    types: list[str]
    corrections: list[str]
    fixes: list[str | None]
    numbers: list[int]  # 0 not an agreeing verb, 1 singular subject, 2 plural subject
    pairs: list[dict]  # agreement pairs: verb index, attractors, distance, corrupted, kind
    augmented: bool = False

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)


def render(
    sent: Sentence, edits: list[Edit], pairs: list[Agreement], augmented: bool
) -> Record | None:
    """Text of the (corrupted) sentence, re-tokenised, with labels moved onto the new tokens."""
    wrong = {e.index: e for e in edits}
    text, spans = "", []
    for i, tok in enumerate(sent.tokens):
        form = wrong[i].wrong if i in wrong else tok.form
        spans.append((len(text), len(text) + len(form)))
        text += form + (" " if tok.space_after else "")
    where = {span: i for i, span in enumerate(spans)}
    toks = tokenize(text)
    back = [where.get((t.start, t.end)) for t in toks]
    found = {i for i in back if i is not None}
    if any(e.index not in found for e in edits) or any(p.verb not in found for p in pairs):
        return None  # an edited word or a verb was split differently: skip rather than mislabel
    number_of = {p.verb: (1 if p.number == SG else 2) for p in pairs}
    pair_of = {p.verb: p for p in pairs}
    rec = Record(
        sent.doc_id, sent.source, sent.genre, [t.text for t in toks], [], [], [], [], [], augmented
    )
    for j, i in enumerate(back):
        edit = wrong.get(i) if i is not None else None
        rec.types.append(edit.type.value if edit else ErrorType.OK.value)
        rec.corrections.append(edit.correction.value if edit else Correction.NONE.value)
        rec.fixes.append(edit.original if edit else None)
        rec.numbers.append(number_of.get(i, 0) if i is not None else 0)
        if i in pair_of:
            p = pair_of[i]
            rec.pairs.append(
                {
                    "verb": j,
                    "attractors": p.attractors,
                    "distance": p.distance,
                    "corrupted": i in wrong,
                    "kind": p.kind,
                }
            )
    return rec
