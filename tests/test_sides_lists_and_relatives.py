"""What held-out 32's errors taught, on sentences of our own: the sides of a banquet, lists
after a colon, the speaker's brother, hosts one after the other, «ما زال», a minister named
again by his state's adjective, and the members a relative clause on a body names.

A banquet a host gave in a guest's honour, attended «عن الجانب المغربي A و B، وعن الجانب
البرتغالي C», seats each attendee on his side, with his host or with the guest, even where kg
does not know the host's state. A colon after a «مع» or «ب» phrase that names no one («مع وزراء
الخارجية الثلاثة: A و B») opens its list. «أخي» before a name is a style, no name; a
preposition's noun before a name («للتذكير ماكرون») is not part of it, nor is an institution
after a title («رئيسة الحكومه», its «ة» written «ه»). «استقبله A ثم B»: each host received the
guest. «وما زالت أصداء الزيارة حاضرة، إذ استقبله X»: still, no negation. «الوزير التركي» is the
Turkish minister the article named before. «الاتحاد … الذي تنتمي إليه X و Y»: X and Y are its
members; «موش عضو» denies a membership, and the states of such a relative clause join no case.
A speech printed in a quotation over several lines meets for the speaker its introduction names.
«الدول الأعضاء فيه، ومنها A و B» lists members of the body named before; who took part in a
session a chair held («ترأس X جلسة شارك فيها Y») met him; «حيث استقبلهما Z» received the two
named before; a time of day («غروسي صباح اليوم») is no part of a name, and an attendance is
dated by its own clause, not by a plan told after it. Indirect talks a person hosted («استضاف X
محادثات غير مباشرة بين A و B») are a meeting of the host with each side, none of the sides. A
case noun with a pronoun («في دعواها ضد إسرائيل», cut by the tokenizer into «دعوا» + «ها») is
the case of the state named before it.
"""

from __future__ import annotations

from tests.test_extraction import facts, met
from tests.test_local_officials_tours_and_receptions import _dated, _met, _read


def test_a_banquet_seats_its_attendees_on_their_sides(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "استقبل الملك محمد السادس رئيس الوزراء البرتغالي لويس مونتينيغرو، وأقام على شرفه "
            "مأدبة غداء حضرها عن الجانب المغربي رئيس الحكومة عزيز أخنوش ووزير الخارجية ناصر "
            "بوريطة، وعن الجانب البرتغالي وزير الخارجية باولو رانجيل.\n"
        ),
    )
    found = _met(events)
    assert met("Aziz Akhannouch", "Luís Montenegro") in found
    assert met("Mohammed VI", "Paulo Rangel") in found
    assert met("Mohammed VI", "Aziz Akhannouch") not in found  # his own side
    assert met("Luís Montenegro", "Paulo Rangel") not in found


def test_the_members_listed_after_the_members_in_it(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ويعاني مجلس التعاون الخليجي من الخلافات، رغم أن الدول الست الأعضاء فيه، ومنها قطر "
            "والبحرين، تؤيد الوساطة.\n"
        ),
    )
    members = {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"}
    assert {
        ("Qatar", "Gulf Cooperation Council"),
        ("Bahrain", "Gulf Cooperation Council"),
    } <= members


def test_a_banquet_alone_has_the_sides_its_attendees_are_named_for(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وأقيمت في عمّان مأدبة عشاء حضرها عن الجانب الأردني وزير الخارجية أيمن الصفدي، "
            "وعن الجانب العراقي وزير الخارجية فؤاد حسين.\n"
        ),
    )
    assert met("Ayman al-Ṣafadī", "Fuad Hussein") in _met(events)


def test_a_list_after_a_colon_is_the_other_side(arabic_parser):
    for body in (
        "وبدأت الجولة بلقاء جمع الرئيس الفرنسي إيمانويل ماكرون بوزراء الخارجية الثلاثة: أيمن "
        "الصفدي وسامح شكري وفيصل بن فرحان.\n",
        "وعقد الرئيس الفرنسي إيمانويل ماكرون لقاء مع وزراء الخارجية الثلاثة: أيمن الصفدي وسامح "
        "شكري وفيصل بن فرحان.\n",
        "واجتمع الرئيس الفرنسي إيمانويل ماكرون بقادة الدول الثلاث: الملك عبد الله الثاني والرئيس "
        "عبد الفتاح السيسي والرئيس محمود عباس.\n",
    ):
        found = _met(_read(arabic_parser, _dated(body))[2])
        assert {p for f in found for p in f[1:]} >= {"Emmanuel Macron"}
        assert len(found) == 3, body  # Macron with each; the three are one side
        assert all("Emmanuel Macron" in f for f in found), body


