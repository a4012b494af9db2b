"""Find known names in Arabic text by character span, clitics and spelling variants included.

Names are matched word by word on folded text (kg.normalize), so إسرائيل/اسرائيل and
غزة/غزه are one name. The first word may carry proclitics (و، ف، ب، ل and their
combinations: وتركيا، بإسطنبول، لحماس، والأردن، وبالقاهرة), and ل before the article
ال drops its alef (للأمم = ل + الأمم). Matching does not rely on the parser's tokens:
a name the tokenizer splits wrongly (الحية → ا + لحية) is still found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from kg.lang.ar.morphology import NAME_PROCLITICS, name_spellings
from kg.normalize import normalize, normalize_with_offsets

T = TypeVar("T")

# «+» is a word of its own: «أوبك+» (OPEC+) is not «أوبك» (OPEC)
_WORD = re.compile(r"\w+|\+")
_BREAK = re.compile(r"[:؛;?؟!]")
_MIN_STEM = 2
_REMEMBERED_WORDS = 1 << 15  # the words whose trie openings a gazetteer keeps at most


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int  # offsets in the original text, clitics excluded
    end: int
    payloads: tuple[T, ...]
    prefix: str  # the proclitics found before the name (folded), e.g. "و", "ب", "ل"


def overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    """Whether the character span `span` shares a character with any of `spans`."""
    return any(span[0] < end and start < span[1] for start, end in spans)


class Gazetteer(Generic[T]):
    """A word trie from folded phrases to payloads (several payloads may share a phrase)."""

    def __init__(self, entries: Iterable[tuple[str, T]] = ()) -> None:
        self._root: dict = {}
        # word → the trie nodes its stems (`_stems`) open, in their order; most words open
        # none. Filled as text is read, emptied when a phrase is added or it grows too big.
        self._openings: dict[str, tuple[tuple[dict, int, str], ...]] = {}
        for phrase, payload in entries:
            self.add(phrase, payload)

    def add(self, phrase: str, payload: T) -> None:
        words = _WORD.findall(normalize(phrase))
        if not words:
            return
        self._openings.clear()
        for spelling in name_spellings(words):
            node = self._root
            for word in spelling:
                node = node.setdefault(word, {})
            node.setdefault(None, []).append(payload)

    def find(self, text: str) -> list[Match[T]]:
        """Non-overlapping matches in `text`, longest first, left to right."""
        offsets, words = _words(text)
        matches: list[Match[T]] = []
        index = 0
        while index < len(words):
            if self._openings.get(words[index][2]) == ():  # most words start no name
                index += 1
                continue
            best = self._longest_at(words, index)
            if best is None:
                index += 1
                continue
            last, prefix_len, prefix, payloads = best
            start = offsets[words[index][0] + prefix_len]
            end = offsets[words[last][1] - 1] + 1
            matches.append(Match(start, end, tuple(payloads), prefix))
            index = last + 1
        return matches

    def _longest_at(self, words: tuple[tuple[int, int, str], ...], index: int):
        best = None
        for node, prefix_len, prefix in self._opened_by(words[index][2]):
            position = index
            while node is not None:
                # the longest name; of two as long, the one that leaves fewer letters out
                # as proclitics («وبليز»: «و» + «بليز», the state, not «وب» + «ليز», a town)
                if None in node and (
                    best is None
                    or position > best[0]
                    or (position == best[0] and prefix_len < best[1])
                ):
                    best = (position, prefix_len, prefix, node[None])
                position += 1
                if position >= len(words) or words[position][3]:
                    break
                node = node.get(words[position][2])
        return best

    def _opened_by(self, word: str) -> tuple[tuple[dict, int, str], ...]:
        """The trie nodes a phrase starting with `word` (or its stem) continues from, with the
        length and text of the proclitics left out."""
        found = self._openings.get(word)
        if found is None:
            found = tuple(
                (self._root[stem], prefix_len, prefix)
                for stem, prefix_len, prefix in _stems(word)
                if stem in self._root
            )
            if len(self._openings) == _REMEMBERED_WORDS:
                self._openings.clear()
            self._openings[word] = found
        return found


@lru_cache(maxsize=1 << 8)
def _words(text: str) -> tuple[list[int], tuple[tuple[int, int, str, bool], ...]]:
    """The folded words of `text` (start, end, word, whether a colon or a question mark comes
    between it and the word before) and the offset in `text` of each folded character. A
    name runs over no such mark («المكتب الإعلامي لرئيس الوزراء: السوداني سيستقبل»: no
    Sudanese prime minister). Remembered for the last texts: several gazetteers read each
    sentence in turn."""
    folded, offsets = normalize_with_offsets(text)
    found = list(_WORD.finditer(folded))
    marked = _BREAK.search(folded) is not None  # most sentences have no such mark at all
    return offsets, tuple(
        (
            m.start(),
            m.end(),
            m.group(),
            marked and i > 0 and _BREAK.search(folded, found[i - 1].end(), m.start()) is not None,
        )
        for i, m in enumerate(found)
    )


@lru_cache(maxsize=1 << 12)  # frequent words; see kg.lexicon
def _stems(word: str) -> tuple[tuple[str, int, str], ...]:
    """The word itself, then the word without each proclitic sequence it may carry."""
    stems = [(word, 0, "")]
    for clitic in NAME_PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= _MIN_STEM:
            rest = word[len(clitic) :]
            stems.append((rest, len(clitic), clitic))
            if clitic.endswith("ل") and rest.startswith("ل"):
                # ل + ال → لل: restore the article's alef (للأمم → الأمم).
                stems.append(("ا" + rest, len(clitic) - 1, clitic))
    return tuple(stems)
