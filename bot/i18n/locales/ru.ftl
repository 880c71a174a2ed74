# Russian. Same messages and variables as en.ftl.
# Values are HTML (Telegram's parse mode); variables arrive escaped.

## Customers

btn-new-order = 🛒 Новый заказ
btn-search = 🔎 Поиск
btn-my-orders = 📦 Мои заказы
btn-balance = 💰 Кошелёк
btn-help = ❓ Помощь
btn-home = 🏠 Главное меню
btn-back = ⬅️ Назад
btn-prev = ◀️
btn-next = ▶️
btn-cancel = ✖️ Отмена
btn-language = 🌐 Язык
greeting =
    👋 Здравствуйте, <b>{ $name }</b>!

    Здесь можно заказать подписчиков, лайки, просмотры и многое другое для ваших страниц в соцсетях.
    Выберите, что вам нужно, ниже.
main-menu =
    🏠 <b>Главное меню</b>
    Что вы хотите сделать?
help =
    <b>Как это работает</b>
    1. Пополните баланс: 💰 Кошелёк → Пополнить.
    2. 🛒 Новый заказ: выберите категорию и услугу, отправьте ссылку, затем количество.
    3. Проверьте цену и подтвердите. Сумма спишется с вашего баланса.
    4. Следите за заказами в разделе 📦 Мои заказы: когда меняется статус, вы получаете сообщение.

    <b>Команды</b>
    /start: главное меню
    /orders: ваши заказы
    /balance или /wallet: баланс, пополнения и история
    /language: сменить язык
    /cancel: выйти из текущего действия
    /help: это сообщение
cancelled = Отменено. Заказ не оформлен.
nothing-to-cancel = Отменять нечего.
banned = Этот магазин для вас закрыт.
unknown-input = Не понимаю. Пользуйтесь кнопками или отправьте /start, чтобы открыть главное меню.
button-expired = Эта кнопка больше не действует.
unknown-command =
    🏠 <b>Главное меню</b>
    Такой команды я не знаю. Что вы хотите сделать?
command-start = Главное меню
command-orders = Мои заказы
command-balance = Мой баланс
command-language = Сменить язык
command-cancel = Выйти из текущего шага
command-help = Как это работает
# The language picker; the languages are listed under it by their own names.
language-pick = 🌐 <b>Выберите язык</b>
# Said in the language just chosen; $language is its own name (English, العربية, Русский…).
language-set = ✅ Язык: { $language }
balance =
    💰 <b>Кошелёк</b>

    Ваш баланс: <b>{ $amount }</b>
wallet-credited-notice = 💰 Ваш баланс пополнен на <b>{ $amount }</b>. Баланс: { $balance }.
admin-panel-refuses =
    ⚠️ <b>Панель не принимает заказы</b> (средства или API-ключ):
    <code>{ $error }</code>
    Клиенты видят «временно недоступно», и деньги им возвращаются.
admin-placed-after-resolution = ⚠️ Заказ #{ $order_id } размещён на панели как заказ <code>{ $panel_id }</code> уже после того, как по нему приняли решение. Проверьте его на панели (/order { $order_id }).
admin-order-unknown =
    ⚠️ <b>Заказ #{ $order_id }: результат неизвестен</b>
    Панель не дала чёткого ответа; деньги клиента удерживаются.
    Клиент: <code>{ $user_id }</code>
    Услуга: { $service_id } { $service }
    Ссылка: { $link }
    Количество: { $quantity }
    Оплачено: { $price }
    Причина: { $reason }
    Проверьте панель, затем примите решение через /review.
categories = 🛒 <b>Выберите категорию</b>
categories-empty = Каталог сейчас пуст. Попробуйте, пожалуйста, через несколько минут.
category-gone = Эта категория больше недоступна.
service-gone = Эта услуга больше недоступна. Пожалуйста, выберите другую.
services-header = 📂 <b>{ $category }</b>
page = Страница { $page } из { $pages }
services-hint = 💵 Цены за 1000 (📦 — за пакет). Нажмите на услугу, чтобы увидеть подробности.
category-button = { $name } ({ $count })
service-button = { $name } · { $price }
price-package-short = 📦 { $price }
btn-first-page = ⏮ 1
service-card =
    <b>{ $name }</b>
    📂 { $category }

    { $description }💵 Цена: <b>{ $price }</b> { $unit }
    📏 Заказ от { $low } до { $high }
    ♻️ Восстановление: { $refill }
    ✖️ Отмена: { $cancel }
service-card-dripfeed = {"\u000A"}💧 Плавная подача: доступна
yes = да
no = нет
per-1000 = за 1000
per-package = за пакет
btn-order = 🛒 Заказать
search-prompt = 🔎 Введите несколько слов для поиска (например: <i>instagram лайки</i>).
search-results =
    🔎 Результаты по запросу <b>{ $query }</b>: найдено { $count }.

    💵 Цены за 1000 (📦 — за пакет). Нажмите на услугу, чтобы увидеть подробности.
