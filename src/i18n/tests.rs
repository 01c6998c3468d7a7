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
                assert!(
                    loader.has(&format!("{id}-{attr}")),
                    "{language:?} {id}-{attr}"
                );
            }
        }
    }
}

/// Where user-facing words are written: the window and the command line's human output.
const USER_FACING: &[&str] = &["src/ui", "src/app.rs", "src/cli"];

/// Calls whose string arguments are shown as they are.
const WIDGET_CALLS: &[&str] = &[
    "radio_value(",
    "selectable_value(",
    "selectable_label(",
    "Button::new(",
    ".button(",
    ".small_button(",
    ".label(",
    ".checkbox(",
    ".heading(",
    "on_hover_text(",
];

/// String literals in user-facing code that look like words, outside `t!`, tests, comments
/// and lines marked `// i18n-exempt: <why>` (API names, codes, file formats).
fn untranslated_literals() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for place in USER_FACING {
        collect_rs(&root.join(place), &mut files);
    }
    let mut found = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let mut exempt_next = false;
        for (n, line) in code.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("// i18n-exempt") {
                exempt_next = true;
                continue;
            }
            let exempt = std::mem::take(&mut exempt_next) || line.contains("// i18n-exempt");
            if exempt || trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            // A widget's text: even one lowercase word ("stop") is read by the user.
            let widget_text = WIDGET_CALLS.iter().any(|call| line.contains(call));
            for literal in literals(line) {
                let word = literal.bytes().filter(u8::is_ascii_alphabetic).count() >= 2;
                if looks_like_words(&literal) || (widget_text && word) {
                    let name = file
                        .strip_prefix(root)
                        .unwrap_or(&file)
                        .display()
                        .to_string();
                    found.push(format!("{name}:{}: \"{literal}\"", n + 1));
                }
            }
        }
    }
    found
}

fn collect_rs(path: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
    } else if let Ok(dir) = std::fs::read_dir(path) {
        for entry in dir.flatten() {
            collect_rs(&entry.path(), out);
        }
    }
}

/// The string literals of one line, except message IDs given to `t!`.
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('"') {
        let before = &rest[..start];
        let body = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else { break };
        let before = before.trim_end();
        let message_id = before.ends_with("t!(")
            && !before[..before.len() - 3].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        if !message_id && !before.ends_with('\'') {
            out.push(body[..end].to_string());
        }
        rest = &body[end + 1..];
    }
    out
}

/// Words a person would read: two letters in a row and a space or a capital, or any CJK.
fn looks_like_words(literal: &str) -> bool {
    let letters = literal
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic());
    let cjk = literal
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let identifier = literal
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-.:/{}".contains(c));
    cjk || (letters && !identifier)
}

#[test]
fn user_facing_code_has_no_untranslated_words() {
    let found = untranslated_literals();
    assert!(
        found.is_empty(),
        "{} string literal(s) outside the translation layer (use t!, or mark the line \
         `// i18n-exempt: why`):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn both_message_files_parse_without_errors() {
    for (name, text) in [("en", EN_FTL), ("zh-CN", ZH_CN_FTL)] {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_string()) {
            let lines: Vec<String> = errors
                .iter()
                .map(|e| {
                    let line = text[..e.pos.start.min(text.len())].lines().count();
                    format!("line {line}: {:?}", e.kind)
                })
                .collect();
            panic!("{name}: {}", lines.join("\n"));
        }
    }
}

#[test]
fn chinese_messages_are_chinese_not_the_english_fallback() {
    let zh = &LOADERS[Language::ZhCn as usize];
    let en = &LOADERS[Language::En as usize];
    let same: Vec<String> = messages(ZH_CN_FTL)
        .keys()
        .filter(|id| {
            let get = |l: &FluentLanguageLoader| match id.split_once('.') {
                Some((m, a)) => l.get_attr(m, a),
                None => l.get(id),
            };
            let text = get(zh);
            text == get(en)
                && text.chars().any(|c| c.is_ascii_lowercase())
                && text.contains(' ')
                && !ZH_SAME_AS_EN.contains(&id.as_str())
        })
        .cloned()
        .collect();
    assert!(same.is_empty(), "zh-CN shows English for: {same:?}");
}

/// Messages that read the same in both languages (names, codes, formats).
const ZH_SAME_AS_EN: &[&str] = &[
    "cli-out-n-2",
    "cli-out-n-4",
    "cli-out-set-appname",
    "cli-out-set-streamname",
    "m-batch-service-done-path",
    "profiles-accesskey-id",
];

#[test]
fn the_bundled_font_draws_every_chinese_character() {
    use ab_glyph::Font;
    let font = ab_glyph::FontRef::try_from_slice(include_bytes!(
        "../../assets/fonts/NotoSansSC-subset.otf"
    ))
    .expect("the bundled font loads");
    let missing: std::collections::BTreeSet<char> = ZH_CN_FTL
        .chars()
        .filter(|c| ('\u{2E80}'..='\u{FFEF}').contains(c))
        .filter(|c| font.glyph_id(*c).0 == 0)
        .collect();
    assert!(missing.is_empty(), "no glyph for {missing:?}");
}

#[test]
fn counts_of_rows_and_entries_take_english_plurals() {
    assert_eq!(
        crate::t!(
            "cli-history-exported-entries-to",
            count = 1usize,
            to = "h.csv"
        ),
        "exported 1 entry to h.csv"
    );
    assert_eq!(
        crate::t!(
            "cli-history-exported-entries-to",
            count = 3usize,
            to = "h.csv"
        ),
        "exported 3 entries to h.csv"
    );
    assert_eq!(crate::t!("batch-start", count = 1u64), "Start: send 1 row");
    assert_eq!(
        crate::t!("batch-start", count = 20u64),
        "Start: send 20 rows"
    );
}
