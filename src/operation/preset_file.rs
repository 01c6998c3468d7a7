//! The preset file format: UTF-8 JSON `{"name": "...", "fields": {"DomainName": "...", ...}}`,
//! or a bundle of several, `{"format": 1, "presets": [{...}, ...]}`, for sharing.

use super::draft::FormDraft;
use super::field::Field;
use crate::t;
use serde_json::{Map, Value};

/// Largest preset file accepted, in bytes; real presets are well under 4 KiB.
pub const MAX_PRESET_BYTES: usize = 1024 * 1024;
/// The newest preset format version this program reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// A preset as stored in a file: a name and the form fields. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresetFile {
    /// The preset's name.
    pub name: String,
    /// The saved form.
    pub fields: FormDraft,
    /// The credentials profile this preset was last used with (a name, never a secret).
    pub profile: Option<String>,
}

/// Why a preset file could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PresetFileError {
    #[error("{}", crate::t!("err-preset-file-the-file-is-bytes-larger", size_bytes = .size_bytes.to_string(), max_bytes = .max_bytes.to_string()))]
    TooLarge { size_bytes: usize, max_bytes: usize },
    #[error("{}", crate::t!("err-preset-file-the-file-is-not-utf", position = .position.to_string()))]
    NotUtf8 { position: usize },
    #[error("{}", crate::t!("err-preset-file-the-file-is-not-valid", line = .line.to_string(), column = .column.to_string(), reason = .reason.to_string()))]
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("{}", crate::t!("err-preset-file-the-file-must-hold-a"))]
    NotObject,
    #[error("{}", crate::t!("err-preset-file-preset-of-the-bundle", index = .index.to_string(), source = .source.to_string()))]
    InBundle {
        index: usize,
        source: Box<PresetFileError>,
    },
    #[error("{}", crate::t!("err-preset-file-the-bundle-holds-no-presets"))]
    EmptyBundle,
    #[error("{}", crate::t!("err-preset-file-the-file-has-no-fields"))]
    MissingFields,
    #[error("{}", crate::t!("err-preset-file-unknown-key-at-the-top", key = .key.to_string()))]
    UnknownKey { key: String },
    #[error("{}", crate::t!("err-preset-file-unknown-field-the-fields-are", name = .name.to_string(), known = .known.to_string()))]
    UnknownField { name: String, known: String },
    #[error("{}", crate::t!("err-preset-file-must-be", key = .key.to_string(), expected = .expected.to_string()))]
    WrongType { key: String, expected: String },
    #[error("{}", crate::t!("err-preset-file-the-file-uses-preset-format", found = .found.to_string(), format_version = FORMAT_VERSION))]
    NewerFormat { found: u64 },
}

/// Reads a preset from the bytes of a file.
pub fn parse(bytes: &[u8]) -> Result<PresetFile, PresetFileError> {
    let value = parse_top(bytes)?;
    let Value::Object(top) = value else {
        return Err(PresetFileError::NotObject);
    };
    parse_object(&top)
}

/// Reads one preset or a bundle of several (`{"format": 1, "presets": [...]}`).
pub fn parse_many(bytes: &[u8]) -> Result<Vec<PresetFile>, PresetFileError> {
    let top = match parse_top(bytes)? {
        Value::Object(top) => top,
        _ => return Err(PresetFileError::NotObject),
    };
    let Some(list) = top.get("presets") else {
        return parse_object(&top).map(|p| vec![p]);
    };
    if let Some(key) = top
        .keys()
        .find(|k| !matches!(k.as_str(), "presets" | "format"))
    {
        return Err(PresetFileError::UnknownKey { key: key.clone() });
    }
    check_format(&top)?;
    let Value::Array(items) = list else {
        return Err(wrong_type("presets", t!("m-preset-file-a-list-of-presets")));
    };
    if items.is_empty() {
        return Err(PresetFileError::EmptyBundle);
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let in_bundle = |e| PresetFileError::InBundle {
                index: i + 1,
                source: Box::new(e),
            };
            match item {
                Value::Object(obj) => parse_object(obj).map_err(in_bundle),
                _ => Err(in_bundle(PresetFileError::NotObject)),
            }
        })
        .collect()
}

