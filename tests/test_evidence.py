"""Parse evidence on flags (model/evidence.py) with the shipped parser, and its cut-offs."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import spacy
import torch
from lemminflect import getAllLemmas, getInflection

from model.checker import (
    Checker,
    Flag,
    SentenceResult,
    _fit_form,
    _LazyParse,
    _one_fix,
    _one_per_pair,
    load_network,
)
from model.evidence import (
    Evidence,
    Syntax,
    evidence,
    form_corrections,
    matched,
    may_match,
    may_read_childhood,
    may_read_dated,
    may_read_determiner,
    may_read_gerund,
    may_read_retyped,
    may_read_words,
    odd_noun,
    probed_agreement,
    reading_number,
    subject_of,
    weighed,
)
from model.inflect import suggest
from model.labels import Correction, ErrorType
from model.lexicon import all_lemmas, inflections, word_lemmas
from model.tense import (
    clause_past_frame,
    closing_past_phrase,
    names_judged_past,
    opening_deictic_phrase,
    opening_past_phrase,
)
from model.tokenize import Span, tokenize
from training.calibrate import (
    EVIDENCE,
    N_TYPES,
    NEVER,
    Weighed,
    _slot,
    _slot_name,
    choose_evidence_thresholds,
)
from training.metrics import f_beta

MODEL = Path(__file__).resolve().parents[1] / "model"
PROTOTYPE = "A prototype which fulfills the requirements was developed and thoroughly tested ."
SVA, DET = ErrorType.SUBJECT_VERB_AGREEMENT, ErrorType.DETERMINER_NOUN_AGREEMENT
FORM, TENSE = ErrorType.VERB_FORM, ErrorType.TENSE
UNKNOWN = Evidence.UNKNOWN
SUPPORTS = Evidence.SUPPORTS
CONTRA = Evidence.CONTRADICTS
VIRUS = (
    "This virus facilitates aggregation of amoeba hosts in order to replicate rapidly and have "
    "a supply of hosts ."
)
ERIE = (
    "He wants to upgrade the technology of Erie , redesign the city 's website , and hire a new "
    "coordinator ."
)
YESTERDAY_TITLE = (
    'These include the 2011 French graphic novel " Yesterday " by David Blot and Jérémie Royer .'
)
DATED_TO = (
    'The earliest fossil records of " Capromeryx " are dated to 5 million years ago , during the '
    "Pliocene ."
)
ARTISTS = "He seemed studying the landscape with a stranger 's and an artists 's interest ."
ALLEGED = (
    "the Act obliges the commissioner to investigate good - faith complaints related to alleged "
    "non - compliance of the Act ."
)
OPENED = "They demonstrated that the G- mode is unique to opened tubular graphene structures ."
HUMAN_RELATIONS = (
    "Between 1965 and 1968 she became a human relations consultant for the university ."
)
DIVING = (
    "This tends to happen in professional diving , where occupational health and safety "
    "concerns is closely monitored ."
)
DUTCH = (
    "One of the paradoxes of the Company is that the Dutch were the most liberal nation in Europe ."
)
LEST = (
    "It is able to access her suitcase , convincing her to talk lest he destroy them with a flare ."
)
MARK_BRENNAN = "Her friend Mark Brennan ( Scott McGregor ) pays Leo $ 10,000 for him to leave ."
DIPLOMATS = (
    "Altogether , an unprecedented 153 Russian diplomats were expelled by the end of March 2018 ."
)
THEREIN = (
    "The proposal should not provide a legal basis for purposes other than those mentioned"
    " therein ."
)
EPISODE_COUNT = (
    "The season had thirteen episodes , down from the twenty - two episode count of the two"
    " previous seasons ."
)
LAVA_DOMES = (
    "Pyroclastic flow deposits , generated during the growth of the lava domes , fill shallow"
    " valleys ."
)
MALE_ORDER = "Her representation of the female protagonist challenges the dominant male order ."
AZERBAIJAN = (
    "Buildings with materials such as these are fire hazards and Azerbaijan has a history of"
    " fires ."
)
INSTITUTIONS = "But the country of our institutions and our people were politically fragmented ."
PORTRAITS = "After completing his studies , he made a living painting portraits until 1950 ."
PIG_STIES = (
    "On the further side stood a small homestead , having a garden and pig - sties attached ."
)
CANAL_PLUS = (
    "At that point , she suggested to Canal Plus that she follow Barack Obama 's campaign ."
)
HEART_TESTS = (
    "As the year progressed , concerns about his heart continued , to the extent that in May it "
    "was suggested he go for tests at the Harefield Hospital ."
)
OFFICER = "The officer knows many foreign languages and"  # -81's coordinated verb
SPLIT = "the split has not been determined ."  # a `find` sentence of -85's first run
REGARDING = (
    "Regarding the origin of the tower 's name various hypotheses have been made : one "
    "concerns a possible ancient name of the valley ."
)
BAN_AND = (
    "The government 's ban on diesel vehicles within Athens and the early 1990s initiatives "
    "to improve car emissions have greatly contributed to better conditions ."
)
GRAPES = (
    'no evidence that grapes grown in " Sonoma County " have any single distinguishing feature .'
)
NEEDING_HELP = "A wonderful tutoring service for students needing help with school work ."
FOCKERS = "Comedy sequel Meet The Fockers , starring Jennifer Lopez , completed the top five ."
BIG_BUSINESS = '" Big business , this little Thrift Shop business " , say the members .'
BALAGUE = (
    'Journalist Guillem Balague writes : " In our country , where multi - culturalism is a new '
    "thing , we are in nappies dealing with these things , and have a naivety which makes the "
    "English nervous ."
)
THREE_SUBJECTS = (
    "The spirit of our towns , the hopes of our workers in their daily life , and the care "
    "which is needed for the growth of the industries of our wide land dictate the careful "
    "avoidance of any change ."
)
HOSE = "Occasionally a hose bursts due to damage , and a hose burst can empty a cylinder ."


@pytest.fixture(scope="module")
def syntax() -> Syntax:
    return Syntax.load(MODEL / "parser")


@pytest.mark.parametrize(
    ("sentence", "length"),
    [
        ("yesterday she walks", 1),
        ("yesterday evening , the man moves", 2),
        ("last week the dogs bark", 2),
        ("in 1998 he founds", 2),
        ("two days ago my brother buys", 3),
        ("a few weeks ago they move", 4),
        ("last of all he leaves", 0),
        ("in 3000 years", 0),
        ("she left two days ago", 0),
        ("she left days ago", 0),
        ("a while ago he leaves", 3),
        ("", 0),
    ],
)
def test_a_past_time_phrase_that_opens_the_sentence_is_measured(sentence: str, length: int) -> None:
    assert opening_past_phrase(sentence.split()) == length


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("she walks two days ago .", 2),
        ("she walks yesterday morning", 2),
        ("they move last week !", 2),
        ("he founds it in 1998 .", 3),
        ("she walks a few weeks ago .", 2),
        ("she left days ago .", -1),
        ("in 1998 he founds it .", -1),
        ("it is the last word .", -1),
        ("", -1),
    ],
)
def test_a_past_time_phrase_that_closes_the_sentence_is_found(sentence: str, start: int) -> None:
    assert closing_past_phrase(sentence.split()) == start


@pytest.mark.parametrize(
    ("sentence", "deictic"),
    [
        ("yesterday she walks", True),
        ("last week she walks", True),
        ("two days ago she walks", True),
        ("in 1998 she walks", False),  # a year: the historical present is common
        ("she walked yesterday", False),  # not an opening phrase
    ],
)
def test_an_opening_phrase_counted_back_from_now_is_deictic(sentence: str, deictic: bool) -> None:
    assert opening_deictic_phrase(sentence.split()) is deictic


@pytest.mark.parametrize(
    ("sentence", "i", "etype", "expected"),
    [
        ("The keys to the old cabinet is lost .", 6, SVA, Evidence.SUPPORTS),
        ("The keys to the old cabinet are lost .", 6, SVA, Evidence.CONTRADICTS),
        # since -114 a word reading's (`_inside_subject_relative`); the parse's SUPPORTS before
        ("The farmer who hate the dogs is here .", 3, SVA, Evidence.MATCHES),
        ("I wish he were here .", 3, SVA, Evidence.UNKNOWN),
        # a subjunctive *were*: a mark the parse hangs on the subject, *as it were*, *Suppose*
        ("If the city 's proposal for a tax were accepted , prices would rise .", 8, SVA, UNKNOWN),
        ("He is , as it were , a stranger here .", 5, SVA, UNKNOWN),
        ("Suppose that the bridge were to fall ?", 4, SVA, UNKNOWN),
        ("The house , as it were left empty , decayed .", 5, SVA, Evidence.SUPPORTS),
        ("As the boy were walking home , it rained .", 3, SVA, Evidence.SUPPORTS),
        # a people's name after *the*; two plain adjectives joined by *and* (-49)
        ("We think the Kuwaitis have also left .", 4, SVA, UNKNOWN),
        ("The Kuwaiti have also left .", 2, SVA, Evidence.SUPPORTS),
        ("The CCPIA establish a committee .", 2, SVA, Evidence.SUPPORTS),
        ("He says hyperbolic and elliptic geometry were developed early .", 6, SVA, UNKNOWN),
        ("The fifth and most important principle are peace .", 6, SVA, Evidence.SUPPORTS),
        # a plural the tagger read as a name; a title of two common words (-51)
        ("Bacteria are found everywhere .", 1, SVA, UNKNOWN),
        ("Hamas have become unpopular .", 1, SVA, Evidence.SUPPORTS),
        ("War and Peace is a long novel .", 3, SVA, UNKNOWN),
        ("Tom and Anna was at the party .", 3, SVA, Evidence.SUPPORTS),
        ("My Mother and Father was happy .", 4, SVA, Evidence.SUPPORTS),
        # a free relative *what* clause opening a statement (-52)
        ("What the scientists found was unexpected .", 4, SVA, UNKNOWN),
        ("what matters is that you tried", 2, SVA, UNKNOWN),
        ("What book were sold ?", 2, SVA, Evidence.SUPPORTS),
        ("What they earns pays the rent .", 2, SVA, Evidence.SUPPORTS),
        # a verb of saying with its subject after it (-54)
        ("Cold waters drove the change , suggests new research .", 6, SVA, UNKNOWN),
        ("Cold waters drove the change , suggests the experts .", 6, SVA, Evidence.SUPPORTS),
        # a present verb a past year does not date: a target, an origin (-55)
        ("The firm said it expects a large gain in 1987 .", 4, TENSE, UNKNOWN),
        ("His career goes back to his first film in 1923 .", 2, TENSE, UNKNOWN),
        ("In 1990 he walks to school .", 3, TENSE, Evidence.SUPPORTS),
        # *but* meaning *except* after an opening indefinite pronoun (-57)
        ("Everyone but the twins has arrived .", 4, SVA, UNKNOWN),
        ("Nobody but the children was allowed in .", 4, SVA, UNKNOWN),
        # after *either*/*neither* the nearer subject decides; *the only one of … who* (-64)
        ("Neither the assistants nor the manager is responsible .", 6, SVA, UNKNOWN),
        ("The assistants or the manager is responsible .", 5, SVA, UNKNOWN),
        ("Neither the method nor the results are new .", 6, SVA, UNKNOWN),  # -92
        ("The assistants of the manager is responsible .", 5, SVA, Evidence.SUPPORTS),
        ("He is the only one of the candidates who speaks French .", 9, SVA, UNKNOWN),
        ("He is one of the candidates who speaks French .", 7, SVA, Evidence.SUPPORTS),
        ("Two cups of flour is enough .", 4, SVA, UNKNOWN),  # an amount
        # a measure counts as an amount only with an *of* complement (-68)
        ("There is three cups in the garden .", 1, SVA, Evidence.SUPPORTS),
        ("Two heads is better than one .", 2, SVA, Evidence.SUPPORTS),
        # from text no build reads (-68): *there is* before joined subjects, *were* after
        # *if*, a *that* clause in a proposal's phrase, an inverted pronoun in a question, a
        # bare verb after *help*, a capital *A* as a letter, a plural noun modifying a noun,
        # a side's name the parse split
        ("In the play there is both protest and aspiration of merit .", 4, SVA, UNKNOWN),
        ("In the play there is both protests and aspiration of merit .", 4, SVA, Evidence.SUPPORTS),
        (
            "Would condemnation be fitting if , independently of the condemnation , there were"
            " nothing bad to condemn ?",
            12,
            SVA,
            UNKNOWN,
        ),
        ("If the plan were ready , we would start .", 3, SVA, UNKNOWN),
        ("When the plan were ready , we started .", 3, SVA, Evidence.SUPPORTS),
        (
            "Lobbyists criticized a proposal from a senior official that Congress allow the level"
            " to be lowered .",
            10,
            SVA,
            UNKNOWN,
        ),
        ("They said that Congress allow the level to fall .", 4, SVA, Evidence.SUPPORTS),
        ("What evolutionary advantage do they have over the natives ?", 3, SVA, UNKNOWN),
        ("How the devil are he so like ?", 3, SVA, Evidence.CONFIRMS),
        ("This loss of water helps pull more sap up from the roots .", 5, SVA, UNKNOWN),
        ("This loss of water pull more sap up from the roots .", 4, SVA, Evidence.SUPPORTS),
        ("He said it could purchase the class A shares , held by a national .", 8, DET, CONTRA),
        ("He said it could purchase the class a shares , held by a national .", 8, DET, SUPPORTS),
        (
            "She will be discussing the latest version of her coat at a textiles show in France"
            " this month .",
            12,
            DET,
            CONTRA,  # UNKNOWN until -93 made *a* the article of *show*
        ),
        ("She bought a textiles in France .", 3, DET, Evidence.SUPPORTS),
        (
            "We want to be healthy - maybe clubs can do it , Manchester United have been a"
            " success .",
            14,
            SVA,
            UNKNOWN,
        ),
        # from text no build reads (-65): *maths*, an opening gerund, *a number of*, a bare
        # infinitive after a verb of perceiving, *science and technology*
        ("If my maths is right , we are rich .", 3, SVA, UNKNOWN),
        ("Solving astronomical problems requires patience .", 3, SVA, UNKNOWN),
        ("A number of tax options are proposed .", 5, SVA, UNKNOWN),
        ("A number of studies has examined this .", 4, SVA, Evidence.SUPPORTS),
        ("So we see the star get fainter .", 5, SVA, UNKNOWN),
        ("We saw the children goes home .", 4, SVA, Evidence.SUPPORTS),
        ("Science and technology is developing fast .", 3, SVA, UNKNOWN),
        # *type of* + plural (-67)
        ("The same type of cells show similar qualities .", 5, SVA, UNKNOWN),
        ("One of the branches are closed .", 4, SVA, Evidence.SUPPORTS),
        # a demonstrative with a time noun the parse made a compound (-66)
        ("Last quarter of this year sales were hit .", 3, DET, Evidence.CONTRADICTS),
        ("We sold this books .", 2, DET, Evidence.MATCHES),
        ("The teacher insisted that every student arrive on time .", 5, SVA, Evidence.UNKNOWN),
        ("The United States has a large population .", 3, SVA, Evidence.UNKNOWN),
        ("These book is heavy .", 0, DET, Evidence.MATCHES),
        ("This book is heavy .", 0, DET, Evidence.CONTRADICTS),
        ("She bought many book .", 3, DET, Evidence.SUPPORTS),
        # a *that* tagged a conjunction is a determiner when no verb follows its noun
        ("The teacher described that men .", 3, DET, Evidence.MATCHES),
        # -87: a *that* with a verb after its noun may be a conjunction, one right before a
        # noun spelled as a present verb a relative pronoun: CONFIRMS, not MATCHES
        ("He discussed that ordinary coins .", 2, DET, Evidence.MATCHES),
        (
            "The CSO stressed that figures for the quarter are liable to revision .",
            3,
            DET,
            Evidence.CONFIRMS,
        ),
        ("It is open to any keen gamer that registers .", 7, DET, Evidence.CONFIRMS),
        ("The teacher described that man .", 3, DET, Evidence.CONTRADICTS),
        ("They mentioned that children play outside .", 2, DET, UNKNOWN),
        ("Prices were much lower that other countries .", 4, DET, UNKNOWN),  # *than* mistyped
        ("He has went home .", 2, FORM, Evidence.MATCHES),  # sure since -98
        ("He has gone home .", 2, FORM, Evidence.CONTRADICTS),
        # participles lemminflect's table leaves out are right; a strong verb's past is not
        ("He has got a new car .", 2, FORM, Evidence.CONTRADICTS),
        ("It has proven useful .", 2, FORM, Evidence.CONTRADICTS),
        ("I 've dreamt of it .", 2, FORM, Evidence.CONTRADICTS),
        ("He has mowed the lawn .", 2, FORM, Evidence.CONTRADICTS),
        ("She has ate lunch .", 2, FORM, Evidence.MATCHES),  # sure since -98
        # a strong past after *have* that the parse reads as its object
        ("The drivers have stole a bicycle .", 3, FORM, Evidence.MATCHES),  # sure since -98
        ("We have rose bushes in the garden .", 2, FORM, UNKNOWN),  # a compound noun
        # *'d* is *would* or *had*
        ("I 'd lost my way .", 2, FORM, Evidence.CONTRADICTS),
        ("I 'd go home .", 2, FORM, Evidence.CONTRADICTS),
        ("She 'd went home .", 2, FORM, Evidence.SUPPORTS),
        ("His will had better be altered .", 2, FORM, Evidence.CONTRADICTS),  # a noun *will* (-89)
        ("Prior to officially forming the band , they toured .", 3, FORM, Evidence.CONTRADICTS),
        # a bare verb after a *be* the parse reads as a copula
        ("The dancer is teach a class .", 3, FORM, Evidence.SUPPORTS),
        ("The senator must be wear a hat .", 4, FORM, Evidence.SUPPORTS),
        ("All you have to do is sign here .", 6, FORM, Evidence.CONTRADICTS),  # a cleft (-107)
        # ... or reads as the copula's noun or adjective, when it can only be a verb
        ("You will not be disappoint with her work .", 4, FORM, Evidence.SUPPORTS),
        ("He says authorities are react slowly .", 4, FORM, Evidence.SUPPORTS),
        ("The First of the Seventy - First is come .", 8, FORM, Evidence.CONTRADICTS),
        ("Beryllium is use as a reflector .", 2, FORM, Evidence.UNKNOWN),  # also a noun
        ("The project is complete .", 3, FORM, Evidence.UNKNOWN),  # an adjective
        ("It was a disappoint .", 3, FORM, Evidence.UNKNOWN),  # a noun phrase
        # a past counted back from now confirms (matches, -130, in plain narrative: a pronoun
        # or a possessive and a noun as subject); a year or a clause only supports
        ("Yesterday she walks home .", 2, TENSE, Evidence.MATCHES),
        ("In 1998 she walks home .", 3, TENSE, Evidence.SUPPORTS),
        ("The last week she walks home .", 4, TENSE, Evidence.SUPPORTS),  # not *last week*
        ("She visits her mother last week .", 1, TENSE, Evidence.MATCHES),
        # a year the parse hung on the object dates the clause when it ends the sentence
        ("The painter builds a shed in 1976 .", 2, TENSE, SUPPORTS),
        ("The painter builds a shed in 1976 for the school .", 2, TENSE, UNKNOWN),
        # a past time after *since*, *than*, *as*, *unlike* or a possessor dates nothing
        ("She has lived here since last summer .", 1, TENSE, UNKNOWN),
        ("The weather is better today than yesterday .", 2, TENSE, UNKNOWN),
        ("This is the same as two years ago .", 1, TENSE, UNKNOWN),
        ("Unlike last year , the festival is free .", 6, TENSE, UNKNOWN),
        ("Yesterday 's news is old .", 3, TENSE, UNKNOWN),
        # *the last …* reaches up to now, where a perfect is right; a bare *last week* does not
        ("Over the last decade the city has grown .", 6, TENSE, UNKNOWN),
        ("In the last week , prices have risen sharply .", 6, TENSE, UNKNOWN),  # *have* misread
        ("Over the last decade the city grows .", 6, TENSE, Evidence.SUPPORTS),
        ("Last week she has left the company .", 3, TENSE, Evidence.CONFIRMS),
        ("The last time we meet is next week .", 5, TENSE, UNKNOWN),  # a time as the subject
        ("Yesterday she walked home .", 2, TENSE, Evidence.CONTRADICTS),
        ("Two days ago the teachers arrive .", 5, TENSE, Evidence.CONFIRMS),
        ("Last night the storm is very loud .", 4, TENSE, Evidence.CONFIRMS),  # via *loud*
        ("When he arrived , she leaves .", 5, TENSE, Evidence.SUPPORTS),
        # the past frame must be the verb's own clause (model.tense.clause_past_frame)
        ("In 1998 he founded a company that makes shoes .", 7, TENSE, Evidence.UNKNOWN),
        ("He came home and eats dinner .", 4, TENSE, Evidence.UNKNOWN),
        ("She says that she left yesterday .", 1, TENSE, Evidence.UNKNOWN),
        ("He pronounced his words as you do .", 6, TENSE, Evidence.UNKNOWN),
        ("She walks home every day .", 1, TENSE, Evidence.UNKNOWN),  # no past frame
        ("Yesterday she did not walk home .", 5, TENSE, Evidence.UNKNOWN),  # *did* is finite
        ("Last year they put it here .", 3, TENSE, Evidence.UNKNOWN),  # present or past
        # a fronted past-time phrase and a short subject decide where the parse misreads the
        # present verb (as a relative clause, a noun, an adjective); past verbs parse well
        ("Yesterday morning she walks home .", 3, TENSE, Evidence.MATCHES),
        ("Yesterday evening , the man moves to a new flat .", 5, TENSE, Evidence.CONFIRMS),
        ("Two days ago my brother buys a new car .", 5, TENSE, Evidence.MATCHES),
        ("Two days ago my brother bought a new car .", 5, TENSE, Evidence.CONTRADICTS),
        ("Yesterday the man who lives next door came home .", 4, TENSE, Evidence.UNKNOWN),
        ("Five years ago , the spiraling rise in costs was alarming .", 6, TENSE, UNKNOWN),
        # subjects whose number is notional get no verdict (probes of -22); look-alikes do
        ("Ten years is a long time .", 2, SVA, UNKNOWN),  # an amount
        ("Two dogs is barking .", 2, SVA, Evidence.SUPPORTS),
        ("Three quarters of the city was destroyed .", 5, SVA, UNKNOWN),  # a part *of*
        ("Every man and woman is welcome .", 4, SVA, UNKNOWN),
        ("Eating vegetables is good for you .", 2, SVA, UNKNOWN),  # a gerund read as a compound
        ("Leading experts says the plan works .", 2, SVA, Evidence.SUPPORTS),  # a modifier
        ("The parking spaces is full .", 3, SVA, Evidence.SUPPORTS),
        ("Diabetes is a chronic disease .", 1, SVA, UNKNOWN),  # a noun in *-s*, singular
        ("Politics is a dirty business .", 1, SVA, UNKNOWN),
        ("Mercedes makes expensive cars .", 1, SVA, UNKNOWN),  # a name read as a plural noun
        ("The scissors is sharp .", 2, SVA, Evidence.SUPPORTS),
        # an expletive *it* takes a singular verb too (the parse's *expl* before a bare verb)
        ("It make me sad .", 1, SVA, Evidence.SUPPORTS),
        ("I suggest it be postponed .", 3, SVA, UNKNOWN),
        # an "auxiliary" with a subject of its own is a misparse
        ("How they did it remains a mystery .", 4, FORM, UNKNOWN),
        ("He did went home .", 2, FORM, Evidence.SUPPORTS),
        # false alarms the parse once supported on clean dev text
        ("The staff were pleasant .", 2, SVA, Evidence.UNKNOWN),
        ("She was praised for her dedication to rescuing the wounded .", 8, FORM, Evidence.UNKNOWN),
        ("I look forward to seeing you .", 4, FORM, Evidence.CONTRADICTS),
        ("He admitted to taking the money .", 3, FORM, Evidence.CONTRADICTS),  # a preposition
        ("She devoted her life to helping the poor .", 5, FORM, Evidence.CONTRADICTS),
        ("I used to going there .", 3, FORM, Evidence.UNKNOWN),  # *used to* may be either
        ("He is used to having money .", 4, FORM, Evidence.UNKNOWN),
        # ... but after a word that takes only an infinitive, *-ing* is wrong
        ("He wants to going home .", 3, FORM, Evidence.SUPPORTS),
        ("I do n't know how to doing it .", 6, FORM, Evidence.SUPPORTS),
        ("They began to bring food .", 3, FORM, Evidence.CONTRADICTS),  # *bring* is a base form
        ("I will ask them to coming .", 5, FORM, Evidence.SUPPORTS),  # an object, then *to*
        ("They drove him to drinking .", 4, FORM, Evidence.UNKNOWN),  # *drive to*: a preposition
        ("The company opened a sales office .", 4, DET, Evidence.CONTRADICTS),  # -93
        # joined nouns before the noun they modify (-145)
        ("The company opened a sales and support office in Taiwan .", 4, DET, CONTRA),
        ("They started Play in a Day Festivals last year .", 5, DET, Evidence.UNKNOWN),
        ("Occasionally a hose bursts due to delayed damage .", 3, DET, Evidence.UNKNOWN),
        ("She bought a new books yesterday .", 4, DET, Evidence.SUPPORTS),  # still judged
        ("They meet every 2 weeks .", 4, DET, Evidence.CONTRADICTS),
        ("He was motivated to found a company .", 4, FORM, Evidence.UNKNOWN),  # not *find*
        ("He wants to finds a company .", 3, FORM, Evidence.SUPPORTS),
        # a verb the tagger misread still has a subject, and its spelling shows its number
        ("The farmer admire the customer .", 2, SVA, Evidence.SUPPORTS),  # tagged a noun
        ("The children waits .", 2, SVA, Evidence.SUPPORTS),  # tagged a plural noun
        # a conjunct; CONFIRMS since -68 (a bare conjunct after a noun, with one of its own)
        ("The banker reads the paper and prefer tea .", 6, SVA, Evidence.CONFIRMS),
        # a bare verb with a subject of its own is mostly right English
        ("God help us !", 1, SVA, Evidence.UNKNOWN),
        ("Anyone know why ?", 1, SVA, Evidence.UNKNOWN),
        ("Mrs. Dean , go away .", 3, SVA, Evidence.UNKNOWN),
        ("The farmer admires the customer .", 2, SVA, Evidence.CONTRADICTS),
        ("They made him leave .", 3, SVA, Evidence.UNKNOWN),  # an object, not a subject
        ("I saw her leave the room .", 3, SVA, Evidence.UNKNOWN),  # *her*: not nominative
        ("She hoped to live to see it grow a man .", 7, SVA, UNKNOWN),  # *it*: either case
        # ... but a nominative *he*, *she* or *it* shows a bare verb's number is wrong
        ("She have a lot of friends .", 1, SVA, Evidence.SUPPORTS),
        ("He go to work by bus .", 1, SVA, Evidence.SUPPORTS),
        ("I insist that he go home .", 4, SVA, Evidence.UNKNOWN),  # mandative subjunctive
        ("He need not worry about it .", 1, SVA, Evidence.UNKNOWN),  # a modal *need*
        ("The data show a clear trend .", 2, SVA, Evidence.UNKNOWN),  # either number
        # ... and so does a common noun (-27), unless the clause may be a subjunctive or the
        # tagger is lost
        ("The driver know the pilot .", 2, SVA, Evidence.SUPPORTS),  # *know* tagged VB
        ("The women runs .", 2, SVA, Evidence.SUPPORTS),  # *runs* tagged NNS
        ("We will go unless some happy chance befall him .", 7, SVA, UNKNOWN),
        ("He agreed on condition that the son carry out the plan .", 7, SVA, UNKNOWN),
        ("It is important that the driver arrive early .", 6, SVA, UNKNOWN),
        ("Expand the definition of family leave under both laws .", 5, SVA, UNKNOWN),  # a mark
        (GRAPES, 10, SVA, UNKNOWN),  # *grapes* tagged VBZ
        # an *-s* form is never bare: any subject before it decides (-28)
        ("They bulks up too much .", 1, SVA, Evidence.SUPPORTS),
        # a conjunct read as a bare noun shares the subject of a verb the tagger misread (-28)
        ("The child runs and sleep .", 4, SVA, Evidence.SUPPORTS),  # *runs*, *sleep*: nouns
        ("The men shout and waits .", 4, SVA, Evidence.MATCHES),  # a word reading since -152
        ("He likes cats and dogs .", 4, SVA, UNKNOWN),  # *cats* is no verb
        # guards from text the builds never use (-29)
        ("No need say anything at all to the old woman .", 2, SVA, UNKNOWN),  # *need*
        ("The process of erosion need only undermine the tradition .", 6, SVA, UNKNOWN),
        (FOCKERS, 2, SVA, UNKNOWN),  # a capitalised verb: a title
        (BIG_BUSINESS, 11, SVA, UNKNOWN),  # a subject with an apposition
        (BALAGUE, 29, SVA, UNKNOWN),  # a conjunct far from a misread verb, past a quote
        (THREE_SUBJECTS, 32, SVA, UNKNOWN),  # a doubtful subject leaves none to decide (-30)
        # *one of the …* is singular (-28)
        ("One of the students are absent .", 4, SVA, Evidence.SUPPORTS),
        ("One of my friends live there .", 4, SVA, Evidence.SUPPORTS),  # *live* tagged VB
        ("One of the reasons is cost .", 4, SVA, Evidence.CONTRADICTS),
        # a bare *do* or *have* auxiliary whose head's subject is *he*, *she* or *it*
        ("He do n't like coffee .", 1, SVA, Evidence.SUPPORTS),
        ("She might have seen it already .", 2, SVA, UNKNOWN),  # after a modal
        ("Why do n't he come ?", 1, SVA, UNKNOWN),  # the subject after it
        # a verb spelled as its own past after a singular subject may be that past (-39)
        ("The singer , who beat the favourite in the final , will sing tonight .", 4, SVA, UNKNOWN),
        ("Each of the three late mistakes cost the team a point .", 6, SVA, UNKNOWN),
        ("They puts the books away .", 1, SVA, Evidence.SUPPORTS),
        # a bare verb after *that* and a word of demanding, however parsed (-39)
        ("He expressed a wish that his rival drop out .", 7, SVA, UNKNOWN),
        ("She wrote to the mayor requesting that he come at once .", 8, SVA, UNKNOWN),
        # a pair of nouns that names one thing takes either number (-40)
        ("Bread and butter is my favourite breakfast .", 3, SVA, UNKNOWN),
        ("Stop and search was aimed at one community .", 3, SVA, UNKNOWN),
        ("The bread and the butter are on the table .", 5, SVA, Evidence.CONTRADICTS),
        # *I*, *we* and *you*: a form they never take confirms right after them (-38), else
        # supports; a right one gets no verdict
        ("We was late for the meeting .", 1, SVA, Evidence.CONFIRMS),
        ("I has two cats .", 1, SVA, Evidence.CONFIRMS),
        ("I are happy .", 1, SVA, Evidence.CONFIRMS),
        ("We often was late .", 2, SVA, Evidence.SUPPORTS),
        ("You and we was there .", 3, SVA, Evidence.SUPPORTS),
        ("We were late .", 1, SVA, UNKNOWN),
        ("I was happy .", 1, SVA, UNKNOWN),
        ("If I were you , I would go .", 2, SVA, UNKNOWN),  # a subjunctive
        # a noun that may be a verb agreeing with the word before it, or a possessor's noun
        ("While walking in the park , a fan tries to kiss the actress .", 7, DET, Evidence.UNKNOWN),
        ("How did you two meet ?", 4, DET, Evidence.UNKNOWN),
        ("I have got a faithful servant 's wages !", 7, DET, Evidence.UNKNOWN),
        ("I gave mine to an old soldiers ' home .", 6, DET, CONTRA),  # the home's *an* (-140)
        ("I read this books .", 2, DET, Evidence.MATCHES),  # still judged
        ("She bought two book .", 3, DET, Evidence.SUPPORTS),
        # misparses behind false alarms on clean dev text (version -8), and the errors like
        # them that stay judged
        ("A new study has revealed many are not getting enough iodine .", 6, SVA, UNKNOWN),
        ("The farmers work hard and is tired .", 5, SVA, Evidence.SUPPORTS),  # *and*
        ("The farmers work hard , rest and is tired .", 7, SVA, Evidence.SUPPORTS),
        ("Ceramics of Chinese origin are evident at some of these sites .", 4, SVA, UNKNOWN),
        ("Dogs is loyal .", 1, SVA, Evidence.SUPPORTS),
        (REGARDING, 10, SVA, UNKNOWN),  # a subject with a preposition
        ("The origin of the names are unclear .", 5, SVA, Evidence.SUPPORTS),
        # *likes* read as a noun both times: the parse is right only by chance in the first;
        # since -74 the second is read as the clause's verb (_clause_verb_in_subject)
        ("But what I say that argument obscures is the fact .", 7, SVA, Evidence.SUPPORTS),
        ("The guards that the author likes is friendly .", 6, SVA, Evidence.MATCHES),
        (BAN_AND, 18, SVA, UNKNOWN),  # the *and* may join the subject
        ("The author of the books are here .", 5, SVA, Evidence.SUPPORTS),
        ("The mill consisted of 10 head of stamps .", 5, DET, UNKNOWN),
        ("It is available in wheel sizes from 17 inch to 20 inch .", 8, DET, UNKNOWN),
        ("The GAU-5 / A markings were removed .", 4, DET, CONTRA),  # a letter, not *a*
        ("It is one - and - a - half - stories tall .", 10, DET, CONTRA),
        (HOSE, 3, DET, UNKNOWN),  # *hose* tagged an adjective
        ("They offer a good portions at a great price .", 4, DET, Evidence.SUPPORTS),
        ("She bought a red apples .", 4, DET, Evidence.SUPPORTS),
        # a subject and verb side by side that the parse is sure of (-32): CONFIRMS, or
        # MATCHES where a word reading (-75 on) finds the shape first
        ("My sister want a new bike .", 2, SVA, Evidence.MATCHES),
        ("The boys likes football .", 2, SVA, Evidence.CONFIRMS),
        ("Everyone in the office know the answer .", 4, SVA, Evidence.SUPPORTS),  # -44
        ("Anyone know why ?", 1, SVA, UNKNOWN),  # a question that drops *does*
        # a verb coordinated with one that agrees with the same subject (-41): CONFIRMS (or a
        # reading's MATCHES)
        ("The surgeons shout and jumps .", 4, SVA, Evidence.MATCHES),
        ("The women laugh and shouts .", 4, SVA, Evidence.MATCHES),  # a noun tag; -86 reads it
        ("My parents live in a small town and works on a farm .", 8, SVA, Evidence.CONFIRMS),
        # -68: a bare conjunct after nouns, with an object of its own and nothing else to
        # govern it; a first verb the tagger left bare after a plural subject
        ("He likes football and play tennis on Sundays .", 4, SVA, Evidence.CONFIRMS),
        ("The children play in the garden and runs around the house .", 7, SVA, Evidence.CONFIRMS),
        ("The album has a quality and feel that kept me listening .", 6, SVA, SUPPORTS),
        ("He can do whatever he wants and find it .", 7, SVA, UNKNOWN),
        # -69: a bare conjunct of a root the tagger read as a plural noun after its subject
        ("The man shouts and wait .", 4, SVA, Evidence.MATCHES),
        ("The man shouts and waits .", 4, SVA, UNKNOWN),
        ("The city walls and gate .", 4, SVA, UNKNOWN),
        # -70: the subject's own relative clause agrees with it, the main verb does not
        ("The woman who owns the shop are very kind .", 6, SVA, Evidence.MATCHES),
        ("The woman , who owns the shop , are very kind .", 8, SVA, SUPPORTS),
        ("The surgeons shout , and jumps .", 5, SVA, Evidence.SUPPORTS),  # a comma between
        # another verb between: the second may join it (*has to travel … and have*)
        ("He has to travel to remote parts of the world and have fun .", 11, SVA, SUPPORTS),
        ("The kids wants toys .", 2, SVA, Evidence.SUPPORTS),  # *wants* may be a noun
        ("I heard her father say it .", 4, SVA, UNKNOWN),  # a bare infinitive (-65)
        ("The duo have split .", 2, SVA, UNKNOWN),  # a group: British usage (-34)
        # found on training.unused's find part (-34): each with a case the rule leaves judged
        ("Catriona have a new job .", 1, SVA, Evidence.SUPPORTS),  # a name stays judged
        ("The pair are facing long bans .", 2, SVA, UNKNOWN),
        ("A pair of shoes are under the bed .", 4, SVA, Evidence.SUPPORTS),
        ("A total of 72 drums were recovered .", 5, SVA, UNKNOWN),
        ("The total of the two numbers are small .", 6, SVA, Evidence.SUPPORTS),
        ("Elders Resources holds most of the shares .", 2, SVA, UNKNOWN),
        ("The dogs runs in the park .", 2, SVA, Evidence.SUPPORTS),
        ("Meat and Livestock Australia says prices are up .", 4, SVA, UNKNOWN),
        ("Chelsea have won their last five games .", 1, SVA, UNKNOWN),  # a side
        ("Manchester United were beaten at home .", 2, SVA, UNKNOWN),
        ("The Chelsea fans is angry .", 3, SVA, Evidence.SUPPORTS),  # fans, not the side
        ("Mary have two dogs .", 1, SVA, Evidence.SUPPORTS),
        ("The fish are biting today .", 2, SVA, UNKNOWN),  # a plural spelled as its singular
        ("The aircraft was grounded .", 2, SVA, UNKNOWN),
        ("These series of tests were run .", 0, DET, CONTRA),
        ("The fishes is in the tank .", 2, SVA, Evidence.SUPPORTS),  # the -es plural shows
        ("Were it not for your help , we would have failed .", 0, SVA, UNKNOWN),
        ("There were a focus on the fit .", 1, SVA, Evidence.SUPPORTS),  # expletive *there*
        ("She would rather he stayed at home .", 4, FORM, CONTRA),
        ("I would rather stayed at home .", 3, FORM, Evidence.SUPPORTS),
        ("John and Mary is here .", 3, SVA, Evidence.SUPPORTS),  # two single names
        ("John Smith and Mary Jones is here .", 5, SVA, Evidence.SUPPORTS),
        ("Prices fell , which has forced us to act .", 5, SVA, UNKNOWN),  # the whole clause
        ("The farmer who hate the dogs is here .", 3, SVA, Evidence.MATCHES),  # since -114
        ("The terms instructed that she pass it on .", 5, SVA, UNKNOWN),
        ("Results moved from the laboratory to confined trials .", 6, FORM, UNKNOWN),
        ("The plan is available to secured creditors .", 5, FORM, Evidence.CONTRADICTS),  # -56
        ("She is ready to started new projects .", 4, FORM, Evidence.SUPPORTS),
        # -88: a *to* that the word before it makes a preposition, by the counted table
        ("They attach great importance to integrated plans .", 5, FORM, UNKNOWN),
        ("Her speech to assembled delegates was short .", 3, FORM, UNKNOWN),
        ("The bats moved to caves in the hills .", 4, FORM, UNKNOWN),
        ("The council has authority to declared new areas .", 5, FORM, Evidence.SUPPORTS),
        ("She went into the shop to congratulates her friend .", 6, FORM, Evidence.SUPPORTS),
        ("The people decided to built a church .", 4, FORM, Evidence.SUPPORTS),
        # -89: a *will* that is a name or a noun governs no verb form
        ("Will talked a good deal about his plans .", 1, FORM, Evidence.CONTRADICTS),
        ("His will provided a large sum for the school .", 2, FORM, Evidence.CONTRADICTS),
        ("They will talked about it later .", 2, FORM, Evidence.SUPPORTS),
        ("Will he went home ?", 2, FORM, Evidence.SUPPORTS),
        # -90: the word right after a question's opening auxiliary may open its subject
        ("Can working parents afford childcare ?", 1, FORM, Evidence.CONTRADICTS),
        ("Could rising prices hurt the recovery ?", 1, FORM, Evidence.CONTRADICTS),
        ("Does having a pet make you happier ?", 1, FORM, Evidence.CONTRADICTS),
        ("Could improved training reduce accidents ?", 1, FORM, Evidence.CONTRADICTS),  # -91
        ("Do says you will .", 1, FORM, Evidence.SUPPORTS),  # an emphatic imperative
        ("Will Smith starred in the film .", 2, FORM, Evidence.CONTRADICTS),  # -91
        ("Will Microsoft released it ?", 2, FORM, Evidence.SUPPORTS),
        ("Can she swims ?", 2, FORM, Evidence.SUPPORTS),
        (
            "The committee amended the bill to allowed summary forfeiture .",
            6,
            FORM,
            Evidence.SUPPORTS,
        ),
        ("None of the effects were planned .", 3, SVA, UNKNOWN),
        ("Thousands of people was waiting outside .", 3, SVA, Evidence.SUPPORTS),
        ("The fungi are not harmful .", 2, SVA, UNKNOWN),
        ("An additional 761 head of cattle are for sale .", 7, SVA, UNKNOWN),
        ("In one suburb , 10 pct of the profits are used .", 10, SVA, UNKNOWN),
        ("Some said 83 year old Elizabeth Winkfield was there .", 3, DET, UNKNOWN),
        ("The lawyer called the nine year recommended term harsh .", 5, DET, UNKNOWN),
        ("They bought the 32,000 acre ( 13,000 hectare ) farm .", 4, DET, UNKNOWN),
        ("It won the Billboard 200 album of the year .", 5, DET, UNKNOWN),
        ("The horse won by one and a half lengths .", 8, DET, UNKNOWN),
        ("I have three book on my desk .", 3, DET, Evidence.SUPPORTS),
        ("This accounts for the wide variety of loans .", 0, DET, UNKNOWN),
        ("These book is heavy .", 0, DET, Evidence.MATCHES),
        ("According to those present , it was a mess .", 2, DET, UNKNOWN),
        # a demonstrative that is a pronoun: a verb, determiner or object in the way (-50)
        ("These show remarkable agreement with the data .", 0, DET, UNKNOWN),
        ("These change the shape of the coast , says the report .", 0, DET, UNKNOWN),
        (
            "Without these the total cost would have been 3.5 million dollars , he said .",
            1,
            DET,
            UNKNOWN,
        ),
        ("These red book is heavy .", 0, DET, Evidence.MATCHES),
        # *-ed* words after a prepositional *to* (-50)
        ("We listen to recorded music .", 3, FORM, Evidence.CONTRADICTS),
        ("Children are exposed to processed food .", 4, FORM, Evidence.CONTRADICTS),
        # a *to* after the object of a verb that passes it on is a preposition (-51)
        ("We sent letters to registered voters .", 4, FORM, Evidence.CONTRADICTS),
        ("They ordered Dixons to extended its offer .", 4, FORM, Evidence.SUPPORTS),
        ("I want to played football .", 3, FORM, Evidence.SUPPORTS),
        # after a *to* that is surely a preposition, CONTRADICTS (-56)
        ("The bonus is paid to qualified staff .", 5, FORM, Evidence.CONTRADICTS),
        ("The rules are subject to agreed limits .", 5, FORM, Evidence.CONTRADICTS),
        ("The stone walls extend to formed wing walls .", 4, FORM, UNKNOWN),
        ("I like those kind of films .", 2, DET, Evidence.SUPPORTS),
        # a demonstrative the parse is sure of (-31): CONFIRMS
        ("They studied this ordinary candles .", 2, DET, Evidence.MATCHES),
        ("The chef mentioned those familiar book .", 3, DET, Evidence.MATCHES),
        ("That odd keys are different .", 0, DET, Evidence.MATCHES),  # *that* opening
        ("These fish is fresh .", 0, DET, CONTRA),  # *fish*: either number agrees
        ("These data were collected in 2019 .", 0, DET, CONTRA),  # *data*, the same (-53)
        ("He said that old keys are cheap .", 2, DET, UNKNOWN),  # *that* may be a conjunction
        ("Most of our aid will go to those nearing self-sufficiency .", 7, DET, Evidence.SUPPORTS),
        ("He won by making these a charge against the city .", 4, DET, UNKNOWN),  # -50
        ("I bought this apples and pears .", 2, DET, Evidence.SUPPORTS),  # a conjunct
        # a time adverbial taken for the subject; a conjunct that may share a nearer subject (-45)
        ("Most of the fires that occur in Spain each year are lit by people .", 10, SVA, UNKNOWN),
        ("She says they have addressed the concerns and are confident .", 8, SVA, UNKNOWN),
        ("My brother works hard and are tired .", 5, SVA, Evidence.SUPPORTS),
        # a relative clause may modify either noun (-38)
        ("Cytokines are proteins in the immune system that fight off viruses .", 8, SVA, UNKNOWN),
        ("We studied the images produced by a camera that are stored online .", 9, SVA, UNKNOWN),
        ("I met the students who lives in the dorm .", 5, SVA, Evidence.SUPPORTS),
        ("We help those who seeks peace .", 4, SVA, Evidence.SUPPORTS),  # a pronoun decides
        ("We have many kinds of work which is hard .", 7, SVA, Evidence.SUPPORTS),
        # -71: a noun's spelling over its tag; a plural marker or number over *a*; an *-s*
        # noun after a preposition *to*; *one of … were* after *if*
        ("He fell into a traps and broke his leg .", 4, DET, Evidence.SUPPORTS),
        ("A few child were playing outside .", 2, DET, Evidence.SUPPORTS),
        ("The mill employed an additional 200 workers .", 6, DET, Evidence.CONTRADICTS),
        ("The race has a bell after every 5 laps .", 8, DET, Evidence.CONTRADICTS),
        ("Burning coal leads to increases in air pollution .", 4, FORM, Evidence.CONTRADICTS),
        ("Students have free access to researches in the library .", 5, FORM, Evidence.CONTRADICTS),
        ("It is impossible to finds it .", 4, FORM, Evidence.SUPPORTS),
        ("If one of the guards were to sleep , they would escape .", 5, SVA, UNKNOWN),
        # the verb takes the number of the subject of an object relative clause (-72)
        ("The keys that the man lost is on the table .", 6, SVA, Evidence.MATCHES),
        ("The keys that the men lost is on the table .", 6, SVA, Evidence.MATCHES),  # -75
        ("The keys that he lost is on the table .", 5, SVA, Evidence.SUPPORTS),  # a pronoun
        ("The keys , that the man lost , is on the table .", 8, SVA, Evidence.SUPPORTS),
        # a relative clause's verb takes the number of the noun it modifies (-73)
        ("The car that the workers builds is fast .", 5, SVA, Evidence.MATCHES),
        ("The man that the customers praises sleeps .", 5, SVA, Evidence.MATCHES),  # a noun tag
        ("The nurses that the dancer see dance .", 5, SVA, Evidence.MATCHES),
        ("The cars that he build are fast .", 4, SVA, Evidence.SUPPORTS),  # a pronoun subject
        (PROTOTYPE, 6, SVA, Evidence.SUPPORTS),  # the parse hangs a second clause on the noun
        ("The house that the builders repairs is old .", 6, SVA, Evidence.CONTRADICTS),  # -74
        # a relative clause's subject and verb read as one noun, the main verb's subject (-74)
        ("The cakes that the baker sell are fresh .", 6, SVA, Evidence.CONTRADICTS),
        ("The surgeons that the guard hates rests .", 6, SVA, Evidence.MATCHES),
        ("The noise that the bus stops make is loud .", 6, SVA, Evidence.CONTRADICTS),
        ("One of the guards were asleep .", 4, SVA, Evidence.SUPPORTS),
        # a relative clause with no *that* after the opening subject; the words decide (-75)
        ("The children the manager admires shouts .", 5, SVA, Evidence.MATCHES),
        ("The children the manager admires shout .", 5, SVA, Evidence.CONTRADICTS),
        ("The nurses the architect hates is busy .", 5, SVA, Evidence.MATCHES),
        ("The man the policemen watch sing .", 5, SVA, Evidence.MATCHES),
        ("The children the managers admires shouts .", 5, SVA, UNKNOWN),  # clause verb disagrees
        ("The cars which the mechanic repaired runs well now .", 6, SVA, Evidence.MATCHES),
        ("The cars which the mechanic repaired work well now .", 6, SVA, Evidence.CONTRADICTS),
        # a subject relative clause after the opening subject; an object one's own verb (-76)
        ("The managers that like the manager is happy .", 6, SVA, Evidence.MATCHES),
        ("The teachers that visit the customer smiles .", 6, SVA, Evidence.MATCHES),
        ("The painters that the child admire dance .", 5, SVA, Evidence.MATCHES),
        ("The managers that like the manager are happy .", 6, SVA, Evidence.CONTRADICTS),
        ("The man who watches the girls dance is my uncle .", 6, SVA, UNKNOWN),  # a bare verb
        ("The banker the guards admires is nervous .", 4, SVA, Evidence.MATCHES),
        ("The banker the guards admire is nervous .", 4, SVA, Evidence.CONTRADICTS),
        ("The banker the guards admires are nervous .", 4, SVA, Evidence.CONFIRMS),  # -73's
        # a clause after a verb of saying or believing, *that* or none; -75's and -76's
        # readings leave collectives and nouns tagged against their spelling to the parse
        ("The farmer thought the painters shouts .", 5, SVA, Evidence.MATCHES),
        ("He thinks that the children sings .", 5, SVA, Evidence.MATCHES),
        ("I think the results shows a clear trend .", 4, SVA, Evidence.MATCHES),
        ("I know that the dog bark .", 5, SVA, Evidence.MATCHES),  # the tag counts *dog*
        ("The company said the sales proceeds will be used .", 5, SVA, UNKNOWN),  # a compound
        # ... and a verb later, or a present verb's spelling right after, makes one (-85)
        (f"A spokeswoman said the distribution date for {SPLIT}", 5, SVA, UNKNOWN),
        ("The company said the feasibility study calls for gold .", 5, SVA, UNKNOWN),
        ("She said the phone change the way people talk .", 4, SVA, Evidence.MATCHES),  # an object
        # the readings may start after a coordinator and one adverb (-77)
        ("However , the keys that the man lost is on the table .", 8, SVA, Evidence.MATCHES),
        ("But the children the manager admires shouts .", 6, SVA, Evidence.MATCHES),
        ("Still , I think the results shows a clear trend .", 6, SVA, Evidence.MATCHES),
        ("The nurses the architect hates is going home .", 5, SVA, Evidence.MATCHES),
        ("The clerks heard the teacher wait .", 4, SVA, UNKNOWN),  # a bare verb after *hear*
        ("The soldiers noticed that the farmer walks .", 6, SVA, Evidence.CONTRADICTS),
        ("I believe the data shows a trend .", 4, SVA, UNKNOWN),  # *data*: either number
        ("I think the team are winning .", 4, SVA, UNKNOWN),  # a collective
        # a short coordination the tagger read as one noun phrase (-75)
        ("The architect shouts and arrive .", 4, SVA, Evidence.MATCHES),
        # a second verb tagged a noun, after a first one tagged finite (-86)
        ("The soldier laughs and dance .", 4, SVA, Evidence.MATCHES),
        ("The soldier laughs and dances .", 4, SVA, Evidence.CONTRADICTS),
        ("The businessmen rest and swims .", 4, SVA, Evidence.MATCHES),  # plural, -152
        ("The old architect shouts and arrives .", 5, SVA, Evidence.CONTRADICTS),
        ("The city plans and budget documents are late .", 4, SVA, UNKNOWN),  # a noun after
        # plural modifiers, nouns of either number, persistence under a year (-75)
        ("He stayed at a drugs den in the city .", 4, DET, CONTRA),  # *den* read as a past
        ("He began as a mergers and acquisitions banker .", 4, DET, CONTRA),
        ("He began as a mergers and acquisitions .", 4, DET, Evidence.SUPPORTS),
        ("France should build eight new flotilla craft .", 6, DET, CONTRA),
        ("In 2016 the school continues to operate .", 4, TENSE, UNKNOWN),
        ("In 2015 , the firm is still losing money .", 5, TENSE, UNKNOWN),
        ("In 2015 , the firm is losing money .", 5, TENSE, Evidence.SUPPORTS),
        ("Yesterday the school still opens at nine .", 4, TENSE, Evidence.CONFIRMS),
        # any determiner agrees with an invariant noun; a marker that is not one (-78)
        ("It became a commercial premises in 1980 .", 4, DET, CONTRA),
        ("These series are long .", 0, DET, CONTRA),
        ("She passed her A - Level examinations in Lagos .", 6, DET, CONTRA),
        ("I was doing my A levels at school .", 5, DET, CONTRA),
        ("She passed her A - level examinations in maths .", 6, DET, CONTRA),  # *A level*'s
        ("She put a apples on the table .", 3, DET, Evidence.SUPPORTS),
        ("I was doing a levels at school .", 4, DET, Evidence.SUPPORTS),
        ("Each skier started at half a minute intervals .", 7, DET, CONTRA),
        ("He waited for a minutes .", 4, DET, Evidence.SUPPORTS),
        ("The two brothers each released solo albums .", 6, DET, CONTRA),
        ("The brothers released each albums .", 4, DET, Evidence.SUPPORTS),
        ("These she put down upon the table .", 0, DET, CONTRA),
        ("These book is on the table .", 0, DET, Evidence.MATCHES),
        # a noun for a person, then a word spelled as a present verb (-79)
        ("My father work in a hospital .", 2, SVA, Evidence.MATCHES),
        ("Her kind husband , who loved her , did not weep .", 2, SVA, UNKNOWN),  # the noun itself
        ("My father works in a hospital .", 2, SVA, CONTRA),
        ("Her brother play football on Sundays .", 2, SVA, Evidence.MATCHES),
        ("My friend live in Paris .", 2, SVA, Evidence.MATCHES),
        ("My sister often need help .", 3, SVA, Evidence.MATCHES),
        ("My parents works in a bank .", 2, SVA, Evidence.MATCHES),
        ("My father work is hard .", 2, SVA, UNKNOWN),  # a verb follows: *work* is a noun
        ("My friend group .", 2, SVA, UNKNOWN),  # nothing follows
        # two noun phrases joined by *and*, each with its own determiner (-80)
        ("My father and my mother is teachers .", 5, SVA, Evidence.MATCHES),
        ("My father and my mother are teachers .", 5, SVA, CONTRA),
        ("The boy and the girl plays outside .", 5, SVA, Evidence.MATCHES),
        ("Every boy and every girl has a book .", 5, SVA, UNKNOWN),  # *every*: singular
        ("The old man and the sea is a famous novel .", 6, SVA, CONTRA),  # a title: the parse
        # a verb read as an adverb after *one of*; *and*, a verb, *to* and a bare verb (-81)
        ("One of my friends live in Paris .", 4, SVA, Evidence.SUPPORTS),
        (f"{OFFICER} love to tell stories .", 7, SVA, Evidence.MATCHES),
        (f"{OFFICER} loves to tell stories .", 7, SVA, CONTRA),
        ("The shops sell books and tickets to see the show .", 5, SVA, UNKNOWN),  # a noun
        # a present passive of a verb of record under a year (-82)
        ("In 1818 , it is recorded as producing 8,268 gallons a week .", 4, TENSE, UNKNOWN),
        ("In 1846 , the Distillery is noted to have sold corn .", 5, TENSE, UNKNOWN),
        ("In 1990 the school is built by the council .", 4, TENSE, Evidence.SUPPORTS),
        ("Yesterday the result is recorded in the book .", 3, TENSE, Evidence.CONFIRMS),
        # the readings may start after an opening time word or prepositional phrase (-84)
        ("In Rome the painters that the child admire dance .", 7, SVA, Evidence.MATCHES),
        ("In Rome I know that the dog bark .", 7, SVA, Evidence.MATCHES),  # probed: SUPPORTS
        ("In the evening , my brother play the guitar .", 6, SVA, Evidence.MATCHES),
        ("Today my father work late at the office .", 3, SVA, Evidence.MATCHES),
        # *apply* takes a preposition *to* (-83)
        ("She applied herself to blowing the fire .", 4, FORM, CONTRA),
        ("The method was applied to selected samples .", 5, FORM, CONTRA),
        # a number that does not count the noun; an article that is another noun's (-93)
        ("Critics liked only the two - minute song .", 6, DET, UNKNOWN),
        ("She won the episode two main challenge .", 6, DET, UNKNOWN),
        ("She was a top 10 player in 2017 .", 5, DET, UNKNOWN),
        ("It won the under - five category .", 6, DET, UNKNOWN),
        ("Rates will be lowered by 0.37 point .", 6, DET, UNKNOWN),
        ("It has a 9 by 9 metre tower .", 6, DET, UNKNOWN),
        ("We waited for twenty - four hour .", 6, DET, Evidence.SUPPORTS),
        ("Each of the Top 8 competitor played well .", 5, DET, Evidence.SUPPORTS),
        ("They sold three book yesterday .", 3, DET, Evidence.SUPPORTS),
        ("It has a stream , forestry plantations and wells .", 6, DET, CONTRA),
        ("It has a big , red balls .", 6, DET, Evidence.SUPPORTS),
        ("They held an analysts meeting in May .", 3, DET, CONTRA),
        ("To the west was a goods yard .", 5, DET, CONTRA),
        ("She bought a books .", 3, DET, Evidence.SUPPORTS),
        # a preposition before the root is no verb to a word reading; *would rather* (-93)
        ("The woman who owns the shops near the station is my aunt .", 6, SVA, UNKNOWN),
        ("The man who owns the dogs like the garden .", 6, SVA, Evidence.MATCHES),
        ("I would rather you stayed here with us .", 4, FORM, CONTRA),
        ("She would rather he stay at home .", 4, FORM, CONTRA),
        ("I would rather he goes now .", 4, FORM, UNKNOWN),
        ("The sale would mandate that the school keep its name .", 7, SVA, UNKNOWN),
        # *et al.*; a verb after *all that* (-94)
        ("Smith et al. report similar findings for mice .", 4, SVA, UNKNOWN),
        ("Smith reports similar findings for mice .", 1, SVA, CONTRA),
        ("All that matters is love .", 3, SVA, UNKNOWN),
        ("All that glitters is not gold .", 2, DET, CONTRA),
        ("I like that books .", 3, DET, Evidence.CONFIRMS),
        # *as to* is a preposition; *to left and right* a direction (-95)
        ("They learn a secret as to buried treasure .", 6, FORM, CONTRA),
        ("As to freaks like this , she had no patience .", 2, FORM, CONTRA),
        ("He worked hard so as to passed the exam .", 6, FORM, Evidence.SUPPORTS),
        ("He looked to right and to left , until he saw a man .", 6, FORM, CONTRA),
        ("His head kept turning to left and right .", 5, FORM, CONTRA),
        ("He wanted to left and never come back .", 3, FORM, Evidence.SUPPORTS),
        # a past-time phrase that may date something else than the verb (-96)
        ("Prices have crashed after massive sell-offs last week .", 1, TENSE, UNKNOWN),
        ("Since it was launched 16 years ago , the telescope has helped us .", 10, TENSE, UNKNOWN),
        ("Bankers estimate the economy shrank 19 pct last year .", 1, TENSE, UNKNOWN),
        ("A windy day in Adelaide yesterday has not helped .", 6, TENSE, UNKNOWN),
        ("She walks to the market last week .", 1, TENSE, Evidence.MATCHES),
        ("Yesterday afternoon , the members escort the guests .", 5, TENSE, Evidence.CONFIRMS),
        ("The government has been drafting the plans already in 1831 .", 2, TENSE, SUPPORTS),
        ("The ministry says rainfall last week will help .", 2, TENSE, UNKNOWN),
        ("Year - ago data reflect a stock split .", 4, TENSE, UNKNOWN),
        # group nouns of British usage take either number (-97)
        ("The home crowd were baying for a goal .", 3, SVA, UNKNOWN),
        ("Half the population are living below the poverty line .", 3, SVA, UNKNOWN),
        ("There are a cabinet in the hall .", 1, SVA, Evidence.SUPPORTS),  # furniture
        ("The electorate are keener than the members .", 2, SVA, UNKNOWN),
        # a past tense after a perfect *have* is sure; a relative's *had* before a verb (-98)
        ("The customer has flew to Rome .", 3, FORM, Evidence.MATCHES),
        ("He has never ate sushi .", 3, FORM, Evidence.MATCHES),
        ("The customer has flown to Rome .", 3, FORM, CONTRA),
        ("I had not forgot our old disputes .", 3, FORM, SUPPORTS),  # old print
        ("The car he had ran out of gas .", 4, FORM, SUPPORTS),
        ("She 'd went home .", 2, FORM, SUPPORTS),
        ("All I had went into the business .", 3, FORM, CONTRA),
        ("Everything we have became theirs .", 3, FORM, CONTRA),
        ("I forgive what you have did to me .", 5, FORM, SUPPORTS),
        # a past-time phrase closing a short sentence dates a verb read as a noun (-99)
        ("The architect buys a new coat three weeks ago .", 2, TENSE, Evidence.CONFIRMS),
        ("The customer paints the kitchen yesterday morning .", 2, TENSE, Evidence.CONFIRMS),
        ("The driver drives to work in 1963 .", 2, TENSE, SUPPORTS),  # a year: no CONFIRMS
        ("Prices are higher than last year .", 1, TENSE, UNKNOWN),
        ("This is the same as two years ago .", 1, TENSE, UNKNOWN),
        ("It is the last time !", 1, TENSE, UNKNOWN),
        ("The team plays well , last season .", 2, TENSE, UNKNOWN),
        ("Smith claims the champion tested positive last month .", 1, TENSE, UNKNOWN),
        # a noun joined to a noun; a past verb right after the phrase (-100)
        ("Geologists discovered the tracks and marks last year .", 5, TENSE, UNKNOWN),
        ("U.S. farm produce last year amounted to 1.4 billion dlrs .", 2, TENSE, UNKNOWN),
        ('She publishes her first novel in 1949 titled " The Corridor " .', 1, TENSE, SUPPORTS),
        # a title or a participle in a short subject after a fronted phrase (-101)
        ("In 1805 Mrs. Linton sits down by the fire .", 4, TENSE, SUPPORTS),
        ("In 1937 , the insulted visitor moves to the spot .", 6, TENSE, SUPPORTS),
        # a noun *will*; a degree after *a*; the old *sate* and *must needs* (-102)
        ("And the very force of her will brought her round .", 7, FORM, CONTRA),
        ("His awkward will obliged you to keep it dark .", 3, FORM, CONTRA),
        ("Their good - will opened many doors .", 4, FORM, CONTRA),
        ("The match will played on Monday .", 3, FORM, SUPPORTS),
        ("The former will played on Monday .", 3, FORM, SUPPORTS),
        ("He earned a masters in law .", 3, DET, CONTRA),
        ("He earned a degrees in law .", 3, DET, SUPPORTS),
        ("She sate down on the ground .", 1, SVA, CONTRA),
        ("She had sate down on the ground .", 2, FORM, CONTRA),
        ("She sate her hunger with bread .", 1, SVA, SUPPORTS),
        ("They must needs believe it .", 2, FORM, CONTRA),
        ("We must needs to go .", 2, FORM, SUPPORTS),
        # *the following* alone; a *you* after a verb is its object (-103)
        ("The following are the justices of the court .", 2, SVA, UNKNOWN),
        ("The following days was cold .", 3, SVA, SUPPORTS),
        ("Whatever happens , to protect you is my duty .", 6, SVA, UNKNOWN),
        ("I think you is right .", 3, SVA, Evidence.CONFIRMS),
        # *had better* governs a bare verb (-104)
        (
            "We lost ourselves in that same Desert of Sahara , and had better find it .",
            13,
            FORM,
            CONTRA,
        ),
        (
            "We lost ourselves in that same Desert of Sahara , and had better went home .",
            13,
            FORM,
            SUPPORTS,
        ),
        # a verb after the object clause's main verb: that one was the clause's verb (-105)
        (
            "The economic toll that the device quack extracts is important , of course .",
            6,
            SVA,
            UNKNOWN,
        ),
        ("The book that the student recommend is good .", 5, SVA, Evidence.MATCHES),
        # a past after an inverted perfect and its pronoun subject (-106)
        ("Have you ate yet ?", 2, FORM, Evidence.MATCHES),
        ("Why has he came back ?", 3, FORM, Evidence.MATCHES),
        ("Had he knew the truth , he would have left .", 2, FORM, Evidence.MATCHES),
        ("Of all the places , have you ate at this one ?", 7, FORM, SUPPORTS),  # not opening
        # a bare verb ends a pseudo-cleft after *do* and *be*; the parse's *be* an auxiliary (-107)
        ("All I did was ask a question .", 4, FORM, Evidence.CONTRADICTS),
        ("All he ever did was complain about the food .", 5, FORM, Evidence.CONTRADICTS),
        ("Do n't be frighten .", 3, FORM, SUPPORTS),  # an imperative's bare *be*
        # a noun-only word between: *idea* tagged an adjective of *years*, not sure (-109)
        ("I had this idea years ago .", 2, DET, SUPPORTS),
        # a bare verb after a copula *be*, an object or preposition after it (-110)
        ("The clerk is teach a class .", 3, FORM, SUPPORTS),
        ("The firemen are eat lunch .", 3, FORM, SUPPORTS),
        ("The guards have been grow tomatoes .", 4, FORM, SUPPORTS),
        ("The neighbours are drink the coffee .", 3, FORM, SUPPORTS),
        ("Is drink the problem here ?", 1, FORM, UNKNOWN),  # no subject before *be*
        ("The key is access to the data .", 3, FORM, UNKNOWN),  # a noun before a preposition
        # a verb ending a sentence after a place phrase, the parse's one noun phrase (-112)
        ("The children behind the bicycle jumps .", 5, SVA, Evidence.MATCHES),
        ("The lawyers in front of the student jumps .", 7, SVA, Evidence.MATCHES),
        # a base form otherwise only a participle shows the plural to a reading (-113)
        ("The driver who hates the authors run .", 6, SVA, Evidence.MATCHES),
        ("The drivers who hate the author run .", 6, SVA, Evidence.CONTRADICTS),
        ("The pilot that the authors watch come .", 6, SVA, Evidence.MATCHES),
        # a subject relative clause's verb, the main verb agreeing with the opening noun (-114)
        ("The businessman that admire the women sleeps .", 3, SVA, Evidence.MATCHES),
        ("The dog which like the bankers runs .", 3, SVA, Evidence.MATCHES),
        ("The dogs which like the banker run .", 3, SVA, Evidence.CONTRADICTS),
        # a group noun's plural is plural; a plural name the tagger made of a common noun (-115)
        ("Several companies has been pressured to leave .", 2, SVA, SUPPORTS),
        ("The two pairs was sold .", 3, SVA, SUPPORTS),
        ("The team were happy .", 2, SVA, UNKNOWN),  # the group itself: either number
        ("All ten League teams was eligible .", 4, SVA, SUPPORTS),
        ("Studies of the kokanee has found a decline .", 4, SVA, SUPPORTS),
        ("The Netherlands has a king .", 2, SVA, Evidence.CONTRADICTS),
        # the verb is spelled as a noun's plural too: the parse may have made it up
        ("Spectators in white crush textures dip toe and heel in smooth black .", 4, SVA, UNKNOWN),
        # a past no noun spells, read as *have*'s object, before a preposition (-118)
        ("The nurse has swam across the lake .", 3, FORM, Evidence.MATCHES),
        ("The children have swam across the lake .", 3, FORM, Evidence.MATCHES),
        # a singular-tagged noun that is also another noun's plural, before a plural (-123)
        ("The mechanics the clerk follows arrive .", 5, SVA, UNKNOWN),
        ("The student that the mechanics watch smiles .", 5, SVA, UNKNOWN),
        ("The student that the surgeons watches smiles .", 5, SVA, Evidence.MATCHES),
        # an opening *that* whose clause would be the whole sentence determines its noun;
        # sure since -155 when the verb shows the plural too
        ("That children are familiar .", 0, DET, Evidence.MATCHES),
        ("That hypotheses are strange .", 0, DET, Evidence.MATCHES),
        ("That children is familiar .", 0, DET, Evidence.CONFIRMS),
        ("That children are dying is a tragedy .", 0, DET, UNKNOWN),  # a main verb after it
        # a verb and noun tagged an adjective after *be*, a path after it (-123)
        ("The soldiers are swim across the lake .", 3, FORM, SUPPORTS),
        ("The neighbours are move to a new flat .", 3, FORM, SUPPORTS),
        ("The aim is return to growth .", 3, FORM, UNKNOWN),  # tagged a noun: a predicate
        ("The next step is move to the cloud .", 4, FORM, UNKNOWN),  # a bare infinitive
        # *&* joins a firm's or a band's name as often as two people: either number (-123)
        ("Simon & Garfunkel were a folk duo .", 3, SVA, UNKNOWN),
        ("Johnson & Johnson are recalling the product .", 3, SVA, UNKNOWN),
        ("Simon and Garfunkel was a folk duo .", 3, SVA, SUPPORTS),
        # no noun's compound ends on *be*, though a word after it is spelled as a verb (-123)
        ("The customers reported the policeman are ready .", 5, SVA, Evidence.MATCHES),
        # a verb after *and* may be a relative clause's second predicate (-124)
        ("The woman met the men who arrived late and were tired .", 9, SVA, UNKNOWN),
        # a preposition that may open a clause, before the subject and its verb (-125)
        ("After Lady Kim were deposed , her father was demoted .", 3, SVA, SUPPORTS),
        ("As a history of epilepsy are a bar , divers must declare it .", 5, SVA, SUPPORTS),
        ("Among the guests was a doctor .", 3, SVA, UNKNOWN),  # an inverted subject
        # a name *X of Y* the parse made the subject, the noun it modifies agreeing (-126)
        ("Bank of Scotland customers earn 3 % on balances .", 4, SVA, UNKNOWN),
        ("Meanwhile , Bank of Scotland customers earn 3 % on their balances .", 6, SVA, UNKNOWN),
        ("Bank of America shareholders have approved the deal .", 4, SVA, UNKNOWN),
        ("The Bank of England have raised rates .", 4, SVA, SUPPORTS),  # no noun after it
        # a plural the tagger read as a singular (-126)
        ("Horse racing studs in Victoria say they are hit by the drought .", 5, SVA, UNKNOWN),
        ("Logs of sites people visit are also kept .", 5, SVA, UNKNOWN),
        ("Lajos Kemény were born in Szeged .", 2, SVA, SUPPORTS),  # a name read as a noun
        # a past after a relative clause's stranded *to* is the main verb (-126)
        (
            "Other clubs that Saxon belonged to included the Palmetto Club .",
            6,
            FORM,
            Evidence.CONTRADICTS,
        ),
        ("The bands he listened to included Blur and Oasis .", 5, FORM, Evidence.CONTRADICTS),
        ("The man I talked to agreed with me .", 5, FORM, Evidence.CONTRADICTS),
        ("He wanted to included the figures .", 3, FORM, SUPPORTS),  # an infinitive's *to*
        # a name described by a group noun: a band, a party, a firm; either number (-127)
        ("Eurosceptic party UKIP have suspended a candidate .", 3, SVA, UNKNOWN),
        ("Irish band U2 have been honoured .", 3, SVA, UNKNOWN),
        ("Arsenal manager Arsene Wenger have said it .", 4, SVA, SUPPORTS),  # a person
        # plain past narrative: a pronoun or a possessive and a noun, then the verb (-130)
        ("Yesterday I go to school .", 2, TENSE, Evidence.MATCHES),
        ("I buy a new phone last week .", 1, TENSE, Evidence.MATCHES),
        ("Yesterday I am very tired .", 2, TENSE, Evidence.MATCHES),  # the copula's subject
        ("Yesterday , my mother cooks dinner .", 4, TENSE, Evidence.MATCHES),
        ("Last week I have finished my project .", 3, TENSE, Evidence.CONFIRMS),  # a perfect
        ("Last year the company opens a shop .", 4, TENSE, Evidence.CONFIRMS),  # not a pronoun
        ("Last time I check the list , it was fine .", 3, TENSE, Evidence.CONFIRMS),
        ("Yesterday I tell him that I was sick .", 2, TENSE, Evidence.CONFIRMS),  # a clause
        # a verb of thinking whose clause holds a past verb: the phrase may date it (-130)
        ("Yesterday I think he went home .", 2, TENSE, UNKNOWN),
        ("Last year I believe we sold more cars .", 3, TENSE, UNKNOWN),
        # a verb of moving the tagger tags VB but reads as a copula's adjective (-132)
        ("They are go to the park .", 2, FORM, SUPPORTS),
        ("The next step is move to the cloud .", 4, FORM, UNKNOWN),  # a plan: a bare verb
        # a bare verb, only ever a verb, right after a preposition that takes a gerund (-133)
        ("I am looking forward to hear from you .", 5, FORM, Evidence.MATCHES),
        ("They talked about improve the park .", 3, FORM, Evidence.MATCHES),
        ("After eat lunch we left .", 1, FORM, Evidence.MATCHES),
        ("We stepped forward to help .", 4, FORM, Evidence.CONTRADICTS),  # a purpose
        ("He did nothing but complain .", 4, FORM, UNKNOWN),  # *but* takes a bare verb
        ("It is a question of survive .", 5, FORM, UNKNOWN),  # *of*: nouns on clean text
        ("He said it in jest .", 4, FORM, UNKNOWN),  # read as a noun
        # a present joined by *and* to a past verb of the plain narrative's shape (-134)
        ("Yesterday I went home and watch TV .", 5, TENSE, Evidence.MATCHES),
        ("Last week we visited my grandmother and eat a big dinner .", 7, TENSE, Evidence.MATCHES),
        ("Yesterday I was tired and go to bed early .", 5, TENSE, Evidence.MATCHES),
        ("Yesterday I went home and then watch TV .", 6, TENSE, Evidence.MATCHES),
        ("Last year we moved to Boston and love it .", 7, TENSE, UNKNOWN),  # a lasting verb
        ("Two years ago I started running and run every day .", 7, TENSE, UNKNOWN),  # a habit
        ("Yesterday he said he would come and see us .", 7, TENSE, UNKNOWN),  # a modal's verb
        (
            "Two years ago I developed a paper and pencil screening test .",
            8,
            TENSE,
            UNKNOWN,
        ),  # a noun (-138)
        # a verb tagged VB right after a *have* the parse made its main verb (-135)
        ("I have visit London twice .", 2, FORM, SUPPORTS),
        ("She has go home .", 2, FORM, SUPPORTS),
        ("She has run a marathon .", 2, FORM, CONTRA),  # a participle's spelling too
        ("They had him visit the doctor .", 3, FORM, UNKNOWN),  # not right after *have*
        ("The park has chalk grassland and woods .", 3, FORM, UNKNOWN),  # a modifier
        ("We have had sound grounding in the principles of the school .", 3, FORM, UNKNOWN),
        ("No -- he had work to do .", 4, FORM, UNKNOWN),  # a noun with an infinitive
        # a present after an opening *when I was young ,* (-138)
        ("When I was young , I play football every day .", 6, TENSE, Evidence.MATCHES),
        ("When I was little , I am afraid of dogs .", 6, TENSE, Evidence.MATCHES),
        ("When I was young , I remember the snow .", 6, TENSE, UNKNOWN),  # thinking, now
        # false alarms on the fifth clean set, which is read (-140)
        (VIRUS, 13, SVA, UNKNOWN),  # joins the infinitive before it
        (ERIE, 16, SVA, UNKNOWN),
        ("Marcus won titles that year , taking a men 's short sprint double .", 8, DET, CONTRA),
        ("The League replaced a former annual men 's international event .", 6, DET, CONTRA),
        ("How long ago that seems !", 4, TENSE, UNKNOWN),
        ("How long ago is it since your sister died ?", 3, TENSE, UNKNOWN),
        (YESTERDAY_TITLE, 1, TENSE, UNKNOWN),
        (DATED_TO, 8, TENSE, UNKNOWN),
        ("To me it seems only yesterday that my whole life ended .", 3, TENSE, UNKNOWN),
        ("Two years ago he lives in Paris .", 4, TENSE, Evidence.MATCHES),
        ("Barack Obama said Michelle had help from a ghostwriter .", 5, FORM, UNKNOWN),
        ("She knows her way round Europe .", 4, SVA, UNKNOWN),
        (CANAL_PLUS, 11, SVA, UNKNOWN),
        (HEART_TESTS, 21, SVA, UNKNOWN),
        ("She told the teacher that he go home .", 6, SVA, SUPPORTS),  # *tell* demands nothing
        # ... and what those guards leave judged: dev errors
        (ARTISTS, 11, DET, UNKNOWN),  # *-s* before *'s*: a slip, not a possessor
        ("Her cousin had shrink into a corner of the settle .", 3, FORM, SUPPORTS),
        ("Formerly , it appears to me , not Mr. Heathcliff , but a goblin .", 3, TENSE, SUPPORTS),
        ("Last night to Wuthering Heights , she goes on bitterly .", 7, TENSE, Evidence.CONFIRMS),
        ("It seems only yesterday that we met .", 1, TENSE, UNKNOWN),
        # more false alarms on the fifth clean set (-143): a *to* before an adjective's
        # participle, a subject whose conjunct the parse lost
        (ALLEGED, 13, FORM, CONTRA),
        ("In response to heightened North Korean rhetoric , Trump warned .", 3, FORM, CONTRA),
        (OPENED, 9, FORM, CONTRA),
        (
            "His assignment was later expanded to included hospitals in Annapolis .",
            6,
            FORM,
            SUPPORTS,
        ),
        ("The plan to closed Main Street failed .", 3, FORM, SUPPORTS),
        (
            "A oblique medial dark shade and dark marginal zone are found on the forewing .",
            9,
            SVA,
            UNKNOWN,
        ),
        ("The keys to the cabinet is lost .", 5, SVA, SUPPORTS),
        (DIVING, 14, SVA, SUPPORTS),  # a plural subject: a lost conjunct explains nothing (-143)
        (HUMAN_RELATIONS, 8, DET, CONTRA),  # *consultant* tagged an adjective
        ("Later , he worked as a natural foods chef in California .", 7, DET, CONTRA),
        ("He crashed hard into the Turn 2 wall .", 7, DET, UNKNOWN),  # a number that names
        ("The car received a facelift for the 2018 model year .", 9, DET, UNKNOWN),
        # a bare verb after a stranded preposition or as a modifier; a name's word (-143)
        ("Campaigns he has worked on include those of Doug Wilder .", 5, FORM, UNKNOWN),
        ("The things he talked about include politics .", 5, FORM, UNKNOWN),
        ("Half the medals were won by sit skier Liudmila Vauchock .", 6, FORM, UNKNOWN),
        ("They talked about improve the park .", 3, FORM, Evidence.MATCHES),
        ("In 1848 , the Seneca Falls Convention passed a resolution .", 5, TENSE, UNKNOWN),
        # a second subject after *and* and a verb, or a subject opening with a preposition,
        # agrees: the parse's pair is its mistake (-145); no verb before *and*: an attractor
        (AZERBAIJAN, 11, SVA, UNKNOWN),
        (
            "After Oomai Vizhigal his next nine films were also successive blockbuster hits .",
            7,
            SVA,
            UNKNOWN,
        ),
        (INSTITUTIONS, 9, SVA, SUPPORTS),
        (
            "Tate and Polanski 's Yorkie Terrier in the film is named Dr. Sapirstein .",
            9,
            SVA,
            UNKNOWN,
        ),
        ("All but one of the Venturas were shot down before bombing .", 6, SVA, UNKNOWN),
        ("One of the Venturas were shot down before bombing .", 4, SVA, SUPPORTS),
        # an article before a noun and an *-ing* verb or *and* is the first noun's (-145)
        (PORTRAITS, 10, DET, UNKNOWN),
        ("The school has a strong and ongoing associations with the community .", 7, DET, SUPPORTS),
        (PIG_STIES, 15, DET, UNKNOWN),
        (
            "Koume is on bad terms with him ; she is a year two student from Sakura .",
            13,
            DET,
            UNKNOWN,
        ),
        (
            "He serves on the council of a liberal arts and sciences private university .",
            8,
            DET,
            CONTRA,
        ),
        ("Obama went on a book tour , often to sold - out crowds .", 9, FORM, CONTRA),
        (
            "The enemy withdrew its squadrons from coastal airfields to bases further inland .",
            9,
            FORM,
            CONTRA,
        ),
        # -147, from the sixth clean set: *all but*, a nearer subject of the clause, *lest*
        ("She acts calmly , and all but the local prosecutor leave early .", 10, SVA, UNKNOWN),
        (DUTCH, 11, SVA, UNKNOWN),
        (LEST, 14, SVA, UNKNOWN),
        ("She would not talk unless he destroy them with a flare .", 6, SVA, SUPPORTS),
        # a time phrase opens the sentence; a capitalised word is a name (readings)
        ("Every year the event takes place in a different country .", 5, SVA, UNKNOWN),
        (MARK_BRENNAN, 2, SVA, UNKNOWN),
        # an article with a modified number; an adverb read as a noun; a number counting a
        # modifier after *the*, not with no determiner
        (DIPLOMATS, 6, DET, CONTRA),
        (THEREIN, 12, DET, UNKNOWN),
        (EPISODE_COUNT, 13, DET, UNKNOWN),
        (
            "By 1964 , two concrete pathway had been constructed across the central lawn .",
            5,
            DET,
            SUPPORTS,
        ),
        # a noun after *have* before *in*; *from then on*; a reduced relative's preposition;
        # *attached to* a plural
        ("Dr. Nativo , who has experience in making hip - hop music .", 5, FORM, UNKNOWN),
        ("We have already work with them for years .", 3, FORM, SUPPORTS),  # a word between
        ("From then on see House of Bourbon", 3, FORM, UNKNOWN),
        ("Products Dern worked on include", 4, FORM, UNKNOWN),
        (
            "Camping coach residents were carried in a carriage attached to parcels trains .",
            10,
            FORM,
            CONTRA,
        ),
        # a singular name before a bare verb, with another present verb and no past one (-149);
        # not inside a quotation, not an acronym or a verb's object, not a blessing
        ("Later Marta open the door and sees a fox .", 2, SVA, SUPPORTS),
        ("Marta tell her brother that the house is empty .", 1, SVA, SUPPORTS),
        # the present verb has lost its subject to the name: no verdict
        ("Because Nodal flow through the duct is not constant , the pump stops .", 2, SVA, UNKNOWN),
        ("Although tired , Priya accept the offer .", 4, SVA, UNKNOWN),  # no other verb
        ("Marta hear a noise , so she went out and sees a fox .", 1, SVA, UNKNOWN),  # a past
        ('" Marta hear a noise , " says Tom .', 2, SVA, UNKNOWN),
        ("USA win the final when the team is ready .", 1, SVA, UNKNOWN),
        ("The coach helps Madison do her homework .", 4, SVA, UNKNOWN),
        ("God help the sailors who are at sea .", 1, SVA, UNKNOWN),
        # one country's name joined by *and* (-149)
        ("Trinidad and Tobago has won the match .", 3, SVA, UNKNOWN),
        # a name before a present the morphology left unfinished (-151)
        ("After Evie tell Mal how upset she is , Mal leaves .", 2, SVA, SUPPORTS),
        # a subject tagged an adjective that only a singular noun spells (-151); not an
        # adjective standing for people
        ("The library have many old books .", 2, SVA, SUPPORTS),
        ("Our library have a new reading room .", 2, SVA, SUPPORTS),
        ("The library has many old books .", 2, SVA, CONTRA),
        ("The poor have little to eat .", 2, SVA, UNKNOWN),
        # -152: after a plural subject a short coordination is a clause when a stop ends it
        ("The tourists run and swims .", 4, SVA, Evidence.MATCHES),
        ("The old sailors sing and dances !", 5, SVA, Evidence.MATCHES),
        ("The workers run and sleeps .", 4, SVA, Evidence.MATCHES),
        ("The tourists run and swim .", 4, SVA, CONTRA),
        ("The tourists run and swims", 4, SVA, UNKNOWN),
        ("The farmers market and stalls", 4, SVA, UNKNOWN),  # a heading
        ("The sailor sings and dance .", 4, SVA, UNKNOWN),
        # -153: a verb after a plural noun of a place phrase, whatever its tag, when a stop ends it
        ("The boy behind the trees laugh .", 5, SVA, Evidence.MATCHES),
        ("The girl next to the windows sing !", 6, SVA, Evidence.MATCHES),
        ("The boys behind the trees laugh .", 5, SVA, CONTRA),
        ("The hotel near the beaches cost .", 5, SVA, UNKNOWN),  # a past too
        ("The house near the bus stop .", 5, SVA, UNKNOWN),  # a compound after a singular
        # -154: *there* on a noun the parse made the root, its verb an auxiliary or copula
        ("There has been important changes in the law .", 1, SVA, SUPPORTS),
        ("There have been important changes in the law .", 1, SVA, CONTRA),
        ("There has been a change and some delays .", 1, SVA, UNKNOWN),  # a conjunct
        # -155: a demonstrative's noun counted by its spelling where its verb agrees with it
        ("This geese are unusual .", 0, DET, Evidence.MATCHES),
        ("This strange fungi are different .", 0, DET, Evidence.MATCHES),
        ("These geese are unusual .", 0, DET, CONTRA),
        ("This geese is unusual .", 0, DET, SUPPORTS),  # the verb may be the wrong word
        ("That leaves are strange .", 0, DET, Evidence.MATCHES),
        ("That leaves is strange .", 0, DET, Evidence.CONFIRMS),
        # -155: *that* after a verb, then a noun that is plural only and a stop
        ("The chef noticed that geese .", 3, DET, Evidence.MATCHES),
        ("The chef noticed that odd theses .", 3, DET, Evidence.MATCHES),
        ("The chef noticed that geese swim .", 3, DET, UNKNOWN),  # a clause
        ("I think that helps .", 2, DET, UNKNOWN),  # may be a verb
        ("They call that lies .", 2, DET, UNKNOWN),  # a naming verb
        # -155: no bare infinitive is spelled singular
        ("The teachers that see the rabbit runs .", 6, SVA, Evidence.MATCHES),
        ("The mice that see the rabbit is old .", 6, SVA, Evidence.MATCHES),
        ("The teacher that sees the rabbit runs .", 6, SVA, CONTRA),
        ("The teachers that see the rabbit run .", 6, SVA, UNKNOWN),
        # -157: a past tense only, never a participle or bare form, right after a modal
        ("The senators will rode a horse .", 3, FORM, Evidence.MATCHES),
        ("He will never rode again .", 3, FORM, Evidence.MATCHES),
        ("The senators will ride a horse .", 3, FORM, CONTRA),
        ("The customers can drank the coffee .", 3, FORM, SUPPORTS),  # a participle too
        ("The author would found a company .", 3, FORM, UNKNOWN),  # *found* is a verb too
        ("Will ran home .", 1, FORM, CONTRA),  # a name, not the modal
        # a *do* ending a relative clause that opens the sentence is that clause's verb (-158)
        ("What he did ran deep .", 3, FORM, CONTRA),
        ("What she does pays the bills .", 3, FORM, CONTRA),
        ("What my brother did shocked us .", 4, FORM, CONTRA),
        ("Everything I ever did turned to dust .", 4, FORM, CONTRA),
        ("The work they did paid off .", 4, FORM, CONTRA),
        ("The boy who did it ran away .", 5, FORM, CONTRA),
        ("The rules that did not changed stayed .", 5, FORM, SUPPORTS),
        ("What people did then seems strange now .", 4, FORM, CONTRA),  # -159
        ("The few who did returned home .", 4, FORM, CONTRA),
        ("All boys did went home .", 3, FORM, SUPPORTS),
        ("All the boys did went home .", 4, FORM, SUPPORTS),
        ("My sister she did went home .", 4, FORM, SUPPORTS),
        ("The other day I did went to the shop .", 5, FORM, SUPPORTS),
        ("What did he went to see ?", 3, FORM, SUPPORTS),
        # the modal *need* before *n't*; *what* and a verb read as a noun subject (-158)
        ("He need n't go .", 1, SVA, UNKNOWN),
        ("It need n't be expensive .", 1, SVA, UNKNOWN),
        ("He need not to go .", 1, SVA, SUPPORTS),
        ("She need a new car .", 1, SVA, SUPPORTS),
        ("What matters is the result .", 2, SVA, UNKNOWN),
        ("What books is on the table ?", 2, SVA, SUPPORTS),
        ("Statistics is a branch of mathematics .", 1, SVA, UNKNOWN),  # a field (-158)
        ("These statistics is wrong .", 2, SVA, SUPPORTS),
        ("Music critics was generally positive .", 2, SVA, SUPPORTS),  # people, no field
        # a *there* raised from a later *to be*: the noun after *be* decides (-160)
        ("There seem to be a problem .", 1, SVA, Evidence.MATCHES),
        ("There seems to be a problem .", 1, SVA, CONTRA),
        ("There appears to be two options .", 1, SVA, Evidence.MATCHES),
        ("There appear to be two options .", 1, SVA, CONTRA),
        ("There is going to be two meetings .", 1, SVA, Evidence.MATCHES),
        ("There are going to be two meetings .", 1, SVA, CONTRA),
        ("There seems to have been many complaints .", 1, SVA, Evidence.MATCHES),
        ("There are bound to be a problem .", 1, SVA, Evidence.MATCHES),
        ("I think there seems to be many reasons for this .", 3, SVA, Evidence.MATCHES),
        ("There seems to be a lot of people here .", 1, SVA, UNKNOWN),  # a quantity
        ("There seems to be a cat and two dogs here .", 1, SVA, UNKNOWN),  # coordinated
        ("There seems to be police everywhere .", 1, SVA, UNKNOWN),  # a collective
        ("There seems to be one of them left .", 1, SVA, UNKNOWN),  # no noun after *be*
        # a past-time phrase that is the subject is a thing talked about, no frame (-160)
        ("Yesterday is history .", 1, TENSE, UNKNOWN),
        ("Last year is remembered as a disaster .", 2, TENSE, UNKNOWN),
        ("Last week is a blur to me .", 2, TENSE, UNKNOWN),
        ("Yesterday he goes to the shop .", 2, TENSE, Evidence.MATCHES),
        ("Formerly Cleopatra is a member of this clan .", 2, TENSE, SUPPORTS),  # no time
        # one phrase of the time and the subject, as the parse reads it: still dated (-160)
        (
            "Last night those who could go no further are shot by the SS .",
            8,
            TENSE,
            Evidence.CONFIRMS,
        ),
        # *this many*, *that many*: a degree, no number for the noun (-161)
        ("I have never seen this many birds .", 4, DET, CONTRA),
        ("That many people came .", 0, DET, CONTRA),
        ("This many cars is too many .", 2, DET, CONTRA),
        ("This books are mine .", 0, DET, Evidence.MATCHES),
    ],
)
def test_the_parse_weighs_a_flag(
    syntax: Syntax, sentence: str, i: int, etype: ErrorType, expected: Evidence
) -> None:
    assert evidence(syntax.parse(sentence.split()), i, etype) is expected


@pytest.mark.parametrize(
    ("sentence", "i", "expected"),
    [
        # sure when a determined subject opens it and only a phrase on it comes between (-48)
        ("The clerks opposite the coin dances .", 5, Evidence.CONFIRMS),
        ("The clerks opposite the coin dances well .", 5, Evidence.SUPPORTS),  # more after
        # no determiner and nothing after: a heading's shape, no verdict (-145)
        ("Clerks opposite the coin dances .", 4, Evidence.UNKNOWN),
        ("Clerks opposite the coin dances well .", 4, Evidence.SUPPORTS),
        ("The clerk opposite the coin dances .", 5, Evidence.CONTRADICTS),
        # a bare word after a singular noun may head a compound: not sure (-112)
        ("The house near the bus stop .", 5, Evidence.SUPPORTS),
        ("The hotel near the car park .", 5, Evidence.SUPPORTS),
        ("The pilot cry .", 2, Evidence.SUPPORTS),
        ("The results of the dances .", 4, Evidence.UNKNOWN),  # a noun phrase after all
        ("The dog bark at strangers .", 2, Evidence.SUPPORTS),  # *are* read as a copula
        (NEEDING_HELP, 7, Evidence.UNKNOWN),  # after a verb: maybe its object
        ("Yah sud ha ' send word .", 4, Evidence.UNKNOWN),  # *sud*: no noun lemminflect knows
        ("The clerks near the coin are happy .", 1, Evidence.UNKNOWN),  # has a finite verb
        # a *that* clause read as one noun (-42): the word before decides, sure if counted
        ("He hopes that the children sings .", 5, Evidence.CONFIRMS),
        ("He hopes that the children sing .", 5, Evidence.CONTRADICTS),
        # a relative clause that swallowed the main verb (-43); sure since -72 where the
        # clause's own verb agrees with the subject (*lives*, *share*): the writer counted it
        ("The man who lives next door work at the bank .", 6, Evidence.CONFIRMS),
        ("The students who share my flat cooks every night .", 6, Evidence.CONFIRMS),
        ("The author who wrote these books live in Paris .", 6, Evidence.SUPPORTS),  # -44
        # a main verb read as a noun after a relative clause (-72)
        ("Teachers that visit the customer smiles .", 5, Evidence.CONFIRMS),  # -76 reads "The …"
        ("The teachers that visited the customer smiles .", 6, Evidence.SUPPORTS),  # no number
        # a predicate noun roots the sentence: its main verb is there (-44)
        ("It is an activity that requires many people , which improves it .", 10, UNKNOWN),
        # -145: a bare subject and a word that ends the line, a copula stand-in on a bare
        # verb, a verb read as a plural noun before a determiner
        ("Message in a bottle find .", 4, UNKNOWN),
        ("First introductions and early shows .", 4, UNKNOWN),
        (LAVA_DOMES, 11, UNKNOWN),
        ("Every connection in the chain need to support DoH .", 5, Evidence.SUPPORTS),  # *be to*
        (MALE_ORDER, 10, UNKNOWN),
    ],
)
def test_a_verbless_sentence_is_parsed_again_with_the_flagged_word_as_a_verb(
    syntax: Syntax, sentence: str, i: int, expected: Evidence
) -> None:
    """The tagger reads *The clerks opposite the coin dances* as a noun phrase; with *is* in
    place of *dances* the parse finds the subject."""
    sent = syntax.parse(sentence.split())
    assert evidence(sent, i, SVA) is Evidence.UNKNOWN
    assert probed_agreement(syntax, sent, i) is expected


def test_a_relative_clause_verb_names_the_noun_it_agrees_with(syntax: Syntax) -> None:
    sent = syntax.parse(["The", "farmer", "who", "hate", "the", "dogs", "is", "here", "."])
    assert subject_of(sent, 3) == "farmer"
    assert subject_of(sent, 6) == "farmer"


def test_a_word_reading_names_the_subject_it_read(syntax: Syntax) -> None:
    """The message names the reading's subject, not the noun the parse paired the verb with."""
    joined = syntax.parse(["My", "father", "and", "my", "mother", "is", "teachers", "."])
    assert subject_of(joined, 5) == "father and mother"
    reduced = syntax.parse(["The", "children", "the", "manager", "admires", "shouts", "."])
    assert subject_of(reduced, 5) == "children"


