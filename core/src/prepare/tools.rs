//! Which of a person's tools a person page shows open: the one for where things stand,
//! with the others folded away (a design review found every stage's form on one page,
//! about 5,000 px on a phone, for someone not yet written to).

use super::people::{Person, Stage};

/// The parts of a person's page that belong to a stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonTool {
    /// The outreach email.
    Outreach,
    /// Notes of the conversation.
    Notes,
    /// The thank-you note.
    ThankYou,
    /// The later notes (how their advice helped, their referral reached).
    LaterNotes,
    /// Names they gave.
    Referrals,
}

impl PersonTool {
    /// Whether this tool is open for someone at `stage`: the next thing to do there.
    /// Asked keeps the email open (to resend or follow up); Scheduled opens the notes,
    /// which saving after the talk moves on to Talked.
    pub fn open_at(self, stage: Stage) -> bool {
        use PersonTool::*;
        match stage {
            Stage::ToContact | Stage::Asked => self == Outreach,
            Stage::Scheduled => self == Notes,
            Stage::Talked => matches!(self, Notes | ThankYou),
            Stage::Thanked | Stage::KeepingInTouch => matches!(self, LaterNotes | Referrals),
        }
    }

    /// Whether this tool is open on `person`'s page: a name made up in a practice has only
    /// the email (for rehearsing), so that is open whatever the stage.
    pub fn open_for(self, person: &Person) -> bool {
        if person.is_made_up() {
            return self == PersonTool::Outreach;
        }
        self.open_at(person.stage())
    }
}

#[cfg(test)]
mod tests {
    use super::PersonTool::*;
    use super::*;

    const TOOLS: [PersonTool; 5] = [Outreach, Notes, ThankYou, LaterNotes, Referrals];

    fn open(stage: Stage) -> Vec<PersonTool> {
        TOOLS.into_iter().filter(|t| t.open_at(stage)).collect()
    }

    #[test]
    fn each_stage_opens_its_own_tool() {
        assert_eq!(open(Stage::ToContact), [Outreach]);
        assert_eq!(open(Stage::Asked), [Outreach]);
        assert_eq!(open(Stage::Scheduled), [Notes]);
        assert_eq!(open(Stage::Talked), [Notes, ThankYou]);
        assert_eq!(open(Stage::Thanked), [LaterNotes, Referrals]);
        assert_eq!(open(Stage::KeepingInTouch), [LaterNotes, Referrals]);
    }

    #[test]
    fn every_tool_is_some_stage_s_and_every_stage_opens_one() {
        for t in TOOLS {
            assert!(Stage::ALL.into_iter().any(|s| t.open_at(s)), "{t:?}");
        }
        for s in Stage::ALL {
            assert!(!open(s).is_empty(), "{s:?}");
        }
    }

    #[test]
    fn a_new_person_opens_the_email() {
        let p = Person::empty("p1".into());
        assert!(Outreach.open_for(&p));
        assert!(!Notes.open_for(&p));
    }

    #[test]
    fn a_made_up_name_keeps_the_email_open_at_any_stage() {
        let mut p = Person::empty("p1".into());
        p.referred_by = Some(super::super::people::ReferredBy::Practice {
            session_id: String::new(),
            nugget_id: String::new(),
            persona_name: String::new(),
        });
        p.stages.push(super::super::people::StageReached {
            stage: Stage::Talked,
            at_ms: 1.0,
        });
        assert!(Outreach.open_for(&p));
        assert!(!Notes.open_for(&p));
    }
}
