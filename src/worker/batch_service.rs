//! The worker's batch commands: checks run off the async threads, batches run as tasks the
//! window steers by ID, and every change is answered with events.

use super::batch_run::{self, BatchControl, BatchJob, BatchUpdate};
use super::pipeline::Pipeline;
use super::service::EventSender;
use super::{BatchCommand, BatchEvent, Event};
use crate::atomic_file::write_atomically;
use crate::batch::{self, results};
use crate::i18n::Said;
use crate::said;
use crate::storage::paths::check_export_target;
use crate::storage::{History, StorageError};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The batches this worker is sending, by ID.
#[derive(Default)]
pub(super) struct Batches {
    running: Arc<Mutex<HashMap<i64, BatchControl>>>,
}

impl Batches {
    /// Stops every running batch at once (the window is closing).
    pub(super) fn abort_all(&self) {
        if let Ok(running) = self.running.lock() {
            running.values().for_each(BatchControl::abort);
        }
    }

    fn control(&self, id: i64) -> Option<BatchControl> {
        self.running.lock().ok()?.get(&id).cloned()
    }

    /// Carries out one batch command.
    pub(super) fn handle(
        &self,
        command: BatchCommand,
        pipeline: &Pipeline,
        data_dir: &std::path::Path,
        events: &EventSender,
    ) {
        let Some(history) = pipeline.history().cloned() else {
            events.send(Event::Problem(said!(
                "m-batch-service-batches-need-the-history-to"
            )));
            return;
        };
        let problem = |e: Said| events.send(Event::Problem(e));
        match command {
            BatchCommand::Check {
                path,
                operation,
                base,
            } => {
                let events = events.clone();
                tokio::task::spawn_blocking(move || {
                    let result = batch::read_file(&path)
                        .map(|file| {
                            let checked = batch::check_rows(operation, file.drafts(&base));
                            (Box::new(checked), file.encoding)
                        })
                        .map_err(Said::of);
                    events.send(Event::Batch(BatchEvent::Checked { path, result }));
                });
            }
            BatchCommand::Start {
                checked,
                source,
                preset_name,
                settings,
                skip_invalid,
            } => match batch_run::create(
                &history,
                &checked,
                &source,
                preset_name,
                settings,
                skip_invalid,
            ) {
                Ok(job) => self.spawn(job, pipeline, events),
                Err(e) => problem(said!("m-batch-service-the-batch-was-not-started", e = e)),
            },
            BatchCommand::Rerun {
                id,
                kind,
                corrections,
            } => match batch_run::rerun(&history, id, kind, &corrections, Some(data_dir)) {
                Ok(job) => self.spawn(job, pipeline, events),
                Err(e) => problem(said!("m-batch-service-nothing-was-sent", e = e.to_string())),
            },
            BatchCommand::ReviewRetry(id) => {
                let events = events.clone();
                tokio::task::spawn_blocking(move || {
                    match batch_run::retry_corrections(&history, id, None) {
                        Ok((path, corrections)) => {
                            events.send(Event::Batch(BatchEvent::RetryReview {
                                id,
                                path,
                                corrections: corrections.map_err(Said::of),
                            }));
                        }
                        Err(e) => events.send(Event::Problem(said!(
                            "m-batch-service-nothing-was-sent",
                            e = e
                        ))),
                    }
                });
            }
            BatchCommand::Pause(id) => self.control(id).iter().for_each(BatchControl::pause),
            BatchCommand::Continue(id) => self.control(id).iter().for_each(BatchControl::resume),
            BatchCommand::Cancel(id) => self.control(id).iter().for_each(BatchControl::cancel),
            BatchCommand::List => match read(&history, History::batches) {
                Ok(list) => events.send(Event::Batch(BatchEvent::List(list))),
                Err(e) => problem(e),
            },
            BatchCommand::Rows(id) => match read(&history, |h| h.batch_rows(id)) {
                Ok(rows) => events.send(Event::Batch(BatchEvent::Rows { id, rows })),
                Err(e) => problem(e),
            },
            BatchCommand::Export {
                id,
                format,
                failures_only,
                path,
            } => {
                let exported = check_export_target(&path, data_dir)
                    .map_err(Said::of)
                    .and_then(|()| read(&history, |h| h.batch_rows(id)))
                    .and_then(|rows| {
                        results::export(rows, format, failures_only, &path).map_err(Said::of)
                    });
                match exported {
                    Ok(n) => events.send(Event::Notice(said!(
                        "m-batch-service-exported-rows-to",
                        n = n,
                        path = path.clone()
                    ))),
                    Err(e) => problem(said!(
                        "m-batch-service-could-not-export-to",
                        path = path.clone(),
                        e = e
                    )),
                }
            }
            BatchCommand::Template {
                operation,
                base,
                path,
            } => {
                if let Err(e) = check_export_target(&path, data_dir) {
                    problem(Said::of(e));
                    return;
                }
                let text = batch::template_csv(operation, &base);
                write_file(
                    &path,
                    &text,
                    events,
                    said!("m-batch-service-wrote-the-template"),
                );
            }
        }
    }

    /// Runs a job as its own task; its updates go to the window.
    fn spawn(&self, job: BatchJob, pipeline: &Pipeline, events: &EventSender) {
        let id = job.batch_id;
        let control = BatchControl::default();
        if let Ok(mut running) = self.running.lock() {
            running.insert(id, control.clone());
        }
        let (pipeline, events, running) =
            (pipeline.clone(), events.clone(), Arc::clone(&self.running));
        tokio::spawn(async move {
            let sender = events.clone();
            let result = batch_run::run(&pipeline, job, &control, move |update: BatchUpdate| {
                sender.send(Event::Batch(BatchEvent::Update(update)));
            })
            .await;
            if let Ok(mut running) = running.lock() {
                running.remove(&id);
            }
            if let Err(e) = result {
                events.send(Event::Problem(said!(
                    "m-batch-service-batch-could-not-be-sent",
                    id = id,
                    e = e
                )));
            }
            events.send(Event::HistoryChanged);
        });
    }
}

/// Reads from the history, or says why it cannot.
fn read<T>(
    history: &Mutex<History>,
    f: impl FnOnce(&History) -> Result<T, StorageError>,
) -> Result<T, Said> {
    let history = history
        .lock()
        .map_err(|_| said!("m-mod-the-history-is-unavailable-after"))?;
    f(&history).map_err(Said::of)
}

fn write_file(path: &std::path::Path, text: &str, events: &EventSender, done: Said) {
    let path = path.to_path_buf();
    match write_atomically(&path, text.as_bytes()) {
        Ok(()) => events.send(Event::Notice(said!(
            "m-batch-service-done-path",
            done = done,
            path = path
        ))),
        Err(e) => events.send(Event::Problem(said!(
            "m-batch-service-could-not-write",
            path = path,
            e = Said::of(e)
        ))),
    }
}