def test_a_raised_there_names_the_noun_after_be(syntax: Syntax) -> None:
    """*There seem to be a problem*: the message names *problem*, which *there* stands for
    (-160)."""
    seem = syntax.parse(["There", "seem", "to", "be", "a", "problem", "."])
    assert subject_of(seem, 1) == "problem"
    going = syntax.parse(["There", "is", "going", "to", "be", "two", "meetings", "."])
    assert subject_of(going, 1) == "meetings"


STAGED = [
    "The soldier laughs and dance .",
    "But the keys that the man lost is on the table .",
    "In Rome the painters that the child admire dance .",
    "Both the boy and the girl plays outside .",
    "She said the phone change the way people talk .",
    "A spokeswoman said the distribution date for the split has not been determined .",
    "The data show that the results of the tests agree .",
    "There appears to be two options .",  # a raised *there*, read from the words (-160)
]


@pytest.mark.parametrize("sentence", STAGED)
def test_the_parser_goes_on_from_a_tagged_sentence_to_the_parse_in_one_go(
    syntax: Syntax, sentence: str
) -> None:
    """The tags come first, with no tree; the parser, given them, ends where one pass of the
    whole pipeline does (-87)."""
    words = sentence.split()
    whole = syntax.parse(words)
    doc, tagged = syntax.tag(words)
    assert [(t.form, t.upos, t.xpos, t.feats, t.lemma) for t in tagged.tokens] == [
        (t.form, t.upos, t.xpos, t.feats, t.lemma) for t in whole.tokens
    ]
    assert {(t.head, t.deprel) for t in tagged.tokens} == {(-1, "")}
    assert syntax.parse(words, doc).tokens == whole.tokens


