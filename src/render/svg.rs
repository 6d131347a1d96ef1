//! Bar charts as inline SVG inside a `<figure>`: no script, no external asset. Titles, axis
//! titles, labels and every count are text (and the description lists the counts again), and
//! every text is escaped. Bars and legend entries that have a link are links.

use super::html::{escape, printable};
use crate::pages::{Chart, ChartLayout};
use alloc::string::{String, ToString};

/// The width of every chart's drawing; it scales down with the page.
const WIDTH: f64 = 720.0;
/// Ten colours that stay apart (Tableau 10), then hues a golden angle apart.
const PALETTE: [&str; 10] = [
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac",
];
/// Bar labels longer than this are cut in the drawing (the bar's tooltip has them whole).
const LABEL_CHARS: usize = 36;

/// The colour of series `i`.
fn colour(i: usize) -> String {
    match PALETTE.get(i) {
        Some(c) => String::from(*c),
        None => alloc::format!("hsl({},45%,50%)", (i * 137) % 360),
    }
}

/// A step for the value axis: 1, 2 or 5 times a power of ten, giving about four lines.
fn step(max: usize) -> usize {
    let mut s = 1;
    loop {
        for m in [1, 2, 5] {
            if max <= s * m * 4 {
                return s * m;
            }
        }
        s *= 10;
    }
}

/// A label as drawn: control characters made visible, cut at [`LABEL_CHARS`].
fn short(label: &str) -> String {
    let p = printable(label);
    match p.char_indices().nth(LABEL_CHARS) {
        Some((i, _)) => alloc::format!("{}…", &p[..i]),
        None => p,
    }
}

/// `<text …>escaped</text>`; `extra` holds further attributes.
fn text(out: &mut String, x: f64, y: f64, class: &str, extra: &str, t: &str) {
    out.push_str(&alloc::format!(
        "<text x=\"{x:.1}\" y=\"{y:.1}\" class=\"{class}\"{extra}>"
    ));
    escape(out, t);
    out.push_str("</text>\n");
}

/// Opens a link around what follows, if there is one; returns whether it did.
fn link(out: &mut String, href: Option<&String>) -> bool {
    if let Some(h) = href {
        out.push_str("<a href=\"");
        escape(out, h);
        out.push_str("\">");
    }
    href.is_some()
}

/// A bar's rectangle with its tooltip.
fn rect(out: &mut String, (x, y, w, h): (f64, f64, f64, f64), fill: &str, tip: &str) {
    out.push_str(&alloc::format!(
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{fill}\"><title>"
    ));
    escape(out, &printable(tip));
    out.push_str("</title></rect>");
}

