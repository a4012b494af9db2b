"""The extraction rules on hand-built parses: no model needed.

Each sentence comes with the tags and tree written out (`tests/docs.py`), some as the parse
model really gives them, attachment mistakes included («مع» hung under the subject, an object
hung under the subject), since the rules must survive those; others as a correct parse.
"""

from __future__ import annotations

import pytest

from kg.schema import facts
from tests.docs import extracted


def stated(doc) -> set[tuple[str, str, str]]:
    found = set()
    for event in doc._.events:
        for subject, relation, obj in facts(event):
            pair = (subject.label_en or subject.label, obj.label_en or obj.label)
            found.add((relation.name, *(sorted(pair) if relation.symmetric else pair)))
    return found


def met(a: str, b: str) -> tuple[str, str, str]:
    return ("met", *sorted((a, b)))


RECEIVED_AND_DISCUSSED = [  # the model's parse: the object hung under the subject
    "استقبل VERB 0 root",
    "أردوغان X 1 nsubj",
    "نتنياهو X 2 nmod",
    "في ADP 5 case",
    "أنقرة X 1 obl",
    "و CCONJ 7 cc",
    "بحث VERB 1 conj",
    "مع+ ADP 9 case",
    "ه PRON 7 obl:arg",
    "الوضع NOUN 7 obj",
    "في ADP 12 case",
    "العراق NOUN 10 nmod",
    ". PUNCT 1 punct",
]


def test_a_topic_of_the_talks_is_not_a_participant():
    doc = extracted(RECEIVED_AND_DISCUSSED)
    assert stated(doc) == {met("Recep Tayyip Erdoğan", "Benjamin Netanyahu")}
    (meeting,) = doc._.events
    assert meeting.location.label_en == "Ankara"


TOPIC_AFTER_THE_MEETING = [  # «التقى أردوغان نتنياهو وتناولا قضية فلسطين»
    "التقى VERB 0 root",
    "أردوغان X 1 nsubj",
    "نتنياهو X 2 nmod",  # the model's parse: the object hung under the subject
    "وتناولا ADJ 1 xcomp",  # the verb, with «و» left on, tagged as an adjective
    "قضية NOUN 4 obj",
    "فلسطين X 5 nmod",
    ". PUNCT 1 punct",
]
WAR_WITH_A_STATE = [  # «بحث أردوغان مع نتنياهو الحرب مع إيران»
    "بحث VERB 0 root",
    "أردوغان X 1 nsubj",
    "مع ADP 4 case",
    "نتنياهو X 1 obl:arg",
    "الحرب NOUN 1 obj",
    "مع ADP 7 case",
    "إيران X 5 nmod",
    ". PUNCT 1 punct",
]
DEMAND_OF_A_RESOLUTION = [  # «عقد مجلس الأمن جلسة لقرار يطالب بخروج القوات من سوريا»
    "عقد VERB 0 root",
    "مجلس NOUN 1 nsubj",
    "الأمن NOUN 2 nmod",
    "جلسة NOUN 1 obj",
    "ل+ ADP 6 case",
    "قرار NOUN 4 nmod",
    "يطالب VERB 6 acl",
    "ب+ ADP 9 case",
    "خروج NOUN 7 obl:arg",
    "القوات NOUN 9 nmod",
    "من ADP 12 case",
    "سوريا X 10 nmod",
    ". PUNCT 1 punct",
]


ABOUT_IN_TWO_WORDS = [  # «التقى أردوغان بنتنياهو بشأن سوريا»: «ب شأن», the second «fixed»
    "التقى VERB 0 root",
    "أردوغان X 1 nsubj",
    "ب+ ADP 4 case",
    "نتنياهو X 2 nmod",
    "ب+ ADP 7 case",
    "شأن NOUN 5 fixed",
    "سوريا X 1 obl:arg",
    ". PUNCT 1 punct",
]


