"""Conversations with the shop: a customer's message reaches every admin as a card (the
customer, their balance, the order asked about) with Reply / Close; an admin's answer, of any
kind, is copied to the customer; every admin's card then says who answered or closed.

One conversation per customer: later messages join it, and a closed one opens again when the
customer writes. Telegram is reached only through `SupportChats` (bot/telegram/support.py),
which writes each card in its admin's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.db import Database
from bot.db.repositories import Repos
from bot.db.repositories.support import Ticket, TicketLine
from bot.domain.clock import now


@dataclass(frozen=True, slots=True)
class Source:
    """A message to copy: its chat and id."""

    chat_id: int
    message_id: int


@dataclass(frozen=True, slots=True)
class Card:
    """What an admin's card of a conversation shows."""

    ticket: Ticket
    name: str
    username: str | None
    balance: int  # minor units
    blocked: bool  # the customer blocked the bot: answers cannot reach them


class Delivery(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # the customer blocked the bot
    FAILED = "failed"  # Telegram refused or did not answer: nothing was delivered


class SupportChats(Protocol):
    async def send_card(
        self, chat_id: int, card: Card, language: str | None, source: Source | None
    ) -> int | None:
        """Sends an admin the card (and under it a copy of `source`); the card's id, None when
        it could not be sent."""
        ...

    async def edit_card(
        self, chat_id: int, message_id: int, card: Card, language: str | None
    ) -> None:
        """Rewrites a card as it is now (answered, closed, blocked)."""
        ...

    async def deliver(self, user_id: int, source: Source, language: str | None) -> Delivery:
        """Copies an admin's answer to the customer, with a button to answer back."""
        ...


class Outcome(StrEnum):
    DONE = "done"
    UNKNOWN = "unknown"  # no such conversation (a forged button)
    CLOSED = "closed"  # closed before
    BLOCKED = "blocked"  # the customer blocked the bot: not delivered
    FAILED = "failed"  # not delivered, may be sent again


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    card: Card | None = None


class SupportService:
    def __init__(self, db: Database, admin_ids: frozenset[int]) -> None:
        self._db = db
        self._admin_ids = admin_ids

    async def own_order(self, user_id: int, order_id: int) -> bool:
        """Whether the order is the customer's (an order asked about is checked again)."""
        async with self._db.read() as repos:
            order = await repos.orders.get(order_id)
        return order is not None and order.user_id == user_id

    async def post(
        self, chats: SupportChats, user_id: int, source: Source, order_id: int | None
    ) -> Ticket:
        """A customer's message joins their conversation (opened, or reopened) and reaches
        every admin with Reply / Close."""
        if order_id is not None and not await self.own_order(user_id, order_id):
            order_id = None
        async with self._db.transaction() as repos:
            ticket_id = await repos.support.open_for(user_id, order_id, source.message_id, now())
            await repos.support.retire_copies(ticket_id)
            card = await _card(repos, ticket_id)
        assert card is not None
        admins = sorted(self._admin_ids)
        languages = await self._languages(admins)
        for admin_id in admins:
            message_id = await chats.send_card(admin_id, card, languages[admin_id], source)
            if message_id is not None:
                async with self._db.transaction() as repos:
                    await repos.support.add_copy(ticket_id, admin_id, message_id)
        return card.ticket

    async def show(self, chats: SupportChats, ticket_id: int, admin_id: int) -> Card | None:
        """The card sent again to one admin (from /tickets), the customer's last message under
        it; it is kept with the others."""
        async with self._db.read() as repos:
            card = await _card(repos, ticket_id)
        if card is None:
            return None
        language = (await self._languages([admin_id]))[admin_id]
        last = card.ticket.last_message_id
        source = None if last is None else Source(card.ticket.user_id, last)
        message_id = await chats.send_card(admin_id, card, language, source)
        if message_id is not None:
            async with self._db.transaction() as repos:
                await repos.support.add_copy(ticket_id, admin_id, message_id)
        return card

    async def card(self, ticket_id: int) -> Card | None:
        async with self._db.read() as repos:
            return await _card(repos, ticket_id)

    async def answer(
        self, chats: SupportChats, ticket_id: int, admin_id: int, name: str, source: Source
    ) -> Result:
        """Delivers an admin's answer; every admin's card then names who answered (or says
        the customer blocked the bot)."""
        card = await self.card(ticket_id)
        if card is None:
            return Result(Outcome.UNKNOWN)
        if card.ticket.state != "open":
            return Result(Outcome.CLOSED, card)
        user_id = card.ticket.user_id
        language = (await self._languages([user_id]))[user_id]
        delivery = await chats.deliver(user_id, source, language)
        if delivery is Delivery.FAILED:
            return Result(Outcome.FAILED, card)
        async with self._db.transaction() as repos:
            if delivery is Delivery.BLOCKED:
                await repos.users.set_blocked_bot(user_id)
            else:
                await repos.support.answered(ticket_id, admin_id, name, now())
        card = await self.mark_copies(chats, ticket_id)
        done = Outcome.DONE if delivery is Delivery.SENT else Outcome.BLOCKED
        return Result(done, card)

    async def close(self, chats: SupportChats, ticket_id: int, name: str) -> Result:
        async with self._db.transaction() as repos:
            ticket = await repos.support.get(ticket_id)
            closed = ticket is not None and await repos.support.close(ticket_id, name, now())
        if ticket is None:
            return Result(Outcome.UNKNOWN)
        if not closed:
            return Result(Outcome.CLOSED, await self.card(ticket_id))
        return Result(Outcome.DONE, await self.mark_copies(chats, ticket_id))

    async def mark_copies(self, chats: SupportChats, ticket_id: int) -> Card | None:
        """Every admin's current card rewritten as the conversation is now."""
        async with self._db.read() as repos:
            card = await _card(repos, ticket_id)
            copies = await repos.support.current_copies(ticket_id)
        if card is None:
            return None
        languages = await self._languages({chat_id for chat_id, _ in copies})
        for chat_id, message_id in copies:
            await chats.edit_card(chat_id, message_id, card, languages[chat_id])
        return card

    async def open_count(self) -> int:
        """How many conversations wait for the shop (for the admin menu)."""
        async with self._db.read() as repos:
            return await repos.support.count_open()

    async def open_tickets(self, limit: int) -> tuple[list[TicketLine], int]:
        """The open conversations, the longest waiting first, and how many there are."""
        async with self._db.read() as repos:
            return await repos.support.open_oldest_first(limit), await repos.support.count_open()

    async def _languages(self, user_ids: Iterable[int]) -> dict[int, str | None]:
        async with self._db.read() as repos:
            users = {user_id: await repos.users.get(user_id) for user_id in user_ids}
        return {user_id: None if user is None else user.language for user_id, user in users.items()}


async def _card(repos: Repos, ticket_id: int) -> Card | None:
    ticket = await repos.support.get(ticket_id)
    if ticket is None:
        return None
    user = await repos.users.get(ticket.user_id)
    if user is None:
        return Card(ticket, str(ticket.user_id), None, 0, False)
    return Card(ticket, user.full_name, user.username, user.balance, user.blocked_bot)
