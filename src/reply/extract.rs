//! Replies inside what people paste: log lines, bounces and library errors.
//!
//! People rarely paste a bare reply. [`Reply::extract`] recognises the usual wrappings
//! (DESIGN §8) and returns the reply inside, with what the text says around it: the recipient,
//! the remote host, and an enhanced code given beside the reply rather than in it (a log's
//! `dsn=`, a DSN's `Status:`, qmail's trailing `(#5.7.1)`). Each shape follows what its
//! software writes, as read in its source (see `tests/data/pasted.tsv` for the examples and
//! where each shape is documented).

use super::{EnhancedSource, Reply};
use crate::EnhancedCode;
use alloc::borrow::Cow;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// The kind of text a reply was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// The reply itself (possibly quoted with `> `).
    Bare,
    /// A Postfix log line or bounce (`… status=bounced (host … said: …)`).
    Postfix,
    /// An Exim log line or bounce (`SMTP error from remote mail server after RCPT TO:<…>: …`).
    Exim,
    /// A Sendmail log line (`… dsn=5.1.1, reply=…, stat=User unknown`).
    Sendmail,
    /// Delivery status notification fields (`Diagnostic-Code: smtp; …`, `Status: 5.1.1`).
    Dsn,
    /// lettre's error (`permanent error (550): …`, or its `Debug` form).
    Lettre,
    /// A Microsoft Exchange or Outlook bounce (`Remote Server returned '…'`).
    Microsoft,
    /// A qmail bounce or log line (`… does not like recipient. Remote host said: …`).
    Qmail,
    /// Python's smtplib exceptions (`SMTPRecipientsRefused: {'…': (550, b'…')}`).
    Smtplib,
    /// Go's net/smtp errors, often behind a log timestamp (`2024/05/14 10:22:31 550 …`).
    Go,
    /// Node's nodemailer errors (`Can't send mail - all recipients were rejected: …`).
    Nodemailer,
    /// PHPMailer's messages (`SMTP ERROR: RCPT TO command failed: …`).
    Phpmailer,
    /// Jakarta Mail / JavaMail exceptions (`SMTPAddressFailedException: 550 …`).
    Javamail,
    /// .NET's System.Net.Mail exceptions (`… The server response was: 5.1.1 …`).
    Dotnet,
    /// Another text that quotes a reply after a colon or a quote.
    Quoted,
}

impl Shape {
    /// The name used in JSON: `"bare"`, `"postfix"`, `"exim"`, …
    ///
    /// ```
    /// # use smtp_codes::Shape;
    /// assert_eq!(Shape::Postfix.as_str(), "postfix");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Shape::Bare => "bare",
            Shape::Postfix => "postfix",
            Shape::Exim => "exim",
            Shape::Sendmail => "sendmail",
            Shape::Dsn => "dsn",
            Shape::Lettre => "lettre",
            Shape::Microsoft => "microsoft",
            Shape::Qmail => "qmail",
            Shape::Smtplib => "smtplib",
            Shape::Go => "go",
            Shape::Nodemailer => "nodemailer",
            Shape::Phpmailer => "phpmailer",
            Shape::Javamail => "javamail",
            Shape::Dotnet => "dotnet",
            Shape::Quoted => "quoted",
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A reply found in pasted text, and what the text says around it.
///
/// ```
/// use smtp_codes::{Reply, Shape};
/// let line = "Jan  3 09:12:44 relay postfix/smtp[4411]: 9C1D2E3F: to=<kim@example.com>, \
///     relay=mx.example.com[203.0.113.5]:25, delay=0.9, dsn=5.2.2, status=bounced \
///     (host mx.example.com[203.0.113.5] said: 552 5.2.2 <kim@example.com>: Mailbox full \
///     (in reply to RCPT TO command))";
/// let found = Reply::extract(line);
/// assert_eq!(found.shape(), Shape::Postfix);
/// assert_eq!(found.reply().code().unwrap(), 552);
/// assert_eq!(found.reply().enhanced().unwrap().to_string(), "5.2.2");
/// assert_eq!(found.recipient(), Some("kim@example.com"));
/// assert_eq!(found.remote_host(), Some("mx.example.com"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extracted<'a> {
    reply: Reply<'a>,
    shape: Shape,
    recipient: Option<Cow<'a, str>>,
    remote_host: Option<Cow<'a, str>>,
}

