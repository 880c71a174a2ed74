"""/api through the real Dispatcher: the key shown once, a new key, off, the status messages of
API orders, in every language; the Wallet's button; the admin's card and its API button; the
API mark in My orders; /stats counting API orders apart."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from aiogram.methods import AnswerCallbackQuery, EditMessageText

from bot.domain.order_draft import OrderDraft
from bot.i18n import LANGUAGES
from bot.ui.keyboards.callbacks import AdminApiCb, ApiCb, MenuCb, MyOrdersCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.payments_helpers import outbox
from tests.reseller_helpers import API_SETTINGS
from tests.test_admin_i18n import speaks

KEY = re.compile(r"[A-Za-z0-9_-]{43,}")
LINK = "https://instagram.com/api_screen"


@pytest.fixture
async def shop(make_shop: Callable[..., Any]) -> Shop:
    made: Shop = await make_shop(**API_SETTINGS, reseller_api_url="https://shop.example/api/v2")
    return made


def shown_key(text: str) -> str:
    found = KEY.search(text)
    assert found is not None, text
    return found.group(0)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_api_screen_shows_the_key_once_renews_and_turns_off(shop: Shop, lang: str) -> None:
    t = shop.services.i18n.get(lang)
    h, access = shop.harness, shop.services.api_access
    await speaks(shop, CUSTOMER, lang)
    await h.send(CUSTOMER, "/api")
    assert h.last_text(CUSTOMER) == t("api-screen-off")

    calls = await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-api-turn-on")))
    assert [c.name for c in calls].count("answerCallbackQuery") == 1
    assert any(isinstance(c.method, EditMessageText) for c in calls)  # in place
    text = h.last_text(CUSTOMER)
    key = shown_key(text)
    assert await access.owner(key) == CUSTOMER
    assert f"curl -s -d key={key} -d action=balance https://shop.example/api/v2" in text

    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-api-notices-off")))
    text = h.last_text(CUSTOMER)
    assert key not in text  # shown once: the next screen no longer has it
    assert t("api-notices-on") in text
    assert t("btn-api-notices-on") in [label for label, _ in h.buttons(CUSTOMER)]

    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-api-new-key")))
    new_key = shown_key(h.last_text(CUSTOMER))
    assert new_key != key
    assert await access.owner(key) is None and await access.owner(new_key) == CUSTOMER

    await h.press(CUSTOMER, h.find_button(CUSTOMER, t("btn-api-turn-off")))
    assert h.last_text(CUSTOMER) == t("api-screen-off")
    assert await access.owner(new_key) is None


async def test_a_stale_turn_on_button_keeps_the_working_key(shop: Shop) -> None:
    t = shop.services.i18n.get("en")
    h, access = shop.harness, shop.services.api_access
    await h.send(CUSTOMER, "/api")
    stale = h.find_button(CUSTOMER, t("btn-api-turn-on"))
    await h.press(CUSTOMER, stale)
    key = shown_key(h.last_text(CUSTOMER))
    calls = await h.press(CUSTOMER, stale)  # the same button again, on an old message
    assert [c.name for c in calls].count("answerCallbackQuery") == 1
    assert await access.owner(key) == CUSTOMER  # still works
    text = h.last_text(CUSTOMER)
    assert KEY.search(text) is None  # no new key shown
    assert t("btn-api-new-key") in [label for label, _ in h.buttons(CUSTOMER)]


async def test_the_wallet_has_the_api_button_only_when_the_api_is_on(
    shop: Shop, make_shop: Callable[..., Any]
) -> None:
    h = shop.harness
    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, MenuCb(to="balance").pack())
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "API for resellers"))
    assert "Turn it on to get your key" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Wallet"))
    assert "Your balance" in h.last_text(CUSTOMER)

    plain: Shop = await make_shop()  # RESELLER_API_PORT not set: off
    await plain.harness.send(CUSTOMER, "/balance")
    assert not [b for b, _ in plain.harness.buttons(CUSTOMER) if "API" in b]
    await plain.harness.send(CUSTOMER, "/api")
    assert "does not offer API access" in plain.harness.last_text(CUSTOMER)
    await plain.harness.press(CUSTOMER, ApiCb(act="on").pack())  # a stale or forged button
    assert "does not offer API access" in plain.harness.last_text(CUSTOMER)
    async with plain.db.read() as repos:
        assert await repos.api_keys.get(CUSTOMER) is None


async def test_an_admin_turns_a_customer_s_api_off_and_allows_it_again(shop: Shop) -> None:
    h, access = shop.harness, shop.services.api_access
    await shop.credit(CUSTOMER, "1")
    key = (await access.issue(CUSTOMER)).key
    await h.send(ADMIN_ID, f"/user {CUSTOMER}")
    assert "🔑 API: on, key since" in h.last_text(ADMIN_ID)

    # A customer pressing the admin's button (forged): nothing changes.
    await h.press(CUSTOMER, AdminApiCb(act="block", id=CUSTOMER).pack())
    assert await access.owner(key or "") == CUSTOMER

    calls = await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Turn API off"))
    toast = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert toast and "key no longer works" in (toast[0].text or "")
    assert "🔑 API: turned off by an admin" in h.last_text(ADMIN_ID)
    assert await access.owner(key or "") is None

    await h.send(CUSTOMER, "/api")
    assert "turned your API access off" in h.last_text(CUSTOMER)
    await h.press(CUSTOMER, ApiCb(act="new").pack())  # an old button: no key for them
    assert "turned your API access off" in h.last_text(CUSTOMER)
    assert KEY.search(h.last_text(CUSTOMER)) is None

    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Allow API again"))
    assert "🔑 API: off" in h.last_text(ADMIN_ID)
    await h.send(CUSTOMER, "/api")
    await h.press(CUSTOMER, h.find_button(CUSTOMER, "Turn on and get a key"))
    assert await access.owner(shown_key(h.last_text(CUSTOMER))) == CUSTOMER


async def test_api_orders_are_marked_quiet_unless_asked_and_counted_apart(shop: Shop) -> None:
    h, ordering = shop.harness, shop.services.ordering
    await shop.credit(CUSTOMER, "10")
    await shop.services.api_access.issue(CUSTOMER)
    draft = OrderDraft(1, link=LINK, quantity=1000)
    quiet = await ordering.place_via_api(CUSTOMER, draft, "api-test-1")
    in_bot = await shop.place(OrderDraft(1, link=LINK, quantity=500), "bot-test-1")
    assert quiet.order is not None and in_bot.order is not None
    assert quiet.order.via_api and not in_bot.order.via_api

    await h.send(CUSTOMER, "/start")
    await h.press(CUSTOMER, MyOrdersCb(page=0).pack())
    lines = h.last_text(CUSTOMER).split("\n")
    assert any(f"#{quiet.order.id}</b> [API]" in line for line in lines)
    assert not any(f"#{in_bot.order.id}</b> [API]" in line for line in lines)

    # Both end Partial: the bot's order tells its customer, the API order does not.
    for order in (quiet.order, in_bot.order):
        assert order.panel_order_id is not None
        shop.panel.set_status(order.panel_order_id, "Partial", remains="100")
    await shop.services.status_sync.sync()
    told = " ".join(str(m) for m in await outbox(shop, CUSTOMER))
    assert f"#{in_bot.order.id}" in told and f"#{quiet.order.id}" not in told

    # With the status messages on (/api), the next API order's are sent.
    await shop.services.api_access.toggle_notices(CUSTOMER)
    loud = await ordering.place_via_api(CUSTOMER, draft, "api-test-2")
    assert loud.order is not None and loud.order.panel_order_id is not None
    shop.panel.set_status(loud.order.panel_order_id, "Completed", remains="0")
    await shop.services.status_sync.sync()
    told = " ".join(str(m) for m in await outbox(shop, CUSTOMER))
    assert f"#{loud.order.id}" in told

    await h.send(ADMIN_ID, "/stats")
    assert "🔑 Through the API: 2 orders · 1.71 USD" in h.last_text(ADMIN_ID)
    await assert_ledger_balances(shop.db)


async def test_refill_notices_of_api_orders_follow_the_api_toggle(shop: Shop) -> None:
    await shop.credit(CUSTOMER, "10")
    access, ordering = shop.services.api_access, shop.services.ordering
    await access.issue(CUSTOMER)
    placed = []
    for n in (1, 2):
        outcome = await ordering.place_via_api(CUSTOMER, OrderDraft(1, link=LINK, quantity=100),
                                               f"api-refill-{n}")  # fmt: skip
        assert outcome.order is not None and outcome.order.panel_order_id is not None
        shop.panel.set_status(outcome.order.panel_order_id, "Completed", remains="0")
        placed.append(outcome.order)
    await shop.services.status_sync.sync()
    quiet, loud = placed

    async def refill_told(order_id: int) -> bool:
        asked = await shop.services.order_actions.request_refill(CUSTOMER, order_id)
        assert asked.ok
        shop.panel.set_refill_status(int(asked.detail), "Completed")
        await shop.services.status_sync.sync()
        told = " ".join(str(m) for m in await outbox(shop, CUSTOMER))
        return f"Refill of order #{order_id}" in told

    assert not await refill_told(quiet.id)  # notices off (the default)
    await access.toggle_notices(CUSTOMER)
    assert await refill_told(loud.id)
    await assert_ledger_balances(shop.db)


async def test_an_admin_button_for_no_such_customer_changes_nothing(shop: Shop) -> None:
    calls = await shop.harness.press(ADMIN_ID, AdminApiCb(act="block", id=987654).pack())
    answers = [c.method for c in calls if isinstance(c.method, AnswerCallbackQuery)]
    assert len(answers) == 1 and "987654" in (answers[0].text or "")
    async with shop.db.read() as repos:
        assert await repos.api_keys.get(987654) is None
