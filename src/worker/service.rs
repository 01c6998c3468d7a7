//! The worker task: receives commands, runs submissions concurrently (so Cancel is heard while
//! one is in flight), and answers history and preset requests.

use super::pipeline::{CallOrder, Pipeline, now_ms};
use super::{ACCOUNT_STALE_AFTER_MS, ReadAccount};
use super::{Command, Event, JobId, SandboxReset, Waker, batch_service, profiles};
use crate::client::ClientConfig;
use crate::credentials::SecretStore;
use crate::i18n::Said;
use crate::said;
use crate::storage::account_cache::AccountCache;
use crate::storage::history_export;
use crate::storage::paths::check_export_target;
use crate::storage::{History, PresetStore};
use crate::t;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

/// How the worker is set up.
#[derive(Clone)]
pub struct WorkerConfig {
    /// Where presets and history live.
    pub data_dir: PathBuf,
    /// Timeouts, retries and the rate limit of the HTTP client.
    pub client: ClientConfig,
    /// Where saved profiles keep their secrets.
    pub secrets: SecretStore,
    /// The profiles that are not saved (the built-in sandbox's, the environment's).
    pub built_in_profiles: Vec<crate::credentials::Profile>,
    /// Empties the built-in sandbox.
    pub sandbox_reset: Option<SandboxReset>,
}

/// The UI's end of the worker: send commands, drain events. Never blocks.
#[derive(Debug)]
pub struct WorkerHandle {
    commands: mpsc::UnboundedSender<Command>,
    events: std::sync::mpsc::Receiver<Event>,
}

impl WorkerHandle {
    /// Sends a command; a stopped worker drops it (the UI then simply gets no answer).
    pub fn send(&self, command: Command) {
        self.commands.send(command).ok();
    }

    /// The next event, if one has arrived.
    pub fn try_recv(&self) -> Option<Event> {
        self.events.try_recv().ok()
    }
}

/// Starts the worker on `runtime`; `wake` is called after each event.
pub fn spawn(runtime: &tokio::runtime::Handle, config: WorkerConfig, wake: Waker) -> WorkerHandle {
    let (command_tx, command_rx) = mpsc::unbounded_channel();
    let (event_tx, event_rx) = std::sync::mpsc::channel();
    let events = EventSender {
        events: event_tx,
        wake,
    };
    runtime.spawn(run(config, command_rx, events));
    WorkerHandle {
        commands: command_tx,
        events: event_rx,
    }
}

/// Sends events to the UI and wakes it.
#[derive(Clone)]
pub(super) struct EventSender {
    events: std::sync::mpsc::Sender<Event>,
    wake: Waker,
}

impl EventSender {
    /// Sends and wakes the UI; a closed UI is not an error.
    pub(super) fn send(&self, event: Event) {
        self.events.send(event).ok();
        (self.wake)();
    }
}

