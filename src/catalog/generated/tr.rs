// @generated from data/ by build/ (the texts of Turkish, `tr`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "Sistem durumu veya sistem yardımı yanıtı",
        "Sunucu, bir bilgi isteğine kendi durumunu anlatan bir raporla ya da genel yardım metniyle yanıt veriyor. Bu, bir insanın okuması için hazırlanmış başarılı bir yanıttır; hiçbir e-posta gönderilmedi veya değiştirilmedi.",
        "Sunucular bunu `HELP` komutuna `214` yerine yanıt olarak gönderebilir. Olağan e-posta tesliminde neredeyse hiç görülmez, çünkü e-posta yazılımlarının yardım istemesi için bir neden yoktur.",
        "Düzeltilecek bir şey yok: komut başarılı oldu. Metni siz istediyseniz okuyun, ancak bir programı bu metnin ifadesine bağımlı hâle getirmeyin; ifade sunucudan sunucuya değişir.",
    ],
    // 214
    [
        "Yardım iletisi",
        "Sunucu `HELP` komutuna insanlar için yazılmış bir metinle yanıt veriyor; örneğin kabul ettiği komutları ya da bunlardan birinin nasıl kullanılacağını anlatıyor. Bu başarılı bir yanıttır; e-posta teslimiyle ilgili hiçbir şey değişmedi.",
        "Sunucular bunu, bir komut adıyla birlikte ya da tek başına gönderilen `HELP` komutuna yanıt olarak, çoğu zaman birkaç satıra yayılmış biçimde gönderir. En çok, komutları elle yazarak bir sunucuyu test eden kişiler görür.",
        "Düzeltilecek bir şey yok. Yardım istediyseniz metni okuyun; içeriği serbest biçimli olduğu ve sunucudan sunucuya değiştiği için programlar bu metni ayrıştırmamalıdır.",
    ],
    // 220
    [
        "Hizmet hazır",
        "Sunucu hazır. Bağlantının ilk satırı olarak geldiğinde istemciyi `EHLO` ile devam etmeye davet eden karşılama mesajıdır; `STARTTLS` komutuna yanıt olarak geldiğinde ise istemciye TLS el sıkışmasını hemen başlatmasını söyler.",
        "Sunucular bunu bir istemci bağlanır bağlanmaz, genellikle kendi sunucu adlarıyla birlikte gönderir; şifrelemeye hazır olduklarında `STARTTLS` komutuna yanıt olarak da gönderirler. Oturumun tamamını reddeden bir sunucu ise bunun yerine `554` veya `521` ile karşılar.",
        "Düzeltilecek bir şey yok. Karşılama mesajından sonra istemci `EHLO` ile devam eder. `STARTTLS` komutuna `220` aldıktan sonra TLS el sıkışmasını tamamlar ve `EHLO` komutunu yeniden gönderir, çünkü şifrelemeden önce üzerinde anlaşılanlar artık geçerli değildir.",
    ],
    // 221
    [
        "Hizmet iletim kanalını kapatıyor",
        "Sunucu `QUIT` komutunu kabul etti ve bağlantıyı düzgün bir şekilde kapatıyor. Oturumun önceki aşamalarında onayladığı her şey onaylı olarak kalır.",
        "Sunucular bunu oturumun normal sonunda `QUIT` komutuna yanıt olarak, genellikle kendi sunucu adlarıyla birlikte gönderir. Başarısız bir teslimatın günlüğünde çoğu zaman son satır olarak görünür, ancak hatayı değil yalnızca vedalaşmayı bildirir.",
        "Düzeltilecek bir şey yok. Aynı oturumda bir teslimat başarısız olduysa `QUIT` komutundan hemen önceki yanıta bakın: sorunu asıl o yanıt belirtir.",
    ],
    // 235
    [
        "Kimlik doğrulama başarılı",
        "`AUTH` alışverişi başarılı oldu: sunucu, oturumun geri kalanı için kullanıcı adını ve parolayı ya da başka kimlik bilgilerini kabul etti. Normalde `2.7.0` genişletilmiş koduyla birlikte gelir.",
        "Sunucular bunu başarılı bir `AUTH` alışverişinin sonunda gönderir; tipik olarak bir e-posta programı veya uygulama, göndermeden önce giden posta sunucusunda oturum açtığında görülür.",
        "Düzeltilecek bir şey yok. Gönderim bu noktadan sonra yine başarısız oluyorsa neden daha sonraki bir yanıttadır; örneğin gönderenle veya bir alıcıyla ilgili bir `550` ya da `554` yanıtında.",
    ],
    // 250
    [
        "İstenen posta eylemi tamamlandı",
        "Komut başarılı oldu. İletinin son noktasından (veya son `BDAT` parçasından) sonra ise daha fazlasını ifade eder: sunucu iletinin sorumluluğunu üstlenmiştir; onu teslim edecek ya da daha sonra bir geri dönüş bildirimi gönderecektir.",
        "Sunucular bunu `EHLO`, `MAIL FROM`, her bir `RCPT TO`, ileti verisi, `RSET`, `NOOP` ve doğrulanmış bir `VRFY` ya da `EXPN` için onay olarak gönderir. Uzantılar da bunu kullanır: her `BDAT` parçası için, `BURL` için, `ETRN` bir kuyruk çalıştırmasını başlattığında ve `ATRN` oturumu devrettiğinde.",
        "Düzeltilecek bir şey yok. `250` ile kabul edilen bir ileti hiç ulaşmadıysa bu sunucudan sonraki bir aşamada kaybolmuştur: birçok sunucunun yanıt metnine eklediği kuyruk kimliğiyle `250` yanıtını gönderen sunucunun günlüklerini, ayrıca alıcının spam klasörünü kontrol edin.",
    ],
    // 251
    [
        "Kullanıcı yerel değil; ileti yönlendirilecek",
        "Sunucu alıcıyı kabul etti, ancak posta kutusu bu sunucuda değil: iletiyi, adını belirttiği başka bir adrese iletecek. Hiçbir şey başarısız olmadı. `ETRN` komutuna yanıt olarak ise aynı kod, istenen alan adı için bekleyen e-posta olmadığı anlamına gelir.",
        "Sunucular bunu, yeni bir adrese taşınmış bir kullanıcı için `RCPT TO` veya `VRFY` sonrasında gönderebilir. Sunucular iletiyi bunu belirtmeden yönlendirip düz bir `250` ile de yanıt verebilir. `ETRN` destekleyen sunucular, belirtilen alan adının kuyruğu boş olduğunda bu kodu gönderir.",
        "Bu ileti için bir şey yapmanız gerekmez. Metin yeni bir adres belirtiyorsa gönderen, sonraki e-postaların doğrudan oraya gitmesi için adres defterini güncelleyebilir.",
    ],
    // 252
    [
        "Kullanıcı doğrulanamıyor, ancak ileti kabul edilip teslim edilmeye çalışılacak",
        "Sunucu adresin var olup olmadığını doğrulamayacak, ancak bu adrese gelen e-postayı kabul edip teslim etmeye çalışacak. Yanıt, posta kutusu hakkında hiçbir şey söylemez. `ETRN` komutuna yanıt olarak ise aynı kod, sunucunun o alan adı için bekleyen e-postaları göndermeye başladığı anlamına gelir.",
        "Pek çok sunucu her `VRFY` ve `EXPN` komutuna bu şekilde yanıt verir, çünkü adresleri doğrulamak spam gönderenlerin adres toplamasını kolaylaştırır. Yanıt, istemcinin `SMTPUTF8` ile izin vermediği UTF-8 metin gerektirdiğinde verilen yanıt da budur.",
        "Düzeltilecek bir şey yok. Bunu posta kutusunun var olduğunun kanıtı saymayın: bunu öğrenmenin tek yolu bir ileti gönderip geri dönen e-posta gelip gelmediğini izlemektir.",
    ],
    // 253
    [
        "Düğüm için bekleyen iletilerin gönderimi başladı, ileti sayısıyla birlikte",
        "`ETRN` yanıtı: sunucu, istenen alan adı veya sunucu için tuttuğu e-postaları teslim etmeye başladı ve metin kaç iletinin beklediğini belirtir. Bu başarılı bir yanıttır.",
        "`ETRN` destekleyen sunucular bunu, kuyruktaki e-postalarını istemek için bağlanan ve sürekli bağlı olmayan bir sisteme, örneğin küçük bir ofisin e-posta sunucusuna gönderir. Başka hiçbir komut bu yanıtı döndürmez.",
        "Düzeltilecek bir şey yok. Kendi e-posta sunucunuzu erişilebilir tutun: sağlayıcı kuyruktaki iletileri ona yeni ve olağan SMTP bağlantıları üzerinden teslim eder.",
    ],
    // 334
    [
        "Kimlik doğrulama sorgusu",
        "Sunucu bir `AUTH` alışverişinin ortasında ve istemcinin bir sonraki yanıtını bekliyor. Koddan sonraki metin, seçilen mekanizmanın tanımladığı base64 verisidir (örneğin bir sorgu); boş da olabilir.",
        "Sunucular bunu `AUTH` komutundan sonra ve alışveriş tamamlanana kadar istemcinin her yanıtından sonra gönderir. `334` ile biten bir günlük, istemcinin hiç yanıt vermediğini ya da bağlantının koptuğunu gösterir.",
        "Kendi başına düzeltilecek bir şey yok: istemci base64 kodlu bir satırla ya da iptal etmek için `*` ile yanıt verir. Oturum açma işlemleri burada takılıyorsa istemcinin ve sunucunun aynı mekanizmayı desteklediğini ve aradaki hiçbir cihazın bağlantıyı kesmediğini kontrol edin.",
    ],
    // 354
    [
        "E-posta girişine başlayın; yalnızca nokta içeren bir satırla bitirin",
        "Sunucu `DATA` komutunu kabul etti ve iletinin kendisini bekliyor: başlık alanları, boş bir satır, gövde ve son olarak yalnızca tek bir nokta içeren bir satır. Henüz teslim için hiçbir şey kabul edilmedi.",
        "Sunucular bunu, en az bir alıcı kabul edildikten sonra `DATA` komutuna yanıt olarak gönderir. `354` sonrasında hemen biten bir oturum, genellikle ileti gönderilirken bağlantının koptuğu ya da zaman aşımına uğradığı anlamına gelir.",
        "Düzeltilecek bir şey yok: iletiyi gönderin, nokta satırıyla bitirin ve son yanıtı (`250` veya bir hata) bekleyin. Oturumlar sürekli burada takılıyorsa yavaş ya da kararsız bir ağ bağlantısı veya iki sunucu arasında filtreleme yapan bir cihaz olup olmadığına bakın.",
    ],
    // 355
    [
        "Bayt konumu, işlemin kaldığı konumdur",
        "Deneysel denetim noktası ve yeniden başlatma uzantısının yanıtı: sunucu, aynı işlem kimliğine sahip yarıda kalmış bir denemeden iletinin bir kısmını hâlâ tutuyor ve metindeki sayı, elinde kaç sekizli (bayt) bulunduğunu belirtir. Aktarım baştan başlamak yerine buradan devam edebilir.",
        "Bunu yalnızca `CHECKPOINT` uzantısını sunan sunucular, tamamlanmamış bir işlemle eşleşen `TRANSID` parametresi içeren `MAIL FROM` komutuna yanıt olarak gönderir. Uygulamada çok nadirdir.",
        "Düzeltilecek bir şey yok. Bu uzantıyı kullanan bir istemci işleme devam eder ve yalnızca belirtilen konumdan sonrasını gönderir; hiç `TRANSID` göndermeyen bir istemci bu yanıtı hiçbir zaman almamalıdır.",
    ],
    // 400
    [
        "Geçici hata, daha sonra yeniden deneyin",
        "Standart bir yanıt değildir: `400` hiçbir RFC'de tanımlanmamıştır ve geçici bir hatayı belirten ilk rakamı dışında bir şey söylemez. Courier e-posta sunucusu bunu çeşitli geçici retler için kullanır; örneğin önce `STARTTLS` yapılmasını şart koştuğunda ya da bir alıcıyı o an sorgulayamadığında.",
        "Courier, bağlantının şifrelenmesi gerekiyorsa ve istemci henüz `STARTTLS` göndermediyse çoğu komuta bu yanıtı verir. Takma ad sorgusu başarısız olduğunda `RCPT TO` komutuna da bu şekilde yanıt verir ve iç gönderim sürecinin başlatılamadığını da bu kodla bildirir.",
        "Diğer 4xx yanıtları gibi ele alın ve gönderen sunucunun daha sonra yeniden denemesine izin verin. Metin `STARTTLS` istiyorsa istemcide veya gönderen sunucuda TLS'i etkinleştirin. Başka bir nedenle gelmeye devam ederse yanıt veren sunucunun yöneticisi günlüklerini incelemelidir.",
    ],
    // 417
    [
        "Gönderen veya HELO denetimi geçici olarak başarısız oldu",
        "Standart bir yanıt değildir: `417` hiçbir RFC'de tanımlanmamıştır. Courier e-posta sunucusu bunu, gönderenle ilgili bir denetim geçici bir nedenle tamamlanamadığında gönderir; bu genellikle gönderenin alan adının veya `HELO` adının DNS sorgusudur. Courier'daki kalıcı karşılığı `517` kodudur.",
        "Courier, isteğe bağlı gönderen denetimleri etkinse ve gönderenin alan adı ya da `HELO` adı için yapılan DNS sorgusu başarısız olur veya zaman aşımına uğrarsa `MAIL FROM` komutuna bu yanıtı verir. Sunucunun kesin değil geçici sayacak şekilde ayarlandığı SPF sonuçları için de kullanılır.",
        "Gönderen sunucunun yeniden denemesine izin verin; kısa bir DNS kesintisi kendiliğinden geçer. Sorun sürerse gönderenin alan adı yöneticisi alan adının DNS sunucularının güvenilir biçimde yanıt verdiğini kontrol etmeli, gönderen sunucu da çözümlenebilen bir `HELO` adı bildirmelidir.",
    ],
    // 421
    [
        "Hizmet kullanılamıyor, iletim kanalı kapatılıyor",
        "Sunucu bağlantıyı kapatıyor ve bu oturumda başka hiçbir şeyi işlemeyecek. Sorun geçicidir: iletinizde bir sorun yoktur ve aynı teslimat daha sonra başarılı olmalıdır.",
        "Sunucular bunu aşırı yüklendiklerinde veya sizi gri listeye aldıklarında karşılama mesajı yerine, kapanmak zorunda kaldıklarında ise herhangi bir komuta yanıt olarak gönderir. Aniden durdurulan bir sunucu bunu bağlantı kopmadan hemen önce gönderebilir.",
        "İletide düzeltilecek bir şey yok: e-posta sunucunuzun iletiyi kuyrukta tutmasına ve giderek artan aralıklarla daha sonra yeniden denemesine izin verin. Bu durum tek bir gönderen IP adresinde sürekli yaşanıyorsa gönderim hızınızı düşürün, adresin bir engelleme listesinde olmadığını kontrol edin ve çoğu zaman nedeni belirten, koddan sonraki metni okuyun.",
    ],
    // 422
    [
        "Parola geçişiyle ilişkilendirilmiş resmî olmayan kod",
        "Standart bir yanıt değildir: `422` hiçbir RFC'de tanımlanmamıştır. IANA kaydı onu `432` ile birlikte, `X.7.12` (parola geçişi gerekiyor) koduyla kullanılabilecek temel kodlardan biri olarak listeler; Stalwart e-posta sunucusuyla birlikte gelen gri listeleme betiği ise daha önce görmediği bir gönderenden gelen e-postayı ertelemek için `422 4.2.2` gönderir.",
        "`RCPT TO` sonrasında, Stalwart'ın betiğinde olduğu gibi gri listeleme nedeniyle yapılan bir ertelemedir: sunucu bilinmeyen bir gönderenin ilk denemesini geri çevirir ve birkaç dakika sonraki yeniden denemeyi kabul eder. `AUTH` sonrasında ise RFC 4954'ün `432 4.7.12` kullandığı yerde yer alırdı.",
        "`RCPT TO` sonrasında gönderen sunucunun kendiliğinden yeniden denemesine izin verin; gri listeleme süresi dolduğunda yeniden deneme geçer. `AUTH` sonrasında ise `432` gibi ele alın: şifreli bir bağlantı üzerinden PLAIN mekanizmasıyla bir kez oturum açın, ardından tercih ettiğiniz mekanizmaya geri dönün.",
    ],
    // 424
    [
        "Takma ad veya yönlendirme çözümlenirken geçici hata",
        "Standart bir yanıt değildir: `424` hiçbir RFC'de tanımlanmamıştır. OpenSMTPD bunu, bir takma adın, sanal adresin veya forward dosyasının sorgulanması başarısız olduğu için bir alıcının e-postasının nereye gideceğini o an belirleyemediğinde `4.2.4` ile birlikte gönderir.",
        "OpenSMTPD, alıcı için yapılan bir tablo sorgusu geçici bir hata döndürdüğünde `RCPT TO` komutuna bu yanıtı verir; örneğin okunamayan bir veritabanı veya dosya ya da denetlenemeyen bir kullanıcı forward dosyası söz konusu olduğunda. Aynı sorunun kalıcı biçimi, `5.2.4` ile birlikte `524` kodudur.",
        "Gönderen tarafın yalnızca daha sonra yeniden denemesi gerekir. Alıcı taraftaki OpenSMTPD sunucusunun yöneticisi günlüklerini okumalı, kullandığı takma ad, sanal adres ve yönlendirme tablolarını kontrol etmeli ve bunların arkasındaki arka uç sistemlere erişilebildiğinden emin olmalıdır.",
    ],
    // 430
    [
        "Geçersiz komutla ilişkilendirilmiş resmî olmayan kod",
        "Standart bir yanıt değildir: `430` hiçbir RFC'de tanımlanmamıştır. qmail için yazılmış chkuser yaması bir alıcıyı o an denetleyemediğinde bunu gönderir; IANA kaydı da onu `X.5.1` (geçersiz komut) koduyla kullanılabilecek temel kodlar arasında listeler. Bir 4xx kodu olduğu için geçici bir hatadır.",
        "Alıcıları denetlerken başvurduğu kullanıcı veritabanına ulaşamadığında chkuser yaması `RCPT TO` komutuna, metninde `#4.3.0` bulunan bir `430` yanıtı verir. Başka sunucular bununla farklı bir şey kastedebilir; bu yüzden en iyi açıklama koddan sonraki metindir.",
        "Her 4xx kodunda olduğu gibi gönderen sunucunun daha sonra yeniden denemesine izin verin; iletinin kendisinde bir değişiklik gerekmez. Gelmeye devam ederse yanıt veren sunucunun yöneticisi, alıcı denetiminin dayandığı kullanıcı veritabanını onarmalıdır (chkuser'da bu, vpopmail arka ucudur).",
    ],
    // 431
    [
        "Alıcı e-posta sistemi dolu",
        "Standart bir yanıt değildir: `431` hiçbir RFC'de tanımlanmamıştır, ancak numarası `4.3.1` genişletilmiş kodunu yansıtır. Courier e-posta sunucusu bunu, disk alanı azaldığı için alıcıyı veya iletiyi güvenle kabul edemediğinde ve ayrıca alıcı sayısına ilişkin esnek bir sınır için gönderir.",
        "Courier, boş alan eşiğin altına düştüğünde `RCPT TO` komutuna, ileti yer yetersizliğinden yazılamadığında ise `DATA` sonuna bu yanıtı verir. Esnek bir alıcı sınırı yapılandırılmışsa sınırı aşan her `RCPT TO`, çok fazla alıcı olduğunu belirten bir notla bu yanıtı alır.",
        "Gönderenin yalnızca beklemesi gerekir: olağan bir e-posta sunucusu iletiyi saklayıp yeniden dener; sınır nedeniyle reddedilen alıcılar daha sonraki bir işlemde gönderilir. Alıcı sunucunun yöneticisi disk alanı açmalı veya e-posta kuyruğunun bulunduğu dosya sistemini büyütmelidir.",
    ],
    // 432
    [
        "Parola geçişi gerekiyor",
        "Seçilen `AUTH` mekanizmasıyla oturum açmak bu hesapta henüz mümkün değil. Sunucunun, seçilen mekanizmanın gerektirdiklerini hazırlayabilmesi için önce basit PLAIN mekanizmasıyla bir kez oturum açılması gerekir. `4.7.12` genişletilmiş koduyla birlikte gönderilir.",
        "Sunucular bunu, hesabın kimlik bilgilerini istenen mekanizmanın gerektirdiği biçimde henüz saklamadıklarında `AUTH` komutuna yanıt olarak gönderir. Nadirdir; çoğu e-posta kullanıcısı bununla hiç karşılaşmaz.",
        "E-posta programında, yalnızca şifreli bir bağlantı üzerinden, bir kez PLAIN ile oturum açın; ardından tercih ettiğiniz mekanizmaya geri dönün, bundan sonra çalışması gerekir. Program mekanizma seçmenize izin vermiyorsa e-posta sağlayıcınızdan hesabınız için geçişi tamamlamasını isteyin.",
    ],
    // 435
    [
        "Şu anda kimlik doğrulama yapılamıyor",
        "Standart bir yanıt değildir: `435` hiçbir RFC'de tanımlanmamıştır; kimlik doğrulama uzantısı geçici hatalar için `454` kullanır. Exim bunu, oturum açma bilgilerinin geçerli olup olmadığına karar veremediğinde gönderir; yani sorun sunucu tarafındadır ve geçebilir.",
        "Exim, bir kimlik doğrulayıcı (authenticator) işlemi ertelediğinde `AUTH` komutuna bu yanıtı verir; örneğin bir veritabanındaki veya harici bir hizmetteki parola sorgusu başarısız olduğunda ya da yapılandırılmış bir denetim değerlendirilemediğinde. Bir kimlik doğrulayıcıdan gelen beklenmedik bir sonuç da aynı kodla ve \"Internal error\" ifadesiyle bildirilir.",
        "Daha sonra yeniden oturum açmayı deneyin; kimlik bilgileriniz yanlış bulunmadı. Sorun sürerse Exim yöneticisi, kimlik doğrulayıcının neden ertelediğini kaydeden ana günlüğe bakmalı ve sorguyu ya da bağlı olduğu hizmeti onarmalıdır.",
    ],
    // 450
    [
        "İstenen posta eylemi gerçekleştirilmedi: posta kutusu kullanılamıyor",
        "Sunucu bu alıcı için iletiyi şimdilik kabul etmedi, ancak bu yalnızca geçici bir durumdur: posta kutusu meşgul veya kilitliydi ya da gri listeleme gibi bir politika denetimi gönderenden daha sonra tekrar gelmesini istedi. Aynı iletiyle daha sonra yapılacak bir deneme başarılı olabilir.",
        "Sunucular bunu `RCPT TO` komutundan veya ileti verisinden sonra, tipik olarak gri listeleme için ya da bir posta kutusu veya gönderen geçici olarak engellendiğinde gönderir. ODMR sağlayıcıları bunu bir `ATRN` isteğini reddetmek için kullanır; bir gönderim sunucusu da `MT-PRIORITY` değeri fazla düşük olan bir ileti için kullanabilir.",
        "Genellikle bir şey yapmanız gerekmez: gönderen sunucu iletiyi kuyruğa alıp yeniden dener ve gri listeye takılan e-posta sonraki bir denemede geçer. Gecikmeler günlerce sürerse gönderenin yöneticisi koddan sonraki metni okumalı, engelleme listelerini kontrol etmeli ve alıcının postmaster adresiyle iletişime geçmelidir.",
    ],
    // 451
    [
        "İstenen eylem iptal edildi: işleme sırasında yerel hata",
        "Sunucu komutu işlerken kendi tarafında geçici bir sorunla karşılaştı (örneğin başarısız bir DNS veya veritabanı sorgusu ya da yanıt vermeyen bir iç hizmet) ve bu adımdan vazgeçti. Sorunun nedeni iletiniz değildir; daha sonra yapılacak bir deneme başarılı olabilir.",
        "Sunucular bunu, bir iç denetim veya sorgu başarısız olduğunda `MAIL FROM`, `RCPT TO` ya da ileti verisinden sonra gönderir. Sağlayıcı `ATRN` isteğini o an işleyemediğinde bu isteği, iletiyi tutan IMAP sunucusuna erişilemediğinde de `BURL` komutunu bu kodla reddeder. İstemci, kopan bir bağlantıyı `451` almış gibi değerlendirir.",
        "Gönderen sunucunun daha sonra yeniden denemesine izin verin; çoğu durum kendiliğinden düzelir. Tekrarlanırsa yanıt veren sunucunun yöneticisi başarısız olan bileşeni günlüklerde bulmalıdır; koddan sonraki metin ve `4.4.3` veya `4.3.0` gibi genişletilmiş kodlar olası nedenleri daraltır.",
    ],
    // 452
    [
        "İstenen eylem gerçekleştirilmedi: sistem depolama alanı yetersiz",
        "Sunucu bunu şu anda kabul edemiyor, çünkü disk alanı yetmiyor ya da ileti başına alıcı sınırına ulaştı. Durum geçicidir; aynı ileti daha sonra veya daha küçük parçalar hâlinde kabul edilebilir.",
        "Sunucular bunu, `SIZE` ile bildirilen boyut boş alana sığmadığında `MAIL FROM` sonrasında, tek bir ileti için alıcı sınırına ulaşıldığında `RCPT TO` sonrasında ve depolama alanı tükendiğinde ileti verisinden sonra gönderir. Sınıra ulaşılmadan önce kabul edilmiş alıcılar geçerliliğini korur.",
        "Alıcı sayısı fazlaysa istemci iletiyi önce kabul edilmiş alıcılara, kalanlara ise daha sonraki bir işlemde gönderir; iyi bir e-posta yazılımı bunu kendiliğinden yapar. Depolama sorununda daha sonra yeniden deneyin; sorun sürerse sunucunun yöneticisi disk alanı açmalı veya sınırları yükseltmelidir.",
    ],
    // 453
    [
        "E-postanız yok",
        "`ATRN` komutuna verilen On-Demand Mail Relay (ODMR) yanıtı: sağlayıcının alan adlarınız için kuyrukta bekleyen e-postası yok, yani bu oturumda teslim edilecek bir şey yok. Yalnızca daha sonra yeni e-posta gelebileceği için geçici bir yanıttır; ortada bir sorun yoktur.",
        "ODMR sağlayıcıları bunu, bir müşterinin e-posta sunucusu (genellikle IP adresi değişen bir sunucu) `ATRN` ile e-postalarını istediğinde ve kuyruk boş olduğunda gönderir. Sağlayıcılar bunun yerine `250` ile kabul edip oturumu hemen sonlandırabilir.",
        "Düzeltilecek bir şey yok: daha sonra yeniden isteyin; müşterinin sunucusu bunu normalde kendi zamanlamasıyla yapar. E-posta bekliyorsanız sağlayıcıya alan adlarınıza gelen e-postaların ODMR için tutulup tutulmadığını sorun.",
    ],
    // 454
    [
        "Geçici TLS veya kimlik doğrulama hatası",
        "Bir güvenlik adımı, sunucu tarafındaki geçici bir nedenle başarısız oldu. `STARTTLS` sonrasında sunucu şifrelemeyi şu anda başlatamıyor; `AUTH` sonrasında ise kimlik bilgilerini denetleyemedi (genellikle `4.7.0` ile). Parola reddedilmedi.",
        "Sunucular bunu, TLS yapılandırmaları geçici olarak kullanılamadığında (örneğin sertifika yüklenemediğinde) `STARTTLS` komutuna, parolaları denetleyen hizmet yanıt vermediğinde ise `AUTH` komutuna gönderir.",
        "Parolayı yeniden yazmayın veya değiştirmeyin; daha sonra yeniden deneyin. `STARTTLS` sonrasında şifresiz devam edilip edilmeyeceğine, daha sonra yeniden denenip denenmeyeceğine ya da vazgeçilip vazgeçilmeyeceğine gönderen sunucunun politikası karar verir. Sorun sürerse sunucunun yöneticisi TLS yapılandırmasını veya kimlik doğrulama hizmetini kontrol etmelidir.",
    ],
    // 455
    [
        "Sunucu parametreleri karşılayamıyor",
        "Sunucu `MAIL FROM` veya `RCPT TO` üzerindeki uzantı parametrelerini anladı, ancak şu anda bunları yerine getiremiyor. Daha sonra yeniden denemek işe yarayabilir; kalıcı karşılığı `555` kodudur.",
        "Sunucular bunu, isteğe bağlı bir parametre o an sağlayamayacakları bir şey istediğinde gönderir; örneğin `BY` ile belirlenen ve mevcut koşullarda karşılanamayan bir Deliver By teslim süresi. Günlük e-posta trafiğinde pek görülmez.",
        "İstemcinin daha sonra yeniden denemesine izin verin. Durum sürerse metnin belirttiği parametreyi bulun ve uygunsa o parametre olmadan gönderin ya da değerini gevşetin (örneğin daha geç bir teslim süresi belirleyin).",
    ],
    // 458
    [
        "Düğüm için iletiler kuyruğa alınamıyor",
        "`ETRN` yanıtı: sunucu, istenen alan adı veya sunucu için şu anda bir teslim çalıştırması başlatamadı. Kuyruktaki e-postalar hâlâ tutuluyor; yalnızca bunları şimdi gönderme isteği başarısız oldu.",
        "`ETRN` destekleyen sunucular bunu, kuyruktaki e-postalarını isteyen ve sürekli bağlı olmayan bir sisteme, kuyruk çalıştırması başlatılamadığında (örneğin sunucu meşgul olduğu için) gönderir.",
        "Daha sonra `ETRN` komutunu yeniden gönderin; sağlayıcı e-postaları olağan yeniden deneme takvimiyle de teslim eder. Sorun sürerse sağlayıcının e-posta yöneticisinden alan adınıza ait kuyruğu kontrol etmesini isteyin.",
    ],
    // 459
    [
        "Düğüme izin verilmiyor",
        "`ETRN` yanıtı: sunucu, belirttiğiniz alan adı veya sunucu için teslim çalıştırması başlatmayı reddediyor ve nedenini metinde belirtiyor. Neden bir izin ayarıysa hiçbir şeyi değiştirmeden yeniden istemek işe yaramaz.",
        "Sunucular bunu, `ETRN` sonrasındaki ad e-posta tuttukları adlardan biri olmadığında ya da bağlanan sunucunun bu ad için çalıştırma tetiklemesine izin verilmediğinde gönderir.",
        "`ETRN` argümanının, sağlayıcının sizin için kuyrukta tuttuğu alan adıyla tam olarak aynı olduğunu ve sağlayıcının izin verdiği şekilde bağlandığınızı kontrol edin. Aksi hâlde sağlayıcıdan bu alan adı için `ETRN` kullanımına izin vermesini isteyin.",
    ],
    // 500
    [
        "Sözdizimi hatası, komut tanınmadı",
        "Sunucu komut sözcüğünü hiç tanımadı ya da komut satırı okuyamayacağı kadar uzundu. Hiçbir işlem yapılmadı; hata ileti veya alıcıda değil, istemcinin gönderdiği satırdadır.",
        "Sunucular bunu yanlış yazılmış veya bilinmeyen komutlar, standart uzunluk sınırını aşan komut satırları ve tanımadıkları uzantı komutları için gönderir. `AUTH` sırasında istemcinin fazla uzun bir yanıt satırı gönderdiğini de bu kodla (`5.5.6`) bildirir.",
        "İletiyi değil istemciyi düzeltin: komutun yazımını kontrol edin, komut satırlarını standart uzunluk sınırı içinde tutun ve uzantı komutlarını yalnızca sunucu bunları `EHLO` yanıtında listelediyse kullanın. Aynı satırı yeniden göndermek aynı şekilde başarısız olur.",
    ],
    // 501
    [
        "Parametrelerde veya argümanlarda sözdizimi hatası",
        "Sunucu komutu tanıyor, ancak ardından gelen kısım kabul edilemez: bir adres, parametre veya argüman hatalı biçimlendirilmiş, yinelenmiş ya da izin verilen aralığın dışında. Komut sözcüğünün kendisinde sorun yoktu.",
        "Sunucular bunu `MAIL FROM` veya `RCPT TO` içindeki hatalı biçimlendirilmiş bir adres, geçersiz bir `EHLO` argümanı, argüman almayan komutlara (`STARTTLS` veya `DATA` gibi) eklenmiş argümanlar ve uzantı parametrelerinin geçersiz değerleri için gönderir. İstemci alışverişi iptal ettiğinde veya geçerli Base64 olmayan veri gönderdiğinde `AUTH` de bu kodu döndürür.",
        "İstemcideki komut satırını düzeltin: adresleri iki nokta üst üste işaretinin çevresinde boşluk bırakmadan açılı ayraçlar içinde yazın, parametre adlarını ve değerlerini onları tanımlayan uzantıya göre kontrol edin ve komutun almadığı argümanları kaldırın. Koddan sonraki metin çoğu zaman hatalı kısmı gösterir.",
    ],
    // 502
    [
        "Komut uygulanmamış",
        "Sunucu komutu tanıdı ancak desteklemiyor; ya hiç eklenmemiş ya da yöneticisi tarafından kapatılmış. Komut doğru biçimdeydi; yalnızca bu sunucu onu sunmuyor.",
        "Sunucular bunu `VRFY`, `EXPN` veya `HELP` kullanılamadığında gönderir; çok eski sunucular ise yalnızca `HELO` bildikleri için `EHLO` komutuna bu yanıtı verir. İsteğe bağlı aktarma (on-demand relay) sunucuları `EHLO`, `AUTH`, `ATRN` ve `QUIT` dışındaki her komuta bu yanıtı verir.",
        "Komutu bu sunucuda tekrarlamayın: onsuz devam edin ve `EHLO` sonrasında yalnızca sunucunun listelediği uzantıları kullanın. `EHLO` komutunun kendisi reddediliyorsa `HELO` komutuna geri dönün. Bu özelliğe gerçekten ihtiyacınız varsa sunucunun yöneticisine etkinleştirilip etkinleştirilemeyeceğini sorun.",
    ],
    // 503
    [
        "Hatalı komut sırası",
        "Komut tek başına geçerlidir, ancak oturumun yanlış bir noktasında gönderildi. Bu, sunucu sorunu değil, istemcinin komut sırasındaki kalıcı bir hatadır; bu nedenle beklemek ve aynı sırayı tekrarlamak işe yaramaz.",
        "Tipik nedenler şunlardır: herhangi bir `MAIL FROM` öncesinde gelen `RCPT TO`, açık bir işlem içinde ikinci bir `MAIL FROM`, hiçbir alıcı kabul edilmemişken gönderilen `DATA` ve başarılı bir oturum açmanın ardından ya da bir işlemin ortasında gönderilen `AUTH`. Oturumu `554` karşılamasıyla reddeden sunucular sonraki komutlara da bu yanıtı verir.",
        "İstemcinin komut sırasını düzeltin: `EHLO`, gerekiyorsa `AUTH`, `MAIL FROM`, bir veya daha fazla `RCPT TO`, ardından yalnızca en az bir alıcı `250` aldıktan sonra `DATA`. Temiz bir duruma dönmek için `RSET` gönderin. Günlükteki önceki yanıtlara da bakın; reddedilen bir `MAIL FROM` veya `RCPT TO` çoğu zaman ardından gelen `503` yanıtına yol açar.",
    ],
    // 504
    [
        "Komut parametresi uygulanmamış",
        "Sunucu komutu destekliyor, ancak komutla birlikte verilen seçeneği veya değeri desteklemiyor. Sözdizimi doğruydu; sunucu yalnızca komutun bu türevini sunmuyor.",
        "En yaygın durum, `AUTH` komutunun sunucunun desteklemediği ya da mevcut bağlantıda izin vermediği bir mekanizmayı belirtmesidir (`5.5.4`). Sunucular bunu ayrıca işleyemedikleri `VRFY`, `EXPN` veya `HELP` argümanları ve `MAIL FROM` ya da `RCPT TO` üzerinde uygulamadıkları içerik dönüştürme parametreleri için gönderir.",
        "Sunucunun sunduğu bir seçeneği kullanın: `AUTH` için `EHLO` yanıtındaki listeden bir mekanizma seçin; istediğiniz mekanizma yalnızca şifreli bağlantılarda sunuluyorsa önce `STARTTLS` çalıştırın. Aksi hâlde komutu desteklenmeyen parametre olmadan gönderin.",
    ],
    // 511
    [
        "Bu adla bir posta kutusu yok",
        "Standart bir yanıt değildir: `511` hiçbir RFC'de tanımlanmamıştır. qmail ile vpopmail için yazılmış chkuser yamasının eski sürümleri, var olmayan veya geçerli olamayacak bir alıcıyı reddetmek için bunu gönderir. Numara `5.1.1` genişletilmiş kodunu yansıtır; bazıları da `550 5.1.1` yerine kısaca `511` yazar.",
        "Posta kutusu bir vpopmail alan adında yoksa, adreste alan adı eksikse veya adres geçersiz biçimdeyse ya da alıcının alan adının kullanılabilir bir MX kaydı yoksa chkuser yaması `RCPT TO` komutuna bu yanıtı verir; gönderenin alan adının böyle bir kaydı yoksa `MAIL FROM` komutuna da bu yanıtı verir. Güncel chkuser sürümleri bunun yerine `5.1.1` ile birlikte `550` gönderir.",
        "Alıcı adresinde yazım hatası olup olmadığını kontrol edin ve adresi alıcıyla başka bir yoldan doğrulayın; değiştirmeden yeniden göndermek yine başarısız olur. Metin geçerli bir MX bulunamadığını söylüyorsa orada adı geçen alan adının yöneticisi çalışan MX kayıtları yayımlamalıdır.",
    ],
    // 517
    [
        "Gönderen adresi reddedildi",
        "Standart bir yanıt değildir: `517` hiçbir RFC'de tanımlanmamıştır; numara `5.1.7` genişletilmiş kodunu yansıtır. Courier e-posta sunucusu bunu, gönderen adresi, adresin alan adı veya bağlanan sunucu Courier denetimlerinden birini geçemediğinde gönderenin kalıcı olarak reddedilmesi için gönderir.",
        "Courier, gönderen engelleme listesindeyse, gönderenin alan adı yoksa ya da geçersiz veya engellenmiş MX kayıtları varsa, ücretsiz bir e-posta hizmetinin adresi o sağlayıcının sunucuları dışından gelirse, SPF başarısız olursa veya `HELO` adı doğrulanamazsa `MAIL FROM` komutuna bu yanıtı verir.",
        "Gönderenin yöneticisi, alan adının geçerli MX kayıtlarıyla var olduğundan, gönderen sunucuları kapsayan bir SPF kaydı bulunduğundan ve sunucunun çözümlenebilen bir `HELO` adı bildirdiğinden emin olmalıdır. Adresin kendisi engellenmişse engeli yalnızca alıcı sunucunun yöneticisi kaldırabilir.",
    ],
    // 521
    [
        "Sunucu e-posta kabul etmiyor",
        "Bağlandığınız sunucu hiç kimse için e-posta kabul etmez; yalnızca bunu bildirmek için yanıt verir. Bu, iletiniz veya gönderen adresiniz hakkında değil, sunucunun kendisi hakkında kalıcı bir bildirimdir.",
        "Sunucular bunu olağan `220` karşılaması yerine gönderir; tipik olarak e-posta almayan sunucular veya alan adları için çalıştırılan göstermelik e-posta sunucularında görülür. Ardından sunucu sonraki komutlara yine `521` ile yanıt verebilir ya da bağlantıyı doğrudan kapatabilir.",
        "Bu sunucuyu yeniden denemeyin. Alıcı adresinin ve alan adının doğru yazıldığını kontrol edin; doğruysa alıcıdan başka bir adres isteyin. Alan adının e-posta alması gerekiyorsa yöneticisi MX kayıtlarını gerçek bir e-posta sunucusuna yönlendirmelidir.",
    ],
    // 522
    [
        "Alıcının posta kutusu dolu",
        "Standart bir yanıt değildir: `522` hiçbir RFC'de tanımlanmamıştır; numara `5.2.2` genişletilmiş kodunu yansıtır. qmail ile vpopmail için yazılmış chkuser yamasının eski sürümleri bunu, alıcının posta kutusu kota eşiğinin üzerinde dolduğunda gönderir.",
        "Sunucuda kota denetimi etkinse ve alıcının posta kutusunun doluluk oranı yapılandırılmış yüzdeyi aşmışsa chkuser yaması `RCPT TO` komutuna bu yanıtı verir. Güncel chkuser sürümleri aynı durumda `5.2.2` ile birlikte `552` gönderir.",
        "Alıcıya posta kutusunun dolu olduğunu başka bir yoldan bildirin; e-posta silmesi veya daha büyük bir kota alması gerekir. Ardından yeniden gönderin; hemen yeniden denerseniz ileti aynı şekilde reddedilir.",
    ],
    // 523
    [
        "Şifreleme gerekiyor",
        "Hiçbir RFC `523` kodunu bir SMTP yanıtı olarak tanımlamaz; dolayısıyla standart değildir ve hangi sunucuların bunu gönderdiğini belirten yayımlanmış bir belirtim yoktur. Yalnızca IANA kaydında `X.7.10` için temel kod olarak geçer: seçilen kimlik doğrulama mekanizması yalnızca şifreli bir bağlantı üzerinden kullanılabilir.",
        "Bu kod, henüz şifrelenmemiş bir bağlantıda PLAIN gibi açık metin bir mekanizmayla gönderilen `AUTH` komutuna yanıt olarak gelirdi. Standart sunucular bu durumu bunun yerine `504` ile bildirir ya da bu tür mekanizmaları `STARTTLS` öncesinde hiç sunmaz.",
        "`STARTTLS` çalıştırın, `EHLO` komutunu yeniden gönderin ve `AUTH` komutunu şifreli bağlantı üzerinden tekrarlayın; bir e-posta programında giden sunucu için TLS'i etkinleştirin. Alternatif olarak parolayı açık metin olarak göndermeyen bir mekanizma seçin.",
    ],
    // 524
    [
        "İstenen kimlik doğrulama mekanizması için şifreleme gerekli",
        "Hiçbir RFC `524` kodunu bir SMTP yanıtı olarak tanımlamaz; dolayısıyla standart değildir. IANA kaydı onu, kullanımdan kaldırılmış `538` ile birlikte `X.7.11` (yalnızca şifreli bir bağlantıda izin verilen bir oturum açma mekanizması) için temel kod olarak listeler; ancak bunu gönderdiği belgelenmiş sunucular başka şeyler kasteder: OpenSMTPD genişletemediği bir alıcıyı, Alibaba Cloud'un e-posta hizmeti ise DNS'inin bulamadığı bir sunucuyu.",
        "OpenSMTPD, alıcının (bir takma adın, bir yönlendirmenin veya bir e-posta listesinin) genişletilmesi kalıcı olarak başarısız olduğunda `RCPT TO` komutuna `524 5.2.4` ile yanıt verir; geçici biçimi ise `424 4.2.4` yanıtıdır. Alibaba Cloud Direct Mail, DNS'in çözümleyemediği bir hedef sunucu için `524` kodunu listeler. `AUTH` komutuna yanıt olarak gelseydi kayıttaki anlamı taşırdı.",
        "Koddan sonraki metni okuyun. Genişletme başarısız olduysa alıcının yöneticisi takma adı veya listeyi düzeltmelidir; bunlar bir döngüye giriyor ya da var olmayan bir yeri gösteriyor olabilir. Bir sunucu bulunamadıysa alıcı alan adının DNS kayıtlarını kontrol edin. `AUTH` sonrasında `STARTTLS` çalıştırın, `EHLO` komutunu yeniden gönderin ve `AUTH` komutunu tekrarlayın.",
    ],
    // 525
    [
        "Kullanıcı hesabı devre dışı",
        "Hiçbir RFC `525` kodunu bir SMTP yanıtı olarak tanımlamaz; dolayısıyla standart değildir ve hangi sunucuların bunu gönderdiğini belirten yayımlanmış bir belirtim yoktur. IANA kaydı onu yalnızca `X.7.13` için temel kod olarak listeler: oturum açma bilgileri doğruydu, ancak hesap devre dışı bırakılmış.",
        "Bu kod, kimlik bilgileri başarıyla denetlendikten sonra, bir yöneticinin engellediği bir hesap için `AUTH` komutuna yanıt olarak gelirdi; örneğin ödenmemiş ücretler, kötüye kullanım veya şüpheli bir izinsiz erişim nedeniyle. Engel, hesap sahibi durumu sağlayıcıyla çözene kadar sürer.",
        "Parolayı veya e-posta programının ayarlarını değiştirmek işe yaramaz. Hesabın neden devre dışı bırakıldığını öğrenmek ve yeniden etkinleştirilmesini sağlamak için e-posta hesabının sağlayıcısına veya yöneticisine başvurun.",
    ],
    // 530
    [
        "Kimlik doğrulama gerekli",
        "Sunucu, oturumda kimlik doğrulaması yapılana ya da bazı sunucularda bağlantı `STARTTLS` ile şifrelenene kadar komutu yerine getirmeyecek. İletide veya adreste bir sorun yok; eksik olan oturum açma ya da şifrelemedir.",
        "Gönderim (submission) sunucuları, istemci `AUTH` ile oturum açmadığında `MAIL FROM` ve sonraki komutlara bu yanıtı verir. TLS şart koşan sunucular ise şifreleme etkinleşene kadar `NOOP`, `EHLO`, `STARTTLS` ve `QUIT` dışındaki her komuta bunu, önce `STARTTLS` isteyen bir metinle birlikte gönderir.",
        "E-posta programında giden sunucu için kimlik doğrulamayı hesabın kullanıcı adı ve parolasıyla açın; metin istiyorsa TLS'i de etkinleştirin. İstemci yazılımı, hepsi `MAIL FROM` öncesinde olmak üzere, önce `STARTTLS`, ardından yeniden `EHLO` ve sonra `AUTH` göndermelidir.",
    ],
    // 533
    [
        "Teslimata yetki verilmedi, ileti reddedildi",
        "Hiçbir RFC `533` kodunu bir SMTP yanıtı olarak tanımlamaz; dolayısıyla standart değildir ve hangi sunucuların bunu hangi komut için gönderdiğini belirten yayımlanmış bir belirtim yoktur. Tek resmî izi IANA kaydıdır; bu kayıt onu `X.7.1` (teslimata yetki verilmedi) için temel kodlar arasında listeler.",
        "Standart hiçbir komut dizisi bu kodu üretmez. Bunu gönderen bir sunucunun, `550` ve `5.7.1` örneğinde olduğu gibi e-postayı politika gerekçesiyle kalıcı olarak reddettiğini düşünmek en doğrusudur: bu gönderen veya gönderen sunucu bu alıcıya teslimat yapamaz.",
        "Bunu bir `550` politika reddi gibi ele alın: metni ve genişletilmiş kodu okuyun, gönderen sunucunuzun bu e-postayı teslim etme veya aktarma (relay) yetkisi olduğunu kontrol edin ve engelin yanlış olduğunu düşünüyorsanız alıcının postmaster adresine başvurun. İlk rakamı nedeniyle istemciler bunu kalıcı hata olarak ele almalıdır.",
    ],
    // 534
    [
        "Kimlik doğrulama mekanizması çok zayıf",
        "Sunucu, istemcinin seçtiği oturum açma yöntemini reddetti, çünkü politikası bu kullanıcı için daha güçlü bir yöntem gerektiriyor. Parola pekâlâ doğru olabilir; yalnızca mekanizma reddedildi.",
        "Sunucular bunu, komutta belirtilen mekanizma sunucunun o hesap için izin verdiğinden daha zayıf olduğunda `AUTH` komutuna yanıt olarak `5.7.9` ile birlikte gönderir.",
        "`EHLO` yanıtındaki listeden daha güçlü bir mekanizmayla `AUTH` komutunu yeniden deneyin; bir e-posta programında kimlik doğrulama yöntemi ayarını değiştirin. Yeni bir parola girmek işe yaramaz.",
    ],
    // 535
    [
        "Kimlik bilgileri geçersiz",
        "Sunucu kullanıcı adını, parolayı veya diğer kimlik bilgilerini kabul etmediği için oturum açma başarısız oldu. Daha özel bir kodun uymadığı durumlarda başarısız bir `AUTH` için verilen genel yanıttır.",
        "Sunucular bunu, genellikle `5.7.8` ile birlikte, parola yanlış olduğunda, kullanıcı bilinmediğinde veya kimlik bilgileri bu hesap için yeterli olmadığında bir `AUTH` alışverişinin sonunda gönderir.",
        "E-posta programında kayıtlı kullanıcı adını ve parolayı kontrol edip düzeltin; istemci yazılımı aynı kimlik bilgileriyle yeniden denemek yerine kullanıcıya yeniden sormalıdır. Bilgiler doğruysa sağlayıcının kurulum talimatlarına bakın; bazı sağlayıcılar e-posta göndermek için ayrı bir parola veya başka bir oturum açma yöntemi ister.",
    ],
    // 538
    [
        "İstenen kimlik doğrulama mekanizması için şifreleme gerekli",
        "Sunucu seçilen oturum açma mekanizmasını reddetti, çünkü bu mekanizma yalnızca şifreli bir bağlantı üzerinden kullanılabilir. RFC 4954 bu kodu kullanımdan kaldırdı: güncel sunucular bu tür mekanizmaları şifrelemeden önce sunmamalı, istenirse de `504` ile reddetmelidir.",
        "Önceki kimlik doğrulama standardına göre yazılmış eski sunucular bunu, `STARTTLS` çalıştırılmamış bir bağlantıda `AUTH` komutuna yanıt olarak, `5.7.11` ile birlikte ve tipik olarak açık metin mekanizmalar için gönderir.",
        "`STARTTLS` gönderin, ardından yeniden `EHLO` gönderin ve `AUTH` komutunu şifreli bağlantı üzerinden tekrarlayın; bir e-posta programında giden sunucu için TLS'i etkinleştirin. Sunucu yöneticileri bu kodu göndermeyi bırakmalı ve bu tür mekanizmaları TLS etkin olana kadar gizlemelidir.",
    ],
    // 546
    [
        "Yönlendirme döngüsü algılandı, çok fazla Received başlığı",
        "Standart bir yanıt değildir: `546` hiçbir RFC'de tanımlanmamıştır; numara `5.4.6` genişletilmiş kodunu yansıtır. Courier e-posta sunucusu bunu, bir ileti neredeyse kesin olarak bir döngüde dolaşacak kadar çok sunucudan geçtiğinde gönderir.",
        "Courier, ileti başlığında 100'den fazla Received satırı varsa `DATA` sonunda bu yanıtı verir. Bu tür döngüler genellikle e-postayı sistemler arasında gidip gelecek şekilde aktaran yönlendirme kuralları, takma adlar ya da MX ve rota ayarlarından kaynaklanır.",
        "Hangi sunucuların tekrarlandığını görmek için geri dönen iletideki Received satırlarını okuyun, ardından e-postayı geri gönderen yönlendirme kuralını, takma adı veya rota ayarını düzeltin. Bundan önce yeniden gönderirseniz ileti yine döngüye girer.",
    ],
    // 550
    [
        "İstenen eylem gerçekleştirilmedi: posta kutusu kullanılamıyor",
        "Sunucu bu adresi veya bu iletiyi kalıcı olarak reddetti. Ya posta kutusu yoktur, ya gönderenin ona erişimi yoktur ya da spam filtreleme, aktarma (relay) kuralları veya gönderen denetimleri gibi yerel bir politika e-postayı reddetmektedir.",
        "Sunucular bunu bilinmeyen alıcılar (`5.1.1`) ve izin vermedikleri aktarmalar (çoğunlukla `5.7.1`) için `RCPT TO` komutuna, reddedilen gönderenler için `MAIL FROM` komutuna ve politika nedeniyle reddedilen e-postalar için `DATA` sonunda gönderir. Ardından gelen genişletilmiş kod bu durumları birbirinden ayırır.",
        "Genişletilmiş kodu ve metni okuyun. `5.1.1` için adresin yazımını kontrol edin veya alıcıdan doğru adresi isteyin. `5.7.1` gibi politika retlerinde gönderen alan adının yöneticisi SPF, DKIM ve engelleme listelerini kontrol etmeli ya da alıcının postmaster adresine başvurmalıdır. Değiştirmeden yeniden göndermek yine başarısız olur.",
    ],
    // 551
    [
        "Kullanıcı yerel değil; lütfen başka bir adres deneyin",
        "Sunucu bu alıcının e-postalarını işlemiyor ve onları yönlendirmeyecek; metin genellikle bunun yerine kullanılacak adresi belirtir. Bu, istemcinin metnine göre hareket edebileceği az sayıdaki yanıttan biridir.",
        "Sunucular bunu, taşınmış ya da e-postaları başka bir yerde işlenen bir kullanıcı için, site sessizce yönlendirmek yerine yeni adresi açıklamayı tercih ettiğinde `RCPT TO` veya `VRFY` komutuna gönderir. Adresleri açıklamak istemeyen siteler bunun yerine düz bir `550` ile yanıt verir.",
        "Metinde verilen adresin makul olup olmadığını kontrol edin, ardından iletiyi oraya gönderin ve kişinin bilgilerini güncelleyin. Adres verilmemişse alıcıdan güncel adresini başka bir yoldan isteyin.",
    ],
    // 552
    [
        "İstenen posta eylemi iptal edildi: depolama kotası aşıldı",
        "Eylem bir boyut veya depolama sınırı nedeniyle durduruldu: ileti sunucunun ya da posta kutusunun kabul ettiğinden büyük veya alıcının depolama alanı tükenmiş. Adreste sorun yok; sorun e-postanın boyutudur.",
        "Sunucular bunu, bildirilen `SIZE` değeri üst sınırlarını aştığında `MAIL FROM` komutuna, iletinin fazla büyük olduğu anlaşıldığında `DATA` sonunda ve dolu bir posta kutusu için (`5.2.2`) `RCPT TO` komutuna gönderir. Eski sunucular bunu çok fazla alıcı için de kullanırdı; oysa bunun doğru kodu `452` kodudur.",
        "İletiyi küçültün (örneğin büyük dosyaları bağlantı olarak gönderin) ve sunucunun `EHLO` sonrasında bildirdiği `SIZE` sınırının altında kalın. Alıcının posta kutusu doluysa alıcının yer açması gerekir. Bunu çok sayıda `RCPT TO` komutundan sonra alan bir istemci, kalan alıcıları daha sonraki bir işlemde göndermelidir.",
    ],
    // 553
    [
        "İstenen eylem gerçekleştirilmedi: posta kutusu adına izin verilmiyor",
        "Sunucu adresi yazılış biçimi nedeniyle reddetti: sözdizimi yanlış, sunucunun kabul etmediği karakterler içeriyor ya da birden fazla kullanıcıyla eşleşiyor. Sorun posta kutusunun var olup olmadığı değil, adresin biçimidir.",
        "Sunucular bunu hatalı biçimlendirilmiş adresler için `MAIL FROM` veya `RCPT TO` komutuna, kabul edemedikleri ASCII dışı bir adres için `RCPT TO` komutuna (`5.6.7`; RFC 6531'e göre böyle bir adres `MAIL FROM` komutunda `550` ile reddedilir), bir ad belirsiz olduğunda ise `VRFY` komutuna gönderir.",
        "Adresin her karakterini kontrol edin: tam olarak bir @ işareti olmalı, boşluk, fazladan ayraç veya tırnak bulunmamalı ve alan adı eksiksiz olmalı. Düzeltip yeniden gönderin; adres ASCII dışı karakterler içeriyorsa ve alıcının düz ASCII bir adresi varsa onu kullanın.",
    ],
    // 554
    [
        "İşlem başarısız",
        "Genel bir kalıcı hata: sunucu belirli bir adresi değil, işlemin ya da oturumun tamamını reddetti. Daha kesin bir kodun uymadığı durumlarda kullanılır; bu yüzden asıl neden ardından gelen metinde ve genişletilmiş kodda yer alır.",
        "Sunucular bunu bir istemciyi doğrudan reddetmek için `220` karşılaması yerine (\"No SMTP service here\"), hiçbir alıcı kabul edilmemişse `DATA` komutuna ve içerik reddedildiğinde `DATA` sonunda gönderir. Gönderim sunucuları da bunu uygunsuz komutlar veya ileti verisi için kullanır.",
        "Nedeni öğrenmek için metni ve genişletilmiş kodu okuyun; değiştirmeden yeniden göndermek işe yaramaz. Karşılama olarak geldiğinde genellikle gönderen sunucunun veya IP adresinin politika gereği reddedildiği anlamına gelir; bu durumda gönderen alan adının yöneticisi engelleme listelerini kontrol etmeli veya alıcı siteyle iletişime geçmelidir. İletinin sonundan sonra geldiyse sunucu içeriği reddetmiştir: yeniden göndermeden önce reddedilen kısmı değiştirin.",
    ],
    // 555
    [
        "MAIL FROM/RCPT TO parametreleri tanınmadı veya uygulanmamış",
        "Sunucu, `MAIL FROM` veya `RCPT TO` komutuna eklenen bir uzantı parametresini tanımıyor ya da desteklemiyor. Adresin kendisinde sorun olmayabilir; reddin nedeni eklenen parametredir.",
        "Sunucular bunu, istemci `EHLO` sonrasında sunucunun duyurmadığı `SMTPUTF8`, `REQUIRETLS` veya `MT-PRIORITY` gibi parametreler eklediğinde gönderir. Deliver By özelliğini sunan sunucular, hiçbir zaman karşılayamayacakları bir teslim süresi için de bunu gönderir.",
        "İstemcinin yalnızca sunucunun `EHLO` yanıtında duyurduğu parametreleri göndermesini sağlayın ya da parametreyi kaldırıp yeniden deneyin. İleti bu uzantıya bağlıysa onu destekleyen bir sunucu üzerinden teslim edin veya gönderene geri döndürün.",
    ],
    // 556
    [
        "Alan adı e-posta kabul etmiyor",
        "Alıcının alan adı hiç e-posta almadığını bildirmiştir; bu nedenle oradaki hiçbir adres iletiyi alamaz. Bu, tek bir posta kutusu hakkında değil, alan adının tamamı hakkında kalıcı bir yanıttır.",
        "Aktarma ve gönderim sunucuları bunu, bağlanmayı denemeden bile `RCPT TO` komutuna gönderir; bunun nedeni genellikle alan adının bir null MX kaydı (`5.1.10`) yayımlamasıdır. Adresin alan adı kısmındaki bir yazım hatası yaygın bir nedendir.",
        "@ işaretinden sonraki alan adında yazım hatası olup olmadığını kontrol edin ve alıcıdan çalışan bir adres isteyin. Alan adı sizinse ve e-posta almak istiyorsanız null MX kaydını gerçek MX kayıtlarıyla değiştirin.",
    ],
    // 557
    [
        "İleti verisi azami boyutu aşıyor",
        "Standart bir yanıt değildir: `557` hiçbir RFC'de tanımlanmamıştır; fazla büyük bir ileti için olağan kod `552` kodudur. Alibaba Cloud Direct Mail bunu, SMTP hizmeti üzerinden gönderilen bir ileti hizmetin izin verdiğinden büyük olduğunda kendi müşterilerine gönderir.",
        "Direct Mail, ekler dahil iletinin tamamı boyut sınırını aştığında `DATA` sonunda bu yanıtı verir. Yanıt alıcının sunucusundan değil, iletinizi kabul ederken Direct Mail'den gelir.",
        "İletiyi küçültün: ekleri sıkıştırın veya çıkarın ya da büyük dosyaları bağlantı olarak paylaşın; boyut sınırlarını Direct Mail belgelerinden kontrol edin. Aynı iletiyi yeniden gönderirseniz yine reddedilir.",
    ],
    // 559
    [
        "Geçersiz alıcı adresi",
        "Standart bir yanıt değildir: `559` hiçbir RFC'de tanımlanmamıştır. Alibaba Cloud Direct Mail bunu, bir alıcı adresi hizmetin bilinen geçersiz adresler listesinde olduğunda müşterilerine gönderir ve o adrese göndermeyi reddeder.",
        "Direct Mail, uygulamanızdan gelen bir iletiyi kabul ederken, herhangi bir teslim denemesinden önce, adres genel geçersiz adres listesiyle eşleştiğinde `RCPT TO` komutuna bu yanıtı verir. Alıcının kendi sunucusuyla hiç bağlantı kurulmaz.",
        "Adreste yazım hatası olup olmadığını kontrol edin ve adresi alıcıyla başka bir yoldan doğrulayın. Gerçekten geçersiz olan adresleri listelerinizden çıkarın; bunlara yeniden göndermek yalnızca reddin tekrarlanmasına yol açar.",
    ],
    // 571
    [
        "Teslimata yetki verilmedi, yerel politika nedeniyle reddedildi",
        "Standart bir yanıt değildir: `571` hiçbir RFC'de tanımlanmamıştır; numara `5.7.1` genişletilmiş kodunu yansıtır. Courier e-posta sunucusu bunu bir alıcı filtresi iletiyi reddettiğinde, qmail için yazılmış chkuser yamasının eski sürümleri ise bir istemci sınırlarını aştığında veya gönderen denetimlerini geçemediğinde gönderir.",
        "Courier, yapılandırılmış bir filtre alıcıyı kendi metnini vermeden reddettiğinde `RCPT TO` komutuna bu yanıtı verir. chkuser yaması ise bir oturum alıcı sınırını aştığında veya çok fazla bilinmeyen alıcı içerdiğinde `RCPT TO` komutuna, gönderen adresi geçersiz biçimdeyse `MAIL FROM` komutuna bu yanıtı verir.",
        "Koddan sonraki metni okuyun. Alıcı sayısı fazlaysa gönderimi bağlantı başına daha küçük gruplara bölün; gönderen geçersizse gönderen adresini düzeltin. E-postayı bir filtre reddettiyse nedenini yalnızca alıcının yöneticisi söyleyebilir ve izin verebilir.",
    ],
    // X.0.0
    [
        "Diğer tanımsız durum",
        "Kod yalnızca sonucun sınıfını bildirir, nedeni hakkında hiçbir şey söylemez: `2.0.0` düz bir başarı, `4.0.0` belirtilmemiş geçici bir hata, `5.0.0` ise belirtilmemiş kalıcı bir hatadır. Gerçek bir açıklama varsa koddan sonra gelen metindedir.",
        "Sunucular `2.0.0` kodunu olağan başarı yanıtlarına, örneğin `QUIT` komutuna verilen `221` yanıtına ekler. Hata biçimleri, yazılımın daha belirli bir koda eşleyemediği hatalar için kullanılır; teslim raporları da belirli bir kod uymadığında `4.0.0` veya `5.0.0` kullanmak zorundadır.",
        "`2.0.0` için bir şey yapmak gerekmez; `4.0.0` için sunucunuz daha sonra kendiliğinden yeniden dener. `5.0.0` için yanıtın veya geri dönen e-postanın metnini okuyun; metin genellikle nedeni belirtir. Belirtmiyorsa hata satırının tamamını ve zamanını, onu üreten sunucunun yöneticisine iletin.",
    ],
    // X.1.0
    [
        "Diğer adres durumu",
        "Bir adresle (gönderenin ya da bir alıcının adresiyle) ilgili bir şey bu duruma yol açtı ve sunucu daha fazla ayrıntı vermiyor. 2 sınıfında yalnızca bir adresin kabul edildiğini doğrular; 4 veya 5 sınıfında ise adres, kodun belirtmediği bir nedenle reddedilmiştir.",
        "Başarı biçimi `2.1.0`, RFC 2034 örneğinde olduğu gibi genellikle kabul edilen bir `MAIL FROM` komutuna yanıt olarak gelir. Hata biçimleri, bir adres denetimi daha belirli adresleme kodlarının hiçbirinin kapsamadığı bir nedenle başarısız olduğunda `MAIL FROM` veya `RCPT TO` komutuna yanıt olarak gelir.",
        "`2.1.0` için bir şey yapmak gerekmez. Aksi hâlde gönderen ve alıcı adreslerinde yazım hatası, fazladan karakter veya yanlış alan adı olup olmadığını kontrol edin ve asıl nedeni öğrenmek için koddan sonraki metni okuyun. Adresler doğruysa bunları reddeden sunucunun yöneticisine sorun.",
    ],
    // X.1.1
    [
        "Hatalı hedef posta kutusu adresi",
        "Alıcının alan adı e-posta kabul ediyor, ancak `@` işaretinden önce belirtilen posta kutusu orada yok. RFC 3463 bu kodu yalnızca kalıcı hatalar için öngörür; bu yüzden olağan biçimi `5.1.1` şeklindedir.",
        "Alıcı sunucular bilinmeyen bir kullanıcı için `RCPT TO` komutuna `550` ve `5.1.1` ile yanıt verir; daha sonraki bir sunucu posta kutusunun olmadığını fark ettiğinde geri dönen e-postalar da bunu bildirir. IANA bu kodu `451` ile de eşleştirir; bu nedenle durumun kendisi kalıcı olarak tasarlanmış olsa da geçici bir `4.1.1` görülebilir.",
        "`@` işaretinden önceki kısmın yazımını kontrol edin ve adresi alıcıyla başka bir kanaldan doğrulayın; kişi kurumdan ayrılmış veya adresini değiştirmiş olabilir. Aynı adrese yeniden göndermek işe yaramaz. Alıcı alan adını siz yönetiyorsanız ve kullanıcının var olması gerekiyorsa posta kutusunu, takma adlarını ve kullanıcı dizinini kontrol edin.",
    ],
    // X.1.2
    [
        "Hatalı hedef sistem adresi",
        "Alıcı adresinin `@` işaretinden sonraki kısmı e-posta kabul eden bir sisteme götürmüyor: alan adı yok ya da e-posta alamıyor. RFC 3463 bu kodu yalnızca kalıcı hatalar için öngörür; bu yüzden `5.1.2` olarak görülür.",
        "Gönderen sunucular, alıcı alan adı için yapılan DNS sorgusu böyle bir alan adı ya da kullanılabilir bir e-posta sunucusu bulamadığında bunu geri dönen e-postalarda bildirir. Aktarma ve gönderim sunucuları da teslim edilemeyeceğini bildikleri bir alan adı için `RCPT TO` komutuna bu kodu döndürebilir.",
        "Alan adında eksik bir harf veya yanlış yazılmış bir uzantı gibi yazım hataları olup olmadığını kontrol edin ve adresi alıcıyla doğrulayın. Alan adı sizinse kayıtlı olduğundan ve doğru MX veya adres kayıtları yayımladığından emin olun.",
    ],
    // X.1.3
    [
        "Hatalı hedef posta kutusu adresi sözdizimi",
        "Alıcı adresi doğru biçimlendirilmiş bir adres değil; bu yüzden sunucu onu sorgulamadı bile. Adresin `@` öncesindeki ya da sonrasındaki herhangi bir kısmı hatalı olabilir. RFC 3463 bu kodu yalnızca kalıcı hatalar için öngörür; bu yüzden `5.1.3` olarak görülür.",
        "Sunucular, adres yasak karakterler veya boşluklar içerdiğinde, `@` eksik ya da fazla olduğunda, açılı ayraçlar bulunmadığında veya adres çok uzun olduğunda `RCPT TO` komutuna `501` ve `5.1.3` ile yanıt verir. Yoldaki bir aktarma sunucusu bir adresi ayrıştıramadığında bu kod geri dönen e-postalarda görülür.",
        "Adresi düzeltin: boşlukları, tırnakları ve fazladan noktalama işaretlerini kaldırın ve adreste tam olarak bir `@` ile ardından geçerli bir alan adı bulunduğundan emin olun. Geliştiriciler, istemcinin `RCPT TO` sonrasında yalın adresi açılı ayraçlar içinde gönderdiğini kontrol etmelidir. ASCII dışı karakter içeren adresler, `SMTPUTF8` destekleyen sunucular gerektirir.",
    ],
    // X.1.4
    [
        "Hedef posta kutusu adresi belirsiz",
        "Alıcı adresi, alıcı sistemde birden fazla posta kutusuyla eşleşiyor; bu yüzden sunucu hangi kişinin kastedildiğini ayırt edemiyor. RFC 3463 bu kodu tek bir sınıfla sınırlamaz.",
        "Adresleri posta kutularına tahmine dayalı olarak (örneğin kişinin adını eşleştirerek) eşleyen sistemlerde, tahmin birden fazla aday bulduğunda ortaya çıkar. RFC 5321, `553` ile yanıtlanan `VRFY` için aynı durumu örnek olarak gösterir.",
        "Bir ad veya kısaltılmış biçim yerine alıcının tam ve eksiksiz adresini kullanın; gerekirse bu adresi kendisinden isteyin. Alıcı sistemin yöneticileri adresi benzersiz hâle getirebilir veya bulanık eşleştirmeyi kapatabilir.",
    ],
    // X.1.5
    [
        "Hedef adres geçerli",
        "Bir başarı durumu: alıcı adresi denetlendi ve kabul edildi. RFC 3463 bu kodu olumlu bildirimlere ayırır; bu yüzden yalnızca `2.1.5` olarak görülür.",
        "Sunucular, RFC 2034 örneğinde olduğu gibi, kabul edilen her `RCPT TO` için verdikleri `250` yanıtına `2.1.5` ekler. Teslim raporları da iletinin başarıyla aktarıldığı veya teslim edildiği bir alıcı için bu kodu gösterebilir.",
        "Düzeltilecek bir şey yok. Kabul edilen bir alıcının henüz teslim edilmiş bir ileti anlamına gelmediğini unutmayın: sunucu veriler gönderildikten sonra iletiyi yine reddedebilir ya da daha sonra geri döndürebilir.",
    ],
    // X.1.6
    [
        "Hedef posta kutusu taşındı, yönlendirme adresi yok",
        "Adres eskiden çalışıyordu, ancak posta kutusu artık e-posta kabul etmiyor ve sunucunun önerebileceği yeni bir adres yok. RFC 3463 bu kodu yalnızca kalıcı hatalar için öngörür; bu yüzden `5.1.6` olarak görülür.",
        "Alıcı sunucular bunu eski adresler için, örneğin bir kurumdan ayrılmış veya başka bir sağlayıcıya geçmiş kişilerin adresleri için, `RCPT TO` komutuna döndürür ya da geri dönen bir e-postada bildirir.",
        "Bu adresi kullanmayı bırakın ve kişi listenizden ve e-posta listelerinizden kaldırın. Güncel adresini öğrenmek için kişiye başka bir yoldan ulaşın. `551` durumundan farklı olarak yeni bir adres verilmez; dolayısıyla yeniden denenecek bir şey yoktur.",
    ],
    // X.1.7
    [
        "Hatalı gönderen posta kutusu adresi sözdizimi",
        "Gönderen adresi (genellikle `MAIL FROM` içinde verilen adres) doğru biçimlendirilmiş bir adres değil. RFC 3463 bu kodu tek bir sınıfa bağlamaz, ancak hatalı biçimlendirilmiş bir adres değiştirilmeden gönderilirse yine reddedilir.",
        "Sunucular, adreste geçersiz karakterler olduğunda ya da alan adı, `@` veya açılı ayraçlar eksik olduğunda `MAIL FROM` komutuna `501` veya `553` ile birlikte bu kodla yanıt verir. Gönderen adresi yanlış ayarlanmış betikler, web formları ve cihazlar buna yol açabilir.",
        "Gönderen programın veya cihazın ayarlarındaki gönderen adresini, geçerli bir alan adına sahip eksiksiz bir adres olacak şekilde düzeltin. Geliştiriciler, `MAIL FROM` içinde görünen ad olmadan yalnızca açılı ayraçlar içindeki yalın adresin bulunduğunu kontrol etmelidir.",
    ],
    // X.1.8
    [
        "Hatalı gönderen sistem adresi",
        "Gönderen adresinin alan adı yok ya da e-posta alamıyor; bu yüzden yanıtlar ve geri dönen e-postalar gönderene hiçbir zaman ulaşamaz. `5.1.8` alan adının kullanılamaz olduğunu, `4.1.8` ise denetimin şimdilik tamamlanamadığını ve daha sonra başarılı olabileceğini gösterir.",
        "Alıcı sunucular, gönderenin alan adını DNS'te sorgulayıp kullanılabilir bir e-posta hedefi bulamadıklarında `MAIL FROM` komutuna bu kodla yanıt verir. Pek çok alıcı bu tür e-postaları reddeder, çünkü geri dönen e-posta alamayan bir gönderen çoğu zaman spam belirtisidir.",
        "Alan adı var olan ve e-posta alabilen bir adresten gönderin; uygulama veya cihaz ayarlarında yazım hatası ve yer tutucu alan adları olup olmadığını kontrol edin. Alan adı sizinse kayıtlı olduğundan ve MX ya da adres kayıtları bulunduğundan emin olun; gönderim yaptığınız bir alan adı için null MX yayımlamayın.",
    ],
    // X.1.9
    [
        "İleti uyumsuz bir e-posta sistemine aktarıldı",
        "Alıcı adresi geçerliydi ve ileti bir sonraki sisteme aktarıldı, ancak bu sistem ileti izlemeyi desteklemiyor; bu nedenle iletinin ilerleyişi hakkında daha fazla bilgi yok. Bu bir hata değildir ve RFC 3886 onu yalnızca `2.1.9` olarak kullanır.",
        "İleti izleme raporlarında (RFC 3886), her zaman \"relayed\" (aktarıldı) eylemiyle birlikte, bir iletinin izi izleme isteklerine yanıt veremeyen bir sistemde sona erdiğinde görülür. Normalde bir SMTP yanıtı olarak gönderilmez.",
        "Düzeltilecek bir şey yok: ileti, izlenen sistemlerden olağan şekilde çıktı. Teslimi doğrulamak için alıcıya ya da bir sonraki sistemin yöneticisine sorun.",
    ],
    // X.1.10
    [
        "Alıcı adresinde null MX var",
        "Alıcının alan adı, alan adının hiç e-posta kabul etmediğini belirten bir DNS kaydı olan null MX yayımlıyor. Adres hiçbir zaman e-posta alamaz; bu yüzden bu kalıcı bir hatadır: `5.1.10`.",
        "Gönderen ve gönderim sunucuları, alıcı alan adı için yapılan DNS sorgusu bir null MX bulduğunda `RCPT TO` komutunu `556` ve `5.1.10` ile reddeder. Hatayı günlerce süren yeniden denemelerden sonra değil, hemen alırsınız. Microsoft Exchange Online ise `550 5.1.10` kodunu kendine özgü bir anlamla gönderir: alıcı adresi, alıcı kuruluşta bulunmuyor.",
        "Adres yanlış yazılmıştır ya da alan adı bilerek e-posta kabul etmiyordur: alan adı kısmının bir yazım hatası, hedeflenen alan adına benzeyen başka bir ad ya da bir web sunucusunun adı olup olmadığını kontrol edin ve alıcıdan çalışan bir adres alın. Alan adı sizinse ve e-posta almak istiyorsanız null MX kaydını gerçek MX kayıtlarıyla değiştirin.",
    ],
    // X.2.0
    [
        "Diğer veya tanımsız posta kutusu durumu",
        "Alıcının posta kutusu var, ancak posta kutusunun kendisiyle ilgili bir şey iletiyi geciktirdi veya durdurdu ve sunucu daha kesin bir kod vermiyor. Posta kutusu sorunları alıcı tarafındadır.",
        "Alıcı sunucular bunu, bir posta kutusu kendine ait bir kodu olmayan bir nedenle ileti kabul edemediğinde `RCPT TO` komutuna veya ileti verisinin sonuna verdikleri yanıtlarda ve geri dönen e-postalarda kullanır. Koddan sonraki metin genellikle nedeni belirtir.",
        "`4.2.0` alındığında sunucunuzun yeniden denemeye devam etmesine izin verin. `5.2.0` alındığında hata metnini aktararak alıcıya başka bir kanaldan haber verin, çünkü posta kutusunu yalnızca alıcı veya e-posta yöneticisi düzeltebilir.",
    ],
    // X.2.1
    [
        "Posta kutusu devre dışı, ileti kabul etmiyor",
        "Posta kutusu var, ancak gelen e-postalara kapatılmış. RFC 3463 her iki sınıfa da izin verir: posta kutusu yeniden etkinleştirilmeyecekse `5.2.1`, yalnızca bir süreliğine engellenmişse `4.2.1`.",
        "Sağlayıcılar bunu, askıya alınmış, kilitlenmiş veya kapatılmış ama henüz silinmemiş hesaplar için `RCPT TO` komutuna yanıt olarak ya da geri dönen bir e-postada gönderir. Bir posta kutusunun hangi nedenlerle devre dışı bırakıldığı sağlayıcıya göre değişir.",
        "Alıcıyla başka bir yoldan iletişime geçin ve çalışan bir adres isteyin ya da hesabın yeniden etkinleştirilmesini rica edin. `4.2.1` durumunda sunucunuz kendiliğinden yeniden dener; `5.2.1` durumunda posta kutusu etkinleştirilene kadar yeniden göndermek başarısız olur.",
    ],
    // X.2.2
    [
        "Posta kutusu dolu",
        "Alıcının posta kutusu depolama kotasına ulaştı; alıcı e-posta silene kadar başka bir şey sığmaz. RFC 3463 bunun geçici bir hata (`4.2.2`) olarak kullanılmasını ister, ancak kalıcı `552` yanıtıyla da gönderilir ve bu durumda `5.2.2` ortaya çıkar.",
        "Alıcı sunucular, bir hesap kotasını aştığında bunu `RCPT TO` komutuna veya ileti verisinin sonuna döndürür; son teslim adımı posta kutusunu dolu bulduğunda teslim raporları da bu kodu taşır. Yalnızca bir alıcıyı ilgilendirir: aynı sunucudaki diğer alıcılar iletiyi yine de alabilir.",
        "Bunu yalnızca alıcı (e-posta silerek veya arşivleyerek) ya da yöneticisi (kotayı artırarak) düzeltebilir. Gönderen olarak alıcıya başka bir kanaldan haber verin; `4.2.2` durumunda sunucunuz kendiliğinden yeniden dener, `5.2.2` durumunda ise iletiyi daha sonra yeniden göndermeniz gerekir.",
    ],
    // X.2.3
    [
        "İleti boyutu yönetimsel sınırı aşıyor",
        "İleti, bu posta kutusunun kabul ettiğinden büyük: alıcının, sunucunun genel sınırından daha düşük, kendine ait bir boyut sınırı var. RFC 3463 bunu kalıcı bir hata (`5.2.3`) olarak öngörür; bu yüzden aynı ileti yine reddedilir.",
        "Sunucular bunu `552` ile birlikte, genellikle ileti verisinin sonuna yanıt olarak, iletinin kendi boyut sınırını aştığı bir alıcı için gönderir. Aynı sunucuda daha yüksek sınırlara sahip diğer alıcılar iletiyi yine de alabilir.",
        "İletiyi küçültün: ekleri kaldırın veya sıkıştırın ya da büyük dosyaları bir indirme bağlantısıyla paylaşın. Alıcının büyük dosyalar alması gerekiyorsa yöneticisinden posta kutusundaki sınırı yükseltmesini isteyebilir.",
    ],
    // X.2.4
    [
        "E-posta listesi genişletme sorunu",
        "Alıcı adresi bir e-posta listesine ait ve liste, üyelerinin adreslerine genişletilemedi. RFC 3463 her iki sınıfa da izin verir: geçici bir sorun için `4.2.4`, kalıcı bir sorun için `5.2.4`.",
        "E-posta listeleri veya takma adlar barındıran sunucular, liste adresini üye adreslerine dönüştürme işlemi başarısız olduğunda bunu `RCPT TO` komutuna yanıt olarak ya da geri dönen bir e-postada bildirir. Üyelerden biriyle değil, listenin bütünüyle ilgilidir.",
        "`4.2.4` durumunda sunucunuzun yeniden denemesine izin verin. `5.2.4` durumunda liste sahibine veya liste sunucusunun yöneticisine haber verin, çünkü yeniden göndermenin işe yaraması için önce listenin kendisi onarılmalıdır.",
    ],
    // X.3.0
    [
        "Diğer veya tanımsız e-posta sistemi durumu",
        "Alıcı sistem var ve normalde e-posta kabul ediyor, ancak adres ya da ileti değil, sistemin kendisiyle ilgili bir şey bu duruma yol açtı ve daha kesin bir kod yok. Hata biçimleri, nedeni hedef tarafta arar.",
        "IANA bu kodu `250` ve `221` ile `421`, `451`, `550` ve `554` arasında uzanan geniş bir yanıt yelpazesiyle ilişkilendirir; bu yüzden hem başarılarda hem hatalarda görülür. Hata biçimleri hedefteki iç sorunlar için kullanılır; koddan sonraki metin genellikle bunları açıklar.",
        "`4.3.0` sizden bir şey gerektirmez, çünkü sunucunuz yeniden dener. `5.3.0` sürerse hata satırının tamamını ve zamanını alıcının e-posta yöneticisine gönderin, çünkü arıza onların sistemindedir. Sistem sizinse o zamana ait günlükleri kontrol edin.",
    ],
    // X.3.1
    [
        "E-posta sistemi dolu",
        "Alıcı e-posta sisteminin depolama alanı yalnızca bir posta kutusu için değil, bütünüyle tükendi ve alıcılar kendileri yer açamaz. RFC 3463 buna yalnızca geçici bir hata olarak izin verir; bu yüzden `4.3.1` olarak görülür.",
        "Sunucular, diskleri veya kuyruk depolamaları tükendiğinde `MAIL FROM`, `RCPT TO` ya da ileti verisinin sonuna yanıt olarak `4.3.1` ile birlikte `452` gönderir. `SIZE` uzantısı kullanıldığında bir sunucu, bildirilen boyuttaki bir ileti için yeri yoksa `MAIL FROM` aşamasında da `452` gönderebilir.",
        "Gönderenlerin bir şey yapması gerekmez: ileti kuyrukta kalır ve daha sonra yeniden denenir. Alıcı sunucunun yöneticisi disk alanı açmalı veya depolama eklemeli ve kuyruğun yeniden dolmaması için onu izlemelidir.",
    ],
    // X.3.2
    [
        "Sistem ağdan ileti kabul etmiyor",
        "Posta kutusunun bulunduğu sunucu şimdilik ya da hiç ileti kabul etmiyor. RFC 3463 her iki sınıfa da izin verir: bakım, yoğun yük veya yaklaşan bir kapanma gibi geçici nedenler için `4.3.2`, sunucu e-postayı kalıcı olarak reddettiğinde `5.3.2`.",
        "Sunucular aşırı yüklüyken, bakımdayken veya kapanırken geçici bir retle birlikte `4.3.2` gönderir. Hiç e-posta kabul etmeyen bir sunucu `521` ile karşılar (RFC 7504); RFC 2034 karşılama mesajına genişletilmiş kod koymadığı için bu yanıtta genişletilmiş kod bulunmaz. IANA kaydı, genişletilmiş kod taşıyan yanıtlar için `5.3.2` kodunu `521` ve `453` ile eşleştirir.",
        "`4.3.2` için sunucunuzun daha sonra yeniden denemesine izin verin; iletide bir sorun yok. `5.3.2` için, özellikle de `521` ile geldiğinde, o sunucu e-posta almıyordur: adresi ve alıcı alan adının MX kayıtlarını kontrol edin ve alıcıdan kendisine ulaşmanın başka bir yolunu isteyin.",
    ],
    // X.3.3
    [
        "Sistem seçilen özellikleri desteklemiyor",
        "İleti, alıcı sistemin sağlayamadığı bir özellik veya seçenek istiyor; bu yüzden gönderenin istediği şekilde işlenemiyor. RFC 3463, bir e-posta ortamındaki bir özelliğin diğerinde karşılığı olmadığı durumlarda ağ geçitlerini tipik bir kaynak olarak gösterir.",
        "Başka e-posta sistemlerine geçiş sağlayan ağ geçitlerinden gelen geri dönen e-postalarda ve iletinin bağlı olduğu bir seçeneği yerine getiremeyen sunucuların yanıtlarında görülür. Koddan sonraki metnin özelliği belirtmesi gerekir.",
        "Hangi özelliğin reddedildiğini öğrenin, ardından iletiyi o özellik olmadan ya da onu destekleyen bir yol üzerinden yeniden gönderin. Ret kendi ağ geçidinizden geliyorsa yöneticisi bu özelliğe destek eklemeli veya özelliğin nasıl eşlendiğini değiştirmelidir.",
    ],
    // X.3.4
    [
        "İleti sistem için çok büyük",
        "İleti, alıcı kim olursa olsun, alıcı sistemin kabul ettiği en büyük iletiden daha büyük. Sınır teknik olabileceği gibi politika gereği de konmuş olabilir. RFC 3463 buna yalnızca kalıcı bir hata olarak izin verir; bu yüzden `5.3.4` olarak görülür.",
        "Sunucular bunu, bildirilen `SIZE` sınırlarını aştığında `MAIL FROM` komutuna `552` ile, gerçek boyut belli olduğunda ise ileti verisinden sonra `552` veya `554` ile gönderir. `SIZE` destekleyen sunucular sınırlarını `EHLO` yanıtında belirtebilir.",
        "İletiyi küçültün: büyük dosyaları bir indirme bağlantısıyla paylaşın ya da ekleri sıkıştırın veya bölün. Sunucunun `EHLO` yanıtında `SIZE` sonrasında bir sayı varsa bu, bayt cinsinden sınırıdır. Aynı iletiyi değiştirmeden yeniden göndermek yine başarısız olur.",
    ],
    // X.3.5
    [
        "Sistem yanlış yapılandırılmış",
        "Alıcı sistemin kendi yapılandırması bu iletiyi kabul etmesine izin vermiyor. Bu, iletinizdeki veya adreslerinizdeki bir soruna değil, o sunucudaki bir yapılandırma hatasına işaret eder.",
        "Sunucular ve aktarma sunucuları, ayarları bir iletiyi almalarını veya iletmelerini engellediğinde bunu bildirir. Sınıf, hatanın yakında düzeltilmesinin beklenip (`4.3.5`) beklenmediğini (`5.3.5`) gösterir.",
        "Gönderen bunu düzeltemez. Hata satırının tamamını, zamanını ve alıcı adresini bu kodu gönderen sunucunun yöneticisine bildirin; başka bir alan adı söz konusuysa ona alıcı veya alan adının postmaster adresi aracılığıyla ulaşın. Sunucu sizinse alan adı, rota ve teslim ayarlarını ve günlüklerini kontrol edin.",
    ],
    // X.3.6
    [
        "İstenen öncelik değiştirildi",
        "İleti kabul edildi, ancak gönderenin `MT-PRIORITY` ile istediği öncelikle (ya da hiçbir şey istenmediyse varsayılan öncelikle) değil: sunucu önceliği yükseltti veya düşürdü. Bu bir başarıdır (`2.3.6`) ve yanıt metni yeni öncelikle başlar.",
        "`MT-PRIORITY` destekleyen sunucular, politikaları farklı bir öncelik atadığında (örneğin gönderenin kimlik doğrulaması yaptığı hesaba dayalı bir öncelik) bunu `MAIL FROM` komutuna veya ileti verisinin sonuna verdikleri `250` yanıtında gönderir.",
        "Düzeltilecek bir şey yok: ileti yolda. Daha yüksek bir önceliğe ihtiyacınız varsa sunucunun yöneticisine hesabınızın veya alan adınızın bunu kullanıp kullanamayacağını sorun; sunucu, güvenmediği gönderenlerin önceliğini yükseltmeyi reddederken kendi önceliklerini düşürmelerine yine de izin verebilir.",
    ],
    // X.4.0
    [
        "Diğer veya tanımsız ağ ya da yönlendirme durumu",
        "Teslimat, bildirimi yapan sistemin daha kesin tanımlayamadığı bir ağ veya yönlendirme sorunu nedeniyle başarısız oldu ya da gecikti. Sınıf rakamı, sorunun geçici (`4.4.0`) mi yoksa kalıcı (`5.4.0`) mı olduğunu yine de gösterir.",
        "E-posta sunucuları, bir sonraki sunucuya bağlanma veya ona giden yolu bulma, belirli ağ kodlarının hiçbirinin kapsamadığı bir nedenle başarısız olursa bunu gecikme ve hata bildirimlerine ya da bir yanıta ekler.",
        "`4.4.0` için gönderen sunucunun yeniden denemeye devam etmesine izin verin. Sorun sürerse ya da `5.4.0` söz konusuysa koddan sonraki metni ve geri dönen e-postanın tanılama bölümünü okuyun, ardından DNS'i ve gönderen sunucu ile hedefin e-posta sunucuları arasındaki bağlantıyı kontrol edin.",
    ],
    // X.4.1
    [
        "Sunucudan yanıt yok",
        "Gönderen sunucu bir sonraki e-posta sunucusuna bağlanmayı denedi, ancak sunucu meşgul, kapalı veya erişilemez olduğu için yanıt vermedi. RFC 3463 bunu yalnızca geçici bir durum olarak tasarladı; bu yüzden gönderen süre sınırı dolana kadar yeniden denedikten sonra gelen son geri dönen e-posta bile `4.4.1` gösterebilir.",
        "Genellikle kendi e-posta sunucunuz, alıcının e-posta sunucularına yapılan bağlantılar zaman aşımına uğradıktan veya reddedildikten sonra bunu bir gecikme bildiriminde ya da günlüğünde bildirir. `BURL` gönderim sunucuları, iletiyi tutan IMAP sunucusuna ulaşamazlarsa `451 4.4.1` yanıtı verir. Microsoft Exchange Online ise sağlayıcıya özgü bir kullanımla, alıcı kuruluşta bulunmayan alıcı adreslerini reddetmek için `550 5.4.1` yanıtı verir.",
        "Bekleyin, çünkü gönderen sunucu kendiliğinden yeniden dener. Saatlerce sürerse alıcı alan adının doğru MX kayıtlarına sahip olduğunu, e-posta sunucularının çalışıp bağlantı kabul ettiğini ve hiçbir güvenlik duvarının trafiği engellemediğini kontrol edin. `5.4.1` reddi için koddan sonraki metni okuyun.",
    ],
    // X.4.2
    [
        "Hatalı bağlantı",
        "Bir sonraki sunucuyla bağlantı kuruldu, ancak ileti işlemi tamamlanmadan zaman aşımı veya kötü bir hat nedeniyle koptu. RFC 3463 bunu yalnızca geçici (`4.4.2`) bir durum olarak tasarladı; iletinin kendisinde bir sorun yok.",
        "Gönderen sunucular, oturum sırasında karşı taraf yanıt vermeyi bırakırsa veya bağlantı koparsa (örneğin uzun bir `DATA` aktarımının ortasında) bunu kaydeder. Sunucular bir oturumu erken kapattıklarında bunu `421` ile birlikte de kullanabilir.",
        "Gönderen sunucunun yeniden denemesine izin verin: bağlantısı kopan bir istemci, işlemi geçici bir `451` almış gibi ele almalıdır. Tek bir hedefle sürekli başarısız oluyorsa ağ yolunda paket kaybı olup olmadığına bakın ve iki sunucunun zaman aşımı değerlerinin en az RFC 5321'deki asgari değerler kadar olduğunu kontrol edin.",
    ],
    // X.4.3
    [
        "Dizin sunucusu hatası",
        "E-posta sisteminin dayandığı bir dizin hizmetine (çoğunlukla DNS) erişilemediği veya bu hizmet yanıt vermediği için ileti bir sonraki adıma aktarılamadı. RFC 3463 bunu yalnızca geçici (`4.4.3`) bir durum olarak tasarladı.",
        "Sunucular, teslimat için gereken bir DNS sorgusu zaman aşımına uğrarsa veya DNS sunucusu tarafında başarısız olursa bunu kullanır. SPF denetimi yapan alıcı sunucular, SPF denetimi geçici bir DNS hatasına takılırsa `451 4.4.3` gönderir.",
        "DNS yeniden yanıt vermeye başladığında genellikle sonraki bir deneme başarılı olur. Sorun sürerse hatayı bildiren sunucunun DNS çözümleyicisini kontrol edin ve ilgili alan adının ad sunucularının yanıt verdiğinden ve doğru MX ve SPF kayıtları yayımladığından emin olun.",
    ],
    // X.4.4
    [
        "Yönlendirme yapılamıyor",
        "E-posta sistemi iletiyi bir sonraki adımda nereye göndereceğini belirleyemedi, çünkü gereken yönlendirme verileri (normalde alıcı alan adının DNS kayıtları) elde edilemedi. RFC 3463 hem geçici (`4.4.4`) hem kalıcı (`5.4.4`) biçime izin verir.",
        "Gönderen sunucular, alıcının alan adı yoksa, kullanılabilir MX veya adres kayıtları yoksa ya da alan adı için yapılan DNS sorgusu yalnızca bir SOA kaydı döndürürse bunu bildirir. Geçici bir DNS arızası `4.4.4`, hiçbir e-posta yolu olmayan bir alan adı ise `5.4.4` ile sonuçlanır.",
        "Alıcı adresinin alan adı kısmında yazım hatası olup olmadığını kontrol edin. Alan adı doğruysa sahibinin, erişilebilir bir e-posta sunucusuna götüren MX kayıtları (veya bir adres kaydı) yayımlaması gerekir. `4.4.4` durumunda gönderen sunucu bu arada yeniden denemeye devam eder.",
    ],
    // X.4.5
    [
        "E-posta sistemi tıkanıklığı",
        "İleti, e-posta sistemi tıkandığı için (örneğin aşırı yüklendiği ya da kuyruğu biriktiği için) teslim edilmedi. RFC 3463 bunu yalnızca geçici (`4.4.5`) bir durum olarak tasarladı; iletide bir sorun yok.",
        "Yoğun sunucular bunu komutlara yanıt olarak, çoğu zaman `451 4.4.5` biçiminde gönderir; gönderen sunucular da gecikme bildirimlerinde belirtir. Bazı sunucular bunu, çok fazla bağlantı açan veya çok hızlı gönderen istemcileri yavaşlatmak için de kullanır.",
        "Gönderen sunucunun giderek artan aralıklarla daha sonra yeniden denemesine izin verin. Toplu gönderim yapıyorsanız ve bunu sık görüyorsanız o hedefe yönelik paralel bağlantı sayısını ve gönderim hızını düşürün. Kendi sunucunuzdan geliyorsa sunucunun yükünü ve kuyruğunu kontrol edin.",
    ],
    // X.4.6
    [
        "Yönlendirme döngüsü algılandı",
        "İleti sunucular arasında çok fazla kez aktarıldı; bu yüzden bir sunucu döngüyü kırmak için onu durdurdu. Buna yanlış yönlendirme tabloları veya birbirine yönlendirilen adresler yol açar. RFC 3463 bunu geçici (`4.4.6`) bir durum olarak tanımlar.",
        "Sunucular bir döngüyü genellikle iletinin Received başlık alanlarını sayarak fark eder; RFC 5321 yüksek bir sınır, normalde en az 100 ister. Bu durum tipik olarak e-postayı önceki bir adrese geri gönderen yeni bir yönlendirme kuralından ya da sunucuların e-postayı birbirine aktarmasına yol açan bir MX veya aktarma değişikliğinden sonra ortaya çıkar.",
        "İletinin hangi sunuculardan geçtiğini görmek için geri dönen iletinin Received başlık alanlarına bakın. Ardından önceki bir durağa geri işaret eden yönlendirme kuralını, takma adı veya aktarma rotasını kaldırın. Bunu gönderen düzeltemez; döngüye giren sistemlerin yöneticileri düzeltmelidir.",
    ],
    // X.4.7
    [
        "Teslim süresi doldu",
        "İleti çok eskiydi: kuyrukta sistemin izin verdiğinden uzun süre kaldı ya da gönderenin belirlediği bir teslim süresi geçti. RFC 3463, biliyorlarsa sunucuların bunun yerine teslimatı engelleyen asıl sorunu bildirmesini tercih eder.",
        "Çoğunlukla, bir hedefi günlerce başarısız şekilde yeniden deneyen bir gönderen sunucunun geri dönen e-postalarında görülür; RFC 5321, en az 4–5 gün geçmeden vazgeçilmemesini önerir. Deliver By uzantısında kaçırılan bir son tarih, gönderenin seçtiği moda göre `5.4.7` hatası veya `4.4.7` gecikme bildirimi doğurur.",
        "Önceki teslim denemelerindeki hataları görmek için geri dönen e-postaya veya sunucu günlüğüne bakın; bunlar erişilemeyen bir sunucu veya dolu bir posta kutusu gibi gerçek nedeni gösterir. Bu sorunu giderin, ardından iletiyi yeniden gönderin.",
    ],
    // X.5.0
    [
        "Diğer veya tanımsız protokol durumu",
        "SMTP alışverişinin kendisinde bir şey ters gitti ve daha belirli bir protokol kodu uymuyor; bu yüzden ayrıntılar temel yanıt kodunda ve metninde yer alır. Başarı biçimi `2.5.0` yalnızca bir protokol adımının çalıştığını doğrular.",
        "Birçok farklı yanıtla birlikte gelir: başarılı bir komuttan sonra `250 2.5.0`, ileti içeriği `BURL` ile gönderildiği hâlde hiçbir alıcı kabul edilmemişse `503 5.5.0` veya `554 5.5.0` ve diğer komut hataları için `4.5.0` ya da `5.5.0`. Kayıt bu kodu `ETRN` yanıtları olan `458` ve `459` ile de listeler.",
        "`2.5.0` için bir şey yapmak gerekmez. Hatalarda temel yanıt kodunu ve genişletilmiş koddan sonraki metni okuyun ve buna yol açan komutu SMTP günlüğünde bulun. Çözüm genellikle istemcinin komut sırasında veya ayarlarında bir değişiklik yapmaktır.",
    ],
    // X.5.1
    [
        "Geçersiz komut",
        "İstemci, sunucunun desteklemediği bir komut gönderdi ya da komutu oturumun yanlış bir noktasında gönderdi; örneğin kabul edilmiş bir `RCPT TO` olmadan `DATA`. RFC 3463 bunu yalnızca kalıcı (`5.5.1`) bir durum olarak tasarladı.",
        "Sunucular bunu `500` veya `503` gibi yanıtlarla eşleştirir: bilinmeyen veya devre dışı bir komut, tek bir işlemde ikinci bir `MAIL FROM`, `MAIL FROM` öncesinde `RCPT TO` ya da gerekli bir `STARTTLS` veya `AUTH` adımından önce gönderilen bir komut.",
        "Gönderen yazılımın düzeltilmesi gerekir: `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA` sırasını koruyun ve yalnızca sunucunun `EHLO` yanıtında listelediği komutları kullanın. E-posta gönderen betikler ve cihazlar için sunucunun önce `STARTTLS` veya `AUTH` gerektirip gerektirmediğini kontrol edin.",
    ],
    // X.5.2
    [
        "Sözdizimi hatası",
        "Sunucu bir komutu yorumlayamadı; ya sözdizimi yanlıştı ya da komut sözcüğü bilinmiyordu. RFC 3463 bunu yalnızca kalıcı (`5.5.2`) bir durum olarak tasarladı.",
        "Sunucular bunu hatalı biçimlendirilmiş komutlar için `500` veya `501` ile, bir `AUTH` yanıtı geçerli Base64 olmadığında ise `501` ile gönderir. Alıcı sunucular, gönderen alan adının SPF kaydı yorumlanamadığında (SPF \"permerror\") `550 5.5.2` ile de yanıt verir.",
        "Komut hatalarında istemci yazılımının doğru biçimlendirilmiş SMTP komutları göndermesi gerekir; SMTP günlüğündeki reddedilen komut neyin yanlış olduğunu gösterir. SPF durumunda gönderen alan adının sahibi DNS'teki SPF kaydını onarmalıdır.",
    ],
    // X.5.3
    [
        "Çok fazla alıcı",
        "İleti, sunucunun tek bir işlemde kabul ettiğinden fazla alıcı içeriyordu. RFC 3463, gönderenin listeyi bölmesini ve kalan alıcılara daha sonraki bir işlemde teslim etmesini bekler; bu kod, bunun yapılamadığı durumlar için vardır.",
        "Sunucular, tek bir ileti için alıcı sınırlarına ulaşıldığında bunu `RCPT TO` komutuna yanıt olarak, genellikle RFC 5321'in bu durum için öngördüğü `452` ile ya da `451` ile gönderir. Bir site politikası uygulayan sunucu bunun yerine kalıcı bir `5.5.3` yanıtı kullanabilir.",
        "Standarda uygun bir istemci iletiyi önce kabul edilmiş alıcılara gönderir ve reddedilenleri yeni bir işlemde yeniden dener. Bunu geri dönen bir e-postada aldıysanız alıcıları daha küçük gruplara bölün veya bir e-posta listesi kullanın. Yöneticiler sunucuda yapılandırılmış alıcı sınırını kontrol edebilir.",
    ],
    // X.5.4
    [
        "Geçersiz komut argümanları",
        "Komut geçerliydi, ancak argümanlarından biri geçerli değildi: aralık dışındaydı, hatalı biçimlendirilmişti ya da sunucunun desteklemediği bir özelliği belirtiyordu. RFC 3463 bunu yalnızca kalıcı (`5.5.4`) bir durum olarak tasarladı.",
        "Tipik durumlar şunlardır: sunucunun sunmadığı bir mekanizmayı belirten bir `AUTH` komutu (`504 5.5.4`), sunucunun tanımadığı bir `MAIL FROM` veya `RCPT TO` parametresi (`555`) ve Deliver By süresi ya da ileri tarihli gönderim (future release) bekleme süresi gibi uzantı parametreleri için geçersiz değerler (`501 5.5.4`).",
        "SMTP günlüğündeki reddedilen komutu, sunucunun `EHLO` yanıtında listelediği uzantılar ve `AUTH` mekanizmalarıyla karşılaştırın ve yalnızca desteklenen parametreleri geçerli değerlerle gönderin. Bu bir istemci ayarı veya yazılım hatasıdır; bu yüzden değiştirmeden yeniden denemek yine başarısız olur.",
    ],
    // X.5.5
    [
        "Yanlış protokol sürümü",
        "İki sistem birbiriyle uyuşmayan protokol sürümleri kullanıyor ve ikisinin de desteklediği bir sürümde anlaşamadılar. RFC 3463 bunu tek bir sınıfa bağlamaz ve kayıt bunun için hiçbir yanıt kodu listelemez.",
        "Özelliklerin `EHLO` ile müzakere edildiği düz SMTP'de nadirdir. Ağ geçitleri ve diğer e-posta sistemleri, bir sonraki sistem bir e-posta protokolünün uyumsuz bir sürümünü kullanıyorsa bunu bir teslim bildiriminde bildirebilir.",
        "Hangi protokolün veya sürümün reddedildiğini görmek için koddan sonraki metni okuyun. İki sistemin yöneticileri, ortak bir sürüm kullanabilmeleri için taraflardan birini güncellemeli veya yeniden yapılandırmalıdır; değiştirmeden yeniden göndermek işe yaramaz.",
    ],
    // X.5.6
    [
        "Kimlik doğrulama alışverişi satırı çok uzun",
        "`AUTH` sırasında istemci, sunucunun seçilen SASL mekanizması için ayırdığı arabellekten daha uzun bir Base64 yanıtı gönderdi; bu yüzden kimlik doğrulama başarısız oldu. Kayıt hem kalıcı hem geçici bir biçime izin verir.",
        "Sunucular, yanıt satırı sınırlarını aşan bir `AUTH` alışverişine `500 5.5.6` ile yanıt verir; örneğin bir istemci büyük bir kimlik belirtecini (token) tek satırda gönderdiğinde. RFC 4954, yazıldığı dönemde kullanılan mekanizmalar için 12288 sekizliyi (bayt) yeterli görmüştü.",
        "Her iki taraf da mekanizmalarının ürettiği en uzun yanıtları işleyebilmelidir. Sunucu yöneticisi kimlik doğrulama için satır sınırını yükseltebilir ya da istemci daha kısa yanıtlar üreten bir mekanizmaya geçebilir.",
    ],
    // X.6.0
    [
        "Diğer veya tanımsız medya hatası",
        "İletinin içeriğiyle ilgili bir şey onu teslim edilemez hâle getirdi ve belirli bir içerik kodu uymuyor; koddan sonraki metin genellikle nedeni belirtir. Başarı biçimi `2.6.0` ise yalnızca ileti verisinin kabul edildiğini doğrular.",
        "Sunucular içeriği reddetmek için `DATA` sonundaki `.` satırından sonra `5.6.0` veya `4.6.0` kullanabilir; örneğin yapısı bozuk bir ileti için. Hangi sorunların bu şekilde bildirildiği sunucuya bağlıdır. Kabul edilen ileti verisine verilen `250 2.6.0` başarı yanıtı, RFC 2034'ün örneklerinde yer alır.",
        "Genellikle sorunu belirten, koddan sonraki metni okuyun. İletiyi (örneğin biçimini veya reddedilen kısmını) düzeltip yeniden gönderin. İçerik sorunsuz görünüyorsa alıcının yöneticisine sistemlerinin neye itiraz ettiğini sorun.",
    ],
    // X.6.1
    [
        "Medya türü desteklenmiyor",
        "İleti, teslim protokolünün ya da yoldaki bir sonraki sistemin işleyemediği türde içerik barındırıyor. RFC 3463 bunu yalnızca kalıcı (`5.6.1`) bir durum olarak tasarladı.",
        "Tipik durumlar, `BINARYMIME` veya `8BITMIME` duyurmamış bir sunucuya sunulan ham ikili ya da 8 bitlik içerik ve bazı içerik türlerini taşıyamayan, başka e-posta sistemlerine geçiş sağlayan ağ geçitleridir.",
        "İçeriği tüm yolun taşıyabileceği bir biçimde gönderin; örneğin ekleri ham ikili yerine Base64 olarak kodlayın ya da daha yaygın bir biçim kullanın. Gönderen sunucunun yöneticileri, sunucunun ikili veya 8 bitlik içeriği bunu desteklemeyen sunucular için dönüştürdüğünden ya da aksi hâlde açık bir hatayla geri döndürdüğünden emin olmalıdır.",
    ],
    // X.6.2
    [
        "Dönüştürme gerekli ancak yasak",
        "Bir sonraki sistemin içeriği kabul edebilmesi için içeriğin dönüştürülmesi gerekirdi, ancak dönüştürmeye izin verilmiyor. Ya gönderen bunu iletide yasakladı ya da gönderen sunucunun politikası yasaklıyor.",
        "Aktarma sunucuları ve ağ geçitleri, bir sonraki durak içeriği değiştirilmeden kabul edemediğinde ve iletinin kendisi ya da gönderen sitenin politikası dönüştürmeyi engellediğinde bunu hata bildirimlerinde bildirir.",
        "İletiyi hedefin dönüştürme olmadan kabul ettiği bir biçimde gönderin (örneğin 7 bit kodlanmış MIME bölümleriyle) ya da e-posta programınız veya site politikanız bu seçeneği sunuyorsa dönüştürmeye izin verin.",
    ],
    // X.6.3
    [
        "Dönüştürme gerekli ancak desteklenmiyor",
        "Bir sonraki durağın içeriği kabul etmesi için içeriğin dönüştürülmesi gerekiyor, ancak yoldaki bir sunucu bu dönüştürmeyi yapamıyor ya da pratik bulmuyor. Klasik bir örnek, bir sonraki sunucu için 7 bite dönüştürülmesi gereken 8 bitlik bir iletinin, bu dönüşümü yapamayan bir aktarma sunucusundan geçmesidir.",
        "Aktarma sunucuları, bir sonraki sunucuda `8BITMIME` veya `BINARYMIME` yoksa ve iletiyi yeniden kodlayamıyorlarsa bunu hata bildirimlerine ekler. Gönderim sunucuları, alınan içerik ikiliyse veya dönüştürmedikleri 8 bitlik başlıklar içeriyorsa `BURL` komutuna `554 5.6.3` ile yanıt verir.",
        "İletiyi 7 bitlik aktarım için önceden kodlanmış olarak gönderin (quoted-printable veya Base64 gövde bölümleri, kodlanmış başlık metni); birçok e-posta programı bunu yapabilir. Aktarma sunucusu yöneticileri, yazılımları destekliyorsa 8 bitten 7 bite dönüştürmeyi etkinleştirebilir.",
    ],
    // X.6.4
    [
        "Kayıplı dönüştürme yapıldı",
        "İçeriğin yolda dönüştürülmesi gerekti ve dönüştürme sırasında bazı veriler kayboldu. `2.6.4` olarak başarılı bir teslimata eklenmiş bir uyarıdır; `5.6.4` olarak ise bir hatadır, çünkü gönderen kayıplı dönüştürmeyi yasaklamıştı.",
        "Sunucular kayıplı bir dönüştürmeden sonra `250 2.6.4` yanıtı verir; örneğin 8 bitlik başlıkları yeniden kodlayıp karakter kümelerini tahmin etmek zorunda kalan bir `BURL` gönderim sunucusu. Mümkün olan tek dönüştürme veri kaybına yol açacaksa ve gönderen bunu yasaklamışsa hata bildirimleri `5.6.4` taşır.",
        "`2.6.4` sonrasında ileti ulaştı, ancak alıcının onu okuyabildiğini kontrol edin; uyarıdan kaçınmak için içeriği doğru karakter kümesi etiketleri ve kodlanmış başlıklarla gönderin. `5.6.4` sonrasında kayıplı dönüştürme gerektirmeyen içerik gönderin ya da bu tür dönüştürmeye izin verin.",
    ],
    // X.6.5
    [
        "Dönüştürme başarısız oldu",
        "İleti içeriğinin dönüştürülmesi gerekiyordu ve denendi, ancak başarılı olmadı. RFC 3463 hem geçici (`4.6.5`) hem kalıcı (`5.6.5`) biçime izin verir.",
        "Aktarma sunucuları, ağ geçitleri ve içeriği dönüştüren sunucular, dönüştürme bozulursa (örneğin hatalı biçimlendirilmiş içerikte) bunu hata bildirimlerinde bildirir. RFC 4141'in içerik dönüştürme kurallarına göre başarısız olan her dönüştürme, işlemi `5.6.5` ile durdurur.",
        "`4.6.5` için sonraki bir deneme başarılı olabilir. `5.6.5` için iletide hatalı biçimlendirilmiş bölümler veya yanlış karakter kümesi etiketleri olup olmadığını kontrol edip iletiyi daha basit bir biçimde yeniden gönderin ya da dönüştürmeyi yapan sistemin yöneticisinden günlüklerini kontrol etmesini isteyin.",
    ],
    // X.6.6
    [
        "İleti içeriği kullanılamıyor",
        "Sunucunun ileti içeriğini başka bir sistemden alması gerekiyordu ve bu başarısız oldu. Bu kod, bir gönderim sunucusunun iletiyi bir IMAP sunucusundan aldığı `BURL` uzantısına aittir; RFC 4468 hem geçici hem kalıcı bir biçime izin verir.",
        "Gönderim sunucuları, IMAP sunucusu URL için bir hata döndürürse veya hiç veri döndürmezse `BURL` komutuna `554 5.6.6` ile yanıt verir. IMAP sunucusuna bağlanılamaması ise farklı biçimde, `451 4.4.1` olarak bildirilir.",
        "URL'nin hâlâ var olan bir iletiyi gösterdiğini ve gönderim sunucusunun onu IMAP sunucusundan almasına izin verildiğini kontrol edin. Bunu e-posta programı veya iki sunucunun yöneticisi düzeltmelidir; iletiyi `DATA` veya `BDAT` ile eksiksiz göndermek sorunu ortadan kaldırır.",
    ],
    // X.6.7
    [
        "Bu gönderen/alıcı için ASCII olmayan adreslere izin verilmiyor",
        "Sunucu uluslararasılaştırılmış bir adresi, yani aksanlı harfler veya Latin dışı yazı sistemleri gibi ASCII dışı karakterler içeren bir adresi reddetti, çünkü bu gönderen veya alıcı için yalnızca ASCII adreslere izin veriliyor.",
        "`SMTPUTF8` destekleyen sunucular, alıcısının ASCII bir adrese sahip olması gereken bir `RCPT TO` komutuna bu kodla birlikte `553`, göndereninin ASCII bir adrese sahip olması gereken bir `MAIL FROM` komutuna ise bu kodla birlikte `550` ile yanıt verir.",
        "Posta kutusunun sahibinin yalnızca ASCII karakterlerden oluşan bir adresi varsa onu kullanın. Aksi hâlde reddedilen posta kutusunun yöneticisi bu posta kutusu için uluslararasılaştırılmış adresleri etkinleştirmelidir; değiştirmeden yeniden göndermek yine başarısız olur.",
    ],
    // X.6.8
    [
        "UTF-8 dizeli yanıt gerekli, ancak SMTP istemcisi buna izin vermiyor",
        "Sunucunun bir posta kutusu adını gösterebilmesi için yanıtında UTF-8 metin kullanması gerekiyordu, ancak istemci UTF-8 yanıtlara izin vermemişti; bu yüzden sunucu bu yanıtı veremedi. Bu kod `SMTPUTF8` uzantısına aittir.",
        "Sunucular bunu, yanıt ASCII dışı bir posta kutusu içerecekse `SMTPUTF8` parametresi olmadan gönderilen `VRFY` veya `EXPN` komutları için kullanır; RFC 6531 bu durumda `252` veya `550` yanıt kodunu şart koşar.",
        "İstemci uluslararasılaştırılmış e-postayı destekliyorsa `VRFY` veya `EXPN` komutunu `SMTPUTF8` parametresiyle tekrarlayın. UTF-8 yanıtları işleyemeyen bir istemci bu yanıtı alamaz; hiçbir ileti bundan etkilenmez.",
    ],
    // X.6.9
    [
        "UTF-8 başlıklı ileti bir veya daha fazla alıcıya aktarılamıyor, bu yüzden ileti reddedilmeli",
        "İletinin uluslararasılaştırılmış (UTF-8) başlık alanları var ve en az bir alıcı böyle bir iletiyi kabul edemiyor; bu yüzden sunucu içeriği aldıktan sonra iletinin tamamını reddetti.",
        "Sunucular bunu `DATA` sonundaki `.` satırından sonra gönderir. RFC 6531 bunun için `554` yanıt kodunu belirtirken kayıt `550` listeler; bu yüzden ikisi de görülebilir. RFC 6531, sunucuların sorunu daha erken, `RCPT TO` aşamasında yakalamasını önerir.",
        "İletiyi etkilenen alıcılara yalnızca ASCII başlıklar ve adreslerle gönderin ya da onların yöneticilerinden uluslararasılaştırılmış e-postayı (`SMTPUTF8`) etkinleştirmelerini isteyin. UTF-8 kabul eden alıcılara ayrı bir iletiyle gönderebilirsiniz.",
    ],
    // X.6.10
    [
        "X.6.8 kodunun kullanımdan kaldırılmış kopyası",
        "Kayıt `X.6.10` kodunu yalnızca `X.6.8` kodunun kullanımdan kaldırılmış bir kopyası olarak, örnek metin ve ilişkili yanıt kodu olmadan tutar. Bir sunucu bunu gönderirse `X.6.8` olarak okuyun: bir yanıt, istemcinin izin vermediği UTF-8 metin gerektirirdi.",
        "Güncel yanıtlarda görülmemelidir. Bunu hâlâ gönderen bir sunucu `X.6.8` kodunu kastediyordur; tipik olarak `SMTPUTF8` parametresi olmadan gönderilen bir `VRFY` veya `EXPN` komutuna yanıt olarak.",
        "`X.6.8` gibi ele alın: istemciniz destekliyorsa komutu `SMTPUTF8` parametresiyle tekrarlayın. Bunu gönderen bir sunucunun yöneticileri kodu `X.6.8` olarak değiştirmelidir.",
    ],
    // X.7.0
    [
        "Diğer veya tanımsız güvenlik durumu",
        "Bir güvenlik veya politika kuralı komutu ya da iletiyi durdurdu; sunucunun bunun için daha kesin bir kodu yok ya da daha fazlasını söylememeyi tercih ediyor. Asıl nedeni belirten tek yer genellikle koddan sonraki metindir.",
        "RFC 4954 bunu, sunucu tarafındaki geçici bir oturum açma hatası için `454` ile, bir komut önce `AUTH` gerektirdiğinde ise `530` ile eşleştirir. Her şeyden önce `STARTTLS` isteyen sunucular da `530 5.7.0` ile yanıt verir; bazıları ise açıklamak istemedikleri politika retleri için bunu kullanır.",
        "`530` sonrasında sunucunun istediğini yapın: `MAIL FROM` öncesinde `STARTTLS` ile TLS başlatın veya `AUTH` ile oturum açın. `454` sonrasında parolayı yeniden girmeyin: sunucuda geçici bir arıza vardı, daha sonra yeniden deneyin. Diğer durumlarda yanıt metnini okuyun; işe yarar bir şey söylemiyorsa alıcı sitenin postmaster adresine sorun.",
    ],
    // X.7.1
    [
        "Teslimata yetki verilmedi, ileti reddedildi",
        "Alıcı tarafın politikası bu gönderenin bu alıcıya e-posta göndermesine izin vermiyor; bu yüzden ileti reddedildi. Engel sunucunuzu veya IP adresinizi, adresinizi veya alan adınızı hedef alabilir ya da alıcı için yapılmış bir ayar olabilir; içeriğin kendisi sorunsuz olabilir.",
        "Sunucular bunu, hizmet vermedikleri alan adları için aktarmayı (relay) reddetmek, filtrelerinin engellediği sunucuları veya gönderenleri geri çevirmek ve RFC 7208'in önerdiği gibi başarısız bir SPF denetimini bildirmek için gönderir. RFC 7489, gönderen alan adının DMARC politikası uyarınca reddedilen bir ileti için yanıt olarak `550 5.7.1` örneğini verir.",
        "Eşleşen kuralı görmek için yanıt metnini okuyun. Metin aktarmadan (relay) söz ediyorsa başkasının sunucusu üzerinden göndermek yerine kendi giden sunucunuzda oturum açın. SPF veya DMARC söz konusuysa gönderenin yöneticisi alan adının DNS kayıtlarını düzeltmelidir (bkz. `X.7.23` ve `X.7.26`); adı geçen bir engelleme listesi için listeden çıkarılma talebi gerekir; alıcının kendi koyduğu bir engeli ise yalnızca alıcı kaldırabilir.",
    ],
    // X.7.2
    [
        "E-posta listesinin genişletilmesi yasak",
        "Adres bir e-posta listesidir ve bu listeye ileti göndermenize izin verilmiyor. Listenin kendisi çalışıyor; yalnızca kuralları adresinizden gelen iletileri kabul etmiyor.",
        "Liste sunucuları ve e-posta sunucuları bunu, yalnızca üyelerden veya onaylı gönderenlerden ileti kabul eden ya da hiç ileti kabul etmeyen listeler için gönderir. Bir üye, abone olduğu adresten farklı bir adresten yazdığında da görülür.",
        "Listeye abone olan adresten gönderin ya da liste sahibinden ileti göndermenize izin vermesini veya iletinizi listeye aktarmasını isteyin. Listenin kuralları değişene kadar aynı iletiyi yeniden göndermek işe yaramaz.",
    ],
    // X.7.3
    [
        "Güvenlik dönüştürmesi gerekli ancak mümkün değil",
        "İletinin teslim edilebilmesi için güvenlik korumasının bir güvenli mesajlaşma biçiminden diğerine dönüştürülmesi gerekirdi ve yoldaki sistem bunu yapamadı. İleti, hedefin kullanamadığı bir biçimde korunuyor.",
        "Farklı güvenli mesajlaşma sistemleri arasındaki ağ geçitleri, imzalı veya şifreli bir iletinin başka bir güvenlik protokolü kullanan bir sisteme geçmesi gerektiğinde ve ikisi arasında dönüştürme mümkün olmadığında bunu gönderir.",
        "İletiyi alıcının sisteminin desteklediği bir biçimle koruyun ya da politikanız izin veriyorsa bu koruma olmadan gönderin ve alıcıyla ortak bir biçim üzerinde anlaşın. Ağ geçidinin yöneticisi hangi biçimleri dönüştürebildiğini söyleyebilir.",
    ],
    // X.7.4
    [
        "Güvenlik özellikleri desteklenmiyor",
        "İleti veya komut, bu teslim yolunda sağlanamayan bir güvenlik özelliği (örneğin bir tür güvenli kimlik doğrulama) istedi. İstek, yapıldığı şekliyle yerine getirilemez.",
        "Sunucular bunu, bir istemci uygulamadıkları bir güvenlik mekanizması istediğinde gönderir; IANA bunu, RFC 4954'ün sunucunun desteklemediği bir `AUTH` mekanizması için öngördüğü yanıt olan `504` ile eşleştirir. Ağ geçitleri ise yoldaki bir sonraki protokol iletinin güvenlik özelliklerini taşıyamadığında bunu gönderir.",
        "Sunucunun neyi desteklediğini kontrol edin (`EHLO` yanıtı uzantıları ve `AUTH` mekanizmalarını listeler) ve bunlardan birini kullanın ya da politikanız izin veriyorsa özellik olmadan gönderin. Özelliğe gerçekten ihtiyacınız varsa alıcı tarafın yöneticisinin buna destek eklemesi gerekir.",
    ],
    // X.7.5
    [
        "Kriptografik hata",
        "İletiyi yolda doğrulama veya şifresini çözme yetkisine sahip bir sistem bunu yapamadı, çünkü ihtiyaç duyduğu bir anahtar veya başka bir bilgi eksikti ya da geçersizdi. Sorun iletide yapılmış bir değişiklik değil, anahtar malzemesidir.",
        "İmza denetleyicileri ve şifre çözen ağ geçitleri, gereken bir anahtarı elde edemediklerinde veya buldukları anahtar kullanılamaz olduğunda bunu gönderir. RFC 6376, anahtar sunucusu yanıt vermediği için ortak anahtarı alamayan bir DKIM doğrulayıcısı için `451 4.7.5` önerir.",
        "`4.7.5` durumunda yeniden denemelerin sürmesine izin verin: anahtar kaynağı yeniden erişilebilir hâle gelebilir. Sorun sürerse gönderenin yöneticisi imzalama veya şifreleme anahtarlarının yayımlanmış ve geçerli olduğunu (DKIM için imzada adı geçen seçicinin altındaki anahtar kaydını) kontrol etmeli, alıcı da doğru şifre çözme anahtarlarının kurulu olduğunu denetlemelidir.",
    ],
    // X.7.6
    [
        "Kriptografik algoritma desteklenmiyor",
        "İletiyi doğrulama veya şifresini çözme yetkisine sahip bir sistem bunu yapamadı, çünkü ileti onun desteklemediği bir algoritmayla imzalanmış veya şifrelenmişti. Anahtarlar sorunsuz olabilir; engel algoritmadır.",
        "İmzaları denetleyen veya e-postaların şifresini çözen ağ geçitleri ve filtreler, bir ileti uygulamadıkları bir algoritma kullandığında (kendileri için çok yeni ya da desteğini bıraktıkları bir algoritma) bunu gönderir.",
        "Gönderen, alıcının kabul ettiği ve yaygın olarak desteklenen bir algoritmayla imzalamalı veya şifrelemeli, gerekirse bir algoritma üzerinde anlaşmalıdır. Alıcının yazılımı güncel değilse yöneticisi algoritmaya destek eklemelidir.",
    ],
    // X.7.7
    [
        "İleti bütünlüğü hatası",
        "İletiyi doğrulama yetkisine sahip bir sistem, iletinin yolda bozulduğunu veya değiştirildiğini, bu yüzden imzasının ya da diğer bütünlük denetiminin artık tutmadığını tespit etti. RFC 3463 bu koda kalıcı, geçici ve hatta başarı bildirimlerinde izin verir.",
        "Doğrulayıcılar, imzalı veya korumalı bir ileti bütünlük denetimini geçemediğinde bunu gönderir; bunun nedeni çoğu zaman yoldaki bir sunucunun imzalamadan sonra başlıkları yeniden yazması veya metin eklemesidir. RFC 7372 ayrıca `5.7.7` kodunu, hangi kimlik doğrulama denetiminin başarısız olduğunu açıklamak istemeyen yöneticiler için genel bir kod olarak belirtir.",
        "İletiyi imzalandıktan sonra neyin değiştirdiğini bulun: e-posta listesi yazılımları, yönlendiriciler, güvenlik ağ geçitleri ve altbilgi veya yasal uyarı ekleyen araçlar başlıca şüphelilerdir. İmzalamayı ileti çıkmadan önceki en son adım olarak yapın ya da değişikliği durdurun; gönderilen ve alınan kopyayı karşılaştırmak neyin değiştiğini gösterir.",
    ],
    // X.7.8
    [
        "Kimlik bilgileri geçersiz",
        "Kullanıcı adı, parola veya diğer kimlik bilgileri yanlış ya da bu hesap için yetersiz olduğundan `AUTH` ile oturum açma başarısız oldu. Oturum açmış değilsiniz ve oturum açma gerektiren her işlem reddedilecek.",
        "Gönderim sunucuları başarısız bir `AUTH` işlemine `535 5.7.8` ile yanıt verir; örneğin e-posta programında hâlâ eski bir parola kayıtlıysa. Eski `BURL` belirtimi (RFC 4468) de eksik bir güven ilişkisi için `5.7.8` kullanıyordu; RFC 5248 bu anlamı `X.7.14` koduna taşıdı.",
        "E-posta programının giden (SMTP) sunucu ayarlarındaki kullanıcı adını ve parolayı kontrol edip yeniden girin. Bazı sağlayıcılar kullanıcı adı olarak e-posta adresinin tamamını ya da normal parola yerine ayrı bir uygulama parolası bekler.",
    ],
    // X.7.9
    [
        "Kimlik doğrulama mekanizması çok zayıf",
        "Sunucu, istemcinin bu kullanıcı için seçtiği oturum açma yöntemini kabul etmeyecek, çünkü politikası daha güçlü bir yöntem gerektiriyor. Parola pekâlâ doğru olabilir; izin verilmeyen, parolanın sunulma biçimidir.",
        "Sunucular, seçilen mekanizma politikalarının o hesap için izin verdiğinden daha zayıf olduğunda (örneğin sağlayıcı oturum açma kurallarını sıkılaştırdıktan sonra) `AUTH` komutuna `534 5.7.9` ile yanıt verir. Yahoo ise `554 5.7.9` kodunu kendine özgü bir anlamla gönderir: ileti Yahoo'nun politikası gereği reddedilmiştir; bunun nedeni çoğunlukla iletinin kimlik doğrulamayı ya da gönderen alan adının DMARC politikasını geçememesidir.",
        "İstemcinin giden sunucu ayarlarında, sunucunun `EHLO` yanıtında `AUTH` sonrasında listelediği mekanizmalardan birini seçerek başka bir kimlik doğrulama yöntemi belirleyin ve yeniden deneyin. Hiçbiri çalışmazsa sağlayıcıya hangi oturum açma yöntemini gerektirdiğini sorun.",
    ],
    // X.7.10
    [
        "Şifreleme gerekiyor",
        "Önce bağlantının şifrelenmesi gerekiyor: sunucu, seçilen oturum açma mekanizmasına korumasız bir bağlantı üzerinden izin vermiyor. RFC 8689, TLS oturumu gerektiren bir ileti için TLS oturumu kurulamadığında geri dönen e-postalarda `5.7.10` kodunu yeniden kullanır. IANA bunu, hiçbir RFC'nin tanımlamadığı bir yanıt kodu olan `523` ile eşleştirir.",
        "Sunucular bunu başlıca, TLS etkin değilken açık metin parola mekanizmasıyla gönderilen `AUTH` komutuna yanıt olarak gönderir. Aktarma sunucuları, `REQUIRETLS` iletileri için alıcının e-posta sunucularının hiçbiriyle korumalı bir oturum açamadıklarında teslim hatası raporlarına `5.7.10` ekler.",
        "Oturum açmadan önce e-posta istemcisinde giden sunucu için şifrelemeyi (`STARTTLS` veya TLS bağlantısı) etkinleştirin ya da daha güçlü bir mekanizma seçin. Geri dönen bir `REQUIRETLS` iletisi için alıcının yöneticisi geçerli bir sertifikayla TLS sunmalı ya da gönderen, iletiyi bu gereklilik olmadan yeniden gönderip göndermemeye karar vermelidir.",
    ],
    // X.7.11
    [
        "İstenen kimlik doğrulama mekanizması için şifreleme gerekli",
        "Seçtiğiniz oturum açma mekanizması yalnızca şifreli bir bağlantıda kullanılabilir ve bu bağlantı şifreli değil. RFC 4954 bu kodu, `538` yanıtıyla birlikte yalnızca tarihsel nedenlerle korur; IANA ayrıca hiçbir RFC'nin tanımlamadığı `524` kodunu da listeler.",
        "Eski sunucular, bir istemci böyle bir mekanizmayı TLS olmadan denediğinde `AUTH` komutuna `538 5.7.11` ile yanıt verir. Güncel sunucuların bu mekanizmaları TLS etkin olana kadar duyurmaması beklenir; bu yüzden yalnızca duyurulan mekanizmaları kullanan bir istemci bununla karşılaşmamalıdır.",
        "`AUTH` öncesinde `STARTTLS` ile TLS başlatın (veya TLS üzerinden bağlanın), `EHLO` komutunu yeniden gönderin ve şifreli bağlantıda sunulan mekanizmalardan birini seçin. Bunu güncel bir sunucu gönderiyorsa istemci muhtemelen sunucunun hiç sunmadığı bir mekanizma kullanıyordur.",
    ],
    // X.7.12
    [
        "Parola geçişi gerekiyor",
        "Seçtiğiniz mekanizmanın bu hesapta çalışabilmesi için sunucu sizden önce bir kez `PLAIN` mekanizmasıyla oturum açmanızı istiyor. Bu `AUTH` denemesi reddedildi, ancak parolanın yanlış olduğu söylenmiyor. RFC 4954 bunu `432` ile kullanır; IANA ayrıca hiçbir RFC'nin tanımlamadığı `422` kodunu da listeler.",
        "Sunucular, seçilen mekanizmayı hesap için henüz kullanamadıklarında ve sonraki oturumlara hazırlanmak için bir kez `PLAIN` ile oturum açılması gerektiğinde `AUTH` komutuna `432 4.7.12` gönderir.",
        "Parolanın korunması için şifreli bir bağlantı üzerinden bir kez `PLAIN` ile oturum açın, ardından sonraki oturumlarda seçtiğiniz mekanizmaya geri dönün. E-posta istemcisi mekanizma değiştiremiyorsa sağlayıcıdan değişikliği kendi tarafında tamamlamasını isteyin.",
    ],
    // X.7.13
    [
        "Kullanıcı hesabı devre dışı",
        "Oturum açma işleminin kendisi başarılı oldu, ancak hesap devre dışı bırakılmış; bu yüzden e-posta gönderemez. Bir yönetici yeniden etkinleştirene kadar engelli kalır. IANA bunu, hiçbir RFC'nin tanımlamadığı bir yanıt kodu olan `525` ile eşleştirir.",
        "Sağlayıcılar bunu, kapattıkları bir hesaba (örneğin ödenmemiş faturalar, kötüye kullanım veya izinsiz erişim belirtileri nedeniyle) başarılı bir `AUTH` işleminin hemen ardından gönderir.",
        "Parolayı yeniden girmeye devam etmeyin; sorun parolada değil. Hesap sahibi sağlayıcıya veya yöneticiye başvurmalı, hesabın neden devre dışı bırakıldığını öğrenmeli ve örneğin ödeme yaptıktan veya ele geçirilmiş hesabı güvence altına aldıktan sonra yeniden etkinleştirilmesini sağlamalıdır.",
    ],
    // X.7.14
    [
        "Güven ilişkisi gerekli",
        "Gönderim sunucusundan ileti içeriğini başka bir sunucudan, tipik olarak bir `BURL` komutunda adı geçen bir IMAP sunucusundan alması istendi, ancak o sunucuyla yapılandırılmış bir güven ilişkisi yok. Bu ilişki olmadan içeriği alamaz.",
        "`BURL` destekleyen gönderim sunucuları, URL güvenmek üzere ayarlanmadıkları bir sunucuyu gösterdiğinde bunu örneğin `554 5.7.14` olarak gönderir. RFC 4468 bu durum için önce `5.7.8` kullanıyordu; RFC 5248 ona kendi kodunu verdi. Gmail ise `AUTH` komutuna kendine özgü bir anlamla `534 5.7.14` yanıtı verir: hesapta önce bir web tarayıcısı üzerinden oturum açılması gerekir.",
        "E-posta istemcisi `BURL` komutunu yalnızca gönderim sunucusunun oturum açıldıktan sonra duyurduğu IMAP sunucularıyla kullanmalı ya da bunun yerine iletinin tamamını `DATA` veya `BDAT` ile göndermelidir. İki sunucunun yöneticileri güven ilişkisini kurabilir; örneğin gönderim sunucusuna IMAP sunucusunda kendi kimlik bilgilerini vererek.",
    ],
    // X.7.15
    [
        "Öncelik düzeyi çok düşük",
        "Sunucu iletiyi reddetti, çünkü iletinin `MT-PRIORITY` ile verilen veya sunucu tarafından atanan aktarım önceliği, sunucunun şu anda kabul ettiği en düşük önceliğin altında. Sınır geçici olabilir.",
        "`MT-PRIORITY` uzantısını destekleyen ileti gönderim sunucuları, politikaları yalnızca daha yüksek öncelikli iletilerin geçmesine izin verdiğinde (örneğin kısıtlı çalışma dönemlerinde) bunu genellikle `450` veya `550` ile gönderir.",
        "`4.7.15` biçiminde, daha düşük öncelikler yeniden kabul edildiğinde istemcinin daha sonra yeniden denemesine izin verin. İleti acilse ve daha yüksek bir öncelik kullanma izniniz varsa daha yüksek bir `MT-PRIORITY` değeriyle yeniden gönderin; aksi hâlde sunucunun yöneticisine öncelik politikasını sorun.",
    ],
    // X.7.16
    [
        "İleti belirtilen öncelik için çok büyük",
        "İleti, sunucunun bu aktarım önceliği için izin verdiğinden büyük; ancak başka bir öncelikle veya daha küçük boyutta kabul edilebilir. RFC 4865 bir zamanlar bu numaraya farklı bir anlam (ileri tarihli gönderim kotası) vermişti, ancak bu hiç kayda geçmedi; IANA'daki anlamı budur.",
        "Politikası öncelik başına boyut sınırları belirleyen, `MT-PRIORITY` uzantılı sunucular bunu genellikle `552` ile, istemci `SIZE` da bildirdiyse `MAIL FROM` aşamasında ya da ileti verisi geldikten sonra gönderir.",
        "İletiyi küçültün (örneğin ekleri çıkararak), daha düşük bir `MT-PRIORITY` değeriyle gönderin ya da sunucunun yöneticisinden öncelik başına sınırları öğrenin. `4.7.16` biçiminde sınır geçici olabilir ve sonraki bir deneme başarılı olabilir.",
    ],
    // X.7.17
    [
        "Posta kutusunun sahibi değişti",
        "Gönderen, `RRVS` uzantısıyla veya `Require-Recipient-Valid-Since` başlık alanıyla, iletinin yalnızca posta kutusu belirli bir tarihten beri aynı kişiye aitse teslim edilmesini istedi ve alıcı taraf, posta kutusunun o tarihten sonra el değiştirdiğini biliyor. RFC 4865 bu numarayı bir zamanlar bir kota için kullanmıştı; IANA onu RFC 7293'e atadı.",
        "Hassas e-postalar gönderen otomatik sistemler, yeniden kullanıma açılmış bir adresi devralan birine ulaşmamak için `RRVS` kullanır. Alıcı sunucu bu durumda `RCPT TO` komutuna ya da tarih başlık alanında geldiyse ileti verisinden sonra `550 5.7.17` ile yanıt verir.",
        "Gönderen, adresin artık tanıdığı kişiye ait olmadığını kabul etmelidir: bu adrese göndermeyi bırakmalı ve o kişiden başka bir kanal üzerinden güncel adresini istemelidir. Tarih denetimi olmadan yeniden göndermek e-postayı bir yabancıya teslim edebilir.",
    ],
    // X.7.18
    [
        "Alan adının sahibi değişti",
        "Gönderen, `RRVS` veya `Require-Recipient-Valid-Since` başlık alanıyla bir sahiplik denetimi istedi ve alıcı taraf, alıcının alan adının belirtilen tarihten bu yana yeni bir sahibi olduğunu bildiriyor. Bu adrese gönderilen e-postalar artık ilgisiz birine ulaşabilir.",
        "`RRVS` destekleyen alıcı sistemler, alan adının gönderenin belirttiği tarihten sonra el değiştirdiğini bildiklerinde ve yalnızca posta kutusuyla ilgili yanıt vermek yerine bunu açıklamayı seçtiklerinde bu kodu gönderir.",
        "Gönderen bu adresi kullanmayı bırakmalı ve asıl alıcıyla başka bir kanal üzerinden yeni bir adres doğrulamalıdır. Alıcı tarafta düzeltilecek bir şey yok.",
    ],
    // X.7.19
    [
        "RRVS testi tamamlanamıyor",
        "Gönderen bir `RRVS` sahiplik denetimi istedi, ancak alıcı tarafta posta kutusunun ne zaman oluşturulduğuna veya en son ne zaman yeniden atandığına dair bir kayıt yok; bu yüzden tahmin yürütmek yerine reddediyor. Bu, adresin hâlâ geçerli olup olmadığı hakkında hiçbir şey söylemez.",
        "Alıcılar, ne posta kutusunun oluşturulma tarihi ne de makul bir yedeği bilinmediğinde bunu gönderir; örneğin bir alan adı posta kutusu geçmişi olmadan yeni bir sahibe veya sağlayıcıya taşındıktan sonra.",
        "Karar gönderene kalmıştır: bu risk kabul edilebilirse `RRVS` koruması olmadan yeniden gönderin ya da önce adresi alıcıyla başka bir kanal üzerinden doğrulayın. Aynı isteği tekrarlamak işe yaramaz.",
    ],
    // X.7.20
    [
        "Doğrulamadan geçen bir DKIM imzası bulunamadı",
        "Alıcı geçerli bir DKIM imzası şart koşuyor ve iletide böyle bir imza yoktu: ileti imzasızdı ya da tüm imzalar doğrulamada başarısız oldu. RFC 6376 yalnızca bu nedenle e-postanın reddedilmemesini önerir; dolayısıyla bu, katı bir yerel politikadır.",
        "DKIM'de ısrar eden alıcılar (örneğin her şeyi imzalamayı taahhüt eden bir iş ortağıyla yapılan bir anlaşma kapsamında) ileti verisi geldikten sonra bunu gönderir. İmzalar, ortak anahtar DNS'te yoksa veya eşleşmiyorsa ya da ileti imzalandıktan sonra bir şey onu değiştirdiyse başarısız olur.",
        "Gönderenin yöneticisi, giden her iletinin sunucu veya e-posta sağlayıcısı tarafından DKIM ile imzalanmasını sağlamalı ve ortak anahtarı `<selector>._domainkey.<domain>` adında bir TXT kaydı olarak yayımlamalıdır. Bir test iletisi gönderip `Authentication-Results` başlığında DKIM sonucunun pass olduğunu kontrol edin ve altbilgi ekleyen araçların veya ağ geçitlerinin e-postayı imzalamadan sonra değiştirmesini önleyin.",
    ],
    // X.7.21
    [
        "Kabul edilebilir bir DKIM imzası bulunamadı",
        "İletide doğrulanan en az bir DKIM imzası vardı, ancak hiçbiri alıcının ek gereksinimlerini (örneğin hangi başlık alanlarının imzalanması gerektiğini ya da gövdenin yalnızca bir kısmını kapsayan imzaların yasak olmasını) karşılamadı. Teknik olarak geçerli bir imza yeterli olmadı.",
        "Katı DKIM kuralları olan alıcılar, RFC 6376 bu tür retlerden kaçınılmasını önerse de ileti verisi geldikten sonra bunu gönderir. Tipik tetikleyiciler, önemli başlık alanlarını dışarıda bırakan ya da gövde uzunluğu sınırı (`l=`) kullanan bir imzadır.",
        "Gönderenin yöneticisi çoğu alıcının kabul ettiği ayarlarla imzalamalıdır: `From`, `Subject`, `Date`, `To` ve diğer temel başlık alanlarını imzaya dahil edin ve gövdenin tamamını `l=` olmadan imzalayın. Yanıt metni hangi gereksinimin karşılanmadığını söyleyebilir; sorun `From` alan adıysa `X.7.22` koduna bakın.",
    ],
    // X.7.22
    [
        "Yazarla eşleşen geçerli bir DKIM imzası bulunamadı",
        "İletide doğrulanan DKIM imzaları vardı, ancak hiçbiri yazarın adresi olan `From` başlık alanındaki alan adı tarafından oluşturulmamıştı. Alıcı, imzalayan alan adının yazarla eşleşmesini şart koşuyor; bu, `X.7.21` kodunun özel bir durumudur.",
        "Alıcılar bunu ileti verisi geldikten sonra gönderir; tipik olarak bir e-posta hizmeti müşterinin alan adı yerine kendi alan adıyla imzaladığında. DMARC da kimliği doğrulanmış alan adını `From` alan adıyla eşleştirme (hizalama) fikrine dayanır.",
        "İmzanın `d=` alan adını `From` alan adı yapın ya da DMARC'ın esnek hizalaması (relaxed alignment) kapsamında aynı kuruluşa ait bir alan adı kullanın. Bülten veya CRM hizmeti gibi üçüncü taraf bir gönderen için o hizmetin özel alan adıyla DKIM ayarını yapın: sağladığı anahtarı kendi alan adınız altında yayımlayın, böylece hizmet sizin adınıza imzalasın.",
    ],
    // X.7.23
    [
        "SPF doğrulaması başarısız oldu",
        "SPF denetimi \"fail\" sonucunu verdi: `MAIL FROM` içindeki alan adı (veya `HELO` adı), iletinin geldiği IP adresine yetki vermeyen bir SPF kaydı yayımlıyor ve alıcının politikası bu tür e-postaları reddediyor. Bu durum için `5.7.1` yerine kullanılır.",
        "Alıcılar bunu, gönderen alan adının SPF kaydı `-all` ile bittiğinde ve gönderen sunucu kayıtta yer almadığında, çoğu zaman ileti verisi aktarılmadan önce gönderir. Yaygın nedenler, kayda hiç eklenmemiş yeni bir e-posta hizmeti veya sunucu ve üçüncü bir tarafın e-postayı kendi IP adresinden yeniden gönderdiği yönlendirmedir. Gmail ayrıca `421 4.7.23` kodunu kendine özgü bir anlamla gönderir: gönderen IP adresinin PTR kaydı yok ya da kayıt eşleşmiyor.",
        "Gönderenin yöneticisi tüm meşru giden sunucuları, `ip4:` ve `ip6:` girdileriyle ya da e-posta sağlayıcısının `include:` ifadesiyle alan adının SPF TXT kaydında listelemeli ve `v=spf1` ile başlayan tek bir kayıt tutmalıdır. Nedeni yönlendirmeyse yönlendiren taraf `MAIL FROM` adresini kendi alan adına göre yeniden yazmalı ya da alıcı, yönlendiren tarafı SPF denetimlerinden muaf tutmalıdır.",
    ],
    // X.7.24
    [
        "SPF doğrulama hatası",
        "Alıcı, SPF denetimini bir hata nedeniyle tamamlayamadı; bu, başarısız bir denetimden farklıdır. Genellikle bir DNS sorgusu sorunundan kaynaklanan geçici bir hata `4.7.24` biçimini verir; `5.7.24` ise alan adının SPF kaydının bozuk olduğu ve yorumlanamadığı anlamına gelir.",
        "Alıcılar bunu, kayıt için yapılan DNS sorguları zaman aşımına uğradığında veya başarısız olduğunda `451` ile; kayıtta sözdizimi hatası olduğunda, alan adı birden fazla SPF kaydı yayımladığında ya da değerlendirme `include:`, `a` ve `mx` gibi DNS sorgusu yapan 10'dan fazla terim gerektirdiğinde ise `550` ile gönderir.",
        "Gönderenin yöneticisi SPF kaydını kontrol etmelidir: `v=spf1` ile başlayan tam olarak bir TXT kaydı olmalı, yazım hatası bulunmamalı ve sorgu sayısı en fazla 10 olmalıdır; bunun için örneğin iç içe `include:` ifadeleri `ip4:` veya `ip6:` aralıklarıyla değiştirilebilir. Geçici biçim için alan adının DNS sunucularının güvenilir biçimde yanıt verdiğinden emin olun; hata alıcının DNS'inde de olabilir.",
    ],
    // X.7.25
    [
        "Ters DNS doğrulaması başarısız oldu",
        "Gönderen sunucunun IP adresi alıcının ters DNS denetimini geçemedi: PTR kaydı yok ya da bu kayıttaki sunucu adı aynı IP adresine geri çözümlenmiyor. Alıcının politikası bu tür sunuculardan gelen e-postaları reddediyor.",
        "Alıcılar bunu oturumun erken bir aşamasında, IP adresinin PTR kaydı olmayan ya da PTR adının eşleşen bir A veya AAAA kaydı bulunmayan sunuculara gönderir. Yeni bulut sunucuları ve ev bağlantıları çoğu zaman bu durumla başlar.",
        "Gönderenin yöneticisi, IP adresini kontrol eden taraftan (barındırma veya internet sağlayıcısı) e-posta sunucusunu adlandıran bir PTR kaydı (örneğin `mail.example.com`) istemeli ve bu adın aynı adresi gösteren bir A veya AAAA kaydı olduğundan emin olmalıdır. `EHLO` komutunda da aynı adı kullanın.",
    ],
    // X.7.26
    [
        "Birden fazla kimlik doğrulama denetimi başarısız oldu",
        "İleti, alıcının SPF, DKIM, ARC veya ters DNS gibi kimlik doğrulama denetimlerinden birden fazlasını geçemedi ve alıcının politikası bu nedenle iletiyi reddediyor. Kod hangi denetimlerin başarısız olduğunu söylemez.",
        "RFC 7372, birkaç denetim başarısız olduğunda sunucuların yalnızca ilk hatayı belirtmek yerine bu kodu kullanmasını ister. Sahte e-postalar, çalışan SPF veya DKIM'i olmayan alan adları ve ikisini de bozan yönlendirilmiş e-postalar tipik örneklerdir; DMARC hatası da `From` alan adı için ne SPF'nin ne de DKIM'in geçtiği anlamına gelir.",
        "Gönderenin yöneticisi yalnızca birini değil, tüm denetimleri düzeltmelidir: SPF kaydı tüm gönderen sunucuları listelemeli, iletiler `From` alan adından bir DKIM imzası taşımalı ve gönderen IP adresinin eşleşen bir ters DNS kaydı olmalıdır. Kontrolünüzdeki bir posta kutusuna gönderilen test iletisi, her sonucu `Authentication-Results` başlığında gösterir.",
    ],
    // X.7.27
    [
        "Gönderen adresinde null MX var",
        "Gönderen adresinin (`MAIL FROM` veya `From` başlık alanındaki) alan adı, hiç e-posta kabul etmediğini bildiren bir null MX kaydı yayımlıyor. Yanıtlar ve geri dönen e-postalar oraya hiçbir zaman teslim edilemez; bu yüzden alıcı iletiyi reddeder.",
        "Alıcılar bunu, tek MX kaydının önceliği 0 ve hedefi \".\" olan bir alan adından gelen e-postalar için gönderir; bu tipik olarak e-posta göndermeyen ve dönüş adresi olarak sahtesi kullanılan bir alan adıdır ya da yanlışlıkla null MX yayımlamış bir gönderen alan adıdır. Gmail ayrıca `5.7.27` kodunu kendine özgü bir anlamla gönderir: ileti SPF denetiminden geçemedi.",
        "Alan adının e-posta göndermesi gerekiyorsa yöneticisi null MX kaydını kaldırmalı ve geri dönen e-postalar dahil e-posta kabul eden sunucular için gerçek MX kayıtları yayımlamalıdır. Aksi hâlde e-posta alabilen bir alan adındaki bir adresten gönderin.",
    ],
    // X.7.28
    [
        "E-posta seli algılandı",
        "Alıcı, iletinin birbirine benzeyen kötü amaçlı iletilerden oluşan bir selin parçası olduğunu düşünüyor ve iletiyi reddediyor. Kod bir RFC'den değil bir Internet-Draft'tan gelir ve IANA bunun için yanıt kodu vermez: ilgili alanda yalnızca bir nokta görünür.",
        "Saldırganlar bir kurbanın adresini birçok web kayıt formuna girdiğinde gelen yoğun onay e-postası akını gibi seller için kaydedilmiştir. Tek bir adrese giden benzer ileti patlamalarını algılayan alıcılar bunu gönderebilir.",
        "Onay e-postası gönderen bir web formu işletiyorsanız bir adresin ne sıklıkla kaydedilebileceğini sınırlayın, otomatik gönderimleri engelleyin ve hiç onaylamayan adreslere e-posta göndermeyi bırakın. Bir selin arasında kalmış sıradan bir gönderenseniz daha sonra yeniden deneyin veya alıcının postmaster adresine başvurun.",
    ],
    // X.7.29
    [
        "ARC doğrulama hatası",
        "İleti bir ARC zinciri taşıyordu (yönlendiricilerin ve e-posta listelerinin gördükleri kimlik doğrulama sonuçlarını imzalayıp kaydettiği bir zincir) ve bu zincir doğrulamadan geçemedi. Bozuk bir zincir, hiç zincir yokmuş gibi sayılır. ARC, deneysel statüdeki bir RFC (RFC 8617) ile tanımlanmıştır.",
        "ARC denetimi yapan alıcılar, bir aracının ARC mührü veya imzası doğrulanmadığında bunu, genellikle başarısız SPF veya DKIM ile birlikte gönderebilir; RFC 8617 bunun yerine `5.7.26` gönderilmesine de izin verir. Her ARC hatası, bir DNS hatası bile, kalıcı sayılır. Gmail ayrıca `5.7.29` kodunu kendine özgü bir anlamla gönderir: ileti TLS üzerinden gönderilmedi.",
        "ARC başlıklarını ekleyen yönlendirici veya e-posta listesi yapılandırmasını düzeltmelidir: ARC imzalama anahtarını DNS'te yayımlamalı, mührü yalnızca iletide kendi yaptığı değişikliklerden sonra eklemeli ve önceki ARC kümelerini bozmadan korumalıdır. Asıl gönderen, SPF ve DKIM'in kendi başına geçmesini sağlayarak sorunu azaltabilir (bkz. `X.7.26`).",
    ],
    // X.7.30
    [
        "REQUIRETLS desteği gerekli",
        "İleti, her durakta korumalı aktarım gerektiren `REQUIRETLS` ile gönderildi ve iletinin bir sonraki adımda gitmesi gereken sunucuların hiçbiri `REQUIRETLS` desteklemiyor. Bu nedenle iletiyi tutan sunucu onu aktarmadı ve geri gönderdi.",
        "Teslim hatası raporlarında görülür: bir aktarma sunucusu alıcının e-posta sunucularına TLS üzerinden ulaştı, ancak hiçbiri `STARTTLS` sonrasında `REQUIRETLS` duyurmadı. TLS'in kendisi kurulamadıysa rapor bunun yerine `5.7.10` kullanır. Gmail ayrıca `5.7.30` kodunu kendine özgü bir anlamla gönderir: ileti DKIM denetiminden geçemedi.",
        "Alıcının yöneticisinin, doğrulanabilen sertifikalara ve DNSSEC veya MTA-STS ile korunan MX kayıtlarına sahip, `REQUIRETLS` destekleyen e-posta sunucularına ihtiyacı vardır. Aksi hâlde gönderen, iletinin bu güvence olmadan gidip gidemeyeceğine karar vermeli ve onu `REQUIRETLS` olmadan yeniden göndermeli ya da başka bir kanal kullanmalıdır.",
    ],
    // 2.XXX.XXX
    [
        "Başarı",
        "İlk rakamın 2 olması eylemin başarılı olduğunu gösterir: adres veya ileti kabul edildi, aktarıldı ya da teslim edildi. Diğer iki sayı, yolda iletide yapılan bir değişiklik gibi ayrıntılar ekleyebilir.",
        "Genişletilmiş durum kodları kullanan sunucular bunu `250` ve `251` gibi olumlu yanıtlarına ekler; teslim raporları da bir iletinin teslim edildiğini veya aktarıldığını doğrulamak için bunu kullanır.",
        "Düzeltilecek bir şey yok. Bir başarı kodu da bir değişikliği (örneğin yeni bir öncelik veya dönüştürülmüş bir biçim) bildirebilir; sonuç sizi şaşırtırsa kodun geri kalanını okuyun.",
    ],
    // 4.XXX.XXX
    [
        "Süregelen geçici hata",
        "İlk rakamın 4 olması geçici bir hatayı gösterir: iletinin kendisi kabul edilebilir, ancak yoldaki bir koşul onu geciktirdi ya da yeterince uzun sürdüyse gönderenin vazgeçmesine yol açtı. Daha sonra yeniden göndermek başarılı olabilir.",
        "`421`, `450` ve `451` gibi 4 ile başlayan yanıt kodlarıyla birlikte, gecikme bildirimlerinde ve gönderen sunucu yeniden denemeyi bıraktıktan sonra gönderilen geri dönen e-postalarda görülür.",
        "Genellikle bir şey yapmanız gerekmez: gönderen sunucu iletiyi saklar ve kendiliğinden yeniden dener. Geri dönen bir e-posta sunucunun vazgeçtiğini söylüyorsa nedeni öğrenmek için konu ve ayrıntı numaralarını okuyun, sorun sizin tarafınızdaysa düzeltin ve iletiyi yeniden gönderin.",
    ],
    // 5.XXX.XXX
    [
        "Kalıcı hata",
        "İlk rakamın 5 olması kalıcı bir hatayı gösterir: aynı iletiyi değiştirmeden yeniden göndermek başarılı olmaz. Önce iletiyle, adresle veya hedefle ilgili bir şeyin değişmesi gerekir.",
        "`550` ve `554` gibi 5 ile başlayan yanıt kodlarıyla birlikte ve teslimden vazgeçildikten sonra gönderilen geri dönen e-postalarda görülür.",
        "İletiyi öylece yeniden göndermeyin. Neyin değişmesi gerektiğini (adres, ileti boyutu veya gönderenin yapılandırması gibi) öğrenmek için konu ve ayrıntı numaralarını ve metni okuyun; iletiyi ancak bu düzeltildikten sonra yeniden gönderin.",
    ],
    // X.0.XXX
    [
        "Diğer veya tanımsız durum",
        "Konu numarasının 0 olması sorunun nerede olduğu hakkında hiçbir şey söylemez. Yalnızca ilk rakam (başarı, geçici hata veya kalıcı hata) bilgi taşır.",
        "Sunucular ve teslim raporları, sonucu sınıflandıramadıklarında veya sınıflandırmadıklarında bunu, çoğunlukla `2.0.0`, `4.0.0` ve `5.0.0` biçimlerinde kullanır.",
        "Yanıt koduna ve koddan sonraki metne bakın. Metin sorunu açıklamıyorsa bu kodu üreten sunucunun yöneticisine sorun.",
    ],
    // X.1.XXX
    [
        "Adresleme durumu",
        "Konu numarasının 1 olması, gönderenin veya bir alıcının adresine, yani adresin sözdizimine ya da var olup olmadığına işaret eder. RFC 3463, gönderenin bu sorunları genellikle düzeltip yeniden deneyebileceğini belirtir.",
        "Çoğunlukla `MAIL FROM` ve `RCPT TO` komutlarına verilen yanıtlarda ve bilinmeyen, taşınmış veya hatalı biçimlendirilmiş adreslerle ilgili geri dönen e-postalarda görülür.",
        "Hatada adı geçen adreste yazım hatası olup olmadığını kontrol edin ve adresi sahibiyle doğrulayın; ardından düzeltilmiş adrese yeniden gönderin.",
    ],
    // X.2.XXX
    [
        "Posta kutusu durumu",
        "Konu numarasının 2 olması alıcının posta kutusuna işaret eder: posta kutusu var, ancak dolu veya devre dışı olması gibi bir durumu iletiyi durdurdu. Bu tür sorunların çözümü alıcının elindedir.",
        "`RCPT TO` komutuna veya ileti verisinin sonuna verilen yanıtlarda ve son teslim adımından gelen geri dönen e-postalarda görülür.",
        "Alıcıya başka bir kanaldan haber verin; yer açmak, posta kutusunu yeniden etkinleştirmek veya sınırlarını değiştirmek yalnızca alıcının ya da e-posta yöneticisinin elindedir.",
    ],
    // X.3.XXX
    [
        "E-posta sistemi durumu",
        "Konu numarasının 3 olması hedef e-posta sisteminin bütününe işaret eder: depolama alanına, erişilebilirliğine, boyut sınırlarına, özelliklerine veya yapılandırmasına. Bunlardan sistemin yöneticisi sorumludur.",
        "Dolu, erişilemeyen, yanlış yapılandırılmış ya da ileti boyutu veya özellikler bakımından sınırlı alıcı sunuculardan gelen yanıtlarda ve bu tür sorunları bildiren geri dönen e-postalarda görülür.",
        "Geçici biçimler genellikle gönderen sunucu yeniden denediğinde düzelir. Kalıcı olanlarda iletiyi (örneğin boyutunu) uyarlayın ya da hedefin yöneticisinden sistemi düzeltmesini isteyin.",
    ],
    // X.4.XXX
    [
        "Ağ ve yönlendirme durumu",
        "Konu numarasının 4 olması teslim yoluna işaret eder: sistemler arasındaki ağ bağlantılarına, DNS'e ve diğer yönlendirme hizmetlerine. Bunlar genellikle hedefin ya da aradaki bir sistemin yöneticilerini ilgilendirir.",
        "Gönderen sunucu hedefe ulaşamadığında veya ona giden bir yol bulamadığında, örneğin zaman aşımları, DNS hataları, yönlendirme döngüleri veya dolan teslim süresinden sonra, gecikme bildirimlerinde ve geri dönen e-postalarda görülür.",
        "Geçici ağ hataları genellikle yeniden denemede düzelir. Sürerse hedef alan adının DNS ve MX kayıtlarını ve ilgili sunucuların bağlantısını kontrol edin ya da sorunu hedefin yöneticisine bildirin.",
    ],
    // X.5.XXX
    [
        "E-posta teslim protokolü durumu",
        "Konu numarasının 5 olması SMTP alışverişinin kendisine işaret eder: hatalı bir yazılımdan ya da güvenilmez bir bağlantıdan kaynaklansın, iki tarafın üzerinde uzlaşamadığı komutlara, sözdizimine, argümanlara veya protokol sürümlerine.",
        "Hatalı biçimlendirilmiş, bilinmeyen veya yanlış sırada gönderilmiş komutlara verilen yanıtlarda ve iki sunucu arasındaki bir alışveriş bozulduktan sonra gelen geri dönen e-postalarda görülür.",
        "Bu genellikle gönderen yazılımda veya ayarlarında bir sorundur: komutu ve argümanlarını kontrol edin, istemciyi güncelleyin ya da düzeltin. Bağlantı güvenilmezse yeniden deneyin.",
    ],
    // X.6.XXX
    [
        "İleti içeriği veya medya durumu",
        "Konu numarasının 6 olması ileti içeriğine işaret eder: taşınamayan veya dönüştürülemeyen bir biçime, kodlamaya ya da medya türüne. İletinin geçebilmesi için gönderenin ve alıcının ortak bir içerik türleri kümesini desteklemesi gerekir.",
        "İleti verisinden sonra ve bir iletinin bir kısmını (ASCII dışı karakter içeren adresler veya başlıklar dahil) işleyemeyen ya da dönüştüremeyen ağ geçitlerinden ve sunuculardan gelen geri dönen e-postalarda görülür.",
        "İçeriği daha yaygın desteklenen bir biçimde gönderin (örneğin yaygın bir ek türü veya düz ASCII bir adres) ya da alıcı taraftan bu biçimi desteklemesini isteyin.",
    ],
    // X.7.XXX
    [
        "Güvenlik veya politika durumu",
        "Konu numarasının 7 olması güvenliğe veya politikaya işaret eder: gönderenler, alıcılar veya sunucular için filtreleme kurallarına, kimlik doğrulamaya, şifrelemeye ve SPF, DKIM ve DMARC gibi denetimlere. Neden her iki tarafın kuralları da olabilir.",
        "Bir sunucu e-postayı politika gereği reddettiğinde, kimlik doğrulama veya şifreleme istediğinde ya da bir gönderen denetiminin başarısız olduğunu tespit ettiğinde neredeyse her komuta verilen yanıtlarda ve ardından gelen geri dönen e-postalarda görülür.",
        "Hangi kuralın uygulandığını görmek için metni okuyun. Gönderenler bunları çoğu zaman kimlik doğrulayarak, şifreleme kullanarak, SPF, DKIM veya DMARC kayıtlarını düzelterek ya da bir engelleme listesinden çıkarak düzeltir; alıcı tarafın politikasını ise yalnızca o tarafın yöneticisi değiştirebilir.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Özet",
    // label.description
    "Açıklama",
    // label.when_seen
    "Ne zaman karşınıza çıkar",
    // label.how_to_fix
    "Nasıl düzeltilir",
    // label.key_differences
    "Temel farklar",
    // label.when_to_use
    "Hangisi ne zaman kullanılır",
    // label.learn_more
    "Daha fazla bilgi",
    // label.class
    "Sınıf",
    // label.category
    "Kategori",
    // label.subject
    "Konu",
    // label.status
    "Durum",
    // label.retry
    "İstemci ne yapmalı",
    // label.fix_by
    "Kimin harekete geçmesi gerekir",
    // label.commands
    "Yanıt olarak geldiği komutlar",
    // label.connection
    "Bağlantıya ne olur",
    // connection.closes
    "Sunucu bağlantıyı kapatır",
    // connection.stays_open
    "Bağlantı açık kalır",
    // label.references
    "Kaynaklar",
    // label.related
    "İlgili kodlar",
    // label.compare_with
    "Sık karıştırıldığı kodlar",
    // label.server_text
    "Sunucunun yanıtı",
    // label.problems
    "Bu yanıttaki sorunlar",
    // label.reply_code
    "Yanıt kodu",
    // label.enhanced_code
    "Genişletilmiş durum kodu",
    // class.2.name
    "Olumlu tamamlanma",
    // class.3.name
    "Olumlu ara yanıt",
    // class.4.name
    "Geçici olumsuz tamamlanma",
    // class.5.name
    "Kalıcı olumsuz tamamlanma",
    // class.2.phrase
    "2xx sınıfından işlemin başarıyla tamamlandığını bildiren olumlu bir yanıt",
    // class.3.phrase
    "3xx sınıfından bir sonraki adımı bekleyen olumlu bir ara yanıt",
    // class.4.phrase
    "4xx sınıfından geçici bir hatayı bildiren olumsuz bir yanıt",
    // class.5.phrase
    "5xx sınıfından kalıcı bir hatayı bildiren olumsuz bir yanıt",
    // category.0
    "Sözdizimi",
    // category.1
    "Bilgi",
    // category.2
    "Bağlantılar",
    // category.3
    "Belirtilmemiş",
    // category.4
    "Belirtilmemiş",
    // category.5
    "E-posta sistemi",
    // category.other
    "Standart kategorilerin dışında",
    // status.standard
    "Standart",
    // status.extension
    "Bir SMTP uzantısıyla tanımlanmış",
    // status.obsolete
    "Kullanımdan kalkmış",
    // status.experimental
    "Deneysel",
    // status.non_standard
    "Standart dışı",
    // retry.nothing_to_do
    "Yapılacak bir şey yok. Komut başarılı oldu.",
    // retry.continue
    "Devam edin. Sunucu, alışverişin bir sonraki adımını bekliyor.",
    // retry.later
    "Daha sonra yeniden deneyin. Sorun geçicidir ve bir e-posta sunucusu kendiliğinden yeniden dener.",
    // retry.not_unchanged
    "Hiçbir şeyi değiştirmeden yeniden denemeyin. Aynı deneme ancak bir şey değiştikten sonra başarılı olabilir.",
    // party.sending_client
    "Gönderen istemci",
    // party.sender_admin
    "Gönderen tarafın yöneticisi",
    // party.recipient_admin
    "Alıcı tarafın yöneticisi",
    // party.server_admin
    "Yanıt veren sunucunun yöneticisi",
    // party.nobody
    "Hiç kimse",
    // party.sender
    "İletiyi gönderen kişi",
    // party.recipient
    "İletinin gönderildiği kişi",
    // command.connect
    "Bağlanırken (karşılama olarak)",
    // command.data_end
    "Veri aktarımının sonu",
    // command.any
    "Herhangi bir komut",
    // list.separator
    ", ",
    // list.last_separator
    " ve ",
    // label.separator
    ": ",
    // show.title
    "SMTP {code}: {title}",
    // show.is_class
    "{code} kodunun sınıfı: {class}.",
    // show.enhanced_class
    "Sınıf rakamı {digit} olduğunda anlamı şudur: {class}.",
    // show.enhanced_kind
    "{code} bir genişletilmiş durum kodudur: yanıt kodundan sonra gelir ve konuyu ({subject}) ve ayrıntıyı belirtir.",
    // show.non_standard
    "{code} hiçbir RFC'de tanımlanmamıştır. Aşağıdaki kaynaklar onu kimlerin kullandığını anlatır.",
    // compare.title
    "SMTP {a} ({a_title}) ile {b} ({b_title}) karşılaştırması",
    // compare.contrast
    "{a} ({a_title}) kodunun sınıfı: {a_class}; {b} ({b_title}) kodunun sınıfı ise: {b_class}.",
    // compare.same_class
    "{a} ({a_title}) ve {b} ({b_title}) aynı sınıftadır: {class}.",
    // compare.kinds
    "{a} bir temel yanıt kodudur, yani her yanıt satırının başındaki üç rakam; {b} ise bir genişletilmiş durum kodudur ve onu destekleyen sunucular bu kodu yanıt kodunun ardından yazar.",
    // compare.same_code
    "{a} ve {b} aynı koddur.",
    // compare.same_detail
    "{a} ve {b} aynı durumu bildirir: {generic} ({title}). Yalnızca sınıf farklıdır ve istemcinin ne yapacağını da o belirler.",
    // compare.advice
    "{code} alındığında: {retry}",
    // diff.class
    "Sınıf — {a}: {a_class}; {b}: {b_class}.",
    // diff.retry
    "İstemcinin yapması gerekenler. {a} alındığında: {a_retry} {b} alındığında: {b_retry}",
    // diff.category
    "Kategori (ikinci rakam): {a} için {a_category}, {b} için {b_category}.",
    // diff.subject
    "Konu: {a} için {a_subject}, {b} için {b_subject}.",
    // diff.fix_by
    "Kimin harekete geçmesi gerekir. {a} için: {a_fix_by}. {b} için: {b_fix_by}.",
    // diff.commands
    "Bu yanıta yol açabilen komutlar. {a} için: {a_commands}. {b} için: {b_commands}.",
    // diff.commands_one
    "Komutlar: yalnızca {a} belirli komutlara bağlıdır ({commands}).",
    // diff.associated
    "IANA kaydı {reply} kodunu, {enhanced} ile birlikte kullanılan yanıt kodları arasında listeler.",
    // diff.related
    "Katalog {a} ve {b} kodlarını birbiriyle ilişkili olarak listeler.",
    // diff.status
    "Durum: {a} kodu {a_status}, {b} kodu ise {b_status}.",
    // use.class.2
    "Sunucu, komutun başarılı olduğunu doğrulamak için {code} yanıtını verir.",
    // use.class.3
    "Sunucu, istemciden bir sonraki adıma geçmesini istemek için {code} yanıtını verir.",
    // use.class.4
    "Sunucu, sorun kendiliğinden düzelebilecekse {code} yanıtını verir; böylece istemci daha sonra yeniden dener.",
    // use.class.5
    "Sunucu, biri bir şeyi değiştirmedikçe aynı denemenin tekrarı işe yaramayacaksa {code} yanıtını verir.",
    // use.same_class
    "İki kod da aynı sınıftadır, yani istemci ikisine de aynı şekilde tepki verir; farklı olan nedendir, dolayısıyla çözüm de farklıdır.",
    // use.kinds
    "İstemci {reply} yanıt koduna göre hareket eder; {enhanced} genişletilmiş kodu ise insanlara neyin yanlış gittiğini daha kesin biçimde anlatır.",
    // learn.page
    "{code} {title}",
    // explain.title
    "{code} yanıtı ne anlama gelir",
    // explain.no_code
    "Bu metnin başında bir SMTP yanıt kodu yok, bu yüzden açıklanamıyor.",
    // explain.unknown
    "{code} katalogda yok; yine de sınıfı ne yapılması gerektiğini gösterir.",
    // problem.mismatch
    "{enhanced} genişletilmiş kodu {enhanced_digit} sınıfına, {code} yanıt kodu ise {digit} sınıfına aittir. İstemciler yanıt koduna göre hareket eder.",
    // problem.mixed_codes
    "Bu yanıtın satırlarının hepsi aynı kodu taşımıyor ({codes}).",
    // problem.line_too_long
    "{line}. satır, SMTP'nin izin verdiği {limit} karakterden uzun.",
    // problem.not_text
    "{line}. satırda metin olmayan baytlar var.",
    // problem.truncated
    "Yanıt kısaltıldı: yalnızca ilk {limit} satır okundu.",
    // label.what_happened
    "Ne oldu",
    // label.what_to_do
    "Ne yapılmalı",
    // label.tell_the_sender
    "Gönderene ne söylenmeli",
    // label.evidence
    "Bunu nereden biliyoruz",
    // evidence.text
    "sunucunun {quote} ifadesinden",
    // evidence.enhanced_code
    "{code} genişletilmiş durum kodundan",
    // evidence.reply_code
    "{code} yanıt kodundan",
    // explain.reason_disagrees
    "Bu neden tek başına şu anlama gelirdi: {reason_retry} Ancak belirleyici olan {code} kodudur: {code_retry}",
    // site.title
    "SMTP yanıt kodları",
    // site.intro
    "Her SMTP yanıt kodunun ve genişletilmiş durum kodunun anlamı, ne zaman karşınıza çıktığı ve nasıl düzeltileceği.",
    // site.reply_codes
    "Yanıt kodları",
    // site.enhanced_codes
    "Genişletilmiş durum kodları",
    // site.comparisons
    "Karşılaştırmalar",
    // site.class_heading
    "{digit}xx: {class}",
    // site.subject_heading
    "X.{digit}.x: {subject}",
    // site.home
    "Tüm kodlar",
    // site.languages
    "Diğer diller",
    // site.search
    "Kod, başlık ve sözcük arayın",
    // site.choose_language
    "Bir dil seçin",
    // site.generated
    "Katalog sürümü {version} esas alınarak smtp-codes ile oluşturuldu.",
    // label.provider
    "Sağlayıcı",
    // label.provider_note
    "Sağlayıcının belgelerinin eklediği",
    // evidence.vendor_code
    "{provider} sağlayıcısına özgü {code} kodundan",
    // show.vendor_code
    "{code} IANA kayıt defterinde yer almaz: {provider} sağlayıcısına özgü bir koddur.",
    // label.defined_by
    "Tanımlayan",
    // label.read_on
    "kaynak {date} tarihinde okundu",
    // site.providers
    "Sağlayıcılar",
    // provider.markers
    "Yanıtlarını tanıtan sözcükler",
    // provider.hosts
    "Sunucularının ana makine adları",
    // provider.vendor_codes
    "Kendi kodları",
    // provider.rules
    "Yanıtlarının anlamı",
    // provider.reused_by
    "Bu koda kendi anlamını veren sağlayıcılar",
    // logs.title
    "Posta günlüğü özeti",
    // logs.lines
    "Okunan satırlar",
    // logs.attempts
    "Teslim denemeleri",
    // logs.skipped
    "Teslim denemesi içermeyen satırlar",
    // logs.sent
    "Teslim edildi",
    // logs.deferred
    "Ertelendi",
    // logs.bounced
    "Geri döndü",
    // logs.expired
    "Süresi doldu",
    // logs.recovered
    "Ertelendi, sonra teslim edildi",
    // logs.by_reason
    "Nedene göre hatalar",
    // logs.count
    "Denemeler",
    // logs.domains
    "Alıcı alan adları",
    // logs.examples
    "Örnekler",
    // logs.by_hour
    "Saate göre hatalar",
    // logs.untimed
    "Zaman damgası olmayan hatalar (grafikte yok)",
    // logs.axis_time
    "Günlükte yazan saat",
    // logs.hours_per_bar
    "Çubuk başına saat",
    // logs.axis_failures
    "Hatalar",
    // logs.top_domains
    "En çok hata alan alıcı alan adları",
    // logs.top_providers
    "En çok hatanın yaşandığı sağlayıcılar",
    // logs.by_code
    "Koda göre hatalar",
    // logs.code_axis
    "Yanıt kodu (veya genişletilmiş durum kodu)",
    // logs.reasons
    "Her nedenin anlamı",
    // logs.shown
    "Gösterilen: {total} içinden {shown}",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "Alıcı adresi mevcut değil",
        "Alıcı sunucuda `RCPT TO` içindeki adrese ait bir posta kutusu yok; bunun nedeni genellikle bir yazım hatası ya da silinmiş bir hesaptır. Sunucular bunu `550` ve `5.1.1` ile bildirir; ancak yalın bir `550` başka birçok ret için de kullanıldığından, bu durumda belirleyici olan yanıt metnidir.",
        "Adresi, özellikle `@` işaretinden önceki kısmını, yazım hatalarına karşı kontrol edin ve doğru adresi alıcıdan başka bir kanal aracılığıyla isteyin. Sürekli başarısız olan adresleri e-posta listelerinden çıkarın. Adresin var olması gerekiyorsa alıcı tarafın yöneticisi posta kutusunu oluşturmalı ya da takma adı veya yönlendirme tablosunu düzeltmelidir.",
        "Bu adres mevcut değil. Adreste yazım hatası olup olmadığını kontrol edip iletiyi yeniden gönderin.",
    ],
    // mailbox_disabled
    [
        "Alıcının posta kutusu devre dışı veya taşınmış",
        "Adres alıcı sunucu tarafından biliniyor, ancak posta kutusu e-posta kabul etmiyor: devre dışı bırakılmış, askıya alınmış, uzun süre kullanılmadığı için kapatılmış ya da başka bir yere taşınmış. Sunucular bunu `5.2.1` ile, taşınmış bir posta kutusu için `5.1.6` veya `551` ile ya da durumu metninde açıklayan genel bir `550` ile bildirir.",
        "Posta kutusunu yeniden etkinleştirebilecek olan yalnızca alıcı veya yöneticisidir. Gönderen, alıcıya başka bir kanaldan ulaşıp posta kutusunun yeniden açılıp açılmayacağını ya da hangi yeni adresin kullanılacağını sormalı, adres defterlerini ve listeleri de buna göre güncellemelidir.",
        "Alıcının posta kutusu kapatılmış veya artık kullanılmıyor. Güncel adresini öğrenmek için kendisine başka bir yoldan ulaşın.",
    ],
    // mailbox_full
    [
        "Alıcının posta kutusu dolu",
        "Alıcının posta kutusu depolama kotasını doldurdu; e-postalar silinene ya da kota artırılana kadar başka bir şey sığmaz. Sunucular bunu `4.2.2` ve geçici bir `450` veya `452` ile ya da `5.2.2` ile birlikte kalıcı bir `552` olarak bildirir; aynı sunucudaki diğer alıcılar bundan etkilenmez.",
        "Alıcının e-posta silmesi veya arşivlemesi ya da yöneticisinin kotayı artırması gerekir. Geçici bir yanıttan sonra gönderen sunucu kendiliğinden yeniden dener; kalıcı bir yanıttan sonra ise posta kutusunda yer açıldığında gönderenin iletiyi yeniden göndermesi gerekir. Alıcıya başka bir kanaldan haber vermek çoğu zaman işe yarar.",
        "Alıcının posta kutusu dolu. Daha sonra yeniden deneyin ya da yer açması gerektiğini kendisine başka bir yoldan bildirin.",
    ],
    // domain_not_found
    [
        "Alıcının alan adı yok veya e-posta kabul etmiyor",
        "Adresin `@` işaretinden sonraki kısmı, DNS'te bulunmayan, ne MX ne de adres kaydı olan ya da e-posta kabul etmediğini bildiren bir null MX yayımlayan bir alan adını gösteriyor. Sunucular bunu `5.1.2` ile, null MX durumunda ise `556` ve `5.1.10` ile bildirir; geçici bir sorgu hatası (`4.4.3`) ise başka bir sorundur.",
        "Alan adında yazım hatası olup olmadığını kontrol edin (`.con` gibi yanlış bir uzantı sık görülür) ve alıcıdan çalışan bir adres isteyin. Alan adının e-posta alması gerekiyorsa yöneticisi gerekirse alan adını kaydettirmeli, çalışan bir e-posta sunucusunu gösteren MX kayıtları yayımlamalı ve varsa null MX kaydını kaldırmalıdır.",
        "Adresin @ işaretinden sonraki kısmı hatalı ya da bu adres e-posta alamıyor. Adreste yazım hatası olup olmadığını kontrol edip iletiyi yeniden gönderin.",
    ],
    // relay_denied
    [
        "Aktarma (relay) reddedildi",
        "Sunucu alıcının alan adından sorumlu değil ve iletiyi sizin adınıza başka bir sunucuya aktarmayacak; bunun nedeni genellikle oturum açmamış olmanız ya da yanlış sunucu üzerinden göndermenizdir. Çoğunlukla `5.7.1` ile birlikte `550` veya `554` olarak gelir; bu kodları başka politika retleri de kullandığından belirleyici olan metindir.",
        "Bir e-posta programı veya uygulama, kendi sağlayıcısının gönderim sunucusu (port `587` veya `465`) üzerinden göndermeli ve önce `AUTH` ile oturum açmalıdır. Sunucunun alıcının alan adını kabul etmesi gerekiyorsa alıcı tarafın yöneticisi bu alan adını sunucunun kabul ettiği alan adları arasına eklemeli ya da alan adının MX kayıtlarını düzeltmelidir.",
        "E-posta sistemi iletinizi sizin adınıza göndermeyi reddetti; bunun nedeni genellikle e-posta programınızın giden posta hesabınızda oturum açmamış olmasıdır. Hesap ayarlarını kontrol edip yeniden deneyin.",
    ],
    // too_many_recipients
    [
        "Çok fazla alıcı",
        "İletinin alıcı sayısı, sunucunun tek bir işlemde kabul ettiğinden fazla. Sunucular fazladan gelen `RCPT TO` komutlarını `452` ve `4.5.3` ile ya da kalıcı olarak `5.5.3` ile reddeder; eski sunucular ise `552` gönderir ve RFC 5321 bu durumda bunun geçici bir yanıt olarak ele alınmasını ister.",
        "Standarda uygun bir istemci, iletiyi önce kabul edilmiş alıcılara teslim eder ve reddedilenlere yeni bir işlemde gönderir. Bunu geri dönen bir e-postada gören kişi alıcıları daha küçük gruplara bölmeli veya bir e-posta listesi kullanmalıdır. Yöneticiler sunucuda yapılandırılmış alıcı sınırlarını kontrol edebilir.",
        "İletide, karşı taraftaki e-posta sisteminin kabul ettiğinden fazla alıcı vardı. İletiyi bir seferde daha az kişiye gönderin.",
    ],
    // sender_rejected
    [
        "Gönderen adresi reddedildi",
        "Sunucu, `MAIL FROM` ile bildirilen zarf gönderen adresinin kendisini reddetti: adres hatalı biçimlendirilmiş, alan adı yok veya yanıt alamıyor ya da bu gönderenin bu adresi kullanma izni yok. Tipik kodlar şunlardır: `553`, `5.1.7` ile `501`, `5.1.8` ile `550` ve null MX yayımlayan bir gönderen alan adı için `5.7.27`.",
        "E-postayı gönderen programda, cihazda veya betikte eksiksiz ve gerçek bir gönderen adresi ayarlayın; yer tutucu alan adları kullanmayın. Sunucu bu adresle gönderemeyeceğinizi söylüyorsa oturum açtığınız hesabın adresini kullanın. Gönderen tarafın yöneticisi, alan adının var olduğundan ve geri dönen e-postalar dahil e-posta alabildiğinden emin olmalıdır.",
        "İletiyi gönderdiğiniz adres reddedildi. E-posta ayarlarınızdaki gönderen adresini kontrol edin ya da e-posta yöneticinizden yardım isteyin.",
    ],
    // sender_auth_fail
    [
        "Gönderen kimlik doğrulaması başarısız oldu (SPF veya DKIM)",
        "Alıcı, gönderen alan adının bu iletiye yetki verip vermediğini denetledi ve SPF veya DKIM denetimi geçilemedi. Bu duruma özel kodlar vardır (SPF için `5.7.23` ve `5.7.24`, DKIM için `5.7.20` ile `5.7.22` arası, birden fazla hata için `5.7.26`), ancak birçok sunucu, RFC 7208'in SPF hatası için önerdiği `550 5.7.1` yanıtını gönderir.",
        "Gönderen tarafın yöneticisi tüm meşru gönderen sunucuları alan adının SPF kaydında listelemeli ve giden tüm e-postaları DKIM ile imzalatıp ortak anahtarı DNS'te yayımlamalıdır. Kontrolünüzdeki bir posta kutusuna gönderilen test iletisi, sonuçları kendi `Authentication-Results` başlığında gösterir. Yönlendirme SPF'yi bozar; yönlendiren tarafın `MAIL FROM` adresini yeniden yazması gerekir.",
        "Alıcının e-posta sistemi, iletinin gerçekten sizin e-posta alan adınızdan geldiğini doğrulayamadı. E-posta yöneticinizin alan adının ayarlarını düzeltmesi gerekiyor.",
    ],
    // dmarc_fail
    [
        "DMARC politika denetimi başarısız oldu",
        "`From` başlığındaki alan adı, denetimi geçemeyen e-postaların reddedilmesini isteyen bir DMARC politikası yayımlıyor ve bu alan adıyla hizalı bir alan adı için ne SPF ne de DKIM geçti. RFC 7489 örnek yanıt olarak `550 5.7.1` verir; `5.7.26` de görülür ve sorunun DMARC olduğunu yalnızca metin gösterir.",
        "Gönderen tarafın yöneticisi, alan adı adına e-posta gönderen her kaynağın hizalı bir alan adıyla SPF veya DKIM denetimini geçmesini sağlamalıdır: `From` alan adıyla eşleşen ya da onunla aynı kurumsal alan adını paylaşan bir `d=` alan adıyla imzalayın, bülten ve destek talebi hizmetlerini de bu alan adı adına imzalayacak şekilde ayarlayın. DMARC toplu raporları hangi kaynakların başarısız olduğunu gösterir. İletileri değiştiren e-posta listeleri DKIM imzasını bozar.",
        "Alıcının e-posta sistemi, iletinin sizin e-posta alan adınızdan geldiğini doğrulayamadığı için onu reddetti. E-posta yöneticinizin alan adının ayarlarını düzeltmesi gerekiyor.",
    ],
    // auth_required
    [
        "Göndermeden önce oturum açılması gerekiyor",
        "Sunucu yalnızca oturum açmış istemcilerden e-posta kabul ediyor ve bu istemci başarılı bir `AUTH` olmadan `MAIL FROM` veya `RCPT TO` gönderdi. RFC 4954 bu durum için `5.7.0` ile birlikte `530` öngörür; bazı sunucular ise bunun yerine bir aktarma reddiyle yanıt verir.",
        "E-posta programında veya uygulamada, giden sunucu için hesabın kullanıcı adı ve parolasıyla kimlik doğrulamayı açın. Gönderim portunu kullanın (`STARTTLS` ile `587` ya da `465`) ve `AUTH` komutunu `EHLO` sonrasında, `MAIL FROM` öncesinde gönderin; `EHLO` yanıtı, sunucunun sunduğu mekanizmaları listeler.",
        "E-posta programınızın gönderim yapabilmesi için önce giden posta hesabınızda oturum açması gerekir. Programın hesap ayarlarında giden posta için oturum açmayı etkinleştirin.",
    ],
    // auth_failed
    [
        "Oturum açma reddedildi",
        "İstemci `AUTH` ile oturum açmayı denedi ve sunucu bunu reddetti: kullanıcı adı veya parola yanlış, mekanizmaya izin verilmiyor ya da hesabın oturum açma izni yok. Tipik yanıtlar şunlardır: `5.7.8` ile `535`, `5.7.9` ile `534` ve bilinmeyen bir mekanizma için `504`; `454` ise sunucu tarafında geçici bir arıza anlamına gelir.",
        "Giden sunucu ayarlarında kullanıcı adını ve parolayı yeniden girin; birçok sağlayıcı kullanıcı adı olarak adresin tamamını, iki adımlı doğrulama açıksa da bir uygulama parolası bekler. Mekanizmayı `EHLO` yanıtındaki `AUTH` satırından seçin. Bilgiler doğruysa hesabın yöneticisi hesabın kilitli veya devre dışı olup olmadığını kontrol etmelidir.",
        "Giden posta hesabınızda oturum açılamadı. E-posta programınızın ayarlarındaki kullanıcı adını ve parolayı kontrol edin.",
    ],
    // tls_required
    [
        "Şifreleme gerekli veya başarısız oldu",
        "Sunucu bu adımdan önce şifreli bir bağlantı istiyor ya da şifreli bağlantı kurulamadı. Yanıtlar arasında `STARTTLS` öncesinde `530 5.7.0`, şifreleme gerektiren bir oturum açma mekanizması için `5.7.10` veya `5.7.11`, TLS o an kullanılamadığında `454` ve `REQUIRETLS` için `5.7.30` bulunur; bir MTA-STS politikası (RFC 8461) da teslimatı durdurabilir.",
        "`EHLO` sonrasında `STARTTLS` gönderin ya da gönderim için baştan TLS kullanarak `465` portuna bağlanın ve şifreleme kurulduktan sonra `EHLO` komutunu yeniden gönderin. El sıkışma başarısız olursa istemcinin TLS kitaplığını güncelleyin ve iki tarafın izin verdiği protokol sürümlerini kontrol edin. Sertifikasının süresi dolmuş ya da sertifikası sunucu adıyla eşleşmeyen bir sunucuda, sertifikayı yöneticisi yenilemelidir.",
        "İleti güvenli bir bağlantı üzerinden gönderilemedi. E-posta programınızda giden posta için şifrelemeyi açın ya da e-posta sağlayıcınızdan yardım isteyin.",
    ],
    // blocklisted
    [
        "Gönderen bir engelleme listesinde",
        "Gönderen sunucunun adresi veya gönderenin alan adı, alıcının kontrol ettiği bir engelleme listesinde yer alıyor; bu, herkese açık bir DNS engelleme listesi de olabilir, alıcının kendi listesi de. Çoğunlukla `5.7.1` ile birlikte `550` veya `554`, bazen de bir `554` karşılaması olarak gelir; bu kodlar başka retler için de kullanılır, listenin adı ise genellikle metinde geçer.",
        "Gönderen tarafın yöneticisi, listelenen adresi yanıtta adı geçen listede sorgulamalı, nedeni bulmalı (ele geçirilmiş bir hesap, virüs bulaşmış bir makine, açık aktarma sunucusu ya da artık kullanılmayan adreslere gönderim), bunu durdurmalı ve ardından listenin kendi prosedürüyle listeden çıkarılmayı talep etmelidir. Paylaşımlı barındırmada bunu sağlayıcının yapması ya da e-postayı başka bir aktarma sunucusu üzerinden göndermesi gerekir.",
        "E-posta sağlayıcınız, alıcının e-posta sisteminin kullandığı bir engelleme listesinde olduğu için ileti reddedildi. Durumu e-posta yöneticinize veya sağlayıcınıza bildirin.",
    ],
    // bad_reputation
    [
        "Gönderenin itibarı çok düşük",
        "Alıcı, bir engelleme listesinin adını vermeden, gönderen sunucunun veya alan adının itibarı nedeniyle iletiyi reddetti ya da erteledi; bu itibar şikâyetlerden, spam tuzaklarına takılan iletilerden, geri dönen e-postalardan ve gönderim hacmindeki ani değişikliklerden oluşur. Yanıtlar geçici bir `421` veya `450` yanıtından `5.7.1` ile birlikte gelen `550` veya `554` yanıtına kadar değişir; bu yüzden belirleyici olan metindir.",
        "Gönderen tarafın yöneticisi itibara neyin zarar verdiğini bulmalıdır: ele geçirilmiş bir hesap, eski veya satın alınmış listelere gönderilen e-postalar, eksik abonelikten çıkma bağlantıları ya da yüksek hacimle göndermeye başlayan yeni bir adres. Bunu durdurun, tüm e-postalarda kimlik doğrulaması kullanın ve gönderim hacmini kademeli olarak artırın. Birçok büyük alıcı, kendi gözündeki itibarınızı gösteren postmaster araçları veya geri bildirim döngüleri (feedback loop) sunar.",
        "Alıcının e-posta sistemi şu anda e-posta sağlayıcınızdan gelen iletilere güvenmiyor. Bu sorunu e-posta yöneticinize veya sağlayıcınıza bildirin.",
    ],
    // reverse_dns
    [
        "Ters DNS kaydı eksik veya eşleşmiyor",
        "Gönderen sunucunun IP adresinin ters DNS (PTR) adı yok ya da bu ad aynı adrese geri çözümlenmiyor; alıcı da bu tür sunuculardan gelen e-postaları reddediyor. Bu duruma özel kod `5.7.25` olsa da birçok sunucu `550 5.7.1` ya da sorgu yalnızca o an başarısız olmuş olabileceği için geçici bir `450` gönderir.",
        "Gönderen tarafın yöneticisi, IP adresini kontrol eden taraftan (barındırma veya internet sağlayıcısı) sunucuyu adlandıran bir PTR kaydı tanımlamasını istemeli ve bu ad için aynı adresi gösteren bir A veya AAAA kaydı yayımlamalıdır. `EHLO` komutunda da aynı adı kullanmak yardımcı olur.",
        "Alıcının e-posta sistemi, sizin taraftaki bir yapılandırma sorunu nedeniyle sağlayıcınızın gönderim sisteminden gelen e-postaları reddetti. Durumu e-posta yöneticinize bildirin.",
    ],
    // policy_block
    [
        "Alıcı tarafın politikası nedeniyle reddedildi",
        "İleti, alıcı sitenin spam, kimlik doğrulama veya engelleme listeleriyle ilgisi olmayan yerel bir kuralı nedeniyle reddedildi: örneğin yalnızca belirli gönderenlerden e-posta kabul eden bir alıcı, engellenmiş bir ülke veya ağ ya da kapalı bir grup veya liste. Genellikle `5.7.1` ile birlikte `550` veya `554` olarak, e-posta listeleri için ise `5.7.2` ile gelir.",
        "Hangi kuralın uygulandığını görmek için yanıt metnini okuyun. Kuralı değiştirebilecek ya da göndereni izin listesine ekleyebilecek olan yalnızca alıcı veya yöneticisidir; bu yüzden onlara başka bir kanaldan ulaşın ve yanıtın tamamını iletin. E-posta listelerinde, listeye abone olan adresten gönderin.",
        "Alıcının kurumu, kuralları gereği sizden gelen iletileri kabul etmiyor. Alıcıya başka bir yoldan ulaşıp iletilerinize izin vermesini isteyin.",
    ],
    // spam
    [
        "İleti spam olarak değerlendirildi",
        "Alıcının filtresi iletiyi inceledi ve metnine, bağlantılarına, eklerine veya başlıklarına, gönderenin itibarıyla birlikte bakarak spam olarak sınıflandırdı. Sunucular genellikle `5.7.1` ile birlikte `550` veya `554` gönderir; bu kodlar başka retler için de kullanıldığından, sorunun spam olduğunu ancak metin gösterir.",
        "Gönderen, bir filtrenin neye itiraz edebileceğine bakmalıdır: itibarı zayıf alan adlarına giden ya da bağlantı kısaltıcılardan geçen bağlantılar, çoğunluğu görsellerden oluşan bir ileti, yanıltıcı konu satırları ya da izin alınmadan ve abonelikten çıkma bağlantısı olmadan gönderilen toplu e-postalar. Gönderen tarafın yöneticisi SPF, DKIM ve DMARC denetimlerinin geçtiğinden emin olmalıdır. Yanlış pozitif durumunda alıcı, yöneticisinden gönderene izin vermesini isteyebilir.",
        "Alıcının e-posta sistemi iletinizi istenmeyen e-posta olarak değerlendirdi. İçeriği değiştirin, örneğin bağlantıları veya ekleri kaldırın, ya da alıcıya başka bir yoldan ulaşın.",
    ],
    // virus
    [
        "Kötü amaçlı yazılım veya tehlikeli ek",
        "Alıcının virüs tarayıcısı iletide kötü amaçlı yazılım ya da tehlikeli saydığı türde bir ek buldu; örneğin bir program veya makro içeren bir belge. Bunun için ayrılmış bir kod yoktur; sunucular çoğu zaman `5.7.1` ile birlikte `550` veya `554` kullanır ve bulunan şeyi metinde belirtir.",
        "Kötü amaçlı yazılımlar çoğu zaman kendi başına e-posta gönderdiğinden, gönderen iletiyi gönderen bilgisayarı güncel bir güvenlik yazılımıyla taramalıdır. Engellenen ama gerçekten gönderilmek istenen bir dosya, ek olarak değil bir indirme bağlantısıyla paylaşılmalıdır. Tarama hatalıysa alıcı tarafın yöneticisi bunu bildirebilir veya bir istisna tanımlayabilir.",
        "Eklerden biri zararlı göründüğü için ileti reddedildi. Bilgisayarınızda virüs taraması yapın ya da dosyayı ek yerine bir indirme bağlantısıyla paylaşın.",
    ],
    // content_rejected
    [
        "İletinin içeriği veya biçimi reddedildi",
        "İletinin biçimindeki bir şey reddedildi: eksik, yinelenmiş veya hatalı biçimlendirilmiş başlık alanları, bozuk MIME yapısı veya kodlaması, fazla uzun satırlar ya da alıcının kabul etmediği bir ek türü. Sunucular medya sorunları için `5.6.x` kodlarını ya da genel bir `550` veya `554` kullanır; bu yüzden belirleyici olan metindir.",
        "Geliştiriciler iletinin RFC 5322 ve MIME kurallarına uymasını sağlamalıdır: tek bir `From` ve tek bir `Date` başlık alanı, bir `Message-ID`, en fazla 998 karakterlik ve CRLF ile biten satırlar; sunucu `8BITMIME` sunmuyorsa 8 bitlik içerik kodlanmalıdır. Bu hatayı alan bir kişi, yanıtta adı geçen ek türünü kaldırmalı ya da dosyayı bir bağlantıyla paylaşmalıdır.",
        "Alıcının e-posta sistemi iletiyi bu hâliyle kabul edemedi; bunun nedeni çoğu zaman bir ekin türüdür. Eki kaldırın veya değiştirin ya da eksiz, sade bir ileti gönderin.",
    ],
    // message_too_big
    [
        "İleti çok büyük",
        "İleti, alıcının ya sistemin tamamı ya da bu posta kutusu için kabul ettiği boyuttan büyük. Sunucular sistem sınırı için `5.3.4`, posta kutusu sınırı için `5.2.3` ile birlikte `552` gönderir; `SIZE` uzantısını destekleyen bir sunucu, daha hiçbir veri gönderilmeden `MAIL FROM` aşamasında reddedebilir.",
        "İletiyi küçültün: büyük dosyaları bir indirme bağlantısıyla paylaşın ya da sıkıştırın veya bölün; eklerin gönderim için kodlanırken yaklaşık üçte bir oranında büyüdüğünü unutmayın. `EHLO` yanıtında `SIZE` sonrasında gelen sayı, sunucunun bayt cinsinden sınırıdır. Sınırı yalnızca alıcı tarafın yöneticisi yükseltebilir.",
        "İleti, alıcının e-posta sistemi için fazla büyük. Büyük ekleri kaldırın veya bir indirme bağlantısıyla paylaşın, ardından iletiyi yeniden gönderin.",
    ],
    // rate_limited
    [
        "Gönderim hızı sınırına ulaşıldı",
        "Gönderen, belirli bir süre içindeki ileti, bağlantı veya alıcı sınırını aştı; bu yüzden sunucu şimdilik daha fazlasını reddetti. Alıcılar genellikle `421`, `450` veya `451` ile, çoğu zaman bir `4.7.x` koduyla birlikte yanıt verir; gönderim sunucuları ise günlük gönderim kotası dolduğunda `550` veya `554` ile reddedebilir.",
        "Gönderen sunucunun giderek uzayan aralıklarla daha sonra yeniden denemesine izin verin; bu alıcıya açılan paralel bağlantıların ve bağlantı başına gönderilen iletilerin sayısını azaltın. Büyük toplu gönderimleri zamana yayın. Kendi hesabınızdaki bir kota söz konusuysa kotanın sıfırlanmasını bekleyin ya da sağlayıcıdan daha yüksek bir sınır isteyin.",
        "Kısa sürede çok fazla ileti gönderildiği için bu ileti bekletildi. Bir süre bekleyip yeniden deneyin.",
    ],
    // greylisted
    [
        "Gri listeye alındı; daha sonra yeniden denenmeli",
        "Alıcı, tanımadığı bir gönderenin ilk denemesini bir süreliğine bilerek reddetti; gerçek bir e-posta sunucusunun geri gelip gelmediğini görmek istiyor, çünkü spam araçları çoğu zaman geri gelmez. `450` veya `451` ile, çoğu zaman `4.7.1` veya `4.2.0` ile birlikte yanıt verir ve bekleme süresinden sonra yapılan yeniden denemeyi kabul eder.",
        "Gönderen sunucu, RFC 5321'in gerektirdiği gibi iletiyi kuyruğa alıp yeniden deniyorsa düzeltilecek bir şey yoktur; gecikme genellikle birkaç dakika ile bir saat arasındadır. Doğrudan gönderen betikler ve uygulamalar da iletiyi kuyruğa alıp yeniden denemelidir; yeniden denemeler aynı adresten veya adres havuzundan gelmelidir, çünkü yeni bir adres bekleme süresini baştan başlatır.",
        "İleti kaybolmadı, yalnızca gecikti. Genellikle birkaç dakika ile bir saat içinde kendiliğinden teslim edilir.",
    ],
    // syntax
    [
        "Komut veya parametre anlaşılamadı",
        "İstemcinin gönderdiği bir komut hatalı biçimlendirilmişti, bilinmiyordu ya da sunucunun desteklemediği bir seçenek kullanıyordu; bu yüzden yerine getirilmedi. Sunucular bunu `500`, `501`, `502`, `504` veya `555` ile, çoğu zaman `5.5.1`, `5.5.2` veya `5.5.4` ile birlikte bildirir; hatalı biçimlendirilmiş bir adres ise `5.1.3` veya `5.1.7` alır.",
        "İletiyi değil, gönderen programı düzeltin: komutların yazımını kontrol edin, adresleri boşluksuz olarak açılı ayraçlar içine yazın ve yalnızca sunucunun `EHLO` yanıtında listelediği uzantıları ve parametreleri kullanın. Koddan sonraki metin çoğu zaman hatalı kısmı belirtir. Aynı komutu yeniden göndermek aynı şekilde başarısız olur.",
        "E-posta programınız, karşı taraftaki e-posta sisteminin anlamadığı bir istek gönderdi. Adreslerde tuhaf karakterler olup olmadığını kontrol edin ve sorun sürerse programı güncelleyin.",
    ],
    // bad_sequence
    [
        "Komutlar yanlış sırada",
        "İstemci geçerli bir komutu, oturumun o komuta izin verilmeyen bir noktasında gönderdi; örneğin `MAIL FROM` öncesinde `RCPT TO` ya da kabul edilmiş bir alıcı yokken `DATA`. Sunucular `503` ile, genellikle `5.5.1` ile birlikte yanıt verir.",
        "Hemen önceki yanıtlara bakın: reddedilen bir `MAIL FROM` veya `RCPT TO` çoğu zaman ardından gelen `503` yanıtına yol açar ve asıl nedeni o önceki yanıt gösterir. Aksi hâlde istemcinin komut sırasını düzeltin: `EHLO`, gerekiyorsa `AUTH`, `MAIL FROM`, `RCPT TO`, ardından `DATA`; baştan başlamak için de `RSET`.",
        "E-posta programınız ile karşı taraftaki e-posta sistemi arasındaki yazışmada bir aksaklık oldu. İletiyi yeniden göndermeyi deneyin ve sorun sürerse programı güncelleyin.",
    ],
    // service_unavailable
    [
        "Sunucu geçici olarak hizmet veremiyor",
        "Sunucu yanıt verdi, ancak aşırı yüklü olduğu, bakımda olduğu veya kapanmakta olduğu için şu an hizmet veremeyeceğini bildirdi. Tipik yanıtlar, bağlantıyı kapatan `421` ile `4.3.2` veya `4.4.5` ile birlikte gelen `450` ya da `451` yanıtlarıdır; sorun iletide değil, o sunucudadır.",
        "Gönderen sunucunun, geçici bir yanıttan sonra zaten kendiliğinden yaptığı gibi, daha sonra yeniden denemesine izin verin. Sunucu saatlerce reddetmeye devam ederse yöneticisi sunucunun yükünü, hizmetlerini ve depolama alanını kontrol etmelidir. Hemen yeniden bağlanan bir istemci aşırı yükü daha da artırır; bu yüzden yeniden denemeden önce beklenmelidir.",
        "Alıcının e-posta sistemi şu anda çok yoğun ya da geçici olarak devre dışı. Teslimat genellikle kendiliğinden yeniden denenir; ileti size geri dönerse daha sonra yeniden gönderin.",
    ],
    // system_error
    [
        "Alıcı sunucuda hata",
        "Yanıt veren sunucunun içinde bir şeyler ters gitti: bir yapılandırma hatası, dolu bir depolama alanı ya da DNS'te veya bir kullanıcı dizininde başarısız bir sorgu. Yanıtlar arasında `4.3.0` ile `451`, `4.3.1` ile `452`, `4.3.5` ve `4.4.3`, bazen de kalıcı bir `554` veya `5.3.x` bulunur; iletinin kendisinde genellikle sorun yoktur.",
        "Sunucuyu işleten taraf arızayı günlüklerinde bulup gidermelidir: depolama alanı açmalı, yapılandırmayı düzeltmeli ya da bağlı olduğu DNS veya dizin hizmetini onarmalıdır. Gönderenin yapabileceği tek şey yeniden denemelerin sürmesine izin vermek ve hata devam ederse yanıtın tamamını ve zamanını sitenin postmaster adresine bildirmektir.",
        "Alıcının e-posta sisteminde teknik bir sorun oluştu. Daha sonra yeniden deneyin; sorun sürerse alıcıya başka bir yoldan ulaşın.",
    ],
    // network_error
    [
        "Bağlantı kurulamadı",
        "E-posta sunucusuyla bağlantı kurulamadı ya da bağlantı koptu: reddedildi, zaman aşımına uğradı veya sıfırlandı; bu yüzden hiç yanıt olmayabilir. Gönderen sunucular bunu, yanıt gelmediyse `4.4.1`, bağlantı hatalıysa `4.4.2` ile kaydeder ve yeniden denemeyi sürdürür.",
        "İstemcinin kullandığı sunucu adını ve portu, ayrıca bir güvenlik duvarının veya ağ sağlayıcısının `25` portuna giden bağlantıları engelleyip engellemediğini kontrol edin; bu engel ev ve bulut ağlarında yaygındır. Uzak bir alan adı için MX kayıtlarının çalışan ve erişilebilir sunucuları gösterdiğini kontrol edin. Gönderen sunucu bu arada kendiliğinden yeniden dener.",
        "Bir bağlantı sorunu nedeniyle iletiniz alıcının e-posta sistemine ulaşamadı. Genellikle kendiliğinden yeniden denenir; denenmezse daha sonra siz yeniden deneyin.",
    ],
    // loop_detected
    [
        "E-posta döngüsü algılandı",
        "İleti sunucular arasında o kadar çok kez gidip geldi ki bir sunucu onu durdurdu, çünkü ileti bir döngüye girmişti. Sunucular `Received` başlık alanlarını sayar ve çoğu zaman `554` ile birlikte `5.4.6` ya da döngüden veya çok fazla atlamadan (hop) söz eden bir metin bildirir; buna birbirini gösteren yönlendirme kuralları ve rota ayarları yol açar.",
        "Hangi sunucuların tekrarlandığını görmek için geri dönen iletinin `Received` başlık alanlarını okuyun. Bu sistemlerin yöneticileri e-postayı geri gönderen yönlendirme kuralını, takma adı veya rota ayarını kaldırmalı ya da yanlış sunucuyu gösteren bir MX kaydını düzeltmelidir. Bundan önce yeniden göndermek iletiyi yine döngüye sokar.",
        "İleti e-posta sistemleri arasında bir kısır döngüye girdi ve durduruldu. Alıcının yönlendirme ayarlarının büyük olasılıkla düzeltilmesi gerektiğinden kendisine başka bir yoldan haber verin.",
    ],
    // expired
    [
        "Teslim denemelerinin süresi doldu",
        "Gönderen sunucu geçici hatalardan sonra iletiyi yeniden denemeyi sürdürdü ve çoğu zaman birkaç gün olan süre sınırına ulaşınca vazgeçti. Geri dönen e-posta `5.4.7` ya da yalnızca görülen son hatayı taşıyabilir; asıl neden önceki başarısız denemelerdedir.",
        "Önceki denemelerin hatalarını, örneğin erişilemeyen bir sunucuyu veya dolu bir posta kutusunu, geri dönen e-postada ya da gönderen sunucunun günlüğünde arayın ve bu nedeni sorumlu kişiye giderttirin. Ardından iletiyi yeniden gönderin, çünkü gönderen sunucu denemeyi bıraktı.",
        "İletiniz uzun bir süre boyunca tekrarlanan denemelere rağmen teslim edilemedi. Adresi kontrol edin ve iletiyi daha sonra yeniden gönderin ya da alıcıya başka bir yoldan ulaşın.",
    ],
    // success
    [
        "Kabul edildi",
        "Sunucu komutu yerine getirdi; iletinin sonundaki `.` satırından sonra gelen bir `250`, sunucunun iletiyi kabul ettiği ve teslim sorumluluğunu üstlendiği anlamına gelir. Bu, iletinin gelen kutusuna ulaşacağının garantisi değildir: ileti daha sonra yine geri dönebilir veya filtrelenebilir.",
        "Düzeltilecek bir şey yok. Alıcı iletinin hiç gelmediğini söylüyorsa spam klasörüne bakmasını isteyin, daha sonra gelebilecek bir geri dönen e-postayı izleyin ve yanıttaki kuyruk kimliğini veya ileti kimliğini kullanarak iletiyi alıcı tarafın günlüklerinde takip edin.",
        "İleti teslim edilmek üzere kabul edildi.",
    ],
    // intermediate
    [
        "Sonraki adım bekleniyor",
        "Sunucu komutu şu ana kadar kabul etti ve istemciden devamını bekliyor; örneğin `354` sonrasında iletinin içeriğini ya da `334` sonrasında oturum açmanın bir sonraki adımını. Henüz hiçbir şey başarısız olmadı, ama henüz hiçbir şey teslim de edilmedi.",
        "İstemci sunucunun istediğini göndermelidir: `354` sonrasında, yalnızca `.` içeren bir satırla biten iletiyi; `334` sonrasında bir sonraki `AUTH` yanıtını. Oturum burada duruyorsa geri kalanını hiç göndermeyen bir istemci ya da gönderim sırasında kopan bir bağlantı arayın.",
        "İleti hâlâ gönderiliyor; şu ana kadar bir sorun yok.",
    ],
    // unknown
    [
        "Neden yanıttan anlaşılamıyor",
        "Yanıttaki hiçbir şey belirli bir nedene işaret etmiyor: kod `550`, `554` veya `5.0.0` gibi genel bir kod ve metin ne olduğunu söylemiyor. Kesin olan tek şey kodun sınıfıdır: geçici bir hata için `4xx`, kalıcı bir hata için `5xx`.",
        "Yanıtın tamamını ve gönderen sunucunun günlüğünde o ana ait kayıtları okuyun. Bir `4xx` yanıtından sonra gönderen sunucunun yeniden denemesine izin verin; bir `5xx` yanıtından sonra hiçbir şeyi değiştirmeden yeniden göndermeyin. Durum belirsiz kalırsa alıcı alan adının postmaster adresine yanıtın tamamını, zamanını ve ilgili adresleri yazın.",
        "İleti teslim edilemedi ve nedeni belli değil. Daha sonra yeniden deneyin; sorun sürerse alıcıya başka bir yoldan ulaşın.",
    ],
];

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "MX sunucusu MTA-STS doğrulamasını geçemedi",
        "Exchange Online iletiyi teslim etmedi, çünkü ulaştığı MX sunucusu alıcı alan adının MTA-STS politikasında listelenen sunuculardan biri değil. Bu geçici bir hatadır; bu yüzden Exchange Online yeniden denemeyi sürdürür.",
        "Exchange Online bunu, hedef alan adının yayımladığı MTA-STS politikasındaki `mx` girdileri, alan adının MX kayıtlarında adı geçen sunucuyu kapsamadığında gönderir.",
        "Alıcı alan adının yöneticisi, MX sunucusunu politikaya ekleyerek ya da MX kaydını düzelterek MTA-STS politikasını ve MX kayıtlarını birbiriyle uyumlu hâle getirmelidir. Gönderenin yapabileceği tek şey beklemek ya da alıcıya haber vermektir.",
    ],
    // 4.4.312 (microsoft)
    [
        "Hedef için DNS sorgusu başarısız oldu",
        "Exchange Online hedef sunucuyu (genellikle bir giden bağlayıcının akıllı ana bilgisayarını) DNS'te sorgulamaya çalıştı ve sorgu başarısız oldu. İleti kuyrukta kalır ve 24 saate kadar yeniden denenir.",
        "Microsoft 365 bunu bağlayıcı üzerinden yapılan teslimatlarda; alan adının DNS barındırmasında bir sorun olduğunda, alan adının süresi dolduğunda ya da yakın zamanda yapılan bir MX değişikliğinin eski hâli hâlâ önbellekte durduğunda bildirir.",
        "Hedef alan adının yöneticisi, DNS barındırma sağlayıcısıyla birlikte alan adının DNS ayarlarını düzeltmeli ya da alan adını yenilemelidir. Bağlayıcı bir iş ortağının hizmetini gösteriyorsa sorunu o iş ortağı gidermelidir.",
    ],
    // 4.4.315 (microsoft)
    [
        "Hedefe bağlantı zaman aşımına uğradı",
        "Exchange Online hedef e-posta sunucusuna zamanında ulaşamadı. İleti kuyrukta kalır ve 24 saate kadar yeniden denenir.",
        "Microsoft 365 bunu, bir bağlayıcının arkasındaki şirket içi veya iş ortağı sunucusu çalışmadığında ya da bağlayıcının akıllı ana bilgisayar (smart host) ayarı yanlış IP adresini gösterdiğinde bildirir.",
        "Hedef sunucunun çalıştığını ve `25` portundan erişilebildiğini, ayrıca bağlayıcıdaki akıllı ana bilgisayar adresinin hâlâ doğru olduğunu kontrol edin; örneğin internet sağlayıcısı değiştikten sonra.",
    ],
    // 4.4.316 (microsoft)
    [
        "Hedefe bağlantı reddedildi",
        "Exchange Online, Microsoft 365 dışındaki bir e-posta sunucusuna bağlanmayı denedi ve bağlantı reddedildi; bu yüzden ileti yeniden denenmek üzere kuyrukta kalır.",
        "Exchange Online bunu, hedef sunucunun önündeki bir güvenlik duvarı Microsoft 365 adreslerini engellediğinde ya da bir bağlayıcının arkasındaki şirket içi sunucu kapatıldığında gönderir.",
        "Hedef tarafın yöneticisi `25` portunda Microsoft 365 IP aralıklarından gelen bağlantılara izin vermelidir. Şirket içi sunucu bilerek kaldırıldıysa bağlayıcıyı devre dışı bırakın ve kabul edilen alan adını yetkili (authoritative) olarak ayarlayın.",
    ],
    // 4.4.317 (microsoft)
    [
        "Uzak sunucuya bağlanılamıyor",
        "Exchange Online hedef sunucuya ulaştı, ancak sunucu hemen bir hatayla yanıt verdi ya da bağlantı gereksinimlerini, örneğin bağlayıcının şart koştuğu TLS'i, karşılamadı.",
        "Microsoft 365 bunu bağlayıcı üzerinden yapılan teslimatlarda, uzak sunucu hizmet veremediğini bildirdiğinde ya da bağlayıcı uzak sunucunun sunmadığı TLS'i şart koştuğunda bildirir.",
        "Hedef tarafın yöneticisi sunucunun TLS ayarlarını ve sertifikasını, ayrıca Microsoft 365'teki bağlayıcının TLS ayarlarını kontrol etmelidir. Bağlayıcının arkasında bir iş ortağının hizmeti varsa kendi tarafındaki sorunu o gidermelidir.",
    ],
    // 4.4.318 (microsoft)
    [
        "Bağlantı aniden kapandı",
        "Exchange Online ile hedef sunucu arasındaki bağlantı oturum sırasında koptu; bu yüzden ileti daha sonra yeniden denenir.",
        "Microsoft 365 bunu, bir güvenlik duvarının SMTP denetimi oturuma müdahale ettiğinde, hedef sunucu yanıt vermez hâle geldiğinde veya kaynakları tükendiğinde ya da ikisi arasındaki ağ arızalandığında bildirir.",
        "Hedef tarafın yöneticisi güvenlik duvarındaki hatalı SMTP denetimini kapatmalı, e-posta sunucusunun sağlığını ve kaynaklarını kontrol etmeli ve aradaki ağ yolunu kontrol ettirmelidir.",
    ],
    // 4.7.32 (google)
    [
        "From alan adı SPF veya DKIM ile hizalı değil",
        "Gmail sizden gelen e-postaları yavaşlatıyor, çünkü `From` başlığındaki alan adı ne SPF denetimini geçen alan adıyla ne de DKIM ile imzalayan alan adıyla eşleşiyor. Bu, Gmail'in toplu gönderenler için koyduğu DMARC hizalama şartıdır.",
        "Gmail bunu, iletileri kimlik doğrulamasından geçen, ancak alıcının yazar olarak gördüğü alan adından farklı bir alan adı için geçen gönderenlere geçici bir `421` yanıtı olarak gönderir.",
        "Gönderen tarafın yöneticisi e-postaları, `From` adresiyle aynı kurumsal alan adını paylaşan bir DKIM `d=` alan adıyla imzalamalı ya da bu koşulu sağlayan bir `MAIL FROM` alan adıyla göndermeli ve bir DMARC kaydı yayımlamalıdır. Gönderim hizmetleri bunun için genellikle özel bir gönderim veya imzalama alan adı sunar.",
    ],
    // 4.7.320 (microsoft)
    [
        "Sertifika doğrulaması başarısız oldu",
        "Exchange Online hedef sunucunun TLS sertifikasını doğrulayamadı (örneğin sertifikanın süresi dolmuş ya da sertifika başka bir sunucunun adını taşıyor); bu yüzden iletiyi kuyrukta tutuyor.",
        "Microsoft 365 bunu, geçerli bir sertifika şart koşan bir bağlayıcı üzerinden yapılan teslimatlarda bildirir.",
        "Kuyruktaki iletilerin gönderilebilmesi için hedef tarafın yöneticisi geçerli bir sertifika yüklemeli ya da bağlayıcının sertifika ayarları düzeltilmelidir.",
    ],
    // 4.7.321 (microsoft)
    [
        "Hedef TLS desteklemeli (DANE)",
        "Hedef alan adı DNSSEC ve DANE ile korunuyor, ancak e-posta sunucusu `STARTTLS` komutuna yanıt vermedi ya da TLS el sıkışması başarısız oldu; bu yüzden Exchange Online iletiyi şifrelenmemiş olarak göndermedi.",
        "Exchange Online bunu, geçerli DNSSEC kayıtları olan bir alan adına teslimat yaparken `starttls-not-supported` ile birlikte geçici bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi, e-posta sunucusunun `STARTTLS` sunmasını ve el sıkışmayı tamamlamasını sağlamalıdır.",
    ],
    // 4.7.322 (microsoft)
    [
        "Hedefin sertifikasının süresi dolmuş (DANE)",
        "DANE ile korunan hedef sunucu süresi dolmuş bir sertifika sundu; bu yüzden Exchange Online iletiyi teslim etmedi.",
        "Exchange Online bunu, DNSSEC denetimleri geçildikten sonra `certificate-expired` ile birlikte geçici bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi sunucu sertifikasını yenilemeli ve TLSA kayıtları bu sertifikaya sabitlenmişse onları da güncellemelidir.",
    ],
    // 4.7.323 (microsoft)
    [
        "Alan adı DANE doğrulamasını geçemedi",
        "Hedefin sertifikası, DNSSEC ile doğrulanmış TLSA kaydıyla eşleşmiyor ya da TLSA kaydı yanlış; bu yüzden Exchange Online iletiyi teslim etmedi.",
        "Exchange Online bunu, DNSSEC ile imzalanmış bir hedef alan adı için `tlsa-invalid` ile birlikte geçici bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi, özellikle bir sertifika değişikliğinden sonra, e-posta sunucusunun sunduğu sertifikayla eşleşen TLSA kayıtları yayımlamalıdır.",
    ],
    // 4.7.324 (microsoft)
    [
        "Hedef geçersiz DNSSEC kayıtları döndürdü",
        "Hedef alan adı DNSSEC ile imzalı olduğunu bildiriyor, ancak Exchange Online kayıtlarını doğrulayamadı; bu yüzden iletiyi teslim etmedi.",
        "Exchange Online bunu `dnssec-invalid` ile birlikte geçici bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi bölgenin DNSSEC imzalamasını düzeltmelidir; örneğin süresi dolmuş imzaları ya da üst bölgedeki yanlış bir DS kaydını.",
    ],
    // 4.7.325 (microsoft)
    [
        "Sertifika sunucu adıyla eşleşmiyor (DANE)",
        "DANE ile korunan hedef sunucunun sertifikasında ne alan adı ne de MX sunucusunun adı geçiyor; bu yüzden Exchange Online iletiyi teslim etmedi.",
        "Exchange Online bunu `certificate-host-mismatch` ile birlikte geçici bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi, ortak adı (common name) veya konu alternatif adları (subject alternative names) MX sunucusunun adını içeren bir sertifika yüklemelidir.",
    ],
    // 4.7.500 (microsoft)
    [
        "Erişim reddedildi, lütfen daha sonra yeniden deneyin (IP kısıtlaması)",
        "Microsoft 365, bağlanan IP adresinden gelen e-postaları geçici olarak sınırlıyor, çünkü bu adres aniden öncekinden çok daha fazla gönderim yapıyor ya da Microsoft için yeni; yanıt metinlerinde `ASxxx` biçiminde kodlar bulunur.",
        "Exchange Online Protection bunu, spam karşıtı kısıtlamasının bir parçası olarak, gönderim düzeni büyük ölçüde değişen sunuculara `451` olarak gönderir.",
        "Meşru bir gönderenin kısıtlaması birkaç gün düzenli gönderim yaptıktan sonra kalkar. Microsoft üzerinden aktarma yapan ya da gelen e-postalarını başka bir hizmetten geçiren bir Microsoft 365 müşterisi uygun bağlayıcıyı kurmalıdır; bu, kısıtlamayı ortadan kaldırır.",
    ],
    // 4.7.850 (microsoft)
    [
        "Erişim reddedildi, lütfen daha sonra yeniden deneyin (şüpheli IP)",
        "Microsoft 365 gönderen IP adresinde şüpheli etkinlik gördü ve ek denetimler sürerken bu adresi bir süreliğine kısıtlıyor.",
        "Exchange Online bunu, bir IP adresini değerlendirirken geçici bir ret olarak gönderir.",
        "Trafik meşruysa gönderen sunucunun yeniden denemesine izin verin; Microsoft'a göre kısıtlama kısa süre içinde kaldırılır. Sunucu gerçekten spam gönderdiyse önce kaynağı durdurun.",
    ],
    // 4.16.50 (yahoo)
    [
        "Yahoo kullanıcılarının şikâyetleri nedeniyle ertelendi",
        "Yahoo'nun geçici bir erteleme için kullandığı kendi tanı kodu: gönderen sunucudan gelen e-postalar Yahoo Mail kullanıcılarından çok sayıda şikâyet aldı.",
        "Yahoo bunu `421` ve \"temporarily deferred\" metniyle birlikte, genellikle alıcılar aynı IP adresinden gelen önceki e-postaları spam olarak işaretledikten sonra gönderir.",
        "Kuyruğun daha sonra yeniden denemesine izin verin. Gönderen tarafın yöneticisi sunucunun Yahoo kullanıcılarına neler gönderdiğini ve kimlere gönderdiğini gözden geçirmeli, alıcıların istemediği e-postaları durdurmalıdır. Sunucuyu kendisi yönetmeyen biri, hatanın tamamını sunucunun yöneticisine iletmelidir.",
    ],
    // 4.16.55 (yahoo)
    [
        "Beklenmedik hacim veya kullanıcı şikâyetleri nedeniyle ertelendi",
        "Yahoo'nun `[TS01]` ve `[TSS04]` ertelemeleriyle birlikte gelen kendi tanı kodu: Yahoo bu IP adresinden gelen e-postaları, hacmi ya da Yahoo kullanıcılarının şikâyetleri nedeniyle yavaşlattı.",
        "Yahoo bunu, bir IP adresi olağandışı trafik ya da alıcıların spam olarak bildirdiği e-postalar gönderdiğinde `421` yanıtlarında, çoğu zaman `4.16.55.1` biçiminde gönderir.",
        "Gönderen sunucu daha sonra yeniden deneyebilir. Gönderen tarafın yöneticisi şikâyetlere yol açan e-postaların kaynağını (ele geçirilmiş bir hesap, istenmeyen bir toplu gönderim) bulup durdurmalı ve Yahoo'ya gönderim hacmini yalnızca kademeli olarak artırmalıdır.",
    ],
    // 5.0.350 (microsoft)
    [
        "Alıcının kurumundan genel ret",
        "Exchange Online bu genel amaçlı kodu alıcı taraftan gelen pek çok ret için kullanır; nedeni metin belirtir, örneğin `x-dg-ref header is too long` veya `policy violation detected (AS345)`.",
        "`x-dg-ref` metni Zengin Metin (Rich Text) biçimli iletilerde, `AS345` metni ise iç içe eklerde görülür.",
        "Koddan sonraki metni okuyun. `x-dg-ref` için iletiyi HTML veya düz metin olarak gönderin; `AS345` için kendisi de ek taşıyan iletileri ek olarak eklemeyin.",
    ],
    // 5.1.20 (microsoft)
    [
        "Sender adresi olmadan birden fazla From adresi",
        "İletinin `From` başlık alanında birden fazla adres var, ancak RFC 5322'nin bu durumda şart koştuğu `Sender` alanı yok; bu yüzden Exchange Online iletiyi reddetti.",
        "Exchange Online bunu, genellikle betikler veya alışılmadık e-posta programları tarafından birden fazla `From` adresiyle oluşturulan iletiler için gönderir.",
        "Tek bir `From` adresiyle gönderin ya da tam olarak bir adres içeren bir `Sender` başlık alanı ekleyin.",
    ],
    // 5.1.90 (microsoft)
    [
        "Günlük alıcı sınırına ulaşıldı",
        "Microsoft 365 göndereni bir gün içinde, Exchange Online gönderim sınırlarının izin verdiğinden daha fazla alıcıya gönderim yaptı.",
        "Exchange Online bunu, günlük alıcı sınırını aşan kendi kullanıcılarına gönderir; hesabın ele geçirildiği ve spam gönderdiği anlamına da gelebilir.",
        "Sınırın sıfırlanmasını bekleyin ve büyük toplu gönderimleri zamana yayın ya da bir toplu e-posta hizmeti kullanın. Yönetici, hesapta ele geçirilme belirtileri olup olmadığını kontrol etmelidir.",
    ],
    // 5.1.351 (microsoft)
    [
        "Uzak sunucu bilinmeyen alıcı veya kullanılamayan posta kutusu bildirdi",
        "Exchange Online bir sonraki sunucudan gelen reddi aktarıyor: o sunucu alıcının bilinmediğini ya da posta kutusunun kullanılamadığını bildirdi. Uzak sunucunun kendi yanıtı `->` işaretinden sonra gelir.",
        "Exchange Online bunu, alıcı sunucu alıcıyı reddettiğinde geri dönen e-postalara `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown` gibi bir metinle ekler.",
        "Alıcı adresinde yazım hatası olup olmadığını kontrol edin ve doğru adresi alıcıdan isteyin. `->` işaretinden sonraki uzak yanıt, alıcı sunucunun ne dediğini gösterir.",
    ],
    // 5.2.121 (microsoft)
    [
        "Alıcının bu gönderen için saatlik sınırı aşıldı",
        "Gönderen, bir Exchange Online alıcısına bir saat içinde, o alıcının tek bir gönderenden kabul ettiğinden daha fazla ileti gönderdi.",
        "Exchange Online bunu, tek bir posta kutusunu iletilere boğan otomatik gönderenlere ve bildirim sistemlerine gönderir.",
        "Daha sonra yeniden deneyin ve bu alıcıya saatte daha az ileti gönderin; örneğin bildirimleri toplu hâlde gönderin.",
    ],
    // 5.2.122 (microsoft)
    [
        "Alıcının saatlik alma sınırı aşıldı",
        "Exchange Online alıcısı bir saat içinde, tüm gönderenlerden toplamda, izin verilenden daha fazla ileti aldı.",
        "Exchange Online bunu, bir posta kutusu e-posta fırtınaları veya çok sayıda otomatik gönderen nedeniyle iletilere boğulduğunda gönderir.",
        "Daha sonra yeniden deneyin. Buna otomatik e-postalar yol açıyorsa bunların gönderim sıklığını azaltın; alıcının da posta kutusunu kimin iletilere boğduğunu bulması gerekebilir.",
    ],
    // 5.3.190 (microsoft)
    [
        "Microsoft 365'e günlük kaydı (journaling) gönderimi desteklenmiyor",
        "Şirket içindeki bir günlük kaydı (journaling) kuralı günlük raporlarını Microsoft 365'e gönderiyor, ancak kurum Journaling Archive özelliğini açmamış; bu yüzden Exchange Online bu raporları reddediyor.",
        "Exchange Online bunu, şirket içi e-postaların günlük kaydını Microsoft 365'e gönderen kurumlara gönderir.",
        "Kurumun Microsoft 365 yöneticisi Journaling Archive özelliğini açmalı ya da günlük kaydı kuralını başka bir hedefe yönlendirmelidir.",
    ],
    // 5.4.8 (microsoft)
    [
        "MX sunucusu MTA-STS doğrulamasını geçemedi (kalıcı)",
        "Exchange Online teslim etmekten vazgeçti, çünkü alıcı alan adının MX sunucusuna o alan adının MTA-STS politikası izin vermiyor.",
        "Exchange Online bunu, bir alan adının MTA-STS politikası DNS'te bulunan MX sunucusunu içermediğinde son hata olarak gönderir.",
        "Alıcı alan adının yöneticisi MX sunucusunu MTA-STS politikasına eklemeli ya da MX kaydını düzeltmelidir; ardından gönderen iletiyi yeniden gönderebilir.",
    ],
    // 5.4.14 (microsoft)
    [
        "Atlama sayısı aşıldı, olası e-posta döngüsü",
        "Exchange Online iletiyi durdurdu, çünkü ileti çok fazla kez yönlendirilip dolaştı; bu, Exchange Online'ın e-posta döngüsü için kullandığı kendi kodudur, şirket içi Exchange ise bu durumda `5.4.6` kullanır.",
        "Exchange Online bunu, kabul edilen bir alan adı yanlış ayarlandığında ya da hibrit kurulumlarda bağlayıcılar e-postaları karşılıklı olarak ileri geri gönderdiğinde gönderir; metin çoğu zaman `ATTR34` ile biter.",
        "Alıcı kurumun yöneticisi, alan adının yetkili (authoritative) bir kabul edilen alan adı olduğunu ve hibrit bağlayıcıların doğru akıllı ana bilgisayara yönlendirdiğini kontrol etmelidir; Hybrid Configuration Wizard'ı yeniden çalıştırmak sorunu çoğu zaman çözer.",
    ],
    // 5.4.300 (microsoft)
    [
        "İletinin süresi doldu",
        "Exchange Online iletiyi izin verilen süre içinde teslim edemedi; çünkü hedef hiç yanıt vermedi ya da bu iletiyle ilgili geri dönen e-posta da teslim edilemedi.",
        "Exchange Online bunu, bir ileti için yeniden denemeler tükendikten sonra son hata olarak gönderir.",
        "Teslimatın neden sürekli başarısız olduğunu bulmak için bu hedefe ait önceki hatalara bakın, sorunu giderttirin ve iletiyi yeniden gönderin.",
    ],
    // 5.4.312 (microsoft)
    [
        "DNS sorgusu hatalarından sonra iletinin süresi doldu",
        "Exchange Online yeniden denemeyi bıraktı, çünkü iletinin kuyruktaki süresi dolana kadar yapılan her denemede hedef DNS'te sorgulanamadı.",
        "Exchange Online bunu, önceki `4.4.312` ertelemelerinden sonra geri dönen e-postaya `Message expired, DNS query failed` metniyle ekler.",
        "Alıcı alan adının yöneticisi alan adının DNS ayarlarını düzeltmeli ya da alan adını yenilemelidir. Bundan sonra gönderenin iletiyi yeniden göndermesi gerekir.",
    ],
    // 5.4.316 (microsoft)
    [
        "Bağlantılar reddedildikten sonra iletinin süresi doldu",
        "Exchange Online yeniden denemeyi bıraktı, çünkü hedef sunucu iletinin kuyruktaki süresi dolana kadar bağlantıları reddetmeyi sürdürdü.",
        "Exchange Online bunu, önceki `4.4.316` ertelemelerinden sonra geri dönen e-postaya `Message expired, connection refused` metniyle ekler.",
        "Hedef tarafın yöneticisi, sunucunun `25` portunda Microsoft 365'ten gelen bağlantıları kabul etmesini sağlamalıdır. Ardından gönderenin iletiyi yeniden göndermesi gerekir.",
    ],
    // 5.4.318 (microsoft)
    [
        "Bağlantılar sıfırlandıktan sonra iletinin süresi doldu",
        "Exchange Online yeniden denemeyi bıraktı, çünkü hedefe kurduğu bağlantılar sürekli sıfırlandı; Exchange Online bunu `SuspiciousRemoteServerError` olarak işaretler.",
        "Exchange Online bunu, aynı hedef için tekrarlanan `4.4.318` ertelemelerinden sonra geri dönen e-postaya ekler.",
        "Hedef tarafın yöneticisi oturumları neyin kestiğini bulmalıdır; bu çoğu zaman SMTP trafiğini denetleyen bir güvenlik duvarıdır. Ardından gönderenin iletiyi yeniden göndermesi gerekir.",
    ],
    // 5.6.11 (microsoft)
    [
        "Geçersiz karakterler (tek başına satır besleme)",
        "İleti tek başına satır besleme karakterleri, yani satır başı (carriage return) karakteri olmadan biten satırlar içeriyor; Exchange Online bunları kabul etmez.",
        "Exchange Online bunu, bir e-posta programı veya betik `CRLF` yerine `LF` ile biten satırlar yazdığında gönderir.",
        "Gönderen programı her satır `CRLF` ile bitecek şekilde düzeltin ya da satır sonlarını dönüştüren bir sunucu üzerinden gönderin.",
    ],
    // 5.7.57 (microsoft)
    [
        "İstemcinin kimliği doğrulanmadı, anonim e-posta gönderemez",
        "Bir uygulama veya cihaz oturum açmadan `smtp.office365.com` adresine e-posta gönderdi ve Exchange Online `MAIL FROM` komutunu reddetti.",
        "Exchange Online bunu, Microsoft 365 üzerinden aktarma yapacak şekilde ayarlanmış ancak oturum açma veya TLS ayarları yanlış olan yazıcılara, tarayıcılara ve uygulamalara gönderir.",
        "Cihazı, Exchange Online posta kutusu olan bir kullanıcının kimlik bilgileriyle yapılandırın ve oturum açmak TLS gerektirdiğinden cihazın `STARTTLS` kullandığından emin olun.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution, aktarma erişimi reddedildi",
        "Exchange Online kurumun kendi sunucularından gelen e-postaları bir gelen bağlayıcıyla eşleştiremedi; bu yüzden bu e-postaları aktarmayı reddetti.",
        "Exchange Online bunu şirket içinde bir şey değiştikten sonra gönderir; örneğin gönderen sunucunun IP adresi veya sertifikasındaki ad değiştiyse ve artık gelen bağlayıcıyla eşleşmiyorsa.",
        "Yönetici, gelen bağlayıcıyı şirket içi sunucunun güncel IP adreslerine veya sertifika adına göre güncellemelidir.",
    ],
    // 5.7.124 (microsoft)
    [
        "Gönderen, izin verilen gönderenler listesinde değil",
        "Alıcı, yalnızca listelenen gönderenlerden e-posta kabul eden bir dağıtım grubu ve gönderen bu listede yok.",
        "Exchange Online bunu teslim kısıtlamaları olan gruplar için gönderir; grubun sahibinin bile listeye eklenmesi gerekebilir.",
        "Grubun sahibinden veya alıcının yöneticisinden, göndereni grubun izin verilen gönderenlerine eklemesini ya da kısıtlamayı kaldırmasını isteyin.",
    ],
    // 5.7.133 (microsoft)
    [
        "Grup için gönderenin kimliği doğrulanmamış",
        "Alıcı, kendi kurumu dışından gelen e-postaları reddeden bir grup ve gönderen kurum dışından biri.",
        "Exchange Online bunu, harici gönderenler kimliği doğrulanmış gönderen şartı koyan bir dağıtım grubuna yazdığında gönderir.",
        "Grubun sahibi veya alıcının yöneticisi, grup için harici gönderenlere izin vermelidir.",
    ],
    // 5.7.134 (microsoft)
    [
        "Posta kutusu için gönderenin kimliği doğrulanmamış",
        "Alıcının posta kutusu, kendi kurumu dışından gelen e-postaları reddedecek şekilde ayarlanmış ve gönderen kurum dışından biri.",
        "Exchange Online bunu, kimliği doğrulanmış gönderen şartı koyan ayarın açık olduğu posta kutuları için gönderir.",
        "Posta kutusunun teslim kısıtlamalarını yalnızca alıcı kurumun yöneticisi değiştirebilir.",
    ],
    // 5.7.135 (microsoft)
    [
        "Ortak klasör için gönderenin kimliği doğrulanmamış",
        "Alıcı, kendi kurumu dışından gelen e-postaları reddeden ve e-posta almaya açık bir ortak klasör.",
        "Exchange Online bunu, harici gönderenler kimliği doğrulanmış gönderen şartı koyan bir ortak klasöre yazdığında gönderir.",
        "Alıcı kurumun yöneticisi, ortak klasörün tüm gönderenlerden e-posta kabul etmesine izin vermelidir.",
    ],
    // 5.7.136 (microsoft)
    [
        "Posta kullanıcısı için gönderenin kimliği doğrulanmamış",
        "Alıcı, kendi kurumu dışından gelen e-postaları reddedecek şekilde ayarlanmış bir posta kullanıcısı (mail user).",
        "Exchange Online bunu, harici bir gönderen, kimliği doğrulanmış gönderen şartı koyan ayarın açık olduğu bir posta kullanıcısına yazdığında gönderir.",
        "Bu ayarı yalnızca alıcı kurumun yöneticisi değiştirebilir.",
    ],
    // 5.7.193 (microsoft)
    [
        "Microsoft 365 grubu harici gönderenleri kabul etmiyor",
        "Alıcı, yalnızca üyelerinden veya kendi kurumu içinden e-posta kabul eden bir Microsoft 365 grubu.",
        "Exchange Online bunu, harici bir gönderen böyle bir gruba yazdığında `UnifiedGroupAgent` ile birlikte gönderir.",
        "Grubun sahibi veya alıcının yöneticisi, kurum dışındaki kişilerin gruba e-posta göndermesine izin vermelidir.",
    ],
    // 5.7.321 (microsoft)
    [
        "Hedef TLS desteklemeli (DANE, kalıcı)",
        "Exchange Online vazgeçti, çünkü DANE ile korunan hedef sunucu `STARTTLS` sunmadı ya da el sıkışma başarısız oldu.",
        "Exchange Online bunu `starttls-not-supported` ile birlikte kalıcı bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi e-posta sunucusunda TLS'i etkinleştirmelidir; bundan sonra gönderen iletiyi yeniden gönderebilir.",
    ],
    // 5.7.322 (microsoft)
    [
        "Hedefin sertifikasının süresi dolmuş (DANE, kalıcı)",
        "Exchange Online vazgeçti, çünkü DANE ile korunan hedef sunucu süresi dolmuş bir sertifika sunmayı sürdürdü.",
        "Exchange Online bunu `certificate-expired` ile birlikte kalıcı bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi sertifikayı yenilemelidir; bundan sonra gönderen iletiyi yeniden gönderebilir.",
    ],
    // 5.7.323 (microsoft)
    [
        "Alan adı DANE doğrulamasını geçemedi (kalıcı)",
        "Exchange Online vazgeçti, çünkü hedefin sertifikası TLSA kayıtlarına göre yapılan doğrulamada sürekli başarısız oldu.",
        "Exchange Online bunu `tlsa-invalid` ile birlikte kalıcı bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi TLSA kayıtlarını veya sertifikayı düzeltmelidir; ardından gönderen iletiyi yeniden gönderebilir.",
    ],
    // 5.7.324 (microsoft)
    [
        "Hedef geçersiz DNSSEC kayıtları döndürdü (kalıcı)",
        "Exchange Online vazgeçti, çünkü hedef alan adının DNSSEC kayıtları doğrulamada sürekli başarısız oldu.",
        "Exchange Online bunu `dnssec-invalid` ile birlikte kalıcı bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi bölgenin DNSSEC imzalamasını onarmalıdır; ardından gönderen iletiyi yeniden gönderebilir.",
    ],
    // 5.7.325 (microsoft)
    [
        "Sertifika sunucu adıyla eşleşmiyor (DANE, kalıcı)",
        "Exchange Online vazgeçti, çünkü hedef sunucunun sertifikası MX sunucusunun adıyla eşleşmedi.",
        "Exchange Online bunu `certificate-host-mismatch` ile birlikte kalıcı bir hata olarak gönderir.",
        "Alıcı alan adının yöneticisi sertifikayı, MX sunucusunun adını içeren bir sertifikayla değiştirmelidir; ardından gönderen iletiyi yeniden gönderebilir.",
    ],
    // 5.7.367 (microsoft)
    [
        "Uzak sunucu aktarmaya izin verilmediğini bildirdi",
        "Microsoft 365 bir iletiyi aktarma havuzundan (relay pool) yönlendirdi veya aktardı ve bir sonraki ağ geçidi bunu bir aktarma girişimi sayarak reddetti. Microsoft, ileti geldiğinde SPF veya DKIM denetimini geçemediyse bu havuzu kullanır.",
        "Exchange Online bunu yönlendirilen veya aktarılan e-postalar için, çoğunlukla da Microsoft 365'in önünde veya arkasında üçüncü taraf bir ağ geçidi bulunduğunda gönderir.",
        "Microsoft 365 yöneticisi, örneğin Enhanced Filtering for Connectors ile, iletilerin gelişte kimlik doğrulamasını geçmesini sağlamalı ve kurumun denetimindeki alan adlarını kabul edilen alan adları olarak eklemelidir. Yönlendirme adımlarının sayısını azaltmak da işe yarar.",
    ],
    // 5.7.501 (microsoft)
    [
        "Erişim reddedildi, spam amaçlı kötüye kullanım algılandı",
        "Microsoft 365, spam gönderdiği için gönderen hesabı yasakladı.",
        "Exchange Online bunu, hesabı genellikle ele geçirildikten sonra spam için kullanılan kendi kullanıcılarına gönderir.",
        "Yönetici hesabı güvenli hâle getirmeli ve kimlik bilgilerini sıfırlamalı, ardından Microsoft desteğinden hesabın yeniden gönderim yapabilmesini sağlamasını istemelidir.",
    ],
    // 5.7.502 (microsoft)
    [
        "Erişim reddedildi, yasaklı gönderen",
        "Microsoft 365, gönderen hesaptan spam gönderildiğini algıladıktan sonra hesabı yasakladı.",
        "Exchange Online bunu, spam nedeniyle engellenen hesaplara gönderir.",
        "Yönetici hesabın sorunlarını gidermeli, kimlik bilgilerini sıfırlamalı ve yasağın kaldırılması için Microsoft desteğiyle iletişime geçmelidir.",
    ],
    // 5.7.503 (microsoft)
    [
        "Erişim reddedildi, yasaklı gönderen",
        "Microsoft 365, gönderen hesaptan spam gönderildiğini algıladıktan sonra hesabı yasakladı.",
        "Exchange Online bunu, spam nedeniyle engellenen hesaplara gönderir.",
        "Yönetici hesabın sorunlarını gidermeli, kimlik bilgilerini sıfırlamalı ve yasağın kaldırılması için Microsoft desteğiyle iletişime geçmelidir.",
    ],
    // 5.7.504 (microsoft)
    [
        "Alıcı adresi reddedildi, erişim engellendi",
        "Alıcı adresi, alıcı taraftaki Microsoft 365 kurumunda geçerli değil.",
        "Exchange Online Protection bunu `Recipient address rejected: Access denied` metniyle gönderir.",
        "Alıcı adresini kontrol edip yeniden gönderin; gönderim başarısız olmaya devam ederse doğru adresi alıcıdan isteyin.",
    ],
    // 5.7.505 (microsoft)
    [
        "Erişim reddedildi, yasaklı alıcı",
        "Microsoft 365 alıcı adresini geçersiz sayıyor ve bu adrese gönderilen e-postaları reddediyor.",
        "Exchange Online Protection bunu yasakladığı alıcılar için gönderir.",
        "Adresi kontrol edin ve alıcıya başka bir yoldan ulaşın; bu bir hata gibi görünüyorsa alıcının yöneticisi Microsoft desteğine başvurabilir.",
    ],
    // 5.7.506 (microsoft)
    [
        "Erişim reddedildi, hatalı HELO",
        "Gönderen sunucu `HELO` veya `EHLO` komutunda kendini kendi adıyla değil, bağlandığı sunucunun adıyla tanıttı; Microsoft bunu spam robotu (spambot) davranışı olarak değerlendirir.",
        "Exchange Online Protection bunu, yanlış yapılandırılmış veya kötü niyetli bir istemciyle kurulan oturumun başında gönderir.",
        "Gönderen sunucuyu, `EHLO` komutunda kendi tam nitelikli sunucu adını (FQDN) kullanacak şekilde yapılandırın.",
    ],
    // 5.7.507 (microsoft)
    [
        "Erişim reddedildi, alıcı tarafından engellendi",
        "Alıcının kurumu, iletinin geldiği IP adresini engelledi.",
        "Exchange Online Protection bunu, alıcı kiracı (tenant) gönderen sunucuyu engellediğinde gönderir.",
        "Alıcıya başka bir kanaldan ulaşın ve yöneticisinden engeli kaldırmasını isteyin.",
    ],
    // 5.7.508 (microsoft)
    [
        "Erişim reddedildi, IPv6 aralığı için izin verilen sınırlar aşıldı",
        "Gönderenin IPv6 aralığı çok kısa sürede çok fazla ileti gönderdi.",
        "Exchange Online Protection bunu, IPv6 üzerinden gönderim yapan ve aralık başına izin verilen hızı aşan gönderenlere gönderir.",
        "Bu aralıktan yapılan gönderimi yavaşlatın ve kuyruğun daha sonra yeniden denemesine izin verin.",
    ],
    // 5.7.509 (microsoft)
    [
        "Erişim reddedildi, gönderen alan adı DMARC denetimini geçemiyor",
        "`From` başlığındaki alan adı DMARC denetimini geçemedi ve reddetme (reject) politikası yayımlıyor; bu yüzden Microsoft iletiyi reddetti.",
        "Exchange Online ve Outlook.com bunu, ne SPF ne de DKIM `From` alan adıyla hizalı olarak geçmediğinde ve bu alan adının politikası `p=reject` olduğunda gönderir; buna yönlendirme de yol açabilir.",
        "Gönderen tarafın yöneticisi alan adının SPF kaydını, DKIM imzalamasını ve hizalamayı düzeltmelidir; hangi denetimin başarısız olduğunu DMARC raporları ve geri dönen e-postayla gelen başlıklar gösterir.",
    ],
    // 5.7.510 (microsoft)
    [
        "Alıcı IPv6 üzerinden e-posta kabul etmiyor",
        "İleti IPv6 üzerinden geldi, ancak alıcının alan adı yalnızca IPv4 üzerinden e-posta kabul ediyor.",
        "Exchange Online Protection bunu, IPv6 üzerinden gelen e-postayı etkinleştirmemiş alan adları için IPv6 üzerinden gönderim yapanlara gönderir.",
        "Bu alan adına IPv4 üzerinden gönderin; örneğin gönderen sunucuyu bu alan adının MX sunucuları için IPv4'ü tercih edecek şekilde ayarlayın.",
    ],
    // 5.7.511 (microsoft)
    [
        "Erişim reddedildi, yasaklı gönderen IP adresi",
        "Microsoft 365 iletinin geldiği IP adresini yasakladı.",
        "Exchange Online Protection bunu engelleme listesindeki sunuculara gönderir.",
        "Yasağın nedenini ortadan kaldırın, ardından hatanın tamamını ve IP adresini içeren bir e-postayla Microsoft'tan listeden çıkarılmayı isteyin ya da listeden çıkarma portalını (delist portal) kullanın.",
    ],
    // 5.7.512 (microsoft)
    [
        "İleti RFC 5322 bölüm 3.6.2 ile uyumlu olmalı",
        "İletinin `From` başlık alanında geçerli bir adres yok; bu yüzden Microsoft 365 iletiyi reddetti.",
        "Exchange Online bunu, `From` alanı eksik, boş veya hatalı biçimlendirilmiş iletiler için gönderir; örneğin adresin çevresinde açılı ayraçlar olmadığında.",
        "Gönderen programı, her iletide düzgün biçimlendirilmiş bir adres içeren bir `From` alanı olacak şekilde düzeltin.",
    ],
    // 5.7.513 (microsoft)
    [
        "İstemci sunucu, alıcının özel engelleme listesi tarafından engellendi",
        "Alıcı kurum, gönderen IP adresini Microsoft 365'teki kendi engelleme listesine ekledi; metin `AS16012607` ile biter.",
        "Exchange Online Protection bunu, bağlanan IP adresi alıcı kiracının (tenant) özel engelleme listesinde olduğunda gönderir.",
        "Bu girdiyi yalnızca alıcı kurum kaldırabilir. Onlarla doğrudan iletişime geçin ve IP adresinin engelini kaldırmalarını isteyin.",
    ],
    // 5.7.515 (outlook_com)
    [
        "Gönderen alan adı gerekli kimlik doğrulama düzeyini karşılamıyor",
        "Outlook.com iletiyi reddetti, çünkü `From` başlığındaki alan adı, Microsoft'un bireysel kullanıcılara yönelik e-posta hizmetlerine yüksek hacimde gönderim yapanlardan istediği kimlik doğrulama düzeyini karşılamıyor.",
        "Outlook.com, Hotmail, Live.com ve MSN bunu, kendilerine 5.000 veya daha fazla ileti gönderen ve başarılı SPF ile DKIM denetimlerinden ya da hizalı olarak geçen bir DMARC kaydından yoksun alan adlarına gönderir.",
        "Gönderen tarafın yöneticisi SPF ve DKIM kayıtlarını ikisi de geçecek şekilde yayımlamalı, bir DMARC kaydı (en az `p=none`) yayımlamalı ve SPF veya DKIM denetiminin `From` alan adıyla hizalı olmasını sağlamalıdır. Ardından iletiyi yeniden gönderin.",
    ],
    // 5.7.606 (microsoft)
    [
        "Erişim reddedildi, yasaklı gönderen IP adresi",
        "Microsoft 365, iletinin geldiği IP adresini itibarı nedeniyle yasakladı.",
        "Exchange Online Protection bunu, IP adresi engelleme listesinde olan sunuculara gönderir; örneğin sunucu ele geçirildikten veya kötü amaçlı trafik gönderdikten sonra.",
        "Nedeni ortadan kaldırın ve iyi gönderim uygulamalarına uyun, ardından IP adresinin listeden çıkarılmasını Microsoft'un self servis listeden çıkarma portalı (delist portal) üzerinden isteyin.",
    ],
    // 5.7.703 (microsoft)
    [
        "Alıcı, Tenant Allow/Block List tarafından engellendi",
        "Kurumdaki biri, kurumun kendi Tenant Allow/Block List listesinde engellediği bir adrese veya alan adına gönderdi ve iletinin tamamı durduruldu.",
        "Exchange Online bunu kurum içindeki gönderenlere gönderir; engellenmiş tek bir alıcı, iletiyi tüm alıcılar için durdurur.",
        "Engellenen alıcıyı çıkarıp yeniden gönderin ya da yöneticiden engelleme girdisini değiştirmesini isteyin.",
    ],
    // 5.7.705 (microsoft)
    [
        "Erişim reddedildi, kiracı eşiği aştı",
        "Microsoft 365 kurumun tamamı için giden e-postaları engelledi, çünkü kurumun trafiğinin çok büyük bir kısmı spam veya toplu e-postaydı.",
        "Exchange Online bunu, ele geçirilmiş sunucular veya yönetici hesapları spam gönderdikten sonra, nadiren de bir abonelik geç yenilendikten sonra gönderir.",
        "Yönetici, posta akışı raporları ve ileti izleme (message trace) ile kaynağı bulup durdurmalı, ardından engelin kaldırılması için nedeni Microsoft desteğine açıklamalıdır.",
    ],
    // 5.7.708 (microsoft)
    [
        "Erişim reddedildi, bu IP adresinden gelen trafik kabul edilmiyor",
        "Microsoft 365, genellikle yeni kiracılara (tenant) verilen düşük itibarlı IP adreslerinden e-posta göndermez.",
        "Exchange Online bunu yeni veya deneme sürümündeki kiracılara ya da trafiği şüpheli görünen kiracılara gönderir.",
        "Yönetici, varsa ele geçirilmiş bir hesap veya açık aktarma (open relay) sorununu gidermeli, ardından Microsoft desteğiyle iletişime geçmelidir; deneme sürümündeki kiracılar lisans satın alana kadar bir istisna isteyebilir.",
    ],
    // 5.7.750 (microsoft)
    [
        "İstemcinin kayıtlı olmayan alan adlarından göndermesi engellendi",
        "Kurum, Microsoft 365'e eklenmemiş ve doğrulanmamış alan adlarından çok sayıda ileti gönderdi ve Microsoft bunları engelledi.",
        "Exchange Online bunu, tanımlanmamış alan adlarından gelen ve çoğu zaman bağlayıcılardan geçen e-postalar Microsoft'un hoş gördüğü miktarı aştığında gönderir.",
        "Gönderim yapan her alan adını kabul edilen alan adı olarak ekleyip doğrulayın ya da sertifika tabanlı bir bağlayıcı kullanın; ayrıca saldırganların oluşturduğu bilinmeyen bağlayıcılar olup olmadığını da kontrol edin.",
    ],
    // 5.7.800 (microsoft)
    [
        "Erişim reddedildi, yasaklı gönderen alan adı",
        "Microsoft 365, `EHLO`, `MAIL FROM` veya `From` içinde kullanılan alan adını, bu alan adıyla gönderilen spam nedeniyle yasakladı.",
        "Exchange Online bunu, gönderen alan adı yasak listesinde olan iletiler için gönderir.",
        "Bu alan adından gönderilen spamı durdurun, ardından alan adının yeniden gönderim yapabilmesi için Microsoft desteğiyle iletişime geçin.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Bir posta akışı kuralı tarafından reddedildi",
        "Exchange sunucusundaki bir posta akışı kuralı (aktarım kuralı) iletiyi reddetti. Exchange bu aralıktaki bir kodu yalnızca kuralın reddetme eylemine böyle bir kod atanmışsa kullanır; aksi hâlde aynı ret `5.7.1` olarak gelir.",
        "Exchange bunu, bir ileti yöneticinin tanımladığı ve iletiyi reddeden bir kuralla eşleştiğinde geri dönen e-posta olarak gönderir; örneğin belirli gönderenlere, sözcüklere veya eklere karşı konmuş bir kural.",
        "Gönderen, iletiyi yeniden göndererek sonucu değiştiremez. Alıcının Exchange yöneticisine iletiyi hangi kuralın reddettiğini sorun; koddan sonraki metin, kural oluşturulurken girilen metindir.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES bu şekilde reddedilen bir iletiyi kuyruğa almak yerine atar; bu yüzden gönderen uygulama iletiyi kendisi yeniden denemeli ve her yeni denemeden önce daha uzun süre beklemelidir.",
    // amazon_ses.daily_quota
    "Hesap, Amazon SES'in 24 saat içinde göndermesine izin verdiği ileti sayısını doldurdu; 24 saatlik pencere ilerledikçe ya da kota SES konsolunda artırıldıktan sonra gönderim yeniden çalışır.",
    // amazon_ses.identity_not_verified
    "Amazon SES, From, Source, Sender ve Return-Path adreslerini aynı AWS bölgesinde (Region) doğrulanmış kimliklerle karşılaştırır; hesap sandbox modundayken her alıcının da doğrulanmış olması gerekir.",
    // amazon_ses.credentials_invalid
    "Amazon SES, hesabın AWS erişim anahtarlarından farklı olan kendi SMTP kimlik bilgilerini bekler; SES konsolunda SMTP kimlik bilgileri oluşturun ve bunları kullanın.",
    // amazon_ses.account_not_subscribed
    "Bu SMTP kimlik bilgilerinin ait olduğu AWS hesabı Amazon SES hizmetine kaydolmamış.",
    // amazon_ses.iam_not_authorized
    "Oturum açma başarılı oldu, ancak SMTP kimlik bilgilerinin ait olduğu kullanıcının IAM politikası veya gönderim yetkilendirme politikası, SES SMTP uç noktası üzerinden göndermeye izin vermiyor.",
    // amazon_ses.sending_paused
    "Amazon SES, genellikle hesabın geri dönme veya şikâyet oranlarını inceledikten sonra, tüm AWS hesabı için gönderimi duraklattı ve bu konuda AWS hesabının e-posta adresine bilgi verdi.",
    // amazon_ses.message_too_long
    "SES SMTP arayüzü, Amazon SES'in hesap için belgelediği azami ileti boyutundan büyük iletileri reddeder; ekleri küçültün veya kaldırın.",
    // amazon_ses.timeout_waiting_for_data
    "İstemcinin komutları arasında çok uzun süre geçtiği için SES SMTP sunucusu bağlantıyı kapattı.",
    // amazon_ses.temporary_auth_failure
    "SMTP kimlik bilgilerini denetlerken sorun yaşayan Amazon SES'in kendisiydi; herhangi bir şeyi değiştirmeden önce kısa bir süre bekleyip yeniden deneyin.",
    // amazon_ses.global_suppression
    "Amazon SES bu adrese göndermeyi hiç denemedi, çünkü adres yakın zamanda yaşanan kalıcı geri dönmeler nedeniyle SES bastırma listesinde (suppression list); yeniden göndermek yerine adresi listelerinizden çıkarın.",
    // apple.spamhaus_dbl
    "Burada Spamhaus'un alan adı engelleme listesinde yer alan, gönderen IP adresi değil, iletinin içinde geçen bir alan adıdır; örneğin bir bağlantıdaki alan adı.",
    // apple.proofpoint_blocklist
    "Apple, gönderen IP adresini Proofpoint'in engelleme listesi nedeniyle reddetti; yanıttaki bağlantı adresi bu listede sorgular.",
    // barracuda.blocked_using_barracuda_reputation
    "Bir Barracuda cihazının belirttiği IP adresi, bağlanan sunucudan değil bir `Received` başlık alanından alınmış olabilir; bu yüzden listeden çıkarılmayı istemeden önce hangi adresin kastedildiğini kontrol edin.",
    // barracuda.reputation_lookup_link
    "Bağlantı, Barracuda Central'da gönderen IP adresinin sorgulandığı sayfaya gider; spama yol açan sorun giderildikten sonra listeden çıkarılma orada talep edilebilir.",
    // barracuda.ess_permanent_failure_blocked
    "Alıcının Barracuda hizmeti iletiyi politikalarından biri nedeniyle reddetti; örneğin bir gönderen engeli, bir içerik filtresi veya bir itibar denetimi. Nedeni Barracuda ileti günlüğünde yalnızca alıcının yöneticisi görebilir.",
    // cisco.poor_reputation
    "Gönderen IP adresinin SenderBase (Talos) itibar puanı düşük; bu yüzden cihazın ana bilgisayar erişim tablosu (host access table) onu engellenen gönderenler grubuna koyuyor. Alıcının yöneticisi göndereni izin verilen bir gönderen grubuna ekleyebilir.",
    // comcast.es000001
    "Comcast, kendi ev bağlantısı adreslerinden doğrudan gönderilen e-postaları kabul etmez; müşterilerinin `smtp.comcast.net` üzerinden göndermesi gerekir ve bu engel kaldırılamaz.",
    // comcast.es000010
    "Comcast gönderen adresi dinamik veya ev bağlantısı adresi olarak değerlendiriyor; bunun nedeni genellikle adresin ters DNS adının sabit bir adresin adlandırma biçimine uymamasıdır.",
    // comcast.bl000001
    "Gönderen adres Spamhaus ZEN listesinde; listeden çıkarılma Spamhaus üzerinden yapılır.",
    // comcast.bl000010
    "Gönderen adres Cloudmark CSI tarafından listelenmiş; listeden çıkarılma Cloudmark üzerinden yapılır.",
    // comcast.bl000011
    "Gönderen adres hem Spamhaus ZEN listesinde yer alıyor hem de Cloudmark CSI tarafından listelenmiş.",
    // comcast.bl000100
    "Gönderen adres SenderScore engelleme listesinde.",
    // comcast.bl000101
    "Gönderen adres hem Spamhaus ZEN hem de SenderScore engelleme listesinde.",
    // comcast.bl000110
    "Gönderen adres SenderScore engelleme listesinde ve ayrıca Cloudmark CSI tarafından listelenmiş.",
    // comcast.bl006
    "Comcast bu eski kodda Spamhaus SBL veya XBL listesini belirtir; listeden çıkarılma Spamhaus üzerinden yapılır.",
    // comcast.bl007
    "Comcast bu eski kodda Cloudmark Sender Intelligence (CSI) hizmetini belirtir.",
    // comcast.too_many_sessions
    "Comcast, tek bir gönderen adresten gelen eş zamanlı bağlantıların sayısını sınırlar (postmaster sayfasına göre 25).",
    // comcast.reverse_dns_failure
    "Comcast her gönderen adres için geçerli bir ters DNS kaydı ister; sorgu yalnızca o an başarısız olmuş olabileceğinden bu yanıt geçicidir ve gönderim yeniden denenebilir.",
    // courier.sender_domain_does_not_exist
    "Courier, `MAIL FROM` adresinin alan adını (`BOFHCHECKDNS` ayarı açıkken) denetledi ve bu alan adının DNS'te bulunmadığını gördü; sorun alıcının değil, gönderenin alan adındadır.",
    // courier.sender_mx_violates_rfc1035
    "Gönderenin alan adının MX kayıtları sunucu adları yerine IP adreslerini gösteriyor; DNS buna izin vermez. Gönderen tarafın yöneticisi bu kayıtları sunucu adlarını gösterecek şekilde düzeltmelidir.",
    // courier.unicode_to_non_unicode
    "İleti veya adresleri `SMTPUTF8` gerektiriyor, ancak alıcı sunucu bunu sunmuyor. Yalnızca ASCII karakterlerinden oluşan bir adresten veya adrese gönderin ya da alıcının yöneticisinden `SMTPUTF8` desteğini etkinleştirmesini isteyin.",
    // exchange_server.bad_outbound_sender
    "Exchange Server'da bu genellikle gönderenin bir ileti hızı sınırını aştığı anlamına gelir; örneğin Exchange üzerinden çok sayıda ileti aktaran bir uygulama. Yönetici, alma bağlayıcısındaki (Receive connector) sınırı yükseltebilir ya da uygulama için bir aktarma bağlayıcısı kurabilir.",
    // exchange_server.single_label_domain
    "Alıcı adresinde nokta içermeyen bir alan adı var (örneğin `contoso.com` yerine `contoso`); Exchange alma bağlayıcıları (Receive connector) bunu varsayılan olarak reddeder.",
    // exchange_server.too_many_related_errors
    "Exchange iletiyi hatalı biçimlendirilmiş saydı ve onu, bir yöneticinin inceleyebileceği zehirli ileti kuyruğuna (poison message queue) taşıdı.",
    // exchange_server.abp_routing
    "Adres defteri politikası yönlendirme aracısı (Address Book Policy routing agent) kullanılıyor ve alıcı, gönderenin adres defteri politikasındaki adres listesinde yer almıyor; bu yüzden ikisi birbirine e-posta gönderemez.",
    // exchange_server.unrecognized_command_internal
    "Exchange sunucuları arasında bu, kurum içi e-postalar için kullanılan ve Exchange Server kimlik doğrulama yöntemi etkin olmayan bir alma bağlayıcısına (Receive connector) işaret eder; yönetici bağlayıcının kimlik doğrulama ayarlarını düzeltmelidir.",
    // exchange_server.system_incorrectly_configured
    "Exchange bir e-posta döngüsünü bu şekilde bildirir; bu genellikle bir alma bağlayıcısında (Receive connector) ayarlanan FQDN, posta akışındaki başka bir sunucunun veya cihazınkiyle aynı olduğunda olur.",
    // exchange_server.exchange_authentication
    "Exchange sunucuları arasındaki bir güvenlik duvarı veya başka bir cihaz, Exchange Server kimlik doğrulamasının ihtiyaç duyduğu `X-EXPS` komutunu engelliyor ya da kurum içi e-postalar bu kimlik doğrulama için ayarlanmamış bir bağlayıcıdan geçiyor.",
    // exim.retry_time_not_reached
    "Exim bu kez sunucuları denemedi, çünkü onlara yapılan önceki denemeler başarısız oldu ve yeniden deneme zamanları henüz gelmedi; iletiyi saklar ve daha sonra yeniden dener. İlk hata Exim'in günlüğünde yer alır.",
    // exim.lines_too_long_for_transport
    "İletide, SMTP aktarımının (transport) `message_linelength_limit` sınırından (varsayılan olarak 998 karakter) uzun bir satır var; bu yüzden Exim iletiyi bu hâliyle göndermez. Gönderen program uzun satırları bölmeli ya da quoted-printable veya base64 gibi bir aktarım kodlaması kullanmalıdır.",
    // exim.host_lookup_did_not_complete
    "Alıcının alan adı için yapılan DNS sorgusu zaman aşımına uğradı ya da şimdilik başarısız oldu; Exim iletiyi erteler ve yeniden dener.",
    // exim.mx_no_smtp_service
    "Alan adı `.` değerini gösteren bir MX kaydı (null MX) yayımlıyor; bu kayıt, alan adının hiçbir şekilde e-posta kabul etmediğini bildirir.",
    // fastmail.relay_access_denied
    "Fastmail'den gelen bu yanıt genellikle e-posta programının Fastmail'in giden posta sunucusunda oturum açmadığı anlamına gelir; programın ayarlarında SMTP kimlik doğrulamasını açın.",
    // fastmail.content_rejected
    "Fastmail bunu büyük olasılıkla virüs taşıyan ya da daha önce spam olarak bildirilmiş bir ileti için kullanır; yanlışlıkla virüs olarak işaretlenen bir ek, zip dosyası olarak gönderildiğinde geçebilir.",
    // fastmail.access_denied
    "Fastmail göndereni veya alıcıyı engelledi; örneğin spam bildirimlerinden sonra ya da kötüye kullanımı önleme sistemleri aracılığıyla. Buna yanlış ayarlanmış bir e-posta programı da yol açabilir; geri dönen e-postadaki metnin devamı daha fazla bilgi verir.",
    // fastmail.address_locked
    "Adresin ait olduğu Fastmail hesabı kilitlenmiş veya devre dışı bırakılmış; sahibi durumu Fastmail desteğiyle çözene kadar hesap e-posta almaz.",
    // free.spam_detected
    "Reddedilen iletiyi siz göndermediyseniz birisi adresinizi sahte olarak kullanmış ve Free da onun gönderdiği spamı reddetmiş olabilir.",
    // free.ip_blocked
    "Free, bir adresi gönderdiği spama veya yol açtığı hatalara göre 24 saate kadar engeller, ardından engeli kendiliğinden kaldırır; sorun giderildikten sonra adresi 24 ila 48 saat boyunca yeniden listeleyebilir.",
    // gmx.ip_block_listed
    "Yanıtın son satırı, bu durum için hazırlanmış bir GMX postmaster sayfasına bağlantı verir; bu sayfa listelemenin nedenini açıklar ve GMX ile iletişime geçmenin bir yolunu sunar.",
    // gmx.too_many_messages
    "Birkaç saat sonra yeniden deneyin ve daha yavaş gönderin; bu işe yaramazsa WEB.DE postmaster ekibiyle iletişime geçin.",
    // gmx.spf_policy
    "Özgün `MAIL FROM` adresini değiştirmeden ileten yönlendirme sunucuları bu denetimi geçemez; WEB.DE bu sunuculara SRS (Sender Rewriting Scheme) kullanmalarını önerir.",
    // gmx.mailbox_unavailable
    "GMX ve WEB.DE bu metni, uzun süre kullanılmadığı için devre dışı bırakılan posta kutuları için de kullanır.",
    // gmx.policy_ip_based
    "Bir IP adresinden gelen e-postaların büyük bir kısmı spam olarak sınıflandırıldığında WEB.DE bu adresten gelen tüm e-postaları bir süreliğine reddeder.",
    // gmx.policy_domain_based
    "Gönderenin alan adı WEB.DE tarafından bir spam kaynağı olarak biliniyor.",
    // gmx.policy_header_based
    "İletinin başlık bilgileri standartlara veya WEB.DE'nin e-posta politikasına uymuyor ya da inandırıcı görünmüyor.",
    // gmx.syntax_error_configuration
    "GMX ve WEB.DE bu metni, gönderen sunucunun yapılandırması kurallarına aykırı olduğunda kullanır; sunucunun yöneticisi yapılandırmayı düzeltmeli ve ardından GMX veya WEB.DE'den engeli kaldırmasını istemelidir.",
    // gmx.ionos_policy_violations
    "IONOS, çoğunlukla var olmayan çok sayıda adrese e-posta gönderildiği için teslim oranı düşük kalan gönderen IP adreslerini engeller ve `HELO` adı sürekli değişen sunucuları geciktirir. Adres listesini temizleyin ve sabit tek bir `HELO` adı kullanın.",
    // godaddy.ib401_auth_on_inbound
    "GoDaddy'nin gelen posta sunucuları oturum açmayı kabul etmez; e-posta programı yanlış giden posta sunucusuna ayarlanmış ve `smtpout.secureserver.net` sunucusunu kullanmalıdır.",
    // godaddy.ib501_blank_from
    "İletinin From alanı boş olduğu için GoDaddy iletiyi reddetti.",
    // godaddy.ib502_ip_as_from
    "GoDaddy, From adresinde alan adı yerine IP adresi kullanılan iletileri reddeder.",
    // godaddy.ib506_from_domain_invalid
    "From alan adının kullanılabilir MX veya adres kaydı yok ya da alan adının DNS sorgusu başarısız oldu; yeniden göndermeden önce alan adının DNS bölgesini düzeltin.",
    // godaddy.ib508_invalid_spf
    "Gönderen alan adının SPF kaydı, iletiyi gönderen sunucuya yetki vermiyor; bu sunucuyu SPF kaydına ekleyin.",
    // godaddy.ib212_spam_content
    "İletideki bir bağlantı, ek veya kalıp GoDaddy'nin spam filtrelerine takıldı.",
    // godaddy.ib007_too_many_sessions
    "Gönderen IP adresinin GoDaddy'de aynı anda açık olan çok fazla SMTP oturumu var.",
    // godaddy.ib101_server_busy
    "GoDaddy'nin e-posta kuyruğu olağandan fazla e-posta işliyor; daha sonra yeniden deneyin.",
    // godaddy.ib110_spam_block_hour
    "Gönderen IP adresi, GoDaddy'nin spam saydığı çok fazla ileti gönderdi ve bir saatliğine engellendi.",
    // godaddy.ib111_spam_block_day
    "Gönderen IP adresi, GoDaddy'nin spam saydığı çok fazla ileti gönderdi ve günün geri kalanı boyunca engellendi.",
    // godaddy.ib112_invalid_recipients_hour
    "Gönderen IP adresi var olmayan çok fazla adrese göndermeyi denedi ve bir saatliğine engellendi.",
    // godaddy.ib113_invalid_recipients_day
    "Gönderen IP adresi var olmayan çok fazla adrese göndermeyi denedi ve günün geri kalanı boyunca engellendi.",
    // godaddy.ib510_messages_per_session
    "Oturum, GoDaddy'nin izin verdiği azami ileti sayısına ulaştı; kalan iletiler için yeni bir bağlantı açın.",
    // godaddy.ib103_cloudmark_reputation
    "Gönderen IP adresinin Cloudmark Sender Intelligence (CSI) nezdindeki itibarı düşük olduğu için GoDaddy bağlantıyı reddetti.",
    // godaddy.ib104_spamhaus_sbl
    "Gönderen IP adresi Spamhaus Block List (SBL) listesinde; listeden çıkarılma Spamhaus'tan talep edilir.",
    // godaddy.ib105_spamhaus_xbl
    "Gönderen IP adresi Spamhaus Exploits Block List (XBL) listesinde; listeden çıkarılma Spamhaus'tan talep edilir.",
    // godaddy.ib106_spamhaus_pbl
    "Gönderen IP adresi Spamhaus Policy Block List (PBL) listesinde; listeden çıkarılma Spamhaus'tan talep edilir.",
    // godaddy.rbl_reject
    "Gönderen IP adresi GoDaddy'nin kendi engelleme listesinde; adresin listeden çıkarılmasını GoDaddy'den istemek için geri dönen e-postadaki bağlantıyı kullanın.",
    // godaddy.account_disabled
    "GoDaddy'ye göre bu tür hesaplar genellikle kalıcı olarak devre dışı kalır.",
    // google.dmarc_policy_rejection
    "Gmail, DMARC politikası iletiyi reddeden `From` alan adını belirtir; iletişime geçilmesi gereken kişi bu alan adının yöneticisidir.",
    // google.spf_hard_fail
    "Zarf göndereninin alan adı `-all` ile biten bir SPF kaydı yayımlıyor ve gönderen IP adresi bu kayıtta yer almıyor; bu yüzden Gmail iletiyi doğrudan reddediyor.",
    // google.spf_or_dkim_required
    "Gmail yalnızca toplu gönderenlerden değil, her gönderenden SPF veya DKIM denetimlerinden en az birini geçmesini ister; yanıt her denetimin sonucunu listeler.",
    // google.spf_suspicious_entries
    "Gmail'in itiraz ettiği şey SPF kaydının kendisidir; bu yüzden alan adının yöneticisi kaydı gözden geçirip temizlemelidir.",
    // google.spf_did_not_pass
    "Gmail `7.27` kodunu, null MX yayımlayan bir gönderen alan adı şeklindeki kayıtlı anlamıyla değil, ileti için SPF denetiminin geçilemediğini belirtmek için kullanır.",
    // google.dkim_did_not_pass
    "Gmail `7.30` kodunu, `REQUIRETLS` desteğinin gerekli olduğu şeklindeki kayıtlı anlamıyla değil, ileti için DKIM denetiminin geçilemediğini belirtmek için kullanır.",
    // google.unauthenticated
    "Gmail, ne SPF ne de DKIM denetimi geçtiğinde `7.26` gönderir; metin bunun yerine bir DMARC politikasından söz ediyorsa DMARC kuralı geçerlidir.",
    // google.not_sent_over_tls
    "Gmail `7.29` kodunu, ARC doğrulama hatası şeklindeki kayıtlı anlamıyla değil, iletinin şifreli bir bağlantı üzerinden gelmediğini belirtmek için kullanır. Gönderen sunucunun `STARTTLS` kullanması gerekir.",
    // google.tls_required_for_rcpt_domain
    "Alıcının Google Workspace yöneticisi bu alan adı için şifreli teslimat şartı koymuş; bu yüzden gönderen sunucu `STARTTLS` kullanmalıdır.",
    // google.ipv6_guidelines
    "Gmail, IPv6 üzerinden gelen e-postalar için hem gönderen adrese ait eşleşen bir PTR kaydı hem de başarılı bir SPF veya DKIM denetimi ister.",
    // google.ptr_rate_limited
    "Gmail `4.7.23` kodunu, SPF hatası şeklindeki kayıtlı anlamıyla değil, PTR kaydı olmayan ya da PTR adı kendisine geri çözümlenmeyen bir gönderen IP adresi için kullanır.",
    // google.same_message_id_quota
    "Gmail, aynı `Message-ID` değerini taşıyan kaç kopya kabul edeceğini sınırlar; gönderilen her iletinin kendine ait bir `Message-ID` değeri olmalıdır.",
    // google.unsolicited_rate_limited
    "Gmail, IP adresinizden, IP aralığınızdan, DKIM veya SPF alan adınızdan gelen ya da bağlantı alan adlarınızdan birini içeren e-postalar olağandışı bir oranda istenmeyen e-posta gibi göründüğünde `4.7.28` kullanır ve bu e-postaları bir süreliğine erteler.",
    // google.ip_not_in_whitelist
    "Alıcının Google Workspace alan adı yalnızca yöneticisinin izin verdiği IP adreslerinden e-posta kabul ediyor.",
    // google.not_authorized_to_send_directly
    "Gmail bu gönderen IP adresinden doğrudan e-posta kabul etmiyor; bunun yerine sağlayıcınızın aktarma sunucusu (relay) üzerinden gönderin.",
    // google.receiving_too_quickly
    "Gmail `4.2.1` kodunu devre dışı bir posta kutusu için değil, kabul edilenden daha hızlı e-posta alan bir alıcı ya da en yüksek aktarma hızını aşan bir Workspace müşterisi için kullanır.",
    // google.daily_relay_limit
    "Bu sınır `smtp-relay.gmail.com` üzerinde Workspace kullanıcısı veya müşterisi başına uygulanır; Workspace yöneticisi sınırları SMTP aktarma (SMTP relay) ayarlarında bulur.",
    // google.daily_quota_code
    "Gmail `5.4.5` kodunu tıkanmış bir e-posta sistemi için değil, günlük gönderim sınırına ulaşmış bir hesap veya aktarma hizmeti için kullanır.",
    // google.inbox_out_of_storage
    "Gmail depolama alanı Google Drive ve Google Fotoğraflar ile ortak kullanıldığından alıcı bunların herhangi birinde yer açabilir.",
    // google.custom_domain_policy
    "`gcdp`, iletiyi Gmail'in kendi filtrelerinin değil, bir Google Workspace yöneticisinin yazdığı bir kuralın reddettiği anlamına gelir; nedenini yalnızca o yönetici söyleyebilir ya da kuralı yalnızca o değiştirebilir.",
    // google.web_login_required
    "Gmail `5.7.14` kodunu, eksik bir güven ilişkisi şeklindeki kayıtlı anlamıyla değil, e-posta programının oturum açabilmesi için hesap sahibinin önce bir web tarayıcısında oturum açması gerektiğinde kullanır.",
    // google.mail_relay_denied
    "`smtp-relay.gmail.com` için Workspace yöneticisi, gönderen cihazın IP adresini SMTP aktarma ayarlarına kaydetmeli ya da cihazın `AUTH` ile oturum açmasını sağlamalıdır.",
    // google.invalid_credentials_for_relay
    "Kayıtlı IP adresi, iletinin geldiği alan adına ait değil; gönderen sunucu `AUTH` ile oturum açmalı ya da `HELO` veya `EHLO` komutunda Workspace alan adlarından birini bildirmelidir.",
    // google.mail_sending_denied
    "Gönderen hesap askıya alınmış ya da aktarma ayarlarının sahibi olan Google Workspace alan adının bir kullanıcısı değil.",
    // haraka.early_talker
    "Haraka'nın early_talker eklentisi yanıt vermeden önce kısa bir süre bekler ve daha yanıt verilmeden veri gönderen istemcilerin bağlantısını keser. Standarda uygun bir istemci, bir sonraki komutu göndermeden önce her yanıtı bekler.",
    // haraka.no_mx_for_from
    "`MAIL FROM` adresinin alan adının kullanılabilir bir adrese götüren MX kaydı yok; bu yüzden yanıtlar ve geri dönen e-postalar bu alan adına ulaşamaz. Gönderen tarafın yöneticisi çalışan MX kayıtları yayımlamalıdır.",
    // haraka.ssl_on_plain_socket
    "İstemci, şifresiz SMTP bekleyen bir portta TLS el sıkışması başlattı. Bu portta `STARTTLS` kullanın ya da doğrudan TLS (implicit TLS) için ayrılan porta (genellikle `465`) bağlanın.",
    // haraka.spoofed_mail_from
    "`MAIL FROM` adresi, bu Haraka sunucusunun e-postalarını ilettiği bir alan adını kullanıyor, ancak istemcinin aktarma yapmasına izin verilmiyor (örneğin oturum açmadığı için). Bu alan adından gönderim yapanlar kendi sunucuları üzerinden `AUTH` ile göndermelidir.",
    // haraka.split_transaction
    "Alıcının alan adı, daha önce kabul edilmiş alıcılardan farklı bir sonraki sunucuya (next hop) gidiyor; istemci iletiyi önce kabul edilen alıcılara teslim etmeli ve bu alıcıya yeni bir işlemde göndermelidir.",
    // haraka.credential_leak
    "İleti gövdesi, gönderenin oturum açarken kullandığı kullanıcı adını ve parolayı içeriyor; bu yüzden Haraka iletiyi göndermeyi reddetti. Göndermeden önce kimlik bilgilerini iletiden çıkarın.",
    // mail_ru.spam_message_rejected
    "Yanıt, Mail.ru'nun spam karşıtı destek sayfasına bağlantı verir ve bir hata kodu ile bir kimlik numarası içerir; meşru bir iletinin yeniden incelenmesini Mail.ru'dan isterken bunları belirtin.",
    // mail_ru.dmarc_policy
    "Sık görülen bir neden, `From` alanında bir Mail.ru adresiyle kendi sunucusu üzerinden gönderim yapan bir web sitesi veya betiktir; bunun yerine kendi alan adınıza ait bir adresten gönderin.",
    // mail_ru.dynamic_ips
    "Mail.ru, ev bağlantıları gibi dinamik saydığı adreslerden doğrudan gönderilen e-postaları reddeder; sabit adresi ve düzgün bir ters DNS kaydı olan bir e-posta sunucusu üzerinden ya da sağlayıcınız üzerinden gönderin.",
    // mail_ru.sending_disabled
    "Mail.ru bu hesaptan gönderimi durdurdu; bunun nedeni genellikle parolanın çalınıp spam göndermek için kullanıldığından şüphelenmesidir. Yeniden gönderebilmek için parolayı değiştirin veya kurtarın ve posta kutusunun sahibi olduğunuzu doğrulayın.",
    // mailgun.previously_bounced
    "Mailgun bu adrese göndermeyi denemedi, çünkü adres daha önceki bir kalıcı geri dönme nedeniyle gönderen alan adının geri dönme bastırma listesinde (bounce suppression); bu engeli yalnızca adresin yeniden çalıştığı biliniyorsa kaldırın.",
    // mailgun.unsubscribed
    "Alıcı abonelikten çıktığı için Mailgun bu adrese gönderim yapmıyor; adresi Suppressions listesinden yalnızca alıcı yeniden abone olursa çıkarın.",
    // mailgun.marked_as_spam
    "Alıcı daha önceki e-postaları spam olarak işaretlediği için Mailgun bu adrese gönderim yapmıyor; adresi Suppressions listesinden yalnızca alıcı yeniden abone olursa çıkarın.",
    // mailgun.sandbox_domain
    "Bir Mailgun sandbox alan adı yalnızca daveti kabul etmiş yetkili alıcılara (Authorized Recipients) gönderir; kendi alan adınızı ekleyin ya da adresi bir Authorized Recipient olarak ekleyin.",
    // mailgun.free_account
    "Ücretsiz bir Mailgun hesabı yalnızca yetkili alıcılara (Authorized Recipients) gönderebilir; hesabı yükseltin ya da adresi bir Authorized Recipient olarak ekleyin.",
    // mailgun.domain_unverified
    "Mailgun, bir alan adının DNS kayıtları doğrulanana kadar o alan adı adına gönderim yapmaz; Mailgun kontrol panelinde gösterilen kayıtları yayımlayın ve alan adını yeniden doğrulayın.",
    // mailgun.domain_limit_exceeded
    "Gönderen alan adı, Mailgun'ın istek, bayt veya alıcı sınırlarından birini aştı; yanıt, yeniden gönderim yapılabilecek zamanı belirtir.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online `5.1.10` kodunu, IANA kaydındaki gibi null MX için değil, adres sorgusunda bulunamayan bir alıcı için kullanır.",
    // microsoft.dbeb_recipient_rejected
    "Bu, Directory Based Edge Blocking (dizin tabanlı uç engelleme) özelliğidir: Exchange Online Protection, alıcı kurumun dizininde bulunmayan alıcıları reddeder.",
    // microsoft.relay_access_denied_5_4_1
    "Microsoft olağan nedenler olarak yanlış sunucuyu gösteren bir MX kaydını, kabul edilen alan adları arasında bulunmayan bir alan adını ya da hâlâ yayılmakta olan DNS değişikliklerini sayar.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online `5.2.2` kodunu farklı bir anlamda, dolu bir posta kutusu için değil, ileti veya alıcı hız sınırını aşan bir gönderen için kullanır; bu, hesabın ele geçirildiğinin bir işareti olabilir.",
    // microsoft.recipient_thread_limit_4_3_2
    "Alıcının posta kutusu aynı anda çok fazla ileti alıyor ve Exchange bunu bilerek kısıtlıyor; yeniden denemeler daha sonra başarılı olur.",
    // microsoft.queue_expired
    "Exchange Online bu geri dönen e-postayı göndermeden önce 24 saat boyunca yeniden dener; asıl nedeni önceki ertelemeler gösterir.",
    // microsoft.ambiguous_recipient
    "Alıcının adresi, çoğu zaman bir taşıma veya hibrit eşitleme sonrasında, birden fazla dizin nesnesinde ortak kullanılıyor; alıcının yöneticisi yinelenen adresi kaldırmalıdır.",
    // microsoft.sender_denied_5_1_0
    "Metin ne derse desin, Exchange Online burada alıcının çözümlenemediğini kastediyor; bu çoğu zaman dosya olarak kaydedilmiş bir iletiyi yanıtlarken olur. Alıcı adresini kontrol edin.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 gönderen hesabı spam nedeniyle engelledi; bunun nedeni genellikle hesabın ele geçirilmiş olmasıdır. Hesabın yeniden gönderim yapabilmesi için yöneticinin önce hesabı güvenli hâle getirmesi gerekir.",
    // microsoft.delivery_not_authorized
    "Bunun nedeni genellikle yalnızca üyelerinden veya listelenen gönderenlerden e-posta kabul eden bir grup ya da alıcının kurumundaki bir posta akışı kuralıdır.",
    // microsoft.blocklist_1
    "Bu, Microsoft'un kendi engelleme listesidir; Microsoft listelenen gönderenlerden listeden çıkarma portalını (delist portal) kullanmalarını ya da geri dönen e-postayı listeden çıkarma adresine iletmelerini ister.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online `5.7.12` kodunu, IANA kaydındaki gibi parola geçişi için değil, kendi kurumu dışından gelen e-postaları reddeden bir alıcı için kullanır.",
    // microsoft.public_folder_5_7_13
    "Exchange Online `5.7.13` kodunu, IANA kaydındaki gibi devre dışı bir hesap için değil, harici gönderenleri reddeden bir ortak klasör için kullanır.",
    // microsoft.mta_sts_certificate
    "Hedefin sertifikası güvenilir bir kök sertifikaya zincirlenmeli ve alan adının MTA-STS politikasında listelenen sunucunun adını içermelidir.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365, IPv6 üzerinden gelen anonim e-postaları yalnızca SPF veya DKIM denetimi geçtiğinde kabul eder.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365, kendisine e-posta gönderen her IPv6 adresi için bir PTR kaydı ister.",
    // microsoft.customer_block_list
    "IP adresini alıcı kurumun kendisi engelledi; bu yüzden girdiyi yalnızca o kaldırabilir.",
    // microsoft.as345_nested_attachments
    "Microsoft bu reddi iç içe eklerle ilişkilendirir; örneğin kendisi de ek taşıyan ve ek olarak gönderilmiş bir ileti.",
    // microsoft.x_dg_ref_header
    "Microsoft bu reddi Zengin Metin (Rich Text) biçimindeki iletilerle ilişkilendirir; HTML veya düz metin olarak göndermek bu sorunu önler.",
    // mimecast.spf_sender_invalid
    "Mimecast iletiyi reddediyor, çünkü bağlanan IP adresi gönderen alan adının `SPF` kaydında yok. Gönderen tarafın yöneticisi gönderim yapan tüm sunucuları `SPF` kaydına eklemelidir; alıcının Mimecast yöneticisi ise bunun yerine DNS Authentication politikasındaki gelen `SPF` ayarını gevşetebilir.",
    // mimecast.dkim_sender_invalid
    "Mimecast'in giden `DKIM` imzası DNS'te yayımlanan anahtarla eşleşmiyor. DNS'teki ortak anahtarın ve DNS Authentication politikasındaki özel anahtar, alan adı ve seçicinin (selector) birbirine ait olduğunu kontrol edin.",
    // mimecast.internal_resources_unavailable
    "Mimecast bu yanıtı, olağan bir sunucunun yeniden deneyerek geçtiği gri listeleme için, ama aynı zamanda itibarı düşük bir gönderen IP adresi için de kullanır. Alıcının yöneticisi göndereni bir Auto Allow veya Permitted Senders politikasıyla muaf tutabilir.",
    // mimecast.local_ct_ip_reputation
    "Mimecast'in sürekli itibar denetimleri gönderen IP adresini, çoğu zaman daha önceki geçici retlerden sonra, reddetti. Alıcının yöneticisi bir Auto Allow veya Permitted Senders politikasıyla gönderene izin verebilir; Mimecast ayrıca IP aralığının yeniden incelenmesini istemek için bir form sunar.",
    // mimecast.sender_address_blocked
    "Alıcının Mimecast hesabındaki bir Blocked Senders politikası gönderenle eşleşti; girdiyi yalnızca o hesabın yöneticisi kaldırabilir.",
    // mimecast.account_service_unavailable
    "Mimecast hesabının aynı anda açık çok fazla gelen bağlantısı var (varsayılan olarak 20). Daha sonra yeniden deneyin ve giden e-postaları veya günlük kaydı (journal) e-postalarını Mimecast'e bunun için yetkilendirilmemiş bir IP adresinden göndermeyin.",
    // mimecast.maximum_email_size_exceeded
    "İleti, bir Email Size Limit politikasının ya da Mimecast'in kendi sınırının izin verdiğinden büyük. Kodlama iletiyi eklerinin toplamından çok daha büyük hâle getirdiğinden geniş bir pay bırakın.",
    // mimecast.mail_loop_detected
    "Mimecast, 25 atlamayı (hop) geçen bir iletiyi reddeder. İlgili adresler arasında yönlendirme kuralları olup olmadığına bakın.",
    // mimecast.open_relay_not_allowed
    "Ne gönderenin ne de alıcının alan adı bir Mimecast hesabına ait ya da bağlanan IP adresi yetkili bir giden adres değil. Bir Mimecast müşterisi, yetkili giden adresin eklenmesini Mimecast Support'tan istemelidir.",
    // mimecast.account_inbounds_disabled
    "Alıcı kurumun Mimecast hesabının tamamı için gelen e-posta kapatılmış. Kurumun yöneticisi, gelen trafiğe yeniden izin verilmesini Mimecast Support'tan istemelidir.",
    // mimecast.account_outbounds_disabled
    "Gönderen kurumun Mimecast hesabı için giden e-posta kapatılmış. Kurumun yöneticisi, giden trafiğe yeniden izin verilmesini Mimecast Support'tan istemelidir.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "Bir Anti-Spoofing politikası, dışarıdan gelen ve alıcının kendi alan adına ait bir adresten geldiğini öne süren bir iletiyi durdurdu. Meşru bir gönderim hizmeti için, onun adresine veya IP adresine hiçbir işlem uygulamayan bir Anti-Spoofing politikası gerekir.",
    // mimecast.header_based_anti_spoofing
    "Bir Anti-Spoofing politikası, dışarıdan gelen ve alıcının kendi alan adına ait bir adresten geldiğini öne süren bir iletiyi durdurdu. Meşru bir gönderim hizmeti için, onun adresine veya IP adresine hiçbir işlem uygulamayan bir Anti-Spoofing politikası gerekir.",
    // mimecast.content_examination_policy
    "Alıcının hesabındaki bir Content Examination politikası iletiyle eşleşti. O hesabın yöneticisi politikayı ayarlayabilir ya da bir Content Examination Bypass politikası ekleyebilir.",
    // mimecast.host_network_not_allowed
    "Bir Geographical Restriction politikası, gönderen sunucunun ağından veya ülkesinden gelen e-postaları reddediyor; bunu yalnızca alıcının yöneticisi değiştirebilir.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast bunu, gönderenin adresi veya alan adı bir Blocked Senders politikasıyla eşleştiğinde ya da `SPF` kesin olarak başarısız olduğunda (hard fail) gönderir. Alıcının yöneticisi politikayı, göndereni kapsam dışında bırakacak şekilde değiştirebilir.",
    // mimecast.envelope_blocked_user_entry
    "Alıcı, gönderenin adresini kişisel Managed Senders listesinde engellemiş. Girdiyi alıcının veya yöneticisinin kaldırması gerekir.",
    // mimecast.envelope_blocked_user_domain_entry
    "Alıcı, gönderenin alan adını kişisel Managed Senders listesinde engellemiş. Girdiyi alıcının veya yöneticisinin kaldırması gerekir.",
    // mimecast.manually_blocked_senders
    "Gönderen, alıcının kişisel engelleme listesinde. Girdiyi Managed Senders listesinden alıcının veya yöneticisinin kaldırması gerekir.",
    // mimecast.blocked_senders_header_from
    "Bir Blocked Senders politikası `From` başlığındaki adresle eşleşti. Politikayı yalnızca alıcının yöneticisi değiştirebilir veya silebilir.",
    // mimecast.blocked_senders_envelope_from
    "Bir Blocked Senders politikası zarf göndereniyle (`MAIL FROM`) eşleşti. Politikayı yalnızca alıcının yöneticisi değiştirebilir veya silebilir.",
    // mimecast.incorrect_authentication_data
    "`587` portu üzerinden Mimecast'e gönderim için kurum içi bir kullanıcının adresi ve bu kullanıcının Mimecast bulut parolası gerekir.",
    // mimecast.route_requires_tls
    "Bir Secure Receipt veya Secure Delivery politikası `TLS` şart koşuyor. Gönderen sunucuda `STARTTLS` özelliğini ve geçerli sertifikaları etkinleştirin ve hiçbir güvenlik duvarının veya proxy sunucusunun şifrelemeye müdahale etmediğini kontrol edin.",
    // mimecast.route_requires_tls12
    "Gönderen sunucu 1.2'den eski bir `TLS` sürümü önerdi; bir Secure Receipt veya Secure Delivery politikası bunu reddeder.",
    // mimecast.route_requires_high_strength_ciphers
    "Gönderen sunucunun önerdiği şifreleme takımları (cipher), bir Secure Receipt veya Secure Delivery politikasının izin verdiğinden daha zayıf.",
    // mimecast.unable_to_process_connection
    "Mimecast sunucusu azami yükünde çalışıyor; gönderen sunucunun yalnızca yeniden denemesi gerekir.",
    // mimecast.message_ended_early
    "İleti düzgün biçimde sonlanmadı; bunun nedeni çoğu zaman Cisco'nun SMTP fixup veya MailGuard özelliği gibi bir güvenlik duvarı özelliğinin oturumu değiştirmesidir. Gönderen tarafta bu tür SMTP denetimlerini kapatın.",
    // mimecast.too_many_recipients
    "Mimecast ileti başına en fazla 100 alıcı kabul eder ve geri kalanların başka bir işlemde gönderilmesini ister. Bu yanıtı istemciye iletmeyen güvenlik duvarı SMTP denetim özellikleri kapatılmalıdır.",
    // mimecast.outbound_thread_limit
    "Hesabın aynı anda çok fazla giden bağlantısı var; daha küçük gruplar hâlinde gönderin.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast bir virüs imzası ya da sınırını aşan bir spam puanı buldu. Spam denetimleri alıcının Permitted Senders veya Auto Allow politikasıyla atlanabilir, virüs denetimleri ise atlanamaz; Mimecast ayrıca bir Sender Feedback formu sunar.",
    // naver.no_such_user
    "Yanıt, Naver'ın geri dönen e-postalarla ilgili yardım sayfasına bağlantı verir; adresin `@naver.com` öncesindeki kısmı mevcut değil.",
    // opensmtpd.no_mx_found
    "OpenSMTPD alıcının alan adı için kullanılabilir bir MX veya adres kaydı bulamadı. Bunu geçici sayar ve iletinin süresi dolana kadar yeniden denemeyi sürdürür; bu yüzden beklemeden önce alan adında yazım hatası olup olmadığını kontrol edin.",
    // opensmtpd.domain_does_not_accept_mail
    "Alıcının alan adı bir null MX, yani hiçbir şekilde e-posta almadığını bildiren bir kayıt yayımlıyor.",
    // opensmtpd.list_expansion_problem
    "OpenSMTPD bu metni `X.2.4` ile birlikte yalnızca e-posta listeleri için değil, alıcı takma adlar veya bir `~/.forward` dosyası aracılığıyla genişletilirken oluşan her hata için kullanır. Sunucunun yöneticisi bu dosyaları ve sunucu günlüğünü kontrol etmelidir.",
    // orange.abusix_listed
    "100 kodu, gönderen adresin Abusix tarafından listelendiği anlamına gelir; adresi lookup.abusix.com üzerinden kontrol edin.",
    // orange.spamhaus_listed
    "101 kodu, gönderen adresin Spamhaus tarafından listelendiği anlamına gelir; adresi check.spamhaus.org üzerinden kontrol edin.",
    // orange.cloudmark_listed
    "102 kodu, gönderen adresin Cloudmark tarafından listelendiği anlamına gelir; csi.cloudmark.com üzerinden sıfırlama isteyin.",
    // orange.orange_blocklist
    "103 kodu, gönderen adresi Orange'ın kendisinin engellediği anlamına gelir; Orange'ın iletişim formunu kullanın ve teslim edilebilirlik sorunu seçeneğini seçin.",
    // orange.too_many_connections
    "Orange, gönderen adres başına en fazla 2 eş zamanlı bağlantı önerir.",
    // orange.missing_ptr
    "Orange, gönderen adres için, içerdiği sunucu adı yine aynı adrese çözümlenen bir PTR kaydı ister.",
    // orange.too_many_messages_per_connection
    "Orange, bağlantı başına en fazla 100 ileti gönderilmesini önerir.",
    // orange.invalid_helo
    "Orange, `HELO`/`EHLO` komutunda DNS'te çözümlenen tam nitelikli bir sunucu adı (FQDN) ister.",
    // orange.sender_domain_dns
    "Orange, `MAIL FROM` içindeki alan adı için geçerli A veya MX kayıtları bulamadı; bir DNS değişikliğinden sonra önbellekteki kayıtların süresinin dolmasını bekleyin.",
    // orange.sender_domain_listed
    "425 kodu, adresin değil, gönderenin alan adının Abusix veya Spamhaus tarafından listelendiği anlamına gelir.",
    // orange.suspected_spam
    "Yanlış pozitif durumunda Orange, gönderenlerden iletişim formunu kullanmalarını ve teslim edilebilirlik sorunu seçeneğini seçmelerini ister.",
    // orange.ofr_999
    "Orange, uygunsuz davranıştan sonra bir gönderenin hızını 999 koduyla sınırlar; daha düşük bir hızla devam etmeden önce ne gönderildiğini kontrol edin.",
    // outlook_com.required_authentication_level
    "Microsoft bunu, bireysel kullanıcılara yönelik hizmetlerine 5.000 veya daha fazla ileti gönderen alan adlarına uygular ve SPF, DKIM ile hizalı biçimde geçen bir DMARC denetimi bekler.",
    // outlook_com.block_list_s3140
    "Bu Outlook.com engelleme listesinden çıkarılma, Microsoft 365 listeden çıkarma portalı (delist portal) üzerinden değil, Microsoft'un bireysel e-posta hizmetleri için sunduğu gönderen destek formu üzerinden istenir.",
    // outlook_com.block_list_s3150
    "Bu Outlook.com engelleme listesinden çıkarılma, Microsoft 365 listeden çıkarma portalı (delist portal) üzerinden değil, Microsoft'un bireysel e-posta hizmetleri için sunduğu gönderen destek formu üzerinden istenir.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com bu IP adresinden gelen e-postaları adresin itibarı nedeniyle erteliyor ve göndereni `postmaster.live.com` sitesine yönlendiriyor.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft, bir `@hotmail.com` veya `@outlook.com` adresi bulunamadığında bu ifadelerle birlikte `5.5.0` gönderir; bu, `5.1.10` ile aynı anlama gelir.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com, `From` alan adı DMARC denetimini geçemeyen ve `p=reject` yayımlayan e-postaları reddeder.",
    // ovh.auth_failed_or_spam_block
    "OVHcloud'dan gelen bu yanıt, şüpheli spam nedeniyle hesapta gönderimin engellendiği anlamına da gelebilir. Hesabın durumunu OVHcloud Control Panel üzerinden kontrol edin; engel orada parola değiştirilerek ya da bir destek talebi açılarak kaldırılır.",
    // ovh.bad_sequence_means_no_auth
    "OVHcloud'a göre sunucularından gelen bu yanıt genellikle e-posta programının SMTP sunucusunda kimlik doğrulaması yapmadığı anlamına gelir.",
    // ovh.unrecognised_address_arguments
    "OVHcloud'un giden posta sunucusu verilen From veya To adresini kullanamadı; OVHcloud ayrıca hesap başına saatte 200, IP adresi başına saatte 300 iletilik gönderim sınırlarına dikkat çeker.",
    // ovh.missing_spf_dkim
    "OVHcloud, gönderen alan adı için bir SPF kaydı yayımlamayı ve e-posta paketinde bu özellik varsa DKIM'i açmayı önerir.",
    // ovh.queue_too_long
    "OVH bir iletiyi giden kuyruğunda 24 saat tutar; alıcının sunucusuna bu süre içinde ulaşılamazsa ileti bu metinle geri döner.",
    // postfix.helo_host_not_found
    "Postfix bunu `reject_unknown_helo_hostname` için gönderir: istemcinin `HELO` veya `EHLO` komutunda verdiği adın adres veya MX kaydı yok. Gönderen sunucunun yöneticisi, sunucunun DNS'te çözümlenen bir ad bildirmesini sağlamalıdır.",
    // postfix.helo_not_fqdn
    "Postfix bunu `reject_non_fqdn_helo_hostname` için gönderir: istemci `HELO` veya `EHLO` komutunda alan adı içermeyen yalın bir ad bildirdi. Gönderen sunucu, tam sunucu adını bildirecek şekilde yapılandırılmalıdır.",
    // postfix.multi_recipient_bounce
    "`reject_multi_recipient_bounce` ayarlıysa Postfix, gönderen adresi boş olan (yani geri dönen e-posta olan) ve birden fazla alıcısı bulunan bir iletiyi reddeder, çünkü gerçek geri dönen e-postalar yalnızca tek bir adrese gider.",
    // postfix.insufficient_system_storage
    "Postfix, kuyruk dosya sistemindeki boş alan `queue_minfree` değerinden az olduğunda ya da izin verilen en büyük boyuttaki bir iletiye yetmediğinde `452 4.3.1` ile yanıt verir; gönderen sunucu daha sonra yeniden dener.",
    // postfix.undeliverable_address
    "Postfix alıcıyı `reject_unverified_recipient` ile, bir sonraki sunucuyu yoklayarak denetledi ve yoklama başarısız oldu; o sunucunun yanıtı `undeliverable address` ifadesinden sonra gelir.",
    // postfix.dns_try_again
    "Geçici bir DNS hatası: alan adının ad sunucuları zamanında yanıt vermedi ya da bir sunucu hatası döndürdü. Postfix iletiyi saklar ve yeniden dener; sorun sürerse alan adının DNS sunucularını kontrol edin.",
    // postfix.mailbox_file_too_large
    "Yerel posta kutusu dosyası Postfix'in `mailbox_size_limit` sınırına (varsayılan olarak yaklaşık 50 MB) ulaştı. Posta kutusunu boşaltın veya arşivleyin ya da `main.cf` dosyasında sınırı yükseltin.",
    // postfix.non_smtp_command
    "Postfix (`smtpd` veya `postscreen`), istemci SMTP komutu olmayan bir şey, örneğin bir ileti başlığı satırı gönderdiğinde bağlantıyı keser; bunun nedeni genellikle istemcinin iletiyi `DATA` komutu olmadan göndermeye başlamasıdır.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation, gönderen IP adresinden spam geldiği için adresi engelledi. Engel, spam durduktan bir süre sonra kalkar; daha erken bir inceleme istemek için yanıtta bağlantısı verilen formu kullanın ve alıcının kim olduğunu ve ne tür e-postaların engellendiğini belirtin.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "Bu, Proofpoint Dynamic Reputation engelinin eski biçimidir; Apple'ın iCloud e-posta sunucuları da bunu gönderir.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation, spam gönderen IP adreslerini geciktirir veya engeller. Bir gecikme dakikalar içinde kendiliğinden ortadan kalkar; bir engel ise spam durana ya da bir inceleme talebi kabul edilene kadar sürer.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials, alıcıyı SMTP Discovery özelliğinin geçersiz adresler listesine almış. Posta kutusu mevcutsa alıcının yöneticisi adresi bu listeden çıkarmalıdır.",
    // qmail.chkuser_security_policies
    "Bu yanıtı chkuser yaması, bir oturumda sınırın izin verdiğinden fazla bilinmeyen veya hatalı biçimlendirilmiş alıcı verildiğinde gönderir; ardından sonraki her alıcıyı, ret `#5.1.1` gibi bir kod taşısa bile, aynı nedenle reddeder. Geçersiz adresleri listeden çıkarın ve yeni bir oturumda gönderin.",
    // qmail.best_preference_mx
    "Bu qmail sunucusu alan adı için en öncelikli MX sunucusu, ancak alan adını `control/locals` içinde listelemiyor; bu yüzden iletiyi ileri göndermek onu yine kendisine döndürürdü. Sunucunun yöneticisi alan adını yerel olarak yapılandırmalı ya da MX kayıtlarını düzeltmelidir.",
    // qmail.dns_temporary
    "Bu, qmail-remote'un geçici bir DNS hatası (`#4.1.2`) için kullandığı metindir ve kalıcı bir hata olan \"couldn't find any host named\" ifadesinden farklıdır. İleti kuyrukta kalır ve yeniden denenir.",
    // qmail.from_and_auth_not_same
    "Yamalı qmail-smtpd, `MAIL FROM` adresinin `AUTH` ile oturum açan hesabın adresi olmasını şart koşar. E-posta programındaki gönderen adresini oturum açılan adres olarak ayarlayın.",
    // qq.ip_frequency_limited
    "QQ Mail, tek bir gönderen IP adresinin dakika, saat ve gün başına teslim edebileceği e-posta miktarını sınırlar ve bir sınır aşıldığında adresi birkaç dakika, birkaç saat ya da günün geri kalanı boyunca engeller. Sınırlar yayımlanmadığından bir süre ara verin, ardından daha yavaş gönderin.",
    // qq.sender_frequency_limited
    "Buradaki sınır tek bir gönderen adresi içindir; QQ Mail rakamları yayımlamaz ve bekleme süresi dakikalık, saatlik veya günlük sınırdan hangisinin aşıldığına bağlıdır.",
    // qq.recipient_flooded
    "Metin ne derse desin adres mevcut: alıcı kısa sürede çok sayıda e-posta aldı ve QQ Mail posta kutusunu korumak için bir süreliğine daha fazlasını reddediyor. Daha sonra yeniden deneyin.",
    // qq.mail_content_denied
    "QQ Mail, kullanıcılarının çoğunun spam olarak bildirdiği toplu e-postalara benzeyen içerikleri reddeder.",
    // qq.suspected_spam_sender
    "QQ Mail, gönderenin alan adından ya da gönderen sunucuyu işleten taraftan çok miktarda spam geldiğini gördü ve bu kaynaktan gelen e-postaları reddediyor.",
    // qq.rejected_by_recipients
    "Alıcı, göndereni kişisel engelleme listesine eklemiş ya da bu e-postayı reddeden bir filtre oluşturmuş; bunu yalnızca alıcı değiştirebilir.",
    // rackspace.throttled_too_much_spam
    "Rackspace gönderen sunucudan çok fazla spam aldı ve bu sunucudan gelen e-postaları erteliyor; daha sonra yeniden gönderin ve alıcıdan alan adınızı güvenli listeye eklemesini isteyin.",
    // rackspace.g2_concurrent_connections
    "Rackspace, tek bir gönderen IP adresinin aynı anda açık tutabileceği bağlantı sayısını sınırlar; paralel bağlantıların sayısını azaltın.",
    // rackspace.g1f_no_ptr
    "Rackspace her gönderen IP adresi için bir PTR kaydı ister.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace alıcı adresini şu an için denetleyemedi; birkaç dakika sonra yapılan bir yeniden deneme genellikle başarılı olur.",
    // rackspace.g30_mailbox_rate
    "Rackspace, bir posta kutusunun kısa sürede alabileceği e-posta miktarını sınırlar; bu, alıcıyı örneğin bir liste bombardımanından (list bomb) korur ve daha sonra yapılan bir yeniden deneme genellikle başarılı olur.",
    // rackspace.g16_routing_loop
    "Döngü birkaç dakika içinde ortadan kalkmazsa Rackspace durumun `postmaster@emailsrvr.com` adresine bildirilmesini ister.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace gönderen alan adının DMARC politikasını şu an için sorgulayamadı; birkaç dakika sonra yapılan bir yeniden deneme genellikle başarılı olur.",
    // rackspace.g28_untrusted_ip
    "Rackspace, yeni veya güvenilmeyen bir gönderen IP adresinden, bu adres iyi bir gönderim geçmişi oluşturana kadar yalnızca az miktarda e-posta kabul eder; adresi kademeli olarak ısındırın ve daha yavaş gönderin.",
    // sendgrid.sender_identity
    "SendGrid yalnızca From adresi doğrulanmış bir Sender Identity ile eşleşen e-postaları gönderir: SendGrid hesabında doğrulanmış tek bir gönderen adresi ya da kimliği doğrulanmış bir alan adı.",
    // sendgrid.credits_exceeded
    "SendGrid her iletiyi hesabın e-posta kredilerinden düşer ve krediler tükenince daha fazlasını reddeder; SendGrid'in belgelerine göre sınırın kaldırılması için SendGrid desteğiyle iletişime geçilmelidir.",
    // sendgrid.recipients_this_hour
    "SendGrid bu tür iletileri erteler ve 72 saate kadar yeniden denemeyi sürdürür.",
    // sendgrid.unauthenticated_senders
    "İstemci, önce oturum açmadan `smtp.sendgrid.net` sunucusuna bir ileti teslim etti; istemciyi, parola olarak bir SendGrid API anahtarı kullanarak her bağlantıda kimlik doğrulaması yapacak şekilde yapılandırın.",
    // sendgrid.bad_username_password
    "SendGrid kullanıcı adını veya API anahtarını tanımıyor; SendGrid hesabında parolanın sıfırlanması, hâlâ eski parolayı kullanan entegrasyonları da bozar.",
    // sendgrid.drop_bounced_address
    "SendGrid iletiyi hiç denemeden attı, çünkü adres daha önceki bir geri dönme nedeniyle hesabın geri dönme listesinde (bounce list); girdiyi yalnızca adresin yeniden çalıştığı biliniyorsa silin.",
    // sendgrid.drop_unsubscribed
    "Alıcı, hesabın abonelikten çıkanlar listesinde olduğu için SendGrid iletiyi attı.",
    // sendgrid.drop_spam_report
    "Alıcı daha önce bu hesaptan gelen e-postaları spam olarak bildirdiği için SendGrid iletiyi attı.",
    // sendgrid.drop_spam_content
    "Hesabın SendGrid'deki kendi Spam Checker ayarı iletiyi spam olarak sınıflandırdı ve attı.",
    // sendgrid.drop_invalid_smtpapi
    "İletinin `X-SMTPAPI` başlığı geçerli bir JSON olmadığı ya da yanlış oluşturulduğu için SendGrid iletiyi attı.",
    // sendmail.host_name_lookup_failure
    "Bu, Sendmail'in geçici bir DNS hatası (`TRY_AGAIN`) için kullandığı metindir: ad sunucuları şimdilik bir yanıt vermedi; bu yüzden ileti kuyrukta kalır ve yeniden denenir.",
    // sendmail.address_requires_smtputf8
    "Adreste ASCII dışı karakterler var, ancak istemci `MAIL FROM` komutunda `SMTPUTF8` parametresini vermedi.",
    // sendmail.mx_list_points_back
    "Bu sunucu alan adının MX sunucularından biri olarak listelenmiş, ancak alan adını yerel olarak kabul etmiyor; bu yüzden iletiyi yine kendisine gönderirdi. Yönetici alan adını sunucunun yerel adlarına eklemeli ya da MX kayıtlarını düzeltmelidir.",
    // stalwart.invalid_ehlo_domain
    "Stalwart, FQDN olmayan adları reddetme seçeneği açıkken tam nitelikli olmayan `EHLO` adlarını reddeder. Gönderen sunucu tam sunucu adını bildirmelidir.",
    // stalwart.extension_disabled
    "İstemci, bu sunucunun kapattığı bir uzantıya (örneğin `DSN` veya `FUTURERELEASE`) ait bir `MAIL FROM` veya `RCPT TO` parametresi kullandı. Bu parametre olmadan gönderin.",
    // stalwart.dane_failed
    "Alıcının alan adı DANE (`TLSA`) kayıtları yayımlıyor ve sunucusunun sertifikası bu kayıtlarla eşleşmedi; bu yüzden Stalwart iletiyi teslim etmedi. Alıcının yöneticisi `TLSA` kayıtlarını veya sertifikayı güncellemelidir.",
    // stalwart.mta_sts_failed
    "Alıcının alan adının bir MTA-STS politikası var ve sunucusu bu politikayı karşılamadı (geçerli bir sertifika yok ya da sunucu politikada listelenmemiş). Alıcının yöneticisi politikayı veya sunucuyu düzeltmelidir.",
    // stalwart.concurrency_limited
    "Stalwart'ın o hedefe açılan bağlantılar için koyduğu kendi giden bağlantı sınırına ulaşıldı; ileti kuyrukta kalır ve yeniden denenir.",
    // yahoo.tss04
    "Yahoo `[TSS04]` kodunu hacim, şikâyetler, spama benzeyen içerik veya düşük IP itibarı nedeniyle ertelenen e-postalar için kullanır; durum sürerse Yahoo, hatanın tamamını içeren bir Sender Support Request gönderilmesini ister.",
    // yahoo.ts01
    "Yahoo yaklaşık dört saat sonra yeniden denemeyi, hata 48 saat sürerse de e-postaların içeriğini ve gönderim uygulamalarını gözden geçirmeyi önerir.",
    // yahoo.ts03
    "Kod geçici olsa da Yahoo, istenmeyen gibi görünen toplu e-postalar gördüğü için listeler ve abonelik uygulamaları kontrol edilene kadar yeniden gönderilmemesini önerir.",
    // yahoo.permanently_deferred
    "Yahoo'ya göre yeniden denemek işe yaramaz; önce gönderim uygulamasının değişmesi gerekir.",
    // yahoo.bl21
    "Yahoo, Spamhaus tarafından listelenen adreslerden gelen bağlantıları reddeder; adresi spamhaus.org üzerinden kontrol edin.",
    // yahoo.bl23
    "`[BL23]`, virüs bulaşmış makineleri ve açık proxy sunucularını listeleyen Spamhaus XBL listesini belirtir.",
    // yahoo.ph01
    "Yahoo'nun içerik engelleri (`PH` kodları) virüsleri, kimlik avını, fidye yazılımlarını ve diğer kötü amaçlı yazılımları, ayrıca bunlardan herhangi birine giden bağlantıları kapsar.",
    // yahoo.policy_reasons_579
    "Yahoo bunu, ileti DKIM, SPF veya DMARC denetimlerini geçemediğinde gönderir; bunun nedeni çoğu zaman `From` alan adının, iletinin geçemediği bir DMARC politikası yayımlamasıdır.",
    // yahoo.unauthenticated_sender
    "Yahoo her gönderenin SPF veya DKIM denetimini geçmesini ister; toplu gönderenler için ikisi birden ve ayrıca bir DMARC politikası gerekir.",
    // yahoo.unresolvable_from_domain
    "Yahoo, `MAIL FROM` ve `From` başlığındaki alan adlarını bir SOA sorgusuyla denetler; bu yüzden burada kullanılan bir alt alan adının A veya MX kayıtlarının yanı sıra kendi SOA kaydı da olmalıdır.",
    // yahoo.not_rfc_compliant
    "Yahoo nedenler arasında yinelenen veya hatalı biçimlendirilmiş başlık alanlarını ve yanlış MIME türlerini sayar.",
    // yahoo.resources_unavailable
    "Yahoo'ya göre sunucuları yoğundu; bu durum normalde hiçbir şey değiştirmeden kısa süre içinde düzelir.",
    // yahoo.vs1_unknown_recipients
    "Yahoo, bir sunucu çok sayıda geçersiz alıcıya gönderim yaptığında `VS1-IP` ve `VS1-MF` gönderir ve bunu açık aktarma (open relay) belirtisi sayar; geri dönen adresleri listelerden çıkarın.",
    // yahoo.aol_rly_b1
    "AOL bu otomatik engeli üye şikâyetleri eşiğini aştığında koyar ve şikâyetler azaldıktan sonra 24 saat içinde kaldırır; AOL bir şikâyet geri bildirim döngüsü (feedback loop) kullanılmasını önerir.",
    // yahoo.aol_rtr_du
    "AOL, Spamhaus'un dinamik ve ev bağlantısı adresleri listelerini kullanır ve bu adreslerden doğrudan gelen e-postaları kabul etmez.",
    // yahoo.aol_rtr_bb
    "AOL, dinamik veya ev bağlantısı olarak listelediği adresleri reddeder; sunucunun tam nitelikli bir sunucu adı (FQDN) olduktan sonra engel talep üzerine kaldırılabilir.",
    // yahoo.aol_rtr_rd
    "AOL, gönderen adresin ters DNS adı dinamik bir adresinkine benzediğinde e-postayı reddeder.",
    // yahoo.aol_rtr_bl
    "AOL bunu, düşük itibar nedeniyle IP adresine konan kalıcı bir engel olarak tanımlar ve gönderenlerden bir destek talebi açmadan önce şikâyet geri bildirim döngüsüne katılmalarını ister.",
    // yahoo.aol_rly_sn
    "AOL, `From` veya `Reply-To` olarak ayrılmış bir AOL adresi kullanan ya da bir AOL iştirakinden geldiğini öne sürüp yetkisiz bir IP adresinden gelen e-postaları reddeder.",
    // yandex.suspicion_of_spam
    "Yandex'in filtresi içeriği spam olarak değerlendirdi. Bir posta kutusu spamdan başka bir şey göndermediğinde Yandex 24 saat boyunca bu kutudan gelen e-postaları kabul etmez; meşru toplu e-posta gönderenler Yandex'in dürüst e-posta listelerine ilişkin şartlarına uymalıdır.",
    // yandex.blocked_by_spam_statistics
    "Yandex, yalnızca spam gönderen bir kaynaktan gelen e-postaları 24 saat boyunca engeller; spam durursa engel kendiliğinden kalkar.",
    // yandex.client_host_blocked
    "Yandex'te bu satır, yalnızca spam gönderen kaynaklara uygulanan aynı 24 saatlik engelin bir parçasıdır; herkese açık bir engelleme listesinde yer alındığı anlamına gelmeyebilir.",
    // yandex.policy_rejection_target
    "Yandex, kullanıcı sözleşmesini ihlal ettiği için alıcının hesabını engelledi. Hesabın sahibi doğru kişisel bilgilerini girerek ya da Yandex desteğiyle iletişime geçerek engeli kaldırtabilir.",
    // yandex.mailbox_size_exceeded
    "Bu genellikle alıcının posta kutusunu nadiren kullandığı anlamına gelir; posta kutusunun yeniden e-posta alabilmesi için alıcının Yandex Mail'e web üzerinden giriş yapması gerekir.",
    // yandex.no_such_user
    "Yandex bilinmeyen bir alıcıyı, genellikle politika retleri için kullanılan `5.7.1` koduyla bildirir; bu yüzden belirleyici olan metindir.",
    // yandex.recipient_rate_limit
    "Alıcı yüksek bir hızla e-posta alıyor; bu yüzden Yandex şimdilik gelen diğer e-postaları erteliyor. Daha sonraki bir deneme genellikle başarılı olur. Buradaki `4.2.1` kodu posta kutusunun devre dışı olduğu anlamına gelmez.",
    // zoho.unusual_sending_activity
    "Zoho, hesapta olağandışı etkinlik görüldükten sonra hesabı engelledi; `5.4.6` kodu burada bir e-posta döngüsü anlamına gelmez. Geçici bir engel bir süre sonra kalkar; Zoho'nun UnblockMe sayfasından veya Admin Console üzerinden daha erken de kaldırılabilir.",
    // zoho.rejected_by_destination_domain
    "Alıcı kurumun Zoho'da kurduğu bir filtre iletiyi reddetti; bunu yalnızca o kurumun yöneticisi değiştirebilir.",
    // zoho.restricted_by_policy
    "Alıcı kurumun Zoho'da kurduğu bir filtre iletiyi reddetti; bunu yalnızca o kurumun yöneticisi değiştirebilir.",
    // zoho.temporary_system_error
    "Zoho'daki alıcı alan adı şu an için e-posta kabul etmiyor; daha sonraki bir deneme genellikle başarılı olur. `4.3.1` kodu posta kutusunun dolu olduğu anlamına gelmez.",
    // zoho.dmarc_rejected
    "Bir `zoho.com` göndereni için bu genellikle adresin, Zoho'nun SMTP sunucularından geçmeden başka bir hizmetten veya uygulamadan kullanıldığı anlamına gelir.",
    // zoho.relaying_disallowed_as
    "ZeptoMail, alan adı hesabın gönderim yapmaya yetkili olduğu alan adlarından biri olmayan `From` adreslerini reddeder.",
    // zoho.subject_mandatory
    "ZeptoMail konusu olmayan iletileri reddeder; burada gönderdiği `5.2.1` kodu devre dışı bir posta kutusu anlamına gelmez.",
];

/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next.
pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [
    // 421 vs 503
    [
        "Sunucu bağlantıyı kapattı mı?",
        "`421` için evet: sunucu oturumu sonlandırır ve bu oturumda başka hiçbir şeyi işlemez. `503` için hayır: oturum açık kalır; yalnızca sırası dışında gönderilen komut reddedilmiştir.",
        "Sunucu, örneğin aşırı yüklendiği veya kapandığı için bu oturuma hizmet vermeyi bırakmak zorunda. `421` yanıtını karşılama mesajı yerine ya da herhangi bir komuta yanıt olarak gönderebilir.",
        "Daha sonra yeniden bağlanın; iletide bir sorun yok. Gönderen bir e-posta sunucusu iletiyi kuyrukta tutar ve kendiliğinden yeniden dener.",
        "İstemci geçerli bir komutu oturumun yanlış bir noktasında gönderdi; örneğin `MAIL FROM` öncesinde `RCPT TO` ya da kabul edilmiş bir alıcı yokken `DATA`.",
        "İstemcideki komut sırasını düzeltin; aynı sırayı tekrarlamak yine başarısız olur. `503` yanıtından önceki yanıta da bakın: buna çoğu zaman daha önceki bir ret yol açar.",
    ],
    // 450 vs 550
    [
        "Aynı deneme hiçbir şey değiştirilmeden daha sonra başarılı olabilir mi?",
        "`450` için evet: posta kutusu yalnızca şimdilik kullanılamıyor; bu yüzden aynı ileti yeniden denendiğinde geçebilir. `550` için hayır: ret kalıcıdır ve önce bir şeyin değişmesi gerekir.",
        "Posta kutusu meşgul veya kilitli ya da gri listeleme gibi bir politika gönderenden daha sonra tekrar gelmesini istiyor. Genellikle `RCPT TO` komutuna veya ileti verisinin sonuna yanıt olarak gelir.",
        "Genellikle bir şey yapmanız gerekmez: gönderen sunucu iletiyi kuyruğa alır ve yeniden dener. Gecikmeler günlerce sürerse gönderenin yöneticisi yanıt metnini okur ve alıcının postmaster adresine başvurur.",
        "Posta kutusu yok, gönderenin ona erişimi yok ya da yerel politika e-postayı reddediyor; örneğin aktarmaya izin verilmediği ya da bir gönderen denetimi başarısız olduğu için. Hangisi olduğunu genişletilmiş kod söyler.",
        "Genişletilmiş kodu okuyun: `5.1.1` için adresi düzeltin; `5.7.1` gibi bir politika reddinde gönderenin yöneticisi SPF, DKIM ve engelleme listelerini kontrol eder. İletiyi değiştirmeden yeniden göndermeyin.",
    ],
    // 421 vs 450
    [
        "Ret oturumun tamamını sonlandırıyor mu?",
        "`421` için evet: sunucu bağlantıyı kapatır ve bu oturumda başka hiçbir şeyi işlemez. `450` için hayır: yalnızca bu posta kutusu veya ileti ertelenir; oturum devam edebilir.",
        "Sunucu şu anda istemciye hizmet veremiyor; örneğin aşırı yüklü olduğu, bağlanan sunucuyu gri listeye aldığı ya da kapandığı için. `421` yanıtını karşılama mesajı olarak ya da herhangi bir komuta yanıt olarak gönderir.",
        "Gönderen sunucunun giderek artan aralıklarla daha sonra yeniden bağlanmasına izin verin. Tek bir gönderen IP adresi bunu sürekli alıyorsa gönderim hızını düşürün ve engelleme listelerini kontrol edin.",
        "Posta kutusu meşgul veya kilitli ya da gri listeleme gibi bir denetim bu iletinin daha sonra tekrar gelmesini istiyor. Sunucu `RCPT TO` komutuna veya ileti verisinin sonuna bu şekilde yanıt verir.",
        "Gönderen sunucu iletiyi o alıcı için kuyrukta tutar ve daha sonra yeniden dener; oturumdaki diğer alıcılar olağan şekilde işlenir.",
    ],
    // 421 vs 451
    [
        "Bu yanıttan sonra bağlantı kapanıyor mu?",
        "`421` için evet: sunucu oturumun tamamından vazgeçer ve onu kapatır. `451` için hayır: yalnızca o anki adım yerel bir hata nedeniyle başarısız oldu; bağlantı açık kalır.",
        "Hizmet bütünüyle şimdilik kullanılamıyor: sunucu aşırı yüklü, gri listeleme uyguluyor ya da kapanmak zorunda. `421` yanıtını karşılama mesajı olarak ya da herhangi bir komuta gönderir ve kanalı kapatır.",
        "Daha sonra yeniden bağlanın; gönderen sunucu kendi zamanlamasıyla yeniden dener. Sürekli tekrarlanıyorsa çoğu zaman nedeni belirten yanıt metnini okuyun.",
        "Sunucu `MAIL FROM`, `RCPT TO` ya da ileti verisini işlerken bir iç denetim veya sorgu başarısız oldu; örneğin yanıt vermeyen bir DNS veya veritabanı sorgusu.",
        "Daha sonra yeniden deneyin; çoğu durum kendiliğinden düzelir. Tekrarlanırsa yanıt veren sunucunun yöneticisi başarısız olan bileşeni günlüklerde bulmalıdır.",
    ],
    // 452 vs 552
    [
        "Gönderen sunucu kendiliğinden yeniden deneyecek mi?",
        "`452` için evet: sunucunun depolama alanı şimdilik yetersiz ya da alıcı sınırına ulaşıldı; bu yüzden ileti kuyrukta kalır. `552` için hayır: bir boyut veya depolama sınırı e-postayı kesin olarak reddetti ve ileti geri döner.",
        "Sunucunun kaynakları şu anda yetersiz: boş disk alanı, `SIZE` ile bildirilen boyut için yer ya da ileti başına alıcı sınırı.",
        "Alıcı sayısı fazlaysa iletiyi önce kabul edilmiş alıcılara teslim edin, kalanları daha sonraki bir işlemde gönderin. Depolama sorununda daha sonra yeniden deneyin; sorun sürerse sunucunun yöneticisi yer açar.",
        "İleti sunucunun ya da posta kutusunun kabul ettiğinden büyük veya alıcının posta kutusu dolu (`5.2.2`). `SIZE` içeren bir `MAIL FROM` komutuna, `RCPT TO` komutuna ya da ileti verisine yanıt olarak gelebilir.",
        "İletiyi küçültün (örneğin büyük dosyaları bağlantı olarak paylaşın) ve `EHLO` yanıtındaki `SIZE` sınırının altında kalın. Posta kutusu doluysa önce alıcının yer açması gerekir.",
    ],
    // 550 vs 553
    [
        "Sorun adresin yazılış biçiminde mi?",
        "`550` için hayır: adres okunabiliyor, ancak posta kutusu yok ya da politika e-postayı reddediyor. `553` için evet: adres hatalı biçimlendirilmiş, sunucunun kabul etmediği karakterler içeriyor ya da belirsiz.",
        "Posta kutusu yok, gönderenin ona erişimi yok ya da aktarma (relay) veya spam politikası gibi yerel bir kural e-postayı reddediyor.",
        "Genişletilmiş kodu okuyun: `5.1.1` için adresi alıcıyla doğrulayın; `5.7.1` için gönderenin yöneticisi SPF, DKIM ve engelleme listelerini kontrol eder.",
        "`MAIL FROM` veya `RCPT TO` içindeki adres sözdizimi kurallarına uymuyor ya da sunucunun kabul etmediği karakterler içeriyor veya bir `VRFY` adı birden fazla kullanıcıyla eşleşiyor.",
        "Adresin her karakterini dikkatle kontrol edin: tam olarak bir `@` olmalı, boşluk veya fazladan ayraç bulunmamalı ve alan adı eksiksiz olmalı. Adresi düzeltip yeniden gönderin.",
    ],
    // 550 vs 551
    [
        "Yanıt, alıcı için başka bir adres gösteriyor mu?",
        "`550` için hayır: posta kutusu herhangi bir yönlendirme ipucu verilmeden reddedilir. `551` için evet: kullanıcı bu sunucuda yerel değil ve metin genellikle bunun yerine kullanılacak adresi belirtir.",
        "Posta kutusu yok, gönderenin ona erişimi yok ya da yerel politika e-postayı reddediyor. Yeni bir adresi açıklamak istemeyen siteler de `550` ile yanıt verir.",
        "Genişletilmiş kodu ve metni okuyun, ardından adresi düzeltin ya da bir politika reddi söz konusuysa durumu gönderenin yöneticisine inceletin. Değiştirmeden yeniden göndermek yine başarısız olur.",
        "Alıcı taşınmış ya da e-postaları başka bir yerde işleniyor ve site iletiyi kendisi yönlendirmek yerine yeni adresi açıklamayı tercih ediyor.",
        "Metindeki adresin makul olup olmadığını kontrol edin, iletiyi oraya gönderin ve kişinin bilgilerini güncelleyin. Adres verilmemişse alıcıya başka bir yoldan sorun.",
    ],
    // 550 vs 554
    [
        "Sunucu bu kodu karşılama mesajı yerine gönderebilir mi?",
        "`550` için hayır: bir komuta yanıt verir ve tipik olarak tek bir posta kutusunu, göndereni veya iletiyi reddeder. `554` için evet: oturumun tamamını daha karşılamada reddedebilir; başka noktalarda ise işlemin tamamını başarısız kılar.",
        "Bir alıcı bilinmiyor (`5.1.1`) ya da ona aktarma yapılmasına izin verilmiyor, gönderen reddediliyor veya politika iletiyi `DATA` sonrasında reddediyor.",
        "Bilinmeyen bir alıcı için adresi düzeltin. Politika reddinde gönderenin yöneticisi SPF, DKIM veya engelleme listesi sorunlarını giderir ya da alıcının postmaster adresine başvurur.",
        "Sunucu bu istemciyi en baştan reddediyor, `DATA` geldiğinde hiçbir alıcı kabul edilmemişti ya da içerik ileti verisinden sonra reddedildi. Daha kesin bir kod uymadığında kullanılan genel koddur.",
        "Metni ve genişletilmiş kodu okuyun; değiştirmeden yeniden göndermek işe yaramaz. `554` karşılamasından sonra gönderen alan adının yöneticisi engelleme listelerini kontrol eder ya da alıcı siteyle iletişime geçer.",
    ],
    // 500 vs 501
    [
        "Sunucu komut sözcüğünü tanıdı mı?",
        "`500` için hayır: komutun kendisi bilinmiyordu ya da satır okunamayacak kadar uzundu. `501` için evet: komut biliniyor, ancak ardından gelen adres, parametre veya argüman geçersiz.",
        "Komut sözcüğü yanlış yazılmış ya da bu sunucu onu tanımıyor veya komut satırı standart sınırdan uzun. `AUTH` sırasında fazla uzun bir yanıt satırını da bu kod bildirir.",
        "İstemciyi düzeltin: komutu doğru yazın, satırları sınır içinde tutun ve uzantı komutlarını yalnızca `EHLO` yanıtı bunları listeliyorsa kullanın.",
        "Komuttan sonra gelen kısım kabul edilemez: örneğin `MAIL FROM` veya `RCPT TO` içinde hatalı biçimlendirilmiş bir adres, geçersiz bir `EHLO` argümanı ya da argüman almayan bir komuta eklenmiş argümanlar.",
        "Argümanları düzeltin: adresler iki nokta üst üste işaretinin çevresinde boşluk olmadan açılı ayraçlar içinde yazılmalı, parametre adları ve değerleri geçerli olmalı, fazladan argüman bulunmamalı. Yanıt metni çoğu zaman hatayı gösterir.",
    ],
    // 502 vs 504
    [
        "Sunucu komutun kendisini destekliyor mu?",
        "`502` için hayır: bu sunucu komutu hiç sunmuyor. `504` için evet: komut destekleniyor, ancak onunla birlikte verilen seçenek veya değer (örneğin bir `AUTH` mekanizması) desteklenmiyor.",
        "Komut tanınıyor ancak uygulanmamış ya da yönetici tarafından kapatılmış; tipik olarak `VRFY`, `EXPN` veya `HELP`. Çok eski sunucular `EHLO` komutuna bu şekilde yanıt verir.",
        "Komutu bu sunucuda tekrarlamayın; onsuz devam edin ve `EHLO` reddedildiyse `HELO` komutuna geri dönün. Bu özelliğe gerçekten ihtiyacınız varsa sunucunun yöneticisine sorun.",
        "İstemci sunucunun işlemediği bir türev istedi; çoğunlukla sunucunun desteklemediği ya da şifrelemeden önce izin vermediği bir `AUTH` mekanizması (`5.5.4`).",
        "Sunucunun sunduğu bir seçeneği kullanın: `EHLO` yanıtındaki listeden, gerekiyorsa `STARTTLS` sonrasında, bir `AUTH` mekanizması seçin. Aksi hâlde komutu desteklenmeyen parametre olmadan gönderin.",
    ],
    // 530 vs 535
    [
        "Kimlik bilgileri denetlenip reddedildi mi?",
        "`530` için hayır: hiçbir şey denetlenmedi; komut önce oturum açılmasını ya da bazı sunucularda `STARTTLS` yapılmasını gerektiriyor. `535` için evet: sunucu kullanıcı adını ve parolayı ya da diğer kimlik bilgilerini denetledi ve reddetti.",
        "İstemci `AUTH` ile oturum açmadan ya da şifreleme şart koşan bir sunucuda `STARTTLS` yapmadan `MAIL FROM` veya başka bir komut gönderdi.",
        "E-posta programında giden sunucu için kimlik doğrulamayı, metin istiyorsa TLS'i de açın. Yazılım, hepsi `MAIL FROM` öncesinde olmak üzere, önce `STARTTLS`, ardından yeniden `EHLO` ve sonra `AUTH` gönderir.",
        "Bir `AUTH` alışverişi eşleşmeyen kimlik bilgileriyle sona erdi: yanlış bir parola, bilinmeyen bir kullanıcı ya da hesap için yetersiz kimlik bilgileri. Genellikle `5.7.8` ile birlikte gelir.",
        "E-posta programında kayıtlı kullanıcı adını ve parolayı kontrol edip düzeltin; bazı sağlayıcılar göndermek için ayrı bir parola ister. Aynı kimlik bilgileriyle yeniden denemeyin.",
    ],
    // 550 vs X.1.1
    [
        "Kod tek başına posta kutusunun var olmadığını söylüyor mu?",
        "`550` için hayır: yalnızca eylemin kesin olarak reddedildiğini söyler; neden bu olabileceği gibi politika gibi başka bir şey de olabilir. `5.1.1` için evet: tek bir nedeni, yani e-posta kabul eden bir alan adında posta kutusunun bulunmadığını belirtir.",
        "Sunucu bir adresi veya iletiyi kalıcı olarak reddediyor: bilinmeyen bir alıcı, izin vermediği bir aktarma, reddedilen bir gönderen ya da `DATA` sonrasında politika gereği reddedilen bir e-posta.",
        "Harekete geçmeden önce `550` sonrasındaki genişletilmiş koda ve metne bakın: düzeltilmesi gerekenin adres mi yoksa gönderenin yapılandırması mı olduğunu bunlar belirler.",
        "Alıcının alan adı e-posta kabul ediyor, ancak `@` işaretinden önce belirtilen posta kutusu orada yok. Alıcı sunucular bunu genellikle `RCPT TO` komutuna `550 5.1.1` olarak gönderir.",
        "`@` işaretinden önceki kısmın yazımını kontrol edin ve adresi alıcıyla başka bir yoldan doğrulayın. Aynı adrese yeniden göndermek işe yaramaz.",
    ],
    // 4.7.1 vs 5.7.1
    [
        "Gönderen sunucu kendiliğinden yeniden denemeyi sürdürecek mi?",
        "`4.7.1` için evet: politika reddi geçici olarak işaretlenmiştir; bu yüzden ileti kuyrukta kalır ve yeniden denenir. `5.7.1` için hayır: ret kalıcıdır ve bir şey değişmedikçe ileti geri döner.",
        "Bir güvenlik veya politika kuralı göndereni şimdilik reddediyor ve sunucu bu durumun geçmesini bekliyor. IANA kaydı `451` kodunu bunu taşıyabilen yanıtlar arasında listeler.",
        "Gönderen sunucunun yeniden denemeyi sürdürmesine izin verin. Birkaç saat sonra hâlâ başarısız oluyorsa ilgili kuralı görmek için yanıt metnini okuyun ve alıcının postmaster adresine başvurun.",
        "Politika bu gönderenin bu alıcıya e-posta göndermesine izin vermiyor: aktarma reddediliyor, bir filtre sunucuyu veya göndereni engelliyor ya da bir SPF denetimi başarısız oldu. Tipik olarak `550 5.7.1` olarak gelir.",
        "Eşleşen kuralı görmek için metni okuyun. Aktarma yerine kendi sunucunuzda oturum açın, SPF veya DMARC'ı gönderenin yöneticisine düzelttirin ya da adı geçen engelleme listesinden çıkarılma talebinde bulunun.",
    ],
    // X.1.0 vs X.1.1
    [
        "Kod, adreste neyin yanlış olduğunu tam olarak söylüyor mu?",
        "`X.1.0` için hayır: bir adres sorunu ayrıntı verilmeden bildirilir; nedeni yalnızca yanıt metni söyler. `X.1.1` için evet: `@` işaretinden önce belirtilen posta kutusu o alan adında yok.",
        "Gönderen veya bir alıcı için yapılan adres denetimi, belirli adresleme kodlarının hiçbirinin kapsamadığı bir nedenle başarısız oldu. `2.1.0` biçiminde ise yalnızca kabul edilen bir `MAIL FROM` komutunu doğrular.",
        "İki adreste de yazım hatası ya da fazladan karakter olup olmadığını ve alan adının doğru olduğunu kontrol edin, koddan sonraki metni okuyun. Adresler doğruysa reddeden sunucunun yöneticisine sorun.",
        "Alıcının alan adı e-posta kabul ediyor, ancak posta kutusu orada yok. Genellikle `RCPT TO` komutuna `550 5.1.1` olarak gönderilir ya da geri dönen bir e-postada bildirilir.",
        "`@` işaretinden önceki kısmı düzeltin ya da alıcıdan güncel adresini alın; aynı adrese yeniden göndermek yine başarısız olur.",
    ],
    // X.2.2 vs X.3.4
    [
        "Sorun bu iletinin boyutu mu?",
        "`X.2.2` için hayır: alıcının posta kutusu kotasını doldurmuş; bu yüzden küçük bir ileti bile sığmaz. `X.3.4` için evet: ileti, alıcı sistemin kim için olursa olsun kabul ettiğinden büyük.",
        "Bir alıcının posta kutusu depolama kotasına ulaştı. Sunucu `RCPT TO` komutuna veya ileti verisinin sonuna `4.2.2` ile ya da `552` ve `5.2.2` ile yanıt verir.",
        "Alıcıya başka bir kanaldan haber verin; yer açabilecek ya da kotayı artırabilecek olan yalnızca alıcı veya yöneticisidir. `4.2.2` sonrasında sunucunuz yeniden dener; `5.2.2` sonrasında iletiyi daha sonra yeniden gönderin.",
        "İleti, `MAIL FROM` aşamasında bildirilen `SIZE` değerine ya da veriden sonraki gerçek boyuta göre sistemin azami boyutunu aşıyor. `552` veya `554` ile birlikte `5.3.4` olarak gelir.",
        "İletiyi küçültün; örneğin büyük dosyaları bir bağlantıyla paylaşın. `EHLO` yanıtında `SIZE` sonrasında bir sayı varsa bu, sunucunun bayt cinsinden sınırıdır.",
    ],
    // X.7.0 vs X.7.1
    [
        "Kodun kendisi bu gönderenin bu alıcıya teslimat yapamayacağını söylüyor mu?",
        "`X.7.0` için hayır: bir güvenlik veya politika kuralı komutu durdurdu, ancak kod hiçbir neden belirtmiyor. `X.7.1` için evet: politika bu gönderenin bu alıcıya teslimat yapmasına izin vermiyor.",
        "Bir güvenlik kuralı bir komutu durdurdu ve daha kesin bir kod kullanılmıyor: geçici bir oturum açma arızası için `454 4.7.0`, önce `AUTH` veya `STARTTLS` gerektiğinde `530 5.7.0` ya da açıklanmayan bir engel.",
        "`530` sonrasında önce `STARTTLS` çalıştırın veya `AUTH` ile oturum açın; `454` sonrasında parolayı değiştirmeden daha sonra yeniden deneyin. Diğer durumlarda metni okuyun ya da postmaster adresine sorun.",
        "Alıcı taraf aktarmayı reddediyor, gönderen sunucuyu veya göndereni bir filtreyle engelliyor ya da SPF veya DMARC denetiminden geçemeyen e-postayı reddediyor.",
        "Eşleşen kuralı görmek için metni okuyun. Aktarma yerine kendi giden sunucunuz üzerinden gönderin ve SPF, DKIM veya DMARC kayıtlarını gönderenin yöneticisine düzelttirin.",
    ],
    // 450 vs 451
    [
        "Sunucunun içinde bir şey başarısız oldu mu?",
        "`450` için hayır: sunucu çalıştı, ancak posta kutusu meşgul ya da gri listeleme gibi bir denetim daha sonra yeni bir deneme istiyor. `451` için evet: sunucu komutu işlerken içindeki bir sorgu veya hizmet başarısız oldu.",
        "Posta kutusu meşgul veya kilitli ya da gri listeleme veya geçici bir engel bu göndereni erteliyor. Sunucular bunu `RCPT TO` komutundan veya ileti verisinden sonra gönderir.",
        "Gönderen sunucunun yeniden denemesine izin verin; gri listeye takılan e-posta sonraki bir denemede geçer. Gecikmeler günlerce sürerse yanıt metnini okuyun ve alıcının postmaster adresine başvurun.",
        "`MAIL FROM`, `RCPT TO` ya da ileti verisi işlenirken bir iç sorgu veya bileşen başarısız oldu; örneğin yanıt vermeyen bir DNS veya veritabanı sorgusu.",
        "Gönderen sunucunun daha sonra yeniden denemesine izin verin. Tekrarlanırsa yanıt veren sunucunun yöneticisi, `4.4.3` gibi kodların yardımıyla başarısız olan bileşeni günlüklerde bulur.",
    ],
    // 451 vs 452
    [
        "Sunucunun yeri tükendi mi ya da bir alıcı sınırına ulaşıldı mı?",
        "`451` için hayır: sunucu komutu işlerken içindeki bir şey, örneğin bir sorgu, başarısız oldu. `452` için evet: depolama alanı yetersiz ya da iletinin alıcı sayısı sunucunun kabul ettiği sayıya zaten ulaştı.",
        "Sunucu `MAIL FROM`, `RCPT TO` ya da ileti verisini işlerken bir DNS veya veritabanı sorgusu ya da bir iç hizmet başarısız oldu.",
        "Daha sonra yeniden deneyin; çoğu durum kendiliğinden düzelir. Tekrarlanırsa yanıt veren sunucunun yöneticisi başarısız olan bileşeni günlüklerde bulmalıdır.",
        "Sunucunun ileti için ya da `SIZE` ile bildirilen boyut için yeterli disk alanı yok veya `RCPT TO` tek bir ileti için belirlenen alıcı sınırını aştı.",
        "İletiyi önce kabul edilmiş alıcılara, kalanlara ise daha sonraki bir işlemde gönderin. Depolama sorununda, sunucunun yöneticisi yer açarken daha sonra yeniden deneyin.",
    ],
    // 550 vs 552
    [
        "Sorun e-postanın boyutu ya da posta kutusunun depolama alanı mı?",
        "`550` için hayır: adres veya e-posta başka bir nedenle, örneğin bilinmeyen bir posta kutusu ya da politika yüzünden reddediliyor. `552` için evet: ileti çok büyük ya da alıcının depolama alanı tükenmiş.",
        "Alıcı bilinmiyor, aktarmaya izin verilmiyor, gönderen reddediliyor ya da politika iletiyi `DATA` sonrasında reddediyor.",
        "Genişletilmiş kodu okuyun: `5.1.1` için adresi düzeltin; `5.7.1` gibi bir politika reddinde gönderenin yöneticisi SPF, DKIM ve engelleme listelerini kontrol eder.",
        "Bildirilen `SIZE` değeri veya iletinin gerçek boyutu sunucunun ya da posta kutusunun sınırını aşıyor veya alıcının posta kutusu dolu (`5.2.2`).",
        "İletiyi küçültün; örneğin büyük dosyaları eklemek yerine bağlantı olarak paylaşın. Posta kutusu doluysa alıcının yer açması gerekir.",
    ],
    // 534 vs 535
    [
        "Aynı parola başka bir oturum açma mekanizmasıyla çalışabilir mi?",
        "`534` için evet: yalnızca seçilen mekanizma, bu hesap için fazla zayıf bulunduğu için reddedildi. `535` için hayır: kimlik bilgilerinin kendisi kabul edilmedi ve düzeltilmeleri gerekiyor.",
        "İstemci, sunucunun politikasının o kullanıcı için izin verdiğinden daha zayıf bir `AUTH` mekanizması belirtti. `5.7.9` ile birlikte gelir.",
        "`EHLO` yanıtındaki listeden daha güçlü bir mekanizmayla `AUTH` komutunu yeniden deneyin ya da e-posta programında kimlik doğrulama yöntemini değiştirin. Yeni bir parola işe yaramaz.",
        "`AUTH` sonunda parola yanlıştı, kullanıcı bilinmiyordu ya da kimlik bilgileri hesap için yetersizdi. Genellikle `5.7.8` ile birlikte gelir.",
        "E-posta programında kayıtlı kullanıcı adını ve parolayı düzeltin; bazı sağlayıcılar e-posta göndermek için ayrı bir parola ister.",
    ],
    // 534 vs 538
    [
        "Bu mekanizma için bağlantıyı şifrelemek yeterli olur mu?",
        "`534` için hayır: politika bu kullanıcı için daha güçlü bir mekanizma istiyor; bu yüzden istemcinin başka bir mekanizma seçmesi gerekir. `538` için evet: mekanizmaya izin veriliyor, ancak yalnızca şifreli bir bağlantı üzerinden.",
        "`AUTH` komutunda belirtilen mekanizma, sunucunun o hesap için izin verdiğinden daha zayıf (`5.7.9`).",
        "`EHLO` yanıtında `AUTH` sonrasında listelenenlerden daha güçlü bir mekanizma seçin ya da e-posta programında kimlik doğrulama yöntemini değiştirin.",
        "Eski bir sunucu, `STARTTLS` çalıştırılmamış bir bağlantıda, tipik olarak açık metin bir mekanizmayla gönderilen `AUTH` komutunu aldı (`5.7.11`). RFC 4954 bu kodu kullanımdan kaldırdı.",
        "`STARTTLS` gönderin, ardından yeniden `EHLO` gönderin ve `AUTH` komutunu şifreli bağlantı üzerinden tekrarlayın; bir e-posta programında giden sunucu için TLS'i etkinleştirin.",
    ],
    // 454 vs 535
    [
        "Kimlik bilgileri yanlış bulundu mu?",
        "`454` için hayır: sunucu, kendi tarafındaki geçici bir arıza nedeniyle bunları denetleyemedi ya da TLS başlatamadı. `535` için evet: sunucu kimlik bilgilerini denetledi ve reddetti.",
        "Parolaları denetleyen hizmet `AUTH` sırasında yanıt vermiyor ya da `STARTTLS` geldiğinde TLS yapılandırması kullanılamıyor; örneğin sertifika yüklenemediği için.",
        "Parolayı değiştirmeyin; daha sonra yeniden deneyin. Sorun sürerse sunucunun yöneticisi kimlik doğrulama hizmetini veya TLS yapılandırmasını kontrol etmelidir.",
        "Bir `AUTH` alışverişi yanlış bir parola, bilinmeyen bir kullanıcı ya da hesap için yetersiz kimlik bilgileriyle sona erdi.",
        "E-posta programındaki kullanıcı adını ve parolayı düzeltin. İstemci yazılımı aynı kimlik bilgileriyle yeniden denemek yerine kullanıcıya yeniden sormalıdır.",
    ],
    // 220 vs 554
    [
        "Sunucu bu istemciye hizmet vermeye istekli mi?",
        "`220` için evet: sunucu hazır ve istemci `EHLO` ile devam eder. `554` için hayır: karşılama olarak gönderildiğinde istemciyi doğrudan reddeder ve bu oturumda hiçbir e-posta gönderilemez.",
        "Sunucu yeni bağlanan istemci için hazır ya da `STARTTLS` komutuna yanıt olarak TLS el sıkışmasını başlatmaya hazır.",
        "`EHLO` gönderin. `STARTTLS` komutuna `220` aldıktan sonra önce el sıkışmasını tamamlayın, ardından `EHLO` komutunu yeniden gönderin.",
        "Sunucu bu istemciyi en baştan reddediyor (\"No SMTP service here\"); genellikle politika gönderen sunucuyu veya IP adresini engellediği için.",
        "`QUIT` gönderin ve hiçbir şeyi değiştirmeden yeniden denemeyin. Gönderen alan adının yöneticisi IP adresini engelleme listelerinde kontrol eder ya da alıcı siteyle iletişime geçer.",
    ],
    // 250 vs 251
    [
        "Yanıt, alıcının başka bir adrese taşındığını söylüyor mu?",
        "`250` için hayır: komut yalnızca başarılı oldu; sunucu bunu belirtmeden iletiyi yönlendiriyor bile olabilir. `251` için evet: kullanıcı yerel değil ve sunucu iletiyi adını belirttiği adrese yönlendirecek.",
        "Komut başarılı oldu: kabul edilen bir `EHLO`, `MAIL FROM` veya `RCPT TO` ya da son noktadan sonra, sunucunun sorumluluğunu üstlendiği bir ileti.",
        "Düzeltilecek bir şey yok; bir sonraki komutla devam edin. Verisi gönderildikten sonra kabul edilen bir ileti hiç ulaşmadıysa bu sunucudan sonraki bir aşamada kaybolmuştur.",
        "`RCPT TO` veya `VRFY` içindeki alıcı taşınmış; sunucu e-postayı kabul ediyor ve yeni adresi belirterek iletiyor. `ETRN` komutuna yanıt olarak ise bekleyen e-posta olmadığı anlamına gelir.",
        "Bu ileti için bir şey yapmanız gerekmez. Gönderen, sonraki e-postaların doğrudan yeni adrese gitmesi için adres defterini güncelleyebilir.",
    ],
    // 250 vs 252
    [
        "Sunucu `VRFY` komutuna verdiği yanıtta adresi doğruluyor mu?",
        "`250` için evet: sunucu kullanıcıyı doğruladı ve posta kutusunu belirtiyor. `252` için hayır: adrese gelen e-postayı kabul edip teslim etmeye çalışacak, ancak posta kutusunun var olup olmadığı hakkında hiçbir şey söylemiyor.",
        "Sunucu `VRFY` veya `EXPN` içinde adı geçen kullanıcıyı doğruladı ve posta kutusuyla yanıt veriyor. Diğer komutlara verilen `250` ise yalnızca başarıyı bildirir.",
        "Düzeltilecek bir şey yok; yanıt, sunucunun o adresi doğruladığını gösterir.",
        "Sunucu adresleri doğrulamıyor, çünkü bu çoğu zaman spam gönderenlerin adres toplamasını kolaylaştırır. Bu yüzden her `VRFY` ve `EXPN` komutuna bu şekilde yanıt verir.",
        "Bunu posta kutusunun var olduğunun kanıtı saymayın. Bunu ancak bir ileti gönderip geri dönen e-posta gelip gelmediğini izleyerek öğrenebilirsiniz.",
    ],
    // 250 vs 354
    [
        "Sunucu iletiyi teslim edilmek üzere kabul etti mi?",
        "Son noktadan sonra gelen `250` için evet: sunucu iletinin sorumluluğunu üstlendi. `354` için hayır: sunucu yalnızca iletiyi bekliyor ve henüz hiçbir şey kabul edilmedi.",
        "İletinin son noktasından (veya son `BDAT` parçasından) sonra sunucu iletiyi üstlendi; onu teslim edecek ya da daha sonra bir geri dönüş bildirimi gönderecek. Sunucu olağan komutları da `250` ile kabul eder.",
        "Düzeltilecek bir şey yok. İleti hiç ulaşmazsa birçok sunucunun yanıt metnine eklediği kuyruk kimliğiyle iletiyi o sunucunun günlüklerinde izleyin.",
        "En az bir alıcı kabul edildikten sonra sunucu `DATA` komutunu kabul etti ve şimdi başlığı, gövdeyi ve yalnızca tek bir nokta içeren bir satırı bekliyor.",
        "İletiyi gönderin, nokta satırıyla bitirin ve son yanıtı bekleyin. Oturumlar burada takılıyorsa sunucular arasında yavaş veya kararsız bir bağlantı olup olmadığına bakın.",
    ],
    // 220 vs 421
    [
        "Sunucu bu oturuma hizmet vermeye hazır mı?",
        "`220` için evet: karşılama mesajı istemciyi `EHLO` ile devam etmeye davet eder. `421` için hayır: sunucu şu anda hizmet veremiyor ve bağlantıyı kapatıyor; yine de daha sonraki bir deneme başarılı olabilir.",
        "Sunucu yeni bağlanan istemci için hazır ya da `STARTTLS` sonrasında bağlantıyı şifrelemeye hazır.",
        "`EHLO` ile devam edin ya da önce TLS el sıkışmasını tamamlayıp ardından `EHLO` komutunu yeniden gönderin.",
        "Sunucu aşırı yüklü, istemciyi gri listeye alıyor ya da kapanıyor; bu yüzden `421` ile karşılıyor ya da herhangi bir komuta bununla yanıt veriyor ve kanalı kapatıyor.",
        "Gönderen sunucunun iletiyi kuyrukta tutmasına ve giderek artan aralıklarla daha sonra yeniden bağlanmasına izin verin. Sürekli tekrarlanıyorsa nedeni görmek için metni okuyun.",
    ],
    // 221 vs 421
    [
        "İstemci bağlantının sonlandırılmasını istedi mi?",
        "`221` için evet: `QUIT` komutuna düzgün bir vedalaşmayla yanıt verir. `421` için hayır: sunucu devam edemediği için bağlantıyı kendiliğinden kapatır.",
        "İstemci oturumun sonunda `QUIT` gönderdi. Sunucunun oturumun önceki aşamalarında onayladığı her şey onaylı olarak kalır.",
        "Düzeltilecek bir şey yok. Aynı oturumda bir teslimat başarısız olduysa `QUIT` komutundan hemen önceki yanıta bakın.",
        "Sunucu aşırı yüklü ya da kapanmak zorunda; bu yüzden istemciyi daha karşılamada geri çeviriyor ya da herhangi bir komuttan sonra oturumu sonlandırıyor.",
        "Daha sonra yeni bir oturumda yeniden deneyin; iletide bir sorun yok. Bağlantı kapandığında henüz onaylanmamış bir işlemin yeniden gönderilmesi gerekir.",
    ],
    // 421 vs 521
    [
        "İstemci daha sonra yeniden denerse sunucu e-postayı kabul edebilir mi?",
        "`421` için evet: hizmet yalnızca şimdilik kullanılamıyor. `521` için hayır: bu sunucu hiç kimse için e-posta kabul etmez; bu yüzden yeniden denemek anlamsızdır.",
        "Aşırı yük, gri listeleme veya kapanma sunucunun oturuma hizmet vermesini engelliyor; bu yüzden karşılama mesajı yerine ya da herhangi bir komuta yanıt olarak `421` gönderiyor.",
        "İletiyi kuyrukta tutun ve giderek artan aralıklarla daha sonra yeniden deneyin; iletide hiçbir şeyin değişmesi gerekmez.",
        "Bu sunucu, e-posta almayan bir sunucu veya alan adı için çalıştırılan göstermelik bir sunucudur ve her istemciyi `220` yerine `521` ile karşılar.",
        "Bu sunucuyu yeniden denemeyin. Alıcı alan adında yazım hatası olup olmadığını kontrol edin ve başka bir adres isteyin; alan adının e-posta alması gerekiyorsa yöneticisi MX kayıtlarını gerçek bir e-posta sunucusuna yönlendirmelidir.",
    ],
    // 521 vs 554
    [
        "Sunucu herkesten gelen e-postayı reddediyor mu?",
        "`521` için evet: bu, hiç e-posta kabul etmeyen bir sunucudur. `554` için hayır: sunucu genel olarak e-posta kabul eder, ancak bu istemciyi, bu işlemi ya da bu içeriği reddeder.",
        "Sunucu, tipik olarak e-posta hizmeti olmayan bir alan adı için, yalnızca e-posta almadığını bildirmek amacıyla çalışır ve her istemciyi `521` ile karşılar.",
        "Bu sunucuyu yeniden denemeyin. Alıcı alan adında yazım hatası olup olmadığını kontrol edin ve başka bir adres isteyin; alan adının e-posta alması gerekiyorsa yöneticisi MX kayıtlarını düzeltir.",
        "Sunucu bu istemciyi, genellikle politika gerekçesiyle, daha karşılamada reddediyor ya da bir işlemi başarısız kılıyor; örneğin içerik ileti verisinden sonra reddedildiğinde.",
        "Metni ve genişletilmiş kodu okuyun. Karşılamada reddedildiyseniz gönderen alan adının yöneticisi engelleme listelerini kontrol eder ya da alıcı siteyle iletişime geçer; aksi hâlde reddedilen içeriği değiştirin.",
    ],
    // 454 vs 530
    [
        "İstemci gerekli bir adımı atladı mı?",
        "`454` için hayır: istemci adımı denedi, ancak sunucu geçici bir arıza nedeniyle bu adımı tamamlayamadı. `530` için evet: sunucunun komutu yerine getirmesi için önce `AUTH` ya da `STARTTLS` gerekiyor.",
        "Parola hizmeti yanıt vermediği için sunucu `AUTH` sırasında kimlik bilgilerini denetleyemiyor ya da `STARTTLS` sonrasında TLS başlatamıyor.",
        "Parolayı değiştirmeden daha sonra yeniden deneyin. Sorun sürerse sunucunun yöneticisi kimlik doğrulama hizmetini veya TLS yapılandırmasını kontrol eder.",
        "`MAIL FROM` veya başka bir komut, oturum açılmadan önce ya da TLS şart koşan bir sunucuda şifreleme başlamadan önce geldi.",
        "E-posta programında kimlik doğrulamayı, metin istiyorsa TLS'i de açın. Yazılım `MAIL FROM` öncesinde `STARTTLS`, `EHLO` ve `AUTH` gönderir.",
    ],
    // 500 vs 502
    [
        "Sunucu komutu tanıyor mu?",
        "`500` için hayır: komut sözcüğü bilinmiyor veya yanlış yazılmış ya da satır okunamayacak kadar uzun. `502` için evet: sunucu komutu tanıyor, ancak uygulamıyor ya da kapatmış.",
        "Komut yanlış yazılmış ya da bilinmiyor (örneğin sunucunun hiç sunmadığı bir uzantı) veya satır uzunluk sınırını aşıyor.",
        "İstemcideki komutu düzeltin: yazımını düzeltin, satırı kısaltın ve uzantı komutlarını yalnızca `EHLO` yanıtı bunları listeliyorsa kullanın.",
        "`VRFY`, `EXPN` veya `HELP` gibi bilinen bir komut bu sunucuda kullanılamıyor. Çok eski sunucular yalnızca `HELO` bildikleri için `EHLO` komutuna bu şekilde yanıt verir.",
        "Komut olmadan devam edin ve `EHLO` reddedilirse `HELO` komutuna geri dönün. Bu özelliğe ihtiyacınız varsa sunucunun yöneticisine etkinleştirilip etkinleştirilemeyeceğini sorun.",
    ],
    // 500 vs 503
    [
        "Komut kendi başına geçerli miydi?",
        "`500` için hayır: sunucu komutu tanımadı. `503` için evet: komutta sorun yok, ancak oturumun yanlış bir noktasında geldi.",
        "Satırda bilinmeyen veya yanlış yazılmış bir komut var ya da satır standart sınırdan uzun.",
        "İstemcideki komutu düzeltin; aynı satır yeniden gönderilirse yine başarısız olur.",
        "Geçerli bir komut yanlış sırada geldi; örneğin herhangi bir alıcı kabul edilmeden önce `DATA` ya da `MAIL FROM` öncesinde `RCPT TO`.",
        "Komut sırasını düzeltin ya da temiz bir başlangıç için `RSET` gönderin. Daha önceki bir reddin işlemi gönderensiz veya alıcısız bırakıp bırakmadığını kontrol edin.",
    ],
    // 501 vs 503
    [
        "Hata komutun argümanlarında mıydı?",
        "`501` için evet: bir adres, parametre veya argüman hatalı biçimlendirilmiş ya da aralık dışında. `503` için hayır: komut ve argümanları sorunsuz, ancak yanlış zamanda gönderildi.",
        "İstemci `MAIL FROM` veya `RCPT TO` içinde hatalı biçimlendirilmiş bir adres, geçersiz bir `EHLO` argümanı ya da argüman almayan bir komutla birlikte argümanlar gönderdi.",
        "İstemcideki argümanları düzeltin; koddan sonraki metin çoğu zaman hatalı kısmı gösterir.",
        "Açık bir işlem içinde ikinci bir `MAIL FROM` geldi, `RCPT TO` komutu `MAIL FROM` öncesinde geldi ya da `AUTH` başarılı bir oturum açmanın ardından geldi.",
        "İstemcideki komut sırasını düzeltin ya da `RSET` gönderip işlemi yeniden başlatın.",
    ],
    // 502 vs 503
    [
        "Komut oturumun başka bir noktasında kabul edilir miydi?",
        "`502` için hayır: bu sunucu, ne zaman gönderilirse gönderilsin komutu uygulamıyor ya da kapatmış. `503` için evet: komut destekleniyor ve yalnızca yanlış sırada geldi.",
        "İstemci `VRFY`, `EXPN`, `HELP` ya da çok eski sunucularda `EHLO` kullandı ve sunucu bu komutu sunmuyor. İsteğe bağlı aktarma (on-demand relay) sunucuları çoğu komutu bu şekilde reddeder.",
        "Komutu bu sunucuya göndermeyi bırakın ve onsuz devam edin.",
        "Geçerli bir komut, oturum buna hazır değilken geldi; örneğin kabul edilmiş bir alıcı yokken `DATA`.",
        "İstemcinin komut sırasını düzeltin: `EHLO`, gerekiyorsa `AUTH`, `MAIL FROM`, bir veya daha fazla `RCPT TO`, ardından `DATA`.",
    ],
    // 503 vs 554
    [
        "Komut yalnızca yanlış anda mı gönderildi?",
        "`503` için evet: geçerli bir komut yanlış sırada geldi. `554` için hayır: sunucu oturumu ya da işlemi bütünüyle reddediyor; örneğin hiçbir alıcı geçerli olmadığı ya da içerik reddedildiği için.",
        "İstemci `MAIL FROM` öncesinde `RCPT TO` ya da kabul edilmiş bir alıcı olmadan `DATA` gönderdi veya bir `554` karşılaması oturumu reddettikten sonra komut göndermeyi sürdürdü.",
        "Komut sırasını düzeltin. Oturum `554` ile başladıysa asıl sorun o karşılamadır.",
        "Sunucu istemciyi daha karşılamada reddediyor, hiçbir alıcı kabul edilmediği için `DATA` komutunu başarısız kılıyor ya da ileti verisinden sonra içeriği reddediyor.",
        "Metni ve genişletilmiş kodu okuyun. Karşılamada reddedildiyseniz gönderen alan adının yöneticisi engelleme listelerini kontrol eder; reddedilen içeriğin ise değiştirilmesi gerekir.",
    ],
    // 501 vs 504
    [
        "Komutun sözdizimi doğru muydu?",
        "`501` için hayır: bir argüman hatalı biçimlendirilmiş, yinelenmiş ya da aralık dışında. `504` için evet: komut doğru biçimde, ancak sunucu belirtilen seçeneği veya değeri sunmuyor.",
        "Bir adres, parametre veya argüman sözdizimine uymuyor; örneğin hatalı biçimlendirilmiş bir adres ya da `AUTH` sırasında geçerli Base64 olmayan veri.",
        "İstemcideki argümanları düzeltin; parametre adlarını ve değerlerini onları tanımlayan uzantıya göre kontrol edin.",
        "İstemci sunucunun uygulamadığı bir şey belirtti; çoğunlukla sunucunun desteklemediği ya da bu bağlantıda izin vermediği bir `AUTH` mekanizması.",
        "`EHLO` yanıtında listelenen bir `AUTH` mekanizması seçin (gerekiyorsa önce `STARTTLS` çalıştırın) ya da komutu parametre olmadan gönderin.",
    ],
    // 501 vs 553
    [
        "Yanıt bir posta kutusu adı dışında bir şeyle ilgili olabilir mi?",
        "`501` için evet: hatalı biçimlendirilmiş her argümanı veya parametreyi kapsar; adres bunlardan yalnızca biridir. `553` için hayır: her zaman hatalı biçimlendirilmiş, izin verilmeyen ya da belirsiz bir posta kutusu adıyla ilgilidir.",
        "Bir argüman hatalı biçimlendirilmiş: bozuk bir adres, geçersiz bir `EHLO` argümanı, hatalı bir uzantı parametresi değeri ya da argüman almayan bir komuta eklenmiş argümanlar.",
        "Komut satırını düzeltin; yanıt metni çoğu zaman hatalı kısmı belirtir.",
        "`MAIL FROM` veya `RCPT TO` içindeki adresin sözdizimi yanlış ya da adreste sunucunun kabul etmediği (örneğin ASCII dışı) karakterler var veya bir `VRFY` adı birkaç kullanıcıyla eşleşiyor.",
        "Adresin her karakterini dikkatle kontrol edip düzeltin. ASCII dışı karakter içeren bir adres söz konusuysa ve alıcının düz ASCII bir adresi varsa onu kullanın.",
    ],
    // 501 vs 555
    [
        "Sorun, sunucunun desteklemediği bir uzantı parametresi mi?",
        "`501` için hayır: komut veya parametre biliniyor, ancak argümanı yanlış yazılmış. `555` için evet: `MAIL FROM` veya `RCPT TO` üzerindeki bir parametre bu sunucuda bilinmiyor ya da uygulanmamış.",
        "Bir adres hatalı biçimlendirilmiş, bir argüman aralık dışında ya da bir uzantı parametresinin değeri geçersiz.",
        "Argümanı düzeltin; koddan sonraki metin çoğu zaman onu gösterir.",
        "İstemci, sunucunun `EHLO` sonrasında duyurmadığı `SMTPUTF8`, `REQUIRETLS` veya `MT-PRIORITY` gibi bir parametre ekledi.",
        "Yalnızca `EHLO` yanıtında listelenen parametreleri gönderin ya da parametreyi kaldırın. İleti bu uzantıya bağlıysa onu destekleyen bir sunucu üzerinden gönderin.",
    ],
    // 504 vs 555
    [
        "Bu kod `AUTH` komutuna yanıt olarak gelebilir mi?",
        "`504` için evet: birçok komutun bir seçeneğini, çoğunlukla da bir `AUTH` mekanizmasını reddeder. `555` için hayır: yalnızca `MAIL FROM` ve `RCPT TO` komutlarına, sunucunun tanımadığı bir uzantı parametresi için yanıt verir.",
        "Komut destekleniyor, ancak istenen türevi desteklenmiyor: bir `AUTH` mekanizması, bir `VRFY`, `EXPN` veya `HELP` argümanı ya da bir içerik dönüştürme parametresi.",
        "Sunucunun sunduğu bir seçeneği, örneğin `EHLO` yanıtındaki bir mekanizmayı kullanın ya da parametreyi çıkarın.",
        "`MAIL FROM` veya `RCPT TO`, sunucunun duyurmadığı bir parametre ya da sunucunun hiçbir zaman karşılayamayacağı bir Deliver By teslim süresi taşıyordu.",
        "Yalnızca duyurulan parametreleri gönderin ya da reddedilen parametreyi kaldırın; ileti buna bağlıysa başka bir sunucu üzerinden teslim edin.",
    ],
    // 455 vs 555
    [
        "Aynı parametreler daha sonra kabul edilebilir mi?",
        "`455` için evet: sunucu parametreleri anladı, ancak şu anda yerine getiremiyor. `555` için hayır: sunucu bunları tanımıyor ya da uygulamıyor; bu yüzden her seferinde başarısız olurlar.",
        "`MAIL FROM` veya `RCPT TO` üzerindeki bir parametre, sunucunun şu anda sağlayamayacağı bir şey istiyor; örneğin mevcut koşullarda karşılanamayan bir Deliver By teslim süresi.",
        "Daha sonra yeniden deneyin. Tekrarlanmaya devam ederse parametre olmadan gönderin ya da değerini gevşetin (örneğin daha geç bir teslim süresi belirleyin).",
        "`MAIL FROM` veya `RCPT TO` üzerindeki bir parametre `EHLO` sonrasında duyurulmamıştı; yani sunucu onu desteklemiyor.",
        "Parametreyi kaldırın ya da uzantıyı destekleyen bir sunucu üzerinden gönderin.",
    ],
    // 504 vs 534
    [
        "Mekanizma yalnızca bu kullanıcının hesabı için mi reddedildi?",
        "`504` için hayır: sunucu mekanizmayı desteklemiyor ya da bu bağlantıda ona izin vermiyor. `534` için evet: sunucunun politikası bu kullanıcı için daha güçlü bir mekanizma gerektiriyor.",
        "`AUTH` komutu, sunucunun uygulamadığı ya da yalnızca `STARTTLS` sonrasında izin verdiği bir mekanizma belirtti (`5.5.4`).",
        "`EHLO` yanıtındaki listeden bir mekanizma seçin; istediğiniz mekanizma yalnızca şifrelemeden sonra sunuluyorsa önce `STARTTLS` çalıştırın.",
        "`AUTH` komutunda belirtilen mekanizma, politikanın o hesap için izin verdiğinden daha zayıf (`5.7.9`).",
        "Daha güçlü bir mekanizma kullanın; bir e-posta programında kimlik doğrulama yöntemini değiştirin. Yeni bir parola işe yaramaz.",
    ],
    // 504 vs 538
    [
        "Güncel sunucuların göndermesi gereken yanıt bu mu?",
        "`504` için evet: RFC 4954'e göre güncel sunucular desteklenmeyen ya da henüz sunulmayan bir mekanizmayı bu kodla reddeder. `538` için hayır: kullanımdan kaldırılmıştır; eski sunucular bunu o mekanizmadan önce şifreleme istemek için gönderir.",
        "`AUTH` komutu, sunucunun desteklemediği ya da şifrelenmemiş bir bağlantıda sunmadığı bir mekanizma belirtiyor.",
        "Güncel `EHLO` yanıtında listelenen bir mekanizma seçin; `STARTTLS` ve yeni bir `EHLO` sonrasında daha fazla mekanizma sunulabilir.",
        "Eski bir sunucu, `STARTTLS` öncesinde, genellikle açık metin bir mekanizmayla gönderilen `AUTH` komutunu aldı (`5.7.11`).",
        "`STARTTLS` gönderin, ardından yeniden `EHLO` gönderin ve `AUTH` komutunu tekrarlayın. Sunucu yöneticileri bu kodu göndermeyi bırakmalıdır.",
    ],
    // 530 vs 550
    [
        "Tek sorun eksik oturum açma veya şifreleme mi?",
        "`530` için evet: sunucu devam etmeden önce yalnızca `AUTH` ya da bazı sunucularda `STARTTLS` istiyor. `550` için hayır: posta kutusu veya iletinin kendisi reddediliyor; örneğin bilinmeyen bir adres ya da bir politika kuralı nedeniyle.",
        "`MAIL FROM` veya sonraki bir komut `AUTH` öncesinde ya da TLS gerektiren bir sunucuda `STARTTLS` öncesinde geldi.",
        "E-posta programında giden sunucu için kimlik doğrulamayı, metin istiyorsa TLS'i de etkinleştirin, ardından yeniden gönderin.",
        "Alıcı bilinmiyor, aktarma reddediliyor, gönderen engellenmiş ya da politika iletiyi reddediyor.",
        "Genişletilmiş koda göre hareket edin: `5.1.1` için adresi düzeltin; `5.7.1` için oturum açtığınız kendi sunucunuz üzerinden gönderin ya da gönderenin yapılandırmasını düzeltin.",
    ],
    // 550 vs 556
    [
        "Ret alan adındaki tüm adresleri kapsıyor mu?",
        "`550` için hayır: tek bir posta kutusu, gönderen veya ileti reddediliyor; alan adındaki diğer adresler çalışabilir. `556` için evet: alan adı hiç e-posta almadığını bildiriyor.",
        "Bir posta kutusu bilinmiyor, gönderenin ona erişimi yok ya da politika bu e-postayı reddediyor.",
        "Genişletilmiş kodu okuyun: adresi düzeltin ya da politika sorununu gönderenin yöneticisine düzelttirin.",
        "Bir aktarma veya gönderim sunucusu, alıcının alan adı için bir null MX kaydı buluyor ve bağlanmayı denemeden `RCPT TO` komutunu reddediyor (`5.1.10`).",
        "`@` işaretinden sonraki alan adında yazım hatası olup olmadığını kontrol edin ve çalışan bir adres isteyin. E-posta almak isteyen bir alan adı sahibi null MX kaydını gerçek MX kayıtlarıyla değiştirir.",
    ],
    // 552 vs 554
    [
        "Yanıt kodunun kendisi sorunun boyut veya depolama alanı olduğunu söylüyor mu?",
        "`552` için evet: anlamı, aşılmış bir boyut veya depolama sınırıdır. `554` için hayır: tek başına hiçbir neden belirtmez; neyin başarısız olduğunu yalnızca `5.3.4` gibi genişletilmiş kod ya da metin söyleyebilir.",
        "`MAIL FROM` aşamasında bildirilen `SIZE` sınırı aşıyor, ileti verisinin fazla büyük olduğu anlaşılıyor ya da alıcının posta kutusu dolu.",
        "İletiyi küçültün ya da büyük dosyaları bağlantı olarak gönderin. Posta kutusu doluysa alıcının yer açması gerekir.",
        "Sunucu istemciyi daha karşılamada reddediyor, `DATA` geldiğinde kabul edilmiş bir alıcı bulamıyor ya da ileti verisinden sonra içeriği reddediyor.",
        "Nedeni öğrenmek için metni ve genişletilmiş kodu okuyun, ardından reddedilen şeyi değiştirin; değiştirmeden yeniden göndermek işe yaramaz.",
    ],
    // 553 vs 554
    [
        "Sorun tek bir posta kutusu adresinde mi?",
        "`553` için evet: bir posta kutusu adı hatalı biçimlendirilmiş, izin verilmeyen ya da belirsiz. `554` için hayır: tek bir adres değil, işlemin ya da oturumun tamamı reddediliyor.",
        "`MAIL FROM` veya `RCPT TO` içindeki adres hatalı biçimlendirilmiş ya da sunucunun kabul etmediği karakterler içeriyor veya bir `VRFY` adı belirsiz.",
        "Adresin her karakterini dikkatle kontrol ederek düzeltin ve yeniden gönderin.",
        "Sunucu istemciyi daha karşılamada reddediyor, `DATA` geldiğinde geçerli bir alıcı yok ya da sunucu içeriği reddediyor.",
        "Metni ve genişletilmiş kodu okuyun. Reddedilen içeriği değiştirin; gönderen sunucu engellendiyse engeli gönderen alan adının yöneticisi kaldırtmalıdır.",
    ],
    // 251 vs 551
    [
        "Sunucu iletiyi yeni adrese kendisi yönlendiriyor mu?",
        "`251` için evet: alıcıyı kabul eder ve e-postayı yeni adrese yönlendirir. `551` için hayır: alıcıyı reddeder; istemcinin yeni adrese kendisi göndermesi gerekir.",
        "Alıcı taşınmış; sunucu e-postayı kabul ediyor ve yeni adresi belirterek yönlendiriyor.",
        "Bu ileti için bir şey yapmanız gerekmez; gönderen adres defterini güncelleyebilir.",
        "Alıcının e-postaları başka bir yerde işleniyor ve site iletiyi yönlendirmek yerine yeni adresi açıklıyor.",
        "Metindeki adresin makul olup olmadığını kontrol edin, iletiyi oraya gönderin ve kişinin bilgilerini güncelleyin.",
    ],
    // 235 vs 535
    [
        "Oturum açma başarılı oldu mu?",
        "`235` için evet: kimlik bilgileri oturumun geri kalanı için kabul edildi. `535` için hayır: sunucu kullanıcı adını, parolayı veya diğer kimlik bilgilerini reddetti.",
        "Bir `AUTH` alışverişi geçerli kimlik bilgileriyle tamamlandı; yanıt normalde `2.7.0` genişletilmiş kodunu taşır.",
        "`MAIL FROM` ile devam edin. Gönderim yine başarısız oluyorsa neden daha sonraki bir yanıttadır.",
        "Bir `AUTH` alışverişi, genellikle `5.7.8` ile, yanlış bir parola, bilinmeyen bir kullanıcı ya da hesap için yetersiz kimlik bilgileriyle sona erdi.",
        "E-posta programındaki kimlik bilgilerini düzeltin; istemci yazılımı aynı bilgilerle yeniden denemek yerine kullanıcıya yeniden sormalıdır.",
    ],
    // 235 vs 334
    [
        "`AUTH` alışverişi tamamlandı mı?",
        "`235` için evet: oturum açma başarılı oldu. `334` için hayır: sunucu alışverişte istemcinin bir sonraki yanıtını bekliyor.",
        "İstemci `AUTH` işlemini sunucunun kabul ettiği kimlik bilgileriyle tamamladı.",
        "`MAIL FROM` ve işlemin geri kalanıyla devam edin.",
        "Sunucu, `AUTH` komutundan sonra ve istemcinin her yanıtından sonra, alışveriş tamamlanana kadar mekanizmaya ait, boş da olabilen base64 verisi gönderir.",
        "Base64 kodlu bir satırla ya da iptal etmek için `*` ile yanıt verin. Oturum açma işlemleri burada takılıyorsa iki tarafın da mekanizmayı desteklediğini ve hiçbir şeyin bağlantıyı kesmediğini kontrol edin.",
    ],
    // 334 vs 354
    [
        "Sunucu ileti içeriğini mi bekliyor?",
        "`334` için hayır: bir `AUTH` oturum açma işleminin bir sonraki adımını bekliyor. `354` için evet: `DATA` komutunu kabul etti ve yalnızca tek bir nokta içeren bir satırla biten iletiyi bekliyor.",
        "`AUTH` sırasında sunucu, mekanizmanın tanımladığı veriyi (örneğin bir sorgu) gönderir ve istemcinin base64 yanıtını bekler.",
        "Base64 yanıtını gönderin ya da oturum açmayı iptal etmek için `*` gönderin.",
        "En az bir alıcı kabul edildikten sonra sunucu `DATA` komutunu kabul etti; başlığı, gövdeyi ve son noktayı bekliyor.",
        "İletiyi ve nokta satırını gönderin, ardından son yanıtı bekleyin.",
    ],
    // 432 vs 535
    [
        "Parola reddedildi mi?",
        "`432` için hayır: seçilen mekanizmanın hesapta çalışabilmesi için sunucunun bir kez `PLAIN` ile oturum açılmasına ihtiyacı var. `535` için evet: kimlik bilgileri kabul edilmedi.",
        "Sunucu, hesabın kimlik bilgilerini istenen `AUTH` mekanizmasının gerektirdiği biçimde henüz saklamıyor (`4.7.12`).",
        "Yalnızca şifreli bir bağlantı üzerinden bir kez `PLAIN` ile oturum açın, ardından tercih ettiğiniz mekanizmaya geri dönün.",
        "`AUTH` sonunda parola yanlıştı, kullanıcı bilinmiyordu ya da kimlik bilgileri hesap için yetersizdi.",
        "E-posta programında kayıtlı kullanıcı adını ve parolayı düzeltin.",
    ],
    // 551 vs X.1.6
    [
        "Yeni bir adres veriliyor mu?",
        "`551` için evet: metin genellikle bunun yerine kullanılacak adresi belirtir. `X.1.6` için hayır: posta kutusu taşınmış, ancak bilinen bir yönlendirme adresi yok.",
        "Kullanıcının e-postaları başka bir yerde işleniyor ve site `RCPT TO` veya `VRFY` komutuna verdiği yanıtta yeni adresi açıklıyor.",
        "Belirtilen adresin makul olup olmadığını kontrol edin, iletiyi oraya gönderin ve kişinin bilgilerini güncelleyin.",
        "Eski bir adres, örneğin bir kurumdan ayrılmış birinin adresi, artık e-posta kabul etmiyor ve sunucunun önerebileceği yeni bir adres yok.",
        "Adresi kişi listenizden ve e-posta listelerinden kaldırın ve kişiden güncel adresini isteyin.",
    ],
    // X.2.2 vs X.2.3
    [
        "Daha küçük bir ileti bu posta kutusuna sığar mıydı?",
        "`X.2.2` için hayır: posta kutusu kotasını doldurmuş ve alıcı yer açana kadar hiçbir şey sığmaz. `X.2.3` için evet: ileti bu posta kutusunun kendi boyut sınırını aşıyor; bu yüzden daha küçük bir ileti geçebilir.",
        "Alıcının posta kutusu depolama kotasını aşmış; bu durum `RCPT TO` aşamasında, ileti verisinin sonunda ya da son teslim adımında fark ediliyor.",
        "Alıcıya başka bir yoldan haber verin; alıcının e-posta silmesi veya arşivlemesi ya da yöneticisinin kotayı artırması gerekir. `4.2.2` sonrasında sunucunuz yeniden dener; `5.2.2` sonrasında iletiyi daha sonra yeniden gönderin.",
        "Alıcının, sunucunun genel sınırından daha düşük bir boyut sınırı var ve ileti bu sınırı aşıyor. Sunucular bunu `552` ile, genellikle ileti verisinden sonra gönderir.",
        "Ekleri kaldırın veya sıkıştırın ya da büyük dosyaları bağlantıyla paylaşın. Alıcının büyük dosyalar alması gerekiyorsa yöneticisi posta kutusundaki sınırı yükseltebilir.",
    ],
    // X.1.1 vs X.1.2
    [
        "Alıcının alan adı e-posta kabul ediyor mu?",
        "`X.1.1` için evet: alan adı çalışıyor, ancak `@` işaretinden önceki posta kutusu orada yok. `X.1.2` için hayır: `@` işaretinden sonraki kısım yok ya da e-posta alamıyor.",
        "Alıcı sunucu alan adını tanıyor ama posta kutusunu tanımıyor ve `RCPT TO` komutuna `550 5.1.1` ile yanıt veriyor ya da daha sonraki bir sunucu bunu geri dönen bir e-postada bildiriyor.",
        "`@` işaretinden önceki kısmı kontrol edin ve adresi alıcıyla doğrulayın; kişi kurumdan ayrılmış ya da adresini değiştirmiş olabilir.",
        "Alıcının alan adı için yapılan DNS sorgusu böyle bir alan adı ya da kullanılabilir bir e-posta sunucusu bulamıyor. Gönderen sunucular bunu geri dönen e-postalarda bildirir; aktarma sunucuları da `RCPT TO` komutunu bu kodla reddedebilir.",
        "Alan adında yanlış yazılmış bir uzantı gibi yazım hataları olup olmadığını kontrol edin ve alan adını alıcıyla doğrulayın. Alan adı sizinse kaydettirin ve doğru MX kayıtları yayımlayın.",
    ],
    // X.1.1 vs X.2.1
    [
        "Posta kutusu var mı?",
        "`X.1.1` için hayır: alan adında bu adla bir posta kutusu yok. `X.2.1` için evet: posta kutusu var, ancak gelen e-postalara kapatılmış.",
        "`@` işaretinden önceki ad, e-posta kabul eden bir alan adında bilinmiyor; bu yüzden `RCPT TO` komutu `550 5.1.1` yanıtını alıyor.",
        "Adresi düzeltin ya da alıcıdan güncel adresini isteyin; değiştirmeden yeniden göndermek yine başarısız olur.",
        "Sağlayıcı hesabı henüz silmeden askıya almış, kilitlemiş veya kapatmış. `4.2.1` bir süreliğine konmuş bir engel, `5.2.1` ise kaldırılmayacak bir engel anlamına gelir.",
        "Çalışan bir adres istemek ya da hesabın yeniden etkinleştirilmesini rica etmek için alıcıya başka bir yoldan ulaşın. `4.2.1` sonrasında sunucunuz kendiliğinden yeniden dener.",
    ],
    // X.4.1 vs X.4.2
    [
        "Bir sonraki sunucuyla bağlantı kuruldu mu?",
        "`X.4.1` için hayır: sunucu meşgul, kapalı veya erişilemez olduğu için hiç yanıt vermedi. `X.4.2` için evet: bağlantı kuruldu, ancak işlem tamamlanmadan koptu.",
        "Gönderen sunucu alıcının e-posta sunucularından yanıt alamadı: bağlantıları zaman aşımına uğradı ya da reddedildi. Bunu gecikme bildirimlerinde veya kendi günlüğünde bildirir.",
        "Yeniden denemeleri bekleyin. Saatlerce sürerse alıcı alan adının MX kayıtlarını kontrol edin, e-posta sunucularının çalışıp bağlantı kabul ettiğinden ve hiçbir güvenlik duvarının bunları engellemediğinden emin olun.",
        "Karşı taraf oturum sırasında yanıt vermeyi bıraktı ya da bağlantı koptu; örneğin uzun bir `DATA` aktarımının ortasında.",
        "Gönderen sunucunun, işlemi geçici bir `451` almış gibi ele alarak yeniden denemesine izin verin. Tek bir hedefle sürekli başarısız oluyorsa paket kaybı olup olmadığına bakın ve iki taraftaki zaman aşımı değerlerini kontrol edin.",
    ],
    // X.4.1 vs X.4.7
    [
        "Teslimat, ileti çok eskidiği için mi sona erdi?",
        "`X.4.1` için hayır: asıl engeli, yani yanıt vermeyen bir sonraki sunucuyu belirtir. `X.4.7` için evet: ileti izin verilen süreden uzun süre kuyrukta kaldı ya da gönderenin belirlediği bir son tarihi kaçırdı.",
        "Alıcının e-posta sunucularına yapılan bağlantılar zaman aşımına uğradı ya da reddedildi; yani sunucu meşgul, kapalı veya erişilemez görünüyordu.",
        "Gönderen sunucunun yeniden denemeyi sürdürmesine izin verin. Saatlerce sürerse alıcının MX kayıtlarını, e-posta sunucularını ve aradaki güvenlik duvarlarını kontrol edin.",
        "Gönderen bir sunucu bir hedefi günlerce başarısız şekilde yeniden denedi ve vazgeçti ya da Deliver By uzantısıyla belirlenen bir son tarih geçti.",
        "Önceki denemelerin hatalarını geri dönen e-postada veya sunucu günlüğünde bulun, asıl nedeni giderin, ardından iletiyi yeniden gönderin.",
    ],
    // X.7.1 vs X.7.26
    [
        "Kod, birden fazla kimlik doğrulama denetiminin başarısız olduğunu söylüyor mu?",
        "`X.7.1` için hayır: yalnızca politikanın teslimatı reddettiğini söyler; neden aktarma, bir engelleme listesi ya da başarısız tek bir denetim olabilir. `X.7.26` için evet: SPF, DKIM veya ters DNS gibi birden fazla denetim başarısız oldu.",
        "Alıcı taraf aktarmayı reddediyor, gönderen sunucuyu veya göndereni engelliyor ya da SPF veya DMARC denetiminden geçemeyen bir iletiyi reddediyor.",
        "Eşleşen kuralı görmek için metni okuyun. Aktarma yerine kendi sunucunuzu kullanın; gönderenin yöneticisi SPF veya DMARC'ı düzeltir ya da adı geçen engelleme listesinden çıkarılma talebinde bulunur.",
        "İleti, alıcının kimlik doğrulama denetimlerinden birkaçını geçemedi ve alıcının politikası iletiyi reddediyor. Sunucular yalnızca ilk hatayı belirtmek yerine bu kodu kullanır.",
        "Gönderenin yöneticisi tüm denetimleri düzeltir: SPF kaydında tüm gönderen sunucular, `From` alan adından DKIM imzaları ve eşleşen bir ters DNS kaydı. Bir test iletisi her sonucu gösterir.",
    ],
    // X.7.23 vs X.7.24
    [
        "SPF denetimi bir sonuca ulaştı mı?",
        "`X.7.23` için evet: sonuç \"fail\" oldu, çünkü alan adının kaydı gönderen IP adresine yetki vermiyor. `X.7.24` için hayır: bir DNS sorunu ya da bozuk bir kayıt gibi bir hata denetimi durdurdu.",
        "`MAIL FROM` içindeki alan adı (veya `HELO` adı), gönderen IP adresini kapsamayan bir SPF kaydı yayımlıyor ve alıcının politikası bu tür e-postaları reddediyor.",
        "Gönderenin yöneticisi tüm meşru gönderen sunucuları SPF kaydına ekler. Nedeni yönlendirmeyse yönlendiren taraf `MAIL FROM` adresini kendi alan adına göre yeniden yazmalıdır.",
        "SPF kaydı için yapılan DNS sorguları zaman aşımına uğruyor (`451 4.7.24`) ya da kayıtta sözdizimi hatası var, kayıt iki kez yayımlanmış veya 10'dan fazla sorgu gerektiriyor (`550 5.7.24`).",
        "Gönderenin yöneticisi `v=spf1` ile başlayan tam olarak bir kayıt tutar, yazım hatalarını düzeltir ve sorgu sayısını en fazla 10'da tutar. Geçici biçim için DNS'in güvenilir biçimde yanıt verdiğinden emin olun.",
    ],
    // X.7.23 vs X.7.26
    [
        "Başarısız olduğu belirtilen tek denetim SPF miydi?",
        "`X.7.23` için evet: SPF sonucu \"fail\" oldu ve gösterilen neden budur. `X.7.26` için hayır: birden fazla kimlik doğrulama denetimi başarısız oldu ve kod hangileri olduğunu söylemiyor.",
        "Gönderen IP adresi, `MAIL FROM` alan adının veya `HELO` adının SPF kaydında yer almıyor; bu çoğu zaman yeni bir e-posta hizmeti eklendikten sonra ya da yönlendirme nedeniyle olur.",
        "Eksik sunucuyu ya da sağlayıcının `include:` ifadesini alan adının tek SPF kaydına ekleyin. Yönlendirme söz konusuysa yönlendiren taraf `MAIL FROM` adresini kendi alan adına göre yeniden yazar.",
        "Birden fazla denetim başarısız oldu; örneğin sahte bir e-posta ya da hem SPF'yi hem DKIM'i bozan yönlendirilmiş bir e-posta. DMARC hatası da `From` alan adı için ikisinin de geçmediği anlamına gelir.",
        "SPF'yi, `From` alan adıyla DKIM imzalamayı ve ters DNS'i birlikte düzeltin, ardından bir test iletisinin `Authentication-Results` başlığında her sonucu kontrol edin.",
    ],
    // X.5.1 vs X.5.2
    [
        "Komut doğru biçimlendirilmiş miydi?",
        "`X.5.1` için evet: komut okunabildi, ancak desteklenmiyor ya da oturumun yanlış bir noktasında geldi. `X.5.2` için hayır: sözdizimi yanlıştı ya da komut sözcüğü bilinmiyordu.",
        "İstemci desteklenmeyen, devre dışı bırakılmış ya da yanlış sırada bir komut gönderdi; örneğin `MAIL FROM` öncesinde `RCPT TO` ya da gerekli bir `STARTTLS` öncesinde bir komut.",
        "İstemciyi düzeltin: `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA` sırasını koruyun ve yalnızca `EHLO` yanıtındaki komutları kullanın.",
        "Bir komut hatalı biçimlendirilmişti ya da bir `AUTH` yanıtı geçerli Base64 değildi. `550 5.5.2` yorumlanamayan bir SPF kaydını da bildirir.",
        "Reddedilen komutu SMTP günlüğünde bulun ve istemcinin onu doğru biçimde göndermesini sağlayın. SPF durumunda gönderen alan adının sahibi kaydı onarır.",
    ],
    // X.2.3 vs X.3.4
    [
        "Boyut sınırı yalnızca bu alıcı için mi geçerli?",
        "`X.2.3` için evet: bu posta kutusunun sunucununkinden daha düşük, kendine ait bir sınırı var ve diğer alıcılar iletiyi yine de alabilir. `X.3.4` için hayır: ileti, hangi alıcı için olursa olsun sistemin azami boyutunu aşıyor.",
        "İleti, bir alıcının posta kutusu için belirlenen boyut sınırını aşıyor. `552` ile, genellikle ileti verisinden sonra gelir.",
        "İletiyi küçültün ya da alıcıdan, yöneticisine posta kutusundaki sınırı yükseltmesini rica etmesini isteyin.",
        "`MAIL FROM` aşamasında bildirilen `SIZE` değeri ya da veriden sonraki gerçek boyut, alıcı sistemin kabul ettiği en büyük iletiyi aşıyor.",
        "Büyük dosyaları bir bağlantıyla paylaşın veya sıkıştırın ve sunucunun `EHLO` yanıtında `SIZE` sonrasındaki sayının altında kalın.",
    ],
    // X.1.1 vs X.1.3
    [
        "Adres doğru biçimlendirilmiş miydi?",
        "`X.1.1` için evet: adres okunabildi, ancak böyle bir posta kutusu yok. `X.1.3` için hayır: adres hatalı biçimlendirilmiş; bu yüzden sunucu onu sorgulamadı bile.",
        "Alan adı e-posta kabul ediyor, ancak bu adla bir posta kutusu yok; `RCPT TO` komutuna verilen `550 5.1.1` yanıtı tipiktir.",
        "Adresi alıcıyla başka bir yoldan doğrulayın ve düzeltin.",
        "Alıcı adresi yasak karakterler veya boşluklar içeriyor, `@` eksik ya da fazla, açılı ayraçlar yok veya adres çok uzun. Genellikle `501 5.1.3` olarak gelir.",
        "Fazladan karakterleri kaldırın ve adreste tam olarak bir `@` ile geçerli bir alan adı bulunduğundan emin olun. Geliştiriciler `RCPT TO` komutunun yalın adresi açılı ayraçlar içinde taşıdığını kontrol eder.",
    ],
    // X.1.1 vs X.1.6
    [
        "Sunucu adresin eskiden çalıştığını söylüyor mu?",
        "`X.1.1` için hayır: sunucu yalnızca bu adla bir posta kutusu olmadığını söyler. `X.1.6` için evet: posta kutusu taşınmış ve bilinen bir yönlendirme adresi yok.",
        "`@` işaretinden önceki ad, e-posta kabul eden bir alan adında bilinmiyor.",
        "Adreste yazım hatası olup olmadığını kontrol edin ve adresi alıcıyla doğrulayın.",
        "Adres, kurumdan ayrılmış ya da başka bir sağlayıcıya geçmiş birine ait ve sunucunun önerebileceği yeni bir adres yok.",
        "Adresi kullanmayı bırakın, kişi listenizden ve e-posta listelerinden kaldırın ve kişiden güncel adresini isteyin.",
    ],
    // X.1.2 vs X.1.10
    [
        "Alan adı e-posta kabul etmediğini bildirmiş mi?",
        "`X.1.2` için hayır: alan adı yok ya da kullanılabilir bir e-posta sunucusu yok. `X.1.10` için evet: alan adı, hiç e-posta kabul etmediğini bilerek bildiren bir null MX yayımlıyor.",
        "Alıcının alan adı için yapılan DNS sorgusu böyle bir alan adı ya da kullanılabilir bir e-posta sunucusu bulamıyor.",
        "Alan adında yazım hatası olup olmadığını kontrol edin ve adresi doğrulayın. Alan adı sizinse kayıtlı olduğundan ve MX veya adres kayıtları yayımladığından emin olun.",
        "DNS sorgusu alıcının alan adı için bir null MX buluyor; bu yüzden sunucular `RCPT TO` komutunu, genellikle `556` ile, hemen reddediyor.",
        "Bir yazım hatası ya da benzer görünen başka bir alan adı olup olmadığını kontrol edin ve çalışan bir adres alın. E-posta almak isteyen alan adı sahibi null MX kaydını gerçek MX kayıtlarıyla değiştirir.",
    ],
    // X.1.3 vs X.1.7
    [
        "Hatalı biçimlendirilmiş adres alıcının adresi mi?",
        "`X.1.3` için evet: `RCPT TO` içindeki adres doğru biçimlendirilmemiş. `X.1.7` için hayır: hatalı biçimlendirilmiş olan, gönderen adresidir; genellikle `MAIL FROM` içindeki adres.",
        "Alıcı adresi yasak karakterler içeriyor, `@` eksik ya da fazla veya açılı ayraçlar yok.",
        "Alıcı adresini düzeltip yeniden gönderin.",
        "Gönderen adresinde alan adı veya `@` eksik, geçersiz karakterler var ya da açılı ayraçlar yok; bunun nedeni çoğu zaman yanlış ayarlanmış bir betik, form veya cihazdır.",
        "Gönderen adresini programın veya cihazın ayarlarında düzeltin. `MAIL FROM` yalnızca açılı ayraçlar içindeki yalın adresi, görünen ad olmadan taşımalıdır.",
    ],
    // X.2.2 vs X.3.1
    [
        "Alıcı e-posta silerek bunu düzeltebilir mi?",
        "`X.2.2` için evet: yalnızca onun posta kutusu kotayı aşmış. `X.3.1` için hayır: e-posta sisteminin bütününde depolama alanı tükenmiş ve yer ekleyebilecek olan yalnızca sistemin yöneticisidir.",
        "Bir alıcının posta kutusu kotasına ulaştı; aynı sunucudaki diğer alıcılar iletiyi yine de alabilir.",
        "Alıcıya başka bir yoldan haber verin; alıcı e-posta siler veya arşivler ya da yöneticisi kotayı artırır.",
        "Sunucunun diski veya kuyruk depolaması tükendi; bu yüzden `MAIL FROM`, `RCPT TO` ya da ileti verisine `452 4.3.1` ile yanıt veriyor.",
        "Gönderenler ileti yeniden denenirken bekler; alıcı sunucunun yöneticisi disk alanı açar veya depolama ekler.",
    ],
    // X.3.1 vs X.5.3
    [
        "Sunucunun depolama alanı tükendi mi?",
        "`X.3.1` için evet: e-posta sisteminin bütününde yer kalmadı. `X.5.3` için hayır: ileti, sunucunun tek bir işlemde kabul ettiğinden fazla alıcı içeriyor.",
        "Disk veya kuyruk depolaması tükendi ya da bildirilen `SIZE` için yer yok. `452 4.3.1` olarak gelir.",
        "Gönderenin yapacağı bir şey yok; alıcı sunucunun yöneticisi yer açar veya depolama ekler.",
        "`RCPT TO`, sunucunun tek bir ileti için belirlediği alıcı sınırını aştı; genellikle `452` ile, bazen `451` ile ya da kalıcı bir `5.5.3` olarak gelir.",
        "İletiyi önce kabul edilmiş alıcılara, kalanlara ise yeni bir işlemde gönderin; büyük listeleri bölün ya da bir e-posta listesi kullanın.",
    ],
    // X.4.3 vs X.4.4
    [
        "Dizin hizmetinin kendisi mi yanıt vermedi?",
        "`X.4.3` için evet: DNS'e veya başka bir dizin hizmetine erişilemedi ya da hizmet yanıt vermedi. `X.4.4` için hayır: sorun yönlendirme verilerindedir; tipik olarak kullanılabilir MX veya adres kayıtları olmayan bir alan adı.",
        "Teslimat için gereken bir DNS sorgusu zaman aşımına uğradı ya da DNS sunucusu tarafında başarısız oldu; örneğin bir SPF denetimi sırasında (`451 4.4.3`).",
        "Yeniden denemelerin sürmesine izin verin. Sorun sürerse hatayı bildiren sunucunun DNS çözümleyicisini ve ilgili alan adının ad sunucularını kontrol edin.",
        "Alıcının alan adı yok, kullanılabilir MX veya adres kayıtları yok ya da yalnızca bir SOA kaydı döndürüyor; bu yüzden bir sonraki durak bilinmiyor.",
        "Alıcı alan adında yazım hatası olup olmadığını kontrol edin. Alan adı doğruysa sahibinin erişilebilir bir e-posta sunucusuna götüren MX veya adres kayıtları yayımlaması gerekir.",
    ],
    // X.7.8 vs X.7.9
    [
        "Kimlik bilgilerinin kendisi mi reddedildi?",
        "`X.7.8` için evet: kullanıcı adı, parola veya diğer kimlik bilgileri yanlış ya da yetersizdi. `X.7.9` için hayır: yalnızca oturum açma mekanizması fazla zayıf bulunarak reddedildi; parola doğru olabilir.",
        "Bir gönderim sunucusu `AUTH` komutunu `535 5.7.8` ile reddediyor; örneğin e-posta programında hâlâ eski bir parola kayıtlı olduğu için.",
        "Giden sunucu için kullanıcı adını ve parolayı yeniden girin; bazı sağlayıcılar kullanıcı adı olarak adresin tamamını ya da bir uygulama parolası ister.",
        "`AUTH`, sunucunun politikasının hesap için izin verdiğinden daha zayıf bir mekanizma kullandı ve `534 5.7.9` yanıtını aldı.",
        "`EHLO` yanıtında `AUTH` sonrasında listelenenlerden başka bir mekanizma seçin ya da sağlayıcıya hangisini gerektirdiğini sorun.",
    ],
    // X.7.8 vs X.7.13
    [
        "Oturum açma bilgileri doğru muydu?",
        "`X.7.8` için hayır: kimlik bilgileri yanlış ya da yetersizdi. `X.7.13` için evet: oturum açma başarılı oldu, ancak hesap devre dışı bırakılmış ve e-posta gönderemez.",
        "`AUTH` başarısız oldu ve sunucu `535 5.7.8` ile yanıt veriyor; tipik olarak e-posta programında eski bir parola kayıtlı olduğu için.",
        "Giden sunucu için kullanıcı adını ve parolayı düzeltin ya da sağlayıcının istediği ayrı uygulama parolasını kullanın.",
        "Sağlayıcı, başarılı bir `AUTH` işleminin hemen ardından, örneğin ödenmemiş faturalar, kötüye kullanım veya izinsiz erişim belirtileri nedeniyle kapattığı bir hesabı reddediyor.",
        "Parolayı yeniden girmeyi bırakın. Hesabın neden devre dışı bırakıldığını öğrenmek ve yeniden etkinleştirilmesini sağlamak için sağlayıcıya başvurun.",
    ],
    // X.7.7 vs X.7.20
    [
        "İleti, alıcı doğrulamadan geçen bir DKIM imzası şart koştuğu için mi reddediliyor?",
        "`X.7.7` için hayır: sorun, iletinin imzalandıktan sonra değiştirilmiş ve bu yüzden bütünlük denetiminin başarısız olmuş olmasıdır. `X.7.20` için evet: alıcı DKIM'in geçmesini şart koşuyor ve ileti imzasızdı ya da tüm imzalar başarısız oldu.",
        "Bir doğrulayıcı, imzalı veya korumalı bir iletinin artık imzasıyla eşleşmediğini tespit ediyor; bunun nedeni çoğu zaman bir sunucunun imzalamadan sonra başlıkları yeniden yazması veya metin eklemesidir.",
        "İletiyi imzalandıktan sonra neyin değiştirdiğini bulun (örneğin e-posta listeleri, yönlendiriciler veya altbilgi ekleyen araçlar) ve imzalamayı ileti çıkmadan önceki en son adım olarak yapın.",
        "DKIM'de ısrar eden bir alıcı, ileti verisi geldiğinde imzası olmayan ya da yalnızca başarısız imzalar taşıyan bir ileti aldı.",
        "Giden tüm e-postaları DKIM ile imzalayın ve ortak anahtarı `<selector>._domainkey.<domain>` adında yayımlayın, ardından bir test iletisinde DKIM sonucunun pass olduğunu kontrol edin.",
    ],
    // X.7.20 vs X.7.22
    [
        "Doğrulamadan geçen bir DKIM imzası var mıydı?",
        "`X.7.20` için hayır: iletinin imzası yoktu ya da tüm imzalar başarısız oldu. `X.7.22` için evet: imzalar doğrulandı, ancak hiçbiri `From` başlık alanındaki alan adı tarafından oluşturulmamıştı.",
        "DKIM şart koşan bir alıcı imzasız bir ileti ya da imzaları başarısız olan bir ileti aldı; örneğin anahtar DNS'te bulunmadığı için.",
        "Giden tüm e-postaları imzalayın, ortak anahtarı `<selector>._domainkey.<domain>` adında yayımlayın ve iletinin imzalandıktan sonra değiştirilmesini önleyin.",
        "Bir e-posta hizmeti, müşterinin `From` alan adı yerine kendi alan adıyla imzaladı ve alıcı ikisinin eşleşmesini şart koşuyor.",
        "İmzanın `d=` alan adını `From` alan adı yapın; örneğin hizmetin özel alan adıyla DKIM ayarını yaparak.",
    ],
    // X.1.10 vs X.7.27
    [
        "Null MX kaydı olan, alıcının alan adı mı?",
        "`X.1.10` için evet: e-posta gönderdiğiniz alan adı e-posta kabul etmiyor. `X.7.27` için hayır: null MX kaydını gönderenin alan adı yayımlıyor; bu yüzden yanıtlar ve geri dönen e-postalar ona hiçbir zaman ulaşamaz.",
        "Alıcının alan adı bir null MX yayımlıyor; bu yüzden sunucular `RCPT TO` komutunu, genellikle `556` ile, hemen reddediyor.",
        "Alıcı alan adında yazım hatası ya da benzer görünen başka bir ad olup olmadığını kontrol edin ve alıcıdan çalışan bir adres alın.",
        "`MAIL FROM` veya `From` başlık alanındaki alan adında bir null MX var; bu çoğu zaman sahte bir dönüş adresidir ya da null MX yanlışlıkla yayımlanmıştır.",
        "E-posta alabilen bir alan adından gönderin. Alan adının e-posta göndermesi gerekiyorsa yöneticisi null MX kaydını gerçek MX kayıtlarıyla değiştirir.",
    ],
    // X.0.0 vs X.7.0
    [
        "Kod, sorunun hangi alanda olduğunu söylüyor mu?",
        "`X.0.0` için hayır: yalnızca sınıfı (başarı, geçici veya kalıcı hata) verir, neden hakkında hiçbir şey söylemez. `X.7.0` için evet: bir güvenlik veya politika kuralı komutu ya da iletiyi durdurdu.",
        "Yazılım sonucu daha belirli bir koda eşleyemiyor. `2.0.0`, `QUIT` komutuna verilen `221` yanıtı gibi olağan başarıları da işaretler.",
        "`4.0.0` için gönderen sunucu yeniden dener. `5.0.0` için metni okuyun; metin bir şey söylemiyorsa hata satırını ve zamanını sunucunun yöneticisine gönderin.",
        "Bir güvenlik adımı komutu engelledi: geçici bir oturum açma arızası için `454 4.7.0`, önce `AUTH` veya `STARTTLS` gerektiğinde `530 5.7.0` ya da açıklanmayan bir politika reddi.",
        "Sunucunun istediğini yapın: önce `STARTTLS` veya `AUTH`; `454` sonrasında ise daha sonra yeniden deneyin. Aksi hâlde alıcı sitenin postmaster adresine sorun.",
    ],
    // X.5.1 vs X.5.4
    [
        "Komutun kendisi kabul edilebilir miydi?",
        "`X.5.1` için hayır: komut desteklenmiyor ya da oturumun yanlış bir noktasında geldi. `X.5.4` için evet: komut geçerliydi, ancak argümanlarından biri geçerli değildi.",
        "İstemci bilinmeyen veya devre dışı bir komut, tek bir işlemde ikinci bir `MAIL FROM` ya da gerekli bir `STARTTLS` veya `AUTH` adımından önce bir komut gönderdi.",
        "İstemcinin komut sırasını düzeltin ve yalnızca `EHLO` yanıtının listelediği komutları kullanın.",
        "Sunucunun sunmadığı bir `AUTH` mekanizması (`504 5.5.4`), bilinmeyen bir `MAIL FROM` veya `RCPT TO` parametresi ya da geçersiz bir uzantı parametresi değeri.",
        "Reddedilen komutu `EHLO` yanıtıyla karşılaştırın ve yalnızca desteklenen parametreleri geçerli değerlerle gönderin.",
    ],
    // X.7.1 vs X.7.23
    [
        "Kod, nedenin SPF olduğunu söylüyor mu?",
        "`X.7.1` için hayır: yalnızca teslimata yetki verilmediğini söyler; neden aktarma, bir engelleme listesi ya da başka bir kural olabilir. `X.7.23` için evet: SPF denetimi gönderen IP adresi için \"fail\" sonucunu verdi.",
        "Aktarma reddediliyor, bir filtre sunucuyu veya göndereni engelliyor ya da bir sunucu, RFC 7208'in önerdiği gibi, başarısız bir SPF denetimini bu şekilde bildiriyor.",
        "Kuralı görmek için metni okuyun. Aktarma yerine kendi sunucunuz üzerinden gönderin ya da SPF, DMARC veya engelleme listesi sorununu gönderenin yöneticisine çözdürün.",
        "`MAIL FROM` alan adının veya `HELO` adının SPF kaydı gönderen IP adresine yetki vermiyor ve politika bu tür e-postaları reddediyor.",
        "Gönderenin yöneticisi tüm meşru sunucuları `ip4:`, `ip6:` ya da sağlayıcının `include:` ifadesiyle alan adının tek SPF kaydında listeler.",
    ],
    // X.7.23 vs X.7.25
    [
        "Denetim gönderenin SPF kaydıyla mı ilgiliydi?",
        "`X.7.23` için evet: `MAIL FROM` alan adının ya da `HELO` adının SPF kaydı gönderen IP adresine yetki vermedi. `X.7.25` için hayır: IP adresinin kendisi bir ters DNS denetiminden geçemedi.",
        "Gönderenin alan adının SPF kaydı gönderen sunucuyu kapsamıyor; bu çoğu zaman yeni bir e-posta hizmeti eklendikten sonra ya da yönlendirme nedeniyle olur.",
        "Eksik sunucuları SPF kaydına ekleyin; yönlendiren taraflar `MAIL FROM` adresini kendi alan adlarına göre yeniden yazar.",
        "Gönderen IP adresinin PTR kaydı yok ya da PTR adı aynı adrese geri çözümlenmiyor; bu, yeni bulut sunucularında yaygındır.",
        "IP adresini kontrol eden taraftan e-posta sunucusunu adlandıran bir PTR kaydı isteyin, bu adın eşleşen bir A veya AAAA kaydı olduğundan emin olun ve `EHLO` komutunda bu adı kullanın.",
    ],
];
