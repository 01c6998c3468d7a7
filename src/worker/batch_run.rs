//! Sends a batch through the one pipeline: rows recorded first, each row's state written
//! before its call, at most the service's calls per minute (the client's limit, shared by
//! everything the program sends), a few calls in flight, pause, resume, cancel and "stop at
//! the first error". Resume and Retry failed pick the rows to send from the record.

pub use super::batch_queue::Pick;
use super::batch_queue::RowQueue;
pub use super::batch_rerun::{
    CorrectionsRead, RerunError, RerunKind, rerun, retry_corrections, rows_to_send,
};
use super::pipeline::{CallOrder, NotSent, Pipeline, now_ms};
use crate::batch::{BatchCheck, Progress};
use crate::credentials::Profile;
use crate::operation::{FormDraft, Operation};
use crate::signing::SignatureMethod;
use crate::storage::{
    BatchLink, BatchSettings, BatchState, History, NewBatch, NewRow, RowCounts, RowState,
    history_lost,
};
use crate::t;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// Calls in flight at once: enough to reach the limit over a slow network.
pub const IN_FLIGHT: usize = 8;

/// A batch's rows to send now.
#[derive(Debug, Clone)]
pub struct BatchJob {
    /// The recorded batch.
    pub batch_id: i64,
    /// The operation of every row.
    pub operation: Operation,
    /// How it is sent.
    pub settings: BatchSettings,
    /// The base preset's name, for the history.
    pub preset_name: Option<String>,
    /// Which of its recorded rows it sends: they are read from the history a page at a time,
    /// so a million-row batch is never held whole.
    pub pick: Pick,
    /// How many rows that is.
    pub count: usize,
    /// How the batch stood before this run (for a resume: rows already done).
    pub before: RowCounts,
}

/// How the window or the command line steers a running batch. Cheap to clone.
#[derive(Debug, Clone)]
pub struct BatchControl {
    stop: CancellationToken,
    abort: CancellationToken,
    paused: Arc<watch::Sender<bool>>,
}

impl Default for BatchControl {
    fn default() -> Self {
        BatchControl {
            stop: CancellationToken::new(),
            abort: CancellationToken::new(),
            paused: Arc::new(watch::Sender::new(false)),
        }
    }
}

impl BatchControl {
    /// Sends no new row until [`BatchControl::resume`].
    pub fn pause(&self) {
        self.paused.send_replace(true);
    }

    /// Sends rows again after a pause.
    pub fn resume(&self) {
        self.paused.send_replace(false);
    }

    /// Whether the batch is paused.
    pub fn is_paused(&self) -> bool {
        *self.paused.borrow()
    }

    /// Sends no new row; rows in flight finish. The batch can be resumed later.
    pub fn cancel(&self) {
        self.stop.cancel();
    }

    /// Cancels the calls in flight too (their outcome becomes unknown): the program is closing.
    pub fn abort(&self) {
        self.stop.cancel();
        self.abort.cancel();
    }
}

/// How one row ended.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowDone {
    /// Its number in the file.
    pub row: u32,
    /// Whether the service accepted it.
    pub ok: bool,
    /// The error code of a failure.
    pub code: Option<String>,
    /// The service's RequestId.
    pub request_id: Option<String>,
    /// The explanation of a failure, or the success sentence.
    pub message: String,
    /// Its history entry.
    pub history_id: Option<i64>,
    /// Throttling answers it met before its own answer.
    #[serde(skip)]
    pub throttled: u32,
    /// It was not sent because the history could not record it (the batch stops).
    #[serde(skip)]
    pub unrecorded: bool,
}

/// What a running batch reports.
#[derive(Debug, Clone)]
pub enum BatchUpdate {
    /// It started: rows to send in this run.
    Started {
        /// The batch.
        batch_id: i64,
        /// Rows this run sends.
        rows: u64,
    },
    /// A row ended; the progress after it.
    Row {
        /// The batch.
        batch_id: i64,
        /// The row.
        done: RowDone,
        /// Progress so far.
        progress: Box<Progress>,
    },
    /// It stopped or finished.
    Finished {
        /// The batch.
        batch_id: i64,
        /// Where it stands.
        state: BatchState,
        /// Progress of this run.
        progress: Box<Progress>,
        /// The whole batch's rows by state, earlier runs included.
        counts: RowCounts,
        /// It stopped because the history could not record a row (a full disk): no row was
        /// sent unrecorded.
        unrecorded: bool,
    },
}

