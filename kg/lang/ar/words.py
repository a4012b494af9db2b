"""Arabic words of the mention rules (kg.mentions), folded (kg.normalize): no hamza on
alef, ه for ة, ي for ى."""

import re

from kg.lang.ar.meetings import ACTING_AS
from kg.lang.ar.modality import PLANNED_AFTER
from kg.lang.ar.morphology import NAME_PROCLITICS

PLACE_WORDS = {"في", "الي", "من", "نحو", "العاصمه", "عاصمه", "مدينه", "بمدينه", "بالعاصمه"}
PARTY_WORDS = {"مع", "ضد"}
TO = "الي"  # «إلى»
ALONGSIDE = (TO, "جانب")  # «إلى جانب X»: alongside X, not to X
# «المؤلفة من الكويت وعمان», «تتكون من»: made up of, not «from» (folded, without «ال»)
COMPOSED_OF = ("مولف", "مكون", "متكون", "متالف", "تتالف", "يتالف", "تتكون", "يتكون")
TITLE_HEADS = {
    "رييس",
    "الرييس",
    "وزير",
    "نايب",
    "السفير",
    "سفير",
    "الملك",
    "ملك",
    "الامير",
    "امير",
    "ولي",
    "الشيخ",
    "الامام",  # «الإمام محمود ديكو»: a religious leader (not «إمام», also a given name)
    "المتحدث",
    "الناطق",
    "المبعوث",
    "مبعوث",
    # the Levantine press's envoy («الموفد الأميركي آموس هوكشتاين»); not «موفد الرئيس X»,
    # whose X may be the president who sent him
    "الموفد",
    "المندوب",  # «المندوب الروسي فاسيلي نيبينزيا»: a state's envoy to a body
    "مندوب",
    "المندوبه",
    "مندوبه",
    "المستشار",  # «المستشار الألماني أولاف شولتس»
    "المستشاره",
    "قايد",
    "زعيم",
    "الامين",
    "مستشار",
    "مدير",
    "كبير",  # «كبير مفاوضي جماعة أنصار الله محمد عبد السلام», «كبير المفاوضين»: a chief
    "كبيره",
    "وكيل",  # «وكيل وزارة الخارجية X»: an under-secretary
    "وكيله",
    "المدير",  # «المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي»
    "برياسه",
    "رياسه",
    "بزعامه",  # «فصيل حركة تحرير السودان بزعامة مني أركو مناوي»: led by
    "زعامه",
    "نايبه",  # feminine titles: «نائبة الرئيس», «وزيرة الخارجية», «رئيسة الوزراء»
    "وزيره",
    "رييسه",
    "الرييسه",
    "سفيره",
    "السفيره",
    "المتحدثه",
    "الناطقه",
    "مستشاره",
    "مديره",
    "المديره",
    "المبعوثه",  # «المبعوثة الأممية هانا تيتيه»
    "مبعوثه",
    "الامينه",
    "زعيمه",
    "قايده",
    "المفوض",  # «المفوض العام للأونروا فيليب لازاريني»: a commissioner
    "مفوض",
    "المفوضه",  # «المفوضة الأوروبية لشؤون المتوسط دوبرافكا شويتسا»
    "مفوضه",
    "الممثل",  # «الممثل الأعلى للسياسة الخارجية خافيير سولانا»: a representative
    "ممثل",
    "الممثله",
    "ممثله",
    "عضو",  # «عضو اللجنة المركزية لحركة فتح عزام الأحمد», «عضو الكنيست أحمد الطيبي»
    "العضو",
    "قاضي",  # «قاضي القضاة محمود الهباش» (not «القاضي», also a family name)
    "مسوول",  # «عضو المجلس السياسي ومسؤول العلاقات الخارجية في الحزب محمد المهتار»
    "نظير",  # «نظيره المصري سامح شكري»: his Egyptian counterpart
    "نظيره",  # the same, when the tokenizer leaves the pronoun attached
    "نظيرها",
    "نظيريه",
    "نظراء",
    "الحاكم",  # «الحاكم المدني الأمريكي للعراق بول بريمر», «حاكم مصرف لبنان رياض سلامة»
    "حاكم",
    "المفتي",  # religious offices: «مفتي الجمهورية», «البطريرك الماروني», «المطران …»
    "مفتي",
    "البطريرك",
    "بطريرك",
    "المطران",
    "مطران",
    # local government and consular titles: «محافظ البصرة أسعد العيداني», «عميد البلدية
    # محمود السقوطري», «عمدة روما», «والي الخرطوم», «القنصل العام التركي أرمان توبجو»
    "محافظ",
    "المحافظ",
    "عميد",
    "عمده",
    "العمده",
    "قايمقام",
    "القايمقام",
    "والي",
    "الوالي",
    "قنصل",
    "القنصل",
}
ORGANISATION_HEADS = {
    "حركه",
    "منظمه",
    "وكاله",
    "جمعيه",
    "حزب",
    "جبهه",
    "هييه",
    "موسسه",
    "وزاره",
    "جهاز",
    "اتحاد",
    "مجلس",
    "لجنه",
    "كتايب",
    "سرايا",
    "جماعه",
    "تكتل",  # «تكتل الدول العشرين»: a bloc
    "تحالف",  # «تحالف القوى الوطنية»: an alliance
    "ايتلاف",  # «ائتلاف دولة القانون»: a coalition
    "تنسيقيه",  # «تنسيقية القوى الديمقراطية المدنية»: a coordination of parties
    "كتله",  # «كتلة الوفاء للمقاومة»: a parliamentary bloc
    "تيار",  # «تيار المستقبل»: a political current
    "منتدي",  # «منتدى الدول المصدرة للغاز»: a forum
    "رابطه",  # «رابطة العالم الإسلامي»
    "مجموعه",  # «مجموعة دول الساحل الخمس»: a group of states
    "حلف",  # «حلف بغداد»: a pact
}
# «وصل المقداد إلى عمّان», «توجه إلى طرابلس»: «إلى» after a verb of going names a place, not
# a state one joins (folded, with the verbal nouns news writes: «لدى وصوله إلى»)
GOING = {"وصل", "وصلت", "يصل", "تصل", "وصوله", "وصولها", "وصولهم", "توجه", "توجهت", "يتوجه"}
GOING |= {"تتوجه", "عاد", "عادت", "يعود", "تعود", "عودته", "انتقل", "انتقلت", "ينتقل", "سافر"}
GOING |= {"سافرت", "يسافر", "قدم", "قادما", "قادمه", "متوجها", "توجهه"}
# «حطت طائرة X», «وصل X» (folded): an arrival, which a reception on the next line follows
ARRIVING = GOING | {"حطت", "حط", "هبطت"}
# «ثم جاء الوزير X إلى عمان»: came (not a verb of going for a place reading: «جاء ذلك عقب …»
# reports where a statement came from)
CAME = {"جاء", "جاءت", "اتي", "اتت"}
# «نظيره التركي آنذاك مولود جاويش أوغلو»: «then», between a title and its holder's name (folded)
# folded nouns of set phrases after «في» that the NER reads as places («في إطار», «في ظل»)
PHRASE_NOUNS = {"اطار", "ظل", "ضوء", "سياق", "مجال", "صدد", "خضم", "غضون", "ختام", "اعقاب"}
# folded kin nouns that share a family name: son, brother, daughter, sister («ونجله صدام»)
KIN_NOUNS = ("نجل", "ابن", "شقيق", "اخو", "اخي", "اخا", "نجلت", "ابنت", "شقيقت")
AT_THE_TIME = {"انذاك", "حينذاك", "حينها", "وقتها", "وقتذاك", "حينيذ", "حينه"}  # «في حينه»
# The grade words of a military rank after it («الفريق أول ركن», «اللواء الركن», «الفريق
# مهندس», «اللواء طيار»), folded.
RANK_GRADES = {"اول", "ركن", "الركن", "مهندس", "طيار", "الطيار", "بحري", "البحري", "الجوي"}
# Military ranks, which may open a sentence with the officer's name («الفريق أول ركن فياض بن
# حامد الرويلي قائد عسكري سعودي»), folded
RANKS = {"اللواء", "الفريق", "العميد", "العماد", "المشير", "العقيد", "الجنرال", "الادميرال"}
RANKS |= {"المارشال"}
HONORIFICS = {
    "الشيخ",
    "السيد",
    "السيده",
    "سيد",  # «آية الله العظمى سيد علي خامنئي»: a descendant of the Prophet, as a style
    "الدكتور",
    "اللواء",
    "الفريق",
    "المهندس",
    "العميد",
    "العماد",  # Lebanese army rank («العماد جوزاف عون»)
    "المشير",
    "العقيد",
    "الجنرال",  # ranks in foreign armies' style («الجنرال مايكل كوريلا», «الأدميرال»)
    "الادميرال",
    "المارشال",
    "سعاده",
    "سمو",
    "صاحب",
    "السمو",
    "معالي",
    "فخامه",
    "جلاله",  # «جلالة الملك محمد السادس», and Jordan's «عطوفة» (not «حضرة»: «وحضره» attended it)
    "عطوفه",
    # styles of clergy and of office («سماحة السيد حسن نصر الله», «فضيلة الشيخ», «غبطة
    # البطريرك», «سيادة الرئيس»): never part of the name after them
    "سماحه",
    "فضيله",
    "غبطه",
    "نيافه",
    "سياده",
    "الامير",
    "الملك",
    "البابا",  # «البابا فرنسيس», «البابا ليو الرابع عشر»
    "البطريرك",
    "الزاير",  # «وزير الخارجية البلغاري الزائر سلمون باسي»: the visiting minister
    "الزايره",
    "الاخ",  # Yemeni and Libyan official style: «رئيس مجلس النواب الأخ يحيى علي الراعي»
    "الاخت",
    "الاستاذ",  # «الأستاذ نبيه بري»
    # Malaysian styles before a name («داتوك سري أنور إبراهيم», «تان سري», «تون»); «سري» is
    # no name's first word (as an adjective it means secret; «سريلانكا» is a state's name)
    # the Taliban's clerical style («المولوي أمير خان متقي»); not «الملا», a family name too
    # («طارق الملا»)
    "مولوي",
    "المولوي",
    "داتوك",
    "داتو",
    "داتين",
    "تون",
    "سري",
}
ROYAL_STYLE = "الملكي"  # «صاحب السمو الملكي الأمير X»: a style's last word (folded)
# Given names that are title heads too: after a name, in construct with a body or «سر»
# («علي شمخاني أمين المجلس الأعلى», «أمين سر اللجنة»), the title of the one named (folded)
TITLE_GIVEN_NAMES = {"امين"}
TITLE_CONSTRUCTS = {"سر", "عام"}
# A Shia cleric's style before his name, word by word, folded: «آية الله العظمى السيد علي
# السيستاني», «رئيس الجمهورية آية الله إبراهيم رئيسي»
CLERICAL_STYLE = ("ايه", "الله", "العظمي")
# «بوساطة», «برعاية», «بحضور»: the noun with «ب» after a name that opens the circumstance of
# a meeting, never a name's word (folded)
CIRCUMSTANCES = {"بوساطه", "برعايه", "بحضور", "بمشاركه", "بدعوه", "بضيافه", "بمبادره"}
# «X بن Y»: son or daughter of
FILIATION = {"بن", "بنت", "ابن"}
NAME_LINKS = FILIATION | {"ال", "ابو", "عبد"}
# The same in the office holders' names of the tables, with «ولد» («محمد ولد الغزواني»).
HOLDER_NAME_LINKS = NAME_LINKS | {"ولد"}
# The second word of a compound given name: «نور الدين», «سراج الدين», «عز الدين».
COMPOUND_NAME_ENDS = {"الدين"}
FAMILY_LINKS = {"عبد", "ابو", "ال"}  # the first word of a two-word family name
# European particles that open a family name («فون دير لاين», «دا سيلفا», «دي ميستورا»; folded)
FAMILY_PARTICLES = {"فون", "فان", "دير", "دي", "دا", "دو", "ديل", "دوس", "لا", "لو"}
# Titles news puts before a first name alone («الأمير نايف», «الشيخ جابر»).
FIRST_NAME_TITLES = {"الامير", "الاميره", "الشيخ", "الشيخه", "الملك", "السلطان"}
# Within one article, also «الرئيس إسياس» for the «إسياس أفورقي» it names in full (the Horn of
# Africa's press names leaders by the given name); across a build «الرئيس عباس» stays a
# family name
ARTICLE_FIRST_NAME_TITLES = FIRST_NAME_TITLES | {"الرييس"}
# A ruler's regnal number after his name («الملك عبدالله الثاني», «محمد السادس»), folded.
REGNAL = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"}
DATE_WORDS = {
    "اليوم",
    "امس",
    "مساء",
    "صباح",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
}
# Date words that are also given names, read as names after an honorific («الشيخ صباح»).
GIVEN_DATE_WORDS = {"صباح"}
# given names written with the article («الحسن واتارا», «الطاهر الباعور», «الحبيب الصيد»,
# «المختار ولد داداه»), common in the Maghreb and West Africa: a name's first word after a
# title, though definite (folded; not «الامين», the head of «الأمين العام»)
ARTICLE_GIVEN_NAMES = {"الحسن", "الحسين", "الطاهر", "الهادي", "الحبيب", "المنصف", "الصادق"}
ARTICLE_GIVEN_NAMES |= {"الباجي", "الطيب", "المختار", "المهدي", "البشير", "العربي", "المنجي"}
# Nouns for a person defined by another («مبعوث الرئيس», «صهر الرئيس»), folded.
# «التقى X أخاه الرئيس Y»: a peer the Gulf agencies call the host's brother (folded)
# «التقيت أخي X», «استقبلنا أخانا X»: a speaker's brother, the same style (folded)
BROTHERLY = {"اخاه", "اخيه", "اخوه", "اخته", "اختها", "اخاها", "اخيها", "اخوها"} | {
    "اخي",
    "اختي",
    "اخانا",
    "اخينا",
    "اخونا",
}
RELATIONAL_NOUNS = {
    "مبعوث",
    "موفد",
    "مستشار",
    "مستشاره",
    "صهر",
    "نايب",
    "نايبه",
    "سفير",
    "ممثل",
    "متحدث",
    "ناطق",
    "مساعد",
    "زوجه",
    "ابن",
    "نجل",
    "شقيق",
    "مدير",
    "حارس",
    "مرافق",
    "وكيل",  # «وكيل الأمين العام للأمم المتحدة»: an under-secretary, not the Secretary-General
    "وكيله",
}
# Bodies of a state's people: with the state's adjective they stand for the state.
COLLECTIVES = {"وفد", "وفدا", "الوفد", "جانب", "الجانب", "حكومه", "الحكومه", "السلطات", "سلطات"}
COLLECTIVES |= {"المسوولين", "المسوولون", "مسوولين", "مسوولون", "القياده", "قياده", "الوفود"}
# Two bodies, each named by its state's adjective («الجانبان المصري والقطري»).
DUAL_COLLECTIVES = {"الجانبان", "الجانبين", "الطرفان", "الطرفين", "الوفدان", "الوفدين"}
COLLECTIVES |= DUAL_COLLECTIVES
COLLECTIVES |= {"و" + word for word in COLLECTIVES}  # «ووفد موزمبيقي»: و left attached
# A body word in the dual before two names («حركتي فتح وحماس», «منظمتا التحرير والتعاون»):
# each name is a body of that word, folded, with the singular it stands for
DUAL_BODY_WORDS = {"حركتي": "حركه", "حركتا": "حركه", "منظمتي": "منظمه", "منظمتا": "منظمه"}
DUAL_BODY_WORDS |= {"جماعتي": "جماعه", "جماعتا": "جماعه", "حزبي": "حزب", "حزبا": "حزب"}
# «رئيس الوزراء اللبناني مدينة طرابلس»: a place noun starts no personal name
PLACE_NOUNS = {"مدينه", "قريه", "بلده", "محافظه", "ولايه", "منطقه", "عاصمه", "جزيره", "مخيم"}
# A committee of two states («اللجنة العليا المشتركة السعودية اليمنية», «للجنة المصرية الأردنية
# المشتركة»): its head words, and the word that makes it joint.
JOINT_BODIES = {"لجنه", "اللجنه", "للجنه", "لجان", "اللجان", "للجان", "ولجنه", "واللجنه"}
JOINT = {"المشتركه", "مشتركه"}
# Talks named by two states' adjectives («محادثات مصرية فلسطينية», «القمة السعودية الأمريكية»):
# the nouns, folded, with the article and the clitics before it; negotiations are a process,
# not one meeting («المفاوضات الإسرائيلية الفلسطينية»), and are left out.
PAIRED_TALKS = {"محادثات", "مباحثات", "مشاورات", "لقاء", "اجتماع", "قمه"}
PAIRED_TALKS |= {prefix + word for word in PAIRED_TALKS for prefix in ("ال", "وال", "بال", "لل")}
PAIRED_TALKS |= {"و" + word for word in PAIRED_TALKS if not word.startswith(("ال", "و"))}
# A title's place or institution and the name after it («رئيس إقليم كردستان», «حاكم ولاية
# تكساس», «رئيس بلدية طهران»), and «بالنيابة/بالوكالة» (acting): the title's, not a name's.
# The nouns a state's name may follow («مملكة ليسوتو», «جمهورية مصر العربية», «سلطنة عمان»)
STATE_NOUNS = {"جمهوريه", "مملكه", "اماره", "دوله", "سلطنه"}
TITLE_PLACES = PLACE_NOUNS | {"اقليم", "مقاطعه", "بلديه"} | STATE_NOUNS
ACTING = {"النيابه", "الانابه", "الوكاله"}  # after «ب», split off or not
# «مجلس الأمن القومي», «المجلس الوطني»: a body of one state, not the international one (folded)
NATIONAL = {"القومي", "القوميه", "الوطني", "الوطنيه"}
# «مجلس التعاون رفيع المستوى» (Turkey and Greece's), «مجلس التعاون الاستراتيجي»: a council of
# two states, not the Gulf's (folded)
NATIONAL |= {"رفيع", "الاستراتيجي", "الاعلي", "المشترك"}
RELATIVE_PRONOUNS = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللذان", "اللتان"}
# Epithets after a ruler's title («أمير البلاد المفدى»), and the institutions a title may
# name after its head («رئيس حكومة تصريف الأعمال»): no personal name starts with them.
EPITHETS = {"المفدي", "المعظم", "الموقر", "المبجل"}
INSTITUTIONS = ORGANISATION_HEADS | {"حكومه", "الحكومه", "دوله", "جمهوريه", "مملكه", "بلديه"}
NOT_NAMES = TITLE_HEADS | HONORIFICS | DATE_WORDS | PLACE_NOUNS | RELATIVE_PRONOUNS
NOT_NAMES |= EPITHETS | INSTITUTIONS | COLLECTIVES  # «ووفد حماس» is no name
# «وأطلع الرئيس عرفات عضوي الكنيست على …»: a member, one or two or many, is no name's word
NOT_NAMES |= {"عضو", "العضو", "عضوا", "عضوي", "عضوين", "العضوين", "اعضاء", "الاعضاء"}
NOT_NAMES |= {"التابع", "التابعه"}  # «رئيس الأركان التابع لحكومة …»: belonging, no name
# «شارك فيه أزيد من 110 نواب»: a count, no name
NOT_NAMES |= {"ازيد", "اكثر", "اقل", "حوالي", "زهاء", "قرابه"}
# A title's portfolio after «ل» («مساعد وزير الخارجية لشؤون جنوب آسيا»): no name starts with it
NOT_NAMES |= {"شوون", "الشوون"}
# «رئاسة مجلس وزراء خارجية الدول الأعضاء»: ministers and their portfolio are no name
NOT_NAMES |= {"وزراء", "الوزراء", "خارجيه", "الخارجيه"}
# «رئيس أركان حرب القوات المسلحة», «رئيس أركان الجيش»: the staff of a chief of staff's title
NOT_NAMES |= {"اركان", "الاركان"}
# «والقائم بأعمال وزير الخارجية X»: the acting holder's title, no name
NOT_NAMES |= {"القايم", "قايم"}
# «رفع الجلسة ساعتين للتشاور»: a span of time is no one (folded)
NOT_NAMES |= {"ساعه", "ساعتين", "ساعتان", "ساعات", "دقيقه", "دقايق", "دقيقتين"}
# «زار سفراؤها سلام»: ambassadors, also as the tokenizer leaves them without «ها» (folded)
NOT_NAMES |= {"سفراء", "السفراء", "سفراو", "سفراي"}
NOT_NAMES |= PLANNED_AFTER  # «لقاء مرتقب مع X»: expected, not a name
# «منح الرئيس نظيره قلادة النيل», «قلّده وسام الاستحقاق»: a decoration is no name (folded)
DECORATIONS = {"قلاده", "وسام", "وشاح", "ميداليه", "نوط", "درع", "جايزه"}
NOT_NAMES |= DECORATIONS | {f"ال{word}" for word in DECORATIONS}
# «وممثلين عن جيبوتي»: representatives, unnamed (folded)
NOT_NAMES |= {"ممثل", "ممثلين", "ممثلي", "ممثلو", "ممثلون", "وممثلين", "وممثلي"}
# «من وقّع «إعلان جدة»؟»: a document signed is no one, however the parse tags it (folded)
NOT_NAMES |= {"اعلان", "اتفاق", "اتفاقيه", "ميثاق", "وثيقه", "مذكره", "معاهده", "مبادره"}
# Two holders of one office named by a dual title and their states («الرئيسان المصري
# والفرنسي», «وزيرا الخارجية المصري والأردني», «رئيسا وزراء الهند وباكستان»): the dual's
# folded form → the words that may follow it → the office kind they name ("" = none needed).
_HEADS_OF_STATE = {"": "head-of-state"}
_HEADS_OF_GOVERNMENT = dict.fromkeys(
    ("الوزراء", "وزراء", "الحكومه", "حكومتي", "حكومات", "الحكومات"), "head-of-government"
)
_MINISTERS = dict.fromkeys(("الخارجيه", "خارجيه"), "foreign-minister") | dict.fromkeys(
    ("الدفاع", "دفاع"), "defence-minister"
)
DUAL_TITLES = {
    "الرييسان": _HEADS_OF_STATE,
    "الرييسين": _HEADS_OF_STATE,
    "العاهلان": _HEADS_OF_STATE,
    "العاهلين": _HEADS_OF_STATE,
    # «رئيسا وزراء الهند وباكستان»; «رئيسي رواندا والكونغو»: the two presidents
    "رييسا": _HEADS_OF_GOVERNMENT | _HEADS_OF_STATE,
    "رييسي": _HEADS_OF_GOVERNMENT | _HEADS_OF_STATE,
    "وزيرا": _MINISTERS,
    "وزيري": _MINISTERS,
}
# Holders of one office named by a plural title, each after his state («وزراء خارجية سورية
# فيصل المقداد وروسيا سيرغي لافروف», «رؤساء وزراء …», «الرؤساء المصري X والسوداني Y»): the
# plural's folded form → the words that may follow it → the office kind («قادة», leaders).
PLURAL_TITLES = {
    "روساء": _HEADS_OF_STATE | _HEADS_OF_GOVERNMENT,
    "الروساء": _HEADS_OF_STATE,
    "قاده": _HEADS_OF_STATE,
    "القاده": _HEADS_OF_STATE,
    "وزراء": _MINISTERS,
    "الوزراء": _MINISTERS,
    # ambassadors: «سفيري الولايات المتحدة ماثيو تولر وبريطانيا مايكل آرون» (no office table)
    "سفيرا": {"": "ambassador"},
    "سفيري": {"": "ambassador"},
    "سفراء": {"": "ambassador"},
}
# counterparts, each after his state («نظراؤه المالي X والنيجري Y والبوركيني Z»): the host's
# peers, whose office is his and no table's (folded, the pronoun glued or not)
_COUNTERPARTS = ("نظراء", "نظراوه", "نظرايه", "نظراءه", "نظراوها", "نظرايها", "نظراءها", "نظرايهم")
_COUNTERPARTS += ("نظيريه", "نظيريها", "نظيراه", "نظيراها")  # the dual: «نظيريه المصري والأردني»
PLURAL_TITLES |= {form: {"": "counterpart"} for form in _COUNTERPARTS}
# «وحضر الاجتماع وزراء خارجية الإمارات وقطر والبحرين» (folded): a plural or dual minister's
# title and its portfolio, then states alone; the portfolio's word is in each holder's title
PLURAL_MINISTERS = re.compile(
    r"(?<![\w])و?(?:وزراء|وزيرا|وزيري) (?P<portfolio>خارجيه|الخارجيه|دفاع|الدفاع)(?![\w])"
)
COUNTERPART = "نظير"  # «نظيره», «ونظيرها»: after «و», a counterpart noun's stem
COUNTERPARTS = {"نظير", "نظيره", "نظيرها", "نظيرته", "ونظيره", "ونظيرها", "نظيرتها"}
LEADERSHIP = {"برياسه", "رياسه", "بزعامه", "زعامه"}
BLOC = "تكتل"  # «التكتل»: the group of states named last, whatever its head word
BODY_ANAPHORS = re.compile(
    r"(?<![\w])(?:[وفب]?ال|لل)"
    r"(حركه|جماعه|حزب|منظمه|جبهه|تنظيم|رابطه|جامعه|مجلس|حلف|اتحاد|مجموعه|تحالف|تكتل|هييه|لجنه"
    r"|منتدي|مفوضيه|صيغه)(?![\w])"
)
# kinds so common that «اللجنة المكلفة …», «الهيئة العليا …» (a definite word after) describe
# a new body rather than name the last one again (folded)
DESCRIBED_KINDS = {"هييه", "لجنه", "منتدي", "مفوضيه"}
# «جلالته», «سموه», «فخامته», «معاليه», «سعادته» (His Majesty, Highness, Excellency…): the
# person last named with the same honorific or the title it goes with, folded.
HONORIFIC_PRONOUNS = {
    "جلالته": ("جلاله", "الملك", "العاهل"),
    "سموه": ("سمو", "الامير", "ولي العهد"),
    "فخامته": ("فخامه", "الرييس"),
    "معاليه": ("معالي",),
    "سعادته": ("سعاده",),
    "سيادته": ("سياده", "الرييس"),  # SANA's and WAFA's «السيد الرئيس», «سيادة الرئيس»
    "دولته": ("دوله",),  # the Gulf agencies' «دولة رئيس الوزراء»; else «his state»
}
# Honorific pronouns that are also common words («دعم دولته»: his state's support): only for a
# person the article styled so, right before his title or name
STYLED_ONLY = {"دولته"}
# «السيد الوزير», «معالي الوزير», «السيد وزير الدولة», «وزير الدولة» (folded): a communiqué's
# style and bare office for its own principal, who carries that office in his title; a state
# adjective after it («الوزير التشادي») makes it someone else's
STYLED_OFFICES = re.compile(
    r"(?<![\w])[وب]?ل?(?:(?:السيد|السيده|معالي|سعاده|فخامه|سياده|دوله) "
    r"(?P<office>الوزير|الوزيره|الرييس|الرييسه|وزير الدوله|وزيره الدوله)"
    r"|(?P<state_minister>وزير|وزيره) الدوله)"
    r"(?![\w])(?! ال\w+ي(?![\w]))(?! (?:لل|لشوون))"
)
HONORIFIC_ANAPHORS = re.compile(rf"(?<![\w])[وف]?[لب]?({'|'.join(HONORIFIC_PRONOUNS)})(?![\w])")
# «خلال استقبال الأخير لسموه», «وأكد الأخير»: the latter, the person named last (folded); as
# an adjective it follows a definite noun or one with a pronoun («لقائه الأخير»)
# «المملكة» alone, with its clitics («للمملكة», «بالمملكة», «والمملكة»), folded: the kingdom
# the article is about; a name after it («المملكة المغربية») makes it that state's full name
THE_KINGDOM = re.compile(r"(?<![\w])[وف]?((?:لل|بال|ال)مملكه)(?![\w])(?! ال)")
THE_LATTER = re.compile(r"(?<![\w])[وف]?[لب]?(الاخير)(?![\w])")
# «وزير الخارجية», «رئيس مجلس الوزراء» (folded): a title head, a construct noun, a definite noun
# After a state's name, the adjectives that make it a region («أميركا اللاتينية», «أمريكا
# الجنوبية», «آسيا الوسطى»), folded
REGION_ADJECTIVES = {"اللاتينيه", "الجنوبيه", "الشماليه", "الوسطي", "الغربيه", "الشرقيه"}
# States whose people's names put the family name first («شي جين بينغ», «تشوي سون هوي»), by
# ISO 3166 code: the last word of such a name is no family name
FAMILY_NAME_FIRST = {"CN", "TW", "KP", "KR", "VN"}
BARE_TITLE = re.compile(r"(?:وزير|وزيره|رييس|رييسه) (?:(?!ال)[^\s،,.]+ )?ال[^\s،,.]+|ولي العهد")
# The blessing written after a ruler's name or title («رعاه الله», «حفظهما الله»), folded; «الله»
# after it is part of it
BLESSINGS = {"رعاه", "حفظه", "ايده", "رعاها", "حفظها", "حفظهما", "رعاهما", "يحفظه", "يرعاه"}
# A bare title that names a person again only when one person of the article carried it: the
# last of two ministers is the paper's own, but two crown princes are two states'
ONE_HOLDER_TITLES = {"ولي العهد"}
# «الأمير محمد بن سلمان بن عبدالعزيز ولي العهد»: a grandfather's name between a name the
# tables know and the title after it (folded)
ANCESTRY = re.compile(r"(?: (?:بن|ابن|بنت) [^\s،,.]+){1,2}")
BODY_HEADS = ("حركه", "حركتا", "حركتي", "جماعه", "حزب", "جبهه", "تنظيم")
ACCOMPANYING = re.compile(r"(?<![\w])و?(?:الوفد المرافق|وفد مرافق) (?:له|لها)(?![\w])")
COUNTRY_ANAPHORS = re.compile(r"(?<![\w])[وف]?(?:بلاده|بلادها|بلده|بلدها|دولته|دولتها)(?![\w])")
CLITICS = ("و", "ف", "ب", "ل", "ك")
# «هذه الدول» (these states), folded; after «أي», «إحدى», «بعض» (which of, one of, some of
# these states: «أي هذه الدول أودعت …؟») it stands for no state in particular (group 1)
STATES_ANAPHOR = re.compile(
    r"(?<![\w])(?:[وف]?(اي|احدي|بعض|معظم|اغلب|غالبيه)\s+(?:من\s+)?)?(?:هذه|تلك|هاته) الدول\b"
)
# «البلدان الثلاثة», «الدول الأربع» (the three countries …), folded: the states of the latest
# list of as many
COUNTED_STATES = re.compile(r"\b(?:البلدان|الدول) (الثلاث|الثلاثه|الاربع|الاربعه|الخمس|الخمسه)\b")
STATE_COUNTS = {"الثلاث": 3, "الثلاثه": 3, "الاربع": 4, "الاربعه": 4, "الخمس": 5, "الخمسه": 5}
# What a dual title word stands for: people of these office kinds, or, whose office kg does
# not know, titled with these words («الرئيسان» after «الملك عبد الله الثاني» and «الرئيس
# الفلسطيني»: heads of state, a king among them; not a prince who is a minister)
_LEADERS = (("head-of-state", "head-of-government"), ("رييس", "ملك", "امير", "سلطان", "عاهل"))
DUAL_OFFICES = {
    "وزير": (("minister",), ("وزير",)),
    "رييس": _LEADERS,
    "زعيم": _LEADERS,
    "ملك": (("head-of-state",), ("ملك", "عاهل")),
    "امير": (("head-of-state",), ("امير",)),
}
# «الوزيرين», «والرئيسان» (the two ministers, the two presidents), folded: the title word
DUAL_ANAPHORS = re.compile(r"(?<![\w])(?:[وفب]?ال|لل)(وزير|رييس|زعيم|ملك|امير)(?:ين|ان)(?![\w])")
# «بحضور القادة الثلاثة», «الوزراء الأربعة» (the three leaders, the four ministers), folded:
# the plural title and its count
COUNTED_TITLES = re.compile(
    r"(?<![\w])[وفب]?(?:ال|لل)(?P<title>قاده|زعماء|روساء|وزراء)"
    r" (?P<count>الثلاثه|الثلاث|الاربعه|الاربع|الخمسه|الخمس)(?![\w])"
)
# the dual title (`DUAL_OFFICES`) whose holders a counted plural title names
COUNTED_TITLE_STEMS = {"قاده": "زعيم", "زعماء": "زعيم", "روساء": "رييس", "وزراء": "وزير"}
# «استقبل الوفدين», «والتقى الوفدان» (the two delegations), folded
# «الوفدين», and «كل وفد على حدة» (each delegation apart: the two named before)
DUAL_DELEGATIONS = re.compile(
    r"(?<![\w])(?:(?:[وفب]?ال|لل)وفد(?:ين|ان)|كل وفد(?= علي حده))(?![\w])"
)
# a delegation named by its body or state («وفد حماس», «ووفد فتح», «بوفد مصر»), or two
# («وفدي الجيش والدعم السريع»), folded
DELEGATION_OF = re.compile(r"(?<![\w])[وفبل]?وفد[يا]? $")
# the second body of «وفدي X و Y»
SECOND_DELEGATION = re.compile(r"(?<![\w])[وفبل]?وفد[يا] [^\s،,.]+(?: [^\s،,.]+){0,3} و$")
# Words before a town's name; a name after a region word («بولاية فلوريدا», «محافظة قنا») is
# the region's, not the town's, so region words only place a name no table knows (the NER's).
TOWN = frozenset({"في", "مدينه", "بمدينه", "العاصمه", "بالعاصمه", "عاصمه", "بلده", "ببلده"})
TOWN |= {"قريه", "بقريه", "قرب"}
PLACE_CONTEXT = TOWN | {"محافظه", "ولايه", "بولايه", "بمحافظه", "منطقه", "بمنطقه"}
# After a title, the words that make its holder someone else than today's: former, late,
# elected, designate, resigned, deposed («الرئيس الأمريكي السابق», «رئيس الوزراء المكلف»).
OFF_TERM = {"السابق", "الاسبق", "المنتخب", "المكلف", "الراحل", "المستقيل", "المقال"}
OFF_TERM |= {"المعزول", "المخلوع"}
OFF_TERM |= {word + "ه" for word in OFF_TERM}
# Words after a title that keep its holder in office («الرئيس السوري الانتقالي أحمد الشرع»)
IN_TERM = {"الانتقالي", "الموقت", "الحالي", "الجديد"}
IN_TERM |= {word + "ه" for word in IN_TERM}
OFF_TERM_NEXT = re.compile(r"\s*(\S+)(\s+حديثا\u064b?)?")  # «المنتخب حديثا»: newly elected
# not «دورة»: «الدورة العربية», «الدورة الخليجية» are games and cups, not the bodies' sessions
SUMMIT_NOUNS = {"قمه", "قمم", "موتمر", "اجتماع", "اجتماعات", "جلسه"}
SUMMIT_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
# Words that end a personal name the NER read on («محمد باقر الحكيم زعيم المجلس», «كريستينا
# روكا مساعدة وزير الخارجية»): a title or a relational noun after a name is its apposition.
NAME_ENDS = TITLE_HEADS | RELATIONAL_NOUNS | {"عضو", "مساعده", "مدرب", "وكيل", "وكيله"}
NAME_ENDS -= NAME_LINKS
NAME_ENDS |= {"و" + word for word in NAME_ENDS}  # «شقيق ووكيل»: و left attached
# Media whose name news gives after a head word («صحيفة "معاريف"», «وكالة أنباء الشرق
# الأوسط»): a newspaper, an agency or a channel reports; it is no side of what it reports.
MEDIA_HEADS = {"صحيفه", "جريده", "مجله", "اذاعه", "قناه", "تلفزيون", "شبكه", "انباء", "الانباء"}
MEDIA_HEADS |= {"برس"}  # «فرانس برس», «برس تراست», «أسوشيتد برس»
MEDIA_HEADS |= {"ل" + word for word in MEDIA_HEADS} | {"و" + word for word in MEDIA_HEADS}
# What a correction or a press review says of a report (folded): «ونوّه الخبر إلى أن …»,
# «وأورد التقرير»; the report is no body, whatever the NER reads («الخبر» is also a city)
REPORT_NOUNS = {"الخبر", "التقرير", "البيان", "المقال", "النبا"}
POSTED_TO = "لدي"  # «السفير الفرنسي لدى تايلاند»: the state or body a title is posted to
# Envoys' heads, whose posting «في» may name too («السفير الفرنسي في لبنان»), folded.
POSTINGS = {
    "سفير", "السفير", "سفيره", "السفيره", "قنصل", "القنصل", "مندوب", "المندوب", "مندوبه",
    "المندوبه", "المبعوث", "مبعوث", "المبعوثه", "مبعوثه", "الموفد", "موفد", "الموفده", "موفده",
}  # fmt: skip
# «رئيس المكتب السياسي لحماس في غزة», «… في الخارج»: a body's branch, whose head is another
# office (folded: the preposition, and the word for abroad that no gazetteer lists)
BRANCH_IN = re.compile(r"\s+في\s+")
ABROAD = "الخارج"
# Words that never end a personal name, though the parse or the NER may run a name on to them:
# adverbs and time words («التقت رايس أيضا», «التقى عمرو مجددا») and the nouns of a meeting
# or its like, the light verb's object («عقد الوزير نبيل عمرو لقاء مع»; forms: kg.lexicon).
NAME_STOPS = {"ايضا", "كذلك", "مجددا", "مجدد", "ثانيه", "سرا", "علنا", "امس", "اليوم", "غدا"}
NAME_STOPS |= {"حاليا", "لاحقا", "مسبقا", "فورا", "هاتفيا", "رسميا", "شخصيا", "مطولا", "منفردا"}
NAME_STOPS |= {"الليله", "بدوره", "بدورها", "وحده"}
NAME_STOPS |= {"اولا", "ثانيا", "ثالثا", "اخيرا"}  # «واجتمعت رايس أولا برئيس الحكومة»
NAME_STOPS |= {"كل", "كلا"}  # «إلى جانب ولد عبد العزيز كل من X و Y»: each of
NAME_STOPS |= CIRCUMSTANCES  # «جمال عبدالناصر بوساطة رئيس الوزراء …»
# «وقعه اللواء X ممثلا للجيش»: the capacity he acted in, in the accusative
NAME_STOPS |= ACTING_AS | {"ممثلين", "ممثلان"}
# «والتقى الصفدي نظيره وبحثا فتح المعابر»: the two (or more) who met discussed; a verb of the
# dual or the plural that goes on about a meeting, never a name
NAME_STOPS |= {
    conjunction + verb + ending
    for conjunction in ("", "و", "ف")
    for verb in ("بحث", "ناقش", "تناول", "استعرض", "تباحث", "تبادل", "اتفق", "اكد", "شدد", "اعرب")
    for ending in ("ا", "وا")
}
# «أمين عام حزب …», «مدير عام الشركة»: a title of two words, the head and «general»
GENERAL_TITLES = {"امين", "مدير", "نايب", "الامين", "المدير", "النايب"}
GENERAL = {"عام", "العام"}


