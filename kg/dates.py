"""Date expressions in Arabic news text, normalised to ISO values.

Matching runs on folded text (`kg.normalize`), so أكتوبر/اكتوبر, الثَّاني/الثاني or ٢٣/23 need
one rule each; offsets are mapped back to the original text. The expressions covered:

- explicit dates: a day (digits or an ordinal word, «السابع من»), a month from any of the
  Gregorian, Levantine and Maghrebi series (paired or not: «أبريل/نيسان», «نيسان (أبريل)») and a
  year («2024», «عام 2024», «من العام الماضي»); English forms («6th, November 2025»,
  «November 6, 2025») and numeric ones («2025-08-02», «02/08/2025», read day first);
- a year alone, only after a cue («عام 2024», «في 2023», «منذ 2011»), never a bare number;
- relative expressions, resolved against the anchor (the publication date) and skipped without
  one: «أمس», «أول أمس», «اليوم», weekdays, «الأسبوع/الشهر/العام الماضي» and the like;
- ranges «من ... إلى ...», «بين ... و...», «1-3 مارس», where the second part lends the first
  its missing month and year.

A month (and day) without a year is placed on the latest date on or before the anchor (news
reports the past); «الماضي» makes it strictly before, «المقبل» strictly after, «الجاري» the
anchor's year. Weekdays follow the same rule. A week has no ISO form of its own, so
«الأسبوع الماضي» is given the month of the day a week before the anchor.

Spans leave out the conjunctions and prepositions attached to the first word («وبنوفمبر» →
«نوفمبر»), except where a preposition has fused with the article («للعام الماضي»).
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from hijridate import Hijri

from kg.lang.ar import dates as ar
from kg.normalize import normalize, normalize_with_offsets


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with its ISO value."""

    start: int  # char offset in the original text (inclusive)
    end: int  # char offset in the original text (exclusive)
    value: str  # ISO lexical form: "2025-04-11" | "2025-04" | "2025"
    precision: str  # "day" | "month" | "year" (xsd:date, xsd:gYearMonth, xsd:gYear)
    end_value: str | None = None  # the end of a range
    end_precision: str | None = None
    relative: bool = False  # resolved against the anchor


# ---------------------------------------------------------------- vocabulary (kg.lang.ar.dates)

_MONTHS = {normalize(n): i for i, names in enumerate(ar.MONTH_NAMES, start=1) for n in names}
_HIJRI_MONTHS = {
    normalize(n): i for i, names in enumerate(ar.HIJRI_MONTH_NAMES, start=1) for n in names
}
_WEAK_MONTHS = {normalize(n) for n in ar.WEAK_MONTHS}
# the word a month's name ends in («أيلول», «الثاني» of «تشرين الثاني»), folded; the weak ones
# («آب», «ماي») are other words too
MONTH_WORDS = frozenset(normalize(n.split()[-1]) for names in ar.MONTH_NAMES for n in names)
STRONG_MONTH_WORDS = MONTH_WORDS - _WEAK_MONTHS

_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

_WEEKDAYS = {
    normalize(name): number  # date.weekday() numbering
    for number, names in enumerate(ar.WEEKDAYS)
    for name in names.split()
}

# Ordinal words for days of the month, by their stem (without the article), both genders.
_UNITS = {
    word: number for number, words in enumerate(ar.ORDINALS, start=1) for word in words.split()
}
_COMPOUND_UNITS = ar.COMPOUND_ONE | {k: v for k, v in _UNITS.items() if 2 <= v <= 9}
_ORDINAL_STEMS = {normalize(k): v for k, v in (_UNITS | _COMPOUND_UNITS | ar.TENS).items()}

_DIRECTIONS = {
    normalize(word): direction for direction, words in ar.DIRECTIONS for word in words.split()
}
_SHIFTS = {"past": -1, "current": 0, "next": 1}


