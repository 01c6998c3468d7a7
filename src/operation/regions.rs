//! The ApsaraVideo Live regions, with readable names, and the endpoint host for each.

/// A region the service is known to run in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// The region ID, e.g. `cn-shanghai`.
    pub id: &'static str,
}

impl Region {
    /// The readable name in the current language, as the console writes it: `China
    /// (Shanghai)`, `华东2（上海）`.
    pub fn name(&self) -> String {
        crate::i18n::lookup(&format!("region-{}", self.id)).unwrap_or_else(|| self.id.to_string())
    }

    /// "China (Shanghai) — cn-shanghai", as pick lists show it.
    pub fn display_name(&self) -> String {
        format!("{} — {}", self.name(), self.id)
    }
}

/// Public ApsaraVideo Live regions, for the pick list (names: `region-<id>` messages).
pub const REGIONS: &[Region] = &[
    Region { id: "cn-shanghai" },
    Region { id: "cn-beijing" },
    Region { id: "cn-hangzhou" },
    Region { id: "cn-shenzhen" },
    Region { id: "cn-qingdao" },
    Region {
        id: "cn-zhangjiakou",
    },
    Region { id: "cn-huhehaote" },
    Region {
        id: "cn-wulanchabu",
    },
    Region { id: "cn-chengdu" },
    Region { id: "cn-hongkong" },
    Region {
        id: "ap-southeast-1",
    },
    Region {
        id: "ap-southeast-2",
    },
    Region {
        id: "ap-southeast-3",
    },
    Region {
        id: "ap-southeast-5",
    },
    Region {
        id: "ap-northeast-1",
    },
    Region { id: "ap-south-1" },
    Region { id: "eu-central-1" },
    Region { id: "eu-west-1" },
    Region { id: "us-west-1" },
    Region { id: "us-east-1" },
    Region { id: "me-east-1" },
    Region { id: "me-central-1" },
    Region { id: "cn-wuhan" },
    Region { id: "cn-fujian" },
];

/// The region used when none is given: where the service's central endpoint lives.
pub const DEFAULT_REGION: &str = "cn-shanghai";

/// Finds a known region by ID.
pub fn find(id: &str) -> Option<&'static Region> {
    REGIONS.iter().find(|r| r.id == id)
}

