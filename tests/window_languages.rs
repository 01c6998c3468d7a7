//! The window in both languages: the main flows in Chinese, the switch in the status bar
//! (at once, remembered), the layout at the default size and at 1024x700 in English and
//! Chinese, and "Copy as code". The language is the whole program's, so these tests take
//! turns.

mod window_helpers;

use eframe::egui::{self, Role};
use egui_kittest::kittest::Queryable;
use live_record_vod::i18n::{self, Language};
use live_record_vod::t;
use live_record_vod::ui::AppSetup;
use std::sync::{Mutex, MutexGuard};
use window_helpers::*;

static TAKING_TURNS: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    TAKING_TURNS.lock().unwrap_or_else(|e| e.into_inner())
}

const DEFAULT_SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);
const SMALL_SIZE: egui::Vec2 = egui::vec2(1024.0, 700.0);

fn click(
    h: &mut egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>,
    role: Role,
    label: &str,
) {
    h.get_by_role_and_label(role, label).click();
    h.step();
    h.step();
}

#[test]
fn the_main_flows_in_chinese() {
    let _one = one_at_a_time();
    let mut w = world_in(Language::ZhCn, DEFAULT_SIZE);
    let h = &mut w.harness;
    assert!(has(h, "播流域名"));
    assert!(
        has(h, "华东2（上海）"),
        "region names as the console writes them"
    );
    assert!(has(h, "沙箱 — 不会向阿里云发送任何请求"));

    // Validation speaks Chinese under the field.
    retype(h, "录制周期（秒）", "120");
    assert!(
        has(h, "录制周期（秒）必须在 300"),
        "inline validation in Chinese"
    );
    assert!(has(h, "请先修正上方的“录制周期（秒）”再提交。"));
    retype(h, "录制周期（秒）", "3600");

    // Submit: the success card; again: the error card, explained in Chinese.
    click(h, Role::Button, "提交");
    wait_for(h, "the success card", |h| has(h, "的录制文件将存储到"));
    assert!(has(h, "成功 — 沙箱，并非真实结果"));
    click(h, Role::Button, "提交");
    wait_for(h, "the error card", |h| has(h, "录制配置已存在"));
    assert!(has(h, "如何处理："));
    assert!(
        has(h, "错误码 ConfigAlreadyExists"),
        "codes stay as the service wrote them"
    );

    // The existing config, listed in the Configs view.
    click(h, Role::Button, "查看现有配置");
    wait_for(h, "the Configs view", |h| {
        has(h, "live.example.com 共 1 条配置。")
    });
    assert!(has(h, "转码模板组"));

    // A batch file checked in the Batch view.
    let csv = w.data.path().join("streams.csv");
    std::fs::write(
        &csv,
        "StreamName,CycleDuration\r\ncam1,\r\ncam 2,\r\ncam3,99\r\n",
    )
    .expect("write");
    let h = &mut w.harness;
    click(h, Role::Button, "批量");
    h.get_by_role_and_label(Role::TextInput, "CSV 文件").focus();
    h.step();
    h.get_by_role_and_label(Role::TextInput, "CSV 文件")
        .type_text(csv.to_str().expect("utf-8 path"));
    h.step();
    click(h, Role::Button, "检查");
    wait_for(h, "the check table", |h| has(h, "3 行（UTF-8）"));
    assert!(has(h, "1 行可发送，2 行有错误"));
    assert!(has(h, "流名称不能包含空格。请删除空格。"));

    // The Overview, in Chinese (and every glyph drawable: kittest fails on one that is not).
    click(h, Role::Button, "总览");
    wait_for(h, "the overview", |h| has(h, "个播流域名"));
    assert!(has(h, "是否都在录制？"));
    assert!(has(h, "正在录制"), "the example config's state");
    assert!(has(h, "正在直播但未录制到点播"));
}

