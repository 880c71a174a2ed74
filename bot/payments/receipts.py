"""Transfer receipts: what a customer sent as proof of a transfer."""

from __future__ import annotations

from dataclasses import dataclass

from bot.db.repositories.topups import ReceiptKind

TEXT_LIMIT = 1000  # characters of a text reference (or a caption) kept with the receipt


@dataclass(frozen=True, slots=True)
class Receipt:
    kind: ReceiptKind
    file_id: str | None
    text: str | None
