"""Arabic words that bound a clause (kg.extract.clauses), folded (kg.normalize)."""

BREAK_WORDS = {"؛", ";"}
# «… إلى الدوحة حيث التقى X»; Maghrebi papers write «أين» («…، أين أجرى محادثات مع X»)
WHERE = {"حيث", "اين"}
# «زيارة لولا القاهرة في 2003، حين التقى موسى», «… إذ التقى X»: a clause of when that goes on
# about whom the sentence is about
WHEN = {"حين", "حينما", "عندما", "اذ"}
CONNECTIVES = WHERE | {
    "بينما",
    "فيما",
    "كما",
    "ثم",
    "عندما",
    "حين",
    "حينما",
    "لكن",
    "لاكن",
    "ولكن",
    "بيد",
    "اذ",
}
COMPLEMENTISERS = {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان"}
CONJUNCTIONS = {"و", "ف"}
VERB_PARTICLES = {"لم", "لن", "قد", "لا", "ما", "كان", "كانت"}  # «ولم يعقد», «وقد التقى»
COMMAS = {"،", ","}
# «قمة ثلاثية مع X و Y واتصال مشترك بـZ»: a call named after «و» is another event, whose
# party is not the meeting's (folded)
CALLS = {"اتصال", "اتصالا", "اتصالات", "مكالمه", "مكالمات"}
THEN = "ثم"  # «ثم التقى X» opens a clause; «التقى X، ثم Y» lists one more object
