//! Quoting values for shells and string literals for languages, so that quotes, spaces, `$`,
//! backticks, backslashes, newlines and Chinese text arrive exactly as typed.

/// The shell a command is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shell {
    /// sh, bash, zsh (Linux, macOS).
    Posix,
    /// Windows PowerShell and PowerShell 7.
    PowerShell,
    /// Windows cmd.exe.
    Cmd,
}

impl Shell {
    /// Every shell.
    pub const ALL: [Shell; 3] = [Shell::Posix, Shell::PowerShell, Shell::Cmd];

    /// PowerShell on Windows, a POSIX shell elsewhere.
    pub fn platform_default() -> Shell {
        if cfg!(windows) {
            Shell::PowerShell
        } else {
            Shell::Posix
        }
    }

    /// The name in pickers.
    pub fn label(self) -> &'static str {
        match self {
            Shell::Posix => "sh / bash / zsh",
            Shell::PowerShell => "PowerShell",
            Shell::Cmd => "cmd.exe",
        }
    }

    /// `value` as one argument of a command line in this shell.
    pub fn quote(self, value: &str) -> String {
        let plain = !value.is_empty()
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-./:,@+=".contains(c));
        if plain {
            return value.to_string();
        }
        match self {
            // Inside single quotes nothing is special but the quote itself.
            Shell::Posix => format!("'{}'", value.replace('\'', r"'\''")),
            // Inside single quotes only a single quote is special; it is doubled.
            Shell::PowerShell => format!("'{}'", value.replace('\'', "''")),
            Shell::Cmd => cmd_quote(value),
        }
    }
}

/// cmd.exe: double quotes, parsed by the program as Windows' argument rules say (a quote is
/// `\"`, backslashes before a quote are doubled); `%` is taken out of the quotes and escaped
/// with `^`, since cmd expands `%NAME%` even inside quotes.
fn cmd_quote(value: &str) -> String {
    let mut out = String::from("\"");
    let mut backslashes = 0;
    for c in value.chars() {
        match c {
            '\\' => {
                backslashes += 1;
                continue;
            }
            '"' => {
                out.push_str(&"\\".repeat(backslashes * 2 + 1));
                out.push('"');
            }
            '%' => {
                out.push_str(&"\\".repeat(backslashes));
                out.push_str("\"^%\"");
            }
            other => {
                out.push_str(&"\\".repeat(backslashes));
                out.push(other);
            }
        }
        backslashes = 0;
    }
    out.push_str(&"\\".repeat(backslashes * 2));
    out.push('"');
    out
}

/// A double- or single-quoted literal with C-style escapes: `\\`, the quote, `\n`, `\r`,
/// `\t`, and other control characters as `\xNN` (or `\uNNNN` where `unicode_escapes`).
fn c_literal(value: &str, quote: char, unicode_escapes: bool) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push(quote);
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() && unicode_escapes => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A Python string literal.
pub fn python_str(value: &str) -> String {
    c_literal(value, '"', false)
}

/// A Java string literal.
pub fn java_str(value: &str) -> String {
    c_literal(value, '"', true)
}

/// A Go interpreted string literal.
pub fn go_str(value: &str) -> String {
    c_literal(value, '"', false)
}

/// A TypeScript single-quoted string literal.
pub fn ts_str(value: &str) -> String {
    c_literal(value, '\'', false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NASTY: &str = "a 'b' \"c\" $HOME `id` \\d\nе 直播 %PATH%";

    #[test]
    fn plain_values_stay_bare() {
        for shell in Shell::ALL {
            assert_eq!(shell.quote("live.example.com"), "live.example.com");
        }
    }

    #[test]
    fn posix_single_quotes_survive_everything() {
        let q = Shell::Posix.quote(NASTY);
        assert!(q.starts_with('\'') && q.ends_with('\''));
        assert!(q.contains(r"'\''b'\''"));
        // Round trip through a real shell.
        let out = std::process::Command::new("sh")
            .args(["-c", &format!("printf %s {q}")])
            .output()
            .expect("sh runs");
        assert_eq!(String::from_utf8_lossy(&out.stdout), NASTY);
    }

    #[test]
    fn powershell_doubles_single_quotes() {
        assert_eq!(Shell::PowerShell.quote("it's $x"), "'it''s $x'");
    }

    #[test]
    fn cmd_escapes_quotes_backslashes_and_percent() {
        assert_eq!(Shell::Cmd.quote(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(Shell::Cmd.quote(r"C:\dir\"), r#""C:\dir\\""#);
        assert_eq!(Shell::Cmd.quote("100%x"), r#""100"^%"x""#);
        assert_eq!(Shell::Cmd.quote(""), "\"\"");
    }

    #[test]
    fn literals_escape_quotes_backslashes_and_newlines() {
        assert_eq!(python_str("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
        assert_eq!(java_str("x\u{1}"), r#""x\u0001""#);
        assert_eq!(go_str("tab\there"), r#""tab\there""#);
        assert_eq!(ts_str("it's ${x} `y`"), r"'it\'s ${x} `y`'");
        assert_eq!(python_str("直播"), "\"直播\"");
    }

    #[test]
    fn python_literal_round_trips_in_python() {
        let out = std::process::Command::new("python3")
            .args([
                "-c",
                &format!("import sys; sys.stdout.write({})", python_str(NASTY)),
            ])
            .output();
        if let Ok(out) = out
            && out.status.success()
        {
            assert_eq!(String::from_utf8_lossy(&out.stdout), NASTY);
        }
    }
}
