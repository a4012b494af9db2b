"""CoNLL 2018 shared-task scores of a parse against gold annotation, from raw text.

The system may tokenise differently from the gold file, so words are aligned on character
offsets of the non-whitespace text, which both files must share: a word matches when it
covers the same characters. Inside a multiword token (a clitic group) of either side, where
words share their token's characters, words are aligned as the longest common subsequence of
their lower-cased forms. Every score is an F1 over aligned words whose column agrees:
``correct / system words`` is precision, ``correct / gold words`` recall. Heads agree when
the system head is aligned to the gold head (or both are the root). FEATS keep the universal
features only, DEPREL its universal part (``obl:arg`` → ``obl``), as the official scorer does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.conllu import Sentence, Word
from kg.errors import TextMismatch
from kg.scores import Score

UNIVERSAL_FEATURES = frozenset(
    {
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy",
        "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect",
        "Voice", "Evident", "Polarity", "Person", "Polite",
    }
)  # fmt: skip
METRICS = ("Tokens", "Sentences", "Words", "UPOS", "UFeats", "Lemmas", "UAS", "LAS")
_UNALIGNED = -2  # the aligned gold index of a system word that has none (the root is -1)


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    multiword: bool
    head: int  # index of the head word in the file's word list, -1 for the root
    word: Word


@dataclass(frozen=True)
class _File:
    characters: str
    tokens: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    words: list[_Word]


def evaluate(gold: Sequence[Sentence], system: Sequence[Sentence]) -> dict[str, Score]:
    """Scores of `system` against `gold` for each metric in `METRICS`."""
    gold_file, system_file = _flatten(gold), _flatten(system)
    _check_same_text(gold_file.characters, system_file.characters)
    aligned = align(gold_file.words, system_file.words)
    system_to_gold = {s: g for g, s in aligned.items()}
    g_words, s_words = gold_file.words, system_file.words

    def agreeing(column: Callable[[Word, int, Word], object]) -> Score:
        """Aligned words whose `column(word, head as a gold index, gold word)` agrees."""
        correct = 0
        for g, s in aligned.items():
            gold_word, system_word = g_words[g], s_words[s]
            system_head = system_to_gold.get(system_word.head, _UNALIGNED)
            if system_word.head == -1:
                system_head = -1
            correct += column(gold_word.word, gold_word.head, gold_word.word) == column(
                system_word.word, system_head, gold_word.word
            )
        return Score(len(g_words), len(s_words), correct)

    return {
        "Tokens": _span_score(gold_file.tokens, system_file.tokens),
        "Sentences": _span_score(gold_file.sentences, system_file.sentences),
        "Words": Score(len(g_words), len(s_words), len(aligned)),
        "UPOS": agreeing(lambda word, head, gold: word.upos),
        "UFeats": agreeing(lambda word, head, gold: _universal_feats(word.feats)),
        "Lemmas": agreeing(lambda word, head, gold: "_" if gold.lemma == "_" else word.lemma),
        "UAS": agreeing(lambda word, head, gold: head),
        "LAS": agreeing(lambda word, head, gold: (head, word.deprel.split(":")[0])),
    }


def align(gold: Sequence[_Word], system: Sequence[_Word]) -> dict[int, int]:
    """Gold word index → system word index for every pair of words the two files share."""
    aligned: dict[int, int] = {}
    g = s = 0
    while g < len(gold) and s < len(system):
        if gold[g].multiword or system[s].multiword:
            g_start, s_start, g, s = _multiword_region(gold, system, g, s)
            aligned.update(_common_words(gold, system, range(g_start, g), range(s_start, s)))
        elif (gold[g].start, gold[g].end) == (system[s].start, system[s].end):
            aligned[g] = s
            g, s = g + 1, s + 1
        elif gold[g].start <= system[s].start:
            g += 1
        else:
            s += 1
    return aligned


def _multiword_region(
    gold: Sequence[_Word], system: Sequence[_Word], g: int, s: int
) -> tuple[int, int, int, int]:
    """Start and end indices, on both sides, of the words around a multiword token at g or s.

    A single word on the other side that starts before the multiword token is left out. The
    region then takes words in order of their start while either side has one inside it;
    a multiword token running past the region's end extends it.
    """
    if gold[g].multiword:
        end = gold[g].end
        if not system[s].multiword and system[s].start < gold[g].start:
            s += 1
    else:
        end = system[s].end
        if gold[g].start < system[s].start:
            g += 1
    g_start, s_start = g, s
    while _inside(gold, g, end) or _inside(system, s, end):
        take_gold = g < len(gold) and (s >= len(system) or gold[g].start <= system[s].start)
        word = gold[g] if take_gold else system[s]
        if word.multiword:
            end = max(end, word.end)
        g, s = (g + 1, s) if take_gold else (g, s + 1)
    return g_start, s_start, g, s


def _inside(words: Sequence[_Word], index: int, end: int) -> bool:
    """Whether words[index] belongs to a multiword region ending at `end`."""
    if index >= len(words):
        return False
    word = words[index]
    return word.start < end if word.multiword else word.end <= end


def _common_words(
    gold: Sequence[_Word], system: Sequence[_Word], g_range: range, s_range: range
) -> dict[int, int]:
    """Pairs of equal (lower-cased) forms along a longest common subsequence."""
    g_forms = [gold[i].word.form.lower() for i in g_range]
    s_forms = [system[i].word.form.lower() for i in s_range]
    rows, columns = len(g_forms), len(s_forms)
    lengths = [[0] * (columns + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(columns - 1, -1, -1):
            if g_forms[i] == s_forms[j]:
                lengths[i][j] = lengths[i + 1][j + 1] + 1
            else:
                lengths[i][j] = max(lengths[i + 1][j], lengths[i][j + 1])
    pairs, i, j = {}, 0, 0
    while i < rows and j < columns:
        if g_forms[i] == s_forms[j]:
            pairs[g_range[i]] = s_range[j]
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _flatten(sentences: Sequence[Sentence]) -> _File:
    """Words of a whole file, each with the span of its token in the non-whitespace text."""
    characters: list[str] = []
    tokens: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    words: list[_Word] = []
    position = 0
    for sentence in sentences:
        first_word, sentence_start = len(words), position
        for token in sentence.tokens:
            form = "".join(token.form.split())
            if not form:
                raise TextMismatch(f"an empty token form in sentence {sentence.text!r}")
            characters.append(form)
            span = (position, position + len(form))
            tokens.append(span)
            for word in token.words:
                head = first_word + word.head - 1 if word.head else -1
                words.append(_Word(*span, token.multiword, head, word))
            position = span[1]
        spans.append((sentence_start, position))
    return _File("".join(characters), tokens, spans, words)


def _check_same_text(gold: str, system: str) -> None:
    if gold == system:
        return
    index = next((i for i, (a, b) in enumerate(zip(gold, system, strict=False)) if a != b), None)
    index = min(len(gold), len(system)) if index is None else index
    raise TextMismatch(
        f"system and gold text differ at character {index} "
        f"(gold {gold[index : index + 20]!r}, system {system[index : index + 20]!r}): "
        "parse the raw text of the gold file"
    )


def _span_score(gold: list[tuple[int, int]], system: list[tuple[int, int]]) -> Score:
    return Score(len(gold), len(system), len(set(gold) & set(system)))


def _universal_feats(feats: str) -> str:
    if feats == "_":
        return ""
    kept = [f for f in feats.split("|") if f.split("=", 1)[0] in UNIVERSAL_FEATURES]
    return "|".join(sorted(kept))
