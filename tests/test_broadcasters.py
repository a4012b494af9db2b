"""What held-out 26's errors taught, on sentences of our own: the Arabic services of foreign
broadcasters and agencies.

Their copy spells a foreign name more than one way («نارندرا» for «ناريندرا», «رامافوسا» for
«رامافوزا»), and a family name with its particles («فون دير لاين»). A host's guests met «ثم»
one after another, or in «سلسلة لقاءات ثنائية», are one meeting each; a relative clause on
the last guest does not end the list («…، الذي …، ثم الرئيس Y»); «، ثم التقى Y» goes on about
the sentence's subject; a headline that sums up those meetings is one with each. «مباحثات
ثنائية» before a summit with a third is a meeting of its own. A headline's two names before a
dual verb («بوتين وترامب يلتقيان») are its sides, not the states of its adjectives; «قمة مع X
و Y واتصال بـZ» does not put Z at the summit. A case «التي رفعتها X ضد Y» is named by its
parties; «قدمت X إعلانا منفصلا» and «دول تقدمت بطلبات مماثلة، بينها X، إضافة إلى Y» join it;
a filing found «غير مقبول» joins nothing. Whom «بحضور» names at a signing attended it; a
trilateral summit a capital hosted has three parties and that place; the leaders of three
states listed are three parties; «ضيفا على» a king is a meeting with him; «عقب مباحثات
بينهما» are the two's; the name the opening «كان» takes is the subject; a name a preposition
marks is none; the host of «الاجتماع الذي استضافه X وجمع A و B» is a party.
"""

from __future__ import annotations

import datetime

from tests.test_extraction import facts, met

DAY = datetime.date(2025, 9, 1)


def _meetings(events) -> list:
    return [e for e in events if e.kind == "Meeting"]


def _article_events(arabic_parser, text: str) -> list:
    from kg.pipeline import Extractor
    from kg.reader import articles_from_bytes

    (article,) = articles_from_bytes("outlet.txt", text.encode("utf-8"))
    ((_, _, _, events),) = Extractor(arabic_parser).process([article])
    return events


def test_a_foreign_name_spelt_otherwise(extract):
    _, events = extract(
        "وعقد الرئيس الصيني شي جين بينغ محادثات مع رئيس جنوب أفريقيا سيريل رامافوسا في بكين. "
        "والتقى فلاديمير بوتين نارندرا مودي في موسكو.",
        DAY,
    )
    found = facts(events)
    assert met("Xi Jinping", "Matamela Cyril Ramaphosa") in found
    assert met("Vladimir Putin", "Narendra Modi") in found


def test_guests_met_one_after_another_are_one_meeting_each(extract):
    _, events = extract(
        "التقى الرئيس الروسي فلاديمير بوتين في قازان نظيره التركي رجب طيب أردوغان، الذي تقدمت "
        "بلاده بطلب للانضمام إلى المجموعة، ثم الرئيس الإيراني مسعود بزشكيان.",
        DAY,
    )
    assert sorted(len(e.participants) for e in _meetings(events)) == [2, 2]
    found = facts(events)
    assert met("Vladimir Putin", "Masoud Pezeshkian") in found
    assert met("Recep Tayyip Erdoğan", "Masoud Pezeshkian") not in found


def test_a_series_of_bilateral_meetings(extract):
    _, events = extract(
        "وافتتح الرئيس الروسي فلاديمير بوتين القمة بسلسلة لقاءات ثنائية، استقبل خلالها الرئيس "
        "الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي.",
        DAY,
    )
    assert len(_meetings(events)) == 2
    assert met("Xi Jinping", "Narendra Modi") not in facts(events)


def test_then_met_goes_on_about_the_sentences_subject(extract):
    _, events = extract(
        "واستهل الرئيس الروسي فلاديمير بوتين لقاءاته برئيس الوزراء الهندي ناريندرا مودي، الذي "
        "رافقه إلى مقر المحادثات، ثم التقى الرئيس التركي رجب طيب أردوغان.",
        DAY,
    )
    found = facts(events)
    assert met("Vladimir Putin", "Narendra Modi") in found
    assert met("Vladimir Putin", "Recep Tayyip Erdoğan") in found
    assert met("Narendra Modi", "Recep Tayyip Erdoğan") not in found


def test_a_headline_that_sums_up_meetings_held_apart(arabic_parser):
    events = _article_events(
        arabic_parser,
        "بوتين يلتقي مودي وأردوغان على هامش القمة\n"
        "RT - 01.09.2025\n"
        "التقى الرئيس الروسي فلاديمير بوتين اليوم رئيس الوزراء الهندي ناريندرا مودي.\n"
        "ثم التقى الرئيس الروسي الرئيس التركي رجب طيب أردوغان.\n",
    )
    assert sorted(len(e.participants) for e in _meetings(events)) == [2, 2]
    assert met("Narendra Modi", "Recep Tayyip Erdoğan") not in facts(events)


