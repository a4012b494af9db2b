"""The Arabic parse: spacy-udpipe for tokens, the spaCy PADT pipeline for tags and dependencies.

Where the model lives is resolved here and only here: an explicit path, else the ``KG_MODEL``
environment variable, else the per-user cache that ``kg models install`` fills. A model folder
holds a UDPipe model (``*.udpipe``) and, optionally, a spaCy pipeline (a folder with
``config.cfg``). With both, UDPipe splits words and clitics and spaCy tags and parses its
words (LAS 67.1 on PADT test from raw text, against 60.8 for UDPipe alone: docs/models.md);
``parser="udpipe"`` (or ``KG_PARSER=udpipe``) uses UDPipe for everything.

spacy-udpipe rebuilds the text from syntactic words, which respells clitic groups
(حكومته → حكومة ه), so every token also records the character span it came from in the
article (``doc._.offsets``): provenance always points into the original file. The words a
clitic split made from one written token are listed in ``doc._.multiword`` as
(first, end) ranges of token indices, so the parse can be written back as CoNLL-U.
``doc._.words`` lists the tokens' forms, so that a rule can scan a sentence's words without
building a Token for each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol

from kg import lang
from kg.errors import ModelNotFound, ModelUnusable, UnknownParser
from kg.normalize import strip_diacritics_with_offsets
from kg.settings import DEFAULT_LANGUAGE, settings
from kg.types import Article

PARSERS = ("spacy", "udpipe")
REINSTALL = "reinstall the model with `kg models install --from PATH`"

# also a full stop a pasted text left no space after, between two Arabic words («دولي.ويرافق»),
# but not in an abbreviation of single letters («أ.ش.أ», «د.محمد»), nor after a title's one
# letter («د. يوسف بطرس غالي», «م. أحمد»): no Arabic sentence ends on a word of one letter
_SENTENCE_END = re.compile(
    r"(?<=[.!?؟…])(?<![\s(«\"][\u0621-\u064A]\.)(?<!^[\u0621-\u064A]\.)\s+|\n+"
    r"|(?<=[\u0621-\u064A]{2}\.)(?=[\u0621-\u064A]{2})"
)
_WORD = re.compile(r"\S+")
# a sentence's opening stamp: a transcript's time code «[01:52]» or a feed's clock «10:22 |»,
# with the speaker or source it names («المعلّق:», «LBCI:»); the parse takes the stamp for the
# clause's head and the clause for an aside hung on it
_STAMP = re.compile(
    r"^\s*(?:\[\d{1,2}(?::\d{2}){1,2}\]|\d{1,2}:\d{2}\s*\|)\s*(?:[^\s:|]+(?:\s[^\s:|]+)?\s*:)?"
)
# «فى», as Egyptian papers write «في» (a final «ي» without its dots), and «وفى»: the parse
# model, trained on the dotted spelling, reads neither as the preposition
_UNDOTTED_FI = re.compile(r"(?<!\w)(و?)فى(?!\w)")
# A "sentence" longer than this (text without end punctuation) is cut into sentences of this
# many words: PADT's longest sentence has 280, and rules that read a sentence take longer the
# longer it is.
MAX_SENTENCE_WORDS = 400
# The most words the spaCy components parse at once: their memory grows with the words of a
# batch (some 20 KB a word), not of a sentence; a batch of news articles holds about 10,000.
_BATCH_WORDS = 12_000


@dataclass(frozen=True)
class ModelFiles:
    """A model folder's parts: the UDPipe model, the spaCy parse pipeline, the NER pipeline."""

    udpipe: Path
    spacy: Path | None
    ner: Path | None = None

    @classmethod
    def find(cls, folder: Path) -> ModelFiles:
        udpipe = sorted(folder.rglob("*.udpipe"))
        if not udpipe:
            raise ModelNotFound(
                f"no UDPipe model (*.udpipe) in {folder}: run `kg models install --from PATH`"
            )
        from kg.ner import FOLDER, is_ner_pipeline

        configs = sorted(
            p.parent
            for p in folder.rglob("config.cfg")
            if (p.parent / "meta.json").exists() and not is_ner_pipeline(p.parent)
        )
        ner = folder / FOLDER if is_ner_pipeline(folder / FOLDER) else None
        return cls(udpipe[0], configs[0] if configs else None, ner)


