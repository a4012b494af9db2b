"""Write benchmark corpora of Arabic news articles from real sentences, none of them repeated.

    python benchmarks/make_corpus.py --size 1000   # → benchmarks/corpus/{unseen,train,events}/1000/
    python benchmarks/make_corpus.py --size 100 --corpus events --out DIR

Sentences are the `# text` lines of UD Arabic-PUD (news and Wikipedia) and UD Arabic-PADT
(newswire) in ``../shared/ud/``. Three corpora, each drawn from its own pool:

* ``unseen``: sentences of PUD, PADT dev and PADT test, none of which is in PADT train: text the
  parse model was not trained on (PADT dev was its model-selection set, not its training data);
* ``train``: sentences of PADT train, the parse model's own training data;
* ``events``: sentences of all four files whose lemmas include a trigger of a relation kg
  extracts (`TRIGGER_LEMMAS`, the rule of scripts/padt_sets.py), so that the extraction rules
  fire, not only the parse; the manifest says which of them are training data.

Each pool holds every distinct sentence text once, shuffled once by a fixed seed. Article `i`
takes the next 5-15 sentences of the pool (PADT's documents have 10 sentences at the median),
in paragraphs of 2-5, under a publication-date line; how many depends only on `i`, so a smaller
corpus is a prefix of a larger one and the same size is the same bytes on every run. No sentence
is used twice: when the pool runs out the corpus stops there, and says so, rather than repeat.

Next to the articles, ``manifest.tsv`` lists per article its words, its sentences, how many of
them are PADT train sentences (the model's training data), and the sentence IDs
(``file:sent_id``) it is made of.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import random
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from kg.normalize import normalize  # noqa: E402  (folds lemmas as kg folds words)

UD_DIR = ROOT.parent / "shared" / "ud"
TRAIN_FILE = "ar_padt-train.conllu"
UNSEEN_FILES = ("ar_pud-ud-test.conllu", "ar_padt-dev.conllu", "ar_padt-test.conllu")
SHORT_NAMES = {
    "ar_pud-ud-test.conllu": "pud",
    "ar_padt-train.conllu": "padt-train",
    "ar_padt-dev.conllu": "padt-dev",
    "ar_padt-test.conllu": "padt-test",
}
CORPORA = ("unseen", "train", "events")
FIRST_DAY = datetime.date(2024, 1, 1)
ARTICLE_SENTENCES = (5, 15)
PARAGRAPH_SENTENCES = (2, 5)

# The event rule, written down before the corpus was drawn: the lemma list of
# scripts/padt_sets.py (meetings, talks, visits, summits and the light verbs that hold them;
# legal cases and joining them; membership and composition), compared in kg's folded spelling.
_MEETING_LEMMAS = (
    "استقبل التقي لقي اجتمع بحث ناقش تباحث حاور لقاء اجتماع محادثه مباحثه قمه مشاوره "
    "عقد انعقد اجري استضاف احتضن زار زياره موتمر جلسه حوار وفد"
)
_CASE_LEMMAS = "انضم انضمام تدخل التحق دعوي قضيه شكوي محكمه"
_MEMBERSHIP_LEMMAS = "عضو عضويه ضم تالف تكون شمل تحالف شارك مشاركه"
TRIGGER_LEMMAS = frozenset(
    word for words in (_MEETING_LEMMAS, _CASE_LEMMAS, _MEMBERSHIP_LEMMAS) for word in words.split()
)


@dataclass(frozen=True)
class Sentence:
    ident: str  # "padt-train:d0.s1"
    text: str
    lemmas: frozenset[str]  # folded

    @property
    def training(self) -> bool:
        return self.ident.startswith(SHORT_NAMES[TRAIN_FILE] + ":")

    @property
    def has_trigger(self) -> bool:
        return bool(self.lemmas & TRIGGER_LEMMAS)


def read_treebank(path: Path) -> Iterator[Sentence]:
    """The sentences of a CoNLL-U file, in file order, with their folded lemmas."""
    short = SHORT_NAMES.get(path.name, path.stem)
    sent_id, text, lemmas = "", None, set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line.removeprefix("# sent_id = ").strip()
            elif line.startswith("# text = "):
                text = line.removeprefix("# text = ").strip()
            elif not line.strip():
                if text:
                    yield Sentence(f"{short}:{sent_id}", text, frozenset(lemmas))
                sent_id, text, lemmas = "", None, set()
            elif not line.startswith("#"):
                columns = line.split("\t")
                if columns[0].isdigit():
                    lemmas.add(normalize(columns[2]))
    if text:
        yield Sentence(f"{short}:{sent_id}", text, frozenset(lemmas))


def pools(ud_dir: Path) -> dict[str, list[Sentence]]:
    """The sentences each corpus draws from: distinct texts, shuffled once per corpus.

    A text that PADT train holds is training data wherever else it also occurs (a few
    headlines and datelines recur across the PADT files), so it counts as a train sentence.
    """
    train = list(read_treebank(ud_dir / TRAIN_FILE))
    train_texts = {sentence.text for sentence in train}
    unseen = [
        sentence
        for name in UNSEEN_FILES
        for sentence in read_treebank(ud_dir / name)
        if sentence.text not in train_texts
    ]
    found = {
        "unseen": _distinct(unseen),
        "train": _distinct(train),
        "events": _distinct([s for s in train + unseen if s.has_trigger]),
    }
    for name, pool in found.items():
        random.Random(f"kg-corpus-{name}").shuffle(pool)
    return found


def _distinct(sentences: list[Sentence]) -> list[Sentence]:
    """The first sentence of each distinct text, in order."""
    seen: set[str] = set()
    kept = []
    for sentence in sentences:
        if sentence.text not in seen:
            seen.add(sentence.text)
            kept.append(sentence)
    return kept


@dataclass(frozen=True)
class Article:
    number: int
    text: str
    sentences: tuple[Sentence, ...]

    @property
    def words(self) -> int:
        """Words of the body (the date line is the page header, not parsed)."""
        return sum(len(sentence.text.split()) for sentence in self.sentences)


def articles(corpus: str, pool: list[Sentence]) -> Iterator[Article]:
    """The corpus's articles in order, until the pool has too few sentences for the next one."""
    position = 0
    number = 0
    while True:
        rng = random.Random(f"kg-corpus-{corpus}-{number}")
        day = FIRST_DAY + datetime.timedelta(days=rng.randrange(730))
        count = rng.randint(*ARTICLE_SENTENCES)
        if position + count > len(pool):
            return
        chosen = pool[position : position + count]
        position += count
        paragraphs, start = [], 0
        while start < count:
            size = rng.randint(*PARAGRAPH_SENTENCES)
            paragraphs.append(" ".join(s.text for s in chosen[start : start + size]))
            start += size
        text = f"{day.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"
        yield Article(number, text, tuple(chosen))
        number += 1