def test_sentences_tagged_in_one_batch_get_the_tags_each_gets_alone(syntax: Syntax) -> None:
    """The checker tags every sentence with a would-be flag in one batch (-87)."""
    lists = [sentence.split() for sentence in STAGED]
    together = syntax.tag_many(lists)
    assert [tagged.tokens for _, tagged in together] == [
        syntax.tag(words)[1].tokens for words in lists
    ]
    assert [syntax.parse(w, doc).tokens for w, (doc, _) in zip(lists, together, strict=True)] == [
        syntax.parse(words).tokens for words in lists
    ]
    assert syntax.tag_many([]) == []


def test_sentences_parsed_in_one_batch_get_the_trees_each_gets_alone(syntax: Syntax) -> None:
    """The checker parses every sentence with a flag the parse will weigh in one batch (-88);
    a Doc missing or tagged before the pipeline was loaded afresh is parsed on its own."""
    lists = [sentence.split() for sentence in STAGED]
    alone = [syntax.parse(words).tokens for words in lists]
    tagged = [(words, doc) for words, (doc, _) in zip(lists, syntax.tag_many(lists), strict=True)]
    assert [tree.tokens for tree in syntax.parse_many(tagged)] == alone
    mixed = [(lists[0], None), *tagged[1:]]
    assert [tree.tokens for tree in syntax.parse_many(mixed)] == alone
    assert syntax.parse_many([]) == []


