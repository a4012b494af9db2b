"""Install, list and download the Arabic parse models kg uses (`kg models ...`).

An installed model is a folder in the per-user cache (see `kg.nlp.default_model_dir`) with a
UDPipe model, optionally a spaCy pipeline, and `model.json` recording where it came from,
its licence and its measured accuracy.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from kg.errors import KgError, ModelNotFound
from kg.nlp import ModelFiles, default_model_dir

PADT_LICENCE = "CC BY-NC-SA 3.0 (trained on UD Arabic-PADT)"
# LINDAT's UDPipe 2.5 model set, as spacy-udpipe downloads it (needs internet).
OFFICIAL_NAME = "arabic-padt-ud-2.5-191206.udpipe"


def install(source: Path, target: Path | None = None) -> Path:
    """Copy the model found in `source` (a folder, or a .udpipe file) into the model cache."""
    target = target or default_model_dir()
    if not source.exists():
        raise ModelNotFound(f"nothing to install at {source}")
    files = _files_of(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".install-", dir=target.parent))
    try:
        shutil.copy2(files.udpipe, staging / files.udpipe.name)
        if files.spacy is not None:
            shutil.copytree(files.spacy, staging / "spacy")
        manifest = {
            "name": target.name,
            "source": str(source.resolve()),
            "udpipe": files.udpipe.name,
            "spacy": "spacy" if files.spacy else None,
            "licence": PADT_LICENCE,
            "accuracy": _accuracy(files),
        }
        (staging / "model.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def installed(root: Path | None = None) -> list[dict]:
    """Manifests of the models in the cache."""
    root = root or default_model_dir().parent
    if not root.is_dir():
        return []
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(root.glob("*/model.json"))
    ]


def download(target: Path | None = None) -> Path:
    """Fetch spacy-udpipe's official Arabic UDPipe 2.5 model (needs a connected machine)."""
    import urllib.error

    import spacy_udpipe

    target = target or default_model_dir().parent / "ar_udpipe_official"
    try:
        spacy_udpipe.download("ar")
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise KgError(
            f"cannot download the official Arabic UDPipe model ({reason}): on a machine "
            "without internet, use `kg models install --from PATH`"
        ) from error
    from spacy_udpipe.utils import get_path

    return install(Path(get_path("ar")), target)


def _files_of(source: Path) -> ModelFiles:
    if source.is_file():
        if source.suffix != ".udpipe":
            raise ModelNotFound(f"{source} is not a UDPipe model (*.udpipe)")
        return ModelFiles(source, None)
    return ModelFiles.find(source)


def _accuracy(files: ModelFiles) -> dict:
    """The accuracy the model's own metadata reports (spaCy's dev-set scores), if any."""
    if files.spacy is None:
        return {}
    meta = json.loads((files.spacy / "meta.json").read_text(encoding="utf-8"))
    performance = meta.get("performance", {})
    wanted = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las")
    return {key: round(performance[key], 4) for key in wanted if key in performance}
