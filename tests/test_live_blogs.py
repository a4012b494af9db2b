"""What held-out 28's errors taught, on sentences of our own: live blogs, news tickers, an
interview, a business brief and a press review of economic diplomacy.

A live blog's update opens with its clock time («14:05 —») or «عاجل |»: it tells the day of its
date line, unless it is background («خلفية |») or told as past («وكان … قد»). «أوبك+» is OPEC+,
not OPEC. «ومن بينهم» names some of those a count of participants stands for; a meeting that
begins «برئاسة … بمشاركة …» is one of its chair and those taking part. A headline's present
(«الرئيس X يصل إلى مطار …، وكان في استقباله Y») is read as the past, and the reception is held
where the guest arrived. A signing of two states or bodies met no one, but the people who
attended it met, each on the side of the party he stands for. «علما أنها عضو» is the state
named last; «تجمع X و Y عضوية Z» tells membership, not a meeting. Seats of government name
their city («بقصر المرادية»: Algiers). A plural minister's title names unlisted portfolios
too, and a meeting counted by its parties is as many of them. «الوزراء الضيوف الثلاثة» are
the guests of the meeting told before, «في اليوم نفسه» its day. A tour's owner is who met at
its stops; an attendance dated another day attends no meeting told before.
"""

from __future__ import annotations

import datetime

from tests.test_extraction import facts, met

DAY = datetime.date(2024, 11, 20)


def _meetings(events):
    return [e for e in events if e.kind == "Meeting"]


def _the_meeting(extract, text: str):
    """The one meeting `text` tells, read as an article of `DAY`."""
    _, events = extract(text, DAY)
    (meeting,) = _meetings(events)
    return meeting


def test_a_timestamped_update_tells_the_day_of_its_date_line(extract):
    _, events = extract(
        "09:15 — التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الأردني أيمن الصفدي.\n"
        "10:40 — وكان وزير الخارجية السعودي قد اجتمع مع وزير الخارجية القطري الشيخ محمد بن "
        "عبد الرحمن آل ثاني.",
        DAY,
    )
    today, past = _meetings(events)
    assert (today.date.value, today.date.basis) == ("2024-11-20", "text")
    assert past.date.basis == "publication"


def test_a_breaking_update_tells_the_day_of_its_date_line(extract):
    meeting = _the_meeting(
        extract,
        "عاجل | الرئيس الفرنسي إيمانويل ماكرون يلتقي ولي العهد السعودي الأمير محمد بن سلمان.",
    )
    assert meeting.date.value == "2024-11-20"


def test_opec_plus_is_not_opec(extract):
    mentions, _ = extract(
        "قرر تحالف «أوبك+» تمديد خفض الإنتاج، فيما أبقت «أوبك» على توقعاتها.", DAY
    )
    bodies = [m.entity.label_en for m in mentions if m.entity.type in ("Organization", "Group")]
    assert bodies == ["OPEC Plus", "OPEC"]


def test_among_them_names_those_taking_part(extract):
    _, events = extract(
        "انعقد الاجتماع الوزاري في الرياض بمشاركة وزراء خارجية الدول العربية، ومن بينهم وزير "
        "الخارجية الأردني أيمن الصفدي ووزير الخارجية العراقي فؤاد حسين.",
        DAY,
    )
    assert met("Ayman al-Ṣafadī", "Fuad Hussein") in facts(events)


def test_a_headline_present_arrival_and_its_reception_at_the_airport(extract):
    _, events = extract(
        "رئيس الوزراء الإثيوبي آبي أحمد يصل إلى مطار جيبوتي الدولي، وكان في استقباله لدى نزوله "
        "من الطائرة الرئيس إسماعيل عمر جيله.",
        DAY,
    )
    (meeting,) = _meetings(events)
    assert met("Abiy Ahmed Ali", "Ismail Omar Guelleh") in facts(events)
    assert (meeting.location.type, meeting.location.label_en) == ("City", "Djibouti")


def test_the_people_who_attended_a_signing_of_a_state_and_a_body(extract):
    _, events = extract(
        "جرى أمس في القاهرة توقيع اتفاق الشراكة بين مصر والاتحاد الأوروبي بحضور الرئيس عبد "
        "الفتاح السيسي ورئيس المجلس الأوروبي شارل ميشيل.",
        DAY,
    )
    assert met("Abdel Fattah el-Sisi", "Charles Michel") in facts(events)
    assert met("Egypt", "European Union") not in facts(events)


