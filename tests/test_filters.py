"""bot/telegram/filters.py: a magic filter wrapped in `Check` runs on the event loop's thread
(stock aiogram sends a plain `F.…` to its thread pool) and decides exactly as the bare one; and
no handler module registers a bare magic filter or a bare state, so nothing of ours waits for a
worker thread on its way through the routers."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from aiogram import Dispatcher, F, Router
from aiogram.types import Message
from magic_filter import MagicFilter

from bot.telegram.filters import Check
from tests.conftest import CUSTOMER
from tests.fakes.telegram import BotHarness, message_update

HANDLERS = Path(__file__).resolve().parents[1] / "bot" / "handlers"


class Noting(Check):
    """Check, noting the thread each call runs on."""

    def __init__(self, magic: MagicFilter, threads: list[int]) -> None:
        super().__init__(magic)
        self.threads = threads

    async def __call__(self, event: object) -> bool:  # type: ignore[override]
        self.threads.append(threading.get_ident())
        return await super().__call__(event)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "chat", "answered"), [("ping", "private", True),
                                                        ("ping", "group", False),
                                                        ("pong", "private", False),
                                                        ("/ping", "private", False)])  # fmt: skip
async def test_a_check_decides_as_its_magic_filter_on_the_loops_thread(
    text: str, chat: str, answered: bool
) -> None:
    threads: list[int] = []
    replies: list[str] = []
    router = Router()
    router.message.filter(Noting(F.chat.type == "private", threads))

    async def on_ping(message: Message) -> None:
        replies.append("pong")

    router.message.register(on_ping, Check(F.text == "ping"), Check(~F.text.startswith("/")))
    dp = Dispatcher()
    dp.include_router(router)
    async with BotHarness(dp) as h:
        chat_id = CUSTOMER if chat == "private" else -100
        await h.feed(message_update(CUSTOMER, text, chat_id=chat_id, chat_type=chat))
    assert replies == (["pong"] if answered else [])
    assert threads == [threading.get_ident()]  # this thread: the loop's, not a worker's


def _bare_filters(path: Path) -> list[str]:
    """Arguments of `.register(...)`/`.filter(...)` calls that are a bare `F.…` (or `~F.…`)
    or a bare state (`Flow.step`): aiogram would call them on its thread pool."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            continue
        # `router.message.register(…)` / `.filter(…)`; not a callback data class's `Cb.filter(…)`
        if call.func.attr not in ("register", "filter") or not isinstance(
            call.func.value, ast.Attribute
        ):
            continue
        for arg in call.args:
            root = arg.operand if isinstance(arg, ast.UnaryOp) else arg
            while isinstance(root, ast.Attribute | ast.Call | ast.Compare):
                root = root.func if isinstance(root, ast.Call) else (
                    root.left if isinstance(root, ast.Compare) else root.value)  # fmt: skip
            name = root.id if isinstance(root, ast.Name) else ""
            if name == "F" or name.endswith("Flow"):
                found.append(f"{path.name}:{arg.lineno} {ast.unparse(arg)}")
    return found


def test_no_handler_module_registers_a_bare_magic_filter_or_state() -> None:
    found = [bad for path in sorted(HANDLERS.glob("*.py")) for bad in _bare_filters(path)]
    assert found == [], "wrap F.… in Check(...), a state in StateFilter(...)"


def test_the_source_check_sees_a_bare_filter(tmp_path: Path) -> None:
    module = tmp_path / "handler.py"
    module.write_text(
        "r.message.register(on_text, F.text, Check(F.text))\n"
        "r.message.filter(~F.text.startswith('/'))\n"
        "r.message.register(on_amount, AdminFlow.amount, Check(F.text == 'x'))\n"
        "r.callback_query.register(on_press, OrderCb.filter(F.act == 'go'))\n"
    )
    assert len(_bare_filters(module)) == 3
