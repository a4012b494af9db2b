"""What held-out 27's errors taught, on sentences of our own: parliamentary news, weekly
roundups and chronologies.

A town the tables know may be spelt like a foreign given name («آموس», «كارولينا»): after a
title, the body it heads and its state's adjective, it is the name, at a sentence's end too.
The quotes after a title may hold the body's own name («"لوك سابها"»), the person's name
following them; a spouse word names a person on her husband's side; «وجلالة الملكة» opens the
next person's title, and «ورئيسي برلماني» the next people's. A chronology's entries tell past
meetings in the present tense, each with its day. Attendees of a state neither side is known to
stand for are of the side whose state kg does not know. Whoever goes to a place «للقاء» someone
met him, though not whoever was sent «لاستقبال» a freed hostage. «كما استقبل» and «قبل أن يستقبل»
go on about the host before; «حيث» and «إذ» clauses about whom the sentence is about. A visit's
meetings are held where it went, a companion at each; a summit «برئاسة X، شارك فيها Y و Z» is
one meeting of the three; «رؤساء الوفود المشاركة» are those who took part; a meeting that dates
another gives it no side and no place. Bodies named by a head and two adjectives, or for the
member states of another, are read whole, and so are their members.
"""

from __future__ import annotations

import datetime

from tests.test_extraction import facts, met

DAY = datetime.date(2025, 1, 10)


def _people(mentions) -> set[str]:
    return {m.entity.label for m in mentions if m.entity.type == "Person"}


def test_a_given_name_spelt_like_a_town_ends_the_sentence(extract):
    mentions, _ = extract("وأجرى رئيس مجلس النواب محادثات مع الموفد الأميركي آموس هوكشتاين.", DAY)
    assert "آموس هوكشتاين" in _people(mentions)
    assert not [m for m in mentions if m.entity.type == "City"]


def test_a_given_name_spelt_like_a_town_after_a_body_and_its_adjective(extract):
    mentions, _ = extract(
        "وحضرت رئيسة الجمعية الوطنية الأنغولية كارولينا سيركيرا جلسة الافتتاح في المنامة.", DAY
    )
    assert "كارولينا سيركيرا" in _people(mentions)
    assert [m.entity.label_en for m in mentions if m.entity.type == "City"] == ["Manama"]


def test_a_bodys_own_name_in_quotes_between_a_title_and_a_name(extract):
    mentions, events = extract(
        "استقبل رئيس مجلس الشورى جمال فخرو رئيسة مجلس النواب الإندونيسي «دي بي إر» بوان "
        "مهاراني لدى وصولها إلى المنامة.",
        DAY,
    )
    assert "بوان مهاراني" in _people(mentions)
    assert met("جمال فخرو", "بوان مهاراني") in facts(events)


def test_a_chronologys_entries_are_past_whatever_is_doubted_later(extract):
    _, events = extract(
        "أبرز محطات الوساطة\n"
        "14 آب 2024: الموفد الأميركي آموس هوكشتاين يعود إلى بيروت ويلتقي رئيس مجلس النواب "
        "نبيه بري.\n"
        "وطوال هذه المحطات، بقي أي لقاء بين بري ورئيس الوزراء الإسرائيلي بنيامين نتنياهو خارج "
        "البحث.",
        DAY,
    )
    (held,) = [e for e in events if "آموس هوكشتاين" in {p.label for p in e.participants}]
    assert held.modality is None
    assert held.date.value == "2024-08-14"


def test_attendees_of_a_state_neither_side_stands_for(extract):
    _, events = extract(
        "التقى الموفد الأميركي آموس هوكشتاين رئيس الجمهورية ميشال عون في بعبدا، بحضور نائب رئيس "
        "مجلس النواب الياس بو صعب والمدير العام للأمن العام اللواء عباس ابراهيم.",
        DAY,
    )
    found = facts(events)
    assert met("آموس هوكشتاين", "Elias Bou Saab") in found
    assert met("آموس هوكشتاين", "عباس ابراهيم") in found
    assert met("Michel Aoun", "Elias Bou Saab") not in found  # the host's own people


def test_gone_somewhere_to_meet_someone(extract):
    _, events = extract(
        "ووصل وزير الخارجية الإيراني عباس عراقجي إلى الرياض للقاء نظيره السعودي فيصل بن فرحان. "
        "وتوجه وفد لبناني برئاسة وزير الموارد المائية سليمان طرابلسي إلى طرابلس لاستقبال الرهينة "
        "اللبنانية ماري معربس.",
        DAY,
    )
    found = facts(events)
    assert met("Abbas Araghchi", "Faisal bin Farhan Al Saud") in found
    assert not [f for f in found if "ماري معربس" in f]


