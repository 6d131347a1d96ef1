//! Writing pages and JSON to standard output (or a file).

use crate::error::Failure;
use smtp_codes::pages::Page;
use smtp_codes::render::{Format, RenderOptions, render_with};
use std::io::{IsTerminal, Write};

/// Whether text output gets ANSI bold: on a terminal, unless `NO_COLOR` is set.
pub fn color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The width text is wrapped at: `COLUMNS` when set, else the terminal's width, else 80.
pub fn width() -> usize {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n >= 20)
    {
        return n;
    }
    if std::io::stdout().is_terminal()
        && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size()
        && w >= 20
    {
        return usize::from(w);
    }
    80
}

/// A page in a page format.
pub fn page(out: &mut impl Write, page: &Page, format: Format) -> Result<(), Failure> {
    let mut options = RenderOptions::default();
    options.color = format == Format::Text && color();
    if format == Format::Text {
        options.width = Some(width());
    }
    out.write_all(render_with(page, format, &options).as_bytes())?;
    Ok(())
}

/// A JSON value, pretty-printed, with a final newline.
pub fn json(out: &mut impl Write, v: &serde_json::Value) -> Result<(), Failure> {
    serde_json::to_writer_pretty(&mut *out, v).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}
