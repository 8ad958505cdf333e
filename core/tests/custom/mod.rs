//! A persona an adviser could write in the editor: `custom::blank`, the profile, and one
//! answer for each topic the blank leaves empty (no vocabulary, no nuggets, no follow-ups).
#![allow(dead_code)]

use askwell_core::custom::{blank, Draft, Edit, ProfileField};
use askwell_core::{Persona, Topic};

pub fn minimal() -> Persona {
    let mut d = Draft::new(blank("my-marine-biologist-k3x9".into()));
    for (field, value) in [
        (ProfileField::Name, "Dr. Ines Moreau"),
        (ProfileField::Pronouns, "she/her"),
        (ProfileField::Role, "Marine biologist"),
        (ProfileField::Organization, "Saltmarsh Field Station"),
        (ProfileField::FieldOfWork, "Science: marine biology"),
        (
            ProfileField::Bio,
            "Ines studies seagrass meadows along the coast. She spends half the year in the \
             field and half analysing samples.",
        ),
    ] {
        d.apply(Edit::Profile {
            field,
            value: value.into(),
        })
        .unwrap();
    }
    for topic in Topic::all() {
        if d.persona
            .script(topic)
            .is_some_and(|s| s.answers.is_empty())
        {
            d.apply(Edit::Answers {
                topic,
                answers: vec![format!(
                    "About {}: here is how it goes for me at the station, plainly put.",
                    topic.label()
                )],
            })
            .unwrap();
        }
    }
    d.persona
}