def test_a_particle_with_a_pronoun_names_the_state_named_last(extract):
    _, events = extract(
        "وذكرت الصحيفة أن فرنسا وألمانيا عضوان في حلف شمال الأطلسي، في حين ترتبط الجزائر "
        "بالاتحاد الأوروبي باتفاق شراكة، علما أنها عضو في جامعة الدول العربية.",
        DAY,
    )
    found = facts(events)
    assert ("memberOf", "Algeria", "Arab League") in found
    assert ("memberOf", "France", "Arab League") not in found


def test_sharing_a_membership_is_no_meeting(extract):
    _, events = extract(
        "وتجمع المغرب وتونس عضوية اتحاد المغرب العربي ومنظمة التعاون الإسلامي.", DAY
    )
    found = facts(events)
    assert ("memberOf", "Morocco", "Arab Maghreb Union") in found
    assert not _meetings(events)


def test_two_ministers_who_signed_that_day_after_a_reception(extract):
    _, events = extract(
        "استقبل الرئيس الجزائري عبد المجيد تبون رئيس الوزراء الإيطالي ماريو دراغي في الجزائر "
        "يوم 11 أبريل 2022، ووقع يومها وزيرا خارجية البلدين رمطان لعمامرة ولويجي دي مايو إعلان "
        "نوايا حول الغاز.",
        DAY,
    )
    assert met("Ramtane Lamamra", "Luigi Di Maio") in facts(events)


def test_a_seat_of_government_names_its_city(extract):
    meeting = _the_meeting(
        extract,
        "استقبل الرئيس عبد المجيد تبون اليوم بقصر المرادية وزير الخارجية الإيطالي أنطونيو تاياني.",
    )
    assert meeting.location.label_en == "Algiers"


def test_a_meeting_verb_glued_to_and_ends_a_name(extract):
    meeting = _the_meeting(
        extract,
        "وصلت وزيرة الخارجية الفرنسية كاترين كولونا إلى القاهرة، والتقت خلالها الرئيس السيسي "
        "وبحثا الأوضاع في غزة.",
    )
    # the family name after «الرئيس» is the president's
    assert [p.label for p in meeting.sides[1]] == ["عبد الفتاح السيسي"]


def test_ministers_of_a_portfolio_at_a_meeting_counted_by_its_parties(extract):
    _, events = extract(
        "عقد وزراء الطاقة في الأردن صالح الخرابشة والعراق حيان عبد الغني ومصر طارق الملا "
        "اجتماعا ثلاثيا في عمان.",
        DAY,
    )
    found = facts(events)
    assert met("صالح الخرابشة", "حيان عبد الغني") in found
    assert met("حيان عبد الغني", "طارق الملا") in found


def test_the_counted_guests_of_the_meeting_told_before_on_the_same_day(extract):
    _, events = extract(
        "عقد وزراء الطاقة في الأردن صالح الخرابشة والعراق حيان عبد الغني ومصر طارق الملا "
        "وسوريا فراس قدور اجتماعا رباعيا في عمان في 12 آب 2024. واستقبل رئيس الوزراء الأردني "
        "بشر الخصاونة الوزراء الضيوف الثلاثة في اليوم نفسه.",
        DAY,
    )
    found = facts(events)
    assert met("Bisher Al-Khasawneh", "حيان عبد الغني") in found
    assert met("Bisher Al-Khasawneh", "صالح الخرابشة") not in found  # his own minister
    dated = {e.date.value for e in _meetings(events)}
    assert dated == {"2024-08-12"}


def test_received_with_another_guest_after_a_dated_visit(extract):
    _, events = extract(
        "وكان وزير الخارجية العراقي فؤاد حسين قد زار أنقرة في 3 آذار 2024، حيث استقبله الرئيس "
        "التركي رجب طيب أردوغان مع وزير الخارجية الأذربيجاني جيحون بيراموف.",
        DAY,
    )
    found = facts(events)
    assert met("Fuad Hussein", "Recep Tayyip Erdoğan") in found
    assert met("Recep Tayyip Erdoğan", "جيحون بيراموف") in found
    assert {e.location.label_en for e in _meetings(events)} == {"Ankara"}


