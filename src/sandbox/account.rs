//! The sandbox's account, fixed: its streaming and ingest domains with their regions and
//! status, which ingest domain feeds which streaming domain, the streams pushed now and before,
//! a general (OSS) recording config, and the VOD transcoding template groups of each region
//! where VOD is activated. The handlers answer from these; `describe` says them in words.

/// Account ID of the sandbox's world.
pub use super::reply::SANDBOX_ACCOUNT_ID;

/// Whether a domain is watched (streaming) or pushed to (ingest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DomainType {
    /// `liveVideo`: a streaming domain, where record-to-VOD configs live.
    Streaming,
    /// `liveEdge`: an ingest domain.
    Ingest,
}

impl DomainType {
    /// The API's word: `liveVideo` or `liveEdge`.
    pub fn api_name(self) -> &'static str {
        match self {
            DomainType::Streaming => "liveVideo",
            DomainType::Ingest => "liveEdge",
        }
    }
}

/// One domain of the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Domain {
    /// The host name.
    pub name: String,
    /// Streaming or ingest.
    pub kind: DomainType,
    /// `online` or `offline`.
    pub status: &'static str,
    /// The live center's region.
    pub region: &'static str,
}

/// The streaming domain of the example preset, in cn-shanghai, online.
pub const MAIN_DOMAIN: &str = "live.example.com";
/// The ingest domain that feeds [`MAIN_DOMAIN`].
pub const INGEST_DOMAIN: &str = "push.example.com";
/// A streaming domain in cn-beijing.
pub const BEIJING_DOMAIN: &str = "beijing.example.com";
/// A streaming domain that is offline.
pub const OFFLINE_DOMAIN: &str = "offline.example.com";
/// A streaming domain in ap-southeast-1, where VOD is not activated: configs can be added,
/// nothing is ever recorded.
pub const NO_VOD_DOMAIN: &str = "sg.example.com";
/// How many generated streaming domains (`channel-NN.example.com`) the account has by default,
/// so that listing domains takes two pages of 50.
pub const GENERATED_DOMAINS: usize = 48;

static GENERATED: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

/// Gives the account `count` generated streaming domains instead of [`GENERATED_DOMAINS`]
/// (`sandbox --channel-domains N`, and the benchmarks of a large account). It takes effect
/// only before the account is first used in this process; whether it did is returned.
pub fn set_generated_domains(count: usize) -> bool {
    GENERATED.set(count).is_ok() && !ACCOUNT_BUILT.load(std::sync::atomic::Ordering::SeqCst)
}

/// How many generated streaming domains the account has.
pub fn generated_domains() -> usize {
    GENERATED.get().copied().unwrap_or(GENERATED_DOMAINS)
}

static ACCOUNT_BUILT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// A VOD transcoding template group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateGroup {
    /// Its ID, what a config names.
    pub id: &'static str,
    /// Its name in the console.
    pub name: &'static str,
    /// Whether it is the region's default group.
    pub default: bool,
}

const fn group(id: &'static str, name: &'static str, default: bool) -> TemplateGroup {
    TemplateGroup { id, name, default }
}

/// The regions where VOD is activated, with their transcoding template groups.
pub const VOD_REGIONS: [(&str, &[TemplateGroup]); 2] = [
    (
        "cn-shanghai",
        &[
            group("VOD_NO_TRANSCODE", "No transcoding", true),
            group("sandbox-group", "Sandbox HD and SD", false),
        ],
    ),
    (
        "cn-beijing",
        &[
            group("VOD_NO_TRANSCODE", "No transcoding", true),
            group("beijing-group", "Beijing HD", false),
        ],
    ),
];

/// A stream pushed to a streaming domain: domain, app, stream, and whether it is live now.
pub const STREAMS: [(&str, &str, &str, bool); 7] = [
    (MAIN_DOMAIN, "app", "stream", true),
    (MAIN_DOMAIN, "live", "cam1", true),
    (MAIN_DOMAIN, "live", "cam2", true),
    (MAIN_DOMAIN, "live", "old-show", false),
    (BEIJING_DOMAIN, "live", "bj1", true),
    (BEIJING_DOMAIN, "app", "morning", false),
    (NO_VOD_DOMAIN, "live", "sg1", true),
];

