"""Where an update's CPU goes, measured steadily: `python -m benchmarks.steady [N]`.

The storm benchmarks run two processes that share two cores, so the same code measures ±10%
from run to run. This one runs the real Dispatcher, services and Bot API session in this
process, against the fake Bot API in another process over HTTP, and feeds updates in small
batches taking turns between the variants: whatever slows the machine down slows every variant
alike. CPU is this process's (the database threads included). The variants:

- `sendMessage`: the bare call through the shop's session, no update behind it; and through
  aiogram's own session;
- `echo`: a bare aiogram Dispatcher and aiogram's own session (as `benchmarks.echo_bot`),
  answering each message with one sendMessage;
- `/start`: a new customer, as shipped (two messages: the reply keyboard, then the greeting);
- `New order`: the button press that edits the greeting into the first categories page;
- both again on stock aiogram (`AIOGRAM_TUNING=false`, bot/telegram/tuning.py off).
"""

from __future__ import annotations

import asyncio
import functools
import json
import random
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.methods import GetUpdates
from aiogram.types import Message

from benchmarks.harness import BOT_TOKEN, PANEL_KEY, SMALL_CATALOGUE, Row, main, scaled
from bot.app import build_bot, build_dispatcher, build_services
from bot.config import Settings
from bot.db import Database, apply_migrations
from bot.panel.client import PanelClient
from bot.panel.registry import Panels
from bot.sandbox.panel import SimulatedPanel, start_panel_server

UPDATES = 1000
BATCH = 20
CHAT = 1  # where the bare sendMessage goes


async def serve() -> None:
    """The fake Bot API, in a process of its own: its CPU is not ours."""
    from tests.fakes.bot_api_server import FakeBotApi

    api = FakeBotApi(token=BOT_TOKEN)
    await api.start()
    print(api.url, flush=True)
    while True:
        await asyncio.sleep(2)
        api.calls.clear()
        api.statuses.clear()
        api.messages.clear()


def _message(update_id: int, user: int, text: str) -> dict[str, Any]:
    person = {"id": user, "is_bot": False, "first_name": "Customer", "language_code": "en"}
    message: dict[str, Any] = {
        "message_id": 1,
        "date": 1_700_000_000,
        "chat": {"id": user, "type": "private", "first_name": "Customer"},
        "from": person,
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {"update_id": update_id, "message": message}


def _press(update_id: int, user: int, data: str) -> dict[str, Any]:
    person = {"id": user, "is_bot": False, "first_name": "Customer", "language_code": "en"}
    keyboard = {
        "inline_keyboard": [[{"text": f"Button {n}", "callback_data": f"m:{n}"}] for n in range(6)]
    }
    return {
        "update_id": update_id,
        "callback_query": {
            "id": str(update_id),
            "chat_instance": "1",
            "data": data,
            "from": person,
            "message": {
                "message_id": 2,
                "date": 1_700_000_000,
                "chat": {"id": user, "type": "private", "first_name": "Customer"},
                "from": {"id": 42, "is_bot": True, "first_name": "Shop", "username": "shop_bot"},
                "text": "Hello",
                "reply_markup": keyboard,
            },
        },
    }


def echo_dispatcher() -> Dispatcher:
    dp = Dispatcher()

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "…")

    return dp


class Feeder:
    """Updates as polling gets them: one getUpdates answer read by the session, then fed."""

    def __init__(self, bot: Bot, first_user: int = 10_000) -> None:
        self.bot = bot
        self.next_id = 1
        self.next_user = first_user

    async def feed(self, dp: Dispatcher, make: Callable[[int, int], dict[str, Any]]) -> None:
        batch = []
        for _ in range(BATCH):
            batch.append(make(self.next_id, self.next_user))
            self.next_id += 1
            self.next_user += 1
        content = json.dumps({"ok": True, "result": batch})
        updates = self.bot.session.check_response(self.bot, GetUpdates(), 200, content).result
        for update in updates:
            await dp.feed_update(self.bot, update)


