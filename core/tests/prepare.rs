//! The loop around the interview: plans, due dates, the calendar file and the referral map
//! (outreach is in `outreach.rs`, the thank-you notes in `prepare_letters.rs`).

mod common;

use askwell_core::prepare::*;
use askwell_core::understand::Matcher;
use common::{DAY, HOUR, T0};

#[test]
fn a_good_plan_is_ready_and_a_poor_one_gets_rewrites() {
    use askwell_core::flags::Flag::*;
    let plans = common::plans();
    let matcher = Matcher::new(&[]);
    let good = check_plan(plans.get("plan-sam").unwrap(), &matcher);
    assert!(
        good.outcomes.iter().all(|(_, hit)| *hit),
        "{:#?}",
        good.questions
    );
    assert!(
        good.questions.iter().all(|q| q.notes.is_empty()),
        "{:#?}",
        good.questions
    );
    assert!(good.introduction.passed, "{:?}", good.introduction);
    // Six questions at five minutes run past 30 minutes: the estimate says so.
    assert_eq!(good.estimate.room_for, 5, "{:?}", good.estimate);
    assert!(!good.estimate.fits);
    let mut five = plans.get("plan-sam").unwrap().clone();
    five.questions.pop();
    let five = check_plan(&five, &matcher);
    assert!(five.ready(), "{:#?}", five.hints);
    // With no question yet, the estimate says what the time holds, not "room for 5 more".
    let mut none = plans.get("plan-sam").unwrap().clone();
    none.questions.clear();
    let none = check_plan(&none, &matcher);
    assert_eq!(
        none.estimate.hint, "A 30-minute talk has room for about 5 questions.",
        "{:?}",
        none.estimate
    );

    let mut poor = plans.get("plan-maya").unwrap().clone();
    poor.introduction = "Hi.".into();
    poor.questions = vec![
        "Do you like your job?".into(),
        "What does your company do?".into(),
        "Could you refer me for an open position on your team?".into(),
        "What do you enjoy most and what is hardest?".into(),
    ];
    let c = check_plan(&poor, &matcher);
    assert!(!c.ready());
    let flags: Vec<Vec<askwell_core::flags::Flag>> = c
        .questions
        .iter()
        .map(|q| q.notes.iter().map(|n| n.flag).collect())
        .collect();
    assert!(flags[0].contains(&ClosedQuestion));
    assert!(flags[1].contains(&GenericQuestion));
    assert!(flags[2].contains(&JobAsk));
    assert!(flags[3].contains(&DoubleQuestion));
    assert!(c.questions[0].notes[0].rewrite.ends_with('?'));
    assert!(c.hints[0].contains("job ask"));
    // The job ask has its own hint; the rework count holds the other three.
    assert!(
        c.hints.iter().any(|h| h.starts_with("Rework 3 flagged")),
        "{:?}",
        c.hints
    );
    assert!(c.hints.iter().any(|h| h.contains("Contacts")));
    assert!(!c.introduction.passed);
}

#[test]
fn the_introduction_is_timed_at_150_words_a_minute() {
    let intro = "I'm a second-year biology student, and I'm exploring careers in science policy. "
        .repeat(5);
    let c = check_introduction(&intro);
    assert_eq!((c.words, c.spoken_seconds), (60, 24));
    assert!(c.passed && c.says_who && c.says_why);
    let long = check_introduction(&intro.repeat(5));
    assert_eq!(long.spoken_seconds, 120);
    assert!(!long.passed && long.hint.contains("under 90"));
}

#[test]
fn the_introduction_counts_as_said_as_written_or_adapted() {
    let plan = common::plans().get("plan-sam").unwrap().clone();
    let (persona, _) = &common::personas()[0];
    let said = |lines: &[&str]| said_introduction(&plan, &common::practise(persona, 30, lines));
    assert!(said(&["Hi!", &plan.introduction]));
    // Adapted in the box before it was sent: a name added, a clause dropped.
    assert!(said(&[
        "Hi, I'm Jo, a second-year biology student at Leeds exploring careers in science policy. I asked to talk with you because of your move from the lab into policy."
    ]));
    assert!(!said(&[
        "Hi!",
        "What does a typical week look like for you?"
    ]));
    assert!(!said(&["I'm a biology student."]));
    let mut none = plan.clone();
    none.introduction.clear();
    assert!(!said_introduction(
        &none,
        &common::practise(persona, 30, &["Hi!"])
    ));
}

#[test]
fn planned_questions_count_as_asked_in_the_user_s_own_words() {
    // From a walk-through: the plan beside the practice ticked only the text as planned.
    let mut plan = common::plans().get("plan-sam").unwrap().clone();
    plan.questions = vec![
        "What does a typical week look like for you?".into(),
        "What do you like least about the work?".into(),
    ];
    let (persona, _) = &common::personas()[0];
    let asked = |lines: &[&str]| asked_from_plan(&plan, &common::practise(persona, 30, lines));
    assert_eq!(
        asked(&["what does a typical week look like for you"]),
        [true, false]
    );
    assert_eq!(
        asked(&["So what does a typical week look like?"]),
        [true, false]
    );
    assert_eq!(
        asked(&[
            "What does a typical day look like?",
            "What do you like most about it?"
        ]),
        [false, false]
    );
}

