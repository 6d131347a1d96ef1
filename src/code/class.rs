//! What the digits of a code mean: [`Class`], [`Category`] and [`Subject`].

use strum::{EnumCount, EnumIter, IntoStaticStr, VariantArray};

/// The class of a code: the first digit of a reply code (RFC 5321 §4.2.1) or of an enhanced
/// status code (RFC 3463 §2).
///
/// ```
/// use smtp_codes::{Class, ReplyCode};
/// assert_eq!(ReplyCode::SERVICE_NOT_AVAILABLE.class(), Class::TransientNegative);
/// assert_eq!(Class::TransientNegative.digit(), 4);
/// assert!(Class::TransientNegative.is_transient());
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumCount,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Class {
    /// 2yz / 2.X.X: the request succeeded.
    PositiveCompletion,
    /// 3yz: the server waits for more (after `DATA`, during `AUTH`). No enhanced class.
    PositiveIntermediate,
    /// 4yz / 4.X.X: a temporary failure; the same request may work later.
    TransientNegative,
    /// 5yz / 5.X.X: a permanent failure; do not repeat the request unchanged.
    PermanentNegative,
}

impl Class {
    /// The class of a first digit (2 to 5).
    ///
    /// ```
    /// # use smtp_codes::Class;
    /// assert_eq!(Class::from_digit(5), Some(Class::PermanentNegative));
    /// assert_eq!(Class::from_digit(1), None);
    /// ```
    pub const fn from_digit(digit: u8) -> Option<Class> {
        match digit {
            2 => Some(Class::PositiveCompletion),
            3 => Some(Class::PositiveIntermediate),
            4 => Some(Class::TransientNegative),
            5 => Some(Class::PermanentNegative),
            _ => None,
        }
    }

    /// The first digit: 2, 3, 4 or 5.
    ///
    /// ```
    /// # use smtp_codes::Class;
    /// assert_eq!(Class::PositiveIntermediate.digit(), 3);
    /// ```
    pub const fn digit(self) -> u8 {
        match self {
            Class::PositiveCompletion => 2,
            Class::PositiveIntermediate => 3,
            Class::TransientNegative => 4,
            Class::PermanentNegative => 5,
        }
    }

    /// Whether this class is a temporary failure (4).
    ///
    /// ```
    /// # use smtp_codes::Class;
    /// assert!(!Class::PermanentNegative.is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        matches!(self, Class::TransientNegative)
    }

    /// Whether this class is a permanent failure (5).
    ///
    /// ```
    /// # use smtp_codes::Class;
    /// assert!(Class::PermanentNegative.is_permanent());
    /// ```
    pub const fn is_permanent(self) -> bool {
        matches!(self, Class::PermanentNegative)
    }

    /// Whether this class is a failure (4 or 5).
    ///
    /// ```
    /// # use smtp_codes::Class;
    /// assert!(Class::TransientNegative.is_failure());
    /// assert!(!Class::PositiveCompletion.is_failure());
    /// ```
    pub const fn is_failure(self) -> bool {
        matches!(self, Class::TransientNegative | Class::PermanentNegative)
    }

    /// What a client should do after a code of this class.
    ///
    /// ```
    /// # use smtp_codes::{Class, Retry};
    /// assert_eq!(Class::TransientNegative.retry(), Retry::Later);
    /// assert_eq!(Class::PermanentNegative.retry(), Retry::NotUnchanged);
    /// ```
    pub const fn retry(self) -> Retry {
        match self {
            Class::PositiveCompletion => Retry::NothingToDo,
            Class::PositiveIntermediate => Retry::Continue,
            Class::TransientNegative => Retry::Later,
            Class::PermanentNegative => Retry::NotUnchanged,
        }
    }

    /// A short English name, as in `snake_case` JSON: `"transient_negative"`.
    ///
    /// ```
    /// # use smtp_codes::Class;
    /// assert_eq!(Class::PermanentNegative.as_str(), "permanent_negative");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What a client should do after a reply, from its class (RFC 5321 §4.2.1, §4.5.4.1).
