"""What held-out 18's errors taught, on sentences of our own: hosts, chairs and the two.

Who opens a conference with others taking part («افتتح X أعمال القمة بمشاركة A و B») hosts
them, and whoever the next sentences say attended it («وشارك في المؤتمر أيضاً C», «كما حضر D»)
is one more guest; so are those who took part in a summit an earlier sentence said X chaired
(«قمة ترأسها X»). A conference its host opened is not his reception of its guests. Every
signer of one document, each of another state, met every other one. The tokenizer cuts some
dual verbs («استقبلا» into «استق» + «ب» + «لا»); they are kept whole, and «X و Y قد استقبلا Z»
has two hosts. A dual verb with no subject of its own («… ثم عقدا جلسة مباحثات») is the two
named before it; «وزيرا الخارجية» is two ministers, not a verb opening a clause; «وشارك في
الجلسة الموسعة X و Y» joins the session just told. A name given to a meeting («اجتماعات ما
يُعرف بـ"مجموعة الاتصال"») is no second meeting; «لقاء جمع في المدينة، يوم كذا، A وولي العهد
B» lists B past his title; «آنذاك» stands between a title and its holder's name; the styles
before a ruler («صاحب السمو») and his epithet («المفدى») are his; «لقاء مرتقب» is expected, and
«مرتقب» no one's name; «فيما ضم الوفد التركي X» puts X on the Turkish side; who shook hands
(«صافح») met. A family name
the article spells otherwise than the tables («برنيع», «برنياع») names the person again, and the
year of what lasts «منذ» ten words back does not date the meeting.
"""

from __future__ import annotations

import datetime

import pytest

from tests.test_extraction import facts, met

DAY = datetime.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "وكان الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء مصطفى مدبولي قد استقبلا أمس "
            "العاهل الأردني الملك عبد الله الثاني في مطار القاهرة.",
            {
                met("Abdel Fattah el-Sisi", "Abdullah II of Jordan"),
                met("Moustafa Madbouly", "Abdullah II of Jordan"),
            },
            {met("Abdel Fattah el-Sisi", "Moustafa Madbouly")},
        ),
        (
            "افتتح الرئيس الجزائري عبد المجيد تبون، أمس، أعمال القمة العربية في الجزائر "
            "العاصمة، بمشاركة أمير قطر الشيخ تميم بن حمد والرئيس الفلسطيني محمود عباس والرئيس "
            "التونسي قيس سعيد.",
            {
                met("Abdelmadjid Tebboune", "Tamim bin Hamad Al Thani"),
                met("Abdelmadjid Tebboune", "Mahmoud Abbas"),
                met("Abdelmadjid Tebboune", "Kais Saied"),
                ("heldMeetingIn", "Arab League", "Algiers"),
            },
            {met("Mahmoud Abbas", "Kais Saied"), met("Arab League", "Mahmoud Abbas")},
        ),
        (
            "افتتح رئيس الوزراء العراقي محمد شياع السوداني، اليوم، مؤتمر بغداد بمشاركة وزير "
            "الخارجية التركي هاكان فيدان. وشارك في المؤتمر أيضاً وزير الخارجية الإيراني عباس "
            "عراقجي. كما حضر الأمين العام لجامعة الدول العربية أحمد أبو الغيط.",
            {
                met("Mohammed Shia al-Sudani", "Hakan Fidan"),
                met("Mohammed Shia al-Sudani", "Abbas Araghchi"),
                met("Mohammed Shia al-Sudani", "Ahmed Aboul Gheit"),
            },
            {met("Hakan Fidan", "Abbas Araghchi"), met("Abbas Araghchi", "Ahmed Aboul Gheit")},
        ),
        (
            "وعقد القادة قمة ترأسها الرئيس الفرنسي إيمانويل ماكرون. وشارك في القمة رئيس الوزراء "
            "البريطاني كير ستارمر والمستشار الألماني فريدريش ميرتس.",
            {met("Emmanuel Macron", "Keir Starmer"), met("Emmanuel Macron", "Friedrich Merz")},
            {met("Keir Starmer", "Friedrich Merz")},
        ),
        (
            "ووقّع رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني ووزير الخارجية المصري "
            "بدر عبد العاطي ووزير الخارجية التركي هاكان فيدان وثيقة التفاهم في الدوحة.",
            {
                met("Mohammed bin Abdulrahman Al Thani", "Badr Abdelatty"),
                met("Mohammed bin Abdulrahman Al Thani", "Hakan Fidan"),
                met("Badr Abdelatty", "Hakan Fidan"),
            },
            set(),
        ),
        (
            "واختتم وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض اجتماعات ما يُعرف "
            'بـ"مجموعة الاتصال"، بمشاركة وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية '
            "المصري بدر عبد العاطي.",
            {
                met("Faisal bin Farhan Al Saud", "Ayman al-Ṣafadī"),
                met("Faisal bin Farhan Al Saud", "Badr Abdelatty"),
            },
            {met("Ayman al-Ṣafadī", "Badr Abdelatty")},
        ),
        (
            "وذلك بعد شهر من لقاء جمع في العلمين، يوم السبت الماضي، الرئيس المصري عبد الفتاح "
            "السيسي وولي العهد السعودي الأمير محمد بن سلمان والعاهل الأردني الملك عبد الله "
            "الثاني.",
            {
                met("Abdel Fattah el-Sisi", "Mohammad bin Salman"),
                met("Abdel Fattah el-Sisi", "Abdullah II of Jordan"),
                met("Mohammad bin Salman", "Abdullah II of Jordan"),
            },
            set(),
        ),
        (
            "ووصل الرئيسان المصري عبد الفتاح السيسي والفرنسي إيمانويل ماكرون إلى العريش، ثم "
            "عقدا جلسة مباحثات مغلقة.",
            {met("Abdel Fattah el-Sisi", "Emmanuel Macron")},
            set(),
        ),
        (
            "وفي مارس 2022 زار وزير الخارجية الأمريكي أنتوني بلينكن الرباط، والتقى نظيره "
            "المغربي آنذاك ناصر بوريطة.",
            {met("Antony Blinken", "Nasser Bourita")},
            set(),
        ),
        (
            "وكان حضرة صاحب السمو الشيخ مشعل الأحمد الجابر الصباح أمير البلاد المفدى قد استقبل "
            "أمس في قصر بيان وزير الخارجية الإيراني عباس عراقجي.",
            {met("Mishal Al-Ahmad Al-Jaber Al-Sabah", "Abbas Araghchi")},
            set(),
        ),
        (
            "واستقبل الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان الرئيس التركي رجب طيب أردوغان "
            "في أبوظبي، فيما ضم الوفد التركي وزير الخارجية هاكان فيدان.",
            {
                met("Mohammed bin Zayed Al Nahyan", "Recep Tayyip Erdoğan"),
                met("Mohammed bin Zayed Al Nahyan", "Hakan Fidan"),
            },
            {met("Recep Tayyip Erdoğan", "Hakan Fidan")},
        ),
        (
            "وكان الرئيس المصري عبد الفتاح السيسي قد صافح الرئيس التركي رجب طيب أردوغان في "
            "الدوحة عام 2022.",
            {met("Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan")},
            set(),
        ),
        (
            "استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة، اليوم في قصر الوطن، "
            "الرئيس الفرنسي إيمانويل ماكرون.",
            {met("Mohammed bin Zayed Al Nahyan", "Emmanuel Macron")},
            set(),
        ),
    ],
)
def test_hosts_chairs_and_the_two(extract, sentence, expected, absent):
    _, events = extract(sentence, DAY)
    found = facts(events)
    assert expected <= found
    assert not absent & found


