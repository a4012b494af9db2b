"""Arabic words of the meeting-place rule (kg.extract.places), folded (kg.normalize)."""

PLACE_NOUNS = {"العاصمه", "عاصمه", "مدينه", "المدينه", "ولايه", "محافظه", "منتجع", "مقر"}
LIST_OPENER = ("كل", "من")  # «في كل من القاهرة وعمان»: a list of places after «في»
PLACE_PREPOSITIONS = {"في", "ب"}
# Continents and regions (folded, with the article where news writes it): no meeting is held
# «in Africa»; «أكبر بورصة في أفريقيا» says what is largest, not where anyone met
REGIONS = {"افريقيا", "اوروبا", "اوربا", "اسيا", "الشرق الاوسط", "امريكا اللاتينيه"}
REGIONS |= {"امريكا الجنوبيه", "امريكا الشماليه", "القاره الافريقيه", "القاره الاوروبيه"}
TOPIC_WORDS = {"الوضع", "الاوضاع", "الوضاع", "التطورات", "تطورات", "الازمه", "مستقبل", "ملف"}
TOPIC_WORDS |= {"حول", "بشان", "عن", "قضيه", "اوضاع", "وضع", "ازمه", "اعمار", "الاعمار"}
