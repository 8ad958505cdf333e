//! Polite requests, favours, invitations and requests for names: questions that open with
//! an auxiliary but are agreed to, declined or answered with names rather than yes or no.

use super::classes::{agreeable, be_plans, durations, indefinites, left_out, meetings};
use super::classes::{making_time, modals, perceiving, persons, polite_modals, take_request};
use super::classes::{participles, pointing_verbs, recommend_judged, resources, say_content};
use super::classes::{the_asker, to_mind, willing};

/// Asks the other person to name people or things (*is there anyone I should talk to?*, *do
/// you know anyone in policy?*, *is there anything I should have asked?*, *are there podcasts
/// you'd recommend?*): answered with names or content, not with yes or no.
pub(super) fn asks_to_name(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    let existential = matches!(at(0), "is" | "are" | "was" | "were") && at(1) == "there";
    // *Was there someone who inspired you?* asks about their past, not for a name (*was
    // there anyone I should meet?* still asks for one).
    let past = matches!(at(0), "was" | "were");
    let knows =
        matches!(at(0), "do" | "does" | "would") && matches!(at(1), "you" | "u") && at(2) == "know";
    let someone_or_something = w
        .iter()
        .skip(2)
        .take(3)
        .any(|x| indefinites().contains(&x.as_str()));
    // *Is there a journal I should read?*: a clause in which someone should, could or would
    // do something with the thing asks for that thing, not whether it exists. What the
    // other person would do or wishes they had done (*is there a job you'd like to try?*,
    // *any skills you wish you'd learned?*) asks about them, unless they would recommend it.
    let wanted = w.iter().enumerate().skip(2).any(|(i, x)| {
        let modal = matches!(x.as_str(), "should" | "could" | "would" | "might");
        let theirs = matches!(at(i - 1), "you" | "u") && matches!(x.as_str(), "would" | "might");
        x == "worth" || modal && (!theirs || pointing_verbs().contains(&at(i + 1)))
    }) || w.windows(2).skip(2).any(|p| {
        persons().contains(&p[0].as_str())
            && (p[1] == "can" || pointing_verbs().contains(&p[1].as_str()))
    });
    // *Are there associations for nurses?*, *is there a good podcast on this?*. But *are
    // there journals you follow?* asks about their habits, yes or no: a clause in which
    // they do something other than point the asker to it.
    let verb_after = |i: usize| match at(i) {
        "would" | "might" | "could" | "can" | "should" => at(i + 1),
        verb => verb,
    };
    let about_them = (2..w.len().saturating_sub(1))
        .any(|i| matches!(at(i), "you" | "u") && !pointing_verbs().contains(&verb_after(i + 1)));
    // Questions they wish they were asked are content to name, whoever does the asking.
    let names_resource = w.iter().skip(2).take(4).any(|x| {
        let question = matches!(x.as_str(), "question" | "questions");
        resources().contains(&x.as_str()) && (question || !about_them)
    });
    // *Do you know any product managers who...*, *do you know a good book on...*.
    let one = matches!(at(3), "any" | "a" | "an" | "some" | "other" | "another");
    let knows_one = knows && one;
    // *Do you have a colleague who could tell me about it?*: someone to be named.
    let has_one = matches!(at(0), "do" | "does")
        && matches!(at(1), "you" | "u")
        && at(2) == "have"
        && one
        && wanted;
    // *Does anyone come to mind?*
    let comes_to_mind = w
        .windows(3)
        .any(|p| to_mind().contains(&p[0].as_str()) && p[1] == "to" && p[2] == "mind");
    (existential && (wanted || !past && (someone_or_something || names_resource)))
        || (knows && someone_or_something)
        || knows_one
        || has_one
        || comes_to_mind
}

/// *Would you say it's typical?*, *would you recommend this career (or joining)?*, *would you
/// have chosen differently?*: the request verb asks for a yes/no judgement here, not for
/// content (*would you say more about...*, *could you recommend a book or anything?*).
pub(super) fn asks_an_opinion(verb: &str, object: &str) -> bool {
    let is_in = |class: &[&str]| class.contains(&object);
    let gerund = object.len() > 4 && object.ends_with("ing") && !object.ends_with("thing");
    match verb {
        "say" => !is_in(say_content()),
        "recommend" => is_in(recommend_judged()) || gerund,
        "have" => object.len() > 3 && object.ends_with("ed") || is_in(participles()),
        // *could you take me through...*, *take a look*: a request; *would you take the
        // job again?*: a choice to judge.
        "take" => !is_in(take_request()),
        // *Could you be more specific?*: a request; *will you be at the conference?*: plans.
        "be" => is_in(be_plans()),
        _ => false,
    }
}

