"""Signings, meetings of several peers, and holders named state by state (sentences of our own).

Two people who sign together met; states or a single signer did not. A meeting counted by its
parties («اجتماع ثلاثي») among named people is each one's with each of the others. A plural
title over states each followed by a name («وزراء خارجية مصر X والأردن Y») names each state's
holder; a counterpart named after his adjective is that person, not the office's holder of the
day.
"""

from __future__ import annotations

import datetime

import pytest

from tests.test_extraction import facts, met


def _met(events) -> set[tuple[str, str, str]]:
    return {f for f in facts(events) if f[0] == "met"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "ووقع الرئيس الكيني وليام روتو ونظيره الأوغندي يوري موسيفيني في نيروبي اتفاقا لمد "
            "خط أنابيب النفط.",
            {met("William Ruto", "Yoweri Museveni")},
        ),
        (
            "وقع وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي مذكرة تفاهم في عمان.",
            {met("Sameh Shoukry", "Ayman al-Ṣafadī")},
        ),
        # states sign treaties; nobody is said to have met
        ("وكانت ليبيا وإيطاليا قد وقعتا في وقت سابق اتفاقا للتعاون.", set()),
        ("وقع وزير الخارجية الإماراتي اتفاقا مع الأردن.", set()),
        # one signer; «وقع» as «took place»; a signing to come
        ("وقع الرئيس الأمريكي جو بايدن قانونا جديدا أمس.", set()),
        ("لقي ثلاثة أشخاص حتفهم في انفجار وقع في مدينة حلب.", set()),
        ("وأشار البيان إلى أن روتو وموسيفيني سوف يوقعان الاتفاقية الأسبوع المقبل.", set()),
    ],
)
def test_two_people_who_sign_together_met(extract, sentence, expected):
    _, events = extract(sentence, datetime.date(2024, 8, 8))
    assert _met(events) == expected


FOUR_MINISTERS = {
    met("Faisal Mekdad", "Sergey Lavrov"),
    met("Faisal Mekdad", "Hossein Amirabdollahian"),
    met("Faisal Mekdad", "Mevlüt Çavuşoğlu"),
    met("Sergey Lavrov", "Hossein Amirabdollahian"),
    met("Sergey Lavrov", "Mevlüt Çavuşoğlu"),
    met("Hossein Amirabdollahian", "Mevlüt Çavuşoğlu"),
}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وعقد وزراء خارجية سوريا فيصل المقداد وروسيا سيرغي لافروف وإيران حسين أمير عبد "
            "اللهيان وتركيا مولود جاويش أوغلو اجتماعا رباعيا في موسكو.",
            FOUR_MINISTERS,
        ),
        (
            "وجاء ذلك في ختام اجتماع ثلاثي بين وزير الخارجية التونسي نبيل عمار ووزير الخارجية "
            "الجزائري أحمد عطاف ووزير الخارجية الليبي عبد الهادي الحويج.",
            {
                met("Nabil Ammar", "Ahmed Attaf"),
                met("Nabil Ammar", "Abdul-Hadi Al-Hawaij"),
                met("Ahmed Attaf", "Abdul-Hadi Al-Hawaij"),
            },
        ),
    ],
)
def test_people_at_a_meeting_counted_by_its_parties_each_met_the_others(
    extract, sentence, expected
):
    _, events = extract(sentence, datetime.date(2023, 5, 10))
    assert _met(events) == expected


def test_states_counted_as_peers_take_part_with_no_pairs(extract):
    _, events = extract("عقدت في القاهرة قمة ثلاثية بين مصر والأردن والعراق.")
    (meeting,) = events
    assert {e.label_en for e in meeting.participants} == {"Egypt", "Jordan", "Iraq"}
    assert not _met(events)


def test_a_plural_title_names_each_states_holder_in_place_of_the_state(extract):
    mentions, _ = extract(
        "وعقد وزراء خارجية سوريا فيصل المقداد وروسيا سيرغي لافروف اجتماعا في موسكو.",
        datetime.date(2023, 5, 10),
    )
    people = {m.entity.label_en: m.represents.label_en for m in mentions if m.represents}
    assert people == {"Faisal Mekdad": "Syria", "Sergey Lavrov": "Russia"}
    assert not [m for m in mentions if m.entity.type == "State"]


