//! Colours and small shared pieces of the look: findings, cards, the sandbox banner.

use crate::i18n::Language;
use crate::operation::{Finding, Severity};
use crate::t;
use eframe::egui::{self, Color32, RichText};

/// The small text (the "required" mark, a result's footer) for `language`: egui's 9 px is
/// fine for Latin letters but too small to read Han characters, which need 11.
pub fn apply_text_sizes(ctx: &egui::Context, language: Language) {
    let small = match language {
        Language::ZhCn => 11.0,
        Language::En => 9.0,
    };
    ctx.all_styles_mut(|style| {
        style.text_styles.insert(
            egui::TextStyle::Small,
            egui::FontId::new(small, egui::FontFamily::Proportional),
        );
    });
}

/// The colour of an error in the current theme.
pub fn error_color(ui: &egui::Ui) -> Color32 {
    ui.visuals().error_fg_color
}

/// The colour of a warning in the current theme.
pub fn warning_color(ui: &egui::Ui) -> Color32 {
    ui.visuals().warn_fg_color
}

/// The colour of a success in the current theme.
pub fn success_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(120, 200, 120)
    } else {
        Color32::from_rgb(20, 120, 40)
    }
}

/// Shows each finding under its field: errors in red, warnings in amber, in plain words.
pub fn findings_ui(ui: &mut egui::Ui, findings: &[&Finding]) {
    for f in findings {
        let (prefix, color) = match f.severity {
            Severity::Error => (t!("style-error"), error_color(ui)),
            Severity::Warning => (t!("style-warning"), warning_color(ui)),
        };
        ui.label(RichText::new(format!("{prefix}{}", f.message())).color(color)); // i18n-exempt: joins two messages
    }
}

/// A framed card with a coloured left edge, for results and banners.
pub fn card_ui<R>(
    ui: &mut egui::Ui,
    accent: Color32,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    egui::Frame::group(ui.style())
        .fill(accent.gamma_multiply(0.12))
        .stroke(egui::Stroke::new(1.0, accent))
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui)
        })
        .inner
}
