//! The ApsaraVideo Live regions, with readable names, and the endpoint host for each.

/// A region the service is known to run in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// The region ID, e.g. `cn-shanghai`.
    pub id: &'static str,
    /// The readable name, e.g. `China (Shanghai)`.
    pub name: &'static str,
}

impl Region {
    /// "China (Shanghai) — cn-shanghai", as pick lists show it.
    pub fn display_name(&self) -> String {
        format!("{} — {}", self.name, self.id)
    }
}

/// Public ApsaraVideo Live regions. The official SDK sends all of them to `live.aliyuncs.com`.
pub const REGIONS: &[Region] = &[
    Region {
        id: "cn-shanghai",
        name: "China (Shanghai)",
    },
    Region {
        id: "cn-beijing",
        name: "China (Beijing)",
    },
    Region {
        id: "cn-hangzhou",
        name: "China (Hangzhou)",
    },
    Region {
        id: "cn-shenzhen",
        name: "China (Shenzhen)",
    },
    Region {
        id: "cn-qingdao",
        name: "China (Qingdao)",
    },
    Region {
        id: "cn-zhangjiakou",
        name: "China (Zhangjiakou)",
    },
    Region {
        id: "cn-huhehaote",
        name: "China (Hohhot)",
    },
    Region {
        id: "cn-wulanchabu",
        name: "China (Ulanqab)",
    },
    Region {
        id: "cn-chengdu",
        name: "China (Chengdu)",
    },
    Region {
        id: "cn-hongkong",
        name: "China (Hong Kong)",
    },
    Region {
        id: "ap-southeast-1",
        name: "Singapore",
    },
    Region {
        id: "ap-southeast-2",
        name: "Australia (Sydney)",
    },
    Region {
        id: "ap-southeast-3",
        name: "Malaysia (Kuala Lumpur)",
    },
    Region {
        id: "ap-southeast-5",
        name: "Indonesia (Jakarta)",
    },
    Region {
        id: "ap-northeast-1",
        name: "Japan (Tokyo)",
    },
    Region {
        id: "ap-south-1",
        name: "India (Mumbai)",
    },
    Region {
        id: "eu-central-1",
        name: "Germany (Frankfurt)",
    },
    Region {
        id: "eu-west-1",
        name: "UK (London)",
    },
    Region {
        id: "us-west-1",
        name: "US (Silicon Valley)",
    },
    Region {
        id: "us-east-1",
        name: "US (Virginia)",
    },
    Region {
        id: "me-east-1",
        name: "UAE (Dubai)",
    },
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

/// The endpoint host the official SDK uses for a region: `live.aliyuncs.com` for the regions it
/// lists, `live.<region>.aliyuncs.com` otherwise.
pub fn endpoint_host(region_id: &str) -> String {
    if find(region_id).is_some() {
        "live.aliyuncs.com".to_string()
    } else {
        format!("live.{region_id}.aliyuncs.com")
    }
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
