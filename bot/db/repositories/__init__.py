"""Small repository classes: one method per SQL statement, bound parameters, dataclass rows."""

from __future__ import annotations

import aiosqlite

from bot.db.repositories.catalogue import CatalogueRepo
from bot.db.repositories.fsm import FsmRepo
from bot.db.repositories.info import InfoRepo
from bot.db.repositories.ledger import LedgerRepo
from bot.db.repositories.meta import AlertRepo, LeaseRepo, MetaRepo
from bot.db.repositories.orders import OrderRepo
from bot.db.repositories.outbox import OutboxRepo
from bot.db.repositories.refills import RefillRepo
from bot.db.repositories.topups import TopupRepo
from bot.db.repositories.users import UserRepo


class Repos:
    """The repositories bound to one connection, inside one transaction or read."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self.users = UserRepo(conn)
        self.ledger = LedgerRepo(conn)
        self.catalogue = CatalogueRepo(conn)
        self.orders = OrderRepo(conn)
        self.refills = RefillRepo(conn)
        self.outbox = OutboxRepo(conn)
        self.meta = MetaRepo(conn)
        self.leases = LeaseRepo(conn)
        self.alerts = AlertRepo(conn)
        self.fsm = FsmRepo(conn)
        self.info = InfoRepo(conn)
        self.topups = TopupRepo(conn)


__all__ = [
    "AlertRepo",
    "CatalogueRepo",
    "FsmRepo",
    "InfoRepo",
    "LeaseRepo",
    "LedgerRepo",
    "MetaRepo",
    "OrderRepo",
    "OutboxRepo",
    "RefillRepo",
    "Repos",
    "TopupRepo",
    "UserRepo",
]
