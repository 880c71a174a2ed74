"""The folder tree is the architecture: a module imports only from its own layer or below.

Read from the source (every `import` and `from … import`, at any depth, `TYPE_CHECKING` blocks
included), so an import added inside a function is caught as well as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"

# Lowest first. A package may import its own layer and those below it, never one above.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"domain", "i18n"}),  # values and words, no I/O
    frozenset({"config", "panel", "db"}),  # settings, the wire client, the ledger
    frozenset({"payments"}),  # the payment providers' clients
    frozenset({"services", "tasks"}),  # the rules; background task plumbing
    frozenset({"api"}),  # the shop's API v2 for resellers, over the rules
    frozenset({"sandbox"}),  # the simulated panel and the sandbox mode's wiring
    frozenset({"ui"}),  # views, keyboards, rendered notices
    frozenset({"telegram"}),  # the adapter to aiogram
    frozenset({"handlers"}),  # one router per feature
    frozenset({"app", "__main__", "logging_setup"}),  # the composition root
)
RANK = {package: rank for rank, packages in enumerate(LAYERS) for package in packages}


def _package(module: str) -> str:
    """`bot.services.wallet` -> `services`; `bot.app` -> `app`."""
    return module.split(".")[1]


def _module_of(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "bot":  # `from bot import services`
                found += [(node.lineno, f"bot.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}:{node.lineno}: relative import; write it in full")
    return [(line, name) for line, name in found if name.startswith("bot.")]


def upward_imports() -> list[str]:
    bad = []
    for path in sorted(BOT.rglob("*.py")):
        module = _module_of(path)
        if module == "bot":
            continue
        own = RANK[_package(module)]
        for line, imported in _imports(path):
            if RANK[_package(imported)] > own:
                bad.append(f"{path.relative_to(BOT.parent)}:{line} {module} -> {imported}")
    return bad


def test_every_package_has_a_layer() -> None:
    packages = {
        p.stem if p.is_file() else p.name
        for p in BOT.iterdir()
        if (p.is_file() and p.suffix == ".py" and p.stem != "__init__")
        or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert packages - RANK.keys() == set(), "give the new package a layer in LAYERS"


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    assert upward_imports() == []


def _aiogram_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [alias.name for n in ast.walk(tree) if isinstance(n, ast.Import) for alias in n.names]
    found += [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
    return [name for name in found if name.split(".")[0] == "aiogram"]


def test_below_the_presentation_only_telegram_types_are_known() -> None:
    """Services and the layers under them never hold a Bot or a Dispatcher: what must reach
    Telegram goes through the outbox or a small Protocol the telegram layer implements. A
    notice's stored keyboard (aiogram.types) is the one thing they may name."""
    below = {p for p, rank in RANK.items() if rank < RANK["sandbox"]}
    bad = [
        f"{path.relative_to(BOT.parent)}: {name}"
        for path in sorted(BOT.rglob("*.py"))
        if _module_of(path) != "bot" and _package(_module_of(path)) in below
        for name in _aiogram_imports(path)
        if name != "aiogram.types"
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("module", "imported", "upward"),
    [
        ("bot.services.wallet", "bot.ui.views", True),
        ("bot.ui.keyboards.orders", "bot.handlers.my_orders", True),
        ("bot.handlers.my_orders", "bot.services.order_queries", False),
        ("bot.domain.money", "bot.db.database", True),
    ],
)
def test_the_rule_reads_the_layers_as_written(module: str, imported: str, upward: bool) -> None:
    """The check itself can fail: services -> presentation and keyboards -> handlers are
    upward, handlers -> services is not."""
    assert (RANK[_package(imported)] > RANK[_package(module)]) is upward
