"""How a meeting is reported: as held, by phone, as planned, as denied, or as unconfirmed.

Read from the words around the trigger, in folded spelling:
- by phone: «اتصال هاتفي», «هاتفياً», «مكالمة», a video call, in the trigger's clause;
- denied: a negation right before the trigger («لم يلتق», «لن», «عدم»), or a verb of denial
  or refusal shortly before it («نفى … أن يكون التقى», «رفض لقاء»);
- planned: the future prefix («سيلتقي»), «سوف», a verb or phrase of intention or expectation
  before it («من المقرر أن», «يعتزم», «يتوقع», «دعا إلى عقد», «الإعداد لاجتماع», «على أن
  يلتقي», a call to hold it: «لدعوتها عقد لقاء», not «بدعوة من» (an invitation), pressing
  for or arranging it: «تضغط للإسراع بعقد لقاء», «ترتيبات اللقاء»), an
  adjective after a meeting noun («اللقاء المرتقب», «الاجتماع المقبل»), «غداً» or «المقبل» in
  the clause, a purpose «ل» on a meeting noun («للقاء»، «لبحث»), talks asked for, proposed or
  aimed at just before the meeting word («تطالب بمحادثات», «الهادفة إلى استئناف
  المحادثات»), a verb the trigger depends on or one before it in its clause that is future
  («سيلتقي … على هامش اجتماعات الجمعية العامة»), or the verb of a relative clause on the
  meeting word («القمة التي ستجري في …»), «بعد قليل», «بعد ساعتين من الآن», or the nearest
  light verb before a meeting noun in the future («وسيجري أنان … محادثات»). The present
  tense alone tells nothing: headlines tell past news in it, and the body ongoing talks;
- unconfirmed: told as possible or uncertain («ثمة احتمال لأن يكون X قد التقى», «ليس من
  المؤكد عقد اجتماع», «لا تستبعد عقد محادثات»); denied when a denial verb comes before («نفى
  أي احتمال أن يكون»).
Indirect talks («مفاوضات غير مباشرة») are not a meeting of the two sides at all: `indirect`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Token

from kg.dates import STRONG_MONTH_WORDS
from kg.extract.clauses import clause_of
from kg.extract.grammar import completes_kana, in_a_name, where_clause
from kg.extract.triggers import triggers
from kg.lang.ar.clauses import COMPLEMENTISERS
from kg.lang.ar.grammar import RELATIVES
from kg.lang.ar.membership import STILL
from kg.lang.ar.modality import (
    AFTER,
    AGREED_ON,
    ANY,
    ASKED_WORDS,
    BEGAN,
    CALL_STEMS,
    CLAIMS,
    CONDITIONS,
    DENIAL_STEMS,
    DURING,
    FABRICATED,
    FUTURE,
    FUTURE_WORDS,
    HOLDING,
    INDIRECT,
    INVITED_BY,
    MAY_HAVE,
    MAYBE,
    NEGATIONS,
    NEXT,
    NOW,
    PHONE_STEMS,
    PHONE_WORDS,
    PLAN_STEMS,
    PLAN_WORDS,
    PLANNED_AFTER,
    PROGRAMME_WORDS,
    PURPOSE,
    REMOTE,
    RIGHTLY,
    SHORTLY,
    SKIPPED_BEFORE,
    SOON,
    STAY_STEMS,
    TIME_NOUNS,
    TO_BE,
    UNCERTAIN,
    WHAT_OF,
    WRONGLY,
)
from kg.lang.ar.morphology import NAME_PROCLITICS, without_conjunction
from kg.mention_spans import start_in_sentence
from kg.normalize import normalize

_ASKED_FOR = {normalize(word) for word in ASKED_WORDS.split()}
_ASKED_WINDOW = 4
_WINDOW = 8
# «اجتماعها في جدة في سبتمبر القادم»: a month is a time word before «المقبل» («تشرين الأول» by
# its end), when it follows the meeting word closely: further on, it dates something else
# («اجتماعات المجلس الذي اتخذ قرارا بتجميد الإعلان في 13 سبتمبر المقبل»)
_MONTH_REACH = 6


def modality(trigger: Token, prefixed: bool) -> str | None:
    """None when the trigger reports a meeting that took place; else phone, denied, planned,
    or indirect. `prefixed`: the trigger carries the future prefix (سيلتقي) or, on a noun, a
    purpose «ل» (للقاء، لبحث)."""
    doc = trigger.doc
    words = doc._.folded
    first, end = clause_of(trigger)
    sentence_start = trigger.sent.start
    clause = words[first:end]
    before = words[max(sentence_start, trigger.i - _WINDOW) : trigger.i]
    # a name's words are no plan or denial words («جان نويل بارو» is no «نوى», to intend;
    # «أبو الغيط» no «ألغى», to cancel)
    unnamed = [
        "" if in_a_name(doc[i]) else words[i]
        for i in range(max(sentence_start, trigger.i - _WINDOW), trigger.i)
    ]
    after = words[trigger.i + 1 : min(end, trigger.i + 4)]
    # the words right before each verb the trigger depends on: «لن تندفع إلى عقد محادثات»,
    # «من المقرر أن يعقد X وY … سلسلة لقاءات»
    governing = [
        words[max(sentence_start, verb.i - 3) : verb.i] for verb in _governing_verbs(trigger)
    ]
    if _by_phone(trigger, first, end) or _in_a_call_told_first(trigger):
        return "phone"
    if _uncertain(unnamed) or _may_happen(trigger) or _claimed(words[sentence_start : trigger.i]):
        return "unconfirmed"  # before denial: «لا تستبعد عقد محادثات» rules nothing out
    if before and before[-1] in ANY and not _denial_before(unnamed):
        # «أي لقاء يجمعه بـ X مرهون بـ …»: any meeting, none reported; with a negation before
        # it («لم يعقد أي لقاء») one denied
        return "denied" if NEGATIONS & set(before) else "unconfirmed"
    if (
        _negated(before)
        or _without_a_meeting(trigger)
        or _corrected(words[sentence_start : trigger.i], words[trigger.i : trigger.sent.end])
        or bool(before and before[-1] in ANY)
        or any(w.startswith(DENIAL_STEMS) for w in _past_complementiser(unnamed))
        or any(_negated(told) for told in governing)
        # «نفى مصدر أن يكون أي من مسؤولي الحزب قد التقى الوزير»: a denial verb above it
        or any(words[verb.i].startswith(DENIAL_STEMS) for verb in _governing_verbs(trigger))
    ):
        return "denied"
    if _may_have(before, unnamed):
        # «نفى … أي احتمال أن يكون X قد التقى», «ثمة احتمال لأن يكون X قد التقى»
        sentence = words[sentence_start : trigger.i]
        return "denied" if any(w.startswith(DENIAL_STEMS) for w in sentence) else "unconfirmed"
    if "غير" in after and any(w in INDIRECT for w in after):
        return "indirect"
    if trigger.pos_ not in ("VERB", "AUX") and _began(trigger, end):
        return None
    if prefixed or (before and before[-1] in FUTURE_WORDS) or _purpose(before):
        # «سوف يوقعان»: «سوف» right before the verb, even where a name ran on over it
        return "planned"
    if _called_for(before):
        return "planned"
    planned_before = any(w in PLAN_WORDS or _stem_in(w, PLAN_STEMS) for w in unnamed)
    planned_before = planned_before or any(w in PLAN_WORDS for told in governing for w in told)
    planned_before = planned_before or _to_be(before) or any(_to_be(told) for told in governing)
    later = words[trigger.i + 1 : end]
    asked = _after_during(words[max(sentence_start, trigger.i - _ASKED_WINDOW) : trigger.i])
    asked_for = any(without_conjunction(w) in _ASKED_FOR for w in asked)
    planned_after = any(w in PLANNED_AFTER for w in after) or _scheduled(later)
    # «استقبل X اليوم Y قبل وصول Z غدا»: a verb in the past is not made one to come by a
    # time word further on, which dates something else
    past = trigger.pos_ == "VERB" and trigger.morph.get("Aspect") == ["Perf"]
    soon = _soon(later) or _shortly(clause)
    if planned_before or asked_for or planned_after or (soon and not past):
        return "planned"
    if _programme(trigger, clause):
        return "planned"
    earlier = trigger.doc[max(first, trigger.i - _WINDOW) : trigger.i]
    if any(future(verb) for verb in [*_governing_verbs(trigger), *earlier, *_relatives(trigger)]):
        return "planned"
    light = _light_verb_before(trigger) if trigger.pos_ not in ("VERB", "AUX") else None
    if light is not None and future(light):
        return "planned"  # «وسيجري أنان الذي يرافقه مساعداه … محادثات مع …»
    joined = _joined_verb_before(light if light is not None else trigger)
    if joined is not None and modality(joined, False) == "planned":
        # «من المقرر أن يتوجه X …، يلتقي خلالها Y ويجري مباحثات مع Z»: the verb «و» joins
        # it to tells what is to come, and so does it
        return "planned"
    return None


def _joined_verb_before(verb: Token) -> Token | None:
    """The verb that «و» right before `verb`, in the present, joins it to: the nearest verb
    before it in its sentence, with no clause mark between («يلتقي خلالها Y ويجري …»)."""
    doc = verb.doc
    if verb.pos_ not in ("VERB", "AUX") or verb.morph.get("Aspect") != ["Imp"]:
        return None
    glued = doc._.folded[verb.i].startswith("و") and verb.i > 0
    if not (glued or (verb.i > 0 and doc._.folded[verb.i - 1] == "و")):
        return None
    for word in reversed(doc[verb.sent.start : verb.i - (0 if glued else 1)]):
        if word.text in _CLAUSE_ENDS:
            return None
        if word.pos_ in ("VERB", "AUX"):
            return word
    return None


_CLAUSE_ENDS = {".", "؛", ";", ":", "؟"}


def _began(noun: Token, end: int) -> bool:
    """«الاجتماع … الذي انطلقت أعماله مساء اليوم», «القمة التي عقدت أمس»: a relative pronoun
    shortly after the meeting noun, in its clause, then a past verb of beginning or holding."""
    words = noun.doc._.folded
    for i in range(noun.i + 1, min(end - 1, noun.i + _RELATIVE_REACH)):
        if words[i] in RELATIVES:
            return words[i + 1] in BEGAN
    return False


_RELATIVE_REACH = 10  # words: «الاجتماع غير الرسمي لوزراء خارجية حلف الناتو الذي»


def _corrected(before: list[str], after: list[str]) -> bool:
    """A report the sentence says was wrong: «وأشار الخبر خطأً إلى أن X التقى Y», «ورد أن X
    حضر اللقاء، والصحيح أن …» (a correction note's wording)."""
    rightly = any(without_conjunction(w) == RIGHTLY for w in after)
    # «الصورة المتداولة عن «لقاء X وY» مفبركة»: a debunking's wording
    return WRONGLY in before or rightly or FABRICATED.search(" ".join(after)) is not None


def _denial_before(words: list[str]) -> bool:
    """A denial verb among the words («نفى أي لقاء», «ونفت وجود أي اتصالات»)."""
    return any(without_conjunction(word).startswith(DENIAL_STEMS) for word in words)


def _may_happen(trigger: Token) -> bool:
    """«رايس قد تلتقي متكي», «ربما تعقد محادثات مع …»: «قد» or «ربما» right before the
    trigger verb, or the light verb holding the meeting noun, in the imperfect."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _light_verb_before(trigger)
    if verb is None or verb.i == 0 or verb.morph.get("Aspect") != ["Imp"]:
        return False
    return verb.doc._.folded[verb.i - 1] in MAYBE


def _light_verb_before(noun: Token) -> Token | None:
    """The light verb («أجرى», «عقد») nearest before a meeting noun in its sentence, however
    far and however the parse hung the noun: it tells the talks' time."""
    lexicon = triggers()
    for token in reversed(noun.doc[noun.sent.start : noun.i]):
        trigger = lexicon.of(token) if token.pos_ in ("VERB", "AUX") else None
        if trigger is not None and trigger.pos == "verb" and trigger.frame == "light":
            return token
    return None


def _programme(trigger: Token, clause: list[str]) -> bool:
    """A visit's programme in the present tense: the trigger verb, or the verb holding the
    meeting noun, is imperfect (not after «كان») and its clause says «خلالها» or «خلال
    زيارته», or opens with «حيث». Headlines tell past news in the present too, but not with
    these words."""
    verb = trigger if trigger.pos_ == "VERB" else next(iter(_governing_verbs(trigger)), None)
    if verb is None or verb.morph.get("Aspect") != ["Imp"] or completes_kana(verb):
        return False
    # «وخلال زيارته لواشنطن …، يجتمع X»: the visit may open the sentence before the clause
    opening = trigger.doc._.folded[trigger.sent.start : clause_of(trigger)[0]][:3]
    opening = opening[1:] if opening[:1] in (["و"], ["ف"]) else opening
    during = any(
        without_conjunction(w) in DURING
        and (nxt == "ها" or without_conjunction(nxt).startswith(STAY_STEMS))
        for w, nxt in [*pairwise(clause), *pairwise(opening[:2])]
    )
    # «يصل X اليوم إلى القاهرة حيث يلتقي Y»: what a «حيث» clause tells in the present is what
    # the visit will hold; news tells what it held in the past («حيث التقى»)
    return during or bool(PROGRAMME_WORDS & set(clause)) or where_clause(verb)


def _relatives(trigger: Token) -> list[Token]:
    """The verbs of relative clauses on the meeting word: «القمة التي ستعقد في …» is one to come,
    however far its clause is from the verb of the sentence."""
    return [child for child in trigger.children if child.dep_ == "acl:relcl"]


def _past_complementiser(before: list[str]) -> list[str]:
    """The words before the trigger past the last complementiser: «المسؤول الذي رفض الكشف عن
    اسمه أن المشاورات جرت»: the refusal is of the name, not of the talks. A denial that
    reports the meeting («نفى أن يكون التقى») governs the trigger's verb."""
    return _after_last(before, lambda word: word in COMPLEMENTISERS)


def _purpose(before: list[str]) -> bool:
    """«لإجراء محادثات», «ل | عقد اجتماع»: the meeting word right after a purpose masdar;
    «موافقة X و Y على عقد لقاء بينهما», «أصر على إجراء محادثات»: one agreed or insisted on."""
    if not before:
        return False
    last = before[-1][1:] if before[-1][:1] in ("و", "ف") else before[-1]
    opening = ("ل", "ول", "فل", AGREED_ON)
    split = len(before) > 1 and before[-2] in opening and before[-1] in PURPOSE
    return split or (last[:1] == "ل" and last[1:] in PURPOSE)


def _may_have(before: list[str], unnamed: list[str]) -> bool:
    """«أن يكون X قد التقى»: «قد» right before the verb and «يكون» earlier in the window."""
    return (
        bool(before)
        and before[-1] == "قد"
        and any(without_conjunction(w) in MAY_HAVE for w in unnamed[:-1])
    )


def _uncertain(before: list[str]) -> bool:
    """«وليس من المؤكد عقد اجتماع», «لم يتقرر بعد موعد لقاء»: a phrase of doubt before it."""
    bare = [without_conjunction(word) for word in before]
    return any(
        tuple(bare[i : i + len(phrase)]) == phrase
        for phrase in UNCERTAIN
        for i in range(len(bare) - len(phrase) + 1)
    )


def _claimed(before: list[str]) -> bool:
    """«زعمت صحيفة أن X التقى Y», «تداولت حسابات صورة قالت إنها توثق لقاءً»: a verb of claiming
    or circulating earlier in the sentence."""
    return any(without_conjunction(word) in CLAIMS for word in before)


def _called_for(before: list[str]) -> bool:
    """«لدعوتها عقد لقاء», «الدعوة إلى إجراء محادثات», «دعوة لعقد قمة»: a call noun, not
    followed by «من», with a holding masdar in the next three words."""
    for i, word in enumerate(before):
        bare = next((word[len(c) :] for c in NAME_PROCLITICS if word.startswith(c)), word)
        if not (bare.removeprefix("ال").startswith(CALL_STEMS) or word.startswith(CALL_STEMS)):
            continue
        following = before[i + 1 : i + 4]
        if following[:1] != [INVITED_BY] and any(
            w in PURPOSE or (w[:1] == "ل" and w[1:] in PURPOSE) for w in following
        ):
            return True
    return False


def _to_be(words: list[str]) -> bool:
    """«على أن» among the last words before a verb."""
    tail = words[-3:]
    return any(tuple(tail[i : i + 2]) == TO_BE for i in range(len(tail) - 1))


def future(verb: Token) -> bool:
    """A verb with the future prefix, split off by the tokeniser («س | يلتقي») or not."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    words = verb.doc._.folded
    if verb.i > 0 and words[verb.i - 1] in FUTURE_WORDS:
        return True
    bare = words[verb.i][1:] if words[verb.i][:1] in ("و", "ف") else words[verb.i]
    return verb.morph.get("Aspect") == ["Imp"] and bare.startswith(FUTURE)


def _soon(words: list[str]) -> bool:
    """«غداً», «قريباً», or «المقبل/القادم» after a time word or a month, among `words`."""
    if SOON & set(words):
        return True
    return any(
        w in NEXT
        and (
            words[i - 1] in TIME_NOUNS or (words[i - 1] in STRONG_MONTH_WORDS and i <= _MONTH_REACH)
        )
        for i, w in enumerate(words)
        if i
    )


def _shortly(words: list[str]) -> bool:
    """«بعد قليل», «بعد ساعتين من الآن»: in a short while from now."""
    for i, word in enumerate(words[:-1]):
        if without_conjunction(word) == AFTER and words[i + 1] in SHORTLY:
            rest = words[i + 2 : i + 4]
            if rest[:1] != ["من"] or rest == ["من", NOW]:
                return True
    return False


def _scheduled(words: list[str]) -> bool:
    """«المقرر عقدها», «المزمع انعقاده»: the meeting is scheduled, further on in its clause."""
    return any(w in PLANNED_AFTER and words[i + 1] in HOLDING for i, w in enumerate(words[:-1]))


def _governing_verbs(trigger: Token) -> list[Token]:
    """The verbs up the tree from a trigger, at most three words up, none past «إذ» or a
    semicolon between them and it, nor past a verb of success; not «ما زال» («وما زالت أصداء
    الزيارة حاضرة، إذ استقبله X»: still, no negation of what it governs)."""
    verbs, token = [], trigger
    words = trigger.doc._.folded
    for _ in range(3):
        if token.head.i == token.i:
            break
        token = token.head
        if token.i < trigger.i and _EXPLAINED.intersection(words[token.i + 1 : trigger.i]):
            break  # «لم تكن تلك زيارته الأولى، إذ استقبله X»: what «إذ» explains was so
        if token.pos_ in ("VERB", "AUX") and normalize(token.text) not in STILL:
            if without_conjunction(words[token.i]) in _OUTCOMES:
                break  # «ولم تفلح قمة جمعت X و Y في …»: what it achieved, not whether it met
            verbs.append(token)
    return verbs


# verbs of success whose negation denies an outcome, not the meeting that failed (folded)
_OUTCOMES = frozenset({"تفلح", "يفلح", "افلحت", "افلح", "تنجح", "ينجح", "نجحت", "نجح"})


_EXPLAINED = frozenset({"اذ", "؛"})  # «إذ», folded, and a semicolon: a clause of its own after


def to_come(verb: Token) -> bool:
    """A verb in the future («ستنضم», «سيضم») or under a condition («في حال ضمت», «إذا
    انضمت»): what it tells has not happened."""
    words = verb.doc._.folded
    before = words[start_in_sentence(verb, verb.i - _CONDITION_REACH) : verb.i]
    return future(verb) or any(without_conjunction(word) in CONDITIONS for word in before)


_CONDITION_REACH = 3  # «في حال ضمت جمهورية قبرص»: the condition right before the verb


def expected(verb: Token) -> bool:
    """A verb right after «أن» that a plan or an expectation governs («من المنتظر أن تصبح
    إيران عضواً», «من المقرر أن تنضم»): what it tells has not happened."""
    words, sentence_start = verb.doc._.folded, verb.sent.start
    if verb.i == sentence_start or without_conjunction(words[verb.i - 1]) not in _THAT:
        return False
    before = words[max(sentence_start, verb.i - 1 - _EXPECTATION_REACH) : verb.i - 1]
    return any(word in PLAN_WORDS or _stem_in(word, PLAN_STEMS) for word in before)


_THAT = ("ان", "بان")
_EXPECTATION_REACH = 3  # «ومن المنتظر أن», «ومن المقرر أيضا أن»


def negated(token: Token) -> bool:
    """Whether a negation stands right before the word in its sentence («ولم يرافق»)."""
    words = token.doc._.folded
    return _negated(words[start_in_sentence(token, token.i - _WINDOW) : token.i])


def _after_during(words: list[str]) -> list[str]:
    """The words after the last «خلال/أثناء»: «وطلبت كوريا خلال القمة …» asked for something
    during the summit, not for the summit."""
    return _after_last(words, lambda word: without_conjunction(word) in DURING)


def _after_last(words: list[str], mark: Callable[[str], bool]) -> list[str]:
    """The words after the last one that is a `mark`, or all of them."""
    cut = max((i + 1 for i, word in enumerate(words) if mark(word)), default=0)
    return words[cut:]


def _without_a_meeting(trigger: Token) -> bool:
    """«قمة شنغهاي تجمع شريف ومودي تحت سقف واحد.. بلا لقاء»: a line that ends by saying no
    meeting came of it (a bare «بلا لقاء», «دون أي لقاء»; not «دون لقاء الرئيس», someone
    else not met)."""
    doc = trigger.doc
    text = doc._.article.text
    start = doc._.offsets[trigger.i][1]
    end = text.find("\n", start)
    rest = normalize(text[start : end if end != -1 else len(text)])
    return _WITHOUT_A_MEETING.search(rest) is not None


# folded: «بلا لقاء», «من دون أي لقاء» ending the line or a clause
_WITHOUT_A_MEETING = re.compile(r"(?<![\w])(?:بلا|بدون|دون) (?:اي )?(?:لقاء|اجتماع)\s*(?:[.،؟!]|$)")


def _by_phone(trigger: Token, first: int, end: int) -> bool:
    """A phone or video word in the trigger's clause, unless it is the adjective of a noun
    that is no call («خط هاتفي مباشر», «رقم هاتفي»): «اتصال هاتفي», «هاتفياً», «عبر الهاتف»
    (also when the parse hangs «هاتفياً» on a name or on the object as an adjective: «بحث
    التطورات هاتفياً مع X»; the accusative is the adverb's), «عن بعد»."""
    words, lexicon = trigger.doc._.folded, triggers()
    own = _own_meeting_noun(trigger)
    for token in trigger.doc[first:end]:
        word = words[token.i]
        if token.i > first and (words[token.i - 1], word) == REMOTE:
            return True
        if not _phone_word(word):
            continue
        qualified = token.head != trigger and token.head.pos_ == "NOUN" and not word.endswith("يا")
        if token.dep_ == "amod" and qualified and lexicon.of(token.head) is None:
            continue
        if token.dep_ == "amod" and qualified and own is not None and token.head.i < own.i:
            continue  # «بعد اتصال هاتفي بين A و B، وبعد لقاء جمع C بـ D»: the call is another
        return True
    return False


def _own_meeting_noun(trigger: Token) -> Token | None:
    """The meeting noun the trigger is or follows closely («لقاء» of «لقاء جمع X بـ Y»)."""
    nouns = triggers().nouns
    if nouns.lookup(trigger.text):
        return trigger
    before = trigger.doc[start_in_sentence(trigger, trigger.i - _OWN_NOUN_REACH) : trigger.i]
    return next((t for t in reversed(before) if nouns.lookup(t.text)), None)


_OWN_NOUN_REACH = 3  # «لقاء أول جمعهما»


def _phone_word(word: str) -> bool:
    """«هاتفياً», «الاتصال الهاتفي», «عبر التليفون», «مكالمة» (folded)."""
    return word in PHONE_WORDS or any(stem in word for stem in PHONE_STEMS)


def _in_a_call_told_first(trigger: Token) -> bool:
    """«وفي اتصال هاتفي، بحث X مع Y»: a phrase opening the sentence, up to its comma, says the
    talks were a call (not «بعد اتصال هاتفي، استقبل X Y»: after one)."""
    doc = trigger.doc
    words = doc._.folded[trigger.sent.start : trigger.i]
    words = words[1:] if words[:1] == ["و"] else words
    if not words or without_conjunction(words[0]) not in _IN_A_CALL or "،" not in words:
        return False
    opening = words[: words.index("،")]
    return any(map(_phone_word, opening))


_IN_A_CALL = {"في", "خلال", "عبر"}  # folded


def _negated(before: list[str]) -> bool:
    """A negation right before the trigger, skipping auxiliaries («لم يتم عقد», «لم يكن قد»);
    not «ما» after a word it is the relative of («أبرز ما جمعهم», «آخر ما جمع X»: what)."""
    for index in reversed(range(len(before))):
        word = before[index]
        if word in NEGATIONS:
            return not (word == "ما" and index and before[index - 1] in WHAT_OF)
        if word not in SKIPPED_BEFORE:
            return False
    return False


def _stem_in(word: str, stems: tuple[str, ...]) -> bool:
    return without_conjunction(word).startswith(stems)