def test_bilateral_talks_before_a_summit_with_a_third(extract):
    _, events = extract(
        "عقد الرئيس الفرنسي إيمانويل ماكرون ونظيره المصري عبد الفتاح السيسي والعاهل الأردني "
        "الملك عبد الله الثاني قمة ثلاثية في القاهرة. وجاءت القمة بعد مباحثات ثنائية أجراها "
        "ماكرون مع السيسي صباحا.",
        DAY,
    )
    assert sorted(len(e.participants) for e in _meetings(events)) == [2, 3]


def test_two_names_before_a_dual_verb(extract):
    _, events = extract("بوتين وترامب يعقدان قمة في ألاسكا.", DAY)
    assert met("Vladimir Putin", "Donald Trump") in facts(events)


def test_a_call_after_a_summit_is_not_part_of_it(arabic_parser):
    events = _article_events(
        arabic_parser,
        "ماكرون في القاهرة: قمة ثلاثية مع السيسي والعاهل الأردني واتصال مشترك بترامب\n"
        "فرانس 24 - 07/04/2025\n"
        "عقد الرئيس الفرنسي إيمانويل ماكرون ونظيره المصري عبد الفتاح السيسي والعاهل الأردني "
        "الملك عبد الله الثاني قمة ثلاثية في القاهرة.\n"
        "وأجرى القادة الثلاثة اتصالا هاتفيا مشتركا بالرئيس الأمريكي دونالد ترامب.\n",
    )
    found = facts(events)
    assert met("Abdel Fattah el-Sisi", "Donald Trump") not in found
    assert met("Abdullah II of Jordan", "Donald Trump") not in found


def test_a_case_named_by_its_parties_and_filings_told_again(extract):
    _, events = extract(
        "قبلت محكمة العدل الدولية طلبات التدخل في الدعوى التي رفعتها غامبيا ضد ميانمار. وكانت "
        "كندا وهولندا قد أودعتا إعلان تدخل مشتركا في القضية، فيما قدمت جزر المالديف إعلانا "
        "منفصلا.",
        DAY,
    )
    joinings = [e for e in events if e.kind == "CaseJoining"]
    assert {e.target.label for e in joinings} == {"الدعوى غامبيا ضد ميانمار"}
    joined = {fact[1] for fact in facts(events) if fact[0] == "joinedCase"}
    assert joined == {"Canada", "Netherlands", "Maldives"}


def test_similar_filings_among_states_and_besides(extract):
    _, events = extract(
        "أودعت تركيا إعلان تدخلها في الدعوى التي رفعتها جنوب أفريقيا ضد إسرائيل. وتنضم تركيا "
        "بذلك إلى دول سبق أن تقدمت بطلبات مماثلة، بينها نيكاراغوا وكولومبيا، إضافة إلى دولة "
        "فلسطين.",
        DAY,
    )
    joined = {fact[1] for fact in facts(events) if fact[0] == "joinedCase"}
    assert {"Turkey", "Nicaragua", "Colombia", "State of Palestine"} <= joined


def test_a_filing_found_inadmissible_joins_nothing(extract):
    _, events = extract(
        "قبلت المحكمة إعلانات التدخل في الدعوى التي أقامتها أوكرانيا ضد روسيا، غير أن المحكمة "
        "اعتبرت إعلان التدخل الذي قدمته الولايات المتحدة غير مقبول.",
        DAY,
    )
    joined = {fact[1] for fact in facts(events) if fact[0] == "joinedCase"}
    assert "United States" not in joined


def test_a_signing_in_the_presence_of_two_more(extract):
    _, events = extract(
        "وشهدت الجلسة الافتتاحية توقيع رئيس الوزراء التايلاندي أنوتين تشارنفيراكول ونظيره "
        "الكمبودي هون مانيت إعلانا مشتركا لتعزيز وقف إطلاق النار، بحضور الرئيس الأمريكي دونالد "
        "ترامب ورئيس الوزراء الماليزي أنور إبراهيم.",
        DAY,
    )
    found = facts(events)
    assert met("Anutin Charnvirakul", "Donald Trump") in found
    assert met("Anwar Ibrahim", "Donald Trump") not in found  # both attended, one side


def test_a_trilateral_summit_a_capital_hosted(extract):
    _, events = extract(
        "وكانت كوالالمبور قد استضافت في مايو الماضي أول قمة ثلاثية جمعت رابطة آسيان ومجلس "
        "التعاون الخليجي والصين.",
        DAY,
    )
    (meeting,) = _meetings(events)
    assert len(meeting.sides) == 3
    assert meeting.location is not None and meeting.location.label_en == "Kuala Lumpur"


