"""A simulated SMM panel: the tests' fake panel and the product's sandbox mode."""

from bot.sandbox.catalogue import large_catalogue, sandbox_services
from bot.sandbox.panel import (
    FINAL_STATUSES,
    Reply,
    SimOrder,
    SimRefill,
    SimulatedPanel,
    create_app,
    start_panel_server,
)

__all__ = [
    "FINAL_STATUSES",
    "Reply",
    "SimOrder",
    "SimRefill",
    "SimulatedPanel",
    "create_app",
    "large_catalogue",
    "sandbox_services",
    "start_panel_server",
]
