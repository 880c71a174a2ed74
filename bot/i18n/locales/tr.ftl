# Turkish (tr). Same messages and variables as en.ftl (the source).
# Values are HTML (Telegram's parse mode); variables arrive escaped.

## Customers

btn-new-order = 🛒 Yeni sipariş
btn-search = 🔎 Ara
btn-my-orders = 📦 Siparişlerim
btn-balance = 💰 Cüzdan
btn-help = ❓ Yardım
btn-home = 🏠 Ana menü
btn-back = ⬅️ Geri
btn-prev = ◀️
btn-next = ▶️
btn-cancel = ✖️ İptal
btn-language = 🌐 Dil
greeting =
    👋 Merhaba, <b>{ $name }</b>!

    Burada sosyal medya hesaplarınız için takipçi, beğeni, izlenme ve daha fazlasını sipariş edebilirsiniz.
    Aşağıdan ihtiyacınız olanı seçin.
main-menu =
    🏠 <b>Ana menü</b>
    Ne yapmak istersiniz?
help =
    <b>Nasıl çalışır?</b>
    1. Bakiyenizi yükleyin: 💰 Cüzdan → Bakiye yükle.
    2. 🛒 Yeni sipariş: bir kategori ve hizmet seçin, bağlantıyı, ardından miktarı gönderin.
    3. Fiyatı kontrol edip onaylayın. Tutar bakiyenizden düşülür.
    4. Siparişlerinizi 📦 Siparişlerim bölümünden takip edin; durumları değiştiğinde size mesaj gelir.

    <b>Komutlar</b>
    /start: ana menü
    /orders: siparişleriniz
    /balance veya /wallet: bakiyeniz, yüklemeler ve geçmiş
    /language: dili değiştirin
    /cancel: yaptığınız işlemden çıkın
    /help: bu mesaj
cancelled = İptal edildi. Sipariş verilmedi.
nothing-to-cancel = İptal edilecek bir işlem yok.
banned = Bu mağaza size kapalı.
unknown-input = Bunu anlayamadım. Butonları kullanın veya ana menü için /start yazın.
button-expired = Bu buton artık geçerli değil.
unknown-command =
    🏠 <b>Ana menü</b>
    Bu komutu tanımıyorum. Ne yapmak istersiniz?
command-start = Ana menü
command-orders = Siparişlerim
command-balance = Bakiyem
command-language = Dili değiştir
command-cancel = Mevcut adımdan çık
command-help = Nasıl çalışır?
# The language picker; the languages are listed under it by their own names.
language-pick = 🌐 <b>Dilinizi seçin</b>
# Said in the language just chosen; $language is its own name (English, العربية, Русский…).
language-set = ✅ Dil: { $language }
balance =
    💰 <b>Cüzdan</b>

    Bakiyeniz: <b>{ $amount }</b>
wallet-credited-notice = 💰 Bakiyenize <b>{ $amount }</b> yüklendi. Bakiye: { $balance }.
admin-panel-refuses =
    ⚠️ <b>Panel siparişleri reddediyor</b> (bakiye veya API anahtarı):
    <code>{ $error }</code>
    Müşteriler 'geçici olarak kullanılamıyor' mesajını görür ve ödedikleri iade edilir.
admin-placed-after-resolution = ⚠️ #{ $order_id } numaralı sipariş, sonuçlandırıldıktan sonra panelde <code>{ $panel_id }</code> numaralı sipariş olarak verildi. Panelden kontrol edin (/order { $order_id }).
admin-order-unknown =
    ⚠️ <b>Sipariş #{ $order_id }: sonuç belirsiz</b>
    Panel net bir yanıt vermedi; müşterinin ödediği tutar bekletiliyor.
    Müşteri: <code>{ $user_id }</code>
    Hizmet: { $service_id } { $service }
    Bağlantı: { $link }
    Miktar: { $quantity }
    Ödenen: { $price }
    Neden: { $reason }
    Paneli kontrol edin, ardından /review ile sonuçlandırın.
categories = 🛒 <b>Bir kategori seçin</b>
categories-empty = Katalog şu anda boş. Lütfen birkaç dakika sonra tekrar deneyin.
category-gone = Bu kategori artık mevcut değil.
service-gone = Bu hizmet artık mevcut değil. Lütfen başka bir hizmet seçin.
services-header = 📂 <b>{ $category }</b>
page = Sayfa { $page }/{ $pages }
services-hint = 💵 Fiyatlar 1000 adet içindir (📦 paket başına). Ayrıntılar için bir hizmete dokunun.
category-button = { $name } ({ $count })
service-button = { $name } · { $price }
price-package-short = 📦 { $price }
btn-first-page = ⏮ 1
service-card =
    <b>{ $name }</b>
    📂 { $category }

    { $description }💵 Fiyat: <b>{ $price }</b> { $unit }
    📏 Sipariş: en az { $low }, en fazla { $high }
    ♻️ Telafi: { $refill }
    ✖️ İptal: { $cancel }
service-card-dripfeed = {"\u000A"}💧 Kademeli gönderim: mevcut
yes = var
no = yok
per-1000 = / 1000 adet
per-package = / paket
btn-order = 🛒 Sipariş ver
search-prompt = 🔎 Aramak için birkaç kelime yazın (örneğin: <i>instagram beğeni</i>).
search-results =
    🔎 <b>{ $query }</b> için { $count } sonuç bulundu.

    💵 Fiyatlar 1000 adet içindir (📦 paket başına). Ayrıntılar için bir hizmete dokunun.
