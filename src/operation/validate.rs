//! Checks a draft against every rule and, when nothing blocks it, builds the typed request.

use super::draft::FormDraft;
use super::field::Field;
use super::field::NumberRule;
use super::finding::{Finding, FindingCode};
use super::param_check::{ParamProblem, check_params};
use super::regions;
use super::request::Request;
use super::rules::{self, AUTO_COMPOSE_ON};
use super::spec::Operation;
use super::stream_url;
use std::collections::BTreeMap;

/// The result of checking a draft: every finding, and the request when no finding is an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The request, present exactly when there are no errors.
    pub request: Option<Request>,
    /// Errors and warnings about the form's fields, in field order.
    pub findings: Vec<Finding>,
    /// Errors about request fields of other operations of the catalogue (all block sending).
    pub problems: Vec<ParamProblem>,
}

impl Checked {
    /// The findings about one field.
    pub fn for_field(&self, field: Field) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.field == field)
    }

    /// Adds the findings of the check against the account; an error among them withdraws
    /// the request.
    pub fn add_account_findings(&mut self, findings: Vec<Finding>) {
        if findings.iter().any(Finding::is_error) {
            self.request = None;
        }
        self.findings.extend(findings);
    }

    /// How many findings block sending.
    pub fn error_count(&self) -> usize {
        self.findings.iter().filter(|f| f.is_error()).count() + self.problems.len()
    }
}

/// Checks the fields `operation` takes in `draft` (others are ignored); values are trimmed of
/// surrounding whitespace first. The config operations get the form's rules; every other
/// operation the checks its description implies.
pub fn check(operation: Operation, draft: &FormDraft) -> Checked {
    if !operation.is_config() {
        return check_catalogued(operation, draft);
    }
    let mut findings = Vec::new();
    let value = |f: Field| -> Option<String> {
        let v = draft.trimmed(f);
        (operation.takes(f) && !v.is_empty()).then(|| v.to_string())
    };
    let mut values: BTreeMap<Field, String> = BTreeMap::new();

    for field in operation.fields() {
        if operation.requires(field) && value(field).is_none() {
            findings.push(Finding::error(field, FindingCode::Required));
        }
    }

    if let Some(region) = value(Field::RegionId) {
        if !regions::has_region_shape(&region) {
            findings.push(Finding::error(Field::RegionId, FindingCode::RegionShape));
        } else if !regions::is_known(&region) {
            findings.push(Finding::warning(
                Field::RegionId,
                FindingCode::RegionUnknown,
            ));
        }
        if regions::is_finance(&region) {
            findings.push(Finding::warning(
                Field::RegionId,
                FindingCode::FinanceRegion,
            ));
        }
        values.insert(Field::RegionId, region);
    }

    if let Some(domain) = value(Field::DomainName).map(|d| d.to_ascii_lowercase()) {
        if let Some(code) = domain_problem(&domain) {
            findings.push(Finding::error(Field::DomainName, code));
        }
        values.insert(Field::DomainName, domain);
    }

    for (field, max_chars) in [
        (Field::AppName, rules::NAME_MAX_CHARS),
        (Field::StreamName, rules::NAME_MAX_CHARS),
        (Field::VodTranscodeGroupId, rules::GROUP_ID_MAX_CHARS),
        (Field::ComposeVodTranscodeGroupId, rules::GROUP_ID_MAX_CHARS),
    ] {
        if let Some(name) = value(field) {
            push_name_problems(&mut findings, field, &name, max_chars);
            values.insert(field, name);
        }
    }

    for field in Field::ALL {
        if let (Some(rule), Some(text)) = (field.number_rule(), value(field)) {
            match check_number(rule, &text) {
                Ok(n) => {
                    values.insert(field, n.to_string());
                }
                Err(code) => findings.push(Finding::error(field, code)),
            }
        }
    }

    let auto_compose_text = value(Field::AutoCompose);
    let auto_compose = auto_compose_text.as_deref() == Some(AUTO_COMPOSE_ON);
    if let Some(given) = auto_compose_text.as_ref().filter(|v| *v != AUTO_COMPOSE_ON) {
        findings.push(Finding::error(
            Field::AutoCompose,
            FindingCode::AutoComposeValue {
                given: given.clone(),
            },
        ));
    }
    if auto_compose {
        values.insert(Field::AutoCompose, AUTO_COMPOSE_ON.to_string());
    }
    let compose_group_set = value(Field::ComposeVodTranscodeGroupId).is_some();
    match (auto_compose_text.is_some(), compose_group_set) {
        (true, false) if auto_compose => findings.push(Finding::error(
            Field::ComposeVodTranscodeGroupId,
            FindingCode::AutoComposeWithoutGroup,
        )),
        (false, true) => findings.push(Finding::error(
            Field::AutoCompose,
            FindingCode::GroupWithoutAutoCompose,
        )),
        _ => {}
    }

    if let Some(location) = value(Field::StorageLocation).map(|s| s.to_ascii_lowercase()) {
        push_storage_findings(
            &mut findings,
            &location,
            values.get(&Field::RegionId).map(String::as_str),
        );
        values.insert(Field::StorageLocation, location);
    }

    if let Some(v) = value(Field::OnDemand) {
        // 0 automatic; 1, 2 and 7 are the on-demand modes (HTTP callback, ingest parameter,
        // manual): the service has them, a config made in the console may carry them.
        match v.as_str() {
            "0" | "1" | "2" | "7" => {
                if v != "0" {
                    findings.push(Finding::warning(
                        Field::OnDemand,
                        FindingCode::OnDemandUnsupported,
                    ));
                }
                values.insert(Field::OnDemand, v);
            }
            _ => findings.push(Finding::error(
                Field::OnDemand,
                FindingCode::OnDemandValue { given: v.clone() },
            )),
        }
    }

    findings.sort_by_key(|f| Field::ALL.iter().position(|x| *x == f.field));
    let has_errors = findings.iter().any(Finding::is_error);
    let request = (!has_errors).then(|| {
        let values = values.into_iter().map(|(f, v)| (f.api_name(), v)).collect();
        Request::checked(operation, values, None)
    });
    Checked {
        request,
        findings,
        problems: Vec::new(),
    }
}