@dataclass
class Summary:
    corpus: str
    requested: int
    articles: int = 0
    words: int = 0
    sentences: int = 0
    training_sentences: int = 0
    training_words: int = 0
    exhausted: bool = False

    def line(self) -> str:
        share = self.training_words / self.words if self.words else 0.0
        text = (
            f"{self.corpus}: {self.articles:,} articles, {self.words:,} words, "
            f"{self.sentences:,} sentences; training data (PADT train): "
            f"{self.training_sentences:,} sentences, {share:.0%} of the words"
        )
        if self.exhausted:
            text += (
                f"\n  the {self.corpus} pool ran out after {self.articles:,} of "
                f"{self.requested:,} articles: stopped there (no sentence is repeated)"
            )
        return text


def write_corpus(
    corpus: str, size: int, out: Path, ud_dir: Path = UD_DIR, pool: list[Sentence] | None = None
) -> Summary:
    """Write the first `size` articles of `corpus` (fewer if its pool runs out) into `out`."""
    pool = pools(ud_dir)[corpus] if pool is None else pool
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    summary = Summary(corpus, size)
    rows = []
    for article in articles(corpus, pool):
        if article.number == size:
            break
        name = f"news_{article.number:05d}.txt"
        (out / name).write_text(article.text, encoding="utf-8")
        training = [s for s in article.sentences if s.training]
        summary.articles += 1
        summary.words += article.words
        summary.sentences += len(article.sentences)
        summary.training_sentences += len(training)
        summary.training_words += sum(len(s.text.split()) for s in training)
        rows.append(
            (
                name,
                article.words,
                len(article.sentences),
                len(training),
                " ".join(s.ident for s in article.sentences),
            )
        )
    summary.exhausted = summary.articles < size
    with (out / "manifest.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(("file", "words", "sentences", "padt_train_sentences", "sentence_ids"))
        writer.writerows(rows)
    return summary


def corpus_dir(corpus: str, size: int) -> Path:
    return ROOT / "benchmarks" / "corpus" / corpus / str(size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100, help="articles per corpus (100, 1000...)")
    parser.add_argument(
        "--corpus", nargs="+", choices=CORPORA, default=list(CORPORA), help="which corpora"
    )
    parser.add_argument("--out", type=Path, help="folder to write (one corpus only)")
    parser.add_argument("--ud", type=Path, default=UD_DIR, help="folder of the UD treebanks")
    args = parser.parse_args()
    if args.out and len(args.corpus) != 1:
        parser.error("--out takes one --corpus")
    found = pools(args.ud)
    for corpus in args.corpus:
        out = args.out or corpus_dir(corpus, args.size)
        summary = write_corpus(corpus, args.size, out, args.ud, found[corpus])
        print(f"{out}\n  {summary.line()}")


if __name__ == "__main__":
    main()
