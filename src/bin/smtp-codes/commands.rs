//! One function per command. Each writes to `out` and says how it ended.

use crate::error::{Failure, known, parse_code, unknown};
use crate::progress::Metered;
use crate::{Kind, ListFormat, LogsFormat, PageFormat, json, output};
use smtp_codes::logs::Breakdown;
use smtp_codes::pages::{Page, explain_with_host};
use smtp_codes::render::Format;
use smtp_codes::{
    Code, EnhancedInfo, Extracted, Locale, Provider, Reason, Reply, ReplyInfo, Status, VendorCode,
};
use std::io::{Read, Write};
use std::path::Path;

/// `show CODE...`: one page per code; the first unknown code fails after the others print.
pub fn show(
    out: &mut impl Write,
    codes: &[String],
    locale: Locale,
    format: PageFormat,
) -> Result<(), Failure> {
    let parsed: Vec<Code> = codes
        .iter()
        .map(|c| parse_code(c))
        .collect::<Result<_, _>>()?;
    let mut failure = None;
    let mut values = Vec::new();
    let mut pages = Vec::new();
    for (i, &c) in parsed.iter().enumerate() {
        // A provider's own code (`5.7.606`) has a page of its own.
        let vendor = match c {
            Code::Enhanced(e) if !c.is_known() => VendorCode::find(e),
            _ => None,
        };
        if !c.is_known() && vendor.is_none() {
            failure.get_or_insert(unknown(c));
            continue;
        }
        match format.page_format() {
            None => match vendor {
                Some(v) => values.push(json::vendor_code(v, locale)),
                None => values.extend(json::show(c, locale)),
            },
            Some(f) => {
                let page = match vendor {
                    Some(v) => Some(Page::vendor_code(v, locale)),
                    None => Page::code(c, locale),
                };
                if f != Format::Text {
                    // HTML and Markdown: one document for all the codes, written at the end.
                    pages.extend(page);
                    continue;
                }
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                if let Some(page) = page {
                    output::page(out, &page, f)?;
                }
            }
        }
    }
    if let (Some(f), Some(page)) = (format.page_format(), Page::combine(pages)) {
        output::page(out, &page, f)?;
    }
    if format == PageFormat::Json && !values.is_empty() {
        let v = if values.len() == 1 {
            values.remove(0)
        } else {
            serde_json::Value::Array(values)
        };
        output::json(out, &v)?;
    }
    failure.map_or(Ok(()), Err)
}

/// `compare A B`.
pub fn compare(
    out: &mut impl Write,
    a: &str,
    b: &str,
    locale: Locale,
    format: PageFormat,
) -> Result<(), Failure> {
    let (a, b) = (parse_code(a)?, parse_code(b)?);
    known(&[a, b])?;
    let cmp = smtp_codes::compare(a, b).ok_or_else(|| unknown(a))?;
    match format.page_format() {
        None => output::json(out, &json::compare(&cmp, locale)),
        Some(f) => output::page(out, &Page::comparison(&cmp, locale), f),
    }
}

/// The text `explain` reads: its argument, or standard input for `-` or none.
fn explain_input(reply: Option<&str>) -> Result<Vec<u8>, Failure> {
    Ok(match reply {
        None | Some("-") => {
            // Read a little more than the parser looks at, so it can say it truncated.
            let mut buf = Vec::new();
            let limit = (Reply::MAX_BYTES as u64) * 2;
            std::io::stdin()
                .lock()
                .take(limit)
                .read_to_end(&mut buf)
                .map_err(|e| Failure::io("standard input", e))?;
            buf
        }
        // Typed on one line: the two characters `\n` (or `\r\n`) separate reply lines.
        Some(arg) if !arg.contains('\n') => arg
            .replace("\\r\\n", "\n")
            .replace("\\n", "\n")
            .into_bytes(),
        Some(arg) => arg.as_bytes().to_vec(),
    })
}

