"""What held-out 33's errors taught, on sentences of our own: founders and compositions of a
body, an exercise's statement, «which of these states», and cases named by one party.

The states that founded a body («وأسسته ست دول هي A و B») or signed its charter («ووقعت
ميثاقها خمس دول هي: A، وB») are its members, and so are those of a body «المؤلفة من A و B»
(made up of: a state after «من» there is no place one comes from), whatever the tense of the
clause the participle hangs from. A bracket in a list that names a listed state again («وشرق
الأردن (المملكة الأردنية الهاشمية لاحقاً)، ولبنان») does not end the list. A statement an
exercise gives to judge true or false states nothing; «أي هذه الدول» (which of these states)
stands for none of the states named before. A case named by its filer alone («قضية جنوب
أفريقيا») is the one case the tables know that state filed against a state the article names;
the quotation marks around a case's parties are no part of its name. States are read in the
other spellings news gives them («بيليز», «موزامبيق», «الباكستان», «النيبال»). The first or
last state to join a body («آخر الدول انضماماً إليها») is its member.
"""

from __future__ import annotations

from tests.test_extraction import facts
from tests.test_local_officials_tours_and_receptions import _dated, _read


def _members(events) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"}


def _joined(events) -> set[tuple[str, str]]:
    return {(f[1], f[2]) for f in facts(events) if f[0] == "joinedCase"}


def test_the_founders_of_a_body_are_its_members(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "تأسس مجلس التعاون لدول الخليج العربية عام 1981، وأسسته ست دول هي السعودية "
            "والكويت وقطر والبحرين والإمارات وعُمان.\n"
            "وفي عام 1969 تأسست منظمة التعاون الإسلامي في الرباط، ووقعت ميثاقها دول عدة منها "
            "المغرب، وشرق الأردن (المملكة الأردنية الهاشمية لاحقاً)، وماليزيا.\n"
        ),
    )
    members = _members(events)
    gulf = "Gulf Cooperation Council"
    assert {("Saudi Arabia", gulf), ("Kuwait", gulf), ("Oman", gulf)} <= members
    oic = "Organisation of Islamic Cooperation"
    assert {("Morocco", oic), ("Jordan", oic), ("Malaysia", oic)} <= members


def test_a_body_made_up_of_states_has_them_as_members(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وقالت الخارجية إن لجنة المتابعة العربية، المؤلفة من الكويت والأردن والجزائر، "
            "ستعقد اجتماعها المقبل في القاهرة.\n"
        ),
    )
    members = _members(events)
    committee = "لجنة المتابعة العربية"
    assert {("Kuwait", committee), ("Jordan", committee), ("Algeria", committee)} <= members


def test_a_delegation_made_up_of_people_is_no_body(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated("وصل إلى عمّان الوفد المكون من وزير الخارجية المصري ونظيره الكويتي.\n"),
    )
    assert not _members(events)


def test_an_exercise_statement_states_nothing(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "2- ضع إشارة (✓) أمام العبارة الصحيحة وإشارة (✗) أمام الخاطئة: «باكستان وإيران "
            "عضوان في جامعة الدول العربية».\n"
            "3- صح أم خطأ: «انضمت تركيا إلى مجلس التعاون الخليجي عام 2020».\n"
        ),
    )
    assert not _members(events)


def test_which_of_these_states_is_none_of_them(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "1- كم دولة تدخلت في قضية غامبيا ضد ميانمار أمام محكمة العدل الدولية؟\n"
            "2- أي هذه الدول أودعت إعلان تدخل في قضية جنوب أفريقيا ضد إسرائيل؟ أ) تشيلي "
            "ب) بلجيكا\n"
        ),
    )
    joined = {state for state, _ in _joined(events)}
    assert not joined & {"Gambia", "Myanmar"}


def test_a_case_named_by_its_filer_is_the_known_case_against_a_state_named(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وتتواصل الحرب بين إسرائيل وحماس في غزة.\n"
            "وقد أودعت تشيلي وإسبانيا إعلانات تدخل في قضية جنوب أفريقيا أمام محكمة العدل "
            "الدولية.\n"
        ),
    )
    case = "South Africa v. Israel (Genocide Convention)"
    assert {("Chile", case), ("Spain", case)} <= _joined(events)


def test_a_case_named_by_its_filer_alone_stays_unlinked_without_its_respondent(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated("وقد أودعت تشيلي إعلان تدخل في قضية جنوب أفريقيا أمام محكمة العدل الدولية.\n"),
    )
    cases = {case for _, case in _joined(events)}
    assert cases and "South Africa v. Israel (Genocide Convention)" not in cases


def test_quotation_marks_are_no_part_of_a_case_name(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وقدمت كندا وهولندا إعلان تدخل مشتركاً في قضية «أوكرانيا ضد روسيا» أمام محكمة "
            "العدل الدولية.\n"
        ),
    )
    cases = {case for _, case in _joined(events)}
    assert cases == {"قضية أوكرانيا ضد روسيا"}


def test_states_spelt_the_other_way(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وقدمت بيليز وموزامبيق إعلانات تدخل في قضية جنوب أفريقيا ضد إسرائيل.\n"
            "ويذكر أن الباكستان والنيبال عضوان في رابطة جنوب آسيا للتعاون الإقليمي.\n"
        ),
    )
    case = "South Africa v. Israel (Genocide Convention)"
    assert {("Belize", case), ("Mozambique", case)} <= _joined(events)
    assert {state for state, _ in _members(events)} >= {"Pakistan", "Nepal"}


def test_the_last_state_to_join_is_a_member(arabic_parser):
    _, _, events = _read(
        arabic_parser,
        _dated(
            "وتضم منظمة التعاون الإسلامي اليوم 57 دولة، وكانت ساحل العاج آخر الدول انضماماً "
            "إليها عام 2001.\n"
            "وكانت كرواتيا آخر دولة انضماما إلى الاتحاد الأوروبي.\n"
            "وكانت تركيا أول دولة تطلب الانضمام إلى منظمة شنغهاي للتعاون.\n"
        ),
    )
    members = _members(events)
    assert ("Côte d'Ivoire", "Organisation of Islamic Cooperation") in members
    assert ("Croatia", "European Union") in members
    assert not [m for m in members if m[0] == "Turkey"]
