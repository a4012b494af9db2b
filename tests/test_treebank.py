"""`kg build --gold-parse`: Docs from a treebank's own words, tags and trees."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.treebank import TreebankParser
from kg.types import Article

# A sentence of UD Arabic-PADT (dev; CC BY-NC-SA 3.0), with its multiword token «بمبادرة».
SENTENCE = Path(__file__).parent / "data" / "padt-d550.s5.conllu"
TEXT = "وزير الخارجية الامريكى يرحب بمبادرة السلام الهندية"


@pytest.fixture
def parser() -> TreebankParser:
    return TreebankParser(SENTENCE)


def test_the_treebanks_words_tags_and_tree_with_offsets_into_the_article(parser):
    text = TEXT.replace("الامريكى", "الأمريكى")  # a spelling kg folds to the treebank's
    doc = parser.parse(Article("a", "a.txt", text, ((0, len(text)),), None))
    assert [t.text for t in doc] == [
        "وزير", "الخارجية", "الامريكى", "يرحب", "ب", "مبادرة", "السلام", "الهندية"
    ]  # fmt: skip
    assert [t.pos_ for t in doc][:4] == ["NOUN", "NOUN", "ADJ", "VERB"]
    assert [(t.dep_, t.head.i) for t in doc][3:6] == [("ROOT", 3), ("case", 5), ("obl:arg", 3)]
    spans = [text[start:end] for start, end in doc._.offsets]
    assert spans[2] == "الأمريكى"  # the article's own characters
    assert spans[4:6] == ["ب", "مبادرة"]  # a multiword token shared out among its words


def test_a_line_that_is_not_in_the_treebank_is_one_clear_error(parser):
    article = Article("a", "a.txt", "جملة أخرى", ((0, 9),), None)
    with pytest.raises(InputError, match="not in"):
        parser.parse(article)


def test_a_region_the_reader_started_past_a_dateline_is_read_from_its_whole_line(parser):
    """The reader sets a dateline («CITY - ») apart from the text; the treebank's sentence is
    the whole line."""
    after_first_word = TEXT.index(" ") + 1
    doc = parser.parse(Article("a", "a.txt", TEXT, ((after_first_word, len(TEXT)),), None))
    assert len(doc) == 8