impl<'a> Extracted<'a> {
    /// The reply found.
    pub fn reply(&self) -> &Reply<'a> {
        &self.reply
    }
    /// The reply, owned by the caller.
    pub fn into_reply(self) -> Reply<'a> {
        self.reply
    }
    /// What kind of text the reply was found in.
    pub fn shape(&self) -> Shape {
        self.shape
    }
    /// The recipient the text names, without angle brackets: the envelope recipient a log
    /// or bounce gives, else an address in angle brackets in the reply's text (unless the
    /// reply is about the sender).
    pub fn recipient(&self) -> Option<&str> {
        self.recipient.as_deref()
    }
    /// The remote server the text names: its host name, or its address when it has none.
    /// `None` when no server was reached (a DNS failure) or the text names only the client.
    pub fn remote_host(&self) -> Option<&str> {
        self.remote_host.as_deref()
    }
    /// Whether nothing was found: a text in none of the known shapes, with neither a reply
    /// code nor an enhanced code. (A recognised log line without a reply, such as a
    /// connection time-out, is not empty: its words can still be diagnosed.)
    ///
    /// ```
    /// # use smtp_codes::Reply;
    /// assert!(Reply::extract("hello world").is_empty());
    /// assert!(!Reply::extract("550 No such user here").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        matches!(self.shape, Shape::Bare | Shape::Quoted)
            && self.reply.code().is_none()
            && self.reply.enhanced().is_none()
    }
}

impl<'a> From<Reply<'a>> for Extracted<'a> {
    /// A reply as it is, found in no other text.
    fn from(reply: Reply<'a>) -> Extracted<'a> {
        Extracted {
            reply,
            shape: Shape::Bare,
            recipient: None,
            remote_host: None,
        }
    }
}

impl<'a> Reply<'a> {
    /// Finds the reply in pasted text: a bare reply; a Postfix, Exim, Sendmail or qmail log
    /// line or bounce; DSN fields (`Diagnostic-Code:`, `Status:`); a Microsoft bounce
    /// (`Remote Server returned '…'`); an error of lettre, Python's smtplib, Go's net/smtp,
    /// nodemailer, PHPMailer, JavaMail or .NET; or any text that quotes a reply after a colon.
    /// Never fails and never panics: text in none of these shapes is parsed as a reply, and
    /// the reply inside is parsed within [`Reply::parse`]'s limits.
    ///
    /// An enhanced code the text gives beside the reply (a log's `dsn=`, a DSN's `Status:`,
    /// qmail's trailing `(#5.7.1)`) is used when the reply has none of its own
    /// ([`EnhancedSource::Beside`]).
    ///
    /// ```
    /// use smtp_codes::{EnhancedSource, Reply, Shape};
    /// let found = Reply::extract("Diagnostic-Code: smtp; 550 5.1.1 <lee@example.net>... User unknown");
    /// assert_eq!((found.shape(), found.reply().code().unwrap().as_u16()), (Shape::Dsn, 550));
    ///
    /// let found = Reply::extract("permanent error (554): 5.7.1 Message rejected as spam");
    /// assert_eq!(found.shape(), Shape::Lettre);
    /// assert_eq!(found.reply().enhanced().unwrap().to_string(), "5.7.1");
    ///
    /// let found = Reply::extract("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)");
    /// assert_eq!(found.reply().enhanced().unwrap().to_string(), "5.7.1");
    /// assert_eq!(found.reply().enhanced_source(), Some(EnhancedSource::Beside));
    /// ```
    pub fn extract(text: &'a str) -> Extracted<'a> {
        let shapes: [for<'t> fn(&'t str) -> Option<Extracted<'t>>; 14] = [
            postfix, exim, sendmail, qmail, microsoft, dsn, lettre, smtplib, nodemailer, phpmailer,
            javamail, dotnet, go, bare,
        ];
        let found = shapes
            .iter()
            .find_map(|shape| shape(text))
            .or_else(|| quoted(text))
            .unwrap_or_else(|| Extracted::from(Reply::parse(text)));
        finish(found)
    }

