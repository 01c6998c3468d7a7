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
    /// Show the form and put the cursor in its first field.
    GoToForm,
}

impl UiCommand {
    /// All commands, longest shortcut first so that no shortcut shadows another.
    pub const ALL: [UiCommand; 4] = [
        UiCommand::Submit,
        UiCommand::SavePreset,
        UiCommand::GoToForm,
        UiCommand::Cancel,
    ];

    /// The words on the button or menu entry.
    pub fn label(self) -> String {
        match self {
            UiCommand::Submit => t!("cmd-submit"),
            UiCommand::Cancel => t!("cmd-cancel"),
            UiCommand::SavePreset => t!("cmd-save"),
            UiCommand::GoToForm => t!("cmd-go-to-form"),
        }
    }

    /// The keyboard shortcut.
    pub fn shortcut(self) -> KeyboardShortcut {
        match self {
            UiCommand::Submit => KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter),
            UiCommand::Cancel => KeyboardShortcut::new(Modifiers::NONE, Key::Escape),
            UiCommand::SavePreset => KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
            UiCommand::GoToForm => KeyboardShortcut::new(Modifiers::COMMAND, Key::L),
        }
    }

    /// The commands whose shortcut was pressed this frame (consumed, so widgets don't see them).
    /// While a popup (a menu, a picker) is open, Esc is left to it: it closes the popup.
    /// With the form shown, Tab with nothing focused (the window just opened, or after a click
    /// on empty space) goes to the form's first field: the form comes first in the Tab order,
    /// before the thirty-odd buttons of the top bar and the panels.
    pub fn pressed(ctx: &eframe::egui::Context, form_shown: bool) -> Vec<UiCommand> {
        let popup_open = eframe::egui::Popup::is_any_open(ctx);
        let nothing_focused = ctx.memory(|m| m.focused().is_none());
        ctx.input_mut(|i| {
            let mut pressed: Vec<UiCommand> = UiCommand::ALL
                .into_iter()
                .filter(|c| !(popup_open && *c == UiCommand::Cancel))
                .filter(|c| i.consume_shortcut(&c.shortcut()))
                .collect();
            if form_shown
                && nothing_focused
                && !popup_open
                && i.consume_key(Modifiers::NONE, Key::Tab)
                && !pressed.contains(&UiCommand::GoToForm)
            {
                pressed.push(UiCommand::GoToForm);
            }
            pressed
        })
    }
}