def _folded_set(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


_CUES = _folded_set(ar.CUES)
_COUNTED = _folded_set(ar.COUNTED)
_PERIOD_NOUNS = _folded_set(ar.PERIOD_NOUNS)
_WEEKDAY_BLOCKERS_BEFORE = _folded_set(ar.WEEKDAY_BLOCKERS_BEFORE)
_WEEKDAY_BLOCKERS_AFTER = _folded_set(ar.WEEKDAY_BLOCKERS_AFTER)
_TODAY_BLOCKERS_BEFORE = _folded_set(ar.TODAY_BLOCKERS_BEFORE)
_TODAY_BLOCKERS_AFTER = _folded_set(ar.TODAY_BLOCKERS_AFTER)
_RANGE_CUES = _folded_set(ar.RANGE_CUES)
_GENERAL_NOUNS = _folded_set(ar.GENERAL_NOUNS)


# ---------------------------------------------------------------- patterns (folded at import)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, any run of spaces between their parts."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern written in natural Arabic spelling against folded text."""
    return re.compile(normalize(pattern), re.VERBOSE | flags)


_MONTH = _alternation(_MONTHS)
_WEEKDAY = _alternation(_WEEKDAYS)
_DIRECTION = _alternation(_DIRECTIONS)
_UNIT = _alternation(normalize(w) for w in _UNITS)
_COMPOUND_UNIT = _alternation(normalize(w) for w in _COMPOUND_UNITS)
# First word of a match: the conjunction و/ف and the prepositions ب/ل/ك are left out of the
# span, but not ل fused with the article (للعام), whose own lam would otherwise be lost.
_CLITICS = r"(?<!\w)(?P<pre>[وف]?(?:[بلك](?!ل))?)"
_ARTICLE = r"(?:ال|لل)"
_ORDINAL = rf"""{_ARTICLE}(?:
        (?:{_COMPOUND_UNIT})\s+عشرة?                                # 11-19
      | (?:(?:{_COMPOUND_UNIT})\s+وال)?(?:عشرين|عشرون|ثلاثين|ثلاثون)  # 20-31
      | (?:{_UNIT})                                                 # 1-10
    )(?!\w)"""
_DAY = rf"(?:ال)?\d{{1,2}}(?!\d)|{_ORDINAL}"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)(?!\s?[%٪])(?:م(?!\w))?"
_RELATIVE_YEAR = rf"{_ARTICLE}?(?:عام|سنة)\s+(?:{_DIRECTION})|هذا\s+العام|هذه\s+السنة"
_RELATIVE_MONTH = rf"{_ARTICLE}شهر\s+(?:{_DIRECTION})|هذا\s+الشهر"