    /// The same reply with an enhanced code found beside it, when it has none of its own.
    pub(crate) fn with_enhanced_beside(mut self, code: EnhancedCode) -> Reply<'a> {
        if self.enhanced.is_none() {
            self.enhanced = Some((code, EnhancedSource::Beside));
        }
        self
    }
}

/// What every shape gets: qmail's trailing code when the reply has no enhanced code, and
/// the recipient from the reply's text when the shape named none.
fn finish(mut found: Extracted<'_>) -> Extracted<'_> {
    if found.reply.enhanced().is_none() {
        let text = found.reply.text();
        if let Some(code) = qmail_code(&text) {
            found.reply = found.reply.with_enhanced_beside(code);
        }
    }
    if found.recipient.is_none() {
        found.recipient = recipient_in_reply(&found.reply.text()).map(Cow::Owned);
    }
    found
}

// ---------------------------------------------------------------------------------------
// Small text tools. Every search is linear in the text; nothing here indexes out of bounds.

/// ASCII case-insensitive search.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    let first = n[0].to_ascii_lowercase();
    (0..=h.len() - n.len())
        .filter(|&i| h[i].to_ascii_lowercase() == first)
        .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The text after the first `key`, up to the first of `stops` (or the end).
fn value_after<'t>(text: &'t str, key: &str, stops: &[char]) -> Option<&'t str> {
    let at = text.find(key)? + key.len();
    let rest = text.get(at..)?;
    Some(&rest[..rest.find(stops).unwrap_or(rest.len())])
}

/// The text after the first `key`, to the end.
fn after<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    text.get(text.find(key)? + key.len()..)
}

/// An address without angle brackets, if it looks like one.
fn address(s: &str) -> Option<&str> {
    let s = s
        .trim()
        .trim_start_matches('<')
        .trim_end_matches(['>', ',']);
    (s.contains('@') && !s.contains([' ', '<', '>'])).then_some(s)
}

/// A host as logs write it (`mx.example.com[203.0.113.5]:25`, `mx.example.com.`): the name,
/// or the address when the name is `unknown` or missing. Only written with its address in
/// brackets: a bare word after `relay=` is a service (`local`, `none`).
fn bracketed_host(s: &str) -> Option<&str> {
    let open = s.find('[')?;
    let name = s[..open].trim().trim_end_matches('.');
    let addr = s.get(open + 1..)?.split(']').next().unwrap_or("");
    match name {
        "" | "unknown" => (!addr.is_empty() && !addr.contains('/')).then_some(addr),
        n if !n.contains([' ', '(', ')', '=']) => Some(n),
        _ => None,
    }
}

/// A host named at the start of `text` with its address in brackets: `mx.example.com[ip]`
/// (Postfix) or `mx.example.com [ip]` (Exim). `None` if no name or address comes first.
fn host_at(text: &str) -> Option<&str> {
    let end = text.find(']')? + 1;
    let s = &text[..end];
    let name = s[..s.find('[')?].trim();
    if name.contains(' ') {
        return None;
    }
    bracketed_host(s)
}

/// The host named after the first of `patterns` that the text has, as [`host_at`] reads it:
/// `connect to HOST[…]`, `host HOST [addr]`, ….
fn host_after<'t>(text: &'t str, patterns: &[&str]) -> Option<&'t str> {
    patterns.iter().find_map(|p| {
        text.match_indices(p)
            .find_map(|(i, m)| host_at(text.get(i + m.len()..)?).filter(|h| !h.is_empty()))
    })
}

/// Where a reply starts in `text`: a reply code (2xx–5xx) at the start or after a space,
/// colon, bracket, quote, `#` or `;`, followed by a space, `-`, or the end; not part of a
/// number, a time or an address.
fn reply_start(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len()).find(|&i| {
        let before_ok = i == 0
            || matches!(
                b[i - 1],
                b' ' | b'\t' | b':' | b'(' | b'\'' | b'"' | b'\n' | b'[' | b'#' | b';'
            );
        let digits = matches!(b.get(i), Some(b'2'..=b'5'))
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit);
        let after_ok = matches!(
            b.get(i + 3),
            None | Some(b' ' | b'-' | b'\t' | b'\r' | b'\n')
        );
        before_ok && digits && after_ok
    })
}

