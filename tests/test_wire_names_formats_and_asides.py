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
object.
"""

from __future__ import annotations

from tests.test_extraction import facts, met
from tests.test_local_officials_tours_and_receptions import _met, _read

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