@pytest.mark.parametrize("sentence", STAGED)
def test_the_word_readings_find_on_the_tags_what_they_find_on_the_parse(
    syntax: Syntax, sentence: str
) -> None:
    """The checker asks a MATCHES-only flag first of the tags alone (-87): a verb the readings
    prove wrong on the parse must be one they find on the tags, and they find the same."""
    words = sentence.split()
    whole, (_, tagged) = syntax.parse(words), syntax.tag(words)
    found = [i for i in range(len(words)) if may_match(tagged, i)]
    assert found == [i for i in range(len(words)) if may_match(whole, i)]
    assert all(i in found for i in range(len(words)) if matched(whole, i))


@pytest.mark.parametrize(
    ("sentence", "i", "expected"),
    [
        ("But the keys that the man lost is here .", 7, True),
        ("And my father work in a hospital .", 3, True),
        ("Both my father work in a hospital .", 3, False),
    ],
)
def test_the_word_readings_start_after_an_opening_coordinator_but_not_a_paired_one(
    syntax: Syntax, sentence: str, i: int, expected: bool
) -> None:
    """*But* is skipped by its tag; *Both* (tagged CC too) opens the subject (-87)."""
    assert matched(syntax.parse(sentence.split()), i) is expected


def test_the_parser_is_loaded_afresh_when_its_vocabulary_fills(tmp_path: Path) -> None:
    """spaCy keeps every word it meets; past ``kept_words`` the pipeline is loaded again from
    its folder, and parses as before (-87)."""
    syntax = Syntax.load(MODEL / "parser", kept_words=len(spacy.load(MODEL / "parser").vocab) + 50)
    words = ["The", "zorbles", "near", "the", "quintaps", "is", "blorked", "."]
    before = syntax.parse(words)
    first = syntax.nlp
    for k in range(40):
        syntax.parse([f"wordy{k}x{j}" for j in range(5)])
    assert syntax.nlp is not first
    assert len(syntax.nlp.vocab) <= syntax.kept_words + 5
    assert syntax.parse(words).tokens == before.tokens
    doc, _ = syntax.tag(words)
    for k in range(40):  # refilled between the tags and the parse: parsed whole again
        syntax.parse([f"other{k}x{j}" for j in range(5)])
    assert syntax.parse(words, doc).tokens == before.tokens


