"""The one shape of a background loop (bot.tasks.every) and the registry that runs them."""

from __future__ import annotations

import asyncio

import pytest

from bot.tasks import BackgroundTasks, every
from tests.conftest import wait_for
from tests.fakes.clock import VirtualClock


async def test_a_failing_run_is_logged_and_the_loop_goes_on_at_its_pace(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = VirtualClock()
    runs: list[float] = []

    async def job() -> None:
        runs.append(clock.monotonic())
        if len(runs) == 2:
            raise RuntimeError("the panel is down")

    tasks = BackgroundTasks()
    tasks.start("job", every(30, job, "the job", clock=clock))
    await wait_for(lambda: len(runs) >= 4)
    await tasks.stop()
    assert [at - runs[0] for at in runs[:4]] == [0, 30, 60, 90]
    assert [r.getMessage() for r in caplog.records] == ["background job the job failed"]


async def test_a_wake_up_cuts_the_pause_short_and_is_not_lost_during_a_run() -> None:
    clock = VirtualClock()
    wake = asyncio.Event()
    runs: list[float] = []

    async def job() -> None:
        runs.append(clock.monotonic())
        if len(runs) == 1:
            wake.set()  # new work arrives while the first run is still going

    tasks = BackgroundTasks()
    tasks.start("job", every(3600, job, "the job", wake=wake, clock=clock))
    await wait_for(lambda: len(runs) >= 2)
    await tasks.stop()
    assert runs[1] == runs[0]  # the hour's pause never began
