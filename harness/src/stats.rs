//! The little statistics the performance numbers need: median, min and max of
//! a few timed runs, geometric means of ratios, and relative change.
//!
//! Architecture invariant: pure arithmetic on numbers; nothing here measures.

use serde::{Deserialize, Serialize};

/// The spread of several timed runs of one program, in milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Spread {
    /// The median run (the mean of the two middle runs for an even count).
    pub median_ms: f64,
    /// The fastest run.
    pub min_ms: f64,
    /// The slowest run.
    pub max_ms: f64,
    /// How many runs were timed (warm-up runs excluded).
    pub runs: usize,
}

impl Spread {
    /// The spread of `samples` (milliseconds); `None` when there are none.
    pub fn of(samples: &[f64]) -> Option<Spread> {
        if samples.is_empty() {
            return None;
        }
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let middle = sorted.len() / 2;
        let median_ms = if !sorted.len().is_multiple_of(2) {
            sorted[middle]
        } else {
            (sorted[middle - 1] + sorted[middle]) / 2.0
        };
        Some(Spread {
            median_ms,
            min_ms: sorted[0],
            max_ms: sorted[sorted.len() - 1],
            runs: sorted.len(),
        })
    }
}

/// The geometric mean of positive `values`; `None` when there are none (or a
/// value is not positive, which has no logarithm).
pub fn geomean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let mut sum = 0.0;
    let mut count = 0usize;
    for value in values {
        if !(value > 0.0 && value.is_finite()) {
            return None;
        }
        sum += value.ln();
        count += 1;
    }
    (count > 0).then(|| (sum / count as f64).exp())
}

/// The change from `old` to `new` in percent: `+2.0` means 2 % more.
pub fn percent_change(old: f64, new: f64) -> f64 {
    if old == 0.0 {
        return if new == 0.0 { 0.0 } else { f64::INFINITY };
    }
    (new - old) / old * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spread_of_odd_and_even_counts() {
        let spread = Spread::of(&[3.0, 1.0, 2.0]).unwrap();
        assert_eq!(
            spread,
            Spread {
                median_ms: 2.0,
                min_ms: 1.0,
                max_ms: 3.0,
                runs: 3
            }
        );
        assert_eq!(Spread::of(&[4.0, 1.0, 2.0, 3.0]).unwrap().median_ms, 2.5);
        assert_eq!(Spread::of(&[]), None);
    }

    #[test]
    fn geomean_of_ratios() {
        assert_eq!(geomean([2.0, 8.0]), Some(4.0));
        let mean = geomean([1.01, 1.01, 1.01]).unwrap();
        assert!((mean - 1.01).abs() < 1e-12, "{mean}");
        // Reciprocal ratios cancel out, as they should for speedups.
        let mean = geomean([0.5, 2.0]).unwrap();
        assert!((mean - 1.0).abs() < 1e-12, "{mean}");
        assert_eq!(geomean([]), None);
        assert_eq!(geomean([1.0, 0.0]), None);
    }

    #[test]
    fn percent_changes() {
        assert_eq!(percent_change(100.0, 101.0), 1.0);
        assert_eq!(percent_change(200.0, 100.0), -50.0);
        assert_eq!(percent_change(0.0, 0.0), 0.0);
        assert_eq!(percent_change(0.0, 5.0), f64::INFINITY);
    }
}