async fn run(
    config: WorkerConfig,
    mut commands: mpsc::UnboundedReceiver<Command>,
    events: EventSender,
) {
    let opened = match Pipeline::open(
        &config.data_dir,
        config.client.clone(),
        config.secrets.clone(),
        config.built_in_profiles.clone(),
    ) {
        Ok(opened) => opened,
        Err(e) => {
            events.send(Event::Problem(Said::of(e)));
            return;
        }
    };
    let opened_problem = opened.history_problem;
    let pipeline = opened.pipeline;
    if let Some(e) = opened_problem {
        events.send(Event::HistoryUnavailable(Said::of(e)));
    }
    let client = Arc::new(pipeline.client().clone());
    let history = pipeline.history().cloned();
    let book = pipeline.book().clone();
    let presets = PresetStore::new(&config.data_dir);
    let batches = batch_service::Batches::default();
    let mut in_flight: HashMap<JobId, CancellationToken> = HashMap::new();
    let (done_tx, mut done_rx) = mpsc::unbounded_channel::<JobId>();
    loop {
        let command = tokio::select! {
            Some(id) = done_rx.recv() => {
                in_flight.remove(&id);
                continue;
            }
            command = commands.recv() => match command {
                Some(c) => c,
                None => break,
            },
        };
        match command {
            Command::Call { id, order } => {
                let cancel = CancellationToken::new();
                in_flight.insert(id, cancel.clone());
                let (pipeline, events, done) = (pipeline.clone(), events.clone(), done_tx.clone());
                tokio::spawn(async move {
                    match pipeline.resolve(&order).await {
                        Ok(resolved) => {
                            events.send(Event::Started(id));
                            match pipeline.send(&resolved, &order, &cancel).await {
                                Ok(report) => {
                                    events.send(Event::Finished(id, Box::new(report)));
                                    events.send(Event::HistoryChanged);
                                }
                                Err(not_sent) => events.send(Event::NotSent(id, not_sent)),
                            }
                        }
                        Err(not_sent) => events.send(Event::NotSent(id, not_sent)),
                    }
                    done.send(id).ok();
                });
            }
            Command::Account {
                profile,
                like,
                read,
            } => {
                let cache = AccountCache::new(&config.data_dir);
                let (pipeline, events) = (pipeline.clone(), events.clone());
                tokio::spawn(async move {
                    read_account(&pipeline, &cache, profile, &like, read, &events).await;
                });
            }
            Command::PlanFile { path, like } => {
                let (pipeline, events) = (pipeline.clone(), events.clone());
                tokio::spawn(async move {
                    let result = match std::fs::read_to_string(&path) {
                        Err(e) => Err(Said::verbatim(format!("{}: {e}", path.display()))),
                        Ok(text) => pipeline
                            .plan_file(&text, &[], &like, &CancellationToken::new())
                            .await
                            .map(Box::new)
                            .map_err(problem_words),
                    };
                    events.send(Event::Planned(result));
                    events.send(Event::HistoryChanged);
                });
            }
            Command::ExportFile {
                path,
                profile,
                like,
            } => {
                let cache = AccountCache::new(&config.data_dir);
                let (pipeline, events) = (pipeline.clone(), events.clone());
                tokio::spawn(async move {
                    let cancel = CancellationToken::new();
                    let (facts, _, _) = pipeline
                        .cached_account_facts(&cache, &profile, &like, &cancel)
                        .await;
                    let domains: Vec<String> = facts
                        .streaming_domains()
                        .iter()
                        .map(|d| d.name.clone())
                        .collect();
                    let (read, configs, problems) =
                        pipeline.export_configs(&like, &domains, &cancel).await;
                    let text = crate::operation::desired_state::export(&read, &configs);
                    let words = match crate::atomic_file::write_atomically(&path, text.as_bytes()) {
                        Ok(()) => {
                            let done = crate::t!(
                                "cli-desired-exported",
                                configs = configs.len(),
                                domains = read.len(),
                                path = path.display().to_string()
                            );
                            Said::verbatim(
                                std::iter::once(done)
                                    .chain(problems)
                                    .collect::<Vec<_>>()
                                    .join("\n"),
                            )
                        }
                        Err(e) => Said::verbatim(e.to_string()),
                    };
                    events.send(Event::Applied(words));
                    events.send(Event::HistoryChanged);
                });
            }
            Command::AddToFile { path, draft } => {
                let words = match std::fs::read_to_string(&path) {
                    Err(e) => Said::verbatim(format!("{}: {e}", path.display())),
                    Ok(text) => match crate::operation::desired_state::append(&text, &draft) {
                        Err(problems) => Said::verbatim(problems.join("\n")),
                        Ok(text) => {
                            match crate::atomic_file::write_atomically(&path, text.as_bytes()) {
                                Ok(()) => said!(
                                    "plan-added-to-file",
                                    config = draft.target(),
                                    path = path.display().to_string()
                                ),
                                Err(e) => Said::verbatim(e.to_string()),
                            }
                        }
                    },
                };
                events.send(Event::Applied(words));
            }
            Command::ApplyPlan { file, plan, like } => {
                let (pipeline, events) = (pipeline.clone(), events.clone());
                tokio::spawn(async move {
                    let total = plan.changes.len();
                    let calls: usize = plan
                        .changes
                        .iter()
                        .map(|c| super::desired::calls_of(c).len())
                        .sum();
                    let progress_events = events.clone();
                    let made = std::sync::atomic::AtomicUsize::new(0);
                    let progress = move |_: &super::CallReport, _: usize| {
                        let done = made.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
                        progress_events.send(Event::ApplyProgress { done, total: calls });
                    };
                    let done = pipeline
                        .apply_plan(
                            &file,
                            &plan,
                            &like,
                            false,
                            &progress,
                            &CancellationToken::new(),
                        )
                        .await;
                    let words = match done {
                        Ok(done) if done.failed == 0 => {
                            said!("cli-desired-applied", applied = done.applied, total = total)
                        }
                        Ok(done) => said!(
                            "plan-applied-with-failure",
                            applied = done.applied,
                            total = total
                        ),
                        Err(problem) => problem_words(problem),
                    };
                    events.send(Event::Applied(words));
                    events.send(Event::HistoryChanged);
                });
            }
            Command::Overview { profile, like } => {
                let cache = AccountCache::new(&config.data_dir);
                let (pipeline, events) = (pipeline.clone(), events.clone());
                tokio::spawn(async move {
                    let progress_events = events.clone();
                    let name = profile.clone();
                    let progress = move |done, total| {
                        progress_events.send(Event::OverviewProgress {
                            profile: name.clone(),
                            done,
                            total,
                        });
                    };
                    let reading = pipeline
                        .read_overview(
                            &like,
                            (&cache, &profile),
                            &[],
                            &progress,
                            &CancellationToken::new(),
                        )
                        .await;
                    events.send(Event::Overview {
                        profile,
                        reading: Box::new(reading),
                    });
                    events.send(Event::HistoryChanged);
                });
            }
            Command::DomainFacts {
                profile,
                domain,
                ingest,
                like,
            } => {
                let cache = AccountCache::new(&config.data_dir);
                let (pipeline, events) = (pipeline.clone(), events.clone());
                tokio::spawn(async move {
                    let cancel = CancellationToken::new();
                    let (facts, mut problems, _) =
                        pipeline.domain_facts(&domain, ingest, &like, &cancel).await;
                    if let Err(e) = cache.keep_details(&profile, &facts) {
                        problems.push(Said::of(e));
                    }
                    events.send(Event::DomainFacts {
                        profile,
                        facts: Box::new(facts),
                        problems,
                    });
                    events.send(Event::HistoryChanged);
                });
            }
            Command::ResetSandbox => match &config.sandbox_reset {
                Some(reset) => match (reset.0)() {
                    Ok(()) => {
                        events.send(Event::Notice(said!("m-service-the-sandbox-was-reset-it")))
                    }
                    Err(e) => events.send(Event::Problem(said!(
                        "m-service-the-sandbox-could-not-be",
                        e = Said::of(e)
                    ))),
                },
                None => events.send(Event::Problem(said!("m-service-there-is-no-built-in"))),
            },
            Command::Cancel(id) => {
                if let Some(token) = in_flight.get(&id) {
                    token.cancel();
                }
            }
            Command::Batch(command) => {
                batches.handle(command, &pipeline, &config.data_dir, &events);
            }
            Command::Profiles(change) => profiles::change(change, &book, &events),
            Command::TestProfile(profile) => profiles::test(*profile, &book, &client, &events),
            other => handle_storage(
                other,
                history.as_deref(),
                &presets,
                &config.data_dir,
                &events,
            ),
        }
    }
    for token in in_flight.values() {
        token.cancel();
    }
    batches.abort_all();
}

