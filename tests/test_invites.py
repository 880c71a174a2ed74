"""Invite links (issue 24): a new customer tied to the link's owner at first contact, and the
owner's commission on what that customer finally pays for orders."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.db.repositories.orders import Order
from bot.domain.money import to_minor
from bot.domain.order_draft import OrderDraft
from bot.services.order_statuses import OrderStatuses
from bot.services.ordering import OutcomeKind
from bot.ui.keyboards.callbacks import HistoryCb, MenuCb
from bot.ui.keyboards.orders import open_order
from tests.conftest import ADMIN_ID, CUSTOMER, EN, Shop, assert_ledger_balances
from tests.fakes.telegram import html_to_plain
from tests.payments_helpers import rendered
from tests.sql import rows

OWNER = CUSTOMER
FRIEND = 2002
STRANGER = 2003


@pytest.fixture
async def shop(make_shop: Any) -> Shop:
    made: Shop = await make_shop(referral_percent="10")
    return made


async def invited(shop: Shop, friend: int = FRIEND, owner: int = OWNER) -> None:
    """The owner is a customer; the friend starts the bot by the owner's link."""
    await shop.harness.send(owner, "/start")
    await shop.harness.send(friend, f"/start ref_{owner}")


async def place(shop: Shop, quantity: int, user: int = FRIEND, link: str = "a") -> Order:
    draft = OrderDraft(service_id=1, link=f"https://instagram.com/{link}", quantity=quantity)
    outcome = await shop.place(draft, f"t-{user}-{link}-{quantity}", user)
    assert outcome.kind == OutcomeKind.PLACED and outcome.order is not None
    return outcome.order


async def commissions(shop: Shop) -> list[tuple[int, int, int]]:
    """(owner, order, amount) of every commission entry."""
    return [
        (int(r[0]), int(r[1]), int(r[2]))
        for r in await rows(
            shop.db, "SELECT user_id, order_id, amount FROM ledger WHERE kind = 'commission'"
        )
    ]


async def notices_to(shop: Shop, chat_id: int) -> list[str]:
    async with shop.db.read() as repos:
        due = await repos.outbox.due(now=2**40, limit=10_000)
    return [rendered(shop, row).text for row in due if row.chat_id == chat_id]


async def finish(shop: Shop, order: Order, status: str, remains: int) -> None:
    assert order.panel_order_id is not None
    shop.panel.set_status(order.panel_order_id, status, remains=remains)
    for _ in range(3):  # the sync running again credits nothing more
        await shop.services.status_sync.sync()


def units(amount: str) -> int:
    return to_minor(Decimal(amount))


async def test_completed_order_of_an_invited_customer_pays_exactly_ten_percent(shop: Shop) -> None:
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)  # 0.90 per 1000
    assert order.price == units("0.90")
    await finish(shop, order, "Completed", 0)
    assert await commissions(shop) == [(OWNER, order.id, units("0.09"))]
    assert await shop.balance(OWNER) == units("0.09")
    owner_notes = [t for t in await notices_to(shop, OWNER) if "commission" in t.lower()]
    assert len(owner_notes) == 1 and "0.09 USD" in owner_notes[0]
    await assert_ledger_balances(shop.db)


async def test_partial_order_pays_commission_on_the_delivered_share_only(shop: Shop) -> None:
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 10000)  # 9.00
    await finish(shop, order, "Partial", 4000)  # 3.60 back: 5.40 paid
    assert await commissions(shop) == [(OWNER, order.id, units("0.54"))]
    await assert_ledger_balances(shop.db)


async def test_commission_is_rounded_down_to_the_shop_decimals(shop: Shop) -> None:
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1500)  # 1.35: 10% is 0.135
    await finish(shop, order, "Completed", 0)
    assert await commissions(shop) == [(OWNER, order.id, units("0.13"))]
    await assert_ledger_balances(shop.db)


async def test_canceled_order_pays_no_commission(shop: Shop) -> None:
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    await finish(shop, order, "Canceled", 1000)
    assert await commissions(shop) == []
    assert await shop.balance(OWNER) == 0
    assert not any("commission" in t.lower() for t in await notices_to(shop, OWNER))
    await assert_ledger_balances(shop.db)