def test_one_token_list_is_one_parsed_sentence(syntax: Syntax) -> None:
    words = ["It", "rains", ".", "The", "dogs", "bark", "."]
    assert [t.form for t in syntax.parse(words).tokens] == words


@pytest.fixture(scope="module")
def weighed_checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    """The shipped model with cut-offs that flag only what the parse supports."""
    folder = tmp_path_factory.mktemp("weighed") / "shipped"
    shutil.copytree(MODEL / "shipped", folder)
    config = json.loads((folder / "config.json").read_text())
    config["parser"] = str(MODEL / "parser")
    config["evidence_thresholds"] = {
        t.value: {"supports": 0.3, "contradicts": NEVER, "unknown": NEVER} for t in (SVA, DET, FORM)
    }
    (folder / "config.json").write_text(json.dumps(config))
    return Checker.load(folder)


SENTENCES = [
    "The keys to the old cabinet is lost .",
    "The keys to the old cabinet are lost .",
    "These book is heavy and he has went home .",
]


def test_flags_clear_the_cut_off_of_their_evidence(weighed_checker: Checker) -> None:
    weighed = weighed_checker.weigh([s.split() for s in SENTENCES], floor=0.0)
    results = weighed_checker.check_sentences(SENTENCES)
    for rows, res in zip(weighed, results, strict=True):
        tense = weighed_checker.cut_off(TENSE, None)
        expected = {
            j
            for j, p, etype, found in rows
            if (found in (Evidence.SUPPORTS, Evidence.CONFIRMS, Evidence.MATCHES) and p >= 0.3)
            or (etype is TENSE and p >= tense)
        }
        assert {f.token for f in res.flags} == expected
    assert {f.token for f in results[0].flags} == {6}  # the parse supports *is*
    assert not results[1].flags  # and contradicts any flag on *are*


