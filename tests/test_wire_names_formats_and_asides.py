"""What held-out 41's errors taught, on sentences of our own: names that look like words or
titles, formats named by a city, and objects the parse leaves hanging.

«أمير خان متقي», then «متقي»: a name the tables know is one, whatever its first word («أمير» is
also a title); «المولوي» before it is a style. «وزير الخارجية الهندي X Y متقي»: a person named
in full before, come back by his family name, ends another's name read after a title (not
when it is that title's holder, nor the end of the same name written whole again). «المتحدث
باسمها ذبيح الله مجاهد»: whose spokesman goes with the title, and a family name follows a
given name ending in «الله». «السفير الفرنسي لدى المملكة X»: the posting is part of the title.
«زامير كابولوف، المبعوث الخاص للرئيس الروسي»: a title set off after a name, or another's envoy,
is not the envoy the article named first.

«صيغة موسكو», «صيغة أستانا»: a format named by the city it first met in is a body, not the
city. «فالتقى في 12 أيلول X»: the object after a date the parse hung it under;
«التقى X، اليوم الأربعاء، Y»: after a time set off by commas; «فالتقى A، ثم B»: one more
object after «ثم». «عقد X لقاءين»: the light verb's subject, which the parse took for its
object. «استقبل X سفراء دول Y: السفيرة A، والسفير B»: the names after the colon are the
object the verb's phrase announced. «أما X فالتقى Y»: the topic «أما» sets up is the verb's
subject.

«عقدت لجنة «الميكانيزم» جلستها»: a body named in quotes after its head noun holds the meeting;
«أن اللجنة «ستجتمع بانتظام»»: words quoted after the noun that begin with a verb are what was
said of it, no name. «السفير السابق X رئيساً للوفد»: his role in the accusative is no word of
his name. «وكان في استقباله وزير الخارجية اللبناني X وسفير المملكة لدى لبنان Y»: the guest's
own ambassador stood with him. «ثم استقبله X بحضور Y»: «ثم» before the verb lists no second
guest, so Y attended the one meeting. «وطالبان تعتذر عن الحضور»: the one who declined was not
there. «بينما لم تكن الكويت عضواً فيه», «وليست سويسرا عضواً»: a negated copula before the
state denies the membership (not across a clause: «ليست أعضاء فيه؛ أعضاؤه ست دول: …»). «في
حزيران الماضي، التقى خلالها في 22 منه»: the day of the month told before.

«لجنة الإشراف على تطبيق الاتفاق …، المعروفة بـ«الميكانيزم»»: the body a long description is
known by. «وتضم اللجنة الولايات المتحدة …», «وتضم اللجنة إلى جانب A و B كلاً من C»: the
committee named before, whose members the names after it are (a name, or «إلى», after the
anaphor is no description of another committee). «اللجنة الخماسية الخاصة بلبنان»: the
committee's name is its head and its count. «وزير الخارجية والمغتربين اللبناني X»: the
foreign minister's title with its portfolio's other half.

«فالتقى A، ثم B بحضور C»: «ثم» lists a guest only when the first name after it is one, so C
attended the one meeting on the visitor's side. «وصل X إلى بيروت، وغادرها الأحد إلى الرياض
حيث التقى Y»: who left for the city is X, not the city left («ها») or the day the parse took
for a subject. «والقائم بأعمال وزير الخارجية X»: «القائم» (acting) is no name. «واللجنة
عقدت اجتماعها»: the committee named before, the conjunction glued to it left out, held it.
«وتشارك إيران في «صيغة موسكو» للتشاور بشأن أفغانستان، التي تضم A و B»: what a format is for
may stand between it and the relative clause that lists its members. «اختتمت أعمال الاجتماع
الثالث للمبعوثين الخاصين …، الذي عقدته الأمم المتحدة»: the body a relative clause says held
the meeting convened it, past the noun's own words however the parse broke them. «منتدى
الحوار الأمني "كواد"»: the body is the name in quotation marks after what it is.
"""

import datetime

from kg.dates import find_dates
from tests.test_extraction import facts, met
from tests.test_local_officials_tours_and_receptions import _met, _read
from tests.test_wire_receptions_members_and_joiners import _memberships

MUTTAQI = "Amir Khan Muttaqi"
LAVROV = "Sergey Lavrov"
MIKATI = "Najib Mikati"


def _in_2025(body: str) -> str:
    return "خبر عاجل من وكالة الأنباء\nالأحد 9 مارس 2025\n" + body


def _people(mentions) -> set[str]:
    return {m.entity.label for m in mentions if m.entity.type == "Person"}


