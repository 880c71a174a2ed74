"""The service types the bot can order, and what each needs from the customer."""

from __future__ import annotations

from enum import Enum


class Kind(Enum):
    DEFAULT = "default"
    PACKAGE = "package"
    CUSTOM_COMMENTS = "custom comments"
    COMMENT_LIKES = "comment likes"
    POLL = "poll"


# Lower-case panel type names the bot can order; every other type is hidden from customers,
# never offered and never sent half-built.
SUPPORTED_TYPES: tuple[str, ...] = tuple(kind.value for kind in Kind)


def kind_of(type_text: str) -> Kind | None:
    """The kind of a panel type name (matched case-insensitively), None if unsupported."""
    normalised = " ".join(type_text.split()).casefold()
    for kind in Kind:
        if kind.value == normalised:
            return kind
    return None
