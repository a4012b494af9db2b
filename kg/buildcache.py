"""The incremental build cache: each article's extraction, kept between builds.

An entry is keyed by the article (its text, regions, date, file name) and the pipeline
version, a hash of everything else extraction depends on: kg's own source and data files
(the rules), the knowledge base in use (shipped tables plus any `kg kb update`), the parse
model's files (the NER's among them) and the parse settings. Changing any
of them starts a new, empty version folder, so a stale result is never reused; re-running a
build after adding one article parses only that article. Entries are pickles written
atomically, so an interrupted build leaves no half-written entry.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from kg.kb import KnowledgeBase
from kg.nlp import ParserSpec
from kg.resources import PACKAGE_DIR
from kg.types import Article, Event, Mention

Extraction = tuple[int, tuple[Mention, ...], tuple[Event, ...]]  # sentences, mentions, events
_MODEL_METADATA = {"model.json"}  # provenance and measured accuracy: no effect on a parse


def pipeline_version(spec: ParserSpec, kb: KnowledgeBase) -> str:
    """A hash of kg's code and data, the knowledge base, the model's files and the parser."""
    digest = hashlib.sha256(spec.parser.encode())
    digest.update(repr((spec.ner, spec.lemmas)).encode())
    digest.update(repr((kb.entries, kb.roles)).encode())
    for root, names in ((PACKAGE_DIR, ("**/*.py", "data/**/*")), (spec.model_dir, ("**/*",))):
        files = sorted({path for name in names for path in root.glob(name) if path.is_file()})
        for path in files:
            if path.name in _MODEL_METADATA or "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(root)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class ResultCache:
    """Extractions of articles stored under ``root/<version>/``."""

    def __init__(self, root: Path, version: str) -> None:
        self.folder = root / version[:16]

    def get(self, article: Article) -> Extraction | None:
        path = self._path(article)
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, EOFError, pickle.UnpicklingError):
            return None  # unreadable entry: parse again, and overwrite it

    def put(self, article: Article, extraction: Extraction) -> None:
        path = self._path(article)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(extraction, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def _path(self, article: Article) -> Path:
        key = hashlib.sha256(repr(article).encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"
