//! Replies inside what people paste: log lines, bounces and library errors.
//!
//! People rarely paste a bare reply. [`Reply::extract`] recognises the usual wrappings
//! (DESIGN §8) and returns the reply inside, with what the text says around it: the recipient,
//! the remote host, and an enhanced code given beside the reply rather than in it (a log's
//! `dsn=`, a DSN's `Status:`, qmail's trailing `(#5.7.1)`). Each shape follows what its
//! software writes, as read in its source (see `tests/data/pasted.tsv` for the examples and
//! where each shape is documented).

mod clients;
mod servers;
mod text;

use super::{EnhancedSource, Reply};
use crate::EnhancedCode;
use alloc::borrow::Cow;
use clients::{bare, dotnet, go, javamail, lettre, nodemailer, phpmailer, quoted, smtplib};
use core::fmt;
use servers::{dsn, exim, microsoft, postfix, qmail, sendmail};
use text::{qmail_code, recipient_in_reply};

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
        Reply::extract_trying(text, None)
    }

    /// [`Reply::extract`], trying the shape of `first` before the others: the log reader knows
    /// which server wrote a line, and the other shapes' looks would cost it time for nothing.
    /// The answer is the same unless `first`'s shape claims text another shape tried earlier
    /// would have claimed.
    pub(crate) fn extract_trying(text: &'a str, first: Option<Shape>) -> Extracted<'a> {
        let shapes: [for<'t> fn(&'t str) -> Option<Extracted<'t>>; 14] = [
            postfix, exim, sendmail, qmail, microsoft, dsn, lettre, smtplib, nodemailer, phpmailer,
            javamail, dotnet, go, bare,
        ];
        let first: Option<for<'t> fn(&'t str) -> Option<Extracted<'t>>> = match first {
            Some(Shape::Postfix) => Some(postfix),
            Some(Shape::Exim) => Some(exim),
            Some(Shape::Sendmail) => Some(sendmail),
            _ => None,
        };
        let found = first
            .and_then(|shape| shape(text))
            .or_else(|| shapes.iter().find_map(|shape| shape(text)))
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
