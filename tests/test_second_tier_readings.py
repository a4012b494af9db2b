"""What held-out 23's errors taught, on sentences of our own: the second tier of regional
politics (movement leaders known by a nickname, coalitions, rival councils, delegations named
by their group's adjective) and the constructions regional outlets tell their meetings with.

A name in quotes after a person's or a body's full name is its other name, wherever the article
writes it again as a name («حميدتي»), but not where the same word is a verb («تقدم»). A title's
body may be glued to «ل» («لتنسيقية», «لائتلاف») and quoted after its name, and «د.» may stand
before the holder's name; a title with «و» glued on («وقائد») opens an unknown person's name,
and titles stacked with «و» before a name («رئيس حكومة الإقليم ونائب رئيس الحزب، X») are his.
A family name the tokenizer cut with a pronoun («جيله») is still the name, a name set off by a
comma after a time word is no adjective of it, and a family name two people of the article bear
names nobody. «استضاف X الرئيس Y» is a reception; «بعد توقيع X و Y على الإعلان» a signing;
«بلقاء X في A، ثم Y في B» two meetings; «اتفق X و Y و Z … في ختام اجتماع» a meeting of the three.
«الوفد الحوثي» is the Houthis' delegation, not their leader, and «مؤكداً وقوف المملكة مع اليمن»
names no partner. A composition list comes after a relative clause on the body; the state that
hands in a filing («إيداع X طلبا للتدخل») joins the case, and one that «لم تودع» does not.
"""

from __future__ import annotations

import datetime

import pytest

from tests.test_extraction import facts, met

DAY = datetime.date(2024, 6, 3)
LATER = datetime.date(2025, 3, 20)


def _people(mentions) -> set[str]:
    return {m.entity.label_en or m.entity.label for m in mentions if m.entity.type == "Person"}


def test_a_nickname_in_quotes_names_the_person_again(extract):
    mentions, events = extract(
        "وصل قائد حركة العدل والمساواة عثمان عبد الرحمن «كركوري» إلى نيروبي. وفي اليوم التالي "
        "التقى كركوري الرئيس الكيني وليام روتو في القصر الرئاسي.",
        DAY,
    )
    nicknamed = [m for m in mentions if m.rule == "other-name"]
    assert nicknamed and {m.entity.label for m in nicknamed} == {"عثمان عبد الرحمن"}
    assert met("William Ruto", "عثمان عبد الرحمن") in facts(events)


def test_a_short_name_that_is_also_a_verb_is_read_only_as_a_name(extract):
    text = "أعلنت جبهة القوى المدنية «تقدم» رفضها للحرب. وتقدم الوزير بمقترح جديد إلى البرلمان."
    mentions, _ = extract(text, DAY)
    again = text.index("وتقدم")
    assert not [m for m in mentions if m.rule == "other-name" and m.start >= again]


def test_a_glued_body_a_quoted_short_name_and_a_doctor_before_the_name(extract):
    mentions, events = extract(
        "وصل رئيس الهيئة القيادية لائتلاف القوى المدنية «صمود»، د. عبد الله حمدوك، إلى "
        "كمبالا، حيث التقى الرئيس الأوغندي يويري موسيفيني.",
        DAY,
    )
    titled = [m for m in mentions if m.entity.label_en == "Abdalla Hamdok"]
    assert titled and titled[0].rule == "title-name"
    assert met("Abdalla Hamdok", "Yoweri Museveni") in facts(events)


def test_signing_together_told_by_a_noun_with_a_glued_title(extract):
    mentions, events = extract(
        "وجاء ذلك بعد توقيع رئيس الوزراء السابق عبد الله حمدوك وقائد حركة تحرير السودان مني "
        "أركو مناوي، يوم الثلاثاء الماضي في جوبا، على إعلان مشترك.",
        DAY,
    )
    assert "مني أركو مناوي" in _people(mentions)
    assert met("Abdalla Hamdok", "مني أركو مناوي") in facts(events)


def test_the_signing_of_two_states_is_no_meeting(extract):
    _, events = extract("وجاء ذلك بعد توقيع مصر والأردن اتفاقية للربط الكهربائي.", DAY)
    assert not [f for f in facts(events) if f[0] == "met"]


def test_a_family_name_cut_with_a_pronoun_is_still_the_name(extract):
    _, events = extract(
        "أجرى الرئيس الجيبوتي إسماعيل عمر جيله مباحثات هاتفية مع نظيره الكيني. ووصل وزير "
        "الخارجية التركي هاكان فيدان إلى جيبوتي أمس، حيث استقبله جيله في القصر الرئاسي.",
        DAY,
    )
    assert met("Hakan Fidan", "Ismail Omar Guelleh") in facts(events)