search-nothing = 🔎 По запросу <b>{ $query }</b> ничего не найдено. Попробуйте другие слова или посмотрите категории.
search-too-short = Для поиска введите хотя бы две буквы.
ask-link =
    🔗 <b>{ $service }</b>

    Отправьте ссылку (например, https://instagram.com/yourpage).
ask-quantity =
    🔢 Сколько нужно?
    💵 Цена: <b>{ $rate }</b> за 1000
    Отправьте число от <b>{ $low }</b> до <b>{ $high }</b> или выберите вариант ниже.
ask-quantity-per-run = {"\u000A"}💧 При плавной подаче (следующий шаг) это количество <b>на один запуск</b>.
so-far = {"\u000A\u000A"}🧾 Предварительно: { $quantity } × { $rate } за 1000 = <b>{ $total }</b>
so-far-package = {"\u000A\u000A"}🧾 Предварительно: 1 пакет = <b>{ $total }</b>
summary-rate = Цена: { $rate } за 1000{"\u000A"}
summary-rate-package = Цена: { $rate } за пакет{"\u000A"}
limits-changed = ℹ️ Пока вы оформляли заказ, лимиты этой услуги изменились: теперь от <b>{ $low }</b> до <b>{ $high }</b> (было: от { $was_low } до { $was_high }).
limits-changed-fits = {" "}Ваш заказ по-прежнему в этих пределах.
limits-changed-redo = {" "}Пожалуйста, введите значение заново; остальные данные заказа сохранены.
btn-edit-field = ✏️ { $field }
field-link = Ссылка
field-quantity = Количество
field-comments = Комментарии
field-username = Автор
field-answer = Вариант ответа
field-runs = Плавная подача
ask-comments =
    💬 Отправьте комментарии, <b>по одному на строку</b>; строк — от { $low } до { $high }.
    Каждая строка станет отдельным комментарием.
ask-username = 👤 Отправьте имя пользователя автора комментария (например, @username).
ask-answer = 🗳 Отправьте номер варианта ответа, за который нужно проголосовать (1 — первый вариант).
ask-runs =
    💧 Плавная подача: выполнить заказ в несколько запусков?
    Каждый запуск — это <b>{ $quantity }</b> (выбранное количество — на один запуск).
    Отправьте число запусков (от 2 до { $high }) или нажмите «Пропустить», чтобы выполнить всё сразу.
ask-interval =
    💧 { $runs ->
        [one] { $runs } запуск по { $quantity }, всего <b>{ $total }</b>.
        [few] { $runs } запуска по { $quantity }, всего <b>{ $total }</b>.
        [many] { $runs } запусков по { $quantity }, всего <b>{ $total }</b>.
       *[other] Запусков: { $runs }, по { $quantity }, всего <b>{ $total }</b>.
    }
    ⏱ Отправьте интервал между запусками в минутах (от 1 до 10080).
# What is wrong with a typed answer; shown after ⚠️, above the question asked again.
# $low, $high: the allowed range; $value: the number sent; $limit: a length in characters.
input-link-not-text = Пожалуйста, отправьте ссылку текстом, например https://instagram.com/yourpage
input-link-empty = Пожалуйста, отправьте ссылку, например https://instagram.com/yourpage
input-link-too-long = Ссылка слишком длинная: { $limit ->
        [one] не больше { $limit } символа
        [few] не больше { $limit } символов
        [many] не больше { $limit } символов
       *[other] допустимо символов — не больше { $limit }
    }.
input-link-spaces = В ссылке не должно быть пробелов и переносов строк. Отправьте одну ссылку.
input-link-invisible = В ссылке есть невидимые символы. Скопируйте её заново и отправьте.
input-link-invalid = Ссылка указана неверно. Отправьте ссылку вида https://t.me/yourchannel
input-link-scheme = Ссылка должна начинаться с http:// или https://
input-link-host = В ссылке нет правильного адреса сайта. Нужна ссылка вида https://t.me/yourchannel
input-quantity-not-number = Пожалуйста, отправьте количество целым числом от { $low } до { $high }.
input-quantity-range = Количество должно быть от { $low } до { $high }, а вы отправили { $value }.
input-answer-not-number = Пожалуйста, отправьте номер варианта ответа целым числом от { $low } до { $high }.
input-answer-range = Номер варианта ответа должен быть от { $low } до { $high }, а вы отправили { $value }.
input-runs-not-number = Пожалуйста, отправьте число запусков — целое число от { $low } до { $high }.
input-runs-range = Число запусков должно быть от { $low } до { $high }, а вы отправили { $value }.
input-runs-impossible = Для такого количества плавная подача невозможна: нажмите «Пропустить».
input-interval-not-number = Пожалуйста, отправьте интервал в минутах целым числом от { $low } до { $high }.
input-interval-range = Интервал в минутах должен быть от { $low } до { $high }, а вы отправили { $value }.
# $count: how many comments were sent.
input-comments-empty = Отправьте комментарии текстом, по одному на строку; строк — от { $low } до { $high }.
input-comment-too-long = Комментарий слишком длинный: { $limit ->
        [one] не больше { $limit } символа
        [few] не больше { $limit } символов
        [many] не больше { $limit } символов
       *[other] допустимо символов — не больше { $limit }
    }.
input-comments-controls = Комментарии не могут содержать управляющие символы и символы смены направления текста (U+202A–U+202E, U+2066–U+2069).
input-comments-count = Комментариев должно быть от { $low } до { $high }, по одному на строку, а вы отправили { $count }.
input-username = Отправьте имя пользователя автора комментария, например @username (латинские буквы, цифры, точки и подчёркивания).
btn-skip = ⏭ Пропустить
btn-confirm = ✅ Подтвердить
btn-edit = ✏️ Изменить
summary =
    🧾 <b>Проверьте заказ</b>

    Услуга: { $service }
    Ссылка: { $link }
    { $details }
    Итого: <b>{ $total }</b>
summary-quantity = Количество: { $quantity }{"\u000A"}
summary-dripfeed =
    { $runs ->
        [one] Плавная подача: { $runs } запуск по { $quantity }, интервал { $interval } мин
        [few] Плавная подача: { $runs } запуска по { $quantity }, интервал { $interval } мин
        [many] Плавная подача: { $runs } запусков по { $quantity }, интервал { $interval } мин
       *[other] Плавная подача: запусков — { $runs }, по { $quantity }, интервал { $interval } мин
    }{"\u000A"}
summary-comments =
    Комментарии ({ $count }):
    <blockquote>{ $comments }</blockquote>{"\u000A"}
summary-username = Автор комментария: @{ $username }{"\u000A"}
summary-answer = Вариант ответа: { $answer }{"\u000A"}
summary-package = Пакет: 1{"\u000A"}
price-changed = ℹ️ Цена изменилась, пока вы оформляли заказ. Пожалуйста, проверьте новую сумму.
placing = ⏳ Оформляем заказ…
placing-queued = ⏳ Поставщик сейчас загружен: ваш заказ в очереди и будет оформлен через несколько секунд…
placed =
    ✅ <b>Заказ оформлен!</b>

    { $card }
already-placed =
    Этот заказ уже оформлен.

    { $card }
order-unknown =
    ⏳ Ваш заказ #{ $order_id } проверяется: поставщик не успел его подтвердить.
    Сумма удержана, а не потеряна: вы получите сообщение, когда заказ подтвердится, или деньги вернутся на баланс.
draft-expired = Срок действия этой формы заказа истёк. Пожалуйста, начните заново.
state-submitting = Оформляется
state-pending = Ожидает
state-in-progress = Выполняется
state-processing = Обрабатывается
state-completed = Выполнен
state-partial = Выполнен частично
state-canceled = Отменён
state-unknown = Проверяется
state-failed = Не оформлен
order-card =
    📦 <b>Заказ #{ $id }</b>: { $icon } { $status }
    { $service }
    Ссылка: { $link }
    { $details }Оплачено: { $price }{ $refunded }
    { $progress }Создан: { $created }
    { $panel }
order-refunded = {" "}(возвращено { $amount })
order-progress = На старте: { $start } · Осталось: { $remains }{"\u000A"}
order-panel-id = Номер у поставщика: { $panel_id }{"\u000A"}
order-cancel-requested = Запрошена отмена{"\u000A"}
use-buttons-at-summary = Пожалуйста, воспользуйтесь кнопками под сводкой: «Подтвердить», «Изменить» или «Отмена».
btn-refresh = 🔄 Обновить
btn-refill = ♻️ Восстановить
btn-cancel-order = ✖️ Отменить заказ
btn-order-again = 🔁 Заказать снова
btn-orders = 📦 Мои заказы
sandbox-banner = 🧪 <b>ТЕСТОВЫЙ РЕЖИМ</b>: магазин тестовый, все операции ненастоящие.{"\u000A\u000A"}
btn-open-order = 📦 Открыть заказ #{ $id }
note-started =
    🔄 Заказ #{ $id } запущен.
    { $service }
    🔗 { $link }
    На старте: { $start }
note-completed =
    ✅ Заказ #{ $id } выполнен.
    { $service }
    🔗 { $link }
note-partial =
    🌓 Заказ #{ $id } выполнен частично: { $delivered } из { $quantity }.
    { $service }
    🔗 { $link }
    { $refund }
note-canceled =
    ❌ Заказ #{ $id } отменён.
    { $service }
    🔗 { $link }
    { $refund }
note-refunded = На ваш баланс возвращено <b>{ $refund }</b>. Баланс: { $balance }.
note-nothing-refunded = Возврата нет: невыполненная часть стоит меньше { $smallest }. Баланс: { $balance }.
note-refill = ♻️ Восстановление по заказу #{ $id }: <b>{ $status }</b>.
refill-state-pending = запрошено
refill-state-in-progress = выполняется
refill-state-completed = выполнено
refill-state-rejected = отклонено
refill-state-failed = не удалось
admin-unknown-status =
    ⚠️ Панель прислала неизвестный статус заказа <code>{ $status }</code> (заказ #{ $id }).
    Заказы с этим статусом по-прежнему отслеживаются как выполняющиеся. Сообщите разработчикам, если он должен что-то означать.
admin-odd-status-fields = ⚠️ Панель прислала для заказа #{ $id } заведомо неверное значение ({ $fields }); оно считается отсутствующим, а заказ продолжает отслеживаться. Проверьте его на панели (/order { $id }).
admin-partial-without-remains = ⚠️ По данным панели, заказ #{ $id } выполнен частично, но остаток не указан, поэтому сумму возврата рассчитать нельзя. Заказ продолжает отслеживаться; проверьте его на панели (/order { $id }).
admin-order-id-refused = ⚠️ Панель больше не знает заказ #{ $id }: <code>{ $error }</code>. Заказ продолжает отслеживаться; проверьте его на панели (/order { $id }).
my-orders = 📦 <b>Мои заказы</b>
my-orders-empty = У вас пока нет заказов.
order-not-found = Этот заказ не ваш или не существует.
refill-requested = ♻️ Восстановление запрошено (номер восстановления { $refill_id }). Когда оно будет выполнено, вы получите сообщение.
refill-not-applicable = Для этого заказа восстановление недоступно.
refill-already = Восстановление этого заказа уже выполняется.
refill-refused = Поставщик отказал в восстановлении: { $reason }
cancel-requested = ✖️ Отмена запрошена. Если поставщик отменит заказ, стоимость невыполненной части вернётся на ваш баланс.
cancel-not-applicable = Этот заказ нельзя отменить.
cancel-already = Отмена этого заказа уже запрошена.
cancel-refused = Поставщик отказал в отмене: { $reason }
# The reason in cancel-refused when the provider gave none: its answer left the order out.
cancel-reason-no-answer = ответа нет
# The reason in cancel-refused when the provider answered that it did not cancel.
cancel-reason-not-accepted = запрос не принят
panel-busy = Поставщик сейчас недоступен. Пожалуйста, попробуйте через несколько минут.
refreshed = Обновлено.
slow-down = ⏳ Слишком много действий сразу. Пожалуйста, подождите немного и попробуйте снова.
btn-add-funds = ➕ Пополнить
btn-history = 📜 История
btn-support = 💬 Написать в поддержку
btn-wallet = 💰 Кошелёк
btn-back-to-order = 🧾 Вернуться к заказу
history =
    📜 <b>История</b>, сначала новые

    { $lines }
history-empty =
    📜 <b>История</b>

    Операций пока нет.
history-line =
    { $when } · <b>{ $amount }</b>
    { $reason }
reason-topup-stars = Пополнение через Telegram Stars ({ $reference })
reason-topup-cryptobot = Пополнение через Crypto Bot (счёт { $reference })
reason-topup-manual = Пополнение переводом (чек #{ $reference })
reason-topup-plain = Пополнение
reason-stars-refund = Возврат платежа в Stars ({ $reference })
reason-stars-refund-given-back = Возврат Stars не удался, сумма возвращена ({ $reference })
reason-order = Заказ #{ $id }
reason-refund = Возврат по заказу #{ $id }
reason-admin-credit = Начисление от магазина
reason-admin-debit = Списание магазином
reason-note = : { $note }
method-stars = ⭐ Telegram Stars
method-cryptobot = 🪙 Crypto Bot
method-manual = 🏦 Перевод с чеком
topup-methods =
    ➕ <b>Пополнение</b>

    Ваш баланс: { $balance }
    Выберите способ оплаты:
topup-no-methods =
    ➕ <b>Пополнение</b>

    Оплата в боте пока не настроена. Чтобы пополнить баланс, напишите в поддержку.
topup-no-methods-no-support =
    ➕ <b>Пополнение</b>

    Оплата в боте пока не настроена. Чтобы пополнить баланс, свяжитесь с администратором магазина.
topup-amount =
    { $method }

    Выберите сумму или введите свою: от <b>{ $low }</b> до <b>{ $high }</b>.
topup-amount-stars = {"\u000A"}⭐ { $rate } { stars-word } за 1 { $currency }.
amount-not-a-number = ⚠️ Отправьте сумму числом, например 10 или 12.50.
amount-too-small = ⚠️ Минимальная сумма пополнения — { $low }.
amount-too-big = ⚠️ Максимальная сумма пополнения — { $high }.
amount-too-precise = ⚠️ { $decimals ->
        [one] Не больше { $decimals } знака после запятой.
        [few] Не больше { $decimals } знаков после запятой.
        [many] Не больше { $decimals } знаков после запятой.
       *[other] Знаков после запятой — не больше { $decimals }.
    }
amount-no-decimals = ⚠️ Отправьте целое число.
topup-expired = Срок действия этого пополнения истёк. Начните заново в разделе 💰 Кошелёк.
stars-invoice-title = Пополнение баланса
stars-invoice-description = Зачисление { $amount } на ваш баланс в магазине.
stars-invoice-sent = ⭐ Оплатите <b>{ $stars } { stars-word }</b> по счёту ниже, и на ваш баланс поступит <b>{ $amount }</b>.
stars-refused-unknown = Этот счёт недействителен. Откройте 💰 Кошелёк и начните заново.
stars-refused-used = Этот счёт уже оплачен.
stars-refused-expired = Срок действия этого счёта истёк. Начните заново в разделе 💰 Кошелёк.
stars-refused-closed = Магазин для вас закрыт.
stars-receipt =
    ✅ <b>Оплата получена</b>: { $stars } { stars-word }.
    На баланс зачислено <b>{ $amount }</b>. Баланс: { $balance }.
    Номер платежа: <code>{ $charge }</code>
stars-not-credited = ⚠️ Ваш платёж получен, но его не удалось сопоставить с пополнением. Администраторы магазина уже в курсе и всё уладят.
crypto-invoice =
    🪙 <b>Счёт Crypto Bot</b>

    Сумма: <b>{ $amount }</b>, оплатить можно в { $assets }.
    Нажмите «Оплатить», оплатите в Crypto Bot — и баланс пополнится через несколько секунд после оплаты. Счёт действителен { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } мин
    }.
btn-pay = 💳 Оплатить { $amount }
crypto-unavailable = ⚠️ Crypto Bot сейчас недоступен. Пожалуйста, попробуйте через несколько минут.
too-many-pending = ⚠️ { $count ->
        [one] У вас уже { $count } пополнение в ожидании. Пожалуйста, дождитесь его завершения.
        [few] У вас уже { $count } пополнения в ожидании. Пожалуйста, дождитесь их завершения.
        [many] У вас уже { $count } пополнений в ожидании. Пожалуйста, дождитесь их завершения.
       *[other] Пополнений в ожидании: { $count }. Пожалуйста, дождитесь их завершения.
    }
transfer-instructions =
    🏦 <b>Перевод { $amount }</b>

    { $instructions }

    Затем отправьте сюда чек: фото, документ или номер перевода текстом.
receipt-expected = Отправьте чек: фото, документ или номер перевода текстом.
receipt-too-long = ⚠️ Номер перевода слишком длинный: { $limit ->
        [one] не больше { $limit } символа
        [few] не больше { $limit } символов
        [many] не больше { $limit } символов
       *[other] допустимо символов — не больше { $limit }
    }.
receipt-sent = 📨 Чек #{ $id } на <b>{ $amount }</b> отправлен в магазин. Когда его проверят, вы получите сообщение.
topup-credited-notice = ✅ На ваш баланс зачислено <b>{ $amount }</b> ({ $method }). Баланс: { $balance }.
topup-rejected-notice = ❌ Ваш чек #{ $id } на { $amount } не принят.{ $reason }
topup-rejected-reason = {"\u000A"}Причина: { $reason }
crypto-expired-notice = ⌛ Срок действия вашего счёта Crypto Bot на { $amount } истёк, оплата не поступила. Ничего не списано; если всё ещё хотите оплатить, начните новое пополнение в разделе 💰 Кошелёк.
resume-gone = Срок действия формы заказа истёк. Пожалуйста, оформите заказ заново.
cancel-confirm =
    ✖️ <b>Отменить заказ #{ $id }?</b>
    { $service }
    🔗 { $link }

    Мы попросим поставщика остановить заказ. Стоимость невыполненной части вернётся на ваш баланс: до <b>{ $amount }</b> (вся сумма, если ещё ничего не выполнено).
    Деньги вернутся, когда поставщик подтвердит отмену, обычно в течение нескольких минут; тогда же придёт сообщение. Поставщик может и отказать.
btn-cancel-yes = ✖️ Да, отменить
btn-cancel-keep = ↩️ Нет, оставить
my-orders-line =
    { $icon } { $status } · <b>#{ $id }</b> { $service }
    {"    "}{ $quantity } · { $price } · { $date }
my-orders-tap = Нажмите на номер, чтобы открыть заказ.
my-orders-empty-offer = 📦 У вас пока нет заказов. Начните с кнопки 🛒 Новый заказ.
no-change-since = Без изменений с { $time }
banned-short = Магазин для вас закрыт.
kb-new-order = 🛒 Новый заказ
kb-my-orders = 📦 Мои заказы
kb-wallet = 💰 Кошелёк
kb-support = 💬 Поддержка
kb-admin = 🛠 Админка
kb-placeholder = Выберите ниже или введите запрос для поиска
keyboard-ready = Кнопки под полем ввода никуда не исчезают: нажимайте их на любом шаге.

## Admins

admin-help =
    🛠 <b>Команды администратора</b>
    /stats: клиенты, заказы, выручка, расходы на панель и маржа
    /panel: баланс панели, каталог, последняя синхронизация статусов
    /user &lt;id или @username&gt;: баланс, заказы и состояние клиента
    /credit &lt;user_id&gt; &lt;сумма&gt; [заметка]: начислить деньги на кошелёк
    /debit &lt;user_id&gt; &lt;сумма&gt; [заметка]: списать деньги (не ниже нуля)
    /ban &lt;user_id&gt;, /unban &lt;user_id&gt;: закрыть или снова открыть магазин для клиента
    /order &lt;id&gt;: всё о заказе
    /review: заказы с неизвестным результатом
    /placed &lt;order_id&gt; &lt;panel_order_id&gt;: заказ на проверке всё-таки размещён
    /markup [&lt;процент&gt; [category|service &lt;id&gt;]]: показать или задать наценки
    /markup reset [category|service &lt;id&gt;]: сбросить особую наценку
    /hide, /show service|category &lt;id&gt;: скрыть от клиентов или снова показать
    /sync: обновить каталог прямо сейчас
    /broadcast &lt;текст&gt; (или ответом на сообщение): написать всем клиентам
    /export [&lt;days&gt;]: CSV-файлы заказов и журнала операций (всё или за последние дни)
    /find &lt;текст&gt;: заказ, номер заказа у панели, ссылка, id или @username клиента
    /tickets: открытые обращения клиентов
    /promo [add … | off &lt;КОД&gt;]: промокоды
admin-problem =
    ❌ { $problem }

    { $usage }
admin-problem-missing-user = Не указан ID пользователя.
admin-problem-user-id = ID пользователя должен быть целым числом, а не <code>{ $value }</code>.
admin-problem-missing-amount = Не указана сумма.
admin-problem-amount-not-number = Сумма должна быть числом, например 10.50, а не <code>{ $value }</code>.
admin-problem-amount-not-positive = Сумма должна быть больше нуля.
admin-problem-amount-decimals = В сумме больше 5 знаков после запятой.
admin-problem-missing-id = Не указан ID.
admin-problem-too-many = Аргументов больше, чем принимает команда.
admin-problem-id = ID должен быть целым числом, а не <code>{ $value }</code>.
admin-btn-open-order = 📂 Открыть #{ $id }
admin-problem-user-ref = Укажите клиента по ID (цифрами) или по @username.
admin-problem-percent = Процент должен быть числом от 0 до 10000, не больше 2 знаков после запятой.
admin-problem-target = Укажите, к чему это относится: category &lt;id&gt; или service &lt;id&gt;.
admin-problem-panel-id-zero = Номер заказа на панели не может быть равен 0.
admin-no-arguments =
    ❌ Команда /{ $command } не принимает аргументов.

    Использование: /{ $command }. Список команд — /admin.
admin-never = никогда
admin-dash = —
admin-just-now = только что
admin-minutes-ago = { $n ->
        [one] { $n } минуту назад
        [few] { $n } минуты назад
        [many] { $n } минут назад
       *[other] { $n } мин назад
    }
admin-hours-ago = { $n ->
        [one] { $n } час назад
        [few] { $n } часа назад
        [many] { $n } часов назад
       *[other] { $n } ч назад
    }
admin-days-ago = { $n ->
        [one] { $n } день назад
        [few] { $n } дня назад
        [many] { $n } дней назад
       *[other] { $n } дн. назад
    }
admin-stats-window = { $total } ({ $parts })
admin-stats-part = { $state }: { $count }
# An order state inside a sentence of /stats ("completed 3"); the state names of customers'
# screens (state-*) begin with a capital.
admin-stats-state-submitting = оформляются
admin-stats-state-pending = ожидают
admin-stats-state-in-progress = выполняются
admin-stats-state-processing = обрабатываются
admin-stats-state-completed = выполнены
admin-stats-state-partial = выполнены частично
admin-stats-state-canceled = отменены
admin-stats-state-unknown = на проверке
admin-stats-state-failed = не оформлены
admin-panel =
    🏭 <b>Панель</b>
    Баланс: { $balance }
    Каталог: услуг — { $services }, категорий — { $categories }, обновлён { $refreshed }
    Последняя синхронизация статусов: { $sync }
admin-panel-balance = <b>{ $amount } { $currency }</b>
admin-panel-balance-low = {" "}⚠️ ниже { $threshold } { $currency }
admin-panel-unreachable = недоступна ({ $error })
admin-when-ago = { $when } ({ $ago })
admin-sync-result = { $when }: { $result }
admin-user-usage =
    Использование: /user &lt;user_id или @username&gt;
    Пример: /user 123456789
admin-user-not-found = Клиент { $query } в магазине не найден.
admin-user-card =
    👤 <b>{ $name }</b>{ $username }
    ID: <code>{ $id }</code>
    Баланс: <b>{ $balance }</b>
    Состояние: { $state }
    Регистрация: { $joined } · последняя активность: { $seen }
    Заказы: { $orders }
admin-user-state-active = ✅ активен
admin-user-state-banned = 🚫 заблокирован в магазине
admin-user-state-blocked = 📵 заблокировал бота
admin-user-last-orders =
    {"\u000A\u000A"}<b>Последние заказы</b>
    { $lines }
admin-user-order-line = #{ $id } { $icon } { $state } · { $service } · { $price } · { $when }
admin-user-last-moves =
    {"\u000A\u000A"}<b>Последние операции по кошельку</b>
    { $lines }
admin-ledger-line = { $when } · { $kind } { $amount }{ $order }{ $admin }{ $note }
admin-ledger-order = {" "}· заказ #{ $id }
admin-ledger-admin = {" "}· админ { $id }
admin-ledger-note = {" "}· { $note }
admin-ledger-kind-topup = пополнение
admin-ledger-kind-order = заказ
admin-ledger-kind-refund = возврат
admin-ledger-kind-admin-credit = начисление
admin-ledger-kind-admin-debit = списание
admin-btn-credit = ➕ Начислить
admin-btn-debit = ➖ Списать
admin-btn-ban = 🚫 Заблокировать
admin-btn-unban = ✅ Разблокировать
admin-ask-credit = ➕ Отправьте сумму для начисления пользователю <code>{ $user_id }</code>, при желании с заметкой (например, <code>10.50 оплата картой</code>), или /cancel.
admin-ask-debit = ➖ Отправьте сумму для списания у пользователя <code>{ $user_id }</code>, при желании с заметкой (например, <code>5 корректировка</code>), или /cancel.
admin-amount-usage = Отправьте сумму, например <code>10.50</code>, при желании с заметкой, или /cancel.
admin-credit-usage =
    Использование: /credit &lt;user_id&gt; &lt;сумма&gt; [заметка]
    Пример: /credit 123456789 10.50
admin-debit-usage =
    Использование: /debit &lt;user_id&gt; &lt;сумма&gt; [заметка]
    Пример: /debit 123456789 5
admin-credited = ✅ Пользователю <code>{ $user_id }</code> начислено { $amount }. Баланс теперь: { $balance }.
admin-debited = ✅ У пользователя <code>{ $user_id }</code> списано { $amount }. Баланс теперь: { $balance }.
admin-debit-refused = ❌ Не выполнено: баланс кошелька <code>{ $user_id }</code> ушёл бы ниже нуля.
admin-ban-usage =
    Использование: /ban &lt;user_id&gt;
    Пример: /ban 123456789
admin-unban-usage =
    Использование: /unban &lt;user_id&gt;
    Пример: /unban 123456789
admin-banned = 🚫 Пользователь <code>{ $user_id }</code> заблокирован: магазин для него закрыт. Его открытые заказы по-прежнему отслеживаются, возвраты по ним проходят.
admin-unbanned = ✅ Пользователь <code>{ $user_id }</code> разблокирован.
admin-ban-admin = ❌ Администраторов заблокировать нельзя.
admin-no-such-user = ❌ Пользователь <code>{ $user_id }</code> в магазине не найден.
admin-order-usage =
    Использование: /order &lt;order_id&gt;
    Пример: /order 42
admin-order-not-found = ❌ Заказа #{ $order_id } нет.
admin-order-card =
    📦 <b>Заказ #{ $id }</b>: { $icon } { $state }{ $status_raw }
    Клиент: <code>{ $user_id }</code>
    Услуга: { $service_id } · { $service } ({ $type })
    Ссылка: { $link }
    { $details }Оплачено: { $price }{ $refunded }
    Заказ на панели: { $panel_order_id }
    Списано панелью: { $charge }
    { $progress }{ $cancel }{ $error }Создан: { $created } · обновлён: { $updated }
admin-order-status-raw = {" "}(панель: { $status })
admin-order-refunded = {" "}· возвращено { $amount }
admin-order-progress = На старте: { $start } · осталось: { $remains }{"\u000A"}
admin-order-cancel-requested = Запрошена отмена{"\u000A"}
admin-order-error = Ошибка: <code>{ $error }</code>{"\u000A"}
admin-order-charge = { $amount } { $currency }
admin-order-refills =
    {"\u000A\u000A"}<b>Восстановления</b>
    { $lines }
admin-refill-line = #{ $id } · восстановление на панели { $panel_id } · { $state } · { $when }
admin-order-ledger =
    {"\u000A\u000A"}<b>Журнал операций</b>
    { $lines }
admin-order-review-hint = {"\u000A\u000A"}❔ Результат неизвестен. Если заказ есть на панели: /placed { $id } &lt;panel_order_id&gt;. Если нет — оформите возврат.
admin-review-empty = ✅ Заказов, ожидающих проверки, нет.
admin-review-header = ❔ <b>Заказы с неизвестным результатом</b> ({ $total }){"\u000A"}
admin-review-more = {"\u000A"}…и ещё { $more }: сначала разберитесь с этими.
admin-review-item =
    {"\u000A"}<b>#{ $id }</b> · { $when } · клиент <code>{ $user_id }</code>
    { $service_id } · { $service }
    Ссылка: { $link } · количество { $quantity } · оплачено { $price }
    <i>{ $reason }</i>{"\u000A"}
admin-review-footer = {"\u000A"}Проверьте каждый заказ на панели. Если он там есть: /placed &lt;order_id&gt; &lt;panel_order_id&gt;. Если нет — нажмите «Возврат».
admin-btn-refund = ↩️ Возврат #{ $id }
admin-btn-refund-sure = ↩️ Да, возврат за #{ $id }
admin-btn-back = ⬅️ Назад
admin-refund-confirm =
    ↩️ Оформить возврат по заказу #{ $id }? { $price } вернётся на кошелёк <code>{ $user_id }</code>, а заказ будет закрыт как не размещённый.

    Делайте это, только если такого заказа на панели нет.
admin-placed-usage =
    Использование: /placed &lt;order_id&gt; &lt;panel_order_id&gt;
    Пример: /placed 42 1234567
admin-resolved-placed = ✅ Заказ #{ $id } отмечен как размещённый на панели под номером { $panel_order_id }; теперь его отслеживает синхронизация статусов.
admin-resolved-refunded = ↩️ По заказу #{ $id } оформлен возврат: { $price } возвращено пользователю <code>{ $user_id }</code>.
admin-resolve-already = ℹ️ Заказ #{ $id } уже не на проверке (сейчас: { $state }); ничего не сделано.
admin-resolve-not-found = ❌ Заказа #{ $id } нет.
admin-resolve-panel-id-taken = ❌ Заказ на панели { $panel_order_id } уже привязан к заказу #{ $other }; ничего не сделано.
admin-customer-order-confirmed = ✅ Ваш заказ #{ $id } подтверждён и оформлен. Когда его статус изменится, вы получите сообщение.
admin-customer-order-refunded = ↩️ Ваш заказ #{ $id } не удалось оформить. { $amount } возвращено на ваш баланс.
admin-markup-usage =
    Использование:
    /markup: показать наценки
    /markup &lt;процент&gt;: общая наценка
    /markup &lt;процент&gt; category &lt;id&gt; или service &lt;id&gt;: особая наценка
    /markup reset [category|service &lt;id&gt;]: сбросить наценку
    Пример: /markup 30 category 5
admin-markup-show =
    💹 <b>Наценки</b> (наценка услуги важнее наценки категории, а та — общей)
    Общая: <b>{ $global_percent }%</b>{ $source }
admin-markup-source-setting = {" "}(PRICE_MARKUP_PERCENT)
admin-markup-source-override = {" "}(задана через /markup; PRICE_MARKUP_PERCENT = { $default }%)
admin-markup-categories =
    {"\u000A\u000A"}<b>Категории</b>
    { $lines }
admin-markup-services =
    {"\u000A\u000A"}<b>Услуги</b>
    { $lines }
admin-markup-line = { $id } · { $name }: { $percent }%
admin-markup-more = …и ещё { $more }
admin-markup-set-global = ✅ Общая наценка: { $percent }%.
admin-markup-reset-global = ✅ Общая наценка снова берётся из PRICE_MARKUP_PERCENT: { $percent }%.
admin-markup-set = ✅ Наценка установлена: { $scope } { $id } — { $percent }%.
admin-markup-reset = ✅ { $scope_title } { $id } больше не имеет собственной наценки: она наследуется.
admin-markup-not-found = ❌ Не найдено: { $scope } { $id }.
admin-scope-service = услуга
admin-scope-category = категория
# The same at the start of a sentence ({ $scope_title } in admin-markup-reset, admin-hidden, admin-shown).
admin-scope-title-service = Услуга
admin-scope-title-category = Категория
admin-hide-usage = Использование: /hide service &lt;id&gt; или /hide category &lt;id&gt;
admin-show-usage = Использование: /show service &lt;id&gt; или /show category &lt;id&gt;
admin-hidden = 🙈 { $scope_title } { $id } ({ $name }) скрыта от клиентов.
admin-shown = 👀 { $scope_title } { $id } ({ $name }) видна клиентам.
admin-hide-not-found = ❌ Не найдено: { $scope } { $id }.
admin-sync-running = ⏳ Обновляю каталог…
admin-sync-done =
    ✅ Каталог обновлён, услуг: { $total }.
    Добавлено: { $added } · изменено: { $changed } · удалено: { $removed }
admin-sync-failed =
    ❌ Обновить каталог не удалось; сохранённый каталог остался прежним.
    <code>{ $error }</code>
admin-broadcast-usage =
    Использование: /broadcast &lt;текст&gt; или /broadcast ответом на текстовое сообщение.
    Текст уходит как есть (с форматированием) всем клиентам, до которых можно достучаться.
admin-broadcast-too-long = ❌ Текст слишком длинный — { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] символов: { $length }
    }, а можно не больше { $limit } (по подсчёту Telegram: большинство эмодзи считаются за два).
admin-broadcast-rejected = ❌ Telegram не принял текст, поэтому ничего отправлено не будет: { $reason }
admin-broadcast-nobody = Отправлять некому: ни до одного клиента не достучаться.
admin-broadcast-preview =
    📣 Выше — рассылка #{ $id }. { $count ->
        [one] Отправить её <b>{ $count }</b> клиенту?
        [few] Отправить её <b>{ $count }</b> клиентам?
        [many] Отправить её <b>{ $count }</b> клиентам?
       *[other] Отправить её? Получателей: <b>{ $count }</b>.
    }
    (клиенты, которые заблокированы в магазине или заблокировали бота, не учитываются)
