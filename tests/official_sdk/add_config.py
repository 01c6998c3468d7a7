"""Calls AddLiveRecordVodConfig on the sandbox with Alibaba Cloud's official Python SDK.

Usage: add_config.py BASE_URL STREAM_NAME [v3|v1-unused] [sts]
Prints one JSON line: {"ok": true, "request_id": ...} or {"ok": false, "code": ...}.
"""
import json
import sys
from urllib.parse import urlparse

from alibabacloud_live20161101.client import Client
from alibabacloud_live20161101 import models
from alibabacloud_tea_openapi import models as open_api_models

base = urlparse(sys.argv[1])
stream = sys.argv[2]
sts = len(sys.argv) > 3 and sys.argv[3] == "sts"

config = open_api_models.Config(
    access_key_id="STS.SandboxDemoStsKey0001" if sts else "LTAI5tSandboxDemoKey0001",
    access_key_secret="SandboxDemoStsSecret00000001" if sts else "SandboxDemoSecret000000000001",
    security_token="SandboxDemoSecurityToken0001" if sts else None,
    endpoint=base.netloc,
    protocol=base.scheme,
    region_id="cn-shanghai",
)
client = Client(config)
request = models.AddLiveRecordVodConfigRequest(
    region_id="cn-shanghai",
    domain_name="channel-05.example.com",
    app_name="app",
    stream_name=stream,
    vod_transcode_group_id="VOD_NO_TRANSCODE",
    cycle_duration=3600,
    storage_location="outin-sandbox.oss-cn-shanghai.aliyuncs.com",
)
try:
    response = client.add_live_record_vod_config(request)
    print(json.dumps({"ok": True, "request_id": response.body.request_id}))
except Exception as e:  # the SDK raises TeaException with .code
    print(json.dumps({"ok": False, "code": getattr(e, "code", None), "message": str(e)[:500]}))
