//! The RAM policy a user needs to call AddLiveRecordVodConfig on a domain.

/// The RAM action of the operation.
pub const RAM_ACTION: &str = "live:AddLiveRecordVodConfig";

/// The policy document granting the action on `acs:cdn:*:{account_id}:domain/{domain}`.
/// An unknown account or domain becomes `*`.
pub fn policy_json(account_id: Option<&str>, domain_name: Option<&str>) -> String {
    let account = account_id.filter(|a| !a.is_empty()).unwrap_or("*");
    let domain = domain_name.filter(|d| !d.is_empty()).unwrap_or("*");
    let doc = serde_json::json!({
        "Version": "1",
        "Statement": [{
            "Effect": "Allow",
            "Action": RAM_ACTION,
            "Resource": format!("acs:cdn:*:{account}:domain/{domain}"),
        }]
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_names_action_and_resource() {
        let p = policy_json(Some("1234567890"), Some("live.example.com"));
        let v: serde_json::Value = serde_json::from_str(&p).expect("json");
        assert_eq!(v["Statement"][0]["Action"], RAM_ACTION);
        assert_eq!(
            v["Statement"][0]["Resource"],
            "acs:cdn:*:1234567890:domain/live.example.com"
        );
    }

    #[test]
    fn unknown_parts_become_wildcards() {
        assert!(policy_json(None, None).contains("acs:cdn:*:*:domain/*"));
    }
}
