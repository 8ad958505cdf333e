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