def test_a_counterpart_named_after_his_adjective_is_that_person_not_the_holder_of_the_day(
    extract,
):
    sentence = "التقى وزير الخارجية المصري سامح شكري نظيره السوداني علي الصادق في الخرطوم."
    _, events = extract(sentence, datetime.date(2024, 8, 8))
    assert _met(events) == {met("Sameh Shoukry", "علي الصادق")}
    _, events = extract(sentence.replace(" علي الصادق", ""), datetime.date(2024, 8, 8))
    assert _met(events) == {met("Sameh Shoukry", "Hussein Awad Ali")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وعلى هامش القمة، وقع الرئيس الكيني أوهورو كينياتا ونظيره الأوغندي يوري موسيفيني، "
            "بحضور الرئيس التنزاني جون ماغوفولي، على اتفاق لمد خط أنابيب النفط.",
            {
                met("Uhuru Kenyatta", "Yoweri Museveni"),
                met("Uhuru Kenyatta", "John Magufuli"),
                met("Yoweri Museveni", "John Magufuli"),
            },
        ),
        (
            "اجتمع الرئيس التشادي إدريس ديبي مع الرئيس السوداني عمر البشير بحضور وزير الخارجية "
            "المصري أحمد أبو الغيط.",
            {
                met("Idriss Déby", "Omar al-Bashir"),
                met("Idriss Déby", "Ahmed Aboul Gheit"),
                met("Omar al-Bashir", "Ahmed Aboul Gheit"),
            },
        ),
    ],
)
def test_who_attends_for_a_third_state_met_both_sides(extract, sentence, expected):
    _, events = extract(sentence, datetime.date(2017, 1, 31))
    assert _met(events) == expected


def test_attendees_of_the_meeting_named_again_under_a_passive_verb_join_it(extract):
    _, events = extract(
        "التقى رئيس المجلس السياسي الأعلى مهدي المشاط اليوم بصنعاء المبعوث الأممي هانس "
        "غروندبرغ.\nوجرى في اللقاء، بحضور رئيس مجلس النواب يحيى الراعي، مناقشة جهود السلام.",
        datetime.date(2023, 5, 1),
    )
    (meeting,) = events
    host, guest = ({e.label_en or e.label for e in side} for side in meeting.sides)
    assert guest == {"Hans Grundberg"} and "Mahdi al-Mashat" in host and len(host) == 2


def test_who_attended_the_signing_ceremony_for_a_third_state_met_the_signers(extract):
    _, events = extract(
        "وقع رئيس السلطة الفلسطينية محمود عباس ورئيس المكتب السياسي لحركة حماس خالد مشعل "
        "اليوم في الدوحة على إعلان المصالحة.\nوحضر مراسم التوقيع ولي العهد القطري الشيخ تميم "
        "بن حمد آل ثاني.",
        datetime.date(2012, 2, 6),
    )
    assert len(events) == 1  # one meeting: the attendees' report merged with the signing
    assert _met(events) == {
        met("Mahmoud Abbas", "Khaled Mashal"),
        met("Mahmoud Abbas", "Tamim bin Hamad Al Thani"),
        met("Khaled Mashal", "Tamim bin Hamad Al Thani"),
    }


