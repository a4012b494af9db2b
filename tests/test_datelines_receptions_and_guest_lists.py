"""What held-out 22's errors taught, on sentences of our own: the Gulf and Egyptian dailies'
date lines and bylines, receptions told by who stood at their head, guest lists of styled
names, and states that are only a meeting's adjectives.

A date line may set its place off with a colon and credit the paper after it («جدة: عكاظ:»,
«أبوظبي (الاتحاد):»), cite agencies after the paper («البيان، وكالات:»), or give the writer
(«كتب محمد سالم:», «شرم الشيخ - كتب وائل علي:»); a page's date may be written with slashes
around the month («الخميس 24/أكتوبر/2024»). «وكان X في مقدمة مستقبلي Y» and «وكان في مقدمة
مستقبليه X» are receptions, «في استقبال القادة …، وفي مقدمتهم Y» names the first guest, and a
style before the host («وكان سمو ولي العهد في استقبال …») is no one else. Names «و» joins
after the first guest («مع إخوانه جلالة السلطان X، وجلالة الملك Y، وصاحب السمو الشيخ Z») are
guests, however the parse hung them, and a style repeated before another's name is that
person's own. «عقد سموه لقاءً مع X»: the name between the light verb and its noun is the
subject. «ولي العهد» after a crown prince's name (his grandfather's name between) names him
again, unless two crown princes carried it. A grandfather's name right after a name is no
short name of another person, a title with «و» glued on is no foreigner's name, and a «ثم
التقيا» that opens its sentence is the two of the meeting just told. «القمة العربية
الإسلامية» is the League's and the OIC's; states that only a meeting noun's adjectives named
(«قمة أردنية مصرية») give way to the people who stand for them; a visit «إلى مصر» has no host.
"""

from __future__ import annotations

import datetime

import pytest

from kg.reader import articles_from_bytes
from tests.test_extraction import facts, met


@pytest.fixture
def extract_file(arabic_parser):
    """The events of a news file's text, read as `kg build` reads it (headline, date line)."""
    from kg.pipeline import Extractor

    extractor = Extractor(arabic_parser)
    return lambda text: [
        event
        for result in extractor.process(articles_from_bytes("a.txt", text.encode()))
        for event in result.events
    ]


DAY = datetime.date(2023, 1, 19)
BODY = "أمس في المدينة ضيوف القمة الذين وصلوا من عواصم المنطقة لبحث التعاون بين البلدان."


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("جدة: عكاظ: ", f"ترأس الأمير {BODY}"),
        ("الرياض: «الوطن»: ", f"ترأس الأمير {BODY}"),
        ("أبوظبي (الاتحاد): ", f"استقبل الشيخ {BODY}"),
        ("أبوظبي - البيان، وكالات: ", f"استقبل الشيخ {BODY}"),
        ("شرم الشيخ - كتب وائل علي: ", f"استقبل الرئيس {BODY}"),
        ("كتب محمد سالم: ", f"أعلنت مصر {BODY}"),
        ("كتب: قسم الشؤون الخارجية: ", f"التقى الرئيس {BODY}"),
    ],
)
def test_a_date_lines_place_paper_and_writer_are_no_text(header, body):
    text = f"قمة في جدة\nالسبت 20 مايو 2023م\n{header}{body}\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    start, end = article.regions[-1]
    assert article.text[start:end] == body


def test_a_quoted_line_that_opens_with_a_place_is_still_text():
    text = f"قمة في جدة\nالسبت 20 مايو 2023م\nقال الوزير: الرياض: نرحب بالضيوف {BODY}\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    start, end = article.regions[-1]
    assert article.text[start:end].startswith("قال الوزير")


def test_a_page_date_with_slashes_around_the_month():
    text = "السيسي في قازان\nالخميس 24/أكتوبر/2024 - 01:10 ص\nالتقى الرئيس نظيره.\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert article.published == datetime.date(2024, 10, 24)


