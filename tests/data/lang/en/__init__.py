"""A toy English for kg's language seam (tests/test_language_seam.py): a handful of words and
one rule, in a folder of its own. kg finds it as `kg.lang.en` when $KG_LANG_PATH names the
folder above this one; nothing in kg/ names it."""

import re

from kg.lang import LanguageDefaults, NewsPages

defaults = LanguageDefaults(
    code="en",
    name="English",
    parser="kg.lang.en.parse:WordParser",
    components=("kg.lang.en.rules:toy_met",),
    fold="kg.lang.en.parse:fold",
    pages=NewsPages(
        letters=re.compile("[A-Za-z]"),
        furniture=re.compile(r"^all rights reserved"),
        read_also=re.compile(r"(?:^|\n)read also:?"),
    ),
)