@pytest.mark.parametrize("kunya", ["أبو العبد", "أبو الوليد"])
def test_a_hamas_leaders_kunya_is_the_leader(extract, kunya):
    _, events = extract(f"والتقى {kunya} وزير الخارجية التركي هاكان فيدان في الدوحة.")
    leader = {"أبو العبد": "Ismail Haniyeh", "أبو الوليد": "Khaled Mashal"}[kunya]
    assert _met(events) == {met(leader, "Hakan Fidan")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # witnessing a ceremony is attending it
        (
            "وقع الرئيس الفلسطيني محمود عباس ورئيس المكتب السياسي لحركة حماس خالد مشعل اليوم في "
            "الدوحة "
            "على إعلان المصالحة. وشهد مراسم التوقيع ولي العهد القطري الشيخ تميم بن حمد آل ثاني.",
            {
                met("Mahmoud Abbas", "Khaled Mashal"),
                met("Mahmoud Abbas", "Tamim bin Hamad Al Thani"),
                met("Khaled Mashal", "Tamim bin Hamad Al Thani"),
            },
        ),
        # a meeting that «witnessed» a presentation, leaders who «witnessed» a signing after
        # talks: no one attends the meeting reported before
        (
            "التقى الرئيس التركي أردوغان وفد حماس في أنقرة. وشهد الاجتماع كذلك عرضاً تفصيلياً "
            "للمساعدات التي تقدمها تركيا لسكان غزة.",
            {met("Recep Tayyip Erdoğan", "Hamas")},
        ),
        (
            "وكان وزير الخارجية بدر عبد العاطي قد عقد لقاء مع نظيره الإسباني خوسيه مانويل "
            "ألباريس. وشهد الرئيس السيسي ورئيس الوزراء الإسباني بيدرو سانشيز في ختام المباحثات "
            "توقيع إعلان الشراكة.",
            {met("Badr Abdelatty", "José Manuel Albares Bueno")},
        ),
    ],
)
def test_witnessing_is_attending_a_ceremony_only(extract, text, expected):
    _, events = extract(text, datetime.date(2012, 2, 6))
    assert _met(events) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "ووقع الاتفاقية عن الجانب البحريني وزير النفط الشيخ عيسى بن علي آل خليفة وعن الجانب "
            "القطري وزير الطاقة الشيخ عبدالله بن حمد العطية.",
            datetime.date(2006, 5, 2),
            {met("عبدالله بن حمد العطية", "عيسى بن علي آل خليفة")},
            id="one-signer-after-each-party",
        ),
        pytest.param(
            "التقى الرئيس عبد الفتاح السيسي وزيري خارجية الأردن أيمن الصفدي والعراق فؤاد حسين.",
            datetime.date(2018, 12, 13),
            {
                met("Abdel Fattah el-Sisi", "Ayman al-Ṣafadī"),
                met("Abdel Fattah el-Sisi", "Fuad Hussein"),
            },
            id="a-dual-title-over-two-states-names",
        ),
        pytest.param(
            "وكان الرئيس الأسد قد وصل مساء أمس إلى جدة، حيث كان في استقبال سيادته في المطار "
            "الأمير بدر بن سلطان نائب أمير منطقة مكة المكرمة والأمين العام لجامعة الدول العربية "
            "أحمد أبو الغيط.",
            datetime.date(2023, 5, 19),
            {
                met("Bashar al-Assad", "بدر بن سلطان"),
                met("Bashar al-Assad", "Ahmed Aboul Gheit"),
            },
            id="all-who-were-at-his-reception-after-an-honorific",
        ),
        # «رئيس الجمهورية» of a Lebanese paper names no state; his prime minister, who joins
        # the meeting, is on his side, not a party of his own who met him
        pytest.param(
            "استقبل رئيس الجمهورية العماد ميشال عون في قصر بعبدا الرئيس الفرنسي إيمانويل "
            "ماكرون. وانضم إلى اللقاء رئيس مجلس الوزراء اللبناني حسان دياب.",
            datetime.date(2020, 8, 6),
            {met("Michel Aoun", "Emmanuel Macron"), met("Hassan Diab", "Emmanuel Macron")},
            id="an-attendee-of-the-hosts-own-state-is-no-third-party",
        ),
        # an envoy at an arrival is his own state's man, the guest's, and so is the name
        # apposed to his title
        pytest.param(
            "وكان في استقبال رئيس الوزراء الإسباني بيدرو سانشيز لدى وصوله إلى الرباط رئيس "
            "الحكومة عزيز أخنوش، وسفير إسبانيا بالرباط، السيد إنريكي أوخيدا.",
            datetime.date(2023, 2, 1),
            {met("Aziz Akhannouch", "Pedro Sánchez")},
            id="an-envoy-at-an-arrival-is-no-host",
        ),
    ],
)
def test_who_met_whom_in_these_constructions(extract, text, published, expected):
    _, events = extract(text, published)
    assert _met(events) == expected
