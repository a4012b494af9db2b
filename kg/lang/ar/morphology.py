"""Arabic clitics and affixes, folded (kg.normalize): the proclitics before a name
(kg.gazetteer, kg.ner_corpus), and the affixes and pronoun suffixes that make the forms of a
trigger (kg.lexicon)."""

# Proclitic sequences, longest first: conjunction (و/ف) then preposition (ب/ل/ك).
NAME_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")

VOWEL_LETTERS = str.maketrans("", "", "اويى")

# A one-letter proclitic that UDPipe split off a name («ل» + «الامم») is not part of the name.
SPLIT_PROCLITICS = frozenset("وفبلك")

PERFECT_SUFFIXES = ("", "ت", "ا", "وا", "تا", "ن", "نا", "ه", "ها", "هم", "هما", "تها", "ته")
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
IMPERFECT_SUFFIXES = ("", "ون", "ان", "ين", "وا", "ا", "ه", "ها", "هم", "ونه")
NOUN_PREFIXES = ("", "ال", "بال", "لل", "وال", "فال", "وبال", "ول", "ب", "ل", "و", "ف", "وب")
NOUN_SUFFIXES = ("", "ا", "ه", "ها", "هم", "هما", "ات", "اتها", "اتهم", "ين", "ان")
PRONOUNS = ("ه", "ها", "هم", "هما")
VERB_PROCLITICS = ("وس", "فس", "و", "ف", "س")
