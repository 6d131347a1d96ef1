//! Replies in what mail client libraries print: lettre, Python's smtplib, nodemailer,
//! PHPMailer, JavaMail, .NET and Go; and bare or quoted replies.

use super::text::*;
use super::{Extracted, Shape};
use crate::Reply;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// lettre's SMTP error: `Display` is `permanent error (550): MESSAGE` (the reply's lines
/// after the code, joined by spaces since 0.11.23, glued before); `Debug` spells the code out
/// (`Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Zero }`)
/// before `source: "MESSAGE"`.
pub(super) fn lettre(text: &str) -> Option<Extracted<'_>> {
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
pub(super) fn smtplib(text: &str) -> Option<Extracted<'_>> {
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
pub(super) fn nodemailer(text: &str) -> Option<Extracted<'_>> {
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
pub(super) fn phpmailer(text: &str) -> Option<Extracted<'_>> {
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
pub(super) fn javamail(text: &str) -> Option<Extracted<'_>> {
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
pub(super) fn dotnet(text: &str) -> Option<Extracted<'_>> {
    let at = text.find("The server response was: ")? + "The server response was: ".len();
    let rest = text.get(at..)?;
    let line = rest.lines().next().unwrap_or(rest);
    found(Reply::parse(line.trim()), Shape::Dotnet, None, None)
}

/// Go's net/smtp: `textproto.Error` prints `550 message`, continuation lines without their
/// code; programs log it behind a timestamp (`2024/05/14 10:22:31 `) or a prefix
/// (`send mail: `).
pub(super) fn go(text: &str) -> Option<Extracted<'_>> {
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
pub(super) fn bare(text: &str) -> Option<Extracted<'_>> {
    let t = text.trim_start_matches(['>', ' ']);
    let reply = Reply::parse(t);
    (reply.code().is_some() || reply.enhanced().is_some()).then(|| Extracted::from(reply))
}

/// A reply quoted after a colon or quote inside other text.
pub(super) fn quoted(text: &str) -> Option<Extracted<'_>> {
    let at = reply_start(text).filter(|&at| at > 0)?;
    let rest = text[at..].trim_end().trim_end_matches(['\'', '"', ')']);
    Some(Extracted {
        reply: Reply::parse(rest),
        shape: Shape::Quoted,
        recipient: None,
        remote_host: None,
    })
}
