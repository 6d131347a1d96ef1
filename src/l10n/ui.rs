//! UI strings and whole-sentence templates of each language (`data/locales/<tag>/ui.yaml`).
//!
//! Templates carry named placeholders (`{code}`, `{a_title}`); [`fill`] replaces them. Codes
//! and protocol tokens are passed wrapped in backticks, so that renderers show them as code
//! and isolate them in right-to-left text.

use crate::catalog::{self, UiKey};
use crate::{Category, Class, Command, Locale, Party, Retry, Status};
use alloc::string::String;

/// Every UI string and sentence template of a language, as `(key, text)` in catalog order:
/// for programs that build their own pages from the catalog's translations.
///
/// ```
/// use smtp_codes::Locale;
/// let (key, text) = smtp_codes::ui_strings(Locale::En).find(|(k, _)| *k == "label.how_to_fix").unwrap();
/// assert_eq!((key, text), ("label.how_to_fix", "How to fix"));
/// ```
pub fn ui_strings(locale: Locale) -> impl Iterator<Item = (&'static str, &'static str)> {
    catalog::UI_KEY_NAMES
        .iter()
        .copied()
        .enumerate()
        .map(move |(i, k)| (k, catalog::ui_by_index(locale, i)))
}

/// The UI string `key` in `locale`.
#[inline]
pub(crate) fn t(locale: Locale, key: UiKey) -> &'static str {
    catalog::ui(locale, key)
}

/// Replaces each `{name}` of `template` with its value; an unknown name is left as is (the
/// build guarantees every language uses exactly the English placeholders).
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// [`fill`] with owned values.
pub(crate) fn fill_owned(template: &str, values: &[(&str, String)]) -> String {
    let refs: alloc::vec::Vec<(&str, &str)> =
        values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fill(template, &refs)
}

/// A code or token as a template value: in backticks, so it renders as code.
pub(crate) fn code(s: impl core::fmt::Display) -> String {
    alloc::format!("`{s}`")
}

pub(crate) fn class_name(locale: Locale, c: Class) -> &'static str {
    t(
        locale,
        match c {
            Class::PositiveCompletion => UiKey::Class2Name,
            Class::PositiveIntermediate => UiKey::Class3Name,
            Class::TransientNegative => UiKey::Class4Name,
            Class::PermanentNegative => UiKey::Class5Name,
        },
    )
}

pub(crate) fn class_phrase(locale: Locale, c: Class) -> &'static str {
    t(
        locale,
        match c {
            Class::PositiveCompletion => UiKey::Class2Phrase,
            Class::PositiveIntermediate => UiKey::Class3Phrase,
            Class::TransientNegative => UiKey::Class4Phrase,
            Class::PermanentNegative => UiKey::Class5Phrase,
        },
    )
}

pub(crate) fn category(locale: Locale, c: Category) -> &'static str {
    t(
        locale,
        match c {
            Category::Syntax => UiKey::Category0,
            Category::Information => UiKey::Category1,
            Category::Connections => UiKey::Category2,
            Category::Unspecified3 => UiKey::Category3,
            Category::Unspecified4 => UiKey::Category4,
            Category::MailSystem => UiKey::Category5,
            Category::NonStandard => UiKey::CategoryOther,
        },
    )
}

pub(crate) fn status(locale: Locale, s: Status) -> &'static str {
    t(
        locale,
        match s {
            Status::Standard => UiKey::StatusStandard,
            Status::Extension => UiKey::StatusExtension,
            Status::Obsolete => UiKey::StatusObsolete,
            Status::Experimental => UiKey::StatusExperimental,
            Status::NonStandard => UiKey::StatusNonStandard,
        },
    )
}

pub(crate) fn retry(locale: Locale, r: Retry) -> &'static str {
    t(
        locale,
        match r {
            Retry::NothingToDo => UiKey::RetryNothingToDo,
            Retry::Continue => UiKey::RetryContinue,
            Retry::Later => UiKey::RetryLater,
            Retry::NotUnchanged => UiKey::RetryNotUnchanged,
        },
    )
}

pub(crate) fn party(locale: Locale, p: Party) -> &'static str {
    t(
        locale,
        match p {
            Party::SendingClient => UiKey::PartySendingClient,
            Party::SenderAdmin => UiKey::PartySenderAdmin,
            Party::RecipientAdmin => UiKey::PartyRecipientAdmin,
            Party::ServerAdmin => UiKey::PartyServerAdmin,
            Party::Nobody => UiKey::PartyNobody,
            Party::Sender => UiKey::PartySender,
            Party::Recipient => UiKey::PartyRecipient,
        },
    )
}

