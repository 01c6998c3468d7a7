//! The check against the account before an Add or an Update is sent: what the account's lists
//! say about the form's domain, region, template groups, app and stream. Each finding names
//! the field it is about, with a fix in words and a stable code for scripts.

use super::account_facts::{AccountFacts, NO_TRANSCODE};
use super::draft::FormDraft;
use super::field::Field;
use super::finding::{Finding, FindingCode};
use super::regions::DEFAULT_REGION;
use super::rules;
use super::spec::Operation;
use crate::t;
use serde::{Deserialize, Serialize};

/// How far back the ingest history is read for "was this stream ever pushed".
pub const PUSHED_WITHIN_DAYS: i64 = 7;

/// What was read about one domain for the check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainFacts {
    /// The domain, as the form names it.
    pub domain: String,
    /// For an ingest domain: the streaming domain it feeds (DescribeLiveDomainMapping).
    pub feeds: Option<String>,
    /// The general (OSS) recording configs as (AppName, StreamName), `""` meaning every stream
    /// of the app; `None` when they could not be read.
    pub oss_records: Option<Vec<(String, String)>>,
    /// The streams live now or pushed within [`PUSHED_WITHIN_DAYS`], as (AppName, StreamName);
    /// `None` when they could not be read.
    pub streams: Option<Vec<(String, String)>>,
    /// The domain's record-to-VOD configs as (AppName, StreamName, StorageLocation).
    #[serde(default)]
    pub configs: Vec<(String, String, String)>,
    /// (AppName, StreamName) submitted for the domain before, from this computer's history.
    #[serde(default)]
    pub submitted: Vec<(String, String)>,
}

impl DomainFacts {
    /// Every (AppName, StreamName) known: the streams', the history's, the configs'.
    fn names(&self) -> impl Iterator<Item = (&str, &str)> {
        let streams = self.streams.iter().flatten();
        let configs = self
            .configs
            .iter()
            .map(|(a, s, _)| (a.as_str(), s.as_str()));
        streams
            .chain(&self.submitted)
            .map(|(a, s)| (a.as_str(), s.as_str()))
            .chain(configs)
    }

    /// The app names seen in the streams, the configs and the history, sorted, once each.
    pub fn apps(&self) -> Vec<&str> {
        let mut apps: Vec<&str> = self.names().map(|(a, _)| a).collect();
        apps.sort_unstable();
        apps.dedup();
        apps
    }

    /// The stream names seen for `app` (every app when `app` is empty) in the streams and
    /// the configs, sorted, once each.
    pub fn streams_of(&self, app: &str) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .names()
            .filter(|(a, s)| (app.is_empty() || *a == app) && !s.is_empty())
            .map(|(_, s)| s)
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// The storage locations the domain's configs use, sorted, once each.
    pub fn storage_locations(&self) -> Vec<&str> {
        let mut places: Vec<&str> = self
            .configs
            .iter()
            .map(|(_, _, s)| s.as_str())
            .filter(|s| !s.is_empty())
            .collect();
        places.sort_unstable();
        places.dedup();
        places
    }

    /// The names the check holds as pushed lately (the streams only, not the configs).
    fn pushed(&self) -> Option<Vec<(&str, &str)>> {
        let streams = self.streams.as_ref()?;
        Some(
            streams
                .iter()
                .map(|(a, s)| (a.as_str(), s.as_str()))
                .collect(),
        )
    }
}

/// What the account says is wrong, with what is needed to say it and to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountCode {
    /// The account has no domain of that name; the closest names it has.
    DomainNotInAccount { given: String, closest: Vec<String> },
    /// The domain is an ingest domain; the streaming domain it feeds, when known.
    DomainIsIngest {
        given: String,
        feeds: Option<String>,
    },
    /// The domain is not online (its status as the service says it).
    DomainOffline { given: String, status: String },
    /// The form's region is not the domain's.
    RegionMismatch {
        given: String,
        domain_region: String,
    },
    /// The group is not one of the region's; the groups that are, as "Name (ID)".
    TemplateGroupNotFound {
        given: String,
        region: String,
        groups: Vec<String>,
    },
    /// VOD is not activated in the domain's region: nothing would be recorded.
    VodNotActivated { region: String },
    /// The app (or stream) already records to OSS.
    OssRecordConflict { app: String, stream: String },
    /// No such stream (or app) was live or pushed lately; the closest names that were.
    StreamNeverPushed { given: String, closest: Vec<String> },
}

