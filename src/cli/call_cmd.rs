//! `live-record-vod call ACTION --set Name=Value …`: any operation of the catalogue, in the
//! aliyun CLI's manner, through the same pipeline (and history) as every other call; and
//! `call --list`, every operation with its product and what it does.

use super::call_args::{self, CallArgs, Ran};
use super::{CliError, output};
use crate::operation::catalog::{self, Description, Kind, Product};
use crate::operation::{Field, FormDraft, Operation};
use crate::t;
use crate::worker::{AllPages, CallOrder, NotSent, PagesEnd, RegionUnknown};
use serde_json::{Value, json};
use std::path::Path;
use tokio_util::sync::CancellationToken;

/// Arguments of `call`.
#[derive(Debug, clap::Args)]
pub struct CallCmdArgs {
    /// The operation: its action (DescribeLiveUserDomains) or command-line name
    /// (describe-live-user-domains).
    #[arg(value_name = "ACTION", required_unless_present = "list")]
    pub action: Option<String>,
    /// Print every operation with its product and what it does.
    #[arg(long, conflicts_with = "action")]
    pub list: bool,
    /// A request field, e.g. --set DomainName=live.example.com (repeatable).
    #[arg(long = "set", value_name = "NAME=VALUE")]
    pub fields: Vec<String>,
    /// Follow the pages and print one answer whose list holds every item.
    #[arg(long)]
    pub all: bool,
    /// The region the call is made in (a VOD call goes to that region's endpoint).
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    #[command(flatten)]
    pub call: CallArgs,
}

/// Runs `call`.
pub async fn run(mut args: CallCmdArgs, data_dir: &Path) -> Result<u8, CliError> {
    let Some(action) = args.action.as_deref().filter(|_| !args.list) else {
        print_list(args.call.json);
        return Ok(0);
    };
    let description = catalog::lookup(action).ok_or_else(|| {
        let names = catalog::all().map(|d| d.action);
        CliError::invalid(match catalog::closest(action, names) {
            Some(near) => t!("call-unknown-action-near", action = action, near = near),
            None => t!("call-unknown-action", action = action),
        })
    })?;
    let operation = Operation::from_action(description.action)
        .ok_or_else(|| CliError::invalid(t!("call-unknown-action", action = action)))?;
    let mut fields = draft(description, &args.fields)?;
    if let Some(region) = &args.region {
        fields.set(Field::RegionId, region.clone());
    }
    let mut order = match args.call.order(operation, &fields)? {
        Ok(order) => order,
        Err(code) => return Ok(code),
    };
    args.call.every_page = args.all;
    let pipeline = args.call.pipeline(data_dir)?;
    let sends = !args.call.dry_run && args.call.print_as.is_none();
    // A VOD call about a domain is made in the region of the domain's live center (asked of
    // the service when no --region says it, and only when the call is really sent).
    let domain = order.request.get(Field::DomainName).map(str::to_string);
    let vod = description.product == Product::Vod && sends;
    if let (true, None, Some(domain)) = (vod, order.request.region_id(), domain) {
        let cancel = CancellationToken::new();
        match pipeline.domain_region(&domain, &order, &cancel).await {
            Ok(region) => {
                fields.set(Field::RegionId, region);
                order = CallOrder {
                    request: match CallOrder::check(operation, &fields) {
                        Ok(checked) => checked.request,
                        Err(e) => return not_sent_code(e, &args),
                    },
                    ..order
                };
            }
            Err(RegionUnknown::NotSent(e)) => return not_sent_code(e, &args),
            Err(RegionUnknown::Answer(report)) => return Ok(print_answer(&report, args.call.json)),
        }
    }
    if !(args.all && sends) {
        return match call_args::run_order(&order, &args.call, &pipeline).await? {
            Ran::NotSent(code) => Ok(code),
            Ran::Sent(report) => Ok(print_answer(&report, args.call.json)),
        };
    }
    let cancel = CancellationToken::new();
    let all = match pipeline.call_all(&order, &cancel).await {
        Ok(all) => all,
        Err(not_sent) => return not_sent_code(not_sent, &args),
    };
    if all.end == PagesEnd::Failed {
        return Ok(print_answer(&all.last, args.call.json));
    }
    let note = pages_note(&all);
    if args.call.json {
        println!("{}", all.answer);
    } else {
        println!(
            "{}",
            serde_json::to_string_pretty(&all.answer).unwrap_or_default()
        );
        eprintln!(
            "{}",
            t!("call-pages-read", items = all.items, pages = all.pages)
        );
    }
    if let Some(note) = note {
        eprintln!("{note}");
        return Ok(super::EXIT_REFUSED);
    }
    Ok(0)
}

