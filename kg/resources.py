"""Find kg's project resources (ontology, shapes, saved queries, knowledge-base tables) by name.

`ontology/` and `queries/` live at the repository root by the product's design. An editable
install finds them next to the package; a wheel carries copies under `kg/_project/`.
The knowledge-base tables are package data in `kg/data/`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kg.errors import UnknownQuery
from kg.settings import settings

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
CODE_AND_DATA = ("**/*.py", "data/**/*", "lang/**/*")  # kg's files, as `hash_files` patterns
_MODEL_METADATA = {"model.json"}  # provenance and measured accuracy: no effect on a parse


def project_dir(name: str) -> Path:
    """Return the folder `name` (``ontology`` or ``queries``) shipped with kg."""
    for base in (PACKAGE_DIR / "_project", PACKAGE_DIR.parent):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg is installed without its {name}/ folder")


def ontology_path() -> Path:
    return project_dir("ontology") / "kg.ttl"


def shapes_path() -> Path:
    return project_dir("ontology") / "shapes.ttl"


def data_path(name: str) -> Path:
    """Path of a knowledge-base table shipped in kg/data/."""
    return DATA_DIR / name


def saved_queries() -> list[str]:
    """Names of the saved queries, e.g. ``who-met-hamas.rq``."""
    return sorted(p.name for p in project_dir("queries").glob("*.rq"))


def query_path(name: str) -> Path:
    """Resolve a saved query by name (with or without .rq) or take an existing file path."""
    given = Path(name)
    if given.is_file():
        return given
    stem = name if name.endswith(".rq") else f"{name}.rq"
    candidate = project_dir("queries") / Path(stem).name
    if candidate.is_file():
        return candidate
    available = ", ".join(saved_queries()) or "none"
    raise UnknownQuery(f"Unknown query {name!r}. Available: {available}")


def cache_dir() -> Path:
    """kg's per-user cache folder (WDQS answers, build extractions): $KG_CACHE_DIR, else the
    platform's (``$XDG_CACHE_HOME/kg``, by default ``~/.cache/kg``)."""
    return settings().cache_dir


def hash_files(digest: hashlib._Hash, root: Path, patterns: tuple[str, ...]) -> None:
    """Add the name (relative to `root`) and content of each file `patterns` match to `digest`,
    in name order; model metadata and compiled bytecode are left out."""
    files = sorted({path for name in patterns for path in root.glob(name) if path.is_file()})
    for path in files:
        if path.name in _MODEL_METADATA or "__pycache__" in path.parts:
            continue
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
