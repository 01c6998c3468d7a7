//! The sandbox's answers to the VOD operations, region by region: the transcoding template
//! groups of each region where VOD is activated, in the shapes the official SDK parses.

use super::account::{self, TemplateGroup};
use super::query::{Call, invalid, time};
use super::reply::ApiError;
use crate::operation::catalog::vod::{TEMPLATE_GROUP_NOT_FOUND, VOD_NOT_ACTIVATED};
use serde_json::{Value, json};

/// The answer to `call`, or `None` when its action is not one of these.
pub fn answer(call: &Call<'_>) -> Option<Result<Value, ApiError>> {
    let handler: fn(&Call<'_>) -> Result<Value, ApiError> = match call.description.action {
        "ListTranscodeTemplateGroup" => list_groups,
        "GetTranscodeTemplateGroup" => get_group,
        "ListLiveRecordVideo" => record_videos,
        _ => return None,
    };
    Some(
        call.check()
            .and_then(|()| active(call))
            .and_then(|()| handler(call)),
    )
}

/// VOD answers only in the regions where it is activated.
fn active(call: &Call<'_>) -> Result<(), ApiError> {
    if account::vod_active(call.vod_region) {
        Ok(())
    } else {
        Err(ApiError::new(
            403,
            VOD_NOT_ACTIVATED,
            format!("ApsaraVideo VOD is not activated in {}.", call.vod_region),
        ))
    }
}

fn group_json(call: &Call<'_>, group: &TemplateGroup) -> Value {
    json!({
        "TranscodeTemplateGroupId": group.id,
        "Name": group.name,
        "IsDefault": if group.default { "Default" } else { "NotDefault" },
        "Locked": "Disabled",
        "AppId": call.get("AppId").unwrap_or("app-1000000"),
        "CreationTime": "2026-01-05T08:00:00Z",
        "ModifyTime": "2026-01-05T08:00:00Z",
    })
}

fn list_groups(call: &Call<'_>) -> Result<Value, ApiError> {
    if call.get("AppId").is_some_and(|a| a != "app-1000000") {
        return Err(invalid("AppId"));
    }
    let groups: Vec<Value> = account::template_groups(call.vod_region)
        .iter()
        .map(|g| group_json(call, g))
        .collect();
    Ok(json!({
        "RequestId": call.request_id,
        "TranscodeTemplateGroupList": groups,
        "Sandbox": true,
    }))
}

fn get_group(call: &Call<'_>) -> Result<Value, ApiError> {
    let wanted = call.get("TranscodeTemplateGroupId").unwrap_or_default();
    let Some(group) = account::template_groups(call.vod_region)
        .iter()
        .find(|g| g.id == wanted)
    else {
        return Err(ApiError::new(
            404,
            TEMPLATE_GROUP_NOT_FOUND,
            "The specified TranscodeTemplateGroupId does not exist.",
        ));
    };
    let mut answer = group_json(call, group);
    let templates = if group.id == super::world::NO_TRANSCODE_GROUP {
        Vec::new()
    } else {
        ["HD", "SD"]
            .into_iter()
            .map(|definition| {
                json!({
                    "TranscodeTemplateId": format!("{}-{}", group.id, definition.to_lowercase()),
                    "TemplateName": definition,
                    "Definition": definition,
                    "Type": "Normal",
                    "Container": "{\"Format\":\"m3u8\"}",
                    "Video": "{\"Codec\":\"H.264\"}",
                    "Audio": "{\"Codec\":\"AAC\"}",
                    "WatermarkIds": [],
                })
            })
            .collect()
    };
    answer["TranscodeTemplateList"] = Value::Array(templates);
    Ok(json!({
        "RequestId": call.request_id,
        "TranscodeTemplateGroup": answer,
        "Sandbox": true,
    }))
}

/// The videos recording produced (see [`super::streams`]): one for each cycle of each live
/// stream a config records, in the call's region where VOD is activated there.
fn record_videos(call: &Call<'_>) -> Result<Value, ApiError> {
    let (from, to) = (call.time("StartTime"), call.time("EndTime"));
    if from.zip(to).is_some_and(|(from, to)| to <= from) {
        return Err(invalid("EndTime"));
    }
    let mut videos: Vec<(chrono::DateTime<chrono::Utc>, Value)> = Vec::new();
    for made in call.simulation.recordings(call.configs) {
        let (domain, app, stream) = (&made.push.domain, &made.push.app, &made.push.stream);
        let in_region = account::domain(domain).is_some_and(|d| d.region == call.vod_region);
        let wanted = |name: &str, value: &str| call.get(name).is_none_or(|want| want == value);
        let in_range = from.is_none_or(|f| made.start >= f) && to.is_none_or(|t| made.start <= t);
        let matches =
            wanted("DomainName", domain) && wanted("AppName", app) && wanted("StreamName", stream);
        if !(in_region && matches && in_range) {
            continue;
        }
        let seconds = (made.end - made.start).num_seconds().max(1);
        let id = format!(
            "sandbox-{}-{}",
            hex::encode(format!("{domain}/{app}/{stream}")),
            made.start.timestamp()
        );
        let video = json!({
            "DomainName": domain,
            "AppName": app,
            "StreamName": stream,
            "PlaylistId": format!("{id}-playlist"),
            "RecordStartTime": time(made.start),
            "RecordEndTime": time(made.end),
            "Video": {
                "VideoId": id,
                "Title": format!("{app}/{stream} {}", time(made.start)),
                "Status": "Normal",
                "Duration": seconds as f64,
                "Size": seconds * 500_000,
                "CreationTime": time(made.end),
                "ModifyTime": time(made.end),
                "CateId": 0,
                "CateName": "",
                "CoverURL": "",
                "TemplateGroupId": made.config.vod_transcode_group_id,
                "Tags": "",
                "Description": "",
                "Snapshots": { "Snapshot": [] },
            },
        });
        videos.push((made.start, video));
    }
    videos.sort_by_key(|(begun, _)| *begun);
    if call.get("SortBy") != Some("CreationTime:Asc") {
        videos.reverse();
    }
    let videos: Vec<Value> = videos.into_iter().map(|(_, v)| v).collect();
    let (page, _) = call.paged(&videos);
    Ok(json!({
        "RequestId": call.request_id,
        "Total": videos.len(),
        "LiveRecordVideoList": { "LiveRecordVideo": page },
        "Sandbox": true,
        "SandboxNow": time(call.now),
    }))
}
