//! From walk-through twenty-eight (10 black-box conversations): a brief answer that began
//! with a sentence leaning on the one before it ("Without it, you can write an excellent memo
//! that goes nowhere..."), and "I know what the FDA is" read as asking what the FDA is.

mod common;

use common::chat::Chat;

#[test]
fn a_brief_answer_does_not_start_on_a_sentence_that_leans_back() {
    let mut chat = Chat::with("tomasz-nowak", 30);
    chat.ask_all(&[
        "Hey Tomasz, thanks for taking the call. I'm Ravi, I'm a self-taught programmer, mostly Python and web scraping, and I got interested in how the government decides what science to fund.",
        "Let's start with day to day. What do you actually work on most weeks?",
        "The portfolio analysis part is what I'm curious about. When you figure out how much you spend on quantum materials, what tools are you using, and where does the data come from?",
        "Documenting its confident errors, I like that phrase. What does a confident error look like when the tool classifies an award?",
        "One in three is a lot. But I meant the AI classifier, can you give me an example of a mistake it made confidently?",
        "That merger mistake is a classic data-cleaning trap, I've hit it scraping too. You said the directorate that owns the data. What is a directorate?",
        "Got it. How did you end up moving from physics into this office?",
        "What did you actually do during that year in a congressional office?",
        "That's the year before. I'm asking about the year in the congressional office itself. What did a day there look like?",
        "Okay. Looking ahead, do you think tools like that AI classifier will change what analysts in your office need to know?",
        "Change your job directly how, though? Will analysts need to code more, or check the tool's output more, or something else?",
        "Data hygiene with Python and a real database is basically what I do. But I don't have a science degree at all. Is there a realistic way in for someone like me?",
    ]);
    let asked = chat.ask("I'm not romanticizing it, I mostly want to clean award data. Would an agency hire a data person without a degree, maybe as a contractor?");
    for opening in ["Without it", "Because of that", "Since then"] {
        assert!(!asked.reply.starts_with(opening), "{}", asked.reply);
    }
}

#[test]
fn saying_you_know_a_term_does_not_ask_for_it() {
    let mut chat = Chat::with("daniel-reyes", 30);
    chat.ask_all(&[
        "Hi Daniel, I'm Eli. I'm a senior English literature major, and a friend told me regulatory affairs is basically professional writing for science, so I wanted to hear about it from someone who actually does it.",
        "Let's start with day to day. Is my friend right that it's mostly writing?",
        "The FDA inbox, meaning the FDA emails you directly? What kinds of things show up in it?",
    ]);
    let asked = chat.ask("Right, I know what the FDA is. I meant what kinds of messages actually land in that inbox in the morning?");
    assert!(
        !asked.reply.contains("Food and Drug Administration"),
        "{}",
        asked.reply
    );
}
