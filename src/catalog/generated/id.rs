// @generated from data/ by build/ (the texts of Indonesian, `id`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "Status sistem atau balasan bantuan sistem",
        "Server menjawab permintaan informasi dengan laporan tentang statusnya atau bantuan umum. Ini balasan sukses yang ditujukan untuk dibaca manusia; tidak ada email yang dikirim atau diubah.",
        "Server dapat mengirimkannya sebagai balasan atas `HELP`, sebagai alternatif `214`. Kode ini hampir tidak pernah muncul dalam pengiriman email biasa, karena perangkat lunak email tidak punya alasan untuk meminta bantuan.",
        "Tidak ada yang perlu diperbaiki: perintahnya berhasil. Baca teksnya jika Anda memang memintanya, tetapi jangan biarkan program bergantung pada susunan katanya, yang berbeda dari satu server ke server lain.",
    ],
    // 214
    [
        "Pesan bantuan",
        "Server menjawab `HELP` dengan teks untuk dibaca manusia, misalnya daftar perintah yang diterimanya atau cara memakai salah satunya. Ini balasan sukses; tidak ada yang berubah pada pengiriman email.",
        "Server mengirimkannya sebagai balasan atas `HELP`, dengan atau tanpa nama perintah sebagai argumen, sering kali dalam beberapa baris. Kode ini paling sering dilihat oleh orang yang menguji server dengan mengetik perintah secara manual.",
        "Tidak ada yang perlu diperbaiki. Baca teksnya jika Anda meminta bantuan; program sebaiknya tidak mengurai teks ini, karena isinya bebas dan berbeda antarserver.",
    ],
    // 220
    [
        "Layanan siap",
        "Server siap. Sebagai baris pertama koneksi, ini adalah salam pembuka yang mempersilakan klien melanjutkan dengan `EHLO`; sebagai jawaban atas `STARTTLS`, kode ini memberi tahu klien untuk memulai handshake TLS sekarang.",
        "Server mengirimkannya segera setelah klien terhubung, biasanya diikuti nama host-nya, dan sebagai balasan atas `STARTTLS` saat server siap mengenkripsi koneksi. Server yang menolak seluruh sesi akan memberi salam pembuka dengan `554` atau `521` sebagai gantinya.",
        "Tidak ada yang perlu diperbaiki. Setelah salam pembuka, klien melanjutkan dengan `EHLO`. Setelah menerima `220` untuk `STARTTLS`, klien menyelesaikan handshake TLS lalu mengirim `EHLO` lagi, karena semua yang disepakati sebelum enkripsi tidak berlaku lagi.",
    ],
    // 221
    [
        "Layanan menutup saluran transmisi",
        "Server menerima `QUIT` dan menutup koneksi secara tertib. Semua yang telah dikonfirmasinya sebelumnya dalam sesi ini tetap berlaku.",
        "Server mengirimkannya sebagai balasan atas `QUIT` di akhir sesi yang normal, biasanya disertai nama host-nya. Kode ini sering muncul sebagai baris terakhir di log pengiriman yang gagal, tetapi hanya melaporkan salam penutup, bukan kegagalannya.",
        "Tidak ada yang perlu diperbaiki. Jika ada pengiriman yang gagal dalam sesi yang sama, lihat balasan tepat sebelum `QUIT`: balasan itulah yang menyebutkan masalahnya.",
    ],
    // 235
    [
        "Autentikasi berhasil",
        "Pertukaran `AUTH` berhasil: server menerima nama pengguna dan kata sandi, atau kredensial lain, untuk sisa sesi ini. Biasanya kode ini disertai kode lanjutan `2.7.0`.",
        "Server mengirimkannya di akhir pertukaran `AUTH` yang berhasil, biasanya saat program email atau aplikasi login ke server email keluarnya sebelum mengirim.",
        "Tidak ada yang perlu diperbaiki. Jika pengiriman tetap gagal setelah titik ini, penyebabnya ada di balasan berikutnya, misalnya `550` atau `554` terkait pengirim atau salah satu penerima.",
    ],
    // 250
    [
        "Tindakan email yang diminta berhasil diselesaikan",
        "Perintah berhasil. Setelah titik penutup pesan (atau potongan `BDAT` terakhir), artinya lebih dari itu: server telah mengambil alih tanggung jawab atas pesan dan akan mengirimkannya atau mengirim email pentalan (bounce) nanti.",
        "Server mengirimkannya untuk menerima `EHLO`, `MAIL FROM`, setiap `RCPT TO`, data pesan, `RSET`, `NOOP`, serta `VRFY` atau `EXPN` yang berhasil diverifikasi. Ekstensi juga memakainya: untuk setiap potongan `BDAT`, untuk `BURL`, saat `ETRN` memulai pemrosesan antrean, dan saat `ATRN` menyerahkan sesi.",
        "Tidak ada yang perlu diperbaiki. Jika pesan yang diterima dengan `250` tidak pernah sampai, pesan itu hilang setelah melewati server ini: periksa log server tersebut dengan ID antrean yang dicantumkan banyak server dalam teksnya, dan periksa juga folder spam penerima.",
    ],
    // 251
    [
        "Pengguna tidak lokal; akan diteruskan",
        "Server menerima alamat penerima itu, tetapi kotak suratnya tidak ada di server ini: server akan meneruskan pesan ke alamat lain yang disebutkannya. Tidak ada yang gagal. Sebagai balasan atas `ETRN`, kode yang sama justru berarti tidak ada email yang menunggu untuk domain yang diminta.",
        "Server dapat mengirimkannya setelah `RCPT TO` atau `VRFY` untuk pengguna yang telah pindah ke alamat baru. Server juga bisa meneruskan tanpa memberi tahu dan cukup menjawab dengan `250` biasa. Server yang mendukung `ETRN` mengirimkannya jika antrean untuk domain yang disebut kosong.",
        "Tidak ada yang perlu dilakukan untuk pesan ini. Jika teksnya menyebutkan alamat baru, pengirim dapat memperbarui buku alamat agar email berikutnya langsung dikirim ke sana.",
    ],
    // 252
    [
        "Tidak dapat memverifikasi pengguna, tetapi pesan akan diterima dan dicoba dikirim",
        "Server tidak mau memastikan apakah alamat itu ada, tetapi akan menerima email untuknya dan mencoba mengirimkannya. Balasan ini tidak mengatakan apa pun tentang kotak suratnya. Sebagai balasan atas `ETRN`, kode yang sama berarti server telah mulai mengirim email yang menunggu untuk domain tersebut.",
        "Banyak server menjawab setiap `VRFY` dan `EXPN` dengan cara ini, karena mengonfirmasi alamat membantu spammer mengumpulkan alamat. Kode ini juga menjadi jawaban jika balasannya memerlukan teks UTF-8 yang tidak diizinkan klien lewat `SMTPUTF8`.",
        "Tidak ada yang perlu diperbaiki. Jangan anggap ini bukti bahwa kotak suratnya ada: satu-satunya cara untuk mengetahuinya adalah mengirim pesan dan memperhatikan apakah ada email pentalan.",
    ],
    // 253
    [
        "Pengiriman pesan tertunda untuk node dimulai, beserta jumlah pesan",
        "Balasan atas `ETRN`: server telah mulai mengirim email yang ditahannya untuk domain atau host yang diminta, dan teksnya menyebutkan berapa banyak pesan yang menunggu. Ini balasan sukses.",
        "Server yang mendukung `ETRN` mengirimkannya ke situs dengan koneksi yang tidak selalu tersambung, misalnya server email kantor kecil, yang terhubung untuk meminta email yang tertahan di antrean. Tidak ada perintah lain yang menghasilkan kode ini.",
        "Tidak ada yang perlu diperbaiki. Pastikan server email Anda sendiri tetap dapat dijangkau: penyedia mengirimkan pesan yang mengantre ke server itu melalui koneksi SMTP baru yang biasa.",
    ],
    // 334
    [
        "Tantangan autentikasi",
        "Server sedang berada di tengah pertukaran `AUTH` dan menunggu jawaban klien berikutnya. Teks setelah kode adalah data base64 yang ditentukan oleh mekanisme yang dipilih, misalnya sebuah tantangan (challenge); teks itu bisa saja kosong.",
        "Server mengirimkannya setelah `AUTH` dan setelah setiap jawaban klien hingga pertukaran selesai. Log yang berhenti di `334` berarti klien tidak pernah menjawab atau koneksinya terputus.",
        "Pada dasarnya tidak ada yang perlu diperbaiki: klien menjawab dengan satu baris base64, atau dengan `*` untuk membatalkan. Jika login macet di sini, pastikan klien dan server mendukung mekanisme yang sama dan tidak ada perangkat di antara keduanya yang memutus koneksi.",
    ],
    // 354
    [
        "Mulai masukkan email; akhiri dengan baris yang hanya berisi titik",
        "Server menerima `DATA` dan menunggu isi pesannya: kolom header, satu baris kosong, badan pesan, dan terakhir satu baris yang hanya berisi satu titik. Belum ada yang diterima untuk dikirim.",
        "Server mengirimkannya sebagai balasan atas `DATA` setelah setidaknya satu penerima diterima. Sesi yang berakhir tepat setelah `354` sering berarti koneksi terputus atau waktunya habis saat pesan sedang dikirim.",
        "Tidak ada yang perlu diperbaiki: kirim pesannya, akhiri dengan baris titik, lalu tunggu balasan akhir, `250` atau pesan kesalahan. Jika sesi terus macet di sini, periksa kemungkinan jaringan yang lambat atau tidak stabil, atau perangkat penyaring di antara kedua server.",
    ],
    // 355
    [
        "Offset oktet adalah offset transaksi",
        "Balasan dari ekstensi eksperimental checkpoint dan restart: server masih menyimpan sebagian pesan dari percobaan yang terputus dengan ID transaksi yang sama, dan angka dalam teksnya menyebutkan berapa oktet yang sudah dimilikinya. Transfer dapat dilanjutkan dari titik itu tanpa harus mulai dari awal.",
        "Hanya server yang menawarkan ekstensi `CHECKPOINT` yang mengirimkannya, sebagai balasan atas `MAIL FROM` dengan parameter `TRANSID` yang cocok dengan transaksi yang belum selesai. Dalam praktik kode ini sangat jarang.",
        "Tidak ada yang perlu diperbaiki. Klien yang memakai ekstensi ini melanjutkan transaksi dan hanya mengirim bagian setelah offset yang disebutkan; klien yang tidak pernah mengirim `TRANSID` seharusnya tidak pernah menerima balasan ini.",
    ],
    // 400
    [
        "Kegagalan sementara, coba lagi nanti",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `400`, dan kode ini tidak memberi informasi apa pun selain digit pertamanya, yang menandakan kegagalan sementara. Server email Courier memakainya untuk beberapa penolakan sementara, misalnya saat mewajibkan `STARTTLS` lebih dulu atau untuk sementara tidak dapat mencari data penerima.",
        "Courier menjawab sebagian besar perintah dengan kode ini jika koneksi wajib dienkripsi dan klien belum mengirim `STARTTLS`. Courier juga menjawab `RCPT TO` dengan cara ini jika pencarian alias gagal, dan memakainya untuk melaporkan bahwa proses submission internalnya tidak dapat dijalankan.",
        "Perlakukan seperti balasan 4xx lainnya dan biarkan server pengirim mencoba ulang nanti. Jika teksnya meminta `STARTTLS`, aktifkan TLS di klien atau server pengirim. Jika kode ini terus muncul karena alasan lain, operator server yang membalas harus memeriksa log-nya.",
    ],
    // 417
    [
        "Pemeriksaan pengirim atau HELO gagal untuk sementara",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `417`. Server email Courier mengirimkannya jika pemeriksaan terhadap pengirim tidak dapat diselesaikan karena alasan sementara, biasanya pencarian DNS untuk domain pengirim atau untuk nama `HELO`. Padanan permanennya di Courier adalah `517`.",
        "Courier menjawab `MAIL FROM` dengan kode ini jika pemeriksaan pengirim opsionalnya diaktifkan dan kueri DNS untuk domain pengirim atau nama `HELO` gagal atau kehabisan waktu. Kode ini juga dipakai untuk hasil SPF yang menurut konfigurasi server diperlakukan sebagai sementara, bukan final.",
        "Biarkan server pengirim mencoba ulang; gangguan DNS singkat akan pulih sendiri. Jika terus berlanjut, administrator domain pengirim perlu memastikan server DNS domain tersebut menjawab dengan andal, dan server pengirim harus memakai nama `HELO` yang dapat di-resolve.",
    ],
    // 421
    [
        "Layanan tidak tersedia, menutup saluran transmisi",
        "Server menutup koneksi dan tidak akan memproses apa pun lagi dalam sesi ini. Masalahnya bersifat sementara: tidak ada yang salah dengan pesan Anda, dan pengiriman yang sama seharusnya berhasil nanti.",
        "Server mengirimkannya sebagai pengganti salam pembuka saat kelebihan beban atau sedang menerapkan greylisting terhadap Anda, dan sebagai balasan atas perintah apa pun saat harus dimatikan. Server yang dihentikan mendadak bisa mengirimkannya tepat sebelum koneksi terputus.",
        "Tidak ada yang perlu diperbaiki pada pesan: biarkan server email Anda menaruhnya di antrean dan mencoba ulang nanti dengan jeda yang makin panjang. Jika hal ini terus terjadi dari satu alamat IP pengirim, turunkan laju pengiriman, pastikan alamat itu tidak masuk daftar blokir, dan baca teks setelah kode, yang sering menyebutkan alasannya.",
    ],
    // 422
    [
        "Kode tidak resmi yang terkait dengan transisi kata sandi",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `422`, dan tidak ada perangkat lunak server yang terdokumentasi mengirimkannya. Satu-satunya jejak resminya adalah registri IANA, yang mencantumkannya di samping `432` sebagai kode dasar yang dapat menyertai `X.7.12`, transisi kata sandi diperlukan.",
        "Kode ini akan muncul sebagai balasan atas `AUTH`, dalam situasi yang oleh RFC pendefinisinya dijawab dengan `432 4.7.12`. Selain pencantumannya di samping `X.7.12`, yang diwarisi dari versi pertama registri, tidak ada keterangan lain tentangnya.",
        "Tangani seperti `432`: login sekali dengan mekanisme PLAIN melalui koneksi terenkripsi, lalu gunakan lagi mekanisme pilihan Anda. Jika teksnya mengatakan hal lain, ikuti teks tersebut dan tanyakan kepada penyedia email apa maksud kode itu.",
    ],
    // 424
    [
        "Kegagalan sementara saat menguraikan alias atau penerusan",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `424`. OpenSMTPD mengirimkannya, bersama `4.2.4`, jika untuk sementara tidak dapat menentukan ke mana email untuk seorang penerima harus dikirim, karena pencarian alias, alamat virtual, atau file forward gagal.",
        "OpenSMTPD memberikannya sebagai balasan atas `RCPT TO` jika pencarian tabel untuk penerima menghasilkan kesalahan sementara, misalnya database atau file yang tidak dapat dibaca, atau file forward milik pengguna yang tidak dapat diperiksa. Bentuk permanen dari masalah yang sama adalah `524` dengan `5.2.4`.",
        "Pihak pengirim cukup mencoba ulang nanti. Operator server OpenSMTPD penerima perlu membaca log-nya, memeriksa tabel alias, virtual, dan forward yang dipakainya, serta memastikan backend di baliknya dapat dijangkau.",
    ],
    // 430
    [
        "Kode tidak resmi yang terkait dengan perintah tidak valid",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `430`, dan tidak ada perangkat lunak server yang terdokumentasi mengirimkannya. Satu-satunya jejak resminya adalah registri IANA, yang mencantumkannya di antara kode dasar yang dapat menyertai `X.5.1`, perintah tidak valid. Karena termasuk kode 4xx, kode ini harus diperlakukan sebagai kegagalan sementara.",
        "Tidak ada situasi yang didefinisikan untuknya. Server yang mengirimkannya kemungkinan menolak sebuah perintah karena tidak didukung atau urutannya salah, sambil memberi isyarat bahwa percobaan ulang mungkin berhasil, sehingga teks setelah kode adalah satu-satunya penjelasan yang sebenarnya.",
        "Perlakukan sebagai kegagalan sementara, seperti kode 4xx lain yang tidak dikenal, dan biarkan server pengirim mencoba ulang nanti. Jika terus muncul, pastikan klien mengirim perintah dalam urutan yang lazim dan tanyakan kepada operator server yang membalas apa arti kode itu di sana.",
    ],
    // 431
    [
        "Sistem email penerima penuh",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `431`, meskipun angkanya mencerminkan kode lanjutan `4.3.1`. Server email Courier mengirimkannya jika kekurangan ruang disk dan tidak dapat menerima penerima atau pesan dengan aman, dan juga untuk batas lunak (soft limit) jumlah penerima.",
        "Courier menjawab `RCPT TO` dengan kode ini jika ruang kosong di bawah ambang batasnya, dan menjawab akhir `DATA` dengan kode ini jika pesan tidak dapat ditulis karena kekurangan ruang. Jika batas lunak penerima dikonfigurasi, setiap `RCPT TO` yang melewati batas akan mendapat kode ini disertai catatan bahwa penerimanya terlalu banyak.",
        "Pengirim cukup menunggu: server email yang normal menyimpan pesan dan mencoba ulang, dan penerima yang ditolak karena batas dikirim dalam transaksi berikutnya. Operator server penerima harus mengosongkan ruang disk atau memperbesar sistem file yang menampung antrean email.",
    ],
    // 432
    [
        "Transisi kata sandi diperlukan",
        "Login dengan mekanisme `AUTH` yang dipilih belum dapat dilakukan untuk akun ini. Server terlebih dulu memerlukan satu kali login dengan mekanisme PLAIN yang sederhana agar dapat menyiapkan apa yang dibutuhkan mekanisme pilihan tersebut. Kode ini dikirim bersama kode lanjutan `4.7.12`.",
        "Server mengirimkannya sebagai balasan atas `AUTH` jika belum menyimpan kredensial akun dalam bentuk yang diperlukan mekanisme yang diminta. Kode ini jarang; kebanyakan pengguna email tidak pernah menjumpainya.",
        "Di program email, login sekali dengan PLAIN, hanya melalui koneksi terenkripsi, lalu kembali ke mekanisme pilihan Anda; sejak itu mekanisme tersebut seharusnya berfungsi. Jika program tidak dapat memilih mekanisme, minta penyedia email menyelesaikan transisi untuk akun tersebut.",
    ],
    // 435
    [
        "Saat ini tidak dapat melakukan autentikasi",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `435`; ekstensi autentikasi memakai `454` untuk kegagalan sementara. Exim mengirimkannya jika tidak dapat memutuskan apakah login itu valid, jadi masalahnya ada di sisi server dan bisa hilang dengan sendirinya.",
        "Exim menjawab `AUTH` dengan kode ini jika authenticator menunda keputusan (defer), misalnya karena pencarian kata sandi di database atau layanan eksternal gagal, atau pemeriksaan yang dikonfigurasi tidak dapat dievaluasi. Hasil tak terduga dari authenticator dilaporkan dengan kode yang sama dan kata-kata \"Internal error\".",
        "Coba login lagi nanti; kredensial Anda tidak dinilai salah. Jika terus berlanjut, administrator Exim perlu memeriksa log utama, yang mencatat alasan authenticator menunda, lalu memperbaiki pencarian atau layanan yang menjadi sandarannya.",
    ],
    // 450
    [
        "Tindakan email yang diminta tidak dilakukan: kotak surat tidak tersedia",
        "Server tidak menerima pesan untuk penerima ini sekarang, tetapi hanya untuk sementara: kotak suratnya sedang sibuk atau terkunci, atau pemeriksaan kebijakan seperti greylisting meminta pengirim kembali nanti. Percobaan berikutnya dengan pesan yang sama bisa berhasil.",
        "Server mengirimkannya setelah `RCPT TO` atau setelah data pesan, biasanya karena greylisting atau selama kotak surat atau pengirim diblokir sementara. Penyedia ODMR memakainya untuk menolak permintaan `ATRN`, dan server submission dapat memakainya untuk pesan dengan `MT-PRIORITY` yang terlalu rendah.",
        "Biasanya tidak perlu apa-apa: server pengirim menaruh pesan di antrean dan mencoba ulang, dan email yang terkena greylisting akan lolos pada percobaan berikutnya. Jika penundaan berlangsung berhari-hari, admin pengirim perlu membaca teks setelah kode, memeriksa daftar blokir, dan menghubungi postmaster penerima.",
    ],
    // 451
    [
        "Tindakan yang diminta dibatalkan: kesalahan lokal dalam pemrosesan",
        "Server mengalami masalah sementara di sisinya sendiri saat menangani perintah, misalnya pencarian DNS atau database yang gagal atau layanan internal yang tidak menjawab, lalu menghentikan langkah ini. Pesan Anda bukan penyebabnya, dan percobaan ulang nanti bisa berhasil.",
        "Server mengirimkannya setelah `MAIL FROM`, `RCPT TO` atau data pesan jika pemeriksaan atau pencarian internal gagal. Kode ini juga menolak `ATRN` jika penyedia tidak dapat memprosesnya saat ini, dan `BURL` jika server IMAP yang menyimpan pesan tidak dapat dijangkau. Klien memperlakukan koneksi yang terputus sebagai `451`.",
        "Biarkan server pengirim mencoba ulang nanti; sebagian besar kasus pulih dengan sendirinya. Jika berulang, operator server yang membalas harus mencari komponen yang gagal di log-nya; teks setelah kode dan kode lanjutan seperti `4.4.3` atau `4.3.0` membantu mempersempit penyebabnya.",
    ],
    // 452
    [
        "Tindakan yang diminta tidak dilakukan: penyimpanan sistem tidak cukup",
        "Server tidak dapat menerima ini sekarang karena kekurangan sumber daya: ruang disk, atau batas jumlah penerima per pesan. Kondisinya sementara, jadi pesan yang sama dapat diterima nanti atau dalam bagian yang lebih kecil.",
        "Server mengirimkannya setelah `MAIL FROM` jika ukuran yang dinyatakan dengan `SIZE` tidak muat di ruang kosong, setelah `RCPT TO` begitu batas penerima untuk satu pesan tercapai, dan setelah data pesan jika penyimpanan habis. Penerima yang sudah diterima sebelum batas tercapai tetap diterima.",
        "Jika penerimanya terlalu banyak, klien mengirim pesan ke penerima yang sudah diterima dan sisanya dalam transaksi berikutnya; perangkat lunak email yang baik melakukannya secara otomatis. Jika masalahnya penyimpanan, coba lagi nanti; jika terus berlanjut, operator server harus mengosongkan ruang disk atau menaikkan batasnya.",
    ],
    // 453
    [
        "Anda tidak punya email",
        "Balasan On-Demand Mail Relay atas `ATRN`: penyedia tidak memiliki email di antrean untuk domain Anda, jadi tidak ada yang perlu dikirim dalam sesi ini. Balasan ini bersifat sementara hanya karena email baru mungkin datang nanti; tidak ada yang salah.",
        "Penyedia ODMR mengirimkannya jika server email pelanggan, biasanya yang alamat IP-nya berubah-ubah, meminta emailnya dengan `ATRN` sementara antreannya kosong. Penyedia juga bisa menerima dengan `250` lalu langsung mengakhiri sesi.",
        "Tidak ada yang perlu diperbaiki: minta lagi nanti, seperti yang biasanya dilakukan server pelanggan sesuai jadwalnya sendiri. Jika Anda menunggu email, pastikan kepada penyedia bahwa email untuk domain Anda memang ditahan untuk ODMR.",
    ],
    // 454
    [
        "Kegagalan TLS atau autentikasi sementara",
        "Sebuah langkah keamanan gagal karena alasan sementara di sisi server. Setelah `STARTTLS`, server saat ini tidak dapat memulai enkripsi; setelah `AUTH`, server tidak dapat memeriksa kredensial, biasanya dengan `4.7.0`. Kata sandinya tidak ditolak.",
        "Server mengirimkannya untuk `STARTTLS` jika konfigurasi TLS-nya untuk sementara tidak dapat dipakai, misalnya karena sertifikat tidak dapat dimuat, dan untuk `AUTH` jika layanan pemeriksa kata sandi tidak merespons.",
        "Jangan mengetik ulang atau mengganti kata sandi; coba lagi nanti. Setelah `STARTTLS`, kebijakan server pengirim yang menentukan apakah melanjutkan tanpa enkripsi, mencoba lagi nanti, atau menyerah. Jika terus berlanjut, operator server harus memeriksa konfigurasi TLS atau layanan autentikasinya.",
    ],
    // 455
    [
        "Server tidak dapat memenuhi parameter",
        "Server memahami parameter ekstensi pada `MAIL FROM` atau `RCPT TO`, tetapi saat ini tidak dapat memenuhinya. Mencoba lagi nanti mungkin berhasil; padanan permanennya adalah `555`.",
        "Server mengirimkannya jika parameter opsional meminta sesuatu yang saat ini tidak dapat disediakannya, misalnya tenggat Deliver By yang ditetapkan dengan `BY` dan mustahil dipenuhi dalam kondisi saat ini. Kode ini jarang muncul dalam email sehari-hari.",
        "Biarkan klien mencoba ulang nanti. Jika terus terjadi, cari parameter yang disebut dalam teks dan, jika memungkinkan, kirim tanpa parameter itu atau longgarkan nilainya, misalnya dengan tenggat pengiriman yang lebih lama.",
    ],
    // 458
    [
        "Tidak dapat mengantrekan pesan untuk node",
        "Balasan atas `ETRN`: server saat ini tidak dapat memulai pengiriman untuk domain atau host yang diminta. Email di antrean tetap ditahan; hanya permintaan untuk mengirimkannya sekarang yang gagal.",
        "Server yang mendukung `ETRN` mengirimkannya ke situs dengan koneksi yang tidak selalu tersambung yang meminta email di antreannya, jika pemrosesan antrean tidak dapat dimulai, misalnya karena server sedang sibuk.",
        "Kirim `ETRN` lagi nanti; penyedia juga akan mengirimkan email tersebut sesuai jadwal percobaan ulang normalnya. Jika terus berlanjut, minta admin email penyedia memeriksa antrean untuk domain Anda.",
    ],
    // 459
    [
        "Node tidak diizinkan",
        "Balasan atas `ETRN`: server menolak memulai pengiriman untuk domain atau host yang Anda sebutkan, dan teksnya memberikan alasannya. Jika alasannya berupa pengaturan izin, meminta lagi tanpa perubahan tidak akan membantu.",
        "Server mengirimkannya jika nama setelah `ETRN` bukan domain yang emailnya ditahan oleh server itu, atau jika host yang terhubung tidak diizinkan memicu pengiriman untuk nama tersebut.",
        "Pastikan argumen `ETRN` persis sama dengan domain yang diantrekan penyedia untuk Anda, dan bahwa Anda terhubung dengan cara yang diizinkan penyedia. Jika tidak, minta penyedia mengizinkan `ETRN` untuk domain tersebut.",
    ],
    // 500
    [
        "Kesalahan sintaksis, perintah tidak dikenali",
        "Server sama sekali tidak mengenali kata perintahnya, atau baris perintahnya terlalu panjang untuk dibaca. Tidak ada yang dilakukan, dan kesalahannya ada pada apa yang dikirim klien, bukan pada pesan atau penerimanya.",
        "Server mengirimkannya untuk perintah yang salah eja atau tidak dikenal, untuk baris perintah yang melebihi batas panjang standar, dan untuk perintah ekstensi yang tidak dikenalinya. Selama `AUTH`, kode ini juga melaporkan baris respons klien yang terlalu panjang (`5.5.6`).",
        "Perbaiki kliennya, bukan pesannya: periksa ejaan perintah, jaga panjang baris perintah dalam batas standar, dan gunakan perintah ekstensi hanya jika server mencantumkannya dalam balasan `EHLO`. Mengirim baris yang sama lagi akan gagal dengan cara yang sama.",
    ],
    // 501
    [
        "Kesalahan sintaksis pada parameter atau argumen",
        "Server mengenali perintahnya, tetapi yang mengikutinya tidak dapat diterima: sebuah alamat, parameter, atau argumen formatnya salah, berulang, atau di luar rentang. Kata perintahnya sendiri sudah benar.",
        "Server mengirimkannya untuk alamat yang formatnya salah di `MAIL FROM` atau `RCPT TO`, argumen `EHLO` yang tidak valid, argumen yang ditambahkan pada perintah yang tidak menerima argumen (seperti `STARTTLS` atau `DATA`), dan nilai parameter ekstensi yang tidak valid. `AUTH` mengembalikannya jika klien membatalkan pertukaran atau mengirim data yang bukan Base64 valid.",
        "Perbaiki baris perintah di klien: tulis alamat di dalam kurung sudut tanpa spasi di sekitar titik dua, periksa nama dan nilai parameter sesuai ekstensi yang mendefinisikannya, dan hapus argumen yang tidak diterima perintah tersebut. Teks setelah kode sering menunjuk bagian yang salah.",
    ],
    // 502
    [
        "Perintah tidak diimplementasikan",
        "Server mengenali perintahnya tetapi tidak mendukungnya, entah karena memang tidak pernah dibuat atau karena dimatikan oleh operatornya. Perintahnya ditulis dengan benar; server ini saja yang tidak menyediakannya.",
        "Server mengirimkannya untuk `VRFY`, `EXPN` atau `HELP` jika perintah itu tidak tersedia, dan server yang sangat lama mengirimkannya sebagai balasan atas `EHLO` karena hanya mengenal `HELO`. Server relay on-demand menjawab semua perintah selain `EHLO`, `AUTH`, `ATRN` dan `QUIT` dengan kode ini.",
        "Jangan ulangi perintah itu di server ini: lanjutkan tanpanya, dan setelah `EHLO` gunakan hanya ekstensi yang dicantumkan server. Jika `EHLO` sendiri ditolak, beralihlah ke `HELO`. Jika Anda benar-benar memerlukan fiturnya, tanyakan kepada operator server apakah fitur itu dapat diaktifkan.",
    ],
    // 503
    [
        "Urutan perintah salah",
        "Perintahnya sendiri valid, tetapi dikirim pada saat yang salah dalam sesi. Ini kesalahan permanen dalam urutan perintah klien, bukan masalah server, jadi menunggu lalu mengulangi urutan yang sama tidak akan membantu.",
        "Penyebab yang umum adalah `RCPT TO` sebelum ada `MAIL FROM`, `MAIL FROM` kedua di dalam transaksi yang masih terbuka, `DATA` padahal belum ada penerima yang diterima, dan `AUTH` setelah login berhasil atau di tengah transaksi. Server yang menolak sesi dengan salam pembuka `554` juga menjawab perintah berikutnya dengan kode ini.",
        "Perbaiki urutan perintah klien: `EHLO`, `AUTH` jika perlu, `MAIL FROM`, satu atau beberapa `RCPT TO`, lalu `DATA` hanya setelah setidaknya satu penerima mendapat `250`. Kirim `RSET` untuk kembali ke keadaan bersih. Periksa juga balasan sebelumnya di log, karena `MAIL FROM` atau `RCPT TO` yang ditolak sering menyebabkan `503` yang menyusul.",
    ],
    // 504
    [
        "Parameter perintah tidak diimplementasikan",
        "Server mendukung perintahnya, tetapi tidak mendukung opsi atau nilai yang diberikan bersamanya. Sintaksisnya benar; server hanya tidak menyediakan varian perintah tersebut.",
        "Kasus paling umum adalah `AUTH` yang menyebut mekanisme yang tidak didukung server atau tidak diizinkan pada koneksi saat ini (`5.5.4`). Server juga mengirimkannya untuk argumen `VRFY`, `EXPN` atau `HELP` yang tidak ditanganinya, dan untuk parameter konversi konten pada `MAIL FROM` atau `RCPT TO` yang tidak diimplementasikannya.",
        "Pilih opsi yang ditawarkan server: untuk `AUTH`, pilih mekanisme dari daftar di balasan `EHLO`, dan jalankan `STARTTLS` lebih dulu jika mekanisme yang Anda inginkan hanya ditawarkan pada koneksi terenkripsi. Jika tidak, kirim perintah tanpa parameter yang tidak didukung.",
    ],
    // 511
    [
        "Tidak ada kotak surat dengan nama itu di sini",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `511`. Rilis lama patch chkuser untuk qmail dengan vpopmail mengirimkannya untuk menolak penerima yang tidak ada atau tidak mungkin valid. Angkanya mencerminkan kode lanjutan `5.1.1`, dan orang juga menulis `511` sebagai singkatan dari `550 5.1.1`.",
        "Patch chkuser menjawab `RCPT TO` dengan kode ini jika kotak surat tidak ada di domain vpopmail, jika alamatnya tidak memiliki domain atau formatnya tidak valid, atau jika domain penerima atau pengirim tidak memiliki MX yang dapat dipakai. Rilis chkuser saat ini mengirim `550` dengan `5.1.1` sebagai gantinya.",
        "Periksa apakah ada salah ketik di alamat penerima dan konfirmasikan alamat itu kepada penerima melalui cara lain; mengirim ulang tanpa perubahan akan gagal lagi. Jika teksnya menyebutkan bahwa tidak ditemukan MX yang valid, administrator domain yang disebut di sana harus memublikasikan record MX yang berfungsi.",
    ],
    // 517
    [
        "Alamat pengirim ditolak",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `517`; angkanya mencerminkan kode lanjutan `5.1.7`. Server email Courier mengirimkannya untuk menolak pengirim secara permanen, karena alamat pengirim, domainnya, atau server yang terhubung gagal dalam salah satu pemeriksaan Courier.",
        "Courier menjawab `MAIL FROM` dengan kode ini jika pengirim ada di daftar blokirnya, jika domain pengirim tidak ada atau memiliki record MX yang tidak valid atau diblokir, jika alamat dari penyedia email gratis datang dari luar server penyedia tersebut, jika SPF gagal, atau jika nama `HELO` tidak lolos pemeriksaan.",
        "Administrator pengirim perlu memastikan domainnya ada dengan record MX yang valid dan record SPF yang mencakup server pengirim, serta bahwa server memakai nama `HELO` yang dapat di-resolve. Jika alamat itu sendiri diblokir, hanya operator server penerima yang dapat mencabut blokirnya.",
    ],
    // 521
    [
        "Host tidak menerima email",
        "Host yang Anda hubungi tidak pernah menerima email untuk siapa pun; host itu hanya menjawab untuk menyatakan hal tersebut. Ini pernyataan permanen tentang server itu, bukan tentang pesan atau alamat pengirim Anda.",
        "Server mengirimkannya sebagai pengganti salam pembuka `220` yang biasa, umumnya server email tiruan (dummy) yang dijalankan untuk host atau domain yang tidak menerima email. Setelah itu, server dapat menjawab perintah berikutnya dengan `521` lagi atau langsung menutup koneksi.",
        "Jangan mencoba ulang ke host ini. Periksa apakah alamat penerima dan domainnya dieja dengan benar; jika benar, minta alamat lain kepada penerima. Jika domain tersebut memang seharusnya menerima email, administratornya harus mengarahkan record MX-nya ke server email yang sebenarnya.",
    ],
    // 522
    [
        "Kotak surat penerima penuh",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `522`; angkanya mencerminkan kode lanjutan `5.2.2`. Rilis lama patch chkuser untuk qmail dengan vpopmail mengirimkannya jika kotak surat penerima terisi melebihi ambang kuotanya.",
        "Patch chkuser menjawab `RCPT TO` dengan kode ini jika pemeriksaan kuota diaktifkan di server dan kotak surat penerima terisi melebihi persentase yang dikonfigurasi. Rilis chkuser saat ini mengirim `552` dengan `5.2.2` dalam situasi yang sama.",
        "Beri tahu penerima melalui cara lain bahwa kotak suratnya penuh; penerima harus menghapus email atau meminta kuota yang lebih besar. Kirim lagi setelah itu, karena percobaan ulang langsung akan ditolak dengan cara yang sama.",
    ],
    // 523
    [
        "Enkripsi diperlukan",
        "Tidak ada RFC yang mendefinisikan `523` sebagai balasan SMTP, jadi kode ini tidak standar, dan tidak ada spesifikasi terbitan yang menyebutkan server mana yang mengirimkannya. Kode ini hanya muncul di registri IANA sebagai kode dasar untuk `X.7.10`: mekanisme autentikasi yang dipilih hanya boleh dipakai melalui koneksi terenkripsi.",
        "Kode ini akan menjawab `AUTH` dengan mekanisme teks polos seperti PLAIN pada koneksi yang belum dienkripsi. Server standar melaporkan situasi ini dengan `504`, atau tidak menawarkan mekanisme seperti itu sebelum `STARTTLS`.",
        "Jalankan `STARTTLS`, kirim `EHLO` lagi, lalu ulangi `AUTH` melalui koneksi terenkripsi; di program email, aktifkan TLS untuk server keluar. Sebagai alternatif, pilih mekanisme yang tidak mengirim kata sandi dalam bentuk teks polos.",
    ],
    // 524
    [
        "Enkripsi diperlukan untuk mekanisme autentikasi yang diminta",
        "Tidak ada RFC yang mendefinisikan `524` sebagai balasan SMTP, jadi kode ini tidak standar, dan tidak ada spesifikasi terbitan yang menyebutkan server mana yang mengirimkannya. Registri IANA mencantumkannya, di samping `538` yang sudah usang, sebagai kode dasar untuk `X.7.11`: mekanisme login yang dipilih hanya diizinkan pada koneksi terenkripsi.",
        "Kode ini akan menjawab `AUTH` yang dikirim melalui koneksi tanpa enkripsi dengan mekanisme yang hanya diizinkan server setelah `STARTTLS`. Server standar menolak permintaan seperti itu dengan `504`, atau tidak mencantumkan mekanisme tersebut sampai koneksinya terenkripsi.",
        "Jalankan `STARTTLS`, kirim `EHLO` lagi untuk mendapatkan daftar mekanisme terbaru, lalu ulangi `AUTH`. Jika server tidak menawarkan enkripsi, gunakan mekanisme yang dicantumkannya untuk koneksi tanpa enkripsi.",
    ],
    // 525
    [
        "Akun pengguna dinonaktifkan",
        "Tidak ada RFC yang mendefinisikan `525` sebagai balasan SMTP, jadi kode ini tidak standar, dan tidak ada spesifikasi terbitan yang menyebutkan server mana yang mengirimkannya. Registri IANA hanya mencantumkannya sebagai kode dasar untuk `X.7.13`: data login-nya benar, tetapi akunnya telah dinonaktifkan.",
        "Kode ini akan menjawab `AUTH` setelah pemeriksaan kredensial berhasil, untuk akun yang telah diblokir administrator, misalnya karena tagihan belum dibayar, penyalahgunaan, atau dugaan pembobolan. Blokir tetap berlaku sampai pemilik akun menyelesaikannya dengan penyedia.",
        "Mengganti kata sandi atau pengaturan program email tidak akan membantu. Hubungi penyedia atau administrator akun email untuk mengetahui alasan akun dinonaktifkan dan meminta agar diaktifkan kembali.",
    ],
    // 530
    [
        "Autentikasi diperlukan",
        "Server tidak akan menjalankan perintah sampai sesi diautentikasi atau, pada beberapa server, sampai koneksi dienkripsi dengan `STARTTLS`. Tidak ada yang salah dengan pesan atau alamatnya; sesi ini belum login atau belum terenkripsi.",
        "Server submission mengirimkannya untuk `MAIL FROM` dan perintah berikutnya jika klien belum login dengan `AUTH`. Server yang mewajibkan TLS mengirimkannya, dengan teks yang meminta `STARTTLS` terlebih dulu, untuk setiap perintah kecuali `NOOP`, `EHLO`, `STARTTLS` dan `QUIT` sampai enkripsi aktif.",
        "Aktifkan autentikasi untuk server keluar di program email, dengan nama pengguna dan kata sandi akun, dan aktifkan TLS jika teksnya memintanya. Perangkat lunak klien harus mengirim `STARTTLS`, lalu `EHLO` lagi, lalu `AUTH`, semuanya sebelum `MAIL FROM`.",
    ],
    // 533
    [
        "Pengiriman tidak diizinkan, pesan ditolak",
        "Tidak ada RFC yang mendefinisikan `533` sebagai balasan SMTP, jadi kode ini tidak standar, dan tidak ada spesifikasi terbitan yang menyebutkan server mana yang mengirimkannya atau untuk perintah apa. Satu-satunya jejak resminya adalah registri IANA, yang mencantumkannya di antara kode dasar untuk `X.7.1`, pengiriman tidak diizinkan.",
        "Tidak ada urutan perintah standar yang menghasilkannya. Server yang mengirimkannya sebaiknya dipahami sebagai menolak email secara permanen atas dasar kebijakan, seperti `550` dengan `5.7.1`: pengirim atau host pengirim ini tidak boleh mengirim ke penerima ini.",
        "Tangani seperti penolakan kebijakan `550`: baca teks dan kode lanjutannya, pastikan host pengirim Anda diizinkan mengirim atau me-relay email ini, dan hubungi postmaster penerima jika menurut Anda blokir itu keliru. Klien harus memperlakukannya sebagai permanen karena digit pertamanya.",
    ],
    // 534
    [
        "Mekanisme autentikasi terlalu lemah",
        "Server menolak metode login yang dipilih klien, karena kebijakannya mewajibkan metode yang lebih kuat untuk pengguna ini. Kata sandinya bisa saja benar; hanya mekanismenya yang ditolak.",
        "Server mengirimkannya, bersama `5.7.9`, sebagai jawaban atas `AUTH` jika mekanisme yang disebut dalam perintah lebih lemah daripada yang diizinkan server untuk akun tersebut.",
        "Ulangi `AUTH` dengan mekanisme yang lebih kuat dari daftar di balasan `EHLO`; di program email, ubah pengaturan metode autentikasi. Memasukkan kata sandi baru tidak akan membantu.",
    ],
    // 535
    [
        "Kredensial autentikasi tidak valid",
        "Login gagal karena server tidak menerima nama pengguna, kata sandi, atau kredensial lainnya. Ini jawaban umum untuk `AUTH` yang gagal jika tidak ada kode yang lebih spesifik.",
        "Server mengirimkannya, biasanya bersama `5.7.8`, di akhir pertukaran `AUTH` jika kata sandinya salah, penggunanya tidak dikenal, atau kredensialnya tidak memadai untuk akun ini.",
        "Periksa nama pengguna dan kata sandi yang tersimpan di program email lalu perbaiki; perangkat lunak klien sebaiknya meminta pengguna memasukkannya lagi, bukan mencoba ulang dengan kredensial yang sama. Jika sudah benar, periksa petunjuk pengaturan dari penyedia, karena sebagian penyedia mewajibkan kata sandi terpisah atau metode login lain untuk mengirim email.",
    ],
    // 538
    [
        "Enkripsi diperlukan untuk mekanisme autentikasi yang diminta",
        "Server menolak mekanisme login yang dipilih karena mekanisme itu hanya boleh dipakai melalui koneksi terenkripsi. RFC 4954 menyatakan kode ini usang: server saat ini seharusnya tidak menawarkan mekanisme seperti itu sebelum enkripsi dan menolaknya dengan `504` jika diminta.",
        "Server lama yang dibuat menurut standar autentikasi sebelumnya mengirimkannya, bersama `5.7.11`, sebagai jawaban atas `AUTH` pada koneksi yang belum menjalankan `STARTTLS`, biasanya untuk mekanisme teks polos.",
        "Kirim `STARTTLS`, lalu `EHLO` lagi, dan ulangi `AUTH` melalui koneksi terenkripsi; di program email, aktifkan TLS untuk server keluar. Operator server sebaiknya berhenti mengirim kode ini dan menyembunyikan mekanisme semacam itu sampai TLS aktif.",
    ],
    // 546
    [
        "Loop routing terdeteksi, terlalu banyak header Received",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `546`; angkanya mencerminkan kode lanjutan `5.4.6`. Server email Courier mengirimkannya jika sebuah pesan sudah melewati begitu banyak server sehingga hampir pasti berputar-putar dalam loop.",
        "Courier menjawab akhir `DATA` dengan kode ini jika header pesan memuat lebih dari 100 baris Received. Loop semacam itu biasanya berasal dari aturan penerusan, alias, atau pengaturan MX dan routing yang mengoper email bolak-balik antarsistem.",
        "Baca baris Received pada pesan yang terpental untuk melihat server mana yang berulang, lalu perbaiki aturan penerusan, alias, atau pengaturan routing yang mengirim email itu kembali. Mengirim ulang sebelum itu diperbaiki akan menimbulkan loop lagi.",
    ],
    // 550
    [
        "Tindakan yang diminta tidak dilakukan: kotak surat tidak tersedia",
        "Server menolak alamat atau pesan ini secara permanen. Kotak suratnya tidak ada, pengirim tidak punya akses ke kotak surat itu, atau kebijakan lokal, seperti penyaringan spam, aturan relay, atau pemeriksaan pengirim, menolak email tersebut.",
        "Server mengirimkannya untuk `RCPT TO` jika penerimanya tidak dikenal (`5.1.1`) dan untuk relay yang tidak diizinkannya (sering `5.7.1`), untuk `MAIL FROM` jika pengirimnya ditolak, dan setelah akhir `DATA` untuk email yang ditolak karena kebijakan. Kode lanjutan yang menyertainya membedakan kasus-kasus tersebut.",
        "Baca kode lanjutan dan teksnya. Untuk `5.1.1`, periksa ejaan alamat atau minta alamat yang benar kepada penerima. Untuk penolakan kebijakan seperti `5.7.1`, administrator domain pengirim harus memeriksa SPF, DKIM, dan daftar blokir, atau menghubungi postmaster penerima. Mengirim ulang tanpa perubahan akan gagal lagi.",
    ],
    // 551
    [
        "Pengguna tidak lokal; silakan coba alamat lain",
        "Server tidak menangani email untuk penerima ini dan tidak akan meneruskannya; teksnya biasanya menyebutkan alamat yang harus dipakai sebagai gantinya. Ini salah satu dari sedikit balasan yang teksnya boleh ditindaklanjuti oleh klien.",
        "Server mengirimkannya untuk `RCPT TO` atau `VRFY` bagi pengguna yang telah pindah atau emailnya ditangani di tempat lain, jika situs tersebut memilih mengungkapkan alamat baru alih-alih meneruskan diam-diam. Situs yang tidak ingin membuka alamat akan menjawab dengan `550` biasa.",
        "Periksa apakah alamat yang disebut dalam teks masuk akal, lalu kirim pesan ke sana dan perbarui data kontaknya. Jika tidak ada alamat yang disebutkan, tanyakan alamat terbaru kepada penerima melalui cara lain.",
    ],
    // 552
    [
        "Tindakan email yang diminta dibatalkan: alokasi penyimpanan terlampaui",
        "Tindakan dihentikan oleh batas ukuran atau penyimpanan: pesan lebih besar daripada yang diterima server atau kotak surat, atau ruang penyimpanan penerima sudah habis. Alamatnya tidak bermasalah; ukuran email itulah masalahnya.",
        "Server mengirimkannya untuk `MAIL FROM` jika `SIZE` yang dinyatakan melebihi batas maksimumnya, setelah akhir `DATA` jika pesannya ternyata terlalu besar, dan untuk `RCPT TO` jika kotak suratnya penuh (`5.2.2`). Server lama juga memakainya untuk penerima yang terlalu banyak, yang seharusnya `452`.",
        "Perkecil pesan, misalnya dengan mengirim file besar sebagai tautan, dan jangan melebihi batas `SIZE` yang diumumkan server setelah `EHLO`. Jika kotak surat penerima penuh, penerima harus mengosongkan ruang. Klien yang mendapat kode ini setelah banyak perintah `RCPT TO` sebaiknya mengirim penerima sisanya dalam transaksi berikutnya.",
    ],
    // 553
    [
        "Tindakan yang diminta tidak dilakukan: nama kotak surat tidak diizinkan",
        "Server menolak alamat itu karena cara penulisannya: sintaksisnya salah, mengandung karakter yang tidak diterima server, atau cocok dengan lebih dari satu pengguna. Masalahnya ada pada bentuk alamat, bukan pada ada tidaknya kotak surat.",
        "Server mengirimkannya untuk `MAIL FROM` atau `RCPT TO` jika alamatnya salah format atau berisi karakter non-ASCII yang tidak dapat diterimanya (`5.6.7`), dan untuk `VRFY` jika sebuah nama ambigu.",
        "Periksa alamat karakter demi karakter: tepat satu tanda @, tanpa spasi, tanpa kurung atau tanda kutip yang nyasar, dan domain yang lengkap. Perbaiki lalu kirim lagi; jika alamatnya berisi karakter non-ASCII, gunakan alamat ASCII biasa milik penerima jika ada.",
    ],
    // 554
    [
        "Transaksi gagal",
        "Kegagalan permanen yang umum: server menolak seluruh transaksi atau seluruh sesi, bukan satu alamat tertentu. Kode ini dipakai jika tidak ada kode yang lebih tepat, jadi alasan sebenarnya ada di teks dan kode lanjutan yang menyertainya.",
        "Server mengirimkannya sebagai pengganti salam pembuka `220` untuk menolak klien sepenuhnya (\"No SMTP service here\"), sebagai balasan atas `DATA` jika tidak ada penerima yang diterima, dan setelah akhir `DATA` jika isinya ditolak. Server submission juga memakainya untuk perintah atau data pesan yang tidak semestinya.",
        "Baca teks dan kode lanjutannya untuk mengetahui alasannya; mengirim ulang tanpa perubahan tidak akan membantu. Sebagai salam pembuka, kode ini biasanya berarti host atau alamat IP pengirim ditolak oleh kebijakan, jadi administrator domain pengirim perlu memeriksa daftar blokir atau menghubungi situs penerima. Jika muncul setelah pesan dikirim, ubah isi yang ditolak.",
    ],
    // 555
    [
        "Parameter MAIL FROM/RCPT TO tidak dikenali atau tidak diimplementasikan",
        "Server tidak mengenal, atau tidak mendukung, parameter ekstensi yang ditambahkan pada `MAIL FROM` atau `RCPT TO`. Alamatnya sendiri mungkin tidak bermasalah; parameter tambahan itulah yang menyebabkan penolakan.",
        "Server mengirimkannya jika klien menambahkan parameter seperti `SMTPUTF8`, `REQUIRETLS` atau `MT-PRIORITY` yang tidak diumumkan server setelah `EHLO`. Server yang menawarkan deliver-by juga mengirimkannya untuk tenggat pengiriman yang tidak mungkin dipenuhinya.",
        "Pastikan klien hanya mengirim parameter yang diumumkan server dalam balasan `EHLO`, atau hapus parameter itu lalu coba lagi. Jika pesan tersebut bergantung pada ekstensi itu, kirimkan melalui server yang mendukungnya atau kembalikan kepada pengirim.",
    ],
    // 556
    [
        "Domain tidak menerima email",
        "Domain penerima telah menyatakan bahwa domain itu sama sekali tidak menerima email, jadi tidak ada alamat di sana yang dapat menerima pesan ini. Ini jawaban permanen tentang seluruh domain, bukan tentang satu kotak surat.",
        "Server relay dan server submission mengirimkannya untuk `RCPT TO` tanpa mencoba terhubung sama sekali, biasanya karena domain tersebut memublikasikan record null MX (`5.1.10`). Salah ketik di bagian domain alamat adalah penyebab yang umum.",
        "Periksa apakah ada salah ketik pada domain setelah tanda @ dan minta alamat yang berfungsi kepada penerima. Jika Anda pemilik domain itu dan ingin menerima email, ganti record null MX dengan record MX yang sebenarnya.",
    ],
    // 557
    [
        "Data pesan melebihi ukuran maksimum",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `557`; kode yang lazim untuk pesan yang terlalu besar adalah `552`. Alibaba Cloud Direct Mail mengirimkannya kepada pelanggannya sendiri jika pesan yang dikirim melalui layanan SMTP-nya lebih besar daripada yang diizinkan layanan tersebut.",
        "Direct Mail memberikannya di akhir `DATA` jika keseluruhan pesan, termasuk lampiran, melebihi batas ukurannya. Kode ini berasal dari Direct Mail saat menerima pesan Anda, bukan dari server penerima.",
        "Perkecil pesannya: kompres atau buang lampiran, atau bagikan file besar sebagai tautan, dan periksa batas ukuran di dokumentasi Direct Mail. Mengirim ulang pesan yang sama akan ditolak lagi.",
    ],
    // 559
    [
        "Alamat penerima tidak valid",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `559`. Alibaba Cloud Direct Mail mengirimkannya kepada pelanggannya jika alamat penerima ada dalam daftar alamat tidak valid yang dikenal layanan tersebut, dan menolak mengirim ke sana.",
        "Direct Mail menjawab `RCPT TO` dengan kode ini saat menerima pesan dari aplikasi Anda, sebelum pengiriman apa pun dicoba, jika alamatnya cocok dengan daftar global alamat tidak validnya. Server milik penerima tidak dihubungi.",
        "Periksa apakah ada salah ketik di alamat dan konfirmasikan kepada penerima melalui cara lain. Hapus alamat yang memang tidak valid dari daftar Anda, karena mengirim ke alamat itu lagi hanya akan mengulang penolakan.",
    ],
    // 571
    [
        "Pengiriman tidak diizinkan, ditolak oleh kebijakan lokal",
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `571`; angkanya mencerminkan kode lanjutan `5.7.1`. Server email Courier mengirimkannya jika filter penerima menolak pesan, dan rilis lama patch chkuser untuk qmail mengirimkannya jika klien melanggar batas atau pemeriksaan pengirimnya.",
        "Courier menjawab `RCPT TO` dengan kode ini jika filter yang dikonfigurasi menolak penerima tanpa memberikan teksnya sendiri. Patch chkuser menjawab `RCPT TO` dengan kode ini jika sebuah sesi melewati batas penerimanya atau memiliki terlalu banyak penerima yang tidak dikenal, dan jika format alamat pengirim tidak valid.",
        "Baca teks setelah kode. Jika penerimanya terlalu banyak, pecah pengiriman menjadi kelompok yang lebih kecil per koneksi; jika pengirimnya tidak valid, perbaiki alamat pengirim. Jika filter yang menolak email itu, hanya administrator penerima yang dapat menjelaskan alasannya dan mengizinkannya.",
    ],
    // X.0.0
    [
        "Status lain yang tidak terdefinisi",
        "Kode ini hanya memberi tahu kelas hasilnya dan tidak menyebutkan penyebabnya: `2.0.0` adalah sukses biasa, `4.0.0` kegagalan sementara yang tidak dirinci, dan `5.0.0` kegagalan permanen yang tidak dirinci. Penjelasan yang sebenarnya ada di teks setelah kode.",
        "Server mencantumkan `2.0.0` pada balasan sukses rutin, misalnya jawaban `221` atas `QUIT`. Bentuk kegagalannya dipakai untuk kesalahan yang tidak dapat dipetakan perangkat lunak ke kode yang lebih spesifik, dan laporan pengiriman harus memakai `4.0.0` atau `5.0.0` jika tidak ada kode spesifik yang cocok.",
        "Untuk `2.0.0` tidak ada yang perlu dilakukan, dan untuk `4.0.0` server Anda cukup mencoba ulang nanti. Untuk `5.0.0`, baca teks balasan atau email pentalan, yang biasanya menyebutkan penyebabnya; jika tidak, kirim baris kesalahan lengkap beserta waktunya kepada administrator server yang menghasilkannya.",
    ],
    // X.1.0
    [
        "Status alamat lainnya",
        "Sesuatu pada sebuah alamat, baik milik pengirim maupun penerima, menyebabkan status ini, dan server tidak memberikan detail lebih lanjut. Dengan kelas 2 kode ini hanya mengonfirmasi bahwa alamat diterima; dengan kelas 4 atau 5 alamat itu ditolak karena alasan yang tidak disebutkan oleh kode.",
        "Bentuk sukses `2.1.0` lazim menjawab `MAIL FROM` yang diterima, seperti pada contoh RFC 2034. Bentuk kegagalannya muncul sebagai balasan atas `MAIL FROM` atau `RCPT TO` jika pemeriksaan alamat gagal karena alasan yang tidak tercakup oleh kode alamat lain yang lebih spesifik.",
        "Untuk `2.1.0` tidak ada yang perlu dilakukan. Selain itu, periksa alamat pengirim dan penerima dari salah ketik, karakter nyasar, dan domain yang keliru, lalu baca teks setelah kode untuk alasan sebenarnya. Jika alamatnya sudah benar, tanyakan kepada administrator server yang menolaknya.",
    ],
    // X.1.1
    [
        "Alamat kotak surat tujuan salah",
        "Domain penerima menerima email, tetapi kotak surat yang disebut sebelum `@` tidak ada di sana. RFC 3463 memaksudkannya hanya untuk kegagalan permanen, jadi bentuk normalnya adalah `5.1.1`.",
        "Server penerima menjawab `RCPT TO` dengan `550` dan `5.1.1` untuk pengguna yang tidak dikenal, dan email pentalan melaporkannya jika server berikutnya mendapati kotak suratnya tidak ada. IANA juga memasangkannya dengan `451`, jadi `4.1.1` yang sementara bisa saja muncul, meskipun kondisinya sendiri dimaksudkan permanen.",
        "Periksa ejaan bagian sebelum `@` dan konfirmasikan alamatnya kepada penerima melalui saluran lain; orang itu mungkin sudah keluar atau berganti alamat. Mengirim ulang ke alamat yang sama tidak akan membantu. Jika Anda mengelola domain penerima dan pengguna itu seharusnya ada, periksa kotak suratnya, aliasnya, dan direktori pengguna.",
    ],
    // X.1.2
    [
        "Alamat sistem tujuan salah",
        "Bagian alamat penerima setelah `@` tidak mengarah ke sistem yang menerima email: domainnya tidak ada atau tidak dapat menerima email. RFC 3463 memaksudkannya hanya untuk kegagalan permanen, jadi kode ini muncul sebagai `5.1.2`.",
        "Server pengirim melaporkannya dalam email pentalan jika pencarian DNS untuk domain penerima tidak menemukan domain tersebut atau tidak menemukan server email yang dapat dipakai. Server relay dan server submission juga dapat mengembalikannya untuk `RCPT TO` bagi domain yang diketahuinya tidak dapat menerima kiriman.",
        "Periksa apakah ada salah ketik pada domain, misalnya huruf yang hilang atau akhiran yang salah eja, dan konfirmasikan alamatnya kepada penerima. Jika domain itu milik Anda, pastikan domainnya terdaftar dan memublikasikan record MX atau record alamat yang benar.",
    ],
    // X.1.3
    [
        "Sintaksis alamat kotak surat tujuan salah",
        "Alamat penerima tidak ditulis dalam format yang benar, jadi server bahkan tidak mencarinya. Bagian mana pun bisa menjadi penyebabnya, sebelum atau sesudah `@`. RFC 3463 memaksudkannya hanya untuk kegagalan permanen, jadi kode ini muncul sebagai `5.1.3`.",
        "Server menjawab `RCPT TO` dengan `501` dan `5.1.3` jika alamatnya berisi karakter terlarang atau spasi, tanda `@` hilang atau berlebih, tidak memakai kurung sudut, atau terlalu panjang. Email pentalan menampilkannya jika relay di tahap berikutnya tidak dapat mengurai sebuah alamat.",
        "Perbaiki alamatnya: hapus spasi, tanda kutip, dan tanda baca yang nyasar, dan pastikan alamat berisi tepat satu `@` yang diikuti domain yang valid. Pengembang perlu memastikan klien mengirim alamat polos di dalam kurung sudut setelah `RCPT TO`. Alamat dengan karakter non-ASCII memerlukan server yang mendukung `SMTPUTF8`.",
    ],
    // X.1.4
    [
        "Alamat kotak surat tujuan ambigu",
        "Alamat penerima cocok dengan lebih dari satu kotak surat di sistem penerima, sehingga server tidak dapat menentukan orang yang dimaksud. RFC 3463 tidak membatasinya pada satu kelas.",
        "Kode ini berasal dari sistem yang memetakan alamat ke kotak surat dengan cara menebak, misalnya mencocokkan nama orang, jika tebakan itu menemukan beberapa kandidat. RFC 5321 menunjukkan situasi yang sama untuk `VRFY`, yang dijawab dengan `553`.",
        "Gunakan alamat penerima yang tepat dan lengkap, bukan nama atau bentuk singkatan, dan tanyakan kepadanya jika perlu. Administrator sistem penerima dapat membuat alamat itu unik atau menghentikan pencocokan yang tidak persis (fuzzy).",
    ],
    // X.1.5
    [
        "Alamat tujuan valid",
        "Status sukses: alamat penerima telah diperiksa dan diterima. RFC 3463 mencadangkannya untuk laporan positif, jadi kode ini hanya muncul sebagai `2.1.5`.",
        "Server mencantumkan `2.1.5` dalam balasan `250` untuk setiap `RCPT TO` yang diterima, seperti pada contoh RFC 2034. Laporan pengiriman juga dapat menampilkannya untuk penerima yang pesannya berhasil di-relay atau dikirimkan.",
        "Tidak ada yang perlu diperbaiki. Ingat bahwa penerima yang diterima belum berarti pesan sudah terkirim: server masih dapat menolak pesan setelah datanya dikirim, atau mengirim email pentalan nanti.",
    ],
    // X.1.6
    [
        "Kotak surat tujuan telah pindah, tidak ada alamat penerusan",
        "Alamat ini dulu berfungsi, tetapi kotak suratnya tidak lagi menerima email dan server tidak punya alamat baru untuk diberikan. RFC 3463 memaksudkannya hanya untuk kegagalan permanen, jadi kode ini muncul sebagai `5.1.6`.",
        "Server penerima mengembalikannya untuk `RCPT TO`, atau melaporkannya dalam email pentalan, untuk alamat lama, misalnya milik orang yang sudah keluar dari sebuah organisasi atau pindah ke penyedia lain.",
        "Berhenti memakai alamat ini dan hapus dari kontak serta milis Anda. Hubungi orang tersebut dengan cara lain untuk mendapatkan alamat terbarunya. Berbeda dengan `551`, tidak ada alamat baru yang diberikan, jadi tidak ada yang bisa dicoba ulang.",
    ],
    // X.1.7
    [
        "Sintaksis alamat kotak surat pengirim salah",
        "Alamat pengirim, biasanya yang diberikan di `MAIL FROM`, tidak ditulis dalam format yang benar. RFC 3463 tidak mengikatnya ke satu kelas, tetapi alamat yang salah format akan ditolak lagi jika dikirim tanpa perubahan.",
        "Server menjawab `MAIL FROM` dengan kode ini, bersama `501` atau `553`, jika alamatnya berisi karakter tidak valid, tanpa domain, tanpa `@`, atau tanpa kurung sudut. Skrip, formulir web, dan perangkat yang alamat pengirimnya diatur dengan salah dapat menyebabkannya.",
        "Perbaiki alamat pengirim di pengaturan program atau perangkat pengirim agar menjadi alamat lengkap dengan domain yang valid. Pengembang perlu memastikan `MAIL FROM` hanya berisi alamat polos di dalam kurung sudut, tanpa nama tampilan.",
    ],
    // X.1.8
    [
        "Alamat sistem pengirim salah",
        "Domain alamat pengirim tidak ada atau tidak dapat menerima email, sehingga balasan dan email pentalan tidak akan pernah sampai ke pengirim. `5.1.8` berarti domainnya tidak dapat dipakai; `4.1.8` berarti pemeriksaan untuk sementara tidak dapat diselesaikan dan mungkin berhasil nanti.",
        "Server penerima menjawab `MAIL FROM` dengan kode ini setelah mencari domain pengirim di DNS dan tidak menemukan tujuan email yang dapat dipakai. Banyak penerima menolak email seperti ini karena pengirim yang tidak dapat menerima email pentalan sering kali merupakan tanda spam.",
        "Kirim dari alamat yang domainnya ada dan dapat menerima email, dan periksa pengaturan aplikasi atau perangkat dari salah ketik dan domain contoh (placeholder). Jika domain itu milik Anda, pastikan domainnya terdaftar dan memiliki record MX atau record alamat, dan jangan memublikasikan null MX untuk domain yang Anda pakai untuk mengirim.",
    ],
    // X.1.9
    [
        "Pesan di-relay ke mailer yang tidak mendukung pelacakan",
        "Alamat penerima valid dan pesan telah diteruskan, tetapi ke sistem yang tidak mendukung pelacakan pesan, sehingga tidak ada lagi informasi tentang perjalanannya. Ini bukan kesalahan, dan RFC 3886 hanya memakainya sebagai `2.1.9`.",
        "Kode ini muncul dalam laporan pelacakan pesan (RFC 3886), selalu bersama tindakan \"relayed\", jika jejak sebuah pesan berakhir di sistem yang tidak dapat menjawab permintaan pelacakan. Kode ini biasanya tidak dikirim sebagai balasan SMTP.",
        "Tidak ada yang perlu diperbaiki: pesan keluar dari sistem yang terlacak secara normal. Untuk memastikan pesan terkirim, tanyakan kepada penerima atau operator sistem berikutnya.",
    ],
    // X.1.10
    [
        "Alamat penerima memiliki null MX",
        "Domain penerima memublikasikan null MX, yaitu record DNS yang menyatakan bahwa domain itu sama sekali tidak menerima email. Alamat itu tidak akan pernah dapat menerima email, jadi ini kegagalan permanen: `5.1.10`.",
        "Server pengirim dan server submission menolak `RCPT TO` dengan `556` dan `5.1.10` jika pencarian DNS untuk domain penerima menemukan null MX. Anda langsung mendapat pesan kesalahan, bukan setelah berhari-hari percobaan ulang.",
        "Alamatnya salah ketik atau domainnya memang sengaja tidak menerima email: periksa apakah bagian domain itu salah ketik, domain tiruan yang mirip dengan domain yang dimaksud, atau nama server web, lalu minta alamat yang berfungsi kepada penerima. Jika Anda pemilik domain itu dan ingin menerima email, ganti null MX dengan record MX yang sebenarnya.",
    ],
    // X.2.0
    [
        "Status kotak surat lain atau tidak terdefinisi",
        "Kotak surat penerima ada, tetapi sesuatu pada kotak surat itu sendiri menunda atau menghentikan pesan, dan server tidak memberikan kode yang lebih tepat. Masalah kotak surat berada di sisi penerima.",
        "Server penerima memakainya dalam balasan atas `RCPT TO` atau atas akhir data pesan, dan dalam email pentalan, jika kotak surat tidak dapat menerima pesan karena alasan yang tidak punya kode sendiri. Teks setelah kode biasanya menyebutkan alasannya.",
        "Dengan `4.2.0`, biarkan server Anda terus mencoba ulang. Dengan `5.2.0`, beri tahu penerima melalui saluran lain dan kutip teks kesalahannya, karena hanya penerima atau administrator emailnya yang dapat membereskan kotak surat itu.",
    ],
    // X.2.1
    [
        "Kotak surat dinonaktifkan, tidak menerima pesan",
        "Kotak suratnya ada tetapi telah dinonaktifkan untuk email masuk. RFC 3463 mengizinkan kedua kelas: `5.2.1` jika kotak surat tidak akan diaktifkan lagi, `4.2.1` jika hanya diblokir untuk sementara.",
        "Penyedia mengirimkannya sebagai balasan atas `RCPT TO`, atau dalam email pentalan, untuk akun yang telah ditangguhkan, dikunci, atau ditutup tetapi belum dihapus. Alasan pasti penonaktifan kotak surat bergantung pada penyedianya.",
        "Hubungi penerima dengan cara lain dan minta alamat yang berfungsi atau minta agar akunnya diaktifkan kembali. Dengan `4.2.1` server Anda mencoba ulang sendiri; dengan `5.2.1` pengiriman ulang akan gagal sampai kotak suratnya diaktifkan.",
    ],
    // X.2.2
    [
        "Kotak surat penuh",
        "Kotak surat penerima telah mencapai kuota penyimpanannya, sehingga tidak ada lagi yang muat sampai penerima menghapus email. RFC 3463 menghendaki kode ini dipakai sebagai kegagalan sementara (`4.2.2`), tetapi kode ini juga dikirim dengan balasan permanen `552`, sehingga menjadi `5.2.2`.",
        "Server penerima mengembalikannya untuk `RCPT TO` atau untuk akhir data pesan begitu sebuah akun melewati kuota, dan laporan pengiriman memuatnya jika tahap pengiriman akhir mendapati kotak suratnya penuh. Kode ini menyangkut satu penerima: penerima lain di server yang sama mungkin tetap menerima pesannya.",
        "Hanya penerima yang dapat memperbaikinya, dengan menghapus atau mengarsipkan email, atau administratornya, dengan menaikkan kuota. Sebagai pengirim, beri tahu penerima melalui saluran lain; dengan `4.2.2` server Anda mencoba ulang sendiri, dengan `5.2.2` Anda harus mengirim pesan itu lagi nanti.",
    ],
    // X.2.3
    [
        "Panjang pesan melebihi batas administratif",
        "Pesan lebih besar daripada yang diterima kotak surat khusus ini: penerima memiliki batas ukuran tersendiri yang lebih rendah daripada batas umum server. RFC 3463 memaksudkannya sebagai kegagalan permanen (`5.2.3`), jadi pesan yang sama akan ditolak lagi.",
        "Server mengirimkannya dengan `552`, biasanya sebagai balasan atas akhir data pesan, untuk penerima yang batas ukurannya sendiri dilampaui pesan. Penerima lain di server yang sama dengan batas lebih tinggi mungkin tetap menerimanya.",
        "Perkecil pesannya: hapus atau kompres lampiran, atau bagikan file besar melalui tautan unduhan. Jika penerima perlu menerima file besar, ia dapat meminta administratornya menaikkan batas kotak suratnya.",
    ],
    // X.2.4
    [
        "Masalah ekspansi milis",
        "Alamat penerima adalah milis, dan milis itu tidak dapat diuraikan menjadi alamat para anggotanya. RFC 3463 mengizinkan kedua kelas: `4.2.4` untuk masalah sesaat, `5.2.4` untuk masalah yang menetap.",
        "Server yang menampung milis atau alias melaporkannya, sebagai balasan atas `RCPT TO` atau dalam email pentalan, jika penguraian alamat milis menjadi alamat anggota gagal. Kode ini menyangkut milis secara keseluruhan, bukan salah satu anggotanya.",
        "Dengan `4.2.4`, biarkan server Anda mencoba ulang. Dengan `5.2.4`, beri tahu pemilik milis atau administrator server milis, karena milisnya sendiri harus diperbaiki sebelum pengiriman ulang dapat membantu.",
    ],
    // X.3.0
    [
        "Status sistem email lain atau tidak terdefinisi",
        "Sistem penerima ada dan biasanya menerima email, tetapi sesuatu pada sistem itu sendiri, bukan alamat atau pesannya, menyebabkan status ini, dan tidak ada kode yang lebih tepat. Bentuk kegagalannya menempatkan penyebab di sisi tujuan.",
        "IANA mengaitkannya dengan berbagai balasan, dari `250` dan `221` hingga `421`, `451`, `550` dan `554`, jadi kode ini muncul pada balasan sukses maupun gagal. Bentuk kegagalannya dipakai untuk masalah internal di sisi tujuan; teks setelah kode biasanya menjelaskannya.",
        "Kode `4.3.0` tidak memerlukan tindakan dari Anda, karena server Anda akan mencoba ulang. Jika `5.3.0` terus muncul, kirim baris kesalahan lengkap beserta waktunya kepada administrator email penerima, karena kesalahannya ada pada sistem mereka. Jika itu sistem Anda, periksa log-nya pada waktu tersebut.",
    ],
    // X.3.1
    [
        "Sistem email penuh",
        "Sistem email penerima kehabisan ruang penyimpanan secara keseluruhan, bukan hanya untuk satu kotak surat, dan penerima tidak dapat mengosongkan ruang sendiri. RFC 3463 hanya mengizinkannya sebagai kegagalan sementara, jadi kode ini muncul sebagai `4.3.1`.",
        "Server mengirim `452` dengan `4.3.1` sebagai balasan atas `MAIL FROM`, `RCPT TO` atau akhir data pesan jika penyimpanan disk atau antreannya habis. Dengan ekstensi `SIZE`, server juga dapat mengirim `452` pada `MAIL FROM` jika tidak punya cukup ruang untuk pesan seukuran yang dinyatakan.",
        "Pengirim tidak perlu melakukan apa pun: pesan tetap di antrean dan dicoba ulang nanti. Administrator server penerima harus mengosongkan ruang disk atau menambah penyimpanan, dan sebaiknya memantau antrean agar tidak penuh lagi.",
    ],
    // X.3.2
    [
        "Sistem tidak menerima pesan dari jaringan",
        "Host tempat kotak surat berada tidak menerima pesan, entah untuk sementara atau sama sekali. RFC 3463 mengizinkan kedua kelas: `4.3.2` untuk penyebab sesaat seperti pemeliharaan, beban berat, atau server yang akan dimatikan, `5.3.2` jika host itu menolak email secara permanen.",
        "Server mengirim `4.3.2` dengan penolakan sementara selama kelebihan beban, dalam pemeliharaan, atau sedang dimatikan. `521` dengan `5.3.2` adalah salam pembuka dari host yang tidak pernah menerima email (RFC 7504), dan IANA juga memasangkan kode ini dengan `453`.",
        "Untuk `4.3.2`, biarkan server Anda mencoba ulang nanti; tidak ada yang salah dengan pesannya. Untuk `5.3.2`, terutama bersama `521`, host itu tidak menerima email: periksa alamatnya dan record MX domain penerima, lalu tanyakan kepada penerima cara lain untuk menghubunginya.",
    ],
    // X.3.3
    [
        "Sistem tidak mampu menyediakan fitur yang dipilih",
        "Pesan meminta fitur atau opsi yang tidak dapat disediakan sistem penerima, sehingga pesan tidak dapat ditangani sesuai permintaan pengirim. RFC 3463 menyebut gateway sebagai sumber yang umum, jika fitur dari satu lingkungan email tidak punya padanan di lingkungan lain.",
        "Kode ini muncul dalam email pentalan dari gateway ke sistem email lain, dan dalam balasan dari server yang tidak dapat memenuhi opsi yang dibutuhkan pesan. Teks setelah kode seharusnya menyebutkan fiturnya.",
        "Cari tahu fitur mana yang ditolak, lalu kirim ulang tanpa fitur itu atau melalui jalur yang mendukungnya. Jika penolakan berasal dari gateway Anda sendiri, administratornya harus menambahkan dukungan untuk fitur tersebut atau mengubah cara pemetaannya.",
    ],
    // X.3.4
    [
        "Pesan terlalu besar untuk sistem",
        "Pesan lebih besar daripada pesan terbesar yang diterima sistem penerima, siapa pun penerimanya. Batasnya bisa bersifat teknis atau ditetapkan oleh kebijakan. RFC 3463 hanya mengizinkannya sebagai kegagalan permanen, jadi kode ini muncul sebagai `5.3.4`.",
        "Server mengirimkannya dengan `552` sebagai balasan atas `MAIL FROM` jika `SIZE` yang dinyatakan melebihi batasnya, atau dengan `552` atau `554` setelah data pesan begitu ukuran sebenarnya diketahui. Server yang mendukung `SIZE` dapat menyebutkan batasnya dalam balasan `EHLO`.",
        "Perkecil pesannya: bagikan file besar melalui tautan unduhan, atau kompres atau pecah lampirannya. Jika balasan `EHLO` server menampilkan angka setelah `SIZE`, itulah batasnya dalam byte. Mengirim pesan yang sama lagi tanpa perubahan akan gagal lagi.",
    ],
    // X.3.5
    [
        "Sistem dikonfigurasi dengan salah",
        "Konfigurasi sistem penerima itu sendiri tidak memungkinkannya menerima pesan ini. Kode ini menunjuk pada kesalahan konfigurasi di server tersebut, bukan pada masalah dengan pesan atau alamat Anda.",
        "Server dan relay melaporkannya jika pengaturannya mencegah mereka menerima atau meneruskan pesan. Kelasnya menunjukkan apakah kesalahan itu diperkirakan segera diperbaiki (`4.3.5`) atau tidak (`5.3.5`).",
        "Pengirim tidak dapat memperbaikinya. Laporkan baris kesalahan lengkap, waktunya, dan alamat penerima kepada administrator server yang mengirimkannya; untuk domain lain, lakukan melalui penerima atau alamat postmaster domain itu. Jika itu server Anda, periksa pengaturan domain, routing, dan pengirimannya, serta log-nya.",
    ],
    // X.3.6
    [
        "Prioritas yang diminta telah diubah",
        "Pesan diterima, tetapi tidak dengan prioritas yang diminta pengirim melalui `MT-PRIORITY` (atau prioritas bawaan, jika tidak ada yang diminta): server menaikkan atau menurunkannya. Ini status sukses, `2.3.6`, dan teks balasannya diawali dengan prioritas baru.",
        "Server yang mendukung `MT-PRIORITY` mengirimkannya dalam balasan `250` atas `MAIL FROM` atau atas akhir data pesan jika kebijakannya menetapkan prioritas lain, misalnya berdasarkan akun yang dipakai pengirim untuk autentikasi.",
        "Tidak ada yang perlu diperbaiki: pesan sedang dalam perjalanan. Jika Anda memerlukan prioritas yang lebih tinggi, tanyakan kepada administrator server apakah akun atau domain Anda boleh memakainya; server dapat menolak menaikkan prioritas untuk pengirim yang tidak dipercayainya, tetapi tetap mengizinkan mereka menurunkan prioritasnya sendiri.",
    ],
    // X.4.0
    [
        "Status jaringan atau routing lain atau tidak terdefinisi",
        "Pengiriman gagal atau tertunda karena masalah jaringan atau routing yang tidak dapat dijelaskan lebih rinci oleh sistem yang melaporkannya. Digit kelasnya tetap menunjukkan apakah masalahnya sementara (`4.4.0`) atau permanen (`5.4.0`).",
        "Server email mencantumkannya dalam pemberitahuan penundaan dan kegagalan, atau dalam balasan, jika koneksi ke server berikutnya atau routing menuju server itu gagal karena alasan yang tidak tercakup oleh kode jaringan yang spesifik.",
        "Untuk `4.4.0`, biarkan server pengirim terus mencoba ulang. Jika terus berlanjut, atau untuk `5.4.0`, baca teks setelah kode dan bagian diagnostik email pentalan, lalu periksa DNS dan konektivitas antara server pengirim dan server email tujuan.",
    ],
    // X.4.1
    [
        "Tidak ada jawaban dari host",
        "Server pengirim mencoba terhubung ke server email berikutnya, tetapi host itu tidak menjawab karena sibuk, mati, atau tidak dapat dijangkau. RFC 3463 memaksudkannya hanya sebagai status sementara, jadi bahkan email pentalan final pun dapat menampilkan `4.4.1` setelah pengirim mencoba ulang hingga batas waktunya.",
        "Biasanya server email Anda sendiri yang melaporkannya dalam pemberitahuan penundaan atau log-nya setelah koneksi ke host email penerima kehabisan waktu atau ditolak. Server submission `BURL` membalas `451 4.4.1` jika tidak dapat menjangkau server IMAP yang menyimpan pesan. Microsoft Exchange Online juga membalas `550 5.4.1` untuk menolak alamat penerima yang tidak ada di organisasi penerima, sebuah pemakaian khusus penyedia tersebut.",
        "Tunggu, karena server pengirim mencoba ulang sendiri. Jika berlangsung berjam-jam, periksa apakah domain penerima memiliki record MX yang benar, server emailnya berjalan dan menerima koneksi, dan tidak ada firewall yang memblokir lalu lintasnya. Untuk penolakan `5.4.1`, baca teks setelah kode.",
    ],
    // X.4.2
    [
        "Koneksi buruk",
        "Koneksi ke server berikutnya sempat terbentuk, tetapi gagal sebelum transaksi pesan selesai, karena waktu habis atau jaringan yang buruk. RFC 3463 memaksudkannya hanya sebagai status sementara (`4.4.2`); tidak ada yang salah dengan pesannya sendiri.",
        "Server pengirim mencatatnya jika pihak lawan berhenti merespons selama sesi atau koneksinya terputus, misalnya di tengah transfer `DATA` yang panjang. Server juga dapat memasangkannya dengan `421` saat menutup sesi lebih awal.",
        "Biarkan server pengirim mencoba ulang: klien yang koneksinya terputus harus memperlakukan transaksi itu seolah-olah menerima `451` sementara. Jika terus gagal dengan satu tujuan, cari packet loss di jalur jaringan dan pastikan batas waktu (timeout) kedua server setidaknya sebesar nilai minimum dalam RFC 5321.",
    ],
    // X.4.3
    [
        "Kegagalan server direktori",
        "Pesan tidak dapat diteruskan karena layanan direktori yang diandalkan sistem email, paling sering DNS, tidak dapat dijangkau atau tidak menjawab. RFC 3463 memaksudkannya hanya sebagai status sementara (`4.4.3`).",
        "Server memakainya jika pencarian DNS yang diperlukan untuk pengiriman kehabisan waktu atau gagal di sisi server DNS. Server penerima yang memeriksa SPF mengirim `451 4.4.3` jika pemeriksaan SPF mengalami kesalahan DNS sementara.",
        "Biasanya percobaan ulang berikutnya berhasil begitu DNS menjawab lagi. Jika terus berlanjut, periksa resolver server yang melaporkan kesalahan, dan pastikan name server domain terkait merespons serta memublikasikan record MX dan SPF yang benar.",
    ],
    // X.4.4
    [
        "Tidak dapat merutekan",
        "Sistem email tidak dapat menentukan ke mana pesan harus dikirim berikutnya, karena data routing yang diperlukannya, biasanya record DNS domain penerima, tidak tersedia. RFC 3463 mengizinkan bentuk sementara (`4.4.4`) maupun permanen (`5.4.4`).",
        "Server pengirim melaporkannya jika domain penerima tidak ada, tidak memiliki record MX atau record alamat yang dapat dipakai, atau pencarian DNS untuknya hanya menghasilkan record SOA. Gangguan DNS sesaat menghasilkan `4.4.4`; domain yang sama sekali tidak punya rute email menghasilkan `5.4.4`.",
        "Periksa apakah ada salah ketik di bagian domain alamat penerima. Jika domainnya benar, pemiliknya harus memublikasikan record MX (atau record alamat) yang mengarah ke server email yang dapat dijangkau. Untuk `4.4.4`, server pengirim terus mencoba ulang sementara itu.",
    ],
    // X.4.5
    [
        "Kemacetan sistem email",
        "Pesan tidak terkirim karena sistem email sedang macet, misalnya kelebihan beban atau antreannya menumpuk. RFC 3463 memaksudkannya hanya sebagai status sementara (`4.4.5`); tidak ada yang salah dengan pesannya.",
        "Server yang sibuk mengirimkannya sebagai balasan atas perintah, sering sebagai `451 4.4.5`, dan server pengirim mencatatnya dalam pemberitahuan penundaan. Sebagian server juga memakainya untuk memperlambat klien yang membuka terlalu banyak koneksi atau mengirim terlalu cepat.",
        "Biarkan server pengirim mencoba ulang nanti dengan jeda yang makin panjang. Jika Anda mengirim email massal dan sering melihatnya, kurangi jumlah koneksi paralel dan laju pengiriman ke tujuan itu. Jika kode ini berasal dari server Anda sendiri, periksa beban dan antreannya.",
    ],
    // X.4.6
    [
        "Loop routing terdeteksi",
        "Pesan dioper antarserver terlalu banyak kali, sehingga sebuah server menghentikannya untuk memutus loop. Tabel routing yang salah atau alamat yang saling meneruskan menyebabkan hal ini. RFC 3463 menggambarkannya sebagai status sementara (`4.4.6`).",
        "Server biasanya mendeteksi loop dengan menghitung kolom header Received pada pesan; RFC 5321 meminta batas yang tinggi, biasanya minimal 100. Kode ini biasanya muncul setelah aturan penerusan baru yang mengirim email kembali ke alamat sebelumnya, atau perubahan MX atau relay yang membuat server saling mengoper email.",
        "Lihat kolom header Received pada pesan yang dikembalikan untuk mengetahui server mana saja yang dilaluinya. Lalu hapus aturan penerusan, alias, atau rute relay yang mengarah kembali ke hop sebelumnya. Pengirim tidak dapat memperbaikinya; administrator sistem yang membentuk loop itulah yang harus melakukannya.",
    ],
    // X.4.7
    [
        "Waktu pengiriman habis",
        "Pesan sudah terlalu lama: pesan tersimpan di antrean melebihi batas yang diizinkan sistem, atau tenggat pengiriman yang ditetapkan pengirim telah lewat. RFC 3463 lebih menyukai agar server melaporkan masalah sebenarnya yang menghalangi pengiriman, jika mereka mengetahuinya.",
        "Kode ini terutama muncul dalam email pentalan dari server pengirim yang mencoba suatu tujuan selama berhari-hari tanpa hasil; RFC 5321 menyarankan agar server baru menyerah setelah sedikitnya 4 hingga 5 hari. Dengan ekstensi Deliver By, tenggat yang terlewat menghasilkan kegagalan `5.4.7` atau pemberitahuan penundaan `4.4.7`, tergantung mode yang dipilih pengirim.",
        "Cari pesan kesalahan dari percobaan pengiriman sebelumnya di email pentalan atau log server; pesan itu menunjukkan penyebab sebenarnya, misalnya host yang tidak dapat dijangkau atau kotak surat yang penuh. Perbaiki penyebab itu, lalu kirim pesannya lagi.",
    ],
    // X.5.0
    [
        "Status protokol lain atau tidak terdefinisi",
        "Ada yang salah dalam pertukaran SMTP itu sendiri dan tidak ada kode protokol yang lebih spesifik yang cocok, jadi detailnya ada pada kode balasan dasar dan teksnya. Bentuk sukses `2.5.0` hanya mengonfirmasi bahwa satu langkah protokol berhasil.",
        "Kode ini menyertai berbagai balasan: `250 2.5.0` setelah perintah yang berhasil, `503 5.5.0` atau `554 5.5.0` jika isi pesan dikirim dengan `BURL` tetapi belum ada penerima yang diterima, serta `4.5.0` atau `5.5.0` untuk kesalahan perintah lainnya. Registri juga mencantumkannya bersama balasan `ETRN`, yaitu `458` dan `459`.",
        "Untuk `2.5.0` tidak ada yang perlu dilakukan. Untuk kesalahan, baca kode balasan dasar dan teks setelah kode lanjutan, lalu cari perintah penyebabnya di log SMTP. Perbaikannya biasanya berupa perubahan pada urutan perintah atau pengaturan klien.",
    ],
    // X.5.1
    [
        "Perintah tidak valid",
        "Klien mengirim perintah yang tidak didukung server, atau mengirimnya pada saat yang salah dalam sesi, misalnya `DATA` sebelum ada `RCPT TO` yang diterima. RFC 3463 memaksudkannya hanya sebagai status permanen (`5.5.1`).",
        "Server memasangkannya dengan balasan seperti `500` atau `503`: perintah yang tidak dikenal atau dinonaktifkan, `MAIL FROM` kedua dalam satu transaksi, `RCPT TO` sebelum `MAIL FROM`, atau perintah yang dikirim sebelum langkah `STARTTLS` atau `AUTH` yang diwajibkan.",
        "Perangkat lunak pengirim harus diperbaiki: pertahankan urutan `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, dan gunakan hanya perintah yang dicantumkan server dalam balasan `EHLO`. Untuk skrip dan perangkat yang mengirim email, periksa apakah server mewajibkan `STARTTLS` atau `AUTH` terlebih dulu.",
    ],
    // X.5.2
    [
        "Kesalahan sintaksis",
        "Server tidak dapat menafsirkan sebuah perintah, entah karena sintaksisnya salah atau karena kata perintahnya tidak dikenal. RFC 3463 memaksudkannya hanya sebagai status permanen (`5.5.2`).",
        "Server mengirimkannya dengan `500` atau `501` untuk perintah yang salah format dan dengan `501` jika respons `AUTH` bukan Base64 yang valid. Server penerima juga menjawab `550 5.5.2` jika record SPF domain pengirim tidak dapat ditafsirkan (SPF \"permerror\").",
        "Untuk kesalahan perintah, perangkat lunak klien harus mengirim perintah SMTP yang formatnya benar; perintah yang ditolak di log SMTP menunjukkan apa yang salah. Dalam kasus SPF, pemilik domain pengirim harus memperbaiki record SPF di DNS.",
    ],
    // X.5.3
    [
        "Terlalu banyak penerima",
        "Pesan menyebut lebih banyak penerima daripada yang diterima server dalam satu transaksi. RFC 3463 mengharapkan pengirim memecah daftarnya dan mengirim ke penerima sisanya dalam transaksi berikutnya; kode ini ada untuk kasus yang tidak memungkinkan hal itu.",
        "Server mengirimkannya sebagai balasan atas `RCPT TO` begitu batas penerima untuk satu pesan tercapai, biasanya dengan `452`, balasan yang ditetapkan RFC 5321 untuk hal ini, atau dengan `451`. Server yang menerapkan kebijakan situs dapat memakai balasan permanen `5.5.3` sebagai gantinya.",
        "Klien yang mematuhi standar mengirim pesan ke penerima yang sudah diterima dan mencoba ulang penerima yang ditolak dalam transaksi baru. Jika seseorang mendapatkannya dalam email pentalan, pecah penerima menjadi kelompok yang lebih kecil atau gunakan milis. Administrator dapat memeriksa batas penerima yang dikonfigurasi di server.",
    ],
    // X.5.4
    [
        "Argumen perintah tidak valid",
        "Perintahnya valid, tetapi salah satu argumennya tidak: di luar rentang, salah format, atau menyebut fitur yang tidak didukung server. RFC 3463 memaksudkannya hanya sebagai status permanen (`5.5.4`).",
        "Kasus yang umum adalah perintah `AUTH` yang menyebut mekanisme yang tidak ditawarkan server (`504 5.5.4`), parameter `MAIL FROM` atau `RCPT TO` yang tidak dikenal server (`555`), dan nilai tidak valid untuk parameter ekstensi seperti waktu Deliver By atau waktu penahanan future-release (`501 5.5.4`).",
        "Bandingkan perintah yang ditolak di log SMTP dengan ekstensi dan mekanisme `AUTH` yang dicantumkan server dalam balasan `EHLO`, lalu kirim hanya parameter yang didukung dengan nilai yang valid. Ini masalah pengaturan klien atau bug perangkat lunak, jadi mencoba ulang tanpa perubahan akan gagal lagi.",
    ],
    // X.5.5
    [
        "Versi protokol salah",
        "Kedua sistem memakai versi protokol yang tidak cocok, dan tidak dapat menyepakati versi yang sama-sama didukung. RFC 3463 tidak mengikatnya ke satu kelas, dan registri tidak mencantumkan kode balasan untuknya.",
        "Kode ini jarang muncul dalam SMTP biasa, karena fitur dinegosiasikan melalui `EHLO`. Gateway dan sistem email lain dapat melaporkannya dalam pemberitahuan pengiriman jika sistem berikutnya memakai versi protokol email yang tidak kompatibel.",
        "Baca teks setelah kode untuk melihat protokol atau versi mana yang ditolak. Administrator kedua sistem harus memperbarui atau mengonfigurasi ulang salah satu sisi agar keduanya memakai versi yang sama; mengirim ulang tanpa perubahan tidak membantu.",
    ],
    // X.5.6
    [
        "Baris pertukaran autentikasi terlalu panjang",
        "Selama `AUTH`, klien mengirim respons Base64 yang lebih panjang daripada buffer yang disediakan server untuk mekanisme SASL yang dipilih, sehingga autentikasi gagal. Registri mengizinkan bentuk permanen maupun sementara.",
        "Server membalas `500 5.5.6` untuk pertukaran `AUTH` yang baris responsnya melebihi batasnya, misalnya jika klien mengirim token kredensial yang besar dalam satu baris. RFC 4954 menganggap 12288 oktet sudah cukup untuk mekanisme yang dipakai saat RFC itu ditulis.",
        "Kedua pihak harus mampu menangani respons terpanjang yang dihasilkan mekanismenya. Administrator server dapat menaikkan batas panjang baris untuk autentikasi, atau klien dapat beralih ke mekanisme dengan respons yang lebih pendek.",
    ],
    // X.6.0
    [
        "Kesalahan media lain atau tidak terdefinisi",
        "Sesuatu pada isi pesan membuatnya tidak dapat dikirim, dan tidak ada kode konten spesifik yang cocok; teks setelah kode biasanya memberikan alasannya. Dalam bentuk sukses `2.6.0`, kode ini hanya mengonfirmasi bahwa data pesan telah diterima.",
        "Server dapat memakai `5.6.0` atau `4.6.0` setelah `.` penutup `DATA` untuk menolak isi pesan, misalnya pesan dengan struktur yang rusak; masalah apa yang dilaporkan dengan cara ini bergantung pada servernya. Balasan sukses `250 2.6.0` untuk data pesan yang diterima muncul dalam contoh di RFC 2034.",
        "Baca teks setelah kode, yang biasanya menyebutkan masalahnya. Perbaiki pesannya, misalnya formatnya atau bagian yang ditolak, lalu kirim lagi. Jika isinya tampak baik-baik saja, tanyakan kepada administrator penerima apa yang dipermasalahkan sistem mereka.",
    ],
    // X.6.1
    [
        "Media tidak didukung",
        "Pesan berisi jenis konten yang tidak dapat ditangani oleh protokol pengiriman atau sistem berikutnya di jalurnya. RFC 3463 memaksudkannya hanya sebagai status permanen (`5.6.1`).",
        "Kasus yang umum adalah konten biner mentah atau 8-bit yang ditawarkan ke server yang tidak mengumumkan `BINARYMIME` atau `8BITMIME`, dan gateway ke sistem email lain yang tidak dapat membawa beberapa jenis konten.",
        "Kirim konten dalam bentuk yang dapat dibawa seluruh jalur, misalnya dengan lampiran yang dikodekan Base64, bukan biner mentah, atau dalam format yang lebih umum. Administrator server pengirim perlu memastikan server mengonversi konten biner atau 8-bit untuk server yang tidak mendukungnya, atau mengembalikannya dengan pesan kesalahan yang jelas.",
    ],
    // X.6.2
    [
        "Konversi diperlukan tetapi dilarang",
        "Konten harus dikonversi dulu agar sistem berikutnya dapat menerimanya, tetapi konversi tidak diizinkan. Pengirim melarangnya di dalam pesan, atau kebijakan host pengirim yang melarangnya.",
        "Relay dan gateway melaporkannya dalam pemberitahuan kegagalan jika hop berikutnya tidak dapat menerima konten apa adanya, sementara pesan itu sendiri atau kebijakan situs pengirim tidak mengizinkan konversi.",
        "Kirim pesan dalam bentuk yang diterima tujuan tanpa konversi, misalnya dengan bagian MIME yang dikodekan 7-bit, atau izinkan konversi jika program email atau kebijakan situs Anda menyediakan pilihan itu.",
    ],
    // X.6.3
    [
        "Konversi diperlukan tetapi tidak didukung",
        "Konten harus dikonversi agar diterima hop berikutnya, tetapi host di jalurnya tidak dapat melakukan konversi itu atau menganggapnya tidak praktis. Contoh klasiknya adalah pesan 8-bit yang harus menjadi 7-bit untuk server berikutnya, melewati relay yang tidak dapat menurunkannya (downgrade).",
        "Relay mencantumkannya dalam pemberitahuan kegagalan jika server berikutnya tidak mendukung `8BITMIME` atau `BINARYMIME` dan relay tidak dapat mengodekan ulang pesan. Server submission membalas `554 5.6.3` untuk `BURL` jika konten yang diambil berupa biner atau memiliki header 8-bit yang tidak dikonversinya.",
        "Kirim pesan yang sudah dikodekan untuk transport 7-bit (bagian isi quoted-printable atau Base64, teks header yang dikodekan); banyak program email dapat melakukannya. Administrator relay dapat mengaktifkan konversi 8-bit ke 7-bit jika perangkat lunaknya mendukung.",
    ],
    // X.6.4
    [
        "Konversi dilakukan dengan kehilangan data",
        "Konten harus dikonversi di perjalanan, dan sebagian data hilang dalam konversi itu. Sebagai `2.6.4`, ini peringatan yang menyertai pengiriman yang berhasil; sebagai `5.6.4`, ini kegagalan, karena pengirim telah melarang konversi yang menghilangkan data.",
        "Server membalas `250 2.6.4` setelah konversi yang menghilangkan data, misalnya server submission `BURL` yang mengodekan ulang header 8-bit dan harus menebak set karakternya. Pemberitahuan kegagalan memuat `5.6.4` jika satu-satunya konversi yang mungkin akan menghilangkan data dan pengirim melarang hal itu.",
        "Setelah `2.6.4` pesannya sampai, tetapi pastikan penerima dapat membacanya; untuk menghindari peringatan ini, kirim konten dengan label set karakter yang benar dan header yang dikodekan. Setelah `5.6.4`, kirim konten yang tidak memerlukan konversi yang menghilangkan data, atau izinkan konversi semacam itu.",
    ],
    // X.6.5
    [
        "Konversi gagal",
        "Konversi isi pesan diperlukan dan sudah dicoba, tetapi tidak berhasil. RFC 3463 mengizinkan bentuk sementara (`4.6.5`) maupun permanen (`5.6.5`).",
        "Relay, gateway, dan server yang mengubah konten melaporkannya dalam pemberitahuan kegagalan jika konversi gagal, misalnya pada konten yang salah format. Menurut aturan konversi konten RFC 4141, setiap konversi yang gagal menghentikan pemrosesan dengan `5.6.5`.",
        "Untuk `4.6.5`, percobaan berikutnya mungkin berhasil. Untuk `5.6.5`, periksa apakah pesan memiliki bagian yang salah format atau label set karakter yang keliru lalu kirim ulang dalam bentuk yang lebih sederhana, atau minta administrator sistem yang melakukan konversi memeriksa log-nya.",
    ],
    // X.6.6
    [
        "Isi pesan tidak tersedia",
        "Server harus mengambil isi pesan dari sistem lain, dan hal itu gagal. Kode ini milik ekstensi `BURL`, yaitu server submission mengambil pesan dari server IMAP; RFC 4468 mengizinkan bentuk sementara maupun permanen.",
        "Server submission membalas `554 5.6.6` untuk perintah `BURL` jika server IMAP mengembalikan kesalahan atau tidak mengembalikan data untuk URL tersebut. Koneksi yang gagal ke server IMAP dilaporkan secara berbeda, sebagai `451 4.4.1`.",
        "Pastikan URL masih menunjuk ke pesan yang ada dan server submission diizinkan mengambilnya dari server IMAP. Program email atau administrator kedua server harus memperbaikinya; mengirim pesan secara utuh dengan `DATA` atau `BDAT` menghindari masalah ini.",
    ],
    // X.6.7
    [
        "Alamat non-ASCII tidak diizinkan untuk pengirim/penerima tersebut",
        "Server menolak alamat internasional, yaitu alamat dengan karakter di luar ASCII seperti huruf beraksen atau aksara non-Latin, karena hanya alamat ASCII yang diizinkan untuk pengirim atau penerima ini.",
        "Server yang mendukung `SMTPUTF8` membalas `553` dengan kode ini untuk `RCPT TO` yang penerimanya harus memiliki alamat ASCII, dan `550` dengan kode ini untuk `MAIL FROM` yang pengirimnya harus memiliki alamat ASCII.",
        "Gunakan alamat yang hanya berisi ASCII untuk kotak surat tersebut jika pemiliknya memilikinya. Jika tidak, administrator kotak surat yang ditolak harus mengaktifkan alamat internasional untuknya; mengirim ulang tanpa perubahan akan gagal lagi.",
    ],
    // X.6.8
    [
        "Balasan string UTF-8 diperlukan, tetapi tidak diizinkan oleh klien SMTP",
        "Server memerlukan teks UTF-8 dalam balasannya untuk menampilkan nama kotak surat, tetapi klien tidak mengizinkan balasan UTF-8, sehingga server tidak dapat memberikan jawaban itu. Kode ini milik ekstensi `SMTPUTF8`.",
        "Server memakainya untuk perintah `VRFY` atau `EXPN` yang dikirim tanpa parameter `SMTPUTF8` jika jawabannya akan memuat kotak surat non-ASCII; RFC 6531 mewajibkan kode balasan `252` atau `550` dalam kasus itu.",
        "Ulangi perintah `VRFY` atau `EXPN` dengan parameter `SMTPUTF8` jika klien mendukung email internasional. Klien yang tidak dapat menangani balasan UTF-8 tidak dapat memperoleh jawaban ini; tidak ada pesan yang terpengaruh.",
    ],
    // X.6.9
    [
        "Pesan dengan header UTF-8 tidak dapat dikirim ke satu atau beberapa penerima, sehingga pesan harus ditolak",
        "Pesan memiliki kolom header internasional (UTF-8), dan setidaknya satu penerima tidak dapat menerima pesan seperti itu, sehingga server menolak seluruh pesan setelah menerima isinya.",
        "Server mengirimkannya setelah `.` penutup `DATA`. RFC 6531 menyebut `554` sebagai kode balasan untuk hal ini, sedangkan registri mencantumkan `550`, jadi keduanya mungkin muncul; RFC 6531 menganjurkan server mendeteksi masalah ini lebih awal, pada `RCPT TO`.",
        "Kirim pesan ke penerima yang terdampak dengan header dan alamat yang hanya berisi ASCII, atau minta administrator mereka mengaktifkan email internasional (`SMTPUTF8`). Penerima yang menerima UTF-8 dapat dikirimi pesan terpisah.",
    ],
    // X.6.10
    [
        "Duplikat usang dari X.6.8",
        "Registri menyimpan `X.6.10` hanya sebagai duplikat usang dari `X.6.8`, tanpa contoh teks dan tanpa kode balasan terkait. Jika server mengirimkannya, artikan sebagai `X.6.8`: sebuah balasan memerlukan teks UTF-8 yang tidak diizinkan klien.",
        "Kode ini seharusnya tidak muncul dalam balasan saat ini. Server yang masih mengirimkannya bermaksud `X.6.8`, biasanya sebagai balasan atas perintah `VRFY` atau `EXPN` yang dikirim tanpa parameter `SMTPUTF8`.",
        "Tangani seperti `X.6.8`: ulangi perintah dengan parameter `SMTPUTF8` jika klien Anda mendukungnya. Operator server yang mengirimkannya sebaiknya menggantinya dengan `X.6.8`.",
    ],
    // X.7.0
    [
        "Status keamanan lain atau tidak terdefinisi",
        "Aturan keamanan atau kebijakan menghentikan perintah atau pesan, dan server tidak punya kode yang lebih tepat untuknya atau memilih tidak menjelaskan lebih jauh. Teks setelah kode biasanya satu-satunya tempat yang menyebutkan alasan sebenarnya.",
        "RFC 4954 memasangkannya dengan `454` untuk kegagalan login sementara di sisi server dan dengan `530` jika sebuah perintah memerlukan `AUTH` terlebih dulu. Server yang mewajibkan `STARTTLS` sebelum apa pun juga menjawab `530 5.7.0`, dan sebagian memakainya untuk penolakan kebijakan yang tidak ingin mereka jelaskan.",
        "Setelah `530`, lakukan apa yang diminta server: mulai TLS dengan `STARTTLS` atau login dengan `AUTH` sebelum `MAIL FROM`. Setelah `454`, jangan memasukkan ulang kata sandi: server mengalami gangguan sesaat, jadi coba lagi nanti. Dalam kasus lain, baca teks balasan dan, jika tidak ada yang berguna, tanyakan kepada postmaster situs penerima.",
    ],
    // X.7.1
    [
        "Pengiriman tidak diizinkan, pesan ditolak",
        "Kebijakan di sisi penerima tidak mengizinkan pengirim ini mengirim ke penerima ini, sehingga pesannya ditolak. Blokir dapat ditujukan pada server atau alamat IP Anda, alamat atau domain Anda, atau berupa pengaturan yang dibuat untuk penerima; isi pesannya sendiri bisa saja tidak bermasalah.",
        "Server mengirimkannya untuk menolak relay bagi domain yang tidak dilayaninya, untuk menolak host atau pengirim yang diblokir filternya, dan, sesuai anjuran RFC 7208, untuk pemeriksaan SPF yang gagal. RFC 7489 menunjukkan `550 5.7.1` sebagai balasan untuk pesan yang ditolak berdasarkan kebijakan DMARC domain pengirim.",
        "Baca teks balasan untuk mengetahui aturan yang cocok. Jika teksnya menyebut relay, login ke server keluar Anda sendiri alih-alih mengirim melalui server milik pihak lain. Untuk SPF atau DMARC, admin pengirim harus memperbaiki record DNS domainnya (lihat `X.7.23` dan `X.7.26`); daftar blokir yang disebutkan memerlukan permintaan delisting, dan hanya penerima yang dapat mencabut blokirnya sendiri.",
    ],
    // X.7.2
    [
        "Ekspansi milis dilarang",
        "Alamat tersebut adalah milis, dan Anda tidak diizinkan mengirim ke sana. Milisnya sendiri berfungsi; aturannya saja yang tidak menerima pesan dari alamat Anda.",
        "Server milis dan server email mengirimkannya untuk milis yang hanya menerima kiriman dari anggota atau pengirim yang disetujui, atau yang sama sekali tidak menerima kiriman. Kode ini juga muncul jika seorang anggota menulis dari alamat selain alamat yang terdaftar.",
        "Kirim dari alamat yang terdaftar di milis, atau minta pemilik milis mengizinkan Anda mengirim atau meneruskan pesan Anda. Mengirim ulang pesan yang sama tidak akan membantu sampai aturan milis berubah.",
    ],
    // X.7.3
    [
        "Konversi keamanan diperlukan tetapi tidak mungkin dilakukan",
        "Agar pesan dapat dikirim, perlindungan keamanannya harus dikonversi dari satu format pesan aman ke format lain, dan sistem di jalurnya tidak dapat melakukannya. Pesan dilindungi dalam bentuk yang tidak dapat dipakai oleh tujuan.",
        "Gateway antara sistem pesan aman yang berbeda mengirimkannya jika pesan yang ditandatangani atau dienkripsi harus masuk ke sistem yang memakai protokol keamanan lain dan tidak ada konversi yang tersedia di antara keduanya.",
        "Lindungi pesan dengan format yang didukung sistem penerima, atau kirim tanpa perlindungan itu jika kebijakan Anda mengizinkan, dan sepakati format bersama dengan penerima. Operator gateway dapat memberi tahu format mana yang dapat dikonversinya.",
    ],
    // X.7.4
    [
        "Fitur keamanan tidak didukung",
        "Pesan atau perintah meminta fitur keamanan, misalnya jenis autentikasi aman tertentu, yang tidak dapat disediakan pada jalur pengiriman ini. Permintaan itu tidak dapat dijalankan sebagaimana diajukan.",
        "Server mengirimkannya jika klien meminta mekanisme keamanan yang tidak diimplementasikannya; IANA memasangkannya dengan `504`, balasan yang ditetapkan RFC 4954 untuk mekanisme `AUTH` yang tidak didukung server. Gateway mengirimkannya jika protokol berikutnya di jalur tidak dapat membawa fitur keamanan pesan.",
        "Periksa apa yang didukung server (balasan `EHLO` mencantumkan ekstensi dan mekanisme `AUTH`) lalu gunakan salah satunya, atau kirim tanpa fitur itu jika kebijakan Anda mengizinkan. Jika Anda benar-benar memerlukan fitur tersebut, admin di sisi penerima harus menambahkan dukungannya.",
    ],
    // X.7.5
    [
        "Kegagalan kriptografi",
        "Sistem yang berwenang memverifikasi atau mendekripsi pesan di perjalanan tidak dapat melakukannya, karena kunci atau informasi lain yang dibutuhkannya hilang atau tidak valid. Masalahnya ada pada materi kunci, bukan pada perubahan pesan.",
        "Pemeriksa tanda tangan dan gateway pendekripsi mengirimkannya jika tidak dapat memperoleh kunci yang diperlukan atau kunci yang ditemukan tidak dapat dipakai. RFC 6376 menyarankan `451 4.7.5` untuk verifier DKIM yang tidak dapat mengambil kunci publik karena server kunci tidak menjawab.",
        "Dengan `4.7.5`, biarkan percobaan ulang berjalan: sumber kuncinya mungkin pulih. Jika terus berlanjut, admin pengirim perlu memastikan kunci penandatanganan atau enkripsi telah dipublikasikan dan valid (untuk DKIM, record kunci di bawah selector yang disebut dalam tanda tangan), dan penerima perlu memastikan kunci dekripsi yang benar telah terpasang.",
    ],
    // X.7.6
    [
        "Algoritma kriptografi tidak didukung",
        "Sistem yang berwenang memverifikasi atau mendekripsi pesan tidak dapat melakukannya, karena pesan ditandatangani atau dienkripsi dengan algoritma yang tidak didukungnya. Kuncinya mungkin tidak bermasalah; algoritmanya yang menjadi hambatan.",
        "Gateway dan filter yang memeriksa tanda tangan atau mendekripsi email mengirimkannya jika pesan memakai algoritma yang tidak diimplementasikannya, entah terlalu baru atau sudah tidak didukung lagi.",
        "Pengirim sebaiknya menandatangani atau mengenkripsi dengan algoritma yang didukung luas dan diterima penerima, dan menyepakatinya jika perlu. Jika perangkat lunak penerima sudah usang, admin-nya harus menambahkan dukungan untuk algoritma tersebut.",
    ],
    // X.7.7
    [
        "Kegagalan integritas pesan",
        "Sistem yang berwenang memverifikasi pesan mendapati bahwa pesan telah rusak atau diubah di perjalanan, sehingga tanda tangan atau pemeriksaan integritas lainnya tidak lagi cocok. RFC 3463 mengizinkan kode ini dalam laporan permanen, sementara, dan bahkan laporan sukses.",
        "Verifier mengirimkannya jika pesan yang ditandatangani atau dilindungi gagal dalam pemeriksaan integritas, sering kali karena server di jalurnya menulis ulang header atau menambahkan teks setelah penandatanganan. RFC 7372 juga menyebut `5.7.7` sebagai kode umum bagi operator yang tidak ingin mengungkapkan pemeriksaan autentikasi mana yang gagal.",
        "Cari apa yang mengubah pesan setelah ditandatangani: perangkat lunak milis, penerus, gateway keamanan, dan alat penambah footer atau disclaimer adalah tersangka yang biasa. Tandatangani sebagai langkah paling akhir sebelum pesan keluar, atau hentikan perubahannya; membandingkan salinan yang dikirim dengan yang diterima akan menunjukkan apa yang diubah.",
    ],
    // X.7.8
    [
        "Kredensial autentikasi tidak valid",
        "Login dengan `AUTH` gagal karena nama pengguna, kata sandi, atau kredensial lainnya salah atau tidak memadai untuk akun ini. Anda tidak sedang login, dan apa pun yang memerlukan login akan ditolak.",
        "Server submission menjawab `AUTH` yang gagal dengan `535 5.7.8`, misalnya jika program email masih menyimpan kata sandi lama. Spesifikasi `BURL` yang lebih lama (RFC 4468) juga memakai `5.7.8` untuk hubungan kepercayaan yang tidak ada; RFC 5248 memindahkan arti itu ke `X.7.14`.",
        "Periksa nama pengguna dan kata sandi di pengaturan server keluar (SMTP) pada program email, lalu masukkan lagi. Sebagian penyedia mewajibkan alamat email lengkap sebagai nama pengguna, atau kata sandi aplikasi tersendiri alih-alih kata sandi biasa.",
    ],
    // X.7.9
    [
        "Mekanisme autentikasi terlalu lemah",
        "Server tidak menerima metode login yang dipilih klien untuk pengguna ini, karena kebijakannya menuntut metode yang lebih kuat. Kata sandinya bisa saja benar; cara penyampaiannya yang tidak diizinkan.",
        "Server menjawab `AUTH` dengan `534 5.7.9` jika mekanisme yang dipilih lebih lemah daripada yang diizinkan kebijakannya untuk akun itu, misalnya setelah penyedia memperketat aturan login.",
        "Pilih metode autentikasi lain di pengaturan server keluar pada klien, yaitu salah satu mekanisme yang dicantumkan server setelah `AUTH` dalam balasan `EHLO`, lalu coba lagi. Jika tidak ada yang berhasil, tanyakan kepada penyedia metode login mana yang diwajibkannya.",
    ],
    // X.7.10
    [
        "Enkripsi diperlukan",
        "Koneksi harus dienkripsi terlebih dulu: server tidak mengizinkan mekanisme login yang dipilih melalui koneksi yang tidak terlindungi. RFC 8689 memakai ulang `5.7.10` dalam email pentalan jika sesi TLS tidak dapat dibangun untuk pesan yang mewajibkannya. IANA memasangkannya dengan `523`, kode balasan yang tidak didefinisikan RFC mana pun.",
        "Server mengirimkannya terutama untuk `AUTH` dengan mekanisme kata sandi teks polos saat TLS tidak aktif. Server relay mencantumkan `5.7.10` dalam laporan kegagalan pengiriman untuk pesan `REQUIRETLS` jika tidak dapat membuka sesi terlindungi ke server email penerima mana pun.",
        "Aktifkan enkripsi untuk server keluar di klien email (`STARTTLS` atau koneksi TLS) sebelum login, atau pilih mekanisme yang lebih kuat. Untuk email pentalan `REQUIRETLS`, admin penerima harus menyediakan TLS dengan sertifikat yang valid, atau pengirim harus memutuskan untuk mengirim ulang tanpa persyaratan itu.",
    ],
    // X.7.11
    [
        "Enkripsi diperlukan untuk mekanisme autentikasi yang diminta",
        "Mekanisme login yang Anda pilih hanya boleh dipakai pada koneksi terenkripsi, dan koneksi ini tidak terenkripsi. RFC 4954 mempertahankannya, dengan balasan `538`, hanya karena alasan historis; IANA juga mencantumkan `524`, yang tidak didefinisikan RFC mana pun.",
        "Server lama menjawab `AUTH` dengan `538 5.7.11` jika klien mencoba mekanisme seperti itu tanpa TLS. Server saat ini diharapkan tidak mengumumkan mekanisme tersebut sampai TLS aktif, jadi klien yang hanya memakai mekanisme yang diumumkan seharusnya tidak menjumpainya.",
        "Mulai TLS dengan `STARTTLS` (atau terhubung melalui TLS) sebelum `AUTH`, kirim `EHLO` lagi, lalu pilih dari mekanisme yang ditawarkan pada koneksi terenkripsi. Jika server modern mengirimkannya, klien kemungkinan memakai mekanisme yang tidak pernah ditawarkan server.",
    ],
    // X.7.12
    [
        "Transisi kata sandi diperlukan",
        "Server meminta Anda login sekali dengan mekanisme `PLAIN` sebelum mekanisme pilihan Anda dapat berfungsi untuk akun ini. Percobaan `AUTH` ini ditolak, tetapi kata sandinya tidak dinyatakan salah. RFC 4954 memakainya dengan `432`; IANA juga mencantumkan `422`, yang tidak didefinisikan RFC mana pun.",
        "Server mengirim `432 4.7.12` untuk `AUTH` jika belum dapat memakai mekanisme yang dipilih untuk akun tersebut dan memerlukan satu kali login `PLAIN` untuk menyiapkannya bagi sesi berikutnya.",
        "Login sekali dengan `PLAIN` melalui koneksi terenkripsi, agar kata sandi terlindungi, lalu kembali ke mekanisme pilihan Anda pada sesi berikutnya. Jika klien email tidak dapat berganti mekanisme, minta penyedia menyelesaikan perubahan itu di sisinya.",
    ],
    // X.7.13
    [
        "Akun pengguna dinonaktifkan",
        "Login-nya sendiri berhasil, tetapi akunnya telah dinonaktifkan, sehingga tidak boleh mengirim. Akun tetap terblokir sampai administrator mengaktifkannya kembali. IANA memasangkannya dengan `525`, kode balasan yang tidak didefinisikan RFC mana pun.",
        "Penyedia mengirimkannya tepat setelah `AUTH` berhasil untuk akun yang telah dinonaktifkannya, misalnya karena tagihan yang belum dibayar, penyalahgunaan, atau tanda-tanda pembobolan.",
        "Jangan terus memasukkan ulang kata sandi; itu bukan masalahnya. Pemilik akun harus menghubungi penyedia atau administrator, mencari tahu alasan akun dinonaktifkan, dan meminta agar diaktifkan kembali, misalnya setelah membayar atau setelah mengamankan akun yang dibobol.",
    ],
    // X.7.14
    [
        "Hubungan kepercayaan diperlukan",
        "Server submission diminta mengambil isi pesan dari server lain, biasanya server IMAP yang disebut dalam perintah `BURL`, padahal tidak ada hubungan kepercayaan yang dikonfigurasi dengan server tersebut. Tanpa hubungan itu, server submission tidak dapat mengambil isinya.",
        "Server submission yang mendukung `BURL` mengirimkannya, misalnya sebagai `554 5.7.14`, jika URL menunjuk ke server yang tidak diatur untuk dipercayainya. RFC 4468 awalnya memakai `5.7.8` untuk kasus ini; RFC 5248 memberinya kode tersendiri.",
        "Klien email sebaiknya hanya memakai `BURL` dengan server IMAP yang diumumkan server submission setelah login, atau mengirim pesan utuh dengan `DATA` atau `BDAT`. Admin kedua server dapat mengatur hubungan kepercayaan itu, misalnya dengan memberi server submission kredensialnya sendiri di server IMAP.",
    ],
    // X.7.15
    [
        "Tingkat prioritas terlalu rendah",
        "Server menolak pesan karena prioritas transfernya, yang diberikan dengan `MT-PRIORITY` atau ditetapkan oleh server, berada di bawah prioritas terendah yang diterimanya saat ini. Batas ini bisa bersifat sementara.",
        "Server submission pesan yang mendukung ekstensi `MT-PRIORITY` mengirimkannya, biasanya dengan `450` atau `550`, jika kebijakannya hanya meloloskan pesan berprioritas lebih tinggi, misalnya selama periode operasi terbatas.",
        "Dengan bentuk `4.7.15`, biarkan klien mencoba ulang nanti, saat prioritas yang lebih rendah diterima lagi. Jika pesannya mendesak dan Anda diizinkan memakai prioritas yang lebih tinggi, kirim ulang dengan nilai `MT-PRIORITY` yang lebih tinggi; jika tidak, tanyakan kebijakan prioritas kepada admin server.",
    ],
    // X.7.16
    [
        "Pesan terlalu besar untuk prioritas yang ditentukan",
        "Pesan lebih besar daripada yang diizinkan server untuk prioritas transfernya, meskipun pesan itu mungkin diterima dengan prioritas lain atau dalam ukuran yang lebih kecil. RFC 4865 pernah memberi angka ini arti lain (kuota future-release), tetapi arti itu tidak pernah didaftarkan; arti yang berlaku menurut IANA adalah yang ini.",
        "Server dengan ekstensi `MT-PRIORITY` yang kebijakannya menetapkan batas ukuran per prioritas mengirimkannya, biasanya dengan `552`, baik pada `MAIL FROM` jika klien juga menyatakan `SIZE`, maupun setelah data pesan diterima.",
        "Perkecil pesan, misalnya dengan tidak menyertakan lampiran, atau kirim dengan nilai `MT-PRIORITY` yang lebih rendah, atau tanyakan batas per prioritas kepada admin server. Dengan bentuk `4.7.16`, batasnya mungkin sementara, dan percobaan ulang nanti bisa berhasil.",
    ],
    // X.7.17
    [
        "Pemilik kotak surat telah berganti",
        "Pengirim meminta, melalui ekstensi `RRVS` atau kolom header `Require-Recipient-Valid-Since`, agar pesan hanya dikirim jika kotak surat dimiliki orang yang sama sejak tanggal tertentu, dan penerima mengetahui bahwa kotak surat itu telah berpindah tangan sejak saat itu. RFC 4865 pernah memakai angka ini untuk kuota; IANA menetapkannya untuk RFC 7293.",
        "Pengirim otomatis untuk email sensitif memakai `RRVS` agar tidak menjangkau orang yang mengambil alih alamat daur ulang. Server penerima lalu menjawab `550 5.7.17` untuk `RCPT TO`, atau setelah data pesan jika tanggalnya disampaikan melalui kolom header.",
        "Pengirim harus menganggap alamat itu bukan lagi milik orang yang dikenalnya: berhenti mengirim ke sana dan tanyakan alamat terbaru kepada orang tersebut melalui saluran lain. Mengirim ulang tanpa pemeriksaan tanggal bisa membuat email sampai ke orang asing.",
    ],
    // X.7.18
    [
        "Pemilik domain telah berganti",
        "Pengirim meminta pemeriksaan kepemilikan dengan `RRVS` atau kolom header `Require-Recipient-Valid-Since`, dan penerima melaporkan bahwa nama domain penerima memiliki pemilik baru sejak tanggal yang diberikan. Email ke alamat itu sekarang bisa sampai ke orang yang tidak ada hubungannya.",
        "Sistem penerima yang mendukung `RRVS` mengirimkannya jika mengetahui bahwa domain berganti pemilik setelah tanggal dari pengirim dan memilih untuk mengungkapkannya, alih-alih hanya menjawab tentang kotak suratnya.",
        "Pengirim harus berhenti memakai alamat itu dan memastikan alamat baru kepada penerima yang dimaksud melalui saluran lain. Tidak ada yang perlu diperbaiki di sisi penerima.",
    ],
    // X.7.19
    [
        "Uji RRVS tidak dapat diselesaikan",
        "Pengirim meminta pemeriksaan kepemilikan `RRVS`, tetapi penerima tidak memiliki catatan kapan kotak surat dibuat atau terakhir dialihkan, sehingga menolak alih-alih menebak. Kode ini tidak menyatakan apa pun tentang masih validnya alamat tersebut.",
        "Penerima mengirimkannya jika tanggal pembuatan kotak surat maupun penggantinya yang wajar tidak diketahui, misalnya setelah domain pindah ke pemilik atau penyedia baru tanpa riwayat kotak suratnya.",
        "Pengirim harus memutuskan: kirim ulang tanpa perlindungan `RRVS` jika risiko itu dapat diterima, atau konfirmasikan dulu alamatnya kepada penerima melalui saluran lain. Mengulangi permintaan yang sama tidak akan membantu.",
    ],
    // X.7.20
    [
        "Tidak ditemukan tanda tangan DKIM yang lolos",
        "Penerima mewajibkan tanda tangan DKIM yang valid, dan pesan tidak memilikinya: pesan tidak ditandatangani, atau semua tanda tangannya gagal diverifikasi. RFC 6376 menyarankan agar email tidak ditolak hanya karena alasan ini, jadi ini kebijakan lokal yang ketat.",
        "Penerima yang mewajibkan DKIM, misalnya berdasarkan kesepakatan dengan mitra yang berjanji menandatangani semua email, mengirimkannya setelah data pesan diterima. Tanda tangan gagal jika kunci publik tidak ada di DNS atau tidak cocok, atau jika ada yang mengubah pesan setelah ditandatangani.",
        "Admin pengirim perlu memastikan setiap pesan keluar ditandatangani DKIM oleh server atau penyedia email, dan memublikasikan kunci publiknya sebagai record TXT di `<selector>._domainkey.<domain>`. Kirim pesan uji dan pastikan header `Authentication-Results` pada pesan itu menunjukkan hasil DKIM pass, serta cegah footer atau gateway mengubah email setelah penandatanganan.",
    ],
    // X.7.21
    [
        "Tidak ditemukan tanda tangan DKIM yang dapat diterima",
        "Pesan memiliki setidaknya satu tanda tangan DKIM yang lolos verifikasi, tetapi tidak ada yang memenuhi persyaratan tambahan penerima, misalnya kolom header mana yang wajib ditandatangani atau larangan tanda tangan yang hanya mencakup sebagian badan pesan. Tanda tangan yang secara teknis valid ternyata tidak cukup.",
        "Penerima dengan aturan DKIM ketat mengirimkannya setelah data pesan diterima, meskipun RFC 6376 menyarankan agar tidak menolak seperti itu. Pemicu yang umum adalah tanda tangan yang tidak mencakup kolom header penting atau memakai batas panjang badan pesan (`l=`).",
        "Admin pengirim sebaiknya menandatangani dengan pengaturan yang diterima sebagian besar penerima: sertakan `From`, `Subject`, `Date`, `To`, dan kolom header inti lainnya, dan tandatangani seluruh badan pesan tanpa `l=`. Teks balasan mungkin menyebutkan persyaratan mana yang gagal; jika masalahnya domain `From`, lihat `X.7.22`.",
    ],
    // X.7.22
    [
        "Tidak ditemukan tanda tangan DKIM valid yang cocok dengan domain penulis",
        "Pesan memiliki tanda tangan DKIM yang lolos, tetapi tidak ada yang dibuat oleh domain di kolom header `From`, yaitu alamat penulis. Penerima mewajibkan domain penanda tangan cocok dengan penulis; ini kasus khusus dari `X.7.21`.",
        "Penerima mengirimkannya setelah data pesan diterima, biasanya jika layanan email menandatangani dengan domainnya sendiri alih-alih domain pelanggan. DMARC dibangun di atas gagasan yang sama, yaitu mencocokkan (alignment) domain yang terautentikasi dengan domain `From`.",
        "Jadikan domain `d=` pada tanda tangan sama dengan domain `From`, atau, dengan alignment relaxed pada DMARC, domain dari organisasi yang sama. Untuk pengirim pihak ketiga seperti layanan newsletter atau CRM, siapkan DKIM dengan domain kustom: publikasikan kunci yang diberikan layanan itu di bawah domain Anda agar layanan tersebut menandatangani atas nama Anda.",
    ],
    // X.7.23
    [
        "Validasi SPF gagal",
        "Pemeriksaan SPF menghasilkan \"fail\": domain di `MAIL FROM` (atau nama `HELO`) memublikasikan record SPF yang tidak mengizinkan alamat IP asal pesan, dan kebijakan penerima menolak email seperti itu. Untuk kasus ini, kode ini menggantikan `5.7.1`.",
        "Penerima mengirimkannya, sering sebelum data pesan ditransfer, jika record SPF domain pengirim diakhiri `-all` dan server pengirim tidak tercakup. Penyebab umum adalah layanan email atau server baru yang tidak pernah ditambahkan ke record, dan penerusan, yaitu pihak ketiga mengirim ulang email dari alamat IP-nya sendiri.",
        "Admin pengirim perlu mencantumkan setiap server keluar yang sah di record TXT SPF domain, dengan entri `ip4:` dan `ip6:` atau `include:` dari penyedia email, dan mempertahankan satu record saja yang diawali `v=spf1`. Jika penyebabnya penerusan, pihak penerus sebaiknya menulis ulang `MAIL FROM` ke domainnya sendiri, atau penerima dapat membebaskan penerus itu dari pemeriksaan SPF.",
    ],
    // X.7.24
    [
        "Kesalahan validasi SPF",
        "Penerima tidak dapat menyelesaikan pemeriksaan SPF karena terjadi kesalahan, yang berbeda dengan pemeriksaan yang gagal. Kesalahan sementara, biasanya masalah pencarian DNS, menghasilkan bentuk `4.7.24`; `5.7.24` berarti record SPF domain itu rusak dan tidak dapat ditafsirkan.",
        "Penerima mengirimkannya dengan `451` jika pencarian DNS untuk record itu kehabisan waktu atau gagal, dan dengan `550` jika record memiliki kesalahan sintaksis, jika domain memublikasikan lebih dari satu record SPF, atau jika evaluasinya memerlukan lebih dari 10 term yang memicu kueri DNS, seperti `include:`, `a` dan `mx`.",
        "Admin pengirim perlu memeriksa record SPF: tepat satu record TXT yang diawali `v=spf1`, tanpa salah ketik, dan kurang dari 10 lookup, misalnya dengan mengganti `include:` bertingkat dengan rentang `ip4:` atau `ip6:`. Untuk bentuk sementara, pastikan server DNS domain menjawab dengan andal; DNS di sisi penerima juga bisa menjadi penyebabnya.",
    ],
    // X.7.25
    [
        "Validasi reverse DNS gagal",
        "Alamat IP server pengirim gagal dalam pemeriksaan reverse DNS penerima: alamat itu tidak memiliki record PTR, atau nama host dalam record tersebut tidak di-resolve kembali ke alamat IP yang sama. Kebijakan penerima menolak email dari host seperti itu.",
        "Penerima mengirimkannya di awal sesi ke server yang alamat IP-nya tidak memiliki record PTR, atau yang nama PTR-nya tidak memiliki record A atau AAAA yang cocok. Server cloud baru dan koneksi internet rumahan sering kali mula-mula berada dalam kondisi ini.",
        "Admin pengirim harus meminta pihak yang mengendalikan alamat IP tersebut (penyedia hosting atau internet) membuat record PTR yang menyebut nama server email, misalnya `mail.example.com`, dan memastikan nama itu memiliki record A atau AAAA dengan alamat yang sama. Gunakan nama yang sama pada `EHLO`.",
    ],
    // X.7.26
    [
        "Beberapa pemeriksaan autentikasi gagal",
        "Pesan gagal dalam lebih dari satu pemeriksaan autentikasi penerima, seperti SPF, DKIM, ARC, atau reverse DNS, dan kebijakannya menolak pesan karena hal itu. Kode ini tidak menyebutkan pemeriksaan mana yang gagal.",
        "RFC 7372 meminta server memakainya, alih-alih hanya menyebut kegagalan pertama, jika beberapa pemeriksaan gagal. Email palsu, domain tanpa SPF atau DKIM yang berfungsi, dan email terusan yang merusak keduanya adalah kasus yang umum; kegagalan DMARC juga berarti SPF maupun DKIM tidak lolos untuk domain `From`.",
        "Admin pengirim perlu memperbaiki setiap pemeriksaan, bukan hanya satu: record SPF harus mencantumkan semua server pengirim, pesan harus membawa tanda tangan DKIM dari domain `From`, dan alamat IP pengirim memerlukan reverse DNS yang cocok. Pesan uji ke kotak surat yang Anda kelola akan menampilkan setiap hasil di header `Authentication-Results`.",
    ],
    // X.7.27
    [
        "Alamat pengirim memiliki null MX",
        "Domain alamat pengirim (di `MAIL FROM` atau kolom header `From`) memublikasikan record null MX, yang menyatakan bahwa domain itu tidak menerima email. Balasan dan email pentalan tidak akan pernah dapat dikirim ke sana, sehingga penerima menolak pesan tersebut.",
        "Penerima mengirimkannya untuk email dari domain yang satu-satunya record MX-nya berprioritas 0 dengan target \".\", biasanya domain yang tidak mengirim email dan dipalsukan sebagai alamat balasan, atau domain pengirim yang memublikasikan null MX karena kekeliruan.",
        "Jika domain itu memang dipakai untuk mengirim email, admin-nya harus menghapus null MX dan memublikasikan record MX yang sebenarnya untuk server yang menerima email, termasuk email pentalan. Jika tidak, kirim dari alamat di domain yang dapat menerima email.",
    ],
    // X.7.28
    [
        "Banjir email terdeteksi",
        "Penerima menganggap pesan ini bagian dari banjir pesan serupa yang bersifat penyalahgunaan dan menolaknya. Kode ini berasal dari Internet-Draft, bukan RFC, dan IANA tidak memberikan kode balasan untuknya: kolomnya hanya berisi sebuah titik.",
        "Kode ini didaftarkan untuk banjir email seperti serbuan email konfirmasi yang datang saat penyerang memasukkan alamat korban ke banyak formulir pendaftaran web. Penerima yang mendeteksi lonjakan pesan serupa ke satu alamat dapat mengirimkannya.",
        "Jika Anda mengelola formulir web yang mengirim email konfirmasi, batasi seberapa sering satu alamat dapat didaftarkan, blokir pengisian otomatis, dan berhenti mengirim ke alamat yang tidak pernah mengonfirmasi. Jika Anda pengirim biasa yang ikut terkena banjir ini, coba lagi nanti atau hubungi postmaster penerima.",
    ],
    // X.7.29
    [
        "Kegagalan validasi ARC",
        "Pesan membawa rantai ARC, tempat penerus dan milis menandatangani dan mencatat hasil autentikasi yang mereka lihat, dan rantai itu gagal divalidasi. Rantai yang rusak dianggap sama dengan tidak ada rantai. ARC didefinisikan oleh RFC berstatus Experimental (RFC 8617).",
        "Penerima yang memeriksa ARC dapat mengirimkannya jika segel atau tanda tangan ARC dari perantara tidak lolos verifikasi, biasanya bersamaan dengan SPF atau DKIM yang gagal; RFC 8617 mengizinkan mereka mengirim `5.7.26` sebagai gantinya. Setiap kesalahan ARC, bahkan kegagalan DNS, dianggap permanen.",
        "Penerus atau milis yang menambahkan header ARC harus memperbaiki konfigurasinya: memublikasikan kunci penandatanganan ARC di DNS, menyegel hanya setelah perubahannya sendiri pada pesan, dan menjaga set ARC sebelumnya tetap utuh. Pengirim asli dapat mengurangi masalah ini dengan memastikan SPF dan DKIM lolos dengan sendirinya (lihat `X.7.26`).",
    ],
    // X.7.30
    [
        "Dukungan REQUIRETLS diperlukan",
        "Pesan dikirim dengan `REQUIRETLS`, yang menuntut transfer terlindungi di setiap hop, dan tidak satu pun server tujuan berikutnya mendukung `REQUIRETLS`. Karena itu server yang memegangnya tidak meneruskannya dan mengembalikannya.",
        "Kode ini muncul dalam laporan kegagalan pengiriman: server relay berhasil menjangkau server email penerima melalui TLS, tetapi tidak ada yang mengumumkan `REQUIRETLS` setelah `STARTTLS`. Jika TLS sendiri tidak dapat dibangun, laporannya memakai `5.7.10` sebagai gantinya.",
        "Admin penerima memerlukan server email yang mendukung `REQUIRETLS`, dengan sertifikat yang lolos validasi dan record MX yang dilindungi DNSSEC atau MTA-STS. Jika tidak, pengirim harus memutuskan apakah pesan boleh dikirim tanpa jaminan itu dan mengirimnya ulang tanpa `REQUIRETLS`, atau memakai saluran lain.",
    ],
    // 2.XXX.XXX
    [
        "Sukses",
        "Digit pertama 2 berarti tindakan berhasil: alamat atau pesan telah diterima, di-relay, atau dikirimkan. Dua angka lainnya dapat menambahkan detail, misalnya perubahan yang dilakukan pada pesan di perjalanan.",
        "Server yang memakai kode status lanjutan mencantumkannya dalam balasan positif, seperti `250` dan `251`, dan laporan pengiriman memakainya untuk mengonfirmasi bahwa pesan telah dikirimkan atau diteruskan.",
        "Tidak ada yang perlu diperbaiki. Kode sukses tetap bisa melaporkan perubahan, misalnya prioritas baru atau format yang dikonversi, jadi baca sisa kodenya jika hasilnya mengejutkan Anda.",
    ],
    // 4.XXX.XXX
    [
        "Kegagalan sementara yang persisten",
        "Digit pertama 4 berarti kegagalan sementara: pesannya sendiri dapat diterima, tetapi suatu kondisi di perjalanan menundanya atau, jika berlangsung cukup lama, membuat pengirim menyerah. Mengirim lagi nanti mungkin berhasil.",
        "Kode ini menyertai kode balasan yang diawali 4, seperti `421`, `450` dan `451`, muncul dalam pemberitahuan penundaan, dan juga dalam email pentalan yang dikirim setelah server pengirim berhenti mencoba ulang.",
        "Biasanya tidak perlu apa-apa: server pengirim menyimpan pesan dan mencoba ulang sendiri. Jika email pentalan menyatakan server sudah menyerah, baca angka subjek dan detail untuk mengetahui alasannya, perbaiki jika penyebabnya ada di sisi Anda, lalu kirim pesannya lagi.",
    ],
    // 5.XXX.XXX
    [
        "Kegagalan permanen",
        "Digit pertama 5 berarti kegagalan permanen: mengirim pesan yang sama lagi tanpa perubahan tidak akan berhasil. Sesuatu pada pesan, alamat, atau tujuannya harus diubah terlebih dulu.",
        "Kode ini menyertai kode balasan yang diawali 5, seperti `550` dan `554`, dan muncul dalam email pentalan begitu pengiriman dihentikan.",
        "Jangan sekadar mengirim ulang. Baca angka subjek dan detail serta teksnya untuk mengetahui apa yang harus diubah, misalnya alamat, ukuran pesan, atau konfigurasi pengirim, dan kirim lagi hanya setelah hal itu diperbaiki.",
    ],
    // X.0.XXX
    [
        "Status lain atau tidak terdefinisi",
        "Subjek 0 tidak menyatakan apa pun tentang letak masalahnya. Hanya digit pertama, yaitu sukses, kegagalan sementara, atau kegagalan permanen, yang membawa informasi.",
        "Server dan laporan pengiriman memakainya jika tidak dapat atau tidak mengklasifikasikan hasilnya, terutama dalam bentuk `2.0.0`, `4.0.0` dan `5.0.0`.",
        "Andalkan kode balasan dan teks setelah kode. Jika teksnya tidak menjelaskan masalahnya, tanyakan kepada administrator server yang menghasilkannya.",
    ],
    // X.1.XXX
    [
        "Status pengalamatan",
        "Subjek 1 menunjuk pada sebuah alamat, milik pengirim atau penerima: sintaksisnya atau keberadaannya. RFC 3463 mencatat bahwa pengirim biasanya dapat memperbaiki masalah ini lalu mencoba lagi.",
        "Kode ini terutama muncul dalam balasan atas `MAIL FROM` dan `RCPT TO`, dan dalam email pentalan tentang alamat yang tidak dikenal, sudah pindah, atau salah format.",
        "Periksa apakah alamat yang disebut dalam pesan kesalahan mengandung salah ketik dan konfirmasikan kepada pemiliknya, lalu kirim lagi ke alamat yang sudah diperbaiki.",
    ],
    // X.2.XXX
    [
        "Status kotak surat",
        "Subjek 2 menunjuk pada kotak surat penerima: kotak surat itu ada, tetapi kondisinya, misalnya penuh atau dinonaktifkan, menghentikan pesan. Masalah seperti ini berada di tangan penerima.",
        "Kode ini muncul dalam balasan atas `RCPT TO` atau atas akhir data pesan, dan dalam email pentalan dari tahap pengiriman akhir.",
        "Beri tahu penerima melalui saluran lain; hanya penerima atau administrator emailnya yang dapat mengosongkan ruang, mengaktifkan kembali kotak surat, atau mengubah batasnya.",
    ],
    // X.3.XXX
    [
        "Status sistem email",
        "Subjek 3 menunjuk pada sistem email tujuan secara keseluruhan: penyimpanan, ketersediaan, batas ukuran, fitur, atau konfigurasinya. Administratornya yang bertanggung jawab atas hal-hal ini.",
        "Kode ini muncul dalam balasan dari server penerima yang penuh, tidak tersedia, salah konfigurasi, atau terbatas dalam ukuran pesan atau fitur, dan dalam email pentalan yang melaporkan masalah tersebut.",
        "Bentuk sementara biasanya pulih sendiri saat server pengirim mencoba ulang. Untuk bentuk permanen, sesuaikan pesannya, misalnya ukurannya, atau minta administrator tujuan memperbaiki sistemnya.",
    ],
    // X.4.XXX
    [
        "Status jaringan dan routing",
        "Subjek 4 menunjuk pada jalur pengiriman: koneksi jaringan, DNS, dan layanan routing lain di antara sistem-sistem yang terlibat. Masalah ini biasanya menjadi urusan administrator tujuan atau sistem perantara.",
        "Kode ini muncul dalam pemberitahuan penundaan dan email pentalan jika server pengirim tidak dapat menjangkau tujuan atau tidak menemukan rute ke sana, misalnya setelah waktu koneksi habis, kegagalan DNS, loop routing, atau batas waktu pengiriman terlampaui.",
        "Kesalahan jaringan sementara biasanya pulih saat dicoba ulang. Jika terus berlanjut, periksa record DNS dan MX domain tujuan serta konektivitas server yang terlibat, atau laporkan masalahnya kepada administrator tujuan.",
    ],
    // X.5.XXX
    [
        "Status protokol pengiriman email",
        "Subjek 5 menunjuk pada pertukaran SMTP itu sendiri: perintah, sintaksis, argumen, atau versi protokol yang tidak disepakati kedua pihak, baik karena perangkat lunak yang bermasalah maupun koneksi yang tidak andal.",
        "Kode ini muncul dalam balasan atas perintah yang salah format, tidak dikenal, atau urutannya salah, dan dalam email pentalan setelah pertukaran antara dua server gagal.",
        "Biasanya ini masalah pada perangkat lunak pengirim atau pengaturannya: periksa perintah dan argumennya, lalu perbarui atau perbaiki klien. Jika koneksinya tidak andal, coba lagi.",
    ],
    // X.6.XXX
    [
        "Status isi atau media pesan",
        "Subjek 6 menunjuk pada isi pesan: format, encoding, atau jenis media yang tidak dapat dibawa atau dikonversi. Pengirim dan penerima harus mendukung sekumpulan jenis konten yang sama agar pesan dapat lewat.",
        "Kode ini muncul setelah data pesan, dan dalam email pentalan dari gateway dan server yang tidak dapat menangani atau mengonversi sebagian pesan, termasuk alamat atau header dengan karakter non-ASCII.",
        "Kirim konten dalam bentuk yang didukung lebih luas, misalnya jenis lampiran yang umum atau alamat dalam ASCII biasa, atau minta pihak penerima mendukung format tersebut.",
    ],
    // X.7.XXX
    [
        "Status keamanan atau kebijakan",
        "Subjek 7 menunjuk pada keamanan atau kebijakan: aturan penyaringan untuk pengirim, penerima, atau host, autentikasi, enkripsi, dan pemeriksaan seperti SPF, DKIM, dan DMARC. Aturan dari kedua pihak dapat menjadi penyebabnya.",
        "Kode ini muncul dalam balasan atas hampir semua perintah jika server menolak email karena kebijakan, mewajibkan autentikasi atau enkripsi, atau mendapati pemeriksaan pengirim gagal, dan dalam email pentalan yang menyusul.",
        "Baca teksnya untuk melihat aturan mana yang diterapkan. Pengirim sering dapat memperbaikinya dengan melakukan autentikasi, memakai enkripsi, memperbaiki record SPF, DKIM, atau DMARC, atau keluar dari daftar blokir; kebijakan pihak penerima hanya dapat diubah oleh administratornya.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Ringkasan",
    // label.description
    "Deskripsi",
    // label.when_seen
    "Kapan kode ini muncul",
    // label.how_to_fix
    "Cara memperbaiki",
    // label.key_differences
    "Perbedaan utama",
    // label.when_to_use
    "Kapan memakai yang mana",
    // label.learn_more
    "Pelajari lebih lanjut",
    // label.class
    "Kelas",
    // label.category
    "Kategori",
    // label.subject
    "Subjek",
    // label.status
    "Status kode",
    // label.retry
    "Yang harus dilakukan klien",
    // label.fix_by
    "Pihak yang harus bertindak",
    // label.commands
    "Dikirim sebagai balasan atas",
    // label.references
    "Referensi",
    // label.related
    "Kode terkait",
    // label.compare_with
    "Sering tertukar dengan",
    // label.server_text
    "Balasan dari server",
    // label.problems
    "Masalah dalam balasan ini",
    // label.reply_code
    "Kode balasan",
    // label.enhanced_code
    "Kode status lanjutan",
    // class.2.name
    "Berhasil diselesaikan",
    // class.3.name
    "Diterima, menunggu kelanjutan",
    // class.4.name
    "Kegagalan sementara",
    // class.5.name
    "Kegagalan permanen",
    // class.2.phrase
    "balasan sukses 2xx",
    // class.3.phrase
    "balasan 3xx yang meminta langkah berikutnya",
    // class.4.phrase
    "balasan kegagalan sementara 4xx",
    // class.5.phrase
    "balasan kegagalan permanen 5xx",
    // category.0
    "Sintaksis",
    // category.1
    "Informasi",
    // category.2
    "Koneksi",
    // category.3
    "Tidak dirinci",
    // category.4
    "Tidak dirinci",
    // category.5
    "Sistem email",
    // category.other
    "Di luar kategori standar",
    // status.standard
    "Standar",
    // status.extension
    "Ditetapkan oleh ekstensi SMTP",
    // status.obsolete
    "Usang",
    // status.experimental
    "Eksperimental",
    // status.non_standard
    "Nonstandar",
    // retry.nothing_to_do
    "Tidak perlu melakukan apa pun. Perintahnya berhasil.",
    // retry.continue
    "Lanjutkan. Server menunggu bagian berikutnya dari pertukaran.",
    // retry.later
    "Coba lagi nanti. Masalahnya bersifat sementara, dan server email akan mencoba ulang dengan sendirinya.",
    // retry.not_unchanged
    "Jangan mencoba ulang tanpa perubahan. Sesuatu harus diubah dulu agar percobaan yang sama dapat berhasil.",
    // party.sending_client
    "Klien pengirim",
    // party.sender_admin
    "Administrator pengirim",
    // party.recipient_admin
    "Administrator penerima",
    // party.server_admin
    "Administrator server yang membalas",
    // party.nobody
    "Tidak ada",
    // party.sender
    "Pengirim pesan",
    // party.recipient
    "Penerima pesan",
    // command.connect
    "Pembukaan koneksi",
    // command.data_end
    "Akhir data pesan",
    // command.any
    "Perintah apa pun",
    // list.separator
    ", ",
    // show.title
    "SMTP {code}: {title}",
    // show.is_class
    "{code} adalah {class}.",
    // show.enhanced_class
    "Dengan kelas {digit}, kode ini dibaca sebagai {class}.",
    // show.enhanced_kind
    "{code} adalah kode status lanjutan: kode ini muncul setelah kode balasan dan menyebutkan subjek ({subject}) serta detailnya.",
    // show.non_standard
    "{code} tidak didefinisikan oleh RFC mana pun. Sumber di bawah ini menjelaskan siapa yang memakainya.",
    // compare.title
    "Perbandingan SMTP {a} {a_title} dengan {b} {b_title}",
    // compare.contrast
    "{a} ({a_title}) adalah {a_class}, sedangkan {b} ({b_title}) adalah {b_class}.",
    // compare.same_class
    "{a} ({a_title}) dan {b} ({b_title}) berada dalam kelas yang sama: {class}.",
    // compare.kinds
    "{a} adalah kode balasan dasar, yaitu tiga digit yang mengawali setiap baris balasan; {b} adalah kode status lanjutan, yang ditulis setelah kode balasan oleh server yang mendukungnya.",
    // compare.same_code
    "{a} dan {b} adalah kode yang sama.",
    // compare.advice
    "Setelah {code}: {retry}",
    // diff.class
    "Kelas: {a} adalah {a_class}; {b} adalah {b_class}.",
    // diff.retry
    "Yang harus dilakukan klien. Setelah {a}: {a_retry} Setelah {b}: {b_retry}",
    // diff.category
    "Kategori (digit kedua): {a_category} untuk {a}, {b_category} untuk {b}.",
    // diff.subject
    "Subjek: {a_subject} untuk {a}, {b_subject} untuk {b}.",
    // diff.fix_by
    "Pihak yang harus bertindak. Untuk {a}: {a_fix_by}. Untuk {b}: {b_fix_by}.",
    // diff.commands
    "Perintah yang dapat memicu balasan ini. Untuk {a}: {a_commands}. Untuk {b}: {b_commands}.",
    // diff.commands_one
    "Perintah: hanya {a} yang terkait dengan perintah tertentu ({commands}).",
    // diff.associated
    "Registri IANA mencantumkan {reply} di antara kode balasan yang dipakai bersama {enhanced}.",
    // diff.related
    "Katalog mencantumkan {a} dan {b} sebagai kode yang saling terkait.",
    // diff.lookalike
    "{a} dan {b} sering tertukar: baca deskripsi di atas untuk membedakannya.",
    // diff.status
    "Status kode: {a_status} untuk {a}; {b_status} untuk {b}.",
    // use.class.2
    "Server membalas {code} untuk mengonfirmasi bahwa perintah berhasil.",
    // use.class.3
    "Server membalas {code} untuk meminta klien melanjutkan ke langkah berikutnya.",
    // use.class.4
    "Server membalas {code} jika masalahnya mungkin pulih dengan sendirinya, agar klien mencoba lagi nanti.",
    // use.class.5
    "Server membalas {code} jika mengulangi percobaan yang sama tidak akan berhasil sampai seseorang mengubah sesuatu.",
    // use.same_class
    "Kedua kode berada dalam kelas yang sama, jadi klien menanggapinya dengan cara yang sama; yang berbeda adalah penyebabnya, dan karena itu juga cara memperbaikinya.",
    // use.kinds
    "Klien bertindak berdasarkan kode balasan {reply}; kode lanjutan {enhanced} menjelaskan kepada manusia secara lebih tepat apa yang salah.",
    // learn.page
    "{code} {title}",
    // explain.title
    "Arti balasan {code}",
    // explain.no_code
    "Teks ini tidak diawali kode balasan SMTP, jadi tidak dapat dijelaskan.",
    // explain.unknown
    "{code} tidak ada dalam katalog; kelasnya tetap menunjukkan apa yang harus dilakukan.",
    // problem.mismatch
    "Kode lanjutan {enhanced} termasuk kelas {enhanced_digit}, tetapi kode balasan {code} termasuk kelas {digit}. Klien bertindak berdasarkan kode balasan.",
    // problem.mixed_codes
    "Baris-baris balasan ini tidak semuanya membawa kode yang sama ({codes}).",
    // problem.line_too_long
    "Baris {line} lebih panjang daripada batas {limit} karakter yang diizinkan SMTP.",
    // problem.not_text
    "Baris {line} berisi byte yang bukan teks.",
    // problem.truncated
    "Balasan terpotong: hanya {limit} baris pertama yang dibaca.",
    // label.what_happened
    "Apa yang terjadi",
    // label.what_to_do
    "Yang perlu dilakukan",
    // label.tell_the_sender
    "Yang perlu disampaikan kepada pengirim",
    // label.evidence
    "Dasar kesimpulan",
    // evidence.text
    "teks balasan server {quote}",
    // evidence.enhanced_code
    "kode status lanjutan {code}",
    // evidence.reply_code
    "kode balasan {code}",
    // explain.reason_disagrees
    "Jika dilihat dari alasannya saja, sarannya adalah: {reason_retry} Namun, kode {code} yang menentukan: {code_retry}",
    // site.title
    "Kode balasan SMTP",
    // site.intro
    "Arti setiap kode balasan SMTP dan kode status lanjutan, kapan kode itu muncul, dan cara memperbaikinya.",
    // site.reply_codes
    "Kode balasan",
    // site.enhanced_codes
    "Kode status lanjutan",
    // site.comparisons
    "Perbandingan",
    // site.class_heading
    "{digit}xx: {class}",
    // site.subject_heading
    "X.{digit}.x: {subject}",
    // site.home
    "Semua kode",
    // site.languages
    "Bahasa lain",
    // site.generated
    "Dibuat oleh smtp-codes dari katalog versi {version}.",
    // label.provider
    "Penyedia",
    // label.provider_note
    "Tambahan dari dokumentasi penyedia",
    // evidence.vendor_code
    "kode milik {provider} sendiri, {code}",
    // show.vendor_code
    "{code} tidak tercantum dalam registri IANA: ini adalah kode milik {provider} sendiri.",
    // label.defined_by
    "Ditetapkan oleh",
    // label.read_on
    "sumber dibaca pada {date}",
    // site.providers
    "Penyedia",
    // provider.markers
    "Kata-kata yang menandai balasannya",
    // provider.hosts
    "Nama host servernya",
    // provider.vendor_codes
    "Kode miliknya sendiri",
    // provider.rules
    "Arti balasan-balasannya",
    // provider.reused_by
    "Penyedia yang memberi kode ini arti tersendiri",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "Alamat penerima tidak ada",
        "Server penerima tidak memiliki kotak surat untuk alamat di `RCPT TO`, biasanya karena salah ketik atau karena akunnya sudah dihapus. Server melaporkannya dengan `550` dan `5.1.1`, tetapi `550` saja juga dipakai untuk banyak penolakan lain, sehingga dalam kasus itu teks balasanlah yang menentukan.",
        "Periksa apakah alamatnya salah ketik, terutama bagian sebelum `@`, dan tanyakan alamat yang benar kepada penerima melalui saluran lain. Hapus dari milis alamat yang terus gagal. Jika alamat itu seharusnya ada, administrator penerima harus membuat kotak suratnya atau memperbaiki alias atau tabel routing.",
        "Alamat tersebut tidak ada. Periksa apakah ada salah ketik, lalu kirim ulang pesan Anda.",
    ],
    // mailbox_disabled
    [
        "Kotak surat penerima dinonaktifkan atau sudah pindah",
        "Server penerima mengenal alamat ini, tetapi kotak suratnya tidak menerima email: kotak surat itu dinonaktifkan, ditangguhkan, ditutup karena tidak aktif, atau dipindahkan ke tempat lain. Server menyatakannya dengan `5.2.1`, dengan `5.1.6` atau `551` untuk kotak surat yang sudah pindah, atau dengan `550` umum yang teksnya menjelaskan hal itu.",
        "Hanya penerima atau administratornya yang dapat mengaktifkan kembali kotak surat itu. Pengirim sebaiknya menghubungi penerima melalui saluran lain dan menanyakan apakah kotak suratnya akan aktif lagi atau alamat baru mana yang harus dipakai, lalu memperbarui buku alamat dan milis sesuai dengan itu.",
        "Kotak surat penerima sudah ditutup atau tidak dipakai lagi. Hubungi penerima dengan cara lain untuk mendapatkan alamatnya yang sekarang.",
    ],
    // mailbox_full
    [
        "Kotak surat penerima penuh",
        "Kotak surat penerima sudah menghabiskan kuota penyimpanannya, sehingga tidak ada lagi yang muat sampai ada email yang dihapus atau kuotanya dinaikkan. Server melaporkannya dengan `4.2.2` dan `450` atau `452` yang bersifat sementara, atau sebagai `552` permanen dengan `5.2.2`; penerima lain di server yang sama tidak terpengaruh.",
        "Penerima harus menghapus atau mengarsipkan email, atau administratornya harus menaikkan kuota. Setelah balasan sementara, server pengirim mencoba ulang dengan sendirinya; setelah balasan permanen, pengirim harus mengirim ulang pesannya begitu kotak surat itu punya ruang lagi. Memberi tahu penerima melalui saluran lain sering kali membantu.",
        "Kotak surat penerima penuh. Coba lagi nanti, atau beri tahu penerima dengan cara lain bahwa kotak suratnya perlu dikosongkan.",
    ],
    // domain_not_found
    [
        "Domain penerima tidak ada atau tidak menerima email",
        "Bagian alamat setelah `@` menyebut domain yang tidak ada di DNS, tidak memiliki record MX maupun record alamat, atau memublikasikan null MX yang menyatakan bahwa domain itu tidak menerima email. Server melaporkannya dengan `5.1.2`, atau dengan `556` dan `5.1.10` untuk null MX; kegagalan pencarian yang sementara (`4.4.3`) adalah masalah yang berbeda.",
        "Periksa apakah domainnya salah ketik (akhiran yang keliru seperti `.con` sering terjadi) dan minta alamat yang berfungsi kepada penerima. Jika domain itu memang dimaksudkan untuk menerima email, administratornya harus mendaftarkannya bila perlu, memublikasikan record MX yang mengarah ke server email yang berjalan, dan menghapus null MX jika ada.",
        "Bagian alamat setelah tanda @ salah atau tidak dapat menerima email. Periksa apakah alamatnya salah ketik, lalu kirim ulang pesan Anda.",
    ],
    // relay_denied
    [
        "Relay ditolak",
        "Server ini tidak bertanggung jawab atas domain penerima dan tidak mau meneruskan pesan atas nama Anda, biasanya karena Anda belum login atau mengirim melalui server yang salah. Balasannya umumnya `550` atau `554` dengan `5.7.1`, kode yang juga dipakai untuk penolakan kebijakan lainnya, jadi teksnyalah yang menentukan.",
        "Program email atau aplikasi harus mengirim melalui server submission milik penyedianya sendiri (port `587` atau `465`) dan login dengan `AUTH` terlebih dahulu. Jika server itu seharusnya menerima email untuk domain penerima, administrator penerima harus menambahkan domain itu ke daftar domain yang diterima server atau memperbaiki record MX domain tersebut.",
        "Sistem email menolak meneruskan pesan Anda, biasanya karena program email Anda belum masuk ke akun email keluar Anda. Periksa pengaturan akun, lalu coba lagi.",
    ],
    // too_many_recipients
    [
        "Terlalu banyak penerima",
        "Pesan ini memiliki lebih banyak penerima daripada yang diterima server dalam satu transaksi. Server menolak perintah `RCPT TO` yang berlebih dengan `452` dan `4.5.3`, atau secara permanen dengan `5.5.3`; server lama mengirim `552`, yang menurut RFC 5321 harus dianggap sementara dalam kasus ini.",
        "Klien yang mematuhi standar mengirim pesan ke penerima yang sudah diterima, lalu mengirimkannya ke penerima yang ditolak dalam transaksi baru. Jika seseorang mendapat kesalahan ini dalam email pentalan, bagi penerima menjadi kelompok yang lebih kecil atau gunakan milis. Administrator dapat memeriksa batas penerima yang dikonfigurasi di server.",
        "Pesan Anda memiliki terlalu banyak penerima untuk sistem email penerima. Kirimkan pesan ke lebih sedikit orang dalam satu kali pengiriman.",
    ],
    // sender_rejected
    [
        "Alamat pengirim ditolak",
        "Server menolak alamat pengirim amplop itu sendiri, yang diberikan di `MAIL FROM`: formatnya salah, domainnya tidak ada atau tidak dapat menerima balasan, atau pengirim ini tidak boleh memakainya. Kode yang umum adalah `553`, `501` dengan `5.1.7`, `550` dengan `5.1.8`, dan `5.7.27` untuk domain pengirim yang memiliki null MX.",
        "Tetapkan alamat pengirim yang lengkap dan nyata di program, perangkat, atau skrip pengirim, dan jangan memakai domain contoh sebagai pengisi. Jika server menyatakan Anda tidak boleh mengirim sebagai alamat itu, gunakan alamat akun yang Anda pakai untuk login. Administrator pengirim harus memastikan domainnya ada dan dapat menerima email, termasuk email pentalan.",
        "Alamat yang Anda pakai untuk mengirim ditolak. Periksa alamat pengirim di pengaturan email Anda, atau minta bantuan administrator email Anda.",
    ],
    // sender_auth_fail
    [
        "Autentikasi pengirim gagal (SPF atau DKIM)",
        "Penerima memeriksa apakah domain pengirim mengizinkan pesan ini, dan pemeriksaan SPF atau DKIM tidak lolos. Ada kode khusus untuk ini (`5.7.23` dan `5.7.24` untuk SPF, `5.7.20` hingga `5.7.22` untuk DKIM, `5.7.26` untuk beberapa kegagalan sekaligus), tetapi banyak server mengirim `550 5.7.1`, yang disarankan RFC 7208 untuk kegagalan SPF.",
        "Administrator pengirim harus mencantumkan setiap server pengirim yang sah di record SPF domain dan menandatangani semua email keluar dengan DKIM, dengan kunci publik yang dipublikasikan di DNS. Pesan uji ke kotak surat yang Anda kelola akan menampilkan hasilnya di header `Authentication-Results`. Penerusan merusak SPF; pihak yang meneruskan harus menulis ulang `MAIL FROM`.",
        "Sistem email penerima tidak dapat memastikan bahwa pesan ini memang berasal dari domain email Anda. Administrator email Anda perlu memperbaiki pengaturan domain tersebut.",
    ],
    // dmarc_fail
    [
        "Pemeriksaan kebijakan DMARC gagal",
        "Domain di header `From` memublikasikan kebijakan DMARC yang meminta penerima menolak email yang gagal, dan tidak satu pun dari SPF atau DKIM yang lolos untuk domain yang selaras (aligned) dengannya. RFC 7489 memberikan `550 5.7.1` sebagai contoh balasan; `5.7.26` juga muncul, dan hanya teksnya yang menunjukkan bahwa penyebabnya DMARC.",
        "Administrator pengirim harus membuat setiap sumber email untuk domain itu lolos SPF atau DKIM dengan domain yang selaras: menandatangani dengan domain `d=` yang sama dengan domain `From` atau yang memiliki domain organisasi yang sama dengannya, serta mengatur layanan newsletter dan sistem tiket agar menandatangani atas nama domain itu. Laporan agregat DMARC menunjukkan sumber mana yang gagal. Milis yang mengubah pesan merusak DKIM.",
        "Sistem email penerima menolak pesan ini karena tidak dapat memastikan bahwa pesan itu berasal dari domain email Anda. Administrator email Anda perlu memperbaiki pengaturan domain tersebut.",
    ],
    // auth_required
    [
        "Harus login sebelum mengirim",
        "Server hanya menerima email dari klien yang sudah login, sedangkan klien ini mengirim `MAIL FROM` atau `RCPT TO` tanpa `AUTH` yang berhasil. RFC 4954 menetapkan `530` dengan `5.7.0` untuk hal ini; sebagian server malah menjawab dengan penolakan relay.",
        "Aktifkan autentikasi untuk server keluar di program email atau aplikasi, dengan nama pengguna dan kata sandi akun. Gunakan port submission (`587` dengan `STARTTLS`, atau `465`), dan kirim `AUTH` setelah `EHLO` dan sebelum `MAIL FROM`; balasan `EHLO` mencantumkan mekanisme yang ditawarkan server.",
        "Program email Anda harus masuk ke akun email keluar Anda sebelum dapat mengirim. Aktifkan opsi masuk untuk email keluar di pengaturan akunnya.",
    ],
    // auth_failed
    [
        "Login ditolak",
        "Klien mencoba login dengan `AUTH`, dan server menolaknya: nama pengguna atau kata sandinya salah, mekanismenya tidak diizinkan, atau akun itu tidak boleh login. Balasan yang umum adalah `535` dengan `5.7.8`, `534` dengan `5.7.9`, dan `504` untuk mekanisme yang tidak dikenal; `454` berarti kegagalan sementara di sisi server.",
        "Masukkan lagi nama pengguna dan kata sandi di pengaturan server keluar; banyak penyedia mengharapkan alamat lengkap sebagai nama pengguna, atau sandi aplikasi jika verifikasi dua langkah aktif. Pilih mekanisme dari baris `AUTH` dalam balasan `EHLO`. Jika datanya sudah benar, administrator akun harus memeriksa apakah akun itu terkunci atau dinonaktifkan.",
        "Gagal masuk ke akun email keluar Anda. Periksa nama pengguna dan kata sandi di pengaturan program email Anda.",
    ],
    // tls_required
    [
        "Enkripsi diwajibkan atau gagal",
        "Server mewajibkan koneksi terenkripsi sebelum langkah ini, atau penyiapan enkripsinya gagal. Balasannya antara lain `530 5.7.0` sebelum `STARTTLS`, `5.7.10` atau `5.7.11` untuk mekanisme login yang memerlukan enkripsi, `454` jika TLS sedang tidak tersedia, dan `5.7.30` untuk `REQUIRETLS`; kebijakan MTA-STS (RFC 8461) juga dapat menghentikan pengiriman.",
        "Kirim `STARTTLS` setelah `EHLO`, atau untuk submission, sambungkan ke port `465` dengan TLS sejak awal, lalu kirim `EHLO` lagi setelah koneksi terenkripsi. Jika handshake gagal, perbarui pustaka TLS klien dan periksa versi protokol yang diizinkan kedua pihak. Jika sertifikat server sudah kedaluwarsa atau tidak cocok dengan namanya, administrator server itu harus menggantinya.",
        "Pesan tidak dapat dikirim melalui koneksi yang aman. Aktifkan enkripsi untuk email keluar di program email Anda, atau minta bantuan penyedia email Anda.",
    ],
    // blocklisted
    [
        "Pengirim masuk daftar blokir",
        "Alamat server pengirim atau domain pengirim tercantum dalam daftar blokir yang diperiksa penerima, baik daftar blokir DNS publik maupun daftar milik penerima sendiri. Balasannya sering `550` atau `554` dengan `5.7.1`, kadang berupa salam pembuka `554`; kode ini juga dipakai untuk penolakan lain, dan teksnya biasanya menyebut nama daftarnya.",
        "Administrator pengirim harus mencari alamat yang tercantum di daftar yang disebut dalam balasan, menemukan penyebabnya (akun yang dibobol, komputer yang terinfeksi, open relay, pengiriman ke alamat yang sudah tidak aktif), menghentikannya, lalu meminta penghapusan dari daftar melalui prosedur yang ditetapkan pengelola daftar itu. Pada shared hosting, penyedianyalah yang harus melakukan ini atau memindahkan pengiriman email ke relay lain.",
        "Penyedia email Anda masuk daftar blokir yang dipakai sistem email penerima, sehingga pesan Anda ditolak. Beri tahu administrator atau penyedia email Anda.",
    ],
    // bad_reputation
    [
        "Reputasi pengirim terlalu rendah",
        "Penerima menolak atau menunda pesan karena reputasi server atau domain pengirim, tanpa menyebut daftar blokir; reputasi itu terbentuk dari keluhan, pesan yang masuk ke spam trap, email pentalan, dan lonjakan volume yang mendadak. Balasannya bisa berupa `421` atau `450` yang sementara hingga `550` atau `554` dengan `5.7.1`, jadi teksnyalah yang menentukan.",
        "Administrator pengirim harus mencari tahu apa yang merusak reputasi: akun yang dibobol, email ke daftar alamat lama atau hasil membeli, tidak adanya tautan berhenti berlangganan, atau alamat baru yang langsung mengirim dalam volume besar. Hentikan penyebabnya, autentikasi semua email, dan naikkan volume secara bertahap. Banyak penerima besar menyediakan postmaster tools atau feedback loop yang menunjukkan reputasi yang mereka lihat.",
        "Sistem email penerima saat ini tidak memercayai email dari penyedia email Anda. Beri tahu administrator atau penyedia email Anda tentang kegagalan ini.",
    ],
    // reverse_dns
    [
        "Reverse DNS tidak ada atau tidak cocok",
        "Alamat IP server pengirim tidak memiliki nama reverse DNS (PTR), atau nama itu tidak di-resolve kembali ke alamat yang sama, dan penerima menolak email dari host seperti itu. Kode khususnya adalah `5.7.25`, tetapi banyak server mengirim `550 5.7.1`, atau `450` yang sementara karena pencariannya mungkin hanya gagal untuk sementara.",
        "Administrator pengirim harus meminta pihak yang mengendalikan alamat IP itu, yaitu penyedia hosting atau internet, untuk membuat record PTR yang menyebut nama server, dan memublikasikan record A atau AAAA untuk nama itu yang mengarah kembali ke alamat yang sama. Memakai nama yang sama pada `EHLO` juga membantu.",
        "Sistem email penerima menolak email dari sistem pengirim milik penyedia Anda karena ada masalah pengaturan di pihak Anda. Beri tahu administrator email Anda.",
    ],
    // policy_block
    [
        "Ditolak oleh kebijakan penerima",
        "Aturan lokal di pihak penerima menolak pesan ini, dan aturan itu tidak menyangkut spam, autentikasi, atau daftar blokir: misalnya penerima yang hanya menerima pengirim tertentu, negara atau jaringan yang diblokir, atau grup atau milis yang tertutup. Balasannya biasanya `550` atau `554` dengan `5.7.1`, atau `5.7.2` untuk milis.",
        "Baca teks balasan untuk mengetahui aturan yang cocok. Hanya penerima atau administratornya yang dapat mengubah aturan itu atau menambahkan pengirim ke daftar yang diizinkan, jadi hubungi mereka melalui saluran lain dan kutip balasannya secara lengkap. Untuk milis, kirim dari alamat yang terdaftar sebagai pelanggan.",
        "Organisasi penerima tidak menerima pesan dari Anda berdasarkan aturannya. Hubungi penerima dengan cara lain dan minta mereka mengizinkan pesan Anda.",
    ],
    // spam
    [
        "Pesan dianggap spam",
        "Filter penerima memeriksa pesan dan menggolongkannya sebagai spam berdasarkan teks, tautan, lampiran, atau header-nya, ditambah reputasi pengirim. Server biasanya mengirim `550` atau `554` dengan `5.7.1`, kode yang juga dipakai untuk penolakan lain, jadi teksnya harus menyebut spam.",
        "Pengirim sebaiknya memeriksa hal yang mungkin dipermasalahkan filter: tautan ke domain bereputasi buruk atau melalui pemendek tautan, pesan yang sebagian besar berupa gambar, baris subjek yang menyesatkan, atau email massal yang dikirim tanpa persetujuan dan tanpa tautan berhenti berlangganan. Administrator pengirim harus memastikan SPF, DKIM, dan DMARC lolos. Jika pesan salah dianggap spam, penerima dapat meminta administratornya untuk mengizinkan pengirim itu.",
        "Sistem email penerima menganggap pesan Anda sebagai spam. Ubah isinya, misalnya dengan menghapus tautan atau lampiran, atau hubungi penerima dengan cara lain.",
    ],
    // virus
    [
        "Malware atau lampiran berbahaya",
        "Pemindai milik penerima menemukan malware dalam pesan, atau lampiran dengan jenis yang dianggapnya berbahaya, seperti program atau dokumen bermakro. Tidak ada kode khusus untuk ini; server memakai `550` atau `554`, sering dengan `5.7.1`, dan teksnya menyebutkan apa yang ditemukan.",
        "Pengirim sebaiknya memindai komputer yang mengirim pesan itu dengan perangkat lunak keamanan yang mutakhir, karena malware sering mengirim email sendiri. File yang memang diperlukan tetapi diblokir sebaiknya dibagikan melalui tautan unduhan, bukan dilampirkan. Jika pemindainya keliru, administrator penerima dapat melaporkannya atau membuat pengecualian.",
        "Pesan ditolak karena sebuah lampiran terlihat berbahaya. Periksa komputer Anda dari virus, atau bagikan file tersebut melalui tautan unduhan.",
    ],
    // content_rejected
    [
        "Isi atau format pesan ditolak",
        "Ada sesuatu pada bentuk pesan yang ditolak: kolom header yang hilang, ganda, atau formatnya salah, struktur atau encoding MIME yang rusak, baris yang terlalu panjang, atau jenis lampiran yang tidak diterima penerima. Server memakai kode `5.6.x` untuk masalah format isi, atau `550` maupun `554` yang umum, jadi teksnyalah yang menentukan.",
        "Pengembang harus membuat pesan mengikuti RFC 5322 dan MIME: satu kolom header `From` dan satu `Date`, sebuah `Message-ID`, baris paling panjang 998 karakter yang diakhiri CRLF, dan isi 8-bit yang dikodekan kecuali server menawarkan `8BITMIME`. Orang yang mendapat kesalahan ini sebaiknya menghapus jenis lampiran yang disebut dalam balasan atau membagikan file-nya melalui tautan.",
        "Sistem email penerima tidak dapat menerima pesan dalam bentuknya sekarang, sering kali karena jenis lampirannya. Hapus atau ganti lampiran itu, atau kirim pesan biasa tanpa lampiran.",
    ],
    // message_too_big
    [
        "Pesan terlalu besar",
        "Pesan ini lebih besar daripada yang diterima penerima, baik untuk seluruh sistem maupun untuk kotak surat ini. Server mengirim `552` dengan `5.3.4` untuk batas sistem atau `5.2.3` untuk batas kotak surat; server yang mendukung ekstensi `SIZE` dapat menolak sejak `MAIL FROM`, sebelum data apa pun dikirim.",
        "Perkecil pesan: bagikan file besar melalui tautan unduhan, atau kompres atau pecah file tersebut, dan ingat bahwa lampiran membesar sekitar sepertiga saat dikodekan untuk pengiriman. Angka setelah `SIZE` dalam balasan `EHLO` adalah batas server dalam byte. Hanya administrator penerima yang dapat menaikkan batas itu.",
        "Pesan terlalu besar untuk sistem email penerima. Hapus lampiran yang besar atau bagikan melalui tautan unduhan, lalu kirim lagi.",
    ],
    // rate_limited
    [
        "Batas laju pengiriman tercapai",
        "Pengirim melampaui batas jumlah pesan, koneksi, atau penerima dalam jangka waktu tertentu, sehingga server untuk sementara menolak menerima lebih banyak. Penerima biasanya menjawab dengan `421`, `450`, atau `451`, sering dengan kode `4.7.x`; server submission dapat menolak dengan `550` atau `554` jika kuota pengiriman harian sudah habis.",
        "Biarkan server pengirim mencoba ulang nanti dengan jeda yang makin panjang, dan kurangi jumlah koneksi paralel serta jumlah pesan per koneksi ke penerima ini. Sebar pengiriman massal dalam rentang waktu yang lebih panjang. Untuk kuota akun Anda sendiri, tunggu sampai kuotanya diatur ulang atau minta batas yang lebih tinggi kepada penyedia.",
        "Terlalu banyak pesan terkirim dalam waktu singkat, jadi pesan ini ditahan. Tunggu sebentar, lalu coba lagi.",
    ],
    // greylisted
    [
        "Terkena greylisting, coba lagi nanti",
        "Penerima sengaja menolak percobaan pertama dari pengirim yang belum dikenal untuk sementara waktu, untuk melihat apakah server email sungguhan akan mencoba lagi, hal yang sering tidak dilakukan alat pengirim spam. Penerima menjawab `450` atau `451`, sering dengan `4.7.1` atau `4.2.0`, dan menerima percobaan ulang yang dilakukan setelah masa tunggu.",
        "Tidak ada yang perlu diperbaiki jika server pengirim menaruh pesan di antrean dan mencoba ulang, seperti yang diwajibkan RFC 5321; penundaannya biasanya antara beberapa menit dan satu jam. Skrip dan aplikasi yang mengirim langsung juga harus memakai antrean dan mencoba ulang, dan percobaan ulang harus berasal dari alamat atau pool alamat yang sama, karena alamat baru akan memulai masa tunggu dari awal.",
        "Pesan Anda tertunda, bukan hilang. Biasanya pesan akan terkirim secara otomatis dalam beberapa menit hingga satu jam.",
    ],
    // syntax
    [
        "Perintah atau parameter tidak dipahami",
        "Perintah yang dikirim klien formatnya salah, tidak dikenal, atau memakai opsi yang tidak didukung server, sehingga tidak dijalankan. Server menyatakannya dengan `500`, `501`, `502`, `504`, atau `555`, sering dengan `5.5.1`, `5.5.2`, atau `5.5.4`; alamat yang formatnya salah mendapat `5.1.3` atau `5.1.7`.",
        "Perbaiki program pengirimnya, bukan pesannya: periksa ejaan perintah, tulis alamat di dalam kurung sudut tanpa spasi, dan pakai hanya ekstensi dan parameter yang dicantumkan server dalam balasan `EHLO`. Teks setelah kode sering menyebutkan bagian yang salah. Mengirim perintah yang sama lagi akan gagal dengan cara yang sama.",
        "Program email Anda mengirim permintaan yang tidak dipahami sistem email penerima. Periksa apakah ada karakter aneh di alamat, dan perbarui program itu jika masalahnya terus terjadi.",
    ],
    // bad_sequence
    [
        "Urutan perintah salah",
        "Klien mengirim perintah yang valid pada saat perintah itu tidak diizinkan dalam sesi, misalnya `RCPT TO` sebelum `MAIL FROM` atau `DATA` tanpa satu pun penerima yang diterima. Server menjawab `503`, biasanya dengan `5.5.1`.",
        "Lihat balasan tepat sebelumnya: `MAIL FROM` atau `RCPT TO` yang ditolak sering menyebabkan `503` yang menyusul, dan balasan sebelumnya itulah yang menunjukkan alasan sebenarnya. Jika bukan itu, perbaiki urutan perintah pada klien: `EHLO`, `AUTH` jika diperlukan, `MAIL FROM`, `RCPT TO`, lalu `DATA`, dengan `RSET` untuk memulai dari awal.",
        "Program email Anda dan sistem email penerima tidak sinkron. Coba kirim lagi, dan perbarui program itu jika masalahnya terus terjadi.",
    ],
    // service_unavailable
    [
        "Server untuk sementara tidak tersedia",
        "Server menjawab, tetapi menyatakan tidak dapat melayani sekarang karena kelebihan beban, sedang dalam pemeliharaan, atau sedang dimatikan. Balasan yang umum adalah `421`, yang menutup koneksi, serta `450` atau `451` dengan `4.3.2` atau `4.4.5`; masalahnya ada pada server itu, bukan pada pesan.",
        "Biarkan server pengirim mencoba ulang nanti, seperti yang dilakukannya sendiri setelah balasan sementara. Jika server terus menolak selama beberapa jam, administratornya harus memeriksa beban, layanan, dan penyimpanannya. Klien yang langsung menyambung ulang justru memperparah kelebihan beban, jadi percobaan ulang harus diberi jeda.",
        "Sistem email penerima sedang sibuk atau tidak aktif untuk sementara. Pengiriman biasanya dicoba ulang secara otomatis; jika pesannya kembali kepada Anda, kirim lagi nanti.",
    ],
    // system_error
    [
        "Kesalahan di server penerima",
        "Terjadi kesalahan di dalam server yang membalas: kesalahan konfigurasi, penyimpanan penuh, atau pencarian yang gagal di DNS atau direktori pengguna. Balasannya antara lain `451` dengan `4.3.0`, `452` dengan `4.3.1`, `4.3.5` dan `4.4.3`, dan kadang `554` atau `5.3.x` yang permanen; pesannya sendiri biasanya tidak bermasalah.",
        "Operator server harus menemukan dan memperbaiki kesalahannya melalui log: mengosongkan penyimpanan, membetulkan konfigurasi, atau memperbaiki layanan DNS atau direktori yang diandalkan server itu. Pengirim hanya bisa membiarkan percobaan ulang berjalan dan, jika kesalahannya berlanjut, memberi tahu postmaster pihak penerima dengan menyertakan balasan lengkap beserta waktunya.",
        "Sistem email penerima mengalami masalah teknis. Coba lagi nanti; jika terus gagal, hubungi penerima dengan cara lain.",
    ],
    // network_error
    [
        "Koneksi gagal",
        "Koneksi ke server email tidak dapat dibuat atau terputus: koneksi ditolak, waktunya habis, atau di-reset, sehingga mungkin tidak ada balasan sama sekali. Server pengirim mencatatnya dengan `4.4.1` jika tidak ada jawaban atau `4.4.2` jika koneksinya buruk, lalu terus mencoba ulang.",
        "Periksa nama host dan port yang dipakai klien, dan apakah firewall atau penyedia jaringan memblokir koneksi keluar ke port `25`, yang umum terjadi di jaringan rumahan dan cloud. Untuk domain tujuan di luar, periksa apakah record MX-nya mengarah ke server yang berjalan dan dapat dijangkau. Sementara itu, server pengirim mencoba ulang dengan sendirinya.",
        "Pesan Anda tidak dapat mencapai sistem email penerima karena masalah koneksi. Biasanya pengiriman akan dicoba ulang secara otomatis; jika tidak, coba lagi nanti.",
    ],
    // loop_detected
    [
        "Loop email terdeteksi",
        "Pesan dioper antarserver begitu banyak kali sehingga salah satu server menghentikannya, karena pesan itu terus berputar dalam loop. Server menghitung kolom header `Received` dan melaporkan `5.4.6`, sering dengan `554`, atau teks tentang loop atau terlalu banyak hop; penyebabnya adalah aturan penerusan dan pengaturan routing yang saling menunjuk.",
        "Baca kolom header `Received` pada pesan yang dikembalikan untuk melihat server mana yang muncul berulang. Administrator sistem tersebut harus menghapus aturan penerusan, alias, atau pengaturan routing yang mengirim email kembali, atau memperbaiki record MX yang mengarah ke server yang salah. Mengirim ulang sebelum itu diperbaiki hanya akan menimbulkan loop lagi.",
        "Pesan Anda terus berputar di antara beberapa sistem email dan akhirnya dihentikan. Beri tahu penerima dengan cara lain, karena pengaturan penerusan email mereka kemungkinan perlu diperbaiki.",
    ],
    // expired
    [
        "Batas waktu pengiriman habis",
        "Server pengirim terus mencoba ulang pesan setelah kegagalan sementara dan menyerah saat mencapai batas waktunya, yang sering kali beberapa hari. Email pentalan mungkin memuat `5.4.7` atau hanya kesalahan terakhir yang ditemui; penyebab sebenarnya ada pada percobaan gagal sebelumnya.",
        "Cari kesalahan dari percobaan sebelumnya di email pentalan atau log server pengirim, misalnya host yang tidak dapat dijangkau atau kotak surat yang penuh, dan minta pihak yang bertanggung jawab memperbaiki penyebab itu. Lalu kirim ulang pesannya, karena server pengirim sudah berhenti mencoba.",
        "Pesan Anda tidak dapat terkirim meskipun sudah dicoba berulang kali dalam waktu lama. Periksa alamatnya, lalu kirim lagi nanti atau hubungi penerima dengan cara lain.",
    ],
    // success
    [
        "Diterima",
        "Server telah menjalankan perintah; setelah `.` penutup pesan, `250` berarti server menerima pesan itu dan mengambil alih tanggung jawab untuk mengirimkannya. Itu bukan jaminan bahwa pesan sampai ke kotak masuk: pesan masih bisa terpental kemudian atau tersaring.",
        "Tidak ada yang perlu diperbaiki. Jika penerima mengatakan pesannya tidak pernah sampai, minta mereka memeriksa folder spam, perhatikan apakah ada email pentalan yang datang kemudian, dan gunakan ID antrean atau ID pesan dari balasan untuk melacaknya di log pihak penerima.",
        "Pesan telah diterima untuk dikirimkan.",
    ],
    // intermediate
    [
        "Menunggu langkah berikutnya",
        "Server sejauh ini menerima perintah dan menunggu kelanjutan dari klien, misalnya isi pesan setelah `354` atau langkah login berikutnya setelah `334`. Belum ada yang gagal, tetapi juga belum ada yang terkirim.",
        "Klien harus mengirim apa yang diminta server: setelah `354`, pesan yang diakhiri baris yang hanya berisi `.`; setelah `334`, jawaban `AUTH` berikutnya. Jika sesi berhenti di sini, cari klien yang tidak pernah mengirim sisanya atau koneksi yang terputus saat pengiriman berlangsung.",
        "Pesan masih dalam proses pengiriman; sejauh ini belum ada masalah.",
    ],
    // unknown
    [
        "Alasan tidak jelas dari balasan",
        "Tidak ada apa pun dalam balasan yang menunjuk ke alasan tertentu: kodenya umum, seperti `550`, `554`, atau `5.0.0`, dan teksnya tidak menjelaskan apa yang terjadi. Yang pasti hanya kelas kodenya, `4xx` untuk kegagalan sementara dan `5xx` untuk kegagalan permanen.",
        "Baca balasan lengkapnya dan log server pengirim di sekitar waktu itu. Setelah balasan `4xx`, biarkan server pengirim mencoba ulang; setelah balasan `5xx`, jangan mengirim ulang tanpa perubahan. Jika tetap tidak jelas, kirim email ke alamat postmaster domain penerima dengan menyertakan balasan lengkap, waktunya, dan alamat yang terlibat.",
        "Pesan tidak dapat terkirim, dan alasannya tidak jelas. Coba lagi nanti, dan jika terus gagal, hubungi penerima dengan cara lain.",
    ],
];

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "MX host failed MTA-STS validation",
        "Exchange Online did not deliver because the MX host it reached is not one that the recipient domain's MTA-STS policy lists. This is a temporary failure, so Exchange Online keeps retrying.",
        "Exchange Online sends it when the destination domain publishes an MTA-STS policy whose `mx` entries do not cover the host named in the domain's MX records.",
        "The recipient domain's administrator must make the MTA-STS policy and the MX records agree, by adding the MX host to the policy or correcting the MX record. The sender can only wait or tell the recipient.",
    ],
    // 4.4.312 (microsoft)
    [
        "DNS query failed for the destination",
        "Exchange Online tried to look up the destination host, usually the smart host of an outbound connector, and the DNS query failed. The message stays queued and is retried for up to 24 hours.",
        "Microsoft 365 reports it for connector deliveries when the domain's DNS hosting has a problem, the domain has expired, or a recent MX change is still cached.",
        "The administrator of the destination domain must fix its DNS with the DNS hosting provider or renew the domain. If the connector points to a partner service, that partner has to fix it.",
    ],
    // 4.4.315 (microsoft)
    [
        "Connection to the destination timed out",
        "Exchange Online could not reach the destination mail server in time. The message stays queued and is retried for up to 24 hours.",
        "Microsoft 365 reports it when an on-premises or partner server behind a connector is down, or the connector's smart host setting points at the wrong IP address.",
        "Check that the destination server is running and reachable on port `25`, and that the connector's smart host address is still correct, for example after a change of internet provider.",
    ],
    // 4.4.316 (microsoft)
    [
        "Connection to the destination refused",
        "Exchange Online tried to connect to a mail server outside Microsoft 365 and the connection was refused, so the message stays in the queue for retries.",
        "Exchange Online sends it when a firewall in front of the destination server blocks Microsoft 365 addresses, or when an on-premises server behind a connector has been shut down.",
        "The destination's administrator must allow connections from the Microsoft 365 IP ranges on port `25`. If the on-premises server is gone on purpose, disable the connector and make the accepted domain authoritative.",
    ],
    // 4.4.317 (microsoft)
    [
        "Cannot connect to remote server",
        "Exchange Online reached the destination server, but it answered with an immediate error or did not meet the connection requirements, such as TLS required by the connector.",
        "Microsoft 365 reports it for connector deliveries when the remote server says it is not available, or the connector requires TLS that the remote server does not offer.",
        "The destination's administrator should check the server's TLS settings and certificate, and the TLS settings of the connector in Microsoft 365. A partner service behind the connector has to fix its own side.",
    ],
    // 4.4.318 (microsoft)
    [
        "Connection was closed abruptly",
        "The connection between Exchange Online and the destination server dropped during the session, so the message is retried later.",
        "Microsoft 365 reports it when a firewall's SMTP inspection interferes, the destination server hangs or runs out of resources, or the network between the two fails.",
        "The destination's administrator should turn off faulty SMTP inspection on the firewall, check the mail server's health and resources, and have the network path checked.",
    ],
    // 4.7.32 (google)
    [
        "From domain not aligned with SPF or DKIM",
        "Gmail is slowing down mail from you because the domain in the `From` header matches neither the domain that passed SPF nor the domain that signed with DKIM. This is the DMARC alignment requirement Gmail sets for bulk senders.",
        "Gmail sends it as a temporary `421` reply to senders whose messages authenticate, but for a different domain than the one the recipient sees as the author.",
        "The sender's administrator should sign mail with a DKIM `d=` domain that shares its organizational domain with the `From` address, or send with a `MAIL FROM` domain that does, and publish a DMARC record. Sending services usually offer a custom sending or signing domain for this.",
    ],
    // 4.7.320 (microsoft)
    [
        "Certificate validation failed",
        "Exchange Online could not validate the TLS certificate of the destination server, for example because it expired or names another host, so it keeps the message queued.",
        "Microsoft 365 reports it for deliveries through a connector that requires a valid certificate.",
        "The destination's administrator must install a valid certificate, or the connector's certificate settings must be corrected so the queued messages can go out.",
    ],
    // 4.7.321 (microsoft)
    [
        "Destination must support TLS (DANE)",
        "The destination domain is protected by DNSSEC and DANE, but its mail server did not answer `STARTTLS` or the TLS handshake failed, so Exchange Online would not send in clear text.",
        "Exchange Online sends it as a temporary error with `starttls-not-supported` when delivering to a domain with valid DNSSEC records.",
        "The recipient domain's administrator must make the mail server offer `STARTTLS` and complete the handshake.",
    ],
    // 4.7.322 (microsoft)
    [
        "Destination certificate expired (DANE)",
        "The DANE-protected destination server presented an expired certificate, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `certificate-expired` after DNSSEC checks passed.",
        "The recipient domain's administrator must renew the server certificate and update the TLSA records if they pin it.",
    ],
    // 4.7.323 (microsoft)
    [
        "Domain failed DANE validation",
        "The destination's certificate does not match its authentic TLSA record, or the TLSA record is wrong, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `tlsa-invalid` for a DNSSEC-signed destination domain.",
        "The recipient domain's administrator must publish TLSA records that match the certificate the mail server presents, especially after a certificate change.",
    ],
    // 4.7.324 (microsoft)
    [
        "Destination returned invalid DNSSEC records",
        "The destination domain claims to be DNSSEC-signed, but Exchange Online could not validate its records, so it did not deliver.",
        "Exchange Online sends it as a temporary error with `dnssec-invalid`.",
        "The recipient domain's administrator must fix the DNSSEC signing of the zone, for example expired signatures or a wrong DS record at the parent.",
    ],
    // 4.7.325 (microsoft)
    [
        "Certificate does not match the host name (DANE)",
        "The certificate of the DANE-protected destination server names neither the domain nor the MX host, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `certificate-host-mismatch`.",
        "The recipient domain's administrator must install a certificate whose common name or subject alternative names include the MX host name.",
    ],
    // 4.7.500 (microsoft)
    [
        "Access denied, please try again later (IP throttling)",
        "Microsoft 365 temporarily limits mail from the connecting IP address because it suddenly sends much more than before or is new to Microsoft; the texts carry `ASxxx` tokens.",
        "Exchange Online Protection sends it as `451` to servers whose sending pattern changed a lot, as part of its anti-spam throttling.",
        "A legitimate sender's restriction lifts after a few days of steady sending. A Microsoft 365 customer relaying through Microsoft or routing inbound mail through another service should set up the matching connector, which removes the throttling.",
    ],
    // 4.7.850 (microsoft)
    [
        "Access denied, please try again later (suspicious IP)",
        "Microsoft 365 saw suspicious activity from the sending IP address and restricts it for a while during further checks.",
        "Exchange Online sends it as a temporary refusal while it evaluates an IP address.",
        "If the traffic is legitimate, let the sending server retry; Microsoft says the restriction is lifted shortly. If the server really sent spam, stop the source first.",
    ],
    // 4.16.50 (yahoo)
    [
        "Deferred because of complaints from Yahoo users",
        "Yahoo's own diagnostic code for a temporary deferral: mail from the sending server has drawn many complaints from Yahoo Mail users.",
        "Yahoo sends it with `421` and the text \"temporarily deferred\", usually after recipients marked earlier mail from the same IP address as spam.",
        "Let the queue retry later. The sender's administrator should review what the server sends to Yahoo users and to whom, and stop mail that recipients did not ask for. Someone who does not run the server should pass the full error to its administrator.",
    ],
    // 4.16.55 (yahoo)
    [
        "Deferred for unexpected volume or user complaints",
        "Yahoo's own diagnostic code that comes with its `[TS01]` and `[TSS04]` deferrals: Yahoo has slowed mail from this IP address because of its volume or of complaints from Yahoo users.",
        "Yahoo sends it in `421` replies, often as `4.16.55.1`, when an IP address sends unusual traffic or mail that recipients report as spam.",
        "The sending server may retry later. The sender's administrator should find the source of the mail that caused complaints (a compromised account, an unwanted mailing), stop it, and raise volume to Yahoo only gradually.",
    ],
    // 5.0.350 (microsoft)
    [
        "Generic refusal by the recipient's organization",
        "Exchange Online uses this catch-all code for many refusals from the recipient's side; the text names the cause, such as `x-dg-ref header is too long` or `policy violation detected (AS345)`.",
        "The `x-dg-ref` text comes with Rich Text formatted messages, and the `AS345` text with nested attachments.",
        "Read the text after the code. For `x-dg-ref`, send the message as HTML or plain text; for `AS345`, do not attach messages that themselves carry attachments.",
    ],
    // 5.1.20 (microsoft)
    [
        "Multiple From addresses without a Sender address",
        "The message has more than one address in its `From` header field and no `Sender` field, which RFC 5322 requires in that case, so Exchange Online refused it.",
        "Exchange Online sends it for messages built with several `From` addresses, usually by scripts or unusual mail programs.",
        "Send with a single `From` address, or add a `Sender` header field with exactly one address.",
    ],
    // 5.1.90 (microsoft)
    [
        "Daily recipient limit reached",
        "The Microsoft 365 sender has sent to more recipients in a day than the Exchange Online sending limits allow.",
        "Exchange Online sends it to its own users who exceed the daily recipient rate limit; it can also mean the account is compromised and sending spam.",
        "Wait until the limit resets and spread large mailings over time or use a bulk mail service. The administrator should check the account for signs of compromise.",
    ],
    // 5.1.351 (microsoft)
    [
        "Remote server returned unknown recipient or mailbox unavailable",
        "Exchange Online wraps a refusal from the next server: that server said the recipient is unknown or its mailbox is unavailable. The remote server's own reply follows after `->`.",
        "Exchange Online puts it in bounces when the receiving server rejected the recipient, with text such as `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Check the recipient address for typos and ask the recipient for the right one. The remote reply after `->` tells what the receiving server said.",
    ],
    // 5.2.121 (microsoft)
    [
        "Recipient's hourly limit from this sender exceeded",
        "The sender has sent more messages to one Exchange Online recipient within an hour than that recipient accepts from a single sender.",
        "Exchange Online sends it to automated senders and notification systems that flood one mailbox.",
        "Try again later and send fewer messages per hour to that recipient, for example by batching notifications.",
    ],
    // 5.2.122 (microsoft)
    [
        "Recipient's hourly receive limit exceeded",
        "The Exchange Online recipient has received more messages within an hour, from all senders together, than allowed.",
        "Exchange Online sends it when a mailbox is flooded by mail storms or many automated senders.",
        "Try again later. If automated mail causes it, reduce how often it is sent; the recipient may need to find out who floods the mailbox.",
    ],
    // 5.3.190 (microsoft)
    [
        "Journaling to Microsoft 365 not supported",
        "An on-premises journaling rule sends journal reports to Microsoft 365, but the organization has not turned on Journaling Archive, so Exchange Online refuses them.",
        "Exchange Online sends it to organizations that journal on-premises mail into Microsoft 365.",
        "The organization's Microsoft 365 administrator must turn on Journaling Archive or point the journaling rule to another destination.",
    ],
    // 5.4.8 (microsoft)
    [
        "MX host failed MTA-STS validation (permanent)",
        "Exchange Online gave up delivering because the MX host of the recipient domain is not allowed by that domain's MTA-STS policy.",
        "Exchange Online sends it as the final failure when a domain's MTA-STS policy does not include the MX host found in DNS.",
        "The recipient domain's administrator must add the MX host to the MTA-STS policy or fix the MX record, then the sender can send the message again.",
    ],
    // 5.4.14 (microsoft)
    [
        "Hop count exceeded, possible mail loop",
        "Exchange Online stopped the message because it was routed around too many times; this is Exchange Online's own code for a mail loop, where on-premises Exchange uses `5.4.6`.",
        "Exchange Online sends it when an accepted domain is set up wrongly or, in hybrid setups, when connectors send mail back and forth; the text often ends with `ATTR34`.",
        "The recipient organization's administrator should check that the domain is an authoritative accepted domain and that the hybrid connectors route to the right smart host; rerunning the Hybrid Configuration Wizard often fixes it.",
    ],
    // 5.4.300 (microsoft)
    [
        "Message expired",
        "Exchange Online could not deliver the message in the time allowed, because the destination never answered or a bounce about it could not be delivered either.",
        "Exchange Online sends it as the final failure after its retries for a message have run out.",
        "Look at the earlier errors for this destination to find why delivery kept failing, have that fixed, and send the message again.",
    ],
    // 5.4.312 (microsoft)
    [
        "Message expired after DNS query failures",
        "Exchange Online stopped retrying because every attempt failed to look up the destination in DNS until the message's time in the queue ran out.",
        "Exchange Online puts it in the bounce after earlier `4.4.312` deferrals, with the text `Message expired, DNS query failed`.",
        "The recipient domain's administrator must fix the domain's DNS or renew the domain. After that, the sender has to send the message again.",
    ],
    // 5.4.316 (microsoft)
    [
        "Message expired after connections were refused",
        "Exchange Online stopped retrying because the destination server kept refusing connections until the message's time in the queue ran out.",
        "Exchange Online puts it in the bounce after earlier `4.4.316` deferrals, with the text `Message expired, connection refused`.",
        "The destination's administrator must make the server accept connections from Microsoft 365 on port `25`. The sender then has to send the message again.",
    ],
    // 5.4.318 (microsoft)
    [
        "Message expired after connections were reset",
        "Exchange Online stopped retrying because its connections to the destination kept being reset, which it marks as `SuspiciousRemoteServerError`.",
        "Exchange Online puts it in the bounce after repeated `4.4.318` deferrals for the same destination.",
        "The destination's administrator must find what breaks the sessions, often a firewall inspecting SMTP. The sender then has to send the message again.",
    ],
    // 5.6.11 (microsoft)
    [
        "Invalid characters (bare line feeds)",
        "The message contains bare line feed characters, line ends without a carriage return, which Exchange Online does not accept.",
        "Exchange Online sends it when a mail program or script writes lines ending in `LF` instead of `CRLF`.",
        "Fix the sending program so that every line ends with `CRLF`, or send through a server that converts line ends.",
    ],
    // 5.7.57 (microsoft)
    [
        "Client not authenticated to send anonymous mail",
        "An application or device sent mail to `smtp.office365.com` without logging in, and Exchange Online refused `MAIL FROM`.",
        "Exchange Online sends it to printers, scanners and applications set up to relay through Microsoft 365 whose login or TLS setup is wrong.",
        "Configure the device with the credentials of a user that has an Exchange Online mailbox, and make sure it uses `STARTTLS`, since login needs TLS.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution, relay access denied",
        "Exchange Online could not match mail from the organization's own servers to an inbound connector, so it refused to relay it.",
        "Exchange Online sends it after something changed on-premises, such as the sending server's IP address or the name in its certificate, so it no longer matches the inbound connector.",
        "The administrator must update the inbound connector to the current IP addresses or certificate name of the on-premises server.",
    ],
    // 5.7.124 (microsoft)
    [
        "Sender not in allowed-senders list",
        "The recipient is a distribution group that accepts mail only from listed senders, and the sender is not on the list.",
        "Exchange Online sends it for groups with delivery restrictions; even the group's owner may need to be listed.",
        "Ask the group owner or the recipient's administrator to add the sender to the group's allowed senders or to remove the restriction.",
    ],
    // 5.7.133 (microsoft)
    [
        "Sender not authenticated for group",
        "The recipient is a group that refuses mail from outside its organization, and the sender is external.",
        "Exchange Online sends it when external senders write to a distribution group that requires authenticated senders.",
        "The group owner or the recipient's administrator must allow external senders for the group.",
    ],
    // 5.7.134 (microsoft)
    [
        "Sender not authenticated for mailbox",
        "The recipient mailbox is set to refuse mail from outside its organization, and the sender is external.",
        "Exchange Online sends it for mailboxes with the setting that requires authenticated senders.",
        "Only the recipient organization's administrator can change the mailbox's delivery restrictions.",
    ],
    // 5.7.135 (microsoft)
    [
        "Sender not authenticated for public folder",
        "The recipient is a mail-enabled public folder that refuses mail from outside its organization.",
        "Exchange Online sends it when external senders write to a public folder that requires authenticated senders.",
        "The recipient organization's administrator must let the public folder accept mail from all senders.",
    ],
    // 5.7.136 (microsoft)
    [
        "Sender not authenticated for mail user",
        "The recipient is a mail user that is set to refuse mail from outside its organization.",
        "Exchange Online sends it when an external sender writes to a mail user with the setting that requires authenticated senders.",
        "Only the recipient organization's administrator can change this setting.",
    ],
    // 5.7.193 (microsoft)
    [
        "Microsoft 365 group does not accept external senders",
        "The recipient is a Microsoft 365 group that accepts mail only from its members or from inside its organization.",
        "Exchange Online sends it with `UnifiedGroupAgent` when an external sender writes to such a group.",
        "The group owner or the recipient's administrator must allow people outside the organization to email the group.",
    ],
    // 5.7.321 (microsoft)
    [
        "Destination must support TLS (DANE, permanent)",
        "Exchange Online gave up because the DANE-protected destination server did not offer `STARTTLS` or the handshake failed.",
        "Exchange Online sends it as a permanent error with `starttls-not-supported`.",
        "The recipient domain's administrator must enable TLS on the mail server; after that the sender can send again.",
    ],
    // 5.7.322 (microsoft)
    [
        "Destination certificate expired (DANE, permanent)",
        "Exchange Online gave up because the DANE-protected destination server kept presenting an expired certificate.",
        "Exchange Online sends it as a permanent error with `certificate-expired`.",
        "The recipient domain's administrator must renew the certificate; after that the sender can send again.",
    ],
    // 5.7.323 (microsoft)
    [
        "Domain failed DANE validation (permanent)",
        "Exchange Online gave up because the destination's certificate kept failing validation against its TLSA records.",
        "Exchange Online sends it as a permanent error with `tlsa-invalid`.",
        "The recipient domain's administrator must correct the TLSA records or the certificate; then the sender can send again.",
    ],
    // 5.7.324 (microsoft)
    [
        "Destination returned invalid DNSSEC records (permanent)",
        "Exchange Online gave up because the destination domain's DNSSEC records kept failing validation.",
        "Exchange Online sends it as a permanent error with `dnssec-invalid`.",
        "The recipient domain's administrator must repair the zone's DNSSEC signing; then the sender can send again.",
    ],
    // 5.7.325 (microsoft)
    [
        "Certificate does not match the host name (DANE, permanent)",
        "Exchange Online gave up because the destination server's certificate did not match the MX host name.",
        "Exchange Online sends it as a permanent error with `certificate-host-mismatch`.",
        "The recipient domain's administrator must replace the certificate with one that names the MX host; then the sender can send again.",
    ],
    // 5.7.367 (microsoft)
    [
        "Remote server returned not permitted to relay",
        "Microsoft 365 forwarded or relayed a message from its relay pool, and the next gateway refused it as a relay attempt. Microsoft uses that pool when the message failed SPF or DKIM on arrival.",
        "Exchange Online sends it for forwarded or relayed mail, most often when a third-party gateway sits in front of or behind Microsoft 365.",
        "The Microsoft 365 administrator should make authentication pass on arrival, for example with Enhanced Filtering for Connectors, and add domains it controls as accepted domains. Fewer forwarding hops help.",
    ],
    // 5.7.501 (microsoft)
    [
        "Access denied, spam abuse detected",
        "Microsoft 365 has banned the sending account because it sent spam.",
        "Exchange Online sends it to its own users whose account was used for spam, usually after a compromise.",
        "The administrator must secure the account and reset its credentials, then ask Microsoft support to restore its ability to send.",
    ],
    // 5.7.502 (microsoft)
    [
        "Access denied, banned sender",
        "Microsoft 365 has banned the sending account after it detected spam from it.",
        "Exchange Online sends it to accounts blocked for spam.",
        "The administrator must resolve the account's issues, reset its credentials and contact Microsoft support to lift the ban.",
    ],
    // 5.7.503 (microsoft)
    [
        "Access denied, banned sender",
        "Microsoft 365 has banned the sending account after it detected spam from it.",
        "Exchange Online sends it to accounts blocked for spam.",
        "The administrator must resolve the account's issues, reset its credentials and contact Microsoft support to lift the ban.",
    ],
    // 5.7.504 (microsoft)
    [
        "Recipient address rejected, access denied",
        "The recipient address is not valid in the receiving Microsoft 365 organization.",
        "Exchange Online Protection sends it with the text `Recipient address rejected: Access denied`.",
        "Check the recipient address and send again; ask the recipient for the right address if it keeps failing.",
    ],
    // 5.7.505 (microsoft)
    [
        "Access denied, banned recipient",
        "Microsoft 365 treats the recipient address as not valid and refuses mail to it.",
        "Exchange Online Protection sends it for recipients it has banned.",
        "Check the address and reach the recipient another way; if this seems wrong, the recipient's administrator can ask Microsoft support.",
    ],
    // 5.7.506 (microsoft)
    [
        "Access denied, bad HELO",
        "The sending server introduced itself in `HELO` or `EHLO` with the name of the server it connects to instead of its own name, which Microsoft treats as spambot behaviour.",
        "Exchange Online Protection sends it at the start of a session with a misconfigured or malicious client.",
        "Configure the sending server to use its own fully qualified host name in `EHLO`.",
    ],
    // 5.7.507 (microsoft)
    [
        "Access denied, rejected by recipient",
        "The recipient's organization has blocked the IP address the message came from.",
        "Exchange Online Protection sends it when the receiving tenant has blocked the sending server.",
        "Contact the recipient by another channel and ask their administrator to remove the block.",
    ],
    // 5.7.508 (microsoft)
    [
        "Access denied, permitted limits exceeded for the IPv6 range",
        "The sender's IPv6 range sent too many messages in too short a time.",
        "Exchange Online Protection sends it to senders over IPv6 that exceed its per-range rate.",
        "Slow down sending from that range and let the queue retry later.",
    ],
    // 5.7.509 (microsoft)
    [
        "Access denied, sending domain does not pass DMARC",
        "The domain in the `From` header failed DMARC and publishes a policy of reject, so Microsoft refused the message.",
        "Exchange Online and Outlook.com send it when neither SPF nor DKIM passes in alignment with the `From` domain and its policy is `p=reject`; forwarding can cause it.",
        "The sender's administrator must fix the domain's SPF, DKIM signing and alignment; the DMARC reports and the headers returned in the bounce show which check failed.",
    ],
    // 5.7.510 (microsoft)
    [
        "Recipient does not accept email over IPv6",
        "The message came over IPv6, but the recipient's domain accepts mail only over IPv4.",
        "Exchange Online Protection sends it to IPv6 senders for domains that have not enabled IPv6 inbound mail.",
        "Send to that domain over IPv4, for example by preferring IPv4 for its MX hosts in the sending server.",
    ],
    // 5.7.511 (microsoft)
    [
        "Access denied, banned sender IP",
        "Microsoft 365 has banned the IP address the message came from.",
        "Exchange Online Protection sends it to servers on its block list.",
        "Remove the cause of the ban, then ask for delisting by email to Microsoft with the full error and the IP address, or use the delist portal.",
    ],
    // 5.7.512 (microsoft)
    [
        "Message must be RFC 5322 section 3.6.2 compliant",
        "The message has no valid address in its `From` header field, so Microsoft 365 refused it.",
        "Exchange Online sends it for messages whose `From` field is missing, empty or malformed, for example without angle brackets around the address.",
        "Fix the sending program so that every message has a `From` field with a well-formed address.",
    ],
    // 5.7.513 (microsoft)
    [
        "Client host blocked by the recipient's custom block list",
        "The receiving organization has put the sending IP address on its own block list in Microsoft 365; the text ends with `AS16012607`.",
        "Exchange Online Protection sends it when the connecting IP is on the recipient tenant's custom block list.",
        "Only the receiving organization can remove the entry. Contact them directly and ask them to unblock the IP address.",
    ],
    // 5.7.515 (outlook_com)
    [
        "Sending domain does not meet the required authentication level",
        "Outlook.com refused the message because the domain in its `From` header does not meet the authentication Microsoft requires from high-volume senders to its consumer mail services.",
        "Outlook.com, Hotmail, Live.com and MSN send it to domains that send 5,000 or more messages to them and lack passing SPF and DKIM or a DMARC record with an aligned pass.",
        "The sender's administrator must publish SPF and DKIM so that both pass, publish a DMARC record (at least `p=none`), and make SPF or DKIM align with the `From` domain. Then send again.",
    ],
    // 5.7.606 (microsoft)
    [
        "Access denied, banned sending IP",
        "Microsoft 365 has banned the IP address the message came from because of its reputation.",
        "Exchange Online Protection sends it to servers whose IP is on its block list, for example after compromise or malicious traffic.",
        "Stop the cause and follow good sending practice, then request removal of the IP address through Microsoft's self-service delist portal.",
    ],
    // 5.7.703 (microsoft)
    [
        "Recipient blocked by the Tenant Allow/Block List",
        "Someone in the organization sent to an address or domain that the organization itself blocks in its Tenant Allow/Block List, and the whole message was stopped.",
        "Exchange Online sends it to internal senders; one blocked recipient stops the message for all recipients.",
        "Remove the blocked recipient and send again, or ask the administrator to change the block entry.",
    ],
    // 5.7.705 (microsoft)
    [
        "Access denied, tenant has exceeded threshold",
        "Microsoft 365 has blocked outgoing mail for the whole organization because too much of its traffic was spam or bulk mail.",
        "Exchange Online sends it after compromised servers or admin accounts sent spam, and rarely after a subscription was renewed late.",
        "The administrator must find and stop the source with the mail flow reports and message trace, then explain the cause to Microsoft support to lift the block.",
    ],
    // 5.7.708 (microsoft)
    [
        "Access denied, traffic not accepted from this IP",
        "Microsoft 365 does not send mail from the low-reputation IP addresses typically given to new tenants.",
        "Exchange Online sends it to new or trial tenants, or to tenants whose traffic looked suspicious.",
        "The administrator should resolve any compromise or open relay and then contact Microsoft support; trial tenants can ask for an exception until they buy licenses.",
    ],
    // 5.7.750 (microsoft)
    [
        "Client blocked from sending from unregistered domains",
        "The organization sent many messages from domains that are not added and verified in Microsoft 365, and Microsoft blocked them.",
        "Exchange Online sends it when mail from unprovisioned domains, often through connectors, exceeds what Microsoft tolerates.",
        "Add and verify every sending domain as an accepted domain, or use a certificate-based connector; also check for unknown connectors created by attackers.",
    ],
    // 5.7.800 (microsoft)
    [
        "Access denied, banned sender domain",
        "Microsoft 365 has banned the domain used in `EHLO`, `MAIL FROM` or `From` because of spam sent with it.",
        "Exchange Online sends it for messages whose sender domain is on its ban list.",
        "Stop the spam from that domain, then contact Microsoft support to restore the domain's ability to send.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Refused by a mail flow rule",
        "A mail flow rule (transport rule) on the Exchange server refused the message. Exchange uses a code from this range only when the rule's reject action was given one; otherwise the same refusal comes as `5.7.1`.",
        "Exchange sends it as a bounce when a message matches an administrator's rule that rejects it, for example a rule against certain senders, words or attachments.",
        "The sender cannot change the outcome by sending again. Ask the recipient's Exchange administrator which rule refused the message; the text after the code is the one the rule was set up with.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES drops a message refused this way instead of queueing it, so the sending application has to retry it itself, waiting longer before each new attempt.",
    // amazon_ses.daily_quota
    "The account has used up the number of messages Amazon SES lets it send in 24 hours; sending works again when the 24-hour window moves on, or after the quota is raised in the SES console.",
    // amazon_ses.identity_not_verified
    "Amazon SES checks the From, Source, Sender and Return-Path addresses against identities verified in the same AWS Region; while the account is in the sandbox, every recipient must be verified too.",
    // amazon_ses.credentials_invalid
    "Amazon SES expects its own SMTP credentials, which are not the same as the AWS access keys of the account; create SMTP credentials in the SES console and use those.",
    // amazon_ses.account_not_subscribed
    "The AWS account that owns these SMTP credentials has not signed up for Amazon SES.",
    // amazon_ses.iam_not_authorized
    "The login worked, but the IAM policy or the sending authorization policy of the user behind the SMTP credentials does not allow sending through the SES SMTP endpoint.",
    // amazon_ses.sending_paused
    "Amazon SES has paused sending for the whole AWS account, usually after a review of its bounce or complaint rates, and has written to the email address of the AWS account about it.",
    // amazon_ses.message_too_long
    "The SES SMTP interface refuses a message larger than the maximum message size that Amazon SES documents for the account; shrink or remove attachments.",
    // amazon_ses.timeout_waiting_for_data
    "Too much time passed between the client's commands, so the SES SMTP server closed the connection.",
    // amazon_ses.temporary_auth_failure
    "Amazon SES itself had a problem checking the SMTP credentials; retry after a short wait before changing anything.",
    // amazon_ses.global_suppression
    "Amazon SES did not try the address because it is on the SES suppression list after recent hard bounces; remove it from your lists rather than sending again.",
    // apple.spamhaus_dbl
    "Here a domain inside the message, such as one in a link, is on the Spamhaus domain blocklist, not the sending IP address.",
    // apple.proofpoint_blocklist
    "Apple refused the sending IP because of Proofpoint's blocklist; the link in the reply looks the address up there.",
    // barracuda.blocked_using_barracuda_reputation
    "The IP address a Barracuda appliance names can come from a `Received` header field rather than from the connecting server, so check which address it means before asking for removal.",
    // barracuda.reputation_lookup_link
    "The link leads to Barracuda Central's lookup for the sending IP address, where a removal can be requested once the cause of the spam is fixed.",
    // barracuda.ess_permanent_failure_blocked
    "The recipient's Barracuda service refused the message by one of its policies, such as a sender block, a content filter or a reputation check. Only the recipient's administrator can see the reason in the Barracuda message log.",
    // cisco.poor_reputation
    "The sending IP address has a poor SenderBase (Talos) reputation score, so the appliance's host access table puts it in its blocked sender group. The recipient's administrator can add the sender to an allowed sender group.",
    // comcast.es000001
    "Comcast does not take mail sent directly from its own residential addresses; its customers must send through `smtp.comcast.net`, and the block cannot be lifted.",
    // comcast.es000010
    "Comcast treats the sending address as dynamic or residential, usually because its reverse DNS name does not follow the naming of a static address.",
    // comcast.bl000001
    "The sending address is on the Spamhaus ZEN list; removal goes through Spamhaus.",
    // comcast.bl000010
    "The sending address is listed by Cloudmark CSI; removal goes through Cloudmark.",
    // comcast.bl000011
    "The sending address is listed both on Spamhaus ZEN and by Cloudmark CSI.",
    // comcast.bl000100
    "The sending address is on the SenderScore blocklist.",
    // comcast.bl000101
    "The sending address is on both the Spamhaus ZEN and the SenderScore blocklists.",
    // comcast.bl000110
    "The sending address is on the SenderScore blocklist and listed by Cloudmark CSI.",
    // comcast.bl006
    "In this older code Comcast names the Spamhaus SBL or XBL; removal goes through Spamhaus.",
    // comcast.bl007
    "In this older code Comcast names Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "Comcast limits the number of simultaneous connections from one sending address (25 according to its postmaster page).",
    // comcast.reverse_dns_failure
    "Comcast requires valid reverse DNS for every sending address; this reply is temporary because the lookup may only have failed for now, so it can be retried.",
    // courier.sender_domain_does_not_exist
    "Courier checked the domain of the `MAIL FROM` address (with `BOFHCHECKDNS` set) and found that it does not exist in DNS; it is the sender's domain that failed, not the recipient's.",
    // courier.sender_mx_violates_rfc1035
    "The MX records of the sender's domain point at IP addresses instead of host names, which DNS does not allow. The sender's administrator must point them at host names.",
    // courier.unicode_to_non_unicode
    "The message or its addresses need `SMTPUTF8`, and the receiving server does not offer it. Send from or to a plain ASCII address, or ask the recipient's administrator to enable `SMTPUTF8`.",
    // exchange_server.bad_outbound_sender
    "On Exchange Server this usually means the sender went over a message rate limit, for example an application relaying many messages through Exchange. The administrator can raise the limit on the Receive connector or set up a relay connector for the application.",
    // exchange_server.single_label_domain
    "The recipient address has a domain without a dot (such as `contoso` instead of `contoso.com`), which Exchange Receive connectors refuse by default.",
    // exchange_server.too_many_related_errors
    "Exchange judged the message malformed and moved it to the poison message queue, where an administrator can inspect it.",
    // exchange_server.abp_routing
    "The Address Book Policy routing agent is in use and the recipient is not in the address list of the sender's address book policy, so the two may not mail each other.",
    // exchange_server.unrecognized_command_internal
    "Between Exchange servers this points to a Receive connector for internal mail that lacks the Exchange Server authentication method; the administrator must fix the connector's authentication settings.",
    // exchange_server.system_incorrectly_configured
    "Exchange reports a mail loop this way, typically when the FQDN set on a Receive connector is the same as that of another server or device in the mail flow.",
    // exchange_server.exchange_authentication
    "A firewall or other device between Exchange servers blocks the `X-EXPS` command that Exchange Server authentication needs, or internal mail passes a connector not set up for it.",
    // exim.retry_time_not_reached
    "Exim did not try the hosts this time because earlier attempts to them failed and their retry time has not come yet; it keeps the message and tries again later. The first failure is in Exim's log.",
    // exim.lines_too_long_for_transport
    "The message has a line longer than the SMTP transport's `message_linelength_limit` (998 characters by default), so Exim will not send it as it is. The sending program must wrap long lines or use a transfer encoding such as quoted-printable or base64.",
    // exim.host_lookup_did_not_complete
    "The DNS lookup for the recipient's domain timed out or failed for now; Exim defers the message and retries.",
    // exim.mx_no_smtp_service
    "The domain publishes an MX record pointing to `.` (a null MX), which says it accepts no mail at all.",
    // fastmail.relay_access_denied
    "From Fastmail this usually means the mail client is not logging in to Fastmail's outgoing server; turn on SMTP authentication in its settings.",
    // fastmail.content_rejected
    "Fastmail uses this for a message that probably carries a virus or that was reported as spam before; an attachment wrongly flagged as a virus may pass when sent as a zip file.",
    // fastmail.access_denied
    "Fastmail has blocked the sender or the recipient, for example after spam reports or by its abuse systems; a wrongly set up mail client can also cause it, and the rest of the bounce text says more.",
    // fastmail.address_locked
    "The Fastmail account behind the address is locked or deactivated, so it receives no mail until its owner sorts this out with Fastmail support.",
    // free.spam_detected
    "If you did not send the refused message, someone may have forged your address and Free refused their spam.",
    // free.ip_blocked
    "Free blocks an address for up to 24 hours depending on the spam or errors it sent, then lifts the block by itself; after a fix it may list the address again for 24 to 48 hours.",
    // gmx.ip_block_listed
    "The last line of the reply links to a GMX postmaster page for this case, which explains the listing and offers a way to contact GMX.",
    // gmx.too_many_messages
    "Try again in a few hours and send more slowly; if that does not help, contact the WEB.DE postmaster team.",
    // gmx.spf_policy
    "Forwarding servers that keep the original `MAIL FROM` fail this check; WEB.DE advises them to use SRS (Sender Rewriting Scheme).",
    // gmx.mailbox_unavailable
    "GMX and WEB.DE also use this text for a mailbox that was disabled after a long time without use.",
    // gmx.policy_ip_based
    "When a high share of the mail from an IP address is classed as spam, WEB.DE refuses all mail from that address for a while.",
    // gmx.policy_domain_based
    "The sender's domain is known to WEB.DE as a source of spam.",
    // gmx.policy_header_based
    "The message's header information does not meet the standards or WEB.DE's email policy, or does not look plausible.",
    // gmx.syntax_error_configuration
    "GMX and WEB.DE use this text when the sending server's configuration breaks their rules; its administrator must correct the setup and then ask GMX or WEB.DE to lift the block.",
    // gmx.ionos_policy_violations
    "IONOS blocks sending IP addresses with a poor delivery rate, mostly from mail to many addresses that do not exist, and delays servers whose `HELO` name keeps changing. Clean the address list and use one fixed `HELO` name.",
    // godaddy.ib401_auth_on_inbound
    "GoDaddy's inbound servers do not accept logins; the mail client is set to the wrong outgoing server and should use `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "GoDaddy refused the message because its From field is empty.",
    // godaddy.ib502_ip_as_from
    "GoDaddy refuses messages whose From address uses an IP address instead of a domain.",
    // godaddy.ib506_from_domain_invalid
    "The From domain has no usable MX or address records, or its DNS lookup failed; fix the domain's DNS zone before sending again.",
    // godaddy.ib508_invalid_spf
    "The sender domain's SPF record does not authorize the server that sent the message; add that server to the SPF record.",
    // godaddy.ib212_spam_content
    "A link, attachment or pattern in the message matched GoDaddy's spam filters.",
    // godaddy.ib007_too_many_sessions
    "The sending IP address has too many SMTP sessions open at GoDaddy at once.",
    // godaddy.ib101_server_busy
    "GoDaddy's mail queue is handling more mail than usual; try again later.",
    // godaddy.ib110_spam_block_hour
    "The sending IP address sent too many messages GoDaddy judged as spam and is blocked for an hour.",
    // godaddy.ib111_spam_block_day
    "The sending IP address sent too many messages GoDaddy judged as spam and is blocked for the rest of the day.",
    // godaddy.ib112_invalid_recipients_hour
    "The sending IP address tried too many addresses that do not exist and is blocked for an hour.",
    // godaddy.ib113_invalid_recipients_day
    "The sending IP address tried too many addresses that do not exist and is blocked for the rest of the day.",
    // godaddy.ib510_messages_per_session
    "The session reached GoDaddy's maximum number of messages; open a new connection for the rest.",
    // godaddy.ib103_cloudmark_reputation
    "GoDaddy refused the connection because the sending IP address has a poor reputation with Cloudmark Sender Intelligence (CSI).",
    // godaddy.ib104_spamhaus_sbl
    "The sending IP address is on the Spamhaus Block List (SBL); removal is requested from Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "The sending IP address is on the Spamhaus Exploits Block List (XBL); removal is requested from Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "The sending IP address is on the Spamhaus Policy Block List (PBL); removal is requested from Spamhaus.",
    // godaddy.rbl_reject
    "GoDaddy's own blocklist lists the sending IP address; use the link in the bounce to ask GoDaddy to remove it.",
    // godaddy.account_disabled
    "GoDaddy says such accounts usually stay disabled for good.",
    // google.dmarc_policy_rejection
    "Gmail names the `From` domain whose DMARC policy refused the message; its administrator is the one to contact.",
    // google.spf_hard_fail
    "The envelope sender's domain publishes an SPF record ending in `-all` and the sending IP is not in it, so Gmail refuses the message outright.",
    // google.spf_or_dkim_required
    "Gmail requires every sender, not only bulk senders, to pass at least one of SPF or DKIM; the reply lists the result of each check.",
    // google.spf_suspicious_entries
    "Gmail objects to the SPF record itself, so the domain's administrator has to review and clean up the record.",
    // google.spf_did_not_pass
    "Gmail uses `7.27` to say that SPF did not pass for the message, not in the registered sense of a sender domain with a null MX.",
    // google.dkim_did_not_pass
    "Gmail uses `7.30` to say that DKIM did not pass for the message, not in the registered sense of `REQUIRETLS` support being required.",
    // google.unauthenticated
    "Gmail sends `7.26` when neither SPF nor DKIM passed; when the text names a DMARC policy instead, the DMARC rule applies.",
    // google.not_sent_over_tls
    "Gmail uses `7.29` to say the message did not arrive over an encrypted connection, not in the registered sense of an ARC validation failure. The sending server has to use `STARTTLS`.",
    // google.tls_required_for_rcpt_domain
    "The recipient's Google Workspace administrator requires encrypted delivery for the domain, so the sending server must use `STARTTLS`.",
    // google.ipv6_guidelines
    "Over IPv6 Gmail requires both a matching PTR record for the sending address and a passing SPF or DKIM check.",
    // google.ptr_rate_limited
    "Gmail uses `4.7.23` for a sending IP without a PTR record, or one whose name does not resolve back to it, not in the registered sense of an SPF failure.",
    // google.same_message_id_quota
    "Gmail limits how many copies with one `Message-ID` it takes; each message sent should get its own `Message-ID`.",
    // google.unsolicited_rate_limited
    "Gmail uses `4.7.28` when mail from your IP, IP range, DKIM or SPF domain, or with one of your link domains looks unsolicited at an unusual rate, and defers it for a while.",
    // google.ip_not_in_whitelist
    "The recipient's Google Workspace domain only takes mail from IP addresses its administrator allowed.",
    // google.not_authorized_to_send_directly
    "Gmail does not take mail directly from this sending IP address; send through your provider's relay instead.",
    // google.receiving_too_quickly
    "Gmail uses `4.2.1` for a recipient who is getting mail faster than it accepts, or for a Workspace customer over its peak relay rate, not for a disabled mailbox.",
    // google.daily_relay_limit
    "The limit applies per Workspace user or customer on `smtp-relay.gmail.com`; the Workspace administrator finds the limits with the SMTP relay settings.",
    // google.daily_quota_code
    "Gmail uses `5.4.5` for an account or relay that reached its daily sending limit, not for a congested mail system.",
    // google.inbox_out_of_storage
    "Gmail storage is shared with Google Drive and Photos, so the recipient frees space in any of them.",
    // google.custom_domain_policy
    "`gcdp` means a rule that a Google Workspace administrator wrote refused the message, not Gmail's own filters; only that administrator can say why or change it.",
    // google.web_login_required
    "Gmail uses `5.7.14` when the account owner has to sign in through a web browser before the mail program may log in, not in the registered sense of a missing trust relationship.",
    // google.mail_relay_denied
    "For `smtp-relay.gmail.com` the Workspace administrator must register the sending device's IP address in the SMTP relay settings or have the device log in with `AUTH`.",
    // google.invalid_credentials_for_relay
    "The registered IP does not belong to the domain the message comes from; the sending server must log in with `AUTH` or name one of the Workspace domains in `HELO` or `EHLO`.",
    // google.mail_sending_denied
    "The sending account is suspended or is not a user of the Google Workspace domain that owns the relay settings.",
    // haraka.early_talker
    "Haraka's early_talker plugin waits a moment before its replies and drops clients that send data before it has answered. A conforming client waits for each reply before it sends the next command.",
    // haraka.no_mx_for_from
    "The domain of the `MAIL FROM` address has no MX record that leads to a usable address, so replies and bounces could not reach it. The sender's administrator must publish working MX records.",
    // haraka.ssl_on_plain_socket
    "The client started a TLS handshake on a port that expects plain SMTP. Use `STARTTLS` on this port, or connect to the port for implicit TLS (usually `465`).",
    // haraka.spoofed_mail_from
    "The `MAIL FROM` address uses a domain this Haraka server forwards for, but the client is not allowed to relay (for example because it did not log in). Senders of that domain must send through their own server with `AUTH`.",
    // haraka.split_transaction
    "The recipient's domain goes to a different next hop than the recipients already accepted; the client should deliver to those and send this recipient in a new transaction.",
    // haraka.credential_leak
    "The message body contains the user name and password the sender logged in with, so Haraka refused to send it. Remove the credentials from the message before sending it.",
    // mail_ru.spam_message_rejected
    "The reply links to Mail.ru's anti-spam support page and gives an error code and an ID; quote them when asking Mail.ru to review a legitimate message.",
    // mail_ru.dmarc_policy
    "A common cause is a website or script that sends with a Mail.ru address in `From` through its own server; send from an address of your own domain instead.",
    // mail_ru.dynamic_ips
    "Mail.ru refuses mail sent straight from addresses it classes as dynamic, such as home connections; send through a mail server with a fixed address and proper reverse DNS, or through your provider.",
    // mail_ru.sending_disabled
    "Mail.ru has stopped sending from this account, usually because it suspects the password was stolen and used for spam. Change or recover the password and confirm ownership of the mailbox to send again.",
    // mailgun.previously_bounced
    "Mailgun did not try the address because it is on the sending domain's bounce suppression list after an earlier hard bounce; remove the suppression only if the address is known to work again.",
    // mailgun.unsubscribed
    "The recipient unsubscribed, so Mailgun suppresses the address; remove it from the Suppressions list only if the recipient opts in again.",
    // mailgun.marked_as_spam
    "The recipient marked earlier mail as spam, so Mailgun suppresses the address; remove it from the Suppressions list only if the recipient opts in again.",
    // mailgun.sandbox_domain
    "A Mailgun sandbox domain only sends to Authorized Recipients who accepted the invitation; add your own domain, or add the address as an Authorized Recipient.",
    // mailgun.free_account
    "A free Mailgun account may only send to Authorized Recipients; upgrade the account or add the address as an Authorized Recipient.",
    // mailgun.domain_unverified
    "Mailgun will not send for a domain until its DNS records are verified; publish the records shown in the Mailgun control panel and verify the domain again.",
    // mailgun.domain_limit_exceeded
    "The sending domain went over a Mailgun limit on requests, bytes or recipients; the reply names the time after which it may send again.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online uses `5.1.10` for a recipient that its address lookup did not find, not for a null MX as the IANA registry does.",
    // microsoft.dbeb_recipient_rejected
    "This is Directory Based Edge Blocking: Exchange Online Protection refuses recipients that are not in the receiving organization's directory.",
    // microsoft.relay_access_denied_5_4_1
    "Microsoft names an MX record that points to the wrong server, a domain missing from the accepted domains, or DNS changes still propagating as the usual causes.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online reuses `5.2.2` for a sender over its message or recipient rate limit, not for a full mailbox; it can be a sign of a compromised account.",
    // microsoft.recipient_thread_limit_4_3_2
    "The recipient mailbox is receiving too many messages at once and Exchange throttles it on purpose; retries go through later.",
    // microsoft.queue_expired
    "Exchange Online retries for 24 hours before it sends this bounce; the earlier deferrals show the real cause.",
    // microsoft.ambiguous_recipient
    "Several directory objects share the recipient's address, often after a migration or hybrid sync; the recipient's administrator must remove the duplicate address.",
    // microsoft.sender_denied_5_1_0
    "Despite the words, Exchange Online means that the recipient could not be resolved, often when replying to a message saved as a file; check the recipient address.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 has blocked the sending account for spam, usually because it was compromised; the administrator must secure it before it can send again.",
    // microsoft.delivery_not_authorized
    "Usually a group that accepts mail only from members or listed senders, or a mail flow rule of the recipient's organization.",
    // microsoft.blocklist_1
    "This is Microsoft's own block list; Microsoft asks listed senders to use its delist portal or to forward the bounce to its delisting address.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online uses `5.7.12` for a recipient that refuses mail from outside its organization, not for a password transition as the IANA registry does.",
    // microsoft.public_folder_5_7_13
    "Exchange Online uses `5.7.13` for a public folder that refuses external senders, not for a disabled account as the IANA registry does.",
    // microsoft.mta_sts_certificate
    "The destination's certificate must chain to a trusted root and name the host listed in the domain's MTA-STS policy.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365 accepts anonymous mail over IPv6 only when SPF or DKIM passes.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365 requires a PTR record for every IPv6 address that sends it mail.",
    // microsoft.customer_block_list
    "The receiving organization blocked the IP address itself, so only it can remove the entry.",
    // microsoft.as345_nested_attachments
    "Microsoft relates this refusal to nested attachments, such as an attached message that carries attachments itself.",
    // microsoft.x_dg_ref_header
    "Microsoft relates this refusal to messages in Rich Text format; sending as HTML or plain text avoids it.",
    // mimecast.spf_sender_invalid
    "Mimecast rejects the message because the connecting IP address is not in the sending domain's `SPF` record. The sender's administrator must add all sending servers to `SPF`; the recipient's Mimecast administrator can instead relax the inbound `SPF` setting of its DNS Authentication policy.",
    // mimecast.dkim_sender_invalid
    "Mimecast's outbound `DKIM` signing does not match the key published in DNS. Check that the public key in DNS and the private key, domain and selector in the DNS Authentication policy belong together.",
    // mimecast.internal_resources_unavailable
    "Mimecast uses this reply for greylisting, which a normal server passes by retrying, but also for a sending IP address with a poor reputation. The recipient's administrator can exempt the sender with an Auto Allow or Permitted Senders policy.",
    // mimecast.local_ct_ip_reputation
    "Mimecast's ongoing reputation checks refused the sending IP address, often after earlier temporary refusals. The recipient's administrator can let the sender through with an Auto Allow or Permitted Senders policy, and Mimecast offers a form to request a review of the IP range.",
    // mimecast.sender_address_blocked
    "A Blocked Senders policy of the recipient's Mimecast account matched the sender; only that account's administrator can remove the entry.",
    // mimecast.account_service_unavailable
    "The Mimecast account has too many inbound connections open at once (20 by default). Retry later, and do not send outbound or journal mail to Mimecast from an IP address that is not authorized for it.",
    // mimecast.maximum_email_size_exceeded
    "The message is larger than an Email Size Limit policy or Mimecast's own limit. Encoding makes a message much bigger than its attachments, so leave a wide margin.",
    // mimecast.mail_loop_detected
    "Mimecast refuses a message once it has passed 25 hops. Look for forwarding rules between the addresses involved.",
    // mimecast.open_relay_not_allowed
    "Neither the sender's nor the recipient's domain belongs to a Mimecast account, or the connecting IP address is not an authorized outbound address. A Mimecast customer must ask Mimecast Support to add the authorized outbound address.",
    // mimecast.account_inbounds_disabled
    "Inbound mail is switched off for the recipient organization's whole Mimecast account. Its administrator must ask Mimecast Support to allow inbound traffic again.",
    // mimecast.account_outbounds_disabled
    "Outbound mail is switched off for the sending organization's Mimecast account. Its administrator must ask Mimecast Support to allow outbound traffic again.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "An Anti-Spoofing policy stopped a message from outside that claims an address of the recipient's own domain. A legitimate sending service needs an Anti-Spoofing policy that takes no action for its address or IP address.",
    // mimecast.header_based_anti_spoofing
    "An Anti-Spoofing policy stopped a message from outside that claims an address of the recipient's own domain. A legitimate sending service needs an Anti-Spoofing policy that takes no action for its address or IP address.",
    // mimecast.content_examination_policy
    "A Content Examination policy of the recipient's account matched the message. That administrator can adjust the policy or add a Content Examination Bypass policy.",
    // mimecast.host_network_not_allowed
    "A Geographical Restriction policy refuses mail from the sending server's network or country; only the recipient's administrator can change it.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast sends this when the sender's address or domain matches a Blocked Senders policy, or when `SPF` fails hard. The recipient's administrator can change the policy to exclude the sender.",
    // mimecast.envelope_blocked_user_entry
    "The recipient has blocked the sender's address in their personal Managed Senders list. The recipient or their administrator must remove the entry.",
    // mimecast.envelope_blocked_user_domain_entry
    "The recipient has blocked the sender's domain in their personal Managed Senders list. The recipient or their administrator must remove the entry.",
    // mimecast.manually_blocked_senders
    "The sender is on a personal block list of the recipient. The recipient or their administrator must remove the entry from Managed Senders.",
    // mimecast.blocked_senders_header_from
    "A Blocked Senders policy matched the `From` header address. Only the recipient's administrator can change or delete the policy.",
    // mimecast.blocked_senders_envelope_from
    "A Blocked Senders policy matched the envelope sender (`MAIL FROM`). Only the recipient's administrator can change or delete the policy.",
    // mimecast.incorrect_authentication_data
    "Submission to Mimecast on port `587` needs the address of an internal user and its Mimecast cloud password.",
    // mimecast.route_requires_tls
    "A Secure Receipt or Secure Delivery policy demands `TLS`. Enable `STARTTLS` and valid certificates on the sending server, and check that no firewall or proxy tampers with the encryption.",
    // mimecast.route_requires_tls12
    "The sending server offered a `TLS` version older than 1.2, which a Secure Receipt or Secure Delivery policy refuses.",
    // mimecast.route_requires_high_strength_ciphers
    "The ciphers the sending server offered are weaker than a Secure Receipt or Secure Delivery policy allows.",
    // mimecast.unable_to_process_connection
    "The Mimecast server is at its maximum load; the sending server only needs to retry.",
    // mimecast.message_ended_early
    "The message did not end properly, often because a firewall feature such as Cisco's SMTP fixup or MailGuard changed the session. Turn such SMTP inspection off on the sending side.",
    // mimecast.too_many_recipients
    "Mimecast takes at most 100 recipients per message and asks for the rest in another transaction. Firewall SMTP inspection features that do not pass this reply on must be turned off.",
    // mimecast.outbound_thread_limit
    "The account has too many outbound connections at once; send in smaller batches.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast found a virus signature or a spam score above its limit. Spam checks can be bypassed by the recipient's Permitted Senders or Auto Allow policy, virus checks cannot; Mimecast also offers a Sender Feedback form.",
    // naver.no_such_user
    "The reply links to Naver's help page on returned mail; the address part before `@naver.com` does not exist.",
    // opensmtpd.no_mx_found
    "OpenSMTPD found no usable MX or address record for the recipient's domain. It treats this as temporary and keeps retrying until the message expires, so check the domain for typos before waiting.",
    // opensmtpd.domain_does_not_accept_mail
    "The recipient's domain publishes a null MX, a record saying it receives no mail at all.",
    // opensmtpd.list_expansion_problem
    "OpenSMTPD uses this text with `X.2.4` for any failure while expanding the recipient through aliases or a `~/.forward` file, not only for mailing lists. The server's administrator should check those files and the server log.",
    // orange.abusix_listed
    "Code 100 means the sending address is listed by Abusix; check it at lookup.abusix.com.",
    // orange.spamhaus_listed
    "Code 101 means the sending address is listed by Spamhaus; check it at check.spamhaus.org.",
    // orange.cloudmark_listed
    "Code 102 means the sending address is listed by Cloudmark; ask for a reset at csi.cloudmark.com.",
    // orange.orange_blocklist
    "Code 103 means Orange itself has blocked the sending address; use Orange's contact form and choose the deliverability issue option.",
    // orange.too_many_connections
    "Orange recommends at most 2 simultaneous connections per sending address.",
    // orange.missing_ptr
    "Orange requires a PTR record for the sending address whose host name resolves back to that same address.",
    // orange.too_many_messages_per_connection
    "Orange recommends at most 100 messages per connection.",
    // orange.invalid_helo
    "Orange requires a fully qualified host name in `HELO`/`EHLO` that resolves in DNS.",
    // orange.sender_domain_dns
    "Orange could not find valid A or MX records for the domain in `MAIL FROM`; after a DNS change, wait for cached records to expire.",
    // orange.sender_domain_listed
    "Code 425 means the sender's domain name, not the address, is listed by Abusix or Spamhaus.",
    // orange.suspected_spam
    "For a false positive, Orange asks senders to use its contact form and choose the deliverability issue option.",
    // orange.ofr_999
    "Orange rate-limits a sender with code 999 after inappropriate behaviour; check what is being sent before resuming at a lower rate.",
    // outlook_com.required_authentication_level
    "Microsoft applies this to domains sending 5,000 or more messages to its consumer services, and it expects SPF, DKIM and an aligned DMARC pass.",
    // outlook_com.block_list_s3140
    "Removal from this Outlook.com block list is requested through Microsoft's sender support form for consumer mail, not through the Microsoft 365 delist portal.",
    // outlook_com.block_list_s3150
    "Removal from this Outlook.com block list is requested through Microsoft's sender support form for consumer mail, not through the Microsoft 365 delist portal.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com defers mail from this IP because of its reputation and refers the sender to `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft sends `5.5.0` with these words when an `@hotmail.com` or `@outlook.com` address was not found; it means the same as `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com refuses mail whose `From` domain fails DMARC and publishes `p=reject`.",
    // ovh.auth_failed_or_spam_block
    "From OVHcloud this can also mean that sending is blocked on the account after suspected spam; check the account's status in the OVHcloud Control Panel, where a password change or a support ticket unblocks it.",
    // ovh.bad_sequence_means_no_auth
    "OVHcloud says this reply from its servers usually means the mail client did not authenticate to the SMTP server.",
    // ovh.unrecognised_address_arguments
    "OVHcloud's outgoing server could not use the From or To address given; OVHcloud also points to its sending limits of 200 messages per hour per account and 300 per hour per IP address.",
    // ovh.missing_spf_dkim
    "OVHcloud advises publishing an SPF record for the sending domain and, where the email offer has it, turning on DKIM.",
    // ovh.queue_too_long
    "OVH keeps a message in its outgoing queue for 24 hours; if the recipient's server cannot be reached in that time, the message comes back with this text.",
    // postfix.helo_host_not_found
    "Postfix sends this for `reject_unknown_helo_hostname`: the name the client gave in `HELO` or `EHLO` has no address or MX record. The sending server's administrator should make it announce a name that resolves in DNS.",
    // postfix.helo_not_fqdn
    "Postfix sends this for `reject_non_fqdn_helo_hostname`: the client announced a bare name without a domain in `HELO` or `EHLO`. The sending server must be configured to announce its full host name.",
    // postfix.multi_recipient_bounce
    "Postfix refuses a message with an empty sender (a bounce) that has more than one recipient when `reject_multi_recipient_bounce` is set, because real bounces go to one address only.",
    // postfix.insufficient_system_storage
    "Postfix answers `452 4.3.1` when the queue file system has less free space than `queue_minfree` or too little room for a message of the largest allowed size; the sending server retries later.",
    // postfix.undeliverable_address
    "Postfix checked the recipient with `reject_unverified_recipient` by probing the next server, and the probe failed; the reply of that server follows the words `undeliverable address`.",
    // postfix.dns_try_again
    "A temporary DNS failure: the name servers of the domain did not answer in time or returned a server error. Postfix keeps the message and retries; if it lasts, check the domain's DNS servers.",
    // postfix.mailbox_file_too_large
    "The local mailbox file reached Postfix's `mailbox_size_limit` (about 50 MB by default). Empty or archive the mailbox, or raise the limit in `main.cf`.",
    // postfix.non_smtp_command
    "Postfix (`smtpd` or `postscreen`) hangs up when the client sends something that is not an SMTP command, such as a message header line, usually because the client started sending the message without `DATA`.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation has blocked the sending IP address because spam came from it. A block ends some time after the spam stops; to ask for an earlier review, use the form linked in the reply and say who the recipient was and what kind of mail was blocked.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "This is the older form of the Proofpoint Dynamic Reputation block; Apple's iCloud mail servers send it too.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation delays or blocks IP addresses that send spam. A delay clears by itself within minutes; a block stays until the spam stops or a review request is granted.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials has the recipient on the invalid list of its SMTP Discovery feature. The recipient's administrator must remove the address from that list if the mailbox exists.",
    // qmail.chkuser_security_policies
    "chkuser sends this once a session has given more unknown or malformed recipients than its limit allows, and then refuses every further recipient, even with a code such as `#5.1.1`. Remove invalid addresses from the list and send in a new session.",
    // qmail.best_preference_mx
    "This qmail server is the best MX for the domain but does not list the domain in `control/locals`, so sending the message on would loop back to itself. Its administrator must configure the domain as local or fix the MX records.",
    // qmail.dns_temporary
    "qmail-remote's text for a temporary DNS failure (`#4.1.2`), unlike \"couldn't find any host named\", which is permanent; the message stays in the queue and is retried.",
    // qmail.from_and_auth_not_same
    "The patched qmail-smtpd requires the `MAIL FROM` address to be the address of the account that logged in with `AUTH`. Set the sender address in the mail program to the login address.",
    // qq.ip_frequency_limited
    "QQ Mail limits how much mail one sending IP address may deliver per minute, hour and day, and blocks the address for minutes, hours or the rest of the day when a limit is passed. The limits are not published, so pause, then send more slowly.",
    // qq.sender_frequency_limited
    "The limit here is on the single sender address; QQ Mail does not publish the numbers, and the wait depends on whether the minute, hour or day limit was passed.",
    // qq.recipient_flooded
    "Despite the wording, the address exists: the recipient has received a large amount of mail in a short time, and QQ Mail refuses more for a while to protect the mailbox. Try again later.",
    // qq.mail_content_denied
    "QQ Mail refuses content that looks like bulk mail which many of its users reported as spam.",
    // qq.suspected_spam_sender
    "QQ Mail has seen a large amount of spam from the sender's domain or from the operator of the sending server, and refuses its mail.",
    // qq.rejected_by_recipients
    "The recipient has put the sender on a personal block list or made a filter that refuses this mail; only the recipient can change that.",
    // rackspace.throttled_too_much_spam
    "Rackspace has received too much spam from the sending server and is deferring its mail; send again later and ask the recipient to safelist your domain.",
    // rackspace.g2_concurrent_connections
    "Rackspace limits how many connections one sending IP address may hold open; reduce the number of parallel connections.",
    // rackspace.g1f_no_ptr
    "Rackspace requires a PTR record for every sending IP address.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace could not check the recipient address for the moment; a retry a few minutes later usually works.",
    // rackspace.g30_mailbox_rate
    "Rackspace limits how much mail one mailbox may receive in a short time; this protects the recipient, for example from a list bomb, and a later retry usually works.",
    // rackspace.g16_routing_loop
    "If the loop does not clear after a few minutes, Rackspace asks to be told at `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace could not look up the sender domain's DMARC policy for the moment; a retry a few minutes later usually works.",
    // rackspace.g28_untrusted_ip
    "Rackspace accepts only small volumes from a new or untrusted sending IP address until it has built up good sending behaviour; warm the address up and send more slowly.",
    // sendgrid.sender_identity
    "SendGrid only sends mail whose From address matches a verified Sender Identity: a single verified sender address or an authenticated domain in the SendGrid account.",
    // sendgrid.credits_exceeded
    "SendGrid counts each message against the account's email credits and refuses more once they are used up; SendGrid's documentation says to contact its support to have the limit lifted.",
    // sendgrid.recipients_this_hour
    "SendGrid defers such messages and keeps retrying them for up to 72 hours.",
    // sendgrid.unauthenticated_senders
    "The client handed a message to `smtp.sendgrid.net` without logging in first; configure it to authenticate on every connection, with a SendGrid API key as the password.",
    // sendgrid.bad_username_password
    "SendGrid does not recognise the user name or the API key; a password reset in the SendGrid account also breaks integrations that still use the old one.",
    // sendgrid.drop_bounced_address
    "SendGrid dropped the message without trying because the address is on the account's bounce list after an earlier bounce; delete the entry only if the address is known to work again.",
    // sendgrid.drop_unsubscribed
    "SendGrid dropped the message because the recipient is on the account's unsubscribe list.",
    // sendgrid.drop_spam_report
    "SendGrid dropped the message because the recipient earlier reported mail from this account as spam.",
    // sendgrid.drop_spam_content
    "The account's own Spam Checker setting in SendGrid classed the message as spam and dropped it.",
    // sendgrid.drop_invalid_smtpapi
    "SendGrid dropped the message because its `X-SMTPAPI` header is not valid JSON or is built wrongly.",
    // sendmail.host_name_lookup_failure
    "Sendmail's text for a temporary DNS failure (`TRY_AGAIN`): the name servers did not give an answer for now, so the message stays queued and is retried.",
    // sendmail.address_requires_smtputf8
    "The address has non-ASCII characters, but the client did not give the `SMTPUTF8` parameter on `MAIL FROM`.",
    // sendmail.mx_list_points_back
    "This server is listed as an MX host of the domain but does not treat the domain as local, so it would send the message back to itself. The administrator must add the domain to the server's local names or fix the MX records.",
    // stalwart.invalid_ehlo_domain
    "Stalwart refuses `EHLO` names that are not fully qualified when its option to reject non-FQDN names is on. The sending server must announce its full host name.",
    // stalwart.extension_disabled
    "The client used a `MAIL FROM` or `RCPT TO` parameter of an extension (such as `DSN` or `FUTURERELEASE`) that this server has turned off. Send without that parameter.",
    // stalwart.dane_failed
    "The recipient's domain publishes DANE (`TLSA`) records, and the certificate of its server did not match them, so Stalwart would not deliver. The recipient's administrator must update the `TLSA` records or the certificate.",
    // stalwart.mta_sts_failed
    "The recipient's domain has an MTA-STS policy, and its server did not meet it (no valid certificate or a host not listed in the policy). The recipient's administrator must fix the policy or the server.",
    // stalwart.concurrency_limited
    "Stalwart's own outbound limit on connections to that destination was reached; the message stays queued and is retried.",
    // yahoo.tss04
    "Yahoo uses `[TSS04]` for mail deferred because of volume, complaints, spam-like content or a poor IP reputation; if it persists, Yahoo asks for a Sender Support Request with the full error.",
    // yahoo.ts01
    "Yahoo suggests retrying about four hours later, and reviewing the content and practices of the mail if the error lasts 48 hours.",
    // yahoo.ts03
    "Although the code is temporary, Yahoo advises not to resend until the lists and subscription practices have been checked, because it sees bulk mail that looks unsolicited.",
    // yahoo.permanently_deferred
    "Yahoo says retrying will not succeed; the sending practice has to change first.",
    // yahoo.bl21
    "Yahoo refuses connections from addresses listed by Spamhaus; check the address at spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` names the Spamhaus XBL, which lists infected machines and open proxies.",
    // yahoo.ph01
    "Yahoo's content blocks (`PH` codes) cover viruses, phishing, ransomware and other malicious software, and links to any of them.",
    // yahoo.policy_reasons_579
    "Yahoo sends this when the message fails its DKIM, SPF or DMARC checks, often because the `From` domain publishes a DMARC policy the message does not pass.",
    // yahoo.unauthenticated_sender
    "Yahoo requires every sender to pass SPF or DKIM; bulk senders need both and a DMARC policy.",
    // yahoo.unresolvable_from_domain
    "Yahoo checks the domain of `MAIL FROM` and of the `From` header with an SOA query, so a subdomain used there needs its own SOA record as well as A or MX records.",
    // yahoo.not_rfc_compliant
    "Yahoo lists duplicate or badly formatted header fields and wrong MIME types among the causes.",
    // yahoo.resources_unavailable
    "Yahoo says its servers were busy; this normally clears after a short time without any change.",
    // yahoo.vs1_unknown_recipients
    "Yahoo sends `VS1-IP` and `VS1-MF` when a server sends to many invalid recipients, which it treats as a sign of an open relay; remove addresses that bounce.",
    // yahoo.aol_rly_b1
    "AOL places this automatic block when member complaints pass its threshold, and lifts it within 24 hours once complaints fall; AOL recommends a complaint feedback loop.",
    // yahoo.aol_rtr_du
    "AOL uses Spamhaus lists of dynamic and residential addresses and does not take mail directly from them.",
    // yahoo.aol_rtr_bb
    "AOL refuses addresses it lists as dynamic or residential; the block can be lifted on request once the server has a fully qualified host name.",
    // yahoo.aol_rtr_rd
    "AOL refuses mail when the reverse DNS name of the sending address looks like that of a dynamic address.",
    // yahoo.aol_rtr_bl
    "AOL describes this as a permanent block of the IP address for poor reputation, and asks senders to join its complaint feedback loop before opening a support request.",
    // yahoo.aol_rly_sn
    "AOL refuses mail that uses a reserved AOL address as `From` or `Reply-To`, or that claims an AOL affiliate but comes from an unauthorized IP address.",
    // yandex.suspicion_of_spam
    "Yandex's filter judged the content to be spam. When a mailbox sends nothing but spam, Yandex stops taking its mail for 24 hours; senders of legitimate bulk mail should follow Yandex's requirements for honest mailing lists.",
    // yandex.blocked_by_spam_statistics
    "Yandex blocks mail from a source that has sent only spam for 24 hours; the block ends by itself if the spam stops.",
    // yandex.client_host_blocked
    "At Yandex this line is part of the same 24-hour block for sources that send only spam, not necessarily a listing on a public blocklist.",
    // yandex.policy_rejection_target
    "Yandex blocked the recipient's account for breaking its user agreement. The owner can get it unblocked by filling in accurate personal information, or by contacting Yandex support.",
    // yandex.mailbox_size_exceeded
    "This usually means the recipient rarely uses the mailbox; they have to log in to Yandex Mail on the web before it takes mail again.",
    // yandex.no_such_user
    "Yandex reports an unknown recipient with `5.7.1`, the code usually used for policy refusals, so the text decides.",
    // yandex.recipient_rate_limit
    "The recipient is receiving mail at a high rate, so Yandex defers more for now; a later attempt usually succeeds. The `4.2.1` code here does not mean the mailbox is disabled.",
    // zoho.unusual_sending_activity
    "Zoho has blocked the account after unusual activity on it; the `5.4.6` code does not mean a mail loop. A temporary block lifts after a while, or sooner from Zoho's UnblockMe page or the Admin Console.",
    // zoho.rejected_by_destination_domain
    "A filter set up by the receiving organisation at Zoho refused the message; only that organisation's administrator can change it.",
    // zoho.restricted_by_policy
    "A filter set up by the receiving organisation at Zoho refused the message; only that organisation's administrator can change it.",
    // zoho.temporary_system_error
    "The receiving domain at Zoho is not taking mail for the moment; a later attempt usually succeeds. The `4.3.1` code does not mean the mailbox is full.",
    // zoho.dmarc_rejected
    "For a `zoho.com` sender this usually means the address was used from another service or app without going through Zoho's SMTP servers.",
    // zoho.relaying_disallowed_as
    "ZeptoMail refuses a `From` address whose domain is not one the account is allowed to send for.",
    // zoho.subject_mandatory
    "ZeptoMail refuses messages without a subject; the `5.2.1` code it sends here does not mean a disabled mailbox.",
];