admin-btn-broadcast-send = 📣 Отправить
admin-btn-broadcast-cancel = ✖️ Отмена
admin-broadcast-cancelled = ✖️ Рассылка #{ $id } отменена: ничего не отправлено.
admin-broadcast-not-draft = Эта рассылка уже запущена или отменена.
admin-broadcast-starting = 📣 Рассылка #{ $id }: ставлю в очередь…
admin-broadcast-progress =
    📣 Рассылка #{ $id }: отправка…
    Доставлено: { $delivered } · заблокировали: { $blocked } · ошибки: { $failed } · в очереди: { $waiting } (из { $total })
admin-broadcast-done =
    📣 <b>Рассылка #{ $id } завершена</b>
    Доставлено: { $delivered }
    Заблокировали бота: { $blocked }
    Ошибки: { $failed }
    Всего: { $total }
admin-export-orders = 📄 { $count ->
        [one] Заказы: { $count } строка.
        [few] Заказы: { $count } строки.
        [many] Заказы: { $count } строк.
       *[other] Заказы, строк: { $count }.
    }
admin-export-ledger = 📄 { $count ->
        [one] Журнал операций: { $count } запись.
        [few] Журнал операций: { $count } записи.
        [many] Журнал операций: { $count } записей.
       *[other] Журнал операций, записей: { $count }.
    } Суммы точные, в { $currency }.
