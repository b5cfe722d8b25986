//! The fuzzer behind `tools/fuzz.sh`: for a given time, seeded mutations of the shipped files
//! (every data file, boundary, catalogue and story), of a remembered state, of eframe's
//! settings file and of command lines go through the loaders the app runs at start. Each input
//! must come back (a crash is caught, its input saved with its seed) and stay quick (a slow
//! input is saved too); the loaders' own properties are checked on the way (a refused data set
//! says why, in a located problem; a repaired settings file needs no second repair).
//!
//! `FUZZ_SECONDS` (default 10), `FUZZ_SEED` (default: the clock), `FUZZ_OUT` (default
//! `target/fuzz`); `FUZZ_TARGET` limits it to targets whose name contains the text;
//! `FUZZ_REPLAY=N` with `FUZZ_TARGET` naming one target runs its input of seed N once.

mod mutate;

use crate::app::{Remembered, STORAGE_KEY, Session};
use crate::load::{AssetSet, FILES};
use crate::{Dataset, Date};
use mutate::{Rng, mutate};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// An input that takes more CPU time than this is saved as a reproducer, as a crash is (CPU
/// time of the thread, not the clock: a busy machine does not make an input slow).
const SLOW: Duration = Duration::from_secs(2);

/// The CPU time this thread has used (Linux: `/proc/thread-self/stat`, in clock ticks of
/// 10 ms); elsewhere `None`, and the clock is used.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // The fields after the command's closing parenthesis; utime and stime are the 14th and
    // 15th of the whole line.
    let rest = stat.rsplit_once(')')?.1;
    let mut fields = rest.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis((utime + stime) * 10))
}

/// A settings file the app wrote (the corpus of the state and settings targets).
const SETTINGS: &str = include_str!("../../tests/fixtures/settings/app.ron");

/// Command lines people type, the corpus of the command-line target.
const COMMAND_LINES: &[&[&str]] = &[
    &["--date", "2008-08-12", "--select", "south_ossetia"],
    &[
        "--view",
        "43.6,41.95,44.6,42.45",
        "--lang",
        "ka",
        "--ui-lang",
        "ru",
    ],
    &["--story", "august_2008", "--slide", "3"],
    &[
        "--compare",
        "2008-08-07",
        "--date",
        "2008-08-26",
        "--pov",
        "georgia",
    ],
    &[
        "--span",
        "1992-01-01,1994-12-31",
        "--theme",
        "light",
        "--size",
        "1280x800",
    ],
    &["--select", "Tskhinvali", "--tab", "events"],
];

/// What one target did in a run.
#[derive(Debug, Default)]
struct Tally {
    inputs: u64,
    crashes: u64,
    slow: u64,
    slowest: Duration,
}

/// One kind of input.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    /// A file of the data set, by name.
    File(&'static str),
    /// The app's remembered state (JSON inside eframe's settings).
    State,
    /// eframe's settings file (RON).
    Settings,
    /// The command line.
    CommandLine,
}

impl Target {
    fn name(self) -> String {
        match self {
            Self::File(f) => f.to_owned(),
            Self::State => "remembered state".to_owned(),
            Self::Settings => "settings file".to_owned(),
            Self::CommandLine => "command line".to_owned(),
        }
    }
}

/// The fixed things every input starts from.
struct Corpus {
    set: AssetSet,
    session: Session,
    state: String,
}

