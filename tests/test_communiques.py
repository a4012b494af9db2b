"""What held-out 25's errors taught, on sentences of our own: official communiqués.

A communiqué names its principal once with his full title and then as «السيد الوزير», «معالي
الوزير» or «وزير الدولة»: that is the first person the article named with that office; «رئيس
مجلس الوزراء» written again alone is the one person named with it. Under «وكان X قد استقبل», a
name after the verb is the guest, however the parse hung it from «كان»; so is a title after a
comma that closes a place phrase. Meetings held one by one («كلاً على حدة», «لقاءات منفصلة»,
«بلقاءين») are one meeting with each guest. A delegation «المكون من A، وزير … لـ X، و B» or
headed «بعضوية A و B» has its members on its side, the states of their titles on none; the
first of those «من بينهم» and the last of a «مع» list are guests; «وزراء خارجية X و Y» are the
ministers the article named for X and Y. A decoration («قلادة النيل») is no name, a Malaysian
style («داتوك سري») no name either; a court's hearings («جلسات الاستماع») are no meeting. States
joining a case may be named after the filing verb of their declarations («إعلانات التدخل التي
أودعتها X و Y»), and a case told with its filer alone is the one the article named with both
parties. Headline states whose ministers the body names («يلتقي نظراءه من X و Y») are no side.
A weekday written before a full date is that date's; «تنتمي X إلى Y» is a membership.
"""

from __future__ import annotations

import datetime

from kg.pipeline import Extractor
from kg.reader import articles_from_bytes
from tests.test_extraction import facts, met

DAY = datetime.date(2025, 6, 10)


def test_the_principal_styled_by_his_bare_office(extract):
    _, events = extract(
        "ترأس وزير الخارجية هاكان فيدان اليوم اجتماعا في أنقرة. وعلى هامش الاجتماع، عقد السيد "
        "الوزير لقاء ثنائيا مع وزير الخارجية الإيراني عباس عراقجي.",
        DAY,
    )
    assert met("Hakan Fidan", "Abbas Araghchi") in facts(events)


def test_a_minister_of_state_named_again_by_that_office_alone(extract):
    _, events = extract(
        "استقبل وزير الدولة، وزير الشؤون الخارجية والتعاون الدولي، السيد أحمد عطاف، اليوم "
        "بالجزائر نظيره التونسي. والتقى وزير الدولة يوم 3 يونيو وزير الخارجية التركي هاكان فيدان.",
        DAY,
    )
    assert met("Ahmed Attaf", "Hakan Fidan") in facts(events)


def test_the_guest_after_the_verb_kana_completes(extract):
    _, events = extract(
        "وكان السيد الرئيس عبد الفتاح السيسي قد استقبل أمس الرئيس الفرنسي إيمانويل ماكرون. "
        "وكان السيد الرئيس قد استقبل بقصر الاتحادية يوم الأحد الماضي السيد ستيفن ويتكوف، "
        "المبعوث الخاص للرئيس الأمريكي، بحضور اللواء حسن رشاد رئيس المخابرات العامة.",
        DAY,
    )
    found = facts(events)
    assert met("Abdel Fattah el-Sisi", "ستيفن ويتكوف") in found
    assert met("Hassan Rashad", "ستيفن ويتكوف") in found
    assert met("Abdel Fattah el-Sisi", "Hassan Rashad") not in found


def test_meetings_held_one_by_one_are_one_with_each_guest(extract):
    _, events = extract(
        "التقى وزير الخارجية المصري بدر عبد العاطي، كلاً على حدة، وزير الخارجية التركي هاكان "
        "فيدان، ووزير الخارجية الإيراني عباس عراقجي، في نيويورك.",
        DAY,
    )
    meetings = [e for e in events if e.kind == "Meeting" and len(e.sides) == 2]
    assert len(meetings) == 2
    found = facts(events)
    assert met("Badr Abdelatty", "Hakan Fidan") in found
    assert met("Badr Abdelatty", "Abbas Araghchi") in found
    assert met("Hakan Fidan", "Abbas Araghchi") not in found


def test_the_members_a_delegation_is_composed_of(extract):
    _, events = extract(
        "استقبل الرئيس التونسي قيس سعيد اليوم بقصر قرطاج وفد الاتحاد الإفريقي، المكون من السيد "
        "محمود علي يوسف، رئيس مفوضية الاتحاد، والسيد موساليا مودافادي، وزير الشؤون الخارجية "
        "لجمهورية كينيا.",
        DAY,
    )
    found = facts(events)
    assert met("Kais Saied", "Musalia Mudavadi") in found
    assert met("Mahamoud Ali Youssouf", "Musalia Mudavadi") not in found


