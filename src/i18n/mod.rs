//! The one localisation layer: every user-facing word comes from the Fluent messages in
//! `assets/i18n/{en,zh-CN}/live_record_vod.ftl`, looked up with [`t!`](crate::t).
//!
//! `t!("id")` and `t!("id", name = value)` check the ID and its arguments against the English
//! file at compile time. The language is process-wide: chosen at start (`--lang`, the saved
//! choice or the OS locale) and switched at once from the window.

mod language;
mod said;

pub use language::Language;
pub use said::Said;

use fluent_bundle::FluentValue;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

#[doc(hidden)]
pub use i18n_embed_fl::fl as __fl;

/// Looks up a message in the current language: `t!("form-submit")`,
/// `t!("submit-fix-errors", count = n)`. The ID and argument names are checked at compile time.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::__fl!($crate::i18n::loader(), $id)
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::__fl!(
            $crate::i18n::loader(),
            $id,
            $($key = ($crate::i18n::ToFluent::to_fluent(&($value)))),+
        )
    };
}

/// The English messages (the fallback: every ID must be here).
pub const EN_FTL: &str = include_str!("../../assets/i18n/en/live_record_vod.ftl");
/// The Simplified Chinese messages.
pub const ZH_CN_FTL: &str = include_str!("../../assets/i18n/zh-CN/live_record_vod.ftl");

/// The message files, compiled into the binary.
struct Embedded;

impl I18nAssets for Embedded {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let text = match file_path {
            "en/live_record_vod.ftl" => EN_FTL,
            "zh-CN/live_record_vod.ftl" => ZH_CN_FTL,
            _ => return Vec::new(),
        };
        vec![Cow::Borrowed(text.as_bytes())]
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(
            ["en/live_record_vod.ftl", "zh-CN/live_record_vod.ftl"]
                .into_iter()
                .map(String::from),
        )
    }
}

/// One loader per language, sharing the parsed bundles.
static LOADERS: LazyLock<[FluentLanguageLoader; 2]> = LazyLock::new(|| {
    let base = FluentLanguageLoader::new("live_record_vod", Language::En.id());
    let all = Language::ALL.map(Language::id);
    // The files are compiled in and checked by tests; a failure here is a build defect.
    if let Err(e) = base.load_languages(&Embedded, &all) {
        eprintln!("the built-in translations could not be loaded: {e}");
    }
    // No Unicode isolation marks around arguments: they show as boxes in some fonts and
    // break copied text.
    base.set_use_isolating(false);
    Language::ALL.map(|language| base.select_languages(&[language.id()]))
});

/// What `t!` accepts as an argument: text and numbers (numbers choose plural forms).
pub trait ToFluent {
    /// The value Fluent formats.
    fn to_fluent(&self) -> FluentValue<'static>;
}

impl ToFluent for str {
    fn to_fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl ToFluent for String {
    fn to_fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl ToFluent for Cow<'_, str> {
    fn to_fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl ToFluent for char {
    fn to_fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl<T: ToFluent + ?Sized> ToFluent for &T {
    fn to_fluent(&self) -> FluentValue<'static> {
        (**self).to_fluent()
    }
}

macro_rules! numbers_to_fluent {
    ($($number:ty),*) => {$(
        impl ToFluent for $number {
            fn to_fluent(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}

numbers_to_fluent!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

macro_rules! display_to_fluent {
    ($($shown:ty),*) => {$(
        impl ToFluent for $shown {
            fn to_fluent(&self) -> FluentValue<'static> {
                FluentValue::from(self.to_string())
            }
        }
    )*};
}

impl ToFluent for std::path::Path {
    fn to_fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.display().to_string())
    }
}

impl ToFluent for std::path::PathBuf {
    fn to_fluent(&self) -> FluentValue<'static> {
        self.as_path().to_fluent()
    }
}

display_to_fluent!(
    std::path::Display<'_>,
    std::io::Error,
    std::net::SocketAddr,
    anyhow::Error
);

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// The loader of the current language (used by `t!`).
pub fn loader() -> &'static FluentLanguageLoader {
    &LOADERS[CURRENT.load(Ordering::Relaxed) as usize]
}

/// The language the program speaks now.
pub fn language() -> Language {
    Language::ALL[CURRENT.load(Ordering::Relaxed) as usize]
}

/// Switches the whole program to `language`; text made from now on is in it.
pub fn set_language(language: Language) {
    CURRENT.store(language as u8, Ordering::Relaxed);
}

/// The message `id` in every language, whatever the current one (a name made in one language
/// recognised in the other).
pub fn in_every_language(id: &str) -> Vec<String> {
    LOADERS
        .iter()
        .filter(|l| l.has(id))
        .map(|l| l.get(id))
        .collect()
}

/// A message whose ID is only known at run time (error codes, regions); every such ID is
/// covered by a test. An unknown ID gives `None`.
pub fn lookup(id: &str) -> Option<String> {
    loader().has(id).then(|| loader().get(id))
}

/// A message whose ID is only known at run time, with arguments, e.g. an error code's
/// explanation with `$domain`. (Run-time messages are plain messages, not attributes:
/// i18n-embed 0.16 looks attributes up in the first loaded language only.)
pub fn lookup_args(id: &str, args: &[(&str, String)]) -> Option<String> {
    let args = args
        .iter()
        .map(|(name, value)| (*name, value.clone()))
        .collect::<HashMap<_, _>>();
    loader().has(id).then(|| loader().get_args(id, args))
}

#[cfg(test)]
mod catalog_check;
#[cfg(test)]
mod tests;
