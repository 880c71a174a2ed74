"""Text rendering of the admin console's screens. Everything from a user or the panel is
escaped here."""

from __future__ import annotations

from decimal import Decimal

from bot import texts
from bot import texts_admin as t
from bot.clock import now
from bot.config import Settings
from bot.db.repositories.ledger import LedgerEntry
from bot.db.repositories.orders import Order
from bot.i18n import Translator
from bot.money import Shown, from_minor, money
from bot.services.admin import (
    Markups,
    OrderFile,
    PanelInfo,
    Resolution,
    ReviewQueue,
    Stats,
    UserCard,
    plain_amount,
)
from bot.views import MESSAGE_BUDGET, esc, fit, order_details, when

_STATE_ORDER = (
    "submitting",
    "pending",
    "in_progress",
    "processing",
    "completed",
    "partial",
    "canceled",
    "unknown",
    "failed",
)


def _ago(timestamp: int) -> str:
    seconds = max(0, now() - timestamp)
    if seconds < 60:
        return t.JUST_NOW
    if seconds < 3600:
        return t.MINUTES_AGO.format(n=seconds // 60)
    if seconds < 86_400:
        return t.HOURS_AGO.format(n=seconds // 3600)
    return t.DAYS_AGO.format(n=seconds // 86_400)


def _when_ago(timestamp: int | None) -> str:
    if timestamp is None:
        return t.NEVER
    return t.WHEN_AGO.format(when=when(timestamp), ago=_ago(timestamp))


def _window(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    if total == 0:
        return "0"
    ordered = sorted(counts, key=lambda s: _STATE_ORDER.index(s) if s in _STATE_ORDER else 99)
    parts = " · ".join(
        t.STATS_PART.format(state=texts.STATE_NAMES.get(state, state).lower(), count=counts[state])
        for state in ordered
    )
    return t.STATS_WINDOW.format(total=total, parts=parts)


def render_stats(stats: Stats, settings: Settings) -> str:
    return t.STATS.format(
        customers=stats.customers,
        active=stats.active_7d,
        blocked=stats.blocked,
        today=_window(stats.today),
        week=_window(stats.week),
        all=_window(stats.all_time),
        revenue=money(stats.revenue, settings.price_decimals, settings.currency),
        cost=money(stats.cost, settings.price_decimals, settings.currency),
        margin=money(stats.margin, settings.price_decimals, settings.currency),
        open=stats.open_orders,
        review=stats.awaiting_review,
    ) + _topup_lines(stats, settings)


def _topup_lines(stats: Stats, settings: Settings) -> str:
    if not stats.topups:
        return t.STATS_TOPUPS_NONE
    lines = [
        t.STATS_TOPUP_LINE.format(
            method=t.METHOD_NAMES.get(method, method),
            count=count,
            amount=money(net, settings.price_decimals, settings.currency),
        )
        for method, (count, net) in stats.topups.items()
    ]
    return t.STATS_TOPUPS.format(lines="\n".join(lines))


def render_panel(info: PanelInfo, settings: Settings) -> str:
    if info.balance is not None:
        balance = t.PANEL_BALANCE.format(
            amount=plain_amount(info.balance.amount), currency=esc(info.balance.currency, 16)
        )
        low = settings.panel_low_balance
        if low is not None and info.balance.amount < low:
            balance += t.PANEL_BALANCE_LOW.format(
                threshold=plain_amount(low), currency=esc(info.balance.currency, 16)
            )
    else:
        balance = t.PANEL_UNREACHABLE.format(error=esc(info.balance_error or "", 200))
    sync = t.NEVER
    if info.last_sync_at is not None:
        sync = t.SYNC_RESULT.format(
            when=_when_ago(info.last_sync_at), result=esc(info.last_sync_result or t.DASH, 300)
        )
    return t.PANEL.format(
        balance=balance,
        services=info.services,
        categories=info.categories,
        refreshed=_when_ago(info.refreshed_at),
        sync=sync,
    )


def _ledger_line(entry: LedgerEntry, settings: Settings) -> str:
    return t.LEDGER_LINE.format(
        when=when(entry.created_at),
        kind=t.LEDGER_KINDS.get(entry.kind, entry.kind),
        amount=money(entry.amount, settings.price_decimals, settings.currency),
        order="" if entry.order_id is None else t.LEDGER_ORDER.format(id=entry.order_id),
        admin="" if entry.admin_id is None else t.LEDGER_ADMIN.format(id=entry.admin_id),
        note="" if not entry.note else t.LEDGER_NOTE.format(note=esc(entry.note, 120)),
    )


def state_name(order: Order) -> str:
    return texts.STATE_NAMES.get(order.state, order.state)


def render_user(card: UserCard, settings: Settings) -> str:
    user = card.user
    if user.is_banned:
        state = t.USER_STATE_BANNED
    elif user.blocked_bot:
        state = t.USER_STATE_BLOCKED
    else:
        state = t.USER_STATE_ACTIVE
    text = t.USER_CARD.format(
        name=esc(user.full_name or str(user.id), 100),
        username=f" @{esc(user.username, 40)}" if user.username else "",
        id=user.id,
        balance=money(user.balance, settings.price_decimals, settings.currency, Shown.DOWN),
        state=state,
        joined=when(user.created_at),
        seen=when(user.last_seen_at),
        orders=card.order_count,
    )
    if card.orders:
        lines = "\n".join(
            t.USER_ORDER_LINE.format(
                id=o.id,
                icon=texts.STATE_ICONS.get(o.state, "•"),
                state=state_name(o),
                service=esc(o.service_name, 50),
                price=money(o.price, settings.price_decimals, settings.currency),
                when=when(o.created_at),
            )
            for o in card.orders
        )
        text += t.USER_LAST_ORDERS.format(lines=lines)
    if card.ledger:
        lines = "\n".join(_ledger_line(e, settings) for e in card.ledger)
        text += t.USER_LAST_MOVES.format(lines=lines)
    return text


def render_order(file: OrderFile, settings: Settings, reader: Translator) -> str:
    o = file.order
    charge = t.DASH
    if o.panel_charge is not None:
        charge = t.ORDER_CHARGE.format(
            amount=plain_amount(from_minor(o.panel_charge)),
            currency=esc(o.panel_currency or settings.currency, 16),
        )
    progress = ""
    if o.start_count is not None or o.remains is not None:
        progress = t.ORDER_PROGRESS.format(
            start=t.DASH if o.start_count is None else o.start_count,
            remains=t.DASH if o.remains is None else o.remains,
        )
    text = t.ORDER_CARD.format(
        id=o.id,
        icon=texts.STATE_ICONS.get(o.state, "•"),
        state=state_name(o),
        status_raw=t.ORDER_STATUS_RAW.format(status=esc(o.status_raw, 40)) if o.status_raw else "",
        user_id=o.user_id,
        service_id=o.service_id,
        service=esc(o.service_name, 200),
        type=esc(o.service_type, 40),
        link=esc(o.link, 300),
        details=order_details(reader, o),
        price=money(o.price, settings.price_decimals, settings.currency),
        refunded=t.ORDER_REFUNDED.format(
            amount=money(o.refunded, settings.price_decimals, settings.currency)
        )
        if o.refunded
        else "",
        panel_order_id=t.DASH if o.panel_order_id is None else o.panel_order_id,
        charge=charge,
        progress=progress,
        cancel=t.ORDER_CANCEL_REQUESTED if o.cancel_requested else "",
        error=t.ORDER_ERROR.format(error=esc(o.error, 300)) if o.error else "",
        created=when(o.created_at),
        updated=when(o.updated_at),
    )
    if file.refills:
        lines = "\n".join(
            t.REFILL_LINE.format(
                id=r.id,
                panel_id=esc(r.panel_refill_id or t.DASH, 30),
                state=esc(r.status_raw or r.state, 30),
                when=when(r.created_at),
            )
            for r in file.refills[:10]
        )
        text += t.ORDER_REFILLS.format(lines=lines)
    if file.ledger:
        lines = "\n".join(_ledger_line(e, settings) for e in file.ledger[:10])
        text += t.ORDER_LEDGER.format(lines=lines)
    if o.state == "unknown":
        text += t.ORDER_REVIEW_HINT.format(id=o.id)
    return text


def render_review(queue: ReviewQueue, settings: Settings) -> str:
    if not queue.orders:
        return t.REVIEW_EMPTY
    items = [
        t.REVIEW_ITEM.format(
            id=o.id,
            when=when(o.created_at),
            user_id=o.user_id,
            service_id=o.service_id,
            service=esc(o.service_name, 60),
            link=esc(o.link, 80),
            quantity=o.quantity,
            price=money(o.price, settings.price_decimals, settings.currency),
            reason=esc(o.error or t.DASH, 100),
        )
        for o in queue.orders
    ]
    return fit(
        t.REVIEW_HEADER.format(total=queue.total),
        items,
        t.REVIEW_FOOTER,
        t.REVIEW_MORE,
        unlisted=queue.total - len(queue.orders),
    )


def render_resolution(
    result: Resolution, settings: Settings, order_id: int, panel_order_id: int | None = None
) -> str:
    order = result.order
    if result.kind == "not_found" or order is None:
        return t.RESOLVE_NOT_FOUND.format(id=order_id)
    if result.kind == "already":
        return t.RESOLVE_ALREADY.format(id=order.id, state=state_name(order))
    if result.kind == "panel_id_taken":
        return t.RESOLVE_PANEL_ID_TAKEN.format(
            panel_order_id=panel_order_id, other=result.other_order_id
        )
    if order.state == "failed":
        return t.RESOLVED_REFUNDED.format(
            id=order.id,
            price=money(order.refunded, settings.price_decimals, settings.currency),
            user_id=order.user_id,
        )
    return t.RESOLVED_PLACED.format(id=order.id, panel_order_id=order.panel_order_id)


def percent_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _override_lines(items: list[tuple[int, str, Decimal]]) -> str:
    lines = [
        t.MARKUP_LINE.format(id=item_id, name=esc(name, 50), percent=percent_text(value)) + "\n"
        for item_id, name, value in items
    ]
    # Two lists share one message: each gets under half of it.
    return fit("", lines, "", t.MARKUP_MORE + "\n", budget=MESSAGE_BUDGET // 2 - 200).rstrip()


def render_markups(markups: Markups) -> str:
    source = (
        t.MARKUP_SOURCE_OVERRIDE.format(default=percent_text(markups.default_percent))
        if markups.overridden
        else t.MARKUP_SOURCE_SETTING
    )
    text = t.MARKUP_SHOW.format(global_percent=percent_text(markups.global_percent), source=source)
    if markups.categories:
        text += t.MARKUP_CATEGORIES.format(lines=_override_lines(markups.categories))
    if markups.services:
        text += t.MARKUP_SERVICES.format(lines=_override_lines(markups.services))
    return text
