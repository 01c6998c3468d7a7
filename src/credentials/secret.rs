//! A secret string: redacted in `Debug` and `Display`, zeroed when dropped, never serialized.

use std::fmt;
use zeroize::Zeroizing;

/// A secret value. Call [`Secret::expose`] only where the value is really needed (signing).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(Zeroizing::new(value.into()))
    }

    /// The secret itself.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// A masked form safe to show: the first and last two characters at most.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        if chars.len() < 12 {
            return "****".to_string();
        }
        let head: String = chars.iter().take(2).collect();
        let tail: String = chars.iter().skip(chars.len() - 2).collect();
        format!("{head}****{tail}")
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_are_redacted() {
        let s = Secret::new("hunter2-secret");
        assert_eq!(format!("{s:?}"), "Secret(***)");
        assert_eq!(format!("{s}"), "***");
        assert_eq!(s.expose(), "hunter2-secret");
    }

    #[test]
    fn masked_hides_the_middle() {
        assert_eq!(Secret::new("abcdefghijklmnop").masked(), "ab****op");
        assert_eq!(Secret::new("short").masked(), "****");
    }
}
