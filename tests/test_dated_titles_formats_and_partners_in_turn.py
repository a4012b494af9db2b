"""What held-out 38's errors taught, on sentences of our own: a title or a family name names
whoever held the office on the day its sentence gives, a «مع» partner after «ثم», people who
attended a signing, a name that stops before a glued verb, founding states listed after the
body, cooperation formats named by their states, and states that join a case one after another
or by a pronoun.

«استقبل الملك X في عمّان يوم 12 يناير 2019 وزير الخارجية الأمريكي»: the title names the
secretary of state of January 2019, though the article came out in 2025; a relative date
(«أمس») nearer the title keeps the article's day. «وفي 20 مايو 2021 زار ديندياس عمّان»: a
family name is read on that day too. «المنصف المرزوقي»: a given name may carry the article.
«برئاسة الرئيس السيسي وبمشاركة الرئيس ماكرون», «استقبل الرئيس السيسي الملك X»: a leader's
family name right after a title is his, however the tagger read it, and «وبمشاركة» or the next
title starts no name. An undated article reads a family name on the day its sentence gives
(«في 12 مارس 2003 … خاتمي»), and on none where it gives no day. «نظيريه الأردني والعراقي»,
«نظراءه من مصر والأردن»: counterparts with states alone are each state's holder of the office
of the person named before. «التقى المبعوث X في دمشق الرئيس السوري Y»: a person the parse hung
under the place, itself hung under the subject, is the verb's object. «وصل وفد من حماس برئاسة X
إلى القاهرة، حيث التقى Y»: who went there is the delegation and its head. «قد زارت طرابلس في مايو
الماضي والتقت X»: a verb with «و» glued on, which the tagger could not read, goes on the
clause. «ويستقبل X غدا Y»: an imperfect the tagger read as a past (the «و» glued on) dated after
the article is planned. «الرئيسان التونسي X والجزائري عبد المجيد تبون»: a known name after a
state's adjective with «و» glued on is not the end of a longer name the NER read.

«أجرى X مباحثات مع A ثم مع B»: two partners, one after the other. «وقع A و B مذكرة، بحضور
رئيس حكومة الوحدة الوطنية C»: C sat with the signer of his own state, which the tables tell
when the title names none. «نظيره الموريشي دانيش كومار وعقدا»: «وعقدا» is the next clause's
verb, however the tagger read it.

«الدول الست المؤسسة لمجلس التعاون، وهي A و B …»: the founders listed after the body are its
members. «آلية التعاون الثلاثي بين A و B و C»: a format named by its states is a body whose
members they are, and whose summits it convenes, also when a relative clause tells who hosted
it. «انضمت A في أبريل ثم B في يونيو إلى دعوى …», «لم تكن A و B طرفين …، لكنهما انضمتا إلى
دعوى …»: both join; the negation is the clause's before.
"""

from __future__ import annotations

from tests.test_extraction import facts, met
from tests.test_local_officials_tours_and_receptions import _met, _read
from tests.test_pacts_lists_and_sidelines import _joined, _members

H = "heldMeetingIn"
SAFADI = "Ayman al-Ṣafadī"


def _in_2025(body: str) -> str:
    return "خبر\nالأحد 9 مارس 2025\n" + body


def _labels(mentions, text: str) -> set[str]:
    return {m.entity.label for m in mentions if text in m.entity.label}


def test_a_title_names_the_holder_on_the_day_its_sentence_gives(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "استقبل العاهل الأردني الملك عبد الله الثاني في عمّان يوم 14 يناير 2019 وزير "
            "الخارجية الأمريكي، وبحث معه الأوضاع في المنطقة.\n"
        ),
    )
    assert _met(events) == {met("Abdullah II of Jordan", "Mike Pompeo")}


def test_a_relative_date_nearer_the_title_keeps_the_articles_day(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "استقبل العاهل الأردني الملك عبد الله الثاني في عمّان أمس وزير الخارجية الأمريكي، "
            "وذكّره باتفاق 14 يناير 2019.\n"
        ),
    )
    assert met("Abdullah II of Jordan", "Mike Pompeo") not in _met(events)


def test_a_family_name_is_read_on_the_day_its_sentence_gives(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025("وفي 20 مايو 2021 زار ديندياس عمّان حيث استقبله العاهل الأردني.\n"),
    )
    assert "Nikos Dendias" in {m.entity.label_en for m in mentions}