admin-export-usage = Использование: /export — всё, или <code>/export &lt;days&gt;</code> — только за последние дни (<code>/export 30</code>).
admin-problem-days = Число дней должно быть целым числом от 1 до 36500, а не <code>{ $value }</code>.
admin-export-too-big =
    📦 Файл «{ $what }» был бы больше { $megabytes } МБ — больше, чем бот может отправить.

    Выгрузите период: <code>/export &lt;days&gt;</code> или выберите ниже.
admin-export-kind-orders = заказы
admin-export-kind-ledger = журнал операций
admin-export-btn-days = { $days ->
        [one] Последний { $days } день
        [few] Последние { $days } дня
       *[other] Последние { $days } дней
    }
admin-export-period = 🗓 { $days ->
        [one] Последний { $days } день.
        [few] Последние { $days } дня.
       *[other] Последние { $days } дней.
    }
admin-alert-catalogue-failing =
    ⚠️ <b>Каталог не удаётся обновить</b> (с { $since }).
    Клиенты видят последнюю сохранённую копию.
    <code>{ $error }</code>
admin-alert-catalogue-recovered = ✅ Каталог снова обновляется.
admin-alert-panel-low-balance =
    ⚠️ <b>Баланс панели на исходе</b>: { $amount } { $currency }, ниже { $threshold } { $currency }.
    Пополните его, иначе заказы начнут отклоняться.
admin-alert-panel-balance-ok = ✅ Баланс панели снова выше { $threshold } { $currency }: { $amount } { $currency }.
admin-amount-expired = Запрос на начисление/списание устарел: ничего не изменено. Откройте пользователя заново через /user.
admin-backup-caption =
    🗄 Резервная копия базы данных, { $when }.
    Как восстановить: остановите бота, положите этот файл по пути DATABASE_PATH (удалив старые файлы -wal и -shm), запустите бота.
admin-backup-too-large = 🗄 База данных занимает { $size } МБ — больше лимита Telegram на загрузку в 50 МБ, поэтому копия не отправлена. Сделайте резервную копию на сервере (см. README).
admin-btn-approve = ✅ Принять
admin-btn-reject = ❌ Отклонить
admin-btn-reject-no-reason = ❌ Отклонить без причины
admin-btn-keep-pending = ↩️ Оставить в ожидании
admin-receipt-copy =
    🏦 <b>Чек #{ $id }</b>: перевод на <b>{ $amount }</b>
    Клиент: { $name } (<code>{ $user_id }</code>)
    Отправлен: { $when }{ $text }
admin-receipt-copy-text = {"\u000A"}Номер перевода: <blockquote>{ $text }</blockquote>
admin-receipt-approved-by = {"\u000A\u000A"}✅ Принят: { $name }, { $when }; зачислено { $amount }.
admin-receipt-rejected-by = {"\u000A\u000A"}❌ Отклонён: { $name }, { $when }.{ $reason }
admin-receipt-reason = {" "}Причина: { $reason }
admin-receipt-approved = ✅ Чек #{ $id } принят: { $amount } зачислено пользователю { $user_id }.
admin-receipt-rejected = ❌ Чек #{ $id } отклонён; клиенту сообщили.
admin-receipt-already = По чеку #{ $id } уже есть решение: { $state } ({ $name }).
admin-receipt-unknown = Чека #{ $id } нет.
admin-receipt-state-paid = принят
admin-receipt-state-rejected = отклонён
admin-receipt-ask-reason = ❌ Отклоняем чек #{ $id } ({ $amount }). Отправьте причину — её увидит клиент — или отклоните без причины.
admin-receipt-kept = Чек #{ $id } остаётся в ожидании.
admin-topups-pending =
    🏦 <b>Чеки, ожидающие решения</b>: { $count }

    { $lines }
admin-topups-line = #{ $id } · { $amount } · { $name } (<code>{ $user_id }</code>) · { $when }
admin-topups-none = 🏦 Чеков, ожидающих решения, нет.
admin-topups-button = #{ $id } · { $amount } · { $name }
admin-topups-more = {"\u000A"}… и ещё { $more }.
admin-refund-stars-usage = Использование: <code>/refund_stars &lt;telegram_payment_charge_id&gt;</code>
admin-refund-stars-done = ✅ Пользователю <code>{ $user_id }</code> возвращено { $stars } { stars-word }; с его кошелька списано { $amount }.
admin-refund-stars-done-uncredited = ✅ Пользователю <code>{ $user_id }</code> возвращено { $stars } { stars-word }. Этот платёж так и не был зачислен: с кошелька ничего не списано.
admin-refund-stars-unsure =
    ⚠️ <b>Результат неизвестен</b>: Telegram не ответил на возврат { $stars } { stars-word } пользователю <code>{ $user_id }</code> (<code>{ $error }</code>); возможно, возврат прошёл. { $taken }
    Отправьте /refund_stars { $charge } ещё раз, чтобы снова спросить Telegram: больше ничего списано не будет.
