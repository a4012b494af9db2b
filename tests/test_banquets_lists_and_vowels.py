"""What held-out 44's errors taught, on sentences of our own: guests received at a banquet,
attendees listed each with a title, a side's people named with «الجانب», states listed
«إلى جانب» the interveners, the dead whose tomb a visitor saw, a foreign name spelt with one
more «ي», a headline that ends «بلا لقاء», case vowels the writer put on a subject and an
object, and stories dated only by their last line or by «اليوم» in their lead.

«استضاف X Y على مأدبة غداء»: X received Y (the lunch is where, not what was hosted). «وحضر
اللقاء من الجانب A وزير الخارجية B، وقائد الجيش المشير C، ووزير الداخلية D»: all three
attended on A's side. «وضم الجانب الباكستاني فيها X و Y»: X and Y were on Pakistan's side.
«كانت جزر المالديف بين المتدخلين، إلى جانب كندا والدنمارك»: all of them intervened. «وزار
ضريح الشاعر محمد إقبال»: no meeting with Iqbal. «مسعود بزشكيان», then «بيزشكيان»: one
man. «… تجمع شريف ومودي تحت سقف واحد.. بلا لقاء»: they did not meet. «وسبق الجبيرَ إلى
العاصمتين وزيرُ الخارجية الإيراني X، إذ استقبله Y»: «ه» is X, the voweled subject, and Y
received him. «ترأس الوفد الأفغاني X، وضم في عضويته A و B» after talks «بين باكستان وحكومة
طالبان»: X heads the Taliban's side and A and B are on it (no membership of anything).
«استضافت إسلام آباد الاجتماع …، وترأس رئيس الوزراء شهباز شريف جلساته بمشاركة Y»: Sharif stands
for Pakistan; the capital does not make Pakistan a party beside him. «في 11 أكتوبر …، حيث أجرى
في العاشر من الشهر نفسه محادثات»: the 10th of that October. «وكان في استقباله لدى وصوله
إلى أبوظبي X»: the reception was in Abu Dhabi. «محادثات مع A يوم الأحد، ثم مع B اليوم»: each
on its own day. «قبل أن يترأس الجلسة العامة، فيما وقف A و B في طرفين متباعدين»: A and B, in
a clause of their own, did not chair the session.
"""

from __future__ import annotations

import datetime

from kg.reader import articles_from_bytes
from tests.test_extraction import facts, met

MACRON, MBS = "Emmanuel Macron", "Mohammad bin Salman"
TEBBOUNE, ERDOGAN = "Abdelmadjid Tebboune", "Recep Tayyip Erdoğan"


def _meetings(events):
    return [e for e in events if e.kind == "Meeting"]


def test_a_guest_received_at_a_banquet(extract):
    _, events = extract(
        "استضاف الرئيس الفرنسي إيمانويل ماكرون، مساء الثلاثاء، ولي العهد السعودي الأمير محمد "
        "بن سلمان على مأدبة عشاء في قصر الإليزيه بباريس."
    )
    assert met(MACRON, MBS) in facts(events)


def test_a_banquet_hosted_for_a_guest(extract):
    _, events = extract(
        "أقام الرئيس الجزائري عبد المجيد تبون مساء أمس مأدبة غداء على شرف الرئيس التركي رجب "
        "طيب أردوغان في قصر الشعب."
    )
    assert met(TEBBOUNE, ERDOGAN) in facts(events)


def test_attendees_listed_each_with_his_title(extract):
    _, events = extract(
        "بحث الرئيس التركي رجب طيب أردوغان في أنقرة أمس مع رئيس الوزراء الباكستاني شهباز شريف "
        "العلاقات الثنائية.\n"
        "وحضر اللقاء من الجانب الباكستاني نائب رئيس الوزراء وزير الخارجية إسحاق دار، وقائد "
        "الجيش المشير عاصم منير، ووزير الداخلية محسن نقوي."
    )
    found = facts(events)
    assert met(ERDOGAN, "Ishaq Dar") in found
    assert met(ERDOGAN, "Asim Munir") in found
    assert met(ERDOGAN, "محسن نقوي") in found
    assert met("Shehbaz Sharif", "Asim Munir") not in found


