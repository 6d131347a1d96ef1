//! Replies in what mail servers write: Postfix, Exim, Sendmail and qmail logs and bounces,
//! Microsoft Exchange bounces, and DSN fields (RFC 3464). Each follows its software's source,
//! cited in `tests/data/pasted.tsv` beside its examples.

use super::text::*;
use super::{Extracted, Shape};
use crate::Reply;
use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Where Postfix names the server it talked to, in its own words.
const POSTFIX_HOSTS: [&str; 4] = [
    "host ",
    "connect to ",
    "lost connection with ",
    "conversation with ",
];

/// Postfix (`log_adhoc.c`, `smtp_proto.c`, `bounce_notify_util.c`): a delivery status line
/// `… to=<rcpt>, relay=host[ip]:25, …, dsn=X.Y.Z, status=S (REASON)` whose REASON is
/// `host H[ip] said: REPLY (in reply to CMD command)`, Postfix's own words, or the reply
/// itself (`status=sent (250 …)`); a soft error at a non-final MX (`host … said: …`); an
/// smtpd reject (`reject: RCPT from client[ip]: REPLY; from=<…> to=<…>`); or a bounce.
pub(super) fn postfix(text: &str) -> Option<Extracted<'_>> {
    let is_log = text.contains("postfix/");
    // A log line is not a bounce: the bounce's looks are only tried on other text.
    let is_bounce = !is_log
        && (text.contains("This is the mail system at host")
            || text
                .lines()
                .any(|l| l.starts_with('<') && l.contains(">: host ") && l.contains(" said: ")));
    let is_status = is_log || (text.contains("status=") && text.contains("dsn="));
    if !(is_log || is_bounce || is_status) {
        return None;
    }
    let dsn = value_after(text, "dsn=", &[',', ' ']).and_then(enhanced_code);
    let recipient = value_after(text, "to=<", &['>']).and_then(address);
    let relay = value_after(text, "relay=", &[',', ' ']).and_then(bracketed_host);
    if let Some(reject) = after(text, "reject: ") {
        // smtpd's own reply to a client; the bracketed host is the client, not a server.
        let reply_text = reject.get(reply_start(reject)?..)?;
        let end = reply_text.rfind("; from=<").unwrap_or(reply_text.len());
        return found(
            Reply::parse(&reply_text[..end]),
            Shape::Postfix,
            recipient,
            None,
        );
    }
    let unfolded;
    let (body, recipient) = if is_bounce && !is_log {
        unfolded = unfold(text);
        let line = unfolded
            .lines()
            .find(|l| l.starts_with('<') && l.contains(">: "))
            .unwrap_or("");
        let rcpt = line.split(">: ").next().and_then(address).map(String::from);
        let reason = line.split_once(">: ").map_or(line, |(_, r)| r);
        (Cow::Owned(String::from(reason)), rcpt.map(Cow::Owned))
    } else {
        let reason = match after(text, "status=") {
            Some(tail) => tail.split_once(' ').map_or("", |(_, r)| r),
            // A soft error at a non-final MX: `QUEUEID: host … said: …`; or Postfix's own
            // words after the queue id.
            None => match text.find(": host ") {
                Some(i) => &text[i + 2..],
                None => text.rsplit_once("]: ").map_or(text, |(_, r)| r),
            },
        };
        (Cow::Borrowed(reason), recipient.map(Cow::Borrowed))
    };
    let body = body.trim();
    // The reason is the last parenthesised group; it may hold parentheses of its own.
    let reason = body
        .strip_prefix('(')
        .map_or(body, |r| r.strip_suffix(')').unwrap_or(r));
    let said_host = host_after(&format!(" {reason}"), &POSTFIX_HOSTS).map(String::from);
    let reply = match reason
        .find(" said: ")
        .or_else(|| reason.find("refused to talk to me: "))
    {
        Some(at) => {
            let said = reason.get(at..)?.split_once(": ").map_or("", |(_, r)| r);
            let said = said
                .rfind(" (in reply to ")
                .map_or(said, |end| &said[..end]);
            owned(String::from(split_joined(said.trim())))
        }
        None => match reply_start(reason) {
            Some(0) => owned(String::from(split_joined(reason))),
            _ => owned(String::from(reason.trim_end_matches(')'))),
        },
    };
    let remote_host = said_host.map(Cow::Owned).or(relay.map(Cow::Borrowed));
    Some(Extracted {
        reply: beside(reply, dsn),
        shape: Shape::Postfix,
        recipient,
        remote_host,
    })
}

