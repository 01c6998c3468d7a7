//! A message for the user kept as data and worded when it is shown, so that a language switch
//! re-words every notice, problem and refusal already on screen, not only the result card.

use std::fmt;
use std::sync::Arc;

/// A message worded when shown, in the language of that moment. Build it with
/// [`said!`](crate::said) (checked at compile time like `t!`), from an error that words itself
/// ([`Said::of`]), or from text that is the same in every language ([`Said::verbatim`]).
#[derive(Clone)]
pub struct Said(Arc<dyn Fn() -> String + Send + Sync>);

impl Said {
    /// A message worded by `words` each time it is shown.
    pub fn new(words: impl Fn() -> String + Send + Sync + 'static) -> Said {
        Said(Arc::new(words))
    }

    /// An error, worded by its `Display` (the program's errors word themselves with `t!`).
    pub fn of<E: fmt::Display + Send + Sync + 'static>(error: E) -> Said {
        Said::new(move || error.to_string())
    }

    /// Text that is the same in every language (a detail from the system or the network).
    pub fn verbatim(text: impl Into<String>) -> Said {
        let text = text.into();
        Said::new(move || text.clone())
    }

    /// The message in the current language.
    pub fn text(&self) -> String {
        (self.0)()
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl fmt::Debug for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Said({:?})", self.text())
    }
}

/// Worded now, at an edge that prints at once (the command line).
impl From<Said> for String {
    fn from(said: Said) -> String {
        said.text()
    }
}

impl super::ToFluent for Said {
    fn to_fluent(&self) -> fluent_bundle::FluentValue<'static> {
        fluent_bundle::FluentValue::from(self.text())
    }
}

impl PartialEq for Said {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Said {}

/// A [`Said`] from a message ID and its arguments, checked at compile time as `t!` is; the
/// arguments are evaluated once, here, and worded whenever the message is shown:
/// `said!("m-batch-service-done-path", done = done, path = path.clone())`.
#[macro_export]
macro_rules! said {
    ($id:literal) => {
        $crate::i18n::Said::new(|| $crate::t!($id))
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        // Evaluated once, here; `name = name` is common and fine.
        $(#[allow(clippy::redundant_locals)] let $key = $value;)+
        $crate::i18n::Said::new(move || $crate::t!($id, $($key = $key),+))
    }};
}

#[cfg(test)]
mod tests {
    use super::Said;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_message_is_worded_each_time_it_is_shown() {
        // (Worded each time: so in the language of that moment, which the window tests switch.)
        let shown = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&shown);
        let said = Said::new(move || format!("shown {}", counter.fetch_add(1, Ordering::SeqCst)));
        assert_eq!(said.text(), "shown 0");
        assert_eq!(said.text(), "shown 1");
        let checked = crate::said!("param-required", name = "DomainName".to_string());
        assert!(checked.text().contains("DomainName"));
        assert_eq!(Said::verbatim("x"), Said::verbatim("x"));
    }
}