/// Records a checked batch in the history and returns the job that sends it. Rows with
/// errors are recorded as skipped when `skip_invalid`; otherwise any error refuses the batch.
pub fn create(
    history: &Arc<Mutex<History>>,
    checked: &BatchCheck,
    source: &std::path::Path,
    preset_name: Option<String>,
    settings: BatchSettings,
    skip_invalid: bool,
) -> Result<BatchJob, String> {
    let errors = checked.error_rows();
    if errors > 0 && !skip_invalid {
        return Err(t!("m-batch-run-row-s-have-errors-fix", errors = errors));
    }
    if checked.sendable() == 0 {
        return Err(t!("m-batch-run-no-row-can-be-sent"));
    }
    let rows = checked
        .rows
        .iter()
        .map(|r| (r.row_no, r.draft.clone(), r.first_error()));
    record(
        history,
        checked.operation,
        source,
        preset_name,
        settings,
        rows,
        checked.sendable(),
    )
}

/// Records a batch whose rows come one at a time (a file read as it is sent into the history)
/// and returns the job that sends the `sendable` ones.
pub fn record(
    history: &Arc<Mutex<History>>,
    operation: Operation,
    source: &std::path::Path,
    preset_name: Option<String>,
    settings: BatchSettings,
    rows: impl IntoIterator<Item = NewRow>,
    sendable: usize,
) -> Result<BatchJob, String> {
    let batch = NewBatch {
        operation,
        source: source
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        source_path: Some(source.display().to_string()),
        preset_name: preset_name.clone(),
        settings: settings.clone(),
    };
    let id = lock(history)?
        .create_batch(&batch, rows, now_ms())
        .map_err(|e| e.to_string())?;
    Ok(BatchJob {
        batch_id: id,
        operation,
        settings,
        preset_name,
        pick: Pick::Waiting,
        count: sendable,
        before: RowCounts::default(),
    })
}

pub(super) fn lock(
    history: &Arc<Mutex<History>>,
) -> Result<std::sync::MutexGuard<'_, History>, String> {
    history.lock().map_err(|_| history_lost())
}

/// The order for one row, with the batch's settings (its fields checked once, here).
fn order_for(job: &BatchJob, fields: &FormDraft) -> Result<CallOrder, NotSent> {
    let mut order = CallOrder::check(job.operation, fields)?;
    order.profile = job.settings.profile.clone();
    order.endpoint = job.settings.endpoint.clone();
    order.preset_name = job.preset_name.clone();
    order.signature = SignatureMethod::parse(&job.settings.signature).unwrap_or_default();
    order.timeout = job.settings.timeout_secs.map(Duration::from_secs);
    Ok(order)
}

/// Sends a job's rows; reports each row and the end through `on_update`. Returns how the batch
/// stands, or why it could not start (then nothing was sent and the batch is left as it was).
pub async fn run(
    pipeline: &Pipeline,
    job: BatchJob,
    control: &BatchControl,
    mut on_update: impl FnMut(BatchUpdate),
) -> Result<BatchState, String> {
    let history = Arc::clone(
        pipeline
            .history()
            .ok_or(t!("m-batch-run-a-batch-needs-the-history"))?,
    );
    if job.count == 0 {
        return Err(t!("m-batch-run-the-batch-has-no-row"));
    }
    let settings = &job.settings;
    let profile = match pipeline
        .order_profile(settings.profile.as_deref(), settings.endpoint.as_deref())
        .await
    {
        Ok(p) => p,
        Err(e) => {
            lock(&history)?
                .set_batch_state(job.batch_id, BatchState::Stopped, now_ms())
                .ok();
            return Err(e.message());
        }
    };
    let batch_id = job.batch_id;
    let mut progress = Progress::new(job.count as u64, pipeline.calls_per_minute());
    on_update(BatchUpdate::Started {
        batch_id,
        rows: progress.total,
    });
    let mut paused = control.paused.subscribe();
    let mut rows = RowQueue::new(Arc::clone(&history), batch_id, job.pick);
    let mut in_flight: JoinSet<RowDone> = JoinSet::new();
    let mut stopped_at_error = false;
    let mut unrecorded = false;
    loop {
        let launch = !stopped_at_error
            && !control.stop.is_cancelled()
            && !*paused.borrow()
            && in_flight.len() < IN_FLIGHT;
        let next = if launch { rows.next() } else { Ok(None) };
        let next = next.unwrap_or_else(|_| {
            // The history cannot be read: stop, the rows left stay for a resume.
            stopped_at_error = true;
            None
        });
        if let Some((row_no, fields, uncertain)) = next {
            let order = order_for(&job, &fields);
            let task = RowTask {
                pipeline: pipeline.clone(),
                history: Arc::clone(&history),
                profile: profile.clone(),
                link: BatchLink { batch_id, row_no },
                abort: control.abort.clone(),
            };
            in_flight.spawn(async move { task.send(order, uncertain).await });
            continue;
        }
        let more_to_send = !stopped_at_error && rows.has_more();
        if in_flight.is_empty() && (!more_to_send || control.stop.is_cancelled()) {
            break;
        }
        tokio::select! {
            joined = in_flight.join_next(), if !in_flight.is_empty() => {
                let Some(Ok(done)) = joined else { continue };
                progress.record(done.ok);
                progress.throttled += u64::from(done.throttled);
                unrecorded |= done.unrecorded;
                if done.unrecorded || (!done.ok && !job.settings.continue_on_error) {
                    stopped_at_error = true;
                }
                on_update(BatchUpdate::Row { batch_id, done, progress: Box::new(progress.clone()) });
            }
            _ = paused.changed() => {}
            () = control.stop.cancelled(), if !control.stop.is_cancelled() => {}
        }
    }
    let left = rows.has_more();
    let state = if control.stop.is_cancelled() && left {
        BatchState::Cancelled
    } else if stopped_at_error && left {
        BatchState::Stopped
    } else {
        BatchState::Done
    };
    progress.finish();
    let counts = {
        let history = lock(&history)?;
        history
            .set_batch_state(batch_id, state, now_ms())
            .map_err(|e| e.to_string())?;
        history
            .batch(batch_id)
            .ok()
            .flatten()
            .map_or_else(RowCounts::default, |b| b.counts)
    };
    on_update(BatchUpdate::Finished {
        batch_id,
        state,
        progress: Box::new(progress),
        counts,
        unrecorded,
    });
    Ok(state)
}

