"""The incremental build cache: each article's extraction, kept between builds.

An entry is keyed by the article (its text, regions, date, file name) and the pipeline
version, a hash of everything else extraction depends on: kg's own source and data files
(the rules), the knowledge base in use (shipped tables plus any `kg kb update`), the parse
model's files (the NER's among them) and the parse settings. Changing any
of them starts a new, empty version folder, so a stale result is never reused; re-running a
build after adding one article parses only that article.

Entries are JSON (`kg.codec`), written atomically, so an interrupted build leaves no
half-written entry, and reading one can never run code; a damaged entry is a miss. The cache
lives in the per-user cache folder, not next to the graph: a graph written to a shared folder
such as /tmp would otherwise trust whatever another user put in /tmp/.cache. A cache folder
another user owns or may write to is refused (`kg.files.private_folder`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kg.codec import decode, encode
from kg.files import private_folder, write_atomically
from kg.kb import KnowledgeBase
from kg.nlp import ParserSpec
from kg.resources import CODE_AND_DATA, PACKAGE_DIR, cache_dir, hash_files
from kg.types import Article, Event, Mention

Extraction = tuple[int, tuple[Mention, ...], tuple[Event, ...]]  # sentences, mentions, events


def pipeline_version(spec: ParserSpec, kb: KnowledgeBase) -> str:
    """A hash of kg's code and data, the knowledge base, the model's files and the parser."""
    digest = hashlib.sha256(spec.parser.encode())
    digest.update(repr((spec.ner, spec.lemmas, spec.ner_everywhere, spec.language)).encode())
    digest.update(repr((kb.entries, kb.roles)).encode())
    hash_files(digest, PACKAGE_DIR, CODE_AND_DATA)
    hash_files(digest, spec.model_dir, ("**/*",))
    return digest.hexdigest()


def default_cache() -> Path:
    """The build cache `kg build` uses unless told otherwise: ``builds/`` in kg's per-user
    cache folder (`kg.resources.cache_dir`)."""
    return cache_dir() / "builds"


class ResultCache:
    """Extractions of articles stored under ``root/<version>/``; `root` must be private to
    this user (made so if missing), else an `UnsafeFolder`."""

    def __init__(self, root: Path, version: str) -> None:
        self.folder = private_folder(root, "the build cache") / version[:16]

    def get(self, article: Article) -> Extraction | None:
        try:
            return decode(json.loads(self._path(article).read_bytes()), Extraction)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError):
            return None  # unreadable or damaged entry: parse again, and overwrite it

    def put(self, article: Article, extraction: Extraction) -> None:
        text = json.dumps(encode(extraction, Extraction), ensure_ascii=False, separators=(",", ":"))
        write_atomically(self._path(article), lambda out: out.write(text.encode()))

    def _path(self, article: Article) -> Path:
        key = hashlib.sha256(repr(article).encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"
