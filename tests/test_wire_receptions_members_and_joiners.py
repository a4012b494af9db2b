"""What held-out 40's errors taught, on sentences of our own: ordinary wire copy's receptions,
summits told again, members told by a pronoun and states that joined a case before another.

«والرئيس تبون، والرئيس سعيد»: a title before a surname told again is the name's own, not the
subject of a clause. «وشارك في القمة X»: the summit told in the sentence before, held where
and when that one was. «… X الذي كان في استقباله بالمطار», «وكان X في استقباله بمطار …»: X
received whoever the sentence is about. A present-tense headline's talks are not a phone call
because the article later tells a call with someone else.

«وتنتمي A و B و C إلى منظمة Y», «بينما تعد A و B عضوين كاملين فيها», «…. وهي عضو أيضاً في
«Y»»: members, however many names stand between the verb and the body, whatever adjective
follows the member word, and across the sentence the pronoun goes on from. «وبذلك تنضم X إلى
A و B …»: A and B joined the case before X.

«وشهدت القمة مشاركة X»: X took part in the summit its chair held. «عقدت اللجنة التنفيذية
لمنظمة Y … اجتماعاً، بعد اغتيال Z في طهران»: Y met, where the sentence says, not where the
event that dates the meeting happened; «وتحدث فيه X»: X spoke at it, so took part. «فالتقيا»
is a verb, not a name. «واستقبل كلاً منهما … Z»: Z received each of the two named before.
«سمعنا أن X التقى Y»: hearsay, unconfirmed. «وفداً مصرياً»: Egypt's delegation, its adjective in
the accusative. «وعقد الرئيسان X و Y لقاءً»: the dual's two names met one another. «لقاءً
ثنائياً تناول متابعة الاتفاق الموقع في أغسطس الماضي»: August is the agreement's date, not the
talks'. «نظيره العماني بدر البوسعيدي»: a counterpart's name written short is the office's holder.
«التقى X (ب)قادة حركة حماس»: meeting a body's leaders is meeting the body, and «بينهم Y» after
them is one of them. «تشارك X في اجتماعات أوبك بصفتها دولة عضواً مؤسساً»: a member.
«وفي 18 يناير عقدت «إيكواس» قمتها بشأن النيجر في أبوجا، في غياب A و B»: the body between the
verb and its summit held it, in the city after the state it was about; A and B took no part.
«وصل X على رأس وفد ضم وزير الخارجية Y، وكان Z في استقباله»: Y came with X, on his side.
"""

from __future__ import annotations

from tests.test_extraction import facts, met
from tests.test_local_officials_tours_and_receptions import _met, _read

TEBBOUNE = "Abdelmadjid Tebboune"
SAIED = "Kais Saied"


def _in_2025(body: str, headline: str = "خبر عاجل من وكالة الأنباء") -> str:
    return f"{headline}\nالأحد 9 مارس 2025\n" + body


def _memberships(events) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"}


def test_a_title_before_a_surname_told_again_is_the_names_own(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وشارك في القمة الرئيس الإندونيسي برابوو سوبيانتو، والرئيس الكيني وليام روتو، "
            "والرئيس الغاني نانا أكوفو أدو.\n"
            "وعلى هامش القمة عقد الرئيس التركي رجب طيب أردوغان لقاءات ثنائية، كلاً على حدة، "
            "مع الرئيس سوبيانتو، والرئيس روتو، والرئيس أكوفو أدو.\n"
        ),
    )
    erdogan = "Recep Tayyip Erdoğan"
    assert {met(erdogan, "Prabowo Subianto"), met(erdogan, "William Ruto")} <= _met(events)


def test_a_summit_told_again_is_held_where_and_when_the_first_sentence_says(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "ترأس الرئيس عبد الفتاح السيسي أمس السبت في مدينة العلمين أعمال القمة الثلاثية "
            "المصرية الأردنية العراقية.\n"
            "وشارك في القمة العاهل الأردني الملك عبد الله الثاني ورئيس الوزراء العراقي محمد "
            "شياع السوداني.\n"
        ),
    )
    summit = [e for e in events if e.kind == "Meeting" and len(e.participants) == 3]
    assert summit, "the summit with its three leaders"
    assert {e.location.label for e in summit if e.location} == {"العلمين"}
    assert {e.date.value for e in summit} == {"2025-03-08"}