def test_a_side_made_of_the_people_named_after_it(extract):
    _, events = extract(
        "وقّع الرئيس التركي رجب طيب أردوغان ورئيس الوزراء الباكستاني شهباز شريف في أنقرة "
        "اتفاقيات للتعاون الدفاعي.\n"
        "وضم الجانب الباكستاني في المحادثات التي سبقت التوقيع وزير الخارجية إسحاق دار وقائد "
        "الجيش عاصم منير."
    )
    found = facts(events)
    assert met(ERDOGAN, "Ishaq Dar") in found
    assert met(ERDOGAN, "Asim Munir") in found
    assert met("Shehbaz Sharif", "Ishaq Dar") not in found


def test_states_listed_alongside_the_interveners(extract):
    _, events = extract(
        "وحين قبلت محكمة العدل الدولية إعلانات التدخل في قضية غامبيا ضد ميانمار، كانت جزر "
        "المالديف بين المتدخلين، إلى جانب كندا وفرنسا وألمانيا."
    )
    joined = {e.label_en for event in events if event.kind == "CaseJoining" for e in event.sides[0]}
    assert joined == {"Maldives", "Canada", "France", "Germany"}


def test_a_tomb_visited_is_no_meeting(extract):
    _, events = extract(
        "وصل الرئيس الإيراني مسعود بزشكيان أمس إلى لاهور، حيث استقبله رئيس الوزراء الأسبق "
        "نواز شريف، وزار ضريح الشاعر محمد إقبال."
    )
    people = {e.label for event in _meetings(events) for side in event.sides for e in side}
    assert "محمد إقبال" not in people
    assert met("Masoud Pezeshkian", "Nawaz Sharif") in facts(events)


def test_a_foreign_family_name_spelt_with_one_more_ya(extract):
    _, events = extract(
        "وصل الرئيس الإيراني مسعود بزشكيان إلى إسلام آباد اليوم في زيارة رسمية.\n"
        "والتقى بيزشكيان نظيره الباكستاني آصف علي زرداري في القصر الرئاسي."
    )
    assert met("Masoud Pezeshkian", "Asif Ali Zardari") in facts(events)


def test_a_headline_that_says_they_did_not_meet(extract):
    _, events = extract(
        "قمة شنغهاي في تيانجين تجمع شهباز شريف وناريندرا مودي تحت سقف واحد.. بلا لقاء\n"
        "تيانجين - اختتمت القمة اليوم."
    )
    assert met("Narendra Modi", "Shehbaz Sharif") not in facts(events)


def test_case_vowels_tell_the_subject_from_the_object(extract):
    _, events = extract(
        "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران اليوم.\n"
        "وسبق الأميرَ إلى العاصمة الإيرانية وزيرُ الخارجية العماني بدر البوسعيدي، إذ استقبله "
        "الرئيس الإيراني مسعود بزشكيان يوم الاثنين."
    )
    found = facts(events)
    assert met("Masoud Pezeshkian", "Sayyid Badr bin Hamad bin Hamood AlBusaidi") in found
    assert met("Faisal bin Farhan Al Saud", "Masoud Pezeshkian") not in found


def test_a_story_dated_by_its_last_line():
    (article,) = articles_from_bytes(
        "foot.txt",
        "وزير الخارجية المغربي يستقبل نظيره الموريتاني\n"
        "استقبل وزير الخارجية ناصر بوريطة أمس نظيره الموريتاني محمد سالم ولد مرزوك.\n"
        "وبحث الوزيران التعاون الثنائي ومشاريع الربط الطرقي بين البلدين.\n"
        "وأكد الجانبان أهمية تفعيل اللجنة العليا المشتركة.\n"
        "ووقع الوزيران مذكرة تفاهم في المجال القنصلي.\n"
        "الرباط - هسبريس - الخميس 5 ديسمبر 2024\n".encode(),
    )
    assert article.published == datetime.date(2024, 12, 5)
    assert "هسبريس" not in "".join(article.text[slice(*r)] for r in article.regions)


def test_a_story_dated_by_today_in_its_lead():
    (article,) = articles_from_bytes(
        "lead.txt",
        "الجبير في إسلام آباد\n"
        "العربية.نت | جنوب آسيا\n"
        "وصل وزير الدولة للشؤون الخارجية عادل الجبير إلى إسلام آباد، اليوم الجمعة 9 مايو "
        "2025، في زيارة تستغرق يوماً واحداً.\n".encode(),
    )
    assert article.published == datetime.date(2025, 5, 9)


