"""The heads of international bodies: kg/data/body_offices.tsv and body_holders.tsv."""

from __future__ import annotations

import datetime
import itertools
import re
from collections import defaultdict

import pytest

from kg.kb import KnowledgeBase, shipped_kb
from kg.offices import with_lam
from kg.resources import data_path
from kg.tsv import read_rows
from kg.world import BODY_HOLDERS, BODY_OFFICES, HOLDER_COLUMNS

# The day the table was brought up to date: no source can confirm a term later than this.
TODAY = datetime.date(2026, 12, 2)
COLUMNS = ["office", *HOLDER_COLUMNS[2:]]
ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 ]+$")
OFFICES = read_rows(data_path(BODY_OFFICES))
ROWS = read_rows(data_path(BODY_HOLDERS))


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return shipped_kb()


def test_the_holders_table_has_the_agreed_columns_and_known_offices():
    with data_path(BODY_HOLDERS).open(encoding="utf-8") as f:
        assert f.readline().rstrip("\n").split("\t") == COLUMNS
    offices = {row["office"] for row in OFFICES}
    assert {row["office"] for row in ROWS} == offices


def test_every_term_is_dated_sourced_and_named_in_arabic():
    for row in ROWS:
        start = datetime.date.fromisoformat(row["start"])
        if row["end"]:
            assert start < datetime.date.fromisoformat(row["end"]), row
            assert row["as_of"] == "", row
        else:  # an open term is claimed only up to the last day a source shows it
            assert start <= datetime.date.fromisoformat(row["as_of"]) <= TODAY, row
        sources = [s for s in row["sources"].split(";") if s]
        assert sources and (len(sources) >= 2 or row["note"].startswith("single-source")), row
        for name in (row["holder_ar"], *filter(None, row["holder_aliases_ar"].split("|"))):
            assert ARABIC.match(name), row


def test_no_qid_without_two_sources_for_it():
    """No QID was found in two independent sources for these people: the column stays empty,
    and a row whose note names the one source for an ID keeps it out."""
    for row in ROWS:
        assert row["holder_qid"] == "", row
    assert any("QID left empty" in row["note"] for row in ROWS)


def test_one_holder_at_a_time():
    terms = defaultdict(list)
    for row in ROWS:
        end = row["end"] or row["as_of"]
        terms[row["office"]].append((row["start"], end, row["holder_en"]))
    for office, held in terms.items():
        held.sort()
        for (_, end, a), (start, _, b) in itertools.pairwise(held):
            assert end <= start, (office, a, b)


def test_lam_joins_the_article():
    assert with_lam("الأمم المتحدة") == "للأمم المتحدة"
    assert with_lam("جامعة الدول العربية") == "لجامعة الدول العربية"


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("الأمين العام للأمم المتحدة", "secretary-general:un"),
        ("الامين العام الاممي", "secretary-general:un"),
        ("أمين عام الجامعة العربية", "secretary-general:arab-league"),
        ("الأمين العام لمجلس التعاون", "secretary-general:gcc"),
        ("أمين عام منظمة التعاون الإسلامي", "secretary-general:oic"),
        ("الأمين العام لحلف شمال الأطلسي", "secretary-general:nato"),
        ("الأمين العام للناتو", "secretary-general:nato"),
        ("الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي", "high-representative:eu"),
        ("مسؤول السياسة الخارجية في الاتحاد الأوروبي", "high-representative:eu"),
        ("مدير عام الوكالة الدولية للطاقة الذرية", "director-general:iaea"),
        ("المفوض العام للأونروا", "commissioner-general:unrwa"),
        ("رئيسة المفوضية الأوروبية", "president:european-commission"),
        ("رئيس مفوضية الاتحاد الإفريقي", "chairperson:au-commission"),
        ("المدير العام لمنظمة الصحة العالمية", "director-general:who"),
        ("المديرة التنفيذية لبرنامج الأغذية العالمي", "executive-director:wfp"),
        ("مديرة صندوق النقد الدولي", "managing-director:imf"),
        ("رئيس البنك الدولي", "president:world-bank"),
        ("المدعي العام للمحكمة الجنائية الدولية", "prosecutor:icc"),
        ("المبعوث الأممي إلى سوريا", "envoy:un-syria"),
        ("المبعوث الخاص للأمم المتحدة لليمن", "envoy:un-yemen"),
        ("رئيسة البعثة الأممية في ليبيا", "envoy:un-libya"),
        ("أمين عام حزب الله", "secretary-general:hezbollah"),
        ("رئيس المكتب السياسي لحماس", "political-bureau-head:hamas"),
        ("الأمين العام لحركة الجهاد الإسلامي", "secretary-general:pij"),
        ("زعيم جماعة أنصار الله", "leader:houthis"),
        ("رئيس اللجنة التنفيذية لمنظمة التحرير الفلسطينية", "chairman:plo"),
        ("رئيس حركة فتح", "leader:fatah"),
        ("زعيم الحزب الديمقراطي الكردستاني", "president:kdp"),
        ("الأمين العام للاتحاد الوطني الكردستاني", "leader:puk"),
        ("زعيم التيار الصدري", "leader:sadrists"),
        ("القائد العام للجيش الوطني الليبي", "commander:lna"),
        ("قائد قسد", "commander:sdf"),
        ("رئيس حركة أمل", "president:amal"),
        ("رئيس حزب القوات اللبنانية", "president:lebanese-forces"),
        ("رئيس الحزب التقدمي الاشتراكي", "president:psp"),
        ("رئيس التيار الوطني الحر", "president:fpm"),
        ("رئيس حركة النهضة", "president:ennahda"),
        ("زعيم حركة طالبان", "leader:taliban"),
    ],
)
def test_news_titles_name_a_bodys_office(kb, title, office):
    assert kb.office_for_title(title).key == office


