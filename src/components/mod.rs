//! The pages' parts. Every list of views is collected as `AnyView`s (`.into_any()` on each
//! item), and an optional part (`cond.then(|| view! { .. })`, `option.map(|x| view! { .. })`)
//! is an `Option<AnyView>`: tachys renders a `Vec` or `Option` of one element type with its
//! own copy of the code (about 1.1 KB per item type and module for a list), of `AnyView`
//! with one shared copy (NOTES.md §1).

pub mod about_me;
pub mod add_person_form;
pub mod add_referral_form;
pub mod continue_card;
pub mod conversation_log_form;
pub mod copy_markdown;
pub mod data_backups;
pub mod data_banner;
pub mod data_erase;
pub mod data_export;
pub mod data_import;
pub mod data_sessions;
pub mod data_usage;
pub mod due_calendar;
pub mod email_actions;
pub mod end_button;
pub mod flag_coach;
pub mod follow_ups;
pub mod later;
pub mod next_actions;
pub mod notices;
pub mod outreach_composer;
pub mod people_by_stage;
pub mod people_common;
pub mod person_fields;
pub mod person_summary;
pub mod persona_card;
pub mod persona_edit;
pub mod persona_import;
pub mod persona_new;
pub mod persona_picker;
pub mod persona_row;
pub mod plan_add_question;
pub mod plan_beside;
pub mod plan_coverage;
pub mod plan_delete;
pub mod plan_editor;
pub mod plan_for_person;
pub mod plan_introduction;
pub mod plan_question_row;
pub mod plan_questions;
pub mod plan_rehearse;
pub mod plan_start;
pub mod practice_contacts;
pub mod practice_session;
pub mod practice_thank_you;
pub mod progress_chart;
pub mod question_box;
pub mod referral_map;
pub mod review_report;
pub mod segment_table;
pub mod session_list;
pub mod stage_controls;
pub mod start_bar;
pub mod talk_time;
pub mod thank_you_note;
pub mod timeline;
pub mod timing_chart;
pub mod tool_card;
pub mod transcript;
pub mod when;
pub mod with_persona;
