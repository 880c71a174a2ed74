"""Every user-facing string, in English (the source language).

Templates take already-escaped values where they say `_html`; everything else that came from a
user or from the panel is escaped by the caller with `html.escape` before it reaches a template.
"""

from __future__ import annotations

# -- menu -------------------------------------------------------------------------------------
BTN_NEW_ORDER = "🛒 New order"
BTN_SEARCH = "🔎 Search"
BTN_MY_ORDERS = "📦 My orders"
BTN_BALANCE = "💰 Wallet"
BTN_HELP = "❓ Help"
BTN_HOME = "🏠 Main menu"
BTN_BACK = "⬅️ Back"
BTN_PREV = "◀️"
BTN_NEXT = "▶️"
BTN_CANCEL = "✖️ Cancel"

GREETING = (
    "👋 Hello, <b>{name}</b>!\n\n"
    "Here you can order followers, likes, views and more for your social media pages.\n"
    "Pick what you need below."
)
MAIN_MENU = "🏠 <b>Main menu</b>\nWhat would you like to do?"
HELP = (
    "<b>How it works</b>\n"
    "1. Top up your balance: 💰 Wallet → Add funds.\n"
    "2. 🛒 New order: pick a category and a service, send the link, then the quantity.\n"
    "3. Check the price and confirm. The amount is taken from your balance.\n"
    "4. Follow your orders in 📦 My orders; you get a message when their status changes.\n\n"
    "<b>Commands</b>\n"
    "/start: main menu\n"
    "/orders: your orders\n"
    "/balance or /wallet: your balance, top-ups and history\n"
    "/cancel: leave what you are doing\n"
    "/help: this message"
)
CANCELLED = "Cancelled. Nothing was ordered."
NOTHING_TO_CANCEL = "There is nothing to cancel."
BANNED = "This shop is closed to you."
UNKNOWN_INPUT = "I did not understand that. Use the buttons, or /start for the main menu."
BUTTON_EXPIRED = "This button is no longer valid."
UNKNOWN_COMMAND = "🏠 <b>Main menu</b>\nI do not know that command. What would you like to do?"

COMMANDS = {
    "start": "Main menu",
    "orders": "My orders",
    "balance": "My balance",
    "cancel": "Leave the current step",
    "help": "How it works",
}

# -- wallet -----------------------------------------------------------------------------------
BALANCE = "💰 <b>Wallet</b>\n\nYour balance: <b>{amount}</b>"

# -- wallet notices ---------------------------------------------------------------------------
WALLET_CREDITED_NOTICE = "💰 Your balance was topped up by <b>{amount}</b>. Balance: {balance}."

# -- admin alerts -----------------------------------------------------------------------------
ADMIN_PANEL_REFUSES = (
    "⚠️ <b>The panel refuses orders</b> (funds or API key):\n<code>{error}</code>\n"
    "Customers see 'temporarily unavailable' and are refunded."
)
ADMIN_PLACED_AFTER_RESOLUTION = (
    "⚠️ Order #{order_id} was placed as panel order <code>{panel_id}</code> after it had "
    "been resolved. Check it on the panel (/order {order_id})."
)
ADMIN_ORDER_UNKNOWN = (
    "⚠️ <b>Order #{order_id}: outcome unknown</b>\n"
    "The panel did not answer clearly; the customer's funds are held.\n"
    "Customer: <code>{user_id}</code>\nService: {service_id} {service}\nLink: {link}\n"
    "Quantity: {quantity}\nPaid: {price}\nReason: {reason}\n"
    "Check the panel, then resolve it with /review."
)

