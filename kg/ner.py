"""Arabic named entities on kg's Docs: the ``kg_ner`` spaCy component.

kg's NER is a small spaCy pipeline (its own tok2vec and a ``ner``) trained by
`kg models train-ner` on words folded as kg folds names (`kg.ner_corpus.fold_word`). The
``kg_ner`` component runs it inside the parse pipeline, after the parser: it folds the words
of kg's Doc (UDPipe's words), runs the NER on them and sets ``doc.ents`` on kg's Doc, token
for token, so every entity keeps its character span through ``doc._.offsets``.

Its own tok2vec, rather than listening to the parse pipeline's, keeps it independent of the
parse model (trained on a corpus under another licence) and lets it read folded words.

In a build it reads only the sentences a rule may make an event of (``gated``: a sentence
holding a word that sets off a rule, `kg.extract.triggers.sets_off_a_rule`), each run of
such consecutive sentences as one text: a name elsewhere can become no fact, and the NER
costs about half as much as the parse. `kg models evaluate --ner` and the model check
read every sentence.

A few predictions are dropped: a month name on its own or with a day or year («نيسان»,
«أيار 2025»), which the corpus taught the model as a brand or a product (Nissan).

Where the NER is found: a ``ner/`` folder in the model folder (`kg models install` puts it
there), else the pipeline shipped inside kg (``kg/data/ar_ner``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.lang.ar.dates import MONTH_NAMES
from kg.ner_corpus import fold_word
from kg.normalize import normalize
from kg.resources import data_path

FACTORY = "kg_ner"
FOLDER = "ner"  # in an installed model folder
SHIPPED = "ar_ner"  # in kg/data/
_MONTHS = {normalize(name) for names in MONTH_NAMES for name in names}
_NUMBER = re.compile(r"\d+")


def is_ner_pipeline(folder: Path) -> bool:
    """Whether `folder` holds a spaCy pipeline whose components include a ``ner``."""
    meta = folder / "meta.json"
    if not (folder / "config.cfg").is_file() or not meta.is_file():
        return False
    return "ner" in json.loads(meta.read_text(encoding="utf-8")).get("pipeline", [])


def shipped_ner() -> Path | None:
    """The NER pipeline packaged with kg, if this copy of kg carries one."""
    folder = data_path(SHIPPED)
    return folder if is_ner_pipeline(folder) else None


def find_ner(model_dir: Path) -> Path | None:
    """The NER pipeline to use with the model in `model_dir`: its own, else kg's shipped one."""
    own = model_dir / FOLDER
    return own if is_ner_pipeline(own) else shipped_ner()


def is_month(words: Iterable[str]) -> bool:
    """A month name alone or with a number («نيسان», «ايار 2025», «كانون الثاني»)."""
    name = " ".join(w for w in words if not _NUMBER.fullmatch(w))
    return normalize(name) in _MONTHS


class FoldedNer:
    """Sets ``doc.ents`` from a NER pipeline trained on folded words; `gated`: only in the
    sentences that can hold an event."""

    def __init__(self, path: Path, gated: bool = False) -> None:
        import spacy

        from kg.nlp import with_numpy_matmul

        self.path = Path(path)
        self.inner = with_numpy_matmul(spacy.load(self.path))
        self.labels = tuple(self.inner.get_pipe("ner").labels)
        self.gated = gated

    @property
    def vocab(self):
        return self.inner.vocab

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable, batch_size: int = 32) -> Iterator:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            runs = [self._runs(doc) for doc in batch]
            folded = [
                run
                for doc, spans in zip(batch, runs, strict=True)
                for run in _folded(doc, spans, self.vocab)
            ]
            tagged = iter(self.inner.pipe(folded))
            for doc, spans in zip(batch, runs, strict=True):
                self._set_entities(doc, [(start, next(tagged)) for start, _ in spans])
                yield doc

    def _runs(self, doc) -> list[tuple[int, int]]:
        """The token ranges the NER reads: the whole Doc, or when gated each run of
        consecutive sentences that can hold an event."""
        if not self.gated:
            return [(0, len(doc))]
        from kg.extract.triggers import sets_off_a_rule

        runs: list[tuple[int, int]] = []
        words = doc._.words
        for sentence in doc.sents:
            if not sets_off_a_rule(words[sentence.start : sentence.end]):
                continue
            if runs and runs[-1][1] == sentence.start:
                runs[-1] = (runs[-1][0], sentence.end)
            else:
                runs.append((sentence.start, sentence.end))
        return runs

    @staticmethod
    def _set_entities(doc, tagged: list[tuple[int, object]]) -> None:
        """`doc.ents` from each run's tagged Doc, the run starting at token `start` of `doc`."""
        from spacy.tokens import Span

        doc.ents = [
            Span(doc, start + ent.start, start + ent.end, label=ent.label_)
            for start, run in tagged
            for ent in run.ents
            if not is_month(token.text for token in ent)
        ]


def _folded(doc, runs: list[tuple[int, int]], vocab) -> list:
    """A Doc of the folded words of each run of `doc` (on the NER's `vocab`), read from kg's
    word list (`doc._.words`, else the tokens' texts) and one array of `doc` rather than from
    a Token object per word."""
    if not runs:
        return []
    from spacy.attrs import SPACY
    from spacy.tokens import Doc

    words = doc._.words if Doc.has_extension("words") else None
    if words is None:
        words = [token.text for token in doc]
    spaces = doc.to_array(SPACY).astype(bool).tolist()
    return [
        Doc(
            vocab,
            words=[fold_word(word) for word in words[start:end]],
            spaces=spaces[start:end],
        )
        for start, end in runs
    ]


def register() -> None:
    """Make the ``kg_ner`` factory known to spaCy (before `Language.add_pipe`)."""
    from spacy.language import Language

    if FACTORY in Language.factories:
        return

    @Language.factory(FACTORY, default_config={"path": "", "gated": False})
    def make_folded_ner(nlp, name: str, path: str, gated: bool) -> FoldedNer:
        return FoldedNer(Path(path), gated)
