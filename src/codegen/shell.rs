//! The `aliyun` CLI command: `aliyun live <Action> --Name value …`, quoted for one shell.

use super::{CodeInput, Shell};
use crate::operation::catalog::Paging;

/// The aliyun CLI's `--pager` for every page of the list, when the input asks for every page
/// of a paged list, and the request field it sets itself (the page number). Its defaults
/// (`PageNumber`, `PageSize`, `TotalCount`) are the names of other APIs, so each is named;
/// it accepts a `Total` given as a string, as Live answers it.
fn pager(input: &CodeInput) -> Option<(Vec<String>, &'static str)> {
    let description = input.operation.spec();
    let Paging::Pages {
        page, size, total, ..
    } = description.paging
    else {
        return None;
    };
    if !input.every_page || description.list_path.is_empty() {
        return None;
    }
    let mut fields = vec![format!("PageNumber={page}")];
    if size != "PageSize" {
        fields.push(format!("PageSize={size}"));
    }
    fields.push(format!("TotalCount={total}"));
    fields.push(format!("path={}[]", description.list_path.join(".")));
    Some((fields, page))
}

/// The command, one parameter a line (continued with the shell's line continuation).
pub fn aliyun_command(shell: Shell, input: &CodeInput) -> String {
    let product = input.package().code;
    let mut args: Vec<String> = vec![format!("aliyun {product} {}", input.operation.action())];
    let pager = pager(input);
    for (name, value) in &input.params {
        if pager.as_ref().is_some_and(|(_, page)| page == name) {
            continue;
        }
        if value.starts_with('-') {
            // A value that looks like a flag is joined to its name.
            args.push(shell.quote(&format!("--{name}={value}")));
        } else {
            args.push(format!("--{name} {}", shell.quote(value)));
        }
    }
    if let Some(profile) = &input.profile {
        args.push(format!("--profile {}", shell.quote(profile)));
    }
    if input.endpoint.host != "live.aliyuncs.com" || input.endpoint.http {
        args.push(format!("--endpoint {}", shell.quote(&input.endpoint.host)));
    }
    if input.endpoint.http {
        args.push("--insecure".into());
    }
    if let Some((fields, _)) = pager {
        let quoted: Vec<String> = fields.iter().map(|f| shell.quote(f)).collect();
        args.push(format!("--pager {}", quoted.join(" ")));
    }
    let continuation = match shell {
        Shell::Posix => " \\\n  ",
        Shell::PowerShell => " `\n  ",
        Shell::Cmd => " ^\n  ",
    };
    let comment = match shell {
        Shell::Cmd => "REM",
        Shell::Posix | Shell::PowerShell => "#",
    };
    let credentials = match &input.profile {
        Some(p) => format!("the aliyun CLI profile \"{p}\""),
        None => "the aliyun CLI's default profile or its environment variables".to_string(),
    };
    format!(
        "{comment} {} — credentials from {credentials}\n{}\n",
        input.operation.action(),
        args.join(continuation)
    )
}
