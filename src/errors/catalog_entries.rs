//! The catalog's entries: each error code with its title, explanation and next step, as data.
//! `{action}`, `{domain}` and `{region}` are filled in from the call by `catalog`.

pub(super) struct Entry {
    pub(super) code: &'static str,
    pub(super) title: &'static str,
    pub(super) explanation: &'static str,
    pub(super) next_step: &'static str,
    pub(super) permission: bool,
}

const fn entry(
    code: &'static str,
    title: &'static str,
    explanation: &'static str,
    next_step: &'static str,
) -> Entry {
    Entry {
        code,
        title,
        explanation,
        next_step,
        permission: false,
    }
}

const fn permission(code: &'static str, title: &'static str, explanation: &'static str) -> Entry {
    Entry {
        code,
        title,
        explanation,
        next_step: "Ask your Alibaba Cloud administrator to attach the RAM policy below to your RAM user or role, then try again.",
        permission: true,
    }
}

/// Every code the program explains. `{domain}` and `{region}` are filled from the context.
pub(super) const CATALOG: &[Entry] = &[
    // The operation's own errors (reference page).
    entry(
        "ConfigAlreadyExists",
        "A recording config already exists",
        "{domain} already has a record-to-VOD config for this app and stream, so nothing was changed.",
        "Nothing to do if the existing config is what you want. To change it, show the existing config and update it instead, or use a different stream name.",
    ),
    entry(
        "InvalidConfig.NotFound",
        "There is no such recording config",
        "{domain} has no record-to-VOD config for this app and stream, so there was nothing to change or delete.",
        "List the domain's configs to see which exist; check the app and stream names (an empty stream name means the config for every stream of the app).",
    ),
    entry(
        "CommomLiveRcordConfigExisted",
        "A general recording config already exists",
        "{domain} already has a general live recording config for this app (recording to OSS), and it conflicts with recording to VOD.",
        "Remove the existing recording config for this app in the ApsaraVideo Live console (Feature Management > Recording), then try again.",
    ),
    entry(
        "InvalidAutoCompose.Malformed",
        "Auto compose has a wrong value",
        "The service only accepts ON for Auto compose, or no value at all.",
        "Set Auto compose to ON, or leave it empty to turn it off.",
    ),
    entry(
        "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
        "Auto compose and its group must go together",
        "Auto compose and the compose transcoding group ID must both be set or both be empty.",
        "Either turn Auto compose on and enter a compose transcoding group ID, or clear both.",
    ),
    entry(
        "InternalError",
        "The service had an internal error",
        "ApsaraVideo Live failed while processing the request. This is a problem on Alibaba Cloud's side, not in your input.",
        "Wait a minute and try again. If it keeps happening, open a ticket with Alibaba Cloud and quote the RequestId.",
    ),
    entry(
        "InvalidRegion.Conflict",
        "Storage and region do not match",
        "The storage location is in a different region from the request's region ({region}).",
        "Use a storage location in the same region as the request, or change the region to the storage's region.",
    ),
    entry(
        "InvalidStorage.NotFound",
        "Storage location not found",
        "The service does not know the storage location you entered in {region}.",
        "Check the storage address in the ApsaraVideo VOD console (Configuration Management > Media Asset Management > Storage) and copy it exactly.",
    ),
    entry(
        "InvalidTemplateGroupId.NotFound",
        "Transcoding template group not found",
        "The VOD transcoding group ID, or the compose transcoding group ID, does not exist in {region}.",
        "Copy the group ID from the ApsaraVideo VOD console (Configuration Management > Media Processing > Transcoding Template Groups), or use VOD_NO_TRANSCODE.",
    ),
    // Platform-wide errors any signed call can meet.
    entry(
        "MissingParameter",
        "A required field is missing",
        "The service did not receive a field it needs.",
        "Fill in every required field (domain, app name, VOD transcoding group ID) and try again.",
    ),
    entry(
        "InvalidParameter",
        "A field has a value the service does not accept",
        "One of the fields has a value in a form the service rejects.",
        "Check the message below for the field's name, correct it, and try again.",
    ),
    entry(
        "InvalidAccessKeyId.NotFound",
        "AccessKey ID not recognised",
        "Alibaba Cloud does not know this AccessKey ID. It may be mistyped, deleted, or from another site (China vs. international).",
        "Copy the AccessKey ID again from the RAM console (AccessKey management) and update your profile.",
    ),
    entry(
        "InvalidAccessKeyId.Inactive",
        "AccessKey is disabled",
        "This AccessKey exists but has been disabled in the RAM console.",
        "Enable the AccessKey in the RAM console, or create a new one and update your profile.",
    ),
    entry(
        "SignatureDoesNotMatch",
        "AccessKey secret does not match",
        "The service computed a different signature. Usually the secret was mistyped or belongs to another key; sometimes a proxy or gateway between you and Alibaba Cloud rewrote the request (its query, headers or host) after it was signed.",
        "Copy the AccessKey secret again (without spaces) and update your profile; if you lost it, create a new AccessKey. If the secret is right, compare the service's string to sign with ours below, and send without the proxy or gateway.",
    ),
    entry(
        "IncompleteSignature",
        "The request's signature is incomplete",
        "The signature information sent with the request was missing or malformed.",
        "Try again. If it keeps happening with the V3 signature, switch the signature method to V1 in the advanced settings and report the problem.",
    ),
    entry(
        "InvalidTimeStamp.Expired",
        "Your computer's clock is off",
        "The request's time differs from Alibaba Cloud's by more than 15 minutes, so it was refused as stale.",
        "Set your computer's clock to update automatically (network time), then try again.",
    ),
    entry(
        "InvalidTimeStamp.Format",
        "The request's time is malformed",
        "The service could not read the time sent with the request.",
        "Try again. If it keeps happening, check your computer's clock and time zone settings.",
    ),
    entry(
        "SignatureNonceUsed",
        "The request was sent twice",
        "The service saw this exact request before (its one-time number was reused), so it refused the copy.",
        "Submit again: each new submission gets a fresh one-time number. Check the history to see if the earlier one succeeded.",
    ),
    entry(
        "InvalidSecurityToken.Expired",
        "Temporary credentials expired",
        "The STS security token of this profile has expired.",
        "Get a new STS token (AccessKey ID, secret and token together) and update the profile.",
    ),
    entry(
        "InvalidSecurityToken.Malformed",
        "Security token not valid",
        "The STS security token is malformed or does not belong to this AccessKey ID.",
        "Copy the AccessKey ID, secret and security token again, all three from the same AssumeRole answer.",
    ),
    entry(
        "InvalidSecurityToken.MismatchWithAccessKey",
        "Security token belongs to another key",
        "The STS security token was issued with a different AccessKey ID.",
        "Copy the AccessKey ID, secret and security token again, all three from the same AssumeRole answer.",
    ),
    entry(
        "Throttling",
        "Too many requests",
        "The service is limiting how fast requests are accepted right now.",
        "Wait a minute and try again. The limit is 1,000 calls per minute per account.",
    ),
    entry(
        "Throttling.User",
        "Too many requests from your account",
        "Your account sent more than 1,000 calls per minute to this operation, so the service paused accepting them.",
        "Wait a minute and try again. Other programs using the same account count toward the limit too.",
    ),
    entry(
        "Throttling.Api",
        "The operation is busy",
        "Too many calls to this operation across Alibaba Cloud right now.",
        "Wait a minute and try again.",
    ),
    permission(
        "Forbidden.RAM",
        "Permission needed",
        "Your RAM user or role is not allowed to call {action} for {domain}.",
    ),
    permission(
        "NoPermission",
        "Permission needed",
        "Your RAM user or role is not allowed to call {action} for {domain}.",
    ),
    permission(
        "Forbidden.NoPermission",
        "Permission needed",
        "Your RAM user or role is not allowed to call {action} for {domain}.",
    ),
    entry(
        "InvalidDomain.NotFound",
        "The streaming domain was not found",
        "{domain} is not a streaming domain of this account, or it is not in {region}.",
        "Check the domain's spelling, that it was added in the ApsaraVideo Live console (Domain Names), and that the region matches the domain's live center.",
    ),
    entry(
        "IllegalOperation",
        "The service refused this operation",
        "The service does not allow this operation on {domain} in its current state, for example while the domain is being configured, disabled or locked.",
        "Check the domain's status in the ApsaraVideo Live console; if it is offline or being configured, wait until it is online, then try again.",
    ),
    entry(
        "MissingSecurityToken",
        "The STS security token is missing",
        "This AccessKey ID is a temporary (STS) one, and those need their security token with every request. The token is part of the credentials, not a form field.",
        "Edit the profile and paste the security token that came with this STS AccessKey (or set ALIBABA_CLOUD_SECURITY_TOKEN); if it has expired, get new STS credentials.",
    ),
    entry(
        "InvalidIdentity.ServiceDisabled",
        "The account cannot use this service",
        "Alibaba Cloud has disabled ApsaraVideo Live for this account, for example for an overdue payment or an unfinished real-name verification.",
        "Sign in to the Alibaba Cloud console as the account owner, settle any overdue bill and complete the verification, then try again.",
    ),
    entry(
        "Forbidden.RiskControl",
        "Stopped by Alibaba Cloud's risk control",
        "Alibaba Cloud's risk control blocked this request from this account or network.",
        "Try again later from your usual network; if it keeps happening, open a ticket with Alibaba Cloud support and give the RequestId.",
    ),
    entry(
        "InvalidApi.NotFound",
        "The service does not know this API",
        "The endpoint did not recognise the operation; the request may have gone to the wrong product or region endpoint.",
        "Check the region and any custom endpoint: it should be an ApsaraVideo Live endpoint such as live.aliyuncs.com.",
    ),
    entry(
        "InvalidSignatureMethod",
        "The signature method is not accepted",
        "The service does not accept the signature method this request used.",
        "Switch the signature method (Advanced) to V3 (ACS3-HMAC-SHA256), the recommended one, and send again.",
    ),
    entry(
        "UnsupportedHTTPMethod",
        "The HTTP method is not accepted",
        "The service refused the request's HTTP method; a proxy or gateway may have changed it.",
        "Send without the proxy or gateway, or ask its administrator to pass POST requests through unchanged.",
    ),
    permission(
        "Forbidden",
        "Permission needed",
        "The service refused the call for this identity on {domain}.",
    ),
    entry(
        "ServiceUnavailable",
        "The service is unavailable",
        "ApsaraVideo Live is temporarily unavailable.",
        "Wait a few minutes and try again. Check the Alibaba Cloud status page if it lasts.",
    ),
    entry(
        "InvalidAction.NotFound",
        "Operation not found at this endpoint",
        "The endpoint does not offer AddLiveRecordVodConfig. The endpoint or region may be wrong.",
        "Check the region, and the custom endpoint if you set one.",
    ),
    entry(
        "InvalidVersion",
        "API version not supported",
        "The endpoint does not support API version 2016-11-01.",
        "Check the custom endpoint; it should be an ApsaraVideo Live endpoint.",
    ),
    entry(
        "Forbidden.AccountNotActivated",
        "ApsaraVideo Live is not activated",
        "This account has not activated ApsaraVideo Live, or the live-to-VOD feature is not available to it (Finance Cloud accounts do not support it).",
        "Activate ApsaraVideo Live and ApsaraVideo VOD in the console, in the region of your streaming domain.",
    ),
];
