"""What held-out 39's errors taught, on sentences of our own: who hosted, chaired and signed,
who was absent, and words that are no one's name.

«القمة … التي استضافها X وترأسها Y، وشارك فيها Z»: X hosted the summit, Y chaired it as X's
guest, Z took part, also when the summit's long name puts the relative clause far from it and
when Y is there «بصفته رئيس الدورة الحالية» (a title, not the meeting «شارك فيها» names).
«قمة دول جوار ليبيا»: the neighbours meet about Libya, which is not among them. «بحضور X
وغياب Y», «وفي غياب Y»: Y was not there. «بحث X الأوضاع هاتفياً مع Y»: a call, though the
adverb comes after the object.

«وقّعه اللواء البحري X ممثلاً للجيش، والعميد Y ممثلاً للحركة», «وقّعه X عن الحكومة، و Y»,
«ووقع الاتفاق عن حركة فتح X، وعن حركة حماس Y»: the signers met; a capacity in the accusative
ends a name, and a rank with its grade («اللواء البحري») names the word after it, however the
tagger read it. «– طيّب الله ثراه –», ««إعلان الدوحة»», «ممثلين عن لبنان»: a prayer, a document
and unnamed representatives are no one.
"""

from __future__ import annotations

from tests.test_extraction import facts, met
from tests.test_local_officials_tours_and_receptions import _met, _read

SISI = "Abdel Fattah el-Sisi"


def _in_2025(body: str) -> str:
    return "خبر\nالأحد 9 مارس 2025\n" + body


def _people(mentions) -> set[str]:
    return {m.entity.label for m in mentions if m.entity.type == "Person"}


def test_a_host_and_a_chair_named_in_one_relative_clause_meet_who_took_part(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "انعقدت أمس في القاهرة القمة العربية الطارئة التي استضافها الرئيس عبد الفتاح "
            "السيسي وترأسها العاهل الأردني الملك عبد الله الثاني، وشارك فيها الرئيس الفلسطيني "
            "محمود عباس.\n"
        ),
    )
    assert {met(SISI, "Mahmoud Abbas"), met("Abdullah II of Jordan", "Mahmoud Abbas")} <= _met(
        events
    )


def test_the_chair_of_a_summit_with_a_long_name_is_the_hosts_guest(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "انعقدت اليوم في مدينة شرم الشيخ القمة الطارئة الرابعة لرؤساء دول وحكومات منظمة "
            "التعاون الإسلامي، التي استضافها الرئيس عبد الفتاح السيسي في قاعة المؤتمرات "
            "وترأسها الرئيس الغامبي أداما بارو بصفته رئيس الدورة الحالية للمنظمة، وشارك فيها "
            "الرئيس التركي رجب طيب أردوغان.\n"
        ),
    )
    found = _met(events)
    assert {met(SISI, "Adama Barrow"), met(SISI, "Recep Tayyip Erdoğan")} <= found
    assert met("Adama Barrow", "Recep Tayyip Erdoğan") in found  # the chair met who took part


def test_who_attended_a_summit_by_its_pronoun_met_its_host(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وكانت قمة الدوحة التي استضافها أمير قطر في التاسع من ديسمبر الماضي وحضرها الرئيس "
            "التركي رجب طيب أردوغان قد دعت إلى وقف الحرب.\n"
        ),
    )
    assert _met(events) == {met("Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani")}


def test_the_state_whose_neighbours_meet_is_not_among_them(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "افتتحت في الرياض أمس قمة دول جوار ليبيا بمشاركة الرئيس التونسي قيس سعيد والرئيس "
            "الجزائري عبد المجيد تبون.\n"
        ),
    )
    found = _met(events)
    assert met("Abdelmadjid Tebboune", "Kais Saied") in found
    assert not [fact for fact in found if "Libya" in fact]


def test_who_was_absent_did_not_meet(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "قمة الجامعة العربية تنعقد في بغداد بحضور أمير قطر وغياب ولي العهد السعودي.\n"
            "وعقدت القمة العربية في بغداد أمس بحضور أمير قطر الشيخ تميم بن حمد آل ثاني وفي "
            "غياب ولي العهد السعودي الأمير محمد بن سلمان.\n"
        ),
    )
    taking_part = {entity.label for event in events for side in event.sides for entity in side}
    assert "تميم بن حمد آل ثاني" in taking_part
    assert "محمد بن سلمان" not in taking_part


def test_a_call_told_by_an_adverb_after_the_object_is_no_meeting(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وناقش وزير الخارجية الأردني أيمن الصفدي أمس التطورات هاتفيا مع نظيره الأمريكي "
            "أنتوني بلينكن.\n"
        ),
    )
    assert not _met(events)


def test_signers_each_in_his_capacity_met(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _in_2025(
            "وقّعه في الدوحة يوم 5 مارس اللواء البحري محجوب عثمان أحمد ممثلاً للجيش، والعميد "
            "علي حسن ممثلاً للحركة.\n"
        ),
    )
    assert {"محجوب عثمان أحمد", "علي حسن"} <= _people(mentions)
    assert met("محجوب عثمان أحمد", "علي حسن") in _met(events)


