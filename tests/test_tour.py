"""The tour of the bot: one customer's whole journey through the real Dispatcher, recorded
screen by screen (text and buttons) as Markdown, in English, Arabic and Russian (the same
journey, the customer's language the only difference), and in Persian.

`make tour` sets TOUR_DIR=docs and runs this test, which rewrites docs/tour.md, docs/tour.ar.md
and docs/tour.ru.md. Run otherwise, the transcripts go to temporary files: a stale tour never
fails a test. The Persian run always goes to a temporary file: it is there for its check.
The recorder writes whatever screens there are, so a changed screen only changes the tour.

In Arabic and Persian every line of every screen is laid out by the Unicode bidi algorithm
(python-bidi): its base direction must be right to left (issue 27, items 4 and 9).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, CopyMessage, EditMessageText, SendMessage
from aiogram.types import InlineKeyboardMarkup, ReplyKeyboardMarkup
from bidi import get_base_level

from bot.i18n import Translator, decimal_separator
from bot.telegram.outbox_sender import OutboxSender, SendLimits
from bot.ui.keyboards.callbacks import OrderCardCb, PlatformCb, SupportAdminCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.fakes.telegram import Call, html_to_plain

# The customer's language → the tour's file under TOUR_DIR (None: a temporary file only).
TOURS = {"en": "tour.md", "ar": "tour.ar.md", "ru": "tour.ru.md", "fa": None}
NAMES = {"en": "English", "ar": "Arabic", "ru": "Russian", "fa": "Persian"}
RIGHT_TO_LEFT = 1  # python-bidi's base level of a right-to-left paragraph
# What the customer asks the shop, and what the shop's admin answers, in each tour's language.
QUESTION = {
    "en": "Hi! My followers order has not started yet, can you check?",
    "ar": "مرحبًا! طلب المتابعين لم يبدأ بعد، هل يمكنكم التحقق؟",
    "ru": "Здравствуйте! Заказ подписчиков ещё не начался, проверите?",
    "fa": "سلام! سفارش دنبال‌کننده هنوز شروع نشده، بررسی می‌کنید؟",
}
ANSWER = {
    "en": "Hello! It starts within the hour: the panel has it in its queue.",
    "ar": "مرحبًا! يبدأ خلال ساعة: الطلب في قائمة انتظار اللوحة.",
    "ru": "Здравствуйте! Начнётся в течение часа: панель поставила его в очередь.",
    "fa": "سلام! ظرف یک ساعت شروع می‌شود: سفارش در صف پنل است.",
}


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


def _screens(calls: list[Call], chat_id: int, copied: dict[int, str]) -> list[Screen]:
    """What the chat was shown; `copied`: the texts of messages the bot copies (by message id)."""
    found: list[Screen] = []
    for call in calls:
        method = call.method
        if not call.ok:
            continue
        if isinstance(method, CopyMessage) and method.chat_id == chat_id:
            screen = Screen("a copy of the message", copied.get(method.message_id, ""))
            markup_of_copy: Any = method.reply_markup
            if isinstance(markup_of_copy, InlineKeyboardMarkup):
                screen.buttons = [[b.text for b in row] for row in markup_of_copy.inline_keyboard]
            found.append(screen)
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

    def __init__(self, shop: Shop, lang: str, user: int = CUSTOMER) -> None:
        self.shop = shop
        self.h = shop.harness
        self.lang = lang
        self.t: Translator = shop.services.i18n.get(lang)
        self.user = user
        self.steps: list[Step] = []
        self.section = ""
        self.copied: dict[int, str] = {}  # message id → text, of the messages the bot copies
        self.who = "You"

    def beside(self, user: int, who: str) -> Tour:
        """Another chat's tour (the shop's admin) writing into the same transcript."""
        other = Tour(self.shop, self.lang, user)
        other.steps, other.copied, other.who = self.steps, self.copied, who
        return other

    async def say(self, text: str) -> list[Screen]:
        message_id = self.h.session.next_message_id(self.user)
        self.copied[message_id] = text
        calls = await self.h.send(self.user, text, language_code=self.lang, message_id=message_id)
        return self._record(f"{self.who} send: `{text}`", calls)

    async def tap(self, label: str) -> list[Screen]:
        """Taps the last message's button whose text contains `label`."""
        return await self.tap_data(self.h.find_button(self.user, label))

    async def tap_key(self, key: str) -> list[Screen]:
        """Taps the button of a message key, in the customer's language."""
        return await self.tap(self.t(key))

    async def tap_data(self, data: str) -> list[Screen]:
        shown = next(text for text, d in self.h.buttons(self.user) if d == data)
        calls = await self.h.press(self.user, data, language_code=self.lang)
        return self._record(f"{self.who} tap: **{shown}**", calls)

    async def tap_on(self, message_id: int, data: str, label: str) -> list[Screen]:
        calls = await self.h.press(self.user, data, message_id=message_id, language_code=self.lang)
        return self._record(f"{self.who} tap: **{label}**", calls)

    def record_calls(self, action: str, calls: list[Call]) -> list[Screen]:
        return self._record(action, calls)

    def _record(self, action: str, calls: list[Call]) -> list[Screen]:
        screens = _screens(calls, self.user, self.copied)
        self.steps.append(Step(self.section, action, screens))
        return screens

    def left_to_right_lines(self) -> list[str]:
        """Every non-empty line of every screen whose base direction is not right to left."""
        return [
            line
            for step in self.steps
            for screen in step.screens
            for line in screen.text.split("\n")
            if line.strip() and get_base_level(line) != RIGHT_TO_LEFT
        ]

    def markdown(self) -> str:
        others = ", ".join(
            f"[{NAMES[lang]}]({name})" for lang, name in TOURS.items() if name and lang != self.lang
        )
        out = [
            "# A tour of the shop" + ("" if self.lang == "en" else f" ({NAMES[self.lang]})"),
            "",
            f"One customer's journey in {NAMES[self.lang]}, recorded by `tests/test_tour.py` "
            "through the real Dispatcher (regenerate with `make tour`). Each step shows what "
            "the customer did and every screen the bot answered with: its text, its buttons "
            "(`[ … ]`), the keyboard under the typing field (`⌨`), and toasts. The same "
            f"journey in {others}.",
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


# The platform each category of the tour's catalogue is on (New order shows platforms first).
PLATFORM_OF = {"Telegram": "telegram"}


async def _order(tour: Tour, category: str, service: str, answers: list[str]) -> str:
    await tour.tap_key("btn-new-order")
    await tour.tap_data(PlatformCb(key=PLATFORM_OF.get(category, "instagram")).pack())
    await tour.tap(category.removeprefix("Instagram "))  # the list's shared first word is cut
    await tour.tap(service)
    await tour.tap_key("btn-order")
    for answer in answers:
        if answer.startswith("tap:"):
            await tour.tap(answer.removeprefix("tap:"))
        else:
            await tour.say(answer)
    screens = await tour.tap_key("btn-confirm")
    return screens[-1].text if screens else ""


def _plain(t: Translator, key: str, **args: str) -> str:
    """A message's first line as the tour shows it (tags removed)."""
    return html_to_plain(t(key, **args)).strip().split("\n")[0]


@pytest.mark.parametrize("lang", list(TOURS))
async def test_the_tour_of_the_bot(make_shop: Any, tmp_path: Path, lang: str) -> None:
    shop: Shop = await make_shop(referral_percent="10")  # the Wallet's Invite friends is on
    tour = Tour(shop, lang)
    t = tour.t
    await shop.credit(CUSTOMER, "20")
    async with shop.db.transaction() as repos:  # the credit's notice is shown later, by the sender
        await repos.conn.execute("DELETE FROM outbox")
        await repos.users.set_language(CUSTOMER, lang)  # as a customer whose Telegram is in it

    tour.section = "Start"
    screens = await tour.say("/start")
    assert any(s.keyboard for s in screens), "the reply keyboard comes with /start"
    typed = [label for s in screens for row in s.keyboard for label in row]

    def key_of_keyboard(key: str) -> str:
        """What the customer sends by tapping the reply keyboard's button of `key`."""
        return next(label for label in typed if label in t(key))

    assert _plain(t, "greeting", name="User") in screens[-1].text and screens[-1].buttons

    tour.section = "Browse"
    await tour.tap_key("btn-new-order")
    await tour.tap_data(PlatformCb(key="instagram").pack())
    await tour.tap("Followers")
    card = await tour.tap("Instagram Followers")
    price = f"0{decimal_separator(lang)}90 USD"
    assert any(price in s.text for s in card), "prices carry their currency"
    await tour.tap_key("btn-back")
    await tour.tap_key("btn-home")
    await tour.tap_key("btn-search")
    example = t("search-prompt").split("<i>", 1)[1].split("</i>", 1)[0]
    found = await tour.say(example)  # the prompt's own example, in the customer's words
    assert any(s.buttons for s in found), f"{example!r} finds services"

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
        assert _plain(t, "placed", card="") in placed, (title, placed)
    assert len(shop.adds()) == len(kinds)

    tour.section = "My orders"
    screens = await tour.say(key_of_keyboard("kb-my-orders"))
    listing = screens[-1].text
    assert listing.count("USD") == len(kinds), "one line per order, each with its price"
    first = screens[-1].buttons[0][0]
    await tour.tap(first)
    await tour.tap_key("btn-refresh")

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
    (notice,) = [s for s in screens if "https://instagram.com/shop_owner" in s.text]
    assert notice.buttons
    await tour.tap(notice.buttons[0][0])

    tour.section = "Cancel an order"
    likes = next(o for o in orders if o.service_id == 4)  # custom comments can be canceled
    await tour.say(key_of_keyboard("kb-my-orders"))
    await tour.tap_data(OrderCardCb(id=likes.id).pack())
    await tour.tap_key("btn-cancel-order")
    await tour.tap_key("btn-cancel-yes")

    tour.section = "Wallet"
    screens = await tour.say(key_of_keyboard("kb-wallet"))
    assert "USD" in screens[-1].text
    await tour.tap_key("btn-history")
    await _growth(tour, key_of_keyboard("kb-wallet"))
    await _support_and_console(tour, key_of_keyboard("kb-support"))
    await assert_ledger_balances(shop.db)

    text = tour.markdown()
    folder, name = os.environ.get("TOUR_DIR"), TOURS[lang]
    _write(Path(folder) / name if folder and name else tmp_path / f"tour.{lang}.md", text)
    assert "## My orders" in text and "## Wallet" in text
    assert "(no answer)" not in text, "every action was answered"
    if t.rtl:
        assert tour.left_to_right_lines() == []
    else:  # the check sees a line that runs left to right
        assert tour.left_to_right_lines()


async def _growth(tour: Tour, wallet: str) -> None:
    """Issue 24: the invite link and a promo code, from the Wallet."""
    t = tour.t
    tour.section = "Invite friends"
    await tour.say(wallet)
    screens = await tour.tap_key("btn-invite")
    assert f"start=ref_{CUSTOMER}" in screens[-1].text and screens[-1].buttons
    await tour.tap_key("btn-back")

    tour.section = "A promo code"
    # The shop's admin made the code (not part of the customer's journey).
    await tour.h.send(ADMIN_ID, "/promo add WELCOME bonus 2", language_code=tour.lang)
    await tour.say(wallet)
    await tour.tap_key("btn-promo")
    screens = await tour.say("welcome")
    assert _plain(t, "promo-taken-bonus", code="WELCOME", amount="", balance="")[:12] in (
        screens[-1].text
    )


async def _support_and_console(tour: Tour, support: str) -> None:
    """Issue 25: a conversation with the shop, both sides, and the admin's menu."""
    lang = tour.lang
    admin = tour.beside(ADMIN_ID, "The admin")
    tour.section = "Talk to the shop"
    await tour.say(support)
    mark = tour.h.session.next_seq
    await tour.say(QUESTION[lang])
    admin.section = "Talk to the shop: the shop's side"
    calls = tour.h.session.calls_since(mark)
    screens = admin.record_calls("Every admin gets the conversation", calls)
    assert any(s.text == QUESTION[lang] for s in screens), "the customer's words under the card"
    (card,) = [
        c
        for c in calls
        if isinstance(c.method, SendMessage)
        and c.method.chat_id == ADMIN_ID
        and isinstance(c.method.reply_markup, InlineKeyboardMarkup)
    ]
    reply = tour.t("btn-support-reply")
    data = SupportAdminCb(act="reply", id=1).pack()
    assert any(b.text == reply for row in card.method.reply_markup.inline_keyboard for b in row)
    await admin.tap_on(card.result.message_id, data, reply)
    mark = tour.h.session.next_seq
    await admin.say(ANSWER[lang])
    tour.section = "Talk to the shop: the answer"
    screens = tour.record_calls("The shop answers", tour.h.session.calls_since(mark))
    assert [s.text for s in screens] == [ANSWER[lang]] and screens[0].buttons

    admin.section = "The admin's menu"
    await admin.say("/admin")
    await admin.tap_key("admin-menu-stats")
    await admin.tap_key("admin-btn-menu")
    await admin.tap("💬")
    await admin.tap_key("admin-btn-menu")
    await admin.tap_key("admin-menu-find")
    await admin.say(str(CUSTOMER))
