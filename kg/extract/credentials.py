"""Credentials: an ambassador who presents his letters of credence to a head of state met him.

«تقبّل/تسلم الرئيس X أوراق اعتماد السفير Y» (and a list of ambassadors) is X's audience with
each; «قدم السفير Y أوراق اعتماده إلى الرئيس X» the same told from the ambassador's side. Only
a verb that tells it held reports one («سيقدم أوراق اعتماده» is planned, «لم يتسلم» denied).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.clauses import clause_of
from kg.extract.grammar import verb_subjects
from kg.extract.meeting_frames import Reading
from kg.extract.meeting_lists import listed_from
from kg.extract.meeting_sides import named_right_after
from kg.extract.modality import modality
from kg.extract.sentence import Sentence, entities
from kg.lang.ar.meetings import CREDENCE, INCLUDED, PRESENTING, RECEIVING_CREDENCE
from kg.types import Mention


def credentials(
    doc: Doc, sentence: Sentence, actors: list[Mention]
) -> Iterator[tuple[Token, Reading]]:
    """The audiences the sentence tells by letters of credence: the verb, and who met whom."""
    folded = doc._.folded
    if CREDENCE[0] not in folded[sentence.span.start : sentence.span.end]:
        return  # most sentences: no letters of credence, no loop over their words
    for token in sentence.span[1:]:
        if not folded[token.i].startswith(CREDENCE[1]) or folded[token.i - 1] != CREDENCE[0]:
            continue
        # the verb before the letters, however the parse hung them («وقدم السفير X أوراق
        # اعتماده»: under the name)
        before = reversed(doc[sentence.span.start : token.i - 1])
        verb = next((t for t in before if _credence_verb(folded[t.i])), None)
        if verb is None:
            continue
        lemma = folded[verb.i].removeprefix("و")
        future = lemma.startswith("س")
        if future or modality(verb, future) is not None:
            continue
        known = RECEIVING_CREDENCE | PRESENTING
        if lemma not in known and lemma[:1] in _PRESENT_PREFIXES and lemma[1:] in known:
            lemma = lemma[1:]  # «يتسلم», «يقدم»
        people = [m for m in actors if m.entity.type == "Person"]
        holders = verb_subjects(doc, verb, people) or named_right_after(doc, verb, people)
        _, end = clause_of(verb)
        start, stop = doc._.offsets[token.i][1], doc._.offsets[end - 1][1]
        after = sorted((m for m in people if start <= m.start < stop), key=lambda m: m.start)
        listed = listed_from(after, doc._.article.text, start)
        if lemma in RECEIVING_CREDENCE and not listed:
            listed = _included_next(doc, sentence.span.end)
        if lemma in RECEIVING_CREDENCE and holders and listed:
            # «تقبّل X أوراق اعتماد السفير Y»: X received each ambassador
            yield (
                token,
                Reading((entities(holders), entities(listed)), (), "meeting-credentials", 0.8),
            )
        elif lemma in PRESENTING and holders and listed:
            # «قدم السفير Y أوراق اعتماده إلى الرئيس X»
            yield (
                token,
                Reading((entities(listed), entities(holders)), (), "meeting-credentials", 0.8),
            )


def _credence_verb(word: str) -> bool:
    """A verb of receiving or presenting letters of credence, with «و» and the future «س»."""
    bare = word.removeprefix("و").removeprefix("س")
    verbs = RECEIVING_CREDENCE | PRESENTING
    return bare in verbs or (bare[:1] in _PRESENT_PREFIXES and bare[1:] in verbs)


_PRESENT_PREFIXES = ("ي", "ت")  # «يتسلم», «سيقدم»


def _included_next(doc: Doc, end: int) -> list[Mention]:
    """The people the sentences right after name, each opening with «وشمل ذلك» or «كما
    شمل» («تقبّل X أوراق اعتماد عدد من السفراء. وشمل ذلك كلا من السفير A …»): the
    ambassadors a receiving of credentials left unnamed."""
    folded = doc._.folded
    people = [m for m in doc._.mentions if m.entity.type == "Person"]
    found: list[Mention] = []
    while end < len(doc):
        sentence = doc[end].sent
        words = [w.removeprefix("و") for w in folded[sentence.start : sentence.start + 2]]
        if INCLUDED not in words:
            break
        start, stop = doc._.offsets[sentence.start][0], doc._.offsets[sentence.end - 1][1]
        found += [m for m in people if start <= m.start < stop]
        end = sentence.end
    return found