def test_a_tours_owner_met_at_each_of_its_stops(extract):
    _, events = extract(
        "بدأ حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى زيارة رسمية إلى "
        "باريس. وتأتي زيارة باريس ضمن جولة أوروبية لسمو الأمير بدأها من روما، حيث التقى رئيسة "
        "الوزراء الإيطالية جورجيا ميلوني، قبل أن يحل ضيفا على برلين، حيث استقبله المستشار "
        "الألماني أولاف شولتس.",
        DAY,
    )
    found = facts(events)
    assert met("Tamim bin Hamad Al Thani", "Giorgia Meloni") in found
    assert met("Tamim bin Hamad Al Thani", "Olaf Scholz") in found
    assert met("Giorgia Meloni", "Olaf Scholz") not in found


def test_an_attendance_on_another_day_joins_no_meeting_told_before(extract):
    _, events = extract(
        "وقع وزيرا النفط في البلدين أحمد ولد محمود وعمر سيسي اتفاقية في نواكشوط يوم 9 فبراير "
        "2018. وكان الرئيس محمد ولد الشيخ الغزواني قد حضر في الثاني من أبريل 2024 مراسم "
        "تنصيب الرئيس السنغالي باسيرو ديوماي فاي.",
        DAY,
    )
    assert not [f for f in facts(events) if "Mohamed Ould Ghazouani" in f]


def test_a_family_name_after_a_clock_time(extract):
    text = (
        "10:30 — الرئيس التركي يلتقي رئيس الوزراء العراقي محمد شياع السوداني في بغداد، ويبحثان "
        "ملف المياه.\n"
        "12:50 — السوداني وأردوغان يعقدان جلسة مباحثات ثنائية في القصر الحكومي."
    )
    mentions, _ = extract(text, DAY)
    later = {m.entity.label_en for m in mentions if m.start > text.index("12:50")}
    assert "Mohammed Shia al-Sudani" in later


def test_a_family_name_glued_to_fa_after_a_given_name_is_no_leaders(extract):
    mentions, _ = extract(
        "ووقع الاتفاقية كل من المديرة العامة للنفط في الوزارة أورور فغالي، ورئيس الشركة "
        "القابضة للغازات الطبيعية مجدي جلال.",
        datetime.date(2022, 6, 22),
    )
    assert "Brahim Ghali" not in {m.entity.label_en for m in mentions}


def test_a_leaders_family_name_after_a_titles_adjective_is_anothers_given_name(extract):
    mentions, _ = extract(
        "والتقى الوزير المدير العام لشركة النفط الوطنية النيجيرية ميلي كياري في أبوجا.", DAY
    )
    assert "Javier Milei" not in {m.entity.label_en for m in mentions}


def test_a_town_right_after_a_definite_title_is_a_name(extract):
    mentions, _ = extract("وقد جدد العاهل المغربي والرئيس بخاري التزامهما بمشروع الأنبوب.", DAY)
    assert not [m for m in mentions if m.entity.type == "City"]


def test_signers_whose_titles_name_their_bodies_after_the_meeting_told(extract):
    _, events = extract(
        "استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في طرابلس يوم 28 يناير 2023 وزير "
        "الخارجية الإيطالي أنطونيو تاياني. وعقب اللقاء، وقع رئيس مجلس إدارة المؤسسة الوطنية "
        "للنفط فرحات بن قدارة والرئيس التنفيذي لشركة «إيني» الإيطالية كلاوديو ديسكالزي اتفاقية "
        "لتطوير حقلين للغاز.",
        DAY,
    )
    (signing,) = [e for e in _meetings(events) if e.rule.startswith("meeting-وقع")]
    assert met("فرحات بن قدارة", "كلاوديو ديسكالزي") in facts([signing])
    assert signing.date.value == "2023-01-28"


def test_a_high_level_cooperation_council_is_not_the_gulfs(extract):
    mentions, _ = extract(
        "ترأس الرئيسان الاجتماع الخامس لمجلس التعاون رفيع المستوى بين تركيا واليونان.", DAY
    )
    assert "Gulf Cooperation Council" not in {m.entity.label_en for m in mentions}


