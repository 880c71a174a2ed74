"""A customer's key to the shop's API for resellers: issued, replaced, turned off, checked.

A key is `secrets.token_urlsafe(32)` (43 characters) shown once; only its SHA-256 is stored,
so a copy of the database gives no working key. An admin can turn a customer's API off: the
key stops working and the customer cannot issue a new one until an admin allows it again.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum

from bot.config import Settings
from bot.db import Database
from bot.db.repositories.api_keys import ApiAccess
from bot.domain.clock import now

KEY_BYTES = 32  # token_urlsafe(32): 43 characters
MAX_KEY_LENGTH = 200  # a longer `key` is not ours: refused without hashing it


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class AccessState(StrEnum):
    UNAVAILABLE = "unavailable"  # the shop's API is off (RESELLER_API_PORT not set)
    OFF = "off"
    ON = "on"
    BLOCKED = "blocked"  # an admin turned it off


@dataclass(frozen=True, slots=True)
class AccessView:
    """What the /api screen shows; `key` only right after it was issued (shown once)."""

    state: AccessState
    notices: bool = False
    key: str | None = None


class ApiAccessService:
    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    @property
    def available(self) -> bool:
        return self._settings.reseller_api_on

    @property
    def url(self) -> str:
        return self._settings.reseller_api_public_url

    async def owner(self, key: str) -> int | None:
        """The customer this key belongs to, or None (wrong, replaced, turned off, banned)."""
        if not key or len(key) > MAX_KEY_LENGTH:
            return None
        return await self._db.peek().api_keys.owner_of(key_hash(key))

    async def _access(self, user_id: int) -> ApiAccess | None:
        async with self._db.read() as repos:
            return await repos.api_keys.get(user_id)

    async def view(self, user_id: int) -> AccessView:
        if not self.available:
            return AccessView(AccessState.UNAVAILABLE)
        access = await self._access(user_id)
        if access is None:
            return AccessView(AccessState.OFF)
        if access.blocked:
            return AccessView(AccessState.BLOCKED)
        return AccessView(AccessState.ON if access.on else AccessState.OFF, access.notices)

    async def issue(self, user_id: int) -> AccessView:
        """A new key (any old one stops working now), shown once."""
        if not self.available:
            return AccessView(AccessState.UNAVAILABLE)
        key = secrets.token_urlsafe(KEY_BYTES)
        async with self._db.transaction() as repos:
            issued = await repos.api_keys.set_key(user_id, key_hash(key), now())
        if not issued:
            return AccessView(AccessState.BLOCKED)
        view = await self.view(user_id)
        return AccessView(view.state, view.notices, key)

    async def turn_on(self, user_id: int) -> AccessView:
        """A key only while the API is off: a stale "Turn on" button must not replace a key
        that works (a new key is the other button's, on purpose)."""
        view = await self.view(user_id)
        if view.state is not AccessState.OFF:
            return view
        return await self.issue(user_id)

    async def turn_off(self, user_id: int) -> AccessView:
        async with self._db.transaction() as repos:
            await repos.api_keys.drop_key(user_id, now())
        return await self.view(user_id)

    async def toggle_notices(self, user_id: int) -> AccessView:
        access = await self._access(user_id)
        if access is not None and access.on and not access.blocked:
            async with self._db.transaction() as repos:
                await repos.api_keys.set_notices(user_id, not access.notices, now())
        return await self.view(user_id)

    # -- admins ---------------------------------------------------------------------------------
    async def set_blocked(self, user_id: int, blocked: bool) -> bool:
        """False when there is no such customer (a forged button)."""
        async with self._db.transaction() as repos:
            if await repos.users.get(user_id) is None:
                return False
            await repos.api_keys.set_blocked(user_id, blocked, now())
        return True