search-nothing = 🔎 <b>{ $query }</b> için sonuç bulunamadı. Başka kelimeler deneyin veya kategorilere göz atın.
search-too-short = Arama için en az iki harf yazın.
ask-link =
    🔗 <b>{ $service }</b>

    Bağlantıyı gönderin (örneğin https://instagram.com/sayfaniz).
ask-quantity =
    🔢 Kaç adet?
    💵 Fiyat: 1000 adet için <b>{ $rate }</b>
    <b>{ $low }</b> ile <b>{ $high }</b> arasında bir sayı gönderin veya aşağıdan birine dokunun.
ask-quantity-per-run = {"\u000A"}💧 Kademeli gönderimde (sonraki adım) bu miktar <b>her tur için</b> geçerlidir.
so-far = {"\u000A\u000A"}🧾 Şu ana kadar: { $quantity } × { $rate } (1000 adet başına) = <b>{ $total }</b>
so-far-package = {"\u000A\u000A"}🧾 Şu ana kadar: 1 paket = <b>{ $total }</b>
summary-rate = Fiyat: 1000 adet başına { $rate }{"\u000A"}
summary-rate-package = Fiyat: paket başına { $rate }{"\u000A"}
limits-changed = ℹ️ Siz sipariş verirken bu hizmetin limitleri değişti: artık <b>{ $low }</b> ile <b>{ $high }</b> arası (önceden: { $was_low } – { $was_high }).
limits-changed-fits = {" "}Siparişiniz yine de uygun.
limits-changed-redo = {" "}Lütfen bu değeri yeniden girin; siparişinizin geri kalanı korunuyor.
btn-edit-field = ✏️ { $field }
field-link = Bağlantı
field-quantity = Miktar
field-comments = Yorumlar
field-username = Yazar
field-answer = Anket cevabı
field-runs = Kademeli gönderim
ask-comments =
    💬 Yorumları <b>her satıra bir tane</b> olacak şekilde gönderin: { $low } ile { $high } satır arası.
    Her satır bir yorum olur.
ask-username = 👤 Yorumu yazacak hesabın kullanıcı adını gönderin (@kullaniciadi gibi).
ask-answer = 🗳 Oy verilecek anket cevabının numarasını gönderin (ilk cevap için 1).
ask-runs =
    💧 Kademeli gönderim: birkaç turda teslim edilsin mi?
    Her turda <b>{ $quantity }</b> teslim edilir (seçtiğiniz miktar tur başınadır).
    Tur sayısını gönderin (2 ile { $high } arası) veya tek seferde teslim için Atla'ya dokunun.
ask-interval =
    💧 { $runs } tur × { $quantity } = toplam <b>{ $total }</b>.
    ⏱ Turlar arasındaki süreyi dakika olarak gönderin (1 ile 10080 arası).
# What is wrong with a typed answer; shown after ⚠️, above the question asked again.
# $low, $high: the allowed range; $value: the number sent; $limit: a length in characters.
input-link-not-text = Lütfen bağlantıyı metin olarak gönderin, örneğin https://instagram.com/sayfaniz
input-link-empty = Lütfen bir bağlantı gönderin, örneğin https://instagram.com/sayfaniz
input-link-too-long = Bu bağlantı çok uzun: en fazla { $limit } karakter olabilir.
input-link-spaces = Bağlantıda boşluk veya satır sonu olamaz. Yalnızca tek bir bağlantı gönderin.
input-link-invisible = Bu bağlantıda görünmeyen karakterler var. Bağlantıyı yeniden kopyalayıp gönderin.
input-link-invalid = Bu geçerli bir bağlantı değil. https://t.me/kanaliniz gibi bir bağlantı gönderin.
input-link-scheme = Bağlantı http:// veya https:// ile başlamalıdır.
input-link-host = Bu bağlantıda geçerli bir site adresi yok. Örnek: https://t.me/kanaliniz
input-quantity-not-number = Lütfen miktarı { $low } ile { $high } arasında bir tam sayı olarak gönderin.
input-quantity-range = Miktar { $low } ile { $high } arasında olmalı; siz { $value } gönderdiniz.
input-answer-not-number = Lütfen cevap numarasını { $low } ile { $high } arasında bir tam sayı olarak gönderin.
input-answer-range = Cevap numarası { $low } ile { $high } arasında olmalı; siz { $value } gönderdiniz.
input-runs-not-number = Lütfen tur sayısını { $low } ile { $high } arasında bir tam sayı olarak gönderin.
input-runs-range = Tur sayısı { $low } ile { $high } arasında olmalı; siz { $value } gönderdiniz.
input-runs-impossible = Bu miktar için kademeli gönderim mümkün değil; Atla'yı seçin.
input-interval-not-number = Lütfen turlar arasındaki süreyi dakika cinsinden, { $low } ile { $high } arasında bir tam sayı olarak gönderin.
input-interval-range = Turlar arasındaki süre { $low } ile { $high } dakika arasında olmalı; siz { $value } gönderdiniz.
# $count: how many comments were sent.
input-comments-empty = Yorumları metin olarak, her satıra bir tane olacak şekilde gönderin: { $low } ile { $high } satır arası.
input-comment-too-long = Her yorum en fazla { $limit } karakter olabilir.
input-comments-controls = Yorumlar kontrol karakterleri veya yazı yönünü değiştiren karakterler (U+202A–U+202E, U+2066–U+2069) içeremez.
input-comments-count = Her satıra bir tane olacak şekilde { $low } ile { $high } arasında yorum gönderin; siz { $count } yorum gönderdiniz.
input-username = Yorumu yazacak hesabın kullanıcı adını @kullaniciadi şeklinde gönderin (harf, rakam, nokta ve alt çizgi).
btn-skip = ⏭ Atla
btn-confirm = ✅ Onayla
btn-edit = ✏️ Düzenle
summary =
    🧾 <b>Siparişinizi kontrol edin</b>

    Hizmet: { $service }
    Bağlantı: { $link }
    { $details }
    Toplam: <b>{ $total }</b>
summary-quantity = Miktar: { $quantity }{"\u000A"}
summary-dripfeed = Kademeli gönderim: { $runs } tur × { $quantity }, { $interval } dakikada bir{"\u000A"}
summary-comments =
    Yorumlar ({ $count }):
    <blockquote>{ $comments }</blockquote>{"\u000A"}
summary-username = Yorum yazarı: @{ $username }{"\u000A"}
summary-answer = Anket cevabı: { $answer }{"\u000A"}
summary-package = Paket: 1{"\u000A"}
price-changed = ℹ️ Siz gördükten sonra fiyat değişti. Lütfen yeni toplamı kontrol edin.
placing = ⏳ Siparişiniz veriliyor…
placing-queued = ⏳ Panel yoğun: siparişiniz sıraya alındı, birazdan verilecek…
placed =
    ✅ <b>Sipariş verildi!</b>

    { $card }
already-placed =
    Bu sipariş zaten verildi.

    { $card }
order-unknown =
    ⏳ #{ $order_id } numaralı siparişiniz kontrol ediliyor: sağlayıcı zamanında onay vermedi.
    Tutar kaybolmadı, bekletiliyor: sipariş onaylandığında size mesaj gelecek ya da tutar bakiyenize iade edilecek.
draft-expired = Bu sipariş formunun süresi doldu. Lütfen baştan başlayın.
state-submitting = Veriliyor
state-pending = Beklemede
state-in-progress = Devam ediyor
state-processing = İşleniyor
state-completed = Tamamlandı
state-partial = Kısmi
state-canceled = İptal edildi
state-unknown = Kontrol ediliyor
state-failed = Verilemedi
order-card =
    📦 <b>Sipariş #{ $id }</b>: { $icon } { $status }
    { $service }
    Bağlantı: { $link }
    { $details }Ödenen: { $price }{ $refunded }
    { $progress }Oluşturulma: { $created }
    { $panel }
order-refunded = {" "}({ $amount } iade edildi)
order-progress = Başlangıç sayısı: { $start } · Kalan: { $remains }{"\u000A"}
order-panel-id = Sağlayıcıdaki sipariş no: { $panel_id }{"\u000A"}
order-cancel-requested = İptal talep edildi{"\u000A"}
use-buttons-at-summary = Lütfen özetin altındaki butonları kullanın: Onayla, Düzenle veya İptal.
btn-refresh = 🔄 Yenile
btn-refill = ♻️ Telafi
btn-cancel-order = ✖️ Siparişi iptal et
btn-order-again = 🔁 Tekrar sipariş ver
btn-orders = 📦 Siparişlerim
sandbox-banner = 🧪 <b>TEST MODU</b>: deneme mağazası, hiçbir işlem gerçek değil.{"\u000A\u000A"}
btn-open-order = 📦 #{ $id } siparişini aç
note-started =
    🔄 #{ $id } numaralı sipariş başladı.
    { $service }
    🔗 { $link }
    Başlangıç sayısı: { $start }
note-completed =
    ✅ #{ $id } numaralı sipariş tamamlandı.
    { $service }
    🔗 { $link }
note-partial =
    🌓 #{ $id } numaralı sipariş kısmen tamamlandı: { $quantity } adetten { $delivered } adedi teslim edildi.
    { $service }
    🔗 { $link }
    { $refund }
note-canceled =
    ❌ #{ $id } numaralı sipariş iptal edildi.
    { $service }
    🔗 { $link }
    { $refund }
note-refunded = Bakiyenize iade edilen: <b>{ $refund }</b>. Bakiye: { $balance }.
note-nothing-refunded = İade yapılmadı: teslim edilmeyen kısmın tutarı { $smallest } tutarından az. Bakiye: { $balance }.
note-refill = ♻️ #{ $id } numaralı siparişin telafisi: <b>{ $status }</b>.
refill-state-pending = talep edildi
refill-state-in-progress = devam ediyor
refill-state-completed = tamamlandı
refill-state-rejected = reddedildi
refill-state-failed = başarısız
admin-unknown-status =
    ⚠️ Panel bilinmeyen bir sipariş durumu gönderdi: <code>{ $status }</code> (sipariş #{ $id }).
    Bu durumdaki siparişler devam ediyor sayılıp takip edilir. Bir anlamı olması gerekiyorsa geliştiricilere bildirin.
admin-odd-status-fields = ⚠️ Panel, #{ $id } numaralı sipariş için doğru olamayacak bir değer gönderdi ({ $fields }); değer yok sayıldı ve sipariş takip edilmeye devam ediyor. Panelden kontrol edin (/order { $id }).
admin-partial-without-remains = ⚠️ Panel, #{ $id } numaralı siparişin Kısmi olduğunu bildiriyor ama kalan miktarı bildirmiyor; bu yüzden iade tutarı hesaplanamıyor. Sipariş takip edilmeye devam ediyor; panelden kontrol edin (/order { $id }).
admin-order-id-refused = ⚠️ Panel #{ $id } numaralı siparişi artık tanımıyor: <code>{ $error }</code>. Sipariş takip edilmeye devam ediyor; panelden kontrol edin (/order { $id }).
my-orders = 📦 <b>Siparişlerim</b>
my-orders-empty = Henüz siparişiniz yok.
order-not-found = Bu sipariş size ait değil veya mevcut değil.
refill-requested = ♻️ Telafi talep edildi (telafi no: { $refill_id }). Tamamlandığında size mesaj gelecek.
refill-not-applicable = Bu sipariş için telafi mümkün değil.
refill-already = Bu sipariş için zaten devam eden bir telafi var.
refill-refused = Sağlayıcı telafiyi reddetti: { $reason }
cancel-requested = ✖️ İptal talep edildi. Sağlayıcı siparişi iptal ederse teslim edilmeyen kısım bakiyenize iade edilir.
cancel-not-applicable = Bu sipariş iptal edilemez.
cancel-already = Bu sipariş için zaten iptal talep edildi.
cancel-refused = Sağlayıcı iptali reddetti: { $reason }
# The reason in cancel-refused when the provider gave none: its answer left the order out.
cancel-reason-no-answer = yanıt gelmedi
# The reason in cancel-refused when the provider answered that it did not cancel.
cancel-reason-not-accepted = kabul edilmedi
panel-busy = Sağlayıcıya şu anda ulaşılamıyor. Lütfen birkaç dakika sonra tekrar deneyin.
refreshed = Güncellendi.
slow-down = ⏳ Aynı anda çok fazla işlem yaptınız. Lütfen biraz yavaşlayın ve birazdan tekrar deneyin.
btn-add-funds = ➕ Bakiye yükle
btn-history = 📜 Geçmiş
btn-support = 💬 Destekle iletişime geç
btn-wallet = 💰 Cüzdan
btn-back-to-order = 🧾 Siparişime dön
history =
    📜 <b>Geçmiş</b>, en yeniden eskiye

    { $lines }
history-empty =
    📜 <b>Geçmiş</b>

    Henüz hareket yok.
history-line =
    { $when } · <b>{ $amount }</b>
    { $reason }
reason-topup-stars = Telegram Stars ile yükleme ({ $reference })
reason-topup-cryptobot = Crypto Bot ile yükleme (fatura { $reference })
reason-topup-manual = Havale ile yükleme (dekont #{ $reference })
reason-topup-plain = Bakiye yükleme
reason-stars-refund = Stars ödemesi iade edildi ({ $reference })
reason-stars-refund-given-back = Stars iadesi başarısız oldu, tutar geri verildi ({ $reference })
reason-order = Sipariş #{ $id }
reason-refund = İade: sipariş #{ $id }
reason-admin-credit = Mağaza tarafından eklendi
reason-admin-debit = Mağaza tarafından düşüldü
reason-note = : { $note }
method-stars = ⭐ Telegram Stars
method-cryptobot = 🪙 Crypto Bot
method-manual = 🏦 Dekontlu havale
topup-methods =
    ➕ <b>Bakiye yükle</b>

    Bakiyeniz: { $balance }
    Ödeme yöntemini seçin:
topup-no-methods =
    ➕ <b>Bakiye yükle</b>

    Bot üzerinden ödeme henüz ayarlanmadı. Bakiye yüklemek için lütfen destekle iletişime geçin.
topup-no-methods-no-support =
    ➕ <b>Bakiye yükle</b>

    Bot üzerinden ödeme henüz ayarlanmadı. Bakiye yüklemek için lütfen mağaza yöneticisiyle iletişime geçin.
topup-amount =
    { $method }

    Bir tutar seçin veya <b>{ $low }</b> ile <b>{ $high }</b> arasında bir tutar yazın.
topup-amount-stars = {"\u000A"}⭐ 1 { $currency } = { $rate } { stars-word }.
amount-not-a-number = ⚠️ Tutarı 10 veya 12,50 gibi bir sayı olarak gönderin.
amount-too-small = ⚠️ En düşük yükleme tutarı: { $low }.
amount-too-big = ⚠️ En yüksek yükleme tutarı: { $high }.
amount-too-precise = ⚠️ En fazla { $decimals } ondalık basamak kullanın.
amount-no-decimals = ⚠️ Tam sayı gönderin.
topup-expired = Bu yüklemenin süresi doldu. Lütfen 💰 Cüzdan bölümünden yeniden başlayın.
stars-invoice-title = Bakiye yükleme
stars-invoice-description = Mağazadaki bakiyenize { $amount } eklenir.
stars-invoice-sent = ⭐ Bakiyenize <b>{ $amount }</b> eklemek için aşağıdaki faturayla <b>{ $stars } { stars-word }</b> ödeyin.
stars-refused-unknown = Bu fatura geçerli değil. Lütfen 💰 Cüzdan bölümünü açıp yeniden başlayın.
stars-refused-used = Bu fatura zaten ödendi.
stars-refused-expired = Bu faturanın süresi doldu. Lütfen 💰 Cüzdan bölümünden yeniden başlayın.
stars-refused-closed = Bu mağaza size kapalı.
stars-receipt =
    ✅ <b>Ödeme alındı</b>: { $stars } { stars-word }.
    Bakiyenize <b>{ $amount }</b> eklendi. Bakiye: { $balance }.
    Referans: <code>{ $charge }</code>
stars-not-credited = ⚠️ Ödemeniz alındı ancak bir yüklemeyle eşleştirilemedi. Mağaza yöneticilerine bildirildi, sorunu çözecekler.
crypto-invoice =
    🪙 <b>Crypto Bot faturası</b>

    Tutar: <b>{ $amount }</b>, ödeme birimleri: { $assets }.
    Öde'ye dokunup ödemeyi Crypto Bot'ta yapın; bakiyeniz ödemeden sonraki birkaç saniye içinde yüklenir. Fatura { $minutes } dakika geçerlidir.
btn-pay = 💳 { $amount } öde
crypto-unavailable = ⚠️ Crypto Bot'a şu anda ulaşılamıyor. Lütfen birkaç dakika sonra tekrar deneyin.
too-many-pending = ⚠️ Zaten bekleyen { $count } yüklemeniz var. Lütfen bunlar sonuçlanana kadar bekleyin.
transfer-instructions =
    🏦 <b>{ $amount } havale edin</b>

    { $instructions }

    Ardından dekontu buraya gönderin: fotoğraf, belge ya da metin olarak havale referansı.
receipt-expected = Dekontu fotoğraf ya da belge olarak gönderin veya havale referansını metin olarak yazın.
receipt-too-long = ⚠️ Referans çok uzun: en fazla { $limit } karakter olabilir.
receipt-sent = 📨 <b>{ $amount }</b> tutarındaki #{ $id } numaralı dekont mağazaya gönderildi. Kontrol edildiğinde size mesaj gelecek.
topup-credited-notice = ✅ Bakiyenize <b>{ $amount }</b> eklendi ({ $method }). Bakiye: { $balance }.
topup-rejected-notice = ❌ { $amount } tutarındaki #{ $id } numaralı dekontunuz kabul edilmedi.{ $reason }
topup-rejected-reason = {"\u000A"}Neden: { $reason }
crypto-expired-notice = ⌛ { $amount } tutarındaki Crypto Bot faturanızın süresi ödenmeden doldu. Herhangi bir ücret alınmadı; hâlâ ödemek istiyorsanız 💰 Cüzdan bölümünden yeni bir yükleme başlatın.
resume-gone = Sipariş formunuzun süresi doldu. Lütfen siparişe yeniden başlayın.
cancel-confirm =
    ✖️ <b>#{ $id } numaralı sipariş iptal edilsin mi?</b>
    { $service }
    🔗 { $link }

    Sağlayıcıdan siparişi durdurması istenir. Teslim edilmeyen kısım bakiyenize iade edilir: en fazla <b>{ $amount }</b> (henüz hiç teslimat yapılmadıysa tamamı).
    İade, sağlayıcı iptali onayladığında yapılır, genellikle birkaç dakika içinde; o zaman size mesaj gelir. Sağlayıcı iptali reddedebilir de.
btn-cancel-yes = ✖️ Evet, iptal et
btn-cancel-keep = ↩️ Hayır, kalsın
my-orders-line =
    { $icon } { $status } · <b>#{ $id }</b> { $service }
    {"    "}{ $quantity } · { $price } · { $date }
my-orders-tap = Siparişi açmak için numarasına dokunun.
my-orders-empty-offer = 📦 Henüz siparişiniz yok. 🛒 Yeni sipariş ile başlayabilirsiniz.
no-change-since = { $time } itibarıyla değişiklik yok
banned-short = Bu mağaza size kapalı.
kb-new-order = 🛒 Yeni sipariş
kb-my-orders = 📦 Siparişlerim
kb-wallet = 💰 Cüzdan
kb-support = 💬 Destek
kb-admin = 🛠 Yönetim
kb-placeholder = Aşağıdan seçin veya aramak için yazın
keyboard-ready = Yazma alanının altındaki butonlar hep orada: her adımda onlara dokunabilirsiniz.

## Admins

admin-help =
    🛠 <b>Yönetici komutları</b>
    /stats: müşteriler, siparişler, gelir, panel maliyeti ve kâr
    /panel: panel bakiyesi, katalog, son durum eşitlemesi
    /user &lt;id veya @kullaniciadi&gt;: bir müşterinin bakiyesi, siparişleri, durumu
    /credit &lt;user_id&gt; &lt;tutar&gt; [not]: cüzdana para ekler
    /debit &lt;user_id&gt; &lt;tutar&gt; [not]: cüzdandan para düşer (asla sıfırın altına inmez)
    /ban &lt;user_id&gt;, /unban &lt;user_id&gt;: mağazayı birine kapatır veya yeniden açar
    /order &lt;id&gt;: bir siparişin tüm ayrıntıları
    /review: sonucu belirsiz siparişler
    /placed &lt;order_id&gt; &lt;panel_order_id&gt;: incelemedeki bir sipariş panelde verilmiş
    /markup [&lt;yüzde&gt; [category|service &lt;id&gt;]]: kâr paylarını gösterir veya ayarlar
    /markup reset [category|service &lt;id&gt;]: özel bir kâr payını kaldırır
    /hide, /show service|category &lt;id&gt;: müşterilerden gizler veya müşterilere gösterir
    /sync: kataloğu hemen yeniler
    /broadcast &lt;metin&gt; (veya bir mesaja yanıt olarak): tüm müşterilere mesaj gönderir
    /export [&lt;days&gt;]: siparişlerin ve hesap hareketlerinin CSV dosyaları (tümü ya da son günler)
    /find &lt;metin&gt;: sipariş, panelin sipariş numarası, bağlantı, kullanıcı kimliği veya @username
    /tickets: müşterilerle açık konuşmalar
    /promo [add … | off &lt;KOD&gt;]: promosyon kodları
admin-problem =
    ❌ { $problem }

    { $usage }
admin-problem-missing-user = Kullanıcı ID'si eksik.
admin-problem-user-id = Kullanıcı ID'si tam sayı olmalı, <code>{ $value }</code> değil.
admin-problem-missing-amount = Tutar eksik.
admin-problem-amount-not-number = Tutar 10.50 gibi bir sayı olmalı, <code>{ $value }</code> değil.
admin-problem-amount-not-positive = Tutar sıfırdan büyük olmalı.
admin-problem-amount-decimals = Tutarda 5'ten fazla ondalık basamak var.
admin-problem-missing-id = Bir ID eksik.
admin-problem-too-many = Komutun aldığından fazla argüman var.
admin-problem-id = ID tam sayı olmalı, <code>{ $value }</code> değil.
admin-btn-open-order = 📂 #{ $id } aç
admin-problem-user-ref = Müşteriyi ID (rakamlar) veya @kullaniciadi ile belirtin.
admin-problem-percent = Yüzde, 0 ile 10000 arasında ve en fazla 2 ondalık basamaklı bir sayı olmalı.
admin-problem-target = Neye uygulanacağını category &lt;id&gt; veya service &lt;id&gt; şeklinde belirtin.
admin-problem-panel-id-zero = Panel sipariş ID'si 0 olamaz.
admin-no-arguments =
    ❌ /{ $command } argüman almaz.

    Kullanım: /{ $command }. Komut listesi için: /admin.
admin-never = hiçbir zaman
admin-dash = —
admin-just-now = az önce
admin-minutes-ago = { $n } dk önce
admin-hours-ago = { $n } sa önce
admin-days-ago = { $n } gün önce
admin-stats-window = { $total } ({ $parts })
admin-stats-part = { $state } { $count }
# An order state inside a sentence of /stats ("completed 3"); the state names of customers'
# screens (state-*) begin with a capital.
admin-stats-state-submitting = veriliyor
admin-stats-state-pending = beklemede
admin-stats-state-in-progress = devam ediyor
admin-stats-state-processing = işleniyor
admin-stats-state-completed = tamamlandı
admin-stats-state-partial = kısmi
admin-stats-state-canceled = iptal edildi
admin-stats-state-unknown = kontrol ediliyor
admin-stats-state-failed = verilemedi
admin-panel =
    🏭 <b>Panel</b>
    Bakiye: { $balance }
    Katalog: { $categories } kategoride { $services } hizmet, son yenileme: { $refreshed }
    Son durum eşitlemesi: { $sync }
admin-panel-balance = <b>{ $amount } { $currency }</b>
admin-panel-balance-low = {" "}⚠️ { $threshold } { $currency } sınırının altında
admin-panel-unreachable = ulaşılamıyor ({ $error })
admin-when-ago = { $when } ({ $ago })
admin-sync-result = { $when }: { $result }
admin-user-usage =
    Kullanım: /user &lt;user_id veya @kullaniciadi&gt;
    Örnek: /user 123456789
admin-user-not-found = Mağazada böyle bir müşteri yok: { $query }
admin-user-card =
    👤 <b>{ $name }</b>{ $username }
    ID: <code>{ $id }</code>
    Bakiye: <b>{ $balance }</b>
    Durum: { $state }
    Katılma: { $joined } · son görülme: { $seen }
    Siparişler: { $orders }
admin-user-state-active = ✅ aktif
admin-user-state-banned = 🚫 yasaklı
admin-user-state-blocked = 📵 botu engelledi
admin-user-last-orders =
    {"\u000A\u000A"}<b>Son siparişler</b>
    { $lines }
admin-user-order-line = #{ $id } { $icon } { $state } · { $service } · { $price } · { $when }
admin-user-last-moves =
    {"\u000A\u000A"}<b>Son cüzdan hareketleri</b>
    { $lines }
admin-ledger-line = { $when } · { $kind } { $amount }{ $order }{ $admin }{ $note }
admin-ledger-order = {" "}· sipariş #{ $id }
admin-ledger-admin = {" "}· yönetici: { $id }
admin-ledger-note = {" "}· { $note }
admin-ledger-kind-topup = yükleme
admin-ledger-kind-order = sipariş
admin-ledger-kind-refund = iade
admin-ledger-kind-admin-credit = ekleme
admin-ledger-kind-admin-debit = kesinti
admin-btn-credit = ➕ Bakiye ekle
admin-btn-debit = ➖ Bakiye düş
admin-btn-ban = 🚫 Yasakla
admin-btn-unban = ✅ Yasağı kaldır
admin-ask-credit = ➕ <code>{ $user_id }</code> kullanıcısına eklenecek tutarı, isterseniz ardından bir notla gönderin (örneğin <code>10.50 kartla ödendi</code>) ya da /cancel.
admin-ask-debit = ➖ <code>{ $user_id }</code> kullanıcısından düşülecek tutarı, isterseniz ardından bir notla gönderin (örneğin <code>5 düzeltme</code>) ya da /cancel.
admin-amount-usage = <code>10.50</code> gibi bir tutar gönderin, isterseniz ardından bir not ekleyin; ya da /cancel.
admin-credit-usage =
    Kullanım: /credit &lt;user_id&gt; &lt;tutar&gt; [not]
    Örnek: /credit 123456789 10.50
admin-debit-usage =
    Kullanım: /debit &lt;user_id&gt; &lt;tutar&gt; [not]
    Örnek: /debit 123456789 5
admin-credited = ✅ <code>{ $user_id }</code> kullanıcısına { $amount } eklendi. Güncel bakiye: { $balance }.
admin-debited = ✅ <code>{ $user_id }</code> kullanıcısından { $amount } düşüldü. Güncel bakiye: { $balance }.
admin-debit-refused = ❌ Yapılmadı: bu işlem <code>{ $user_id }</code> kullanıcısının cüzdanını sıfırın altına düşürürdü.
admin-ban-usage =
    Kullanım: /ban &lt;user_id&gt;
    Örnek: /ban 123456789
admin-unban-usage =
    Kullanım: /unban &lt;user_id&gt;
    Örnek: /unban 123456789
admin-banned = 🚫 <code>{ $user_id }</code> kullanıcısı yasaklandı: mağaza ona kapalı. Açık siparişleri takip edilmeye ve iade edilmeye devam eder.
admin-unbanned = ✅ <code>{ $user_id }</code> kullanıcısının yasağı kaldırıldı.
admin-ban-admin = ❌ Yöneticiler yasaklanamaz.
admin-no-such-user = ❌ Mağazada <code>{ $user_id }</code> diye bir kullanıcı yok.
admin-order-usage =
    Kullanım: /order &lt;order_id&gt;
    Örnek: /order 42
admin-order-not-found = ❌ #{ $order_id } numaralı bir sipariş yok.
admin-order-card =
    📦 <b>Sipariş #{ $id }</b>: { $icon } { $state }{ $status_raw }
    Müşteri: <code>{ $user_id }</code>
    Hizmet: { $service_id } · { $service } ({ $type })
    Bağlantı: { $link }
    { $details }Ödenen: { $price }{ $refunded }
    Panel siparişi: { $panel_order_id }
    Panel ücreti: { $charge }
    { $progress }{ $cancel }{ $error }Oluşturulma: { $created } · güncelleme: { $updated }
admin-order-status-raw = {" "}(paneldeki durum: { $status })
admin-order-refunded = {" "}· { $amount } iade edildi
admin-order-progress = Başlangıç sayısı: { $start } · kalan: { $remains }{"\u000A"}
admin-order-cancel-requested = İptal talep edildi{"\u000A"}
admin-order-error = Hata: <code>{ $error }</code>{"\u000A"}
admin-order-charge = { $amount } { $currency }
admin-order-refills =
    {"\u000A\u000A"}<b>Telafiler</b>
    { $lines }
admin-refill-line = #{ $id } · paneldeki telafi no: { $panel_id } · { $state } · { $when }
admin-order-ledger =
    {"\u000A\u000A"}<b>Hesap hareketleri</b>
    { $lines }
admin-order-review-hint = {"\u000A\u000A"}❔ Sonuç belirsiz. Sipariş panelde varsa: /placed { $id } &lt;panel_order_id&gt;. Yoksa iade edin.
admin-review-empty = ✅ İnceleme bekleyen sipariş yok.
admin-review-header = ❔ <b>Sonucu belirsiz siparişler</b> ({ $total }){"\u000A"}
admin-review-more = {"\u000A"}…ve { $more } sipariş daha: önce bunları sonuçlandırın.
admin-review-item =
    {"\u000A"}<b>#{ $id }</b> · { $when } · müşteri <code>{ $user_id }</code>
    { $service_id } · { $service }
    Bağlantı: { $link } · miktar { $quantity } · ödenen { $price }
    <i>{ $reason }</i>{"\u000A"}
admin-review-footer = {"\u000A"}Her birini panelden kontrol edin. Panelde verilmişse: /placed &lt;order_id&gt; &lt;panel_order_id&gt;. Panelde yoksa: İade et'e dokunun.
admin-btn-refund = ↩️ #{ $id } iade et
admin-btn-refund-sure = ↩️ Evet, #{ $id } iade et
admin-btn-back = ⬅️ Geri
admin-refund-confirm =
    ↩️ #{ $id } numaralı sipariş iade edilsin mi? { $price }, <code>{ $user_id }</code> kullanıcısının cüzdanına geri döner ve sipariş "verilemedi" olarak kapatılır.

    Bunu yalnızca panelde böyle bir sipariş yoksa yapın.
admin-placed-usage =
    Kullanım: /placed &lt;order_id&gt; &lt;panel_order_id&gt;
    Örnek: /placed 42 1234567
admin-resolved-placed = ✅ #{ $id } numaralı sipariş, { $panel_order_id } numaralı panel siparişi olarak kaydedildi; artık durum eşitlemesi onu takip ediyor.
admin-resolved-refunded = ↩️ #{ $id } numaralı sipariş iade edildi: { $price }, <code>{ $user_id }</code> kullanıcısına geri döndü.
admin-resolve-already = ℹ️ #{ $id } numaralı sipariş artık incelemede değil (şu an: { $state }); işlem yapılmadı.
admin-resolve-not-found = ❌ #{ $id } numaralı bir sipariş yok.
admin-resolve-panel-id-taken = ❌ { $panel_order_id } numaralı panel siparişi zaten #{ $other } numaralı siparişe ait; işlem yapılmadı.
admin-customer-order-confirmed = ✅ #{ $id } numaralı siparişiniz onaylandı ve verildi. Durumu değiştiğinde size mesaj gelecek.
admin-customer-order-refunded = ↩️ #{ $id } numaralı siparişiniz verilemedi. { $amount } bakiyenize iade edildi.
admin-markup-usage =
    Kullanım:
    /markup: kâr paylarını gösterir
    /markup &lt;yüzde&gt;: genel kâr payı
    /markup &lt;yüzde&gt; category &lt;id&gt; veya service &lt;id&gt;: özel kâr payı
    /markup reset [category|service &lt;id&gt;]: birini kaldırır
    Örnek: /markup 30 category 5
admin-markup-show =
    💹 <b>Kâr payları</b> (öncelik: hizmet, sonra kategori, sonra genel)
    Genel: <b>%{ $global_percent }</b>{ $source }
admin-markup-source-setting = {" "}(PRICE_MARKUP_PERCENT)
admin-markup-source-override = {" "}(/markup ile ayarlandı; PRICE_MARKUP_PERCENT: %{ $default })
admin-markup-categories =
    {"\u000A\u000A"}<b>Kategoriler</b>
    { $lines }
admin-markup-services =
    {"\u000A\u000A"}<b>Hizmetler</b>
    { $lines }
admin-markup-line = { $id } · { $name }: %{ $percent }
admin-markup-more = …ve { $more } tane daha
admin-markup-set-global = ✅ Genel kâr payı: %{ $percent }.
admin-markup-reset-global = ✅ Genel kâr payı PRICE_MARKUP_PERCENT değerine döndü: %{ $percent }.
admin-markup-set = ✅ { $scope } { $id } için kâr payı: %{ $percent }.
admin-markup-reset = ✅ { $scope_title } { $id } artık kendi kâr payına sahip değil: üst düzeydekini kullanır.
admin-markup-not-found = ❌ Böyle bir kayıt yok: { $scope } { $id }.
admin-scope-service = hizmet
admin-scope-category = kategori
# The same at the start of a sentence ({ $scope_title } in admin-markup-reset, admin-hidden, admin-shown).
admin-scope-title-service = Hizmet
admin-scope-title-category = Kategori
admin-hide-usage = Kullanım: /hide service &lt;id&gt; veya /hide category &lt;id&gt;
admin-show-usage = Kullanım: /show service &lt;id&gt; veya /show category &lt;id&gt;
admin-hidden = 🙈 { $scope_title } { $id } ({ $name }) müşterilerden gizlendi.
admin-shown = 👀 { $scope_title } { $id } ({ $name }) artık müşterilere gösteriliyor.
admin-hide-not-found = ❌ Böyle bir kayıt yok: { $scope } { $id }.
admin-sync-running = ⏳ Katalog yenileniyor…
admin-sync-done =
    ✅ Katalog yenilendi: { $total } hizmet.
    Eklenen: { $added } · değişen: { $changed } · kaldırılan: { $removed }
admin-sync-failed =
    ❌ Yenileme başarısız oldu; kayıtlı katalog olduğu gibi kalıyor.
    <code>{ $error }</code>
admin-broadcast-usage =
    Kullanım: /broadcast &lt;metin&gt; ya da bir metin mesajına yanıt olarak /broadcast gönderin.
    Metin, ulaşılabilen her müşteriye olduğu gibi (biçimlendirmesiyle) gönderilir.
admin-broadcast-too-long = ❌ Metin çok uzun: { $length } karakter, en fazla { $limit } olabilir (Telegram'ın saydığı şekilde: çoğu emoji iki karakter sayılır).
admin-broadcast-rejected = ❌ Telegram metni reddetti, bu yüzden hiçbir şey gönderilmeyecek: { $reason }
admin-broadcast-nobody = Gönderilecek kimse yok: ulaşılabilen müşteri yok.
admin-broadcast-preview =
    📣 Yukarıdaki, #{ $id } numaralı duyuru. <b>{ $count }</b> müşteriye gönderilsin mi?
    (yasaklı müşteriler ve botu engelleyenler hariç)
admin-btn-broadcast-send = 📣 Gönder
admin-btn-broadcast-cancel = ✖️ İptal
admin-broadcast-cancelled = ✖️ #{ $id } numaralı duyuru iptal edildi: hiçbir şey gönderilmedi.
admin-broadcast-not-draft = Bu duyuru zaten başlatıldı veya iptal edildi.
admin-broadcast-starting = 📣 Duyuru #{ $id }: sıraya alınıyor…
admin-broadcast-progress =
    📣 Duyuru #{ $id }: gönderiliyor…
    Teslim edilen: { $delivered } · engelleyen: { $blocked } · başarısız: { $failed } · bekleyen: { $waiting } (toplam { $total })
admin-broadcast-done =
    📣 <b>Duyuru #{ $id } tamamlandı</b>
    Teslim edilen: { $delivered }
    Botu engelleyen: { $blocked }
    Başarısız: { $failed }
    Toplam: { $total }
admin-export-orders = 📄 Siparişler: { $count } satır.
admin-export-ledger = 📄 Hesap hareketleri: { $count } kayıt. Tutarlar yuvarlanmamıştır, para birimi: { $currency }.
admin-export-usage = Kullanım: tümü için /export, yalnızca son günler için <code>/export &lt;days&gt;</code> (<code>/export 30</code>).
admin-problem-days = Gün sayısı 1 ile 36500 arasında bir tam sayı olmalı, <code>{ $value }</code> değil.
admin-export-too-big =
    📦 { $what } dosyası { $megabytes } MB'ı, yani bir botun gönderebileceği en büyük boyutu aşardı.

    Bunun yerine bir dönemi dışa aktarın: <code>/export &lt;days&gt;</code> ya da aşağıdan birini seçin.
admin-export-kind-orders = Siparişler
admin-export-kind-ledger = Hesap hareketleri
admin-export-btn-days = Son { $days } gün
admin-export-period = 🗓 Son { $days } gün.
admin-alert-catalogue-failing =
    ⚠️ <b>Katalog yenileme sürekli başarısız oluyor</b> (başlangıç: { $since }).
    Müşteriler kayıtlı son kopyayı görüyor.
    <code>{ $error }</code>
admin-alert-catalogue-recovered = ✅ Katalog yenileme yeniden çalışıyor.
admin-alert-panel-low-balance =
    ⚠️ <b>Panel bakiyesi düşük</b>: { $amount } { $currency }, { $threshold } { $currency } sınırının altında.
    Bakiye yükleyin, yoksa siparişler başarısız olmaya başlar.
admin-alert-panel-balance-ok = ✅ Panel bakiyesi yeniden { $threshold } { $currency } sınırının üzerinde: { $amount } { $currency }.
admin-amount-expired = Bu Bakiye ekle/düş isteğinin süresi doldu: hiçbir tutar aktarılmadı. Kullanıcıyı /user ile yeniden açın.
admin-backup-caption =
    🗄 Veritabanı yedeği, { $when }.
    Geri yüklemek için: botu durdurun, bu dosyayı DATABASE_PATH konumuna koyun (eski -wal ve -shm dosyalarını silin), botu başlatın.
admin-backup-too-large = 🗄 Veritabanı { $size } MB, Telegram'ın 50 MB yükleme sınırını aşıyor: yedek gönderilmedi. Sunucuda yedek alın (README'ye bakın).
admin-btn-approve = ✅ Onayla
admin-btn-reject = ❌ Reddet
admin-btn-reject-no-reason = ❌ Neden belirtmeden reddet
admin-btn-keep-pending = ↩️ Beklemede kalsın
admin-receipt-copy =
    🏦 <b>Dekont #{ $id }</b>: <b>{ $amount }</b> tutarında havale
    Müşteri: { $name } (<code>{ $user_id }</code>)
    Gönderilme: { $when }{ $text }
admin-receipt-copy-text = {"\u000A"}Referans: <blockquote>{ $text }</blockquote>
admin-receipt-approved-by = {"\u000A\u000A"}✅ Onaylayan: { $name }, { $when }. Eklenen: { $amount }.
admin-receipt-rejected-by = {"\u000A\u000A"}❌ Reddeden: { $name }, { $when }.{ $reason }
admin-receipt-reason = {" "}Neden: { $reason }
admin-receipt-approved = ✅ #{ $id } numaralı dekont onaylandı: { $user_id } kullanıcısına { $amount } eklendi.
admin-receipt-rejected = ❌ #{ $id } numaralı dekont reddedildi; müşteriye bildirildi.
admin-receipt-already = #{ $id } numaralı dekont için zaten karar verildi: { $state } ({ $name }).
admin-receipt-unknown = #{ $id } numaralı bir dekont yok.
admin-receipt-state-paid = onaylandı
admin-receipt-state-rejected = reddedildi
admin-receipt-ask-reason = ❌ #{ $id } numaralı dekont reddediliyor ({ $amount }). Müşterinin okuyacağı nedeni gönderin ya da neden belirtmeden reddedin.
admin-receipt-kept = #{ $id } numaralı dekont beklemede kalıyor.
admin-topups-pending =
    🏦 <b>Karar bekleyen dekontlar</b>: { $count }

    { $lines }
admin-topups-line = #{ $id } · { $amount } · { $name } (<code>{ $user_id }</code>) · { $when }
admin-topups-none = 🏦 Karar bekleyen dekont yok.
admin-topups-button = #{ $id } · { $amount } · { $name }
admin-topups-more = {"\u000A"}… ve { $more } tane daha.
admin-refund-stars-usage = Kullanım: <code>/refund_stars &lt;telegram_payment_charge_id&gt;</code>
admin-refund-stars-done = ✅ <code>{ $user_id }</code> kullanıcısına { $stars } { stars-word } iade edildi; cüzdanından { $amount } düşüldü.
admin-refund-stars-done-uncredited = ✅ <code>{ $user_id }</code> kullanıcısına { $stars } { stars-word } iade edildi. Bu ödeme hiç bakiyeye eklenmemişti: cüzdanından bir şey düşülmedi.
admin-refund-stars-unsure =
    ⚠️ <b>Sonuç belirsiz</b>: Telegram, <code>{ $user_id }</code> kullanıcısına { $stars } { stars-word } iadesine yanıt vermedi (<code>{ $error }</code>); iade yapılmış olabilir. { $taken }
    Telegram'a yeniden sormak için /refund_stars { $charge } komutunu tekrar gönderin: ek bir tutar düşülmez.
admin-refund-stars-unsure-taken = { $amount } cüzdanından düşülmüş olarak kalır.
admin-refund-stars-unsure-uncredited = Bu ödeme hiç bakiyeye eklenmemişti: hiçbir şey düşülmedi.
admin-refund-stars-unknown = Bu charge ID'ye sahip bir Stars ödemesi yok.
admin-refund-stars-already = Bu Stars ödemesi zaten iade edildi.
admin-refund-stars-no-funds = İade edilmedi: müşterinin bakiyesi ({ $balance }) bu ödemeyle eklenen { $amount } tutarını artık karşılamıyor.
admin-refund-stars-failed = İade edilmedi: Telegram'ın yanıtı <code>{ $error }</code>. Hiçbir şey düşülmedi.
admin-stars-mismatch-alert =
    ⚠️ <b>Bir Stars ödemesi bakiyeye eklenmedi</b>: { $problem }.
    Ödeyen: <code>{ $user_id }</code>, { $stars } { stars-word }, charge <code>{ $charge }</code>.
    Müşteriye borçlu değilseniz /refund_stars { $charge } ile iade edin, borçluysanız bakiyeyi elle ekleyin.
admin-stars-problem-unknown = payload hiçbir yüklemeyi göstermiyor
admin-stars-problem-user = payload başka bir müşteriyi gösteriyor
admin-stars-problem-amount = tutar faturadakinden farklı
admin-stars-problem-settled = gösterdiği yükleme zaten sonuçlanmıştı
admin-stats-topups =
    {"\u000A\u000A"}💳 <b>Yönteme göre yüklemeler</b>
    { $lines }
admin-stats-topup-line = { $method }: { $count } · { $amount }
admin-method-stars = Telegram Stars
admin-method-cryptobot = Crypto Bot
admin-method-manual = Havaleler
admin-crypto-amount-alert = ⚠️ { $invoice_id } numaralı Crypto Pay faturası ödendi, ancak tutarı veya para birimi yüklemeyle uyuşmuyor: bakiyeye eklenmedi. @CryptoBot üzerinden kontrol edin ve ödeme hak edilmişse bakiyeyi elle ekleyin.

## Abonelik (Subscriptions) sipariş formu: hesabın her yeni gönderisi $low ile $high arası alır,
## $posts gönderi için, gönderiden $delay dakika sonra, $expiry tarihine kadar.
ask-sub-account = 👤 Hesabın kullanıcı adını gönderin (@kullaniciadi gibi): hizmeti her yeni gönderisi alır.
ask-sub-min =
    🔢 Gönderi başına en az kaç?
    💵 Fiyat: 1000 başına <b>{ $rate }</b>
    <b>{ $low }</b> ile <b>{ $high }</b> arasında bir sayı gönderin ya da aşağıdan birine dokunun.
ask-sub-max =
    🔢 Gönderi başına en çok kaç?
    <b>{ $low }</b> ile <b>{ $high }</b> arasında bir sayı gönderin ya da aşağıdan birine dokunun. Her gönderi için bu kadarını ödersiniz; teslim edilmeyen iade edilir.
ask-sub-posts = 📝 Kaç yeni gönderi için? 1 ile { $most } arasında bir sayı gönderin.
ask-sub-delay = ⏱ Her gönderiden kaç dakika sonra başlasın? Birine dokunun.
ask-sub-expiry = 📅 Ne zamana kadar? Tarihi gün/ay/yıl olarak gönderin (31/12/2026 gibi) ya da bitiş tarihi olmadan Atla'ya dokunun.
field-account = Hesap
field-min = En az
field-max = En çok
field-posts = Gönderiler
field-delay = Gecikme
field-expiry = Bitiş tarihi
input-sub-account = Hesabın kullanıcı adını @kullaniciadi şeklinde gönderin (harf, rakam, nokta ve alt çizgi).
input-min-not-number = Lütfen en az değerini { $low } ile { $high } arasında bir tam sayı olarak gönderin.
input-min-range = En az değeri { $low } ile { $high } arasında olmalı; siz { $value } gönderdiniz.
input-max-not-number = Lütfen en çok değerini { $low } ile { $high } arasında bir tam sayı olarak gönderin.
input-max-range = En çok değeri { $low } ile { $high } arasında olmalı; siz { $value } gönderdiniz.
input-posts-not-number = Lütfen gönderi sayısını { $low } ile { $high } arasında bir tam sayı olarak gönderin.
input-posts-range = Gönderi sayısı { $low } ile { $high } arasında olmalı; siz { $value } gönderdiniz.
input-delay-not-number = Lütfen gecikmelerden birine dokunun ya da 0, 5, 10, 15, 30, 60 veya 90 gönderin.
input-delay-range = Gecikme 0, 5, 10, 15, 30, 60 veya 90 dakika olabilir; siz { $value } gönderdiniz.
input-delay-choice = Gecikme 0, 5, 10, 15, 30, 60 veya 90 dakika olabilir.
input-expiry = Bitiş tarihini gün/ay/yıl olarak gönderin, 31/12/2026 gibi.
summary-sub-posts = Gönderi başına: { $low } - { $high }, { $posts } gönderi{"\u000A"}
summary-sub-delay = Gönderiden sonra gecikme: { $delay } dk{"\u000A"}
summary-sub-expiry = Bitiş: { $expiry }{"\u000A"}
summary-sub-most = En çok: toplam { $quantity }{"\u000A"}

## issue 22: transfer receipts (seen-before warnings, a confirmation before crediting, another receipt after a rejection)
admin-receipt-state-pending = karar bekliyor
admin-receipt-seen = ⚠️ <b>Daha önce görüldü</b>:{ $file }{ $text }
admin-receipt-seen-file = {"\u000A"}• { $name } (<code>{ $user_id }</code>) kullanıcısının #{ $id } numaralı dekontuyla aynı dosya, { $state }
admin-receipt-seen-text = {"\u000A"}• { $name } (<code>{ $user_id }</code>) kullanıcısının #{ $id } numaralı dekontuyla aynı referans, { $state }
admin-receipt-seen-both = {"\u000A"}• { $name } (<code>{ $user_id }</code>) kullanıcısının #{ $id } numaralı dekontuyla aynı dosya ve referans, { $state }
admin-receipt-copy-seen = { $seen }{"\u000A\u000A"}{ $copy }
admin-receipt-confirm =
    ✅ <b>#{ $id } numaralı dekont onaylansın mı?</b>
    { $name } (<code>{ $user_id }</code>) kullanıcısına <b>{ $amount }</b> eklenecek.{ $seen }
admin-receipt-confirm-seen = {"\u000A\u000A"}{ $seen }{"\u000A"}Onaylamadan önce bunun aynı havale olmadığından emin olun.
admin-receipt-confirm-again =
    { $seen }

    ⚠️ <b>#{ $id } numaralı dekont yine de onaylansın mı?</b> Benzer bir dekont daha önce gönderilmiş olsa da { $name } (<code>{ $user_id }</code>) kullanıcısına <b>{ $amount }</b> eklenecek.
admin-btn-approve-sure = ✅ Onayla: { $amount } ekle
admin-btn-approve-anyway = ⚠️ Yine de { $amount } ekle
btn-receipt-again = 🧾 Başka bir dekont gönder
receipt-again =
    🏦 <b>{ $amount } için başka bir dekont</b>
    #{ $id } numaralı dekont kabul edilmedi. Havaleyi aşağıdaki bilgilere göre yaptıysanız, onun için başka bir dekontu buraya gönderin: fotoğraf, belge ya da havalenin referansı (metin olarak).

    { $instructions }
receipt-again-already = O dekontun yerine #{ $id } numaralı dekontu zaten gönderdiniz.

## issue 22: settings that would cost money (start checks)
admin-alert-panel-currency =
    ⚠️ <b>Panel { $panel } ile hesap tutuyor, ancak CURRENCY { $currency }.</b>
    Her fiyat, { $currency } olarak gösterilen bir panel rakamıdır: CURRENCY={ $panel } yapıp botu yeniden başlatın ya da { $currency } cinsinden bir panel hesabı kullanın.

## issue 22: Stars invoices and reconciliation
amount-too-big-stars = ⚠️ Bir Stars faturası en çok { $stars } { stars-word } olabilir: Stars ile en yüksek yükleme tutarı { $high }.
stars-invoice-above = ⭐ Bakiyenize <b>{ $amount }</b> eklemek için yukarıdaki faturayla <b>{ $stars } { stars-word }</b> ödeyin.
stars-invoice-failed = ⚠️ Telegram faturayı kabul etmedi, bu yüzden onunla ödeme yapılamaz. Lütfen birkaç dakika sonra tekrar deneyin veya başka bir ödeme yolu seçin.

## issue 22: Stars refunds
stars-refunded-notice =
    ↩️ <b>Telegram Stars ödemeniz iade edildi</b>: { $stars } { stars-word } size geri dönüyor ve bakiyenizden <b>{ $amount }</b> düşüldü.
    Referans: <code>{ $charge }</code>
    Bakiye: { $balance }.
stars-outside-refund-notice =
    ↩️ <b>Telegram, { $stars } { stars-word } tutarındaki ödemenizi iade etti</b>; bu yüzden bakiyenizden <b>{ $taken }</b> geri alındı.{ $owed }
    Referans: <code>{ $charge }</code>
    Bakiye: { $balance }.
stars-outside-refund-owed = {"\u000A"}{ $owed } geri alınamadı (bakiyeniz yetmedi) ve mağazaya borcunuz olarak kaydedildi.
stars-outside-refund-uncredited = ↩️ <b>Telegram, { $stars } { stars-word } tutarındaki ödemenizi iade etti</b> (referans <code>{ $charge }</code>). Bu ödeme bakiyenize hiç eklenmemişti, bu yüzden bakiyeniz değişmedi.
admin-stars-outside-refund-alert =
    ↩️ <b>Bir Stars ödemesi bot dışında iade edildi</b>: <code>{ $user_id }</code> kullanıcısının { $stars } { stars-word } ödemesi, charge <code>{ $charge }</code>.
    Cüzdanından geri alınan: { $taken }.{ $owed }
admin-stars-outside-refund-owed = {"\u000A"}⚠️ Bakiyesi yetmedi: <b>{ $owed }</b> borç olarak kaydedildi (/user { $user_id }).
admin-stars-outside-refund-uncredited = ↩️ <b>Bir Stars ödemesi bot dışında iade edildi</b>: <code>{ $user_id }</code> kullanıcısının { $stars } { stars-word } ödemesi, charge <code>{ $charge }</code>. Hiç bakiyeye eklenmemişti: hiçbir şey düşülmedi.
admin-stars-outside-refund-unknown = ↩️ <b>Bir Stars ödemesi bot dışında iade edildi</b>: <code>{ $user_id }</code> kullanıcısının { $stars } { stars-word } ödemesi, charge <code>{ $charge }</code>. Botta bu ödemenin kaydı yok: hiçbir şey düşülmedi.
admin-stars-refund-confirmed = ✅ Telegram, sonucu belirsiz olan { $stars } { stars-word } iadesini onaylıyor (kullanıcı <code>{ $user_id }</code>, charge <code>{ $charge }</code>). { $taken }
admin-stars-refund-refused-alert = ⚠️ Telegram, <code>{ $user_id }</code> kullanıcısına { $stars } { stars-word } iadesini reddetti (charge <code>{ $charge }</code>, isteyen <code>{ $admin_id }</code>): <code>{ $error }</code>. { $back }
admin-stars-refund-given-back = { $amount } cüzdanına geri verildi.
admin-refund-stars-in-progress = ⏳ Bu Stars ödemesinin iadesi zaten sürüyor: başka bir şey düşülmedi. Yanıtını bekleyin, sonra /refund_stars { $charge } ile kontrol edin.
admin-user-owed = {"\u000A"}⚠️ Bot dışında iade edilen Stars ödemelerinden borç: <b>{ $owed }</b>

## issue 27: flood control answers every dropped button press
flood-tap-again = ⏳ Çok hızlı — birazdan tekrar dokunun.

## issue 27: short of money (the summary's balance line, a button that tops up what is missing, Stars on the amount buttons)
summary-balance = {"\u000A"}Bakiye: { $balance } → { $after }
summary-balance-short = {"\u000A"}Bakiye: { $balance } · { $missing } eksik
summary-top-up-most = {"\u000A"}ℹ️ Tek bir yükleme en fazla { $high } olabilir: ardından kalan tutar için yeniden yükleyin.
btn-top-up-for = ➕ { $amount } yükle
topup-for-methods =
    ➕ <b>{ $amount } yükleme</b>

    Ödeme yöntemini seçin.
topup-for-none =
    ➕ <b>{ $amount } yükleme</b>

    Hiçbir ödeme yöntemi bu tutarı tek seferde kabul etmiyor. Başka bir tutar seçin.
btn-other-amount = ✏️ Başka tutar
topup-preset-stars = { $amount } · { $stars } ⭐

## issue 27: links a customer would type
link-as-sent = 🔗 Bağlantı: { $value }
input-link-not-link = Bu bir bağlantı değil. Sayfanın veya gönderinin bağlantısını gönderin, örneğin https://instagram.com/sayfaniz
input-link-handle-unknown = Bu hizmet için @ ile yazılan bir ad yeterli değil: sayfanın veya gönderinin https:// ile başlayan tam bağlantısını gönderin.
input-link-handle-bad = Bu ağda böyle bir hesap adı olamaz. Adı profilde yazıldığı gibi (örneğin @adiniz) ya da tam bağlantıyı gönderin.

## issue 27: prices that read well
per-one = / adet
price-each-short = { $price } / adet
btn-pick-total = { $quantity } · { $total }
order-again-head =
    🔁 <b>{ $service }</b>
    🔗 Bağlantı: { $link }

## issue 27: a panel refusal keeps the form and says why
order-not-taken =
    ❌ Sipariş kabul edilmedi: { $reason }.
    Tutarın tamamı bakiyenize iade edildi. Sipariş formunuz saklandı: bağlantıyı düzenleyebilir veya tekrar deneyebilirsiniz.
refusal-link = bağlantı gizli veya hatalı
refusal-active = bu bağlantı için zaten aktif bir sipariş var; tamamlanmasını bekleyin
refusal-quantity = miktar izin verilen aralığın dışında
refusal-unavailable = bu hizmet şu anda kullanılamıyor
refusal-other = sağlayıcı siparişi kabul etmedi
btn-edit-link = ✏️ Bağlantıyı düzenle
btn-try-again = 🔁 Tekrar dene

## issue 24: promo codes
command-promo = promosyon kodu kullan
btn-promo = 🎟 Promosyon kodu
promo-ask = 🎟 Promosyon kodunuzu gönderin.
promo-bad-code = Bu bir promosyon kodu değil: kod 3 ile 32 arası harf, rakam, _ veya - içerir. Tekrar gönderin ya da geri dönün.
promo-unknown = ❌ { $code } diye bir promosyon kodu yok. Yazılışını kontrol edin.
promo-expired = ⌛ { $code } promosyon kodunun süresi doldu.
promo-used-up = 🚫 { $code } promosyon kodunun kullanım hakkı bitti.
promo-already = ℹ️ { $code } promosyon kodunu zaten kullandınız.
promo-not-yet-deposit = ⏳ Bir sonraki bakiye yüklemeniz için bir bonus zaten sizi bekliyor ({ $waiting }). Önce bakiye yükleyin, sonra { $code } kodunu tekrar gönderin.
promo-not-yet-discount = ⏳ Bir sonraki siparişiniz için bir indirim zaten sizi bekliyor ({ $waiting }). Önce sipariş verin, sonra { $code } kodunu tekrar gönderin.
promo-taken-bonus = ✅ { $code } promosyon kodu: bakiyenize <b>{ $amount }</b> eklendi. Bakiye: { $balance }.
promo-taken-waiting = ✅ { $code } promosyon kodu: { $terms }. 💰 Cüzdan'da sizin için saklanıyor.
promo-terms-bonus = { $amount } bonus
promo-terms-discount = bir sonraki siparişinizde −%{ $percent }
promo-terms-deposit = bir sonraki bakiye yüklemenize +%{ $percent } bonus
promo-terms-deposit-min = en az { $min } tutarındaki bir sonraki bakiye yüklemenize +%{ $percent } bonus
wallet-promo-waiting = 🎟 Bekliyor: { $terms } ({ $code })
summary-discount = İndirim: { $code } ile −%{ $percent } ({ $list } yerine){"\u000A"}
promo-deposit-credited-notice = 🎁 { $code } promosyon kodu: bakiye yüklemenizle birlikte <b>{ $amount }</b> bonus eklendi.
reason-bonus = Bonus ({ $code } promosyon kodu)
admin-ledger-kind-bonus = bonus
admin-promo-usage =
    Kullanım:
    /promo: tüm kodlar, kullanım sayıları ve durumlarıyla
    /promo add &lt;KOD&gt; bonus &lt;tutar&gt; [uses &lt;n&gt;] [days &lt;g&gt;]
    /promo add &lt;KOD&gt; deposit &lt;yüzde&gt;% [min &lt;tutar&gt;] [uses &lt;n&gt;] [days &lt;g&gt;]
    /promo add &lt;KOD&gt; discount &lt;yüzde&gt;% [uses &lt;n&gt;] [days &lt;g&gt;]
    /promo off &lt;KOD&gt;: bir kodu durdur
    Kod 3 ile 32 arası harf, rakam, _ veya - içerir (büyük/küçük harf fark etmez).
admin-promo-list =
    🎟 <b>Promosyon kodları</b>
    { $lines }
admin-promo-list-empty = 🎟 Henüz promosyon kodu yok.
admin-promo-line = <code>{ $code }</code> · { $terms } · kullanım: { $uses } · { $state }
admin-promo-state-active = etkin
admin-promo-state-until = { $date } tarihine kadar etkin
admin-promo-state-stopped = durduruldu
admin-promo-state-expired = süresi doldu
admin-promo-state-used-up = tükendi
admin-promo-added = ✅ <code>{ $code }</code> promosyon kodu oluşturuldu: { $terms }.{ $limits }
admin-promo-uses-limit = {"\u000A"}Kullanım: en fazla { $uses }.
admin-promo-until = {"\u000A"}Geçerlilik: { $date } tarihine kadar.
admin-promo-exists = ❌ <code>{ $code }</code> promosyon kodu zaten var; bir kod iki kez oluşturulmaz. Başka bir ad seçin.
admin-promo-stopped = ⏹ <code>{ $code }</code> promosyon kodu durduruldu: artık kimse kullanamaz. Önceden alınmış bonuslar ve indirimler yine verilir.
admin-promo-not-active = ❌ Etkin bir <code>{ $code }</code> promosyon kodu yok.
admin-promo-problem-missing = Kodu, türünü ve tutarını ya da yüzdesini yazın.
admin-promo-problem-code = Kod 3 ile 32 arası harf, rakam, _ veya - içerir ("add" ya da "off" olamaz); <code>{ $value }</code> olmaz.
admin-promo-problem-kind = Tür bonus, deposit veya discount olmalı, <code>{ $value }</code> değil.
admin-promo-problem-percent = Yüzde, 1 ile { $high } arasında bir tam sayı ve ardından % olmalı (ör. 15%), <code>{ $value }</code> değil.
admin-promo-problem-option = Bu tür kodun <code>{ $value }</code> seçeneği yok (ya da değeri eksik veya iki kez yazılmış).
admin-promo-problem-min = En az yükleme tutarı 10.50 gibi bir tutar olmalı, <code>{ $value }</code> değil.
admin-promo-problem-uses = Kullanım sayısı 1 ile 1000000 arasında bir tam sayı olmalı, <code>{ $value }</code> değil.
admin-promo-problem-days = Gün sayısı 1 ile 3650 arasında bir tam sayı olmalı, <code>{ $value }</code> değil.
admin-stats-promos = {"\u000A\u000A"}🎟 <b>Promosyon kodları (tüm zamanlar)</b>{"\u000A"}{ $lines }
admin-stats-promo-bonus = { $code }: verilen bonuslar: { $count } · { $amount }
admin-stats-promo-deposit = { $code }: yükleme bonusları: { $count } · { $amount }
admin-stats-promo-discount = { $code }: indirimli siparişler: { $count } · { $amount } indirim

## issue 25: the console with buttons
admin-menu-stats = 📊 İstatistikler
admin-menu-review = 🕵️ İnceleme ({ $count })
admin-menu-topups = 🏦 Bekleyen yüklemeler ({ $count })
admin-menu-find = 🔎 Bul
admin-menu-broadcast = 📣 Duyuru
admin-menu-catalogue = 🗂 Katalog
admin-menu-panels = 🔌 Paneller
admin-menu-backup = 💾 Yedek
admin-menu-tickets = 💬 Konuşmalar ({ $count })
admin-menu-promo = 🎟 Promosyon kodları
admin-menu-catalogue-hint =
    {"\u000A\u000A"}Kataloğu /markup, /hide, /show ve /sync komutları değiştirir.
admin-menu-backup-sent = 💾 Yedek yukarıda gönderildi.
admin-menu-gone = Bu düğme artık menüde yok: /admin komutunu yeniden açın.
admin-btn-menu = ⬅️ Yönetici menüsü
admin-btn-cancel = ✖️ İptal
admin-btn-find-again = 🔎 Yeniden bul
admin-find-ask = 🔎 Bir sipariş numarası (#12), panelin sipariş numarası, bir bağlantı ya da bir parçası, bir kullanıcı kimliği veya @username gönderin.
admin-find-usage =
    Kullanım: /find &lt;sipariş numarası, panel sipariş numarası, bağlantı, kullanıcı kimliği veya @username&gt;
admin-find-none = 🔎 <code>{ $query }</code> için hiçbir şey bulunamadı.
admin-find-many = 🔎 <code>{ $query }</code> için { $count } sonuç:
admin-find-order-button = 📦 #{ $id } { $icon } · { $price } · 👤 { $user_id }
admin-find-user-button = 👤 { $name } · { $id }
admin-card-orders =
    {"\u000A\u000A"}<b>Siparişler</b> (sayfa { $page }/{ $pages })
    { $lines }
admin-card-moves =
    {"\u000A\u000A"}<b>Cüzdan hareketleri</b> (sayfa { $page }/{ $pages })
    { $lines }
admin-btn-orders-prev = ⬅️ Siparişler
admin-btn-orders-next = Siparişler ➡️
admin-btn-moves-prev = ⬅️ Hareketler
admin-btn-moves-next = Hareketler ➡️
admin-btn-customer = 👤 Müşteri { $id }
admin-btn-refund-all = ↩️ Tamamını iade et ({ $amount })
admin-btn-refund-part = ✏️ Bir kısmını iade et
admin-btn-refund-confirm = ✅ Onayla: { $amount } iade et
admin-btn-back-to-order = ⬅️ Sipariş #{ $id }
admin-order-refund-prompt = ✏️ #{ $id } numaralı siparişin ne kadarı müşteriye iade edilsin? En fazla { $left }. Tutarı gönderin (örneğin <code>0.50</code>).
admin-order-refund-bad-amount = ❌ En fazla { $decimals } ondalıklı pozitif bir tutar gönderin, örneğin <code>0.50</code>.
admin-order-refund-confirm =
    ↩️ #{ $id } numaralı siparişin <b>{ $amount }</b> tutarı <code>{ $user_id }</code> müşterisine iade edilsin mi?
    Ödenen { $paid }, şimdiye kadar iade edilen { $refunded }.
admin-order-refund-done = ✅ #{ $id } numaralı siparişin { $amount } tutarı <code>{ $user_id }</code> müşterisine iade edildi; iade edilebilecek { $left } kaldı. Müşteriye bildirildi.
admin-order-refund-not-final = #{ $id } numaralı sipariş şu durumda: { $state }. Burada yalnızca tamamlanmış siparişler iade edilir.
admin-order-refund-nothing-left = #{ $id } numaralı sipariş zaten tamamen iade edildi.
admin-order-refund-too-much = ❌ { $amount }, iade edilebilecek tutardan ({ $left }) fazla.
admin-order-refund-changed = #{ $id } numaralı sipariş bu arada iade edildi: başka bir şey yapılmadı. { $left } kaldı; yeniden iade etmek için siparişi açın.
admin-customer-order-refund = ↩️ #{ $id } numaralı siparişinizin { $amount } tutarı bakiyenize iade edildi.
admin-ledger-kind-order-refund = sipariş iadesi
reason-order-refund = Mağazadan iade: sipariş #{ $id }

## issue 25: conversations with the shop
command-support = Mağazaya yaz
btn-support-answer = ↩️ Yanıtla
btn-support-ask-order = ❓ Bu sipariş hakkında sor
btn-support-send-search = ✉️ Bunu desteğe gönder
support-prompt =
    💬 <b>Destek</b>

    Sorunuzu tek mesajda yazın: metin, fotoğraf veya belge. Mağaza burada yanıtlar.
support-prompt-order =
    💬 <b>Destek</b> · sipariş <b>#{ $id }</b>

    Bu siparişle ilgili sorunuzu tek mesajda yazın: metin, fotoğraf veya belge. Mağaza burada yanıtlar.
support-sent = ✅ Mağazaya gönderildi (görüşme #{ $id }). Yanıt buraya gelecek.
support-wrong-kind = Metin, fotoğraf veya belge gönderin ya da İptal'e dokunun.
support-canceled = Hiçbir şey gönderilmedi.
admin-support-card =
    💬 <b>Görüşme #{ $id }</b>
    Gönderen: { $name } · <code>{ $user_id }</code> · { $username }
    Bakiye: { $balance }
admin-support-order = 📦 Sipariş <b>#{ $id }</b> hakkında
admin-support-blocked = 🚫 Müşteri botu engelledi: yanıtlar ona ulaşmıyor.
admin-support-answered = ↩️ Yanıtlayan: { $name }, { $when }
admin-support-closed = ✅ Kapatan: { $name }, { $when }
btn-support-reply = ↩️ Yanıtla
btn-support-close = ✅ Kapat
btn-support-order = 📦 Sipariş #{ $id }
admin-support-ask-reply = ↩️ Bir sonraki mesajınız (metin, fotoğraf, belge, ne olursa) #{ $id } numaralı görüşmede mağazanın yanıtı olarak { $name } kişisine gider.
admin-support-delivered = ✅ Yanıtınız { $name } kişisine iletildi (görüşme #{ $id }).
admin-support-not-delivered = ⚠️ Telegram #{ $id } numaralı görüşmedeki yanıtı almadı. Yeniden gönderin ya da İptal'e dokunun.
admin-support-blocked-reply = 🚫 { $name } botu engelledi: #{ $id } numaralı görüşmedeki yanıt iletilmedi.
admin-support-closed-already = #{ $id } numaralı görüşme kapalı.
admin-support-unknown = #{ $id } numaralı bir görüşme yok.
admin-support-closed-done = ✅ #{ $id } numaralı görüşme kapatıldı.
admin-support-reply-canceled = #{ $id } numaralı görüşmeye hiçbir şey gönderilmedi.
admin-tickets =
    💬 <b>Açık görüşmeler</b>: { $count }, en uzun bekleyen önce

    { $lines }
admin-tickets-none = 💬 Açık görüşme yok.
admin-tickets-line = #{ $id } · { $name } (<code>{ $user_id }</code>) · { $when } tarihinden beri
admin-tickets-button = #{ $id } · { $name }
admin-tickets-more = … ve { $more } tane daha.

## issue 25: numbers over time (/stats of a period, the chart)
admin-stats-screen =
    📊 <b>İstatistikler: { $period }</b>
    { $since }

    👥 Müşteriler: { $customers } · son 7 günde aktif: { $active } · botu engelleyen: { $blocked }
    🆕 Yeni müşteriler: { $new }
    🧾 Siparişler: { $orders }

    💵 Gelir (müşterilerin ödediği, iadeler düşülmüş): { $revenue }
    🏭 Panel maliyeti: { $cost }
    📈 Kâr: { $margin }
    🤝 Ödenen komisyonlar: { $commissions }
    🎁 Ödenen bonuslar: { $bonuses }

    🔄 Şu an açık siparişler: { $open } · ❔ inceleme bekleyen: { $review }
admin-stats-since = { $when } tarihinden beri
admin-stats-since-start = Mağaza açıldığından beri
admin-stats-period-today = Bugün
admin-stats-period-7d = 7 gün
admin-stats-period-30d = 30 gün
admin-stats-period-all = Tüm zamanlar
admin-stats-btn-period = { $period }
admin-stats-btn-shown = • { $period } •
admin-stats-btn-chart = 📈 30 günlük grafik
# Commissions or bonuses paid: how many entries, and their sum.
admin-stats-rewards = { $count } · { $amount }
admin-stats-topups-none-in-period = {"\u000A\u000A"}💳 Yüklemeler: yok
admin-chart-drawing = Grafik çiziliyor…
admin-chart-title = Son { $days } gün
admin-chart-revenue = Gelir
admin-chart-cost = Panel maliyeti
admin-chart-orders = Siparişler
admin-chart-day = Gün (UTC)
admin-chart-caption = 📈 Son { $days } gün: siparişler { $orders } · gelir { $revenue } · panel maliyeti { $cost } · kâr { $margin }

## issue 24: invite links and the channel to join first
note-commission = 👥 Davet ettiğiniz bir arkadaşınız #{ $id } numaralı siparişini tamamladı: <b>{ $amount }</b> komisyonunuz cüzdanınıza eklendi. Bakiye: { $balance }.
reason-commission = Bir arkadaşın #{ $id } numaralı siparişinden komisyon
admin-ledger-kind-commission = komisyon
btn-invite = 👥 Arkadaşlarını davet et
btn-share = 📤 Paylaş
invite =
    👥 <b>Arkadaşlarınızı davet edin</b>

    Bağlantınızı paylaşın. Mağazayı ilk kez bu bağlantıyla açan arkadaşınız size bağlanır ve siparişleri için ödediğinin <b>%{ $percent }</b> kadarını cüzdanınıza kazanırsınız.

    🔗 { $link }
    Bağlantınızla katılan: <b>{ $joined }</b>
    Kazanılan: <b>{ $earned }</b>
invite-off = 👥 Bu mağazada arkadaş davet etme şu anda açık değil.
invite-share-text = Sayfalarınız için takipçi, beğeni ve izlenme: bu mağazayı deneyin
admin-user-invited-by = {"\u000A"}👥 Davet eden: { $who }
admin-user-invites = {"\u000A"}👥 Davet ettikleri: { $joined } · kazancı { $earned }
admin-stats-invites =
    {"\u000A\u000A"}👥 <b>Davetler</b>: ödenen komisyon { $paid }
    { $lines }
admin-stats-inviter-line = { $who }: { $joined } katılan · { $earned }
admin-stats-inviters-none = henüz davet eden yok
gate =
    📢 <b>Önce kanalımıza katılın</b>

    Mağaza, şu kanalların üyesi olduğunuzda açılır:
    { $channels }

    Katılın, ardından "✅ Katıldım" düğmesine basın.
gate-channel = • { $channel }
btn-gate-join = ➕ { $channel } kanalına katıl
btn-gate-joined = ✅ Katıldım
gate-still-missing = Henüz { $channels } kanalına katılmadınız. Katılın, sonra düğmeye yeniden basın.
admin-gate-unchecked =
    ⚠️ Bot { $channel } üyelerini kontrol edemiyor ({ $error }), bu yüzden müşteriler kontrolsüz geçiyor.
    Botu o kanalın yöneticisi yapın ya da REQUIRED_CHANNELS ayarını düzeltip yeniden başlatın.

## issue 27: numbers and words each language's way (item 9)
# Sayıdan sonra Stars (Telegram'ın sözcüğü)
stars-word = { $stars ->
       *[other] yıldız
    }
ask-quantity-each =
    🔢 Kaç adet?
    💵 Fiyat: adet başına <b>{ $rate }</b>
    <b>{ $low }</b> ile <b>{ $high }</b> arasında bir sayı gönderin veya aşağıdan birine dokunun.
so-far-each = {"\u000A\u000A"}🧾 Şu ana kadar: { $quantity } × { $rate } = <b>{ $total }</b>
summary-rate-each = Fiyat: adet başına { $rate }{"\u000A"}

## issue 24: a top-up's reversal takes back its deposit bonus
stars-amount-with-bonus = { $amount } ({ $code } promosyon kodunun { $bonus } bonusu dahil)
stars-refund-bonus-line = {"\u000A"}🎁 Geri alınacak: ödemenin { $amount } tutarı ve onunla gelen { $code } promosyon kodunun { $bonus } bonusu.{ $owed }
reason-bonus-taken-back = Bonus geri alındı ({ $code } promosyon kodu): birlikte geldiği yükleme iade edildi

## issue 24: an admin's refund takes back the inviter's commission (review)
note-commission-taken-back = ↩️ Mağaza, davet ettiğiniz arkadaşınızın #{ $id } numaralı siparişini iade etti: bu siparişten aldığınız komisyonun { $amount } tutarı geri alındı. Bakiye: { $balance }.
reason-commission-taken-back = Komisyon geri alındı: bir arkadaşın #{ $id } numaralı siparişi iade edildi
admin-order-refund-commission-taken = 👥 Bu sipariş için ödenen komisyonun { $taken } tutarı davet eden <code>{ $user_id }</code> kullanıcısından geri alındı; kendisine bildirildi.
admin-order-refund-commission-short = 👥 Davet eden <code>{ $user_id }</code> kullanıcısından bu siparişin komisyonundan { $due } geri alınmalıydı, ancak bakiyesi yalnızca { $taken } tutarını karşıladı: bu kadarı alındı, kalanı onda kalıyor.

## issue 23: the shop's own catalogue (names, descriptions, the catalogue CSV)
admin-problem-service = Hizmeti service &lt;n&gt; olarak belirtin (mağazanın numarası).
admin-problem-lang = Dil şunlardan biri olmalı: { $langs }.
admin-problem-text-empty = Metin eksik.
admin-problem-text-too-long = Metin { $limit } karakterden uzun.
admin-rename-usage =
    Kullanım:
    /rename service &lt;n&gt; &lt;lang&gt; &lt;ad&gt;
    /rename category &lt;n&gt; &lt;lang&gt; &lt;ad&gt;
    En fazla 100 karakterlik bir ad; <code>-</code> mağazanın adını kaldırır, panelin adı yeniden görünür.
    Örnek: /rename service 12 tr Instagram Takipçi
admin-describe-usage =
    Kullanım: /describe service &lt;n&gt; &lt;lang&gt; &lt;açıklama&gt;
    En fazla 1000 karakter, isterseniz birkaç satır; <code>-</code> mağazanın açıklamasını kaldırır.
admin-service-usage = Kullanım: /service &lt;n&gt; (hizmetin mağazadaki numarası)
admin-text-set-name = ✅ { $scope_title } { $id } artık { $lang } dilinde «{ $text }» adını taşıyor.
admin-text-removed-name = ✅ { $scope_title } { $id } için { $lang } dilinde mağaza adı artık yok: müşteriler İngilizce adı, o da yoksa panelin adını görür.
admin-text-set-description = ✅ { $scope_title } { $id } için { $lang } açıklaması kaydedildi.
admin-text-removed-description = ✅ { $scope_title } { $id } için { $lang } dilinde mağaza açıklaması artık yok: müşteriler İngilizce açıklamayı, o da yoksa panelinkini görür.
admin-service-card =
    🧾 <b>Hizmet { $id }</b>
    Panel: { $panel } · oradaki id { $panel_id }
    Paneldeki adı: { $panel_name }
    Kategori: { $category }
    Mağazanın adları:
    { $names }
    Mağazanın açıklamaları:
    { $descriptions }
    Tür: { $type }
    Panel fiyatı: { $rate } · müşteriler 1000 başına { $price } öder
    En az–en çok: { $low }–{ $high }
    Kâr marjı: %{ $markup } ({ $markup_from })
    Gizli: { $hidden }
admin-service-text-line = · { $lang }: { $text }
admin-service-texts-none = · yok: panelin metni gösterilir
admin-service-markup-own = kendisinin
admin-service-markup-inherited = kategorisinden ya da genel
admin-service-btn-rename = ✏️ Yeniden adlandır
admin-service-btn-describe = 📝 Açıklama
admin-service-choose-lang-name = ✏️ Hizmet { $id }: hangi dilde ad vermek istiyorsunuz?
admin-service-choose-lang-desc = 📝 Hizmet { $id }: hangi dilde açıklama yazmak istiyorsunuz?
admin-service-ask-name = ✏️ Hizmet { $id } için { $lang } adını gönderin (en fazla { $limit } karakter) ya da mağazanın adını kaldırmak için <code>-</code> gönderin.
admin-service-ask-description = 📝 Hizmet { $id } için { $lang } açıklamasını gönderin (en fazla { $limit } karakter) ya da mağazanın açıklamasını kaldırmak için <code>-</code> gönderin.
admin-service-gone = Bu hizmet artık katalogda yok.
admin-export-catalogue = 📄 Katalog: { $count } hizmet. Ad, açıklama, markup ve hidden sütunlarını düzenleyin, sonra dosyayı /import catalogue açıklamasıyla geri gönderin.
admin-import-usage = Kullanım: /export catalogue dosyasını <code>/import catalogue</code> açıklamasıyla gönderin ya da dosyanın olduğu mesajı <code>/import catalogue</code> ile yanıtlayın.
admin-import-unreadable = ❌ Dosya UTF-8 CSV olarak okunamıyor.
admin-import-too-big = ❌ Dosya { $megabytes } MB'tan büyük.
admin-import-problems =
    ❌ Hiçbir şey değiştirilmedi: dosyada { $count } sorun var.
    { $lines }
admin-import-problems-more = … ve { $count } tane daha.
admin-import-problem-column = Bilinmeyen sütun <code>{ $value }</code>.
admin-import-problem-no-id = <code>id</code> sütunu eksik.
admin-import-problem-id = Satır { $row }: <code>{ $value }</code> mağazanın bir hizmet numarası değil.
admin-import-problem-duplicate = Satır { $row }: hizmet { $value } dosyada iki kez var.
admin-import-problem-too-long = Satır { $row }: { $value } { $limit } karakterden uzun.
admin-import-problem-markup = Satır { $row }: kâr marjı boş ya da 0 ile 10000 arasında bir yüzde olmalı, <code>{ $value }</code> değil.
admin-import-problem-hidden = Satır { $row }: hidden 0 ya da 1 olmalı, <code>{ $value }</code> değil.
admin-import-preview =
    🔎 Dosya { $services } hizmeti değiştiriyor ({ $changes } değişiklik). İlkleri:
    { $lines }

    Uygulansın mı?
admin-import-change = #{ $id } { $column }: «{ $old }» → «{ $new }»
admin-import-blank = (boş)
admin-import-nothing = ✅ Dosya hiçbir şeyi değiştirmiyor: katalog zaten böyle.
admin-import-applied = ✅ Uygulandı: { $services } hizmette { $changes } değişiklik.
admin-import-canceled = ✖️ İçe aktarma iptal edildi: hiçbir şey değişmedi.
admin-import-stale = Bu içe aktarma zaten uygulandı ya da iptal edildi.
admin-import-btn-apply = ✅ Uygula
admin-import-btn-cancel = ✖️ İptal
admin-help-catalogue =
    /service &lt;n&gt;: bir hizmetin kartı (panel, adlar, açıklamalar, fiyat), Yeniden adlandır ve Açıklama düğmeleriyle
    /rename service|category &lt;n&gt; &lt;lang&gt; &lt;ad&gt;: mağazanın bir dildeki adı
    /describe service &lt;n&gt; &lt;lang&gt; &lt;metin&gt;: mağazanın bir dildeki açıklaması
    /export catalogue, /import catalogue: katalog CSV olarak, düzenlenip geri gönderilir
    /alt &lt;n&gt; [&lt;m&gt;]: bir hizmetin diğer panellerdeki alternatifleri, paneli siparişi reddettiğinde denenir

## issue 23: alternatives when a panel says no
admin-alt-usage =
    Kullanım:
    /alt &lt;hizmet&gt;: diğer panellerdeki alternatifleri
    /alt &lt;hizmet&gt; &lt;hizmet&gt;: ikincisi, birincinin sıradaki alternatifi olur
    /alt &lt;hizmet&gt; off &lt;hizmet&gt;: birini kaldır
    /alt &lt;hizmet&gt; clear: hepsini kaldır
    Bir hizmetin paneli bir siparişi açıkça reddettiğinde (ya da panele hiç ulaşılamadığında) alternatifleri sırayla, müşteriye söylenen fiyattan denenir. Zaman aşımından ya da okunamayan bir yanıttan sonra asla: sipariş oluşmuş olabilir, /review bekler.
admin-alt-title = 🔀 <b>#{ $id } alternatifleri</b> · { $name } ({ $panel })
admin-alt-none = Yok: panelinin reddettiği bir sipariş iade edilir.
admin-alt-line = { $position }. #{ $id } · { $name } · { $panel } · { $low }–{ $high }
admin-alt-unusable = {" "}· ⚠️ şu an kullanılmıyor (gizli, kaldırılmış ya da paneli ayarlı değil)
admin-alt-hint = Ekle: /alt { $id } &lt;hizmet&gt; · kaldır: /alt { $id } off &lt;hizmet&gt; · hepsi: /alt { $id } clear
admin-alt-no-service = #{ $id } numaralı bir hizmet yok.
admin-alt-no-alternative = #{ $alternative } numaralı bir hizmet yok.
admin-alt-same = Bir hizmet kendi alternatifi olamaz.
admin-alt-same-panel = #{ $alternative }, #{ $id } ile aynı panelde: alternatif başka bir panelde olmalı.
admin-alt-other-type = #{ $alternative }, #{ $id } ile aynı türde değil: birinin siparişi diğerine gidemez.
admin-alt-listed = #{ $alternative } zaten #{ $id } için bir alternatif.
admin-alt-not-listed = #{ $alternative }, #{ $id } için bir alternatif değil.
admin-alt-too-many = #{ $id } için zaten { $max } alternatif var: önce birini kaldırın.
admin-order-panel-ref = { $panel }: { $panel_order_id }
admin-order-panel-ref-via = { $panel }: { $panel_order_id }, #{ $service_id } hizmeti üzerinden
admin-panel-n-refuses =
    ⚠️ <b>{ $panel } siparişleri reddediyor</b> (bakiye veya API anahtarı):
    <code>{ $error }</code>
    Başka bir panelde alternatifi olan bir hizmetin siparişi oraya gider; diğerleri iade edilir ve müşterileri 'geçici olarak kullanılamıyor' mesajını görür.
admin-service-alternatives = 🔀 Diğer panellerdeki alternatifler:

## issue 23: search in the customer's words
search-results-cut =
    🔎 <b>{ $query }</b> için { $total } sonuçtan { $shown } tanesi gösteriliyor: daraltmak için bir kelime ekleyin.

    💵 Fiyatlar 1000 adet içindir (📦 paket başına). Ayrıntılar için bir hizmete dokunun.
# Müşterinin her hizmet türü ve her ağ için yazabileceği kelimeler, virgülle ayrılmış. Bütün
# dillerin kelimeleri her müşteri için kullanılır; buraya Türkçe kelimeleri, insanların yazdığı
# biçimleriyle (beğeni, beğenisi, beğeniler) yazın. Dört harf ve daha uzun bir kelime ekle de
# anlaşılır ("takipçi" → "takipçiye"). Parantez içindeki kelime yazıldığında anlaşılır ama
# hizmet adlarında aranmaz. Üç harften kısa kelimeler her zaman böyledir.
search-words-followers = takipçi, takipçiler, takipçisi, takipci, takip
search-words-subscribers = abone, aboneler, abonesi, abonelik
search-words-likes = beğeni, beğeniler, beğenisi, begeni, beğen, layk
search-words-views = izlenme, izlenmeler, izlenmesi, görüntülenme, görüntüleme, izleme, izlenim
search-words-comments = yorum, yorumlar, yorumu
search-words-members = üye, üyeler, üyesi, kanal üyesi, abone
search-words-shares = paylaşım, paylaşımlar, paylaşma, paylaş, retweet
search-words-saves = kaydetme, kaydetmeler, kaydet, kayıt
search-words-reactions = tepki, tepkiler, reaksiyon, reaksiyonlar, emoji
search-words-votes = oylar, oylama, anket, (oy)
search-words-story = hikaye, hikâye, hikayeler, hikâyeler, story
search-words-reels = reels, reelsler, reel
search-words-live = canlı, canlı yayın, canli, yayın
search-words-instagram = instagram, instagramda, instagramdan, (insta), (ig)
search-words-tiktok = tiktok, tik tok, tiktokta, tiktoktan
search-words-youtube = youtube, youtubeda, yutub
search-words-telegram = telegram, telegramda, (tg)
search-words-facebook = facebook, facebookta, feysbuk, (fb)
search-words-twitter = twitter, twitterda, tweet, (x)
search-words-spotify = spotify, spotifyda
search-words-twitch = twitch, twitchte
search-words-discord = discord, discordda
search-words-threads = threads, threadste
search-words-linkedin = linkedin, linkedinde

## issue 23: several panels (status sync, alerts, /panel, /sync, the order card)
admin-panels =
    🏭 <b>Paneller</b>
    Katalog: { $categories } kategoride { $services } hizmet, son yenileme: { $refreshed }
    Son durum eşitlemesi: { $sync }
admin-panels-entry =
    <b>{ $name }</b> (panel { $number })
    Bakiye: { $balance }
    Hizmetler: { $services }, son yenileme: { $refreshed }
    Siparişlerin son eşitlemesi: { $synced }
admin-sync-panel-done = • { $name }: { $total } hizmet · eklenen { $added } · değişen { $changed } · kaldırılan { $removed }
admin-sync-panel-failed = • { $name }: ❌ yenilenmedi, kayıtlı hizmetleri kalıyor (<code>{ $error }</code>)
admin-review-on-panel = { $service } · panel { $name }
admin-alert-panel-low =
    ⚠️ <b>{ $name } panelinin bakiyesi düşük</b>: { $amount } { $currency }, { $threshold } { $currency } sınırının altında.
    Bakiye yükleyin, yoksa bu paneldeki siparişler başarısız olmaya başlar.
admin-alert-panel-ok = ✅ { $name } panelinin bakiyesi yeniden { $threshold } { $currency } sınırının üzerinde: { $amount } { $currency }.
admin-alert-panel-currency-differs =
    ⚠️ <b>{ $name } paneli { $panel } ile hesap tutuyor, ancak CURRENCY { $currency }.</b>
    Fiyatları, { $currency } olarak gösterilen panel rakamlarıdır: o panelde { $currency } cinsinden bir hesap kullanın ya da CURRENCY={ $panel } yapıp botu yeniden başlatın.
admin-alert-panel-catalogue-failing =
    ⚠️ <b>{ $name } panelinin kataloğu sürekli yenilenemiyor</b> (başlangıç: { $since }).
    Müşteriler bu panelin kayıtlı son hizmetlerini görüyor; diğer paneller yenileniyor.
    <code>{ $error }</code>
admin-alert-panel-catalogue-recovered = ✅ { $name } panelinin kataloğu yeniden yenileniyor.
admin-alert-panel-renamed =
    ✏️ <b>{ $name } paneli { $count } hizmetin adını değiştirdi</b> (mağazanın kendi adları olduğu gibi kalıyor):
    { $lines }{ $more }
admin-alert-panel-renamed-more = {"\u000A"}… ve { $count } tane daha

## issue 23: browsing a big catalogue
platforms = 🛒 <b>Bir platform seçin</b>
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
   *[other] Diğer
}
platform-button = { $icon } { $platform } ({ $count })
platform-categories = { $icon } <b>{ $platform }</b>: bir kategori seçin
btn-popular = 🔥 Popüler
popular-header = 🔥 <b>Popüler</b>: son { $days } günde en çok sipariş edilenler
popular-none = 🔥 Son zamanlarda sipariş verilmedi: bunun yerine bir platform seçin.
admin-platform-usage =
    Kullanım: /platform &lt;kategori no&gt; &lt;platform&gt;
    Platformlar: { $keys }
    Örnek: /platform 12 tiktok
admin-platform-set = 📂 { $id } numaralı kategori ({ $name }) artık { $platform } altında; katalog yenilemeleri onu taşımaz.
admin-platform-not-found = { $id } numaralı bir kategori yok.
admin-rank-usage =
    Kullanım: /rank &lt;hizmet no&gt; &lt;sıra&gt;
    Sıra 1, hizmeti kategorisinde fiyat sırasındaki hizmetlerden (en ucuz önce) önce, ilk gösterir; 0 onu fiyat sırasına geri koyar. Sıra en fazla { $max }.
    Örnek: /rank 305 1
admin-rank-set = ↕️ { $id } numaralı hizmet ({ $name }) artık kategorisinde { $place }. sırada.
admin-rank-reset = ↕️ { $id } numaralı hizmet ({ $name }) yeniden fiyat sırasında.
admin-rank-not-found = { $id } numaralı bir hizmet yok.

## issue 26: the shop's API v2 for resellers
btn-api = 🔑 Bayiler için API
api-screen-unavailable =
    🔑 <b>API</b>

    Bu mağaza API erişimi sunmuyor.
api-screen-off =
    🔑 <b>Bayiler için API</b>

    Kendi botunuz veya web siteniz bu mağazadan standart SMM panel API v2 ile sipariş verebilir; ödeme bu cüzdandan, burada gördüğünüz fiyatlarla yapılır. Partial ve Canceled siparişlerin iadeleri bu cüzdana döner.

    Anahtarınızı almak için açın.
api-screen-on =
    🔑 <b>Bayiler için API</b>: açık

    Adres: <code>{ $url }</code>
    API siparişlerinin durum mesajları burada: { $notices }

    Anahtarınız oluşturulduğunda bir kez gösterildi. Kaybettiniz mi? "Yeni anahtar"a basın: eskisi çalışmaz olur.
api-screen-key =
    🔑 <b>API anahtarınız</b> yalnızca bu kez gösteriliyor: şimdi kopyalayın ve gizli tutun.

    <code>{ $key }</code>

    Adres: <code>{ $url }</code>
    Deneyin:
    <code>{ $curl }</code>
api-screen-blocked =
    🔑 <b>API</b>

    Mağaza API erişiminizi kapattı. Bunun bir hata olduğunu düşünüyorsanız destekle iletişime geçin.
api-notices-on = açık
api-notices-off = kapalı
btn-api-turn-on = ✅ Aç ve anahtar al
btn-api-new-key = 🔄 Yeni anahtar
btn-api-turn-off = ⛔ Kapat
btn-api-notices-on = 🔔 Durum mesajları: açık
btn-api-notices-off = 🔕 Durum mesajları: kapalı
order-api-mark = [API]
admin-user-api-on = {"\u000A"}🔑 API: açık, anahtar tarihi { $since }
admin-user-api-off = {"\u000A"}🔑 API: kapalı
admin-user-api-blocked = {"\u000A"}🔑 API: bir yönetici kapattı
admin-btn-api-block = ⛔ API'yi kapat
admin-btn-api-allow = ✅ API'ye yeniden izin ver
admin-api-blocked = { $user_id } kullanıcısının API'si kapatıldı: anahtar artık çalışmıyor.
admin-api-allowed = { $user_id } API'yi yeniden açabilir.
admin-stats-api = {"\u000A\u000A"}🔑 API üzerinden: { $count } sipariş · { $revenue }
admin-api-no-user = { $user_id } numaralı kullanıcı mağazada kayıtlı değil.
