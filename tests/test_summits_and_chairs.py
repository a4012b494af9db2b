"""What held-out 19's errors taught, on sentences of our own: summits, chairs and their guests.

Many leaders taking part in a summit with no host named («وشارك في القمة X و Y و Z و W») took
part in it; they met no one in particular, not each other. A conference «برئاسة X» an earlier
sentence told, a summit X opened a sentence before, or a meeting «ترأسه X، الذي شارك فيه A و
B», is X's with each taking part; a guest who stands for what the chair stands for (the UN's
envoy at the Secretary-General's session) sits with him. «التقى X ووزير خارجيته Y رئيسَ
الوزراء Z»: the names «و» joins are the hosts. Three parties of a summit counted «ثلاثية» met
each other. «ثم استقبل X ضيفه» makes X the host. A list of guests ends at the next meeting's
noun («…، وقمة عمّان»), and a meeting told in a relative clause takes the date before it («قمة
القاهرة في آذار 2019، التي جمعت …»). «وصل X إلى عمّان» is Amman, not Oman.
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
            "وشارك في القمة الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان والرئيس "
            "الفرنسي إيمانويل ماكرون ورئيسة الوزراء الإيطالية جورجيا ميلوني.",
            set(),
            {
                met("Vladimir Putin", "Recep Tayyip Erdoğan"),
                met("Emmanuel Macron", "Giorgia Meloni"),
            },
        ),
        (
            "انطلق في باريس مؤتمر دعم لبنان برئاسة الرئيس الفرنسي إيمانويل ماكرون. وشارك في "
            "المؤتمر رئيس الوزراء اللبناني نواف سلام ووزير الخارجية السعودي الأمير فيصل بن فرحان.",
            {
                met("Emmanuel Macron", "Nawaf Salam"),
                met("Emmanuel Macron", "Faisal bin Farhan Al Saud"),
            },
            {met("Nawaf Salam", "Faisal bin Farhan Al Saud")},
        ),
        (
            "افتتح الرئيس الجزائري عبد المجيد تبون، مساء اليوم، أشغال الدورة العادية لمجلس جامعة "
            "الدول العربية على مستوى القمة. وشارك في القمة، إلى جانب أمير قطر الشيخ تميم بن حمد، "
            "الرئيس الفلسطيني محمود عباس والرئيس التونسي قيس سعيد.",
            {
                met("Abdelmadjid Tebboune", "Tamim bin Hamad Al Thani"),
                met("Abdelmadjid Tebboune", "Mahmoud Abbas"),
                met("Abdelmadjid Tebboune", "Kais Saied"),
            },
            {met("Mahmoud Abbas", "Kais Saied")},
        ),
        (
            "والتقى الرئيس الفرنسي إيمانويل ماكرون ووزير خارجيته جان نويل بارو رئيسَ الوزراء "
            "اللبناني نواف سلام في الإليزيه.",
            {met("Emmanuel Macron", "Nawaf Salam"), met("Jean-Noël Barrot", "Nawaf Salam")},
            {met("Emmanuel Macron", "Jean-Noël Barrot")},
        ),
        (
            "وترأس وزير الخارجية الأردني أيمن الصفدي الاجتماع، الذي شارك فيه وزير الخارجية "
            "المصري بدر عبد العاطي ووزير الخارجية العراقي فؤاد حسين ووزير الخارجية السعودي "
            "الأمير فيصل بن فرحان.",
            {
                met("Ayman al-Ṣafadī", "Badr Abdelatty"),
                met("Ayman al-Ṣafadī", "Fuad Hussein"),
                met("Ayman al-Ṣafadī", "Faisal bin Farhan Al Saud"),
            },
            {met("Badr Abdelatty", "Fuad Hussein")},
        ),
        (
            "واختتمت المحادثات بجلسة ترأسها الأمين العام للأمم المتحدة أنطونيو غوتيريش. وحضر "
            "الجلسة المبعوث الأممي إلى اليمن هانس غروندبرغ ووزير الخارجية العماني بدر البوسعيدي.",
            {met("António Guterres", "Sayyid Badr bin Hamad bin Hamood AlBusaidi")},
            {met("António Guterres", "Hans Grundberg")},
        ),
        (
            "وتأتي القمة بعد قمة القاهرة في آذار 2019، التي جمعت السيسي والعاهل الأردني برئيس "
            "الوزراء العراقي عادل عبد المهدي، وقمة عمّان في آب 2020.",
            {met("Abdel Fattah el-Sisi", "Adil Abdul-Mahdi")},
            {met("Adil Abdul-Mahdi", "Jordan"), met("Adil Abdul-Mahdi", "Oman")},
        ),
        (
            "واستقبل الرئيس العراقي عبد اللطيف رشيد الرئيس التركي رجب طيب أردوغان في المطار. ثم "
            "استقبل رئيس الوزراء محمد شياع السوداني ضيفه في القصر الحكومي.",
            {met("Abdul Latif Rashid", "Recep Tayyip Erdoğan")},
            {met("Abdul Latif Rashid", "Mohammed Shia al-Sudani")},
        ),
        (
            "وعقد رئيس الوزراء العراقي محمد شياع السوداني في بغداد قمة ثلاثية جمعته بالرئيس "
            "المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني.",
            {
                met("Mohammed Shia al-Sudani", "Abdel Fattah el-Sisi"),
                met("Mohammed Shia al-Sudani", "Abdullah II of Jordan"),
                met("Abdel Fattah el-Sisi", "Abdullah II of Jordan"),
            },
            set(),
        ),
    ],
)
def test_summits_chairs_and_their_guests(extract, sentence, expected, absent):
    _, events = extract(sentence, DAY)
    found = facts(events)
    assert expected <= found
    assert not absent & found


def test_a_meeting_told_in_a_relative_clause_takes_the_date_before_it(extract):
    _, events = extract(
        "وتأتي القمة بعد قمة القاهرة في آذار 2019، التي جمعت السيسي والعاهل الأردني برئيس "
        "الوزراء العراقي عادل عبد المهدي، وقمة عمّان في آب 2020.",
        DAY,
    )
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert meeting.date.value == "2019-03"


@pytest.mark.parametrize("arrived", ["ووصل", "وصل"])  # «وصل»'s own «و» is no conjunction
def test_going_to_amman_is_no_meeting_with_oman(extract, arrived):
    mentions, events = extract(
        f"{arrived} وزير الخارجية المصري بدر عبد العاطي إلى عمّان صباح اليوم، حيث التقى نظيره "
        "الأردني أيمن الصفدي.",
        DAY,
    )
    assert "Oman" not in {m.entity.label_en for m in mentions}
    assert met("Badr Abdelatty", "Ayman al-Ṣafadī") in facts(events)
