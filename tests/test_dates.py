"""Date expressions in Arabic news text (kg.dates)."""

from __future__ import annotations

import datetime
import itertools

import pytest

from kg.dates import DateMention, find_dates, parse_publication_date

D = datetime.date
MONDAY = D(2024, 8, 12)
THURSDAY = D(2025, 11, 6)


def _found(text: str, anchor: datetime.date | None = None) -> list[tuple]:
    """Each mention as (surface text, value, precision, relative)."""
    return [
        (text[m.start : m.end], m.value, m.precision, m.relative) for m in find_dates(text, anchor)
    ]


# (sentence, anchor, [(surface, value, precision, relative)])
SINGLE_DATES = [
    # the seed corpus
    (
        "فمنذ السابع من أكتوبر/تشرين الأول 2023، وبعد بداية الهجمات",
        None,
        [("السابع من أكتوبر/تشرين الأول 2023", "2023-10-07", "day", False)],
    ),
    ("وفي أغسطس 2024، قدمت تركيا بيانها", None, [("أغسطس 2024", "2024-08", "month", False)]),
    (
        "عُقد اجتماع لمجموعة الاتصال في أنطاليا في 11 أبريل/نيسان 2025، قبل",
        None,
        [("11 أبريل/نيسان 2025", "2025-04-11", "day", False)],
    ),
    ("اعتباراً من 2 مايو/أيار 2024.", None, [("2 مايو/أيار 2024", "2024-05-02", "day", False)]),
    (
        "في التاسع من أكتوبر/تشرين الأول الماضي",
        THURSDAY,
        [("التاسع من أكتوبر/تشرين الأول الماضي", "2025-10-09", "day", True)],
    ),
    (
        "اجتمع رئيس الاستخبارات التركية إبراهيم قالن، الجمعة، مع",
        MONDAY,
        [("الجمعة", "2024-08-09", "day", True)],
    ),
    ("ومنذ اندلاع الحرب في أكتوبر 2023،", None, [("أكتوبر 2023", "2023-10", "month", False)]),
    (
        "في نوفمبر/تشرين الثاني 2024، وتحت قيادة تركيا",
        None,
        [("نوفمبر/تشرين الثاني 2024", "2024-11", "month", False)],
    ),
    (
        "في قمة ترمب في 29 سبتمبر/أيلول الماضي",
        THURSDAY,
        [("29 سبتمبر/أيلول الماضي", "2025-09-29", "day", True)],
    ),
    ("التقى ترمب في أواخر سبتمبر", THURSDAY, [("سبتمبر", "2025-09", "month", True)]),
    # other outlets, other styles
    ("وُقّع الاتفاق في ٢٣ مارس ٢٠٢٤ بالقاهرة", None, [("٢٣ مارس ٢٠٢٤", "2024-03-23", "day", False)]),
    ("صدر القرار في 5 حزيران 2019", None, [("5 حزيران 2019", "2019-06-05", "day", False)]),
    ("وذلك منذ نيسان (أبريل) 2025", None, [("نيسان (أبريل) 2025", "2025-04", "month", False)]),
    ("جرت الانتخابات في 14 جويلية 2024", None, [("14 جويلية 2024", "2024-07-14", "day", False)]),
    ("وصل الوفد يوم 2 آب 2024 إلى بيروت", None, [("2 آب 2024", "2024-08-02", "day", False)]),
    ("وسُجل ذلك في أوت 2023", None, [("أوت 2023", "2023-08", "month", False)]),
    (
        "الحادي عشر من سبتمبر 2001",
        None,
        [("الحادي عشر من سبتمبر 2001", "2001-09-11", "day", False)],
    ),
    (
        "حتى الحادي والثلاثين من ديسمبر/كانون الأول 2024",
        None,
        [("الحادي والثلاثين من ديسمبر/كانون الأول 2024", "2024-12-31", "day", False)],
    ),
    ("في الأول من مايو", THURSDAY, [("الأول من مايو", "2025-05-01", "day", True)]),
    ("وفي الـ23 من مارس 2024 أعلن", None, [("الـ23 من مارس 2024", "2024-03-23", "day", False)]),
    ("في أكتوبر من عام 2023", None, [("أكتوبر من عام 2023", "2023-10", "month", False)]),
    ("وتعهدت بنوفمبر 2024 بالدفع", None, [("نوفمبر 2024", "2024-11", "month", False)]),
    (
        "في الأسبوع الأول من أكتوبر 2023",  # a week of October, not 1 October
        None,
        [("أكتوبر 2023", "2023-10", "month", False)],
    ),
    (
        "الاثنين 23 مارس 2026 10:40 م",
        None,
        [("الاثنين 23 مارس 2026", "2026-03-23", "day", False)],
    ),
    # year alone, after a cue
    ("ميزانية لعام 2025 تضاعفت", None, [("عام 2025", "2025", "year", False)]),
    ("في العام 2024 ارتفعت", None, [("العام 2024", "2024", "year", False)]),
    ("وخلال سنة 2023 انخفضت", None, [("سنة 2023", "2023", "year", False)]),
    ("في 2023 قتل الآلاف", None, [("2023", "2023", "year", False)]),
    ("وهي مغلقة منذ 2011", None, [("2011", "2011", "year", False)]),
    # English and numeric forms found in Arabic pages
    (
        "تاريخ النشر: 6th, November 2025 GMT",
        None,
        [("6th, November 2025", "2025-11-06", "day", False)],
    ),
    (
        "Published November 6, 2025 at noon",
        None,
        [("November 6, 2025", "2025-11-06", "day", False)],
    ),
    ("بتاريخ 2025-08-02 صدر", None, [("2025-08-02", "2025-08-02", "day", False)]),
    ("بتاريخ 12/5/2024 صدر", None, [("12/5/2024", "2024-05-12", "day", False)]),
    # relative to the anchor
    ("وقال أمس إن المفاوضات مستمرة", THURSDAY, [("أمس", "2025-11-05", "day", True)]),
    # tomorrow and the day after, with the weekday that names the same day
    ("ويتوجه غداً الجمعة إلى عمان", THURSDAY, [("غداً الجمعة", "2025-11-07", "day", True)]),
    ("ويلتقيان بعد غد", THURSDAY, [("بعد غد", "2025-11-08", "day", True)]),
    ("وصرّح أول أمس", THURSDAY, [("أول أمس", "2025-11-04", "day", True)]),
    ("أعلن الجيش اليوم الخميس", THURSDAY, [("اليوم الخميس", "2025-11-06", "day", True)]),
    ("وتوجه يوم السبت إلى الدوحة", THURSDAY, [("يوم السبت", "2025-11-01", "day", True)]),
    ("اجتمع الوزراء الخميس في عمّان", THURSDAY, [("الخميس", "2025-11-06", "day", True)]),
    ("الجمعة الماضية", D(2025, 11, 7), [("الجمعة الماضية", "2025-10-31", "day", True)]),
    ("يوم الأحد المقبل", THURSDAY, [("يوم الأحد المقبل", "2025-11-09", "day", True)]),
    (
        "في العاشر من الشهر الجاري",
        THURSDAY,
        [("العاشر من الشهر الجاري", "2025-11-10", "day", True)],
    ),
    ("زار فيدان الدوحة الأسبوع الماضي", THURSDAY, [("الأسبوع الماضي", "2025-10", "month", True)]),
    ("ارتفعت الأسعار الشهر الماضي", D(2025, 1, 15), [("الشهر الماضي", "2024-12", "month", True)]),
    ("مقارنة بالعام الماضي", THURSDAY, [("العام الماضي", "2024", "year", True)]),
    ("خلال السنة الماضية", THURSDAY, [("السنة الماضية", "2024", "year", True)]),
    ("منذ مطلع العام الجاري", THURSDAY, [("العام الجاري", "2025", "year", True)]),
    ("في يناير المقبل", THURSDAY, [("يناير المقبل", "2026-01", "month", True)]),
    ("في أكتوبر من العام الماضي", THURSDAY, [("أكتوبر من العام الماضي", "2024-10", "month", True)]),
    ("حتى 2030 على الأقل", None, [("2030", "2030", "year", False)]),
    (
        "في نوفمبر/تشرين الثاني وتحت قيادة تركيا",
        THURSDAY,
        [("نوفمبر/تشرين الثاني", "2025-11", "month", True)],
    ),
    ("في الأول من الشهر المقبل", THURSDAY, [("الأول من الشهر المقبل", "2025-12-01", "day", True)]),
    ("قال الثلاثاء 4 نوفمبر", THURSDAY, [("الثلاثاء 4 نوفمبر", "2025-11-04", "day", True)]),
    # a month named in the anchor's own month under «الماضي» is last year's
    ("في نوفمبر الماضي", THURSDAY, [("نوفمبر الماضي", "2024-11", "month", True)]),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), SINGLE_DATES)
