//! The transcript as Markdown, with the coach's notes inline, for copying or saving.

use super::Review;
use crate::interview::Interview;
use crate::persona::Persona;
use crate::timing::clock_label;
use crate::topic::{Outcome, Segment};

/// Escapes what Markdown would read as formatting: inline marks anywhere, and block marks
/// (list, heading, rule, quote, table, fence) at the start of the text. A line break in the
/// text becomes a space, so text never starts a block of its own.
fn escaped(out: &mut String, text: &str) {
    let text = text.trim_start();
    // "1. " or "1) " starts an ordered list: escape the mark after the digits.
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if text.starts_with(['-', '+', '=']) {
        out.push('\\');
    }
    for (i, c) in text.chars().enumerate() {
        let c = if matches!(c, '\n' | '\r') { ' ' } else { c };
        let list_mark = i == digits && digits > 0 && matches!(c, '.' | ')');
        if list_mark
            || matches!(
                c,
                '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
}

fn clock(out: &mut String, seconds: f64) {
    out.push_str(&clock_label(seconds.round() as i64));
}

/// How a nugget line is labelled.
fn nugget_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Responsibilities => "inside the job",
        Outcome::Background => "their path",
        Outcome::Future => "the field's future",
        Outcome::Contacts => "contact",
        Outcome::Organizations => "organization",
        Outcome::Resources => "resource",
    }
}

