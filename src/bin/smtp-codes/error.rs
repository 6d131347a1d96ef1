//! How a command fails, and the exit code each failure gives (README, "Exit codes").

use smtp_codes::{Code, Locale};
use std::io;
use std::process::ExitCode;

/// Why a command did not finish.
pub enum Failure {
    /// A well-formed code the catalog does not know: exit 1, with a suggestion.
    Unknown(String),
    /// A usage error or malformed input: exit 2, with one line naming what was wrong.
    Usage(String),
    /// Reading or writing failed; `what` says what was being read or written.
    Io { what: String, error: io::Error },
}

impl From<io::Error> for Failure {
    /// A failed write to standard output (the usual `?` in a command).
    fn from(error: io::Error) -> Failure {
        Failure::Io {
            what: String::from("standard output"),
            error,
        }
    }
}

impl Failure {
    /// An I/O error while working on `what` (a path, "standard input").
    pub fn io(what: impl std::fmt::Display, error: io::Error) -> Failure {
        Failure::Io {
            what: what.to_string(),
            error,
        }
    }

    /// Prints the message, if any, and gives the exit code. A reader that stops reading (a
    /// closed pipe, as `smtp-codes list | head` makes) is not a failure.
    pub fn report(self) -> ExitCode {
        let (code, message) = match self {
            Failure::Unknown(m) => (1, m),
            Failure::Usage(m) => (2, m),
            Failure::Io { error, .. } if error.kind() == io::ErrorKind::BrokenPipe => {
                return ExitCode::SUCCESS;
            }
            Failure::Io { what, error } => (2, format!("cannot use {what}: {error}")),
        };
        eprintln!("smtp-codes: {message}");
        ExitCode::from(code)
    }
}

/// A code as typed by the user, or exit 2 naming what is wrong with it.
pub fn parse_code(s: &str) -> Result<Code, Failure> {
    s.trim()
        .parse::<Code>()
        .map_err(|e| Failure::Usage(format!("'{s}' is not an SMTP code: {e}")))
}

/// The failure for a well-formed code the catalog does not know, with the best suggestion.
pub fn unknown(c: Code) -> Failure {
    let folklore = match c {
        Code::Reply(r) => smtp_codes::folklore(r.as_u16()).is_some(),
        Code::Enhanced(_) => false,
    };
    let hint = match smtp_codes::suggest(c) {
        Some(s @ Code::Enhanced(_)) if folklore => format!(
            "; {c} is not a reply code servers send, it is usually the enhanced code {s} misread: try `smtp-codes show {s}`"
        ),
        Some(s) => {
            let title = s.texts().map_or("", |t| t.title(Locale::En));
            format!("; the nearest known code is {s} ({title}): try `smtp-codes show {s}`")
        }
        None => String::new(),
    };
    Failure::Unknown(format!("{c} is not in the catalog{hint}"))
}

/// Codes the catalog must know: the first unknown one fails.
pub fn known(codes: &[Code]) -> Result<(), Failure> {
    match codes.iter().find(|c| !c.is_known()) {
        Some(&c) => Err(unknown(c)),
        None => Ok(()),
    }
}
