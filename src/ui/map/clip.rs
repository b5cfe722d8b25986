//! Culling what lies off screen, before it is tessellated: the parts of an outline outside
//! the map and the triangles of a fill outside it. A ring of a neighbouring country crosses
//! the view with most of its length beyond it; stroking all of it cost four to six triangles
//! a segment for nothing, and the software renderer pays for every triangle.

use egui::{Pos2, Rect};

/// A closed ring on screen cut to what can touch `rect`.
#[derive(Debug, Clone, PartialEq)]
pub enum Runs {
    /// Every segment touches `rect`: stroke it closed.
    Closed(Vec<Pos2>),
    /// The stretches that touch `rect`, each an open line whose ends lie outside it.
    Open(Vec<Vec<Pos2>>),
}

/// Cut the closed ring `points` (its last point may repeat the first) to the stretches whose
/// segments touch `rect`. A segment is kept if its bounding box meets `rect`: never one too
/// few, sometimes one too many. `rect` should already allow for the stroke's width.
pub fn visible_runs(points: &[Pos2], rect: Rect) -> Runs {
    let ring = match points.split_last() {
        Some((last, rest)) if !rest.is_empty() && points.first() == Some(last) => rest,
        _ => points,
    };
    let n = ring.len();
    let at = |i: usize| ring.get(i % n.max(1)).copied().unwrap_or_default();
    let touches = |i: usize| Rect::from_two_pos(at(i), at(i + 1)).intersects(rect);
    // Start just after a segment that is off screen, so that no run wraps around the end.
    let Some(off) = (0..n).find(|&i| !touches(i)) else {
        return Runs::Closed(ring.to_vec());
    };
    let mut runs = Vec::new();
    let mut run: Vec<Pos2> = Vec::new();
    for i in off + 1..off + 1 + n {
        if touches(i) {
            if run.is_empty() {
                run.push(at(i));
            }
            run.push(at(i + 1));
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    Runs::Open(runs)
}

/// Whether the triangle `a`, `b`, `c` may cover part of `rect` (its bounding box meets it).
pub fn triangle_touches(a: Pos2, b: Pos2, c: Pos2, rect: Rect) -> bool {
    let min = a.min(b).min(c);
    let max = a.max(b).max(c);
    min.x <= rect.max.x && max.x >= rect.min.x && min.y <= rect.max.y && max.y >= rect.min.y
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn square(x0: f32, y0: f32, side: f32) -> Vec<Pos2> {
        vec![
            pos2(x0, y0),
            pos2(x0 + side, y0),
            pos2(x0 + side, y0 + side),
            pos2(x0, y0 + side),
            pos2(x0, y0),
        ]
    }

    #[test]
    fn a_ring_inside_stays_closed_without_its_repeated_point() {
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(100.0, 100.0));
        let ring = square(10.0, 10.0, 20.0);
        assert_eq!(visible_runs(&ring, r), Runs::Closed(ring[..4].to_vec()));
    }

    #[test]
    fn a_ring_half_off_screen_keeps_the_segments_that_touch_it_as_one_run() {
        // A square from (50, 10) to (150, 110) over a screen ending at x = 100 and y = 100:
        // its right and bottom edges lie beyond the screen, the left and top edges cross it.
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(100.0, 100.0));
        let ring = square(50.0, 10.0, 100.0);
        let Runs::Open(runs) = visible_runs(&ring, r) else {
            panic!("the right edge is off screen");
        };
        assert_eq!(
            runs[0],
            vec![pos2(50.0, 110.0), pos2(50.0, 10.0), pos2(150.0, 10.0)]
        );
    }

    #[test]
    fn a_ring_crossing_twice_gives_two_runs_and_one_off_screen_gives_none() {
        // A tall thin ring whose two long sides cross a wide, low screen.
        let r = Rect::from_min_max(pos2(0.0, 40.0), pos2(100.0, 60.0));
        let ring = vec![
            pos2(20.0, 0.0),
            pos2(30.0, 0.0),
            pos2(30.0, 100.0),
            pos2(20.0, 100.0),
        ];
        let Runs::Open(runs) = visible_runs(&ring, r) else {
            panic!("the short sides are off screen");
        };
        assert_eq!(
            runs,
            vec![
                vec![pos2(30.0, 0.0), pos2(30.0, 100.0)],
                vec![pos2(20.0, 100.0), pos2(20.0, 0.0)]
            ]
        );
        let far = square(500.0, 500.0, 10.0);
        assert_eq!(visible_runs(&far, r), Runs::Open(vec![]));
    }

    #[test]
    fn triangles_are_kept_when_their_box_meets_the_screen() {
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(100.0, 100.0));
        assert!(triangle_touches(
            pos2(-50.0, 50.0),
            pos2(150.0, 40.0),
            pos2(50.0, 300.0),
            r
        ));
        assert!(!triangle_touches(
            pos2(101.0, 0.0),
            pos2(150.0, 40.0),
            pos2(120.0, 90.0),
            r
        ));
    }
}
