//! Outreach: the suggested first email, its checks as the user writes, and the requests the
//! job-ask check must let through.

mod common;

use askwell_core::prepare::*;

fn failed(checks: &[OutreachCheck]) -> Vec<OutreachRule> {
    checks
        .iter()
        .filter(|c| !c.passed)
        .map(|c| c.rule)
        .collect()
}

#[test]
fn a_good_outreach_draft_passes_every_check() {
    let people = common::people();
    let shah = people.get("p-shah").unwrap();
    let referrer = people.referrer_name(shah);
    assert_eq!(referrer.as_deref(), Some("Sam Lee"));
    let draft = draft_outreach(shah, referrer.as_deref(), &people.me, 20);
    let checks = check_outreach(&draft, shah, referrer.as_deref());
    assert_eq!(failed(&checks), [], "{draft:#?}\n{checks:#?}");
    assert!(draft.subject.contains("Sam Lee"));
    // Every person gets a draft that passes, with wording that varies between people.
    let mut bodies = std::collections::BTreeSet::new();
    for p in &people.people {
        let r = people.referrer_name(p);
        let d = draft_outreach(p, r.as_deref(), &people.me, 30);
        assert_eq!(
            failed(&check_outreach(&d, p, r.as_deref())),
            [],
            "{}: {d:#?}",
            p.id
        );
        bodies.insert(d.body.lines().nth(2).unwrap_or_default().to_string());
    }
    assert!(bodies.len() >= 2, "{bodies:?}");
    // Before About me has a name the draft signs "[Your name]": not ready to send.
    let unnamed = AboutMe {
        name: String::new(),
        ..people.me.clone()
    };
    let d = draft_outreach(shah, referrer.as_deref(), &unnamed, 20);
    assert!(d.body.contains("[Your name]"), "{d:#?}");
    let who = check_outreach(&d, shah, referrer.as_deref())
        .into_iter()
        .find(|c| c.rule == OutreachRule::WhoYouAre)
        .unwrap();
    assert!(!who.passed && who.hint.contains("[Your name]"), "{who:?}");
    assert!(draft
        .mailto("shah@example.org")
        .starts_with("mailto:shah@example.org?subject="));
}

#[test]
fn a_poor_outreach_draft_fails_with_plain_hints() {
    let people = common::people();
    let shah = people.get("p-shah").unwrap();
    let draft = EmailDraft {
        subject: "Hello".into(),
        body: "Hi. What does your company do? Are you hiring at the moment? \
               I would like an hour of your time."
            .into(),
    };
    let checks = check_outreach(&draft, shah, Some("Sam Lee"));
    assert_eq!(
        failed(&checks),
        [
            OutreachRule::Length,
            OutreachRule::WhoYouAre,
            OutreachRule::HowYouFoundThem,
            OutreachRule::ExploringNotJobHunting,
            OutreachRule::SmallRequest,
            OutreachRule::NoJobAsk,
            OutreachRule::NoGenericQuestion,
        ]
    );
    let hint = |r| checks.iter().find(|c| c.rule == r).unwrap().hint.clone();
    assert!(hint(OutreachRule::SmallRequest).contains("no more than 30 minutes"));
    assert!(hint(OutreachRule::NoJobAsk).contains("Are you hiring"));
    assert!(hint(OutreachRule::HowYouFoundThem).contains("Sam Lee"));
    // Named in the body but not the subject: still a fail, with the reason.
    let mut d = draft_outreach(shah, Some("Sam Lee"), &people.me, 20);
    d.subject = "A question".into();
    let how = check_outreach(&d, shah, Some("Sam Lee")).remove(2);
    assert!(!how.passed && how.hint.contains("subject line"), "{how:?}");
}

#[test]
fn a_draft_for_someone_known_only_by_job_title_reads_as_english() {
    let people = common::people();
    let mut sam = people.get("p-sam").unwrap().clone();
    sam.details.field.clear();
    let mut me = people.me.clone();
    me.exploring.clear();
    for minutes in [15, 20, 25] {
        let d = draft_outreach(&sam, None, &me, minutes);
        let text = format!("{}\n{}", d.subject, d.body);
        assert!(!text.contains("careers in policy analyst"), "{text}");
        assert!(!text.contains("about policy analyst"), "{text}");
        assert!(text.contains("your work as a policy analyst"), "{text}");
    }
}

