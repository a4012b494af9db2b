"""Arabic words that make a meeting a call, a plan or a denial (kg.extract.modality), folded
(kg.normalize)."""

import re

PHONE_STEMS = ("هاتف", "تلفون", "تليفون")  # «هاتفياً», «الاتصال الهاتفي», «عبر التليفون»
PHONE_WORDS = {"مكالمه", "المكالمه", "مكالمات", "الفيديو", "بالفيديو", "افتراضي", "افتراضيا"}
PHONE_WORDS |= {"مريي", "المريي", "مرييا", "افتراضيه", "الافتراضي"}  # «في اتصال مرئي»: by video
REMOTE = ("عن", "بعد")  # «شارك فيها عن بعد»: from afar, by video (folded)
CONDITIONS = {"اذا", "لو", "حال", "حاله", "متي"}  # «في حال», «إذا», «لو»: if (folded)
NEGATIONS = {"لم", "لن", "لا", "ما", "ولم", "ولن", "ولا", "فلم", "فلن", "عدم", "دون"}
# «أبرز ما جمعهم», «آخر ما جمع الرئيسين», «كل ما بحثاه»: the words «ما» is the relative of
# («what»), no negation (folded)
WHAT_OF = {"ابرز", "اهم", "اخر", "اول", "اكثر", "كل", "بعض", "خلاصه", "حصيله"}
# «أي لقاء» (any meeting) is said only of one denied, refused or supposed, never of one held
ANY = {"اي", "لاي", "باي", "واي"}
SKIPPED_BEFORE = {"قد", "بعد", "يعد", "يكن", "تكن", "يتم", "تم", "ان", "قط"}
DENIAL_STEMS = ("نفي", "ينفي", "نفت", "تنفي", "نافي", "رفض", "يرفض", "ترفض", "رافض", "الغي")
DENIAL_STEMS += ("يلغي", "الغاء", "استبعد", "يستبعد", "تستبعد", "نفيه")
# a correction's wording: «أشار الخبر خطأً إلى أن …» (wrongly), «والصحيح أن …» (the truth is)
WRONGLY = "خطا"
RIGHTLY = "الصحيح"
# «الصورة المتداولة عن «لقاء X وY» مفبركة», «اللقاء … متخيَّل»: the meeting a debunking says
# was made up (folded; «مركبة» is a vehicle too, so only said of a picture)
FABRICATED = re.compile(r"(?<!\w)(?:مفبرك|مزيف|ملفق|مختلق|متخيل)\w*|(?<!\w)ال?صوره مركبه(?!\w)")
PLAN_WORDS = {
    "المقرر",
    "مقرر",
    "مقررا",  # «وكان مقرراً أن يلتقي …»: scheduled (and so not reported held)
    "مقرره",
    "المفترض",  # «كان من المفترض أن يلتقي»: supposed to
    "مفترضا",
    "المنتظر",
    "المتوقع",
    "المرتقب",
    "المزمع",
    "سوف",
    "الاعداد",
    "للاعداد",
    "التحضير",
    "للتحضير",
    "تمهيدا",
    "رغبه",
    "استعداد",
    "اعتزام",
    "ترتيبات",
    "الترتيبات",
    "ضغوط",
    "الضغوط",
    "الاسراع",
    "للاسراع",
    "اللمسات",  # «وضع اللمسات الأخيرة على اللقاء»: its last preparations
}
PLAN_STEMS = ("يعتزم", "تعتزم", "اعتزم", "يزمع", "تزمع", "ينوي", "تنوي", "نوي")
PLAN_STEMS += ("يتوقع", "تتوقع", "توقع", "يرتقب", "يستعد", "تستعد", "يامل", "تامل", "امل")
PLAN_STEMS += ("يريد", "تريد", "يرغب", "ترغب", "يسعي", "تسعي", "دعا", "يدعو", "تدعو", "دعت")
PLAN_STEMS += ("اقترح", "يقترح", "وافق", "يوافق", "توافق", "قرر", "يقرر", "تقرر")
PLAN_STEMS += ("يضغط", "تضغط", "يفضل", "تفضل")
# «وصل إلى بيروت لإجراء محادثات»: the masdar of holding, with the purpose «ل», before the
# meeting word: talks a trip is for, not talks held. The tokeniser may split «ل» off.
PURPOSE = {"اجراء", "عقد"}
AGREED_ON = "علي"  # «الموافقة على عقد لقاء»: a meeting agreed on, or insisted on, to come
# «انتقدت قطر لدعوتها عقد لقاء», «الدعوة إلى إجراء محادثات»: a call to hold it, the noun
# with any clitic and a holding masdar after it. Not an invitation: «أجرى بدعوة من نظيره
# محادثات», «تلبية لدعوة الرئيس».
CALL_STEMS = ("دعوه", "دعوت")
# «اتفق الطرفان على عقد الاجتماع الثاني», «الاتفاق على إجراء محادثات»: agreed to hold it
CALL_STEMS += ("اتفق", "اتفاق")
INVITED_BY = "من"
TO_BE = ("علي", "ان")  # «على أن يلتقي»: «and is to meet»
FUTURE = ("سي", "ست", "سن", "سا")  # the future prefix on an imperfect verb
FUTURE_WORDS = {"س", "وس", "فس", "سوف"}
PLANNED_AFTER = {
    "مقررا",  # «لقاء كان مقررا بين X و Y»: a meeting that was scheduled
    "مقرر",
    "مقرره",
    "المرتقب",
    "المرتقبه",
    "المقرر",
    "المقرره",
    "المزمع",
    "المزمعه",
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "المنتظر",
    "المنتظره",
    "المحتمل",
    "المحتمله",
    "المقترح",
    "المقترحه",
}
# «عن لقاء مرتقب مع X»: indefinite, after an indefinite noun
PLANNED_AFTER |= {word.removeprefix("ال") for word in PLANNED_AFTER}
# Talks that are asked for, proposed, preferred or aimed at, right before the meeting word:
# «تطالب بمحادثات», «تقترح ترتيبات للقاء», «لطلب … بإجراء مشاورات», «الجهود الهادفة إلى
# استئناف المحادثات», «إفساح المجال أمام إجراء محادثات», «يفضل أن يأتي لقاء».
ASKED_WORDS = (
    "طالب طالبت يطالب تطالب يطالبون مطالبة المطالبة بالمطالبة طلب طلبت يطلب تطلب لطلب "
    "اقترح اقترحت يقترح تقترح اقتراح باقتراح يفضل تفضل يفضلون الهادف الهادفة يهدف تهدف "
    "بهدف إفساح لإفساح لاستئناف"
)
# «ربما تعقد رايس محادثات», «قد يلتقي الرئيسان»: before an imperfect verb, it may happen
MAYBE = {"ربما", "وربما", "قد", "وقد"}
# «أن يكون X قد التقى»: a meeting told as possible («ثمة احتمال لأن يكون …»), denied («نفى أي
# احتمال أن يكون …») or doubted, never as a plain fact
MAY_HAVE = {"يكون", "تكون", "يكونا", "يكونوا"}
# «وليس من المؤكد عقد اجتماع ثلاثي», «من غير المؤكد أن يلتقي»: not known to be held
UNCERTAIN = (("ليس", "من", "الموكد"), ("غير", "الموكد"), ("لم", "يتاكد"), ("لم", "يتقرر"))
# not ruled out («لا تستبعد عقد محادثات»): possible, not denied
UNCERTAIN += tuple((no, verb) for no in ("لا", "لم") for verb in ("يستبعد", "تستبعد", "نستبعد"))
# claimed or circulated, not reported («زعمت صحيفة أن X التقى Y», «تداولت حسابات صورة قالت إنها
# توثق لقاء»): a claim a fact-check may deny, not a meeting held (folded, without «و/ف»)
CLAIMS = {"زعم", "زعمت", "يزعم", "تزعم", "زعموا", "ادعي", "ادعت", "يدعي", "تدعي", "مزاعم"}
CLAIMS |= {"تداولت", "تتداول", "يتداول", "تداولته", "تداولتها", "تداولها"}  # not «تداول السلطة»
# hearsay: «سمعنا أن X التقى Y سراً», «يُشاع أن», «قيل إن» (folded)
CLAIMS |= {"سمعنا", "سمعت", "يشاع", "اشيع", "شايعات", "اشاعات", "يقال", "قيل"}
SOON = {"غدا", "قريبا", "غد"}  # «يوم غد», «بعد غد», «مساء غد» («الغد» may be a paper's name)
# «يعقد الرئيس، بعد قليل، لقاء», «يلتقي … بعد ساعتين من الآن»: «بعد» and a short time, not
# «بعد ساعات من وصوله» (hours after something else, past or to come)
SHORTLY = {"قليل", "ساعه", "ساعتين", "ساعات", "دقايق", "لحظات"}
AFTER = "بعد"
NOW = "الان"
# A visit's programme told in the present tense: «يجري خلالها مباحثات», «يلتقي خلال زيارته»,
# «يتضمن برنامج القمة عقد لقاء» (a held meeting is told in the past: «أجرى», «التقى»).
# «اليوم» alone does not tell it: «تستضيف الدوحة اليوم اجتماعات» is news of the day.
PROGRAMME_WORDS = {"خلالها", "وخلالها", "برنامج", "وبرنامج"}
DURING = {"خلال", "اثناء", "طوال"}
STAY_STEMS = ("زيار", "الزيار", "جولت", "الجول", "اقامت", "مهمت")
NEXT = {"المقبل", "المقبله", "القادم", "القادمه"}
# «الأسبوع المقبل», «يوم الأحد القادم»: «المقبل» after a time word (not «المرحلة المقبلة»).
TIME_NOUNS = {"الاسبوع", "الشهر", "العام", "السنه", "الاسابيع", "الاشهر", "الايام", "الاثنين"}
TIME_NOUNS |= {"الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "الصيف", "الخريف"}
TIME_NOUNS |= {"الشتاء", "الربيع", "مطلع", "الساعات", "الفتره"}
INDIRECT = {"مباشر", "مباشره", "المباشر", "المباشره"}
# «القمة … المقرر عقدها في …»: a word of PLANNED_AFTER with the holding noun after it (the
# tokeniser splits its pronoun off: «انعقاد | ها»)
HOLDING = {"عقد", "انعقاد", "عقده", "عقدها", "انعقاده", "انعقادها"}
# «على هامش الاجتماع الذي انطلقت أعماله مساء اليوم»: a meeting whose own relative clause
# says, in the past, that it began or was held is under way, whatever plan the sentence
# tells around it (folded past forms)
BEGAN = {
    verb + ending
    for verb in ("انطلق", "بدا", "عقد", "انعقد", "افتتح", "اختتم", "التام")
    for ending in ("", "ت")
} | {"جري", "جرت"}