def resolve_model_dir(explicit: Path | None = None) -> Path:
    """The model folder to use: `explicit`, else $KG_MODEL, else the per-user cache
    (`kg.settings`)."""
    if explicit is not None:
        folder, source = explicit, f"--model {explicit}"
    else:
        current = settings()
        folder, source = current.model_dir, current.model_source
    if not folder.is_dir():
        raise ModelNotFound(
            f"no Arabic model at {source}: run `kg models install --from PATH` "
            f"(or `kg models download` on a connected machine)"
        )
    return folder


def sentence_spans(article: Article) -> list[tuple[int, int]]:
    """Character spans of the article's sentences, split on Arabic and Latin end punctuation,
    and cut every `MAX_SENTENCE_WORDS` words where text has no end punctuation.

    UDPipe's own sentence splitting is weak on news text, so kg splits first (even so, sentence F1
    is 61 on PADT test: headlines without a full stop run on; docs/models.md).
    """
    spans = []
    for region_start, region_end in article.regions:
        position = region_start
        chunk = article.text[region_start:region_end]
        for match in _SENTENCE_END.finditer(chunk):
            end = region_start + match.start()
            if article.text[position:end].strip():
                spans.extend(_bounded(article.text, position, end))
            position = region_start + match.end()
        if article.text[position:region_end].strip():
            spans.extend(_bounded(article.text, position, region_end))
    return spans


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentence text[start:end], cut into spans of at most `MAX_SENTENCE_WORDS` words."""
    count, last_end = 0, start
    for word in _WORD.finditer(text, start, end):
        if count == MAX_SENTENCE_WORDS:
            yield start, last_end
            start, count = word.start(), 0
        count += 1
        last_end = word.end()
    yield start, end


@dataclass(frozen=True)
class ParserSpec:
    """A resolved parse setting: small and picklable, so a worker process can load the same."""

    model_dir: Path
    parser: str
    ner: bool | Path = True
    lemmas: bool = False
    ner_everywhere: bool = False
    language: str = DEFAULT_LANGUAGE  # a code of kg.lang, whose defaults name the parser


class Parser(Protocol):
    """What a build needs of a language's parser: Docs of articles (with ``doc._.offsets``,
    ``words`` and ``article`` set) and the setting that makes the same parser again."""

    spec: ParserSpec

    def pipe(self, articles: Iterable[Article]) -> Iterator[Any]: ...


def with_numpy_matmul(nlp):
    """`nlp` with every layer multiplying matrices through numpy (OpenBLAS, one thread: see
    kg/__init__.py) instead of thinc's default, blis, whose wheel runs its generic kernel on
    common server CPUs: a third less CPU for the same parse (benchmarks/README.md)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        for layer in component.model.walk():
            layer.ops = ops
    return nlp


def load_parser(
    model_dir: Path | None = None,
    parser: str | None = None,
    *,
    language: str | None = None,
    **options: Any,
) -> Parser:
    """The parser `language`'s defaults name (a code of kg.lang; default: the configured
    language, $KG_LANG), made with the model folder and options given (those of
    `ArabicParser`: ner, lemmas, ner_everywhere)."""
    return lang.get(language).make_parser(model_dir, parser, **options)


def parser_from_spec(spec: ParserSpec) -> Parser:
    """The parser `spec` describes (in a worker process, the parser of the build)."""
    return load_parser(
        spec.model_dir,
        spec.parser,
        language=spec.language,
        ner=spec.ner,
        lemmas=spec.lemmas,
        ner_everywhere=spec.ner_everywhere,
    )