/// An enhanced code written `X.Y.Z` (any class but `X`).
fn enhanced_code(s: &str) -> Option<EnhancedCode> {
    s.trim()
        .trim_end_matches(['.', ',', ')'])
        .parse()
        .ok()
        .filter(|c: &EnhancedCode| !c.is_generic())
}

/// qmail's code in its own messages and after a reply: `… (#5.7.1)`, `(#5.1.1 - chkuser)`.
fn qmail_code(text: &str) -> Option<EnhancedCode> {
    let open = text.rfind("(#")?;
    let inner = text.get(open + 2..)?;
    enhanced_code(inner.split([' ', ')']).next()?)
}

/// The first address in angle brackets in a reply's text, unless the reply is about the
/// sender ("Sender address rejected").
fn recipient_in_reply(text: &str) -> Option<String> {
    if find_ci(text, "sender address").is_some() || find_ci(text, "sender rejected").is_some() {
        return None;
    }
    let open = text.find('<')?;
    let close = open + text.get(open..)?.find('>')?;
    address(text.get(open..=close)?).map(String::from)
}

/// Lines that continue the line before (they start with white space) joined to it by one
/// space, as RFC 5322 unfolds header fields and as bouncers wrap long replies.
fn unfold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            if line.starts_with([' ', '\t']) {
                out.push(' ');
            } else {
                out.push('\n');
            }
        }
        out.push_str(if i > 0 { line.trim_start() } else { line });
    }
    out
}

/// A reply whose lines were joined into one (Postfix: `550-5.1.1 a 550-5.1.1 b 550 5.1.1 c`)
/// split back into its lines at each ` NNN-` or ` NNN ` that repeats its code.
fn split_joined(text: &str) -> Cow<'_, str> {
    let Some(code) = text
        .get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))
    else {
        return Cow::Borrowed(text);
    };
    if text.as_bytes().get(3) != Some(&b'-') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let b = text.as_bytes();
    let mut last = 0;
    let mut i = 4;
    while i + 4 < b.len() {
        let marker =
            b[i] == b' ' && text.get(i + 1..i + 4) == Some(code) && matches!(b[i + 4], b'-' | b' ');
        if marker {
            out.push_str(&text[last..i]);
            out.push_str("\r\n");
            last = i + 1;
            i += 5;
        } else {
            i += 1;
        }
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// A reply from lines a library gave without the code on each (Python, Go): the code put
/// back on every line, `-` on all but the last.
fn with_code(code: &str, message: &str) -> String {
    let lines: Vec<&str> = message.lines().collect();
    if lines.is_empty() {
        return String::from(code);
    }
    let mut out = String::with_capacity(message.len() + lines.len() * 5);
    for (i, l) in lines.iter().enumerate() {
        let l = l.trim_end_matches('\r');
        // A line that kept its code (Go's first line) is taken as it is.
        if l.get(..3) == Some(code) && matches!(l.as_bytes().get(3), Some(b' ' | b'-') | None) {
            out.push_str(code);
            out.push(if i + 1 < lines.len() { '-' } else { ' ' });
            out.push_str(l.get(4..).unwrap_or(""));
        } else {
            out.push_str(code);
            out.push(if i + 1 < lines.len() { '-' } else { ' ' });
            out.push_str(l);
        }
        out.push_str("\r\n");
    }
    out
}

/// A quoted string's content with its escapes undone: `\n`, `\t`, `\r`, `\\`, `\'`, `\"`,
/// `\xNN` (Python bytes, JavaScript, JSON and Rust `Debug`).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                match u8::from_str_radix(&hex, 16) {
                    Ok(b) if b.is_ascii() => out.push(char::from(b)),
                    _ => out.push('\u{FFFD}'),
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The content of the string literal that starts at `text[0]` (a `'` or `"`), escapes kept.
fn literal(text: &str) -> Option<&str> {
    let quote = text.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let b = text.as_bytes();
    let mut i = 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote as u8 => return text.get(1..i),
            _ => i += 1,
        }
    }
    None
}

