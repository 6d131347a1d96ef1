//! The bridge from lettre's SMTP types to [`Reply`] (feature `lettre`).

use super::Reply;
use alloc::string::String;

impl Reply<'static> {
    /// The reply lettre received, as a [`Reply`].
    ///
    /// ```
    /// use lettre::transport::smtp::response::Response;
    /// use smtp_codes::Reply;
    /// let response: Response = "250-mx.example.com\r\n250 2.0.0 OK\r\n".parse().unwrap();
    /// let reply = Reply::from_lettre_response(&response);
    /// assert_eq!(reply.code().unwrap(), 250);
    /// assert_eq!(reply.enhanced().unwrap().to_string(), "2.0.0");
    /// assert_eq!(reply.text(), "mx.example.com\nOK");
    /// ```
    pub fn from_lettre_response(response: &lettre::transport::smtp::response::Response) -> Self {
        let code = u16::from(response.code());
        let mut raw = String::new();
        let mut lines = response.message().peekable();
        if lines.peek().is_none() {
            push_code(&mut raw, code);
        }
        while let Some(line) = lines.next() {
            push_code(&mut raw, code);
            raw.push(if lines.peek().is_some() { '-' } else { ' ' });
            raw.push_str(line);
            raw.push_str("\r\n");
        }
        Reply::parse(&raw).into_owned()
    }

    /// The server's reply carried by a lettre error: `Some` for the errors a 4yz or 5yz
    /// reply causes (`is_transient()` or `is_permanent()`), `None` for others (network,
    /// TLS, …).
    ///
    /// lettre keeps the reply's lines joined by spaces, with the enhanced code of all but the
    /// first removed, so the reply has one line.
    pub fn from_lettre_error(error: &lettre::transport::smtp::Error) -> Option<Self> {
        use std::error::Error as _;
        let code = u16::from(error.status()?);
        let mut raw = String::new();
        push_code(&mut raw, code);
        if let Some(message) = error.source() {
            use core::fmt::Write as _;
            raw.push(' ');
            // Writing to a String cannot fail.
            let _ = write!(raw, "{message}");
        }
        Some(Reply::parse(&raw).into_owned())
    }
}

fn push_code(s: &mut String, code: u16) {
    for d in [code / 100 % 10, code / 10 % 10, code % 10] {
        s.push(char::from(b'0' + d as u8));
    }
}
