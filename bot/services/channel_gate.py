"""A channel to join first (REQUIRED_CHANNELS): a customer who is not a member of each gets the
gate screen instead of the shop; admins never do.

Membership is asked of Telegram (getChatMember, through the `Membership` protocol the
Telegram side implements) and a pass is remembered in memory for REMEMBER_SECONDS per customer
(per process: a restart or another process asks again), asked anew on "I've joined".

A channel the bot cannot check (not an administrator there, renamed, deleted) lets customers
through: an operator's mistake must not close the shop. The admins are told once per channel
and process, with what to fix, and each such check is logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.db import Database
from bot.domain.clock import now
from bot.domain.notices import Notice
from bot.services.notify import Notifier

log = logging.getLogger(__name__)

REMEMBER_SECONDS = 300  # a member is asked about again after this long
_PRUNE_AT = 10_000  # remembered customers before the expired ones are dropped

Channel = str | int  # @username or numeric chat id


@dataclass(frozen=True, slots=True)
class Unchecked:
    """Telegram could not say: `lasting` for an answer that will not change by itself (the bot
    is not an administrator, the chat is gone), else a passing fault (network, 5xx)."""

    reason: str
    lasting: bool = True


MemberAnswer = bool | Unchecked


class Membership(Protocol):
    async def is_member(self, channel: Channel, user_id: int) -> MemberAnswer: ...

    async def join_link(self, channel: Channel) -> str | None: ...


def channel_name(channel: Channel) -> str:
    return channel if isinstance(channel, str) else str(channel)


class ChannelGate:
    def __init__(
        self,
        db: Database,
        notifier: Notifier,
        channels: Sequence[Channel],
        admin_ids: frozenset[int],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._notifier = notifier
        self._channels = tuple(channels)
        self._admin_ids = admin_ids
        self._clock = clock
        self._passed: dict[int, float] = {}  # customer -> until when their pass holds
        self._links: dict[Channel, str] = {}
        self._told: set[Channel] = set()

    @property
    def channels(self) -> tuple[Channel, ...]:
        return self._channels

    def gated(self, user_id: int) -> bool:
        """Whether this user meets the gate at all (it is on, and they are no admin)."""
        return bool(self._channels) and user_id not in self._admin_ids

    async def missing(
        self, members: Membership, user_id: int, *, fresh: bool = False
    ) -> list[Channel]:
        """The channels the user still has to join (none: let in). `fresh`: ask Telegram even
        if a pass is remembered (the "I've joined" button)."""
        if not self.gated(user_id):
            return []
        moment = self._clock()
        if not fresh and self._passed.get(user_id, 0.0) > moment:
            return []
        missing: list[Channel] = []
        for channel in self._channels:
            answer = await members.is_member(channel, user_id)
            if isinstance(answer, Unchecked):
                await self._unchecked(channel, answer)
            elif not answer:
                missing.append(channel)
        if missing:
            self._passed.pop(user_id, None)
        else:
            self._remember(user_id, moment)
        return missing

    async def links(self, members: Membership, channels: Sequence[Channel]) -> list[str | None]:
        """A join link per channel (None where Telegram gives none), each found once."""
        found: list[str | None] = []
        for channel in channels:
            link = self._links.get(channel) or await members.join_link(channel)
            if link is not None:
                self._links[channel] = link
            found.append(link)
        return found

    def _remember(self, user_id: int, moment: float) -> None:
        if len(self._passed) >= _PRUNE_AT:
            self._passed = {u: until for u, until in self._passed.items() if until > moment}
        self._passed[user_id] = moment + REMEMBER_SECONDS

    async def _unchecked(self, channel: Channel, answer: Unchecked) -> None:
        name = channel_name(channel)
        log.warning("channel gate: cannot check %s (%s); letting customers through", name, answer)
        if not answer.lasting or channel in self._told:
            return
        self._told.add(channel)
        async with self._db.transaction() as repos:
            if await repos.alerts.raise_once(f"gate_unchecked:{name}", now()):
                notice = Notice("admin-gate-unchecked", {"channel": name, "error": answer.reason})
                await self._notifier.enqueue_admins(repos, notice)
        self._notifier.wake()
