"""Customers going through a whole order at once: /start → New order → category → service →
Order → link → Confirm (7 updates each); the echo bot gets the same 7 updates per customer.

`python -m benchmarks.orderflow`
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Row, TimedBotApi, main, migrated, percentile, scaled, stand
from benchmarks.startstorm import Storm, rows_for

CUSTOMERS = 200
FIRST_USER = 300_000
LINK = "https://instagram.com/p/bench_post/"


def seed_wallets(customers: int) -> object:
    def seed(db_path: Path) -> None:
        conn = migrated(db_path)
        with conn:
            for user in range(FIRST_USER, FIRST_USER + customers):
                conn.execute(
                    "INSERT INTO users (id, full_name, balance, created_at, last_seen_at)"
                    " VALUES (?, 'Bench', 100000000, 0, 0)",
                    (user,),
                )
                conn.execute(
                    "INSERT INTO ledger (user_id, amount, kind, created_at)"
                    " VALUES (?, 100000000, 'topup', 0)",
                    (user,),
                )
        conn.close()

    return seed


async def shop_customer(api: TimedBotApi, user: int, latencies: list[float]) -> None:
    async def step(push: object) -> None:
        seen = api.count(user)
        started = time.perf_counter()
        push()  # type: ignore[operator]
        screen = await api.next_screen(user, seen)
        latencies.append(screen.at - started)

    await step(lambda: api.push_message(user, "/start"))
    # /start answers twice: the reply keyboard's message, then the greeting with the menu.
    await api.next_screen(user, 1)
    # Labels drop the words a list's names share at the front ("Category", "Service").
    for label in ("New order", "Other", "0002", "10 followers", "Order"):
        screen = api.screens[user][-1]
        data = screen.button(label)
        await step(lambda d=data, m=screen.message_id: api.push_callback(user, d, m))
    await step(lambda: api.push_message(user, LINK))
    screen = api.screens[user][-1]
    data = screen.button("Confirm")
    await step(lambda: api.push_callback(user, data, screen.message_id))
    while "Order placed" not in api.screens[user][-1].text:
        await api.next_screen(user, api.count(user))


async def echo_customer(api: TimedBotApi, user: int, latencies: list[float]) -> None:
    for n in range(8):  # as many updates as the shop's customer sends
        if n in (0, 6):
            latencies.append(await api.ask(user, "/start" if n == 0 else LINK))
        else:
            latencies.append(await api.press(user, f"x:{n}"))


async def flow(module: str, workdir: Path, customers: int) -> Storm:
    seed = seed_wallets(customers) if module == "bot" else None
    async with stand(workdir, module=module, seed=seed) as s:
        await s.warm_up()
        if module == "bot":  # the catalogue is in
            while not s.query("SELECT 1 FROM services WHERE id = 10"):
                await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        customer = shop_customer if module == "bot" else echo_customer
        latencies: list[float] = []
        cpu = s.program.cpu_seconds()
        started = time.perf_counter()
        users = range(FIRST_USER, FIRST_USER + customers)
        await asyncio.gather(*(customer(s.telegram, user, latencies) for user in users))
        elapsed = time.perf_counter() - started
        used = s.program.cpu_seconds() - cpu
        if module == "bot":
            placed = s.query("SELECT count(*) FROM orders WHERE state = 'pending'")[0][0]
            assert placed == customers, f"{placed} of {customers} orders placed"
    updates = customers * 7
    return Storm(
        updates / elapsed,
        used / updates * 1000,
        percentile(latencies, 50),
        percentile(latencies, 99),
        0.0,
    )


async def run() -> list[Row]:
    customers = scaled(CUSTOMERS)
    with tempfile.TemporaryDirectory() as tmp:
        echo = await flow("benchmarks.echo_bot", Path(tmp) / "echo", customers)
        bot = await flow("bot", Path(tmp) / "bot", customers)
    return rows_for(f"{customers} customers, full order flow", bot, echo)


if __name__ == "__main__":
    main(run, "benchmark: full order flow")
