"""What held-out 43's errors taught, on sentences of our own: people named by a title «حينها»,
by kinship or by a family name the parse took for an adjective; meetings whose guests hang under
a day, a venue or a relative clause; rounds dated by two days; plans told by joined verbs.

«رئيس المجلس الأعلى للدولة حينها X»: X, not whoever held the office later. «المشير خليفة حفتر
ونجله صدام», «صدام، نجل المشير خليفة حفتر»: Saddam Haftar. «جمع X في مقر الجامعة بالقاهرة
المنفي وصالح»: «المنفي» is the man named before, not «the exiled Cairo»; the body whose seat
it is, and the city, are no guests. «التقت X في العاشر من الشهر الماضي المشير Y»: Y is the
guest, not the day's genitive. «استقبل X … صباح القمة التي استضافتها القاهرة»: Cairo hosted
the summit, not the reception. «اتفق X و Y، خلال لقائهما، على …»: the two met. «اجتماعاً
وزارياً، افتتحه X بحضور نظيريه A و B»: all three met. «يجمع A و B الانتماء إلى C»: both belong
to C; nobody met. «من المقرر أن يتوجه X …، يلتقي خلالها Y ويجري مباحثات مع Z»: both meetings
are to come. «يومي 12 و13 مايو»: from the 12th to the 13th (the 13th «في يومها الثاني»), and a
clause of its own after the meeting («، واتُّفق حينها على … في يونيو») does not date it. «X،
العضو في مجلس النواب الليبي»: X sits in the House. «كما حضره Y» after a conference and a
meeting told inside it: Y attended the conference, not the meeting.
"""

from __future__ import annotations

import datetime

from tests.test_extraction import facts, met

MISHRI, TAKALA, BOURITA = "Khalid al-Mishri", "Mohamed Takala", "Nasser Bourita"
SISI, SALEH, MENFI = "Abdel Fattah el-Sisi", "Aguila Saleh Issa", "Mohamed al-Menfi"
SAFADI, ABDELATTY = "Ayman al-Ṣafadī", "Badr Abdelatty"


def _meetings(events):
    return [e for e in events if e.kind == "Meeting"]


def test_a_title_held_at_the_time_names_the_person_after_it(extract):
    _, events = extract(
        "التقى رئيس المجلس الأعلى للدولة محمد تكالة السفير الأمريكي في طرابلس. وكان وزير "
        "الخارجية المغربي ناصر بوريطة قد استقبل في الرباط رئيس المجلس الأعلى للدولة حينها "
        "خالد المشري."
    )
    found = facts(events)
    assert met(BOURITA, MISHRI) in found
    assert met(BOURITA, TAKALA) not in found


def test_a_guest_named_after_a_day_of_the_month_and_his_son(extract):
    _, events = extract(
        "التقى المبعوث الأمريكي ستيف ويتكوف في العاشر من الشهر الماضي المشير خليفة حفتر "
        "ونجله صدام في بنغازي."
    )
    found = facts(events)
    assert met("ستيف ويتكوف", "Khalifa Haftar") in found
    assert met("ستيف ويتكوف", "صدام حفتر") in found


def test_a_son_named_before_his_father_bears_the_family_name(extract):
    mentions, _ = extract("وقال صدام، نجل المشير خليفة حفتر، إن اللقاء كان مثمراً.")
    assert "صدام حفتر" in {m.entity.label for m in mentions}
    assert "صدام" not in {m.entity.label for m in mentions}


def test_the_city_that_hosted_the_summit_is_no_host_of_the_reception(extract):
    _, events = extract(
        "وكان الرئيس عبد الفتاح السيسي قد استقبل محمد المنفي، ثم أعلن مبادرة جديدة، وفي 5 "
        "مايو استقبل رئيس مجلس النواب عقيلة صالح صباح انعقاد القمة التي استضافتها القاهرة."
    )
    found = facts(events)
    assert met(SISI, SALEH) in found
    assert not {f for f in found if "Egypt" in f}


def test_family_names_listed_after_the_venue_are_the_guests(extract):
    _, events = extract(
        "استقبل الرئيس التونسي قيس سعيد رئيس المجلس الرئاسي الليبي محمد المنفي ورئيس مجلس "
        "النواب عقيلة صالح. وفي اليوم التالي جمع الأمين العام أحمد أبو الغيط في مقر الجامعة "
        "بالقاهرة المنفي وصالح."
    )
    found = facts(events)
    assert met("Ahmed Aboul Gheit", MENFI) in found
    assert met("Ahmed Aboul Gheit", SALEH) in found
    assert met("Ahmed Aboul Gheit", "Arab League") not in found


