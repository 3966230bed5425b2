"""Tiny hand-parsed sentences that the injectors' docstring examples and tests run on."""

from __future__ import annotations

from training.conllu import Sentence, Token


def _t(form: str, lemma: str, upos: str, xpos: str, feats: str, head: int, rel: str) -> Token:
    pairs = dict(kv.split("=") for kv in feats.split("|")) if feats else {}
    return Token(form, lemma, upos, xpos, pairs, head, rel)


FIN_PRES_PL = "Mood=Ind|Tense=Pres|VerbForm=Fin"
FIN_PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
FIN_PRES_SG = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"

EXAMPLES: dict[str, list[Token]] = {
    # The keys to the cabinet are lost .
    "keys_are": [
        _t("The", "the", "DET", "DT", "", 1, "det"),
        _t("keys", "key", "NOUN", "NNS", "Number=Plur", 6, "nsubj:pass"),
        _t("to", "to", "ADP", "IN", "", 4, "case"),
        _t("the", "the", "DET", "DT", "", 4, "det"),
        _t("cabinet", "cabinet", "NOUN", "NN", "Number=Sing", 1, "nmod"),
        _t("are", "be", "AUX", "VBP", FIN_PRES_PL, 6, "aux:pass"),
        _t("lost", "lose", "VERB", "VBN", "Tense=Past|VerbForm=Part|Voice=Pass", -1, "root"),
        _t(".", ".", "PUNCT", ".", "", 6, "punct"),
    ],
    # These books are old .
    "these_books": [
        _t("These", "this", "DET", "DT", "Number=Plur|PronType=Dem", 1, "det"),
        _t("books", "book", "NOUN", "NNS", "Number=Plur", 3, "nsubj"),
        _t("are", "be", "AUX", "VBP", FIN_PRES_PL, 3, "cop"),
        _t("old", "old", "ADJ", "JJ", "Degree=Pos", -1, "root"),
        _t(".", ".", "PUNCT", ".", "", 3, "punct"),
    ],
    # He has gone .
    "has_gone": [
        _t("He", "he", "PRON", "PRP", "Number=Sing|Person=3|PronType=Prs", 2, "nsubj"),
        _t(
            "has",
            "have",
            "AUX",
            "VBZ",
            "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            2,
            "aux",
        ),
        _t("gone", "go", "VERB", "VBN", "Tense=Past|VerbForm=Part", -1, "root"),
        _t(".", ".", "PUNCT", ".", "", 2, "punct"),
    ],
    # Yesterday she walked home .
    "yesterday_walked": [
        _t("Yesterday", "yesterday", "NOUN", "NN", "Number=Sing", 2, "obl:tmod"),
        _t("she", "she", "PRON", "PRP", "Number=Sing|Person=3|PronType=Prs", 2, "nsubj"),
        _t("walked", "walk", "VERB", "VBD", FIN_PAST, -1, "root"),
        _t("home", "home", "ADV", "RB", "", 2, "advmod"),
        _t(".", ".", "PUNCT", ".", "", 2, "punct"),
    ],
    # Yesterday I was tired .
    "yesterday_i_was": [
        _t("Yesterday", "yesterday", "NOUN", "NN", "Number=Sing", 3, "obl:tmod"),
        _t("I", "I", "PRON", "PRP", "Case=Nom|Number=Sing|Person=1|PronType=Prs", 3, "nsubj"),
        _t("was", "be", "AUX", "VBD", "Number=Sing|Person=1|" + FIN_PAST, 3, "cop"),
        _t("tired", "tired", "ADJ", "JJ", "Degree=Pos", -1, "root"),
        _t(".", ".", "PUNCT", ".", "", 3, "punct"),
    ],
    # In 1998 he bought a house that she liked .
    "bought_a_house_she_liked": [
        _t("In", "in", "ADP", "IN", "", 1, "case"),
        _t("1998", "1998", "NUM", "CD", "NumType=Card", 3, "obl"),
        _t("he", "he", "PRON", "PRP", "Number=Sing|Person=3|PronType=Prs", 3, "nsubj"),
        _t("bought", "buy", "VERB", "VBD", FIN_PAST, -1, "root"),
        _t("a", "a", "DET", "DT", "", 5, "det"),
        _t("house", "house", "NOUN", "NN", "Number=Sing", 3, "obj"),
        _t("that", "that", "PRON", "WDT", "PronType=Rel", 8, "obj"),
        _t("she", "she", "PRON", "PRP", "Number=Sing|Person=3|PronType=Prs", 8, "nsubj"),
        _t("liked", "like", "VERB", "VBD", FIN_PAST, 5, "acl:relcl"),
        _t(".", ".", "PUNCT", ".", "", 3, "punct"),
    ],
    # The farmer who hates the officers leaves .
    "farmer_who_hates": [
        _t("The", "the", "DET", "DT", "", 1, "det"),
        _t("farmer", "farmer", "NOUN", "NN", "Number=Sing", 6, "nsubj"),
        _t("who", "who", "PRON", "WP", "PronType=Rel", 3, "nsubj"),
        _t("hates", "hate", "VERB", "VBZ", FIN_PRES_SG, 1, "acl:relcl"),
        _t("the", "the", "DET", "DT", "", 5, "det"),
        _t("officers", "officer", "NOUN", "NNS", "Number=Plur", 3, "obj"),
        _t("leaves", "leave", "VERB", "VBZ", FIN_PRES_SG, -1, "root"),
        _t(".", ".", "PUNCT", ".", "", 6, "punct"),
    ],
    # The author waits and complains , and they listen .
    "waits_and_complains": [
        _t("The", "the", "DET", "DT", "", 1, "det"),
        _t("author", "author", "NOUN", "NN", "Number=Sing", 2, "nsubj"),
        _t("waits", "wait", "VERB", "VBZ", FIN_PRES_SG, -1, "root"),
        _t("and", "and", "CCONJ", "CC", "", 4, "cc"),
        _t("complains", "complain", "VERB", "VBZ", FIN_PRES_SG, 2, "conj"),
        _t(",", ",", "PUNCT", ",", "", 8, "punct"),
        _t("and", "and", "CCONJ", "CC", "", 8, "cc"),
        _t("they", "they", "PRON", "PRP", "Number=Plur|Person=3|PronType=Prs", 8, "nsubj"),
        _t("listen", "listen", "VERB", "VBP", FIN_PRES_PL, 2, "conj"),
        _t(".", ".", "PUNCT", ".", "", 2, "punct"),
    ],
    # There are a lot of cars .
    "a_lot_of_cars": [
        _t("There", "there", "PRON", "EX", "", 1, "expl"),
        _t("are", "be", "VERB", "VBP", FIN_PRES_PL, -1, "root"),
        _t("a", "a", "DET", "DT", "", 3, "det"),
        _t("lot", "lot", "NOUN", "NN", "Number=Sing", 1, "nsubj"),
        _t("of", "of", "ADP", "IN", "", 5, "case"),
        _t("cars", "car", "NOUN", "NNS", "Number=Plur", 3, "nmod"),
        _t(".", ".", "PUNCT", ".", "", 1, "punct"),
    ],
    # The dogs barked loudly .
    "dogs_barked": [
        _t("The", "the", "DET", "DT", "", 1, "det"),
        _t("dogs", "dog", "NOUN", "NNS", "Number=Plur", 2, "nsubj"),
        _t("barked", "bark", "VERB", "VBD", FIN_PAST, -1, "root"),
        _t("loudly", "loudly", "ADV", "RB", "", 2, "advmod"),
        _t(".", ".", "PUNCT", ".", "", 2, "punct"),
    ],
    # As if he were here .
    "as_if_he_were": [
        _t("As", "as", "SCONJ", "IN", "", 4, "mark"),
        _t("if", "if", "SCONJ", "IN", "", 0, "fixed"),
        _t("he", "he", "PRON", "PRP", "Number=Sing|Person=3|PronType=Prs", 4, "nsubj"),
        _t("were", "be", "AUX", "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin", 4, "cop"),
        _t("here", "here", "ADV", "RB", "", -1, "root"),
        _t(".", ".", "PUNCT", ".", "", 4, "punct"),
    ],
    # He sold his old car yesterday .
    "sold_his_old_car": [
        _t("He", "he", "PRON", "PRP", "Number=Sing|Person=3|PronType=Prs", 1, "nsubj"),
        _t("sold", "sell", "VERB", "VBD", FIN_PAST, -1, "root"),
        _t("his", "he", "PRON", "PRP$", "Poss=Yes|PronType=Prs", 4, "nmod:poss"),
        _t("old", "old", "ADJ", "JJ", "Degree=Pos", 4, "amod"),
        _t("car", "car", "NOUN", "NN", "Number=Sing", 1, "obj"),
        _t("yesterday", "yesterday", "NOUN", "NN", "Number=Sing", 1, "obl:tmod"),
        _t(".", ".", "PUNCT", ".", "", 1, "punct"),
    ],
    # Ann and I have met at home .
    "ann_and_i_have_met": [
        _t("Ann", "Ann", "PROPN", "NNP", "Number=Sing", 4, "nsubj"),
        _t("and", "and", "CCONJ", "CC", "", 2, "cc"),
        _t("I", "I", "PRON", "PRP", "Number=Sing|Person=1|PronType=Prs", 0, "conj"),
        _t("have", "have", "AUX", "VBP", FIN_PRES_PL, 4, "aux"),
        _t("met", "meet", "VERB", "VBN", "Tense=Past|VerbForm=Part", -1, "root"),
        _t("at", "at", "ADP", "IN", "", 6, "case"),
        _t("home", "home", "NOUN", "NN", "Number=Sing", 4, "obl"),
        _t(".", ".", "PUNCT", ".", "", 4, "punct"),
    ],
    # He got the job by working hard .
    "by_working": [
        _t("He", "he", "PRON", "PRP", "Number=Sing|Person=3|PronType=Prs", 1, "nsubj"),
        _t("got", "get", "VERB", "VBD", FIN_PAST, -1, "root"),
        _t("the", "the", "DET", "DT", "Definite=Def|PronType=Art", 3, "det"),
        _t("job", "job", "NOUN", "NN", "Number=Sing", 1, "obj"),
        _t("by", "by", "SCONJ", "IN", "", 5, "mark"),
        _t("working", "work", "VERB", "VBG", "VerbForm=Ger", 1, "advcl"),
        _t("hard", "hard", "ADV", "RB", "Degree=Pos", 5, "advmod"),
        _t(".", ".", "PUNCT", ".", "", 1, "punct"),
    ],
    # What dishes would you recommend today ?
    "what_dishes_would_you": [
        _t("What", "what", "DET", "WDT", "PronType=Int", 1, "det"),
        _t("dishes", "dish", "NOUN", "NNS", "Number=Plur", 4, "obj"),
        _t("would", "would", "AUX", "MD", "VerbForm=Fin", 4, "aux"),
        _t("you", "you", "PRON", "PRP", "Person=2|PronType=Prs", 4, "nsubj"),
        _t("recommend", "recommend", "VERB", "VB", "VerbForm=Inf", -1, "root"),
        _t("today", "today", "NOUN", "NN", "Number=Sing", 4, "obl:tmod"),
        _t("?", "?", "PUNCT", ".", "", 4, "punct"),
    ],
}


def parse_example(name: str) -> Sentence:
    """A fresh copy of one example sentence."""
    return Sentence("example", name, [Token(**vars(t)) for t in EXAMPLES[name]])
