//! `--operation`: a config operation by the short name its description gives (`add`, `list`,
//! `update`, `delete`), the possible values read from the catalogue.

use crate::operation::Operation;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

/// The operations `--operation` offers: every config operation, or (`changes_only`) those a
/// batch sends.
fn offered(changes_only: bool) -> impl Iterator<Item = (Operation, &'static str)> {
    Operation::ALL
        .into_iter()
        .filter(move |op| !changes_only || op.spec().changes_account)
        .filter_map(|op| Some((op, op.spec().short_name?)))
}

/// The parser of `--operation`: its possible values from the catalogue, the value an
/// [`Operation`].
pub fn parser(changes_only: bool) -> impl TypedValueParser<Value = Operation> {
    let values = offered(changes_only).map(|(op, name)| PossibleValue::new(name).help(op.action()));
    PossibleValuesParser::new(values).map(move |name| {
        offered(changes_only)
            .find(|(_, short)| *short == name)
            .map_or(Operation::Add, |(op, _)| op)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_names_come_from_the_catalogue() {
        let every: Vec<&str> = offered(false).map(|(_, n)| n).collect();
        assert_eq!(every, ["add", "list", "update", "delete"]);
        let batch: Vec<&str> = offered(true).map(|(_, n)| n).collect();
        assert_eq!(batch, ["add", "update", "delete"]);
    }
}
