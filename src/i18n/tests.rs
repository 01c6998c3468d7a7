use super::catalog_check::messages;
use super::*;

#[test]
fn both_languages_have_the_same_messages_with_the_same_arguments() {
    let en = messages(EN_FTL);
    let zh = messages(ZH_CN_FTL);
    let missing_in_zh: Vec<_> = en.keys().filter(|k| !zh.contains_key(*k)).collect();
    let missing_in_en: Vec<_> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(
        missing_in_zh.is_empty(),
        "missing in zh-CN: {missing_in_zh:?}"
    );
    assert!(missing_in_en.is_empty(), "missing in en: {missing_in_en:?}");
    for (id, vars) in &en {
        assert_eq!(
            vars, &zh[id],
            "{id}: the languages use different $variables"
        );
    }
    assert!(en.len() > 10);
}

#[test]
fn every_message_formats_without_errors_in_both_languages() {
    for language in Language::ALL {
        let loader = &LOADERS[language as usize];
        for id in messages(EN_FTL).keys() {
            let text = match id.split_once('.') {
                Some((message, attr)) => loader.get_attr(message, attr),
                None => loader.get(id),
            };
            assert!(!text.contains("Unknown localization"), "{language:?} {id}");
        }
    }
}

#[test]
fn each_language_has_its_own_words() {
    // The process-wide language is never switched here: other unit tests read English.
    let zh = &LOADERS[Language::ZhCn as usize];
    let en = &LOADERS[Language::En as usize];
    assert_eq!(zh.get("field-domain-name-label"), "播流域名");
    assert_eq!(en.get("field-domain-name-label"), "Streaming domain");
    assert_eq!(
        crate::t!("finding-required", label = "X"),
        "X is required. Fill it in to continue."
    );
}

#[test]
fn every_region_has_a_name_in_both_languages() {
    for region in crate::operation::regions::REGIONS {
        for language in Language::ALL {
            let id = format!("region-{}", region.id);
            assert!(LOADERS[language as usize].has(&id), "{language:?} {id}");
        }
    }
    let zh = &LOADERS[Language::ZhCn as usize];
    assert_eq!(zh.get("region-cn-shanghai"), "华东2（上海）");
}

#[test]
fn every_catalog_code_has_its_words_in_both_languages() {
    for (code, permission) in crate::errors::catalog_codes() {
        let id = format!("err-{}", code.replace('.', "-"));
        for language in Language::ALL {
            let loader = &LOADERS[language as usize];
            let attrs: &[&str] = if permission {
                &["title", "explanation"]
            } else {
                &["title", "explanation", "next-step"]
            };
            for attr in attrs {
                assert!(loader.has_attr(&id, attr), "{language:?} {id}.{attr}");
            }
        }
    }
}
