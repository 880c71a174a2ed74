"""Channel membership through the Bot API (services.channel_gate.Membership), and the
start-up look at each required channel."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from aiogram import Bot
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
)
from aiogram.types import (
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberLeft,
    ChatMemberOwner,
    ChatMemberRestricted,
)

from bot.services.channel_gate import Channel, MemberAnswer, Unchecked, channel_name

log = logging.getLogger(__name__)


class BotMembership:
    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def is_member(self, channel: Channel, user_id: int) -> MemberAnswer:
        """Telegram's "member list is inaccessible" or "chat not found" means the bot cannot
        check (it is not an administrator there), never that the user is not a member."""
        try:
            member = await self._bot.get_chat_member(channel, user_id)
        except (TelegramBadRequest, TelegramForbiddenError) as exc:
            return Unchecked(html.escape(exc.message[:200]))
        except (TelegramAPIError, TelegramNetworkError) as exc:
            return Unchecked(html.escape(str(exc)[:200]), lasting=False)
        if isinstance(member, ChatMemberRestricted):
            return member.is_member
        return not isinstance(member, ChatMemberLeft | ChatMemberBanned)

    async def join_link(self, channel: Channel) -> str | None:
        """t.me/<name> for a public channel; a private one's invite link, if the bot may see it."""
        if isinstance(channel, str):
            return f"https://t.me/{channel.removeprefix('@')}"
        try:
            chat = await self._bot.get_chat(channel)
        except (TelegramAPIError, TelegramNetworkError) as exc:
            log.warning("channel gate: no join link for %s: %s", channel, exc)
            return None
        if chat.username:
            return f"https://t.me/{chat.username}"
        return chat.invite_link


async def log_channels(bot: Bot, channels: Sequence[Channel]) -> None:
    """At start: whether the bot can see each required channel's members (it must be an
    administrator there), in the log; the gate lets customers through where it cannot."""
    if not channels:
        return
    me = await bot.me()
    for channel in channels:
        name = channel_name(channel)
        try:
            member = await bot.get_chat_member(channel, me.id)
        except (TelegramAPIError, TelegramNetworkError) as exc:
            log.warning(
                "channel gate: %s cannot be checked (%s); customers are let through", name, exc
            )
            continue
        if isinstance(member, ChatMemberAdministrator | ChatMemberOwner):
            log.info("channel gate: %s is checked before the shop opens", name)
        else:
            log.warning(
                "channel gate: the bot is not an administrator of %s, so it cannot check its"
                " members; customers are let through until it is made one",
                name,
            )
