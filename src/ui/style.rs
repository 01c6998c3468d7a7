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

/// The text colour of a selected row, whatever its outcome: an error's red or a success's
/// green on the selection's blue cannot be read.
pub fn selected_row_text(visuals: &egui::Visuals) -> Color32 {
    visuals.selection.stroke.color
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

/// Call at the end of a scroll area's contents: a widget of it that just gained the keyboard
/// focus (Tab) is scrolled into view, instead of being focused below the fold.
pub fn keep_focus_in_view(ui: &egui::Ui) {
    let ctx = ui.ctx();
    let Some(id) = ctx.memory(|m| m.focused()) else {
        return;
    };
    // Only a widget of this scroll area's contents.
    if let Some(response) = ctx.read_response(id)
        && response.gained_focus()
        && ui.min_rect().expand(1.0).contains_rect(response.rect)
    {
        ui.scroll_to_rect(response.rect, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG's contrast ratio of two colours (1 to 21).
    fn contrast(a: Color32, b: Color32) -> f32 {
        let luminance = |c: Color32| {
            let channel = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
        };
        let (l1, l2) = (luminance(a), luminance(b));
        (l1.max(l2) + 0.05) / (l1.min(l2) + 0.05)
    }

    #[test]
    fn a_selected_row_is_readable_in_both_themes() {
        for visuals in [egui::Visuals::dark(), egui::Visuals::light()] {
            let background = visuals.selection.bg_fill;
            let text = selected_row_text(&visuals);
            assert!(
                contrast(text, background) >= 4.5,
                "{text:?} on {background:?}"
            );
            // What it was: a failure's red on the selection's blue.
            assert!(contrast(visuals.error_fg_color, background) < 4.5);
        }
    }
}
