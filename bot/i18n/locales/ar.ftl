# Arabic translation of en.ftl (Modern Standard Arabic).
# Values are HTML (Telegram's parse mode); variables arrive escaped.

## Customers

btn-new-order = 🛒 طلب جديد
btn-search = 🔎 بحث
btn-my-orders = 📦 طلباتي
btn-balance = 💰 المحفظة
btn-help = ❓ المساعدة
btn-home = 🏠 القائمة الرئيسية
btn-back = ⬅️ رجوع
btn-prev = ◀️
btn-next = ▶️
btn-cancel = ✖️ إلغاء
btn-language = 🌐 اللغة
greeting =
    👋 مرحبًا <b>{ $name }</b>!

    هنا يمكنك طلب متابعين وإعجابات ومشاهدات والمزيد لصفحاتك على مواقع التواصل الاجتماعي.
    اختر ما تحتاجه من الأسفل.
main-menu =
    🏠 <b>القائمة الرئيسية</b>
    ماذا تريد أن تفعل؟
help =
    <b>طريقة العمل</b>
    1. اشحن رصيدك: 💰 المحفظة ← شحن الرصيد.
    2. 🛒 طلب جديد: اختر فئة ثم خدمة، وأرسل الرابط ثم الكمية.
    3. راجع السعر وأكّد الطلب. يُخصم المبلغ من رصيدك.
    4. تابع طلباتك من 📦 طلباتي؛ تصلك رسالة كلما تغيّرت حالتها.

    <b>الأوامر</b>
    /start: القائمة الرئيسية
    /orders: طلباتك
    /balance أو /wallet: رصيدك وعمليات الشحن والسجل
    /language: تغيير اللغة
    /cancel: الخروج من الخطوة الحالية
    /help: هذه الرسالة
cancelled = تم الإلغاء، ولم يُنشأ أي طلب.
nothing-to-cancel = لا يوجد ما يمكن إلغاؤه.
banned = عذرًا، هذا المتجر غير متاح لك.
unknown-input = لم أفهم ذلك. استخدم الأزرار، أو /start للعودة إلى القائمة الرئيسية.
button-expired = هذا الزر لم يعد صالحًا.
unknown-command =
    🏠 <b>القائمة الرئيسية</b>
    لا أعرف هذا الأمر. ماذا تريد أن تفعل؟
command-start = القائمة الرئيسية
command-orders = طلباتي
command-balance = رصيدي
command-language = تغيير اللغة
command-cancel = الخروج من الخطوة الحالية
command-help = طريقة العمل
language-pick = 🌐 <b>اختر لغتك</b>
language-set = ✅ اللغة: { $language }
balance =
    💰 <b>المحفظة</b>

    رصيدك: <b>{ $amount }</b>
wallet-credited-notice = 💰 تم شحن رصيدك بمبلغ <b>{ $amount }</b>. الرصيد: { $balance }.
admin-panel-refuses =
    ⚠️ <b>اللوحة ترفض الطلبات</b> (الرصيد أو مفتاح API):
    <code>{ $error }</code>
    يرى العملاء رسالة «غير متاح مؤقتًا» ويُعاد إليهم المبلغ.
admin-placed-after-resolution = ⚠️ الطلب رقم { $order_id } قُدِّم في اللوحة برقم <code>{ $panel_id }</code> بعد أن سُوِّي. تحقّق منه في اللوحة (/order { $order_id }).
admin-order-unknown =
    ⚠️ <b>الطلب رقم { $order_id }: النتيجة غير معروفة</b>
    لم تردّ اللوحة ردًّا واضحًا؛ أموال العميل محجوزة.
    العميل: <code>{ $user_id }</code>
    الخدمة: { $service_id } { $service }
    الرابط: { $link }
    الكمية: { $quantity }
    المدفوع: { $price }
    السبب: { $reason }
    تحقّق من اللوحة، ثم عالِج الطلب عبر /review.
categories = 🛒 <b>اختر فئة</b>
categories-empty = قائمة الخدمات فارغة حاليًا. يُرجى المحاولة بعد بضع دقائق.
category-gone = هذه الفئة لم تعد متاحة.
service-gone = هذه الخدمة لم تعد متاحة. يُرجى اختيار خدمة أخرى.
services-header = 📂 <b>{ $category }</b>
page = الصفحة { $page } من { $pages }
services-hint = 💵 الأسعار لكل 1000 (📦 لكل باقة). اضغط على خدمة لعرض تفاصيلها.
category-button = { $name } ({ $count })
service-button = { $name } · { $price }
price-package-short = 📦 { $price }
btn-first-page = ⏮ 1
service-card =
    <b>{ $name }</b>
    📂 { $category }

    { $description }💵 السعر: <b>{ $price }</b> { $unit }
    📏 الكمية المسموحة: من { $low } إلى { $high }
    ♻️ التعويض: { $refill }
    ✖️ الإلغاء: { $cancel }
service-card-dripfeed = {"\u000A"}💧 التسليم التدريجي: متاح
yes = نعم
no = لا
per-1000 = لكل 1000
per-package = لكل باقة
btn-order = 🛒 اطلب الآن
search-prompt = 🔎 اكتب بضع كلمات للبحث (مثلًا: <i>متابعين انستقرام</i>).
search-results =
    🔎 نتائج البحث عن <b>{ $query }</b>: { $count }.

    💵 الأسعار لكل 1000 (📦 لكل باقة). اضغط على خدمة لعرض تفاصيلها.
