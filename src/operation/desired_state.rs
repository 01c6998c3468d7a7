//! Desired state: the record-to-VOD configs of a set of domains in one TOML file (Git-friendly:
//! stable order, one table per config, the API's field names), and the plan that turns the
//! account into it (add, update field by field, delete, and replace where only delete-and-add
//! can make the change). Pure: the worker reads the account, the CLI sends.

use super::configs::{CONFIG_FIELDS, RecordVodConfig};
use super::draft::FormDraft;
use super::field::Field;
use super::spec::Operation;
use super::validate::check;
use crate::t;
use serde::Deserialize;
use serde_json::json;
use std::collections::BTreeMap;

/// A desired config: its fields as the file gives them (the API's names), and its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Desired {
    /// The fields, trimmed; absent ones are left to the service.
    pub draft: FormDraft,
    /// The line of its `[[config]]` table, from 1.
    pub line: usize,
}

/// A desired-state file, read and checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DesiredFile {
    /// The domains the file manages: their configs that the file lacks are deleted by apply.
    pub domains: Vec<String>,
    /// The configs wanted.
    pub configs: Vec<Desired>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    domains: Vec<String>,
    #[serde(default)]
    config: Vec<toml::Spanned<BTreeMap<String, toml::Value>>>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// The text of a TOML value as a field takes it ("" for what has no text).
fn field_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.trim().to_string()),
        toml::Value::Integer(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads a desired-state file; every problem names its line and config, and nothing of a file
/// with a problem is used.
pub fn parse(text: &str, rename: &[(String, String)]) -> Result<DesiredFile, Vec<String>> {
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        vec![t!(
            "desired-unreadable",
            line = line,
            error = e.message().to_string()
        )]
    })?;
    let renamed = |domain: &str| {
        rename
            .iter()
            .find(|(old, _)| old.eq_ignore_ascii_case(domain))
            .map_or_else(|| domain.to_string(), |(_, new)| new.clone())
    };
    let domains: Vec<String> = raw.domains.iter().map(|d| renamed(d.trim())).collect();
    let mut problems = Vec::new();
    let mut configs = Vec::new();
    let mut seen: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for table in raw.config {
        let line = line_of(text, table.span().start);
        let mut draft = FormDraft::default();
        for (name, value) in table.get_ref() {
            let Some(field) = CONFIG_FIELDS.into_iter().find(|f| f.api_name() == name) else {
                problems.push(t!(
                    "desired-unknown-field",
                    line = line,
                    name = name.as_str()
                ));
                continue;
            };
            match field_text(value) {
                Some(text) => draft.set(field, text),
                None => problems.push(t!("desired-not-text", line = line, name = name.as_str())),
            }
        }
        let domain = renamed(draft.trimmed(Field::DomainName));
        draft.set(Field::DomainName, domain.clone());
        let target = draft.target();
        if !domains.iter().any(|d| d.eq_ignore_ascii_case(&domain)) {
            problems.push(t!(
                "desired-domain-not-managed",
                line = line,
                config = target.as_str()
            ));
        }
        for finding in check(Operation::Add, &draft)
            .findings
            .iter()
            .filter(|f| f.is_error())
        {
            problems.push(t!(
                "desired-rule",
                line = line,
                config = target.as_str(),
                message = finding.message()
            ));
        }
        let key = config_key(&draft);
        if let Some(first) = seen.insert(key, line) {
            problems.push(t!(
                "desired-twice",
                line = line,
                config = target.as_str(),
                first = first
            ));
        }
        configs.push(Desired { draft, line });
    }
    if problems.is_empty() {
        Ok(DesiredFile { domains, configs })
    } else {
        Err(problems)
    }
}

fn config_key(draft: &FormDraft) -> (String, String, String) {
    (
        draft.trimmed(Field::DomainName).to_lowercase(),
        draft.trimmed(Field::AppName).to_string(),
        draft.trimmed(Field::StreamName).to_string(),
    )
}

/// The configs as a desired-state file managing `domains`, in a stable order.
pub fn export(domains: &[String], configs: &[RecordVodConfig]) -> String {
    let mut sorted: Vec<&RecordVodConfig> = configs.iter().collect();
    sorted.sort_by_key(|c| {
        (
            c.domain_name.to_lowercase(),
            c.app_name.clone(),
            c.stream_name.clone(),
        )
    });
    let mut doc = toml::Table::new();
    doc.insert(
        "domains".into(),
        toml::Value::Array(
            domains
                .iter()
                .map(|d| toml::Value::String(d.clone()))
                .collect(),
        ),
    );
    let tables: Vec<toml::Value> = sorted
        .iter()
        .map(|c| toml::Value::Table(config_table(|field| c.value(field))))
        .collect();
    doc.insert("config".into(), toml::Value::Array(tables));
    let body = toml::to_string(&doc).unwrap_or_default();
    format!("{}\n{body}", t!("desired-header"))
}

