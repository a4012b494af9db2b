"""Joining a legal case (`kg:joinedCase`): انضمام/انضمت/تدخل ... قضية.

The filer («المرفوعة من قبل X») and the respondent («ضد Y») are the case's plaintiff and
defendant, not joiners.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.sentence import Sentence, event_date, evidence, sentences, trigger_lemma
from kg.lexicon import Lexicon, nouns, verbs
from kg.normalize import normalize
from kg.types import Entity, Event, Mention

_JOIN_VERBS = verbs("انضم", "تدخل", "التحق")
_JOIN_NOUNS = nouns(انضمام=("انضمام",), تدخل=("تدخل",), التحاق=("التحاق",))
_JOIN_TRIGGERS = Lexicon.merged(_JOIN_VERBS, _JOIN_NOUNS)


@Language.component("kg_case_joining")
def find_case_joinings(doc: Doc) -> Doc:
    """Add the states joining a legal case to `doc._.events`."""
    for sentence in sentences(doc, doc._.mentions):
        doc._.events.extend(_case_joinings(doc, sentence))
    return doc


def _case_joinings(doc: Doc, sentence: Sentence) -> list[Event]:
    events = []
    cases = [m for m in sentence.mentions if m.entity.type == "LegalCase"]
    if not cases:
        return events
    for token in sentence.tokens_in(_JOIN_TRIGGERS):
        if trigger_lemma(token, _JOIN_VERBS, _JOIN_NOUNS) is None:
            continue
        start = doc._.offsets[token.i][0]
        case = next((m for m in cases if m.start > start), None)
        if case is None:
            continue
        parties = _case_parties(doc, sentence, case)
        excluded = {entity.key for _, entity in parties}
        candidates = [
            m
            for m in sentence.mentions
            if m.entity.type == "State" and m.entity.key not in excluded and m.end <= case.start
        ]
        # The subject: the nearest state before the trigger (SVO, or a verb before the
        # joining noun), else the first after it (VSO: «انضمت كولومبيا إلى ...»).
        before = [m for m in candidates if m.end <= start]
        joiners = before[-1:] or [m for m in candidates if m.start >= start][:1]
        if not joiners:
            continue
        events.append(
            Event(
                kind="CaseJoining",
                sides=((joiners[-1].entity,),),
                evidence=evidence(doc, sentence, token),
                confidence=0.8,
                rule="join-case",
                target=case.entity,
                date=event_date(sentence, start, doc._.article.published),
                roles=parties,
            )
        )
    return events


def _case_parties(doc: Doc, sentence: Sentence, case: Mention) -> tuple[tuple[str, Entity], ...]:
    """The states named after the case as its filer («المرفوعة من قبل X») or respondent («ضد Y»)."""
    text = doc._.article.text
    parties = []
    for mention in sentence.mentions:
        if mention.start <= case.start or mention.entity.type != "State":
            continue
        before = normalize(text[max(case.start, mention.start - 25) : mention.start])
        if "ضد" in before.split()[-1:] or before.rstrip().endswith("ضد"):
            parties.append(("defendant", mention.entity))
        elif "قبل" in before or "رفعت" in before or "رفعها" in before:
            parties.append(("plaintiff", mention.entity))
    return tuple(parties)
