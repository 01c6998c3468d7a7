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

/// A duration typed as the form prints it, in seconds: "30 min", "2 h", "1 h 30 min", "90 s",
/// "1h30m", "30 分钟", "2 小时". `None` when it is not one (a plain number is not: it is
/// already seconds).
pub fn parse_duration(text: &str) -> Option<i64> {
    let mut rest = text.trim();
    let mut total: i64 = 0;
    let mut parts = 0;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        let n: i64 = rest[..digits].parse().ok()?;
        rest = rest[digits..].trim_start();
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c.is_whitespace())
            .unwrap_or(rest.len());
        let seconds_per = match rest[..unit_len].to_lowercase().as_str() {
            "s" | "sec" | "secs" | "second" | "seconds" | "秒" | "秒钟" => 1,
            "m" | "min" | "mins" | "minute" | "minutes" | "分" | "分钟" => 60,
            "h" | "hr" | "hrs" | "hour" | "hours" | "时" | "小时" => 3_600,
            _ => return None,
        };
        rest = rest[unit_len..].trim_start();
        total = total.checked_add(n.checked_mul(seconds_per)?)?;
        parts += 1;
    }
    (parts > 0).then_some(total)
}

/// Problems with an AppName or StreamName (or a group ID): each an error except URL-unsafe characters.
pub fn name_problems(value: &str, max_chars: usize) -> Vec<(bool, FindingCode)> {
    let mut problems = Vec::new();
    // A newline or a tab is a control character, said as such (not as "a space").
    if value.chars().any(|c| c.is_whitespace() && !c.is_control()) {
        problems.push((true, FindingCode::ContainsWhitespace));
    }
    if value.contains('/') {
        problems.push((true, FindingCode::ContainsSlash));
    }
    // A value the API never takes, and one a spreadsheet would run as a formula (OWASP's
    // CSV injection: `-` is left out, it is an ordinary character of these names).
    if let Some(character) = value
        .chars()
        .next()
        .filter(|c| matches!(c, '=' | '+' | '@'))
    {
        problems.push((true, FindingCode::FormulaStart { character }));
    }
    if value.chars().any(char::is_control) {
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
    fn durations_are_read_back_as_they_are_printed() {
        for (typed, secs) in [
            ("30 min", 1_800),
            ("2 h", 7_200),
            ("1 h 30 min", 5_400),
            ("1h30m", 5_400),
            ("90 s", 90),
            ("5 MIN", 300),
            ("30 分钟", 1_800),
            ("2 小时", 7_200),
            ("1 小时 30 分钟", 5_400),
        ] {
            assert_eq!(parse_duration(typed), Some(secs), "{typed}");
        }
        for refused in [
            "",
            "1800",
            "min",
            "30 days",
            "h 2",
            "-5 min",
            "99999999999999999999 h",
        ] {
            assert_eq!(parse_duration(refused), None, "{refused}");
        }
        for secs in [300, 3_600, 5_400, 21_600, 90] {
            assert_eq!(parse_duration(&describe_duration(secs)), Some(secs));
        }
    }

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
    fn a_line_break_is_a_control_character_not_a_space() {
        for value in ["a\nb", "a\tb", "a\rb"] {
            assert_eq!(
                name_problems(value, NAME_MAX_CHARS),
                vec![(true, FindingCode::ControlCharacter)],
                "{value:?}"
            );
        }
    }

    #[test]
    fn chinese_names_are_fine() {
        assert!(name_problems("直播频道", NAME_MAX_CHARS).is_empty());
    }
}
