"""Arabic words of the meeting-place rule (kg.extract.places), folded (kg.normalize)."""

PLACE_NOUNS = {"العاصمه", "عاصمه", "مدينه", "المدينه", "ولايه", "محافظه", "منتجع", "مقر"}
LIST_OPENER = ("كل", "من")  # «في كل من القاهرة وعمان»: a list of places after «في»
PLACE_PREPOSITIONS = {"في", "ب"}
TOPIC_WORDS = {"الوضع", "الاوضاع", "الوضاع", "التطورات", "تطورات", "الازمه", "مستقبل", "ملف"}
TOPIC_WORDS |= {"حول", "بشان", "عن", "قضيه", "اوضاع", "وضع", "ازمه", "اعمار", "الاعمار"}
