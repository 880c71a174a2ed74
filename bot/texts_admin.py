"""Every admin-facing string (and the customer notices admin actions cause), in English.

Values that came from a user or from the panel are escaped by the caller before they reach a
template; `<`, `>` in usage lines are written as entities because these texts are HTML.
"""

from __future__ import annotations

HELP = (
    "🛠 <b>Admin commands</b>\n"
    "/stats: customers, orders, revenue, panel cost and margin\n"
    "/panel: panel balance, catalogue, last status sync\n"
    "/user &lt;id or @username&gt;: a customer's balance, orders, state\n"
    "/credit &lt;user_id&gt; &lt;amount&gt; [note]: add money to a wallet\n"
    "/debit &lt;user_id&gt; &lt;amount&gt; [note]: take money (never below zero)\n"
    "/ban &lt;user_id&gt;, /unban &lt;user_id&gt;: close or reopen the shop to someone\n"
    "/order &lt;id&gt;: everything about an order\n"
    "/review: orders whose outcome is unknown\n"
    "/placed &lt;order_id&gt; &lt;panel_order_id&gt;: an order under review was placed\n"
    "/markup [&lt;percent&gt; [category|service &lt;id&gt;]]: show or set markups\n"
    "/markup reset [category|service &lt;id&gt;]: clear a markup override\n"
    "/hide, /show service|category &lt;id&gt;: hide from or show to customers\n"
    "/sync: refresh the catalogue now\n"
    "/broadcast &lt;text&gt; (or in reply to a message): message every customer\n"
    "/export: CSV files of orders and of the ledger"
)

# What is wrong with an admin command's arguments, said before its usage line.
PROBLEM = "❌ {problem}\n\n{usage}"
PROBLEM_MISSING_USER = "The user id is missing."
PROBLEM_USER_ID = "The user id must be a whole number, not <code>{value}</code>."
PROBLEM_MISSING_AMOUNT = "The amount is missing."
PROBLEM_AMOUNT_NOT_NUMBER = "The amount must be a number like 10.50, not <code>{value}</code>."
PROBLEM_AMOUNT_NOT_POSITIVE = "The amount must be positive."
PROBLEM_AMOUNT_DECIMALS = "The amount has more than 5 decimals."
PROBLEM_MISSING_ID = "An id is missing."
PROBLEM_TOO_MANY = "There are more arguments than the command takes."
PROBLEM_ID = "An id must be a whole number, not <code>{value}</code>."
BTN_OPEN_ORDER = "📂 Open #{id}"
PROBLEM_USER_REF = "Name the customer by id (digits) or @username."
PROBLEM_PERCENT = "The percent must be a number from 0 to 10000 with at most 2 decimals."
PROBLEM_TARGET = "Name what it is for as category &lt;id&gt; or service &lt;id&gt;."
PROBLEM_PANEL_ID_ZERO = "The panel order id must not be 0."

NO_ARGUMENTS = "❌ /{command} takes no arguments.\n\nUsage: /{command}. /admin lists the commands."

NEVER = "never"
DASH = "—"
JUST_NOW = "just now"
MINUTES_AGO = "{n} min ago"
HOURS_AGO = "{n} h ago"
DAYS_AGO = "{n} d ago"

# -- /stats ----------------------------------------------------------------------------------
STATS = (
    "📊 <b>Statistics</b>\n\n"
    "👥 Customers: {customers} · active in 7 days: {active} · blocked the bot: {blocked}\n\n"
    "🧾 <b>Orders</b>\n"
    "Today: {today}\n"
    "7 days: {week}\n"
    "All: {all}\n\n"
    "💵 Revenue (paid by customers, less refunds): {revenue}\n"
    "🏭 Panel cost: {cost}\n"
    "📈 Margin: {margin}\n\n"
    "🔄 Open orders: {open}\n"
    "❔ Awaiting review: {review}"
)
STATS_WINDOW = "{total} ({parts})"
STATS_PART = "{state} {count}"

# -- /panel ----------------------------------------------------------------------------------
PANEL = (
    "🏭 <b>Panel</b>\n"
    "Balance: {balance}\n"
    "Catalogue: {services} services in {categories} categories, refreshed {refreshed}\n"
    "Last status sync: {sync}"
)
PANEL_BALANCE = "<b>{amount} {currency}</b>"
PANEL_BALANCE_LOW = " ⚠️ below {threshold} {currency}"
PANEL_UNREACHABLE = "unavailable ({error})"
WHEN_AGO = "{when} ({ago})"
SYNC_RESULT = "{when}: {result}"

