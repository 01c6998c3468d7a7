//! History at scale: 100,000 entries in a database file. Reports the time to open it (target
//! under 50 ms), to fetch the newest page (under 5 ms) and to run a full-text search (under
//! 20 ms).

use criterion::{Criterion, criterion_group, criterion_main};
use live_record_vod::operation::{Field, FormDraft};
use live_record_vod::storage::{Completion, History, HistoryQuery, NewEntry, OutcomeKind};
use std::hint::black_box;

const ENTRIES: i64 = 100_000;
const PAGE: u64 = 50;

fn fill(history: &mut History) {
    let rows: Vec<(NewEntry, Completion)> = (0..ENTRIES)
        .map(|i| {
            let ok = i % 5 != 0;
            let fields = FormDraft::example()
                .with(
                    Field::DomainName,
                    format!("live{}.customer{}.com", i % 97, i % 1013),
                )
                .with(Field::AppName, format!("app{}", i % 31))
                .with(Field::StreamName, format!("stream-{i}"));
            (
                NewEntry {
                    started_at_ms: 1_700_000_000_000 + i * 1_000,
                    operation: live_record_vod::operation::Operation::Add,
                    deleted: None,
                    batch: None,
                    profile_kind: live_record_vod::credentials::ProfileKind::Test,
                    profile: if i % 3 == 0 { "sandbox" } else { "work" }.into(),
                    endpoint_url: "https://live.aliyuncs.com".into(),
                    sandbox: i % 3 == 0,
                    preset_name: Some(format!("preset {}", i % 7)),
                    signature: "v3".into(),
                    fields,
                },
                Completion {
                    outcome: if ok {
                        OutcomeKind::Ok
                    } else {
                        OutcomeKind::Error
                    },
                    request_id: ok.then(|| format!("{i:08X}-F203-4EC5-8E43-CB92E68F0000")),
                    http_status: Some(if ok { 200 } else { 400 }),
                    error_code: (!ok).then(|| "ConfigAlreadyExists".into()),
                    error_message: (!ok).then(|| "Config has already exist.".into()),
                    explanation: Some("Recordings will be stored in VOD.".into()),
                    duration_ms: 120,
                },
            )
        })
        .collect();
    history.insert_many(&rows).expect("fill");
}

fn history_at_scale(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let mut history = History::open(dir.path()).expect("open");
        fill(&mut history);
    }
    let mut group = c.benchmark_group("history_100k");
    group.bench_function("open", |b| {
        b.iter(|| History::open(black_box(dir.path())).expect("open"))
    });
    let history = History::open(dir.path()).expect("open");
    group.bench_function("newest_page", |b| {
        b.iter(|| {
            history
                .page(black_box(&HistoryQuery::default()), 0, PAGE)
                .expect("page")
        })
    });
    group.bench_function("count_all", |b| {
        b.iter(|| {
            history
                .count(black_box(&HistoryQuery::default()))
                .expect("count")
        })
    });
    let rare = HistoryQuery::search("customer512.com");
    group.bench_function("full_text_search_page", |b| {
        b.iter(|| history.page(black_box(&rare), 0, PAGE).expect("search"))
    });
    let rare_request = HistoryQuery::search("0001869F-F203");
    group.bench_function("full_text_search_request_id", |b| {
        b.iter(|| {
            history
                .page(black_box(&rare_request), 0, PAGE)
                .expect("search")
        })
    });
    group.bench_function("full_text_search_count", |b| {
        b.iter(|| history.count(black_box(&rare)).expect("count"))
    });
    let deep = HistoryQuery::default();
    group.bench_function("page_at_offset_90000", |b| {
        b.iter(|| history.page(black_box(&deep), 90_000, PAGE).expect("page"))
    });
    group.finish();
}

criterion_group!(benches, history_at_scale);
criterion_main!(benches);