def test_who_was_at_his_reception_received_him(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل رئيس الوزراء العراقي محمد شياع السوداني أمس السبت إلى عمّان في زيارة رسمية، "
            "تلبية لدعوة من العاهل الأردني الملك عبد الله الثاني الذي كان في استقباله بمطار "
            "ماركا.\n"
            "ووصل الرئيس التونسي قيس سعيد إلى الجزائر العاصمة، وكان الرئيس الجزائري عبد المجيد "
            "تبون في استقباله بمطار هواري بومدين الدولي.\n"
        ),
    )
    found = _met(events)
    assert met("Abdullah II of Jordan", "Mohammed Shia al-Sudani") in found
    assert met(TEBBOUNE, SAIED) in found


def test_a_later_call_with_someone_else_leaves_the_headlines_talks_held(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وأجرى فخامة الرئيس الأسبوع الماضي اتصالاً هاتفياً بالأمين العام للأمم المتحدة "
            "أنطونيو غوتيريش.\n",
            headline="الرئيس أردوغان يجري مباحثات مع نظيره الأذربيجاني إلهام علييف في باكو",
        ),
    )
    pair = {"Recep Tayyip Erdoğan", "Ilham Aliyev"}
    talks = [e for e in events if {p.label_en for p in e.participants} == pair]
    assert talks and all(e.modality is None for e in talks)


def test_members_listed_before_the_body_they_belong_to(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وتنتمي الجزائر وتونس والمغرب وموريتانيا إلى جامعة الدول العربية.\n"
            "وتحظى تركيا بصفة مراقب في منظمة شنغهاي للتعاون، بينما تعد الهند وباكستان عضوين "
            "كاملين فيها.\n"
            "تطل سلطنة عمان على بحر العرب. وهي عضو أيضاً في «مجلس التعاون الخليجي» منذ "
            "تأسيسه.\n"
        ),
    )
    found = _memberships(events)
    league = "Arab League"
    sco = "Shanghai Cooperation Organisation"
    assert {("Algeria", league), ("Tunisia", league), ("Morocco", league)} <= found
    assert {("India", sco), ("Pakistan", sco)} <= found
    assert ("Turkey", sco) not in found  # an observer
    assert ("Oman", "Gulf Cooperation Council") in found


def test_the_states_a_joiner_joins_in_a_case_joined_it_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "قدمت كندا إعلان تدخل في القضية التي رفعتها غامبيا ضد ميانمار أمام محكمة العدل "
            "الدولية.\n"
            "وبذلك تنضم أوتاوا إلى جزر المالديف وهولندا، وهي دول أودعت إعلانات للتدخل في "
            "القضية، بينما أعلنت بنغلاديش نيتها التدخل.\n"
        ),
    )
    joined = {f[1] for f in facts(events) if f[0] == "joinedCase"}
    assert {"Canada", "Maldives", "Netherlands"} <= joined
    assert "Bangladesh" not in joined and "Gambia" not in joined


def test_who_the_summit_saw_take_part_met_its_chair(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "ترأس الرئيس عبد المجيد تبون أمس السبت في الجزائر العاصمة أعمال القمة العربية.\n"
            "وشهدت القمة مشاركة الرئيس التونسي قيس سعيد، إلى جانب الرئيس الموريتاني محمد ولد "
            "الشيخ الغزواني.\n"
        ),
    )
    found = _met(events)
    assert {met(TEBBOUNE, SAIED), met(TEBBOUNE, "Mohamed Ould Ghazouani")} <= found