/// A reply parsed from text the finder put together.
fn owned(text: String) -> Reply<'static> {
    Reply::parse(&text).into_owned()
}

/// `reply` with `beside` as its enhanced code if it has none.
fn beside(reply: Reply<'_>, code: Option<EnhancedCode>) -> Reply<'_> {
    match code {
        Some(c) => reply.with_enhanced_beside(c),
        None => reply,
    }
}

/// A reply read from where one starts in `text`, or the words themselves when none does.
fn reply_or_words(text: &str) -> Reply<'_> {
    match reply_start(text) {
        Some(at) => Reply::parse(&text[at..]),
        None => Reply::parse(text.trim()),
    }
}

fn found<'a>(
    reply: Reply<'a>,
    shape: Shape,
    recipient: Option<&'a str>,
    remote_host: Option<&'a str>,
) -> Option<Extracted<'a>> {
    Some(Extracted {
        reply,
        shape,
        recipient: recipient.map(Cow::Borrowed),
        remote_host: remote_host.map(Cow::Borrowed),
    })
}

// ---------------------------------------------------------------------------------------
// The shapes, each from what its software writes.

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
fn postfix(text: &str) -> Option<Extracted<'_>> {
    let is_log = text.contains("postfix/");
    let is_bounce = text.contains("This is the mail system at host")
        || text
            .lines()
            .any(|l| l.starts_with('<') && l.contains(">: host ") && l.contains(" said: "));
    let is_status = text.contains("status=") && text.contains("dsn=");
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
fn exim(text: &str) -> Option<Extracted<'_>> {
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
fn sendmail(text: &str) -> Option<Extracted<'_>> {
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
fn qmail(text: &str) -> Option<Extracted<'_>> {
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
fn microsoft(text: &str) -> Option<Extracted<'_>> {
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
        None => {
            let line = text
                .lines()
                .rev()
                .find(|l| l.contains("smtp;") || l.starts_with('#'))?;
            line
        }
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
fn dsn(text: &str) -> Option<Extracted<'_>> {
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
    let reply = match reply_start(&words) {
        Some(0) => owned(String::from(split_joined(&words))),
        _ => owned(words),
    };
    Some(Extracted {
        reply: beside(reply, status),
        shape: Shape::Dsn,
        recipient: recipient.map(Cow::Owned),
        remote_host: remote_host.map(Cow::Owned),
    })
}

/// lettre's SMTP error: `Display` is `permanent error (550): MESSAGE` (the reply's lines
/// after the code, joined by spaces since 0.11.23, glued before); `Debug` spells the code out
/// (`Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Zero }`)
/// before `source: "MESSAGE"`.
fn lettre(text: &str) -> Option<Extracted<'_>> {
    if let Some(at) = text.find("lettre::transport::smtp::Error {") {
        let rest = text.get(at..)?;
        let digit = |key: &str, names: &[&str]| -> Option<char> {
            let v = value_after(rest, key, &[',', ' ', '}'])?;
            let i = names.iter().position(|n| *n == v)?;
            char::from_digit(i as u32, 10)
        };
        let severity = digit(
            "severity: ",
            &[
                "",
                "",
                "PositiveCompletion",
                "PositiveIntermediate",
                "TransientNegativeCompletion",
                "PermanentNegativeCompletion",
            ],
        )?;
        let category = digit(
            "category: ",
            &[
                "Syntax",
                "Information",
                "Connections",
                "Unspecified3",
                "Unspecified4",
                "MailSystem",
            ],
        )?;
        let detail = digit(
            "detail: ",
            &[
                "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
            ],
        )?;
        let message = after(rest, "source: ")
            .and_then(literal)
            .map(unescape)
            .unwrap_or_default();
        let reply = owned(format!("{severity}{category}{detail} {message}"));
        return found(reply, Shape::Lettre, None, None);
    }
    let at = text
        .find("permanent error (")
        .or_else(|| text.find("transient error ("))?;
    let rest = text.get(at..)?.split_once('(')?.1;
    let code = rest
        .get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_digit()))?;
    let message = rest.get(3..)?.strip_prefix(')')?;
    let message = message.strip_prefix(": ").unwrap_or(message);
    let message = message.lines().next().unwrap_or(message);
    found(
        owned(format!("{code} {message}")),
        Shape::Lettre,
        None,
        None,
    )
}