_ARABIC_DATE = _compile(
    rf"""{_CLITICS}
    (?P<span>
        (?:
            (?:(?:يوم\s+)?(?P<wd>{_WEEKDAY})\s*[،,]?\s+)?
            (?P<day>{_DAY})(?:\s+(?:من\s+)?|\s*[-–/]\s*(?={_MONTH}\s*[-–/]\s*(?:19|20)\d\d))
        )?
        (?P<mexpr>
            (?P<shahr>شهر\s+)?
            (?P<mon>{_MONTH})
            # «تشرين الثاني/نوفمبر», «تشرين الثاني (نوفمبر)», «تشرين الثاني نوفمبر»
            (?:(?:\s*[/(]\s*|\s+)(?P<pair>{_MONTH})(?:\s*\))?)?
        )
        (?:
            # «12 - مايو - 2023», «24/أكتوبر/2024»: a page's date line
            (?:\s+(?:من\s+)?(?:{_ARTICLE}?(?:عام|سنة)\s+)?|\s*[-–/]\s*){_YEAR}
          | \s+(?:من\s+)?(?P<ryear>{_RELATIVE_YEAR})
        )?
        (?:\s+(?P<dir>{_DIRECTION}))?
    )(?!\w)"""
)
# «11 رمضان 1446 هـ», «الخامس من ذي الحجة 1445»: a day of a Hijri month, with its year
_HIJRI_DATE = _compile(
    rf"""{_CLITICS}
    (?P<span>(?P<day>{_DAY})\s+(?:من\s+)?(?:شهر\s+)?(?P<mon>{_alternation(_HIJRI_MONTHS)})
    \s+(?:(?:عام|سنة)\s+)?(?P<year>1[34]\d\d)(?!\d)(?:\s*ه(?!\w))?)(?!\w)"""
)
# A Gregorian date with its year: one beside a Hijri date is the one read.
_GREGORIAN_BESIDE = 48  # characters before or after a Hijri date («… الموافق 18 فبراير 2025م»)
# «في العاشر من الشهر الجاري», «في 5 من الشهر الماضي».
_DAY_OF_RELATIVE_MONTH = _compile(
    rf"""{_CLITICS}(?P<span>(?P<day>{_DAY})\s+(?:من\s+)?(?P<month>{_RELATIVE_MONTH}))(?!\w)"""
)
_YEAR_ALONE = _compile(
    rf"""{_CLITICS}(?P<span>(?:(?P<cue>{_ARTICLE}?(?:عام|سنة)|عامي|سنتي)\s+)?{_YEAR})"""
)
_EN_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_EN_SUFFIX = r"(?:st|nd|rd|th)?"
_ENGLISH_DAY_FIRST = _compile(
    rf"(?<!\w)(?:(?P<day>\d{{1,2}}){_EN_SUFFIX},?\s+(?:of\s+)?)?{_EN_MONTH},?\s+{_YEAR}",
    re.IGNORECASE,
)
_ENGLISH_MONTH_FIRST = _compile(
    rf"(?<!\w){_EN_MONTH}\s+(?P<day>\d{{1,2}}){_EN_SUFFIX},?\s+{_YEAR}", re.IGNORECASE
)
# «سبتمبر 15, 2020»: the month first, as a page's date line in the English order writes it
_ARABIC_MONTH_FIRST = _compile(rf"(?<!\w)(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}})\s*[,،]\s*{_YEAR}")
_NUMERIC_YEAR_FIRST = _compile(
    r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>\d\d?)(?P=sep)(?P<day>\d\d?)"
    r"(?!\d|[-/.]\d)"
)
_NUMERIC_DAY_FIRST = _compile(
    r"(?<![\d/.-])(?P<day>\d\d?)(?P<sep>[-/.])(?P<month>\d\d?)(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"(?!\d|[-/.]\d)"
)
_WEEKDAY_ALONE = _compile(
    rf"""{_CLITICS}(?P<span>(?P<yawm>يوم\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<dir>{_DIRECTION}))?)
    (?!\w)"""
)
_RELATIVE = _compile(
    rf"""{_CLITICS}
    (?P<span>
        (?P<d2>أول\s+أمس|أمس\s+الأول)(?:\s+(?:{_WEEKDAY}))?
      | (?P<t2>بعد\s+غد)(?:\s+(?:{_WEEKDAY}))?
      | (?P<t1>غدا|(?:يوم\s+)?غد)(?:\s+(?:{_WEEKDAY}))?
      | (?P<d1>أمس|(?<=ب)الأمس|البارحة)(?:\s+(?:{_WEEKDAY}))?
      | (?P<d0>اليوم)(?P<d0wd>\s+(?:{_WEEKDAY}))?
      | (?P<week>{_ARTICLE}أسبوع\s+(?:{_DIRECTION})|هذا\s+الأسبوع)
      | (?P<month>{_RELATIVE_MONTH})
      | (?P<year>{_RELATIVE_YEAR})
    )(?!\w)"""
)
_RANGE_GAP = _compile(r"\s*(?:(?P<dash>[-–—])|(?P<and>و)|و?(?:إلى|حتى|لغاية))\s*")
_LIST_GAP = _compile(r"\s*(?:[،,]\s*)?(?:و|أو)\s*|\s*[،,]\s*")
# A bare day before a day-month: «بين 1 و3 مارس», «من الأول إلى الثالث من مارس», «1-3 مارس»,
# «يومي 23 و24 أكتوبر» (the two days).
_DAY_RANGE_HEAD = _compile(
    rf"""(?:(?<!\w)(?P<cue>بين|من|يومي)\s+)?(?<!\w)(?P<day>{_DAY})
    \s*(?:(?P<dash>[-–])|و|إلى|حتى)\s*$"""
)
# «في حزيران الماضي، التقى خلالها في 22 منه», «في العاشر من الشهر نفسه»: a day of the month
# told before
_SAME_MONTH = r"الشهر\s+(?:نفسه|ذاته)|ذات الشهر|نفس الشهر"
_DAY_OF_IT = _compile(
    rf"(?<!\w)(?P<day>\d{{1,2}}|{_ORDINAL})\s+(?:منه|من\s+(?:{_SAME_MONTH}))(?!\w)"
)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_LAST_WORD = re.compile(r"(\w+)\s*$")
_FIRST_WORD = re.compile(r"\s*(\w+)")


# ---------------------------------------------------------------- candidates


