"""A channel to join first (issue 24): REQUIRED_CHANNELS, checked with getChatMember.

A member gets the shop, a non-member one screen with a Join button per channel and "I've
joined"; a channel the bot cannot see lets customers through and tells the admins once.
Admins, payments and Contact support never wait on the gate.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, AnswerPreCheckoutQuery, GetChatMember, SendInvoice

from bot.domain.money import to_minor
from bot.i18n import I18n
from bot.telegram.membership import log_channels
from bot.ui.keyboards.callbacks import (
    GateCb,
    LanguageCb,
    MenuCb,
    SupportCb,
    TopupMethodCb,
    WalletCb,
)
from tests.conftest import ADMIN_ID, CUSTOMER, EN, Shop, assert_ledger_balances
from tests.payments_helpers import outbox, pre_checkout, successful_payment
from tests.sql import rows

CHANNEL = "@shopnews"
OTHER_CHANNEL = "@shopdeals"
JOINED = GateCb(act="joined").pack()
RU = I18n().get("ru")
INACCESSIBLE = "Bad Request: member list is inaccessible"


@pytest.fixture
async def shop(make_shop: Callable[..., Any]) -> Shop:
    made: Shop = await make_shop(required_channels=f"{CHANNEL},{OTHER_CHANNEL}")
    await made.harness.send(ADMIN_ID, "/admin")
    return made


def members(shop: Shop, channel: str) -> set[int]:
    return shop.harness.session.channel_members.setdefault(channel, set())


def lookups(shop: Shop) -> int:
    return len(shop.harness.session.calls_of(GetChatMember))


def is_gate(text: str) -> bool:
    return "Join our channel first" in text


async def test_a_member_gets_the_shop_and_is_remembered(shop: Shop) -> None:
    h = shop.harness
    members(shop, CHANNEL).add(CUSTOMER)
    members(shop, OTHER_CHANNEL).add(CUSTOMER)
    await h.send(CUSTOMER, "/start")
    assert "Hello" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, MenuCb(to="balance").pack())
    assert "Wallet" in h.last_text(CUSTOMER)
    assert lookups(shop) == 2  # one per channel, then remembered for a few minutes


async def test_a_non_member_gets_one_screen_with_a_join_button_per_channel(shop: Shop) -> None:
    h = shop.harness
    members(shop, OTHER_CHANNEL).add(CUSTOMER)  # a member of one of the two
    await h.send(CUSTOMER, "/start")
    text = h.last_text(CUSTOMER)
    assert is_gate(text) and CHANNEL in text and OTHER_CHANNEL not in text
    assert h.buttons(CUSTOMER) == [
        (EN("btn-gate-join", channel=CHANNEL), "https://t.me/shopnews"),
        (EN("btn-gate-joined"), JOINED),
    ]
    # Every other way in meets the same screen, edited in place for a button, and answered.
    calls = await h.press(CUSTOMER, MenuCb(to="balance").pack())
    assert [c.name for c in calls if c.name != "getChatMember"] == [
        "answerCallbackQuery",
        "editMessageText",
    ]
    assert is_gate(h.last_text(CUSTOMER))
    for text in ("/balance", "/orders", "hello"):
        await h.send(CUSTOMER, text)
        assert is_gate(h.last_text(CUSTOMER)), text


async def test_a_customer_who_joins_and_presses_ive_joined_gets_the_main_menu(shop: Shop) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    assert is_gate(h.last_text(CUSTOMER))
    members(shop, CHANNEL).add(CUSTOMER)
    calls = await h.press(CUSTOMER, JOINED)  # one channel joined, one still to join
    alert = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert len(alert) == 1 and alert[0].show_alert and OTHER_CHANNEL in (alert[0].text or "")
    assert is_gate(h.last_text(CUSTOMER))
    members(shop, OTHER_CHANNEL).add(CUSTOMER)
    await h.press(CUSTOMER, JOINED)
    assert h.last_text(CUSTOMER) == EN("main-menu")
    await h.send(CUSTOMER, "/balance")
    assert "Wallet" in h.last_text(CUSTOMER)


async def test_ive_joined_asks_telegram_again_not_its_memory(shop: Shop) -> None:
    h = shop.harness
    members(shop, CHANNEL).add(CUSTOMER)
    members(shop, OTHER_CHANNEL).add(CUSTOMER)
    await h.send(CUSTOMER, "/start")
    members(shop, CHANNEL).discard(CUSTOMER)  # left the channel meanwhile
    await h.press(CUSTOMER, JOINED)
    assert lookups(shop) == 4
    await h.send(CUSTOMER, "/balance")
    assert is_gate(h.last_text(CUSTOMER))


async def test_a_channel_the_bot_cannot_see_lets_customers_in_and_tells_admins_once(
    shop: Shop,
) -> None:
    h = shop.harness
    members(shop, OTHER_CHANNEL).update({CUSTOMER, CUSTOMER + 1})
    h.session.unreadable_channels[CHANNEL] = INACCESSIBLE
    for customer in (CUSTOMER, CUSTOMER + 1):
        await h.send(customer, "/start")
        assert "Hello" in h.last_text(customer)
    alerts = [m.text for m in await outbox(shop, ADMIN_ID) if CHANNEL in m.text]
    assert len(alerts) == 1
    assert "administrator" in alerts[0] and "member list is inaccessible" in alerts[0]
    # A channel that cannot be checked still leaves the one that can: a non-member of it waits.
    await h.send(CUSTOMER + 2, "/start")
    assert is_gate(h.last_text(CUSTOMER + 2)) and CHANNEL not in h.last_text(CUSTOMER + 2)


async def test_admins_are_never_gated(shop: Shop) -> None:
    h = shop.harness
    before = lookups(shop)
    await h.send(ADMIN_ID, "/start")
    await h.press(ADMIN_ID, MenuCb(to="balance").pack())
    assert "Wallet" in h.last_text(ADMIN_ID)
    assert lookups(shop) == before == 0


async def test_contact_support_is_never_behind_the_gate(shop: Shop) -> None:
    """A non-member's whole conversation: the prompt, the message itself, /support, the
    answer button under the shop's reply."""
    h = shop.harness
    await h.send(CUSTOMER, EN.plain("kb-support"))
    assert not is_gate(h.last_text(CUSTOMER))
    await h.send(CUSTOMER, "My order has not started")
    assert not is_gate(h.last_text(CUSTOMER))
    assert await rows(shop.db, "SELECT user_id FROM support_tickets") == [(CUSTOMER,)]
    await h.send(CUSTOMER, "/support")
    assert not is_gate(h.last_text(CUSTOMER))
    await h.press(CUSTOMER, SupportCb(act="write").pack())
    assert not is_gate(h.last_text(CUSTOMER))
    assert lookups(shop) == 0


