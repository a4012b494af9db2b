"""One office term while the table is built, and the name comparison used to match sources."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import dates

KIND_ORDER = [
    "head-of-state",
    "head-of-government",
    "foreign-minister",
    "defence-minister",
    "intelligence-chief",
    "crown-prince",
    "parliament-speaker",
    "vice-president",
]


@dataclass
class Row:
    kind: str
    state: str
    name: str
    qid: str
    start: str
    end: str
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # QID -> the kinds of source that give it for this person ("wikidata", "wikipedia", "kg").
    qid_votes: dict[str, set[str]] = field(default_factory=dict)
    # Latest day a source confirms an open term (see kg/data/holders.md, "as_of").
    as_of: str = ""

    def key(self) -> tuple:
        return (self.state, KIND_ORDER.index(self.kind), dates.pad(self.start), self.name)

    def vote(self, qid: str, kind: str) -> None:
        if qid.startswith("Q"):
            self.qid_votes.setdefault(qid, set()).add(kind)

    def confirm_as_of(self, day: str) -> None:
        """A source shows the person in office on `day` (a page dated before the term began
        announced it, and confirms nothing about the term itself)."""
        if day and not self.end and day > self.as_of and day >= dates.pad(self.start):
            self.as_of = day


def fold(text: str) -> str:
    """Lower-case ASCII letters only, for comparing Latin-script names across sources."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isalnum() or c == " ").lower()


def tokens(text: str) -> set[str]:
    return {t.removeprefix("al").removeprefix("el") for t in fold(text.replace("-", " ")).split()}


def same_person(name: str, qid: str, other_name: str, other_qid: str) -> bool:
    """Same QID when both sides have one, else at least two shared name words."""
    if qid and other_qid:
        return qid == other_qid
    a, b = tokens(name), tokens(other_name)
    return len(a & b) >= min(2, len(a), len(b))
