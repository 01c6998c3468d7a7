# DeleteLiveRecordVodConfig — credentials from the aliyun CLI's default profile or its environment variables
aliyun live DeleteLiveRecordVodConfig `
  --RegionId cn-shanghai `
  --DomainName live.example.com `
  --AppName app `
  --StreamName stream
