"""Arabic date words in natural spelling (kg.dates folds them): month names of the Gregorian,
Levantine and Maghrebi series, weekdays, ordinal days, and the words that make a number a
date or keep it from being one."""

MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("يناير", "كانون الثاني", "كانون ثاني", "جانفي"),
    ("فبراير", "شباط", "فيفري"),
    ("مارس", "آذار"),
    ("أبريل", "إبريل", "نيسان", "أفريل"),
    ("مايو", "أيار", "ماي"),
    ("يونيو", "يونيه", "حزيران", "جوان"),
    ("يوليو", "يوليه", "تموز", "جويلية", "يوليوز"),
    ("أغسطس", "آب", "أوت", "غشت"),
    ("سبتمبر", "أيلول", "شتنبر"),
    ("أكتوبر", "تشرين الأول", "تشرين أول"),
    ("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر"),
    ("ديسمبر", "كانون الأول", "كانون أول", "دجنبر"),
)
# Month names that are also other words (أب "father", «تيريزا ماي»): only taken with a day,
# a year, «شهر», «الماضي» or a paired name.
WEAK_MONTHS = ("آب", "ماي")

# The words of the Hijri months' names, which a header line writes beside the Gregorian date
# («29 شوال 1446 الموافق 28 أبريل 2025»); kg reads the Gregorian one
HIJRI_MONTH_WORDS = (
    "محرم صفر ربيع الأول الآخر الثاني جمادى جمادي الأولى الآخرة رجب شعبان رمضان شوال ذو ذي"
    " القعدة الحجة"
)

# The Hijri months, in order, each with the spellings news gives it («ربيع الآخر», «ربيع
# الثاني»); a date in them alone (no Gregorian date beside it) is read in the Umm al-Qura
# calendar («11 رمضان 1446 هـ»)
HIJRI_MONTH_NAMES = (
    ("محرم",),
    ("صفر",),
    ("ربيع الأول", "ربيع أول"),
    ("ربيع الآخر", "ربيع الثاني", "ربيع آخر", "ربيع ثاني"),
    ("جمادى الأولى", "جمادى الأول", "جمادى أولى"),
    ("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى ثاني"),
    ("رجب",),
    ("شعبان",),
    ("رمضان",),
    ("شوال",),
    ("ذو القعدة", "ذي القعدة"),
    ("ذو الحجة", "ذي الحجة"),
)

