"""What Arabic news pages carry besides the article (`kg.reader`), on folded text
(kg.normalize): no hamza on alef, ه for ة, ي for ى."""

import re

from kg.lang import NewsPages
from kg.lang.ar.grammar import SAYING_VERBS

# «حفظه», «رعاهما», «نصره», «أيده»: the verb of a blessing with its pronoun
_BLESSED = r"(?:ي?(?:حفظ|رعا|نصر|[أا]يد))(?:ه|ها|هما|هم)"
# the prayer after a late ruler's name: «طيب الله ثراه», «تغمده الله برحمته»
_MOURNED = r"(?:طيب\s+الله\s+ثرا|تغمد)(?:ه|ها|هما|هم)(?:\s+الله\s+برحمته)?"

PAGES = NewsPages(
    letters=re.compile("[\u0600-\u06ff]"),
    legacy_encoding=("cp1256", "Windows-1256"),
    furniture=re.compile(
        r"©|حقوق (النشر|الطبع)|جميع الحقوق|اشترك|النشره الاخباريه|^\s*تابعو(نا|ا)\b|"
        r"^\s*(المصدر|كلمات دلاليه|الوسوم|وسوم|اقرا المزيد|شارك|مشاركه)\s*:|"
        r"^\s*(انضممت|التحقت|اعمل|عملت|انا)\b.*(محرر|كاتب|صحفي|صحافي|مراسل)"
    ),
    read_also=re.compile(r"(?:^|\n)[ \t]*اقرا\s+ايضا\s*:?"),
    not_places=frozenset(
        {"تقرير", "عاجل", "خاص", "فيديو", "صور", "بالصور", "شاهد", "حصري", "تحليل"}
        # a date line opening on its weekday («الثلاثاء 2 يناير 2024 - 11:20»)
        | {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}
        # a quote opening the body («قال الوزير: الرياض: …»): a verb of saying is no place
        | SAYING_VERBS
    ),
    # News agencies as datelines name them («واس», «الأناضول», «أ ش أ»: first word «ا»).
    agencies=frozenset(
        {"واس", "الاناضول", "وكالات", "رويترز", "شينخوا", "قنا", "بترا", "سانا", "وام", "كونا"}
        | {"صفا", "معا", "وفا", "سبا", "ا", "افب", "اف", "فرانس", "يو", "د", "العمانيه"}
        | {"واع", "ومع", "وات"}  # Iraq's INA, Morocco's MAP, Tunisia's TAP
    ),
    agency_word=re.compile(r"\s*([أا]\s?ش\s?[أا]|[^\s\-–—/:،]+)\s*[\-–—/:،]?\s*"),
    place_end=frozenset({"في"}),
    # «العدد : ١٦٨٣٦ - الجمعة ١٧ مايو ٢٠٢٤ م»: a daily's issue number opens its date line
    published=re.compile(r"^\s*(?:تاريخ النشر|نشر|تم النشر|اخر تحديث|تاريخ|العدد)\b"),
    # «تاريخ الإيداع: 2025/11/30», «آخر تحديث للفهرس: …», «نشرت في: …», «اطُّلع عليه في …»,
    # «مشاركة بتاريخ …»: a date line's piece that labels its date (folded)
    date_label=re.compile(
        r"^\s*(?:تم\s+)?(?:تاريخ|نشر|نشرت|اخر\s+تحديث|اطلع\s+عليه|مشاركه)"
        r"(?:\s+(?!في(?!\w)|بتاريخ)[^\s:\d]+)?\s*(?:في|بتاريخ)?\s*:?(?=\s)"
    ),
    # «04:30 م بتوقيت غرينتش», «02:10 م بتوقيت أبوظبي»: the hour, «م/ص» and the time zone
    clock=re.compile(r"\d{1,2}:\d{2}(?:\s*[مص](?!\w))?(?:\s+بتوقيت\s+\w+)?"),
    # after «عمان-», «برلين -», «رام الله -»: «الغد-», «رؤيا:», «بوابة الوسط:», ««القدس» دوت كوم -»,
    # ««الأيام» خاص:», «متابعات خاصة:»: one or two words or a quoted name, then «:» or a dash
    # (or nothing: «لاهاي - (وكالات):»)
    credit=re.compile(
        r"\s*(?:(?:[«“\"][^»”\"\n]{1,30}[»”\"](?:\s*دوت\s*كوم)?"
        r"|[^\s:\-–—ـ«»“”\"،.()]+(?:\s+[^\s:\-–—ـ«»“”\"،.()]+)?)(?:\s+خاص)?"
        # «أبوظبي - البيان، وكالات:»: the outlet and the agencies it cites
        r"(?:\s*،\s*وكالات)?\s*)?"
        r"(?::|\s[-–—ـ]+|[-–—](?=\s))\s*"
    ),
    # «كتب محمد سالم:», «كتب: قسم الشؤون الخارجية:», «شرم الشيخ - كتب وائل علي:»: the writer, up
    # to four words and a colon
    byline=re.compile(r"\s*كتب(?:ت|ه)?\s*[:\-–—]?\s*(?:[^\s:\d«»“”\"،.]+\s*){1,4}:\s*"),
    # «السومرية نيوز/ بغداد …», «شفق نيوز/ أعلنت …», «يورونيوز: …», «رووداو ديجيتال وصل …»: an
    # outlet first
    outlet_head=re.compile(
        r"\s*(?:[^\s/:\-–—]+\s+){0,2}[^\s/:\-–—]*(?:نيوز|أونلاين|ديجيتال)\s*[/:\-–—]?\s*"
    ),
    # the blessing after a ruler's name, in the agencies' marks or none: «حفظه الله ورعاه»,
    # «-حفظه الله-», «/حفظه الله ورعاه/», «"حفظه الله"», «نصره الله», «أيده الله», and the
    # prayer for a late one: «– طيب الله ثراه –»
    formulas=re.compile(
        rf"[-–/\"(«]?\s*(?:(?:{_BLESSED})\s+الله(?:\s+و(?:{_BLESSED}))?|{_MOURNED})"
        rf"\s*[-–/\")»]?(?=\s|[،,.]|$)"
    ),
)