def test_the_future_after_the_head_of_a_speech_is_no_reception(extract):
    _, events = extract(
        "وتحدث الشيخ محمد بن زايد آل نهيان في مقدمة كلمته عن التعاون المستقبلي مع الرئيس "
        "عبدالفتاح السيسي.",
        DAY,
    )
    assert not [e for e in events if "مستقبلي" in e.rule]


def test_styled_guests_listed_after_the_first_are_guests(extract):
    _, events = extract(
        "استضاف صاحب السمو الشيخ محمد بن زايد آل نهيان، رئيس الدولة، أمس في أبوظبي، لقاءً "
        "أخوياً مع إخوانه جلالة السلطان هيثم بن طارق سلطان عُمان، وجلالة الملك حمد بن عيسى آل "
        "خليفة ملك البحرين، وصاحب السمو الشيخ تميم بن حمد آل ثاني أمير قطر، وفخامة الرئيس "
        "عبدالفتاح السيسي رئيس جمهورية مصر العربية.",
        DAY,
    )
    found = facts(events)
    host = "Mohammed bin Zayed Al Nahyan"
    guests = [
        "Haitham bin Tarik Al Said",
        "Hamad II of Bahrain",
        "Tamim bin Hamad Al Thani",
        "Abdel Fattah el-Sisi",
    ]
    assert {met(host, guest) for guest in guests} <= found
    assert met("Haitham bin Tarik Al Said", "Tamim bin Hamad Al Thani") not in found


def test_a_title_with_and_glued_on_is_no_name(extract):
    mentions, _ = extract("القمة ترفض الحرب.. وولي العهد يلتقي الرئيس الإيراني", DAY)
    assert not [m for m in mentions if m.entity.label == "وولي"]


def test_then_the_two_met_again(extract):
    _, events = extract(
        "استقبل الرئيس عبدالفتاح السيسي اليوم الرئيس التركي رجب طيب أردوغان. ثم التقيا مجدداً "
        "على هامش قمة مجموعة العشرين في نيودلهي في سبتمبر الماضي.",
        datetime.date(2024, 2, 14),
    )
    again = [e for e in events if e.rule.endswith("-again")]
    assert again and again[0].date.value == "2023-09"


def test_an_arab_islamic_summit_is_held_by_both(extract):
    _, events = extract("احتضنت الرياض أمس القمة العربية الإسلامية المشتركة غير العادية.", DAY)
    found = facts(events)
    assert {
        ("heldMeetingIn", "Arab League", "Riyadh"),
        ("heldMeetingIn", "Organisation of Islamic Cooperation", "Riyadh"),
    } <= found


def test_states_a_summits_adjectives_named_give_way_to_their_leaders(extract_file):
    events = extract_file(
        "قمة أردنية مصرية في عمان\nعمان - الغد | الثلاثاء 25 آب 2020\nعقد الملك عبدالله الثاني "
        "والرئيس المصري عبد الفتاح السيسي، اليوم في عمان، قمة ثنائية بحثت التعاون بين البلدين في "
        "مجالات الطاقة والنقل والتجارة.\n"
    )
    found = facts(events)
    assert met("Abdullah II of Jordan", "Abdel Fattah el-Sisi") in found
    assert met("Abdullah II of Jordan", "Egypt") not in found
    assert met("Egypt", "Jordan") not in found


def test_a_body_acronym_with_the_article_and_a_state_in_egyptian_spelling(extract):
    mentions, _ = extract(
        "اجتمع وفد من الإيكواس مع مسؤولين من أوجندا ونيكاراجوا والمغرب.", datetime.date(2024, 1, 5)
    )
    named = {m.entity.label_en for m in mentions}
    assert {
        "Economic Community of West African States",
        "Uganda",
        "Nicaragua",
        "Morocco",
    } <= named