def test_a_decoration_is_no_name(extract):
    mentions, _ = extract(
        "استقبل الرئيس عبد الفتاح السيسي اليوم الرئيس الكيني وليام روتو، ومنح السيد الرئيس "
        "نظيره الكيني قلادة النيل.",
        DAY,
    )
    assert not any("قلادة" in m.entity.label for m in mentions)


def test_a_courts_hearings_are_no_meeting(extract):
    _, events = extract(
        "افتتحت محكمة العدل الدولية اليوم في لاهاي جلسات الاستماع في الدعوى التي أقامتها "
        "جنوب أفريقيا ضد إسرائيل.",
        DAY,
    )
    assert not [e for e in events if e.kind == "Meeting"]


def test_states_named_after_the_filing_verb_of_their_declarations(extract):
    _, events = extract(
        "وكانت جنوب أفريقيا قد أقامت الدعوى ضد إسرائيل أمام محكمة العدل الدولية. وكانت "
        "المحكمة قد نظرت في إعلانات التدخل التي أودعتها إسبانيا وتركيا وكولومبيا.",
        DAY,
    )
    joined = {fact for fact in facts(events) if fact[0] == "joinedCase"}
    assert {state for _, state, _ in joined} == {"Spain", "Turkey", "Colombia"}


def test_a_case_told_with_its_filer_alone_is_the_one_named_in_full(extract):
    _, events = extract(
        "تنظر المحكمة في الدعوى التي أقامتها غامبيا ضد ميانمار. وكانت غامبيا قد أقامت الدعوى "
        "عام 2019، ثم أودعت كندا إعلان تدخل في القضية.",
        DAY,
    )
    joinings = [e for e in events if e.kind == "CaseJoining"]
    assert joinings
    assert {e.target.label for e in joinings} == {"الدعوى غامبيا ضد ميانمار"}


def test_headline_states_are_spoken_for_by_their_ministers(arabic_parser):
    text = (
        "عطاف يلتقي بنيويورك نظراءه من مصر والسودان\n"
        "الجزائر، الثلاثاء 10 يونيو 2025 - بيان وزارة الشؤون الخارجية\n"
        "التقى وزير الخارجية أحمد عطاف، اليوم بنيويورك، بكل من نظيره المصري بدر عبد العاطي، "
        "ونظيره السوداني محيي الدين سالم.\n"
    )
    (article,) = articles_from_bytes("communique.txt", text.encode())
    ((_, _, _, events),) = Extractor(arabic_parser).process([article])
    found = facts(events)
    assert met("Ahmed Attaf", "Badr Abdelatty") in found
    assert met("Ahmed Attaf", "Sudan") not in found
    assert met("Ahmed Attaf", "Egypt") not in found


def test_a_guest_after_a_comma_and_the_office_named_again_in_construct(extract):
    _, events = extract(
        "ترأس رئيس مجلس الوزراء محمد شياع السوداني اليوم أعمال القمة في بغداد. وكان رئيس "
        "مجلس الوزراء قد استقبل صباح اليوم، في مقر انعقاد القمة، الأمين العام لجامعة الدول "
        "العربية أحمد أبوالغيط.",
        DAY,
    )
    assert met("Ahmed Aboul Gheit", "Mohammed Shia al-Sudani") in facts(events)


def test_ministers_by_state_named_before(extract):
    _, events = extract(
        "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم في عمان وزير الخارجية الإماراتي الشيخ "
        "عبدالله بن زايد آل نهيان، ووزير الخارجية البحريني عبداللطيف الزياني. وحضر الاجتماع "
        "الذي ترأسه الصفدي وزراء خارجية الإمارات والبحرين.",
        DAY,
    )
    found = facts(events)
    assert met("Ayman al-Ṣafadī", "Bahrain") not in found
    assert met("Ayman al-Ṣafadī", "Abdullatif bin Rashid Al Zayani") in found


def test_the_last_of_a_with_list_is_no_genitive_owner(extract):
    _, events = extract(
        "استقبل وزير الخارجية الأردني أيمن الصفدي اليوم نظيره المصري. وترأس الصفدي بعد ذلك "
        "اجتماعاً موسعاً للجنة مع وزير الخارجية الأمريكي أنتوني بلينكن، ووزير الخارجية التركي "
        "هاكان فيدان، والمبعوث الأممي الخاص إلى سوريا غير بيدرسن.",
        DAY,
    )
    found = facts(events)
    assert met("Ayman al-Ṣafadī", "Geir Pedersen") in found
    assert met("Geir Pedersen", "Hakan Fidan") not in found


