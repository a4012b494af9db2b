"""Choose NewsFANE newswire sentences for event-extraction evaluation (issue 9).

NewsFANE (`../shared/ner/newsfane`, Alotaibi & Lee 2014, CC BY-SA 3.0) is the ANERcorp newswire
text of the mid-2000s, from outlets and years that none of kg's other sets hold, re-annotated for
NER. kg's NER was trained on its train split; no extraction rule was written on any of it.

The rule was written down before any sentence was read:

* the sentences of NewsFANE's `dev` split make the development set and those of its `test` split
  the test set (the NER model took its model selection from `dev` and never saw `test`);
* a sentence is chosen when the lemmas the shipped UDPipe model gives its words, folded as kg folds
  words, include a trigger lemma of `padt_sets.py` (the list used for every PADT set);
* the corpus has no document boundaries, so each chosen sentence is its own article
  (`nf-dev-0012.txt` is the dev split's sentence 12, counted from 1), with no date line.

The text is the corpus's `surface/` version (clitics re-attached, alef normalised as the source
has it: no hamza on alef), its tokens joined by spaces except before closing punctuation and after
an opening bracket.

    python scripts/newsfane_sets.py --ner ../shared/ner --out tests/newsfane

`--audit FOLDER` applies the same rule to the train split, for a precision audit of what kg
reports there (`tests/newsfane/audit`): no gold is written for it, each reported meeting is judged.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from padt_sets import TRIGGER_LEMMAS
from ufal.udpipe import Model, Pipeline

from kg.nlp import ModelFiles, resolve_model_dir
from kg.normalize import normalize

SPLITS = ("dev", "test")
AUDIT_SPLIT = "train"  # the pool of the precision audit (`--audit`): kg's NER saw it, no rule did
_GLUED_LEFT = re.compile(r" ([.,:;!?)\]،؛؟])")
_GLUED_RIGHT = re.compile(r"([(\[]) ")


def read_sentences(path: Path) -> list[str]:
    """The split's sentences as text, in corpus order."""
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    texts = (" ".join(line.split("\t")[0] for line in block.splitlines()) for block in blocks)
    return [_GLUED_RIGHT.sub(r"\1", _GLUED_LEFT.sub(r"\1", text)) for text in texts]


def lemmas(pipeline: Pipeline, text: str) -> set[str]:
    rows = (line.split("\t") for line in pipeline.process(text).splitlines())
    return {normalize(row[2]) for row in rows if len(row) == 10 and row[0].isdigit()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ner", type=Path, default=Path("../shared/ner"))
    parser.add_argument("--out", type=Path, default=Path("tests/newsfane"))
    parser.add_argument(
        "--audit", type=Path, help="write the train split's chosen sentences here instead"
    )
    args = parser.parse_args()
    model = Model.load(str(ModelFiles.find(resolve_model_dir()).udpipe))
    pipeline = Pipeline(model, "horizontal", Pipeline.DEFAULT, Pipeline.NONE, "conllu")
    targets = {AUDIT_SPLIT: args.audit} if args.audit else {s: args.out / s for s in SPLITS}
    for split, out in targets.items():
        (out / "articles").mkdir(parents=True, exist_ok=True)
        sentences = read_sentences(args.ner / "newsfane" / "surface" / f"{split}.conll")
        rows = []
        for number, text in enumerate(sentences, 1):
            if lemmas(pipeline, text) & TRIGGER_LEMMAS:
                name = f"nf-{split}-{number:04d}"
                (out / "articles" / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
                rows.append((name, number))
        with (out / "sentences.tsv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
            writer.writerow(("document", "sentence"))
            writer.writerows(rows)
        print(f"{split}: {len(rows)} of {len(sentences)} sentences")


if __name__ == "__main__":
    main()
