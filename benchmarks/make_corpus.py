"""Write a benchmark corpus of Arabic news articles built from real sentences.

    python benchmarks/make_corpus.py --size 1000            # → benchmarks/corpus/1000/
    python benchmarks/make_corpus.py --size 100 --out DIR

Sentences are the `# text` lines of UD Arabic-PUD (news and Wikipedia) and UD Arabic-PADT
(newswire) in ``../shared/ud/``. Article `i` takes 15-25 of them, in paragraphs of 2-5, under a
publication-date line; its choice depends only on `i`, so a smaller corpus is a prefix of a
larger one and the same size is the same bytes on every run. The five seed articles are added
as they are, so the real extraction rules fire too. Sentences repeat across articles (about 7,700
distinct ones), as copies and follow-ups do in a real feed.
"""

from __future__ import annotations

import argparse
import datetime
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UD_DIR = ROOT.parent / "shared" / "ud"
TREEBANKS = (
    "ar_pud-ud-test.conllu",
    "ar_padt-train.conllu",
    "ar_padt-dev.conllu",
    "ar_padt-test.conllu",
)
FIRST_DAY = datetime.date(2024, 1, 1)


def sentences(ud_dir: Path) -> list[str]:
    """The raw text of every sentence of the treebanks, in file order."""
    found = []
    for name in TREEBANKS:
        with (ud_dir / name).open(encoding="utf-8") as handle:
            found += [
                line[len("# text = ") :].strip() for line in handle if line.startswith("# text = ")
            ]
    return found


def article(number: int, pool: list[str]) -> str:
    """The text of article `number`: a date line, then paragraphs of real sentences."""
    rng = random.Random(f"kg-corpus-{number}")
    day = FIRST_DAY + datetime.timedelta(days=rng.randrange(730))
    chosen = rng.choices(pool, k=rng.randint(15, 25))
    paragraphs, position = [], 0
    while position < len(chosen):
        size = rng.randint(2, 5)
        paragraphs.append(" ".join(chosen[position : position + size]))
        position += size
    return f"{day.isoformat()}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(size: int, out: Path, ud_dir: Path = UD_DIR, seeds: Path = ROOT / "seeds") -> int:
    """Write `size` generated articles plus the seeds into `out`; return the number of words."""
    pool = sentences(ud_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    words = 0
    for number in range(size):
        text = article(number, pool)
        (out / f"news_{number:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    for seed in sorted(seeds.glob("*.txt")):
        shutil.copy(seed, out / seed.name)
        words += len(seed.read_text(encoding="utf-8").split())
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100, help="generated articles (100, 1000...)")
    parser.add_argument("--out", type=Path, help="folder to write (default: benchmarks/corpus/N)")
    parser.add_argument("--ud", type=Path, default=UD_DIR, help="folder of the UD treebanks")
    args = parser.parse_args()
    out = args.out or ROOT / "benchmarks" / "corpus" / str(args.size)
    words = write_corpus(args.size, out, args.ud)
    print(f"{out}: {args.size} articles + seeds, {words:,} words")


if __name__ == "__main__":
    main()
