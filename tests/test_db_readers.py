"""Reads never queue behind writes: readers have connections of their own beside the writer."""

from __future__ import annotations

import asyncio

from bot.domain.clock import now
from tests.conftest import CUSTOMER, Shop


async def test_the_read_path_stays_open_while_a_long_write_job_runs(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "5")
    await h.send(CUSTOMER, "/start")  # a known customer
    writing, finish = asyncio.Event(), asyncio.Event()

    async def long_write_job() -> None:
        async with shop.db.transaction() as repos:
            await repos.users.ensure(CUSTOMER + 1, now())
            writing.set()
            await finish.wait()  # the job goes on, holding the write transaction

    job = asyncio.create_task(long_write_job())
    try:
        await writing.wait()
        async with asyncio.timeout(10):  # only against a hang: a read waiting for the job
            async with shop.db.read() as repos:
                user = await repos.users.get(CUSTOMER)
                assert user is not None and user.balance > 0
                # Not yet committed, so not seen: the reader has its own connection.
                assert await repos.users.get(CUSTOMER + 1) is None
            # A customer's update is read-only end to end: no write transaction either.
            await h.send(CUSTOMER, "/balance")
            assert "5.00 USD" in h.last_text(CUSTOMER)
        assert not job.done()
    finally:
        finish.set()
        await job
    async with shop.db.read() as repos:
        assert await repos.users.get(CUSTOMER + 1) is not None