/// An operation outside the form: its description's checks, and the region it goes to.
fn check_catalogued(operation: Operation, draft: &FormDraft) -> Checked {
    let mut findings = Vec::new();
    let region = draft.trimmed(Field::RegionId).to_string();
    if !region.is_empty() && !regions::has_region_shape(&region) {
        findings.push(Finding::error(Field::RegionId, FindingCode::RegionShape));
    }
    let route_region = (!region.is_empty()).then_some(region);
    match check_params(operation.spec(), draft) {
        Ok(values) if findings.is_empty() => Checked {
            request: Some(Request::checked(operation, values, route_region)),
            findings,
            problems: Vec::new(),
        },
        Ok(_) => Checked {
            request: None,
            findings,
            problems: Vec::new(),
        },
        Err(problems) => Checked {
            request: None,
            findings,
            problems,
        },
    }
}

/// A whole number within the rule's range.
fn check_number(rule: NumberRule, text: &str) -> Result<i64, FindingCode> {
    let given = match text.parse::<i64>() {
        Ok(n) => n,
        // A duration typed as the form prints it ("30 min") is its seconds.
        Err(_) if rule.seconds => rules::parse_duration(text).ok_or(FindingCode::NotWholeNumber)?,
        Err(_) => return Err(FindingCode::NotWholeNumber),
    };
    let in_range = given >= rule.min && rule.max.is_none_or(|max| given <= max);
    if in_range {
        Ok(given)
    } else {
        Err(FindingCode::OutOfRange { given })
    }
}