/// One `[[config]]` table: each field `value_of` gives, in the API's order, whole numbers as
/// TOML integers; empty fields left out.
fn config_table(value_of: impl Fn(Field) -> String) -> toml::Table {
    let mut table = toml::Table::new();
    for field in CONFIG_FIELDS {
        let value = value_of(field);
        if value.is_empty() {
            continue;
        }
        let whole = matches!(
            field,
            Field::CycleDuration | Field::OnDemand | Field::DelayTime
        );
        let value = match value.parse::<i64>() {
            Ok(n) if whole => toml::Value::Integer(n),
            _ => toml::Value::String(value),
        };
        table.insert(field.api_name().to_string(), value);
    }
    table
}

/// The file's text with `draft`'s config added at its end (everything already in the text,
/// comments included, kept as it is); refused with why when the result would not read back:
/// the domain not among `domains`, the config already there, a rule broken.
pub fn append(text: &str, draft: &FormDraft) -> Result<String, Vec<String>> {
    let table = config_table(|field| draft.trimmed(field).to_string());
    let body = toml::to_string(&table).unwrap_or_default();
    let mut out = text.trim_end().to_string();
    out.push_str("\n\n[[config]]\n");
    out.push_str(&body);
    parse(&out, &[])?;
    Ok(out)
}

/// What apply does to one config.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    /// Delete it (the file lacks it, in a domain the file manages).
    Delete,
    /// Delete it and add it again: Update cannot change its storage location.
    Replace,
    /// Change the fields that differ.
    Update,
    /// Add it.
    Add,
}

impl Action {
    /// The stable word scripts read.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Add => "add",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Replace => "replace",
        }
    }
}

/// One change of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// What is done.
    pub action: Action,
    /// The fields that change: (API name, before, after); "" for absent.
    pub fields: Vec<(&'static str, String, String)>,
    /// The config as it is now (update, delete, replace).
    pub before: Option<RecordVodConfig>,
    /// The config as the file wants it (add, update, replace).
    pub after: Option<FormDraft>,
}

impl Change {
    /// Domain, app and stream.
    pub fn target(&self) -> (String, String, String) {
        match (&self.after, &self.before) {
            (Some(draft), _) => (
                draft.trimmed(Field::DomainName).to_string(),
                draft.trimmed(Field::AppName).to_string(),
                draft.trimmed(Field::StreamName).to_string(),
            ),
            (None, Some(c)) => (
                c.domain_name.clone(),
                c.app_name.clone(),
                c.stream_name.clone(),
            ),
            (None, None) => Default::default(),
        }
    }
}

/// The plan: the changes, deletes first, and how many configs already match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Each change, deletes first, then replaces, updates and adds.
    pub changes: Vec<Change>,
    /// Configs that already match the file.
    pub unchanged: usize,
}

impl Plan {
    /// How many configs the plan deletes (a replace deletes too, then adds).
    pub fn deletes(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| matches!(c.action, Action::Delete | Action::Replace))
            .count()
    }
}

