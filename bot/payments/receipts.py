"""Transfer receipts: what a customer sent as proof of a transfer, and how two receipts are
compared (the same file, the same reference)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bot.db.repositories.topups import ReceiptKind

TEXT_LIMIT = 1000  # characters of a text reference (or a caption) kept with the receipt


@dataclass(frozen=True, slots=True)
class Receipt:
    kind: ReceiptKind
    file_id: str | None
    text: str | None
    # Telegram's id of the file itself (the same for everyone who sends it; file_id is not)
    file_unique_id: str | None = None


def normalised_reference(text: str | None) -> str | None:
    """A receipt's reference (its text, or a photo's or document's caption) as it is compared
    with other receipts' references, so that the same transfer typed again matches:

    - NFKC: full-width and other compatibility forms become their plain letters and digits;
    - case-folded ("TRX" and "trx" are one), digits of any script written as ASCII (٧٧ = 77);
    - every whitespace, punctuation and invisible format character (zero-width spaces,
      direction marks) removed: "TRX-77 88", "trx 7788" and "TRX.7788" are all "trx7788".

    None for no text, or a text of nothing but those. Over-matching only adds a warning to an
    admin's copy; a missed match could credit one transfer twice."""
    if not text:
        return None
    kept: list[str] = []
    for char in unicodedata.normalize("NFKC", text).casefold():
        category = unicodedata.category(char)
        if char.isspace() or category == "Cf" or category.startswith(("P", "Z")):
            continue
        digit = unicodedata.decimal(char, None)
        kept.append(char if digit is None else str(digit))
    return "".join(kept) or None


REFERENCE_MIN = 6  # characters of a normalised reference worth comparing


def distinctive(reference: str) -> bool:
    """Whether a normalised reference can tell one transfer from another: long enough and with
    a digit (a transaction number, an amount with its date), not a word such as "paid"."""
    return len(reference) >= REFERENCE_MIN and any(char.isdigit() for char in reference)