/// Reports an order that was not sent; the exit code.
fn not_sent_code(e: NotSent, args: &CallCmdArgs) -> Result<u8, CliError> {
    match call_args::not_sent(e, &args.call)? {
        Ran::NotSent(code) => Ok(code),
        Ran::Sent(report) => Ok(print_answer(&report, args.call.json)),
    }
}

/// What to say when the pages were not all read: `None` when they were.
pub fn pages_note(all: &AllPages) -> Option<String> {
    match all.end {
        PagesEnd::Complete => None,
        PagesEnd::EmptyPage => Some(t!("call-pages-empty", pages = all.pages)),
        PagesEnd::RepeatedPage => Some(t!("call-pages-repeated", pages = all.pages)),
        PagesEnd::Capped => Some(t!("call-pages-capped", pages = all.pages)),
        PagesEnd::Unreadable | PagesEnd::Failed => Some(t!("call-pages-unreadable")),
    }
}

/// The `--set` values as a draft, each name checked against the operation's fields.
fn draft(description: &'static Description, sets: &[String]) -> Result<FormDraft, CliError> {
    let mut fields = FormDraft::default();
    for set in sets {
        let Some((name, value)) = set.split_once('=') else {
            return Err(CliError::invalid(t!("call-set-needs-value", set = set)));
        };
        let name = name.trim();
        let known = description
            .params
            .iter()
            .map(|p| p.name)
            .find(|p| p.eq_ignore_ascii_case(name))
            // Any call may name its region (a VOD call is routed by it).
            .or_else(|| {
                let region = Field::RegionId.api_name();
                region.eq_ignore_ascii_case(name).then_some(region)
            });
        let Some(known) = known else {
            let names = description.params.iter().map(|p| p.name);
            let all = names.clone().collect::<Vec<_>>().join(", ");
            return Err(CliError::invalid(match catalog::closest(name, names) {
                Some(near) => t!(
                    "call-unknown-field-near",
                    name = name,
                    action = description.action,
                    near = near
                ),
                None => t!(
                    "call-unknown-field",
                    name = name,
                    action = description.action,
                    fields = all
                ),
            }));
        };
        fields.set_param(known, value);
    }
    Ok(fields)
}

/// A sent call's answer: the service's own JSON on success (pretty unless `--json`), the
/// explained failure otherwise. Returns the exit code.
fn print_answer(report: &crate::worker::CallReport, json: bool) -> u8 {
    let answer = serde_json::from_str::<Value>(&report.result.raw_body).ok();
    match answer.filter(|_| report.result.outcome.is_success()) {
        Some(answer) if json => println!("{answer}"),
        Some(answer) => println!(
            "{}",
            serde_json::to_string_pretty(&answer).unwrap_or_default()
        ),
        None => return call_args::print_report(report, json),
    }
    call_args::exit_code(report)
}

/// `call --list`: every operation, its product and what it does (JSON: with its fields).
fn print_list(json: bool) {
    if json {
        let all: Vec<Value> = Operation::every().map(describe_json).collect();
        println!("{}", Value::Array(all));
        return;
    }
    let width = catalog::all().map(|d| d.action.len()).max().unwrap_or(0);
    for op in Operation::every() {
        let spec = op.spec();
        println!(
            "{}  {}  {}",
            output::pad(spec.product.code(), 4),
            output::pad(spec.action, width),
            op.summary()
        );
    }
}

fn describe_json(op: Operation) -> Value {
    let spec = op.spec();
    let fields: Vec<Value> = spec
        .params
        .iter()
        .map(|p| {
            let kind = match p.kind {
                Kind::Text => json!({"type": "text"}),
                Kind::Integer(r) => {
                    json!({"type": "integer", "min": r.min, "max": r.max, "default": r.default})
                }
                Kind::Choice { values, numeric } => {
                    json!({"type": "choice", "values": values, "number": numeric})
                }
                Kind::Time => json!({"type": "time"}),
            };
            json!({"name": p.name, "required": p.required, "kind": kind})
        })
        .collect();
    json!({
        "action": spec.action,
        "command": spec.cli_name(),
        "product": spec.product.code(),
        "version": spec.version(),
        "method": spec.method.as_str(),
        "changes_account": spec.changes_account,
        "paged": spec.paging != catalog::Paging::None,
        "ram_action": spec.ram_action,
        "summary": op.summary(),
        "fields": fields,
    })
}