admin-refund-stars-unsure-taken = { $amount } по-прежнему списано с кошелька клиента.
admin-refund-stars-unsure-uncredited = Этот платёж так и не был зачислен: ничего не списано.
admin-refund-stars-unknown = Платежа в Stars с таким charge id нет.
admin-refund-stars-already = Этот платёж в Stars уже возвращён.
admin-refund-stars-no-funds = Не возвращено: баланса клиента ({ $balance }) уже не хватает, чтобы покрыть { $amount }, зачисленные этим платежом.
admin-refund-stars-failed = Не возвращено: Telegram ответил <code>{ $error }</code>. Ничего не списано.
admin-stars-mismatch-alert =
    ⚠️ <b>Платёж в Stars не зачислен</b>: { $problem }.
    Плательщик: <code>{ $user_id }</code>, { $stars } { stars-word }, charge <code>{ $charge }</code>.
    Если зачислять его не нужно, верните платёж через /refund_stars { $charge }, иначе начислите вручную.
admin-stars-problem-unknown = в данных платежа не указано пополнение
admin-stars-problem-user = в данных платежа указан другой клиент
admin-stars-problem-amount = сумма не совпадает со счётом
admin-stars-problem-settled = указанное в нём пополнение уже закрыто
admin-stats-topups =
    {"\u000A\u000A"}💳 <b>Пополнения по способам оплаты</b>
    { $lines }
admin-stats-topup-line = { $method }: { $count } · { $amount }
admin-method-stars = Telegram Stars
admin-method-cryptobot = Crypto Bot
admin-method-manual = Переводы
admin-crypto-amount-alert = ⚠️ Счёт Crypto Pay { $invoice_id } оплачен, но его сумма или валюта не совпадает с пополнением: не зачислено. Проверьте его в @CryptoBot и, если деньги причитаются клиенту, начислите вручную.

## Форма заказа подписки (Subscriptions): каждый новый пост аккаунта получает от $low до $high,
## на $posts постов, через $delay минут после поста, до $expiry.
ask-sub-account = 👤 Отправьте имя пользователя аккаунта (например, @username): услугу получит каждый его новый пост.
ask-sub-min =
    🔢 Минимум на один пост?
    💵 Цена: <b>{ $rate }</b> за 1000
    Отправьте число от <b>{ $low }</b> до <b>{ $high }</b> или нажмите кнопку ниже.
ask-sub-max =
    🔢 Максимум на один пост?
    Отправьте число от <b>{ $low }</b> до <b>{ $high }</b> или нажмите кнопку ниже. Оплачивается это количество на каждый пост; недоставленное вернётся.
ask-sub-posts = 📝 На сколько новых постов? Отправьте число от 1 до { $most }.
ask-sub-delay = ⏱ Через сколько минут после поста начинать? Выберите ниже.
ask-sub-expiry = 📅 До какой даты? Отправьте дату как день/месяц/год, например 31/12/2026, или нажмите «Пропустить», чтобы без срока.
field-account = Аккаунт
field-min = Минимум
field-max = Максимум
field-posts = Посты
field-delay = Задержка
field-expiry = Срок
input-sub-account = Отправьте имя пользователя аккаунта, например @username (латинские буквы, цифры, точки и подчёркивания).
input-min-not-number = Отправьте минимум целым числом от { $low } до { $high }.
input-min-range = Минимум должен быть от { $low } до { $high }; вы отправили { $value }.
input-max-not-number = Отправьте максимум целым числом от { $low } до { $high }.
input-max-range = Максимум должен быть от { $low } до { $high }; вы отправили { $value }.
input-posts-not-number = Отправьте число постов целым числом от { $low } до { $high }.
input-posts-range = Число постов должно быть от { $low } до { $high }; вы отправили { $value }.
input-delay-not-number = Выберите задержку кнопкой или отправьте 0, 5, 10, 15, 30, 60 или 90.
input-delay-range = Задержка может быть 0, 5, 10, 15, 30, 60 или 90 минут; вы отправили { $value }.
input-delay-choice = Задержка может быть 0, 5, 10, 15, 30, 60 или 90 минут.
input-expiry = Отправьте дату окончания как день/месяц/год, например 31/12/2026.
summary-sub-posts = На пост: от { $low } до { $high }, постов: { $posts }{"\u000A"}
summary-sub-delay = Задержка после поста: { $delay } мин{"\u000A"}
summary-sub-expiry = До: { $expiry }{"\u000A"}
summary-sub-most = Не больше: всего { $quantity }{"\u000A"}

## issue 22: transfer receipts (seen-before warnings, a confirmation before crediting, another receipt after a rejection)
admin-receipt-state-pending = ждёт решения
admin-receipt-seen = ⚠️ <b>Уже встречался</b>:{ $file }{ $text }
admin-receipt-seen-file = {"\u000A"}• тот же файл, что в чеке #{ $id } от { $name } (<code>{ $user_id }</code>), { $state }
admin-receipt-seen-text = {"\u000A"}• тот же номер перевода, что в чеке #{ $id } от { $name } (<code>{ $user_id }</code>), { $state }
admin-receipt-seen-both = {"\u000A"}• тот же файл и номер перевода, что в чеке #{ $id } от { $name } (<code>{ $user_id }</code>), { $state }
admin-receipt-copy-seen = { $seen }{"\u000A\u000A"}{ $copy }
admin-receipt-confirm =
    ✅ <b>Принять чек #{ $id }?</b>
    <b>{ $amount }</b> будет зачислено пользователю { $name } (<code>{ $user_id }</code>).{ $seen }
admin-receipt-confirm-seen = {"\u000A\u000A"}{ $seen }{"\u000A"}Перед подтверждением убедитесь, что это не тот же перевод.
admin-receipt-confirm-again =
    { $seen }

    ⚠️ <b>Всё равно принять чек #{ $id }?</b> <b>{ $amount }</b> будет зачислено пользователю { $name } (<code>{ $user_id }</code>), хотя похожий чек уже присылали.
admin-btn-approve-sure = ✅ Подтвердить: зачислить { $amount }
admin-btn-approve-anyway = ⚠️ Всё равно зачислить { $amount }
btn-receipt-again = 🧾 Отправить другой чек
receipt-again =
    🏦 <b>Другой чек на { $amount }</b>
    Чек #{ $id } не принят. Если перевод сделан так, как указано ниже, отправьте сюда другой чек: фото, документ или номер перевода текстом.

    { $instructions }
receipt-again-already = Вы уже отправили чек #{ $id } вместо того чека.

## issue 22: settings that would cost money (start checks)
admin-alert-panel-currency =
    ⚠️ <b>Панель ведёт счёт в { $panel }, а CURRENCY — { $currency }.</b>
    Каждая цена — это число панели, показанное как { $currency }: укажите CURRENCY={ $panel } и перезапустите бота или используйте аккаунт панели в { $currency }.

## issue 22: Stars invoices and reconciliation
amount-too-big-stars = ⚠️ В одном счёте Stars может быть не больше { $stars } { stars-word }: максимальная сумма пополнения через Stars — { $high }.
stars-invoice-above = ⭐ Оплатите <b>{ $stars } { stars-word }</b> по счёту выше, и на ваш баланс поступит <b>{ $amount }</b>.
stars-invoice-failed = ⚠️ Telegram не принял счёт, поэтому оплатить его нельзя. Попробуйте ещё раз через несколько минут или выберите другой способ оплаты.

## issue 22: Stars refunds
stars-refunded-notice =
    ↩️ <b>Ваш платёж в Telegram Stars возвращён</b>: вам возвращается { $stars } { stars-word }, а с вашего баланса списано <b>{ $amount }</b>.
    Номер платежа: <code>{ $charge }</code>
    Баланс: { $balance }.
stars-outside-refund-notice =
    ↩️ <b>Telegram вернул ваш платёж</b> в { $stars } { stars-word }, поэтому с вашего баланса снова списано <b>{ $taken }</b>.{ $owed }
    Номер платежа: <code>{ $charge }</code>
    Баланс: { $balance }.
stars-outside-refund-owed = {"\u000A"}Ещё { $owed } списать не удалось (на балансе не хватило средств): эта сумма записана как ваш долг магазину.
stars-outside-refund-uncredited = ↩️ <b>Telegram вернул ваш платёж</b> в { $stars } { stars-word } (номер платежа <code>{ $charge }</code>). Он не был зачислен на ваш баланс, поэтому баланс не изменился.
admin-stars-outside-refund-alert =
    ↩️ <b>Платёж в Stars возвращён в обход бота</b>: { $stars } { stars-word } от <code>{ $user_id }</code>, charge <code>{ $charge }</code>.
    Снова списано с его кошелька: { $taken }.{ $owed }
admin-stars-outside-refund-owed = {"\u000A"}⚠️ Баланса не хватило: <b>{ $owed }</b> записано как долг (/user { $user_id }).
admin-stars-outside-refund-uncredited = ↩️ <b>Платёж в Stars возвращён в обход бота</b>: { $stars } { stars-word } от <code>{ $user_id }</code>, charge <code>{ $charge }</code>. Он не был зачислен: ничего не списано.
admin-stars-outside-refund-unknown = ↩️ <b>Платёж в Stars возвращён в обход бота</b>: { $stars } { stars-word } от <code>{ $user_id }</code>, charge <code>{ $charge }</code>. У бота нет записи об этом платеже: ничего не списано.
admin-stars-refund-confirmed = ✅ Telegram подтверждает возврат { $stars } { stars-word } пользователю <code>{ $user_id }</code> (charge <code>{ $charge }</code>), результат которого был неизвестен. { $taken }
admin-stars-refund-refused-alert = ⚠️ Telegram отказал в возврате { $stars } { stars-word } пользователю <code>{ $user_id }</code> (charge <code>{ $charge }</code>, запросил <code>{ $admin_id }</code>): <code>{ $error }</code>. { $back }
admin-stars-refund-given-back = { $amount } возвращено на его кошелёк.
admin-refund-stars-in-progress = ⏳ Возврат этого платежа в Stars уже выполняется: больше ничего не списано. Дождитесь его ответа, затем проверьте командой /refund_stars { $charge }.
admin-user-owed = {"\u000A"}⚠️ Долг по платежам в Stars, возвращённым в обход бота: <b>{ $owed }</b>

## issue 27: flood control answers every dropped button press
flood-tap-again = ⏳ Слишком быстро — нажмите ещё раз через мгновение.

## issue 27: short of money (the summary's balance line, a button that tops up what is missing, Stars on the amount buttons)
summary-balance = {"\u000A"}Баланс: { $balance } → { $after }
summary-balance-short = {"\u000A"}Баланс: { $balance } · не хватает { $missing }
summary-top-up-most = {"\u000A"}ℹ️ Одно пополнение — не больше { $high }: после него пополните ещё раз на остаток.
btn-top-up-for = ➕ Пополнить на { $amount }
topup-for-methods =
    ➕ <b>Пополнение на { $amount }</b>

    Выберите способ оплаты.
topup-for-none =
    ➕ <b>Пополнение на { $amount }</b>

    Ни один способ оплаты не принимает эту сумму за один раз. Выберите другую сумму.
btn-other-amount = ✏️ Другая сумма
topup-preset-stars = { $amount } · { $stars } ⭐

## issue 27: links a customer would type
link-as-sent = 🔗 Ссылка: { $value }
input-link-not-link = Это не ссылка. Отправьте ссылку на страницу или публикацию, например https://instagram.com/yourpage
input-link-handle-unknown = Для этой услуги одного имени с @ недостаточно: отправьте полную ссылку на страницу или публикацию, начиная с https://
input-link-handle-bad = В этой сети не бывает такого имени аккаунта. Отправьте имя так, как оно написано в профиле (например, @yourname), или полную ссылку.

