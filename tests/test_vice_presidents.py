"""Vice-presidents (office kind `vice-president`, kg/data/holders.tsv).

A republic's vice-president is «نائب الرئيس الأمريكي», «نائبة الرئيس الأمريكي», «نائب رئيس
جنوب أفريقيا», «النائب الأول للرئيس الأفغاني»; Iran's is only its first vice-president
(«النائب الأول للرئيس الإيراني»), for its president has a dozen vice-presidents («نائب الرئيس
الإيراني للشؤون الاستراتيجية»). The title names whoever held the office on the article's day,
nobody on a day no term covers (Turkey had no vice-president before 2018), and nobody by guess
where several held it at once (Iraq's three). A deputy prime minister («نائب رئيس الوزراء») and
a chamber's deputy speaker («نائب رئيس مجلس النواب») are not vice-presidents, and a bare «نائب
الرئيس» names no state's.
"""

from __future__ import annotations

from kg.kb import default_kb, office_kind
from kg.normalize import normalize
from kg.offices import KINDS
from tests.test_extraction import met
from tests.test_local_officials_tours_and_receptions import _met, _read

ARAB = "Mohammad Reza Aref"
YILMAZ = "Cevdet Yılmaz"
OKTAY = "Fuat Oktay"
IRAQIS = {"Ayad Allawi", "Nouri al-Maliki", "Osama al-Nujaifi"}


def _dated(day: str, body: str) -> str:
    """An article whose date line gives `day` («الاثنين 12 أغسطس 2024»)."""
    return f"خبر\n{day}\n{body}\n"


def _vice_presidents(mentions) -> set[str]:
    """The people the mentions resolved to a vice-president's office."""
    return {
        m.entity.label_en or m.entity.label
        for m in mentions
        if (m.office or "").startswith("vice-president:") and m.entity.label_en
    }


def _offices_of(title: str) -> set[str]:
    folded = normalize(title)
    return {
        office.key
        for office in default_kb().offices
        if folded in {normalize(t) for t in office.titles}
    }


def test_the_kind_is_an_office_of_a_republic_only() -> None:
    assert "vice-president" in KINDS
    offices = default_kb().office_by_key
    assert offices["vice-president:US"].label_en == "Vice-President of United States"
    assert "vice-president:IR" in offices
    assert "vice-president:SA" not in offices  # a kingdom has a crown prince
    assert "vice-president:JO" not in offices


def test_the_titles_name_the_vice_president_and_not_the_president() -> None:
    assert _offices_of("نائب الرئيس الأمريكي") == {"vice-president:US"}
    assert _offices_of("نائبة الرئيس الأمريكي") == {"vice-president:US"}
    assert _offices_of("نائب رئيس جنوب أفريقيا") == {"vice-president:ZA"}
    assert _offices_of("النائب الأول للرئيس الأفغاني") == {"vice-president:AF"}
    assert _offices_of("النائب الأول للرئيس الإيراني") == {"vice-president:IR"}
    assert _offices_of("النائب الأول لرئيس الجمهورية الإيرانية") == {"vice-president:IR"}


def test_no_deputy_prime_minister_speaker_or_bare_title_is_a_vice_president() -> None:
    for title in (
        "نائب الرئيس",
        "نائبة الرئيس",
        "نائب رئيس الجمهورية",
        "نائب رئيس الوزراء التركي",
        "نائب رئيس الوزراء",
        "نائب رئيس مجلس الوزراء العراقي",
        "نائب رئيس مجلس النواب العراقي",
        "نائب الرئيس الإيراني",  # one of Iran's many vice-presidents
    ):
        assert not any(key.startswith("vice-president:") for key in _offices_of(title)), title


def test_english_office_names_say_vice_president_before_president() -> None:
    assert office_kind("Vice President of the United States") == "vice-president"
    assert office_kind("First Vice President of Iran") == "vice-president"
    assert office_kind("Deputy President of South Africa") == "vice-president"
    assert office_kind("President of the United States") == "head-of-state"


def test_irans_first_vice_president_by_the_articles_year(arabic_parser) -> None:
    body = (
        "استقبل الرئيس التركي رجب طيب أردوغان في قصر الرئاسة بأنقرة النائب الأول للرئيس "
        "الإيراني، وتناول اللقاء التعاون في مجال الطاقة."
    )
    _, mentions, events = _read(arabic_parser, _dated("الاثنين 12 أغسطس 2024", body))
    assert _vice_presidents(mentions) == {ARAB}
    assert met("Recep Tayyip Erdoğan", ARAB) in _met(events)
    _, mentions, events = _read(arabic_parser, _dated("الاثنين 16 مايو 2022", body))
    assert _vice_presidents(mentions) == {"Mohammad Mokhber"}
    assert met("Recep Tayyip Erdoğan", "Mohammad Mokhber") in _met(events)


