//! Every operation the program calls, of ApsaraVideo Live and VOD, described once as data:
//! product, action, method, fields and their kinds, paging, where the answer's list sits, RAM
//! action and resource, error codes, rate, and the command-line name. Signing, the client,
//! validation, the error catalog, RAM policies, history, codegen, `call` and the sandbox read
//! these descriptions; the words of each operation are found by IDs derived from its action.
//!
//! Adding an operation: its description in `live.rs` or `vod.rs` (and that file's `ALL`), its
//! sandbox handler, and its words in the two message files. Tests walk [`all`] and fail when
//! any of these is missing.

mod kind;
pub mod live;
pub mod paging;
pub mod vod;

pub use kind::{Kind, NumberRule, Param};
pub use paging::Paging;

/// Which cloud product an operation belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Product {
    /// ApsaraVideo Live, API 2016-11-01.
    Live,
    /// ApsaraVideo VOD, API 2017-03-21.
    Vod,
}

impl Product {
    /// The API version of every operation of the product.
    pub const fn version(self) -> &'static str {
        match self {
            Product::Live => "2016-11-01",
            Product::Vod => "2017-03-21",
        }
    }

    /// The product code in host names, RAM actions and the aliyun CLI: `live`, `vod`.
    pub const fn code(self) -> &'static str {
        match self {
            Product::Live => "live",
            Product::Vod => "vod",
        }
    }
}

/// The HTTP method an operation is sent with (the parameters always go in the query).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// POST, with an empty body.
    Post,
    /// GET.
    Get,
}

impl Method {
    /// `POST` or `GET`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Post => "POST",
            Method::Get => "GET",
        }
    }
}

/// What a RAM policy for an operation grants access to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RamResource {
    /// `acs:cdn:*:{accountId}:domain/{DomainName}`.
    Domain,
    /// `*` (All Resources).
    Any,
}

impl RamResource {
    /// The resource ARN; an unknown account or domain becomes `*`.
    pub fn arn(self, account_id: Option<&str>, domain_name: Option<&str>) -> String {
        match self {
            RamResource::Any => "*".to_string(),
            RamResource::Domain => {
                let account = account_id.filter(|a| !a.is_empty()).unwrap_or("*");
                let domain = domain_name.filter(|d| !d.is_empty()).unwrap_or("*");
                format!("acs:cdn:*:{account}:domain/{domain}")
            }
        }
    }
}

/// How fast the service lets one account call an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rate {
    /// At most this many calls a second.
    PerSecond(u32),
    /// At most this many calls a minute.
    PerMinute(u32),
}

impl Rate {
    /// The rate as calls per minute.
    pub const fn per_minute(self) -> u32 {
        match self {
            Rate::PerSecond(n) => n.saturating_mul(60),
            Rate::PerMinute(n) => n,
        }
    }
}

/// Everything the program knows about one operation.
#[derive(Debug, PartialEq, Eq, Hash)]
pub struct Description {
    /// The API action, e.g. `AddLiveRecordVodConfig`.
    pub action: &'static str,
    /// Live or VOD (which decides version and endpoint).
    pub product: Product,
    /// GET or POST.
    pub method: Method,
    /// Its request fields, in the order the SDK lists them.
    pub params: &'static [Param],
    /// How its answer is paged (`Paging::None` for answers that are not lists).
    pub paging: Paging,
    /// The path of the answer's list, e.g. `["Domains", "PageData"]`; empty when not a list.
    pub list_path: &'static [&'static str],
    /// The RAM action a user needs.
    pub ram_action: &'static str,
    /// What the RAM action applies to.
    pub ram_resource: RamResource,
    /// The error codes its reference page documents (besides the platform's).
    pub error_codes: &'static [&'static str],
    /// Whether it changes the account (add, update, delete), as opposed to reading it.
    pub changes_account: bool,
    /// The service's documented rate for one account.
    pub rate: Rate,
    /// The word `--operation` takes for it (`add`, `list`, …), for the operations a batch or
    /// a check can be about; `None` for the others (`call` takes every action by name).
    pub short_name: Option<&'static str>,
}

impl Description {
    /// The API version.
    pub const fn version(&self) -> &'static str {
        self.product.version()
    }

    /// The description of a request field, by its API name (exact case).
    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.params.iter().find(|p| p.name == name)
    }

    /// The stem of its message IDs: `op-describe-live-user-domains`.
    pub fn message_stem(&self) -> String {
        format!("op-{}", kebab(self.action))
    }

    /// Its name on the command line: `describe-live-user-domains`.
    pub fn cli_name(&self) -> String {
        kebab(self.action)
    }
}

/// Every operation of the catalogue: Live first, then VOD.
pub fn all() -> impl Iterator<Item = &'static Description> {
    live::ALL.iter().chain(vod::ALL.iter()).copied()
}

/// The operation of an API action (exact case).
pub fn find(action: &str) -> Option<&'static Description> {
    all().find(|d| d.action == action)
}

/// The operation of an action or command-line name, ignoring case and dashes:
/// `DescribeLiveUserDomains`, `describe-live-user-domains`.
pub fn lookup(name: &str) -> Option<&'static Description> {
    let squashed = squash(name);
    all().find(|d| squash(d.action) == squashed)
}

/// The candidate most like `given` (for "did you mean"), when one is close enough.
pub fn closest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let given = squash(given);
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(&given, &squash(c)), c))
        .filter(|(distance, c)| *distance <= (c.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

fn squash(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// `DescribeLiveUserDomains` → `describe-live-user-domains`.
fn kebab(action: &str) -> String {
    heck::AsKebabCase(action).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_unique_and_found_by_either_name() {
        let actions: std::collections::BTreeSet<_> = all().map(|d| d.action).collect();
        assert_eq!(actions.len(), all().count());
        for d in all() {
            assert_eq!(find(d.action), Some(d));
            assert_eq!(lookup(&d.cli_name()), Some(d));
        }
        assert_eq!(
            lookup("describe-live-user-domains").map(|d| d.action),
            Some("DescribeLiveUserDomains")
        );
    }

    #[test]
    fn every_description_is_in_its_files_list() {
        for (source, listed) in [
            (include_str!("live.rs"), live::ALL.len()),
            (include_str!("vod.rs"), vod::ALL.len()),
        ] {
            let described = source.matches(": Description = Description {").count();
            assert_eq!(described, listed, "a description is missing from ALL");
        }
    }

    #[test]
    fn message_stems_come_from_the_action() {
        let d = find("ListTranscodeTemplateGroup").expect("in the catalogue");
        assert_eq!(d.message_stem(), "op-list-transcode-template-group");
        assert_eq!(d.version(), "2017-03-21");
    }

    #[test]
    fn closest_names_a_near_miss_only() {
        let names = ["DomainName", "AppName", "StreamName"];
        assert_eq!(closest("DomianName", names), Some("DomainName"));
        assert_eq!(closest("appname", names), Some("AppName"));
        assert_eq!(closest("Colour", names), None);
    }

    #[test]
    fn every_list_operation_says_where_its_list_is() {
        for d in all() {
            if d.paging != Paging::None {
                assert!(!d.list_path.is_empty(), "{}", d.action);
            }
            for p in d.paging.param_names() {
                assert!(d.param(p).is_some(), "{} pages with {p}", d.action);
            }
            assert!(d.ram_action.starts_with(d.product.code()), "{}", d.action);
        }
    }
}
