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


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def parse_link(text: str | None) -> str:
    if text is None:
        raise InputError("Please send the link as text, like https://instagram.com/yourpage")
    link = text.strip()
    if not link:
        raise InputError("Please send a link, like https://instagram.com/yourpage")
    if len(link) > MAX_LINK:
        raise InputError(f"That link is too long: at most {MAX_LINK} characters.")
    if any(ch.isspace() for ch in link) or _has_control(link):
        raise InputError("A link cannot contain spaces or line breaks. Send just one link.")
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
    raw = (text or "").strip().replace(" ", "").replace("_", "")
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
        raise InputError("Comments cannot contain control characters.")
    if not low <= len(comments) <= high:
        raise InputError(
            f"Send from {low} to {high} comments, one per line; you sent {len(comments)}."
        )
    return Comments("\n".join(comments), len(comments))


def parse_username(text: str | None) -> str:
    name = (text or "").strip().removeprefix("@")
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