def test_a_bodys_office_serves_the_body_and_its_terms_are_loaded(kb):
    un = kb.office_by_key["secretary-general:un"]
    assert un.state.label_en == "United Nations" and un.state.qid == "Q1065"
    terms = [r for r in kb.roles if r.office_key == "secretary-general:un"]
    _, holder = kb.holder(terms, datetime.date(2010, 6, 1))
    assert holder.label_en == "Ban Ki-moon" and holder.qid is None
    # after the last day a source shows him in office, the title names nobody
    assert kb.holder(terms, datetime.date(2026, 11, 1)) is None


def test_a_body_the_seed_knows_by_qid_is_the_office_body(kb):
    """organisations.tsv names Hamas without a QID, entities.tsv with one: the merged entity
    (and every name of it) is what the head's title serves, not a second Hamas."""
    bureau = kb.office_by_key["political-bureau-head:hamas"]
    assert bureau.state.qid == "Q38799"
    assert "رئيس المكتب السياسي لحركة المقاومة الإسلامية (حماس)" in bureau.titles


def test_a_name_kg_already_gives_a_person_keeps_that_persons_label():
    """Two English labels for one Arabic name would make the name ambiguous and link nobody."""
    labels: dict[str, set[str]] = defaultdict(set)
    for row in read_rows(data_path("holders.tsv")):
        for name in (row["holder_ar"], *row["holder_aliases_ar"].split("|")):
            labels[name].add(row["holder_en"])
    for row in read_rows(data_path("entities.tsv")):
        if row["type"] == "person":
            for name in (row["label_ar"], *row["aliases_ar"].split("|")):
                labels[name].add(row["label_en"])
    for row in ROWS:
        for name in (row["holder_ar"], *filter(None, row["holder_aliases_ar"].split("|"))):
            assert labels.get(name, {row["holder_en"]}) == {row["holder_en"]}, (name, row)


def test_a_head_kg_already_knows_keeps_his_entity(kb):
    """Amr Moussa is Egypt's foreign minister in holders.tsv: one person, two offices."""
    moussa = {r.holder.key for r in kb.roles if r.holder.label_en == "Amr Moussa"}
    offices = {r.office_key for r in kb.roles if r.holder.label_en == "Amr Moussa"}
    assert len(moussa) == 1
    assert offices == {"foreign-minister:EG", "secretary-general:arab-league"}


def people(extract, sentence: str, day: datetime.date) -> list[str | None]:
    """The English labels of the people `sentence` names (None for a title whose holder on `day`
    the tables do not know)."""
    mentions, _ = extract(sentence, day)
    return [m.entity.label_en for m in mentions if m.entity.type == "Person"]


def test_a_title_and_name_link_the_head_of_a_party(extract):
    sentence = "التقى الأمين العام لحزب الله نعيم قاسم وزير الخارجية الإيراني في بيروت."
    assert people(extract, sentence, datetime.date(2025, 6, 1)) == ["Naim Qassem", "Abbas Araghchi"]


