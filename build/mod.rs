//! Reads `data/`, checks it and resolves it into a [`Catalog`] ready to be emitted.
//!
//! `build.rs` is a thin shim over this module; the tests include it by `#[path]` to feed it
//! bad fixtures. Nothing here panics on bad data: every defect becomes a [`Diagnostic`] and
//! all of them are reported together.

pub mod diag;
pub mod emit;
pub mod model;
pub mod text;

use diag::{At, Diagnostic, Diagnostics};
use model::*;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The fields every record has in every language.
pub const TEXT_FIELDS: [&str; 4] = ["title", "meaning", "when_seen", "how_to_fix"];
pub const STATUSES: [&str; 5] = [
    "standard",
    "extension",
    "obsolete",
    "experimental",
    "non-standard",
];
pub const PARTIES: [&str; 5] = [
    "sending_client",
    "sender_admin",
    "recipient_admin",
    "server_admin",
    "nobody",
];
pub const COMMANDS: [&str; 19] = [
    "connect", "ehlo", "mail", "rcpt", "data", "data_end", "rset", "vrfy", "expn", "help", "noop",
    "quit", "starttls", "auth", "bdat", "burl", "etrn", "atrn", "any",
];
pub const SOURCE_KINDS: [&str; 4] = ["rfc", "registry", "draft", "vendor"];

/// What a record is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    Reply(u16),
    /// `X.subject.detail`.
    Enhanced(u16, u16),
    /// `2.XXX.XXX`.
    Class(u8),
    /// `X.n.XXX`.
    Subject(u16),
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Reply(c) => write!(f, "{c}"),
            Key::Enhanced(s, d) => write!(f, "X.{s}.{d}"),
            Key::Class(c) => write!(f, "{c}.XXX.XXX"),
            Key::Subject(s) => write!(f, "X.{s}.XXX"),
        }
    }
}

/// A record with everything resolved: texts per shipped locale, sources by index.
#[derive(Debug, Clone)]
pub struct Record {
    pub key: Key,
    pub status: String,
    pub name: String,
    /// `texts[locale][field]`, fields in [`TEXT_FIELDS`] order.
    pub texts: Vec<[String; 4]>,
    pub fix_by: Vec<String>,
    /// (index into [`Catalog::sources`], section or "").
    pub references: Vec<(usize, String)>,
    pub commands: Vec<String>,
    pub related: Vec<Key>,
    pub compare_with: Vec<Key>,
    pub iana_associated: String,
    pub associated: Vec<u16>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct Locale {
    pub tag: String,
    pub english_name: String,
    pub native_name: String,
    pub rtl: bool,
    pub script: String,
}

/// The checked catalog.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub version: String,
    pub iana_registry_date: String,
    pub locales: Vec<Locale>,
    pub sources: Vec<Source>,
    pub replies: Vec<Record>,
    pub enhanced: Vec<Record>,
    pub classes: Vec<Record>,
    pub subjects: Vec<Record>,
    /// UI keys in the order of `data/locales/en.yaml`.
    pub ui_keys: Vec<String>,
    /// `ui[locale][key index]`.
    pub ui: Vec<Vec<String>>,
    /// Folklore numbers and the enhanced code they stand for.
    pub folklore: Vec<(u16, Key)>,
    /// Per locale, how many of its texts were translated from an older English (warnings).
    pub stale: Vec<usize>,
}

/// The result of reading `data/`: the catalog when there were no errors, every diagnostic,
/// and every file read (for `cargo:rerun-if-changed`).
pub struct Outcome {
    pub catalog: Option<Catalog>,
    pub diagnostics: Diagnostics,
    pub files: Vec<PathBuf>,
}

/// Reads and checks the catalog in `data_dir`, with the languages marked `ship: true`.
pub fn load(data_dir: &Path) -> Outcome {
    load_with(data_dir, &[])
}

/// Like [`load`], and also checks the languages in `also_ship` as if they shipped (how a
/// translator checks a language in progress).
pub fn load_with(data_dir: &Path, also_ship: &[&str]) -> Outcome {
    let also_ship = also_ship.iter().map(|s| s.to_string()).collect();
    let mut cx = Loader {
        incomplete: false,
        root: data_dir.to_path_buf(),
        d: Diagnostics::default(),
        files: Vec::new(),
        also_ship,
    };
    let catalog = cx.run();
    let catalog = if cx.d.errors.is_empty() {
        catalog
    } else {
        None
    };
    Outcome {
        catalog,
        diagnostics: cx.d,
        files: cx.files,
    }
}

struct Loader {
    /// Set when a record file did not parse or a key was malformed: checks that need every
    /// record (orphans, links) would then only repeat that error, so they are skipped.
    incomplete: bool,
    root: PathBuf,
    also_ship: Vec<String>,
    d: Diagnostics,
    files: Vec<PathBuf>,
}