/// Run one input of `target` from `seed`; what it was, to save if it crashes.
fn run_one(corpus: &mut Corpus, target: Target, seed: u64) -> (String, Option<String>) {
    let mut rng = Rng::new(seed);
    match target {
        Target::File(name) => {
            let text = mutate(&corpus.set.file(name).text, &mut rng);
            let set = corpus.set.clone().with(name, text.clone());
            let verdict = match Dataset::load(&set) {
                Ok(_) => None,
                Err(problems) if !problems.has_errors() => Some("refused with no error".to_owned()),
                Err(problems) => problems
                    .iter()
                    .find(|p| {
                        p.is_error()
                            && !FILES.contains(&p.file.as_str())
                            && !p.file.starts_with("stories/")
                    })
                    .map(|p| format!("a problem in no file of the set: {p}")),
            };
            (text, verdict)
        }
        Target::State => {
            let text = mutate(&corpus.state, &mut rng);
            if let Ok(r) = Remembered::from_json(&text) {
                corpus.session.restore_for_test(&r);
            }
            (text, None)
        }
        Target::Settings => {
            let text = mutate(SETTINGS, &mut rng);
            let verdict = crate::app::stored_file::vet_text(&text)
                .and_then(|(_, cleaned)| cleaned)
                .and_then(|cleaned| crate::app::stored_file::vet_text(&cleaned))
                .map(|(again, _)| format!("repaired twice: {again:?}"));
            (text, verdict)
        }
        Target::CommandLine => {
            let words = rng.pick(COMMAND_LINES).copied().unwrap_or_default();
            let line = mutate(&words.join("\u{1f}"), &mut rng);
            let args = std::iter::once("caucasus-atlas").chain(line.split('\u{1f}'));
            if let Ok(options) = <crate::cli::Options as clap::Parser>::try_parse_from(args) {
                if let Some(id) = &options.select {
                    let _resolved = crate::cli::resolve_select(id, corpus.session.data_for_test());
                }
                corpus.session.start_for_test(&options);
            }
            (line.replace('\u{1f}', " | "), None)
        }
    }
}

/// Save a crashing or slow input: a data file as a folder `--check` reads, anything else as
/// its text; both with the seed that makes it again.
fn save(out: &Path, target: Target, seed: u64, input: &str, why: &str) -> PathBuf {
    let dir = out.join(format!("{why}-{seed:016x}"));
    let file = match target {
        Target::File(name) => dir.join(name),
        _ => dir.join("input.txt"),
    };
    let note = format!(
        "target: {}\ninput seed: {seed}\nwhy: {why}\nagain: FUZZ_REPLAY={seed} FUZZ_TARGET='{}' tools/fuzz.sh\n",
        target.name(),
        target.name()
    );
    let written = file
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(&file, input))
        .and_then(|()| std::fs::write(dir.join("README.txt"), note));
    if let Err(e) = written {
        eprintln!("fuzz: {}: {e}", dir.display());
    }
    dir
}

