"""Where kg keeps things and what a user set: the one place that reads kg's environment
variables and the per-user folders.

A command-line option wins over the environment, which wins over the per-user default; the
options are applied by the commands, the rest is read here, at the moment it is asked for (a
test or a user may change the environment between two calls in one process).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MODEL_ENV = "KG_MODEL"  # the Arabic model folder
PARSER_ENV = "KG_PARSER"  # spacy or udpipe
KB_ENV = "KG_KB_DIR"  # the tables `kg kb update` writes
CACHE_ENV = "KG_CACHE_DIR"  # WDQS answers and build extractions
CONTACT_ENV = "KG_CONTACT"  # added to the User-Agent kg sends Wikidata
DEBUG_ENV = "KG_DEBUG"  # tracebacks instead of one-line errors
SHARED_ENV = "KG_SHARED_DIR"  # the treebanks and NER corpora kg trains and scores on
LANGUAGE_ENV = "KG_LANG"  # the language of the articles: a folder of kg/lang/ (kg.lang)
LANGUAGE_PATH_ENV = "KG_LANG_PATH"  # more folders of language folders, os.pathsep-separated
DEFAULT_LANGUAGE = "ar"


@dataclass(frozen=True)
class Settings:
    """kg's locations and defaults as the environment and the platform give them."""

    model_dir: Path
    model_source: str  # how a message names where `model_dir` came from
    parser: str | None
    kb_dir: Path
    cache_dir: Path
    contact: str | None
    debug: bool
    language: str  # the code of the articles' language, whose defaults kg.lang.get gives
    language_path: tuple[Path, ...]  # folders holding language folders beside kg/lang/

    @classmethod
    def read(cls, environ: Mapping[str, str] = os.environ) -> Settings:
        from platformdirs import user_cache_dir, user_data_dir

        data = Path(user_data_dir("kg"))
        if environ.get(MODEL_ENV):
            model_dir = Path(environ[MODEL_ENV])
            model_source = f"${MODEL_ENV}={model_dir}"
        else:
            model_dir = data / "models" / "ar_padt"
            model_source = f"the model cache {model_dir}"
        return cls(
            model_dir=model_dir,
            model_source=model_source,
            parser=environ.get(PARSER_ENV) or None,
            kb_dir=Path(environ[KB_ENV]) if environ.get(KB_ENV) else data / "kb",
            cache_dir=(
                Path(environ[CACHE_ENV]) if environ.get(CACHE_ENV) else Path(user_cache_dir("kg"))
            ),
            contact=environ.get(CONTACT_ENV) or None,
            debug=bool(environ.get(DEBUG_ENV)),
            language=environ.get(LANGUAGE_ENV) or DEFAULT_LANGUAGE,
            language_path=tuple(
                Path(folder)
                for folder in environ.get(LANGUAGE_PATH_ENV, "").split(os.pathsep)
                if folder
            ),
        )


def settings() -> Settings:
    """The settings of this moment's environment."""
    return Settings.read()


def shared_dir() -> Path:
    """The folder of the treebanks and corpora (`../shared/` of a checkout: ud/, ner/):
    $KG_SHARED_DIR, else the ``shared`` folder beside the checkout kg runs from, whatever the
    current folder."""
    if os.environ.get(SHARED_ENV):
        return Path(os.environ[SHARED_ENV])
    return Path(__file__).resolve().parents[2] / "shared"


def default_model_dir() -> Path:
    """The per-user folder `kg models install` writes to (whatever $KG_MODEL says)."""
    return Settings.read({}).model_dir


def use_one_blas_thread() -> None:
    """kg's parse and NER multiply their matrices with numpy's OpenBLAS (kg.nlp); on more threads
    than one, OpenBLAS spends more CPU time waiting than the small products save. A value the
    user set is kept."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def collect_garbage_less_often() -> None:
    """A build makes millions of short-lived objects (tokens, spans, tuples) and few reference
    cycles; Python's cyclic collector, run every 700 new objects and walking every object on
    each tenth pass of the middle generation, took 0.35-0.45 s of CPU of a 100-article build.
    Every 50,000 new objects it takes 0.1 s, with the same peak memory."""
    gc.set_threshold(50_000, 20, 20)
