"""Receipts seen before: one transfer sent as two receipts (the same screenshot, the same
reference typed again, by the same customer or another) is pointed out on every admin's copy
and in the question before it is approved.

Receipts sent earlier count, and a later one once it is approved: the first of two alike is
the one an admin may approve without a warning, until the second is approved (then the first
would be the same transfer credited twice). Of several, an approved receipt is named first
(the money that may be given twice), else the latest. The state named is the other receipt's
state at the moment the copy or the question is written. A reference is compared only when it
could tell one transfer from another (`distinctive`): "paid" under two screenshots is not.
"""

from __future__ import annotations

from bot.db.repositories import Repos
from bot.db.repositories.topups import Topup
from bot.domain.notices import Msg
from bot.domain.text import esc
from bot.payments.receipts import distinctive

_STATES = frozenset({"pending", "paid", "rejected"})  # the states a receipt goes through


async def seen_before(repos: Repos, topup: Topup) -> Msg | None:
    """The warning for a receipt like another ("the same file as receipt #12 of …,
    approved"), or None."""
    same_file = same_text = None
    if topup.receipt_file_unique:
        same_file = await repos.topups.like_file(topup.id, topup.receipt_file_unique)
    if topup.receipt_reference and distinctive(topup.receipt_reference):
        same_text = await repos.topups.like_reference(topup.id, topup.receipt_reference)
    if same_file is not None and same_text is not None and same_file.id == same_text.id:
        both = await _earlier(repos, "admin-receipt-seen-both", same_file)
        return Msg("admin-receipt-seen", {"file": both, "text": ""})
    if same_file is None and same_text is None:
        return None
    file_line = (
        "" if same_file is None else await _earlier(repos, "admin-receipt-seen-file", same_file)
    )
    text_line = (
        "" if same_text is None else await _earlier(repos, "admin-receipt-seen-text", same_text)
    )
    return Msg("admin-receipt-seen", {"file": file_line, "text": text_line})


async def _earlier(repos: Repos, key: str, earlier: Topup) -> Msg:
    """One line of the warning: which receipt, whose, in which state."""
    user = await repos.users.get(earlier.user_id)
    name = "" if user is None else user.full_name
    state: Msg | str = earlier.state
    if earlier.state in _STATES:
        state = Msg(f"admin-receipt-state-{earlier.state}")
    return Msg(
        key,
        {
            "id": earlier.id,
            "name": esc(name or "—", 40),
            "user_id": earlier.user_id,
            "state": state,
        },
    )
