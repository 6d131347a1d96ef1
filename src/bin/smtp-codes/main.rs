//! `smtp-codes`: explains SMTP reply codes and enhanced status codes, compares them, parses
//! server replies and writes a reference site. See `smtp-codes --help`.

mod json;

use clap::{Parser, Subcommand, ValueEnum};
use smtp_codes::render::{self, Format};
use smtp_codes::{Code, EnhancedInfo, Locale, ReplyInfo};
use std::io::{IsTerminal, Write};
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

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum PageFormat {
    Text,
    Markdown,
    Html,
    Json,
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
enum ExplainFormat {
    Text,
    Html,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum SiteFormat {
    Html,
    Markdown,
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
        out: Option<std::path::PathBuf>,
    },
    /// Write a static reference site (index, one page per code, one per comparison)
    Docs {
        /// Directory to write into (created if missing)
        #[arg(long)]
        out: std::path::PathBuf,
        /// Languages: comma-separated BCP 47 tags, or `all`
        #[arg(long, default_value = "en")]
        lang: String,
        #[arg(long, value_enum, default_value = "html")]
        format: SiteFormat,
        /// More comparisons, beyond the curated look-alikes: `421:503,450:550`
        #[arg(long, value_delimiter = ',')]
        pairs: Vec<String>,
    },
    /// The shipped languages
    Locales {
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
    },
}

/// How a command ended: 0 done, 1 a well-formed code the catalog does not know, 2 bad input.
enum Failure {
    Unknown(String),
    Usage(String),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        Failure::Usage(format!("cannot write: {e}"))
    }
}

fn parse_code(s: &str) -> Result<Code, Failure> {
    s.trim()
        .parse::<Code>()
        .map_err(|e| Failure::Usage(format!("'{s}' is not an SMTP code: {e}")))
}

/// The message for a well-formed code the catalog does not know.
fn unknown(c: Code) -> Failure {
    let hint = match smtp_codes::suggest(c) {
        Some(s @ Code::Enhanced(_))
            if matches!(c, Code::Reply(_))
                && smtp_codes::folklore(match c {
                    Code::Reply(r) => r.as_u16(),
                    _ => 0,
                })
                .is_some() =>
        {
            format!(
                "; {c} is not a reply code servers send, it is usually the enhanced code {s} misread: try `smtp-codes show {s}`"
            )
        }
        Some(s) => {
            let title = s.texts().map_or("", |t| t.title(Locale::En));
            format!("; the nearest known code is {s} ({title}): try `smtp-codes show {s}`")
        }
        None => String::new(),
    };
    Failure::Unknown(format!("{c} is not in the catalog{hint}"))
}

fn color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn write_page(
    out: &mut impl Write,
    page: &smtp_codes::page::Page,
    format: PageFormat,
) -> std::io::Result<()> {
    let s = match format {
        PageFormat::Text => render::text(page, color()),
        PageFormat::Markdown => render::render(page, Format::Markdown),
        _ => render::render(page, Format::Html),
    };
    out.write_all(s.as_bytes())
}

fn write_json(out: &mut impl Write, v: &serde_json::Value) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, v).map_err(std::io::Error::other)?;
    out.write_all(b"\n")
}