/// Size, encoding and JSON syntax checks shared by [`parse`] and [`parse_many`].
fn parse_top(bytes: &[u8]) -> Result<Value, PresetFileError> {
    if bytes.len() > MAX_PRESET_BYTES {
        return Err(PresetFileError::TooLarge {
            size_bytes: bytes.len(),
            max_bytes: MAX_PRESET_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| PresetFileError::NotUtf8 {
        position: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| PresetFileError::NotJson {
        line: e.line(),
        column: e.column(),
        reason: json_reason(&e),
    })
}

fn check_format(top: &Map<String, Value>) -> Result<(), PresetFileError> {
    match top.get("format") {
        None => Ok(()),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v <= FORMAT_VERSION => Ok(()),
            Some(found) => Err(PresetFileError::NewerFormat { found }),
            None => Err(wrong_type(
                "format",
                t!("m-preset-file-a-whole-number-such-as"),
            )),
        },
        Some(_) => Err(wrong_type(
            "format",
            t!("m-preset-file-a-whole-number-such-as"),
        )),
    }
}

fn json_reason(e: &serde_json::Error) -> String {
    let full = e.to_string();
    full.split(" at line ").next().unwrap_or(&full).to_string()
}

fn parse_object(top: &Map<String, Value>) -> Result<PresetFile, PresetFileError> {
    if let Some(key) = top
        .keys()
        .find(|k| !matches!(k.as_str(), "name" | "fields" | "format" | "profile"))
    {
        return Err(PresetFileError::UnknownKey { key: key.clone() });
    }
    check_format(top)?;
    let profile = match top.get("profile") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(_) => return Err(wrong_type("profile", t!("m-preset-file-text"))),
    };
    let name = match top.get("name") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.trim().to_string(),
        Some(_) => return Err(wrong_type("name", t!("m-preset-file-text"))),
    };
    let Some(fields_value) = top.get("fields") else {
        return Err(PresetFileError::MissingFields);
    };
    let Value::Object(fields_map) = fields_value else {
        return Err(wrong_type(
            "fields",
            t!("m-preset-file-an-object-of-field-names"),
        ));
    };
    let mut fields = FormDraft::default();
    for (key, value) in fields_map {
        let Some(field) = Field::ALL.into_iter().find(|f| f.api_name() == key) else {
            return Err(PresetFileError::UnknownField {
                name: key.clone(),
                known: known_fields(),
            });
        };
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            // The field's kind says whether it is a number (the SDKs send it as one).
            Value::Number(n) if field.kind().is_number() => n.to_string(),
            _ if field.kind().is_number() => {
                return Err(wrong_type(key, t!("m-preset-file-a-number-or-text")));
            }
            _ => return Err(wrong_type(key, t!("m-preset-file-text"))),
        };
        fields.set(field, text);
    }
    Ok(PresetFile {
        name,
        fields,
        profile,
    })
}

fn wrong_type(key: &str, expected: String) -> PresetFileError {
    PresetFileError::WrongType {
        key: key.to_string(),
        expected,
    }
}

fn known_fields() -> String {
    Field::ALL.map(Field::api_name).join(", ")
}

/// Writes a preset as pretty JSON, only the filled fields, with the format version.
pub fn to_json(preset: &PresetFile) -> String {
    serde_json::to_string_pretty(&to_value(preset)).unwrap_or_default()
}

