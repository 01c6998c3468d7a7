//! What the user asks of the history: a search text and filters, turned into SQL.

use super::history::OutcomeKind;
use rusqlite::types::Value;

/// A search of the history. The default matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryQuery {
    /// Words to find in domain, app, stream, RequestId or error code (all must match).
    pub search: String,
    /// Only entries with this outcome.
    pub outcome: Option<OutcomeKind>,
    /// Only entries sent with this profile.
    pub profile: Option<String>,
    /// Only sandbox entries (`Some(true)`) or only real ones (`Some(false)`).
    pub sandbox: Option<bool>,
    /// Only entries started at or after this time (Unix milliseconds).
    pub from_ms: Option<i64>,
    /// Only entries started before this time (Unix milliseconds).
    pub to_ms: Option<i64>,
    /// Only the calls that change the account (add, update, delete), not the reads.
    pub changes_only: bool,
    /// Only calls sent with a profile of this kind.
    pub kind: Option<crate::credentials::ProfileKind>,
}

/// Shortest word the full-text index can find; shorter words are matched with LIKE.
const MIN_INDEXED_CHARS: usize = 3;

impl HistoryQuery {
    /// Matches entries whose text contains `text`.
    pub fn search(text: impl Into<String>) -> HistoryQuery {
        HistoryQuery {
            search: text.into(),
            ..HistoryQuery::default()
        }
    }

    /// The `WHERE` clause (without the keyword, "1" when empty) and its parameters.
    pub fn where_clause(&self) -> (String, Vec<Value>) {
        let mut clauses: Vec<String> = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        let mut phrases: Vec<String> = Vec::new();
        for word in self.search.split_whitespace() {
            if word.chars().count() >= MIN_INDEXED_CHARS {
                phrases.push(format!("\"{}\"", word.replace('"', "\"\"")));
            } else {
                params.push(Value::Text(format!("%{}%", escape_like(word))));
                let n = params.len();
                clauses.push(format!(
                    "(domain LIKE ?{n} ESCAPE '\\' OR app LIKE ?{n} ESCAPE '\\' OR stream LIKE ?{n} ESCAPE '\\' \
                     OR request_id LIKE ?{n} ESCAPE '\\' OR error_code LIKE ?{n} ESCAPE '\\')"
                ));
            }
        }
        if !phrases.is_empty() {
            params.push(Value::Text(phrases.join(" AND ")));
            clauses.push(format!(
                "id IN (SELECT rowid FROM history_fts WHERE history_fts MATCH ?{})",
                params.len()
            ));
        }
        if let Some(outcome) = self.outcome {
            params.push(Value::Text(outcome.as_str().to_string()));
            clauses.push(format!("outcome = ?{}", params.len()));
        }
        if let Some(profile) = &self.profile {
            params.push(Value::Text(profile.clone()));
            clauses.push(format!("profile = ?{}", params.len()));
        }
        if let Some(kind) = self.kind {
            params.push(Value::Text(kind.as_str().to_string()));
            // A call recorded before kinds existed: the sandbox's, else a test account's.
            clauses.push(format!(
                "COALESCE(profile_kind, CASE WHEN sandbox THEN 'sandbox' ELSE 'test' END) = ?{}",
                params.len()
            ));
        }
        if let Some(sandbox) = self.sandbox {
            params.push(Value::Integer(i64::from(sandbox)));
            clauses.push(format!("sandbox = ?{}", params.len()));
        }
        if let Some(from) = self.from_ms {
            params.push(Value::Integer(from));
            clauses.push(format!("started_at_ms >= ?{}", params.len()));
        }
        if let Some(to) = self.to_ms {
            params.push(Value::Integer(to));
            clauses.push(format!("started_at_ms < ?{}", params.len()));
        }
        if self.changes_only {
            let mut changing = Vec::new();
            for description in crate::operation::catalog::all().filter(|d| d.changes_account) {
                params.push(Value::Text(description.action.to_string()));
                changing.push(format!("?{}", params.len()));
            }
            clauses.push(format!("operation IN ({})", changing.join(", ")));
        }
        if clauses.is_empty() {
            ("1".to_string(), params)
        } else {
            (clauses.join(" AND "), params)
        }
    }
}

fn escape_like(word: &str) -> String {
    word.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_matches_all() {
        assert_eq!(HistoryQuery::default().where_clause().0, "1");
    }

    #[test]
    fn quotes_in_search_are_escaped_for_fts() {
        let (sql, params) = HistoryQuery::search("a\"b\"c").where_clause();
        assert!(sql.contains("MATCH ?1"));
        assert_eq!(params, vec![Value::Text("\"a\"\"b\"\"c\"".into())]);
    }

    #[test]
    fn short_words_use_like_with_escapes() {
        let (sql, params) = HistoryQuery::search("a%").where_clause();
        assert!(sql.contains("LIKE ?1"));
        assert_eq!(params, vec![Value::Text("%a\\%%".into())]);
    }
}
