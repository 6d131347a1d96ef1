// @generated from data/ by build/ (the texts of Indonesian, `id`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

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
        "Tidak ada yang perlu diperbaiki. Jika pesan yang diterima dengan `250` tidak pernah sampai, pesan itu hilang setelah melewati server ini: periksa log server yang mengirim `250` dengan ID antrean yang dicantumkan banyak server dalam teksnya, dan periksa juga folder spam penerima.",
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
        "Server yang mendukung `ETRN` mengirimkannya ke server email dengan koneksi yang tidak selalu tersambung, misalnya milik kantor kecil, yang terhubung untuk meminta email yang tertahan di antrean. Tidak ada perintah lain yang menghasilkan kode ini.",
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
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `422`. Registri IANA mencantumkannya di samping `432` sebagai kode dasar yang dapat menyertai `X.7.12`, transisi kata sandi diperlukan, sedangkan skrip greylisting yang disertakan dengan server email Stalwart mengirim `422 4.2.2` untuk menunda email dari pengirim yang belum pernah dilihatnya.",
        "Setelah `RCPT TO`, kode ini berarti penundaan karena greylisting, seperti pada skrip Stalwart: server menolak percobaan pertama dari pengirim yang tidak dikenal dan menerima percobaan ulang beberapa menit kemudian. Setelah `AUTH`, kode ini akan menempati posisi yang oleh RFC 4954 diisi dengan `432 4.7.12`.",
        "Setelah `RCPT TO`, biarkan server pengirim mencoba ulang dengan sendirinya; percobaan ulang akan lolos begitu masa tunda greylisting berakhir. Setelah `AUTH`, tangani seperti `432`: login sekali dengan mekanisme PLAIN melalui koneksi terenkripsi, lalu gunakan lagi mekanisme pilihan Anda.",
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
        "Bukan balasan standar: tidak ada RFC yang mendefinisikan `430`. Patch chkuser untuk qmail mengirimkannya jika untuk sementara tidak dapat memeriksa penerima, dan registri IANA mencantumkannya di antara kode dasar yang dapat menyertai `X.5.1`, perintah tidak valid. Karena termasuk kode 4xx, kode ini menandakan kegagalan sementara.",
        "Patch chkuser menjawab `RCPT TO` dengan `430`, disertai `#4.3.0` dalam teksnya, jika database pengguna yang dipakainya untuk memeriksa penerima tidak dapat dijangkau. Server lain mungkin memakainya dengan arti yang berbeda, jadi teks setelah kode adalah penjelasan terbaik.",
        "Biarkan server pengirim mencoba ulang nanti, seperti untuk kode 4xx mana pun; pesannya sendiri tidak perlu diubah. Jika terus muncul, administrator server yang membalas harus memperbaiki database pengguna yang menjadi dasar pemeriksaan penerima (pada chkuser, backend vpopmail).",
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
        "Server tidak dapat menerima ini sekarang karena kekurangan ruang disk atau sudah mencapai batas jumlah penerima per pesan. Kondisinya sementara, jadi pesan yang sama dapat diterima nanti atau dalam bagian yang lebih kecil.",
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
        "Server yang mendukung `ETRN` mengirimkannya ke server email dengan koneksi yang tidak selalu tersambung yang meminta email di antreannya, jika pemrosesan antrean tidak dapat dimulai, misalnya karena server sedang sibuk.",
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
        "Patch chkuser menjawab `RCPT TO` dengan kode ini jika kotak surat tidak ada di domain vpopmail, jika alamatnya tidak memiliki domain atau formatnya tidak valid, atau jika domain penerima tidak memiliki MX yang dapat dipakai, dan menjawab `MAIL FROM` dengan kode ini jika domain pengirim tidak memilikinya. Rilis chkuser saat ini mengirim `550` dengan `5.1.1` sebagai gantinya.",
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
        "Tidak ada RFC yang mendefinisikan `524` sebagai balasan SMTP, jadi kode ini tidak standar. Registri IANA mencantumkannya, di samping `538` yang sudah usang, sebagai kode dasar untuk `X.7.11` (mekanisme login yang hanya diizinkan pada koneksi terenkripsi), tetapi server yang terdokumentasi mengirimkannya memakainya dengan arti lain: OpenSMTPD untuk penerima yang tidak dapat diuraikannya, layanan email Alibaba Cloud untuk host yang tidak ditemukan oleh DNS-nya.",
        "OpenSMTPD menjawab `RCPT TO` dengan `524 5.2.4` jika penguraian penerima (alias, penerusan, atau milis) gagal secara permanen; bentuk sementaranya adalah `424 4.2.4`. Direct Mail dari Alibaba Cloud mencantumkan `524` untuk host tujuan yang namanya tidak dapat ditemukan melalui DNS. Sebagai balasan atas `AUTH`, kode ini akan membawa arti yang tercantum di registri.",
        "Baca teks setelah kode. Jika penguraian gagal, administrator penerima harus memperbaiki alias atau milis tersebut, yang mungkin membentuk loop atau tidak mengarah ke mana pun; jika host tidak ditemukan, periksa record DNS domain penerima. Setelah `AUTH`, jalankan `STARTTLS`, kirim `EHLO` lagi, lalu ulangi `AUTH`.",
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
        "Server mengirimkannya untuk `RCPT TO` atau `VRFY` bagi pengguna yang telah pindah atau emailnya ditangani di tempat lain, jika domain penerima memilih mengungkapkan alamat baru alih-alih meneruskan diam-diam. Domain yang tidak ingin membuka alamat akan menjawab dengan `550` biasa.",
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
        "Server mengirimkannya untuk `MAIL FROM` atau `RCPT TO` jika alamatnya salah format, untuk `RCPT TO` jika alamatnya berisi karakter non-ASCII yang tidak dapat diterimanya (`5.6.7`; menurut RFC 6531, alamat seperti itu ditolak di `MAIL FROM` dengan `550`), dan untuk `VRFY` jika sebuah nama ambigu.",
        "Periksa alamat karakter demi karakter: tepat satu tanda @, tanpa spasi, tanpa kurung atau tanda kutip yang nyasar, dan domain yang lengkap. Perbaiki lalu kirim lagi; jika alamatnya berisi karakter non-ASCII, gunakan alamat ASCII biasa milik penerima jika ada.",
    ],
    // 554
    [
        "Transaksi gagal",
        "Kegagalan permanen yang umum: server menolak seluruh transaksi atau seluruh sesi, bukan satu alamat tertentu. Kode ini dipakai jika tidak ada kode yang lebih tepat, jadi alasan sebenarnya ada di teks dan kode lanjutan yang menyertainya.",
        "Server mengirimkannya sebagai pengganti salam pembuka `220` untuk menolak klien sepenuhnya (\"No SMTP service here\"), sebagai balasan atas `DATA` jika tidak ada penerima yang diterima, dan setelah akhir `DATA` jika isinya ditolak. Server submission juga memakainya untuk perintah atau data pesan yang tidak semestinya.",
        "Baca teks dan kode lanjutannya untuk mengetahui alasannya; mengirim ulang tanpa perubahan tidak akan membantu. Sebagai salam pembuka, kode ini biasanya berarti host atau alamat IP pengirim ditolak oleh kebijakan, jadi administrator domain pengirim perlu memeriksa daftar blokir atau menghubungi administrator domain penerima. Jika muncul setelah akhir pesan, server menolak isinya: ubah bagian yang ditolak sebelum mengirim ulang.",
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
        "Courier menjawab `RCPT TO` dengan kode ini jika filter yang dikonfigurasi menolak penerima tanpa memberikan teksnya sendiri. Patch chkuser menjawab `RCPT TO` dengan kode ini jika sebuah sesi melewati batas penerimanya atau memiliki terlalu banyak penerima yang tidak dikenal, dan menjawab `MAIL FROM` jika format alamat pengirim tidak valid.",
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
        "Server pengirim dan server submission menolak `RCPT TO` dengan `556` dan `5.1.10` jika pencarian DNS untuk domain penerima menemukan null MX. Anda langsung mendapat pesan kesalahan, bukan setelah berhari-hari percobaan ulang. Microsoft Exchange Online mengirim `550 5.1.10` dengan arti tersendiri: alamat penerima tidak ada di organisasi penerima.",
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
        "Server mengirim `4.3.2` dengan penolakan sementara selama kelebihan beban, dalam pemeliharaan, atau sedang dimatikan. Host yang tidak pernah menerima email mengirim `521` sebagai salam pembuka (RFC 7504), tanpa kode lanjutan karena RFC 2034 tidak menyertakan kode semacam itu pada salam pembuka; untuk balasan yang membawanya, registri IANA memasangkan `5.3.2` dengan `521` dan dengan `453`.",
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
        "Setelah `530`, lakukan apa yang diminta server: mulai TLS dengan `STARTTLS` atau login dengan `AUTH` sebelum `MAIL FROM`. Setelah `454`, jangan memasukkan ulang kata sandi: server mengalami gangguan sesaat, jadi coba lagi nanti. Dalam kasus lain, baca teks balasan dan, jika tidak ada yang berguna, tanyakan kepada postmaster domain penerima.",
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
        "Server menjawab `AUTH` dengan `534 5.7.9` jika mekanisme yang dipilih lebih lemah daripada yang diizinkan kebijakannya untuk akun itu, misalnya setelah penyedia memperketat aturan login. Yahoo mengirim `554 5.7.9` dengan arti tersendiri: pesan ditolak karena kebijakan Yahoo, paling sering karena gagal autentikasi atau tidak lolos kebijakan DMARC domain pengirim.",
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
        "Server submission yang mendukung `BURL` mengirimkannya, misalnya sebagai `554 5.7.14`, jika URL menunjuk ke server yang tidak diatur untuk dipercayainya. RFC 4468 awalnya memakai `5.7.8` untuk kasus ini; RFC 5248 memberinya kode tersendiri. Gmail memakai `534 5.7.14` sebagai jawaban atas `AUTH` dengan arti tersendiri: pemilik akun harus login terlebih dahulu melalui browser web.",
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
        "Penerima mengirimkannya, sering sebelum data pesan ditransfer, jika record SPF domain pengirim diakhiri `-all` dan server pengirim tidak tercakup. Penyebab umum adalah layanan email atau server baru yang tidak pernah ditambahkan ke record, dan penerusan, yaitu pihak ketiga mengirim ulang email dari alamat IP-nya sendiri. Gmail juga mengirim `421 4.7.23` dengan arti tersendiri: alamat IP pengirim tidak memiliki record PTR, atau record PTR-nya tidak cocok.",
        "Admin pengirim perlu mencantumkan setiap server keluar yang sah di record TXT SPF domain, dengan entri `ip4:` dan `ip6:` atau `include:` dari penyedia email, dan mempertahankan satu record saja yang diawali `v=spf1`. Jika penyebabnya penerusan, pihak penerus sebaiknya menulis ulang `MAIL FROM` ke domainnya sendiri, atau penerima dapat membebaskan penerus itu dari pemeriksaan SPF.",
    ],
    // X.7.24
    [
        "Kesalahan validasi SPF",
        "Penerima tidak dapat menyelesaikan pemeriksaan SPF karena terjadi kesalahan, yang berbeda dengan pemeriksaan yang gagal. Kesalahan sementara, biasanya masalah pencarian DNS, menghasilkan bentuk `4.7.24`; `5.7.24` berarti record SPF domain itu rusak dan tidak dapat ditafsirkan.",
        "Penerima mengirimkannya dengan `451` jika pencarian DNS untuk record itu kehabisan waktu atau gagal, dan dengan `550` jika record memiliki kesalahan sintaksis, jika domain memublikasikan lebih dari satu record SPF, atau jika evaluasinya memerlukan lebih dari 10 term yang memicu kueri DNS, seperti `include:`, `a` dan `mx`.",
        "Admin pengirim perlu memeriksa record SPF: tepat satu record TXT yang diawali `v=spf1`, tanpa salah ketik, dan paling banyak 10 lookup, misalnya dengan mengganti `include:` bertingkat dengan rentang `ip4:` atau `ip6:`. Untuk bentuk sementara, pastikan server DNS domain menjawab dengan andal; DNS di sisi penerima juga bisa menjadi penyebabnya.",
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
        "Penerima mengirimkannya untuk email dari domain yang satu-satunya record MX-nya berprioritas 0 dengan target \".\", biasanya domain yang tidak mengirim email dan dipalsukan sebagai alamat balasan, atau domain pengirim yang memublikasikan null MX karena kekeliruan. Gmail juga mengirim `5.7.27` dengan arti tersendiri: pesan tidak lolos pemeriksaan SPF.",
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
        "Penerima yang memeriksa ARC dapat mengirimkannya jika segel atau tanda tangan ARC dari perantara tidak lolos verifikasi, biasanya bersamaan dengan SPF atau DKIM yang gagal; RFC 8617 mengizinkan mereka mengirim `5.7.26` sebagai gantinya. Setiap kesalahan ARC, bahkan kegagalan DNS, dianggap permanen. Gmail juga mengirim `5.7.29` dengan arti tersendiri: pesan tidak dikirim melalui TLS.",
        "Penerus atau milis yang menambahkan header ARC harus memperbaiki konfigurasinya: memublikasikan kunci penandatanganan ARC di DNS, menyegel hanya setelah perubahannya sendiri pada pesan, dan menjaga set ARC sebelumnya tetap utuh. Pengirim asli dapat mengurangi masalah ini dengan memastikan SPF dan DKIM lolos dengan sendirinya (lihat `X.7.26`).",
    ],
    // X.7.30
    [
        "Dukungan REQUIRETLS diperlukan",
        "Pesan dikirim dengan `REQUIRETLS`, yang menuntut transfer terlindungi di setiap hop, dan tidak satu pun server tujuan berikutnya mendukung `REQUIRETLS`. Karena itu server yang memegangnya tidak meneruskannya dan mengembalikannya.",
        "Kode ini muncul dalam laporan kegagalan pengiriman: server relay berhasil menjangkau server email penerima melalui TLS, tetapi tidak ada yang mengumumkan `REQUIRETLS` setelah `STARTTLS`. Jika TLS sendiri tidak dapat dibangun, laporannya memakai `5.7.10` sebagai gantinya. Gmail juga mengirim `5.7.30` dengan arti tersendiri: pesan tidak lolos pemeriksaan DKIM.",
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
    // label.connection
    "Nasib koneksinya",
    // connection.closes
    "Server menutupnya",
    // connection.stays_open
    "Tetap terbuka",
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
    "Saat tersambung (sebagai salam pembuka)",
    // command.data_end
    "Akhir data pesan",
    // command.any
    "Perintah apa pun",
    // list.separator
    ", ",
    // list.last_separator
    " dan ",
    // label.separator
    ": ",
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
    // compare.same_detail
    "{a} dan {b} melaporkan kondisi yang sama, {generic} ({title}); yang berbeda hanya kelasnya, dan dengan itu apa yang dilakukan klien.",
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
    // site.search
    "Cari kode, judul, dan kata",
    // site.choose_language
    "Pilih bahasa",
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
    // logs.title
    "Ringkasan log email",
    // logs.lines
    "Baris yang dibaca",
    // logs.attempts
    "Upaya pengiriman",
    // logs.skipped
    "Baris tanpa upaya pengiriman",
    // logs.sent
    "Terkirim",
    // logs.deferred
    "Ditunda",
    // logs.bounced
    "Terpental",
    // logs.expired
    "Kedaluwarsa",
    // logs.recovered
    "Ditunda, lalu terkirim",
    // logs.by_reason
    "Kegagalan menurut penyebab",
    // logs.count
    "Upaya",
    // logs.domains
    "Domain penerima",
    // logs.examples
    "Contoh",
    // logs.by_hour
    "Kegagalan per jam",
    // logs.untimed
    "Kegagalan tanpa cap waktu (tidak ada di grafik)",
    // logs.axis_time
    "Waktu, menurut log",
    // logs.hours_per_bar
    "Jam per batang",
    // logs.axis_failures
    "Kegagalan",
    // logs.top_domains
    "Domain penerima dengan kegagalan terbanyak",
    // logs.top_providers
    "Penyedia dengan kegagalan terbanyak",
    // logs.by_code
    "Kegagalan menurut kode",
    // logs.code_axis
    "Kode balasan (atau kode status lanjutan)",
    // logs.reasons
    "Arti setiap penyebab",
    // logs.shown
    "Ditampilkan: {shown} dari {total}",
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
        "Host MX gagal validasi MTA-STS",
        "Exchange Online tidak mengirimkan pesan karena host MX yang dijangkaunya tidak tercantum dalam kebijakan MTA-STS domain penerima. Ini kegagalan sementara, jadi Exchange Online terus mencoba ulang.",
        "Exchange Online mengirimkannya jika domain tujuan memublikasikan kebijakan MTA-STS yang entri `mx`-nya tidak mencakup host yang disebut dalam record MX domain itu.",
        "Administrator domain penerima harus menyelaraskan kebijakan MTA-STS dengan record MX, dengan menambahkan host MX ke kebijakan atau membetulkan record MX. Pengirim hanya dapat menunggu atau memberi tahu penerima.",
    ],
    // 4.4.312 (microsoft)
    [
        "Kueri DNS untuk tujuan gagal",
        "Exchange Online mencoba mencari host tujuan, biasanya smart host dari sebuah konektor keluar, dan kueri DNS-nya gagal. Pesan tetap di antrean dan dicoba ulang hingga 24 jam.",
        "Microsoft 365 melaporkannya untuk pengiriman melalui konektor jika hosting DNS domain itu bermasalah, domainnya sudah kedaluwarsa, atau perubahan MX yang baru dilakukan masih tersimpan di cache.",
        "Administrator domain tujuan harus memperbaiki DNS-nya bersama penyedia hosting DNS atau memperpanjang domain itu. Jika konektor mengarah ke layanan mitra, mitra itulah yang harus memperbaikinya.",
    ],
    // 4.4.315 (microsoft)
    [
        "Waktu koneksi ke tujuan habis",
        "Exchange Online tidak dapat menjangkau server email tujuan dalam batas waktu. Pesan tetap di antrean dan dicoba ulang hingga 24 jam.",
        "Microsoft 365 melaporkannya jika server on-premises atau server mitra di balik konektor sedang mati, atau pengaturan smart host konektor mengarah ke alamat IP yang salah.",
        "Pastikan server tujuan berjalan dan dapat dijangkau di port `25`, dan alamat smart host konektor masih benar, misalnya setelah berganti penyedia internet.",
    ],
    // 4.4.316 (microsoft)
    [
        "Koneksi ke tujuan ditolak",
        "Exchange Online mencoba terhubung ke server email di luar Microsoft 365 dan koneksinya ditolak, sehingga pesan tetap di antrean untuk dicoba ulang.",
        "Exchange Online mengirimkannya jika firewall di depan server tujuan memblokir alamat Microsoft 365, atau jika server on-premises di balik konektor sudah dimatikan.",
        "Administrator tujuan harus mengizinkan koneksi dari rentang IP Microsoft 365 di port `25`. Jika server on-premises memang sengaja ditiadakan, nonaktifkan konektornya dan jadikan accepted domain itu authoritative.",
    ],
    // 4.4.317 (microsoft)
    [
        "Tidak dapat terhubung ke server jarak jauh",
        "Exchange Online berhasil menjangkau server tujuan, tetapi server itu langsung menjawab dengan kesalahan atau tidak memenuhi persyaratan koneksi, misalnya TLS yang diwajibkan oleh konektor.",
        "Microsoft 365 melaporkannya untuk pengiriman melalui konektor jika server jarak jauh menyatakan dirinya tidak tersedia, atau jika konektor mewajibkan TLS yang tidak ditawarkan server jarak jauh.",
        "Administrator tujuan sebaiknya memeriksa pengaturan TLS dan sertifikat server, serta pengaturan TLS konektor di Microsoft 365. Jika ada layanan mitra di balik konektor, mitra itu harus memperbaiki sisinya sendiri.",
    ],
    // 4.4.318 (microsoft)
    [
        "Koneksi terputus secara mendadak",
        "Koneksi antara Exchange Online dan server tujuan terputus di tengah sesi, sehingga pesan dicoba ulang nanti.",
        "Microsoft 365 melaporkannya jika fitur inspeksi SMTP pada firewall mengganggu, server tujuan macet atau kehabisan sumber daya, atau jaringan di antara keduanya gagal.",
        "Administrator tujuan sebaiknya mematikan inspeksi SMTP yang bermasalah di firewall, memeriksa kondisi dan sumber daya server email, serta meminta agar jalur jaringannya diperiksa.",
    ],
    // 4.7.32 (google)
    [
        "Domain From tidak selaras dengan SPF atau DKIM",
        "Gmail memperlambat email dari Anda karena domain di header `From` tidak cocok dengan domain yang lolos SPF maupun dengan domain yang menandatangani dengan DKIM. Ini adalah persyaratan keselarasan (alignment) DMARC yang ditetapkan Gmail untuk pengirim massal.",
        "Gmail mengirimkannya sebagai balasan `421` yang bersifat sementara kepada pengirim yang pesannya lolos autentikasi, tetapi untuk domain yang berbeda dari domain yang dilihat penerima sebagai penulis pesan.",
        "Administrator pengirim sebaiknya menandatangani email dengan domain DKIM `d=` yang memiliki domain organisasi yang sama dengan alamat `From`, atau mengirim dengan domain `MAIL FROM` yang memenuhi syarat itu, serta memublikasikan record DMARC. Layanan pengiriman biasanya menyediakan domain pengiriman atau domain penandatanganan khusus untuk keperluan ini.",
    ],
    // 4.7.320 (microsoft)
    [
        "Validasi sertifikat gagal",
        "Exchange Online tidak dapat memvalidasi sertifikat TLS server tujuan, misalnya karena sudah kedaluwarsa atau menyebut host lain, sehingga pesan tetap ditahan di antrean.",
        "Microsoft 365 melaporkannya untuk pengiriman melalui konektor yang mewajibkan sertifikat yang valid.",
        "Administrator tujuan harus memasang sertifikat yang valid, atau pengaturan sertifikat konektor harus dibetulkan agar pesan yang tertahan di antrean dapat terkirim.",
    ],
    // 4.7.321 (microsoft)
    [
        "Tujuan harus mendukung TLS (DANE)",
        "Domain tujuan dilindungi DNSSEC dan DANE, tetapi server emailnya tidak menjawab `STARTTLS` atau handshake TLS-nya gagal, sehingga Exchange Online tidak mau mengirim tanpa enkripsi.",
        "Exchange Online mengirimkannya sebagai kesalahan sementara dengan `starttls-not-supported` saat mengirim ke domain yang memiliki record DNSSEC yang valid.",
        "Administrator domain penerima harus membuat server email menawarkan `STARTTLS` dan menyelesaikan handshake.",
    ],
    // 4.7.322 (microsoft)
    [
        "Sertifikat tujuan kedaluwarsa (DANE)",
        "Server tujuan yang dilindungi DANE menampilkan sertifikat yang sudah kedaluwarsa, sehingga Exchange Online tidak mengirimkan pesan.",
        "Exchange Online mengirimkannya sebagai kesalahan sementara dengan `certificate-expired` setelah pemeriksaan DNSSEC lolos.",
        "Administrator domain penerima harus memperbarui sertifikat server, dan juga record TLSA jika record itu mengunci (pin) sertifikat tersebut.",
    ],
    // 4.7.323 (microsoft)
    [
        "Domain gagal validasi DANE",
        "Sertifikat tujuan tidak cocok dengan record TLSA-nya yang autentik, atau record TLSA-nya salah, sehingga Exchange Online tidak mengirimkan pesan.",
        "Exchange Online mengirimkannya sebagai kesalahan sementara dengan `tlsa-invalid` untuk domain tujuan yang ditandatangani dengan DNSSEC.",
        "Administrator domain penerima harus memublikasikan record TLSA yang cocok dengan sertifikat yang ditampilkan server email, terutama setelah sertifikat diganti.",
    ],
    // 4.7.324 (microsoft)
    [
        "Tujuan mengembalikan record DNSSEC yang tidak valid",
        "Domain tujuan mengaku ditandatangani dengan DNSSEC, tetapi Exchange Online tidak dapat memvalidasi record-nya, sehingga pesan tidak dikirimkan.",
        "Exchange Online mengirimkannya sebagai kesalahan sementara dengan `dnssec-invalid`.",
        "Administrator domain penerima harus memperbaiki penandatanganan DNSSEC pada zona itu, misalnya tanda tangan yang kedaluwarsa atau record DS yang salah di zona induk.",
    ],
    // 4.7.325 (microsoft)
    [
        "Sertifikat tidak cocok dengan nama host (DANE)",
        "Sertifikat server tujuan yang dilindungi DANE tidak menyebut domain maupun host MX, sehingga Exchange Online tidak mengirimkan pesan.",
        "Exchange Online mengirimkannya sebagai kesalahan sementara dengan `certificate-host-mismatch`.",
        "Administrator domain penerima harus memasang sertifikat yang common name atau subject alternative name-nya mencakup nama host MX.",
    ],
    // 4.7.500 (microsoft)
    [
        "Akses ditolak, coba lagi nanti (pembatasan IP)",
        "Microsoft 365 untuk sementara membatasi email dari alamat IP yang terhubung karena alamat itu tiba-tiba mengirim jauh lebih banyak daripada sebelumnya atau masih baru bagi Microsoft; teks balasannya memuat token `ASxxx`.",
        "Exchange Online Protection mengirimkannya sebagai `451` kepada server yang pola pengirimannya banyak berubah, sebagai bagian dari pembatasan (throttling) antispamnya.",
        "Bagi pengirim yang sah, pembatasan ini hilang setelah beberapa hari pengiriman yang stabil. Pelanggan Microsoft 365 yang me-relay email melalui Microsoft atau merutekan email masuk melalui layanan lain sebaiknya menyiapkan konektor yang sesuai, yang akan menghapus pembatasan itu.",
    ],
    // 4.7.850 (microsoft)
    [
        "Akses ditolak, coba lagi nanti (IP mencurigakan)",
        "Microsoft 365 melihat aktivitas mencurigakan dari alamat IP pengirim dan membatasinya untuk sementara selama pemeriksaan lebih lanjut.",
        "Exchange Online mengirimkannya sebagai penolakan sementara selama sedang menilai sebuah alamat IP.",
        "Jika lalu lintasnya sah, biarkan server pengirim mencoba ulang; menurut Microsoft, pembatasan itu akan segera dicabut. Jika server itu memang mengirim spam, hentikan sumbernya terlebih dahulu.",
    ],
    // 4.16.50 (yahoo)
    [
        "Ditunda karena keluhan dari pengguna Yahoo",
        "Kode diagnostik milik Yahoo sendiri untuk penundaan sementara: email dari server pengirim telah memicu banyak keluhan dari pengguna Yahoo Mail.",
        "Yahoo mengirimkannya dengan `421` dan teks \"temporarily deferred\", biasanya setelah penerima menandai email sebelumnya dari alamat IP yang sama sebagai spam.",
        "Biarkan antrean mencoba ulang nanti. Administrator pengirim sebaiknya meninjau apa yang dikirim server kepada pengguna Yahoo dan kepada siapa, serta menghentikan email yang tidak diminta penerimanya. Orang yang tidak mengelola server itu sebaiknya meneruskan pesan kesalahan lengkapnya kepada administrator server.",
    ],
    // 4.16.55 (yahoo)
    [
        "Ditunda karena volume yang tidak biasa atau keluhan pengguna",
        "Kode diagnostik milik Yahoo sendiri yang menyertai penundaan `[TS01]` dan `[TSS04]`: Yahoo memperlambat email dari alamat IP ini karena volumenya atau karena keluhan dari pengguna Yahoo.",
        "Yahoo mengirimkannya dalam balasan `421`, sering sebagai `4.16.55.1`, jika sebuah alamat IP mengirim lalu lintas yang tidak biasa atau email yang dilaporkan penerima sebagai spam.",
        "Server pengirim boleh mencoba ulang nanti. Administrator pengirim sebaiknya menemukan sumber email yang memicu keluhan (akun yang dibobol, pengiriman massal yang tidak diinginkan), menghentikannya, dan menaikkan volume ke Yahoo hanya secara bertahap.",
    ],
    // 5.0.350 (microsoft)
    [
        "Penolakan umum oleh organisasi penerima",
        "Exchange Online memakai kode serba guna ini untuk banyak penolakan dari pihak penerima; teksnya menyebut penyebabnya, misalnya `x-dg-ref header is too long` atau `policy violation detected (AS345)`.",
        "Teks `x-dg-ref` muncul pada pesan berformat Rich Text, dan teks `AS345` pada lampiran bersarang.",
        "Baca teks setelah kode. Untuk `x-dg-ref`, kirim pesan sebagai HTML atau teks biasa; untuk `AS345`, jangan melampirkan pesan yang sendirinya memuat lampiran.",
    ],
    // 5.1.20 (microsoft)
    [
        "Beberapa alamat From tanpa alamat Sender",
        "Pesan memiliki lebih dari satu alamat di kolom header `From` tetapi tidak memiliki kolom `Sender`, yang diwajibkan RFC 5322 dalam kasus itu, sehingga Exchange Online menolaknya.",
        "Exchange Online mengirimkannya untuk pesan yang disusun dengan beberapa alamat `From`, biasanya oleh skrip atau program email yang tidak lazim.",
        "Kirim dengan satu alamat `From` saja, atau tambahkan kolom header `Sender` yang berisi tepat satu alamat.",
    ],
    // 5.1.90 (microsoft)
    [
        "Batas penerima harian tercapai",
        "Pengirim Microsoft 365 telah mengirim ke lebih banyak penerima dalam sehari daripada yang diizinkan batas pengiriman Exchange Online.",
        "Exchange Online mengirimkannya kepada penggunanya sendiri yang melampaui batas jumlah penerima harian; kode ini juga bisa berarti akun tersebut dibobol dan dipakai mengirim spam.",
        "Tunggu sampai batasnya diatur ulang, dan sebar pengiriman besar dalam rentang waktu yang lebih panjang atau gunakan layanan email massal. Administrator sebaiknya memeriksa apakah ada tanda-tanda akun itu dibobol.",
    ],
    // 5.1.351 (microsoft)
    [
        "Server jarak jauh melaporkan penerima tidak dikenal atau kotak surat tidak tersedia",
        "Exchange Online meneruskan penolakan dari server berikutnya: server itu menyatakan penerima tidak dikenal atau kotak suratnya tidak tersedia. Balasan asli server jarak jauh itu muncul setelah `->`.",
        "Exchange Online mencantumkannya dalam email pentalan jika server penerima menolak penerima, dengan teks seperti `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Periksa apakah alamat penerima salah ketik dan tanyakan alamat yang benar kepada penerima. Balasan server jarak jauh setelah `->` menunjukkan apa yang dikatakan server penerima.",
    ],
    // 5.2.121 (microsoft)
    [
        "Batas per jam penerima untuk pengirim ini terlampaui",
        "Pengirim telah mengirim lebih banyak pesan ke satu penerima Exchange Online dalam satu jam daripada yang diterima penerima itu dari satu pengirim.",
        "Exchange Online mengirimkannya kepada pengirim otomatis dan sistem notifikasi yang membanjiri satu kotak surat.",
        "Coba lagi nanti dan kirim lebih sedikit pesan per jam ke penerima itu, misalnya dengan menggabungkan notifikasi.",
    ],
    // 5.2.122 (microsoft)
    [
        "Batas penerimaan per jam milik penerima terlampaui",
        "Penerima Exchange Online telah menerima lebih banyak pesan dalam satu jam, dari semua pengirim sekaligus, daripada yang diizinkan.",
        "Exchange Online mengirimkannya jika sebuah kotak surat dibanjiri badai email atau banyak pengirim otomatis.",
        "Coba lagi nanti. Jika penyebabnya email otomatis, kurangi frekuensi pengirimannya; penerima mungkin perlu mencari tahu siapa yang membanjiri kotak suratnya.",
    ],
    // 5.3.190 (microsoft)
    [
        "Journaling ke Microsoft 365 tidak didukung",
        "Sebuah aturan journaling on-premises mengirim laporan jurnal ke Microsoft 365, tetapi organisasi itu belum mengaktifkan Journaling Archive, sehingga Exchange Online menolaknya.",
        "Exchange Online mengirimkannya kepada organisasi yang melakukan journaling email on-premises ke Microsoft 365.",
        "Administrator Microsoft 365 organisasi itu harus mengaktifkan Journaling Archive atau mengarahkan aturan journaling ke tujuan lain.",
    ],
    // 5.4.8 (microsoft)
    [
        "Host MX gagal validasi MTA-STS (permanen)",
        "Exchange Online berhenti mencoba mengirim karena host MX domain penerima tidak diizinkan oleh kebijakan MTA-STS domain itu.",
        "Exchange Online mengirimkannya sebagai kegagalan akhir jika kebijakan MTA-STS sebuah domain tidak mencakup host MX yang ditemukan di DNS.",
        "Administrator domain penerima harus menambahkan host MX ke kebijakan MTA-STS atau memperbaiki record MX; setelah itu pengirim dapat mengirim ulang pesannya.",
    ],
    // 5.4.14 (microsoft)
    [
        "Jumlah hop terlampaui, kemungkinan ada loop email",
        "Exchange Online menghentikan pesan karena pesan itu sudah dirutekan berputar-putar terlalu banyak kali; ini kode Exchange Online sendiri untuk loop email, sedangkan Exchange on-premises memakai `5.4.6`.",
        "Exchange Online mengirimkannya jika sebuah accepted domain salah dikonfigurasi atau, pada konfigurasi hybrid, jika konektor saling melempar email bolak-balik; teksnya sering diakhiri `ATTR34`.",
        "Administrator organisasi penerima sebaiknya memastikan domain itu adalah accepted domain yang authoritative dan konektor hybrid merutekan ke smart host yang benar; menjalankan ulang Hybrid Configuration Wizard sering kali memperbaikinya.",
    ],
    // 5.4.300 (microsoft)
    [
        "Pesan kedaluwarsa",
        "Exchange Online tidak dapat mengirimkan pesan dalam waktu yang diizinkan, karena tujuan tidak pernah menjawab atau email pentalan tentang pesan itu pun tidak dapat dikirimkan.",
        "Exchange Online mengirimkannya sebagai kegagalan akhir setelah semua percobaan ulang untuk sebuah pesan habis.",
        "Lihat kesalahan sebelumnya untuk tujuan ini guna mengetahui mengapa pengiriman terus gagal, minta agar penyebabnya diperbaiki, lalu kirim ulang pesannya.",
    ],
    // 5.4.312 (microsoft)
    [
        "Pesan kedaluwarsa setelah kueri DNS berulang kali gagal",
        "Exchange Online berhenti mencoba ulang karena setiap percobaan gagal mencari tujuan di DNS sampai waktu pesan di antrean habis.",
        "Exchange Online mencantumkannya dalam email pentalan setelah penundaan `4.4.312` sebelumnya, dengan teks `Message expired, DNS query failed`.",
        "Administrator domain penerima harus memperbaiki DNS domain itu atau memperpanjang domainnya. Setelah itu, pengirim harus mengirim ulang pesannya.",
    ],
    // 5.4.316 (microsoft)
    [
        "Pesan kedaluwarsa setelah koneksi berulang kali ditolak",
        "Exchange Online berhenti mencoba ulang karena server tujuan terus menolak koneksi sampai waktu pesan di antrean habis.",
        "Exchange Online mencantumkannya dalam email pentalan setelah penundaan `4.4.316` sebelumnya, dengan teks `Message expired, connection refused`.",
        "Administrator tujuan harus membuat server menerima koneksi dari Microsoft 365 di port `25`. Setelah itu, pengirim harus mengirim ulang pesannya.",
    ],
    // 5.4.318 (microsoft)
    [
        "Pesan kedaluwarsa setelah koneksi berulang kali di-reset",
        "Exchange Online berhenti mencoba ulang karena koneksinya ke tujuan terus di-reset, yang ditandainya sebagai `SuspiciousRemoteServerError`.",
        "Exchange Online mencantumkannya dalam email pentalan setelah penundaan `4.4.318` yang berulang untuk tujuan yang sama.",
        "Administrator tujuan harus menemukan apa yang memutus sesi, sering kali firewall yang menginspeksi SMTP. Setelah itu, pengirim harus mengirim ulang pesannya.",
    ],
    // 5.6.11 (microsoft)
    [
        "Karakter tidak valid (line feed tanpa carriage return)",
        "Pesan mengandung karakter line feed yang berdiri sendiri, yaitu akhir baris tanpa carriage return, yang tidak diterima Exchange Online.",
        "Exchange Online mengirimkannya jika program email atau skrip menulis baris yang diakhiri `LF`, bukan `CRLF`.",
        "Perbaiki program pengirim agar setiap baris diakhiri `CRLF`, atau kirim melalui server yang mengonversi akhir baris.",
    ],
    // 5.7.57 (microsoft)
    [
        "Klien tidak terautentikasi untuk mengirim email anonim",
        "Sebuah aplikasi atau perangkat mengirim email ke `smtp.office365.com` tanpa login, dan Exchange Online menolak `MAIL FROM`.",
        "Exchange Online mengirimkannya kepada printer, pemindai, dan aplikasi yang diatur untuk me-relay melalui Microsoft 365 tetapi pengaturan login atau TLS-nya salah.",
        "Konfigurasikan perangkat dengan kredensial pengguna yang memiliki kotak surat Exchange Online, dan pastikan perangkat itu memakai `STARTTLS`, karena login memerlukan TLS.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution, akses relay ditolak",
        "Exchange Online tidak dapat mencocokkan email dari server milik organisasi itu sendiri dengan konektor masuk, sehingga menolak me-relay-nya.",
        "Exchange Online mengirimkannya setelah ada perubahan di sisi on-premises, misalnya alamat IP server pengirim atau nama di sertifikatnya, sehingga tidak lagi cocok dengan konektor masuk.",
        "Administrator harus memperbarui konektor masuk dengan alamat IP atau nama sertifikat server on-premises yang berlaku sekarang.",
    ],
    // 5.7.124 (microsoft)
    [
        "Pengirim tidak ada dalam daftar pengirim yang diizinkan",
        "Penerima adalah grup distribusi yang hanya menerima email dari pengirim yang tercantum, dan pengirim ini tidak ada dalam daftar itu.",
        "Exchange Online mengirimkannya untuk grup yang memiliki pembatasan pengiriman; bahkan pemilik grup pun mungkin perlu dicantumkan.",
        "Minta pemilik grup atau administrator penerima menambahkan pengirim ke daftar pengirim yang diizinkan grup itu atau mencabut pembatasannya.",
    ],
    // 5.7.133 (microsoft)
    [
        "Pengirim tidak terautentikasi untuk grup",
        "Penerima adalah grup yang menolak email dari luar organisasinya, dan pengirimnya berasal dari luar.",
        "Exchange Online mengirimkannya jika pengirim dari luar menulis ke grup distribusi yang mewajibkan pengirim terautentikasi.",
        "Pemilik grup atau administrator penerima harus mengizinkan pengirim dari luar untuk grup itu.",
    ],
    // 5.7.134 (microsoft)
    [
        "Pengirim tidak terautentikasi untuk kotak surat",
        "Kotak surat penerima diatur untuk menolak email dari luar organisasinya, dan pengirimnya berasal dari luar.",
        "Exchange Online mengirimkannya untuk kotak surat yang memakai pengaturan yang mewajibkan pengirim terautentikasi.",
        "Hanya administrator organisasi penerima yang dapat mengubah pembatasan pengiriman kotak surat itu.",
    ],
    // 5.7.135 (microsoft)
    [
        "Pengirim tidak terautentikasi untuk folder publik",
        "Penerima adalah folder publik yang dapat menerima email (mail-enabled) dan menolak email dari luar organisasinya.",
        "Exchange Online mengirimkannya jika pengirim dari luar menulis ke folder publik yang mewajibkan pengirim terautentikasi.",
        "Administrator organisasi penerima harus mengizinkan folder publik itu menerima email dari semua pengirim.",
    ],
    // 5.7.136 (microsoft)
    [
        "Pengirim tidak terautentikasi untuk mail user",
        "Penerima adalah mail user yang diatur untuk menolak email dari luar organisasinya.",
        "Exchange Online mengirimkannya jika pengirim dari luar menulis ke mail user yang memakai pengaturan yang mewajibkan pengirim terautentikasi.",
        "Hanya administrator organisasi penerima yang dapat mengubah pengaturan ini.",
    ],
    // 5.7.193 (microsoft)
    [
        "Grup Microsoft 365 tidak menerima pengirim dari luar",
        "Penerima adalah grup Microsoft 365 yang hanya menerima email dari anggotanya atau dari dalam organisasinya.",
        "Exchange Online mengirimkannya dengan `UnifiedGroupAgent` jika pengirim dari luar menulis ke grup seperti itu.",
        "Pemilik grup atau administrator penerima harus mengizinkan orang di luar organisasi mengirim email ke grup itu.",
    ],
    // 5.7.321 (microsoft)
    [
        "Tujuan harus mendukung TLS (DANE, permanen)",
        "Exchange Online berhenti mencoba karena server tujuan yang dilindungi DANE tidak menawarkan `STARTTLS` atau handshake-nya gagal.",
        "Exchange Online mengirimkannya sebagai kesalahan permanen dengan `starttls-not-supported`.",
        "Administrator domain penerima harus mengaktifkan TLS di server email; setelah itu pengirim dapat mengirim ulang.",
    ],
    // 5.7.322 (microsoft)
    [
        "Sertifikat tujuan kedaluwarsa (DANE, permanen)",
        "Exchange Online berhenti mencoba karena server tujuan yang dilindungi DANE terus menampilkan sertifikat yang sudah kedaluwarsa.",
        "Exchange Online mengirimkannya sebagai kesalahan permanen dengan `certificate-expired`.",
        "Administrator domain penerima harus memperbarui sertifikatnya; setelah itu pengirim dapat mengirim ulang.",
    ],
    // 5.7.323 (microsoft)
    [
        "Domain gagal validasi DANE (permanen)",
        "Exchange Online berhenti mencoba karena sertifikat tujuan terus gagal divalidasi terhadap record TLSA-nya.",
        "Exchange Online mengirimkannya sebagai kesalahan permanen dengan `tlsa-invalid`.",
        "Administrator domain penerima harus membetulkan record TLSA atau sertifikatnya; setelah itu pengirim dapat mengirim ulang.",
    ],
    // 5.7.324 (microsoft)
    [
        "Tujuan mengembalikan record DNSSEC yang tidak valid (permanen)",
        "Exchange Online berhenti mencoba karena record DNSSEC domain tujuan terus gagal divalidasi.",
        "Exchange Online mengirimkannya sebagai kesalahan permanen dengan `dnssec-invalid`.",
        "Administrator domain penerima harus memperbaiki penandatanganan DNSSEC pada zonanya; setelah itu pengirim dapat mengirim ulang.",
    ],
    // 5.7.325 (microsoft)
    [
        "Sertifikat tidak cocok dengan nama host (DANE, permanen)",
        "Exchange Online berhenti mencoba karena sertifikat server tujuan tidak cocok dengan nama host MX.",
        "Exchange Online mengirimkannya sebagai kesalahan permanen dengan `certificate-host-mismatch`.",
        "Administrator domain penerima harus mengganti sertifikat itu dengan sertifikat yang menyebut host MX; setelah itu pengirim dapat mengirim ulang.",
    ],
    // 5.7.367 (microsoft)
    [
        "Server jarak jauh melaporkan relay tidak diizinkan",
        "Microsoft 365 meneruskan atau me-relay pesan dari relay pool-nya, dan gateway berikutnya menolaknya sebagai percobaan relay. Microsoft memakai pool itu jika pesan gagal SPF atau DKIM saat tiba.",
        "Exchange Online mengirimkannya untuk email yang diteruskan atau di-relay, paling sering jika ada gateway pihak ketiga di depan atau di belakang Microsoft 365.",
        "Administrator Microsoft 365 sebaiknya memastikan autentikasi lolos saat pesan tiba, misalnya dengan Enhanced Filtering for Connectors, dan menambahkan domain yang dikelolanya sebagai accepted domain. Mengurangi jumlah lompatan penerusan juga membantu.",
    ],
    // 5.7.501 (microsoft)
    [
        "Akses ditolak, penyalahgunaan untuk spam terdeteksi",
        "Microsoft 365 telah memblokir akun pengirim karena akun itu mengirim spam.",
        "Exchange Online mengirimkannya kepada penggunanya sendiri yang akunnya dipakai untuk spam, biasanya setelah akun itu dibobol.",
        "Administrator harus mengamankan akun itu dan mengatur ulang kredensialnya, lalu meminta dukungan Microsoft memulihkan kemampuan akun itu untuk mengirim.",
    ],
    // 5.7.502 (microsoft)
    [
        "Akses ditolak, pengirim diblokir",
        "Microsoft 365 telah memblokir akun pengirim setelah mendeteksi spam dari akun itu.",
        "Exchange Online mengirimkannya kepada akun yang diblokir karena spam.",
        "Administrator harus menyelesaikan masalah akun itu, mengatur ulang kredensialnya, dan menghubungi dukungan Microsoft untuk mencabut blokirnya.",
    ],
    // 5.7.503 (microsoft)
    [
        "Akses ditolak, pengirim diblokir",
        "Microsoft 365 telah memblokir akun pengirim setelah mendeteksi spam dari akun itu.",
        "Exchange Online mengirimkannya kepada akun yang diblokir karena spam.",
        "Administrator harus menyelesaikan masalah akun itu, mengatur ulang kredensialnya, dan menghubungi dukungan Microsoft untuk mencabut blokirnya.",
    ],
    // 5.7.504 (microsoft)
    [
        "Alamat penerima ditolak, akses ditolak",
        "Alamat penerima tidak valid di organisasi Microsoft 365 yang menerima pesan.",
        "Exchange Online Protection mengirimkannya dengan teks `Recipient address rejected: Access denied`.",
        "Periksa alamat penerima dan kirim ulang; jika terus gagal, tanyakan alamat yang benar kepada penerima.",
    ],
    // 5.7.505 (microsoft)
    [
        "Akses ditolak, penerima diblokir",
        "Microsoft 365 menganggap alamat penerima tidak valid dan menolak email ke alamat itu.",
        "Exchange Online Protection mengirimkannya untuk penerima yang telah diblokirnya.",
        "Periksa alamatnya dan hubungi penerima dengan cara lain; jika ini tampaknya keliru, administrator penerima dapat menanyakannya kepada dukungan Microsoft.",
    ],
    // 5.7.506 (microsoft)
    [
        "Akses ditolak, HELO tidak benar",
        "Server pengirim memperkenalkan diri di `HELO` atau `EHLO` dengan nama server yang dihubunginya, bukan dengan namanya sendiri, dan Microsoft menganggap ini perilaku spambot.",
        "Exchange Online Protection mengirimkannya di awal sesi dengan klien yang salah dikonfigurasi atau berniat jahat.",
        "Konfigurasikan server pengirim agar memakai nama host lengkapnya sendiri (FQDN) di `EHLO`.",
    ],
    // 5.7.507 (microsoft)
    [
        "Akses ditolak, ditolak oleh penerima",
        "Organisasi penerima telah memblokir alamat IP asal pesan.",
        "Exchange Online Protection mengirimkannya jika tenant penerima telah memblokir server pengirim.",
        "Hubungi penerima melalui saluran lain dan minta administratornya mencabut blokir itu.",
    ],
    // 5.7.508 (microsoft)
    [
        "Akses ditolak, batas yang diizinkan untuk rentang IPv6 terlampaui",
        "Rentang IPv6 pengirim mengirim terlalu banyak pesan dalam waktu terlalu singkat.",
        "Exchange Online Protection mengirimkannya kepada pengirim melalui IPv6 yang melampaui batas laju per rentangnya.",
        "Perlambat pengiriman dari rentang itu dan biarkan antrean mencoba ulang nanti.",
    ],
    // 5.7.509 (microsoft)
    [
        "Akses ditolak, domain pengirim tidak lolos DMARC",
        "Domain di header `From` gagal DMARC dan memublikasikan kebijakan reject, sehingga Microsoft menolak pesan itu.",
        "Exchange Online dan Outlook.com mengirimkannya jika SPF maupun DKIM tidak lolos secara selaras dengan domain `From` dan kebijakannya adalah `p=reject`; penerusan dapat menyebabkannya.",
        "Administrator pengirim harus memperbaiki SPF, penandatanganan DKIM, dan keselarasan domain itu; laporan DMARC dan header yang dikembalikan dalam email pentalan menunjukkan pemeriksaan mana yang gagal.",
    ],
    // 5.7.510 (microsoft)
    [
        "Penerima tidak menerima email melalui IPv6",
        "Pesan datang melalui IPv6, tetapi domain penerima hanya menerima email melalui IPv4.",
        "Exchange Online Protection mengirimkannya kepada pengirim IPv6 untuk domain yang belum mengaktifkan email masuk melalui IPv6.",
        "Kirim ke domain itu melalui IPv4, misalnya dengan mengatur server pengirim agar mengutamakan IPv4 untuk host MX domain tersebut.",
    ],
    // 5.7.511 (microsoft)
    [
        "Akses ditolak, IP pengirim diblokir",
        "Microsoft 365 telah memblokir alamat IP asal pesan.",
        "Exchange Online Protection mengirimkannya kepada server yang ada di daftar blokirnya.",
        "Hilangkan penyebab pemblokiran, lalu minta penghapusan dari daftar dengan mengirim email ke Microsoft yang berisi pesan kesalahan lengkap dan alamat IP-nya, atau gunakan portal delist.",
    ],
    // 5.7.512 (microsoft)
    [
        "Pesan harus mematuhi RFC 5322 bagian 3.6.2",
        "Pesan tidak memiliki alamat yang valid di kolom header `From`, sehingga Microsoft 365 menolaknya.",
        "Exchange Online mengirimkannya untuk pesan yang kolom `From`-nya tidak ada, kosong, atau formatnya salah, misalnya tanpa kurung sudut di sekitar alamat.",
        "Perbaiki program pengirim agar setiap pesan memiliki kolom `From` dengan alamat yang formatnya benar.",
    ],
    // 5.7.513 (microsoft)
    [
        "Host klien diblokir oleh daftar blokir khusus milik penerima",
        "Organisasi penerima telah memasukkan alamat IP pengirim ke daftar blokirnya sendiri di Microsoft 365; teksnya diakhiri `AS16012607`.",
        "Exchange Online Protection mengirimkannya jika IP yang terhubung ada di daftar blokir khusus milik tenant penerima.",
        "Hanya organisasi penerima yang dapat menghapus entri itu. Hubungi mereka secara langsung dan minta mereka membuka blokir alamat IP tersebut.",
    ],
    // 5.7.515 (outlook_com)
    [
        "Domain pengirim tidak memenuhi tingkat autentikasi yang diwajibkan",
        "Outlook.com menolak pesan karena domain di header `From`-nya tidak memenuhi autentikasi yang diwajibkan Microsoft bagi pengirim bervolume tinggi ke layanan email konsumennya.",
        "Outlook.com, Hotmail, Live.com, dan MSN mengirimkannya kepada domain yang mengirim 5.000 pesan atau lebih ke layanan tersebut, tetapi tidak memiliki SPF dan DKIM yang lolos atau record DMARC dengan hasil lolos yang selaras.",
        "Administrator pengirim harus memublikasikan SPF dan DKIM sehingga keduanya lolos, memublikasikan record DMARC (minimal `p=none`), dan membuat SPF atau DKIM selaras dengan domain `From`. Setelah itu, kirim ulang.",
    ],
    // 5.7.606 (microsoft)
    [
        "Akses ditolak, IP pengirim diblokir",
        "Microsoft 365 telah memblokir alamat IP asal pesan karena reputasinya.",
        "Exchange Online Protection mengirimkannya kepada server yang IP-nya ada di daftar blokirnya, misalnya setelah server itu dibobol atau mengirim lalu lintas berbahaya.",
        "Hentikan penyebabnya dan terapkan praktik pengiriman yang baik, lalu minta penghapusan alamat IP itu dari daftar melalui portal delist swalayan Microsoft.",
    ],
    // 5.7.703 (microsoft)
    [
        "Penerima diblokir oleh Tenant Allow/Block List",
        "Seseorang di organisasi mengirim ke alamat atau domain yang diblokir oleh organisasi itu sendiri di Tenant Allow/Block List-nya, dan seluruh pesan dihentikan.",
        "Exchange Online mengirimkannya kepada pengirim internal; satu penerima yang diblokir menghentikan pesan untuk semua penerima.",
        "Hapus penerima yang diblokir lalu kirim ulang, atau minta administrator mengubah entri blokir itu.",
    ],
    // 5.7.705 (microsoft)
    [
        "Akses ditolak, tenant telah melampaui ambang batas",
        "Microsoft 365 telah memblokir email keluar untuk seluruh organisasi karena terlalu banyak lalu lintasnya berupa spam atau email massal.",
        "Exchange Online mengirimkannya setelah server atau akun admin yang dibobol mengirim spam, dan kadang-kadang setelah langganan terlambat diperpanjang.",
        "Administrator harus menemukan dan menghentikan sumbernya dengan laporan alur email (mail flow reports) dan message trace, lalu menjelaskan penyebabnya kepada dukungan Microsoft agar blokirnya dicabut.",
    ],
    // 5.7.708 (microsoft)
    [
        "Akses ditolak, lalu lintas dari IP ini tidak diterima",
        "Microsoft 365 tidak mengirim email dari alamat IP bereputasi rendah yang biasanya diberikan kepada tenant baru.",
        "Exchange Online mengirimkannya kepada tenant baru atau tenant uji coba, atau kepada tenant yang lalu lintasnya tampak mencurigakan.",
        "Administrator sebaiknya menyelesaikan masalah akun yang dibobol atau open relay, lalu menghubungi dukungan Microsoft; tenant uji coba dapat meminta pengecualian sampai mereka membeli lisensi.",
    ],
    // 5.7.750 (microsoft)
    [
        "Klien diblokir mengirim dari domain yang tidak terdaftar",
        "Organisasi itu mengirim banyak pesan dari domain yang belum ditambahkan dan diverifikasi di Microsoft 365, dan Microsoft memblokirnya.",
        "Exchange Online mengirimkannya jika email dari domain yang tidak terdaftar, sering kali melalui konektor, melebihi batas toleransi Microsoft.",
        "Tambahkan dan verifikasi setiap domain pengirim sebagai accepted domain, atau gunakan konektor berbasis sertifikat; periksa juga apakah ada konektor tak dikenal yang dibuat penyerang.",
    ],
    // 5.7.800 (microsoft)
    [
        "Akses ditolak, domain pengirim diblokir",
        "Microsoft 365 telah memblokir domain yang dipakai di `EHLO`, `MAIL FROM`, atau `From` karena spam yang dikirim dengan domain itu.",
        "Exchange Online mengirimkannya untuk pesan yang domain pengirimnya ada di daftar blokirnya.",
        "Hentikan spam dari domain itu, lalu hubungi dukungan Microsoft untuk memulihkan kemampuan domain tersebut untuk mengirim.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Ditolak oleh aturan alur email",
        "Aturan alur email (transport rule) di server Exchange menolak pesan ini. Exchange memakai kode dari rentang ini hanya jika tindakan penolakan pada aturan itu diberi kode; jika tidak, penolakan yang sama muncul sebagai `5.7.1`.",
        "Exchange mengirimkannya sebagai email pentalan jika pesan cocok dengan aturan administrator yang menolaknya, misalnya aturan terhadap pengirim, kata, atau lampiran tertentu.",
        "Pengirim tidak dapat mengubah hasilnya dengan mengirim ulang. Tanyakan kepada administrator Exchange penerima aturan mana yang menolak pesan itu; teks setelah kode adalah teks yang dipasang saat aturan itu dibuat.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES membuang pesan yang ditolak dengan cara ini alih-alih menaruhnya di antrean, sehingga aplikasi pengirim harus mencoba ulang sendiri, dengan jeda yang makin panjang sebelum setiap percobaan baru.",
    // amazon_ses.daily_quota
    "Akun ini sudah menghabiskan jumlah pesan yang boleh dikirimnya melalui Amazon SES dalam 24 jam; pengiriman berfungsi lagi begitu rentang 24 jam itu bergeser, atau setelah kuotanya dinaikkan di konsol SES.",
    // amazon_ses.identity_not_verified
    "Amazon SES mencocokkan alamat From, Source, Sender, dan Return-Path dengan identitas yang sudah diverifikasi di AWS Region yang sama; selama akun masih berada di sandbox, setiap penerima juga harus diverifikasi.",
    // amazon_ses.credentials_invalid
    "Amazon SES memerlukan kredensial SMTP tersendiri, yang berbeda dari access key AWS milik akun; buat kredensial SMTP di konsol SES dan gunakan kredensial itu.",
    // amazon_ses.account_not_subscribed
    "Akun AWS pemilik kredensial SMTP ini belum mendaftar untuk Amazon SES.",
    // amazon_ses.iam_not_authorized
    "Login berhasil, tetapi kebijakan IAM atau kebijakan otorisasi pengiriman milik pengguna di balik kredensial SMTP itu tidak mengizinkan pengiriman melalui endpoint SMTP SES.",
    // amazon_ses.sending_paused
    "Amazon SES telah menghentikan sementara pengiriman untuk seluruh akun AWS, biasanya setelah meninjau tingkat email pentalan atau keluhannya, dan sudah memberitahukan hal itu melalui alamat email akun AWS tersebut.",
    // amazon_ses.message_too_long
    "Antarmuka SMTP SES menolak pesan yang lebih besar daripada ukuran pesan maksimum yang didokumentasikan Amazon SES untuk akun tersebut; perkecil atau hapus lampiran.",
    // amazon_ses.timeout_waiting_for_data
    "Jeda di antara perintah-perintah klien terlalu lama, sehingga server SMTP SES menutup koneksi.",
    // amazon_ses.temporary_auth_failure
    "Amazon SES sendiri mengalami masalah saat memeriksa kredensial SMTP; tunggu sebentar lalu coba lagi sebelum mengubah apa pun.",
    // amazon_ses.global_suppression
    "Amazon SES tidak mencoba mengirim ke alamat itu karena alamat tersebut masuk daftar supresi SES setelah baru-baru ini terpental secara permanen (hard bounce); hapus alamat itu dari daftar Anda alih-alih mengirim ulang.",
    // apple.spamhaus_dbl
    "Di sini yang masuk daftar blokir domain Spamhaus adalah sebuah domain di dalam pesan, misalnya domain dalam tautan, bukan alamat IP pengirim.",
    // apple.proofpoint_blocklist
    "Apple menolak IP pengirim karena daftar blokir Proofpoint; tautan dalam balasan memeriksa alamat itu di daftar tersebut.",
    // barracuda.blocked_using_barracuda_reputation
    "Alamat IP yang disebut perangkat Barracuda bisa berasal dari kolom header `Received`, bukan dari server yang terhubung, jadi pastikan alamat mana yang dimaksud sebelum meminta penghapusan dari daftar.",
    // barracuda.reputation_lookup_link
    "Tautan itu membuka halaman pencarian Barracuda Central untuk alamat IP pengirim, tempat penghapusan dari daftar dapat diminta setelah penyebab spamnya diperbaiki.",
    // barracuda.ess_permanent_failure_blocked
    "Layanan Barracuda milik penerima menolak pesan berdasarkan salah satu kebijakannya, misalnya blokir pengirim, filter isi, atau pemeriksaan reputasi. Hanya administrator penerima yang dapat melihat alasannya di log pesan Barracuda.",
    // cisco.poor_reputation
    "Alamat IP pengirim memiliki skor reputasi SenderBase (Talos) yang buruk, sehingga host access table perangkat itu memasukkannya ke grup pengirim yang diblokir. Administrator penerima dapat menambahkan pengirim ke grup pengirim yang diizinkan.",
    // comcast.es000001
    "Comcast tidak menerima email yang dikirim langsung dari alamat IP rumahan miliknya sendiri; pelanggannya harus mengirim melalui `smtp.comcast.net`, dan blokir ini tidak dapat dicabut.",
    // comcast.es000010
    "Comcast menganggap alamat IP pengirim sebagai alamat dinamis atau rumahan, biasanya karena nama reverse DNS-nya tidak mengikuti pola penamaan alamat statis.",
    // comcast.bl000001
    "Alamat IP pengirim tercantum di daftar Spamhaus ZEN; penghapusan dari daftar diurus melalui Spamhaus.",
    // comcast.bl000010
    "Alamat IP pengirim tercantum di Cloudmark CSI; penghapusan dari daftar diurus melalui Cloudmark.",
    // comcast.bl000011
    "Alamat IP pengirim tercantum di Spamhaus ZEN sekaligus di Cloudmark CSI.",
    // comcast.bl000100
    "Alamat IP pengirim tercantum di daftar blokir SenderScore.",
    // comcast.bl000101
    "Alamat IP pengirim tercantum di daftar blokir Spamhaus ZEN dan juga di daftar blokir SenderScore.",
    // comcast.bl000110
    "Alamat IP pengirim tercantum di daftar blokir SenderScore dan juga di Cloudmark CSI.",
    // comcast.bl006
    "Dalam kode lama ini Comcast menyebut Spamhaus SBL atau XBL; penghapusan dari daftar diurus melalui Spamhaus.",
    // comcast.bl007
    "Dalam kode lama ini Comcast menyebut Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "Comcast membatasi jumlah koneksi bersamaan dari satu alamat IP pengirim (25 menurut halaman postmaster-nya).",
    // comcast.reverse_dns_failure
    "Comcast mewajibkan reverse DNS yang valid untuk setiap alamat IP pengirim; balasan ini bersifat sementara karena pencariannya mungkin hanya gagal untuk saat ini, jadi pengiriman dapat dicoba ulang.",
    // courier.sender_domain_does_not_exist
    "Courier memeriksa domain alamat `MAIL FROM` (dengan `BOFHCHECKDNS` diaktifkan) dan mendapati domain itu tidak ada di DNS; yang gagal adalah domain pengirim, bukan domain penerima.",
    // courier.sender_mx_violates_rfc1035
    "Record MX domain pengirim mengarah ke alamat IP, bukan ke nama host, dan hal itu tidak diizinkan di DNS. Administrator pengirim harus mengarahkannya ke nama host.",
    // courier.unicode_to_non_unicode
    "Pesan atau alamat-alamatnya memerlukan `SMTPUTF8`, tetapi server penerima tidak menawarkannya. Kirim dari atau ke alamat yang hanya berisi karakter ASCII, atau minta administrator penerima mengaktifkan `SMTPUTF8`.",
    // exchange_server.bad_outbound_sender
    "Di Exchange Server, ini biasanya berarti pengirim melampaui batas laju pesan, misalnya aplikasi yang me-relay banyak pesan melalui Exchange. Administrator dapat menaikkan batas di Receive connector atau menyiapkan konektor relay khusus untuk aplikasi itu.",
    // exchange_server.single_label_domain
    "Alamat penerima memiliki domain tanpa titik (misalnya `contoso`, bukan `contoso.com`), yang secara default ditolak oleh Receive connector Exchange.",
    // exchange_server.too_many_related_errors
    "Exchange menilai format pesan ini rusak dan memindahkannya ke poison message queue, tempat administrator dapat memeriksanya.",
    // exchange_server.abp_routing
    "Address Book Policy routing agent sedang aktif, dan penerima tidak ada dalam daftar alamat pada kebijakan buku alamat pengirim, sehingga keduanya tidak boleh saling berkirim email.",
    // exchange_server.unrecognized_command_internal
    "Di antara server Exchange, ini menunjukkan Receive connector untuk email internal yang tidak memiliki metode autentikasi Exchange Server; administrator harus memperbaiki pengaturan autentikasi konektor itu.",
    // exchange_server.system_incorrectly_configured
    "Exchange melaporkan loop email dengan cara ini, biasanya jika FQDN yang diatur pada Receive connector sama dengan FQDN server atau perangkat lain dalam alur email.",
    // exchange_server.exchange_authentication
    "Firewall atau perangkat lain di antara server Exchange memblokir perintah `X-EXPS` yang diperlukan autentikasi Exchange Server, atau email internal melewati konektor yang tidak dikonfigurasi untuk itu.",
    // exim.retry_time_not_reached
    "Kali ini Exim tidak mencoba menghubungi host-host itu karena percobaan sebelumnya gagal dan waktu percobaan ulangnya belum tiba; Exim menyimpan pesan dan mencoba lagi nanti. Kegagalan pertama tercatat di log Exim.",
    // exim.lines_too_long_for_transport
    "Pesan memiliki baris yang lebih panjang daripada `message_linelength_limit` pada transport SMTP (secara default 998 karakter), sehingga Exim tidak akan mengirimnya apa adanya. Program pengirim harus memecah baris yang panjang atau memakai transfer encoding seperti quoted-printable atau base64.",
    // exim.host_lookup_did_not_complete
    "Pencarian DNS untuk domain penerima kehabisan waktu atau gagal untuk sementara; Exim menunda pesan dan mencoba ulang.",
    // exim.mx_no_smtp_service
    "Domain itu memublikasikan record MX yang mengarah ke `.` (null MX), yang menyatakan bahwa domain itu sama sekali tidak menerima email.",
    // fastmail.relay_access_denied
    "Jika datang dari Fastmail, balasan ini biasanya berarti program email tidak login ke server keluar Fastmail; aktifkan autentikasi SMTP di pengaturannya.",
    // fastmail.content_rejected
    "Fastmail memakai balasan ini untuk pesan yang kemungkinan membawa virus atau yang sebelumnya pernah dilaporkan sebagai spam; lampiran yang keliru ditandai sebagai virus mungkin lolos jika dikirim sebagai file zip.",
    // fastmail.access_denied
    "Fastmail telah memblokir pengirim atau penerima, misalnya setelah ada laporan spam atau oleh sistem antipenyalahgunaannya; program email yang salah dikonfigurasi juga bisa menyebabkannya, dan sisa teks email pentalan memberikan keterangan lebih lanjut.",
    // fastmail.address_locked
    "Akun Fastmail di balik alamat itu dikunci atau dinonaktifkan, sehingga tidak menerima email sampai pemiliknya menyelesaikan masalah ini dengan dukungan Fastmail.",
    // free.spam_detected
    "Jika Anda tidak mengirim pesan yang ditolak itu, mungkin ada orang yang memalsukan alamat Anda, dan Free menolak spam mereka.",
    // free.ip_blocked
    "Free memblokir sebuah alamat hingga 24 jam, tergantung pada spam atau kesalahan yang dikirim dari alamat itu, lalu mencabut blokirnya sendiri; setelah masalahnya diperbaiki pun, Free dapat mencantumkan alamat itu lagi selama 24 hingga 48 jam.",
    // gmx.ip_block_listed
    "Baris terakhir balasan berisi tautan ke halaman postmaster GMX untuk kasus ini, yang menjelaskan pencantuman di daftar dan menyediakan cara untuk menghubungi GMX.",
    // gmx.too_many_messages
    "Coba lagi dalam beberapa jam dan kirim dengan lebih lambat; jika itu tidak membantu, hubungi tim postmaster WEB.DE.",
    // gmx.spf_policy
    "Server penerus yang mempertahankan `MAIL FROM` asli gagal dalam pemeriksaan ini; WEB.DE menyarankan server seperti itu memakai SRS (Sender Rewriting Scheme).",
    // gmx.mailbox_unavailable
    "GMX dan WEB.DE juga memakai teks ini untuk kotak surat yang dinonaktifkan karena lama tidak dipakai.",
    // gmx.policy_ip_based
    "Jika banyak dari email yang dikirim sebuah alamat IP digolongkan sebagai spam, WEB.DE menolak semua email dari alamat itu untuk sementara waktu.",
    // gmx.policy_domain_based
    "WEB.DE mengenal domain pengirim sebagai sumber spam.",
    // gmx.policy_header_based
    "Informasi header pesan tidak memenuhi standar atau kebijakan email WEB.DE, atau tampak tidak masuk akal.",
    // gmx.syntax_error_configuration
    "GMX dan WEB.DE memakai teks ini jika konfigurasi server pengirim melanggar aturan mereka; administratornya harus membetulkan konfigurasi itu, lalu meminta GMX atau WEB.DE mencabut blokirnya.",
    // gmx.ionos_policy_violations
    "IONOS memblokir alamat IP pengirim yang tingkat keberhasilan pengirimannya buruk, terutama akibat email ke banyak alamat yang tidak ada, dan menunda server yang nama `HELO`-nya terus berganti. Bersihkan daftar alamat dan gunakan satu nama `HELO` yang tetap.",
    // godaddy.ib401_auth_on_inbound
    "Server masuk GoDaddy tidak menerima login; program email diatur ke server keluar yang salah dan seharusnya memakai `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "GoDaddy menolak pesan karena kolom From-nya kosong.",
    // godaddy.ib502_ip_as_from
    "GoDaddy menolak pesan yang alamat From-nya memakai alamat IP, bukan domain.",
    // godaddy.ib506_from_domain_invalid
    "Domain From tidak memiliki record MX atau record alamat yang dapat dipakai, atau pencarian DNS-nya gagal; perbaiki zona DNS domain itu sebelum mengirim ulang.",
    // godaddy.ib508_invalid_spf
    "Record SPF domain pengirim tidak mengizinkan server yang mengirim pesan ini; tambahkan server itu ke record SPF.",
    // godaddy.ib212_spam_content
    "Sebuah tautan, lampiran, atau pola dalam pesan cocok dengan filter spam GoDaddy.",
    // godaddy.ib007_too_many_sessions
    "Alamat IP pengirim membuka terlalu banyak sesi SMTP sekaligus di GoDaddy.",
    // godaddy.ib101_server_busy
    "Antrean email GoDaddy sedang menangani lebih banyak email daripada biasanya; coba lagi nanti.",
    // godaddy.ib110_spam_block_hour
    "Alamat IP pengirim mengirim terlalu banyak pesan yang dinilai GoDaddy sebagai spam, sehingga diblokir selama satu jam.",
    // godaddy.ib111_spam_block_day
    "Alamat IP pengirim mengirim terlalu banyak pesan yang dinilai GoDaddy sebagai spam, sehingga diblokir sampai akhir hari.",
    // godaddy.ib112_invalid_recipients_hour
    "Alamat IP pengirim mencoba mengirim ke terlalu banyak alamat yang tidak ada, sehingga diblokir selama satu jam.",
    // godaddy.ib113_invalid_recipients_day
    "Alamat IP pengirim mencoba mengirim ke terlalu banyak alamat yang tidak ada, sehingga diblokir sampai akhir hari.",
    // godaddy.ib510_messages_per_session
    "Sesi ini sudah mencapai jumlah pesan maksimum yang diizinkan GoDaddy; buka koneksi baru untuk sisanya.",
    // godaddy.ib103_cloudmark_reputation
    "GoDaddy menolak koneksi karena alamat IP pengirim memiliki reputasi buruk di Cloudmark Sender Intelligence (CSI).",
    // godaddy.ib104_spamhaus_sbl
    "Alamat IP pengirim tercantum di Spamhaus Block List (SBL); penghapusan dari daftar diminta kepada Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "Alamat IP pengirim tercantum di Spamhaus Exploits Block List (XBL); penghapusan dari daftar diminta kepada Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "Alamat IP pengirim tercantum di Spamhaus Policy Block List (PBL); penghapusan dari daftar diminta kepada Spamhaus.",
    // godaddy.rbl_reject
    "Alamat IP pengirim tercantum di daftar blokir milik GoDaddy sendiri; gunakan tautan di email pentalan untuk meminta GoDaddy menghapusnya.",
    // godaddy.account_disabled
    "Menurut GoDaddy, akun seperti ini biasanya tetap dinonaktifkan untuk selamanya.",
    // google.dmarc_policy_rejection
    "Gmail menyebut domain `From` yang kebijakan DMARC-nya menolak pesan itu; administrator domain tersebutlah yang perlu dihubungi.",
    // google.spf_hard_fail
    "Domain pengirim amplop memublikasikan record SPF yang diakhiri `-all`, dan IP pengirim tidak tercantum di dalamnya, sehingga Gmail langsung menolak pesan itu.",
    // google.spf_or_dkim_required
    "Gmail mewajibkan setiap pengirim, bukan hanya pengirim massal, untuk lolos setidaknya salah satu dari SPF atau DKIM; balasannya mencantumkan hasil setiap pemeriksaan.",
    // google.spf_suspicious_entries
    "Gmail mempermasalahkan record SPF itu sendiri, jadi administrator domain harus meninjau dan merapikan record tersebut.",
    // google.spf_did_not_pass
    "Gmail memakai `7.27` untuk menyatakan bahwa pesan tidak lolos SPF, bukan dalam arti resminya di registri, yaitu domain pengirim yang memiliki null MX.",
    // google.dkim_did_not_pass
    "Gmail memakai `7.30` untuk menyatakan bahwa pesan tidak lolos DKIM, bukan dalam arti resminya di registri, yaitu dukungan `REQUIRETLS` yang diwajibkan.",
    // google.unauthenticated
    "Gmail mengirim `7.26` jika SPF maupun DKIM tidak lolos; jika teksnya justru menyebut kebijakan DMARC, yang berlaku adalah aturan DMARC.",
    // google.not_sent_over_tls
    "Gmail memakai `7.29` untuk menyatakan bahwa pesan tidak tiba melalui koneksi terenkripsi, bukan dalam arti resminya di registri, yaitu kegagalan validasi ARC. Server pengirim harus memakai `STARTTLS`.",
    // google.tls_required_for_rcpt_domain
    "Administrator Google Workspace penerima mewajibkan pengiriman terenkripsi untuk domain itu, jadi server pengirim harus memakai `STARTTLS`.",
    // google.ipv6_guidelines
    "Melalui IPv6, Gmail mewajibkan record PTR yang cocok untuk alamat IP pengirim sekaligus pemeriksaan SPF atau DKIM yang lolos.",
    // google.ptr_rate_limited
    "Gmail memakai `4.7.23` untuk IP pengirim yang tidak memiliki record PTR, atau yang nama PTR-nya tidak di-resolve kembali ke IP itu, bukan dalam arti resminya di registri, yaitu kegagalan SPF.",
    // google.same_message_id_quota
    "Gmail membatasi berapa banyak salinan dengan satu `Message-ID` yang diterimanya; setiap pesan yang dikirim seharusnya memiliki `Message-ID` sendiri.",
    // google.unsolicited_rate_limited
    "Gmail memakai `4.7.28` jika email dari IP, rentang IP, atau domain DKIM atau SPF Anda, atau email yang memuat salah satu domain tautan Anda, dalam jumlah yang tidak biasa tampak tidak diminta penerimanya, lalu menundanya untuk sementara.",
    // google.ip_not_in_whitelist
    "Domain Google Workspace penerima hanya menerima email dari alamat IP yang diizinkan administratornya.",
    // google.not_authorized_to_send_directly
    "Gmail tidak menerima email langsung dari alamat IP pengirim ini; kirimlah melalui relay milik penyedia Anda.",
    // google.receiving_too_quickly
    "Gmail memakai `4.2.1` untuk penerima yang mendapat email lebih cepat daripada yang diterima Gmail, atau untuk pelanggan Workspace yang melampaui laju relay puncaknya, bukan untuk kotak surat yang dinonaktifkan.",
    // google.daily_relay_limit
    "Batas ini berlaku per pengguna atau per pelanggan Workspace di `smtp-relay.gmail.com`; administrator Workspace dapat melihat batasnya di pengaturan SMTP relay.",
    // google.daily_quota_code
    "Gmail memakai `5.4.5` untuk akun atau relay yang sudah mencapai batas pengiriman hariannya, bukan untuk sistem email yang sedang padat.",
    // google.inbox_out_of_storage
    "Penyimpanan Gmail dipakai bersama dengan Google Drive dan Photos, jadi penerima dapat mengosongkan ruang di layanan mana pun di antaranya.",
    // google.custom_domain_policy
    "`gcdp` berarti pesan ditolak oleh aturan yang dibuat administrator Google Workspace, bukan oleh filter Gmail sendiri; hanya administrator itu yang dapat menjelaskan alasannya atau mengubah aturannya.",
    // google.web_login_required
    "Gmail memakai `5.7.14` jika pemilik akun harus masuk melalui browser web sebelum program email boleh login, bukan dalam arti resminya di registri, yaitu tidak adanya hubungan kepercayaan.",
    // google.mail_relay_denied
    "Untuk `smtp-relay.gmail.com`, administrator Workspace harus mendaftarkan alamat IP perangkat pengirim di pengaturan SMTP relay atau membuat perangkat itu login dengan `AUTH`.",
    // google.invalid_credentials_for_relay
    "IP yang terdaftar bukan milik domain asal pesan; server pengirim harus login dengan `AUTH` atau menyebut salah satu domain Workspace di `HELO` atau `EHLO`.",
    // google.mail_sending_denied
    "Akun pengirim ditangguhkan atau bukan pengguna domain Google Workspace yang memiliki pengaturan relay tersebut.",
    // haraka.early_talker
    "Plugin early_talker milik Haraka menunggu sejenak sebelum membalas dan memutus klien yang mengirim data sebelum dijawab. Klien yang mematuhi standar menunggu setiap balasan sebelum mengirim perintah berikutnya.",
    // haraka.no_mx_for_from
    "Domain alamat `MAIL FROM` tidak memiliki record MX yang mengarah ke alamat yang dapat dipakai, sehingga balasan dan email pentalan tidak akan sampai ke domain itu. Administrator pengirim harus memublikasikan record MX yang berfungsi.",
    // haraka.ssl_on_plain_socket
    "Klien memulai handshake TLS di port yang mengharapkan SMTP biasa tanpa enkripsi. Gunakan `STARTTLS` di port ini, atau sambungkan ke port untuk TLS implisit (biasanya `465`).",
    // haraka.spoofed_mail_from
    "Alamat `MAIL FROM` memakai domain yang emailnya diteruskan oleh server Haraka ini, tetapi klien tidak diizinkan me-relay (misalnya karena tidak login). Pengirim dari domain itu harus mengirim melalui server mereka sendiri dengan `AUTH`.",
    // haraka.split_transaction
    "Domain penerima ini menuju next hop yang berbeda dari penerima yang sudah diterima; klien sebaiknya mengirim ke penerima-penerima itu terlebih dahulu, lalu mengirim ke penerima ini dalam transaksi baru.",
    // haraka.credential_leak
    "Badan pesan memuat nama pengguna dan kata sandi yang dipakai pengirim untuk login, sehingga Haraka menolak mengirimnya. Hapus kredensial itu dari pesan sebelum mengirimnya.",
    // mail_ru.spam_message_rejected
    "Balasan ini berisi tautan ke halaman dukungan antispam Mail.ru serta sebuah kode kesalahan dan ID; sertakan keduanya saat meminta Mail.ru meninjau pesan yang sah.",
    // mail_ru.dmarc_policy
    "Penyebab yang umum adalah situs web atau skrip yang mengirim melalui servernya sendiri dengan alamat Mail.ru di `From`; kirimlah dari alamat di domain Anda sendiri.",
    // mail_ru.dynamic_ips
    "Mail.ru menolak email yang dikirim langsung dari alamat IP yang digolongkannya sebagai dinamis, seperti koneksi rumahan; kirim melalui server email dengan alamat tetap dan reverse DNS yang benar, atau melalui penyedia Anda.",
    // mail_ru.sending_disabled
    "Mail.ru telah menghentikan pengiriman dari akun ini, biasanya karena menduga kata sandinya dicuri dan dipakai untuk spam. Ganti atau pulihkan kata sandi, lalu konfirmasikan kepemilikan kotak surat agar dapat mengirim lagi.",
    // mailgun.previously_bounced
    "Mailgun tidak mencoba mengirim ke alamat itu karena alamat tersebut masuk daftar supresi pentalan milik domain pengirim setelah sebelumnya terpental secara permanen (hard bounce); hapus supresinya hanya jika alamat itu sudah dipastikan berfungsi lagi.",
    // mailgun.unsubscribed
    "Penerima telah berhenti berlangganan, sehingga Mailgun tidak lagi mengirim ke alamat itu; hapus alamat itu dari daftar Suppressions hanya jika penerima kembali menyatakan bersedia menerima email.",
    // mailgun.marked_as_spam
    "Penerima menandai email sebelumnya sebagai spam, sehingga Mailgun tidak lagi mengirim ke alamat itu; hapus alamat itu dari daftar Suppressions hanya jika penerima kembali menyatakan bersedia menerima email.",
    // mailgun.sandbox_domain
    "Domain sandbox Mailgun hanya mengirim ke Authorized Recipients yang sudah menerima undangan; tambahkan domain Anda sendiri, atau tambahkan alamat itu sebagai Authorized Recipient.",
    // mailgun.free_account
    "Akun Mailgun gratis hanya boleh mengirim ke Authorized Recipients; tingkatkan paket akun atau tambahkan alamat itu sebagai Authorized Recipient.",
    // mailgun.domain_unverified
    "Mailgun tidak akan mengirim untuk sebuah domain sebelum record DNS-nya terverifikasi; publikasikan record yang ditampilkan di panel kontrol Mailgun, lalu verifikasi domain itu lagi.",
    // mailgun.domain_limit_exceeded
    "Domain pengirim melampaui batas Mailgun untuk jumlah permintaan, byte, atau penerima; balasannya menyebutkan kapan domain itu boleh mengirim lagi.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online memakai `5.1.10` untuk penerima yang tidak ditemukan dalam pencarian alamatnya, bukan untuk null MX seperti di registri IANA.",
    // microsoft.dbeb_recipient_rejected
    "Ini adalah Directory Based Edge Blocking: Exchange Online Protection menolak penerima yang tidak ada di direktori organisasi penerima.",
    // microsoft.relay_access_denied_5_4_1
    "Microsoft menyebut record MX yang mengarah ke server yang salah, domain yang tidak ada di daftar accepted domain, atau perubahan DNS yang masih dalam proses penyebaran sebagai penyebab yang umum.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online memakai ulang `5.2.2` untuk pengirim yang melampaui batas laju pesan atau penerimanya, bukan untuk kotak surat yang penuh; ini bisa menjadi tanda bahwa akunnya dibobol.",
    // microsoft.recipient_thread_limit_4_3_2
    "Kotak surat penerima sedang menerima terlalu banyak pesan sekaligus, dan Exchange sengaja membatasinya; percobaan ulang akan berhasil nanti.",
    // microsoft.queue_expired
    "Exchange Online mencoba ulang selama 24 jam sebelum mengirim email pentalan ini; penundaan-penundaan sebelumnya menunjukkan penyebab sebenarnya.",
    // microsoft.ambiguous_recipient
    "Beberapa objek direktori memakai alamat penerima yang sama, sering kali setelah migrasi atau sinkronisasi hybrid; administrator penerima harus menghapus alamat gandanya.",
    // microsoft.sender_denied_5_1_0
    "Meskipun kata-katanya berbunyi demikian, yang dimaksud Exchange Online adalah penerima tidak dapat diuraikan, sering kali saat membalas pesan yang disimpan sebagai file; periksa alamat penerima.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 telah memblokir akun pengirim karena spam, biasanya karena akun itu dibobol; administrator harus mengamankannya sebelum akun itu dapat mengirim lagi.",
    // microsoft.delivery_not_authorized
    "Biasanya ini grup yang hanya menerima email dari anggota atau pengirim yang tercantum, atau aturan alur email (mail flow rule) milik organisasi penerima.",
    // microsoft.blocklist_1
    "Ini adalah daftar blokir milik Microsoft sendiri; Microsoft meminta pengirim yang tercantum untuk memakai portal delist-nya atau meneruskan email pentalan ke alamat delisting-nya.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online memakai `5.7.12` untuk penerima yang menolak email dari luar organisasinya, bukan untuk transisi kata sandi seperti di registri IANA.",
    // microsoft.public_folder_5_7_13
    "Exchange Online memakai `5.7.13` untuk folder publik yang menolak pengirim dari luar, bukan untuk akun yang dinonaktifkan seperti di registri IANA.",
    // microsoft.mta_sts_certificate
    "Sertifikat tujuan harus memiliki rantai ke root tepercaya dan menyebut host yang tercantum dalam kebijakan MTA-STS domain itu.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365 hanya menerima email anonim melalui IPv6 jika SPF atau DKIM lolos.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365 mewajibkan record PTR untuk setiap alamat IPv6 yang mengirim email kepadanya.",
    // microsoft.customer_block_list
    "Organisasi penerima sendiri yang memblokir alamat IP itu, jadi hanya organisasi itu yang dapat menghapus entrinya.",
    // microsoft.as345_nested_attachments
    "Microsoft mengaitkan penolakan ini dengan lampiran bersarang, misalnya pesan terlampir yang juga memuat lampiran.",
    // microsoft.x_dg_ref_header
    "Microsoft mengaitkan penolakan ini dengan pesan berformat Rich Text; mengirim sebagai HTML atau teks biasa dapat menghindarinya.",
    // mimecast.spf_sender_invalid
    "Mimecast menolak pesan karena alamat IP yang terhubung tidak tercantum dalam record `SPF` domain pengirim. Administrator pengirim harus menambahkan semua server pengirim ke `SPF`; sebagai alternatif, administrator Mimecast penerima dapat melonggarkan pengaturan `SPF` untuk email masuk di kebijakan DNS Authentication-nya.",
    // mimecast.dkim_sender_invalid
    "Tanda tangan `DKIM` keluar dari Mimecast tidak cocok dengan kunci yang dipublikasikan di DNS. Pastikan kunci publik di DNS serta kunci privat, domain, dan selector di kebijakan DNS Authentication memang saling berpasangan.",
    // mimecast.internal_resources_unavailable
    "Mimecast memakai balasan ini untuk greylisting, yang dapat dilewati server normal dengan mencoba ulang, tetapi juga untuk alamat IP pengirim yang reputasinya buruk. Administrator penerima dapat mengecualikan pengirim dengan kebijakan Auto Allow atau Permitted Senders.",
    // mimecast.local_ct_ip_reputation
    "Pemeriksaan reputasi berkelanjutan Mimecast menolak alamat IP pengirim, sering kali setelah beberapa penolakan sementara sebelumnya. Administrator penerima dapat meloloskan pengirim dengan kebijakan Auto Allow atau Permitted Senders, dan Mimecast menyediakan formulir untuk meminta peninjauan rentang IP tersebut.",
    // mimecast.sender_address_blocked
    "Kebijakan Blocked Senders di akun Mimecast penerima cocok dengan pengirim; hanya administrator akun itu yang dapat menghapus entrinya.",
    // mimecast.account_service_unavailable
    "Akun Mimecast membuka terlalu banyak koneksi masuk sekaligus (standarnya 20). Coba lagi nanti, dan jangan mengirim email keluar atau email jurnal ke Mimecast dari alamat IP yang tidak diotorisasi untuk itu.",
    // mimecast.maximum_email_size_exceeded
    "Pesan lebih besar daripada batas kebijakan Email Size Limit atau batas Mimecast sendiri. Proses encoding membuat pesan jauh lebih besar daripada lampirannya, jadi sisakan ruang yang cukup lebar.",
    // mimecast.mail_loop_detected
    "Mimecast menolak pesan yang sudah melewati 25 hop. Periksa aturan penerusan di antara alamat-alamat yang terlibat.",
    // mimecast.open_relay_not_allowed
    "Domain pengirim maupun domain penerima tidak termasuk dalam akun Mimecast mana pun, atau alamat IP yang terhubung bukan alamat keluar yang diotorisasi. Pelanggan Mimecast harus meminta Mimecast Support menambahkan alamat keluar yang diotorisasi.",
    // mimecast.account_inbounds_disabled
    "Email masuk dimatikan untuk seluruh akun Mimecast milik organisasi penerima. Administratornya harus meminta Mimecast Support mengizinkan lalu lintas masuk lagi.",
    // mimecast.account_outbounds_disabled
    "Email keluar dimatikan untuk akun Mimecast milik organisasi pengirim. Administratornya harus meminta Mimecast Support mengizinkan lalu lintas keluar lagi.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "Kebijakan Anti-Spoofing menghentikan pesan dari luar yang mengaku memakai alamat di domain penerima sendiri. Layanan pengirim yang sah memerlukan kebijakan Anti-Spoofing yang tidak mengambil tindakan apa pun terhadap alamat atau alamat IP-nya.",
    // mimecast.header_based_anti_spoofing
    "Kebijakan Anti-Spoofing menghentikan pesan dari luar yang mengaku memakai alamat di domain penerima sendiri. Layanan pengirim yang sah memerlukan kebijakan Anti-Spoofing yang tidak mengambil tindakan apa pun terhadap alamat atau alamat IP-nya.",
    // mimecast.content_examination_policy
    "Kebijakan Content Examination di akun penerima cocok dengan pesan ini. Administrator akun itu dapat menyesuaikan kebijakannya atau menambahkan kebijakan Content Examination Bypass.",
    // mimecast.host_network_not_allowed
    "Kebijakan Geographical Restriction menolak email dari jaringan atau negara server pengirim; hanya administrator penerima yang dapat mengubahnya.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast mengirim balasan ini jika alamat atau domain pengirim cocok dengan kebijakan Blocked Senders, atau jika `SPF` gagal secara tegas (hard fail). Administrator penerima dapat mengubah kebijakan itu agar mengecualikan pengirim.",
    // mimecast.envelope_blocked_user_entry
    "Penerima telah memblokir alamat pengirim di daftar Managed Senders pribadinya. Penerima atau administratornya harus menghapus entri itu.",
    // mimecast.envelope_blocked_user_domain_entry
    "Penerima telah memblokir domain pengirim di daftar Managed Senders pribadinya. Penerima atau administratornya harus menghapus entri itu.",
    // mimecast.manually_blocked_senders
    "Pengirim tercantum di daftar blokir pribadi milik penerima. Penerima atau administratornya harus menghapus entri itu dari Managed Senders.",
    // mimecast.blocked_senders_header_from
    "Kebijakan Blocked Senders cocok dengan alamat di header `From`. Hanya administrator penerima yang dapat mengubah atau menghapus kebijakan itu.",
    // mimecast.blocked_senders_envelope_from
    "Kebijakan Blocked Senders cocok dengan pengirim amplop (`MAIL FROM`). Hanya administrator penerima yang dapat mengubah atau menghapus kebijakan itu.",
    // mimecast.incorrect_authentication_data
    "Pengiriman (submission) ke Mimecast di port `587` memerlukan alamat pengguna internal beserta kata sandi cloud Mimecast miliknya.",
    // mimecast.route_requires_tls
    "Kebijakan Secure Receipt atau Secure Delivery mewajibkan `TLS`. Aktifkan `STARTTLS` dan sertifikat yang valid di server pengirim, dan pastikan tidak ada firewall atau proxy yang mengutak-atik enkripsinya.",
    // mimecast.route_requires_tls12
    "Server pengirim menawarkan versi `TLS` yang lebih lama daripada 1.2, yang ditolak oleh kebijakan Secure Receipt atau Secure Delivery.",
    // mimecast.route_requires_high_strength_ciphers
    "Cipher yang ditawarkan server pengirim lebih lemah daripada yang diizinkan kebijakan Secure Receipt atau Secure Delivery.",
    // mimecast.unable_to_process_connection
    "Server Mimecast sedang berada pada beban maksimumnya; server pengirim cukup mencoba ulang.",
    // mimecast.message_ended_early
    "Pesan tidak berakhir dengan benar, sering kali karena fitur firewall seperti SMTP fixup atau MailGuard dari Cisco mengubah sesinya. Matikan inspeksi SMTP semacam itu di sisi pengirim.",
    // mimecast.too_many_recipients
    "Mimecast menerima paling banyak 100 penerima per pesan dan meminta sisanya dikirim dalam transaksi lain. Fitur inspeksi SMTP pada firewall yang tidak meneruskan balasan ini harus dimatikan.",
    // mimecast.outbound_thread_limit
    "Akun ini membuka terlalu banyak koneksi keluar sekaligus; kirim dalam kelompok yang lebih kecil.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast menemukan tanda tangan virus atau skor spam di atas batasnya. Pemeriksaan spam dapat dilewati dengan kebijakan Permitted Senders atau Auto Allow milik penerima, tetapi pemeriksaan virus tidak; Mimecast juga menyediakan formulir Sender Feedback.",
    // naver.no_such_user
    "Balasan ini berisi tautan ke halaman bantuan Naver tentang email yang dikembalikan; bagian alamat sebelum `@naver.com` tidak ada.",
    // opensmtpd.no_mx_found
    "OpenSMTPD tidak menemukan record MX atau record alamat yang dapat dipakai untuk domain penerima. OpenSMTPD menganggapnya sementara dan terus mencoba ulang sampai pesan kedaluwarsa, jadi periksa apakah domainnya salah ketik sebelum menunggu.",
    // opensmtpd.domain_does_not_accept_mail
    "Domain penerima memublikasikan null MX, yaitu record yang menyatakan bahwa domain itu sama sekali tidak menerima email.",
    // opensmtpd.list_expansion_problem
    "OpenSMTPD memakai teks ini bersama `X.2.4` untuk kegagalan apa pun saat menguraikan penerima melalui alias atau file `~/.forward`, tidak hanya untuk milis. Administrator server sebaiknya memeriksa file-file itu dan log server.",
    // orange.abusix_listed
    "Kode 100 berarti alamat IP pengirim tercantum di Abusix; periksa di lookup.abusix.com.",
    // orange.spamhaus_listed
    "Kode 101 berarti alamat IP pengirim tercantum di Spamhaus; periksa di check.spamhaus.org.",
    // orange.cloudmark_listed
    "Kode 102 berarti alamat IP pengirim tercantum di Cloudmark; minta pengaturan ulang (reset) di csi.cloudmark.com.",
    // orange.orange_blocklist
    "Kode 103 berarti Orange sendiri telah memblokir alamat IP pengirim; gunakan formulir kontak Orange dan pilih opsi masalah keterkiriman (deliverability).",
    // orange.too_many_connections
    "Orange menyarankan paling banyak 2 koneksi bersamaan per alamat IP pengirim.",
    // orange.missing_ptr
    "Orange mewajibkan record PTR untuk alamat IP pengirim, dengan nama host yang di-resolve kembali ke alamat yang sama.",
    // orange.too_many_messages_per_connection
    "Orange menyarankan paling banyak 100 pesan per koneksi.",
    // orange.invalid_helo
    "Orange mewajibkan nama host lengkap (FQDN) di `HELO`/`EHLO` yang dapat di-resolve di DNS.",
    // orange.sender_domain_dns
    "Orange tidak menemukan record A atau MX yang valid untuk domain di `MAIL FROM`; setelah mengubah DNS, tunggu sampai record yang tersimpan di cache kedaluwarsa.",
    // orange.sender_domain_listed
    "Kode 425 berarti yang tercantum di Abusix atau Spamhaus adalah nama domain pengirim, bukan alamat IP-nya.",
    // orange.suspected_spam
    "Untuk positif palsu, yaitu pesan sah yang dianggap spam, Orange meminta pengirim memakai formulir kontaknya dan memilih opsi masalah keterkiriman (deliverability).",
    // orange.ofr_999
    "Orange membatasi laju pengirim dengan kode 999 setelah perilaku yang tidak pantas; periksa apa yang sedang dikirim sebelum melanjutkan dengan laju yang lebih rendah.",
    // outlook_com.required_authentication_level
    "Microsoft menerapkan ini pada domain yang mengirim 5.000 pesan atau lebih ke layanan konsumennya, dan mengharapkan SPF, DKIM, serta hasil DMARC lolos yang selaras.",
    // outlook_com.block_list_s3140
    "Penghapusan dari daftar blokir Outlook.com ini diminta melalui formulir dukungan pengirim Microsoft untuk email konsumen, bukan melalui portal delist Microsoft 365.",
    // outlook_com.block_list_s3150
    "Penghapusan dari daftar blokir Outlook.com ini diminta melalui formulir dukungan pengirim Microsoft untuk email konsumen, bukan melalui portal delist Microsoft 365.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com menunda email dari IP ini karena reputasinya dan mengarahkan pengirim ke `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft mengirim `5.5.0` dengan kata-kata ini jika alamat `@hotmail.com` atau `@outlook.com` tidak ditemukan; artinya sama dengan `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com menolak email yang domain `From`-nya gagal DMARC dan memublikasikan `p=reject`.",
    // ovh.auth_failed_or_spam_block
    "Jika datang dari OVHcloud, balasan ini juga bisa berarti pengiriman dari akun itu diblokir karena dicurigai mengirim spam; periksa status akun di OVHcloud Control Panel, tempat blokirnya dapat dibuka dengan mengganti kata sandi atau membuat tiket dukungan.",
    // ovh.bad_sequence_means_no_auth
    "Menurut OVHcloud, balasan ini dari servernya biasanya berarti program email tidak melakukan autentikasi ke server SMTP.",
    // ovh.unrecognised_address_arguments
    "Server keluar OVHcloud tidak dapat memakai alamat From atau To yang diberikan; OVHcloud juga menyebut batas pengirimannya, yaitu 200 pesan per jam per akun dan 300 per jam per alamat IP.",
    // ovh.missing_spf_dkim
    "OVHcloud menyarankan untuk memublikasikan record SPF bagi domain pengirim dan, jika paket email yang dipakai menyediakannya, mengaktifkan DKIM.",
    // ovh.queue_too_long
    "OVH menyimpan pesan di antrean keluarnya selama 24 jam; jika server penerima tidak dapat dijangkau dalam waktu itu, pesan dikembalikan dengan teks ini.",
    // postfix.helo_host_not_found
    "Postfix mengirim balasan ini karena `reject_unknown_helo_hostname`: nama yang diberikan klien di `HELO` atau `EHLO` tidak memiliki record alamat atau MX. Administrator server pengirim sebaiknya membuat server itu mengumumkan nama yang dapat di-resolve di DNS.",
    // postfix.helo_not_fqdn
    "Postfix mengirim balasan ini karena `reject_non_fqdn_helo_hostname`: klien mengumumkan nama polos tanpa domain di `HELO` atau `EHLO`. Server pengirim harus dikonfigurasi agar mengumumkan nama host lengkapnya.",
    // postfix.multi_recipient_bounce
    "Jika `reject_multi_recipient_bounce` diaktifkan, Postfix menolak pesan dengan pengirim kosong (email pentalan) yang memiliki lebih dari satu penerima, karena email pentalan yang asli hanya dikirim ke satu alamat.",
    // postfix.insufficient_system_storage
    "Postfix menjawab `452 4.3.1` jika ruang kosong di sistem file antrean lebih kecil daripada `queue_minfree` atau tidak cukup untuk pesan berukuran maksimum yang diizinkan; server pengirim akan mencoba ulang nanti.",
    // postfix.undeliverable_address
    "Postfix memeriksa penerima dengan `reject_unverified_recipient` dengan cara menguji server berikutnya, dan pengujian itu gagal; balasan server tersebut muncul setelah kata-kata `undeliverable address`.",
    // postfix.dns_try_again
    "Kegagalan DNS sementara: name server domain itu tidak menjawab tepat waktu atau mengembalikan kesalahan server. Postfix menyimpan pesan dan mencoba ulang; jika terus berlanjut, periksa server DNS domain tersebut.",
    // postfix.mailbox_file_too_large
    "File kotak surat lokal sudah mencapai `mailbox_size_limit` Postfix (secara default sekitar 50 MB). Kosongkan atau arsipkan kotak surat itu, atau naikkan batasnya di `main.cf`.",
    // postfix.non_smtp_command
    "Postfix (`smtpd` atau `postscreen`) memutus koneksi jika klien mengirim sesuatu yang bukan perintah SMTP, misalnya baris header pesan, biasanya karena klien mulai mengirim pesan tanpa `DATA`.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation telah memblokir alamat IP pengirim karena ada spam yang berasal dari alamat itu. Blokir berakhir beberapa waktu setelah spamnya berhenti; untuk meminta peninjauan lebih awal, gunakan formulir yang ditautkan dalam balasan dan sebutkan siapa penerimanya serta jenis email apa yang diblokir.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "Ini adalah bentuk lama dari blokir Proofpoint Dynamic Reputation; server email iCloud milik Apple juga mengirimkannya.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation menunda atau memblokir alamat IP yang mengirim spam. Penundaan hilang dengan sendirinya dalam hitungan menit; blokir tetap berlaku sampai spamnya berhenti atau permintaan peninjauan dikabulkan.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials mencantumkan penerima di daftar alamat tidak valid pada fitur SMTP Discovery-nya. Administrator penerima harus menghapus alamat itu dari daftar tersebut jika kotak suratnya memang ada.",
    // qmail.chkuser_security_policies
    "Patch chkuser mengirim balasan ini begitu sebuah sesi memberikan penerima yang tidak dikenal atau formatnya salah melebihi batas yang diizinkan, lalu menolak setiap penerima berikutnya, bahkan dengan kode seperti `#5.1.1`. Hapus alamat yang tidak valid dari daftar dan kirim dalam sesi baru.",
    // qmail.best_preference_mx
    "Server qmail ini adalah MX dengan prioritas terbaik untuk domain itu, tetapi tidak mencantumkan domain tersebut di `control/locals`, sehingga meneruskan pesan akan membuatnya kembali ke server itu sendiri. Administratornya harus mengonfigurasi domain itu sebagai domain lokal atau memperbaiki record MX.",
    // qmail.dns_temporary
    "Ini adalah teks qmail-remote untuk kegagalan DNS sementara (`#4.1.2`), berbeda dengan \"couldn't find any host named\", yang bersifat permanen; pesan tetap di antrean dan dicoba ulang.",
    // qmail.from_and_auth_not_same
    "Versi qmail-smtpd yang sudah di-patch mewajibkan alamat `MAIL FROM` sama dengan alamat akun yang login dengan `AUTH`. Atur alamat pengirim di program email agar sama dengan alamat login.",
    // qq.ip_frequency_limited
    "QQ Mail membatasi jumlah email yang boleh dikirim satu alamat IP pengirim per menit, per jam, dan per hari, dan memblokir alamat itu selama beberapa menit, beberapa jam, atau sampai akhir hari jika batasnya terlampaui. Batas-batas itu tidak dipublikasikan, jadi berhentilah sejenak, lalu kirim dengan lebih lambat.",
    // qq.sender_frequency_limited
    "Batas di sini berlaku untuk satu alamat pengirim; QQ Mail tidak memublikasikan angkanya, dan lama waktu tunggu tergantung pada batas mana yang terlampaui: per menit, per jam, atau per hari.",
    // qq.recipient_flooded
    "Meskipun kata-katanya berbunyi demikian, alamat itu ada: penerima telah menerima email dalam jumlah besar dalam waktu singkat, dan QQ Mail menolak email tambahan untuk sementara guna melindungi kotak suratnya. Coba lagi nanti.",
    // qq.mail_content_denied
    "QQ Mail menolak isi yang tampak seperti email massal yang telah dilaporkan sebagai spam oleh banyak penggunanya.",
    // qq.suspected_spam_sender
    "QQ Mail telah menerima spam dalam jumlah besar dari domain pengirim atau dari operator server pengirim, dan menolak email dari sumber itu.",
    // qq.rejected_by_recipients
    "Penerima telah memasukkan pengirim ke daftar blokir pribadinya atau membuat filter yang menolak email ini; hanya penerima yang dapat mengubahnya.",
    // rackspace.throttled_too_much_spam
    "Rackspace telah menerima terlalu banyak spam dari server pengirim dan sedang menunda emailnya; kirim ulang nanti dan minta penerima memasukkan domain Anda ke daftar aman (safelist).",
    // rackspace.g2_concurrent_connections
    "Rackspace membatasi jumlah koneksi yang boleh dibuka sekaligus oleh satu alamat IP pengirim; kurangi jumlah koneksi paralel.",
    // rackspace.g1f_no_ptr
    "Rackspace mewajibkan record PTR untuk setiap alamat IP pengirim.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace untuk sementara tidak dapat memeriksa alamat penerima; percobaan ulang beberapa menit kemudian biasanya berhasil.",
    // rackspace.g30_mailbox_rate
    "Rackspace membatasi jumlah email yang boleh diterima satu kotak surat dalam waktu singkat; ini melindungi penerima, misalnya dari list bomb (banjir email dari pendaftaran massal ke milis), dan percobaan ulang nanti biasanya berhasil.",
    // rackspace.g16_routing_loop
    "Jika loop tidak hilang setelah beberapa menit, Rackspace meminta agar hal itu dilaporkan ke `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace untuk sementara tidak dapat mencari kebijakan DMARC domain pengirim; percobaan ulang beberapa menit kemudian biasanya berhasil.",
    // rackspace.g28_untrusted_ip
    "Rackspace hanya menerima volume kecil dari alamat IP pengirim yang baru atau belum tepercaya sampai alamat itu membangun riwayat pengiriman yang baik; lakukan pemanasan (warm-up) pada alamat itu dan kirim dengan lebih lambat.",
    // sendgrid.sender_identity
    "SendGrid hanya mengirim email yang alamat From-nya cocok dengan Sender Identity yang terverifikasi: satu alamat pengirim yang terverifikasi atau domain yang terautentikasi di akun SendGrid.",
    // sendgrid.credits_exceeded
    "SendGrid memotong kredit email akun untuk setiap pesan dan menolak pesan berikutnya begitu kredit itu habis; menurut dokumentasi SendGrid, hubungi dukungannya agar batas itu dicabut.",
    // sendgrid.recipients_this_hour
    "SendGrid menunda pesan seperti itu dan terus mencobanya ulang hingga 72 jam.",
    // sendgrid.unauthenticated_senders
    "Klien menyerahkan pesan ke `smtp.sendgrid.net` tanpa login terlebih dahulu; konfigurasikan klien agar melakukan autentikasi pada setiap koneksi, dengan API key SendGrid sebagai kata sandi.",
    // sendgrid.bad_username_password
    "SendGrid tidak mengenali nama pengguna atau API key-nya; mengatur ulang kata sandi di akun SendGrid juga merusak integrasi yang masih memakai kata sandi lama.",
    // sendgrid.drop_bounced_address
    "SendGrid membuang pesan tanpa mencoba mengirimkannya karena alamat itu ada di daftar pentalan akun setelah pernah terpental sebelumnya; hapus entrinya hanya jika alamat itu sudah dipastikan berfungsi lagi.",
    // sendgrid.drop_unsubscribed
    "SendGrid membuang pesan karena penerima ada di daftar berhenti berlangganan akun itu.",
    // sendgrid.drop_spam_report
    "SendGrid membuang pesan karena penerima sebelumnya melaporkan email dari akun ini sebagai spam.",
    // sendgrid.drop_spam_content
    "Pengaturan Spam Checker milik akun itu sendiri di SendGrid menggolongkan pesan sebagai spam dan membuangnya.",
    // sendgrid.drop_invalid_smtpapi
    "SendGrid membuang pesan karena header `X-SMTPAPI`-nya bukan JSON yang valid atau disusun dengan salah.",
    // sendmail.host_name_lookup_failure
    "Ini adalah teks Sendmail untuk kegagalan DNS sementara (`TRY_AGAIN`): name server belum memberikan jawaban untuk saat ini, sehingga pesan tetap di antrean dan dicoba ulang.",
    // sendmail.address_requires_smtputf8
    "Alamat itu memuat karakter non-ASCII, tetapi klien tidak memberikan parameter `SMTPUTF8` pada `MAIL FROM`.",
    // sendmail.mx_list_points_back
    "Server ini tercantum sebagai host MX domain itu, tetapi tidak memperlakukan domain tersebut sebagai domain lokal, sehingga pesan akan dikirim kembali ke server itu sendiri. Administrator harus menambahkan domain itu ke daftar nama lokal server atau memperbaiki record MX.",
    // stalwart.invalid_ehlo_domain
    "Stalwart menolak nama `EHLO` yang bukan nama lengkap (FQDN) jika opsinya untuk menolak nama non-FQDN diaktifkan. Server pengirim harus mengumumkan nama host lengkapnya.",
    // stalwart.extension_disabled
    "Klien memakai parameter `MAIL FROM` atau `RCPT TO` dari sebuah ekstensi (seperti `DSN` atau `FUTURERELEASE`) yang dimatikan di server ini. Kirim tanpa parameter itu.",
    // stalwart.dane_failed
    "Domain penerima memublikasikan record DANE (`TLSA`), dan sertifikat servernya tidak cocok dengan record itu, sehingga Stalwart tidak mau mengirimkan pesan. Administrator penerima harus memperbarui record `TLSA` atau sertifikatnya.",
    // stalwart.mta_sts_failed
    "Domain penerima memiliki kebijakan MTA-STS, dan servernya tidak memenuhinya (tidak ada sertifikat yang valid atau host-nya tidak tercantum dalam kebijakan). Administrator penerima harus memperbaiki kebijakan itu atau servernya.",
    // stalwart.concurrency_limited
    "Batas koneksi keluar milik Stalwart sendiri ke tujuan itu sudah tercapai; pesan tetap di antrean dan dicoba ulang.",
    // yahoo.tss04
    "Yahoo memakai `[TSS04]` untuk email yang ditunda karena volume, keluhan, isi yang mirip spam, atau reputasi IP yang buruk; jika terus berlanjut, Yahoo meminta pengiriman Sender Support Request yang menyertakan pesan kesalahan lengkap.",
    // yahoo.ts01
    "Yahoo menyarankan untuk mencoba ulang sekitar empat jam kemudian, dan meninjau isi serta praktik pengiriman email jika kesalahan berlangsung hingga 48 jam.",
    // yahoo.ts03
    "Meskipun kodenya bersifat sementara, Yahoo menyarankan agar tidak mengirim ulang sebelum daftar penerima dan praktik berlangganan diperiksa, karena Yahoo melihat email massal yang tampak tidak diminta penerimanya.",
    // yahoo.permanently_deferred
    "Menurut Yahoo, mencoba ulang tidak akan berhasil; praktik pengirimannya harus diubah terlebih dahulu.",
    // yahoo.bl21
    "Yahoo menolak koneksi dari alamat IP yang tercantum di Spamhaus; periksa alamat itu di spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` menunjuk ke Spamhaus XBL, yang mencantumkan mesin yang terinfeksi dan open proxy.",
    // yahoo.ph01
    "Blokir isi dari Yahoo (kode `PH`) mencakup virus, phishing, ransomware, dan perangkat lunak berbahaya lainnya, serta tautan ke salah satunya.",
    // yahoo.policy_reasons_579
    "Yahoo mengirim balasan ini jika pesan gagal dalam pemeriksaan DKIM, SPF, atau DMARC-nya, sering kali karena domain `From` memublikasikan kebijakan DMARC yang tidak dilolosi pesan itu.",
    // yahoo.unauthenticated_sender
    "Yahoo mewajibkan setiap pengirim lolos SPF atau DKIM; pengirim massal memerlukan keduanya serta kebijakan DMARC.",
    // yahoo.unresolvable_from_domain
    "Yahoo memeriksa domain `MAIL FROM` dan domain header `From` dengan kueri SOA, sehingga subdomain yang dipakai di sana memerlukan record SOA sendiri selain record A atau MX.",
    // yahoo.not_rfc_compliant
    "Yahoo menyebut kolom header yang ganda atau formatnya salah, serta jenis MIME yang keliru, sebagai beberapa penyebabnya.",
    // yahoo.resources_unavailable
    "Menurut Yahoo, servernya sedang sibuk; masalah ini biasanya hilang dalam waktu singkat tanpa perlu mengubah apa pun.",
    // yahoo.vs1_unknown_recipients
    "Yahoo mengirim `VS1-IP` dan `VS1-MF` jika sebuah server mengirim ke banyak penerima yang tidak valid, yang dianggapnya sebagai tanda open relay; hapus alamat yang terpental.",
    // yahoo.aol_rly_b1
    "AOL memasang blokir otomatis ini jika keluhan anggotanya melewati ambang batas, dan mencabutnya dalam 24 jam setelah keluhan menurun; AOL menyarankan penggunaan complaint feedback loop.",
    // yahoo.aol_rtr_du
    "AOL memakai daftar Spamhaus untuk alamat dinamis dan rumahan, dan tidak menerima email yang dikirim langsung dari alamat-alamat itu.",
    // yahoo.aol_rtr_bb
    "AOL menolak alamat yang dicantumkannya sebagai dinamis atau rumahan; blokir dapat dicabut atas permintaan setelah server memiliki nama host lengkap (FQDN).",
    // yahoo.aol_rtr_rd
    "AOL menolak email jika nama reverse DNS alamat IP pengirim tampak seperti nama alamat dinamis.",
    // yahoo.aol_rtr_bl
    "AOL menyebut ini sebagai blokir permanen terhadap alamat IP karena reputasi yang buruk, dan meminta pengirim bergabung dengan complaint feedback loop-nya sebelum mengajukan permintaan dukungan.",
    // yahoo.aol_rly_sn
    "AOL menolak email yang memakai alamat AOL yang dicadangkan sebagai `From` atau `Reply-To`, atau yang mengaku berasal dari afiliasi AOL tetapi datang dari alamat IP yang tidak diotorisasi.",
    // yandex.suspicion_of_spam
    "Filter Yandex menilai isi pesan sebagai spam. Jika sebuah kotak surat hanya mengirim spam, Yandex berhenti menerima email darinya selama 24 jam; pengirim email massal yang sah sebaiknya mengikuti persyaratan Yandex untuk milis yang jujur.",
    // yandex.blocked_by_spam_statistics
    "Yandex memblokir email selama 24 jam dari sumber yang hanya mengirim spam; blokir itu berakhir dengan sendirinya jika spamnya berhenti.",
    // yandex.client_host_blocked
    "Di Yandex, baris ini merupakan bagian dari blokir 24 jam yang sama bagi sumber yang hanya mengirim spam, dan belum tentu berarti tercantum di daftar blokir publik.",
    // yandex.policy_rejection_target
    "Yandex memblokir akun penerima karena melanggar perjanjian penggunanya. Pemiliknya dapat membuka blokir itu dengan mengisi data pribadi yang akurat, atau dengan menghubungi dukungan Yandex.",
    // yandex.mailbox_size_exceeded
    "Ini biasanya berarti penerima jarang memakai kotak suratnya; penerima harus login ke Yandex Mail versi web sebelum kotak surat itu menerima email lagi.",
    // yandex.no_such_user
    "Yandex melaporkan penerima yang tidak dikenal dengan `5.7.1`, kode yang biasanya dipakai untuk penolakan kebijakan, jadi teksnyalah yang menentukan.",
    // yandex.recipient_rate_limit
    "Penerima sedang menerima email dengan laju tinggi, sehingga Yandex menunda email tambahan untuk sementara; percobaan berikutnya biasanya berhasil. Kode `4.2.1` di sini tidak berarti kotak suratnya dinonaktifkan.",
    // zoho.unusual_sending_activity
    "Zoho telah memblokir akun itu setelah ada aktivitas yang tidak biasa; kode `5.4.6` tidak berarti loop email. Blokir sementara akan dicabut setelah beberapa waktu, atau lebih cepat melalui halaman UnblockMe Zoho atau Admin Console.",
    // zoho.rejected_by_destination_domain
    "Filter yang dibuat organisasi penerima di Zoho menolak pesan ini; hanya administrator organisasi itu yang dapat mengubahnya.",
    // zoho.restricted_by_policy
    "Filter yang dibuat organisasi penerima di Zoho menolak pesan ini; hanya administrator organisasi itu yang dapat mengubahnya.",
    // zoho.temporary_system_error
    "Domain penerima di Zoho untuk sementara tidak menerima email; percobaan berikutnya biasanya berhasil. Kode `4.3.1` tidak berarti kotak suratnya penuh.",
    // zoho.dmarc_rejected
    "Untuk pengirim `zoho.com`, ini biasanya berarti alamat itu dipakai dari layanan atau aplikasi lain tanpa melalui server SMTP Zoho.",
    // zoho.relaying_disallowed_as
    "ZeptoMail menolak alamat `From` yang domainnya bukan domain yang boleh dipakai akun itu untuk mengirim.",
    // zoho.subject_mandatory
    "ZeptoMail menolak pesan tanpa subjek; kode `5.2.1` yang dikirimnya di sini tidak berarti kotak surat yang dinonaktifkan.",
];

