//! The static reference site: an index per language (codes grouped by class, then subject),
//! one page per code, one page per comparison, all linked. Built in memory; the CLI writes it.

use crate::catalog::UiKey;
use crate::l10n::ui::{fill, fill_owned, t};
use crate::pages::{Block, Linker, Page, Span, code_label, compare_values, spans};
use crate::render::{Format, RenderOptions, render_with};
use crate::{Class, Code, EnhancedInfo, Locale, ReplyInfo, SubCodeInfo, Subject, compare};
use alloc::collections::BTreeSet;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// What to build.
#[derive(Clone, Debug)]
pub struct SiteOptions {
    /// Languages, each in its own directory.
    pub locales: Vec<Locale>,
    /// HTML or Markdown (text is not a site format).
    pub format: Format,
    /// Comparisons beyond the catalog's curated look-alike pairs.
    pub extra_pairs: Vec<(Code, Code)>,
}

/// One file of the site: a path relative to the site's root, and its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteFile {
    /// `hi/codes/421.html`.
    pub path: String,
    /// The page.
    pub content: String,
}

/// Every code of the catalog, reply codes first.
fn all_codes() -> Vec<Code> {
    let r = ReplyInfo::all().iter().map(|i| Code::Reply(i.code()));
    r.chain(EnhancedInfo::all().iter().map(|i| Code::Enhanced(i.code())))
        .collect()
}

/// The curated look-alike pairs (each record's `compare_with`), in a stable order, each once.
pub fn curated_pairs() -> Vec<(Code, Code)> {
    let mut set = BTreeSet::new();
    for c in all_codes() {
        let others = match c {
            Code::Reply(r) => r.info().map_or(&[][..], |i| i.compare_with()),
            Code::Enhanced(e) => e.info().map_or(&[][..], |i| i.compare_with()),
        };
        for &o in others {
            set.insert(if c <= o { (c, o) } else { (o, c) });
        }
    }
    set.into_iter().collect()
}

struct SiteLinks<'a> {
    ext: &'a str,
    pairs: &'a BTreeSet<(Code, Code)>,
    /// Prefix from the current page to the language directory: "" or "../".
    up: &'a str,
}

fn file_code(c: Code) -> String {
    format!("{c}")
}

fn pair_file(a: Code, b: Code, ext: &str) -> String {
    format!("compare/{}-vs-{}.{ext}", file_code(a), file_code(b))
}

impl Linker for SiteLinks<'_> {
    fn code(&self, c: Code) -> Option<String> {
        let c = match c {
            Code::Enhanced(e) => Code::Enhanced(e.generic()),
            r => r,
        };
        c.is_known()
            .then(|| format!("{}codes/{}.{}", self.up, file_code(c), self.ext))
    }
    fn compare(&self, a: Code, b: Code) -> Option<String> {
        let key = if a <= b { (a, b) } else { (b, a) };
        self.pairs
            .contains(&key)
            .then(|| format!("{}{}", self.up, pair_file(key.0, key.1, self.ext)))
    }
    fn provider(&self, id: &str) -> Option<String> {
        crate::Provider::get(id).map(|p| format!("{}providers/{}.{}", self.up, p.id(), self.ext))
    }
}

fn nav(page: &mut Page, locale: Locale, href: &str) {
    let link = Span::Link {
        text: alloc::vec![Span::Text(String::from(t(locale, UiKey::SiteHome)))],
        href: String::from(href),
    };
    page.blocks.insert(0, Block::Paragraph(alloc::vec![link]));
}

fn render(page: &Page, opts: &SiteOptions, rel: &str, depth: usize) -> String {
    let up = "../".repeat(depth + 1);
    let footer = fill(
        t(page.locale, UiKey::SiteGenerated),
        &[("version", crate::CATALOG_VERSION)],
    );
    match opts.format {
        Format::Html => {
            let alternates = opts
                .locales
                .iter()
                .filter(|&&l| l != page.locale)
                .map(|&l| {
                    (
                        String::from(l.tag()),
                        String::from(l.native_name()),
                        format!("{up}{}/{rel}", l.tag()),
                    )
                })
                .collect();
            let options = RenderOptions {
                alternates,
                footer: Some(footer.replace('`', "")),
                ..RenderOptions::default()
            };
            render_with(page, Format::Html, &options)
        }
        _ => {
            let mut p = page.clone();
            p.paragraph(&footer);
            render_with(&p, Format::Markdown, &RenderOptions::default())
        }
    }
}

