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

from kg.reader import articles_from_bytes
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


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a family name the tokenizer cut with a pronoun («جيل» + «ه») is still the name
        (
            "أجرى الرئيس الجيبوتي إسماعيل عمر جيله مباحثات هاتفية مع نظيره الكيني. ووصل وزير "
            "الخارجية التركي هاكان فيدان إلى جيبوتي أمس، حيث استقبله جيله في القصر الرئاسي.",
            ("Hakan Fidan", "Ismail Omar Guelleh"),
        ),
        # a name set off by a comma after a time word is no adjective of it
        (
            "وكان المبعوث الأممي عبدالله باتيلي قد دعا رئيس المجلس الرئاسي محمد المنفي إلى "
            "الحوار. والتقى باتيلي، اليوم الإثنين، المنفي في مقر المجلس بطرابلس.",
            ("Abdoulaye Bathily", "Mohamed al-Menfi"),
        ),
    ],
)
def test_a_name_written_again_alone_still_meets(extract, text, pair):
    _, events = extract(text, DAY)
    assert met(*pair) in facts(events)


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
            "استضاف الرئيس عبد الفتاح السيسي، أمس الأحد في القاهرة، العاهل الأردني الملك "
            "عبد الله الثاني والرئيس الفلسطيني محمود عباس، في قمة ثلاثية.",
            {
                met("Abdel Fattah el-Sisi", "Abdullah II of Jordan"),
                met("Abdel Fattah el-Sisi", "Mahmoud Abbas"),
                met("Abdullah II of Jordan", "Mahmoud Abbas"),  # a three-party summit: all met all
            },
            set(),
        ),
        (
            "استضاف الرئيس عبد الفتاح السيسي، أمس الأحد في القاهرة، العاهل الأردني الملك "
            "عبد الله الثاني والرئيس الفلسطيني محمود عباس.",
            {met("Abdel Fattah el-Sisi", "Mahmoud Abbas")},
            {met("Abdullah II of Jordan", "Mahmoud Abbas")},  # two guests, not said to meet
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


def test_the_un_envoy_named_again_and_a_stop_told_without_a_subject(extract):
    _, events = extract(
        "بدأ المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ جولته من "
        "الرياض. وانتقل المبعوث الأممي بعدها إلى مسقط، حيث التقى وزير الخارجية العماني بدر "
        "البوسعيدي. ثم حل بعدن، حيث استقبله رئيس مجلس القيادة الرئاسي رشاد العليمي.",
        datetime.date(2023, 5, 3),
    )
    found = facts(events)
    assert met("Hans Grundberg", "Sayyid Badr bin Hamad bin Hamood AlBusaidi") in found
    assert met("Hans Grundberg", "Rashad al-Alimi") in found


def test_a_bodys_adjective_or_affiliation_between_a_title_and_its_holder(extract):
    mentions, _ = extract(
        "والتقى الوزير رئيس المجلس السياسي الأعلى التابع للحوثيين مهدي المشاط في صنعاء، ثم "
        "زعيم جبهة البوليساريو الانفصالية إبراهيم غالي في تندوف.",
        datetime.date(2019, 5, 2),
    )
    titled = {m.entity.label_en for m in mentions if m.rule == "title-name"}
    assert {"Mahdi al-Mashat", "Brahim Ghali"} <= titled


def test_a_hijri_and_gregorian_date_line_dates_the_article():
    text = (
        "الرياض تستقبل الوفد\nالأربعاء - 5 ربيع الأول 1445 هـ - 20 سبتمبر 2023 مـ\n"
        "الرياض: «الشرق الأوسط»: استقبل وزير الدفاع الوفد أمس.\n"
    )
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert article.published == datetime.date(2023, 9, 20)


def test_the_president_by_his_family_name_is_not_a_general_by_his_first(extract):
    mentions, _ = extract(
        "ترأس الرئيس محمود عباس اجتماع القيادة. واستقبله رئيس جهاز المخابرات العامة المصرية "
        "اللواء عباس كامل. ومن المقرر أن يلتقي الرئيس عباس اليوم الرئيس عبد الفتاح السيسي.",
        datetime.date(2023, 7, 31),
    )
    again = [m for m in mentions if m.start > 100 and "عباس" in m.entity.label]
    assert again and {m.entity.label_en for m in again} == {"Mahmoud Abbas"}


def test_a_national_councils_chair_sits_with_his_states_prime_minister(extract):
    _, events = extract(
        "شهد رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان ورئيس مجلس الوزراء "
        "عبد الله حمدوك، اليوم في جوبا، مراسم التوقيع على اتفاق السلام، برعاية رئيس جنوب "
        "السودان سلفاكير ميارديت وبحضوره.",
        datetime.date(2020, 10, 3),
    )
    found = facts(events)
    assert met("Abdel Fattah al-Burhan", "Abdalla Hamdok") not in found


@pytest.mark.parametrize(
    ("sentence", "published", "expected", "absent"),
    [
        # the home a meeting was held in: its owner hosts who came
        (
            "عقد قادة تحالف الفتح أمس اجتماعاً في منزل رئيس تيار الحكمة عمار الحكيم ببغداد، "
            "بحضور رئيس الوزراء مصطفى الكاظمي.",
            datetime.date(2021, 3, 2),
            {met("Mustafa Al-Kadhimi", "عمار الحكيم")},
            set(),
        ),
        # seats set aside for states say nothing of who came
        (
            "وعقدت المجموعة قمتها في أبوجا برئاسة الرئيس النيجيري بولا تينوبو. وبدت المقاعد "
            "المخصصة لمالي والنيجر وبوركينا فاسو شاغرة في قاعة القمة.",
            datetime.date(2024, 7, 8),
            set(),
            {met("Bola Tinubu", "Mali"), met("Bola Tinubu", "Niger")},
        ),
        # a mediation «مع» another verb governs is no partner of the summit
        (
            "وكلّف الرئيس النيجيري بولا تينوبو الرئيس السنغالي باسيرو ديوماي فاي، المشارك في "
            "القمة، بمهمة الوساطة مع قادة مالي والنيجر.",
            datetime.date(2024, 7, 8),
            set(),
            {met("Bassirou Diomaye Faye", "Mali"), met("Bola Tinubu", "Niger")},
        ),
        # a host the parse took for the verb's object, far before the summit
        (
            "واستضاف رئيس المجلس الوطني لحماية الوطن في النيجر الجنرال عبد الرحمن تياني "
            "القمة الأولى للتحالف، بمشاركة الرئيس الانتقالي لبوركينا فاسو النقيب إبراهيم تراوري.",
            datetime.date(2024, 7, 8),
            {met("Abdourahamane Tchiani", "Ibrahim Traore")},
            set(),
        ),
        # a partner's status in a body is no dialogue held
        (
            "وتحظى قطر والسعودية والإمارات بصفة شريك حوار في منظمة شنغهاي للتعاون.",
            datetime.date(2023, 7, 5),
            set(),
            {met("Qatar", "Saudi Arabia")},
        ),
    ],
)
def test_who_hosted_and_who_only_had_a_seat(extract, sentence, published, expected, absent):
    _, events = extract(sentence, published)
    found = facts(events)
    assert expected <= found
    assert not absent & found


def test_the_body_whose_delegation_a_guest_heads_is_on_his_side(extract):
    mentions, events = extract(
        "ترأس الرئيس محمود عباس في القاهرة اجتماع الأمناء العامين للفصائل. وشارك في الاجتماع "
        "الأمين العام لحركة الجهاد الإسلامي زياد النخالة، على رأس وفد من الحركة.",
        datetime.date(2021, 2, 9),
    )
    anaphors = [m for m in mentions if m.rule == "body-anaphor"]
    assert anaphors and anaphors[0].entity.label_en == "Palestinian Islamic Jihad"
    found = facts(events)
    assert met("Mahmoud Abbas", "Palestinian Islamic Jihad") in found
