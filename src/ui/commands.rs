//! Every keyboard-reachable user action, with its label and shortcut in one place.

use crate::t;
use eframe::egui::{Key, KeyboardShortcut, Modifiers};

/// A user action that has a keyboard shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiCommand {
    /// Send the form.
    Submit,
    /// Close the topmost dialog, or cancel the request in flight.
    Cancel,
    /// Save the current preset.
    SavePreset,
}

impl UiCommand {
    /// All commands, longest shortcut first so that no shortcut shadows another.
    pub const ALL: [UiCommand; 3] = [UiCommand::Submit, UiCommand::SavePreset, UiCommand::Cancel];

    /// The words on the button or menu entry.
    pub fn label(self) -> String {
        match self {
            UiCommand::Submit => t!("cmd-submit"),
            UiCommand::Cancel => t!("cmd-cancel"),
            UiCommand::SavePreset => t!("cmd-save"),
        }
    }

    /// The keyboard shortcut.
    pub fn shortcut(self) -> KeyboardShortcut {
        match self {
            UiCommand::Submit => KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter),
            UiCommand::Cancel => KeyboardShortcut::new(Modifiers::NONE, Key::Escape),
            UiCommand::SavePreset => KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
        }
    }

    /// The commands whose shortcut was pressed this frame (consumed, so widgets don't see them).
    /// While a popup (a menu, a picker) is open, Esc is left to it: it closes the popup.
    pub fn pressed(ctx: &eframe::egui::Context) -> Vec<UiCommand> {
        let popup_open = eframe::egui::Popup::is_any_open(ctx);
        ctx.input_mut(|i| {
            UiCommand::ALL
                .into_iter()
                .filter(|c| !(popup_open && *c == UiCommand::Cancel))
                .filter(|c| i.consume_shortcut(&c.shortcut()))
                .collect()
        })
    }
}
