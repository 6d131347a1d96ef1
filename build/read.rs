//! Stage 1 of the pipeline: read every file of `data/` into the raw types of [`super::model`].
//!
//! Reading reports only what stops a file from being read: it cannot be opened, its YAML does
//! not parse, a record key is malformed. Everything else is for [`super::check`].

use super::diag::{At, Diagnostic, Diagnostics};
use super::keys::{Key, RecordKind, parse_record_key};
use super::model::*;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// A file's contents with its display name (`data/reply/4xx.yaml`).
pub struct File<T> {
    pub name: String,
    pub value: T,
}

/// A record as found in a file, before any check.
pub struct Found {
    pub key: Key,
    pub file: String,
    /// The digit the file's name promises (`4xx.yaml` holds class 4, `7-security.yaml`
    /// subject 7), if it promises one.
    pub group: Option<u32>,
    pub raw: Spanned<RawRecord>,
}

/// One shipped language's translation files.
pub struct Translation {
    pub tag: String,
    pub codes: Option<File<RawCodesFile>>,
    pub ui: Option<File<RawUiFile>>,
    pub reasons: Option<File<RawReasonsTranslation>>,
    pub providers: Option<File<RawProvidersTranslation>>,
    pub pairs: Option<File<RawPairsTranslation>>,
}

/// Everything read from `data/`.
pub struct Raw {
    pub root: PathBuf,
    /// A record file did not parse or a key was malformed: checks that need every record
    /// (orphans, links) would only repeat that error, so they are skipped.
    pub incomplete: bool,
    pub info: Option<File<RawCatalogInfo>>,
    pub sources: Option<File<BTreeMap<String, Spanned<RawSource>>>>,
    pub locales: Option<File<Vec<Spanned<RawLocale>>>>,
    pub records: Vec<Found>,
    /// The name `data/enhanced/sub-codes.yaml` is reported under.
    pub sub_codes_file: String,
    pub folklore: Option<File<BTreeMap<String, Text>>>,
    pub ui_en: Option<File<RawUiFile>>,
    pub reasons: Option<File<RawReasonsFile>>,
    pub code_rules: Option<File<Vec<Spanned<RawCodeRule>>>>,
    pub text_rules: Vec<File<Vec<Spanned<RawTextRule>>>>,
    /// `data/providers/*.yaml`, sorted by file name.
    pub providers: Vec<File<RawProvider>>,
    /// `data/pairs/pairs.yaml`, if there is one.
    pub pairs: Option<File<Vec<Spanned<RawPair>>>>,
    /// The languages other than English that ship (or are checked as if they did).
    pub translations: Vec<Translation>,
}

