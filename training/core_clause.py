"""Core-clause twins: a sentence cut down to its subject, verb and object (*The senator smiles.*).

The corpora's sentences are long, so the network met few short clauses and reads many of them
as noun phrases: *The senator smile.* looks like a title to it (error probability 0.02 under
version -6), though a subject and a bare verb side by side is the plainest agreement error there
is. (Version -7, trained with these twins, still gives it 0.018: verbs that are also nouns need
more than this; what the twins did change is in the model card.)
Here a sentence whose main verb has one subject before it gives a twin that keeps only the
subject's core (its determiner, adjectives and compounds), the verb with its auxiliaries,
negation and particle, its object's core, and a verb coordinated with it (*The soldier cries
and sings.*). The twin is grammatical and keeps the sentence's words and parse; the data build
then corrupts it, or not, like any other sentence.

>>> from training.inject.examples import parse_example
>>> twin = core_clause(parse_example("farmer_who_hates"))
>>> " ".join(t.form for t in twin.tokens), [t.head for t in twin.tokens]
('The farmer leaves .', [1, 2, -1, 2])
"""

from __future__ import annotations

import random

from lemminflect import getInflection

from model.agreement import SG, SUBJ_RELS, Agreement, agreements, verb_number
from model.syntax import Sentence, Token
from training.augment import PhrasePool, contiguous, relocated, with_head

# A main verb with one of these needs it to stay a whole sentence (*She said that …*, *He
# wants to go*), or has a subject after it (*There remain …*).
NEEDS = {"xcomp", "ccomp", "csubj", "csubj:pass", "expl", "cop", "iobj"}
# Words kept between the subject and the verb besides auxiliaries: negation and a few adverbs
# that never need a comma.
KEPT_ADVERBS = {"not", "n't", "never", "also", "often", "always", "usually", "still", "already"}
# A noun keeps these of its modifiers when its whole phrase is too long.
CORE_RELS = {"det", "amod", "compound", "nummod", "nmod:poss", "det:poss"}
# A noun that loses one of these is no longer the same phrase (*his doctorate*, *Isabel and I*)
MUST_KEEP = {"det", "nmod:poss", "det:poss", "conj", "cc"}
MAX_PHRASE = 4  # a noun phrase this long or shorter is kept whole
ENDS = {".", "!"}  # questions get no twin


def core_clause(sent: Sentence) -> Sentence | None:
    """The twin of ``sent`` cut down to its main clause's core, or None if it has none or is
    already that short."""
    roots = [i for i, t in enumerate(sent.tokens) if t.head < 0]
    if len(roots) != 1 or sent.tokens[roots[0]].upos != "VERB":
        return None
    root = roots[0]
    kids = sent.children(root)
    if sent.tokens[-1].form == "?" or any(sent.tokens[k].deprel in NEEDS for k in kids):
        return None
    subjects = [k for k in kids if sent.tokens[k].deprel in SUBJ_RELS]
    if len(subjects) != 1 or subjects[0] > root:
        return None
    if any(k < subjects[0] and sent.tokens[k].deprel in ("aux", "aux:pass", "obj") for k in kids):
        return None  # a question or inversion (*Not only is an individual precluded*)
    subject = noun_core(sent, subjects[0])
    after = _after_verb(sent, root)
    if subject is None or after is None:
        return None
    kept = subject + [k for k in kids if subject[-1] < k < root and _between(sent, k)]
    kept += [root, *after, *_conjunct(sent, root, kids)]
    if len(kept) + 1 >= len(sent.tokens):
        return None
    return _rebuild(sent, sorted(kept), root)


def noun_core(sent: Sentence, i: int) -> list[int] | None:
    """The indices of a subject's or object's core: the whole phrase if short and plain, else
    the noun with its determiner, adjectives and compounds; None if they are not adjacent."""
    tok = sent.tokens[i]
    if tok.upos == "PRON":
        return [i] if tok.feats.get("PronType") == "Prs" else None
    if tok.upos not in ("NOUN", "PROPN"):
        return None
    whole = sent.subtree(i)
    if _short_and_plain(sent, whole, ("PUNCT", "VERB", "AUX", "PRON")):
        return whole
    core = [i] + [
        k
        for k in sent.children(i)
        if k < i and sent.tokens[k].deprel in CORE_RELS and sent.subtree(k) == [k]
    ]
    core.sort()
    lost = [k for k in sent.children(i) if k not in core and sent.tokens[k].deprel in MUST_KEEP]
    return core if contiguous(core) and not lost else None


def _between(sent: Sentence, k: int) -> bool:
    tok = sent.tokens[k]
    if tok.deprel in ("aux", "aux:pass"):
        return True
    return tok.deprel == "advmod" and tok.form.lower() in KEPT_ADVERBS


def _after_verb(sent: Sentence, verb: int) -> list[int] | None:
    """A verb's particle and its first object's core, or else its first short oblique (*moved
    to left field*), when they follow it; None if its object has no core (*reads what she
    wrote*): without its object the verb reads oddly."""
    out = []
    for k in sent.children(verb):
        if k < verb:
            continue
        rel = sent.tokens[k].deprel
        if rel == "compound:prt":
            out.append(k)
        elif rel == "obj":
            obj = noun_core(sent, k)
            return None if obj is None else out + obj
        elif rel == "obl" and _short_and_plain(sent, sent.subtree(k), ("PUNCT", "VERB", "AUX")):
            return out + sent.subtree(k)
    return out