# -- /user -----------------------------------------------------------------------------------
USER_USAGE = "Usage: /user &lt;user_id or @username&gt;\nExample: /user 123456789"
USER_NOT_FOUND = "No customer {query} is known to the shop."
USER_CARD = (
    "👤 <b>{name}</b>{username}\n"
    "ID: <code>{id}</code>\n"
    "Balance: <b>{balance}</b>\n"
    "State: {state}\n"
    "Joined: {joined} · last seen: {seen}\n"
    "Orders: {orders}"
)
USER_STATE_ACTIVE = "✅ active"
USER_STATE_BANNED = "🚫 banned"
USER_STATE_BLOCKED = "📵 blocked the bot"
USER_LAST_ORDERS = "\n\n<b>Last orders</b>\n{lines}"
USER_ORDER_LINE = "#{id} {icon} {state} · {service} · {price} · {when}"
USER_LAST_MOVES = "\n\n<b>Last wallet movements</b>\n{lines}"
LEDGER_LINE = "{when} · {kind} {amount}{order}{admin}{note}"
LEDGER_ORDER = " · order #{id}"
LEDGER_ADMIN = " · by admin {id}"
LEDGER_NOTE = " · {note}"
LEDGER_KINDS = {
    "topup": "top-up",
    "order": "order",
    "refund": "refund",
    "admin_credit": "credit",
    "admin_debit": "debit",
}
BTN_CREDIT = "➕ Credit"
BTN_DEBIT = "➖ Debit"
BTN_BAN = "🚫 Ban"
BTN_UNBAN = "✅ Unban"
ASK_CREDIT = (
    "➕ Send the amount to credit to <code>{user_id}</code>, optionally followed by a note "
    "(for example <code>10.50 paid by card</code>), or /cancel."
)
ASK_DEBIT = (
    "➖ Send the amount to debit from <code>{user_id}</code>, optionally followed by a note "
    "(for example <code>5 correction</code>), or /cancel."
)
AMOUNT_USAGE = (
    "Send an amount such as <code>10.50</code>, optionally followed by a note, or /cancel."
)

# -- /credit, /debit -------------------------------------------------------------------------
CREDIT_USAGE = (
    "Usage: /credit &lt;user_id&gt; &lt;amount&gt; [note]\nExample: /credit 123456789 10.50"
)
DEBIT_USAGE = "Usage: /debit &lt;user_id&gt; &lt;amount&gt; [note]\nExample: /debit 123456789 5"
CREDITED = "✅ Credited {amount} to user <code>{user_id}</code>. Balance now: {balance}."
DEBITED = "✅ Debited {amount} from user <code>{user_id}</code>. Balance now: {balance}."
DEBIT_REFUSED = "❌ Not done: that would take the wallet of <code>{user_id}</code> below zero."

# -- /ban, /unban ----------------------------------------------------------------------------
BAN_USAGE = "Usage: /ban &lt;user_id&gt;\nExample: /ban 123456789"
UNBAN_USAGE = "Usage: /unban &lt;user_id&gt;\nExample: /unban 123456789"
BANNED = (
    "🚫 User <code>{user_id}</code> is banned: the shop is closed to them. "
    "Their open orders are still tracked and refunded."
)
UNBANNED = "✅ User <code>{user_id}</code> is no longer banned."
BAN_ADMIN = "❌ Admins cannot be banned."
NO_SUCH_USER = "❌ No user <code>{user_id}</code> is known to the shop."

# -- /order ----------------------------------------------------------------------------------
ORDER_USAGE = "Usage: /order &lt;order_id&gt;\nExample: /order 42"
ORDER_NOT_FOUND = "❌ There is no order #{order_id}."
ORDER_CARD = (
    "📦 <b>Order #{id}</b>: {icon} {state}{status_raw}\n"
    "Customer: <code>{user_id}</code>\n"
    "Service: {service_id} · {service} ({type})\n"
    "Link: {link}\n"
    "{details}"
    "Paid: {price}{refunded}\n"
    "Panel order: {panel_order_id}\n"
    "Panel charge: {charge}\n"
    "{progress}"
    "{cancel}"
    "{error}"
    "Created: {created} · updated: {updated}"
)
ORDER_STATUS_RAW = " (panel: {status})"
ORDER_REFUNDED = " · refunded {amount}"
ORDER_PROGRESS = "Start count: {start} · remains: {remains}\n"
ORDER_CANCEL_REQUESTED = "Cancel requested\n"
ORDER_ERROR = "Error: <code>{error}</code>\n"
ORDER_CHARGE = "{amount} {currency}"
ORDER_REFILLS = "\n\n<b>Refills</b>\n{lines}"
REFILL_LINE = "#{id} · panel refill {panel_id} · {state} · {when}"
ORDER_LEDGER = "\n\n<b>Ledger</b>\n{lines}"
ORDER_REVIEW_HINT = (
    "\n\n❔ Outcome unknown. If the panel has it: /placed {id} &lt;panel_order_id&gt;. "
    "Otherwise refund it."
)

