//! Copy as code: any request as an `aliyun` CLI command or as official SDK code (Python, Java,
//! Go, Node/TypeScript), with the request's real values, the endpoint it would go to and never
//! a secret (credentials come from the environment or the profile, as each tool reads them).
//! Pure text generation from the operation's description: no I/O.

mod names;
mod quote;
mod sdk;
mod shell;

pub use quote::Shell;

use crate::operation::catalog::Product;
use crate::operation::{Operation, Request};

/// What the code is generated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// The `aliyun` command line, quoted for a shell.
    Aliyun(Shell),
    /// Python (`alibabacloud_live20161101`).
    Python,
    /// Java (`com.aliyun:live20161101`).
    Java,
    /// Go (`github.com/alibabacloud-go/live-20161101/v2`).
    Go,
    /// Node/TypeScript (`@alicloud/live20161101`).
    Node,
}

impl Language {
    /// Every language, the CLI first (quoted for this platform's shell).
    pub fn all() -> [Language; 5] {
        [
            Language::Aliyun(Shell::platform_default()),
            Language::Python,
            Language::Java,
            Language::Go,
            Language::Node,
        ]
    }

    /// The name in pickers.
    pub fn label(self) -> &'static str {
        match self {
            Language::Aliyun(_) => "aliyun CLI",
            Language::Python => "Python",
            Language::Java => "Java",
            Language::Go => "Go",
            Language::Node => "Node.js (TypeScript)",
        }
    }

    /// The name egui_extras' highlighter knows the language by (Java and Go are shown with
    /// its C-like rules).
    pub fn syntax(self) -> &'static str {
        match self {
            Language::Aliyun(_) => "sh",
            Language::Python => "py",
            Language::Java | Language::Go => "cpp",
            Language::Node => "ts",
        }
    }
}

/// Where the generated code sends the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeEndpoint {
    /// `host` or `host:port`.
    pub host: String,
    /// Plain `http` (only for a loopback endpoint such as the sandbox).
    pub http: bool,
}

impl CodeEndpoint {
    /// From a base URL such as `https://live.aliyuncs.com` or `http://127.0.0.1:4000`.
    pub fn from_url(url: &str) -> CodeEndpoint {
        let http = url.starts_with("http://");
        let host = url
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        CodeEndpoint { host, http }
    }
}

/// A request to write as code: the operation, its values, where it goes, and the named
/// profile (for tools that read one) when a saved profile is used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeInput {
    /// The operation.
    pub operation: Operation,
    /// The parameters in the description's order, by API name.
    pub params: Vec<(&'static str, String)>,
    /// Where the request goes.
    pub endpoint: CodeEndpoint,
    /// A saved profile's name (`--profile` for the aliyun CLI); `None` for the environment.
    pub profile: Option<String>,
    /// Follow every page of a paged list (`--all`): the aliyun command gets its `--pager`.
    pub every_page: bool,
}

impl CodeInput {
    /// The input for a checked request sent to `endpoint_url` with `profile`.
    pub fn new(request: &Request, endpoint_url: &str, profile: Option<&str>) -> CodeInput {
        CodeInput {
            operation: request.operation(),
            params: request.params(),
            endpoint: CodeEndpoint::from_url(endpoint_url),
            profile: profile.map(str::to_string),
            every_page: false,
        }
    }
}

/// The code for `input` in `language`.
pub fn generate(language: Language, input: &CodeInput) -> String {
    match language {
        Language::Aliyun(shell) => shell::aliyun_command(shell, input),
        Language::Python => sdk::python(input),
        Language::Java => sdk::java(input),
        Language::Go => sdk::go(input),
        Language::Node => sdk::node(input),
    }
}

impl CodeInput {
    /// Whether the SDKs send the field `name` as a number (its kind in the catalogue).
    fn is_number(&self, name: &str) -> bool {
        self.operation
            .spec()
            .param(name)
            .is_some_and(|p| p.kind.is_number())
    }

    /// The official SDK package of the operation's product.
    fn package(&self) -> Package {
        match self.operation.spec().product {
            Product::Live => Package {
                code: "live",
                python: "alibabacloud_live20161101",
                java: "com.aliyun.live20161101",
                go: "github.com/alibabacloud-go/live-20161101/v2/client",
                node: "@alicloud/live20161101",
                node_class: "Live20161101",
            },
            Product::Vod => Package {
                code: "vod",
                python: "alibabacloud_vod20170321",
                java: "com.aliyun.vod20170321",
                go: "github.com/alibabacloud-go/vod-20170321/v4/client",
                node: "@alicloud/vod20170321",
                node_class: "Vod20170321",
            },
        }
    }
}

/// How each language names one product's official SDK.
struct Package {
    /// `live`, `vod`: the aliyun CLI's product, and the Go import's name.
    code: &'static str,
    python: &'static str,
    java: &'static str,
    go: &'static str,
    node: &'static str,
    node_class: &'static str,
}
