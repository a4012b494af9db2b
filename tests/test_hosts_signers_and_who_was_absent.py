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

from tests.test_extraction import met
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
    assert {met(SISI, "Adama Barrow"), met(SISI, "Recep Tayyip Erdoğan")} <= _met(events)


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
