REM DescribeLiveRecordVodConfigs — credentials from the aliyun CLI's default profile or its environment variables
aliyun live DescribeLiveRecordVodConfigs ^
  --RegionId cn-shanghai ^
  --DomainName live.example.com ^
  --AppName app ^
  --StreamName stream ^
  --PageNum 1 ^
  --PageSize 10
