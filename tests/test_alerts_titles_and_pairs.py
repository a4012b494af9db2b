"""What held-out 33's errors taught about meetings, on sentences of our own: a breaking-news
stream's labels, a meeting under way inside a plan, a crown prince named again by his bare
title, the two people a dual verb stands for, and names the NER ran on.

A line that opens with «عاجل:» or «تحديث 3:» tells what happened on the day of its date line,
as «عاجل |» does, even where the parse cut the label off into a sentence of its own. A meeting
noun whose own relative clause says it began or was held («على هامش الاجتماع … الذي انطلقت
أعماله مساء اليوم») is under way, though the sentence plans another meeting on its sidelines.
«ولي العهد» alone names the crown prince the article named with his state's adjective before.
«وصل X و Y إلى دمشق، والتقيا Z»: the dual verb's subject is both. A name the NER ran on into
the next one («معمر القذافي ومعاوية | ولد سيدي أحمد الطايع») is cut at the given name that
opens the next, which goes on past «ولد»; «بوساطة» after a name is no part of it.

«ابن فرحان» is the «فيصل بن فرحان» named before. «حيث استقبله X» after several clauses: «ه» is
who visited or attended last before «حيث», and the date is the nearest before the verb when
none follows it. «التقاه» after a woman met a man («التقت مساعدة الوزير X قائدَ الإدارة Y، ثم
التقاه Z»): «ه» is that man, and a name after Z is no object of the verb. Where a guest came
back from («العائدة من جولة في حمص») is not where they met. An attendee whose state kg does
not know sits beside the one listed before him.
«وصل X ومعه Y، والتقيا Z»: the dual is X and Y, whoever the parse read. «جمع الاجتماع الذي
استضافه X نظراءه A و B بـ Y»: the host met his guests and Y, and they met Y. A one-word
name the NER read goes on in a bare word right after it («باربرا | ليف»), not in a noun
(«عباس | وفدا»). «X، الذي حضر … والتقاه Y»: «ه» of a verb that goes on a relative clause is
its antecedent. «زار X دمشق والتقى Y، ثم جاء Z إلى عمان والتقى W»: who came last before the
verb met.
"""

from __future__ import annotations

from tests.test_extraction import met
from tests.test_local_officials_tours_and_receptions import _met, _read

_STREAM = "عاجل | قمة في الرياض\nقناة الأخبار | شريط عاجل | الأربعاء 14 مايو 2025 | الرياض\n"


def _meeting_dates(events) -> dict[frozenset[str], str]:
    return {
        frozenset(e.label_en or e.label for side in event.sides for e in side): event.date.value
        for event in events
        if event.kind == "Meeting" and event.modality is None and event.date is not None
    }


def test_a_breaking_line_is_dated_by_its_date_line(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "عاجل: العاهل الأردني الملك عبدالله الثاني يستقبل في عمّان الرئيس الفرنسي "
        "إيمانويل ماكرون.\n"
        "تحديث 2: الرئيس الأمريكي دونالد ترامب يلتقي أمير قطر الشيخ تميم بن حمد آل ثاني في "
        "الدوحة.\n",
    )
    dates = _meeting_dates(events)
    assert dates[frozenset({"Abdullah II of Jordan", "Emmanuel Macron"})] == "2025-05-14"
    assert dates[frozenset({"Donald Trump", "Tamim bin Hamad Al Thani"})] == "2025-05-14"


def test_a_meeting_its_relative_clause_says_began_is_under_way(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "من المقرر أن يلتقي الوزيران غداً على هامش اجتماع وزراء خارجية حلف الناتو "
        "الذي انطلقت أعماله مساء اليوم في أنطاليا.\n",
    )
    held = [e for e in events if e.kind == "Meeting" and e.modality is None]
    assert any(e.location is not None and e.location.label_en == "Antalya" for e in held)


def test_a_meeting_its_relative_clause_plans_stays_planned(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "من المقرر أن يلتقي الوزيران غداً على هامش اجتماع وزراء خارجية حلف الناتو "
        "الذي سينعقد مساء غد في أنطاليا.\n",
    )
    assert not [e for e in events if e.kind == "Meeting" and e.modality is None]


def test_the_bare_crown_prince_is_the_one_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "وكان ولي العهد السعودي الأمير محمد بن سلمان قد استقبل الرئيس الإندونيسي "
        "برابوو سوبيانتو في قصر اليمامة.\n"
        "وفي المساء وصل الرئيس الأمريكي دونالد ترامب إلى الرياض حيث كان ولي العهد في "
        "استقباله بالمطار.\n",
    )
    assert met("Donald Trump", "Mohammad bin Salman") in _met(events)


def test_a_dual_verb_stands_for_the_two_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "وصل وزير الخارجية الفرنسي جان نويل بارو ووزيرة الخارجية الألمانية أنالينا "
        "بيربوك إلى دمشق، والتقيا الرئيس أحمد الشرع.\n",
    )
    found = _met(events)
    assert met("Jean-Noël Barrot", "Ahmed al-Sharaa") in found
    assert met("Annalena Baerbock", "Ahmed al-Sharaa") in found
    assert met("Jean-Noël Barrot", "Annalena Baerbock") not in found


def test_names_the_ner_ran_on_are_cut(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _STREAM + "وفي 17 فبراير 1989 وقع الملك الحسن الثاني ومعمر القذافي ومعاوية ولد سيدي أحمد "
        "الطايع في مراكش معاهدة تأسيس اتحاد المغرب العربي.\n"
        "وشهدت قمة الخرطوم لقاء الملك فيصل والرئيس جمال عبدالناصر بوساطة محمد أحمد محجوب.\n",
    )
    people = {m.entity.label for m in mentions if m.entity.type == "Person"}
    assert "معاوية ولد سيدي أحمد الطايع" in people
    assert not [p for p in people if p.endswith(("ومعاوية", "بوساطة"))]