def parser_input(sentence: str, formulas: re.Pattern | None = None) -> tuple[str, list[int]]:
    """A sentence as the parser reads it, with the offset in `sentence` of each character
    left: on one line, without diacritics, an opening stamp or the set phrases of `formulas`,
    and with «في» for «فى»."""
    stripped, offsets = _without(
        *strip_diacritics_with_offsets(sentence.replace("\n", " ")), _STAMP
    )
    if formulas is not None:
        stripped, offsets = _without(stripped, offsets, formulas)
    return _UNDOTTED_FI.sub(r"\1في", stripped), offsets  # same length: the offsets hold


def _without(text: str, offsets: list[int], formulas: re.Pattern) -> tuple[str, list[int]]:
    """`text` with each set phrase of `formulas` («حفظه الله ورعاه») made one space, and the
    offsets of the characters left: a blessing between a ruler's name and the rest of the
    clause breaks the parse of both."""
    if formulas.search(text) is None:
        return text, offsets
    kept, positions, last = [], [], 0
    for match in formulas.finditer(text):
        kept.append(text[last : match.start()] + " ")
        positions += [*offsets[last : match.start()], offsets[match.start()]]
        last = match.end()
    kept.append(text[last:])
    positions += offsets[last:]
    return "".join(kept), positions


