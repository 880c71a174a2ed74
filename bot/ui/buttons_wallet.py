"""The wallet's buttons as data: a label's message key and the packed callback data, no words.

Services put them under the notices they store (services never import keyboards); the wallet
keyboards render the same rows with the reader's Translator.
"""

from __future__ import annotations

from bot.domain.notices import Button
from bot.ui.keyboards.callbacks import MenuCb, ReceiptAgainCb, ResumeOrderCb, TopupDecisionCb

Rows = tuple[tuple[Button, ...], ...]

HOME = Button("btn-home", callback_data=MenuCb(to="home").pack())
WALLET = Button("btn-wallet", callback_data=MenuCb(to="balance").pack())
BACK_TO_ORDER = Button("btn-back-to-order", callback_data=ResumeOrderCb().pack())


def after_topup(resume: bool) -> Rows:
    """Under a credit notice: straight back to the order that lacked funds, if there is one."""
    rows: Rows = ((WALLET, HOME),)
    return ((BACK_TO_ORDER,), *rows) if resume else rows


def receipt_decision(topup_id: int) -> Rows:
    """Approve / Reject under an admin's copy of a receipt."""
    approve = TopupDecisionCb(act="ok", id=topup_id).pack()
    reject = TopupDecisionCb(act="no", id=topup_id).pack()
    return (
        (
            Button("admin-btn-approve", callback_data=approve),
            Button("admin-btn-reject", callback_data=reject),
        ),
    )


def receipt_again(topup_id: int) -> Rows:
    """Under a rejected receipt's notice: send another receipt for the same top-up."""
    again = Button("btn-receipt-again", callback_data=ReceiptAgainCb(id=topup_id).pack())
    return ((again,), (WALLET, HOME))
