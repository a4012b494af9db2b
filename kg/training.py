"""`kg models train`: retrain the spaCy half of the Arabic model from a UD treebank.

The treebank folder holds UD Arabic-PADT as CoNLL-U (``ar_padt-train.conllu``, and
``ar_padt-dev.conllu`` for model selection). Both are converted to spaCy DocBins of syntactic
words, then `spacy train` runs kg's config (kg/data/ar_padt_spacy.cfg, seed 0). The result
is a complete kg model folder: the UDPipe tokenizer of the model it started from, plus the
new spaCy pipeline, ready for `kg models evaluate --model` and `kg models install --from`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from kg.errors import InputError
from kg.nlp import ModelFiles
from kg.resources import data_path

CONFIG = "ar_padt_spacy.cfg"
TRAIN_FILE = "ar_padt-train.conllu"
DEV_FILE = "ar_padt-dev.conllu"
SENTENCES_PER_DOC = 10


def train(
    treebank: Path,
    output: Path,
    base_model: Path,
    max_steps: int | None = None,
    config: Path | None = None,
) -> Path:
    """Train a spaCy pipeline on `treebank` and write a model folder to `output`.

    `base_model` supplies the UDPipe tokenizer. `max_steps` shortens the run (a smoke test);
    evaluation on the dev set then happens at least once, at the last step.
    """
    from spacy.cli.train import train as spacy_train

    tokenizer = ModelFiles.find(base_model).udpipe
    overrides: dict[str, object] = {}
    if max_steps is not None:
        overrides = {
            "training.max_steps": max_steps,
            "training.eval_frequency": max(1, min(max_steps, 500)),
        }
    with tempfile.TemporaryDirectory(prefix="kg-train-") as scratch:
        work = Path(scratch)
        overrides["paths.train"] = str(_docbin(treebank / TRAIN_FILE, work / "train.spacy"))
        overrides["paths.dev"] = str(_docbin(treebank / DEV_FILE, work / "dev.spacy"))
        spacy_train(config or data_path(CONFIG), work / "trained", overrides=overrides)
        if output.exists():
            shutil.rmtree(output)
        output.mkdir(parents=True)
        shutil.copytree(work / "trained" / "model-best", output / "spacy")
    shutil.copy2(tokenizer, output / tokenizer.name)
    return output


def _docbin(conllu: Path, target: Path) -> Path:
    """The sentences of a CoNLL-U file as a spaCy DocBin of syntactic words."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    if not conllu.is_file():
        raise InputError(f"no {conllu.name} in {conllu.parent}: give --ud a UD Arabic-PADT folder")
    docs = conllu_to_docs(
        conllu.read_text(encoding="utf-8"), n_sents=SENTENCES_PER_DOC, no_print=True
    )
    DocBin(docs=docs, store_user_data=False).to_disk(target)
    return target