@dataclass(frozen=True)
class _Candidate:
    """A date found in folded text; `year` is None until placed against the anchor."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    relative: bool = False
    direction: str = ""
    cued: bool = True  # False: a bare month or year, kept only as one end of a range


_Builder = Callable[[re.Match[str], str, datetime.date | None], _Candidate | None]


def _previous_word(folded: str, pos: int) -> str:
    match = _LAST_WORD.search(folded, max(0, pos - 24), pos)
    return match[1] if match else ""


def _next_word(folded: str, pos: int) -> str:
    match = _FIRST_WORD.match(folded, pos)
    return match[1] if match else ""


def _is_one_of(word: str, words: frozenset[str]) -> bool:
    """`word`, possibly behind the conjunction و/ف, is in `words`."""
    return word in words or (word[:1] in ("و", "ف") and word[1:] in words)


def _day_value(text: str) -> int:
    """The day number of a digit day («23», «ال23») or an ordinal («الحادي والعشرين»)."""
    if text[-1].isdigit():
        return int(text.removeprefix("ال"))
    total = 0
    for word in text.split():
        stem = word.removeprefix("و") if word.startswith("وال") else word
        total += _ORDINAL_STEMS[stem[2:] if stem.startswith(("ال", "لل")) else stem]
    return total


def _month_of(text: str) -> int:
    return _MONTHS[" ".join(text.split())]


def _arabic_date(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate | None:
    if m["pair"] and _month_of(m["pair"]) != _month_of(m["mon"]):
        return None  # two months side by side that are not one month's two names
    start, day, part_of_month = m.start("span"), None, False
    if m["day"]:
        day = _day_value(m["day"])
        ordinal = not m["day"][-1].isdigit()
        before = _previous_word(folded, m.start())
        if ordinal and not m["wd"] and _is_one_of(before, _PERIOD_NOUNS):
            start, day, part_of_month = m.start("mexpr"), None, True
    year, relative = None, False
    if m["year"]:
        year = int(m["year"])
    elif m["ryear"]:
        if anchor is None:
            return None
        year, relative = anchor.year + _SHIFTS[_phrase_direction(m["ryear"])], True
    explicit = day is not None or year is not None or bool(m["dir"] or m["shahr"] or m["pair"])
    cued = (
        explicit
        or part_of_month
        or (
            m["mon"] not in _WEAK_MONTHS
            and ("ب" in m["pre"] or _is_one_of(_previous_word(folded, m.start()), _CUES))
        )
    )
    direction = _DIRECTIONS.get(m["dir"] or "", "")
    return _Candidate(
        start, m.end("span"), year, _month_of(m["mon"]), day, relative, direction, cued
    )


def _phrase_direction(phrase: str) -> str:
    """The direction a relative phrase ends on: «العام الماضي» → past; «هذا العام» → current."""
    return _DIRECTIONS.get(phrase.split()[-1], "current")


def _year_alone(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate:
    cued = m["cue"] is not None or (
        _is_one_of(_previous_word(folded, m.start()), _CUES)
        and _next_word(folded, m.end()) not in _COUNTED
    )
    return _Candidate(m.start("span"), m.end("span"), int(m["year"]), cued=cued)


def _english_date(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate:
    month = _EN_MONTHS.index(m["mon"][:3].lower()) + 1
    day = int(m["day"]) if m["day"] else None
    return _Candidate(m.start(), m.end(), int(m["year"]), month, day)


def _arabic_month_first(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate:
    return _Candidate(m.start(), m.end(), int(m["year"]), _month_of(m["mon"]), int(m["day"]))


def _numeric_date(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate:
    """Day first, as the Arab press writes it, unless only month-first makes sense (04/23/2025)."""
    day, month = int(m["day"]), int(m["month"])
    if month > 12 >= day:
        day, month = month, day
    return _Candidate(m.start(), m.end(), int(m["year"]), month, day)


def _weekday(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate | None:
    if anchor is None or (not m["yawm"] and _names_something_else(m, folded)):
        return None
    back = (anchor.weekday() - _WEEKDAYS[m["wd"]]) % 7
    direction = _DIRECTIONS.get(m["dir"] or "", "")
    if direction == "past" and back == 0:
        back = 7
    elif direction == "next":
        back -= 7
    day = anchor - datetime.timedelta(days=back)
    return _Candidate(m.start("span"), m.end("span"), day.year, day.month, day.day, True)


def _names_something_else(m: re.Match[str], folded: str) -> bool:
    """«صلاة الجمعة», «الأحد عشر», «الطرفين الاثنين» (the two): a weekday word that is no day."""
    before = _previous_word(folded, m.start())
    if _is_one_of(before, _WEEKDAY_BLOCKERS_BEFORE) or (
        _next_word(folded, m.end()) in _WEEKDAY_BLOCKERS_AFTER
    ):
        return True
    dual = before.startswith("ال") and before.endswith("ين")
    return _WEEKDAYS[m["wd"]] == 0 and dual


def _relative(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate | None:
    if anchor is None:
        return None
    start, end = m.start("span"), m.end("span")
    if m["d0"] and not m["d0wd"] and _today_is_another_day(m, folded):
        return None
    if m["year"] and _is_one_of(_previous_word(folded, m.start()), _GENERAL_NOUNS):
        return None
    for group, days in (("d2", 2), ("d1", 1), ("d0", 0), ("t1", -1), ("t2", -2)):
        if m[group]:  # «غداً الثلاثاء», «بعد غد»: tomorrow, the day after (days back < 0)
            day = anchor - datetime.timedelta(days=days)
            return _Candidate(start, end, day.year, day.month, day.day, True)
    shift = _SHIFTS[_phrase_direction(m["span"])]
    if m["week"]:
        day = anchor + datetime.timedelta(weeks=shift)
        return _Candidate(start, end, day.year, day.month, relative=True)
    if m["month"]:
        return _Candidate(start, end, *_shift_month(anchor, shift), relative=True)
    return _Candidate(start, end, anchor.year + shift, relative=True)


def _shift_month(anchor: datetime.date, shift: int) -> tuple[int, int]:
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
    return year, month + 1


def _day_of_relative_month(
    m: re.Match[str], folded: str, anchor: datetime.date | None
) -> _Candidate | None:
    if anchor is None:
        return None
    year, month = _shift_month(anchor, _SHIFTS[_phrase_direction(m["month"])])
    return _Candidate(m.start("span"), m.end("span"), year, month, _day_value(m["day"]), True)


def _today_is_another_day(m: re.Match[str], folded: str) -> bool:
    """«في ذلك اليوم», «اليوم التالي», «اليوم الوطني»: اليوم that is not the anchor."""
    return (
        _is_one_of(_previous_word(folded, m.start()), _TODAY_BLOCKERS_BEFORE)
        or _next_word(folded, m.end()) in _TODAY_BLOCKERS_AFTER
    )


def _hijri_date(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate | None:
    """A Hijri date, in the Gregorian calendar (Umm al-Qura, `hijridate`); none when a
    Gregorian date with its year is written beside it («13 ربيع الآخر 1446هـ الموافق 16 أكتوبر
    2024م»: the one the writer gives, which a sighting may put a day off the tables)."""
    start, end = m.start("span"), m.end("span")
    around = (
        folded[max(0, start - _GREGORIAN_BESIDE) : start]
        + " "
        + folded[end : end + _GREGORIAN_BESIDE]
    )
    if any(g["year"] for g in _ARABIC_DATE.finditer(around)):
        return None
    try:
        day = Hijri(int(m["year"]), _HIJRI_MONTHS[" ".join(m["mon"].split())], _day_value(m["day"]))
    except (ValueError, OverflowError):
        return None  # a day the month has not, or a year outside the calendar's tables
    gregorian = day.to_gregorian()
    return _Candidate(start, end, gregorian.year, gregorian.month, gregorian.day)


def _day_of_it(m: re.Match[str], folded: str, anchor: datetime.date | None) -> _Candidate:
    """A day with no month yet: `_of_the_same_year` gives it the month told before it."""
    return _Candidate(m.start(), m.end(), None, None, _day_value(m["day"]))


_BUILDERS: tuple[tuple[re.Pattern[str], _Builder], ...] = (
    (_ARABIC_DATE, _arabic_date),
    (_HIJRI_DATE, _hijri_date),
    (_DAY_OF_RELATIVE_MONTH, _day_of_relative_month),
    (_YEAR_ALONE, _year_alone),
    (_ENGLISH_DAY_FIRST, _english_date),
    (_ENGLISH_MONTH_FIRST, _english_date),
    (_ARABIC_MONTH_FIRST, _arabic_month_first),
    (_NUMERIC_YEAR_FIRST, _numeric_date),
    (_NUMERIC_DAY_FIRST, _numeric_date),
    (_WEEKDAY_ALONE, _weekday),
    (_RELATIVE, _relative),
    (_DAY_OF_IT, _day_of_it),
)


def _candidates(folded: str, anchor: datetime.date | None) -> Iterator[_Candidate]:
    for pattern, build in _BUILDERS:
        for match in pattern.finditer(folded):
            candidate = build(match, folded, anchor)
            if candidate is not None:
                yield candidate


def _longest_first(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, a longer one winning over any it overlaps; in text order."""
    chosen: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# ---------------------------------------------------------------- placing and pairing


