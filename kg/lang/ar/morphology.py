"""Arabic clitics and affixes, folded (kg.normalize): the proclitics before a name
(kg.gazetteer, kg.ner_corpus), and the affixes and pronoun suffixes that make the forms of a
trigger (kg.lexicon)."""

from collections.abc import Callable

from kg.normalize import normalize

# Proclitic sequences, longest first: conjunction (و/ف) then preposition (ب/ل). Not «ك» (as,
# like): news hardly puts it on a name, and it made names of other words («كلاوس» = ك + لاوس).
NAME_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")

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

# «عبد» + a name with the article is written as two words or one: «عبد الله» / «عبدالله»,
# «عبد العزيز» / «عبدالعزيز» (folded; «عبد» is 3 letters, so the article starts at 3).
SERVANT = "عبد"


def name_spellings(words: list[str]) -> list[list[str]]:
    """`words` (a folded name) and the other way news writes its «عبد ال…» parts."""
    if SERVANT not in " ".join(words):  # most names: no «عبد» part, one spelling (fast path)
        return [words]
    split = []
    for word in words:
        if _servant_of(word) and len(word) > len(SERVANT) + 3:
            split += [SERVANT, word[len(SERVANT) :]]
        else:
            split.append(word)
    return [words, *(form for form in (glued_name(words), split) if form != words)]


def _servant_of(word: str) -> bool:
    """«عبدالله», «عبدربه»: «عبد» glued to the name of God after it."""
    return word.startswith(SERVANT) and _divine(word[len(SERVANT) :])


def _divine(word: str) -> bool:
    """A name of God that follows «عبد»: one with the article («الله», «الرحمن»), or «ربه»
    («عبد ربه منصور هادي», also written «عبدربه»)."""
    return word.startswith("ال") or word == _HIS_LORD


_HIS_LORD = "ربه"


def glued_name(words: list[str]) -> list[str]:
    """A folded name with its «عبد ال…» parts written as one word («عبد الله» → «عبدالله»)."""
    if SERVANT not in words:  # most names: nothing to glue (fast path)
        return list(words)
    return ["".join(part) for part in name_parts(words)]


def name_parts(words: list[str], fold: Callable[[str], str] = str) -> list[list[str]]:
    """`words` grouped into a name's parts, «عبد» and the «ال…» word after it as one part
    («محمد بن عبد الرحمن» → محمد | بن | عبد الرحمن); `fold` gives a word's folded spelling."""
    parts: list[list[str]] = []
    for word in words:
        if parts and fold(parts[-1][-1]) == SERVANT and _divine(fold(word)):
            parts[-1].append(word)
        else:
            parts.append([word])
    return parts


def without_conjunction(word: str) -> str:
    """A folded word without a «و/ف» glued on, when what is left is still a word of 3 letters."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def opens_a_phrase(word: str) -> bool:
    """«وبمشاركة», «والرئيس» (folded): «و» glued to «ب» or the article, and a word of three
    letters or more after them, opens the next phrase; no name goes on or starts with it
    («وليد», «ولد», «والتر», «والاس» do)."""
    for particle in ("وال", "وب"):
        if word.startswith(particle) and len(word) - len(particle) >= 3:
            return True
    return False


def hard_g_spellings(name: str) -> list[str]:
    """The Egyptian spelling of a foreign name's hard g («نيكاراجوا», «أوجندا», «بنجلاديش»):
    «ج» for «غ» inside the name; none for a name of Arabic words that has «غ» («المغرب»)."""
    folded = normalize(name)
    if "غ" not in folded[1:] or any(word in _NATIVE_GHAIN for word in folded.split()):
        return []
    return [folded[0] + folded[1:].replace("غ", "ج")]


def person_spellings(name: str) -> list[str]:
    """Other spellings of a person's full name news uses: the Egyptian hard g («أنطونيو
    جوتيريش» for «غوتيريش»), the article on a family name that is a nisba («علي
    الخامنئي» for «علي خامنئي»), and a long foreign word spelt otherwise («نارندرا مودي»)."""
    folded = normalize(name)
    words = folded.split()
    found = hard_g_spellings(name) if len(words) > 1 else []
    last = words[-1] if len(words) > 1 else ""
    if last.endswith("ي") and len(last) >= _NISBA_LENGTH and not last.startswith("ال"):
        found.append(" ".join([*words[:-1], "ال" + last]))
    for index, word in enumerate(words if len(words) > 1 else ()):
        for other in transliterations(word):
            found.append(" ".join([*words[:index], other, *words[index + 1 :]]))
    return found


def transliterations(word: str) -> list[str]:
    """A long foreign word's other transliterations («ناريندرا» is written «نارندرا», «رامافوزا»
    «رامافوسا», «بزشكيان» «بيزشكيان»): without an inner «ي», with one after the first letter,
    or with «س» for «ز». Words of Arabic names are seldom this long without the article, so
    no Arabic name is respelt."""
    if len(word) < _FOREIGN_LENGTH or word.startswith(("ال", SERVANT)):
        return []
    inner = range(1, len(word) - 1)
    found = [word[:i] + word[i + 1 :] for i in inner if word[i] == "ي"]
    if word[1] not in _LONG_VOWELS:
        found.append(word[0] + "ي" + word[1:])
    return found + [word[:i] + "س" + word[i + 1 :] for i in inner if word[i] == "ز"]


_LONG_VOWELS = "اوي"


_NISBA_LENGTH = 4  # «خامنئي», not «علي»
_FOREIGN_LENGTH = 6  # «ناريندرا», «رامافوزا»; not «سعيد», «عزيز»


# State names with a «غ» of their own, not a foreign hard g (folded)
_NATIVE_GHAIN = {"المغرب", "المغربيه", "مدغشقر", "افغانستان", "البرتغال"}