async def test_no_commission_on_the_owners_own_orders(shop: Shop) -> None:
    await invited(shop)
    await shop.credit(OWNER, "100")
    order = await place(shop, 1000, user=OWNER)
    await finish(shop, order, "Completed", 0)
    assert await commissions(shop) == []
    await assert_ledger_balances(shop.db)


async def test_no_self_invite(shop: Shop) -> None:
    await shop.harness.send(FRIEND, f"/start ref_{FRIEND}")
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    await finish(shop, order, "Completed", 0)
    assert await commissions(shop) == []
    assert await rows(shop.db, "SELECT invited_by FROM users WHERE id = ?", (FRIEND,)) == [(None,)]
    await assert_ledger_balances(shop.db)


async def test_a_known_customers_later_link_is_ignored(shop: Shop) -> None:
    await shop.harness.send(OWNER, "/start")
    await shop.harness.send(FRIEND, "/start")  # came on their own
    await shop.harness.send(FRIEND, f"/start ref_{OWNER}")
    await shop.harness.send(STRANGER, "/start")
    await shop.harness.send(STRANGER, f"/start ref_{OWNER}")
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    await finish(shop, order, "Completed", 0)
    assert await commissions(shop) == []
    tied = await rows(shop.db, "SELECT count(*) FROM users WHERE invited_by IS NOT NULL")
    assert tied == [(0,)]
    await assert_ledger_balances(shop.db)


async def test_the_first_link_holds_for_good(shop: Shop) -> None:
    await shop.harness.send(STRANGER, "/start")
    await invited(shop)
    await shop.harness.send(FRIEND, f"/start ref_{STRANGER}")
    assert await rows(shop.db, "SELECT invited_by FROM users WHERE id = ?", (FRIEND,)) == [(OWNER,)]


async def test_a_link_of_nobody_known_or_malformed_ties_nothing(shop: Shop) -> None:
    payloads = ("ref_999999", "ref_abc", "ref_", "ref_0", "ref_99999999999999999999", "refx")
    for n, payload in enumerate(payloads):
        await shop.harness.send(FRIEND + 10 * n, f"/start {payload}")
        assert "Hello" in shop.harness.last_text(FRIEND + 10 * n)  # a plain start
    tied = await rows(shop.db, "SELECT count(*) FROM users WHERE invited_by IS NOT NULL")
    assert tied == [(0,)]


async def test_a_banned_owner_gets_nothing(shop: Shop) -> None:
    await invited(shop)
    await shop.harness.send(ADMIN_ID, f"/ban {OWNER}")
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    await finish(shop, order, "Completed", 0)
    assert await commissions(shop) == []
    assert await shop.balance(OWNER) == 0
    await assert_ledger_balances(shop.db)


async def test_no_commission_without_the_setting(make_shop: Any) -> None:
    shop: Shop = await make_shop()  # REFERRAL_PERCENT defaults to 0: off
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    await finish(shop, order, "Completed", 0)
    assert await commissions(shop) == []
    await assert_ledger_balances(shop.db)


async def test_two_writers_of_the_same_final_status_credit_once(shop: Shop) -> None:
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    assert order.panel_order_id is not None
    shop.panel.set_status(order.panel_order_id, "Completed", remains=0)
    answers = await shop.services.panels.first.client.statuses([order.panel_order_id])
    # Two appliers at once (a status sync and a customer's Refresh), both holding the order as
    # it was before either wrote: the second finds it final and leaves it.
    settings = shop.services.settings
    appliers = [
        OrderStatuses(shop.db, shop.services.notifier, settings, open_order) for _ in range(2)
    ]
    await asyncio.gather(*(applier.apply([order], answers) for applier in appliers))
    assert await commissions(shop) == [(OWNER, order.id, units("0.09"))]
    await assert_ledger_balances(shop.db)