def test_talks_joined_to_a_planned_visit_are_planned_too(extract):
    _, events = extract(
        "ومن المقرر أن يتوجه وزير الخارجية التركي هاكان فيدان إلى الدوحة، يلتقي خلالها الأمير "
        "تميم بن حمد آل ثاني ويجري مباحثات مع رئيس الوزراء محمد بن عبد الرحمن آل ثاني."
    )
    meetings = _meetings(events)
    assert len(meetings) == 2
    assert {e.modality for e in meetings} == {"planned"}


def test_who_opened_a_meeting_met_the_counterparts_attending(extract):
    _, events = extract(
        "واستضافت عمان الأسبوع الماضي اجتماعاً وزارياً ثلاثياً، افتتحه وزير الخارجية الأردني "
        "أيمن الصفدي بحضور نظيريه المصري بدر عبد العاطي والعراقي فؤاد حسين."
    )
    found = facts(events)
    assert {met(SAFADI, ABDELATTY), met(SAFADI, "Fuad Hussein")} <= found
    assert met(ABDELATTY, "Fuad Hussein") in found


def test_belonging_to_a_body_brings_no_one_together(extract):
    _, events = extract("ويجمع الأردن ومصر الانتماء إلى جامعة الدول العربية.")
    found = facts(events)
    assert ("memberOf", "Jordan", "Arab League") in found
    assert ("memberOf", "Egypt", "Arab League") in found
    assert not _meetings(events)


def test_the_two_who_agreed_during_their_meeting_met(extract):
    _, events = extract(
        "وقد اتفق الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس، خلال "
        "لقائهما في باريس، على تنسيق المواقف."
    )
    assert met("Emmanuel Macron", "Olaf Scholz") in facts(events)


def test_a_round_of_two_days_dates_the_talks_from_its_first(extract):
    _, events = extract(
        "وفي الجولة التي استضافتها الدوحة يومي 12 و13 مايو، جلس وزير الخارجية الأردني أيمن "
        "الصفدي إلى طاولة واحدة مع نظيره المصري بدر عبد العاطي، واتُّفق حينها على عقد جولة "
        "أخرى في يونيو."
    )
    (meeting,) = _meetings(events)
    assert (meeting.date.value, meeting.date.end_value) == ("2024-05-12", "2024-05-13")


def test_the_second_day_of_a_summit_is_its_last(extract):
    _, events = extract(
        "استضاف الرئيس الموريتاني محمد ولد عبد العزيز في نواكشوط يومي 1 و2 يوليو 2018 القمة "
        "الإفريقية، وحضرها الرئيس الفرنسي إيمانويل ماكرون في يومها الثاني."
    )
    assert {e.date.value for e in _meetings(events)} == {"2018-07-02"}


def test_a_reception_on_the_first_day_is_not_the_talks_on_the_summits_sidelines(extract):
    _, events = extract(
        "وانطلقت في الرياض يومي 20 و21 مايو القمة العربية. وكان ولي العهد الأمير محمد بن سلمان "
        "قد استقبل الرئيس التونسي قيس سعيد لدى وصوله في 20 مايو. وعقد الزعيمان على هامش القمة "
        "لقاءً ثنائياً."
    )
    two = [e for e in _meetings(events) if len(e.sides) == 2]
    assert len(two) == 2


def test_a_member_named_before_his_title(extract):
    _, events = extract(
        "وتلا البيان الختامي إدريس عمران، العضو في مجلس النواب الليبي، بحضور وزير الخارجية "
        "المغربي ناصر بوريطة."
    )
    assert ("memberOf", "إدريس عمران", "مجلس النواب الليبي") in facts(events)


def test_who_attended_the_conference_is_no_side_of_a_meeting_told_inside_it(extract):
    _, events = extract(
        "شارك وزير الخارجية التونسي عثمان الجرندي في مؤتمر برلين حول ليبيا. وشهد المؤتمر حضور "
        "حكومة الوحدة الوطنية الليبية، ممثلة في رئيسها عبد الحميد الدبيبة ووزير النفط محمد "
        "عون، اللذين استقبلهما وزير الخارجية الألماني هايكو ماس مساء الثلاثاء، كما حضره وزير "
        "الخارجية الأمريكي أنتوني بلينكن."
    )
    found = facts(events)
    assert met("Abdulhamid Dbeibeh", "Heiko Maas") in found
    assert met("Abdulhamid Dbeibeh", "Antony Blinken") not in found


