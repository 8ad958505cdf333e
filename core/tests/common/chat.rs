//! A practice driven line by line through the reducer, as the app and the CLI drive it.

use askwell_core::content::bundled;
use askwell_core::interview::{Action, ClockMode, Exchange, Interview};
use askwell_core::understand::Matcher;
use askwell_core::Persona;

pub struct Chat {
    pub persona: Persona,
    pub matcher: Matcher,
    pub interview: Interview,
}

impl Chat {
    /// A practice of `minutes` on the simulated clock with the bundled persona `id`.
    pub fn with(id: &str, minutes: u32) -> Chat {
        let persona = bundled()
            .into_iter()
            .find(|p| p.id == id)
            .expect("persona exists");
        let matcher = persona.matcher();
        let interview = Interview::new("t", &persona, minutes, ClockMode::Simulated, 0.0);
        Chat {
            persona,
            matcher,
            interview,
        }
    }

    /// Asks `q` and returns the exchange it made.
    pub fn ask(&mut self, q: &str) -> Exchange {
        let ask = Action::Ask {
            text: q.into(),
            now_s: 0.0,
        };
        assert!(self.interview.apply(&self.persona, &self.matcher, ask));
        self.interview.exchanges.last().unwrap().clone()
    }

    /// Asks each of `lines` in turn: the conversation a test's last line is asked in.
    pub fn ask_all(&mut self, lines: &[&str]) {
        for line in lines {
            self.ask(line);
        }
    }
}
