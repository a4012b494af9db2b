"""What held-out 42's errors taught, on sentences of our own: talks between two states told by
their delegations, their chair and whoever attended their opening session.

«فيما ضم الوفد الإيراني X»: the state whose delegation «الوفد» right after the verb names is
told by the people it was made of, and stands no longer as a side of its own. «وحضر الجلسة
الافتتاحية X»: the opening session of the talks just reported, which X attended (of a summit
told before, it is the summit's). «مفاوضات بين A و B برئاسة X», «…، وافتتحها X»: the chair of
talks between two other states is a third side, with his compatriot who attended. «انتهت
المفاوضات بين A و B»: talks that ended were held («انتهت الحرب» governs no meeting noun).

«مدير مكتب الرئيس الأوكراني X»: the name after a possessed title is the director's; «مكتب»
before the president's title makes no namesake of him. «جمع X بالرئيس Y»: «ب» on the title
before the name still marks the other side; «ستيف ويتكوف ببوتين»: a person named before,
written again by his family name with «ب», ends the name read after a title. «بعد اتصال هاتفي
بين A و B، وبعد لقاء جمع C بـ D»: the call's adjective makes no call of the meeting after it.

«الزعيمين»: the two leaders «و» joined, and the same two later in the article; «فقد جمعهما X»
on the next line. «بحضور القادة الثلاثة», «الوزراء الثلاثة»: as many people of that title as
counted, named last (those listed under one «نظراؤه» too). «استضاف X نظيريه A و B …، في أول
لقاء بين الوزيرين، ثم استقبل …»: X met both, they met each other, on the date before «ثم».
«مجموعة مينسك» is a group even when «مينسك» was read as Belarus; «تغيب X عن عضوية المجلس»
denies the seat; a date between «انضمت» and «إلى» keeps the joining; «شملت 26 شخصاً بين A و B»
lists no members. «ولم تفلح قمة جمعت X و Y»: the summit was held; «مهّد لها بلقاء X»: he met X.
"""

from __future__ import annotations

import datetime
import itertools

import pytest

from tests.test_extraction import facts, met


def _met(events) -> set[tuple[str, str, str]]:
    return {f for f in facts(events) if f[0] == "met"}


GENEVA = "جرت في جنيف أمس محادثات بين الولايات المتحدة وإيران. "
HEADS = (
    "وترأس الوفد الأمريكي وزير الخارجية ماركو روبيو، فيما ضم الوفد الإيراني وزير الخارجية "
    "عباس عراقجي. "
)
RUBIO, ARAGHCHI, BUSAIDI = (
    "Marco Rubio",
    "Abbas Araghchi",
    "Sayyid Badr bin Hamad bin Hamood AlBusaidi",
)


def test_a_delegation_made_of_people_stands_for_its_state(extract):
    _, events = extract(GENEVA + HEADS)
    found = _met(events)
    assert met(RUBIO, ARAGHCHI) in found
    assert not {f for f in found if "Iran" in f or "United States" in f}


def test_who_attended_the_opening_session_met_both_delegations(extract):
    _, events = extract(
        GENEVA + HEADS + "وحضر الجلسة الافتتاحية وزير الخارجية العماني بدر البوسعيدي."
    )
    assert {met(RUBIO, BUSAIDI), met(ARAGHCHI, BUSAIDI)} <= _met(events)


def test_the_opening_session_of_a_summit_is_no_one_elses(extract):
    text = (
        "استقبل الرئيس الكيني وليام روتو في نيروبي أمس الرئيس الغاني جون ماهاما على هامش قمة "
        "الاتحاد الأفريقي. وحضر الجلسة الافتتاحية وزير الخارجية الإيراني عباس عراقجي."
    )
    _, events = extract(text)
    assert not {f for f in _met(events) if ARAGHCHI in f}


def test_a_states_delegation_joins_its_side_when_its_leader_is_the_side(extract):
    text = (
        "استقبل الرئيس الكيني وليام روتو في نيروبي أمس الرئيس الغاني جون ماهاما. "
        "وضم الوفد الغاني وزير الخارجية صامويل أبلاكوا."
    )
    _, events = extract(text)
    assert met("William Ruto", "Samuel Okudzeto Ablakwa") in _met(events)