def test_two_days_joined_by_and_are_a_range():
    from kg.dates import find_dates

    (found,) = find_dates("يومي 27 و28 فبراير 2020", datetime.date(2020, 3, 1))
    assert (found.value, found.end_value) == ("2020-02-27", "2020-02-28")


def test_a_name_ends_before_over_two_days(extract):
    _, events = extract(
        "وأجرى وزير الخزانة الأمريكي ستيفن منوشين على مدى يومين محادثات مع وزير الخارجية "
        "المصري سامح شكري."
    )
    assert met("ستيفن منوشين", "Sameh Shoukry") in facts(events)


def test_who_sent_the_envoy_is_no_guest(extract):
    _, events = extract(
        "واستقبل الرئيس عبد الفتاح السيسي في القاهرة هيلا مريام ديسالين، رئيس الوزراء الإثيوبي "
        "السابق والمبعوث الخاص لرئيس الوزراء آبي أحمد."
    )
    found = facts(events)
    assert met(SISI, "هيلا مريام ديسالين") in found
    assert not {f for f in found if "Abiy Ahmed Ali" in f}


def test_those_a_plural_relative_takes_back_were_received(extract):
    _, events = extract(
        "واستضاف وزير الخارجية الأمريكي ماركو روبيو وزراء الخارجية: السعودي فيصل بن فرحان "
        "والمصري بدر عبد العاطي والأردني أيمن الصفدي، الذين استقبلهم الرئيس دونالد ترامب في "
        "البيت الأبيض."
    )
    found = facts(events)
    trump = "Donald Trump"
    assert {met(trump, "Faisal bin Farhan Al Saud"), met(trump, ABDELATTY), met(trump, SAFADI)} <= (
        found
    )


def test_a_state_hosting_talks_between_two_compatriots_is_no_side(extract):
    _, events = extract(
        "واحتضنت الجزائر، في إطار جهود المصالحة، لقاءً بين السيد محمد المنفي، رئيس المجلس "
        "الرئاسي الليبي، والسيد عبد الحميد الدبيبة، رئيس حكومة الوحدة الوطنية الليبية، في 5 "
        "يوليو 2022."
    )
    (meeting,) = _meetings(events)
    assert met(MENFI, "Abdulhamid Dbeibeh") in facts(events)
    assert meeting.location is None or meeting.location.label != "إطار"


def test_a_press_conference_with_someone_is_a_meeting_with_him(extract):
    _, events = extract(
        "وقال الرئيس عبد الفتاح السيسي في مؤتمر صحفي مع المستشار الألماني أولاف شولتس في برلين "
        "إن مصر ترفض التهجير."
    )
    assert met(SISI, "Olaf Scholz") in facts(events)


def test_talks_with_each_of_the_two(extract):
    _, events = extract(
        "وكان الرئيس الجزائري عبد المجيد تبون قد التقى في سوتشي الرئيس المصري عبد الفتاح السيسي "
        "ورئيس الوزراء الإثيوبي آبي أحمد، فيما بحث الرئيس الروسي فلاديمير بوتين ملف السد مع كل "
        "منهما على حدة."
    )
    found = facts(events)
    assert {met("Vladimir Putin", SISI), met("Vladimir Putin", "Abiy Ahmed Ali")} <= found


def test_an_adviser_listed_after_a_comma_is_no_envoy(extract):
    _, events = extract(
        "واستقبل وزير الدفاع السعودي الأمير خالد بن سلمان في الرياض رئيس أركان الجيش الباكستاني "
        "الفريق عاصم منير، بحضور رئيس هيئة الأركان العامة فياض الرويلي، والمستشار بالديوان "
        "الملكي خالد بن فريد حضراوي."
    )
    assert met("Asim Munir", "خالد بن فريد حضراوي") in facts(events)


def test_belonging_to_a_government_is_no_name(extract):
    mentions, _ = extract(
        "وحضر الاجتماع رئيس الأركان العامة التابع لحكومة الوحدة الوطنية محمد الحداد."
    )
    assert "التابع" not in {m.entity.label for m in mentions}


