"""Is an Arabic spelling attested in the Arabic corpora shipped in ../shared?

The helper-written Arabic names in arabic.tsv are checked against person spans of the NER
corpora (NewsFANE, WikiFANE; CC BY-SA 3.0) and the sentences of UD Arabic-PADT, after the
same hamza/alef, ta marbuta and alef maqsura folding kg applies when it matches names.
"""

from __future__ import annotations

import re
from pathlib import Path

FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
DIACRITICS = re.compile("[\u064b-\u0652\u0640]")


def fold(text: str) -> str:
    return " ".join(DIACRITICS.sub("", text).translate(FOLD).split())


class Corpora:
    def __init__(self, shared: Path) -> None:
        self.persons: set[str] = set()
        self.text = ""
        for corpus in ("newsfane", "wikifane"):
            for path in sorted((shared / "ner" / corpus / "surface").glob("*.conll")):
                self._read_conll(path.read_text(encoding="utf-8"))
        texts = []
        for path in sorted((shared / "ud").glob("ar_padt-*.conllu")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("# text = "):
                    texts.append(fold(line[9:]))
        self.text = "\n".join(texts)

    def _read_conll(self, text: str) -> None:
        span: list[str] = []
        for line in [*text.splitlines(), ""]:
            word, _, tag = line.partition("\t")
            if tag.startswith("I-PER") and span:
                span.append(word)
                continue
            if span:
                self.persons.add(fold(" ".join(span)))
                span = []
            if tag.startswith("B-PER"):
                span = [word]

    def where(self, name: str) -> str:
        """The corpus that attests the spelling, or ''."""
        key = fold(name)
        if key in self.persons:
            return "NewsFANE/WikiFANE person spans"
        if len(key.split()) >= 2 and key in self.text:
            return "UD Arabic-PADT sentences"
        return ""