def _is_valid(year: int, month: int | None, day: int | None) -> bool:
    try:
        datetime.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return False
    return True


def _place(c: _Candidate, anchor: datetime.date | None) -> _Candidate | None:
    """Give a year-less candidate the year that puts it where its direction says from the anchor."""
    if c.year is not None:
        return c
    if anchor is None or c.month is None:
        return None
    key = (c.month,) if c.day is None else (c.month, c.day)
    here = (anchor.year, anchor.month, anchor.day)[: len(key) + 1]
    years = [y for y in range(anchor.year - 4, anchor.year + 5) if _is_valid(y, c.month, c.day)]
    if c.direction == "current":
        fitting = [y for y in years if y == anchor.year]
    elif c.direction == "next":
        fitting = [y for y in years if (y, *key) > here][:1]
    elif c.direction == "past":
        fitting = [y for y in years if (y, *key) < here][-1:]
    else:
        fitting = [y for y in years if (y, *key) <= here][-1:]
    return replace(c, year=fitting[0], relative=True) if fitting else None


def _borrow(first: _Candidate, second: _Candidate) -> _Candidate:
    """Fill the month and year `first` leaves out from `second` («من 28 أبريل إلى 2 مايو 2025»)."""
    if first.year is not None or second.year is None:
        return first
    month = first.month or second.month
    if month is None:
        return first
    earlier = (month, first.day or 0) <= (second.month or 12, second.day or 31)
    year = second.year if earlier else second.year - 1
    return replace(first, year=year, month=month, relative=second.relative)


