"""Clause splitting: each sentence cut where a new clause starts, so one clause gives one event.

The dependency parse of news sentences is often wrong about where a clause attaches (LAS 68),
so clauses are cut on surface cues that the tagger gets right: a semicolon; a clause
connective (حيث، بينما، فيما، كما، ثم، عندما، لكن); a complementiser (أن، إن، أنه) that opens a
reported clause; a conjunction or comma followed by a finite verb («… الدوحة، وبحث معه …»);
«و» before a call («قمة مع X واتصال بـY»).
A relative clause («الاجتماع الذي عقد في بوغوتا») stays with the noun it describes.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from kg.extract.triggers import triggers
from kg.lang.ar.clauses import (
    BREAK_WORDS,
    CALLS,
    COMMAS,
    COMPLEMENTISERS,
    CONJUNCTIONS,
    CONNECTIVES,
    THEN,
    VERB_PARTICLES,
)
from kg.lang.ar.words import TITLE_HEADS

_CLAUSE_DEPS = {"conj", "parataxis", "ROOT", "advcl", "ccomp"}
_VERB_IDS = {VERB, AUX}
_WITH = "مع"
_RECEIVING = "transitive"  # «استقبل X Y»: the frame of a verb that receives a guest
_NOMINAL = ("NOUN", "PROPN", "X")  # the tagger reads unknown names as X


@Language.component("kg_clauses")
def split_clauses(doc: Doc) -> Doc:
    """Set `doc._.clauses`: for every token, the (first, end) token indices of its clause."""
    words = doc._.folded
    tags = doc.to_array("POS")  # read once, not per rule
    verbs = {i for i, tag in enumerate(tags) if tag in _VERB_IDS}
    # a name's words start no clause («وزير خارجية فنزويلا», «بوركينا فاسو»: ف is not «and»)
    verbs -= _inside_names(doc)
    clauses: list[tuple[int, int]] = [(0, 0)] * len(doc)
    for sentence in doc.sents:
        starts = [sentence.start] + [
            i
            for i in range(sentence.start + 1, sentence.end)
            if _starts_clause(doc, i, sentence.start, words, verbs)
        ]
        ends = [*starts[1:], sentence.end]
        for first, end in zip(starts, ends, strict=True):
            clauses[first:end] = [(first, end)] * (end - first)
    doc._.clauses = clauses
    return doc


def _starts_clause(
    doc: Doc, i: int, sentence_start: int, words: list[str], verbs: set[int]
) -> bool:
    word = words[i]
    bare = word[1:] if word[:1] in CONJUNCTIONS and len(word) > 2 else word
    if THEN in (word, bare) and _names_next(doc, i):
        return False  # «التقت ميركل X، ثم القائد العام Y»: one more object, no clause
    if word in BREAK_WORDS or word in CONNECTIVES or bare in CONNECTIVES:
        return True
    if word in COMPLEMENTISERS:
        return True
    if word == _SO and _after_a_topic(words, i, sentence_start):
        return False  # «أما بونشان فالتقى X»: the topic «أما» set up is the verb's subject
    if word in CONJUNCTIONS or word in COMMAS:
        following = i + 1
        return following < len(doc) and (
            _finite_verb(doc, following, verbs)
            or words[following] in VERB_PARTICLES
            or (word in CONJUNCTIONS and words[following] in CALLS)
            or (word in COMMAS and _glued_verb_with_object(doc, following))
        )
    if i > sentence_start and (words[i - 1] in CONJUNCTIONS or words[i - 1] in COMMAS):
        return False  # the conjunction before it already started the clause, if any
    if word[:1] in CONJUNCTIONS and bare in CALLS:
        return True
    glued = word[:1] in CONJUNCTIONS and len(word) > 3 and _finite_verb(doc, i, verbs)
    glued = glued and not (word[:1] == _SO and _after_a_topic(words, i, sentence_start))
    return glued and not _titles_of_two(word)


_SO = "ف"
_AS_FOR = "اما"  # «أما» (folded)
_TOPIC_WORDS = 8  # the words a topic after «أما» may take before its «ف»


def _after_a_topic(words: list[str], i: int, sentence_start: int) -> bool:
    """Whether «أما» opened a topic a few words before word `i`, with no «ف» between."""
    before = words[max(sentence_start, i - _TOPIC_WORDS) : i]
    if _AS_FOR not in before:
        return False
    return _SO not in before[len(before) - before[::-1].index(_AS_FOR) :]


def _names_next(doc: Doc, i: int) -> bool:
    """Whether a definite noun or a name follows, or «مع» and a noun («أجرى مباحثات مع X ثم
    مع رئيس الوزراء Y»: one more partner), then no verb before the next comma: a noun phrase
    listed after «ثم» («التقى رئيس المجلس، ثم نجيب ميقاتي»), not a clause («ثم التقى X»,
    «ثم إلى بغداد حيث …»)."""
    following = doc[i + 1 : doc[i].sent.end]
    if len(following) > 1 and doc._.folded[i + 1] == _WITH:
        named = following[1].pos_ in _NOMINAL
    else:
        named = bool(following) and following[0].pos_ == "NOUN"
        named = named and doc._.folded[i + 1].startswith("ال")
        named = named or (bool(following) and _name_starts(doc, i + 1))
    if not named:
        return False
    phrase = itertools.takewhile(lambda t: t.text not in COMMAS, following)
    return not any(t.pos_ in ("VERB", "AUX") for t in phrase)


def _name_starts(doc: Doc, i: int) -> bool:
    start = doc._.offsets[i][0]
    return any(m.start == start for m in doc._.mentions or ())


def _glued_verb_with_object(doc: Doc, i: int) -> bool:
    """«…، واستقبله ولي العهد …»: a receiving verb's form with «و/ف» glued on and its object
    pronoun split off, which the tagger may read as a noun; after a comma it opens a clause
    (not «…، وحضره X»: who attended what the clause before told stays in its clause)."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None or following.pos_ != "PRON" or following.head.i != i:
        return False
    trigger = triggers().as_verb(doc[i])
    glued = doc._.folded[i][:1] in CONJUNCTIONS
    return glued and trigger is not None and trigger.frame == _RECEIVING


def _titles_of_two(word: str) -> bool:
    """«وزيرا الخارجية», «رئيسا الوزراء»: two holders of a title, which the tagger may read
    as a verb with «و» glued on; the word is the title's dual, no clause."""
    return word.endswith("ا") and word[:-1] in TITLE_HEADS


def _finite_verb(doc: Doc, i: int, verbs: set[int]) -> bool:
    """A verb that heads a clause: tagged VERB with a tense or mood, not a name tagged VERB."""
    if i not in verbs:
        return False
    token = doc[i]
    return bool(token.morph.get("Aspect")) or token.dep_ in _CLAUSE_DEPS


def _inside_names(doc: Doc) -> set[int]:
    """Indices of the tokens the article's mentions cover."""
    starts = doc._.token_starts
    inside = set()
    for mention in doc._.mentions or ():
        first = bisect_right(starts, mention.start) - 1
        inside.update(i for i in range(max(first, 0), bisect_left(starts, mention.end)))
    return inside


def clause_of(token: Token) -> tuple[int, int]:
    """The (first, end) token indices of the clause `token` is in."""
    return token.doc._.clauses[token.i]


def clause_characters(token: Token) -> tuple[int, int]:
    """The character offsets where the clause `token` is in starts and ends."""
    first, end = clause_of(token)
    offsets = token.doc._.offsets
    return offsets[first][0], offsets[end - 1][1]
