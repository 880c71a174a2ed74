# English: the source language. Every other file has exactly these messages and variables.
# Values are HTML (Telegram's parse mode); variables arrive escaped.

## Customers

btn-new-order = 🛒 New order
btn-search = 🔎 Search
btn-my-orders = 📦 My orders
btn-balance = 💰 Wallet
btn-help = ❓ Help
btn-home = 🏠 Main menu
btn-back = ⬅️ Back
btn-prev = ◀️
btn-next = ▶️
btn-cancel = ✖️ Cancel
btn-language = 🌐 Language
greeting =
    👋 Hello, <b>{ $name }</b>!

    Here you can order followers, likes, views and more for your social media pages.
    Pick what you need below.
main-menu =
    🏠 <b>Main menu</b>
    What would you like to do?
help =
    <b>How it works</b>
    1. Top up your balance: 💰 Wallet → Add funds.
    2. 🛒 New order: pick a category and a service, send the link, then the quantity.
    3. Check the price and confirm. The amount is taken from your balance.
    4. Follow your orders in 📦 My orders; you get a message when their status changes.

    <b>Commands</b>
    /start: main menu
    /orders: your orders
    /balance or /wallet: your balance, top-ups and history
    /language: change the language
    /cancel: leave what you are doing
    /help: this message
cancelled = Cancelled. Nothing was ordered.
nothing-to-cancel = There is nothing to cancel.
banned = This shop is closed to you.
unknown-input = I did not understand that. Use the buttons, or /start for the main menu.
button-expired = This button is no longer valid.
unknown-command =
    🏠 <b>Main menu</b>
    I do not know that command. What would you like to do?
command-start = Main menu
command-orders = My orders
command-balance = My balance
command-language = Change the language
command-cancel = Leave the current step
command-help = How it works
# The language picker; the languages are listed under it by their own names.
language-pick = 🌐 <b>Choose your language</b>
# Said in the language just chosen; $language is its own name (English, العربية, Русский…).
language-set = ✅ Language: { $language }
balance =
    💰 <b>Wallet</b>

    Your balance: <b>{ $amount }</b>
wallet-credited-notice = 💰 Your balance was topped up by <b>{ $amount }</b>. Balance: { $balance }.
admin-panel-refuses =
    ⚠️ <b>The panel refuses orders</b> (funds or API key):
    <code>{ $error }</code>
    Customers see 'temporarily unavailable' and are refunded.
admin-placed-after-resolution = ⚠️ Order #{ $order_id } was placed as panel order <code>{ $panel_id }</code> after it had been resolved. Check it on the panel (/order { $order_id }).
admin-order-unknown =
    ⚠️ <b>Order #{ $order_id }: outcome unknown</b>
    The panel did not answer clearly; the customer's funds are held.
    Customer: <code>{ $user_id }</code>
    Service: { $service_id } { $service }
    Link: { $link }
    Quantity: { $quantity }
    Paid: { $price }
    Reason: { $reason }
    Check the panel, then resolve it with /review.
categories = 🛒 <b>Choose a category</b>
categories-empty = The catalogue is empty right now. Please try again in a few minutes.
category-gone = This category is no longer available.
service-gone = This service is no longer available. Please choose another one.
services-header = 📂 <b>{ $category }</b>
page = Page { $page } of { $pages }
services-hint = 💵 Prices per 1000 (📦 per package). Tap a service for details.
category-button = { $name } ({ $count })
service-button = { $name } · { $price }
price-package-short = 📦 { $price }
btn-first-page = ⏮ 1
service-card =
    <b>{ $name }</b>
    📂 { $category }

    { $description }💵 Price: <b>{ $price }</b> { $unit }
    📏 Order from { $low } to { $high }
    ♻️ Refill: { $refill }
    ✖️ Cancel: { $cancel }
service-card-dripfeed = {"\u000A"}💧 Drip-feed: available
yes = yes
no = no
per-1000 = per 1000
per-package = per package
btn-order = 🛒 Order
search-prompt = 🔎 Type a few words to search for (for example: <i>instagram likes</i>).
search-results =
    🔎 Results for <b>{ $query }</b>: { $count } found.

    💵 Prices per 1000 (📦 per package). Tap a service for details.
