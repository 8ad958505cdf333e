//! Coach flags on a single question: closed (yes/no), generic (a web search answers it), a job
//! ask, or two questions in one turn. Each flag comes with a reason tied to the line and a
//! concrete open question to ask instead.

use crate::topic::Topic;
use serde::{Deserialize, Serialize};

/// A coaching flag on one line the user typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    ClosedQuestion,
    GenericQuestion,
    JobAsk,
    DoubleQuestion,
}

impl Flag {
    /// Every flag, in the order `flags` reports them.
    pub const ALL: [Flag; 4] = [
        Flag::ClosedQuestion,
        Flag::GenericQuestion,
        Flag::JobAsk,
        Flag::DoubleQuestion,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => "closed_question",
            Flag::GenericQuestion => "generic_question",
            Flag::JobAsk => "job_ask",
            Flag::DoubleQuestion => "double_question",
        }
    }

    pub fn parse(id: &str) -> Option<Flag> {
        Flag::ALL.into_iter().find(|f| f.id() == id)
    }

    /// Short name for people.
    pub fn label(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => "Closed question",
            Flag::GenericQuestion => "Generic question",
            Flag::JobAsk => "Job ask",
            Flag::DoubleQuestion => "Double question",
        }
    }

    /// Why the flag matters, in one line.
    pub fn why(self) -> &'static str {
        match self {
            Flag::ClosedQuestion => {
                "A yes/no question can be answered in one word; an open one invites a story."
            }
            Flag::GenericQuestion => {
                "A quick search answers this, so it spends their time and shows you skipped the research."
            }
            Flag::JobAsk => {
                "This conversation is for learning about their work; asking for a job breaks that trust."
            }
            Flag::DoubleQuestion => {
                "Two questions at once: they will answer one, and the other usually gets lost."
            }
        }
    }
}

/// A flag on a line, with a reason tied to that line and an open question to ask instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagNote {
    pub flag: Flag,
    pub reason: String,
    pub rewrite: String,
}

/// Each flag's reason and rewrite are the coach's (`coach::explain`).
pub use crate::coach::explain;

/// One good open question per canonical topic: the fallback rewrite.
pub fn open_question(topic: Topic) -> &'static str {
    match topic {
        Topic::Introduction => "What would be most useful for me to understand about your work?",
        Topic::TypicalDay => "What does a typical week look like for you?",
        Topic::Responsibilities => "Which parts of your job take up most of your attention?",
        Topic::Organization => "How does your team work together day to day?",
        Topic::Rewards => "What do you enjoy most about your work?",
        Topic::Challenges => "What is the hardest part of your job right now?",
        Topic::Skills => "Which skills matter most in your role?",
        Topic::Education => "How did your education prepare you for this work?",
        Topic::Path => "How did you get into this field?",
        Topic::JobSearch => "How did you come to find your current position?",
        Topic::Alternatives => "What other paths did you consider along the way?",
        Topic::Trends => "Where do you see your field heading in the next few years?",
        Topic::Advancement => "How do people usually move up from a role like yours?",
        Topic::GeneralAdvice => "What advice would you give someone in my position?",
        Topic::Contacts => "Who else would you suggest I talk to as I learn more about this field?",
        Topic::Organizations => "Which professional organizations have been most useful to you?",
        Topic::Resources => "Which books, sites or courses would you recommend?",
        Topic::Application => "What makes an application stand out in your field?",
        Topic::Thanks => "What would you most like me to take away from our conversation?",
        Topic::KeepInTouch => "What is the best way to keep in touch with you?",
        Topic::SmallTalk => "How has your week been so far?",
        Topic::Compensation => "What pay range is typical for someone starting out in your field?",
        Topic::WorkLife => "How do you balance the workload with life outside work?",
        Topic::AnythingElse => "Is there anything I haven't asked that you think I should know?",
        Topic::JobAsk => "How do people usually get hired onto a team like yours?",
        Topic::None => "What first drew you to your field?",
    }
}
