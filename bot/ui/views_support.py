"""Texts of the conversations with the shop (issue 25): an admin's card, the /tickets list."""

from __future__ import annotations

from collections.abc import Sequence

from bot.db.repositories.support import TicketLine
from bot.domain.money import Shown, money
from bot.domain.text import esc
from bot.i18n import Translator
from bot.services.support import Card

TICKETS_LISTED = 20


def support_card(t: Translator, card: Card, decimals: int, currency: str) -> str:
    """Who wrote (name, id, @username), their balance, the order asked about, and what became
    of the conversation: answered by whom, closed, or the customer blocked the bot."""
    ticket = card.ticket
    lines = [
        t(
            "admin-support-card",
            id=ticket.id,
            name=esc(card.name or "—", 64),
            user_id=ticket.user_id,
            username=f"@{card.username}" if card.username else "—",
            balance=money(card.balance, decimals, currency, Shown.DOWN, lang=t.lang),
        )
    ]
    if ticket.order_id is not None:
        lines.append(t("admin-support-order", id=ticket.order_id))
    if card.blocked:
        lines.append(t("admin-support-blocked"))
    if ticket.state == "closed" and ticket.closed_at is not None:
        name = esc(ticket.closed_name or "—", 64)
        lines.append(t("admin-support-closed", name=name, when=t.datetime(ticket.closed_at)))
    elif ticket.answered_at is not None:
        name = esc(ticket.answered_name or str(ticket.answered_by), 64)
        lines.append(t("admin-support-answered", name=name, when=t.datetime(ticket.answered_at)))
    return "\n".join(lines)


def tickets_text(t: Translator, lines: Sequence[TicketLine], total: int) -> str:
    """The open conversations, the longest waiting first (for /tickets and the admin menu)."""
    if not lines:
        return str(t("admin-tickets-none"))
    listed = [
        t(
            "admin-tickets-line",
            id=line.ticket.id,
            name=esc(line.name or "—", 40),
            user_id=line.ticket.user_id,
            when=t.datetime(line.ticket.opened_at),
        )
        for line in lines
    ]
    text: str = t("admin-tickets", count=total, lines="\n".join(listed))
    if total > len(lines):
        text += "\n" + t("admin-tickets-more", more=total - len(lines))
    return text