def _short_and_plain(sent: Sentence, ids: list[int], banned: tuple[str, ...]) -> bool:
    """A phrase kept whole: at most ``MAX_PHRASE`` adjacent words, none of a ``banned`` class."""
    plain = all(sent.tokens[k].upos not in banned for k in ids)
    return len(ids) <= MAX_PHRASE and contiguous(ids) and plain


def _conjunct(sent: Sentence, root: int, kids: list[int]) -> list[int]:
    """The first verb coordinated with the root that shares its subject, with its *and*."""
    for k in kids:
        tok = sent.tokens[k]
        if tok.deprel != "conj" or tok.upos != "VERB" or k < root:
            continue
        own = sent.children(k)
        if any(sent.tokens[c].deprel in SUBJ_RELS or sent.tokens[c].deprel in NEEDS for c in own):
            return []
        cc = [c for c in own if sent.tokens[c].deprel == "cc" and c < k]
        if len(cc) != 1:
            return []
        between = [c for c in own if cc[0] < c < k and _between(sent, c)]
        after = _after_verb(sent, k)
        return [] if after is None else [*cc, *between, k, *after]
    return []


def _rebuild(sent: Sentence, kept: list[int], root: int) -> Sentence:
    """A new sentence of the ``kept`` tokens in order, re-headed, with final punctuation."""
    new_index = {old: n for n, old in enumerate(kept)}
    tokens = []
    for old in kept:
        tok = sent.tokens[old]
        head = -1 if old == root else new_index.get(tok.head, new_index[root])
        tokens.append(with_head(tok, head))
        tokens[-1].space_after = True
    tokens[-1].space_after = False
    last = sent.tokens[-1]
    end = last.form if last.form in ENDS else "."
    tokens.append(Token(end, end, "PUNCT", ".", {}, new_index[root], "punct"))
    first = tokens[0]
    if kept[0] != 0 and first.form[:1].islower():
        first.form = first.form[:1].upper() + first.form[1:]
    return Sentence(sent.doc_id, sent.sent_id + "+core", tokens, sent.source, sent.genre)


MAX_PREDICATE = 7  # a harvested predicate's verb and the words after it, at most


def harvest_predicate(sent: Sentence, pool: PhrasePool) -> None:
    """Add the predicate of ``sent``'s core clause to ``pool.predicates``: its main verb, a
    finite one with no auxiliary and not *be*, *have* or *do*, and what follows it there, short
    of a conjunct (*builds wooden boats*). A conjunct twin puts it after another core clause's
    verb."""
    core = core_clause(sent)
    if core is None:
        return
    root = next(i for i, t in enumerate(core.tokens) if t.head < 0)
    verb = core.tokens[root]
    if verb.upos != "VERB" or verb.lemma.lower() in ("be", "have", "do") or not verb.form.isalpha():
        return
    if verb.xpos not in ("VBZ", "VBP", "VBD") or any(
        core.tokens[k].deprel in ("aux", "aux:pass") for k in core.children(root)
    ):
        return  # a finite verb of its own, so that its present forms fit the subject alone
    end = len(core.tokens) - 1  # the final punctuation
    for k in range(root + 1, end):
        if core.tokens[k].deprel in ("cc", "conj") and core.tokens[k].head in (root, k + 1):
            end = k
            break
    ids = list(range(root, end))
    if len(ids) > MAX_PREDICATE or any(core.tokens[k].upos == "PUNCT" for k in ids):
        return
    if any(core.tokens[k].head not in ids for k in ids if k != root):
        return
    pool.predicates.append([relocated(core.tokens[k], ids) for k in ids])


def conjunct_twin(
    core: Sentence, pool: PhrasePool, rng: random.Random
) -> tuple[Sentence, Agreement] | None:
    """``core`` (a core clause whose verb is a present one carrying agreement, with no
    conjunct) followed by *and* and a harvested predicate, its verb put in the present for the
    subject's number (*The lawyer builds wooden boats | and prefers to walk*): the shape of
    the minimal pairs' *vp_coordination*, which the corpora hold little of. Returns the new
    sentence and the conjunct's pair."""
    root = next((i for i, t in enumerate(core.tokens) if t.head < 0), None)
    if root is None or not pool.predicates:
        return None
    tok = core.tokens[root]
    kids = core.children(root)
    if verb_number(tok) is None or any(core.tokens[k].deprel in ("conj", "aux") for k in kids):
        return None
    pairs = [p for p in agreements(core) if p.verb == root and p.kind == "subject"]
    if len(pairs) != 1:
        return None
    predicate = rng.choice(pool.predicates)
    lemma = predicate[0].lemma.lower()
    tag = "VBZ" if pairs[0].number == SG else "VBP"
    forms = getInflection(lemma, tag=tag)
    if not forms or lemma == tok.lemma.lower():
        return None
    tokens = [with_head(t, t.head) for t in core.tokens[:-1]]
    tokens[-1].space_after = True
    conj = len(tokens) + 1
    tokens.append(Token("and", "and", "CCONJ", "CC", {}, conj, "cc"))
    number = "Sing" if tag == "VBZ" else "Plur"
    feats = {"Mood": "Ind", "Number": number, "Person": "3", "Tense": "Pres", "VerbForm": "Fin"}
    tokens.append(Token(forms[0], lemma, "VERB", tag, feats, root, "conj"))
    for t in predicate[1:]:
        tokens.append(with_head(t, conj + t.head))
        tokens[-1].space_after = True
    end = core.tokens[-1]
    tokens[-1].space_after = False
    tokens.append(with_head(end, root))
    new = Sentence(core.doc_id, core.sent_id + "+conj", tokens, core.source, core.genre)
    found = [p for p in agreements(new) if p.verb == conj]
    return (new, found[0]) if found else None
