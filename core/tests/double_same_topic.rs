//! Walk 40: "How big is the regulatory team, and who do you report to?" got who Daniel reports
//! to and nothing on the team's size. Both halves read as the organization, so the answer to
//! the other half was never looked for: only a half on another topic was. Now, when one half
//! alone would get the answer given and the other half alone a different one, the reply adds
//! it briefly, as it does for a half on another topic.

mod common;

use askwell_core::topic::Topic;
use common::chat::Chat;

#[test]
fn both_halves_on_one_topic_are_answered() {
    let cases = [
        (
            "daniel-reyes",
            "How big is the regulatory team, and who do you report to?",
            ["chief medical officer", "eight of us"],
        ),
        (
            "sam-whitfield",
            "How did you get into clinical analytics? Did you come from a health background or from tech?",
            ["data scientist", "band teacher"],
        ),
    ];
    for (id, line, says) in cases {
        let mut c = Chat::with(id, 30);
        c.ask("Hi, I'm Ana, a junior studying biology. Thanks for making time.");
        let e = c.ask(line);
        for s in says {
            assert!(e.reply.contains(s), "{id}: {line}: {}", e.reply);
        }
    }
}

#[test]
fn a_half_on_another_topic_comes_first() {
    // Walk 36: hours and whether he misses teaching. A second answer on hours would leave the
    // other half unanswered.
    let mut c = Chat::with("sam-whitfield", 30);
    c.ask("Hi, I'm Ana, a junior studying biology. Thanks for making time.");
    let e = c.ask("how many hours do you work? and do you miss teaching at all?");
    assert_eq!(e.topic, Topic::WorkLife, "{}", e.reply);
    assert!(e.reply.contains("miss band"), "{}", e.reply);
}

#[test]
fn the_added_answer_is_new_to_the_listener() {
    // Asked alone first, the team's size is not told again as the other half's answer.
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm Ana, a junior studying biology. Thanks for making time.");
    let first = c.ask("How big is the regulatory team?");
    assert!(first.reply.contains("eight of us"), "{}", first.reply);
    let e = c.ask("How big is the regulatory team, and who do you report to?");
    assert!(!e.reply.contains("eight of us"), "{}", e.reply);
}
