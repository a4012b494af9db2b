"""Arabic words of the meeting rules (kg.extract.meetings), folded (kg.normalize)."""

import re

# Words only sport uses («الفريق» is also a general's rank, «هدف» an aim).
SPORT_WORDS = {"مباراه", "المباراه", "مباريات", "المباريات", "منتخب", "المنتخب", "الدوري"}
SPORT_WORDS |= {"بطوله", "البطوله"}
# A pitch «على ملعب» is sport's; «في ملعب» may hold a mass or a rally (folded)
STADIUMS = {"ملعب", "الملعب"}
SPORT_WORDS |= {"التعادل", "بالتعادل", "تعادل"}  # a drawn match («بعد التعادل مع الصين 1-1»)
# a cup and its final («نصف نهائي كأس الأمم»; «النهائي» as an adjective is «final»)
SPORT_WORDS |= {"كاس", "الكاس", "نهايي", "النهايي", "المونديال", "مونديال", "الاولمبياد"}
# The sport word that is also an adjective of a meeting: «اجتماعهم الدوري» (periodic).
PERIODIC = {"الدوري"}
# The press after a meeting word: «مؤتمر صحفي», «لقاءات صحافية», «التقى الصحفيين».
# «جلسات الاستماع العلنية», «جلسة المرافعات», «جلسة النطق بالحكم», «جلسات المحاكمة»: a court's
# hearings, no meeting (folded)
HEARINGS = {"الاستماع", "استماع", "المرافعات", "مرافعات", "المرافعه", "النطق", "المحاكمه", "محاكمه"}
PRESS = {"صحفي", "صحافي", "الصحفي", "الصحافي", "صحفيا", "صحافيا", "صحفيه", "صحافيه"}
PRESS |= {"الصحفيه", "الصحافيه", "الصحفيين", "الصحافيين", "صحفيين", "صحافيين", "الاعلاميين"}
PRESS |= {"بالصحفيين", "بالصحافيين", "للصحفيين", "للصحافيين", "بالاعلاميين"}
RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان"}
PRONOUNS = {"ه", "ها", "هم", "هما", "هن"}
# «ومعه», «معهما»: the pronouns «مع» takes for who goes along with someone (folded)
WITH_PRONOUNS = ("ه", "ها", "هم", "هما")
THAT = {"ان", "انه", "انها", "انهم", "بان", "بانه"}
# Words that say the person named next is a woman: her honorific, or a title in the feminine
# («السيدة», «وزيرة الخارجية», «المبعوثة الأممية», «نظيرته»), folded, with the article or not.
FEMININE_MARKS = {"السيده", "سيده", "الدكتوره", "الاميره", "الملكه", "الشيخه", "نظيرته"}
_FEMININE_TITLES = (
    "وزيره رييسه نايبه مبعوثه ممثله سفيره مستشاره امينه مفوضه مديره مندوبه متحدثه مساعده"
)
FEMININE_MARKS |= {article + title for title in _FEMININE_TITLES.split() for article in ("", "ال")}
ALSO = {"كما", "ثم"}  # «… كما التقى مع وزير الخارجية النرويجي»: the same subject
# Words before a verb that opens a sentence and goes on about the last one's subject
# («وصل X إلى عمّان. وقد التقى بالملك», «كما التقى بـ …»).
CARRY_ON = {"و", "ف", "قد", "وقد", "فقد", "كما", "وكما", "ثم", "وثم"}
LIST_OPENERS = {"هي", "وهي", "هم", "وهم", ":"}  # «اجتماع 7 دول هي A و B»
LIST_GLUE = {"و", "ب", "اضافه", "بالاضافه", "الي", "جانب", "كذلك", "ايضا", "فضلا", "عن", "برياسه"}
# «… والأمم المتحدة، وليس الأردن عضوا فيها»: «و» with a negation ends a list (folded)
LIST_BREAKS = {"وليس", "وليست", "ولا", "ولم", "ولن", "وما", "وغير", "وعدا", "وباستثناء"}
LIST_BREAKS |= {"وغياب", "وبغياب", "وبدون"}  # «بحضور X وغياب Y»: Y was not there
LIST_ON = {"و", "ووفد", "وفد", "ومع", "وب", "وبوفد"}

