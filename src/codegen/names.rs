//! How each language names the API's PascalCase parameters and actions.

/// `VodTranscodeGroupId` → `vod_transcode_group_id` (Python).
pub fn snake(pascal: &str) -> String {
    let mut out = String::with_capacity(pascal.len() + 4);
    for (i, c) in pascal.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `VodTranscodeGroupId` → `vodTranscodeGroupId` (Java methods, Node fields).
pub fn lower_camel(pascal: &str) -> String {
    let mut chars = pascal.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_each_sdk() {
        assert_eq!(snake("VodTranscodeGroupId"), "vod_transcode_group_id");
        assert_eq!(
            snake("AddLiveRecordVodConfig"),
            "add_live_record_vod_config"
        );
        assert_eq!(snake("RegionId"), "region_id");
        assert_eq!(
            lower_camel("DescribeLiveRecordVodConfigs"),
            "describeLiveRecordVodConfigs"
        );
    }
}
