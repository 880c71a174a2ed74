# Uzbek, Latin script (uz). Same messages and variables as en.ftl (the source).
# Values are HTML (Telegram's parse mode); variables arrive escaped.

## Customers

btn-new-order = 🛒 Yangi buyurtma
btn-search = 🔎 Qidirish
btn-my-orders = 📦 Buyurtmalarim
btn-balance = 💰 Hamyon
btn-help = ❓ Yordam
btn-home = 🏠 Bosh menyu
btn-back = ⬅️ Orqaga
btn-prev = ◀️
btn-next = ▶️
btn-cancel = ✖️ Bekor qilish
btn-language = 🌐 Til
greeting =
    👋 Assalomu alaykum, <b>{ $name }</b>!

    Bu yerda ijtimoiy tarmoqlardagi sahifalaringiz uchun obunachilar, layklar, koʻrishlar va boshqalarni buyurtma qilishingiz mumkin.
    Kerakli boʻlimni quyidan tanlang.
main-menu =
    🏠 <b>Bosh menyu</b>
    Nima qilmoqchisiz?
help =
    <b>Qanday ishlaydi</b>
    1. Balansni toʻldiring: 💰 Hamyon → Balansni toʻldirish.
    2. 🛒 Yangi buyurtma: kategoriya va xizmatni tanlang, havolani, soʻng miqdorni yuboring.
    3. Narxni tekshirib, tasdiqlang. Summa balansingizdan yechiladi.
    4. Buyurtmalaringizni 📦 Buyurtmalarim boʻlimida kuzating; holati oʻzgarganda sizga xabar keladi.

    <b>Buyruqlar</b>
    /start: bosh menyu
    /orders: buyurtmalaringiz
    /balance yoki /wallet: balans, toʻldirishlar va tarix
    /language: tilni oʻzgartirish
    /cancel: joriy amalni toʻxtatish
    /help: shu xabar
cancelled = Bekor qilindi. Hech narsa buyurtma qilinmadi.
nothing-to-cancel = Bekor qilinadigan hech narsa yoʻq.
banned = Bu doʻkon siz uchun yopiq.
unknown-input = Tushunmadim. Tugmalardan foydalaning yoki bosh menyu uchun /start bosing.
button-expired = Bu tugma endi amal qilmaydi.
unknown-command =
    🏠 <b>Bosh menyu</b>
    Bunday buyruqni bilmayman. Nima qilmoqchisiz?
command-start = Bosh menyu
command-orders = Buyurtmalarim
command-balance = Balansim
command-language = Tilni oʻzgartirish
command-cancel = Joriy qadamdan chiqish
command-help = Qanday ishlaydi
# The language picker; the languages are listed under it by their own names.
language-pick = 🌐 <b>Tilni tanlang</b>
# Said in the language just chosen; $language is its own name (English, العربية, Русский…).
language-set = ✅ Til: { $language }
balance =
    💰 <b>Hamyon</b>

    Balansingiz: <b>{ $amount }</b>
wallet-credited-notice = 💰 Balansingiz toʻldirildi: <b>{ $amount }</b>. Balans: { $balance }.
admin-panel-refuses =
    ⚠️ <b>Panel buyurtmalarni qabul qilmayapti</b> (mablagʻ yoki API kaliti):
    <code>{ $error }</code>
    Mijozlar «vaqtincha mavjud emas» xabarini koʻradi va pullari qaytariladi.
admin-placed-after-resolution = ⚠️ #{ $order_id }-buyurtma hal qilinganidan keyin panelda <code>{ $panel_id }</code> raqamli buyurtma sifatida berildi. Panelda tekshiring (/order { $order_id }).
admin-order-unknown =
    ⚠️ <b>#{ $order_id }-buyurtma: natija nomaʼlum</b>
    Panel aniq javob bermadi; mijozning mablagʻi ushlab turilgan.
    Mijoz: <code>{ $user_id }</code>
    Xizmat: { $service_id } { $service }
    Havola: { $link }
    Miqdor: { $quantity }
    Toʻlangan: { $price }
    Sabab: { $reason }
    Panelni tekshiring, soʻng /review orqali hal qiling.
categories = 🛒 <b>Kategoriyani tanlang</b>
categories-empty = Katalog hozircha boʻsh. Iltimos, bir necha daqiqadan soʻng qayta urinib koʻring.
category-gone = Bu kategoriya endi mavjud emas.
service-gone = Bu xizmat endi mavjud emas. Iltimos, boshqasini tanlang.
services-header = 📂 <b>{ $category }</b>
page = Sahifa: { $page }/{ $pages }
services-hint = 💵 Narxlar 1000 tasi uchun (📦 — paket uchun). Batafsil maʼlumot uchun xizmatni bosing.
category-button = { $name } ({ $count })
service-button = { $name } · { $price }
price-package-short = 📦 { $price }
btn-first-page = ⏮ 1
service-card =
    <b>{ $name }</b>
    📂 { $category }

    { $description }💵 Narx: <b>{ $price }</b> { $unit }
    📏 Buyurtma: eng kami { $low }, eng koʻpi { $high }
    ♻️ Tiklash: { $refill }
    ✖️ Bekor qilish: { $cancel }
service-card-dripfeed = {"\u000A"}💧 Bosqichma-bosqich yuborish: bor
yes = bor
no = yoʻq
per-1000 = / 1000 ta
per-package = / paket
btn-order = 🛒 Buyurtma berish
search-prompt = 🔎 Qidirish uchun bir necha soʻz yozing (masalan: <i>instagram layklar</i>).
search-results =
    🔎 <b>{ $query }</b> boʻyicha natijalar: { $count } ta topildi.

    💵 Narxlar 1000 tasi uchun (📦 — paket uchun). Batafsil maʼlumot uchun xizmatni bosing.
