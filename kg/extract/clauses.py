"""Clause splitting: each sentence cut where a new clause starts, so one clause gives one event.

The dependency parse of news sentences is often wrong about where a clause attaches (LAS 68),
so clauses are cut on surface cues that the tagger gets right: a semicolon; a clause
connective (حيث، بينما، فيما، كما، ثم، عندما، لكن); a complementiser (أن، إن، أنه) that opens a
reported clause; a conjunction or comma followed by a finite verb («… الدوحة، وبحث معه …»).
A relative clause («الاجتماع الذي عقد في بوغوتا») stays with the noun it describes.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.normalize import normalize

_BREAK_WORDS = {"؛", ";"}
_CONNECTIVES = {
    "حيث",
    "بينما",
    "فيما",
    "كما",
    "ثم",
    "عندما",
    "حين",
    "حينما",
    "لكن",
    "لاكن",
    "ولكن",
    "بيد",
    "اذ",
}
_COMPLEMENTISERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان"}
_CONJUNCTIONS = {"و", "ف"}
_VERB_PARTICLES = {"لم", "لن", "قد", "لا", "ما", "كان", "كانت"}  # «ولم يعقد», «وقد التقى»
_COMMAS = {"،", ","}


@Language.component("kg_clauses")
def split_clauses(doc: Doc) -> Doc:
    """Set `doc._.clauses`: for every token, the (first, end) token indices of its clause."""
    clauses: list[tuple[int, int]] = [(0, 0)] * len(doc)
    for sentence in doc.sents:
        starts = [sentence.start] + [
            token.i for token in sentence[1:] if _starts_clause(token, sentence.start)
        ]
        ends = [*starts[1:], sentence.end]
        for first, end in zip(starts, ends, strict=True):
            clauses[first:end] = [(first, end)] * (end - first)
    doc._.clauses = clauses
    return doc


def _starts_clause(token: Token, sentence_start: int) -> bool:
    word = normalize(token.text)
    bare = word[1:] if word[:1] in _CONJUNCTIONS and len(word) > 2 else word
    if word in _BREAK_WORDS or word in _CONNECTIVES or bare in _CONNECTIVES:
        return True
    if word in _COMPLEMENTISERS:
        return True
    previous = token.doc[token.i - 1] if token.i > sentence_start else None
    if word in _CONJUNCTIONS | _COMMAS:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and (
            _finite_verb(following) or normalize(following.text) in _VERB_PARTICLES
        )
    if previous is not None and normalize(previous.text) in _CONJUNCTIONS | _COMMAS:
        return False  # the conjunction before it already started the clause, if any
    return _finite_verb(token) and word[:1] in _CONJUNCTIONS and len(word) > 3


def _finite_verb(token: Token) -> bool:
    """A verb that heads a clause: tagged VERB with a tense or mood, not a name tagged VERB."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    aspect = token.morph.get("Aspect")
    return bool(aspect) or token.dep_ in ("conj", "parataxis", "ROOT", "advcl", "ccomp")


def clause_of(token: Token) -> tuple[int, int]:
    """The (first, end) token indices of the clause `token` is in."""
    return token.doc._.clauses[token.i]