@pytest.mark.parametrize(
    ("text", "chair", "sides"),
    [
        (
            "عقدت في الدوحة أمس مفاوضات بين حركة حماس وإسرائيل برئاسة رئيس الوزراء القطري الشيخ "
            "محمد بن عبد الرحمن آل ثاني.",
            "Mohammed bin Abdulrahman Al Thani",
            ("Hamas", "Israel"),
        ),
        (
            "انطلقت في القاهرة أمس جولة محادثات بين السودان وجنوب السودان، وافتتحها وزير الخارجية "
            "المصري بدر عبد العاطي بكلمة.",
            "Badr Abdelatty",
            ("Sudan", "South Sudan"),
        ),
    ],
)
def test_the_chair_of_talks_between_two_others_met_both(extract, text, chair, sides):
    _, events = extract(text)
    found = _met(events)
    assert {met(chair, side) for side in sides} | {met(*sides)} <= found


def test_an_attendee_of_the_chairs_state_sits_with_him(extract):
    text = (
        "عقدت أمس في إسطنبول مفاوضات بين روسيا وأوكرانيا برئاسة وزير الخارجية التركي هاكان "
        "فيدان وبحضور رئيس جهاز الاستخبارات التركية إبراهيم قالن."
    )
    _, events = extract(text)
    found = _met(events)
    assert {met("Hakan Fidan", "Ukraine"), met("İbrahim Kalın", "Ukraine")} <= found
    assert met("Hakan Fidan", "İbrahim Kalın") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انتهت في إسطنبول أمس المفاوضات بين روسيا وأوكرانيا.", {met("Russia", "Ukraine")}),
        ("وقال الوزير إن الحرب بين روسيا وأوكرانيا انتهت.", set()),
    ],
)
def test_talks_that_ended_were_held(extract, text, expected):
    _, events = extract(text)
    assert _met(events) == expected


PUTIN_FIRST = "أكد الرئيس الروسي فلاديمير بوتين استعداده للحوار. "
WITKOFF_PUTIN = met("ستيف ويتكوف", "Vladimir Putin")


@pytest.mark.parametrize(
    "second",
    [
        "وكان لقاء قد جمع المبعوث الأمريكي ستيف ويتكوف بالرئيس بوتين في موسكو الشهر الماضي.",
        "وكان لقاء قد جمع المبعوث الخاص ستيف ويتكوف ببوتين في موسكو الشهر الماضي.",
        "وجاءت المبادرة بعد اتصال هاتفي بين الرئيس الأمريكي دونالد ترامب والرئيس بوتين، وبعد "
        "لقاء جمع المبعوث الخاص ستيف ويتكوف ببوتين في موسكو.",
    ],
)
def test_who_was_brought_together_with_a_person_named_before(extract, second):
    _, events = extract(PUTIN_FIRST + second)
    assert WITKOFF_PUTIN in _met(events)


LEADERS = (
    "وقع رئيس الوزراء الأرميني نيكول باشينيان والرئيس الأذربيجاني إلهام علييف في واشنطن إعلاناً "
    "مشتركاً بحضور الرئيس الأمريكي دونالد ترامب. وكان الرئيس الفرنسي إيمانويل ماكرون قد استضاف "
    "الزعيمين في باريس العام الماضي.\n"
    "س: هل كان هذا أول لقاء بين الزعيمين؟ ج: لا، فقد جمعهما المستشار الألماني أولاف شولتس في "
    "ميونيخ في فبراير 2024."
)
PASHINYAN, ALIYEV = "Nikol Pashinyan", "Ilham Aliyev"