/// Exim (`deliver.c`, `transports/smtp.c`): a `**` failure, `==` deferral or `=>`/`->`
/// delivery line (`** rcpt R=… T=… H=host [ip] … : SMTP error from remote mail server after
/// CMD: REPLY`, multi-line replies joined by a literal `\n`; `C="REPLY"` on deliveries), a
/// per-host line (`H=host [ip]: SMTP error …`), or a bounce ("The following address(es)
/// failed:").
pub(super) fn exim(text: &str) -> Option<Extracted<'_>> {
    let markers = [
        "SMTP error from remote mail server after ",
        "SMTP error from remote mailer after ",
        "LMTP error after ",
    ];
    let is_bounce = text.contains("The following address(es) failed:");
    let flagged = text.lines().find(|l| {
        let fields: Vec<&str> = l.split(' ').collect();
        fields
            .iter()
            .any(|f| matches!(*f, "**" | "==" | "=>" | "->"))
            && (l.contains(" R=") || l.contains(" T="))
    });
    let marker = markers
        .iter()
        .find_map(|m| text.find(m).map(|i| i + m.len()));
    if marker.is_none() && flagged.is_none() && !is_bounce {
        return None;
    }
    let recipient = flagged
        .and_then(|l| {
            let mut words = l.split(' ');
            words.find(|w| matches!(*w, "**" | "==" | "=>" | "->"))?;
            words.next().and_then(address)
        })
        .or_else(|| {
            is_bounce
                .then(|| after(text, "failed:"))
                .flatten()
                .and_then(|rest| {
                    rest.lines()
                        .find(|l| l.starts_with("  ") && l.contains('@'))
                })
                .and_then(address)
        });
    // `H=NAME [ADDR]` on a log line, or `host NAME [ADDR]` in a bounce or an old log.
    let remote_host = text
        .match_indices("H=")
        .filter(|(i, _)| *i == 0 || matches!(text.as_bytes()[i - 1], b' ' | b'\n'))
        .find_map(|(i, _)| host_at(text.get(i + 2..)?))
        .or_else(|| host_after(text, &["host "]));
    let unfolded;
    let reply = if let Some(at) = marker {
        let rest = if is_bounce {
            unfolded = unfold(text.get(at..)?);
            unfolded.as_str()
        } else {
            let r = text.get(at..)?;
            r.lines().next().unwrap_or(r)
        };
        let start = reply_start(rest)?;
        owned(rest[start..].replace("\\n", "\r\n"))
    } else if let Some(c) = flagged.and_then(|l| after(l, "C=\"")) {
        // The confirmation of a delivery, `"` and `\` escaped, lines joined by `\n`.
        let end = literal(&format!("\"{c}")).map_or(c.len(), str::len);
        let confirmation = unescape(c.get(..end).unwrap_or(c));
        owned(confirmation.replace("\\n", "\r\n"))
    } else if let Some(l) = flagged {
        // A deferral or failure in Exim's own words: `defer (110): Connection timed out`.
        let words = l
            .split_once("): ")
            .map(|(_, r)| r)
            .or_else(|| l.rsplit_once(" : ").map(|(_, r)| r))
            .unwrap_or("");
        owned(String::from(words))
    } else {
        return None;
    };
    Some(Extracted {
        reply,
        shape: Shape::Exim,
        recipient: recipient.map(Cow::Borrowed),
        remote_host: remote_host.map(Cow::Borrowed),
    })
}

/// Sendmail (`deliver.c`): `… to=<rcpt>, …, relay=host. [ip], dsn=X.Y.Z[, reply=REPLY],
/// stat=STATUS`. `stat=` is a canned text for permanent failures ("User unknown" for any
/// 550); only `reply=` (since 8.16.1) and `dsn=` carry what the server said.
pub(super) fn sendmail(text: &str) -> Option<Extracted<'_>> {
    if !text.contains("stat=") || !(text.contains("mailer=") || text.contains("dsn=")) {
        return None;
    }
    let dsn = value_after(text, "dsn=", &[',', ' ']).and_then(enhanced_code);
    let recipient = value_after(text, "to=", &[',', ' ']).and_then(address);
    let remote_host = value_after(text, "relay=", &[',']).and_then(bracketed_host);
    let reply = match value_after(text, "reply=", &['\n']) {
        Some(r) => {
            let r = r.rfind(", stat=").map_or(r, |end| &r[..end]);
            Reply::parse(r)
        }
        None => {
            let stat = value_after(text, "stat=", &['\n'])?;
            let stat = stat.strip_prefix("Deferred: ").unwrap_or(stat);
            reply_or_words(stat)
        }
    };
    found(beside(reply, dsn), Shape::Sendmail, recipient, remote_host)
}

