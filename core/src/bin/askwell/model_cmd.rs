//! `askwell train` and `askwell eval`: the understanding model's commands.

use askwell_core::content;
use askwell_core::content::MODEL_BYTES;
use askwell_core::eval::evaluate;
use askwell_core::flags::Flag;
use askwell_core::understand::corpus::{self, Example};
use askwell_core::understand::model::Model;
use askwell_core::understand::{train as trainer, Matcher};
use std::process::ExitCode;

const MODEL_PATH: &str = "content/model/understanding.bin";

fn corpus_or_exit() -> Result<Vec<Example>, ExitCode> {
    content::corpus().map_err(|e| {
        eprintln!("askwell: the corpus has a problem: {e}");
        ExitCode::FAILURE
    })
}

/// Lines held out for development: a fixed tenth, chosen by a hash of the text so the split
/// never changes when lines are added elsewhere.
fn is_dev(e: &Example) -> bool {
    corpus::fingerprint([e.text.to_lowercase().as_bytes()]) % 10 == 0
}

pub fn train(args: &[String]) -> ExitCode {
    let examples = match corpus_or_exit() {
        Ok(e) => e,
        Err(code) => return code,
    };
    let started = std::time::Instant::now();
    match args.first().map(String::as_str) {
        Some("--dev") => {
            let (dev, train): (Vec<Example>, Vec<Example>) = examples.into_iter().partition(is_dev);
            // Arguments naming a .tsv are further development sets, scored with the same model.
            let (extra, settings): (Vec<String>, Vec<String>) =
                args[1..].iter().cloned().partition(|a| a.ends_with(".tsv"));
            let cfg = match overrides(&settings) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("askwell train --dev: {e}");
                    return ExitCode::from(2);
                }
            };
            let model = trainer::train(&train, 0, cfg);
            println!(
                "trained on {} lines in {:.1} s; development split: {} lines",
                train.len(),
                started.elapsed().as_secs_f64(),
                dev.len()
            );
            let nonzero = model.weights.iter().filter(|w| **w != 0).count();
            println!(
                "{nonzero} non-zero weights, {} bytes",
                model.to_bytes().len()
            );
            let model: &'static Model = Box::leak(Box::new(model));
            let m = Matcher::with_model(model, &[]);
            let report = evaluate(&dev, |l| m.understand(l));
            // How often the persona would ask "did you mean A or B?", and whether it is right
            // when it does not ask.
            let (mut asked, mut sure_right, mut pair_right) = (0, 0, 0);
            for e in &dev {
                let u = m.understand(&e.text);
                if u.is_ambiguous() {
                    asked += 1;
                    let second = u.runner_up.map(|r| r.0);
                    pair_right += usize::from(
                        e.topics.contains(&u.topic)
                            || second.is_some_and(|s| e.topics.contains(&s)),
                    );
                } else {
                    sure_right += usize::from(e.topics.contains(&u.topic));
                }
            }
            println!(
                "clarifies on {asked} of {} lines (right pair offered {pair_right}); accuracy when it does not ask {:.1} %",
                dev.len(),
                100.0 * sure_right as f64 / (dev.len() - asked).max(1) as f64
            );
            print!("{}", report.table());
            if std::env::var_os("ASKWELL_SHOW_MISSES").is_some() {
                for (line, e, g) in &report.misses {
                    println!("MISS {} -> {}: {line}", e.id(), g.id());
                }
            }
            for path in &extra {
                let set = match std::fs::read_to_string(path)
                    .map_err(|e| e.to_string())
                    .and_then(|t| corpus::parse(&t, false))
                {
                    Ok(set) => set,
                    Err(e) => {
                        eprintln!("askwell train --dev: {path}: {e}");
                        return ExitCode::from(2);
                    }
                };
                let r = evaluate(&set, |l| m.understand(l));
                // A set for flags alone has no topics to score.
                if r.total() > 0 {
                    println!(
                        "{path}: topic accuracy {:.1} % of {}",
                        100.0 * r.accuracy(),
                        r.total()
                    );
                }
                let c = r.flag(Flag::ClosedQuestion);
                println!(
                    "{path}: closed_question P {:.2} R {:.2} F1 {:.2}",
                    c.precision(),
                    c.recall(),
                    c.f1()
                );
                let j = r.flag(Flag::JobAsk);
                println!("{path}: job_ask fp {} fn {}", j.false_pos, j.false_neg);
            }
            ExitCode::SUCCESS
        }
        check => {
            let model = trainer::train(&examples, content::corpus_fingerprint(), trainer::DEFAULT);
            let bytes = model.to_bytes();
            let seconds = started.elapsed().as_secs_f64();
            if check == Some("--check") {
                if bytes == MODEL_BYTES {
                    println!(
                        "{MODEL_PATH} is up to date ({} lines, {seconds:.1} s)",
                        examples.len()
                    );
                    return ExitCode::SUCCESS;
                }
                eprintln!(
                    "{MODEL_PATH} is stale: run `cargo run --release --bin askwell -- train`"
                );
                return ExitCode::FAILURE;
            }
            if let Err(e) = std::fs::write(MODEL_PATH, &bytes) {
                eprintln!(
                    "askwell train: cannot write {MODEL_PATH} (run from the repository root): {e}"
                );
                return ExitCode::FAILURE;
            }
            let nonzero = model.weights.iter().filter(|w| **w != 0).count();
            println!(
                "trained on {} lines in {seconds:.1} s: {MODEL_PATH}, {} bytes, {nonzero} non-zero weights",
                examples.len(),
                bytes.len()
            );
            ExitCode::SUCCESS
        }
    }
}

