"""The compiled tables' cache: read back only when nothing they are built from changed."""

from __future__ import annotations

import pickle

import pytest

from kg import tablecache
from kg.kb import read_default_kb
from kg.mentions import MentionFinder
from kg.tablecache import Tables, default_tables, kept, tables_version


def _counted(calls: list[int], tables: object):
    def build():
        calls.append(1)
        return tables

    return build


def test_the_tables_are_built_once_then_read_back(tmp_path):
    path, calls = tmp_path / "v1.pickle", []
    assert kept(path, _counted(calls, {"built": 1})) == {"built": 1}
    assert kept(path, _counted(calls, {"built": 2})) == {"built": 1}
    assert calls == [1] and pickle.loads(path.read_bytes()) == {"built": 1}


def test_a_new_version_replaces_the_old_file(tmp_path):
    kept(tmp_path / "v1.pickle", lambda: "old")
    assert kept(tmp_path / "v2.pickle", lambda: "new") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["v2.pickle"]


def test_a_damaged_file_is_built_again(tmp_path):
    path = tmp_path / "v1.pickle"
    path.write_bytes(pickle.dumps("whole")[:-3])
    assert kept(path, lambda: "rebuilt") == "rebuilt"
    assert pickle.loads(path.read_bytes()) == "rebuilt"


def test_the_version_follows_the_kb_update_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_KB_DIR", str(tmp_path / "kb"))
    before = tables_version()
    (tmp_path / "kb").mkdir()
    (tmp_path / "kb" / "entities.tsv").write_text("qid\n", encoding="utf-8")
    assert tables_version() != before


def test_the_version_follows_kgs_code_and_tables_only(tmp_path, monkeypatch):
    monkeypatch.setattr(tablecache, "PACKAGE_DIR", tmp_path)
    (tmp_path / "data" / "view").mkdir(parents=True)
    table, page = tmp_path / "data" / "cities.tsv", tmp_path / "data" / "view" / "view.js"
    table.write_text("a\n", encoding="utf-8")
    before = tables_version()
    page.write_text("draw()\n", encoding="utf-8")
    assert tables_version() == before
    table.write_text("b\n", encoding="utf-8")
    assert tables_version() != before


def test_a_folder_others_can_write_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    (tmp_path / "tables").mkdir(mode=0o777)
    (tmp_path / "tables").chmod(0o777)
    planted = tmp_path / "tables" / f"{tables_version()}.pickle"
    planted.write_bytes(pickle.dumps("planted"))
    monkeypatch.setattr(tablecache, "compile_tables", lambda: "compiled")
    default_tables.cache_clear()
    try:
        assert default_tables() == "compiled"
    finally:
        default_tables.cache_clear()


@pytest.fixture
def fresh_tables():
    default_tables.cache_clear()
    yield
    default_tables.cache_clear()


def test_the_kept_tables_are_those_read_from_the_files(fresh_tables, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    built = default_tables()
    default_tables.cache_clear()
    read = default_tables()
    assert read is not built and [p.suffix for p in (tmp_path / "tables").iterdir()] == [".pickle"]
    assert isinstance(read, Tables) and read.finder.kb is read.kb
    fresh = read_default_kb()
    for name in ("entries", "guarded", "roles", "offices", "ambiguous_titles"):
        assert repr(getattr(read.kb, name)) == repr(getattr(fresh, name)), name
    assert _finder_state(read.finder) == _finder_state(MentionFinder(fresh))


def _finder_state(finder: MentionFinder) -> str:
    """The finder's indexes, in a form two separately built finders can be compared by."""
    return repr(
        [
            finder.gazetteer._root,
            finder.nisba._root,
            finder._terms,
            finder._offices,
            finder._served,
            finder._country,
            {person: sorted(offices) for person, offices in finder._offices_of.items()},
            finder.family_names.names_of,
            sorted(finder.family_names.families),
        ]
    )


def test_default_kb_is_the_kept_tables_kb(fresh_tables, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    from kg.kb import default_kb

    assert default_kb() is default_tables().kb


def test_the_pickle_is_private(fresh_tables, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    default_tables()
    (pickled,) = (tmp_path / "tables").iterdir()
    assert (tmp_path / "tables").stat().st_mode & 0o777 == 0o700
    assert pickled.stat().st_mode & 0o777 == 0o600