/// qmail (`qmail-remote.c`, `qmail-send.c`): a bounce block `<rcpt>:` then `HOST does not
/// like recipient.` / `Remote host said: REPLY` / `Giving up on HOST.`, or qmail's own words
/// with their `(#X.Y.Z)`; also its log line, where spaces are `_` and line breaks `/`.
pub(super) fn qmail(text: &str) -> Option<Extracted<'_>> {
    let decoded;
    let (body, from_log) = match after(text, ": failure: ")
        .or_else(|| after(text, ": deferral: "))
        .or_else(|| after(text, ": success: "))
    {
        Some(report) if text.contains(" delivery ") => {
            decoded = report.replace('_', " ").replace('/', "\n");
            (decoded.as_str(), true)
        }
        _ => (text, false),
    };
    let markers = [
        "does not like recipient.",
        "Remote host said: ",
        "Giving up on ",
        "Sorry, I wasn't able to establish an SMTP connection.",
        "Sorry, I couldn't find any host",
        "but sender was rejected.",
        "but greeting failed.",
        "This is the qmail-send program",
    ];
    if !markers.iter().any(|m| body.contains(m)) {
        return None;
    }
    let recipient = text
        .lines()
        .find(|l| l.starts_with('<') && l.trim_end().ends_with(">:"))
        .and_then(|l| address(l.trim_end().trim_end_matches(':')));
    // qmail names the server by its address only.
    let host = |l: &str| -> Option<String> {
        let h = l
            .strip_prefix("Giving up on ")
            .map(|r| r.trim_end_matches('.'))
            .or_else(|| l.strip_suffix(" does not like recipient."))
            .or_else(|| {
                l.strip_prefix("Connected to ")
                    .and_then(|r| r.split(' ').next())
            })?;
        (!h.is_empty()
            && h.bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b'.' || b == b':'))
        .then(|| String::from(h))
    };
    let remote_host = body.lines().find_map(host);
    let reply = match after(body, "Remote host said: ") {
        Some(said) => {
            // The reply's lines, up to qmail's own next line.
            let lines: Vec<&str> = said
                .lines()
                .take_while(|l| !l.starts_with("Giving up on ") && !l.starts_with("I'm not going"))
                .collect();
            owned(lines.join("\r\n"))
        }
        None => {
            let words = body
                .lines()
                .find(|l| l.contains("(#"))
                .or_else(|| body.lines().find(|l| l.starts_with("Sorry")))
                .unwrap_or("");
            owned(String::from(words.trim()))
        }
    };
    let recipient = match recipient {
        Some(r) => Some(Cow::Borrowed(r)),
        None if from_log => None, // the log names the recipient on another line
        None => None,
    };
    Some(Extracted {
        reply,
        shape: Shape::Qmail,
        recipient,
        remote_host: remote_host.map(Cow::Owned),
    })
}

