"""The README documents the command line: every command is a row of its command table and
every option has help text and appears in the README."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.main

from kg.cli import app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _command_table() -> str:
    start = README.index("## Commands")
    return README[start : README.index("\n## ", start + 1)]


def _commands() -> Iterator[tuple[str, object]]:
    def walk(command, path: tuple[str, ...]):
        if hasattr(command, "commands"):  # a group: kg, kg models, kg kb
            for name, sub in command.commands.items():
                yield from walk(sub, (*path, name))
        else:
            yield " ".join(("kg", *path)), command

    yield from walk(typer.main.get_command(app), ())


COMMANDS = dict(_commands())


def test_the_cli_has_commands_to_document():
    assert {"kg build", "kg query", "kg load", "kg models install", "kg kb update"} <= set(COMMANDS)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_a_row_in_the_readme_table(name):
    assert COMMANDS[name].help, f"{name} has no help text"
    rows = [line for line in _command_table().splitlines() if line.startswith("|")]
    assert any(f"| `{name}" in row for row in rows), f"{name} is not in the README's table"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_has_help_and_is_in_the_readme(name):
    options = [p for p in COMMANDS[name].params if p.param_type_name == "option"]
    assert all(option.help for option in options), f"{name}: an option has no help text"
    spelled = [f for o in options for f in (*o.opts, *o.secondary_opts) if f.startswith("--")]
    undocumented = [flag for flag in spelled if flag not in README]
    assert undocumented == [], f"{name}: {undocumented} not in the README"


def test_every_module_of_the_package_is_on_the_readme_map():
    start = README.index("## For developers: the package map")
    section = README[start : README.index("\n## ", start + 1)]
    package = Path(__file__).parents[1] / "kg"
    modules = {
        path.stem
        for path in package.rglob("*.py")
        if path.stem not in ("__init__", "__main__") and "_project" not in path.parts
    }
    missing = sorted(name for name in modules if f"`{name}`" not in section)
    assert missing == [], f"modules missing from the README's package map: {missing}"


def test_only_the_cli_imports_typer():
    package = Path(__file__).parents[1] / "kg"
    importers = sorted(
        path.name
        for path in package.rglob("*.py")
        if "import typer" in path.read_text(encoding="utf-8")
    )
    assert importers == ["cli.py"]