/// `explain [REPLY|-]`.
pub fn explain_reply(
    out: &mut impl Write,
    reply: Option<&str>,
    locale: Locale,
    format: PageFormat,
    host: Option<&str>,
) -> Result<(), Failure> {
    let input = explain_input(reply)?;
    // Text is searched for a reply inside what was pasted; bytes that are not text are read
    // as a bare reply, whose parser says which lines were not text.
    let found = match std::str::from_utf8(&input) {
        Ok(text) => Reply::extract(text),
        Err(_) => Extracted::from(Reply::parse_bytes(&input)),
    };
    if found.is_empty() {
        return Err(Failure::Usage(
            "no SMTP reply code found: paste a reply (550 5.1.1 …), or a log line, bounce or error that holds one".into(),
        ));
    }
    let parsed = found.reply();
    // The host the caller names, else the one a pasted log line names.
    let host = host.or(found.remote_host());
    let explanation = explain_with_host(parsed, locale, host);
    match format.page_format() {
        None => output::json(out, &json::explain(&found, &explanation))?,
        Some(f) => output::page(out, &Page::explanation(&explanation), f)?,
    }
    // A well-formed code the catalog does not know exits 1, after its explanation.
    let codes = [
        parsed.code().map(Code::Reply),
        parsed.enhanced().map(Code::Enhanced),
    ];
    let mut codes = codes.into_iter().flatten();
    let known =
        |c: &Code| c.is_known() || matches!(c, Code::Enhanced(e) if VendorCode::find(*e).is_some());
    match codes.clone().find(known) {
        Some(_) => Ok(()),
        None => codes.next().map_or(Ok(()), |c| Err(unknown(c))),
    }
}

/// `list`.
pub fn list(
    out: &mut impl Write,
    kind: Kind,
    format: ListFormat,
    locale: Locale,
) -> Result<(), Failure> {
    let (replies, enhanced) = (kind != Kind::Enhanced, kind != Kind::Reply);
    if format == ListFormat::Json {
        return output::json(out, &json::list(replies, enhanced, locale));
    }
    if replies {
        for i in ReplyInfo::all() {
            let tag = if i.status() == Status::NonStandard {
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
    if enhanced {
        for i in EnhancedInfo::all() {
            writeln!(out, "{:<7} {}", i.code(), i.title(locale).replace('`', ""))?;
        }
    }
    Ok(())
}

/// `export`: the whole catalog, to `file` or standard output.
pub fn export(out: &mut impl Write, file: Option<&Path>) -> Result<(), Failure> {
    let v = json::export();
    match file {
        None => output::json(out, &v),
        Some(path) => {
            let f = std::fs::File::create(path).map_err(|e| Failure::io(path.display(), e))?;
            let mut w = std::io::BufWriter::new(f);
            output::json(&mut w, &v).and_then(|()| w.flush().map_err(Failure::from))
        }
    }
}

/// The languages `docs --lang` names: comma-separated tags, or `all`.
fn site_locales(lang: &str) -> Vec<Locale> {
    if lang.trim() == "all" {
        return Locale::all().to_vec();
    }
    let mut v: Vec<Locale> = Vec::new();
    for tag in lang.split(',').filter(|t| !t.trim().is_empty()) {
        let l = Locale::resolve(tag.trim());
        if !v.contains(&l) {
            v.push(l);
        }
    }
    v
}

/// `docs --out DIR`.
pub fn docs(
    out: &mut impl Write,
    dir: &Path,
    lang: &str,
    format: Format,
    pairs: &[String],
) -> Result<(), Failure> {
    let mut extra = Vec::new();
    for p in pairs {
        let (a, b) = p.split_once(':').ok_or_else(|| {
            Failure::Usage(format!("'{p}' is not a pair: write A:B, like 421:503"))
        })?;
        let (a, b) = (parse_code(a)?, parse_code(b)?);
        known(&[a, b])?;
        extra.push((a, b));
    }
    let files = smtp_codes::site::build(&smtp_codes::site::SiteOptions {
        locales: site_locales(lang),
        format,
        extra_pairs: extra,
    });
    for f in &files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Failure::io(parent.display(), e))?;
        }
        std::fs::write(&path, &f.content).map_err(|e| Failure::io(path.display(), e))?;
    }
    writeln!(out, "wrote {} pages to {}", files.len(), dir.display())?;
    Ok(())
}

/// `locales`.
pub fn locales(out: &mut impl Write, format: ListFormat) -> Result<(), Failure> {
    if format == ListFormat::Json {
        let v = Locale::all().iter().map(|&l| json::locale(l)).collect();
        return output::json(out, &serde_json::Value::Array(v));
    }
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
    Ok(())
}

/// `reasons`: the diagnosis taxonomy.
pub fn reasons(out: &mut impl Write, locale: Locale, format: ListFormat) -> Result<(), Failure> {
    if format == ListFormat::Json {
        let v = Reason::all()
            .iter()
            .map(|&r| json::reason(r, locale))
            .collect();
        return output::json(out, &serde_json::Value::Array(v));
    }
    for &r in Reason::all() {
        let retry = r.retry().map_or("by_code", |x| x.as_str());
        writeln!(out, "{:<20} {:<14} {}", r.id(), retry, r.title(locale))?;
    }
    Ok(())
}