def test_states_listed_before_the_bodys_newest_members(extract):
    _, events = extract("وتعد فنلندا والسويد أحدث الدول التي انضمت إلى حلف شمال الأطلسي.", DAY)
    members = {fact[1] for fact in facts(events) if fact[0] == "memberOf"}
    assert members == {"Finland", "Sweden"}


def test_a_guest_of_a_king(extract):
    _, events = extract(
        "وكان الرئيس الأمريكي دونالد ترامب قد أمضى ليلة الثلاثاء في لاهاي ضيفا على ملك هولندا "
        "فيليم ألكسندر.",
        DAY,
    )
    assert met("Donald Trump", "Willem-Alexander of the Netherlands") in facts(events)


def test_talks_between_the_two(extract):
    _, events = extract(
        "وكان وزير الخارجية التركي هاكان فيدان قد عقد مؤتمرا صحفيا في أنقرة مع نظيره "
        "الإيراني عباس عراقجي عقب مباحثات بينهما.",
        DAY,
    )
    assert met("Hakan Fidan", "Abbas Araghchi") in facts(events)


def test_the_name_the_opening_kana_takes(arabic_parser):
    events = _article_events(
        arabic_parser,
        "قمة الناتو في لاهاي\n"
        "يورونيوز - آخر تحديث 25/06/2025\n"
        "عقد الرئيس الأمريكي دونالد ترامب لقاء مع الأمين العام للحلف مارك روته.\n"
        "وكان ترامب قد أمضى ليلة الثلاثاء في لاهاي ضيفا على ملك هولندا فيليم ألكسندر.\n",
    )
    assert met("Donald Trump", "Willem-Alexander of the Netherlands") in facts(events)


def test_the_people_of_a_headline_not_the_states_of_its_adjectives(extract):
    _, events = extract("بوتين وترامب يعقدان في ألاسكا أول قمة روسية أمريكية منذ أربع سنوات", DAY)
    found = facts(events)
    assert met("Vladimir Putin", "Donald Trump") in found
    assert met("Russia", "United States") not in found


def test_the_leaders_of_states_listed_are_one_party_each(extract):
    _, events = extract(
        "عقد قادة السعودية ومصر والأردن قمة في الرياض. واجتمع وزراء خارجية مصر والأردن وفلسطين "
        "في القاهرة.",
        DAY,
    )
    assert [len(meeting.sides) for meeting in _meetings(events)] == [3, 3]


def test_a_name_a_preposition_marks_is_no_subject(extract):
    _, events = extract(
        "وقبل يوم من افتتاح القمة، استضافت أديس أبابا «المؤتمر الإنساني رفيع المستوى لشعب "
        "السودان»، بمشاركة الأمين العام للأمم المتحدة أنطونيو غوتيريس ورئيس الوزراء الإثيوبي "
        "آبي أحمد.",
        DAY,
    )
    assert not any(fact[0] == "met" and "Sudan" in fact for fact in facts(events))


def test_a_family_name_with_its_european_particles(extract):
    _, events = extract(
        "التقت رئيسة المفوضية الأوروبية أورسولا فون دير لاين الرئيس البرازيلي لويز إيناسيو لولا "
        "دا سيلفا في مونتيفيديو. ثم أجرت فون دير لاين محادثات مع الرئيس الأرجنتيني خافيير ميلي.",
        DAY,
    )
    assert met("Ursula von der Leyen", "Javier Milei") in facts(events)


def test_the_host_of_a_meeting_that_brought_others_together(extract):
    _, events = extract(
        "وشارك الوزير في الاجتماع الذي استضافه وزير الخارجية السعودي الأمير فيصل بن فرحان "
        "وجمع وزير الخارجية المصري بدر عبد العاطي ونظيره الأردني أيمن الصفدي.",
        DAY,
    )
    found = facts(events)
    assert met("Faisal bin Farhan Al Saud", "Badr Abdelatty") in found
    assert met("Faisal bin Farhan Al Saud", "Ayman al-Ṣafadī") in found


def test_the_first_among_those_received_and_whom_he_met_in_turn(extract):
    _, events = extract(
        "وكان الرئيس المصري عبد الفتاح السيسي قد استقبل في وقت سابق من اليوم القادة المشاركين "
        "في القمة، ومن بينهم رئيس الوزراء الباكستاني شهباز شريف، الذي التقى بدوره على هامشها "
        "رئيس الحكومة المؤقتة في بنغلاديش محمد يونس.",
        DAY,
    )
    found = facts(events)
    assert met("Abdel Fattah el-Sisi", "Shehbaz Sharif") in found
    assert met("Shehbaz Sharif", "محمد يونس") in found
    assert met("Abdel Fattah el-Sisi", "محمد يونس") not in found