def test_a_request_threshold_ignores_the_evidence(weighed_checker: Checker) -> None:
    res = weighed_checker.check_sentences([SENTENCES[1]], threshold=0.0)[0]
    assert len(res.flags) >= 1  # every token is a candidate at 0, the parse's verdict aside


def test_the_search_lowers_supported_cut_offs_within_the_budget() -> None:
    # dev: supported SVA errors score 0.6; unknown SVA tokens at 0.97 are all false alarms
    s_sup, s_unk = _slot(SVA, Evidence.SUPPORTS), _slot(SVA, Evidence.UNKNOWN)
    dev = Weighed(
        p=torch.tensor([0.6, 0.6, 0.6, 0.97, 0.97]),
        slot=torch.tensor([s_sup, s_sup, s_sup, s_unk, s_unk]),
        hit=torch.tensor([True, True, True, False, False]),
        sentence=torch.arange(5),
        n_sentences=5,
        n_gold=3,
    )
    # clean: 10 of 1,000 sentences carry an unknown SVA candidate at 0.97, none a supported one
    clean = Weighed(
        p=torch.full((10,), 0.97),
        slot=torch.full((10,), s_unk),
        hit=torch.zeros(10, dtype=torch.bool),
        sentence=torch.arange(10),
        n_sentences=1000,
        n_gold=0,
    )
    cut, f, fa = choose_evidence_thresholds(dev, clean, [1.0, 0.98, 0.98, 0.98, 0.98], 2.0)
    assert cut[s_sup] <= 0.6 < 0.97 < cut[s_unk]
    assert fa <= 2.0
    assert f == 1.0


