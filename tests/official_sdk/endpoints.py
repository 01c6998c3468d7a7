"""Prints, as one JSON object, the endpoint an official SDK (Live, or VOD with the argument
`vod`) chooses for every region of its endpoint table, and for a few regions outside it:
{"table": {...}, "outside": {...}}."""
import inspect
import json
import re
import sys

from alibabacloud_tea_openapi import models as open_api_models

if len(sys.argv) > 1 and sys.argv[1] == "vod":
    from alibabacloud_vod20170321.client import Client
else:
    from alibabacloud_live20161101.client import Client

source = inspect.getsource(Client.__init__)
start = source.index("_endpoint_map")
table = re.findall(r"'([a-z0-9-]+)': '([a-z0-9.-]+)'", source[start:source.index("}", start)])


def chosen(region):
    config = open_api_models.Config(access_key_id="id", access_key_secret="secret", region_id=region)
    return Client(config)._endpoint


print(json.dumps({
    "table": {region: chosen(region) for region, _ in table},
    "outside": {region: chosen(region) for region in ["cn-nanjing", "ap-northeast-3", "xx-test-9"]},
}))
