"""Small repository classes: one method per SQL statement, bound parameters, dataclass rows."""

from __future__ import annotations

from functools import cached_property

from bot.db.repositories.alternatives import AlternativeRepo
from bot.db.repositories.api_keys import ApiKeyRepo
from bot.db.repositories.base import Connection
from bot.db.repositories.catalogue import CatalogueRepo
from bot.db.repositories.catalogue_texts import CatalogueTextRepo
from bot.db.repositories.fsm import FsmRepo
from bot.db.repositories.info import InfoRepo
from bot.db.repositories.invites import InviteRepo
from bot.db.repositories.ledger import LedgerRepo
from bot.db.repositories.meta import AlertRepo, LeaseRepo, MetaRepo
from bot.db.repositories.orders import OrderRepo
from bot.db.repositories.outbox import OutboxRepo
from bot.db.repositories.promos import PromoRepo
from bot.db.repositories.refills import RefillRepo
from bot.db.repositories.support import SupportRepo
from bot.db.repositories.topups import TopupRepo
from bot.db.repositories.users import UserRepo


class Repos:
    """The repositories bound to one connection, inside one transaction or read; each is made
    on first use (most blocks use one or two of them)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    @cached_property
    def users(self) -> UserRepo:
        return UserRepo(self.conn)

    @cached_property
    def ledger(self) -> LedgerRepo:
        return LedgerRepo(self.conn)

    @cached_property
    def catalogue(self) -> CatalogueRepo:
        return CatalogueRepo(self.conn)

    @cached_property
    def catalogue_texts(self) -> CatalogueTextRepo:
        return CatalogueTextRepo(self.conn)

    @cached_property
    def orders(self) -> OrderRepo:
        return OrderRepo(self.conn)

    @cached_property
    def refills(self) -> RefillRepo:
        return RefillRepo(self.conn)

    @cached_property
    def outbox(self) -> OutboxRepo:
        return OutboxRepo(self.conn)

    @cached_property
    def meta(self) -> MetaRepo:
        return MetaRepo(self.conn)

    @cached_property
    def leases(self) -> LeaseRepo:
        return LeaseRepo(self.conn)

    @cached_property
    def alerts(self) -> AlertRepo:
        return AlertRepo(self.conn)

    @cached_property
    def fsm(self) -> FsmRepo:
        return FsmRepo(self.conn)

    @cached_property
    def info(self) -> InfoRepo:
        return InfoRepo(self.conn)

    @cached_property
    def topups(self) -> TopupRepo:
        return TopupRepo(self.conn)

    @cached_property
    def promos(self) -> PromoRepo:
        return PromoRepo(self.conn)

    @cached_property
    def support(self) -> SupportRepo:
        return SupportRepo(self.conn)

    @cached_property
    def invites(self) -> InviteRepo:
        return InviteRepo(self.conn)

    @cached_property
    def alternatives(self) -> AlternativeRepo:
        return AlternativeRepo(self.conn)

    @cached_property
    def api_keys(self) -> ApiKeyRepo:
        return ApiKeyRepo(self.conn)


__all__ = [
    "AlertRepo",
    "AlternativeRepo",
    "ApiKeyRepo",
    "CatalogueRepo",
    "CatalogueTextRepo",
    "FsmRepo",
    "InfoRepo",
    "InviteRepo",
    "LeaseRepo",
    "LedgerRepo",
    "MetaRepo",
    "OrderRepo",
    "OutboxRepo",
    "PromoRepo",
    "RefillRepo",
    "Repos",
    "SupportRepo",
    "TopupRepo",
    "UserRepo",
]
