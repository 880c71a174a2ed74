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


def order_step(name: str) -> str:
    """The conversation state of the order form's step `name` ("OrderFlow:link"): one per
    step of any service type (bot/domain/service_types.py), declared or not above."""
    return f"{OrderFlow.__full_group_name__}:{name}"


class PromoFlow(StatesGroup):
    code = State()  # the Wallet's Promo code button: waiting for the code
