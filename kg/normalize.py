"""Arabic normalisation for matching, never for evidence (the letters: kg.lang.ar.orthography).

`normalize` folds the spelling variants Arabic news uses for the same word (diacritics,
tatweel, hamza forms of alef, ta marbuta, alef maqsura, Persian/Urdu letter forms, Arabic-Indic
digits) so that إسرائيل/اسرائيل or غزة/غزه compare equal. `normalize_with_offsets` also returns,
for every character of the folded string, the offset of the character it came from, so a match
found in folded text is reported on the original characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.lang.ar.orthography import DROPPED, FOLDED, HAMZA_ON_YEH_BEFORE_WAW

# Every character maps to at most one character, so the offsets of a converted string are the
# positions of the characters that are kept.
_FOLD = {**dict.fromkeys(DROPPED, ""), **FOLDED}
_STRIP = dict.fromkeys(DROPPED, "")
_FOLD_KEPT = re.compile(f"[^{''.join(sorted(DROPPED | {c for c, f in FOLDED.items() if not f}))}]+")
_STRIP_KEPT = re.compile(f"[^{''.join(sorted(DROPPED))}]+")
_REMEMBERED_CHARACTERS = 1 << 22  # the most characters of text `normalize` remembers


def _converter(table: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces each character of `table` in a string by its value.

    It gives what ``str.translate`` gives, three times faster on a sentence: translate looks
    every character up in the table (and raises and clears a KeyError for each one it does not
    hold), where this finds the few characters to change with one regular expression and
    replaces each in one pass. Replacing one after the other equals translating at once because
    no value is itself a key (checked here).
    """
    if any(value in table for value in table.values()):
        raise ValueError("a replacement is itself replaced: translate at once instead")
    changed = re.compile(f"[{''.join(map(re.escape, sorted(table)))}]")

    def convert(text: str) -> str:
        for char in set(changed.findall(text)):
            text = text.replace(char, table[char])
        return text

    return convert


_fold = _converter(_FOLD)
_strip = _converter(_STRIP)
_remembered: dict[str, str] = {}  # text → folded, emptied once it holds too many characters
_remembered_size = 0


def normalize(text: str) -> str:
    """Fold `text` for matching: no diacritics or tatweel, one form of alef, ه for ة, ي for ى,
    و for a hamza on either seat before «و».

    The rules fold the same words and sentences many times, so the result is remembered."""
    global _remembered_size
    folded = _remembered.get(text)
    if folded is None:
        if _remembered_size > _REMEMBERED_CHARACTERS:
            _remembered.clear()
            _remembered_size = 0
        folded = _remembered[text] = _fold(text.replace(*HAMZA_ON_YEH_BEFORE_WAW))
        _remembered_size += len(text)
    return folded


def _kept_offsets(text: str, kept: re.Pattern[str]) -> list[int]:
    offsets: list[int] = []
    for run in kept.finditer(text):
        offsets.extend(range(run.start(), run.end()))
    return offsets


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold `text` and map each folded character back to its offset in `text`."""
    return normalize(text), _kept_offsets(text, _FOLD_KEPT)


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Where folded characters `start`..`end` stand in the text `offsets` maps back to."""
    return offsets[start], offsets[end - 1] + 1


def strip_diacritics_with_offsets(text: str) -> tuple[str, list[int]]:
    """Remove harakat, tatweel and direction marks only, keeping the letters as written.

    The parse models were trained on PADT, whose word forms carry no diacritics. A tatweel
    standing alone between spaces is a dash («لقاء مبارك ـ شالوم»: two people), kept as «-».
    """
    text = _DASH_TATWEEL.sub(lambda match: "-" + match.group()[1:], text)
    return _strip(text), _kept_offsets(text, _STRIP_KEPT)


_DASH_TATWEEL = re.compile(r"(?<=\s)ـ+(?=\s)")


_SPACES = re.compile(r"\s+")
# Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: no name holds
# one, and each can break a table row, a log line or a terminal.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def name_key(name: str) -> str:
    """What two spellings of a name someone typed have in common: kg's folding, case, runs of
    spaces, and a leading article («الأردن» and «اردن» meet)."""
    folded = collapse_spaces(normalize(name)).casefold()
    return folded.removeprefix("ال") if re.match(r"^ال\w{2,}", folded) else folded


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def printable(text: str) -> str:
    """`text` with its control characters and line breaks turned into single spaces."""
    return collapse_spaces(_CONTROL.sub(" ", text))


def unique_spellings(names: tuple[str, ...]) -> tuple[str, ...]:
    """`names` without those kg folds to a name already given (the first spelling is kept)."""
    seen: set[str] = set()
    kept = []
    for name in names:
        if normalize(name) not in seen:
            seen.add(normalize(name))
            kept.append(name)
    return tuple(kept)
