"""Speakers of parliament (office kind `parliament-speaker`, kg/data/holders.tsv).

A speaker's title names the person whose term covers the article's day («رئيس البرلمان
العراقي» is al-Halbousi in 2019 and al-Mashhadani in 2025); without a day it names the
office's unnamed holder, not a guess. The chamber's name varies by state («مجلس النواب»,
«مجلس الشعب», «مجلس الأمة», «الكنيست», «مجلس الشورى الإسلامي»), and the new titles must not
take the older ones: «رئيس مجلس الوزراء» is still the head of government.
"""

from __future__ import annotations

import datetime

import pytest

from kg.kb import default_kb
from kg.offices import KINDS
from tests.test_extraction import facts, met


def _people(mentions) -> set[str]:
    return {m.entity.label_en or m.entity.label for m in mentions}


def test_the_kind_is_an_office_of_every_state() -> None:
    assert "parliament-speaker" in KINDS
    offices = default_kb().office_by_key
    assert offices["parliament-speaker:LB"].label_en == "Speaker of the Parliament of Lebanon"


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("رئيس البرلمان العراقي", "parliament-speaker:IQ"),
        ("رئيس مجلس النواب اللبناني", "parliament-speaker:LB"),
        ("رئيس مجلس الشعب السوري", "parliament-speaker:SY"),
        ("رئيس مجلس الأمة الكويتي", "parliament-speaker:KW"),
        ("رئيس مجلس الشورى الإسلامي الإيراني", "parliament-speaker:IR"),
        ("رئيس الكنيست", "parliament-speaker:IL"),
        ("رئيس مجلس نواب الشعب التونسي", "parliament-speaker:TN"),
        ("رئيس المجلس الشعبي الوطني الجزائري", "parliament-speaker:DZ"),
        ("رئيس المجلس التشريعي الفلسطيني", "parliament-speaker:PS"),
        ("رئيس المجلس الوطني الاتحادي الإماراتي", "parliament-speaker:AE"),
    ],
)
def test_each_chambers_title_names_its_speaker(title: str, key: str) -> None:
    offices = default_kb().office_by_key
    assert title in offices[key].titles


def test_older_titles_keep_their_offices() -> None:
    offices = default_kb().office_by_key
    assert "رئيس مجلس الوزراء العراقي" in offices["head-of-government:IQ"].titles
    assert "رئيس مجلس الوزراء العراقي" not in offices["parliament-speaker:IQ"].titles
    # Algeria's «مجلس الأمة» is its upper house: the title is Kuwait's (an emirate's) only.
    assert "رئيس مجلس الأمة الجزائري" not in offices["parliament-speaker:DZ"].titles


def test_iraqs_speaker_by_the_articles_day(extract) -> None:
    text = "استقبل رئيس البرلمان العراقي في بغداد وزير الخارجية التركي هاكان فيدان."
    _, in_2023 = extract(text, datetime.date(2023, 8, 22))
    assert met("Mohamed al-Halbousi", "Hakan Fidan") in facts(in_2023)
    _, in_2025 = extract(text, datetime.date(2025, 2, 3))
    assert met("Mahmoud al-Mashhadani", "Hakan Fidan") in facts(in_2025)
    assert met("Mohamed al-Halbousi", "Hakan Fidan") not in facts(in_2025)


def test_a_name_after_the_title_is_the_speaker(extract) -> None:
    mentions, _ = extract(
        "وقال رئيس مجلس النواب اللبناني نبيه بري إن الحوار هو الطريق الوحيد.",
        datetime.date(2024, 5, 2),
    )
    assert "Nabih Berri" in _people(mentions)


def test_the_speaker_of_another_chamber(extract) -> None:
    mentions, _ = extract(
        "وأكد رئيس مجلس الشعب السوري خلال الجلسة دعم الحكومة.", datetime.date(2019, 3, 4)
    )
    assert "Hammouda Sabbagh" in _people(mentions)


def test_no_day_names_nobody_by_guess(extract) -> None:
    mentions, _ = extract("استقبل رئيس البرلمان العراقي السفير الفرنسي في بغداد.", None)
    people = _people(mentions)
    assert not people & {
        "Mohamed al-Halbousi",
        "Mahmoud al-Mashhadani",
        "Haibat al-Halbousi",
        "Salim al-Jabouri",
    }


def test_the_prime_minister_is_still_the_prime_minister(extract) -> None:
    mentions, _ = extract(
        "والتقى رئيس مجلس الوزراء العراقي في بغداد رئيس مجلس النواب الليبي.",
        datetime.date(2023, 4, 12),
    )
    people = _people(mentions)
    assert "Mohammed Shia al-Sudani" in people
    assert "Aguila Saleh Issa" in people
