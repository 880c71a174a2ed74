# Persian (Iranian). Values are HTML (Telegram's parse mode); variables arrive escaped.

## Customers

btn-new-order = 🛒 سفارش جدید
btn-search = 🔎 جستجو
btn-my-orders = 📦 سفارش‌های من
btn-balance = 💰 کیف پول
btn-help = ❓ راهنما
btn-home = 🏠 منوی اصلی
btn-back = ⬅️ بازگشت
btn-prev = ◀️
btn-next = ▶️
btn-cancel = ✖️ انصراف
btn-language = 🌐 زبان
greeting =
    👋 سلام، <b>{ $name }</b>!

    اینجا می‌توانید برای صفحه‌های شبکه‌های اجتماعی‌تان فالوور، لایک، بازدید و خیلی چیزهای دیگر سفارش دهید.
    از دکمه‌های زیر، هر چه لازم دارید را انتخاب کنید.
main-menu =
    🏠 <b>منوی اصلی</b>
    چه کاری می‌خواهید انجام دهید؟
help =
    <b>راهنمای استفاده</b>
    1. موجودی‌تان را شارژ کنید: 💰 کیف پول ← شارژ کیف پول.
    2. 🛒 سفارش جدید: یک دسته‌بندی و یک سرویس انتخاب کنید، لینک و سپس تعداد را بفرستید.
    3. قیمت را بررسی و سفارش را تأیید کنید. مبلغ از موجودی شما کسر می‌شود.
    4. سفارش‌هایتان را در 📦 سفارش‌های من پیگیری کنید؛ هر بار وضعیتشان تغییر کند، پیام دریافت می‌کنید.

    <b>دستورها</b>
    /start: منوی اصلی
    /orders: سفارش‌های شما
    /balance یا /wallet: موجودی، شارژها و تاریخچه
    /language: تغییر زبان
    /cancel: خروج از کاری که در حال انجامش هستید
    /help: همین راهنما
cancelled = لغو شد. هیچ سفارشی ثبت نشد.
nothing-to-cancel = چیزی برای لغو وجود ندارد.
banned = دسترسی شما به این فروشگاه مسدود شده است.
unknown-input = متوجه نشدم. از دکمه‌ها استفاده کنید، یا برای رفتن به منوی اصلی /start را بزنید.
button-expired = این دکمه دیگر معتبر نیست.
unknown-command =
    🏠 <b>منوی اصلی</b>
    این دستور را نمی‌شناسم. چه کاری می‌خواهید انجام دهید؟
command-start = منوی اصلی
command-orders = سفارش‌های من
command-balance = موجودی من
command-language = تغییر زبان
command-cancel = خروج از مرحله‌ی فعلی
command-help = راهنمای استفاده
language-pick = 🌐 <b>زبان خود را انتخاب کنید</b>
language-set = ✅ زبان: { $language }
balance =
    💰 <b>کیف پول</b>

    موجودی شما: <b>{ $amount }</b>
wallet-credited-notice = 💰 کیف پول شما به مبلغ <b>{ $amount }</b> شارژ شد. موجودی: { $balance }.
admin-panel-refuses =
    ⚠️ <b>پنل سفارش‌ها را نمی‌پذیرد</b> (موجودی یا کلید API):
    <code>{ $error }</code>
    مشتریان پیام «موقتاً در دسترس نیست» را می‌بینند و مبلغشان بازگردانده می‌شود.
admin-placed-after-resolution = ⚠️ سفارش شماره { $order_id } پس از تعیین تکلیف، به‌عنوان سفارش پنل <code>{ $panel_id }</code> ثبت شد. آن را در پنل بررسی کنید (/order { $order_id }).
admin-order-unknown =
    ⚠️ <b>سفارش شماره { $order_id }: نتیجه نامشخص</b>
    پنل پاسخ روشنی نداد؛ مبلغ مشتری نگه داشته شده است.
    مشتری: <code>{ $user_id }</code>
    سرویس: { $service_id } { $service }
    لینک: { $link }
    تعداد: { $quantity }
    پرداختی: { $price }
    دلیل: { $reason }
    پنل را بررسی کنید، سپس با /review تعیین تکلیفش کنید.
categories = 🛒 <b>یک دسته‌بندی انتخاب کنید</b>
categories-empty = فهرست سرویس‌ها فعلاً خالی است. لطفاً چند دقیقه‌ی دیگر دوباره امتحان کنید.
category-gone = این دسته‌بندی دیگر در دسترس نیست.
service-gone = این سرویس دیگر در دسترس نیست. لطفاً سرویس دیگری انتخاب کنید.
services-header = 📂 <b>{ $category }</b>
page = صفحه‌ی { $page } از { $pages }
services-hint = 💵 قیمت‌ها برای هر 1000 عدد است (📦 برای هر بسته). برای دیدن جزئیات، روی سرویس بزنید.
category-button = { $name } ({ $count })
service-button = { $name } · { $price }
price-package-short = 📦 { $price }
btn-first-page = ⏮ 1
service-card =
    <b>{ $name }</b>
    📂 { $category }

    { $description }💵 قیمت: <b>{ $price }</b> { $unit }
    📏 سفارش از { $low } تا { $high }
    ♻️ جبران ریزش: { $refill }
    ✖️ امکان لغو: { $cancel }
service-card-dripfeed = {"\u000A"}💧 ارسال تدریجی: دارد
yes = بله
no = خیر
per-1000 = برای هر 1000 عدد
per-package = برای هر بسته
btn-order = 🛒 سفارش
search-prompt = 🔎 چند کلمه برای جستجو بنویسید (مثلاً: <i>فالوور اینستاگرام</i>).
search-results =
    🔎 نتایج جستجوی <b>{ $query }</b>: { $count } مورد پیدا شد.

    💵 قیمت‌ها برای هر 1000 عدد است (📦 برای هر بسته). برای دیدن جزئیات، روی سرویس بزنید.
