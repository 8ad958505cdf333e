//! Whole interviews for the coach's tests: a bundled persona and a thorough hour's lines.

use askwell_core::content::bundled;
use askwell_core::Persona;

pub fn maya() -> Persona {
    bundled()
        .into_iter()
        .find(|p| p.id == "maya-okafor")
        .expect("maya-okafor is bundled")
}

/// A thorough hour: 26 questions with follow-ups, opening to closing.
pub const GOOD: &[&str] = &[
    "Hi Dr. Okafor, thank you for making time. I'm Sam, a second-year psychology student thinking about medicine, and I'd love to hear about your work, how you got here, where the field is going, and any advice you have.",
    "What does a typical day look like for you?",
    "Tell me more about that.",
    "What are your main responsibilities on the unit?",
    "Could you tell me more about the notes you write?",
    "How does your team work together?",
    "What do you find most rewarding about your work?",
    "What is the hardest part of your job?",
    "Which skills matter most in your role?",
    "What surprised you most when you started?",
    "How is your time split between patients and teaching?",
    "How did you get into child psychiatry?",
    "Tell me more about that.",
    "How did your training prepare you for this work?",
    "How did you find your current position?",
    "What other paths did you consider along the way?",
    "Where do you see the field heading in the next ten years, with telehealth and so on?",
    "How do people usually advance from a role like yours?",
    "Tell me more about that.",
    "What challenges do you think the field will face?",
    "What advice would you give someone in my position?",
    "Who else would you suggest I talk to?",
    "Which professional organizations would you recommend?",
    "Which books or newsletters would you recommend I read?",
    "Thank you so much, the tip about the formulation paragraph and the mentorship program are really helpful.",
    "What's the best way to keep in touch with you?",
];