/// History and preset commands: quick local file and database work.
fn handle_storage(
    command: Command,
    history: Option<&Mutex<History>>,
    presets: &PresetStore,
    data_dir: &std::path::Path,
    events: &EventSender,
) {
    let with_history = |f: &mut dyn FnMut(&mut History) -> Result<(), Said>| {
        let Some(history) = history else {
            return;
        };
        let result = match history.lock() {
            Ok(mut h) => f(&mut h),
            Err(_) => Err(said!("m-mod-the-history-is-unavailable-after")),
        };
        if let Err(e) = result {
            events.send(Event::Problem(e));
        }
    };
    match command {
        Command::LoadHistory {
            generation,
            query,
            offset,
            limit,
        } => with_history(&mut |h| {
            let total = h.count(&query).map_err(Said::of)?;
            let rows = h.page(&query, offset, limit).map_err(Said::of)?;
            events.send(Event::HistoryPage {
                generation,
                offset,
                total,
                rows,
            });
            Ok(())
        }),
        Command::ListDomains => with_history(&mut |h| {
            let domains = h.recent_domains(20).map_err(Said::of)?;
            events.send(Event::Domains(domains));
            Ok(())
        }),
        Command::DeleteHistory(ids) => with_history(&mut |h| {
            h.delete(&ids).map_err(Said::of)?;
            events.send(Event::HistoryChanged);
            Ok(())
        }),
        Command::ClearHistory => with_history(&mut |h| {
            h.clear().map_err(Said::of)?;
            events.send(Event::HistoryChanged);
            Ok(())
        }),
        Command::ExportHistory {
            query,
            format,
            path,
        } => with_history(&mut |h| {
            let total = h.count(&query).map_err(Said::of)?;
            let rows = h.page(&query, 0, total).map_err(Said::of)?;
            check_export_target(&path, data_dir).map_err(Said::of)?;
            history_export::export(&rows, format, &path).map_err(Said::of)?;
            events.send(Event::Notice(said!(
                "m-service-exported-entries-to",
                count = rows.len(),
                path = path.clone()
            )));
            Ok(())
        }),
        Command::ListPresets => send_presets(presets, events),
        Command::SavePreset { preset, overwrite } => {
            match presets.save(&preset, overwrite) {
                Ok(()) => events.send(Event::PresetSaved(preset.name.trim().to_string())),
                Err(e) => events.send(Event::Problem(Said::of(e))),
            }
            send_presets(presets, events);
        }
        Command::RenamePreset { from, to } => {
            match presets.rename(&from, &to) {
                Ok(()) => events.send(Event::PresetSaved(to.trim().to_string())),
                Err(e) => events.send(Event::Problem(Said::of(e))),
            }
            send_presets(presets, events);
        }
        Command::DeletePreset(name) => {
            if let Err(e) = presets.delete(&name) {
                events.send(Event::Problem(Said::of(e)));
            }
            send_presets(presets, events);
        }
        Command::ImportPresets(path) => {
            match presets.import(&path) {
                Ok(report) => {
                    let imported = report.imported.clone();
                    events.send(Event::Notice(Said::new(move || {
                        let names: Vec<String> = imported
                            .iter()
                            .map(|(original, saved)| {
                                if original == saved {
                                    format!("\"{saved}\"")
                                } else {
                                    t!("m-service-as", original = original, saved = saved)
                                }
                            })
                            .collect();
                        t!("m-service-imported", names = names.join(", "))
                    })));
                }
                Err(e) => events.send(Event::Problem(said!(
                    "m-service-nothing-was-imported",
                    e = Said::of(e)
                ))),
            }
            send_presets(presets, events);
        }
        Command::ExportPresets { names, path } => match presets.export(&names, &path) {
            Ok(n) => events.send(Event::Notice(said!(
                "m-service-exported-preset-s-to",
                n = n,
                path = path.clone()
            ))),
            Err(e) => events.send(Event::Problem(Said::of(e))),
        },
        // Answered by the worker loop before it gets here; named so a new command cannot be
        // dropped silently.
        Command::Call { .. }
        | Command::Account { .. }
        | Command::DomainFacts { .. }
        | Command::Overview { .. }
        | Command::PlanFile { .. }
        | Command::ApplyPlan { .. }
        | Command::ExportFile { .. }
        | Command::AddToFile { .. }
        | Command::ResetSandbox
        | Command::Cancel(_)
        | Command::Profiles(_)
        | Command::Batch(_)
        | Command::TestProfile(_) => {}
    }
}