async def test_invite_screen_from_the_wallet_and_by_command(shop: Shop) -> None:
    h = shop.harness
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    await finish(shop, order, "Completed", 0)
    await h.send(OWNER, "/wallet")
    calls = await h.press(OWNER, h.find_button(OWNER, EN("btn-invite")))
    names = [c.name for c in calls]
    assert names[0] == "answerCallbackQuery" and names[-1] == "editMessageText"  # in place
    text = html_to_plain(h.last_text(OWNER))
    link = f"https://t.me/shop_bot?start=ref_{OWNER}"
    assert link in text
    assert "Joined through your link: 1" in text and "Earned: 0.09 USD" in text
    assert "10%" in text
    buttons = h.buttons(OWNER)
    share = parse_qs(urlsplit(buttons[0][1]).query)
    assert buttons[0][0] == EN("btn-share") and buttons[0][1].startswith("https://t.me/share/url?")
    assert share["url"] == [link] and share["text"] == [EN.plain("invite-share-text")]
    assert buttons[1:] == [
        (EN("btn-back"), MenuCb(to="balance").pack()),
        (EN("btn-home"), MenuCb(to="home").pack()),
    ]
    await h.send(FRIEND, "/invite")
    text = html_to_plain(h.last_text(FRIEND))
    assert f"start=ref_{FRIEND}" in text and "Joined through your link: 0" in text
    assert "Earned: 0.00 USD" in text


async def test_the_commission_reads_well_in_the_owners_history(shop: Shop) -> None:
    h = shop.harness
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    await finish(shop, order, "Completed", 0)
    await h.press(OWNER, HistoryCb(page=0).pack())
    assert "+0.09 USD" in h.last_text(OWNER)
    assert f"Commission for a friend's order #{order.id}" in h.last_text(OWNER)


async def test_invites_are_off_without_the_setting(make_shop: Any) -> None:
    shop: Shop = await make_shop()
    h = shop.harness
    await h.send(OWNER, "/wallet")
    assert all(EN("btn-invite") != text for text, _ in h.buttons(OWNER))
    await h.send(OWNER, "/invite")
    assert h.last_text(OWNER) == EN("invite-off")
    assert (EN("btn-back"), MenuCb(to="balance").pack()) in h.buttons(OWNER)


async def test_admins_see_who_invited_whom_and_the_commission_paid(shop: Shop) -> None:
    h = shop.harness
    await shop.harness.send(OWNER, "/start", username="owner", first_name="Olga")
    await shop.harness.send(FRIEND, f"/start ref_{OWNER}")
    await shop.harness.send(STRANGER, f"/start ref_{OWNER}")
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1000)
    await finish(shop, order, "Completed", 0)
    await h.send(ADMIN_ID, f"/user {FRIEND}")
    assert f"Invited by: Olga @owner ({OWNER})" in html_to_plain(h.last_text(ADMIN_ID))
    await h.send(ADMIN_ID, f"/user {OWNER}")
    card = html_to_plain(h.last_text(ADMIN_ID))
    assert "Invited: 2 · earned 0.09 USD" in card and "Invited by" not in card
    assert "commission" in card  # the ledger line's kind
    await h.send(ADMIN_ID, "/stats")
    stats = html_to_plain(h.last_text(ADMIN_ID))
    assert "Invites: commission paid 0.09 USD" in stats
    assert f"Olga @owner ({OWNER}): 2 joined · 0.09 USD" in stats


async def test_stats_without_inviters(shop: Shop) -> None:
    await shop.harness.send(ADMIN_ID, "/stats")
    stats = html_to_plain(shop.harness.last_text(ADMIN_ID))
    assert "Invites: commission paid 0.00 USD" in stats and "no inviters yet" in stats


# -- an admin's refund of an invited customer's order takes back the commission it no longer earns


async def admin_refunds(shop: Shop, order: Order, amount: str | None) -> str:
    """The admin refunds `amount` of the order from its admin card (None: all of what is left);
    returns the admin's answer."""
    h = shop.harness
    await h.send(ADMIN_ID, f"/order {order.id}")
    if amount is None:
        await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Refund all"))
    else:
        await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Refund a part"))
        await h.send(ADMIN_ID, amount)
    await h.press(ADMIN_ID, h.find_button(ADMIN_ID, "Confirm"))
    return h.last_text(ADMIN_ID)


