//! The languages the program speaks, and how a locale name maps to one.

use unic_langid::{LanguageIdentifier, langid};

/// A language of the interface.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Language {
    /// English (the fallback).
    #[default]
    #[serde(rename = "en")]
    En = 0,
    /// Simplified Chinese, as the Alibaba Cloud console writes it.
    #[serde(rename = "zh-CN")]
    ZhCn = 1,
}

impl Language {
    /// Every language, in the order the picker shows them.
    pub const ALL: [Language; 2] = [Language::En, Language::ZhCn];

    /// The BCP 47 tag: `en`, `zh-CN` (what `--lang` takes).
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn => "zh-CN",
        }
    }

    /// The language's name in itself, for the picker: `English`, `简体中文`.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::ZhCn => "简体中文",
        }
    }

    pub(super) fn id(self) -> LanguageIdentifier {
        match self {
            Language::En => langid!("en"),
            Language::ZhCn => langid!("zh-CN"),
        }
    }

    /// Reads a language tag or a POSIX locale: `zh-CN`, `zh_CN.UTF-8`, `zh`, `zh-Hans`,
    /// `en_US`, `C`. Chinese of any region becomes Simplified Chinese; `C` and `POSIX` are
    /// English; anything else is `None`.
    pub fn parse(tag: &str) -> Option<Language> {
        let base = tag.split(['.', '@']).next().unwrap_or("").trim();
        let primary = base.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "zh" => Some(Language::ZhCn),
            "en" | "c" | "posix" => Some(Language::En),
            _ => None,
        }
    }

    /// The language of the environment: the first set of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// (the POSIX order), else the OS's preferred language; English when none is known or
    /// supported.
    pub fn from_environment() -> Language {
        Self::from_locale_vars(|name| std::env::var(name).ok())
            .or_else(|| sys_locale::get_locale().and_then(|l| Language::parse(&l)))
            .unwrap_or_default()
    }

    /// The POSIX part of [`from_environment`](Self::from_environment): the first non-empty
    /// variable decides, even if it names a language the program does not have.
    pub fn from_locale_vars(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|v| !v.is_empty()))
            .map(|value| Language::parse(&value).unwrap_or_default())
            .next()
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::parse(s).ok_or_else(|| crate::t!("lang-unknown", given = s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_map_to_languages() {
        for (tag, want) in [
            ("zh-CN", Some(Language::ZhCn)),
            ("zh_CN.UTF-8", Some(Language::ZhCn)),
            ("zh_TW", Some(Language::ZhCn)),
            ("zh-Hans", Some(Language::ZhCn)),
            ("en_US.UTF-8", Some(Language::En)),
            ("C", Some(Language::En)),
            ("POSIX", Some(Language::En)),
            ("de_DE", None),
            ("", None),
        ] {
            assert_eq!(Language::parse(tag), want, "{tag}");
        }
    }

    #[test]
    fn lc_all_wins_over_lang_and_empty_variables_are_skipped() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let both = env(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(Language::from_locale_vars(both), Some(Language::ZhCn));
        let empty_all = env(&[("LC_ALL", ""), ("LANG", "zh_CN.UTF-8")]);
        assert_eq!(Language::from_locale_vars(empty_all), Some(Language::ZhCn));
        let german = env(&[("LANG", "de_DE.UTF-8")]);
        assert_eq!(Language::from_locale_vars(german), Some(Language::En));
        assert_eq!(Language::from_locale_vars(env(&[])), None);
    }
}
