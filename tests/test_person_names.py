"""Personal names read after titles and by the NER: where a name starts and ends, and when a
name is no person's mention at all."""

from __future__ import annotations

import datetime

import pytest


def people(mentions) -> list[str]:
    return [m.entity.label for m in mentions if m.entity.type == "Person"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the light verb's meeting noun after a name read after a title
        (
            "وأجرى وزير التجارة المغربي رياض مزور مباحثات مع نظيره الموريتاني في الرباط.",
            "رياض مزور",
        ),
        # an adverb after a name the NER read on
        ("وأجرى المبعوث الصيني تشاي جون مجددا مشاورات مع الحكومة السودانية.", "جون"),
        # a speech or a message delivered after the name
        ("وألقى نقيب الأطباء اللبناني مارون كلمة في المؤتمر.", "مارون"),
        # a family name with the article, right before a comma, ends the name with it
        (
            "واستقبل وزير الخارجية المصري بدر عبد العاطي وفدا برئاسة سليم الزعنون، وبحث معه "
            "الأوضاع.",
            "سليم الزعنون",
        ),
    ],
)
def test_an_adverb_or_a_meeting_noun_never_ends_a_name(extract, sentence, name):
    mentions, _ = extract(sentence)
    assert name in people(mentions)


@pytest.mark.parametrize(
    "sentence",
    [
        "وزار الوفد مستشفى الملك حسين في عمان واطلع على أقسامه.",
        "وأقيم المؤتمر في جامعة الأمير سلطان بالرياض بحضور السفير.",
        "وحضر الوزير حفل توزيع جائزة الشيخ زايد للكتاب في أبوظبي.",
        "وهبطت الطائرة في مطار الملك عبد العزيز الدولي بجدة.",
        "وألقى السفير محاضرة في مركز الملك فيصل للبحوث والدراسات الإسلامية بالرياض.",
        # nor is the namesake the name after a title of the institution's head
        "وقال مدير مستشفى الملك فيصل التخصصي ان حالة المصابين مستقرة.",
    ],
)
def test_a_person_who_only_names_an_institution_is_not_mentioned(extract, sentence):
    mentions, events = extract(sentence)
    assert people(mentions) == []
    assert not events


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a place after a glued «ب», read after a title
        ("استقبل وزير الخارجية الكويتي بديوان عام الوزارة صباح اليوم سفير كوريا.", set()),
        ("واستقبل وزير التربية القطري بمبنى الوزارة امس وفدا من اليونسكو.", set()),
        # names that start with «ب» stay names
        ("والتقى وزير الخارجية البحريني بدر الغانم مع نظيره الكويتي.", {"بدر الغانم"}),
        ("والتقى وزير الخارجية الأردني بشار الخصاونة مع السفير البريطاني.", {"بشار الخصاونة"}),
    ],
)
def test_a_noun_after_a_glued_preposition_starts_no_name(extract, sentence, names):
    mentions, _ = extract(sentence)
    assert {name for name in people(mentions) if name.startswith("ب")} == names


def test_a_name_after_an_honorific_starts_right_after_it(extract):
    mentions, _ = extract(
        "واستقبل وزير الخارجية القطري اليوم معالي إيرينا كوستوفا وزيرة خارجية بيرو."
    )
    assert "إيرينا كوستوفا" in people(mentions)
    assert not [m for m in mentions if m.entity.type == "Organization"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # the parse made the family name a verb; the NER reads it in the name
        ("ويعقد غدا لقاء موسع بدعوة من وزير الثقافة اللبناني طارق رزق في الوزارة.", "طارق رزق"),
        # a Persian family name's last word, which the tokenizer cuts in two
        (
            "والتقى نائب الرئيس الإيراني مسعود مير كاظمي زاده مع السفير الروسي.",
            "مسعود مير كاظمي زاده",
        ),
        # «بن» before a stop is a family name (Benn), not «son of» with no father after it
        ("وحضر الاجتماع وزير الطاقة البريطاني توني بن.", "توني بن"),
        # a hamza starts a name, never the article: «إليزابيت» after an envoy's posting
        ("وحضر اللقاء السفير الأميركي في لبنان إليزابيت ريتشارد.", "إليزابيت ريتشارد"),
        # a cleric's style is no part of the name
        ("وزار المرجع الديني آية الله العظمى السيد علي السيستاني.", "علي السيستاني"),
    ],
)
def test_a_name_is_read_whole_to_a_word_boundary(extract, sentence, name):
    mentions, _ = extract(sentence)
    assert people(mentions)[:1] == [name]


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        # the verb's object after a title, read by the parse as a foreign word
        ("وأصدر الرئيس الروماني مرسوما يقضي بحل البرلمان.", "مرسوما"),
        ("ووقع وزير المالية الروماني أمرا بتجميد الأرصدة.", "أمرا"),
        # a noun an accusative adjective agrees with
        ("وعين الرئيس اللبناني قاضيا جديدا على رأس المجلس الدستوري.", "قاضيا"),
    ],
)
def test_an_indefinite_accusative_noun_after_a_title_is_no_name(extract, sentence, noun):
    mentions, _ = extract(sentence, datetime.date(2020, 6, 1))
    assert not [name for name in people(mentions) if noun in name]