def test_received_too_and_before_receiving_another(extract):
    _, events = extract(
        "وكان رئيس مجلس النواب الأردني أحمد الصفدي قد استقبل، يوم الأحد، رئيس البرلمان العربي "
        "عادل العسومي، وبحث معه التحضيرات للمؤتمر، قبل أن يستقبل رئيس مجلس النواب العراقي محمد "
        "الحلبوسي. كما استقبل رئيس مجلس الشورى الإسلامي الإيراني محمد باقر قاليباف، الذي وصل إلى "
        "عمّان للمشاركة في الأعمال.",
        DAY,
    )
    hosts = {m.sides[0] for m in events if m.kind == "Meeting"}
    assert {len(side) for side in hosts} == {1}
    assert {p.label for side in hosts for p in side} == {"أحمد الصفدي"}
    found = facts(events)
    for guest in ("Adel Al-Asoomi", "Mohamed al-Halbousi", "Mohammad Bagher Ghalibaf"):
        assert met("أحمد الصفدي", guest) in found


def test_a_spouse_named_after_her_husband_and_a_style_joined_by_and(extract):
    mentions, events = extract(
        "استقبل رئيس الوزراء الياباني فوميو كيشيدا وقرينته يوكو كيشيدا في طوكيو جلالة الملك "
        "عبدالله الثاني وجلالة الملكة رانيا العبدالله.",
        DAY,
    )
    assert {"يوكو كيشيدا", "رانيا العبدالله"} <= _people(mentions)
    found = facts(events)
    assert met("Abdullah II of Jordan", "يوكو كيشيدا") in found
    assert met("Fumio Kishida", "رانيا العبدالله") in found
    assert met("Fumio Kishida", "يوكو كيشيدا") not in found  # a couple, on one side


def test_received_where_he_ended_his_week(extract):
    _, events = extract(
        "وانتقل جلالة الملك عبدالله الثاني بعد ذلك إلى ألمانيا. واختتم جولته في روما، إذ "
        "استقبلته رئيسة الوزراء الإيطالية جورجيا ميلوني أمس الجمعة.",
        DAY,
    )
    assert met("Abdullah II of Jordan", "Giorgia Meloni") in facts(events)


def test_landed_where_he_held_talks(extract):
    _, events = extract(
        "ويوم الخميس، حط الفريق أول محمد حمدان دقلو في نيروبي، حيث عقد جلسة مباحثات مع الرئيس "
        "الكيني وليام روتو.",
        DAY,
    )
    assert met("Mohamed Hamdan Dagalo", "William Ruto") in facts(events)


def test_there_to_receive_him_in_a_where_clause(extract):
    _, events = extract(
        "بدأ رئيس الوزراء الإثيوبي آبي أحمد جولته بزيارة إلى نيروبي يوم الاثنين، حيث كان الرئيس "
        "الكيني وليام روتو في استقباله بالمطار.",
        DAY,
    )
    (reception,) = [e for e in events if e.kind == "Meeting"]
    assert [p.label_en for p in reception.sides[0]] == ["William Ruto"]
    assert [p.label_en for p in reception.sides[1]] == ["Abiy Ahmed Ali"]


def test_a_companion_at_each_meeting_of_a_visit_held_where_it_went(extract):
    _, events = extract(
        "اختتم رئيس المجلس الرئاسي الليبي محمد المنفي زيارة رسمية إلى العاصمة الإيطالية روما "
        "استمرت يومين، التقى خلالها رئيسة الوزراء جورجيا ميلوني، وعقد جلسة مباحثات منفصلة مع "
        "الرئيس الإيطالي سيرجيو ماتاريلا. ورافق المنفي في الزيارة نائبه عبد الله اللافي.",
        DAY,
    )
    meetings = [e for e in events if e.kind == "Meeting"]
    assert len(meetings) == 2
    assert {e.location.label_en for e in meetings} == {"Rome"}
    found = facts(events)
    assert met("عبد الله اللافي", "Giorgia Meloni") in found
    assert met("عبد الله اللافي", "Sergio Mattarella") in found
    assert met("Giorgia Meloni", "Sergio Mattarella") not in found  # told apart


def test_a_summit_chaired_and_taken_part_in_is_one_meeting_of_all(extract):
    _, events = extract(
        "وكانت نيروبي قد استضافت في العاشر من يوليو قمة لدول جوار الصومال برئاسة الرئيس الكيني "
        "وليام روتو، شارك فيها رئيس الوزراء الإثيوبي آبي أحمد والرئيس الجيبوتي إسماعيل عمر جيله.",
        DAY,
    )
    (summit,) = [e for e in events if e.kind == "Meeting"]
    assert len(summit.participants) == 3
    assert summit.location.label_en == "Nairobi"
    assert met("Abiy Ahmed Ali", "William Ruto") in facts(events)