async def measure(count: int) -> dict[str, float]:
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "benchmarks.steady", "serve", stdout=asyncio.subprocess.PIPE
    )
    assert server.stdout is not None
    telegram_url = (await server.stdout.readline()).decode().strip()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = await Database.open(Path(tmp) / "shop.sqlite3")
            await apply_migrations(db)
            panel = SimulatedPanel(api_key=PANEL_KEY, services=SMALL_CATALOGUE, quirks=False)
            runner, panel_url = await start_panel_server(panel)
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                bot_token=BOT_TOKEN,  # type: ignore[arg-type]
                telegram_api_url=telegram_url,
                panel_api_url=panel_url,
                panel_api_key=PANEL_KEY,  # type: ignore[arg-type]
                flood_burst=1000,
                flood_rate=1000,
            )
            client = PanelClient(settings.panel_api_url, settings.panel_key(), timeout=5)
            services = build_services(settings, db, Panels.one(client))
            # The shop as configured (AIOGRAM_TUNING, AIOGRAM_TUNING_OFF from the environment),
            # and on stock aiogram: the tuning's gain, measured in the same run.
            stock = settings.model_copy(update={"aiogram_tuning": False})
            shops = {
                "": (build_dispatcher(services), build_bot(settings)),
                ", stock aiogram": (
                    build_dispatcher(replace(services, settings=stock)),
                    build_bot(stock),
                ),
            }
            feeders = {
                tag: (dp, Feeder(through, first_user=10_000_000 * (n + 1)))
                for n, (tag, (dp, through)) in enumerate(shops.items())
            }
            bot = shops[""][1]
            echo = echo_dispatcher()
            plain = Bot(
                BOT_TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(telegram_url))
            )
            plain_feeder = Feeder(plain)
            try:
                await services.catalogue.refresh()

                async def send_alone(through: Bot) -> None:
                    for _ in range(BATCH):
                        await through.send_message(CHAT, "Hello")

                variants: dict[str, Callable[[], Awaitable[None]]] = {
                    "sendMessage": lambda: send_alone(bot),
                    "sendMessage, aiogram's session": lambda: send_alone(plain),
                    "echo": lambda: plain_feeder.feed(echo, lambda u, c: _message(u, c, "hello")),
                }
                for tag, (dp, feeder) in feeders.items():
                    variants["/start" + tag] = functools.partial(
                        feeder.feed, dp, lambda u, c: _message(u, c, "/start")
                    )
                    variants["New order" + tag] = functools.partial(
                        feeder.feed, dp, lambda u, c: _press(u, c, "m:new")
                    )
                for run in variants.values():  # first calls out of the way
                    await run()
                spent = dict.fromkeys(variants, 0.0)
                order = list(variants.items())
                shuffle = random.Random(1)
                for _ in range(max(1, count // BATCH)):
                    shuffle.shuffle(order)  # no variant always runs after the same one
                    for name, run in order:
                        started = time.process_time()
                        await run()
                        spent[name] += time.process_time() - started
                rounds = max(1, count // BATCH)
                return {name: cpu * 1000 / (rounds * BATCH) for name, cpu in spent.items()}
            finally:
                for _, through in shops.values():
                    await through.session.close()
                await plain.session.close()
                await client.close()
                await runner.cleanup()
                await db.close()
    finally:
        server.terminate()
        await server.wait()


async def run() -> list[Row]:
    count = scaled(UPDATES)
    cpu = await measure(count)
    echo = cpu["echo"]
    return [
        Row(
            f"steady, in one process: {name}, CPU ms per update",
            f"{ms_:.2f}",
            f"{echo:.2f}",
            f"{echo / ms_:.2f}×",
            "one call, no update" if name.startswith("sendMessage") else "",
        )
        for name, ms_ in cpu.items()
        if name != "echo"
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        asyncio.run(serve())
    else:
        main(run, "benchmark: an update's CPU, steady (variants taking turns in one process)")
