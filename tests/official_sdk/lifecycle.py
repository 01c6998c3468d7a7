"""The whole record-to-VOD lifecycle on the sandbox with Alibaba Cloud's official Python SDK:
add, list shows it, update changes CycleDuration, list shows the change, delete, list is empty.

Usage: lifecycle.py BASE_URL
Prints one JSON line: {"ok": true, "steps": [...]} or {"ok": false, "step": ..., "error": ...}.
"""
import json
import sys
from urllib.parse import urlparse

from alibabacloud_live20161101.client import Client
from alibabacloud_live20161101 import models
from alibabacloud_tea_openapi import models as open_api_models

base = urlparse(sys.argv[1])
client = Client(open_api_models.Config(
    access_key_id="LTAI5tSandboxDemoKey0001",
    access_key_secret="SandboxDemoSecret000000000001",
    endpoint=base.netloc,
    protocol=base.scheme,
    region_id="cn-shanghai",
))
DOMAIN, APP, STREAM = "channel-04.example.com", "app", "cam"
steps = []


def listed():
    body = client.describe_live_record_vod_configs(models.DescribeLiveRecordVodConfigsRequest(
        region_id="cn-shanghai", domain_name=DOMAIN, page_num=1, page_size=10)).body
    configs = body.live_record_vod_configs.live_record_vod_config or []
    return int(body.total), [(c.app_name, c.stream_name, c.cycle_duration) for c in configs]


step = "start"
try:
    step = "add"
    client.add_live_record_vod_config(models.AddLiveRecordVodConfigRequest(
        region_id="cn-shanghai", domain_name=DOMAIN, app_name=APP, stream_name=STREAM,
        vod_transcode_group_id="VOD_NO_TRANSCODE", cycle_duration=3600))
    step = "list after add"
    steps.append({"step": step, "result": listed()})
    step = "update"
    client.update_live_record_vod_config(models.UpdateLiveRecordVodConfigRequest(
        region_id="cn-shanghai", domain_name=DOMAIN, app_name=APP, stream_name=STREAM,
        cycle_duration=600))
    step = "list after update"
    steps.append({"step": step, "result": listed()})
    step = "delete"
    client.delete_live_record_vod_config(models.DeleteLiveRecordVodConfigRequest(
        region_id="cn-shanghai", domain_name=DOMAIN, app_name=APP, stream_name=STREAM))
    step = "list after delete"
    steps.append({"step": step, "result": listed()})
    print(json.dumps({"ok": True, "steps": steps}))
except Exception as e:  # the SDK raises TeaException with .code
    print(json.dumps({"ok": False, "step": step, "code": getattr(e, "code", None),
                      "error": str(e)[:500], "steps": steps}))