/// Writes several presets as one bundle file.
pub fn bundle_to_json(presets: &[PresetFile]) -> String {
    let doc = serde_json::json!({
        "format": FORMAT_VERSION,
        "presets": presets.iter().map(to_value).collect::<Vec<_>>(),
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn to_value(preset: &PresetFile) -> Value {
    let fields: Map<String, Value> = preset
        .fields
        .filled()
        .map(|(f, v)| (f.api_name().to_string(), Value::String(v.to_string())))
        .collect();
    let mut doc = serde_json::json!({
        "format": FORMAT_VERSION,
        "name": preset.name,
        "fields": fields,
    });
    if let (Some(profile), Value::Object(map)) = (&preset.profile, &mut doc) {
        map.insert("profile".into(), Value::String(profile.clone()));
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_minimal_preset() {
        let p = parse(br#"{"name":"Shop","fields":{"DomainName":"live.example.com","CycleDuration":600,"OnDemand":0}}"#)
            .expect("valid");
        assert_eq!(p.name, "Shop");
        assert_eq!(p.fields.get(Field::DomainName), "live.example.com");
        assert_eq!(p.fields.get(Field::CycleDuration), "600");
        assert_eq!(p.fields.get(Field::OnDemand), "0");
    }

    #[test]
    fn round_trips_through_json() {
        let p = PresetFile {
            name: "直播 preset".into(),
            fields: FormDraft::example(),
            profile: Some("work".into()),
        };
        assert_eq!(parse(to_json(&p).as_bytes()).expect("valid"), p);
    }

    #[test]
    fn bundle_round_trips_and_single_reads_as_one() {
        let a = PresetFile {
            name: "a".into(),
            fields: FormDraft::example(),
            profile: None,
        };
        let b = PresetFile {
            name: "b".into(),
            ..a.clone()
        };
        let both = vec![a.clone(), b];
        assert_eq!(parse_many(bundle_to_json(&both).as_bytes()), Ok(both));
        assert_eq!(parse_many(to_json(&a).as_bytes()), Ok(vec![a]));
    }

    #[test]
    fn bundle_error_names_the_preset() {
        let e = parse_many(br#"{"presets":[{"fields":{}},{"fields":{"X":"1"}}]}"#)
            .expect_err("bad second");
        assert!(e.to_string().starts_with("preset 2 of the bundle"), "{e}");
        assert_eq!(
            parse_many(br#"{"presets":[]}"#),
            Err(PresetFileError::EmptyBundle)
        );
        assert!(matches!(
            parse_many(br#"{"format":9,"presets":[{"fields":{}}]}"#),
            Err(PresetFileError::NewerFormat { found: 9 })
        ));
    }

    #[test]
    fn unknown_field_is_named() {
        let e = parse(br#"{"fields":{"Domain":"x"}}"#).expect_err("unknown");
        assert!(matches!(&e, PresetFileError::UnknownField { name, .. } if name == "Domain"));
        assert!(e.to_string().contains("DomainName"));
    }

    #[test]
    fn unknown_top_level_key_is_named() {
        let e = parse(br#"{"fields":{},"secret":"x"}"#).expect_err("unknown");
        assert_eq!(
            e,
            PresetFileError::UnknownKey {
                key: "secret".into()
            }
        );
    }

    #[test]
    fn every_number_field_may_be_written_as_a_number() {
        let p =
            parse(br#"{"name":"N","fields":{"DelayTime":120,"PageSize":50,"CycleDuration":600}}"#)
                .expect("numbers are numbers");
        assert_eq!(p.fields.get(Field::DelayTime), "120");
        assert_eq!(p.fields.get(Field::PageSize), "50");
    }

    #[test]
    fn number_for_text_field_is_wrong_type() {
        let e = parse(br#"{"fields":{"AppName":5}}"#).expect_err("type");
        assert!(matches!(e, PresetFileError::WrongType { .. }));
        let e = parse(br#"{"fields":{"CycleDuration":[1]}}"#).expect_err("type");
        assert!(e.to_string().contains("CycleDuration"));
    }

    #[test]
    fn invalid_utf8_is_reported_with_position() {
        let e = parse(b"{\"name\":\"\xff\"}").expect_err("utf8");
        assert_eq!(e, PresetFileError::NotUtf8 { position: 9 });
    }

    #[test]
    fn huge_file_is_refused() {
        let big = vec![b' '; MAX_PRESET_BYTES + 1];
        assert!(matches!(parse(&big), Err(PresetFileError::TooLarge { .. })));
    }

    #[test]
    fn broken_json_names_line() {
        let e = parse(b"{\n\"fields\": {\n}").expect_err("json");
        assert!(
            matches!(e, PresetFileError::NotJson { line: 3, .. }),
            "{e:?}"
        );
    }

    #[test]
    fn newer_format_is_refused() {
        let e = parse(br#"{"format":2,"fields":{}}"#).expect_err("newer");
        assert_eq!(e, PresetFileError::NewerFormat { found: 2 });
    }

    #[test]
    fn non_object_is_refused() {
        assert_eq!(parse(b"[1,2]"), Err(PresetFileError::NotObject));
        assert_eq!(
            parse(br#"{"name":"x"}"#),
            Err(PresetFileError::MissingFields)
        );
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        assert!(parse("\u{feff}{\"fields\":{}}".as_bytes()).is_ok());
    }
}
