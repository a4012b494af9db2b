"""Days a meeting's sentence tells by reference to another day: «في اليوم نفسه», «عقب
اللقاء» (the day of the meeting told before), «في اليوم التالي», «وسبق ذلك بيومين» (a day
counted from the last one the text gave)."""

from __future__ import annotations

import datetime
import re

from spacy.tokens import Doc, Token

from kg.dates import find_dates
from kg.extract.clauses import clause_characters
from kg.extract.places import arrival_before, occasion_before
from kg.extract.sentence import Sentence
from kg.extract.triggers import triggers
from kg.lang.ar.dates import DAY_SHIFTS, SAME_DAY
from kg.lang.ar.meetings import RECEIVING
from kg.normalize import normalize, normalize_with_offsets
from kg.types import Event, EventDate


def told_day(
    doc: Doc, sentence: Sentence, token: Token, date: EventDate | None
) -> EventDate | None:
    """The meeting's date once a day told by reference is read: a day counted from another
    («ثم استقبله في اليوم التالي»), else the day of the meeting told before when the sentence
    says so and gives no date of its own, else the day of the arrival the sentence before
    tells when this one is the reception there; else `date`, the one the sentence gives."""
    shifted = _shifted_day(doc, sentence, token)
    if shifted is not None:
        return shifted
    if (
        date is not None
        and date.end_value is not None
        and _LAST_DAY.search(normalize(doc._.article.text[sentence.start : sentence.end]))
    ):
        # «القمة … يومي 1 و2 يوليو، وحضرها X في يومها الثاني»: the range's last day
        return EventDate(date.end_value, date.end_precision or "day", "text")
    if date is None or date.basis == "text":
        return date
    occasion = occasion_before(doc, sentence, _dated_by_text, token)
    if occasion is not None:
        # «وعلى هامش القمة، التقى …»: the day of the summit told before
        return occasion.date
    told = normalize(doc._.article.text[sentence.start : sentence.end])
    if _SAME_DAY.search(told) is not None:
        # «في اليوم نفسه», «عقب اللقاء»: the day of the meeting told before
        return _day_told_before(doc) or date
    if _AT_ARRIVAL.search(told) or _a_reception(token):
        # «وصل X إلى إسلام آباد، اليوم الجمعة 9 مايو. واستقبل رئيس الوزراء X»: the arrival's day
        return _arrival_day(doc, sentence) or date
    return date


def _a_reception(token: Token) -> bool:
    trigger = triggers().of(token)
    return trigger is not None and trigger.lemma in RECEIVING


# folded: «في يومها الثاني», «في اليوم الأخير»: the last day of a two-day range
_LAST_DAY = re.compile(r"(?<!\w)(?:يومها|يومه|اليوم) (?:الثاني|الاخير|الختامي)(?!\w)")


def _dated_by_text(event: Event) -> bool:
    return event.date is not None and event.date.basis == "text"


def _arrival_day(doc: Doc, sentence: Sentence) -> EventDate | None:
    """«حطت طائرة X في الرياض في 7 كانون الأول 2022. وكان في استقباله Y»: a reception at the
    arrival the sentence before tells is held on the day that sentence gives."""
    before = arrival_before(doc, sentence)
    if before is None:
        return None
    start, end = doc._.offsets[before.start][0], doc._.offsets[before.end - 1][1]
    text = doc._.article.text[start:end]
    days = [d for d in find_dates(text, doc._.article.published) if d.precision == "day"]
    # «… اليوم الجمعة 9 مايو، قادماً من نيودلهي التي زارها أمس»: the first is the arrival's
    return EventDate(days[0].value, "day", "text") if days else None


def _shifted_day(doc: Doc, sentence: Sentence, token: Token) -> EventDate | None:
    """«فالتقى في 28 مايو الرئيس X، ثم استقبله في اليوم التالي Y», «وفي اليوم التالي، التقى»:
    a meeting whose sentence counts a day from another before the end of its clause, and names
    no date after that, is dated from the last day named before in the sentence, or from the
    last meeting the article dated («وكان ولي العهد قد استقبل في اليوم السابق …» after
    «محادثات جدة في 11 مارس»)."""
    end = clause_characters(token)[1]
    folded, offsets = normalize_with_offsets(doc._.article.text[sentence.start : end])
    found = [(match, days) for pattern, days in _SHIFTS for match in pattern.finditer(folded)]
    if not found:
        return None
    match, days = max(found, key=lambda found: found[0].start())
    phrase = sentence.start + offsets[match.start()]
    if any(phrase <= d.start < end for d in sentence.dates):
        return None  # «في اليوم التالي، 29 مايو»: the sentence dates it after all
    earlier = [d for d in sentence.dates if d.end <= phrase and d.precision == "day"]
    told = _day_told_before(doc, sentence.start)
    anchor = earlier[-1].value if earlier else getattr(told, "value", None)
    if anchor is None:
        return None
    day = datetime.date.fromisoformat(anchor) + datetime.timedelta(days=days)
    return EventDate(day.isoformat(), "day", "text")


_SHIFTS = [
    (re.compile(rf"(?<!\w)[وف]?(?:في )?(?:{pattern})(?!\w)"), days) for pattern, days in DAY_SHIFTS
]


def _day_told_before(doc: Doc, before: int | None = None) -> EventDate | None:
    """The day of the last meeting the article dated by its text (in a sentence before
    character `before`, when given: a day counted from it is not counted twice): what «في
    اليوم نفسه» refers to."""
    dated = [
        e.date
        for e in doc._.events
        if e.date is not None
        and e.date.basis == "text"
        and (before is None or e.evidence.sentence_start < before)
    ]
    return dated[-1] if dated and dated[-1].precision == "day" else None


# «وكان في استقباله», «في استقبالها لدى وصولها» (folded): a reception at an arrival
_AT_ARRIVAL = re.compile(r"(?<!\w)في استقبال(?:ه|ها|هم|هما)(?!\w)")
_SAME_DAY = re.compile(rf"(?<!\w)[وف]?(?:{SAME_DAY})(?!\w)")
