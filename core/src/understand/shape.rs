//! Question shape, by grammar rather than by model: closed (yes/no) questions, two questions
//! in one turn, "tell me more", and the short answers that pick an option after "do you mean
//! A or B?". General English rules only: no rule exists for one sentence.

mod choice;
mod classes;
mod closed;
mod fragment;
mod indirect;
mod requests;

pub use closed::{closed_part, is_closed};

use super::text::{sentences, words};
use classes::{aux, fillers, wh};

/// Sentences that ask something: ending in `?`, or (texting without punctuation) opening
/// like a question.
fn questions(line: &str) -> Vec<Vec<String>> {
    let all = sentences(line);
    let marked: Vec<Vec<String>> = all
        .iter()
        .filter(|s| s.ends_with('?'))
        .map(|s| words(s))
        .collect();
    if !marked.is_empty() {
        return marked;
    }
    all.iter()
        .map(|s| words(s))
        .filter(|w| question_start(w).is_some())
        .collect()
}

/// Where the question proper starts: the first clause (comma-separated) that opens, after
/// fillers, with a wh-word or an auxiliary. Returns the index into `w`.
fn question_start(w: &[String]) -> Option<usize> {
    let mut i = 0;
    while i < w.len() && fillers().contains(&w[i].as_str()) {
        i += 1;
    }
    let first = w.get(i)?.as_str();
    (wh().contains(&first) || aux().contains(&first)).then_some(i)
}

/// Two questions in one turn: two asking sentences, or one sentence that starts a second
/// question after "and", "or", a comma or a semicolon.
pub fn is_double(line: &str) -> bool {
    !question_parts(line).is_empty()
}

/// The questions of a turn that asks two or more, each as its own words ("What's your day
/// like, and are you hiring?" gives both halves); empty when the turn asks one.
pub fn question_parts(line: &str) -> Vec<Vec<String>> {
    let mut parts = Vec::new();
    for q in questions(line) {
        if q.len() < 2 && !q.first().is_some_and(|w| wh().contains(&w.as_str())) {
            continue; // "Really?", "Right?"
        }
        let mut start = 0;
        for joint in inner_question_joints(&q) {
            parts.push(q[start..joint].to_vec());
            start = joint + 1;
        }
        parts.push(q[start..].to_vec());
    }
    if parts.len() < 2 {
        parts.clear();
    }
    parts
}

/// Where a second question starts inside one sentence: the "and" of "... and how did you
/// ...", "... and do you ...".
fn inner_question_joints(w: &[String]) -> Vec<usize> {
    let mut joints = Vec::new();
    let mut last_split = 0;
    for i in 1..w.len().saturating_sub(2) {
        if !matches!(w[i].as_str(), "and" | "also" | "plus") {
            continue;
        }
        let next = w[i + 1].as_str();
        let after = w[i + 2].as_str();
        let starts_question = (wh().contains(&next) && i - last_split >= 3 && after != "not")
            || (aux().contains(&next)
                && matches!(
                    after,
                    "you" | "they" | "there" | "it" | "people" | "your" | "i" | "we"
                ));
        if starts_question {
            joints.push(i);
            last_split = i;
        }
    }
    joints
}

/// "Tell me more", "why?", "for example?": asks to go deeper on what was just said.
pub fn is_follow_up(line: &str) -> bool {
    let w = words(line);
    if w.is_empty() || w.len() > 12 {
        return false;
    }
    // Cues are written with "_" for the spaces around and between their words.
    let text = format!("_{}_", w.join("_"));
    classes::follow_up_cues().iter().any(|c| text.contains(c)) || (w.len() == 1 && w[0] == "why")
}

