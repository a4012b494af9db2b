"""The Arabic NER corpora (NewsFANE, WikiFANE) as spaCy Docs, on the words kg's NER will see.

A corpus folder holds ``newsfane/`` and ``wikifane/``, each with ``seg/`` and ``surface/``
versions of ``{train,dev,test}.conll`` (``token<TAB>IOB2 tag``, blank line between
sentences; see ../shared/ner/README.md). Two segmentations are offered:

- ``seg``: the corpus's own clitic-split tokens, as distributed;
- ``udpipe``: the words kg's UDPipe tokenizer makes of the sentence's surface text, each
  labelled with the entity its characters fall in. This is exactly the input kg has at run
  time. The ``seg`` tokens are laid over the surface text character by character (the
  surface version re-attaches clitics and respells only ة→ت and ى→ي, which keep lengths), so
  every entity has a character span that any segmentation can be labelled from.

Every word is folded as kg folds names for matching (`kg.normalize.normalize`: hamza forms of
alef, ta marbuta, diacritics), alef maqsura excepted: the NER model is trained and run on
folded words (see `kg.ner`), so «إسرائيل» at run time is the corpus's «اسرائيل».
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.lang.ar.morphology import SPLIT_PROCLITICS
from kg.normalize import normalize
from kg.types import Article

LABELS = ("PER", "ORG", "GPE", "LOC", "MISC")
CORPORA = ("newsfane", "wikifane")
SEGMENTATIONS = ("seg", "udpipe")
SENTENCES_PER_DOC = 10
_MAQSURA = "\u0649"


@dataclass(frozen=True)
class Sentence:
    """One annotated sentence: tokens and their IOB2 tags."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]

    def entities(self) -> list[tuple[int, int, str]]:
        """(first token, end token, label) of each entity."""
        return iob_spans(self.tags)


def iob_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for index, tag in enumerate(tags):
        if tag.startswith("B-") or (tag.startswith("I-") and not _continues(spans, index, tag)):
            spans.append((index, index + 1, tag[2:]))
        elif tag.startswith("I-"):
            first, _, label = spans[-1]
            spans[-1] = (first, index + 1, label)
    return spans


def _continues(spans: list[tuple[int, int, str]], index: int, tag: str) -> bool:
    return bool(spans) and spans[-1][1] == index and spans[-1][2] == tag[2:]


def fold_word(word: str) -> str:
    """A word as the NER model sees it: folded as kg folds names, except that alef maqsura
    stays (folding it would make the preposition «على» the name «علي»). Never empty: a lone
    tatweel stays as written."""
    return _MAQSURA.join(normalize(part) for part in word.split(_MAQSURA)) or word


def read_conll(path: Path) -> list[Sentence]:
    """The sentences of a ``token<TAB>tag`` file."""
    if not path.is_file():
        raise InputError(
            f"no NER file at {path}: give --corpus a folder with newsfane/seg/train.conll …"
        )
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            if tokens:
                sentences.append(Sentence(tuple(tokens), tuple(tags)))
                tokens, tags = [], []
            continue
        token, sep, tag = line.partition("\t")
        if not sep or not token or not (tag == "O" or tag[:2] in ("B-", "I-")):
            raise InputError(f"{path}:{number}: expected `token<TAB>IOB2 tag`, got {line!r}")
        tokens.append(token)
        tags.append(tag)
    if tokens:
        sentences.append(Sentence(tuple(tokens), tuple(tags)))
    return sentences


def corpus_file(root: Path, corpus: str, variant: str, split: str) -> Path:
    return root / corpus / variant / f"{split}.conll"


@dataclass(frozen=True)
class CharSentence:
    """A sentence as surface text with its entities as character spans of that text."""

    text: str
    entities: tuple[tuple[int, int, str], ...]


