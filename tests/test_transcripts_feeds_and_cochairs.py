"""What held-out 34's errors taught about meetings, on sentences of our own: a video
transcript's time codes and a text-message feed's clock stamps, lines without a verb, names in
straight quotation marks, a pronoun the tokenizer cut off a meeting noun, names written with a
hyphen, and a meeting chaired by two.

A line that opens with a time code («[01:52] المعلّق:») or a clock and a source («10:22 |
LBCI:») tells the same meeting as the line without it; the feed's line happened on the day of
its date line. «النائب X بعد لقائه الرئيس Y: …», «كتلة X بعد لقائها الرئيس Y»: in a line
without a verb, whoever is named before the meeting noun met Y. A body named in straight
quotation marks after its head noun («كتلة "الوفاء للمقاومة"») is one body, as in «». «لقائها»,
which the tokenizer cuts into «لقائ | ها», is the meeting noun. «مون جيه-إن» is one name, not
«مون جيه». «ترأس X مع Y اجتماع المجلس»: X and Y chaired it together, so they met. «لم تكن هذه زيارته
الأولى، إذ استقبله Y»: the negation is of the first visit; the meeting «إذ» tells took place.

«وصل X إلى بيروت، فالتقى الرئيس Y»: after «ف» as after «و», X met Y. «فى», as Egyptian papers
write «في», is the preposition before a place. «عام انضمام X إلى Y»: the year X joined, so X is
a member. «سفراؤها» is no one's name, nor is «ساعتين». «وبعده بستة أيام»: six days after the
day the article told last. «ضيفه الياباني» is the one Japanese person the article named before.
«السلطان حسن البلقية», a name the NER read whole, is one mention, not a title with a given name
and a family name apart.

«س: أين عُقدت القمة؟ ج: عُقدت في جدة برئاسة X، وشارك فيها A و B»: X, whom the answer names,
hosted those taking part, not the chair of a meeting told before. «زار X الرياض، واستقبله Y»,
«قام X بزيارة إلى الرياض أجرى خلالها مباحثات مع Y», «وصل X إلى الرياض، والتقى Y»: with no
other place told, they met in the city X went to. «وكان في استقباله Y» on the line after an
arrival is held where and when that line says X arrived.
"""

from __future__ import annotations

from kg.evaluation import Keys
from kg.kb import default_kb
from tests.test_alerts_titles_and_pairs import _meeting_dates
from tests.test_extraction import facts, met
from tests.test_local_officials_tours_and_receptions import _met, _read

_FEED = "خدمة الرسائل: يوم المشاورات\nإذاعة الشرق | خدمة الأخبار القصيرة | الأربعاء 14 مايو 2025\n"


def test_a_time_code_and_its_speaker_do_not_hide_the_meeting(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        "فيديو | زيارة الملك إلى باريس\nقناة الشرق | فيديو | الأربعاء 14 مايو 2025\n"
        "[00:12] المعلّق: في الصباح وصل العاهل الأردني الملك عبدالله الثاني إلى باريس.\n"
        "[00:31] وكان في استقباله الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.\n",
    )
    assert met("Abdullah II of Jordan", "Emmanuel Macron") in _met(events)


def test_a_feed_line_after_its_clock_and_source_is_dated_by_its_date_line(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "09:40 | الشرق: وزير الخارجية الأردني أيمن الصفدي يلتقي في القاهرة وزير "
        "الخارجية المصري بدر عبد العاطي.\n",
    )
    assert _meeting_dates(events)[frozenset({"Ayman al-Ṣafadī", "Badr Abdelatty"})] == "2025-05-14"


def test_in_a_line_without_a_verb_the_one_named_before_the_meeting_noun_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "11:05 | الشرق: وزير الخارجية الأردني أيمن الصفدي بعد لقائه نظيره المصري بدر "
        "عبد العاطي: ندعم التهدئة.\n"
        "12:20 | الشرق: حركة حماس بعد لقائها وزير الخارجية التركي هاكان فيدان: نرحب "
        "بالمبادرة.\n",
    )
    assert {
        met("Ayman al-Ṣafadī", "Badr Abdelatty"),
        met("Hamas", "Hakan Fidan"),
    } <= _met(events)


def test_a_body_in_straight_quotation_marks_is_one_body(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _FEED + 'وأعلنت كتلة "الوفاء للمقاومة" موقفها بعد اجتماع في الضاحية الجنوبية.\n',
    )
    bodies = {m.entity.label for m in mentions if m.entity.type == "Organization"}
    assert "الوفاء للمقاومة" in bodies


def test_a_meeting_noun_the_tokenizer_cut_its_pronoun_off_is_read(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "وقالت حركة حماس بعد لقائها وزير الخارجية التركي هاكان فيدان إنها ترحب "
        "بالمبادرة.\n",
    )
    assert met("Hamas", "Hakan Fidan") in _met(events)


def test_a_name_written_with_a_hyphen_is_one_name(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _FEED + "واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة مستشار الأمن القومي "
        "الكوري وي سونغ-لاك.\n",
    )
    people = {m.entity.label for m in mentions if m.entity.type == "Person"}
    assert "وي سونغ-لاك" in people
    assert met("Tamim bin Hamad Al Thani", "وي سونغ-لاك") in _met(events)


def test_who_chairs_a_meeting_with_another_met_him(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "وترأس ولي العهد السعودي الأمير محمد بن سلمان مع الرئيس التركي رجب طيب أردوغان "
        "اجتماع مجلس التنسيق السعودي التركي في جدة.\n",
    )
    assert met("Mohammad bin Salman", "Recep Tayyip Erdoğan") in _met(events)


