"""Who attended, who witnessed, and who went where on a tour (sentences of our own).

Attendees of a meeting who each stand for a state or body of their own met one another;
signers «بصفته شاهدا» and those who attended «الاحتفال» of a signing join it; a deputy's or an
envoy's title names the state he stands for; the subject of «… إلى أنقرة حيث التقى X» is who
went to Ankara, not the host of the sentence; names «و» joins to a subject host with it.
"""

from __future__ import annotations

import datetime
from itertools import combinations

import pytest

from tests.test_extraction import facts, met

DAY = datetime.date(2024, 5, 4)


def _met(events) -> set[tuple[str, str, str]]:
    return {f for f in facts(events) if f[0] == "met"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "وحضر الاجتماع وزير الخارجية الأردني أيمن الصفدي ونظيره المصري سامح شكري.",
            {met("Ayman al-Ṣafadī", "Sameh Shoukry")},
        ),
        (
            "وشارك في القمة الرئيس المصري عبد الفتاح السيسي والرئيس التونسي قيس سعيد.",
            {met("Abdel Fattah el-Sisi", "Kais Saied")},
        ),
        (
            "شارك وزير الخارجية السعودي فيصل بن فرحان في الاجتماع الذي عقد في الرياض إلى جانب "
            "وزير الخارجية التركي هاكان فيدان.",
            {met("Faisal bin Farhan Al Saud", "Hakan Fidan")},
        ),
        # two of one state are one side; names with no state or body kg knows are no sides
        (
            "وحضر الاجتماع وزير الخارجية الأردني أيمن الصفدي ووزير الداخلية الأردني مازن الفراية.",
            set(),
        ),
        ("وحضر الاجتماع أيمن الصفدي وسامح شكري.", set()),
    ],
)
def test_attendees_of_states_apart_met(extract, sentence, expected):
    _, events = extract(sentence, DAY)
    assert _met(events) == expected


SIGNED = "وقع رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري أسياس أفورقي اتفاق السلام في جدة. "
PEACE = met("Abiy Ahmed Ali", "Isaias Afwerki")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SIGNED + "ووقع الرئيس الكيني وليام روتو على الاتفاق بصفته شاهدا.",
            {PEACE, met("Abiy Ahmed Ali", "William Ruto"), met("Isaias Afwerki", "William Ruto")},
        ),
        (
            SIGNED + "وحضر الاحتفال الرئيس الرواندي بول كاغامي.",
            {PEACE, met("Abiy Ahmed Ali", "Paul Kagame"), met("Isaias Afwerki", "Paul Kagame")},
        ),
        # «بالصفة نفسها»: in the same capacity as the witness before
        (
            SIGNED + "ووقع الرئيس الكيني وليام روتو على الاتفاق بصفته شاهدا، كما وقعه بالصفة "
            "نفسها وزير الخارجية الأمريكي أنتوني بلينكن.",
            {
                PEACE,
                met("Abiy Ahmed Ali", "William Ruto"),
                met("Isaias Afwerki", "William Ruto"),
                met("Abiy Ahmed Ali", "Antony Blinken"),
                met("Isaias Afwerki", "Antony Blinken"),
                met("William Ruto", "Antony Blinken"),
            },
        ),
        # a patron «وبحضوره» was there; a patron alone need not have been
        (
            SIGNED.replace(
                "في جدة.", "في جدة، برعاية ولي العهد السعودي الأمير محمد بن سلمان وبحضوره."
            ),
            {
                PEACE,
                met("Abiy Ahmed Ali", "Mohammad bin Salman"),
                met("Isaias Afwerki", "Mohammad bin Salman"),
            },
        ),
        (
            SIGNED.replace("في جدة.", "في جدة، برعاية ولي العهد السعودي الأمير محمد بن سلمان."),
            {PEACE},
        ),
        # who attends for the patron's state is on his side
        (
            SIGNED.replace(
                "في جدة.", "في جدة، برعاية ولي العهد السعودي الأمير محمد بن سلمان وبحضوره."
            )
            + "وحضر مراسم التوقيع وزير الخارجية السعودي الأمير فيصل بن فرحان.",
            {
                PEACE,
                met("Abiy Ahmed Ali", "Mohammad bin Salman"),
                met("Isaias Afwerki", "Mohammad bin Salman"),
                met("Abiy Ahmed Ali", "Faisal bin Farhan Al Saud"),
                met("Isaias Afwerki", "Faisal bin Farhan Al Saud"),
            },
        ),
        # a celebration of its own («احتفالا بـ») is not the signing
        (SIGNED + "وحضر الرئيس الرواندي بول كاغامي احتفالا بالعيد الوطني في السفارة.", {PEACE}),
    ],
)
def test_witnesses_and_the_ceremony_join_the_signing(extract, text, expected):
    _, events = extract(text, DAY)
    assert _met(events) == expected


