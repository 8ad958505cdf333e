//! `askwell`: the authoring and evaluation CLI.
//!
//! - `askwell check FILE...` reports problems in persona files (exit 1 if any).
//! - `askwell export DIR` writes every persona as `DIR/<id>.<content tag>.json` for the browser
//!   build: the tag in the name means a build never reads another build's file from any cache.
//! - `askwell export-persona FILE.toml` prints one persona's share file (the JSON the browser
//!   imports; the id gets the `my-` of the user's own personas); `askwell import-persona
//!   FILE.json` prints a share file's persona as TOML. Both check it as the browser does.
//! - `askwell bench [TSV...]` times persona replies (run it with --release; see scripts/bench).
//! - `askwell personas` prints the bundled persona ids, one a line.
//! - `askwell train [--check | --dev]` trains the understanding model from `content/corpus/`
//!   and writes `content/model/understanding.bin`; `--check` fails when the shipped file
//!   differs from a fresh training; `--dev` trains on 90 % and reports on the other 10 %.
//! - `askwell eval FILE... [--persona ID]` reports topic accuracy per topic, the top
//!   confusions and flag precision/recall for any `utterance<TAB>topic<TAB>flags` file.
//! - `askwell seed N` prints N realistic finished sessions as localStorage keys and values
//!   (JSON), for the scale figures in scripts/bench.
//! - `askwell chat --persona ID [--json] [--minutes N]` reads one user line per stdin line and
//!   answers on the simulated clock; with `--json`, one JSON object per line:
//!   `{"reply", "topic", "segment", "flags", "clock_s", "nuggets"}`. `--review FILE` ends the
//!   practice after the last line and writes the coach's review there, as Markdown.

use askwell_core::authoring::{check_library, parse_persona};
use askwell_core::content;
use askwell_core::custom;
use askwell_core::interview::{Action, ClockMode, Interview};
use askwell_core::store;

mod model_cmd;
mod persona_cmd;
mod seed_cmd;
use std::io::{BufRead, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("chat") => chat(&args[1..]),
        Some("export") => export(&args[1..]),
        Some("export-persona") => persona_cmd::export_persona(&args[1..]),
        Some("import-persona") => persona_cmd::import_persona(&args[1..]),
        Some("bench") => bench(&args[1..]),
        Some("train") => model_cmd::train(&args[1..]),
        Some("eval") => model_cmd::eval(&args[1..]),
        Some("seed") => seed_cmd::seed(&args[1..]),
        Some("personas") => {
            for p in content::bundled() {
                println!("{}", p.id);
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: askwell check FILE... | askwell personas | askwell chat --persona ID [--json] [--minutes N] | askwell train [--check|--dev] | askwell eval FILE... [--persona ID] | askwell export DIR | askwell export-persona FILE.toml | askwell import-persona FILE.json | askwell bench [TSV...]");
            ExitCode::from(2)
        }
    }
}