def _is_range(first: _Candidate, second: _Candidate, folded: str) -> bool:
    gap = _RANGE_GAP.fullmatch(folded, first.end, second.start)
    if gap is None or _next_word(folded, second.end) in _COUNTED:
        return False
    if gap["dash"]:
        return True
    cue = _previous_word(folded, first.start)
    return cue in _RANGE_CUES and (gap["and"] is None or cue == "بين")


def _day_range_head(second: _Candidate, folded: str, floor: int) -> _Candidate | None:
    """The bare first day of «بين 1 و3 مارس 2024», read off the text before `second`."""
    if second.day is None:
        return None
    head = _DAY_RANGE_HEAD.search(folded, max(floor, second.start - 40), second.start)
    if head is None or not (head["cue"] or head["dash"]):
        return None
    return _Candidate(head.start("day"), head.end("day"), None, None, _day_value(head["day"]))


def _start_key(c: _Candidate) -> tuple[int, int, int]:
    return (c.year or 0, c.month or 1, c.day or 1)


def _as_range(
    first: _Candidate, second: _Candidate, anchor: datetime.date | None
) -> tuple[_Candidate, _Candidate] | None:
    """`first` and `second` placed as the two ends of a range, or None if they cannot be."""
    end = _place(second, anchor)
    begin = _place(_borrow(first, end), anchor) if end else None
    if begin is None or end is None or _start_key(begin) > _start_key(end):
        return None
    return begin, end


def _pair_up(
    chosen: list[_Candidate], folded: str, anchor: datetime.date | None
) -> Iterator[tuple[_Candidate, _Candidate | None]]:
    """Placed candidates, each alone or with the end of the range it starts."""
    floor = index = 0
    while index < len(chosen):
        current = chosen[index]
        following = chosen[index + 1] if index + 1 < len(chosen) else None
        head = _day_range_head(current, folded, floor)
        if head is not None and (pair := _as_range(head, current, anchor)):
            yield pair
            floor, index = current.end, index + 1
            continue
        if (
            following is not None
            and _is_range(current, following, folded)
            and (pair := _as_range(current, following, anchor))
        ):
            yield pair
            floor, index = following.end, index + 2
            continue
        if (
            following is not None
            and following.month is not None
            and _LIST_GAP.fullmatch(folded, current.end, following.start)
        ):
            current = _borrow(current, following)  # «في 5 مارس و7 أبريل 2024»
        placed = _place(current, anchor) if current.cued else None
        if placed is not None:
            yield placed, None
        floor, index = current.end, index + 1


# ---------------------------------------------------------------- public interface


def _iso(c: _Candidate) -> tuple[str, str]:
    if c.day is not None:
        return f"{c.year:04d}-{c.month:02d}-{c.day:02d}", "day"
    if c.month is not None:
        return f"{c.year:04d}-{c.month:02d}", "month"
    return f"{c.year:04d}", "year"


def _original_end(text: str, offsets: list[int], folded_end: int) -> int:
    """End offset in `text`, taking in the diacritics that sit on the last letter."""
    end = offsets[folded_end - 1] + 1
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1
    return end


def find_dates(
    text: str, anchor: datetime.date | None = None, week_end: datetime.date | None = None
) -> list[DateMention]:
    """All date expressions in `text`, in order, non-overlapping (longest wins). `week_end`:
    the last day of the week an agenda covers, whose label («الأربعاء: …») opens `text`."""
    folded, offsets = normalize_with_offsets(text)
    chosen = _of_the_same_year(_longest_first(_candidates(folded, anchor)), folded, anchor)
    label = _AGENDA_LABEL.match(folded) if week_end is not None else None
    if label is not None:
        chosen = [_in_week(c, label, week_end) for c in chosen]
    mentions = []
    for first, second in _pair_up(chosen, folded, anchor):
        last = second or first
        if not _is_valid(first.year, first.month, first.day) or not _is_valid(
            last.year, last.month, last.day
        ):
            continue
        value, precision = _iso(first)
        end_value, end_precision = _iso(second) if second else (None, None)
        mentions.append(
            DateMention(
                offsets[first.start],
                _original_end(text, offsets, last.end),
                value,
                precision,
                end_value,
                end_precision,
                first.relative or last.relative,
            )
        )
    return _weekdays_of_dates(text, mentions)


