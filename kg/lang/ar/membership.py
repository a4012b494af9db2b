"""Arabic words of the membership rule (kg.extract.membership), folded (kg.normalize)."""

import re

NEEDS_MIN = {"تالف", "تكون"}  # «تتألف من», «تتكون من»: without من, تكون is "to be"
MEMBERS_OF = {"اعضاء", "الاعضاء", "اعضايها"}  # «أعضاء مجموعة الاتصال»: another group's members
GROUP_ANAPHORS = {"المجموعه", "مجموعه", "التجمع", "تجمع", "التكتل", "تكتل", "الحلف", "التحالف"}
# «بعد انضمام X», «عام انضمام X»: the joining is done (folded)
AFTER_JOINING = {"بعد", "منذ", "عقب", "اثر", "عام", "سنه", "تاريخ"}
# «قبلت المنظمة انضمام X», «وافق الاتحاد على انضمام X»: a body admitted a member (prefixes)
ADMITTING = ("قبل", "وافق")
STATES_WORDS = {"دول", "الدول"}  # «دول المجلس، وهي A و B»: the states of a body
# «A و B، ونظراءهم في الدول الأعضاء في Y», «A و B والدول الأعضاء»: a preposition (or «و») that
# brings in other states before a member word on «الدول» (folded; after «من» they are A and B)
OTHER_STATES = {"في", "مع", "الي", "علي", "عن", "لدي", "بين"}
OTHER_STATES_GLUED = {"والدول", "بالدول", "للدول", "ودول"}
# «وهي A و B», «ومنها A و B» (some of them)
LIST_OPENERS = {"وهي", "هي", "وهم", "هم", ":", "وهما", "هما", "ومنها", "منها"}
LIST_OPENERS |= {"مثل", "ومثل"}  # «دول أعضاء في الحلف مثل A و B»: members given as examples
# «دول مجلس التعاون الست: A و B», «دول أمريكا الجنوبية الاثنتي عشرة: …», «الأعضاء الـ 22»: the
# count (or «الأعضاء») between a body's name and the opener of its members' list (folded)
_NUMBERS = ("اثنتي", "اثني", "اثنتين", "اثنين", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثماني")
_NUMBERS += ("تسع", "عشر", "عشرين", "ثلاثين", "اربعين", "خمسين")
COUNT_WORDS = {
    prefix + number + ending
    for prefix in ("", "ال", "وال", "و")
    for number in _NUMBERS
    for ending in ("", "ه")
} | {"الاعضاء", "ال"}  # «الـ 22»: the article on a number, its tatweel folded
# «الهيئات التي تنتمي إليها الجزائر، وعلى رأسها A و B»: the words that open a list of the
# bodies a relative «إليها» stands for (folded)
FOREMOST = re.compile(r"(?<![\w])(?:و?علي راسها|و?في مقدمتها|ومنها|من بينها)(?![\w])")
MEMBER_LINKS = {"في", "ل"}  # «عضو في Y», «عضواً غير دائم في Y», «الأعضاء المؤسسين لـ Y»
# «وتضم منظومة مجلس التعاون ست دول»: a word for what a body is, before its name (folded)
SYSTEM_WORDS = {"منظومه", "مجموعه", "منظمه", "قوات"}  # «وتضم قوات التحالف …»: its forces
MEMBER_GAP = 4  # words at most between a member word and its body («عضواً مؤسساً غير دائم في»)
# «المغرب وموريتانيا عضوان», «تعد البرازيل عضواً», «مصر … من الدول الأعضاء»: the most words
# between the state and the member word.
MEMBER_REACH = 4
SUBJECT_PRONOUNS = {"هي", "هو"}  # «… وهي عضو في مجلس التعاون» (folded)
# «علما أنها عضو في الاتحاد الأفريقي», «كونها عضوا»: a particle with the pronoun glued on
# (folded), which stands for the state named last before it
PARTICLE_PRONOUNS = {
    particle + pronoun
    for particle in ("ان", "لان", "وان", "بان", "كون", "لكون", "بكون")
    for pronoun in ("ها", "ه")
}
# «المرشحة لعضوية», «طلب عضوية», «الساعية إلى عضوية»: a membership sought, not had
ASPIRING = {"مرشح", "مرشحه", "المرشح", "المرشحه", "طلب", "طلبت", "طلبها", "تطلب", "يطلب"}
ASPIRING |= {"الساعي", "الساعيه", "الطامح", "الطامحه", "لنيل"}
# «تطالب البرازيل بمقعد دائم», «تسعى الهند إلى عضوية»: verbs that seek a seat, a few words
# before the member word (folded)
SEEKING = {"تطالب", "يطالب", "طالب", "طالبت", "تسعي", "يسعي", "سعت", "تطمح", "يطمح", "طمحت"}
SEEKING |= {"تستعد", "يستعد"}  # «تستعد الجزائر لشغل مقعد»: not yet
# «ليست عضوا في الحلف», «بصفته دولة غير عضو في المجلس»: the word before the member word that
# denies the membership (folded, without «و/ف»)
NOT_A_MEMBER = {"ليس", "ليست", "ليسا", "ليستا", "ليسوا", "غير"} | {
    # the spoken negations of a forum or a quoted speaker: Egyptian and Levantine «مش»,
    # Tunisian «موش», «ماهيش», «ماهوش», Gulf «مو», «مب»
    "مش",
    "موش",
    "ماهيش",
    "ماهوش",
    "مو",
    "مب",
}
# «ستبقى عضوا في الجامعة», «ستظل عضوا»: to remain a member is to be one now (folded, without
# «و/ف» and the future «س»)
REMAINING = ("يبقي", "تبقي", "بقي", "يظل", "تظل", "ظل", "يستمر", "تستمر", "استمر")
# «لا تزال عضوا», «ما زالت»: still, a negation that tells a membership now (folded)
STILL = {"يزال", "تزال", "زال", "زالت", "يزالون"}
# «… وقطر، قبل أن تُستبعد قطر منه»: a member that left, was excluded or suspended later in the
# sentence that lists it is no member (folded stems of the verb, any person)
LEAVING = ("استبعد", "تستبعد", "يستبعد", "انسحب", "تنسحب", "ينسحب", "طرد", "تطرد", "يطرد")
# «وأسستها تسع دول بينها A و B», «ووقعت ميثاقها سبع دول هي: A، B»: the states that founded
# the body «ها» stands for, or signed its charter, are its members (folded)
FOUNDED_IT = re.compile(
    r"(?<![\w])[وف]?(?:(?:اسست|اسس|اسسوا)(?:ها|ه)|(?:وقعت|وقع|وقعوا)(?: علي)? ميثاق(?:ها|ه))"
    r"(?![\w])"
)
# the words between those verbs and the first founder: a count, «دول», an opener
FOUNDERS_GAP = 5
# «أسّس منظمة البلدان المصدرة للنفط عام 1960 العراق وإيران …», «أسست مصر والعراق … الجامعة»:
# the founding verb with the body and its founders after it, in either order (folded)
FOUNDED = re.compile(r"(?<![\w])[وف]?(?:اسس|اسست|اسسوا|اسستا|اسسا)(?![\w])")
# «الدول المؤسسة للمنتدى», «الأعضاء المؤسسون في المنظمة»: the founders' word right before a
# body's name, with its preposition (folded, searched on the words before the name)
FOUNDING_WORD = re.compile(r"(?<![\w])(?:ال)?موسس(?:ه|ين|ون|تين|تان)?\s*(?:ل|لل|في)?\s*$")
# «آخر الدول انضماماً», «أول دولة تنضم»: the first or last state to join (folded)
FIRST_OR_LAST = {"اخر", "اول"}
STATES_OR_STATE = {"الدول", "دوله", "البلدان", "بلد"}
# «…، كما تنتمي إلى منظمة …»: the connective before a verb that goes on about the sentence's
# first state, with no subject of its own (folded)
GOING_ON = {"كما"}

# «المجر الدولة الوحيدة في الاتحاد الأوروبي», «السعودية هي الدولة العربية الوحيدة في مجموعة
# العشرين»: the only state of a body (folded), right before the body's name
ONLY_ONE_IN = re.compile(r"(?<![\w])(?:الدوله|البلد)(?: \w+)? (?:الوحيده|الوحيد) (?:في|ب)\s*$")
# «السعودية، شريكة الإمارات في عضوية مجلس التعاون»: both are members (folded)
PARTNER_IN = re.compile(r"(?<![\w])(?:شريكه|شريك) [^،,.]{2,40} في عضويه\s*$")
