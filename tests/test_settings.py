"""kg's settings: options over the environment over the per-user defaults, read in one place."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.settings import Settings, shared_dir

ROOT = Path(__file__).resolve().parents[1]


def test_the_environment_overrides_the_per_user_folders(tmp_path):
    environ = {
        "KG_MODEL": str(tmp_path / "model"),
        "KG_PARSER": "udpipe",
        "KG_KB_DIR": str(tmp_path / "kb"),
        "KG_CACHE_DIR": str(tmp_path / "cache"),
        "KG_CONTACT": "analyst@example.org",
        "KG_DEBUG": "1",
    }
    chosen = Settings.read(environ)
    assert chosen.model_dir == tmp_path / "model" and "$KG_MODEL" in chosen.model_source
    assert (chosen.parser, chosen.contact, chosen.debug) == ("udpipe", "analyst@example.org", True)
    assert (chosen.kb_dir, chosen.cache_dir) == (tmp_path / "kb", tmp_path / "cache")


def test_without_the_environment_the_per_user_folders_are_used():
    default = Settings.read({})
    assert default.model_dir.parts[-2:] == ("models", "ar_padt")
    assert default.kb_dir.name == "kb" and default.cache_dir.name == "kg"
    assert (default.parser, default.contact, default.debug) == (None, None, False)


def test_the_shared_data_default_does_not_depend_on_the_current_folder(tmp_path):
    assert shared_dir() == ROOT.parent / "shared"
    shown = subprocess.run(
        [sys.executable, "-m", "kg", "models", "evaluate", "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"},
        check=True,
    ).stdout
    assert str(ROOT.parent / "shared" / "ud" / "ar_padt-test.conllu") in shown


def test_only_the_settings_module_reads_kgs_environment_variables():
    readers = sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "kg").rglob("*.py")
        if "os.environ" in path.read_text(encoding="utf-8")
    )
    assert readers == ["kg/cli.py", "kg/settings.py"]  # the CLI only sets KG_DEBUG for children
