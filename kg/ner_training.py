"""`kg models train-ner`: train kg's Arabic NER pipeline from the NewsFANE/WikiFANE corpora.

The corpora (see `kg.ner_corpus`) are converted to spaCy DocBins of folded words in the
chosen segmentation, then `spacy train` runs kg's NER config (``kg/data/ar_ner_spacy.cfg``,
seed 0) with NewsFANE's dev split for model selection. The best pipeline on dev is written
to the output folder with the data's licence in its ``meta.json`` and ``LICENSE.md``, and
scored on NewsFANE's test split (`evaluate_docs`), whose figures are kept in the meta too.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from kg.errors import InputError
from kg.ner_corpus import (
    SEGMENTATIONS,
    char_sentences,
    corpus_file,
    read_conll,
    seg_docs,
    udpipe_docs,
)
from kg.ner_eval import NerEvaluation, evaluate_docs
from kg.resources import data_path

CONFIG = "ar_ner_spacy.cfg"
EVALUATED = "newsfane"
LICENCE = "CC BY-SA 3.0"
LICENCE_NOTE = "CC BY-SA 3.0 (trained on NewsFANE and WikiFANE Gold, Alotaibi & Lee 2014)"
ATTRIBUTION = (
    "Trained on NewsFANE Gold and WikiFANE Gold (F. Alotaibi and M. Lee, 2014, 'A Hybrid "
    "Approach to Features Representation for Fine-grained Arabic Named Entity Recognition', "
    "COLING 2014), CC BY-SA 3.0, https://creativecommons.org/licenses/by-sa/3.0/; the corpora "
    "were changed: fine-grained tags mapped to PER/ORG/GPE/LOC/MISC, words folded (alef, ta "
    "marbuta, alef maqsura) and, for the udpipe segmentation, re-segmented by UDPipe."
)


def corpus_docs(
    root: Path,
    corpus: str,
    split: str,
    segmentation: str,
    vocab,
    tokenizer=None,
    limit: int | None = None,
) -> list:
    """The sentences of one corpus split as Docs of folded words with gold entities."""
    if segmentation not in SEGMENTATIONS:
        raise InputError(f"unknown segmentation {segmentation!r}: one of {SEGMENTATIONS}")
    seg = read_conll(corpus_file(root, corpus, "seg", split))[:limit]
    if segmentation == "seg":
        return seg_docs(seg, vocab)
    surface = read_conll(corpus_file(root, corpus, "surface", split))[:limit]
    return udpipe_docs(char_sentences(seg, surface), tokenizer, vocab)


def train_ner(
    corpus: Path,
    output: Path,
    *,
    segmentation: str = "seg",
    corpora: Sequence[str] = ("newsfane", "wikifane"),
    config: Path | None = None,
    max_steps: int | None = None,
    limit: int | None = None,
    tokenizer=None,
    overrides: dict[str, object] | None = None,
    log: Path | None = None,
) -> Path:
    """Train the NER on `corpora`'s train splits and write the best pipeline to `output`.

    `tokenizer` (a `kg.nlp.ArabicParser`) is needed for the ``udpipe`` segmentation.
    `limit` keeps the first N sentences of every split (a smoke run); `max_steps` shortens
    training, with an evaluation on dev at least at the last step.
    """
    import spacy
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin

    vocab = spacy.blank("ar").vocab
    settings: dict[str, object] = dict(overrides or {})
    if max_steps is not None:
        settings["training.max_steps"] = max_steps
        settings["training.eval_frequency"] = max(1, min(max_steps, 500))
    with tempfile.TemporaryDirectory(prefix="kg-train-ner-") as scratch:
        work = Path(scratch)
        train_docs = [
            doc
            for name in corpora
            for doc in corpus_docs(corpus, name, "train", segmentation, vocab, tokenizer, limit)
        ]
        dev_docs = corpus_docs(corpus, EVALUATED, "dev", segmentation, vocab, tokenizer, limit)
        DocBin(docs=train_docs).to_disk(work / "train.spacy")
        DocBin(docs=dev_docs).to_disk(work / "dev.spacy")
        settings["paths.train"] = str(work / "train.spacy")
        settings["paths.dev"] = str(work / "dev.spacy")
        started = time.perf_counter()
        spacy_train(config or data_path(CONFIG), work / "trained", overrides=settings)
        seconds = time.perf_counter() - started
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(work / "trained" / "model-best", output)
    test_docs = corpus_docs(corpus, EVALUATED, "test", segmentation, vocab, tokenizer, limit)
    scores = evaluate_docs(spacy.load(output), test_docs)
    _record(output, segmentation, corpora, seconds, scores)
    if log is not None:
        log.write_text(json.dumps(scores.as_dict(), indent=1) + "\n", encoding="utf-8")
    return output


def _record(
    output: Path,
    segmentation: str,
    corpora: Sequence[str],
    seconds: float,
    scores: NerEvaluation,
) -> None:
    """Licence, provenance and test scores in the pipeline's meta.json, and a LICENSE.md."""
    meta_path = output / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="ar_kg_ner",
        description=(
            "Arabic named entities (PER, ORG, GPE, LOC, MISC) for kg: tok2vec + ner on folded "
            f"words ({segmentation} segmentation), trained on {' + '.join(corpora)}."
        ),
        license=LICENCE,
        sources=[{"name": "NewsFANE Gold / WikiFANE Gold", "author": "F. Alotaibi and M. Lee"}],
        kg={
            "segmentation": segmentation,
            "corpora": list(corpora),
            "training_seconds": round(seconds),
            "licence": LICENCE_NOTE,
            "attribution": ATTRIBUTION,
            "test": scores.as_dict(),
        },
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (output / "LICENSE.md").write_text(f"# Licence\n\n{ATTRIBUTION}\n", encoding="utf-8")
