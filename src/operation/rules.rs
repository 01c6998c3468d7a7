//! The per-field rules of the operation, as small pure functions.

use super::finding::FindingCode;

/// Longest AppName or StreamName, in characters.
pub const NAME_MAX_CHARS: usize = 255;
/// Longest transcoding group ID we accept, in characters.
pub const GROUP_ID_MAX_CHARS: usize = 128;
/// The only "on" value of AutoCompose.
pub const AUTO_COMPOSE_ON: &str = "ON";

/// "1 h", "5 min", "1 h 30 min", "90 s": a duration in words a person reads at a glance.
pub fn describe_duration(secs: i64) -> String {
    let (hours, minutes, seconds) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    let mut parts = Vec::new();
    if hours > 0 {
        parts.push(crate::t!("duration-hours", n = hours));
    }
    if minutes > 0 {
        parts.push(crate::t!("duration-minutes", n = minutes));
    }
    if seconds > 0 || parts.is_empty() {
        parts.push(crate::t!("duration-seconds", n = seconds));
    }
    parts.join(&crate::t!("duration-separator"))
}

/// Problems with an AppName or StreamName (or a group ID): each an error except URL-unsafe characters.
pub fn name_problems(value: &str, max_chars: usize) -> Vec<(bool, FindingCode)> {
    let mut problems = Vec::new();
    if value.chars().any(char::is_whitespace) {
        problems.push((true, FindingCode::ContainsWhitespace));
    }
    if value.contains('/') {
        problems.push((true, FindingCode::ContainsSlash));
    }
    if value.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        problems.push((true, FindingCode::ControlCharacter));
    }
    if let Some((index, character)) = value.chars().enumerate().find(|(_, c)| is_look_alike(*c)) {
        problems.push((
            true,
            FindingCode::LookAlikeCharacter {
                character,
                position: index + 1,
            },
        ));
    }
    let actual_chars = value.chars().count();
    if actual_chars > max_chars {
        problems.push((
            true,
            FindingCode::TooLong {
                max_chars,
                actual_chars,
            },
        ));
    }
    if let Some(character) = value
        .chars()
        .find(|c| matches!(c, '?' | '#' | '&' | '%' | '\\'))
    {
        problems.push((false, FindingCode::UrlUnsafeCharacter { character }));
    }
    problems
}

/// A character no real stream name holds, though it looks like nothing or like another:
/// zero-width and direction marks, the byte-order mark, the soft hyphen, and full-width
/// forms of ASCII letters, digits and signs.
pub fn is_look_alike(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{FF01}'..='\u{FF5E}')
}

/// Whether `host` is a valid DNS host name with at least two labels (no port, no path).
pub fn is_host_name(host: &str) -> bool {
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// The region in an OSS storage address such as `xxxx.oss-cn-shanghai.aliyuncs.com`.
pub fn storage_region(location: &str) -> Option<&str> {
    location
        .split('.')
        .find_map(|label| label.strip_prefix("oss-"))
        .map(|r| r.strip_suffix("-internal").unwrap_or(r))
        .filter(|r| super::regions::has_region_shape(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_hours_and_minutes() {
        assert_eq!(describe_duration(300), "5 min");
        assert_eq!(describe_duration(3600), "1 h");
        assert_eq!(describe_duration(5400), "1 h 30 min");
        assert_eq!(describe_duration(21600), "6 h");
        assert_eq!(describe_duration(90), "1 min 30 s");
        assert_eq!(describe_duration(0), "0 s");
    }

    #[test]
    fn host_names() {
        assert!(is_host_name("live.example.com"));
        assert!(is_host_name("a-b.example.com"));
        for bad in [
            "example",
            "-a.example.com",
            "a..com",
            "a.com:80",
            "a.com/x",
            "a b.com",
            "",
        ] {
            assert!(!is_host_name(bad), "{bad}");
        }
    }

    #[test]
    fn storage_region_is_read_from_oss_label() {
        assert_eq!(
            storage_region("outin-1.oss-cn-shanghai.aliyuncs.com"),
            Some("cn-shanghai")
        );
        assert_eq!(
            storage_region("b.oss-ap-southeast-1-internal.aliyuncs.com"),
            Some("ap-southeast-1")
        );
        assert_eq!(storage_region("bucket.example.com"), None);
    }

    #[test]
    fn name_with_space_and_slash_has_two_errors() {
        let p = name_problems("a b/c", NAME_MAX_CHARS);
        assert!(p.contains(&(true, FindingCode::ContainsWhitespace)));
        assert!(p.contains(&(true, FindingCode::ContainsSlash)));
    }

    #[test]
    fn chinese_names_are_fine() {
        assert!(name_problems("直播频道", NAME_MAX_CHARS).is_empty());
    }
}