///
/// ```
/// use smtp_codes::{ReplyCode, Retry};
/// assert_eq!(ReplyCode::from_u16(503).unwrap().retry(), Retry::NotUnchanged);
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumCount,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Retry {
    /// Success: nothing to do.
    NothingToDo,
    /// Intermediate: send the next part the server asked for.
    Continue,
    /// Temporary failure: retry later, with growing delays (a mail server queues the message).
    Later,
    /// Permanent failure: do not retry unchanged; something must change first.
    NotUnchanged,
}

impl Retry {
    /// The `snake_case` name used in JSON: `"later"`.
    ///
    /// ```
    /// # use smtp_codes::Retry;
    /// assert_eq!(Retry::NotUnchanged.as_str(), "not_unchanged");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The category of a reply code: its second digit (RFC 5321 §4.2.1).
///
/// ```
/// use smtp_codes::{Category, ReplyCode};
/// assert_eq!(ReplyCode::from_u16(503).unwrap().category(), Category::Syntax);
/// assert_eq!(ReplyCode::from_u16(421).unwrap().category(), Category::Connections);
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumCount,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Category {
    /// x0z: syntax errors, and syntactically correct commands outside any group.
    Syntax,
    /// x1z: replies to requests for information (status, help).
    Information,
    /// x2z: the transmission channel.
    Connections,
    /// x3z: not specified by RFC 5321 (the AUTH extension uses 53x).
    Unspecified3,
    /// x4z: not specified by RFC 5321.
    Unspecified4,
    /// x5z: the receiver's mail system.
    MailSystem,
    /// x6z to x9z: outside the categories RFC 5321 defines (seen only in non-standard codes).
    NonStandard,
}

impl Category {
    /// The category of a second digit.
    ///
    /// ```
    /// # use smtp_codes::Category;
    /// assert_eq!(Category::from_digit(5), Category::MailSystem);
    /// assert_eq!(Category::from_digit(7), Category::NonStandard);
    /// ```
    pub const fn from_digit(digit: u8) -> Category {
        match digit {
            0 => Category::Syntax,
            1 => Category::Information,
            2 => Category::Connections,
            3 => Category::Unspecified3,
            4 => Category::Unspecified4,
            5 => Category::MailSystem,
            _ => Category::NonStandard,
        }
    }

    /// The `snake_case` name used in JSON.
    ///
    /// ```
    /// # use smtp_codes::Category;
    /// assert_eq!(Category::MailSystem.as_str(), "mail_system");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The subject of an enhanced status code: its middle number (RFC 3463 §2).
///
/// ```
/// use smtp_codes::{EnhancedCode, Subject};
/// let code: EnhancedCode = "5.1.1".parse().unwrap();
/// assert_eq!(code.subject(), Some(Subject::Addressing));
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumCount,
    EnumIter,
    IntoStaticStr,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
pub enum Subject {
    /// X.0.X: other or undefined.
    Other,
    /// X.1.X: addressing (the sender's or a recipient's address).
    Addressing,
    /// X.2.X: the recipient's mailbox.
    Mailbox,
    /// X.3.X: the destination mail system.
    MailSystem,
    /// X.4.X: network and routing.
    Network,
    /// X.5.X: the mail delivery protocol.
    Protocol,
    /// X.6.X: message content or media.
    Content,
    /// X.7.X: security or policy.
    Security,
}

impl Subject {
    /// The subject with this number, for 0 to 7.
    ///
    /// ```
    /// # use smtp_codes::Subject;
    /// assert_eq!(Subject::from_number(7), Some(Subject::Security));
    /// assert_eq!(Subject::from_number(8), None);
    /// ```
    pub const fn from_number(n: u16) -> Option<Subject> {
        match n {
            0 => Some(Subject::Other),
            1 => Some(Subject::Addressing),
            2 => Some(Subject::Mailbox),
            3 => Some(Subject::MailSystem),
            4 => Some(Subject::Network),
            5 => Some(Subject::Protocol),
            6 => Some(Subject::Content),
            7 => Some(Subject::Security),
            _ => None,
        }
    }

    /// The subject's number, 0 to 7.
    ///
    /// ```
    /// # use smtp_codes::Subject;
    /// assert_eq!(Subject::Network.number(), 4);
    /// ```
    pub const fn number(self) -> u16 {
        self as u16
    }

    /// The `snake_case` name used in JSON.
    ///
    /// ```
    /// # use smtp_codes::Subject;
    /// assert_eq!(Subject::MailSystem.as_str(), "mail_system");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}