def test_the_speakers_brother_is_a_style_not_a_name(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _dated(
            "وقال وزير الخارجية القطري: وفي عمّان، التقيت وزير الخارجية أيمن الصفدي بعد أن التقى "
            "أخي فيدان نظيره الأردني.\n"
        ),
    )
    assert not [m for m in mentions if m.entity.label.startswith("أخي")]
    assert met("Hakan Fidan", "Ayman al-Ṣafadī") in _met(events)


def test_no_preposition_or_institution_is_read_into_a_name(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _dated(
            "للتذكير ماكرون زار الجزائر اول مره فى اوت 2022 و كان فى استقباله وقتها رئيسة "
            "الحكومه السابقه نجلاء بودن.\n"
        ),
    )
    labels = {m.entity.label for m in mentions}
    assert not [label for label in labels if label.startswith("للتذكير") or "الحكوم" in label]
    assert met("ماكرون", "Najla Bouden") in _met(events)


def test_hosts_one_after_the_other_each_received_the_guest(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ووصل الرئيس الإيراني مسعود بزشكيان إلى بغداد، حيث استقبله رئيس الوزراء محمد شياع "
            "السوداني ثم رئيس الجمهورية عبد اللطيف جمال رشيد.\n"
        ),
    )
    found = _met(events)
    assert met("Masoud Pezeshkian", "Mohammed Shia al-Sudani") in found
    assert met("Masoud Pezeshkian", "Abdul Latif Rashid") in found
    assert met("Mohammed Shia al-Sudani", "Abdul Latif Rashid") not in found


def test_still_is_no_negation(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وما زالت أصداء زيارة الرئيس الإيراني مسعود بزشكيان حاضرة، إذ استقبله الرئيس رجب طيب "
            "أردوغان في المجمع الرئاسي.\n"
        ),
    )
    assert met("Masoud Pezeshkian", "Recep Tayyip Erdoğan") in _met(events)


def test_the_minister_named_by_his_states_adjective_is_the_one_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ووقع وزير الخارجية العراقي فؤاد حسين ونظيره التركي هاكان فيدان مذكرة تفاهم في بغداد، "
            "بعد أن استقبل رئيس الوزراء محمد شياع السوداني الوزير التركي.\n"
        ),
    )
    found = _met(events)
    assert met("Mohammed Shia al-Sudani", "Hakan Fidan") in found
    assert met("Mohammed Shia al-Sudani", "Fuad Hussein") not in found


def test_the_members_a_relative_clause_on_a_body_names(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وتعقد القمة في إطار منظمة شنغهاي للتعاون التي تنتمي إليها الصين وروسيا والهند.\n"
            "وانتقد مجلس التعاون الخليجي، الذي تنتمي إليه الكويت، القرار.\n"
            "والمغرب موش عضو في الاتحاد الأوروبي طبعا.\n"
        ),
    )
    members = {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"}
    assert {
        ("People's Republic of China", "Shanghai Cooperation Organisation"),
        ("India", "Shanghai Cooperation Organisation"),
        ("Kuwait", "Gulf Cooperation Council"),
    } <= members
    assert ("Morocco", "European Union") not in members


def test_a_state_of_a_relative_clause_on_a_body_joins_no_case(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ويذكر أن بوليفيا عضو في منظمة الدول الأمريكية التي تنتمي إليها كولومبيا وتشيلي، كما "
            "أودعت في مايو الماضي إعلان تدخلها في دعوى جنوب أفريقيا ضد إسرائيل أمام محكمة العدل "
            "الدولية.\n"
        ),
    )
    joined = {f[1] for f in facts(events) if f[0] == "joinedCase"}
    assert joined == {"Bolivia"}


def test_a_printed_speech_meets_for_its_speaker_on_any_of_its_lines(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ألقى وزير الخارجية الأردني أيمن الصفدي اليوم كلمة في منتدى الدوحة، وفيما يلي نصها:\n"
            "«أيها السادة، أشكر دولة قطر على الاستضافة.\n"
            "لقد زرت دمشق الشهر الماضي والتقيت الرئيس أحمد الشرع، وبحثنا عودة اللاجئين.\n"
            "والسلام عليكم.»\n"
        ),
    )
    assert met("Ayman al-Ṣafadī", "Ahmed al-Sharaa") in _met(events)


def test_who_took_part_in_a_session_its_chair_held_met_him(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وفي الشق الوزاري، ترأس وزير الخارجية المصري بدر عبد العاطي جلسة شارك فيها نظيره "
            "الأردني أيمن الصفدي، وبحثا الأوضاع في غزة.\n"
        ),
    )
    assert met("Badr Abdelatty", "Ayman al-Ṣafadī") in _met(events)


def test_a_time_of_day_after_a_name_is_no_part_of_it(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "وكان غروسي قد وصل إلى القاهرة، والتقى غروسي صباح اليوم وزير الخارجية المصري بدر عبد "
            "العاطي.\n"
        ),
    )
    assert not [m for m in mentions if "صباح" in m.entity.label]