# -- /review, /placed ------------------------------------------------------------------------
REVIEW_EMPTY = "✅ No orders await review."
REVIEW_HEADER = "❔ <b>Orders whose outcome is unknown</b> ({total})\n"
REVIEW_MORE = "\n…and {more} more: resolve these first."
REVIEW_ITEM = (
    "\n<b>#{id}</b> · {when} · customer <code>{user_id}</code>\n"
    "{service_id} · {service}\nLink: {link} · quantity {quantity} · paid {price}\n"
    "<i>{reason}</i>\n"
)
REVIEW_FOOTER = (
    "\nCheck each one on the panel. Placed there: /placed &lt;order_id&gt; "
    "&lt;panel_order_id&gt;. Not there: tap Refund."
)
BTN_REFUND = "↩️ Refund #{id}"
BTN_REFUND_SURE = "↩️ Yes, refund #{id}"
BTN_BACK = "⬅️ Back"
REFUND_CONFIRM = (
    "↩️ Refund order #{id}? {price} goes back to the wallet of <code>{user_id}</code> and the "
    "order is closed as not placed.\n\nOnly do this if the panel has no such order."
)
PLACED_USAGE = "Usage: /placed &lt;order_id&gt; &lt;panel_order_id&gt;\nExample: /placed 42 1234567"
RESOLVED_PLACED = (
    "✅ Order #{id} is placed as panel order {panel_order_id}; the status sync tracks it now."
)
RESOLVED_REFUNDED = "↩️ Order #{id} is refunded: {price} back to <code>{user_id}</code>."
RESOLVE_ALREADY = "ℹ️ Order #{id} is not under review any more (now: {state}); nothing done."
RESOLVE_NOT_FOUND = "❌ There is no order #{id}."
RESOLVE_PANEL_ID_TAKEN = (
    "❌ Panel order {panel_order_id} already belongs to order #{other}; nothing done."
)

# Customer notices of a resolution (sent through the outbox).
CUSTOMER_ORDER_CONFIRMED = (
    "✅ Your order #{id} is confirmed and placed. You will get a message when its status changes."
)
CUSTOMER_ORDER_REFUNDED = (
    "↩️ Your order #{id} could not be placed. {amount} was refunded to your balance."
)

# -- /markup ---------------------------------------------------------------------------------
MARKUP_USAGE = (
    "Usage:\n"
    "/markup: show the markups\n"
    "/markup &lt;percent&gt;: the global markup\n"
    "/markup &lt;percent&gt; category &lt;id&gt; or service &lt;id&gt;: an override\n"
    "/markup reset [category|service &lt;id&gt;]: clear one\n"
    "Example: /markup 30 category 5"
)
MARKUP_SHOW = (
    "💹 <b>Markups</b> (service beats category beats global)\n"
    "Global: <b>{global_percent}%</b>{source}"
)
MARKUP_SOURCE_SETTING = " (PRICE_MARKUP_PERCENT)"
MARKUP_SOURCE_OVERRIDE = " (set by /markup; PRICE_MARKUP_PERCENT is {default}%)"
MARKUP_CATEGORIES = "\n\n<b>Categories</b>\n{lines}"
MARKUP_SERVICES = "\n\n<b>Services</b>\n{lines}"
MARKUP_LINE = "{id} · {name}: {percent}%"
MARKUP_MORE = "…and {more} more"
MARKUP_SET_GLOBAL = "✅ Global markup: {percent}%."
MARKUP_RESET_GLOBAL = "✅ Global markup back to PRICE_MARKUP_PERCENT: {percent}%."
MARKUP_SET = "✅ Markup of {scope} {id}: {percent}%."
MARKUP_RESET = "✅ {scope_title} {id} has no markup of its own now: it inherits."
MARKUP_NOT_FOUND = "❌ There is no {scope} {id}."
SCOPE_NAMES = {"service": "service", "category": "category"}

