//! The profile's kind where a change is made: the band's colours, a frame of the same colour
//! on every button that changes the account, and a disabled button with its reason when the
//! profile is read-only. The views ask here instead of being handed the profile.

use crate::credentials::{Guard, Profile, ProfileKind};
use crate::t;
use eframe::egui::{self, Color32, Stroke};

/// What the buttons that change the account look like this frame.
#[derive(Debug, Clone, Default)]
struct ChangeGuard {
    /// Why nothing can be changed (a read-only profile), in words.
    blocked: Option<String>,
    /// The kind's colour, framing each changing button.
    accent: Option<Color32>,
    /// Every change is confirmed first (a production profile).
    confirms: bool,
}

fn key() -> egui::Id {
    egui::Id::unique("live-record-vod.change-guard")
}

/// A kind's colours: the band's fill, its words, and the accent that frames changes. Each
/// pair has a contrast of at least 4.5:1 in its theme; the words always say the kind too.
pub fn kind_colors(kind: ProfileKind, dark: bool) -> (Color32, Color32, Color32) {
    match (kind, dark) {
        (ProfileKind::Sandbox, true) => (
            Color32::from_rgb(90, 70, 0),
            Color32::from_rgb(255, 230, 150),
            Color32::from_rgb(230, 190, 40),
        ),
        (ProfileKind::Sandbox, false) => (
            Color32::from_rgb(255, 236, 160),
            Color32::from_rgb(90, 60, 0),
            Color32::from_rgb(200, 150, 0),
        ),
        (ProfileKind::Test, true) => (
            Color32::from_rgb(20, 55, 105),
            Color32::from_rgb(200, 225, 255),
            Color32::from_rgb(90, 160, 250),
        ),
        (ProfileKind::Test, false) => (
            Color32::from_rgb(215, 232, 255),
            Color32::from_rgb(10, 50, 110),
            Color32::from_rgb(30, 100, 210),
        ),
        (ProfileKind::Production, true) => (
            Color32::from_rgb(120, 20, 20),
            Color32::from_rgb(255, 215, 215),
            Color32::from_rgb(240, 80, 80),
        ),
        (ProfileKind::Production, false) => (
            Color32::from_rgb(255, 220, 220),
            Color32::from_rgb(120, 0, 0),
            Color32::from_rgb(200, 30, 30),
        ),
    }
}

/// Remembers, for this frame's views, how the current profile guards changes.
pub fn set(ctx: &egui::Context, profile: Option<&Profile>) {
    let dark = ctx.global_style().visuals.dark_mode;
    let guard = profile.map_or(Guard::SANDBOX, |p| p.guard);
    let blocked = profile
        .filter(|p| p.guard.read_only)
        .map(|p| t!("guard-read-only-reason", profile = p.name.as_str()));
    let accent = (guard.kind != ProfileKind::Sandbox).then(|| kind_colors(guard.kind, dark).2);
    let confirms = guard.confirms_changes();
    ctx.data_mut(|d| {
        d.insert_temp(
            key(),
            ChangeGuard {
                blocked,
                accent,
                confirms,
            },
        )
    });
}

/// A confirmation's frame: the popup's, outlined in the kind's colour (none for the sandbox).
pub fn confirm_frame(ctx: &egui::Context) -> egui::Frame {
    let frame = egui::Frame::popup(&ctx.global_style());
    match ctx
        .data(|d| d.get_temp::<ChangeGuard>(key()))
        .and_then(|g| g.accent)
    {
        Some(color) => frame.stroke(Stroke::new(3.0, color)),
        None => frame,
    }
}

/// Whether the current profile confirms every change first (production).
pub fn confirms_changes(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<ChangeGuard>(key()))
        .is_some_and(|g| g.confirms)
}

/// Why the current profile cannot change the account, if it cannot.
pub fn blocked(ctx: &egui::Context) -> Option<String> {
    ctx.data(|d| d.get_temp::<ChangeGuard>(key()))
        .and_then(|g| g.blocked)
}

/// A button that changes the account: framed in the kind's colour, and disabled with the
/// reason on hover when the profile is read-only. `enabled`: the view's own condition.
pub fn change_button(ui: &mut egui::Ui, button: egui::Button<'_>, enabled: bool) -> egui::Response {
    let guard = ui
        .ctx()
        .data(|d| d.get_temp::<ChangeGuard>(key()))
        .unwrap_or_default();
    let button = match guard.accent {
        Some(color) => button.stroke(Stroke::new(2.0, color)),
        None => button,
    };
    let response = ui.add_enabled(enabled && guard.blocked.is_none(), button);
    match &guard.blocked {
        Some(reason) => response.on_disabled_hover_text(reason),
        None => response,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(c: Color32) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    fn contrast(a: Color32, b: Color32) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn every_band_has_enough_contrast_in_both_themes() {
        for kind in ProfileKind::ALL {
            for dark in [true, false] {
                let (fill, text, _) = kind_colors(kind, dark);
                let ratio = contrast(fill, text);
                assert!(ratio >= 4.5, "{kind:?} dark={dark}: {ratio:.1}:1");
            }
        }
    }
}
