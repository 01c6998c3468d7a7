//! Warnings for pasted keys of the wrong shape, before they are saved.

use crate::t;

/// A warning when `id` does not look like an AccessKey ID (`LTAI…` or `STS.…`).
pub fn access_key_id_warning(id: &str) -> Option<String> {
    let id = id.trim();
    if id.is_empty() {
        return Some(t!("m-key-shape-the-accesskey-id-is-empty"));
    }
    let body = id
        .strip_prefix("STS.")
        .or_else(|| id.strip_prefix("LTAI"))
        .unwrap_or(id);
    if !(id.starts_with("LTAI") || id.starts_with("STS.")) {
        return Some(t!("m-key-shape-does-not-look-like-an", id = id));
    }
    if body.len() < 8 || !body.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Some(t!("m-key-shape-does-not-look-like-an-2", id = id));
    }
    None
}

/// A warning when `secret` does not look like an AccessKey secret (about 30 letters and
/// digits). The warning never repeats the secret.
pub fn access_key_secret_warning(secret: &str) -> Option<String> {
    let secret = secret.trim();
    if secret.is_empty() {
        return Some(t!("m-key-shape-the-accesskey-secret-is-empty"));
    }
    if secret.starts_with("LTAI") {
        return Some(t!("m-key-shape-the-secret-starts-with-ltai"));
    }
    if secret.chars().any(char::is_whitespace) {
        return Some(t!("m-key-shape-the-secret-contains-spaces-or"));
    }
    if !(20..=64).contains(&secret.len()) {
        return Some(t!(
            "m-key-shape-the-secret-is-characters-long",
            chars = secret.chars().count()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(access_key_id_warning("LTAI5tSandboxDemoKey0001"), None);
        assert_eq!(access_key_id_warning("STS.NUgYrLnoC37mZZCNnAbez2"), None);
        assert!(access_key_id_warning("hello").is_some());
        assert!(access_key_id_warning("LTAI-bad-id!").is_some());
        assert_eq!(
            access_key_secret_warning("SandboxDemoSecret000000000001"),
            None
        );
        assert!(access_key_secret_warning("LTAI5tSandboxDemoKey0001").is_some());
        let w = access_key_secret_warning("short-secret-x").expect("warn");
        assert!(!w.contains("short-secret-x"));
    }
}