def test_a_given_name_with_the_article_starts_the_family_names_mention(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        "خبر\nالأربعاء 3 أكتوبر 2012\n"
        "ووقّع البيان الختامي قادة بينهم الرئيس اللبناني ميشال سليمان والتونسي المنصف المرزوقي "
        "والعاهل الأردني الملك عبد الله الثاني.\n",
    )
    assert met("Moncef Marzouki", "Abdullah II of Jordan") in _met(events)


def test_a_second_with_phrase_after_then_is_one_more_partner(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وأجرى وزير الخارجية الأردني أيمن الصفدي في بغداد مباحثات مع نظيره العراقي فؤاد "
            "حسين ثم مع رئيس الوزراء محمد شياع السوداني.\n"
        ),
    )
    assert _met(events) == {
        met(SAFADI, "Fuad Hussein"),
        met(SAFADI, "Mohammed Shia al-Sudani"),
    }


def test_who_attended_a_signing_sits_with_the_signer_of_his_state(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "ووقّع وزير الخارجية التركي هاكان فيدان ورئيس المجلس الرئاسي الليبي محمد المنفي في "
            "طرابلس مذكرة تفاهم للتعاون الأمني، بحضور رئيس حكومة الوحدة الوطنية عبد الحميد "
            "الدبيبة.\n"
        ),
    )
    assert _met(events) == {
        met("Hakan Fidan", "Mohamed al-Menfi"),
        met("Hakan Fidan", "Abdulhamid Dbeibeh"),
    }


def test_a_name_stops_before_a_verb_glued_to_and(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _in_2025(
            "استقبل وزير الخارجية الكويتي في الكويت نظيره الموريشي دانيش كومار وعقدا مؤتمرا "
            "صحفيا مشتركا.\n"
        ),
    )
    assert _labels(mentions, "كومار") == {"دانيش كومار"}


def test_founding_states_listed_after_the_body_are_its_members(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وتحدث الأمين العام عن الدول الست المؤسسة لمجلس التعاون لدول الخليج العربية، وهي "
            "السعودية والكويت والإمارات وقطر والبحرين وسلطنة عمان.\n"
        ),
    )
    gulf = "Gulf Cooperation Council"
    assert {state for state, body in _members(events) if body == gulf} == {
        "Saudi Arabia",
        "Kuwait",
        "United Arab Emirates",
        "Qatar",
        "Bahrain",
        "Oman",
    }


TRIAD = "آلية التعاون الثلاثي بين الأردن ومصر والعراق"


def test_a_format_named_by_its_states_is_a_body_of_those_states(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وعُقدت القمة الخامسة لآلية التعاون الثلاثي بين الأردن ومصر والعراق في بغداد "
            "بمشاركة الملك عبد الله الثاني والرئيس عبد الفتاح السيسي.\n"
        ),
    )
    assert {state for state, body in _members(events) if body == TRIAD} == {
        "Jordan",
        "Egypt",
        "Iraq",
    }
    assert (H, TRIAD, "Baghdad") in facts(events)


def test_the_summit_a_relative_clause_says_was_hosted_is_the_formats(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "صدر الطابع البريدي للقمة الرابعة لآلية التعاون الثلاثي بين الأردن ومصر والعراق، "
            "التي استضافها الرئيس عبد الفتاح السيسي في القاهرة يوم 29 يونيو 2021 بمشاركة "
            "الملك عبد الله الثاني ورئيس الوزراء العراقي مصطفى الكاظمي.\n"
        ),
    )
    assert (H, TRIAD, "Cairo") in facts(events)
    assert met("Abdel Fattah el-Sisi", "Mustafa Al-Kadhimi") in _met(events)


def test_a_cooperation_mechanism_without_states_or_count_is_no_body(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _in_2025("واتفق الوزيران على تفعيل آلية التعاون بين الوزارتين في القاهرة.\n"),
    )
    assert not _labels(mentions, "آلية")
    assert not _members(events)


SOUTH_AFRICA_V_ISRAEL = "South Africa v. Israel (Genocide Convention)"


def test_states_that_join_one_after_another_all_join(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وانضمت كولومبيا في أبريل ثم إسبانيا في يونيو إلى دعوى جنوب أفريقيا ضد إسرائيل "
            "أمام محكمة العدل الدولية.\n"
        ),
    )
    assert _joined(events) == {
        ("Colombia", SOUTH_AFRICA_V_ISRAEL),
        ("Spain", SOUTH_AFRICA_V_ISRAEL),
    }


