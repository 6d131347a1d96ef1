//! Suggestions for codes the catalog does not know: the enhanced code a folklore number
//! stands for, the nearest known code.

use super::generated::FOLKLORE;
use super::{EnhancedInfo, ReplyInfo};
use crate::{Code, EnhancedCode};

/// The enhanced code a number stands for when people quote it as a reply code, though no
/// server sends it as one: `511` is usually `5.1.1` misread. Returns the generic `X.s.d` code.
///
/// ```
/// let x = smtp_codes::folklore(510).unwrap();
/// assert_eq!(x.to_string(), "X.1.0");
/// assert!(smtp_codes::folklore(550).is_none());
/// ```
pub fn folklore(number: u16) -> Option<EnhancedCode> {
    FOLKLORE.iter().find(|(n, _)| *n == number).map(|&(_, c)| c)
}

/// A known code to suggest for an unknown one: for a folklore number (`511`) the enhanced
/// code it stands for; for another reply code the nearest catalog code of its class; for an
/// enhanced code the nearest detail of its subject. `None` for a known code.
///
/// ```
/// use smtp_codes::{suggest, Code};
/// let s = |c: &str| suggest(c.parse::<Code>().unwrap()).map(|c| c.to_string());
/// assert_eq!(s("510").as_deref(), Some("5.1.0"));
/// assert_eq!(s("549").as_deref(), Some("550"));
/// assert_eq!(s("5.1.11").as_deref(), Some("5.1.10"));
/// assert_eq!(s("5.7.606").as_deref(), Some("5.7.0"));
/// assert_eq!(s("550"), None);
/// ```
pub fn suggest(code: Code) -> Option<Code> {
    if code.is_known() {
        return None;
    }
    match code {
        Code::Reply(r) => {
            if let Some(e) = folklore(r.as_u16()) {
                let class = r.class();
                return Some(Code::Enhanced(e.with_class(class).unwrap_or(e)));
            }
            let n = r.as_u16();
            ReplyInfo::all()
                .iter()
                .filter(|i| i.code().class() == r.class())
                .min_by_key(|i| (i.code().as_u16().abs_diff(n), i.code().as_u16()))
                .map(|i| Code::Reply(i.code()))
        }
        Code::Enhanced(e) => {
            let in_subject = EnhancedInfo::all()
                .iter()
                .filter(|i| i.code().subject_number() == e.subject_number());
            let mut best = in_subject
                .clone()
                .min_by_key(|i| (i.code().detail().abs_diff(e.detail()), i.code().detail()))?;
            // A detail far from any registered one (a vendor's 5.7.606) is not a typo of its
            // neighbour: point at the subject's "other or undefined" code instead.
            if best.code().detail().abs_diff(e.detail()) > 2 {
                best = in_subject.min_by_key(|i| i.code().detail())?;
            }
            let c = match e.class() {
                Some(class) => best.code().with_class(class).unwrap_or(best.code()),
                None => best.code(),
            };
            Some(Code::Enhanced(c))
        }
    }
}