/// Builds the whole site.
///
/// ```
/// use smtp_codes::{Locale, render::Format, site::{build, SiteOptions}};
/// let files = build(&SiteOptions { locales: vec![Locale::En], format: Format::Html, extra_pairs: vec![] });
/// assert!(files.iter().any(|f| f.path == "en/codes/421.html"));
/// assert!(files.iter().any(|f| f.path == "index.html"));
/// ```
pub fn build(opts: &SiteOptions) -> Vec<SiteFile> {
    let ext = if opts.format == Format::Markdown {
        "md"
    } else {
        "html"
    };
    let mut pairs: BTreeSet<(Code, Code)> = curated_pairs().into_iter().collect();
    for &(a, b) in &opts.extra_pairs {
        if a.is_known() && b.is_known() {
            pairs.insert(if a <= b { (a, b) } else { (b, a) });
        }
    }
    let mut files = Vec::new();
    let locales: &[Locale] = if opts.locales.is_empty() {
        &[Locale::En]
    } else {
        &opts.locales
    };

    // The root: one link per language, each in its own language.
    let mut root = Page::new(Locale::En, String::from(t(Locale::En, UiKey::SiteTitle)));
    let items = locales
        .iter()
        .map(|&l| {
            alloc::vec![Span::Link {
                text: alloc::vec![Span::Text(format!("{} ({})", l.native_name(), l.tag()))],
                href: format!("{}/index.{ext}", l.tag())
            }]
        })
        .collect();
    root.list_section(
        2,
        "languages",
        t(Locale::En, UiKey::SiteLanguages),
        false,
        items,
    );
    files.push(SiteFile {
        path: format!("index.{ext}"),
        content: render_root(&root, opts),
    });

    for &locale in locales {
        let tag = locale.tag();
        let links = SiteLinks {
            ext,
            pairs: &pairs,
            up: "../",
        };
        for c in all_codes() {
            let Some(mut page) = Page::code_with(c, locale, &links) else {
                continue;
            };
            nav(&mut page, locale, &format!("../index.{ext}"));
            let rel = format!("codes/{}.{ext}", file_code(c));
            let content = render(&page, opts, &rel, 1);
            files.push(SiteFile {
                path: format!("{tag}/{rel}"),
                content,
            });
        }
        for &(a, b) in &pairs {
            let Some(cmp) = compare(a, b) else { continue };
            let mut page = Page::comparison_with(&cmp, locale, &links);
            nav(&mut page, locale, &format!("../index.{ext}"));
            let rel = pair_file(a, b, ext);
            let content = render(&page, opts, &rel, 1);
            files.push(SiteFile {
                path: format!("{tag}/{rel}"),
                content,
            });
        }
        for p in crate::Provider::all() {
            let mut page = Page::provider(p, locale, &links);
            nav(&mut page, locale, &format!("../index.{ext}"));
            let rel = format!("providers/{}.{ext}", p.id());
            let content = render(&page, opts, &rel, 1);
            files.push(SiteFile {
                path: format!("{tag}/{rel}"),
                content,
            });
        }
        let index = index_page(
            locale,
            &pairs,
            &SiteLinks {
                ext,
                pairs: &pairs,
                up: "",
            },
        );
        let rel = format!("index.{ext}");
        let content = render(&index, opts, &rel, 0);
        files.push(SiteFile {
            path: format!("{tag}/{rel}"),
            content,
        });
    }
    files
}

fn render_root(page: &Page, opts: &SiteOptions) -> String {
    render_with(page, opts.format, &RenderOptions::default())
}

fn index_page(locale: Locale, pairs: &BTreeSet<(Code, Code)>, links: &SiteLinks<'_>) -> Page {
    let mut page = Page::new(locale, String::from(t(locale, UiKey::SiteTitle)));
    page.paragraph(t(locale, UiKey::SiteIntro));
    page.heading(2, "reply-codes", t(locale, UiKey::SiteReplyCodes));
    for class in [
        Class::PositiveCompletion,
        Class::PositiveIntermediate,
        Class::TransientNegative,
        Class::PermanentNegative,
    ] {
        let items: Vec<Vec<Span>> = ReplyInfo::all()
            .iter()
            .filter(|i| i.class() == class)
            .map(|i| code_label(Code::Reply(i.code()), locale, links))
            .collect();
        let heading = fill(
            t(locale, UiKey::SiteClassHeading),
            &[
                ("digit", &format!("{}", class.digit())),
                ("class", crate::l10n::ui::class_name(locale, class)),
            ],
        );
        page.list_section(
            3,
            &format!("class-{}", class.digit()),
            &heading,
            false,
            items,
        );
    }
    page.heading(2, "enhanced-codes", t(locale, UiKey::SiteEnhancedCodes));
    for s in 0..8u16 {
        let Some(subject) = Subject::from_number(s) else {
            continue;
        };
        let items: Vec<Vec<Span>> = EnhancedInfo::all()
            .iter()
            .filter(|i| i.code().subject_number() == s)
            .map(|i| code_label(Code::Enhanced(i.code()), locale, links))
            .collect();
        let heading = fill(
            t(locale, UiKey::SiteSubjectHeading),
            &[
                ("digit", &format!("{s}")),
                ("subject", SubCodeInfo::subject(subject).title(locale)),
            ],
        );
        page.list_section(3, &format!("subject-{s}"), &heading, false, items);
    }
    let items: Vec<Vec<Span>> = pairs
        .iter()
        .map(|&(a, b)| {
            let title = fill_owned(
                t(locale, UiKey::CompareTitle),
                &compare_values(a, b, locale),
            );
            match links.compare(a, b) {
                Some(href) => alloc::vec![Span::Link {
                    text: spans(&title),
                    href
                }],
                None => spans(&title),
            }
        })
        .collect();
    page.list_section(
        2,
        "comparisons",
        t(locale, UiKey::SiteComparisons),
        false,
        items,
    );
    let providers: Vec<Vec<Span>> = crate::Provider::all()
        .iter()
        .map(|p| crate::pages::provider_label(p, links))
        .collect();
    page.list_section(
        2,
        "providers",
        t(locale, UiKey::SiteProviders),
        false,
        providers,
    );
    page
}
