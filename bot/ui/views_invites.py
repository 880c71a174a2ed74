"""The admins' view of invite links: who invited a customer and how many they brought (/user),
commission paid and the top inviters (/stats). Apart from views_admin so that each screen's
own rework merges without touching it."""

from __future__ import annotations

from bot.config import Settings
from bot.db.repositories.invites import Inviter
from bot.domain.money import Shown
from bot.i18n import Translator
from bot.services.invites import InviteCard, InviteStats
from bot.ui.views import esc, shop_money


def _who(user_id: int, username: str | None, full_name: str) -> str:
    name = esc(full_name or str(user_id), 60)
    handle = f" @{esc(username, 40)}" if username else ""
    return f"{name}{handle} (<code>{user_id}</code>)"


def render_user_invites(t: Translator, card: InviteCard, settings: Settings) -> str:
    """Lines under /user's card: who invited the customer (if anyone), whom they invited."""
    text = ""
    if card.inviter_id is not None:
        inviter = card.inviter
        who = (
            _who(inviter.id, inviter.username, inviter.full_name)
            if inviter is not None
            else f"<code>{card.inviter_id}</code>"
        )
        text += t("admin-user-invited-by", who=who)
    if card.joined or card.earned:
        text += t(
            "admin-user-invites",
            joined=card.joined,
            earned=shop_money(t, card.earned, settings, Shown.DOWN),
        )
    return text


def _inviter_line(t: Translator, inviter: Inviter, settings: Settings) -> str:
    return t(
        "admin-stats-inviter-line",
        who=_who(inviter.user_id, inviter.username, inviter.full_name),
        joined=inviter.joined,
        earned=shop_money(t, inviter.earned, settings, Shown.DOWN),
    )


def render_invite_stats(t: Translator, stats: InviteStats | None, settings: Settings) -> str:
    """The /stats block of invites: commission paid, the top five inviters (nothing while
    invites are off and unused)."""
    if stats is None:
        return ""
    if stats.top:
        lines = "\n".join(_inviter_line(t, inviter, settings) for inviter in stats.top)
    else:
        lines = t("admin-stats-inviters-none")
    return t(
        "admin-stats-invites", paid=shop_money(t, stats.paid, settings, Shown.DOWN), lines=lines
    )