def test_a_known_name_whose_first_word_is_a_title_is_named_again_by_its_family_name(
    arabic_parser,
):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل القائم بأعمال وزير الخارجية الأفغاني المولوي أمير خان متقي إلى موسكو أمس.\n"
            "وكان وزير الخارجية الروسي سيرغي لافروف قد اجتمع مع متقي في أكتوبر الماضي.\n"
        ),
    )
    assert met(LAVROV, MUTTAQI) in _met(events)


def test_a_style_before_a_known_name_is_no_person(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025("وكان في استقبال الوزير بالمطار وزير الخارجية الأفغاني مولوي أمير خان متقي.\n"),
    )
    assert not any("مولوي" in label for label in _people(mentions))


def test_a_family_name_told_again_ends_anothers_name_after_a_title(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _in_2025(
            "التقى القائم بأعمال وزير الخارجية الأفغاني أمير خان متقي نظيره الإيراني أمس.\n"
            "ولم يلتق وزير الخارجية الهندي سوبراهمانيام جايشانكار متقي حتى الآن.\n"
            "وأجرى وزير الخارجية الصيني وانغ يي اليوم محادثات مع متقي في بكين.\n"
        ),
    )
    assert "سوبراهمانيام جايشانكار" in _people(mentions)
    assert met("Wang Yi", MUTTAQI) in _met(events)


def test_the_same_name_written_whole_again_is_not_cut(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "هو جين تاو يستقبل الأسد في بكين\n"
            "استقبل الرئيس الصيني هو جين تاو الرئيس السوري بشار الأسد في بكين.\n"
        ),
    )
    assert "هو جين" not in _people(mentions)


def test_a_spokesmans_title_takes_whose_and_a_theophoric_name_its_family_name(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "وشارك في المحادثات وفد من حركة طالبان برئاسة المتحدث باسمها ذبيح الله مجاهد.\n"
            "وقال الناطق باسم الخارجية الإيرانية إسماعيل بقائي إن الجولة المقبلة ستعقد قريباً.\n"
        ),
    )
    assert {"ذبيح الله مجاهد", "إسماعيل بقائي"} <= _people(mentions)


def test_a_family_name_after_a_given_name_with_a_link_is_read_whole(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "التقى قائد قوات الدعم السريع محمد حمدان دقلو الرئيس الكيني وليام روتو.\n"
            "وحضر اللقاء نائب قائد القوات عبد الرحيم دقلو.\n"
        ),
    )
    assert "عبد الرحيم دقلو" in _people(mentions)


def test_an_ambassador_posted_to_the_kingdom_is_named_after_his_posting(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان الموفد الفرنسي جان إيف لودريان، "
            "بحضور السفير الفرنسي لدى المملكة لودوفيك بوي.\n"
        ),
    )
    assert "لودوفيك بوي" in _people(mentions)


def test_a_title_set_off_after_a_name_or_anothers_envoy_is_not_the_first_envoy(
    arabic_parser,
):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "وحضر الاجتماع المبعوث الخاص لأفغانستان توماس ويست.\n"
            "وترأس الوفد الروسي زامير كابولوف، المبعوث الخاص للرئيس الروسي.\n"
            "والتقى المبعوث الخاص لوزير الخارجية القطري فيصل بن عبدالله الحنزاب رئيسة البعثة.\n"
        ),
    )
    west = [m for m in mentions if m.entity.label == "توماس ويست"]
    assert len(west) == 1


def test_a_format_named_by_a_city_is_a_body_not_the_city(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "وتشارك إيران في «صيغة موسكو» للتشاور بشأن أفغانستان، التي تضم روسيا والصين "
            "والهند وإيران وباكستان.\n"
        ),
    )
    assert any(m.entity.label == "صيغة موسكو" for m in mentions)
    assert not any(m.entity.type == "City" for m in mentions)


def test_the_object_after_a_date_the_parse_hung_it_under(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل الموفد الفرنسي جان إيف لودريان إلى بيروت أمس، فالتقى في 12 أيلول نجيب "
            "ميقاتي في السراي الحكومي.\n"
        ),
    )
    assert met("Jean-Yves Le Drian", MIKATI) in _met(events)


def test_the_object_after_a_time_set_off_by_commas(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "التقى وزير الخارجية المصري بدر عبد العاطي، اليوم الأحد، نظيره الأردني أيمن "
            "الصفدي في عمان.\n"
        ),
    )
    assert met("Badr Abdelatty", "Ayman al-Ṣafadī") in _met(events)


def test_one_more_object_after_then(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل الموفد الفرنسي جان إيف لودريان إلى بيروت، فالتقى رئيس المجلس في عين التينة، "
            "ثم نجيب ميقاتي في السراي الحكومي.\n"
        ),
    )
    assert met("Jean-Yves Le Drian", MIKATI) in _met(events)


