"""Correctness under faults (issue 12): a slow panel, a stop mid-call, two processes sharing
one database, an interrupted request. Real parts throughout: the fake panel over HTTP on
127.0.0.1, a real SQLite file, the real Dispatcher."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.app import build_services
from bot.db import Database, apply_migrations
from bot.domain.clock import now
from bot.domain.order_draft import OrderDraft
from bot.panel import PanelClosed
from bot.panel.client import PanelClient
from bot.panel.models import NewOrder
from bot.panel.registry import Panels
from bot.sandbox.panel import start_panel_server
from bot.services.ordering import OutcomeKind
from bot.services.status_sync import LEASE
from bot.ui.keyboards.callbacks import OrderActionCb, OrderCardCb
from tests.conftest import (
    ADMIN_ID,
    BOT_TOKEN,
    CATALOGUE,
    CUSTOMER,
    EN,
    PANEL_KEY,
    Shop,
    assert_ledger_balances,
    make_settings,
)
from tests.fakes.bot_api_server import FakeBotApi
from tests.fakes.panel import FakePanel
from tests.payments_helpers import outbox
from tests.test_program import program_env, start_program, stop_program


async def admin_texts(shop: Shop) -> list[str]:
    return [m.text for m in await outbox(shop, ADMIN_ID)]


# --- defect 5: one "outcome unknown" alert when two processes share a database ------------------


async def test_two_processes_alert_once_about_an_unknown_outcome(
    make_shop: Callable[..., Any], panel_url: str, tmp_path: Path
) -> None:
    shop: Shop = await make_shop(panel_timeout_seconds=30)
    await shop.credit(CUSTOMER, "10")
    draft = OrderDraft(service_id=1, link="https://instagram.com/two", quantity=100)
    hold = shop.panel.hold("add")
    shop.panel.inject_fault("add", "disconnect")  # answered by nothing: outcome unknown
    placing = asyncio.create_task(shop.place(draft, "t-two"))
    await hold.reached()  # process A is inside `add`

    # Process B starts on the same file and recovers what looks like an interrupted placement
    # (A's order made old enough to count as one).
    async with shop.db.transaction() as repos:
        await repos.conn.execute("UPDATE orders SET created_at = created_at - 3600")
    other_db = await Database.open(tmp_path / "shop.sqlite3")
    other_panel = PanelClient(panel_url, "unused")
    try:
        other = build_services(make_settings(panel_url), other_db, Panels.one(other_panel))
        assert await other.ordering.recover_interrupted() == 1
    finally:
        await other_panel.close()
        await other_db.close()

    shop.panel.release("add")
    outcome = await placing
    assert outcome.kind is OutcomeKind.UNKNOWN and outcome.order is not None
    alerts = [t for t in await admin_texts(shop) if "outcome unknown" in t]
    assert len(alerts) == 1, alerts
    assert f"Order #{outcome.order.id}" in alerts[0]
    await assert_ledger_balances(shop.db)


# --- defect 6: an interrupted cancel request leaves the Cancel button --------------------------


async def test_an_interrupted_cancel_request_keeps_the_cancel_button(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    outcome = await shop.place(
        OrderDraft(service_id=1, link="https://instagram.com/c", quantity=100), "t-c"
    )
    assert outcome.order is not None
    order_id = outcome.order.id
    hold = shop.panel.hold("cancel")
    pressing = asyncio.create_task(
        h.press(CUSTOMER, OrderActionCb(id=order_id, act="cancelok").pack())
    )
    await hold.reached()  # the handler is inside the panel's `cancel`
    pressing.cancel()  # e.g. a stop cutting the update short
    with contextlib.suppress(asyncio.CancelledError):
        await pressing
    shop.panel.release("cancel")

    async with shop.db.read() as repos:
        current = await repos.orders.get(order_id)
    assert current is not None and not current.cancel_requested
    await h.press(CUSTOMER, OrderCardCb(id=order_id).pack())
    acts = {data.split(":")[-1] for _, data in h.buttons(CUSTOMER) if data.startswith("oa:")}
    assert "cancel" in acts


# --- defect 1: a slow panel with more orders than connections -----------------------------------


async def test_a_slow_panel_takes_every_add_when_more_wait_than_the_pool_holds(
    panel: FakePanel, panel_url: str
) -> None:
    # A pool of 4 connections; 16 orders at once; the panel answers each in 0.4 s, well inside
    # the 1.5 s timeout. Four waves of 0.4 s: waiting for a connection must not count.
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=4))
    client = PanelClient(panel_url, PANEL_KEY, session=session, timeout=1.5)
    panel.inject_fault("add", "delay:0.4", times=16)
    link = "https://instagram.com/slow"
    try:
        results = await asyncio.gather(
            *(client.add(NewOrder(service=1, link=link, quantity=100)) for _ in range(16)),
            return_exceptions=True,
        )
    finally:
        await session.close()
    assert [r for r in results if not isinstance(r, int)] == []
    assert sorted(results) == sorted(panel.orders)  # type: ignore[type-var]
    assert panel.peak_in_flight < 4  # a request never waited inside the pool


async def test_a_full_panel_queue_is_visible_and_drains(panel: FakePanel, panel_url: str) -> None:
    client = PanelClient(panel_url, PANEL_KEY, timeout=5.0, connection_limit=4)
    hold = panel.hold("add")
    link = "https://instagram.com/queued"
    try:
        assert not client.busy
        adds = [
            asyncio.create_task(client.add(NewOrder(service=1, link=link, quantity=100)))
            for _ in range(6)
        ]
        await hold.reached(3)  # three slots under a pool of four
        assert client.busy  # the customer is told the order is queued
        assert panel.in_flight == 3
        panel.release("add")
        placed = await asyncio.gather(*adds)
    finally:
        await client.close()
    assert len(set(placed)) == 6 and not client.busy


# --- defect 2: a stop waits for the updates in flight; a closed client sends nothing -----------


async def test_shutdown_waits_for_a_cancel_in_the_middle_of_its_panel_call(shop: Shop) -> None:
    h = shop.harness
    await shop.credit(CUSTOMER, "10")
    draft = OrderDraft(service_id=1, link="https://instagram.com/stop", quantity=100)
    outcome = await shop.place(draft, "t-stop")
    assert outcome.order is not None
    order_id = outcome.order.id
    finished: list[str] = []
    hold = shop.panel.hold("cancel")
    pressing = asyncio.create_task(
        h.press(CUSTOMER, OrderActionCb(id=order_id, act="cancelok").pack())
    )
    pressing.add_done_callback(lambda _: finished.append("cancel"))
    await hold.reached()  # the handler is inside the panel's `cancel`

    stopping = asyncio.create_task(h.shutdown())  # as aiogram does once polling has stopped
    stopping.add_done_callback(lambda _: finished.append("shutdown"))
    await asyncio.wait({stopping}, timeout=0.2)  # a stop that does not wait is over by now
    shop.panel.release("cancel")
    await asyncio.gather(pressing, stopping)

    assert finished == ["cancel", "shutdown"]
    assert EN("cancel-requested") in h.last_text(CUSTOMER)  # the answer reached the customer
    async with shop.db.read() as repos:
        current = await repos.orders.get(order_id)
    assert current is not None and current.cancel_requested  # the panel accepted it


async def test_a_closed_client_fails_clearly_and_sends_nothing(
    panel: FakePanel, panel_url: str
) -> None:
    own = PanelClient(panel_url, PANEL_KEY, timeout=10)
    assert await own.balance()  # a session exists
    session = aiohttp.ClientSession()
    lent = PanelClient(panel_url, PANEL_KEY, session=session, timeout=10)
    try:
        for client in (own, lent):
            await client.close()
            sent = len(panel.requests)
            with pytest.raises(PanelClosed, match="closed"):
                await client.add(
                    NewOrder(service=1, link="https://instagram.com/late", quantity=100)
                )
            with pytest.raises(PanelClosed):
                await client.balance()
            with pytest.raises(PanelClosed):
                await client.cancel([23501])
            assert len(panel.requests) == sent  # nothing reached the panel
    finally:
        await session.close()


# --- defect 3: after a crash, a restart on the same host takes the status-sync lease at once ----


async def lease_holder(db: Database) -> str | None:
    async with db.read() as repos:
        return await repos.leases.holder(LEASE)


async def set_lease(db: Database, holder: str) -> None:
    async with db.transaction() as repos:
        await repos.conn.execute(
            "INSERT OR REPLACE INTO leases (name, holder, expires_at) VALUES (?, ?, ?)",
            (LEASE, holder, now() + 3600),
        )


async def dead_pid() -> int:
    process = await asyncio.create_subprocess_exec(sys.executable, "-c", "pass")
    await process.wait()  # reaped: the pid names no process any more
    return process.pid


async def test_a_lease_of_a_dead_process_on_this_host_is_taken_at_once(shop: Shop) -> None:
    tracking = shop.services.status_sync
    host = socket.gethostname()
    gone = [f"{host}|{await dead_pid()}|l1fe|0ld", f"{host}|{os.getpid()}|pr3vious-life|t0ken"]
    for holder in gone:
        await set_lease(shop.db, holder)
        assert await tracking.sync() is not None
        assert await lease_holder(shop.db) not in (holder, None)


async def test_a_lease_of_a_live_or_remote_process_is_respected(shop: Shop) -> None:
    tracking = shop.services.status_sync
    host = socket.gethostname()
    live = [
        f"{host}|{os.getppid()}|a",
        f"elsewhere|{await dead_pid()}|b",
        "0a1b2c3d",
        f"{host}|x|c",
    ]
    for holder in live:
        await set_lease(shop.db, holder)
        assert await tracking.sync() is None
        assert await lease_holder(shop.db) == holder


async def test_sigkill_and_restart_resumes_refunds_within_a_period(tmp_path: Path) -> None:
    panel = FakePanel(api_key=PANEL_KEY, services=CATALOGUE)
    runner, url = await start_panel_server(panel)
    try:
        async with FakeBotApi(token=BOT_TOKEN) as telegram:
            await _sigkill_and_restart(tmp_path, panel, url, telegram)
    finally:
        await runner.cleanup()


async def _sigkill_and_restart(
    tmp_path: Path, panel: FakePanel, url: str, telegram: FakeBotApi
) -> None:
    env = program_env(
        tmp_path,
        BOT_TOKEN=BOT_TOKEN,
        TELEGRAM_API_URL=telegram.url,
        PANEL_API_URL=url,
        PANEL_API_KEY=PANEL_KEY,
        ADMIN_IDS=str(ADMIN_ID),
        STATUS_POLL_SECONDS="1",  # the lease lasts 3 periods + 60 s: 63 s
        LOG_LEVEL="DEBUG",
    )
    # An open order, placed through the services on the program's own database file.
    db = await Database.open(env["DATABASE_PATH"])
    client = PanelClient(url, PANEL_KEY)
    try:
        await apply_migrations(db)
        services = build_services(make_settings(url), db, Panels.one(client))
        await services.catalogue.refresh()
        await services.wallet.admin_credit(ADMIN_ID, CUSTOMER, Decimal("10"), "test")
        draft = OrderDraft(service_id=1, link="https://instagram.com/kill", quantity=1000)
        quote = await services.ordering.quote(CUSTOMER, draft)
        placed = await services.ordering.place(CUSTOMER, draft, "t-kill", quote.price)
        assert placed.order is not None and placed.order.panel_order_id is not None
    finally:
        await client.close()
        await db.close()

    hold = panel.hold("status")
    first = await start_program(tmp_path, env)
    try:
        await hold.reached()  # the first life holds the lease and is mid-sync
    finally:
        first.kill()  # SIGKILL: no shutdown, the lease stays behind
        await first.communicate()
    panel.release("status")
    panel.set_status(placed.order.panel_order_id, "Canceled")

    second = await start_program(tmp_path, env)
    try:
        notice = await telegram.wait_for(
            "sendMessage", lambda p: "was canceled" in str(p.get("text")), timeout=40
        )
    finally:
        code, output = await stop_program(second)
    assert str(notice["chat_id"]) == str(CUSTOMER)
    assert code == 0, output
    assert "taking over the lease" in output
    assert "another process holds the lease" not in output  # the very first cycle synced

    db = await Database.open(env["DATABASE_PATH"])
    try:
        async with db.read() as repos:
            order = await repos.orders.get(placed.order.id)
        assert order is not None and order.state == "canceled"
        assert order.refunded == order.price
        await assert_ledger_balances(db)
    finally:
        await db.close()