/// A command as shown to people: its protocol token in backticks, or its translated name.
pub(crate) fn command(locale: Locale, c: Command) -> String {
    match c.token() {
        Some(tok) => code(tok),
        None => String::from(t(
            locale,
            match c {
                Command::Connect => UiKey::CommandConnect,
                Command::DataEnd => UiKey::CommandDataEnd,
                _ => UiKey::CommandAny,
            },
        )),
    }
}

/// Items joined with the language's list separator.
pub(crate) fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(locale: Locale, items: I) -> String {
    let (sep, last) = (
        t(locale, UiKey::ListSeparator),
        t(locale, UiKey::ListLastSeparator),
    );
    let items: alloc::vec::Vec<S> = items.into_iter().collect();
    let mut out = String::new();
    for (i, s) in items.iter().enumerate() {
        if i + 1 == items.len() && i > 0 {
            out.push_str(last);
        } else if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s.as_ref());
    }
    out
}

/// [`join`] for UI labels (parties, commands), whose items after the first stand inside the
/// phrase: "The sending client and the recipient's administrator" (lower-cased where the
/// language does, see [`lower_first`]). Names (providers, domains) use [`join`].
pub(crate) fn join_labels<I: IntoIterator<Item = S>, S: AsRef<str>>(
    locale: Locale,
    items: I,
) -> String {
    let labels: alloc::vec::Vec<String> = items
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            if i == 0 {
                String::from(s.as_ref())
            } else {
                lower_first(locale, s.as_ref())
            }
        })
        .collect();
    join(locale, labels)
}

/// Lower-cases the first letter of a label used inside a sentence, for languages that write
/// such labels in lower case ("The sending client" → "the sending client"). German keeps the
/// capital (its nouns are capitalized: "Administrator des Empfängers"); Turkish lower-cases
/// `I` to `ı` and `İ` to `i`; scripts without case are unchanged.
pub(crate) fn lower_first(locale: Locale, s: &str) -> String {
    // Only languages written in a cased script lower-case a label; and never an acronym or a
    // protocol word at the start (`SMTP`, `EHLO`, `IP`), which keeps its capitals everywhere.
    let cased = matches!(crate::catalog::locale_data(locale).script, "Latn" | "Cyrl");
    let mut peek = s.chars();
    let acronym = peek.next().is_some_and(char::is_uppercase)
        && peek
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    if !cased || acronym {
        return String::from(s);
    }
    let mut c = s.chars();
    match (locale.tag(), c.next()) {
        ("de", _) => String::from(s),
        ("tr", Some(f @ ('I' | 'İ'))) => {
            let mut out = String::from(if f == 'I' { "ı" } else { "i" });
            out.push_str(c.as_str());
            out
        }
        (_, Some(f)) if f.is_uppercase() => {
            let mut out: String = f.to_lowercase().collect();
            out.push_str(c.as_str());
            out
        }
        _ => String::from(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_first_follows_the_language() {
        let l = |tag| Locale::resolve(tag);
        assert_eq!(
            lower_first(l("en"), "The sending client"),
            "the sending client"
        );
        assert_eq!(
            lower_first(l("de"), "Administrator des Empfängers"),
            "Administrator des Empfängers"
        );
        assert_eq!(lower_first(l("tr"), "İleti"), "ileti");
        assert_eq!(lower_first(l("tr"), "Istemci"), "ıstemci");
        assert_eq!(lower_first(l("ja"), "送信側"), "送信側");
        // Acronyms and caseless scripts keep their first letter.
        assert_eq!(lower_first(l("en"), "SMTP relay"), "SMTP relay");
        assert_eq!(lower_first(l("ja"), "SMTP サーバー"), "SMTP サーバー");
        assert_eq!(lower_first(l("hi"), "SMTP क्लाइंट"), "SMTP क्लाइंट");
        assert_eq!(lower_first(l("fr"), "Échec permanent"), "échec permanent");
        assert_eq!(lower_first(l("en"), ""), "");
    }

    #[test]
    fn fill_replaces_named_placeholders_only() {
        assert_eq!(
            fill("{a} vs {b}", &[("a", "421"), ("b", "503")]),
            "421 vs 503"
        );
        assert_eq!(fill("{a} {unknown} {", &[("a", "x")]), "x {unknown} {");
    }
}
