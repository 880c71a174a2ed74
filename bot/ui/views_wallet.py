"""Text of the wallet screens: the balance, the statement, the top-up steps; and the admins'
question before a receipt is credited."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import urlencode

from bot.db.repositories.ledger import LedgerEntry
from bot.domain.money import Shown, money
from bot.domain.notices import Money, Msg, Value
from bot.i18n import Translator
from bot.services.invites import InviteSummary
from bot.services.receipt_topups import Review
from bot.ui.notices import NoticeRenderer
from bot.ui.views import esc

NOTE_LIMIT = 120


def _signed(t: Translator, units: int, decimals: int, currency: str) -> str:
    """A credit with its plus; a debit with the minus sign every amount is written with."""
    return ("+" if units > 0 else "") + money(units, decimals, currency, lang=t.lang)


def reason(t: Translator, entry: LedgerEntry) -> str:
    """Why the money moved, as the customer reads it (notes and references escaped)."""
    reference = esc(entry.reference or "", 80)
    note = t("reason-note", note=esc(entry.note, NOTE_LIMIT)) if entry.note else ""
    if entry.kind == "topup":
        key = f"reason-topup-{entry.method}"
        if entry.method and entry.reference and t.has(key):
            return t(key, reference=reference)
        return t("reason-topup-plain") + note
    if entry.kind == "order":
        return t("reason-order", id=entry.order_id)
    if entry.kind == "refund":
        return t("reason-refund", id=entry.order_id)
    if entry.kind == "bonus":  # a promo code's, named by its reference
        if entry.amount < 0:  # taken back with the top-up it came with
            return t("reason-bonus-taken-back", code=reference)
        return t("reason-bonus", code=reference)
    if entry.kind == "order_refund":
        return t("reason-order-refund", id=entry.order_id)
    if entry.kind == "commission":
        if entry.amount < 0:  # taken back with an admin's refund of the order
            return t("reason-commission-taken-back", id=entry.order_id)
        return t("reason-commission", id=entry.order_id)
    if entry.method == "stars" and entry.reference:
        if entry.kind == "admin_credit":  # the debit of a refund Telegram refused, given back
            return t("reason-stars-refund-given-back", reference=reference)
        return t("reason-stars-refund", reference=reference)
    if entry.kind == "admin_credit":
        return t("reason-admin-credit") + note
    return t("reason-admin-debit") + note


def history(t: Translator, entries: list[LedgerEntry], decimals: int, currency: str) -> str:
    if not entries:
        return t("history-empty")
    lines = [
        t(
            "history-line",
            when=t.datetime(entry.created_at),
            amount=_signed(t, entry.amount, decimals, currency),
            reason=reason(t, entry),
        )
        for entry in entries
    ]
    return t("history", lines="\n\n".join(lines))


def approve_question(renderer: NoticeRenderer, t: Translator, review: Review, again: bool) -> str:
    """The question before a receipt is credited: its amount and its customer, with the
    warning when it is like an earlier receipt. `again`: the second question of such a
    receipt, the warning first."""
    topup = review.topup
    args: dict[str, Value] = {
        "id": topup.id,
        "amount": Money(topup.amount),
        "name": esc(review.name or "—", 64),
        "user_id": topup.user_id,
    }
    if again and review.seen is not None:
        return renderer.text(t, "admin-receipt-confirm-again", {**args, "seen": review.seen})
    seen: Value = ""
    if review.seen is not None:
        seen = Msg("admin-receipt-confirm-seen", {"seen": review.seen})
    return renderer.text(t, "admin-receipt-confirm", {**args, "seen": seen})


def percent(value: Decimal) -> str:
    """A percentage as set: 10, 7.5 (no trailing zeros, never an exponent)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def invite_screen(
    t: Translator, summary: InviteSummary, link: str, decimals: int, currency: str
) -> str:
    """The /invite screen: the link, who joined by it, what it earned."""
    return t(
        "invite",
        link=esc(link, 200),
        joined=summary.joined,
        earned=money(summary.earned, decimals, currency, Shown.DOWN, lang=t.lang),
        percent=percent(summary.percent),
    )


def share_url(t: Translator, link: str) -> str:
    """Telegram's share sheet with the link and a line to go with it."""
    return "https://t.me/share/url?" + urlencode(
        {"url": link, "text": t.plain("invite-share-text")}
    )
