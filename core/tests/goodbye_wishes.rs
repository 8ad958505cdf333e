//! Walk 36: "Have a good one!" got "Not really my area", "Have a nice weekend." the weather and
//! "Enjoy the rest of your day!" a typical day. A wish for the day is a goodbye, over every
//! bundled persona; a sentence that only has a good something in it is not, nor one that goes
//! on after its words of leaving ("I take care of my mom").

mod common;

use askwell_core::lexicon::replies;
use askwell_core::topic::Topic;
use common::chat::Chat;

/// Whether `reply` opens with the persona's goodbye to a bare goodbye.
fn says_bye(reply: &str) -> bool {
    (replies::bye_back().iter()).any(|b| reply.starts_with(b.as_str()))
}

#[test]
fn a_wish_for_the_rest_of_the_day_is_a_goodbye() {
    for id in common::persona_ids() {
        for wish in [
            "Have a good one!",
            "ok have a great day",
            "Have a nice weekend.",
            "Enjoy the rest of your day!",
            // Walk 36: the goodbye after a few words on being done was asked what it meant.
            "Nah I think that's everything. Have a good one!",
            "That's all I had. See you around!",
            "Sorry, I have to run to class. Take care of yourself!",
        ] {
            let mut c = Chat::with(&id, 30);
            c.ask("What does a typical day look like for you?");
            let e = c.ask(wish);
            assert_eq!(e.topic, Topic::Thanks, "{id}: {wish}: {}", e.reply);
            assert!(says_bye(&e.reply), "{id}: {wish}: {}", e.reply);
        }
    }
}

#[test]
fn having_a_good_something_is_not_a_goodbye() {
    for id in common::persona_ids() {
        let mut c = Chat::with(&id, 30);
        c.ask("What does a typical day look like for you?");
        let e = c.ask("I have a good background in statistics.");
        assert_ne!(e.topic, Topic::Thanks, "{id}: {}", e.reply);
    }
}

/// Probes: the words of leaving, with more after them than a goodbye says, were goodbyes
/// ("All right, bye for now") to a user telling their situation.
#[test]
fn a_phrase_of_leaving_that_goes_on_is_not_a_goodbye() {
    for id in common::persona_ids() {
        for line in [
            "I take care of my mom full time.",
            "I have to go back to school.",
            "that is all very new to me",
            "I might have to run the numbers myself.",
        ] {
            let mut c = Chat::with(&id, 30);
            c.ask("What does a typical day look like for you?");
            let e = c.ask(line);
            assert!(!says_bye(&e.reply), "{id}: {line}: {}", e.reply);
        }
    }
}
