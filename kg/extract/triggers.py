"""The trigger lexicon: the words that set off kg's rules, read from kg/lang/ar/triggers.tsv.

Each row names a word (a verb by its perfect, a noun by its singular and plurals), the rule
family it belongs to and the argument frame it takes; every inflected and clitic form is
generated (`kg.lexicon`), so the rules never list forms in code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from kg.lang.ar import FOLDER as ARABIC_FOLDER
from kg.lang.ar.clauses import CONNECTIVES
from kg.lang.ar.meetings import ONLY_AFTER
from kg.lang.ar.morphology import without_conjunction
from kg.lexicon import Lexicon, i_form, noun_forms, nouns, verb_forms, we_forms
from kg.mention_spans import starts_a_sentence
from kg.normalize import normalize
from kg.tsv import read_rows

_VERB_TAGS = {"VERB", "AUX"}
_NOUN_TAGS = {"NOUN", "PROPN"}
_LOOSE_TAGS = {"X", "ADJ", "CCONJ"}  # a clitic glued to a word, or a tagging slip
_VERBAL_DEPS = {"nsubj", "obj", "nsubj:pass", "aux", "aux:pass"}
# «(المشكلة) بمشاركة X و Y»: the participation noun tells a composition (`kg_membership`).
PARTICIPATION = nouns(مشاركة=("مشاركة",))
# «من الدول المؤسسة لجامعة الدول العربية»: the founding states of a body (`kg_membership`;
# after «الدول» only: «مؤسسة» alone is an institution).
FOUNDING = nouns(مؤسسة=("مؤسسة", "مؤسسين"))
# «اللجنة، المؤلفة من A و B»: a body's participle of composition (`kg_membership`, before «من»)
COMPOSED = nouns(مؤلفة=("مؤلفة", "مؤلف", "مكونة", "مكون", "متكونة", "متألفة"))


@dataclass(frozen=True)
class Trigger:
    word: str  # as the table gives it: «التقى», «لقاء»
    pos: str  # verb | noun
    family: str  # meeting | join | case | member
    frame: str  # transitive, reciprocal, with, visit, light, passive, host, attend, open, ...
    convened: bool  # a meeting noun that names a meeting a body holds (summit, session)
    partners: frozenset[str] = frozenset()  # folded prepositions introducing the other side

    @property
    def lemma(self) -> str:
        return normalize(self.word.split("|")[0])


class TriggerLexicon:
    """Folded forms → the triggers they are a form of, verbs and nouns apart."""

    def __init__(self, triggers: list[Trigger]) -> None:
        self.triggers = triggers
        by_pos: dict[str, list[tuple[str, set[str]]]] = {"verb": [], "noun": []}
        self._rows: dict[tuple[str, str], Trigger] = {}
        we: set[str] = set()  # «التقينا», «نبحث»: said by «we»
        i: set[str] = set()  # «التقيت», «استقبلت»: said by «I» (or of «she»)
        theirs: set[str] = set()  # every verb's forms of «he», «she», «they»
        for trigger in triggers:
            words = trigger.word.split("|")
            forms = verb_forms(words[0]) if trigger.pos == "verb" else noun_forms(*words)
            we |= we_forms(words[0]) if trigger.pos == "verb" else set()
            if trigger.pos == "verb":
                theirs |= forms
                i.add(i_form(words[0]))
                forms.add(i_form(words[0]))  # «التقيت»: no form of «he» or «she» is written so
            by_pos[trigger.pos].append((trigger.lemma, forms))
            self._rows[trigger.pos, trigger.lemma] = trigger
        self._we = frozenset(we)
        self._i = frozenset(i)
        self._only_i = frozenset(i - theirs)
        self.verbs = Lexicon(by_pos["verb"])
        self.nouns = Lexicon(by_pos["noun"])
        self.any = Lexicon.merged(self.verbs, self.nouns)

    def __contains__(self, word: str) -> bool:
        return word in self.any

    def said_by_us(self, token: Token) -> bool:
        """Whether the verb's form tells «we» met («وناقشنا», «سنلتقي»): the quoted speakers,
        whom no rule can name."""
        word = without_conjunction(normalize(token.text))
        return word in self._we or (word[:1] == "س" and word[1:] in self._we)

    def said_by_me(self, token: Token) -> bool:
        """Whether the verb's form may tell «I» met («التقيت», «واستقبلت»)."""
        return without_conjunction(normalize(token.text)) in self._i

    def only_i(self, token: Token) -> bool:
        """Whether only «I» may have met, by the verb's form («التقيت», not «استقبلت»)."""
        return without_conjunction(normalize(token.text)) in self._only_i

    def of(self, token: Token) -> Trigger | None:
        """The trigger `token` is a form of, as a verb when it acts as one, else as a noun."""
        verbal = _acts_as_verb(token) or self.only_i(token)  # «التقيت», however tagged
        verbal = verbal or self._glued_verb(token)
        if (verbal or _opens_a_clause(token)) and (row := self.as_verb(token)) is not None:
            return row
        # a noun with a subject and no verb form is a nominal predicate («أن مصر عضو في …»)
        if token.pos_ not in _VERB_TAGS:
            lemma = self.nouns.lookup(token.text)
            if lemma is not None and _allowed_after(token, lemma):
                return self._rows["noun", lemma]
        whole = _with_its_pronoun(token)
        if whole is not None and (lemma := self.nouns.lookup(whole)) is not None:
            return self._rows["noun", lemma]  # «دعوا | ها», the stem tagged a verb («دعوا»)
        return None

    def _glued_verb(self, token: Token) -> bool:
        """«… في مايو الماضي والتقت X»: a word the tagger could not read (X), «و/ف» glued to a
        verb's form that is no noun's, is that verb."""
        word = normalize(token.text)
        return (
            token.pos_ == "X"
            and word[:1] in "وف"
            and self.verbs.lookup(word[1:]) is not None
            and self.nouns.lookup(token.text) is None
        )

    def as_verb(self, token: Token) -> Trigger | None:
        """The trigger whose verb forms `token` is written as, however it is tagged."""
        lemma = self.verbs.lookup(token.text) or self.verbs.lookup(_written_word(token))
        return self._rows["verb", lemma] if lemma is not None else None

    def whole_verb(self, written: str, pieces: list[str]) -> list[str] | None:
        """The words of a written word the tokenizer cut into `pieces`, when it is a form of
        a trigger verb and no piece is: the verb, and before it the «و/ف» glued on."""
        if written not in self.verbs or any(piece in self.verbs for piece in pieces):
            return None
        folded = normalize(written)
        if without_conjunction(folded) == folded or folded[1:] not in self.verbs:
            return [written]
        return [written[:1], written[1:]]

    def dual(self, verb: Token) -> bool:
        """Whether a verb's form says two did it («عقدا», «واستقبلا», «أجريا», «يلتقيان»): a
        form of a trigger verb with the dual's «ا» or «ان» after it."""
        word = without_conjunction(normalize(verb.text))
        if word[-1:] == "ا" and word[-2:] != "وا":
            return self.verbs.lookup(word[:-1]) is not None
        # «يلتقيان», «سيعقدان»: the imperfect's dual «ان» after a form of the verb
        return word.endswith("ان") and self.verbs.lookup(word[:-2]) is not None

    def noun_frame(self, word: str) -> str | None:
        """The frame of the noun trigger `word` is a form of («دعوى» → ``case``), if any."""
        lemma = self.nouns.lookup(word)
        return None if lemma is None else self._rows["noun", lemma].frame

    def prospective(self, token: Token, trigger: Trigger) -> bool:
        """Whether the form points ahead: a verb with the future prefix (سيلتقي، وستنضم), or a
        noun with the purpose «ل» (للقاء، لاجتماع، لبحث)."""
        if trigger.pos == "verb":
            return self.verbs.is_prefixed_form(token.text, "س")
        word = normalize(token.text)
        for conjunction in ("", "و", "ف"):
            if not word.startswith(conjunction):
                continue
            rest = word[len(conjunction) :]
            if rest.startswith("ل") and rest[1:] in self.nouns:
                return not (rest.startswith("لل") and "ا" + rest[2:] not in self.nouns)
        return False