class ArabicParser:
    """Parses articles into spaCy Docs whose tokens know their character span in the article
    (the parser Arabic's defaults name, `kg.lang.ar`).

    `ner` adds kg's named-entity component (`kg.ner`) after the parse, so ``doc.ents`` holds
    PER/ORG/GPE/LOC/MISC spans: True for the model folder's NER (else kg's shipped one; none
    when neither exists), a path for that NER pipeline, False for none. The NER reads only
    the sentences that can hold an event (`kg.ner`) unless `ner_everywhere`. `lemmas` keeps
    the spaCy pipeline's lemmatizer, which extraction never reads (only `kg models evaluate`
    scores lemmas), so it is left out of a build.
    """

    def __init__(
        self,
        model_dir: Path | None = None,
        parser: str | None = None,
        *,
        ner: bool | Path = True,
        lemmas: bool = False,
        ner_everywhere: bool = False,
    ) -> None:
        folder = resolve_model_dir(model_dir)
        self.files = ModelFiles.find(folder)
        chosen = parser or settings().parser or ("spacy" if self.files.spacy else "udpipe")
        if chosen not in PARSERS:
            raise UnknownParser(f"unknown parser {chosen!r}: choose one of {', '.join(PARSERS)}")
        if chosen == "spacy" and self.files.spacy is None:
            raise ModelNotFound(
                f"parser 'spacy' needs a spaCy pipeline next to {self.files.udpipe}: "
                "install one with `kg models install` or set KG_PARSER=udpipe"
            )
        self.parser = chosen
        from kg.ner import find_ner  # its own folder's NER, else the one shipped with kg

        self.ner_path = (
            Path(ner) if isinstance(ner, (str, Path)) else find_ner(folder) if ner else None
        )
        self.spec = ParserSpec(folder, chosen, ner, lemmas, ner_everywhere)
        register_extensions()

    @cached_property
    def _udpipe(self):
        from spacy_udpipe import UDPipeModel

        udpipe = UDPipeModel(lang="ar", path=str(self.files.udpipe))
        if udpipe.model is None:  # ufal.udpipe answers a corrupt or truncated file with None
            raise ModelUnusable(
                f"the UDPipe model {self.files.udpipe.name} in {self.spec.model_dir} does not "
                f"load (corrupt, truncated or not a UDPipe model): {REINSTALL}"
            )
        return udpipe

    @cached_property
    def nlp(self):
        import spacy

        try:
            if self.parser == "spacy":
                exclude = [] if self.spec.lemmas else ["trainable_lemmatizer"]
                nlp = with_numpy_matmul(spacy.load(self.files.spacy, exclude=exclude))
            else:
                nlp = spacy.blank("ar")
            if self.ner_path is not None:
                from kg.ner import FACTORY, register

                register()
                gated = not self.spec.ner_everywhere
                nlp.add_pipe(FACTORY, config={"path": str(self.ner_path), "gated": gated})
        except Exception as error:  # spaCy's and its deserialisers' own types, one per format
            raise ModelUnusable(
                f"the spaCy pipelines in {self.spec.model_dir} do not load "
                f"({type(error).__name__}: {error}): {REINSTALL}"
            ) from error
        return nlp

    @property
    def parse_components(self) -> list[str]:
        """The parse model's components kg runs (kg's own NER left out): what a bare parse of
        the same texts must run to be compared with kg."""
        from kg.ner import FACTORY

        return [name for name in self.nlp.pipe_names if name != FACTORY]

    def load(self) -> ArabicParser:
        """Load the models now rather than on the first article (before timing a parse)."""
        _ = self._udpipe, self.nlp  # cached properties: reading them loads the models
        return self

    def parse(self, article: Article):
        """One article as a parsed Doc (``doc._.offsets`` maps tokens to article characters)."""
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator:
        docs = (self.tokenize(article) for article in articles)
        if self.nlp.pipe_names:
            for batch in _batches(docs, batch_size, _BATCH_WORDS):
                yield from self.nlp.pipe(batch, batch_size=len(batch))
        else:
            yield from docs

    def tokenize(self, article: Article):
        """UDPipe words of the article's sentences, as a Doc with preset sentence starts.

        With ``parser="udpipe"`` the words also carry UDPipe's tags and parse; otherwise they
        are bare words for the spaCy pipeline (`pipe`).
        """
        from spacy.tokens import Doc
        from ufal.udpipe import ProcessingError, Sentence

        lines, offset_maps = [], []
        formulas = lang.get(self.spec.language).pages.formulas
        for start, end in sentence_spans(article):
            stripped, offsets = parser_input(article.text[start:end], formulas)
            lines.append(stripped)
            offset_maps.append([start + o for o in offsets])
        tokenizer = self._udpipe.model.newTokenizer("presegmented;ranges")
        tokenizer.setText("\n".join(lines))
        words: list[str] = []
        spaces: list[bool] = []
        sent_starts: list[bool] = []
        offsets: list[tuple[int, int]] = []
        multiword: list[tuple[int, int]] = []
        annotations: list[tuple[str, str, str, str, int]] = []
        line_base = 0
        line_index = 0
        sentence, error = Sentence(), ProcessingError()
        tagged = self.parser == "udpipe"
        # UDPipe's own tags and heads are for its own words: its splits stand when it tags
        whole = None if tagged else _trigger_verb_pieces
        while tokenizer.nextSentence(sentence, error):
            if tagged:
                self._udpipe.tag(sentence)
                self._udpipe.parse(sentence)
            first_word = len(words)
            for word_start, word_end, word, form, misc, group in _word_ranges(sentence, whole):
                if group > 1:
                    multiword.append((len(words), len(words) + group))
                line_index, line_base = _line_of(word_start, lines, line_index, line_base)
                mapping = offset_maps[line_index]
                local_start = word_start - line_base
                local_end = max(word_end - line_base, local_start + 1)
                offsets.append(
                    (
                        mapping[min(local_start, len(mapping) - 1)],
                        mapping[min(local_end, len(mapping)) - 1] + 1,
                    )
                )
                words.append(form)
                spaces.append("SpaceAfter=No" not in misc)
                sent_starts.append(len(words) - 1 == first_word)
                if tagged:
                    annotations.append(
                        (word.upostag, word.lemma, word.feats, word.deprel, word.head)
                    )
            sentence = Sentence()
        doc_kwargs = {}
        if tagged and words:
            doc_kwargs = _udpipe_annotations(annotations, sent_starts)
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts, **doc_kwargs)
        doc._.offsets = offsets
        doc._.words = words
        doc._.multiword = multiword
        doc._.article = article
        return doc


