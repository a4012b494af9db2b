"""Arabic words of the case-joining rule (kg.extract.cases), folded (kg.normalize)."""

# the words of filing before the filer's name (matched as prefixes): «رفعتها»، «تقدمت بها»
FILED = ("رفعت", "رفعها", "رفعتها", "اقامت", "اقامتها", "قدمتها", "تقدم", "المرفوعه", "المقدمه")
FILED += ("قبل", "اودع")
AGAINST = "ضد"
AGAINST_FILER = "علي"  # «رفعتها كييف على موسكو»: «على» names the respondent after a filer
ANAPHORS = {"القضيه", "الدعوي", "الشكوي", "القضيه،", "بالقضيه", "بالدعوي"}
NOT_JOINING = ("تدرس", "يدرس", "درس", "دراسه", "تفكر", "يفكر", "عزم", "تعتزم", "يعتزم")
NOT_JOINING += ("نيه", "تنوي", "ينوي", "رفض", "ترفض", "يرفض", "لم", "لن", "لا", "دون", "عدم")
NOT_JOINING += ("امكانيه", "احتمال", "تدرسان", "تبحث", "يبحث")
