//! The `aliyun` CLI command: `aliyun live <Action> --Name value …`, quoted for one shell.

use super::{CodeInput, Shell};

/// The command, one parameter a line (continued with the shell's line continuation).
pub fn aliyun_command(shell: Shell, input: &CodeInput) -> String {
    let product = input.package().code;
    let mut args: Vec<String> = vec![format!("aliyun {product} {}", input.operation.action())];
    for (name, value) in &input.params {
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
