"""Text rendering of the admin console's screens, in the admin's language (`t`). Everything
from a user or the panel is escaped here."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from bot.config import Settings
from bot.db.repositories.ledger import LedgerEntry
from bot.db.repositories.orders import Order
from bot.domain.clock import now
from bot.domain.money import Shown, from_minor
from bot.i18n import Translator
from bot.services.admin import (
    Markups,
    OrderFile,
    PanelInfo,
    PanelState,
    Resolution,
    ReviewQueue,
    UserCard,
    plain_amount,
)
from bot.services.catalogue import RefreshReport
from bot.ui.views import (
    MESSAGE_BUDGET,
    STATE_ICONS,
    esc,
    fit,
    order_details,
    shop_money,
    state_name,
)


def _named(t: Translator, prefix: str, value: str) -> str:
    """The message `<prefix>-<value>` (underscores as hyphens); the value itself if there is
    none (a state or a method newer than the translations)."""
    key = f"{prefix}-{value.replace('_', '-')}"
    return t(key) if t.has(key) else value


# -- times -------------------------------------------------------------------------------------


def _ago(t: Translator, timestamp: int) -> str:
    seconds = max(0, now() - timestamp)
    if seconds < 60:
        return t("admin-just-now")
    if seconds < 3600:
        return t("admin-minutes-ago", n=seconds // 60)
    if seconds < 86_400:
        return t("admin-hours-ago", n=seconds // 3600)
    return t("admin-days-ago", n=seconds // 86_400)


def _when_ago(t: Translator, timestamp: int | None) -> str:
    if timestamp is None:
        return t("admin-never")
    return t("admin-when-ago", when=t.datetime(timestamp), ago=_ago(t, timestamp))


# -- /panel (/stats: bot/ui/views_stats.py) ----------------------------------------------
def _panel_balance(t: Translator, panel: PanelState, settings: Settings) -> str:
    if panel.balance is None:
        return t("admin-panel-unreachable", error=esc(panel.balance_error or "", 200))
    currency = esc(panel.balance.currency, 16)
    balance: str = t(
        "admin-panel-balance", amount=plain_amount(panel.balance.amount), currency=currency
    )
    low = settings.panel_low_balance
    if low is not None and panel.balance.amount < low:
        balance += t("admin-panel-balance-low", threshold=plain_amount(low), currency=currency)
    return balance


def render_panel(t: Translator, info: PanelInfo, settings: Settings) -> str:
    """/panel: the whole catalogue and the last status sync, then each panel on its own."""
    sync = t("admin-never")
    if info.last_sync_at is not None:
        # The stored result is the status sync's own log line: shown as written.
        result = esc(info.last_sync_result or t("admin-dash"), 300)
        sync = t("admin-sync-result", when=_when_ago(t, info.last_sync_at), result=result)
    parts = [
        t(
            "admin-panels",
            services=info.services,
            categories=info.categories,
            refreshed=_when_ago(t, info.refreshed_at),
            sync=sync,
        )
    ]
    for panel in info.panels:
        parts.append(
            t(
                "admin-panels-entry",
                name=esc(panel.name, 40),
                number=panel.number,
                balance=_panel_balance(t, panel, settings),
                services=panel.services,
                refreshed=_when_ago(t, panel.refreshed_at),
                synced=_when_ago(t, panel.synced_at),
            )
        )
    return "\n\n".join(parts)


def render_sync(t: Translator, report: RefreshReport, name: Callable[[int], str]) -> str:
    """/sync: the sum, then each panel's own result or the error that kept its stored copy."""
    lines = [
        t(
            "admin-sync-done",
            total=report.total,
            added=report.added,
            changed=report.changed,
            removed=report.removed,
        )
    ]
    for number, found in report.panels:
        if isinstance(found, RefreshReport):
            lines.append(
                t(
                    "admin-sync-panel-done",
                    name=esc(name(number), 40),
                    total=found.total,
                    added=found.added,
                    changed=found.changed,
                    removed=found.removed,
                )
            )
        else:
            error = esc(str(found), 200)
            lines.append(t("admin-sync-panel-failed", name=esc(name(number), 40), error=error))
    return "\n".join(lines)


