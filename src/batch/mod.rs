//! Batches from a spreadsheet: read a CSV file (UTF-8 with or without BOM, GBK/GB18030),
//! check every row with the form's rules before anything is sent, write templates and
//! results, and measure progress. Sending is the worker's (`worker::batch_run`).

pub mod check;
pub mod corrections;
pub mod input;
pub mod progress;
pub mod results;

pub use check::{BatchCheck, CheckTally, RowCheck, RowFinding, Seen, check_rows, check_rows_after};
pub use corrections::{Correction, corrections};
pub use input::{BatchFile, BatchText, InputError, read_file, read_text, template_csv};
pub use progress::Progress;