def test_pezeshkian_receives_the_turkish_vice_president(arabic_parser) -> None:
    _, mentions, events = _read(
        arabic_parser,
        _dated(
            "الاثنين 15 سبتمبر 2025",
            "استقبل الرئيس الإيراني مسعود بزشكيان نائب الرئيس التركي في طهران، وبحث معه "
            "سبل تعزيز التبادل التجاري بين البلدين.",
        ),
    )
    assert _vice_presidents(mentions) == {YILMAZ}
    assert met("Masoud Pezeshkian", YILMAZ) in _met(events)


def test_a_year_without_a_vice_president_links_nobody(arabic_parser) -> None:
    """Turkey had no vice-president before July 2018: the title is its unnamed holder."""
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "الثلاثاء 10 مايو 2016",
            "استقبل الرئيس الإيراني حسن روحاني نائب الرئيس التركي في طهران، وبحث معه "
            "سبل تعزيز التبادل التجاري بين البلدين.",
        ),
    )
    people = {m.entity.label_en for m in mentions}
    assert not people & {YILMAZ, OKTAY}
    assert any(
        m.office == "vice-president:TR" and m.entity.label_en is None for m in mentions
    )  # still somebody, Turkey's: the office's unnamed holder


def test_the_first_vice_president_before_the_listed_terms_is_nobody_known(arabic_parser) -> None:
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "الاثنين 11 يونيو 2012",
            "استقبل الرئيس التركي عبد الله غل في أنقرة النائب الأول للرئيس الإيراني، وبحث "
            "معه العلاقات الثنائية.",
        ),
    )
    assert _vice_presidents(mentions) == set()


def test_three_iraqi_vice_presidents_at_once_name_nobody_by_guess(arabic_parser) -> None:
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "الاثنين 13 مارس 2017",
            "استقبل نائب الرئيس العراقي في بغداد السفير البريطاني، وبحثا الأوضاع الأمنية.",
        ),
    )
    assert not {m.entity.label_en for m in mentions} & IRAQIS
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "الاثنين 13 مارس 2017",
            "استقبل نائب الرئيس العراقي إياد علاوي في بغداد السفير البريطاني، وبحثا "
            "الأوضاع الأمنية.",
        ),
    )
    assert _vice_presidents(mentions) == {"Ayad Allawi"}


def test_a_deputy_prime_minister_is_not_a_vice_president(arabic_parser) -> None:
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "الاثنين 20 نوفمبر 2017",
            "التقى نائب رئيس الوزراء التركي في أنقرة وزير الخارجية المصري، وبحثا التعاون "
            "الاقتصادي.",
        ),
    )
    assert not any((m.office or "").startswith("vice-president:") for m in mentions)
    assert not {m.entity.label_en for m in mentions} & {YILMAZ, OKTAY}


def test_irans_other_vice_presidents_are_not_its_first(arabic_parser) -> None:
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "الاثنين 16 مايو 2022",
            "التقى نائب الرئيس الإيراني للشؤون الاقتصادية وزير الطاقة القطري في الدوحة.",
        ),
    )
    assert "Mohammad Mokhber" not in {m.entity.label_en for m in mentions}


def test_the_american_vice_president_named_or_not(arabic_parser) -> None:
    _, mentions, events = _read(
        arabic_parser,
        _dated(
            "الأربعاء 12 أبريل 2023",
            "التقت نائبة الرئيس الأمريكي كامالا هاريس في واشنطن العاهل الأردني الملك عبد الله "
            "الثاني، وبحثا الأوضاع في المنطقة.",
        ),
    )
    assert _vice_presidents(mentions) == {"Kamala Harris"}
    assert met("Kamala Harris", "Abdullah II of Jordan") in _met(events)
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "الاثنين 13 مارس 2017",
            "استقبل الرئيس العراقي فؤاد معصوم في بغداد نائب الرئيس الأمريكي، وبحثا الحرب "
            "على الإرهاب.",
        ),
    )
    assert _vice_presidents(mentions) == {"Mike Pence"}


def test_a_vice_presidents_stacked_titles_are_one_mention(arabic_parser) -> None:
    """«نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن راشد»: the title read
    as its holder on the day and the next title with his name are one person's, once."""
    text = _dated(
        "الأربعاء 6 يناير 2021",
        "ترأس ولي العهد السعودي الأمير محمد بن سلمان الاجتماع التشاوري، وشارك فيه أمير قطر "
        "الشيخ تميم بن حمد، ونائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن "
        "راشد آل مكتوم، وولي عهد البحرين الأمير سلمان بن حمد.",
    )
    _, mentions, events = _read(arabic_parser, text)
    rashid = [m for m in mentions if m.entity.label_en == "Mohammed bin Rashid Al Maktoum"]
    assert len(rashid) == 1 and rashid[0].office == "vice-president:AE"
    assert text[rashid[0].start : rashid[0].end].startswith("نائب رئيس دولة الإمارات")
    found = _met(events)
    for guest in ("Mohammed bin Rashid Al Maktoum", "Salman bin Hamad bin Isa Al Khalifa"):
        assert met("Mohammad bin Salman", guest) in found