def _of_the_same_year(
    chosen: list[_Candidate], folded: str, anchor: datetime.date | None
) -> list[_Candidate]:
    """«في نيسان 2005 … في أيلول من العام نفسه»: a month «of the same year» takes the year
    of the last date before it that gives one, not the year the article is dated. A month
    with no year and no direction after an earlier date the same text tells its story from
    goes on from it, to the first such day on or after it («انطلق مسار 2023 حين استقبل … يوم
    12 نيسان»: 2023; «يوم 27 ديسمبر 2023، ثم … يوم 3 يناير»: 2024), not from a year it counts
    from («منذ 2011»), and not past the anchor."""
    told: _Candidate | None = None
    month: _Candidate | None = None  # the last date that names a month
    found = []
    for c in chosen:
        if c.month is None and c.day is not None and month is not None:
            # «في 22 منه»: the day of the month told last
            c = replace(
                c,
                year=month.year,
                month=month.month,
                direction=month.direction,
                relative=month.relative,
            )
        if c.month is not None:
            month = c
        if c.year is None and c.month is not None and told and _SAME_YEAR.match(folded, c.end):
            c = replace(c, year=told.year, cued=True)
        elif c.year is None and c.month is not None and told and not c.direction:
            c = _after(c, told, anchor)
        if c.year is not None and not c.relative and _previous_word(folded, c.start) != _SINCE:
            told = c
        found.append(c)
    return found


def _after(c: _Candidate, told: _Candidate, anchor: datetime.date | None) -> _Candidate:
    """`c` in the first year that puts it on or after `told`, if that is before the anchor."""
    assert told.year is not None and c.month is not None
    year = told.year if (c.month, c.day or 1) >= (told.month or 1, told.day or 1) else told.year + 1
    if anchor is None or (year, c.month, c.day or 1) > (anchor.year, anchor.month, anchor.day):
        return c
    return replace(c, year=year)


_SINCE = "منذ"


_SAME_YEAR = _compile(
    r"\s+من\s+(?:(?:العام|السنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)|ذلك\s+العام|تلك\s+السنه)"
)


def _in_week(c: _Candidate, label: re.Match[str], week_end: datetime.date) -> _Candidate:
    """The candidate, or the day of the agenda's week its weekday label names."""
    if c.start != label.start("wd"):
        return c
    day = week_end - datetime.timedelta(days=(week_end.weekday() - _WEEKDAYS[label["wd"]]) % 7)
    return replace(c, year=day.year, month=day.month, day=day.day)


# «الأحد: يلتقي …», «الإثنين: تعقد …»: a line of an agenda, opened by the day's name
_AGENDA_LABEL = _compile(rf"^[ \t]*(?:يوم\s+)?(?P<wd>{_WEEKDAY})\s*:", re.MULTILINE)
_AGENDA_DAYS = 3
_ARTICLES_KEPT = 8  # read once per article, not once per sentence that has an event


@functools.lru_cache(maxsize=_ARTICLES_KEPT)
def agenda_week_end(text: str, published: datetime.date | None) -> datetime.date | None:
    """The last day of the week a week-ahead agenda covers: an article three lines or more of
    which a weekday opens («الأحد: …»), the first of them the day it is published; else None
    (a week told back, «السبت: وصل …» on to the day it is published, reads as any weekday).
    """
    if published is None:
        return None
    labels = [_WEEKDAYS[m["wd"]] for m in _AGENDA_LABEL.finditer(normalize(text))]
    if len(labels) < _AGENDA_DAYS or labels[0] != published.weekday():
        return None
    return published + datetime.timedelta(days=6)


def _weekdays_of_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`mentions` without a weekday written right before a full date («يوم الثلاثاء 19 شعبان
    1446هـ الموافق 18 فبراير 2025م»), or before a day and month in apposition («يوم الاثنين
    الماضي، الأول من يناير»): it is that date's weekday, not the one near the anchor."""
    kept = []
    for mention, following in itertools.zip_longest(mentions, mentions[1:]):
        if (
            following is not None
            and mention.relative
            and (not following.relative or _names_its_month(text, following))
            and mention.precision == following.precision == "day"
            and _only_date_words(text[mention.end : following.start])
        ):
            continue
        kept.append(mention)
    return kept


