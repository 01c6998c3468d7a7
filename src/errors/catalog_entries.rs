//! The catalog's entries: each error code the program explains, as data. The words are the
//! `err-<code>` messages (dots become dashes) with `.title`, `.explanation` and `.next-step`;
//! `$action`, `$domain` and `$region` are filled in from the call by `catalog`.

pub(super) struct Entry {
    pub(super) code: &'static str,
    /// A permission error: the next step is the shared one, and a RAM policy is shown.
    pub(super) permission: bool,
}

const fn entry(code: &'static str) -> Entry {
    Entry {
        code,
        permission: false,
    }
}

const fn permission(code: &'static str) -> Entry {
    Entry {
        code,
        permission: true,
    }
}

/// Every code the program explains.
pub(super) const CATALOG: &[Entry] = &[
    // The operation's own errors (reference page).
    entry("ConfigAlreadyExists"),
    entry("InvalidConfig.NotFound"),
    entry("CommomLiveRcordConfigExisted"),
    entry("InvalidAutoCompose.Malformed"),
    entry("InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed"),
    entry("InternalError"),
    entry("InvalidRegion.Conflict"),
    entry("InvalidStorage.NotFound"),
    entry("InvalidTemplateGroupId.NotFound"),
    // Platform-wide errors any signed call can meet.
    entry("MissingParameter"),
    entry("InvalidParameter"),
    entry("InvalidAccessKeyId.NotFound"),
    entry("InvalidAccessKeyId.Inactive"),
    entry("SignatureDoesNotMatch"),
    entry("IncompleteSignature"),
    entry("InvalidTimeStamp.Expired"),
    entry("InvalidTimeStamp.Format"),
    entry("SignatureNonceUsed"),
    entry("InvalidSecurityToken.Expired"),
    entry("InvalidSecurityToken.Malformed"),
    entry("InvalidSecurityToken.MismatchWithAccessKey"),
    entry("Throttling"),
    entry("Throttling.User"),
    entry("Throttling.Api"),
    permission("Forbidden.RAM"),
    permission("NoPermission"),
    permission("Forbidden.NoPermission"),
    entry("InvalidDomain.NotFound"),
    entry("IllegalOperation"),
    entry("MissingSecurityToken"),
    entry("InvalidIdentity.ServiceDisabled"),
    entry("Forbidden.RiskControl"),
    entry("InvalidApi.NotFound"),
    entry("InvalidSignatureMethod"),
    entry("UnsupportedHTTPMethod"),
    permission("Forbidden"),
    entry("ServiceUnavailable"),
    entry("InvalidAction.NotFound"),
    entry("InvalidVersion"),
    entry("Forbidden.AccountNotActivated"),
    // VOD's own.
    entry("Forbidden.ServiceNotActivated"),
];