def test_the_subject_of_a_light_verb_the_parse_took_for_its_object(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وقال المتحدث باسم الحكومة ذبيح الله مجاهد إن الوفد وصل إلى الدوحة.\n"
            "وعلى هامش الاجتماع، عقد مجاهد لقاءً مع المبعوث الإيراني حسن كاظمي قمي.\n"
        ),
    )
    assert met("ذبيح الله مجاهد", "حسن كاظمي قمي") in _met(events)
    assert not any(f[0] == "met" and "مجاهد" not in f[1] + f[2] for f in facts(events))


def test_the_names_after_a_colon_are_the_object_the_verb_announced(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "استقبل رئيس مجلس النواب نبيه بري أمس في عين التينة سفراء دول اللجنة الخماسية: "
            "السفيرة الأميركية ليزا جونسون، والسفير الفرنسي هيرفيه ماغرو.\n"
        ),
    )
    found = _met(events)
    assert met("Nabih Berri", "ليزا جونسون") in found
    assert met("ليزا جونسون", "هيرفيه ماغرو") not in found


def test_the_topic_as_for_sets_up_is_the_subject(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وحضر القمة وزير الخارجية المصري بدر عبد العاطي.\n"
            "أما عبد العاطي فالتقى في الأيام الماضية نظيره الأردني أيمن الصفدي.\n"
        ),
    )
    assert met("Badr Abdelatty", "Ayman al-Ṣafadī") in _met(events)


def test_a_body_named_in_quotes_after_its_head_noun_holds_the_meeting(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _in_2025(
            "عقدت لجنة «الميكانيزم» أمس جلستها الرابعة عشرة في الناقورة، بمشاركة السفير "
            "السابق سيمون كرم رئيساً للوفد اللبناني.\n"
            "ونص البيان على أن اللجنة «ستجتمع بانتظام» لتنسيق عملها.\n"
        ),
    )
    meetings = [e for e in events if e.kind == "Meeting"]
    assert any("الميكانيزم" in {p.label for p in e.participants} for e in meetings)
    assert "سيمون كرم" in _people(mentions)
    assert not any("ستجتمع" in m.entity.label for m in mentions)


def test_the_guests_own_ambassador_who_received_him_is_on_his_side(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى بيروت صباح اليوم، وكان في "
            "استقباله في المطار وزير الخارجية اللبناني عبدالله بوحبيب وسفير خادم الحرمين "
            "الشريفين لدى لبنان وليد بخاري.\n"
        ),
    )
    found = _met(events)
    assert met("Faisal bin Farhan Al Saud", "عبدالله بوحبيب") in found
    assert met("Faisal bin Farhan Al Saud", "وليد بخاري") not in found


def test_then_before_the_verb_lists_no_second_guest(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وترأس الاجتماع الجنرال الأميركي جاسبر جيفرز.\n"
            "وكان جيفرز قد زار الناقورة أمس حيث التقى قائد القوة الدولية، ثم استقبله "
            "الرئيس نبيه بري في عين التينة بحضور السفيرة الاميركية ليزا جونسون.\n"
        ),
    )
    together = [
        {p.label for p in e.participants}
        for e in events
        if e.kind == "Meeting" and "نبيه بري" in {p.label for p in e.participants}
    ]
    assert together == [{"نبيه بري", "جاسبر جيفرز", "ليزا جونسون"}]


def test_one_who_declined_to_attend_was_not_there(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        "خط زمني: مسار الدوحة\n"
        "صحيفة | تسلسل زمني | الأربعاء 2 يوليو 2025\n"
        "1-2 مايو 2023: الأمين العام للأمم المتحدة أنطونيو غوتيريش يرأس في الدوحة اجتماعاً "
        "مغلقاً للمبعوثين الخاصين.\n"
        "18-19 فبراير 2024: غوتيريش يعقد الاجتماع الثاني للمبعوثين في الدوحة، وطالبان تعتذر "
        "عن الحضور لأن شروطها لم تقبل.\n",
    )
    assert not any("Taliban" in {p.label_en for p in e.participants} for e in events)


def test_a_negated_copula_denies_a_membership_within_its_clause(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وتعد البحرين عضواً في مجلس التعاون لدول الخليج العربية، بينما لم تكن اليمن "
            "عضواً فيه.\n"
            "وليست سويسرا عضواً في الاتحاد الأوروبي.\n"
            "صارت مصر والأردن أعضاء في حلف شمال الأطلسي؟ لا، ليست أعضاء فيه؛ أعضاؤه "
            "الولايات المتحدة وكندا وفرنسا.\n"
        ),
    )
    members = _memberships(events)
    assert ("Bahrain", "Gulf Cooperation Council") in members
    assert ("Yemen", "Gulf Cooperation Council") not in members
    assert ("Switzerland", "European Union") not in members
    assert ("Canada", "NATO") in members