impl AccountCode {
    /// The stable code scripts read (`--json`).
    pub fn name(&self) -> &'static str {
        match self {
            AccountCode::DomainNotInAccount { .. } => "DomainNotInAccount",
            AccountCode::DomainIsIngest { .. } => "DomainIsIngest",
            AccountCode::DomainOffline { .. } => "DomainOffline",
            AccountCode::RegionMismatch { .. } => "RegionMismatch",
            AccountCode::TemplateGroupNotFound { .. } => "TemplateGroupNotFound",
            AccountCode::VodNotActivated { .. } => "VodNotActivated",
            AccountCode::OssRecordConflict { .. } => "OssRecordConflict",
            AccountCode::StreamNeverPushed { .. } => "StreamNeverPushed",
        }
    }

    /// What is wrong and how to fix it, in the current language.
    pub fn message(&self) -> String {
        let names = |list: &[String]| list.join(", ");
        match self {
            AccountCode::DomainNotInAccount { given, closest } if closest.is_empty() => {
                t!("check-domain-not-in-account", domain = given.as_str())
            }
            AccountCode::DomainNotInAccount { given, closest } => t!(
                "check-domain-not-in-account-closest",
                domain = given.as_str(),
                closest = names(closest)
            ),
            AccountCode::DomainIsIngest {
                given,
                feeds: Some(feeds),
            } => t!(
                "check-domain-is-ingest-feeds",
                domain = given.as_str(),
                feeds = feeds.as_str()
            ),
            AccountCode::DomainIsIngest { given, feeds: None } => {
                t!("check-domain-is-ingest", domain = given.as_str())
            }
            AccountCode::DomainOffline { given, status } => t!(
                "check-domain-offline",
                domain = given.as_str(),
                status = status.as_str()
            ),
            AccountCode::RegionMismatch {
                given,
                domain_region,
            } => t!(
                "check-region-mismatch",
                region = given.as_str(),
                domain_region = domain_region.as_str()
            ),
            AccountCode::TemplateGroupNotFound {
                given,
                region,
                groups,
            } => t!(
                "check-template-group-not-found",
                group = given.as_str(),
                region = region.as_str(),
                groups = names(groups)
            ),
            AccountCode::VodNotActivated { region } => {
                t!("check-vod-not-activated", region = region.as_str())
            }
            AccountCode::OssRecordConflict { app, stream } if stream.is_empty() => {
                t!("check-oss-record-conflict-app", app = app.as_str())
            }
            AccountCode::OssRecordConflict { app, stream } => t!(
                "check-oss-record-conflict-stream",
                app = app.as_str(),
                stream = stream.as_str()
            ),
            AccountCode::StreamNeverPushed { given, closest } if closest.is_empty() => t!(
                "check-never-pushed",
                name = given.as_str(),
                days = PUSHED_WITHIN_DAYS
            ),
            AccountCode::StreamNeverPushed { given, closest } => t!(
                "check-never-pushed-closest",
                name = given.as_str(),
                days = PUSHED_WITHIN_DAYS,
                closest = names(closest)
            ),
        }
    }
}

/// Whether a stream name means "every stream of the app".
pub fn every_stream(stream: &str) -> bool {
    stream.is_empty() || stream == "*"
}