def _names_its_month(text: str, mention: DateMention) -> bool:
    """Whether a date's own words name its month («الأول من يناير»), not only a weekday."""
    words = f" {' '.join(normalize(text[mention.start : mention.end]).split())} "
    return any(f" {name} " in words for name in _MONTHS)


def _only_date_words(between: str) -> bool:
    words = [w.strip(_MARKS) for w in normalize(between).split() if w.strip(_MARKS)]
    return all(w.rstrip("هم").isdigit() or w in _DATE_WORDS for w in words)


def _without_clock(text: str) -> str:
    """`text` with its clock times blanked out, offsets kept: a time is no day."""
    return _CLOCK.sub(lambda m: " " * len(m.group()), text)


def parse_publication_date(text: str) -> datetime.date | None:
    """The first full (day-precision) date in a short page-header line, else None; a clock
    time is no day («نُشر: 16:05-16 مايو 2024»)."""
    for mention in find_dates(_without_clock(text)):
        if mention.precision == "day":
            return datetime.date.fromisoformat(mention.value)
    return None


def dated_today(text: str) -> datetime.date | None:
    """The full date a story gives right after «اليوم» («وصل X إلى إسلام آباد، اليوم الجمعة 9
    مايو 2025»): the day it was written, when no header dates it."""
    folded, offsets = normalize_with_offsets(text)
    for mention in find_dates(text):
        before = folded[: bisect_left(offsets, mention.start)].rstrip(" ،,")
        if mention.precision == "day" and before.endswith(_TODAY):
            return datetime.date.fromisoformat(mention.value)
    return None


_TODAY = " اليوم"  # folded, a word of its own


def date_alone(text: str) -> datetime.date | None:
    """The date of a piece of a header line that says nothing else: a full date, with its
    weekday and the same day in another calendar («الاثنين 29 شوال 1446 الموافق 28 أبريل
    2025»), not a clause that dates something («في 3 يوليو 2025»)."""
    blanked = _without_clock(text)
    found = [m for m in find_dates(blanked) if m.precision == "day"]
    if not found:
        return None
    for mention in reversed(found):
        blanked = blanked[: mention.start] + " " + blanked[mention.end :]
    if not _only_date_words(blanked):
        return None
    return datetime.date.fromisoformat(found[0].value)


_MARKS = "،,.-–—/|()"
_DATE_WORDS = (
    {"الموافق", "م", "ه"} | set(_WEEKDAYS) | {normalize(w) for w in ar.HIJRI_MONTH_WORDS.split()}
)


def day_and_month(text: str) -> tuple[int, int] | None:
    """The day and month of a date written without a year («في 18 مارس», «14 كانون الأول»,
    «22 ماي»), as an agency's date line gives them; None where a year follows."""
    for m in _ARABIC_DATE.finditer(normalize(text)):
        if m["day"] and not m["year"] and not m["ryear"] and not m["dir"]:
            return _day_value(m["day"]), _month_of(m["mon"])
    return None


def year_by_weekday(day: int, month: int, body: str) -> datetime.date | None:
    """The date of a date line that gives a day and a month and no year («الكويت - 1 - 12
    (كونا)», «الدوحة في 18 مارس /قنا/»): the body names the day's weekday («اليوم الأحد») and
    some years («في 16 أكتوبر 2024»); of those years and each one after, the one in which the
    day falls on that weekday. A weekday recurs on a day and month every few years, so where
    several fit («أيار 2023 … لعام 1974»), the one nearest most of the years the body names
    (the year it names or the one before); None when the body names no weekday or no year, or
    when no one year is nearest most."""
    folded = normalize(body)
    weekdays = {_WEEKDAYS[m["wd"]] for m in _TODAYS_WEEKDAY.finditer(folded)}
    years = {int(m["year"]) for m in _YEAR_ALONE.finditer(folded)}
    if len(weekdays) != 1 or not years:
        return None
    (weekday,) = weekdays
    fitting = {
        year
        for named in years
        for year in (named, named + 1)
        if _is_valid(year, month, day) and datetime.date(year, month, day).weekday() == weekday
    }
    near = sorted(((len(years & {year, year - 1}), year) for year in fitting), reverse=True)
    if not near or (len(near) > 1 and near[0][0] == near[1][0]):
        return None
    return datetime.date(near[0][1], month, day)


_TODAYS_WEEKDAY = _compile(rf"(?<!\w)اليوم\s+(?P<wd>{_WEEKDAY})(?!\w)")
