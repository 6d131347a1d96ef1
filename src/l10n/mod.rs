//! Localization: choosing a [`Locale`](crate::Locale) from a tag or an `Accept-Language`
//! header (`locale`), and the UI strings and sentence templates pages are built from (`ui`).

mod locale;
pub(crate) mod ui;

pub use locale::{Direction, UnknownLocale};
pub use ui::ui_strings;
