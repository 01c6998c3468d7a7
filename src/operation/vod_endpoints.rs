//! Where the official VOD SDK (`alibabacloud-vod20170321` 3.12.1) sends a region's calls:
//! its endpoint table, entry by entry, else `vod.<region>.aliyuncs.com`. A test compares the
//! table with the installed SDK.

/// The official VOD SDK's endpoint table (`Client._endpoint_map`): region ID and host.
pub const SDK_ENDPOINTS: [(&str, &str); 55] = [
    ("cn-hangzhou", "vod.cn-shanghai.aliyuncs.com"),
    ("ap-northeast-2-pop", "vod.aliyuncs.com"),
    ("ap-southeast-2", "vod.aliyuncs.com"),
    ("ap-southeast-3", "vod.aliyuncs.com"),
    ("cn-beijing-finance-1", "vod.aliyuncs.com"),
    ("cn-beijing-finance-pop", "vod.aliyuncs.com"),
    ("cn-beijing-gov-1", "vod.aliyuncs.com"),
    ("cn-beijing-nu16-b01", "vod.aliyuncs.com"),
    ("cn-chengdu", "vod.aliyuncs.com"),
    ("cn-edge-1", "vod.aliyuncs.com"),
    ("cn-fujian", "vod.aliyuncs.com"),
    ("cn-haidian-cm12-c01", "vod.aliyuncs.com"),
    ("cn-hangzhou-bj-b01", "vod.aliyuncs.com"),
    ("cn-hangzhou-finance", "vod.aliyuncs.com"),
    ("cn-hangzhou-internal-prod-1", "vod.aliyuncs.com"),
    ("cn-hangzhou-internal-test-1", "vod.aliyuncs.com"),
    ("cn-hangzhou-internal-test-2", "vod.aliyuncs.com"),
    ("cn-hangzhou-internal-test-3", "vod.aliyuncs.com"),
    ("cn-hangzhou-test-306", "vod.aliyuncs.com"),
    ("cn-hongkong-finance-pop", "vod.aliyuncs.com"),
    ("cn-huhehaote", "vod.aliyuncs.com"),
    ("cn-huhehaote-nebula-1", "vod.aliyuncs.com"),
    ("cn-qingdao", "vod.aliyuncs.com"),
    ("cn-qingdao-nebula", "vod.aliyuncs.com"),
    ("cn-shanghai-et15-b01", "vod.aliyuncs.com"),
    ("cn-shanghai-et2-b01", "vod.aliyuncs.com"),
    ("cn-shanghai-finance-1", "vod.aliyuncs.com"),
    ("cn-shanghai-inner", "vod.aliyuncs.com"),
    ("cn-shanghai-internal-test-1", "vod.aliyuncs.com"),
    ("cn-shenzhen-finance-1", "vod.aliyuncs.com"),
    ("cn-shenzhen-inner", "vod.aliyuncs.com"),
    ("cn-shenzhen-st4-d01", "vod.aliyuncs.com"),
    ("cn-shenzhen-su18-b01", "vod.aliyuncs.com"),
    ("cn-wuhan", "vod.aliyuncs.com"),
    ("cn-wulanchabu", "vod.aliyuncs.com"),
    ("cn-yushanfang", "vod.aliyuncs.com"),
    ("cn-zhangbei", "vod.aliyuncs.com"),
    ("cn-zhangbei-na61-b01", "vod.aliyuncs.com"),
    ("cn-zhangjiakou-na62-a01", "vod.aliyuncs.com"),
    ("cn-zhengzhou-nebula-1", "vod.aliyuncs.com"),
    ("eu-west-1-oxs", "vod.aliyuncs.com"),
    ("me-east-1", "vod.aliyuncs.com"),
    ("rus-west-1-pop", "vod.aliyuncs.com"),
    ("us-east-1", "vod.aliyuncs.com"),
    ("cn-shenzhen", "vod.cn-shenzhen.aliyuncs.com"),
    ("cn-beijing", "vod.cn-beijing.aliyuncs.com"),
    ("cn-shanghai", "vod.cn-shanghai.aliyuncs.com"),
    ("cn-hongkong", "vod.cn-hongkong.aliyuncs.com"),
    ("ap-southeast-1", "vod.ap-southeast-1.aliyuncs.com"),
    ("ap-northeast-1", "vod.ap-northeast-1.aliyuncs.com"),
    ("ap-southeast-5", "vod.ap-southeast-5.aliyuncs.com"),
    ("us-west-1", "vod.us-west-1.aliyuncs.com"),
    ("eu-central-1", "vod.eu-central-1.aliyuncs.com"),
    ("me-central-1", "vod.me-central-1.aliyuncs.com"),
    ("cn-north-2-gov-1", "vod.cn-north-2-gov-1.aliyuncs.com"),
];

/// The VOD endpoint host the official SDK uses for a region: the one its table names, or
/// `vod.<region>.aliyuncs.com` for a region outside it.
pub fn endpoint_host(region_id: &str) -> String {
    super::regions::host_in(&SDK_ENDPOINTS, "vod", region_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangzhou_goes_to_shanghai_and_others_follow_the_rule() {
        assert_eq!(endpoint_host("cn-hangzhou"), "vod.cn-shanghai.aliyuncs.com");
        assert_eq!(endpoint_host("cn-qingdao"), "vod.aliyuncs.com");
        assert_eq!(
            endpoint_host("ap-southeast-1"),
            "vod.ap-southeast-1.aliyuncs.com"
        );
        assert_eq!(
            endpoint_host("cn-zhangjiakou"),
            "vod.cn-zhangjiakou.aliyuncs.com"
        );
    }
}
