//! A generated mail log for the log-triage benchmark (`benches/logs.rs`) and the memory
//! measurement (`examples/gen_maillog.rs`): Postfix and Exim delivery lines in the shapes of
//! `tests/data/logs/mixed.log` (the MTAs' documented formats), and the noise a syslog file
//! carries besides (connections, queue bookkeeping, IMAP logins, firewall, cron). Fixed seed:
//! the same bytes every time. The servers' failure replies are drawn from the labelled corpus
//! (`tests/data/diagnosis/*.tsv`), so the diagnosis reads real texts.
//!
//! Per 100 lines, roughly: 58 Postfix (of which 14 delivery attempts: 85 % sent, 10 %
//! deferred, 5 % bounced), 27 Exim (of which 9 attempts), 15 noise.

use std::io::Write;

#[path = "rng.rs"]
mod rng;
use rng::Rng;

/// Single-line failure replies (4xx and 5xx) of the labelled corpus.
pub fn failure_replies() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/diagnosis");
    let mut rows = Vec::new();
    for f in ["mta.tsv", "web.tsv"] {
        let text = std::fs::read_to_string(dir.join(f)).expect("corpus file");
        for line in text.lines().skip(1) {
            let input = line.split('\t').next().unwrap_or("");
            if input.starts_with(['4', '5']) && !input.contains("\\n") {
                rows.push(input.to_string());
            }
        }
    }
    rows
}

