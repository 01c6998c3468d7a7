//! Fonts: egui's defaults plus a bundled subset of Noto Sans SC (SIL OFL), so Chinese names
//! typed into the form are drawn on every machine, with or without system CJK fonts.

use eframe::egui::{self, FontData, FontFamily};
use eframe::epaint::text::{FontInsert, FontPriority, InsertFontFamily};

/// The bundled CJK font: GB2312's 6,763 hanzi, CJK punctuation and full-width forms.
// i18n-exempt: a path
const NOTO_SANS_SC_SUBSET: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-subset.otf");

/// Adds the CJK font as a fallback after egui's own fonts, for text and monospace.
pub fn install(ctx: &egui::Context) {
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        "noto-sans-sc-subset",
        FontData::from_static(NOTO_SANS_SC_SUBSET),
        families,
    ));
}
