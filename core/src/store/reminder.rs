//! The reminder to export: whether it is due and how many sessions it counts, decided from
//! the session list and from when the user last had their data in a file. The app only
//! reads storage and shows the result.

use super::{ImportPlan, SessionSummary};

/// The least time between the user's last export (or import) and a reminder.
pub const REMIND_AFTER_MS: f64 = 30.0 * 24.0 * 3_600_000.0;

/// Fewer sessions saved only here are not worth a reminder.
pub const REMIND_FROM_SESSIONS: usize = 3;

/// When this browser last saw the user's data go into, or come from, a file.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LastCopy {
    /// Every session started before this is in a file the user has: their last export,
    /// or an import that left nothing saved only here.
    pub all_in_file_ms: Option<f64>,
    /// The last import or restore: the user was looking after their data right then.
    pub imported_ms: Option<f64>,
}

/// Sessions saved only in this browser: started after everything was last in a file (an
/// export holds every session there was).
pub fn only_here(sessions: &[SessionSummary], all_in_file_ms: Option<f64>) -> usize {
    let since = all_in_file_ms.unwrap_or(f64::NEG_INFINITY);
    sessions.iter().filter(|s| s.started_at_ms > since).count()
}

/// The number of sessions to remind about, counted from `sessions` as they are now, or
/// None: fewer than three are saved only here, or the user exported or imported within the
/// last month (an import means they have a file).
pub fn export_reminder(sessions: &[SessionSummary], last: LastCopy, now_ms: f64) -> Option<usize> {
    let n = only_here(sessions, last.all_in_file_ms);
    let latest = match (last.all_in_file_ms, last.imported_ms) {
        (Some(a), Some(b)) => a.max(b),
        (a, b) => a.or(b).unwrap_or(f64::NEG_INFINITY),
    };
    (n >= REMIND_FROM_SESSIONS && now_ms - latest > REMIND_AFTER_MS).then_some(n)
}

/// Whether importing with `plan` leaves nothing saved only here: each session in `before`
/// (the list before the import) that is not in a file yet is in this one, the same or
/// replaced by the file's copy. Such an import counts as an export. A copy kept here (newer
/// than the file's, or gone another way) is still only here.
pub fn import_covers(
    before: &[SessionSummary],
    plan: &ImportPlan,
    all_in_file_ms: Option<f64>,
) -> bool {
    let since = all_in_file_ms.unwrap_or(f64::NEG_INFINITY);
    before
        .iter()
        .filter(|s| s.started_at_ms > since)
        .all(|s| plan.unchanged.contains(&s.id) || plan.replace.contains(&s.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interview::{ClockMode, Status};

    const DAY: f64 = 24.0 * 3_600_000.0;

    fn at(id: &str, started_at_ms: f64) -> SessionSummary {
        SessionSummary {
            id: id.into(),
            persona_id: "p".into(),
            persona_name: "P".into(),
            started_at_ms,
            planned_minutes: 20,
            actual_s: 60.0,
            questions: 3,
            clock: ClockMode::Simulated,
            status: Status::Ended,
        }
    }

    fn sessions(n: usize, from: f64) -> Vec<SessionSummary> {
        (0..n)
            .map(|i| at(&format!("s{i}"), from + i as f64 * DAY))
            .collect()
    }

    #[test]
    fn the_count_is_of_the_sessions_as_they_are_now() {
        let exported = LastCopy {
            all_in_file_ms: Some(10.0 * DAY),
            imported_ms: None,
        };
        // Two before the export, three after: three are only here.
        let mut list = sessions(2, 0.0);
        list.extend(sessions(3, 11.0 * DAY));
        let now = 50.0 * DAY;
        assert_eq!(export_reminder(&list, exported, now), Some(3));
        // A fourth saved: the reminder counts four, not the three it counted before.
        list.push(at("new", 49.0 * DAY));
        assert_eq!(export_reminder(&list, exported, now), Some(4));
        // Never exported: every session counts.
        assert_eq!(export_reminder(&list, LastCopy::default(), now), Some(6));
    }

    #[test]
    fn no_reminder_for_few_sessions_or_within_a_month_of_an_export() {
        let now = 100.0 * DAY;
        assert_eq!(
            export_reminder(&sessions(2, 50.0 * DAY), LastCopy::default(), now),
            None
        );
        let list = sessions(5, 80.0 * DAY);
        let exported = |at: f64| LastCopy {
            all_in_file_ms: Some(at),
            imported_ms: None,
        };
        assert_eq!(export_reminder(&list, exported(75.0 * DAY), now), None);
        assert_eq!(export_reminder(&list, exported(60.0 * DAY), now), Some(5));
    }

    #[test]
    fn no_reminder_right_after_an_import_or_a_restore() {
        // An import that left sessions saved only here (so it is no export): the user has
        // a file all the same, and a reminder right then is noise.
        let list = sessions(4, 0.0);
        let now = 40.0 * DAY;
        let imported = LastCopy {
            all_in_file_ms: None,
            imported_ms: Some(now - 60_000.0),
        };
        assert_eq!(export_reminder(&list, imported, now), None);
        // A month on, with nothing newer in a file, it counts them again.
        assert_eq!(
            export_reminder(&list, imported, now + REMIND_AFTER_MS),
            Some(4)
        );
    }

    #[test]
    fn an_import_counts_as_an_export_when_it_leaves_nothing_only_here() {
        let before = vec![
            at("old", 1.0 * DAY),
            at("a", 20.0 * DAY),
            at("b", 21.0 * DAY),
        ];
        let exported = Some(10.0 * DAY);
        let plan = |unchanged: &[&str], replace: &[&str], keep: &[&str]| ImportPlan {
            unchanged: unchanged.iter().map(|s| s.to_string()).collect(),
            replace: replace.iter().map(|s| s.to_string()).collect(),
            keep: keep.iter().map(|s| s.to_string()).collect(),
            ..ImportPlan::default()
        };
        // "old" is in the last export; the file has "a" as it is and replaces "b".
        assert!(import_covers(&before, &plan(&["a"], &["b"], &[]), exported));
        // The copy of "b" here is newer than the file's and is kept: still only here.
        assert!(!import_covers(
            &before,
            &plan(&["a"], &[], &["b"]),
            exported
        ));
        // Not in the file at all.
        assert!(!import_covers(&before, &plan(&["a"], &[], &[]), exported));
        // After "Delete everything" nothing is here: any import covers it.
        assert!(import_covers(&[], &plan(&[], &[], &[]), None));
    }
}