def test_ibn_and_the_family_name_is_the_man_named_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "استقبل وزير الخارجية السعودي فيصل بن فرحان نظيره العماني بدر البوسعيدي في "
        "الرياض.\n"
        "ثم زار ابن فرحان مسقط والتقى السلطان هيثم بن طارق.\n",
    )
    found = _met(events)
    assert met("Faisal bin Farhan Al Saud", "Haitham bin Tarik Al Said") in found
    assert not [f for f in found if "ar:ابن" in f or "ابن" in f]


def test_where_he_went_is_the_one_who_attended_before_it(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM
        + "وفي 7 أيار 2023 قرر مجلس جامعة الدول العربية استئناف مشاركة الوفود السورية، وحضر "
        "الرئيس السوري بشار الأسد قمة جدة في 19 أيار 2023 حيث استقبله ولي العهد السعودي "
        "الأمير محمد بن سلمان.\n",
    )
    found = _met(events)
    assert met("Bashar al-Assad", "Mohammad bin Salman") in found
    assert met("Arab League", "Mohammad bin Salman") not in found
    assert _meeting_dates(events)[frozenset({"Bashar al-Assad", "Mohammad bin Salman"})] == (
        "2023-05-19"
    )


def test_him_after_a_woman_is_the_man_she_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "التقت مساعدة وزير الخارجية الأمريكي باربرا ليف قائد الإدارة الجديدة أحمد الشرع "
        "في 20 كانون الأول، ثم التقاه وزير الخارجية التركي هاكان فيدان بعد يومين، والصفدي "
        "بعد ذلك.\n",
    )
    found = _met(events)
    assert met("Ahmed al-Sharaa", "Hakan Fidan") in found
    assert met("Ayman al-Ṣafadī", "Hakan Fidan") not in found


def test_where_a_guest_came_back_from_is_not_where_they_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "استقبل رئيس الحكومة اللبنانية نواف سلام اليوم في السرايا نائبة المفوض السامي "
        "كيلي كليمنتس، العائدة من جولة في حمص وإدلب.\n",
    )
    places = {e.location.label_en for e in events if e.kind == "Meeting" and e.location}
    assert "Homs" not in places


def test_an_attendee_of_no_known_state_sits_beside_the_one_listed_before(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "استقبل رئيس الحكومة اللبنانية نواف سلام اليوم المبعوث الأمريكي توم براك.\n"
        "وكان المفوض السامي فيليبو غراندي قد زار السرايا في حزيران، والتقى سلام بحضور نائب "
        "رئيس الحكومة طارق متري ووزيرة الشؤون الاجتماعية حنين السيد.\n",
    )
    found = _met(events)
    guest = "فيليبو غراندي"
    assert [f for f in found if guest in f and "حنين السيد" in f]
    assert [f for f in found if guest in f and "Tarek Mitri" in f]
    assert not [f for f in found if "Nawaf Salam" in f and "حنين السيد" in f]


def test_a_dual_verb_after_one_who_went_along_with_another(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "وصل إلى دمشق وزير الخارجية الكويتي عبد الله اليحيا ومعه الأمين العام لمجلس "
        "التعاون جاسم البديوي، والتقيا وزير الخارجية أسعد الشيباني.\n",
    )
    found = _met(events)
    assert met("Abdullah Ali Al-Yahya", "Asaad al-Shaibani") in found
    assert met("Jasem Albudaiwi", "Asaad al-Shaibani") in found


def test_who_hosted_the_meeting_that_brought_them_together_met_his_guests(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "وفي الأول من أيار/مايو جمع «اجتماع عمّان التشاوري» الذي استضافه وزير الخارجية "
        "الأردني أيمن الصفدي نظراءه فيصل بن فرحان والمصري سامح شكري بوزير الخارجية السوري "
        "فيصل المقداد.\n",
    )
    found = _met(events)
    assert met("Ayman al-Ṣafadī", "Faisal bin Farhan Al Saud") in found
    assert met("Ayman al-Ṣafadī", "Faisal Mekdad") in found
    assert met("Faisal bin Farhan Al Saud", "Faisal Mekdad") in found
    assert met("Faisal bin Farhan Al Saud", "Sameh Shoukry") not in found


def test_a_name_the_ner_cut_after_its_first_word_goes_on(arabic_parser):
    _, mentions, _ = _read(
        arabic_parser,
        _STREAM + "التقت المبعوثة باربرا ليف الرئيس أحمد الشرع في دمشق.\n"
        "واستقبل عباس وفدا من حركة حماس.\n",
    )
    people = {m.entity.label for m in mentions if m.entity.type == "Person"}
    assert "باربرا ليف" in people
    assert not [p for p in people if p.startswith("عباس ")]


def test_him_in_a_relative_clause_that_goes_on_is_its_antecedent(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "حضر الرئيس السوري بشار الأسد قمة جدة حيث استقبله ولي العهد السعودي الأمير محمد "
        "بن سلمان.\n"
        "وكان بين ضيوف القمة الرئيس الأوكراني فولوديمير زيلينسكي، الذي حضر من خارج الجامعة "
        "والتقاه ولي العهد على هامشها.\n",
    )
    assert met("Mohammad bin Salman", "Volodymyr Zelenskyy") in _met(events)


def test_who_came_last_before_the_verb_met(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _STREAM + "فوزير الخارجية ايمن الصفدي زار دمشق في 23 كانون الاول والتقى احمد الشرع، ثم جاء "
        "الوزير اسعد الشيباني الى عمان في كانون الثاني والتقى الصفدي.\n",
    )
    assert met("Asaad al-Shaibani", "Ayman al-Ṣafadī") in _met(events)