/// Checks `draft` for `operation` (Add or Update; nothing for the others) against what was read
/// of the account: `facts` (domains, groups) and, when read, `domain` (mapping, OSS configs,
/// streams). What could not be read is not judged.
pub fn check(
    operation: Operation,
    draft: &FormDraft,
    facts: &AccountFacts,
    domain: Option<&DomainFacts>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if !matches!(operation, Operation::Add | Operation::Update) {
        return findings;
    }
    let value = |f: Field| draft.trimmed(f);
    let name = value(Field::DomainName);
    let domain = domain.filter(|d| d.domain.eq_ignore_ascii_case(name));
    let error = |field, code| Finding::error(field, FindingCode::Account(code));
    let warning = |field, code| Finding::warning(field, FindingCode::Account(code));
    let mut region = None;
    if facts.domains.is_some() && !name.is_empty() {
        match facts.domain(name) {
            None => {
                let streaming = facts.streaming_domains();
                let closest = closest(name, streaming.iter().map(|d| d.name.as_str()));
                findings.push(error(
                    Field::DomainName,
                    AccountCode::DomainNotInAccount {
                        given: name.to_string(),
                        closest,
                    },
                ));
            }
            Some(d) if !d.streaming => {
                let feeds = domain.and_then(|f| f.feeds.clone());
                findings.push(error(
                    Field::DomainName,
                    AccountCode::DomainIsIngest {
                        given: name.to_string(),
                        feeds,
                    },
                ));
            }
            Some(d) => {
                if d.status != "online" && !d.status.is_empty() {
                    findings.push(warning(
                        Field::DomainName,
                        AccountCode::DomainOffline {
                            given: name.to_string(),
                            status: d.status.clone(),
                        },
                    ));
                }
                region = Some(d.region.as_str()).filter(|r| !r.is_empty());
            }
        }
    }
    if let Some(domain_region) = region {
        push_region_findings(&mut findings, operation, draft, facts, domain_region);
    }
    if let Some(domain) = domain.filter(|_| region.is_some()) {
        push_stream_findings(&mut findings, draft, domain);
    }
    findings
}

/// The region, VOD and template-group findings for a streaming domain in `domain_region`.
fn push_region_findings(
    findings: &mut Vec<Finding>,
    operation: Operation,
    draft: &FormDraft,
    facts: &AccountFacts,
    domain_region: &str,
) {
    let form_region = match draft.trimmed(Field::RegionId) {
        "" => DEFAULT_REGION,
        r => r,
    };
    if form_region != domain_region {
        let storage = draft.trimmed(Field::StorageLocation);
        let conflicts = operation == Operation::Add
            && rules::storage_region(storage).is_some_and(|s| s != domain_region);
        let code = FindingCode::Account(AccountCode::RegionMismatch {
            given: form_region.to_string(),
            domain_region: domain_region.to_string(),
        });
        findings.push(if conflicts {
            Finding::error(Field::RegionId, code)
        } else {
            Finding::warning(Field::RegionId, code)
        });
    }
    if facts.lacks_vod(domain_region) {
        findings.push(Finding::error(
            Field::DomainName,
            FindingCode::Account(AccountCode::VodNotActivated {
                region: domain_region.to_string(),
            }),
        ));
        return;
    }
    let Some(groups) = facts.groups_in(domain_region) else {
        return;
    };
    for field in [
        Field::VodTranscodeGroupId,
        Field::ComposeVodTranscodeGroupId,
    ] {
        let id = draft.trimmed(field);
        if !operation.takes(field)
            || id.is_empty()
            || id == NO_TRANSCODE
            || groups.iter().any(|g| g.id == id)
        {
            continue;
        }
        let names = groups
            .iter()
            .map(|g| match g.name.as_str() {
                "" => g.id.clone(),
                name => format!("{name} ({})", g.id),
            })
            .collect();
        findings.push(Finding::error(
            field,
            FindingCode::Account(AccountCode::TemplateGroupNotFound {
                given: id.to_string(),
                region: domain_region.to_string(),
                groups: names,
            }),
        ));
    }
}

/// The OSS-conflict and never-pushed findings for the form's app and stream.
fn push_stream_findings(findings: &mut Vec<Finding>, draft: &FormDraft, domain: &DomainFacts) {
    let app = draft.trimmed(Field::AppName);
    let stream = draft.trimmed(Field::StreamName);
    if app.is_empty() {
        return;
    }
    let conflict = domain.oss_records.iter().flatten().find(|(a, s)| {
        (a == app || a == "*") && (every_stream(s) || every_stream(stream) || s == stream)
    });
    if let Some((a, s)) = conflict {
        findings.push(Finding::error(
            Field::AppName,
            FindingCode::Account(AccountCode::OssRecordConflict {
                app: a.clone(),
                stream: s.clone(),
            }),
        ));
    }
    let Some(pushed) = domain.pushed().filter(|_| app != "*") else {
        return;
    };
    let mut apps: Vec<&str> = pushed.iter().map(|(a, _)| *a).collect();
    apps.sort_unstable();
    apps.dedup();
    if !apps.contains(&app) {
        findings.push(Finding::warning(
            Field::AppName,
            FindingCode::Account(AccountCode::StreamNeverPushed {
                given: app.to_string(),
                closest: closest(app, apps.iter().copied()),
            }),
        ));
    } else if !every_stream(stream) {
        let mut streams: Vec<&str> = pushed
            .iter()
            .filter(|(a, _)| *a == app)
            .map(|(_, s)| *s)
            .collect();
        streams.sort_unstable();
        streams.dedup();
        if !streams.contains(&stream) {
            findings.push(Finding::warning(
                Field::StreamName,
                FindingCode::Account(AccountCode::StreamNeverPushed {
                    given: stream.to_string(),
                    closest: closest(stream, streams.iter().copied()),
                }),
            ));
        }
    }
}