def test_a_name_set_off_after_a_time_word_is_no_adjective(extract):
    _, events = extract(
        "وكان المبعوث الأممي عبدالله باتيلي قد دعا رئيس المجلس الرئاسي محمد المنفي إلى "
        "الحوار. والتقى باتيلي، اليوم الإثنين، المنفي في مقر المجلس بطرابلس.",
        DAY,
    )
    assert met("Abdoulaye Bathily", "Mohamed al-Menfi") in facts(events)


def test_a_family_name_two_people_bear_names_nobody(extract):
    mentions, _ = extract(
        "استقبل رئيس إقليم كردستان نيجيرفان بارزاني في أربيل رئيس الاتحاد الوطني الكردستاني "
        "بافل جلال طالباني، بحضور رئيس الحزب الديمقراطي الكردستاني مسعود بارزاني. وعقد "
        "بارزاني وطالباني مؤتمراً صحفياً.",
        LATER,
    )
    assert "بارزاني" not in _people(mentions)


def test_titles_stacked_before_a_name_are_his(extract):
    mentions, _ = extract(
        "استقبل رئيس حكومة إقليم كوردستان ونائب رئيس الحزب الديمقراطي الكوردستاني، مسرور "
        "بارزاني، اليوم في أربيل، السفير البريطاني.",
        LATER,
    )
    assert "Masrour Barzani" in _people(mentions)
    assert not [m for m in mentions if m.entity.label.startswith("رئيس حكومة")]


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"),
    [
        (
            "استضاف أمير قطر الشيخ تميم بن حمد آل ثاني، أمس الثلاثاء في الدوحة، الرئيس الرواندي "
            "بول كاغامي ورئيس الكونغو الديمقراطية فيليكس تشيسيكيدي، في لقاء ثلاثي.",
            {
                met("Tamim bin Hamad Al Thani", "Paul Kagame"),
                met("Tamim bin Hamad Al Thani", "Félix Tshisekedi"),
            },
            set(),
        ),
        (
            "واستضافت الرياض أمس اجتماع وزراء الخارجية العرب بحضور الأمين العام للجامعة.",
            set(),
            {met("Riyadh", "Ahmed Aboul Gheit")},
        ),
        (
            "وكان وزير الخارجية سامح شكري قد استهل جولته الأفريقية بلقاء الرئيس الكيني وليام "
            "روتو في نيروبي، ثم الرئيس الأوغندي يويري موسيفيني في كمبالا.",
            {met("Sameh Shoukry", "William Ruto"), met("Sameh Shoukry", "Yoweri Museveni")},
            {met("William Ruto", "Yoweri Museveni")},
        ),
        (
            "واتفق رئيس الوزراء العراقي محمد شياع السوداني ورئيس حكومة إقليم كردستان مسرور "
            "بارزاني، أمس، على صرف الرواتب، في ختام اجتماع عقد في بغداد.",
            {met("Mohammed Shia al-Sudani", "Masrour Barzani")},
            set(),
        ),
        (
            "وأعلن وزير الدفاع السعودي الأمير خالد بن سلمان أنه التقى الوفد الحوثي في الرياض، "
            "مؤكداً وقوف المملكة مع اليمن وشعبه.",
            {met("Houthis", "Khalid bin Salman")},
            {met("Khalid bin Salman", "Yemen"), met("Abdul-Malik al-Houthi", "Khalid bin Salman")},
        ),
    ],
)
def test_meetings_regional_outlets_tell(extract, sentence, expected, absent):
    _, events = extract(sentence, LATER)
    found = facts(events)
    assert expected <= found
    assert not absent & found


def test_a_composition_list_after_a_relative_clause_on_the_body(extract):
    _, events = extract(
        "ويضم مجلس التعاون لدول الخليج العربية، الذي تأسس في أبوظبي عام 1981، كلا من السعودية "
        "والإمارات والكويت وقطر والبحرين وعمان.",
        DAY,
    )
    members = {f[1] for f in facts(events) if f[0] == "memberOf"}
    assert {"Saudi Arabia", "Kuwait", "Oman"} <= members


def test_who_hands_in_a_filing_joins_and_who_has_not_does_not(extract):
    _, events = extract(
        "رفعت جنوب أفريقيا دعوى ضد إسرائيل أمام محكمة العدل الدولية. وتزامن ذلك مع إيداع "
        "كولومبيا، يوم الأربعاء، طلبا للإذن بالتدخل في الدعوى. في المقابل، لم تودع تركيا حتى "
        "الآن إعلان تدخلها في الدعوى.",
        DAY,
    )
    joined = {f[1] for f in facts(events) if f[0] == "joinedCase"}
    assert "Colombia" in joined
    assert "Turkey" not in joined
