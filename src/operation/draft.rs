//! The form as the user typed it: one string per field, nothing checked yet.

use super::field::Field;
use std::collections::BTreeMap;

/// The request fields exactly as typed. Empty means "not set".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormDraft {
    values: BTreeMap<Field, String>,
}

impl FormDraft {
    /// The value typed for `field`, or "" when unset.
    pub fn get(&self, field: Field) -> &str {
        self.values.get(&field).map(String::as_str).unwrap_or("")
    }

    /// A mutable handle on the text of `field`, for text widgets.
    pub fn get_mut(&mut self, field: Field) -> &mut String {
        self.values.entry(field).or_default()
    }

    /// Sets the text of `field`.
    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        self.values.insert(field, value.into());
    }

    /// Builder form of [`FormDraft::set`].
    pub fn with(mut self, field: Field, value: impl Into<String>) -> Self {
        self.set(field, value);
        self
    }

    /// The value of `field` with surrounding whitespace removed.
    pub fn trimmed(&self, field: Field) -> &str {
        self.get(field).trim()
    }

    /// The non-empty fields, in reference-page order.
    pub fn filled(&self) -> impl Iterator<Item = (Field, &str)> {
        Field::ALL
            .into_iter()
            .map(|f| (f, self.get(f)))
            .filter(|(_, v)| !v.trim().is_empty())
    }

    /// The example a newcomer starts with: valid against the sandbox's world.
    pub fn example() -> Self {
        FormDraft::default()
            .with(Field::RegionId, "cn-shanghai")
            .with(Field::DomainName, "live.example.com")
            .with(Field::AppName, "app")
            .with(Field::StreamName, "stream")
            .with(Field::VodTranscodeGroupId, "VOD_NO_TRANSCODE")
            .with(Field::CycleDuration, "3600")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_field_reads_empty() {
        assert_eq!(FormDraft::default().get(Field::AppName), "");
    }

    #[test]
    fn filled_skips_blank_values() {
        let d = FormDraft::default()
            .with(Field::AppName, "app")
            .with(Field::StreamName, "  ");
        let filled: Vec<_> = d.filled().collect();
        assert_eq!(filled, vec![(Field::AppName, "app")]);
    }
}