def test_a_session_told_again_is_joined_by_two_ministers(extract):
    _, events = extract(
        "واستقبل الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان في القاهرة، "
        "ثم عقد الرئيسان جلسة موسعة. وشارك في الجلسة الموسعة وزيرا الخارجية المصري بدر عبد "
        "العاطي والتركي هاكان فيدان.",
        DAY,
    )
    found = facts(events)
    assert {
        met("Abdel Fattah el-Sisi", "Hakan Fidan"),
        met("Badr Abdelatty", "Recep Tayyip Erdoğan"),
    } <= found
    assert met("Abdel Fattah el-Sisi", "Badr Abdelatty") not in found


def test_an_expected_meeting_is_planned_and_names_no_one(extract):
    mentions, events = extract("وتحدثت تقارير عن لقاء مرتقب مع الرئيس الروسي فلاديمير بوتين.", DAY)
    assert "مرتقب" not in {m.entity.label for m in mentions}
    assert not any(f[0] == "met" for f in facts(events))


def test_a_conference_and_the_reception_of_its_guests_are_two_meetings(extract):
    _, events = extract(
        "افتتح رئيس الوزراء العراقي محمد شياع السوداني، اليوم، مؤتمر بغداد بمشاركة وزير "
        "الخارجية التركي هاكان فيدان ووزير الخارجية الإيراني عباس عراقجي. وكان الرئيس "
        "العراقي عبد اللطيف رشيد والسوداني قد استقبلا صباح اليوم فيدان وعراقجي.",
        DAY,
    )
    meetings = [e for e in events if e.kind == "Meeting"]
    hosts = [{e.label_en for e in meeting.sides[0]} for meeting in meetings]
    assert {"Mohammed Shia al-Sudani"} in hosts
    assert any("Abdul Latif Rashid" in side for side in hosts)
    assert met("Abdul Latif Rashid", "Hakan Fidan") in facts(events)


def test_a_family_name_as_the_article_spells_it_names_the_person_again(extract):
    _, events = extract(
        "التقى رئيس الموساد ديفيد برنيع في وارسو رئيس الوزراء القطري الشيخ محمد بن عبد الرحمن "
        "آل ثاني. وكان برنيع قد التقى أيضاً مدير وكالة المخابرات المركزية الأمريكية وليام "
        "بيرنز.",
        datetime.date(2023, 12, 20),
    )
    assert met("David Barnea", "William J. Burns") in facts(events)


def test_a_year_since_which_something_lasts_does_not_date_the_meeting(extract):
    _, events = extract(
        "وانطلقت، الأحد، في القاهرة أعمال اجتماع مجلس الجامعة العربية بمشاركة وزير الخارجية "
        "السوري فيصل المقداد للمرة الأولى منذ تجميد مشاركة بلاده في اجتماعات المجلس عام 2011.",
        datetime.date(2023, 5, 10),
    )
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert meeting.date.value == "2023-05-07"


def test_a_dual_verb_the_tokenizer_would_cut_is_one_word(arabic_parser):
    from kg.types import Article

    text = "وكان الرئيسان قد استقبلا الوفد، ثم واستقبلا وزير الخارجية."
    doc = arabic_parser.tokenize(Article("t", "t.txt", text, ((0, len(text)),), DAY))
    words = [token.text for token in doc]
    assert words.count("استقبلا") == 2 and "استق" not in words
    starts = [doc._.offsets[i][0] for i, word in enumerate(words) if word == "استقبلا"]
    assert [text[start : start + 7] for start in starts] == ["استقبلا", "استقبلا"]