def test_a_name_after_a_title_before_the_verbs_object_is_the_holders(extract):
    mentions, _ = extract(
        "واستقبل الرئيس الروماني كلاوس يوهانيس وفدا أردنيا.", datetime.date(2020, 6, 1)
    )
    assert people(mentions) == ["كلاوس يوهانيس"]


def test_a_titles_portfolio_after_it_is_no_name(extract):
    mentions, _ = extract(
        "ووصلت إلى الرياض أمس مساعدة وزير الخارجية الأمريكي لشؤون شرق آسيا لبحث التعاون."
    )
    assert people(mentions) == []


def test_a_given_name_that_is_a_date_word_is_a_name_after_an_honorific(extract):
    # «صباح» is "morning" after a verb, and a name after «الشيخ»
    text = "وحضر اللقاء ولي العهد الشيخ صباح خالد الحمد الصباح."
    mentions, _ = extract(text)
    named = {text[m.start : m.end] for m in mentions if m.entity.type == "Person"}
    assert any(name.endswith("صباح خالد الحمد الصباح") for name in named)
    mentions, _ = extract("واستقبل الرئيس صباح اليوم وزير الخارجية.")
    assert not [m for m in mentions if m.entity.label.startswith("صباح")]


def test_a_title_runs_on_through_its_institution_and_region(extract):
    # «رئيس حكومة إقليم كردستان»: the government of a region is the title's, the name after it
    mentions, _ = extract("واجتمع رئيس حكومة إقليم كردستان مسرور بارزاني في أربيل مع وفد تركي.")
    assert "مسرور بارزاني" in {m.entity.label for m in mentions if m.entity.type == "Person"}


@pytest.mark.parametrize(
    ("sentence", "titled"),
    [
        # a portfolio that goes on after «و» and names a state inside the title
        (
            "واجتمع الوزير مع وزيرة الخارجية والشؤون الأوروبية لجمهورية كرواتيا ماريا كوفاتش.",
            "وزيرة الخارجية والشؤون الأوروبية لجمهورية كرواتيا ماريا كوفاتش",
        ),
        # where the envoy or ambassador is posted, a place the tables know
        (
            "واستقبل الرئيس أمس المبعوث النرويجي الخاص إلى السودان أندرس هولم.",
            "المبعوث النرويجي الخاص إلى السودان أندرس هولم",
        ),
        ("واستقبل الوزير سفير الأردن في قطر زيد اللوزي.", "سفير الأردن في قطر زيد اللوزي"),
        # a portfolio after «لشؤون» that ends in a definite word
        (
            "والتقى الوزير المفوض الأوروبي لشؤون منطقة الساحل بيتر كوستا.",
            "المفوض الأوروبي لشؤون منطقة الساحل بيتر كوستا",
        ),
        # a commissioner, a representative: titles too
        (
            "والتقى الوزير أمس المفوضة السامية لحقوق الإنسان مارتا سوكولا.",
            "المفوضة السامية لحقوق الإنسان مارتا سوكولا",
        ),
        ("وحضر الممثل الخاص للأمين العام يان كوبيتش.", "الممثل الخاص للأمين العام يان كوبيتش"),
        # two words ending in alef that the parse tags no adjective are a name («-a»)
        ("والتقى الوزير المفوضة الأوروبية دوبرافكا شويتسا.", "المفوضة الأوروبية دوبرافكا شويتسا"),
    ],
)
def test_a_title_runs_on_to_the_name_after_it(extract, sentence, titled):
    # the person's mention spans the title: a state or body inside it is no actor of its own
    mentions, _ = extract(sentence)
    assert titled in {sentence[m.start : m.end] for m in mentions if m.entity.type == "Person"}