/// One row's call, run as its own task.
struct RowTask {
    pipeline: Pipeline,
    history: Arc<Mutex<History>>,
    profile: Profile,
    link: BatchLink,
    abort: CancellationToken,
}

fn not_carried_out() -> String {
    t!("m-batch-run-not-carried-out-sent-again")
}

fn already_done() -> String {
    t!("m-batch-run-already-in-place-the-call")
}

impl RowTask {
    async fn send(self, order: Result<CallOrder, NotSent>, uncertain: bool) -> RowDone {
        let row = self.link.row_no;
        let resolved = order.and_then(|o| Ok((self.pipeline.resolve_with(&o, &self.profile)?, o)));
        let (resolved, order) = match resolved {
            Ok(both) => both,
            Err(e) => return self.settle(RowState::Failed, None, &not_sent_message(&e)),
        };
        if uncertain {
            match self.took_effect(&resolved, &order).await {
                Some(true) => return self.settle(RowState::Ok, None, &already_done()),
                // Known now: the earlier call was not carried out; it is sent again.
                Some(false) => {
                    if let Ok(h) = self.history.lock() {
                        h.settle_unknown_call(self.link, &not_carried_out()).ok();
                    }
                }
                None => {}
            }
        }
        let report = match self
            .pipeline
            .send_row(&resolved, &order, self.link, &self.abort)
            .await
        {
            Ok(report) => report,
            // Not recorded, so not sent: the row stays as it was (a resume sends it), and the
            // batch stops, saying why.
            Err(e) => {
                return RowDone {
                    row,
                    ok: false,
                    code: None,
                    request_id: None,
                    message: e.message(),
                    history_id: None,
                    throttled: 0,
                    unrecorded: true,
                };
            }
        };
        let ok = report.result.outcome.is_success();
        RowDone {
            row,
            ok,
            code: report.result.outcome.error_code().map(str::to_string),
            request_id: report.result.outcome.request_id().map(str::to_string),
            message: match &report.explanation {
                Some(e) => e.one_line(),
                None => report.request.success_sentence(),
            },
            history_id: report.history_id,
            throttled: report.throttled,
            unrecorded: false,
        }
    }

    /// Whether an add or delete whose outcome is unknown took effect (asked of the service).
    /// `None` when the service could not tell (or the operation is neither).
    async fn took_effect(&self, resolved: &super::Resolved, order: &CallOrder) -> Option<bool> {
        let found = self
            .pipeline
            .find_config(resolved, order, &self.abort)
            .await?;
        match order.operation() {
            Operation::Add => Some(found.is_some()),
            Operation::Delete => Some(found.is_none()),
            _ => None,
        }
    }

    /// Records a row's end without sending it.
    fn settle(&self, state: RowState, code: Option<&str>, message: &str) -> RowDone {
        // A row's end that cannot be recorded stops the batch too.
        let recorded = self
            .history
            .lock()
            .is_ok_and(|h| h.settle_row(self.link, state, code, message).is_ok());
        RowDone {
            unrecorded: !recorded,
            row: self.link.row_no,
            ok: state == RowState::Ok,
            code: code.map(str::to_string),
            request_id: None,
            message: message.to_string(),
            history_id: None,
            throttled: 0,
        }
    }
}

fn not_sent_message(e: &NotSent) -> String {
    match e {
        NotSent::Invalid(checked) => checked
            .findings
            .iter()
            .find(|f| f.is_error())
            .map(|f| format!("{}: {}", f.field.api_name(), f.message()))
            .unwrap_or_else(|| e.message()),
        other => other.message(),
    }
}