/// Asks a favour politely (*would you be open to...*, *would your manager be willing
/// to...*, *would you be okay with me...*): a request, not a yes/no question.
pub(super) fn asks_a_favour(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    polite_modals().contains(&at(0))
        && (2..=4).any(|be| {
            // *Would she be okay with a call?* (not *would email be ok?*).
            let okay_with = agreeable().contains(&at(be + 1)) && at(be + 2) == "with";
            at(be) == "be" && (willing().contains(&at(be + 1)) || okay_with)
        })
}

/// Asks leave or a favour (*may I follow up?*, *could you look over my CV?*, *would it be
/// okay to connect?*, *do you mind if I...*): a polite request, agreed to or declined rather
/// than answered, so not a yes/no question about their work.
pub(super) fn asks_leave_or_favour(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    let modal = modals().contains(&at(0));
    // *Can I...*, *may we...*: asking leave. *Will I still have a shot?* and *could I have
    // done this without a degree?* ask about what is or might have been.
    let leave = matches!(at(0), "can" | "could" | "may" | "might")
        && matches!(at(1), "i" | "we")
        && !(at(2) == "have" && asks_an_opinion("have", at(3)));
    // *Is it okay if I...*, *is it ok (that) I write again?*, *would that be okay?*, *would
    // it be possible to join your group?* (*is it possible to work remotely?* asks about the
    // work, and *is it ok?* alone asks for a judgement).
    let okay = matches!(at(0), "is" | "would" | "will")
        && (at(1) == "it" || at(1) == "that" && at(0) != "is")
        && (2..5).any(|i| {
            // *All right* is one agreeable word, as *alright* is.
            let all_right = at(i) == "all" && at(i + 1) == "right";
            let leave = at(0) != "is"
                || matches!(
                    at(i + 1 + usize::from(all_right)),
                    "to" | "if" | "for" | "with" | "that" | "i" | "we"
                );
            let agreeable = all_right || agreeable().contains(&at(i));
            leave && (agreeable || at(i) == "possible" && at(0) == "would")
        });
    let mind = matches!(at(0), "do" | "would") && matches!(at(1), "you" | "u") && at(2) == "mind";
    // *Can you hear me?* and *would you recommend this to someone like me?* ask no favour.
    let for_me = modal
        && matches!(at(1), "you" | "u")
        && !perceiving().contains(&at(2))
        && !asks_an_opinion(at(2), at(3))
        && w.iter().skip(2).any(|x| the_asker().contains(&x.as_str()));
    let time =
        modal && matches!(at(1), "you" | "u") && making_time().contains(&at(2)) && asks_for_time(w);
    // *Would Tuesday work for you?* (not *Did cold emailing work for you?*).
    let suits = polite_modals().contains(&at(0))
        && (w
            .windows(3)
            .any(|p| p[0] == "work" && p[1] == "for" && p[2] == "you")
            || w.windows(2).any(|p| p[0] == "suit" && p[1] == "you"));
    leave || okay || mind || for_me || time || suits
}

/// Time for a conversation (*fifteen minutes for a call*): both the time and the meeting
/// are named, as *Can you make time for family?* is about their life.
pub(super) fn asks_for_time(w: &[String]) -> bool {
    let any_of = |class: &[&str]| w.iter().any(|x| class.contains(&x.as_str()));
    any_of(meetings()) && any_of(durations())
}

/// *Do you have anything else to add?*, *did I miss anything?*: an invitation to add what
/// was left out.
pub(super) fn invites_more(w: &[String]) -> bool {
    let has = |x: &str| w.iter().any(|y| y == x);
    let questions = has("question") || has("questions");
    // *Is there a question you're surprised I didn't ask?*: what I left out.
    let my_question = has("i") && questions && (has("ask") || has("asked") || has("leave"));
    my_question
        || (has("anything") || questions) && w.iter().any(|x| left_out().contains(&x.as_str()))
}
