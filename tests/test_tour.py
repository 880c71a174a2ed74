"""The tour of the bot: one customer's whole journey through the real Dispatcher, recorded
screen by screen (text and buttons) as Markdown.

`make tour` sets TOUR_PATH=docs/tour.md and runs this test, which rewrites that file. Run
otherwise, the transcript goes to a temporary file: a stale docs/tour.md never fails a test.
The recorder writes whatever screens there are, so a changed screen only changes the tour.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage
from aiogram.types import InlineKeyboardMarkup, ReplyKeyboardMarkup

from bot.telegram.outbox_sender import OutboxSender, SendLimits
from tests.conftest import CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import Call, html_to_plain


@dataclass
class Screen:
    how: str  # "new message" | "edited" | "toast" | "alert"
    text: str
    buttons: list[list[str]] = field(default_factory=list)
    keyboard: list[list[str]] = field(default_factory=list)  # the reply keyboard


@dataclass
class Step:
    title: str
    action: str
    screens: list[Screen]


def _screens(calls: list[Call], chat_id: int) -> list[Screen]:
    found: list[Screen] = []
    for call in calls:
        method = call.method
        if not call.ok:
            continue
        if isinstance(method, AnswerCallbackQuery):
            if method.text:
                found.append(Screen("alert" if method.show_alert else "toast", method.text))
            continue
        if not isinstance(method, SendMessage | EditMessageText) or method.chat_id != chat_id:
            continue
        screen = Screen(
            "new message" if isinstance(method, SendMessage) else "edited",
            html_to_plain(method.text),
        )
        markup: Any = method.reply_markup
        if isinstance(markup, InlineKeyboardMarkup):
            screen.buttons = [[b.text for b in row] for row in markup.inline_keyboard]
        elif isinstance(markup, ReplyKeyboardMarkup):
            screen.keyboard = [[b.text for b in row] for row in markup.keyboard]
        found.append(screen)
    return found


class Tour:
    """Drives the harness as a customer and records what each action showed."""

    def __init__(self, shop: Shop, user: int = CUSTOMER) -> None:
        self.shop = shop
        self.h = shop.harness
        self.user = user
        self.steps: list[Step] = []
        self.section = ""

    async def say(self, text: str) -> list[Screen]:
        return self._record(f"You send: `{text}`", await self.h.send(self.user, text))

    async def tap(self, label: str) -> list[Screen]:
        data = self.h.find_button(self.user, label)
        shown = next(text for text, d in self.h.buttons(self.user) if d == data)
        return self._record(f"You tap: **{shown}**", await self.h.press(self.user, data))

    async def tap_on(self, message_id: int, data: str, label: str) -> list[Screen]:
        calls = await self.h.press(self.user, data, message_id=message_id)
        return self._record(f"You tap: **{label}**", calls)

    def record_calls(self, action: str, calls: list[Call]) -> list[Screen]:
        return self._record(action, calls)

    def _record(self, action: str, calls: list[Call]) -> list[Screen]:
        screens = _screens(calls, self.user)
        self.steps.append(Step(self.section, action, screens))
        return screens

    def markdown(self) -> str:
        out = [
            "# A tour of the shop",
            "",
            "One customer's journey, recorded by `tests/test_tour.py` through the real "
            "Dispatcher (regenerate with `make tour`). Each step shows what the customer did "
            "and every screen the bot answered with: its text, its buttons (`[ … ]`), the "
            "keyboard under the typing field (`⌨`), and toasts.",
        ]
        section = None
        for step in self.steps:
            if step.title != section:
                section = step.title
                out += ["", f"## {section}"]
            out += ["", step.action, ""]
            if not step.screens:
                out.append("_(no answer)_")
            for screen in step.screens:
                out.append(f"_{screen.how}_")
                out.append("")
                out.append("```text")
                out.append(screen.text)
                for row in screen.buttons:
                    out.append("  ".join(f"[ {label} ]" for label in row))
                for row in screen.keyboard:
                    out.append("⌨ " + "  ".join(f"[ {label} ]" for label in row))
                out.append("```")
        return "\n".join(out) + "\n"


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


async def _order(tour: Tour, category: str, service: str, answers: list[str]) -> str:
    await tour.tap("New order")
    await tour.tap(category)
    await tour.tap(service)
    await tour.tap("Order")
    for answer in answers:
        if answer.startswith("tap:"):
            await tour.tap(answer.removeprefix("tap:"))
        else:
            await tour.say(answer)
    screens = await tour.tap("Confirm")
    return screens[-1].text if screens else ""


async def test_the_tour_of_the_bot(shop: Shop, tmp_path: Path) -> None:
    tour = Tour(shop)
    await shop.credit(CUSTOMER, "20")
    async with shop.db.transaction() as repos:  # the credit's notice is shown later, by the sender
        await repos.conn.execute("DELETE FROM outbox")

    tour.section = "Start"
    screens = await tour.say("/start")
    assert any(s.keyboard for s in screens), "the reply keyboard comes with /start"
    assert "Hello" in screens[-1].text and screens[-1].buttons

    tour.section = "Browse"
    await tour.tap("New order")
    await tour.tap("Instagram Followers")
    card = await tour.tap("Instagram Followers")
    assert any("0.90 USD" in s.text for s in card), "prices carry their currency"
    await tour.tap("Back")
    await tour.tap("Main menu")
    await tour.tap("Search")
    await tour.say("likes")

    kinds = [
        ("Order: followers (default)", "Instagram Followers", "Instagram Followers",
         ["https://instagram.com/shop_owner", "1500"]),
        ("Order: likes with drip-feed", "Instagram Likes", "drip-feed",
         ["https://instagram.com/p/ABC123/", "100", "5", "30"]),
        ("Order: a package", "Telegram", "Starter Package", ["https://t.me/mychannel"]),
        ("Order: custom comments", "Instagram Comments", "Custom Comments",
         ["https://instagram.com/p/POST1/", "Great post!\nSo nice 🔥"]),
        ("Order: comment likes", "Instagram Comments", "Comment Likes",
         ["https://instagram.com/p/POST2/", "100", "@comment.author_1"]),
        ("Order: poll votes", "Telegram", "Poll Votes", ["https://t.me/mychannel/42", "1000", "2"]),
    ]  # fmt: skip
    for title, category, service, answers in kinds:
        tour.section = title
        await tour.say("/start")
        placed = await _order(tour, category, service, answers)
        assert "Order placed" in placed, (title, placed)
    assert len(shop.adds()) == len(kinds)

    tour.section = "My orders"
    screens = await tour.say("📦 My orders")
    listing = screens[-1].text
    assert listing.count("USD") == len(kinds), "one line per order, each with its price"
    first = screens[-1].buttons[0][0]
    await tour.tap(first)
    await tour.tap("Refresh")

    tour.section = "A notification"
    async with shop.db.read() as repos:
        orders = await repos.orders.list_for_user(CUSTOMER, 0, 20)
    followers = next(o for o in orders if o.service_id == 1)
    assert followers.panel_order_id is not None
    shop.panel.set_status(followers.panel_order_id, "Partial", remains=300, charge=Decimal("1"))
    await shop.services.status_sync.sync()
    limits = SendLimits(per_second=1000, per_chat_interval=0, backoff=0.01)
    sender = OutboxSender(
        shop.db, tour.h.bot, shop.services.notifier, shop.services.notices, limits
    )
    mark = tour.h.session.next_seq
    await sender.drain()
    calls = tour.h.session.calls_since(mark)
    screens = tour.record_calls("The status sync finds the order Partial", calls)
    (notice,) = [s for s in screens if "partially completed" in s.text]
    assert "https://instagram.com/shop_owner" in notice.text and "Balance:" in notice.text
    assert notice.buttons
    await tour.tap(notice.buttons[0][0])

    tour.section = "Cancel an order"
    likes = next(o for o in orders if o.service_id == 4)  # custom comments can be canceled
    await tour.say("📦 My orders")
    await tour.tap(f"#{likes.id}")
    await tour.tap("Cancel order")
    await tour.tap("Yes, cancel")

    tour.section = "Wallet"
    screens = await tour.say("💰 Wallet")
    assert "USD" in screens[-1].text
    await tour.tap("History")
    await assert_ledger_balances(shop.db)

    text = tour.markdown()
    _write(Path(os.environ.get("TOUR_PATH") or tmp_path / "tour.md"), text)
    assert "## My orders" in text and "## Wallet" in text
    assert "(no answer)" not in text, "every action was answered"
