//! Self-contained HTML: inline CSS (and inline SVG for charts), no script, every text escaped.

use super::RenderOptions;
use crate::pages::{Block, Page, Span};
use alloc::string::String;

/// Escapes text for HTML content and attribute values.
pub(crate) fn escape(out: &mut String, t: &str) {
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A server's text made safe to show: control characters (other than tab) and bidi
/// controls become visible `\u{..}` escapes, so they can neither reorder nor hide text.
pub(crate) fn printable(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if (c.is_control() && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
        {
            out.push_str(&alloc::format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

fn spans(out: &mut String, spans: &[Span]) {
    for s in spans {
        match s {
            Span::Text(t) => escape(out, t),
            Span::Code(c) => {
                out.push_str("<code dir=\"ltr\">");
                escape(out, c);
                out.push_str("</code>");
            }
            Span::Verbatim(v) => {
                out.push_str("<q class=\"server\" dir=\"auto\">");
                escape(out, &printable(v));
                out.push_str("</q>");
            }
            Span::Link { text, href } => {
                out.push_str("<a href=\"");
                escape(out, href);
                out.push_str("\">");
                self::spans(out, text);
                out.push_str("</a>");
            }
        }
    }
}

/// The page's body content (no `<html>` wrapper).
fn body(page: &Page) -> String {
    let mut out = String::new();
    let rtl = page.direction() == crate::Direction::Rtl;
    let sep = crate::l10n::ui::t(page.locale, crate::catalog::UiKey::LabelSeparator);
    for b in &page.blocks {
        match b {
            Block::Heading { level, id, text } => {
                out.push_str(&alloc::format!("<h{level} id=\""));
                escape(&mut out, id);
                out.push_str("\">");
                spans(&mut out, text);
                out.push_str(&alloc::format!("</h{level}>\n"));
            }
            Block::Paragraph(p) => {
                out.push_str("<p>");
                spans(&mut out, p);
                out.push_str("</p>\n");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                out.push_str(&alloc::format!("<{tag}>\n"));
                for item in items {
                    out.push_str("<li>");
                    spans(&mut out, item);
                    out.push_str("</li>\n");
                }
                out.push_str(&alloc::format!("</{tag}>\n"));
            }
            Block::Facts(facts) => {
                out.push_str("<dl class=\"facts\">\n");
                for (label, value) in facts {
                    out.push_str("<dt>");
                    escape(&mut out, label);
                    out.push_str("</dt><dd>");
                    spans(&mut out, value);
                    out.push_str("</dd>\n");
                }
                out.push_str("</dl>\n");
            }
            Block::Table { head, rows } => {
                out.push_str("<table class=\"side\">\n<thead><tr><td></td>");
                for h in head {
                    out.push_str("<th scope=\"col\">");
                    spans(&mut out, h);
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for (label, cells) in rows {
                    out.push_str("<tr><th scope=\"row\">");
                    escape(&mut out, label);
                    out.push_str("</th>");
                    for c in cells {
                        out.push_str("<td>");
                        spans(&mut out, c);
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Verbatim(lines) => {
                out.push_str("<pre class=\"server\" dir=\"ltr\">");
                for (i, l) in lines.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    escape(&mut out, &printable(l));
                }
                out.push_str("</pre>\n");
            }
            Block::Chart(c) => super::svg::figure(&mut out, c, rtl, sep),
        }
    }
    out
}

const CSS: &str = "\
body{font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;margin:0;color:#1d2126;background:#fbfbfc}\
main{max-width:46rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}\
h1{font-size:1.7rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #dde1e6;padding-bottom:.2rem}\
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}\
code{font:.92em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f4;border-radius:3px;padding:0 .25em;white-space:nowrap}\
pre.server{background:#1d2126;color:#e8eaed;padding:.75rem 1rem;border-radius:6px;overflow-x:auto;white-space:pre-wrap;word-break:break-all}\
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0}dl.facts dt{font-weight:600;color:#4a525c}dl.facts dd{margin:0}\
table.side{border-collapse:collapse;margin:1rem 0;width:100%}table.side th,table.side td{text-align:start;vertical-align:top;padding:.3rem .6rem;border-bottom:1px solid #d8dde3}table.side th[scope=row]{color:#4a525c;font-weight:600}\
@media (max-width:40rem){dl.facts{grid-template-columns:1fr}dl.facts dd{margin:0 0 .5rem}table.side{font-size:.9rem}}\
a{color:#0b57d0}nav{font-size:.9rem;margin-bottom:1rem}nav a{margin-inline-end:.8rem}\
header{max-width:46rem;margin:0 auto;padding:.6rem 1.25rem 0}header nav{margin:0;color:#5f6873}\
form.search input{width:100%;box-sizing:border-box;font:inherit;padding:.45rem .7rem;border:1px solid #c4cad1;border-radius:6px}#results{padding-inline-start:1.2rem}\
footer{font-size:.85rem;color:#5f6873;margin-top:3rem;border-top:1px solid #dde1e6;padding-top:.6rem}\
ol li,ul li{margin:.25rem 0}";

/// A complete, self-contained HTML document: `lang` and `dir` on `<html>`, inline CSS; no
/// script, except the site's search on its index pages.
pub(super) fn document(page: &Page, options: &RenderOptions) -> String {
    let mut out = String::from("<!DOCTYPE html>\n");
    out.push_str(&alloc::format!(
        "<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        page.locale.tag(),
        page.direction().as_str()
    ));
    out.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    escape(&mut out, &page.title.replace('`', ""));
    out.push_str("</title>\n");
    for (tag, _, href) in &options.alternates {
        out.push_str("<link rel=\"alternate\" hreflang=\"");
        escape(&mut out, tag);
        out.push_str("\" href=\"");
        escape(&mut out, href);
        out.push_str("\">\n");
    }
    out.push_str("<style>");
    out.push_str(CSS);
    if page.blocks.iter().any(|b| matches!(b, Block::Chart(_))) {
        out.push_str(super::svg::CSS);
    }
    out.push_str("</style>\n</head>\n<body>\n");
    // The other languages first, where a reader looks for them.
    if !options.alternates.is_empty() {
        out.push_str("<header><nav class=\"languages\" aria-label=\"");
        escape(
            &mut out,
            crate::l10n::ui::t(page.locale, crate::catalog::UiKey::SiteLanguages),
        );
        out.push_str("\">");
        for (i, (tag, name, href)) in options.alternates.iter().enumerate() {
            if i > 0 {
                out.push_str(" · ");
            }
            out.push_str("<a href=\"");
            escape(&mut out, href);
            out.push_str("\" hreflang=\"");
            escape(&mut out, tag);
            out.push_str("\" lang=\"");
            escape(&mut out, tag);
            out.push_str("\">");
            escape(&mut out, name);
            out.push_str("</a>");
        }
        out.push_str("</nav></header>\n");
    }
    out.push_str("<main>\n");
    if let Some((script, placeholder)) = &options.search {
        // Works from `file://`: the index is a script, not a fetched file. Without script the
        // form still submits `?q=`, which the script reads on load.
        out.push_str("<form class=\"search\" role=\"search\" action=\"\"><input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" placeholder=\"");
        escape(&mut out, placeholder);
        out.push_str("\" aria-label=\"");
        escape(&mut out, placeholder);
        out.push_str("\"></form>\n<ul id=\"results\"></ul>\n<script src=\"");
        escape(&mut out, script);
        out.push_str("\"></script>\n");
    }
    out.push_str(&body(page));
    if let Some(f) = &options.footer {
        out.push_str("<footer>\n<p>");
        escape(&mut out, f);
        out.push_str("</p>\n</footer>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