# Monday first, as date.weekday() numbers them; spellings of one day space-separated.
WEEKDAYS = ("الاثنين الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

# Ordinal words for the days 1 to 10, by their stem (without the article), both genders.
ORDINALS = (
    "أول أولى فاتح",  # «الفاتح من نوفمبر»: the first, in Maghrebi (Algerian) usage
    "ثاني ثانية",
    "ثالث ثالثة",
    "رابع رابعة",
    "خامس خامسة",
    "سادس سادسة",
    "سابع سابعة",
    "ثامن ثامنة",
    "تاسع تاسعة",
    "عاشر عاشرة",
)
COMPOUND_ONE = {"حادي": 1, "حادية": 1, "واحد": 1}  # the unit 1 of «الحادي عشر»
TENS = {"عشر": 10, "عشرة": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30}

DIRECTIONS = (
    ("past", "الماضي الماضية المنصرم المنصرمة الفائت الفائتة"),
    ("next", "المقبل المقبلة القادم القادمة"),
    ("current", "الجاري الجارية الحالي الحالية"),
)

# Words before a month or a year that make it a date («في مارس», «منذ 2011»).
CUES = (
    "في منذ خلال حتى لغاية قبل بعد بحلول مطلع أوائل أواخر أواسط منتصف بداية نهاية طوال "
    "صيف شتاء ربيع خريف"
)
# «للمرة الأولى منذ تعليق عضويتها عام 2011»: a date this word opens (a few words before it) is
# the point the event is counted from, never the event's own date.
SINCE = "منذ"
# Nouns that follow a count, not a year («بعد 2000 شخص»).
COUNTED = (
    "ألف مليون مليار دولار يورو جنيه ريال درهم دينار ليرة شيكل طن كيلومتر كيلوغرام كيلو كلم "
    "متر برميل شخص قتيل شهيد جريح مصاب طفل امرأة جندي عسكري مقاتل عنصر منزل مبنى وحدة أسير "
    "معتقل عائلة أسرة لاجئ نازح مواطن عامل موظف طالب صاروخ غارة قرن عام سنة شهر أسبوع يوم "
    "ساعة دقيقة"
)
# «الأسبوع الأول من أكتوبر» is a week of October, not 1 October.
PERIOD_NOUNS = "الأسبوع الأسبوعين الأسابيع الأيام النصف الربع الثلث العشر الشهر"
WEEKDAY_BLOCKERS_BEFORE = "صلاة صلوات خطبة كلا"  # «صلاة الجمعة», «كلا الاثنين»
WEEKDAY_BLOCKERS_AFTER = "عشر عشرة معا"  # «الأحد عشر», «الاثنين معاً»
TODAY_BLOCKERS_BEFORE = "هذا ذلك ذاك نفس ذات"  # «في ذلك اليوم»
TODAY_BLOCKERS_AFTER = (
    "التالي السابق الأخير الموعود المحدد نفسه ذاته الوطني العالمي الدولي الذي الأول الثاني "
    "الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر"
)
RANGE_CUES = "من بين منذ"
# Nouns that make العام the adjective "general": «الأمين العام الحالي» is no year.
GENERAL_NOUNS = (
    "الأمين النائب المدعي المدير المفتش القائد المراقب المرشد المنسق المفوض الرأي القطاع "
    "الأمن النظام المؤتمر"
)
# A live blog's or a ticker's update opens with its clock time («14:05 — …», «عاجل | …»): what
# it tells happened on the day of its date line, unless it is told as past («وكان … قد …») or
# as background («خلفية |»); a breaking-news stream's «عاجل:» and its numbered «تحديث 3:»
# likewise.
UPDATE_LABELS = "عاجل تحديث"
UPDATE_PAST = "كان وكان خلفية يذكر ويذكر"
# «في اليوم نفسه», «في ذلك اليوم», «يومها», «عقب اللقاء», «قبيل المباحثات»: the day of the
# meeting told before (folded)
# «على الهامش», «على هامش القمة», «قبل افتتاح القمة» (an occasion named before, not here):
# where and when the meeting told before was held (folded)
SIDELINES = (
    r"علي الهامش|(?:علي هامش|(?:قبل|قبيل|بعد|بعيد|عقب) (?:افتتاح|انطلاق|اختتام|ختام))"
    r" (?P<occasion>اللقاء|الاجتماع|الاجتماعات|المباحثات|المحادثات|القمه|الجلسه|المؤتمر"
    r"|الزياره|الدوره|اعمالها|اعماله)"
)
SAME_DAY = (
    r"(?:اليوم|ذات اليوم) (?:نفسه|ذاته)|نفس اليوم|ذلك اليوم|يومها|يومذاك|حينها"
    r"|(?:عقب|اثر|قبيل|بعيد|في ختام) (?:اللقاء|الاجتماع|المباحثات|المحادثات|التوقيع|القمه|الجلسه)"
    f"|{SIDELINES}"
)
# «بعد ذلك بستة أيام», «وبعده بأسبوع», «وسبق ذلك بيومين»: days counted after or before the
# day told before, the count as words (folded)
_DAYS_COUNTED = (
    ("بيوم(?: واحد)?", 1),
    ("بيومين", 2),
    ("بثلاثه ايام", 3),
    ("باربعه ايام", 4),
    ("بخمسه ايام", 5),
    ("بسته ايام", 6),
    ("بسبعه ايام|باسبوع(?: واحد)?", 7),
    ("بثمانيه ايام", 8),
    ("بتسعه ايام", 9),
    ("بعشره ايام", 10),
    ("باسبوعين", 14),
)
_AFTER_IT = "(?:بعد|تلا)(?: ذلك|ه|ها)"  # «بعد ذلك», «بعده», «تلاه»
_BEFORE_IT = "(?:قبل|سبق)(?: ذلك|ه|ها)"
# «في اليوم التالي», «وسبق ذلك بيومين», «عشية ذلك»: a day counted from the one told before
# (folded), with how many days after it (before it when negative)
DAY_SHIFTS = (
    (r"(?:صباح |مساء )?اليوم (?:التالي|الموالي|الذي تلاه)|غداه ذلك", 1),
    (r"اليوم (?:السابق|الذي سبقه)|عشيه ذلك", -1),
    *((f"{_AFTER_IT} (?:{count})", days) for count, days in _DAYS_COUNTED),
    *((f"{_BEFORE_IT} (?:{count})", -days) for count, days in _DAYS_COUNTED),
)
