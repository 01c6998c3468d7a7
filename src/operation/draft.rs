//! The form as the user typed it: one string per field, nothing checked yet.

use super::field::Field;
use std::collections::BTreeMap;

/// The request fields exactly as typed. Empty means "not set". Fields of other operations of
/// the catalogue, which the form has no field for, are kept by their API names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormDraft {
    values: BTreeMap<Field, String>,
    others: BTreeMap<String, String>,
}

impl FormDraft {
    /// The value typed for a request field of any operation, by its API name.
    pub fn param(&self, name: &str) -> &str {
        match Field::from_api_name(name).filter(|f| f.api_name() == name) {
            Some(field) => self.get(field),
            None => self.others.get(name).map(String::as_str).unwrap_or(""),
        }
    }

    /// Sets a request field of any operation by its API name.
    pub fn set_param(&mut self, name: &str, value: impl Into<String>) {
        match Field::from_api_name(name).filter(|f| f.api_name() == name) {
            Some(field) => self.set(field, value),
            None => {
                self.others.insert(name.to_string(), value.into());
            }
        }
    }

    /// Every non-empty value by API name: the form's fields, then the others.
    pub fn by_name(&self) -> BTreeMap<String, String> {
        self.filled()
            .map(|(f, v)| (f.api_name().to_string(), v.to_string()))
            .chain(
                self.others
                    .iter()
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(k, v)| (k.clone(), v.clone())),
            )
            .collect()
    }

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

    /// "live.example.com/app/stream" as typed (trimmed): what the draft concerns.
    pub fn target(&self) -> String {
        super::request::target_of(
            self.trimmed(Field::DomainName),
            Some(self.trimmed(Field::AppName)),
            Some(self.trimmed(Field::StreamName)),
        )
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
