"""The outbox against a fake Bot API that enforces Telegram's limits (30 messages a second
overall, one a second per chat, 429 with retry_after otherwise).

`python -m benchmarks.notifications` — the rate over many chats, the 429s, and the busy chat:
one chat with 300 pending messages beside 100 customers with one each.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from benchmarks.harness import BOT_TOKEN, RateLimitedBotApi, Row, main, migrated, scaled, stand

FIRST_CHAT = 2_000_000
BUSY_CHAT = 1_999_999
WAIT_AT_MOST = 25.0


def seed_outbox(chats: list[int]) -> object:
    def seed(db_path: Path) -> None:
        conn = migrated(db_path)
        with conn:
            conn.executemany(
                "INSERT INTO outbox (chat_id, text, kind, created_at) VALUES (?, ?, 'notice', 0)",
                [(chat, f"Notice {n}") for n, chat in enumerate(chats)],
            )
        conn.close()

    return seed


async def spread(n: int, workdir: Path) -> list[Row]:
    chats = [FIRST_CHAT + i for i in range(n)]
    api = RateLimitedBotApi(token=BOT_TOKEN)
    async with stand(workdir, telegram=api, seed=seed_outbox(chats)):
        deadline = time.perf_counter() + 120
        while time.perf_counter() < deadline and not all(api.count(c) for c in chats):
            await asyncio.sleep(0.05)
        times = sorted(api.screens[c][0].at for c in chats if api.count(c))
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    return [
        Row(f"notifications to {n} chats: messages/s", f"{rate:.1f}", note="Telegram allows ~30"),
        Row(
            f"notifications to {n} chats: answered 429",
            f"{api.too_many} ({api.too_many / max(1, len(times) + api.too_many):.1%})",
        ),
    ]


async def busy(others: int, workdir: Path) -> list[Row]:
    chats = [BUSY_CHAT] * 300 + [FIRST_CHAT + i for i in range(others)]
    api = RateLimitedBotApi(token=BOT_TOKEN)
    async with stand(workdir, telegram=api, seed=seed_outbox(chats)):
        await api.next_screen(BUSY_CHAT, 0, timeout=60)
        first = api.screens[BUSY_CHAT][0].at
        rest = chats[300:]
        while time.perf_counter() - first < WAIT_AT_MOST and not all(api.count(c) for c in rest):
            await asyncio.sleep(0.05)
        got = [api.screens[c][0].at for c in rest if api.count(c)]
    took = max(got) - first if len(got) == len(rest) else float("nan")
    return [
        Row(
            f"1 chat with 300 pending + {others} chats with 1",
            f"{len(got)} of {others} in {took:.1f} s"
            if got and len(got) == len(rest)
            else f"{len(got)} of {others} in {WAIT_AT_MOST:.0f} s",
            note="target: all within 10 s",
        )
    ]


async def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        rows = await spread(scaled(300), Path(tmp) / "spread")
        rows += await busy(scaled(100), Path(tmp) / "busy")
    return rows


if __name__ == "__main__":
    main(run, "benchmark: notifications")