fn check(paths: &[String]) -> ExitCode {
    if paths.is_empty() {
        eprintln!("askwell check: name at least one persona file");
        return ExitCode::from(2);
    }
    let parsed: Vec<_> = paths
        .iter()
        .map(|path| {
            let result = std::fs::read_to_string(path)
                .map_err(|e| e.to_string())
                .and_then(|src| parse_persona(&src));
            (path.clone(), result)
        })
        .collect();
    let problems = check_library(&parsed);
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        println!("{} persona file(s) OK", paths.len());
        ExitCode::SUCCESS
    } else {
        println!("{} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}

fn chat(args: &[String]) -> ExitCode {
    let mut persona_id = None;
    let mut json = false;
    let mut minutes = 30;
    let mut review_to = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--persona" => persona_id = it.next().cloned(),
            "--review" => review_to = it.next().cloned(),
            "--json" => json = true,
            "--minutes" => match it.next().and_then(|m| m.parse().ok()) {
                Some(m) => minutes = m,
                None => {
                    eprintln!("askwell chat: --minutes needs a number");
                    return ExitCode::from(2);
                }
            },
            other => {
                eprintln!("askwell chat: unknown argument `{other}`");
                return ExitCode::from(2);
            }
        }
    }
    let personas = content::bundled();
    let Some(persona) = persona_id
        .as_deref()
        .and_then(|id| personas.iter().find(|p| p.id == id))
    else {
        eprintln!(
            "askwell chat: name a persona with --persona, one of: {}",
            personas
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        return ExitCode::from(2);
    };
    let matcher = persona.matcher();
    let mut interview = Interview::new("cli", persona, minutes, ClockMode::Simulated, 0.0);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if !json {
        let _ = writeln!(
            out,
            "{} ({}, {}), {} minutes. Type your questions; end with Ctrl-D.\n",
            persona.name,
            persona.role,
            persona.temperament.id(),
            minutes
        );
        let _ = writeln!(out, "{}: {}\n", persona.short_name(), interview.greeting);
    }
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let before = interview.exchanges.len();
        let changed = interview.apply(
            persona,
            &matcher,
            Action::Ask {
                text: line.clone(),
                now_s: 0.0,
            },
        );
        let printed = if changed && interview.exchanges.len() > before {
            let e = interview
                .exchanges
                .last()
                .expect("an exchange was just added");
            if json {
                let value = serde_json::json!({
                    "reply": e.reply,
                    "topic": e.topic.id(),
                    "segment": e.segment.id(),
                    "flags": e.flags.iter().map(|f| f.id()).collect::<Vec<_>>(),
                    "clock_s": (e.end_s * 10.0).round() / 10.0,
                    "nuggets": e.nuggets,
                });
                writeln!(out, "{value}")
            } else {
                writeln!(out, "{}: {}\n", persona.short_name(), e.reply)
            }
        } else if json {
            // Blank lines, or lines after the interview ended, still get one object back so
            // a driver reading line by line never waits.
            let ended = !interview.is_active();
            let value = serde_json::json!({
                "reply": if ended { "(The interview has ended.)" } else { "" },
                "topic": "none",
                "segment": interview.current_segment().id(),
                "flags": [],
                "clock_s": (interview.elapsed_s * 10.0).round() / 10.0,
                "nuggets": [],
            });
            writeln!(out, "{value}")
        } else {
            Ok(())
        };
        if printed.and_then(|_| out.flush()).is_err() {
            break;
        }
    }
    // The coach's review of the whole practice, as the app's Markdown export writes it.
    if let Some(path) = review_to {
        let now_s = interview.elapsed_s;
        interview.apply(persona, &matcher, Action::End { now_s });
        let review = askwell_core::coach::review(&interview, persona);
        let text = askwell_core::coach::to_markdown(&interview, persona, &review);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("askwell chat: cannot write {path}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn export(args: &[String]) -> ExitCode {
    let [dir] = args else {
        eprintln!("usage: askwell export DIR");
        return ExitCode::from(2);
    };
    let personas = match content::validated() {
        Ok(p) => p,
        Err(problems) => {
            eprintln!("persona content has problems:\n{problems}");
            return ExitCode::FAILURE;
        }
    };
    let dir = std::path::Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("askwell export: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let tag = content::content_tag();
    for p in &personas {
        let path = dir.join(format!("{}.{tag}.json", p.id));
        let json = serde_json::to_string(p).expect("plain data serializes");
        if let Err(e) = std::fs::write(&path, json) {
            eprintln!("askwell export: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// Times full replies (understanding, answer, memory, clock) of the largest persona to every
/// line of the given labelled sets, many times over, and prints percentiles.
fn bench(paths: &[String]) -> ExitCode {
    let mut lines: Vec<String> = Vec::new();
    for path in paths {
        match std::fs::read_to_string(path) {
            Ok(text) => lines.extend(
                text.lines()
                    .filter(|l| !l.starts_with('#') && !l.starts_with("utterance\t"))
                    .filter_map(|l| l.split('\t').next())
                    .map(str::to_string),
            ),
            Err(e) => {
                eprintln!("askwell bench: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    if lines.is_empty() {
        lines.push("What does a typical day look like for you?".into());
    }
    let personas = content::bundled();
    let Some(persona) = personas
        .iter()
        .max_by_key(|p| serde_json::to_string(p).map(|s| s.len()).unwrap_or(0))
    else {
        eprintln!("askwell bench: no personas");
        return ExitCode::FAILURE;
    };
    let built = std::time::Instant::now();
    let matcher = persona.matcher();
    let build_us = built.elapsed().as_secs_f64() * 1e6;
    let mut samples = Vec::new();
    // (time, line) of every reply, for ASKWELL_BENCH_SLOWEST=N: which lines make the tail.
    let mut slowest: Vec<(f64, &String)> = Vec::new();
    let mut longest: Option<Interview> = None;
    for round in 0..10 {
        // A fresh interview every 40 lines, so memory and clock stay realistic.
        for chunk in lines.chunks(40) {
            let mut interview = Interview::new(
                format!("bench-{round}"),
                persona,
                60,
                ClockMode::Simulated,
                0.0,
            );
            for line in chunk {
                let t = std::time::Instant::now();
                interview.apply(
                    persona,
                    &matcher,
                    Action::Ask {
                        text: line.clone(),
                        now_s: 0.0,
                    },
                );
                samples.push(t.elapsed().as_secs_f64() * 1e6);
                slowest.push((samples[samples.len() - 1], line));
            }
            if longest
                .as_ref()
                .is_none_or(|l| l.exchanges.len() < interview.exchanges.len())
            {
                longest = Some(interview);
            }
        }
    }
    samples.sort_by(f64::total_cmp);
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "persona {} ({} topics, {} nuggets); understanding ready in {:.0} µs",
        persona.id,
        persona.topics.len(),
        persona.nuggets.len(),
        build_us
    );
    println!(
        "replies: {}  p50 {:.1} µs  p95 {:.1} µs  p99 {:.1} µs  max {:.1} µs",
        samples.len(),
        at(0.5),
        at(0.95),
        at(0.99),
        samples[samples.len() - 1]
    );
    let show: usize = (std::env::var("ASKWELL_BENCH_SLOWEST").ok())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (us, line) in slowest.iter().take(show) {
        println!("{us:9.1} µs  {line}");
    }
    if let Some(session) = longest {
        bench_save_check(&session);
    }
    bench_completeness(persona);
    ExitCode::SUCCESS
}

/// Times what every save does before writing: reading the stored copy's revision from the
/// envelope head, against parsing the whole value as before, and the full `may_overwrite`.
fn bench_save_check(session: &Interview) {
    let Ok(raw) = store::encode_with_revision(session, 7) else {
        return;
    };
    let mean_us = |f: &dyn Fn()| {
        let t = std::time::Instant::now();
        for _ in 0..1000 {
            f();
        }
        t.elapsed().as_secs_f64() * 1e3
    };
    let head = mean_us(&|| {
        std::hint::black_box(store::stored_revision(std::hint::black_box(&raw)).ok());
    });
    let whole = mean_us(&|| {
        std::hint::black_box(serde_json::from_str::<serde_json::Value>(&raw).ok());
    });
    let check = mean_us(&|| {
        std::hint::black_box(store::may_overwrite::<Interview>(Some(&raw), 7));
    });
    println!(
        "save check on a {}-question session ({} bytes): revision from the head {head:.1} µs, \
         whole-value parse {whole:.1} µs, may_overwrite {check:.1} µs",
        session.exchanges.len(),
        raw.len()
    );
}

/// Times the custom-persona editor's completeness meter, which runs at every keystroke, on the
/// largest persona (goal: well under 1 ms, so typing never waits on it).
fn bench_completeness(persona: &askwell_core::Persona) {
    let runs = 200;
    let t = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(custom::completeness(std::hint::black_box(persona)));
    }
    println!(
        "completeness meter of {}: {:.0} µs a run (goal: under 1,000 µs)",
        persona.id,
        t.elapsed().as_secs_f64() * 1e6 / runs as f64
    );
}