def test_joiners_in_the_clauses_after_a_case_and_an_unknown_name_under_kana(extract):
    _, events = extract(
        "أعلنت مصر عزمها التدخل في الدعوى التي أقامتها جنوب أفريقيا ضد إسرائيل أمام محكمة العدل "
        "الدولية. وكانت نيكاراجوا قد تقدمت بطلب للتدخل في القضية مطلع العام، فيما أودعت ليبيا "
        "إعلان تدخلها يوم الجمعة. وكانت تركيا قد أعلنت اعتزامها الانضمام إلى الدعوى.",
        datetime.date(2024, 5, 12),
    )
    joined = {f[1] for f in facts(events) if f[0] == "joinedCase"}
    assert {"Nicaragua", "Libya"} <= joined
    assert not joined & {"Egypt", "Turkey", "South Africa"}


def test_a_group_anaphor_composes_and_a_far_name_is_no_member(extract):
    _, events = extract(
        "انعقدت قمة بريكس في قازان. ويضم التجمع في عضويته البرازيل وروسيا والهند والصين. "
        "وقال الوزير إن اليابان قد تشارك في اجتماعات آسيان التي تضم 10 أعضاء لبحث التعاون "
        "التجاري مع الصين.",
        datetime.date(2024, 10, 24),
    )
    members = {(f[1], f[2]) for f in facts(events) if f[0] == "memberOf"}
    assert {("Brazil", "BRICS"), ("India", "BRICS")} <= members
    assert ("People's Republic of China", "Association of Southeast Asian Nations") not in members


