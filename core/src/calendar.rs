//! Calendar arithmetic on milliseconds since the epoch, for dates people read (the app's
//! lists and review) and for calendar files (`prepare::ics`). No time zones here: a caller
//! that wants local time adds the offset first.

/// The proleptic Gregorian (year, month 1-12, day 1-31) of a count of days since 1970-01-01
/// (H. Hinnant's algorithm).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// A moment broken into what a reader sees: year, month 1-12, day, hour 0-23 and minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

/// `ms` since the epoch as a [`Moment`] (a time that is not a number reads as the epoch).
pub fn moment(ms: f64) -> Moment {
    let minutes = if ms.is_finite() {
        (ms / 60_000.0).floor() as i64
    } else {
        0
    };
    let (days, in_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
    let (year, month, day) = civil_from_days(days);
    Moment {
        year,
        month,
        day,
        hour: (in_day / 60) as u32,
        minute: (in_day % 60) as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_across_leap_days_and_before_the_epoch() {
        let at = |year, month, day, hour, minute| Moment {
            year,
            month,
            day,
            hour,
            minute,
        };
        assert_eq!(moment(0.0), at(1970, 1, 1, 0, 0));
        assert_eq!(moment(951_782_400_000.0), at(2000, 2, 29, 0, 0));
        assert_eq!(moment(1_714_000_000_000.0), at(2024, 4, 24, 23, 6));
        assert_eq!(moment(-60_000.0), at(1969, 12, 31, 23, 59));
        assert_eq!(moment(f64::NAN), at(1970, 1, 1, 0, 0));
    }
}
