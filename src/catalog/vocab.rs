//! The catalog's small vocabularies: how a code is defined, who acts, which command draws a
//! reply, what kind of document a source is.
//!
//! This file is the one place they are written. The library compiles it as
//! `smtp_codes::{Status, Party, Command, SourceKind}`; the generator in `build/` includes it
//! by `#[path]` and accepts in `data/` exactly the ids listed here. The enums are
//! `#[non_exhaustive]`: a value added to the data is not a breaking change.

/// Defines a vocabulary: an enum whose variants each have a stable `snake_case` id (used in
/// `data/` and in JSON), with `as_str`, `FromStr` and `ALL`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl $name {
            /// Every value, in the order of its declaration.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in the catalog's data and in JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }
        }

        impl core::str::FromStr for $name {
            type Err = UnknownId;
            /// The value of an id, as [`as_str`](Self::as_str) writes it.
            fn from_str(id: &str) -> Result<Self, UnknownId> {
                match id {
                    $($id => Ok($name::$variant),)+
                    _ => Err(UnknownId),
                }
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}

/// The id is not one of the vocabulary's.
///
/// ```
/// use smtp_codes::{Party, UnknownId};
/// assert_eq!("recipient_admin".parse::<Party>(), Ok(Party::RecipientAdmin));
/// assert_eq!("postmaster".parse::<Party>(), Err(UnknownId));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnknownId;

impl core::fmt::Display for UnknownId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("not an id of this vocabulary")
    }
}

vocabulary! {
    /// How a code is defined.
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, Status};
    /// assert_eq!(ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().status(), Status::Standard);
    /// assert_eq!(Status::NonStandard.as_str(), "non-standard");
    /// ```
    pub enum Status {
        /// Defined by the core SMTP specification (RFC 5321) or the enhanced-code RFCs.
        Standard = "standard",
        /// Defined by an SMTP service extension RFC.
        Extension = "extension",
        /// Defined once, since deprecated or removed.
        Obsolete = "obsolete",
        /// Defined by an experimental RFC or an Internet-Draft.
        Experimental = "experimental",
        /// Defined by no RFC; sent by particular servers or vendors (see the references).
        NonStandard = "non-standard",
    }
}

vocabulary! {
    /// Who has to act to resolve a code or a reason.
    ///
    /// ```
    /// use smtp_codes::{Party, ReplyCode};
    /// let info = ReplyCode::from_u16(503).unwrap().info().unwrap();
    /// assert_eq!(info.fix_by()[0], Party::SendingClient);
    /// assert_eq!(Party::RecipientAdmin.as_str(), "recipient_admin");
    /// ```
    pub enum Party {
        /// The program (or person) sending the SMTP commands.
        SendingClient = "sending_client",
        /// Whoever runs the sending domain or mail server.
        SenderAdmin = "sender_admin",
        /// Whoever runs the recipient's domain or mailbox.
        RecipientAdmin = "recipient_admin",
        /// The operator of the server that sent the reply.
        ServerAdmin = "server_admin",
        /// Nobody: a success or an intermediate step.
        Nobody = "nobody",
        /// The person who wrote and sent the message.
        Sender = "sender",
        /// The person the message is addressed to.
        Recipient = "recipient",
    }
}

vocabulary! {
    /// An SMTP command (or moment of the session) that can draw a reply (RFC 5321 §4.3.2 and
    /// the extension RFCs).
    ///
    /// ```
    /// use smtp_codes::{Command, ReplyCode};
    /// let info = ReplyCode::from_u16(354).unwrap().info().unwrap();
    /// assert!(info.commands().contains(&Command::Data));
    /// assert_eq!(Command::Rcpt.token(), Some("RCPT TO"));
    /// assert_eq!(Command::DataEnd.as_str(), "data_end");
    /// ```
    pub enum Command {
        /// The greeting, right after the connection opens.
        Connect = "connect",
        /// `EHLO` or `HELO`.
        Ehlo = "ehlo",
        /// `MAIL FROM`.
        Mail = "mail",
        /// `RCPT TO`.
        Rcpt = "rcpt",
        /// The `DATA` command itself.
        Data = "data",
        /// The end of the message data (the final `.`).
        DataEnd = "data_end",
        /// `RSET`.
        Rset = "rset",
        /// `VRFY`.
        Vrfy = "vrfy",
        /// `EXPN`.
        Expn = "expn",
        /// `HELP`.
        Help = "help",
        /// `NOOP`.
        Noop = "noop",
        /// `QUIT`.
        Quit = "quit",
        /// `STARTTLS` (RFC 3207).
        Starttls = "starttls",
        /// `AUTH` (RFC 4954).
        Auth = "auth",
        /// `BDAT` (RFC 3030).
        Bdat = "bdat",
        /// `BURL` (RFC 4468).
        Burl = "burl",
        /// `ETRN` (RFC 1985).
        Etrn = "etrn",
        /// `ATRN` (RFC 2645).
        Atrn = "atrn",
        /// Any command.
        Any = "any",
    }
}

impl Command {
    /// The protocol token, for commands that have one (`MAIL FROM`); `None` for the greeting,
    /// the end of data and "any command", whose names are translated.
    ///
    /// ```
    /// # use smtp_codes::Command;
    /// assert_eq!(Command::Ehlo.token(), Some("EHLO"));
    /// assert_eq!(Command::Connect.token(), None);
    /// ```
    pub const fn token(self) -> Option<&'static str> {
        Some(match self {
            Command::Connect | Command::DataEnd | Command::Any => return None,
            Command::Ehlo => "EHLO",
            Command::Mail => "MAIL FROM",
            Command::Rcpt => "RCPT TO",
            Command::Data => "DATA",
            Command::Rset => "RSET",
            Command::Vrfy => "VRFY",
            Command::Expn => "EXPN",
            Command::Help => "HELP",
            Command::Noop => "NOOP",
            Command::Quit => "QUIT",
            Command::Starttls => "STARTTLS",
            Command::Auth => "AUTH",
            Command::Bdat => "BDAT",
            Command::Burl => "BURL",
            Command::Etrn => "ETRN",
            Command::Atrn => "ATRN",
        })
    }
}

vocabulary! {
    /// What kind of document a source is.
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, SourceKind};
    /// let r = &ReplyCode::SERVICE_NOT_AVAILABLE.info().unwrap().references()[0];
    /// assert_eq!(r.source().kind(), SourceKind::Rfc);
    /// ```
    pub enum SourceKind {
        /// An RFC.
        Rfc = "rfc",
        /// An IANA registry.
        Registry = "registry",
        /// An Internet-Draft.
        Draft = "draft",
        /// A vendor's or MTA's documentation or source code.
        Vendor = "vendor",
    }
}
