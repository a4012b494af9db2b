"""States named by their formal names, as communiqués and lists of members and signatories write
them: «جمهورية نيجيريا الاتحادية», «الولايات المتحدة المكسيكية», «المملكة المتحدة لبريطانيا
العظمى وأيرلندا الشمالية» (scripts/world/data/state_formal_names.tsv, built into the states'
aliases).

A formal name is one mention of its state, not its short name with words left over on either
side, so a list of them is a list of states. The longest name wins: «جمهورية الكونغو
الديمقراطية» is the DRC and «جمهورية الكونغو» the Republic of the Congo, «جمهورية غينيا
الاستوائية» and «جمهورية غينيا - بيساو» are not Guinea, «جمهورية جنوب السودان» is not Sudan,
«جمهورية كوريا الديمقراطية الشعبية» is not the Republic of Korea, and «الولايات المتحدة
المكسيكية» is not the United States. «جمهورية الصين» is Taiwan's name, never the PRC's.
"""

from __future__ import annotations

from kg.normalize import normalize
from kg.pipeline import Extractor
from kg.reader import articles_from_bytes
from kg.resources import data_path
from kg.tsv import read_rows
from tests.test_extraction import facts, met

ROOT = data_path("states.tsv").parents[2]
OIC_COMMITTEE = "OIC-Arab League Gaza ministerial committee (contact group)"


def _read(arabic_parser, body: str):
    (article,) = articles_from_bytes("article.txt", ("خبر\nالأحد 9 مارس 2025\n" + body).encode())
    ((_, _, mentions, events),) = Extractor(arabic_parser).process([article])
    return article, mentions, events


def _states(article, mentions) -> list[tuple[str, str]]:
    """(the words, the state) of each mention of a state, or of a title that names one
    («سفير الولايات المتحدة المكسيكية»: Mexico), in the text's order."""
    found = []
    for mention in sorted(mentions, key=lambda m: m.start):
        state = mention.entity if mention.entity.type == "State" else mention.represents
        if state is not None:
            found.append((article.text[mention.start : mention.end], state.label_en or state.label))
    return found


def _members(events) -> set[tuple[str, str]]:
    return {(a, b) for relation, a, b in facts(events) if relation == "memberOf"}


def test_a_committee_of_ministers_of_states_named_formally_has_each_state_as_member(
    arabic_parser,
):
    _, _, events = _read(
        arabic_parser,
        "وتضم اللجنة الوزارية العربية الإسلامية وزراء خارجية جمهورية نيجيريا الاتحادية "
        "وجمهورية إندونيسيا ودولة فلسطين.\n",
    )
    assert _members(events) == {
        ("Nigeria", OIC_COMMITTEE),
        ("Indonesia", OIC_COMMITTEE),
        ("State of Palestine", OIC_COMMITTEE),
    }


def test_a_meeting_of_ministers_of_states_named_formally_is_a_meeting_of_each(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        "واجتمع وزراء خارجية الولايات المتحدة المكسيكية وجمهورية ألمانيا الاتحادية والمملكة "
        "المتحدة لبريطانيا العظمى وأيرلندا الشمالية في برلين أمس.\n",
    )
    found = {f for f in facts(events) if f[0] == "met"}
    assert found == {
        met("Mexico", "Germany"),
        met("Mexico", "United Kingdom"),
        met("Germany", "United Kingdom"),
    }


def test_each_formal_name_of_a_list_is_one_mention_of_its_state(arabic_parser):
    article, mentions, _ = _read(
        arabic_parser,
        "وشارك في الاجتماع ممثلو الجمهورية الإسلامية الإيرانية وجمهورية كازاخستان "
        "والجمهورية الجزائرية الديمقراطية الشعبية وجمهورية إثيوبيا الديمقراطية الاتحادية "
        "وجمهورية جيبوتي ودولة إريتريا وسلطنة عمان والاتحاد الروسي.\n",
    )
    assert _states(article, mentions) == [
        ("الجمهورية الإسلامية الإيرانية", "Iran"),
        ("جمهورية كازاخستان", "Kazakhstan"),
        ("الجمهورية الجزائرية الديمقراطية الشعبية", "Algeria"),
        ("جمهورية إثيوبيا الديمقراطية الاتحادية", "Ethiopia"),
        ("جمهورية جيبوتي", "Djibouti"),
        ("دولة إريتريا", "Eritrea"),
        ("سلطنة عمان", "Oman"),
        ("الاتحاد الروسي", "Russia"),
    ]


def test_the_longest_formal_name_wins_over_the_shorter_one_it_begins_with(arabic_parser):
    article, mentions, _ = _read(
        arabic_parser,
        "وحضر القمة رؤساء جمهورية الكونغو الديمقراطية وجمهورية الكونغو وجمهورية غينيا "
        "الاستوائية وجمهورية غينيا - بيساو وجمهورية غينيا وجمهورية جنوب السودان وجمهورية "
        "السودان.\n"
        "واستقبل الوزير سفيري جمهورية كوريا وجمهورية كوريا الديمقراطية الشعبية، ثم سفير "
        "الولايات المتحدة المكسيكية.\n",
    )
    assert _states(article, mentions) == [
        ("جمهورية الكونغو الديمقراطية", "Democratic Republic of the Congo"),
        ("جمهورية الكونغو", "Republic of the Congo"),
        ("جمهورية غينيا الاستوائية", "Equatorial Guinea"),
        ("جمهورية غينيا - بيساو", "Guinea-Bissau"),
        ("جمهورية غينيا", "Guinea"),
        ("جمهورية جنوب السودان", "South Sudan"),
        ("جمهورية السودان", "Sudan"),
        ("جمهورية كوريا", "South Korea"),
        ("جمهورية كوريا الديمقراطية الشعبية", "North Korea"),
        ("سفير الولايات المتحدة المكسيكية", "Mexico"),
    ]


def test_a_form_of_state_and_an_adjective_is_not_anothers_formal_name(arabic_parser):
    """«الجمهورية الدومينيكية» is the Dominican Republic's formal name: Dominica's adjective
    («دومينيكية») does not make it Dominica's too."""
    article, mentions, _ = _read(
        arabic_parser,
        "وشارك في المؤتمر ممثلو كمنولث دومينيكا والجمهورية الدومينيكية.\n",
    )
    assert _states(article, mentions) == [
        ("كمنولث دومينيكا", "Dominica"),
        ("الجمهورية الدومينيكية", "Dominican Republic"),
    ]


def test_every_formal_name_is_its_states_alone_and_built_into_the_table():
    states = read_rows(data_path("states.tsv"))
    owner: dict[str, str] = {}
    for row in states:
        for name in row["aliases_ar"].split("|"):
            assert owner.setdefault(normalize(name), row["iso2"]) == row["iso2"], name
    assert normalize("جمهورية الصين") not in owner  # Taiwan's formal name, not the PRC's
    listed = read_rows(ROOT / "scripts" / "world" / "data" / "state_formal_names.tsv")
    for row in listed:  # the table is rebuilt from the list (scripts/world/build.py)
        name = normalize(" ".join(row["name_ar"].replace("-", " ").split()))
        assert owner.get(name) == row["iso2"], row["name_ar"]
    un_states = {row["iso2"] for row in states if row["un"] in ("member", "observer")}
    assert {row["iso2"] for row in listed} <= un_states