# -- catalogue --------------------------------------------------------------------------------
CATEGORIES = "🛒 <b>Choose a category</b>"
CATEGORIES_EMPTY = "The catalogue is empty right now. Please try again in a few minutes."
CATEGORY_GONE = "This category is no longer available."
SERVICE_GONE = "This service is no longer available. Please choose another one."
SERVICES_HEADER = "📂 <b>{category}</b>"
PAGE = "Page {page} of {pages}"
SERVICES_HINT = "💵 Prices per 1000 (📦 per package). Tap a service for details."
CATEGORY_BUTTON = "{name} ({count})"
SERVICE_BUTTON = "{name} · {price}"
PRICE_PACKAGE_SHORT = "📦 {price}"
BTN_FIRST_PAGE = "⏮ 1"
SERVICE_CARD = (
    "<b>{name}</b>\n📂 {category}\n\n{description}"
    "💵 Price: <b>{price}</b> {unit}\n"
    "📏 Order from {low} to {high}\n"
    "♻️ Refill: {refill}\n"
    "✖️ Cancel: {cancel}"
)
SERVICE_CARD_DRIPFEED = "\n💧 Drip-feed: available"
YES = "yes"
NO = "no"
PER_1000 = "per 1000"
PER_PACKAGE = "per package"
BTN_ORDER = "🛒 Order"
SEARCH_PROMPT = "🔎 Type a few words to search for (for example: <i>instagram likes</i>)."
SEARCH_RESULTS = "🔎 Results for <b>{query}</b>: {count} found.\n\n" + SERVICES_HINT
SEARCH_NOTHING = "🔎 Nothing found for <b>{query}</b>. Try other words, or browse the categories."
SEARCH_TOO_SHORT = "Type at least two letters to search."

# -- order flow -------------------------------------------------------------------------------
ASK_LINK = "🔗 <b>{service}</b>\n\nSend the link (for example https://instagram.com/yourpage)."
ASK_QUANTITY = (
    "🔢 How many?\n💵 Price: <b>{rate}</b> per 1000\n"
    "Send a number from <b>{low}</b> to <b>{high}</b>, or tap one below."
)
ASK_QUANTITY_PER_RUN = "\n💧 With drip-feed (next step) this is the quantity <b>per run</b>."
SO_FAR = "\n\n🧾 So far: {quantity} × {rate} per 1000 = <b>{total}</b>"
SO_FAR_PACKAGE = "\n\n🧾 So far: 1 package = <b>{total}</b>"
SUMMARY_RATE = "Price: {rate} per 1000\n"
SUMMARY_RATE_PACKAGE = "Price: {rate} per package\n"
LIMITS_CHANGED = (
    "ℹ️ This service's limits changed while you were ordering: now from <b>{low}</b> to "
    "<b>{high}</b> (before: {was_low} to {was_high})."
)
LIMITS_CHANGED_FITS = " Your order still fits."
LIMITS_CHANGED_REDO = " Please enter it again; the rest of your order is kept."
BTN_EDIT_FIELD = "✏️ {field}"
FIELD_NAMES = {
    "link": "Link",
    "quantity": "Quantity",
    "comments": "Comments",
    "username": "Author",
    "answer": "Poll answer",
    "runs": "Drip-feed",
}
ASK_COMMENTS = (
    "💬 Send the comments, <b>one per line</b>: from {low} to {high} lines.\n"
    "Each line becomes one comment."
)
ASK_USERNAME = "👤 Send the username of the comment's author (like @username)."
ASK_ANSWER = "🗳 Send the number of the poll answer to vote for (1 for the first answer)."
ASK_RUNS = (
    "💧 Drip-feed: deliver in several runs?\n"
    "Each run delivers <b>{quantity}</b> (the quantity you chose is per run).\n"
    "Send the number of runs (from 2 to {high}), or tap Skip to deliver at once."
)
ASK_INTERVAL = (
    "💧 {runs} runs × {quantity} = <b>{total}</b> in all.\n"
    "⏱ Send the interval between runs, in minutes (from 1 to 10080)."
)
BTN_SKIP = "⏭ Skip"
BTN_CONFIRM = "✅ Confirm"
BTN_EDIT = "✏️ Edit"
SUMMARY = (
    "🧾 <b>Check your order</b>\n\n"
    "Service: {service}\n"
    "Link: {link}\n"
    "{details}"
    "\nTotal: <b>{total}</b>\n"
    "Balance: {balance} → {after}"
)
SUMMARY_QUANTITY = "Quantity: {quantity}\n"
SUMMARY_DRIPFEED = "Drip-feed: {runs} runs × {quantity}, every {interval} min\n"
SUMMARY_COMMENTS = "Comments ({count}):\n<blockquote>{comments}</blockquote>\n"
SUMMARY_USERNAME = "Comment author: @{username}\n"
SUMMARY_ANSWER = "Poll answer: {answer}\n"
SUMMARY_PACKAGE = "Package: 1\n"
SUMMARY_MISSING = "\n\n❗ Not enough balance: <b>{missing}</b> missing. Top up, then come back."
PRICE_CHANGED = "ℹ️ The price has changed since you saw it. Please check the new total."
PLACING = "⏳ Placing your order…"
PLACING_QUEUED = "⏳ The panel is busy: your order is queued and will be placed in a moment…"
PLACED = "✅ <b>Order placed!</b>\n\n{card}"
ALREADY_PLACED = "This order was already placed.\n\n{card}"
ORDER_REFUSED = (
    "❌ The order was not accepted: {reason}\nYour balance was refunded in full. You can try again."
)
ORDER_UNAVAILABLE = (
    "❌ Ordering is temporarily unavailable. Your balance was refunded in full.\n"
    "Please try again later."
)
ORDER_UNKNOWN = (
    "⏳ Your order #{order_id} is being checked: the provider did not confirm it in time.\n"
    "The amount is held, not lost: you will get a message when it is confirmed, "
    "or your balance will be refunded."
)
DRAFT_EXPIRED = "This order form has expired. Please start again."