#[test]
fn a_notice_already_shown_is_worded_again_in_the_new_language() {
    let _one = one_at_a_time();
    let mut w = world_in(Language::En, DEFAULT_SIZE);
    let h = &mut w.harness;
    wait_for(h, "the welcome notice", |h| {
        has(h, "Welcome! The example preset")
    });
    click(h, Role::ComboBox, "Language");
    click(h, Role::Button, "简体中文");
    h.step();
    assert!(
        has(h, "欢迎！已载入示例预设"),
        "the status line's notice speaks Chinese at once"
    );
    assert!(!has(h, "Welcome! The example preset"));
    // The example preset, saved under its English name, is named in Chinese in the list.
    click(h, Role::ComboBox, "预设");
    assert!(
        h.query_by_role_and_label(Role::Button, "示例（沙箱）")
            .is_some(),
        "the example preset is named in Chinese"
    );
    assert!(
        h.query_by_role_and_label(Role::Button, "Example (sandbox)")
            .is_none()
    );
    h.key_press(eframe::egui::Key::Escape);
    h.step();
    click(h, Role::ComboBox, "语言");
    click(h, Role::Button, "English");
}

#[test]
fn switching_the_language_takes_effect_at_once_and_is_remembered() {
    let _one = one_at_a_time();
    let mut w = world_in(Language::En, DEFAULT_SIZE);
    let h = &mut w.harness;
    assert!(has(h, "Streaming domain"));
    click(h, Role::Button, "Submit");
    wait_for(h, "the success card", |h| has(h, "will be stored in VOD"));
    click(h, Role::Button, "Submit");
    wait_for(h, "the error card", |h| {
        has(h, "A recording config already exists")
    });
    click(h, Role::ComboBox, "Language");
    click(h, Role::Button, "简体中文");
    h.step();
    assert!(has(h, "播流域名"), "the form speaks Chinese at once");
    assert!(
        has(h, "录制配置已存在"),
        "the error on screen is explained again"
    );
    assert!(h.query_by_role_and_label(Role::Button, "提交").is_some());
    assert!(!has(h, "Streaming domain"));
    assert_eq!(i18n::language(), Language::ZhCn);
    let saved = h.state().saved_state();
    assert_eq!(saved.language.as_deref(), Some("zh-CN"));

    // The next start remembers the choice (no --lang given).
    drop(w.harness);
    let mut setup = AppSetup::for_sandbox(
        w._runtime.handle().clone(),
        w.data.path().to_path_buf(),
        w.sandbox.base_url(),
        live_record_vod::credentials::SecretStore::in_memory(),
    );
    setup.language = None;
    let mut h = window_sized(setup, DEFAULT_SIZE, saved);
    h.step();
    assert!(has(&h, "播流域名"), "remembered across a restart");

    // And back to English.
    click(&mut h, Role::ComboBox, "语言");
    click(&mut h, Role::Button, "English");
    assert!(has(&h, "Streaming domain"));
    assert_eq!(h.state().saved_state().language.as_deref(), Some("en"));
}

/// Every tab and the result card, checked for widgets cut off or drawn over each other.
fn check_layout(language: Language, size: egui::Vec2) {
    let mut w = world_in(language, size);
    let h = &mut w.harness;
    let mut problems = Vec::new();
    let mut look = |h: &mut egui_kittest::Harness<'static, _>, place: &str| {
        for _ in 0..10 {
            h.step();
        }
        for p in layout_problems(h, size.x, &t!("submit-theme")) {
            problems.push(format!("{language:?} {}x{} {place}: {p}", size.x, size.y));
        }
    };
    look(h, "form");
    click(h, Role::Button, &t!("cmd-submit"));
    let sentence = t!("result-copy-requestid");
    wait_for(h, "the success card", |h| has(h, &sentence));
    look(h, "form with a result");
    click(h, Role::Button, &t!("top-configs"));
    look(h, "configs");
    click(h, Role::Button, &t!("top-batch"));
    look(h, "batch");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn small_text_is_large_enough_for_han_characters() {
    let _one = one_at_a_time();
    let small = |h: &egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>| {
        h.ctx.global_style().text_styles[&egui::TextStyle::Small].size
    };
    let mut w = world_in(Language::ZhCn, DEFAULT_SIZE);
    assert!(has(&w.harness, "必填"));
    assert!(
        small(&w.harness) >= 11.0,
        "必填 at {} px",
        small(&w.harness)
    );
    // Switching to English follows the language.
    let h = &mut w.harness;
    click(h, Role::ComboBox, "语言");
    click(h, Role::Button, "English");
    assert!(has(h, "required"));
    assert!(small(h) < 11.0, "English keeps egui's small size");
    i18n::set_language(Language::En);
}