async def test_an_invite_link_counts_for_a_customer_stopped_at_the_gate(
    make_shop: Callable[..., Any],
) -> None:
    shop: Shop = await make_shop(required_channels=CHANNEL, referral_percent="10")
    members(shop, CHANNEL).add(CUSTOMER)
    await shop.harness.send(CUSTOMER, "/start")
    await shop.harness.send(CUSTOMER + 1, f"/start ref_{CUSTOMER}")
    assert is_gate(shop.harness.last_text(CUSTOMER + 1))
    tied = await rows(shop.db, "SELECT invited_by FROM users WHERE id = ?", (CUSTOMER + 1,))
    assert tied == [(CUSTOMER,)]


async def test_a_promo_link_counts_for_a_customer_stopped_at_the_gate(shop: Shop) -> None:
    h = shop.harness
    await h.send(ADMIN_ID, "/promo add HELLO bonus 2")
    await h.send(CUSTOMER, "/start promo_hello")
    texts = [m.text or "" for m in h.session.sent_messages(CUSTOMER)]
    # The code's answer, then the gate screen: the code is taken, not lost behind the gate.
    assert "Promo code HELLO: <b>2.00 USD</b> added to your balance" in texts[-2]
    assert is_gate(texts[-1])
    assert await shop.balance(CUSTOMER) == to_minor(Decimal("2"))
    await assert_ledger_balances(shop.db)