def test_a_bodys_committee_meets_as_the_body_where_it_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "عقدت اللجنة الدائمة لجامعة الدول العربية أمس في مقر الأمانة العامة بالقاهرة "
            "اجتماعاً طارئاً، بعد اغتيال قائد عسكري في بيروت.\n"
            "ترأس الاجتماع وزير الخارجية العراقي فؤاد حسين، وتحدث فيه الأمين العام للجامعة "
            "أحمد أبو الغيط.\n"
        ),
    )
    held = {(f[1], f[2]) for f in facts(events) if f[0] == "heldMeetingIn"}
    assert ("Arab League", "Cairo") in held
    assert not {place for body, place in held if place == "Beirut"}
    # «وتحدث فيه X»: the speaker took part in the meeting «فيه» names
    people = {"Fuad Hussein", "Ahmed Aboul Gheit"}
    assert any(people <= {p.label_en for p in e.participants} for e in events)


def test_a_meeting_verb_is_no_ones_name(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الإيراني عباس عراقجي في "
            "الرياض.\n"
            "ثم عاد الوزيران السعودي والإيراني فالتقيا في جدة نفسها في الخامس من مارس الماضي.\n"
        ),
    )
    assert not [m for m in mentions if m.entity.type == "Person" and "التقيا" in m.entity.label]


def test_each_of_the_two_arrivals_was_received_by_the_subject_after(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "ووصل إلى الرياض أمس الرئيس التونسي قيس سعيد والرئيس الجزائري عبد المجيد تبون، "
            "واستقبل كلاً منهما لدى وصوله إلى مطار الملك خالد الدولي أمير منطقة الرياض الأمير "
            "فيصل بن بندر بن سلطان.\n"
        ),
    )
    found = _met(events)
    host = [f for f in found if TEBBOUNE in f and SAIED not in f]
    assert host and [f for f in found if SAIED in f and TEBBOUNE not in f]
    assert met(TEBBOUNE, SAIED) not in found  # two guests, each received


def test_a_meeting_only_heard_of_is_unconfirmed(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "سمعنا أن الرئيس الصومالي حسن شيخ محمود التقى الرئيس الكيني وليام روتو سراً قبل "
            "القمة بأسبوع.\n"
        ),
    )
    assert not _met(events)
    assert {e.modality for e in events if e.kind == "Meeting"} == {"unconfirmed"}


def test_a_delegation_named_by_its_states_adjective_in_the_accusative(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "استقبل الرئيس الجزائري عبد المجيد تبون في قصر المرادية وفداً مصرياً رفيع المستوى "
            "حمل رسالة من الرئيس عبد الفتاح السيسي.\n"
        ),
    )
    assert met(TEBBOUNE, "Egypt") in _met(events)


def test_a_meeting_on_its_sidelines_is_held_where_that_meeting_was(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وفي الشهر الماضي دعت مصر وزراء الخارجية العرب إلى اجتماع طارئ في القاهرة، التقى "
            "على هامشه وزير الخارجية الأردني أيمن الصفدي نظيره العراقي فؤاد حسين.\n"
        ),
    )
    pair = {"Ayman al-Ṣafadī", "Fuad Hussein"}
    (talks,) = [e for e in events if {p.label_en for p in e.participants} == pair]
    assert talks.location is not None and talks.location.label == "القاهرة"


def test_the_two_a_dual_title_names_met_one_another(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "شارك الرئيس الجزائري عبد المجيد تبون والرئيس التونسي قيس سعيد في منتدى الغاز.\n"
            "وعلى هامش المنتدى عقد الرئيسان تبون وسعيد لقاءً ثنائياً تناول التعاون في مجال "
            "الطاقة.\n"
        ),
    )
    assert met(TEBBOUNE, SAIED) in _met(events)


def test_a_date_in_what_the_talks_dealt_with_is_not_the_talks(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "انعقدت أمس السبت في الدوحة قمة مجلس التعاون الخليجي برئاسة أمير قطر الشيخ تميم "
            "بن حمد آل ثاني.\n"
            "وعلى هامش القمة عقد الرئيسان تبون وسعيد لقاءً ثنائياً تناول متابعة تنفيذ "
            "الاتفاق الموقع بين بلديهما في أغسطس الماضي.\n",
            headline="الرئيس الجزائري عبد المجيد تبون والرئيس التونسي قيس سعيد في الدوحة",
        ),
    )
    pair = {TEBBOUNE, SAIED}
    talks = [e for e in events if {p.label_en for p in e.participants} == pair]
    assert talks and all(e.date.value == "2025-03-08" for e in talks if e.date.basis == "text")
    assert not [e for e in talks if e.date.value.startswith("2024-08")]


