//! Every page of a list: the one implementation of `--all` (and of the window's "list every
//! page"), following the operation's paging scheme from its description. Each page is an
//! ordinary recorded call; the pages are merged into one answer whose list holds every item,
//! as `aliyun --pager` does. A service that claims more than it gives is not followed forever:
//! an empty or repeated page ends the walk, and so does [`MAX_PAGES`].

use super::pipeline::{CallOrder, CallReport, NotSent, Pipeline};
use crate::operation::catalog::Paging;
use crate::operation::catalog::paging::{self, MAX_PAGES};
use serde_json::Value;
use tokio_util::sync::CancellationToken;

/// Why the walk over the pages ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PagesEnd {
    /// Every item the answer's total announced was read (or the list is not paged).
    Complete,
    /// A page came back empty before the announced total was reached.
    EmptyPage,
    /// A page repeated the one before it.
    RepeatedPage,
    /// [`MAX_PAGES`] pages were read and there was more.
    Capped,
    /// A page's call failed (the last report says why).
    Failed,
    /// The answer was not JSON.
    Unreadable,
}

/// Every page of a list, merged.
#[derive(Debug, Clone)]
pub struct AllPages {
    /// The first page's answer with its list replaced by every item read.
    pub answer: Value,
    /// How many items the merged list holds.
    pub items: usize,
    /// How many pages were read.
    pub pages: u32,
    /// The total the service announced, when it announced one.
    pub total: Option<u64>,
    /// Why the walk ended.
    pub end: PagesEnd,
    /// The last page's call (the failure, when one failed).
    pub last: Box<CallReport>,
}

impl Pipeline {
    /// Reads every page of `order`'s list, one recorded call a page, from the page the order
    /// names (default 1) and at the largest page size the service gives unless the order sets
    /// one.
    pub async fn call_all(
        &self,
        order: &CallOrder,
        cancel: &CancellationToken,
    ) -> Result<AllPages, NotSent> {
        let spec = order.operation().spec();
        let mut order = order.clone();
        let mut page_number: u64 = 1;
        if let Paging::Pages {
            page,
            size,
            max_size,
            ..
        } = spec.paging
        {
            page_number = order
                .request
                .param(page)
                .and_then(|p| p.parse().ok())
                .unwrap_or(1);
            if order.request.param(size).is_none() {
                order.request.set_number(size, u64::from(max_size));
            }
        }
        let mut merged: Option<Value> = None;
        let mut items: Vec<Value> = Vec::new();
        let mut previous: Vec<Value> = Vec::new();
        let mut pages = 0;
        loop {
            if let Paging::Pages { page, .. } = spec.paging {
                order.request.set_number(page, page_number);
            }
            let report = self.call(&order, cancel).await?;
            pages += 1;
            let finish = |merged: Option<Value>, items: Vec<Value>, end, total| {
                let count = items.len();
                let answer = match merged {
                    Some(first) => paging::with_list(first, spec.list_path, items),
                    None => Value::Null,
                };
                Ok(AllPages {
                    answer,
                    items: count,
                    pages,
                    total,
                    end,
                    last: Box::new(report.clone()),
                })
            };
            if !report.result.outcome.is_success() {
                return finish(merged, items, PagesEnd::Failed, None);
            }
            let Ok(answer) = serde_json::from_str::<Value>(&report.result.raw_body) else {
                return finish(merged, items, PagesEnd::Unreadable, None);
            };
            let total = spec.paging.total(&answer);
            let page_items = paging::list_at(&answer, spec.list_path).to_vec();
            let first_page = merged.is_none();
            if first_page {
                merged = Some(answer.clone());
            }
            if spec.paging == Paging::None {
                return finish(merged, page_items, PagesEnd::Complete, total);
            }
            if page_items.is_empty() {
                let end = if total.is_some_and(|t| (items.len() as u64) < t) {
                    PagesEnd::EmptyPage
                } else {
                    PagesEnd::Complete
                };
                return finish(merged, items, end, total);
            }
            if !first_page && page_items == previous {
                return finish(merged, items, PagesEnd::RepeatedPage, total);
            }
            items.extend(page_items.iter().cloned());
            previous = page_items;
            // Without a total, the walk goes on to the first empty page.
            if total.is_some_and(|t| items.len() as u64 >= t) {
                return finish(merged, items, PagesEnd::Complete, total);
            }
            if pages >= MAX_PAGES {
                return finish(merged, items, PagesEnd::Capped, total);
            }
            page_number += 1;
        }
    }
}