def test_the_two_leaders_are_the_two_named_together(extract):
    """«الزعيمين» are the two «و» joined, not the witness named last; the article's later
    «الزعيمين», and «هما» on the next line, are the same two; who brought them together met
    them."""
    _, events = extract(LEADERS)
    found = _met(events)
    expected = {
        met(host, leader)
        for host in ("Emmanuel Macron", "Olaf Scholz")
        for leader in (PASHINYAN, ALIYEV)
    }
    assert expected <= found
    assert not {f for f in found if "Emmanuel Macron" in f and "Donald Trump" in f}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وتضم مجموعة مينسك في عضويتها فرنسا وروسيا والولايات المتحدة.",
            {("France", "مجموعة مينسك"), ("Russia", "مجموعة مينسك")},
        ),
        (
            "والولايات المتحدة عضو دائم في مجلس الأمن الدولي، فيما تغيب الكويت عن عضوية المجلس "
            "حالياً.",
            {("United States", "United Nations Security Council")},
        ),
        (
            "وانضمت مصر رسمياً مطلع العام الجاري إلى مجموعة «بريكس».",
            {("Egypt", "BRICS")},
        ),
    ],
)
def test_memberships_of_a_group_named_by_a_city_denied_and_dated(extract, text, expected):
    """«مجموعة مينسك» is a group, not Belarus's capital; «تغيب X عن عضوية» denies X's seat;
    a date between the joining verb and «إلى» keeps the joining."""
    _, events = extract(text)
    members = {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"}
    assert expected <= members
    assert not {m for m in members if "Kuwait" in m or "Belarus" in m}


def test_the_host_and_the_two_between_and_the_date_before_then(extract):
    """«استضاف X نظيريه A و B في أنطاليا في 12 آذار، في أول لقاء بين الوزيرين، ثم استقبل A في
    أنقرة في 8 نيسان»: X met both, they met each other, on the 12th of March (the date after
    «ثم» is the next meeting's)."""
    text = (
        "استضاف وزير الخارجية التركي هاكان فيدان نظيريه الأرميني أرارات ميرزويان والأذربيجاني "
        "جيهون بيراموف في أنطاليا في 12 آذار الماضي، في أول لقاء بين الوزيرين منذ أشهر، ثم "
        "استقبل بيراموف وحده في أنقرة في 8 نيسان."
    )
    _, events = extract(text)
    antalya = [e for e in events if e.location is not None and e.location.label == "أنطاليا"]
    people = {entity.label_en for e in antalya for side in e.sides for entity in side}
    assert {"Hakan Fidan", "Ararat Mirzoyan", "Jeyhun Bayramov"} <= people
    assert {e.date.value for e in antalya} == {"2024-03-12"}


def test_what_an_operation_took_in_is_no_bodys_members(extract):
    text = (
        "ونسق جهاز الاستخبارات التركي في الأول من آب 2024 عملية تبادل في مطار أنقرة شملت 26 "
        "شخصاً بين روسيا ودول غربية."
    )
    _, events = extract(text)
    assert not {f for f in facts(events) if f[0] == "memberOf"}


def test_a_group_named_by_a_capital_read_as_its_state(extract):
    """«مجموعة مينسك» after «ضمّت»: the group, whatever its city was read as, and its members."""
    text = (
        "وكانت مجموعة مينسك قد تأسست عام 1992 للتوسط في النزاع، وضمّت في عضويتها إلى جانب "
        "روسيا تركيا وألمانيا."
    )
    _, events = extract(text)
    members = {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"}
    assert {("Turkey", "مجموعة مينسك"), ("Germany", "مجموعة مينسك")} <= members
    assert not {m for m in members if "Belarus" in m}


def test_cavusoglu_by_another_spelling(extract):
    text = "استقبل وزير الخارجية التركي مولود تشاووش أوغلو في أنقرة نظيره الروسي سيرغي لافروف."
    _, events = extract(text, datetime.date(2022, 6, 9))
    assert met("Mevlüt Çavuşoğlu", "Sergey Lavrov") in _met(events)


MIRZOYAN, BAYRAMOV, BLINKEN = "Ararat Mirzoyan", "Jeyhun Bayramov", "Antony Blinken"

WHO_MET_WHOM = [
    # «مدير مكتب الرئيس الأوكراني X»: the director, named after his president's title
    (
        "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض مدير مكتب الرئيس الأوكراني "
        "أندريه يرماك.",
        [("Faisal bin Farhan Al Saud", "أندريه يرماك")],
    ),
    # «جمع X في واشنطن A و B»: a city between the host and his guests
    (
        "جمع وزير الخارجية الأمريكي أنتوني بلينكن في واشنطن وزيري خارجية أرمينيا أرارات "
        "ميرزويان وأذربيجان جيهون بيراموف.",
        [(BLINKEN, MIRZOYAN), (BLINKEN, BAYRAMOV)],
    ),
    # «بحضور القادة الثلاثة»: the three leaders named last attended the ministers' signing
    (
        "استضاف الرئيس الأمريكي دونالد ترامب في البيت الأبيض رئيس الوزراء الأرميني نيكول "
        "باشينيان والرئيس الأذربيجاني إلهام علييف. ووقع وزيرا الخارجية الأرميني أرارات ميرزويان "
        "والأذربيجاني جيهون بيراموف، بحضور القادة الثلاثة، على نص الاتفاق.",
        [("Donald Trump", MIRZOYAN), ("Donald Trump", BAYRAMOV)],
    ),
    # a digest's subject right before its verb
    (
        "الإثنين 12 أيار: وزير الخارجية الأمريكي أنتوني بلينكن يجمع في أحد فنادق واشنطن وزيري "
        "خارجية أرمينيا أرارات ميرزويان وأذربيجان جيهون بيراموف.",
        [(BLINKEN, MIRZOYAN)],
    ),
    # a person named in full earlier in the sentence ends a name read after a title
    (
        "وجاءت المبادرة بعد اتصال بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير "
        "بوتين، وبعد لقاء جمع المبعوث الخاص ستيف ويتكوف ببوتين في موسكو.",
        [("ستيف ويتكوف", "Vladimir Putin")],
    ),
    # «نظراؤه A و B و C … ثم استقبال الملك W الوزراء الثلاثة»: the three listed under «نظراؤه»
    (
        "ترأس وزير الخارجية السعودي الأمير فيصل بن فرحان اجتماعاً شارك فيه نظراؤه الأردني أيمن "
        "الصفدي والعراقي فؤاد حسين والمصري بدر عبد العاطي، ثم استقبال الملك سلمان بن عبد العزيز "
        "الوزراء الثلاثة في الرياض.",
        [("Salman of Saudi Arabia", guest) for guest in ("Ayman al-Ṣafadī", "Badr Abdelatty")],
    ),
    # «التقى A و B في محادثات افتتحها X»: A and B met, and their opener both
    (
        "التقى أرارات ميرزويان وجيهون بيراموف في أرلينغتون في محادثات افتتحها وزير الخارجية "
        "الأمريكي أنتوني بلينكن.",
        list(itertools.combinations((MIRZOYAN, BAYRAMOV, BLINKEN), 2)),
    ),
    # «ولم تفلح قمة جمعت X و Y في …»: the summit failed, it was held
    (
        "ولم تفلح قمة جمعت الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين في سوتشي "
        "في إحياء المبادرة.",
        [("Recep Tayyip Erdoğan", "Vladimir Putin")],
    ),
    # «حيث رحّب بهما X»: the two named before, whom X welcomed
    (
        "التقى وزيرا خارجية أرمينيا أرارات ميرزويان وأذربيجان جيهون بيراموف في ألماتي حيث رحّب "
        "بهما وزير الخارجية الكازاخستاني مراد نورتليو.",
        [(MIRZOYAN, BAYRAMOV), ("Murat Nurtleu", BAYRAMOV), ("Murat Nurtleu", MIRZOYAN)],
    ),
    # «اجتماع ثلاثي استضافه X، وشارك فيه A و B»: the host met those taking part
    (
        "وعقد أمس اجتماع ثلاثي استضافه وزير الخارجية التركي هاكان فيدان، وشارك فيه وزير الخارجية "
        "الأميركي ماركو روبيو ووزير الدفاع الأوكراني رستم عمروف.",
        [("Hakan Fidan", "Marco Rubio"), ("Hakan Fidan", "رستم عمروف")],
    ),
    # «مهّد للقمة بلقاء X»: paved the way by meeting him
    (
        "وكان وزير الخارجية التركي هاكان فيدان قد مهّد للقمة بلقاء نظيره الروسي سيرغي لافروف في "
        "موسكو.",
        [("Hakan Fidan", "Sergey Lavrov")],
    ),
]


@pytest.mark.parametrize(("text", "pairs"), WHO_MET_WHOM)
def test_who_met_whom(extract, text, pairs):
    _, events = extract(text)
    assert {met(*pair) for pair in pairs} <= _met(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "والسعودية هي الدولة العربية الوحيدة في مجموعة العشرين.",
            {("Saudi Arabia", "G20")},
        ),
        (
            "وبقيت المجر الدولة الوحيدة في الاتحاد الأوروبي التي رفضت القرار.",
            {("Hungary", "European Union")},
        ),
        (
            "فيما لم تحسم السعودية، شريكة الإمارات في عضوية مجلس التعاون لدول الخليج العربية، "
            "موقفها من الدعوة.",
            {
                ("Saudi Arabia", "Gulf Cooperation Council"),
                ("United Arab Emirates", "Gulf Cooperation Council"),
            },
        ),
    ],
)
def test_members_described_as_the_only_state_or_a_partner(extract, text, expected):
    _, events = extract(text)
    assert {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"} == expected
