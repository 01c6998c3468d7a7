//! How a list operation pages its answer, as data: which request fields choose the page and
//! its size, and which answer fields say how many there are.

use serde_json::Value;

/// The paging scheme of one operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Paging {
    /// Not paged: one answer holds everything (or the answer is not a list).
    None,
    /// Numbered pages.
    Pages {
        /// The request field of the page number, from 1: `PageNum`, `PageNumber`, `PageNo`.
        page: &'static str,
        /// The request field of the page size.
        size: &'static str,
        /// The largest page the service gives.
        max_size: u32,
        /// The answer field with the number of items in all pages (`Total`, `TotalCount`,
        /// `TotalNum`), a number or a string holding one.
        total: &'static str,
    },
}

/// Pages `--all` reads at most, whatever the service says its total is.
pub const MAX_PAGES: u32 = 1_000;

impl Paging {
    /// The request fields it uses.
    pub fn param_names(self) -> Vec<&'static str> {
        match self {
            Paging::None => Vec::new(),
            Paging::Pages { page, size, .. } => vec![page, size],
        }
    }

    /// The total the answer states, when it states one (`"100"` and `100` alike).
    pub fn total(self, answer: &Value) -> Option<u64> {
        let Paging::Pages { total, .. } = self else {
            return None;
        };
        match answer.get(total)? {
            Value::Number(n) => n.as_u64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
}

/// The list at `path` in an answer; an absent list is empty (the SDKs tolerate that too).
pub fn list_at<'a>(answer: &'a Value, path: &[&str]) -> &'a [Value] {
    let mut at = answer;
    for key in path {
        match at.get(key) {
            Some(v) => at = v,
            None => return &[],
        }
    }
    at.as_array().map(Vec::as_slice).unwrap_or(&[])
}

/// The text at `key` of a list item ("" when absent or not text).
pub fn text_at(item: &Value, key: &str) -> String {
    item.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// `answer` with the list at `path` replaced by `items` (the merged pages of `--all`).
pub fn with_list(mut answer: Value, path: &[&str], items: Vec<Value>) -> Value {
    let Some((last, parents)) = path.split_last() else {
        return answer;
    };
    let mut at = &mut answer;
    for key in parents {
        if !at.get(key).is_some_and(Value::is_object) {
            at[key] = Value::Object(serde_json::Map::new());
        }
        at = &mut at[key];
    }
    if at.is_object() {
        at[last] = Value::Array(items);
    }
    answer
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const CONFIGS: Paging = Paging::Pages {
        page: "PageNum",
        size: "PageSize",
        max_size: 100,
        total: "Total",
    };

    #[test]
    fn a_total_is_read_as_a_number_or_a_string() {
        assert_eq!(CONFIGS.total(&json!({"Total": "12"})), Some(12));
        assert_eq!(CONFIGS.total(&json!({"Total": 12})), Some(12));
        assert_eq!(CONFIGS.total(&json!({"Total": "many"})), None);
        assert_eq!(Paging::None.total(&json!({"Total": 1})), None);
    }

    #[test]
    fn lists_are_found_and_replaced_by_path() {
        let answer = json!({"A": {"B": [1, 2]}, "RequestId": "r"});
        assert_eq!(list_at(&answer, &["A", "B"]).len(), 2);
        assert!(list_at(&answer, &["A", "C"]).is_empty());
        let merged = with_list(answer, &["A", "B"], vec![json!(1), json!(2), json!(3)]);
        assert_eq!(merged["A"]["B"].as_array().map(Vec::len), Some(3));
        assert_eq!(merged["RequestId"], "r");
        let bare = with_list(json!({"L": []}), &["L"], vec![json!("x")]);
        assert_eq!(bare["L"][0], "x");
    }
}
