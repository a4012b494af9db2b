"""Arabic function words the argument grammar reads (kg.extract.grammar), folded (kg.normalize)."""

TRANSPARENT = {"من", "ل"}  # «وفد من حماس», «المكتب السياسي لحركة حماس»
LEADERSHIP = {"رياسه", "قياده", "ترؤس"}  # «برئاسة X»: ب is transparent on these
# Where a host receives a guest («بقصر قرطاج», «في مكتبه», «بمقر إقامته»).
VENUES = {"قصر", "قصره", "مقر", "مقره", "مكتب", "مكتبه", "منتجع", "منتجعه", "دار", "مبني"}
# Nouns of the occasion of talks («على هامش القمة», «بمناسبة الزيارة»).
OCCASIONS = {"هامش", "مناسبه", "بمناسبه"}
TOPIC_MARKERS = {"حول", "بشان", "عن", "تجاه", "ازاء", "حيال", "ضد", "علي", "لدي", "الي"}
PLACE_MARKERS = {"في", "ب"}
RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"}
