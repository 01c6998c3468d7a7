//! Retry failed with the corrected file: each failed row matched to its row in the file as it
//! is now (by domain/app/stream, else by row number), and what changed.

use super::BatchFile;
use crate::operation::{Field, FormDraft};

/// A failed row the file now gives other values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The row's number in the batch.
    pub row_no: u32,
    /// Its domain/app/stream as it was sent.
    pub target: String,
    /// Each changed field: as sent, and as the file gives it now.
    pub changes: Vec<(Field, String, String)>,
    /// The row as it will be sent.
    pub draft: FormDraft,
}

/// The failed rows (number, fields as sent) the file now changes. A file row is laid over the
/// row as it was sent (its empty cells keep what was sent), and matched by the same
/// domain/app/stream, else by the same row number.
pub fn corrections(failed: &[(u32, FormDraft)], file: &BatchFile) -> Vec<Correction> {
    let overlay = |sent: &FormDraft, cells: &[String]| {
        super::input::overlay(&file.columns, sent, cells.to_vec())
    };
    failed
        .iter()
        .filter_map(|(row_no, sent)| {
            let target = sent.target();
            let same_key = file
                .rows
                .iter()
                .map(|(_, cells)| overlay(sent, cells))
                .find(|d| d.target() == target);
            let same_row = || {
                file.rows
                    .iter()
                    .find(|(n, _)| n == row_no)
                    .map(|(_, cells)| overlay(sent, cells))
            };
            let draft = same_key.or_else(same_row)?;
            let changes: Vec<_> = Field::ALL
                .into_iter()
                .filter(|f| draft.get(*f) != sent.get(*f))
                .map(|f| (f, sent.get(f).to_string(), draft.get(f).to_string()))
                .collect();
            (!changes.is_empty()).then_some(Correction {
                row_no: *row_no,
                target,
                changes,
                draft,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> BatchFile {
        BatchFile::parse(text.as_bytes()).expect("parses")
    }

    fn sent(stream: &str, group: &str) -> FormDraft {
        FormDraft::example()
            .with(Field::StreamName, stream)
            .with(Field::VodTranscodeGroupId, group)
    }

    #[test]
    fn a_row_is_found_by_its_stream_wherever_it_moved() {
        let failed = [(3, sent("b2", "nope"))];
        let now = file("StreamName,VodTranscodeGroupId\r\nb2,VOD_NO_TRANSCODE\r\nb1,\r\n");
        let found = corrections(&failed, &now);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].row_no, 3);
        assert_eq!(
            found[0].changes,
            vec![(
                Field::VodTranscodeGroupId,
                "nope".to_string(),
                "VOD_NO_TRANSCODE".to_string()
            )]
        );
        assert_eq!(found[0].draft.get(Field::StreamName), "b2");
        assert_eq!(found[0].target, "live.example.com/app/b2");
    }

    #[test]
    fn a_changed_stream_is_found_by_its_row_number() {
        let failed = [(2, sent("bad", "VOD_NO_TRANSCODE"))];
        let now = file("StreamName\r\ngood\r\n");
        let found = corrections(&failed, &now);
        assert_eq!(
            found[0].changes,
            vec![(Field::StreamName, "bad".to_string(), "good".to_string())]
        );
    }

    #[test]
    fn empty_cells_keep_what_was_sent_and_an_unchanged_row_is_no_correction() {
        let failed = [(2, sent("b1", "nope"))];
        assert!(
            corrections(&failed, &file("StreamName,VodTranscodeGroupId\r\nb1,\r\n")).is_empty()
        );
        assert!(corrections(&failed, &file("StreamName\r\nother\r\nb9\r\n")).len() == 1);
    }
}
