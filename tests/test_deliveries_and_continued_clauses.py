"""What held-out 21's errors taught, on sentences of our own: clauses that go on about the
sentence's subject, styled pronouns, letters handed over, groups named by their count.

«وصل X …، فالتقى A في القدس و B في رام الله»: a verb glued to «ف» goes on about whom the
clause before names, and the people after it, each with his place or his own title, are his
guests, not each other's («فالتقى محمد بن راشد نائب رئيس الدولة … وولي عهد أبوظبي محمد بن
زايد»). «سموه» stands for the host the article styled so first («صاحب السمو الأمير الشيخ X»,
whose mention starts at «الأمير»), also after a guest styled so; «وكان في استقبال سموه Y»
makes Y his host, and the name right after an opening «وكان» is the subject the parse may
miss. A letter or a draft handed by one person to another is a meeting of the two («سلّمت
السفيرة X بري مسودة الاقتراح», «سلّمها X إلى Y»), not with who sent it («رسالة من الرئيس
Y») nor with an office («إلى قلم المحكمة»). «موافقة X و Y على عقد لقاء» is a meeting to come.
«اللجنة الخماسية» is a group of states, whose members a relative clause after an adjective's
phrase lists («المعنية بلبنان، التي تضم …») and whose meeting the verb before that clause
holds; «إيقاد», a body's short name, and a second body «و» joins to the first after a member
word are read. Levantine «الموفد» is an envoy, and a town after a title and its state's
adjective is a first name («الموفد الأميركي آموس هوكشتاين»); who attended «عن الجانب
اللبناني» sits on the side that is not the host's known state, and the president named after
«X، مبعوث الرئيس الفرنسي» sent X. A daily's issue number opens its date line, in
Arabic-Indic digits.
"""

from __future__ import annotations

import datetime

import pytest

from kg.reader import articles_from_bytes
from tests.test_extraction import facts, met

DAY = datetime.date(2023, 1, 31)
MEETING = datetime.date(2024, 11, 20)


@pytest.mark.parametrize(
    ("sentence", "published", "expected", "absent"),
    [
        (
            "وكان بلينكن قد جال على المنطقة، فالتقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو في "
            "القدس والرئيس الفلسطيني محمود عباس في رام الله.",
            DAY,
            {met("Antony Blinken", "Benjamin Netanyahu"), met("Antony Blinken", "Mahmoud Abbas")},
            {met("Benjamin Netanyahu", "Mahmoud Abbas")},
        ),
        (
            "وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى المنطقة، فالتقى الرئيس الإسرائيلي إسحاق "
            "هرتسوغ في القدس والرئيس الفلسطيني محمود عباس في رام الله.",
            DAY,
            {met("Antony Blinken", "Isaac Herzog"), met("Antony Blinken", "Mahmoud Abbas")},
            {met("Isaac Herzog", "Mahmoud Abbas")},
        ),
        (
            "وغادر الرئيس المصري عبد الفتاح السيسي إلى الإمارات، فالتقى الشيخ محمد بن راشد آل "
            "مكتوم نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي وولي عهد أبوظبي الشيخ محمد بن زايد "
            "آل نهيان.",
            DAY,
            {
                met("Abdel Fattah el-Sisi", "Mohammed bin Rashid Al Maktoum"),
                met("Abdel Fattah el-Sisi", "Mohammed bin Zayed Al Nahyan"),
            },
            {met("Mohammed bin Rashid Al Maktoum", "Mohammed bin Zayed Al Nahyan")},
        ),
        (
            "اختتم صاحب السمو الأمير الشيخ نواف الأحمد زيارة إلى الرياض. وكان في استقبال سموه لدى "
            "وصوله صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد. وكان سموه قد استقبل قبل سفره "
            "وزير الخارجية الأردني أيمن الصفدي.",
            datetime.date(2022, 3, 10),
            {met("Mohammad bin Salman", "نواف الأحمد"), met("نواف الأحمد", "Ayman al-Ṣafadī")},
            {met("Mohammad bin Salman", "Ayman al-Ṣafadī")},
        ),
        (
            "وصل الموفد الأميركي آموس هوكشتاين إلى بيروت أمس، وعقد اجتماعاً مع رئيس الحكومة نجيب "
            "ميقاتي. وحضر الاجتماع عن الجانب اللبناني وزير الخارجية عبدالله بو حبيب.",
            MEETING,
            {met("آموس هوكشتاين", "Najib Mikati"), met("آموس هوكشتاين", "Abdallah Bou Habib")},
            {met("Najib Mikati", "Abdallah Bou Habib")},
        ),
    ],
)
def test_who_goes_on_in_a_clause_styled_pronouns_and_attendees_find_their_host(
    extract, sentence, published, expected, absent
):
    _, events = extract(sentence, published)
    found = facts(events)
    assert expected <= found
    assert not absent & found


