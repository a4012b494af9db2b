"""Titles and modality in the phrasing of Palestinian, Yemeni and Syrian outlets (sentences of
our own): a seat's title («عضو لجنتها المركزية»), a deputy's title holding a body, the style
«الأخ»; «أي لقاء» tells of no meeting held.
"""

from __future__ import annotations

import datetime

import pytest

from tests.test_extraction import facts


def _met_labels(events) -> set[tuple[str, ...]]:
    return {f for f in facts(events) if f[0] == "met"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a seat's title in the construct, its noun with a pronoun glued on
        ("التقى رئيس وفد حركة فتح عضو لجنتها المركزية عزام الأحمد وفد حماس.", "عزام الأحمد"),
        ("التقى عضو الكنيست أحمد الطيبي وفد حماس.", "أحمد الطيبي"),
        # the Yemeni style «الأخ» before a name
        ("التقى رئيس مجلس النواب الأخ يحيى الراعي وفد حماس.", "يحيى الراعي"),
    ],
)
def test_a_person_named_after_a_seats_title_or_a_style_met_the_guests(extract, sentence, person):
    _, events = extract(sentence, datetime.date(2017, 10, 12))
    assert _met_labels(events) == {("met", *sorted((person, "Hamas")))}


def test_a_state_member_of_a_body_is_no_person(extract):
    mentions, events = extract("يذكر أن تركيا عضو في حلف شمال الأطلسي «ناتو».")
    assert not [m for m in mentions if m.entity.type == "Person"]
    assert {f for f in facts(events) if f[0] == "memberOf"} == {("memberOf", "Turkey", "NATO")}


def test_a_body_in_a_deputys_title_takes_no_part(extract):
    _, events = extract(
        "التقى نائب رئيس المكتب السياسي لحركة حماس صالح العاروري وزير الخارجية الإيراني "
        "حسين أمير عبد اللهيان في بيروت.",
        datetime.date(2023, 9, 2),
    )
    assert _met_labels(events) == {("met", "Hossein Amirabdollahian", "صالح العاروري")}


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("وأكد الأسد أن أي لقاء يجمعه بالرئيس التركي أردوغان مرهون بانسحاب القوات.", "unconfirmed"),
        ("وقال المتحدث إنه لم يعقد أي لقاء بين فيدان والمقداد.", "denied"),
        ("ونفى المتحدث عقد أي لقاء بين الوزير فيدان ونظيره السوري فيصل المقداد.", "denied"),
    ],
)
def test_any_meeting_is_none_held(extract, sentence, modality):
    _, events = extract(sentence, datetime.date(2023, 6, 21))
    assert [e.modality for e in events] == [modality]
    assert not _met_labels(events)


def test_a_name_ends_before_a_judges_title_after_and(extract):
    mentions, _ = extract(
        "وجمع اللقاء الرئيس محمود عباس ورئيس جهاز المخابرات العامة ماجد فرج وقاضي القضاة "
        "محمود الهباش بوفد حماس.",
        datetime.date(2022, 7, 5),
    )
    people = {m.entity.label for m in mentions if m.entity.type == "Person"}
    assert {"ماجد فرج", "محمود الهباش"} <= people and not [p for p in people if "قاضي" in p]


def test_agreeing_to_hold_a_meeting_is_planning_it(extract):
    _, events = extract(
        "كما اتفق الطرفان على عقد الاجتماع الثاني للجنة المتابعة في القاهرة الشهر الجاري.",
        datetime.date(2012, 2, 6),
    )
    assert [e.modality for e in events] == ["planned"]


@pytest.mark.parametrize(
    ("text", "published", "held"),
    [
        # «مجلس الجامعة»: the council of the League named before is the League
        (
            "شارك الأسد في أعمال الدورة الثانية والثلاثين لمجلس جامعة الدول العربية في جدة. "
            "وجاءت المشاركة بعد القرار الذي اتخذه مجلس الجامعة في اجتماعه بالقاهرة.",
            datetime.date(2023, 5, 19),
            {("Arab League", "Jeddah"), ("Arab League", "Cairo")},
        ),
        # the bodies a relative clause says held a summit convened it
        (
            "وشارك أردوغان في القمة المشتركة التي عقدتها منظمة التعاون الإسلامي وجامعة الدول "
            "العربية في الرياض.",
            datetime.date(2023, 11, 11),
            {("Organisation of Islamic Cooperation", "Riyadh"), ("Arab League", "Riyadh")},
        ),
    ],
)
def test_the_body_that_held_a_meeting_in_a_city(extract, text, published, held):
    _, events = extract(text, published)
    assert {f[1:] for f in facts(events) if f[0] == "heldMeetingIn"} == held


def test_a_seats_title_and_another_after_and_name_one_attendee(extract):
    _, events = extract(
        "استقبل رئيس الحزب النائب طلال أرسلان في دارته بخلدة سفير الصين تشيان مينجيان، بحضور "
        "عضو المجلس السياسي ومسؤول العلاقات الخارجية في الحزب محمد المهتار.",
        datetime.date(2021, 11, 25),
    )
    people = {e.label for event in events for side in event.sides for e in side}
    assert "محمد المهتار" in people and not [p for p in people if p.startswith("و")]