pub fn read(root: &Path, also_ship: &[String], d: &mut Diagnostics) -> Raw {
    let mut r = Reader {
        root: root.to_path_buf(),
        d,
    };
    let info = r.parse(&root.join("catalog.yaml"));
    let sources = r.parse(&root.join("sources.yaml"));
    let locales: Option<File<Vec<Spanned<RawLocale>>>> = r.parse(&root.join("locales.yaml"));

    let mut incomplete = false;
    let mut records = Vec::new();
    for path in r.yaml_files(&root.join("reply")) {
        incomplete |= !r.records(&path, RecordKind::Reply, &mut records);
    }
    let sub_codes_path = root.join("enhanced").join("sub-codes.yaml");
    for path in r.yaml_files(&root.join("enhanced")) {
        if path == sub_codes_path {
            match r.parse::<RawSubCodes>(&path) {
                Some(f) => {
                    incomplete |= !r.keyed(
                        &f.name,
                        f.value.classes,
                        RecordKind::Class,
                        None,
                        &mut records,
                    );
                    incomplete |= !r.keyed(
                        &f.name,
                        f.value.subjects,
                        RecordKind::Subject,
                        None,
                        &mut records,
                    );
                }
                None => incomplete = true,
            }
        } else {
            incomplete |= !r.records(&path, RecordKind::Enhanced, &mut records);
        }
    }
    let folklore = r.parse(&root.join("folklore.yaml"));
    let locales_dir = root.join("locales");
    let ui_en = r.parse(&locales_dir.join("en").join("ui.yaml"));

    let diagnosis = root.join("diagnosis");
    let reasons = r.parse(&diagnosis.join("reasons.yaml"));
    let code_rules = r.parse(&diagnosis.join("codes.yaml"));
    let mut text_rules = Vec::new();
    for path in r.yaml_files(&diagnosis.join("text")) {
        text_rules.extend(r.parse(&path));
    }

    // Providers are optional: a catalog without `providers/` has none.
    let mut providers = Vec::new();
    let providers_dir = root.join("providers");
    if providers_dir.is_dir() {
        for path in r.yaml_files(&providers_dir) {
            providers.extend(r.parse(&path));
        }
    }

    let pairs_path = root.join("pairs").join("pairs.yaml");
    let pairs = if pairs_path.is_file() {
        r.parse(&pairs_path)
    } else {
        None
    };

    let mut translations = Vec::new();
    for l in locales.iter().flat_map(|f| &f.value) {
        let tag = &l.value.tag.value;
        if tag == "en" || !(l.value.ship.value || also_ship.contains(tag)) {
            continue;
        }
        let dir = locales_dir.join(tag);
        translations.push(Translation {
            tag: tag.clone(),
            codes: r.parse(&dir.join("codes.yaml")),
            ui: r.parse(&dir.join("ui.yaml")),
            reasons: r.parse(&dir.join("reasons.yaml")),
            // Needed only when there are provider texts (checked with the translations).
            providers: dir
                .join("providers.yaml")
                .is_file()
                .then(|| r.parse(&dir.join("providers.yaml")))
                .flatten(),
            pairs: dir
                .join("pairs.yaml")
                .is_file()
                .then(|| r.parse(&dir.join("pairs.yaml")))
                .flatten(),
        });
    }
    let sub_codes_file = r.name(&sub_codes_path);
    Raw {
        root: root.to_path_buf(),
        incomplete,
        info,
        sources,
        locales,
        records,
        sub_codes_file,
        folklore,
        ui_en,
        reasons,
        code_rules,
        text_rules,
        providers,
        pairs,
        translations,
    }
}

struct Reader<'d> {
    root: PathBuf,
    d: &'d mut Diagnostics,
}

impl Reader<'_> {
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

    fn parse<T: serde::de::DeserializeOwned>(&mut self, path: &Path) -> Option<File<T>> {
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
            Ok(value) => Some(File { name, value }),
            Err(e) => {
                let (l, c) = e
                    .location()
                    .map(|l| (l.line(), l.column()))
                    .unwrap_or((0, 0));
                let msg = e.without_snippet().to_string();
                let msg = msg.lines().next().unwrap_or("").to_string();
                let at = if c > 0 {
                    format!("{name}:{l}:{c}")
                } else {
                    name
                };
                self.d.errors.push(Diagnostic {
                    file: at,
                    line: 0,
                    record: None,
                    field: None,
                    message: strip_location_prefix(&msg),
                });
                None
            }
        }
    }

    /// The `.yaml` files of a directory, sorted.
    fn yaml_files(&mut self, dir: &Path) -> Vec<PathBuf> {
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

    /// Reads a file of records; `false` if it could not be read whole.
    fn records(&mut self, path: &Path, kind: RecordKind, out: &mut Vec<Found>) -> bool {
        let Some(f) = self.parse::<RecordFile>(path) else {
            return false;
        };
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
        self.keyed(&f.name, f.value, kind, group, out)
    }

    /// Parses the keys of a file's records; `false` if one was malformed.
    fn keyed(
        &mut self,
        file: &str,
        map: RecordFile,
        kind: RecordKind,
        group: Option<u32>,
        out: &mut Vec<Found>,
    ) -> bool {
        let mut whole = true;
        for (k, raw) in map {
            match parse_record_key(&k, kind) {
                Ok(key) => out.push(Found {
                    key,
                    file: file.to_string(),
                    group,
                    raw,
                }),
                Err(e) => {
                    self.d.error(At::record(file, raw.referenced.line(), &k), e);
                    whole = false;
                }
            }
        }
        whole
    }
}

/// serde-saphyr's messages repeat the position we print first, and end with advice to
/// programmers ("set DuplicateKeyPolicy in Options"): keep only what an author needs.
fn strip_location_prefix(msg: &str) -> String {
    let m = msg.trim();
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