## issue 27: prices that read well
per-one = за 1 шт.
price-each-short = { $price } за шт.
btn-pick-total = { $quantity } · { $total }
order-again-head =
    🔁 <b>{ $service }</b>
    🔗 Ссылка: { $link }

## issue 27: a panel refusal keeps the form and says why
order-not-taken =
    ❌ Заказ не принят: { $reason }.
    Деньги полностью возвращены на ваш баланс. Форма заказа сохранена: можно изменить ссылку или попробовать ещё раз.
refusal-link = ссылка закрыта или указана неверно
refusal-active = по этой ссылке уже есть активный заказ, дождитесь его завершения
refusal-quantity = количество вне допустимых пределов
refusal-unavailable = эта услуга сейчас недоступна
refusal-other = поставщик не принял заказ
btn-edit-link = ✏️ Изменить ссылку
btn-try-again = 🔁 Попробовать снова

## issue 24: promo codes
command-promo = ввести промокод
btn-promo = 🎟 Промокод
promo-ask = 🎟 Отправьте ваш промокод.
promo-bad-code = Это не промокод: код состоит из 3–32 латинских букв, цифр, _ или -. Отправьте его ещё раз или вернитесь назад.
promo-unknown = ❌ Промокода { $code } нет. Проверьте написание.
promo-expired = ⌛ Срок действия промокода { $code } истёк.
promo-used-up = 🚫 Промокод { $code } уже исчерпан.
promo-already = ℹ️ Вы уже использовали промокод { $code }.
promo-not-yet-deposit = ⏳ Вас уже ждёт бонус к следующему пополнению ({ $waiting }). Сначала пополните баланс, затем отправьте { $code } ещё раз.
promo-not-yet-discount = ⏳ Вас уже ждёт скидка на следующий заказ ({ $waiting }). Сначала сделайте заказ, затем отправьте { $code } ещё раз.
promo-taken-bonus = ✅ Промокод { $code }: на баланс зачислено <b>{ $amount }</b>. Баланс: { $balance }.
promo-taken-waiting = ✅ Промокод { $code }: { $terms }. Он сохранён для вас в 💰 Кошельке.
promo-terms-bonus = бонус { $amount }
promo-terms-discount = −{ $percent }% на следующий заказ
promo-terms-deposit = +{ $percent }% бонуса к следующему пополнению
promo-terms-deposit-min = +{ $percent }% бонуса к следующему пополнению от { $min }
wallet-promo-waiting = 🎟 Ожидает: { $terms } ({ $code })
summary-discount = Скидка: −{ $percent }% по коду { $code } (вместо { $list }){"\u000A"}
promo-deposit-credited-notice = 🎁 Промокод { $code }: вместе с пополнением зачислен бонус <b>{ $amount }</b>.
reason-bonus = Бонус (промокод { $code })
admin-ledger-kind-bonus = бонус
admin-promo-usage =
    Использование:
    /promo: все коды с числом использований и состоянием
    /promo add &lt;КОД&gt; bonus &lt;сумма&gt; [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo add &lt;КОД&gt; deposit &lt;процент&gt;% [min &lt;сумма&gt;] [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo add &lt;КОД&gt; discount &lt;процент&gt;% [uses &lt;n&gt;] [days &lt;d&gt;]
    /promo off &lt;КОД&gt;: остановить код
    Код состоит из 3–32 латинских букв, цифр, _ или - (регистр не важен).
admin-promo-list =
    🎟 <b>Промокоды</b>
    { $lines }
admin-promo-list-empty = 🎟 Промокодов пока нет.
admin-promo-line = <code>{ $code }</code> · { $terms } · использован: { $uses } · { $state }
admin-promo-state-active = действует
admin-promo-state-until = действует до { $date }
admin-promo-state-stopped = остановлен
admin-promo-state-expired = истёк
admin-promo-state-used-up = исчерпан
admin-promo-added = ✅ Промокод <code>{ $code }</code> создан: { $terms }.{ $limits }
admin-promo-uses-limit = {"\u000A"}Использований: не более { $uses }.
admin-promo-until = {"\u000A"}Действует до { $date }.
admin-promo-exists = ❌ Промокод <code>{ $code }</code> уже существует; код не создаётся дважды. Выберите другое имя.
admin-promo-stopped = ⏹ Промокод <code>{ $code }</code> остановлен: больше никто не сможет его ввести. Уже полученные бонусы и скидки сохраняются.
admin-promo-not-active = ❌ Действующего промокода <code>{ $code }</code> нет.
admin-promo-problem-missing = Укажите код, его вид и сумму или процент.
admin-promo-problem-code = Код состоит из 3–32 латинских букв, цифр, _ или - (и это не «add» и не «off»), а не <code>{ $value }</code>.
admin-promo-problem-kind = Вид кода: bonus, deposit или discount, а не <code>{ $value }</code>.
admin-promo-problem-percent = Процент — целое число от 1 до { $high } со знаком %, например 15%, а не <code>{ $value }</code>.
admin-promo-problem-option = У кода этого вида нет параметра <code>{ $value }</code> (или у него нет значения, или он указан дважды).
admin-promo-problem-min = Минимальное пополнение — сумма вида 10.50, а не <code>{ $value }</code>.
admin-promo-problem-uses = Число использований — целое число от 1 до 1000000, а не <code>{ $value }</code>.
admin-promo-problem-days = Число дней — целое число от 1 до 3650, а не <code>{ $value }</code>.
admin-stats-promos = {"\u000A\u000A"}🎟 <b>Промокоды (за всё время)</b>{"\u000A"}{ $lines }
admin-stats-promo-bonus = { $code }: выдано бонусов: { $count } · { $amount }
admin-stats-promo-deposit = { $code }: бонусов к пополнениям: { $count } · { $amount }
admin-stats-promo-discount = { $code }: заказов со скидкой: { $count } · скидка { $amount }

## issue 25: the console with buttons
admin-menu-stats = 📊 Статистика
admin-menu-review = 🕵️ Проверка ({ $count })
admin-menu-topups = 🏦 Пополнения ждут ({ $count })
admin-menu-find = 🔎 Найти
admin-menu-broadcast = 📣 Рассылка
admin-menu-catalogue = 🗂 Каталог
admin-menu-panels = 🔌 Панели
admin-menu-backup = 💾 Резервная копия
admin-menu-tickets = 💬 Обращения ({ $count })
admin-menu-promo = 🎟 Промокоды
admin-menu-catalogue-hint =
    {"\u000A\u000A"}Каталог меняют команды /markup, /hide, /show и /sync.
admin-menu-backup-sent = 💾 Резервная копия отправлена выше.
admin-menu-gone = Этой кнопки больше нет в меню: откройте /admin заново.
admin-btn-menu = ⬅️ Меню админа
admin-btn-cancel = ✖️ Отмена
admin-btn-find-again = 🔎 Искать ещё
admin-find-ask = 🔎 Пришлите номер заказа (#12), номер заказа на панели, ссылку или её часть, id пользователя или @username.
admin-find-usage =
    Использование: /find &lt;номер заказа, номер на панели, ссылка, id пользователя или @username&gt;
admin-find-none = 🔎 По запросу <code>{ $query }</code> ничего не найдено.
admin-find-many = 🔎 Найдено по запросу <code>{ $query }</code>: { $count }
admin-find-order-button = 📦 #{ $id } { $icon } · { $price } · 👤 { $user_id }
admin-find-user-button = 👤 { $name } · { $id }
admin-card-orders =
    {"\u000A\u000A"}<b>Заказы</b> (страница { $page } из { $pages })
    { $lines }
admin-card-moves =
    {"\u000A\u000A"}<b>Движения по кошельку</b> (страница { $page } из { $pages })
    { $lines }
admin-btn-orders-prev = ⬅️ Заказы
admin-btn-orders-next = Заказы ➡️
admin-btn-moves-prev = ⬅️ Движения
admin-btn-moves-next = Движения ➡️
admin-btn-customer = 👤 Клиент { $id }
admin-btn-refund-all = ↩️ Вернуть всё ({ $amount })
admin-btn-refund-part = ✏️ Вернуть часть
admin-btn-refund-confirm = ✅ Подтвердить: вернуть { $amount }
admin-btn-back-to-order = ⬅️ Заказ #{ $id }
admin-order-refund-prompt = ✏️ Сколько вернуть клиенту за заказ #{ $id }? Не больше { $left }. Пришлите сумму (например, <code>0.50</code>).
admin-order-refund-bad-amount = ❌ Пришлите положительную сумму, не больше { $decimals } знаков после точки, например <code>0.50</code>.
admin-order-refund-confirm =
    ↩️ Вернуть <b>{ $amount }</b> за заказ #{ $id } клиенту <code>{ $user_id }</code>?
    Оплачено { $paid }, уже возвращено { $refunded }.
admin-order-refund-done = ✅ { $amount } за заказ #{ $id } возвращено клиенту <code>{ $user_id }</code>; осталось к возврату { $left }. Клиенту сообщено.
admin-order-refund-not-final = Заказ #{ $id }: { $state }. Здесь возвращают только завершённые заказы.
admin-order-refund-nothing-left = Заказ #{ $id } уже возвращён полностью.
admin-order-refund-too-much = ❌ { $amount } больше, чем осталось к возврату ({ $left }).
admin-order-refund-changed = За заказ #{ $id } тем временем уже сделан возврат: больше ничего не сделано. Осталось { $left }; откройте заказ, чтобы вернуть ещё.
admin-customer-order-refund = ↩️ { $amount } за ваш заказ #{ $id } возвращено на баланс.
admin-ledger-kind-order-refund = возврат за заказ
reason-order-refund = Возврат от магазина за заказ #{ $id }

## issue 25: conversations with the shop
command-support = Написать в магазин
btn-support-answer = ↩️ Ответить
btn-support-ask-order = ❓ Вопрос по этому заказу
btn-support-send-search = ✉️ Отправить это в поддержку
support-prompt =
    💬 <b>Поддержка</b>

    Напишите вопрос одним сообщением: текст, фото или документ. Магазин ответит здесь.
support-prompt-order =
    💬 <b>Поддержка</b> · заказ <b>#{ $id }</b>

    Напишите вопрос об этом заказе одним сообщением: текст, фото или документ. Магазин ответит здесь.
support-sent = ✅ Отправлено в магазин (обращение #{ $id }). Ответ придёт сюда.
support-wrong-kind = Отправьте текст, фото или документ, или нажмите «Отмена».
support-canceled = Ничего не отправлено.
admin-support-card =
    💬 <b>Обращение #{ $id }</b>
    От: { $name } · <code>{ $user_id }</code> · { $username }
    Баланс: { $balance }
admin-support-order = 📦 По заказу <b>#{ $id }</b>
admin-support-blocked = 🚫 Клиент заблокировал бота: ответы до него не доходят.
admin-support-answered = ↩️ Ответил(а) { $name }, { $when }
admin-support-closed = ✅ Закрыл(а) { $name }, { $when }
btn-support-reply = ↩️ Ответить
btn-support-close = ✅ Закрыть
btn-support-order = 📦 Заказ #{ $id }
admin-support-ask-reply = ↩️ Ваше следующее сообщение (текст, фото, документ — что угодно) уйдёт клиенту { $name } как ответ магазина в обращении #{ $id }.
admin-support-delivered = ✅ Ответ доставлен клиенту { $name } (обращение #{ $id }).
admin-support-not-delivered = ⚠️ Telegram не принял ответ в обращении #{ $id }. Отправьте его ещё раз или нажмите «Отмена».
admin-support-blocked-reply = 🚫 { $name } заблокировал(а) бота: ответ в обращении #{ $id } не доставлен.
admin-support-closed-already = Обращение #{ $id } закрыто.
admin-support-unknown = Обращения #{ $id } нет.
admin-support-closed-done = ✅ Обращение #{ $id } закрыто.
admin-support-reply-canceled = В обращение #{ $id } ничего не отправлено.
admin-tickets =
    💬 <b>Открытые обращения</b>: { $count }, сначала ждущие дольше всех

    { $lines }
admin-tickets-none = 💬 Открытых обращений нет.
admin-tickets-line = #{ $id } · { $name } (<code>{ $user_id }</code>) · с { $when }
admin-tickets-button = #{ $id } · { $name }
admin-tickets-more = … и ещё { $more }.

## issue 25: numbers over time (/stats of a period, the chart)
admin-stats-screen =
    📊 <b>Статистика: { $period }</b>
    { $since }

    👥 Клиенты: { $customers } · активны за 7 дней: { $active } · заблокировали бота: { $blocked }
    🆕 Новые клиенты: { $new }
    🧾 Заказы: { $orders }

    💵 Выручка (оплачено клиентами за вычетом возвратов): { $revenue }
    🏭 Расходы на панель: { $cost }
    📈 Маржа: { $margin }
    🤝 Выплачено комиссий: { $commissions }
    🎁 Выплачено бонусов: { $bonuses }

    🔄 Открытые заказы сейчас: { $open } · ❔ ждут проверки: { $review }
admin-stats-since = С { $when }
admin-stats-since-start = С открытия магазина
admin-stats-period-today = Сегодня
admin-stats-period-7d = 7 дней
admin-stats-period-30d = 30 дней
admin-stats-period-all = За всё время
admin-stats-btn-period = { $period }
admin-stats-btn-shown = • { $period } •
admin-stats-btn-chart = 📈 График за 30 дней
# Commissions or bonuses paid: how many entries, and their sum.
admin-stats-rewards = { $count } · { $amount }
admin-stats-topups-none-in-period = {"\u000A\u000A"}💳 Пополнений нет
admin-chart-drawing = Рисую график…
admin-chart-title = { $days ->
    [one] Последний { $days } день
    [few] Последние { $days } дня
   *[other] Последние { $days } дней
}
admin-chart-revenue = Выручка
admin-chart-cost = Расходы на панель
admin-chart-orders = Заказы
admin-chart-day = День (UTC)
admin-chart-caption = 📈 За { $days ->
    [one] последний { $days } день
    [few] последние { $days } дня
   *[other] последние { $days } дней
}: заказы { $orders } · выручка { $revenue } · расходы на панель { $cost } · маржа { $margin }

## issue 24: invite links and the channel to join first
note-commission = 👥 Приглашённый вами друг завершил заказ #{ $id }: ваша комиссия <b>{ $amount }</b> зачислена в кошелёк. Баланс: { $balance }.
reason-commission = Комиссия за заказ друга #{ $id }
admin-ledger-kind-commission = комиссия
btn-invite = 👥 Пригласить друзей
btn-share = 📤 Поделиться
invite =
    👥 <b>Пригласите друзей</b>

    Поделитесь своей ссылкой. Друг, который впервые откроет магазин по ней, закрепляется за вами, а вы получаете <b>{ $percent }%</b> от того, что он платит за заказы, — на свой кошелёк.

    🔗 { $link }
    Пришли по вашей ссылке: <b>{ $joined }</b>
    Заработано: <b>{ $earned }</b>
invite-off = 👥 Приглашение друзей в этом магазине сейчас не действует.
invite-share-text = Подписчики, лайки и просмотры для ваших страниц: попробуйте этот магазин
admin-user-invited-by = {"\u000A"}👥 Пригласил: { $who }
admin-user-invites = {"\u000A"}👥 Пригласил сам: { $joined } · заработал { $earned }
admin-stats-invites =
    {"\u000A\u000A"}👥 <b>Приглашения</b>: выплачено комиссий { $paid }
    { $lines }
admin-stats-inviter-line = { $who }: пришли { $joined } · { $earned }
admin-stats-inviters-none = пока никто никого не пригласил
gate =
    📢 <b>Сначала подпишитесь на наш канал</b>

    Магазин откроется, когда вы станете участником:
    { $channels }

    Подпишитесь и нажмите «✅ Я подписался».
gate-channel = • { $channel }
btn-gate-join = ➕ Подписаться на { $channel }
btn-gate-joined = ✅ Я подписался
gate-still-missing = Вы ещё не подписались на { $channels }. Подпишитесь и нажмите кнопку ещё раз.
admin-gate-unchecked =
    ⚠️ Бот не может проверить участников { $channel } ({ $error }), поэтому покупатели проходят без проверки.
    Сделайте бота администратором этого канала или исправьте REQUIRED_CHANNELS и перезапустите бота.

## issue 27: numbers and words each language's way (item 9)
# Stars в числе (слово Telegram: «звёзды»)
stars-word = { $stars ->
        [one] звезда
        [few] звезды
        [many] звёзд
       *[other] звезды
    }
ask-quantity-each =
    🔢 Сколько нужно?
    💵 Цена: <b>{ $rate }</b> за 1 шт.
    Отправьте число от <b>{ $low }</b> до <b>{ $high }</b> или выберите вариант ниже.
so-far-each = {"\u000A\u000A"}🧾 Предварительно: { $quantity } × { $rate } = <b>{ $total }</b>
summary-rate-each = Цена: { $rate } за 1 шт.{"\u000A"}

## issue 24: a top-up's reversal takes back its deposit bonus
stars-amount-with-bonus = { $amount } (включая бонус { $bonus } по промокоду { $code })
stars-refund-bonus-line = {"\u000A"}🎁 К списанию: { $amount } этого платежа и бонус { $bonus } по промокоду { $code }, пришедший вместе с ним.{ $owed }
reason-bonus-taken-back = Бонус списан (промокод { $code }): пополнение, с которым он пришёл, возвращено

## issue 24: an admin's refund takes back the inviter's commission (review)
note-commission-taken-back = ↩️ Магазин вернул деньги за заказ #{ $id } приглашённого вами друга: { $amount } вашей комиссии за него списано обратно. Баланс: { $balance }.
reason-commission-taken-back = Комиссия списана: заказ друга #{ $id } возвращён
admin-order-refund-commission-taken = 👥 { $taken } комиссии, выплаченной за этот заказ, списано у пригласившего <code>{ $user_id }</code>; ему сообщено.
admin-order-refund-commission-short = 👥 У пригласившего <code>{ $user_id }</code> следовало списать { $due } комиссии за этот заказ, но его баланс покрыл только { $taken }: списано столько, остальное осталось у него.

## issue 23: the shop's own catalogue (names, descriptions, the catalogue CSV)
admin-problem-service = Укажите услугу как service &lt;n&gt; (номер магазина).
admin-problem-lang = Язык должен быть одним из: { $langs }.
admin-problem-text-empty = Нет текста.
admin-problem-text-too-long = Текст длиннее { $limit } символов.
admin-rename-usage =
    Использование:
    /rename service &lt;n&gt; &lt;lang&gt; &lt;название&gt;
    /rename category &lt;n&gt; &lt;lang&gt; &lt;название&gt;
    Название не длиннее 100 символов; <code>-</code> удаляет название магазина, и снова показывается название панели.
    Пример: /rename service 12 ru Подписчики Instagram
admin-describe-usage =
    Использование: /describe service &lt;n&gt; &lt;lang&gt; &lt;описание&gt;
    Не длиннее 1000 символов, можно в несколько строк; <code>-</code> удаляет описание магазина.
admin-service-usage = Использование: /service &lt;n&gt; (номер услуги в магазине)
admin-text-set-name = ✅ { $scope_title } { $id } теперь называется «{ $text }» на языке { $lang }.
admin-text-removed-name = ✅ У объекта «{ $scope_title } { $id }» больше нет названия магазина на языке { $lang }: клиенты видят английское, а если его нет — название панели.
admin-text-set-description = ✅ Описание (объект: { $scope_title } { $id }) на языке { $lang } сохранено.
admin-text-removed-description = ✅ У объекта «{ $scope_title } { $id }» больше нет описания магазина на языке { $lang }: клиенты видят английское, а если его нет — описание панели.
admin-service-card =
    🧾 <b>Услуга { $id }</b>
    Панель: { $panel } · её id { $panel_id }
    Название на панели: { $panel_name }
    Категория: { $category }
    Названия магазина:
    { $names }
    Описания магазина:
    { $descriptions }
    Тип: { $type }
    Цена панели: { $rate } · клиенты платят { $price } за 1000
    Мин.–макс.: { $low }–{ $high }
    Наценка: { $markup }% ({ $markup_from })
    Скрыта: { $hidden }
admin-service-text-line = · { $lang }: { $text }
admin-service-texts-none = · нет: показывается текст панели
admin-service-markup-own = своя
admin-service-markup-inherited = от категории или общая
admin-service-btn-rename = ✏️ Переименовать
admin-service-btn-describe = 📝 Описание
admin-service-choose-lang-name = ✏️ Услуга { $id }: на каком языке задать название?
admin-service-choose-lang-desc = 📝 Услуга { $id }: на каком языке написать описание?
admin-service-ask-name = ✏️ Пришлите название услуги { $id } на языке { $lang } (не длиннее { $limit } символов) или <code>-</code>, чтобы удалить название магазина.
admin-service-ask-description = 📝 Пришлите описание услуги { $id } на языке { $lang } (не длиннее { $limit } символов) или <code>-</code>, чтобы удалить описание магазина.
admin-service-gone = Этой услуги больше нет в каталоге.
admin-export-catalogue = 📄 Каталог: услуг — { $count }. Измените столбцы названий, описаний, наценки и hidden и пришлите файл обратно с подписью /import catalogue.
admin-import-usage = Использование: пришлите файл из /export catalogue с подписью <code>/import catalogue</code> или ответьте на сообщение с файлом командой <code>/import catalogue</code>.
admin-import-unreadable = ❌ Файл не читается как CSV в UTF-8.
admin-import-too-big = ❌ Файл больше { $megabytes } МБ.
admin-import-problems =
    ❌ Ничего не изменено: ошибок в файле — { $count }.
    { $lines }
admin-import-problems-more = … и ещё { $count }.
admin-import-problem-column = Неизвестный столбец <code>{ $value }</code>.
admin-import-problem-no-id = Нет столбца <code>id</code>.
admin-import-problem-id = Строка { $row }: <code>{ $value }</code> — не номер услуги магазина.
admin-import-problem-duplicate = Строка { $row }: услуга { $value } встречается в файле дважды.
admin-import-problem-too-long = Строка { $row }: { $value } длиннее { $limit } символов.
admin-import-problem-markup = Строка { $row }: наценка должна быть пустой или процентом от 0 до 10000, а не <code>{ $value }</code>.
admin-import-problem-hidden = Строка { $row }: hidden должно быть 0 или 1, а не <code>{ $value }</code>.
admin-import-preview =
    🔎 Файл меняет услуг: { $services } (изменений: { $changes }). Первые из них:
    { $lines }

    Применить?
admin-import-change = #{ $id } { $column }: «{ $old }» → «{ $new }»
admin-import-blank = (пусто)
admin-import-nothing = ✅ Файл ничего не меняет: каталог уже такой.
admin-import-applied = ✅ Применено: изменений — { $changes }, услуг — { $services }.
admin-import-canceled = ✖️ Импорт отменён: ничего не изменено.
admin-import-stale = Этот импорт уже применён или отменён.
admin-import-btn-apply = ✅ Применить
admin-import-btn-cancel = ✖️ Отмена
admin-help-catalogue =
    /service &lt;n&gt;: карточка услуги (панель, названия, описания, цена) с кнопками «Переименовать» и «Описание»
    /rename service|category &lt;n&gt; &lt;lang&gt; &lt;название&gt;: название магазина на языке
    /describe service &lt;n&gt; &lt;lang&gt; &lt;текст&gt;: описание магазина на языке
    /export catalogue, /import catalogue: каталог в CSV — отредактировать и прислать обратно
    /alt &lt;n&gt; [&lt;m&gt;]: запасные услуги на других панелях — пробуются, когда панель отказывает в заказе

## issue 23: alternatives when a panel says no
admin-alt-usage =
    Использование:
    /alt &lt;услуга&gt;: её замены на других панелях
    /alt &lt;услуга&gt; &lt;услуга&gt;: вторая становится следующей заменой первой
    /alt &lt;услуга&gt; off &lt;услуга&gt;: убрать одну
    /alt &lt;услуга&gt; clear: убрать все
    Когда панель услуги прямо отказывает в заказе (или до неё не достучаться), замены пробуются по очереди, по цене, названной клиенту. После тайм-аута или непонятного ответа — никогда: заказ мог создаться, он ждёт /review.
admin-alt-title = 🔀 <b>Замены услуги #{ $id }</b> · { $name } ({ $panel })
admin-alt-none = Нет: заказ, от которого откажется её панель, возвращается.
admin-alt-line = { $position }. #{ $id } · { $name } · { $panel } · { $low }–{ $high }
admin-alt-unusable = {" "}· ⚠️ сейчас не используется (скрыта, пропала или её панель не настроена)
admin-alt-hint = Добавить: /alt { $id } &lt;услуга&gt; · убрать: /alt { $id } off &lt;услуга&gt; · все: /alt { $id } clear
admin-alt-no-service = Услуги #{ $id } нет.
admin-alt-no-alternative = Услуги #{ $alternative } нет.
admin-alt-same = Услуга не может быть заменой самой себе.
admin-alt-same-panel = #{ $alternative } на той же панели, что и #{ $id }: замена должна быть на другой панели.
admin-alt-other-type = #{ $alternative } другого типа, чем #{ $id }: заказ одной нельзя отправить в другую.
admin-alt-listed = #{ $alternative } уже замена для #{ $id }.
admin-alt-not-listed = #{ $alternative } не замена для #{ $id }.
admin-alt-too-many = У #{ $id } уже { $max } замен: сначала уберите одну.
admin-order-panel-ref = { $panel_order_id } на { $panel }
admin-order-panel-ref-via = { $panel_order_id } на { $panel }, через услугу #{ $service_id }
admin-panel-n-refuses =
    ⚠️ <b>{ $panel } не принимает заказы</b> (средства или API-ключ):
    <code>{ $error }</code>
    Заказ услуги, у которой есть замена на другой панели, уходит туда; остальные возвращаются, и клиенты видят «временно недоступно».
admin-service-alternatives = 🔀 Запасные услуги на других панелях:

## issue 23: search in the customer's words
search-results-cut =
    🔎 Результаты по запросу <b>{ $query }</b>: показано { $shown } из { $total }. Добавьте слово, чтобы сузить поиск.

    💵 Цены за 1000 (📦 — за пакет). Нажмите на услугу, чтобы увидеть подробности.
# Слова, которыми покупатель может назвать вид услуги или соцсеть, через запятую. Слова всех
# языков работают для всех покупателей, поэтому здесь перечисляются русские (во всех формах,
# в которых их пишут: лайки, лайков). Слово из четырёх букв и длиннее понимается и с окончанием
# («лайк» в «лайкам»). Слово в скобках понимается, когда его пишут, но не ищется в названиях
# услуг (сокращение, которое бывает частью других слов). Слова короче трёх букв — всегда такие.
search-words-followers = подписчик, подписчики, подписчиков, подписчика, фолловер, фолловеры, фолловеров, фоловер, фоловеры
search-words-subscribers = подписчик, подписчики, подписчиков, сабы, сабскрайберы
search-words-likes = лайк, лайки, лайков, лайка, лайкос, сердечки, сердечек
search-words-views = просмотр, просмотры, просмотров, просмотра, показы, показов, (вью)
search-words-comments = комментарий, комментарии, комментариев, коммент, комменты, комментов
search-words-members = участник, участники, участников, мембер, мемберы, подписчик, подписчики, подписчиков
search-words-shares = репост, репосты, репостов, ретвит, ретвиты, поделиться
search-words-saves = сохранение, сохранения, сохранений, сохранёнки, сохраненки
search-words-reactions = реакция, реакции, реакций, эмодзи
search-words-votes = голос, голоса, голосов, голосование, опрос, опросы
search-words-story = сторис, сториз, история, истории, историй
search-words-reels = рилс, рилсы, рилз
search-words-live = эфир, прямой эфир, трансляция, трансляции, трансляций, стрим, (лайв)
search-words-instagram = инстаграм, инстаграмм, инстаграме, (инста), (инст), (инсту)
search-words-tiktok = тикток, тик ток, тиктоке, (тт)
search-words-youtube = ютуб, ютубе, ютюб, ютьюб
search-words-telegram = телеграм, телеграмм, телеграме, телега, телеге, (тг)
search-words-facebook = фейсбук, фэйсбук, фейсбуке, (фб)
search-words-twitter = твиттер, твитер, твиттере, твит, твиты
search-words-spotify = спотифай, спотифае, спотифи
search-words-twitch = твич, твитч, твиче
search-words-discord = дискорд, дискорде
search-words-threads = тредс, тредз, тредсе
search-words-linkedin = линкедин, линкдин, линкедине

## issue 23: several panels (status sync, alerts, /panel, /sync, the order card)
admin-panels =
    🏭 <b>Панели</b>
    Каталог: услуг — { $services }, категорий — { $categories }, обновлён { $refreshed }
    Последняя синхронизация статусов: { $sync }
admin-panels-entry =
    <b>{ $name }</b> (панель { $number })
    Баланс: { $balance }
    Услуг: { $services }, обновлены { $refreshed }
    Заказы синхронизированы: { $synced }
admin-sync-panel-done = • { $name }: услуг — { $total } · добавлено { $added } · изменено { $changed } · удалено { $removed }
admin-sync-panel-failed = • { $name }: ❌ не обновлена, её сохранённые услуги остаются (<code>{ $error }</code>)
admin-review-on-panel = { $service } · панель { $name }
admin-alert-panel-low =
    ⚠️ <b>Баланс панели { $name } на исходе</b>: { $amount } { $currency }, ниже { $threshold } { $currency }.
    Пополните его, иначе её заказы начнут отклоняться.
admin-alert-panel-ok = ✅ Баланс панели { $name } снова выше { $threshold } { $currency }: { $amount } { $currency }.
admin-alert-panel-currency-differs =
    ⚠️ <b>Панель { $name } ведёт счёт в { $panel }, а CURRENCY — { $currency }.</b>
    Её цены — это числа панели, показанные как { $currency }: используйте на этой панели аккаунт в { $currency } или укажите CURRENCY={ $panel } и перезапустите бота.
admin-alert-panel-catalogue-failing =
    ⚠️ <b>Каталог панели { $name } не удаётся обновить</b> (с { $since }).
    Клиенты видят её последние сохранённые услуги; остальные панели обновляются.
    <code>{ $error }</code>
admin-alert-panel-catalogue-recovered = ✅ Каталог панели { $name } снова обновляется.
admin-alert-panel-renamed =
    ✏️ <b>Панель { $name } переименовала услуги: { $count }</b> (собственные названия магазина не меняются):
    { $lines }{ $more }
admin-alert-panel-renamed-more = {"\u000A"}… и ещё { $count }

## issue 23: browsing a big catalogue
platforms = 🛒 <b>Выберите платформу</b>
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
   *[other] Другое
}
platform-button = { $icon } { $platform } ({ $count })
platform-categories = { $icon } <b>{ $platform }</b>: выберите категорию
btn-popular = 🔥 Популярное
popular-header = 🔥 <b>Популярное</b>: чаще всего заказывали за последние { $days } дн.
popular-none = 🔥 В последнее время ничего не заказывали: выберите платформу.
admin-platform-usage =
    Использование: /platform &lt;номер категории&gt; &lt;платформа&gt;
    Платформы: { $keys }
    Пример: /platform 12 tiktok
admin-platform-set = 📂 Категория { $id } ({ $name }) теперь в разделе { $platform }; обновления каталога её не перенесут.
admin-platform-not-found = Категории { $id } нет.
admin-rank-usage =
    Использование: /rank &lt;номер услуги&gt; &lt;место&gt;
    Место 1 ставит услугу первой в её категории, перед услугами по цене (сначала дешёвые); 0 возвращает её к порядку по цене. Места — до { $max }.
    Пример: /rank 305 1
admin-rank-set = ↕️ Услуга { $id } ({ $name }) теперь на месте { $place } в своей категории.
admin-rank-reset = ↕️ Услуга { $id } ({ $name }) снова стоит в порядке цены.
admin-rank-not-found = Услуги { $id } нет.

## issue 26: the shop's API v2 for resellers
btn-api = 🔑 API для реселлеров
api-screen-unavailable =
    🔑 <b>API</b>

    Этот магазин не предоставляет доступ по API.
api-screen-off =
    🔑 <b>API для реселлеров</b>

    Ваш собственный бот или сайт может заказывать в этом магазине через стандартный API v2 SMM-панелей, оплачивая из этого кошелька по ценам, которые вы видите здесь. Возвраты за заказы со статусами Partial и Canceled приходят в этот кошелёк.

    Включите, чтобы получить ключ.
api-screen-on =
    🔑 <b>API для реселлеров</b>: включён

    Адрес: <code>{ $url }</code>
    Сообщения о статусах API-заказов здесь: { $notices }

    Ключ был показан один раз, при создании. Потеряли? Нажмите «Новый ключ»: старый перестанет работать.
api-screen-key =
    🔑 <b>Ваш ключ API</b> показан только сейчас: скопируйте его и никому не передавайте.

    <code>{ $key }</code>

    Адрес: <code>{ $url }</code>
    Проверьте:
    <code>{ $curl }</code>
api-screen-blocked =
    🔑 <b>API</b>

    Магазин отключил вам доступ по API. Если это ошибка, напишите в поддержку.
api-notices-on = включены
api-notices-off = выключены
btn-api-turn-on = ✅ Включить и получить ключ
btn-api-new-key = 🔄 Новый ключ
btn-api-turn-off = ⛔ Выключить
btn-api-notices-on = 🔔 Сообщения о статусах: вкл.
btn-api-notices-off = 🔕 Сообщения о статусах: выкл.
order-api-mark = [API]
admin-user-api-on = {"\u000A"}🔑 API: включён, ключ с { $since }
admin-user-api-off = {"\u000A"}🔑 API: выключен
admin-user-api-blocked = {"\u000A"}🔑 API: отключён администратором
admin-btn-api-block = ⛔ Отключить API
admin-btn-api-allow = ✅ Снова разрешить API
admin-api-blocked = API пользователя { $user_id } отключён: ключ больше не работает.
admin-api-allowed = { $user_id } снова может включить API.
admin-stats-api = {"\u000A\u000A"}🔑 Через API: заказов { $count } · { $revenue }
admin-api-no-user = Пользователь { $user_id } магазину неизвестен.
