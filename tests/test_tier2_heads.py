"""Heads of rival governments, armed movements, autonomous regions and regional bodies
(kg/data/body_offices.tsv and body_holders.tsv, the tier-2 pass).

Arabic news names these people by title («رئيس مجلس السيادة», «قائد قوات الدعم السريع»,
«رئيس المجلس الأعلى للدولة», «رئيس إقليم كردستان», «رئيس ولاية بونتلاند»): the title names the
holder whose term covers the article's day, and nobody outside the dated terms (a vacancy, a
disputed vote, before the office existed). The sentences are written for these tests.
"""

from __future__ import annotations

import datetime

import pytest

from kg.kb import KnowledgeBase, shipped_kb
from tests.test_extraction import facts, met


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


def people(extract, sentence: str, day: datetime.date | None) -> list[str | None]:
    mentions, _ = extract(sentence, day)
    return [m.entity.label_en for m in mentions if m.entity.type == "Person"]


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("قائد قوات الدعم السريع", "commander:rsf"),
        ("رئيس مجلس السيادة الانتقالي", "chair:sovereignty-council-sd"),
        ("رئيس مجلس السيادة", "chair:sovereignty-council-sd"),
        ("نائب رئيس مجلس السيادة", "deputy-chair:sovereignty-council-sd"),
        ("رئيس المجلس الرئاسي الليبي", "president:presidential-council-ly"),
        ("رئيس حكومة الوحدة الوطنية الليبية", "prime-minister:gnu-ly"),
        ("رئيس الحكومة الليبية المكلفة من مجلس النواب", "prime-minister:gns-ly"),
        ("رئيس حكومة الاستقرار الوطني", "prime-minister:gns-ly"),
        ("رئيس المجلس الأعلى للدولة", "president:hcs-ly"),
        ("رئيس مجلس القيادة الرئاسي", "chair:plc-ye"),
        ("رئيس المجلس السياسي الأعلى", "president:spc-ye"),
        ("رئيس المجلس الانتقالي الجنوبي", "president:stc"),
        ("رئيس إقليم كردستان العراق", "president:kurdistan-region"),
        ("رئيس حكومة إقليم كردستان", "prime-minister:krg"),
        ("رئيس الائتلاف الوطني لقوى الثورة والمعارضة السورية", "president:snc"),
        ("رئيس ولاية بونتلاند", "president:puntland"),
        ("رئيس ولاية جوبالاند", "president:jubaland"),
        ("رئيس أرض الصومال", "president:somaliland"),
        ("الأمين العام لجبهة البوليساريو", "secretary-general:polisario"),
        ("الأمين العام للجبهة الشعبية لتحرير فلسطين", "secretary-general:pflp"),
        ("الأمين العام للجبهة الديمقراطية لتحرير فلسطين", "secretary-general:dflp"),
        ("المبعوث الأممي إلى الصحراء الغربية", "envoy:un-western-sahara"),
        ("المبعوث الشخصي للأمين العام إلى الصحراء الغربية", "envoy:un-western-sahara"),
        ("السكرتير التنفيذي لمنظمة إيغاد", "executive-secretary:igad"),
        ("رئيس مفوضية إيكواس", "president:ecowas-commission"),
        ("رئيس البرلمان العربي", "president:arab-parliament"),
        ("الأمين العام لاتحاد المغرب العربي", "secretary-general:amu"),
    ],
)
def test_news_titles_name_the_new_offices(kb, title, office):
    assert kb.office_for_title(title).key == office


def test_older_titles_keep_their_offices(kb):
    """The new patterns take nothing from the states' offices: «رئيس الوزراء الليبي» is still
    Libya's head of government, «رئيس مجلس النواب الليبي» its speaker, and a bare «المجلس
    الرئاسي» (Libya's or Yemen's) is no body's name."""
    assert kb.office_for_title("رئيس الوزراء الليبي").key == "head-of-government:LY"
    assert kb.office_for_title("رئيس مجلس النواب الليبي").key == "parliament-speaker:LY"
    assert kb.office_for_title("رئيس المجلس الرئاسي") is None
    # PFLP-GC's leader is not the PFLP's: the short «الجبهة الشعبية» makes no title
    assert kb.office_for_title("الأمين العام للجبهة الشعبية") is None


def test_a_person_with_two_offices_is_one_entity(kb):
    """al-Burhan heads Sudan's state (holders.tsv) and its Sovereignty Council: one person."""
    offices = {r.office_key for r in kb.roles if r.holder.label_en == "Abdel Fattah al-Burhan"}
    assert {"head-of-state:SD", "chair:sovereignty-council-sd"} <= offices
    keys = {r.holder.key for r in kb.roles if r.holder.label_en == "Abdel Fattah al-Burhan"}
    assert len(keys) == 1


SOVEREIGNTY = "واستقبل رئيس مجلس السيادة في بورتسودان وزير الخارجية المصري."
DEPUTY = "وقال نائب رئيس مجلس السيادة إن الحكومة ستعود إلى الخرطوم."
HCS = "وبحث رئيس المجلس الأعلى للدولة مع المبعوثة الأممية إلى ليبيا ملف الانتخابات."
EASTERN = "وأعلن رئيس الحكومة الليبية المكلفة من مجلس النواب إطلاق مشروعات في بنغازي."
SPC = "وألقى رئيس المجلس السياسي الأعلى في صنعاء خطابا بمناسبة الذكرى."
KURDISTAN = "واستقبل رئيس إقليم كردستان في أربيل السفير الأمريكي."
SOMALILAND = "وأكد رئيس أرض الصومال في هرجيسا تمسكه بالاعتراف الدولي."
ARAB_PARLIAMENT = "ودعا رئيس البرلمان العربي إلى وقف الحرب على غزة."
IGAD = "وشارك السكرتير التنفيذي لمنظمة إيغاد في قمة جيبوتي."


