"""Text of the wallet screens: the balance, the statement, the top-up steps."""

from __future__ import annotations

from bot import texts
from bot.db.repositories.ledger import LedgerEntry
from bot.money import money
from bot.views import esc, when

NOTE_LIMIT = 120


def _signed(units: int, decimals: int, currency: str) -> str:
    sign = "+" if units > 0 else "−"
    return sign + money(abs(units), decimals, currency)


def reason(entry: LedgerEntry) -> str:
    """Why the money moved, as the customer reads it (notes and references escaped)."""
    reference = esc(entry.reference or "", 80)
    note = texts.REASON_NOTE.format(note=esc(entry.note, NOTE_LIMIT)) if entry.note else ""
    if entry.kind == "topup":
        if entry.method in texts.REASON_TOPUP and entry.reference:
            return texts.REASON_TOPUP[entry.method].format(reference=reference)
        return texts.REASON_TOPUP_PLAIN + note
    if entry.kind == "order":
        return texts.REASON_ORDER.format(id=entry.order_id)
    if entry.kind == "refund":
        return texts.REASON_REFUND.format(id=entry.order_id)
    if entry.method == "stars" and entry.reference:
        if entry.kind == "admin_credit":  # the debit of a refund Telegram refused, given back
            return texts.REASON_STARS_REFUND_GIVEN_BACK.format(reference=reference)
        return texts.REASON_STARS_REFUND.format(reference=reference)
    if entry.kind == "admin_credit":
        return texts.REASON_ADMIN_CREDIT + note
    return texts.REASON_ADMIN_DEBIT + note


def history(entries: list[LedgerEntry], decimals: int, currency: str) -> str:
    if not entries:
        return texts.HISTORY_EMPTY
    lines = [
        texts.HISTORY_LINE.format(
            when=when(entry.created_at),
            amount=_signed(entry.amount, decimals, currency),
            reason=reason(entry),
        )
        for entry in entries
    ]
    return texts.HISTORY.format(lines="\n\n".join(lines))