def test_single_dates(text: str, anchor: datetime.date | None, expected: list[tuple]) -> None:
    assert _found(text, anchor) == expected


# (sentence, anchor, surface, value, precision, end_value, end_precision)
RANGES = [
    (
        "في الفترة من 28 أبريل/نيسان إلى 2 مايو/أيار 2025، عُقدت",
        None,
        "28 أبريل/نيسان إلى 2 مايو/أيار 2025",
        "2025-04-28",
        "day",
        "2025-05-02",
        "day",
    ),
    ("بين 1 و3 مارس 2024", None, "1 و3 مارس 2024", "2024-03-01", "day", "2024-03-03", "day"),
    ("يومي 1-3 مارس 2024", None, "1-3 مارس 2024", "2024-03-01", "day", "2024-03-03", "day"),
    (
        "في الفترة بين الأول والثالث من مارس 2024",
        None,
        "الأول والثالث من مارس 2024",
        "2024-03-01",
        "day",
        "2024-03-03",
        "day",
    ),
    ("من 2023 إلى 2025", None, "2023 إلى 2025", "2023", "year", "2025", "year"),
    ("بين عامي 2023 و2024", None, "عامي 2023 و2024", "2023", "year", "2024", "year"),
    (
        "من 28 ديسمبر إلى 2 يناير 2025",
        None,
        "28 ديسمبر إلى 2 يناير 2025",
        "2024-12-28",
        "day",
        "2025-01-02",
        "day",
    ),
    ("من مارس إلى مايو 2024", None, "مارس إلى مايو 2024", "2024-03", "month", "2024-05", "month"),
]


