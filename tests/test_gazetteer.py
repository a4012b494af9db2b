"""Names are found on character spans, through clitics and spelling variants."""

import pytest

from kg.gazetteer import Gazetteer
from kg.normalize import normalize


@pytest.fixture(scope="module")
def names() -> Gazetteer:
    return Gazetteer(
        [
            ("تركيا", "Turkey"),
            ("إسطنبول", "Istanbul"),
            ("حماس", "Hamas"),
            ("الأردن", "Jordan"),
            ("الأمم المتحدة", "UN"),
            ("مجلس الأمن", "UNSC"),
            ("مجلس الأمن الدولي", "UNSC"),
            ("إسرائيل", "Israel"),
            ("قطاع غزة", "Gaza"),
            ("المملكة العربية السعودية", "Saudi Arabia"),
            ("عبد الله الثاني", "Abdullah II"),
            ("لاوس", "Laos"),
            ("عبدالعزيز بوتفليقة", "Bouteflika"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "surface", "payload"),
    [
        ("وتركيا عضو في المجموعة", "تركيا", "Turkey"),
        ("اجتمع الوفد بإسطنبول أمس", "إسطنبول", "Istanbul"),
        ("قدم الدعم لحماس والفصائل", "حماس", "Hamas"),
        ("ومصر، والأردن، وقطر", "الأردن", "Jordan"),
        ("رسالة إلى الأمين العام للأمم المتحدة", "للأمم المتحدة", "UN"),
        ("وبحسب اسرائيل فإن", "اسرائيل", "Israel"),  # no hamza
        ("الوضع في قطاع غزه صعب", "قطاع غزه", "Gaza"),  # ه for ة
        ("قرار مجلس الأمن الدولي الأخير", "مجلس الأمن الدولي", "UNSC"),  # longest wins
        ("وفد المملكة العربية السعودية", "المملكة العربية السعودية", "Saudi Arabia"),
        ("فلتركيا دور", "تركيا", "Turkey"),
        ("وصل إلى إسطنبـول", "إسطنبـول", "Istanbul"),  # tatweel inside the name
        ("حمَاس ترد", "حمَاس", "Hamas"),  # a diacritic inside the name
        ("واستقبل الملك عبدالله الثاني الوفد", "عبدالله الثاني", "Abdullah II"),  # glued «عبد»
        ("وقال الرئيس عبد العزيز بوتفليقة", "عبد العزيز بوتفليقة", "Bouteflika"),  # split «عبد»
    ],
)
def test_finds_names_with_clitics_and_variants(names, text, surface, payload):
    matches = names.find(text)
    assert [(text[m.start : m.end], m.payloads) for m in matches] == [(surface, (payload,))]


@pytest.mark.parametrize(
    "text",
    [
        "التركية لغة رسمية",  # an adjective, not the state
        "تركياني",  # a longer word
        "الحماسة واضحة",  # حماس inside another word
        "الأمم الأخرى",  # first word of a name only
        "استقبل السفير كلاوس إيبرمان",  # «ك» is no proclitic on a name: not ك + لاوس
    ],
)
def test_ignores_words_that_only_contain_a_name(names, text):
    assert names.find(text) == []


def test_reports_the_proclitics_it_removed(names):
    (match,) = names.find("وبإسطنبول")
    assert match.prefix == normalize("وب")


def test_finds_every_name_in_order(names):
    text = "تتألف من تركيا، والمملكة العربية السعودية، والأردن"
    assert [m.payloads[0] for m in names.find(text)] == ["Turkey", "Saudi Arabia", "Jordan"]


def test_a_name_added_after_a_search_is_found_by_the_next():
    """A gazetteer remembers which words start a name; adding a name forgets that, so «ولبنان»
    and «لبنان الجنوبي», first read with no such name, are found once it is added."""
    places = Gazetteer([("لبنان", "Lebanon")])
    text = "زار الوفد ولبنان الجنوبي أمس"
    assert [(m.payloads, m.prefix) for m in places.find(text)] == [(("Lebanon",), "و")]
    places.add("لبنان الجنوبي", "South Lebanon")
    places.add("الوفد", "the delegation")
    found = places.find(text)
    assert [(text[m.start : m.end], m.payloads) for m in found] == [
        ("الوفد", ("the delegation",)),
        ("لبنان الجنوبي", ("South Lebanon",)),
    ]


def test_gazetteers_reading_one_sentence_in_turn_each_find_their_own_names():
    """The folded words of a sentence are read once for every gazetteer that reads it: each
    still finds its own names, at the same offsets, however often it reads the sentence."""
    places = Gazetteer([("غزة", "place")])
    people = Gazetteer([("محمود عباس", "person")])
    text = "وصل الرئيس محمود عباس إلى غزّة أمس"
    for _ in range(2):
        assert [(m.start, m.end, m.payloads) for m in places.find(text)] == [(26, 30, ("place",))]
        assert [(m.start, m.end, m.payloads) for m in people.find(text)] == [(11, 21, ("person",))]