# -- orders -----------------------------------------------------------------------------------
STATE_NAMES = {
    "submitting": "Placing",
    "pending": "Pending",
    "in_progress": "In progress",
    "processing": "Processing",
    "completed": "Completed",
    "partial": "Partial",
    "canceled": "Canceled",
    "unknown": "Being checked",
    "failed": "Not placed",
}
STATE_ICONS = {
    "submitting": "⏳",
    "pending": "⏳",
    "in_progress": "🔄",
    "processing": "🔄",
    "completed": "✅",
    "partial": "🌓",
    "canceled": "❌",
    "unknown": "❔",
    "failed": "⛔",
}
ORDER_CARD = (
    "📦 <b>Order #{id}</b>: {icon} {status}\n"
    "{service}\n"
    "Link: {link}\n"
    "{details}"
    "Paid: {price}{refunded}\n"
    "{progress}"
    "Created: {created}\n"
    "{panel}"
)
ORDER_REFUNDED = " (refunded {amount})"
ORDER_PROGRESS = "Start count: {start} · Remains: {remains}\n"
ORDER_PANEL_ID = "Provider order: {panel_id}\n"
ORDER_CANCEL_REQUESTED = "Cancel requested\n"
USE_BUTTONS_AT_SUMMARY = "Please use the buttons under the summary: Confirm, Edit or Cancel."
BTN_REFRESH = "🔄 Refresh"
BTN_REFILL = "♻️ Refill"
BTN_CANCEL_ORDER = "✖️ Cancel order"
BTN_ORDER_AGAIN = "🔁 Order again"
BTN_ORDERS = "📦 My orders"

# -- sandbox ----------------------------------------------------------------------------------
SANDBOX_BANNER = "🧪 <b>SANDBOX</b>: test shop, nothing is real.\n\n"

# -- order tracking ---------------------------------------------------------------------------
BTN_OPEN_ORDER = "📦 Open order #{id}"
NOTE_STARTED = "🔄 Order #{id} has started.\n{service}\n🔗 {link}\nStart count: {start}"
NOTE_COMPLETED = "✅ Order #{id} is completed.\n{service}\n🔗 {link}"
NOTE_PARTIAL = (
    "🌓 Order #{id} is partially completed: {delivered} of {quantity} delivered.\n{service}\n"
    "🔗 {link}\n{refund}"
)
NOTE_CANCELED = "❌ Order #{id} was canceled.\n{service}\n🔗 {link}\n{refund}"
NOTE_REFUNDED = "Refunded to your balance: <b>{refund}</b>. Balance: {balance}."
NOTE_NOTHING_REFUNDED = (
    "Nothing was refunded: the undelivered part is worth less than {smallest}. Balance: {balance}."
)
NOTE_REFILL = "♻️ Refill of order #{id}: <b>{status}</b>."
REFILL_STATE_NAMES = {
    "pending": "requested",
    "in_progress": "in progress",
    "completed": "completed",
    "rejected": "rejected",
    "failed": "failed",
}
ADMIN_UNKNOWN_STATUS = (
    "⚠️ The panel sent an unknown order status <code>{status}</code> (order #{id}).\n"
    "Orders with it stay tracked as running. Tell the developers if it should mean something."
)
ADMIN_ODD_STATUS_FIELDS = (
    "⚠️ The panel sent a value that cannot be right for order #{id} ({fields}); it is treated "
    "as missing and the order stays tracked. Check it on the panel (/order {id})."
)
ADMIN_PARTIAL_WITHOUT_REMAINS = (
    "⚠️ The panel says order #{id} is Partial but not how much remains, so its refund cannot "
    "be computed. It stays tracked; check it on the panel (/order {id})."
)
ADMIN_ORDER_ID_REFUSED = (
    "⚠️ The panel does not know order #{id} any more: <code>{error}</code>. It stays tracked; "
    "check it on the panel (/order {id})."
)
MY_ORDERS = "📦 <b>My orders</b>"
MY_ORDERS_EMPTY = "You have no orders yet."
ORDER_NOT_FOUND = "This order is not yours, or does not exist."
REFILL_REQUESTED = (
    "♻️ Refill requested (refill id {refill_id}). You will get a message when it is done."
)
REFILL_NOT_APPLICABLE = "A refill is not possible for this order."
REFILL_ALREADY = "A refill of this order is already in progress."
REFILL_REFUSED = "The provider refused the refill: {reason}"
CANCEL_REQUESTED = (
    "✖️ Cancel requested. If the provider cancels the order, "
    "the undelivered part is refunded to your balance."
)
CANCEL_NOT_APPLICABLE = "This order cannot be canceled."
CANCEL_ALREADY = "A cancel of this order was already requested."
CANCEL_REFUSED = "The provider refused to cancel: {reason}"
PANEL_BUSY = "The provider is not reachable right now. Please try again in a few minutes."
REFRESHED = "Updated."
SLOW_DOWN = "⏳ That was a lot at once. Please slow down and try again in a moment."

