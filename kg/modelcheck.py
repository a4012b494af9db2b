"""Whether a model folder parses Arabic, asked of a child process (`kg models install` uses it
before a new model replaces the installed one).

A corrupt UDPipe model can abort the interpreter that loads it (SIGABRT), and garbage spaCy
weights raise whatever their deserialiser raises; so the check runs ``python -m kg.modelcheck
FOLDER`` in a fresh interpreter, which loads the folder with every parser it offers and parses
one sentence, and the installer reads only its exit status and its last line.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from kg.errors import KgError, ModelUnusable
from kg.nlp import REINSTALL

SENTENCE = "قال وزير الخارجية التركي إنه التقى وفد حماس في أنقرة."
CHECK_TIMEOUT = 600  # seconds: loading both pipelines takes a few on a slow machine


def check_in_child(folder: Path) -> None:
    """Raise `ModelUnusable` with the reason when the model in `folder` cannot parse a sentence
    (the child failed, crashed on a signal, or did not finish in `CHECK_TIMEOUT` seconds)."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kg.modelcheck", str(folder)],
            capture_output=True,
            text=True,
            timeout=CHECK_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ModelUnusable(f"it did not parse one sentence in {CHECK_TIMEOUT} s") from None
    if done.returncode < 0:
        raise ModelUnusable(f"loading it crashed Python ({signal.Signals(-done.returncode).name})")
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise ModelUnusable(lines[-1] if lines else f"the check exited with {done.returncode}")


def parse_a_sentence(folder: Path) -> None:
    """Load `folder` with each parser it has, with its NER, and parse `SENTENCE`: raise when a
    parse has no words or no root."""
    from kg.nlp import PARSERS, ArabicParser, ModelFiles
    from kg.types import Article

    article = Article("check", "check.txt", SENTENCE, ((0, len(SENTENCE)),), None)
    has_spacy = ModelFiles.find(folder).spacy is not None
    for parser in PARSERS if has_spacy else ("udpipe",):
        doc = ArabicParser(folder, parser, lemmas=True, ner_everywhere=True).parse(article)
        if not any(token.dep_ == "ROOT" for token in doc):
            raise ModelUnusable(f"its {parser} parse of an Arabic sentence has no root")


def main(arguments: list[str]) -> int:
    """The child's side: exit 0 when the folder parses, else 1 with the reason on stderr."""
    (folder,) = arguments
    try:
        parse_a_sentence(Path(folder))
    except KgError as error:  # said for a build: the installer needs neither folder nor advice
        reason = str(error).replace(f" in {folder}", "").removesuffix(f": {REINSTALL}")
    except Exception as error:  # whatever a broken model raises, the parent gets one line
        reason = f"{type(error).__name__}: {error}"
    else:
        return 0
    print(" ".join(reason.split()), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
