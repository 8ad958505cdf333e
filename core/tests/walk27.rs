//! From walk-through twenty-seven (10 black-box conversations): a question after thanks that
//! the model reads weakly alone got the goodbye, and a remark on the time left before a
//! question was taken for a request for more time; and an answer said again after "Like I
//! said earlier:" kept the short word that opened it ("Like I said earlier: Of course.").

mod common;

use askwell_core::topic::Topic;
use common::chat::Chat;

#[test]
fn a_question_after_thanks_is_answered_however_weakly_it_reads_alone() {
    let mut chat = Chat::with("daniel-reyes", 30);
    chat.ask_all(&[
        "Daniel, thanks for taking the call. I'm Priscilla Chen, a litigation associate, seven years in, mostly pharma product liability defense. I keep reading FDA correspondence in discovery and thinking the regulatory side looks more interesting than the lawsuits.",
        "Let's start with the correspondence itself. Who actually writes the company's side of those FDA letters, and how much do lawyers touch them?",
        "I didn't ask about pay, though good to know. My question was: when FDA sends a letter, who drafts the response, regulatory, scientists, or legal?",
        "That's resume advice, and I'm not applying for anything. Let me be precise: on a typical FDA information request, whose pen is on the first draft of the response?",
        "Still resume advice. I'll drop it. Different angle: what does your own week actually consist of?",
        "RMAT I haven't come across in litigation. What is it, and why does a company want it?",
        "Nice line, but not an answer. RMAT: what do the letters stand for and what does the designation get you?",
    ]);
    let asked =
        chat.ask("Thank you. HT-201 got it on the second try, what went wrong the first time?");
    assert_ne!(asked.topic, Topic::Thanks, "{}", asked.reply);
    assert!(!asked.reply.contains("Good luck"), "{}", asked.reply);
}

#[test]
fn a_remark_on_the_time_left_before_a_question_asks_the_question() {
    let mut chat = Chat::with("tomasz-nowak", 30);
    chat.ask_all(&[
        "Hello Dr. Nowak, I am Arjun, a second-year master's student in physics here on a student visa. I am curious how a physicist ends up in science policy, so thank you for making time.",
        "Let's start with the day to day. What does a science policy analyst at a federal agency actually produce?",
        "Hearing preparation sounds intense. When you draft answers for leadership, how do you guess what a member of Congress will ask?",
        "Interesting example, but I was asking about hearings. How do you anticipate the questions that Congress members will ask the agency?",
        "Okay, maybe hearings are internal, I understand. Going back to the two-pager: you said cutting is harder than four days of data work. What do you usually cut?",
        "That is useful to know, but not what I meant. In the two-pager, what kind of material gets removed in the cutting stage? Caveats, methods, extra tables?",
        "Writing short, I will take that. Now your path: what did you research as a physicist, and what made you leave?",
        "The program that places scientists in congressional offices, is that open to people who are not US citizens? I am asking because of my visa.",
        "Thank you, that is very honest. You mentioned science societies are open to non-citizens. What kind of policy work do they do compared to your agency?",
        "The discussion group sounds great, I may start one. But I asked about scientific societies: what does policy work look like there, compared with a federal agency?",
        "The Hollis fellowship webinar in October, I will put it on my calendar. Looking forward, how do you see science policy changing in the next five or ten years?",
        "Research security is a topic that worries international students a little. Does it affect how you work with foreign-born scientists like yourself?",
        "Sorry, I think that went past my question. I meant research security: does it change anything for foreign-born scientists, in your experience? If it is sensitive, I understand.",
    ]);
    let plan = chat.interview.plan.clone();
    let asked = chat.ask("Okay, I will read about it myself. Since we have only a few minutes: what is the single most useful thing I can do in my last year of the master's to move toward policy?");
    assert_ne!(asked.topic, Topic::SmallTalk, "{}", asked.reply);
    assert_eq!(
        chat.interview.plan, plan,
        "no minutes were added: {}",
        asked.reply
    );
}

#[test]
fn an_answer_said_again_drops_the_short_word_that_opened_it() {
    let mut chat = Chat::with("maya-okafor", 30);
    chat.ask_all(&[
        "hiii dr okafor!! im jess, sophomore psych major, my advisor said you might talk to me about child psychiatry, thank u sm",
        "omg ok yes the unit!! what do ur days actually look like there",
        "wait why do u call schools?? like the kids actual schools?",
        "lol ok thats cool but thats not what i asked haha. i meant the phone calls to schools, why do u call a kids school from the hospital?",
        "eight calls for one therapist?? thats wild. is that like the hardest part of the job or",
        "ugh thats so sad. ok so going back, u said sleep lab?? how did a sleep lab lead to psychiatry",
        "thats actually so smart. but like what made u decide on psychiatry and not sleep medicine or something",
        "a cold email?? i could never lol. what did u even write in it to dr calloway",
        "aww ok i will!! but wait i was asking what u wrote in ur email to dr calloway, like how do u write a cold email that works",
        "haha ok i think we got our wires crossed, never mind. different q: where do u think child psych is going in like 10 years",
        "most counties have NONE?? wow. so like would u ever do the consultant thing urself",
        "ok good to know but i meant u personally, would u ever switch to being a consultant for pediatricians and schools like u described?",
        "hm ok thats not quite it either but whatever lol. what happened in that hard year of med school, if thats ok to ask",
        "thats really real tho, i like that u see a therapist. last thing, what advice would u give a sophomore who wants to do what u do",
        "ooh a psychiatric nurse practitioner, i didnt even know that was a thing. how is that different from what u do?",
    ]);
    let asked = chat.ask("ok ill look up the NP part myself haha. thank u SO much dr okafor this was amazing, ill def email u an update!!");
    for lead in ["earlier: ", "already, but it holds: ", "As I mentioned: "] {
        for word in ["Of course.", "Yes", "Sure."] {
            let slip = format!("{lead}{word}");
            assert!(!asked.reply.contains(&slip), "{}", asked.reply);
        }
    }
}