def test_who_took_part_in_a_bodys_summit(extract):
    _, events = extract(
        "وكانت أديس أبابا قد استضافت في العاشر من يوليو قمة لدول الهيئة الحكومية للتنمية "
        "برئاسة رئيس الوزراء الإثيوبي آبي أحمد، شارك فيها الرئيس الكيني وليام روتو ورئيس جنوب "
        "السودان سلفا كير.",
        DAY,
    )
    (summit,) = [e for e in events if e.kind == "Meeting"]
    people = {p.label_en for p in summit.participants if p.type == "Person"}
    assert people == {"Abiy Ahmed Ali", "William Ruto", "Salva Kiir Mayardit"}


def test_a_body_named_for_the_member_states_of_another(extract):
    _, events = extract(
        "واحتضنت أبوجا أشغال مؤتمر رابطة برلمانات الدول الأعضاء في الاتحاد الأفريقي. وتضم "
        "الرابطة برلمانات عدة دول، من بينها نيجيريا وغانا والسنغال.",
        DAY,
    )
    found = facts(events)
    body = "رابطة برلمانات الدول الأعضاء في الاتحاد الأفريقي"
    assert ("memberOf", "Nigeria", body) in found
    assert not [f for f in found if f[0] == "memberOf" and f[2] == "African Union"]


def test_members_of_a_committee_another_body_formed(extract):
    _, events = extract(
        "وتحفظت الحكومة على اللجنة الخماسية التي شكلتها جامعة الدول العربية وتضم مصر والسعودية "
        "وقطر والأردن والجزائر.",
        DAY,
    )
    found = facts(events)
    assert ("memberOf", "Egypt", "اللجنة الخماسية") in found
    assert ("memberOf", "Egypt", "Arab League") not in found


def test_a_body_named_by_its_head_and_two_adjectives(extract):
    _, events = extract(
        "وتتمتع البحرين والكويت بعضوية الجمعية البرلمانية الآسيوية، فيما تحظى دول المجلس الست "
        "بعضوية مجلس التعاون لدول الخليج العربية.",
        DAY,
    )
    found = facts(events)
    assert ("memberOf", "Bahrain", "الجمعية البرلمانية الآسيوية") in found
    assert not [f for f in found if f[2] == "المجلس الست"]


def test_members_by_the_pronoun_of_the_body_named_before(extract):
    _, events = extract(
        "وتشارك مصر في أعمال الجمعية البرلمانية الآسيوية بصفة مراقب، بينما تتمتع البحرين "
        "والكويت بعضويتها الكاملة. ويقع المغرب خارج عضويتها.",
        DAY,
    )
    members = {f[1] for f in facts(events) if f[0] == "memberOf"}
    assert members == {"Bahrain", "Kuwait"}


def test_a_name_ends_before_the_next_peoples_dual_title(extract):
    mentions, _ = extract(
        "واستقبل الرئيس السوري بشار الأسد الوفد الذي ضم رئيس مجلس النواب الأردني أحمد الصفدي "
        "ورئيسي برلماني فلسطين وليبيا.",
        DAY,
    )
    assert "أحمد الصفدي" in _people(mentions)


def test_whom_the_meeting_that_dates_it_names_is_no_guest(extract):
    _, events = extract(
        "واستقبل رئيس مجلس النواب نبيه بري الموفد الأميركي آموس هوكشتاين بحضور السفيرة "
        "الأميركية ليزا جونسون، غداة لقاء الموفد رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس.",
        DAY,
    )
    found = facts(events)
    assert met("Nabih Berri", "آموس هوكشتاين") in found
    assert not [f for f in found if "Benjamin Netanyahu" in f and "Nabih Berri" in f]
    (reception,) = [e for e in events if e.kind == "Meeting"]
    assert reception.location is None  # Jerusalem is where the other meeting was


def test_the_heads_of_the_delegations_are_those_who_took_part(extract):
    _, events = extract(
        "شارك رئيس مجلس الأمة مرزوق الغانم في قمة رؤساء برلمانات دول الجوار برئاسة رئيس مجلس "
        "النواب العراقي محمد الحلبوسي. وشارك في القمة كذلك رئيس مجلس النواب الأردني عاطف "
        "الطراونة، ورئيس البرلمان التركي مصطفى شنطوب. وفي ختام أعمالها، استقبل رئيس مجلس الوزراء "
        "العراقي عادل عبد المهدي رؤساء الوفود المشاركة، بحضور رئيس الجمهورية برهم صالح.",
        DAY,
    )
    found = facts(events)
    for guest in ("Marzouq Al-Ghanim", "عاطف الطراونة", "Mustafa Şentop"):
        assert met("Adil Abdul-Mahdi", guest) in found
        assert met("Barham Salih", guest) in found
    assert met("Adil Abdul-Mahdi", "Barham Salih") not in found
