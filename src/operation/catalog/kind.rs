//! A request field of an operation and its kind: the one answer to "is it a number" for
//! presets, spreadsheets, codegen, the sandbox, the form and `call`.

/// A whole-number field's range and default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NumberRule {
    /// Smallest accepted value.
    pub min: i64,
    /// Largest accepted value, if bounded.
    pub max: Option<i64>,
    /// What the service uses when the field is left empty.
    pub default: Option<i64>,
    /// Whether the number is a duration in seconds (shown also as hours and minutes).
    pub seconds: bool,
}

/// What values a field takes, and how the SDKs type it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Free text.
    Text,
    /// A whole number within a range (an integer in the SDKs).
    Integer(NumberRule),
    /// One of these values; `numeric`: the SDKs type it as an integer (OnDemand).
    Choice {
        /// The accepted values.
        values: &'static [&'static str],
        /// Whether it is sent as a number.
        numeric: bool,
    },
    /// A UTC time, `yyyy-MM-ddTHH:mm:ssZ`.
    Time,
}

impl Kind {
    /// Whether the SDKs send it as a number (and presets may write it as one).
    pub const fn is_number(self) -> bool {
        matches!(self, Kind::Integer(_) | Kind::Choice { numeric: true, .. })
    }

    /// The range and default of a whole-number field.
    pub const fn number_rule(self) -> Option<NumberRule> {
        match self {
            Kind::Integer(rule) => Some(rule),
            _ => None,
        }
    }

    /// A whole number from `min` to `max` with a default.
    pub const fn integer(min: i64, max: i64, default: Option<i64>) -> Kind {
        Kind::Integer(NumberRule {
            min,
            max: Some(max),
            default,
            seconds: false,
        })
    }

    /// Text that is one of `values`.
    pub const fn choice(values: &'static [&'static str]) -> Kind {
        Kind::Choice {
            values,
            numeric: false,
        }
    }
}

/// One request field of one operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Param {
    /// The name as the API spells it.
    pub name: &'static str,
    /// Its kind.
    pub kind: Kind,
    /// Whether the service requires it.
    pub required: bool,
}

impl Param {
    /// A required field.
    pub const fn required(name: &'static str, kind: Kind) -> Param {
        Param {
            name,
            kind,
            required: true,
        }
    }

    /// An optional field.
    pub const fn optional(name: &'static str, kind: Kind) -> Param {
        Param {
            name,
            kind,
            required: false,
        }
    }
}