def _checked_as_weighed_in_full(checker: Checker, sentences: list[str]) -> list[SentenceResult]:
    """``sentences`` checked, once their flags are shown to be those that weighing every
    would-be flag in full gives (:meth:`Checker.weigh` at floor 0, the shipped cut-offs)."""
    rows = checker.weigh([s.split() for s in sentences], floor=0.0)
    results = checker.check_sentences(sentences)
    for found, res in zip(rows, results, strict=True):
        expected = {j for j, p, etype, ev in found if p >= checker._cut_off_for(etype, ev, None)}
        assert {f.token for f in res.flags} == expected
    return results


def test_a_flag_under_every_cut_off_but_matches_is_weighed_as_in_full() -> None:
    """The checker asks such a flag only for the word readings; the flags are those that
    weighing every would-be flag in full gives (the shipped cut-offs)."""
    checker = Checker.load(MODEL / "shipped")
    sentences = [
        "The nurse laughs and sing .",
        "The nurse laughs and sings .",
        "The lawyers that the judge trusts is honest .",
        "A spokeswoman said the distribution date for the split has not been determined .",
    ]
    results = _checked_as_weighed_in_full(checker, sentences)
    assert [f.token for f in results[0].flags] == [4]  # under 0.15: MATCHES' cut-off only
    assert results[0].flags[0].confidence < 0.15


def test_a_word_reading_under_the_old_matches_cut_off_is_weighed_as_in_full() -> None:
    """MATCHES' cut-off of 0.001 (-105): readings the network guesses at P(error) under 0.01
    are flagged, and the words test costs none of the flags weighing in full gives."""
    checker = Checker.load(MODEL / "shipped")
    sentences = [
        "The pilots claimed the nurse sleep .",
        "The thieves said that the farmer dance .",
        "The children the nurse watch arrive .",
        "The pilots claimed the nurse sleeps .",
    ]
    results = _checked_as_weighed_in_full(checker, sentences)
    assert [[f.token for f in r.flags] for r in results] == [[5], [6], [4], []]
    assert all(r.flags[0].confidence < 0.01 for r in results[:3])


@pytest.mark.parametrize(
    ("sentence", "i", "may"),
    [
        ("The pilots claimed the nurse sleep .", 5, True),
        ("The pilots claimed the nurse was asleep .", 5, False),  # *was* shows no number
        ("The pilots claimed the nurse slept .", 5, False),
        ("The thief that the children avoid dance .", 6, True),
        # the 19th word: past every reading's opening shape
        (
            "On the first day of the long trip to the coast , we saw the farmer and dogs dance .",
            18,
            False,
        ),
        # a coordinated infinitive's object may run long
        (
            "The pilot cooks large meals for the whole family of six on every day of the week and "
            "promise to call home .",
            18,
            True,
        ),
        (
            "The pilot cooks large meals for the whole family of six on every day of the week and "
            "promise home .",
            18,
            False,
        ),
    ],
)
def test_the_words_alone_rule_out_most_word_readings(sentence: str, i: int, may: bool) -> None:
    assert may_read_words(sentence.split(), i) is may


def test_a_name_in_s_read_as_a_plural_is_left_open() -> None:
    """A capitalised word in *-s* that the tagger read as a plural common noun, no noun's
    plural and none of the network's common words, is a name: its verb is not judged (-122).
    A common word lemminflect does not know stays a plural (*Podcasts*), and so does a word
    with a phrase of its own."""
    checker = Checker.load(MODEL / "shipped")
    assert checker.syntax is not None
    sentences = [
        "Connors is a straight - talker .",
        "Dixons has offered to buy the shares .",
        "Podcasts is popular .",
        "Remixes by Khan was released in June .",
    ]
    results = checker.check_sentences(sentences)
    assert [[f.token for f in r.flags] for r in results][:3] == [[], [], [1]]
    at = (1, 1, 1, 3)
    verdicts = [
        evidence(checker.syntax.parse(s.split()), i, SVA)
        for s, i in zip(sentences, at, strict=True)
    ]
    assert verdicts == [UNKNOWN, UNKNOWN, SUPPORTS, SUPPORTS]


def test_a_demonstrative_under_the_old_matches_cut_off_is_weighed_as_in_full() -> None:
    """Determiner MATCHES' cut-off of 0.001 (-109): demonstratives the network guesses at
    P(error) under 0.05 are flagged, and the words test costs none of the flags weighing in
    full gives."""
    checker = Checker.load(MODEL / "shipped")
    sentences = [
        "That feet are different .",
        "You ignored that odd mice .",
        "That small criteria are unusual .",
        "Those feet are different .",
    ]
    results = _checked_as_weighed_in_full(checker, sentences)
    assert [[f.token for f in r.flags] for r in results] == [[0], [2], [0], []]
    assert all(r.flags[0].confidence < 0.05 for r in results[:3])
    assert results[0].flags[0].suggestions[0] == "Those"


def test_a_dated_present_under_the_confirms_cut_off_is_weighed_as_in_full() -> None:
    """Tense MATCHES' cut-off of 0.003 (-130): a learner's present after *I* in a past
    narrative, which the network gives little weight, is flagged with the past as its fix; a
    verb of thinking about a past clause and a past verb are not; and the words test costs
    none of the flags weighing in full gives."""
    checker = Checker.load(MODEL / "shipped")
    sentences = [
        "Yesterday I go to school .",
        "I buy a new phone last week .",
        "Yesterday I think he went home .",
        "Yesterday I went to school .",
    ]
    results = _checked_as_weighed_in_full(checker, sentences)
    assert [[f.token for f in r.flags] for r in results] == [[2], [1], [], []]
    assert all(r.flags[0].confidence < 0.2 for r in results[:2])
    assert [r.flags[0].suggestions[0] for r in results[:2]] == ["went", "bought"]
    assert all(r.flags[0].evidence is Evidence.MATCHES for r in results[:2])


@pytest.mark.parametrize(
    ("sentence", "i", "may"),
    [
        ("Yesterday I go to school .", 2, True),
        ("Two days ago , we visit them .", 5, True),
        ("Last night my brother cooks .", 4, True),
        ("I buy a phone last week .", 1, True),
        ("In 1998 I go to school .", 3, False),  # a year: maybe the historical present
        ("Last time I check it was fine .", 3, False),  # *last time* may open a clause
        ("Yesterday it rains .", 2, False),  # *it*, often a dummy
        ("Yesterday the man goes home .", 3, False),  # not a narrative subject
        ("I go to school every day .", 1, False),  # no past-time phrase
        ("Yesterday I went home and watch TV .", 5, True),  # joined to a dated verb (-134)
        ("Yesterday , my mother cooked and then wash up .", 7, True),
        ("I went home and watch TV .", 4, False),  # no past-time phrase
        ("Yesterday I went home but watch TV .", 5, False),  # only *and* joins
    ],
)
def test_the_words_alone_rule_out_most_dated_presents(sentence: str, i: int, may: bool) -> None:
    assert may_read_dated(sentence.split(), i) is may


@pytest.mark.parametrize(
    ("sentence", "i", "may"),
    [
        ("When I was young , I play football .", 6, True),
        ("When we were at school , our teacher helps us .", 8, True),
        ("When I was young I play football .", 5, False),  # no comma ends the clause
        ("When I was tired , I go to bed .", 6, False),  # not a time of life
        ("When it was young , I play .", 6, True),  # the words do not judge *it*; the parse does
        ("Yesterday I was young , I play .", 6, False),  # no *when*
    ],
)
def test_the_words_alone_find_an_opening_time_of_life(sentence: str, i: int, may: bool) -> None:
    assert may_read_childhood(sentence.split(), i) is may


def test_a_present_after_when_i_was_young_is_flagged_whatever_the_network_says() -> None:
    """-138: the network gives *play* 0.002, under tense's old MATCHES cut-off of 0.003, and
    guesses other types for some such verbs; the checker flags it, with the past as its fix,
    and leaves a past verb and a verb of thinking alone."""
    checker = Checker.load(MODEL / "shipped")
    results = checker.check_sentences(
        [
            "When I was young , I play football every day .",
            "When we were children , we swim in the river .",
            "When I was young , I played football .",
            "When I was young , I remember the snow .",
        ]
    )
    assert [[f.token for f in r.flags] for r in results] == [[6], [6], [], []]
    assert [r.flags[0].suggestions[0] for r in results[:2]] == ["played", "swam"]
    assert all(r.flags[0].evidence is Evidence.MATCHES for r in results[:2])
    assert results[0].flags[0].confidence < 0.003


def test_a_bare_verb_after_a_preposition_is_flagged_whatever_the_network_says() -> None:
    """Verb form MATCHES after a preposition that takes a gerund (-133): *hear* gets 0.001
    from the network, and its flag offers *hearing*; the right sentence is silent."""
    checker = Checker.load(MODEL / "shipped")
    sentences = [
        "I am looking forward to hear from you .",
        "I am looking forward to hearing from you .",
    ]
    results = checker.check_sentences(sentences)
    flag = results[0].flags[0]
    assert (flag.token, flag.type, flag.suggestions[0]) == (5, FORM, "hearing")
    assert flag.evidence is Evidence.MATCHES and flag.confidence < 0.01
    assert results[1].flags == []


@pytest.mark.parametrize(
    ("sentence", "i", "may"),
    [
        ("I am looking forward to hear from you .", 5, True),
        ("She left without explain why .", 3, True),
        ("In addition to improve it , we sold it .", 3, True),
        ("We stepped forward to help .", 4, False),  # *forward* only after *look*
        ("Prior to weigh - ins , he ate .", 2, False),  # a hyphened compound
        ("It is a question of survive .", 5, False),  # not *of*
        ("He left without say a word .", 3, False),  # *say* is a noun too
        ("They came after become rich .", 3, False),  # *become* is a participle too
        ("He left without Improve .", 3, False),  # a capital: a name or a title
    ],
)
def test_the_words_alone_rule_out_most_bare_verbs_after_prepositions(
    sentence: str, i: int, may: bool
) -> None:
    assert may_read_gerund(sentence.split(), i) is may


def test_a_flag_says_what_the_parse_said_of_it() -> None:
    """A flag carries the verdict its cut-off was chosen by, so a low confidence can be read:
    MATCHES for a rule's flag far under every other cut-off, SUPPORTS for the parse's; a
    request's threshold asks no parse of a verb form, which is then UNKNOWN."""
    checker = Checker.load(MODEL / "shipped")
    sentences = ["The customer has flew to Rome .", "The keys to the old cabinet is lost ."]
    rule, parse = checker.check_sentences(sentences)
    assert [(f.token, f.evidence) for f in rule.flags] == [(3, Evidence.MATCHES)]
    assert rule.flags[0].confidence < 0.05
    assert [(f.token, f.evidence) for f in parse.flags] == [(6, SUPPORTS)]
    fixed = checker.check_sentences(["He has went home ."], threshold=0.5)[0]
    assert [(f.token, f.evidence) for f in fixed.flags] == [(2, UNKNOWN)]


@pytest.mark.parametrize(
    ("sentence", "i", "may"),
    [
        ("The customers suspected the student are happy .", 5, True),  # *student are*
        ("The lawyers that chase the rabbit leaves .", 6, True),  # *The lawyers … leaves*
        ("The lawyers that chase the rabbit leave .", 6, False),
        ("He had gone home .", 3, False),  # *home* spelled as a verb, no noun to disagree
        ("The customers suspected the student was happy .", 5, False),  # *was*: no number
    ],
)
def test_the_words_alone_rule_out_most_retyped_verbs(sentence: str, i: int, may: bool) -> None:
    assert may_read_retyped(sentence.split(), i) is may


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("run", "Plur"),
        ("come", "Plur"),
        ("becomes", "Sing"),
        ("put", None),  # a past too
        ("read", None),
        ("ran", None),
        ("happy", None),  # no verb
        ("can", None),  # a modal, which lemminflect lists as a base with no participle
    ],
)
def test_a_reading_takes_a_base_that_is_otherwise_a_participle_as_plural(
    word: str, number: str | None
) -> None:
    assert reading_number(word) == number


def test_a_verb_the_network_takes_for_a_tense_error_gets_the_readings_agreement_flag() -> None:
    """*The customers suspected the student are happy*: the network guesses a tense error at
    *are* (after *suspected*), the word readings find *student are* (MATCHES), and no tense
    fixes that; the flag is an agreement flag at MATCHES' cut-off (-111). A tense error that
    no reading finds stays one."""
    checker = Checker.load(MODEL / "shipped")
    sentences = ["The customers suspected the student are happy .", "Yesterday she walks home ."]
    guessed = checker.weigh([s.split() for s in sentences], floor=0.0)
    assert {etype for j, _, etype, _ in guessed[0] if j == 5} == {TENSE}
    results = checker.check_sentences(sentences)
    flag = results[0].flags[0]
    assert (flag.token, flag.type, flag.suggestions[0]) == (5, SVA, "is")
    assert "student" in flag.message
    assert [(f.token, f.type) for f in results[1].flags] == [(2, TENSE)]


def test_a_verb_the_network_takes_for_an_agreement_error_gets_the_narratives_tense_flag() -> None:
    """*Two days ago he tell me the news*: the network guesses an agreement error at *tell*
    (0.715, under subject–verb SUPPORTS' 0.84), whose fix *tells* would leave the tense wrong;
    the plainest past narrative makes it a tense flag with the past as its fix (-131), over an
    agreement flag too (*Yesterday they goes home*: *went*, not *go*). Without a past-time
    phrase the agreement flag stays."""
    checker = Checker.load(MODEL / "shipped")
    sentences = [
        "Two days ago he tell me the news .",
        "Yesterday they goes home .",
        "He tell me the news every day .",
    ]
    guessed = checker.weigh([s.split() for s in sentences], floor=0.0)
    assert {etype for j, _, etype, _ in guessed[0] if j == 4} == {SVA}
    assert {etype for j, _, etype, _ in guessed[1] if j == 2} == {SVA}
    results = checker.check_sentences(sentences)
    found = [[(f.token, f.type, f.suggestions[0], f.evidence) for f in r.flags] for r in results]
    assert found[0] == [(4, TENSE, "told", Evidence.MATCHES)]
    assert found[1] == [(2, TENSE, "went", Evidence.MATCHES)]
    assert [(f.token, f.type, f.suggestions[0]) for f in results[2].flags] == [(1, SVA, "tells")]