# -- wallet: top-ups and history (issue 9) ----------------------------------------------------
BTN_ADD_FUNDS = "➕ Add funds"
BTN_HISTORY = "📜 History"
BTN_SUPPORT = "💬 Contact support"
BTN_WALLET = "💰 Wallet"
BTN_BACK_TO_ORDER = "🧾 Back to my order"
HISTORY = "📜 <b>History</b>, newest first\n\n{lines}"
HISTORY_EMPTY = "📜 <b>History</b>\n\nNo movements yet."
HISTORY_LINE = "{when} · <b>{amount}</b>\n{reason}"
REASON_TOPUP = {
    "stars": "Top-up by Telegram Stars ({reference})",
    "cryptobot": "Top-up by Crypto Bot (invoice {reference})",
    "manual": "Top-up by transfer (receipt #{reference})",
}
REASON_TOPUP_PLAIN = "Top-up"
REASON_STARS_REFUND = "Stars payment refunded ({reference})"
REASON_STARS_REFUND_GIVEN_BACK = "Stars refund failed, given back ({reference})"
NOTE_STARS_REFUND_GIVEN_BACK = "Stars refund failed: given back"
REASON_ORDER = "Order #{id}"
REASON_REFUND = "Refund for order #{id}"
REASON_ADMIN_CREDIT = "Credit by the shop"
REASON_ADMIN_DEBIT = "Debit by the shop"
REASON_NOTE = ": {note}"
METHOD_NAMES = {
    "stars": "⭐ Telegram Stars",
    "cryptobot": "🪙 Crypto Bot",
    "manual": "🏦 Transfer with a receipt",
}
TOPUP_METHODS = "➕ <b>Add funds</b>\n\nYour balance: {balance}\nChoose how to pay:"
TOPUP_NO_METHODS = (
    "➕ <b>Add funds</b>\n\nPaying in the bot is not set up yet. "
    "Please contact support to top up your balance."
)
TOPUP_NO_METHODS_NO_SUPPORT = (
    "➕ <b>Add funds</b>\n\nPaying in the bot is not set up yet. "
    "Please contact the shop's admin to top up your balance."
)
TOPUP_AMOUNT = (
    "{method}\n\nChoose an amount, or type one from <b>{low}</b> to <b>{high}</b> ({currency})."
)
TOPUP_AMOUNT_STARS = "\n⭐ {rate} Stars for 1 {currency}."
AMOUNT_NOT_A_NUMBER = "⚠️ Send the amount as a number, like 10 or 12.50."
AMOUNT_TOO_SMALL = "⚠️ The smallest top-up is {low}."
AMOUNT_TOO_BIG = "⚠️ The largest top-up is {high}."
AMOUNT_TOO_PRECISE = "⚠️ Use at most {decimals} decimal places."
AMOUNT_NO_DECIMALS = "⚠️ Send a whole number."
TOPUP_EXPIRED = "This top-up has expired. Please start again from 💰 Wallet."
STARS_INVOICE_TITLE = "Balance top-up"
STARS_INVOICE_DESCRIPTION = "{amount} added to your balance in the shop."
STARS_INVOICE_SENT = (
    "⭐ Pay <b>{stars} Stars</b> with the invoice below to add <b>{amount}</b> to your balance."
)
STARS_REFUSED_UNKNOWN = "This invoice is not valid. Please open 💰 Wallet and start again."
STARS_REFUSED_USED = "This invoice was already paid."
STARS_REFUSED_EXPIRED = "This invoice has expired. Please start again from 💰 Wallet."
STARS_REFUSED_CLOSED = "The shop is closed to you."
STARS_RECEIPT = (
    "✅ <b>Payment received</b>: {stars} Stars.\n"
    "<b>{amount}</b> added to your balance. Balance: {balance}.\nReference: <code>{charge}</code>"
)
STARS_NOT_CREDITED = (
    "⚠️ Your payment was received but could not be matched to a top-up. "
    "The shop's admins were told and will sort it out."
)
CRYPTO_INVOICE = (
    "🪙 <b>Crypto Bot invoice</b>\n\nAmount: <b>{amount}</b>, payable in {assets}.\n"
    "Tap Pay, pay in Crypto Bot, and your balance is topped up within a few seconds of the "
    "payment. The invoice is valid for {minutes} minutes."
)
BTN_PAY = "💳 Pay {amount}"
CRYPTO_UNAVAILABLE = "⚠️ Crypto Bot is not reachable right now. Please try again in a few minutes."
TOO_MANY_PENDING = "⚠️ You already have {count} top-ups waiting. Please wait until they are settled."
TRANSFER_INSTRUCTIONS = (
    "🏦 <b>Transfer {amount}</b>\n\n{instructions}\n\n"
    "Then send the receipt here: a photo, a document, or the transfer's reference as text."
)
RECEIPT_EXPECTED = "Send the receipt as a photo, a document, or the transfer's reference as text."
RECEIPT_TOO_LONG = "⚠️ The reference is too long: at most {limit} characters."
RECEIPT_SENT = (
    "📨 Receipt #{id} for <b>{amount}</b> was sent to the shop. "
    "You will get a message once it is checked."
)
TOPUP_CREDITED_NOTICE = "✅ <b>{amount}</b> added to your balance ({method}). Balance: {balance}."
TOPUP_REJECTED_NOTICE = "❌ Your receipt #{id} for {amount} was not accepted.{reason}"
TOPUP_REJECTED_REASON = "\nReason: {reason}"
CRYPTO_EXPIRED_NOTICE = (
    "⌛ Your Crypto Bot invoice for {amount} expired unpaid. Nothing was charged; "
    "start a new top-up from 💰 Wallet if you still want to pay."
)
RESUME_GONE = "Your order form has expired. Please start the order again."

