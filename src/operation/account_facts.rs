//! What the account holds, as its list operations answer: its domains (kind, status, region)
//! and, per region, its VOD transcoding template groups. The form's pick lists, and their
//! cache on disk, are made of these.

use super::account_check::DomainFacts;
use super::catalog::paging::{list_at, text_at as text};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The template group that records without transcoding.
pub const NO_TRANSCODE: &str = "VOD_NO_TRANSCODE";

/// One domain of the account (DescribeLiveUserDomains).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountDomain {
    /// The domain name.
    pub name: String,
    /// A streaming (playback) domain; else an ingest domain, which a config cannot name.
    pub streaming: bool,
    /// `online`, `offline`, `configuring`, … as the service says it.
    pub status: String,
    /// The region of its live center, e.g. `cn-shanghai`.
    pub region: String,
}

/// One VOD transcoding template group (ListTranscodeTemplateGroup).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateGroup {
    /// The ID a config names.
    pub id: String,
    /// The name the VOD console shows.
    pub name: String,
}

/// What was read of the account, and when.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountFacts {
    /// When it was read, in milliseconds since the epoch.
    pub fetched_at_ms: i64,
    /// Every domain, streaming and ingest; `None` when the list could not be read.
    pub domains: Option<Vec<AccountDomain>>,
    /// The template groups by region ID, for the regions of the streaming domains that could be
    /// read.
    pub groups: BTreeMap<String, Vec<TemplateGroup>>,
    /// Regions of streaming domains where VOD is not activated: a config on a domain there is
    /// accepted and records nothing.
    #[serde(default)]
    pub without_vod: Vec<String>,
    /// What the check read of single domains since (mapping, OSS recording, streams), by
    /// lower-case name.
    #[serde(default)]
    pub details: BTreeMap<String, DomainFacts>,
}

impl AccountFacts {
    /// The streaming domains (the ones a config can name), by name.
    pub fn streaming_domains(&self) -> Vec<&AccountDomain> {
        let mut domains: Vec<&AccountDomain> = self
            .domains
            .iter()
            .flatten()
            .filter(|d| d.streaming)
            .collect();
        domains.sort_by(|a, b| a.name.cmp(&b.name));
        domains
    }

    /// The domain called `name` (any case), if the account has it.
    pub fn domain(&self, name: &str) -> Option<&AccountDomain> {
        self.domains
            .iter()
            .flatten()
            .find(|d| d.name.eq_ignore_ascii_case(name.trim()))
    }

    /// The template groups of `region`, when they were read.
    pub fn groups_in(&self, region: &str) -> Option<&[TemplateGroup]> {
        self.groups.get(region).map(Vec::as_slice)
    }

    /// Whether VOD is known not to be activated in `region`.
    pub fn lacks_vod(&self, region: &str) -> bool {
        self.without_vod.iter().any(|r| r == region)
    }

    /// The regions whose template groups are worth reading: those of the streaming domains.
    pub fn streaming_regions(&self) -> Vec<String> {
        let mut regions: Vec<String> = self
            .streaming_domains()
            .iter()
            .map(|d| d.region.clone())
            .filter(|r| !r.is_empty())
            .collect();
        regions.sort();
        regions.dedup();
        regions
    }
}

/// The domains in a DescribeLiveUserDomains answer (every page merged into the first).
pub fn domains_in(answer: &Value) -> Vec<AccountDomain> {
    list_at(answer, &["Domains", "PageData"])
        .iter()
        .filter_map(|d| {
            let name = text(d, "DomainName");
            (!name.is_empty()).then(|| AccountDomain {
                streaming: text(d, "LiveDomainType") != "liveEdge",
                status: text(d, "LiveDomainStatus"),
                region: text(d, "RegionName"),
                name,
            })
        })
        .collect()
}

/// The template groups in a ListTranscodeTemplateGroup answer.
pub fn groups_in(answer: &Value) -> Vec<TemplateGroup> {
    list_at(answer, &["TranscodeTemplateGroupList"])
        .iter()
        .filter_map(|g| {
            let id = text(g, "TranscodeTemplateGroupId");
            (!id.is_empty()).then(|| TemplateGroup {
                name: text(g, "Name"),
                id,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn domains_and_groups_are_read_from_the_answers() {
        let answer = json!({"Domains": {"PageData": [
            {"DomainName": "b.example.com", "LiveDomainType": "liveVideo",
             "LiveDomainStatus": "online", "RegionName": "cn-shanghai"},
            {"DomainName": "push.example.com", "LiveDomainType": "liveEdge",
             "LiveDomainStatus": "online", "RegionName": "cn-shanghai"},
            {"DomainName": "a.example.com", "LiveDomainType": "liveVideo",
             "LiveDomainStatus": "offline", "RegionName": "cn-beijing"},
            {"LiveDomainType": "liveVideo"}
        ]}});
        let facts = AccountFacts {
            domains: Some(domains_in(&answer)),
            ..AccountFacts::default()
        };
        let names: Vec<&str> = facts
            .streaming_domains()
            .iter()
            .map(|d| d.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["a.example.com", "b.example.com"],
            "ingest domains left out"
        );
        assert_eq!(facts.streaming_regions(), ["cn-beijing", "cn-shanghai"]);
        assert!(!facts.domain("PUSH.example.com").expect("known").streaming);

        let groups = groups_in(&json!({"TranscodeTemplateGroupList": [
            {"TranscodeTemplateGroupId": "g1", "Name": "HD"}, {"Name": "no id"}
        ]}));
        assert_eq!(
            groups,
            [TemplateGroup {
                id: "g1".into(),
                name: "HD".into()
            }]
        );
        assert!(groups_in(&json!({})).is_empty());
    }
}
