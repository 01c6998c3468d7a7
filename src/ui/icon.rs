//! The application icon: the window's, and the picture in the About box.

use eframe::egui;

/// The icon at 256x256 (the SVG source and other sizes are in `assets/icons/`).
pub const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/live-record-vod-256.png");

/// The icon for the window (viewport); `None` if it cannot be decoded.
pub fn icon_data() -> Option<egui::IconData> {
    eframe::icon_data::from_png_bytes(ICON_PNG).ok()
}

/// The icon as a texture, for drawing in the window.
pub fn texture(ctx: &egui::Context) -> Option<egui::TextureHandle> {
    let icon = icon_data()?;
    let size = [
        usize::try_from(icon.width).ok()?,
        usize::try_from(icon.height).ok()?,
    ];
    let image = egui::ColorImage::from_rgba_unmultiplied(size, &icon.rgba);
    Some(ctx.load_texture("app-icon", image, egui::TextureOptions::LINEAR))
}