/// Microsoft Exchange and Outlook bounces: `Remote Server returned '550 5.1.10 …'`, the
/// older `[REMOTE] #<[GENERATING] #X.Y.Z smtp;REPLY> #SMTP#`, `#550 5.1.1 … ##`, and the
/// wrapper `550 5.0.350 Remote server returned an error -> …`. The administrators' section
/// names the generating server and, under the recipient, the remote one.
pub(super) fn microsoft(text: &str) -> Option<Extracted<'_>> {
    let returned =
        find_ci(text, "remote server returned '").map(|i| i + "remote server returned '".len());
    let old = text
        .find("#SMTP#")
        .or_else(|| text.trim_end().ends_with("##").then_some(0));
    let wrapper = text.contains("Remote server returned an error ->");
    if returned.is_none() && old.is_none() && !wrapper {
        return None;
    }
    let generating = value_after(text, "Generating server: ", &['\n', '\r']).map(str::trim);
    // The lines after "Generating server:": the recipient, then the remote server if any.
    let mut after_generating = after(text, "Generating server: ")
        .map(|r| r.lines().skip(1).map(str::trim).filter(|l| !l.is_empty()))
        .into_iter()
        .flatten();
    let recipient = after_generating.next().and_then(address);
    let remote_line = after_generating.next().unwrap_or("");
    let remote = remote_line.split(' ').next().filter(|w| {
        w.contains('.') && !w.starts_with(['#', '\'']) && !remote_line.starts_with("Remote Server")
    });
    let inner = match returned {
        Some(at) => {
            let rest = text.get(at..)?;
            let line = rest.lines().next().unwrap_or(rest);
            line.rfind('\'').map_or(line, |end| &line[..end])
        }
        None if wrapper => text.trim(),
        None => text
            .lines()
            .rev()
            .find(|l| l.contains("smtp;") || l.starts_with('#'))?,
    };
    let inner = inner.trim().trim_start_matches('<').trim_end_matches('>');
    let status = inner
        .find('#')
        .and_then(|i| inner.get(i + 1..))
        .and_then(|s| s.split([' ', ';']).next())
        .and_then(enhanced_code);
    let reply = match reply_start(inner) {
        Some(at) => {
            let r = &inner[at..];
            let r = r.find("> #SMTP#").map_or(r, |end| &r[..end]);
            let r = r.trim_end_matches([' ', '#', '>']);
            Reply::parse(r)
        }
        None => Reply::parse(inner),
    };
    Some(Extracted {
        reply: beside(reply, status),
        shape: Shape::Microsoft,
        recipient: recipient.map(Cow::Borrowed),
        remote_host: remote.or(generating).map(Cow::Borrowed),
    })
}

/// The value of a header-like field (`Name: value`, case-insensitive name) with its folded
/// continuation lines joined by a space.
fn field(text: &str, name: &str) -> Option<String> {
    let mut lines = text.lines().peekable();
    while let Some(l) = lines.next() {
        let l = l.trim_start_matches('>').trim_start();
        let Some(head) = l.get(..name.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(name) || l.as_bytes().get(name.len()) != Some(&b':') {
            continue;
        }
        let mut value = String::from(l[name.len() + 1..].trim());
        while let Some(next) = lines.peek() {
            if !next.starts_with([' ', '\t']) {
                break;
            }
            value.push(' ');
            value.push_str(next.trim());
            lines.next();
        }
        return Some(value);
    }
    None
}

/// DSN fields (RFC 3464): `Diagnostic-Code: smtp; REPLY` (or `X-Postfix; WORDS`),
/// `Status: X.Y.Z`, `Final-Recipient: rfc822; rcpt`, `Remote-MTA: dns; host`.
pub(super) fn dsn(text: &str) -> Option<Extracted<'_>> {
    let diagnostic = field(text, "Diagnostic-Code");
    let status = field(text, "Status").and_then(|s| enhanced_code(&s));
    let has_fields = field(text, "Final-Recipient").is_some() || field(text, "Action").is_some();
    if diagnostic.is_none() && !(status.is_some() && has_fields) {
        return None;
    }
    let value = |v: &str| String::from(v.split_once(';').map_or(v, |(_, r)| r).trim());
    let words = diagnostic.as_deref().map(value).unwrap_or_default();
    let recipient = field(text, "Final-Recipient")
        .or_else(|| field(text, "Original-Recipient"))
        .map(|v| value(&v))
        .filter(|v| v.contains('@'));
    let remote_host = field(text, "Remote-MTA")
        .map(|v| String::from(value(&v).trim_end_matches('.')))
        .or_else(|| host_after(&format!(" {words}"), &POSTFIX_HOSTS).map(String::from));
    // `smtp; REPLY`, or Postfix's own words that may end in a reply it quotes
    // (`… refused to talk to me: 421 …`).
    let reply = match reply_start(&words) {
        Some(0) => owned(String::from(split_joined(&words))),
        Some(at) if words[..at].trim_end().ends_with(':') => {
            owned(String::from(split_joined(&words[at..])))
        }
        _ => owned(words),
    };
    Some(Extracted {
        reply: beside(reply, status),
        shape: Shape::Dsn,
        recipient: recipient.map(Cow::Owned),
        remote_host: remote_host.map(Cow::Owned),
    })
}