def _batches(docs: Iterable, size: int, words: int) -> Iterator[list]:
    """Lists of at most `size` Docs and `words` words (or of one Doc longer than that): the
    parse of a batch is the same whatever else the batch holds, its memory is not."""
    batch, count = [], 0
    for doc in docs:
        if batch and (len(batch) == size or count + len(doc) > words):
            yield batch
            batch, count = [], 0
        batch.append(doc)
        count += len(doc)
    if batch:
        yield batch


def _line_of(position: int, lines: list[str], index: int, base: int) -> tuple[int, int]:
    """Index and start offset of the joined line containing `position` (lines joined by \\n)."""
    while index < len(lines) - 1 and position >= base + len(lines[index]) + 1:
        base += len(lines[index]) + 1
        index += 1
    return index, base


def _word_ranges(
    sentence, whole: Callable[[str, list[str]], list[str] | None] | None = None
) -> Iterator[tuple[int, int, object, str, str, int]]:
    """Each syntactic word with its character range in the tokenizer input, its form, its
    MISC column (read once: each read of a UDPipe attribute makes a new string) and, on the
    first word of a multiword token, how many words the token has (else 1).

    A multiword token's range is shared out among its words: a word whose form starts the
    remaining text takes that many characters, the last word takes the rest. `whole` may
    replace a token's words by others (`_trigger_verb_pieces`); those carry the first word's
    UDPipe annotations, which only a tagged parse reads.
    """
    multiword = {token.idFirst: token for token in sentence.multiwordTokens}
    words = sentence.words
    index, count = 1, len(words)
    while index < count:
        token = multiword.get(index)
        if token is None:
            word = words[index]
            misc = word.misc
            start, end = _token_range(misc)
            yield start, end, word, word.form, misc, 1
            index += 1
            continue
        start, end = _token_range(token.misc)
        position = start
        pieces = [words[i] for i in range(token.idFirst, token.idLast + 1)]
        forms = [word.form for word in pieces]
        forms = (whole(token.form, forms) if whole else None) or forms
        pieces = pieces[: len(forms)]
        for number, (word, form) in enumerate(zip(pieces, forms, strict=True)):
            last = number == len(forms) - 1
            width = end - position if last else min(len(form), max(end - position - 1, 1))
            yield (
                position,
                position + width,
                word,
                form,
                word.misc,
                len(forms) if number == 0 else 1,
            )
            position += width
        index = token.idLast + 1


def _trigger_verb_pieces(written: str, pieces: list[str]) -> list[str] | None:
    """A written word that is a form of a trigger verb («استقبلا», «والتأما») but which the
    tokenizer cut into pieces none of which is («استق» + «ب» + «لا»): the verb, with the
    conjunction it carries split off; None where the cut stands.

    UDPipe learnt its cuts on PADT, where dual and some plural forms of these verbs are rare;
    a cut that keeps the verb («استقبله» → «استقبل» + «ه») is left as it is."""
    from kg.extract.triggers import triggers

    return triggers().whole_verb(written, pieces)


_TOKEN_RANGE = re.compile(r"TokenRange=(\d+):(\d+)")


def _token_range(misc: str) -> tuple[int, int]:
    match = _TOKEN_RANGE.search(misc)
    if match is None:  # ranges are always requested; a word without one is zero-width
        return 0, 0
    return int(match.group(1)), int(match.group(2))


def _udpipe_annotations(annotations, sent_starts) -> dict:
    """Tags, lemmas and heads from UDPipe's own tagger and parser, as Doc() arguments."""
    heads, sentence_first = [], 0
    for index, (_, _, _, _, head) in enumerate(annotations):
        if sent_starts[index]:
            sentence_first = index
        heads.append(sentence_first + head - 1 if head else index)
    return {
        "pos": [a[0] or "X" for a in annotations],
        "lemmas": [a[1] or "" for a in annotations],
        "morphs": [a[2] or "" for a in annotations],
        "deps": [("ROOT" if a[3] == "root" else a[3]) or "dep" for a in annotations],
        "heads": heads,
    }


def register_extensions() -> None:
    from spacy.tokens import Doc

    for name in ("offsets", "words", "multiword", "article"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
