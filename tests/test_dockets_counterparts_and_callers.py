"""What held-out 36's errors taught, on sentences of our own: a docket's lines, counterparts
and leaders listed by name, a meeting told by who called it or chaired it, talks owned by a
traveller's leaving, a debunked meeting, and bodies named again by their head word.

«القضية: X ضد Y (…) | المدعية: … | المتدخلون: A وB، ثم C | …»: a docket's line names its case
by the parties after the label (which the reader takes off as a cue, since it opens every
entry), and a field labelled by an intervener noun names every state of its value, up to the
next «|», as joining that case, when the value is a list of states right after the colon.

«نظراؤه المالي X والنيجري Y»: a plural of «نظير» is a title each state's adjective and name
follow (the pronoun glued or cut off), so a name kg does not know is a person there, and a
first name read with the title is still the first of the list; a given name written with the
article («الطاهر», «الحسن») opens a name there. «الرؤساء X وY»: leaders named without their
states are each a person, and a visitor met them all. «ترأس X القمة بحضور نظرائه A و B»: the
chair met the counterparts who attended (the parse may tag «نظرائه» an adjective), the group
whose summit it is holds it and is no side, and a guest named again after «ثم» in the same
sentence does not make the one summit several.

«الاجتماع الذي دعا إليه X، وشارك فيه Y»: who called the meeting held it, and met whoever took
part. «بعد ساعات من مغادرة الوزير X العاصمة إثر مباحثاته مع Y»: the talks are the leaver's.
«الصورة المتداولة عن «لقاء X وY» مفبركة»: a meeting a debunking calls made up is denied.

«استضافت X اجتماعا بعد انضمامها إلى Y»: «ها» is the subject of the verb the joining noun
depends on. «الهيئة», «اللجنة»: the authority or committee named last, unless a definite word
follows and describes another («اللجنة المكلفة بمتابعة التنفيذ»); the members «كلا من» lists
come after a participle's phrase set off by commas («، المشكلة بقرار من مجلس الجامعة،»).
«تنتمي X وY معا إلى A وB»: the states between the verb and «إلى» are no distance, and each
body «و» joins to the first is joined too; «…، كما تنتمي إلى A»: the state the sentence
opened with; «دول أعضاء في الحلف مثل A وB»: members given as examples, up to a preposition
that opens another phrase («، وإلى C»). «عاد المغرب إلى الاتحاد», «عودة سوريا إلى الجامعة»:
a return to a body is a membership, never the joining of a case. «استقبال الرئيس X الإمامَ Y»:
the host in the genitive, a titled guest («الإمام» a title) in the accusative right after.
«الرئيسين الغاني X والإيفواري Y»: a definite dual title, each state's adjective and holder.
"""

from __future__ import annotations

from tests.test_extraction import facts, met
from tests.test_local_officials_tours_and_receptions import _dated, _met, _read
from tests.test_pacts_lists_and_sidelines import _members


def _joined(events) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for relation, state, case in facts(events):
        if relation == "joinedCase":
            found.setdefault(case, set()).add(state)
    return found


_DOCKET = (
    "جدول القضايا المنظورة\n"
    "الأحد 9 مارس 2025\n"
    "القضية: أوكرانيا ضد روسيا (ادعاءات الإبادة الجماعية) | المدعية: أوكرانيا | المدعى عليها: "
    "الاتحاد الروسي | المتدخلون: ليتوانيا ولاتفيا بإعلان مشترك، ثم بولندا وإستونيا | "
    "المرحلة: الاعتراضات الأولية.\n"
    "القضية: نيكاراغوا ضد ألمانيا (تقديم المساعدة لإسرائيل) | المدعية: نيكاراغوا | المدعى "
    "عليها: ألمانيا | الحالة: لا متدخلين حتى الآن.\n"
)


def test_a_docket_line_names_its_case_and_its_interveners(arabic_parser):
    _, _, events = _read(arabic_parser, _DOCKET)
    joined = _joined(events)
    assert len(joined) == 1
    (states,) = joined.values()
    assert states == {"Lithuania", "Latvia", "Poland", "Estonia"}


def test_a_field_of_interveners_inside_a_sentence_stops_at_the_bar(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ويتضمن ملف دعوى جنوب أفريقيا ضد إسرائيل | الدول المتدخلة بطلبات مودعة: كولومبيا "
            "وليبيا والمكسيك | الدول المؤيدة: ماليزيا وتركيا.\n"
        ),
    )
    (states,) = _joined(events).values()
    assert states == {"Colombia", "Libya", "Mexico"}


def test_a_field_that_opens_with_a_clause_is_no_list_of_interveners(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "المتدخلون: لم تودع أي دولة إعلان تدخل في قضية أرمينيا ضد أذربيجان حتى الآن، بخلاف "
            "قضية أوكرانيا ضد روسيا التي تدخلت فيها دول بينها ليتوانيا ولاتفيا.\n"
        ),
    )
    joiners = set().union(*_joined(events).values())
    assert joiners == {"Lithuania", "Latvia"}


