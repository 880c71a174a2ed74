"""bot/telegram/tuning.py: the patches run only when wanted and when the runtime is what they
expect; otherwise the bot is stock, and the shop answers alike either way."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.telegram import tuning
from bot.telegram.tuning import GC_FREEZE, SWITCH_INTERVAL, Tuning
from tests.conftest import CUSTOMER, Shop, make_settings

ROOT = Path(__file__).resolve().parents[1]


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
    assert Tuning.from_settings(some).wanted == {SWITCH_INTERVAL}


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