# -- /user -------------------------------------------------------------------------------------


def _ledger_line(t: Translator, entry: LedgerEntry, settings: Settings) -> str:
    return t(
        "admin-ledger-line",
        when=t.datetime(entry.created_at),
        kind=_named(t, "admin-ledger-kind", entry.kind),
        amount=shop_money(t, entry.amount, settings),
        order="" if entry.order_id is None else t("admin-ledger-order", id=entry.order_id),
        admin="" if entry.admin_id is None else t("admin-ledger-admin", id=entry.admin_id),
        note="" if not entry.note else t("admin-ledger-note", note=esc(entry.note, 120)),
    )


def render_user(t: Translator, card: UserCard, settings: Settings) -> str:
    user = card.user
    if user.is_banned:
        state = t("admin-user-state-banned")
    elif user.blocked_bot:
        state = t("admin-user-state-blocked")
    else:
        state = t("admin-user-state-active")
    text: str = t(
        "admin-user-card",
        name=esc(user.full_name or str(user.id), 100),
        username=f" @{esc(user.username, 40)}" if user.username else "",
        id=user.id,
        balance=shop_money(t, user.balance, settings, Shown.DOWN),
        state=state,
        joined=t.datetime(user.created_at),
        seen=t.datetime(user.last_seen_at),
        orders=card.order_count,
    )
    if card.owed:
        text += t("admin-user-owed", owed=shop_money(t, card.owed, settings))
    if card.orders:
        lines = "\n".join(_user_order_line(t, o, settings) for o in card.orders)
        text += t("admin-user-last-orders", lines=lines)
    if card.ledger:
        lines = "\n".join(_ledger_line(t, e, settings) for e in card.ledger)
        text += t("admin-user-last-moves", lines=lines)
    return text


def _user_order_line(t: Translator, order: Order, settings: Settings) -> str:
    return t(
        "admin-user-order-line",
        id=order.id,
        icon=STATE_ICONS.get(order.state, "•"),
        state=state_name(t, order.state),
        service=esc(order.service_name, 50),
        price=shop_money(t, order.price, settings),
        when=t.datetime(order.created_at),
    )


# -- /order, /review ---------------------------------------------------------------------------


def render_order(t: Translator, file: OrderFile, settings: Settings) -> str:
    o = file.order
    dash = t("admin-dash")
    charge = dash
    if o.panel_charge is not None:
        charge = t(
            "admin-order-charge",
            amount=plain_amount(from_minor(o.panel_charge)),
            currency=esc(o.panel_currency or settings.currency, 16),
        )
    progress = ""
    if o.start_count is not None or o.remains is not None:
        progress = t(
            "admin-order-progress",
            start=dash if o.start_count is None else o.start_count,
            remains=dash if o.remains is None else o.remains,
        )
    text: str = t(
        "admin-order-card",
        id=o.id,
        icon=STATE_ICONS.get(o.state, "•"),
        state=state_name(t, o.state),
        status_raw=t("admin-order-status-raw", status=esc(o.status_raw, 40))
        if o.status_raw
        else "",
        user_id=o.user_id,
        service_id=o.service_id,
        service=esc(o.service_name, 200),
        type=esc(o.service_type, 40),
        link=esc(o.link, 300),
        details=order_details(t, o),
        price=shop_money(t, o.price, settings),
        refunded=t("admin-order-refunded", amount=shop_money(t, o.refunded, settings))
        if o.refunded
        else "",
        panel_order_id=_panel_ref(t, file),
        charge=charge,
        progress=progress,
        cancel=t("admin-order-cancel-requested") if o.cancel_requested else "",
        error=t("admin-order-error", error=esc(o.error, 300)) if o.error else "",
        created=t.datetime(o.created_at),
        updated=t.datetime(o.updated_at),
    )
    return text + _order_history(t, file, settings)


def _panel_ref(t: Translator, file: OrderFile) -> str:
    """The panel's order id, on which panel, and through which service when an alternative
    took it ("1001 on Panel B, via #12")."""
    o = file.order
    args: dict[str, str | int] = {
        "panel_order_id": t("admin-dash") if o.panel_order_id is None else o.panel_order_id,
        "panel": esc(file.panel_name or f"Panel {o.panel}", 40),
    }
    if o.placed_service_id is None:
        return t("admin-order-panel-ref", **args)
    return t("admin-order-panel-ref-via", service_id=o.placed_service_id, **args)


