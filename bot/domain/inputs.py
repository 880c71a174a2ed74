"""Checks of what customers type; each failure says what is expected.

A failure is data (a message key and its numbers), put into words by the handler in the
customer's language. Numbers may be typed in any script's digits (١٠٠٠, ۱۰۰۰): they are read,
and stored, as ASCII."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.domain.platforms import Platform
from bot.i18n import ascii_digits

MAX_LINK = 2000
MAX_COMMENT = 1000
MAX_RUNS = 1000
MAX_INTERVAL_MINUTES = 10080  # a week
MAX_ANSWER = 100
_USERNAME = re.compile(r"^[A-Za-z0-9_.]{1,64}$")
_INTEGER = re.compile(r"^[0-9]{1,12}$")  # after ascii_digits: no other script's digits
# Digit grouping as people type it: spaces (plain, no-break, thin) and underscores.
_GROUPING = str.maketrans("", "", " \u00a0\u2009\u202f_")


class InputError(ValueError):
    """What the customer typed is not what the step expects: `key` names the message that
    tells them why (an `input-…` message), `params` its numbers."""

    def __init__(self, key: str, **params: int) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


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


# What a customer types for a site without its scheme: a domain name (labels of letters, digits
# and inner hyphens, in any script, and a top-level name of letters or punycode), maybe a port,
# then the end or a path, query or fragment. "instagram.com/x" is one; "hello", "12345",
# "mailto:a@b.com" are not.
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_DOMAIN_START = re.compile(
    rf"(?:{_LABEL}\.)+(?:[^\W\d_]{{2,63}}|xn--[a-z0-9-]{{1,59}})\.?(?::[0-9]{{1,5}})?(?:[/?#]|$)",
    re.IGNORECASE,
)


def parse_link(text: str | None, platform: Platform | None = None) -> str:
    """The link as it is sent to the panel: a domain typed without a scheme gets https://, and
    "@name" becomes the profile link of the service's platform (`platform`, when known)."""
    if text is None:
        raise InputError("input-link-not-text")
    link = _bare(text)
    if not link:
        raise InputError("input-link-empty")
    if any(ch.isspace() for ch in link) or _has_control(link):
        raise InputError("input-link-spaces")
    if any(unicodedata.category(ch) == "Cf" for ch in link):
        raise InputError("input-link-invisible")
    if link.startswith("@"):
        return _profile_link(link[1:], platform)
    if "://" not in link and _DOMAIN_START.match(link):
        link = "https://" + link
    if len(link) > MAX_LINK:
        raise InputError("input-link-too-long", limit=MAX_LINK)
    try:
        parts = urlsplit(link)
        host = parts.hostname
    except ValueError:
        raise InputError("input-link-invalid") from None
    if not parts.scheme and "://" not in link:
        raise InputError("input-link-not-link")
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError("input-link-scheme")
    if not host or "." not in host.strip("."):
        raise InputError("input-link-host")
    return link


def _profile_link(handle: str, platform: Platform | None) -> str:
    if platform is None:
        raise InputError("input-link-handle-unknown")
    link = platform.profile_link(handle)
    if link is None:
        raise InputError("input-link-handle-bad")
    return link


def parse_int(text: str | None, what: str, low: int, high: int) -> int:
    """A whole number from `low` to `high`; `what` names the messages of its failures
    (`input-<what>-not-number`, `input-<what>-range`)."""
    raw = ascii_digits(_bare(text or "")).translate(_GROUPING)
    if not _INTEGER.match(raw):
        raise InputError(f"input-{what}-not-number", low=low, high=high)
    value = int(raw)
    if value < low or value > high:
        raise InputError(f"input-{what}-range", low=low, high=high, value=value)
    return value


def parse_quantity(text: str | None, low: int, high: int) -> int:
    return parse_int(text, "quantity", low, high)


@dataclass(frozen=True, slots=True)
class Comments:
    text: str  # one comment per line, \n separated
    count: int


def parse_comments(text: str | None, low: int, high: int) -> Comments:
    if not text or not text.strip():
        raise InputError("input-comments-empty", low=low, high=high)
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    comments = [line for line in lines if line]
    if any(len(line) > MAX_COMMENT for line in comments):
        raise InputError("input-comment-too-long", limit=MAX_COMMENT)
    if any(_has_control(line) for line in comments):
        raise InputError("input-comments-controls")
    if not low <= len(comments) <= high:
        raise InputError("input-comments-count", low=low, high=high, count=len(comments))
    return Comments("\n".join(comments), len(comments))


def parse_username(text: str | None) -> str:
    name = _bare(text or "").removeprefix("@")
    if not _USERNAME.match(name):
        raise InputError("input-username")
    return name


def parse_answer_number(text: str | None) -> int:
    return parse_int(text, "answer", 1, MAX_ANSWER)


def parse_runs(text: str | None, quantity: int, max_total: int) -> int:
    high = min(MAX_RUNS, max_total // quantity) if quantity > 0 else 0
    if high < 2:
        raise InputError("input-runs-impossible")
    runs = parse_int(text, "runs", 2, high)
    return runs


def parse_interval(text: str | None) -> int:
    return parse_int(text, "interval", 1, MAX_INTERVAL_MINUTES)
