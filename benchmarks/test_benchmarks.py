"""The benchmark corpora and the bare parse, on the real treebanks and the installed model.

    .venv/bin/pytest benchmarks/test_benchmarks.py

Skipped where the treebanks (../shared/ud) or the model are absent.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

import bare_parse  # noqa: E402
import make_corpus  # noqa: E402

needs_ud = pytest.mark.skipif(
    not (make_corpus.UD_DIR / make_corpus.TRAIN_FILE).is_file(), reason="no UD treebanks"
)


@pytest.fixture(scope="module")
def pools() -> dict[str, list[make_corpus.Sentence]]:
    return make_corpus.pools(make_corpus.UD_DIR)


def _manifest(folder: Path) -> list[dict[str, str]]:
    with (folder / "manifest.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@needs_ud
@pytest.mark.parametrize("corpus", make_corpus.CORPORA)
def test_no_sentence_is_repeated_and_a_smaller_corpus_is_a_prefix(corpus, pools, tmp_path):
    large = make_corpus.write_corpus(corpus, 40, tmp_path / "40", pool=pools[corpus])
    make_corpus.write_corpus(corpus, 15, tmp_path / "15", pool=pools[corpus])
    assert large.articles == 40 and not large.exhausted
    ids = [i for row in _manifest(tmp_path / "40") for i in row["sentence_ids"].split()]
    assert len(ids) == len(set(ids)) == large.sentences
    texts = {s.ident: s.text for s in pools[corpus]}
    assert len({texts[i] for i in ids}) == len(ids)
    for path in sorted((tmp_path / "15").glob("*.txt")):
        assert path.read_bytes() == (tmp_path / "40" / path.name).read_bytes()
    assert len(list((tmp_path / "15").glob("*.txt"))) == 15


@needs_ud
def test_the_manifest_says_which_sentences_are_training_data(pools, tmp_path):
    for corpus in make_corpus.CORPORA:
        make_corpus.write_corpus(corpus, 10, tmp_path / corpus, pool=pools[corpus])
        for row in _manifest(tmp_path / corpus):
            ids = row["sentence_ids"].split()
            text = (tmp_path / corpus / row["file"]).read_text(encoding="utf-8")
            training = sum(i.startswith("padt-train:") for i in ids)
            assert int(row["padt_train_sentences"]) == training
            assert int(row["words"]) == len(text.split()) - 1  # less the date line
            if corpus == "unseen":
                assert training == 0
            if corpus == "train":
                assert training == len(ids)
    train_texts = {s.text for s in pools["train"]}
    assert not train_texts & {s.text for s in pools["unseen"]}


@needs_ud
def test_the_events_pool_is_the_trigger_rule(pools):
    events = pools["events"]
    assert all(s.lemmas & make_corpus.TRIGGER_LEMMAS for s in events)
    others = [s for s in pools["unseen"] + pools["train"] if s.text not in {e.text for e in events}]
    assert not any(s.lemmas & make_corpus.TRIGGER_LEMMAS for s in others)
    assert {s.ident.split(":")[0] for s in events} == {"pud", "padt-train", "padt-dev", "padt-test"}


@needs_ud
def test_a_corpus_stops_when_its_pool_runs_out(pools, tmp_path):
    pool = pools["unseen"][:60]
    summary = make_corpus.write_corpus("unseen", 1000, tmp_path, pool=pool)
    assert summary.exhausted and 4 <= summary.articles < 12
    assert summary.sentences <= 60
    assert "ran out" in summary.line()
    ids = [i for row in _manifest(tmp_path) for i in row["sentence_ids"].split()]
    assert len(ids) == len(set(ids))


@needs_ud
@pytest.mark.parametrize("corpus", make_corpus.CORPORA)
def test_the_bare_parse_splits_sentences_as_kg_does(corpus, pools, tmp_path):
    """Every article of every corpus (a few hundred): questions, ellipses, diacritics."""
    from kg.nlp import parser_input, sentence_spans
    from kg.reader import read_file

    make_corpus.write_corpus(corpus, 1000, tmp_path, pool=pools[corpus])
    bodies = bare_parse.article_bodies(tmp_path)
    for body, path in zip(bodies, sorted(tmp_path.glob("*.txt")), strict=True):
        (article,) = read_file(path)
        if sum(len(article.text[s:e].split()) for s, e in article.regions) < len(body.split()):
            continue  # kg's reader left a line out as page furniture (see the README)
        kg_sentences = [
            parser_input(article.text[start:end])[0] for start, end in sentence_spans(article)
        ]
        assert bare_parse.sentences(body) == kg_sentences


@needs_ud
@pytest.mark.model
def test_the_bare_parse_is_kgs_parse(pools, tmp_path):
    """Same words, tags, lemmas and trees as kg's parser, with kg's components."""
    try:
        from kg.nlp import ArabicParser

        parser = ArabicParser().load()
    except Exception as error:  # kg's own message says what is missing
        pytest.skip(f"no parse model: {error}")
    from kg.reader import read_folder

    make_corpus.write_corpus("unseen", 4, tmp_path, pool=pools["unseen"])
    articles = list(read_folder(tmp_path))
    expected = bare_parse.digest_of(parser.pipe(articles))
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "bare_parse.py"),
            str(tmp_path),
            "--components",
            ",".join(parser.parse_components),
            "--digest",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ", ".join(parser.parse_components) in done.stderr
    result = done.stdout.strip().splitlines()[-1]
    assert f'"digest": "{expected[0]}"' in result
    assert f'"tokens": {expected[2]}' in result
