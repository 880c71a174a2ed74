"""What every benchmark shares: the fake Bot API (timed), the fake panel (gated), the program as
a subprocess, the bare aiogram echo bot beside it, and the table that is printed.

Every figure worth comparing is a ratio against the echo bot measured in the same run, on the
same harness: absolute numbers depend on the machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import platform
import signal
import sqlite3
import statistics
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.sandbox.panel import Reply, start_panel_server
from tests.fakes.bot_api_server import FakeBotApi
from tests.fakes.panel import FakePanel

ROOT = Path(__file__).resolve().parents[1]
BOT_TOKEN = "123456789:AAH-bench-token-for-the-shop-abcdef"
PANEL_KEY = "pk_bench_0123456789abcdef"
ADMIN_ID = 1000
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")

# Loads can be scaled down on a slow machine: BENCH_SCALE=0.5 halves every count.
SCALE = float(os.environ.get("BENCH_SCALE", "1"))


def scaled(n: int) -> int:
    return max(1, int(n * SCALE))


# -- the table -----------------------------------------------------------------------------------
@dataclass
class Row:
    measure: str
    bot: str
    echo: str = ""
    ratio: str = ""
    note: str = ""


def print_table(rows: Iterable[Row], title: str = "") -> None:
    rows = list(rows)
    head = Row("measure", "bot", "echo", "ratio", "note")
    cols = [
        max(len(getattr(r, name)) for r in [head, *rows])
        for name in ("measure", "bot", "echo", "ratio", "note")
    ]
    if title:
        print(title)
    print(machine())
    for i, r in enumerate([head, *rows]):
        cells = (r.measure, r.bot, r.echo, r.ratio, r.note)
        print("| " + " | ".join(c.ljust(w) for c, w in zip(cells, cols, strict=True)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in cols) + "|")
    sys.stdout.flush()


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (
        f"machine: {platform.node()} · {model or platform.processor()} · {os.cpu_count()} cores"
        f" · Python {platform.python_version()} · scale {SCALE:g}"
    )


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds == seconds else "—"


def main(run: Callable[[], Awaitable[list[Row]]], title: str) -> None:
    rows = asyncio.run(run())
    print_table(rows, title)


# -- the fake Bot API, with the time each screen reached a chat ----------------------------------
@dataclass
class Screen:
    chat_id: int
    message_id: int
    text: str
    markup: dict[str, Any] | None
    at: float

    def button(self, label: str) -> str:
        """The callback data of the first button whose text holds `label`."""
        for row in (self.markup or {}).get("inline_keyboard", []):
            for button in row:
                if label in button.get("text", "") and "callback_data" in button:
                    return str(button["callback_data"])
        raise LookupError(f"no button {label!r} on {self.text[:80]!r}")


class TimedBotApi(FakeBotApi):
    """FakeBotApi that records when each chat got a screen (a message sent or edited)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.screens: dict[int, list[Screen]] = {}
        self._waiters: dict[int, asyncio.Event] = {}
        self.sent_times: list[float] = []

    async def _dispatch(self, method: str, params: dict[str, Any], token: str) -> Any:
        result = await super()._dispatch(method, params, token)
        if method in ("sendmessage", "editmessagetext") and isinstance(result, dict):
            chat_id = int(result["chat"]["id"])
            screen = Screen(
                chat_id,
                int(result["message_id"]),
                str(result.get("text", "")),
                result.get("reply_markup"),
                0.0,
            )
            screen.at = time.perf_counter()
            self.screens.setdefault(chat_id, []).append(screen)
            if method == "sendmessage":
                self.sent_times.append(screen.at)
            event = self._waiters.pop(chat_id, None)
            if event is not None:
                event.set()
        return result

    async def next_screen(self, chat_id: int, seen: int, timeout: float = 120.0) -> Screen:  # noqa: ASYNC109
        """The first screen of `chat_id` after the first `seen` ones."""
        async with asyncio.timeout(timeout):
            while len(self.screens.get(chat_id, [])) <= seen:
                event = self._waiters.setdefault(chat_id, asyncio.Event())
                await event.wait()
        return self.screens[chat_id][seen]

    def count(self, chat_id: int) -> int:
        return len(self.screens.get(chat_id, []))

    async def ask(self, chat_id: int, text: str) -> float:
        """Sends a message from `chat_id` and returns the seconds until its first screen."""
        seen = self.count(chat_id)
        started = time.perf_counter()
        self.push_message(chat_id, text, first_name=f"U{chat_id}")
        screen = await self.next_screen(chat_id, seen)
        return screen.at - started

    async def press(self, chat_id: int, data: str, message_id: int = 1) -> float:
        seen = self.count(chat_id)
        started = time.perf_counter()
        self.push_callback(chat_id, data, message_id, first_name=f"U{chat_id}")
        screen = await self.next_screen(chat_id, seen)
        return screen.at - started