/// Run the fuzzer for `seconds` from `seed`, writing reproducers under `out`; the report, and
/// how many inputs crashed, failed a check or were slow.
fn run(
    seconds: u64,
    seed: u64,
    out: &Path,
    only: Option<&str>,
    replay: Option<u64>,
) -> (String, u64) {
    let set = AssetSet::embedded();
    let Ok(data) = Dataset::load(&set) else {
        return ("the shipped data does not load".to_owned(), 1);
    };
    let state = ron::from_str::<BTreeMap<String, String>>(SETTINGS)
        .ok()
        .and_then(|mut m| m.remove(STORAGE_KEY))
        .unwrap_or_default();
    let session = Session::new(data, Date::today());
    let mut corpus = Corpus {
        set,
        session,
        state,
    };
    let mut targets: Vec<Target> = FILES.iter().map(|&f| Target::File(f)).collect();
    targets.extend([Target::State, Target::Settings, Target::CommandLine]);
    targets.retain(|t| only.is_none_or(|o| t.name().contains(o)));
    if let Some(input_seed) = replay {
        // One saved input again: its target named exactly, its own seed.
        let Some(&target) = targets.iter().find(|t| Some(t.name().as_str()) == only) else {
            return (format!("no target is named {only:?}"), 1);
        };
        let t0 = Instant::now();
        let (input, verdict) = run_one(&mut corpus, target, input_seed);
        let report = format!(
            "{} input {input_seed}: {} bytes, {:.1} ms, {}\n",
            target.name(),
            input.len(),
            t0.elapsed().as_secs_f64() * 1e3,
            verdict.as_deref().unwrap_or("no failed check")
        );
        return (report, u64::from(verdict.is_some()));
    }
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let started = Instant::now();
    let mut rng = Rng::new(seed);
    let mut bad = 0;
    // Half the inputs go to the data set's files (each a whole load, ~90 ms), half to the
    // state, the settings and the command line (each well under a millisecond), so that
    // neither kind starves the other.
    let (files, quick): (Vec<Target>, Vec<Target>) =
        targets.iter().partition(|t| matches!(t, Target::File(_)));
    while started.elapsed() < Duration::from_secs(seconds) || tallies.is_empty() {
        let group = if quick.is_empty() || (!files.is_empty() && rng.below(2) == 0) {
            &files
        } else {
            &quick
        };
        let Some(&target) = rng.pick(group) else {
            break;
        };
        let input_seed = rng.next();
        let (t0, cpu0) = (Instant::now(), thread_cpu());
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run_one(&mut corpus, target, input_seed)
        }));
        let took = match (cpu0, thread_cpu()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => t0.elapsed(),
        };
        let tally = tallies.entry(target.name()).or_default();
        tally.inputs += 1;
        tally.slowest = tally.slowest.max(took);
        let why = match &result {
            Err(_) => Some("crash".to_owned()),
            Ok((_, Some(v))) => Some(format!("check: {v}")),
            Ok(_) if took > SLOW => Some("slow".to_owned()),
            Ok(_) => None,
        };
        if let Some(why) = why {
            bad += 1;
            if why == "slow" {
                tally.slow += 1;
            } else {
                tally.crashes += 1;
            }
            // A crash lost its input with the unwinding: make it again from its seed.
            let input = match result {
                Ok((input, _)) => input,
                Err(_) => replay_input(&corpus, target, input_seed),
            };
            let kind = why.split(':').next().unwrap_or("crash");
            let dir = save(out, target, input_seed, &input, kind);
            eprintln!("fuzz: {} {why}: saved in {}", target.name(), dir.display());
        }
    }
    let total: u64 = tallies.values().map(|t| t.inputs).sum();
    let secs = started.elapsed().as_secs_f64();
    let mut report = format!(
        "{total} inputs in {secs:.0} s ({:.1} a second), seed {seed:#x}; {bad} crashed, failed a check or were slow\n",
        total as f64 / secs.max(1e-9)
    );
    for (name, t) in &tallies {
        report.push_str(&format!(
            "  {name:<34} {:>8} inputs  {:>3} bad  {:>3} slow  slowest {:>6.1} ms\n",
            t.inputs,
            t.crashes,
            t.slow,
            t.slowest.as_secs_f64() * 1e3
        ));
    }
    (report, bad)
}

/// The input `run_one` made for `seed`, without running it.
fn replay_input(corpus: &Corpus, target: Target, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    match target {
        Target::File(name) => mutate(&corpus.set.file(name).text, &mut rng),
        Target::State => mutate(&corpus.state, &mut rng),
        Target::Settings => mutate(SETTINGS, &mut rng),
        Target::CommandLine => {
            let words = rng.pick(COMMAND_LINES).copied().unwrap_or_default();
            mutate(&words.join("\u{1f}"), &mut rng).replace('\u{1f}', " | ")
        }
    }
}

#[test]
#[ignore = "run by tools/fuzz.sh for a given time"]
fn fuzz_for_a_while() {
    let env = |k: &str| std::env::var(k).ok();
    let seconds = env("FUZZ_SECONDS")
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let seed = env("FUZZ_SEED")
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
        });
    let out = env("FUZZ_OUT").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz"),
        PathBuf::from,
    );
    let replay = env("FUZZ_REPLAY").and_then(|s| s.parse().ok());
    let (report, bad) = run(seconds, seed, &out, env("FUZZ_TARGET").as_deref(), replay);
    println!("{report}");
    assert_eq!(bad, 0, "{report}");
}

#[test]
fn mutations_are_seeded_and_keep_text_valid() {
    let text = "[[event]]\nid = \"a\"\ndate = \"2008-08-08\"\nsummary = \"ქართული\"\n";
    for seed in 0..2000 {
        let a = mutate(text, &mut Rng::new(seed));
        assert_eq!(a, mutate(text, &mut Rng::new(seed)), "seed {seed}");
    }
}