@pytest.mark.parametrize(
    ("rows", "present"),
    [
        (TOPIC_AFTER_THE_MEETING, {"Recep Tayyip Erdoğan", "Benjamin Netanyahu"}),
        (ABOUT_IN_TWO_WORDS, {"Recep Tayyip Erdoğan", "Benjamin Netanyahu"}),
        (WAR_WITH_A_STATE, {"Recep Tayyip Erdoğan", "Benjamin Netanyahu"}),
        (DEMAND_OF_A_RESOLUTION, {"United Nations Security Council"}),
    ],
)
def test_a_state_named_in_what_was_discussed_is_no_side(rows, present):
    """A topic noun (قضية), a noun that takes «مع» itself (الحرب), another verb's «ب» phrase:
    the state named there is what was talked about, not who took part."""
    doc = extracted(rows)
    assert {e.label_en for event in doc._.events for e in event.participants} == present


def test_a_partner_the_parse_hung_under_the_topic_stays_a_partner():
    doc = extracted(
        [
            "بحث VERB 0 root",
            "أردوغان X 1 nsubj",
            "الأوضاع NOUN 1 obj",
            "مع ADP 5 case",
            "وفد NOUN 3 nmod",  # the model's attachment: under the topic
            "حماس NOUN 5 nmod",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {met("Recep Tayyip Erdoğan", "Hamas")}


def test_the_subject_of_a_relative_clause_is_not_the_object_word_order_supplies():
    doc = extracted(  # the model's parse of «استقبل أردوغان السفراء العرب لإطلاعهم على نص
        [  # الخطاب الذي ألقاه نتنياهو»: Netanyahu gave the speech, Erdoğan met the envoys
            "استقبل VERB 0 root",
            "أردوغان X 1 nsubj",
            "السفراء NOUN 2 nmod",
            "العرب ADJ 3 amod",
            "لإطلاع NOUN 1 obj",
            "هم PRON 5 nmod",
            "على ADP 8 case",
            "نص NOUN 1 obl:arg",
            "الخطاب NOUN 8 nmod",
            "الذي DET 11 nsubj",
            "ألقى VERB 9 acl:relcl",
            "ه PRON 11 obj",
            "نتنياهو X 11 nsubj",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == set()


def test_with_hung_under_the_subject_still_names_the_other_side():
    doc = extracted(
        [
            "اجتمع VERB 0 root",
            "أردوغان X 1 nsubj",
            "مع ADP 4 case",
            "نتنياهو X 2 nmod",  # the model's attachment: under the subject
            "في ADP 6 case",
            "إسطنبول X 1 obl",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {met("Recep Tayyip Erdoğan", "Benjamin Netanyahu")}


@pytest.mark.parametrize(
    ("rows", "modality"),
    [
        (
            [
                "س+ AUX 2 aux",
                "يلتقي VERB 0 root",
                "أردوغان X 2 nsubj",
                "نتنياهو X 2 obj",
                "في ADP 6 case",
                "أنقرة X 2 obl",
                ". PUNCT 2 punct",
            ],
            "planned",
        ),
        (
            [
                "أجرى VERB 0 root",
                "أردوغان X 1 nsubj",
                "اتصالا NOUN 1 obj",
                "هاتفيا ADJ 3 amod",
                "مع ADP 6 case",
                "نتنياهو X 3 nmod",
                ". PUNCT 1 punct",
            ],
            "phone",
        ),
        (
            [
                "نفى VERB 0 root",
                "أردوغان X 1 nsubj",
                "أن SCONJ 5 mark",
                "يكون AUX 5 cop",
                "التقى VERB 1 ccomp",
                "نتنياهو X 5 obj",
                ". PUNCT 1 punct",
            ],
            "denied",
        ),
        (
            [
                "و+ CCONJ 3 cc",
                "من ADP 3 case",
                "المقرر NOUN 0 root",
                "أن SCONJ 5 mark",
                "يستقبل VERB 3 csubj",
                "أردوغان X 5 nsubj",
                "نتنياهو X 5 obj",
                "الأسبوع NOUN 5 obl",
                "المقبل ADJ 8 amod",
                ". PUNCT 3 punct",
            ],
            "planned",
        ),
    ],
)
def test_a_meeting_that_did_not_take_place_is_kept_with_its_modality(rows, modality):
    doc = extracted(rows)
    (event,) = doc._.events
    assert event.modality == modality
    assert {e.label_en for e in event.participants} == {
        "Recep Tayyip Erdoğan",
        "Benjamin Netanyahu",
    }
    assert stated(doc) == set()


def test_indirect_negotiations_are_no_meeting():
    doc = extracted(
        [
            "تعثرت VERB 0 root",
            "المفاوضات NOUN 1 nsubj",
            "غير NOUN 2 amod",
            "المباشرة ADJ 3 nmod",
            "بين ADP 6 case",
            "حماس NOUN 2 nmod",
            "و+ CCONJ 8 cc",
            "إسرائيل NOUN 6 conj",
            ". PUNCT 1 punct",
        ]
    )
    assert doc._.events == []


def test_a_sports_fixture_is_no_meeting():
    doc = extracted(
        [
            "تلتقي VERB 0 root",
            "السعودية NOUN 1 nsubj",
            "و+ CCONJ 4 cc",
            "قطر NOUN 2 conj",
            "في ADP 6 case",
            "المباراة NOUN 1 obl",
            "النهائية ADJ 6 amod",
            ". PUNCT 1 punct",
        ]
    )
    assert doc._.events == []


def test_two_clauses_give_two_meetings_and_the_topic_place_is_not_where_they_met():
    doc = extracted(
        [
            "التقى VERB 0 root",
            "أردوغان X 1 nsubj",
            "ب+ ADP 4 case",
            "نتنياهو X 1 obl",
            "في ADP 6 case",
            "أنقرة X 1 obl",
            "، PUNCT 9 punct",
            "فيما CCONJ 9 mark",
            "بحث VERB 1 advcl",
            "فيدان X 9 nsubj",
            "مع ADP 12 case",
            "وفد NOUN 9 obl",
            "حماس NOUN 12 nmod",
            "الوضع NOUN 9 obj",
            "في ADP 16 case",
            "معبر NOUN 14 nmod",
            "رفح NOUN 16 nmod",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {
        met("Recep Tayyip Erdoğan", "Benjamin Netanyahu"),
        met("Hakan Fidan", "Hamas"),
    }
    places = {
        tuple(sorted(e.label_en for e in event.participants)): event.location
        for event in doc._.events
    }
    assert places[("Benjamin Netanyahu", "Recep Tayyip Erdoğan")].label_en == "Ankara"
    assert places[("Hakan Fidan", "Hamas")] is None


def test_a_meeting_between_two_sides():
    doc = extracted(
        [
            "عقد VERB 0 root",
            "لقاء NOUN 1 nsubj:pass",
            "بين ADP 4 case",
            "فيدان X 2 nmod",
            "و+ CCONJ 6 cc",
            "نتنياهو X 4 conj",
            "في ADP 8 case",
            "الدوحة X 1 obl",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {met("Hakan Fidan", "Benjamin Netanyahu")}


def test_a_delegation_and_its_head_are_one_side():
    doc = extracted(
        [
            "استقبل VERB 0 root",
            "أردوغان X 1 nsubj",
            "وفدا NOUN 1 obj",
            "من ADP 5 case",
            "حماس NOUN 3 nmod",
            "ب+ ADP 7 case",
            "رئاسة NOUN 1 obl",  # the model hangs «برئاسة» on the verb
            "خليل X 7 nmod",
            "الحية X 8 flat",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {
        met("Recep Tayyip Erdoğan", "Hamas"),
        met("Recep Tayyip Erdoğan", "Khalil al-Hayya"),
    }


def test_brought_together_names_both_sides():
    doc = extracted(
        [
            "عقد VERB 0 root",
            "اجتماع NOUN 1 nsubj:pass",
            "جمع NOUN 2 nmod",  # the tagger reads «brought together» as the noun «plural»
            "وفد NOUN 3 nmod",
            "حماس NOUN 4 nmod",
            "ب+ ADP 7 case",
            "أردوغان X 3 nmod",
            "و+ CCONJ 9 cc",
            "فيدان X 7 conj",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {
        met("Hamas", "Recep Tayyip Erdoğan"),
        met("Hamas", "Hakan Fidan"),
    }


def test_coordinated_subjects_of_a_reciprocal_verb_meet():
    doc = extracted(
        [
            "تباحث VERB 0 root",
            "أردوغان X 1 nsubj",
            "و+ CCONJ 4 cc",
            "نتنياهو X 2 conj",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {met("Recep Tayyip Erdoğan", "Benjamin Netanyahu")}


def test_a_body_that_convenes_a_session_held_it_in_the_city():
    doc = extracted(
        [
            "عقد NOUN 0 root",  # tagged as the noun «contract», with a subject and an object
            "مجلس NOUN 1 nsubj",
            "الأمن NOUN 2 nmod",
            "جلسة NOUN 1 obj",
            "طارئة ADJ 4 amod",
            "في ADP 7 case",
            "نيويورك X 1 obl",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {("heldMeetingIn", "United Nations Security Council", "New York City")}
    (meeting,) = doc._.events
    assert [role for role, _ in meeting.roles] == ["convener"]


def test_a_hosting_capital_is_the_place_not_a_participant():
    doc = extracted(
        [
            "استضافت VERB 0 root",
            "الرياض X 1 nsubj",
            "اجتماع NOUN 1 obj",
            "جامعة NOUN 3 nmod",
            "الدول NOUN 4 nmod",
            "العربية ADJ 5 amod",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {("heldMeetingIn", "Arab League", "Riyadh")}


def test_a_case_is_recognised_by_its_parties_and_they_do_not_join_it():
    doc = extracted(
        [
            "قررت VERB 0 root",
            "إسبانيا X 1 nsubj",
            "الانضمام NOUN 1 obj",
            "إلى ADP 5 case",
            "الدعوى NOUN 3 nmod",
            "التي DET 7 nsubj",
            "رفعتها VERB 5 acl",
            "جنوب NOUN 7 obl",
            "أفريقيا X 8 nmod",
            "ضد ADP 11 case",
            "إسرائيل NOUN 7 obl",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == {("joinedCase", "Spain", "South Africa v. Israel (Genocide Convention)")}
    (event,) = doc._.events
    assert {(role, e.label_en) for role, e in event.roles} == {
        ("plaintiff", "South Africa"),
        ("defendant", "Israel"),
    }


def test_an_intention_to_join_is_not_joining():
    doc = extracted(
        [
            "أعلنت VERB 0 root",
            "مصر NOUN 1 nsubj",
            "عزمها NOUN 1 obj",
            "الانضمام NOUN 3 nmod",
            "إلى ADP 6 case",
            "الدعوى NOUN 4 nmod",
            "التي DET 8 nsubj",
            "رفعتها VERB 6 acl",
            "جنوب NOUN 8 obl",
            "أفريقيا X 9 nmod",
            "ضد ADP 12 case",
            "إسرائيل NOUN 8 obl",
            ". PUNCT 1 punct",
        ]
    )
    assert stated(doc) == set()


def test_states_a_relative_clause_describes_join_a_case_named_earlier():
    doc = extracted(
        [
            "رفعت VERB 0 root",
            "جنوب NOUN 1 nsubj",
            "أفريقيا X 2 nmod",
            "دعوى NOUN 1 obj",
            "ضد ADP 6 case",
            "إسرائيل NOUN 4 nmod",
            ". PUNCT 1 punct",
        ],
        [
            "و+ CCONJ 2 cc",
            "انضمت VERB 0 root",
            "إسبانيا X 2 nsubj",
            "إلى ADP 5 case",
            "كولومبيا X 2 obl",
            "، PUNCT 7 punct",
            "التي DET 8 nsubj",
            "تقدمت VERB 5 acl",
            "ب+ ADP 10 case",
            "طلب NOUN 8 obl",
            "ل+ ADP 12 case",
            "التدخل NOUN 10 nmod",
            "في ADP 14 case",
            "القضية NOUN 12 nmod",
            ". PUNCT 2 punct",
        ],
    )
    assert ("joinedCase", "Colombia", "South Africa v. Israel (Genocide Convention)") in stated(doc)
    assert not {f for f in stated(doc) if f[1] in ("South Africa", "Israel")}


def test_names_the_ner_found_take_part_when_no_table_knows_them():
    doc = extracted(
        [
            "التقى VERB 0 root",
            "ليوناردو X 1 nsubj",
            "زيماو X 2 flat",
            "ب+ ADP 6 case",
            "حركة NOUN 6 compound",
            "ليكود X 1 obl",
            "في ADP 8 case",
            "زيرمان X 1 obl",
            ". PUNCT 1 punct",
        ],
        ents=((1, 3, "PER"), (4, 6, "ORG"), (7, 8, "GPE")),
    )
    assert stated(doc) == {met("ليوناردو زيماو", "حركة ليكود")}
    kinds = {m.entity.label: (m.entity.type, m.entity.qid) for m in doc._.mentions}
    assert kinds["ليوناردو زيماو"] == ("Person", None)
    assert kinds["زيرمان"] == ("Place", None)  # a place no table knows: not guessed a state


def test_a_one_word_title_the_ner_took_for_a_name_is_not_a_person():
    doc = extracted(
        ["استقبل VERB 0 root", "الوزير NOUN 1 nsubj", "وفدا NOUN 1 obj", ". PUNCT 1 punct"],
        ents=((1, 2, "PER"),),
    )
    assert [m for m in doc._.mentions if m.entity.type == "Person"] == []


def test_a_state_named_inside_a_participants_name_is_no_participant_of_its_own():
    """«اجتماعات المجلس المركزي الفلسطيني»: «الفلسطيني» is a word of the council's name."""
    from kg.extract.meeting_sides import _outermost
    from kg.types import Entity, Mention

    council = Mention(
        0, 24, Entity("council", "Organization", "المجلس المركزي الفلسطيني"), "ner", 0.5
    )
    state = Mention(15, 24, Entity("palestine", "State", "فلسطين"), "alias", 0.9)
    guest = Mention(30, 40, Entity("guest", "Person", "ضيف"), "ner", 0.5)
    assert _outermost([state, guest], [council]) == [guest]
    assert _outermost([council], [state, guest]) == [council]


def test_a_body_no_table_knows_is_named_by_its_head_word_without_the_ner():
    # «مؤسسة» (folded «موسسه») heads a body's name as «منظمة» and «هيئة» do
    doc = extracted(
        [
            "بحث VERB 0 root",
            "وزير NOUN 1 nsubj",
            "الخارجية NOUN 2 nmod",
            "الأردني ADJ 2 amod",
            "مع ADP 6 case",
            "مؤسسة NOUN 1 obl",
            "التمويل NOUN 6 nmod",
            "الدولية ADJ 7 amod",
            "مشاريع NOUN 1 obj",
            ". PUNCT 1 punct",
        ],
    )
    kinds = {m.entity.label: m.entity.type for m in doc._.mentions}
    assert kinds.get("مؤسسة التمويل الدولية") == "Organization"


def test_a_with_phrase_after_another_meeting_noun_is_that_meetings():
    # «أردوغان يستهل قمة الناتو في لاهاي بلقاءين مع ترامب وماكرون», as the model parsed such a
    # headline: the «مع» phrase hung from the verb that opens the summit, the meeting noun
    # between them. The two meetings' partners met Erdoğan, not NATO.
    doc = extracted(
        [
            "أردوغان X 2 nsubj",
            "يستهل VERB 0 root",
            "قمة NOUN 2 obj",
            "الناتو X 3 nmod",
            "في ADP 7 case",
            "لاهاي NOUN 7 nmod",
            "بلقاءين X 3 nmod",
            "مع ADP 9 case",
            "ترامب X 2 obl",
            "وماكرون X 9 nmod",
        ]
    )
    assert met("Donald Trump", "Emmanuel Macron") not in stated(doc)
    assert not [p for p in stated(doc) if p[0] == "met" and "NATO" in p]


SPOUSE_TAKEN_FOR_THE_GUEST = [  # «التقى الرئيس الكيني وليام روتو وزوجته راشيل روتو الرئيس …»
    "التقى VERB 0 root",
    "الرئيس NOUN 1 nsubj",
    "الكيني ADJ 2 amod",
    "وليام X 5 nmod",
    "روتو X 2 nmod",
    "و+ CCONJ 7 cc",
    "زوجت+ NOUN 5 conj",
    "ه PRON 7 nmod",
    "راشيل X 1 obl",  # the model's parse: his wife as the verb's oblique, the guest under her
    "روتو X 9 nmod",
    "الرئيس NOUN 10 nmod",
    "الإندونيسي ADJ 11 amod",
    "برابوو X 14 nmod",
    "سوبيانتو X 11 nmod",
    ". PUNCT 1 punct",
]


def test_a_spouse_named_after_someone_is_on_his_side_never_his_guest():
    doc = extracted(
        SPOUSE_TAKEN_FOR_THE_GUEST, ents=((3, 5, "PER"), (8, 10, "PER"), (12, 14, "PER"))
    )
    assert met("William Ruto", "راشيل روتو") not in stated(doc)