async def test_a_non_member_at_the_gate_can_switch_language(shop: Shop) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    assert is_gate(h.last_text(CUSTOMER))
    await h.send(CUSTOMER, "/language")
    assert h.last_text(CUSTOMER) == EN("language-pick")  # the picker, not the gate
    calls = await h.press(CUSTOMER, MenuCb(to="language").pack())
    assert h.last_text(CUSTOMER) == EN("language-pick")
    assert [c.name for c in calls if c.name == "answerCallbackQuery"] == ["answerCallbackQuery"]
    calls = await h.press(CUSTOMER, LanguageCb(lang="ru").pack())
    # Said in the new language, and the gate again, in it (edited in place).
    answers = [c.method.text for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert answers == [RU("language-set", language="Русский")]
    edits = [c.method.text for c in calls if c.name == "editMessageText"]
    assert len(edits) == 1 and edits[0].startswith(RU("gate", channels="").split("\n")[0])
    language = await rows(shop.db, "SELECT language FROM users WHERE id = ?", (CUSTOMER,))
    assert language == [("ru",)]
    await h.send(CUSTOMER, "/orders")  # everything else stays behind the gate
    assert h.last_text(CUSTOMER).startswith(RU("gate", channels="").split("\n")[0])


async def test_payments_of_a_non_member_go_through(make_shop: Callable[..., Any]) -> None:
    shop: Shop = await make_shop(required_channels=CHANNEL, stars_per_unit="45.5")
    h = shop.harness
    members(shop, CHANNEL).add(CUSTOMER)
    await h.send(CUSTOMER, "/wallet")
    await h.press(CUSTOMER, WalletCb(act="add").pack())
    await h.press(CUSTOMER, TopupMethodCb(m="stars").pack())
    await h.send(CUSTOMER, "10")
    sent = h.session.calls_of(SendInvoice)[-1]
    members(shop, CHANNEL).discard(CUSTOMER)  # left the channel before paying
    await h.press(CUSTOMER, JOINED)  # asked again: now a non-member
    total = sent.prices[0].amount
    calls = await h.feed(pre_checkout(CUSTOMER, sent.payload, total))
    answers = [c.method for c in calls if isinstance(c.method, AnswerPreCheckoutQuery)]
    assert len(answers) == 1 and answers[0].ok
    await h.feed(successful_payment(CUSTOMER, sent.payload, total, "charge-gate"))
    assert await shop.balance(CUSTOMER) == to_minor(Decimal(10))
    assert "Payment received" in h.last_text(CUSTOMER)
    await assert_ledger_balances(shop.db)


async def test_the_gate_is_off_without_the_setting(make_shop: Callable[..., Any]) -> None:
    shop: Shop = await make_shop()
    await shop.harness.send(CUSTOMER, "/start")
    assert "Hello" in shop.harness.last_text(CUSTOMER)
    assert lookups(shop) == 0


@pytest.mark.parametrize("value", ["shopnews", "@a", "@shop news", "https://t.me/x", "12ab"])
def test_a_malformed_channel_setting_is_refused(value: str) -> None:
    from pydantic import ValidationError

    from tests.conftest import make_settings

    with pytest.raises(ValidationError, match="required_channels"):
        make_settings("http://127.0.0.1:1", required_channels=value)


async def test_a_channel_given_by_id_gets_its_invite_link(make_shop: Callable[..., Any]) -> None:
    private = -1001234567890
    shop: Shop = await make_shop(required_channels=str(private))
    h = shop.harness
    chat = {
        "id": private,
        "type": "channel",
        "title": "Shop news",
        "invite_link": "https://t.me/+AbCdEf123",
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }
    h.session.respond("getChat", chat, times=1)  # asked once, then remembered
    for customer in (CUSTOMER, CUSTOMER + 1):
        await h.send(customer, "/start")
        assert is_gate(h.last_text(customer))
        assert h.buttons(customer)[0] == (
            EN("btn-gate-join", channel=str(private)),
            "https://t.me/+AbCdEf123",
        )


async def test_the_start_up_logs_what_it_found_of_each_channel(
    shop: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    h = shop.harness
    h.session.unreadable_channels[CHANNEL] = INACCESSIBLE
    with caplog.at_level(logging.INFO, logger="bot.telegram.membership"):
        await log_channels(h.bot, shop.services.settings.required_channels)
    said = {r.getMessage() for r in caplog.records}
    assert any(CHANNEL in line and "member list is inaccessible" in line for line in said)
    assert any(OTHER_CHANNEL in line and "not an administrator" in line for line in said)
    assert lookups(shop) == 2
