"""What held-out 37's errors taught, on sentences of our own: a body's members listed after
«أعضاؤه», founders named after a founding verb, a membership denied by «ليستا من أعضائها» or
by the answer to a claim, a crown prince named by «ولي عهده», a king's name that goes on with
his father's, and guests named after a hosting relative clause, a plural title or a bracket.

«وأعضاؤه A وB», «أعضاؤه ست دول: A وB»: the states listed right after «its members» are the
members of the body named last before on the line (in the sentence, or the one before it).
«مصر والأردن عضوان فيه»: the pronoun after «في» is the body named before. «أسّس Y عام 1960 A
وB», «أسست A وB Y»: the states that founded a body are members, in either order. «فليستا من
أعضائها»: a denial before «من». «صارت A وB أعضاء في Y! – لا، ليستا عضوين فيه»: the answer
denies the claim of the sentence before.

«الملك X … بحضور ولي عهده»: the crown prince of the king's state on the article's date.
«الملك سلمان بن عبد العزيز»: the alias «الملك سلمان» goes on with the father's name, so the
next name joined by «و» is listed with it, not across from it.

«مؤتمر «X» في Y يوم Z، الذي استضافه A بحضور B، وبمشاركة C وD»: who hosted it by a relative
clause after the noun's phrase met those taking part, named after any of the attendance
words; «ووزراء الخارجية C (السعودية) وD (قطر)»: a plural title opens the next names and a
bracket after a name is what he stands for, no side («وسفراء الاتحاد الأوروبي» is no list of
people). «ترأس X قمة حضرها A، ومعه B … نائباً عن C، وكذلك D»: the chair met all who attended
but C, whom B stood in for.

«وقبل افتتاح القمة عقد X لقاءات منفصلة مع A و B»: the day and place of the summit told
before. «هنا في العقبة، استضاف X … وولي عهد أبوظبي Y»: a place phrase of its own set off by
commas before the verb is where it happened; a city in a title is none. «أبرز ما جمعهم
اجتماع …»: «ما» after «أبرز» is «what», no negation.
"""

from __future__ import annotations

from tests.test_extraction import met
from tests.test_local_officials_tours_and_receptions import _dated, _met, _read
from tests.test_pacts_lists_and_sidelines import _members


def _members_of(events, body: str) -> set[str]:
    return {state for state, group in _members(events) if group == body}


def test_the_states_listed_after_its_members_are_the_bodys(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "«رابطة دول جنوب شرق آسيا»: مقرها جاكرتا، وأعضاؤها إندونيسيا وماليزيا وسنغافورة "
            "وتايلاند والفلبين؛ وتيمور الشرقية ليست عضوا فيها.\n"
        ),
    )
    assert _members_of(events, "Association of Southeast Asian Nations") == {
        "Indonesia",
        "Malaysia",
        "Singapore",
        "Thailand",
        "Philippines",
    }


def test_an_answer_denies_the_claim_before_and_lists_the_members(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "قال أحد المتابعين: صارت تركيا والمكسيك أعضاء في مجموعة بريكس! فرد الخبير: لا، "
            "ليستا عضوين فيها؛ أعضاؤها خمس دول: البرازيل وروسيا والهند والصين وجنوب أفريقيا.\n"
        ),
    )
    assert _members_of(events, "BRICS") == {
        "Brazil",
        "Russia",
        "India",
        "People's Republic of China",
        "South Africa",
    }


def test_members_in_it_are_of_the_body_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated("أما «الاتحاد من أجل المتوسط» فالمغرب وتونس عضوان فيه منذ تأسيسه.\n"),
    )
    assert _members_of(events, "Union for the Mediterranean") == {"Morocco", "Tunisia"}


def test_a_denial_before_of_its_members_is_no_membership(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated("تتعاون مصر والأردن مع منظمة الدول المصدرة للنفط، لكنهما ليستا من أعضاء أوبك.\n"),
    )
    assert not {state for state, _ in _members(events)} & {"Egypt", "Jordan"}


def test_the_founders_named_after_the_body_past_a_date(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "أسس مجلس التعاون لدول الخليج العربية عام 1981 السعودية والكويت والإمارات وقطر "
            "والبحرين وعمان، ومقر أمانته العامة في الرياض.\n"
        ),
    )
    assert _members_of(events, "Gulf Cooperation Council") == {
        "Saudi Arabia",
        "Kuwait",
        "United Arab Emirates",
        "Qatar",
        "Bahrain",
        "Oman",
    }