search-nothing = 🔎 چیزی برای <b>{ $query }</b> پیدا نشد. کلمات دیگری را امتحان کنید یا دسته‌بندی‌ها را ببینید.
search-too-short = برای جستجو دست‌کم دو حرف بنویسید.
ask-link =
    🔗 <b>{ $service }</b>

    لینک را بفرستید (مثلاً https://instagram.com/yourpage).
ask-quantity =
    🔢 چه تعداد؟
    💵 قیمت: <b>{ $rate }</b> برای هر 1000 عدد
    عددی از <b>{ $low }</b> تا <b>{ $high }</b> بفرستید، یا یکی از گزینه‌های زیر را بزنید.
ask-quantity-per-run = {"\u000A"}💧 با ارسال تدریجی (مرحله‌ی بعد)، این تعداد <b>برای هر نوبت</b> است.
so-far = {"\u000A\u000A"}🧾 تا اینجا: { $quantity } × { $rate } برای هر 1000 عدد = <b>{ $total }</b>
so-far-package = {"\u000A\u000A"}🧾 تا اینجا: 1 بسته = <b>{ $total }</b>
summary-rate = قیمت: { $rate } برای هر 1000 عدد{"\u000A"}
summary-rate-package = قیمت: { $rate } برای هر بسته{"\u000A"}
limits-changed = ℹ️ محدوده‌ی سفارش این سرویس در حین سفارش شما تغییر کرد: اکنون از <b>{ $low }</b> تا <b>{ $high }</b> (قبلاً: { $was_low } تا { $was_high }).
limits-changed-fits = {" "}سفارش شما همچنان در این محدوده است.
limits-changed-redo = {" "}لطفاً آن را دوباره وارد کنید؛ بقیه‌ی سفارش شما حفظ می‌شود.
btn-edit-field = ✏️ { $field }
field-link = لینک
field-quantity = تعداد
field-comments = کامنت‌ها
field-username = نویسنده
field-answer = گزینه‌ی نظرسنجی
field-runs = ارسال تدریجی
ask-comments =
    💬 کامنت‌ها را بفرستید، <b>هر کدام در یک خط</b>: از { $low } تا { $high } خط.
    هر خط یک کامنت می‌شود.
ask-username = 👤 نام کاربری نویسنده‌ی کامنت را بفرستید (مثل @username).
ask-answer = 🗳 شماره‌ی گزینه‌ای از نظرسنجی را که باید به آن رأی داده شود بفرستید (1 برای گزینه‌ی اول).
ask-runs =
    💧 ارسال تدریجی: در چند نوبت ارسال شود؟
    در هر نوبت <b>{ $quantity }</b> عدد ارسال می‌شود (تعدادی که انتخاب کردید برای هر نوبت است).
    تعداد نوبت‌ها را بفرستید (از 2 تا { $high })، یا برای ارسال یک‌جا «رد کردن» را بزنید.
ask-interval =
    💧 { $runs } نوبت × { $quantity } = در مجموع <b>{ $total }</b>.
    ⏱ فاصله‌ی بین نوبت‌ها را به دقیقه بفرستید (از 1 تا 10080).
input-link-not-text = لطفاً لینک را به‌صورت متن بفرستید، مثلاً https://instagram.com/yourpage
input-link-empty = لطفاً یک لینک بفرستید، مثلاً https://instagram.com/yourpage
input-link-too-long = این لینک خیلی طولانی است: حداکثر { $limit } نویسه.
input-link-spaces = لینک نمی‌تواند فاصله یا خط جدید داشته باشد. فقط یک لینک بفرستید.
input-link-invisible = این لینک نویسه‌های نامرئی دارد. آن را دوباره کپی کنید و بفرستید.
input-link-invalid = این لینک معتبر نیست. لینکی مثل این بفرستید: https://t.me/yourchannel
input-link-scheme = لینک باید با http:// یا https:// شروع شود.
input-link-host = در این لینک آدرس سایت معتبری نیست. لینک باید مثل این باشد: https://t.me/yourchannel
input-quantity-not-number = لطفاً تعداد را به‌صورت یک عدد صحیح از { $low } تا { $high } بفرستید.
input-quantity-range = تعداد باید از { $low } تا { $high } باشد؛ شما { $value } فرستادید.
input-answer-not-number = لطفاً شماره‌ی گزینه را به‌صورت یک عدد صحیح از { $low } تا { $high } بفرستید.
input-answer-range = شماره‌ی گزینه باید از { $low } تا { $high } باشد؛ شما { $value } فرستادید.
input-runs-not-number = لطفاً تعداد نوبت‌ها را به‌صورت یک عدد صحیح از { $low } تا { $high } بفرستید.
input-runs-range = تعداد نوبت‌ها باید از { $low } تا { $high } باشد؛ شما { $value } فرستادید.
input-runs-impossible = ارسال تدریجی برای این تعداد امکان‌پذیر نیست؛ «رد کردن» را بزنید.
input-interval-not-number = لطفاً فاصله‌ی بین نوبت‌ها را به دقیقه، به‌صورت یک عدد صحیح از { $low } تا { $high } بفرستید.
input-interval-range = فاصله‌ی بین نوبت‌ها باید از { $low } تا { $high } دقیقه باشد؛ شما { $value } فرستادید.
input-comments-empty = کامنت‌ها را به‌صورت متن و هر کدام در یک خط بفرستید: از { $low } تا { $high } خط.
input-comment-too-long = هر کامنت حداکثر می‌تواند { $limit } نویسه داشته باشد.
input-comments-controls = کامنت‌ها نمی‌توانند نویسه‌های کنترلی یا نویسه‌های تغییر جهت متن (U+202A–U+202E، U+2066–U+2069) داشته باشند.
input-comments-count = از { $low } تا { $high } کامنت بفرستید، هر کدام در یک خط؛ شما { $count } کامنت فرستادید.
input-username = نام کاربری نویسنده‌ی کامنت را بفرستید، مثل @username (فقط حروف انگلیسی، عدد، نقطه و زیرخط).
btn-skip = ⏭ رد کردن
btn-confirm = ✅ تأیید
btn-edit = ✏️ ویرایش
summary =
    🧾 <b>سفارش خود را بررسی کنید</b>

    سرویس: { $service }
    لینک: { $link }
    { $details }
    مبلغ کل: <b>{ $total }</b>
summary-quantity = تعداد: { $quantity }{"\u000A"}
summary-dripfeed = ارسال تدریجی: { $runs } نوبت × { $quantity }، هر { $interval } دقیقه{"\u000A"}
summary-comments =
    کامنت‌ها ({ $count }):
    <blockquote>{ $comments }</blockquote>{"\u000A"}
summary-username = نویسنده‌ی کامنت: @{ $username }{"\u000A"}
summary-answer = گزینه‌ی نظرسنجی: { $answer }{"\u000A"}
summary-package = بسته: 1{"\u000A"}
price-changed = ℹ️ قیمت از زمانی که آن را دیدید تغییر کرده است. لطفاً مبلغ کل جدید را بررسی کنید.
placing = ⏳ در حال ثبت سفارش شما…
placing-queued = ⏳ پنل شلوغ است: سفارش شما در صف قرار گرفت و تا لحظاتی دیگر ثبت می‌شود…
placed =
    ✅ <b>سفارش ثبت شد!</b>

    { $card }
already-placed =
    این سفارش قبلاً ثبت شده است.

    { $card }
order-unknown =
    ⏳ سفارش شماره { $order_id } شما در حال بررسی است: تأمین‌کننده آن را به‌موقع تأیید نکرد.
    مبلغ نگه داشته شده و از بین نرفته است: وقتی سفارش تأیید شود پیام دریافت می‌کنید، وگرنه مبلغ به موجودی شما بازگردانده می‌شود.
draft-expired = مهلت این فرم سفارش تمام شده است. لطفاً از نو شروع کنید.
state-submitting = در حال ثبت
state-pending = در انتظار
state-in-progress = در حال انجام
state-processing = در حال پردازش
state-completed = تکمیل‌شده
state-partial = ناقص
state-canceled = لغو‌شده
state-unknown = در حال بررسی
state-failed = ثبت‌نشده
order-card =
    📦 <b>سفارش شماره { $id }</b>: { $icon } { $status }
    { $service }
    لینک: { $link }
    { $details }پرداختی: { $price }{ $refunded }
    { $progress }تاریخ ثبت: { $created }
    { $panel }
order-refunded = {" "}({ $amount } بازگردانده شد)
order-progress = تعداد اولیه: { $start } · باقی‌مانده: { $remains }{"\u000A"}
order-panel-id = شماره‌ی سفارش نزد تأمین‌کننده: { $panel_id }{"\u000A"}
order-cancel-requested = لغو درخواست شده است{"\u000A"}
use-buttons-at-summary = لطفاً از دکمه‌های زیر خلاصه‌ی سفارش استفاده کنید: تأیید، ویرایش یا انصراف.
btn-refresh = 🔄 به‌روزرسانی
btn-refill = ♻️ جبران ریزش
btn-cancel-order = ✖️ لغو سفارش
btn-order-again = 🔁 سفارش دوباره
btn-orders = 📦 سفارش‌های من
sandbox-banner = 🧪 <b>محیط آزمایشی</b>: این فروشگاه آزمایشی است و هیچ‌چیز واقعی نیست.{"\u000A\u000A"}
btn-open-order = 📦 مشاهده‌ی سفارش شماره { $id }
note-started =
    🔄 سفارش شماره { $id } شروع شد.
    { $service }
    🔗 { $link }
    تعداد اولیه: { $start }
note-completed =
    ✅ سفارش شماره { $id } تکمیل شد.
    { $service }
    🔗 { $link }
note-partial =
    🌓 سفارش شماره { $id } به‌صورت ناقص تکمیل شد: { $delivered } از { $quantity } تحویل شد.
    { $service }
    🔗 { $link }
    { $refund }
note-canceled =
    ❌ سفارش شماره { $id } لغو شد.
    { $service }
    🔗 { $link }
    { $refund }
note-refunded = مبلغ <b>{ $refund }</b> به موجودی شما بازگردانده شد. موجودی: { $balance }.
note-nothing-refunded = مبلغی بازگردانده نشد: ارزش بخش تحویل‌نشده کمتر از { $smallest } است. موجودی: { $balance }.
note-refill = ♻️ جبران ریزش سفارش شماره { $id }: <b>{ $status }</b>.
refill-state-pending = درخواست شد
refill-state-in-progress = در حال انجام
refill-state-completed = انجام شد
refill-state-rejected = رد شد
refill-state-failed = ناموفق
admin-unknown-status =
    ⚠️ پنل برای سفارش شماره { $id } وضعیت ناشناخته‌ی <code>{ $status }</code> را فرستاد.
    سفارش‌هایی با این وضعیت همچنان در جریان به حساب می‌آیند و پیگیری می‌شوند. اگر این وضعیت معنای خاصی دارد، به توسعه‌دهندگان خبر دهید.
admin-odd-status-fields = ⚠️ پنل برای سفارش شماره { $id } مقداری فرستاد که نمی‌تواند درست باشد ({ $fields })؛ این مقدار نادیده گرفته می‌شود و سفارش همچنان پیگیری می‌شود. آن را در پنل بررسی کنید (/order { $id }).
admin-partial-without-remains = ⚠️ پنل می‌گوید سفارش شماره { $id } ناقص (Partial) است، اما نمی‌گوید چه مقدار باقی مانده؛ پس مبلغ بازگشتی آن قابل محاسبه نیست. سفارش همچنان پیگیری می‌شود؛ آن را در پنل بررسی کنید (/order { $id }).
admin-order-id-refused = ⚠️ پنل دیگر سفارش شماره { $id } را نمی‌شناسد: <code>{ $error }</code>. سفارش همچنان پیگیری می‌شود؛ آن را در پنل بررسی کنید (/order { $id }).
my-orders = 📦 <b>سفارش‌های من</b>
my-orders-empty = هنوز سفارشی ندارید.
order-not-found = این سفارش متعلق به شما نیست یا وجود ندارد.
refill-requested = ♻️ درخواست جبران ریزش ثبت شد (شناسه‌ی درخواست: { $refill_id }). وقتی انجام شد، پیام دریافت می‌کنید.
refill-not-applicable = جبران ریزش برای این سفارش امکان‌پذیر نیست.
refill-already = جبران ریزش این سفارش در حال انجام است.
refill-refused = تأمین‌کننده درخواست جبران ریزش را رد کرد: { $reason }
cancel-requested = ✖️ درخواست لغو ثبت شد. اگر تأمین‌کننده سفارش را لغو کند، مبلغ بخش تحویل‌نشده به موجودی شما بازگردانده می‌شود.
cancel-not-applicable = این سفارش قابل لغو نیست.
cancel-already = درخواست لغو این سفارش قبلاً ثبت شده است.
cancel-refused = تأمین‌کننده لغو سفارش را نپذیرفت: { $reason }
cancel-reason-no-answer = پاسخی دریافت نشد
cancel-reason-not-accepted = درخواست رد شد
panel-busy = در حال حاضر دسترسی به تأمین‌کننده ممکن نیست. لطفاً چند دقیقه‌ی دیگر دوباره امتحان کنید.
refreshed = به‌روز شد.
slow-down = ⏳ درخواست‌ها پشت سر هم زیاد بود. لطفاً کمی صبر کنید و چند لحظه‌ی دیگر دوباره امتحان کنید.
btn-add-funds = ➕ شارژ کیف پول
btn-history = 📜 تاریخچه
btn-support = 💬 تماس با پشتیبانی
btn-wallet = 💰 کیف پول
btn-back-to-order = 🧾 بازگشت به سفارش
history =
    📜 <b>تاریخچه</b>، جدیدترین‌ها در بالا

    { $lines }
history-empty =
    📜 <b>تاریخچه</b>

    هنوز تراکنشی ثبت نشده است.
history-line =
    { $when } · <b>{ $amount }</b>
    { $reason }
reason-topup-stars = شارژ با Telegram Stars ({ $reference })
reason-topup-cryptobot = شارژ با Crypto Bot (فاکتور { $reference })
reason-topup-manual = شارژ با واریز بانکی (رسید شماره { $reference })
reason-topup-plain = شارژ
reason-stars-refund = استرداد پرداخت استارز ({ $reference })
reason-stars-refund-given-back = استرداد استارز ناموفق بود، مبلغ برگشت داده شد ({ $reference })
reason-order = سفارش شماره { $id }
reason-refund = بازگشت وجه سفارش شماره { $id }
reason-admin-credit = واریز توسط فروشگاه
reason-admin-debit = برداشت توسط فروشگاه
reason-note = : { $note }
method-stars = ⭐ Telegram Stars
method-cryptobot = 🪙 Crypto Bot
method-manual = 🏦 واریز بانکی با رسید
topup-methods =
    ➕ <b>شارژ کیف پول</b>

    موجودی شما: { $balance }
    روش پرداخت را انتخاب کنید:
topup-no-methods =
    ➕ <b>شارژ کیف پول</b>

    پرداخت درون ربات هنوز راه‌اندازی نشده است. برای شارژ کیف پول، لطفاً با پشتیبانی تماس بگیرید.
topup-no-methods-no-support =
    ➕ <b>شارژ کیف پول</b>

    پرداخت درون ربات هنوز راه‌اندازی نشده است. برای شارژ کیف پول، لطفاً با ادمین فروشگاه تماس بگیرید.
topup-amount =
    { $method }

    یک مبلغ انتخاب کنید، یا مبلغی از <b>{ $low }</b> تا <b>{ $high }</b> بنویسید.
topup-amount-stars = {"\u000A"}⭐ { $rate } { stars-word } برای هر 1 { $currency }.
amount-not-a-number = ⚠️ مبلغ را به‌صورت عدد بفرستید، مثل 10 یا 12.50.
amount-too-small = ⚠️ کمترین مبلغ شارژ { $low } است.
amount-too-big = ⚠️ بیشترین مبلغ شارژ { $high } است.
amount-too-precise = ⚠️ حداکثر { $decimals } رقم اعشار مجاز است.
amount-no-decimals = ⚠️ یک عدد صحیح بفرستید.
topup-expired = مهلت این شارژ تمام شده است. لطفاً از 💰 کیف پول دوباره شروع کنید.
stars-invoice-title = شارژ کیف پول
stars-invoice-description = { $amount } به موجودی شما در فروشگاه اضافه می‌شود.
stars-invoice-sent = ⭐ برای افزودن <b>{ $amount }</b> به موجودی‌تان، <b>{ $stars } { stars-word }</b> را با فاکتور زیر پرداخت کنید.
stars-refused-unknown = این فاکتور معتبر نیست. لطفاً 💰 کیف پول را باز کنید و دوباره شروع کنید.
stars-refused-used = این فاکتور قبلاً پرداخت شده است.
stars-refused-expired = مهلت این فاکتور تمام شده است. لطفاً از 💰 کیف پول دوباره شروع کنید.
stars-refused-closed = دسترسی شما به این فروشگاه مسدود شده است.
stars-receipt =
    ✅ <b>پرداخت دریافت شد</b>: { $stars } { stars-word }.
    <b>{ $amount }</b> به موجودی شما اضافه شد. موجودی: { $balance }.
    کد پیگیری: <code>{ $charge }</code>
stars-not-credited = ⚠️ پرداخت شما دریافت شد، اما با هیچ درخواست شارژی تطبیق داده نشد. ادمین‌های فروشگاه مطلع شده‌اند و آن را پیگیری می‌کنند.
crypto-invoice =
    🪙 <b>فاکتور Crypto Bot</b>

    مبلغ: <b>{ $amount }</b>، قابل پرداخت با { $assets }.
    «پرداخت» را بزنید و در Crypto Bot پرداخت کنید؛ موجودی شما چند ثانیه پس از پرداخت شارژ می‌شود. این فاکتور { $minutes } دقیقه اعتبار دارد.
btn-pay = 💳 پرداخت { $amount }
crypto-unavailable = ⚠️ در حال حاضر دسترسی به Crypto Bot ممکن نیست. لطفاً چند دقیقه‌ی دیگر دوباره امتحان کنید.
too-many-pending = ⚠️ شما هم‌اکنون { $count } شارژ در انتظار دارید. لطفاً صبر کنید تا تکلیف آن‌ها مشخص شود.
transfer-instructions =
    🏦 <b>واریز { $amount }</b>

    { $instructions }

    سپس رسید را همین‌جا بفرستید: عکس، فایل، یا کد پیگیری واریز به‌صورت متن.
receipt-expected = رسید را به‌صورت عکس یا فایل بفرستید، یا کد پیگیری واریز را به‌صورت متن بنویسید.
receipt-too-long = ⚠️ کد پیگیری خیلی طولانی است: حداکثر { $limit } نویسه.
receipt-sent = 📨 رسید شماره { $id } به مبلغ <b>{ $amount }</b> برای فروشگاه ارسال شد. پس از بررسی، پیام دریافت می‌کنید.
topup-credited-notice = ✅ <b>{ $amount }</b> به موجودی شما اضافه شد ({ $method }). موجودی: { $balance }.
topup-rejected-notice = ❌ رسید شماره { $id } شما به مبلغ { $amount } پذیرفته نشد.{ $reason }
topup-rejected-reason = {"\u000A"}دلیل: { $reason }
crypto-expired-notice = ⌛ مهلت پرداخت فاکتور Crypto Bot شما به مبلغ { $amount } تمام شد. مبلغی کسر نشد؛ اگر هنوز می‌خواهید پرداخت کنید، از 💰 کیف پول یک شارژ جدید شروع کنید.
resume-gone = مهلت فرم سفارش شما تمام شده است. لطفاً سفارش را از نو شروع کنید.
cancel-confirm =
    ✖️ <b>سفارش شماره { $id } لغو شود؟</b>
    { $service }
    🔗 { $link }

    از تأمین‌کننده خواسته می‌شود آن را متوقف کند. مبلغ بخش تحویل‌نشده به موجودی شما بازگردانده می‌شود: حداکثر <b>{ $amount }</b> (اگر هنوز چیزی تحویل نشده باشد، کل مبلغ).
    بازگشت وجه پس از تأیید لغو از سوی تأمین‌کننده انجام می‌شود، معمولاً ظرف چند دقیقه؛ همان موقع پیام دریافت می‌کنید. ممکن است تأمین‌کننده لغو را نپذیرد.
btn-cancel-yes = ✖️ بله، لغو شود
btn-cancel-keep = ↩️ نه، بماند
my-orders-line =
    { $icon } { $status } · <b>#{ $id }</b> { $service }
    {"    "}{ $quantity } · { $price } · { $date }
my-orders-tap = برای مشاهده‌ی هر سفارش، روی شماره‌ی آن بزنید.
my-orders-empty-offer = 📦 هنوز سفارشی ندارید. با 🛒 سفارش جدید شروع کنید.
no-change-since = بدون تغییر از { $time }
banned-short = دسترسی شما به این فروشگاه مسدود شده است.
kb-new-order = 🛒 سفارش جدید
kb-my-orders = 📦 سفارش‌های من
kb-wallet = 💰 کیف پول
kb-support = 💬 پشتیبانی
kb-admin = 🛠 مدیریت
kb-placeholder = از گزینه‌های زیر انتخاب کنید یا برای جستجو بنویسید
keyboard-ready = دکمه‌های زیر کادر نوشتن همیشه همان‌جا می‌مانند: در هر مرحله می‌توانید از آن‌ها استفاده کنید.

## Admins

admin-help =
    🛠 <b>دستورهای مدیریت</b>
    /stats: مشتریان، سفارش‌ها، درآمد، هزینه‌ی پنل و حاشیه‌ی سود
    /panel: موجودی پنل، فهرست سرویس‌ها، آخرین همگام‌سازی وضعیت‌ها
    /user &lt;id یا @username&gt;: موجودی، سفارش‌ها و وضعیت یک مشتری
    /credit &lt;user_id&gt; &lt;amount&gt; [note]: افزودن پول به کیف پول
    /debit &lt;user_id&gt; &lt;amount&gt; [note]: برداشت پول (هرگز کمتر از صفر)
    /ban &lt;user_id&gt;، /unban &lt;user_id&gt;: بستن یا بازکردن فروشگاه به روی یک نفر
    /order &lt;id&gt;: همه‌چیز درباره‌ی یک سفارش
    /review: سفارش‌هایی که نتیجه‌شان نامشخص است
    /placed &lt;order_id&gt; &lt;panel_order_id&gt;: سفارشی که در حال بررسی است، در پنل ثبت شده است
    /markup [&lt;percent&gt; [category|service &lt;id&gt;]]: نمایش یا تنظیم درصد سود
    /markup reset [category|service &lt;id&gt;]: حذف درصد سود اختصاصی
    /hide، /show service|category &lt;id&gt;: پنهان کردن از مشتریان یا نمایش به آن‌ها
    /sync: به‌روزرسانی فوری فهرست سرویس‌ها
    /broadcast &lt;text&gt; (یا در پاسخ به یک پیام): ارسال پیام به همه‌ی مشتریان
    /export [&lt;days&gt;]: فایل‌های CSV سفارش‌ها و دفتر حساب (همه، یا فقط روزهای اخیر)
    /find &lt;متن&gt;: سفارش، شماره‌ی سفارش در پنل، لینک، شناسه یا ‎@username مشتری
    /tickets: گفتگوهای باز با مشتریان
    /promo [add … | off &lt;CODE&gt;]: کدهای تخفیف
admin-problem =
    ❌ { $problem }

    { $usage }
admin-problem-missing-user = شناسه‌ی کاربر وارد نشده است.
admin-problem-user-id = شناسه‌ی کاربر باید یک عدد صحیح باشد، نه <code>{ $value }</code>.
admin-problem-missing-amount = مبلغ وارد نشده است.
admin-problem-amount-not-number = مبلغ باید عددی مثل 10.50 باشد، نه <code>{ $value }</code>.
admin-problem-amount-not-positive = مبلغ باید مثبت باشد.
admin-problem-amount-decimals = مبلغ بیش از 5 رقم اعشار دارد.
admin-problem-missing-id = یک شناسه وارد نشده است.
admin-problem-too-many = تعداد آرگومان‌ها از آنچه این دستور می‌پذیرد بیشتر است.
admin-problem-id = شناسه باید یک عدد صحیح باشد، نه <code>{ $value }</code>.
admin-btn-open-order = 📂 مشاهده‌ی سفارش شماره { $id }
admin-problem-user-ref = مشتری را با شناسه (عدد) یا @username مشخص کنید.
admin-problem-percent = درصد باید عددی از 0 تا 10000 با حداکثر 2 رقم اعشار باشد.
admin-problem-target = مشخص کنید برای چه چیزی است: category &lt;id&gt; یا service &lt;id&gt;.
admin-problem-panel-id-zero = شماره‌ی سفارش پنل نباید 0 باشد.
admin-no-arguments =
    ❌ دستور /{ $command } آرگومانی نمی‌پذیرد.

    نحوه‌ی استفاده: /{ $command }. فهرست دستورها را با /admin ببینید.
admin-never = هرگز
admin-dash = —
admin-just-now = همین حالا
admin-minutes-ago = { $n } دقیقه پیش
admin-hours-ago = { $n } ساعت پیش
admin-days-ago = { $n } روز پیش
admin-stats-window = { $total } ({ $parts })
admin-stats-part = { $state } { $count }
admin-stats-state-submitting = در حال ثبت
admin-stats-state-pending = در انتظار
admin-stats-state-in-progress = در حال انجام
admin-stats-state-processing = در حال پردازش
admin-stats-state-completed = تکمیل‌شده
admin-stats-state-partial = ناقص
admin-stats-state-canceled = لغوشده
admin-stats-state-unknown = در حال بررسی
admin-stats-state-failed = ثبت‌نشده
admin-panel =
    🏭 <b>پنل</b>
    موجودی: { $balance }
    فهرست سرویس‌ها: { $services } سرویس در { $categories } دسته‌بندی، به‌روزرسانی: { $refreshed }
    آخرین همگام‌سازی وضعیت‌ها: { $sync }
admin-panel-balance = <b>{ $amount } { $currency }</b>
admin-panel-balance-low = {" "}⚠️ کمتر از { $threshold } { $currency }
admin-panel-unreachable = در دسترس نیست ({ $error })
admin-when-ago = { $when } ({ $ago })
admin-sync-result = { $when }: { $result }
admin-user-usage =
    نحوه‌ی استفاده: /user &lt;user_id یا @username&gt;
    مثال: /user 123456789
admin-user-not-found = مشتری { $query } در فروشگاه پیدا نشد.
admin-user-card =
    👤 <b>{ $name }</b>{ $username }
    شناسه: <code>{ $id }</code>
    موجودی: <b>{ $balance }</b>
    وضعیت: { $state }
    عضویت: { $joined } · آخرین فعالیت: { $seen }
    سفارش‌ها: { $orders }
admin-user-state-active = ✅ فعال
admin-user-state-banned = 🚫 مسدود
admin-user-state-blocked = 📵 ربات را بلاک کرده
admin-user-last-orders =
    {"\u000A\u000A"}<b>آخرین سفارش‌ها</b>
    { $lines }
admin-user-order-line = #{ $id } { $icon } { $state } · { $service } · { $price } · { $when }
admin-user-last-moves =
    {"\u000A\u000A"}<b>آخرین تراکنش‌های کیف پول</b>
    { $lines }
admin-ledger-line = { $when } · { $kind } { $amount }{ $order }{ $admin }{ $note }
admin-ledger-order = {" "}· سفارش شماره { $id }
admin-ledger-admin = {" "}· توسط ادمین { $id }
admin-ledger-note = {" "}· { $note }
admin-ledger-kind-topup = شارژ
admin-ledger-kind-order = سفارش
admin-ledger-kind-refund = بازگشت وجه
admin-ledger-kind-admin-credit = واریز
admin-ledger-kind-admin-debit = برداشت
admin-btn-credit = ➕ واریز
admin-btn-debit = ➖ برداشت
admin-btn-ban = 🚫 مسدود کردن
admin-btn-unban = ✅ رفع مسدودیت
admin-ask-credit = ➕ مبلغ واریز به <code>{ $user_id }</code> را بفرستید، در صورت تمایل همراه با یک یادداشت (مثلاً <code>10.50 پرداخت با کارت</code>)، یا /cancel را بزنید.
admin-ask-debit = ➖ مبلغ برداشت از <code>{ $user_id }</code> را بفرستید، در صورت تمایل همراه با یک یادداشت (مثلاً <code>5 اصلاحیه</code>)، یا /cancel را بزنید.
admin-amount-usage = مبلغی مثل <code>10.50</code> بفرستید، در صورت تمایل همراه با یک یادداشت، یا /cancel را بزنید.
admin-credit-usage =
    نحوه‌ی استفاده: /credit &lt;user_id&gt; &lt;amount&gt; [note]
    مثال: /credit 123456789 10.50
admin-debit-usage =
    نحوه‌ی استفاده: /debit &lt;user_id&gt; &lt;amount&gt; [note]
    مثال: /debit 123456789 5
admin-credited = ✅ مبلغ { $amount } به کیف پول کاربر <code>{ $user_id }</code> واریز شد. موجودی فعلی: { $balance }.
admin-debited = ✅ مبلغ { $amount } از کیف پول کاربر <code>{ $user_id }</code> برداشت شد. موجودی فعلی: { $balance }.
admin-debit-refused = ❌ انجام نشد: موجودی کیف پول <code>{ $user_id }</code> منفی می‌شد.
admin-ban-usage =
    نحوه‌ی استفاده: /ban &lt;user_id&gt;
    مثال: /ban 123456789
admin-unban-usage =
    نحوه‌ی استفاده: /unban &lt;user_id&gt;
    مثال: /unban 123456789
admin-banned = 🚫 کاربر <code>{ $user_id }</code> مسدود شد: فروشگاه به روی او بسته است. سفارش‌های باز او همچنان پیگیری می‌شوند و وجهشان در صورت لزوم بازگردانده می‌شود.
admin-unbanned = ✅ کاربر <code>{ $user_id }</code> از مسدودیت خارج شد.
admin-ban-admin = ❌ ادمین‌ها را نمی‌توان مسدود کرد.
admin-no-such-user = ❌ کاربری با شناسه‌ی <code>{ $user_id }</code> در فروشگاه وجود ندارد.
admin-order-usage =
    نحوه‌ی استفاده: /order &lt;order_id&gt;
    مثال: /order 42
admin-order-not-found = ❌ سفارش شماره { $order_id } وجود ندارد.
admin-order-card =
    📦 <b>سفارش شماره { $id }</b>: { $icon } { $state }{ $status_raw }
    مشتری: <code>{ $user_id }</code>
    سرویس: { $service_id } · { $service } ({ $type })
    لینک: { $link }
    { $details }پرداختی: { $price }{ $refunded }
    سفارش پنل: { $panel_order_id }
    هزینه‌ی پنل: { $charge }
    { $progress }{ $cancel }{ $error }ثبت: { $created } · به‌روزرسانی: { $updated }
admin-order-status-raw = {" "}(پنل: { $status })
admin-order-refunded = {" "}· بازگشت وجه { $amount }
admin-order-progress = تعداد اولیه: { $start } · باقی‌مانده: { $remains }{"\u000A"}
admin-order-cancel-requested = لغو درخواست شده است{"\u000A"}
admin-order-error = خطا: <code>{ $error }</code>{"\u000A"}
admin-order-charge = { $amount } { $currency }
admin-order-refills =
    {"\u000A\u000A"}<b>جبران ریزش‌ها</b>
    { $lines }
admin-refill-line = #{ $id } · جبران ریزش پنل { $panel_id } · { $state } · { $when }
admin-order-ledger =
    {"\u000A\u000A"}<b>دفتر حساب</b>
    { $lines }
admin-order-review-hint = {"\u000A\u000A"}❔ نتیجه نامشخص است. اگر این سفارش در پنل هست: /placed { $id } &lt;panel_order_id&gt;. در غیر این صورت، وجه آن را بازگردانید.
admin-review-empty = ✅ هیچ سفارشی در انتظار بررسی نیست.
admin-review-header = ❔ <b>سفارش‌هایی که نتیجه‌شان نامشخص است</b> ({ $total }){"\u000A"}
admin-review-more = {"\u000A"}…و { $more } مورد دیگر: اول این‌ها را تعیین تکلیف کنید.
admin-review-item =
    {"\u000A"}<b>#{ $id }</b> · { $when } · مشتری <code>{ $user_id }</code>
    { $service_id } · { $service }
    لینک: { $link } · تعداد { $quantity } · پرداختی { $price }
    <i>{ $reason }</i>{"\u000A"}
admin-review-footer = {"\u000A"}هر مورد را در پنل بررسی کنید. اگر آنجا ثبت شده: /placed &lt;order_id&gt; &lt;panel_order_id&gt;. اگر نیست: «بازگشت وجه» را بزنید.
admin-btn-refund = ↩️ بازگشت وجه سفارش شماره { $id }
admin-btn-refund-sure = ↩️ بله، بازگشت وجه سفارش شماره { $id }
admin-btn-back = ⬅️ بازگشت
admin-refund-confirm =
    ↩️ وجه سفارش شماره { $id } بازگردانده شود؟ مبلغ { $price } به کیف پول <code>{ $user_id }</code> برمی‌گردد و سفارش به‌عنوان ثبت‌نشده بسته می‌شود.

    فقط در صورتی این کار را انجام دهید که چنین سفارشی در پنل وجود نداشته باشد.
admin-placed-usage =
    نحوه‌ی استفاده: /placed &lt;order_id&gt; &lt;panel_order_id&gt;
    مثال: /placed 42 1234567
admin-resolved-placed = ✅ سفارش شماره { $id } به‌عنوان سفارش پنل { $panel_order_id } ثبت شد؛ از این پس همگام‌سازی وضعیت‌ها آن را پیگیری می‌کند.
admin-resolved-refunded = ↩️ وجه سفارش شماره { $id } بازگردانده شد: { $price } به <code>{ $user_id }</code> برگشت.
admin-resolve-already = ℹ️ سفارش شماره { $id } دیگر در حال بررسی نیست (وضعیت فعلی: { $state })؛ کاری انجام نشد.
admin-resolve-not-found = ❌ سفارش شماره { $id } وجود ندارد.
admin-resolve-panel-id-taken = ❌ سفارش پنل { $panel_order_id } قبلاً به سفارش شماره { $other } اختصاص یافته است؛ کاری انجام نشد.
admin-customer-order-confirmed = ✅ سفارش شماره { $id } شما تأیید و ثبت شد. هر بار وضعیتش تغییر کند، پیام دریافت می‌کنید.
admin-customer-order-refunded = ↩️ سفارش شماره { $id } شما ثبت نشد. مبلغ { $amount } به موجودی شما بازگردانده شد.
admin-markup-usage =
    نحوه‌ی استفاده:
    /markup: نمایش درصدهای سود
    /markup &lt;percent&gt;: درصد سود کلی
    /markup &lt;percent&gt; category &lt;id&gt; یا service &lt;id&gt;: درصد سود اختصاصی
    /markup reset [category|service &lt;id&gt;]: حذف یکی از آن‌ها
    مثال: /markup 30 category 5
admin-markup-show =
    💹 <b>درصدهای سود</b> (سرویس بر دسته‌بندی و دسته‌بندی بر مقدار کلی مقدم است)
    کلی: <b>{ $global_percent }%</b>{ $source }
admin-markup-source-setting = {" "}(PRICE_MARKUP_PERCENT)
admin-markup-source-override = {" "}(تنظیم‌شده با /markup؛ مقدار PRICE_MARKUP_PERCENT برابر { $default }% است)
admin-markup-categories =
    {"\u000A\u000A"}<b>دسته‌بندی‌ها</b>
    { $lines }
admin-markup-services =
    {"\u000A\u000A"}<b>سرویس‌ها</b>
    { $lines }
admin-markup-line = { $id } · { $name }: { $percent }%
admin-markup-more = …و { $more } مورد دیگر
admin-markup-set-global = ✅ درصد سود کلی: { $percent }%.
admin-markup-reset-global = ✅ درصد سود کلی به مقدار PRICE_MARKUP_PERCENT برگشت: { $percent }%.
admin-markup-set = ✅ درصد سود { $scope } { $id }: { $percent }%.
admin-markup-reset = ✅ { $scope_title } { $id } اکنون درصد سود اختصاصی ندارد و از سطح بالاتر پیروی می‌کند.
admin-markup-not-found = ❌ { $scope } { $id } وجود ندارد.
admin-scope-service = سرویس
admin-scope-category = دسته‌بندی
admin-scope-title-service = سرویس
admin-scope-title-category = دسته‌بندی
admin-hide-usage = نحوه‌ی استفاده: /hide service &lt;id&gt; یا /hide category &lt;id&gt;
admin-show-usage = نحوه‌ی استفاده: /show service &lt;id&gt; یا /show category &lt;id&gt;
admin-hidden = 🙈 { $scope_title } { $id } ({ $name }) از دید مشتریان پنهان شد.
admin-shown = 👀 { $scope_title } { $id } ({ $name }) به مشتریان نمایش داده می‌شود.
admin-hide-not-found = ❌ { $scope } { $id } وجود ندارد.
admin-sync-running = ⏳ در حال به‌روزرسانی فهرست سرویس‌ها…
admin-sync-done =
    ✅ فهرست سرویس‌ها به‌روز شد: { $total } سرویس.
    اضافه‌شده: { $added } · تغییرکرده: { $changed } · حذف‌شده: { $removed }
admin-sync-failed =
    ❌ به‌روزرسانی ناموفق بود؛ فهرست ذخیره‌شده بدون تغییر ماند.
    <code>{ $error }</code>
admin-broadcast-usage =
    نحوه‌ی استفاده: /broadcast &lt;text&gt;، یا /broadcast را در پاسخ به یک پیام متنی بفرستید.
    متن همان‌طور که هست (با حفظ قالب‌بندی) برای همه‌ی مشتریانی که در دسترس هستند ارسال می‌شود.
admin-broadcast-too-long = ❌ متن خیلی طولانی است: { $length } نویسه، حداکثر { $limit } (به شیوه‌ی شمارش تلگرام: بیشتر ایموجی‌ها دو نویسه حساب می‌شوند).
admin-broadcast-rejected = ❌ تلگرام متن را نپذیرفت، پس چیزی ارسال نمی‌شود: { $reason }
admin-broadcast-nobody = کسی برای ارسال وجود ندارد: هیچ مشتری‌ای در دسترس نیست.
admin-broadcast-preview =
    📣 پیام همگانی شماره { $id } در بالا آمده است. برای <b>{ $count }</b> مشتری ارسال شود؟
    (مشتریانی که مسدود شده‌اند یا ربات را بلاک کرده‌اند، کنار گذاشته می‌شوند)
admin-btn-broadcast-send = 📣 ارسال
admin-btn-broadcast-cancel = ✖️ انصراف
admin-broadcast-cancelled = ✖️ پیام همگانی شماره { $id } لغو شد: چیزی ارسال نشد.
admin-broadcast-not-draft = این پیام همگانی قبلاً شروع یا لغو شده است.
admin-broadcast-starting = 📣 پیام همگانی شماره { $id }: در حال قرار دادن در صف…
admin-broadcast-progress =
    📣 پیام همگانی شماره { $id }: در حال ارسال…
    تحویل‌شده: { $delivered } · بلاک‌شده: { $blocked } · ناموفق: { $failed } · در انتظار: { $waiting } (از { $total })
admin-broadcast-done =
    📣 <b>ارسال پیام همگانی شماره { $id } تمام شد</b>
    تحویل‌شده: { $delivered }
    ربات را بلاک کرده‌اند: { $blocked }
    ناموفق: { $failed }
    مجموع: { $total }
admin-export-orders = 📄 سفارش‌ها: { $count } ردیف.
admin-export-ledger = 📄 دفتر حساب: { $count } ردیف. مبالغ دقیق و به { $currency } هستند.
admin-export-usage = نحوه‌ی استفاده: /export برای همه، یا <code>/export &lt;days&gt;</code> فقط برای روزهای اخیر (<code>/export 30</code>).
admin-problem-days = تعداد روزها باید عدد صحیحی از 1 تا 36500 باشد، نه <code>{ $value }</code>.
admin-export-too-big =
    📦 فایل { $what } از { $megabytes } مگابایت بزرگ‌تر می‌شود، که بیشترین حجمی است که ربات می‌تواند بفرستد.

    به‌جای آن یک بازه را خروجی بگیرید: <code>/export &lt;days&gt;</code>، یا یکی از گزینه‌های زیر را انتخاب کنید.
admin-export-kind-orders = سفارش‌ها
admin-export-kind-ledger = دفتر حساب
admin-export-btn-days = { $days } روز اخیر
admin-export-period = 🗓 { $days } روز اخیر.
admin-alert-catalogue-failing =
    ⚠️ <b>به‌روزرسانی فهرست سرویس‌ها پیاپی ناموفق است</b> (از { $since }).
    مشتریان آخرین نسخه‌ی ذخیره‌شده را می‌بینند.
    <code>{ $error }</code>
admin-alert-catalogue-recovered = ✅ به‌روزرسانی فهرست سرویس‌ها دوباره کار می‌کند.
admin-alert-panel-low-balance =
    ⚠️ <b>موجودی پنل کم است</b>: { $amount } { $currency }، کمتر از { $threshold } { $currency }.
    آن را شارژ کنید، وگرنه سفارش‌ها ناموفق خواهند شد.
admin-alert-panel-balance-ok = ✅ موجودی پنل دوباره بیش از { $threshold } { $currency } است: { $amount } { $currency }.
admin-amount-expired = مهلت آن درخواست واریز/برداشت تمام شده است: هیچ مبلغی جابه‌جا نشد. کاربر را دوباره با /user باز کنید.
admin-backup-caption =
    🗄 نسخه‌ی پشتیبان پایگاه داده، { $when }.
    برای بازیابی: ربات را متوقف کنید، این فایل را در مسیر DATABASE_PATH بگذارید (فایل‌های قدیمی -wal و -shm را حذف کنید) و ربات را دوباره اجرا کنید.
admin-backup-too-large = 🗄 حجم پایگاه داده { $size } مگابایت است و از سقف 50 مگابایتی آپلود تلگرام بیشتر است: نسخه‌ی پشتیبان ارسال نشد. روی خود سرور از آن نسخه‌ی پشتیبان بگیرید (README را ببینید).
admin-btn-approve = ✅ تأیید
admin-btn-reject = ❌ رد
admin-btn-reject-no-reason = ❌ رد بدون ذکر دلیل
admin-btn-keep-pending = ↩️ در انتظار بماند
admin-receipt-copy =
    🏦 <b>رسید شماره { $id }</b>: واریز <b>{ $amount }</b>
    مشتری: { $name } (<code>{ $user_id }</code>)
    ارسال: { $when }{ $text }
admin-receipt-copy-text = {"\u000A"}کد پیگیری: <blockquote>{ $text }</blockquote>
admin-receipt-approved-by = {"\u000A\u000A"}✅ تأییدشده توسط { $name } در { $when }: { $amount } واریز شد.
admin-receipt-rejected-by = {"\u000A\u000A"}❌ ردشده توسط { $name } در { $when }.{ $reason }
admin-receipt-reason = {" "}دلیل: { $reason }
admin-receipt-approved = ✅ رسید شماره { $id } تأیید شد: { $amount } به کیف پول { $user_id } واریز شد.
admin-receipt-rejected = ❌ رسید شماره { $id } رد شد؛ به مشتری اطلاع داده شد.
admin-receipt-already = برای رسید شماره { $id } قبلاً تصمیم گرفته شده است: { $state } توسط { $name }.
admin-receipt-unknown = رسید شماره { $id } وجود ندارد.
admin-receipt-state-paid = تأیید شد
admin-receipt-state-rejected = رد شد
admin-receipt-ask-reason = ❌ در حال رد کردن رسید شماره { $id } ({ $amount }). دلیلی را که مشتری خواهد دید بفرستید، یا بدون دلیل رد کنید.
admin-receipt-kept = رسید شماره { $id } در انتظار باقی می‌ماند.
admin-topups-pending =
    🏦 <b>رسیدهای در انتظار تصمیم</b>: { $count }

    { $lines }
admin-topups-line = #{ $id } · { $amount } · { $name } (<code>{ $user_id }</code>) · { $when }
admin-topups-none = 🏦 هیچ رسیدی در انتظار تصمیم نیست.
admin-topups-button = #{ $id } · { $amount } · { $name }
admin-topups-more = {"\u000A"}… و { $more } مورد دیگر.
admin-refund-stars-usage = نحوه‌ی استفاده: <code>/refund_stars &lt;telegram_payment_charge_id&gt;</code>
admin-refund-stars-done = ✅ { $stars } { stars-word } به <code>{ $user_id }</code> مسترد شد؛ { $amount } از کیف پول او کسر شد.
admin-refund-stars-done-uncredited = ✅ { $stars } { stars-word } به <code>{ $user_id }</code> مسترد شد. این پرداخت هرگز به کیف پول واریز نشده بود: چیزی از کیف پول او کسر نشد.
admin-refund-stars-unsure =
    ⚠️ <b>نتیجه نامشخص</b>: تلگرام به درخواست استرداد { $stars } { stars-word } به <code>{ $user_id }</code> پاسخ نداد (<code>{ $error }</code>)؛ ممکن است استرداد انجام شده باشد. { $taken }
    برای پرسیدن دوباره از تلگرام، /refund_stars { $charge } را دوباره بفرستید: چیز دیگری کسر نمی‌شود.
admin-refund-stars-unsure-taken = { $amount } همچنان از کیف پول او کسرشده باقی می‌ماند.
admin-refund-stars-unsure-uncredited = این پرداخت هرگز واریز نشده بود: چیزی کسر نشد.
admin-refund-stars-unknown = هیچ پرداخت استارزی با این شناسه‌ی تراکنش (charge id) وجود ندارد.
admin-refund-stars-already = این پرداخت استارز قبلاً مسترد شده است.
admin-refund-stars-no-funds = مسترد نشد: موجودی مشتری ({ $balance }) دیگر مبلغ { $amount } را که با این پرداخت واریز شده بود پوشش نمی‌دهد.
admin-refund-stars-failed = مسترد نشد: پاسخ تلگرام <code>{ $error }</code> بود. چیزی کسر نشد.
admin-stars-mismatch-alert =
    ⚠️ <b>یک پرداخت استارز واریز نشد</b>: { $problem }.
    پرداخت‌کننده: <code>{ $user_id }</code>، { $stars } { stars-word }، شناسه‌ی تراکنش <code>{ $charge }</code>.
    اگر بدهی‌ای در کار نیست، با /refund_stars { $charge } آن را مسترد کنید؛ وگرنه دستی واریز کنید.
admin-stars-problem-unknown = payload آن به هیچ شارژی اشاره نمی‌کند
admin-stars-problem-user = payload آن به مشتری دیگری اشاره می‌کند
admin-stars-problem-amount = مبلغ آن با فاکتور مغایرت دارد
admin-stars-problem-settled = شارژی که به آن اشاره می‌کند قبلاً تسویه شده است
admin-stats-topups =
    {"\u000A\u000A"}💳 <b>شارژها بر اساس روش پرداخت</b>
    { $lines }
admin-stats-topup-line = { $method }: { $count } · { $amount }
admin-method-stars = Telegram Stars
admin-method-cryptobot = Crypto Bot
admin-method-manual = واریز بانکی
admin-crypto-amount-alert = ⚠️ فاکتور Crypto Pay با شناسه‌ی { $invoice_id } پرداخت شد، اما مبلغ یا ارز آن با درخواست شارژ مغایرت دارد: واریز نشد. آن را در @CryptoBot بررسی کنید و اگر بدهی است، دستی واریز کنید.

## فرم سفارش سرویس اشتراک (Subscriptions): هر پست جدید حساب از $low تا $high می‌گیرد،
## برای $posts پست، $delay دقیقه پس از هر پست، تا $expiry.
ask-sub-account = 👤 نام کاربری حساب را بفرستید (مثل @username): هر پست جدید آن سرویس را می‌گیرد.
ask-sub-min =
    🔢 برای هر پست دست‌کم چند تا؟
    💵 قیمت: <b>{ $rate }</b> برای هر 1000 عدد
    عددی از <b>{ $low }</b> تا <b>{ $high }</b> بفرستید، یا یکی از دکمه‌های زیر را بزنید.
ask-sub-max =
    🔢 برای هر پست حداکثر چند تا؟
    عددی از <b>{ $low }</b> تا <b>{ $high }</b> بفرستید، یا یکی از دکمه‌های زیر را بزنید. هزینه‌ی همین تعداد را برای هر پست می‌پردازید؛ آنچه تحویل نشود برگردانده می‌شود.
ask-sub-posts = 📝 برای چند پست جدید؟ عددی از 1 تا { $most } بفرستید.
ask-sub-delay = ⏱ چند دقیقه پس از هر پست شروع شود؟ یکی را بزنید.
ask-sub-expiry = 📅 تا چه تاریخی؟ تاریخ را به صورت روز/ماه/سال بفرستید، مثل 31/12/2026، یا برای بدون پایان «رد کردن» را بزنید.
field-account = حساب
field-min = حداقل
field-max = حداکثر
field-posts = پست‌ها
field-delay = تأخیر
field-expiry = تاریخ پایان
input-sub-account = نام کاربری حساب را بفرستید، مثل @username (فقط حروف انگلیسی، عدد، نقطه و زیرخط).
input-min-not-number = لطفاً حداقل را عددی صحیح از { $low } تا { $high } بفرستید.
input-min-range = حداقل باید از { $low } تا { $high } باشد؛ شما { $value } فرستادید.
input-max-not-number = لطفاً حداکثر را عددی صحیح از { $low } تا { $high } بفرستید.
input-max-range = حداکثر باید از { $low } تا { $high } باشد؛ شما { $value } فرستادید.
input-posts-not-number = لطفاً تعداد پست‌ها را عددی صحیح از { $low } تا { $high } بفرستید.
input-posts-range = تعداد پست‌ها باید از { $low } تا { $high } باشد؛ شما { $value } فرستادید.
input-delay-not-number = لطفاً یکی از تأخیرها را بزنید، یا 0، 5، 10، 15، 30، 60 یا 90 بفرستید.
input-delay-range = تأخیر می‌تواند 0، 5، 10، 15، 30، 60 یا 90 دقیقه باشد؛ شما { $value } فرستادید.
input-delay-choice = تأخیر می‌تواند 0، 5، 10، 15، 30، 60 یا 90 دقیقه باشد.
input-expiry = تاریخ پایان را به صورت روز/ماه/سال بفرستید، مثل 31/12/2026.
summary-sub-posts = برای هر پست: از { $low } تا { $high }، برای { $posts } پست{"\u000A"}
summary-sub-delay = تأخیر پس از پست: { $delay } دقیقه{"\u000A"}
summary-sub-expiry = تا: { $expiry }{"\u000A"}
summary-sub-most = حداکثر: { $quantity } در مجموع{"\u000A"}

## issue 22: transfer receipts (seen-before warnings, a confirmation before crediting, another receipt after a rejection)
admin-receipt-state-pending = در انتظار تصمیم
admin-receipt-seen = ⚠️ <b>قبلاً دیده شده</b>:{ $file }{ $text }
admin-receipt-seen-file = {"\u000A"}• همان فایلِ رسید شماره { $id } از { $name } (<code>{ $user_id }</code>)، { $state }
admin-receipt-seen-text = {"\u000A"}• همان کد پیگیریِ رسید شماره { $id } از { $name } (<code>{ $user_id }</code>)، { $state }
admin-receipt-seen-both = {"\u000A"}• همان فایل و کد پیگیریِ رسید شماره { $id } از { $name } (<code>{ $user_id }</code>)، { $state }
admin-receipt-copy-seen = { $seen }{"\u000A\u000A"}{ $copy }
admin-receipt-confirm =
    ✅ <b>رسید شماره { $id } تأیید شود؟</b>
    مبلغ <b>{ $amount }</b> به کیف پول { $name } (<code>{ $user_id }</code>) واریز می‌شود.{ $seen }
admin-receipt-confirm-seen = {"\u000A\u000A"}{ $seen }{"\u000A"}پیش از تأیید، مطمئن شوید که همان واریز نیست.
admin-receipt-confirm-again =
    { $seen }

    ⚠️ <b>رسید شماره { $id } با این حال تأیید شود؟</b> مبلغ <b>{ $amount }</b> به کیف پول { $name } (<code>{ $user_id }</code>) واریز می‌شود، هرچند رسیدی مانند آن قبلاً فرستاده شده است.
admin-btn-approve-sure = ✅ تأیید: واریز { $amount }
admin-btn-approve-anyway = ⚠️ با این حال { $amount } واریز شود
btn-receipt-again = 🧾 ارسال رسید دیگر
receipt-again =
    🏦 <b>رسید دیگر برای { $amount }</b>
    رسید شماره { $id } پذیرفته نشد. اگر واریز طبق اطلاعات زیر انجام شده است، رسید دیگری برای آن همین‌جا بفرستید: عکس، فایل، یا کد پیگیری واریز به‌صورت متن.

    { $instructions }
receipt-again-already = شما قبلاً رسید شماره { $id } را به‌جای آن رسید فرستاده‌اید.

## issue 22: settings that would cost money (start checks)
admin-alert-panel-currency =
    ⚠️ <b>پنل با { $panel } حساب می‌کند، اما CURRENCY برابر { $currency } است.</b>
    هر قیمت عددی از پنل است که به‌عنوان { $currency } نشان داده می‌شود: CURRENCY={ $panel } را تنظیم و ربات را دوباره راه‌اندازی کنید، یا از حساب پنلی با واحد { $currency } استفاده کنید.

## issue 22: Stars invoices and reconciliation
amount-too-big-stars = ⚠️ هر فاکتور استارز حداکثر { $stars } { stars-word } است: بیشترین مبلغ شارژ با استارز { $high } است.
stars-invoice-above = ⭐ برای افزودن <b>{ $amount }</b> به موجودی‌تان، <b>{ $stars } { stars-word }</b> را با فاکتور بالا پرداخت کنید.
stars-invoice-failed = ⚠️ تلگرام فاکتور را نپذیرفت، پس نمی‌توان با آن پرداخت کرد. لطفاً چند دقیقه‌ی دیگر دوباره امتحان کنید یا روش پرداخت دیگری را انتخاب کنید.

## issue 22: Stars refunds
stars-refunded-notice =
    ↩️ <b>پرداخت استارز تلگرام شما مسترد شد</b>: { $stars } { stars-word } به شما برمی‌گردد و <b>{ $amount }</b> از موجودی شما کسر شد.
    کد پیگیری: <code>{ $charge }</code>
    موجودی: { $balance }.
stars-outside-refund-notice =
    ↩️ <b>تلگرام پرداخت { $stars } { stars-word }ی شما را مسترد کرد</b>، بنابراین <b>{ $taken }</b> دوباره از موجودی شما کسر شد.{ $owed }
    کد پیگیری: <code>{ $charge }</code>
    موجودی: { $balance }.
stars-outside-refund-owed = {"\u000A"}{ $owed } قابل کسر نبود (موجودی شما کافی نبود) و به‌عنوان بدهی شما به فروشگاه ثبت شد.
stars-outside-refund-uncredited = ↩️ <b>تلگرام پرداخت { $stars } { stars-word }ی شما را مسترد کرد</b> (کد پیگیری <code>{ $charge }</code>). این پرداخت هرگز به موجودی شما اضافه نشده بود، پس موجودی شما تغییری نکرد.
admin-stars-outside-refund-alert =
    ↩️ <b>یک پرداخت استارز بیرون از ربات مسترد شد</b>: { $stars } { stars-word } از <code>{ $user_id }</code>، شناسه‌ی تراکنش <code>{ $charge }</code>.
    دوباره از کیف پول او کسر شد: { $taken }.{ $owed }
admin-stars-outside-refund-owed = {"\u000A"}⚠️ موجودی او کافی نبود: <b>{ $owed }</b> به‌عنوان بدهی ثبت شد (/user { $user_id }).
admin-stars-outside-refund-uncredited = ↩️ <b>یک پرداخت استارز بیرون از ربات مسترد شد</b>: { $stars } { stars-word } از <code>{ $user_id }</code>، شناسه‌ی تراکنش <code>{ $charge }</code>. هرگز واریز نشده بود: چیزی کسر نشد.
admin-stars-outside-refund-unknown = ↩️ <b>یک پرداخت استارز بیرون از ربات مسترد شد</b>: { $stars } { stars-word } از <code>{ $user_id }</code>، شناسه‌ی تراکنش <code>{ $charge }</code>. ربات هیچ سابقه‌ای از این پرداخت ندارد: چیزی کسر نشد.
admin-stars-refund-confirmed = ✅ تلگرام استرداد { $stars } { stars-word } به <code>{ $user_id }</code> (شناسه‌ی تراکنش <code>{ $charge }</code>) را که نتیجه‌اش نامشخص بود تأیید می‌کند. { $taken }
admin-stars-refund-refused-alert = ⚠️ تلگرام استرداد { $stars } { stars-word } به <code>{ $user_id }</code> را رد کرد (شناسه‌ی تراکنش <code>{ $charge }</code>، درخواست از <code>{ $admin_id }</code>): <code>{ $error }</code>. { $back }
admin-stars-refund-given-back = { $amount } به کیف پول او برگردانده شد.
admin-refund-stars-in-progress = ⏳ استرداد این پرداخت استارز از قبل در جریان است: چیز دیگری کسر نشد. منتظر پاسخ آن بمانید، سپس با /refund_stars { $charge } بررسی کنید.
admin-user-owed = {"\u000A"}⚠️ بدهی از پرداخت‌های استارزی که بیرون از ربات مسترد شدند: <b>{ $owed }</b>

## issue 27: flood control answers every dropped button press
flood-tap-again = ⏳ خیلی سریع — چند لحظه‌ی دیگر دوباره بزنید.

## issue 27: short of money (the summary's balance line, a button that tops up what is missing, Stars on the amount buttons)
summary-balance = {"\u000A"}موجودی: { $balance } ← { $after }
summary-balance-short = {"\u000A"}موجودی: { $balance } · { $missing } کم دارید
summary-top-up-most = {"\u000A"}ℹ️ هر شارژ حداکثر { $high } است: پس از آن، برای باقی‌مانده دوباره شارژ کنید.
btn-top-up-for = ➕ شارژ { $amount }
topup-for-methods =
    ➕ <b>شارژ { $amount }</b>

    روش پرداخت را انتخاب کنید.
topup-for-none =
    ➕ <b>شارژ { $amount }</b>

    هیچ روش پرداختی این مبلغ را یک‌جا نمی‌پذیرد. مبلغ دیگری انتخاب کنید.
btn-other-amount = ✏️ مبلغ دیگر
topup-preset-stars = {"\u200F"}{ $amount } · { $stars } ⭐

## issue 27: links a customer would type
link-as-sent = 🔗 لینک: { $value }
input-link-not-link = این لینک نیست. لینک صفحه یا پست را بفرستید، مثلاً https://instagram.com/yourpage
input-link-handle-unknown = برای این سرویس نامی که با @ شروع می‌شود کافی نیست: لینک کامل صفحه یا پست را بفرستید که با https:// شروع شود.
input-link-handle-bad = این شبکه چنین نام حسابی را نمی‌پذیرد. نام را همان‌طور که در پروفایل نوشته شده بفرستید (مثلاً @yourname)، یا لینک کامل را.

## issue 27: prices that read well
per-one = برای هر عدد
price-each-short = { $price } هر عدد
btn-pick-total = {"\u200F"}{ $quantity } · { $total }
order-again-head =
    🔁 <b>{ $service }</b>
    🔗 لینک: { $link }

## issue 27: a panel refusal keeps the form and says why
order-not-taken =
    ❌ سفارش پذیرفته نشد: { $reason }.
    کل مبلغ به موجودی شما بازگردانده شد. فرم سفارش حفظ شده است: می‌توانید لینک را ویرایش کنید یا دوباره امتحان کنید.
refusal-link = لینک خصوصی یا نادرست است
refusal-active = برای این لینک از قبل یک سفارش فعال وجود دارد؛ تا پایان آن صبر کنید
refusal-quantity = تعداد خارج از محدوده مجاز است
refusal-unavailable = این سرویس در حال حاضر در دسترس نیست
refusal-other = تأمین‌کننده سفارش را نپذیرفت
btn-edit-link = ✏️ ویرایش لینک
btn-try-again = 🔁 تلاش دوباره

## issue 24: promo codes
command-promo = استفاده از کد تخفیف
btn-promo = 🎟 کد تخفیف
promo-ask = 🎟 کد تخفیف خود را بفرستید.
promo-bad-code = این کد تخفیف نیست: کد از 3 تا 32 حرف لاتین، رقم، _ یا - تشکیل می‌شود. دوباره بفرستید یا برگردید.
promo-unknown = ❌ کد تخفیف { $code } وجود ندارد. املای آن را بررسی کنید.
promo-expired = ⌛ مهلت کد تخفیف { $code } تمام شده است.
promo-used-up = 🚫 ظرفیت استفاده از کد تخفیف { $code } تمام شده است.
promo-already = ℹ️ شما قبلاً از کد تخفیف { $code } استفاده کرده‌اید.
promo-not-yet-deposit = ⏳ یک پاداش برای شارژ بعدی شما از قبل در انتظار است ({ $waiting }). اول کیف پول را شارژ کنید، سپس { $code } را دوباره بفرستید.
promo-not-yet-discount = ⏳ یک تخفیف برای سفارش بعدی شما از قبل در انتظار است ({ $waiting }). اول سفارش دهید، سپس { $code } را دوباره بفرستید.
promo-taken-bonus = ✅ کد تخفیف { $code }: <b>{ $amount }</b> به موجودی شما اضافه شد. موجودی: { $balance }.
promo-taken-waiting = ✅ کد تخفیف { $code }: { $terms }. این کد در 💰 کیف پول برای شما نگه داشته می‌شود.
promo-terms-bonus = پاداش { $amount }
promo-terms-discount = { $percent }% تخفیف روی سفارش بعدی شما
promo-terms-deposit = { $percent }% پاداش روی شارژ بعدی شما
promo-terms-deposit-min = { $percent }% پاداش روی شارژ بعدی شما به مبلغ دست‌کم { $min }
wallet-promo-waiting = 🎟 در انتظار: { $terms } ({ $code })
summary-discount = تخفیف: { $percent }% با کد { $code } (به جای { $list }){"\u000A"}
promo-deposit-credited-notice = 🎁 کد تخفیف { $code }: پاداشی به مبلغ <b>{ $amount }</b> همراه شارژ شما واریز شد.
reason-bonus = پاداش (کد تخفیف { $code })
admin-ledger-kind-bonus = پاداش
admin-promo-usage =
    نحوه استفاده:
    /promo: همه کدها با تعداد استفاده و وضعیت
    /promo add &lt;CODE&gt; bonus &lt;مبلغ&gt; [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo add &lt;CODE&gt; deposit &lt;درصد&gt;% [min &lt;مبلغ&gt;] [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo add &lt;CODE&gt; discount &lt;درصد&gt;% [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo off &lt;CODE&gt;: متوقف کردن یک کد
    کد از 3 تا 32 حرف لاتین، رقم، _ یا - تشکیل می‌شود (حروف بزرگ و کوچک فرقی ندارند).
admin-promo-list =
    🎟 <b>کدهای تخفیف</b>
    { $lines }
admin-promo-list-empty = 🎟 هنوز کد تخفیفی وجود ندارد.
admin-promo-line = <code>{ $code }</code> · { $terms } · استفاده: { $uses } · { $state }
admin-promo-state-active = فعال
admin-promo-state-until = فعال تا { $date }
admin-promo-state-stopped = متوقف
admin-promo-state-expired = منقضی
admin-promo-state-used-up = تمام‌شده
admin-promo-added = ✅ کد تخفیف <code>{ $code }</code> ساخته شد: { $terms }.{ $limits }
admin-promo-uses-limit = {"\u000A"}استفاده: حداکثر { $uses }.
admin-promo-until = {"\u000A"}معتبر تا { $date }.
admin-promo-exists = ❌ کد تخفیف <code>{ $code }</code> از قبل وجود دارد؛ یک کد دو بار ساخته نمی‌شود. نام دیگری انتخاب کنید.
admin-promo-stopped = ⏹ کد تخفیف <code>{ $code }</code> متوقف شد: دیگر کسی نمی‌تواند از آن استفاده کند. پاداش‌ها و تخفیف‌هایی که قبلاً گرفته شده‌اند همچنان داده می‌شوند.
admin-promo-not-active = ❌ کد تخفیف فعالی با نام <code>{ $code }</code> وجود ندارد.
admin-promo-problem-missing = کد، نوع آن و مبلغ یا درصد آن را بنویسید.
admin-promo-problem-code = کد از 3 تا 32 حرف لاتین، رقم، _ یا - تشکیل می‌شود (و "add" یا "off" نیست)، نه <code>{ $value }</code>.
admin-promo-problem-kind = نوع باید bonus، deposit یا discount باشد، نه <code>{ $value }</code>.
admin-promo-problem-percent = درصد یک عدد صحیح از 1 تا { $high } و پس از آن % است، مانند 15%، نه <code>{ $value }</code>.
admin-promo-problem-option = این نوع کد گزینه <code>{ $value }</code> ندارد (یا مقدار آن نیامده، یا دو بار آمده است).
admin-promo-problem-min = حداقل شارژ باید مبلغی مانند 10.50 باشد، نه <code>{ $value }</code>.
admin-promo-problem-uses = تعداد استفاده باید عدد صحیحی از 1 تا 1000000 باشد، نه <code>{ $value }</code>.
admin-promo-problem-days = تعداد روزها باید عدد صحیحی از 1 تا 3650 باشد، نه <code>{ $value }</code>.
admin-stats-promos = {"\u000A\u000A"}🎟 <b>کدهای تخفیف (از ابتدا)</b>{"\u000A"}{ $lines }
admin-stats-promo-bonus = { $code }: پاداش‌های داده‌شده: { $count } · { $amount }
admin-stats-promo-deposit = { $code }: پاداش‌های شارژ: { $count } · { $amount }
admin-stats-promo-discount = { $code }: سفارش‌های با تخفیف: { $count } · { $amount } تخفیف

## issue 25: the console with buttons
admin-menu-stats = 📊 آمار
admin-menu-review = 🕵️ بررسی ({ $count })
admin-menu-topups = 🏦 شارژهای در انتظار ({ $count })
admin-menu-find = 🔎 جستجو
admin-menu-broadcast = 📣 پیام همگانی
admin-menu-catalogue = 🗂 کاتالوگ
admin-menu-panels = 🔌 پنل‌ها
admin-menu-backup = 💾 نسخه‌ی پشتیبان
admin-menu-tickets = 💬 گفتگوها ({ $count })
admin-menu-promo = 🎟 کدهای تخفیف
admin-menu-catalogue-hint =
    {"\u000A\u000A"}دستورهای /markup و /hide و /show و /sync کاتالوگ را تغییر می‌دهند.
admin-menu-backup-sent = 💾 نسخه‌ی پشتیبان در بالا فرستاده شد.
admin-menu-gone = این دکمه دیگر در منو نیست: /admin را دوباره باز کنید.
admin-btn-menu = ⬅️ منوی مدیر
admin-btn-cancel = ✖️ لغو
admin-btn-find-again = 🔎 جستجوی دوباره
admin-find-ask = 🔎 شماره‌ی سفارش (#12)، شماره‌ی سفارش در پنل، یک لینک یا بخشی از آن، شناسه‌ی کاربر یا @username را بفرستید.
admin-find-usage =
    روش استفاده: /find &lt;شماره‌ی سفارش، شماره در پنل، لینک، شناسه‌ی کاربر یا @username&gt;
admin-find-none = 🔎 چیزی با <code>{ $query }</code> پیدا نشد.
admin-find-many = 🔎 نتایج <code>{ $query }</code>: { $count }
admin-find-order-button = 📦 #{ $id } { $icon } · { $price } · 👤 { $user_id }
admin-find-user-button = 👤 { $name } · { $id }
admin-card-orders =
    {"\u000A\u000A"}<b>سفارش‌ها</b> (صفحه‌ی { $page } از { $pages })
    { $lines }
admin-card-moves =
    {"\u000A\u000A"}<b>گردش کیف پول</b> (صفحه‌ی { $page } از { $pages })
    { $lines }
admin-btn-orders-prev = ⬅️ سفارش‌ها
admin-btn-orders-next = سفارش‌ها ➡️
admin-btn-moves-prev = ⬅️ گردش‌ها
admin-btn-moves-next = گردش‌ها ➡️
admin-btn-customer = 👤 مشتری { $id }
admin-btn-refund-all = ↩️ بازگشت کل مبلغ ({ $amount })
admin-btn-refund-part = ✏️ بازگشت بخشی از مبلغ
admin-btn-refund-confirm = ✅ تأیید: بازگشت { $amount }
admin-btn-back-to-order = ⬅️ سفارش #{ $id }
admin-order-refund-prompt = ✏️ چه مبلغی از سفارش #{ $id } به مشتری برگردد؟ حداکثر { $left }. مبلغ را بفرستید (مثلاً <code>0.50</code>).
admin-order-refund-bad-amount = ❌ یک مبلغ مثبت با حداکثر { $decimals } رقم اعشار بفرستید، مانند <code>0.50</code>.
admin-order-refund-confirm =
    ↩️ مبلغ <b>{ $amount }</b> از سفارش #{ $id } به مشتری <code>{ $user_id }</code> برگردد؟
    پرداخت‌شده { $paid }، تاکنون بازگشته { $refunded }.
admin-order-refund-done = ✅ مبلغ { $amount } از سفارش #{ $id } به مشتری <code>{ $user_id }</code> برگشت؛ { $left } برای بازگشت باقی است. به مشتری اطلاع داده شد.
admin-order-refund-not-final = وضعیت سفارش #{ $id }: { $state }. اینجا فقط سفارش پایان‌یافته بازگشت داده می‌شود.
admin-order-refund-nothing-left = وجه سفارش #{ $id } پیش‌تر کامل بازگشت داده شده است.
admin-order-refund-too-much = ❌ مبلغ { $amount } بیش از مانده‌ی قابل بازگشت ({ $left }) است.
admin-order-refund-changed = وجه سفارش #{ $id } در این فاصله بازگشت داده شد: کار دیگری انجام نشد. { $left } باقی است؛ برای بازگشت دوباره سفارش را باز کنید.
admin-customer-order-refund = ↩️ مبلغ { $amount } از سفارش #{ $id } شما به موجودی‌تان بازگشت.
admin-ledger-kind-order-refund = بازگشت وجه سفارش
reason-order-refund = بازگشت وجه از سوی فروشگاه برای سفارش #{ $id }

## issue 25: conversations with the shop
command-support = پیام به فروشگاه
btn-support-answer = ↩️ پاسخ
btn-support-ask-order = ❓ پرسش دربارهٔ این سفارش
btn-support-send-search = ✉️ این را به پشتیبانی بفرست
support-prompt =
    💬 <b>پشتیبانی</b>

    پرسش خود را در یک پیام بنویسید: متن، عکس یا سند. فروشگاه همین‌جا پاسخ می‌دهد.
support-prompt-order =
    💬 <b>پشتیبانی</b> · سفارش <b>#{ $id }</b>

    پرسش خود را دربارهٔ این سفارش در یک پیام بنویسید: متن، عکس یا سند. فروشگاه همین‌جا پاسخ می‌دهد.
support-sent = ✅ برای فروشگاه فرستاده شد (گفت‌وگوی #{ $id }). پاسخ همین‌جا می‌آید.
support-wrong-kind = متن، عکس یا سند بفرستید، یا انصراف را بزنید.
support-canceled = چیزی فرستاده نشد.
admin-support-card =
    💬 <b>گفت‌وگوی #{ $id }</b>
    از: { $name } · <code>{ $user_id }</code> · { $username }
    موجودی: { $balance }
admin-support-order = 📦 دربارهٔ سفارش <b>#{ $id }</b>
admin-support-blocked = 🚫 مشتری ربات را مسدود کرده است: پاسخ‌ها به او نمی‌رسد.
admin-support-answered = ↩️ پاسخ‌دهنده: { $name }، { $when }
admin-support-closed = ✅ بسته‌شده توسط { $name }، { $when }
btn-support-reply = ↩️ پاسخ
btn-support-close = ✅ بستن
btn-support-order = 📦 سفارش #{ $id }
admin-support-ask-reply = ↩️ پیام بعدی شما (متن، عکس، سند یا هر چیز دیگر) به‌عنوان پاسخ فروشگاه در گفت‌وگوی #{ $id } برای { $name } فرستاده می‌شود.
admin-support-delivered = ✅ پاسخ شما به { $name } رسید (گفت‌وگوی #{ $id }).
admin-support-not-delivered = ⚠️ تلگرام پاسخ گفت‌وگوی #{ $id } را نپذیرفت. دوباره بفرستید، یا انصراف را بزنید.
admin-support-blocked-reply = 🚫 { $name } ربات را مسدود کرده است: پاسخ گفت‌وگوی #{ $id } نرسید.
admin-support-closed-already = گفت‌وگوی #{ $id } بسته است.
admin-support-unknown = گفت‌وگوی #{ $id } وجود ندارد.
admin-support-closed-done = ✅ گفت‌وگوی #{ $id } بسته شد.
admin-support-reply-canceled = چیزی در گفت‌وگوی #{ $id } فرستاده نشد.
admin-tickets =
    💬 <b>گفت‌وگوهای باز</b>: { $count }، طولانی‌ترین انتظار اول

    { $lines }
admin-tickets-none = 💬 گفت‌وگوی بازی نیست.
admin-tickets-line = #{ $id } · { $name } (<code>{ $user_id }</code>) · از { $when }
admin-tickets-button = #{ $id } · { $name }
admin-tickets-more = … و { $more } مورد دیگر.

## issue 25: numbers over time (/stats of a period, the chart)
admin-stats-screen =
    📊 <b>آمار: { $period }</b>
    { $since }

    👥 مشتریان: { $customers } · فعال در 7 روز اخیر: { $active } · ربات را بلاک کرده‌اند: { $blocked }
    🆕 مشتریان جدید: { $new }
    🧾 سفارش‌ها: { $orders }

    💵 درآمد (پرداختی مشتریان، منهای بازگشت وجه‌ها): { $revenue }
    🏭 هزینه‌ی پنل: { $cost }
    📈 حاشیه‌ی سود: { $margin }
    🤝 کمیسیون‌های پرداخت‌شده: { $commissions }
    🎁 پاداش‌های پرداخت‌شده: { $bonuses }

    🔄 سفارش‌های باز در این لحظه: { $open } · ❔ در انتظار بررسی: { $review }
admin-stats-since = از { $when }
admin-stats-since-start = از زمان راه‌اندازی فروشگاه
admin-stats-period-today = امروز
admin-stats-period-7d = 7 روز
admin-stats-period-30d = 30 روز
admin-stats-period-all = همه‌ی زمان‌ها
admin-stats-btn-period = { $period }
admin-stats-btn-shown = • { $period } •
admin-stats-btn-chart = 📈 نمودار 30 روز
# Commissions or bonuses paid: how many entries, and their sum.
admin-stats-rewards = { $count } · { $amount }
admin-stats-topups-none-in-period = {"\u000A\u000A"}💳 شارژ: هیچ
admin-chart-drawing = در حال رسم نمودار…
admin-chart-title = { $days } روز اخیر
admin-chart-revenue = درآمد
admin-chart-cost = هزینه‌ی پنل
admin-chart-orders = سفارش‌ها
admin-chart-day = روز (UTC)
admin-chart-caption = 📈 { $days } روز اخیر: سفارش‌ها { $orders } · درآمد { $revenue } · هزینه‌ی پنل { $cost } · حاشیه‌ی سود { $margin }

## issue 24: invite links and the channel to join first
note-commission = 👥 دوستی که دعوت کرده بودید سفارش #{ $id } را تمام کرد: پورسانت شما <b>{ $amount }</b> به کیف پولتان واریز شد. موجودی: { $balance }.
reason-commission = پورسانت سفارش یک دوست #{ $id }
admin-ledger-kind-commission = پورسانت
btn-invite = 👥 دعوت از دوستان
btn-share = 📤 اشتراک‌گذاری
invite =
    👥 <b>دوستانتان را دعوت کنید</b>

    پیوند خود را به اشتراک بگذارید. دوستی که برای اولین بار فروشگاه را با آن باز کند به شما وصل می‌ماند و شما <b>{ $percent }%</b> از مبلغی را که برای سفارش‌هایش می‌پردازد، در کیف پولتان می‌گیرید.

    🔗 { $link }
    پیوسته با پیوند شما: <b>{ $joined }</b>
    درآمد: <b>{ $earned }</b>
invite-off = 👥 دعوت از دوستان در این فروشگاه فعلاً فعال نیست.
invite-share-text = دنبال‌کننده، لایک و بازدید برای صفحه‌هایتان: این فروشگاه را امتحان کنید
admin-user-invited-by = {"\u000A"}👥 دعوت‌کننده: { $who }
admin-user-invites = {"\u000A"}👥 دعوت‌شدگان: { $joined } · درآمد { $earned }
admin-stats-invites =
    {"\u000A\u000A"}👥 <b>دعوت‌ها</b>: پورسانت پرداخت‌شده { $paid }
    { $lines }
admin-stats-inviter-line = { $who }: { $joined } نفر پیوستند · { $earned }
admin-stats-inviters-none = هنوز کسی دعوت نکرده است
gate =
    📢 <b>اول عضو کانال ما شوید</b>

    فروشگاه وقتی باز می‌شود که عضو این‌ها باشید:
    { $channels }

    عضو شوید، سپس «✅ عضو شدم» را بزنید.
gate-channel = • { $channel }
btn-gate-join = ➕ عضویت در { $channel }
btn-gate-joined = ✅ عضو شدم
gate-still-missing = هنوز عضو { $channels } نشده‌اید. عضو شوید و دوباره دکمه را بزنید.
admin-gate-unchecked =
    ⚠️ ربات نمی‌تواند اعضای { $channel } را بررسی کند ({ $error })، پس مشتریان بدون بررسی وارد می‌شوند.
    ربات را مدیر آن کانال کنید، یا REQUIRED_CHANNELS را درست کنید و دوباره راه‌اندازی کنید.

## issue 27: numbers and words each language's way (item 9)
# ستاره پس از عدد (واژه‌ی تلگرام)
stars-word = { $stars ->
       *[other] ستاره
    }
ask-quantity-each =
    🔢 چه تعداد؟
    💵 قیمت: <b>{ $rate }</b> برای هر عدد
    عددی از <b>{ $low }</b> تا <b>{ $high }</b> بفرستید، یا یکی از گزینه‌های زیر را بزنید.
so-far-each = {"\u000A\u000A"}🧾 تا اینجا: { $quantity } × { $rate } = <b>{ $total }</b>
summary-rate-each = قیمت: { $rate } برای هر عدد{"\u000A"}

## issue 24: a top-up's reversal takes back its deposit bonus
stars-amount-with-bonus = { $amount } (شامل پاداش { $bonus } کد تخفیف { $code })
stars-refund-bonus-line = {"\u000A"}مبلغ بازپس‌گیری: { $amount } این پرداخت و پاداش { $bonus } کد تخفیف { $code } که همراه آن آمد.{ $owed }
reason-bonus-taken-back = پاداش پس گرفته شد (کد تخفیف { $code }): شارژی که همراه آن آمد بازپرداخت شد

## issue 24: an admin's refund takes back the inviter's commission (review)
note-commission-taken-back = ↩️ فروشگاه مبلغ سفارش #{ $id } دوستی را که دعوت کرده بودید برگرداند: { $amount } از پورسانت شما بابت آن پس گرفته شد. موجودی: { $balance }.
reason-commission-taken-back = پورسانت پس گرفته شد: مبلغ سفارش یک دوست #{ $id } برگشت داده شد
admin-order-refund-commission-taken = 👥 { $taken } از پورسانت پرداخت‌شده بابت این سفارش از دعوت‌کننده <code>{ $user_id }</code> پس گرفته شد؛ به او اطلاع داده شد.
admin-order-refund-commission-short = 👥 دعوت‌کننده <code>{ $user_id }</code> باید { $due } از پورسانت این سفارش را پس می‌داد، اما موجودی‌اش فقط { $taken } را پوشش داد: همین مقدار پس گرفته شد و بقیه نزد او می‌ماند.

## issue 23: the shop's own catalogue (names, descriptions, the catalogue CSV)
admin-problem-service = سرویس را به شکل service &lt;n&gt; (شمارهٔ آن در فروشگاه) بنویسید.
admin-problem-lang = زبان باید یکی از این‌ها باشد: { $langs }.
admin-problem-text-empty = متن وارد نشده است.
admin-problem-text-too-long = متن از { $limit } نویسه بلندتر است.
admin-rename-usage =
    روش استفاده:
    /rename service &lt;n&gt; &lt;lang&gt; &lt;نام&gt;
    /rename category &lt;n&gt; &lt;lang&gt; &lt;نام&gt;
    نامی حداکثر 100 نویسه؛ <code>-</code> نام فروشگاه را حذف می‌کند و نام پنل دوباره نمایش داده می‌شود.
    نمونه: /rename service 12 fa فالوور اینستاگرام
admin-describe-usage =
    روش استفاده: /describe service &lt;n&gt; &lt;lang&gt; &lt;توضیح&gt;
    حداکثر 1000 نویسه، در صورت تمایل در چند خط؛ <code>-</code> توضیح فروشگاه را حذف می‌کند.
admin-service-usage = روش استفاده: /service &lt;n&gt; (شمارهٔ سرویس در فروشگاه)
admin-text-set-name = ✅ نام { $scope_title } { $id } به زبان { $lang } اکنون «{ $text }» است.
admin-text-removed-name = ✅ { $scope_title } { $id } دیگر نامی از فروشگاه به زبان { $lang } ندارد: مشتریان نام انگلیسی و اگر نباشد نام پنل را می‌بینند.
admin-text-set-description = ✅ توضیح { $scope_title } { $id } به زبان { $lang } ذخیره شد.
admin-text-removed-description = ✅ { $scope_title } { $id } دیگر توضیحی از فروشگاه به زبان { $lang } ندارد: مشتریان توضیح انگلیسی و اگر نباشد توضیح پنل را می‌بینند.
admin-service-card =
    🧾 <b>سرویس { $id }</b>
    پنل: { $panel } · شناسه در آن { $panel_id }
    نام در پنل: { $panel_name }
    دسته‌بندی: { $category }
    نام‌های فروشگاه:
    { $names }
    توضیحات فروشگاه:
    { $descriptions }
    نوع: { $type }
    قیمت پنل: { $rate } · مشتریان برای هر 1000 عدد { $price } می‌پردازند
    حداقل–حداکثر: { $low }–{ $high }
    سود: { $markup }% ({ $markup_from })
    پنهان: { $hidden }
admin-service-text-line = · { $lang }: { $text }
admin-service-texts-none = · هیچ: متن پنل نمایش داده می‌شود
admin-service-markup-own = مخصوص خودش
admin-service-markup-inherited = از دسته‌بندی یا سود کلی
admin-service-btn-rename = ✏️ تغییر نام
admin-service-btn-describe = 📝 توضیح
admin-service-choose-lang-name = ✏️ سرویس { $id }: به کدام زبان نام بگذارید؟
admin-service-choose-lang-desc = 📝 سرویس { $id }: به کدام زبان توضیح بنویسید؟
admin-service-ask-name = ✏️ نام سرویس { $id } را به زبان { $lang } بفرستید (حداکثر { $limit } نویسه)، یا <code>-</code> را برای حذف نام فروشگاه.
admin-service-ask-description = 📝 توضیح سرویس { $id } را به زبان { $lang } بفرستید (حداکثر { $limit } نویسه)، یا <code>-</code> را برای حذف توضیح فروشگاه.
admin-service-gone = این سرویس دیگر در فهرست سرویس‌ها نیست.
admin-export-catalogue = 📄 فهرست سرویس‌ها: { $count } سرویس. ستون‌های نام، توضیح، markup و hidden را ویرایش کنید و فایل را با زیرنویس /import catalogue برگردانید.
admin-import-usage = روش استفاده: فایل /export catalogue را با زیرنویس <code>/import catalogue</code> بفرستید، یا به پیام حاوی فایل با <code>/import catalogue</code> پاسخ دهید.
admin-import-unreadable = ❌ فایل به‌صورت CSV با رمزگذاری UTF-8 خوانده نمی‌شود.
admin-import-too-big = ❌ فایل از { $megabytes } مگابایت بزرگ‌تر است.
admin-import-problems =
    ❌ چیزی تغییر نکرد: فایل { $count } مشکل دارد.
    { $lines }
admin-import-problems-more = … و { $count } مورد دیگر.
admin-import-problem-column = ستون ناشناخته <code>{ $value }</code>.
admin-import-problem-no-id = ستون <code>id</code> وجود ندارد.
admin-import-problem-id = ردیف { $row }: <code>{ $value }</code> شمارهٔ سرویسی از فروشگاه نیست.
admin-import-problem-duplicate = ردیف { $row }: سرویس { $value } دو بار در فایل آمده است.
admin-import-problem-too-long = ردیف { $row }: { $value } از { $limit } نویسه بلندتر است.
admin-import-problem-markup = ردیف { $row }: سود باید خالی یا درصدی از 0 تا 10000 باشد، نه <code>{ $value }</code>.
admin-import-problem-hidden = ردیف { $row }: مقدار hidden باید 0 یا 1 باشد، نه <code>{ $value }</code>.
admin-import-preview =
    🔎 فایل { $services } سرویس را تغییر می‌دهد ({ $changes } تغییر). نخستین‌ها:
    { $lines }

    اعمال شود؟
admin-import-change = #{ $id } { $column }: «{ $old }» ← «{ $new }»
admin-import-blank = (خالی)
admin-import-nothing = ✅ فایل چیزی را تغییر نمی‌دهد: فهرست سرویس‌ها همین است.
admin-import-applied = ✅ اعمال شد: { $changes } تغییر در { $services } سرویس.
admin-import-canceled = ✖️ ورود لغو شد: چیزی تغییر نکرد.
admin-import-stale = این ورود پیش‌تر اعمال یا لغو شده است.
admin-import-btn-apply = ✅ اعمال
admin-import-btn-cancel = ✖️ لغو
admin-help-catalogue =
    /service &lt;n&gt;: کارت سرویس (پنل، نام‌ها، توضیحات، قیمت) با دکمه‌های تغییر نام و توضیح
    /rename service|category &lt;n&gt; &lt;lang&gt; &lt;نام&gt;: نام فروشگاه به یک زبان
    /describe service &lt;n&gt; &lt;lang&gt; &lt;متن&gt;: توضیح فروشگاه به یک زبان
    /export catalogue، /import catalogue: فهرست سرویس‌ها به‌صورت CSV، ویرایش و بازفرستادن
    /alt &lt;n&gt; [&lt;m&gt;]: جایگزین‌های سرویس در پنل‌های دیگر، وقتی پنلش سفارش را رد کند امتحان می‌شوند

## issue 23: alternatives when a panel says no
admin-alt-usage =
    نحوه‌ی استفاده:
    /alt &lt;خدمت&gt;: جایگزین‌های آن در پنل‌های دیگر
    /alt &lt;خدمت&gt; &lt;خدمت&gt;: دومی جایگزین بعدی اولی می‌شود
    /alt &lt;خدمت&gt; off &lt;خدمت&gt;: حذف یک جایگزین
    /alt &lt;خدمت&gt; clear: حذف همه‌ی جایگزین‌ها
    وقتی پنل یک خدمت سفارشی را صریحاً رد کند (یا اصلاً به آن دسترسی نباشد)، جایگزین‌هایش به‌ترتیب و با قیمتی که به مشتری گفته شده امتحان می‌شوند. پس از پایان مهلت یا پاسخ نامفهوم هرگز: شاید سفارش ساخته شده باشد و منتظر /review می‌ماند.
admin-alt-title = 🔀 <b>جایگزین‌های خدمت شماره { $id }</b> · { $name } ({ $panel })
admin-alt-none = هیچ: سفارشی که پنلش رد کند بازپرداخت می‌شود.
admin-alt-line = { $position }. شماره { $id } · { $name } · { $panel } · از { $low } تا { $high }
admin-alt-unusable = {" "}· ⚠️ فعلاً استفاده نمی‌شود (پنهان، حذف‌شده یا پنلش تنظیم نشده)
admin-alt-hint = افزودن: /alt { $id } &lt;خدمت&gt; · حذف: /alt { $id } off &lt;خدمت&gt; · همه: /alt { $id } clear
admin-alt-no-service = خدمتی با شماره { $id } وجود ندارد.
admin-alt-no-alternative = خدمتی با شماره { $alternative } وجود ندارد.
admin-alt-same = یک خدمت نمی‌تواند جایگزین خودش باشد.
admin-alt-same-panel = خدمت شماره { $alternative } در همان پنل خدمت شماره { $id } است: جایگزین باید در پنل دیگری باشد.
admin-alt-other-type = خدمت شماره { $alternative } هم‌نوع خدمت شماره { $id } نیست: سفارش یکی را نمی‌توان به دیگری فرستاد.
admin-alt-listed = خدمت شماره { $alternative } از قبل جایگزین خدمت شماره { $id } است.
admin-alt-not-listed = خدمت شماره { $alternative } جایگزین خدمت شماره { $id } نیست.
admin-alt-too-many = خدمت شماره { $id } از قبل { $max } جایگزین دارد: اول یکی را حذف کنید.
admin-order-panel-ref = { $panel_order_id } در { $panel }
admin-order-panel-ref-via = { $panel_order_id } در { $panel }، از طریق خدمت شماره { $service_id }
admin-panel-n-refuses =
    ⚠️ <b>پنل { $panel } سفارش‌ها را نمی‌پذیرد</b> (موجودی یا کلید API):
    <code>{ $error }</code>
    سفارش خدمتی که در پنل دیگری جایگزین دارد به آنجا می‌رود؛ بقیه بازپرداخت می‌شوند و مشتریانشان پیام «موقتاً در دسترس نیست» را می‌بینند.
admin-service-alternatives = 🔀 جایگزین‌ها در پنل‌های دیگر:

## issue 23: search in the customer's words
search-results-cut =
    🔎 نتایج جستجوی <b>{ $query }</b>: { $shown } مورد از { $total } نمایش داده شد. برای محدود کردن نتایج، یک کلمه اضافه کنید.

    💵 قیمت‌ها برای هر 1000 عدد است (📦 برای هر بسته). برای دیدن جزئیات، روی سرویس بزنید.
# کلماتی که مشتری ممکن است برای هر نوع سرویس و هر شبکه بنویسد، با ویرگول جدا شده. کلمات همه
# زبان‌ها برای همه مشتریان به کار می‌روند؛ پس کلمات فارسی را با شکل‌هایی که مردم می‌نویسند
# (مفرد و جمع، با «ها» و بدون آن) اینجا بنویسید. کلمه داخل پرانتز هنگام نوشتن فهمیده می‌شود
# ولی در نام سرویس‌ها جستجو نمی‌شود.
search-words-followers = فالوور, فالوئر, فالور, فالووئر, فالوورها, فالوئرها, دنبال کننده, دنبال‌کننده
search-words-subscribers = سابسکرایبر, سابسکرایب, سابسکرایبرها, مشترک, مشترکین, ساب
search-words-likes = لایک, لایکها, لایک‌ها, قلب
search-words-views = ویو, ویوها, ویوز, بازدید, بازدیدها, بازدید‌ها
search-words-comments = کامنت, کامنتها, کامنت‌ها, نظر, نظرات
search-words-members = ممبر, ممبرها, ممبر‌ها, عضو, اعضا
search-words-shares = اشتراک گذاری, اشتراک‌گذاری, شیر, ریپست, بازنشر
search-words-saves = سیو, سیوها, ذخیره
search-words-reactions = ری اکشن, ریاکشن, ری‌اکشن, واکنش, واکنشها
search-words-votes = رای, رأی, آرا, نظرسنجی
search-words-story = استوری, استوریها, استوری‌ها
search-words-reels = ریلز, ریل
search-words-live = لایو, پخش زنده, زنده
search-words-instagram = اینستاگرام, اینستا, اینستگرام
search-words-tiktok = تیک تاک, تیکتاک, تیک توک, تیکتوک
search-words-youtube = یوتیوب, یوتوب
search-words-telegram = تلگرام, تلگرم
search-words-facebook = فیسبوک, فیس بوک
search-words-twitter = توییتر, توئیتر, تویتر, توییت
search-words-spotify = اسپاتیفای, اسپوتیفای
search-words-twitch = توییچ, تویچ
search-words-discord = دیسکورد
search-words-threads = تردز, تِردز, ثردز
search-words-linkedin = لینکدین, لینکدإین

## issue 23: several panels (status sync, alerts, /panel, /sync, the order card)
admin-panels =
    🏭 <b>پنل‌ها</b>
    فهرست سرویس‌ها: { $services } سرویس در { $categories } دسته‌بندی، به‌روزرسانی: { $refreshed }
    آخرین همگام‌سازی وضعیت‌ها: { $sync }
admin-panels-entry =
    <b>پنل { $name }</b> (شماره‌ی { $number })
    موجودی: { $balance }
    سرویس‌ها: { $services }، به‌روزرسانی: { $refreshed }
    آخرین همگام‌سازی سفارش‌ها: { $synced }
admin-sync-panel-done = • پنل { $name }: { $total } سرویس · اضافه‌شده { $added } · تغییرکرده { $changed } · حذف‌شده { $removed }
admin-sync-panel-failed = • پنل { $name }: ❌ به‌روز نشد و سرویس‌های ذخیره‌شده‌اش می‌مانند (<code>{ $error }</code>)
admin-review-on-panel = { $service } · پنل { $name }
admin-alert-panel-low =
    ⚠️ <b>موجودی پنل { $name } کم است</b>: { $amount } { $currency }، کمتر از { $threshold } { $currency }.
    آن را شارژ کنید، وگرنه سفارش‌های آن ناموفق خواهند شد.
admin-alert-panel-ok = ✅ موجودی پنل { $name } دوباره بیش از { $threshold } { $currency } است: { $amount } { $currency }.
admin-alert-panel-currency-differs =
    ⚠️ <b>پنل { $name } با { $panel } حساب می‌کند، اما CURRENCY برابر { $currency } است.</b>
    قیمت‌هایش اعدادی از پنل‌اند که به‌عنوان { $currency } نشان داده می‌شوند: در آن پنل از حسابی با واحد { $currency } استفاده کنید، یا CURRENCY={ $panel } را تنظیم و ربات را دوباره راه‌اندازی کنید.
admin-alert-panel-catalogue-failing =
    ⚠️ <b>به‌روزرسانی فهرست سرویس‌های پنل { $name } پیاپی ناموفق است</b> (از { $since }).
    مشتریان آخرین سرویس‌های ذخیره‌شده‌ی آن را می‌بینند؛ پنل‌های دیگر به‌روز می‌شوند.
    <code>{ $error }</code>
admin-alert-panel-catalogue-recovered = ✅ فهرست سرویس‌های پنل { $name } دوباره به‌روز می‌شود.
admin-alert-panel-renamed =
    ✏️ <b>پنل { $name } نام { $count } سرویس را تغییر داد</b> (نام‌های خود فروشگاه همان‌طور می‌مانند):
    { $lines }{ $more }
admin-alert-panel-renamed-more = {"\u000A"}… و { $count } مورد دیگر

## issue 23: browsing a big catalogue
platforms = 🛒 <b>یک پلتفرم انتخاب کنید</b>
platform-name = { $key ->
    [instagram] اینستاگرام
    [tiktok] تیک‌تاک
    [youtube] یوتیوب
    [telegram] تلگرام
    [facebook] فیسبوک
    [x] ایکس (توییتر)
    [spotify] اسپاتیفای
    [twitch] توییچ
    [discord] دیسکورد
    [threads] تردز
    [linkedin] لینکدین
   *[other] سایر
}
platform-button = { $icon } { $platform } ({ $count })
platform-categories = { $icon } <b>{ $platform }</b>: یک دسته‌بندی انتخاب کنید
btn-popular = 🔥 پرطرفدار
popular-header = 🔥 <b>پرطرفدار</b>: بیشترین سفارش در { $days } روز گذشته
popular-none = 🔥 اخیراً سفارشی ثبت نشده است: به‌جای آن یک پلتفرم انتخاب کنید.
admin-platform-usage =
    روش استفاده: /platform &lt;شماره‌ی دسته‌بندی&gt; &lt;پلتفرم&gt;
    پلتفرم‌ها: { $keys }
    نمونه: /platform 12 tiktok
admin-platform-set = 📂 دسته‌بندی { $id } ({ $name }) اکنون زیر { $platform } است؛ به‌روزرسانی فهرست آن را جابه‌جا نمی‌کند.
admin-platform-not-found = دسته‌بندی { $id } وجود ندارد.
admin-rank-usage =
    روش استفاده: /rank &lt;شماره‌ی سرویس&gt; &lt;جایگاه&gt;
    جایگاه 1 سرویس را اول دسته‌بندی‌اش نشان می‌دهد، پیش از سرویس‌هایی که به ترتیب قیمت‌اند (ارزان‌ترین اول)؛ 0 آن را به ترتیب قیمت برمی‌گرداند. جایگاه‌ها تا { $max }.
    نمونه: /rank 305 1
admin-rank-set = ↕️ سرویس { $id } ({ $name }) اکنون در جایگاه { $place } دسته‌بندی خود است.
admin-rank-reset = ↕️ سرویس { $id } ({ $name }) دوباره به ترتیب قیمت برگشت.
admin-rank-not-found = سرویس { $id } وجود ندارد.

## issue 26: the shop's API v2 for resellers
btn-api = 🔑 API برای نمایندگان فروش
api-screen-unavailable =
    🔑 <b>API</b>

    این فروشگاه دسترسی از طریق API ارائه نمی‌دهد.
api-screen-off =
    🔑 <b>API برای نمایندگان فروش</b>

    ربات یا وب‌سایت خودتان می‌تواند از طریق API v2 استاندارد پنل‌های SMM از این فروشگاه سفارش دهد و با قیمت‌هایی که این‌جا می‌بینید از همین کیف پول پرداخت کند. بازپرداخت سفارش‌های Partial و Canceled به همین کیف پول برمی‌گردد.

    برای گرفتن کلید، آن را روشن کنید.
api-screen-on =
    🔑 <b>API برای نمایندگان فروش</b>: روشن

    نشانی: <code>{ $url }</code>
    پیام‌های وضعیت سفارش‌های API در این‌جا: { $notices }

    کلید شما فقط یک بار، هنگام ساخت، نشان داده شد. گمش کرده‌اید؟ «کلید جدید» را بزنید: کلید قبلی دیگر کار نمی‌کند.
api-screen-key =
    🔑 <b>کلید API شما</b> فقط همین یک بار نشان داده می‌شود: همین حالا کپی‌اش کنید و محرمانه نگهش دارید.

    <code>{ $key }</code>

    نشانی: <code>{ $url }</code>
    امتحانش کنید:
    <code>{ $curl }</code>
api-screen-blocked =
    🔑 <b>API</b>

    فروشگاه دسترسی API شما را خاموش کرده است. اگر فکر می‌کنید اشتباه شده، با پشتیبانی تماس بگیرید.
api-notices-on = روشن
api-notices-off = خاموش
btn-api-turn-on = ✅ روشن کردن و گرفتن کلید
btn-api-new-key = 🔄 کلید جدید
btn-api-turn-off = ⛔ خاموش کردن
btn-api-notices-on = 🔔 پیام‌های وضعیت: روشن
btn-api-notices-off = 🔕 پیام‌های وضعیت: خاموش
order-api-mark = [API]
admin-user-api-on = {"\u000A"}🔑 API: روشن، کلید از { $since }
admin-user-api-off = {"\u000A"}🔑 API: خاموش
admin-user-api-blocked = {"\u000A"}🔑 API: مدیر خاموشش کرده است
admin-btn-api-block = ⛔ خاموش کردن API
admin-btn-api-allow = ✅ اجازهٔ دوبارهٔ API
admin-api-blocked = API کاربر { $user_id } خاموش شد: کلید دیگر کار نمی‌کند.
admin-api-allowed = کاربر { $user_id } دوباره می‌تواند API را روشن کند.
admin-stats-api = {"\u000A\u000A"}🔑 از طریق API: سفارش‌ها { $count } · { $revenue }
admin-api-no-user = کاربر { $user_id } برای فروشگاه ناشناخته است.