#[test]
fn due_dates_follow_the_guides() {
    let mut people = common::people();
    let logs = common::logs();
    let now = T0 + 6.0 * DAY;
    let due = due_actions(&people, &logs, now);
    let find = |due: &[DueAction], key: &str| due.iter().find(|d| d.key == key).cloned();
    // Thank-you: 48 hours after the logged conversation.
    let thanks = find(&due, "thank-you.p-sam").unwrap();
    assert_eq!(thanks.due_at_ms, T0 + 5.0 * DAY + 48.0 * HOUR);
    assert!(!thanks.due_now);
    // The referral was contacted: tell the referrer, from the day they were asked.
    let tell = find(&due, "tell-referrer.p-shah").unwrap();
    assert_eq!((tell.due_at_ms, tell.due_now), (T0 + 6.0 * DAY, true));
    assert_eq!(tell.title, "Tell Sam Lee you reached Dr. Priya Shah");
    // Done on Sam's page (the draft and "Mark as done" are there), so it links there.
    assert_eq!(tell.person_id, "p-sam");
    // Oldest first. Irene Castellanos was named by a persona in a practice: made up, so
    // nothing asks the user to write to her.
    let keys: Vec<&str> = due.iter().map(|d| d.key.as_str()).collect();
    assert_eq!(
        keys,
        ["contact.p-jo", "tell-referrer.p-shah", "thank-you.p-sam"]
    );
    assert!(people.get("p-irene").is_some());
    // Thanked: the follow-up is due three weeks after the conversation.
    let at = |stage| PeopleAction::MoveToStage {
        id: "p-sam".into(),
        stage,
        at_ms: now,
    };
    people.apply(at(Stage::Thanked)).unwrap();
    people
        .apply(PeopleAction::MarkReferrerTold {
            id: "p-shah".into(),
            at_ms: now,
        })
        .unwrap();
    let due = due_actions(&people, &logs, now);
    assert!(find(&due, "thank-you.p-sam").is_none());
    assert!(find(&due, "tell-referrer.p-shah").is_none());
    let later = find(&due, "follow-up.p-sam").unwrap();
    assert_eq!(later.due_at_ms, T0 + 5.0 * DAY + 21.0 * DAY);
    people
        .apply(PeopleAction::MarkFollowedUp {
            id: "p-sam".into(),
            at_ms: now,
        })
        .unwrap();
    assert!(find(&due_actions(&people, &logs, now), "follow-up.p-sam").is_none());
    // A real person reached through a made-up one: written to, but nobody to tell.
    people
        .apply(PeopleAction::AddReferral {
            id: "p-via-irene".into(),
            name: "Ana Ruiz".into(),
            note: String::new(),
            from: ReferredBy::Person {
                person_id: "p-irene".into(),
            },
            at_ms: now,
        })
        .unwrap();
    people
        .apply(PeopleAction::MoveToStage {
            id: "p-via-irene".into(),
            stage: Stage::Asked,
            at_ms: now,
        })
        .unwrap();
    let due = due_actions(&people, &logs, now);
    assert!(find(&due, "tell-referrer.p-via-irene").is_none());
}

#[test]
fn an_arranged_talk_is_on_the_list_then_asks_to_be_logged() {
    let mut people = common::people();
    let logs = common::logs();
    let now = T0 + 6.0 * DAY;
    let set = |at_ms| PeopleAction::SetTalkTime {
        id: "p-shah".into(),
        at_ms,
    };
    let move_to = |stage| PeopleAction::MoveToStage {
        id: "p-shah".into(),
        stage,
        at_ms: now,
    };
    let talk = |people: &People, now| {
        due_actions(people, &logs, now)
            .into_iter()
            .find(|d| d.key == "talk.p-shah")
    };
    people.apply(move_to(Stage::Scheduled)).unwrap();
    assert!(
        talk(&people, now).is_none(),
        "no time given, nothing listed"
    );
    assert_eq!(people.apply(set(Some(T0 + 8.0 * DAY))), Ok(true));
    assert_eq!(people.apply(set(Some(T0 + 8.0 * DAY))), Ok(false));
    let before = talk(&people, now).unwrap();
    assert_eq!(
        (before.kind, before.due_at_ms, before.due_now),
        (DueKind::Talk, T0 + 8.0 * DAY, false)
    );
    assert_eq!(before.title, "Talk with Dr. Priya Shah");
    let after = talk(&people, T0 + 8.0 * DAY + HOUR).unwrap();
    assert!(after.due_now);
    assert_eq!(after.title, "Log your talk with Dr. Priya Shah");
    // Talked: the talk leaves the list (the thank-you takes over).
    people.apply(move_to(Stage::Talked)).unwrap();
    assert!(talk(&people, now).is_none());
    assert_eq!(
        people.get("p-shah").unwrap().talk_at_ms,
        Some(T0 + 8.0 * DAY)
    );
    // Back before Scheduled (a correction): no talk is arranged any more.
    people.apply(move_to(Stage::Asked)).unwrap();
    assert_eq!(people.get("p-shah").unwrap().talk_at_ms, None);
    // Nonsense times are not kept.
    people.apply(move_to(Stage::Scheduled)).unwrap();
    assert_eq!(people.apply(set(Some(f64::NAN))), Ok(false));
    assert_eq!(people.get("p-shah").unwrap().talk_at_ms, None);
}