/// The summary (score, timing, tips) followed by the transcript.
pub fn to_markdown(interview: &Interview, persona: &Persona, review: &Review) -> String {
    let mut out = String::with_capacity(4096);
    let name = persona.short_name();
    out.push_str("# Practice interview with ");
    out.push_str(&persona.name);
    out.push_str("\n\n_");
    out.push_str(&persona.role);
    out.push_str(", ");
    out.push_str(&persona.organization);
    out.push_str("_\n\n**Score:** ");
    out.push_str(&review.score.total.to_string());
    out.push_str("/100 · **Time:** ");
    let t = &review.timing;
    clock(&mut out, t.actual_s);
    out.push_str(" of ");
    clock(&mut out, t.planned_s);
    out.push_str(if t.ended_early() {
        " (ended early)"
    } else if t.ended_on_time {
        " (on time)"
    } else {
        " (over time)"
    });
    out.push_str(" · **Outcomes:** ");
    out.push_str(&review.outcomes.reached().to_string());
    out.push_str(" of 5 · **Details drawn out:** ");
    out.push_str(&review.outcomes.nuggets_found.to_string());
    out.push_str(" of ");
    out.push_str(&review.outcomes.nuggets_total.to_string());
    out.push_str("\n\n| Segment | Planned | Actual |\n| --- | --- | --- |\n");
    for s in &t.segments {
        out.push_str("| ");
        out.push_str(s.segment.label());
        out.push_str(" | ");
        clock(&mut out, s.planned_s);
        out.push_str(" | ");
        clock(&mut out, s.actual_s);
        if t.overruns.contains(&s.segment) {
            out.push_str(" (over)");
        }
        out.push_str(" |\n");
    }
    out.push('\n');
    for p in &review.score.parts {
        out.push_str("- **");
        out.push_str(&p.name);
        out.push_str("** ");
        out.push_str(&p.points.to_string());
        out.push('/');
        out.push_str(&p.max.to_string());
        out.push_str(": ");
        out.push_str(&p.says);
        out.push_str("\n  - ");
        out.push_str(&p.why);
        out.push('\n');
    }
    if !review.next_time.is_empty() {
        out.push_str("\n**Next time**\n\n");
        for (i, tip) in review.next_time.iter().enumerate() {
            out.push_str(&(i + 1).to_string());
            out.push_str(". ");
            out.push_str(&tip.text);
            out.push('\n');
        }
    }

    out.push_str("\n## Transcript\n\n### Opening\n\n**");
    out.push_str(name);
    out.push_str(":** ");
    escaped(&mut out, &interview.greeting);
    out.push_str("\n\n");
    let mut segment = Segment::Opening;
    for (i, e) in interview.exchanges.iter().enumerate() {
        if e.segment != segment {
            segment = e.segment;
            out.push_str("### ");
            out.push_str(segment.label());
            out.push_str("\n\n");
        }
        out.push_str("**You:** ");
        escaped(&mut out, &e.question);
        if let Some(f) = review.questions.flagged.iter().find(|f| f.index == i) {
            out.push_str(" _(");
            for (j, note) in f.notes.iter().enumerate() {
                let same_as_next = f
                    .notes
                    .get(j + 1)
                    .is_some_and(|n| n.rewrite == note.rewrite);
                out.push_str(&note.flag.label().to_ascii_lowercase());
                if same_as_next {
                    out.push_str(", ");
                    continue;
                }
                out.push_str(" — try: ");
                escaped(&mut out, &note.rewrite);
                if j + 1 < f.notes.len() {
                    out.push_str("; ");
                }
            }
            out.push_str(")_");
        }
        if review.questions.repeats.contains(&i) {
            out.push_str(" _(asked before: not a follow-up)_");
        }
        out.push_str("\n\n**");
        out.push_str(name);
        out.push_str(":** ");
        let nuggets: Vec<_> = e
            .nuggets
            .iter()
            .filter_map(|id| persona.detail(id))
            .collect();
        let mut reply = e.reply.clone();
        for n in &nuggets {
            reply = crate::substr::replace(&reply, &n.text, "");
        }
        escaped(
            &mut out,
            reply
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .as_str(),
        );
        out.push_str("\n\n");
        for n in nuggets {
            out.push_str("> 💡 ");
            out.push_str(nugget_label(n.outcome));
            out.push_str(": ");
            escaped(&mut out, &n.text);
            out.push_str("\n\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::review;
    use super::super::testkit::{persona, Build};
    use super::*;
    use crate::topic::Topic;

    #[test]
    fn block_marks_at_the_start_and_line_breaks_are_made_harmless() {
        let esc = |t: &str| {
            let mut out = String::new();
            escaped(&mut out, t);
            out
        };
        assert_eq!(esc("- a list?"), "\\- a list?");
        assert_eq!(esc("1. first"), "1\\. first");
        assert_eq!(esc("2024 was good"), "2024 was good");
        assert_eq!(esc("a | b ~~c~~"), "a \\| b \\~\\~c\\~\\~");
        assert_eq!(esc("one\n---\ntwo"), "one --- two");
    }

    #[test]
    fn transcript_with_summary_flags_and_nuggets() {
        let p = persona();
        let mut i = Build::new(20)
            .ask("Do you like your job?", Topic::Rewards, 60.0)
            .ask("Who else should I talk to?", Topic::Contacts, 60.0)
            .nuggets(&["c"])
            .ended();
        i.exchanges[1].reply = "Talk to Ana. Nugget c text. Good luck.".into();
        let r = review(&i, &p);
        let md = to_markdown(&i, &p, &r);
        assert!(md.starts_with("# Practice interview with Dr. Tess Tiny\n"));
        let mut score = String::from("**Score:** ");
        score.push_str(&r.score.total.to_string());
        score.push_str("/100 · **Time:** 2:00 of 20:00 (ended early)");
        assert!(md.contains(&score), "{md}");
        assert!(md.contains("| Present | 6:30 | 1:00 |"), "{md}");
        assert!(md.contains("\n**Tess:** Hello there, happy to help today.\n"));
        assert!(
            md.contains("**You:** Do you like your job? _(closed question — try: "),
            "{md}"
        );
        // The nugget is lifted out of the reply onto its own line.
        assert!(md.contains("**Tess:** Talk to Ana. Good luck.\n"), "{md}");
        assert!(md.contains("> 💡 contact: Nugget c text.\n"), "{md}");
        assert!(md.contains("### Present") && md.contains("### Advice"));
        assert!(md.contains("**Next time**\n\n1. "));
        assert!(md.find("## Transcript").unwrap() > md.find("**Next time**").unwrap());
    }

    #[test]
    fn user_text_cannot_break_the_markdown() {
        let p = persona();
        let i = Build::new(20)
            .ask(
                "What is *your* take on [links] and _this_?",
                Topic::Trends,
                60.0,
            )
            .ended();
        let md = to_markdown(&i, &p, &review(&i, &p));
        assert!(
            md.contains(r"**You:** What is \*your\* take on \[links\] and \_this\_?"),
            "{md}"
        );
    }
}
