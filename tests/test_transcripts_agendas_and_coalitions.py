"""What held-out 30's errors taught, on sentences of our own: press-conference transcripts,
week-ahead agendas, interviews quoted in the first person and naval coalitions.

A turn's «استقبلت …» or a quotation's «التقيت …» has its speaker as the subject; a yes-or-no
question («هل التقيتم …؟») states nothing. An agenda's weekday labels («الأربعاء: …») are the
days of the week it opens, so what it announces is planned. A body a head noun names in
quotation marks («تحالف «حارس الازدهار»») is an organisation, which «التحالف» stands for later.
A place a sentence opens with («وفي الرياض، …») is where its meeting was held.
"""

from __future__ import annotations

import datetime

from kg.pipeline import Extractor
from kg.reader import articles_from_bytes
from tests.test_extraction import facts, met

DAY = datetime.date(2025, 8, 14)


def _read(arabic_parser, text: str):
    (article,) = articles_from_bytes("article.txt", text.encode())
    ((_, _, mentions, events),) = Extractor(arabic_parser).process([article])
    return article, mentions, events


def test_a_turn_in_the_first_person_is_its_speakers(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        "وزير الخارجية الأردني يجيب عن أسئلة الصحفيين\n"
        "عمّان | الخميس 14 أغسطس 2025\n"
        "عقد وزير الخارجية الأردني أيمن الصفدي مؤتمرا صحفيا في عمّان، وفي ما يلي أبرز ما جاء فيه:\n"
        "سؤال: ما نتائج زيارة الوفد المصري؟\n"
        "الصفدي: استقبلت أمس نظيري المصري بدر عبد العاطي، ووزير الري هاني سويلم.\n"
        "سؤال: وماذا عن الملف السوري؟\n"
        "الصفدي: نعم، التقيت الوزير أسعد الشيباني في دمشق الشهر الماضي.\n",
    )
    found = {f for f in facts(events) if f[0] == "met"}
    assert met("Ayman al-Ṣafadī", "Badr Abdelatty") in found
    assert met("Ayman al-Ṣafadī", "Asaad al-Shaibani") in found
    # the two guests came together: neither received the other
    assert met("Badr Abdelatty", "Asaad al-Shaibani") not in found
    assert not any("هاني سويلم" in f and "Badr Abdelatty" in f for f in found)


def test_a_quotation_in_the_first_person_is_its_speakers(extract):
    _, events = extract(
        "وقال وزير الخارجية المصري بدر عبد العاطي للصحفيين: «التقيت نظيري التركي هاكان فيدان "
        "في أنقرة صباح اليوم». وقال مسؤول آخر: التقيت الرئيس بشار الأسد في دمشق.",
        DAY,
    )
    found = {f for f in facts(events) if f[0] == "met"}
    assert found == {met("Badr Abdelatty", "Hakan Fidan")}


def test_a_yes_or_no_question_states_nothing(extract):
    _, events = extract(
        "سؤال (رويترز): هل شارك وزير الخارجية هاكان فيدان ورئيس جهاز الاستخبارات إبراهيم قالن "
        "في الاجتماعات؟ وهل التقى فيدان نظيره الأمريكي ماركو روبيو في أنقرة؟",
        DAY,
    )
    assert not [e for e in events if e.kind == "Meeting"]


def test_an_agendas_weekdays_are_the_week_it_opens(arabic_parser):
    article, _, events = _read(
        arabic_parser,
        "أجندة الأسبوع: زيارات ولقاءات مرتقبة\n"
        "القاهرة | الأحد 8 فبراير 2026\n"
        "نرصد في ما يلي أبرز مواعيد الأسبوع المقبل.\n"
        "الأحد: يفتتح الرئيس عبد الفتاح السيسي معرض الكتاب في القاهرة.\n"
        "الثلاثاء: يستقبل وزير الخارجية بدر عبد العاطي نظيره الأردني أيمن الصفدي في القاهرة.\n"
        "الخميس: يجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية في الرياض.\n",
    )
    assert article.published == datetime.date(2026, 2, 8)
    meetings = {e.date.value: e.modality for e in events if e.kind == "Meeting" and e.date}
    assert meetings.get("2026-02-10") == "planned"
    assert meetings.get("2026-02-12") == "planned"
    held = {f for f in facts(events) if f[0] in ("met", "heldMeetingIn")}
    assert met("Badr Abdelatty", "Ayman al-Ṣafadī") not in held


def test_a_week_told_back_keeps_its_past_days(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        "حصاد الأسبوع الدبلوماسي\n"
        "القاهرة | السبت 14 فبراير 2026\n"
        "الأحد: وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة.\n"
        "الثلاثاء: استقبل وزير الخارجية بدر عبد العاطي نظيره الأردني أيمن الصفدي في القاهرة.\n"
        "الخميس: التقى عبد العاطي وزير الخارجية التركي هاكان فيدان في أنقرة.\n",
    )
    dates = {e.date.value for e in events if e.kind == "Meeting" and e.date}
    assert {"2026-02-10", "2026-02-12"} <= dates
    assert met("Badr Abdelatty", "Ayman al-Ṣafadī") in facts(events)


def test_a_body_named_in_quotation_marks_and_its_members(extract):
    mentions, events = extract(
        "ولم تنضم السعودية إلى تحالف «درع البحر» الذي أعلنته واشنطن الشهر الماضي. ويضم "
        "التحالف البحري، وفق وزارة الدفاع، الولايات المتحدة وبريطانيا واليونان.",
        DAY,
    )
    # the name, and «التحالف» standing for it
    assert [m.rule for m in mentions if m.entity.label == "درع البحر"] == [
        "organisation-name",
        "body-anaphor",
    ]
    memberships = {(a, b) for r, a, b in facts(events) if r == "memberOf"}
    assert memberships == {
        ("United States", "درع البحر"),
        ("United Kingdom", "درع البحر"),
        ("Greece", "درع البحر"),
    }


def test_the_place_a_sentence_opens_with(extract):
    _, events = extract(
        "وفي عمّان، استقبل وزير الخارجية الأردني أيمن الصفدي، الأربعاء، المبعوث الأممي هانس "
        "غروندبرغ، وبحثا الأوضاع الإنسانية في غزة وتداعيات التصعيد في البحر الأحمر.",
        DAY,
    )
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert meeting.location is not None and meeting.location.label_en == "Amman"