def test_signers_for_the_parties_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "ووقع الاتفاق في الجزائر أمس عن حركة فتح عضو لجنتها المركزية عزام الأحمد، وعن حركة "
            "حماس عضو مكتبها السياسي موسى أبو مرزوق.\n"
            "ووقّع الاتفاق الثاني نائب رئيس الوزراء اليمني سالم بن بريك عن الحكومة، وعضو المجلس "
            "الانتقالي أحمد سعيد بن بريك، في قصر اليمامة.\n"
        ),
    )
    found = _met(events)
    assert met("عزام الأحمد", "موسى أبو مرزوق") in found
    assert met("Salem bin Breik", "أحمد سعيد بن بريك") in found


def test_in_front_of_ends_a_name(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _in_2025(
            "وفي الجلسة الختامية تصافح اليماني وعبد السلام أمام الكاميرات وسط تصفيق القاعة.\n"
            "وتصافح وزير الخارجية اليمني خالد اليماني ورئيس وفد أنصار الله محمد عبد السلام أمام "
            "الكاميرات في ريمبو.\n"
        ),
    )
    assert not [name for name in _people(mentions) if "أمام" in name]
    assert _met(events) == {met("Khalid Al-Yamani", "محمد عبد السلام")}


def test_a_prayer_a_document_and_unnamed_representatives_are_no_one(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _in_2025(
            "استقبل السلطان قابوس بن سعيد – طيّب الله ثراه – وزير الخارجية الإيراني محمد جواد "
            "ظريف في مسقط عام 2015.\n"
            "س: من وقّع «إعلان الدوحة»؟ ج: وقّعه وزير الخارجية القطري.\n"
            "عقد مجلس الجامعة العربية اجتماعا طارئا في القاهرة أمس بمشاركة ممثلين عن لبنان "
            "والعراق.\n"
        ),
    )
    people = _people(mentions)
    assert not [name for name in people if "الله" in name or "إعلان" in name or "ممثل" in name]
    assert _met(events) == {met("Mohammad Javad Zarif", "Qaboos bin Said Al Said")}


def test_the_emir_alone_is_the_countrys_emir_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "نعى الديوان الأميري أمس أمير البلاد الشيخ نواف الأحمد الجابر الصباح. وفي مارس 2022 "
            "استقبل الأمير في قصر بيان المبعوث الأممي هانس غروندبرغ.\n"
        ),
    )
    assert _met(events) == {met("Hans Grundberg", "Nawaf Al-Ahmad Al-Jaber Al-Sabah")}


def test_a_style_after_the_son_of_is_a_word_of_the_name(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل المبعوث الأممي إسماعيل ولد الشيخ أحمد إلى الكويت أمس. وبعد أن أعلن ولد الشيخ "
            "أحمد تعليق المشاورات، استقبله وزير الخارجية الكويتي الشيخ صباح الخالد الحمد الصباح.\n"
        ),
    )
    assert _met(events) == {met("Ismail Ould Cheikh Ahmed", "Sabah Al-Khalid Al-Sabah")}


def test_delegations_sitting_across_from_each_other_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وجلس وفد الحكومة برئاسة وزير الخارجية الأردني أيمن الصفدي قبالة وفد حركة حماس "
            "برئاسة خليل الحية في الدوحة أمس.\n"
        ),
    )
    assert met("Ayman al-Ṣafadī", "Khalil al-Hayya") in _met(events)


def test_a_delegation_and_its_head_are_one_side(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وجمعتنا القاعة نفسها بوفد أنصار الله برئاسة محمد عبد السلام في ستوكهولم أمس.\n"
            "وجمعت القاعة نفسها وفد الحكومة بوفد أنصار الله برئاسة محمد عبد السلام في "
            "ستوكهولم.\n"
            "وجمع لقاء في القاهرة أمس وزير الخارجية المصري بدر عبد العاطي بوفد حماس برئاسة خليل "
            "الحية.\n"
        ),
    )
    assert _met(events) == {
        met("Badr Abdelatty", "Hamas"),
        met("Badr Abdelatty", "Khalil al-Hayya"),
    }


def test_the_talks_subject_and_the_states_at_a_hosted_conference(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وانطلقت في جنيف أمس محادثات بشأن السودان استضافها المبعوث الأمريكي توم بيرييلو، "
            "بمشاركة وفد قوات الدعم السريع.\n"
            "واختتم في لندن اليوم مؤتمر دولي بشأن السودان استضافه وزير الخارجية البريطاني ديفيد "
            "لامي، وشاركت فيه مصر والسعودية والإمارات وكينيا.\n"
        ),
    )
    found = _met(events)
    assert not [fact for fact in found if "Sudan" in fact]
    lammy = {met("David Lammy", state) for state in ("Egypt", "Kenya", "Saudi Arabia")}
    assert lammy <= found


