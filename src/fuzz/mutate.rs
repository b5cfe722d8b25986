//! How the fuzzer changes a text: small, seeded edits of the kinds people and programs make
//! (a cut file, a stray character, a line lost, doubled or moved, a number or a text out of
//! bounds, a header in the wrong place), stacked one to four at a time.

/// A small, seeded random number generator (SplitMix64): the same seed gives the same input,
/// so that a crash is reproduced from its seed alone.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

/// Pieces a mutation inserts: the syntax of TOML, JSON, Fluent and RON, values at and beyond
/// the bounds the loaders check, and text no reader expects.
const PIECES: &[&str] = &[
    "\"",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    "\n",
    "#",
    ".",
    "-",
    "0",
    "9",
    "é",
    "\u{feff}",
    "\u{202e}",
    "\u{200b}",
    "\t",
    "\0",
    "[[event]]\n",
    "[[place]]\n",
    "[sources.x]\n",
    "[defaults]\n",
    "id = \"\"\n",
    "id = \"a b\"\n",
    "date = \"9999-12-31\"\n",
    "date = \"0001-01-01\"\n",
    "date = \"2008-02-30\"\n",
    "lon = 1e308\n",
    "lat = -91\n",
    "nan",
    "inf",
    "-0",
    "1e999",
    "18446744073709551616",
    "\"\"\"",
    "'''",
    "{ $n ->\n *[other] x\n}\n",
    "-term = x\n",
    "\"coordinates\": [[[0,0],[1,1],[0,0]]]",
    "\"type\": \"Point\"",
    "null",
    "true",
    "[]",
    "{}",
    "NaN",
    "(x:1.0)",
    "Some(",
    "None",
    "\"version\":1",
    "\"date\":\"2008-08-08\"",
];

/// Apply one to four edits to `text`.
pub fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut out = text.to_owned();
    for _ in 0..1 + rng.below(4) {
        out = edit(&out, rng);
    }
    out
}

fn edit(text: &str, rng: &mut Rng) -> String {
    let boundaries: Vec<usize> = (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .collect();
    let at = |rng: &mut Rng| {
        boundaries
            .get(rng.below(boundaries.len()))
            .copied()
            .unwrap_or(0)
    };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    match rng.below(9) {
        // Cut the file short.
        0 => text.get(..at(rng)).unwrap_or_default().to_owned(),
        // Insert a piece.
        1 | 2 => {
            let i = at(rng);
            let piece = rng.pick(PIECES).copied().unwrap_or_default();
            format!("{}{piece}{}", &text[..i], &text[i..])
        }
        // Delete a few characters.
        3 => {
            let i = at(rng);
            let j = boundaries
                .iter()
                .copied()
                .find(|&b| b >= i + 1 + rng.below(8))
                .unwrap_or(text.len());
            format!("{}{}", &text[..i], &text[j.max(i)..])
        }
        // Drop, double or move a line.
        4 => {
            let mut lines = lines;
            if !lines.is_empty() {
                lines.remove(rng.below(lines.len()));
            }
            lines.concat()
        }
        5 => {
            let mut lines = lines;
            if let Some(&line) = lines.get(rng.below(lines.len())) {
                lines.insert(rng.below(lines.len() + 1), line);
            }
            lines.concat()
        }
        6 => {
            let mut lines = lines;
            let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
            if i < lines.len() && j < lines.len() {
                lines.swap(i, j);
            }
            lines.concat()
        }
        // A number made huge, negative or not a number.
        7 => {
            let digits: Vec<usize> = text
                .match_indices(|c: char| c.is_ascii_digit())
                .map(|(i, _)| i)
                .collect();
            match rng.pick(&digits) {
                Some(&i) => {
                    let piece = rng
                        .pick(&["9999999999", "-", "1e999", "NaN", ".", "0000"])
                        .copied()
                        .unwrap_or_default();
                    format!("{}{piece}{}", &text[..i], &text[i..])
                }
                None => text.to_owned(),
            }
        }
        // Another part of the file pasted in (a record doubled, a header out of place).
        _ => {
            let (i, j) = (at(rng), at(rng));
            let (a, b) = (i.min(j), i.max(j));
            let end = b.min(a + 4096);
            let end = (a..=end)
                .rev()
                .find(|&e| text.is_char_boundary(e))
                .unwrap_or(a);
            let piece = text.get(a..end).unwrap_or_default();
            let k = at(rng);
            format!("{}{piece}{}", &text[..k], &text[k..])
        }
    }
}
