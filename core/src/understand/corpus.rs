//! Labelled lines: the training corpus under `content/corpus/` and the evaluation sets, in
//! one format: `utterance<TAB>topic<TAB>flags`, a header line, `#` comments. Corpus files
//! start with `# format_version = 1`; a topic cell in an evaluation set may be `a|b` when
//! either reading is fair. See `content/corpus/FORMAT.md`.

use crate::flags::Flag;
use crate::topic::Topic;

pub const FORMAT_VERSION: u32 = 1;

/// One labelled line.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub text: String,
    /// The acceptable topics (one in the corpus; one or more in an evaluation set).
    pub topics: Vec<Topic>,
    pub flags: Vec<Flag>,
}

impl Example {
    pub fn topic(&self) -> Topic {
        self.topics.first().copied().unwrap_or(Topic::None)
    }
}

/// Parses a labelled TSV. With `corpus`, the file must declare the format version and give
/// exactly one topic per line.
pub fn parse(src: &str, corpus: bool) -> Result<Vec<Example>, String> {
    let (mut out, mut version, mut header_seen) = (Vec::new(), None, false);
    for (i, line) in src.lines().enumerate() {
        let (n, trimmed) = (i + 1, line.trim());
        if trimmed.is_empty() {
            continue;
        }
        if let Some(comment) = trimmed.strip_prefix('#') {
            if let Some(v) = comment.trim().strip_prefix("format_version") {
                let v = v.trim().trim_start_matches('=').trim();
                let bad = |_| format!("line {n}: bad format_version `{v}`");
                version = Some(v.parse::<u32>().map_err(bad)?);
            }
            continue;
        }
        let header = !header_seen && trimmed.starts_with("utterance\t");
        header_seen = true;
        if header {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let &[text, topic_cell, flag_cell] = &cols[..] else {
            return Err(format!("line {n}: expected 3 tab-separated columns"));
        };
        let text = text.trim();
        if text.is_empty() {
            return Err(format!("line {n}: empty utterance"));
        }
        // An evaluation set for flags alone leaves the topic unlabelled: `-`.
        let unlabelled = !corpus && topic_cell.trim() == "-";
        let topics = topic_cell
            .split('|')
            .filter(|_| !unlabelled)
            .map(|t| Topic::parse(t.trim()).ok_or_else(|| format!("line {n}: unknown topic `{t}`")))
            .collect::<Result<Vec<_>, _>>()?;
        if corpus && topics.len() != 1 {
            return Err(format!("line {n}: a corpus line has exactly one topic"));
        }
        let flags = match flag_cell.trim() {
            "-" | "" => Vec::new(),
            f => f
                .split(',')
                .map(|s| {
                    Flag::parse(s.trim()).ok_or_else(|| format!("line {n}: unknown flag `{s}`"))
                })
                .collect::<Result<Vec<_>, _>>()?,
        };
        out.push(Example {
            text: text.to_string(),
            topics,
            flags,
        });
    }
    if corpus && version != Some(FORMAT_VERSION) {
        return Err(format!(
            "corpus files start with `# format_version = {FORMAT_VERSION}`"
        ));
    }
    Ok(out)
}

/// A 64-bit FNV-1a fingerprint of some byte strings, to tell whether a model is up to date.
pub fn fingerprint<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.iter().chain(&[0xff]) {
            h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_corpus_and_rejects_bad_lines() {
        let ok = "# format_version = 1\nutterance\ttopic\tflags\nHi there\topening.small_talk\t-\nDo you like it?\tpresent.rewards\tclosed_question\n";
        let set = parse(ok, true).unwrap();
        assert_eq!(set.len(), 2);
        assert_eq!(set[1].flags, vec![Flag::ClosedQuestion]);
        assert!(parse("utterance\ttopic\tflags\nHi\tnone\t-\n", true).is_err());
        assert!(parse("# format_version = 1\nHi\tnope\t-\n", true).is_err());
        assert!(parse("# format_version = 1\nHi\tnone|job_ask\t-\n", true).is_err());
        assert_eq!(
            parse("Hi\tnone|job_ask\t-\n", false).unwrap()[0]
                .topics
                .len(),
            2
        );
    }
}
