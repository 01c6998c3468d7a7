//! Group commit for the history: calls in flight hand their writes (an entry begun, an entry
//! completed) to one task, which writes every write waiting at that moment in a single
//! transaction. Each caller still waits until its own write is on disk before it goes on, so
//! "recorded before it is sent" holds; many calls at once share one disk write.

use crate::client::{CallResult, Outcome};
use crate::errors::Explanation;
use crate::operation::Request;
use crate::storage::{Completion, History, OutcomeKind, Write, history_lost};
use std::sync::{Arc, Mutex, OnceLock};
use tokio::sync::{mpsc, oneshot};

/// The most writes one transaction takes.
const MAX_GROUP: usize = 64;

type Reply = oneshot::Sender<Result<Option<i64>, String>>;

/// Hands writes to the group-commit task (started on first use, on the caller's runtime).
#[derive(Clone)]
pub struct HistoryWriter {
    history: Arc<Mutex<History>>,
    queue: Arc<OnceLock<mpsc::UnboundedSender<(Write, Reply)>>>,
}

impl HistoryWriter {
    /// A writer for `history`.
    pub fn new(history: Arc<Mutex<History>>) -> HistoryWriter {
        HistoryWriter {
            history,
            queue: Arc::new(OnceLock::new()),
        }
    }

    /// Writes `write` (with whatever else is waiting); the ID of a begun entry.
    pub async fn write(&self, write: Write) -> Result<Option<i64>, String> {
        let queue = self.queue.get_or_init(|| {
            let (tx, rx) = mpsc::unbounded_channel();
            tokio::spawn(run(Arc::clone(&self.history), rx));
            tx
        });
        let (reply, answer) = oneshot::channel();
        queue.send((write, reply)).map_err(|_| history_lost())?;
        answer.await.map_err(|_| history_lost())?
    }
}

async fn run(history: Arc<Mutex<History>>, mut queue: mpsc::UnboundedReceiver<(Write, Reply)>) {
    while let Some(first) = queue.recv().await {
        let mut group = vec![first];
        while group.len() < MAX_GROUP {
            match queue.try_recv() {
                Ok(next) => group.push(next),
                Err(_) => break,
            }
        }
        let (writes, replies): (Vec<Write>, Vec<Reply>) = group.into_iter().unzip();
        let history = Arc::clone(&history);
        // The database work runs off the async threads (and holds tokio's paused clock still
        // in tests, as real work should).
        let results = tokio::task::spawn_blocking(move || write_all(&history, &writes))
            .await
            .unwrap_or_else(|_| vec![Err(history_lost()); replies.len()]);
        for (reply, result) in replies.into_iter().zip(results) {
            reply.send(result).ok();
        }
    }
}

/// Writes the group in one transaction; if that fails, each write alone, so that one bad write
/// fails only its own call.
fn write_all(history: &Mutex<History>, writes: &[Write]) -> Vec<Result<Option<i64>, String>> {
    let Ok(history) = history.lock() else {
        return vec![Err(history_lost()); writes.len()];
    };
    match history.write_group(writes) {
        Ok(ids) => ids.into_iter().map(Ok).collect(),
        Err(_) if writes.len() > 1 => writes
            .iter()
            .map(|w| {
                history
                    .write_group(std::slice::from_ref(w))
                    .map(|ids| ids.into_iter().next().flatten())
                    .map_err(|e| e.to_string())
            })
            .collect(),
        Err(e) => vec![Err(e.to_string())],
    }
}

/// What the history keeps of a result: never a secret, never the signature.
pub fn completion(
    result: &CallResult,
    explanation: Option<&Explanation>,
    request: &Request,
) -> Completion {
    let outcome = match &result.outcome {
        Outcome::Success { .. } => OutcomeKind::Ok,
        Outcome::Cancelled => OutcomeKind::Unknown,
        Outcome::Network { kind, .. } if kind.is_uncertain() => OutcomeKind::Unknown,
        // An earlier attempt may have been carried out (it reached the service, then the
        // answer was lost): a change stays unknown until the service says otherwise, whatever
        // the retry was told (an Add retried is refused as ConfigAlreadyExists).
        _ if result.had_uncertain_attempt && request.operation().spec().changes_account => {
            OutcomeKind::Unknown
        }
        _ => OutcomeKind::Error,
    };
    let error_message = match &result.outcome {
        Outcome::ServiceError(e) => Some(e.message.clone()),
        Outcome::Network { detail, .. } => Some(detail.clone()),
        _ => None,
    };
    Completion {
        outcome,
        request_id: result.outcome.request_id().map(str::to_string),
        http_status: result.outcome.http_status(),
        error_code: result.outcome.error_code().map(str::to_string),
        error_message,
        explanation: Some(match explanation {
            Some(e) => e.one_line(),
            None => request.success_sentence(),
        }),
        duration_ms: result.elapsed_ms,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::ServiceError;
    use crate::operation::{FormDraft, Operation, check};

    fn refused_after_a_lost_answer() -> CallResult {
        CallResult {
            outcome: Outcome::ServiceError(ServiceError {
                http_status: 400,
                code: "ConfigAlreadyExists".into(),
                message: "Config has already exist.".into(),
                request_id: None,
                host_id: None,
                recommend: None,
                access_denied_detail: None,
            }),
            raw_body: String::new(),
            from_sandbox: true,
            elapsed_ms: 1,
            attempts: 2,
            had_uncertain_attempt: true,
            string_to_sign: String::new(),
        }
    }

    #[test]
    fn a_change_whose_earlier_attempt_may_have_landed_is_unknown_not_failed() {
        let add = check(Operation::Add, &FormDraft::example())
            .request
            .expect("valid");
        let done = completion(&refused_after_a_lost_answer(), None, &add);
        assert_eq!(done.outcome, OutcomeKind::Unknown);
        // A read changes nothing: its refusal is a failure.
        let list = check(Operation::Describe, &FormDraft::example())
            .request
            .expect("valid");
        let done = completion(&refused_after_a_lost_answer(), None, &list);
        assert_eq!(done.outcome, OutcomeKind::Error);
    }
}