@pytest.mark.parametrize(
    ("sentence", "i", "may"),
    [
        ("That feet are different .", 0, True),
        ("These book is heavy .", 0, True),
        ("You ignored that odd old mice .", 2, True),
        ("This book is heavy .", 0, False),  # the same number
        ("That fish are odd .", 0, False),  # spelled for both numbers
        ("The feet are sore .", 0, False),  # no demonstrative
        # the noun is the fifth word after it, past DEMONSTRATIVE_REACH
        ("That big old red wooden boxes .", 0, False),
        # -156: only words that may be adjectives or adverbs before the noun, and no present
        # verb's spelling right after a *that* inside the sentence
        ("After these successes , he signed .", 1, False),
        ("It is the loss that makes it wrongful .", 4, False),
        ("That leaves are strange .", 0, True),  # opening the sentence
        ("But that leaves are strange .", 1, True),
        ("The chef noticed that geese .", 3, True),
        ("The teacher noticed this familiar phenomena .", 3, True),
    ],
)
def test_the_words_alone_rule_out_most_demonstratives(sentence: str, i: int, may: bool) -> None:
    assert may_read_determiner(sentence.split(), i) is may


def test_weighed_checks_are_the_same_from_many_threads() -> None:
    """The parse runs under the checker's lock: eight threads get what one thread gets."""
    checker = Checker.load(MODEL / "shipped")
    texts = [
        "The keys to the old cabinet is lost.",
        "These book are heavy and he has went home.",
        "The farmer who hate the dogs is here.",
        "The staff were pleasant, and the keys are on the table.",
    ] * 6

    def flags(text: str) -> list[tuple]:
        res = checker.check_text(text)
        return [
            (f.start, f.type, f.suggestions, f.message, f.confidence) for r in res for f in r.flags
        ]

    alone = [flags(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(flags, texts))
    assert together == alone
    assert any(alone)  # the texts must raise flags, or the parse never runs


def test_the_data_still_reads_past_time_phrases_as_tense_v2_did(syntax: Syntax) -> None:
    # tense.v2 builds use names_past; only the evidence reads the phrase more strictly
    text = "Since last century , the population has grown ."
    sent = syntax.parse([t.word for t in tokenize(text)])
    assert clause_past_frame(sent, 6)
    assert not clause_past_frame(sent, 6, names_judged_past)


def test_confirms_takes_the_supports_cut_off_when_the_config_has_none() -> None:
    network, vocab, meta = load_network(MODEL / "shipped")
    cuts = {"supports": 0.5, "contradicts": 0.99, "unknown": 0.98}
    meta["evidence_thresholds"] = {"tense": cuts}
    assert Checker(network, vocab, meta, None).evidence_thresholds[TENSE][Evidence.CONFIRMS] == 0.5
    meta["evidence_thresholds"] = {"tense": {**cuts, "confirms": 0.1}}
    assert Checker(network, vocab, meta, None).evidence_thresholds[TENSE][Evidence.CONFIRMS] == 0.1


def test_a_search_of_one_slot_moves_that_slot_alone() -> None:
    # dev: confirmed tense errors at 0.4 and supported SVA errors at 0.6, all real
    s_conf, s_sup = _slot(TENSE, Evidence.CONFIRMS), _slot(SVA, Evidence.SUPPORTS)
    dev = Weighed(
        p=torch.tensor([0.4, 0.4, 0.6, 0.6]),
        slot=torch.tensor([s_conf, s_conf, s_sup, s_sup]),
        hit=torch.ones(4, dtype=torch.bool),
        sentence=torch.arange(4),
        n_sentences=4,
        n_gold=4,
    )
    clean = Weighed(
        p=torch.zeros(0),
        slot=torch.zeros(0, dtype=torch.long),
        hit=torch.zeros(0, dtype=torch.bool),
        sentence=torch.zeros(0, dtype=torch.long),
        n_sentences=1000,
        n_gold=0,
    )
    start = torch.full((N_TYPES * len(EVIDENCE),), 0.98)
    types = [1.0, 0.98, 0.98, 0.98, 0.98]
    cut, f, _ = choose_evidence_thresholds(dev, clean, types, 2.0, 0.3, start, [s_conf])
    assert cut[s_conf] <= 0.4 and cut[s_sup] == 0.98  # SVA could gain too, but is held
    assert (cut != start).sum() == 1
    assert f == pytest.approx(f_beta(2, 0, 2)[2])


def test_a_slot_is_named_type_slash_evidence() -> None:
    assert _slot_name("tense/confirms") == (TENSE, Evidence.CONFIRMS)
    with pytest.raises(ValueError, match="want TYPE/EVIDENCE"):
        _slot_name("tense-confirms")


@pytest.mark.parametrize(
    ("sentence", "i"),
    [
        ("The soldier laughs and dance .", 4),  # a reading's sure disagreement
        ("The soldier laughs and dances .", 4),  # a reading, agreeing
        ("The keys that the man lost is on the table .", 6),
        ("I think the team are winning .", 4),  # a reading, left to the parse
        ("The boys likes football .", 2),  # no reading: the parse's CONFIRMS
        ("The clerks near the coin dances .", 5),  # no reading; the probe parses again
        ("There appears to be two options .", 1),  # a raised *there* (-160)
        ("There seems to be a problem .", 1),
    ],
)
def test_matched_is_what_weighing_would_say(syntax: Syntax, sentence: str, i: int) -> None:
    sent = syntax.parse(sentence.split())
    found = weighed(syntax, sent, i, SVA)
    assert matched(sent, i) == (found is Evidence.MATCHES)


def test_a_config_without_a_matches_cut_off_uses_the_confirms_one() -> None:
    network, vocab, meta = load_network(MODEL / "shipped")
    cuts = {"supports": 0.9, "contradicts": 1.01, "unknown": 0.99, "confirms": 0.3}
    meta["evidence_thresholds"] = {"subject_verb_agreement": cuts}
    older = Checker(network, vocab, meta, None).evidence_thresholds[SVA]
    meta["evidence_thresholds"] = {"subject_verb_agreement": {**cuts, "matches": 0.01}}
    newer = Checker(network, vocab, meta, None).evidence_thresholds[SVA]
    assert older[Evidence.MATCHES] == 0.3 and newer[Evidence.MATCHES] == 0.01


def test_a_config_missing_a_verdict_is_refused_by_name() -> None:
    network, vocab, meta = load_network(MODEL / "shipped")
    meta["evidence_thresholds"] = {"verb_form": {"supports": 0.9, "unknown": 0.99}}
    with pytest.raises(ValueError, match=r"evidence_thresholds\.verb_form lacks contradicts"):
        Checker(network, vocab, meta, None)


@pytest.mark.parametrize(
    ("sentence", "i", "expected"),
    [
        ("These book are heavy .", 0, (1, "Plur")),  # from the determiner's flag
        ("These book are heavy .", 2, (1, "Plur")),  # and from the verb's
        ("This books is heavy .", 2, (1, "Sing")),
        ("These book is heavy .", 0, None),  # the verb sides with the noun: fix the determiner
        ("The keys to the old cabinet is lost .", 6, None),  # no demonstrative
        ("This many cars is too many .", 0, None),  # *this many* fixes no number (-161)
        ("This many cars is too many .", 3, None),
    ],
)
def test_the_odd_noun_is_the_one_its_determiner_and_verb_both_disagree_with(
    syntax: Syntax, sentence: str, i: int, expected: tuple[int, str] | None
) -> None:
    assert odd_noun(syntax.parse(sentence.split()), i) == expected


def _flag(toks: list[Span], j: int, etype: ErrorType, corr: Correction, fix: str) -> Flag:
    t = toks[j]
    return Flag(j, t.start, t.end, t.text, etype, corr, "", [fix], 0.9 + j / 100)


def test_two_flags_one_edit_fixes_give_way_to_a_flag_on_the_noun(syntax: Syntax) -> None:
    text = "These book are heavy and this car are red ."
    toks = tokenize(text)
    parse = _LazyParse(syntax, [t.text for t in toks])
    flags = [
        _flag(toks, 0, DET, Correction.TO_SINGULAR_DET, "This"),
        _flag(toks, 2, SVA, Correction.TO_SINGULAR_VERB, "is"),
        _flag(toks, 7, SVA, Correction.TO_SINGULAR_VERB, "is"),  # *this car are*: the verb
    ]
    merged = _one_fix(flags, toks, parse)
    assert [(f.text, f.type, f.suggestions, f.confidence) for f in merged] == [
        ("book", DET, ["books"], 0.92),
        ("are", SVA, ["is"], 0.97),
    ]
    assert text[merged[0].start : merged[0].end] == "book"


def test_an_uncountable_noun_is_never_made_plural(syntax: Syntax) -> None:
    """*These information are useful*: *information* has no plural to offer (lemminflect's rules
    spell *informations*), so the determiner's and the verb's flags stay (-128)."""
    assert suggest("information", Correction.TO_PLURAL_NOUN) == []
    assert suggest("Advice", Correction.TO_PLURAL_NOUN) == []
    assert suggest("book", Correction.TO_PLURAL_NOUN) == ["books"]
    assert suggest("informations", Correction.TO_SINGULAR_NOUN) == ["information"]
    toks = tokenize("These information are useful .")
    parse = _LazyParse(syntax, [t.text for t in toks])
    flags = [
        _flag(toks, 0, DET, Correction.TO_SINGULAR_DET, "This"),
        _flag(toks, 2, SVA, Correction.TO_SINGULAR_VERB, "is"),
    ]
    assert _one_fix(flags, toks, parse) == flags


def test_a_determiner_only_matches_let_through_gives_way_to_a_flag_on_its_noun(
    syntax: Syntax,
) -> None:
    """One disagreement, one flag (-87): the noun's flag stays, a sure determiner's under the
    CONFIRMS cut-off goes; a determiner whose noun is not flagged stays."""
    toks = tokenize("These book is heavy and this cars are red .")
    parse = _LazyParse(syntax, [t.text for t in toks])
    these = _flag(toks, 0, DET, Correction.TO_SINGULAR_DET, "This")
    book = _flag(toks, 1, DET, Correction.TO_PLURAL_NOUN, "books")
    this = _flag(toks, 5, DET, Correction.TO_PLURAL_DET, "these")
    assert _one_per_pair([these, book, this], [these, this], parse) == [book, this]
    assert _one_per_pair([these, book], [], parse) == [these, book]


def test_a_sure_determiner_is_flagged_from_matches_cut_off() -> None:
    """*He discussed that ordinary coins.*: the network gives *that* 0.136, under CONFIRMS'
    0.35; since -87 a sure demonstrative on its own is MATCHES, flagged from 0.05."""
    checker = Checker.load(MODEL / "shipped")
    flags = checker.check_sentences(["He discussed that ordinary coins ."])[0].flags
    assert [(f.token, f.suggestions[0]) for f in flags] == [(2, "those")]
    assert flags[0].confidence < 0.35


def test_a_past_after_a_perfect_is_flagged_whatever_the_network_says() -> None:
    """*The customer has flew to Rome.*: the network gives *flew* 0.008, under every verb-form
    cut-off but MATCHES' 0 (-98); the flags are those that weighing every would-be flag in full
    gives, and a request's own threshold leaves the network's P(error) alone to decide."""
    checker = Checker.load(MODEL / "shipped")
    sentences = [
        "The customer has flew to Rome .",
        "The customer has flown to Rome .",
        "All I had went into the business .",
    ]
    results = _checked_as_weighed_in_full(checker, sentences)
    flags = results[0].flags
    assert [(f.token, f.suggestions[0]) for f in flags] == [(3, "flown")]
    assert flags[0].confidence < 0.05
    assert results[1].flags == results[2].flags == []
    assert checker.check_sentences(sentences[:1], threshold=0.5)[0].flags == []


def test_only_sentences_a_cut_off_could_flag_are_tagged(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verb form's MATCHES cut-off of 0 must not send every sentence to the tagger: one whose
    would-be flags clear only that cut-off is tagged only when a past tense follows a *have*
    (-98 tagged them all and read ordinary text a third slower; mended with -99). Since -105
    subject–verb's cut-off of 0.001 tags more (*Fresh bread and warm milk*: *warm*, 0.0016),
    so the plain sentences here have no such word."""
    checker = Checker.load(MODEL / "shipped")
    assert checker.syntax is not None
    seen: list[list[str]] = []
    tag_many = checker.syntax.tag_many

    def spy(sentences: list[list[str]]) -> list:
        seen.extend(list(words) for words in sentences)
        return tag_many(sentences)

    monkeypatch.setattr(checker.syntax, "tag_many", spy)
    plain = [
        "A quiet morning in the old town .",
        "She smiled at him .",
        "The rain stopped before noon .",
        "He had gone home .",
    ]
    results = checker.check_sentences([*plain, "The customer has flew to Rome ."])
    assert seen == [["The", "customer", "has", "flew", "to", "Rome", "."]]
    assert [len(r.flags) for r in results] == [0, 0, 0, 0, 1]


@pytest.mark.parametrize(
    ("sentence", "i", "allowed", "first"),
    [
        # after *be* with an object of its own: a progressive gone wrong, so *-ing* first
        ("The customer is call the office .", 3, {"to-gerund", "to-past-participle"}, "to-gerund"),
        # ... unless the verb keeps an object in the passive (*could be given treatment*)
        ("He could be give medical treatment .", 3, {"to-gerund", "to-past-participle"}, None),
        ("We are go home now .", 2, {"to-gerund", "to-past-participle"}, None),
        ("He has went home .", 2, {"to-past-participle"}, None),
        # a bare verb read as a copula's adjective: after *be* all the same
        (
            "You will not be disappoint with her work .",
            4,
            {"to-gerund", "to-past-participle"},
            None,
        ),
        ("He can swims well .", 2, {"to-base"}, None),
        ("The drivers have stole a bicycle .", 3, {"to-past-participle"}, None),
        ("She walks home .", 1, set(), None),  # no auxiliary
    ],
)
def test_the_parse_says_which_forms_an_auxiliary_allows(
    syntax: Syntax, sentence: str, i: int, allowed: set[str], first: str | None
) -> None:
    found, preferred = form_corrections(syntax.parse(sentence.split()), i)
    assert {c.value for c in found} == allowed
    assert (preferred.value if preferred else None) == first


def test_a_verb_form_flag_offers_what_the_auxiliary_allows_preferred_first() -> None:
    toks = tokenize("The customer is call the office .")
    flag = _flag(toks, 3, FORM, Correction.TO_PAST_PARTICIPLE, "called")
    _fit_form(flag, (Correction.TO_GERUND, Correction.TO_PAST_PARTICIPLE), Correction.TO_GERUND)
    assert (flag.correction, flag.suggestions) == (Correction.TO_GERUND, ["calling", "called"])
    assert "calling" in flag.message
    # no preference: the network's choice leads, the other allowed form follows
    flag = _flag(toks, 3, FORM, Correction.TO_PAST_PARTICIPLE, "called")
    _fit_form(flag, (Correction.TO_GERUND, Correction.TO_PAST_PARTICIPLE), None)
    assert flag.suggestions == ["called", "calling"]
    # a choice the auxiliary does not allow gives way (*has* allows only the participle)
    toks = tokenize("He has went home .")
    flag = _flag(toks, 2, FORM, Correction.TO_BASE, "go")
    _fit_form(flag, (Correction.TO_PAST_PARTICIPLE,), None)
    assert (flag.correction, flag.suggestions) == (Correction.TO_PAST_PARTICIPLE, ["gone"])


@pytest.mark.parametrize(
    ("sentence", "past"),
    [("The hero returns one last time .", False), ("She called last time .", True)],
)
def test_one_last_time_names_no_past_time(syntax: Syntax, sentence: str, past: bool) -> None:
    words = sentence.split()
    assert names_judged_past(syntax.parse(words), words.index("time")) is past


def test_lemminflect_answers_are_remembered_and_cannot_be_changed() -> None:
    """The checker shares one cached answer per question (-87), so none may be changed."""
    assert dict(all_lemmas("works")) == getAllLemmas("works")
    assert all_lemmas("works") is all_lemmas("works")
    with pytest.raises(TypeError):
        all_lemmas("works")["NOUN"] = ("wo",)  # type: ignore[index]
    assert inflections("child", "NNS") == tuple(getInflection("child", tag="NNS"))
    assert word_lemmas("went", "VERB") == ("go",)
