"""The bare parse of a benchmark corpus: the reference `kg build` is measured against.

    python benchmarks/bare_parse.py benchmarks/corpus/events/1000
    python benchmarks/bare_parse.py CORPUS --components tok2vec,morphologizer,parser

It does what a parse of these articles needs and nothing else, with no kg code: read each
article file, leave out its date line, split the body into sentences on end punctuation and
line breaks (the rule kg uses), strip diacritics (PADT's word forms have none), write «فى» as
«في» (as kg does), tokenise each sentence with the UDPipe model's tokenizer (it splits clitics
into syntactic words), and run the spaCy pipeline's components over those words, one Doc per
article, 32 articles at a time (as kg does). The model is the one kg uses: ``--model DIR``, else
``$KG_MODEL``, else kg's per-user model folder. ``--components`` lists the spaCy components to
run; pass the ones kg runs (`run.py` reads them from kg's parser and passes them), so that both
do the same parse; the others are excluded when the model is loaded. The list is printed on
stderr.

The last line on stdout is JSON: words (whitespace-separated words of the article bodies),
articles, sentences, tokens, the components, and, with ``--digest``, a hash of every token's
form, tags, lemma, head and label, to check that kg's parse of the same articles is the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

# numpy's OpenBLAS on one thread, as `import kg` sets it (kg/__init__.py): read when numpy loads
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# The split kg makes before parsing (kg.nlp): after . ! ? ؟ … followed by space (not after a
# title's one letter, «د. غالي»), at line breaks, and at a full stop with no space between two
# Arabic words.
SENTENCE_END = re.compile(
    r"(?<=[.!?؟…])(?<![\s(«\"][\u0621-\u064A]\.)(?<!^[\u0621-\u064A]\.)\s+|\n+"
    r"|(?<=[\u0621-\u064A]{2}\.)(?=[\u0621-\u064A]{2})"
)
# kg keeps a tatweel standing alone between spaces as a dash (kg.normalize)
DASH_TATWEEL = re.compile(r"(?<=\s)\u0640+(?=\s)")
DATE_LINE = re.compile(r"\d{4}-\d{2}-\d{2}")
# kg gives the parser «في» where Egyptian papers write «فى» (kg.nlp): the model knows only «في»
UNDOTTED_FI = re.compile(r"(?<!\w)(و?)فى(?!\w)")
# Harakat, tanwin, shadda, sukun, Quranic marks, superscript alef, tatweel, joiners and
# direction marks: PADT's word forms carry none of them.
_MARKS = [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, 0x0640, *range(0x06D6, 0x06EE)]
_MARKS += [0x200C, 0x200D, 0x200E, 0x200F, 0x061C]
STRIP_MARKS = dict.fromkeys(_MARKS)
BATCH_SIZE = 32


def model_dir(explicit: Path | None) -> Path:
    """The model folder: `explicit`, else $KG_MODEL, else the folder `kg models install` fills."""
    if explicit is not None:
        return explicit
    if os.environ.get("KG_MODEL"):
        return Path(os.environ["KG_MODEL"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("kg")) / "models" / "ar_padt"


def model_files(folder: Path) -> tuple[Path, Path]:
    """The UDPipe model file and the spaCy parse pipeline inside `folder` (the one with a
    parser: an installed model folder also holds kg's NER pipeline)."""
    udpipe = sorted(folder.rglob("*.udpipe"))
    pipelines = sorted(
        p.parent
        for p in folder.rglob("config.cfg")
        if (p.parent / "meta.json").exists()
        and "parser" in json.loads((p.parent / "meta.json").read_text()).get("pipeline", [])
    )
    if not udpipe or not pipelines:
        sys.exit(f"no UDPipe model and spaCy pipeline in {folder}")
    return udpipe[0], pipelines[0]


def article_bodies(corpus: Path, limit: int | None = None) -> list[str]:
    """The body of each article file, in name order: the text after a leading date line."""
    bodies = []
    for path in sorted(corpus.glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        first, _, rest = text.partition("\n")
        bodies.append(rest if DATE_LINE.fullmatch(first.strip()) else text)
    return bodies


def sentences(body: str) -> list[str]:
    """The body's sentences, diacritics stripped, one line each."""
    return [
        UNDOTTED_FI.sub(r"\1في", DASH_TATWEEL.sub("-", part.strip()).translate(STRIP_MARKS))
        for part in SENTENCE_END.split(body)
        if part and part.strip()
    ]


def tokenized(bodies: Iterable[str], tokenizer_model, vocab) -> Iterator:
    """One spaCy Doc of UDPipe's syntactic words per article, with its sentence starts set."""
    from spacy.tokens import Doc
    from ufal.udpipe import ProcessingError, Sentence

    for body in bodies:
        tokenizer = tokenizer_model.newTokenizer("presegmented")
        tokenizer.setText("\n".join(sentences(body)))
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool] = []
        sentence, error = Sentence(), ProcessingError()
        while tokenizer.nextSentence(sentence, error):
            first = True
            for word in list(sentence.words)[1:]:  # word 0 is the sentence's root
                words.append(word.form)
                spaces.append("SpaceAfter=No" not in word.misc)
                starts.append(first)
                first = False
            sentence = Sentence()
        yield Doc(vocab, words=words, spaces=spaces, sent_starts=starts)


def digest_of(docs: Iterable) -> tuple[str, int, int]:
    """A hash of every token's form, tags, lemma, head and label; the sentence and token counts."""
    hasher, sents, tokens = hashlib.sha256(), 0, 0
    for doc in docs:
        for token in doc:
            sents += token.is_sent_start
            tokens += 1
            fields = (token.text, token.pos_, str(token.morph), token.lemma_, token.dep_)
            hasher.update(("\t".join(fields) + f"\t{token.head.i}\n").encode())
        hasher.update(b"\f")
    return hasher.hexdigest(), sents, tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of article .txt files")
    parser.add_argument("--model", type=Path, help="model folder (default: as kg finds it)")
    parser.add_argument("--components", help="spaCy components to run, comma-separated")
    parser.add_argument("--limit", type=int, help="parse only the first N articles")
    parser.add_argument("--digest", action="store_true", help="also hash the parse")
    parser.add_argument(
        "--blis", action="store_true", help="spaCy's default matrix library, as `spacy.load` runs"
    )
    args = parser.parse_args()

    import spacy
    from thinc.api import NumpyOps
    from ufal.udpipe import Model

    udpipe_path, spacy_path = model_files(model_dir(args.model))
    config = spacy.util.load_config(spacy_path / "config.cfg")["nlp"]
    if args.components:
        wanted = args.components.split(",")
    else:  # what spacy.load would run: the pipeline less the components disabled by default
        wanted = [name for name in config["pipeline"] if name not in config["disabled"]]
    excluded = [name for name in config["pipeline"] if name not in wanted]
    nlp = spacy.load(spacy_path, exclude=excluded)
    if not args.blis:
        # kg multiplies matrices with numpy, not blis (kg.nlp.with_numpy_matmul): so does the
        # reference, so that the two run the same arithmetic
        ops = NumpyOps(use_blis=False)
        for layer in (layer for _, pipe in nlp.pipeline for layer in pipe.model.walk()):
            layer.ops = ops
    if nlp.pipe_names != wanted:
        sys.exit(f"the model has components {nlp.pipe_names}, not {wanted}")
    components = ", ".join(nlp.pipe_names)
    print(f"bare parse: UDPipe {udpipe_path} + spaCy {spacy_path}: {components}", file=sys.stderr)
    tokenizer_model = Model.load(str(udpipe_path))
    if tokenizer_model is None:
        sys.exit(f"cannot load the UDPipe model {udpipe_path}")

    bodies = article_bodies(args.corpus, args.limit)
    docs = nlp.pipe(tokenized(bodies, tokenizer_model, nlp.vocab), batch_size=BATCH_SIZE)
    result = {
        "words": sum(len(body.split()) for body in bodies),
        "articles": len(bodies),
        "components": nlp.pipe_names,
    }
    if args.digest:
        result["digest"], result["sentences"], result["tokens"] = digest_of(docs)
    else:
        sents = tokens = 0
        for doc in docs:
            tokens += len(doc)
            sents += sum(token.is_sent_start for token in doc)
        result["sentences"], result["tokens"] = sents, tokens
    print(json.dumps(result))


if __name__ == "__main__":
    main()