/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next.
pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [
    // 421 vs 503
    [
        "Apakah server menutup koneksi?",
        "Ya untuk `421`: server mengakhiri sesi dan tidak memproses apa pun lagi di dalamnya. Tidak untuk `503`: sesi tetap terbuka, dan yang ditolak hanya perintah yang dikirim dengan urutan yang salah.",
        "Server harus berhenti melayani sesi ini, misalnya karena kelebihan beban atau sedang dimatikan. Server dapat mengirim `421` sebagai pengganti salam pembuka atau sebagai balasan atas perintah apa pun.",
        "Coba terhubung lagi nanti; pesannya tidak bermasalah. Server pengirim menyimpannya di antrean dan mencoba ulang dengan sendirinya.",
        "Klien mengirim perintah yang valid pada saat yang salah dalam sesi, misalnya `RCPT TO` sebelum `MAIL FROM`, atau `DATA` padahal belum ada penerima yang diterima.",
        "Perbaiki urutan perintah di klien, karena mengulangi urutan yang sama akan gagal lagi. Periksa juga balasan sebelum `503`: penolakan sebelumnya sering menjadi penyebabnya.",
    ],
    // 450 vs 550
    [
        "Apakah percobaan yang sama bisa berhasil nanti tanpa perubahan apa pun?",
        "Ya untuk `450`: kotak surat hanya untuk sementara tidak tersedia, jadi percobaan ulang dengan pesan yang sama bisa lolos. Tidak untuk `550`: penolakannya permanen, dan sesuatu harus diubah terlebih dulu.",
        "Kotak surat sedang sibuk atau terkunci, atau kebijakan seperti greylisting meminta pengirim kembali nanti. Biasanya kode ini menjawab `RCPT TO` atau akhir data pesan.",
        "Biasanya tidak perlu apa-apa: server pengirim menaruh pesan di antrean dan mencoba ulang. Jika penundaan berlangsung berhari-hari, admin pengirim membaca teks balasan dan menghubungi postmaster penerima.",
        "Kotak surat tidak ada, pengirim tidak punya akses ke kotak surat itu, atau kebijakan lokal menolak email tersebut, misalnya karena relay atau pemeriksaan pengirim yang gagal. Kode lanjutan menyebutkan yang mana.",
        "Baca kode lanjutannya: untuk `5.1.1`, perbaiki alamatnya; untuk penolakan karena kebijakan seperti `5.7.1`, admin pengirim memeriksa SPF, DKIM, dan daftar blokir. Jangan mengirim ulang tanpa perubahan.",
    ],
    // 421 vs 450
    [
        "Apakah penolakan ini mengakhiri seluruh sesi?",
        "Ya untuk `421`: server menutup koneksi dan tidak memproses apa pun lagi di dalamnya. Tidak untuk `450`: hanya kotak surat atau pesan ini yang ditunda, dan sesi dapat berlanjut.",
        "Server tidak dapat melayani klien saat ini, misalnya karena kelebihan beban, sedang menerapkan greylisting terhadap host yang terhubung, atau sedang dimatikan. Server mengirim `421` sebagai salam pembuka atau sebagai balasan atas perintah apa pun.",
        "Biarkan server pengirim terhubung ulang nanti dengan jeda yang makin panjang. Jika satu alamat IP pengirim terus mendapatkannya, turunkan laju pengiriman dan periksa daftar blokir.",
        "Kotak surat sedang sibuk atau terkunci, atau pemeriksaan seperti greylisting ingin pesan ini dikirim lagi nanti. Server menjawab `RCPT TO` atau akhir data pesan dengan cara ini.",
        "Server pengirim tetap menyimpan pesan di antrean untuk penerima itu dan mencoba ulang nanti; penerima lain dalam sesi tersebut ditangani seperti biasa.",
    ],
    // 421 vs 451
    [
        "Apakah koneksi ditutup setelah balasan ini?",
        "Ya untuk `421`: server menghentikan seluruh sesi dan menutupnya. Tidak untuk `451`: hanya langkah saat ini yang gagal, karena kesalahan lokal, dan koneksi tetap terbuka.",
        "Layanan secara keseluruhan untuk sementara tidak tersedia: server kelebihan beban, menerapkan greylisting, atau harus dimatikan. Server mengirim `421` sebagai salam pembuka atau sebagai balasan atas perintah apa pun, lalu menutup saluran.",
        "Coba terhubung lagi nanti; server pengirim mencoba ulang sesuai jadwalnya sendiri. Jika terus terjadi, baca teks balasan, yang sering menyebutkan alasannya.",
        "Pemeriksaan atau pencarian internal gagal saat server menangani `MAIL FROM`, `RCPT TO` atau data pesan, misalnya kueri DNS atau database yang tidak menjawab.",
        "Coba lagi nanti; sebagian besar kasus pulih dengan sendirinya. Jika berulang, operator server yang membalas harus mencari komponen yang gagal di log-nya.",
    ],
    // 452 vs 552
    [
        "Apakah server pengirim akan mencoba ulang dengan sendirinya?",
        "Ya untuk `452`: server untuk sementara kekurangan ruang penyimpanan atau sudah mencapai batas penerimanya, jadi pesan tetap di antrean. Tidak untuk `552`: batas ukuran atau penyimpanan menolak email itu secara permanen, dan pesan dikembalikan sebagai email pentalan.",
        "Server saat ini kekurangan sumber daya: ruang disk kosong, ruang untuk ukuran yang dinyatakan dengan `SIZE`, atau batas jumlah penerima per pesan sudah tercapai.",
        "Jika penerimanya terlalu banyak, kirim ke penerima yang sudah diterima dan sisanya dalam transaksi berikutnya. Jika masalahnya penyimpanan, coba lagi nanti; jika terus berlanjut, operator mengosongkan ruang.",
        "Pesan lebih besar daripada yang diterima server atau kotak surat, atau kotak surat penerima penuh (`5.2.2`). Kode ini dapat menjawab `MAIL FROM` dengan `SIZE`, `RCPT TO` atau data pesan.",
        "Perkecil pesannya, misalnya dengan membagikan file besar melalui tautan, dan tetap di bawah batas `SIZE` dalam balasan `EHLO`. Jika kotak surat penuh, penerima harus mengosongkan ruang terlebih dulu.",
    ],
    // 550 vs 553
    [
        "Apakah masalahnya ada pada cara alamat itu ditulis?",
        "Tidak untuk `550`: alamatnya dapat dibaca, tetapi kotak suratnya tidak ada atau kebijakan menolak email itu. Ya untuk `553`: alamatnya salah format, memakai karakter yang ditolak server, atau ambigu.",
        "Kotak surat tidak ada, pengirim tidak punya akses ke kotak surat itu, atau aturan lokal seperti kebijakan relay atau spam menolak email tersebut.",
        "Baca kode lanjutannya: untuk `5.1.1`, konfirmasikan alamatnya kepada penerima; untuk `5.7.1`, admin pengirim memeriksa SPF, DKIM, dan daftar blokir.",
        "Alamat di `MAIL FROM` atau `RCPT TO` melanggar aturan sintaksis atau berisi karakter yang tidak diterima server, atau nama pada `VRFY` cocok dengan lebih dari satu pengguna.",
        "Periksa alamatnya karakter demi karakter: tepat satu `@`, tanpa spasi atau kurung yang nyasar, dan domain yang lengkap. Perbaiki lalu kirim lagi.",
    ],
    // 550 vs 551
    [
        "Apakah balasan ini menunjuk ke alamat lain untuk penerima?",
        "Tidak untuk `550`: kotak surat ditolak tanpa petunjuk penerusan apa pun. Ya untuk `551`: pengguna itu tidak lokal di sini, dan teksnya biasanya menyebutkan alamat yang harus dipakai sebagai gantinya.",
        "Kotak surat tidak ada, pengirim tidak punya akses ke kotak surat itu, atau kebijakan lokal menolak email tersebut. Server yang tidak ingin mengungkapkan alamat baru juga menjawab dengan `550`.",
        "Baca kode lanjutan dan teksnya, lalu perbaiki alamatnya atau, untuk penolakan karena kebijakan, minta admin pengirim menyelidikinya. Mengirim ulang tanpa perubahan akan gagal lagi.",
        "Penerima telah pindah atau emailnya ditangani di tempat lain, dan server penerima memilih mengungkapkan alamat baru alih-alih meneruskan pesan itu sendiri.",
        "Pastikan alamat dalam teks masuk akal, kirim pesan ke sana, dan perbarui kontaknya. Jika tidak ada alamat yang disebutkan, tanyakan kepada penerima melalui saluran lain.",
    ],
    // 550 vs 554
    [
        "Dapatkah server mengirimkannya sebagai pengganti salam pembuka?",
        "Tidak untuk `550`: kode ini menjawab sebuah perintah, biasanya untuk menolak satu kotak surat, pengirim, atau pesan. Ya untuk `554`: kode ini dapat menolak seluruh sesi sejak salam pembuka, dan di tempat lain menggagalkan seluruh transaksi.",
        "Seorang penerima tidak dikenal (`5.1.1`) atau email untuknya tidak boleh di-relay, pengirim ditolak, atau kebijakan menolak pesan setelah `DATA`.",
        "Untuk penerima yang tidak dikenal, perbaiki alamatnya. Untuk penolakan karena kebijakan, admin pengirim memperbaiki masalah SPF, DKIM, atau daftar blokir, atau menghubungi postmaster penerima.",
        "Server menolak klien ini sejak awal, tidak ada penerima yang diterima saat `DATA` tiba, atau isinya ditolak setelah data pesan. Ini kode umum jika tidak ada kode yang lebih tepat.",
        "Baca teks dan kode lanjutannya; mengirim ulang tanpa perubahan tidak akan membantu. Setelah salam pembuka `554`, admin domain pengirim memeriksa daftar blokir atau menghubungi pihak penerima.",
    ],
    // 500 vs 501
    [
        "Apakah server mengenali kata perintahnya?",
        "Tidak untuk `500`: perintahnya sendiri tidak dikenal, atau barisnya terlalu panjang untuk dibaca. Ya untuk `501`: perintahnya dikenal, tetapi alamat, parameter, atau argumen setelahnya tidak valid.",
        "Kata perintah salah eja atau tidak dikenal oleh server ini, atau baris perintah lebih panjang daripada batas standar. Selama `AUTH`, kode ini juga melaporkan baris respons yang terlalu panjang.",
        "Perbaiki kliennya: eja perintah dengan benar, jaga panjang baris dalam batas, dan gunakan perintah ekstensi hanya jika balasan `EHLO` mencantumkannya.",
        "Yang mengikuti perintah tidak dapat diterima, misalnya alamat yang salah format di `MAIL FROM` atau `RCPT TO`, argumen `EHLO` yang tidak valid, atau argumen pada perintah yang tidak menerima argumen.",
        "Perbaiki argumennya: alamat di dalam kurung sudut tanpa spasi di sekitar titik dua, nama dan nilai parameter yang valid, tanpa argumen tambahan. Teks balasan sering menunjuk bagian yang salah.",
    ],
    // 502 vs 504
    [
        "Apakah server mendukung perintah itu sendiri?",
        "Tidak untuk `502`: server ini sama sekali tidak menyediakan perintah tersebut. Ya untuk `504`: perintahnya didukung, tetapi opsi atau nilai yang diberikan bersamanya tidak, misalnya mekanisme `AUTH`.",
        "Perintahnya dikenali tetapi tidak diimplementasikan, atau dimatikan oleh operator, biasanya `VRFY`, `EXPN` atau `HELP`. Server yang sangat lama menjawab `EHLO` dengan cara ini.",
        "Jangan ulangi perintah itu di server ini; lanjutkan tanpanya, dan beralihlah ke `HELO` jika `EHLO` ditolak. Tanyakan kepada operator jika Anda benar-benar memerlukan fitur itu.",
        "Klien meminta varian yang tidak ditangani server, paling sering mekanisme `AUTH` yang tidak didukungnya atau tidak diizinkannya sebelum enkripsi (`5.5.4`).",
        "Pilih opsi yang ditawarkan server: mekanisme `AUTH` dari balasan `EHLO`, setelah `STARTTLS` jika perlu. Jika tidak, kirim perintah tanpa parameter yang tidak didukung.",
    ],
    // 530 vs 535
    [
        "Apakah kredensial sudah diperiksa lalu ditolak?",
        "Tidak untuk `530`: belum ada yang diperiksa; perintah itu memerlukan login terlebih dulu, atau di beberapa server `STARTTLS`. Ya untuk `535`: server telah memeriksa nama pengguna dan kata sandi, atau kredensial lain, lalu menolaknya.",
        "Klien mengirim `MAIL FROM` atau perintah lain tanpa login dengan `AUTH`, atau tanpa `STARTTLS` pada server yang mewajibkan enkripsi.",
        "Aktifkan autentikasi untuk server keluar di program email, dan juga TLS jika teksnya memintanya. Perangkat lunak mengirim `STARTTLS`, lalu `EHLO` lagi, lalu `AUTH`, semuanya sebelum `MAIL FROM`.",
        "Pertukaran `AUTH` berakhir dengan kredensial yang tidak cocok: kata sandi salah, pengguna tidak dikenal, atau kredensial tidak memadai untuk akun tersebut. Biasanya kode ini disertai `5.7.8`.",
        "Periksa dan perbaiki nama pengguna dan kata sandi yang tersimpan di program email; beberapa penyedia memerlukan kata sandi tersendiri untuk mengirim. Jangan mencoba lagi dengan kredensial yang sama.",
    ],
    // 550 vs X.1.1
    [
        "Apakah kode itu sendiri menyatakan bahwa kotak suratnya tidak ada?",
        "Tidak untuk `550`: kode ini hanya menyatakan bahwa tindakan ditolak secara permanen, karena alasan ini atau alasan lain seperti kebijakan. Ya untuk `5.1.1`: kode ini menyebutkan satu penyebab, yaitu kotak surat yang tidak ada di domain yang menerima email.",
        "Server secara permanen menolak sebuah alamat atau pesan: penerima tidak dikenal, relay yang tidak diizinkannya, pengirim yang ditolak, atau email yang ditolak oleh kebijakan setelah `DATA`.",
        "Lihat kode lanjutan dan teks setelah `550` sebelum bertindak: keduanya menentukan apakah alamatnya atau pengaturan pengirim yang harus diperbaiki.",
        "Domain penerima menerima email, tetapi kotak surat yang disebut sebelum `@` tidak ada di sana. Server penerima biasanya mengirimkannya dalam bentuk `550 5.1.1` sebagai balasan atas `RCPT TO`.",
        "Periksa ejaan bagian sebelum `@` dan konfirmasikan alamatnya kepada penerima melalui saluran lain. Mengirim ulang ke alamat yang sama tidak akan membantu.",
    ],
    // 4.7.1 vs 5.7.1
    [
        "Apakah server pengirim akan terus mencoba ulang dengan sendirinya?",
        "Ya untuk `4.7.1`: penolakan karena kebijakan ini ditandai sementara, jadi pesan tetap di antrean dan dicoba lagi. Tidak untuk `5.7.1`: penolakannya permanen, dan pesan akan dikembalikan sebagai email pentalan kecuali ada yang diubah.",
        "Aturan keamanan atau kebijakan menolak pengirim untuk sementara, dan server memperkirakan kondisinya akan berlalu. Registri IANA mencantumkan `451` di antara balasan yang dapat membawanya.",
        "Biarkan server pengirim terus mencoba ulang. Jika masih gagal setelah beberapa jam, baca teks balasan untuk mengetahui aturan yang terlibat dan hubungi postmaster penerima.",
        "Kebijakan tidak mengizinkan pengirim ini mengirim ke penerima ini: relay ditolak, filter memblokir host atau pengirim, atau pemeriksaan SPF gagal. Biasanya kode ini muncul sebagai `550 5.7.1`.",
        "Baca teksnya untuk mengetahui aturan yang cocok. Login ke server Anda sendiri alih-alih me-relay, minta admin pengirim memperbaiki SPF atau DMARC, atau minta daftar blokir yang disebutkan untuk menghapus alamat Anda (delisting).",
    ],
    // X.1.0 vs X.1.1
    [
        "Apakah kode ini menyebutkan dengan tepat apa yang salah pada alamatnya?",
        "Tidak untuk `X.1.0`: masalah alamat dilaporkan tanpa detail, jadi hanya teks balasan yang memberikan alasannya. Ya untuk `X.1.1`: kotak surat yang disebut sebelum `@` tidak ada di domain tersebut.",
        "Pemeriksaan alamat pengirim atau salah satu penerima gagal karena alasan yang tidak tercakup oleh kode pengalamatan yang spesifik. Sebagai `2.1.0`, kode ini hanya mengonfirmasi `MAIL FROM` yang diterima.",
        "Periksa kedua alamat dari salah ketik dan karakter nyasar, pastikan domainnya benar, lalu baca teks setelah kode. Jika keduanya benar, tanyakan kepada administrator server yang menolaknya.",
        "Domain penerima menerima email, tetapi kotak suratnya tidak ada di sana. Biasanya kode ini dikirim sebagai `550 5.1.1` untuk `RCPT TO` atau dilaporkan dalam email pentalan.",
        "Perbaiki bagian sebelum `@` atau minta alamat terbaru kepada penerima; mengirim ulang ke alamat yang sama akan gagal lagi.",
    ],
    // X.2.2 vs X.3.4
    [
        "Apakah ukuran pesan ini yang menjadi masalah?",
        "Tidak untuk `X.2.2`: kotak surat penerima telah menghabiskan kuotanya, jadi pesan kecil pun tidak muat. Ya untuk `X.3.4`: pesan lebih besar daripada yang diterima sistem penerima untuk siapa pun.",
        "Kotak surat salah satu penerima telah mencapai kuota penyimpanannya. Server menjawab `RCPT TO` atau akhir data pesan dengan `4.2.2`, atau dengan `552` dan `5.2.2`.",
        "Beri tahu penerima melalui saluran lain; hanya penerima atau admin-nya yang dapat mengosongkan ruang atau menaikkan kuota. Setelah `4.2.2` server Anda mencoba ulang; setelah `5.2.2` kirim lagi nanti.",
        "Pesan melampaui ukuran maksimum sistem, dinilai dari `SIZE` yang dinyatakan pada `MAIL FROM` atau dari ukuran sebenarnya setelah data dikirim. Kode ini muncul sebagai `5.3.4` dengan `552` atau `554`.",
        "Perkecil pesannya, misalnya dengan membagikan file besar melalui tautan. Angka setelah `SIZE` dalam balasan `EHLO` adalah batas server dalam byte.",
    ],
    // X.7.0 vs X.7.1
    [
        "Apakah kode itu sendiri menyatakan bahwa pengirim ini tidak boleh mengirim ke penerima ini?",
        "Tidak untuk `X.7.0`: aturan keamanan atau kebijakan menghentikan perintah, tetapi kode ini tidak menyebutkan alasannya. Ya untuk `X.7.1`: kebijakan tidak mengizinkan pengirim ini mengirim ke penerima ini.",
        "Aturan keamanan menghentikan sebuah perintah dan tidak ada kode yang lebih tepat yang dipakai: `454 4.7.0` untuk gangguan login sementara, `530 5.7.0` jika `AUTH` atau `STARTTLS` harus dilakukan lebih dulu, atau pemblokiran tanpa penjelasan.",
        "Setelah `530`, jalankan `STARTTLS` atau login dengan `AUTH` terlebih dulu; setelah `454`, coba lagi nanti tanpa mengganti kata sandi. Selain itu, baca teksnya atau tanyakan kepada postmaster.",
        "Pihak penerima menolak relay, memblokir host atau pengirim dengan filter, atau menolak email yang gagal dalam pemeriksaan SPF atau DMARC.",
        "Baca teksnya untuk mengetahui aturan yang cocok. Kirim melalui server keluar Anda sendiri alih-alih me-relay, dan minta admin pengirim memperbaiki record SPF, DKIM, atau DMARC.",
    ],
    // 450 vs 451
    [
        "Apakah ada yang gagal di dalam server?",
        "Tidak untuk `450`: server berfungsi, tetapi kotak surat sedang sibuk atau pemeriksaan seperti greylisting meminta percobaan ulang nanti. Ya untuk `451`: pencarian atau layanan di dalam server gagal saat menangani perintah.",
        "Kotak surat sedang sibuk atau terkunci, atau greylisting atau pemblokiran sementara menunda pengirim ini. Server mengirimkannya setelah `RCPT TO` atau data pesan.",
        "Biarkan server pengirim mencoba ulang; email yang terkena greylisting lolos pada percobaan berikutnya. Jika penundaan berlangsung berhari-hari, baca teks balasan dan hubungi postmaster penerima.",
        "Saat menangani `MAIL FROM`, `RCPT TO` atau data pesan, pencarian atau komponen internal gagal, misalnya kueri DNS atau database yang tidak menjawab.",
        "Biarkan server pengirim mencoba ulang nanti. Jika berulang, operator server yang membalas mencari komponen yang gagal di log-nya, dibantu kode seperti `4.4.3`.",
    ],
    // 451 vs 452
    [
        "Apakah server kehabisan ruang atau mencapai batas penerima?",
        "Tidak untuk `451`: sesuatu di dalam server, misalnya pencarian, gagal saat menangani perintah. Ya untuk `452`: penyimpanan tidak cukup, atau pesan sudah memiliki penerima sebanyak yang diterima server.",
        "Pencarian DNS atau database, atau layanan internal, gagal saat server menangani `MAIL FROM`, `RCPT TO` atau data pesan.",
        "Coba lagi nanti; sebagian besar kasus pulih dengan sendirinya. Jika berulang, operator server yang membalas harus mencari komponen yang gagal di log-nya.",
        "Server kekurangan ruang disk untuk pesan atau untuk ukuran yang dinyatakan dengan `SIZE`, atau `RCPT TO` melewati batas penerima per pesan.",
        "Kirim ke penerima yang sudah diterima, dan sisanya dalam transaksi berikutnya. Jika masalahnya penyimpanan, coba lagi nanti sementara operator mengosongkan ruang.",
    ],
    // 550 vs 552
    [
        "Apakah ukuran email atau penyimpanan kotak surat yang menjadi masalah?",
        "Tidak untuk `550`: alamat atau email ditolak karena alasan lain, misalnya kotak surat yang tidak dikenal atau kebijakan. Ya untuk `552`: pesannya terlalu besar, atau penyimpanan penerima sudah habis.",
        "Penerima tidak dikenal, relay tidak diizinkan, pengirim ditolak, atau kebijakan menolak pesan setelah `DATA`.",
        "Baca kode lanjutannya: untuk `5.1.1`, perbaiki alamatnya; untuk penolakan karena kebijakan seperti `5.7.1`, admin pengirim memeriksa SPF, DKIM, dan daftar blokir.",
        "`SIZE` yang dinyatakan atau pesan yang sebenarnya melebihi batas server atau kotak surat, atau kotak surat penerima penuh (`5.2.2`).",
        "Perkecil pesannya, misalnya dengan membagikan file besar melalui tautan alih-alih melampirkannya. Jika kotak surat penuh, penerima harus mengosongkan ruang.",
    ],
    // 534 vs 535
    [
        "Apakah kata sandi yang sama bisa berhasil dengan mekanisme login lain?",
        "Ya untuk `534`: hanya mekanisme yang dipilih yang ditolak, karena terlalu lemah untuk akun ini. Tidak untuk `535`: kredensialnya sendiri tidak diterima dan harus diperbaiki.",
        "Klien menyebut mekanisme `AUTH` yang lebih lemah daripada yang diizinkan kebijakan server untuk pengguna itu. Kode ini disertai `5.7.9`.",
        "Ulangi `AUTH` dengan mekanisme yang lebih kuat dari balasan `EHLO`, atau ubah metode autentikasi di program email. Kata sandi baru tidak akan membantu.",
        "Di akhir `AUTH`, kata sandinya salah, penggunanya tidak dikenal, atau kredensialnya tidak memadai untuk akun tersebut. Biasanya kode ini disertai `5.7.8`.",
        "Perbaiki nama pengguna dan kata sandi yang tersimpan di program email; beberapa penyedia mewajibkan kata sandi tersendiri untuk mengirim email.",
    ],
    // 534 vs 538
    [
        "Apakah mengenkripsi koneksi sudah cukup untuk mekanisme ini?",
        "Tidak untuk `534`: kebijakan menghendaki mekanisme yang lebih kuat untuk pengguna ini, jadi klien harus memilih mekanisme lain. Ya untuk `538`: mekanismenya diizinkan, tetapi hanya melalui koneksi terenkripsi.",
        "Mekanisme yang disebut dalam `AUTH` lebih lemah daripada yang diizinkan server untuk akun itu (`5.7.9`).",
        "Pilih mekanisme yang lebih kuat dari daftar setelah `AUTH` dalam balasan `EHLO`, atau ubah metode autentikasi di program email.",
        "Server lama menerima `AUTH` dengan sebuah mekanisme, biasanya yang mengirim kata sandi sebagai teks polos, melalui koneksi yang belum menjalankan `STARTTLS` (`5.7.11`). RFC 4954 menyatakan kode ini usang.",
        "Kirim `STARTTLS`, lalu `EHLO` lagi, dan ulangi `AUTH` melalui koneksi terenkripsi; di program email, aktifkan TLS untuk server keluar.",
    ],
    // 454 vs 535
    [
        "Apakah kredensialnya dinilai salah?",
        "Tidak untuk `454`: server tidak dapat memeriksanya, atau tidak dapat memulai TLS, karena gangguan sementara di sisinya. Ya untuk `535`: server telah memeriksa kredensial dan menolaknya.",
        "Layanan pemeriksa kata sandi tidak menjawab selama `AUTH`, atau konfigurasi TLS tidak dapat dipakai saat `STARTTLS` tiba, misalnya karena sertifikat tidak dapat dimuat.",
        "Jangan mengganti kata sandi; coba lagi nanti. Jika terus berlanjut, operator server harus memeriksa layanan autentikasi atau konfigurasi TLS-nya.",
        "Pertukaran `AUTH` berakhir dengan kata sandi yang salah, pengguna yang tidak dikenal, atau kredensial yang tidak memadai untuk akun tersebut.",
        "Perbaiki nama pengguna dan kata sandi di program email. Perangkat lunak klien sebaiknya meminta pengguna memasukkannya lagi alih-alih mencoba ulang dengan kredensial yang sama.",
    ],
    // 220 vs 554
    [
        "Apakah server bersedia melayani klien ini?",
        "Ya untuk `220`: server siap, dan klien melanjutkan dengan `EHLO`. Tidak untuk `554`: jika dikirim sebagai salam pembuka, kode ini langsung menolak klien, dan tidak ada email yang dapat dikirim dalam sesi ini.",
        "Server siap melayani klien yang baru terhubung atau, sebagai balasan atas `STARTTLS`, siap memulai handshake TLS.",
        "Kirim `EHLO`. Setelah `220` untuk `STARTTLS`, selesaikan handshake terlebih dulu, lalu kirim `EHLO` lagi.",
        "Server menolak klien ini sejak awal (\"No SMTP service here\"), biasanya karena kebijakan memblokir host atau alamat IP pengirim.",
        "Kirim `QUIT` dan jangan mencoba lagi tanpa perubahan. Admin domain pengirim memeriksa daftar blokir untuk alamat IP tersebut atau menghubungi pihak penerima.",
    ],
    // 250 vs 251
    [
        "Apakah balasan ini menyatakan bahwa penerima telah pindah ke alamat lain?",
        "Tidak untuk `250`: perintahnya sekadar berhasil, dan server bahkan bisa meneruskan email tanpa memberi tahu. Ya untuk `251`: pengguna itu tidak lokal, dan server akan meneruskan pesan ke alamat yang disebutkannya.",
        "Perintahnya berhasil: `EHLO`, `MAIL FROM` atau `RCPT TO` yang diterima, atau, setelah titik penutup, pesan yang tanggung jawabnya telah diambil alih oleh server.",
        "Tidak ada yang perlu diperbaiki; lanjutkan dengan perintah berikutnya. Jika pesan yang diterima setelah datanya tidak pernah sampai, pesan itu hilang setelah melewati server ini.",
        "Penerima dalam `RCPT TO` atau `VRFY` telah pindah, dan server menerima email itu lalu meneruskannya, dengan menyebutkan alamat baru. Sebagai balasan atas `ETRN`, kode ini berarti tidak ada email yang menunggu.",
        "Tidak ada yang perlu dilakukan untuk pesan ini. Pengirim dapat memperbarui buku alamat agar email berikutnya langsung dikirim ke alamat baru.",
    ],
    // 250 vs 252
    [
        "Sebagai balasan atas `VRFY`, apakah server mengonfirmasi alamatnya?",
        "Ya untuk `250`: server telah memverifikasi pengguna dan menyebutkan kotak suratnya. Tidak untuk `252`: server akan menerima email untuk alamat itu dan mencoba mengirimkannya, tetapi tidak mengatakan apa pun tentang ada atau tidaknya kotak surat itu.",
        "Server telah memverifikasi pengguna yang disebut dalam `VRFY` atau `EXPN` dan menjawab dengan kotak suratnya. Untuk perintah lain, `250` hanya melaporkan keberhasilan.",
        "Tidak ada yang perlu diperbaiki; balasan ini adalah konfirmasi server atas alamat tersebut.",
        "Server tidak mau mengonfirmasi alamat, sering kali karena hal itu membantu spammer mengumpulkan alamat, jadi server menjawab setiap `VRFY` dan `EXPN` dengan cara ini.",
        "Jangan anggap ini bukti bahwa kotak suratnya ada. Hanya dengan mengirim pesan, dan memperhatikan apakah ada email pentalan, Anda bisa mengetahuinya.",
    ],
    // 250 vs 354
    [
        "Apakah server telah menerima pesan untuk dikirimkan?",
        "Ya untuk `250` setelah titik penutup: server telah mengambil alih tanggung jawab atas pesan. Tidak untuk `354`: server baru menunggu pesannya, dan belum ada yang diterima.",
        "Setelah titik penutup pesan, atau potongan `BDAT` terakhir, server mengambil pesan dan akan mengirimkannya atau mengirim email pentalan nanti. Server juga menerima perintah biasa dengan `250`.",
        "Tidak ada yang perlu diperbaiki. Jika pesan tidak pernah sampai, telusuri di log server itu dengan ID antrean yang dicantumkan banyak server dalam teks balasan.",
        "Server menerima `DATA`, setelah setidaknya satu penerima diterima, dan kini menunggu header, badan pesan, dan baris yang hanya berisi satu titik.",
        "Kirim pesannya, akhiri dengan baris titik, lalu tunggu balasan akhir. Jika sesi macet di sini, cari koneksi yang lambat atau tidak stabil di antara kedua server.",
    ],
    // 220 vs 421
    [
        "Apakah server siap melayani sesi ini?",
        "Ya untuk `220`: salam pembuka mempersilakan klien melanjutkan dengan `EHLO`. Tidak untuk `421`: server tidak dapat melayani sekarang dan menutup koneksi, meskipun percobaan berikutnya mungkin berhasil.",
        "Server siap melayani klien yang baru terhubung, atau siap mengenkripsi koneksi setelah `STARTTLS`.",
        "Lanjutkan dengan `EHLO`, atau selesaikan handshake TLS terlebih dulu, lalu kirim `EHLO` lagi.",
        "Server kelebihan beban, menerapkan greylisting terhadap klien, atau sedang dimatikan, jadi server memberi salam pembuka dengan `421`, atau menjawab perintah apa pun dengan kode itu, lalu menutup saluran.",
        "Biarkan server pengirim menaruh pesan di antrean dan terhubung ulang nanti dengan jeda yang makin panjang. Jika terus terjadi, baca teksnya untuk mengetahui alasannya.",
    ],
    // 221 vs 421
    [
        "Apakah klien yang meminta koneksi diakhiri?",
        "Ya untuk `221`: kode ini menjawab `QUIT` dengan salam penutup yang tertib. Tidak untuk `421`: server menutup koneksi atas kehendaknya sendiri karena tidak dapat melanjutkan.",
        "Klien mengirim `QUIT` di akhir sesi. Semua yang dikonfirmasi server sebelumnya dalam sesi ini tetap berlaku.",
        "Tidak ada yang perlu diperbaiki. Jika ada pengiriman yang gagal dalam sesi yang sama, lihat balasan tepat sebelum `QUIT`.",
        "Server kelebihan beban atau harus dimatikan, jadi server menolak klien sejak salam pembuka atau mengakhiri sesi setelah perintah apa pun.",
        "Coba lagi nanti dalam sesi baru; pesannya tidak bermasalah. Transaksi yang belum dikonfirmasi saat koneksi ditutup harus dikirim lagi.",
    ],
    // 421 vs 521
    [
        "Mungkinkah server menerima email jika klien mencoba lagi nanti?",
        "Ya untuk `421`: layanannya hanya tidak tersedia untuk sementara. Tidak untuk `521`: host ini tidak pernah menerima email untuk siapa pun, jadi mencoba ulang tidak ada gunanya.",
        "Kelebihan beban, greylisting, atau proses mematikan server membuat server tidak dapat melayani sesi, jadi server mengirim `421` sebagai pengganti salam pembuka atau sebagai balasan atas perintah apa pun.",
        "Simpan pesan di antrean dan coba lagi nanti dengan jeda yang makin panjang; tidak ada yang perlu diubah pada pesan.",
        "Host ini adalah server tiruan (dummy) untuk host atau domain yang tidak menerima email, dan server itu memberi salam pembuka kepada setiap klien dengan `521`, bukan `220`.",
        "Jangan mencoba ulang ke host ini. Periksa domain penerima dari salah ketik dan minta alamat lain; jika domain itu seharusnya menerima email, admin-nya harus mengarahkan record MX-nya ke server email yang sebenarnya.",
    ],
    // 521 vs 554
    [
        "Apakah host ini menolak email dari semua pihak?",
        "Ya untuk `521`: host ini sama sekali tidak menerima email. Tidak untuk `554`: server pada umumnya menerima email, tetapi menolak klien ini, transaksi ini, atau isi ini.",
        "Host ini ada hanya untuk menyatakan bahwa ia tidak menerima email, biasanya untuk domain tanpa layanan email, dan memberi salam pembuka kepada setiap klien dengan `521`.",
        "Jangan mencoba ulang ke host ini. Periksa domain penerima dari salah ketik dan minta alamat lain; jika domain itu seharusnya menerima email, admin-nya memperbaiki record MX-nya.",
        "Server menolak klien ini sejak salam pembuka, biasanya karena alasan kebijakan, atau menggagalkan transaksi, misalnya karena isi yang ditolak setelah data pesan.",
        "Baca teks dan kode lanjutannya. Setelah salam pembuka ditolak, admin domain pengirim memeriksa daftar blokir atau menghubungi pihak penerima; jika tidak, ubah isi yang ditolak.",
    ],
    // 454 vs 530
    [
        "Apakah klien melewatkan langkah yang wajib?",
        "Tidak untuk `454`: klien sudah mencoba langkah itu, tetapi server tidak dapat menyelesaikannya karena gangguan sementara. Ya untuk `530`: perintah itu memerlukan `AUTH`, atau `STARTTLS`, sebelum server mau menjalankannya.",
        "Server tidak dapat memeriksa kredensial selama `AUTH` karena layanan kata sandinya tidak menjawab, atau tidak dapat memulai TLS setelah `STARTTLS`.",
        "Coba lagi nanti tanpa mengganti kata sandi. Jika terus berlanjut, operator server memeriksa layanan autentikasi atau konfigurasi TLS.",
        "`MAIL FROM` atau perintah lain tiba sebelum login, atau sebelum enkripsi pada server yang mewajibkan TLS.",
        "Aktifkan autentikasi di program email, dan juga TLS jika teksnya memintanya. Perangkat lunak mengirim `STARTTLS`, `EHLO`, dan `AUTH` sebelum `MAIL FROM`.",
    ],
    // 500 vs 502
    [
        "Apakah server mengenal perintah itu?",
        "Tidak untuk `500`: kata perintahnya tidak dikenal atau salah eja, atau barisnya terlalu panjang untuk dibaca. Ya untuk `502`: server mengenali perintahnya, tetapi tidak mengimplementasikannya atau telah mematikannya.",
        "Perintahnya salah eja atau tidak dikenal, misalnya ekstensi yang tidak pernah ditawarkan server, atau barisnya melebihi batas panjang.",
        "Perbaiki perintah di klien: betulkan ejaannya, perpendek barisnya, dan gunakan perintah ekstensi hanya jika balasan `EHLO` mencantumkannya.",
        "Perintah yang dikenal seperti `VRFY`, `EXPN` atau `HELP` tidak tersedia di sini. Server yang sangat lama menjawab `EHLO` dengan cara ini karena hanya mengenal `HELO`.",
        "Lanjutkan tanpa perintah itu, dan beralihlah ke `HELO` jika `EHLO` ditolak. Jika Anda memerlukan fiturnya, tanyakan kepada operator apakah fitur itu dapat diaktifkan.",
    ],
    // 500 vs 503
    [
        "Apakah perintah itu sendiri valid?",
        "Tidak untuk `500`: server tidak mengenalinya. Ya untuk `503`: perintahnya benar, tetapi dikirim pada saat yang salah dalam sesi.",
        "Barisnya berisi perintah yang tidak dikenal atau salah eja, atau lebih panjang daripada batas standar.",
        "Perbaiki perintah di klien; baris yang sama akan gagal lagi jika dikirim ulang.",
        "Perintah yang valid tiba dengan urutan yang salah, misalnya `DATA` sebelum ada penerima yang diterima atau `RCPT TO` sebelum `MAIL FROM`.",
        "Perbaiki urutan perintah, atau kirim `RSET` untuk mulai dari keadaan bersih. Periksa apakah penolakan sebelumnya membuat transaksi tidak memiliki pengirim atau penerima.",
    ],
    // 501 vs 503
    [
        "Apakah argumen perintah yang bermasalah?",
        "Ya untuk `501`: sebuah alamat, parameter, atau argumen salah format atau di luar rentang. Tidak untuk `503`: perintah dan argumennya benar, tetapi dikirim pada waktu yang salah.",
        "Klien mengirim alamat yang salah format di `MAIL FROM` atau `RCPT TO`, argumen `EHLO` yang tidak valid, atau argumen pada perintah yang tidak menerima argumen.",
        "Perbaiki argumennya di klien; teks setelah kode sering menunjuk bagian yang salah.",
        "`MAIL FROM` kedua datang di dalam transaksi yang masih terbuka, `RCPT TO` datang sebelum `MAIL FROM`, atau `AUTH` datang setelah login berhasil.",
        "Perbaiki urutan perintah di klien, atau kirim `RSET` dan mulai transaksi dari awal.",
    ],
    // 502 vs 503
    [
        "Apakah perintah itu akan diterima pada titik lain dalam sesi?",
        "Tidak untuk `502`: server ini tidak mengimplementasikan perintah itu, atau telah mematikannya, kapan pun perintah itu dikirim. Ya untuk `503`: perintahnya didukung dan hanya datang dengan urutan yang salah.",
        "Klien memakai `VRFY`, `EXPN`, `HELP` atau, pada server yang sangat lama, `EHLO`, dan server tidak menyediakannya. Server relay on-demand menolak sebagian besar perintah dengan cara ini.",
        "Berhenti mengirim perintah itu ke server ini dan lanjutkan tanpanya.",
        "Perintah yang valid tiba saat sesi belum siap menerimanya, misalnya `DATA` tanpa penerima yang diterima.",
        "Perbaiki urutan perintah klien: `EHLO`, `AUTH` jika perlu, `MAIL FROM`, satu atau beberapa `RCPT TO`, lalu `DATA`.",
    ],
    // 503 vs 554
    [
        "Apakah perintahnya hanya dikirim pada saat yang salah?",
        "Ya untuk `503`: perintah yang valid datang dengan urutan yang salah. Tidak untuk `554`: server menolak sesi atau transaksi itu sendiri, misalnya karena tidak ada penerima yang valid atau isinya ditolak.",
        "Klien mengirim `RCPT TO` sebelum `MAIL FROM` atau `DATA` tanpa penerima yang diterima, atau terus mengirim perintah setelah salam pembuka `554` menolak sesi.",
        "Perbaiki urutan perintah. Jika sesi dimulai dengan `554`, salam pembuka itulah masalah yang sebenarnya.",
        "Server menolak klien sejak salam pembuka, menggagalkan `DATA` karena tidak ada penerima yang diterima, atau menolak isi setelah data pesan.",
        "Baca teks dan kode lanjutannya. Jika salam pembuka ditolak, admin domain pengirim memeriksa daftar blokir; isi yang ditolak harus diubah.",
    ],
    // 501 vs 504
    [
        "Apakah sintaksis perintahnya benar?",
        "Tidak untuk `501`: sebuah argumen salah format, berulang, atau di luar rentang. Ya untuk `504`: perintahnya ditulis dengan benar, tetapi server tidak menyediakan opsi atau nilai yang disebutkannya.",
        "Sebuah alamat, parameter, atau argumen melanggar sintaksis, misalnya alamat yang salah format, atau data selama `AUTH` yang bukan Base64 valid.",
        "Perbaiki argumennya di klien, dan periksa nama serta nilai parameter sesuai ekstensi yang mendefinisikannya.",
        "Klien menyebut sesuatu yang tidak diimplementasikan server, paling sering mekanisme `AUTH` yang tidak didukungnya atau tidak diizinkannya pada koneksi ini.",
        "Pilih mekanisme `AUTH` yang tercantum dalam balasan `EHLO`, dengan menjalankan `STARTTLS` lebih dulu jika perlu, atau kirim perintah tanpa parameter tersebut.",
    ],
    // 501 vs 553
    [
        "Dapatkah balasan ini menyangkut hal lain selain nama kotak surat?",
        "Ya untuk `501`: kode ini mencakup argumen atau parameter apa pun yang salah format, dan alamat hanyalah salah satu kasusnya. Tidak untuk `553`: kode ini selalu menyangkut nama kotak surat yang salah format, tidak diizinkan, atau ambigu.",
        "Sebuah argumen salah format: alamat yang rusak, argumen `EHLO` yang tidak valid, nilai parameter ekstensi yang keliru, atau argumen pada perintah yang tidak menerima argumen.",
        "Perbaiki baris perintahnya; teks balasan sering menyebutkan bagian yang salah.",
        "Alamat di `MAIL FROM` atau `RCPT TO` memiliki sintaksis yang salah atau karakter yang tidak diterima server, misalnya karakter non-ASCII, atau nama pada `VRFY` cocok dengan beberapa pengguna.",
        "Periksa alamatnya karakter demi karakter dan perbaiki. Untuk alamat non-ASCII, gunakan alamat ASCII biasa milik penerima jika ia memilikinya.",
    ],
    // 501 vs 555
    [
        "Apakah masalahnya parameter ekstensi yang tidak didukung server?",
        "Tidak untuk `501`: perintah atau parameternya dikenal, tetapi argumennya ditulis dengan salah. Ya untuk `555`: sebuah parameter pada `MAIL FROM` atau `RCPT TO` tidak dikenal atau tidak diimplementasikan di sini.",
        "Sebuah alamat salah format, sebuah argumen di luar rentang, atau sebuah parameter ekstensi memiliki nilai yang tidak valid.",
        "Perbaiki argumennya; teks setelah kode sering menunjuk ke sana.",
        "Klien menambahkan parameter seperti `SMTPUTF8`, `REQUIRETLS` atau `MT-PRIORITY` yang tidak diumumkan server setelah `EHLO`.",
        "Kirim hanya parameter yang tercantum dalam balasan `EHLO`, atau hapus parameter itu. Jika pesan memerlukan ekstensi tersebut, kirimkan melalui server yang mendukungnya.",
    ],
    // 504 vs 555
    [
        "Dapatkah kode ini menjawab `AUTH`?",
        "Ya untuk `504`: kode ini menolak opsi dari banyak perintah, paling sering mekanisme `AUTH`. Tidak untuk `555`: kode ini hanya menjawab `MAIL FROM` dan `RCPT TO`, untuk parameter ekstensi yang tidak dikenal server.",
        "Perintahnya didukung, tetapi varian yang diminta tidak: mekanisme `AUTH`, argumen `VRFY`, `EXPN` atau `HELP`, atau parameter konversi konten.",
        "Gunakan opsi yang ditawarkan server, misalnya mekanisme dari balasan `EHLO`, atau jangan sertakan parameternya.",
        "`MAIL FROM` atau `RCPT TO` membawa parameter yang tidak diumumkan server, atau tenggat Deliver By yang tidak akan pernah dapat dipenuhinya.",
        "Kirim hanya parameter yang diumumkan, atau hapus parameter yang ditolak; kirim melalui server lain jika pesan bergantung padanya.",
    ],
    // 455 vs 555
    [
        "Mungkinkah parameter yang sama diterima nanti?",
        "Ya untuk `455`: server memahami parameternya, tetapi saat ini tidak dapat memenuhinya. Tidak untuk `555`: server tidak mengenali atau tidak mengimplementasikannya, jadi parameter itu gagal setiap kali.",
        "Sebuah parameter pada `MAIL FROM` atau `RCPT TO` meminta sesuatu yang saat ini tidak dapat disediakan server, misalnya tenggat Deliver By yang mustahil dipenuhi dalam kondisi saat ini.",
        "Coba lagi nanti. Jika terus terjadi, kirim tanpa parameter itu atau longgarkan nilainya, misalnya dengan tenggat yang lebih lama.",
        "Sebuah parameter pada `MAIL FROM` atau `RCPT TO` tidak diumumkan setelah `EHLO`, jadi server tidak mendukungnya.",
        "Hapus parameter itu, atau kirim melalui server yang mendukung ekstensi tersebut.",
    ],
    // 504 vs 534
    [
        "Apakah mekanisme itu ditolak hanya untuk akun pengguna ini?",
        "Tidak untuk `504`: server tidak mendukung mekanisme itu, atau tidak mengizinkannya pada koneksi ini. Ya untuk `534`: kebijakan server mewajibkan mekanisme yang lebih kuat untuk pengguna ini.",
        "`AUTH` menyebut mekanisme yang tidak diimplementasikan server, atau yang hanya diizinkannya setelah `STARTTLS` (`5.5.4`).",
        "Pilih mekanisme dari daftar dalam balasan `EHLO`, dan jalankan `STARTTLS` lebih dulu jika mekanisme yang Anda inginkan hanya ditawarkan setelahnya.",
        "Mekanisme yang disebut dalam `AUTH` lebih lemah daripada yang diizinkan kebijakan untuk akun itu (`5.7.9`).",
        "Gunakan mekanisme yang lebih kuat; di program email, ubah metode autentikasinya. Kata sandi baru tidak akan membantu.",
    ],
    // 504 vs 538
    [
        "Apakah ini balasan yang seharusnya dikirim server saat ini?",
        "Ya untuk `504`: RFC 4954 meminta server saat ini menolak mekanisme yang tidak didukung atau belum ditawarkan dengan kode ini. Tidak untuk `538`: kode ini sudah usang, dan dikirim oleh server lama untuk meminta enkripsi sebelum mekanisme tersebut dipakai.",
        "`AUTH` menyebut mekanisme yang tidak didukung server, atau yang tidak ditawarkannya pada koneksi yang tidak terenkripsi.",
        "Pilih mekanisme yang tercantum dalam balasan `EHLO` terbaru; setelah `STARTTLS` dan `EHLO` baru, mungkin ada lebih banyak mekanisme yang ditawarkan.",
        "Server lama menerima `AUTH` dengan sebuah mekanisme, biasanya yang mengirim kata sandi sebagai teks polos, sebelum `STARTTLS` (`5.7.11`).",
        "Kirim `STARTTLS`, lalu `EHLO` lagi, dan ulangi `AUTH`. Operator server sebaiknya berhenti mengirim kode ini.",
    ],
    // 530 vs 550
    [
        "Apakah satu-satunya masalah adalah login atau enkripsi yang belum dilakukan?",
        "Ya untuk `530`: server hanya menginginkan `AUTH`, atau di beberapa server `STARTTLS`, sebelum melanjutkan. Tidak untuk `550`: kotak surat atau pesannya sendiri yang ditolak, misalnya karena alamat yang tidak dikenal atau aturan kebijakan.",
        "`MAIL FROM` atau perintah berikutnya datang sebelum `AUTH`, atau sebelum `STARTTLS` pada server yang mewajibkan TLS.",
        "Aktifkan autentikasi, dan juga TLS jika teksnya memintanya, untuk server keluar di program email, lalu kirim lagi.",
        "Penerima tidak dikenal, relay ditolak, pengirim diblokir, atau kebijakan menolak pesan.",
        "Ikuti kode lanjutannya: untuk `5.1.1`, perbaiki alamatnya; untuk `5.7.1`, kirim melalui server Anda sendiri dengan autentikasi atau perbaiki pengaturan pengirim.",
    ],
    // 550 vs 556
    [
        "Apakah penolakan ini berlaku untuk semua alamat di domain tersebut?",
        "Tidak untuk `550`: satu kotak surat, pengirim, atau pesan ditolak, dan alamat lain di domain itu mungkin berfungsi. Ya untuk `556`: domain itu menyatakan bahwa ia sama sekali tidak menerima email.",
        "Sebuah kotak surat tidak dikenal, pengirim tidak boleh memakainya, atau kebijakan menolak email ini.",
        "Baca kode lanjutannya: perbaiki alamatnya, atau minta admin pengirim memperbaiki masalah kebijakannya.",
        "Server relay atau server submission menemukan record null MX untuk domain penerima dan menolak `RCPT TO` tanpa mencoba terhubung (`5.1.10`).",
        "Periksa domain setelah `@` dari salah ketik dan minta alamat yang berfungsi. Pemilik domain yang ingin menerima email mengganti null MX dengan record MX yang sebenarnya.",
    ],
    // 552 vs 554
    [
        "Apakah kode balasan itu sendiri menyatakan bahwa ukuran atau penyimpanan yang menjadi masalah?",
        "Ya untuk `552`: artinya batas ukuran atau penyimpanan terlampaui. Tidak untuk `554`: kode ini sendiri tidak menyebutkan penyebab, dan hanya kode lanjutan, seperti `5.3.4`, atau teksnya yang dapat menjelaskan apa yang gagal.",
        "`SIZE` yang dinyatakan pada `MAIL FROM` melebihi batas, data pesan ternyata terlalu besar, atau kotak surat penerima penuh.",
        "Perkecil pesannya atau kirim file besar sebagai tautan. Jika kotak surat penuh, penerima harus mengosongkan ruang.",
        "Server menolak klien sejak salam pembuka, tidak menemukan penerima yang diterima saat `DATA`, atau menolak isi setelah data pesan.",
        "Baca teks dan kode lanjutannya untuk mengetahui alasannya, lalu ubah yang ditolak; mengirim ulang tanpa perubahan tidak akan membantu.",
    ],
    // 553 vs 554
    [
        "Apakah masalahnya ada pada satu alamat kotak surat?",
        "Ya untuk `553`: nama kotak surat salah format, tidak diizinkan, atau ambigu. Tidak untuk `554`: yang ditolak adalah seluruh transaksi atau sesi, bukan satu alamat.",
        "Alamat di `MAIL FROM` atau `RCPT TO` salah format atau memakai karakter yang tidak diterima server, atau nama pada `VRFY` ambigu.",
        "Perbaiki alamatnya karakter demi karakter, lalu kirim lagi.",
        "Server menolak klien sejak salam pembuka, tidak memiliki penerima yang valid saat `DATA`, atau menolak isinya.",
        "Baca teks dan kode lanjutannya. Ubah isi yang ditolak, atau minta admin domain pengirim mencabut pemblokiran terhadap host pengirim.",
    ],
    // 251 vs 551
    [
        "Apakah server meneruskan pesan itu sendiri?",
        "Ya untuk `251`: server menerima alamat penerima itu dan meneruskan email ke alamat baru. Tidak untuk `551`: server menolak alamat penerima itu, dan klien harus mengirim sendiri ke alamat baru.",
        "Penerima telah pindah, dan server menerima email itu lalu meneruskannya, dengan menyebutkan alamat baru.",
        "Tidak ada yang perlu dilakukan untuk pesan ini; pengirim dapat memperbarui buku alamat.",
        "Email penerima ditangani di tempat lain, dan server penerima mengungkapkan alamat baru alih-alih meneruskan email.",
        "Pastikan alamat dalam teks masuk akal, kirim pesan ke sana, dan perbarui kontaknya.",
    ],
    // 235 vs 535
    [
        "Apakah login berhasil?",
        "Ya untuk `235`: kredensial diterima untuk sisa sesi. Tidak untuk `535`: server menolak nama pengguna, kata sandi, atau kredensial lain.",
        "Pertukaran `AUTH` selesai dengan kredensial yang valid, biasanya disertai kode lanjutan `2.7.0`.",
        "Lanjutkan dengan `MAIL FROM`. Jika pengiriman tetap gagal, penyebabnya ada di balasan berikutnya.",
        "Pertukaran `AUTH` berakhir dengan kata sandi yang salah, pengguna yang tidak dikenal, atau kredensial yang tidak memadai untuk akun tersebut, biasanya disertai `5.7.8`.",
        "Perbaiki kredensial di program email; perangkat lunak klien sebaiknya meminta pengguna memasukkannya lagi alih-alih mencobanya ulang.",
    ],
    // 235 vs 334
    [
        "Apakah pertukaran `AUTH` sudah selesai?",
        "Ya untuk `235`: login berhasil. Tidak untuk `334`: server menunggu jawaban berikutnya dari klien dalam pertukaran ini.",
        "Klien menyelesaikan `AUTH` dengan kredensial yang diterima server.",
        "Lanjutkan dengan `MAIL FROM` dan sisa transaksi.",
        "Setelah `AUTH`, dan setelah setiap jawaban klien, server mengirim data base64 untuk mekanisme tersebut, yang mungkin kosong, sampai pertukaran selesai.",
        "Jawab dengan satu baris base64, atau dengan `*` untuk membatalkan. Jika login macet di sini, pastikan kedua pihak mendukung mekanisme tersebut dan tidak ada yang memutus koneksi.",
    ],
    // 334 vs 354
    [
        "Apakah server sedang menunggu isi pesan?",
        "Tidak untuk `334`: server menunggu langkah berikutnya dari login `AUTH`. Ya untuk `354`: server menerima `DATA` dan menunggu pesannya, yang diakhiri dengan baris yang hanya berisi satu titik.",
        "Selama `AUTH`, server mengirim data yang ditentukan oleh mekanisme, misalnya sebuah tantangan (challenge), dan menunggu jawaban base64 dari klien.",
        "Kirim jawaban base64, atau `*` untuk membatalkan login.",
        "Server menerima `DATA`, setelah setidaknya satu penerima diterima, dan menunggu header, badan pesan, dan titik penutup.",
        "Kirim pesannya dan baris titik, lalu tunggu balasan akhir.",
    ],
    // 432 vs 535
    [
        "Apakah kata sandinya ditolak?",
        "Tidak untuk `432`: server memerlukan satu kali login dengan `PLAIN` sebelum mekanisme yang dipilih dapat berfungsi untuk akun itu. Ya untuk `535`: kredensialnya tidak diterima.",
        "Server belum menyimpan kredensial akun dalam bentuk yang diperlukan mekanisme `AUTH` yang diminta (`4.7.12`).",
        "Login sekali dengan `PLAIN`, hanya melalui koneksi terenkripsi, lalu kembali ke mekanisme pilihan Anda.",
        "Di akhir `AUTH`, kata sandinya salah, penggunanya tidak dikenal, atau kredensialnya tidak memadai untuk akun tersebut.",
        "Perbaiki nama pengguna dan kata sandi yang tersimpan di program email.",
    ],
    // 551 vs X.1.6
    [
        "Apakah ada alamat baru yang diberikan?",
        "Ya untuk `551`: teksnya biasanya menyebutkan alamat yang harus dipakai sebagai gantinya. Tidak untuk `X.1.6`: kotak suratnya telah pindah, tetapi tidak ada alamat penerusan yang diketahui.",
        "Email pengguna ditangani di tempat lain, dan server penerima mengungkapkan alamat baru sebagai balasan atas `RCPT TO` atau `VRFY`.",
        "Pastikan alamat yang disebutkan masuk akal, kirim pesan ke sana, dan perbarui kontaknya.",
        "Alamat lama, misalnya milik orang yang sudah keluar dari sebuah organisasi, tidak lagi menerima email, dan server tidak punya alamat baru untuk diberikan.",
        "Hapus alamat itu dari kontak dan milis, lalu minta alamat terbaru kepada orang tersebut.",
    ],
    // X.2.2 vs X.2.3
    [
        "Apakah pesan yang lebih kecil akan muat di kotak surat ini?",
        "Tidak untuk `X.2.2`: kotak surat telah menghabiskan kuotanya, dan tidak ada yang muat sampai penerima mengosongkan ruang. Ya untuk `X.2.3`: pesan melampaui batas ukuran khusus kotak surat ini, jadi pesan yang lebih kecil dapat lolos.",
        "Kotak surat penerima melewati kuota penyimpanannya, yang diketahui saat `RCPT TO`, di akhir data pesan, atau pada pengiriman akhir.",
        "Beri tahu penerima melalui saluran lain; penerima harus menghapus atau mengarsipkan email, atau admin-nya menaikkan kuota. Setelah `4.2.2` server Anda mencoba ulang; setelah `5.2.2` kirim lagi nanti.",
        "Penerima memiliki batas ukuran yang lebih rendah daripada batas umum server, dan pesan melampauinya. Server mengirimkannya dengan `552`, biasanya setelah data pesan.",
        "Hapus atau kompres lampiran, atau bagikan file besar melalui tautan. Jika penerima perlu menerima file besar, administratornya dapat menaikkan batas kotak suratnya.",
    ],
    // X.1.1 vs X.1.2
    [
        "Apakah domain penerima menerima email?",
        "Ya untuk `X.1.1`: domainnya berfungsi, tetapi kotak surat sebelum `@` tidak ada di sana. Tidak untuk `X.1.2`: bagian setelah `@` tidak ada atau tidak dapat menerima email.",
        "Server penerima mengenal domainnya tetapi tidak mengenal kotak suratnya, dan menjawab `RCPT TO` dengan `550 5.1.1`, atau server berikutnya melaporkannya dalam email pentalan.",
        "Periksa bagian sebelum `@` dan konfirmasikan alamatnya kepada penerima; orang itu mungkin sudah keluar atau berganti alamat.",
        "Pencarian DNS untuk domain penerima tidak menemukan domain tersebut atau server email yang dapat dipakai. Server pengirim melaporkannya dalam email pentalan, dan relay dapat menolak `RCPT TO` dengan kode ini.",
        "Periksa apakah ada salah ketik pada domain, misalnya akhiran yang salah eja, dan konfirmasikan kepada penerima. Jika domain itu milik Anda, daftarkan domainnya dan publikasikan record MX yang benar.",
    ],
    // X.1.1 vs X.2.1
    [
        "Apakah kotak suratnya ada?",
        "Tidak untuk `X.1.1`: tidak ada kotak surat dengan nama itu di domain tersebut. Ya untuk `X.2.1`: kotak suratnya ada, tetapi telah dinonaktifkan untuk email masuk.",
        "Nama sebelum `@` tidak dikenal di domain yang menerima email, jadi `RCPT TO` mendapat `550 5.1.1`.",
        "Perbaiki alamatnya atau minta alamat terbaru kepada penerima; mengirim ulang tanpa perubahan akan gagal lagi.",
        "Penyedia telah menangguhkan, mengunci, atau menutup akun itu tanpa menghapusnya. `4.2.1` berarti pemblokiran untuk sementara waktu, `5.2.1` pemblokiran yang tidak akan dicabut.",
        "Hubungi penerima dengan cara lain untuk mendapatkan alamat yang berfungsi atau agar akunnya diaktifkan kembali. Setelah `4.2.1` server Anda mencoba ulang dengan sendirinya.",
    ],
    // X.4.1 vs X.4.2
    [
        "Apakah koneksi ke server berikutnya berhasil dibuat?",
        "Tidak untuk `X.4.1`: host itu tidak pernah menjawab, karena sibuk, mati, atau tidak dapat dijangkau. Ya untuk `X.4.2`: koneksi terbentuk, tetapi gagal sebelum transaksi selesai.",
        "Server pengirim tidak mendapat jawaban dari host email penerima: koneksinya kehabisan waktu atau ditolak. Server melaporkannya dalam pemberitahuan penundaan atau log-nya.",
        "Tunggu percobaan ulangnya. Jika berlangsung berjam-jam, periksa record MX domain penerima, apakah server-servernya berjalan dan menerima koneksi, dan apakah ada firewall yang memblokirnya.",
        "Pihak lain berhenti merespons selama sesi, atau koneksinya terputus, misalnya di tengah transfer `DATA` yang panjang.",
        "Biarkan server pengirim mencoba ulang, dengan memperlakukan transaksi itu seperti `451` yang sementara. Jika satu tujuan terus gagal, cari kehilangan paket dan periksa batas waktu (timeout) di kedua sisi.",
    ],
    // X.4.1 vs X.4.7
    [
        "Apakah pengiriman berakhir karena pesannya sudah terlalu lama?",
        "Tidak untuk `X.4.1`: kode ini menyebutkan hambatan yang sebenarnya, yaitu host berikutnya yang tidak menjawab. Ya untuk `X.4.7`: pesan berada di antrean melewati waktu yang diizinkan, atau melewati tenggat yang ditetapkan pengirim.",
        "Koneksi ke host email penerima kehabisan waktu atau ditolak, sehingga host tampak sibuk, mati, atau tidak dapat dijangkau.",
        "Biarkan server pengirim terus mencoba ulang. Jika berlangsung berjam-jam, periksa record MX penerima, server emailnya, dan firewall apa pun di antaranya.",
        "Server pengirim mencoba ulang ke suatu tujuan selama berhari-hari tanpa hasil lalu menyerah, atau tenggat yang ditetapkan dengan ekstensi Deliver By terlewati.",
        "Cari kesalahan dari percobaan-percobaan sebelumnya di email pentalan atau log server, perbaiki penyebab sebenarnya itu, lalu kirim pesannya lagi.",
    ],
    // X.7.1 vs X.7.26
    [
        "Apakah kode ini menyatakan bahwa beberapa pemeriksaan autentikasi gagal?",
        "Tidak untuk `X.7.1`: kode ini hanya menyatakan bahwa kebijakan menolak pengiriman, yang bisa disebabkan relay, daftar blokir, atau satu pemeriksaan yang gagal. Ya untuk `X.7.26`: lebih dari satu pemeriksaan, seperti SPF, DKIM, atau reverse DNS, gagal.",
        "Pihak penerima menolak relay, memblokir host atau pengirim, atau menolak pesan yang gagal dalam pemeriksaan SPF atau DMARC.",
        "Baca teksnya untuk mengetahui aturan yang cocok. Gunakan server Anda sendiri alih-alih me-relay; admin pengirim memperbaiki SPF atau DMARC, atau meminta daftar blokir yang disebutkan untuk menghapus alamatnya (delisting).",
        "Pesan gagal dalam beberapa pemeriksaan autentikasi penerima, dan kebijakannya menolak pesan itu. Server memakai kode ini alih-alih hanya menyebut kegagalan pertama.",
        "Admin pengirim memperbaiki setiap pemeriksaan: semua server pengirim tercantum di SPF, tanda tangan DKIM dari domain `From`, dan reverse DNS yang cocok. Pesan uji akan menampilkan setiap hasilnya.",
    ],
    // X.7.23 vs X.7.24
    [
        "Apakah pemeriksaan SPF sampai pada suatu hasil?",
        "Ya untuk `X.7.23`: hasilnya \"fail\", karena record domain itu tidak mengizinkan alamat IP pengirim. Tidak untuk `X.7.24`: sebuah kesalahan menghentikan pemeriksaan, yaitu masalah DNS atau record yang rusak.",
        "Domain di `MAIL FROM`, atau nama `HELO`, memublikasikan SPF yang tidak mencakup alamat IP pengirim, dan kebijakan penerima menolak email seperti itu.",
        "Admin pengirim menambahkan setiap server pengirim yang sah ke record SPF. Jika penerusan menjadi penyebabnya, pihak penerus sebaiknya menulis ulang `MAIL FROM` ke domainnya sendiri.",
        "Pencarian DNS untuk record SPF kehabisan waktu (`451 4.7.24`), atau record memiliki kesalahan sintaksis, dipublikasikan dua kali, atau memerlukan lebih dari 10 lookup (`550 5.7.24`).",
        "Admin pengirim memastikan hanya ada satu record yang diawali `v=spf1`, memperbaiki salah ketik, dan tetap dalam batas 10 lookup. Untuk bentuk sementara, pastikan DNS menjawab dengan andal.",
    ],
    // X.7.23 vs X.7.26
    [
        "Apakah SPF satu-satunya pemeriksaan yang disebut gagal?",
        "Ya untuk `X.7.23`: hasil SPF adalah \"fail\", dan itulah alasan yang diberikan. Tidak untuk `X.7.26`: beberapa pemeriksaan autentikasi gagal, dan kode ini tidak menyebutkan yang mana.",
        "Alamat IP pengirim tidak tercakup oleh record SPF domain `MAIL FROM` atau nama `HELO`, sering kali setelah layanan email baru ditambahkan atau karena penerusan.",
        "Tambahkan server yang belum tercantum, atau `include:` dari penyedia, ke satu-satunya record SPF domain itu. Untuk penerusan, pihak penerus menulis ulang `MAIL FROM` ke domainnya sendiri.",
        "Lebih dari satu pemeriksaan gagal, misalnya pada email palsu atau email terusan yang merusak SPF sekaligus DKIM. Kegagalan DMARC juga berarti tidak ada yang lolos untuk domain `From`.",
        "Perbaiki SPF, penandatanganan DKIM oleh domain `From`, dan reverse DNS sekaligus, lalu periksa setiap hasilnya di header `Authentication-Results` pada pesan uji.",
    ],
    // X.5.1 vs X.5.2
    [
        "Apakah perintahnya ditulis dengan benar?",
        "Ya untuk `X.5.1`: perintahnya dapat dibaca, tetapi tidak didukung atau datang pada saat yang salah dalam sesi. Tidak untuk `X.5.2`: sintaksisnya salah, atau kata perintahnya tidak dikenal.",
        "Klien mengirim perintah yang tidak didukung atau dimatikan, atau perintah dengan urutan yang salah, misalnya `RCPT TO` sebelum `MAIL FROM` atau perintah sebelum `STARTTLS` yang diwajibkan.",
        "Perbaiki kliennya: pertahankan urutan `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, dan gunakan hanya perintah dari balasan `EHLO`.",
        "Sebuah perintah salah format, atau respons `AUTH` bukan Base64 yang valid. `550 5.5.2` juga melaporkan record SPF yang tidak dapat ditafsirkan.",
        "Cari perintah yang ditolak di log SMTP dan buat klien mengirimkannya dalam format yang benar. Dalam kasus SPF, pemilik domain pengirim memperbaiki record-nya.",
    ],
    // X.2.3 vs X.3.4
    [
        "Apakah batas ukuran ini hanya berlaku untuk penerima ini?",
        "Ya untuk `X.2.3`: kotak surat ini memiliki batasnya sendiri, lebih rendah daripada batas server, dan penerima lain mungkin tetap menerima pesan itu. Tidak untuk `X.3.4`: pesan melampaui ukuran maksimum sistem untuk setiap penerima.",
        "Pesan melampaui batas ukuran yang ditetapkan pada kotak surat salah satu penerima. Kode ini disertai `552`, biasanya setelah data pesan.",
        "Perkecil pesannya, atau minta penerima agar meminta administratornya menaikkan batas kotak suratnya.",
        "`SIZE` yang dinyatakan pada `MAIL FROM`, atau ukuran sebenarnya setelah data dikirim, melebihi ukuran pesan terbesar yang diterima sistem penerima.",
        "Bagikan file besar melalui tautan atau kompres file tersebut, dan tetap di bawah angka setelah `SIZE` dalam balasan `EHLO` server.",
    ],
    // X.1.1 vs X.1.3
    [
        "Apakah alamatnya ditulis dalam format yang benar?",
        "Ya untuk `X.1.1`: alamatnya dapat dibaca, tetapi kotak surat itu tidak ada. Tidak untuk `X.1.3`: alamatnya salah format, jadi server bahkan tidak mencarinya.",
        "Domain menerima email tetapi tidak memiliki kotak surat dengan nama itu; `550 5.1.1` sebagai balasan atas `RCPT TO` adalah bentuk yang umum.",
        "Konfirmasikan alamatnya kepada penerima melalui saluran lain dan perbaiki alamat tersebut.",
        "Alamat penerima berisi karakter terlarang atau spasi, tanda `@` hilang atau berlebih, tidak memakai kurung sudut, atau terlalu panjang. Biasanya kode ini muncul sebagai `501 5.1.3`.",
        "Hapus karakter yang nyasar dan pastikan ada tepat satu `@` dan domain yang valid. Pengembang memastikan `RCPT TO` membawa alamat polos di dalam kurung sudut.",
    ],
    // X.1.1 vs X.1.6
    [
        "Apakah server menyatakan bahwa alamat itu dulu berfungsi?",
        "Tidak untuk `X.1.1`: server hanya menyatakan bahwa tidak ada kotak surat dengan nama itu. Ya untuk `X.1.6`: kotak suratnya telah pindah, dan tidak ada alamat penerusan yang diketahui.",
        "Nama sebelum `@` tidak dikenal di domain yang menerima email.",
        "Periksa alamatnya dari salah ketik dan konfirmasikan kepada penerima.",
        "Alamat itu milik seseorang yang sudah keluar dari organisasi atau pindah ke penyedia lain, dan server tidak punya alamat baru untuk diberikan.",
        "Berhenti memakai alamat itu, hapus dari kontak dan milis, lalu minta alamat terbaru kepada orang tersebut.",
    ],
    // X.1.2 vs X.1.10
    [
        "Apakah domain itu telah menyatakan bahwa ia tidak menerima email?",
        "Tidak untuk `X.1.2`: domainnya tidak ada atau tidak memiliki server email yang dapat dipakai. Ya untuk `X.1.10`: domain itu memublikasikan null MX, pernyataan yang disengaja bahwa ia tidak menerima email.",
        "Pencarian DNS untuk domain penerima tidak menemukan domain tersebut, atau tidak menemukan server email yang dapat dipakai.",
        "Periksa domainnya dari salah ketik dan konfirmasikan alamatnya. Jika domain itu milik Anda, pastikan domainnya terdaftar dan memublikasikan record MX atau record alamat.",
        "Pencarian DNS menemukan null MX untuk domain penerima, jadi server langsung menolak `RCPT TO`, biasanya dengan `556`.",
        "Periksa apakah ada salah ketik atau domain tiruan yang mirip, dan dapatkan alamat yang berfungsi. Pemilik domain yang ingin menerima email mengganti null MX dengan record MX yang sebenarnya.",
    ],
    // X.1.3 vs X.1.7
    [
        "Apakah alamat yang salah format itu milik penerima?",
        "Ya untuk `X.1.3`: alamat di `RCPT TO` tidak ditulis dalam format yang benar. Tidak untuk `X.1.7`: yang salah format adalah alamat pengirim, biasanya yang ada di `MAIL FROM`.",
        "Alamat penerima berisi karakter terlarang, tanda `@` hilang atau berlebih, atau tidak memakai kurung sudut.",
        "Perbaiki alamat penerima, lalu kirim lagi.",
        "Alamat pengirim tidak memiliki domain atau `@`, berisi karakter tidak valid, atau tidak memakai kurung sudut, sering kali karena skrip, formulir, atau perangkat diatur dengan salah.",
        "Perbaiki alamat pengirim di pengaturan program atau perangkat. `MAIL FROM` hanya boleh berisi alamat polos di dalam kurung sudut, tanpa nama tampilan.",
    ],
    // X.2.2 vs X.3.1
    [
        "Dapatkah penerima memperbaikinya dengan menghapus email?",
        "Ya untuk `X.2.2`: hanya kotak suratnya yang melewati kuota. Tidak untuk `X.3.1`: seluruh sistem email kehabisan penyimpanan, dan hanya administratornya yang dapat menambah ruang.",
        "Kotak surat salah satu penerima telah mencapai kuotanya; penerima lain di server yang sama mungkin tetap menerima pesannya.",
        "Beri tahu penerima melalui saluran lain; ia menghapus atau mengarsipkan email, atau admin-nya menaikkan kuota.",
        "Disk atau penyimpanan antrean server sudah habis, jadi server menjawab `MAIL FROM`, `RCPT TO` atau data pesan dengan `452 4.3.1`.",
        "Pengirim menunggu selama pesan dicoba ulang; administrator server penerima mengosongkan ruang disk atau menambah penyimpanan.",
    ],
    // X.3.1 vs X.5.3
    [
        "Apakah server kehabisan ruang penyimpanan?",
        "Ya untuk `X.3.1`: sistem email secara keseluruhan kehabisan ruang. Tidak untuk `X.5.3`: pesan menyebut lebih banyak penerima daripada yang diterima server dalam satu transaksi.",
        "Disk atau penyimpanan antrean sudah habis, atau tidak ada ruang untuk `SIZE` yang dinyatakan. Kode ini muncul sebagai `452 4.3.1`.",
        "Pengirim tidak perlu melakukan apa pun; administrator server penerima mengosongkan atau menambah penyimpanan.",
        "`RCPT TO` melewati batas penerima server untuk satu pesan; biasanya disertai `452`, kadang `451`, atau muncul sebagai `5.5.3` yang permanen.",
        "Kirim ke penerima yang sudah diterima, dan sisanya dalam transaksi baru; daftar penerima yang besar sebaiknya dipecah atau dikirim lewat milis.",
    ],
    // X.4.3 vs X.4.4
    [
        "Apakah layanan direktori itu sendiri yang gagal menjawab?",
        "Ya untuk `X.4.3`: DNS atau layanan direktori lain tidak dapat dijangkau atau tidak merespons. Tidak untuk `X.4.4`: masalahnya ada pada data routing, biasanya domain tanpa record MX atau record alamat yang dapat dipakai.",
        "Pencarian DNS yang diperlukan untuk pengiriman kehabisan waktu atau gagal di sisi server DNS, misalnya selama pemeriksaan SPF (`451 4.4.3`).",
        "Biarkan percobaan ulang berjalan. Jika terus berlanjut, periksa resolver server yang melaporkan kesalahan itu dan name server domain yang terkena.",
        "Domain penerima tidak ada, tidak memiliki record MX atau record alamat yang dapat dipakai, atau hanya mengembalikan record SOA, sehingga hop berikutnya tidak diketahui.",
        "Periksa domain penerima dari salah ketik. Jika sudah benar, pemiliknya harus memublikasikan record MX atau record alamat yang mengarah ke server email yang dapat dijangkau.",
    ],
    // X.7.8 vs X.7.9
    [
        "Apakah kredensialnya sendiri yang ditolak?",
        "Ya untuk `X.7.8`: nama pengguna, kata sandi, atau kredensial lain salah atau tidak memadai. Tidak untuk `X.7.9`: hanya mekanisme login yang ditolak karena terlalu lemah, dan kata sandinya mungkin benar.",
        "Server submission menolak `AUTH` dengan `535 5.7.8`, misalnya karena program email masih menyimpan kata sandi lama.",
        "Masukkan lagi nama pengguna dan kata sandi untuk server keluar; beberapa penyedia meminta alamat lengkap sebagai nama pengguna, atau kata sandi aplikasi.",
        "`AUTH` memakai mekanisme yang lebih lemah daripada yang diizinkan kebijakan server untuk akun itu, dan dijawab dengan `534 5.7.9`.",
        "Pilih mekanisme lain dari yang tercantum setelah `AUTH` dalam balasan `EHLO`, atau tanyakan kepada penyedia mekanisme mana yang diwajibkannya.",
    ],
    // X.7.8 vs X.7.13
    [
        "Apakah data loginnya benar?",
        "Tidak untuk `X.7.8`: kredensialnya salah atau tidak memadai. Ya untuk `X.7.13`: login berhasil, tetapi akunnya telah dinonaktifkan dan tidak boleh mengirim.",
        "`AUTH` gagal dan server menjawab `535 5.7.8`, biasanya karena kata sandi lama tersimpan di program email.",
        "Perbaiki nama pengguna dan kata sandi untuk server keluar, atau gunakan kata sandi aplikasi tersendiri yang diwajibkan penyedia.",
        "Tepat setelah `AUTH` berhasil, penyedia menolak akun yang telah dinonaktifkannya, misalnya karena tagihan yang belum dibayar, penyalahgunaan, atau tanda-tanda pembobolan.",
        "Berhenti memasukkan ulang kata sandi. Hubungi penyedia untuk mengetahui alasan akun dinonaktifkan dan minta agar akun itu diaktifkan kembali.",
    ],
    // X.7.7 vs X.7.20
    [
        "Apakah pesan ditolak karena penerima mewajibkan tanda tangan DKIM yang lolos?",
        "Tidak untuk `X.7.7`: keluhannya adalah pesan diubah setelah ditandatangani, sehingga pemeriksaan integritasnya gagal. Ya untuk `X.7.20`: penerima mewajibkan DKIM yang lolos, dan pesan tidak ditandatangani atau semua tanda tangannya gagal.",
        "Pemeriksa mendapati bahwa pesan yang ditandatangani atau dilindungi tidak lagi cocok dengan tanda tangannya, sering kali karena sebuah server menulis ulang header atau menambahkan teks setelah penandatanganan.",
        "Cari apa yang mengubah pesan setelah penandatanganan, seperti milis, penerus, atau alat penambah footer, dan jadikan penandatanganan langkah paling akhir sebelum pesan keluar.",
        "Penerima yang mewajibkan DKIM mendapat pesan tanpa tanda tangan, atau hanya dengan tanda tangan yang gagal, begitu data pesan tiba.",
        "Tandatangani semua email keluar dengan DKIM dan publikasikan kunci publiknya di `<selector>._domainkey.<domain>`, lalu periksa apakah pesan uji lolos DKIM.",
    ],
    // X.7.20 vs X.7.22
    [
        "Apakah ada tanda tangan DKIM yang lolos?",
        "Tidak untuk `X.7.20`: pesan tidak memiliki tanda tangan, atau semuanya gagal. Ya untuk `X.7.22`: tanda tangannya terverifikasi, tetapi tidak satu pun dibuat oleh domain di kolom header `From`.",
        "Penerima yang mewajibkan DKIM mendapat pesan tanpa tanda tangan, atau pesan yang tanda tangannya gagal, misalnya karena kuncinya tidak ada di DNS.",
        "Tandatangani semua email keluar, publikasikan kunci publiknya di `<selector>._domainkey.<domain>`, dan hentikan perubahan pada pesan setelah penandatanganan.",
        "Layanan email menandatangani dengan domainnya sendiri alih-alih domain `From` milik pelanggan, dan penerima mewajibkan keduanya cocok.",
        "Jadikan domain `d=` pada tanda tangan sama dengan domain `From`, misalnya dengan menyiapkan DKIM domain kustom dari layanan tersebut.",
    ],
    // X.1.10 vs X.7.27
    [
        "Apakah domain penerima yang memiliki null MX?",
        "Ya untuk `X.1.10`: domain tujuan pengiriman Anda tidak menerima email. Tidak untuk `X.7.27`: domain pengirim yang memublikasikan null MX, jadi balasan dan email pentalan tidak akan pernah sampai ke sana.",
        "Domain penerima memublikasikan null MX, jadi server langsung menolak `RCPT TO`, biasanya dengan `556`.",
        "Periksa domain penerima dari salah ketik atau domain tiruan yang mirip, dan minta alamat yang berfungsi kepada penerima.",
        "Domain di `MAIL FROM` atau kolom header `From` memiliki null MX, sering kali karena alamat balasan yang dipalsukan atau null MX yang dipublikasikan karena kekeliruan.",
        "Kirim dari domain yang dapat menerima email. Jika domain itu memang dipakai untuk mengirim email, admin-nya mengganti null MX dengan record MX yang sebenarnya.",
    ],
    // X.0.0 vs X.7.0
    [
        "Apakah kode ini menyebutkan di bidang mana masalahnya?",
        "Tidak untuk `X.0.0`: kode ini hanya memberikan kelas (sukses, kegagalan sementara, atau kegagalan permanen) dan tidak mengatakan apa pun tentang penyebabnya. Ya untuk `X.7.0`: aturan keamanan atau kebijakan menghentikan perintah atau pesan.",
        "Perangkat lunak tidak dapat memetakan hasilnya ke kode yang lebih spesifik. `2.0.0` juga menandai keberhasilan rutin, seperti balasan `221` atas `QUIT`.",
        "Untuk `4.0.0`, server pengirim mencoba ulang. Untuk `5.0.0`, baca teksnya dan, jika teks itu tidak menjelaskan apa pun, kirim baris kesalahan beserta waktunya kepada admin server tersebut.",
        "Langkah keamanan memblokir perintah: `454 4.7.0` untuk gangguan login sementara, `530 5.7.0` jika `AUTH` atau `STARTTLS` harus dilakukan lebih dulu, atau penolakan kebijakan tanpa penjelasan.",
        "Lakukan yang diminta server, yaitu `STARTTLS` atau `AUTH` terlebih dulu, atau coba lagi nanti setelah `454`. Jika tidak, tanyakan kepada postmaster pihak penerima.",
    ],
    // X.5.1 vs X.5.4
    [
        "Apakah perintah itu sendiri dapat diterima?",
        "Tidak untuk `X.5.1`: perintahnya tidak didukung atau datang pada saat yang salah dalam sesi. Ya untuk `X.5.4`: perintahnya valid, tetapi salah satu argumennya tidak.",
        "Klien mengirim perintah yang tidak dikenal atau dimatikan, `MAIL FROM` kedua dalam satu transaksi, atau perintah sebelum `STARTTLS` atau `AUTH` yang diwajibkan.",
        "Perbaiki urutan perintah klien dan gunakan hanya perintah yang tercantum dalam balasan `EHLO`.",
        "Mekanisme `AUTH` yang tidak ditawarkan server (`504 5.5.4`), parameter `MAIL FROM` atau `RCPT TO` yang tidak dikenal, atau nilai parameter ekstensi yang tidak valid.",
        "Bandingkan perintah yang ditolak dengan balasan `EHLO` dan kirim hanya parameter yang didukung dengan nilai yang valid.",
    ],
    // X.7.1 vs X.7.23
    [
        "Apakah kode ini menyatakan bahwa SPF adalah alasannya?",
        "Tidak untuk `X.7.1`: kode ini hanya menyatakan bahwa pengiriman tidak diizinkan, yang bisa disebabkan relay, daftar blokir, atau aturan lain. Ya untuk `X.7.23`: pemeriksaan SPF menghasilkan \"fail\" untuk alamat IP pengirim.",
        "Relay ditolak, filter memblokir host atau pengirim, atau server melaporkan pemeriksaan SPF yang gagal dengan cara ini, seperti yang disarankan RFC 7208.",
        "Baca teksnya untuk mengetahui aturannya. Kirim melalui server Anda sendiri alih-alih me-relay, atau minta admin pengirim memperbaiki SPF, DMARC, atau masalah daftar blokir.",
        "Domain `MAIL FROM` atau nama `HELO` memiliki SPF yang tidak mengizinkan alamat IP pengirim, dan kebijakan menolak email seperti itu.",
        "Admin pengirim mencantumkan setiap server yang sah di satu-satunya record SPF domain itu, dengan `ip4:`, `ip6:`, atau `include:` dari penyedia.",
    ],
    // X.7.23 vs X.7.25
    [
        "Apakah pemeriksaan itu menyangkut record SPF pengirim?",
        "Ya untuk `X.7.23`: record SPF domain `MAIL FROM`, atau nama `HELO`, tidak mengizinkan alamat IP pengirim. Tidak untuk `X.7.25`: alamat IP itu sendiri gagal dalam pemeriksaan reverse DNS.",
        "SPF domain pengirim tidak mencakup server pengirim, sering kali setelah layanan email baru ditambahkan atau karena penerusan.",
        "Tambahkan server yang belum tercantum ke record SPF; pihak penerus menulis ulang `MAIL FROM` ke domainnya sendiri.",
        "Alamat IP pengirim tidak memiliki record PTR, atau nama PTR-nya tidak di-resolve kembali ke alamat yang sama, seperti yang umum terjadi pada server cloud baru.",
        "Minta pihak yang mengendalikan alamat IP itu membuat record PTR yang menyebut nama server email, dengan record A atau AAAA yang cocok, dan gunakan nama itu pada `EHLO`.",
    ],
];
