//! Reads a Fluent file's message IDs and the variables each uses, to compare languages.

use std::collections::{BTreeMap, BTreeSet};

/// `id` or `id.attribute` → the `$variables` its text uses.
pub type Messages = BTreeMap<String, BTreeSet<String>>;

/// The messages of one `.ftl` file (comments and blank lines skipped).
pub fn messages(ftl: &str) -> Messages {
    let mut out = Messages::new();
    let mut message = String::new();
    let mut current = String::new();
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let indented = line.starts_with(' ');
        let trimmed = line.trim_start();
        if !indented {
            if let Some((id, _)) = line.split_once('=') {
                message = id.trim().to_string();
                current = message.clone();
            }
        } else if let Some(attr) = trimmed.strip_prefix('.')
            && let Some((name, _)) = attr.split_once('=')
        {
            current = format!("{message}.{}", name.trim());
        }
        let text = if indented {
            trimmed
        } else {
            line.split_once('=').map_or("", |(_, v)| v)
        };
        let vars = out.entry(current.clone()).or_default();
        let mut rest = text;
        while let Some(i) = rest.find('$') {
            rest = &rest[i + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            vars.insert(name);
        }
    }
    out
}