@pytest.mark.parametrize(
    ("text", "anchor", "surface", "value", "precision", "end_value", "end_precision"), RANGES
)
def test_ranges(
    text: str,
    anchor: datetime.date | None,
    surface: str,
    value: str,
    precision: str,
    end_value: str,
    end_precision: str,
) -> None:
    (mention,) = find_dates(text, anchor)
    assert text[mention.start : mention.end] == surface
    assert (mention.value, mention.precision) == (value, precision)
    assert (mention.end_value, mention.end_precision) == (end_value, end_precision)


NOTHING = [
    ("وقد وقّع على الرسالة ما مجموعه 52 دولة", THURSDAY),
    ("صادرت السلطات 100 ألف طن من القمح", THURSDAY),
    ("خصصت 10 ملايين دولار للإغاثة", THURSDAY),
    ("تضمن الاتفاق 20 بندا", THURSDAY),
    ("على 54 منتجاً في البداية", THURSDAY),
    ("انتهى الاجتماع عند الساعة 10:40", THURSDAY),
    ("قُتل في الغارات 2000 شخص", THURSDAY),
    ("وزعت المساعدات على 2024 عائلة", THURSDAY),
    ("وبعد 2000 شخص آخرين", THURSDAY),
    ("بموجب القرار 2043 الصادر", THURSDAY),
    ("مارس الاحتلال ضغوطا على السكان", THURSDAY),  # مارس the verb
    ("أكثر من مارس 15 ألف جندي", THURSDAY),  # a month and a number, no comma, no year
    ("قالت تيريزا ماي في مؤتمر", THURSDAY),
    ("أدى المصلون صلاة الجمعة في المسجد", THURSDAY),
    ("سجل الفريق الأحد عشر هدفا", THURSDAY),
    ("واتفق الطرفين الاثنين على الهدنة", THURSDAY),
    ("وفي اليوم التالي انسحبت القوات", THURSDAY),
    ("في 31 أبريل 2024", THURSDAY),  # no such day
    ("في 00 آب 2024", THURSDAY),
    ("قال الأمين العام الحالي للأمم المتحدة", THURSDAY),  # العام = "general"
    ("ضمن رؤية 2030", THURSDAY),  # a year-like number without a cue
    ("وقُتل أكثر من 2000 شخص", THURSDAY),
    # relative or year-less expressions without an anchor: no guessed year
    ("في التاسع من أكتوبر/تشرين الأول الماضي", None),
    ("اجتمع قالن، الجمعة، مع وفد", None),
    ("وقال أمس إن المفاوضات مستمرة", None),
    ("زار فيدان الدوحة الأسبوع الماضي", None),
    ("في أواخر سبتمبر", None),
]


@pytest.mark.parametrize(("text", "anchor"), NOTHING)
def test_no_date(text: str, anchor: datetime.date | None) -> None:
    assert find_dates(text, anchor) == []


def test_offsets_skip_diacritics_and_tatweel() -> None:
    text = "وصل الوفد في 7 أكتوبـر 2023 ثم في شهر تشرين الثَّانيْ"
    mentions = find_dates(text, THURSDAY)
    assert [text[m.start : m.end] for m in mentions] == ["7 أكتوبـر 2023", "شهر تشرين الثَّانيْ"]
    # «ثم في شهر تشرين الثاني»: the month goes on with the story's year, 2023
    assert [m.value for m in mentions] == ["2023-10-07", "2023-11"]