/// A record as found in a file, before cross-checks.
struct Found {
    key: Key,
    file: String,
    raw: Spanned<RawRecord>,
}

fn line<T>(s: &Spanned<T>) -> u64 {
    s.referenced.line()
}

impl Loader {
    /// Display name of a file: `data/...` relative to the crate.
    fn name(&self, path: &Path) -> String {
        let base = self
            .root
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let rel = path.strip_prefix(&self.root).unwrap_or(path);
        format!("{base}/{}", rel.to_string_lossy())
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, path: &Path) -> Option<T> {
        self.files.push(path.to_path_buf());
        let name = self.name(path);
        let text = match fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                self.d
                    .error(At::file(&name, 0), format!("cannot be read: {e}"));
                return None;
            }
        };
        match serde_saphyr::from_str::<T>(&text) {
            Ok(v) => Some(v),
            Err(e) => {
                let (l, c) = e
                    .location()
                    .map(|l| (l.line(), l.column()))
                    .unwrap_or((0, 0));
                let msg = e.without_snippet().to_string();
                let msg = msg.lines().next().unwrap_or("").to_string();
                let msg = strip_location_prefix(&msg);
                let at = if c > 0 {
                    format!("{name}:{l}:{c}")
                } else {
                    name.clone()
                };
                self.d.errors.push(Diagnostic {
                    file: at,
                    line: 0,
                    record: None,
                    field: None,
                    message: msg,
                });
                None
            }
        }
    }

    fn yaml_files(&mut self, dir: &Path) -> Vec<PathBuf> {
        self.files.push(dir.to_path_buf());
        let mut out: Vec<PathBuf> = match fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect(),
            Err(e) => {
                let name = self.name(dir);
                self.d
                    .error(At::file(&name, 0), format!("cannot be read: {e}"));
                Vec::new()
            }
        };
        out.sort();
        out
    }

    fn run(&mut self) -> Option<Catalog> {
        let root = self.root.clone();
        let info: Option<RawCatalogInfo> = self.parse(&root.join("catalog.yaml"));
        let sources = self.sources(&root.join("sources.yaml"));
        let locales = self.locales(&root.join("locales.yaml"));

        // Records, from every file, duplicates caught across files.
        let mut found: Vec<Found> = Vec::new();
        for path in self.yaml_files(&root.join("reply")) {
            self.records_from(&path, &mut found, RecordKind::Reply);
        }
        for path in self.yaml_files(&root.join("enhanced")) {
            if path.file_name().is_some_and(|n| n == "sub-codes.yaml") {
                if let Some(sub) = self.parse::<RawSubCodes>(&path) {
                    let file = self.name(&path);
                    self.keyed(&file, sub.classes, &mut found, RecordKind::Class, None);
                    self.keyed(&file, sub.subjects, &mut found, RecordKind::Subject, None);
                } else {
                    self.incomplete = true;
                }
            } else {
                self.records_from(&path, &mut found, RecordKind::Enhanced);
            }
        }
        let keys: BTreeSet<Key> = found.iter().map(|f| f.key).collect();
        self.check_names(&found);
        let folklore = self.folklore(&root.join("folklore.yaml"), &keys);

        // English UI strings, then every other shipped language.
        let en_ui: Option<RawLocaleFile> = self.parse(&root.join("locales").join("en.yaml"));
        let mut ui_keys: Vec<String> = Vec::new();
        let mut ui_en: BTreeMap<String, Spanned<String>> = BTreeMap::new();
        if let Some(en) = en_ui {
            let file = self.name(&root.join("locales").join("en.yaml"));
            if !en.records.is_empty() {
                self.d.error(
                    At::file(&file, 0),
                    "English record texts live with the records, not in locales/en.yaml",
                );
            }
            for (k, v) in &en.ui {
                let at = At::file(&file, line(v)).field(k, line(v));
                if !k
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_')
                {
                    self.d
                        .error(at, "UI keys are lower-case words joined by `.` or `_`");
                }
                for p in text::hygiene(v.value.as_str()) {
                    if !(p.contains("white space") && k == "list.separator") {
                        self.d.error(at, format!("text {p}"));
                    }
                }
                if let Err(e) = text::placeholders(&v.value) {
                    self.d.error(at, format!("template {e}"));
                }
            }
            ui_keys = ui_key_order(&en.ui);
            ui_en = en.ui;
        }

        let mut records = self.resolve(&found, &keys, &sources);
        let mut ui: Vec<Vec<String>> = vec![
            ui_keys
                .iter()
                .map(|k| ui_en.get(k).map(|v| v.value.clone()).unwrap_or_default())
                .collect(),
        ];
        let en_hash = ui_hash(&ui_keys, &ui[0]);
        for loc in locales.iter().skip(1) {
            let path = root.join("locales").join(format!("{}.yaml", loc.tag));
            let file = self.name(&path);
            let Some(tr) = self.parse::<RawLocaleFile>(&path) else {
                continue;
            };
            self.translate_records(loc, &file, &tr, &mut records);
            ui.push(self.translate_ui(loc, &file, &tr, &ui_keys, &ui_en, &en_hash));
        }

        let info = info?;
        let (mut replies, mut enhanced, mut classes, mut subjects) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for r in records {
            match r.key {
                Key::Reply(_) => replies.push(r),
                Key::Enhanced(..) => enhanced.push(r),
                Key::Class(_) => classes.push(r),
                Key::Subject(_) => subjects.push(r),
            }
        }
        self.require_sub_codes(&classes, &subjects);
        let stale: Vec<usize> = locales
            .iter()
            .map(|l| {
                let file = self.name(&root.join("locales").join(format!("{}.yaml", l.tag)));
                self.d.warnings.iter().filter(|w| w.file == file).count()
            })
            .collect();
        replies.sort_by_key(|r| r.key);
        enhanced.sort_by_key(|r| r.key);
        classes.sort_by_key(|r| r.key);
        subjects.sort_by_key(|r| r.key);
        Some(Catalog {
            version: info.version.value,
            iana_registry_date: info.iana_registry_date.value,
            locales,
            sources: sources.into_values().collect(),
            replies,
            enhanced,
            classes,
            subjects,
            ui_keys,
            ui,
            folklore,
            stale,
        })
    }

    fn sources(&mut self, path: &Path) -> BTreeMap<String, Source> {
        let mut out = BTreeMap::new();
        let file = self.name(path);
        let Some(raw) = self.parse::<BTreeMap<String, Spanned<RawSource>>>(path) else {
            return out;
        };
        for (id, s) in raw {
            let at = At::record(&file, line(&s), &id);
            let s = s.value;
            if !SOURCE_KINDS.contains(&s.kind.value.as_str()) {
                self.d.error(
                    at.field("kind", line(&s.kind)),
                    format!(
                        "unknown source kind \"{}\" (one of {})",
                        s.kind.value,
                        SOURCE_KINDS.join(", ")
                    ),
                );
            }
            if s.kind.value == "rfc" && !is_rfc_id(&id) {
                self.d.error(at, "an rfc source is named \"RFC <number>\"");
            }
            if !s.url.value.starts_with("https://") {
                self.d
                    .error(at.field("url", line(&s.url)), "must be an https:// address");
            }
            if s.title.value.trim().is_empty() {
                self.d.error(at.field("title", line(&s.title)), "is empty");
            }
            out.insert(
                id.clone(),
                Source {
                    id,
                    kind: s.kind.value,
                    title: s.title.value,
                    url: s.url.value,
                },
            );
        }
        out
    }

    fn locales(&mut self, path: &Path) -> Vec<Locale> {
        let file = self.name(path);
        let Some(raw) = self.parse::<Vec<Spanned<RawLocale>>>(path) else {
            return Vec::new();
        };
        let mut out: Vec<Locale> = Vec::new();
        for l in raw {
            let rec_line = line(&l);
            let l = l.value;
            let tag = l.tag.value.clone();
            let at = At::record(&file, rec_line, &tag);
            if !is_bcp47_shape(&tag) {
                self.d.error(
                    at.field("tag", line(&l.tag)),
                    format!("\"{tag}\" is not a BCP 47 language tag"),
                );
            }
            if out.iter().any(|o| o.tag.eq_ignore_ascii_case(&tag)) {
                self.d.error(
                    at.field("tag", line(&l.tag)),
                    format!("locale \"{tag}\" is listed twice"),
                );
            }
            if !matches!(l.dir.value.as_str(), "ltr" | "rtl") {
                self.d
                    .error(at.field("dir", line(&l.dir)), "must be ltr or rtl");
            }
            if !text::SCRIPTS.contains(&l.script.value.as_str()) {
                self.d.error(
                    at.field("script", line(&l.script)),
                    format!("unknown script (one of {})", text::SCRIPTS.join(", ")),
                );
            }
            if !l.ship.value && !self.also_ship.contains(&tag) {
                continue;
            }
            out.push(Locale {
                tag,
                english_name: l.english_name.value,
                native_name: l.native_name.value,
                rtl: l.dir.value == "rtl",
                script: l.script.value,
            });
        }
        if out.first().map(|l| l.tag.as_str()) != Some("en") {
            self.d.error(
                At::file(&file, 0),
                "the first locale must be en, the root every text falls back to",
            );
        }
        out
    }

    fn records_from(&mut self, path: &Path, found: &mut Vec<Found>, kind: RecordKind) {
        let Some(map) = self.parse::<RecordFile>(path) else {
            self.incomplete = true;
            return;
        };
        let file = self.name(path);
        // Files named `4xx.yaml` hold class-4 reply codes; `7-security.yaml` subject-7 codes.
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let group = match kind {
            RecordKind::Reply if stem.len() == 3 && stem.ends_with("xx") => {
                stem.chars().next().and_then(|c| c.to_digit(10))
            }
            RecordKind::Enhanced => stem.split('-').next().and_then(|p| p.parse::<u32>().ok()),
            _ => None,
        };
        self.keyed(&file, map, found, kind, group);
    }

    fn keyed(
        &mut self,
        file: &str,
        map: RecordFile,
        found: &mut Vec<Found>,
        kind: RecordKind,
        group: Option<u32>,
    ) {
        for (k, raw) in map {
            let at = At::record(file, line(&raw), &k);
            let key = match parse_record_key(&k, kind) {
                Ok(key) => key,
                Err(e) => {
                    self.d.error(at, e);
                    self.incomplete = true;
                    continue;
                }
            };
            if let Some(g) = group {
                let (digit, what) = match key {
                    Key::Reply(c) => (u32::from(c / 100), "class"),
                    Key::Enhanced(s, _) => (u32::from(s), "subject"),
                    _ => (g, ""),
                };
                if digit != g {
                    self.d.error(
                        at,
                        format!("has {what} {digit}, but this file holds {what} {g} codes"),
                    );
                }
            }
            if let Some(first) = found.iter().find(|f| f.key == key) {
                self.d.error(
                    at,
                    format!(
                        "duplicate code (first at {}:{})",
                        first.file,
                        line(&first.raw)
                    ),
                );
                continue;
            }
            found.push(Found {
                key,
                file: file.to_string(),
                raw,
            });
        }
    }

    fn check_names(&mut self, found: &[Found]) {
        let mut seen: BTreeMap<(bool, String), (String, u64)> = BTreeMap::new();
        for f in found {
            let Some(name) = &f.raw.value.name else {
                continue;
            };
            let at = At::record(&f.file, line(&f.raw), "").field("name", line(name));
            let rec = f.key.to_string();
            let at = At {
                record: Some(&rec),
                ..at
            };
            let v = &name.value;
            let ok = v.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && v.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                && !v.contains("__")
                && !v.ends_with('_');
            if !ok {
                self.d.error(
                    at,
                    format!("\"{v}\" is not a SCREAMING_SNAKE_CASE constant name"),
                );
            }
            let kind = matches!(f.key, Key::Reply(_));
            if let Some((file, l)) = seen.get(&(kind, v.clone())) {
                self.d.error(
                    at,
                    format!("constant name \"{v}\" is already used (at {file}:{l})"),
                );
            } else {
                seen.insert((kind, v.clone()), (f.file.clone(), line(name)));
            }
        }
    }

    fn folklore(&mut self, path: &Path, keys: &BTreeSet<Key>) -> Vec<(u16, Key)> {
        let file = self.name(path);
        let Some(map) = self.parse::<BTreeMap<String, Spanned<String>>>(path) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in map {
            let at = At::record(&file, line(&v), &k);
            let code = match parse_record_key(&k, RecordKind::Reply) {
                Ok(Key::Reply(c)) => c,
                _ => {
                    self.d
                        .error(at, "a folklore entry is keyed by a three-digit number");
                    continue;
                }
            };
            if keys.contains(&Key::Reply(code)) {
                self.d
                    .error(at, "is a catalog reply code, so it cannot also be folklore");
            }
            match parse_code_ref(&v.value) {
                Ok(key @ Key::Enhanced(..)) if keys.contains(&key) => out.push((code, key)),
                Ok(_) | Err(_) => self.d.error(
                    at,
                    format!("\"{}\" is not an enhanced code of the catalog", v.value),
                ),
            }
        }
        out
    }

    /// Checks each record's own fields and its links; English texts only.
    fn resolve(
        &mut self,
        found: &[Found],
        keys: &BTreeSet<Key>,
        sources: &BTreeMap<String, Source>,
    ) -> Vec<Record> {
        let source_index: BTreeMap<&str, usize> = sources
            .keys()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        let mut out = Vec::new();
        for f in found {
            let rec = f.key.to_string();
            let r = &f.raw.value;
            let at = At::record(&f.file, line(&f.raw), &rec);
            let is_reply = matches!(f.key, Key::Reply(_));
            let is_code = matches!(f.key, Key::Reply(_) | Key::Enhanced(..));

            // Which fields this kind of record takes.
            let allowed = |field: &str| match field {
                "commands" => is_reply,
                "iana_associated" => matches!(f.key, Key::Enhanced(..)),
                "status" | "name" | "fix_by" | "related" | "compare_with" => is_code,
                _ => true,
            };
            let present: [(&str, bool); 8] = [
                ("status", r.status.is_some()),
                ("name", r.name.is_some()),
                ("fix_by", r.fix_by.is_some()),
                ("commands", r.commands.is_some()),
                ("related", r.related.is_some()),
                ("compare_with", r.compare_with.is_some()),
                ("iana_associated", r.iana_associated.is_some()),
                ("references", r.references.is_some()),
            ];
            for (field, is) in present {
                if is && !allowed(field) {
                    self.d
                        .error(at.field(field, 0), "is not a field of this kind of record");
                }
            }
            let required: &[&str] = match f.key {
                Key::Reply(_) => &["status", "name", "fix_by", "references", "commands"],
                Key::Enhanced(..) => &["status", "name", "fix_by", "references", "iana_associated"],
                _ => &["references"],
            };
            for (field, is) in present {
                if !is && required.contains(&field) {
                    self.d.error(at.field(field, 0), "is missing");
                }
            }

            // English texts.
            let texts = [&r.title, &r.meaning, &r.when_seen, &r.how_to_fix];
            let mut en: [String; 4] = Default::default();
            for (i, (field, t)) in TEXT_FIELDS.iter().zip(texts).enumerate() {
                let Some(t) = t else {
                    self.d.error(at.field(field, 0), "is missing");
                    continue;
                };
                let fat = at.field(field, line(t));
                self.check_text(fat, field, &t.value, None);
                en[i] = t.value.clone();
            }

            let status = r
                .status
                .as_ref()
                .map(|s| s.value.clone())
                .unwrap_or_default();
            if let Some(s) = &r.status
                && !STATUSES.contains(&s.value.as_str())
            {
                self.d.error(
                    at.field("status", line(s)),
                    format!(
                        "unknown status \"{}\" (one of {})",
                        s.value,
                        STATUSES.join(", ")
                    ),
                );
            }
            let fix_by = self.enum_list(at, "fix_by", r.fix_by.as_ref(), &PARTIES, is_code);
            let commands = self.enum_list(at, "commands", r.commands.as_ref(), &COMMANDS, false);

            let mut references = Vec::new();
            for rf in r.references.iter().flatten() {
                let fat = at.field("references", line(rf));
                let (id, section) = match rf.value.split_once(" §") {
                    Some((id, s)) => (id, s),
                    None => (rf.value.as_str(), ""),
                };
                if rf.value.contains('§')
                    && !section
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == ' ' || c == '-')
                {
                    self.d.error(
                        fat,
                        format!("\"{}\": a section is written \"RFC 5321 §4.2.3\"", rf.value),
                    );
                }
                match source_index.get(id) {
                    Some(&i) => references.push((i, section.to_string())),
                    None => self.d.error(
                        fat,
                        format!(
                            "\"{}\" cites \"{id}\", which is not in data/sources.yaml",
                            rf.value
                        ),
                    ),
                }
            }
            if r.references.as_ref().is_some_and(|v| v.is_empty()) {
                self.d.error(
                    at.field("references", 0),
                    "is empty: every record cites a source",
                );
            }
            if status == "non-standard"
                && !references
                    .iter()
                    .any(|&(i, _)| sources.values().nth(i).is_some_and(|s| s.kind != "rfc"))
            {
                self.d.error(
                    at.field("references", 0),
                    "a non-standard code must cite a vendor, MTA, draft or registry source",
                );
            }

            let mut link = |field: &str, list: &Option<Vec<Spanned<String>>>| -> Vec<Key> {
                let mut v = Vec::new();
                for c in list.iter().flatten() {
                    let fat = at.field(field, line(c));
                    match parse_code_ref(&c.value) {
                        Ok(k) if k == f.key => self.d.error(fat, "a record cannot name itself"),
                        Ok(k) if keys.contains(&k) => {
                            if !v.contains(&k) {
                                v.push(k)
                            }
                        }
                        Ok(_) if self.incomplete => {}
                        Ok(k) => self
                            .d
                            .error(fat, format!("\"{k}\" is not a code of the catalog")),
                        Err(e) => self.d.error(fat, format!("\"{}\" {e}", c.value)),
                    }
                }
                v
            };
            let related = link("related", &r.related);
            let compare_with = link("compare_with", &r.compare_with);

            let mut associated = Vec::new();
            if let Some(a) = &r.iana_associated {
                for num in a
                    .value
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|n| n.len() == 3)
                {
                    let Ok(code) = num.parse::<u16>() else {
                        continue;
                    };
                    if keys.contains(&Key::Reply(code)) {
                        associated.push(code);
                    } else if !self.incomplete {
                        self.d.error(
                            at.field("iana_associated", line(a)),
                            format!("{code} is not a reply code of the catalog"),
                        );
                    }
                }
            }

            out.push(Record {
                key: f.key,
                status,
                name: r.name.as_ref().map(|n| n.value.clone()).unwrap_or_default(),
                texts: vec![en],
                fix_by,
                references,
                commands,
                related,
                compare_with,
                iana_associated: r
                    .iana_associated
                    .as_ref()
                    .map(|a| a.value.clone())
                    .unwrap_or_default(),
                associated,
            });
        }
        // Relations hold both ways; IANA's associated codes are relations too.
        let mut extra: Vec<(Key, Key)> = Vec::new();
        for r in &out {
            for &k in &r.related {
                extra.push((k, r.key));
            }
            for &c in &r.associated {
                extra.push((r.key, Key::Reply(c)));
                extra.push((Key::Reply(c), r.key));
            }
        }
        for (from, to) in extra {
            if let Some(r) = out.iter_mut().find(|r| r.key == from)
                && !r.related.contains(&to)
            {
                r.related.push(to);
            }
        }
        for r in &mut out {
            r.related.sort();
        }
        out
    }

    fn enum_list(
        &mut self,
        at: At<'_>,
        field: &str,
        list: Option<&Vec<Spanned<String>>>,
        allowed: &[&str],
        non_empty: bool,
    ) -> Vec<String> {
        let mut out = Vec::new();
        if non_empty && list.is_some_and(|l| l.is_empty()) {
            self.d.error(at.field(field, 0), "is empty");
        }
        for v in list.into_iter().flatten() {
            if !allowed.contains(&v.value.as_str()) {
                self.d.error(
                    at.field(field, line(v)),
                    format!(
                        "unknown value \"{}\" (one of {})",
                        v.value,
                        allowed.join(", ")
                    ),
                );
            } else if out.contains(&v.value) {
                self.d.error(
                    at.field(field, line(v)),
                    format!("\"{}\" is listed twice", v.value),
                );
            } else {
                out.push(v.value.clone());
            }
        }
        out
    }

    /// Checks one text of one record; `english` is the root text when checking a translation.
    fn check_text(
        &mut self,
        at: At<'_>,
        field: &str,
        value: &str,
        english: Option<(&str, &Locale)>,
    ) {
        for p in text::hygiene(value) {
            self.d.error(at, format!("text {p}"));
        }
        if value.trim().is_empty() {
            return;
        }
        if field == "title" {
            if value.ends_with('.') || value.ends_with('。') {
                self.d.error(at, "a title does not end with a full stop");
            }
        } else if let Some(p) = text::sentence_shape(value) {
            self.d.error(at, format!("text {p}"));
        }
        match english {
            None => {
                if field == "when_seen"
                    && value
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("when"))
                {
                    self.d.error(at, "text starts with \"When\", but pages print it under the heading \"When you see it\"");
                }
            }
            Some((en, loc)) => self.check_translation(at, value, en, loc),
        }
    }

    fn check_translation(&mut self, at: At<'_>, value: &str, en: &str, loc: &Locale) {
        let (mine, theirs) = (text::backticked(value), text::backticked(en));
        if mine != theirs {
            let missing: Vec<_> = theirs.difference(&mine).collect();
            let extra: Vec<_> = mine.difference(&theirs).collect();
            self.d.error(
                at,
                format!(
                    "protocol tokens differ from the English: missing {missing:?}, extra {extra:?}"
                ),
            );
        }
        let prose = text::prose_letters(value);
        if prose.chars().any(char::is_alphabetic) && text::prose_letters(en).trim() == prose.trim()
        {
            self.d
                .error(at, "text is the same as the English: it is not translated");
            return;
        }
        if !text::SCRIPTS.contains(&loc.script.as_str()) {
            return; // reported once, on locales.yaml
        }
        if let Some(share) = text::script_share(&loc.script, value) {
            let need = if loc.script == "latin" { 0.9 } else { 0.6 };
            if share < need {
                self.d.error(
                    at,
                    format!(
                        "only {:.0}% of the letters are in the {} script",
                        share * 100.0,
                        loc.script
                    ),
                );
            }
        }
        if loc.script == "latin" && text::looks_english(value) {
            self.d
                .error(at, "text reads as English: it is not translated");
        }
    }

    fn translate_records(
        &mut self,
        loc: &Locale,
        file: &str,
        tr: &RawLocaleFile,
        records: &mut [Record],
    ) {
        for (k, t) in &tr.records {
            let at = At::record(file, line(t), k);
            let key = parse_any_key(k);
            if !self.incomplete && !key.is_some_and(|key| records.iter().any(|r| r.key == key)) {
                self.d.error(at, "is not a record of the catalog");
            }
        }
        for r in records.iter_mut() {
            let rec = r.key.to_string();
            let Some(t) = tr.records.get(&rec) else {
                self.d.error(
                    At::record(file, 0, &rec),
                    format!("has no {} translation", loc.tag),
                );
                r.texts.push(Default::default());
                continue;
            };
            let at = At::record(file, line(t), &rec);
            let tv = &t.value;
            let en = r.texts[0].clone();
            let mut texts: [String; 4] = Default::default();
            for (i, (field, v)) in TEXT_FIELDS
                .iter()
                .zip([&tv.title, &tv.meaning, &tv.when_seen, &tv.how_to_fix])
                .enumerate()
            {
                match v {
                    None => self.d.error(at.field(field, 0), "is missing"),
                    Some(v) => {
                        self.check_text(
                            at.field(field, line(v)),
                            field,
                            &v.value,
                            Some((&en[i], loc)),
                        );
                        texts[i] = v.value.clone();
                    }
                }
            }
            let want = record_hash(&en);
            match &tv.source_hash {
                None => self.d.error(
                    at.field("source_hash", 0),
                    format!("is missing (the English hash is {want})"),
                ),
                Some(h) if h.value != want => self.d.warning(
                    at.field("source_hash", line(h)),
                    format!(
                        "stale: the English changed since this translation (hash {} → {want})",
                        h.value
                    ),
                ),
                Some(_) => {}
            }
            r.texts.push(texts);
        }
    }

    fn translate_ui(
        &mut self,
        loc: &Locale,
        file: &str,
        tr: &RawLocaleFile,
        keys: &[String],
        en: &BTreeMap<String, Spanned<String>>,
        en_hash: &str,
    ) -> Vec<String> {
        for (k, v) in &tr.ui {
            if !en.contains_key(k) {
                self.d.error(
                    At::file(file, line(v)).field(k, line(v)),
                    "is not a UI key of locales/en.yaml",
                );
            }
        }
        match &tr.ui_source_hash {
            None => self.d.error(
                At::file(file, 0).field("ui_source_hash", 0),
                format!("is missing (the English hash is {en_hash})"),
            ),
            Some(h) if h.value != en_hash => self.d.warning(
                At::file(file, line(h)).field("ui_source_hash", line(h)),
                format!(
                    "stale: the English UI changed since this translation (hash {} → {en_hash})",
                    h.value
                ),
            ),
            Some(_) => {}
        }
        let mut out = Vec::new();
        for k in keys {
            let Some(v) = tr.ui.get(k) else {
                self.d.error(
                    At::file(file, 0).field(k, 0),
                    format!("UI string is missing in {}", loc.tag),
                );
                out.push(String::new());
                continue;
            };
            let at = At::file(file, line(v)).field(k, line(v));
            let en_v = en.get(k).map(|s| s.value.as_str()).unwrap_or("");
            for p in text::hygiene(&v.value) {
                if !(p.contains("white space") && k == "list.separator") {
                    self.d.error(at, format!("text {p}"));
                }
            }
            match (text::placeholders(&v.value), text::placeholders(en_v)) {
                (Ok(a), Ok(b)) if a != b => {
                    self.d.error(
                        at,
                        format!("placeholders {a:?} differ from the English {b:?}"),
                    );
                }
                (Err(e), _) => self.d.error(at, format!("template {e}")),
                _ => {}
            }
            if !v.value.trim().is_empty() {
                self.check_translation(at, &v.value, en_v, loc);
            }
            out.push(v.value.clone());
        }
        out
    }

    fn require_sub_codes(&mut self, classes: &[Record], subjects: &[Record]) {
        let file = self.name(&self.root.join("enhanced").join("sub-codes.yaml"));
        for c in [2u8, 4, 5] {
            if !classes.iter().any(|r| r.key == Key::Class(c)) {
                self.d.error(
                    At::record(&file, 0, &Key::Class(c).to_string()),
                    "class sub-code is missing",
                );
            }
        }
        for s in 0u16..8 {
            if !subjects.iter().any(|r| r.key == Key::Subject(s)) {
                self.d.error(
                    At::record(&file, 0, &Key::Subject(s).to_string()),
                    "subject sub-code is missing",
                );
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RecordKind {
    Reply,
    Enhanced,
    Class,
    Subject,
}

/// A number of at most three digits without a leading zero (RFC 3463's grammar).
fn sub_number(s: &str) -> Option<u16> {
    let ok = !s.is_empty()
        && s.len() <= 3
        && s.bytes().all(|b| b.is_ascii_digit())
        && (s == "0" || !s.starts_with('0'));
    if ok { s.parse().ok() } else { None }
}

fn parse_record_key(k: &str, kind: RecordKind) -> Result<Key, String> {
    match kind {
        RecordKind::Reply => {
            let b = k.as_bytes();
            if b.len() == 3 && b.iter().all(u8::is_ascii_digit) && (b'2'..=b'5').contains(&b[0]) {
                Ok(Key::Reply(k.parse().map_err(|_| "bad number")?))
            } else {
                Err(format!(
                    "\"{k}\" is not a reply code: three digits, the first 2 to 5"
                ))
            }
        }
        RecordKind::Enhanced => match parse_code_ref(k) {
            Ok(key @ Key::Enhanced(..)) if k.starts_with("X.") => Ok(key),
            _ => Err(format!(
                "\"{k}\" is not an enhanced code key: write it as IANA does, X.<subject>.<detail>"
            )),
        },
        RecordKind::Class => match k.strip_suffix(".XXX.XXX") {
            Some(c @ ("2" | "4" | "5")) => Ok(Key::Class(c.as_bytes()[0] - b'0')),
            _ => Err(format!(
                "\"{k}\" is not a class sub-code (2.XXX.XXX, 4.XXX.XXX or 5.XXX.XXX)"
            )),
        },
        RecordKind::Subject => match k
            .strip_prefix("X.")
            .and_then(|r| r.strip_suffix(".XXX"))
            .and_then(sub_number)
        {
            Some(s) if s < 8 => Ok(Key::Subject(s)),
            _ => Err(format!(
                "\"{k}\" is not a subject sub-code (X.0.XXX to X.7.XXX)"
            )),
        },
    }
}

/// A code named in `related`, `compare_with` or `folklore.yaml`: "421" or "X.1.1".
fn parse_code_ref(s: &str) -> Result<Key, String> {
    if let Some(rest) = s.strip_prefix("X.") {
        let (a, b) = rest
            .split_once('.')
            .ok_or("is not a code: write 421 or X.1.1")?;
        return match (sub_number(a), sub_number(b)) {
            (Some(a), Some(b)) => Ok(Key::Enhanced(a, b)),
            _ => Err("is not a code: write 421 or X.1.1".into()),
        };
    }
    if s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Key::Reply(s.parse().map_err(|_| "bad number")?));
    }
    if s.len() > 2 && s.as_bytes()[1] == b'.' {
        return Err("names an enhanced code with a class: write it as X.<subject>.<detail>".into());
    }
    Err("is not a code: write 421 or X.1.1".into())
}

fn parse_any_key(s: &str) -> Option<Key> {
    [
        RecordKind::Reply,
        RecordKind::Enhanced,
        RecordKind::Class,
        RecordKind::Subject,
    ]
    .into_iter()
    .find_map(|k| parse_record_key(s, k).ok())
}

fn is_rfc_id(id: &str) -> bool {
    id.strip_prefix("RFC ")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// language[-Script][-REGION]: enough for the tags we ship.
fn is_bcp47_shape(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("");
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| {
            (p.len() == 4 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                || (p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
        })
}

/// The hash a translation records of the English record it was made from.
pub fn record_hash(en: &[String; 4]) -> String {
    text::fnv1a(&[&en[0], &en[1], &en[2], &en[3]])
}

/// The hash a translation records of the English UI strings.
pub fn ui_hash(keys: &[String], values: &[String]) -> String {
    let joined: Vec<String> = keys
        .iter()
        .zip(values)
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let parts: Vec<&str> = joined.iter().map(String::as_str).collect();
    text::fnv1a(&parts)
}

/// UI keys in file order (the order authors wrote them, which groups them by page).
fn ui_key_order(ui: &BTreeMap<String, Spanned<String>>) -> Vec<String> {
    let mut keys: Vec<(u64, String)> = ui.iter().map(|(k, v)| (line(v), k.clone())).collect();
    keys.sort();
    keys.into_iter().map(|(_, k)| k).collect()
}

/// serde-saphyr's plain messages start with "line L column C: "; we print that position first.
fn strip_location_prefix(msg: &str) -> String {
    let m = msg.trim();
    // The position is printed first; drop serde-saphyr's repetition of it and its advice to
    // programmers ("set DuplicateKeyPolicy in Options").
    if let Some(i) = m.rfind(" at line ") {
        return strip_location_prefix(&m[..i]);
    }
    if let Some(i) = m.find(", set DuplicateKeyPolicy") {
        return strip_location_prefix(&m[..i]);
    }
    if let Some(rest) = m.strip_prefix("error: ") {
        return strip_location_prefix(rest);
    }
    if m.starts_with("line ")
        && let Some((_, after)) = m.split_once(": ")
    {
        return after.to_string();
    }
    m.to_string()
}
