"""Install, list and download the Arabic parse models kg uses (`kg models ...`).

An installed model is a folder in the per-user cache (see `kg.settings.default_model_dir`) with a
UDPipe model, optionally a spaCy pipeline, kg's NER pipeline (``ner/``), and `model.json`
recording where each came from, its licence and its measured accuracy.

A new model is copied into a hidden folder beside the installed one and must load and parse an
Arabic sentence there (`kg.modelcheck`, in a child process) before it takes the installed
one's place by renames; a model that fails leaves the installed one as it was.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import stat
import tempfile
from pathlib import Path

from kg.errors import EndpointRedirect, InputError, KgError, ModelNotFound, ModelUnusable
from kg.httpio import HttpFailure, exchange
from kg.modelcheck import check_in_child
from kg.ner import FOLDER as NER_FOLDER
from kg.ner import is_ner_pipeline, shipped_ner
from kg.nlp import ModelFiles
from kg.settings import default_model_dir
from kg.urls import redact, scrub

PADT_LICENCE = "CC BY-NC-SA 3.0 (trained on UD Arabic-PADT)"
OFFICIAL_LICENCE = "CC BY-NC-SA 4.0 (UDPipe 2.5 models, trained on UD Arabic-PADT)"
# The published CoNLL 2018 figures of the official model (raw text, PADT test set).
OFFICIAL_ACCURACY = {"words": 94.6, "upos": 90.4, "lemmas": 88.5, "uas": 72.7, "las": 68.1}
# Whole seconds for the whole download (the model is some 30 MB).
DOWNLOAD_TIMEOUT = 600


def install(
    source: Path,
    target: Path | None = None,
    origin: str | None = None,
    licence: str = PADT_LICENCE,
    accuracy: dict | None = None,
    ner: Path | None = None,
) -> Path:
    """Copy the model found in `source` (a folder, or a .udpipe file) into the model cache.

    `origin` is recorded as its source (default: the path), with `licence` and `accuracy`
    (default: the dev-set scores in the spaCy pipeline's metadata). The NER pipeline comes
    from `ner`, else from `source`'s own ``ner/`` folder, else from the copy shipped with kg.
    A folder with a symbolic link that leaves it is refused (`InputError`), and a model that
    does not parse is not installed (`ModelUnusable`).
    """
    target = target or default_model_dir()
    if not source.exists():
        raise ModelNotFound(f"nothing to install at {source}")
    if ner is not None and not is_ner_pipeline(ner):
        raise ModelNotFound(f"no NER pipeline at {ner}: give a folder `kg models train-ner` wrote")
    for folder in (source, ner):
        if folder is not None and folder.is_dir():
            _refuse_links_out(folder)
    files = _files_of(source)
    ner = ner or files.ner or shipped_ner()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=target.parent))
    try:
        _copy(files, ner, staging)
        _check(staging, origin or str(source), target)
        manifest = {
            "name": target.name,
            "source": origin or str(source.resolve()),
            "udpipe": files.udpipe.name,
            "spacy": "spacy" if files.spacy else None,
            "licence": licence,
            "accuracy": _accuracy(files) if accuracy is None else accuracy,
            "ner": _ner_manifest(ner) if ner is not None else None,
        }
        (staging / "model.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _replace(target, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _copy(files: ModelFiles, ner: Path | None, staging: Path) -> None:
    """Copy the model's parts into `staging`, writable; a copy that fails is one line."""
    try:
        shutil.copy2(files.udpipe, staging / files.udpipe.name)
        if files.spacy is not None:
            shutil.copytree(files.spacy, staging / "spacy")
        if ner is not None:
            shutil.copytree(ner, staging / NER_FOLDER)
        _make_writable(staging)
    except OSError as error:  # shutil.Error lists every file that failed
        raise InputError(f"cannot copy the model into {staging.parent}: {error}") from None


def _refuse_links_out(folder: Path) -> None:
    """Refuse a folder with a symbolic link that leaves it: copying would follow the link and
    install whatever it points at (another user's files, /etc) as part of the model."""
    root = folder.resolve()
    for parent, folders, files in os.walk(folder):
        for name in (*folders, *files):
            path = Path(parent) / name
            if path.is_symlink() and not path.resolve().is_relative_to(root):
                raise InputError(
                    f"{path} links outside {folder} (to {path.resolve()}): refusing to install "
                    "it; copy the file into the folder instead"
                )


def _check(staging: Path, source: str, target: Path) -> None:
    """Parse a sentence with the staged model, in a child process; on failure say so, and
    that the installed model (if any) is kept."""
    try:
        check_in_child(staging)
    except ModelUnusable as error:
        kept = f"kept the installed model at {target}" if target.exists() else "nothing installed"
        raise ModelUnusable(f"{source} is not a usable model: {error}; {kept}") from None


def _replace(target: Path, new: Path) -> None:
    """Put `new` at `target` by renames in one folder: the old model is moved aside, and put
    back if the new one cannot take its place, so a failure never leaves no model."""
    if not target.exists():
        new.rename(target)
        return
    aside = Path(tempfile.mkdtemp(prefix=".old-", dir=target.parent))
    old = target.rename(aside / target.name)
    try:
        new.rename(target)
    except BaseException:
        old.rename(target)
        aside.rmdir()
        raise
    shutil.rmtree(aside, ignore_errors=True)


def installed(root: Path | None = None) -> list[dict]:
    """Manifests of the models in the cache (not of the hidden folders of an install under way)."""
    root = root or default_model_dir().parent
    if not root.is_dir():
        return []
    return [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(root.glob("*/model.json"))
        if not path.parent.name.startswith(".")
    ]


def official_url() -> str:
    """Where spacy-udpipe downloads its official Arabic model from (LINDAT)."""
    from spacy_udpipe.utils import BASE_URL, LANGUAGES

    return f"{BASE_URL}/{LANGUAGES['ar']}"


def download(
    target: Path | None = None, url: str | None = None, timeout: int = DOWNLOAD_TIMEOUT
) -> Path:
    """Fetch spacy-udpipe's official Arabic UDPipe model and install it (needs internet).

    `timeout` bounds the whole download (a server sending a byte now and then cannot hold
    it longer); redirects are followed, credentials written in `url` go to its host only.
    """
    url = url or official_url()
    with tempfile.TemporaryDirectory(prefix="kg-download-") as scratch:
        model = Path(scratch) / url.rsplit("/", 1)[-1]
        try:
            with model.open("wb") as out:
                exchange("GET", url, timeout=timeout, redirects="any", sink=out, option="--url")
        except (OSError, http.client.HTTPException, HttpFailure, EndpointRedirect) as error:
            reason = scrub(str(getattr(error, "strerror", None) or error), url)
            raise KgError(
                f"cannot download the official Arabic UDPipe model from {redact(url)} "
                f"({reason}): without internet, run `kg models install --from PATH`"
            ) from None
        return install(model, target, url, OFFICIAL_LICENCE, OFFICIAL_ACCURACY)


def _make_writable(folder: Path) -> None:
    """Let the owner replace the copy later, even when the source files were read-only."""
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


def _files_of(source: Path) -> ModelFiles:
    if source.is_file():
        if source.suffix != ".udpipe":
            raise ModelNotFound(f"{source} is not a UDPipe model (*.udpipe)")
        return ModelFiles(source, None)
    return ModelFiles.find(source)


def _ner_manifest(ner: Path) -> dict:
    """Source, licence with attribution, and NewsFANE test scores of a NER pipeline."""
    meta = json.loads((ner / "meta.json").read_text(encoding="utf-8"))
    own = meta.get("kg", {})
    test = own.get("test", {})
    return {
        "path": NER_FOLDER,
        "source": str(ner.resolve()),
        "licence": own.get("licence") or meta.get("license") or "unknown",
        "attribution": own.get("attribution"),
        "segmentation": own.get("segmentation"),
        "accuracy": {
            f"{label.lower()}_{key}": test[label][key]
            for label in ("ALL", "PER")
            if label in test
            for key in ("p", "r", "f")
        },
    }


def _accuracy(files: ModelFiles) -> dict:
    """The accuracy the model's own metadata reports (spaCy's dev-set scores), if any."""
    if files.spacy is None:
        return {}
    meta = json.loads((files.spacy / "meta.json").read_text(encoding="utf-8"))
    performance = meta.get("performance", {})
    wanted = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las")
    return {key: round(performance[key], 4) for key in wanted if key in performance}