fn run(cli: Cli) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match cli.command {
        Command::Show {
            codes,
            lang,
            format,
        } => {
            let locale = Locale::resolve(&lang);
            let parsed: Vec<Code> = codes
                .iter()
                .map(|c| parse_code(c))
                .collect::<Result<_, _>>()?;
            let mut failure = None;
            let mut values = Vec::new();
            for (i, &c) in parsed.iter().enumerate() {
                if !c.is_known() {
                    failure.get_or_insert(unknown(c));
                    continue;
                }
                match format {
                    PageFormat::Json => values.extend(json::show(c, locale)),
                    _ => {
                        if i > 0 && format == PageFormat::Text {
                            out.write_all(b"\n")?;
                        }
                        if let Some(page) = smtp_codes::code_page(c, locale) {
                            write_page(&mut out, &page, format)?;
                        }
                    }
                }
            }
            if format == PageFormat::Json && !values.is_empty() {
                let v = if values.len() == 1 {
                    values.remove(0)
                } else {
                    serde_json::Value::Array(values)
                };
                write_json(&mut out, &v)?;
            }
            out.flush()?;
            failure.map_or(Ok(()), Err)
        }
        Command::Compare { a, b, lang, format } => {
            let locale = Locale::resolve(&lang);
            let (a, b) = (parse_code(&a)?, parse_code(&b)?);
            for c in [a, b] {
                if !c.is_known() {
                    return Err(unknown(c));
                }
            }
            let cmp = smtp_codes::compare(a, b).ok_or_else(|| unknown(a))?;
            match format {
                PageFormat::Json => write_json(&mut out, &json::compare(&cmp, locale))?,
                _ => write_page(&mut out, &cmp.page(locale), format)?,
            }
            out.flush()?;
            Ok(())
        }
        Command::Explain {
            reply,
            lang,
            format,
        } => {
            let locale = Locale::resolve(&lang);
            let input: Vec<u8> = match reply.as_deref() {
                None | Some("-") => {
                    // Read a little more than the parser looks at, so it can say it truncated.
                    let mut buf = Vec::new();
                    let limit = (smtp_codes::Reply::MAX_BYTES as u64) * 2;
                    std::io::Read::read_to_end(
                        &mut std::io::Read::take(std::io::stdin().lock(), limit),
                        &mut buf,
                    )
                    .map_err(|e| Failure::Usage(format!("cannot read standard input: {e}")))?;
                    buf
                }
                // Typed on one line: the two characters `\n` (or `\r\n`) separate reply lines.
                Some(arg) if !arg.contains('\n') => arg
                    .replace("\\r\\n", "\n")
                    .replace("\\n", "\n")
                    .into_bytes(),
                Some(arg) => arg.as_bytes().to_vec(),
            };
            let parsed = smtp_codes::Reply::parse_bytes(&input);
            if parsed.code().is_none() && parsed.enhanced().is_none() {
                return Err(Failure::Usage(
                    "no SMTP reply code found: a reply starts with a code such as 550, or an enhanced code such as 5.1.1".into(),
                ));
            }
            let explanation = smtp_codes::explain(&parsed, locale);
            match format {
                ExplainFormat::Json => write_json(&mut out, &json::explain(&parsed, &explanation))?,
                ExplainFormat::Text => {
                    out.write_all(render::text(&explanation.page(), color()).as_bytes())?
                }
                ExplainFormat::Html => {
                    out.write_all(render::render(&explanation.page(), Format::Html).as_bytes())?
                }
            }
            out.flush()?;
            let known = [
                parsed.code().map(Code::Reply),
                parsed.enhanced().map(Code::Enhanced),
            ]
            .into_iter()
            .flatten()
            .find(|c| c.is_known());
            match known {
                Some(_) => Ok(()),
                None => Err(unknown(
                    parsed
                        .code()
                        .map(Code::Reply)
                        .or(parsed.enhanced().map(Code::Enhanced))
                        .unwrap_or(Code::Reply(smtp_codes::ReplyCode::OK)),
                )),
            }
        }
        Command::List { kind, format, lang } => {
            let locale = Locale::resolve(&lang);
            let (r, e) = (kind != Kind::Enhanced, kind != Kind::Reply);
            match format {
                ListFormat::Json => write_json(&mut out, &json::list(r, e, locale))?,
                ListFormat::Text => {
                    if r {
                        for i in ReplyInfo::all() {
                            let tag = if i.status() == smtp_codes::Status::NonStandard {
                                "  (non-standard)"
                            } else {
                                ""
                            };
                            writeln!(
                                out,
                                "{:<7} {}{tag}",
                                i.code(),
                                i.title(locale).replace('`', "")
                            )?;
                        }
                    }
                    if e {
                        for i in EnhancedInfo::all() {
                            writeln!(out, "{:<7} {}", i.code(), i.title(locale).replace('`', ""))?;
                        }
                    }
                }
            }
            out.flush()?;
            Ok(())
        }
        Command::Export {
            format: ExportFormat::Json,
            out: file,
        } => {
            let v = json::export();
            match file {
                Some(path) => {
                    let f = std::fs::File::create(&path).map_err(|e| {
                        Failure::Usage(format!("cannot create {}: {e}", path.display()))
                    })?;
                    let mut w = std::io::BufWriter::new(f);
                    write_json(&mut w, &v)?;
                    w.flush()?;
                }
                None => write_json(&mut out, &v)?,
            }
            out.flush()?;
            Ok(())
        }
        Command::Docs {
            out: dir,
            lang,
            format,
            pairs,
        } => {
            let locales: Vec<Locale> = if lang.trim() == "all" {
                Locale::all().to_vec()
            } else {
                let mut v: Vec<Locale> = Vec::new();
                for tag in lang.split(',').filter(|t| !t.trim().is_empty()) {
                    let l = Locale::resolve(tag.trim());
                    if !v.contains(&l) {
                        v.push(l);
                    }
                }
                v
            };
            let mut extra = Vec::new();
            for p in &pairs {
                let (a, b) = p.split_once(':').ok_or_else(|| {
                    Failure::Usage(format!("'{p}' is not a pair: write A:B, like 421:503"))
                })?;
                let (a, b) = (parse_code(a)?, parse_code(b)?);
                for c in [a, b] {
                    if !c.is_known() {
                        return Err(unknown(c));
                    }
                }
                extra.push((a, b));
            }
            let format = if format == SiteFormat::Markdown {
                Format::Markdown
            } else {
                Format::Html
            };
            let files = smtp_codes::site::build(&smtp_codes::site::SiteOptions {
                locales,
                format,
                extra_pairs: extra,
            });
            for f in &files {
                let path = dir.join(&f.path);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| {
                        Failure::Usage(format!("cannot create {}: {e}", parent.display()))
                    })?;
                }
                std::fs::write(&path, &f.content)
                    .map_err(|e| Failure::Usage(format!("cannot write {}: {e}", path.display())))?;
            }
            writeln!(out, "wrote {} pages to {}", files.len(), dir.display())?;
            out.flush()?;
            Ok(())
        }
        Command::Locales { format } => {
            match format {
                ListFormat::Json => write_json(
                    &mut out,
                    &serde_json::Value::Array(
                        Locale::all().iter().map(|&l| json::locale(l)).collect(),
                    ),
                )?,
                ListFormat::Text => {
                    for &l in Locale::all() {
                        writeln!(
                            out,
                            "{:<8} {}  {}  {}  100% complete, {} stale",
                            l.tag(),
                            l.native_name(),
                            l.english_name(),
                            l.direction().as_str(),
                            l.stale_texts()
                        )?;
                    }
                }
            }
            out.flush()?;
            Ok(())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Unknown(msg)) => {
            eprintln!("smtp-codes: {msg}");
            ExitCode::from(1)
        }
        Err(Failure::Usage(msg)) if msg.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("smtp-codes: {msg}");
            ExitCode::from(2)
        }
    }
}