def test_the_name_after_an_opening_kana_is_the_subject_a_where_clause_goes_on_about(extract):
    _, events = extract(
        "اختتم صاحب السمو الأمير الشيخ نواف الأحمد جولة خليجية. وكان سموه قد استهل جولته من "
        "جدة، حيث استقبله الملك سلمان بن عبد العزيز.",
        datetime.date(2022, 3, 10),
    )
    assert met("Salman of Saudi Arabia", "نواف الأحمد") in facts(events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وكانت السفيرة الأميركية ليزا جونسون قد سلّمت ميقاتي مسودة الاتفاق في السرايا.",
            met("ليزا جونسون", "Najib Mikati"),
        ),
        (
            "وسلّم وزير الخارجية السعودي فيصل بن فرحان رسالة خطية إلى رئيس الحكومة اللبنانية "
            "نجيب ميقاتي.",
            met("Faisal bin Farhan Al Saud", "Najib Mikati"),
        ),
    ],
)
def test_a_letter_handed_by_one_person_to_another_is_their_meeting(extract, sentence, expected):
    _, events = extract(sentence, MEETING)
    assert expected in facts(events)


@pytest.mark.parametrize(
    "sentence",
    [
        "وسلم الرئيس ميشال عون رسالة من الرئيس إيمانويل ماكرون.",
        "وسلّم الإعلانَ إلى قلم المحكمة وفدٌ تركي ضم نواباً.",
        "وتسلم الرئيس الجزائري عبد المجيد تبون رسالة من نظيره التونسي قيس سعيد.",
    ],
)
def test_a_letter_from_someone_or_to_an_office_is_no_meeting(extract, sentence):
    _, events = extract(sentence, MEETING)
    assert not [f for f in facts(events) if f[0] == "met"]


def test_a_meeting_agreed_on_is_to_come(extract):
    _, events = extract(
        "وأعلن الوسطاء موافقة رئيس الوزراء الإسرائيلي بنيامين نتنياهو والرئيس الفلسطيني محمود "
        "عباس على عقد لقاء مباشر بينهما.",
        MEETING,
    )
    assert [e.modality for e in events if e.kind == "Meeting"] == ["planned"]
    assert not [f for f in facts(events) if f[0] == "met"]


def test_a_title_in_construct_with_a_town_keeps_the_town(extract):
    mentions, _ = extract(
        "فالتقى الشيخ محمد بن راشد نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي وولي عهد أبوظبي "
        "الشيخ محمد بن زايد.",
        MEETING,
    )
    assert "Dubai" in {m.entity.label_en for m in mentions}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وتضم «إيقاد» ثماني دول هي إثيوبيا وكينيا وأوغندا.",
            {
                ("memberOf", "Ethiopia", "Intergovernmental Authority on Development"),
                ("memberOf", "Uganda", "Intergovernmental Authority on Development"),
            },
        ),
        (
            "وتعد إثيوبيا وكينيا عضوين في الهيئة الحكومية للتنمية «إيقاد» والاتحاد الأفريقي.",
            {
                ("memberOf", "Kenya", "Intergovernmental Authority on Development"),
                ("memberOf", "Kenya", "African Union"),
                ("memberOf", "Ethiopia", "African Union"),
            },
        ),
        (
            "عقدت اللجنة الخماسية المعنية بلبنان، التي تضم الولايات المتحدة وفرنسا والسعودية، "
            "اجتماعها أمس في الدوحة.",
            {
                ("memberOf", "France", "اللجنة الخماسية"),
                ("memberOf", "Saudi Arabia", "اللجنة الخماسية"),
                ("heldMeetingIn", "اللجنة الخماسية", "Doha"),
            },
        ),
    ],
)
def test_groups_by_short_name_count_and_second_body(extract, sentence, expected):
    _, events = extract(sentence, MEETING)
    assert expected <= facts(events)