/// The plan that turns `actual` (the managed domains' configs now) into `desired`. A field
/// the file leaves out is left as the service has it.
pub fn plan(desired: &DesiredFile, actual: &[RecordVodConfig]) -> Plan {
    let mut out = Plan::default();
    let managed = |domain: &str| {
        desired
            .domains
            .iter()
            .any(|d| d.eq_ignore_ascii_case(domain))
    };
    let mut now: BTreeMap<(String, String, String), &RecordVodConfig> = actual
        .iter()
        .filter(|c| managed(&c.domain_name))
        .map(|c| {
            (
                (
                    c.domain_name.to_lowercase(),
                    c.app_name.clone(),
                    c.stream_name.clone(),
                ),
                c,
            )
        })
        .collect();
    for wanted in &desired.configs {
        let draft = &wanted.draft;
        let Some(before) = now.remove(&config_key(draft)) else {
            let fields = CONFIG_FIELDS
                .into_iter()
                .filter(|f| !draft.trimmed(*f).is_empty())
                .map(|f| (f.api_name(), String::new(), draft.trimmed(f).to_string()))
                .collect();
            out.changes.push(Change {
                action: Action::Add,
                fields,
                before: None,
                after: Some(draft.clone()),
            });
            continue;
        };
        let fields: Vec<(&'static str, String, String)> = CONFIG_FIELDS
            .into_iter()
            .filter(|f| !draft.trimmed(*f).is_empty() || *f == Field::StorageLocation)
            .filter(|f| !matches!(f, Field::DomainName | Field::AppName | Field::StreamName))
            .filter_map(|f| {
                let (was, will) = (before.value(f), draft.trimmed(f).to_string());
                // An empty storage location in the file is the default storage: not a change.
                let differs = was != will && !(f == Field::StorageLocation && will.is_empty());
                differs.then(|| (f.api_name(), was, will))
            })
            .collect();
        if fields.is_empty() {
            out.unchanged += 1;
            continue;
        }
        let action = if fields
            .iter()
            .any(|(name, _, _)| *name == Field::StorageLocation.api_name())
        {
            Action::Replace
        } else {
            Action::Update
        };
        out.changes.push(Change {
            action,
            fields,
            before: Some(before.clone()),
            after: Some(draft.clone()),
        });
    }
    for (_, before) in now {
        out.changes.push(Change {
            action: Action::Delete,
            fields: Vec::new(),
            before: Some(before.clone()),
            after: None,
        });
    }
    out.changes.sort_by_key(|c| (c.action, c.target()));
    out
}

/// A change as `plan --json` prints it.
pub fn change_json(c: &Change) -> serde_json::Value {
    let (domain, app, stream) = c.target();
    let fields: serde_json::Map<String, serde_json::Value> = c
        .fields
        .iter()
        .map(|(name, before, after)| {
            (
                (*name).to_string(),
                json!({"before": before, "after": after}),
            )
        })
        .collect();
    json!({
        "action": c.action.as_str(),
        "DomainName": domain,
        "AppName": app,
        "StreamName": stream,
        "fields": fields,
    })
}

/// The plan as `plan --json` prints it: `{"changes": [...], "unchanged": N}`.
pub fn plan_json(plan: &Plan) -> serde_json::Value {
    json!({
        "changes": plan.changes.iter().map(change_json).collect::<Vec<_>>(),
        "unchanged": plan.unchanged,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
# the sports domain
domains = ["live.example.com"]

[[config]]
DomainName = "live.example.com"
AppName = "sports"
StreamName = "final"
VodTranscodeGroupId = "VOD_NO_TRANSCODE"
CycleDuration = 1800

[[config]]
DomainName = "live.example.com"
AppName = "news"
VodTranscodeGroupId = "VOD_NO_TRANSCODE"
StorageLocation = "outin-2.oss-cn-shanghai.aliyuncs.com"
"#;

    fn config(app: &str, stream: &str, cycle: i64, storage: &str) -> RecordVodConfig {
        RecordVodConfig {
            domain_name: "live.example.com".into(),
            app_name: app.into(),
            stream_name: stream.into(),
            vod_transcode_group_id: "VOD_NO_TRANSCODE".into(),
            cycle_duration: Some(cycle),
            storage_location: storage.into(),
            ..RecordVodConfig::default()
        }
    }

    #[test]
    fn a_file_is_read_with_its_lines() {
        let file = parse(FILE, &[]).expect("valid");
        assert_eq!(file.domains, ["live.example.com"]);
        assert_eq!(file.configs.len(), 2);
        assert_eq!(file.configs[0].line, 5);
        assert_eq!(file.configs[0].draft.get(Field::CycleDuration), "1800");
    }

    #[test]
    fn a_bad_file_names_the_line_the_config_and_the_rule() {
        let bad = FILE.replace("CycleDuration = 1800", "CycleDuration = 120");
        let problems = parse(&bad, &[]).expect_err("a bad cycle");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("Line 5"), "{}", problems[0]);
        assert!(
            problems[0].contains("live.example.com/sports/final"),
            "{}",
            problems[0]
        );
        assert!(problems[0].contains("300"), "{}", problems[0]);
        let unmanaged = FILE.replace("domains = [\"live.example.com\"]", "domains = []");
        assert!(parse(&unmanaged, &[]).is_err());
        assert!(parse("domains = 3", &[]).expect_err("not a list")[0].contains("Line 1"));
        let unknown = FILE.replace("CycleDuration", "Cycle");
        assert!(parse(&unknown, &[]).expect_err("unknown")[0].contains("Cycle"));
    }

    #[test]
    fn the_plan_adds_updates_replaces_and_deletes_deletes_first() {
        let file = parse(FILE, &[]).expect("valid");
        let actual = vec![
            config("sports", "final", 3600, ""),
            config("news", "", 3600, "outin-1.oss-cn-shanghai.aliyuncs.com"),
            config("old", "", 3600, ""),
        ];
        let plan = plan(&file, &actual);
        let actions: Vec<Action> = plan.changes.iter().map(|c| c.action).collect();
        assert_eq!(actions, [Action::Delete, Action::Replace, Action::Update]);
        assert_eq!(
            plan.changes[2].fields,
            [("CycleDuration", "3600".into(), "1800".into())]
        );
        assert_eq!(plan.deletes(), 2);

        let added = super::plan(&file, &actual[2..]);
        assert_eq!(
            added
                .changes
                .iter()
                .filter(|c| c.action == Action::Add)
                .count(),
            2
        );

        let exported = export(
            &file.domains,
            &[
                config("sports", "final", 1800, ""),
                config("news", "", 3600, "outin-2.oss-cn-shanghai.aliyuncs.com"),
            ],
        );
        let again = parse(&exported, &[]).expect("an export reads back");
        let same = super::plan(
            &again,
            &[
                config("sports", "final", 1800, ""),
                config("news", "", 3600, "outin-2.oss-cn-shanghai.aliyuncs.com"),
            ],
        );
        assert!(same.changes.is_empty(), "{same:?}");
        assert_eq!(same.unchanged, 2);
    }

    #[test]
    fn a_domain_can_be_renamed_to_copy_its_setup() {
        let rename = [(
            "live.example.com".to_string(),
            "beijing.example.com".to_string(),
        )];
        let file = parse(FILE, &rename).expect("valid");
        assert_eq!(file.domains, ["beijing.example.com"]);
        assert_eq!(
            file.configs[0].draft.get(Field::DomainName),
            "beijing.example.com"
        );
    }
}