def test_a_bodys_name_after_its_head_noun_in_a_title_is_no_persons(extract):
    # «الرئيس الحالي لمنظمة الأوبك»: «الأوبك» names the body the title names, not a person
    mentions, _ = extract(
        "وبحث سهيل بن محمد المزروعي وزير الطاقة الإماراتي الرئيس الحالي لمنظمة الاوبك "
        "مع نظيره الكويتي أسعار النفط."
    )
    assert not [name for name in people(mentions) if "وبك" in name]


def test_a_state_in_a_known_persons_title_takes_no_part(extract):
    # «ولي عهد دولة الإمارات …»: the state is in the host's title, not a side of its own
    _, events = extract(
        "واستقبل ولي عهد دولة الامارات العربية المتحدة الشيخ خليفة بن زايد آل نهيان امس "
        "وزير الثقافة اللبناني غسان سلامة.",
        datetime.date(2001, 5, 1),
    )
    (meeting,) = [e for e in events if e.kind == "Meeting"]
    assert all(m.type != "State" for side in meeting.sides for m in side)


def test_a_name_never_runs_across_a_line_break(extract):
    """A headline's title with no name, and the dateline's city on the next line."""
    text = (
        "الرئيس الكيني يستقبل السفير الفرنسي لدى كينيا\n"
        "نيروبي 4 مارس\n"
        "استقبل الرئيس الكيني وليام روتو اليوم السفير الفرنسي لدى كينيا أرنو سوكيه."
    )
    mentions, events = extract(text)
    assert "نيروبي" not in people(mentions)
    assert all("نيروبي" not in {e.label for side in ev.sides for e in side} for ev in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلن وزير الخارجية العماني بدر البوسعيدي أول من أمس ان المحادثات ستستأنف.",
        "وقال رئيس الوزراء الكويتي أحمد العبدالله أول أمس ان الحكومة ستقدم برنامجها.",
    ],
)
def test_the_day_before_yesterday_ends_a_name(extract, sentence):
    mentions, _ = extract(sentence)
    assert not any(name.endswith(("أول", "اول")) for name in people(mentions))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "وبحث وزير الخارجية والمغتربين الأردني أيمن الصفدي مع نظيره الياباني العلاقات.",
            "Ayman al-Ṣafadī",
        ),
        (
            "وتحادث وزير الخارجية والجالية الوطنية بالخارج أحمد عطاف مع نظيرته السلوفينية.",
            "Ahmed Attaf",
        ),
    ],
)
def test_a_titles_portfolio_goes_on_with_and_before_the_name(extract, sentence, name):
    mentions, _ = extract(sentence)
    labels = [m.entity.label_en or m.entity.label for m in mentions if m.entity.type == "Person"]
    assert name in labels and not any(label.startswith("وال") for label in labels)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a rank's grade, and «المهندس» as an honorific
        ("وقال وزير الدفاع السوداني الفريق مهندس ياسين إبراهيم إن الجيش مستعد.", "ياسين إبراهيم"),
        ("وقال قائد القوات البحرية اللواء بحري أشرف عطوة إن المناورات انتهت.", "أشرف عطوة"),
        ("واستقبل محافظ الإسكندرية المهندس عادل الغضبان وفدا من رجال الأعمال.", "عادل الغضبان"),
    ],
)
def test_a_ranks_grade_and_an_engineers_style_are_no_part_of_the_name(extract, sentence, name):
    mentions, _ = extract(sentence)
    assert name in people(mentions)


@pytest.mark.parametrize(
    "sentence",
    [
        "وزير الخارجية العماني يستقبل نظيره الإيراني والمبعوث الأمريكي في مسقط",
        "الشيباني يلتقي نظيرته الألمانية ونظراء آخرين على هامش أعمال المؤتمر",
    ],
)
def test_a_title_after_and_is_nobodys_name(extract, sentence):
    mentions, _ = extract(sentence)
    assert not [m for m in mentions if m.entity.label.startswith(("والمبعوث", "ونظراء"))]


