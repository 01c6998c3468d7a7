//! The RAM policy a user needs to call an operation on a domain, from its description.

use crate::operation::Operation;

/// The policy document granting `operation`'s RAM action on its resource. An unknown account
/// or domain becomes `*`.
pub fn policy_json(
    operation: Operation,
    account_id: Option<&str>,
    domain_name: Option<&str>,
) -> String {
    let spec = operation.spec();
    let doc = serde_json::json!({
        "Version": "1",
        "Statement": [{
            "Effect": "Allow",
            "Action": spec.ram_action,
            "Resource": spec.ram_resource.arn(account_id, domain_name),
        }]
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_names_action_and_resource() {
        let p = policy_json(Operation::Add, Some("1234567890"), Some("live.example.com"));
        let v: serde_json::Value = serde_json::from_str(&p).expect("json");
        assert_eq!(v["Statement"][0]["Action"], "live:AddLiveRecordVodConfig");
        assert_eq!(
            v["Statement"][0]["Resource"],
            "acs:cdn:*:1234567890:domain/live.example.com"
        );
    }

    #[test]
    fn each_operation_has_its_own_action() {
        let p = policy_json(Operation::Describe, Some("1"), Some("d.com"));
        assert!(p.contains("live:DescribeLiveRecordVodConfigs"));
        assert!(p.contains("\"Resource\": \"*\""));
        let p = policy_json(Operation::Delete, Some("1"), Some("d.com"));
        assert!(p.contains("live:DeleteLiveRecordVodConfig"));
        assert!(p.contains("acs:cdn:*:1:domain/d.com"));
    }

    #[test]
    fn unknown_parts_become_wildcards() {
        assert!(policy_json(Operation::Update, None, None).contains("acs:cdn:*:*:domain/*"));
    }
}