/// The chart as a `<figure>`: the SVG, then (for stacked columns) a legend whose entries
/// link where the series do. `rtl` right-aligns the page's own words for right-to-left pages
/// (the drawing itself reads left to right, as time does); `sep` separates a label and its
/// value.
pub(super) fn figure(out: &mut String, c: &Chart, rtl: bool, sep: &str) {
    let id = &c.id;
    let max = c.bars.iter().map(|b| b.total()).max().unwrap_or(0).max(1);
    // The description: the given one, then every bar with a count, as text.
    let mut desc = c.description.clone();
    for b in c.bars.iter().filter(|b| b.total() > 0) {
        desc.push_str(&alloc::format!(
            "; {}{sep}{}",
            printable(&b.label),
            b.total()
        ));
    }
    let height = match c.layout {
        ChartLayout::Columns => 300.0,
        ChartLayout::Rows => 28.0 + 24.0 * c.bars.len() as f64 + 40.0,
    };
    out.push_str("<figure class=\"chart\" id=\"");
    escape(out, id);
    out.push_str(&alloc::format!(
        "\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"group\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\">\n<title id=\"{id}-title\">"
    ));
    escape(out, &c.title);
    out.push_str(&alloc::format!("</title>\n<desc id=\"{id}-desc\">"));
    escape(out, &desc);
    out.push_str("</desc>\n");
    // Words of the page's language keep its direction; `end` is then the left.
    let (dir, end) = if rtl {
        (" direction=\"rtl\"", "start")
    } else {
        ("", "end")
    };
    match c.layout {
        ChartLayout::Columns => columns(out, c, max, height, (dir, sep)),
        ChartLayout::Rows => rows(out, c, max, height, (dir, end), sep),
    }
    out.push_str("</svg>\n");
    if c.layout == ChartLayout::Columns && c.series.iter().any(|s| !s.name.is_empty()) {
        out.push_str("<ul class=\"legend\">\n");
        for (i, s) in c.series.iter().enumerate() {
            let n: usize = c.bars.iter().filter_map(|b| b.values.get(i)).sum();
            out.push_str("<li>");
            let linked = link(out, s.href.as_ref());
            out.push_str(&alloc::format!(
                "<span class=\"swatch\" style=\"background:{}\"></span>",
                colour(i)
            ));
            escape(out, &s.name);
            if linked {
                out.push_str("</a>");
            }
            out.push_str(&alloc::format!(" <span class=\"n\">({n})</span></li>\n"));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</figure>\n");
}

/// Upright columns along a time line, stacked by series, each with its total above it.
fn columns(out: &mut String, c: &Chart, max: usize, height: f64, (dir, sep): (&str, &str)) {
    let (left, right, top, bottom) = (56.0, 16.0, 24.0, 64.0);
    let (plot_w, plot_h) = (WIDTH - left - right, height - top - bottom);
    let base = top + plot_h;
    let step = step(max);
    let scale_max = max.div_ceil(step) * step;
    let y_of = |v: usize| base - v as f64 / scale_max as f64 * plot_h;
    // Value axis: a line and a number at each step.
    let mut v = 0;
    while v <= scale_max {
        let y = y_of(v);
        out.push_str(&alloc::format!(
            "<line class=\"grid\" x1=\"{left}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\"/>\n",
            left + plot_w
        ));
        text(
            out,
            left - 6.0,
            y + 4.0,
            "tick",
            " text-anchor=\"end\"",
            &v.to_string(),
        );
        v += step;
    }
    let n = c.bars.len().max(1);
    let slot = plot_w / n as f64;
    let bar_w = (slot * 0.8).clamp(1.0, 40.0);
    // Time labels: as many as fit without overlapping, evenly spaced.
    let label_w = c
        .bars
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(1) as f64
        * 6.5
        + 10.0;
    let every = (label_w / slot) as usize + 1;
    for (i, b) in c.bars.iter().enumerate() {
        let x = left + i as f64 * slot + (slot - bar_w) / 2.0;
        let mut y = base;
        for (s, &v) in b.values.iter().enumerate() {
            if v == 0 {
                continue;
            }
            let h = v as f64 / scale_max as f64 * plot_h;
            y -= h;
            let series = c.series.get(s);
            let linked = link(out, series.and_then(|s| s.href.as_ref()));
            let name = series.map_or("", |s| s.name.as_str());
            let tip = alloc::format!("{} · {name}{sep}{v}", b.label);
            rect(out, (x, y, bar_w, h), &colour(s), &tip);
            if linked {
                out.push_str("</a>");
            }
            out.push('\n');
        }
        let total = b.total();
        if total > 0 {
            let cx = x + bar_w / 2.0;
            if slot >= 24.0 {
                text(
                    out,
                    cx,
                    y - 4.0,
                    "count",
                    " text-anchor=\"middle\"",
                    &total.to_string(),
                );
            } else {
                // Narrow columns: the count reads upwards, its baseline just right of the
                // column's middle so that the digits stand over it.
                let extra = alloc::format!(
                    " transform=\"translate({:.1} {:.1}) rotate(-90)\"",
                    cx + 4.0,
                    y - 4.0
                );
                text(out, 0.0, 0.0, "count", &extra, &total.to_string());
            }
        }
        if i % every == 0 {
            let cx = left + i as f64 * slot + slot / 2.0;
            text(
                out,
                cx,
                base + 16.0,
                "tick",
                " text-anchor=\"middle\"",
                &short(&b.label),
            );
        }
    }
    out.push_str(&alloc::format!(
        "<line class=\"base\" x1=\"{left}\" x2=\"{:.1}\" y1=\"{base:.1}\" y2=\"{base:.1}\"/>\n",
        left + plot_w
    ));
    let anchor = alloc::format!(" text-anchor=\"middle\"{dir}");
    text(
        out,
        left + plot_w / 2.0,
        height - 12.0,
        "axis",
        &anchor,
        &c.category_axis,
    );
    let mid = top + plot_h / 2.0;
    let turned = alloc::format!("{anchor} transform=\"rotate(-90 14 {mid:.1})\"");
    text(out, 14.0, mid, "axis", &turned, &c.value_axis);
}

/// Horizontal bars under each other, each with its label in front and its count after it.
fn rows(out: &mut String, c: &Chart, max: usize, height: f64, (dir, end): (&str, &str), sep: &str) {
    let longest = c
        .bars
        .iter()
        .map(|b| short(&b.label).chars().count())
        .max()
        .unwrap_or(0);
    let label_w = (longest as f64 * 7.0 + 8.0).clamp(80.0, 270.0);
    let (top, row) = (28.0, 24.0);
    let x0 = label_w + 8.0;
    let plot_w = WIDTH - x0 - 56.0;
    let anchor = alloc::format!(" text-anchor=\"{end}\"{dir}");
    // The title over the labels starts at the drawing's left edge, where there is room.
    let start = if dir.is_empty() { "start" } else { "end" };
    let head = alloc::format!(" text-anchor=\"{start}\"{dir}");
    text(out, 4.0, 16.0, "axis", &head, &c.category_axis);
    for (i, b) in c.bars.iter().enumerate() {
        let y = top + i as f64 * row;
        let total = b.total();
        let w = (total as f64 / max as f64 * plot_w).max(1.0);
        let linked = link(out, b.href.as_ref());
        text(out, label_w, y + 16.0, "label", &anchor, &short(&b.label));
        let tip = alloc::format!("{}{sep}{total}", b.label);
        rect(out, (x0, y + 4.0, w, row - 8.0), &colour(0), &tip);
        if linked {
            out.push_str("</a>");
        }
        out.push('\n');
        text(out, x0 + w + 6.0, y + 16.0, "count", "", &total.to_string());
    }
    let base = top + c.bars.len() as f64 * row;
    out.push_str(&alloc::format!(
        "<line class=\"base\" x1=\"{x0:.1}\" x2=\"{x0:.1}\" y1=\"{top}\" y2=\"{base:.1}\"/>\n"
    ));
    let middle = alloc::format!(" text-anchor=\"middle\"{dir}");
    text(
        out,
        x0 + plot_w / 2.0,
        height - 12.0,
        "axis",
        &middle,
        &c.value_axis,
    );
}

/// What the page adds to its style sheet when it has charts.
pub(super) const CSS: &str = "\
figure.chart{margin:1rem 0}\
figure.chart svg{display:block;width:100%;height:auto;max-width:720px;direction:ltr;font:12px system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}\
figure.chart .grid{stroke:#e3e6ea}figure.chart .base{stroke:#8a939d}\
figure.chart .tick,figure.chart .count{fill:#4a525c;font-size:11px}figure.chart .label{fill:#1d2126}\
figure.chart .axis{fill:#1d2126;font-weight:600}\
figure.chart a:hover rect,figure.chart a:focus rect{opacity:.75}\
ul.legend{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.2rem 1.1rem;font-size:.92rem}ul.legend li{margin:0}\
ul.legend .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-inline-end:.4em;vertical-align:-.05em}ul.legend .n{color:#5f6873}\
h3:target{background:#fff3c4}";

#[cfg(test)]
mod tests {
    use super::step;

    #[test]
    fn value_steps_are_round_and_give_a_few_lines() {
        for (max, s) in [
            (1, 1),
            (4, 1),
            (5, 2),
            (8, 2),
            (9, 5),
            (20, 5),
            (21, 10),
            (150, 50),
            (4001, 2000),
        ] {
            assert_eq!(step(max), s, "{max}");
        }
    }
}
