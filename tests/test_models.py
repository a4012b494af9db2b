"""`kg models`: install from a local folder or file, list, the download error, parser choice,
and `kg models evaluate` on a slice of the PADT test file."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from conftest import run_kg

from kg.conllu import doc_to_conllu, parse_conllu
from kg.errors import KgError, ModelNotFound, UnknownParser
from kg.models import download, install, installed
from kg.nlp import ArabicParser, ModelFiles, resolve_model_dir
from kg.types import Article

ROOT = Path(__file__).resolve().parent.parent
PADT_TEST = ROOT.parent / "shared" / "ud" / "ar_padt-test.conllu"


@pytest.fixture
def model_source(tmp_path) -> Path:
    """A model folder shaped like ../shared/models: a UDPipe file and a spaCy pipeline (copies
    of the installed model's: installing checks that they parse), read-only as shipped."""
    installed_model = ModelFiles.find(resolve_model_dir())
    source = tmp_path / "models"
    (source / "udpipe").mkdir(parents=True)
    shutil.copy(installed_model.udpipe, source / "udpipe" / "arabic.udpipe")
    shutil.copytree(installed_model.spacy, source / "spacy")
    for path in [*source.rglob("*")][::-1]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    yield source
    for path in source.rglob("*"):
        path.chmod(0o755)


def kg(*args: str, data_home: Path) -> subprocess.CompletedProcess:
    """`kg` with its per-user folders under `data_home`, never the developer's own cache."""
    env = {"XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"}
    return run_kg(*args, env=env, timeout=300)


@pytest.mark.model
def test_install_from_a_folder_records_source_licence_and_accuracy(model_source, tmp_path):
    target = install(model_source, tmp_path / "cache" / "ar_padt")
    manifest = json.loads((target / "model.json").read_text(encoding="utf-8"))
    assert manifest["source"] == str(model_source.resolve())
    assert "CC BY-NC-SA" in manifest["licence"] and "PADT" in manifest["licence"]
    performance = json.loads((model_source / "spacy" / "meta.json").read_text())["performance"]
    assert manifest["accuracy"]["dep_las"] == round(performance["dep_las"], 4)
    udpipe = (model_source / "udpipe" / "arabic.udpipe").read_bytes()
    assert (target / "arabic.udpipe").read_bytes() == udpipe
    assert (target / "spacy" / "config.cfg").is_file()
    assert installed(tmp_path / "cache") == [manifest]


@pytest.mark.model
def test_install_again_replaces_a_read_only_copy(model_source, tmp_path):
    target = tmp_path / "cache" / "ar_padt"
    install(model_source, target)
    install(model_source / "udpipe" / "arabic.udpipe", target)
    manifest = json.loads((target / "model.json").read_text(encoding="utf-8"))
    assert manifest["spacy"] is None and not (target / "spacy").exists()


@pytest.mark.model
@pytest.mark.parametrize("name", ["missing", "udpipe/arabic.txt"])
def test_install_from_nothing_usable_says_what_to_give(model_source, name):
    with pytest.raises(ModelNotFound):
        install(model_source / name)


@pytest.mark.model
def test_cli_installs_into_the_per_user_cache_and_lists_it(model_source, tmp_path):
    result = kg("models", "install", "--from", str(model_source), data_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "kg" / "models" / "ar_padt" / "model.json").is_file()
    listed = kg("models", "list", data_home=tmp_path)
    assert str(model_source.resolve()) in listed.stdout and "CC BY-NC-SA" in listed.stdout


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_download_without_network_is_a_one_line_error(tmp_path):
    url = f"http://127.0.0.1:{_unused_port()}/arabic.udpipe"
    with pytest.raises(KgError, match="kg models install --from PATH"):
        download(tmp_path / "ar_padt", url=url)
    assert not (tmp_path / "ar_padt").exists()
    result = kg("models", "download", "--url", url, data_home=tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "cannot download" in result.stderr


@pytest.mark.model
def test_unknown_parser_lists_the_choices():
    with pytest.raises(UnknownParser, match="spacy, udpipe"):
        ArabicParser(parser="stanza")


@pytest.mark.model
@pytest.mark.parametrize("choice", ["spacy", "udpipe"])
def test_both_parsers_tag_and_parse_with_offsets_into_the_article(choice):
    text = "وقال وزير الخارجية التركي إنه التقى وفد حماس في أنقرة."
    article = Article("t", "t.txt", text, ((0, len(text)),), None)
    doc = ArabicParser(parser=choice).parse(article)
    assert doc[0].text == "و" and doc[0].pos_ == "CCONJ"  # the clitic is split off
    assert any(token.dep_ == "ROOT" for token in doc)
    assert all(text[start:end] for start, end in doc._.offsets)
    assert (0, 2) in doc._.multiword  # و + قال came from one written token
    assert doc._.words == [token.text for token in doc]


@pytest.mark.model
def test_the_parse_as_conllu_spells_the_article_text():
    line = "قالت الحكومةُ إنّ وزيرها سيزور أنقرةَ غداً."
    text = f"{line}\nالمصدر: وكالات"  # the second line is page furniture, not the article
    article = Article("t", "t.txt", text, ((0, len(line)),), None)
    conllu = doc_to_conllu(ArabicParser().parse(article))
    tokens = [token for sentence in parse_conllu(conllu) for token in sentence.tokens]
    assert "".join(token.form for token in tokens) == "".join(line.split())  # diacritics too
    assert any(token.multiword for token in tokens)  # وزيرها = وزير + ها


@pytest.mark.model
def test_the_default_parse_is_the_combination():
    assert ArabicParser().parser == "spacy"


@pytest.mark.model
def test_evaluate_scores_the_parse_of_raw_text():
    from kg.modeleval import evaluate_parser

    result = evaluate_parser(ArabicParser(), PADT_TEST, limit=20)
    scores = {name: score.f1 for name, score in result.scores.items()}
    assert result.sentences == 20 and result.words > 250
    assert scores["Tokens"] > 0.97 and scores["Words"] > 0.9
    assert scores["UPOS"] > 0.8 and scores["LAS"] > 0.55


@pytest.mark.model
def test_a_short_training_run_writes_a_model_kg_can_parse_with(tmp_path):
    """`kg models train` end to end on the real treebank, cut to 20 steps: the model folder it
    writes holds the new spaCy pipeline next to the UDPipe tokenizer, and parses."""
    output = tmp_path / "smoke"
    done = run_kg(
        "models", "train", "--ud", str(PADT_TEST.parent), "--output", str(output),
        "--max-steps", "20",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (output / "spacy" / "config.cfg").is_file()
    assert list(output.glob("*.udpipe"))
    text = "التقى وزير الخارجية وفدا من حماس في أنقرة."
    doc = ArabicParser(output).parse(Article("t", "t.txt", text, ((0, len(text)),), None))
    assert len(doc) >= 8 and all(token.dep_ for token in doc)


@pytest.mark.model
def test_training_without_a_treebank_is_one_line(tmp_path):
    done = run_kg("models", "train", "--ud", str(tmp_path), "--output", str(tmp_path / "m"))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "ar_padt-train.conllu" in done.stderr