/// Up to three of `names` closest to `typed` (a few edits away, or one containing the other),
/// nearest first.
pub fn closest<'a>(typed: &str, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let typed_lower = typed.to_lowercase();
    let limit = (typed.chars().count() / 3).clamp(1, 4);
    let mut near: Vec<(usize, &str)> = names
        .filter_map(|n| {
            let lower = n.to_lowercase();
            let distance = edit_distance(&typed_lower, &lower);
            let contains = lower.contains(&typed_lower) || typed_lower.contains(&lower);
            (distance <= limit || contains).then_some((distance, n))
        })
        .collect();
    near.sort();
    near.dedup();
    near.into_iter()
        .take(3)
        .map(|(_, n)| n.to_string())
        .collect()
}

/// Levenshtein distance, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::account_facts::{AccountDomain, TemplateGroup};
    use std::collections::BTreeMap;

    fn facts() -> AccountFacts {
        let domain = |name: &str, streaming, status: &str, region: &str| AccountDomain {
            name: name.into(),
            streaming,
            status: status.into(),
            region: region.into(),
        };
        AccountFacts {
            fetched_at_ms: 1,
            domains: Some(vec![
                domain("live.example.com", true, "online", "cn-shanghai"),
                domain("push.example.com", false, "online", "cn-shanghai"),
                domain("off.example.com", true, "offline", "cn-shanghai"),
                domain("sg.example.com", true, "online", "ap-southeast-1"),
            ]),
            groups: [(
                "cn-shanghai".to_string(),
                vec![TemplateGroup {
                    id: "g-hd".into(),
                    name: "HD".into(),
                }],
            )]
            .into(),
            without_vod: vec!["ap-southeast-1".into()],
            details: BTreeMap::new(),
        }
    }

    fn draft(pairs: &[(Field, &str)]) -> FormDraft {
        let mut d = FormDraft::default();
        d.set(Field::DomainName, "live.example.com");
        d.set(Field::AppName, "live");
        d.set(Field::StreamName, "cam1");
        d.set(Field::RegionId, "cn-shanghai");
        for (f, v) in pairs {
            d.set(*f, *v);
        }
        d
    }

    fn domain_facts() -> DomainFacts {
        DomainFacts {
            domain: "live.example.com".into(),
            feeds: None,
            oss_records: Some(vec![("recorded".into(), String::new())]),
            streams: Some(vec![
                ("live".into(), "cam1".into()),
                ("live".into(), "cam2".into()),
            ]),
            configs: vec![(
                "backup".into(),
                "cam9".into(),
                "outin-1.oss-cn-shanghai.aliyuncs.com".into(),
            )],
            submitted: vec![("live".into(), "typed-once".into())],
        }
    }

    #[test]
    fn configs_are_suggested_but_do_not_count_as_pushed() {
        let facts = domain_facts();
        assert_eq!(facts.apps(), ["backup", "live"]);
        assert_eq!(facts.streams_of("backup"), ["cam9"]);
        assert_eq!(facts.streams_of("live"), ["cam1", "cam2", "typed-once"]);
        assert_eq!(
            facts.storage_locations(),
            ["outin-1.oss-cn-shanghai.aliyuncs.com"]
        );
        let d = draft(&[(Field::AppName, "backup"), (Field::StreamName, "cam9")]);
        assert_eq!(
            codes(&d, Some(&facts)),
            [(Field::AppName, false, "StreamNeverPushed".into())]
        );
    }

    fn codes(d: &FormDraft, domain: Option<&DomainFacts>) -> Vec<(Field, bool, String)> {
        check(Operation::Add, d, &facts(), domain)
            .into_iter()
            .map(|f| {
                let FindingCode::Account(code) = &f.code else {
                    panic!("{f:?}")
                };
                (f.field, f.is_error(), code.name().to_string())
            })
            .collect()
    }

    #[test]
    fn a_config_the_account_can_record_has_no_findings() {
        let d = draft(&[(Field::VodTranscodeGroupId, "g-hd")]);
        assert_eq!(codes(&d, Some(&domain_facts())), []);
        let d = draft(&[(Field::VodTranscodeGroupId, NO_TRANSCODE)]);
        assert_eq!(codes(&d, Some(&domain_facts())), []);
    }

    #[test]
    fn each_finding_of_the_account() {
        let typo = draft(&[(Field::DomainName, "live.exmaple.com")]);
        let found = check(Operation::Add, &typo, &facts(), None);
        assert_eq!(
            found[0].code,
            FindingCode::Account(AccountCode::DomainNotInAccount {
                given: "live.exmaple.com".into(),
                closest: vec!["live.example.com".into()]
            })
        );
        assert!(found[0].message().contains("live.example.com"));

        let ingest = draft(&[(Field::DomainName, "push.example.com")]);
        let feeds = DomainFacts {
            domain: "push.example.com".into(),
            feeds: Some("live.example.com".into()),
            ..DomainFacts::default()
        };
        let found = check(Operation::Add, &ingest, &facts(), Some(&feeds));
        assert!(
            found[0].message().contains("live.example.com"),
            "{}",
            found[0].message()
        );

        let off = draft(&[(Field::DomainName, "off.example.com")]);
        assert_eq!(
            codes(&off, None),
            [(Field::DomainName, false, "DomainOffline".into())]
        );

        let sg = draft(&[(Field::DomainName, "sg.example.com")]);
        assert_eq!(
            codes(&sg, None),
            [
                (Field::RegionId, false, "RegionMismatch".into()),
                (Field::DomainName, true, "VodNotActivated".into()),
            ]
        );

        let group = draft(&[(Field::VodTranscodeGroupId, "g-typo")]);
        let found = check(Operation::Add, &group, &facts(), None);
        assert_eq!(found.len(), 1);
        assert!(found[0].is_error());
        assert!(
            found[0].message().contains("HD (g-hd)"),
            "{}",
            found[0].message()
        );

        let oss = draft(&[(Field::AppName, "recorded"), (Field::StreamName, "")]);
        assert_eq!(
            codes(&oss, Some(&domain_facts())),
            [
                (Field::AppName, true, "OssRecordConflict".into()),
                (Field::AppName, false, "StreamNeverPushed".into()),
            ]
        );

        let stream = draft(&[(Field::StreamName, "cam3")]);
        let found = check(Operation::Add, &stream, &facts(), Some(&domain_facts()));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::StreamName);
        assert!(!found[0].is_error());
        assert!(
            found[0].message().contains("cam1"),
            "{}",
            found[0].message()
        );
        let every = draft(&[(Field::StreamName, "")]);
        assert_eq!(codes(&every, Some(&domain_facts())), []);
    }

    #[test]
    fn a_region_mismatch_is_an_error_when_the_storage_is_in_another_region() {
        let d = draft(&[
            (Field::RegionId, "cn-beijing"),
            (
                Field::StorageLocation,
                "outin-1.oss-cn-beijing.aliyuncs.com",
            ),
        ]);
        assert_eq!(
            codes(&d, None),
            [(Field::RegionId, true, "RegionMismatch".into())]
        );
        let d = draft(&[(Field::RegionId, "cn-beijing")]);
        assert_eq!(
            codes(&d, None),
            [(Field::RegionId, false, "RegionMismatch".into())]
        );
    }

    #[test]
    fn what_could_not_be_read_is_not_judged() {
        let nothing = AccountFacts::default();
        let d = draft(&[(Field::DomainName, "anything.example.com")]);
        assert!(check(Operation::Add, &d, &nothing, None).is_empty());
        assert!(check(Operation::Delete, &d, &facts(), None).is_empty());
        let unread = DomainFacts {
            domain: "live.example.com".into(),
            ..DomainFacts::default()
        };
        let d = draft(&[(Field::StreamName, "never")]);
        assert!(check(Operation::Add, &d, &facts(), Some(&unread)).is_empty());
    }

    #[test]
    fn closest_names_are_a_few_edits_away() {
        let names = ["live.example.com", "beijing.example.com", "other.test"];
        assert_eq!(
            closest("liv.example.com", names.into_iter()),
            ["live.example.com"]
        );
        assert!(closest("zzz", names.into_iter()).is_empty());
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