def test_the_first_of_those_among_the_participants_is_one_of_them(extract):
    _, events = extract(
        "استقبل الرئيس عبد الفتاح السيسي اليوم الرئيس الأمريكي دونالد ترامب. وأضاف المتحدث أن "
        "الرئيسين ترأسا بعد ذلك أعمال القمة، بمشاركة قادة أكثر من عشرين دولة، من بينهم جلالة "
        "الملك عبد الله الثاني ملك الأردن، وسمو الشيخ تميم بن حمد آل ثاني أمير قطر، وأنطونيو "
        "جوتيريش سكرتير عام الأمم المتحدة.",
        DAY,
    )
    found = facts(events)
    assert met("Abdel Fattah el-Sisi", "Abdullah II of Jordan") in found
    assert met("Abdullah II of Jordan", "Tamim bin Hamad Al Thani") not in found
    assert met("Donald Trump", "United Nations") not in found


def test_a_malaysian_style_is_no_name(extract):
    _, events = extract(
        "عقد رئيس وزراء ماليزيا داتوك سري أنور إبراهيم اليوم في كوالالمبور لقاءً ثنائياً مع "
        "الرئيس الإندونيسي برابوو سوبيانتو.",
        DAY,
    )
    assert met("Anwar Ibrahim", "Prabowo Subianto") in facts(events)


def test_a_state_that_belongs_to_a_body_is_its_member(extract):
    _, events = extract(
        "وتنتمي رواندا إلى مجموعة شرق أفريقيا منذ عام 2007.",
        DAY,
    )
    members = {fact for fact in facts(events) if fact[0] == "memberOf"}
    assert {state for _, state, _ in members} == {"Rwanda"}


def test_a_weekday_written_before_a_full_date_is_that_dates(extract):
    _, events = extract(
        "وجاءت المحادثات بعد محادثات استضافتها المملكة في الرياض يوم الثلاثاء 19 شعبان 1446هـ "
        "الموافق 18 فبراير 2025م، وجمعت وزير الخارجية الأمريكي ماركو روبيو بوزير الخارجية "
        "الروسي سيرغي لافروف.",
        datetime.date(2025, 3, 11),
    )
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert meeting.date.value == "2025-02-18"


def test_each_delegations_members_join_their_own_side(extract):
    _, events = extract(
        "استضافت سلطنة عمان اليوم في مسقط محادثات بين الولايات المتحدة وإيران. وضم الوفد "
        "الأمريكي إلى طاولة المحادثات وزير الخارجية ماركو روبيو والمبعوث الخاص مايكل والتز، في "
        "حين ترأس الوفد الإيراني وزير الخارجية عباس عراقجي، بعضوية نائب وزير الخارجية مجيد تخت "
        "روانجي.",
        DAY,
    )
    found = facts(events)
    assert met("Marco Rubio", "Abbas Araghchi") in found
    assert met("Marco Rubio", "مايكل والتز") not in found


def test_the_states_in_the_titles_of_a_delegations_members_are_no_side(extract):
    _, events = extract(
        "استقبل الرئيس السنغالي اليوم بداكار وفد تحالف دول الساحل، المكون من السيد عبد الله ديوب، "
        "وزير الشؤون الخارجية لجمهورية مالي، والسيد كاراموكو جون ماري تراوري، وزير الشؤون "
        "الخارجية لبوركينا فاسو.",
        DAY,
    )
    found = {fact for fact in facts(events) if fact[0] == "met"}
    assert not any("Burkina Faso" in fact or "Mali" in fact for fact in found)


def test_the_bodies_listed_after_a_state_that_belongs_to_them(extract):
    _, events = extract(
        "ويشارك الوزير في اجتماعات المجموعات التي تنتمي إليها تونس، وعلى رأسها جامعة الدول "
        "العربية والاتحاد الإفريقي ومنظمة التعاون الإسلامي.",
        DAY,
    )
    members = {fact for fact in facts(events) if fact[0] == "memberOf"}
    assert {body for _, _, body in members} == {
        "Arab League",
        "African Union",
        "Organisation of Islamic Cooperation",
    }
    assert {state for _, state, _ in members} == {"Tunisia"}