/// Python's smtplib: `SMTPRecipientsRefused: {'rcpt': (550, b'…')}` and the other
/// `SMTPResponseException`s, `(code, b'message'[, 'sender'])`. The message is a bytes repr
/// whose lines lost their code.
fn smtplib(text: &str) -> Option<Extracted<'_>> {
    let at = text.find("smtplib.SMTP")?;
    let rest = text.get(at..)?;
    let (_, args) = rest.split_once(": ")?;
    let (recipient, tuple) = match args.strip_prefix('{') {
        Some(dict) => {
            let key = literal(dict.trim_start())?;
            (address(key), dict.split_once(": ")?.1)
        }
        None => (None, args),
    };
    let Some(tuple) = tuple.trim_start().strip_prefix('(') else {
        // An exception without a reply: SMTPServerDisconnected("Connection unexpectedly closed").
        return found(owned(String::from(args.trim())), Shape::Smtplib, None, None);
    };
    let (code, message) = tuple.split_once(", ")?;
    let code = code.trim();
    let message = message
        .trim_start()
        .strip_prefix('b')
        .unwrap_or(message.trim_start());
    let message = unescape(literal(message)?);
    let reply = owned(with_code(code, &message));
    found(reply, Shape::Smtplib, recipient, None)
}

/// nodemailer: `Error: Can't send mail - all recipients were rejected: REPLY`, and the other
/// messages of `_formatError`, often with the error's fields (`response: '…'`,
/// `recipient: '…'`) after the stack; or those fields as JSON.
fn nodemailer(text: &str) -> Option<Extracted<'_>> {
    let messages = [
        "Can't send mail - all recipients were rejected: ",
        "Recipient command failed: ",
        "Mail command failed: ",
        "Data command failed: ",
        "Message failed: ",
        "Invalid login: ",
    ];
    let is_json = text.contains("\"responseCode\":") || text.contains("\"response\":");
    let has_message = messages.iter().any(|m| text.contains(m));
    if !has_message && !is_json && !text.contains("responseCode:") {
        return None;
    }
    let recipient = value_after(text, "recipient: '", &['\''])
        .or_else(|| value_after(text, "rejected: [ '", &['\'']))
        .and_then(address);
    // The `response` field holds the whole reply, every line with its code.
    let response = after(text, "response: ")
        .or_else(|| after(text, "\"response\":"))
        .map(|r| {
            let mut out = String::new();
            let mut rest = r.trim_start();
            // A long string is printed as 'a\n' + 'b'.
            while let Some(part) = literal(rest) {
                out.push_str(&unescape(part));
                rest = rest.get(part.len() + 2..).unwrap_or("").trim_start();
                match rest.strip_prefix('+') {
                    Some(r) => rest = r.trim_start(),
                    None => break,
                }
            }
            out
        })
        .filter(|r| !r.is_empty());
    let reply = match response {
        Some(r) => owned(r),
        None => {
            let at = messages
                .iter()
                .find_map(|m| text.find(m).map(|i| i + m.len()))?;
            let rest = text.get(at..)?;
            let lines: Vec<&str> = rest
                .lines()
                .take_while(|l| !l.trim_start().starts_with("at "))
                .collect();
            owned(lines.join("\r\n"))
        }
    };
    found(reply, Shape::Nodemailer, recipient, None)
}