def char_sentences(seg: Sequence[Sentence], surface: Sequence[Sentence]) -> list[CharSentence]:
    """Lay the `seg` tokens over the surface text (surface tokens joined by spaces)."""
    if len(seg) != len(surface):
        raise InputError("the seg and surface files hold different numbers of sentences")
    result = []
    for number, (split, joined) in enumerate(zip(seg, surface, strict=True), start=1):
        text = " ".join(joined.tokens)
        spans, position = [], 0
        for token in split.tokens:
            while position < len(text) and text[position] == " ":
                position += 1
            spans.append((position, position + len(token)))
            position += len(token)
        if position != len(text):
            raise InputError(f"sentence {number}: seg and surface tokens do not align")
        entities = tuple(
            (spans[first][0], spans[end - 1][1], label) for first, end, label in split.entities()
        )
        result.append(CharSentence(text, entities))
    return result


def seg_docs(sentences: Sequence[Sentence], vocab, per_doc: int = SENTENCES_PER_DOC) -> list:
    """Docs of `per_doc` sentences each: folded corpus tokens, gold entities set."""
    from spacy.tokens import Doc, Span

    docs = []
    for chunk in _chunks(sentences, per_doc):
        words, starts, ents = [], [], []
        for sentence in chunk:
            base = len(words)
            words += [fold_word(token) for token in sentence.tokens]
            starts += [True] + [False] * (len(sentence.tokens) - 1)
            ents += [(base + first, base + end, label) for first, end, label in sentence.entities()]
        doc = Doc(vocab, words=words, sent_starts=starts)
        doc.ents = [Span(doc, first, end, label=label) for first, end, label in ents]
        docs.append(doc)
    return docs


def udpipe_docs(
    sentences: Sequence[CharSentence], tokenizer, vocab, per_doc: int = SENTENCES_PER_DOC
) -> list:
    """Docs of kg's UDPipe words of the sentences' text, folded, with projected entities.

    `tokenizer` is a `kg.nlp.ArabicParser`; each chunk of `per_doc` sentences is tokenized as
    one article, a line per sentence, exactly as `kg build` tokenizes news.
    """
    from spacy.tokens import Doc, Span

    docs = []
    for article, entities in articles(sentences, per_doc):
        words = tokenizer.tokenize(article)
        spans = project(words._.offsets, words._.words, entities)
        doc = Doc(
            vocab,
            words=[fold_word(word) for word in words._.words],
            spaces=[bool(token.whitespace_) for token in words],
            sent_starts=[bool(token.is_sent_start) for token in words],
        )
        doc.ents = [Span(doc, first, end, label=label) for first, end, label in spans]
        docs.append(doc)
    return docs


def articles(
    sentences: Sequence[CharSentence], per_doc: int = SENTENCES_PER_DOC
) -> Iterator[tuple[Article, list[tuple[int, int, str]]]]:
    """Articles of `per_doc` sentences, a line each, with their entities' character spans."""
    for number, first in enumerate(range(0, len(sentences), per_doc)):
        chunk = sentences[first : first + per_doc]
        text = "\n".join(sentence.text for sentence in chunk)
        entities, base = [], 0
        for sentence in chunk:
            entities += [(base + s, base + e, label) for s, e, label in sentence.entities]
            base += len(sentence.text) + 1
        yield Article(f"ner-{number}", "ner.txt", text, ((0, len(text)),), None), entities


def project(
    offsets: Sequence[tuple[int, int]],
    forms: Sequence[str],
    entities: Iterable[tuple[int, int, str]],
) -> list[tuple[int, int, str]]:
    """Entity character spans as spans of words (first, end, label).

    A word belongs to the entity that covers more than half of its characters; a leading
    one-letter proclitic word is left out of a longer entity.
    """
    owner: list[int | None] = [None] * len(offsets)
    entities = list(entities)
    for index, (start, end) in enumerate(offsets):
        best, best_overlap = None, 0
        for number, (first, last, _) in enumerate(entities):
            overlap = min(end, last) - max(start, first)
            if overlap > best_overlap:
                best, best_overlap = number, overlap
        if best is not None and 2 * best_overlap > end - start:
            owner[index] = best
    spans: list[tuple[int, int, str]] = []
    index = 0
    while index < len(owner):
        number = owner[index]
        if number is None:
            index += 1
            continue
        end = index
        while end < len(owner) and owner[end] == number:
            end += 1
        first = index
        while end - first > 1 and forms[first] in SPLIT_PROCLITICS:
            first += 1
        spans.append((first, end, entities[number][2]))
        index = end
    return spans


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