def test_a_conference_named_after_its_host_state_has_no_such_side(extract):
    _, events = extract(
        "09:35 — أمير قطر الشيخ تميم بن حمد آل ثاني يفتتح الجلسة الرئيسية لمؤتمر الكويت الدولي "
        "للمانحين، بحضور الأمين العام للأمم المتحدة أنطونيو غوتيريس.",
        DAY,
    )
    found = facts(events)
    assert met("Tamim bin Hamad Al Thani", "António Guterres") in found
    assert not [f for f in found if "Kuwait" in f]


def test_a_first_meeting_that_brought_the_two_together(extract):
    _, events = extract(
        "واستقبل الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء الهندي ناريندرا مودي في باريس يوم "
        "14 يوليو 2023، بعد لقاء أول جمعهما على هامش قمة مجموعة العشرين في بالي في نوفمبر 2022.",
        DAY,
    )
    earlier = [e for e in _meetings(events) if e.date.value == "2022-11" and len(e.sides) == 2]
    assert [{p.label_en for p in e.participants} for e in earlier] == [
        {"Emmanuel Macron", "Narendra Modi"}
    ]


def test_a_trip_told_in_the_present_to_meet_someone_is_to_come(extract):
    meeting = _the_meeting(
        extract,
        "ويتوجه ولي العهد السعودي الأمير محمد بن سلمان من باريس إلى لندن للقاء رئيس الوزراء "
        "البريطاني ريشي سوناك.",
    )
    assert meeting.modality == "planned"


def test_ministers_of_a_portfolio_by_their_states_adjectives_sign_after_their_document(extract):
    _, events = extract(
        "ووقع المذكرة وزراء الزراعة الأردني خالد الحنيفات والعراقي عباس جبر العلياوي والمصري "
        "علاء فاروق.",
        DAY,
    )
    found = facts(events)
    assert met("خالد الحنيفات", "عباس جبر العلياوي") in found
    assert met("عباس جبر العلياوي", "علاء فاروق") in found


def test_those_attending_a_signing_of_unnamed_parties_are_no_signers(extract):
    _, events = extract(
        "وكانت الأطراف قد وقعت بالأحرف الأولى على الاتفاق في جوبا في 31 أغسطس 2020، في حضور "
        "رئيس مجلس السيادة عبد الفتاح البرهان ورئيس الوزراء عبد الله حمدوك.",
        DAY,
    )
    assert met("Abdel Fattah al-Burhan", "Abdalla Hamdok") not in facts(events)


def test_heads_of_government_listed_state_by_state_with_commas(extract):
    mentions, _ = extract(
        "وشارك في القمة رؤساء حكومات إيطاليا جورجيا ميلوني، واليونان كيرياكوس ميتسوتاكيس، "
        "وبلجيكا ألكسندر دي كرو.",
        DAY,
    )
    represented = {
        m.entity.label_en: m.represents.label_en for m in mentions if m.represents is not None
    }
    assert represented.get("Alexander De Croo") == "Belgium"


def test_an_accompanying_delegation_a_relative_clause_composes(extract):
    _, events = extract(
        "استقبل رئيس المجلس الرئاسي محمد المنفي في طرابلس رئيسة الوزراء الإيطالية جورجيا ميلوني "
        "والوفد المرافق لها، الذي ضم وزير الخارجية أنطونيو تاياني.",
        DAY,
    )
    assert met("Mohamed al-Menfi", "Antonio Tajani") in facts(events)


def test_a_dual_ministers_title_portfolio_by_portfolio(extract):
    mentions, _ = extract(
        "وضم الوفد وزيري الخارجية أنطونيو تاياني والداخلية ماتيو بيانتيدوزي.",
        DAY,
    )
    people = {m.entity.label_en or m.entity.label for m in mentions if m.entity.type == "Person"}
    assert people == {"Antonio Tajani", "ماتيو بيانتيدوزي"}


def test_a_plural_title_whose_list_follows_a_colon(extract):
    _, events = extract(
        "استقبل الملك محمد السادس وزراء خارجية الدول الثلاث الأعضاء في تحالف دول الساحل: "
        "المالي عبد الله ديوب، والنيجري باكاري ياو سانغاري.",
        DAY,
    )
    found = facts(events)
    assert met("Mohammed VI", "Bakary Yaou Sangaré") in found
    assert met("Mohammed VI", "Abdoulaye Diop") in found
