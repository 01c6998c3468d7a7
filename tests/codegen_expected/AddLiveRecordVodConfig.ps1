# AddLiveRecordVodConfig — credentials from the aliyun CLI's default profile or its environment variables
aliyun live AddLiveRecordVodConfig `
  --RegionId cn-shanghai `
  --DomainName live.example.com `
  --AppName app `
  --StreamName stream `
  --VodTranscodeGroupId VOD_NO_TRANSCODE `
  --CycleDuration 3600