@pytest.mark.parametrize(
    ("sentence", "day", "holder"),
    [
        (SOVEREIGNTY, (2020, 2, 3), "Abdel Fattah al-Burhan"),
        (SOVEREIGNTY, (2024, 6, 10), "Abdel Fattah al-Burhan"),
        (DEPUTY, (2022, 3, 1), "Mohamed Hamdan Dagalo"),
        (DEPUTY, (2024, 9, 1), "Malik Agar"),
        (HCS, (2017, 1, 10), "Abdulrahman Swehli"),
        (HCS, (2020, 6, 1), "Khalid al-Mishri"),
        (HCS, (2024, 2, 1), "Mohamed Takala"),
        (EASTERN, (2022, 9, 1), "Fathi Bashagha"),
        (EASTERN, (2023, 5, 20), "Osama Hammad"),
        (SPC, (2017, 3, 1), "Saleh al-Sammad"),
        (SPC, (2020, 3, 1), "Mahdi al-Mashat"),
        (KURDISTAN, (2012, 4, 1), "Masoud Barzani"),
        (KURDISTAN, (2019, 6, 11), "Nechirvan Barzani"),
        (SOMALILAND, (2020, 5, 18), "Muse Bihi Abdi"),
        (SOMALILAND, (2024, 12, 12), "Abdirahman Irro"),
        (ARAB_PARLIAMENT, (2023, 10, 20), "Adel Al-Asoomi"),
        (IGAD, (2021, 12, 20), "Workneh Gebeyehu"),
    ],
)
def test_a_title_names_its_holder_on_the_day(extract, sentence, day, holder):
    assert holder in people(extract, sentence, datetime.date(*day))


@pytest.mark.parametrize(
    ("sentence", "day", "nobody_of"),
    [
        # before the council existed, and in the fortnight it was dissolved (October 2021)
        (SOVEREIGNTY, (2018, 5, 1), {"Abdel Fattah al-Burhan"}),
        (SOVEREIGNTY, (2021, 11, 1), {"Abdel Fattah al-Burhan"}),
        # Hemedti was removed on 2023-05-19
        (DEPUTY, (2023, 8, 1), {"Mohamed Hamdan Dagalo"}),
        # the disputed vote of August 2024 left the High Council of State's head contested
        (HCS, (2025, 1, 15), {"Mohamed Takala", "Khalid al-Mishri"}),
        # the Kurdistan Region had no president from November 2017 to June 2019
        (KURDISTAN, (2018, 6, 1), {"Masoud Barzani", "Nechirvan Barzani"}),
        # no day, no guess
        (SOMALILAND, None, {"Muse Bihi Abdi", "Abdirahman Irro"}),
    ],
)
def test_outside_every_term_the_title_names_nobody(extract, sentence, day, nobody_of):
    when = datetime.date(*day) if day else None
    assert not set(people(extract, sentence, when)) & nobody_of


def test_a_name_after_the_title_and_the_nickname(extract):
    """«قائد قوات الدعم السريع محمد حمدان دقلو» and his nickname «حميدتي» name one person."""
    named = people(
        extract,
        "وقال قائد قوات الدعم السريع محمد حمدان دقلو إن قواته لن تنسحب من دارفور.",
        datetime.date(2024, 4, 15),
    )
    assert named == ["Mohamed Hamdan Dagalo"]
    nick = people(extract, "وهاجم حميدتي في خطاب مصور قيادة الجيش.", datetime.date(2024, 4, 15))
    assert nick == ["Mohamed Hamdan Dagalo"]


def test_meetings_with_tier2_heads_are_read(extract):
    _, found = extract(
        "التقى رئيس المجلس الرئاسي الليبي محمد المنفي في طرابلس رئيس المجلس الأعلى للدولة.",
        datetime.date(2019, 3, 4),
    )
    # the council's head in 2019 was al-Sarraj, not al-Menfi: the name after the title wins
    assert met("Mohamed al-Menfi", "Khalid al-Mishri") in facts(found)
    _, in_2022 = extract(
        "واستقبل رئيس ولاية بونتلاند في غروي رئيس ولاية جوبالاند.", datetime.date(2022, 9, 5)
    )
    assert met("Said Abdullahi Deni", "Ahmed Madobe") in facts(in_2022)


def test_a_regional_envoy_and_a_factions_leader_by_name(extract):
    named = people(
        extract,
        "وأجرى المبعوث الشخصي للأمين العام للأمم المتحدة إلى الصحراء الغربية ستافان دي ميستورا "
        "مباحثات مع الأمين العام لجبهة البوليساريو إبراهيم غالي.",
        datetime.date(2022, 1, 14),
    )
    assert named == ["Staffan de Mistura", "Brahim Ghali"]
    pflp = people(
        extract,
        "وطالبت الجبهة الشعبية بالإفراج عن أمينها العام. وقال الأمين العام للجبهة الشعبية "
        "لتحرير فلسطين أحمد سعدات في رسالة من سجنه إن المقاومة مستمرة.",
        datetime.date(2015, 5, 1),
    )
    assert "Ahmad Sa'adat" in pflp