#[test]
fn the_layout_holds_in_english_and_chinese_at_both_sizes() {
    let _one = one_at_a_time();
    for language in Language::ALL {
        for size in [DEFAULT_SIZE, SMALL_SIZE] {
            check_layout(language, size);
        }
    }
}

#[test]
fn the_form_and_a_history_entry_copy_as_code() {
    let _one = one_at_a_time();
    let mut w = world();
    let h = &mut w.harness;
    h.get_by_role_and_label(Role::Button, "Copy as code…")
        .click();
    h.step();
    h.step();
    assert!(has(h, "aliyun live AddLiveRecordVodConfig"));
    assert!(has(h, "--DomainName live.example.com"));
    let sandbox_host = &w.sandbox.base_url()[7..];
    let h = &mut w.harness;
    assert!(
        has(h, &format!("--endpoint {sandbox_host}")),
        "the sandbox is the endpoint"
    );
    assert!(!has(h, live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET));

    h.get_by_role_and_label(Role::ComboBox, "Format").click();
    h.step();
    h.step();
    h.get_by_role_and_label(Role::Button, "Python").click();
    h.step();
    h.step();
    assert!(has(h, "models.AddLiveRecordVodConfigRequest("));
    assert!(has(h, "config.protocol = \"http\""));
    assert!(!has(h, live_record_vod::sandbox::DEMO_ACCESS_KEY_SECRET));
    // Copy says it copied, until the code shown changes.
    assert!(!has(h, "Copied to the clipboard"));
    h.get_by_role_and_label(Role::Button, "Copy").click();
    h.step();
    h.step();
    assert!(
        has(h, "Copied to the clipboard"),
        "Copy gives a sign it worked"
    );
    h.key_press(eframe::egui::Key::Escape);
    h.step();
    h.step();
    assert!(
        !has(h, "models.AddLiveRecordVodConfigRequest("),
        "Esc closes it"
    );

    submit_stream(h, "coded");
    select_row(h, "coded");
    // The history entry's button (the form has its own).
    h.query_all_by_role_and_label(Role::Button, "Copy as code…")
        .last()
        .expect("the entry's button")
        .click();
    h.step();
    h.step();
    assert!(has(h, "stream_name=\"coded\""), "the entry's own values");
}

/// The form's right edge and the results panel's left edge (its heading), in points.
fn panel_edges(
    h: &egui_kittest::Harness<'static, live_record_vod::ui::LiveRecordApp>,
) -> (f64, f64) {
    use egui_kittest::kittest::NodeT;
    let domain = h
        .get_by_role_and_label(Role::TextInput, &t!("field-domain-name-label"))
        .accesskit_node()
        .bounding_box()
        .expect("the domain field is drawn");
    // The heading is the topmost node with its words (in Chinese the outcome filter's label
    // says them too).
    let result = h
        .get_all_by_label(&t!("ui-result"))
        .filter_map(|n| n.accesskit_node().bounding_box())
        .min_by(|a, b| a.y0.total_cmp(&b.y0))
        .expect("the Result heading is drawn");
    (domain.x1, result.x0)
}

#[test]
fn the_form_and_the_results_never_overlap_at_the_smallest_sizes() {
    let _one = one_at_a_time();
    for language in Language::ALL {
        for size in [
            egui::vec2(780.0, 560.0),
            egui::vec2(800.0, 600.0),
            DEFAULT_SIZE,
        ] {
            let mut w = world_in(language, size);
            let h = &mut w.harness;
            let (form, results) = panel_edges(h);
            assert!(
                form < results,
                "{language:?} {size:?} before: {form} ≥ {results}"
            );
            h.get_by_role_and_label(Role::Button, &t!("cmd-submit"))
                .click();
            wait_for(h, "the result", |h| has(h, &t!("result-copy-requestid")));
            for _ in 0..3 {
                h.step();
            }
            let (form, results) = panel_edges(h);
            assert!(
                form < results,
                "{language:?} {size:?} after: {form} ≥ {results}"
            );
        }
    }
    i18n::set_language(Language::En);
}
