"""SMM panel API v2 client: wire format, typed results, errors. Knows nothing of the bot."""

from bot.panel.client import BATCH_SIZE, PanelClient
from bot.panel.errors import (
    PanelClosed,
    PanelError,
    PanelOutcomeUnknown,
    PanelRefused,
    PanelUnavailable,
)
from bot.panel.models import Balance, ItemError, NewOrder, OrderStatus, Service

__all__ = [
    "BATCH_SIZE",
    "Balance",
    "ItemError",
    "NewOrder",
    "OrderStatus",
    "PanelClient",
    "PanelClosed",
    "PanelError",
    "PanelOutcomeUnknown",
    "PanelRefused",
    "PanelUnavailable",
    "Service",
]