/// Which of the two offered options a short reply picks, if it is a short choice at all.
/// `Some(0)` the first, `Some(1)` the second; `None` when the line reads as a new question.
pub fn choice(line: &str) -> Option<usize> {
    let w = words(line);
    if w.is_empty() || w.len() > 6 || line.trim_end().ends_with('?') && w.len() > 3 {
        return None;
    }
    if question_start(&w).is_some() && w.len() > 3 {
        return None;
    }
    let has = |xs: &[&str]| w.iter().any(|x| xs.contains(&x.as_str()));
    if has(&["second", "latter", "2", "two", "b", "last"]) {
        Some(1)
    } else if has(&[
        "first", "former", "1", "one", "a", "yes", "yeah", "yep", "both", "either", "sure", "right",
    ]) {
        Some(0)
    } else {
        None
    }
}

/// A short reply that is not a question of its own: a topic word, or a wh-clause without an
/// auxiliary ("how you got in" names an option; "how did you get in" asks anew).
pub fn is_short_answer(line: &str) -> bool {
    let w = words(line);
    if w.is_empty() || w.len() > 6 {
        return false;
    }
    match question_start(&w) {
        None => true,
        Some(i) => {
            // "which organizations would you recommend" asks anew: any auxiliary after.
            let asks = w[i + 1..].iter().any(|x| aux().contains(&x.as_str()));
            wh().contains(&w[i].as_str()) && !asks
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_referral_requests_and_favours_are_not_yes_no() {
        for open in [
            "Do you prefer the lab, or do you like fieldwork more?",
            "Was the move planned, or did it just happen?",
            "Is the team more formal or more relaxed?",
            "Is there anyone in logistics I might speak with?",
            "Do you know somebody who left teaching for design?",
            "Would you be willing to look over my plan?",
        ] {
            assert!(!is_closed(open), "{open}");
        }
        for closed in [
            "Is there a lot of paperwork?",
            "Are you able to pick your own projects?",
            "Did you enjoy your first year?",
            "Do you need two or more licences?",
        ] {
            assert!(is_closed(closed), "{closed}");
        }
    }

    #[test]
    fn requests_and_invitations_are_open_opinions_and_texting_are_closed() {
        for open in [
            "May I email you again after my exams?",
            "Would it be okay to send you a note next month?",
            "Is it ok I write to you again next month?",
            "Is it alright that we record this call?",
            "Do you mind if I take notes?",
            "Could you take a look at my cover letter?",
            "I was wondering if you could walk me through your week.",
            "How can I tell if this field is right for me?",
            "I don't know if I want to do a PhD.",
            "Is there a newsletter I should subscribe to?",
            "Are there events that would be good for a beginner?",
            "Are there podcasts you'd recommend on policy?",
            "Is there a question you wish students asked more?",
            "Did we miss anything you wanted to cover?",
            "Do you know a good book on negotiation?",
            "Do you write the briefs yourself, or does a junior draft them?",
            "Don't worry about it",
            "have a lovely evening",
            "ur favourite project?",
            "Could I have a copy of the job description?",
            "I know it's late, but I don't know if I should apply.",
        ] {
            assert!(!is_closed(open), "{open}");
        }
        for closed in [
            // Asked indirectly, or with a tag.
            "I wonder if you ever miss the lab.",
            "Can you tell me if the pay is decent?",
            "So you started in sales, right?",
            "The hours are long, aren't they?",
            "Will you be at the spring conference?",
            "Would you say the work is stable?",
            "Would you recommend this programme to a friend?",
            "Would you have picked a different school?",
            "you like working nights?",
            "the pay is decent?",
            "Can you work from home on Fridays?",
            "if you started over would you take the same degree",
            "When you were hired did you negotiate?",
            // Not asking leave: what might have been, or what will be.
            "Could I have got in with a history degree?",
            "Will I need a licence to practise?",
            // Embedded after a noun subject, and "know" away from "if".
            "I'd love to know whether the agency pays for training.",
            "I know you're busy, but I wonder if you still teach.",
            "wud u take the job again",
            // Names of things they use or did: about them, not a request for names.
            "Are there any blogs you read every week?",
            "any newsletters u subscribe to?",
        ] {
            assert!(is_closed(closed), "{closed}");
        }
    }

    #[test]
    fn or_offers_a_choice_only_between_distinct_options() {
        for choice in [
            "Do you travel by train or by plane?",
            "Is the office quiet or busy?",
            "Did you go to a small college or a big one?",
            "Should I learn Excel or SQL first?",
            "Do you mostly draft contracts or review them?",
            "Do you do your own taxes or just pay someone?",
            "Were you hired directly or through an agency?",
            "Are you planning lessons all week or marking too?",
        ] {
            assert!(!is_closed(choice), "{choice}");
        }
        for yes_no in [
            "Do you ever work holidays or nights?",
            "Did you need a permit or licence?",
            "Is there a uniform or dress code?",
            "Do you get bonuses or stock at your firm?",
            "Is it ever dull, or not?",
            "Is it stressful or anything?",
            "Is a masters or PhD required?",
            "Are evenings or weekends expected?",
            "Do you see your family or friends much?",
            "Did you need a permit or a licence?",
            "Did cold emailing work for you?",
            "Can you make time for family?",
        ] {
            assert!(is_closed(yes_no), "{yes_no}");
        }
    }

    #[test]
    fn fragments_that_ask_to_confirm_are_closed() {
        for closed in [
            "parking ok?",
            "weekends required?",
            "so the job is stressful?",
            "tired?",
            "worth it?",
            "still enjoying it?",
            "long commute?",
            "hiring right now?",
            "ur team growing?",
            // Whether there are any: all three outside labellers read these as yes/no.
            "any regrets?",
            "any chance of a job?",
            "hard to get in?",
        ] {
            assert!(is_closed(closed), "{closed}");
        }
        for open in [
            "budget?",
            "worst moments?",
            "any podcasts?",
            "any advice?",
            "any chance you could look at my CV?",
            "anything i forgot?",
            "biggest lesson learned?",
            "typical week?",
            "your main tasks as a lead?",
            "Would Tuesday work for you?",
            "Could you make time for a short call?",
        ] {
            assert!(!is_closed(open), "{open}");
        }
        // A clause of one word, or none, has no options to weigh (this once panicked).
        for tiny in ["r?", "?", "or?", ", or?", "is?"] {
            assert!(!is_closed(tiny), "{tiny}");
        }
    }

    #[test]
    fn closed_questions_by_shape() {
        assert!(is_closed("Do you like your job?"));
        assert!(is_closed("As a nurse, do you find the hours hard?"));
        assert!(is_closed("so is the field growing"));
        assert!(!is_closed("Really appreciate it, have a good one."));
        assert!(!is_closed("Could you tell me about your path?"));
        assert!(!is_closed("Can you recommend anyone I should talk to?"));
        assert!(!is_closed("Do you prefer the lab or the office?"));
        assert!(!is_closed("Do you know what skills matter most?"));
        assert!(!is_closed("What do you like most?"));
        assert!(!is_closed("Do you have any advice for me?"));
    }

    #[test]
    fn double_questions() {
        assert!(is_double("What do you do? How did you get there?"));
        assert!(is_double(
            "What do you do all day and how did you get this job?"
        ));
        assert!(!is_double("How and why did you switch fields?"));
        assert!(!is_double("What do you like and dislike about it?"));
        assert!(!is_double(
            "Hi, I'm Sam. What does a typical day look like?"
        ));
    }

    #[test]
    fn choices_and_follow_ups() {
        assert_eq!(choice("the first one"), Some(0));
        assert_eq!(choice("second"), Some(1));
        assert_eq!(choice("where do you see regulatory going with AI"), None);
        assert!(is_short_answer("how you got in"));
        assert!(is_short_answer("education"));
        assert!(!is_short_answer("how did you get in?"));
        assert!(!is_short_answer(
            "where do you see regulatory going with AI"
        ));
        assert!(!is_short_answer(
            "Which professional organizations would you recommend?"
        ));
        assert!(is_short_answer("which part you like"));
        assert!(is_follow_up("tell me more"));
        assert!(is_follow_up("Why?"));
        assert!(!is_follow_up("What do you like most about the job?"));
    }
}