def test_a_gold_name_with_a_hyphen_is_the_person_the_base_spells_without():
    keys = Keys(default_kb())
    assert keys("ar:يون سوك-يول") == keys("ar:يون سوك يول") == "Yoon Suk-yeol"


def test_a_negation_before_an_explaining_clause_does_not_deny_its_meeting(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "الرئيس التركي رجب طيب أردوغان يزور الدوحة.\nولم تكن هذه الزيارة الأولى للرئيس "
        "التركي رجب طيب أردوغان، إذ استقبله أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة عام "
        "2017.\n",
    )
    assert met("Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani") in _met(events)


def test_after_fa_the_visitor_met_whom_the_verb_names(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "ووصل وزير الخارجية التركي هاكان فيدان إلى بغداد، فالتقى رئيس الوزراء العراقي "
        "محمد شياع السوداني.\n",
    )
    assert met("Hakan Fidan", "Mohammed Shia al-Sudani") in _met(events)


def test_an_undotted_fi_is_the_preposition_before_the_meeting_place(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "ووصل وزير الخارجية التركي هاكان فيدان إلى بيروت، والتقى الرئيس اللبناني جوزاف عون "
        "فى بعبدا.\n",
    )
    places = {e.location.label for e in events if e.kind == "Meeting" and e.location}
    assert "بعبدا" in places


def test_the_year_a_state_joined_a_body_tells_it_is_a_member(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "2023 — عام انضمام إيران إلى منظمة شنغهاي للتعاون عضواً كامل العضوية.\n",
    )
    assert ("memberOf", "Iran", "Shanghai Cooperation Organisation") in facts(events)


def test_ambassadors_with_their_pronoun_are_no_one(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _FEED + "ولم تغب المجموعة عن المشهد، إذ زار سفراؤها رئيس الحكومة المكلف في مكتبه.\n",
    )
    assert not [m for m in mentions if m.entity.type == "Person" and "سفرا" in m.entity.label]


def test_a_span_of_hours_is_no_one(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _FEED + "رفع دولة الرئيس الجلسة ساعتين للتشاور، واجتمع خلالهما رئيس الحكومة نجيب "
        "ميقاتي بالنواب.\n",
    )
    assert "ساعتين" not in {m.entity.label for m in mentions if m.entity.type == "Person"}


def test_a_meeting_days_after_the_one_told_is_dated_from_it(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "واستقبل الرئيس اللبناني جوزاف عون الرئيس الفرنسي إيمانويل ماكرون في 17 "
        "يناير.\nوبعده بستة أيام التقى وزير الخارجية السعودي فيصل بن فرحان الرئيس اللبناني "
        "جوزاف عون.\n",
    )
    assert (
        _meeting_dates(events)[frozenset({"Faisal bin Farhan Al Saud", "Joseph Aoun"})]
        == "2025-01-23"
    )


def test_a_guest_named_by_his_states_adjective_is_the_one_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "يزور رئيس الوزراء الياباني فوميو كيشيدا الخليج.\nواستقبل أمير قطر الشيخ تميم بن "
        "حمد آل ثاني ضيفه الياباني في الدوحة.\n",
    )
    assert met("Tamim bin Hamad Al Thani", "Fumio Kishida") in _met(events)


def test_a_name_read_whole_is_not_cut_into_its_parts(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "وكان رئيس الوزراء الماليزي أنور إبراهيم قد زار بروناي، حيث التقى السلطان حسن "
        "البلقية في القصر.\n",
    )
    assert met("Anwar Ibrahim", "حسن البلقية") in _met(events)


def test_an_answers_chair_hosts_those_taking_part(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "س: من ترأس الاجتماع الوزاري الأول؟\nج: ترأسه وزير الخارجية الأردني أيمن الصفدي.\n"
        "س: أين عُقدت القمة الثانية، ومن شارك فيها؟\n"
        "ج: عُقدت في القاهرة في 3 مايو 2025 برئاسة الرئيس المصري عبد الفتاح السيسي، وشارك فيها "
        "رئيس الوزراء العراقي محمد شياع السوداني والعاهل الأردني الملك عبدالله الثاني.\n",
    )
    pairs = _met(events)
    assert met("Abdel Fattah el-Sisi", "Mohammed Shia al-Sudani") in pairs
    assert met("Ayman al-Ṣafadī", "Mohammed Shia al-Sudani") not in pairs


def test_a_meeting_after_a_trip_is_held_where_the_trip_went(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "قام الرئيس التركي رجب طيب أردوغان بزيارة رسمية إلى الرياض أجرى خلالها مباحثات "
        "مع ولي العهد السعودي الأمير محمد بن سلمان.\nووصل رئيس الوزراء العراقي محمد شياع "
        "السوداني إلى عمّان، والتقى العاهل الأردني الملك عبدالله الثاني.\n",
    )
    places = {
        frozenset(e.label_en for side in event.sides for e in side): event.location.label
        for event in events
        if event.kind == "Meeting" and event.location is not None
    }
    assert places[frozenset({"Recep Tayyip Erdoğan", "Mohammad bin Salman"})] == "الرياض"
    assert places[frozenset({"Mohammed Shia al-Sudani", "Abdullah II of Jordan"})] == "عمّان"


def test_a_reception_after_an_arrival_is_held_where_and_when_it_arrived(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _FEED + "في 12 أيار 2024 حطت طائرة رئيس الوزراء العراقي محمد شياع السوداني في مطار "
        "الملكة علياء في عمّان.\nوكان في استقباله العاهل الأردني الملك عبدالله الثاني.\n",
    )
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert (meeting.location.label, meeting.date.value) == ("عمّان", "2024-05-12")