search-nothing = 🔎 <b>{ $query }</b> boʻyicha hech narsa topilmadi. Boshqa soʻzlarni sinab koʻring yoki kategoriyalarni koʻzdan kechiring.
search-too-short = Qidirish uchun kamida ikki harf yozing.
ask-link =
    🔗 <b>{ $service }</b>

    Havolani yuboring (masalan, https://instagram.com/sahifangiz).
ask-quantity =
    🔢 Qancha kerak?
    💵 Narx: 1000 tasi uchun <b>{ $rate }</b>
    Son yuboring (eng kami <b>{ $low }</b>, eng koʻpi <b>{ $high }</b>) yoki quyidagilardan birini bosing.
ask-quantity-per-run = {"\u000A"}💧 Bosqichma-bosqich yuborishda (keyingi qadam) bu miqdor <b>har bir bosqich uchun</b> hisoblanadi.
so-far = {"\u000A\u000A"}🧾 Hozircha: { $quantity } × { $rate } (1000 tasi uchun) = <b>{ $total }</b>
so-far-package = {"\u000A\u000A"}🧾 Hozircha: 1 paket = <b>{ $total }</b>
summary-rate = Narx: 1000 tasi uchun { $rate }{"\u000A"}
summary-rate-package = Narx: paket uchun { $rate }{"\u000A"}
limits-changed = ℹ️ Siz buyurtma berayotganingizda bu xizmatning chegaralari oʻzgardi: endi <b>{ $low }</b> – <b>{ $high }</b> (avval: { $was_low } – { $was_high }).
limits-changed-fits = {" "}Buyurtmangiz hali ham mos keladi.
limits-changed-redo = {" "}Iltimos, bu qiymatni qayta kiriting; buyurtmaning qolgan qismi saqlanadi.
btn-edit-field = ✏️ { $field }
field-link = Havola
field-quantity = Miqdor
field-comments = Izohlar
field-username = Muallif
field-answer = Soʻrovnoma javobi
field-runs = Bosqichma-bosqich
ask-comments =
    💬 Izohlarni yuboring, <b>har bir qatorga bittadan</b>: qatorlar soni { $low } – { $high }.
    Har bir qator bitta izoh boʻladi.
ask-username = 👤 Izoh muallifining foydalanuvchi nomini yuboring (@username kabi).
ask-answer = 🗳 Ovoz beriladigan soʻrovnoma javobining raqamini yuboring (birinchi javob uchun 1).
ask-runs =
    💧 Bosqichma-bosqich yuborish: bir necha bosqichda yetkazilsinmi?
    Har bir bosqichda <b>{ $quantity }</b> yetkaziladi (tanlagan miqdoringiz bir bosqich uchun).
    Bosqichlar sonini yuboring (2 – { $high }) yoki birdaniga yetkazish uchun «Oʻtkazib yuborish» tugmasini bosing.
ask-interval =
    💧 { $runs } bosqich × { $quantity } = jami <b>{ $total }</b>.
    ⏱ Bosqichlar orasidagi vaqtni daqiqalarda yuboring (1 – 10080).
# What is wrong with a typed answer; shown after ⚠️, above the question asked again.
# $low, $high: the allowed range; $value: the number sent; $limit: a length in characters.
input-link-not-text = Iltimos, havolani matn sifatida yuboring, masalan: https://instagram.com/sahifangiz
input-link-empty = Iltimos, havola yuboring, masalan: https://instagram.com/sahifangiz
input-link-too-long = Havola juda uzun: koʻpi bilan { $limit } ta belgi boʻlishi mumkin.
input-link-spaces = Havolada boʻsh joy yoki qator uzilishi boʻlmasligi kerak. Faqat bitta havola yuboring.
input-link-invisible = Havolada koʻrinmaydigan belgilar bor. Uni qaytadan nusxalab yuboring.
input-link-invalid = Bu yaroqli havola emas. https://t.me/kanalingiz kabi havola yuboring.
input-link-scheme = Havola http:// yoki https:// bilan boshlanishi kerak.
input-link-host = Havolada yaroqli sayt manzili yoʻq. Masalan: https://t.me/kanalingiz
input-quantity-not-number = Iltimos, miqdorni butun son bilan yuboring: { $low } – { $high } oraligʻida.
input-quantity-range = Miqdor { $low } – { $high } oraligʻida boʻlishi kerak; siz { $value } yubordingiz.
input-answer-not-number = Iltimos, javob raqamini butun son bilan yuboring: { $low } – { $high } oraligʻida.
input-answer-range = Javob raqami { $low } – { $high } oraligʻida boʻlishi kerak; siz { $value } yubordingiz.
input-runs-not-number = Iltimos, bosqichlar sonini butun son bilan yuboring: { $low } – { $high } oraligʻida.
input-runs-range = Bosqichlar soni { $low } – { $high } oraligʻida boʻlishi kerak; siz { $value } yubordingiz.
input-runs-impossible = Bu miqdor uchun bosqichma-bosqich yuborish imkonsiz; «Oʻtkazib yuborish» tugmasini bosing.
input-interval-not-number = Iltimos, bosqichlar orasidagi vaqtni daqiqalarda, butun son bilan yuboring: { $low } – { $high } oraligʻida.
input-interval-range = Bosqichlar orasidagi vaqt { $low } – { $high } daqiqa oraligʻida boʻlishi kerak; siz { $value } yubordingiz.
# $count: how many comments were sent.
input-comments-empty = Izohlarni matn sifatida, har bir qatorga bittadan yuboring: qatorlar soni { $low } – { $high }.
input-comment-too-long = Har bir izoh koʻpi bilan { $limit } ta belgidan iborat boʻlishi mumkin.
input-comments-controls = Izohlarda boshqaruv belgilari yoki matn yoʻnalishini oʻzgartiruvchi belgilar (U+202A–U+202E, U+2066–U+2069) boʻlmasligi kerak.
input-comments-count = { $low } – { $high } ta izoh yuboring, har bir qatorga bittadan; siz { $count } ta yubordingiz.
input-username = Izoh muallifining foydalanuvchi nomini @username koʻrinishida yuboring (harflar, raqamlar, nuqtalar va pastki chiziqlar).
btn-skip = ⏭ Oʻtkazib yuborish
btn-confirm = ✅ Tasdiqlash
btn-edit = ✏️ Tahrirlash
summary =
    🧾 <b>Buyurtmangizni tekshiring</b>

    Xizmat: { $service }
    Havola: { $link }
    { $details }
    Jami: <b>{ $total }</b>
summary-quantity = Miqdor: { $quantity }{"\u000A"}
summary-dripfeed = Bosqichma-bosqich: { $runs } bosqich × { $quantity }, har { $interval } daqiqada{"\u000A"}
summary-comments =
    Izohlar ({ $count }):
    <blockquote>{ $comments }</blockquote>{"\u000A"}
summary-username = Izoh muallifi: @{ $username }{"\u000A"}
summary-answer = Soʻrovnoma javobi: { $answer }{"\u000A"}
summary-package = Paket: 1{"\u000A"}
price-changed = ℹ️ Siz koʻrganingizdan keyin narx oʻzgardi. Iltimos, yangi jami summani tekshiring.
placing = ⏳ Buyurtmangiz berilmoqda…
placing-queued = ⏳ Panel band: buyurtmangiz navbatga qoʻyildi va birozdan soʻng beriladi…
placed =
    ✅ <b>Buyurtma berildi!</b>

    { $card }
already-placed =
    Bu buyurtma allaqachon berilgan.

    { $card }
order-unknown =
    ⏳ #{ $order_id }-buyurtmangiz tekshirilmoqda: provayder uni oʻz vaqtida tasdiqlamadi.
    Summa yoʻqolmagan, vaqtincha ushlab turilgan: tasdiqlanganda sizga xabar keladi, aks holda pul balansingizga qaytariladi.
draft-expired = Bu buyurtma shaklining muddati tugadi. Iltimos, qaytadan boshlang.
state-submitting = Berilmoqda
state-pending = Kutilmoqda
state-in-progress = Bajarilmoqda
state-processing = Ishlov berilmoqda
state-completed = Bajarildi
state-partial = Qisman bajarildi
state-canceled = Bekor qilindi
state-unknown = Tekshirilmoqda
state-failed = Berilmadi
order-card =
    📦 <b>#{ $id }-buyurtma</b>: { $icon } { $status }
    { $service }
    Havola: { $link }
    { $details }Toʻlangan: { $price }{ $refunded }
    { $progress }Yaratilgan: { $created }
    { $panel }
order-refunded = {" "}({ $amount } qaytarildi)
order-progress = Boshlangʻich soni: { $start } · Qoldiq: { $remains }{"\u000A"}
order-panel-id = Provayderdagi buyurtma: { $panel_id }{"\u000A"}
order-cancel-requested = Bekor qilish soʻralgan{"\u000A"}
use-buttons-at-summary = Iltimos, buyurtma maʼlumotlari ostidagi tugmalardan foydalaning: Tasdiqlash, Tahrirlash yoki Bekor qilish.
btn-refresh = 🔄 Yangilash
btn-refill = ♻️ Tiklash
btn-cancel-order = ✖️ Buyurtmani bekor qilish
btn-order-again = 🔁 Yana buyurtma berish
btn-orders = 📦 Buyurtmalarim
sandbox-banner = 🧪 <b>SINOV REJIMI</b>: test doʻkoni, hech narsa haqiqiy emas.{"\u000A\u000A"}
btn-open-order = 📦 #{ $id }-buyurtmani ochish
note-started =
    🔄 #{ $id }-buyurtma boshlandi.
    { $service }
    🔗 { $link }
    Boshlangʻich soni: { $start }
note-completed =
    ✅ #{ $id }-buyurtma bajarildi.
    { $service }
    🔗 { $link }
note-partial =
    🌓 #{ $id }-buyurtma qisman bajarildi: { $quantity } tadan { $delivered } tasi yetkazildi.
    { $service }
    🔗 { $link }
    { $refund }
note-canceled =
    ❌ #{ $id }-buyurtma bekor qilindi.
    { $service }
    🔗 { $link }
    { $refund }
note-refunded = Balansingizga qaytarildi: <b>{ $refund }</b>. Balans: { $balance }.
note-nothing-refunded = Hech narsa qaytarilmadi: yetkazilmagan qismning qiymati eng kichik summadan ({ $smallest }) kam. Balans: { $balance }.
note-refill = ♻️ #{ $id }-buyurtmani tiklash: <b>{ $status }</b>.
refill-state-pending = soʻraldi
refill-state-in-progress = bajarilmoqda
refill-state-completed = bajarildi
refill-state-rejected = rad etildi
refill-state-failed = amalga oshmadi
admin-unknown-status =
    ⚠️ Panel nomaʼlum buyurtma holatini yubordi: <code>{ $status }</code> (#{ $id }-buyurtma).
    Bunday holatdagi buyurtmalar bajarilayotgan deb kuzatilaveradi. Agar bu holat biror maʼnoni bildirishi kerak boʻlsa, dasturchilarga xabar bering.
admin-odd-status-fields = ⚠️ Panel #{ $id }-buyurtma uchun toʻgʻri boʻlishi mumkin boʻlmagan qiymat yubordi ({ $fields }); u yoʻq deb hisoblanadi va buyurtma kuzatilaveradi. Panelda tekshiring (/order { $id }).
admin-partial-without-remains = ⚠️ Panel #{ $id }-buyurtmani «Qisman bajarildi» deb koʻrsatmoqda, lekin qancha qolganini aytmayapti, shuning uchun qaytariladigan summani hisoblab boʻlmaydi. Buyurtma kuzatilaveradi; panelda tekshiring (/order { $id }).
admin-order-id-refused = ⚠️ Panel #{ $id }-buyurtmani endi tanimaydi: <code>{ $error }</code>. Buyurtma kuzatilaveradi; panelda tekshiring (/order { $id }).
my-orders = 📦 <b>Buyurtmalarim</b>
my-orders-empty = Sizda hali buyurtmalar yoʻq.
order-not-found = Bu buyurtma sizniki emas yoki mavjud emas.
refill-requested = ♻️ Tiklash soʻraldi (tiklash ID: { $refill_id }). Bajarilganda sizga xabar keladi.
refill-not-applicable = Bu buyurtma uchun tiklash imkonsiz.
refill-already = Bu buyurtma uchun tiklash allaqachon bajarilmoqda.
refill-refused = Provayder tiklashni rad etdi: { $reason }
cancel-requested = ✖️ Bekor qilish soʻraldi. Agar provayder buyurtmani bekor qilsa, yetkazilmagan qism balansingizga qaytariladi.
cancel-not-applicable = Bu buyurtmani bekor qilib boʻlmaydi.
cancel-already = Bu buyurtmani bekor qilish allaqachon soʻralgan.
cancel-refused = Provayder bekor qilishni rad etdi: { $reason }
# The reason in cancel-refused when the provider gave none: its answer left the order out.
cancel-reason-no-answer = javob kelmadi
# The reason in cancel-refused when the provider answered that it did not cancel.
cancel-reason-not-accepted = qabul qilinmadi
panel-busy = Provayder hozir javob bermayapti. Iltimos, bir necha daqiqadan soʻng qayta urinib koʻring.
refreshed = Yangilandi.
slow-down = ⏳ Bir vaqtda juda koʻp amal bajarildi. Iltimos, shoshmang va birozdan soʻng qayta urinib koʻring.
btn-add-funds = ➕ Balansni toʻldirish
btn-history = 📜 Tarix
btn-support = 💬 Qoʻllab-quvvatlashga yozish
btn-wallet = 💰 Hamyon
btn-back-to-order = 🧾 Buyurtmamga qaytish
history =
    📜 <b>Tarix</b>, eng yangilari yuqorida

    { $lines }
history-empty =
    📜 <b>Tarix</b>

    Hali hech qanday amal yoʻq.
history-line =
    { $when } · <b>{ $amount }</b>
    { $reason }
reason-topup-stars = Telegram Stars orqali toʻldirish ({ $reference })
reason-topup-cryptobot = Crypto Bot orqali toʻldirish (hisob-faktura { $reference })
reason-topup-manual = Pul oʻtkazmasi orqali toʻldirish (#{ $reference }-chek)
reason-topup-plain = Balansni toʻldirish
reason-stars-refund = Stars toʻlovi qaytarildi ({ $reference })
reason-stars-refund-given-back = Stars qaytarib berilmadi, summa balansga qayta kiritildi ({ $reference })
reason-order = #{ $id }-buyurtma
reason-refund = Qaytarish: #{ $id }-buyurtma
reason-admin-credit = Doʻkon tomonidan qoʻshildi
reason-admin-debit = Doʻkon tomonidan yechildi
reason-note = : { $note }
method-stars = ⭐ Telegram Stars
method-cryptobot = 🪙 Crypto Bot
method-manual = 🏦 Chek bilan pul oʻtkazmasi
topup-methods =
    ➕ <b>Balansni toʻldirish</b>

    Balansingiz: { $balance }
    Toʻlov usulini tanlang:
topup-no-methods =
    ➕ <b>Balansni toʻldirish</b>

    Bot orqali toʻlov hali sozlanmagan. Balansni toʻldirish uchun qoʻllab-quvvatlash xizmatiga murojaat qiling.
topup-no-methods-no-support =
    ➕ <b>Balansni toʻldirish</b>

    Bot orqali toʻlov hali sozlanmagan. Balansni toʻldirish uchun doʻkon administratoriga murojaat qiling.
topup-amount =
    { $method }

    Summani tanlang yoki <b>{ $low }</b> – <b>{ $high }</b> oraligʻida kiriting.
topup-amount-stars = {"\u000A"}⭐ 1 { $currency } = { $rate } { stars-word }.
amount-not-a-number = ⚠️ Summani son bilan yuboring, masalan 10 yoki 12,50.
amount-too-small = ⚠️ Eng kam toʻldirish summasi: { $low }.
amount-too-big = ⚠️ Eng koʻp toʻldirish summasi: { $high }.
amount-too-precise = ⚠️ Kasr qismida koʻpi bilan { $decimals } ta raqam boʻlsin.
amount-no-decimals = ⚠️ Butun son yuboring.
topup-expired = Bu toʻldirishning muddati tugadi. Iltimos, 💰 Hamyon boʻlimidan qaytadan boshlang.
stars-invoice-title = Balansni toʻldirish
stars-invoice-description = Doʻkondagi balansingizga { $amount } qoʻshiladi.
stars-invoice-sent = ⭐ Balansingizga <b>{ $amount }</b> qoʻshish uchun quyidagi hisob-faktura orqali <b>{ $stars } { stars-word }</b> toʻlang.
stars-refused-unknown = Bu hisob-faktura yaroqsiz. Iltimos, 💰 Hamyon boʻlimini ochib, qaytadan boshlang.
stars-refused-used = Bu hisob-faktura allaqachon toʻlangan.
stars-refused-expired = Bu hisob-fakturaning muddati tugagan. Iltimos, 💰 Hamyon boʻlimidan qaytadan boshlang.
stars-refused-closed = Bu doʻkon siz uchun yopiq.
stars-receipt =
    ✅ <b>Toʻlov qabul qilindi</b>: { $stars } { stars-word }.
    Balansingizga <b>{ $amount }</b> qoʻshildi. Balans: { $balance }.
    Toʻlov ID: <code>{ $charge }</code>
stars-not-credited = ⚠️ Toʻlovingiz qabul qilindi, lekin uni birorta toʻldirish bilan bogʻlab boʻlmadi. Doʻkon administratorlari xabardor qilindi va masalani hal qilishadi.
crypto-invoice =
    🪙 <b>Crypto Bot hisob-fakturasi</b>

    Summa: <b>{ $amount }</b>, toʻlov valyutalari: { $assets }.
    «Toʻlash» tugmasini bosing va Crypto Bot orqali toʻlang: balansingiz toʻlovdan soʻng bir necha soniyada toʻldiriladi. Hisob-faktura { $minutes } daqiqa amal qiladi.
btn-pay = 💳 { $amount } toʻlash
crypto-unavailable = ⚠️ Crypto Bot hozir javob bermayapti. Iltimos, bir necha daqiqadan soʻng qayta urinib koʻring.
too-many-pending = ⚠️ Sizda allaqachon { $count } ta kutilayotgan toʻldirish bor. Iltimos, ular yakunlanishini kuting.
transfer-instructions =
    🏦 <b>{ $amount } oʻtkazing</b>

    { $instructions }

    Soʻng chekni shu yerga yuboring: rasm, hujjat yoki oʻtkazma maʼlumotini matn sifatida.
receipt-expected = Chekni rasm yoki hujjat sifatida yuboring yoki oʻtkazma maʼlumotini matn bilan yozing.
receipt-too-long = ⚠️ Oʻtkazma maʼlumoti juda uzun: koʻpi bilan { $limit } ta belgi.
receipt-sent = 📨 <b>{ $amount }</b> boʻyicha #{ $id }-chek doʻkonga yuborildi. Tekshirilgach, sizga xabar keladi.
topup-credited-notice = ✅ Balansingizga <b>{ $amount }</b> qoʻshildi ({ $method }). Balans: { $balance }.
topup-rejected-notice = ❌ { $amount } boʻyicha #{ $id }-chekingiz qabul qilinmadi.{ $reason }
topup-rejected-reason = {"\u000A"}Sabab: { $reason }
crypto-expired-notice = ⌛ { $amount } boʻyicha Crypto Bot hisob-fakturangiz toʻlanmay muddati tugadi. Hech narsa yechilmadi; hali ham toʻlamoqchi boʻlsangiz, 💰 Hamyon boʻlimidan yangi toʻldirishni boshlang.
resume-gone = Buyurtma shaklingizning muddati tugadi. Iltimos, buyurtmani qaytadan boshlang.
cancel-confirm =
    ✖️ <b>#{ $id }-buyurtma bekor qilinsinmi?</b>
    { $service }
    🔗 { $link }

    Provayderdan uni toʻxtatish soʻraladi. Yetkazilmagan qism balansingizga qaytariladi: koʻpi bilan <b>{ $amount }</b> (hali hech narsa yetkazilmagan boʻlsa — toʻliq).
    Pul provayder bekor qilishni tasdiqlagach qaytariladi, odatda bir necha daqiqada; shunda sizga xabar keladi. Provayder rad etishi ham mumkin.
btn-cancel-yes = ✖️ Ha, bekor qilinsin
btn-cancel-keep = ↩️ Yoʻq, qolsin
my-orders-line =
    { $icon } { $status } · <b>#{ $id }</b> { $service }
    {"    "}{ $quantity } · { $price } · { $date }
my-orders-tap = Buyurtmani ochish uchun uning raqamini bosing.
my-orders-empty-offer = 📦 Sizda hali buyurtmalar yoʻq. 🛒 Yangi buyurtma orqali boshlang.
no-change-since = { $time } holatiga koʻra oʻzgarish yoʻq
banned-short = Bu doʻkon siz uchun yopiq.
kb-new-order = 🛒 Yangi buyurtma
kb-my-orders = 📦 Buyurtmalarim
kb-wallet = 💰 Hamyon
kb-support = 💬 Qoʻllab-quvvatlash
kb-admin = 🛠 Boshqaruv
kb-placeholder = Quyidan tanlang yoki qidirish uchun yozing
keyboard-ready = Yozish maydoni ostidagi tugmalar doim shu yerda: ularni istalgan qadamda bosishingiz mumkin.

## Admins

admin-help =
    🛠 <b>Admin buyruqlari</b>
    /stats: mijozlar, buyurtmalar, tushum, panel xarajati va foyda
    /panel: panel balansi, katalog, oxirgi holat sinxronlashi
    /user &lt;id yoki @username&gt;: mijozning balansi, buyurtmalari, holati
    /credit &lt;user_id&gt; &lt;summa&gt; [izoh]: hamyonga pul qoʻshish
    /debit &lt;user_id&gt; &lt;summa&gt; [izoh]: pul yechish (hech qachon noldan pastga tushmaydi)
    /ban &lt;user_id&gt;, /unban &lt;user_id&gt;: kimgadir doʻkonni yopish yoki qayta ochish
    /order &lt;id&gt;: buyurtma haqida barcha maʼlumot
    /review: natijasi nomaʼlum buyurtmalar
    /placed &lt;order_id&gt; &lt;panel_order_id&gt;: tekshiruvdagi buyurtma panelda berilgan
    /markup [&lt;foiz&gt; [category|service &lt;id&gt;]]: ustamalarni koʻrish yoki oʻrnatish
    /markup reset [category|service &lt;id&gt;]: alohida ustamani olib tashlash
    /hide, /show service|category &lt;id&gt;: mijozlardan yashirish yoki ularga koʻrsatish
    /sync: katalogni hozir yangilash
    /broadcast &lt;matn&gt; (yoki xabarga javob sifatida): barcha mijozlarga xabar yuborish
    /export [&lt;days&gt;]: buyurtmalar va amallar jurnalining CSV fayllari (hammasi yoki oxirgi kunlar)
    /find &lt;matn&gt;: buyurtma, paneldagi buyurtma raqami, havola, mijoz id yoki @username
    /tickets: mijozlar bilan ochiq murojaatlar
    /promo [add … | off &lt;KOD&gt;]: promokodlar
admin-problem =
    ❌ { $problem }

    { $usage }
admin-problem-missing-user = Foydalanuvchi ID raqami koʻrsatilmagan.
admin-problem-user-id = Foydalanuvchi ID raqami butun son boʻlishi kerak, <code>{ $value }</code> emas.
admin-problem-missing-amount = Summa koʻrsatilmagan.
admin-problem-amount-not-number = Summa 10.50 kabi son boʻlishi kerak, <code>{ $value }</code> emas.
admin-problem-amount-not-positive = Summa musbat boʻlishi kerak.
admin-problem-amount-decimals = Summaning kasr qismida 5 tadan ortiq raqam bor.
admin-problem-missing-id = ID koʻrsatilmagan.
admin-problem-too-many = Argumentlar buyruq qabul qiladiganidan koʻp.
admin-problem-id = ID butun son boʻlishi kerak, <code>{ $value }</code> emas.
admin-btn-open-order = 📂 Ochish: #{ $id }
admin-problem-user-ref = Mijozni ID (raqamlar) yoki @username orqali koʻrsating.
admin-problem-percent = Foiz 0 – 10000 oraligʻidagi, kasr qismi koʻpi bilan 2 xonali son boʻlishi kerak.
admin-problem-target = Nimaga tegishli ekanini category &lt;id&gt; yoki service &lt;id&gt; koʻrinishida koʻrsating.
admin-problem-panel-id-zero = Paneldagi buyurtma ID raqami 0 boʻlishi mumkin emas.
admin-no-arguments =
    ❌ /{ $command } argument qabul qilmaydi.

    Foydalanish: /{ $command }. Buyruqlar roʻyxati: /admin.
admin-never = hech qachon
admin-dash = —
admin-just-now = hozirgina
admin-minutes-ago = { $n } daqiqa oldin
admin-hours-ago = { $n } soat oldin
admin-days-ago = { $n } kun oldin
admin-stats-window = { $total } ({ $parts })
admin-stats-part = { $state } { $count }
# An order state inside a sentence of /stats ("completed 3"); the state names of customers'
# screens (state-*) begin with a capital.
admin-stats-state-submitting = berilmoqda
admin-stats-state-pending = kutilmoqda
admin-stats-state-in-progress = bajarilmoqda
admin-stats-state-processing = ishlov berilmoqda
admin-stats-state-completed = bajarildi
admin-stats-state-partial = qisman bajarildi
admin-stats-state-canceled = bekor qilindi
admin-stats-state-unknown = tekshirilmoqda
admin-stats-state-failed = berilmadi
admin-panel =
    🏭 <b>Panel</b>
    Balans: { $balance }
    Katalog: { $categories } ta kategoriyada { $services } ta xizmat, yangilangan: { $refreshed }
    Oxirgi holat sinxronlashi: { $sync }
admin-panel-balance = <b>{ $amount } { $currency }</b>
admin-panel-balance-low = {" "}⚠️ chegaradan past ({ $threshold } { $currency })
admin-panel-unreachable = javob bermayapti ({ $error })
admin-when-ago = { $when } ({ $ago })
admin-sync-result = { $when }: { $result }
admin-user-usage =
    Foydalanish: /user &lt;user_id yoki @username&gt;
    Misol: /user 123456789
admin-user-not-found = Doʻkonda bunday mijoz yoʻq: { $query }
admin-user-card =
    👤 <b>{ $name }</b>{ $username }
    ID: <code>{ $id }</code>
    Balans: <b>{ $balance }</b>
    Holat: { $state }
    Qoʻshilgan: { $joined } · oxirgi faollik: { $seen }
    Buyurtmalar: { $orders }
admin-user-state-active = ✅ faol
admin-user-state-banned = 🚫 taqiqlangan
admin-user-state-blocked = 📵 botni bloklagan
admin-user-last-orders =
    {"\u000A\u000A"}<b>Oxirgi buyurtmalar</b>
    { $lines }
admin-user-order-line = #{ $id } { $icon } { $state } · { $service } · { $price } · { $when }
admin-user-last-moves =
    {"\u000A\u000A"}<b>Hamyondagi oxirgi amallar</b>
    { $lines }
admin-ledger-line = { $when } · { $kind } { $amount }{ $order }{ $admin }{ $note }
admin-ledger-order = {" "}· #{ $id }-buyurtma
admin-ledger-admin = {" "}· admin: { $id }
admin-ledger-note = {" "}· { $note }
admin-ledger-kind-topup = toʻldirish
admin-ledger-kind-order = buyurtma
admin-ledger-kind-refund = qaytarish
admin-ledger-kind-admin-credit = qoʻshish
admin-ledger-kind-admin-debit = yechish
admin-btn-credit = ➕ Qoʻshish
admin-btn-debit = ➖ Yechish
admin-btn-ban = 🚫 Taqiqlash
admin-btn-unban = ✅ Taqiqdan chiqarish
admin-ask-credit = ➕ <code>{ $user_id }</code> hamyoniga qoʻshiladigan summani yuboring, xohlasangiz ortidan izoh bilan (masalan <code>10.50 karta orqali toʻlandi</code>), yoki /cancel.
admin-ask-debit = ➖ <code>{ $user_id }</code> hamyonidan yechiladigan summani yuboring, xohlasangiz ortidan izoh bilan (masalan <code>5 tuzatish</code>), yoki /cancel.
admin-amount-usage = <code>10.50</code> kabi summani yuboring, xohlasangiz ortidan izoh qoʻshing, yoki /cancel.
admin-credit-usage =
    Foydalanish: /credit &lt;user_id&gt; &lt;summa&gt; [izoh]
    Misol: /credit 123456789 10.50
admin-debit-usage =
    Foydalanish: /debit &lt;user_id&gt; &lt;summa&gt; [izoh]
    Misol: /debit 123456789 5
admin-credited = ✅ Foydalanuvchi <code>{ $user_id }</code> hamyoniga { $amount } qoʻshildi. Joriy balans: { $balance }.
admin-debited = ✅ Foydalanuvchi <code>{ $user_id }</code> hamyonidan { $amount } yechildi. Joriy balans: { $balance }.
admin-debit-refused = ❌ Bajarilmadi: bu <code>{ $user_id }</code> hamyonini noldan pastga tushirib yuborardi.
admin-ban-usage =
    Foydalanish: /ban &lt;user_id&gt;
    Misol: /ban 123456789
admin-unban-usage =
    Foydalanish: /unban &lt;user_id&gt;
    Misol: /unban 123456789
admin-banned = 🚫 Foydalanuvchi <code>{ $user_id }</code> taqiqlandi: doʻkon unga yopiq. Uning ochiq buyurtmalari kuzatilaveradi va kerak boʻlsa puli qaytariladi.
admin-unbanned = ✅ Foydalanuvchi <code>{ $user_id }</code> taqiqdan chiqarildi.
admin-ban-admin = ❌ Adminlarni taqiqlab boʻlmaydi.
admin-no-such-user = ❌ Doʻkonda bunday foydalanuvchi yoʻq: <code>{ $user_id }</code>.
admin-order-usage =
    Foydalanish: /order &lt;order_id&gt;
    Misol: /order 42
admin-order-not-found = ❌ #{ $order_id }-buyurtma mavjud emas.
admin-order-card =
    📦 <b>#{ $id }-buyurtma</b>: { $icon } { $state }{ $status_raw }
    Mijoz: <code>{ $user_id }</code>
    Xizmat: { $service_id } · { $service } ({ $type })
    Havola: { $link }
    { $details }Toʻlangan: { $price }{ $refunded }
    Paneldagi buyurtma: { $panel_order_id }
    Panel xarajati: { $charge }
    { $progress }{ $cancel }{ $error }Yaratilgan: { $created } · yangilangan: { $updated }
admin-order-status-raw = {" "}(paneldagi holat: { $status })
admin-order-refunded = {" "}· { $amount } qaytarildi
admin-order-progress = Boshlangʻich soni: { $start } · qoldiq: { $remains }{"\u000A"}
admin-order-cancel-requested = Bekor qilish soʻralgan{"\u000A"}
admin-order-error = Xato: <code>{ $error }</code>{"\u000A"}
admin-order-charge = { $amount } { $currency }
admin-order-refills =
    {"\u000A\u000A"}<b>Tiklashlar</b>
    { $lines }
admin-refill-line = #{ $id } · paneldagi tiklash: { $panel_id } · { $state } · { $when }
admin-order-ledger =
    {"\u000A\u000A"}<b>Amallar jurnali</b>
    { $lines }
admin-order-review-hint = {"\u000A\u000A"}❔ Natija nomaʼlum. Agar panelda bor boʻlsa: /placed { $id } &lt;panel_order_id&gt;. Aks holda pulni qaytaring.
admin-review-empty = ✅ Tekshiruvni kutayotgan buyurtmalar yoʻq.
admin-review-header = ❔ <b>Natijasi nomaʼlum buyurtmalar</b> ({ $total }){"\u000A"}
admin-review-more = {"\u000A"}…va yana { $more } ta: avval bularni hal qiling.
admin-review-item =
    {"\u000A"}<b>#{ $id }</b> · { $when } · mijoz <code>{ $user_id }</code>
    { $service_id } · { $service }
    Havola: { $link } · miqdor { $quantity } · toʻlangan { $price }
    <i>{ $reason }</i>{"\u000A"}
admin-review-footer = {"\u000A"}Har birini panelda tekshiring. U yerda berilgan boʻlsa: /placed &lt;order_id&gt; &lt;panel_order_id&gt;. Yoʻq boʻlsa: «Qaytarish» tugmasini bosing.
admin-btn-refund = ↩️ Qaytarish: #{ $id }
admin-btn-refund-sure = ↩️ Ha, qaytarish: #{ $id }
admin-btn-back = ⬅️ Orqaga
admin-refund-confirm =
    ↩️ #{ $id }-buyurtma puli qaytarilsinmi? { $price } <code>{ $user_id }</code> hamyoniga qaytadi va buyurtma «berilmadi» deb yopiladi.

    Buni faqat panelda bunday buyurtma boʻlmasa qiling.
admin-placed-usage =
    Foydalanish: /placed &lt;order_id&gt; &lt;panel_order_id&gt;
    Misol: /placed 42 1234567
admin-resolved-placed = ✅ #{ $id }-buyurtma paneldagi { $panel_order_id } raqamli buyurtma sifatida qayd etildi; endi holat sinxronlashi uni kuzatadi.
admin-resolved-refunded = ↩️ #{ $id }-buyurtma puli qaytarildi: { $price } <code>{ $user_id }</code> hamyoniga qaytdi.
admin-resolve-already = ℹ️ #{ $id }-buyurtma endi tekshiruvda emas (hozir: { $state }); hech narsa qilinmadi.
admin-resolve-not-found = ❌ #{ $id }-buyurtma mavjud emas.
admin-resolve-panel-id-taken = ❌ Paneldagi { $panel_order_id } raqamli buyurtma allaqachon #{ $other }-buyurtmaga tegishli; hech narsa qilinmadi.
admin-customer-order-confirmed = ✅ #{ $id }-buyurtmangiz tasdiqlandi va berildi. Holati oʻzgarganda sizga xabar keladi.
admin-customer-order-refunded = ↩️ #{ $id }-buyurtmangizni berib boʻlmadi. { $amount } balansingizga qaytarildi.
admin-markup-usage =
    Foydalanish:
    /markup: ustamalarni koʻrsatish
    /markup &lt;foiz&gt;: umumiy ustama
    /markup &lt;foiz&gt; category &lt;id&gt; yoki service &lt;id&gt;: alohida ustama
    /markup reset [category|service &lt;id&gt;]: birini olib tashlash
    Misol: /markup 30 category 5
admin-markup-show =
    💹 <b>Ustamalar</b> (ustuvorlik: xizmat, keyin kategoriya, keyin umumiy)
    Umumiy: <b>{ $global_percent }%</b>{ $source }
admin-markup-source-setting = {" "}(PRICE_MARKUP_PERCENT)
admin-markup-source-override = {" "}(/markup orqali oʻrnatilgan; PRICE_MARKUP_PERCENT: { $default }%)
admin-markup-categories =
    {"\u000A\u000A"}<b>Kategoriyalar</b>
    { $lines }
admin-markup-services =
    {"\u000A\u000A"}<b>Xizmatlar</b>
    { $lines }
admin-markup-line = { $id } · { $name }: { $percent }%
admin-markup-more = …va yana { $more } ta
admin-markup-set-global = ✅ Umumiy ustama: { $percent }%.
admin-markup-reset-global = ✅ Umumiy ustama PRICE_MARKUP_PERCENT qiymatiga qaytarildi: { $percent }%.
admin-markup-set = ✅ { $scope } { $id } uchun ustama: { $percent }%.
admin-markup-reset = ✅ { $scope_title } { $id } endi oʻz ustamasiga ega emas: yuqori darajadagi ustama amal qiladi.
admin-markup-not-found = ❌ Bunday yozuv yoʻq: { $scope } { $id }.
admin-scope-service = xizmat
admin-scope-category = kategoriya
# The same at the start of a sentence ({ $scope_title } in admin-markup-reset, admin-hidden, admin-shown).
admin-scope-title-service = Xizmat
admin-scope-title-category = Kategoriya
admin-hide-usage = Foydalanish: /hide service &lt;id&gt; yoki /hide category &lt;id&gt;
admin-show-usage = Foydalanish: /show service &lt;id&gt; yoki /show category &lt;id&gt;
admin-hidden = 🙈 { $scope_title } { $id } ({ $name }) mijozlardan yashirildi.
admin-shown = 👀 { $scope_title } { $id } ({ $name }) endi mijozlarga koʻrsatiladi.
admin-hide-not-found = ❌ Bunday yozuv yoʻq: { $scope } { $id }.
admin-sync-running = ⏳ Katalog yangilanmoqda…
admin-sync-done =
    ✅ Katalog yangilandi: { $total } ta xizmat.
    Qoʻshildi: { $added } · oʻzgardi: { $changed } · olib tashlandi: { $removed }
admin-sync-failed =
    ❌ Yangilash amalga oshmadi; saqlangan katalog oʻzgarishsiz qoladi.
    <code>{ $error }</code>
admin-broadcast-usage =
    Foydalanish: /broadcast &lt;matn&gt; yoki matnli xabarga javob sifatida /broadcast yuboring.
    Matn xabar yetib boradigan har bir mijozga oʻz holicha (formatlash saqlangan holda) yuboriladi.
admin-broadcast-too-long = ❌ Matn juda uzun: { $length } ta belgi, koʻpi bilan { $limit } ta boʻlishi mumkin (Telegram hisobida: koʻp emojilar ikki belgi hisoblanadi).
admin-broadcast-rejected = ❌ Telegram matnni rad etdi, shuning uchun hech narsa yuborilmaydi: { $reason }
admin-broadcast-nobody = Yuboradigan hech kim yoʻq: hech bir mijozga xabar yetib bormaydi.
admin-broadcast-preview =
    📣 Yuqorida #{ $id }-ommaviy xabar. Uni <b>{ $count }</b> ta mijozga yuboraymi?
    (taqiqlangan yoki botni bloklagan mijozlar hisobga olinmaydi)
admin-btn-broadcast-send = 📣 Yuborish
admin-btn-broadcast-cancel = ✖️ Bekor qilish
admin-broadcast-cancelled = ✖️ #{ $id }-ommaviy xabar bekor qilindi: hech narsa yuborilmadi.
admin-broadcast-not-draft = Bu ommaviy xabar allaqachon boshlangan yoki bekor qilingan.
admin-broadcast-starting = 📣 #{ $id }-ommaviy xabar: navbatga qoʻyilmoqda…
admin-broadcast-progress =
    📣 #{ $id }-ommaviy xabar: yuborilmoqda…
    Yetkazildi: { $delivered } · bloklagan: { $blocked } · xato: { $failed } · kutmoqda: { $waiting } (jami { $total })
admin-broadcast-done =
    📣 <b>#{ $id }-ommaviy xabar yakunlandi</b>
    Yetkazildi: { $delivered }
    Botni bloklagan: { $blocked }
    Xato: { $failed }
    Jami: { $total }
admin-export-orders = 📄 Buyurtmalar: { $count } ta qator.
admin-export-ledger = 📄 Amallar jurnali: { $count } ta yozuv. Summalar yaxlitlanmagan, valyuta: { $currency }.
admin-export-usage = Foydalanish: hammasi uchun /export, faqat oxirgi kunlar uchun <code>/export &lt;days&gt;</code> (<code>/export 30</code>).
admin-problem-days = Kunlar soni 1 dan 36500 gacha butun son boʻlishi kerak, <code>{ $value }</code> emas.
admin-export-too-big =
    📦 { $what } fayli { $megabytes } MB dan oshib ketadi — bot yubora oladigan eng katta hajm shu.

    Oʻrniga davrni eksport qiling: <code>/export &lt;days&gt;</code> yoki quyidagilardan birini tanlang.
admin-export-kind-orders = buyurtmalar
admin-export-kind-ledger = amallar jurnali
admin-export-btn-days = Oxirgi { $days } kun
admin-export-period = 🗓 Oxirgi { $days } kun.
admin-alert-catalogue-failing =
    ⚠️ <b>Katalogni yangilash qayta-qayta xato bermoqda</b> (boshlangan vaqti: { $since }).
    Mijozlar oxirgi saqlangan nusxani koʻrmoqda.
    <code>{ $error }</code>
admin-alert-catalogue-recovered = ✅ Katalogni yangilash yana ishlamoqda.
admin-alert-panel-low-balance =
    ⚠️ <b>Panel balansi kam</b>: { $amount } { $currency }, yaʼni { $threshold } { $currency } chegarasidan past.
    Balansni toʻldiring, aks holda buyurtmalar bajarilmay qoladi.
admin-alert-panel-balance-ok = ✅ Panel balansi yana { $threshold } { $currency } chegarasidan yuqori: { $amount } { $currency }.
admin-amount-expired = Bu «Qoʻshish/Yechish» soʻrovining muddati tugagan: hech qanday pul oʻtkazilmadi. Foydalanuvchini /user orqali qayta oching.
admin-backup-caption =
    🗄 Maʼlumotlar bazasi zaxira nusxasi, { $when }.
    Tiklash uchun: botni toʻxtating, bu faylni DATABASE_PATH manziliga qoʻying (eski -wal va -shm fayllarini oʻchiring), botni ishga tushiring.
admin-backup-too-large = 🗄 Maʼlumotlar bazasi hajmi { $size } MB, bu Telegramning 50 MB yuklash chegarasidan katta: zaxira nusxa yuborilmadi. Uni serverda zaxiralang (qarang: README).
admin-btn-approve = ✅ Tasdiqlash
admin-btn-reject = ❌ Rad etish
admin-btn-reject-no-reason = ❌ Sababsiz rad etish
admin-btn-keep-pending = ↩️ Kutishda qoldirish
admin-receipt-copy =
    🏦 <b>#{ $id }-chek</b>: <b>{ $amount }</b> oʻtkazmasi
    Mijoz: { $name } (<code>{ $user_id }</code>)
    Yuborilgan: { $when }{ $text }
admin-receipt-copy-text = {"\u000A"}Oʻtkazma maʼlumoti: <blockquote>{ $text }</blockquote>
admin-receipt-approved-by = {"\u000A\u000A"}✅ Tasdiqladi: { $name }, { $when }. Qoʻshildi: { $amount }.
admin-receipt-rejected-by = {"\u000A\u000A"}❌ Rad etdi: { $name }, { $when }.{ $reason }
admin-receipt-reason = {" "}Sabab: { $reason }
admin-receipt-approved = ✅ #{ $id }-chek tasdiqlandi: { $user_id } hamyoniga { $amount } qoʻshildi.
admin-receipt-rejected = ❌ #{ $id }-chek rad etildi; mijozga xabar berildi.
admin-receipt-already = #{ $id }-chek boʻyicha qaror allaqachon qabul qilingan: { $state } ({ $name }).
admin-receipt-unknown = #{ $id }-chek mavjud emas.
admin-receipt-state-paid = tasdiqlangan
admin-receipt-state-rejected = rad etilgan
admin-receipt-ask-reason = ❌ #{ $id }-chek ({ $amount }) rad etilmoqda. Mijoz oʻqiydigan sababni yuboring yoki sababsiz rad eting.
admin-receipt-kept = #{ $id }-chek kutishda qoladi.
admin-topups-pending =
    🏦 <b>Qaror kutayotgan cheklar</b>: { $count }

    { $lines }
admin-topups-line = #{ $id } · { $amount } · { $name } (<code>{ $user_id }</code>) · { $when }
admin-topups-none = 🏦 Qaror kutayotgan cheklar yoʻq.
admin-topups-button = #{ $id } · { $amount } · { $name }
admin-topups-more = {"\u000A"}… va yana { $more } ta.
admin-refund-stars-usage = Foydalanish: <code>/refund_stars &lt;telegram_payment_charge_id&gt;</code>
admin-refund-stars-done = ✅ { $stars } { stars-word } qaytarildi (foydalanuvchi <code>{ $user_id }</code>); uning hamyonidan { $amount } yechildi.
admin-refund-stars-done-uncredited = ✅ { $stars } { stars-word } qaytarildi (foydalanuvchi <code>{ $user_id }</code>). Bu toʻlov hech qachon balansga qoʻshilmagan: hamyondan hech narsa yechilmadi.
admin-refund-stars-unsure =
    ⚠️ <b>Natija nomaʼlum</b>: Telegram { $stars } { stars-word } qaytarish soʻroviga javob bermadi (foydalanuvchi <code>{ $user_id }</code>, <code>{ $error }</code>); pul qaytarilgan boʻlishi mumkin. { $taken }
    Telegramdan qayta soʻrash uchun /refund_stars { $charge } buyrugʻini yana yuboring: boshqa hech narsa yechilmaydi.
admin-refund-stars-unsure-taken = { $amount } uning hamyonidan yechilganicha qoladi.
admin-refund-stars-unsure-uncredited = Bu toʻlov hech qachon balansga qoʻshilmagan: hech narsa yechilmadi.
admin-refund-stars-unknown = Bu charge id boʻyicha Stars toʻlovi topilmadi.
admin-refund-stars-already = Bu Stars toʻlovi allaqachon qaytarilgan.
admin-refund-stars-no-funds = Qaytarilmadi: mijozning balansi ({ $balance }) endi bu toʻlov qoʻshgan { $amount } summani qoplamaydi.
admin-refund-stars-failed = Qaytarilmadi: Telegram javobi <code>{ $error }</code>. Hech narsa yechilmadi.
admin-stars-mismatch-alert =
    ⚠️ <b>Stars toʻlovi balansga qoʻshilmadi</b>: { $problem }.
    Toʻlovchi: <code>{ $user_id }</code>, { $stars } { stars-word }, charge <code>{ $charge }</code>.
    Agar bu summa mijozga tegishli boʻlmasa, /refund_stars { $charge } orqali qaytaring, aks holda hamyoniga qoʻlda qoʻshing.
admin-stars-problem-unknown = payload hech qanday toʻldirishni koʻrsatmaydi
admin-stars-problem-user = payload boshqa mijozni koʻrsatadi
admin-stars-problem-amount = summa hisob-fakturadagidan farq qiladi
admin-stars-problem-settled = u koʻrsatgan toʻldirish allaqachon yakunlangan
admin-stats-topups =
    {"\u000A\u000A"}💳 <b>Usullar boʻyicha toʻldirishlar</b>
    { $lines }
admin-stats-topup-line = { $method }: { $count } · { $amount }
admin-method-stars = Telegram Stars
admin-method-cryptobot = Crypto Bot
admin-method-manual = Pul oʻtkazmalari
admin-crypto-amount-alert = ⚠️ Crypto Pay hisob-fakturasi { $invoice_id } toʻlandi, lekin uning summasi yoki valyutasi toʻldirishdagidan farq qiladi: balansga qoʻshilmadi. @CryptoBot orqali tekshiring va agar summa mijozga tegishli boʻlsa, qoʻlda qoʻshing.

## Obuna (Subscriptions) buyurtma shakli: akkauntning har bir yangi posti $low dan $high gacha
## oladi, $posts ta post uchun, postdan $delay daqiqa keyin, $expiry gacha.
ask-sub-account = 👤 Akkauntning foydalanuvchi nomini yuboring (@username kabi): xizmatni uning har bir yangi posti oladi.
ask-sub-min =
    🔢 Har bir postga kamida nechta?
    💵 Narx: 1000 tasi uchun <b>{ $rate }</b>
    <b>{ $low }</b> dan <b>{ $high }</b> gacha son yuboring yoki quyidagilardan birini bosing.
ask-sub-max =
    🔢 Har bir postga koʻpi bilan nechta?
    <b>{ $low }</b> dan <b>{ $high }</b> gacha son yuboring yoki quyidagilardan birini bosing. Har bir post uchun shuncha toʻlaysiz; yetkazilmagani qaytariladi.
ask-sub-posts = 📝 Nechta yangi post uchun? 1 dan { $most } gacha son yuboring.
ask-sub-delay = ⏱ Har bir postdan necha daqiqa keyin boshlansin? Birini bosing.
ask-sub-expiry = 📅 Qachongacha? Sanani kun/oy/yil koʻrinishida yuboring (31/12/2026 kabi) yoki muddatsiz uchun Oʻtkazib yuborishni bosing.
field-account = Akkaunt
field-min = Kamida
field-max = Koʻpi bilan
field-posts = Postlar
field-delay = Kechikish
field-expiry = Tugash sanasi
input-sub-account = Akkauntning foydalanuvchi nomini @username koʻrinishida yuboring (harflar, raqamlar, nuqtalar va pastki chiziqlar).
input-min-not-number = Iltimos, eng kam miqdorni { $low } dan { $high } gacha butun son bilan yuboring.
input-min-range = Eng kam miqdor { $low } dan { $high } gacha boʻlishi kerak; siz { $value } yubordingiz.
input-max-not-number = Iltimos, eng koʻp miqdorni { $low } dan { $high } gacha butun son bilan yuboring.
input-max-range = Eng koʻp miqdor { $low } dan { $high } gacha boʻlishi kerak; siz { $value } yubordingiz.
input-posts-not-number = Iltimos, postlar sonini { $low } dan { $high } gacha butun son bilan yuboring.
input-posts-range = Postlar soni { $low } dan { $high } gacha boʻlishi kerak; siz { $value } yubordingiz.
input-delay-not-number = Iltimos, kechikishlardan birini bosing yoki 0, 5, 10, 15, 30, 60 yoki 90 yuboring.
input-delay-range = Kechikish 0, 5, 10, 15, 30, 60 yoki 90 daqiqa boʻlishi mumkin; siz { $value } yubordingiz.
input-delay-choice = Kechikish 0, 5, 10, 15, 30, 60 yoki 90 daqiqa boʻlishi mumkin.
input-expiry = Tugash sanasini kun/oy/yil koʻrinishida yuboring, 31/12/2026 kabi.
summary-sub-posts = Har bir postga: { $low } dan { $high } gacha, { $posts } ta post{"\u000A"}
summary-sub-delay = Postdan keyin kechikish: { $delay } daq{"\u000A"}
summary-sub-expiry = Gacha: { $expiry }{"\u000A"}
summary-sub-most = Koʻpi bilan: jami { $quantity }{"\u000A"}

## issue 22: transfer receipts (seen-before warnings, a confirmation before crediting, another receipt after a rejection)
admin-receipt-state-pending = qaror kutilmoqda
admin-receipt-seen = ⚠️ <b>Avval koʻrilgan</b>:{ $file }{ $text }
admin-receipt-seen-file = {"\u000A"}• { $name } (<code>{ $user_id }</code>) yuborgan #{ $id }-chekdagi fayl bilan bir xil, { $state }
admin-receipt-seen-text = {"\u000A"}• { $name } (<code>{ $user_id }</code>) yuborgan #{ $id }-chekdagi oʻtkazma maʼlumoti bilan bir xil, { $state }
admin-receipt-seen-both = {"\u000A"}• { $name } (<code>{ $user_id }</code>) yuborgan #{ $id }-chekdagi fayl va oʻtkazma maʼlumoti bilan bir xil, { $state }
admin-receipt-copy-seen = { $seen }{"\u000A\u000A"}{ $copy }
admin-receipt-confirm =
    ✅ <b>#{ $id }-chek tasdiqlansinmi?</b>
    { $name } (<code>{ $user_id }</code>) hamyoniga <b>{ $amount }</b> qoʻshiladi.{ $seen }
admin-receipt-confirm-seen = {"\u000A\u000A"}{ $seen }{"\u000A"}Tasdiqlashdan oldin bu oʻsha oʻtkazma emasligini tekshiring.
admin-receipt-confirm-again =
    { $seen }

    ⚠️ <b>#{ $id }-chek baribir tasdiqlansinmi?</b> Shunga oʻxshash chek avval yuborilgan boʻlsa-da, { $name } (<code>{ $user_id }</code>) hamyoniga <b>{ $amount }</b> qoʻshiladi.
admin-btn-approve-sure = ✅ Tasdiqlash: { $amount } qoʻshish
admin-btn-approve-anyway = ⚠️ Baribir { $amount } qoʻshish
btn-receipt-again = 🧾 Boshqa chek yuborish
receipt-again =
    🏦 <b>{ $amount } uchun boshqa chek</b>
    #{ $id }-chek qabul qilinmadi. Agar oʻtkazma quyidagicha qilingan boʻlsa, unga boshqa chekni shu yerga yuboring: rasm, hujjat yoki oʻtkazma maʼlumotini matn sifatida.

    { $instructions }
receipt-again-already = Siz u chek oʻrniga #{ $id }-chekni allaqachon yuborgansiz.

## issue 22: settings that would cost money (start checks)
admin-alert-panel-currency =
    ⚠️ <b>Panel { $panel } valyutasida hisoblaydi, lekin CURRENCY — { $currency }.</b>
    Har bir narx { $currency } sifatida koʻrsatilgan panel raqamidir: CURRENCY={ $panel } deb belgilang va botni qayta ishga tushiring yoki { $currency } valyutasidagi panel hisobidan foydalaning.

## issue 22: Stars invoices and reconciliation
amount-too-big-stars = ⚠️ Bitta Stars hisob-fakturasi koʻpi bilan { $stars } { stars-word } boʻlishi mumkin: Stars orqali eng koʻp toʻldirish summasi { $high }.
stars-invoice-above = ⭐ Balansingizga <b>{ $amount }</b> qoʻshish uchun yuqoridagi hisob-faktura orqali <b>{ $stars } { stars-word }</b> toʻlang.
stars-invoice-failed = ⚠️ Telegram hisob-fakturani qabul qilmadi, shuning uchun u orqali toʻlab boʻlmaydi. Iltimos, bir necha daqiqadan soʻng qayta urinib koʻring yoki boshqa toʻlov usulini tanlang.

## issue 22: Stars refunds
stars-refunded-notice =
    ↩️ <b>Telegram Stars toʻlovingiz qaytarildi</b>: { $stars } { stars-word } sizga qaytadi, balansingizdan esa <b>{ $amount }</b> yechildi.
    Toʻlov ID: <code>{ $charge }</code>
    Balans: { $balance }.
stars-outside-refund-notice =
    ↩️ <b>Telegram { $stars } { stars-word } miqdoridagi toʻlovingizni qaytardi</b>, shuning uchun balansingizdan <b>{ $taken }</b> qayta yechildi.{ $owed }
    Toʻlov ID: <code>{ $charge }</code>
    Balans: { $balance }.
stars-outside-refund-owed = {"\u000A"}{ $owed } yechib boʻlmadi (balansingiz yetmadi) va doʻkonga qarzingiz sifatida yozib qoʻyildi.
stars-outside-refund-uncredited = ↩️ <b>Telegram { $stars } { stars-word } miqdoridagi toʻlovingizni qaytardi</b> (toʻlov ID <code>{ $charge }</code>). U balansingizga hech qachon qoʻshilmagan edi, shuning uchun balansingiz oʻzgarmadi.
admin-stars-outside-refund-alert =
    ↩️ <b>Stars toʻlovi botdan tashqarida qaytarildi</b>: <code>{ $user_id }</code> foydalanuvchining { $stars } { stars-word } toʻlovi, charge <code>{ $charge }</code>.
    Hamyonidan qayta yechildi: { $taken }.{ $owed }
admin-stars-outside-refund-owed = {"\u000A"}⚠️ Balansi yetmadi: <b>{ $owed }</b> qarz sifatida yozib qoʻyildi (/user { $user_id }).
admin-stars-outside-refund-uncredited = ↩️ <b>Stars toʻlovi botdan tashqarida qaytarildi</b>: <code>{ $user_id }</code> foydalanuvchining { $stars } { stars-word } toʻlovi, charge <code>{ $charge }</code>. U hech qachon balansga qoʻshilmagan: hech narsa yechilmadi.
admin-stars-outside-refund-unknown = ↩️ <b>Stars toʻlovi botdan tashqarida qaytarildi</b>: <code>{ $user_id }</code> foydalanuvchining { $stars } { stars-word } toʻlovi, charge <code>{ $charge }</code>. Botda bu toʻlov haqida yozuv yoʻq: hech narsa yechilmadi.
admin-stars-refund-confirmed = ✅ Telegram natijasi nomaʼlum boʻlgan { $stars } { stars-word } qaytarilishini tasdiqladi (foydalanuvchi <code>{ $user_id }</code>, charge <code>{ $charge }</code>). { $taken }
admin-stars-refund-refused-alert = ⚠️ Telegram { $stars } { stars-word } qaytarishni rad etdi (foydalanuvchi <code>{ $user_id }</code>, charge <code>{ $charge }</code>, soʻragan <code>{ $admin_id }</code>): <code>{ $error }</code>. { $back }
admin-stars-refund-given-back = { $amount } uning hamyoniga qaytarib berildi.
admin-refund-stars-in-progress = ⏳ Bu Stars toʻlovini qaytarish allaqachon bajarilmoqda: boshqa hech narsa yechilmadi. Javobini kuting, soʻng /refund_stars { $charge } bilan tekshiring.
admin-user-owed = {"\u000A"}⚠️ Botdan tashqarida qaytarilgan Stars toʻlovlari boʻyicha qarz: <b>{ $owed }</b>

## issue 27: flood control answers every dropped button press
flood-tap-again = ⏳ Juda tez — birozdan soʻng qayta bosing.

## issue 27: short of money (the summary's balance line, a button that tops up what is missing, Stars on the amount buttons)
summary-balance = {"\u000A"}Balans: { $balance } → { $after }
summary-balance-short = {"\u000A"}Balans: { $balance } · { $missing } yetishmayapti
summary-top-up-most = {"\u000A"}ℹ️ Bir martalik toʻldirish koʻpi bilan { $high }: undan soʻng qolgan qismi uchun yana toʻldiring.
btn-top-up-for = ➕ { $amount } toʻldirish
topup-for-methods =
    ➕ <b>{ $amount } toʻldirish</b>

    Toʻlov usulini tanlang.
topup-for-none =
    ➕ <b>{ $amount } toʻldirish</b>

    Hech bir toʻlov usuli bu summani bir martada qabul qilmaydi. Boshqa summani tanlang.
btn-other-amount = ✏️ Boshqa summa
topup-preset-stars = { $amount } · { $stars } ⭐

## issue 27: links a customer would type
link-as-sent = 🔗 Havola: { $value }
input-link-not-link = Bu havola emas. Sahifa yoki post havolasini yuboring, masalan: https://instagram.com/sahifangiz
input-link-handle-unknown = Bu xizmat uchun @ bilan yozilgan nom yetarli emas: sahifa yoki postning https:// bilan boshlanadigan toʻliq havolasini yuboring.
input-link-handle-bad = Bu tarmoqda bunday akkaunt nomi boʻlmaydi. Nomni profilda yozilganidek (masalan, @nomingiz) yoki toʻliq havolani yuboring.

## issue 27: prices that read well
per-one = / dona
price-each-short = { $price } / dona
btn-pick-total = { $quantity } · { $total }
order-again-head =
    🔁 <b>{ $service }</b>
    🔗 Havola: { $link }

## issue 27: a panel refusal keeps the form and says why
order-not-taken =
    ❌ Buyurtma qabul qilinmadi: { $reason }.
    Pulingiz balansingizga toʻliq qaytarildi. Buyurtma shakli saqlandi: havolani tahrirlashingiz yoki qayta urinib koʻrishingiz mumkin.
refusal-link = havola yopiq yoki notoʻgʻri
refusal-active = bu havola uchun faol buyurtma allaqachon bor; u tugashini kuting
refusal-quantity = miqdor ruxsat etilgan chegaradan tashqarida
refusal-unavailable = bu xizmat hozir mavjud emas
refusal-other = provayder buyurtmani qabul qilmadi
btn-edit-link = ✏️ Havolani tahrirlash
btn-try-again = 🔁 Qayta urinish

## issue 24: promo codes
command-promo = promokoddan foydalanish
btn-promo = 🎟 Promokod
promo-ask = 🎟 Promokodingizni yuboring.
promo-bad-code = Bu promokod emas: kod 3 tadan 32 tagacha lotin harfi, raqam, _ yoki - belgisidan iborat. Qayta yuboring yoki orqaga qayting.
promo-unknown = ❌ { $code } degan promokod yoʻq. Yozilishini tekshiring.
promo-expired = ⌛ { $code } promokodining muddati tugagan.
promo-used-up = 🚫 { $code } promokodidan foydalanish imkoniyatlari tugagan.
promo-already = ℹ️ Siz { $code } promokodidan allaqachon foydalangansiz.
promo-not-yet-deposit = ⏳ Keyingi hisob toʻldirishingiz uchun bonus sizni allaqachon kutmoqda ({ $waiting }). Avval hisobni toʻldiring, soʻng { $code } ni qayta yuboring.
promo-not-yet-discount = ⏳ Keyingi buyurtmangiz uchun chegirma sizni allaqachon kutmoqda ({ $waiting }). Avval buyurtma bering, soʻng { $code } ni qayta yuboring.
promo-taken-bonus = ✅ { $code } promokodi: balansingizga <b>{ $amount }</b> qoʻshildi. Balans: { $balance }.
promo-taken-waiting = ✅ { $code } promokodi: { $terms }. U siz uchun 💰 Hamyonda saqlanadi.
promo-terms-bonus = { $amount } bonus
promo-terms-discount = keyingi buyurtmaga −{ $percent }%
promo-terms-deposit = keyingi hisob toʻldirishga +{ $percent }% bonus
promo-terms-deposit-min = kamida { $min } miqdoridagi keyingi hisob toʻldirishga +{ $percent }% bonus
wallet-promo-waiting = 🎟 Kutilmoqda: { $terms } ({ $code })
summary-discount = Chegirma: { $code } bilan −{ $percent }% ({ $list } oʻrniga){"\u000A"}
promo-deposit-credited-notice = 🎁 { $code } promokodi: hisob toʻldirishingiz bilan birga <b>{ $amount }</b> bonus qoʻshildi.
reason-bonus = Bonus ({ $code } promokodi)
admin-ledger-kind-bonus = bonus
admin-promo-usage =
    Foydalanish:
    /promo: barcha kodlar, foydalanishlar soni va holati bilan
    /promo add &lt;KOD&gt; bonus &lt;summa&gt; [uses &lt;n&gt;] [days &lt;k&gt;]
    /promo add &lt;KOD&gt; deposit &lt;foiz&gt;% [min &lt;summa&gt;] [uses &lt;n&gt;] [days &lt;k&gt;]
    /promo add &lt;KOD&gt; discount &lt;foiz&gt;% [uses &lt;n&gt;] [days &lt;k&gt;]
    /promo off &lt;KOD&gt;: kodni toʻxtatish
    Kod 3 tadan 32 tagacha lotin harfi, raqam, _ yoki - belgisidan iborat (katta-kichik harf farqi yoʻq).
admin-promo-list =
    🎟 <b>Promokodlar</b>
    { $lines }
admin-promo-list-empty = 🎟 Hozircha promokodlar yoʻq.
admin-promo-line = <code>{ $code }</code> · { $terms } · foydalanildi: { $uses } · { $state }
admin-promo-state-active = faol
admin-promo-state-until = { $date } gacha faol
admin-promo-state-stopped = toʻxtatilgan
admin-promo-state-expired = muddati tugagan
admin-promo-state-used-up = tugagan
admin-promo-added = ✅ <code>{ $code }</code> promokodi yaratildi: { $terms }.{ $limits }
admin-promo-uses-limit = {"\u000A"}Foydalanishlar: koʻpi bilan { $uses }.
admin-promo-until = {"\u000A"}{ $date } gacha amal qiladi.
admin-promo-exists = ❌ <code>{ $code }</code> promokodi allaqachon mavjud; kod ikki marta yaratilmaydi. Boshqa nom tanlang.
admin-promo-stopped = ⏹ <code>{ $code }</code> promokodi toʻxtatildi: endi uni hech kim kirita olmaydi. Olingan bonuslar va chegirmalar baribir beriladi.
admin-promo-not-active = ❌ Faol <code>{ $code }</code> promokodi yoʻq.
admin-promo-problem-missing = Kodni, uning turini va summasini yoki foizini yozing.
admin-promo-problem-code = Kod 3 tadan 32 tagacha lotin harfi, raqam, _ yoki - belgisidan iborat ("add" yoki "off" emas), <code>{ $value }</code> emas.
admin-promo-problem-kind = Tur bonus, deposit yoki discount boʻlishi kerak, <code>{ $value }</code> emas.
admin-promo-problem-percent = Foiz 1 dan { $high } gacha butun son va undan keyin % boʻlishi kerak (masalan, 15%), <code>{ $value }</code> emas.
admin-promo-problem-option = Bu turdagi kodda <code>{ $value }</code> parametri yoʻq (yoki uning qiymati yoʻq, yoki u ikki marta yozilgan).
admin-promo-problem-min = Eng kam toʻldirish 10.50 kabi summa boʻlishi kerak, <code>{ $value }</code> emas.
admin-promo-problem-uses = Foydalanishlar soni 1 dan 1000000 gacha butun son boʻlishi kerak, <code>{ $value }</code> emas.
admin-promo-problem-days = Kunlar soni 1 dan 3650 gacha butun son boʻlishi kerak, <code>{ $value }</code> emas.
admin-stats-promos = {"\u000A\u000A"}🎟 <b>Promokodlar (butun davr)</b>{"\u000A"}{ $lines }
admin-stats-promo-bonus = { $code }: berilgan bonuslar: { $count } · { $amount }
admin-stats-promo-deposit = { $code }: toʻldirish bonuslari: { $count } · { $amount }
admin-stats-promo-discount = { $code }: chegirmali buyurtmalar: { $count } · { $amount } chegirma

## issue 25: the console with buttons
admin-menu-stats = 📊 Statistika
admin-menu-review = 🕵️ Tekshiruv ({ $count })
admin-menu-topups = 🏦 Kutilayotgan to‘ldirishlar ({ $count })
admin-menu-find = 🔎 Qidirish
admin-menu-broadcast = 📣 Tarqatma
admin-menu-catalogue = 🗂 Katalog
admin-menu-panels = 🔌 Panellar
admin-menu-backup = 💾 Zaxira nusxa
admin-menu-tickets = 💬 Murojaatlar ({ $count })
admin-menu-promo = 🎟 Promokodlar
admin-menu-catalogue-hint =
    {"\u000A\u000A"}Katalogni /markup, /hide, /show va /sync buyruqlari o‘zgartiradi.
admin-menu-backup-sent = 💾 Zaxira nusxa yuqorida yuborildi.
admin-menu-gone = Bu tugma endi menyuda yo‘q: /admin ni qaytadan oching.
admin-btn-menu = ⬅️ Admin menyusi
admin-btn-cancel = ✖️ Bekor qilish
admin-btn-find-again = 🔎 Yana qidirish
admin-find-ask = 🔎 Buyurtma raqami (#12), paneldagi buyurtma raqami, havola yoki uning bir qismi, foydalanuvchi id si yoki @username yuboring.
admin-find-usage =
    Foydalanish: /find &lt;buyurtma raqami, paneldagi raqam, havola, foydalanuvchi id si yoki @username&gt;
admin-find-none = 🔎 <code>{ $query }</code> bo‘yicha hech narsa topilmadi.
admin-find-many = 🔎 <code>{ $query }</code> bo‘yicha { $count } ta natija:
admin-find-order-button = 📦 #{ $id } { $icon } · { $price } · 👤 { $user_id }
admin-find-user-button = 👤 { $name } · { $id }
admin-card-orders =
    {"\u000A\u000A"}<b>Buyurtmalar</b> ({ $pages } sahifadan { $page }-sahifa)
    { $lines }
admin-card-moves =
    {"\u000A\u000A"}<b>Hamyon harakatlari</b> ({ $pages } sahifadan { $page }-sahifa)
    { $lines }
admin-btn-orders-prev = ⬅️ Buyurtmalar
admin-btn-orders-next = Buyurtmalar ➡️
admin-btn-moves-prev = ⬅️ Harakatlar
admin-btn-moves-next = Harakatlar ➡️
admin-btn-customer = 👤 Mijoz { $id }
admin-btn-refund-all = ↩️ Hammasini qaytarish ({ $amount })
admin-btn-refund-part = ✏️ Bir qismini qaytarish
admin-btn-refund-confirm = ✅ Tasdiqlash: { $amount } qaytarish
admin-btn-back-to-order = ⬅️ #{ $id }-buyurtma
admin-order-refund-prompt = ✏️ #{ $id }-buyurtmadan mijozga qancha qaytarilsin? Ko‘pi bilan { $left }. Summani yuboring (masalan, <code>0.50</code>).
admin-order-refund-bad-amount = ❌ Ko‘pi bilan { $decimals } kasr xonali musbat summa yuboring, masalan <code>0.50</code>.
admin-order-refund-confirm =
    ↩️ #{ $id }-buyurtmadan <b>{ $amount }</b> <code>{ $user_id }</code> mijozga qaytarilsinmi?
    To‘langan { $paid }, hozirgacha qaytarilgan { $refunded }.
admin-order-refund-done = ✅ #{ $id }-buyurtmadan { $amount } <code>{ $user_id }</code> mijozga qaytarildi; qaytarish uchun { $left } qoldi. Mijozga xabar berildi.
admin-order-refund-not-final = #{ $id }-buyurtma holati: { $state }. Bu yerda faqat yakunlangan buyurtmalar qaytariladi.
admin-order-refund-nothing-left = #{ $id }-buyurtma allaqachon to‘liq qaytarilgan.
admin-order-refund-too-much = ❌ { $amount } qaytarish mumkin bo‘lgan summadan ({ $left }) ko‘p.
admin-order-refund-changed = #{ $id }-buyurtma shu orada qaytarildi: boshqa hech narsa qilinmadi. { $left } qoldi; yana qaytarish uchun buyurtmani oching.
admin-customer-order-refund = ↩️ #{ $id }-buyurtmangizdan { $amount } balansingizga qaytarildi.
admin-ledger-kind-order-refund = buyurtma qaytarilishi
reason-order-refund = Do‘kondan qaytarish: #{ $id }-buyurtma

## issue 25: conversations with the shop
command-support = Doʻkonga yozish
btn-support-answer = ↩️ Javob berish
btn-support-ask-order = ❓ Shu buyurtma haqida soʻrash
btn-support-send-search = ✉️ Buni qoʻllab-quvvatlashga yuborish
support-prompt =
    💬 <b>Qoʻllab-quvvatlash</b>

    Savolingizni bitta xabarda yozing: matn, rasm yoki hujjat. Doʻkon shu yerda javob beradi.
support-prompt-order =
    💬 <b>Qoʻllab-quvvatlash</b> · buyurtma <b>#{ $id }</b>

    Shu buyurtma haqidagi savolingizni bitta xabarda yozing: matn, rasm yoki hujjat. Doʻkon shu yerda javob beradi.
support-sent = ✅ Doʻkonga yuborildi (murojaat #{ $id }). Javob shu yerga keladi.
support-wrong-kind = Matn, rasm yoki hujjat yuboring yoki Bekor qilishni bosing.
support-canceled = Hech narsa yuborilmadi.
admin-support-card =
    💬 <b>Murojaat #{ $id }</b>
    Kimdan: { $name } · <code>{ $user_id }</code> · { $username }
    Balans: { $balance }
admin-support-order = 📦 Buyurtma <b>#{ $id }</b> haqida
admin-support-blocked = 🚫 Mijoz botni bloklagan: javoblar unga yetib bormaydi.
admin-support-answered = ↩️ Javob berdi: { $name }, { $when }
admin-support-closed = ✅ Yopdi: { $name }, { $when }
btn-support-reply = ↩️ Javob berish
btn-support-close = ✅ Yopish
btn-support-order = 📦 Buyurtma #{ $id }
admin-support-ask-reply = ↩️ Keyingi xabaringiz (matn, rasm, hujjat — istalgani) #{ $id } murojaatda doʻkonning javobi sifatida { $name } ga yuboriladi.
admin-support-delivered = ✅ Javobingiz { $name } ga yetkazildi (murojaat #{ $id }).
admin-support-not-delivered = ⚠️ Telegram #{ $id } murojaatdagi javobni qabul qilmadi. Qayta yuboring yoki Bekor qilishni bosing.
admin-support-blocked-reply = 🚫 { $name } botni bloklagan: #{ $id } murojaatdagi javob yetkazilmadi.
admin-support-closed-already = #{ $id } murojaat yopilgan.
admin-support-unknown = #{ $id } murojaat yoʻq.
admin-support-closed-done = ✅ #{ $id } murojaat yopildi.
admin-support-reply-canceled = #{ $id } murojaatga hech narsa yuborilmadi.
admin-tickets =
    💬 <b>Ochiq murojaatlar</b>: { $count }, eng uzoq kutgani birinchi

    { $lines }
admin-tickets-none = 💬 Ochiq murojaatlar yoʻq.
admin-tickets-line = #{ $id } · { $name } (<code>{ $user_id }</code>) · { $when } dan beri
admin-tickets-button = #{ $id } · { $name }
admin-tickets-more = … yana { $more } ta.

## issue 25: numbers over time (/stats of a period, the chart)
admin-stats-screen =
    📊 <b>Statistika: { $period }</b>
    { $since }

    👥 Mijozlar: { $customers } · 7 kunda faol: { $active } · botni bloklagan: { $blocked }
    🆕 Yangi mijozlar: { $new }
    🧾 Buyurtmalar: { $orders }

    💵 Tushum (mijozlar toʻlagan summa, qaytarilganlar chegirilgan): { $revenue }
    🏭 Panel xarajati: { $cost }
    📈 Foyda: { $margin }
    🤝 Toʻlangan komissiyalar: { $commissions }
    🎁 Toʻlangan bonuslar: { $bonuses }

    🔄 Hozir ochiq buyurtmalar: { $open } · ❔ tekshiruvni kutmoqda: { $review }
admin-stats-since = { $when } dan beri
admin-stats-since-start = Doʻkon ochilganidan beri
admin-stats-period-today = Bugun
admin-stats-period-7d = 7 kun
admin-stats-period-30d = 30 kun
admin-stats-period-all = Butun davr
admin-stats-btn-period = { $period }
admin-stats-btn-shown = • { $period } •
admin-stats-btn-chart = 📈 30 kunlik grafik
# Commissions or bonuses paid: how many entries, and their sum.
admin-stats-rewards = { $count } · { $amount }
admin-stats-topups-none-in-period = {"\u000A\u000A"}💳 Toʻldirishlar: yoʻq
admin-chart-drawing = Grafik chizilmoqda…
admin-chart-title = Soʻnggi { $days } kun
admin-chart-revenue = Tushum
admin-chart-cost = Panel xarajati
admin-chart-orders = Buyurtmalar
admin-chart-day = Kun (UTC)
admin-chart-caption = 📈 Soʻnggi { $days } kun: buyurtmalar { $orders } · tushum { $revenue } · panel xarajati { $cost } · foyda { $margin }

## issue 24: invite links and the channel to join first
note-commission = 👥 Siz taklif qilgan do‘stingiz #{ $id } buyurtmasini yakunladi: <b>{ $amount }</b> komissiyangiz hamyoningizga tushdi. Balans: { $balance }.
reason-commission = Do‘stning #{ $id } buyurtmasi uchun komissiya
admin-ledger-kind-commission = komissiya
btn-invite = 👥 Do‘stlarni taklif qilish
btn-share = 📤 Ulashish
invite =
    👥 <b>Do‘stlaringizni taklif qiling</b>

    Havolangizni ulashing. Do‘konni birinchi marta shu havola orqali ochgan do‘stingiz sizga biriktiriladi va siz uning buyurtmalar uchun to‘lagan summasining <b>{ $percent }%</b> qismini hamyoningizga olasiz.

    🔗 { $link }
    Havolangiz orqali qo‘shilganlar: <b>{ $joined }</b>
    Ishlab topilgan: <b>{ $earned }</b>
invite-off = 👥 Bu do‘konda hozircha do‘stlarni taklif qilish yoqilmagan.
invite-share-text = Sahifalaringiz uchun obunachilar, layklar va ko‘rishlar: bu do‘konni sinab ko‘ring
admin-user-invited-by = {"\u000A"}👥 Taklif qilgan: { $who }
admin-user-invites = {"\u000A"}👥 O‘zi taklif qilganlar: { $joined } · topgani { $earned }
admin-stats-invites =
    {"\u000A\u000A"}👥 <b>Takliflar</b>: to‘langan komissiya { $paid }
    { $lines }
admin-stats-inviter-line = { $who }: { $joined } qo‘shildi · { $earned }
admin-stats-inviters-none = hali hech kim taklif qilmagan
gate =
    📢 <b>Avval kanalimizga a’zo bo‘ling</b>

    Do‘kon quyidagilarga a’zo bo‘lganingizdan keyin ochiladi:
    { $channels }

    A’zo bo‘ling, so‘ng "✅ A’zo bo‘ldim" tugmasini bosing.
gate-channel = • { $channel }
btn-gate-join = ➕ { $channel } ga a’zo bo‘lish
btn-gate-joined = ✅ A’zo bo‘ldim
gate-still-missing = Siz hali { $channels } ga a’zo bo‘lmadingiz. A’zo bo‘ling va tugmani yana bosing.
admin-gate-unchecked =
    ⚠️ Bot { $channel } a’zolarini tekshira olmayapti ({ $error }), shuning uchun mijozlar tekshiruvsiz o‘tkazilmoqda.
    Botni o‘sha kanalga administrator qiling yoki REQUIRED_CHANNELS ni tuzatib, botni qayta ishga tushiring.

## issue 27: numbers and words each language's way (item 9)
# Sondan keyin Stars (Telegram soʻzi)
stars-word = { $stars ->
       *[other] yulduz
    }
ask-quantity-each =
    🔢 Qancha kerak?
    💵 Narx: 1 donasi uchun <b>{ $rate }</b>
    Son yuboring (eng kami <b>{ $low }</b>, eng koʻpi <b>{ $high }</b>) yoki quyidagilardan birini bosing.
so-far-each = {"\u000A\u000A"}🧾 Hozircha: { $quantity } × { $rate } = <b>{ $total }</b>
summary-rate-each = Narx: 1 donasi uchun { $rate }{"\u000A"}

## issue 24: a top-up's reversal takes back its deposit bonus
stars-amount-with-bonus = { $amount } ({ $code } promokodi boʻyicha { $bonus } bonus bilan birga)
stars-refund-bonus-line = {"\u000A"}🎁 Qaytarib olinadi: toʻlovning { $amount } summasi va u bilan kelgan { $code } promokodi boʻyicha { $bonus } bonus.{ $owed }
reason-bonus-taken-back = Bonus qaytarib olindi ({ $code } promokodi): u bilan kelgan toʻldirish qaytarildi

## issue 24: an admin's refund takes back the inviter's commission (review)
note-commission-taken-back = ↩️ Do‘kon siz taklif qilgan do‘stingizning #{ $id } buyurtmasi pulini qaytardi: undan olgan komissiyangizdan { $amount } qaytarib olindi. Balans: { $balance }.
reason-commission-taken-back = Komissiya qaytarib olindi: do‘stning #{ $id } buyurtmasi puli qaytarildi
admin-order-refund-commission-taken = 👥 Bu buyurtma uchun to‘langan komissiyadan { $taken } taklif qilgan <code>{ $user_id }</code> foydalanuvchidan qaytarib olindi; unga xabar berildi.
admin-order-refund-commission-short = 👥 Taklif qilgan <code>{ $user_id }</code> foydalanuvchidan bu buyurtma komissiyasidan { $due } qaytarib olinishi kerak edi, lekin balansi faqat { $taken } ni qopladi: shuncha olindi, qolgani unda qoladi.

## issue 23: the shop's own catalogue (names, descriptions, the catalogue CSV)
admin-problem-service = Xizmatni service &lt;n&gt; deb koʻrsating (doʻkon raqami).
admin-problem-lang = Til quyidagilardan biri boʻlishi kerak: { $langs }.
admin-problem-text-empty = Matn yoʻq.
admin-problem-text-too-long = Matn { $limit } belgidan uzun.
admin-rename-usage =
    Foydalanish:
    /rename service &lt;n&gt; &lt;lang&gt; &lt;nom&gt;
    /rename category &lt;n&gt; &lt;lang&gt; &lt;nom&gt;
    Nom koʻpi bilan 100 belgi; <code>-</code> doʻkon nomini olib tashlaydi va panel nomi yana koʻrinadi.
    Misol: /rename service 12 uz Instagram obunachilari
admin-describe-usage =
    Foydalanish: /describe service &lt;n&gt; &lt;lang&gt; &lt;tavsif&gt;
    Koʻpi bilan 1000 belgi, xohlasangiz bir necha qatorda; <code>-</code> doʻkon tavsifini olib tashlaydi.
admin-service-usage = Foydalanish: /service &lt;n&gt; (xizmatning doʻkondagi raqami)
admin-text-set-name = ✅ { $scope_title } { $id } endi { $lang } tilida «{ $text }» deb ataladi.
admin-text-removed-name = ✅ { $scope_title } { $id } uchun { $lang } tilida doʻkon nomi endi yoʻq: mijozlar inglizcha nomni, u ham boʻlmasa panel nomini koʻradi.
admin-text-set-description = ✅ { $scope_title } { $id } uchun { $lang } tilidagi tavsif saqlandi.
admin-text-removed-description = ✅ { $scope_title } { $id } uchun { $lang } tilida doʻkon tavsifi endi yoʻq: mijozlar inglizcha tavsifni, u ham boʻlmasa panel tavsifini koʻradi.
admin-service-card =
    🧾 <b>Xizmat { $id }</b>
    Panel: { $panel } · undagi id { $panel_id }
    Paneldagi nomi: { $panel_name }
    Kategoriya: { $category }
    Doʻkon nomlari:
    { $names }
    Doʻkon tavsiflari:
    { $descriptions }
    Turi: { $type }
    Panel narxi: { $rate } · mijozlar 1000 tasi uchun { $price } toʻlaydi
    Min–maks: { $low }–{ $high }
    Ustama: { $markup }% ({ $markup_from })
    Yashirin: { $hidden }
admin-service-text-line = · { $lang }: { $text }
admin-service-texts-none = · yoʻq: panel matni koʻrsatiladi
admin-service-markup-own = oʻziniki
admin-service-markup-inherited = kategoriyasidan yoki umumiy
admin-service-btn-rename = ✏️ Nomini oʻzgartirish
admin-service-btn-describe = 📝 Tavsif
admin-service-choose-lang-name = ✏️ Xizmat { $id }: qaysi tilda nom bermoqchisiz?
admin-service-choose-lang-desc = 📝 Xizmat { $id }: qaysi tilda tavsif yozmoqchisiz?
admin-service-ask-name = ✏️ { $id }-xizmatning { $lang } tilidagi nomini yuboring (koʻpi bilan { $limit } belgi) yoki doʻkon nomini olib tashlash uchun <code>-</code> yuboring.
admin-service-ask-description = 📝 { $id }-xizmatning { $lang } tilidagi tavsifini yuboring (koʻpi bilan { $limit } belgi) yoki doʻkon tavsifini olib tashlash uchun <code>-</code> yuboring.
admin-service-gone = Bu xizmat endi katalogda yoʻq.
admin-export-catalogue = 📄 Katalog: { $count } ta xizmat. Nom, tavsif, markup va hidden ustunlarini tahrirlang, soʻng faylni /import catalogue izohi bilan qaytarib yuboring.
admin-import-usage = Foydalanish: /export catalogue faylini <code>/import catalogue</code> izohi bilan yuboring yoki fayl bor xabarga <code>/import catalogue</code> deb javob bering.
admin-import-unreadable = ❌ Faylni UTF-8 dagi CSV sifatida oʻqib boʻlmaydi.
admin-import-too-big = ❌ Fayl { $megabytes } MB dan katta.
admin-import-problems =
    ❌ Hech narsa oʻzgartirilmadi: faylda { $count } ta muammo bor.
    { $lines }
admin-import-problems-more = … va yana { $count } ta.
admin-import-problem-column = Nomaʼlum ustun <code>{ $value }</code>.
admin-import-problem-no-id = <code>id</code> ustuni yoʻq.
admin-import-problem-id = { $row }-qator: <code>{ $value }</code> doʻkonning xizmat raqami emas.
admin-import-problem-duplicate = { $row }-qator: { $value }-xizmat faylda ikki marta bor.
admin-import-problem-too-long = { $row }-qator: { $value } { $limit } belgidan uzun.
admin-import-problem-markup = { $row }-qator: ustama boʻsh yoki 0 dan 10000 gacha foiz boʻlishi kerak, <code>{ $value }</code> emas.
admin-import-problem-hidden = { $row }-qator: hidden 0 yoki 1 boʻlishi kerak, <code>{ $value }</code> emas.
admin-import-preview =
    🔎 Fayl { $services } ta xizmatni oʻzgartiradi ({ $changes } ta oʻzgarish). Birinchilari:
    { $lines }

    Qoʻllansinmi?
admin-import-change = #{ $id } { $column }: «{ $old }» → «{ $new }»
admin-import-blank = (boʻsh)
admin-import-nothing = ✅ Fayl hech narsani oʻzgartirmaydi: katalog allaqachon shunday.
admin-import-applied = ✅ Qoʻllandi: { $services } ta xizmatda { $changes } ta oʻzgarish.
admin-import-canceled = ✖️ Import bekor qilindi: hech narsa oʻzgarmadi.
admin-import-stale = Bu import allaqachon qoʻllangan yoki bekor qilingan.
admin-import-btn-apply = ✅ Qoʻllash
admin-import-btn-cancel = ✖️ Bekor qilish
admin-help-catalogue =
    /service &lt;n&gt;: xizmat kartasi (panel, nomlar, tavsiflar, narx), Nomini oʻzgartirish va Tavsif tugmalari bilan
    /rename service|category &lt;n&gt; &lt;lang&gt; &lt;nom&gt;: doʻkonning biror tildagi nomi
    /describe service &lt;n&gt; &lt;lang&gt; &lt;matn&gt;: doʻkonning biror tildagi tavsifi
    /export catalogue, /import catalogue: katalog CSV koʻrinishida, tahrirlab qaytarib yuboriladi
    /alt &lt;n&gt; [&lt;m&gt;]: xizmatning boshqa panellardagi muqobillari, paneli buyurtmani rad etganda sinab koʻriladi

## issue 23: alternatives when a panel says no
admin-alt-usage =
    Foydalanish:
    /alt &lt;xizmat&gt;: uning boshqa panellardagi muqobillari
    /alt &lt;xizmat&gt; &lt;xizmat&gt;: ikkinchisi birinchisining navbatdagi muqobili boʻladi
    /alt &lt;xizmat&gt; off &lt;xizmat&gt;: bittasini olib tashlash
    /alt &lt;xizmat&gt; clear: hammasini olib tashlash
    Xizmat paneli buyurtmani aniq rad etsa (yoki panelga umuman ulanib boʻlmasa), muqobillar navbat bilan, mijozga aytilgan narxda sinab koʻriladi. Vaqt tugashi yoki tushunarsiz javobdan keyin hech qachon: buyurtma yaratilgan boʻlishi mumkin, u /review ni kutadi.
admin-alt-title = 🔀 <b>#{ $id } muqobillari</b> · { $name } ({ $panel })
admin-alt-none = Yoʻq: paneli rad etgan buyurtma qaytariladi.
admin-alt-line = { $position }. #{ $id } · { $name } · { $panel } · { $low }–{ $high }
admin-alt-unusable = {" "}· ⚠️ hozir ishlatilmaydi (yashirilgan, yoʻqolgan yoki paneli sozlanmagan)
admin-alt-hint = Qoʻshish: /alt { $id } &lt;xizmat&gt; · olib tashlash: /alt { $id } off &lt;xizmat&gt; · hammasi: /alt { $id } clear
admin-alt-no-service = #{ $id } xizmati yoʻq.
admin-alt-no-alternative = #{ $alternative } xizmati yoʻq.
admin-alt-same = Xizmat oʻzining muqobili boʻla olmaydi.
admin-alt-same-panel = #{ $alternative } #{ $id } bilan bir panelda: muqobil boshqa panelda boʻlishi kerak.
admin-alt-other-type = #{ $alternative } #{ $id } bilan bir turda emas: birining buyurtmasi ikkinchisiga oʻta olmaydi.
admin-alt-listed = #{ $alternative } allaqachon #{ $id } uchun muqobil.
admin-alt-not-listed = #{ $alternative } #{ $id } uchun muqobil emas.
admin-alt-too-many = #{ $id } ning allaqachon { $max } ta muqobili bor: avval bittasini olib tashlang.
admin-order-panel-ref = { $panel }: { $panel_order_id }
admin-order-panel-ref-via = { $panel }: { $panel_order_id }, #{ $service_id } xizmati orqali
admin-panel-n-refuses =
    ⚠️ <b>{ $panel } buyurtmalarni qabul qilmayapti</b> (mablagʻ yoki API kaliti):
    <code>{ $error }</code>
    Boshqa panelda muqobili bor xizmatning buyurtmasi oʻsha yerga ketadi; qolganlari qaytariladi va mijozlari «vaqtincha mavjud emas» xabarini koʻradi.
admin-service-alternatives = 🔀 Boshqa panellardagi muqobillar:

## issue 23: search in the customer's words
search-results-cut =
    🔎 <b>{ $query }</b> boʻyicha natijalar: { $total } tadan { $shown } tasi koʻrsatildi. Qidiruvni toraytirish uchun yana bir soʻz qoʻshing.

    💵 Narxlar 1000 tasi uchun (📦 — paket uchun). Batafsil maʼlumot uchun xizmatni bosing.
# Xaridor har bir xizmat turi va har bir tarmoq uchun yozishi mumkin boʻlgan soʻzlar, vergul bilan.
# Barcha tillarning soʻzlari har bir xaridor uchun ishlatiladi; bu yerga oʻzbekcha soʻzlarni
# odamlar yozadigan shakllari bilan (layk, layklar) yozing, kirill yozuvidagilarini ham. Toʻrt
# harfli va undan uzun soʻz qoʻshimcha bilan ham tushuniladi. Qavs ichidagi soʻz yozilganda
# tushuniladi, lekin xizmat nomlarida qidirilmaydi.
search-words-followers = obunachi, obunachilar, kuzatuvchi, kuzatuvchilar, follower, folloverlar, подписчик
search-words-subscribers = obunachi, obunachilar, obuna, обуначи, подписчик
search-words-likes = layk, layklar, like, yoqtirish, лайк, лайклар
search-words-views = koʻrish, koʻrishlar, ko'rish, ko'rishlar, ko‘rish, korish, prosmotr, просмотр
search-words-comments = izoh, izohlar, komment, kommentlar, kommentariya, коммент
search-words-members = aʼzo, a'zo, aʼzolar, a'zolar, azolar, member, obunachi, аъзо
search-words-shares = ulashish, ulashishlar, repost, репост
search-words-saves = saqlash, saqlashlar, saqlanganlar, сохранение
search-words-reactions = reaksiya, reaksiyalar, реакция
search-words-votes = ovoz, ovozlar, soʻrovnoma, so'rovnoma, голос
search-words-story = hikoya, hikoyalar, storis, сторис
search-words-reels = rils, reels, рилс
search-words-live = jonli, jonli efir, efir, эфир
search-words-instagram = instagram, instagramm, инстаграм, (insta), (инста)
search-words-tiktok = tiktok, tik tok, тикток
search-words-youtube = youtube, yutub, ютуб
search-words-telegram = telegram, телеграм, (tg), (тг)
search-words-facebook = facebook, feysbuk, фейсбук
search-words-twitter = twitter, tvitter, твиттер
search-words-spotify = spotify, спотифай
search-words-twitch = twitch, твич
search-words-discord = discord, дискорд
search-words-threads = threads, тредс
search-words-linkedin = linkedin, линкедин

## issue 23: several panels (status sync, alerts, /panel, /sync, the order card)
admin-panels =
    🏭 <b>Panellar</b>
    Katalog: { $categories } ta kategoriyada { $services } ta xizmat, yangilangan: { $refreshed }
    Oxirgi holat sinxronlashi: { $sync }
admin-panels-entry =
    <b>{ $name }</b> ({ $number }-panel)
    Balans: { $balance }
    Xizmatlar: { $services } ta, yangilangan: { $refreshed }
    Buyurtmalar oxirgi marta sinxronlangan: { $synced }
admin-sync-panel-done = • { $name }: { $total } ta xizmat · qoʻshildi { $added } · oʻzgardi { $changed } · olib tashlandi { $removed }
admin-sync-panel-failed = • { $name }: ❌ yangilanmadi, saqlangan xizmatlari qoladi (<code>{ $error }</code>)
admin-review-on-panel = { $service } · { $name } paneli
admin-alert-panel-low =
    ⚠️ <b>{ $name } panelining balansi kam</b>: { $amount } { $currency }, yaʼni { $threshold } { $currency } chegarasidan past.
    Balansni toʻldiring, aks holda undagi buyurtmalar bajarilmay qoladi.
admin-alert-panel-ok = ✅ { $name } panelining balansi yana { $threshold } { $currency } chegarasidan yuqori: { $amount } { $currency }.
admin-alert-panel-currency-differs =
    ⚠️ <b>{ $name } paneli { $panel } valyutasida hisoblaydi, lekin CURRENCY — { $currency }.</b>
    Uning narxlari { $currency } sifatida koʻrsatilgan panel raqamlaridir: oʻsha panelda { $currency } valyutasidagi hisobdan foydalaning yoki CURRENCY={ $panel } deb belgilab, botni qayta ishga tushiring.
admin-alert-panel-catalogue-failing =
    ⚠️ <b>{ $name } panelining katalogini yangilash qayta-qayta xato bermoqda</b> (boshlangan vaqti: { $since }).
    Mijozlar uning oxirgi saqlangan xizmatlarini koʻrmoqda; boshqa panellar yangilanmoqda.
    <code>{ $error }</code>
admin-alert-panel-catalogue-recovered = ✅ { $name } panelining katalogi yana yangilanmoqda.
admin-alert-panel-renamed =
    ✏️ <b>{ $name } paneli { $count } ta xizmat nomini oʻzgartirdi</b> (doʻkonning oʻz nomlari oʻzgarmaydi):
    { $lines }{ $more }
admin-alert-panel-renamed-more = {"\u000A"}… va yana { $count } ta

## issue 23: browsing a big catalogue
platforms = 🛒 <b>Platformani tanlang</b>
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
   *[other] Boshqa
}
platform-button = { $icon } { $platform } ({ $count })
platform-categories = { $icon } <b>{ $platform }</b>: toifani tanlang
btn-popular = 🔥 Ommabop
popular-header = 🔥 <b>Ommabop</b>: soʻnggi { $days } kunda eng koʻp buyurtma qilinganlar
popular-none = 🔥 Soʻnggi paytda buyurtma berilmadi: buning oʻrniga platformani tanlang.
admin-platform-usage =
    Foydalanish: /platform &lt;toifa raqami&gt; &lt;platforma&gt;
    Platformalar: { $keys }
    Misol: /platform 12 tiktok
admin-platform-set = 📂 { $id }-toifa ({ $name }) endi { $platform } boʻlimida; katalog yangilanishlari uni koʻchirmaydi.
admin-platform-not-found = { $id }-toifa yoʻq.
admin-rank-usage =
    Foydalanish: /rank &lt;xizmat raqami&gt; &lt;oʻrin&gt;
    1-oʻrin xizmatni oʻz toifasida narx tartibidagi xizmatlardan (eng arzoni birinchi) oldin, birinchi koʻrsatadi; 0 uni narx tartibiga qaytaradi. Oʻrinlar { $max } gacha.
    Misol: /rank 305 1
admin-rank-set = ↕️ { $id }-xizmat ({ $name }) endi oʻz toifasida { $place }-oʻrinda.
admin-rank-reset = ↕️ { $id }-xizmat ({ $name }) yana narx tartibida.
admin-rank-not-found = { $id }-xizmat yoʻq.

## issue 26: the shop's API v2 for resellers
btn-api = 🔑 Resellerlar uchun API
api-screen-unavailable =
    🔑 <b>API</b>

    Bu do‘kon API orqali kirish imkonini bermaydi.
api-screen-off =
    🔑 <b>Resellerlar uchun API</b>

    O‘z botingiz yoki saytingiz bu do‘kondan standart SMM panel API v2 orqali buyurtma bera oladi: to‘lov shu hamyondan, shu yerda ko‘rgan narxlaringiz bo‘yicha. Partial va Canceled buyurtmalar uchun qaytarilgan pul shu hamyonga tushadi.

    Kalitingizni olish uchun yoqing.
api-screen-on =
    🔑 <b>Resellerlar uchun API</b>: yoqilgan

    Manzil: <code>{ $url }</code>
    API buyurtmalari holati haqidagi xabarlar shu yerda: { $notices }

    Kalitingiz yaratilganda bir marta ko‘rsatilgan. Yo‘qotdingizmi? "Yangi kalit"ni bosing: eskisi ishlamay qoladi.
api-screen-key =
    🔑 <b>API kalitingiz</b> faqat hozir ko‘rsatilmoqda: hoziroq nusxa oling va sir saqlang.

    <code>{ $key }</code>

    Manzil: <code>{ $url }</code>
    Sinab ko‘ring:
    <code>{ $curl }</code>
api-screen-blocked =
    🔑 <b>API</b>

    Do‘kon sizning API kirishingizni o‘chirib qo‘ydi. Agar bu xato deb hisoblasangiz, qo‘llab-quvvatlash xizmatiga yozing.
api-notices-on = yoqilgan
api-notices-off = o‘chirilgan
btn-api-turn-on = ✅ Yoqish va kalit olish
btn-api-new-key = 🔄 Yangi kalit
btn-api-turn-off = ⛔ O‘chirish
btn-api-notices-on = 🔔 Holat xabarlari: yoqilgan
btn-api-notices-off = 🔕 Holat xabarlari: o‘chirilgan
order-api-mark = [API]
admin-user-api-on = {"\u000A"}🔑 API: yoqilgan, kalit { $since } dan beri
admin-user-api-off = {"\u000A"}🔑 API: o‘chirilgan
admin-user-api-blocked = {"\u000A"}🔑 API: administrator o‘chirgan
admin-btn-api-block = ⛔ API'ni o‘chirish
admin-btn-api-allow = ✅ API'ga yana ruxsat berish
admin-api-blocked = { $user_id } API'si o‘chirildi: kalit endi ishlamaydi.
admin-api-allowed = { $user_id } API'ni yana yoqishi mumkin.
admin-stats-api = {"\u000A\u000A"}🔑 API orqali: { $count } ta buyurtma · { $revenue }
admin-api-no-user = { $user_id } raqamli foydalanuvchi do‘konga ma’lum emas.