/// PHPMailer: `SMTP ERROR: CMD command failed: REPLY` in its debug output (continuation
/// lines indented, or glued with `<br>` in HTML), and its `ErrorInfo` messages, which drop
/// the codes (`The following recipients failed: rcpt: DETAIL`) or spell them out
/// (`SMTP code: 553 Additional SMTP info: 5.7.1`).
fn phpmailer(text: &str) -> Option<Extracted<'_>> {
    if !(text.contains("SMTP ERROR: ")
        || text.contains("SMTP Error: ")
        || text.contains("Mailer Error: "))
    {
        return None;
    }
    if let Some(code) = value_after(text, "SMTP code: ", &[' ', '\n']) {
        let enhanced = value_after(text, "Additional SMTP info: ", &[' ', '\n']).unwrap_or("");
        let detail = value_after(text, "Detail: ", &['\n']).unwrap_or("");
        let reply = owned(format!("{code} {enhanced} {detail}"));
        return found(reply, Shape::Phpmailer, None, None);
    }
    if let Some(failed) = after(text, "The following recipients failed: ") {
        let (rcpt, detail) = failed.split_once(": ")?;
        let reply = owned(String::from(detail.lines().next().unwrap_or(detail)));
        return found(reply, Shape::Phpmailer, address(rcpt), None);
    }
    let at = text.find("command failed: ")? + "command failed: ".len();
    let rest = text.get(at..)?;
    let mut lines: Vec<&str> = Vec::new();
    for (i, l) in rest.lines().enumerate() {
        let l = l.trim_start().trim_end_matches("<br>");
        // Debug output continues a message on lines indented with spaces and a tab.
        if i > 0 && reply_start(l) != Some(0) {
            break;
        }
        lines.push(l);
    }
    found(owned(lines.join("\r\n")), Shape::Phpmailer, None, None)
}

/// Jakarta Mail / JavaMail: `…smtp.SMTPAddressFailedException: 550 5.1.1 …` and the other
/// `MessagingException`s; the reply's lines keep their codes and end with a line break.
fn javamail(text: &str) -> Option<Extracted<'_>> {
    if !(text.contains("mail.smtp.")
        || text.contains("mail.SendFailedException")
        || text.contains("mail.AuthenticationFailedException"))
    {
        return None;
    }
    let at = text
        .match_indices("Exception: ")
        .map(|(i, m)| i + m.len())
        .find(|&i| text.get(i..).and_then(reply_start) == Some(0))?;
    let rest = text.get(at..)?;
    let lines: Vec<&str> = rest
        .lines()
        .take_while(|l| reply_start(l) == Some(0))
        .collect();
    found(owned(lines.join("\r\n")), Shape::Javamail, None, None)
}

/// .NET System.Net.Mail: `SmtpException: <status sentence> The server response was:
/// <the reply's first line without its code>`.
fn dotnet(text: &str) -> Option<Extracted<'_>> {
    let at = text.find("The server response was: ")? + "The server response was: ".len();
    let rest = text.get(at..)?;
    let line = rest.lines().next().unwrap_or(rest);
    found(Reply::parse(line.trim()), Shape::Dotnet, None, None)
}

/// Go's net/smtp: `textproto.Error` prints `550 message`, continuation lines without their
/// code; programs log it behind a timestamp (`2024/05/14 10:22:31 `) or a prefix
/// (`send mail: `).
fn go(text: &str) -> Option<Extracted<'_>> {
    let b = text.as_bytes();
    let logged = b.len() > 20
        && b[4] == b'/'
        && b[7] == b'/'
        && b[10] == b' '
        && b[13] == b':'
        && b[..4].iter().all(u8::is_ascii_digit);
    let prefixed = text.starts_with("send mail: ");
    if !logged && !prefixed {
        return None;
    }
    let rest = if logged {
        text.get(20..)?
    } else {
        text.get(11..)?
    };
    let code = rest
        .get(..3)
        .filter(|c| c.bytes().all(|d| d.is_ascii_digit()))?;
    let message = rest.get(4..).unwrap_or("");
    found(owned(with_code(code, message)), Shape::Go, None, None)
}

/// A bare reply: the text starts with a reply code or an enhanced code (quoting marks
/// `> ` removed).
fn bare(text: &str) -> Option<Extracted<'_>> {
    let t = text.trim_start_matches(['>', ' ']);
    let reply = Reply::parse(t);
    (reply.code().is_some() || reply.enhanced().is_some()).then(|| Extracted::from(reply))
}

/// A reply quoted after a colon or quote inside other text.
fn quoted(text: &str) -> Option<Extracted<'_>> {
    let at = reply_start(text).filter(|&at| at > 0)?;
    let rest = text[at..].trim_end().trim_end_matches(['\'', '"', ')']);
    Some(Extracted {
        reply: Reply::parse(rest),
        shape: Shape::Quoted,
        recipient: None,
        remote_host: None,
    })
}