def ends_a_title(words: list[str]) -> bool:
    """Whether folded `words` end on a title head («رئيس», «أمين عام»): the body or name
    after them is the title's."""
    if words and words[-1] in TITLE_HEADS:
        return True
    return len(words) > 1 and general_title(words[-2], words[-1])


def general_title(head: str, following: str) -> bool:
    """«أمين عام», «المدير العام»: folded `head` and the word after it make a title."""
    return head in GENERAL_TITLES and following in GENERAL


# Aliases news gives one state that a state adjective after them gives another: «الاحتلال»
# is Israel, «الاحتلال الأمريكي» the United States' occupation
ADJECTIVE_OWNED = {"الاحتلال", "دوله الاحتلال", "قوات الاحتلال"}
# Demonstratives, which the parse may tag foreign (X): never a name («قال ذلك باول»).
DEMONSTRATIVES = {"ذلك", "هذا", "هذه", "تلك", "ذاك", "هولاء", "اوليك"}
# nor with a clitic glued on: «رئاسة الكاب وبهذه المهام» (the NER ran the name on)
NOT_NAMES |= {clitic + word for clitic in NAME_PROCLITICS for word in DEMONSTRATIVES}
# nor a title with a clitic («بالملك فاروق وبرئيس وزرائه»); not the short heads, which with
# one make names («بامير»)
NOT_NAMES |= {
    clitic + head
    for clitic in NAME_PROCLITICS
    for head in TITLE_HEADS
    if len(head.removeprefix("ال")) > 3 and head != "امير"
}
NAME_STOP_NOUNS = ("لقاء", "اجتماع", "محادثة", "محادثات", "مباحثة", "مباحثات", "مشاورة")
NAME_STOP_NOUNS += ("مشاورات", "مفاوضات", "جلسة", "قمة", "اتصال", "اتصالات", "زيارة", "مقابلة")
# What one person hands another in person («سلّمت السفيرة بري مسودة الاقتراح», «سلّم X رسالة
# إلى Y», «أوراق اعتماده»): the giver met the one given it; no name runs on to one («خطاب»
# is a family name too: «مختار خطاب»)
DELIVERED_NOUNS = ("رسالة", "رسائل", "مسودة", "دعوة", "ورقة", "أوراق", "مذكرة")
DELIVERED_NOUNS += ("مقترح", "اقتراح", "نسخة", "وثيقة", "وثائق")
NAME_STOP_NOUNS += ("كلمة", "كلمات", *DELIVERED_NOUNS)  # «ألقى X كلمة», «سلمه X رسالة»
# What two sign («وقع X و Y اتفاقية لتطوير …»): no name runs on to it
NAME_STOP_NOUNS += ("اتفاقية", "اتفاقيات", "اتفاق", "اتفاقات", "إعلان", "بروتوكول", "وثيقة")
# Nouns news puts after a glued «ب» or «ل» where a name could stand (a place, an occasion:
# «استقبل الوزير بمكتبه», «بديوان عام الوزارة», «بحضور», «لمناسبة»): with one, the word is
# that noun, not a name that starts with «ب» or «ل» («بدر», «بشار», «لبيد»).
PREPOSED_NOUNS = {"مقر", "ديوان", "مكتب", "قصر", "مبني", "قاعه", "فندق", "منزل", "دار", "مقار"}
PREPOSED_NOUNS |= {"حضور", "مشاركه", "دعوه", "مناسبه", "رعايه", "شان", "صفه", "مقتضي"}
PREPOSED_NOUNS |= {"جانب", "حضره", "مكان", "مدينه", "عاصمه", "وزاره", "مجلس", "رياسه", "بيت"}
PREPOSED_NOUNS |= {"ساحه", "باحه", "مطار"}  # «على شرف رئيس الجمهورية بساحة قصر الشعب»
# Institutions named after a person («جامعة السلطان قابوس», «مطار الملك خالد», «جائزة الملك
# فيصل»): the person after such a noun only names it, and is neither mentioned nor present.
# Not «مكتبه»: also «his office» («استقبل في مكتبه الرئيس X»).
NAMESAKE_HEADS = {"جامعه", "موسسه", "مطار", "مستشفي", "مدينه", "جايزه", "شارع", "مسجد", "قاعه"}
NAMESAKE_HEADS |= {"مدرسه", "ميناء", "معهد", "كليه", "جسر", "ملعب", "استاد", "قاعده", "ميدان"}
NAMESAKE_HEADS |= {"كاس", "صندوق", "مجمع", "مركز", "متحف"}
NAMESAKE_HEADS |= {"بنك", "مصرف", "شركه"}  # «بنك مصر», «مصرف لبنان», «شركة قطر للطاقة»
NAMESAKE_HEADS |= {"مكتب"}  # «مدير مكتب شارون»: his office, not he
NOT_NAMES |= NAMESAKE_HEADS  # «مدير مستشفى الملك فيصل»: no name starts with one
TOMBS = {"ضريح", "قبر", "مرقد", "مقبره"}  # «زار ضريح محمد علي جناح»: where the dead lie (folded)
# Title heads that are words of names too («أحمد قايد صالح», «الباجي قائد السبسي»): inside a
# name the NER reads on past them, they are the name's
TITLES_IN_NAMES = {"قايد"}
# Persian family names ending in a word of their own («غلام رضا آغا زاده», «حسن زاده»).
NAME_SUFFIXES = {"زاده"}
# Office holders' family names that are ordinary words too («العربي» Arab, «مايو» May,
# «كانون» of «كانون الثاني», «رئيسي» main, «سلام» peace, «بين» between): UD Arabic-PADT
# writes them as a common word (not PROPN or X) at least twice and more often than as a name,
# as the word or, when PADT never tags the word a name, as a lemma. Alone they name nobody;
# after a title or a full name they still do. `scripts/world/holders/word_names.py` lists them.
WORD_FAMILY_NAMES = {
    "الاول", "الثالث", "الثانيه", "الخامس", "الذهبي", "الراعي", "السلامه", "السوداني", "الشاهد",
    "الصباح", "الصيد", "العاطفي", "العثماني", "العربي", "العريض", "العلوم", "المر", "المعلم",
    "الملقي", "المنفي", "الناصر", "النفطي", "امان", "ايدي", "بخاري", "بين", "تامر", "تراس",
    "جمالي", "حتي", "حجاب", "خيل", "خيم", "دار", "ديون", "رسول", "روحاني", "رييسي", "سال",
    "سفر", "سلام", "شرف", "صعب", "صقر", "عثماني", "غني", "فوري", "كان", "كانون", "كيني", "لوم",
    "مادي", "ماس", "مايو", "مدني", "مقبل", "ملك", "هادي", "واحد",
}  # fmt: skip
# Office holders' family names that namesakes outside the tables also bear in Arabic news:
# «ألبانيزي» is far more often the UN rapporteur Francesca Albanese than Australia's prime
# minister, «سميث» (Smith) and «وونغ» (Wong, also Singapore's prime minister) are borne by many,
# «عمار» (Tunisia's foreign minister Nabil Ammar, 2023-2024) is a common given name, and
# «الزنداني» (Yemen's foreign minister from 2024) is also the cleric Abdul Majeed al-Zindani,
# who died in April 2024. Alone they name nobody; after a title or the full name they still do.
NAMESAKE_FAMILY_NAMES = {"البانيزي", "الزنداني", "سميث", "عمار", "وونغ"}