def test_a_month_without_a_year_goes_on_with_the_years_story() -> None:
    anchor = datetime.date(2025, 2, 12)
    told = (
        "انطلق مسار 2023 حين استقبل الوزير نظيره في جدة يوم 12 نيسان/أبريل، في أول زيارة منذ 2011."
    )
    assert [m.value for m in find_dates(told, anchor)] == ["2023-04-12", "2011"]
    since = "وفي أول زيارة منذ 2011 استقبل الوزير نظيره يوم 12 نيسان."
    assert [m.value for m in find_dates(since, anchor)] == ["2011", "2024-04-12"]
    chained = "التقى موسيفيني يوم 27 ديسمبر 2023، ثم روتو يوم 3 يناير، ورامافوزا في 4 يناير."
    assert [m.value for m in find_dates(chained, anchor)] == [
        "2023-12-27",
        "2024-01-03",
        "2024-01-04",
    ]
    directed = "وقعت الاتفاقية عام 2015، والتقى الرئيسان في 3 شباط الماضي."
    assert [m.value for m in find_dates(directed, anchor)] == ["2015", "2025-02-03"]


def test_mentions_are_ordered_and_do_not_overlap() -> None:
    text = (
        "في 5 مارس و7 أبريل 2024 اجتمع الطرفان، ثم الجمعة، "
        "وبعد ذلك في الفترة من 1 إلى 3 يونيو/حزيران 2024 وأخيرا العام الماضي."
    )
    mentions = find_dates(text, MONDAY)
    assert [(m.value, m.end_value) for m in mentions] == [
        ("2024-03-05", None),  # the year of «7 أبريل 2024» applies to «5 مارس»
        ("2024-04-07", None),
        ("2024-08-09", None),
        ("2024-06-01", "2024-06-03"),
        ("2023", None),
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_a_day_and_month_in_apposition_dates_the_weekday_before_it() -> None:
    # «يوم الخميس الماضي، الأول من آب»: the weekday is that date's (a Thursday too), not the
    # last Thursday before the anchor; a weekday alone still counts back from it
    text = "التقيا يوم الخميس الماضي، الأول من آب، ثم يوم الجمعة"
    assert [m.value for m in find_dates(text, MONDAY)] == ["2024-08-01", "2024-08-09"]


def test_mention_fields() -> None:
    assert find_dates("من 28 أبريل/نيسان إلى 2 مايو/أيار 2025") == [
        DateMention(3, 38, "2025-04-28", "day", "2025-05-02", "day", False)
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("date 2025-08-02", D(2025, 8, 2)),
        ("تاريخ النشر: 6th, November 2025 GMT", D(2025, 11, 6)),
        ("الاثنين 23 مارس 2026 10:40 م", D(2026, 3, 23)),
        ("2025/08/02", D(2025, 8, 2)),
        ("02-08-2025", D(2025, 8, 2)),
        ("نشر في 12 يناير 2024", D(2024, 1, 12)),
        ("آخر تحديث: السبت، 1 نوفمبر/تشرين الثاني 2025", D(2025, 11, 1)),
        ("3 - يونيو - 2024", D(2024, 6, 3)),  # dashes between day, month and year
        ("أكتوبر 7, 2021", D(2021, 10, 7)),  # the month first, as a blog's date line
        ("1-3 مارس 2024", D(2024, 3, 1)),  # a range's first day, not a dashed date
        ("بقلم محمد علي", None),
        ("مارس 2026", None),  # not a full date
    ],
)
def test_parse_publication_date(header: str, expected: datetime.date | None) -> None:
    assert parse_publication_date(header) == expected


def test_a_hijri_date_alone_is_read_in_the_umm_al_qura_calendar():
    assert [m[1:3] for m in _found("وعقد الاجتماع في 11 رمضان 1446 هـ")] == [("2025-03-11", "day")]
    assert [m[1:3] for m in _found("وعقد الاجتماع في الخامس من ذي الحجة 1445")] == [
        ("2024-06-11", "day")
    ]


def test_a_date_written_in_both_calendars_is_the_gregorian_one():
    # Umm al-Qura puts 29 Ramadan 1446 on 29 March 2025; the writer's Gregorian day is read
    found = _found("الأحد 29 رمضان 1446هـ الموافق 30 مارس 2025م")
    assert [m[1] for m in found] == ["2025-03-30"]
