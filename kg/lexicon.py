"""Trigger words in all their inflected and clitic-attached forms.

The parse model's lemmatiser is 87% accurate and often returns an inflected form for verbs
it has not seen in that person (التقوا → اَلتقِوا), so triggers are recognised on folded
surface forms generated from a few stems: a verb's perfect and imperfect conjugations with
subject and object suffixes, a noun with the article, proclitics and possessive suffixes.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kg.lang.ar.morphology import (
    IMPERFECT_PREFIXES,
    IMPERFECT_SUFFIXES,
    NOUN_PREFIXES,
    NOUN_SUFFIXES,
    PERFECT_SUFFIXES,
    PRONOUNS,
    VERB_PROCLITICS,
)
from kg.normalize import normalize

_BI_ARTICLE = "بال"  # «بالمبعوث»: «ب» and the article, glued on


def with_bi_article(word: str) -> bool:
    """Whether a folded word carries «ب» and the article the tokenizer left on it («بالمبعوث»,
    «بالمستشار»), a word long enough to be more than the clitics."""
    return word.startswith(_BI_ARTICLE) and len(word) > 5


# The most frequent words of news take most look-ups: a small cache serves them as well as a
# large one (measured: same speed at 4,096 as at 65,536 words, 45 MB less at 1,000 articles).
_CACHED_WORDS = 1 << 12


def verb_forms(perfect: str) -> set[str]:
    """Folded conjugated forms of a verb given by its perfect 3rd person masculine singular.

    Forms VII, VIII and X (انعقد، اجتمع، استقبل) drop their initial alef in the imperfect
    (ينعقد، يجتمع، يستقبل); a final ى/ي is weak (التقى → التقت، التقوا، التقاه، يلتقي); a hollow
    form X turns its long vowel to ي (استضاف → يستضيف).
    """
    perfect = normalize(perfect)
    imperfect = perfect[1:] if perfect.startswith("ا") else perfect
    if len(perfect) == 6 and perfect.startswith("است") and perfect[4] == "ا":
        imperfect = imperfect[:3] + "ي" + imperfect[4:]
    weak = perfect.endswith("ي")
    base = perfect[:-1] if weak else perfect
    forms = {perfect}
    for suffix in PERFECT_SUFFIXES:
        forms.add(base + suffix if weak and suffix[:1] in ("ت", "و", "ن") else perfect + suffix)
    if weak:
        forms |= {base + "اه", base + "اها", base + "اهم"}
    imperfect_base = imperfect[:-1] if weak else imperfect
    for prefix in IMPERFECT_PREFIXES:
        for suffix in IMPERFECT_SUFFIXES:
            # the weak letter falls before the plural's «و» (يلتقون), not the dual's «ا» (يلتقيان)
            stem = imperfect_base if weak and suffix[:1] == "و" else imperfect
            forms.add(prefix + stem + suffix)
    return forms


def we_forms(perfect: str) -> set[str]:
    """Folded forms of a verb that tell «we» did it, or (the past) did it to «us»: «التقينا»,
    «بحثنا», «استقبلنا», «نلتقي», «نناقش»; the future «س» and «و/ف» are left to the caller."""
    perfect = normalize(perfect)
    imperfect = perfect[1:] if perfect.startswith("ا") else perfect
    return {perfect + "نا", "ن" + imperfect}


def i_form(perfect: str) -> str:
    """The folded form of a verb's past that tells «I» did it: «التقيت», «استقبلت» (also the
    past of «she», which only the context tells apart)."""
    return normalize(perfect) + "ت"


def noun_forms(*words: str) -> set[str]:
    """Folded forms of nouns (give singular and broken plural) with article, clitics, suffixes."""
    forms = set()
    for word in words:
        folded = normalize(word)
        stems = {folded, folded[:-1] + "ت"} if folded.endswith("ه") else {folded}
        for stem in stems:
            for prefix in NOUN_PREFIXES:
                for suffix in NOUN_SUFFIXES:
                    forms.add(prefix + stem + suffix)
        if word.endswith("ى"):  # «دعواها», «شكواه»: a final «ى» is written «ا» before a pronoun
            for prefix in NOUN_PREFIXES:
                for suffix in ("", *PRONOUNS):  # «دعوا | ها»: the tokenizer may cut it off
                    forms.add(prefix + folded[:-1] + "ا" + suffix)
        if folded.endswith("ء"):  # «لقائه», «لقاؤهم»: the hamza sits on ي/و before a pronoun
            for seat in ("ي", "و"):
                for prefix in NOUN_PREFIXES:
                    for suffix in ("", *PRONOUNS):  # «لقائ | ها»: the tokenizer may cut it off
                        forms.add(prefix + folded[:-1] + seat + suffix)
    return forms


class Lexicon:
    """Folded surface form → the lemma it inflects."""

    def __init__(self, entries: Iterable[tuple[str, set[str]]]) -> None:
        self._forms: dict[str, str] = {}
        for lemma, forms in entries:
            for form in forms:
                self._forms.setdefault(form, lemma)
        # The rules ask about every token of every sentence; news repeats its words.
        self.lookup = lru_cache(maxsize=_CACHED_WORDS)(self._lookup)

    @classmethod
    def merged(cls, *lexicons: Lexicon) -> Lexicon:
        """One lexicon holding the forms of all `lexicons` (the first one's lemma wins)."""
        forms = (item for lexicon in lexicons for item in lexicon._forms.items())
        return cls((lemma, {form}) for form, lemma in forms)

    def _lookup(self, word: str) -> str | None:
        """The lemma `word` is a form of, with or without a proclitic (و، ف، س)."""
        folded = normalize(word)
        if folded in self._forms:
            return self._forms[folded]
        for clitic in VERB_PROCLITICS:
            if folded.startswith(clitic) and folded[len(clitic) :] in self._forms:
                return self._forms[folded[len(clitic) :]]
        return None

    def is_prefixed_form(self, word: str, clitic: str) -> bool:
        """Whether `word` is a form only with `clitic` attached (سيلتقي = س + يلتقي)."""
        folded = normalize(word)
        for conjunction in ("", "و", "ف"):
            prefix = conjunction + clitic
            rest = folded[len(prefix) :]
            if folded.startswith(prefix) and folded not in self._forms and rest in self._forms:
                return True
        return False

    def __contains__(self, word: str) -> bool:
        return self.lookup(word) is not None


def verbs(*perfects: str) -> Lexicon:
    return Lexicon((normalize(p), verb_forms(p)) for p in perfects)


def nouns(**lemmas: tuple[str, ...]) -> Lexicon:
    return Lexicon((lemma, noun_forms(*forms)) for lemma, forms in lemmas.items())