def test_a_titled_name_before_a_definite_title_is_the_subject_not_its_holder(extract):
    """«التقى الفريق X السفيرَ الياباني»: the ambassador is the verb's object, someone else."""
    _, events = extract("والتقى عضو مجلس السيادة الفريق مهندس خالد عابدين السفير الياباني.")
    (meeting,) = events
    assert [[e.label for e in side] for side in meeting.sides] == [
        ["خالد عابدين"],
        ["السفير الياباني"],
    ]


def test_the_same_title_in_construct_after_a_titled_name_is_his(extract):
    """«فخامة الرئيس X رئيس جمهورية زامبيا»: one person, of Zambia, not two."""
    _, events = extract(
        "استقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم فخامة الرئيس هاكايندي هيشيليما "
        "رئيس جمهورية زامبيا."
    )
    (meeting,) = events
    assert [[e.label for e in side] for side in meeting.sides][1] == ["هاكايندي هيشيليما"]


def test_al_sabah_after_a_given_name_is_the_family_name(extract):
    mentions, _ = extract(
        "وكان سمو ولي العهد الشيخ فهد سالم العلي الصباح قد استقبل في قصر بيان صباح اليوم "
        "السفير الهندي."
    )
    assert "فهد سالم العلي الصباح" in people(mentions)


@pytest.mark.parametrize(
    "sentence",
    [
        "واستقبل وزير الخارجية العماني المبعوث الخاص للرئيس الأمريكي إلى الشرق الأوسط.",
        "وقال المستشار الإعلامي للرئيس الفلسطيني إن اللقاء كان إيجابيا.",
    ],
)
def test_a_title_after_an_envoys_title_and_lam_is_his_principal_not_a_mention(extract, sentence):
    """«المبعوث الخاص للرئيس الأمريكي»: the envoy, not the president."""
    mentions, _ = extract(sentence)
    assert not [m for m in mentions if m.entity.label_en in ("Donald Trump", "Mahmoud Abbas")]


def test_mali_listed_with_states_is_the_state_and_alone_a_word(extract):
    """«مالي» is mostly «financial»: the state only in a list beside other states."""
    mentions, _ = extract("وعقد قادة مالي وبوركينا فاسو والنيجر قمة في نيامي.")
    assert "Mali" in {m.entity.label_en for m in mentions}
    mentions, _ = extract("وقدمت مصر دعما مالي وفنيا للمشروع.")
    assert "Mali" not in {m.entity.label_en for m in mentions}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a one-word foreign family name the parse tags an adjective but hangs as a noun
        ("وعلى هامش القمة، عقد أردوغان لقاء ثنائيا مع نظيره القرغيزي جباروف.", "جباروف"),
        # and its given name, tagged an adjective too
        (
            "وعقد الرئيس التركي رجب طيب أردوغان لقاء ثنائيا مع نظيره القرغيزي صادر جباروف.",
            "صادر جباروف",
        ),
        # a compound given name's «الدين» goes on with the name
        (
            "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الطاجيكي سراج الدين مهر الدين في "
            "دوشنبه.",
            "سراج الدين مهر الدين",
        ),
    ],
)
def test_a_counterparts_foreign_name_is_read_however_tagged(extract, sentence, name):
    mentions, events = extract(sentence)
    assert name in people(mentions)
    assert any(name in [e.label for e in event.participants] for event in events)


def test_the_topic_after_a_counterpart_kg_cannot_name_is_no_name(extract):
    mentions, _ = extract("وبحث الرئيس التركي مع نظيره القرغيزي سبل تطوير العلاقات.")
    assert not [name for name in people(mentions) if "سبل" in name]


def test_a_name_with_a_glued_and_after_a_persons_title_is_the_next_person(extract):
    """«أيمن الصفدي وزير الخارجية الأردني وسالم الخالدي»: the title is al-Safadi's; «وسالم
    الخالدي» is the next attendee, not the title's holder, and «و» is no part of his name."""
    mentions, _ = extract(
        "استقبل الرئيس المصري أمس وزير الخارجية الإماراتي. وحضر اللقاء أيمن الصفدي وزير "
        "الخارجية الأردني وسالم الخالدي مستشار الملك.",
        datetime.date(2016, 3, 1),
    )
    named = people(mentions)
    assert "سالم الخالدي" in named
    assert not [name for name in named if name.startswith("وسالم")]