# -- /hide, /show ----------------------------------------------------------------------------
HIDE_USAGE = "Usage: /hide service &lt;id&gt; or /hide category &lt;id&gt;"
SHOW_USAGE = "Usage: /show service &lt;id&gt; or /show category &lt;id&gt;"
HIDDEN = "🙈 {scope_title} {id} ({name}) is hidden from customers."
SHOWN = "👀 {scope_title} {id} ({name}) is shown to customers."
HIDE_NOT_FOUND = "❌ There is no {scope} {id}."

# -- /sync -----------------------------------------------------------------------------------
SYNC_RUNNING = "⏳ Refreshing the catalogue…"
SYNC_DONE = (
    "✅ Catalogue refreshed: {total} services.\nAdded: {added} · changed: {changed} · "
    "removed: {removed}"
)
SYNC_FAILED = "❌ The refresh failed; the stored catalogue stays as it was.\n<code>{error}</code>"

# -- /broadcast ------------------------------------------------------------------------------
BROADCAST_USAGE = (
    "Usage: /broadcast &lt;text&gt;, or send /broadcast in reply to a text message.\n"
    "The text is sent as it is (formatting kept) to every customer who can be reached."
)
BROADCAST_TOO_LONG = (
    "❌ The text is too long: {length} characters, at most {limit} (as Telegram counts them: "
    "most emoji count as two)."
)
BROADCAST_REJECTED = "❌ Telegram refused the text, so nothing will be sent: {reason}"
BROADCAST_NOBODY = "Nobody to send to: no customer can be reached."
BROADCAST_PREVIEW = (
    "📣 Above is the broadcast #{id}. Send it to <b>{count}</b> customers?\n"
    "(customers who banned or blocked the bot are left out)"
)
BTN_BROADCAST_SEND = "📣 Send"
BTN_BROADCAST_CANCEL = "✖️ Cancel"
BROADCAST_CANCELLED = "✖️ Broadcast #{id} cancelled: nothing was sent."
BROADCAST_NOT_DRAFT = "This broadcast was already started or cancelled."
BROADCAST_STARTING = "📣 Broadcast #{id}: queueing…"
BROADCAST_PROGRESS = (
    "📣 Broadcast #{id}: sending…\n"
    "Delivered: {delivered} · blocked: {blocked} · failed: {failed} · waiting: {waiting} "
    "(of {total})"
)
BROADCAST_DONE = (
    "📣 <b>Broadcast #{id} finished</b>\n"
    "Delivered: {delivered}\nBlocked the bot: {blocked}\nFailed: {failed}\nTotal: {total}"
)

# -- /export ---------------------------------------------------------------------------------
EXPORT_ORDERS = "📄 Orders: {count} rows."
EXPORT_LEDGER = "📄 Ledger: {count} entries. Amounts are exact, in {currency}."

# -- alerts pushed to admins -----------------------------------------------------------------
ALERT_CATALOGUE_FAILING = (
    "⚠️ <b>The catalogue refresh keeps failing</b> (since {since}).\n"
    "Customers browse the last stored copy.\n<code>{error}</code>"
)
ALERT_CATALOGUE_RECOVERED = "✅ The catalogue refresh works again."
ALERT_PANEL_LOW_BALANCE = (
    "⚠️ <b>The panel balance is low</b>: {amount} {currency}, below {threshold} {currency}.\n"
    "Top it up, or orders will start failing."
)
ALERT_PANEL_BALANCE_OK = (
    "✅ The panel balance is back above {threshold} {currency}: {amount} {currency}."
)
AMOUNT_EXPIRED = (
    "That Credit/Debit prompt has expired: nothing was moved. Open the user again with /user."
)
BACKUP_CAPTION = (
    "🗄 Database backup, {when}.\nTo restore: stop the bot, put this file at DATABASE_PATH "
    "(remove the old -wal and -shm files), start the bot."
)
BACKUP_TOO_LARGE = (
    "🗄 The database is {size} MB, over Telegram's 50 MB upload limit: no backup was sent. "
    "Back it up on the server (see the README)."
)