def test_a_counterpart_named_short_is_the_offices_holder(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط، حيث التقى نظيره العماني بدر "
            "البوسعيدي.\n"
        ),
    )
    busaidi = "Sayyid Badr bin Hamad bin Hamood AlBusaidi"
    assert met("Abbas Araghchi", busaidi) in _met(events)


def test_meeting_a_bodys_leaders_is_meeting_the_body(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "التقى وزير الخارجية الأردني أيمن الصفدي قادة حركة حماس في عمّان.\n"
            "وكان وزير الخارجية المصري بدر عبد العاطي قد اجتمع، الثلاثاء، بقادة حركة حماس في "
            "القاهرة، بينهم رئيس مجلس شورى الحركة محمد درويش.\n"
        ),
    )
    found = _met(events)
    assert {met("Ayman al-Ṣafadī", "Hamas"), met("Badr Abdelatty", "Hamas")} <= found
    # «بينهم Y»: Y is one of the leaders met, not on the minister's side
    (talks,) = [e for e in events if "Badr Abdelatty" in {p.label_en for p in e.participants}]
    (minister,) = [side for side in talks.sides if "Badr Abdelatty" in {p.label_en for p in side}]
    assert [p.label_en for p in minister] == ["Badr Abdelatty"]


def test_a_state_taking_part_in_its_capacity_as_a_member_is_one(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وتشارك فنزويلا في اجتماعات منظمة أوبك بصفتها دولة عضواً مؤسساً.\n"
            "وشاركت مصر في قمة مجموعة العشرين بصفتها دولة ضيفة وليست عضواً.\n"
        ),
    )
    found = _memberships(events)
    assert ("Venezuela", "OPEC") in found
    assert not [body for state, body in found if state == "Egypt"]


def test_a_body_holds_its_summit_in_the_city_after_its_topic_without_the_absent(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وفي 18 يناير عقدت «إيكواس» قمتها الاستثنائية بشأن النيجر في أبوجا، في غياب "
            "الرئيس الغيني مامادي دومبويا والرئيس المالي أسيمي غويتا.\n"
        ),
    )
    held = {(f[1], f[2]) for f in facts(events) if f[0] == "heldMeetingIn"}
    assert ("Economic Community of West African States", "Abuja") in held
    people = {p.label_en for e in events for p in e.participants}
    assert not {"Mamady Doumbouya", "Assimi Goïta"} & people


def test_who_the_summit_was_held_in_the_absence_of_took_no_part(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025("عقدت «إيغاد» قمتها الاستثنائية في كمبالا في غياب البرهان وحميدتي.\n"),
    )
    people = {p.label_en for e in events for p in e.participants}
    assert "Intergovernmental Authority on Development" in people
    assert not {"Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"} & people


def test_who_the_guests_delegation_took_along_is_on_his_side(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "ووصل الرئيس الجزائري عبد المجيد تبون صباح الخميس إلى تونس على رأس وفد ضم وزير "
            "الخارجية أحمد عطاف، وكان الرئيس التونسي قيس سعيد في استقباله بمطار تونس قرطاج.\n"
        ),
    )
    assert {met(SAIED, TEBBOUNE), met(SAIED, "Ahmed Attaf")} <= _met(events)
    assert met(TEBBOUNE, "Ahmed Attaf") not in _met(events)


def test_the_dual_titles_two_chair_the_meeting_of_a_body_it_holds(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل الرئيس الجزائري عبد المجيد تبون إلى تونس حيث استقبله الرئيس التونسي قيس سعيد.\n"
            "ثم ترأس الرئيسان تبون وسعيد في قصر قرطاج الاجتماع الأول لمجلس التعاون "
            "الاستراتيجي رفيع المستوى الجزائري التونسي.\n"
        ),
    )
    assert met(TEBBOUNE, SAIED) in _met(events)
    held = {f[1] for f in facts(events) if f[0] == "heldMeetingIn"}
    assert any("مجلس التعاون الاستراتيجي" in body for body in held)
