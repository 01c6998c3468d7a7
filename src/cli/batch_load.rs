//! Reading a batch file on the command line: a part at a time, each part checked (against the
//! account too) and its findings printed as they are found, so a million-row file costs its text
//! and a few thousand rows.

use super::batch_cmd::FileArgs;
use super::call_args::SendArgs;
use super::{CliError, output};
use crate::batch::{self, BatchCheck, CheckTally};
use crate::i18n::Said;
use crate::storage::account_cache::AccountCache;
use crate::t;
use crate::worker::{CallOrder, Pipeline};
use std::path::Path;
use tokio_util::sync::CancellationToken;

/// A file checked a part at a time, to be sent from the same text.
pub(super) struct Loaded {
    pub(super) file: batch::BatchText,
    pub(super) base: crate::operation::FormDraft,
    pub(super) tally: CheckTally,
    pub(super) preset_name: Option<String>,
}

/// Rows checked (and checked against the account) at once: a million-row file is read as it is
/// checked, and only the rows with findings are kept.
const CHECK_PART: usize = 5_000;

/// Reads and checks the file a part at a time, printing each part's findings (as JSON lines
/// with `json`) as they are found.
pub(super) async fn load(
    args: &FileArgs,
    send: &SendArgs,
    data_dir: &Path,
    json: bool,
) -> Result<Loaded, CliError> {
    let base = args.base.load(data_dir)?;
    let unreadable =
        |e: batch::InputError| CliError::invalid(format!("{}: {e}", args.file.display()));
    let file = batch::read_text(&args.file).map_err(unreadable)?;
    let mut account = if args.no_account_check {
        None
    } else {
        Some(AccountReading::default())
    };
    let mut tally = CheckTally::new(args.operation);
    let mut seen = batch::Seen::default();
    let mut part = Vec::with_capacity(CHECK_PART);
    let mut rows = file.rows();
    loop {
        let row = rows.next().transpose().map_err(unreadable)?;
        let last = row.is_none();
        if let Some((row_no, cells)) = row {
            if file.has_extra_cells(&cells) {
                eprintln!(
                    "{}",
                    t!("cli-batch-warning-row-has-more-cells", row = row_no)
                );
            }
            part.push((row_no, file.draft(&base.draft, cells)));
            if part.len() < CHECK_PART {
                continue;
            }
        }
        if part.is_empty() {
            break;
        }
        let mut checked =
            batch::check_rows_after(args.operation, std::mem::take(&mut part), &mut seen);
        if let Some(account) = &mut account {
            account.check(&mut checked, send, data_dir).await?;
        }
        print_findings(&tally.add(checked), json);
        if last {
            break;
        }
    }
    drop(rows);
    Ok(Loaded {
        file,
        base: base.draft,
        tally,
        preset_name: base.preset_name,
    })
}

/// The account, read once for a file checked a part at a time; what cannot be read is said
/// once and left out.
#[derive(Default)]
struct AccountReading {
    ready: Option<(Pipeline, CallOrder, String)>,
    unavailable: bool,
    said: std::collections::HashSet<String>,
}

impl AccountReading {
    async fn check(
        &mut self,
        part: &mut BatchCheck,
        send: &SendArgs,
        data_dir: &Path,
    ) -> Result<(), CliError> {
        if self.unavailable {
            return Ok(());
        }
        if self.ready.is_none() {
            let Some(first) = part.rows.iter().find(|r| r.request.is_some()) else {
                return Ok(());
            };
            let Ok(mut like) = CallOrder::check(part.operation, &first.draft) else {
                return Ok(());
            };
            send.apply(&mut like);
            let pipeline = send.pipeline(data_dir, true)?;
            match send.account_key(&pipeline, &like).await {
                Ok(key) => self.ready = Some((pipeline, like, key)),
                Err(e) => {
                    output::print_account_problems(&[Said::verbatim(e.message())]);
                    self.unavailable = true;
                    return Ok(());
                }
            }
        }
        let Some((pipeline, like, key)) = &self.ready else {
            return Ok(());
        };
        let cache = AccountCache::new(data_dir);
        let check = pipeline
            .check_batch(part, like, &cache, key, &CancellationToken::new())
            .await;
        // Each problem said once, though every part meets it.
        let new: Vec<Said> = check
            .problems
            .into_iter()
            .filter(|p| self.said.insert(p.text()))
            .collect();
        output::print_account_problems(&new);
        Ok(())
    }
}

/// Prints each row's findings.
fn print_findings(rows: &[batch::RowCheck], json: bool) {
    for row in rows {
        for f in &row.findings {
            if json {
                let doc = serde_json::json!({
                    "row": row.row_no, "field": f.field, "code": f.code, "error": f.error,
                    "message": f.message,
                });
                println!("{doc}");
            } else {
                let kind = if f.error {
                    t!("cli-out-error")
                } else {
                    t!("cli-out-warning")
                };
                let field = if f.field.is_empty() { "" } else { f.field };
                let sep = if field.is_empty() { "" } else { ": " };
                eprintln!(
                    "{}",
                    t!(
                        "cli-batch-row",
                        row_no = row.row_no,
                        kind = kind,
                        field = field,
                        sep = sep,
                        message = f.message
                    )
                );
            }
        }
    }
}
