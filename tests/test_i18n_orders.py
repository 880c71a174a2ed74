"""Orders after they are placed, in the reader's language: status notices and admin alerts are
stored as what happened and worded when they are sent, each recipient in their own language;
the order screens and the answers to Refresh, Refill and Cancel in the customer's."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from aiogram.methods import SendMessage

from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.i18n import FSI, PDI, I18n, Translator
from bot.ui.keyboards.callbacks import MenuCb, NoticeOrderCb, OrderActionCb, OrderCardCb
from tests.conftest import ADMIN_ID, CUSTOMER, Shop, assert_ledger_balances
from tests.test_outbox import clocked_sender, deliver
from tests.test_tracking import funded, place

__all__ = ["funded"]  # the fixture, imported for these tests

OTHER = 2002
SECOND_ADMIN = 1001
# The catalogue's service 1 as a notice shows it: escaped, so the isolates wrap the escaped text.
FOLLOWERS = "Instagram Followers &lt;HQ&gt; &amp; fast"


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n()


async def speaks(shop: Shop, user_id: int, lang: str) -> None:
    """The user has met the bot (through the Dispatcher) and chose `lang`."""
    await shop.harness.send(user_id, "/start")
    async with shop.db.transaction() as repos:
        await repos.users.set_language(user_id, lang)


async def send_outbox(shop: Shop) -> dict[int, list[SendMessage]]:
    """Runs the outbox sender until nothing is left; what it sent, by chat."""
    session = shop.harness.session
    mark = session.next_seq
    sender, clock = clocked_sender(shop)
    await deliver(sender, shop, clock)
    sent: dict[int, list[SendMessage]] = {}
    for call in session.calls_since(mark):
        if isinstance(call.method, SendMessage) and call.ok:
            sent.setdefault(int(call.method.chat_id), []).append(call.method)
    return sent


def button_labels(message: SendMessage) -> list[tuple[str, str | None]]:
    markup: Any = message.reply_markup
    assert markup is not None
    return [(b.text, b.callback_data) for row in markup.inline_keyboard for b in row]


def isolated(value: object) -> str:
    return f"{FSI}{value}{PDI}"


async def two_customers(shop: Shop, first: str, second: str) -> None:
    """CUSTOMER speaks `first`, OTHER speaks `second`; both have 100 USD and no messages."""
    await speaks(shop, CUSTOMER, first)
    await speaks(shop, OTHER, second)
    await shop.credit(OTHER, "100")
    async with shop.db.transaction() as repos:  # the top-up notices are not what we read here
        await repos.conn.execute("DELETE FROM outbox")


async def place_for_both(shop: Shop, link: str, quantity: int) -> dict[int, Any]:
    """An order of each customer (the link ends with their id), by customer."""
    return {
        user: await place(
            shop, OrderDraft(service_id=1, link=f"{link}{user}", quantity=quantity), user
        )
        for user in (CUSTOMER, OTHER)
    }


# -- one status change, each customer in their own language ------------------------------------
async def test_two_customers_get_the_same_completion_each_in_their_own_language(
    funded: Shop, i18n: I18n
) -> None:
    shop = funded
    await two_customers(shop, "en", "ar")
    orders = await place_for_both(shop, "https://t.me/c", 100)
    for placed in orders.values():
        assert placed.panel_order_id
        shop.panel.set_status(placed.panel_order_id, "Completed", remains=0)
    await shop.services.status_sync.sync()
    received = await send_outbox(shop)

    texts: dict[int, str] = {}
    for user, lang in ((CUSTOMER, "en"), (OTHER, "ar")):
        t = i18n.get(lang)
        placed = orders[user]
        (message,) = received[user]
        expected = t("note-completed", id=placed.id, service=FOLLOWERS, link=placed.link)
        assert message.text == expected
        button = (t("btn-open-order", id=placed.id), NoticeOrderCb(id=placed.id).pack())
        assert button_labels(message) == [button]
        texts[user] = message.text
    # Not an accident of locale files that are still copies of English: the Arabic one keeps
    # its link and its order id in isolates, the English one has none.
    arabic, english = texts[OTHER], texts[CUSTOMER]
    assert isolated(f"https://t.me/c{OTHER}") in arabic
    assert f"الطلب رقم {isolated(orders[OTHER].id)}" in arabic
    assert FSI not in english and PDI not in english
    assert english.startswith(f"✅ Order #{orders[CUSTOMER].id} is completed.\n")


async def test_a_partial_refund_is_told_each_in_their_own_language_and_the_ledger_balances(
    funded: Shop, i18n: I18n
) -> None:
    shop = funded
    await two_customers(shop, "ru", "fa")
    orders = await place_for_both(shop, "https://t.me/p", 1000)
    for placed in orders.values():
        assert placed.panel_order_id and placed.price == to_minor(Decimal("0.90"))
        shop.panel.set_status(placed.panel_order_id, "Partial", remains=500)
    await shop.services.status_sync.sync()
    received = await send_outbox(shop)

    texts: dict[int, str] = {}
    amounts = {"ru": ("0,45 USD", "99,55 USD"), "fa": ("0.45 USD", "99.55 USD")}
    for user, lang in ((CUSTOMER, "ru"), (OTHER, "fa")):
        t = i18n.get(lang)
        placed = orders[user]
        # 0.90 × 500 / 1000 = 0.45 back; 100 − 0.90 + 0.45 = 99.55 left.
        refund = t("note-refunded", refund=amounts[lang][0], balance=amounts[lang][1])
        expected = t(
            "note-partial",
            id=placed.id,
            service=FOLLOWERS,
            link=placed.link,
            delivered=500,
            quantity=1000,
            refund=refund,
        )
        (message,) = received[user]
        assert message.text == expected
        texts[user] = message.text
    persian, russian = texts[OTHER], texts[CUSTOMER]
    assert isolated(f"https://t.me/p{OTHER}") in persian
    assert f"سفارش شماره {isolated(orders[OTHER].id)}" in persian
    assert isolated("0.45 USD") in persian and isolated("99.55 USD") in persian
    assert FSI not in russian and PDI not in russian
    for user in (CUSTOMER, OTHER):
        assert await shop.balance(user) == to_minor(Decimal("99.55"))
    await assert_ledger_balances(shop.db)


async def test_a_notice_is_worded_in_the_language_chosen_by_the_time_it_is_sent(
    funded: Shop, i18n: I18n
) -> None:
    shop = funded
    await speaks(shop, CUSTOMER, "en")
    placed = await place(shop, OrderDraft(service_id=1, link="https://t.me/switch", quantity=100))
    assert placed.panel_order_id
    async with shop.db.transaction() as repos:
        await repos.conn.execute("DELETE FROM outbox")
    shop.panel.set_status(placed.panel_order_id, "Canceled", remains=100)
    await shop.services.status_sync.sync()  # the notice is written while they read English
    async with shop.db.transaction() as repos:
        await repos.users.set_language(CUSTOMER, "ar")  # /language, before the sender runs
    received = await send_outbox(shop)

    ar = i18n.get("ar")
    (message,) = received[CUSTOMER]
    refund = ar("note-refunded", refund="0.09 USD", balance="100.00 USD")
    assert message.text == ar(
        "note-canceled", id=placed.id, service=FOLLOWERS, link=placed.link, refund=refund
    )
    assert isolated("https://t.me/switch") in message.text
    assert button_labels(message) == [
        (ar("btn-open-order", id=placed.id), NoticeOrderCb(id=placed.id).pack())
    ]
    await assert_ledger_balances(shop.db)


# -- admin alerts ------------------------------------------------------------------------------
async def test_an_unknown_status_alert_reaches_each_admin_in_their_language(
    make_shop: Callable[..., Any], i18n: I18n
) -> None:
    shop: Shop = await make_shop(admin_ids=f"{ADMIN_ID},{SECOND_ADMIN}")
    await shop.credit(CUSTOMER, "10")
    await speaks(shop, ADMIN_ID, "fa")
    await speaks(shop, SECOND_ADMIN, "en")
    placed = await place(shop, OrderDraft(service_id=1, link="https://t.me/odd", quantity=100))
    assert placed.panel_order_id
    async with shop.db.transaction() as repos:
        await repos.conn.execute("DELETE FROM outbox")
    shop.panel.set_status(placed.panel_order_id, "On <Hold>")
    await shop.services.status_sync.sync()
    received = await send_outbox(shop)

    for admin, lang in ((ADMIN_ID, "fa"), (SECOND_ADMIN, "en")):
        (message,) = received[admin]
        t = i18n.get(lang)
        assert message.text == t("admin-unknown-status", status="On &lt;Hold&gt;", id=placed.id)
        assert message.reply_markup is None
    persian = received[ADMIN_ID][0].text
    english = received[SECOND_ADMIN][0].text
    assert f"<code>{isolated('On &lt;Hold&gt;')}</code>" in persian
    assert f"سفارش شماره {isolated(placed.id)}" in persian
    assert FSI not in english
    assert english.startswith("⚠️ The panel sent an unknown order status <code>On &lt;Hold&gt;")


# -- screens and answers in the customer's language --------------------------------------------
async def test_my_orders_and_the_card_in_arabic(funded: Shop, i18n: I18n) -> None:
    shop, h = funded, funded.harness
    await speaks(shop, CUSTOMER, "ar")
    placed = await place(shop, OrderDraft(service_id=1, link="https://t.me/list", quantity=100))
    ar = i18n.get("ar")
    await h.press(CUSTOMER, MenuCb(to="orders").pack())
    text = h.last_text(CUSTOMER)
    line = ar(
        "my-orders-line",
        icon="⏳",
        status=ar("state-pending"),
        id=placed.id,
        service=FOLLOWERS,
        quantity=100,
        price="0.09 USD",
        date=ar.date(placed.created_at),
    )
    assert text == f"{ar('my-orders')}\n\n{line}\n\n{ar('my-orders-tap')}"
    assert f"#{isolated(placed.id)}" in text and isolated("0.09 USD") in text

    await h.press(CUSTOMER, OrderCardCb(id=placed.id).pack())
    card = h.last_text(CUSTOMER)
    assert isolated("https://t.me/list") in card
    assert isolated(ar.datetime(placed.created_at)) in card
    labels = [label for label, _ in h.buttons(CUSTOMER)]
    assert ar("btn-refresh") in labels and ar("btn-orders") in labels


async def test_refill_and_cancel_answers_in_the_customers_language(
    funded: Shop, i18n: I18n
) -> None:
    shop, h = funded, funded.harness
    await speaks(shop, CUSTOMER, "fa")
    fa: Translator = i18n.get("fa")
    placed = await place(shop, OrderDraft(service_id=1, link="https://t.me/rf", quantity=100))
    assert placed.panel_order_id
    shop.panel.set_status(placed.panel_order_id, "Completed", remains=0)
    await shop.services.status_sync.sync()
    await h.press(CUSTOMER, OrderActionCb(id=placed.id, act="refill").pack())
    (refill_id,) = shop.panel.refills
    text = h.last_text(CUSTOMER)
    assert text.startswith(fa("refill-requested", refill_id=refill_id) + "\n\n")
    assert isolated(refill_id) in text

    other = await place(shop, OrderDraft(service_id=1, link="https://t.me/cx", quantity=100))
    shop.panel.inject_fault("cancel", "error:This order cannot be cancelled")
    await h.press(CUSTOMER, OrderActionCb(id=other.id, act="cancelok").pack())
    refused = fa("cancel-refused", reason="This order cannot be cancelled")
    assert h.last_text(CUSTOMER).startswith(refused + "\n\n")
    assert isolated("This order cannot be cancelled") in refused


async def test_a_low_panel_balance_alert_reaches_each_admin_in_their_language(
    make_shop: Callable[..., Any], i18n: I18n
) -> None:
    shop: Shop = await make_shop(admin_ids=f"{ADMIN_ID},{SECOND_ADMIN}", panel_low_balance="500")
    await speaks(shop, ADMIN_ID, "ar")
    await speaks(shop, SECOND_ADMIN, "en")
    shop.panel.balance = Decimal("499.5")
    await shop.services.monitor.check_panel_balance()
    received = await send_outbox(shop)

    values = {"name": "Panel 1", "amount": "499.50", "currency": "USD", "threshold": "500.00"}
    for admin, lang in ((ADMIN_ID, "ar"), (SECOND_ADMIN, "en")):
        (message,) = received[admin]
        assert message.text == i18n.get(lang)("admin-alert-panel-low", **values)
    assert isolated("499.50") in received[ADMIN_ID][0].text
    assert FSI not in received[SECOND_ADMIN][0].text