def test_the_founders_named_before_the_body(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated("وأسست مصر والعراق وسوريا ولبنان جامعة الدول العربية في مارس 1945.\n"),
    )
    assert _members_of(events, "Arab League") == {"Egypt", "Iraq", "Syria", "Lebanon"}


def test_his_crown_prince_is_the_heir_of_the_kings_state(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _dated(
            "استقبل العاهل الأردني الملك عبد الله الثاني في عمان الرئيس القبرصي نيكوس "
            "خريستودوليدس، بحضور ولي عهده.\n"
        ),
    )
    heirs = {m.entity.label_en for m in mentions if m.rule == "title-role"}
    assert "Hussein bin Abdullah" in heirs
    assert met("Hussein bin Abdullah", "Nikos Christodoulides") in _met(events)


def test_a_kings_name_goes_on_with_his_fathers(arabic_parser):
    _, mentions, events = _read(
        arabic_parser,
        _dated(
            "التقى الرئيس الأمريكي دونالد ترامب في الرياض الملك سلمان بن عبد العزيز وولي "
            "العهد السعودي الأمير محمد بن سلمان.\n"
        ),
    )
    king = next(m for m in mentions if m.entity.label_en == "Salman of Saudi Arabia")
    assert king.end - king.start == len("الملك سلمان بن عبد العزيز")
    assert _met(events) == {
        met("Donald Trump", "Salman of Saudi Arabia"),
        met("Donald Trump", "Mohammad bin Salman"),
    }


def test_the_host_of_a_conference_by_a_relative_after_its_phrase(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وكان أبرز ما جمعهم اجتماع «العلا» في السعودية يوم 5 يناير 2021، الذي استضافه "
            "ولي العهد السعودي الأمير محمد بن سلمان بحضور أعضاء الحكومة، وبمشاركة وزراء "
            "الخارجية سامح شكري (مصر) ومحمد بن عبد الرحمن آل ثاني (قطر) وعبد اللطيف "
            "الزياني (البحرين)، وسفراء الاتحاد الأوروبي.\n"
        ),
    )
    host = "Mohammad bin Salman"
    assert _met(events) == {
        met(host, "Sameh Shoukry"),
        met(host, "Mohammed bin Abdulrahman Al Thani"),
        met(host, "Abdullatif bin Rashid Al Zayani"),
    }


def test_the_chair_met_all_who_attended_but_whom_one_stood_in_for(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ترأس الرئيس الصيني شي جين بينغ في الرياض قمة حضرها العاهل البحريني الملك حمد بن "
            "عيسى آل خليفة، ومعه أمير قطر الشيخ تميم بن حمد آل ثاني وولي عهد الكويت الشيخ مشعل "
            "الأحمد الجابر الصباح نائبا عن أمير الكويت الشيخ نواف الأحمد الجابر الصباح، وكذلك "
            "الرئيس المصري عبد الفتاح السيسي.\n"
        ),
    )
    xi = "Xi Jinping"
    assert {a if b == xi else b for _, a, b in _met(events) if xi in (a, b)} == {
        "Hamad II of Bahrain",
        "Tamim bin Hamad Al Thani",
        "Mishal Al-Ahmad Al-Jaber Al-Sabah",
        "Abdel Fattah el-Sisi",
    }


def test_before_the_summit_opened_is_its_day_and_place(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "ترأس الرئيس الصيني شي جين بينغ في الرياض يوم 9 ديسمبر 2022 قمة حضرها أمير قطر "
            "الشيخ تميم بن حمد آل ثاني.\n"
            "وقبل افتتاح القمة عقد الرئيس شي لقاءات منفصلة مع الرئيس المصري عبد الفتاح السيسي "
            "والرئيس التونسي قيس سعيد.\n"
        ),
    )
    apart = [e for e in events if e.kind == "Meeting" and e.rule.endswith("-apart")]
    assert {(e.location.label_en, e.date.value) for e in apart} == {("Riyadh", "2022-12-09")}


def test_a_place_set_off_before_the_verb_and_none_in_a_title(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وقبل ذلك بأشهر، هنا في العقبة، استضاف الملك عبد الله الثاني الرئيس المصري عبد "
            "الفتاح السيسي وولي عهد أبوظبي الشيخ محمد بن زايد.\n"
        ),
    )
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert meeting.location.label_en == "Aqaba"


def test_a_labelled_date_among_the_pieces_of_a_date_line(arabic_parser):
    article, _, _ = _read(
        arabic_parser,
        "محادثة مجموعة المراسلين\n"
        "واتساب | مجموعة «مراسلو القمة» | 14 مشاركا | تصدير المحادثة: الأحد 27/06/2021\n"
        "[27/06/2021، 08:47] سلمى: الرئيس برهم صالح استقبل السيسي على أرض المطار.\n",
    )
    assert str(article.published) == "2021-06-27"


