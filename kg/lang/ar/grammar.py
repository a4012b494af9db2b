"""Arabic function words the argument grammar reads (kg.extract.grammar), folded (kg.normalize)."""

import re

TRANSPARENT = {"من", "ل"}  # «وفد من حماس», «المكتب السياسي لحركة حماس»
LEADERSHIP = {"رياسه", "قياده", "تروس", "زعامه"}  # «برئاسة X»: ب is transparent on these
# Where a host receives a guest («بقصر قرطاج», «في مكتبه», «بمقر إقامته»).
VENUES = {"قصر", "قصره", "مقر", "مقره", "مكتب", "مكتبه", "منتجع", "منتجعه", "دار", "مبني"}
VENUES |= {"القصر", "المقر", "ديوان", "الديوان"}  # «في الديوان الأميري وزيرَ الخارجية»
# «اللقاء الذي عقد أمس بوزارة الخارجية»: a ministry or embassy after «ب» is where it was held
VENUES |= {"وزاره", "سفاره", "قنصليه", "فندق"}
# What is sent («نقل رسالة شفوية من الشيخ X», «برقية تهنئة من»): who it is from is not there.
MESSAGES = {"رساله", "الرساله", "رسايل", "الرسايل", "برقيه", "البرقيه", "تحيات", "التحيات"}
# Nouns of the occasion of talks («على هامش القمة», «بمناسبة الزيارة»).
OCCASIONS = {"هامش", "مناسبه", "بمناسبه"}
TOPIC_MARKERS = {"حول", "بشان", "عن", "تجاه", "ازاء", "حيال", "ضد", "علي", "لدي", "الي"}
TOPIC_MARKERS |= {"بخصوص", "فيشان", "فيخصوص"}  # «ب/في شأن», «ب خصوص» (fixed)
TOPIC_MARKERS |= {"فياطار"}  # «في إطار تعزيز العلاقات»: the purpose, whoever it names
PLACE_MARKERS = {"في", "ب"}
# «كان» and its sisters: the verb completing them («وكان X أشاد …») shares their subject
KANA = {"كان", "كانت", "كانوا", "يكون", "تكون", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت"}
# Prepositions inside a title («الأمين العام لحركة الجهاد», «زعيم المجلس في العراق»,
# «مندوب سوريا لدى الأمم المتحدة», «المبعوث إلى الشرق الأوسط»): what they introduce is part
# of the title.
IN_TITLE_MARKERS = {"في", "ل", "لدي", "الي"}
RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"}
# What talks are about: a state or body named under one of these nouns («الوضع في العراق»,
# «ملف إيران النووي», «مستقبل سوريا») is the topic, not a side. Singular and broken plural.
TOPIC_NOUNS = (
    *("وضع", "أوضاع", "أزمة", "أزمات", "ملف", "ملفات", "قضية", "قضايا", "مسألة", "مسائل"),
    *("تطورات", "مستجدات", "مستقبل", "موضوع", "موضوعات", "شأن", "شؤون", "خصوص", "سبل"),
    *("برنامج", "خطة", "مبادرة", "مشروع", "قرار", "قرارات", "أمن", "استقرار", "إعمار", "عملية"),
    # «قمة دول جوار ليبيا»: the neighbours meet about Libya, which is not among them
    *("جوار", "جيران"),
)
# Nouns that take «مع» themselves («الحرب مع إيران», «العلاقات مع سوريا», «توقيعها مع
# تنزانيا»): the «مع» phrase names their other party, not the talks' partner.
WITH_NOUNS = (
    *("علاقة", "علاقات", "تعاون", "اتفاق", "اتفاقية", "اتفاقيات", "صفقة", "حدود", "توقيع"),
    *("حرب", "نزاع", "صراع", "خلاف", "خلافات", "مواجهة", "مواجهات", "هدنة", "تطبيع"),
    *("شراكة", "تبادل", "تجارة", "مشكلة", "مشاكل", "تنسيق", "مذكرة", "مذكرات", "تفاهم"),
)
# Nouns of an event in time («تتزامن زيارة وفد حماس مع وصول وفد فتح», «مع بدء القمة»):
# «مع» on one tells when, and who is named under it did not take part with the subject.
COINCIDING_NOUNS = (
    *("وصول", "قدوم", "عودة", "زيارة", "انعقاد", "بدء", "بداية", "انطلاق", "اختتام", "انتهاء"),
    *("نهاية", "حلول", "اقتراب", "ذكرى"),
)
# Verbs whose object is what was discussed («وتناولا قضية…», «بحثا الملف…»).
DISCUSSION_VERBS = ("بحث", "ناقش", "تناول", "استعرض", "تطرق", "تباحث", "تداول", "درس")
# Title words that «و» may stay glued to when a second name follows its title («سولانا ومسؤول
# الملف النووي الإيراني علي لاريجاني»): the «و» joins the two names.
TITLE_WORDS = {"مسوول", "مسووله", "المسوول", "المسووله"}
# Indefinite words that open a title in a construct («عضو المكتب السياسي», «كبير مستشاري
# الرئيس»), besides the title heads: with «ب» glued on («بعضو», «بكبير», «بنائب») they are
# the partner of «التقى/اجتمع ب».
TITLE_OPENERS = {"عضو", "كبير"}

# «وفد من حماس يضم X و Y», «وفد يترأسه X»: the words that name a delegation's members or head
DELEGATION_LINKS = {"يضم", "ضم", "تضم", "يتراسه", "يقوده", "يتقدمه"}
# «وفد التحالف، المكون من السيد X، وزير …، والسيد Y …», «ترأس الوفد X، بعضوية Y و Z», «…،
# وضم في عضويته Y و Z»: the words after which a delegation's members are listed, whatever
# titles follow each (folded)
IN_ITS_MEMBERSHIP = r"و?[يت]?ضم في عضوي(?:ته?|ه)"  # «وضم في عضويته»: a delegation's members
COMPOSED_OF = re.compile(
    rf"(?<![\w])(?:(?:ال)?(?:مكون|مولف|مشكل)(?:ه)? من|بعضويه|{IN_ITS_MEMBERSHIP})(?![\w])"
)
# what ends such a list: another clause, or the attendees
COMPOSITION_ENDS = re.compile(r"(?<![\w])(?:بحضور|وبحضور|فيما|بينما|حيث|وقد|كما|الي جانب)(?![\w])")
# Words that open a list of the states a phrase names (folded): «كل من X و Y», «…، من بينها X»
ALL_OF = (("كل", "من"),)
AMONG = (("من", "بينها"), ("من", "بينهم"), ("منها",), ("ومنها",), ("بينها",))
# «بمشاركة وزراء الدول الثلاث والعشرين، ومن بينهم X و Y»: words after a count of people that
# open the names of some of them (folded)
AMONG_THEM = tuple(
    (conjunction + first, *rest)
    for first, *rest in (("من", "بينهم"), ("منهم",), ("بينهم",), ("من", "ضمنهم"))
    for conjunction in ("", "و")
)
NAMELY = (("هي",), ("وهي",))  # «دول تدخلت في القضية، هي X و Y»: which are
# «نيكاراغوا وإسبانيا، إضافة إلى دولة فلسطين»: «besides», which continues a list (folded)
BEYOND = re.compile(r"الي جانب|اضافه الي|بالاضافه الي|فضلا عن|علاوه علي")
# «هل التقيتم نظيركم؟»: a yes-or-no question, which states nothing (folded)
YES_OR_NO = "هل"
QUESTION_MARKS = {"؟", "?"}
# «ضع إشارة (✓) أمام العبارة الصحيحة …: «إيران وتركيا عضوان في الجامعة»», «صح أم خطأ»: an
# exercise that gives a statement to judge, which states nothing (folded)
TO_JUDGE = re.compile(
    r"ضع اشاره|ضع علامه|صح ام خطا|صح او خطا|صواب ام خطا|العباره الصحيحه|العباره الخاطيه"
)
# «قال», «أكد», «أضاف» …: verbs that open a quotation (folded, the past of «he»)
SAYING_VERBS = frozenset({"قال", "اكد", "اعلن", "اضاف", "اوضح", "صرح", "كتب", "اشار"})
SAYING = SAYING_VERBS | {verb + "ت" for verb in SAYING_VERBS} | {"تابع", "تابعت"}
# «قادة حركة حماس», «مسؤولي الحكومة», «ممثلي الفصائل»: a plural of a body's people, which no
# one person's title is (folded)
PEOPLE_OF = {"قاده", "قيادات", "مسوولي", "مسوولين", "ممثلي", "اعضاء", "زعماء", "كوادر"}
