"""The service types the bot can order, each described once: its form and what the panel gets.

A type is a list of steps. A step says what is asked (message keys and their numbers), how
the answer is read and checked (a pure function raising `InputError`), whether it can be
skipped or edited from the summary, and which later answer it asks again. The type adds how
many units it prices, how its inputs read in a summary or an order card, and where the order
goes (its link). The form engine (bot/handlers/order_form.py) walks the steps; the ordering
service re-checks a draft against them and sends each answer to the panel's `add` under its
key. A new type is one more description here (and its words in the locales).

Every panel type not described here is hidden from customers, never offered and never sent
half-built. Type names are matched case-insensitively.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from bot.domain import inputs
from bot.domain.platforms import Platform
from bot.domain.text import esc, short
from bot.i18n import ascii_digits

Answer = int | str
Answers = Mapping[str, Answer]  # what is answered so far: key -> value (no None)
Words = tuple[str, dict[str, Any]]  # a message key and its arguments


@dataclass(frozen=True, slots=True)
class Limits:
    """The service as its steps check an answer against it: its minimum and maximum as they
    are now, and the network it is for when its name or category says (an "@name" link)."""

    low: int
    high: int
    platform: Platform | None = None


@dataclass(frozen=True, slots=True)
class Step:
    """One question of the form."""

    name: str  # its conversation state (OrderFlow:<name>) and its edit button (field-<name>)
    key: str  # the answer's key in the draft, and the panel's `add` field it is sent as
    ask: Callable[[Limits, Answers], list[Words]]  # the question (after a "⚠️ why" if any)
    read: Callable[[str | None, Limits, Answers], Answer]  # the typed answer, checked
    edit: bool = True  # an Edit button on the summary asks it again
    optional: bool = False  # a Skip button; skipped is no answer
    needs: str | None = None  # asked (and sent) only when that key is answered
    asks_again: tuple[str, ...] = ()  # keys to ask again once this is answered anew
    picks: Callable[[Limits], list[int]] | None = None  # answers to tap, if any
    so_far: bool = False  # the running total under the question (without this answer)
    # A message key (its value: `value`) showing the answer as it is read, on the next
    # question, when that is not what was typed (a link completed with https://).
    shown: str | None = None

    def asked(self, answers: Answers) -> bool:
        return self.needs is None or self.needs in answers

    def check(self, answers: Answers, limits: Limits) -> None:
        """Raises InputError when its answer (or its absence) no longer fits."""
        value = answers.get(self.key)
        if not self.asked(answers) or (value is None and self.optional):
            return
        self.read(None if value is None else str(value), limits, answers)


Details = Callable[[Answers, int], list[Words]]


def _link(answers: Answers) -> str:
    return str(answers.get("link", ""))


@dataclass(frozen=True, slots=True)
class ServiceType:
    name: str  # the panel's type name, lower case
    steps: tuple[Step, ...]
    details: Details  # its inputs in a summary or an order card (given the units), in order
    units: Callable[[Answers], int] = lambda answers: _int(answers, "quantity")
    whole: bool = False  # sold whole: the rate is the price of one (a package)
    dripfeed_steps: tuple[Step, ...] | None = None  # its steps when the service drip-feeds
    target: Callable[[Answers], str] = _link  # where the order goes: shown as its link

    def flow(self, dripfeed: bool) -> tuple[Step, ...]:
        """The steps of the form for a service (that offers drip-feed or not)."""
        if dripfeed and self.dripfeed_steps is not None:
            return self.dripfeed_steps
        return self.steps

    @property
    def drips(self) -> bool:
        """It can be drip-fed when the service offers it."""
        return self.dripfeed_steps is not None


def _int(answers: Answers, key: str, default: int = 0) -> int:
    value = answers.get(key)
    return default if value is None else int(value)


_ROUND = (100, 250, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000, 500_000, 1_000_000)


def quick_picks(low: int, high: int, most: int = 4) -> list[int]:
    """Quantities to tap: the minimum, up to `most` round amounts between, the maximum."""
    between = [n for n in _ROUND if low < n < high]
    if len(between) > most:  # spread over the range rather than the smallest few
        step = (len(between) - 1) / (most - 1)
        between = [between[round(i * step)] for i in range(most)]
    return sorted({low, *between, high})


def _quantities(limits: Limits) -> list[int]:
    return quick_picks(limits.low, limits.high)


# -- the steps --------------------------------------------------------------------------------
LINK = Step(
    name="link",
    key="link",
    ask=lambda limits, answers: [("ask-link", {})],
    read=lambda text, limits, answers: inputs.parse_link(text, limits.platform),
    shown="link-as-sent",
)
QUANTITY = Step(
    name="quantity",
    key="quantity",
    ask=lambda limits, answers: [("ask-quantity", {})],
    read=lambda text, limits, answers: inputs.parse_quantity(text, limits.low, limits.high),
    picks=_quantities,
)
COMMENTS = Step(
    name="comments",
    key="comments",
    ask=lambda limits, answers: [("ask-comments", {})],
    read=lambda text, limits, answers: inputs.parse_comments(text, limits.low, limits.high).text,
)
USERNAME = Step(
    name="username",
    key="username",
    ask=lambda limits, answers: [("ask-username", {})],
    read=lambda text, limits, answers: inputs.parse_username(text),
    so_far=True,
)
ANSWER = Step(
    name="answer",
    key="answer_number",
    ask=lambda limits, answers: [("ask-answer", {})],
    read=lambda text, limits, answers: inputs.parse_answer_number(text),
    so_far=True,
)


def _ask_runs(limits: Limits, answers: Answers) -> list[Words]:
    quantity = _int(answers, "quantity") or 1
    return [
        ("ask-runs", {"quantity": quantity, "high": min(inputs.MAX_RUNS, limits.high // quantity)})
    ]


def _ask_interval(limits: Limits, answers: Answers) -> list[Words]:
    runs, quantity = _int(answers, "runs", 1), _int(answers, "quantity")
    return [("ask-interval", {"runs": runs, "quantity": quantity, "total": runs * quantity})]


RUNS = Step(
    name="runs",
    key="runs",
    ask=_ask_runs,
    read=lambda text, limits, answers: inputs.parse_runs(
        text, _int(answers, "quantity"), limits.high
    ),
    optional=True,
    asks_again=("interval",),
    so_far=True,
)
INTERVAL = Step(
    name="interval",
    key="interval",
    ask=_ask_interval,
    read=lambda text, limits, answers: inputs.parse_interval(text),
    edit=False,
    needs="runs",
    so_far=True,
)
QUANTITY_PER_RUN = replace(
    QUANTITY,
    ask=lambda limits, answers: [("ask-quantity", {}), ("ask-quantity-per-run", {})],
)


# -- how inputs read in a summary -------------------------------------------------------------
def _quantity_lines(answers: Answers, units: int) -> list[Words]:
    lines: list[Words] = []
    runs, interval = answers.get("runs"), answers.get("interval")
    if runs is not None and interval is not None:
        per_run = units // int(runs)
        lines.append(
            ("summary-dripfeed", {"runs": int(runs), "quantity": per_run, "interval": interval})
        )
    lines.append(("summary-quantity", {"quantity": units}))
    if answers.get("username"):
        lines.append(("summary-username", {"username": esc(str(answers["username"]), 64)}))
    if answers.get("answer_number") is not None:
        lines.append(("summary-answer", {"answer": int(answers["answer_number"])}))
    return lines


def _comment_lines(answers: Answers, units: int) -> list[Words]:
    comments = answers.get("comments")
    if comments is None:
        return _quantity_lines(answers, units)
    lines = str(comments).split("\n")
    shown = "\n".join(short(line, 100) for line in lines[:10])
    if len(lines) > 10:
        shown += "\n…"
    return [
        ("summary-comments", {"count": len(lines), "comments": html.escape(shown, quote=False)})
    ]


def _comment_count(answers: Answers) -> int:
    comments = answers.get("comments")
    return len(str(comments).split("\n")) if comments else 0


def _quantity_times_runs(answers: Answers) -> int:
    return _int(answers, "quantity") * _int(answers, "runs", 1)


# -- the types --------------------------------------------------------------------------------
DEFAULT = ServiceType(
    name="default",
    steps=(LINK, QUANTITY),
    dripfeed_steps=(LINK, QUANTITY_PER_RUN, RUNS, INTERVAL),
    details=_quantity_lines,
    units=_quantity_times_runs,
)
PACKAGE = ServiceType(
    name="package",
    steps=(replace(LINK, so_far=True),),
    details=lambda answers, units: [("summary-package", {})],
    units=lambda answers: 1,
    whole=True,
)
CUSTOM_COMMENTS = ServiceType(
    name="custom comments",
    steps=(LINK, COMMENTS),
    details=_comment_lines,
    units=_comment_count,
)
COMMENT_LIKES = ServiceType(
    name="comment likes", steps=(LINK, QUANTITY, USERNAME), details=_quantity_lines
)
POLL = ServiceType(name="poll", steps=(LINK, QUANTITY, ANSWER), details=_quantity_lines)

# -- Subscriptions: an account's future posts each get between `min` and `max` ----------------
MAX_POSTS = 1000
DELAYS = (0, 5, 10, 15, 30, 60, 90)  # minutes after a post, as the panels take them
_EXPIRY = re.compile(r"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$")


def _read_delay(text: str | None, limits: Limits, answers: Answers) -> int:
    delay = inputs.parse_int(text, "delay", DELAYS[0], DELAYS[-1])
    if delay not in DELAYS:
        raise inputs.InputError("input-delay-choice")
    return delay


def _read_expiry(text: str | None, limits: Limits, answers: Answers) -> str:
    """A date as day/month/year (31/12/2026; dots or dashes too), written back as d/m/Y."""
    found = _EXPIRY.match(ascii_digits((text or "").strip()))
    if found is None:
        raise inputs.InputError("input-expiry")
    day, month, year = (int(part) for part in found.groups())
    try:
        date(year, month, day)
    except ValueError:
        raise inputs.InputError("input-expiry") from None
    return f"{day:02d}/{month:02d}/{year}"


def _read_account(text: str | None, limits: Limits, answers: Answers) -> str:
    try:
        return inputs.parse_username(text)
    except inputs.InputError:
        raise inputs.InputError("input-sub-account") from None


def _lowest_max(limits: Limits, answers: Answers) -> int:
    return max(limits.low, _int(answers, "min"))


def _read_max(text: str | None, limits: Limits, answers: Answers) -> int:
    return inputs.parse_int(text, "max", _lowest_max(limits, answers), limits.high)


def _subscription_lines(answers: Answers, units: int) -> list[Words]:
    lines: list[Words] = [
        (
            "summary-sub-posts",
            {
                "low": _int(answers, "min"),
                "high": _int(answers, "max"),
                "posts": _int(answers, "posts"),
            },
        ),
        ("summary-sub-delay", {"delay": _int(answers, "delay")}),
    ]
    if answers.get("expiry"):
        lines.append(("summary-sub-expiry", {"expiry": esc(str(answers["expiry"]), 10)}))
    lines.append(("summary-sub-most", {"quantity": units}))
    return lines


SUBSCRIPTIONS = ServiceType(
    name="subscriptions",
    steps=(
        Step(
            name="account",
            key="username",
            ask=lambda limits, answers: [("ask-sub-account", {})],
            read=_read_account,
        ),
        Step(
            name="min",
            key="min",
            ask=lambda limits, answers: [("ask-sub-min", {})],
            read=lambda text, limits, answers: inputs.parse_int(
                text, "min", limits.low, limits.high
            ),
            picks=_quantities,
        ),
        Step(
            name="max",
            key="max",
            ask=lambda limits, answers: [
                ("ask-sub-max", {"low": max(limits.low, _int(answers, "min"))})
            ],
            read=_read_max,
            picks=_quantities,
        ),
        Step(
            name="posts",
            key="posts",
            ask=lambda limits, answers: [("ask-sub-posts", {"most": MAX_POSTS})],
            read=lambda text, limits, answers: inputs.parse_int(text, "posts", 1, MAX_POSTS),
        ),
        Step(
            name="delay",
            key="delay",
            ask=lambda limits, answers: [("ask-sub-delay", {})],
            read=_read_delay,
            picks=lambda limits: list(DELAYS),
            so_far=True,
        ),
        Step(
            name="expiry",
            key="expiry",
            ask=lambda limits, answers: [("ask-sub-expiry", {})],
            read=_read_expiry,
            optional=True,
            so_far=True,
        ),
    ),
    details=_subscription_lines,
    # The customer pays for the most the subscription can deliver, max per post for every
    # post, at the rate per 1000, held like any order: the panel charges up to that, and what
    # it does not deliver comes back as a Partial's (or a Canceled's) refund of the remains,
    # once, like any order's. Paying for `min` instead could leave the shop owing the panel.
    units=lambda answers: _int(answers, "max") * _int(answers, "posts"),
    target=lambda answers: "@" + str(answers.get("username", "")),
)

TYPES: tuple[ServiceType, ...] = (
    DEFAULT,
    PACKAGE,
    CUSTOM_COMMENTS,
    COMMENT_LIKES,
    POLL,
    SUBSCRIPTIONS,
)

# Lower-case panel type names the bot can order.
SUPPORTED_TYPES: tuple[str, ...] = tuple(kind.name for kind in TYPES)
_ALL_STEPS = tuple(step for kind in TYPES for step in (*kind.steps, *(kind.dripfeed_steps or ())))
# Every key a form can answer, of any type (what a conversation's data may hold).
ANSWER_KEYS: tuple[str, ...] = tuple(dict.fromkeys(step.key for step in _ALL_STEPS))
# Every step's name (the form's conversation states), and those offering quick picks.
STEP_NAMES: tuple[str, ...] = tuple(dict.fromkeys(step.name for step in _ALL_STEPS))
PICKED_STEP_NAMES: frozenset[str] = frozenset(
    step.name for step in _ALL_STEPS if step.picks is not None
)


def kind_of(type_text: str) -> ServiceType | None:
    """The description of a panel type name (matched case-insensitively); None if unsupported."""
    normalised = " ".join(type_text.split()).casefold()
    for kind in TYPES:
        if kind.name == normalised:
            return kind
    return None