def test_a_deputy_stands_for_his_state(extract):
    """«نائب الرئيس الأمريكي X» is the United States' man (its vice-president, the tables'
    JD Vance): an attendee of a third state met him and the other signer."""
    text = (
        "ووقع نائب الرئيس الأمريكي جي دي فانس ورئيس الوزراء الهندي ناريندرا مودي مذكرة تفاهم "
        "بحضور الرئيس الفرنسي إيمانويل ماكرون."
    )
    mentions, events = extract(text, DAY)
    vance = next(m for m in mentions if m.entity.label_en == "JD Vance")
    assert vance.represents is not None and vance.represents.label_en == "United States"
    assert met("JD Vance", "Emmanuel Macron") in _met(events)


def test_who_went_on_the_tour_met_there(extract):
    """«قادت الوزير إلى أنقرة حيث التقى X»: the minister went, not the king who received him."""
    text = (
        "استقبل العاهل الأردني الملك عبدالله الثاني في عمان وزير الخارجية الأمريكي أنتوني "
        "بلينكن، في مستهل جولة قادت الوزير بعدها إلى أنقرة حيث التقى الرئيس رجب طيب أردوغان."
    )
    _, events = extract(text, DAY)
    assert met("Abdullah II of Jordan", "Recep Tayyip Erdoğan") not in _met(events)
    assert met("Abdullah II of Jordan", "Antony Blinken") in _met(events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى أنقرة حيث التقى الرئيس رجب طيب أردوغان، "
            "ثم إلى بغداد حيث التقى رئيس الوزراء العراقي محمد شياع السوداني.",
            {
                met("Antony Blinken", "Recep Tayyip Erdoğan"),
                met("Antony Blinken", "Mohammed Shia al-Sudani"),
            },
            id="each-stop-of-a-tour-is-the-travellers",
        ),
        pytest.param(
            "والتقت رئيسة الوزراء الإيطالية جورجيا ميلوني ووزير خارجيتها أنطونيو تاياني، قبيل "
            "انطلاق القمة، رئيس حكومة الوحدة الوطنية الليبية عبد الحميد الدبيبة.",
            {
                met("Giorgia Meloni", "Abdulhamid Dbeibeh"),
                met("Antonio Tajani", "Abdulhamid Dbeibeh"),
            },
            id="names-joined-to-the-subject-host-with-it",
        ),
        pytest.param(
            "استضاف الرئيس المصري عبد الفتاح السيسي في شرم الشيخ قمة جمعت الرئيس الأمريكي دونالد "
            "ترامب ورئيس الوزراء الإسرائيلي بنيامين نتنياهو ورئيس السلطة الفلسطينية محمود عباس.",
            {
                met(a, b)
                for a, b in combinations(
                    ["Abdel Fattah el-Sisi", "Donald Trump", "Benjamin Netanyahu", "Mahmoud Abbas"],
                    2,
                )
            },
            id="the-host-of-a-summit-that-brought-leaders-together-met-each",
        ),
        # two people each with the bare title «وزير الخارجية»: the title alone later is the
        # last one's, and the second apposition is his own, not the first man named again
        pytest.param(
            "ترأس وفد العراق الدكتور فؤاد حسين وزير الخارجية، بدعوة من السيد أحمد عطاف وزير "
            "الخارجية. وكان وزير الخارجية قد استقبل حسين قبيل الاجتماع.",
            {met("Ahmed Attaf", "Fuad Hussein")},
            id="a-bare-title-names-the-last-person-it-followed",
        ),
    ],
)
def test_tours_hosts_and_bare_titles(extract, text, expected):
    _, events = extract(text, DAY)
    assert _met(events) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parties of one signing, over «فيما وقعه عن …»
        (
            "ووقع الاتفاق عن الحكومة رئيس وفدها التفاوضي عمر دهب، فيما وقعه عن حركة العدل "
            "والمساواة رئيسها جبريل إبراهيم، وعن حركة تحرير السودان رئيسها مني أركو مناوي.",
            {
                met("عمر دهب", "جبريل إبراهيم"),
                met("عمر دهب", "مني أركو مناوي"),
                met("جبريل إبراهيم", "مني أركو مناوي"),
            },
        ),
        # no side stands for a state: the foreign president who attended is a party of his own
        (
            "ووقع الاتفاق عن الحكومة رئيس وفدها التفاوضي عمر دهب، وعن الحركة رئيسها جبريل "
            "إبراهيم، بحضور الرئيس التشادي إدريس ديبي.",
            {
                met("عمر دهب", "جبريل إبراهيم"),
                met("عمر دهب", "Idriss Déby"),
                met("جبريل إبراهيم", "Idriss Déby"),
            },
        ),
    ],
)
def test_signers_for_parties(extract, text, expected):
    _, events = extract(text, DAY)
    assert _met(events) == expected