search-nothing = 🔎 لا توجد نتائج للبحث عن <b>{ $query }</b>. جرّب كلمات أخرى، أو تصفّح الفئات.
search-too-short = اكتب حرفين على الأقل للبحث.
ask-link =
    🔗 <b>{ $service }</b>

    أرسل الرابط (مثلًا https://instagram.com/yourpage).
ask-quantity =
    🔢 ما الكمية التي تريدها؟
    💵 السعر: <b>{ $rate }</b> لكل 1000
    أرسل رقمًا من <b>{ $low }</b> إلى <b>{ $high }</b>، أو اختر أحد الأزرار بالأسفل.
ask-quantity-per-run = {"\u000A"}💧 مع التسليم التدريجي (الخطوة التالية) تكون هذه الكمية <b>لكل دفعة</b>.
so-far = {"\u000A\u000A"}🧾 حتى الآن: { $quantity } × { $rate } لكل 1000 = <b>{ $total }</b>
so-far-package = {"\u000A\u000A"}🧾 حتى الآن: باقة واحدة = <b>{ $total }</b>
summary-rate = السعر: { $rate } لكل 1000{"\u000A"}
summary-rate-package = السعر: { $rate } لكل باقة{"\u000A"}
limits-changed = ℹ️ تغيّرت حدود هذه الخدمة أثناء طلبك: أصبحت من <b>{ $low }</b> إلى <b>{ $high }</b> (سابقًا: من { $was_low } إلى { $was_high }).
limits-changed-fits = {" "}طلبك لا يزال ضمن الحدود.
limits-changed-redo = {" "}يُرجى إدخال الكمية من جديد؛ بقية طلبك محفوظة.
btn-edit-field = ✏️ { $field }
field-link = الرابط
field-quantity = الكمية
field-comments = التعليقات
field-username = كاتب التعليق
field-answer = خيار الاستطلاع
field-runs = التسليم التدريجي
ask-comments =
    💬 أرسل التعليقات، <b>تعليقًا واحدًا في كل سطر</b>: عدد الأسطر من { $low } إلى { $high }.
    كل سطر يصبح تعليقًا مستقلًا.
ask-username = 👤 أرسل اسم المستخدم لكاتب التعليق (مثل @username).
ask-answer = 🗳 أرسل رقم خيار الاستطلاع الذي تريد التصويت له (1 للخيار الأول).
ask-runs =
    💧 التسليم التدريجي: هل تريد التسليم على عدة دفعات؟
    كل دفعة تُسلِّم <b>{ $quantity }</b> (الكمية التي اخترتها هي كمية الدفعة الواحدة).
    أرسل عدد الدفعات (من 2 إلى { $high })، أو اضغط «تخطي» للتسليم دفعة واحدة.
ask-interval =
    💧 { $runs ->
        [zero] { $runs } دفعة
        [one] دفعة واحدة
        [two] دفعتان
        [few] { $runs } دفعات
        [many] { $runs } دفعة
       *[other] { $runs } دفعة
    } × { $quantity } = <b>{ $total }</b> إجمالًا.
    ⏱ أرسل المدة بين الدفعات بالدقائق (من 1 إلى 10080).
input-link-not-text = يُرجى إرسال الرابط كنص، مثل https://instagram.com/yourpage
input-link-empty = يُرجى إرسال رابط، مثل https://instagram.com/yourpage
input-link-too-long = الرابط طويل جدًا: الحد الأقصى لعدد الأحرف { $limit }.
input-link-spaces = لا يمكن أن يحتوي الرابط على مسافات أو أسطر جديدة. أرسل رابطًا واحدًا فقط.
input-link-invisible = يحتوي هذا الرابط على أحرف غير مرئية. انسخه مرة أخرى ثم أرسله.
input-link-invalid = هذا ليس رابطًا صالحًا. أرسل رابطًا مثل https://t.me/yourchannel
input-link-scheme = يجب أن يبدأ الرابط بـ http:// أو https://
input-link-host = لا يتضمن هذا الرابط عنوان موقع صالحًا؛ أرسل رابطًا مثل https://t.me/yourchannel
input-quantity-not-number = يُرجى إرسال الكمية عددًا صحيحًا من { $low } إلى { $high }.
input-quantity-range = يجب أن تكون الكمية من { $low } إلى { $high }؛ وقد أرسلت { $value }.
input-answer-not-number = يُرجى إرسال رقم خيار الاستطلاع عددًا صحيحًا من { $low } إلى { $high }.
input-answer-range = يجب أن يكون رقم خيار الاستطلاع من { $low } إلى { $high }؛ وقد أرسلت { $value }.
input-runs-not-number = يُرجى إرسال عدد الدفعات عددًا صحيحًا من { $low } إلى { $high }.
input-runs-range = يجب أن يكون عدد الدفعات من { $low } إلى { $high }؛ وقد أرسلت { $value }.
input-runs-impossible = التسليم التدريجي غير ممكن لهذه الكمية؛ اضغط «تخطي».
input-interval-not-number = يُرجى إرسال المدة بين الدفعات بالدقائق عددًا صحيحًا من { $low } إلى { $high }.
input-interval-range = يجب أن تكون المدة بين الدفعات بالدقائق من { $low } إلى { $high }؛ وقد أرسلت { $value }.
input-comments-empty = أرسل التعليقات كنص، تعليقًا واحدًا في كل سطر: عدد الأسطر من { $low } إلى { $high }.
input-comment-too-long = الحد الأقصى لعدد أحرف التعليق الواحد { $limit }.
input-comments-controls = لا يمكن أن تحتوي التعليقات على أحرف تحكم أو رموز لتغيير اتجاه النص (U+202A–U+202E، U+2066–U+2069).
input-comments-count = يجب أن يكون عدد التعليقات من { $low } إلى { $high }، تعليق واحد في كل سطر؛ وقد أرسلت { $count }.
input-username = أرسل اسم المستخدم لكاتب التعليق، مثل @username (أحرف وأرقام ونقاط وشرطات سفلية).
btn-skip = ⏭ تخطي
btn-confirm = ✅ تأكيد
btn-edit = ✏️ تعديل
summary =
    🧾 <b>راجع طلبك</b>

    الخدمة: { $service }
    الرابط: { $link }
    { $details }
    الإجمالي: <b>{ $total }</b>
summary-quantity = الكمية: { $quantity }{"\u000A"}
summary-dripfeed = التسليم التدريجي: { $runs ->
        [zero] { $runs } دفعة
        [one] دفعة واحدة
        [two] دفعتان
        [few] { $runs } دفعات
        [many] { $runs } دفعة
       *[other] { $runs } دفعة
    } × { $quantity }، كل { $interval ->
        [zero] { $interval } دقيقة
        [one] دقيقة
        [two] دقيقتين
        [few] { $interval } دقائق
        [many] { $interval } دقيقة
       *[other] { $interval } دقيقة
    }{"\u000A"}
summary-comments =
    التعليقات ({ $count }):
    <blockquote>{ $comments }</blockquote>{"\u000A"}
summary-username = كاتب التعليق: @{ $username }{"\u000A"}
summary-answer = خيار الاستطلاع: { $answer }{"\u000A"}
summary-package = الباقة: 1{"\u000A"}
price-changed = ℹ️ تغيّر السعر منذ أن اطّلعت عليه. يُرجى مراجعة الإجمالي الجديد.
placing = ⏳ جارٍ تقديم طلبك…
placing-queued = ⏳ اللوحة مشغولة: طلبك في قائمة الانتظار وسيُقدَّم خلال لحظات…
placed =
    ✅ <b>تم تقديم الطلب!</b>

    { $card }
already-placed =
    هذا الطلب قُدِّم مسبقًا.

    { $card }
order-unknown =
    ⏳ طلبك رقم { $order_id } قيد التحقق: لم يؤكده المزوّد في الوقت المحدد.
    المبلغ محجوز ولم يضِع: ستصلك رسالة عند تأكيد الطلب، أو سيُعاد المبلغ إلى رصيدك.
draft-expired = انتهت صلاحية نموذج الطلب هذا. يُرجى البدء من جديد.
state-submitting = جارٍ التقديم
state-pending = قيد الانتظار
state-in-progress = قيد التنفيذ
state-processing = قيد المعالجة
state-completed = مكتمل
state-partial = مكتمل جزئيًا
state-canceled = ملغى
state-unknown = قيد التحقق
state-failed = لم يُقدَّم
order-card =
    📦 <b>الطلب رقم { $id }</b>: { $icon } { $status }
    { $service }
    الرابط: { $link }
    { $details }المدفوع: { $price }{ $refunded }
    { $progress }تاريخ الإنشاء: { $created }
    { $panel }
order-refunded = {" "}(مُسترد: { $amount })
order-progress = العدد عند البدء: { $start } · المتبقي: { $remains }{"\u000A"}
order-panel-id = رقم الطلب لدى المزوّد: { $panel_id }{"\u000A"}
order-cancel-requested = طُلب الإلغاء{"\u000A"}
use-buttons-at-summary = يُرجى استخدام الأزرار أسفل الملخص: تأكيد أو تعديل أو إلغاء.
btn-refresh = 🔄 تحديث
btn-refill = ♻️ تعويض
btn-cancel-order = ✖️ إلغاء الطلب
btn-order-again = 🔁 اطلب مرة أخرى
btn-orders = 📦 طلباتي
sandbox-banner = 🧪 <b>وضع التجربة (SANDBOX)</b>: متجر تجريبي، لا شيء هنا حقيقي.{"\u000A\u000A"}
btn-open-order = 📦 فتح الطلب رقم { $id }
note-started =
    🔄 بدأ تنفيذ الطلب رقم { $id }.
    { $service }
    🔗 { $link }
    العدد عند البدء: { $start }
note-completed =
    ✅ اكتمل الطلب رقم { $id }.
    { $service }
    🔗 { $link }
note-partial =
    🌓 اكتمل الطلب رقم { $id } جزئيًا: سُلِّم { $delivered } من أصل { $quantity }.
    { $service }
    🔗 { $link }
    { $refund }
note-canceled =
    ❌ أُلغي الطلب رقم { $id }.
    { $service }
    🔗 { $link }
    { $refund }
note-refunded = أُعيد إلى رصيدك: <b>{ $refund }</b>. الرصيد: { $balance }.
note-nothing-refunded = لم يُسترد أي مبلغ: قيمة الجزء غير المُسلَّم أقل من { $smallest }. الرصيد: { $balance }.
note-refill = ♻️ تعويض الطلب رقم { $id }: <b>{ $status }</b>.
refill-state-pending = تم الطلب
refill-state-in-progress = قيد التنفيذ
refill-state-completed = مكتمل
refill-state-rejected = مرفوض
refill-state-failed = تعذّر
admin-unknown-status =
    ⚠️ أرسلت اللوحة حالة طلب غير معروفة <code>{ $status }</code> (الطلب رقم { $id }).
    الطلبات التي تحمل هذه الحالة تبقى قيد المتابعة على أنها جارية. أبلِغ المطورين إن كان لها معنى آخر.
admin-odd-status-fields = ⚠️ أرسلت اللوحة قيمة لا يمكن أن تكون صحيحة للطلب رقم { $id } ({ $fields })؛ عُوملت كقيمة مفقودة ويبقى الطلب قيد المتابعة. تحقّق منه في اللوحة (/order { $id }).
admin-partial-without-remains = ⚠️ تقول اللوحة إن الطلب رقم { $id } مكتمل جزئيًا دون أن تذكر الكمية المتبقية، لذا لا يمكن حساب مبلغ الاسترداد. يبقى الطلب قيد المتابعة؛ تحقّق منه في اللوحة (/order { $id }).
admin-order-id-refused = ⚠️ لم تعد اللوحة تعرف الطلب رقم { $id }: <code>{ $error }</code>. يبقى الطلب قيد المتابعة؛ تحقّق منه في اللوحة (/order { $id }).
my-orders = 📦 <b>طلباتي</b>
my-orders-empty = ليس لديك أي طلبات بعد.
order-not-found = هذا الطلب غير موجود أو لا يخصّك.
refill-requested = ♻️ طُلب التعويض (رقم التعويض { $refill_id }). ستصلك رسالة عند اكتماله.
refill-not-applicable = التعويض غير متاح لهذا الطلب.
refill-already = هناك تعويض قيد التنفيذ لهذا الطلب بالفعل.
refill-refused = رفض المزوّد طلب التعويض: { $reason }
cancel-requested = ✖️ طُلب الإلغاء. إذا ألغى المزوّد الطلب، يُعاد ثمن الجزء غير المُسلَّم إلى رصيدك.
cancel-not-applicable = لا يمكن إلغاء هذا الطلب.
cancel-already = طُلب إلغاء هذا الطلب مسبقًا.
cancel-refused = رفض المزوّد الإلغاء: { $reason }
cancel-reason-no-answer = لم يصل أي ردّ
cancel-reason-not-accepted = لم يُقبل
panel-busy = لا يمكن الوصول إلى المزوّد حاليًا. يُرجى المحاولة بعد بضع دقائق.
refreshed = تم التحديث.
slow-down = ⏳ أرسلت الكثير دفعة واحدة. يُرجى التمهّل والمحاولة بعد لحظة.
btn-add-funds = ➕ شحن الرصيد
btn-history = 📜 السجل
btn-support = 💬 تواصل مع الدعم
btn-wallet = 💰 المحفظة
btn-back-to-order = 🧾 العودة إلى طلبي
history =
    📜 <b>السجل</b>، الأحدث أولًا

    { $lines }
history-empty =
    📜 <b>السجل</b>

    لا توجد حركات بعد.
history-line =
    { $when } · <b>{ $amount }</b>
    { $reason }
reason-topup-stars = شحن عبر Telegram Stars ({ $reference })
reason-topup-cryptobot = شحن عبر Crypto Bot (الفاتورة { $reference })
reason-topup-manual = شحن عبر تحويل (الإيصال رقم { $reference })
reason-topup-plain = شحن
reason-stars-refund = استرداد دفعة Stars ({ $reference })
reason-stars-refund-given-back = فشل استرداد Stars، أُعيد المبلغ ({ $reference })
reason-order = الطلب رقم { $id }
reason-refund = استرداد للطلب رقم { $id }
reason-admin-credit = إضافة من المتجر
reason-admin-debit = خصم من المتجر
reason-note = : { $note }
method-stars = ⭐ Telegram Stars
method-cryptobot = 🪙 Crypto Bot
method-manual = 🏦 تحويل مع إيصال
topup-methods =
    ➕ <b>شحن الرصيد</b>

    رصيدك: { $balance }
    اختر طريقة الدفع:
topup-no-methods =
    ➕ <b>شحن الرصيد</b>

    الدفع داخل البوت غير مُفعَّل بعد. يُرجى التواصل مع الدعم لشحن رصيدك.
topup-no-methods-no-support =
    ➕ <b>شحن الرصيد</b>

    الدفع داخل البوت غير مُفعَّل بعد. يُرجى التواصل مع مشرف المتجر لشحن رصيدك.
topup-amount =
    { $method }

    اختر مبلغًا، أو اكتبه بنفسك من <b>{ $low }</b> إلى <b>{ $high }</b>.
topup-amount-stars = {"\u000A"}⭐ { $rate } { stars-word } مقابل 1 { $currency }.
amount-not-a-number = ⚠️ أرسل المبلغ رقمًا، مثل 10 أو 12.50.
amount-too-small = ⚠️ أقل مبلغ للشحن هو { $low }.
amount-too-big = ⚠️ أكبر مبلغ للشحن هو { $high }.
amount-too-precise = ⚠️ استخدم { $decimals ->
        [zero] عددًا صحيحًا دون منازل عشرية
        [one] منزلة عشرية واحدة على الأكثر
        [two] منزلتين عشريتين على الأكثر
        [few] { $decimals } منازل عشرية على الأكثر
        [many] { $decimals } منزلة عشرية على الأكثر
       *[other] { $decimals } منزلة عشرية على الأكثر
    }.
amount-no-decimals = ⚠️ أرسل عددًا صحيحًا.
topup-expired = انتهت صلاحية عملية الشحن هذه. يُرجى البدء من جديد من 💰 المحفظة.
stars-invoice-title = شحن الرصيد
stars-invoice-description = إضافة { $amount } إلى رصيدك في المتجر.
stars-invoice-sent = ⭐ ادفع <b>{ $stars } { stars-word }</b> عبر الفاتورة أدناه لإضافة <b>{ $amount }</b> إلى رصيدك.
stars-refused-unknown = هذه الفاتورة غير صالحة. يُرجى فتح 💰 المحفظة والبدء من جديد.
stars-refused-used = هذه الفاتورة مدفوعة مسبقًا.
stars-refused-expired = انتهت صلاحية هذه الفاتورة. يُرجى البدء من جديد من 💰 المحفظة.
stars-refused-closed = عذرًا، هذا المتجر غير متاح لك.
stars-receipt =
    ✅ <b>تم استلام الدفعة</b>: { $stars } { stars-word }.
    أُضيف <b>{ $amount }</b> إلى رصيدك. الرصيد: { $balance }.
    المرجع: <code>{ $charge }</code>
stars-not-credited = ⚠️ استُلمت دفعتك لكن تعذّر ربطها بعملية شحن. أُبلغ مشرفو المتجر وسيعالجون الأمر.
crypto-invoice =
    🪙 <b>فاتورة Crypto Bot</b>

    المبلغ: <b>{ $amount }</b>، ويمكن دفعه بـ { $assets }.
    اضغط «ادفع»، وأتمّ الدفع في Crypto Bot، وسيُشحن رصيدك خلال ثوانٍ من الدفع. الفاتورة صالحة لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
btn-pay = 💳 ادفع { $amount }
crypto-unavailable = ⚠️ لا يمكن الوصول إلى Crypto Bot حاليًا. يُرجى المحاولة بعد بضع دقائق.
too-many-pending = ⚠️ لديك بالفعل { $count ->
        [zero] { $count } عملية شحن
        [one] عملية شحن واحدة
        [two] عمليتا شحن
        [few] { $count } عمليات شحن
        [many] { $count } عملية شحن
       *[other] { $count } عملية شحن
    } قيد الانتظار. يُرجى الانتظار حتى تتم معالجتها.
transfer-instructions =
    🏦 <b>حوّل { $amount }</b>

    { $instructions }

    ثم أرسل الإيصال هنا: صورة، أو مستند، أو رقم مرجع التحويل كنص.
receipt-expected = أرسل الإيصال صورةً، أو مستندًا، أو رقم مرجع التحويل كنص.
receipt-too-long = ⚠️ المرجع طويل جدًا: الحد الأقصى لعدد الأحرف { $limit }.
receipt-sent = 📨 أُرسل الإيصال رقم { $id } بمبلغ <b>{ $amount }</b> إلى المتجر. ستصلك رسالة بعد مراجعته.
topup-credited-notice = ✅ أُضيف <b>{ $amount }</b> إلى رصيدك ({ $method }). الرصيد: { $balance }.
topup-rejected-notice = ❌ لم يُقبل إيصالك رقم { $id } بمبلغ { $amount }.{ $reason }
topup-rejected-reason = {"\u000A"}السبب: { $reason }
crypto-expired-notice = ⌛ انتهت صلاحية فاتورة Crypto Bot بمبلغ { $amount } دون دفع. لم يُخصم أي شيء؛ ابدأ عملية شحن جديدة من 💰 المحفظة إن كنت لا تزال ترغب في الدفع.
resume-gone = انتهت صلاحية نموذج طلبك. يُرجى بدء الطلب من جديد.
cancel-confirm =
    ✖️ <b>إلغاء الطلب رقم { $id }؟</b>
    { $service }
    🔗 { $link }

    سيُطلب من المزوّد إيقافه. يُعاد ثمن ما لم يُسلَّم إلى رصيدك: حتى <b>{ $amount }</b> (المبلغ كاملًا إن لم يُسلَّم شيء بعد).
    يصل الاسترداد بعد أن يؤكد المزوّد الإلغاء، وعادةً خلال دقائق؛ وستصلك رسالة حينها. وقد يرفض المزوّد الإلغاء أيضًا.
btn-cancel-yes = ✖️ نعم، ألغِه
btn-cancel-keep = ↩️ لا، أبقِه
my-orders-line =
    { $icon } { $status } · <b>#{ $id }</b> { $service }
    {"    "}{ $quantity } · { $price } · { $date }
my-orders-tap = اضغط على رقم لفتح الطلب.
my-orders-empty-offer = 📦 ليس لديك أي طلبات بعد. ابدأ طلبًا من 🛒 طلب جديد.
no-change-since = لا تغيير منذ { $time }
banned-short = عذرًا، هذا المتجر غير متاح لك.
kb-new-order = 🛒 طلب جديد
kb-my-orders = 📦 طلباتي
kb-wallet = 💰 المحفظة
kb-support = 💬 الدعم
kb-admin = 🛠 الإدارة
kb-placeholder = اختر من الأسفل، أو اكتب للبحث
keyboard-ready = الأزرار أسفل خانة الكتابة تبقى ظاهرة: يمكنك استخدامها في أي خطوة.

## Admins

admin-help =
    🛠 <b>أوامر الإدارة</b>
    /stats: العملاء والطلبات والإيرادات وتكلفة اللوحة والهامش
    /panel: رصيد اللوحة وقائمة الخدمات وآخر مزامنة للحالات
    /user &lt;id أو @username&gt;: رصيد العميل وطلباته وحالته
    /credit &lt;user_id&gt; &lt;amount&gt; [note]: إضافة مبلغ إلى محفظة
    /debit &lt;user_id&gt; &lt;amount&gt; [note]: خصم مبلغ (دون النزول تحت الصفر)
    /ban &lt;user_id&gt;، /unban &lt;user_id&gt;: إغلاق المتجر أمام شخص أو إعادة فتحه له
    /order &lt;id&gt;: كل تفاصيل الطلب
    /review: الطلبات ذات النتيجة غير المعروفة
    /placed &lt;order_id&gt; &lt;panel_order_id&gt;: طلب قيد المراجعة قُدِّم في اللوحة
    /markup [&lt;percent&gt; [category|service &lt;id&gt;]]: عرض هوامش الربح أو ضبطها
    /markup reset [category|service &lt;id&gt;]: إلغاء هامش ربح مخصّص
    /hide، /show service|category &lt;id&gt;: إخفاء عن العملاء أو إظهار لهم
    /sync: تحديث قائمة الخدمات الآن
    /broadcast &lt;text&gt; (أو ردًّا على رسالة): مراسلة جميع العملاء
    /export [&lt;days&gt;]: ملفات CSV للطلبات وسجل الحركات (كلها، أو الأيام الأخيرة فقط)
    /find &lt;نص&gt;: طلب أو رقم الطلب لدى اللوحة أو رابط أو معرّف عميل أو @username
    /tickets: المحادثات المفتوحة مع العملاء
    /promo [add … | off &lt;CODE&gt;]: الرموز الترويجية
admin-problem =
    ❌ { $problem }

    { $usage }
admin-problem-missing-user = معرّف المستخدم مفقود.
admin-problem-user-id = يجب أن يكون معرّف المستخدم عددًا صحيحًا، وليس <code>{ $value }</code>.
admin-problem-missing-amount = المبلغ مفقود.
admin-problem-amount-not-number = يجب أن يكون المبلغ رقمًا مثل 10.50، وليس <code>{ $value }</code>.
admin-problem-amount-not-positive = يجب أن يكون المبلغ موجبًا.
admin-problem-amount-decimals = المبلغ يحتوي على أكثر من 5 منازل عشرية.
admin-problem-missing-id = المعرّف مفقود.
admin-problem-too-many = عدد الوسائط أكثر مما يقبله الأمر.
admin-problem-id = يجب أن يكون المعرّف عددًا صحيحًا، وليس <code>{ $value }</code>.
admin-btn-open-order = 📂 فتح الطلب رقم { $id }
admin-problem-user-ref = حدّد العميل بمعرّفه (أرقام) أو بـ @username.
admin-problem-percent = يجب أن تكون النسبة رقمًا من 0 إلى 10000 بمنزلتين عشريتين على الأكثر.
admin-problem-target = حدّد ما تنطبق عليه بصيغة category &lt;id&gt; أو service &lt;id&gt;.
admin-problem-panel-id-zero = لا يجوز أن يكون رقم طلب اللوحة 0.
admin-no-arguments =
    ❌ الأمر /{ $command } لا يقبل وسائط.

    الاستخدام: /{ $command }. يعرض /admin قائمة الأوامر.
admin-never = أبدًا
admin-dash = —
admin-just-now = الآن
admin-minutes-ago = { $n ->
        [zero] منذ { $n } دقيقة
        [one] منذ دقيقة
        [two] منذ دقيقتين
        [few] منذ { $n } دقائق
        [many] منذ { $n } دقيقة
       *[other] منذ { $n } دقيقة
    }
admin-hours-ago = { $n ->
        [zero] منذ { $n } ساعة
        [one] منذ ساعة
        [two] منذ ساعتين
        [few] منذ { $n } ساعات
        [many] منذ { $n } ساعة
       *[other] منذ { $n } ساعة
    }
admin-days-ago = { $n ->
        [zero] منذ { $n } يوم
        [one] منذ يوم
        [two] منذ يومين
        [few] منذ { $n } أيام
        [many] منذ { $n } يومًا
       *[other] منذ { $n } يوم
    }
admin-stats-window = { $total } ({ $parts })
admin-stats-part = { $state } { $count }
admin-stats-state-submitting = قيد التقديم
admin-stats-state-pending = قيد الانتظار
admin-stats-state-in-progress = قيد التنفيذ
admin-stats-state-processing = قيد المعالجة
admin-stats-state-completed = مكتمل
admin-stats-state-partial = مكتمل جزئيًا
admin-stats-state-canceled = ملغى
admin-stats-state-unknown = قيد التحقق
admin-stats-state-failed = لم يُقدَّم
admin-panel =
    🏭 <b>اللوحة</b>
    الرصيد: { $balance }
    قائمة الخدمات: الخدمات { $services } · الفئات { $categories } · آخر تحديث { $refreshed }
    آخر مزامنة للحالات: { $sync }
admin-panel-balance = <b>{ $amount } { $currency }</b>
admin-panel-balance-low = {" "}⚠️ أقل من { $threshold } { $currency }
admin-panel-unreachable = غير متاحة ({ $error })
admin-when-ago = { $when } ({ $ago })
admin-sync-result = { $when }: { $result }
admin-user-usage =
    الاستخدام: /user &lt;user_id أو @username&gt;
    مثال: /user 123456789
admin-user-not-found = لا يعرف المتجر أي عميل بهذا المعرّف: { $query }.
admin-user-card =
    👤 <b>{ $name }</b>{ $username }
    المعرّف: <code>{ $id }</code>
    الرصيد: <b>{ $balance }</b>
    الحالة: { $state }
    الانضمام: { $joined } · آخر ظهور: { $seen }
    الطلبات: { $orders }
admin-user-state-active = ✅ نشط
admin-user-state-banned = 🚫 محظور
admin-user-state-blocked = 📵 حظر البوت
admin-user-last-orders =
    {"\u000A\u000A"}<b>آخر الطلبات</b>
    { $lines }
admin-user-order-line = #{ $id } { $icon } { $state } · { $service } · { $price } · { $when }
admin-user-last-moves =
    {"\u000A\u000A"}<b>آخر حركات المحفظة</b>
    { $lines }
admin-ledger-line = { $when } · { $kind } { $amount }{ $order }{ $admin }{ $note }
admin-ledger-order = {" "}· الطلب رقم { $id }
admin-ledger-admin = {" "}· بواسطة المشرف { $id }
admin-ledger-note = {" "}· { $note }
admin-ledger-kind-topup = شحن
admin-ledger-kind-order = طلب
admin-ledger-kind-refund = استرداد
admin-ledger-kind-admin-credit = إضافة
admin-ledger-kind-admin-debit = خصم
admin-btn-credit = ➕ إضافة رصيد
admin-btn-debit = ➖ خصم رصيد
admin-btn-ban = 🚫 حظر
admin-btn-unban = ✅ إلغاء الحظر
admin-ask-credit = ➕ أرسل المبلغ المراد إضافته إلى <code>{ $user_id }</code>، ويمكنك إتباعه بملاحظة (مثلًا <code>10.50 paid by card</code>)، أو /cancel.
admin-ask-debit = ➖ أرسل المبلغ المراد خصمه من <code>{ $user_id }</code>، ويمكنك إتباعه بملاحظة (مثلًا <code>5 correction</code>)، أو /cancel.
admin-amount-usage = أرسل مبلغًا مثل <code>10.50</code>، ويمكنك إتباعه بملاحظة، أو /cancel.
admin-credit-usage =
    الاستخدام: /credit &lt;user_id&gt; &lt;amount&gt; [note]
    مثال: /credit 123456789 10.50
admin-debit-usage =
    الاستخدام: /debit &lt;user_id&gt; &lt;amount&gt; [note]
    مثال: /debit 123456789 5
admin-credited = ✅ أُضيف { $amount } إلى المستخدم <code>{ $user_id }</code>. الرصيد الآن: { $balance }.
admin-debited = ✅ خُصم { $amount } من المستخدم <code>{ $user_id }</code>. الرصيد الآن: { $balance }.
admin-debit-refused = ❌ لم يُنفَّذ: لأن ذلك سيجعل رصيد محفظة <code>{ $user_id }</code> أقل من الصفر.
admin-ban-usage =
    الاستخدام: /ban &lt;user_id&gt;
    مثال: /ban 123456789
admin-unban-usage =
    الاستخدام: /unban &lt;user_id&gt;
    مثال: /unban 123456789
admin-banned = 🚫 حُظر المستخدم <code>{ $user_id }</code>: المتجر مغلق أمامه. طلباته المفتوحة تبقى قيد المتابعة والاسترداد.
admin-unbanned = ✅ أُلغي حظر المستخدم <code>{ $user_id }</code>.
admin-ban-admin = ❌ لا يمكن حظر المشرفين.
admin-no-such-user = ❌ لا يعرف المتجر أي مستخدم بالمعرّف <code>{ $user_id }</code>.
admin-order-usage =
    الاستخدام: /order &lt;order_id&gt;
    مثال: /order 42
admin-order-not-found = ❌ لا يوجد طلب رقم { $order_id }.
admin-order-card =
    📦 <b>الطلب رقم { $id }</b>: { $icon } { $state }{ $status_raw }
    العميل: <code>{ $user_id }</code>
    الخدمة: { $service_id } · { $service } ({ $type })
    الرابط: { $link }
    { $details }المدفوع: { $price }{ $refunded }
    طلب اللوحة: { $panel_order_id }
    تكلفة اللوحة: { $charge }
    { $progress }{ $cancel }{ $error }الإنشاء: { $created } · التحديث: { $updated }
admin-order-status-raw = {" "}(اللوحة: { $status })
admin-order-refunded = {" "}· مُسترد { $amount }
admin-order-progress = العدد عند البدء: { $start } · المتبقي: { $remains }{"\u000A"}
admin-order-cancel-requested = طُلب الإلغاء{"\u000A"}
admin-order-error = الخطأ: <code>{ $error }</code>{"\u000A"}
admin-order-charge = { $amount } { $currency }
admin-order-refills =
    {"\u000A\u000A"}<b>التعويضات</b>
    { $lines }
admin-refill-line = #{ $id } · تعويض اللوحة { $panel_id } · { $state } · { $when }
admin-order-ledger =
    {"\u000A\u000A"}<b>سجل الحركات</b>
    { $lines }
admin-order-review-hint = {"\u000A\u000A"}❔ النتيجة غير معروفة. إن كان الطلب موجودًا في اللوحة: /placed { $id } &lt;panel_order_id&gt;. وإلا فأعِد المبلغ.
admin-review-empty = ✅ لا توجد طلبات بانتظار المراجعة.
admin-review-header = ❔ <b>طلبات نتيجتها غير معروفة</b> ({ $total }){"\u000A"}
admin-review-more = {"\u000A"}…وغيرها: { $more }. عالِج هذه أولًا.
admin-review-item =
    {"\u000A"}<b>#{ $id }</b> · { $when } · العميل <code>{ $user_id }</code>
    { $service_id } · { $service }
    الرابط: { $link } · الكمية { $quantity } · المدفوع { $price }
    <i>{ $reason }</i>{"\u000A"}
admin-review-footer = {"\u000A"}تحقّق من كل طلب في اللوحة. إن كان موجودًا هناك: /placed &lt;order_id&gt; &lt;panel_order_id&gt;. وإن لم يكن: اضغط «استرداد».
admin-btn-refund = ↩️ استرداد الطلب رقم { $id }
admin-btn-refund-sure = ↩️ نعم، استرداد الطلب رقم { $id }
admin-btn-back = ⬅️ رجوع
admin-refund-confirm =
    ↩️ استرداد الطلب رقم { $id }؟ يعود { $price } إلى محفظة <code>{ $user_id }</code> ويُغلق الطلب على أنه لم يُقدَّم.

    لا تفعل ذلك إلا إذا لم يكن في اللوحة طلب كهذا.
admin-placed-usage =
    الاستخدام: /placed &lt;order_id&gt; &lt;panel_order_id&gt;
    مثال: /placed 42 1234567
admin-resolved-placed = ✅ سُجِّل الطلب رقم { $id } كطلب اللوحة { $panel_order_id }؛ وستتابعه مزامنة الحالات من الآن.
admin-resolved-refunded = ↩️ استُرد الطلب رقم { $id }: عاد { $price } إلى <code>{ $user_id }</code>.
admin-resolve-already = ℹ️ الطلب رقم { $id } لم يعد قيد المراجعة (حالته الآن: { $state })؛ لم يُنفَّذ شيء.
admin-resolve-not-found = ❌ لا يوجد طلب رقم { $id }.
admin-resolve-panel-id-taken = ❌ طلب اللوحة { $panel_order_id } مرتبط بالطلب رقم { $other } بالفعل؛ لم يُنفَّذ شيء.
admin-customer-order-confirmed = ✅ تم تأكيد طلبك رقم { $id } وتقديمه. ستصلك رسالة عند تغيّر حالته.
admin-customer-order-refunded = ↩️ تعذّر تقديم طلبك رقم { $id }. أُعيد { $amount } إلى رصيدك.
admin-markup-usage =
    الاستخدام:
    /markup: عرض هوامش الربح
    /markup &lt;percent&gt;: الهامش العام
    /markup &lt;percent&gt; category &lt;id&gt; أو service &lt;id&gt;: هامش مخصّص
    /markup reset [category|service &lt;id&gt;]: إلغاء هامش
    مثال: /markup 30 category 5
admin-markup-show =
    💹 <b>هوامش الربح</b> (هامش الخدمة يتقدّم على هامش الفئة، وهامش الفئة على الهامش العام)
    العام: <b>{ $global_percent }%</b>{ $source }
admin-markup-source-setting = {" "}(PRICE_MARKUP_PERCENT)
admin-markup-source-override = {" "}(مضبوط عبر /markup؛ قيمة PRICE_MARKUP_PERCENT هي { $default }%)
admin-markup-categories =
    {"\u000A\u000A"}<b>الفئات</b>
    { $lines }
admin-markup-services =
    {"\u000A\u000A"}<b>الخدمات</b>
    { $lines }
admin-markup-line = { $id } · { $name }: { $percent }%
admin-markup-more = …وغيرها: { $more }
admin-markup-set-global = ✅ الهامش العام: { $percent }%.
admin-markup-reset-global = ✅ عاد الهامش العام إلى قيمة PRICE_MARKUP_PERCENT: { $percent }%.
admin-markup-set = ✅ هامش { $scope } { $id }: { $percent }%.
admin-markup-reset = ✅ { $scope_title } { $id } لم يعد لها هامش خاص: صارت ترث الهامش الأعلى.
admin-markup-not-found = ❌ { $scope } { $id } غير موجودة.
admin-scope-service = الخدمة
admin-scope-category = الفئة
admin-scope-title-service = الخدمة
admin-scope-title-category = الفئة
admin-hide-usage = الاستخدام: /hide service &lt;id&gt; أو /hide category &lt;id&gt;
admin-show-usage = الاستخدام: /show service &lt;id&gt; أو /show category &lt;id&gt;
admin-hidden = 🙈 { $scope_title } { $id } ({ $name }) مخفية عن العملاء.
admin-shown = 👀 { $scope_title } { $id } ({ $name }) ظاهرة للعملاء.
admin-hide-not-found = ❌ { $scope } { $id } غير موجودة.
admin-sync-running = ⏳ جارٍ تحديث قائمة الخدمات…
admin-sync-done =
    ✅ حُدِّثت قائمة الخدمات: عدد الخدمات { $total }.
    أُضيف: { $added } · تغيّر: { $changed } · حُذف: { $removed }
admin-sync-failed =
    ❌ فشل التحديث؛ تبقى قائمة الخدمات المحفوظة كما هي.
    <code>{ $error }</code>
admin-broadcast-usage =
    الاستخدام: /broadcast &lt;text&gt;، أو أرسل /broadcast ردًّا على رسالة نصية.
    يُرسَل النص كما هو (مع تنسيقه) إلى كل عميل يمكن الوصول إليه.
admin-broadcast-too-long = ❌ النص طويل جدًا: عدد الأحرف { $length }، والحد الأقصى { $limit } (بطريقة عدّ Telegram: معظم الرموز التعبيرية تُحسب حرفين).
admin-broadcast-rejected = ❌ رفض Telegram النص، لذا لن يُرسَل شيء: { $reason }
admin-broadcast-nobody = لا يوجد من يُرسَل إليه: لا يمكن الوصول إلى أي عميل.
admin-broadcast-preview =
    📣 في الأعلى الرسالة الجماعية رقم { $id }. هل تريد إرسالها إلى { $count ->
        [zero] <b>{ $count }</b> عميل
        [one] عميل <b>واحد</b>
        [two] <b>عميلين</b>
        [few] <b>{ $count }</b> عملاء
        [many] <b>{ $count }</b> عميلًا
       *[other] <b>{ $count }</b> عميل
    }؟
    (يُستثنى العملاء المحظورون والذين حظروا البوت)
admin-btn-broadcast-send = 📣 إرسال
admin-btn-broadcast-cancel = ✖️ إلغاء
admin-broadcast-cancelled = ✖️ أُلغيت الرسالة الجماعية رقم { $id }: لم يُرسَل شيء.
admin-broadcast-not-draft = هذه الرسالة الجماعية بدأ إرسالها أو أُلغيت مسبقًا.
admin-broadcast-starting = 📣 الرسالة الجماعية رقم { $id }: جارٍ الإدراج في قائمة الإرسال…
admin-broadcast-progress =
    📣 الرسالة الجماعية رقم { $id }: جارٍ الإرسال…
    سُلِّمت: { $delivered } · حظروا البوت: { $blocked } · فشلت: { $failed } · بالانتظار: { $waiting } (من أصل { $total })
admin-broadcast-done =
    📣 <b>اكتملت الرسالة الجماعية رقم { $id }</b>
    سُلِّمت: { $delivered }
    حظروا البوت: { $blocked }
    فشلت: { $failed }
    الإجمالي: { $total }
admin-export-orders = 📄 الطلبات: عدد الصفوف { $count }.
admin-export-ledger = 📄 سجل الحركات: عدد القيود { $count }. المبالغ دقيقة، بعملة { $currency }.
admin-export-usage = الاستخدام: /export للكل، أو <code>/export &lt;days&gt;</code> للأيام الأخيرة فقط (<code>/export 30</code>).
admin-problem-days = يجب أن يكون عدد الأيام عددًا صحيحًا من 1 إلى 36500، وليس <code>{ $value }</code>.
admin-export-too-big =
    📦 سيتجاوز ملف { $what } حجم { $megabytes } ميغابايت، وهو أقصى ما يمكن للبوت إرساله.

    صدّر فترة بدلًا من ذلك: <code>/export &lt;days&gt;</code>، أو اختر واحدة أدناه.
admin-export-kind-orders = الطلبات
admin-export-kind-ledger = سجل الحركات
admin-export-btn-days = آخر { $days } يومًا
admin-export-period = 🗓 آخر { $days } يومًا.
admin-alert-catalogue-failing =
    ⚠️ <b>تحديث قائمة الخدمات يفشل باستمرار</b> (منذ { $since }).
    يتصفّح العملاء آخر نسخة محفوظة.
    <code>{ $error }</code>
admin-alert-catalogue-recovered = ✅ عاد تحديث قائمة الخدمات إلى العمل.
admin-alert-panel-low-balance =
    ⚠️ <b>رصيد اللوحة منخفض</b>: { $amount } { $currency }، أي أقل من { $threshold } { $currency }.
    اشحنه، وإلا فستبدأ الطلبات بالفشل.
admin-alert-panel-balance-ok = ✅ عاد رصيد اللوحة فوق { $threshold } { $currency }: { $amount } { $currency }.
admin-amount-expired = انتهت صلاحية طلب الإضافة/الخصم هذا: لم يُنقل أي مبلغ. افتح المستخدم من جديد عبر /user.
admin-backup-caption =
    🗄 نسخة احتياطية من قاعدة البيانات، { $when }.
    للاستعادة: أوقف البوت، وضع هذا الملف في المسار DATABASE_PATH (واحذف ملفَّي -wal و-shm القديمين)، ثم شغّل البوت.
admin-backup-too-large = 🗄 حجم قاعدة البيانات { $size } ميغابايت، وهو يتجاوز حد الرفع في Telegram البالغ 50 ميغابايت: لم تُرسَل نسخة احتياطية. انسخها احتياطيًا على الخادم (راجع README).
admin-btn-approve = ✅ قبول
admin-btn-reject = ❌ رفض
admin-btn-reject-no-reason = ❌ رفض دون ذكر السبب
admin-btn-keep-pending = ↩️ إبقاؤه قيد الانتظار
admin-receipt-copy =
    🏦 <b>الإيصال رقم { $id }</b>: تحويل بمبلغ <b>{ $amount }</b>
    العميل: { $name } (<code>{ $user_id }</code>)
    أُرسل: { $when }{ $text }
admin-receipt-copy-text = {"\u000A"}المرجع: <blockquote>{ $text }</blockquote>
admin-receipt-approved-by = {"\u000A\u000A"}✅ قبله { $name } في { $when }: أُضيف { $amount }.
admin-receipt-rejected-by = {"\u000A\u000A"}❌ رفضه { $name } في { $when }.{ $reason }
admin-receipt-reason = {" "}السبب: { $reason }
admin-receipt-approved = ✅ قُبل الإيصال رقم { $id }: أُضيف { $amount } إلى { $user_id }.
admin-receipt-rejected = ❌ رُفض الإيصال رقم { $id }، وأُبلغ العميل.
admin-receipt-already = سبق البتّ في الإيصال رقم { $id }: { $state } بواسطة { $name }.
admin-receipt-unknown = لا يوجد إيصال رقم { $id }.
admin-receipt-state-paid = مقبول
admin-receipt-state-rejected = مرفوض
admin-receipt-ask-reason = ❌ رفض الإيصال رقم { $id } ({ $amount }). أرسل السبب الذي سيقرؤه العميل، أو ارفضه دون سبب.
admin-receipt-kept = يبقى الإيصال رقم { $id } قيد الانتظار.
admin-topups-pending =
    🏦 <b>إيصالات بانتظار القرار</b>: { $count }

    { $lines }
admin-topups-line = #{ $id } · { $amount } · { $name } (<code>{ $user_id }</code>) · { $when }
admin-topups-none = 🏦 لا توجد إيصالات بانتظار القرار.
admin-topups-button = #{ $id } · { $amount } · { $name }
admin-topups-more = {"\u000A"}… وغيرها: { $more }.
admin-refund-stars-usage = الاستخدام: <code>/refund_stars &lt;telegram_payment_charge_id&gt;</code>
admin-refund-stars-done = ✅ تم استرداد { $stars } { stars-word } إلى <code>{ $user_id }</code>؛ وخُصم { $amount } من محفظته.
admin-refund-stars-done-uncredited = ✅ تم استرداد { $stars } { stars-word } إلى <code>{ $user_id }</code>. لم تُضف هذه الدفعة إلى رصيده أصلًا: لم يُخصم شيء من محفظته.
admin-refund-stars-unsure =
    ⚠️ <b>النتيجة غير معروفة</b>: لم يردّ Telegram على استرداد { $stars } { stars-word } إلى <code>{ $user_id }</code> (<code>{ $error }</code>)؛ ربما تم الاسترداد. { $taken }
    أرسل /refund_stars { $charge } مرة أخرى لسؤال Telegram من جديد: لن يُخصم أي مبلغ إضافي.
admin-refund-stars-unsure-taken = يبقى { $amount } مخصومًا من محفظته.
admin-refund-stars-unsure-uncredited = لم تُضف هذه الدفعة إلى رصيده أصلًا: لم يُخصم شيء.
admin-refund-stars-unknown = لا توجد دفعة Stars بمعرّف الدفع هذا.
admin-refund-stars-already = استُردّت دفعة Stars هذه مسبقًا.
admin-refund-stars-no-funds = لم يُسترد: رصيد العميل ({ $balance }) لم يعد يغطي مبلغ { $amount } الذي أضافته هذه الدفعة.
admin-refund-stars-failed = لم يُسترد: ردّ Telegram بـ <code>{ $error }</code>. لم يُخصم شيء.
admin-stars-mismatch-alert =
    ⚠️ <b>دفعة Stars لم تُضف إلى الرصيد</b>: { $problem }.
    الدافع: <code>{ $user_id }</code>، { $stars } { stars-word }، معرّف الدفع <code>{ $charge }</code>.
    استردّها عبر /refund_stars { $charge } إن لم تكن مستحقة، أو أضِف الرصيد يدويًا.
admin-stars-problem-unknown = بياناتها لا تشير إلى أي عملية شحن
admin-stars-problem-user = بياناتها تشير إلى عميل آخر
admin-stars-problem-amount = المبلغ يختلف عن الفاتورة
admin-stars-problem-settled = عملية الشحن التي تشير إليها سُوِّيت مسبقًا
admin-stats-topups =
    {"\u000A\u000A"}💳 <b>عمليات الشحن حسب الطريقة</b>
    { $lines }
admin-stats-topup-line = { $method }: { $count } · { $amount }
admin-method-stars = Telegram Stars
admin-method-cryptobot = Crypto Bot
admin-method-manual = التحويلات
admin-crypto-amount-alert = ⚠️ دُفعت فاتورة Crypto Pay رقم { $invoice_id }، لكن مبلغها أو عملتها يختلف عن عملية الشحن: لم يُضف الرصيد. تحقّق منها في @CryptoBot وأضِف الرصيد يدويًا إن كان مستحقًا.

## نموذج طلب خدمة الاشتراك (Subscriptions): كل منشور جديد للحساب يحصل على $low إلى $high،
## لعدد $posts منشورات، بعد $delay دقيقة من المنشور، حتى $expiry.
ask-sub-account = 👤 أرسل اسم المستخدم للحساب (مثل @username): كل منشور جديد له يحصل على الخدمة.
ask-sub-min =
    🔢 كم على الأقل لكل منشور؟
    💵 السعر: <b>{ $rate }</b> لكل 1000
    أرسل رقمًا من <b>{ $low }</b> إلى <b>{ $high }</b>، أو اضغط أحد الأزرار أدناه.
ask-sub-max =
    🔢 كم على الأكثر لكل منشور؟
    أرسل رقمًا من <b>{ $low }</b> إلى <b>{ $high }</b>، أو اضغط أحد الأزرار أدناه. تدفع هذا العدد عن كل منشور؛ وما لا يُسلَّم يُسترد.
ask-sub-posts = 📝 لكم منشورًا جديدًا؟ أرسل رقمًا من 1 إلى { $most }.
ask-sub-delay = ⏱ بعد كم دقيقة من كل منشور يبدأ؟ اضغط أحدها.
ask-sub-expiry = 📅 حتى متى؟ أرسل التاريخ بصيغة يوم/شهر/سنة، مثل 31/12/2026، أو اضغط «تخطي» بلا تاريخ انتهاء.
field-account = الحساب
field-min = الحد الأدنى
field-max = الحد الأقصى
field-posts = المنشورات
field-delay = التأخير
field-expiry = تاريخ الانتهاء
input-sub-account = أرسل اسم المستخدم للحساب، مثل @username (أحرف وأرقام ونقاط وشرطات سفلية).
input-min-not-number = أرسل الحد الأدنى رقمًا صحيحًا من { $low } إلى { $high }.
input-min-range = يجب أن يكون الحد الأدنى من { $low } إلى { $high }؛ أرسلت { $value }.
input-max-not-number = أرسل الحد الأقصى رقمًا صحيحًا من { $low } إلى { $high }.
input-max-range = يجب أن يكون الحد الأقصى من { $low } إلى { $high }؛ أرسلت { $value }.
input-posts-not-number = أرسل عدد المنشورات رقمًا صحيحًا من { $low } إلى { $high }.
input-posts-range = يجب أن يكون عدد المنشورات من { $low } إلى { $high }؛ أرسلت { $value }.
input-delay-not-number = اضغط أحد أزرار التأخير، أو أرسل 0 أو 5 أو 10 أو 15 أو 30 أو 60 أو 90.
input-delay-range = التأخير 0 أو 5 أو 10 أو 15 أو 30 أو 60 أو 90 دقيقة؛ أرسلت { $value }.
input-delay-choice = التأخير 0 أو 5 أو 10 أو 15 أو 30 أو 60 أو 90 دقيقة.
input-expiry = أرسل تاريخ الانتهاء بصيغة يوم/شهر/سنة، مثل 31/12/2026.
summary-sub-posts = لكل منشور: من { $low } إلى { $high }، على { $posts } منشورات{"\u000A"}
summary-sub-delay = التأخير بعد المنشور: { $delay } دقيقة{"\u000A"}
summary-sub-expiry = حتى: { $expiry }{"\u000A"}
summary-sub-most = على الأكثر: { $quantity } إجمالًا{"\u000A"}

## issue 22: transfer receipts (seen-before warnings, a confirmation before crediting, another receipt after a rejection)
admin-receipt-state-pending = بانتظار القرار
admin-receipt-seen = ⚠️ <b>سبق إرساله</b>:{ $file }{ $text }
admin-receipt-seen-file = {"\u000A"}• الملف نفسه في الإيصال رقم { $id } من { $name } (<code>{ $user_id }</code>)، { $state }
admin-receipt-seen-text = {"\u000A"}• المرجع نفسه في الإيصال رقم { $id } من { $name } (<code>{ $user_id }</code>)، { $state }
admin-receipt-seen-both = {"\u000A"}• الملف والمرجع نفساهما في الإيصال رقم { $id } من { $name } (<code>{ $user_id }</code>)، { $state }
admin-receipt-copy-seen = { $seen }{"\u000A\u000A"}{ $copy }
admin-receipt-confirm =
    ✅ <b>قبول الإيصال رقم { $id }؟</b>
    سيُضاف <b>{ $amount }</b> إلى محفظة { $name } (<code>{ $user_id }</code>).{ $seen }
admin-receipt-confirm-seen = {"\u000A\u000A"}{ $seen }{"\u000A"}تأكّد من أنه ليس التحويل نفسه قبل التأكيد.
admin-receipt-confirm-again =
    { $seen }

    ⚠️ <b>قبول الإيصال رقم { $id } رغم ذلك؟</b> سيُضاف <b>{ $amount }</b> إلى محفظة { $name } (<code>{ $user_id }</code>) مع أن إيصالًا مثله أُرسل من قبل.
admin-btn-approve-sure = ✅ تأكيد: إضافة { $amount }
admin-btn-approve-anyway = ⚠️ إضافة { $amount } رغم ذلك
btn-receipt-again = 🧾 إرسال إيصال آخر
receipt-again =
    🏦 <b>إيصال آخر بمبلغ { $amount }</b>
    لم يُقبل الإيصال رقم { $id }. إن كان التحويل قد تمّ كما هو موضّح أدناه، فأرسل هنا إيصالًا آخر له: صورة أو مستندًا أو مرجع التحويل نصًّا.

    { $instructions }
receipt-again-already = سبق أن أرسلت الإيصال رقم { $id } بدلًا من ذلك الإيصال.

## issue 22: settings that would cost money (start checks)
admin-alert-panel-currency =
    ⚠️ <b>اللوحة تحسب بعملة { $panel }، لكن CURRENCY هي { $currency }.</b>
    كل سعر هو رقم من اللوحة معروض بعملة { $currency }: اضبط CURRENCY={ $panel } وأعد تشغيل البوت، أو استخدم حساب لوحة بعملة { $currency }.

## issue 22: Stars invoices and reconciliation
amount-too-big-stars = ⚠️ لا تتسع فاتورة Stars الواحدة لأكثر من { $stars } { stars-word }: أكبر مبلغ للشحن عبر Stars هو { $high }.
stars-invoice-above = ⭐ ادفع <b>{ $stars } { stars-word }</b> عبر الفاتورة أعلاه لإضافة <b>{ $amount }</b> إلى رصيدك.
stars-invoice-failed = ⚠️ لم يقبل Telegram الفاتورة، لذا لا يمكن الدفع بها. يُرجى المحاولة مرة أخرى بعد بضع دقائق، أو اختيار طريقة دفع أخرى.

## issue 22: Stars refunds
stars-refunded-notice =
    ↩️ <b>تم استرداد دفعتك بـ Telegram Stars</b>: تعود إليك { $stars } { stars-word }، وخُصم <b>{ $amount }</b> من رصيدك.
    معرّف الدفع: <code>{ $charge }</code>
    الرصيد: { $balance }.
stars-outside-refund-notice =
    ↩️ <b>استردّ Telegram دفعتك</b> البالغة { $stars } { stars-word }، لذلك خُصم <b>{ $taken }</b> من رصيدك مرة أخرى.{ $owed }
    معرّف الدفع: <code>{ $charge }</code>
    الرصيد: { $balance }.
stars-outside-refund-owed = {"\u000A"}تعذّر خصم { $owed } (لم يكفِ رصيدك)، وسُجّل دينًا عليك للمتجر.
stars-outside-refund-uncredited = ↩️ <b>استردّ Telegram دفعتك</b> البالغة { $stars } { stars-word } (معرّف الدفع <code>{ $charge }</code>). لم تُضف هذه الدفعة إلى رصيدك أصلًا، لذا بقي رصيدك كما هو.
admin-stars-outside-refund-alert =
    ↩️ <b>استُردّت دفعة Stars خارج البوت</b>: { $stars } { stars-word } من <code>{ $user_id }</code>، معرّف الدفع <code>{ $charge }</code>.
    خُصم من محفظته مرة أخرى: { $taken }.{ $owed }
admin-stars-outside-refund-owed = {"\u000A"}⚠️ لم يكفِ رصيده: سُجّل <b>{ $owed }</b> دينًا عليه (/user { $user_id }).
admin-stars-outside-refund-uncredited = ↩️ <b>استُردّت دفعة Stars خارج البوت</b>: { $stars } { stars-word } من <code>{ $user_id }</code>، معرّف الدفع <code>{ $charge }</code>. لم تُضف إلى رصيده أصلًا: لم يُخصم شيء.
admin-stars-outside-refund-unknown = ↩️ <b>استُردّت دفعة Stars خارج البوت</b>: { $stars } { stars-word } من <code>{ $user_id }</code>، معرّف الدفع <code>{ $charge }</code>. لا يملك البوت أي سجل لهذه الدفعة: لم يُخصم شيء.
admin-stars-refund-confirmed = ✅ يؤكد Telegram استرداد { $stars } { stars-word } إلى <code>{ $user_id }</code> (معرّف الدفع <code>{ $charge }</code>) الذي كانت نتيجته غير معروفة. { $taken }
admin-stars-refund-refused-alert = ⚠️ رفض Telegram استرداد { $stars } { stars-word } إلى <code>{ $user_id }</code> (معرّف الدفع <code>{ $charge }</code>، بطلب من <code>{ $admin_id }</code>): <code>{ $error }</code>. { $back }
admin-stars-refund-given-back = أُعيد { $amount } إلى محفظته.
admin-refund-stars-in-progress = ⏳ استرداد دفعة Stars هذه جارٍ بالفعل: لم يُخصم شيء إضافي. انتظر ردّه، ثم تحقّق عبر /refund_stars { $charge }.
admin-user-owed = {"\u000A"}⚠️ دين من دفعات Stars استُردّت خارج البوت: <b>{ $owed }</b>

## issue 27: flood control answers every dropped button press
flood-tap-again = ⏳ أسرع من اللازم — اضغط مجددًا بعد لحظة.

## issue 27: short of money (the summary's balance line, a button that tops up what is missing, Stars on the amount buttons)
summary-balance = {"\u000A"}الرصيد: { $balance } ← { $after }
summary-balance-short = {"\u000A"}الرصيد: { $balance } · ينقصك { $missing }
summary-top-up-most = {"\u000A"}ℹ️ الحد الأقصى للشحنة الواحدة { $high }: بعدها اشحن مرة أخرى بالمبلغ المتبقي.
btn-top-up-for = ➕ اشحن { $amount }
topup-for-methods =
    ➕ <b>شحن { $amount }</b>

    اختر طريقة الدفع.
topup-for-none =
    ➕ <b>شحن { $amount }</b>

    لا تقبل أي طريقة دفع هذا المبلغ دفعة واحدة. اختر مبلغًا آخر.
btn-other-amount = ✏️ مبلغ آخر
topup-preset-stars = {"\u200F"}{ $amount } · { $stars } ⭐

## issue 27: links a customer would type
link-as-sent = 🔗 الرابط: { $value }
input-link-not-link = هذا ليس رابطًا. أرسل رابط الصفحة أو المنشور، مثل https://instagram.com/yourpage
input-link-handle-unknown = لا يكفي اسم يبدأ بـ @ لهذه الخدمة: أرسل الرابط الكامل للصفحة أو المنشور، بدءًا بـ https://
input-link-handle-bad = هذا ليس اسم حساب تسمح به هذه الشبكة. أرسل الاسم كما هو مكتوب في الملف الشخصي (مثل @yourname)، أو الرابط الكامل.

## issue 27: prices that read well
per-one = للواحدة
price-each-short = { $price } للواحدة
btn-pick-total = {"\u200F"}{ $quantity } · { $total }
order-again-head =
    🔁 <b>{ $service }</b>
    🔗 الرابط: { $link }

## issue 27: a panel refusal keeps the form and says why
order-not-taken =
    ❌ لم يُقبل الطلب: { $reason }.
    أُعيد المبلغ كاملًا إلى رصيدك. نموذج الطلب محفوظ: يمكنك تعديل الرابط أو المحاولة مرة أخرى.
refusal-link = الرابط خاص أو غير صحيح
refusal-active = يوجد طلب نشط لهذا الرابط بالفعل، انتظر حتى يكتمل
refusal-quantity = الكمية خارج النطاق المسموح به
refusal-unavailable = هذه الخدمة غير متاحة حاليًا
refusal-other = لم يقبل المزوّد الطلب
btn-edit-link = ✏️ تعديل الرابط
btn-try-again = 🔁 حاول مرة أخرى

## issue 24: promo codes
command-promo = استخدام رمز ترويجي
btn-promo = 🎟 رمز ترويجي
promo-ask = 🎟 أرسل رمزك الترويجي.
promo-bad-code = هذا ليس رمزًا ترويجيًا: يتكوّن الرمز من 3 إلى 32 حرفًا لاتينيًا أو رقمًا أو _ أو -. أرسله مرة أخرى أو ارجع.
promo-unknown = ❌ لا يوجد رمز ترويجي { $code }. تحقّق من كتابته.
promo-expired = ⌛ انتهت صلاحية الرمز الترويجي { $code }.
promo-used-up = 🚫 نفدت مرات استخدام الرمز الترويجي { $code }.
promo-already = ℹ️ لقد استخدمت الرمز الترويجي { $code } من قبل.
promo-not-yet-deposit = ⏳ لديك بالفعل مكافأة بانتظار شحنتك القادمة ({ $waiting }). اشحن رصيدك أولًا، ثم أرسل { $code } مرة أخرى.
promo-not-yet-discount = ⏳ لديك بالفعل خصم بانتظار طلبك القادم ({ $waiting }). اطلب أولًا، ثم أرسل { $code } مرة أخرى.
promo-taken-bonus = ✅ الرمز الترويجي { $code }: أُضيف <b>{ $amount }</b> إلى رصيدك. الرصيد: { $balance }.
promo-taken-waiting = ✅ الرمز الترويجي { $code }: { $terms }. وهو محفوظ لك في 💰 المحفظة.
promo-terms-bonus = مكافأة قدرها { $amount }
promo-terms-discount = خصم { $percent }% على طلبك القادم
promo-terms-deposit = مكافأة { $percent }% على شحنتك القادمة
promo-terms-deposit-min = مكافأة { $percent }% على شحنتك القادمة بمبلغ { $min } على الأقل
wallet-promo-waiting = 🎟 بالانتظار: { $terms } ({ $code })
summary-discount = الخصم: { $percent }% بالرمز { $code } (بدلًا من { $list }){"\u000A"}
promo-deposit-credited-notice = 🎁 الرمز الترويجي { $code }: أُضيفت مكافأة قدرها <b>{ $amount }</b> مع شحنتك.
reason-bonus = مكافأة (الرمز الترويجي { $code })
admin-ledger-kind-bonus = مكافأة
admin-promo-usage =
    الاستخدام:
    /promo: كل الرموز مع عدد استخداماتها وحالتها
    /promo add &lt;CODE&gt; bonus &lt;المبلغ&gt; [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo add &lt;CODE&gt; deposit &lt;النسبة&gt;% [min &lt;المبلغ&gt;] [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo add &lt;CODE&gt; discount &lt;النسبة&gt;% [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo off &lt;CODE&gt;: إيقاف رمز
    يتكوّن الرمز من 3 إلى 32 حرفًا لاتينيًا أو رقمًا أو _ أو - (لا فرق بين الأحرف الكبيرة والصغيرة).
admin-promo-list =
    🎟 <b>الرموز الترويجية</b>
    { $lines }
admin-promo-list-empty = 🎟 لا توجد رموز ترويجية بعد.
admin-promo-line = <code>{ $code }</code> · { $terms } · الاستخدامات: { $uses } · { $state }
admin-promo-state-active = فعّال
admin-promo-state-until = فعّال حتى { $date }
admin-promo-state-stopped = موقوف
admin-promo-state-expired = منتهي الصلاحية
admin-promo-state-used-up = نفد
admin-promo-added = ✅ أُنشئ الرمز الترويجي <code>{ $code }</code>: { $terms }.{ $limits }
admin-promo-uses-limit = {"\u000A"}الاستخدامات: { $uses } على الأكثر.
admin-promo-until = {"\u000A"}صالح حتى { $date }.
admin-promo-exists = ❌ الرمز الترويجي <code>{ $code }</code> موجود بالفعل؛ لا يُنشأ الرمز مرتين. اختر اسمًا آخر.
admin-promo-stopped = ⏹ أُوقف الرمز الترويجي <code>{ $code }</code>: لا يمكن لأحد استخدامه الآن. المكافآت والخصومات التي أُخذت من قبل تبقى سارية.
admin-promo-not-active = ❌ لا يوجد رمز ترويجي فعّال <code>{ $code }</code>.
admin-promo-problem-missing = اذكر الرمز ونوعه ومبلغه أو نسبته.
admin-promo-problem-code = يتكوّن الرمز من 3 إلى 32 حرفًا لاتينيًا أو رقمًا أو _ أو - (وليس "add" أو "off")، وليس <code>{ $value }</code>.
admin-promo-problem-kind = النوع هو bonus أو deposit أو discount، وليس <code>{ $value }</code>.
admin-promo-problem-percent = النسبة عدد صحيح من 1 إلى { $high } تليه %، مثل 15%، وليست <code>{ $value }</code>.
admin-promo-problem-option = هذا النوع من الرموز لا يقبل الخيار <code>{ $value }</code> (أو أنه بلا قيمة، أو مكرر).
admin-promo-problem-min = يجب أن يكون الحد الأدنى للشحن مبلغًا مثل 10.50، وليس <code>{ $value }</code>.
admin-promo-problem-uses = عدد الاستخدامات عدد صحيح من 1 إلى 1000000، وليس <code>{ $value }</code>.
admin-promo-problem-days = عدد الأيام عدد صحيح من 1 إلى 3650، وليس <code>{ $value }</code>.
admin-stats-promos = {"\u000A\u000A"}🎟 <b>الرموز الترويجية (منذ البداية)</b>{"\u000A"}{ $lines }
admin-stats-promo-bonus = { $code }: المكافآت الممنوحة: { $count } · { $amount }
admin-stats-promo-deposit = { $code }: مكافآت الشحن: { $count } · { $amount }
admin-stats-promo-discount = { $code }: الطلبات المخفّضة: { $count } · خصم { $amount }

## issue 25: the console with buttons
admin-menu-stats = 📊 الإحصاءات
admin-menu-review = 🕵️ المراجعة ({ $count })
admin-menu-topups = 🏦 شحنات بانتظار القرار ({ $count })
admin-menu-find = 🔎 بحث
admin-menu-broadcast = 📣 رسالة جماعية
admin-menu-catalogue = 🗂 الكتالوج
admin-menu-panels = 🔌 اللوحات
admin-menu-backup = 💾 نسخة احتياطية
admin-menu-tickets = 💬 المحادثات ({ $count })
admin-menu-promo = 🎟 رموز الخصم
admin-menu-catalogue-hint =
    {"\u000A\u000A"}تغيّر الأوامر /markup و/hide و/show و/sync الكتالوج.
admin-menu-backup-sent = 💾 أُرسلت النسخة الاحتياطية أعلاه.
admin-menu-gone = لم يعد هذا الزر في القائمة: افتح /admin من جديد.
admin-btn-menu = ⬅️ قائمة المشرف
admin-btn-cancel = ✖️ إلغاء
admin-btn-find-again = 🔎 بحث جديد
admin-find-ask = 🔎 أرسل رقم طلب (#12) أو رقم الطلب في اللوحة أو رابطًا أو جزءًا منه أو معرّف مستخدم أو @username.
admin-find-usage =
    الاستخدام: /find &lt;رقم الطلب أو رقمه في اللوحة أو رابط أو معرّف مستخدم أو @username&gt;
admin-find-none = 🔎 لا شيء يطابق <code>{ $query }</code>.
admin-find-many = 🔎 نتائج <code>{ $query }</code>: { $count }
admin-find-order-button = 📦 #{ $id } { $icon } · { $price } · 👤 { $user_id }
admin-find-user-button = 👤 { $name } · { $id }
admin-card-orders =
    {"\u000A\u000A"}<b>الطلبات</b> (الصفحة { $page } من { $pages })
    { $lines }
admin-card-moves =
    {"\u000A\u000A"}<b>حركات المحفظة</b> (الصفحة { $page } من { $pages })
    { $lines }
admin-btn-orders-prev = ⬅️ الطلبات
admin-btn-orders-next = الطلبات ➡️
admin-btn-moves-prev = ⬅️ الحركات
admin-btn-moves-next = الحركات ➡️
admin-btn-customer = 👤 العميل { $id }
admin-btn-refund-all = ↩️ استرداد الكل ({ $amount })
admin-btn-refund-part = ✏️ استرداد جزء
admin-btn-refund-confirm = ✅ تأكيد: استرداد { $amount }
admin-btn-back-to-order = ⬅️ الطلب #{ $id }
admin-order-refund-prompt = ✏️ كم يُعاد إلى العميل من الطلب #{ $id }؟ بحد أقصى { $left }. أرسل المبلغ (مثلًا <code>0.50</code>).
admin-order-refund-bad-amount = ❌ أرسل مبلغًا موجبًا بما لا يزيد على { $decimals } منازل عشرية، مثل <code>0.50</code>.
admin-order-refund-confirm =
    ↩️ هل يُعاد <b>{ $amount }</b> من الطلب #{ $id } إلى العميل <code>{ $user_id }</code>؟
    المدفوع { $paid }، والمُعاد حتى الآن { $refunded }.
admin-order-refund-done = ✅ أُعيد { $amount } من الطلب #{ $id } إلى العميل <code>{ $user_id }</code>؛ يتبقى للاسترداد { $left }. أُبلغ العميل.
admin-order-refund-not-final = حالة الطلب #{ $id }: { $state }. لا يُسترد هنا إلا طلب منتهٍ.
admin-order-refund-nothing-left = الطلب #{ $id } مُسترد بالكامل من قبل.
admin-order-refund-too-much = ❌ المبلغ { $amount } أكثر مما تبقى للاسترداد ({ $left }).
admin-order-refund-changed = استُرد الطلب #{ $id } في هذه الأثناء: لم يُفعل شيء آخر. تبقى { $left }؛ افتح الطلب للاسترداد من جديد.
admin-customer-order-refund = ↩️ أُعيد { $amount } من طلبك #{ $id } إلى رصيدك.
admin-ledger-kind-order-refund = استرداد طلب
reason-order-refund = استرداد من المتجر للطلب #{ $id }

## issue 25: conversations with the shop
command-support = راسل المتجر
btn-support-answer = ↩️ ردّ
btn-support-ask-order = ❓ اسأل عن هذا الطلب
btn-support-send-search = ✉️ أرسل هذا إلى الدعم
support-prompt =
    💬 <b>الدعم</b>

    اكتب سؤالك في رسالة واحدة: نص أو صورة أو مستند. يردّ المتجر هنا.
support-prompt-order =
    💬 <b>الدعم</b> · الطلب <b>#{ $id }</b>

    اكتب سؤالك عن هذا الطلب في رسالة واحدة: نص أو صورة أو مستند. يردّ المتجر هنا.
support-sent = ✅ أُرسلت إلى المتجر (المحادثة #{ $id }). يصل الردّ إلى هنا.
support-wrong-kind = أرسل نصًا أو صورة أو مستندًا، أو اضغط إلغاء.
support-canceled = لم يُرسل شيء.
admin-support-card =
    💬 <b>المحادثة #{ $id }</b>
    من: { $name } · <code>{ $user_id }</code> · { $username }
    الرصيد: { $balance }
admin-support-order = 📦 بخصوص الطلب <b>#{ $id }</b>
admin-support-blocked = 🚫 حظر العميل البوت: الردود لا تصل إليه.
admin-support-answered = ↩️ ردّ عليها { $name }، { $when }
admin-support-closed = ✅ أغلقها { $name }، { $when }
btn-support-reply = ↩️ ردّ
btn-support-close = ✅ إغلاق
btn-support-order = 📦 الطلب #{ $id }
admin-support-ask-reply = ↩️ رسالتك التالية (نص أو صورة أو مستند، أيًّا كانت) تصل إلى { $name } ردًّا من المتجر في المحادثة #{ $id }.
admin-support-delivered = ✅ وصل ردّك إلى { $name } (المحادثة #{ $id }).
admin-support-not-delivered = ⚠️ لم يقبل تيليجرام الردّ في المحادثة #{ $id }. أرسله مرة أخرى، أو اضغط إلغاء.
admin-support-blocked-reply = 🚫 حظر { $name } البوت: لم يصل الردّ في المحادثة #{ $id }.
admin-support-closed-already = المحادثة #{ $id } مغلقة.
admin-support-unknown = لا توجد محادثة #{ $id }.
admin-support-closed-done = ✅ أُغلقت المحادثة #{ $id }.
admin-support-reply-canceled = لم يُرسل شيء في المحادثة #{ $id }.
admin-tickets =
    💬 <b>المحادثات المفتوحة</b>: { $count }، الأطول انتظارًا أولًا

    { $lines }
admin-tickets-none = 💬 لا توجد محادثات مفتوحة.
admin-tickets-line = #{ $id } · { $name } (<code>{ $user_id }</code>) · منذ { $when }
admin-tickets-button = #{ $id } · { $name }
admin-tickets-more = … و{ $more } غيرها.

## issue 25: numbers over time (/stats of a period, the chart)
admin-stats-screen =
    📊 <b>الإحصاءات: { $period }</b>
    { $since }

    👥 العملاء: { $customers } · النشطون خلال 7 أيام: { $active } · حظروا البوت: { $blocked }
    🆕 العملاء الجدد: { $new }
    🧾 الطلبات: { $orders }

    💵 الإيرادات (ما دفعه العملاء بعد خصم المبالغ المستردة): { $revenue }
    🏭 تكلفة اللوحة: { $cost }
    📈 الهامش: { $margin }
    🤝 العمولات المدفوعة: { $commissions }
    🎁 المكافآت المدفوعة: { $bonuses }

    🔄 الطلبات المفتوحة الآن: { $open } · ❔ بانتظار المراجعة: { $review }
admin-stats-since = منذ { $when }
admin-stats-since-start = منذ افتتاح المتجر
admin-stats-period-today = اليوم
admin-stats-period-7d = 7 أيام
admin-stats-period-30d = 30 يومًا
admin-stats-period-all = كل الوقت
admin-stats-btn-period = { $period }
admin-stats-btn-shown = • { $period } •
admin-stats-btn-chart = 📈 رسم بياني لـ 30 يومًا
# Commissions or bonuses paid: how many entries, and their sum.
admin-stats-rewards = { $count } · { $amount }
admin-stats-topups-none-in-period = {"\u000A\u000A"}💳 عمليات الشحن: لا شيء
admin-chart-drawing = جارٍ رسم المخطط…
admin-chart-title = آخر { $days } يومًا
admin-chart-revenue = الإيرادات
admin-chart-cost = تكلفة اللوحة
admin-chart-orders = الطلبات
admin-chart-day = اليوم (UTC)
admin-chart-caption = 📈 آخر { $days } يومًا: الطلبات { $orders } · الإيرادات { $revenue } · تكلفة اللوحة { $cost } · الهامش { $margin }

## issue 24: invite links and the channel to join first
note-commission = 👥 أكمل صديق دعوته الطلب #{ $id }: أُضيفت عمولتك <b>{ $amount }</b> إلى محفظتك. الرصيد: { $balance }.
reason-commission = عمولة عن طلب صديق #{ $id }
admin-ledger-kind-commission = عمولة
btn-invite = 👥 ادعُ أصدقاءك
btn-share = 📤 مشاركة
invite =
    👥 <b>ادعُ أصدقاءك</b>

    شارك رابطك. الصديق الذي يفتح المتجر عبره لأول مرة يبقى مرتبطًا بك، وتحصل على <b>{ $percent }%</b> مما يدفعه مقابل طلباته، في محفظتك.

    🔗 { $link }
    انضموا عبر رابطك: <b>{ $joined }</b>
    الأرباح: <b>{ $earned }</b>
invite-off = 👥 دعوة الأصدقاء غير متاحة في هذا المتجر حاليًا.
invite-share-text = متابعون وإعجابات ومشاهدات لصفحاتك: جرّب هذا المتجر
admin-user-invited-by = {"\u000A"}👥 دعاه: { $who }
admin-user-invites = {"\u000A"}👥 دعا: { $joined } · ربح { $earned }
admin-stats-invites =
    {"\u000A\u000A"}👥 <b>الدعوات</b>: العمولات المدفوعة { $paid }
    { $lines }
admin-stats-inviter-line = { $who }: انضم { $joined } · { $earned }
admin-stats-inviters-none = لا يوجد داعون بعد
gate =
    📢 <b>انضم إلى قناتنا أولًا</b>

    يُفتح المتجر عندما تصبح عضوًا في:
    { $channels }

    انضم، ثم اضغط «✅ انضممت».
gate-channel = • { $channel }
btn-gate-join = ➕ انضم إلى { $channel }
btn-gate-joined = ✅ انضممت
gate-still-missing = لم تنضم بعد إلى { $channels }. انضم ثم اضغط الزر مرة أخرى.
admin-gate-unchecked =
    ⚠️ لا يستطيع البوت التحقق من أعضاء { $channel } ({ $error })، لذلك يدخل العملاء دون تحقق.
    اجعل البوت مشرفًا في تلك القناة، أو صحّح REQUIRED_CHANNELS وأعد التشغيل.

## issue 27: numbers and words each language's way (item 9)
# النجوم بعد العدد (كلمة Telegram)
stars-word = { $stars ->
        [zero] نجمة
        [one] نجمة
        [two] نجمة
        [few] نجوم
        [many] نجمة
       *[other] نجمة
    }
ask-quantity-each =
    🔢 ما الكمية التي تريدها؟
    💵 السعر: <b>{ $rate }</b> للواحدة
    أرسل رقمًا من <b>{ $low }</b> إلى <b>{ $high }</b>، أو اختر أحد الأزرار بالأسفل.
so-far-each = {"\u000A\u000A"}🧾 حتى الآن: { $quantity } × { $rate } = <b>{ $total }</b>
summary-rate-each = السعر: { $rate } للواحدة{"\u000A"}

## issue 24: a top-up's reversal takes back its deposit bonus
stars-amount-with-bonus = { $amount } (بما فيه مكافأة الرمز الترويجي { $code } البالغة { $bonus })
stars-refund-bonus-line = {"\u000A"}المبلغ المسترجَع: { $amount } من هذه الدفعة ومكافأة الرمز الترويجي { $code } البالغة { $bonus } التي جاءت معها.{ $owed }
reason-bonus-taken-back = استُرجعت المكافأة (الرمز الترويجي { $code }): رُدّت الشحنة التي جاءت معها

## issue 24: an admin's refund takes back the inviter's commission (review)
note-commission-taken-back = ↩️ ردّ المتجر مبلغ الطلب #{ $id } لصديق دعوته: استُرجع { $amount } من عمولتك عليه. الرصيد: { $balance }.
reason-commission-taken-back = استُرجعت العمولة: رُدّ مبلغ طلب صديق #{ $id }
admin-order-refund-commission-taken = 👥 استُرجع { $taken } من العمولة المدفوعة على هذا الطلب من الداعي <code>{ $user_id }</code>؛ وقد أُبلغ.
admin-order-refund-commission-short = 👥 كان على الداعي <code>{ $user_id }</code> ردّ { $due } من العمولة المدفوعة على هذا الطلب، لكن رصيده لم يغطِّ سوى { $taken }: استُرجع هذا القدر، والباقي يبقى لديه.

## issue 23: the shop's own catalogue (names, descriptions, the catalogue CSV)
admin-problem-service = اذكر الخدمة بالصيغة service &lt;n&gt; (رقمها في المتجر).
admin-problem-lang = يجب أن تكون اللغة إحدى: { $langs }.
admin-problem-text-empty = النص مفقود.
admin-problem-text-too-long = النص أطول من { $limit } حرفًا.
admin-rename-usage =
    الاستخدام:
    /rename service &lt;n&gt; &lt;lang&gt; &lt;الاسم&gt;
    /rename category &lt;n&gt; &lt;lang&gt; &lt;الاسم&gt;
    اسم لا يتجاوز 100 حرف؛ و<code>-</code> يحذف اسم المتجر فيظهر اسم اللوحة من جديد.
    مثال: /rename service 12 ar متابعين انستقرام
admin-describe-usage =
    الاستخدام: /describe service &lt;n&gt; &lt;lang&gt; &lt;الوصف&gt;
    لا يتجاوز 1000 حرف، ويمكن أن يكون على عدة أسطر؛ و<code>-</code> يحذف وصف المتجر.
admin-service-usage = الاستخدام: /service &lt;n&gt; (رقم الخدمة في المتجر)
admin-text-set-name = ✅ أصبح اسم { $scope_title } { $id } باللغة { $lang }: «{ $text }».
admin-text-removed-name = ✅ لم يعد لـ{ $scope_title } { $id } اسم من المتجر باللغة { $lang }: يرى العملاء الاسم الإنجليزي، وإلا فاسم اللوحة.
admin-text-set-description = ✅ حُفظ وصف { $scope_title } { $id } باللغة { $lang }.
admin-text-removed-description = ✅ لم يعد لـ{ $scope_title } { $id } وصف من المتجر باللغة { $lang }: يرى العملاء الوصف الإنجليزي، وإلا فوصف اللوحة.
admin-service-card =
    🧾 <b>الخدمة { $id }</b>
    اللوحة: { $panel } · رقمها فيها { $panel_id }
    اسمها في اللوحة: { $panel_name }
    الفئة: { $category }
    أسماء المتجر:
    { $names }
    أوصاف المتجر:
    { $descriptions }
    النوع: { $type }
    سعر اللوحة: { $rate } · يدفع العملاء { $price } لكل 1000
    الحد الأدنى–الأقصى: { $low }–{ $high }
    هامش الربح: { $markup }% ({ $markup_from })
    مخفية: { $hidden }
admin-service-text-line = · { $lang }: { $text }
admin-service-texts-none = · لا شيء: يظهر نص اللوحة
admin-service-markup-own = خاص بها
admin-service-markup-inherited = من فئتها أو الهامش العام
admin-service-btn-rename = ✏️ إعادة التسمية
admin-service-btn-describe = 📝 الوصف
admin-service-choose-lang-name = ✏️ الخدمة { $id }: بأي لغة تريد تسميتها؟
admin-service-choose-lang-desc = 📝 الخدمة { $id }: بأي لغة تريد وصفها؟
admin-service-ask-name = ✏️ أرسل اسم الخدمة { $id } باللغة { $lang } (لا يتجاوز { $limit } حرفًا)، أو <code>-</code> لحذف اسم المتجر.
admin-service-ask-description = 📝 أرسل وصف الخدمة { $id } باللغة { $lang } (لا يتجاوز { $limit } حرفًا)، أو <code>-</code> لحذف وصف المتجر.
admin-service-gone = لم تعد هذه الخدمة في قائمة الخدمات.
admin-export-catalogue = 📄 قائمة الخدمات: { $count } خدمة. عدّل أعمدة الأسماء والأوصاف وmarkup وhidden، ثم أعد إرسال الملف مع التعليق /import catalogue.
admin-import-usage = الاستخدام: أرسل ملف /export catalogue مع التعليق <code>/import catalogue</code>، أو ردّ على الرسالة التي فيها الملف بـ<code>/import catalogue</code>.
admin-import-unreadable = ❌ تعذّرت قراءة الملف كملف CSV بترميز UTF-8.
admin-import-too-big = ❌ الملف أكبر من { $megabytes } ميغابايت.
admin-import-problems =
    ❌ لم يُغيَّر شيء: في الملف { $count } مشكلة.
    { $lines }
admin-import-problems-more = … و{ $count } أخرى.
admin-import-problem-column = عمود غير معروف <code>{ $value }</code>.
admin-import-problem-no-id = العمود <code>id</code> مفقود.
admin-import-problem-id = السطر { $row }: <code>{ $value }</code> ليس رقم خدمة في المتجر.
admin-import-problem-duplicate = السطر { $row }: الخدمة { $value } موجودة في الملف مرتين.
admin-import-problem-too-long = السطر { $row }: { $value } أطول من { $limit } حرفًا.
admin-import-problem-markup = السطر { $row }: يجب أن يكون هامش الربح فارغًا أو نسبة من 0 إلى 10000، لا <code>{ $value }</code>.
admin-import-problem-hidden = السطر { $row }: يجب أن تكون قيمة hidden ‏0 أو 1، لا <code>{ $value }</code>.
admin-import-preview =
    🔎 يغيّر الملف { $services } خدمة ({ $changes } تغييرًا). أولها:
    { $lines }

    هل تطبّقها؟
admin-import-change = #{ $id } { $column }: «{ $old }» ← «{ $new }»
admin-import-blank = (فارغ)
admin-import-nothing = ✅ الملف لا يغيّر شيئًا: قائمة الخدمات مطابقة له.
admin-import-applied = ✅ طُبّق: { $changes } تغييرًا على { $services } خدمة.
admin-import-canceled = ✖️ أُلغي الاستيراد: لم يُغيَّر شيء.
admin-import-stale = هذا الاستيراد طُبّق أو أُلغي من قبل.
admin-import-btn-apply = ✅ تطبيق
admin-import-btn-cancel = ✖️ إلغاء
admin-help-catalogue =
    /service &lt;n&gt;: بطاقة الخدمة (اللوحة، الأسماء، الأوصاف، السعر) مع زرّي إعادة التسمية والوصف
    /rename service|category &lt;n&gt; &lt;lang&gt; &lt;الاسم&gt;: اسم المتجر بلغة ما
    /describe service &lt;n&gt; &lt;lang&gt; &lt;النص&gt;: وصف المتجر بلغة ما
    /export catalogue، /import catalogue: قائمة الخدمات كملف CSV يُعدَّل ويُعاد إرساله
    /alt &lt;n&gt; [&lt;m&gt;]: بدائل الخدمة على لوحات أخرى، تُجرَّب حين ترفض لوحتها الطلب

## issue 23: alternatives when a panel says no
admin-alt-usage =
    الاستخدام:
    /alt &lt;الخدمة&gt;: بدائلها في اللوحات الأخرى
    /alt &lt;الخدمة&gt; &lt;الخدمة&gt;: تصبح الثانية البديل التالي للأولى
    /alt &lt;الخدمة&gt; off &lt;الخدمة&gt;: إزالة بديل واحد
    /alt &lt;الخدمة&gt; clear: إزالة كل البدائل
    حين ترفض لوحة الخدمة طلبًا رفضًا صريحًا (أو يتعذّر الوصول إليها أصلًا) تُجرَّب بدائلها بالترتيب وبالسعر الذي عُرض على العميل. أمّا بعد انتهاء المهلة أو ردّ غير مفهوم فلا تُجرَّب أبدًا: ربما أُنشئ الطلب، فيبقى بانتظار /review.
admin-alt-title = 🔀 <b>بدائل الخدمة رقم { $id }</b> · { $name } ({ $panel })
admin-alt-none = لا بدائل: الطلب الذي ترفضه لوحتها يُعاد مبلغه.
admin-alt-line = { $position }. رقم { $id } · { $name } · { $panel } · من { $low } إلى { $high }
admin-alt-unusable = {" "}· ⚠️ غير مستخدم الآن (مخفي أو محذوف أو لوحته غير مضبوطة)
admin-alt-hint = للإضافة: /alt { $id } &lt;الخدمة&gt; · للإزالة: /alt { $id } off &lt;الخدمة&gt; · للكل: /alt { $id } clear
admin-alt-no-service = لا توجد خدمة برقم { $id }.
admin-alt-no-alternative = لا توجد خدمة برقم { $alternative }.
admin-alt-same = لا يمكن أن تكون الخدمة بديلًا لنفسها.
admin-alt-same-panel = الخدمة رقم { $alternative } في اللوحة نفسها التي فيها الخدمة رقم { $id }: يجب أن يكون البديل في لوحة أخرى.
admin-alt-other-type = الخدمة رقم { $alternative } ليست من نوع الخدمة رقم { $id }: لا يمكن إرسال طلب إحداهما إلى الأخرى.
admin-alt-listed = الخدمة رقم { $alternative } بديل للخدمة رقم { $id } من قبل.
admin-alt-not-listed = الخدمة رقم { $alternative } ليست بديلًا للخدمة رقم { $id }.
admin-alt-too-many = للخدمة رقم { $id } { $max } بدائل من قبل: أزِل واحدًا أولًا.
admin-order-panel-ref = { $panel_order_id } في { $panel }
admin-order-panel-ref-via = { $panel_order_id } في { $panel }، عبر الخدمة رقم { $service_id }
admin-panel-n-refuses =
    ⚠️ <b>اللوحة { $panel } ترفض الطلبات</b> (الرصيد أو مفتاح API):
    <code>{ $error }</code>
    طلب الخدمة التي لها بديل في لوحة أخرى يذهب إليه؛ وغيره يُعاد مبلغه ويرى عميله رسالة «غير متاح مؤقتًا».
admin-service-alternatives = 🔀 البدائل على لوحات أخرى:

## issue 23: search in the customer's words
search-results-cut =
    🔎 نتائج البحث عن <b>{ $query }</b>: تُعرض { $shown } من { $total }. أضف كلمة لتضييق البحث.

    💵 الأسعار لكل 1000 (📦 لكل باقة). اضغط على خدمة لعرض تفاصيلها.
# الكلمات التي قد يكتبها العميل لكل نوع من الخدمات ولكل منصة، مفصولة بفواصل. كلمات كل اللغات
# تُستخدم لكل العملاء، فاكتب هنا كلمات لغتك بالأشكال التي يكتبها الناس (مع "ال" وبدونها، المفرد
# والجمع). الكلمة التي بين قوسين تُفهم عند كتابتها لكنها لا يُبحث عنها في أسماء الخدمات.
search-words-followers = متابع, متابعين, متابعون, متابعة, المتابعين, متابعينك, فولورز, فلورز, فولوورز
search-words-subscribers = مشترك, مشتركين, مشتركون, المشتركين, اشتراك, الاشتراك, سبسكرايب, سبسكرايبرز
search-words-likes = لايك, لايكات, لايكس, اعجاب, إعجاب, اعجابات, إعجابات, الاعجابات, الإعجابات, قلوب
search-words-views = مشاهدات, مشاهدة, مشاهده, المشاهدات, فيوز, ڤيوز, مشاهدين
search-words-comments = تعليق, تعليقات, التعليقات, كومنت, كومنتات
search-words-members = عضو, أعضاء, اعضاء, الأعضاء, الاعضاء, ممبر, ممبرز, مشتركين
search-words-shares = مشاركة, مشاركات, المشاركات, شير, ريبوست, ريتويت, اعادة نشر, إعادة نشر
search-words-saves = حفظ, حفظات, الحفظ, حفظ المنشور, سيف
search-words-reactions = تفاعل, تفاعلات, التفاعلات, رياكشن, رياكشنز, ايموجي
search-words-votes = تصويت, أصوات, اصوات, الأصوات, استطلاع, استفتاء
search-words-story = ستوري, ستوريات, قصص, قصة, القصص, الستوري
search-words-reels = ريلز, ريل, الريلز
search-words-live = بث, بث مباشر, لايف, البث, مباشر
search-words-instagram = انستقرام, انستغرام, إنستغرام, انستجرام, إنستجرام, الانستقرام, الانستغرام, (انستا)
search-words-tiktok = تيك توك, تيكتوك, تك توك, التيك توك
search-words-youtube = يوتيوب, اليوتيوب, يوتوب
search-words-telegram = تيليجرام, تليجرام, تلغرام, تيلجرام, تلجرام, التليجرام, تيليغرام
search-words-facebook = فيسبوك, فيس بوك, الفيسبوك, (فيس)
search-words-twitter = تويتر, تغريدة, تغريدات, (اكس)
search-words-spotify = سبوتيفاي, سبوتفاي
search-words-twitch = تويتش, تويتش لايف
search-words-discord = ديسكورد, دسكورد
search-words-threads = ثريدز, ثريدس
search-words-linkedin = لينكد إن, لينكدإن, لينكدان

## issue 23: several panels (status sync, alerts, /panel, /sync, the order card)
admin-panels =
    🏭 <b>اللوحات</b>
    قائمة الخدمات: الخدمات { $services } · الفئات { $categories } · آخر تحديث { $refreshed }
    آخر مزامنة للحالات: { $sync }
admin-panels-entry =
    <b>اللوحة { $name }</b> (رقم { $number })
    الرصيد: { $balance }
    الخدمات: { $services } · آخر تحديث { $refreshed }
    آخر مزامنة للطلبات: { $synced }
admin-sync-panel-done = • اللوحة { $name }: الخدمات { $total } · أُضيف { $added } · تغيّر { $changed } · حُذف { $removed }
admin-sync-panel-failed = • اللوحة { $name }: ❌ لم تُحدَّث، وتبقى خدماتها المحفوظة (<code>{ $error }</code>)
admin-review-on-panel = { $service } · اللوحة { $name }
admin-alert-panel-low =
    ⚠️ <b>رصيد اللوحة { $name } منخفض</b>: { $amount } { $currency }، أي أقل من { $threshold } { $currency }.
    اشحنه، وإلا فستبدأ طلباتها بالفشل.
admin-alert-panel-ok = ✅ عاد رصيد اللوحة { $name } فوق { $threshold } { $currency }: { $amount } { $currency }.
admin-alert-panel-currency-differs =
    ⚠️ <b>اللوحة { $name } تحسب بعملة { $panel }، لكن CURRENCY هي { $currency }.</b>
    أسعارها أرقام من اللوحة معروضة بعملة { $currency }: استخدم في تلك اللوحة حسابًا بعملة { $currency }، أو اضبط CURRENCY={ $panel } وأعد تشغيل البوت.
admin-alert-panel-catalogue-failing =
    ⚠️ <b>تحديث قائمة خدمات اللوحة { $name } يفشل باستمرار</b> (منذ { $since }).
    يتصفّح العملاء آخر خدماتها المحفوظة؛ وتُحدَّث اللوحات الأخرى.
    <code>{ $error }</code>
admin-alert-panel-catalogue-recovered = ✅ عاد تحديث قائمة خدمات اللوحة { $name } يعمل.
admin-alert-panel-renamed =
    ✏️ <b>غيّرت اللوحة { $name } أسماء خدمات عددها { $count }</b> (تبقى أسماء المتجر الخاصة كما هي):
    { $lines }{ $more }
admin-alert-panel-renamed-more = {"\u000A"}… و{ $count } أخرى

## issue 23: browsing a big catalogue
platforms = 🛒 <b>اختر منصة</b>
platform-name = { $key ->
    [instagram] إنستغرام
    [tiktok] تيك توك
    [youtube] يوتيوب
    [telegram] تيليجرام
    [facebook] فيسبوك
    [x] إكس (تويتر)
    [spotify] سبوتيفاي
    [twitch] تويتش
    [discord] ديسكورد
    [threads] ثريدز
    [linkedin] لينكدإن
   *[other] أخرى
}
platform-button = { $icon } { $platform } ({ $count })
platform-categories = { $icon } <b>{ $platform }</b>: اختر فئة
btn-popular = 🔥 الأكثر طلبًا
popular-header = 🔥 <b>الأكثر طلبًا</b> خلال آخر { $days } يومًا
popular-none = 🔥 لم يُطلب شيء مؤخرًا: اختر منصة بدلًا من ذلك.
admin-platform-usage =
    الاستخدام: /platform &lt;رقم الفئة&gt; &lt;المنصة&gt;
    المنصات: { $keys }
    مثال: /platform 12 tiktok
admin-platform-set = 📂 أصبحت الفئة { $id } ({ $name }) ضمن { $platform }؛ ولن يغيّر تحديث القائمة ذلك.
admin-platform-not-found = لا توجد فئة برقم { $id }.
admin-rank-usage =
    الاستخدام: /rank &lt;رقم الخدمة&gt; &lt;الترتيب&gt;
    الترتيب 1 يعرض الخدمة أولًا في فئتها، قبل الخدمات المرتبة حسب السعر (الأرخص أولًا)؛ و0 يعيدها إلى الترتيب حسب السعر. أقصى ترتيب { $max }.
    مثال: /rank 305 1
admin-rank-set = ↕️ أصبحت الخدمة { $id } ({ $name }) في الترتيب { $place } ضمن فئتها.
admin-rank-reset = ↕️ عادت الخدمة { $id } ({ $name }) إلى الترتيب حسب السعر.
admin-rank-not-found = لا توجد خدمة برقم { $id }.

## issue 26: the shop's API v2 for resellers
btn-api = 🔑 واجهة API للموزعين
api-screen-unavailable =
    🔑 <b>واجهة API</b>

    هذا المتجر لا يتيح الوصول عبر واجهة API.
api-screen-off =
    🔑 <b>واجهة API للموزعين</b>

    يمكن لبوتك أو موقعك أن يطلب من هذا المتجر عبر واجهة API v2 القياسية للوحات SMM، والدفع من هذه المحفظة بالأسعار التي تراها هنا. المبالغ المستردة للطلبات ذات الحالة Partial وCanceled تعود إلى هذه المحفظة.

    فعّلها لتحصل على مفتاحك.
api-screen-on =
    🔑 <b>واجهة API للموزعين</b>: مفعّلة

    العنوان: <code>{ $url }</code>
    رسائل حالة طلبات API هنا: { $notices }

    عُرض مفتاحك مرة واحدة عند إنشائه. فقدته؟ اضغط "مفتاح جديد": سيتوقف المفتاح القديم عن العمل.
api-screen-key =
    🔑 <b>مفتاح API الخاص بك</b> يُعرض هذه المرة فقط: انسخه الآن واحفظه سرًا.

    <code>{ $key }</code>

    العنوان: <code>{ $url }</code>
    جرّبه:
    <code>{ $curl }</code>
api-screen-blocked =
    🔑 <b>واجهة API</b>

    أوقف المتجر وصولك عبر واجهة API. تواصل مع الدعم إن كنت ترى أن هذا خطأ.
api-notices-on = مفعّلة
api-notices-off = متوقفة
btn-api-turn-on = ✅ فعّلها واحصل على مفتاح
btn-api-new-key = 🔄 مفتاح جديد
btn-api-turn-off = ⛔ إيقاف
btn-api-notices-on = 🔔 رسائل الحالة: مفعّلة
btn-api-notices-off = 🔕 رسائل الحالة: متوقفة
order-api-mark = [API]
admin-user-api-on = {"\u000A"}🔑 واجهة API: مفعّلة، المفتاح منذ { $since }
admin-user-api-off = {"\u000A"}🔑 واجهة API: متوقفة
admin-user-api-blocked = {"\u000A"}🔑 واجهة API: أوقفها مشرف
admin-btn-api-block = ⛔ إيقاف واجهة API
admin-btn-api-allow = ✅ السماح بواجهة API مجددًا
admin-api-blocked = أُوقفت واجهة API للمستخدم { $user_id }: المفتاح لم يعد يعمل.
admin-api-allowed = يمكن للمستخدم { $user_id } تفعيل واجهة API مجددًا.
admin-stats-api = {"\u000A\u000A"}🔑 عبر واجهة API: الطلبات { $count } · { $revenue }
admin-api-no-user = المستخدم { $user_id } غير معروف لدى المتجر.
