"""Languages: what kg knows of one language, behind one defaults object (as `spacy/lang/`).

A language is a folder named by its code, `kg/lang/<code>/` (or `<code>/` in a folder of
$KG_LANG_PATH), whose `__init__.py` sets `defaults` to a `LanguageDefaults`. The folder holds
the language's data (function words, triggers, titles, month names, orthography, page
furniture) in modules by topic, and its defaults name the parser that makes Docs of its text
and the extraction components that read them. The core (reader, parse, extraction pipeline,
graph) asks `get(code)` for the language of the article or Doc at hand, the configured one
(`kg.settings`: $KG_LANG) for new articles; adding a language is adding a folder.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from kg.errors import UnknownLanguage
from kg.settings import settings

_CODE = re.compile(r"[a-z]{2,3}")
_NOTHING = re.compile(r"(?!)")


@dataclass(frozen=True)
class NewsPages:
    """How `kg.reader` reads the language's news files: the letters of its script, the 8-bit
    encoding its older files use, and what sets off the page furniture and datelines from the
    article (patterns on folded text: `LanguageDefaults.fold`)."""

    letters: re.Pattern  # one letter of its script: a file mostly of other letters is not news
    legacy_encoding: tuple[str, str] | None = None  # Python's codec name, the name users know
    furniture: re.Pattern = _NOTHING  # a line that is page furniture: copyright, tags, blurbs
    read_also: re.Pattern = _NOTHING  # the marker after which a second article starts
    not_places: frozenset[str] = frozenset()  # first words of a heading that is no dateline
    agencies: frozenset[str] = frozenset()  # news agencies a dateline names
    agency_word: re.Pattern = re.compile(r"\s*([^\s\-–—/:]+)\s*[\-–—/:]?\s*")
    place_end: frozenset[str] = frozenset()  # words that end a dateline's place («في»)
    published: re.Pattern = _NOTHING  # a line's opening that says it gives the date: «نشر في»
    date_label: re.Pattern = _NOTHING  # a header piece's label before its date: «تاريخ النشر:»
    clock: re.Pattern = _NOTHING  # a time of day and its zone in a date line: no date words
    credit: re.Pattern = _NOTHING  # the outlet a dateline credits after its separator
    outlet_head: re.Pattern = _NOTHING  # a line opening with an outlet's name, not a place
    byline: re.Pattern = _NOTHING  # the writer a line opens with, or a dateline credits
    # set phrases the parser reads better without, on unfolded text («حفظه الله ورعاه»)
    formulas: re.Pattern = _NOTHING


@dataclass(frozen=True)
class LanguageDefaults:
    """One language's data and the parts of kg that read it.

    `parser`, `fold` and each of `components` name a Python object as ``module:name`` and
    are imported when first used, so a language folder can name kg's own parts without
    importing them (and they it). The data only its own rules read, they import from its
    folder's modules (`kg.lang.ar.words`...); the core never does.
    """

    code: str  # the language tag of its labels and sentences in the graph, spaCy's lang
    name: str  # in English, for messages: "Arabic"
    parser: str  # makes its parser: (model_dir, parser, *, ner, lemmas) -> kg.nlp.Parser
    components: tuple[str, ...]  # its extraction components, in order: ``module:factory``
    fold: str  # folds a word for matching (spelling variants, diacritics, case)
    pages: NewsPages

    def make_parser(self, *args: Any, **options: Any) -> Any:
        return _named(self.parser)(*args, **options)

    @cached_property
    def folder(self) -> Callable[[str], str]:
        """`fold` as a function."""
        return _named(self.fold)

    def load_components(self) -> list[str]:
        """The spaCy names of `components`, their modules imported (which registers them)."""
        names = []
        for reference in self.components:
            module, name = reference.split(":")
            importlib.import_module(module)
            names.append(name)
        return names


def get(code: str | None = None) -> LanguageDefaults:
    """The defaults of language `code`: `kg.lang.<code>`, found in kg/lang/ or a folder of
    $KG_LANG_PATH; without a code, of the language kg is set to read ($KG_LANG, else Arabic)."""
    code = code or settings().language
    if not _CODE.fullmatch(code):
        raise UnknownLanguage(f"{code!r} is not a language code (two or three small letters)")
    name = f"{__name__}.{code}"
    if name not in sys.modules:
        for folder in settings().language_path:
            if str(folder) not in __path__:
                __path__.append(str(folder))
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name != name:
            raise
        raise UnknownLanguage(
            f"no language {code!r}: kg has a folder kg/lang/<code>/ per language "
            f"({', '.join(available())}); $KG_LANG_PATH may name folders of more"
        ) from None
    return module.defaults


def available() -> list[str]:
    """The codes of the languages kg ships."""
    from importlib.resources import files

    return sorted(entry.name for entry in files(__name__).iterdir() if _CODE.fullmatch(entry.name))


def _named(reference: str) -> Any:
    module, name = reference.split(":")
    return getattr(importlib.import_module(module), name)
