"""Arabic words of the case-joining rule (kg.extract.cases), folded (kg.normalize)."""

import re

# the words of filing before the filer's name (matched as prefixes): «رفعتها»، «تقدمت بها»
FILED = ("رفعت", "رفعها", "رفعتها", "اقامت", "اقامتها", "قدمتها", "تقدم", "المرفوعه", "المقدمه")
FILED += ("قبل", "اودع", "المقامه", "اقيمت")  # «الدعوى المقامة من جنوب أفريقيا»
AGAINST = "ضد"
# a filing verb or participle right after a joining noun, before its filers' names
# («إعلانات التدخل التي أودعتها كندا والدنمارك», «المقدمة من X»; matched as prefixes)
FILED_AFTER = ("اودع", "قدم", "تقدم", "المقدمه", "المودعه")
# «إعلان تدخل», «إعلانات التدخل», «طلب التدخل»: a filing of intervention, which is legal
# language however far back its case was named (folded; not «التدخل العسكري»)
FILINGS = {"اعلان", "اعلانات", "طلب", "طلبات", "باعلان", "باعلانات", "بطلب", "بطلبات"}
# «قدمت X إعلانا منفصلا», «دول تقدمت بطلبات مماثلة»: a filing told again without its joining
# noun, whose kind the word after it gives (folded; the filing as a prefix-free form, the
# adjective's stem as a prefix)
FILINGS_AGAIN = FILINGS | {"اعلانا", "طلبا"}
SIMILAR = ("مماثل", "منفصل", "مشابه")
# nouns of handing in a filing, whose genitive is who hands it («إيداع بليز طلبا للتدخل»)
FILING_NOUNS = {"ايداع", "تقديم", "تقدم"}
AGAINST_FILER = "علي"  # «رفعتها كييف على موسكو»: «على» names the respondent after a filer
ANAPHORS = {"القضيه", "الدعوي", "الشكوي", "القضيه،", "بالقضيه", "بالدعوي"}
# stems of intention, consideration and refusal (matched as prefixes: «نيتها», «تعتزمان»)
NOT_JOINING = ("تدرس", "يدرس", "درس", "دراسه", "تفكر", "يفكر", "عزم", "تعتزم", "يعتزم", "اعتزام")
NOT_JOINING += ("نيه", "تنوي", "ينوي", "رفض", "ترفض", "يرفض")
NOT_JOINING += ("امكانيه", "احتمال", "تدرسان", "تبحث", "يبحث", "نيت")  # «نيتها»: «نية» + «ها»
# «اعتبرت المحكمة إعلان التدخل الذي قدمته X غير مقبول»: the court turned the filing down
REJECTED = re.compile(r"(?<!\w)غير مقبول(?:ه|ا|ين)?(?!\w)")
# negations, whole words only: «لاهاي» starts with «لا» and negates nothing
NEGATIONS = {"لم", "لن", "لا", "دون", "عدم"}
# «بعد خطوات مماثلة أقدمت عليها X و Y», «على غرار X», «ولحقت بها X و Y» (followed her):
# states that took the same step (folded; the list of states follows)
LIKEWISE = re.compile(
    r"(?<!\w)(?:(?:خطوات|خطوه|اجراءات)\s+مماثله(?:\s+(?:اقدمت عليها|اتخذتها|قامت بها|من))?"
    r"|علي غرار|اسوه ب|[وف]?(?:لحقت|لحق|تبعت|تبع)(?:ها|هما|هم|ه|\s+ب(?:ها|هما|هم|ه)))(?!\w)"
)
