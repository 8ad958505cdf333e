//! Moved from `prepare/rehearse.rs`'s unit tests; only the public API is used.

use askwell_core::persona::PersonaInfo;
use askwell_core::persona::Temperament;
use askwell_core::prepare::*;

fn persona(id: &str, role: &str, organization: &str, field: &str) -> PersonaInfo {
    PersonaInfo {
        id: id.into(),
        name: id.into(),
        pronouns: String::new(),
        role: role.into(),
        organization: organization.into(),
        field: field.into(),
        temperament: Temperament::Warm,
        bio: String::new(),
    }
}

fn someone(role: &str, organization: &str, field: &str) -> PersonDetails {
    PersonDetails {
        name: "Ana".into(),
        role: role.into(),
        organization: organization.into(),
        field: field.into(),
        ..PersonDetails::default()
    }
}

fn personas() -> Vec<PersonaInfo> {
    vec![
        persona(
            "reg",
            "Regulatory affairs lead",
            "Halden Therapeutics",
            "Biotech: regulatory affairs",
        ),
        persona(
            "psy",
            "Adolescent psychiatrist",
            "Riverbend Children's Hospital",
            "Medicine: adolescent psychiatry",
        ),
        persona(
            "data",
            "Data scientist, clinical analytics",
            "Northlake Health",
            "Health data science",
        ),
        persona(
            "policy",
            "Policy analyst",
            "National Science Agency",
            "Science policy: government",
        ),
    ]
}

#[test]
fn the_persona_whose_work_sounds_closest_is_chosen() {
    let list = personas();
    let pick = |r, o, f| closest_persona(&someone(r, o, f), &list).map(|i| list[i].id.as_str());
    assert_eq!(
        pick("Data analyst", "City Hospital", "Analytics"),
        Some("data")
    );
    assert_eq!(pick("Science policy fellow", "", ""), Some("policy"));
    assert_eq!(pick("Child psychiatrist", "", "Psychiatry"), Some("psy"));
    assert_eq!(pick("", "Acme Biotech", "Regulatory"), Some("reg"));
}

#[test]
fn with_nothing_in_common_the_first_is_chosen() {
    let list = personas();
    assert_eq!(
        closest_persona(&someone("Chef", "Bistro", ""), &list),
        Some(0)
    );
    assert_eq!(closest_persona(&someone("", "", ""), &list), Some(0));
    assert_eq!(closest_persona(&someone("Chef", "", ""), &[]), None);
}

/// The shipped personas' cards, in Home's order and reversed (the order must not decide).
fn shipped() -> [Vec<PersonaInfo>; 2] {
    let list: Vec<PersonaInfo> = askwell_core::content::bundled()
        .iter()
        .map(|p| p.info())
        .collect();
    let reversed = list.iter().rev().cloned().collect();
    [list, reversed]
}

#[test]
fn a_clinical_psychologist_is_rehearsed_with_the_psychiatrist() {
    // The seventh walk-through's plan (B7): the data scientist's role says "clinical" and the
    // regulatory lead came first; the psychiatrist's work is the closest.
    let haddad = someone(
        "Clinical psychologist",
        "Lakeside Family Clinic",
        "Clinical psychology",
    );
    for list in shipped() {
        let i = closest_persona(&haddad, &list).expect("a persona");
        assert_eq!(list[i].id, "maya-okafor");
    }
}

#[test]
fn each_kind_of_work_meets_its_nearest_shipped_persona() {
    let cases = [
        (
            someone("Nurse educator", "St. Anne's Hospital", "Health education"),
            "priya-raman",
        ),
        (
            someone("Community health worker", "", "Public health"),
            "rosa-delgado",
        ),
        (
            someone("Machine learning engineer", "", "Data science"),
            "sam-whitfield",
        ),
        (
            someone("Legislative aide", "State Senate", "Science policy"),
            "tomasz-nowak",
        ),
        (
            someone("Clinical trial manager", "", "Biotech regulatory"),
            "daniel-reyes",
        ),
        (someone("Child psychiatrist", "", ""), "maya-okafor"),
    ];
    for list in shipped() {
        for (person, want) in &cases {
            let i = closest_persona(person, &list).expect("a persona");
            assert_eq!(&list[i].id, want, "{}", person.role);
        }
    }
}
