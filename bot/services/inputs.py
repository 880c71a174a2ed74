"""Checks of what customers type; each failure says what is expected."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

MAX_LINK = 2000
MAX_COMMENT = 1000
MAX_RUNS = 1000
MAX_INTERVAL_MINUTES = 10080  # a week
MAX_ANSWER = 100
_USERNAME = re.compile(r"^[A-Za-z0-9_.]{1,64}$")
_INTEGER = re.compile(r"^\d{1,12}$")


class InputError(ValueError):
    """What the customer typed is not what the step expects; `str(e)` tells them why."""


# Bidi overrides, embeddings (U+202A-U+202E) and isolates (U+2066-U+2069) can flip the text
# around them wherever it is shown (an admin's screen, the panel): refused. Everything else a
# real keyboard sends is text: emoji joined by ZWJ, the Persian ZWNJ, the LRM/RLM marks that
# some Arabic keyboards insert.
_BIDI_CONTROLS = frozenset(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_MARKS = "\u200e\u200f\u061c"  # LRM, RLM, ALM: meaningless at the ends of a link or a name


def _has_control(text: str) -> bool:
    """Control characters (line breaks included) and bidi overrides, embeddings, isolates."""
    return any(
        ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text
    )


def _bare(text: str) -> str:
    """Without surrounding spaces and direction marks."""
    return text.strip().strip(_MARKS).strip()


def parse_link(text: str | None) -> str:
    if text is None:
        raise InputError("Please send the link as text, like https://instagram.com/yourpage")
    link = _bare(text)
    if not link:
        raise InputError("Please send a link, like https://instagram.com/yourpage")
    if len(link) > MAX_LINK:
        raise InputError(f"That link is too long: at most {MAX_LINK} characters.")
    if any(ch.isspace() for ch in link) or _has_control(link):
        raise InputError("A link cannot contain spaces or line breaks. Send just one link.")
    if any(unicodedata.category(ch) == "Cf" for ch in link):
        raise InputError("That link has invisible characters in it. Copy it again and send it.")
    try:
        parts = urlsplit(link)
        host = parts.hostname
    except ValueError:
        raise InputError(
            "That is not a valid link. Send one like https://t.me/yourchannel"
        ) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError("The link must start with http:// or https://")
    if not host or "." not in host.strip("."):
        raise InputError("That link has no valid website in it, like https://t.me/yourchannel")
    return link


def parse_int(text: str | None, what: str, low: int, high: int) -> int:
    raw = _bare(text or "").replace(" ", "").replace("_", "")
    if not _INTEGER.match(raw):
        raise InputError(f"Please send the {what} as a whole number from {low} to {high}.")
    value = int(raw)
    if value < low or value > high:
        raise InputError(f"The {what} must be from {low} to {high}; you sent {value}.")
    return value


def parse_quantity(text: str | None, low: int, high: int) -> int:
    return parse_int(text, "quantity", low, high)


@dataclass(frozen=True, slots=True)
class Comments:
    text: str  # one comment per line, \n separated
    count: int


def parse_comments(text: str | None, low: int, high: int) -> Comments:
    if not text or not text.strip():
        raise InputError(f"Send the comments as text, one per line: from {low} to {high} lines.")
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    comments = [line for line in lines if line]
    if any(len(line) > MAX_COMMENT for line in comments):
        raise InputError(f"Each comment can be at most {MAX_COMMENT} characters.")
    if any(_has_control(line) for line in comments):
        raise InputError(
            "Comments cannot contain control characters or text-direction overrides "
            "(U+202A–U+202E, U+2066–U+2069)."
        )
    if not low <= len(comments) <= high:
        raise InputError(
            f"Send from {low} to {high} comments, one per line; you sent {len(comments)}."
        )
    return Comments("\n".join(comments), len(comments))


def parse_username(text: str | None) -> str:
    name = _bare(text or "").removeprefix("@")
    if not _USERNAME.match(name):
        raise InputError(
            "Send the username of the comment's author, like @username "
            "(letters, digits, dots and underscores)."
        )
    return name


def parse_answer_number(text: str | None) -> int:
    return parse_int(text, "answer number", 1, MAX_ANSWER)


def parse_runs(text: str | None, quantity: int, max_total: int) -> int:
    high = min(MAX_RUNS, max_total // quantity) if quantity > 0 else 0
    if high < 2:
        raise InputError("Drip-feed is not possible for this quantity; choose Skip.")
    runs = parse_int(text, "number of runs", 2, high)
    return runs


def parse_interval(text: str | None) -> int:
    return parse_int(text, "interval in minutes", 1, MAX_INTERVAL_MINUTES)
