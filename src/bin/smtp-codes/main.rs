//! `smtp-codes`: explains SMTP reply codes and enhanced status codes, compares them, parses
//! server replies and writes a reference site. See `smtp-codes --help`.
//!
//! `main.rs` holds the arguments; `commands.rs` one function per command; `error.rs` how a
//! command fails and its exit code; `output.rs` and `json.rs` what it writes.

mod commands;
mod error;
mod json;
mod output;
mod progress;

use clap::{Parser, Subcommand, ValueEnum};
use error::Failure;
use smtp_codes::Locale;
use smtp_codes::render::Format;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "smtp-codes",
    version,
    about = "Explains SMTP reply codes and enhanced status codes, in your language"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Output of a command that prints pages.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum PageFormat {
    Text,
    Markdown,
    Html,
    Json,
}

impl PageFormat {
    /// The page format, or `None` for JSON.
    fn page_format(self) -> Option<Format> {
        match self {
            PageFormat::Text => Some(Format::Text),
            PageFormat::Markdown => Some(Format::Markdown),
            PageFormat::Html => Some(Format::Html),
            PageFormat::Json => None,
        }
    }
}

/// Output of `explain`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ExplainFormat {
    Text,
    Html,
    Json,
}

impl From<ExplainFormat> for PageFormat {
    fn from(f: ExplainFormat) -> PageFormat {
        match f {
            ExplainFormat::Text => PageFormat::Text,
            ExplainFormat::Html => PageFormat::Html,
            ExplainFormat::Json => PageFormat::Json,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ListFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Kind {
    Reply,
    Enhanced,
    All,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum SiteFormat {
    Html,
    Markdown,
}

/// Output of `logs`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum LogsFormat {
    Text,
    Json,
    Csv,
    Html,
}

/// What `logs --by` breaks the failures down by.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum By {
    #[value(alias = "reasons")]
    Reason,
    #[value(alias = "providers")]
    Provider,
    #[value(alias = "domains")]
    Domain,
    #[value(alias = "codes")]
    Code,
}

impl From<By> for smtp_codes::logs::Breakdown {
    fn from(b: By) -> Self {
        use smtp_codes::logs::Breakdown;
        match b {
            By::Reason => Breakdown::Reason,
            By::Provider => Breakdown::Provider,
            By::Domain => Breakdown::Domain,
            By::Code => Breakdown::Code,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ExportFormat {
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// One page per code: 421, 5.1.1, X.1.1
    Show {
        /// Codes to show
        #[arg(required = true)]
        codes: Vec<String>,
        /// Language (any BCP 47 tag; falls back to English)
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(long, value_enum, default_value = "text")]
        format: PageFormat,
    },
    /// Compare two codes
    Compare {
        a: String,
        b: String,
        /// Language (any BCP 47 tag; falls back to English)
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(long, value_enum, default_value = "text")]
        format: PageFormat,
    },
    /// Explain a server's reply: from the argument, or standard input when `-` or absent
    Explain {
        /// The reply, e.g. "550 5.1.1 User unknown"; in one argument, `\n` separates lines
        reply: Option<String>,
        /// Language (any BCP 47 tag; falls back to English)
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(long, value_enum, default_value = "text")]
        format: ExplainFormat,
        /// The remote host that sent the reply (mx.example.com): its provider's rules apply.
        /// Without it, the host a pasted log line names is used.
        #[arg(long)]
        host: Option<String>,
    },
    /// List the catalog
    List {
        #[arg(long, value_enum, default_value = "all")]
        kind: Kind,
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
        /// Language of the titles
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// The whole catalog, every language
    Export {
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Write to this file instead of standard output
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write a static reference site (index, one page per code, one per comparison)
    Docs {
        /// Directory to write into (created if missing)
        #[arg(long)]
        out: PathBuf,
        /// Languages: comma-separated BCP 47 tags, or `all`
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(long, value_enum, default_value = "html")]
        format: SiteFormat,
        /// More comparisons, beyond the curated look-alikes: `421:503,450:550`
        #[arg(long, value_delimiter = ',')]
        pairs: Vec<String>,
    },
    /// The reasons a diagnosis can give (what happened to a message)
    Reasons {
        /// Language of the titles and texts
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Triage mail logs (Postfix, Exim, Sendmail; plain or gzip): which delivery attempts
    /// failed and why, per reason, provider, recipient domain and code
    ///
    /// The summary gives the totals, then the breakdowns --by names. `--format html` writes a
    /// self-contained report: charts of the failures per hour (stacked by reason), per reason,
    /// and of the recipient domains, providers and codes with the most failures, and a section
    /// per reason (what it means, what to do, example replies) that the charts link to. On a
    /// terminal, a progress line on standard error shows how much of a long input is read.
    Logs {
        /// Log files; `-` or none reads standard input
        files: Vec<PathBuf>,
        /// text and html: a page; json: the counts; csv: one row per count (kind,key,count)
        #[arg(long, value_enum, default_value = "text")]
        format: LogsFormat,
        /// The breakdowns to show, comma-separated, in every format: `reason` (with the
        /// failures per hour and a section per reason), `provider`, `domain`, `code`; all four
        /// by default. The totals are always shown; a breakdown not named is left out
        /// everywhere (JSON has only the named `by_…` lists, CSV only their rows). Not with
        /// --records
        #[arg(
            long,
            value_enum,
            value_delimiter = ',',
            default_value = "reason,provider,domain,code",
            conflicts_with = "records"
        )]
        by: Vec<By>,
        /// One record per attempt instead of the summary (JSON lines, or CSV rows)
        #[arg(long)]
        records: bool,
        /// Language of the summary
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// The providers the catalog knows (their own codes and what their replies mean)
    Providers {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// The shipped languages
    Locales {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
}

fn run(command: Command) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let done = match command {
        Command::Show {
            codes,
            lang,
            format,
        } => commands::show(&mut out, &codes, Locale::resolve(&lang), format),
        Command::Compare { a, b, lang, format } => {
            commands::compare(&mut out, &a, &b, Locale::resolve(&lang), format)
        }
        Command::Explain {
            reply,
            lang,
            format,
            host,
        } => commands::explain_reply(
            &mut out,
            reply.as_deref(),
            Locale::resolve(&lang),
            format.into(),
            host.as_deref(),
        ),
        Command::List { kind, format, lang } => {
            commands::list(&mut out, kind, format, Locale::resolve(&lang))
        }
        Command::Export {
            format: ExportFormat::Json,
            out: file,
        } => commands::export(&mut out, file.as_deref()),
        Command::Docs {
            out: dir,
            lang,
            format,
            pairs,
        } => {
            let format = match format {
                SiteFormat::Html => Format::Html,
                SiteFormat::Markdown => Format::Markdown,
            };
            commands::docs(&mut out, &dir, &lang, format, &pairs)
        }
        Command::Reasons { lang, format } => {
            commands::reasons(&mut out, Locale::resolve(&lang), format)
        }
        Command::Providers { format } => commands::providers(&mut out, format),
        Command::Logs {
            files,
            format,
            by,
            records,
            lang,
        } => {
            let mut by: Vec<smtp_codes::logs::Breakdown> = by.into_iter().map(Into::into).collect();
            by.sort();
            by.dedup();
            commands::logs(
                &mut out,
                &files,
                format,
                &by,
                records,
                Locale::resolve(&lang),
            )
        }
        Command::Locales { format } => commands::locales(&mut out, format),
    };
    // What was written is flushed even when the command failed afterwards (`show 421 299`).
    let flushed = out.flush().map_err(Failure::from);
    done.and(flushed)
}

fn main() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}