def test_names_between_the_states_of_a_plural_title(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _dated(
            "وشارك في القمة رؤساء كازاخستان قاسم جومارت توكاييف وقيرغيزستان صدر جباروف "
            "وطاجيكستان إمام علي رحمن وتركمانستان سردار بردي محمدوف.\n"
        ),
    )
    people = {
        m.entity.label_en or m.entity.label: m.represents.label_en
        for m in mentions
        if m.entity.type == "Person"
    }
    assert people["Sadyr Zhaparov"] == "Kyrgyzstan"  # «صدر جباروف», his name's other spelling
    assert people["Emomali Rahmon"] == "Tajikistan"
    assert people["Serdar Berdimuhamedow"] == "Turkmenistan"


def test_a_list_of_a_plural_title_ends_before_a_verb(arabic_parser):
    _, mentions, _ = _read(arabic_parser, _dated("وقال رؤساء مصر والأردن يلتقون غدا.\n"))
    assert not [m for m in mentions if m.entity.type == "Person"]


def test_met_with_the_titled_names_bi_marks(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "رفع رئيس المجلس الجلسة ساعتين للتشاور، واجتمع خلالهما العماد جوزيف عون بالنائبين "
            "محمد رعد وعلي حسن خليل في أحد مكاتب المجلس.\n"
        ),
    )
    assert _met(events) == {
        met("Joseph Aoun", "محمد رعد"),
        met("Joseph Aoun", "علي حسن خليل"),
    }


def test_names_met_each_apart_are_no_sides_of_one_another(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "قال مسؤول سابق إن الضيف زار البرلمان، ثم التقى رئيس البرلمان محمد الحلبوسي "
            "وعمار الحكيم، كلاً على انفراد.\n"
        ),
    )
    assert met("Mohamed al-Halbousi", "عمار الحكيم") not in _met(events)


def test_members_in_it_past_another_body_named_after(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated("«الاتحاد من أجل المتوسط»: المغرب وتونس عضوان فيه، ولا يكتب «الاتحاد المتوسطي».\n"),
    )
    assert _members_of(events, "Union for the Mediterranean") == {"Morocco", "Tunisia"}


def test_the_member_states_listed_after_a_colon(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "يجتمع وزراء دفاع دول مجلس التعاون لدول الخليج العربية في الكويت، وتشارك فيها "
            "الدول الست الأعضاء: السعودية والإمارات والبحرين وعمان وقطر والكويت.\n"
        ),
    )
    assert _members_of(events, "Gulf Cooperation Council") == {
        "Saudi Arabia",
        "United Arab Emirates",
        "Bahrain",
        "Oman",
        "Qatar",
        "Kuwait",
    }


def test_who_opened_a_summit_hosted_those_attending(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "القمة الرابعة: افتتحها الملك سلمان بن عبد العزيز في الرياض يوم الثلاثاء 10 نوفمبر "
            "2015 بحضور الرؤساء عبد الفتاح السيسي ومحمود عباس.\n"
        ),
    )
    king = "Salman of Saudi Arabia"
    assert _met(events) == {met(king, "Abdel Fattah el-Sisi"), met(king, "Mahmoud Abbas")}


def test_who_invited_to_a_summit_held_hosted_who_attended_it(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "عقدت القمة الأولى في الرباط يوم 10 مايو 2005 بدعوة من الملك محمد السادس، وحضرها "
            "الرئيس الجزائري عبد العزيز بوتفليقة والرئيس التونسي زين العابدين بن علي.\n"
        ),
    )
    king = "Mohammed VI"
    assert _met(events) == {
        met(king, "Abdelaziz Bouteflika"),
        met(king, "Zine El Abidine Ben Ali"),
    }


def test_a_name_before_a_title_is_its_holder_not_the_tables_of_the_day(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _dated("واستقبل وزير الخارجية القطري اليوم معالي إيرينا كوستوفا وزيرة خارجية بيرو.\n"),
    )
    people = {m.entity.label_en or m.entity.label for m in mentions if m.entity.type == "Person"}
    assert "إيرينا كوستوفا" in people
    assert "Elmer Schialer" not in people


def test_a_companion_is_not_the_visitor_who_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وصل الملك عبد الله الثاني إلى باريس ومعه ولي عهده الأمير الحسين، والتقى الرئيس "
            "الفرنسي إيمانويل ماكرون.\n"
        ),
    )
    assert met("Abdullah II of Jordan", "Emmanuel Macron") in _met(events)