def test_the_day_of_the_month_told_before():
    text = "زار بيروت في حزيران الماضي، التقى خلالها في 22 منه رئيس الحكومة"
    dates = find_dates(text, datetime.date(2023, 7, 19))
    assert [(d.value, d.precision) for d in dates] == [("2023-06", "month"), ("2023-06-22", "day")]


def test_a_body_known_by_a_quoted_name_has_the_members_the_committee_anaphor_lists(
    arabic_parser,
):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "عقدت لجنة الإشراف على تطبيق اتفاق وقف الأعمال العدائية بين لبنان وإسرائيل، "
            "المعروفة بـ«الميكانيزم»، اجتماعها الأول أمس في الناقورة.\n"
            "وتضم اللجنة إلى جانب الولايات المتحدة وفرنسا كلاً من لبنان وإسرائيل.\n"
        ),
    )
    members = _memberships(events)
    assert {("France", "الميكانيزم"), ("Israel", "الميكانيزم")} <= members
    meetings = [e for e in events if e.kind == "Meeting"]
    assert [{p.label for p in e.participants} for e in meetings] == [{"الميكانيزم"}]


def test_a_committee_named_by_its_count_is_its_head_and_count(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "اختتمت اللجنة الخماسية الخاصة بلبنان، التي تضم الولايات المتحدة وفرنسا ومصر، "
            "اجتماعها الثاني أمس في الدوحة.\n"
        ),
    )
    assert ("Egypt", "اللجنة الخماسية") in _memberships(events)


def test_a_foreign_ministers_title_with_its_portfolios_other_half(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025("وقال وزير الخارجية والمغتربين اللبناني عبدالله بوحبيب إن الزيارة مهمة.\n"),
    )
    (minister,) = [m for m in mentions if m.entity.label == "عبدالله بوحبيب"]
    assert minister.represents is not None and minister.represents.label_en == "Lebanon"


def test_then_lists_a_guest_only_when_a_guest_is_named_after_it(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وتابع الموفد الرئاسي الفرنسي جان إيف لودريان الجلسة.\n"
            "وكان لودريان في بيروت، فالتقى في 12 أيلول رئيس المجلس في عين التينة، ثم نجيب "
            "ميقاتي في السراي الحكومي بحضور السفير الفرنسي هيرفيه ماغرو.\n"
        ),
    )
    found = _met(events)
    assert met(MIKATI, "هيرفيه ماغرو") in found
    assert met("Jean-Yves Le Drian", "هيرفيه ماغرو") not in found


def test_who_left_for_the_city_where_he_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل الموفد السعودي الأمير يزيد بن فرحان إلى بيروت الجمعة، وغادرها الأحد إلى "
            "الرياض حيث التقى الموفد الأميركي آموس هوكشتاين.\n"
        ),
    )
    assert met("آموس هوكشتاين", "يزيد بن فرحان") in _met(events)


def test_acting_is_no_name(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "جمع وزير الخارجية الصيني وانغ يي أمس وزير الخارجية الباكستاني إسحاق دار والقائم "
            "بأعمال وزير الخارجية الأفغاني أمير خان متقي.\n"
        ),
    )
    assert "القائم" not in _people(mentions)


def test_a_body_anaphor_after_a_conjunction_holds_the_meeting(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "استقبل الرئيس أمس سفراء دول اللجنة الخماسية.\n"
            "واللجنة عقدت اجتماعها الأول في باريس في 6 شباط 2023.\n"
        ),
    )
    held = [e for e in events if e.kind == "Meeting" and e.location is not None]
    assert [(e.location.label_en, e.date.value) for e in held] == [("Paris", "2023-02-06")]


def test_what_a_format_is_for_stands_before_the_clause_that_lists_its_members(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وتشارك إيران في «صيغة موسكو» للتشاور بشأن أفغانستان، التي تضم روسيا والصين "
            "والهند وباكستان.\n"
        ),
    )
    assert {("India", "صيغة موسكو"), ("Pakistan", "صيغة موسكو")} <= _memberships(events)


def test_the_body_a_relative_clause_says_held_the_meeting_convened_it(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "اختتمت في الدوحة اليوم أعمال الاجتماع الثالث للمبعوثين الخاصين المعنيين "
            "بأفغانستان، الذي عقدته الأمم المتحدة على مدى يومين.\n"
        ),
    )
    assert ("heldMeetingIn", "United Nations", "Doha") in facts(events)


def test_a_body_is_the_quoted_name_after_what_it_is(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            'وشارك الوزير في اجتماع منتدى الحوار الأمني "كواد"، الذي يضم الولايات المتحدة '
            "واليابان والهند وأستراليا.\n"
        ),
    )
    assert {("India", "كواد"), ("Japan", "كواد")} <= _memberships(events)
