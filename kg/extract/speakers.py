"""Who says «I»: the speaker of a transcript's turn («غولر: استقبلت أمس نظيري …») or of a
quotation («وقال الوزير X: «التقيت نظيري …»»). A meeting verb in the first person that opens
the turn or the quotation has the speaker as its subject; its form is also the past of «she»
(«استقبلت الوزيرة …»), so a verb after an actor, or anywhere else, is not read so.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.sentence import Sentence
from kg.extract.triggers import triggers
from kg.lang.ar.grammar import SAYING
from kg.lang.ar.morphology import without_conjunction
from kg.normalize import normalize, normalize_with_offsets
from kg.types import Mention


def speaker(doc: Doc, sentence: Sentence, verb: Token) -> Mention | None:
    """The person who says the first-person `verb`, if its turn or quotation opens with it."""
    start = doc._.offsets[verb.i][0]
    text = doc._.article.text
    for label, turn_start, turn_end in doc._.article.turns:
        if turn_start <= start < turn_end:
            said = _opening(text, sentence, turn_start, start)
            return _labelled(text, doc._.mentions, label, turn_start) if said else None
    opened = _quotation_open_at(text, start)
    if opened is not None and opened < sentence.start and triggers().only_i(verb):
        # «ألقى X كلمة …، وفيما يلي نصها:» and the speech printed in a quotation over several
        # lines: its «التقيت» anywhere is the speaker's
        return _speech_giver(doc, opened)
    colon = text.rfind(":", sentence.start, start)
    if colon == -1 and text[sentence.start : start].lstrip().startswith("«"):
        # «كما التقيتُ خلال الزيارة …»: a paragraph of a letter or a reply the outlet prints
        # whole, whose writer it named («تلقت «التغيير» من X رداً …»)
        return _writer(doc) if _opening(text, sentence, sentence.start, start) else None
    if colon == -1 or not _opening(text, sentence, colon + 1, start):
        return None
    words, offsets = normalize_with_offsets(text[sentence.start : colon])
    saying = [m.start() for m in re.finditer(r"\S+", words) if without_conjunction(m[0]) in SAYING]
    if not saying:
        return None
    said_from = sentence.start + offsets[saying[-1]]
    people = [
        m
        for m in sentence.mentions
        if m.entity.type == "Person" and said_from < m.start and m.end <= colon
    ]
    return people[-1] if people else None


def _quotation_open_at(text: str, position: int) -> int | None:
    """Where the quotation that `position` stands in opens, if one is open there."""
    opened = text.rfind("«", 0, position)
    return opened if opened != -1 and text.find("»", opened, position) == -1 else None


def _speech_giver(doc: Doc, opened: int) -> Mention | None:
    """The first person named on the line that introduces a quotation opening a line of its
    own, when that line says he spoke («ألقى وزير الخارجية X كلمة …، وفيما يلي نصها:»)."""
    text = doc._.article.text
    line_start = text.rfind("\n", 0, opened) + 1
    if text[line_start:opened].strip():
        return None  # the quotation opens inside a line: the colon rules read it
    intro_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    words = {without_conjunction(w) for w in normalize(text[intro_start:line_start]).split()}
    if not words & (SAYING | _SPEECHES):
        return None
    people = [
        m
        for m in doc._.mentions
        if m.entity.type == "Person" and intro_start <= m.start and m.end <= line_start
    ]
    return min(people, key=lambda m: m.start, default=None)


_SPEECHES = {"كلمه", "كلمته", "كلمتها", "خطاب", "خطابا", "خطابه", "نصها", "نصه"}  # folded


def _opening(text: str, sentence: Sentence, begin: int, verb_start: int) -> bool:
    """Whether only an answer's first words («نعم،», ««») stand before the verb."""
    before = normalize(text[max(begin, sentence.start) : verb_start]).replace("«", " ").split()
    return all(word.strip("،,") in _OPENERS for word in before)


_OPENERS = {"", "نعم", "بالفعل", "طبعا", "اجل", "كما", "قد", "وقد", "ثم"}  # folded


def _writer(doc: Doc) -> Mention | None:
    """The person the article says sent what it prints: named after «من» in a sentence that
    names a reply, a letter or a statement («تلقت «التغيير» من مدير الجامعة X رداً»)."""
    text = doc._.article.text
    for span in doc.sents:
        words = set(doc._.folded[span.start : span.end])
        if not words & _LETTERS:
            continue
        start, end = doc._.offsets[span.start][0], doc._.offsets[span.end - 1][1]
        for mention in doc._.mentions:
            before = normalize(text[max(start, mention.start - _FROM_REACH) : mention.start])
            sent_by = start <= mention.start < end and _FROM in before.split()
            if sent_by and mention.entity.type == "Person":
                return mention
    return None


_LETTERS = {"ردا", "رد", "رساله", "توضيحا", "تعقيبا", "بيانا"}  # folded
_FROM = "من"
_FROM_REACH = 40  # characters: «من مدير جامعة الخرطوم البروفيسور»


def _labelled(text: str, mentions: list[Mention], label: str, turn_start: int) -> Mention | None:
    """The person whose name ends with the turn's label, named last before the turn (or
    first after it)."""
    words = normalize(label).split()
    named = [
        m
        for m in mentions
        if m.entity.type == "Person"
        and normalize(text[m.start : m.end]).split()[-len(words) :] == words
    ]
    before = [m for m in named if m.end <= turn_start]
    return (before[-1:] or named[:1] or [None])[0]