def test_a_group_named_by_its_count_is_not_the_body_it_belongs_to(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _in_2025(
            "أصدر وزراء خارجية الرباعية الخاصة بليبيا، التي تضم الولايات المتحدة وفرنسا "
            "وإيطاليا ومصر، بياناً مشتركاً أمس.\n"
            "وعقدت خماسية الاتحاد الأفريقي أول اجتماع لها في أديس أبابا أمس. والخماسية، التي "
            "انبثقت عن قمة الاتحاد الأفريقي في نواكشوط، تضم اليوم كينيا وإثيوبيا ونيجيريا.\n"
        ),
    )
    groups = {m.entity.label for m in mentions if m.entity.type == "Group"}
    assert {"الرباعية الخاصة بليبيا", "خماسية الاتحاد الأفريقي"} <= groups
    members = {f for f in facts(events) if f[0] == "memberOf"}
    assert ("memberOf", "France", "الرباعية الخاصة بليبيا") in members
    assert ("memberOf", "Nigeria", "خماسية الاتحاد الأفريقي") in members
    assert not [f for f in members if f[2] == "African Union"]


def test_each_delegation_apart_is_each_of_the_two_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "دعا وزير الخارجية المصري بدر عبد العاطي وفدي حركة فتح وحركة حماس إلى محادثات في "
            "القاهرة. والتقى عبد العاطي كل وفد على حدة في قاعة منفصلة.\n"
        ),
    )
    assert _met(events) == {met("Badr Abdelatty", "Hamas"), met("Badr Abdelatty", "Fatah")}


def test_a_town_no_table_lists_is_named_after_the_word_town(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "انعقدت أمس في مدينة عنتيبي الأوغندية القمة الطارئة للهيئة الحكومية للتنمية.\n"
            "ووصل الوفد بعد ذلك إلى مدينة كبيرة في الشمال.\n"
        ),
    )
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert meeting.location is not None and meeting.location.label == "عنتيبي"


def test_states_that_intervened_each_by_its_declaration_or_after_another_join(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وتنظر المحكمة في قضية جنوب أفريقيا ضد إسرائيل، التي تدخلت فيها كولومبيا بإعلان "
            "منفرد، وإسبانيا والمكسيك وتركيا بإعلان مشترك.\n"
            "وتدخلت أيرلندا في قضية غامبيا ضد ميانمار في 6 يناير، ولحقت بها كوبا وبليز في الشهر "
            "نفسه.\n"
        ),
    )
    joined = {(f[1], f[2]) for f in facts(events) if f[0] == "joinedCase"}
    south_africa = {state for state, case in joined if "Israel" in case}
    gambia = {state for state, case in joined if "ميانمار" in case}
    assert {"Colombia", "Spain", "Mexico", "Turkey"} <= south_africa
    assert {"Ireland", "Cuba", "Belize"} <= gambia


def test_the_guest_of_his_reception_named_past_where_and_when(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "بحث رئيس الوزراء العراقي محمد شياع السوداني، خلال استقباله في بغداد اليوم الأحد "
            "وزير الخارجية الإيراني عباس عراقجي، العلاقات الثنائية.\n"
        ),
    )
    assert _met(events) == {met("Abbas Araghchi", "Mohammed Shia al-Sudani")}


def test_a_call_told_by_the_phrase_that_opens_the_sentence_is_no_meeting(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وفي اتصال هاتفي، بحث الرئيس المصري عبد الفتاح السيسي مع نظيره الفرنسي إيمانويل "
            "ماكرون تطورات الأوضاع في غزة.\n"
            "وبعد اتصال هاتفي مع الرئيس الأمريكي، استقبل الرئيس المصري عبد الفتاح السيسي "
            "العاهل الأردني الملك عبد الله الثاني.\n"
        ),
    )
    assert _met(events) == {met(SISI, "Abdullah II of Jordan")}


def test_the_head_of_a_delegation_sits_on_its_side(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "والتقى وفد من حركة حماس برئاسة خليل الحية مع رئيس المخابرات المصرية حسن رشاد في "
            "القاهرة.\n"
        ),
    )
    assert _met(events) == {met("Hamas", "Hassan Rashad"), met("Hassan Rashad", "Khalil al-Hayya")}


def test_partners_listed_among_an_unnamed_group(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وعقد الرئيس التونسي قيس سعيد على هامش القمة لقاءات مع عدد من القادة، بينهم الرئيس "
            "البرازيلي لويس إيناسيو لولا دا سيلفا.\n"
        ),
    )
    assert _met(events) == {met("Kais Saied", "Luiz Inácio Lula da Silva")}


def test_a_state_that_supports_a_body_without_being_a_member_is_none(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وتضم مجموعة الخمس في الساحل موريتانيا ومالي والنيجر وبوركينا فاسو وتشاد، فيما تدعم "
            "فرنسا قوتها المشتركة دون أن تكون عضوا فيها.\n"
        ),
    )
    members = {f[1] for f in facts(events) if f[0] == "memberOf"}
    assert {"Mali", "Chad"} <= members
    assert "France" not in members
