"""CoNLL-U in and out: read a treebank file, write kg's parse of an article.

A sentence is a list of orthographic tokens; a token is one syntactic word or a multiword
token (``4-5 بموجبه``) that a clitic split turns into several words. kg writes a parsed Doc
the same way, with each token's form taken from the article's own characters (diacritics
included), so a scorer can align it with gold annotation character by character.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.normalize import strip_diacritics_with_offsets


@dataclass(frozen=True)
class Word:
    """One syntactic word: the columns a CoNLL 2018 scorer reads."""

    id: int
    form: str
    lemma: str
    upos: str
    feats: str
    head: int  # 0 for the root
    deprel: str


@dataclass(frozen=True)
class Token:
    """An orthographic token: one word, or a multiword token spelt `form`."""

    form: str
    words: tuple[Word, ...]

    @property
    def multiword(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class Sentence:
    text: str | None
    tokens: tuple[Token, ...]
    doc_id: str | None = None  # set on the first sentence of a `# newdoc`
    new_paragraph: bool = False

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(word for token in self.tokens for word in token.words)


def read_conllu(path: Path) -> list[Sentence]:
    """The sentences of a CoNLL-U file; `InputError` names the line that breaks the format."""
    if not path.is_file():
        raise InputError(f"no CoNLL-U file at {path}: give the path of a UD .conllu file")
    return list(parse_conllu(path.read_text(encoding="utf-8"), str(path)))


def parse_conllu(text: str, source: str = "<text>") -> Iterator[Sentence]:
    comments: dict[str, str] = {}
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate([*text.splitlines(), ""], start=1):
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            comments[key.strip()] = value.strip()
        elif line.strip():
            columns = line.split("\t")
            if len(columns) != 10:
                raise InputError(f"{source}:{number}: expected 10 tab-separated columns")
            rows.append((number, columns))
        elif rows:
            yield Sentence(
                comments.get("text"),
                _tokens(rows, source),
                comments.get("newdoc id"),
                "newpar id" in comments or "newpar" in comments,
            )
            comments, rows = {}, []


def _tokens(rows: list[tuple[int, list[str]]], source: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    index = 0
    while index < len(rows):
        number, columns = rows[index]
        identifier = columns[0]
        if "." in identifier:  # an empty node of enhanced dependencies: not a word
            index += 1
        elif "-" in identifier:
            first, last = (int(part) for part in identifier.split("-"))
            words = tuple(
                _word(n, c, source) for n, c in rows[index + 1 : index + 2 + last - first]
            )
            tokens.append(Token(columns[1], words))
            index += 2 + last - first
        else:
            word = _word(number, columns, source)
            tokens.append(Token(word.form, (word,)))
            index += 1
    return tuple(tokens)


def _word(number: int, columns: list[str], source: str) -> Word:
    try:
        return Word(
            int(columns[0]),
            columns[1],
            columns[2],
            columns[3],
            columns[5],
            int(columns[6]),
            columns[7],
        )
    except ValueError as error:
        raise InputError(f"{source}:{number}: ID and HEAD must be integers") from error


def doc_to_conllu(doc) -> str:
    """kg's parse of one article as CoNLL-U, token forms spelt as in the article.

    Word offsets skip the diacritics the parser never saw (حكومياً is parsed as حكوميا), so a
    token's form runs up to the next token's start, or to the end of its line of the article:
    every character of the article's text is in exactly one token, as a scorer aligning on
    characters needs.
    """
    article, offsets = doc._.article, doc._.offsets
    text = article.text
    region_ends = sorted(end for _, end in article.regions)
    ends = _token_ends(len(doc), dict(doc._.multiword))
    firsts = sorted(ends)
    starts = [offsets[first][0] for first in firsts]
    forms = {}
    for first, start, next_start in zip(firsts, starts, [*starts[1:], len(text)], strict=True):
        line_end = region_ends[min(bisect_right(region_ends, start), len(region_ends) - 1)]
        forms[first] = text[start : min(next_start, line_end)].strip()
    lines: list[str] = []
    for sentence in doc.sents:
        for token in sentence:
            number = token.i - sentence.start + 1
            end = ends.get(token.i)
            if end is not None and end - token.i > 1:
                lines.append(f"{number}-{number + end - token.i - 1}\t{forms[token.i]}" + "\t_" * 8)
            head = 0 if token.head.i == token.i else token.head.i - sentence.start + 1
            columns = (
                str(number),
                forms[token.i] if end == token.i + 1 else _word_form(token, text),
                token.lemma_ or "_",
                token.pos_ or "X",
                token.tag_ or "_",
                str(token.morph) or "_",
                str(head),
                "root" if head == 0 else token.dep_,
                "_",
                "_",
            )
            lines.append("\t".join(columns))
        lines.append("")
    return "\n".join(lines) + "\n"


def _word_form(token, text: str) -> str:
    """A word of a clitic group, spelt as in the article where the split kept its letters.

    ذلك in وذٰلك reads ذٰلك; a respelt word (حكومة from حكومته) keeps the parser's form.
    """
    start, end = token.doc._.offsets[token.i]
    original = text[start:end]
    return original if strip_diacritics_with_offsets(original)[0] == token.text else token.text


def _token_ends(length: int, multiword: dict[int, int]) -> dict[int, int]:
    """First word → end (exclusive) of every orthographic token of a Doc of `length` words."""
    ends, index = {}, 0
    while index < length:
        ends[index] = multiword.get(index, index + 1)
        index = ends[index]
    return ends