#[test]
fn a_due_action_exports_as_a_calendar_file_that_parses_back() {
    use icalendar::{Calendar, CalendarComponent, Component};
    let action = DueAction {
        key: "thank-you.p-sam".into(),
        kind: DueKind::ThankYou,
        person_id: "p-sam".into(),
        due_at_ms: T0 + 2.0 * DAY,
        due_now: false,
        title: "Send a thank-you to Sam Lee; \"soon\", please".into(),
        detail: format!(
            "Line one, with a comma; a semicolon \\ a backslash\nLine two {}",
            "é".repeat(80)
        ),
    };
    let text = to_ics(&action, T0);
    assert!(text.split("\r\n").all(|l| l.len() <= 75), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'));
    assert!(text.contains("DTSTART:20240427T090000Z"), "{text}");
    assert!(text.contains("DTSTAMP:20240425T090000Z"));
    let calendar: Calendar = text.parse().expect("valid iCalendar");
    let event = calendar
        .components
        .iter()
        .find_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .expect("one event");
    assert_eq!(event.get_summary(), Some(action.title.as_str()));
    assert_eq!(event.get_description(), Some(action.detail.as_str()));
    assert_eq!(event.get_uid(), Some("thank-you.p-sam@askwell.local"));
    assert_eq!(ics_file_name(&action), "askwell-thank-you.p-sam.ics");
}

#[test]
fn the_referral_map_lists_who_led_to_whom() {
    let people = common::people();
    let edges = referral_edges(&people);
    assert_eq!(edges.len(), 2);
    assert_eq!(edges[0].from, Referrer::Person("p-sam".into()));
    assert_eq!(edges[0].to, "p-shah");
    let lines: Vec<(String, usize, String)> = referral_list(&people)
        .into_iter()
        .map(|l| (l.name, l.depth, l.via))
        .collect();
    assert_eq!(
        lines,
        [
            ("Sam Lee".into(), 0, String::new()),
            ("Dr. Priya Shah".into(), 1, "Suggested by Sam Lee".into()),
            (
                "Irene Castellanos".into(),
                0,
                "From a practice with Daniel Reyes".into()
            ),
            ("Jo Park".into(), 0, String::new()),
        ]
    );
    let shah = people.get("p-shah").unwrap();
    assert_eq!(shah.details.circle, Circle::NotYet);
    assert_eq!(shah.details.how_found, "Suggested by Sam Lee");
}

#[test]
fn the_reducers_refuse_bad_changes_without_changing_anything() {
    let mut people = common::people();
    let before = people.clone();
    let add = PeopleAction::Add {
        id: "p-sam".into(),
        details: PersonDetails::default(),
        referred_by: None,
        at_ms: T0,
    };
    assert!(people.apply(add).is_err());
    let blank = PeopleAction::Edit {
        id: "p-jo".into(),
        details: PersonDetails::default(),
    };
    assert!(people.apply(blank).is_err());
    let gone = PeopleAction::MoveToStage {
        id: "gone".into(),
        stage: Stage::Asked,
        at_ms: T0,
    };
    assert!(people.apply(gone).is_err());
    assert_eq!(people, before);
    // Back to an earlier stage forgets the later dates.
    let back = PeopleAction::MoveToStage {
        id: "p-sam".into(),
        stage: Stage::Asked,
        at_ms: T0,
    };
    people.apply(back).unwrap();
    assert_eq!(people.get("p-sam").unwrap().stages.len(), 1);
    assert!(people
        .apply(PeopleAction::Delete { id: "p-sam".into() })
        .unwrap());
    assert!(referral_edges(&people)
        .iter()
        .all(|e| e.from != Referrer::Person("p-sam".into())));
    let mut plans = common::plans();
    let blank = PlanAction::AddQuestion {
        id: "plan-sam".into(),
        text: "  ".into(),
    };
    assert!(plans.apply(blank).is_err());
    let mv = PlanAction::MoveQuestion {
        id: "plan-sam".into(),
        from: 0,
        to: 5,
    };
    assert!(plans.apply(mv).unwrap());
    assert_eq!(
        plans.get("plan-sam").unwrap().questions[5],
        common::GOOD_QUESTIONS[0]
    );
}

#[test]
fn an_email_that_cannot_be_an_address_is_noticed() {
    let with = |email: &str| PersonDetails {
        email: email.into(),
        ..PersonDetails::default()
    };
    for ok in ["", "sam@example.org", " jo.park@uni.ac.uk "] {
        assert!(!with(ok).email_looks_incomplete(), "{ok}");
    }
    for bad in [
        "not-an-email",
        "sam@",
        "@example.org",
        "sam@example",
        "sam lee@example.org",
    ] {
        assert!(with(bad).email_looks_incomplete(), "{bad}");
    }
}