def test_counterparts_listed_state_by_state_are_people_kg_does_not_know(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _dated(
            "وعقد وزير الخارجية المغربي ناصر بوريطة في الرباط اجتماعا مع نظرائه الغابوني "
            "ريجيس أونانغا ندياي والتشادي عبد الرحمن كلام الله والنيجري بكاري ياو سانغاري.\n"
        ),
    )
    people = {m.entity.label: m.represents for m in mentions if m.entity.type == "Person"}
    assert "بكاري ياو سانغاري" in people
    assert people["بكاري ياو سانغاري"].label_en == "Niger"
    assert met("Nasser Bourita", "بكاري ياو سانغاري") in _met(events)
    # the tables know Chad's foreign minister, read now past the adjective «والتشادي»
    assert met("Nasser Bourita", "Abderaman Koulamallah") in _met(events)


def test_counterparts_after_a_known_first_one_each_with_his_state(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "استقبل الرئيس السنغالي ماكي سال في داكار نظراءه المالي إبراهيم بوبكر كيتا "
            "والبوركيني روك مارك كريستيان كابوري والنيجري محمدو إيسوفو والغامبي أداما بارو.\n"
        ),
    )
    guests = {b if a == "Macky Sall" else a for _, a, b in _met(events)}
    assert guests == {
        "إبراهيم بوبكر كيتا",
        "Roch Marc Christian Kaboré",  # known, read past the adjective «والبوركيني»
        "Mahamadou Issoufou",
        "Adama Barrow",
    }


def test_a_given_name_with_the_article_opens_a_counterparts_name(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "استقبل وزير الخارجية الجزائري أحمد عطاف في الجزائر العاصمة نظراءه التونسي نبيل "
            "عمار والليبي الطاهر الباعور.\n"
        ),
    )
    assert met("Ahmed Attaf", "الطاهر الباعور") in _met(events)


def test_leaders_named_without_their_states_after_a_plural_title(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "زار رئيس الوزراء الإثيوبي آبي أحمد بيساو وفريتاون، حيث التقى الرؤساء عمر سيسوكو "
            "إمبالو وجوليوس مادا بيو.\n"
        ),
    )
    assert _met(events) == {
        met("Abiy Ahmed Ali", "Umaro Sissoco Embaló"),
        met("Abiy Ahmed Ali", "Julius Maada Bio"),
    }


def test_counterparts_who_attended_a_summit_its_chair_received(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ترأس الرئيس الكيني وليام روتو قمة الهيئة بحضور نظرائه يويري موسيفيني وبول كاغامي "
            "وحسن شيخ محمود.\n"
        ),
    )
    assert _met(events) == {
        met("William Ruto", "Yoweri Museveni"),
        met("William Ruto", "Paul Kagame"),
        met("William Ruto", "Hassan Sheikh Mohamud"),
    }


def test_a_summit_told_before_another_with_a_guest_again_is_one_meeting(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "الأسبوع 2 – قمة نيروبي (12 يونيو 2024): ترأس الرئيس الكيني وليام روتو قمة المجموعة "
            "بحضور نظرائه يويري موسيفيني وبول كاغامي، وبمشاركة رئيس الوزراء الإثيوبي آبي أحمد "
            "حضورياً؛ ثم قمة كمبالا في يناير 2025 التي شارك فيها كاغامي عن بعد.\n"
        ),
    )
    (summit,) = [e for e in events if e.kind == "Meeting"]
    assert {e.type for side in summit.sides for e in side} == {"Person"}
    assert {met("William Ruto", "Yoweri Museveni"), met("William Ruto", "Paul Kagame")} <= _met(
        events
    )


def test_a_joining_noun_with_a_pronoun_is_the_joining_of_the_clauses_subject(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated("وفي يونيو 2023 استضافت فنلندا اجتماعا وزاريا بعد انضمامها إلى حلف شمال الأطلسي.\n"),
    )
    assert ("memberOf", "Finland", "NATO") in facts(events)


def test_who_called_a_meeting_met_those_who_took_part(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وانعقد المؤتمر الذي دعت إليه رئيسة الوزراء الإيطالية جورجيا ميلوني في روما، وشارك "
            "فيه الرئيس التونسي قيس سعيد.\n"
        ),
    )
    assert met("Giorgia Meloni", "Kais Saied") in _met(events)


def test_a_meeting_called_and_stayed_away_from_is_no_meeting(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ورفضت الحكومة المؤتمر الذي دعا إليه المبعوث الأممي غير بيدرسن، ولم يشارك فيه "
            "وزير الخارجية السوري فيصل المقداد.\n"
        ),
    )
    assert not _met(events)


