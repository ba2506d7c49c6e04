"""The shape of knowledge/: the pipeline's levels, no import circle, doors for the outside.

    shared (text, models, errors, match) < parse < display < store < answer < library < bot

A module imports only from its own package or from a lower level (the shared modules use
each other). Every import counts: lazy ones inside functions and those under TYPE_CHECKING
too. The checks are plain functions so that the last tests can show they catch a circle
and an upward import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = 0
LEVELS = {  # the unit a module belongs to → its level
    "knowledge": SHARED, "knowledge.text": SHARED, "knowledge.models": SHARED,
    "knowledge.errors": SHARED, "knowledge.match": SHARED, "knowledge.spoken": SHARED,
    "knowledge.parse": 1,
    "knowledge.display": 2,
    "knowledge.store": 3,
    "knowledge.answer": 4,
    "knowledge.library": 5,
}
# what bot/ may import from knowledge: Library, the doors, the records, errors, display
DOORS = {"knowledge.library", "knowledge.answer", "knowledge.parse", "knowledge.models",
         "knowledge.errors", "knowledge.display"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(package: str) -> dict[str, Path]:
    return {module_name(p): p for p in sorted((ROOT / package).rglob("*.py"))}


def imports(path: Path, name: str, known: Iterable[str]) -> set[str]:
    """Every module ``path`` imports, relative imports resolved; ``from X import m`` is the
    module X.m when that is a module of ``known``, else X."""
    known = set(known)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            subs = {f"{base}.{alias.name}" for alias in node.names} & known
            found.update(subs or {base})
    return found


def graph(package: str = "knowledge") -> dict[str, set[str]]:
    """Module → the modules of ``package`` it imports. Importing a module of another package
    runs that package's ``__init__`` first, so that counts as an import of it too."""
    mods = modules(package)
    out: dict[str, set[str]] = {}
    for name, path in mods.items():
        edges = set()
        for target in imports(path, name, mods):
            parts = target.split(".")
            for i in range(1, len(parts) + 1):
                prefix = ".".join(parts[:i])
                if prefix in mods and prefix != name and not name.startswith(prefix + "."):
                    edges.add(prefix)
        out[name] = edges
    return out


def circles(edges: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """One cycle for each circle found by a depth-first walk (none: an empty list)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                found.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def unit(module: str) -> str:
    """The longest entry of LEVELS that ``module`` is or lies in."""
    parts = module.split(".")
    for i in range(len(parts), 0, -1):
        if ".".join(parts[:i]) in LEVELS:
            return ".".join(parts[:i])
    raise AssertionError(f"{module} is on no level of the pipeline: add it to LEVELS")


def upward(edges: Mapping[str, Iterable[str]]) -> list[str]:
    """Every import of a module on the same or a higher level (own package and shared aside)."""
    wrong = []
    for src, targets in edges.items():
        for dst in targets:
            a, b = unit(src), unit(dst)
            if a == b or LEVELS[b] < LEVELS[a] or LEVELS[a] == LEVELS[b] == SHARED:
                continue
            wrong.append(f"{src} ({a}, level {LEVELS[a]}) imports {dst} ({b}, level {LEVELS[b]})")
    return wrong


# -- the tree as it is -------------------------------------------------------------------


def test_every_module_has_a_level() -> None:
    for name in modules("knowledge"):
        unit(name)


def test_no_import_circle_in_knowledge() -> None:
    assert circles(graph()) == []


def test_no_module_imports_a_higher_level() -> None:
    assert upward(graph()) == []


def test_knowledge_never_imports_telegram_or_bot() -> None:
    mods = modules("knowledge")
    bad = {f"{name} imports {m}" for name, path in mods.items() for m in imports(path, name, mods)
           if m.split(".")[0] in ("telegram", "bot")}
    assert bad == set()


def test_only_the_store_imports_sqlite_utils() -> None:
    mods = modules("knowledge")
    users = {name for name, path in mods.items()
             if any(m.split(".")[0] == "sqlite_utils" for m in imports(path, name, mods))}
    assert users and all(unit(u) == "knowledge.store" for u in users)


def test_package_inits_only_hand_names_on() -> None:
    for path in ROOT.joinpath("knowledge").rglob("__init__.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            is_doc = isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            is_names = isinstance(node, ast.Assign) and all(
                isinstance(t, ast.Name) and t.id in ("__all__", "__version__") for t in node.targets)
            assert is_doc or is_names or isinstance(node, ast.ImportFrom), \
                f"{path.relative_to(ROOT)}:{node.lineno} is more than a re-export"


def test_bot_uses_only_the_doors() -> None:
    mods = modules("knowledge")
    reached = {(name, m) for name, path in modules("bot").items()
               for m in imports(path, name, mods) if m.split(".")[0] == "knowledge"}
    assert reached and {(name, m) for name, m in reached if m not in DOORS} == set()


# -- the checks catch what they are for ----------------------------------------------------


def test_a_circle_is_found() -> None:
    edges = {"knowledge.answer.engine": {"knowledge.answer.said"},
             "knowledge.answer.said": {"knowledge.answer.reply"},
             "knowledge.answer.reply": {"knowledge.answer.engine"}}
    assert circles(edges) == [["knowledge.answer.engine", "knowledge.answer.said",
                               "knowledge.answer.reply", "knowledge.answer.engine"]]


def test_an_upward_import_is_found() -> None:
    edges = {"knowledge.parse.people": {"knowledge.store.store", "knowledge.text"},
             "knowledge.store.store": {"knowledge.answer.types"},
             "knowledge.display": {"knowledge.store"}}
    assert len(upward(edges)) == 3


def test_lazy_and_type_checking_imports_count(tmp_path: Path) -> None:
    source = ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..answer import Result\n"
              "def f():\n    from ..store import retrieve\n")
    path = tmp_path / "x.py"
    path.write_text(source, encoding="utf-8")
    found = imports(path, "knowledge.parse.x", ["knowledge.store.retrieve"])
    assert {"knowledge.answer", "knowledge.store.retrieve"} <= found
