//! Why a signature failed, shown: the service's string to sign (from its SignatureDoesNotMatch
//! message) beside ours, with the first difference marked.

use crate::t;

/// What the service's message puts before its string to sign.
const SERVICE_MARKER: &str = "server string to sign is:";

/// The two strings to sign and where they first differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureComparison {
    /// The service's string to sign.
    pub service: String,
    /// The string this program signed.
    pub ours: String,
    /// The character index of the first difference; `None` when they are equal (then the
    /// secret is what differs).
    pub first_difference: Option<usize>,
}

impl SignatureComparison {
    /// Compares `ours` with the string to sign in a SignatureDoesNotMatch message; `None` when
    /// the message does not carry one.
    pub fn from_message(message: &str, ours: &str) -> Option<SignatureComparison> {
        let at = message.find(SERVICE_MARKER)? + SERVICE_MARKER.len();
        let service = message.get(at..)?.trim().to_string();
        let first_difference = service
            .chars()
            .zip(ours.chars())
            .position(|(a, b)| a != b)
            .or_else(|| {
                (service.chars().count() != ours.chars().count())
                    .then(|| service.chars().count().min(ours.chars().count()))
            });
        Some(SignatureComparison {
            service,
            ours: ours.to_string(),
            first_difference,
        })
    }

    /// In words: where the strings differ, or that they agree (so the secret differs).
    pub fn summary(&self) -> String {
        match self.first_difference {
            None => t!("m-signature-diff-the-strings-to-sign-are"),
            Some(i) => t!("m-signature-diff-the-strings-to-sign-differ", i = i + 1),
        }
    }

    /// Each string on its own lines, with a `^` under the first difference.
    pub fn marked(&self) -> String {
        let mut out = format!(
            "{}\n",
            t!(
                "m-signature-diff-service-nours-n",
                service = self.service,
                ours = self.ours
            )
        );
        if let Some(i) = self.first_difference {
            // Point into the last line of the strings (they may span lines).
            let line_start = self
                .ours
                .chars()
                .take(i)
                .collect::<String>()
                .rfind('\n')
                .map(|n| n + 1)
                .unwrap_or(0);
            let column = i - self.ours.chars().take(line_start).count();
            let indent = if line_start == 0 { 9 } else { 0 };
            out.push_str(&format!("{}^\n", " ".repeat(indent + column)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_difference() {
        let msg = "Specified signature does not match our calculation. server string to sign is:POST&%2F&A%3D1%26B%3D2";
        let c = SignatureComparison::from_message(msg, "POST&%2F&A%3D1%26B%3D3").expect("compared");
        assert_eq!(c.service, "POST&%2F&A%3D1%26B%3D2");
        assert_eq!(c.first_difference, Some(21));
        assert!(c.summary().contains("character 22"));
        let marked = c.marked();
        let caret = marked.lines().nth(2).expect("caret line");
        assert_eq!(caret.find('^'), Some(9 + 21));
    }

    #[test]
    fn equal_strings_blame_the_secret() {
        let msg = "x server string to sign is:ACS3-HMAC-SHA256\nabc";
        let c = SignatureComparison::from_message(msg, "ACS3-HMAC-SHA256\nabc").expect("compared");
        assert_eq!(c.first_difference, None);
        assert!(c.summary().contains("secret"));
    }

    #[test]
    fn a_message_without_the_string_gives_nothing() {
        assert!(SignatureComparison::from_message("no detail", "x").is_none());
    }
}