fn domain_problem(domain: &str) -> Option<FindingCode> {
    if let Some(parts) = stream_url::split(domain) {
        return Some(FindingCode::DomainIsUrl {
            host: parts.host,
            app: parts.app,
            stream: parts.stream,
        });
    }
    if !domain.is_ascii() {
        return Some(FindingCode::DomainNotAscii);
    }
    (!rules::is_host_name(domain)).then_some(FindingCode::DomainShape)
}

fn push_name_problems(findings: &mut Vec<Finding>, field: Field, value: &str, max_chars: usize) {
    for (is_error, code) in rules::name_problems(value, max_chars) {
        findings.push(if is_error {
            Finding::error(field, code)
        } else {
            Finding::warning(field, code)
        });
    }
}

fn push_storage_findings(findings: &mut Vec<Finding>, location: &str, region_id: Option<&str>) {
    let field = Field::StorageLocation;
    if !rules::is_host_name(location) {
        findings.push(Finding::error(field, FindingCode::StorageShape));
        return;
    }
    match (rules::storage_region(location), region_id) {
        (Some(storage_region), Some(region)) if storage_region != region => {
            findings.push(Finding::error(
                field,
                FindingCode::StorageRegionConflict {
                    storage_region: storage_region.to_string(),
                    region: region.to_string(),
                },
            ));
        }
        (Some(storage_region), None) => findings.push(Finding::warning(
            field,
            FindingCode::StorageRegionUnset {
                storage_region: storage_region.to_string(),
            },
        )),
        (None, _) => findings.push(Finding::warning(field, FindingCode::StorageRegionUnknown)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operation::finding::Severity;

    fn base() -> FormDraft {
        FormDraft::example()
    }

    fn check(draft: &FormDraft) -> Checked {
        super::check(Operation::Add, draft)
    }

    fn codes_for(draft: &FormDraft, field: Field) -> Vec<(Severity, FindingCode)> {
        check(draft)
            .for_field(field)
            .map(|f| (f.severity, f.code.clone()))
            .collect()
    }

    #[test]
    fn example_is_valid_with_no_findings() {
        let c = check(&base());
        assert!(c.findings.is_empty(), "{:?}", c.findings);
        let r = c.request.expect("valid");
        assert_eq!(r.target(), "live.example.com/app/stream");
    }

    #[test]
    fn missing_required_fields_are_errors() {
        let c = check(&FormDraft::default());
        assert!(c.request.is_none());
        for f in [
            Field::DomainName,
            Field::AppName,
            Field::VodTranscodeGroupId,
        ] {
            assert!(
                c.for_field(f).any(|x| x.code == FindingCode::Required),
                "{f}"
            );
        }
        assert_eq!(c.error_count(), 3);
    }

    #[test]
    fn surrounding_whitespace_is_trimmed() {
        let d = base()
            .with(Field::AppName, "  app \n")
            .with(Field::DomainName, " Live.Example.com ");
        let r = check(&d).request.expect("valid");
        assert_eq!(r.get(Field::AppName), Some("app"));
        assert_eq!(r.domain_name(), "live.example.com");
    }

    #[test]
    fn a_cycle_typed_as_the_form_prints_it_is_sent_in_seconds() {
        let d = base().with(Field::CycleDuration, "30 min");
        let r = check(&d).request.expect("valid");
        assert_eq!(r.get(Field::CycleDuration), Some("1800"));
        let d = base().with(Field::DelayTime, "2 h");
        let update = super::check(Operation::Update, &d);
        assert_eq!(
            update.request.expect("valid").get(Field::DelayTime),
            Some("7200")
        );
        // Still in range, and a page number is no duration.
        let d = base().with(Field::CycleDuration, "2 min");
        assert_eq!(
            codes_for(&d, Field::CycleDuration),
            vec![(Severity::Error, FindingCode::OutOfRange { given: 120 })]
        );
    }

    #[test]
    fn cycle_below_300_is_error() {
        let d = base().with(Field::CycleDuration, "120");
        assert_eq!(
            codes_for(&d, Field::CycleDuration),
            vec![(Severity::Error, FindingCode::OutOfRange { given: 120 })]
        );
    }

    #[test]
    fn cycle_above_21600_is_error() {
        let d = base().with(Field::CycleDuration, "21601");
        assert!(check(&d).request.is_none());
    }

    #[test]
    fn cycle_bounds_are_inclusive() {
        for ok in ["300", "21600"] {
            assert!(
                check(&base().with(Field::CycleDuration, ok))
                    .request
                    .is_some(),
                "{ok}"
            );
        }
    }

    #[test]
    fn cycle_must_be_whole_number() {
        // ("1h" is a duration, read as 3600: see the test above.)
        for bad in ["1.5", "1 day", "abc", "99999999999999999999"] {
            let d = base().with(Field::CycleDuration, bad);
            assert_eq!(
                codes_for(&d, Field::CycleDuration),
                vec![(Severity::Error, FindingCode::NotWholeNumber)],
                "{bad}"
            );
        }
    }

    #[test]
    fn empty_cycle_is_left_to_service_default() {
        let r = check(&base().with(Field::CycleDuration, ""))
            .request
            .expect("valid");
        assert_eq!(r.get(Field::CycleDuration), None);
    }

    #[test]
    fn auto_compose_without_group_is_error_on_group() {
        let d = base().with(Field::AutoCompose, "ON");
        assert_eq!(
            codes_for(&d, Field::ComposeVodTranscodeGroupId),
            vec![(Severity::Error, FindingCode::AutoComposeWithoutGroup)]
        );
    }

    #[test]
    fn group_without_auto_compose_is_error_on_auto_compose() {
        let d = base().with(Field::ComposeVodTranscodeGroupId, "sandbox-group");
        assert_eq!(
            codes_for(&d, Field::AutoCompose),
            vec![(Severity::Error, FindingCode::GroupWithoutAutoCompose)]
        );
    }

    #[test]
    fn auto_compose_with_group_is_valid() {
        let d = base()
            .with(Field::AutoCompose, "ON")
            .with(Field::ComposeVodTranscodeGroupId, "sandbox-group");
        let r = check(&d).request.expect("valid");
        assert_eq!(r.get(Field::AutoCompose), Some("ON"));
        assert!(r.params().contains(&("AutoCompose", "ON".to_string())));
    }

    #[test]
    fn auto_compose_only_accepts_on() {
        for bad in ["on", "OFF", "yes", "1"] {
            let d = base().with(Field::AutoCompose, bad);
            assert!(
                check(&d)
                    .for_field(Field::AutoCompose)
                    .any(|f| matches!(f.code, FindingCode::AutoComposeValue { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn on_demand_one_is_warning_zero_is_fine() {
        let d = base().with(Field::OnDemand, "1");
        let c = check(&d);
        assert!(c.request.is_some());
        assert_eq!(
            codes_for(&d, Field::OnDemand),
            vec![(Severity::Warning, FindingCode::OnDemandUnsupported)]
        );
        assert!(
            check(&base().with(Field::OnDemand, "0"))
                .findings
                .is_empty()
        );
    }

    #[test]
    fn invisible_and_look_alike_characters_are_refused_where_they_are() {
        for field in [
            Field::AppName,
            Field::StreamName,
            Field::VodTranscodeGroupId,
        ] {
            for (value, code, position) in [
                ("cam\u{200B}1", '\u{200B}', 4),
                ("\u{202E}cam1", '\u{202E}', 1),
                ("cam1\u{FEFF}", '\u{FEFF}', 5),
                ("ｃam1", 'ｃ', 1),
            ] {
                let d = base().with(field, value);
                assert!(
                    check(&d).for_field(field).any(|f| f.is_error()
                        && f.code
                            == FindingCode::LookAlikeCharacter {
                                character: code,
                                position
                            }),
                    "{field:?} {value:?}"
                );
            }
        }
        // A value that starts like a spreadsheet formula is refused in every name field.
        for field in [
            Field::AppName,
            Field::StreamName,
            Field::VodTranscodeGroupId,
        ] {
            for (value, character) in [("=1+1", '='), ("+cmd", '+'), ("@SUM(A1)", '@')] {
                let d = base().with(field, value);
                assert!(
                    check(&d)
                        .for_field(field)
                        .any(|f| f.is_error() && f.code == FindingCode::FormulaStart { character }),
                    "{field:?} {value:?}"
                );
            }
            assert!(
                check(&base().with(Field::StreamName, "cam-1"))
                    .request
                    .is_some()
            );
        }
        // Chinese names are real names.
        assert!(
            check(&base().with(Field::StreamName, "频道6"))
                .request
                .is_some()
        );
    }

    #[test]
    fn on_demand_other_values_are_errors() {
        for bad in ["3", "8", "-1", "on"] {
            let d = base().with(Field::OnDemand, bad);
            assert!(check(&d).request.is_none(), "{bad}");
        }
    }

    #[test]
    fn every_on_demand_mode_of_the_service_can_be_sent_with_a_warning() {
        // A config made in the console with OnDemand 2 or 7 survives Edit → Update.
        for mode in ["1", "2", "7"] {
            let d = base().with(Field::OnDemand, mode);
            let request = check(&d).request.expect("sendable");
            assert_eq!(request.get(Field::OnDemand), Some(mode));
            assert_eq!(
                codes_for(&d, Field::OnDemand),
                vec![(Severity::Warning, FindingCode::OnDemandUnsupported)]
            );
        }
    }

    #[test]
    fn storage_region_must_match_region() {
        let d = base().with(Field::StorageLocation, "b.oss-cn-beijing.aliyuncs.com");
        assert_eq!(
            codes_for(&d, Field::StorageLocation),
            vec![(
                Severity::Error,
                FindingCode::StorageRegionConflict {
                    storage_region: "cn-beijing".into(),
                    region: "cn-shanghai".into()
                }
            )]
        );
        let ok = base().with(Field::StorageLocation, "b.oss-cn-shanghai.aliyuncs.com");
        assert!(check(&ok).findings.is_empty());
    }

    #[test]
    fn storage_without_region_is_warning() {
        let d = base()
            .with(Field::RegionId, "")
            .with(Field::StorageLocation, "b.oss-cn-beijing.aliyuncs.com");
        let c = check(&d);
        assert!(c.request.is_some());
        assert_eq!(c.findings.len(), 1);
        assert_eq!(c.findings[0].severity, Severity::Warning);
    }

    #[test]
    fn storage_with_scheme_is_error() {
        let d = base().with(
            Field::StorageLocation,
            "https://b.oss-cn-shanghai.aliyuncs.com/",
        );
        assert!(check(&d).request.is_none());
    }

    #[test]
    fn pasted_stream_url_offers_host_app_and_stream() {
        let d = base().with(Field::DomainName, "rtmp://push.example.com/live/cam1");
        let c = check(&d);
        let f = c.for_field(Field::DomainName).next().expect("finding");
        assert_eq!(
            f.code,
            FindingCode::DomainIsUrl {
                host: "push.example.com".into(),
                app: Some("live".into()),
                stream: Some("cam1".into())
            }
        );
        assert!(f.message().contains("push.example.com"));
    }

    #[test]
    fn domain_shape_errors() {
        for bad in ["example", "exa mple.com", "example.com:1935", "例子.com"] {
            assert!(
                check(&base().with(Field::DomainName, bad))
                    .request
                    .is_none(),
                "{bad}"
            );
        }
    }

    #[test]
    fn app_name_rules() {
        for bad in ["a b", "a/b"] {
            assert!(
                check(&base().with(Field::AppName, bad)).request.is_none(),
                "{bad}"
            );
        }
        let long = "a".repeat(256);
        assert!(
            check(&base().with(Field::AppName, long.as_str()))
                .request
                .is_none()
        );
        let max = "a".repeat(255);
        assert!(
            check(&base().with(Field::AppName, max.as_str()))
                .request
                .is_some()
        );
    }

    #[test]
    fn stream_name_rules_match_app_name() {
        assert!(
            check(&base().with(Field::StreamName, "a/b"))
                .request
                .is_none()
        );
        let r = check(&base().with(Field::StreamName, ""))
            .request
            .expect("valid");
        assert_eq!(r.get(Field::StreamName), None);
        assert_eq!(r.target(), "live.example.com/app/*");
    }

    #[test]
    fn unknown_but_well_shaped_region_is_warning() {
        let d = base().with(Field::RegionId, "cn-nanjing");
        let c = check(&d);
        assert!(c.request.is_some());
        assert_eq!(
            codes_for(&d, Field::RegionId),
            vec![(Severity::Warning, FindingCode::RegionUnknown)]
        );
    }

    #[test]
    fn finance_regions_are_warned_about_and_sdk_regions_are_known() {
        let d = base().with(Field::RegionId, "cn-shanghai-finance-1");
        let c = check(&d);
        assert!(c.request.is_some());
        assert_eq!(
            codes_for(&d, Field::RegionId),
            vec![(Severity::Warning, FindingCode::FinanceRegion)]
        );
        assert!(c.findings[0].message().contains("Finance Cloud"));
        let wuhan = base().with(Field::RegionId, "cn-wuhan");
        assert!(check(&wuhan).findings.is_empty());
    }

    #[test]
    fn badly_shaped_region_is_error() {
        assert!(
            check(&base().with(Field::RegionId, "Shanghai"))
                .request
                .is_none()
        );
    }

    #[test]
    fn every_message_is_plain_words() {
        let d = FormDraft::default()
            .with(Field::RegionId, "x")
            .with(Field::DomainName, "rtmp://a.com/b/c")
            .with(Field::AppName, "a b/")
            .with(Field::CycleDuration, "5")
            .with(Field::AutoCompose, "on")
            .with(Field::StorageLocation, "b.oss-cn-beijing.aliyuncs.com")
            .with(Field::OnDemand, "9");
        for f in check(&d).findings {
            let m = f.message();
            assert!(m.ends_with('.'), "{m}");
            assert!(!m.contains("Some("), "{m}");
        }
    }

    #[test]
    fn update_ignores_storage_and_needs_no_group() {
        let d = base()
            .with(Field::VodTranscodeGroupId, "")
            .with(Field::StorageLocation, "b.oss-cn-beijing.aliyuncs.com");
        let c = super::check(Operation::Update, &d);
        assert!(c.findings.is_empty(), "{:?}", c.findings);
        let r = c.request.expect("valid");
        assert!(
            r.params()
                .iter()
                .all(|(name, _)| *name != "StorageLocation")
        );
    }

    #[test]
    fn delay_time_range_is_15_to_21600() {
        for (given, ok) in [
            ("14", false),
            ("15", true),
            ("21600", true),
            ("21601", false),
        ] {
            let d = base().with(Field::DelayTime, given);
            assert_eq!(
                super::check(Operation::Update, &d).request.is_some(),
                ok,
                "{given}"
            );
        }
    }

    #[test]
    fn page_size_range_is_5_to_100_and_page_from_1() {
        let list = |field, v: &str| super::check(Operation::Describe, &base().with(field, v));
        assert!(list(Field::PageSize, "4").request.is_none());
        assert!(list(Field::PageSize, "100").request.is_some());
        assert!(list(Field::PageSize, "101").request.is_none());
        assert!(list(Field::PageNum, "0").request.is_none());
        assert!(list(Field::PageNum, "7").request.is_some());
    }

    #[test]
    fn describe_needs_only_the_domain() {
        let d = FormDraft::default().with(Field::DomainName, "live.example.com");
        let r = super::check(Operation::Describe, &d)
            .request
            .expect("valid");
        assert_eq!(
            r.params(),
            vec![("DomainName", "live.example.com".to_string())]
        );
        assert!(super::check(Operation::Delete, &d).request.is_none());
    }
}