/// A plan's or an apply's problem, in words.
fn problem_words(problem: super::desired::DesiredProblem) -> Said {
    use super::desired::DesiredProblem;
    match problem {
        DesiredProblem::File(problems) => Said::verbatim(problems.join("\n")),
        DesiredProblem::Account(why) => Said::verbatim(why),
        DesiredProblem::ChangedMeanwhile => said!("cli-desired-changed-meanwhile"),
    }
}

/// Answers [`Command::Account`]: the cache at once, then the account when `read` says so
/// (kept in the cache when anything could be read).
async fn read_account(
    pipeline: &Pipeline,
    cache: &AccountCache,
    profile: String,
    like: &CallOrder,
    read: ReadAccount,
    events: &EventSender,
) {
    let cached = cache.load(&profile);
    let now = now_ms();
    let stale = cached
        .as_ref()
        .is_none_or(|c| now - c.fetched_at_ms > ACCOUNT_STALE_AFTER_MS);
    let reads = match read {
        ReadAccount::Never => false,
        ReadAccount::IfStale => stale,
        ReadAccount::Now => true,
    };
    if cached.is_some() || !reads {
        events.send(Event::Account {
            profile: profile.clone(),
            facts: cached.map(Box::new),
            fresh: false,
            problems: Vec::new(),
        });
    }
    if !reads {
        return;
    }
    let (facts, problems, _) = pipeline
        .account_facts(like, now, &CancellationToken::new())
        .await;
    let read_something = facts.domains.is_some();
    let mut problems = problems;
    if read_something && let Err(e) = cache.save(&profile, &facts) {
        problems.push(Said::of(e));
    }
    events.send(Event::Account {
        profile,
        facts: read_something.then(|| Box::new(facts)),
        fresh: true,
        problems,
    });
    events.send(Event::HistoryChanged);
}

fn send_presets(presets: &PresetStore, events: &EventSender) {
    let (list, problems) = presets.list();
    events.send(Event::Presets {
        presets: list,
        problems: problems.into_iter().map(Said::of).collect(),
    });
}