#[test]
fn a_draft_reads_form_fields_as_a_sentence_would() {
    // From an outside walk-through: "Hi Aunt," and "your work as Nurse practitioner" and
    // "careers in Primary care", as typed into the person form.
    let people = common::people();
    let mut aunt = people.get("p-sam").unwrap().clone();
    aunt.details.name = "Aunt Carla Mendes".into();
    aunt.details.role = "Nurse practitioner".into();
    aunt.details.field = "Primary care".into();
    let mut me = people.me.clone();
    me.exploring.clear();
    let d = draft_outreach(&aunt, None, &me, 20);
    let text = format!("{}\n{}", d.subject, d.body);
    assert!(text.contains(" Aunt Carla,"), "{text}");
    assert!(text.contains("your work as a nurse practitioner"), "{text}");
    assert!(text.contains("careers in primary care"), "{text}");
    aunt.details.role = "Engineer".into();
    let d = draft_outreach(&aunt, None, &me, 20);
    assert!(d.body.contains("your work as an engineer"), "{}", d.body);
}

#[test]
fn how_you_found_them_is_written_as_typed_without_breaking_the_sentence() {
    // From a walk-through: "I found your name through Found on LinkedIn, searched ...", and
    // "through My mom's sister" to an aunt.
    let people = common::people();
    let mut p = people.get("p-sam").unwrap().clone();
    p.details.circle = Circle::NotYet;
    let me = people.me.clone();
    for (how, expected) in [
        (
            "Found on LinkedIn, searched 'regulatory affairs'",
            "I came across your name (found on LinkedIn, searched 'regulatory affairs')",
        ),
        (
            "Friend of my roommate Jess",
            "We're connected through my roommate Jess,",
        ),
        (
            "My lab's alumni list.",
            "I found your name through my lab's alumni list,",
        ),
        ("LinkedIn", "I found your name through LinkedIn,"),
        // From a later walk-through: "I came across your name (alumni panel at ...)".
        (
            "Alumni panel at State U last spring",
            "I found your name through the alumni panel at State U last spring,",
        ),
        (
            "at the BIO conference.",
            "I came across your name at the BIO conference,",
        ),
        (
            "Found on Handshake",
            "I came across your name on Handshake,",
        ),
        ("met at the career fair", "We met at the career fair,"),
        // From a review: verbs and names that "through the" would break.
        (
            "Found you on LinkedIn",
            "I came across your name on LinkedIn,",
        ),
        ("Met you at the career fair", "We met at the career fair,"),
        ("Saw your talk at BIO", "I saw your talk at BIO,"),
        (
            "Her talk at ASHP",
            "I found your name through her talk at ASHP,",
        ),
        (
            "Met your colleague at BIO",
            "I came across your name (met your colleague at BIO)",
        ),
        (
            "Dr. Kim's seminar",
            "I came across your name (Dr. Kim's seminar)",
        ),
        ("Jess Park", "I came across your name (Jess Park)"),
        // From the sixth walk-through: a named list, its capitals kept.
        (
            "Carrow grad school alumni list",
            "I found your name through the Carrow grad school alumni list,",
        ),
    ] {
        p.details.how_found = how.into();
        let d = draft_outreach(&p, None, &me, 20);
        assert!(d.body.contains(expected), "{how}: {}", d.body);
        let checks = check_outreach(&d, &p, None);
        assert!(
            !failed(&checks).contains(&OutreachRule::HowYouFoundThem),
            "{how}"
        );
    }
    p.details.circle = Circle::KnowWell;
    p.details.how_found = "My mom's sister".into();
    let d = draft_outreach(&p, None, &me, 20);
    assert!(!d.body.contains("sister"), "{}", d.body);
}

#[test]
fn a_field_typed_as_a_tag_is_named_by_its_last_part() {
    // From the sixth walk-through: "A question about your path into biotech: regulatory
    // affairs".
    let people = common::people();
    let mut p = people.get("p-sam").unwrap().clone();
    p.details.field = "Biotech: regulatory affairs".into();
    for v in 0..3 {
        let d = draft_outreach(&p, None, &people.me, 20 + v);
        let text = format!("{}\n{}", d.subject, d.body);
        assert!(!text.contains("biotech:"), "{text}");
    }
}

#[test]
fn asking_for_a_short_call_is_the_point_of_outreach_not_a_job_ask() {
    // NOTES §8: these two requests were read as job asks, so a user who wrote them was told
    // "No job ask" failed. The corpus now has requests for a conversation as hard negatives
    // (none of these sentences is in it); an ask for a job over a call still fails.
    let people = common::people();
    let shah = people.get("p-shah").unwrap();
    let job_ask_failed = |request: &str| {
        let mut d = draft_outreach(shah, Some("Sam Lee"), &people.me, 20);
        d.body = format!("{}\n\n{request}", d.body);
        failed(&check_outreach(&d, shah, Some("Sam Lee"))).contains(&OutreachRule::NoJobAsk)
    };
    for request in [
        "Would you have 20 minutes for a phone or video call at your convenience?",
        "If you could spare 20 minutes, I would be grateful for a short call.",
    ] {
        assert!(!job_ask_failed(request), "{request}");
    }
    assert!(job_ask_failed(
        "Could we have a call about a job on your team?"
    ));
}

