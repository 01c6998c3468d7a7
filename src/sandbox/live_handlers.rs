//! The sandbox's answers to the Live operations that read the account (domains, mappings,
//! streams, general recording), in the shapes the official SDK parses.

use super::account::{self, Domain, DomainType};
use super::query::{Call, domain_not_found, invalid, time};
use super::reply::ApiError;
use super::streams::Push;
use super::world::COMMON_RECORD_CONFIG;
use serde_json::{Value, json};

/// The answer to `call`, or `None` when its action is not one of these.
pub fn answer(call: &Call<'_>) -> Option<Result<Value, ApiError>> {
    let handler: fn(&Call<'_>) -> Result<Value, ApiError> = match call.description.action {
        "DescribeLiveUserDomains" => user_domains,
        "DescribeLiveDomainDetail" => domain_detail,
        "DescribeLiveDomainMapping" => domain_mapping,
        "DescribeLiveStreamsOnlineList" => streams_online,
        "DescribeLiveStreamsPublishList" => streams_published,
        "DescribeLiveRecordConfig" => record_configs,
        _ => return None,
    };
    Some(call.check().and_then(|()| handler(call)))
}

/// The domain the call names, when the account has it.
fn named_domain(call: &Call<'_>) -> Result<&'static Domain, ApiError> {
    call.get("DomainName")
        .and_then(account::domain)
        .ok_or_else(domain_not_found)
}

/// Every item wrapped as the paged answers say it: page fields around a one-key container.
fn paged_answer(call: &Call<'_>, items: &[Value], container: (&str, &str)) -> Value {
    let (page, pages) = call.paged(items);
    let (page_num, page_size) = call.page();
    json!({
        "RequestId": call.request_id,
        "PageNum": page_num,
        "PageSize": page_size,
        "TotalNum": items.len(),
        "TotalPage": pages,
        container.0: { container.1: page },
        "Sandbox": true,
    })
}

fn user_domains(call: &Call<'_>) -> Result<Value, ApiError> {
    let search = call.get("DomainSearchType").unwrap_or("fuzzy_match");
    let name_matches = |d: &Domain| match call.get("DomainName") {
        None => true,
        Some(want) => match search {
            "full_match" => d.name == want,
            "pre_match" => d.name.starts_with(want),
            "suf_match" => d.name.ends_with(want),
            _ => d.name.contains(want),
        },
    };
    let items: Vec<Value> = account::domains()
        .iter()
        .filter(|d| {
            call.get("LiveDomainType")
                .is_none_or(|t| d.kind.api_name() == t)
        })
        .filter(|d| call.get("DomainStatus").is_none_or(|s| d.status == s))
        .filter(|d| call.get("RegionName").is_none_or(|r| d.region == r))
        .filter(|d| name_matches(d))
        .map(|d| {
            json!({
                "DomainName": d.name,
                "LiveDomainType": d.kind.api_name(),
                "LiveDomainStatus": d.status,
                "RegionName": d.region,
                "Cname": format!("{}.w.alikunlun.com", d.name),
                "Description": "",
                "GmtCreated": "2026-01-05T08:00:00Z",
                "GmtModified": "2026-01-05T08:00:00Z",
                "ResourceGroupId": "rg-sandbox",
            })
        })
        .collect();
    let (page, _) = call.paged(&items);
    let (page_number, page_size) = call.page();
    Ok(json!({
        "RequestId": call.request_id,
        "PageNumber": page_number,
        "PageSize": page_size,
        "TotalCount": items.len(),
        "Domains": { "PageData": page },
        "Sandbox": true,
    }))
}

fn domain_detail(call: &Call<'_>) -> Result<Value, ApiError> {
    let d = named_domain(call)?;
    let scope = if d.region.starts_with("cn-") {
        "domestic"
    } else {
        "overseas"
    };
    Ok(json!({
        "RequestId": call.request_id,
        "DomainDetail": {
            "DomainName": d.name,
            "LiveDomainType": d.kind.api_name(),
            "DomainStatus": d.status,
            "Region": d.region,
            "Scope": scope,
            "Cname": format!("{}.w.alikunlun.com", d.name),
            "SSLProtocol": "off",
            "Description": "",
            "GmtCreated": "2026-01-05T08:00:00Z",
            "GmtModified": "2026-01-05T08:00:00Z",
            "ResourceGroupId": "rg-sandbox",
        },
        "Sandbox": true,
    }))
}

fn domain_mapping(call: &Call<'_>) -> Result<Value, ApiError> {
    let d = named_domain(call)?;
    let models: Vec<Value> = account::mapped_domains(&d.name)
        .into_iter()
        .map(|(name, kind)| json!({ "DomainName": name, "Type": kind }))
        .collect();
    Ok(json!({
        "RequestId": call.request_id,
        "LiveDomainModels": { "LiveDomainModel": models },
        "Sandbox": true,
    }))
}

/// The pushes to the call's streaming domain, filtered by AppName and StreamName (StreamName
/// fuzzy unless QueryType is strict).
fn streams_of(call: &Call<'_>, domain: &Domain) -> Vec<Push> {
    let app = call.get("AppName");
    let stream = call.get("StreamName");
    let strict = call.get("QueryType") == Some("strict");
    call.simulation
        .pushes()
        .into_iter()
        .filter(|p| p.domain == domain.name)
        .filter(|p| app.is_none_or(|want| p.app == want))
        .filter(|p| {
            stream.is_none_or(|want| {
                if strict {
                    p.stream == want
                } else {
                    p.stream.contains(want)
                }
            })
        })
        .collect()
}

/// The domain the streams of a call are pushed under: an ingest domain stands for the
/// streaming domain it feeds.
fn streaming_domain_of(call: &Call<'_>) -> Result<(&'static Domain, String), ApiError> {
    let d = named_domain(call)?;
    let streaming = match d.kind {
        DomainType::Streaming => d,
        DomainType::Ingest => account::mapped_domains(&d.name)
            .first()
            .and_then(|(name, _)| account::domain(name))
            .unwrap_or(d),
    };
    let ingest = account::mapped_domains(&streaming.name)
        .into_iter()
        .find(|(_, kind)| *kind == "publish")
        .map_or_else(|| streaming.name.clone(), |(name, _)| name.to_string());
    Ok((streaming, ingest))
}

fn streams_online(call: &Call<'_>) -> Result<Value, ApiError> {
    let (domain, ingest) = streaming_domain_of(call)?;
    let items: Vec<Value> = streams_of(call, domain)
        .into_iter()
        .filter(|p| p.until.is_none())
        .map(|p| {
            let (d, app, stream) = (&p.domain, &p.app, &p.stream);
            json!({
                "DomainName": d,
                "AppName": app,
                "StreamName": stream,
                "PublishTime": time(p.since),
                "PublishUrl": format!("rtmp://{ingest}/{app}/{stream}"),
                "PublishDomain": ingest,
                "PublishType": "edge",
                "Transcoded": "no",
                "ClientIp": "192.0.2.10",
                "ServerIp": "198.51.100.20",
                "FrameRate": 30,
                "Width": 1920,
                "Height": 1080,
                "VideoDataRate": 4000,
                "AudioDataRate": 128,
                "VideoCodecId": 7,
                "AudioCodecId": 10,
            })
        })
        .collect();
    let mut answer = paged_answer(call, &items, ("OnlineInfo", "LiveStreamOnlineInfo"));
    answer["SandboxNow"] = time(call.now).into();
    Ok(answer)
}

fn streams_published(call: &Call<'_>) -> Result<Value, ApiError> {
    let parse = |name: &str| call.time(name).ok_or_else(|| invalid(name));
    let (start, end) = (parse("StartTime")?, parse("EndTime")?);
    if end <= start || end - start > chrono::Duration::days(30) {
        return Err(invalid("EndTime"));
    }
    let (domain, ingest) = streaming_domain_of(call)?;
    let mut items: Vec<(chrono::DateTime<chrono::Utc>, Value)> = streams_of(call, domain)
        .into_iter()
        .map(|p| {
            let (d, app, stream) = (&p.domain, &p.app, &p.stream);
            let (began, stopped) = (p.since, p.until);
            let info = json!({
                "DomainName": d,
                "AppName": app,
                "StreamName": stream,
                "StreamUrl": format!("rtmp://{d}/{app}/{stream}"),
                "PublishTime": time(began),
                "StopTime": stopped.map(time).unwrap_or_default(),
                "PublishUrl": format!("rtmp://{ingest}/{app}/{stream}"),
                "PublishDomain": ingest,
                "PublishType": "edge",
                "ClientAddr": "192.0.2.10",
                "EdgeNodeAddr": "198.51.100.20",
                "Transcoded": "no",
            });
            (began, info)
        })
        .filter(|(began, _)| *began >= start && *began <= end)
        .collect();
    items.sort_by_key(|(began, _)| *began);
    if call.get("OrderBy") != Some("publish_time_asc") && call.get("OrderBy").is_some() {
        items.reverse();
    }
    let items: Vec<Value> = items.into_iter().map(|(_, v)| v).collect();
    Ok(paged_answer(
        call,
        &items,
        ("PublishInfo", "LiveStreamPublishInfo"),
    ))
}

fn record_configs(call: &Call<'_>) -> Result<Value, ApiError> {
    let d = named_domain(call)?;
    let items: Vec<Value> = [COMMON_RECORD_CONFIG]
        .into_iter()
        .filter(|(domain, _)| *domain == d.name)
        .filter(|(_, app)| call.get("AppName").is_none_or(|want| *app == want))
        .map(|(domain, app)| {
            json!({
                "DomainName": domain,
                "AppName": app,
                "StreamName": "",
                "OssBucket": "sandbox-records",
                "OssEndpoint": "oss-cn-shanghai.aliyuncs.com",
                "CreateTime": "2026-01-05T08:00:00Z",
                "OnDemond": 0,
                "RecordFormatList": { "RecordFormat": [{
                    "Format": "m3u8",
                    "CycleDuration": 3600,
                    "OssObjectPrefix": "record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}",
                    "SliceOssObjectPrefix": "record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}",
                }]},
            })
        })
        .collect();
    let mut answer = paged_answer(call, &items, ("LiveAppRecordList", "LiveAppRecord"));
    answer["Order"] = json!(call.get("Order").unwrap_or("asc"));
    Ok(answer)
}