SPEECH = "وقال الأمين العام لحزب الله في كلمة متلفزة إن المقاومة مستمرة."
VISIT = "واستقبل أمير قطر رئيس المكتب السياسي لحركة حماس في الدوحة."
THREAT = "وهدد زعيم جماعة الحوثي في خطاب متلفز باستهداف السفن."
CHARGE = "واتهم القائد العام للجيش الوطني الليبي خصومه في طرابلس بخرق الهدنة."
ARRIVAL = "وصل رئيس منظمة التحرير الفلسطينية إلى القاهرة مساء أمس."


@pytest.mark.parametrize(
    ("sentence", "day", "holder"),
    [
        # the title alone is the holder on the article's day, after a clitic too
        (SPEECH, (2006, 8, 1), "Hassan Nasrallah"),
        (
            "والتقى السفير الإيراني بأمين عام حزب الله في الضاحية الجنوبية.",
            (2025, 5, 2),
            "Naim Qassem",
        ),
        (VISIT, (2019, 3, 1), "Ismail Haniyeh"),
        ("وأعلن الأمين العام للجهاد الإسلامي رفض المبادرة.", (2010, 1, 5), "Ramadan Shalah"),
        (THREAT, (2024, 1, 10), "Abdul-Malik al-Houthi"),
        (ARRIVAL, (2002, 3, 1), "Yasser Arafat"),
        (ARRIVAL, (2012, 3, 1), "Mahmoud Abbas"),
        (
            "وبحث رئيس الحزب الديمقراطي الكردستاني تشكيل الحكومة في أربيل.",
            (2010, 5, 1),
            "Masoud Barzani",
        ),
        (CHARGE, (2019, 4, 14), "Khalifa Haftar"),
        ("ودعا زعيم حركة طالبان مقاتليه إلى وقف الهجمات.", (2020, 2, 1), "Hibatullah Akhundzada"),
        # outside every listed term the title is the office's unnamed holder (None): between
        # Nasrallah's death and Qassem's election; after Sinwar, when Hamas named a leadership
        # council and no head of its political bureau; before al-Houthi and Haftar took over
        (SPEECH, (2024, 10, 15), None),
        (VISIT, (2025, 3, 1), None),
        (THREAT, (2003, 6, 1), None),
        (CHARGE, (2014, 6, 1), None),
    ],
)
def test_a_party_leaders_title_names_its_holder_on_the_day(extract, sentence, day, holder):
    assert holder in people(extract, sentence, datetime.date(*day))


def test_the_bodys_other_name_in_quotes_after_a_title_is_no_holders_name(extract):
    """«… لحركة المقاومة الإسلامية "حماس" إسماعيل هنية»: the quoted short name belongs to the
    title, and the name after it is the holder's."""

    def named(sentence: str, day: datetime.date) -> list[str]:
        mentions, _ = extract(sentence, day)
        return [m.entity.label_en or m.entity.label for m in mentions if m.entity.type == "Person"]

    hamas = (
        "وبحث وزير الخارجية القطري مع رئيس المكتب السياسي لحركة المقاومة الإسلامية "
        '"حماس" إسماعيل هنية سبل التهدئة.'
    )
    assert named(hamas, datetime.date(2023, 6, 1)) == [
        "Mohammed bin Abdulrahman Al Thani",
        "Ismail Haniyeh",
    ]
    houthis = "وقال زعيم جماعة أنصار الله (الحوثيين) عبد الملك الحوثي إن الهجمات ستتواصل."
    assert named(houthis, datetime.date(2024, 2, 1)) == ["Abdul-Malik al-Houthi"]


def test_a_bodys_branch_or_another_states_namesake_is_not_the_bodys_head(extract):
    """«… لحركة حماس في غزة يحيى السنوار»: the head of the branch in Gaza, named after it;
    «… الكردستاني الإيراني»: the Iranian party of that name, not the Iraqi one."""
    gaza = "وبحث الوفد المصري مع رئيس المكتب السياسي لحركة حماس في غزة يحيى السنوار ملف الأسرى."
    assert people(extract, gaza, datetime.date(2020, 5, 1)) == ["Yahya Sinwar"]
    iranian = "وقال رئيس الحزب الديمقراطي الكردستاني الإيراني إن حزبه يرفض الاتفاق."
    assert "Masoud Barzani" not in people(extract, iranian, datetime.date(2020, 5, 1))
    iraqi = "وقال رئيس الحزب الديمقراطي الكردستاني العراقي إن حزبه يرفض الاتفاق."
    assert people(extract, iraqi, datetime.date(2020, 5, 1)) == ["Masoud Barzani"]
