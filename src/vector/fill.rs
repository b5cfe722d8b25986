//! A mesh of flat-coloured triangles as the outlines of its colours: the triangles of one
//! colour joined into rings, so that a region is one path in the SVG (no seams between its
//! triangles, and one shape to select and recolour in an editor).

use egui::epaint::Vertex;
use egui::{Color32, Mesh, Pos2};
use std::collections::BTreeMap;

/// One colour of a mesh: its rings, to fill with the non-zero rule (outer rings run one way,
/// holes the other).
#[derive(Debug, Clone, PartialEq)]
pub struct Fill {
    /// The colour (premultiplied, as egui holds it).
    pub color: Color32,
    /// Closed rings, the last point joined to the first.
    pub rings: Vec<Vec<Pos2>>,
}

/// A point as its exact bits: triangles share a corner only where it is the same number, and
/// the order of a `BTreeMap` over them makes the output the same run after run.
type Key = (u32, u32);

/// Directed edges of one colour and how many times each is left over.
type Edges = BTreeMap<(Key, Key), i32>;

fn key(p: Pos2) -> Key {
    (p.x.to_bits(), p.y.to_bits())
}

/// The outlines of each colour of `mesh`, in the order the colours first appear. A triangle
/// whose corners differ in colour is drawn in its first corner's colour.
pub fn fills(mesh: &Mesh) -> Vec<Fill> {
    // Directed edges left over once each edge shared by two triangles cancels out: the
    // boundary, with every triangle turned the same way.
    let mut colours: Vec<(Color32, Edges)> = Vec::new();
    let mut at: BTreeMap<Key, Pos2> = BTreeMap::new();
    for t in mesh.indices.chunks_exact(3) {
        let corner =
            |k: usize| -> Option<&Vertex> { t.get(k).and_then(|&i| mesh.vertices.get(i as usize)) };
        let (Some(a), Some(b), Some(c)) = (corner(0), corner(1), corner(2)) else {
            continue;
        };
        let area = (b.pos - a.pos).x * (c.pos - a.pos).y - (b.pos - a.pos).y * (c.pos - a.pos).x;
        if area == 0.0 || !area.is_finite() {
            continue;
        }
        let (b, c) = if area > 0.0 { (b, c) } else { (c, b) };
        let edges = match colours.iter_mut().find(|(col, _)| *col == a.color) {
            Some((_, edges)) => edges,
            None => {
                colours.push((a.color, BTreeMap::new()));
                match colours.last_mut() {
                    Some((_, edges)) => edges,
                    None => continue,
                }
            }
        };
        for (p, q) in [(a.pos, b.pos), (b.pos, c.pos), (c.pos, a.pos)] {
            let (kp, kq) = (key(p), key(q));
            at.insert(kp, p);
            at.insert(kq, q);
            match edges.get_mut(&(kq, kp)) {
                Some(n) if *n > 0 => *n -= 1,
                _ => *edges.entry((kp, kq)).or_insert(0) += 1,
            }
        }
    }
    colours
        .into_iter()
        .map(|(color, edges)| Fill {
            color,
            rings: rings(&edges, &at),
        })
        .filter(|f| !f.rings.is_empty())
        .collect()
}

/// The boundary's edges chained into closed rings.
fn rings(edges: &Edges, at: &BTreeMap<Key, Pos2>) -> Vec<Vec<Pos2>> {
    let mut next: BTreeMap<Key, Vec<Key>> = BTreeMap::new();
    for (&(p, q), &n) in edges {
        for _ in 0..n.max(0) {
            next.entry(p).or_default().push(q);
        }
    }
    let mut out = Vec::new();
    while let Some((&start, _)) = next.iter().find(|(_, to)| !to.is_empty()) {
        let mut ring = vec![start];
        let mut here = start;
        // A boundary of triangles always leads on; a dead end would just end the ring.
        while let Some(to) = next.get_mut(&here).and_then(Vec::pop) {
            if to == start {
                break;
            }
            ring.push(to);
            here = to;
        }
        next.retain(|_, to| !to.is_empty());
        if ring.len() >= 3 {
            out.push(ring.iter().filter_map(|k| at.get(k).copied()).collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn mesh(triangles: &[[Pos2; 3]], color: Color32) -> Mesh {
        let mut m = Mesh::default();
        for t in triangles {
            let base = m.vertices.len() as u32;
            for &p in t {
                m.colored_vertex(p, color);
            }
            m.add_triangle(base, base + 1, base + 2);
        }
        m
    }

    fn area(ring: &[Pos2]) -> f32 {
        let n = ring.len();
        (0..n)
            .map(|i| {
                let (a, b) = (ring[i], ring[(i + 1) % n]);
                a.x * b.y - b.x * a.y
            })
            .sum::<f32>()
            / 2.0
    }

    #[test]
    fn two_triangles_of_a_square_are_one_ring() {
        let (a, b, c, d) = (pos2(0., 0.), pos2(4., 0.), pos2(4., 4.), pos2(0., 4.));
        // Turned different ways, with their own copies of the shared corners.
        let m = mesh(&[[a, b, c], [a, d, c]], Color32::RED);
        let f = fills(&m);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].color, Color32::RED);
        assert_eq!(f[0].rings.len(), 1);
        assert_eq!(f[0].rings[0].len(), 4, "{:?}", f[0].rings);
        assert!((area(&f[0].rings[0]).abs() - 16.0).abs() < 1e-4);
    }

    #[test]
    fn a_hole_runs_the_other_way_and_colours_stay_apart() {
        // A 3×3 square of unit cells with the middle one left out: an outer ring and a hole.
        let mut tris = Vec::new();
        for (x, y) in (0..3).flat_map(|x| (0..3).map(move |y| (x, y))) {
            if (x, y) == (1, 1) {
                continue;
            }
            let (x, y) = (x as f32, y as f32);
            let [p, q, r, s] = [
                pos2(x, y),
                pos2(x + 1., y),
                pos2(x + 1., y + 1.),
                pos2(x, y + 1.),
            ];
            tris.push([p, q, r]);
            tris.push([p, r, s]);
        }
        let mut m = mesh(&tris, Color32::BLUE);
        m.append(mesh(
            &[[pos2(1., 1.), pos2(2., 1.), pos2(2., 2.)]],
            Color32::GREEN,
        ));
        let f = fills(&m);
        assert_eq!(f.len(), 2);
        let blue = &f[0];
        assert_eq!(blue.rings.len(), 2);
        let areas: Vec<f32> = blue.rings.iter().map(|r| area(r)).collect();
        assert!(
            areas.iter().any(|&a| (a - 9.0).abs() < 1e-4)
                && areas.iter().any(|&a| (a + 1.0).abs() < 1e-4),
            "outer ring one way, the hole the other: {areas:?}"
        );
        assert_eq!(f[1].color, Color32::GREEN);
        assert_eq!(f[1].rings.len(), 1);
    }

    #[test]
    fn bad_indices_and_flat_triangles_are_skipped() {
        let mut m = mesh(&[[pos2(0., 0.), pos2(1., 1.), pos2(2., 2.)]], Color32::RED);
        m.indices.extend([0, 1, 99]);
        assert!(fills(&m).is_empty());
    }
}
