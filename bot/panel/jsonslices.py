"""JSON decoding that lets the event loop in while it reads a big answer.

`json.loads` is one C call: a services answer of 20,000 items (about 4 MB) holds the loop for
~60 ms, and every customer's update waits. A top-level array (or object) is read here one item
at a time with the same decoder, and the loop gets a turn every `SLICE_BYTES` of text. The
result, and the errors, are those of `json.loads(body, parse_float=Decimal)`.
"""

from __future__ import annotations

import asyncio
import json
import re
from decimal import Decimal

SLICE_BYTES = 16 * 1024  # text read between two turns of the loop (~1 ms)

_DECODER = json.JSONDecoder(parse_float=Decimal)
_SPACE = re.compile(r"[ \t\n\r]*")


def loads(body: bytes | str) -> object:
    """The plain decode, for answers small enough to read at once."""
    return json.loads(body, parse_float=Decimal)


async def loads_sliced(body: bytes, slice_bytes: int = SLICE_BYTES) -> object:
    """`loads(body)`, with the loop let in between the items of a big array or object."""
    if len(body) <= slice_bytes:
        return loads(body)
    text = body.decode(json.detect_encoding(body), "surrogatepass")
    start = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    opening = text[start : start + 1]
    if opening not in ("[", "{"):
        return loads(text)
    return await _Reader(text, start + 1, slice_bytes).container(opening)


class _Reader:
    def __init__(self, text: str, at: int, slice_bytes: int) -> None:
        self._text = text
        self._at = at
        self._slice = slice_bytes
        self._since_turn = at

    async def container(self, opening: str) -> object:
        closing = "]" if opening == "[" else "}"
        items: list[object] = []
        pairs: dict[str, object] = {}
        self._space()
        if self._peek() == closing:
            self._at += 1
        else:
            while True:
                if opening == "[":
                    items.append(self._value())
                else:
                    key = self._key()
                    self._space()
                    self._expect(":", "Expecting ':' delimiter")
                    self._space()
                    pairs[key] = self._value()
                self._space()
                if self._peek() == ",":
                    self._at += 1
                    self._space()
                    if self._at - self._since_turn >= self._slice:
                        await asyncio.sleep(0)
                        self._since_turn = self._at
                    continue
                self._expect(closing, f"Expecting ',' delimiter or '{closing}'")
                break
        end = _SPACE.match(self._text, self._at).end()  # type: ignore[union-attr]
        if end != len(self._text):
            raise json.JSONDecodeError("Extra data", self._text, end)
        return items if opening == "[" else pairs

    def _value(self) -> object:
        value, self._at = _DECODER.raw_decode(self._text, self._at)
        return value

    def _key(self) -> str:
        if self._peek() != '"':
            raise json.JSONDecodeError(
                "Expecting property name enclosed in double quotes", self._text, self._at
            )
        key = self._value()
        assert isinstance(key, str)
        return key

    def _space(self) -> None:
        self._at = _SPACE.match(self._text, self._at).end()  # type: ignore[union-attr]

    def _peek(self) -> str:
        return self._text[self._at : self._at + 1]

    def _expect(self, char: str, message: str) -> None:
        if self._peek() != char:
            raise json.JSONDecodeError(message, self._text, self._at)
        self._at += 1