def test_a_negation_in_the_clause_before_but_does_not_deny_the_joining(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "لم تكن بلجيكا وإيرلندا طرفين في النزاع، لكنهما انضمتا إلى دعوى جنوب أفريقيا ضد "
            "إسرائيل أمام محكمة العدل الدولية.\n"
        ),
    )
    assert _joined(events) == {
        ("Belgium", SOUTH_AFRICA_V_ISRAEL),
        ("Ireland", SOUTH_AFRICA_V_ISRAEL),
    }


def test_a_negated_joining_is_still_none(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025("ولم تنضم مصر بعد إلى دعوى جنوب أفريقيا ضد إسرائيل أمام محكمة العدل الدولية.\n"),
    )
    assert not _joined(events)


def test_a_leaders_family_name_after_a_title_is_his_however_tagged(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "افتُتحت القمة في القاهرة برئاسة الرئيس السيسي وبمشاركة الرئيس ماكرون، ثم استقبل "
            "الرئيس السيسي الملك عبد الله الثاني.\n"
        ),
    )
    assert met("Abdel Fattah el-Sisi", "Emmanuel Macron") in _met(events)
    assert met("Abdel Fattah el-Sisi", "Abdullah II of Jordan") in _met(events)


def test_an_undated_article_reads_a_family_name_on_its_sentences_day(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        "خبر\nوفي 12 مارس 2003 استقبل خاتمي في طهران نظيره السوري بشار الأسد. وقال غالي إن "
        "المنظمة بخير.\n",
    )
    named = {m.entity.label_en for m in mentions if m.entity.type == "Person"}
    assert "Mohammad Khatami" in named
    # no day in its sentence: «غالي» may be anyone (Boutros-Ghali, not Brahim Ghali)
    assert "Brahim Ghali" not in named


def test_counterparts_in_the_dual_are_those_of_the_person_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وبحث وزير الخارجية المصري بدر عبد العاطي في القاهرة مع نظيريه الأردني والعراقي.\n"
        ),
    )
    assert _met(events) == {
        met("Badr Abdelatty", SAFADI),
        met("Badr Abdelatty", "Fuad Hussein"),
    }


def test_counterparts_from_states_are_those_of_the_person_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "والتقى وزير الخارجية السعودي الأمير فيصل بن فرحان في نيويورك نظراءه من مصر "
            "والأردن وقطر.\n"
        ),
    )
    saudi = "Faisal bin Farhan Al Saud"
    assert _met(events) == {
        met(saudi, "Badr Abdelatty"),
        met(saudi, SAFADI),
        met(saudi, "Mohammed bin Abdulrahman Al Thani"),
    }


def test_a_person_hung_under_the_subjects_place_is_the_verbs_object(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025("التقى المبعوث الأممي غير بيدرسن في دمشق الرئيس السوري أحمد الشرع.\n"),
    )
    assert _met(events) == {met("Geir Pedersen", "Ahmed al-Sharaa")}


def test_a_delegation_that_went_where_it_met_brings_its_head(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "وصل وفد من حركة حماس برئاسة خليل الحية إلى القاهرة، حيث التقى رئيس المخابرات "
            "المصرية حسن رشاد.\n"
        ),
    )
    assert met("Khalil al-Hayya", "Hassan Rashad") in _met(events)


def test_a_verb_glued_to_and_that_the_tagger_could_not_read_goes_on_the_clause(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        "خبر\nالخميس 10 يوليو 2025\n"
        "وكانت رئيسة الوزراء الإيطالية جورجيا ميلوني قد زارت طرابلس في مايو الماضي والتقت رئيس "
        "حكومة الوحدة الوطنية عبد الحميد الدبيبة.\n",
    )
    assert _met(events) == {met("Giorgia Meloni", "Abdulhamid Dbeibeh")}


def test_an_imperfect_with_and_glued_on_dated_tomorrow_is_planned(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        "عنوان\n2025-03-10\nويستقبل الملك عبد الله الثاني غدا الرئيس الفرنسي في عمان.\n",
    )
    assert not _met(events)
    assert [e.modality for e in events if e.kind == "Meeting"] == ["planned"]


def test_a_known_name_after_a_state_adjective_with_and_is_no_longer_names_end(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _in_2025(
            "بحث الرئيسان التونسي قيس سعيد والجزائري عبد المجيد تبون في تونس العلاقات الثنائية.\n"
        ),
    )
    assert _met(events) == {met("Kais Saied", "Abdelmadjid Tebboune")}
