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
    /// The comparisons asked for beyond the curated ones (`--pairs`).
    extra: &'a [(Code, Code)],
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
    fn more_comparisons(&self, c: Code) -> Vec<Code> {
        self.extra
            .iter()
            .filter_map(|&(a, b)| {
                if a == c {
                    Some(b)
                } else if b == c {
                    Some(a)
                } else {
                    None
                }
            })
            .collect()
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
    render_page(page, opts, rel, depth, false)
}

/// Renders a page of the site; an index page (`search`) gets the search box.
fn render_page(page: &Page, opts: &SiteOptions, rel: &str, depth: usize, search: bool) -> String {
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
            let mut options = RenderOptions {
                alternates,
                footer: Some(footer.replace('`', "")),
                ..RenderOptions::default()
            };
            if search {
                options.search = Some((
                    String::from("search.js"),
                    String::from(t(page.locale, UiKey::SiteSearch)),
                ));
            }
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
        t(Locale::En, UiKey::SiteChooseLanguage),
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
            extra: &opts.extra_pairs,
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
                extra: &opts.extra_pairs,
                up: "",
            },
        );
        let rel = format!("index.{ext}");
        let html = opts.format == Format::Html;
        let content = render_page(&index, opts, &rel, 0, html);
        files.push(SiteFile {
            path: format!("{tag}/{rel}"),
            content,
        });
        if html {
            files.push(SiteFile {
                path: format!("{tag}/search.js"),
                content: search_script(locale, &pairs, ext),
            });
        }
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

/// A string as a JavaScript literal: quotes, backslashes, control characters and the two
/// line separators JavaScript does not allow in strings escaped.
fn js(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The notations a code is searched by: `421`; for `X.1.1` also `2.1.1`, `4.1.1`, `5.1.1` and
/// the folklore number people write for it (`511`).
fn notations(c: Code) -> String {
    match c {
        Code::Reply(r) => format!("{r}"),
        Code::Enhanced(e) => {
            let (s, d) = (e.subject_number(), e.detail());
            let mut v = format!("{e} 2.{s}.{d} 4.{s}.{d} 5.{s}.{d}");
            for n in 200..600u16 {
                if crate::folklore(n).is_some_and(|f| f.generic() == e.generic()) {
                    v.push_str(&format!(" {n}"));
                }
            }
            v
        }
    }
}

/// `search.js` of a language: the index (label, link, what it is found by, lower-cased) and
/// a few lines that filter it as the reader types, or from `?q=` on load.
fn search_script(locale: Locale, pairs: &BTreeSet<(Code, Code)>, ext: &str) -> String {
    // (label, link, everything it is found by, the code notations alone: exact matches first)
    let mut entries: Vec<(String, String, String, String)> = Vec::new();
    for c in all_codes() {
        let Some(tx) = c.texts() else { continue };
        let label = format!("{c} {}", tx.title(locale).replace('`', ""));
        let keys = format!(
            "{} {} {}",
            notations(c),
            tx.title(locale),
            tx.meaning(locale)
        );
        entries.push((
            label,
            format!("codes/{}.{ext}", file_code(c)),
            keys,
            notations(c),
        ));
    }
    for &(a, b) in pairs {
        let title = fill_owned(
            t(locale, UiKey::CompareTitle),
            &compare_values(a, b, locale),
        )
        .replace('`', "");
        let keys = format!("{} {} {title}", notations(a), notations(b));
        entries.push((title, pair_file(a, b, ext), keys, String::new()));
    }
    for p in crate::Provider::all() {
        let keys = format!("{} {} {}", p.id(), p.name(), p.hosts().join(" "));
        entries.push((
            String::from(p.name()),
            format!("providers/{}.{ext}", p.id()),
            keys,
            String::from(p.id()),
        ));
    }
    let mut out = String::from(
        "// The search of this language's index: generated by smtp-codes, do not edit.\nvar SMTP_SEARCH=[\n",
    );
    for (label, href, keys, exact) in &entries {
        out.push_str(&format!(
            "[{},{},{},{}],\n",
            js(label),
            js(href),
            js(&keys.to_lowercase()),
            js(&format!(" {} ", exact.to_lowercase()))
        ));
    }
    out.push_str("];\n");
    out.push_str(SEARCH_JS);
    out
}

/// Filters `SMTP_SEARCH` by every word of the query, shows the first 50 matches as links.
const SEARCH_JS: &str = r#"(function(){
var q=document.getElementById("q"),r=document.getElementById("results");
if(!q||!r)return;
function run(){
  var words=q.value.toLowerCase().split(/\s+/).filter(function(w){return w.length>0;});
  while(r.firstChild)r.removeChild(r.firstChild);
  if(!words.length)return;
  var exact=[],other=[];
  for(var i=0;i<SMTP_SEARCH.length;i++){
    var e=SMTP_SEARCH[i],ok=true,hit=false;
    for(var j=0;j<words.length;j++){
      if(e[2].indexOf(words[j])<0){ok=false;break;}
      if(e[3].indexOf(" "+words[j]+" ")>=0)hit=true;
    }
    if(ok)(hit?exact:other).push(e);
  }
  var all=exact.concat(other);
  for(var k=0;k<all.length&&k<50;k++){
    var li=document.createElement("li"),a=document.createElement("a");
    a.href=all[k][1];a.textContent=all[k][0];li.appendChild(a);r.appendChild(li);
  }
}
var m=/[?&]q=([^&]*)/.exec(location.search);
if(m){try{q.value=decodeURIComponent(m[1].replace(/\+/g," "));}catch(x){q.value=m[1];}}
q.addEventListener("input",run);
run();
})();
"#;