# -- customer experience (issue 10) -----------------------------------------------------------
CANCEL_CONFIRM = (
    "✖️ <b>Cancel order #{id}?</b>\n{service}\n🔗 {link}\n\n"
    "The provider is asked to stop it. What was not delivered is refunded to your balance: "
    "up to <b>{amount}</b> (all of it if nothing was delivered yet).\n"
    "The refund comes once the provider confirms the cancel, usually within minutes; "
    "you get a message then. The provider may also refuse."
)
BTN_CANCEL_YES = "✖️ Yes, cancel it"
BTN_CANCEL_KEEP = "↩️ No, keep it"
MY_ORDERS_LINE = "{icon} {status} · <b>#{id}</b> {service}\n    {quantity} · {price} · {date}"
MY_ORDERS_TAP = "Tap a number to open the order."
MY_ORDERS_EMPTY_OFFER = "📦 You have no orders yet. Start one with 🛒 New order."
NO_CHANGE_SINCE = "No change since {time}"
BANNED_SHORT = "This shop is closed to you."
KB_NEW_ORDER = "🛒 New order"
KB_MY_ORDERS = "📦 My orders"
KB_WALLET = "💰 Wallet"
KB_SUPPORT = "💬 Support"
KB_ADMIN = "🛠 Admin"
KB_PLACEHOLDER = "Choose below, or type to search"
KEYBOARD_READY = "The buttons under the typing field stay there: tap them from any step."
SUPPORT = "💬 <b>Support</b>\n\nQuestions about an order or a payment? Write to us: {contact}"
SUPPORT_NONE = "💬 <b>Support</b>\n\nWrite your question to the shop's admin; see /help."
