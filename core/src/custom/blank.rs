//! Starting points for a new persona: a blank one, with neutral wording already in place for
//! the parts every interviewee handles alike (greetings back, job asks, off-topic questions,
//! the close, and the conversational lines), and a copy of an existing one. The defaults are
//! written for Askwell: plain, calm, in a working professional's voice, and meant to be
//! edited.

use crate::persona::{Lines, Persona, Temperament, TopicScript, FORMAT_VERSION};
use crate::topic::Topic;

/// A persona with every topic present and the profile empty. The special topics and all
/// conversational lines hold editable defaults, so an author only writes the field's own
/// topics.
pub fn blank(id: String) -> Persona {
    let topics = Topic::all()
        .map(|topic| TopicScript {
            topic,
            answers: strings(default_answers(topic)),
            follow_ups: Vec::new(),
        })
        .collect();
    Persona {
        format_version: FORMAT_VERSION,
        id,
        name: String::new(),
        pronouns: String::new(),
        age: 0,
        role: String::new(),
        organization: String::new(),
        field: String::new(),
        temperament: Temperament::Warm,
        bio: String::new(),
        greeting: strings(&[
            "Hello, nice to meet you. I have some time set aside for this, so ask me whatever \
             is useful to you.",
        ]),
        vocabulary: Vec::new(),
        topics,
        nuggets: Vec::new(),
        lines: default_lines(),
        terms: Vec::new(),
    }
}

/// A full copy of `persona` under a new id and name, to edit as a new persona.
pub fn copy_of(persona: &Persona, new_id: String, new_name: String) -> Persona {
    Persona {
        id: new_id,
        name: new_name,
        ..persona.clone()
    }
}

fn strings(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|s| s.to_string()).collect()
}

/// The default answers of the topics every interviewee handles alike; empty for the rest.
fn default_answers(topic: Topic) -> &'static [&'static str] {
    match topic {
        Topic::SmallTalk => &[
            "I'm well, thank you. It has been a steady day so far, and this is a welcome \
             change of pace. So, what would you like to talk about?",
            "Good, thanks for asking. I've just come out of a meeting, so I'm glad to sit down \
             for a conversation. Where would you like to start?",
        ],
        Topic::Introduction => &[
            "Thanks, that helps me know what will be useful to you. I'm happy to go through \
             any of that. Ask me whatever you like, and I'll tell you if something is outside \
             what I know.",
            "That's a good plan for our time. It's useful to know where you are in your \
             thinking, so I can be specific rather than general. Go ahead with your first \
             question.",
        ],
        Topic::JobAsk => &[
            "I'm not the right person for hiring decisions, and I'd rather keep today about \
             the work itself. What I can do is tell you how people usually find their way in, \
             if that helps.",
            "I don't have openings to offer, I'm afraid. I'm glad to talk about what the work \
             involves and what made a difference for people I know who got started recently.",
        ],
        Topic::None => &[
            "I'm not sure I'm the best person to answer that. Is there something about my \
             work or my field I can help you with?",
            "That's a little outside what I can speak to. Let's come back to the work: what \
             else would you like to know?",
        ],
        Topic::Thanks => &[
            "You're welcome. I enjoyed this, and you asked thoughtful questions. I hope it \
             helps as you decide on your next steps.",
            "It was a pleasure. Thank you for preparing so well; it made the time easy to \
             use.",
        ],
        Topic::KeepInTouch => &[
            "Yes, please do. Send me a short note about how things go; I'm always glad to \
             hear what people decide.",
            "Of course. Email is the easiest way to reach me. If you talk to anyone I \
             mentioned, let me know how it went.",
        ],
        Topic::AnythingElse => &[
            "One thing people rarely ask about is what the first year is really like, as \
             opposed to the job description. It's worth asking everyone you speak to; the \
             answers vary more than you'd expect.",
            "I'd add this: talk to people at different stages, not only those with long \
             careers. Someone two years in will remember the start more clearly than I do.",
        ],
        _ => &[],
    }
}

fn default_lines() -> Lines {
    Lines {
        clarify: strings(&[
            "Just so I answer the right thing: do you mean {a}, or {b}?",
            "I can take that two ways. Are you asking about {a}, or about {b}?",
        ]),
        rephrase: strings(&[
            "Sorry, I'm not sure I follow. Could you put that another way?",
            "I want to be sure I understand. Could you ask that a little differently?",
        ]),
        repeat: strings(&["As I said earlier, ", "Like I mentioned, "]),
        no_more: strings(&[
            "I think I've said most of what I know about that. Is there something else you'd \
             like to ask?",
            "That's about all I can add on that one, honestly.",
        ]),
        time_check: strings(&[
            "Just so you know, we have about five minutes left.",
            "We're getting close to the end of our time, so ask whatever matters most.",
        ]),
        wrap_up: strings(&[
            "We're at time, so I'll need to wrap up soon.",
            "That's our time, I'm afraid. Is there one last thing you wanted to ask?",
        ]),
        guarded: strings(&[
            "It depends. It's hard to say much in general.",
            "That varies a lot. Maybe ask me something more specific.",
        ]),
        tangents: strings(&[
            "That reminds me of something from my first year here, though that's a story for \
             another time.",
            "Sorry, I'm drifting a little; it happens when I enjoy a subject.",
        ]),
        early_end: strings(&[
            "I'm sorry, I have to stop here; my next meeting is starting. Good luck with \
             everything.",
        ]),
        agenda_set: crate::lexicon::replies::agenda_set().to_vec(),
    }
}
