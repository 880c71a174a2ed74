from aiogram.fsm.state import State, StatesGroup


class OrderFlow(StatesGroup):
    link = State()
    quantity = State()
    comments = State()
    username = State()
    answer = State()
    runs = State()
    interval = State()
    confirm = State()


class SearchFlow(StatesGroup):
    query = State()


class TopupFlow(StatesGroup):
    amount = State()  # the method is chosen; an amount is typed or picked
    receipt = State()  # a transfer: waiting for the receipt


class SupportFlow(StatesGroup):
    message = State()  # a customer writes to the shop: text, a photo or a document


class SupportReplyFlow(StatesGroup):
    answer = State()  # an admin's next message is the shop's answer in a conversation


# A customer's conversation data: the message of a search that found nothing, kept for its
# "Send this to support" button (never in the button: callback data holds 64 bytes).
SUPPORT_KEPT = "support_kept"


def order_step(name: str) -> str:
    """The conversation state of the order form's step `name` ("OrderFlow:link"): one per
    step of any service type (bot/domain/service_types.py), declared or not above."""
    return f"{OrderFlow.__full_group_name__}:{name}"


class PromoFlow(StatesGroup):
    code = State()  # the Wallet's Promo code button: waiting for the code


class AdminTextFlow(StatesGroup):
    text = State()  # an admin's next message is a service's name or description (issue 23)
