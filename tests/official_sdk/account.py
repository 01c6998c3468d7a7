"""Calls every operation that reads the account (Live and VOD) on the sandbox with Alibaba
Cloud's official Python SDKs, and prints, as one JSON object, the fields it read from each
answer through the SDKs' own models (a shape the SDK cannot parse gives body=None).

Usage: account.py BASE_URL
"""
import datetime
import json
import sys
import time
from urllib.parse import urlparse

from alibabacloud_live20161101 import models as live_models
from alibabacloud_live20161101.client import Client as LiveClient
from alibabacloud_tea_openapi import models as open_api_models
from alibabacloud_vod20170321 import models as vod_models
from alibabacloud_vod20170321.client import Client as VodClient

base = urlparse(sys.argv[1])
config = open_api_models.Config(
    access_key_id="LTAI5tSandboxDemoKey0001",
    access_key_secret="SandboxDemoSecret000000000001",
    endpoint=base.netloc,
    protocol=base.scheme,
    region_id="cn-shanghai",
)
live = LiveClient(config)
vod = VodClient(config)
out = {}


def step(name, call):
    try:
        out[name] = call()
    except Exception as e:  # the SDK raises TeaException with .code
        out[name] = {"error": getattr(e, "code", None) or str(e)[:300]}


def domains(page):
    body = live.describe_live_user_domains(
        live_models.DescribeLiveUserDomainsRequest(page_number=page, page_size=50)
    ).body
    return {
        "total": body.total_count,
        "page": body.page_number,
        "names": [d.domain_name for d in body.domains.page_data],
        "types": sorted({d.live_domain_type for d in body.domains.page_data}),
        "regions": {d.domain_name: d.region_name for d in body.domains.page_data},
        "status": {d.domain_name: d.live_domain_status for d in body.domains.page_data},
    }


step("domains_page_1", lambda: domains(1))
step("domains_page_2", lambda: domains(2))


def detail(name):
    d = live.describe_live_domain_detail(
        live_models.DescribeLiveDomainDetailRequest(domain_name=name)
    ).body.domain_detail
    return {"region": d.region, "status": d.domain_status, "type": d.live_domain_type}


step("detail", lambda: detail("sg.example.com"))
step("detail_missing", lambda: detail("not-mine.example.com"))


def mapping(name):
    body = live.describe_live_domain_mapping(
        live_models.DescribeLiveDomainMappingRequest(domain_name=name)
    ).body
    return [[m.domain_name, m.type] for m in body.live_domain_models.live_domain_model]


step("mapping", lambda: mapping("live.example.com"))


def online():
    body = live.describe_live_streams_online_list(
        live_models.DescribeLiveStreamsOnlineListRequest(domain_name="live.example.com")
    ).body
    return {
        "total": body.total_num,
        "pages": body.total_page,
        "streams": [
            [s.app_name, s.stream_name, s.publish_domain]
            for s in body.online_info.live_stream_online_info
        ],
    }


step("online", online)


def published():
    now = datetime.datetime.now(datetime.timezone.utc)
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    body = live.describe_live_streams_publish_list(
        live_models.DescribeLiveStreamsPublishListRequest(
            domain_name="live.example.com",
            start_time=(now - datetime.timedelta(days=7)).strftime(fmt),
            end_time=now.strftime(fmt),
        )
    ).body
    return {
        "page": body.page_num,
        "total": body.total_num,
        "streams": sorted(
            [s.app_name, s.stream_name, bool(s.stop_time)]
            for s in body.publish_info.live_stream_publish_info
        ),
    }


step("published", published)


def oss_records():
    body = live.describe_live_record_config(
        live_models.DescribeLiveRecordConfigRequest(domain_name="recorded.sandbox.example.com")
    ).body
    return [[r.app_name, r.oss_bucket] for r in body.live_app_record_list.live_app_record]


step("oss_records", oss_records)


def groups():
    body = vod.list_transcode_template_group(vod_models.ListTranscodeTemplateGroupRequest()).body
    return [[g.transcode_template_group_id, g.name, g.is_default] for g in body.transcode_template_group_list]


step("groups", groups)


def group(group_id):
    g = vod.get_transcode_template_group(
        vod_models.GetTranscodeTemplateGroupRequest(transcode_template_group_id=group_id)
    ).body.transcode_template_group
    return {"id": g.transcode_template_group_id, "templates": len(g.transcode_template_list)}


step("group", lambda: group("sandbox-group"))
step("group_other_region", lambda: group("beijing-group"))

def videos():
    live.add_live_record_vod_config(
        live_models.AddLiveRecordVodConfigRequest(
            domain_name="live.example.com",
            app_name="live",
            vod_transcode_group_id="VOD_NO_TRANSCODE",
            cycle_duration=300,
        )
    )
    # The sandbox runs 600 times faster: a 300 s cycle ends every half second.
    deadline = time.time() + 20
    while True:
        body = vod.list_live_record_video(
            vod_models.ListLiveRecordVideoRequest(domain_name="live.example.com", page_size=10)
        ).body
        found = body.live_record_video_list.live_record_video
        streams = sorted({v.stream_name for v in found})
        if len(streams) >= 2 or time.time() > deadline:
            break
        time.sleep(0.2)
    return {
        "total_at_least_two": body.total >= 2,
        "streams": streams,
        "all_normal_with_a_duration": all(
            v.video.status == "Normal" and v.video.duration > 0 for v in found
        ),
    }


step("videos", videos)

print(json.dumps(out))
