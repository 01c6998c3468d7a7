REM UpdateLiveRecordVodConfig — credentials from the aliyun CLI profile "work"
aliyun live UpdateLiveRecordVodConfig ^
  --RegionId cn-shanghai ^
  --DomainName live.example.com ^
  --AppName app ^
  --StreamName stream ^
  --VodTranscodeGroupId VOD_NO_TRANSCODE ^
  --CycleDuration 3600 ^
  --DelayTime 120 ^
  --profile work