def test_an_attendance_is_dated_by_its_own_clause_not_the_next(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "واجتمع وزير الخارجية السعودي فيصل بن فرحان مع الرئيس الإيراني مسعود بزشكيان في "
            "طهران.\n"
            "وفي موسكو، استقبل الرئيس الروسي فلاديمير بوتين مساء اليوم في الكرملين وزير الخارجية "
            "الإيراني عباس عراقجي.\n"
            "وحضر اللقاء مساعد الرئيس الروسي يوري أوشاكوف، ومن المقرر أن يجري عراقجي غداً محادثات "
            "مع نظيره سيرغي لافروف.\n"
        ),
    )
    found = _met(events)
    assert met("Abbas Araghchi", "يوري أوشاكوف") in found
    assert met("Masoud Pezeshkian", "يوري أوشاكوف") not in found


def test_the_dual_object_of_a_reception_is_the_two_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "8 فبراير 2024 | رئيسة الوزراء الإيطالية جورجيا ميلوني ورئيسة المفوضية الأوروبية "
            "أورسولا فون دير لاين في زيارة مشتركة لتونس، حيث استقبلهما الرئيس قيس سعيد | تونس\n"
        ),
    )
    found = _met(events)
    assert met("Kais Saied", "Giorgia Meloni") in found
    assert met("Kais Saied", "Ursula von der Leyen") in found


def test_the_leaders_of_states_are_the_leaders_the_article_names(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "القمة الثلاثية هي قمة جمعت قادة مصر وإريتريا والصومال في أسمرة يوم 10 أكتوبر 2024.\n"
            "المشاركون:\n"
            "- الرئيس الإريتري إسياس أفورقي، بصفته مضيفا.\n"
            "- الرئيس المصري عبد الفتاح السيسي.\n"
            "- الرئيس الصومالي حسن شيخ محمود.\n"
        ),
    )
    found = _met(events)
    assert met("Abdel Fattah el-Sisi", "Isaias Afwerki") in found
    assert met("Hassan Sheikh Mohamud", "Isaias Afwerki") in found
    assert not [f for f in found if "Egypt" in f or "Eritrea" in f]


def test_a_counted_committee_is_named_in_full_and_meets_in_its_host_city(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وتضم اللجنة الثلاثية المشتركة لمتابعة اتفاق بكين كلا من السعودية وإيران والصين.\n"
            "واحتضنت طهران الاجتماع الثالث للجنة الثلاثية المشتركة لمتابعة اتفاق بكين، بعد "
            "اجتماعين سابقين في بكين والرياض.\n"
        ),
    )
    committee = "اللجنة الثلاثية المشتركة لمتابعة اتفاق بكين"
    members = {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"}
    assert ("Iran", committee) in members
    held = {(f[1], f[2]) for f in facts(events) if f[0] == "heldMeetingIn"}
    assert held == {(committee, "Tehran")}


def test_the_host_of_indirect_talks_met_each_side_and_they_did_not_meet(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "واستضاف وزير الخارجية العماني بدر البوسعيدي في مسقط جولة جديدة من المحادثات غير "
            "المباشرة بين وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف.\n"
        ),
    )
    found = _met(events)
    busaidi = "Sayyid Badr bin Hamad bin Hamood AlBusaidi"
    assert met(busaidi, "Abbas Araghchi") in found
    assert met(busaidi, "ستيف ويتكوف") in found
    assert met("Abbas Araghchi", "ستيف ويتكوف") not in found


def test_a_case_named_by_its_pronoun_is_the_case_of_the_state_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وانضمت تركيا رسميا إلى جنوب أفريقيا في دعواها ضد إسرائيل أمام محكمة العدل الدولية.\n"
            "ورفعت نيكاراغوا دعواها ضد ألمانيا أمام محكمة العدل الدولية، وانضمت إليها كوبا.\n"
            "ودعوا إلى وقف الحرب ضد المدنيين.\n"
        ),
    )
    joined = {(f[1], f[2]) for f in facts(events) if f[0] == "joinedCase"}
    assert joined == {
        ("Turkey", "South Africa v. Israel (Genocide Convention)"),
        ("Cuba", "نيكاراغوا ضد ألمانيا"),
    }


def test_states_listed_with_kull_min_before_their_declarations_join_the_case(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وتقدمت كل من كولومبيا وليبيا والمكسيك بإعلانات تدخل في دعوى جنوب أفريقيا ضد "
            "إسرائيل.\n"
            "وقالت كل من مصر والأردن إن إعلانات التدخل في دعوى جنوب أفريقيا ضد إسرائيل تستحق "
            "الدعم.\n"
        ),
    )
    joined = {f[1] for f in facts(events) if f[0] == "joinedCase"}
    assert joined == {"Colombia", "Libya", "Mexico"}
