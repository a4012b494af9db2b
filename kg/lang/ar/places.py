"""Arabic words of the meeting-place rule (kg.extract.places), folded (kg.normalize)."""

PLACE_NOUNS = {"العاصمه", "عاصمه", "مدينه", "المدينه", "ولايه", "محافظه", "منتجع", "مقر"}
# «في مطار البصرة الدولي», «في ميناء جدة»: the city a port is named after, right after it,
# is where it stands
PORT_NOUNS = {"مطار", "ميناء"}
LIST_OPENER = ("كل", "من")  # «في كل من القاهرة وعمان»: a list of places after «في»
PLACE_PREPOSITIONS = {"في", "ب"}
# Continents and regions (folded, with the article where news writes it): no meeting is held
# «in Africa»; «أكبر بورصة في أفريقيا» says what is largest, not where anyone met
REGIONS = {"افريقيا", "اوروبا", "اوربا", "اسيا", "الشرق الاوسط", "امريكا اللاتينيه"}
REGIONS |= {"امريكا الجنوبيه", "امريكا الشماليه", "القاره الافريقيه", "القاره الاوروبيه"}
TOPIC_WORDS = {"الوضع", "الاوضاع", "الوضاع", "التطورات", "تطورات", "الازمه", "مستقبل", "ملف"}
TOPIC_WORDS |= {"حول", "بشان", "عن", "قضيه", "اوضاع", "وضع", "ازمه", "اعمار", "الاعمار"}
# Seats of government and palaces news names as where a meeting was held («استقبله بقصر
# الاتحادية»), with the QID of the city each is in (each checked on its Wikipedia article and
# its Wikidata item's «located in»). Only names that mean one place: «قصر الشعب» is both
# Damascus's and Algiers's, «قصر السلام» Jeddah's, Kuwait's and Baghdad's.
LANDMARKS = {
    "البيت الأبيض": "Q61",  # Washington
    "قصر الإليزيه": "Q90",  # Paris
    "الإليزيه": "Q90",
    "الكرملين": "Q649",  # Moscow
    "قصر الكرملين": "Q649",
    "داونينغ ستريت": "Q84",  # London
    "قصر باكنغهام": "Q84",
    "قصر الاتحادية": "Q85",  # Cairo (Heliopolis)
    "قصر عابدين": "Q85",
    "قصر القبة": "Q85",
    "قصر المرادية": "Q3561",  # Algiers (El Mouradia)
    "قصر قرطاج": "Q3572",  # Tunis (Carthage, in its governorate)
    "قصر بيان": "Q35178",  # Kuwait City
    "قصر السيف": "Q35178",
    "قصر اليمامة": "Q3692",  # Riyadh
}
# «نائبة المفوض السامي، العائدة من جولة في حمص»: where a participant came back or came from
# (folded), a few words before a place, is not where the meeting was held
COMING_FROM = {
    article + stem + ending
    for article in ("", "ال")
    for stem in ("عايد", "قادم")
    for ending in ("", "ه", "ين", "ا")
}
COMING_FROM_REACH = 5  # words: «العائدة من جولة في حمص»
