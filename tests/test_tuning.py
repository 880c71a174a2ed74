"""bot/telegram/tuning.py: the patches run only when wanted and when the runtime is what they
expect; otherwise the bot is stock, and the shop answers alike either way."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiogram import Dispatcher, F, Router
from aiogram.types import Message

from bot.telegram import tuning
from bot.telegram.tuning import FILTERS, GC_FREEZE, SWITCH_INTERVAL, Tuning
from tests.conftest import CUSTOMER, Shop, make_settings
from tests.fakes.telegram import BotHarness, message_update

ROOT = Path(__file__).resolve().parents[1]


def recording_dispatcher(threads: list[int], replies: list[str]) -> Dispatcher:
    """A synchronous filter (as every F-expression is) that notes the thread it runs on."""

    def private(message: Message) -> bool:
        threads.append(threading.get_ident())
        return message.chat.type == "private"

    dp = Dispatcher()
    router = Router()
    router.message.filter(private)

    @router.message(F.text == "ping")
    async def on_ping(message: Message) -> None:
        replies.append("pong")

    dp.include_router(router)
    return dp


@pytest.mark.parametrize("enabled", [True, False])
async def test_filters_run_on_the_loop_only_when_tuned_and_decide_alike(enabled: bool) -> None:
    threads: list[int] = []
    replies: list[str] = []
    dp = recording_dispatcher(threads, replies)
    Tuning(enabled).routers(dp)
    async with BotHarness(dp) as h:
        await h.feed(message_update(CUSTOMER, "ping"))
        await h.feed(message_update(CUSTOMER, "ping", chat_id=-100, chat_type="group"))
    assert replies == ["pong"]  # the group's message was turned away either way
    assert len(threads) == 2
    on_the_loop = {threading.get_ident()} == set(threads)
    assert on_the_loop is enabled  # stock aiogram: a worker thread (asyncio.to_thread)


async def test_filters_whose_check_fails_stay_stock_and_say_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(tuning._CHECKS, FILTERS, lambda: "CallableObject has fields []")
    threads: list[int] = []
    replies: list[str] = []
    dp = recording_dispatcher(threads, replies)
    with caplog.at_level(logging.WARNING, logger="bot.telegram.tuning"):
        Tuning(True).routers(dp)
    [record] = caplog.records
    assert "'filters' left off" in record.getMessage()
    async with BotHarness(dp) as h:
        await h.feed(message_update(CUSTOMER, "ping"))
    assert replies == ["pong"]
    assert threading.get_ident() not in threads


@pytest.fixture
def interpreter() -> Iterator[None]:
    """The process-wide state the patches change, put back after the test."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(tuning.PYTHON_SWITCH_SECONDS)
    gc.unfreeze()
    try:
        yield
    finally:
        gc.unfreeze()
        sys.setswitchinterval(interval)


@pytest.mark.usefixtures("interpreter")
@pytest.mark.parametrize("enabled", [True, False])
def test_the_process_is_tuned_only_when_wanted(enabled: bool) -> None:
    applied = Tuning(enabled).process()

    assert applied == ([GC_FREEZE, SWITCH_INTERVAL] if enabled else [])
    assert (gc.get_freeze_count() > 0) is enabled
    expected = tuning.SWITCH_SECONDS if enabled else tuning.PYTHON_SWITCH_SECONDS
    assert sys.getswitchinterval() == pytest.approx(expected)


@pytest.mark.usefixtures("interpreter")
def test_a_patch_whose_check_fails_stays_off_and_says_so_in_one_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sys.setswitchinterval(0.002)  # as if something else had chosen its own interval
    with caplog.at_level(logging.WARNING, logger="bot.telegram.tuning"):
        applied = Tuning(True).process()

    assert applied == [GC_FREEZE]
    [record] = caplog.records
    assert "'switch_interval' left off" in record.getMessage()
    assert sys.getswitchinterval() == pytest.approx(0.002)


def test_the_running_interpreter_passes_every_check() -> None:
    """An aiogram or Python that fails one shows here first (the bot would run without it)."""
    assert tuning._check_filters() is None
    assert tuning._check_gc_freeze() is None
    assert tuning._check_switch_interval() is None or sys.getswitchinterval() not in (
        tuning.PYTHON_SWITCH_SECONDS,
        tuning.SWITCH_SECONDS,
    )


def test_the_settings_turn_tuning_off_all_at_once_or_by_name() -> None:
    on = make_settings("sandbox", aiogram_tuning=True)
    assert Tuning.from_settings(on).wanted == set(tuning.PATCHES)
    off = make_settings("sandbox", aiogram_tuning=False)
    assert Tuning.from_settings(off).wanted == set()
    some = make_settings(
        "sandbox", aiogram_tuning=True, aiogram_tuning_off=f" {GC_FREEZE.upper()} ,"
    )
    assert Tuning.from_settings(some).wanted == {FILTERS, SWITCH_INTERVAL}


async def test_the_shop_runs_as_the_environment_says(shop: Shop) -> None:
    """`AIOGRAM_TUNING=false make test-stock`: the fixture's shop is stock then."""
    settings = shop.services.settings
    expected = set(tuning.PATCHES) if settings.aiogram_tuning else set()
    assert Tuning.from_settings(settings).wanted == expected
    await shop.harness.send(CUSTOMER, "/start")
    assert "Hello" in shop.harness.last_text(CUSTOMER)


def test_only_tuning_reaches_past_the_documented_defaults() -> None:
    """aiogram's private parts and the interpreter's knobs appear in tuning.py alone."""
    private = ("._handler", "CallableObject", ".awaitable", "_dumps_json", ".unregister(")
    process = ("gc.freeze", "setswitchinterval")
    found = {
        (path.relative_to(ROOT).as_posix(), word)
        for path in (ROOT / "bot").rglob("*.py")
        for word in (*private, *process)
        if word in path.read_text(encoding="utf-8")
    }
    assert {path for path, _ in found} <= {"bot/telegram/tuning.py"}, found
