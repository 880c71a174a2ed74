"""What happened, stored; the words chosen when it is sent.

Services do not write messages: they describe a notice (a message key, its arguments, its
buttons) in the transaction of the change behind it. The outbox stores that description as
JSON, and the sender renders it in the recipient's language at send time, so a customer who
switches language meanwhile reads it in the new one, and services hold no texts.

Arguments are plain values (names, links, ids, counts), amounts of money in minor units
(`Money`), moments (`When`), or other messages (`Msg`, e.g. a status name) rendered in the same
language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.domain.money import Shown


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in minor units, written in the shop's currency when rendered."""

    units: int
    shown: Shown = Shown.EXACT


@dataclass(frozen=True, slots=True)
class When:
    """A Unix time, written the reader's way: a date, a time of day, or both."""

    timestamp: int
    style: str = "datetime"  # "date" | "time" | "datetime"


@dataclass(frozen=True, slots=True)
class Msg:
    """Another message, rendered in the same language (a status name, a sentence part)."""

    key: str
    args: Mapping[str, Value] = field(default_factory=dict)


Value = str | int | Money | When | Msg | None


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: a label message and a callback or a URL."""

    key: str
    args: Mapping[str, Value] = field(default_factory=dict)
    callback_data: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    key: str
    args: Mapping[str, Value] = field(default_factory=dict)
    buttons: tuple[tuple[Button, ...], ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            {
                "key": self.key,
                "args": _encode_args(self.args),
                "buttons": [
                    [
                        {
                            "key": b.key,
                            "args": _encode_args(b.args),
                            "callback_data": b.callback_data,
                            "url": b.url,
                        }
                        for b in row
                    ]
                    for row in self.buttons
                ],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> Notice:
        data = json.loads(text)
        return cls(
            key=data["key"],
            args=_decode_args(data.get("args", {})),
            buttons=tuple(
                tuple(
                    Button(
                        key=b["key"],
                        args=_decode_args(b.get("args", {})),
                        callback_data=b.get("callback_data"),
                        url=b.get("url"),
                    )
                    for b in row
                )
                for row in data.get("buttons", [])
            ),
        )


def _encode(value: Value) -> Any:
    if isinstance(value, Money):
        return {"money": value.units, "shown": value.shown.value}
    if isinstance(value, When):
        return {"when": value.timestamp, "style": value.style}
    if isinstance(value, Msg):
        return {"msg": value.key, "args": _encode_args(value.args)}
    if isinstance(value, bool):
        raise TypeError("a bool is not a notice argument")
    return value


def _encode_args(args: Mapping[str, Value]) -> dict[str, Any]:
    return {name: _encode(value) for name, value in args.items()}


def _decode(value: Any) -> Value:
    if isinstance(value, dict):
        if "money" in value:
            return Money(int(value["money"]), Shown(value.get("shown", "exact")))
        if "when" in value:
            return When(int(value["when"]), str(value.get("style", "datetime")))
        if "msg" in value:
            return Msg(str(value["msg"]), _decode_args(value.get("args", {})))
        raise ValueError(f"not a notice argument: {value!r}")
    if value is None or isinstance(value, str | int):
        return value
    raise ValueError(f"not a notice argument: {value!r}")


def _decode_args(args: Mapping[str, Any]) -> dict[str, Value]:
    return {name: _decode(value) for name, value in args.items()}
