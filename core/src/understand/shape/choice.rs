//! Either/or: whether an *or* offers the listener a choice (an open question) or asks yes or
//! no about either of two kindred things (a closed one).

use super::classes::which_way;
use super::classes::{aux, contrasting, noun_openers, or_tails, weighing, wh, whether_at_all};
use crate::understand::text::words;

/// *Do you work evenings or weekends?* asks yes or no about either; *or* offers a choice
/// when it opens a clause of its own (*...move up fast or does it take forever*), when the
/// clause weighs the options or asks what one should do (*should I email or call?*), when
/// a contrasting word follows it, or when the second option repeats the first one's shape
/// (*through networking or through a posting*, *a small college or a big one*, *writing
/// code or doing other stuff*; *hiring or training* joins two of a kind).
pub(super) fn offers_choice(w: &[String]) -> bool {
    let at = |i: usize| w.get(i).map_or("", String::as_str);
    // (*two or more* weighs nothing.)
    let weighs = w
        .iter()
        .enumerate()
        .any(|(i, x)| weighing().contains(&x.as_str()) && (i == 0 || w[i - 1] != "or"))
        || w.iter().take_while(|x| *x != "or").any(|x| x == "should");
    // *Did you start in sales or marketing?*, *would you stay or move into managing?*: it
    // went or will go one way or the other (*did you ever think about law or medicine?* and
    // *did you need a permit or licence?* ask whether at all).
    let which_way = which_way().contains(&at(0))
        && at(1) == "you"
        && !(w.iter().take_while(|x| *x != "or")).any(|x| whether_at_all().contains(&x.as_str()));
    // *Was it the money or the mission that drew you in?*: a cleft names one of the two.
    let cleft = matches!(at(0), "is" | "was")
        && at(1) == "it"
        && w.iter()
            .skip_while(|x| *x != "or")
            .any(|x| matches!(x.as_str(), "that" | "who"));
    // *Is the team hierarchical or flat?*: after *is it/the team*, two short predicates that
    // end the clause (*Is a masters or PhD required?* is a pair in the subject: yes or no).
    let describes = matches!(at(0), "is" | "are" | "was" | "were") && at(1) != "there";
    // Where the predicate can start: after *it*, or after *the team*.
    let predicate_from = if noun_openers().contains(&at(1)) {
        3
    } else {
        2
    };
    w.windows(3).enumerate().any(|(i, p)| {
        let (before, next) = (p[0].as_str(), p[2].as_str());
        let or_at = i + 1;
        // *or anything*, *or so*, *two or more*: no second option (*more X or more Y* is one).
        let no_option = or_tails().contains(&next) && !(weighs && matches!(next, "more" | "less"));
        if p[1] != "or" || no_option {
            return false;
        }
        let earlier = &w[..=i];
        let later = &w[i + 2..(i + 6).min(w.len())];
        let repeated = earlier
            .iter()
            .any(|x| x == next && !matches!(next, "a" | "an" | "the" | "any"));
        // *bigger or smaller*: two comparatives weigh one against the other.
        let compared = |x: &str| x.len() > 4 && x.ends_with("er");
        weighs
            || cleft
            || which_way
            || compared(before) && compared(next)
            || describes && or_at > predicate_from && or_at < 6 && w.len() - or_at - 1 <= 3
            || aux().contains(&next)
            || wh().contains(&next)
            || contrasting().contains(&next)
            // *apply directly or go through a recruiter*: how, against how else (longer
            // than *family* or *lonely*).
            || before.ends_with("ly") && before.len() > 6
            || repeated
            || later.iter().any(|x| matches!(x.as_str(), "one" | "ones"))
            || next.ends_with("ing") && w[..i].iter().any(|x| x.ends_with("ing"))
    })
}

/// *Did you apply online, or did someone refer you?*, *Do you code yourself, or mostly
/// review?*: an option after a comma makes one choice question (*..., or not?* does not).
pub(super) fn offers_clause_choice(sentence: &str) -> bool {
    sentence.split([',', ';']).skip(1).any(|clause| {
        let w = words(clause);
        // *..., or more on the hardware?* is an option; *..., or more?* is not.
        let more_of = w.len() > 2 && matches!(w[1].as_str(), "more" | "less") && w[2] != "than";
        w.first().is_some_and(|x| x == "or")
            && w.get(1)
                .is_some_and(|x| !or_tails().contains(&x.as_str()) || more_of)
    })
}