# «القمة العربية بمشاركة الرئيس X»: who takes part in a body's meeting, not its other side.
ATTENDANCE_NOUNS = ("مشاركة", "حضور")
# «X وزوجته Y»: his or her spouse, on X's side (folded)
SPOUSES = {"وزوجته", "وقرينته", "وعقيلته", "وزوجها", "وقرينها"}
# «محادثات على مستوى القمة»: the talks' level; «رئيس الدورة الحالية للرابطة», «رئاسة القمة»:
# a chairmanship; no meeting of its own (folded)
LEVEL_WORDS = {"مستوي", "رييس", "الرييس", "رياسه", "الرياسه", "رييسه"}
# «بصفة شريك حوار في المنظمة»: a partner's status in a body, not a dialogue held (folded)
LEVEL_WORDS |= {"شريك", "شركاء", "شريكا", "كشريك"}
# Who goes along with someone (folded): «برفقة/رفقة X», «بمعية X», «مرفوقا/مرفوقة بـ X»
COMPANION_WORDS = {"برفقه", "رفقه", "بمعيه", "مرفوقا", "مرفوق", "مرفوقه", "مرفوقين"}
NEXT_STOP = {"في", "الي", "من", "خلال", "ثم"}
# «… حيث التقى X، ثم إلى بغداد حيث التقى Y»: the words that open a tour's next stop (folded)
NEXT_STOP_OPENERS = {"ثم", "و", "وثم"}
# «X بصفته رئيس الدورة الحالية، و Y»: what someone is there as, not one more name (folded)
CAPACITY = {"بصفته", "بصفتها", "بصفتهما", "بصفتهم", "بوصفه", "بوصفها", "بوصفهما", "بوصفهم"}
CAPACITY |= {"بصفه"}  # «الذي تشارك بلاده بصفة مراقب في الرابطة»
# «وقعه X ممثلا للجيش، و Y ممثلا للحركة»: the capacity in the accusative (folded)
ACTING_AS = {"ممثلا", "ممثله", "نايبا", "مبعوثا", "موفدا", "مندوبا"}
CAPACITY |= ACTING_AS
# «تسلم X رئاسة القمة من Y», «سلم X الرئاسة الدورية إلى Y»: a chairmanship handed over at a
# summit, face to face; the handing-over verbs and the chairmanship's nouns (folded)
EACH = {"كلا", "كل", "وكلا"}  # «كلاً على حدة»: each apart (folded)
TAKING_OVER = "تسلم"
HANDOVER = {TAKING_OVER, "سلم"}
CHAIRMANSHIP = {"رياسه", "الرياسه"}
HANDED_FROM = {"من"}  # «تسلم X الرئاسة من Y»
HANDED_TO = {"الي", "ل", "لل"}  # «سلم X الرئاسة إلى Y», «… لنظيره Y»
# «بصفته رئيس الدورة الحالية للمجموعة», «بصفته الرئيس الدوري لسيلاك»: the session's chair
# (the words that may follow the capacity, folded)
SESSION_CHAIR = {"الدوره", "للدوره", "الدوري", "الدوريه", "القمه", "للقمه", "الاجتماع", "للاجتماع"}
# «وقع X و Y على الاتفاق بصفتهما شاهدين»: signers who witness a signing (folded)
WITNESSES = {"شاهد", "شاهدا", "شاهدان", "شاهدين", "كشاهد", "شهود", "شهودا", "كشهود"}
# Time words the parse may take for a verb's subject («التقى اليوم X Y»): no host of its own.
TIME_WORDS = {"اليوم", "امس", "الليله", "صباح", "مساء", "ظهر", "فجر", "الاثنين", "الثلاثاء"}
TIME_WORDS |= {"الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الاسبوع", "الشهر", "العام"}
TIME_WORDS |= {"يوم", "يومها", "يومه", "حينها", "وقتها", "عندها"}  # «ووقع يومها …»: that day
# How something is received («استقبلت باريس بارتياح تصريحات …»), and the words received:
# statements, a message, an offer or a decision, not a visitor.
MANNER = {"ارتياح", "بارتياح", "ترحيب", "بترحيب", "ترحاب", "بترحاب", "حفاوه", "بحفاوه"}
MANNER |= {"فتور", "بفتور", "قلق", "بقلق", "تحفظ", "بتحفظ", "اهتمام", "باهتمام", "حذر", "بحذر"}
RECEIVED_WORDS = {"تصريحات", "تصريح", "بيان", "البيان", "رساله", "الرساله", "نبا", "النبا"}
RECEIVED_WORDS |= {"خبر", "الخبر", "انباء", "الانباء", "قرار", "القرار", "اقتراح", "الاقتراح"}
RECEIVED_WORDS |= {"مبادره", "المبادره", "عرض", "العرض", "دعوه", "الدعوه", "اعلان"}
RECEIVED_WORDS |= {"الاعلان", "نتايج", "النتايج"}
# The words before a meeting that is the occasion of other talks («على هامش القمة», «خلال
# اجتماعات الجمعية العامة»): the «مع» after it is the talks' partner.
OCCASION_WORDS = {"هامش", "خلال", "اثناء", "ضمن", "مناسبه", "بمناسبه"}
# Verbs whose subject takes part in the meeting noun after «ب» («اكتفى X بلقاء Y», «استهل زيارته
# بلقاء Y», «اختتم جولته باجتماع مع Y»), unlike verbs that judge one («رحب بلقاء», «ندد بلقاء»).
TAKING_PART_STEMS = ("اكتف", "يكتف", "تكتف", "استهل", "يستهل", "تستهل", "اختتم", "يختتم", "تختتم")
# «مهّد لها بلقاء Y»: paved the way for it by meeting Y
TAKING_PART_STEMS += ("مهد", "يمهد", "تمهد")
# Words that group a «بين» list into two sides («بين X وكل من Y و Z», «بين X من جهة و Y و Z
# من جهة أخرى»): not a list of peers.
SIDE_GROUPING = {"كل", "وكل", "جهه", "ناحيه"}
# How many parties a meeting noun counts («محادثات ثلاثية», «القمة الرباعية»): then «بين» lists
# peers, not a host and his guests.
PARTY_NUMBERS = {"ثلاثي": 3, "رباعي": 4, "خماسي": 5, "سداسي": 6}  # «لقاء ثلاثي»: three
PARTY_COUNTS = {word + ending for word in PARTY_NUMBERS for ending in ("", "ه")}
# What a meeting noun is said to be («جلسة موسعة», «اجتماع طارئ»): no name's word (folded)
MEETING_KINDS = {"موسع", "موسعه", "مغلق", "مغلقه", "مصغر", "مصغره", "طاري", "طاريه", "ثنايي"}
MEETING_KINDS |= {"ثناييه", "مشترك", "مشتركه", "رسمي", "رسميه", "مطول", "مطوله"} | PARTY_COUNTS
PARTY_COUNTS |= {word + "ا" for word in PARTY_COUNTS if word.endswith("ي")}  # «اجتماعا رباعيا»
# «حضر المقابلة» is an audience, «في مقابلة مع X» an interview: with «مع» after it, no meeting.
INTERVIEW_NOUNS = {"مقابله"}
GUEST = "ضيف"  # «حل X ضيفا على Y»: a guest of someone; «ضيفا على القمة», «بصفة ضيف»: of none
# «رحب الرئيس بضيفه»: whom a welcome names in person, a guest (folded, «ب» glued on); «رحب
# بالاتفاق»: a welcome of a decision or a statement, no meeting
WELCOME = "رحب"
WELCOMED = {"بضيفه", "بضيفها", "بضيوفه", "بضيوفها", "بالضيف", "بالضيوف", "بضيفيه"}
WELCOMED |= {"بهما"}  # «حيث رحّب بهما X»: the two named before (folded)
# A reporter sent by an outlet («في لقاء مع موفد الجزيرة نت», «مع مراسل صحيفة …»): an interview.
# «مراسل» is always the press; «موفد» and «مندوب» are also a state's envoys, so they need the
# outlet named after them: a media word, or a word that ends outlets' names («نت», «برس»).
CORRESPONDENTS = {"مراسل", "مراسله", "مراسلي", "المراسل", "المراسله"}
ENVOYS = {"موفد", "موفده", "موفدي", "مندوب", "مندوبه", "مندوبي", "محرر", "محرري"}
OUTLET_WORDS = {"نت", "برس", "تايمز", "بوست", "نيوز", "تريبيون", "جورنال", "اونلاين", "تايم"}