search-nothing = 🔎 Nothing found for <b>{ $query }</b>. Try other words, or browse the categories.
search-too-short = Type at least two letters to search.
ask-link =
    🔗 <b>{ $service }</b>

    Send the link (for example https://instagram.com/yourpage).
ask-quantity =
    🔢 How many?
    💵 Price: <b>{ $rate }</b> per 1000
    Send a number from <b>{ $low }</b> to <b>{ $high }</b>, or tap one below.
ask-quantity-per-run = {"\u000A"}💧 With drip-feed (next step) this is the quantity <b>per run</b>.
so-far = {"\u000A\u000A"}🧾 So far: { $quantity } × { $rate } per 1000 = <b>{ $total }</b>
so-far-package = {"\u000A\u000A"}🧾 So far: 1 package = <b>{ $total }</b>
summary-rate = Price: { $rate } per 1000{"\u000A"}
summary-rate-package = Price: { $rate } per package{"\u000A"}
limits-changed = ℹ️ This service's limits changed while you were ordering: now from <b>{ $low }</b> to <b>{ $high }</b> (before: { $was_low } to { $was_high }).
limits-changed-fits = {" "}Your order still fits.
limits-changed-redo = {" "}Please enter it again; the rest of your order is kept.
btn-edit-field = ✏️ { $field }
field-link = Link
field-quantity = Quantity
field-comments = Comments
field-username = Author
field-answer = Poll answer
field-runs = Drip-feed
ask-comments =
    💬 Send the comments, <b>one per line</b>: from { $low } to { $high } lines.
    Each line becomes one comment.
ask-username = 👤 Send the username of the comment's author (like @username).
ask-answer = 🗳 Send the number of the poll answer to vote for (1 for the first answer).
ask-runs =
    💧 Drip-feed: deliver in several runs?
    Each run delivers <b>{ $quantity }</b> (the quantity you chose is per run).
    Send the number of runs (from 2 to { $high }), or tap Skip to deliver at once.
ask-interval =
    💧 { $runs } runs × { $quantity } = <b>{ $total }</b> in all.
    ⏱ Send the interval between runs, in minutes (from 1 to 10080).
# What is wrong with a typed answer; shown after ⚠️, above the question asked again.
# $low, $high: the allowed range; $value: the number sent; $limit: a length in characters.
input-link-not-text = Please send the link as text, like https://instagram.com/yourpage
input-link-empty = Please send a link, like https://instagram.com/yourpage
input-link-too-long = That link is too long: at most { $limit } characters.
input-link-spaces = A link cannot contain spaces or line breaks. Send just one link.
input-link-invisible = That link has invisible characters in it. Copy it again and send it.
input-link-invalid = That is not a valid link. Send one like https://t.me/yourchannel
input-link-scheme = The link must start with http:// or https://
input-link-host = That link has no valid website in it, like https://t.me/yourchannel
input-quantity-not-number = Please send the quantity as a whole number from { $low } to { $high }.
input-quantity-range = The quantity must be from { $low } to { $high }; you sent { $value }.
input-answer-not-number = Please send the answer number as a whole number from { $low } to { $high }.
input-answer-range = The answer number must be from { $low } to { $high }; you sent { $value }.
input-runs-not-number = Please send the number of runs as a whole number from { $low } to { $high }.
input-runs-range = The number of runs must be from { $low } to { $high }; you sent { $value }.
input-runs-impossible = Drip-feed is not possible for this quantity; choose Skip.
input-interval-not-number = Please send the interval in minutes as a whole number from { $low } to { $high }.
input-interval-range = The interval in minutes must be from { $low } to { $high }; you sent { $value }.
# $count: how many comments were sent.
input-comments-empty = Send the comments as text, one per line: from { $low } to { $high } lines.
input-comment-too-long = Each comment can be at most { $limit } characters.
input-comments-controls = Comments cannot contain control characters or text-direction overrides (U+202A–U+202E, U+2066–U+2069).
input-comments-count = Send from { $low } to { $high } comments, one per line; you sent { $count }.
input-username = Send the username of the comment's author, like @username (letters, digits, dots and underscores).
btn-skip = ⏭ Skip
btn-confirm = ✅ Confirm
btn-edit = ✏️ Edit
summary =
    🧾 <b>Check your order</b>

    Service: { $service }
    Link: { $link }
    { $details }
    Total: <b>{ $total }</b>
summary-quantity = Quantity: { $quantity }{"\u000A"}
summary-dripfeed = Drip-feed: { $runs } runs × { $quantity }, every { $interval } min{"\u000A"}
summary-comments =
    Comments ({ $count }):
    <blockquote>{ $comments }</blockquote>{"\u000A"}
summary-username = Comment author: @{ $username }{"\u000A"}
summary-answer = Poll answer: { $answer }{"\u000A"}
summary-package = Package: 1{"\u000A"}
price-changed = ℹ️ The price has changed since you saw it. Please check the new total.
placing = ⏳ Placing your order…
placing-queued = ⏳ The panel is busy: your order is queued and will be placed in a moment…
placed =
    ✅ <b>Order placed!</b>

    { $card }
already-placed =
    This order was already placed.

    { $card }
order-unknown =
    ⏳ Your order #{ $order_id } is being checked: the provider did not confirm it in time.
    The amount is held, not lost: you will get a message when it is confirmed, or your balance will be refunded.
draft-expired = This order form has expired. Please start again.
state-submitting = Placing
state-pending = Pending
state-in-progress = In progress
state-processing = Processing
state-completed = Completed
state-partial = Partial
state-canceled = Canceled
state-unknown = Being checked
state-failed = Not placed
order-card =
    📦 <b>Order #{ $id }</b>: { $icon } { $status }
    { $service }
    Link: { $link }
    { $details }Paid: { $price }{ $refunded }
    { $progress }Created: { $created }
    { $panel }
order-refunded = {" "}(refunded { $amount })
order-progress = Start count: { $start } · Remains: { $remains }{"\u000A"}
order-panel-id = Provider order: { $panel_id }{"\u000A"}
order-cancel-requested = Cancel requested{"\u000A"}
use-buttons-at-summary = Please use the buttons under the summary: Confirm, Edit or Cancel.
btn-refresh = 🔄 Refresh
btn-refill = ♻️ Refill
btn-cancel-order = ✖️ Cancel order
btn-order-again = 🔁 Order again
btn-orders = 📦 My orders
sandbox-banner = 🧪 <b>SANDBOX</b>: test shop, nothing is real.{"\u000A\u000A"}
btn-open-order = 📦 Open order #{ $id }
note-started =
    🔄 Order #{ $id } has started.
    { $service }
    🔗 { $link }
    Start count: { $start }
note-completed =
    ✅ Order #{ $id } is completed.
    { $service }
    🔗 { $link }
note-partial =
    🌓 Order #{ $id } is partially completed: { $delivered } of { $quantity } delivered.
    { $service }
    🔗 { $link }
    { $refund }
note-canceled =
    ❌ Order #{ $id } was canceled.
    { $service }
    🔗 { $link }
    { $refund }
note-refunded = Refunded to your balance: <b>{ $refund }</b>. Balance: { $balance }.
note-nothing-refunded = Nothing was refunded: the undelivered part is worth less than { $smallest }. Balance: { $balance }.
note-refill = ♻️ Refill of order #{ $id }: <b>{ $status }</b>.
refill-state-pending = requested
refill-state-in-progress = in progress
refill-state-completed = completed
refill-state-rejected = rejected
refill-state-failed = failed
admin-unknown-status =
    ⚠️ The panel sent an unknown order status <code>{ $status }</code> (order #{ $id }).
    Orders with it stay tracked as running. Tell the developers if it should mean something.
admin-odd-status-fields = ⚠️ The panel sent a value that cannot be right for order #{ $id } ({ $fields }); it is treated as missing and the order stays tracked. Check it on the panel (/order { $id }).
admin-partial-without-remains = ⚠️ The panel says order #{ $id } is Partial but not how much remains, so its refund cannot be computed. It stays tracked; check it on the panel (/order { $id }).
admin-order-id-refused = ⚠️ The panel does not know order #{ $id } any more: <code>{ $error }</code>. It stays tracked; check it on the panel (/order { $id }).
my-orders = 📦 <b>My orders</b>
my-orders-empty = You have no orders yet.
order-not-found = This order is not yours, or does not exist.
refill-requested = ♻️ Refill requested (refill id { $refill_id }). You will get a message when it is done.
refill-not-applicable = A refill is not possible for this order.
refill-already = A refill of this order is already in progress.
refill-refused = The provider refused the refill: { $reason }
cancel-requested = ✖️ Cancel requested. If the provider cancels the order, the undelivered part is refunded to your balance.
cancel-not-applicable = This order cannot be canceled.
cancel-already = A cancel of this order was already requested.
cancel-refused = The provider refused to cancel: { $reason }
# The reason in cancel-refused when the provider gave none: its answer left the order out.
cancel-reason-no-answer = no answer
# The reason in cancel-refused when the provider answered that it did not cancel.
cancel-reason-not-accepted = not accepted
panel-busy = The provider is not reachable right now. Please try again in a few minutes.
refreshed = Updated.
slow-down = ⏳ That was a lot at once. Please slow down and try again in a moment.
btn-add-funds = ➕ Add funds
btn-history = 📜 History
btn-support = 💬 Contact support
btn-wallet = 💰 Wallet
btn-back-to-order = 🧾 Back to my order
history =
    📜 <b>History</b>, newest first

    { $lines }
history-empty =
    📜 <b>History</b>

    No movements yet.
history-line =
    { $when } · <b>{ $amount }</b>
    { $reason }
reason-topup-stars = Top-up by Telegram Stars ({ $reference })
reason-topup-cryptobot = Top-up by Crypto Bot (invoice { $reference })
reason-topup-manual = Top-up by transfer (receipt #{ $reference })
reason-topup-plain = Top-up
reason-stars-refund = Stars payment refunded ({ $reference })
reason-stars-refund-given-back = Stars refund failed, given back ({ $reference })
reason-order = Order #{ $id }
reason-refund = Refund for order #{ $id }
reason-admin-credit = Credit by the shop
reason-admin-debit = Debit by the shop
reason-note = : { $note }
method-stars = ⭐ Telegram Stars
method-cryptobot = 🪙 Crypto Bot
method-manual = 🏦 Transfer with a receipt
topup-methods =
    ➕ <b>Add funds</b>

    Your balance: { $balance }
    Choose how to pay:
topup-no-methods =
    ➕ <b>Add funds</b>

    Paying in the bot is not set up yet. Please contact support to top up your balance.
topup-no-methods-no-support =
    ➕ <b>Add funds</b>

    Paying in the bot is not set up yet. Please contact the shop's admin to top up your balance.
topup-amount =
    { $method }

    Choose an amount, or type one from <b>{ $low }</b> to <b>{ $high }</b>.
topup-amount-stars = {"\u000A"}⭐ { $rate } { stars-word } for 1 { $currency }.
amount-not-a-number = ⚠️ Send the amount as a number, like 10 or 12.50.
amount-too-small = ⚠️ The smallest top-up is { $low }.
amount-too-big = ⚠️ The largest top-up is { $high }.
amount-too-precise = ⚠️ Use at most { $decimals } decimal places.
amount-no-decimals = ⚠️ Send a whole number.
topup-expired = This top-up has expired. Please start again from 💰 Wallet.
stars-invoice-title = Balance top-up
stars-invoice-description = { $amount } added to your balance in the shop.
stars-invoice-sent = ⭐ Pay <b>{ $stars } { stars-word }</b> with the invoice below to add <b>{ $amount }</b> to your balance.
stars-refused-unknown = This invoice is not valid. Please open 💰 Wallet and start again.
stars-refused-used = This invoice was already paid.
stars-refused-expired = This invoice has expired. Please start again from 💰 Wallet.
stars-refused-closed = The shop is closed to you.
stars-receipt =
    ✅ <b>Payment received</b>: { $stars } { stars-word }.
    <b>{ $amount }</b> added to your balance. Balance: { $balance }.
    Reference: <code>{ $charge }</code>
stars-not-credited = ⚠️ Your payment was received but could not be matched to a top-up. The shop's admins were told and will sort it out.
crypto-invoice =
    🪙 <b>Crypto Bot invoice</b>

    Amount: <b>{ $amount }</b>, payable in { $assets }.
    Tap Pay, pay in Crypto Bot, and your balance is topped up within a few seconds of the payment. The invoice is valid for { $minutes } minutes.
btn-pay = 💳 Pay { $amount }
crypto-unavailable = ⚠️ Crypto Bot is not reachable right now. Please try again in a few minutes.
too-many-pending = ⚠️ You already have { $count } top-ups waiting. Please wait until they are settled.
transfer-instructions =
    🏦 <b>Transfer { $amount }</b>

    { $instructions }

    Then send the receipt here: a photo, a document, or the transfer's reference as text.
receipt-expected = Send the receipt as a photo, a document, or the transfer's reference as text.
receipt-too-long = ⚠️ The reference is too long: at most { $limit } characters.
receipt-sent = 📨 Receipt #{ $id } for <b>{ $amount }</b> was sent to the shop. You will get a message once it is checked.
topup-credited-notice = ✅ <b>{ $amount }</b> added to your balance ({ $method }). Balance: { $balance }.
topup-rejected-notice = ❌ Your receipt #{ $id } for { $amount } was not accepted.{ $reason }
topup-rejected-reason = {"\u000A"}Reason: { $reason }
crypto-expired-notice = ⌛ Your Crypto Bot invoice for { $amount } expired unpaid. Nothing was charged; start a new top-up from 💰 Wallet if you still want to pay.
resume-gone = Your order form has expired. Please start the order again.
cancel-confirm =
    ✖️ <b>Cancel order #{ $id }?</b>
    { $service }
    🔗 { $link }

    The provider is asked to stop it. What was not delivered is refunded to your balance: up to <b>{ $amount }</b> (all of it if nothing was delivered yet).
    The refund comes once the provider confirms the cancel, usually within minutes; you get a message then. The provider may also refuse.
btn-cancel-yes = ✖️ Yes, cancel it
btn-cancel-keep = ↩️ No, keep it
my-orders-line =
    { $icon } { $status } · <b>#{ $id }</b> { $service }
    {"    "}{ $quantity } · { $price } · { $date }
my-orders-tap = Tap a number to open the order.
my-orders-empty-offer = 📦 You have no orders yet. Start one with 🛒 New order.
no-change-since = No change since { $time }
banned-short = This shop is closed to you.
kb-new-order = 🛒 New order
kb-my-orders = 📦 My orders
kb-wallet = 💰 Wallet
kb-support = 💬 Support
kb-admin = 🛠 Admin
kb-placeholder = Choose below, or type to search
keyboard-ready = The buttons under the typing field stay there: tap them from any step.

## Admins

admin-help =
    🛠 <b>Admin commands</b>
    /stats: customers, orders, revenue, panel cost and margin
    /panel: panel balance, catalogue, last status sync
    /user &lt;id or @username&gt;: a customer's balance, orders, state
    /credit &lt;user_id&gt; &lt;amount&gt; [note]: add money to a wallet
    /debit &lt;user_id&gt; &lt;amount&gt; [note]: take money (never below zero)
    /ban &lt;user_id&gt;, /unban &lt;user_id&gt;: close or reopen the shop to someone
    /order &lt;id&gt;: everything about an order
    /review: orders whose outcome is unknown
    /placed &lt;order_id&gt; &lt;panel_order_id&gt;: an order under review was placed
    /markup [&lt;percent&gt; [category|service &lt;id&gt;]]: show or set markups
    /markup reset [category|service &lt;id&gt;]: clear a markup override
    /hide, /show service|category &lt;id&gt;: hide from or show to customers
    /sync: refresh the catalogue now
    /broadcast &lt;text&gt; (or in reply to a message): message every customer
    /export [&lt;days&gt;]: CSV files of orders and of the ledger (all, or the last days)
    /find &lt;text&gt;: an order, a panel's order id, a link, a user id or @username
    /tickets: open conversations with customers
    /promo [add … | off &lt;CODE&gt;]: promo codes
admin-problem =
    ❌ { $problem }

    { $usage }
admin-problem-missing-user = The user id is missing.
admin-problem-user-id = The user id must be a whole number, not <code>{ $value }</code>.
admin-problem-missing-amount = The amount is missing.
admin-problem-amount-not-number = The amount must be a number like 10.50, not <code>{ $value }</code>.
admin-problem-amount-not-positive = The amount must be positive.
admin-problem-amount-decimals = The amount has more than 5 decimals.
admin-problem-missing-id = An id is missing.
admin-problem-too-many = There are more arguments than the command takes.
admin-problem-id = An id must be a whole number, not <code>{ $value }</code>.
admin-btn-open-order = 📂 Open #{ $id }
admin-problem-user-ref = Name the customer by id (digits) or @username.
admin-problem-percent = The percent must be a number from 0 to 10000 with at most 2 decimals.
admin-problem-target = Name what it is for as category &lt;id&gt; or service &lt;id&gt;.
admin-problem-panel-id-zero = The panel order id must not be 0.
admin-no-arguments =
    ❌ /{ $command } takes no arguments.

    Usage: /{ $command }. /admin lists the commands.
admin-never = never
admin-dash = —
admin-just-now = just now
admin-minutes-ago = { $n } min ago
admin-hours-ago = { $n } h ago
admin-days-ago = { $n } d ago
admin-stats-window = { $total } ({ $parts })
admin-stats-part = { $state } { $count }
# An order state inside a sentence of /stats ("completed 3"); the state names of customers'
# screens (state-*) begin with a capital.
admin-stats-state-submitting = placing
admin-stats-state-pending = pending
admin-stats-state-in-progress = in progress
admin-stats-state-processing = processing
admin-stats-state-completed = completed
admin-stats-state-partial = partial
admin-stats-state-canceled = canceled
admin-stats-state-unknown = being checked
admin-stats-state-failed = not placed
admin-panel =
    🏭 <b>Panel</b>
    Balance: { $balance }
    Catalogue: { $services } services in { $categories } categories, refreshed { $refreshed }
    Last status sync: { $sync }
admin-panel-balance = <b>{ $amount } { $currency }</b>
admin-panel-balance-low = {" "}⚠️ below { $threshold } { $currency }
admin-panel-unreachable = unavailable ({ $error })
admin-when-ago = { $when } ({ $ago })
admin-sync-result = { $when }: { $result }
admin-user-usage =
    Usage: /user &lt;user_id or @username&gt;
    Example: /user 123456789
admin-user-not-found = No customer { $query } is known to the shop.
admin-user-card =
    👤 <b>{ $name }</b>{ $username }
    ID: <code>{ $id }</code>
    Balance: <b>{ $balance }</b>
    State: { $state }
    Joined: { $joined } · last seen: { $seen }
    Orders: { $orders }
admin-user-state-active = ✅ active
admin-user-state-banned = 🚫 banned
admin-user-state-blocked = 📵 blocked the bot
admin-user-last-orders =
    {"\u000A\u000A"}<b>Last orders</b>
    { $lines }
admin-user-order-line = #{ $id } { $icon } { $state } · { $service } · { $price } · { $when }
admin-user-last-moves =
    {"\u000A\u000A"}<b>Last wallet movements</b>
    { $lines }
admin-ledger-line = { $when } · { $kind } { $amount }{ $order }{ $admin }{ $note }
admin-ledger-order = {" "}· order #{ $id }
admin-ledger-admin = {" "}· by admin { $id }
admin-ledger-note = {" "}· { $note }
admin-ledger-kind-topup = top-up
admin-ledger-kind-order = order
admin-ledger-kind-refund = refund
admin-ledger-kind-admin-credit = credit
admin-ledger-kind-admin-debit = debit
admin-btn-credit = ➕ Credit
admin-btn-debit = ➖ Debit
admin-btn-ban = 🚫 Ban
admin-btn-unban = ✅ Unban
admin-ask-credit = ➕ Send the amount to credit to <code>{ $user_id }</code>, optionally followed by a note (for example <code>10.50 paid by card</code>), or /cancel.
admin-ask-debit = ➖ Send the amount to debit from <code>{ $user_id }</code>, optionally followed by a note (for example <code>5 correction</code>), or /cancel.
admin-amount-usage = Send an amount such as <code>10.50</code>, optionally followed by a note, or /cancel.
admin-credit-usage =
    Usage: /credit &lt;user_id&gt; &lt;amount&gt; [note]
    Example: /credit 123456789 10.50
admin-debit-usage =
    Usage: /debit &lt;user_id&gt; &lt;amount&gt; [note]
    Example: /debit 123456789 5
admin-credited = ✅ Credited { $amount } to user <code>{ $user_id }</code>. Balance now: { $balance }.
admin-debited = ✅ Debited { $amount } from user <code>{ $user_id }</code>. Balance now: { $balance }.
admin-debit-refused = ❌ Not done: that would take the wallet of <code>{ $user_id }</code> below zero.
admin-ban-usage =
    Usage: /ban &lt;user_id&gt;
    Example: /ban 123456789
admin-unban-usage =
    Usage: /unban &lt;user_id&gt;
    Example: /unban 123456789
admin-banned = 🚫 User <code>{ $user_id }</code> is banned: the shop is closed to them. Their open orders are still tracked and refunded.
admin-unbanned = ✅ User <code>{ $user_id }</code> is no longer banned.
admin-ban-admin = ❌ Admins cannot be banned.
admin-no-such-user = ❌ No user <code>{ $user_id }</code> is known to the shop.
admin-order-usage =
    Usage: /order &lt;order_id&gt;
    Example: /order 42
admin-order-not-found = ❌ There is no order #{ $order_id }.
admin-order-card =
    📦 <b>Order #{ $id }</b>: { $icon } { $state }{ $status_raw }
    Customer: <code>{ $user_id }</code>
    Service: { $service_id } · { $service } ({ $type })
    Link: { $link }
    { $details }Paid: { $price }{ $refunded }
    Panel order: { $panel_order_id }
    Panel charge: { $charge }
    { $progress }{ $cancel }{ $error }Created: { $created } · updated: { $updated }
admin-order-status-raw = {" "}(panel: { $status })
admin-order-refunded = {" "}· refunded { $amount }
admin-order-progress = Start count: { $start } · remains: { $remains }{"\u000A"}
admin-order-cancel-requested = Cancel requested{"\u000A"}
admin-order-error = Error: <code>{ $error }</code>{"\u000A"}
admin-order-charge = { $amount } { $currency }
admin-order-refills =
    {"\u000A\u000A"}<b>Refills</b>
    { $lines }
admin-refill-line = #{ $id } · panel refill { $panel_id } · { $state } · { $when }
admin-order-ledger =
    {"\u000A\u000A"}<b>Ledger</b>
    { $lines }
admin-order-review-hint = {"\u000A\u000A"}❔ Outcome unknown. If the panel has it: /placed { $id } &lt;panel_order_id&gt;. Otherwise refund it.
admin-review-empty = ✅ No orders await review.
admin-review-header = ❔ <b>Orders whose outcome is unknown</b> ({ $total }){"\u000A"}
admin-review-more = {"\u000A"}…and { $more } more: resolve these first.
admin-review-item =
    {"\u000A"}<b>#{ $id }</b> · { $when } · customer <code>{ $user_id }</code>
    { $service_id } · { $service }
    Link: { $link } · quantity { $quantity } · paid { $price }
    <i>{ $reason }</i>{"\u000A"}
admin-review-footer = {"\u000A"}Check each one on the panel. Placed there: /placed &lt;order_id&gt; &lt;panel_order_id&gt;. Not there: tap Refund.
admin-btn-refund = ↩️ Refund #{ $id }
admin-btn-refund-sure = ↩️ Yes, refund #{ $id }
admin-btn-back = ⬅️ Back
admin-refund-confirm =
    ↩️ Refund order #{ $id }? { $price } goes back to the wallet of <code>{ $user_id }</code> and the order is closed as not placed.

    Only do this if the panel has no such order.
admin-placed-usage =
    Usage: /placed &lt;order_id&gt; &lt;panel_order_id&gt;
    Example: /placed 42 1234567
admin-resolved-placed = ✅ Order #{ $id } is placed as panel order { $panel_order_id }; the status sync tracks it now.
admin-resolved-refunded = ↩️ Order #{ $id } is refunded: { $price } back to <code>{ $user_id }</code>.
admin-resolve-already = ℹ️ Order #{ $id } is not under review any more (now: { $state }); nothing done.
admin-resolve-not-found = ❌ There is no order #{ $id }.
admin-resolve-panel-id-taken = ❌ Panel order { $panel_order_id } already belongs to order #{ $other }; nothing done.
admin-customer-order-confirmed = ✅ Your order #{ $id } is confirmed and placed. You will get a message when its status changes.
admin-customer-order-refunded = ↩️ Your order #{ $id } could not be placed. { $amount } was refunded to your balance.
admin-markup-usage =
    Usage:
    /markup: show the markups
    /markup &lt;percent&gt;: the global markup
    /markup &lt;percent&gt; category &lt;id&gt; or service &lt;id&gt;: an override
    /markup reset [category|service &lt;id&gt;]: clear one
    Example: /markup 30 category 5
admin-markup-show =
    💹 <b>Markups</b> (service beats category beats global)
    Global: <b>{ $global_percent }%</b>{ $source }
admin-markup-source-setting = {" "}(PRICE_MARKUP_PERCENT)
admin-markup-source-override = {" "}(set by /markup; PRICE_MARKUP_PERCENT is { $default }%)
admin-markup-categories =
    {"\u000A\u000A"}<b>Categories</b>
    { $lines }
admin-markup-services =
    {"\u000A\u000A"}<b>Services</b>
    { $lines }
admin-markup-line = { $id } · { $name }: { $percent }%
admin-markup-more = …and { $more } more
admin-markup-set-global = ✅ Global markup: { $percent }%.
admin-markup-reset-global = ✅ Global markup back to PRICE_MARKUP_PERCENT: { $percent }%.
admin-markup-set = ✅ Markup of { $scope } { $id }: { $percent }%.
admin-markup-reset = ✅ { $scope_title } { $id } has no markup of its own now: it inherits.
admin-markup-not-found = ❌ There is no { $scope } { $id }.
admin-scope-service = service
admin-scope-category = category
# The same at the start of a sentence ({ $scope_title } in admin-markup-reset, admin-hidden, admin-shown).
admin-scope-title-service = Service
admin-scope-title-category = Category
admin-hide-usage = Usage: /hide service &lt;id&gt; or /hide category &lt;id&gt;
admin-show-usage = Usage: /show service &lt;id&gt; or /show category &lt;id&gt;
admin-hidden = 🙈 { $scope_title } { $id } ({ $name }) is hidden from customers.
admin-shown = 👀 { $scope_title } { $id } ({ $name }) is shown to customers.
admin-hide-not-found = ❌ There is no { $scope } { $id }.
admin-sync-running = ⏳ Refreshing the catalogue…
admin-sync-done =
    ✅ Catalogue refreshed: { $total } services.
    Added: { $added } · changed: { $changed } · removed: { $removed }
admin-sync-failed =
    ❌ The refresh failed; the stored catalogue stays as it was.
    <code>{ $error }</code>
admin-broadcast-usage =
    Usage: /broadcast &lt;text&gt;, or send /broadcast in reply to a text message.
    The text is sent as it is (formatting kept) to every customer who can be reached.
admin-broadcast-too-long = ❌ The text is too long: { $length } characters, at most { $limit } (as Telegram counts them: most emoji count as two).
admin-broadcast-rejected = ❌ Telegram refused the text, so nothing will be sent: { $reason }
admin-broadcast-nobody = Nobody to send to: no customer can be reached.
admin-broadcast-preview =
    📣 Above is the broadcast #{ $id }. Send it to <b>{ $count }</b> customers?
    (customers who banned or blocked the bot are left out)
admin-btn-broadcast-send = 📣 Send
admin-btn-broadcast-cancel = ✖️ Cancel
admin-broadcast-cancelled = ✖️ Broadcast #{ $id } cancelled: nothing was sent.
admin-broadcast-not-draft = This broadcast was already started or cancelled.
admin-broadcast-starting = 📣 Broadcast #{ $id }: queueing…
admin-broadcast-progress =
    📣 Broadcast #{ $id }: sending…
    Delivered: { $delivered } · blocked: { $blocked } · failed: { $failed } · waiting: { $waiting } (of { $total })
admin-broadcast-done =
    📣 <b>Broadcast #{ $id } finished</b>
    Delivered: { $delivered }
    Blocked the bot: { $blocked }
    Failed: { $failed }
    Total: { $total }
admin-export-orders = 📄 Orders: { $count } rows.
admin-export-ledger = 📄 Ledger: { $count } entries. Amounts are exact, in { $currency }.
admin-export-usage = Usage: /export for everything, or <code>/export &lt;days&gt;</code> for the last days only (<code>/export 30</code>).
admin-problem-days = The number of days must be a whole number from 1 to 36500, not <code>{ $value }</code>.
admin-export-too-big =
    📦 The { $what } file would be larger than { $megabytes } MB, the most a bot may send.

    Export a period instead: <code>/export &lt;days&gt;</code>, or pick one below.
admin-export-kind-orders = orders
admin-export-kind-ledger = ledger
admin-export-btn-days = Last { $days } days
admin-export-period = 🗓 The last { $days } days.
admin-alert-catalogue-failing =
    ⚠️ <b>The catalogue refresh keeps failing</b> (since { $since }).
    Customers browse the last stored copy.
    <code>{ $error }</code>
admin-alert-catalogue-recovered = ✅ The catalogue refresh works again.
admin-alert-panel-low-balance =
    ⚠️ <b>The panel balance is low</b>: { $amount } { $currency }, below { $threshold } { $currency }.
    Top it up, or orders will start failing.
admin-alert-panel-balance-ok = ✅ The panel balance is back above { $threshold } { $currency }: { $amount } { $currency }.
admin-amount-expired = That Credit/Debit prompt has expired: nothing was moved. Open the user again with /user.
admin-backup-caption =
    🗄 Database backup, { $when }.
    To restore: stop the bot, put this file at DATABASE_PATH (remove the old -wal and -shm files), start the bot.
admin-backup-too-large = 🗄 The database is { $size } MB, over Telegram's 50 MB upload limit: no backup was sent. Back it up on the server (see the README).
admin-btn-approve = ✅ Approve
admin-btn-reject = ❌ Reject
admin-btn-reject-no-reason = ❌ Reject without a reason
admin-btn-keep-pending = ↩️ Keep it pending
admin-receipt-copy =
    🏦 <b>Receipt #{ $id }</b>: transfer of <b>{ $amount }</b>
    Customer: { $name } (<code>{ $user_id }</code>)
    Sent: { $when }{ $text }
admin-receipt-copy-text = {"\u000A"}Reference: <blockquote>{ $text }</blockquote>
admin-receipt-approved-by = {"\u000A\u000A"}✅ Approved by { $name } at { $when }: { $amount } credited.
admin-receipt-rejected-by = {"\u000A\u000A"}❌ Rejected by { $name } at { $when }.{ $reason }
admin-receipt-reason = {" "}Reason: { $reason }
admin-receipt-approved = ✅ Receipt #{ $id } approved: { $amount } credited to { $user_id }.
admin-receipt-rejected = ❌ Receipt #{ $id } rejected; the customer was told.
admin-receipt-already = Receipt #{ $id } was already decided: { $state } by { $name }.
admin-receipt-unknown = There is no receipt #{ $id }.
admin-receipt-state-paid = approved
admin-receipt-state-rejected = rejected
admin-receipt-ask-reason = ❌ Rejecting receipt #{ $id } ({ $amount }). Send the reason the customer will read, or reject without one.
admin-receipt-kept = Receipt #{ $id } stays pending.
admin-topups-pending =
    🏦 <b>Receipts waiting for a decision</b>: { $count }

    { $lines }
admin-topups-line = #{ $id } · { $amount } · { $name } (<code>{ $user_id }</code>) · { $when }
admin-topups-none = 🏦 No receipts are waiting for a decision.
admin-topups-button = #{ $id } · { $amount } · { $name }
admin-topups-more = {"\u000A"}… and { $more } more.
admin-refund-stars-usage = Usage: <code>/refund_stars &lt;telegram_payment_charge_id&gt;</code>
admin-refund-stars-done = ✅ Refunded { $stars } { stars-word } to <code>{ $user_id }</code>; { $amount } taken from their wallet.
admin-refund-stars-done-uncredited = ✅ Refunded { $stars } { stars-word } to <code>{ $user_id }</code>. This payment was never credited: nothing was taken from their wallet.
admin-refund-stars-unsure =
    ⚠️ <b>Outcome unknown</b>: Telegram did not answer the refund of { $stars } { stars-word } to <code>{ $user_id }</code> (<code>{ $error }</code>); it may have refunded. { $taken }
    Send /refund_stars { $charge } again to ask Telegram again: nothing more is taken.
admin-refund-stars-unsure-taken = { $amount } stays taken from their wallet.
admin-refund-stars-unsure-uncredited = This payment was never credited: nothing was taken.
admin-refund-stars-unknown = No Stars payment has this charge id.
admin-refund-stars-already = This Stars payment was already refunded.
admin-refund-stars-no-funds = Not refunded: the customer's balance ({ $balance }) no longer covers the { $amount } this payment credited.
admin-refund-stars-failed = Not refunded: Telegram said <code>{ $error }</code>. Nothing was taken.
admin-stars-mismatch-alert =
    ⚠️ <b>A Stars payment was not credited</b>: { $problem }.
    Payer: <code>{ $user_id }</code>, { $stars } { stars-word }, charge <code>{ $charge }</code>.
    Refund it with /refund_stars { $charge } if it is not owed, or credit by hand.
admin-stars-problem-unknown = its payload names no top-up
admin-stars-problem-user = the payload names another customer
admin-stars-problem-amount = the amount differs from the invoice
admin-stars-problem-settled = the top-up it names was already settled
admin-stats-topups =
    {"\u000A\u000A"}💳 <b>Top-ups by method</b>
    { $lines }
admin-stats-topup-line = { $method }: { $count } · { $amount }
admin-method-stars = Telegram Stars
admin-method-cryptobot = Crypto Bot
admin-method-manual = Transfers
admin-crypto-amount-alert = ⚠️ Crypto Pay invoice { $invoice_id } was paid, but its amount or currency differs from the top-up: not credited. Check it in @CryptoBot and credit by hand if it is owed.

## The order form of a Subscriptions service: the account's future posts each get from
## $low to $high (per post), for $posts posts, $delay minutes after each post, until $expiry.
ask-sub-account = 👤 Send the username of the account (like @username): each of its new posts gets the service.
ask-sub-min =
    🔢 At least how many per post?
    💵 Price: <b>{ $rate }</b> per 1000
    Send a number from <b>{ $low }</b> to <b>{ $high }</b>, or tap one below.
ask-sub-max =
    🔢 At most how many per post?
    Send a number from <b>{ $low }</b> to <b>{ $high }</b>, or tap one below. You pay for this many on every post; what is not delivered is refunded.
ask-sub-posts = 📝 For how many new posts? Send a number from 1 to { $most }.
ask-sub-delay = ⏱ Start how many minutes after each post? Tap one.
ask-sub-expiry = 📅 Until when? Send a date as day/month/year, like 31/12/2026, or tap Skip for no end date.
field-account = Account
field-min = Minimum
field-max = Maximum
field-posts = Posts
field-delay = Delay
field-expiry = End date
input-sub-account = Send the account's username, like @username (letters, digits, dots and underscores).
input-min-not-number = Please send the minimum as a whole number from { $low } to { $high }.
input-min-range = The minimum must be from { $low } to { $high }; you sent { $value }.
input-max-not-number = Please send the maximum as a whole number from { $low } to { $high }.
input-max-range = The maximum must be from { $low } to { $high }; you sent { $value }.
input-posts-not-number = Please send the number of posts as a whole number from { $low } to { $high }.
input-posts-range = The number of posts must be from { $low } to { $high }; you sent { $value }.
input-delay-not-number = Please tap one of the delays, or send 0, 5, 10, 15, 30, 60 or 90.
input-delay-range = The delay must be 0, 5, 10, 15, 30, 60 or 90 minutes; you sent { $value }.
input-delay-choice = The delay must be 0, 5, 10, 15, 30, 60 or 90 minutes.
input-expiry = Send the end date as day/month/year, like 31/12/2026.
summary-sub-posts = Per post: { $low } to { $high }, on { $posts } posts{"\u000A"}
summary-sub-delay = Delay after a post: { $delay } min{"\u000A"}
summary-sub-expiry = Until: { $expiry }{"\u000A"}
summary-sub-most = At most: { $quantity } in all{"\u000A"}

## issue 22: transfer receipts (seen-before warnings, a confirmation before crediting, another receipt after a rejection)
admin-receipt-state-pending = waiting
admin-receipt-seen = ⚠️ <b>Seen before</b>:{ $file }{ $text }
admin-receipt-seen-file = {"\u000A"}• the same file as receipt #{ $id } of { $name } (<code>{ $user_id }</code>), { $state }
admin-receipt-seen-text = {"\u000A"}• the same reference as receipt #{ $id } of { $name } (<code>{ $user_id }</code>), { $state }
admin-receipt-seen-both = {"\u000A"}• the same file and reference as receipt #{ $id } of { $name } (<code>{ $user_id }</code>), { $state }
admin-receipt-copy-seen = { $seen }{"\u000A\u000A"}{ $copy }
admin-receipt-confirm =
    ✅ <b>Approve receipt #{ $id }?</b>
    <b>{ $amount }</b> will be credited to { $name } (<code>{ $user_id }</code>).{ $seen }
admin-receipt-confirm-seen = {"\u000A\u000A"}{ $seen }{"\u000A"}Check that it is not the same transfer before you confirm.
admin-receipt-confirm-again =
    { $seen }

    ⚠️ <b>Approve receipt #{ $id } anyway?</b> <b>{ $amount }</b> will be credited to { $name } (<code>{ $user_id }</code>) although a receipt like it was sent before.
admin-btn-approve-sure = ✅ Confirm: credit { $amount }
admin-btn-approve-anyway = ⚠️ Credit { $amount } anyway
btn-receipt-again = 🧾 Send another receipt
receipt-again =
    🏦 <b>Another receipt for { $amount }</b>
    Receipt #{ $id } was not accepted. If the transfer was made as below, send another receipt for it here: a photo, a document, or the transfer's reference as text.

    { $instructions }
receipt-again-already = You already sent receipt #{ $id } in place of that one.

## issue 22: settings that would cost money (start checks)
admin-alert-panel-currency =
    ⚠️ <b>The panel counts in { $panel }, but CURRENCY is { $currency }.</b>
    Every price is a panel number shown as { $currency }: set CURRENCY={ $panel } and restart the bot, or use a panel account in { $currency }.

## issue 22: Stars invoices and reconciliation
amount-too-big-stars = ⚠️ One Stars invoice holds at most { $stars } { stars-word }: the largest top-up with Stars is { $high }.
stars-invoice-above = ⭐ Pay <b>{ $stars } { stars-word }</b> with the invoice above to add <b>{ $amount }</b> to your balance.
stars-invoice-failed = ⚠️ Telegram did not accept the invoice, so nothing can be paid with it. Please try again in a few minutes, or choose another way to pay.

## issue 22: Stars refunds
stars-refunded-notice =
    ↩️ <b>Your Telegram Stars payment was refunded</b>: { $stars } { stars-word } go back to you, and <b>{ $amount }</b> was taken from your balance.
    Charge: <code>{ $charge }</code>
    Balance: { $balance }.
stars-outside-refund-notice =
    ↩️ <b>Telegram refunded your Stars payment</b> of { $stars } { stars-word }, so <b>{ $taken }</b> was taken back from your balance.{ $owed }
    Charge: <code>{ $charge }</code>
    Balance: { $balance }.
stars-outside-refund-owed = {"\u000A"}{ $owed } could not be taken back (your balance did not cover it) and is recorded as owed to the shop.
stars-outside-refund-uncredited = ↩️ <b>Telegram refunded your Stars payment</b> of { $stars } { stars-word } (charge <code>{ $charge }</code>). It had never been added to your balance, so your balance stays as it was.
admin-stars-outside-refund-alert =
    ↩️ <b>A Stars payment was refunded outside the bot</b>: { $stars } { stars-word } of <code>{ $user_id }</code>, charge <code>{ $charge }</code>.
    Taken back from their wallet: { $taken }.{ $owed }
admin-stars-outside-refund-owed = {"\u000A"}⚠️ Their balance did not cover it: <b>{ $owed }</b> is recorded as owed (/user { $user_id }).
admin-stars-outside-refund-uncredited = ↩️ <b>A Stars payment was refunded outside the bot</b>: { $stars } { stars-word } of <code>{ $user_id }</code>, charge <code>{ $charge }</code>. It was never credited: nothing was taken.
admin-stars-outside-refund-unknown = ↩️ <b>A Stars payment was refunded outside the bot</b>: { $stars } { stars-word } of <code>{ $user_id }</code>, charge <code>{ $charge }</code>. The bot has no record of this payment: nothing was taken.
admin-stars-refund-confirmed = ✅ Telegram confirms the refund of { $stars } { stars-word } to <code>{ $user_id }</code> (charge <code>{ $charge }</code>) whose outcome was unknown. { $taken }
admin-stars-refund-refused-alert = ⚠️ Telegram refused the refund of { $stars } { stars-word } to <code>{ $user_id }</code> (charge <code>{ $charge }</code>, asked by <code>{ $admin_id }</code>): <code>{ $error }</code>. { $back }
admin-stars-refund-given-back = { $amount } was given back to their wallet.
admin-refund-stars-in-progress = ⏳ A refund of this Stars payment is already in progress: nothing more was taken. Wait for its answer, then check with /refund_stars { $charge }.
admin-user-owed = {"\u000A"}⚠️ Owed from Stars payments refunded outside the bot: <b>{ $owed }</b>

## issue 27: flood control answers every dropped button press
flood-tap-again = ⏳ Too fast — tap again in a moment.

## issue 27: short of money (the summary's balance line, a button that tops up what is missing, Stars on the amount buttons)
summary-balance = {"\u000A"}Balance: { $balance } → { $after }
summary-balance-short = {"\u000A"}Balance: { $balance } · { $missing } missing
summary-top-up-most = {"\u000A"}ℹ️ One top-up is at most { $high }: after it, top up again for the rest.
btn-top-up-for = ➕ Top up { $amount }
topup-for-methods =
    ➕ <b>Top up { $amount }</b>

    Choose how to pay.
topup-for-none =
    ➕ <b>Top up { $amount }</b>

    No way to pay takes this amount at once. Choose another amount.
btn-other-amount = ✏️ Another amount
topup-preset-stars = { $amount } · { $stars } ⭐

## issue 27: links a customer would type
link-as-sent = 🔗 Link: { $value }
input-link-not-link = That is not a link. Send the link to the page or post, like https://instagram.com/yourpage
input-link-handle-unknown = For this service a name with @ is not enough: send the full link to the page or post, starting with https://
input-link-handle-bad = That is not an account name this network allows. Send the name as it is written in the profile, like @yourname, or the full link.

## issue 27: prices that read well
per-one = each
price-each-short = { $price } each
btn-pick-total = { $quantity } · { $total }
order-again-head =
    🔁 <b>{ $service }</b>
    🔗 Link: { $link }

## issue 27: a panel refusal keeps the form and says why
order-not-taken =
    ❌ The order was not accepted: { $reason }.
    Your balance was refunded in full. Your order form is kept: you can edit the link or try again.
refusal-link = the link is private or wrong
refusal-active = there is already an active order for this link; wait until it is completed
refusal-quantity = the quantity is out of the allowed range
refusal-unavailable = this service is unavailable right now
refusal-other = the provider did not accept the order
btn-edit-link = ✏️ Edit link
btn-try-again = 🔁 Try again

## issue 24: promo codes
command-promo = use a promo code
btn-promo = 🎟 Promo code
promo-ask = 🎟 Send your promo code.
promo-bad-code = That is not a promo code: a code has 3 to 32 letters, digits, _ or -. Send it again, or go back.
promo-unknown = ❌ There is no promo code { $code }. Check how it is spelled.
promo-expired = ⌛ Promo code { $code } has expired.
promo-used-up = 🚫 Promo code { $code } has been used up.
promo-already = ℹ️ You have already used promo code { $code }.
promo-not-yet-deposit = ⏳ A bonus on your next top-up is already waiting for you ({ $waiting }). Top up first, then send { $code } again.
promo-not-yet-discount = ⏳ A discount on your next order is already waiting for you ({ $waiting }). Order first, then send { $code } again.
promo-taken-bonus = ✅ Promo code { $code }: <b>{ $amount }</b> added to your balance. Balance: { $balance }.
promo-taken-waiting = ✅ Promo code { $code }: { $terms }. It is kept for you in the 💰 Wallet.
promo-terms-bonus = a bonus of { $amount }
promo-terms-discount = −{ $percent }% on your next order
promo-terms-deposit = +{ $percent }% bonus on your next top-up
promo-terms-deposit-min = +{ $percent }% bonus on your next top-up of at least { $min }
wallet-promo-waiting = 🎟 Waiting: { $terms } ({ $code })
summary-discount = Discount: −{ $percent }% with { $code } (instead of { $list }){"\u000A"}
promo-deposit-credited-notice = 🎁 Promo code { $code }: a bonus of <b>{ $amount }</b> came with your top-up.
reason-bonus = Bonus (promo code { $code })
admin-ledger-kind-bonus = bonus
admin-promo-usage =
    Usage:
    /promo: every code with its uses and state
    /promo add &lt;CODE&gt; bonus &lt;amount&gt; [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo add &lt;CODE&gt; deposit &lt;percent&gt;% [min &lt;amount&gt;] [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo add &lt;CODE&gt; discount &lt;percent&gt;% [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo off &lt;CODE&gt;: stop a code
    A code has 3 to 32 letters, digits, _ or - (case does not matter).
admin-promo-list =
    🎟 <b>Promo codes</b>
    { $lines }
admin-promo-list-empty = 🎟 No promo codes yet.
admin-promo-line = <code>{ $code }</code> · { $terms } · used { $uses } · { $state }
admin-promo-state-active = active
admin-promo-state-until = active until { $date }
admin-promo-state-stopped = stopped
admin-promo-state-expired = expired
admin-promo-state-used-up = used up
admin-promo-added = ✅ Promo code <code>{ $code }</code> created: { $terms }.{ $limits }
admin-promo-uses-limit = {"\u000A"}Uses: at most { $uses }.
admin-promo-until = {"\u000A"}Valid until { $date }.
admin-promo-exists = ❌ Promo code <code>{ $code }</code> exists already; a code is never made twice. Choose another name.
admin-promo-stopped = ⏹ Promo code <code>{ $code }</code> is stopped: nobody can take it now. Bonuses and discounts already taken are still given.
admin-promo-not-active = ❌ There is no active promo code <code>{ $code }</code>.
admin-promo-problem-missing = Name the code, its kind and its amount or percent.
admin-promo-problem-code = A code has 3 to 32 letters, digits, _ or - (and is not "add" or "off"), not <code>{ $value }</code>.
admin-promo-problem-kind = The kind is bonus, deposit or discount, not <code>{ $value }</code>.
admin-promo-problem-percent = The percent is a whole number from 1 to { $high } followed by %, like 15%, not <code>{ $value }</code>.
admin-promo-problem-option = This kind of code takes no option <code>{ $value }</code> (or it has no value, or comes twice).
admin-promo-problem-min = The minimum top-up must be an amount like 10.50, not <code>{ $value }</code>.
admin-promo-problem-uses = The number of uses must be a whole number from 1 to 1000000, not <code>{ $value }</code>.
admin-promo-problem-days = The number of days must be a whole number from 1 to 3650, not <code>{ $value }</code>.
admin-stats-promos = {"\u000A\u000A"}🎟 <b>Promo codes (all time)</b>{"\u000A"}{ $lines }
admin-stats-promo-bonus = { $code }: bonuses given: { $count } · { $amount }
admin-stats-promo-deposit = { $code }: top-up bonuses given: { $count } · { $amount }
admin-stats-promo-discount = { $code }: discounted orders: { $count } · { $amount } off

## issue 25: the console with buttons
admin-menu-stats = 📊 Stats
admin-menu-review = 🕵️ Review ({ $count })
admin-menu-topups = 🏦 Top-ups waiting ({ $count })
admin-menu-find = 🔎 Find
admin-menu-broadcast = 📣 Broadcast
admin-menu-catalogue = 🗂 Catalogue
admin-menu-panels = 🔌 Panels
admin-menu-backup = 💾 Backup
admin-menu-tickets = 💬 Conversations ({ $count })
admin-menu-promo = 🎟 Promo codes
admin-menu-catalogue-hint =
    {"\u000A\u000A"}/markup, /hide, /show and /sync change the catalogue.
admin-menu-backup-sent = 💾 The backup is sent above.
admin-menu-gone = This button is no longer in the menu: open /admin again.
admin-btn-menu = ⬅️ Admin menu
admin-btn-cancel = ✖️ Cancel
admin-btn-find-again = 🔎 Find again
admin-find-ask = 🔎 Send an order number (#12), the panel's order id, a link or part of it, a user id or @username.
admin-find-usage =
    Usage: /find &lt;order number, panel order id, link, user id or @username&gt;
admin-find-none = 🔎 Nothing matches <code>{ $query }</code>.
admin-find-many = 🔎 { $count } matches for <code>{ $query }</code>:
admin-find-order-button = 📦 #{ $id } { $icon } · { $price } · 👤 { $user_id }
admin-find-user-button = 👤 { $name } · { $id }
admin-card-orders =
    {"\u000A\u000A"}<b>Orders</b> (page { $page } of { $pages })
    { $lines }
admin-card-moves =
    {"\u000A\u000A"}<b>Wallet movements</b> (page { $page } of { $pages })
    { $lines }
admin-btn-orders-prev = ⬅️ Orders
admin-btn-orders-next = Orders ➡️
admin-btn-moves-prev = ⬅️ Movements
admin-btn-moves-next = Movements ➡️
admin-btn-customer = 👤 Customer { $id }
admin-btn-refund-all = ↩️ Refund all ({ $amount })
admin-btn-refund-part = ✏️ Refund a part
admin-btn-refund-confirm = ✅ Confirm: refund { $amount }
admin-btn-back-to-order = ⬅️ Order #{ $id }
admin-order-refund-prompt = ✏️ How much of order #{ $id } should go back to the customer? At most { $left }. Send the amount (for example <code>0.50</code>).
admin-order-refund-bad-amount = ❌ Send a positive amount with at most { $decimals } decimals, like <code>0.50</code>.
admin-order-refund-confirm =
    ↩️ Refund <b>{ $amount }</b> of order #{ $id } to customer <code>{ $user_id }</code>?
    Paid { $paid }, refunded so far { $refunded }.
admin-order-refund-done = ✅ { $amount } of order #{ $id } is refunded to customer <code>{ $user_id }</code>; { $left } is left to refund. The customer is told.
admin-order-refund-not-final = Order #{ $id } is { $state }: only a finished order is refunded here.
admin-order-refund-nothing-left = Order #{ $id } is refunded in full already.
admin-order-refund-too-much = ❌ { $amount } is more than is left to refund ({ $left }).
admin-order-refund-changed = Order #{ $id } was refunded meanwhile: nothing more was done. { $left } is left; open the order to refund again.
admin-customer-order-refund = ↩️ { $amount } of your order #{ $id } was refunded to your balance.
admin-ledger-kind-order-refund = order refund
reason-order-refund = Refund by the shop for order #{ $id }

## issue 25: conversations with the shop
command-support = Write to the shop
btn-support-answer = ↩️ Answer
btn-support-ask-order = ❓ Ask about this order
btn-support-send-search = ✉️ Send this to support
support-prompt =
    💬 <b>Support</b>

    Write your question in one message: text, a photo or a document. The shop answers here.
support-prompt-order =
    💬 <b>Support</b> · order <b>#{ $id }</b>

    Write your question about this order in one message: text, a photo or a document. The shop answers here.
support-sent = ✅ Sent to the shop (conversation #{ $id }). The answer comes here.
support-wrong-kind = Send text, a photo or a document, or tap Cancel.
support-canceled = Nothing was sent.
admin-support-card =
    💬 <b>Conversation #{ $id }</b>
    From: { $name } · <code>{ $user_id }</code> · { $username }
    Balance: { $balance }
admin-support-order = 📦 About order <b>#{ $id }</b>
admin-support-blocked = 🚫 The customer blocked the bot: answers do not reach them.
admin-support-answered = ↩️ Answered by { $name }, { $when }
admin-support-closed = ✅ Closed by { $name }, { $when }
btn-support-reply = ↩️ Reply
btn-support-close = ✅ Close
btn-support-order = 📦 Order #{ $id }
admin-support-ask-reply = ↩️ Your next message (text, photo, document, anything) goes to { $name } as the shop's answer in conversation #{ $id }.
admin-support-delivered = ✅ Your answer was delivered to { $name } (conversation #{ $id }).
admin-support-not-delivered = ⚠️ Telegram did not take the answer for conversation #{ $id }. Send it again, or Cancel.
admin-support-blocked-reply = 🚫 { $name } blocked the bot: the answer in conversation #{ $id } was not delivered.
admin-support-closed-already = Conversation #{ $id } is closed.
admin-support-unknown = There is no conversation #{ $id }.
admin-support-closed-done = ✅ Conversation #{ $id } closed.
admin-support-reply-canceled = Nothing was sent in conversation #{ $id }.
admin-tickets =
    💬 <b>Open conversations</b>: { $count }, the longest waiting first

    { $lines }
admin-tickets-none = 💬 No open conversations.
admin-tickets-line = #{ $id } · { $name } (<code>{ $user_id }</code>) · since { $when }
admin-tickets-button = #{ $id } · { $name }
admin-tickets-more = … and { $more } more.

## issue 25: numbers over time (/stats of a period, the chart)
admin-stats-screen =
    📊 <b>Statistics: { $period }</b>
    { $since }

    👥 Customers: { $customers } · active in 7 days: { $active } · blocked the bot: { $blocked }
    🆕 New customers: { $new }
    🧾 Orders: { $orders }

    💵 Revenue (paid by customers, less refunds): { $revenue }
    🏭 Panel cost: { $cost }
    📈 Margin: { $margin }
    🤝 Commissions paid: { $commissions }
    🎁 Bonuses paid: { $bonuses }

    🔄 Open orders now: { $open } · ❔ awaiting review: { $review }
admin-stats-since = Since { $when }
admin-stats-since-start = Since the shop opened
admin-stats-period-today = Today
admin-stats-period-7d = 7 days
admin-stats-period-30d = 30 days
admin-stats-period-all = All time
admin-stats-btn-period = { $period }
admin-stats-btn-shown = • { $period } •
admin-stats-btn-chart = 📈 Chart of 30 days
# Commissions or bonuses paid: how many entries, and their sum.
admin-stats-rewards = { $count } · { $amount }
admin-stats-topups-none-in-period = {"\u000A\u000A"}💳 Top-ups: none
admin-chart-drawing = Drawing the chart…
admin-chart-title = Last { $days } days
admin-chart-revenue = Revenue
admin-chart-cost = Panel cost
admin-chart-orders = Orders
admin-chart-day = Day (UTC)
admin-chart-caption = 📈 Last { $days } days: orders { $orders } · revenue { $revenue } · panel cost { $cost } · margin { $margin }

## issue 24: invite links and the channel to join first
note-commission = 👥 A friend you invited finished order #{ $id }: your commission <b>{ $amount }</b> is in your wallet. Balance: { $balance }.
reason-commission = Commission for a friend's order #{ $id }
admin-ledger-kind-commission = commission
btn-invite = 👥 Invite friends
btn-share = 📤 Share
invite =
    👥 <b>Invite friends</b>

    Share your link. A friend who opens the shop through it for the first time stays your friend here, and you earn <b>{ $percent }%</b> of what they pay for their orders, into your wallet.

    🔗 { $link }
    Joined through your link: <b>{ $joined }</b>
    Earned: <b>{ $earned }</b>
invite-off = 👥 Inviting friends is not open in this shop right now.
invite-share-text = Followers, likes and views for your pages: try this shop
admin-user-invited-by = {"\u000A"}👥 Invited by: { $who }
admin-user-invites = {"\u000A"}👥 Invited: { $joined } · earned { $earned }
admin-stats-invites =
    {"\u000A\u000A"}👥 <b>Invites</b>: commission paid { $paid }
    { $lines }
admin-stats-inviter-line = { $who }: { $joined } joined · { $earned }
admin-stats-inviters-none = no inviters yet
gate =
    📢 <b>Join our channel first</b>

    The shop opens once you are a member of:
    { $channels }

    Join, then press "✅ I've joined".
gate-channel = • { $channel }
btn-gate-join = ➕ Join { $channel }
btn-gate-joined = ✅ I've joined
gate-still-missing = You have not joined { $channels } yet. Join, then press the button again.
admin-gate-unchecked =
    ⚠️ The bot cannot check who is a member of { $channel } ({ $error }), so customers are let in without it.
    Make the bot an administrator of that channel, or correct REQUIRED_CHANNELS and restart.

## issue 27: numbers and words each language's way (item 9)
# Stars in a count of them (Telegram's word)
stars-word = { $stars ->
        [one] Star
       *[other] Stars
    }
ask-quantity-each =
    🔢 How many?
    💵 Price: <b>{ $rate }</b> each
    Send a number from <b>{ $low }</b> to <b>{ $high }</b>, or tap one below.
so-far-each = {"\u000A\u000A"}🧾 So far: { $quantity } × { $rate } = <b>{ $total }</b>
summary-rate-each = Price: { $rate } each{"\u000A"}

## issue 24: a top-up's reversal takes back its deposit bonus
stars-amount-with-bonus = { $amount } (including the { $bonus } bonus of promo code { $code })
stars-refund-bonus-line = {"\u000A"}🎁 To take back: the payment's { $amount } and the { $bonus } bonus of promo code { $code } that came with it.{ $owed }
reason-bonus-taken-back = Bonus taken back (promo code { $code }): its top-up was refunded

## issue 24: an admin's refund takes back the inviter's commission (review)
note-commission-taken-back = ↩️ The shop refunded order #{ $id } of a friend you invited: { $amount } of your commission on it was taken back. Balance: { $balance }.
reason-commission-taken-back = Commission taken back: a friend's order #{ $id } was refunded
admin-order-refund-commission-taken = 👥 { $taken } of the commission paid on this order was taken back from the inviter <code>{ $user_id }</code>; they are told.
admin-order-refund-commission-short = 👥 { $due } of the commission paid on this order was due back from the inviter <code>{ $user_id }</code>, but their balance covered only { $taken }: that much was taken, the rest stays with them.

## issue 23: the shop's own catalogue (names, descriptions, the catalogue CSV)
admin-problem-service = Name the service as service &lt;n&gt; (the shop's number).
admin-problem-lang = The language must be one of: { $langs }.
admin-problem-text-empty = The text is missing.
admin-problem-text-too-long = The text is longer than { $limit } characters.
admin-rename-usage =
    Usage:
    /rename service &lt;n&gt; &lt;lang&gt; &lt;name&gt;
    /rename category &lt;n&gt; &lt;lang&gt; &lt;name&gt;
    A name of at most 100 characters; <code>-</code> removes the shop's name, so the panel's shows again.
    Example: /rename service 12 ru Подписчики Instagram
admin-describe-usage =
    Usage: /describe service &lt;n&gt; &lt;lang&gt; &lt;description&gt;
    At most 1000 characters, on several lines if you like; <code>-</code> removes the shop's description.
admin-service-usage = Usage: /service &lt;n&gt; (the shop's number of the service)
admin-text-set-name = ✅ { $scope_title } { $id } is now called «{ $text }» in { $lang }.
admin-text-removed-name = ✅ { $scope_title } { $id } has no name of the shop's in { $lang } any more: customers read the English one, else the panel's.
admin-text-set-description = ✅ The description of { $scope_title } { $id } in { $lang } is saved.
admin-text-removed-description = ✅ { $scope_title } { $id } has no description of the shop's in { $lang } any more: customers read the English one, else the panel's.
admin-service-card =
    🧾 <b>Service { $id }</b>
    Panel: { $panel } · its id { $panel_id }
    The panel's name: { $panel_name }
    Category: { $category }
    Names of the shop:
    { $names }
    Descriptions of the shop:
    { $descriptions }
    Type: { $type }
    Rate: { $rate } · customers pay { $price } per 1000
    Min–max: { $low }–{ $high }
    Markup: { $markup }% ({ $markup_from })
    Hidden: { $hidden }
admin-service-text-line = · { $lang }: { $text }
admin-service-texts-none = · none: the panel's text is shown
admin-service-markup-own = its own
admin-service-markup-inherited = from its category or the global one
admin-service-btn-rename = ✏️ Rename
admin-service-btn-describe = 📝 Describe
admin-service-choose-lang-name = ✏️ Service { $id }: in which language do you want to name it?
admin-service-choose-lang-desc = 📝 Service { $id }: in which language do you want to describe it?
admin-service-ask-name = ✏️ Send the name of service { $id } in { $lang } (at most { $limit } characters), or <code>-</code> to remove the shop's name.
admin-service-ask-description = 📝 Send the description of service { $id } in { $lang } (at most { $limit } characters), or <code>-</code> to remove the shop's description.
admin-service-gone = This service is no longer in the catalogue.
admin-export-catalogue = 📄 Catalogue: { $count } services. Edit the names, descriptions, markup and hidden columns, then send the file back with the caption /import catalogue.
admin-import-usage = Usage: send the file of /export catalogue with the caption <code>/import catalogue</code>, or answer the message with the file with <code>/import catalogue</code>.
admin-import-unreadable = ❌ The file cannot be read as a CSV in UTF-8.
admin-import-too-big = ❌ The file is larger than { $megabytes } MB.
admin-import-problems =
    ❌ Nothing was changed: the file has { $count } problems.
    { $lines }
admin-import-problems-more = … and { $count } more.
admin-import-problem-column = Unknown column <code>{ $value }</code>.
admin-import-problem-no-id = The column <code>id</code> is missing.
admin-import-problem-id = Row { $row }: <code>{ $value }</code> is not a service number of the shop.
admin-import-problem-duplicate = Row { $row }: service { $value } is in the file twice.
admin-import-problem-too-long = Row { $row }: { $value } is longer than { $limit } characters.
admin-import-problem-markup = Row { $row }: the markup must be empty or a percent from 0 to 10000, not <code>{ $value }</code>.
admin-import-problem-hidden = Row { $row }: hidden must be 0 or 1, not <code>{ $value }</code>.
admin-import-preview =
    🔎 The file changes { $services } services ({ $changes } changes). The first ones:
    { $lines }

    Apply them?
admin-import-change = #{ $id } { $column }: «{ $old }» → «{ $new }»
admin-import-blank = (empty)
admin-import-nothing = ✅ The file changes nothing: the catalogue already reads like it.
admin-import-applied = ✅ Applied: { $changes } changes to { $services } services.
admin-import-canceled = ✖️ The import is canceled: nothing was changed.
admin-import-stale = This import is already applied or canceled.
admin-import-btn-apply = ✅ Apply
admin-import-btn-cancel = ✖️ Cancel
admin-help-catalogue =
    /service &lt;n&gt;: a service's card (panel, names, descriptions, price), with Rename and Describe
    /rename service|category &lt;n&gt; &lt;lang&gt; &lt;name&gt;: the shop's name in a language
    /describe service &lt;n&gt; &lt;lang&gt; &lt;text&gt;: the shop's description in a language
    /export catalogue, /import catalogue: the catalogue as a CSV, edited and sent back
    /alt &lt;n&gt; [&lt;m&gt;]: a service's alternatives on other panels, tried when its panel refuses an order

## issue 23: alternatives when a panel says no
admin-alt-usage =
    Usage:
    /alt &lt;service&gt;: its alternatives on other panels
    /alt &lt;service&gt; &lt;service&gt;: the second becomes the next alternative of the first
    /alt &lt;service&gt; off &lt;service&gt;: remove one
    /alt &lt;service&gt; clear: remove them all
    When a service's panel refuses an order outright (or cannot be reached at all), its alternatives are tried in turn, at the price the customer was quoted. After a timeout or an unreadable answer never: the order may exist, it waits for /review.
admin-alt-title = 🔀 <b>Alternatives of #{ $id }</b> · { $name } ({ $panel })
admin-alt-none = None: an order its panel refuses is refunded.
admin-alt-line = { $position }. #{ $id } · { $name } · { $panel } · { $low }–{ $high }
admin-alt-unusable = {" "}· ⚠️ not used now (hidden, gone, or its panel not configured)
admin-alt-hint = Add: /alt { $id } &lt;service&gt; · remove: /alt { $id } off &lt;service&gt; · all: /alt { $id } clear
admin-alt-no-service = There is no service #{ $id }.
admin-alt-no-alternative = There is no service #{ $alternative }.
admin-alt-same = A service cannot be its own alternative.
admin-alt-same-panel = #{ $alternative } is on the same panel as #{ $id }: an alternative must be on another panel.
admin-alt-other-type = #{ $alternative } is not of the same type as #{ $id }: an order of one cannot go to the other.
admin-alt-listed = #{ $alternative } is already an alternative of #{ $id }.
admin-alt-not-listed = #{ $alternative } is not an alternative of #{ $id }.
admin-alt-too-many = #{ $id } has { $max } alternatives already: remove one first.
admin-order-panel-ref = { $panel_order_id } on { $panel }
admin-order-panel-ref-via = { $panel_order_id } on { $panel }, via service #{ $service_id }
admin-panel-n-refuses =
    ⚠️ <b>{ $panel } refuses orders</b> (funds or API key):
    <code>{ $error }</code>
    An order of a service with an alternative on another panel goes there; any other is refunded and its customer sees 'temporarily unavailable'.
admin-service-alternatives = 🔀 Alternatives on other panels:

## issue 23: search in the customer's words
search-results-cut =
    🔎 Results for <b>{ $query }</b>: { $shown } of { $total } shown: add a word to narrow it.

    💵 Prices per 1000 (📦 per package). Tap a service for details.
# The words a customer may type for each kind of service and each network, comma-separated.
# Every language's words are used for every customer, so list your language's own (with the
# forms people type: plurals, cases, endings). A word of four letters or more also names the
# thing with an ending added ("like" in "likes"). A word in parentheses is understood when
# typed but not looked for in service names: a short form that is also a part of other words
# ("insta" is in "Instant start"). Words under three letters are always of that kind.
search-words-followers = follower, followers, follow, follows
search-words-subscribers = subscriber, subscribers, subs, subscribe
search-words-likes = like, likes, liked, hearts
search-words-views = view, views, viewers, plays, watch, impressions
search-words-comments = comment, comments
search-words-members = member, members
search-words-shares = share, shares, repost, reposts, retweet, retweets
search-words-saves = save, saves, saved, bookmark, bookmarks
search-words-reactions = reaction, reactions, react, emoji
search-words-votes = vote, votes, voting, poll, polls
search-words-story = story, stories
search-words-reels = reel, reels
search-words-live = (live), livestream, live stream, live video, live view, live like, live comment, live broadcast
search-words-instagram = instagram, (insta), (ig), (inst)
search-words-tiktok = tiktok, tik tok, (tt)
search-words-youtube = youtube, you tube, (yt)
search-words-telegram = telegram, (tg), (tele)
search-words-facebook = facebook, (fb)
search-words-twitter = twitter, tweet, tweets, (x)
search-words-spotify = spotify
search-words-twitch = twitch
search-words-discord = discord
search-words-threads = threads
search-words-linkedin = linkedin, linked in

## issue 23: several panels (status sync, alerts, /panel, /sync, the order card)
admin-panels =
    🏭 <b>Panels</b>
    Catalogue: { $services } services in { $categories } categories, refreshed { $refreshed }
    Last status sync: { $sync }
admin-panels-entry =
    <b>{ $name }</b> (panel { $number })
    Balance: { $balance }
    Services: { $services }, refreshed { $refreshed }
    Orders last synced: { $synced }
admin-sync-panel-done = • { $name }: { $total } services · added { $added } · changed { $changed } · removed { $removed }
admin-sync-panel-failed = • { $name }: ❌ not refreshed, its stored services stay (<code>{ $error }</code>)
admin-review-on-panel = { $service } · panel { $name }
admin-alert-panel-low =
    ⚠️ <b>The balance of panel { $name } is low</b>: { $amount } { $currency }, below { $threshold } { $currency }.
    Top it up, or its orders will start failing.
admin-alert-panel-ok = ✅ The balance of panel { $name } is back above { $threshold } { $currency }: { $amount } { $currency }.
admin-alert-panel-currency-differs =
    ⚠️ <b>Panel { $name } counts in { $panel }, but CURRENCY is { $currency }.</b>
    Its prices are panel numbers shown as { $currency }: use an account in { $currency } on that panel, or set CURRENCY={ $panel } and restart the bot.
admin-alert-panel-catalogue-failing =
    ⚠️ <b>The catalogue of panel { $name } keeps failing to refresh</b> (since { $since }).
    Customers browse its last stored services; the other panels refresh.
    <code>{ $error }</code>
admin-alert-panel-catalogue-recovered = ✅ The catalogue of panel { $name } refreshes again.
admin-alert-panel-renamed =
    ✏️ <b>Panel { $name } renamed { $count } services</b> (the shop's own names stay as they are):
    { $lines }{ $more }
admin-alert-panel-renamed-more = {"\u000A"}… and { $count } more

## issue 23: browsing a big catalogue
platforms = 🛒 <b>Choose a platform</b>
platform-name = { $key ->
    [instagram] Instagram
    [tiktok] TikTok
    [youtube] YouTube
    [telegram] Telegram
    [facebook] Facebook
    [x] X (Twitter)
    [spotify] Spotify
    [twitch] Twitch
    [discord] Discord
    [threads] Threads
    [linkedin] LinkedIn
   *[other] Other
}
platform-button = { $icon } { $platform } ({ $count })
platform-categories = { $icon } <b>{ $platform }</b>: choose a category
btn-popular = 🔥 Popular
popular-header = 🔥 <b>Popular</b>: ordered most in the last { $days } days
popular-none = 🔥 Nothing has been ordered lately: choose a platform instead.
admin-platform-usage =
    Usage: /platform &lt;category id&gt; &lt;platform&gt;
    Platforms: { $keys }
    Example: /platform 12 tiktok
admin-platform-set = 📂 Category { $id } ({ $name }) is now under { $platform }; refreshes keep it there.
admin-platform-not-found = There is no category { $id }.
admin-rank-usage =
    Usage: /rank &lt;service id&gt; &lt;place&gt;
    Place 1 shows the service first in its category, before the services in price order (cheapest first); 0 puts it back in price order. Places go up to { $max }.
    Example: /rank 305 1
admin-rank-set = ↕️ Service { $id } ({ $name }) is now number { $place } in its category.
admin-rank-reset = ↕️ Service { $id } ({ $name }) is back in price order.
admin-rank-not-found = There is no service { $id }.

## issue 26: the shop's API v2 for resellers
btn-api = 🔑 API for resellers
api-screen-unavailable =
    🔑 <b>API</b>

    This shop does not offer API access.
api-screen-off =
    🔑 <b>API for resellers</b>

    Your own bot or website can order from this shop through the standard SMM panel API v2, paying from this wallet at the prices you see here. Refunds of Partial and Canceled orders come back to this wallet.

    Turn it on to get your key.
api-screen-on =
    🔑 <b>API for resellers</b>: on

    Address: <code>{ $url }</code>
    Status messages here for API orders: { $notices }

    Your key was shown once, when it was made. Lost it? Press "New key": the old one stops working.
api-screen-key =
    🔑 <b>Your API key</b>, shown only this once: copy it now and keep it secret.

    <code>{ $key }</code>

    Address: <code>{ $url }</code>
    Try it:
    <code>{ $curl }</code>
api-screen-blocked =
    🔑 <b>API</b>

    The shop turned your API access off. Contact support if you think this is a mistake.
api-notices-on = on
api-notices-off = off
btn-api-turn-on = ✅ Turn on and get a key
btn-api-new-key = 🔄 New key
btn-api-turn-off = ⛔ Turn off
btn-api-notices-on = 🔔 Status messages: on
btn-api-notices-off = 🔕 Status messages: off
order-api-mark = [API]
admin-user-api-on = {"\u000A"}🔑 API: on, key since { $since }
admin-user-api-off = {"\u000A"}🔑 API: off
admin-user-api-blocked = {"\u000A"}🔑 API: turned off by an admin
admin-btn-api-block = ⛔ Turn API off
admin-btn-api-allow = ✅ Allow API again
admin-api-blocked = API of { $user_id } turned off: the key no longer works.
admin-api-allowed = { $user_id } may turn the API on again.
admin-stats-api = {"\u000A\u000A"}🔑 Through the API: { $count } orders · { $revenue }
admin-api-no-user = No user { $user_id } is known to the shop.
