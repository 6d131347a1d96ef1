//! `--skeleton <tag>…`: the translation files a language lacks, with every key, the English
//! text to replace and the hash of the English it translates. Existing files are left alone,
//! so the same command adds a file a new kind of text needs (`reasons.yaml`) to a language
//! that ships already.

use crate::generator::diag::Diagnostics;
use crate::generator::model::Text;
use crate::generator::{self, CODE_FIELDS, PAIR_FIELDS, REASON_FIELDS};
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// A YAML double-quoted scalar.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn text(t: &Option<Text>) -> String {
    t.as_ref().map(|t| t.value.clone()).unwrap_or_default()
}

pub fn write_all(data: &Path, tags: &[String]) -> ExitCode {
    let mut d = Diagnostics::default();
    let raw = generator::read::read(data, &[], &mut d);
    // A skeleton needs the English it translates: the records, the UI strings and the
    // reasons. Other problems (files about to be written, rules in progress) do not stop it.
    if raw.ui_en.is_none() || raw.reasons.is_none() || raw.incomplete {
        for e in &d.errors {
            eprintln!("{e}");
        }
        eprintln!("the English texts cannot be read whole: fix the errors above first");
        return ExitCode::FAILURE;
    }
    let mut files: Vec<(String, String)> = Vec::new();
    for tag in tags {
        let dir = format!("locales/{tag}");
        let mut codes = format!(
            "# {tag}: the texts of every code record (data/reply, data/enhanced), translated.\n# Keep `backticked` tokens exactly; see data/README.md.\n"
        );
        let mut records: Vec<_> = raw.records.iter().collect();
        records.sort_by_key(|r| r.key);
        for r in records {
            let v = &r.raw.value;
            let en = [text(&v.title), text(&v.meaning), text(&v.when_seen), text(&v.how_to_fix)];
            let _ = writeln!(codes, "{}:\n  source_hash: {}", quote(&r.key.to_string()), generator::record_hash(&en));
            for (f, t) in CODE_FIELDS.iter().zip(&en) {
                let _ = writeln!(codes, "  {f}: {}", quote(t));
            }
        }
        files.push((format!("{dir}/codes.yaml"), codes));

        let strings = raw.ui_en.as_ref().map(|f| &f.value.strings);
        let keys = strings.map(generator::ui_key_order).unwrap_or_default();
        let values: Vec<String> = keys
            .iter()
            .map(|k| strings.and_then(|s| s.get(k)).map(|v| v.value.clone()).unwrap_or_default())
            .collect();
        let mut ui = format!(
            "# {tag}: UI strings and sentence templates (data/locales/en/ui.yaml), translated.\n# Keep {{placeholders}} and `backticked` tokens exactly.\nsource_hash: {}\nstrings:\n",
            generator::ui_hash(&keys, &values)
        );
        for (k, v) in keys.iter().zip(&values) {
            let _ = writeln!(ui, "  {k}: {}", quote(v));
        }
        files.push((format!("{dir}/ui.yaml"), ui));

        let mut reasons = format!(
            "# {tag}: the diagnosis reasons (data/diagnosis/reasons.yaml), translated. `user_message`\n# is for the person whose message failed: plain words, no codes, no jargon.\n"
        );
        let mut list: Vec<_> = raw.reasons.iter().flat_map(|f| &f.value).collect();
        list.sort_by_key(|(_, r)| r.referenced.line());
        for (id, r) in list {
            let v = &r.value;
            let en = [text(&v.title), text(&v.meaning), text(&v.how_to_fix), text(&v.user_message)];
            let _ = writeln!(reasons, "{id}:\n  source_hash: {}", generator::reason_hash(&en));
            for (f, t) in REASON_FIELDS.iter().zip(&en) {
                let _ = writeln!(reasons, "  {f}: {}", quote(t));
            }
        }
        files.push((format!("{dir}/reasons.yaml"), reasons));

        // Providers added after a language's file was made are appended to it: the blocks
        // of providers it does not have yet.
        let existing = std::fs::read_to_string(data.join(format!("{dir}/providers.yaml"))).ok();
        let has = |id: &str| {
            existing
                .as_deref()
                .is_some_and(|t| t.lines().any(|l| l.strip_suffix(':') == Some(id)))
        };
        let mut providers = match &existing {
            Some(t) => t.clone(),
            None => format!(
                "# {tag}: the providers' own codes and the notes of their rules (data/providers/), translated.\n# Keep `backticked` tokens exactly; see data/providers/README.md.\n"
            ),
        };
        for f in &raw.providers {
            let p = &f.value;
            let notes: Vec<_> = p.rules.iter().filter_map(|r| Some((text(&r.value.id), r.value.note.as_ref()?))).collect();
            if (p.vendor_codes.is_empty() && notes.is_empty()) || has(&text(&p.id)) {
                continue;
            }
            let _ = writeln!(providers, "{}:", text(&p.id));
            if !p.vendor_codes.is_empty() {
                let _ = writeln!(providers, "  vendor_codes:");
            }
            for (code, v) in &p.vendor_codes {
                let v = &v.value;
                let en = [text(&v.title), text(&v.meaning), text(&v.when_seen), text(&v.how_to_fix)];
                let _ = writeln!(providers, "    {}:\n      source_hash: {}", quote(code), generator::record_hash(&en));
                for (f, t) in CODE_FIELDS.iter().zip(&en) {
                    let _ = writeln!(providers, "      {f}: {}", quote(t));
                }
            }
            if !notes.is_empty() {
                let _ = writeln!(providers, "  rules:");
            }
            for (id, note) in notes {
                let _ = writeln!(
                    providers,
                    "    {id}:\n      source_hash: {}\n      note: {}",
                    generator::check::note_hash(&note.value),
                    quote(&note.value)
                );
            }
        }
        if existing.as_deref().is_some_and(|t| *t != providers) {
            match std::fs::write(data.join(format!("{dir}/providers.yaml")), &providers) {
                Ok(()) => println!("added the new providers to data/{dir}/providers.yaml"),
                Err(e) => {
                    eprintln!("cannot write data/{dir}/providers.yaml: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        files.push((format!("{dir}/providers.yaml"), providers));

        // Look-alike pairs: the file, or the pairs it lacks appended to it.
        let path = data.join(format!("{dir}/pairs.yaml"));
        let existing = std::fs::read_to_string(&path).ok();
        let mut pairs = existing.clone().unwrap_or_else(|| {
            format!("# {tag}: the look-alike pairs (data/pairs/pairs.yaml), translated. Keep `backticked` tokens exactly.\n")
        });
        for p in raw.pairs.iter().flat_map(|f| &f.value) {
            let v = &p.value;
            let key = generator::check::pair_key(&text(&v.a), &text(&v.b));
            if existing.as_deref().is_some_and(|t| t.contains(&format!("\n{}:", quote(&key)))) {
                continue;
            }
            let en = [&v.question, &v.contrast, &v.a_situation, &v.a_next, &v.b_situation, &v.b_next].map(text);
            let _ = writeln!(pairs, "{}:\n  source_hash: {}", quote(&key), generator::pair_hash(&en));
            for (f, t) in PAIR_FIELDS.iter().zip(&en) {
                let _ = writeln!(pairs, "  {f}: {}", quote(t));
            }
        }
        match &existing {
            Some(t) if *t != pairs => {
                if let Err(e) = std::fs::write(&path, &pairs) {
                    eprintln!("cannot write data/{dir}/pairs.yaml: {e}");
                    return ExitCode::FAILURE;
                }
                println!("added the new pairs to data/{dir}/pairs.yaml");
            }
            Some(_) => {}
            None => files.push((format!("{dir}/pairs.yaml"), pairs)),
        }
    }
    for (rel, content) in files {
        let path = data.join(&rel);
        if path.exists() {
            println!("kept data/{rel} (exists)");
            continue;
        }
        if let Some(parent) = path.parent()
            && let Err(e) = std::fs::create_dir_all(parent)
        {
            eprintln!("cannot create {}: {e}", parent.display());
            return ExitCode::FAILURE;
        }
        if let Err(e) = std::fs::write(&path, content) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote data/{rel}");
    }
    ExitCode::SUCCESS
}