/// `providers`: who the catalog knows, how many facts about each, and how fresh they are.
pub fn providers(out: &mut impl Write, format: ListFormat) -> Result<(), Failure> {
    if format == ListFormat::Json {
        let v = Provider::all().iter().map(json::provider_summary).collect();
        return output::json(out, &serde_json::Value::Array(v));
    }
    for p in Provider::all() {
        writeln!(
            out,
            "{:<16} {:<44} {:<17} {:>3} codes {:>3} rules  read {}",
            p.id(),
            p.name(),
            p.kind().as_str(),
            p.vendor_codes().count(),
            p.rules().count(),
            p.oldest_read().unwrap_or("-")
        )?;
    }
    let total: usize = Provider::all().iter().map(Provider::entries).sum();
    let oldest = Provider::all()
        .iter()
        .filter_map(Provider::oldest_read)
        .min();
    writeln!(
        out,
        "{} providers, {total} entries; oldest source read on {}",
        Provider::all().len(),
        oldest.unwrap_or("-")
    )?;
    Ok(())
}

/// Reads a log: gzip (by its magic bytes, not its name) or plain, line by line, lossy where a
/// line is not UTF-8. `Ok(false)` when a gzip stream ended early (what was read still counts).
fn read_log(
    input: Box<dyn std::io::Read>,
    name: &str,
    mut each: impl FnMut(&str),
) -> Result<bool, Failure> {
    use std::io::{BufRead, BufReader};
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let gz = reader
        .fill_buf()
        .map_err(|e| Failure::io(name, e))?
        .starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::read::MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    };
    match smtp_codes::logs::read_lines(reader, &mut each) {
        Ok(()) => Ok(true),
        // A truncated gzip stream: reported, what was read is kept.
        Err(e) if gz && e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(Failure::io(name, e)),
    }
}

/// `logs [FILE|-]...`: reads every file (or standard input), then prints the summary with the
/// breakdowns in `by` or, with `--records`, one record per attempt as it goes.
pub fn logs(
    out: &mut impl Write,
    files: &[std::path::PathBuf],
    format: LogsFormat,
    by: &[Breakdown],
    records: bool,
    locale: Locale,
) -> Result<(), Failure> {
    use smtp_codes::logs::Triage;
    if records && format == LogsFormat::Html {
        return Err(Failure::Usage(
            "--records writes JSON lines or CSV rows: use --format json or --format csv".into(),
        ));
    }
    let mut triage = Triage::new();
    let stdin = [std::path::PathBuf::from("-")];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let csv = format == LogsFormat::Csv;
    if records && csv {
        writeln!(
            out,
            "time,queue_id,recipient,relay,status,code,enhanced,reason,provider"
        )?;
    }
    let mut failed: Option<Failure> = None;
    for f in files {
        let name = f.display().to_string();
        // Metered before any decompression: for gzip, the compressed bytes against the file.
        let input: Box<dyn std::io::Read> = if name == "-" {
            Box::new(Metered::new(std::io::stdin(), &name, None))
        } else {
            let file = std::fs::File::open(f).map_err(|e| Failure::io(&name, e))?;
            let size = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            Box::new(Metered::new(file, &name, size))
        };
        let whole = read_log(input, &name, |line| {
            if !records {
                triage.count(line);
                return;
            }
            let rec = triage.line(line);
            if failed.is_some() {
                return;
            }
            if let Some(r) = rec {
                let written = if csv {
                    writeln!(out, "{}", json::record_csv(&r))
                } else {
                    writeln!(out, "{}", json::record(&r))
                };
                if let Err(e) = written {
                    failed = Some(e.into());
                }
            }
        })?;
        if !whole {
            eprintln!("{name}: the gzip stream ends early; the summary counts what was read");
        }
    }
    if let Some(e) = failed {
        return Err(e);
    }
    if records {
        return Ok(());
    }
    match format {
        LogsFormat::Json => output::json(out, &json::triage(&triage, by)),
        LogsFormat::Csv => {
            writeln!(out, "kind,key,count")?;
            for &b in by {
                for row in triage.by(b) {
                    writeln!(
                        out,
                        "{},{},{}",
                        b.as_str(),
                        json::csv_field(&row.key),
                        row.count
                    )?;
                }
            }
            Ok(())
        }
        LogsFormat::Text | LogsFormat::Html => {
            let f = if format == LogsFormat::Html {
                Format::Html
            } else {
                Format::Text
            };
            output::page(out, &Page::triage_by(&triage, locale, by), f)
        }
    }
}
