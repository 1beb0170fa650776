//! A horizontal grouped bar chart of speedups, as a small hand-written SVG.
//!
//! One group per program, one bar per series (e.g. "off vs CPython", "on vs
//! CPython"), a dashed line at 1× (parity): bars longer than the line are
//! faster than the reference.
//!
//! Architecture invariant: turns numbers into SVG text; knows nothing of
//! where they came from.

use std::fmt::Write as _;

/// Colours of the series, in order (then repeated).
const COLOURS: [&str; 5] = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2"];

const WIDTH: f64 = 820.0;
const LABEL_WIDTH: f64 = 230.0;
const VALUE_WIDTH: f64 = 70.0;
const BAR_HEIGHT: f64 = 14.0;
const GROUP_GAP: f64 = 10.0;
const TOP: f64 = 50.0;

/// A chart: series names and, per group, one optional value per series.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// The title at the top.
    pub title: String,
    /// The legend, one name per series.
    pub series: Vec<String>,
    /// The groups, top to bottom.
    pub groups: Vec<Group>,
}

/// One program's bars.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The label left of the bars.
    pub label: String,
    /// One speedup per series; `None` draws no bar (not measured).
    pub values: Vec<Option<f64>>,
}

impl Chart {
    /// The SVG document.
    pub fn to_svg(&self) -> String {
        let bars_per_group = self.series.len().max(1) as f64;
        let group_height = bars_per_group * BAR_HEIGHT + GROUP_GAP;
        let height = TOP + self.groups.len() as f64 * group_height + 30.0;
        let largest = self
            .groups
            .iter()
            .flat_map(|group| group.values.iter().flatten())
            .copied()
            .filter(|value| value.is_finite())
            .fold(1.0_f64, f64::max);
        let plot_width = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        let scale = plot_width / (largest * 1.05);

        let mut svg = String::new();
        let _ = writeln!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="12">"#
        );
        let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
        let _ = writeln!(
            svg,
            r#"<text x="10" y="20" font-size="15" font-weight="bold">{}</text>"#,
            escape(&self.title)
        );
        let mut legend_x = 10.0;
        for (index, name) in self.series.iter().enumerate() {
            let _ = writeln!(
                svg,
                r#"<rect x="{legend_x}" y="30" width="10" height="10" fill="{}"/><text x="{}" y="39">{}</text>"#,
                COLOURS[index % COLOURS.len()],
                legend_x + 14.0,
                escape(name)
            );
            legend_x += 24.0 + 7.0 * name.chars().count() as f64;
        }
        for (row, group) in self.groups.iter().enumerate() {
            let top = TOP + row as f64 * group_height;
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{:.1}" text-anchor="end">{}</text>"#,
                LABEL_WIDTH - 8.0,
                top + bars_per_group * BAR_HEIGHT / 2.0 + 4.0,
                escape(&group.label)
            );
            if group.values.iter().all(Option::is_none) {
                let _ = writeln!(
                    svg,
                    r#"<text x="{}" y="{:.1}" font-size="10" fill="gray">not measured (failed or skipped)</text>"#,
                    LABEL_WIDTH + 4.0,
                    top + BAR_HEIGHT - 4.0
                );
            }
            for (index, value) in group.values.iter().enumerate() {
                let Some(value) = value.filter(|value| value.is_finite()) else {
                    continue;
                };
                let y = top + index as f64 * BAR_HEIGHT;
                let width = (value * scale).max(1.0);
                let _ = writeln!(
                    svg,
                    r#"<rect x="{LABEL_WIDTH}" y="{y:.1}" width="{width:.1}" height="{:.1}" fill="{}"><title>{}: {value:.2}×</title></rect>"#,
                    BAR_HEIGHT - 2.0,
                    COLOURS[index % COLOURS.len()],
                    escape(self.series.get(index).map_or("", String::as_str)),
                );
                let _ = writeln!(
                    svg,
                    r#"<text x="{:.1}" y="{:.1}" font-size="10">{value:.2}×</text>"#,
                    LABEL_WIDTH + width + 4.0,
                    y + BAR_HEIGHT - 4.0
                );
            }
        }
        let parity = LABEL_WIDTH + scale;
        let bottom = height - 25.0;
        let _ = writeln!(
            svg,
            r#"<line x1="{parity:.1}" y1="{}" x2="{parity:.1}" y2="{bottom:.1}" stroke="black" stroke-dasharray="4 3"/>"#,
            TOP - 4.0
        );
        let _ = writeln!(
            svg,
            r#"<text x="{parity:.1}" y="{:.1}" text-anchor="middle" font-size="10">1× (parity)</text>"#,
            bottom + 14.0
        );
        svg.push_str("</svg>\n");
        svg
    }
}

/// Escapes text for SVG element content and attribute values.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> Chart {
        Chart {
            title: "Speedup over CPython".into(),
            series: vec!["off".into(), "on".into()],
            groups: vec![
                Group {
                    label: "fib_recursive".into(),
                    values: vec![Some(0.5), Some(4.0)],
                },
                Group {
                    label: "a<b & \"c\"".into(),
                    values: vec![Some(1.0), None],
                },
            ],
        }
    }

    #[test]
    fn one_bar_per_value_and_a_parity_line() {
        let svg = chart().to_svg();
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
        assert!(svg.trim_end().ends_with("</svg>"));
        // Three measured values → three bars (plus two legend swatches and the background).
        assert_eq!(svg.matches("<rect").count(), 3 + 2 + 1);
        assert!(svg.contains("<title>on: 4.00×</title>"), "{svg}");
        assert!(svg.contains("1× (parity)"));
        assert_eq!(svg.matches("<line").count(), 1);
    }

    #[test]
    fn bars_scale_with_their_values() {
        let svg = chart().to_svg();
        let width_of = |title: &str| -> f64 {
            let at = svg.find(title).unwrap();
            let start = svg[..at].rfind("width=\"").unwrap() + 7;
            let end = svg[start..].find('"').unwrap() + start;
            svg[start..end].parse().unwrap()
        };
        let (half, four) = (width_of("off: 0.50×"), width_of("on: 4.00×"));
        assert!((four / half - 8.0).abs() < 0.1, "{half} {four}");
    }

    #[test]
    fn text_is_escaped() {
        let svg = chart().to_svg();
        assert!(svg.contains("a&lt;b &amp; &quot;c&quot;"), "{svg}");
        assert!(!svg.contains("a<b"));
    }
}