def test_led_by_names_the_leader_and_an_object_ends_the_name(extract):
    """«بزعامة X» is a title before a name; «اتفاقا» after it is the verb's object."""
    mentions, _ = extract("وقعت الحكومة التشادية وجبهة التغيير بزعامة محمد مهدي علي اتفاقا.", DAY)
    assert "محمد مهدي علي" in {m.entity.label for m in mentions if m.entity.type == "Person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «بحضور» on a noun that takes no «ب»: the names listed after it, however parsed
        (
            "استقبل الرئيس الموريتاني محمد ولد الشيخ الغزواني الرئيس السنغالي ماكي سال. وجرت "
            "المقابلة بحضور وزير الخارجية الموريتاني محمد سالم ولد مرزوك.",
            {
                met("Mohamed Ould Ghazouani", "Macky Sall"),
                met("Mohamed Salem Ould Merzoug", "Macky Sall"),
            },
        ),
        # a new summit, its chair and its attendees, each of his own state
        (
            "ثم عقد قادة المجموعة قمة طارئة في نيامي، ترأسها الرئيس النيجيري بولا تينوبو، بحضور "
            "الرئيس السنغالي ماكي سال والرئيس الغاني نانا أكوفو أدو.",
            {
                met("Bola Tinubu", "Macky Sall"),
                met("Bola Tinubu", "Nana Akufo-Addo"),
                met("Macky Sall", "Nana Akufo-Addo"),
            },
        ),
        # a meeting no verb holds, and who attended it
        (
            "وكانت الفصائل قد وقعت أمس على الوثيقة، في اجتماع حضره وزير الخارجية الأردني أيمن "
            "الصفدي ووزير الخارجية المصري سامح شكري، بعد أن وصل الوفدان إلى القاهرة.",
            {met("Ayman al-Ṣafadī", "Sameh Shoukry")},
        ),
        # the head of a visiting delegation is of it: the delegation's state met no one
        ("وكان وفد سوداني برئاسة وزير الخارجية علي يوسف قد زار القاهرة.", set()),
        # «الرئيس إسياس» is the «إسياس أفورقي» the article names in full
        (
            "وقع الرئيس الإريتري إسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد إعلانا للسلام. "
            "وكان في استقبال آبي أحمد بالمطار الرئيس إسياس.",
            {met("Isaias Afwerki", "Abiy Ahmed Ali")},
        ),
    ],
)
def test_attendees_chairs_and_delegations(extract, text, expected):
    _, events = extract(text, DAY)
    assert _met(events) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "والمغرب عضو في جامعة الدول العربية منذ 1958 وفي الاتحاد الأفريقي.",
            {("memberOf", "Morocco", "Arab League"), ("memberOf", "Morocco", "African Union")},
        ),
        (
            "وتضم مجموعة السبع الولايات المتحدة وكندا واليابان، وليس الصين عضوا فيها.",
            {
                ("memberOf", "United States", "G7"),
                ("memberOf", "Canada", "G7"),
                ("memberOf", "Japan", "G7"),
            },
        ),
    ],
)
def test_memberships_listed(extract, sentence, expected):
    _, events = extract(sentence, DAY)
    assert {f for f in facts(events) if f[0] == "memberOf"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "شهد رئيس مجلس السيادة السوداني عبد الفتاح البرهان مراسم التوقيع على اتفاق السلام في "
            "جوبا، برعاية رئيس جنوب السودان سلفا كير ميارديت وبحضوره.",
            {met("Abdel Fattah al-Burhan", "Salva Kiir Mayardit")},
        ),
        # a patron alone need not have been there, and one witness meets no one
        (
            "شهد رئيس مجلس السيادة السوداني عبد الفتاح البرهان مراسم التوقيع على اتفاق السلام في "
            "جوبا، برعاية رئيس جنوب السودان سلفا كير ميارديت.",
            set(),
        ),
    ],
)
def test_a_ceremony_told_first(extract, text, expected):
    """A signing ceremony the article tells first: its witness and the patron who was there."""
    _, events = extract(text, DAY)
    assert _met(events) == expected