def _order_history(t: Translator, file: OrderFile, settings: Settings) -> str:
    """Under an order's card: its refills, its ledger entries, and what to do under review."""
    o, dash, text = file.order, t("admin-dash"), ""
    if file.refills:
        lines = "\n".join(
            t(
                "admin-refill-line",
                id=r.id,
                panel_id=esc(r.panel_refill_id or dash, 30),
                state=esc(r.status_raw or r.state, 30),  # the panel's own word
                when=t.datetime(r.created_at),
            )
            for r in file.refills[:10]
        )
        text += t("admin-order-refills", lines=lines)
    if file.ledger:
        lines = "\n".join(_ledger_line(t, e, settings) for e in file.ledger[:10])
        text += t("admin-order-ledger", lines=lines)
    if o.state == "unknown":
        text += t("admin-order-review-hint", id=o.id)
    return text


def render_review(t: Translator, queue: ReviewQueue, settings: Settings) -> str:
    if not queue.orders:
        return t("admin-review-empty")
    dash = t("admin-dash")
    items = [
        t(
            "admin-review-item",
            id=o.id,
            when=t.datetime(o.created_at),
            user_id=o.user_id,
            service_id=o.service_id,
            service=t(
                "admin-review-on-panel",
                service=esc(o.service_name, 60),
                name=esc(queue.panel_names.get(o.panel, ""), 40),
            ),
            link=esc(o.link, 80),
            quantity=o.quantity,
            price=shop_money(t, o.price, settings),
            reason=esc(o.error or dash, 100),
        )
        for o in queue.orders
    ]
    return fit(
        t("admin-review-header", total=queue.total),
        items,
        t("admin-review-footer"),
        lambda left: t("admin-review-more", more=left),
        unlisted=queue.total - len(queue.orders),
    )


def render_refund_confirm(t: Translator, order: Order, settings: Settings) -> str:
    return t(
        "admin-refund-confirm",
        id=order.id,
        price=shop_money(t, order.price - order.refunded, settings),
        user_id=order.user_id,
    )


def render_resolution(
    t: Translator,
    result: Resolution,
    settings: Settings,
    order_id: int,
    panel_order_id: int | None = None,
) -> str:
    order = result.order
    if result.kind == "not_found" or order is None:
        return t("admin-resolve-not-found", id=order_id)
    if result.kind == "already":
        return t("admin-resolve-already", id=order.id, state=state_name(t, order.state))
    if result.kind == "panel_id_taken":
        return t(
            "admin-resolve-panel-id-taken",
            panel_order_id=panel_order_id,
            other=result.other_order_id,
        )
    if order.state == "failed":
        return t(
            "admin-resolved-refunded",
            id=order.id,
            price=shop_money(t, order.refunded, settings),
            user_id=order.user_id,
        )
    return t("admin-resolved-placed", id=order.id, panel_order_id=order.panel_order_id)


# -- /markup -----------------------------------------------------------------------------------


def percent_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _override_lines(t: Translator, items: list[tuple[int, str, Decimal]]) -> str:
    lines = [
        t("admin-markup-line", id=item_id, name=esc(name, 50), percent=percent_text(value)) + "\n"
        for item_id, name, value in items
    ]
    # Two lists share one message: each gets under half of it.
    return fit(
        "",
        lines,
        "",
        lambda left: t("admin-markup-more", more=left) + "\n",
        budget=MESSAGE_BUDGET // 2 - 200,
    ).rstrip()


def render_markups(t: Translator, markups: Markups) -> str:
    source = (
        t("admin-markup-source-override", default=percent_text(markups.default_percent))
        if markups.overridden
        else t("admin-markup-source-setting")
    )
    text: str = t(
        "admin-markup-show", global_percent=percent_text(markups.global_percent), source=source
    )
    if markups.categories:
        text += t("admin-markup-categories", lines=_override_lines(t, markups.categories))
    if markups.services:
        text += t("admin-markup-services", lines=_override_lines(t, markups.services))
    return text
