//! Bar charts as page content: what is counted, not how it is drawn. HTML draws a chart as
//! inline SVG ([`crate::render`]); text and Markdown print it as a small table.

use alloc::string::String;
use alloc::vec::Vec;

/// How a chart lays its bars out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ChartLayout {
    /// Upright columns side by side along a time line, each stacked from its series' values,
    /// with a legend of the series.
    Columns,
    /// Horizontal bars, one under the other, each with its label in front (a ranking).
    Rows,
}

/// One series of a chart: a colour in the legend (a reason, in a log's hourly chart).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Series {
    /// Its name in the legend.
    pub name: String,
    /// Where its name links to (`#reason-user_unknown`), if anywhere.
    pub href: Option<String>,
}

/// One bar: its label and one value per series.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Bar {
    /// What the bar stands for (an hour, a domain).
    pub label: String,
    /// One count per series of the chart, in the chart's series order.
    pub values: Vec<usize>,
    /// Where the bar links to, if anywhere.
    pub href: Option<String>,
}

impl Bar {
    /// A bar of one count.
    pub(crate) fn one(label: String, count: usize, href: Option<String>) -> Bar {
        Bar {
            label,
            values: alloc::vec![count],
            href,
        }
    }

    /// The bar's whole count: its series' values added up.
    pub fn total(&self) -> usize {
        self.values.iter().sum()
    }
}

/// A bar chart with its accessible text: a title, a description, axis titles, and every
/// count shown as a number beside its bar.
///
/// ```
/// use smtp_codes::{logs::Triage, pages::{Block, ChartLayout, Page}, Locale};
/// let mut t = Triage::new();
/// t.line("May 14 11:00:00 mail postfix/smtp[5120]: 7C2D93F4A1: to=<frank@example.net>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.net[203.0.113.50]:25: Connection timed out)");
/// let page = Page::triage(&t, Locale::En);
/// let hourly = page.blocks.iter().find_map(|b| match b {
///     Block::Chart(c) if c.layout == ChartLayout::Columns => Some(c),
///     _ => None,
/// }).unwrap();
/// assert_eq!(hourly.bars[0].label, "05-14 11:00");
/// assert_eq!(hourly.bars[0].total(), 1);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Chart {
    /// An anchor name, unique in the page (`chart-hours`).
    pub id: String,
    /// What the chart shows.
    pub title: String,
    /// What a reader who cannot see it needs to know beyond the bars' own labels.
    pub description: String,
    /// Columns or rows.
    pub layout: ChartLayout,
    /// The title of the axis along which the bars are laid out (time, domains).
    pub category_axis: String,
    /// The title of the axis the counts are measured on.
    pub value_axis: String,
    /// The series; one, with an empty name, for bars that are not stacked.
    pub series: Vec<Series>,
    /// The bars, in order.
    pub bars: Vec<Bar>,
}