/// Whether `id` has the shape of a region ID: lowercase words joined by `-`, e.g. `ap-southeast-1`.
pub fn has_region_shape(id: &str) -> bool {
    let mut parts = id.split('-');
    let Some(first) = parts.next() else {
        return false;
    };
    let rest: Vec<&str> = parts.collect();
    first.len() >= 2
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && !rest.is_empty()
        && rest.iter().all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The official SDK's endpoint table (`alibabacloud-live20161101`, `Client._endpoint_map`),
/// entry by entry: region ID and the host it sends to. A test compares it with the installed
/// SDK.
pub const SDK_ENDPOINTS: [(&str, &str); 58] = [
    ("cn-qingdao", "live.aliyuncs.com"),
    ("cn-beijing", "live.aliyuncs.com"),
    ("cn-hangzhou", "live.aliyuncs.com"),
    ("cn-shanghai", "live.aliyuncs.com"),
    ("cn-shenzhen", "live.aliyuncs.com"),
    ("ap-southeast-1", "live.aliyuncs.com"),
    ("ap-southeast-5", "live.aliyuncs.com"),
    ("ap-northeast-1", "live.aliyuncs.com"),
    ("eu-central-1", "live.aliyuncs.com"),
    ("ap-south-1", "live.aliyuncs.com"),
    ("ap-northeast-2-pop", "live.aliyuncs.com"),
    ("ap-southeast-2", "live.aliyuncs.com"),
    ("ap-southeast-3", "live.aliyuncs.com"),
    ("cn-beijing-finance-1", "live.aliyuncs.com"),
    ("cn-beijing-finance-pop", "live.aliyuncs.com"),
    ("cn-beijing-gov-1", "live.aliyuncs.com"),
    ("cn-beijing-nu16-b01", "live.aliyuncs.com"),
    ("cn-chengdu", "live.aliyuncs.com"),
    ("cn-edge-1", "live.aliyuncs.com"),
    ("cn-fujian", "live.aliyuncs.com"),
    ("cn-haidian-cm12-c01", "live.aliyuncs.com"),
    ("cn-hangzhou-bj-b01", "live.aliyuncs.com"),
    ("cn-hangzhou-finance", "live.aliyuncs.com"),
    ("cn-hangzhou-internal-prod-1", "live.aliyuncs.com"),
    ("cn-hangzhou-internal-test-1", "live.aliyuncs.com"),
    ("cn-hangzhou-internal-test-2", "live.aliyuncs.com"),
    ("cn-hangzhou-internal-test-3", "live.aliyuncs.com"),
    ("cn-hangzhou-test-306", "live.aliyuncs.com"),
    ("cn-hongkong", "live.aliyuncs.com"),
    ("cn-hongkong-finance-pop", "live.aliyuncs.com"),
    ("cn-huhehaote", "live.aliyuncs.com"),
    ("cn-huhehaote-nebula-1", "live.aliyuncs.com"),
    ("cn-north-2-gov-1", "live.aliyuncs.com"),
    ("cn-qingdao-nebula", "live.aliyuncs.com"),
    ("cn-shanghai-et15-b01", "live.aliyuncs.com"),
    ("cn-shanghai-et2-b01", "live.aliyuncs.com"),
    ("cn-shanghai-finance-1", "live.aliyuncs.com"),
    ("cn-shanghai-inner", "live.aliyuncs.com"),
    ("cn-shanghai-internal-test-1", "live.aliyuncs.com"),
    ("cn-shenzhen-finance-1", "live.aliyuncs.com"),
    ("cn-shenzhen-inner", "live.aliyuncs.com"),
    ("cn-shenzhen-st4-d01", "live.aliyuncs.com"),
    ("cn-shenzhen-su18-b01", "live.aliyuncs.com"),
    ("cn-wuhan", "live.aliyuncs.com"),
    ("cn-wulanchabu", "live.aliyuncs.com"),
    ("cn-yushanfang", "live.aliyuncs.com"),
    ("cn-zhangbei", "live.aliyuncs.com"),
    ("cn-zhangbei-na61-b01", "live.aliyuncs.com"),
    ("cn-zhangjiakou", "live.aliyuncs.com"),
    ("cn-zhangjiakou-na62-a01", "live.aliyuncs.com"),
    ("cn-zhengzhou-nebula-1", "live.aliyuncs.com"),
    ("eu-west-1", "live.aliyuncs.com"),
    ("eu-west-1-oxs", "live.aliyuncs.com"),
    ("me-east-1", "live.aliyuncs.com"),
    ("rus-west-1-pop", "live.aliyuncs.com"),
    ("us-east-1", "live.aliyuncs.com"),
    ("us-west-1", "live.aliyuncs.com"),
    ("me-central-1", "live.aliyuncs.com"),
];

/// Whether the region is one the service knows: in the pick list or in the SDK's table.
pub fn is_known(region_id: &str) -> bool {
    find(region_id).is_some() || SDK_ENDPOINTS.iter().any(|(id, _)| *id == region_id)
}

/// Whether the region is an Alibaba Finance Cloud region (no live-to-VOD there).
pub fn is_finance(region_id: &str) -> bool {
    region_id.contains("-finance")
}

/// The endpoint host the official SDK uses for a region: the one its table names, or
/// `live.<region>.aliyuncs.com` for a region outside it.
pub fn endpoint_host(region_id: &str) -> String {
    host_in(&SDK_ENDPOINTS, "live", region_id)
}

/// The host an official SDK's endpoint `table` names for a region, else its regional rule,
/// `<product>.<region>.aliyuncs.com`.
pub fn host_in(table: &[(&str, &str)], product: &str, region_id: &str) -> String {
    table
        .iter()
        .find(|(id, _)| *id == region_id)
        .map(|(_, host)| host.to_string())
        .unwrap_or_else(|| format!("{product}.{region_id}.aliyuncs.com"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_regions_use_central_endpoint() {
        assert_eq!(endpoint_host("cn-shanghai"), "live.aliyuncs.com");
        assert_eq!(endpoint_host("ap-southeast-1"), "live.aliyuncs.com");
    }

    #[test]
    fn regions_of_the_sdk_table_use_its_hosts() {
        for region in [
            "cn-wuhan",
            "cn-fujian",
            "cn-zhangbei",
            "me-central-1",
            "cn-beijing-gov-1",
        ] {
            assert_eq!(endpoint_host(region), "live.aliyuncs.com", "{region}");
            assert!(is_known(region), "{region}");
        }
        assert!(is_finance("cn-shanghai-finance-1"));
        assert!(!is_finance("cn-shanghai"));
    }

    #[test]
    fn every_pick_list_region_is_in_the_sdk_table() {
        for r in REGIONS {
            assert!(SDK_ENDPOINTS.iter().any(|(id, _)| *id == r.id), "{}", r.id);
        }
    }

    #[test]
    fn unlisted_regions_use_regional_endpoint() {
        assert_eq!(endpoint_host("cn-nanjing"), "live.cn-nanjing.aliyuncs.com");
    }

    #[test]
    fn every_listed_region_has_region_shape() {
        for r in REGIONS {
            assert!(has_region_shape(r.id), "{}", r.id);
        }
    }

    #[test]
    fn region_shape_rejects_garbage() {
        for bad in [
            "",
            "shanghai",
            "cn_shanghai",
            "CN-shanghai",
            "cn-",
            "-cn",
            "cn--x",
            "c-x",
        ] {
            assert!(!has_region_shape(bad), "{bad}");
        }
    }

    #[test]
    fn display_name_reads_well() {
        let r = find("cn-shanghai").expect("listed");
        assert_eq!(r.display_name(), "China (Shanghai) — cn-shanghai");
    }
}