pub fn eval(args: &[String]) -> ExitCode {
    let mut files = Vec::new();
    let mut persona_id = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--persona" {
            persona_id = it.next().cloned();
        } else {
            files.push(a.clone());
        }
    }
    if files.is_empty() {
        eprintln!("usage: askwell eval FILE... [--persona ID]");
        return ExitCode::from(2);
    }
    let vocabulary = match persona_id {
        None => Vec::new(),
        Some(id) => match content::bundled().into_iter().find(|p| p.id == id) {
            Some(p) => p.vocabulary,
            None => {
                eprintln!("askwell eval: no persona `{id}`");
                return ExitCode::from(2);
            }
        },
    };
    let mut set = Vec::new();
    for f in &files {
        match std::fs::read_to_string(f)
            .map_err(|e| e.to_string())
            .and_then(|s| corpus::parse(&s, false))
        {
            Ok(lines) => set.extend(lines),
            Err(e) => {
                eprintln!("askwell eval: {f}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let m = Matcher::new(&vocabulary);
    let report = evaluate(&set, |l| m.understand(l));
    print!("{}", report.table());
    // The lines behind the flag figures, for work on the grammar (never on the frozen set).
    if std::env::var_os("ASKWELL_SHOW_MISSES").is_some() {
        for (line, flag, raised) in &report.flag_misses {
            let how = if *raised { "raised" } else { "missed" };
            println!("FLAG {} {how}: {line}", flag.id());
        }
        for (line, expected, got) in &report.misses {
            println!("TOPIC {} -> {}: {line}", expected.id(), got.id());
        }
    }
    ExitCode::SUCCESS
}

/// `epochs=20 lr=0.5 l2=1e-6 prune=0.02 levels=63 buckets=15 refit=5 seed=7`: settings to try on the development split.
fn overrides(args: &[String]) -> Result<trainer::Config, String> {
    let mut cfg = trainer::DEFAULT;
    for a in args {
        let (k, v) = a
            .split_once('=')
            .ok_or(format!("expected key=value, got `{a}`"))?;
        let bad = format!("bad value for {k}");
        let float = || v.parse::<f32>().map_err(|_| bad.clone());
        match k {
            "epochs" => cfg.epochs = v.parse().map_err(|_| bad.clone())?,
            "lr" => cfg.learning_rate = float()?,
            "l2" => cfg.l2 = float()?,
            "prune" => cfg.prune = float()?,
            "levels" => cfg.levels = v.parse().map_err(|_| bad.clone())?,
            "refit" => cfg.refit = v.parse().map_err(|_| bad.clone())?,
            "buckets" => cfg.log2_buckets = v.parse().map_err(|_| bad.clone())?,
            "seed" => cfg.seed = v.parse().map_err(|_| bad.clone())?,
            _ => return Err(format!("unknown setting `{k}`")),
        }
    }
    Ok(cfg)
}
