"""Changes a config behind the program's back, as the console would: the official Python SDK
updates the CycleDuration of live.example.com/live/STREAM on the sandbox, then prints
{"ok": true} (or the error).

Usage: drift.py BASE_URL STREAM CYCLE
"""
import json
import sys
from urllib.parse import urlparse

from alibabacloud_live20161101 import models as live_models
from alibabacloud_live20161101.client import Client as LiveClient
from alibabacloud_tea_openapi import models as open_api_models

base = urlparse(sys.argv[1])
live = LiveClient(
    open_api_models.Config(
        access_key_id="LTAI5tSandboxDemoKey0001",
        access_key_secret="SandboxDemoSecret000000000001",
        endpoint=base.netloc,
        protocol=base.scheme,
        region_id="cn-shanghai",
    )
)
try:
    live.update_live_record_vod_config(
        live_models.UpdateLiveRecordVodConfigRequest(
            domain_name="live.example.com",
            app_name="live",
            stream_name=sys.argv[2],
            cycle_duration=int(sys.argv[3]),
        )
    )
    print(json.dumps({"ok": True}))
except Exception as e:  # the SDK raises TeaException with .code
    print(json.dumps({"ok": False, "error": getattr(e, "code", None) or str(e)[:300]}))
