//! Replaying a frame of the atlas: the triangles `tests/app/frame_dump.rs` wrote (each with its
//! clip rectangle, its group name and whether it samples the font atlas), drawn again every
//! frame, so that `tools/frame-profile.sh` can time what each group costs the renderer alone.
//!
//! File layout, little-endian: font atlas width, height (u32), its RGBA bytes; then meshes:
//! group name length (u32) and bytes, clip rectangle (4 × f32), 1 if textured by the font atlas
//! (u32), vertex count (u32), vertices (x, y, u, v as f32, RGBA bytes), index count (u32),
//! indices (u32).

use eframe::egui;
use std::sync::Arc;

/// The meshes of a frame, with their group names, and the atlas their glyphs sample.
pub struct Replay {
    _atlas: egui::TextureHandle,
    meshes: Vec<(String, egui::Rect, Arc<egui::Mesh>)>,
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], String> {
        if self.0.len() < n {
            return Err("the file ends early".to_owned());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn u32(&mut self) -> Result<u32, String> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f32(&mut self) -> Result<f32, String> {
        self.u32().map(f32::from_bits)
    }
    fn color(&mut self) -> Result<egui::Color32, String> {
        let b = self.bytes(4)?;
        Ok(egui::Color32::from_rgba_premultiplied(
            b[0], b[1], b[2], b[3],
        ))
    }
}

impl Replay {
    /// Read `path`, keeping the meshes whose group `keep` accepts.
    pub fn load(
        ctx: &egui::Context,
        path: &str,
        keep: impl Fn(&str) -> bool,
    ) -> Result<Self, String> {
        let data = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
        let mut r = Reader(&data);
        let (w, h) = (r.u32()? as usize, r.u32()? as usize);
        let pixels = (0..w * h)
            .map(|_| r.color())
            .collect::<Result<Vec<_>, _>>()?;
        let atlas = ctx.load_texture(
            "font atlas of the replayed frame",
            egui::ColorImage::new([w, h], pixels),
            egui::TextureOptions::LINEAR,
        );
        let mut meshes = Vec::new();
        while !r.0.is_empty() {
            let n = r.u32()? as usize;
            let group = String::from_utf8_lossy(r.bytes(n)?).into_owned();
            let (x0, y0, x1, y1) = (r.f32()?, r.f32()?, r.f32()?, r.f32()?);
            let clip = egui::Rect::from_min_max(egui::pos2(x0, y0), egui::pos2(x1, y1));
            let texture = if r.u32()? == 1 {
                atlas.id()
            } else {
                egui::TextureId::default()
            };
            let mut mesh = egui::Mesh::with_texture(texture);
            for _ in 0..r.u32()? {
                let (x, y, u, v) = (r.f32()?, r.f32()?, r.f32()?, r.f32()?);
                let color = r.color()?;
                mesh.vertices.push(egui::epaint::Vertex {
                    pos: egui::pos2(x, y),
                    uv: egui::pos2(u, v),
                    color,
                });
            }
            for _ in 0..r.u32()? {
                mesh.indices.push(r.u32()?);
            }
            if keep(&group) {
                meshes.push((group, clip, Arc::new(mesh)));
            }
        }
        Ok(Self {
            _atlas: atlas,
            meshes,
        })
    }

    /// Draw the kept meshes, each in its clip rectangle.
    pub fn paint(&self, ui: &egui::Ui) {
        for (_, clip, mesh) in &self.meshes {
            ui.painter()
                .with_clip_rect(*clip)
                .add(egui::Shape::Mesh(mesh.clone()));
        }
    }
}

/// Whether `group` passes `filter`: `;`-separated names, each kept if the group starts with
/// it, or dropped if it starts with `!`; an empty filter keeps every group.
pub fn keeps(filter: &str, group: &str) -> bool {
    let terms: Vec<&str> = filter.split(';').filter(|t| !t.is_empty()).collect();
    if terms
        .iter()
        .filter_map(|t| t.strip_prefix('!'))
        .any(|t| group.starts_with(t))
    {
        return false;
    }
    let wanted: Vec<&&str> = terms.iter().filter(|t| !t.starts_with('!')).collect();
    wanted.is_empty() || wanted.iter().any(|t| group.starts_with(**t))
}