def test_an_honorific_is_no_foreign_name(extract):
    mentions, _ = extract(
        "ترأس الملك حمد بن عيسى آل خليفة أمس أعمال القمة العربية في المنامة. "
        "وشارك في القمة فخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية، وأخوه جلالة "
        "الملك عبدالله الثاني ابن الحسين عاهل المملكة الأردنية الهاشمية، وفخامة الرئيس محمود "
        "عباس رئيس دولة فلسطين، وفخامة الرئيس عبداللطيف جمال رشيد رئيس جمهورية العراق، وفخامة "
        "الرئيس بشار الأسد رئيس الجمهورية العربية السورية الذي اكتفى بالحضور.",
        datetime.date(2024, 5, 17),
    )
    assert not [m for m in mentions if "فخامة" in m.entity.label]


def test_an_issue_number_opens_a_date_line_in_arabic_indic_digits():
    dateline = "العدد : ١٦٨٣٦ - الجمعة ١٧ مايو ٢٠٢٤ م، الموافق ٠٩ ذو القعدة ١٤٤٥هـ"
    text = f"قمة في المنامة\n{dateline}\nترأس الملك القمة.\n"
    (article,) = articles_from_bytes("a.txt", text.encode())
    assert article.published == datetime.date(2024, 5, 17)
    start, end = article.regions[-1]
    assert article.text[start:end] == "ترأس الملك القمة."


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "وقبيل انطلاق الجلسة العامة، التقت المستشارة الألمانية أنجيلا ميركل رئيس المجلس "
            "الرئاسي لحكومة الوفاق فائز السراج، ثم القائد العام للقوات المسلحة المشير خليفة حفتر، "
            "في لقاءين منفصلين.",
            datetime.date(2020, 1, 19),
            {met("Angela Merkel", "Fayez al-Sarraj"), met("Angela Merkel", "Khalifa Haftar")},
        ),
        (
            "وكان الرئيس الجزائري عبد المجيد تبون قد جمع في تموز الماضي بين الرئيس الفلسطيني "
            "محمود عباس ورئيس المكتب السياسي لحماس إسماعيل هنية.",
            datetime.date(2022, 11, 1),
            {
                met("Abdelmadjid Tebboune", "Mahmoud Abbas"),
                met("Abdelmadjid Tebboune", "Ismail Haniyeh"),
            },
        ),
        (
            "وقّع المجلس الانتقالي الجنوبي والحكومة الاتفاق. والتقى ولي عهد أبوظبي الشيخ محمد بن "
            "زايد وفد المجلس الانتقالي.",
            datetime.date(2019, 11, 6),
            {met("Mohammed bin Zayed Al Nahyan", "Southern Transitional Council")},
        ),
        (
            "واستقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس اليمني عبدربه منصور هادي.",
            datetime.date(2019, 11, 6),
            {met("Mohammad bin Salman", "Abdrabbuh Mansour Hadi")},
        ),
        (
            "والتقى الرئيس الكيني وليام روتو الرئيس إسماعيل عمر قيلي.",
            datetime.date(2023, 12, 11),
            {met("William Ruto", "Ismail Omar Guelleh")},
        ),
    ],
)
def test_a_guest_after_then_a_host_who_brought_two_together_and_names_as_written(
    extract, sentence, published, expected
):
    _, events = extract(sentence, published)
    assert expected <= facts(events)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وتضم منظومة مجلس التعاون لدول الخليج العربية ست دول هي السعودية والكويت وقطر.",
            {("memberOf", "Kuwait", "Gulf Cooperation Council")},
        ),
        (
            "ويعد العراق ومصر والأردن من الأعضاء المؤسسين لجامعة الدول العربية.",
            {("memberOf", "Iraq", "Arab League"), ("memberOf", "Jordan", "Arab League")},
        ),
        (
            "وتعد الدول الخمس دائمة العضوية في مجلس الأمن، الولايات المتحدة وروسيا والصين "
            "وبريطانيا وفرنسا، من أبرز المشاركين.",
            {
                ("memberOf", "Russia", "United Nations Security Council"),
                ("memberOf", "France", "United Nations Security Council"),
            },
        ),
    ],
)
def test_members_after_a_word_for_the_body_a_founding_link_and_an_apposition(
    extract, sentence, expected
):
    _, events = extract(sentence, MEETING)
    assert expected <= facts(events)


def test_the_holder_named_after_an_envoys_title_sent_him(extract):
    # «X، مبعوث الرئيس الفرنسي Y»: the envoy is named before the comma, Y sent him
    _, events = extract(
        "واستقبل الرئيس التونسي قيس سعيد أمس جان إيف لودريان، مبعوث الرئيس الفرنسي إيمانويل "
        "ماكرون.",
        datetime.date(2025, 3, 10),
    )
    assert {f for f in facts(events) if f[0] == "met"} == {met("Kais Saied", "Jean-Yves Le Drian")}