# -- top-ups (issue 9) -------------------------------------------------------------------------
BTN_APPROVE = "✅ Approve"
BTN_REJECT = "❌ Reject"
BTN_REJECT_NO_REASON = "❌ Reject without a reason"
BTN_KEEP_PENDING = "↩️ Keep it pending"
RECEIPT_COPY = (
    "🏦 <b>Receipt #{id}</b>: transfer of <b>{amount}</b>\n"
    "Customer: {name} (<code>{user_id}</code>)\n"
    "Sent: {when}{text}"
)
RECEIPT_COPY_TEXT = "\nReference: <blockquote>{text}</blockquote>"
RECEIPT_APPROVED_BY = "\n\n✅ Approved by {name} at {when}: {amount} credited."
RECEIPT_REJECTED_BY = "\n\n❌ Rejected by {name} at {when}.{reason}"
RECEIPT_REASON = " Reason: {reason}"
RECEIPT_APPROVED = "✅ Receipt #{id} approved: {amount} credited to {user_id}."
RECEIPT_REJECTED = "❌ Receipt #{id} rejected; the customer was told."
RECEIPT_ALREADY = "Receipt #{id} was already decided: {state} by {name}."
RECEIPT_UNKNOWN = "There is no receipt #{id}."
RECEIPT_STATES = {"paid": "approved", "rejected": "rejected"}
RECEIPT_ASK_REASON = (
    "❌ Rejecting receipt #{id} ({amount}). Send the reason the customer will read, "
    "or reject without one."
)
RECEIPT_KEPT = "Receipt #{id} stays pending."
TOPUPS_PENDING = "🏦 <b>Receipts waiting for a decision</b>: {count}\n\n{lines}"
TOPUPS_LINE = "#{id} · {amount} · {name} (<code>{user_id}</code>) · {when}"
TOPUPS_NONE = "🏦 No receipts are waiting for a decision."
TOPUPS_BUTTON = "#{id} · {amount} · {name}"
TOPUPS_MORE = "\n… and {more} more."
REFUND_STARS_USAGE = "Usage: <code>/refund_stars &lt;telegram_payment_charge_id&gt;</code>"
REFUND_STARS_DONE = (
    "✅ Refunded {stars} Stars to <code>{user_id}</code>; {amount} taken from their wallet."
)
REFUND_STARS_DONE_UNCREDITED = (
    "✅ Refunded {stars} Stars to <code>{user_id}</code>. This payment was never credited: "
    "nothing was taken from their wallet."
)
REFUND_STARS_UNSURE = (
    "⚠️ <b>Outcome unknown</b>: Telegram did not answer the refund of {stars} Stars to "
    "<code>{user_id}</code> (<code>{error}</code>); it may have refunded. {taken}\n"
    "Send /refund_stars {charge} again to ask Telegram again: nothing more is taken."
)
REFUND_STARS_UNSURE_TAKEN = "{amount} stays taken from their wallet."
REFUND_STARS_UNSURE_UNCREDITED = "This payment was never credited: nothing was taken."
REFUND_STARS_UNKNOWN = "No Stars payment has this charge id."
REFUND_STARS_ALREADY = "This Stars payment was already refunded."
REFUND_STARS_NO_FUNDS = (
    "Not refunded: the customer's balance ({balance}) no longer covers the {amount} "
    "this payment credited."
)
REFUND_STARS_FAILED = "Not refunded: Telegram said <code>{error}</code>. Nothing was taken."
STARS_MISMATCH_ALERT = (
    "⚠️ <b>A Stars payment was not credited</b>: {problem}.\n"
    "Payer: <code>{user_id}</code>, {stars} Stars, charge <code>{charge}</code>.\n"
    "Refund it with /refund_stars {charge} if it is not owed, or credit by hand."
)
STARS_PROBLEMS = {
    "unknown": "its payload names no top-up",
    "user": "the payload names another customer",
    "amount": "the amount differs from the invoice",
    "settled": "the top-up it names was already settled",
}
STATS_TOPUPS = "\n\n💳 <b>Top-ups by method</b>\n{lines}"
STATS_TOPUP_LINE = "{method}: {count} · {amount}"
STATS_TOPUPS_NONE = "\n\n💳 Top-ups: none yet"
METHOD_NAMES = {"stars": "Telegram Stars", "cryptobot": "Crypto Bot", "manual": "Transfers"}
CRYPTO_AMOUNT_ALERT = (
    "⚠️ Crypto Pay invoice {invoice_id} was paid, but its amount or currency differs from the "
    "top-up: not credited. Check it in @CryptoBot and credit by hand if it is owed."
)