# «قوى 14 آذار المعارضة لحزب الله», «الفصائل الموالية لإيران», «المقربة من واشنطن»: a body
# named after one of these and its preposition describes who others are; it takes no part.
_AFFILIATION_STEMS = ("معارض", "موال", "تابع", "مقرب", "مدعوم", "محسوب", "مناهض", "مويد", "معاد")
_AFFILIATION_ENDINGS = ("", "ه", "ين", "ون", "ي", "يه")
AFFILIATIONS = {
    article + stem + ending
    for stem in _AFFILIATION_STEMS
    for ending in _AFFILIATION_ENDINGS
    for article in ("", "ال")
}
AFFILIATION_LINKS = {"ل", "من", "علي"}
# «في ختام مفاوضات», «عقب محادثات», «إثر مشاورات»: at the end of talks, which were held (a
# process noun alone, «التطورات في مفاوضات …», tells talks going on), folded
CONCLUDING = {"ختام", "نهايه", "اعقاب", "عقب", "اثر", "بختام", "بنهايه", "باعقاب"}
# A member of parliament for a party («النائب عن حزب العدالة والتنمية»), folded: the party
# is his, and takes no part in what he does
SEAT_HOLDERS = {article + word for word in ("نايب", "نايبه", "نواب") for article in ("", "ال")}
# Nouns of ties, pacts and what states share («العلاقات التي تجمع البلدين», «اتفاق تجارة حرة
# يجمع بين …», «الحدود التي تجمعهما»): «جمع» said of one binds; it brings no one to a meeting.
TIE_NOUNS = (("علاقة", "علاقات"), ("رابطة", "روابط"), ("صلة", "صلات"), ("أواصر",), ("وشائج",))
TIE_NOUNS += (
    ("صداقة", "صداقات"),
    ("شراكة", "شراكات"),
    ("اتفاق", "اتفاقات"),
    ("اتفاقية", "اتفاقيات"),
)
TIE_NOUNS += (
    ("معاهدة", "معاهدات"),
    ("تحالف", "تحالفات"),
    ("حدود",),
    ("مصلحة", "مصالح"),
    ("قاسم", "قواسم"),
)
TIE_NOUNS += (("تاريخ",), ("مصير",), ("تعاون",), ("أخوة",), ("قرابة",), ("جوار",), ("عضوية",))
TIE_NOUNS += (("انتماء",),)  # «يجمع السودانَ وإثيوبيا الانتماءُ إلى إيقاد»
# «وكان X في مقدمة مستقبلي Y»: at the head of those who received Y; «مستقبلي» is a trigger
# only after these (alone it is «future»)
AT_THE_HEAD = {"مقدمه", "طليعه", "راس"}  # KUNA's «على رأس مستقبلي X»
# «وكان في مقدمة الحضور X و Y»: those present at a reception or a summit the sentence before
# told (folded)
PRESENT = {"الحضور", "الحاضرين", "المشاركين", "الضيوف", "المدعوين"}
RECEIVERS = "مستقبلي"  # read only as a reception: who received whom
FAREWELL = "وداع"  # read only as «كان في وداعه X»: who saw him off
ONLY_AFTER = {RECEIVERS: AT_THE_HEAD, FAREWELL: {"في"}}
# «أوراق اعتماد», «أوراق اعتماده»: letters of credence (folded; the second word's start)
CREDENCE = ("اوراق", "اعتماد")
RECEIVING_CREDENCE = {"تسلم", "تقبل", "تلقي", "استلم", "استقبل"}  # the head of state's verbs
PRESENTING = {"قدم", "سلم"}  # the ambassador's: «قدم أوراق اعتماده إلى X»
INCLUDED = "شمل"  # «وشمل ذلك كلا من السفير X»: the ambassadors a sentence before left unnamed
# «وعقد الوزراء المشاركون اجتماعا مع X»: those who took part in the meeting just told (folded)
PARTICIPANTS = {"المشاركون", "المشاركين", "المجتمعون", "المجتمعين"}
RECEPTION = "استقبال"  # «خلال استقبال X لـ Y»: X received Y
RECEIVING = {"استقبل"}  # a reception: its subject is the host, whoever attends is with him
# «اجتماعات ما سُمّي "قمة النقب"», «القمة المسماة …»: a name given to the meeting, no verb of
# its own (folded)
NAMING = {"سمي", "سميت", "يسمي", "تسمي", "المسمي", "المسماه", "يعرف", "تعرف", "عرف", "عرفت"}
CHAIRING = "تراس"  # «قمة ترأسها X و Y»: its chairs host whoever else took part (folded)
CHAIRING_FORMS = (CHAIRING, "راس", "يراس")  # «رأس وفد بلاده», «يرأس»: to head, folded
# «الاجتماع الذي دعا إليه X»: who called the meeting (the pronoun after «إلى» is it) holds it
# (folded: the verb, and its preposition with the pronoun glued or apart)
CALLED = {"دعا", "دعت", "دعاه"}
TO_IT = (["اليه"], ["اليها"], ["الي", "ه"], ["الي", "ها"])
CHAIRED_BY = "برياسه"  # «مؤتمر … برئاسة X ونظيره Y»: the same (folded)
GUESTS = ("ضيف", "ضيوف")  # «ثم استقبل X ضيفيه»: his guests; X is the host (folded)
SUMMIT = "قمه"  # «قمة»: a meeting of leaders, which the one who opens it hosts (folded)
JOINT = {SUMMIT}  # a summit of bodies only is held by them all, no meeting of one with another
# «غداة/عشية/قبيل/بعيد القمة»: a meeting that only dates another event
DATING_WORDS = {"غداه", "عشيه", "قبيل", "بعيد"}
# «ويرافق أنان في زيارته مستشاره X»: who goes with a visitor is on his side, not whom he visits
ACCOMPANY_VERBS = ("رافق",)
# «غاب عن المؤتمر», «تغيّب عن الاجتماع», «قاطع القمة»: absent from a meeting, not at it.
ABSENCE_VERBS = ("غاب", "تغيب", "قاطع")
# «التقى X، كلاً على حدة، A و B», «في لقاءات منفصلة» (not «في لقاء منفصل»: apart from the one
# told before), folded: one meeting with each of the
# people named on the other side, not one with all of them; so is a dual meeting noun that is
# the trigger itself («بلقاءين مع A و B»), not one that recalls them («وعقب اللقاءين»), and a
# plural one that is bilateral («لقاءات ثنائية»; «اجتماعات قمة النقب» are one meeting's)
SEPARATELY = re.compile(
    r"(?<![\w])(?:(?:كلا|كل) )?علي حده(?![\w])"
    r"|(?<![\w])[بو]?(?:ال|لل)?(?:لقاءات|اجتماعات|لقاءين|اجتماعين|جلسات|محادثات)"
    r"(?: (?:ال)?ثناييه| (?:ال)?ثناييين)? (?:ال)?منفصل(?:ه|ين|تين)(?![\w])"
    # «بسلسلة لقاءات ثنائية، استقبل خلالها A ثم B»: a series, or plural bilateral meetings
    r"|(?<![\w])[بو]?(?:ال)?سلسله (?:من )?(?:ال)?(?:لقاءات|اجتماعات|محادثات|مباحثات)(?![\w])"
    r"|(?<![\w])[بو]?(?:ال|لل)?(?:لقاءات|اجتماعات|محادثات|مباحثات) (?:ال)?ثناييه(?![\w])"
)
SEPARATE = "منفصل"  # «جلسة مباحثات منفصلة», «لقاء منفصل»: one of its own (folded stem)
MEETINGS_OF_EACH = re.compile(r"[وب]?(?:ال|لل)?(?:لقاءين|لقاءان|اجتماعين|اجتماعان)")
BILATERAL = {"ثناييه", "الثناييه"}  # «لقاءات ثنائية مع A و B»: one with each (folded)
# «استقبل X الوزراء الضيوف الثلاثة», «ضيوفه الأربعة»: plurals of people and the counts after
# them that name the guests of the meeting told before (folded)
PEOPLE_PLURALS = {"الوزراء", "الضيوف", "ضيوفه", "ضيوفها", "القاده", "الروساء", "الزعماء"}
COUNTED_PEOPLE = {"الثلاثه": 3, "الثلاث": 3, "الاربعه": 4, "الاربع": 4, "الخمسه": 5, "الخمس": 5}
# «جولة أوروبية لسمو الأمير بدأها من ليوبليانا، حيث التقى …»: a tour, whose owner is who met
# at its stops (folded)
TOURS = {"جوله", "جولته", "جولتها", "الجوله"}
GUEST_OF = {"ضيفا", "ضيفه", "ضيف", "ضيوفا"}  # «حل ضيفا على مدريد»: went to (folded)
# «اللجنة التنفيذية لمنظمة X», «المجلس الوزاري لمجلس التعاون»: a body's organs, which meet as
# the body (folded, with the article)
ORGANS = {"اللجنه", "المجلس", "الهييه", "المكتب", "الامانه", "المفوضيه"}
# «ترأس الاجتماع X، وتحدث فيه Y»: who spoke at the meeting just told took part in it; not
# «يتحدث مع X», «تحدث عن القمة», nor a hearing's speakers «وفي جلسة … تحدث ممثلو X» (folded)
SPEAKING_AT = {"تحدث"}
# «لقاءً تناول …», «محادثات تناولت …», «اجتماعاً ناقش …»: a verb right after a meeting noun that
# tells what it dealt with (folded), whose clause's dates are its topics'
TOPIC_VERBS = {
    stem + ending for stem in ("تناول", "ناقش", "استعرض", "تطرق") for ending in ("", "ت")
}

# «القمة», «المؤتمر»: gatherings of many, whose chair hosts and whose sessions are their own
# (folded lemmas)
GATHERINGS = frozenset({"قمه", "موتمر"})