const DOMAINS: [&str; 12] = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "example.com",
    "example.net",
    "example.org",
    "mail.ru",
    "gmx.de",
    "icloud.com",
    "web.de",
    "orange.fr",
    "qq.com",
];

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Writes at least `bytes` bytes of log to `out`.
pub fn write(out: &mut impl Write, bytes: u64) -> std::io::Result<u64> {
    let replies = failure_replies();
    let mut rng = Rng::new(7);
    let mut written = 0u64;
    let mut second = 0u64;
    let mut n = 0u64;
    let mut line = String::with_capacity(512);
    while written < bytes {
        n += 1;
        second += rng.below(3);
        let (mon, day) = (
            MONTHS[((second / 86_400 / 28) % 12) as usize],
            1 + (second / 86_400) % 28,
        );
        let (h, m, s) = ((second / 3600) % 24, (second / 60) % 60, second % 60);
        let syslog = format!("{mon} {day:>2} {h:02}:{m:02}:{s:02}");
        let iso = format!("2024-05-{:02} {h:02}:{m:02}:{s:02}", day);
        let qid = format!("4V{:010X}", rng.next() & 0xFF_FFFF_FFFF);
        let pid = 1000 + rng.below(30000);
        let user = format!("user{}", rng.below(50_000));
        let dom = DOMAINS[rng.below(DOMAINS.len() as u64) as usize];
        let ip = format!("203.0.113.{}", rng.below(250) + 1);
        let mx = format!("mx{}.{dom}", rng.below(3) + 1);
        let reply = &replies[rng.below(replies.len() as u64) as usize];
        line.clear();
        match rng.below(100) {
            // Postfix: one message's lines.
            0..=57 => {
                let client = format!("unknown[198.51.100.{}]", rng.below(250) + 1);
                line += &format!("{syslog} mail postfix/smtpd[{pid}]: connect from {client}\n");
                line += &format!("{syslog} mail postfix/smtpd[{pid}]: {qid}: client={client}\n");
                line += &format!(
                    "{syslog} mail postfix/cleanup[{}]: {qid}: message-id=<{n}.{}@example.org>\n",
                    pid + 1,
                    rng.below(1_000_000)
                );
                line += &format!(
                    "{syslog} mail postfix/qmgr[811]: {qid}: from=<sender{}@example.org>, size={}, nrcpt=1 (queue active)\n",
                    rng.below(500),
                    1000 + rng.below(90_000)
                );
                let status = match rng.below(100) {
                    0..=84 => format!(
                        "dsn=2.0.0, status=sent (250 2.0.0 OK  {} {}.{} - gsmtp)",
                        1_715_000_000 + second,
                        qid.to_lowercase(),
                        rng.below(1000)
                    ),
                    85..=94 if reply.starts_with('4') => {
                        format!("dsn=4.0.0, status=deferred (host {mx}[{ip}] said: {reply} (in reply to RCPT TO command))")
                    }
                    85..=94 => "dsn=4.4.1, status=deferred (connect to {mx}[{ip}]:25: Connection timed out)"
                        .replace("{mx}", &mx)
                        .replace("{ip}", &ip),
                    _ => format!(
                        "dsn=5.0.0, status=bounced (host {mx}[{ip}] said: {reply} (in reply to RCPT TO command))"
                    ),
                };
                line += &format!(
                    "{syslog} mail postfix/smtp[{}]: {qid}: to=<{user}@{dom}>, relay={mx}[{ip}]:25, delay=1.2, delays=0.1/0/0.5/0.6, {status}\n",
                    pid + 2
                );
                line += &format!("{syslog} mail postfix/qmgr[811]: {qid}: removed\n");
                line += &format!(
                    "{syslog} mail postfix/smtpd[{pid}]: disconnect from {client} ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5\n"
                );
            }
            // Exim: arrival, one delivery attempt, completion.
            58..=84 => {
                let id = format!(
                    "1r{}-000{}-{}",
                    rng.below(90_000) + 10_000,
                    rng.below(900) + 100,
                    rng.below(90) + 10
                );
                line += &format!(
                    "{iso} {id} <= sender{}@example.org H=client.example.org [198.51.100.{}] P=esmtps S={}\n",
                    rng.below(500),
                    rng.below(250) + 1,
                    1000 + rng.below(90_000)
                );
                match rng.below(100) {
                    0..=84 => {
                        line += &format!(
                            "{iso} {id} => {user}@{dom} R=dnslookup T=remote_smtp H={mx} [{ip}] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK\"\n"
                        )
                    }
                    85..=94 if reply.starts_with('4') => {
                        line += &format!(
                            "{iso} {id} == {user}@{dom} R=dnslookup T=remote_smtp defer (-44) H={mx} [{ip}]: SMTP error from remote mail server after RCPT TO:<{user}@{dom}>: {reply}\n"
                        )
                    }
                    85..=94 => {
                        line += &format!(
                            "{iso} {id} == {user}@{dom} R=dnslookup T=remote_smtp defer (110): Connection timed out\n"
                        )
                    }
                    _ => {
                        line += &format!(
                            "{iso} {id} ** {user}@{dom} R=dnslookup T=remote_smtp H={mx} [{ip}]: SMTP error from remote mail server after RCPT TO:<{user}@{dom}>: {reply}\n"
                        )
                    }
                }
                line += &format!("{iso} {id} Completed\n");
            }
            // Noise.
            85..=89 => {
                line += &format!(
                    "{syslog} mail dovecot: imap-login: Login: user=<{user}@example.org>, method=PLAIN, rip=198.51.100.{}, lip=192.0.2.1, mpid={pid}, TLS, session=<{qid}>\n",
                    rng.below(250) + 1
                );
            }
            90..=94 => {
                line += &format!(
                    "{syslog} mail kernel: [UFW BLOCK] IN=eth0 OUT= MAC=00:16:3e:00:00:01 SRC=198.51.100.{} DST=192.0.2.1 LEN=60 TOS=0x00 PROTO=TCP SPT={} DPT=23 WINDOW=65535 SYN\n",
                    rng.below(250) + 1,
                    rng.below(60_000) + 1024
                );
            }
            _ => {
                line += &format!(
                    "{syslog} mail CRON[{pid}]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)\n"
                );
            }
        }
        out.write_all(line.as_bytes())?;
        written += line.len() as u64;
    }
    Ok(written)
}

/// The path of a generated log of at least `mb` megabytes under `target/`, made once.
pub fn generated(mb: u64) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("target/bench-data");
    let path = dir.join(format!("mail-{mb}mb.log"));
    let want = mb << 20;
    if std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) < want {
        let tmp = path.with_extension("tmp");
        let mut f = std::io::BufWriter::new(std::fs::File::create(&tmp).expect("create"));
        write(&mut f, want).expect("write the log");
        f.flush().expect("flush");
        drop(f);
        std::fs::rename(&tmp, &path).expect("rename");
    }
    path
}
