"""The reply keyboard's message comes once, not on every /start (issue 27, item 7).

Sent again only when its words change (another language, the Admin button) or on a /start more
than 30 days after the last one; every other /start is the greeting alone.
"""

from __future__ import annotations

from typing import Any

from aiogram.methods import SendMessage
from aiogram.types import ReplyKeyboardMarkup

from bot.domain.reply_keyboard import RESEND_AFTER
from bot.ui.keyboards.callbacks import LanguageCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop
from tests.fakes.telegram import Call
from tests.sql import rows

DAY = 24 * 3600


def sent(calls: list[Call]) -> list[tuple[str, list[str]]]:
    """Each message sent: its text, and the reply keyboard's labels when it carries one."""
    found = []
    for call in calls:
        if isinstance(call.method, SendMessage):
            markup: Any = call.method.reply_markup
            keys = (
                [b.text for row in markup.keyboard for b in row]
                if isinstance(markup, ReplyKeyboardMarkup)
                else []
            )
            found.append((call.method.text, keys))
    return found


def texts(calls: list[Call]) -> list[str]:
    return [text for text, _ in sent(calls)]


async def recorded(shop: Shop, user_id: int) -> tuple[str | None, int, int]:
    """(the reply keyboard's variant recorded, when, the user's last_seen_at)."""
    [row] = await rows(
        shop.db,
        "SELECT reply_keyboard, reply_keyboard_at, last_seen_at FROM users WHERE id = ?",
        (user_id,),
    )
    return row[0], row[1], row[2]


async def move_back(shop: Shop, user_id: int, seconds: int, *, last_seen: bool = True) -> None:
    """The last reply keyboard sent `seconds` earlier (and the user last seen then too)."""
    seen = ", last_seen_at = last_seen_at - ?1" if last_seen else ""
    async with shop.db.transaction() as repos:
        await repos.conn.execute(
            f"UPDATE users SET reply_keyboard_at = reply_keyboard_at - ?1{seen} WHERE id = ?2",
            (seconds, user_id),
        )


async def trace_user_writes(shop: Shop) -> list[str]:
    """The statements that write the users table from now on, as the writer runs them."""
    statements: list[str] = []

    def seen(sql: str) -> None:
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE")) and " users " in f"{sql} ":
            statements.append(sql)

    async with shop.db.single_write() as repos:
        await repos.conn.set_trace_callback(seen)
    return statements


async def test_the_first_start_sends_the_keyboard_and_the_next_only_the_greeting(
    shop: Shop,
) -> None:
    en, h = shop.services.i18n.get("en"), shop.harness
    keys = [en("kb-new-order"), en("kb-my-orders"), en("kb-wallet"), en("kb-support")]
    greeting = en("greeting", name="User")
    writes = await trace_user_writes(shop)
    assert sent(await h.send(CUSTOMER, "/start")) == [(en("keyboard-ready"), keys), (greeting, [])]
    # Recorded by the users middleware's write of the newcomer's row, in the same statement.
    assert len(writes) == 1
    variant, sent_at, seen = await recorded(shop, CUSTOMER)
    assert variant == "en" and sent_at == seen > 0
    for _ in range(3):
        assert sent(await h.send(CUSTOMER, "/start")) == [(greeting, [])]
    assert len(writes) == 1  # the next ones: a read by key, nothing written
    assert await recorded(shop, CUSTOMER) == (variant, sent_at, seen)


async def test_a_language_change_sends_it_in_the_new_language_once(shop: Shop) -> None:
    ru, en, h = shop.services.i18n.get("ru"), shop.services.i18n.get("en"), shop.harness
    await h.send(CUSTOMER, "/start", language_code="ru")
    assert sent(await h.send(CUSTOMER, "/start", language_code="ru")) == [
        (ru("greeting", name="User"), [])
    ]
    calls = await h.press(CUSTOMER, LanguageCb(lang="en").pack())
    en_keys = [en("kb-new-order"), en("kb-my-orders"), en("kb-wallet"), en("kb-support")]
    assert sent(calls) == [(en("keyboard-ready"), en_keys)]
    assert sent(await h.send(CUSTOMER, "/start")) == [(en("greeting", name="User"), [])]
    calls = await h.press(CUSTOMER, LanguageCb(lang="ru").pack())
    ru_keys = [ru("kb-new-order"), ru("kb-my-orders"), ru("kb-wallet"), ru("kb-support")]
    assert sent(calls) == [(ru("keyboard-ready"), ru_keys)]
    assert (await recorded(shop, CUSTOMER))[0] == "ru"
    assert sent(await h.send(CUSTOMER, "/start")) == [(ru("greeting", name="User"), [])]


async def test_a_start_30_days_later_sends_it_again(shop: Shop) -> None:
    en, h = shop.services.i18n.get("en"), shop.harness
    ready, greeting = en("keyboard-ready"), en("greeting", name="User")
    await h.send(CUSTOMER, "/start")
    await move_back(shop, CUSTOMER, RESEND_AFTER - DAY)  # 29 days: not yet
    assert ready not in texts(await h.send(CUSTOMER, "/start"))
    # Back after 31 days: the users middleware writes the row anyway, and records it there.
    await move_back(shop, CUSTOMER, 2 * DAY)
    assert texts(await h.send(CUSTOMER, "/start")) == [ready, greeting]
    _, sent_at, seen = await recorded(shop, CUSTOMER)
    assert sent_at == seen
    assert ready not in texts(await h.send(CUSTOMER, "/start"))
    # Seen a minute ago (no write in the middleware), the keyboard 31 days old: the handler
    # records it.
    await move_back(shop, CUSTOMER, RESEND_AFTER + DAY, last_seen=False)
    assert texts(await h.send(CUSTOMER, "/start")) == [ready, greeting]
    assert (await recorded(shop, CUSTOMER))[1] >= sent_at
    assert ready not in texts(await h.send(CUSTOMER, "/start"))


async def test_a_customer_made_admin_gets_the_admin_button(shop: Shop) -> None:
    en, h = shop.services.i18n.get("en"), shop.harness
    await h.send(ADMIN_ID, "/start")
    assert (await recorded(shop, ADMIN_ID))[0] == "en+admin"
    assert sent(await h.send(ADMIN_ID, "/start")) == [(en("greeting", name="User"), [])]
    # The keyboard last sent was a customer's (ADMIN_IDS changed since): it comes again.
    async with shop.db.transaction() as repos:
        await repos.conn.execute("UPDATE users SET reply_keyboard = 'en' WHERE id = ?", (ADMIN_ID,))
    [(text, keys), _] = sent(await h.send(ADMIN_ID, "/start"))
    assert text == en("keyboard-ready") and keys[-1] == en("kb-admin")
    assert (await recorded(shop, ADMIN_ID))[0] == "en+admin"


async def test_a_newcomer_from_a_link_gets_it_where_start_answers(shop: Shop) -> None:
    en, h = shop.services.i18n.get("en"), shop.harness
    ready, greeting = en("keyboard-ready"), en("greeting", name="User")
    # The wallet's link (a forwarded Stars invoice) opens the wallet: no keyboard, none recorded.
    calls = await h.send(CUSTOMER, "/start topup")
    assert ready not in texts(calls)
    assert (await recorded(shop, CUSTOMER))[0] is None
    assert texts(await h.send(CUSTOMER, "/start")) == [ready, greeting]
    # Another link's /start is the greeting: with the keyboard for a newcomer.
    other = CUSTOMER + 1
    found = texts(await h.send(other, "/start ref42"))
    assert found == [ready, greeting]
    assert ready not in texts(await h.send(other, "/start"))