def _allowed_after(token: Token, lemma: str) -> bool:
    """Whether a noun that is a trigger only after certain words («مستقبلي» after «مقدمة»)
    follows one of them."""
    words = ONLY_AFTER.get(lemma)
    return words is None or (token.i > 0 and normalize(token.doc[token.i - 1].text) in words)


def _with_its_pronoun(token: Token) -> str | None:
    """The word as written when the tokenizer cut a pronoun off its end («دعواها» read «دعوا»
    + «ها»): the two pieces touch, with no space between; None when no pronoun was cut off."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PRON":
        return None
    if doc._.offsets[token.i][1] != doc._.offsets[token.i + 1][0]:
        return None
    return token.text + doc[token.i + 1].text


def _written_word(token: Token) -> str:
    """The word as written when the tokenizer cut a piece off its front: «تستضيف» opening a
    sentence is read «تس» + «تضيف» (to add); the pieces touch, with no space between."""
    if token.i == 0:
        return token.text
    offsets, previous = token.doc._.offsets, token.doc[token.i - 1]
    if offsets[previous.i][1] != offsets[token.i][0]:
        return token.text
    return previous.text + token.text


def _opens_a_clause(token: Token) -> bool:
    """«… إلى أنقرة، حيث اجتمع مع …»: a verb's form right after a connective that opens a
    clause is the verb, also when the tagger took it for a noun; so is a verb's form that
    opens the sentence («واستقبلت رئيسة الوزراء …» tagged a noun): news starts with the verb,
    and one with «و» glued on after a comma."""
    if starts_a_sentence(token):
        return True
    previous = token.doc[token.i - 1]
    if starts_a_sentence(previous) and normalize(previous.text) in "وف":
        return True
    word = normalize(previous.text)
    # «…، وشاركه في الاستقبال X»: «و» glued on after a comma opens the next clause
    return word in CONNECTIVES or (word in "،," and normalize(token.text)[:1] in "وف")


def _acts_as_verb(token: Token) -> bool:
    if token.pos_ in _VERB_TAGS:
        return True
    if token.pos_ in _NOUN_TAGS | _LOOSE_TAGS:
        # A verb tagged as a noun still governs a subject or an object («عقد مجلس ... اجتماعا»).
        return any(child.dep_ in _VERBAL_DEPS for child in token.children) and not any(
            child.dep_ == "det" or normalize(child.text) == "ال" for child in token.children
        )
    return False


@cache
def triggers() -> TriggerLexicon:
    rows = read_rows(ARABIC_FOLDER / "triggers.tsv")
    return TriggerLexicon(
        [
            Trigger(
                row["word"],
                row["pos"],
                row["family"],
                row["frame"],
                row["convened"] == "yes",
                frozenset(normalize(word) for word in row["partners"].split()),
            )
            for row in rows
        ]
    )


def visit_word(token: Token) -> Trigger | None:
    """The visit trigger («زار», «زيارة») `token` is a form of, if it is one."""
    trigger = triggers().of(token)
    return trigger if trigger is not None and trigger.frame == "visit" else None


@cache
def rule_words() -> Lexicon:
    """Every word that can set off a rule: a trigger of any family, «مشاركة», «المؤسسة» or
    «المؤلفة»."""
    return Lexicon.merged(triggers().any, PARTICIPATION, FOUNDING, COMPOSED)


def sets_off_a_rule(words: Iterable[str]) -> bool:
    """Whether a sentence of these words holds a word a rule starts from: no rule makes an
    event of a sentence without one."""
    lexicon = rule_words()
    return any(word in lexicon for word in words)