def test_a_council_session_asked_for_chaired_and_attended(extract):
    _, events = extract(
        "عقد مجلس الأمن الدولي مساء أمس الخميس في نيويورك جلسة حول الوضع في السودان بطلب من "
        "بريطانيا وفرنسا، ترأسها المندوب الصيني الدائم لدى الأمم المتحدة فو كونغ، الذي تتولى "
        "بلاده رئاسة المجلس خلال الشهر الجاري، وشارك فيها وزير الخارجية السوداني علي يوسف "
        "ووزير الخارجية المصري بدر عبد العاطي."
    )
    found = facts(events)
    assert {met("فو كونغ", "Ali Youssef al-Sharif"), met("فو كونغ", ABDELATTY)} <= found
    assert not {f for f in found if "France" in f or "United Kingdom" in f}
    (meeting,) = _meetings(events)
    assert meeting.date.value == "2025-03-09"  # «أمس الخميس», not «الشهر الجاري»


def test_a_seat_held_is_a_membership_and_one_sought_is_none(extract):
    _, events = extract(
        "وتشغل الجزائر مقعداً غير دائم في مجلس الأمن الدولي، في حين لا تملك ليبيا أي مقعد فيه، "
        "بينما تشغل فرنسا والصين مقعدين دائمين فيه. وتطالب البرازيل بمقعد دائم في مجلس الأمن."
    )
    found = {f for f in facts(events) if f[0] == "memberOf"}
    council = "United Nations Security Council"
    assert {("memberOf", state, council) for state in ("Algeria", "France")} <= found
    assert ("memberOf", "People's Republic of China", council) in found
    assert not {f for f in found if f[1] in ("Libya", "Brazil")}


def test_who_takes_a_bodys_chair_and_who_hands_it_over_are_members(extract):
    _, events = extract(
        "وتسلمت أنغولا رئاسة الاتحاد الأفريقي من موريتانيا في فبراير الماضي. الأسبوع الأول – "
        "غانا في الواجهة: تسلم الرئيس الكيني رئاسة مجموعة شرق أفريقيا."
    )
    found = {f for f in facts(events) if f[0] == "memberOf"}
    assert {("memberOf", s, "African Union") for s in ("Angola", "Mauritania")} <= found
    assert not {f for f in found if "Ghana" in f}


def test_a_count_before_those_who_took_part_is_no_name(extract):
    mentions, _ = extract(
        "اختُتم مساء السبت بطنجة الاجتماع التشاوري لأعضاء مجلس النواب الليبي، الذي شارك فيه "
        "أزيد من 110 نواب، وترأس جلسته الختامية وزير الخارجية المغربي ناصر بوريطة."
    )
    assert "أزيد" not in {m.entity.label for m in mentions}


def test_counterparts_listed_before_a_plural_relative_were_received(extract):
    _, events = extract(
        "واستضاف وزير الخارجية الأمريكي ماركو روبيو نظيره المصري بدر عبد العاطي ونظيره الأردني "
        "أيمن الصفدي ونظيره السعودي فيصل بن فرحان، الذين استقبلهم الرئيس دونالد ترامب في البيت "
        "الأبيض."
    )
    found = facts(events)
    trump = "Donald Trump"
    assert {met(trump, ABDELATTY), met(trump, SAFADI)} <= found


def test_a_round_of_dialogue_held_between_two_bodies(extract):
    _, events = extract(
        "وانعقدت في بوزنيقة جولة حوار بين وفدي مجلس النواب الليبي والمجلس الأعلى للدولة. "
        "وقام الرئيس التونسي قيس سعيد بجولة في الخليج."
    )
    (meeting,) = _meetings(events)
    assert met("مجلس النواب الليبي", "High Council of State (Libya)") in facts(events)
    assert meeting.location.label_en == "Bouznika"


def test_a_family_name_after_a_patronym_ends_the_name(extract):
    mentions, _ = extract(
        "والتقى المبعوث الخاص لوزير الخارجية القطري فيصل بن عبدالله الحنزاب اليوم المبعوث "
        "الأممي إلى أفغانستان."
    )
    assert "فيصل بن عبدالله الحنزاب" in {m.entity.label for m in mentions}


def test_who_took_part_in_the_outer_clause_is_not_received_in_the_relative(extract):
    _, events = extract(
        "وترأس الوفد المصري وزير الخارجية بدر عبد العاطي. واستضاف روبيو، بمشاركة البنك الدولي، "
        "وزراء خارجية الدول الثلاث: عبد العاطي ونظيره الأردني أيمن الصفدي ونظيره السعودي فيصل بن "
        "فرحان، الذين استقبلهم الرئيس دونالد ترامب في البيت الأبيض."
    )
    found = facts(events)
    assert {met("Donald Trump", ABDELATTY), met("Donald Trump", SAFADI)} <= found
    assert not {f for f in found if "World Bank" in f}
