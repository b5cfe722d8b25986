//! One frame's transform between the map plane, lon/lat and the screen.

use crate::atlas::{Atlas, Region, RegionIx};
use crate::projection::{
    LonLat, MapPoint, MapRect, MapView, ScreenPoint, lonlat_from_map, map_from_lonlat,
};
use egui::{Pos2, Rect};

/// Moves map-plane and geographic positions to the screen and back, for one frame.
#[derive(Debug, Clone, Copy)]
pub struct Projector {
    /// The view.
    pub view: MapView,
    /// The map's screen rectangle.
    pub rect: Rect,
}

impl Projector {
    fn center(&self) -> ScreenPoint {
        ScreenPoint {
            x: self.rect.center().x,
            y: self.rect.center().y,
        }
    }

    /// Screen position of a map-plane point.
    pub fn screen_from_map(&self, p: MapPoint) -> Pos2 {
        let s = self.view.screen_from_map(p, self.center());
        Pos2::new(s.x, s.y)
    }

    /// Screen position of a map-plane vertex stored as f32 km.
    #[inline]
    pub fn screen_from_xy(&self, [x, y]: [f32; 2]) -> Pos2 {
        let ppk = self.view.points_per_km as f32;
        let c = self.rect.center();
        Pos2::new(
            c.x + (x - self.view.center.x_km as f32) * ppk,
            c.y - (y - self.view.center.y_km as f32) * ppk,
        )
    }

    /// Screen position of a geographic position.
    pub fn screen_from_lonlat(&self, p: LonLat) -> Pos2 {
        self.screen_from_map(map_from_lonlat(p))
    }

    /// Geographic position under a screen position.
    pub fn lonlat_from_screen(&self, s: Pos2) -> LonLat {
        lonlat_from_map(
            self.view
                .map_from_screen(ScreenPoint { x: s.x, y: s.y }, self.center()),
        )
    }

    /// Map-plane position under a screen position.
    pub fn map_from_screen(&self, s: Pos2) -> MapPoint {
        self.view
            .map_from_screen(ScreenPoint { x: s.x, y: s.y }, self.center())
    }

    /// The region under a screen position, as drawn at this zoom.
    pub fn region_at(&self, atlas: &Atlas, s: Pos2) -> Option<RegionIx> {
        atlas.regions.position(self.under(s))
    }

    /// The neighbouring country under a screen position, as drawn at this zoom.
    pub fn neighbour_at<'a>(&self, atlas: &'a Atlas, s: Pos2) -> Option<&'a Region> {
        let under = self.under(s);
        atlas.neighbours.iter().find(|r| under(r))
    }

    /// Whether a region lies under a screen position, tested at the drawn detail.
    fn under(&self, s: Pos2) -> impl Fn(&Region) -> bool + use<> {
        let (p, zoom) = (self.map_from_screen(s), self.view.points_per_km);
        move |r: &Region| r.shape.contains_at_zoom(p, zoom)
    }

    /// The part of the map plane on screen.
    pub fn visible(&self) -> MapRect {
        let a = self.view.map_from_screen(
            ScreenPoint {
                x: self.rect.left(),
                y: self.rect.bottom(),
            },
            self.center(),
        );
        let b = self.view.map_from_screen(
            ScreenPoint {
                x: self.rect.right(),
                y: self.rect.top(),
            },
            self.center(),
        );
        MapRect { min: a, max: b }
    }
}