class RateLimitedBotApi(TimedBotApi):
    """Answers 429 (retry_after 1) like Telegram: over 30 messages in a second, or a second
    message to one chat within a second (a 50 ms allowance for the network)."""

    overall_per_second = 30
    per_chat_gap = 0.95

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.too_many = 0
        self._recent: list[float] = []
        self._last_per_chat: dict[int, float] = {}

    def _check_failures(self, method: str, params: dict[str, Any]) -> None:
        super()._check_failures(method, params)
        if method.lower() != "sendmessage":
            return
        moment = time.perf_counter()
        chat = int(params.get("chat_id") or 0)
        self._recent = [t for t in self._recent if moment - t < 1.0]
        last = self._last_per_chat.get(chat)
        if len(self._recent) >= self.overall_per_second or (
            last is not None and moment - last < self.per_chat_gap
        ):
            self.too_many += 1
            self.fail("sendMessage", 429, retry_after=1)
            super()._check_failures(method, params)  # raises the 429
        self._recent.append(moment)
        self._last_per_chat[chat] = moment


# -- the fake panel, whose big jobs start when the harness says so -------------------------------
class GatedPanel(FakePanel):
    """The tests' fake panel, whose answers to the gated actions wait for `open(action)`; it
    notes when the first request of each action arrived and how many came."""

    def __init__(self, gated: Iterable[str] = (), **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.gates = {action: asyncio.Event() for action in gated}
        self.counts: dict[str, int] = {}
        self.arrived: dict[str, asyncio.Event] = {}
        # The services answer is encoded once, here: encoding 20,000 services takes ~0.12 s of
        # this process's loop, which also runs the fake Bot API, so every probe's answer waited
        # for it. A real panel is another machine; its encoding stalls nobody's Telegram.
        self._services_reply = (
            None if self.quirks else super().answer("services", {"key": self.api_key})
        )

    def answer(self, action: str, form: Mapping[str, str]) -> Reply:
        if action == "services" and form.get("key") == self.api_key and self._services_reply:
            return self._services_reply
        return super().answer(action, form)

    def arrival(self, action: str) -> asyncio.Event:
        return self.arrived.setdefault(action, asyncio.Event())

    async def handle(self, form: Mapping[str, str]) -> Reply:
        action = form.get("action", "")
        self.counts[action] = self.counts.get(action, 0) + 1
        self.arrival(action).set()
        gate = self.gates.get(action)
        if gate is not None:
            await gate.wait()
        return await super().handle(form)


def service_list(n: int, per_category: int = 100) -> list[dict[str, object]]:
    return [
        {
            "service": i,
            "name": f"Service {i} followers",
            "type": "Default" if i % 10 else "Package",
            "category": f"Category {i // per_category:04d}",
            "rate": f"{1 + i % 50}.{i % 100:02d}",
            "min": "10",
            "max": "100000",
            "refill": i % 2 == 0,
            "cancel": i % 3 == 0,
        }
        for i in range(1, n + 1)
    ]


SMALL_CATALOGUE = service_list(12, per_category=4)


# -- processes -----------------------------------------------------------------------------------
@dataclass
class Program:
    process: asyncio.subprocess.Process
    name: str
    output: list[str] = field(default_factory=list)

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()


async def _drain(stream: asyncio.StreamReader | None, into: list[str]) -> None:
    if stream is None:
        return
    while line := await stream.readline():
        into.append(line.decode(errors="replace"))
        del into[:-200]


async def start(module: str, env: Mapping[str, str], cwd: Path) -> Program:
    # AIOGRAM_TUNING(_OFF) reach the program: `AIOGRAM_TUNING=false make bench` runs it stock.
    passed = ("PATH", "HOME", "LANG", "AIOGRAM_TUNING", "AIOGRAM_TUNING_OFF")
    keep = {k: v for k, v in os.environ.items() if k in passed}
    # BENCH_PROFILE=file: the program (not the echo bot) runs under cProfile, stats to the file.
    profile = os.environ.get("BENCH_PROFILE")
    wrap = ["-m", "cProfile", "-o", profile] if profile and module == "bot" else []
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        *wrap,
        "-m",
        module,
        cwd=cwd,
        env={**keep, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1", **env},
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    program = Program(process, module)
    asyncio.get_running_loop().create_task(_drain(process.stderr, program.output))
    return program


@dataclass
class Stand:
    """One fake Bot API, one fake panel, and the program under test pointed at them."""

    telegram: TimedBotApi
    panel: GatedPanel
    program: Program
    db_path: Path

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """A read of the program's database from the side (WAL lets it run beside the bot)."""
        conn = sqlite3.connect(self.db_path, timeout=30)
        try:
            return list(conn.execute(sql, params).fetchall())
        finally:
            conn.close()

    async def warm_up(self, user: int = 1) -> None:
        await self.telegram.ask(user, "/start")


@contextlib.asynccontextmanager
async def stand(
    workdir: Path,
    *,
    module: str = "bot",
    panel: GatedPanel | None = None,
    telegram: TimedBotApi | None = None,
    seed: Callable[[Path], None] | None = None,
    settings: Mapping[str, str] | None = None,
) -> AsyncIterator[Stand]:
    workdir.mkdir(parents=True, exist_ok=True)
    telegram = telegram or TimedBotApi(token=BOT_TOKEN)
    panel = panel or GatedPanel(
        api_key=PANEL_KEY, services=SMALL_CATALOGUE, quirks=False, balance="100000000"
    )
    db_path = workdir / "shop.sqlite3"
    if seed is not None:
        seed(db_path)
    await telegram.start()
    runner, url = await start_panel_server(panel)
    env = {
        "BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_API_URL": telegram.url,
        "PANEL_API_URL": url,
        "PANEL_API_KEY": PANEL_KEY,
        "DATABASE_PATH": str(db_path),
        "ADMIN_IDS": str(ADMIN_ID),
        "LOG_LEVEL": "WARNING",
        # One simulated browser pages faster than any person: flood control would drop it.
        "FLOOD_BURST": "1000",
        "FLOOD_RATE": "1000",
        **(settings or {}),
    }
    program = await start(module, env, workdir)
    try:
        yield Stand(telegram, panel, program, db_path)
    finally:
        await program.stop()
        await runner.cleanup()
        await telegram.stop()
        if program.process.returncode not in (0, None, -signal.SIGTERM):
            print("".join(program.output[-30:]), file=sys.stderr)


def migrated(db_path: Path) -> sqlite3.Connection:
    """The program's schema, created the way the program creates it (before it starts)."""
    from bot.db import Database, apply_migrations

    async def build() -> None:
        db = await Database.open(db_path)
        try:
            await apply_migrations(db)
        finally:
            await db.close()

    asyncio.run(build()) if not _loop_running() else _in_thread(build)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    return conn


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _in_thread(build: Callable[[], Awaitable[None]]) -> None:
    import threading

    error: list[BaseException] = []

    def target() -> None:
        try:
            asyncio.run(build())  # type: ignore[arg-type]
        except BaseException as exc:
            error.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if error:
        raise error[0]


# -- latency probes ------------------------------------------------------------------------------
class Prober:
    """New customers send /start every `interval` seconds while a background job runs; the
    longest wait is what a customer felt during it."""

    def __init__(self, telegram: TimedBotApi, first_user: int, interval: float = 0.05) -> None:
        self._telegram = telegram
        self._users = itertools.count(first_user)
        self._interval = interval
        self.latencies: list[float] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop: asyncio.Task[None] | None = None

    async def _one(self) -> None:
        self.latencies.append(await self._telegram.ask(next(self._users), "/start"))

    async def _run(self) -> None:
        while True:
            task = asyncio.create_task(self._one())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            await asyncio.sleep(self._interval)

    def start(self) -> None:
        self._loop = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._loop is not None:
            self._loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop
        if self._tasks:
            await asyncio.gather(*self._tasks)

    def worst(self) -> float:
        return max(self.latencies) if self.latencies else float("nan")

    def median(self) -> float:
        return statistics.median(self.latencies) if self.latencies else float("nan")


async def wait_until(check: Callable[[], bool], timeout: float, step: float = 0.02) -> float:  # noqa: ASYNC109
    """Polls `check` until it holds; returns the seconds it took."""
    started = time.perf_counter()
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(step)
    return time.perf_counter() - started
