"""Which office holders' family names are ordinary Arabic words (`WORD_FAMILY_NAMES`)?

A family name alone names its holder only if it is a name: this prints the last words of the
holders' Arabic names that UD Arabic-PADT (train split, CC BY-NC-SA 3.0; only counts are
used) writes as a common word (any tag but PROPN and X) at least twice and more often than as
a name, as the word itself or, for a word PADT never tags a name, as a lemma («رئيسي», lemma of
the adjective «main»). Run: `.venv/bin/python scripts/world/holders/word_names.py [PADT.conllu]`.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kg.family_names import holders_family_names
from kg.kb import default_kb
from kg.normalize import normalize

PADT = Path(__file__).resolve().parents[4] / "shared" / "ud" / "ar_padt-train.conllu"
NAME_TAGS = ("PROPN", "X")


def counts(path: Path) -> dict[tuple[str, bool], Counter]:
    """Folded forms and lemmas, counted apart as a name (True) and as a word (False)."""
    found: dict[tuple[str, bool], Counter] = {
        (kind, name): Counter() for kind in ("form", "lemma") for name in (True, False)
    }
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if len(columns) == 10 and columns[0].isdigit():
            name = columns[3] in NAME_TAGS
            found["form", name][normalize(columns[1])] += 1
            found["lemma", name][normalize(columns[2])] += 1
    return found


def is_word(family: str, found: dict[tuple[str, bool], Counter]) -> bool:
    form, form_name = found["form", False][family], found["form", True][family]
    bare = family.removeprefix("ال")
    lemma, lemma_name = found["lemma", False][bare], found["lemma", True][bare]
    as_lemma = form_name == 0 and lemma >= 2 and lemma > lemma_name
    return (form >= 2 and form > form_name) or as_lemma


def main() -> None:
    found = counts(Path(sys.argv[1]) if len(sys.argv) > 1 else PADT)
    families = {family for family, _ in holders_family_names(default_kb())}
    print(" ".join(sorted(f for f in families if is_word(f, found))))


if __name__ == "__main__":
    main()