def test_a_delegation_head_and_the_members_listed_after_him(extract):
    _, events = extract(
        "انتهت في الدوحة الجولة الأولى من المفاوضات بين باكستان وحكومة طالبان الأفغانية "
        "برعاية قطرية.\n"
        "وترأس الوفد الباكستاني وزير الدفاع خواجة محمد آصف، فيما ترأس الوفد الأفغاني وزير الدفاع "
        "محمد يعقوب مجاهد، وضم في عضويته سهيل شاهين وأنس حقاني."
    )
    found = facts(events)
    assert met("Khawaja Muhammad Asif", "Mohammad Yaqoob") in found
    assert met("Khawaja Muhammad Asif", "سهيل شاهين") in found
    assert met("Khawaja Muhammad Asif", "أنس حقاني") in found
    assert met("Khawaja Muhammad Asif", "Taliban") not in found
    assert not [e for e in events if e.kind == "Membership"]


def test_a_capital_hosting_is_no_party_beside_its_leader(extract):
    _, events = extract(
        "استضافت إسلام آباد أمس اجتماع مجلس رؤساء حكومات منظمة شنغهاي للتعاون، وترأس رئيس "
        "الوزراء شهباز شريف جلساته بمشاركة رئيس مجلس الدولة الصيني لي تشيانغ."
    )
    found = facts(events)
    assert met("Li Qiang", "Shehbaz Sharif") in found
    assert met("Li Qiang", "Pakistan") not in found


def test_a_day_of_the_same_month(extract):
    _, events = extract(
        "واندلعت المواجهات في 11 أكتوبر، فيما كان أمير خان متقي يزور الهند، حيث أجرى في "
        "العاشر من الشهر نفسه محادثات في نيودلهي مع وزير الخارجية الهندي سوبرامانيام "
        "جايشانكار.",
        published=datetime.date(2025, 10, 19),
    )
    (meeting,) = _meetings(events)
    assert meeting.date.value == "2025-10-10"


def test_a_reception_on_arrival_is_where_he_arrived(extract):
    _, events = extract(
        "وكان في استقبال رئيس الوزراء الباكستاني شهباز شريف لدى وصوله إلى الدوحة أمس أمير "
        "قطر الشيخ تميم بن حمد آل ثاني."
    )
    (meeting,) = _meetings(events)
    assert meeting.location is not None and meeting.location.label_en == "Doha"


def test_guests_met_one_after_another_each_on_his_own_day(extract):
    _, events = extract(
        "وأجرى رئيس الوزراء الهندي ناريندرا مودي على هامش القمة محادثات مع الرئيس الصيني شي "
        "جين بينغ يوم الأحد، ثم مع الرئيس الروسي فلاديمير بوتين اليوم.",
        published=datetime.date(2025, 9, 1),
    )
    days = {e.sides[1][0].label_en: e.date.value for e in _meetings(events) if len(e.sides) == 2}
    assert days == {"Xi Jinping": "2025-08-31", "Vladimir Putin": "2025-09-01"}


def test_people_of_another_clause_do_not_chair_the_session(extract):
    _, events = extract(
        "اختتمت في تيانجين قمة منظمة شنغهاي للتعاون، التي شارك فيها رئيس الوزراء الباكستاني "
        "شهباز شريف ورئيس الوزراء الهندي ناريندرا مودي.\n"
        "وكان الرئيس الصيني شي جين بينغ قد أقام مأدبة ترحيب بالقادة، قبل أن يترأس الجلسة "
        "العامة للقمة، فيما وقف شريف ومودي في طرفين متباعدين.\n"
        "وحضر القمة قادة من خارج الدول الأعضاء، بينهم الرئيس التركي رجب طيب أردوغان.",
        published=datetime.date(2025, 9, 1),
    )
    found = facts(events)
    assert met("Narendra Modi", ERDOGAN) not in found
    assert met("Narendra Modi", "Shehbaz Sharif") not in found


def test_a_full_name_with_the_fathers_is_the_person_the_tables_know_without_it(extract):
    mentions, _ = extract(
        "وصل وزير الدولة للشؤون الخارجية السعودي عادل بن أحمد الجبير إلى إسلام آباد أمس."
    )
    assert "Adel al-Jubeir" in {m.entity.label_en for m in mentions}


def test_a_reception_after_an_arrival_is_on_the_arrivals_day(extract):
    _, events = extract(
        "وصل وزير الخارجية التركي هاكان فيدان إلى الرياض، اليوم الأحد 12 يناير 2025، قادماً من "
        "الدوحة التي زارها أمس.\n"
        "واستقبل ولي العهد السعودي الأمير محمد بن سلمان الوزير فيدان في قصر اليمامة.",
        published=datetime.date(2025, 1, 12),
    )
    (meeting,) = _meetings(events)
    assert meeting.date.value == "2025-01-12"