def test_talks_hung_on_a_leaving_are_the_leavers(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وجاء الإعلان بعد يوم من مغادرة وزير الخارجية التركي هاكان فيدان بغداد إثر "
            "محادثاته مع نظيره العراقي فؤاد حسين.\n"
        ),
    )
    assert met("Hakan Fidan", "Fuad Hussein") in _met(events)


def test_a_meeting_a_debunking_calls_made_up_is_denied(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "زار الرئيس التونسي قيس سعيد الجزائر في فبراير، واستقبله الرئيس عبد المجيد تبون.\n"
            'تنويه: الصورة المتداولة عن "لقاء تبون وسعيد في الدوحة" مفبركة.. لم يزر أي منهما '
            "قطر ذلك الأسبوع.\n"
        ),
    )
    in_doha = [e for e in events if e.kind == "Meeting" and e.location is not None]
    assert [e.location.label_en for e in in_doha] == ["Doha"]
    assert in_doha[0].modality == "denied"


def test_an_authority_or_a_committee_named_again_by_its_head_word(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "استضافت جيبوتي قمة للهيئة الحكومية للتنمية «إيغاد» بشأن الصومال.\n"
            "وتضم الهيئة، إلى جانب جيبوتي، كلاً من إثيوبيا وكينيا وأوغندا.\n"
            "وترأس وزير الخارجية الأردني أيمن الصفدي اجتماع لجنة الاتصال الوزارية العربية بشأن "
            "ليبيا.\n"
            "وتضم اللجنة، المشكلة بقرار من مجلس جامعة الدول العربية، كلا من الأردن والجزائر "
            "وتونس.\n"
            "وكتبت اللجنة الدولية للصليب الأحمر أن فرقها تسلمت المحتجزين.\n"
            "وتضم اللجنة المكلفة بمتابعة التنفيذ ممثلين عن قطر ومصر.\n"
        ),
    )
    members = _members(events)
    igad = "Intergovernmental Authority on Development"
    assert {("Ethiopia", igad), ("Kenya", igad), ("Uganda", igad)} <= members
    contact = {state for state, body in members if "لجنة الاتصال" in body}
    assert contact == {"Jordan", "Algeria", "Tunisia"}
    assert not {
        state for state, body in members if body == "International Committee of the Red Cross"
    }


def test_belonging_to_several_bodies_with_subjects_between_or_left_out(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وتعد مصر عضوا في الاتحاد الأفريقي، فيما تنتمي الجزائر وتونس معا إلى منظمة التعاون "
            "الإسلامي.\n"
            "وتنتمي كندا إلى حلف شمال الأطلسي ومجموعة السبع.\n"
            "يذكر أن الكويت عضو في منظمة «أوبك» منذ 1960، كما تنتمي إلى منظمة الأقطار العربية "
            "المصدرة للبترول.\n"
            "وباعت الشركة مسيّرات إلى دول أعضاء في حلف شمال الأطلسي مثل بولندا ورومانيا، وإلى "
            "أوكرانيا التي لا تتمتع بعضوية الحلف.\n"
        ),
    )
    members = _members(events)
    oic, oapec = (
        "Organisation of Islamic Cooperation",
        "Organization of Arab Petroleum Exporting Countries",
    )
    assert {("Algeria", oic), ("Tunisia", oic), ("Canada", "G7"), ("Kuwait", oapec)} <= members
    assert {("Poland", "NATO"), ("Romania", "NATO")} <= members
    assert ("Ukraine", "NATO") not in members


def test_a_return_to_a_body_is_a_membership_not_a_case_joining(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ويذكر أن المغرب عاد إلى الاتحاد الأفريقي في يناير 2017.\n"
            "ورحب الوزير بعودة سوريا إلى جامعة الدول العربية في مايو 2023.\n"
            "وعادت المحكمة إلى النظر في دعوى جنوب أفريقيا ضد إسرائيل.\n"
        ),
    )
    found = facts(events)
    assert {("memberOf", "Morocco", "African Union"), ("memberOf", "Syria", "Arab League")} <= found
    assert not [f for f in found if f[0] == "joinedCase"]


def test_a_reception_noun_with_its_host_and_a_titled_guest_in_the_accusative(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ويقف التقرير عند استقبال الرئيس عبد المجيد تبون الإمامَ محمود ديكو في 19 ديسمبر 2023.\n"
        ),
    )
    assert met("Abdelmadjid Tebboune", "محمود ديكو") in _met(events)


def test_a_definite_dual_title_with_each_states_adjective_and_name(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "واستقبل الرئيس النيجيري بولا تينوبو الرئيسين الغاني نانا أكوفو أدو والإيفواري "
            "الحسن واتارا.\n"
        ),
    )
    assert met("Bola Tinubu", "Alassane Ouattara") in _met(events)