async def test_a_part_refund_by_an_admin_lowers_the_commission_to_what_is_kept(
    shop: Shop,
) -> None:
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1111)  # 0.9999 rounded up: 1.00
    assert order.price == units("1.00")
    await finish(shop, order, "Completed", 0)
    assert await shop.balance(OWNER) == units("0.10")
    answer = await admin_refunds(shop, order, "0.40")
    # 10% of the 0.60 kept: 0.06 stays with the inviter, 0.04 taken back, naming the order.
    assert await shop.balance(OWNER) == units("0.06")
    assert await commissions(shop) == [
        (OWNER, order.id, units("0.10")),
        (OWNER, order.id, -units("0.04")),
    ]
    taken = f"0.04 USD of the commission paid on this order was taken back from the inviter {OWNER}"
    assert taken in html_to_plain(answer)
    told = [t for t in await notices_to(shop, OWNER) if "taken back" in t]
    assert len(told) == 1 and f"order #{order.id}" in told[0] and "0.04 USD" in told[0]
    assert "Balance: 0.06 USD" in told[0]
    # The inviter's history reads it; /stats still counts one commission, net of the take-back.
    await shop.harness.press(OWNER, HistoryCb(page=0).pack())
    assert f"Commission taken back: a friend's order #{order.id} was refunded" in (
        shop.harness.last_text(OWNER)
    )
    await shop.harness.send(ADMIN_ID, "/stats")
    assert "Commissions paid: 1 · 0.06 USD" in shop.harness.last_text(ADMIN_ID)
    await assert_ledger_balances(shop.db)


async def test_a_take_back_keeps_the_share_that_was_paid_whatever_the_setting_now(
    shop: Shop, make_shop: Callable[..., Any]
) -> None:
    """The take-back is read from the credit (10% of what a Partial kept), not from
    REFERRAL_PERCENT, which the operator has since set to 0: the inviter keeps 10% of what the
    shop still keeps after the admin's refund."""
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 2222)  # 1.9998 rounded up: 2.00
    await finish(shop, order, "Partial", 1111)  # half delivered: 1.00 back, 1.00 paid
    assert await shop.balance(OWNER) == units("0.10")
    turned_off: Shop = await make_shop(referral_percent="0", refresh=False)  # the same database
    async with turned_off.db.read() as repos:
        order = await repos.orders.get(order.id)  # type: ignore[assignment]
    await admin_refunds(turned_off, order, "0.50")
    assert await turned_off.balance(OWNER) == units("0.05")  # 10% of the 0.50 still kept
    await assert_ledger_balances(turned_off.db)


async def test_a_whole_refund_by_an_admin_takes_the_whole_commission_back(shop: Shop) -> None:
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1111)
    await finish(shop, order, "Completed", 0)
    await admin_refunds(shop, order, "0.40")
    await admin_refunds(shop, order, None)  # the 0.60 left
    assert await shop.balance(OWNER) == 0
    assert sum(amount for _, _, amount in await commissions(shop)) == 0
    assert await shop.balance(FRIEND) == units("100")
    await assert_ledger_balances(shop.db)


async def test_an_inviter_who_spent_the_commission_gives_back_what_the_balance_covers(
    shop: Shop,
) -> None:
    await invited(shop)
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1111)
    await finish(shop, order, "Completed", 0)
    await place(shop, 100, user=OWNER)  # 0.09 of the 0.10 spent on an order of their own
    assert await shop.balance(OWNER) == units("0.01")
    answer = html_to_plain(await admin_refunds(shop, order, None))
    assert await shop.balance(OWNER) == 0  # never below zero
    assert await commissions(shop) == [
        (OWNER, order.id, units("0.10")),
        (OWNER, order.id, -units("0.01")),
    ]
    assert (
        f"0.10 USD of the commission paid on this order was due back from the inviter {OWNER},"
        " but their balance covered only 0.01 USD" in answer
    )
    await assert_ledger_balances(shop.db)


async def test_an_admin_refund_without_an_inviter_takes_no_commission(shop: Shop) -> None:
    await shop.credit(FRIEND, "100")
    order = await place(shop, 1111)
    await finish(shop, order, "Completed", 0)
    answer = await admin_refunds(shop, order, "0.40")
    assert "commission" not in answer and await commissions(shop) == []
    await assert_ledger_balances(shop.db)