/// Every domain of the account, in the order the service lists them.
pub fn domains() -> &'static [Domain] {
    static DOMAINS: std::sync::LazyLock<Vec<Domain>> = std::sync::LazyLock::new(build_domains);
    &DOMAINS
}

/// The account's domains, made once (every config call of the sandbox looks its domain up).
fn build_domains() -> Vec<Domain> {
    ACCOUNT_BUILT.store(true, std::sync::atomic::Ordering::SeqCst);
    let generated = *GENERATED.get_or_init(|| GENERATED_DOMAINS);
    let domain = |name: &str, kind, status, region| Domain {
        name: name.to_string(),
        kind,
        status,
        region,
    };
    let mut all = vec![
        domain(MAIN_DOMAIN, DomainType::Streaming, "online", "cn-shanghai"),
        domain(INGEST_DOMAIN, DomainType::Ingest, "online", "cn-shanghai"),
        domain(
            BEIJING_DOMAIN,
            DomainType::Streaming,
            "online",
            "cn-beijing",
        ),
        domain(
            OFFLINE_DOMAIN,
            DomainType::Streaming,
            "offline",
            "cn-shanghai",
        ),
        domain(
            NO_VOD_DOMAIN,
            DomainType::Streaming,
            "online",
            "ap-southeast-1",
        ),
    ];
    for special in [
        super::world::COMMON_RECORD_CONFIG.0,
        super::world::INTERNAL_ERROR_DOMAIN,
    ] {
        all.push(domain(
            special,
            DomainType::Streaming,
            "online",
            "cn-shanghai",
        ));
    }
    for n in 1..=generated {
        all.push(domain(
            &format!("channel-{n:02}.example.com"),
            DomainType::Streaming,
            "online",
            "cn-shanghai",
        ));
    }
    all
}

/// The account's domain of that name (any case).
pub fn domain(name: &str) -> Option<&'static Domain> {
    domains()
        .iter()
        .find(|d| d.name.eq_ignore_ascii_case(name.trim()))
}

/// The streaming domain an ingest domain feeds, and the reverse.
pub fn mapped_domains(name: &str) -> Vec<(&'static str, &'static str)> {
    match name {
        MAIN_DOMAIN => vec![(INGEST_DOMAIN, "publish")],
        INGEST_DOMAIN => vec![(MAIN_DOMAIN, "vhost")],
        _ => Vec::new(),
    }
}

/// The template groups of a region, empty where VOD is not activated.
pub fn template_groups(region: &str) -> &'static [TemplateGroup] {
    VOD_REGIONS
        .iter()
        .find(|(r, _)| *r == region)
        .map_or(&[], |(_, groups)| groups)
}

/// Whether VOD is activated in the region.
pub fn vod_active(region: &str) -> bool {
    VOD_REGIONS.iter().any(|(r, _)| *r == region)
}

/// The region VOD is called in when a call says none (the SDK's endpoint for it).
pub const DEFAULT_VOD_REGION: &str = "cn-shanghai";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_account_needs_two_pages_of_fifty_domains() {
        let all = domains();
        assert!(all.len() > 50 && all.len() <= 100, "{}", all.len());
        let names: std::collections::BTreeSet<_> = all.iter().map(|d| &d.name).collect();
        assert_eq!(names.len(), all.len());
    }

    #[test]
    fn vod_is_active_where_the_groups_are() {
        assert!(vod_active("cn-shanghai"));
        assert!(!vod_active("ap-southeast-1"));
        assert!(template_groups("ap-southeast-1").is_empty());
        assert_eq!(
            domain(NO_VOD_DOMAIN).map(|d| d.region),
            Some("ap-southeast-1")
        );
    }
}