#[test]
fn an_acquaintance_or_a_relation_is_not_written_as_a_name_found() {
    // Walk-through 7: "My roommate's aunt", an acquaintance, got "I found your name through
    // my roommate's aunt", written to the aunt herself.
    let people = common::people();
    let mut p = people.get("p-sam").unwrap().clone();
    let me = people.me.clone();
    for (circle, how, expected) in [
        (
            Circle::Acquaintance,
            "My roommate's aunt",
            "We know each other through my roommate,",
        ),
        (
            Circle::NotYet,
            "My roommate's aunt",
            "We're connected through my roommate,",
        ),
        (
            Circle::Acquaintance,
            "Jess's mom",
            "We know each other through Jess,",
        ),
        (
            Circle::Acquaintance,
            "A friend of my dad's",
            "We know each other through my dad,",
        ),
        (
            Circle::Acquaintance,
            "Classmate from State U",
            "We know each other through State U,",
        ),
        (
            Circle::Acquaintance,
            "met at the career fair",
            "We met at the career fair,",
        ),
        (
            Circle::Acquaintance,
            "at the BIO conference",
            "We met at the BIO conference,",
        ),
        (Circle::Acquaintance, "LinkedIn", "We met through LinkedIn,"),
        (
            Circle::Acquaintance,
            "Jess Park",
            "We know each other through Jess Park,",
        ),
        (
            Circle::Acquaintance,
            "Saw your talk at BIO",
            "I saw your talk at BIO,",
        ),
        // Not the user's relation: a verb leads, so it reads as before.
        (
            Circle::NotYet,
            "Met your colleague at BIO",
            "I came across your name (met your colleague at BIO)",
        ),
    ] {
        p.details.circle = circle;
        p.details.how_found = how.into();
        let d = draft_outreach(&p, None, &me, 20);
        assert!(d.body.contains(expected), "{how}: {}", d.body);
        if circle == Circle::Acquaintance {
            assert!(!d.body.contains("your name"), "{how}: {}", d.body);
        }
        let checks = check_outreach(&d, &p, None);
        assert_eq!(failed(&checks), [], "{how}: {}", d.body);
    }
    // The user's own former boss needs no word on how they were found, like someone known well.
    for how in ["My former boss", "an old friend", "my cousin"] {
        p.details.circle = Circle::Acquaintance;
        p.details.how_found = how.into();
        let d = draft_outreach(&p, None, &me, 20);
        assert!(!d.body.contains(&how.to_lowercase()), "{how}: {}", d.body);
        assert_eq!(
            failed(&check_outreach(&d, &p, None)),
            [],
            "{how}: {}",
            d.body
        );
    }
}

#[test]
fn a_job_ask_is_quoted_by_words_written_together_and_is_not_exploring() {
    // Walk-through 7: "Exploring, not job hunting" passed above a failed "No job ask" that
    // quoted "assistant i", a pair cut across the comma.
    let people = common::people();
    let shah = people.get("p-shah").unwrap();
    let ask = "Also, if your clinic has any openings for a research assistant, I would love to be considered.";
    let mut d = draft_outreach(shah, Some("Sam Lee"), &people.me, 20);
    d.body = format!("{}\n\n{ask}", d.body);
    let checks = check_outreach(&d, shah, Some("Sam Lee"));
    let check = |r| checks.iter().find(|c| c.rule == r).unwrap();
    let job = check(OutreachRule::NoJobAsk);
    assert!(!job.passed, "{job:?}");
    let exploring = check(OutreachRule::ExploringNotJobHunting);
    assert!(
        !exploring.passed && exploring.hint.contains("asks for a job"),
        "{exploring:?}"
    );
    // Every quoted word or pair is in the sentence as written, inside one clause.
    let clauses: Vec<String> = ask
        .to_lowercase()
        .split([',', '.'])
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let quoted: Vec<&str> = job.hint.split('"').skip(3).step_by(2).collect();
    assert!(!quoted.is_empty(), "{}", job.hint);
    for w in quoted {
        assert!(
            clauses
                .iter()
                .any(|c| format!(" {c} ").contains(&format!(" {w} "))),
            "{w:?} in {}",
            job.hint
        );
    }
}
