//! Walk 42: "You mentioned the HT-310 hold. What happened there?" got a labeling-review story,
//! and the re-ask a story about a direct report, though Daniel's script tells the hold in a
//! follow-up that opens "The partial clinical hold on HT-310...". Two things hid it: a detail's
//! name in digits (HT-310) was no word of the line's content (four letters or more), and the
//! line says the two words the other way round from the script ("the HT-310 hold", "the hold
//! on HT-310").

mod common;

use common::chat::Chat;

#[test]
fn a_detail_named_by_its_number_and_turned_round_is_told() {
    let mut c = Chat::with("daniel-reyes", 30);
    c.ask("Hi, I'm Ana, a biology junior. Thanks for making time.");
    c.ask("What does a typical week look like for you?");
    let sync = c.ask("What happens at the CMC sync?");
    assert!(sync.reply.contains("HT-310 hold"), "{}", sync.reply);
    let e = c.ask("You mentioned the HT-310 hold. What happened there?");
    assert!(e.reply.contains("potency assay"), "{}", e.reply);
}

#[test]
fn a_detail_said_as_the_line_says_it_still_comes_first() {
    // Walk 42's mock meetings: "meetings with the team" must not take "the program team
    // meetings" (the pair turned) over the follow-up that opens "Mock meetings".
    let mut c = Chat::with("daniel-reyes", 30);
    for line in [
        "Hi Dr. Reyes, thanks so much for making time. I'm Leah, a second-year master's student in biomedical engineering.",
        "I'd love to start with what your day-to-day actually looks like.",
        "You mentioned an FDA information request with a five-day clock. What's one you've actually had to answer?",
        "Three days sounds fast. You said 'argue about one sentence' - what was the sentence, and who won?",
    ] {
        c.ask(line);
    }
    let e = c.ask(
        "You said you run mock meetings with the team playing FDA reviewers. Who plays the reviewer?",
    );
    assert!(e.reply.starts_with("Mock meetings"), "{}", e.reply);
}