@pytest.mark.parametrize(
    ("sentence", "published", "expected", "absent"),
    [
        # receptions told by who stood at their head
        (
            "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى أبوظبي أمس، وكان الشيخ محمد بن زايد "
            "آل نهيان في مقدمة مستقبلي الشيخ تميم بن حمد آل ثاني والرئيس عبدالفتاح السيسي لدى "
            "وصولهما إلى المطار.",
            DAY,
            {
                met("Mohammed bin Zayed Al Nahyan", "Tamim bin Hamad Al Thani"),
                met("Mohammed bin Zayed Al Nahyan", "Abdel Fattah el-Sisi"),
            },
            set(),
        ),
        (
            "ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض مساء أمس، وكان في مقدمة مستقبليه "
            "الأمير فيصل بن فرحان وزير الخارجية.",
            DAY,
            {met("Emmanuel Macron", "Faisal bin Farhan Al Saud")},
            set(),
        ),
        (
            "وكان الملك عبدالله الثاني في استقبال القادة لدى وصولهم إلى مقر القمة، وفي مقدمتهم "
            "الرئيس الفلسطيني محمود عباس والرئيس اللبناني ميشال عون.",
            DAY,
            {
                met("Abdullah II of Jordan", "Mahmoud Abbas"),
                met("Abdullah II of Jordan", "Michel Aoun"),
            },
            set(),
        ),
        (
            "ترأس الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء أمس القمة "
            "الخليجية. وكان سمو ولي العهد في استقبال الرئيس السوري بشار الأسد.",
            DAY,
            {met("Mohammad bin Salman", "Bashar al-Assad")},
            set(),
        ),
        (  # a name between a light verb and its noun is the subject
            "وصل ولي العهد السعودي الأمير محمد بن سلمان إلى جدة. وعلى هامش القمة، عقد سموه "
            "لقاءً مع الرئيس الأوكراني فولوديمير زيلينسكي.",
            datetime.date(2023, 5, 20),
            {met("Mohammad bin Salman", "Volodymyr Zelenskyy")},
            set(),
        ),
        (  # a grandfather's name right after the king's is no short name of another prince
            "شهدت الرياض القمة بحضور الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض. وكان "
            "الرئيس الصيني قد وصل، قبل أن يستقبله خادم الحرمين الشريفين الملك سلمان بن "
            "عبدالعزيز آل سعود.",
            datetime.date(2022, 12, 10),
            set(),
            {met("Salman of Saudi Arabia", "فيصل بن بندر بن عبدالعزيز")},
        ),
        (  # a visit «إلى مصر» has no host
            "استقبل الرئيس عبدالفتاح السيسي اليوم الرئيس التركي رجب طيب أردوغان، في أول زيارة "
            "للرئيس التركي إلى مصر منذ سنوات.",
            datetime.date(2024, 2, 14),
            {met("Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan")},
            {met("Egypt", "Recep Tayyip Erdoğan")},
        ),
        (  # two hosts, a blessing between them
            "استقبل صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس الدولة رئيس مجلس الوزراء "
            "حاكم دبي «رعاه الله»، وصاحب السمو الشيخ محمد بن زايد آل نهيان، أمس في أبوظبي، "
            "الرئيس الفرنسي إيمانويل ماكرون.",
            datetime.date(2021, 12, 4),
            {
                met("Mohammed bin Rashid Al Maktoum", "Emmanuel Macron"),
                met("Mohammed bin Zayed Al Nahyan", "Emmanuel Macron"),
            },
            set(),
        ),
        (  # a summit's chair hosts those taking part
            "انعقدت أمس القمة العربية الصينية برئاسة الأمير محمد بن سلمان، وبمشاركة الرئيس "
            "الصيني شي جين بينغ والرئيس المصري عبد الفتاح السيسي.",
            datetime.date(2022, 12, 10),
            {
                met("Mohammad bin Salman", "Xi Jinping"),
                met("Mohammad bin Salman", "Abdel Fattah el-Sisi"),
            },
            set(),
        ),
        (  # who hosted a meeting by a verb with its pronoun, a title set off by a comma
            "استضاف الشيخ محمد بن زايد آل نهيان، رئيس الدولة، أمس لقاءً مع الملك عبدالله "
            "الثاني. ويأتي اللقاء بعد لقاء مماثل استضافه الرئيس السيسي في العلمين في أغسطس "
            "الماضي، بمشاركة رئيس الدولة والملك حمد بن عيسى ورئيس الوزراء العراقي مصطفى "
            "الكاظمي.",
            datetime.date(2023, 1, 19),
            {
                met("Abdel Fattah el-Sisi", "Mohammed bin Zayed Al Nahyan"),
                met("Abdel Fattah el-Sisi", "Hamad II of Bahrain"),
                met("Abdel Fattah el-Sisi", "Mustafa Al-Kadhimi"),
            },
            {met("Hamad II of Bahrain", "Mustafa Al-Kadhimi")},
        ),
        (  # who headed a state's delegation to the summit just told is one more guest
            "افتتح الرئيس عبد المجيد تبون أمس أعمال القمة العربية في الجزائر. وشارك في القمة "
            "الرئيس المصري عبد الفتاح السيسي وأمير قطر الشيخ تميم بن حمد، فيما رأس وفد المملكة "
            "العربية السعودية وزير الخارجية الأمير فيصل بن فرحان.",
            datetime.date(2022, 11, 2),
            {
                met("Abdelmadjid Tebboune", "Abdel Fattah el-Sisi"),
                met("Abdelmadjid Tebboune", "Faisal bin Farhan Al Saud"),
            },
            {met("Abdel Fattah el-Sisi", "Faisal bin Farhan Al Saud")},
        ),
        (  # «سمو الأمير» with no name after it is the emir named «أمير البلاد»
            "افتتح حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى اليوم أعمال "
            "المنتدى. وكان سمو الأمير في مقدمة مستقبلي الرئيس التركي رجب طيب أردوغان لدى وصوله "
            "إلى الدوحة.",
            datetime.date(2023, 12, 4),
            {met("Tamim bin Hamad Al Thani", "Recep Tayyip Erdoğan")},
            set(),
        ),
        (  # the body on whose sidelines they met is no guest
            "التقى الرئيس عبدالفتاح السيسي، أمس، الرئيس الإيراني مسعود بزشكيان، على هامش قمة "
            "تجمع «بريكس» المنعقدة في قازان.",
            datetime.date(2024, 10, 24),
            {met("Abdel Fattah el-Sisi", "Masoud Pezeshkian")},
            {met("Abdel Fattah el-Sisi", "BRICS"), met("Masoud Pezeshkian", "BRICS")},
        ),
    ],
)
def test_who_met_whom(extract, sentence, published, expected, absent):
    _, events = extract(sentence, published)
    found = facts(events)
    assert expected <= found
    assert not absent & found
