//! newsidx: index a folder of news articles, search it, and list the people
//! it mentions. `run` takes the parsed command line and does the work.

pub mod article;
mod bytes;
pub mod cli;
pub mod export;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod inspect;
pub mod malloc;
pub mod output;
pub mod parallel;
pub mod people;
pub mod schema;
pub mod search;
pub mod stats;
pub mod stem;
pub mod timeline;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use cli::{Cli, ColorChoice, Command};
use output::Printer;

/// Name of the index folder looked for when neither --index nor NEWSIDX_INDEX is set.
pub const DEFAULT_INDEX: &str = ".newsidx";

/// Articles listed under each person in human output, unless `--articles`.
const HUMAN_ARTICLES: usize = 10;

/// How the process ends (see `newsidx --help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Success; for `search`, at least one hit.
    Success = 0,
    /// `search` found nothing, or `people NAME` found nobody.
    NoResults = 1,
    /// Something went wrong; the message is on stderr.
    Error = 2,
}

/// The command line resolved once: flags, environment and terminal combined.
struct Config {
    index: PathBuf,
    json: bool,
    color: bool,
    progress: bool,
}

impl Config {
    fn resolve(cli: &Cli) -> Config {
        let stdout_tty = io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        let color = match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_tty && !no_color && !dumb,
        };
        let quiet = matches!(&cli.command, Command::Index(args) if args.quiet);
        // An empty NEWSIDX_INDEX counts as unset.
        let from_env = std::env::var_os("NEWSIDX_INDEX")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        Config {
            index: cli.index.clone().or(from_env).unwrap_or_else(default_index),
            json: cli.json,
            color,
            progress: !quiet && io::stderr().is_terminal(),
        }
    }
}

/// The nearest `.newsidx` folder from the current folder upwards, else
/// `.newsidx` in the current folder.
fn default_index() -> PathBuf {
    let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    here.ancestors()
        .map(|dir| dir.join(DEFAULT_INDEX))
        .find(|candidate| candidate.join("meta.json").is_file())
        .unwrap_or_else(|| PathBuf::from(DEFAULT_INDEX))
}

/// One line on stderr about one file. A closed stderr is not worth a panic.
fn report(level: &str, path: &Path, message: &str) {
    let path = output::sanitize(&path.display().to_string()).into_owned();
    let _ = writeln!(
        io::stderr().lock(),
        "newsidx: {level}: {path}: {}",
        output::sanitize(message)
    );
}

fn warn(path: &Path, message: &str) {
    report("warning", path, message);
}

/// Run one command. Errors are for the caller to print; warnings go to stderr here.
pub fn run(cli: Cli) -> anyhow::Result<ExitStatus> {
    let config = Config::resolve(&cli);
    let stdout = io::stdout().lock();
    let mut printer = Printer::new(io::BufWriter::new(stdout), config.color, config.json);
    let status = dispatch(cli.command, &config, &mut printer)?;
    printer.flush()?;
    Ok(status)
}

fn dispatch<W: Write>(command: Command, config: &Config, printer: &mut Printer<W>) -> anyhow::Result<ExitStatus> {
    match command {
        Command::Index(args) => {
            let options = index::IndexOptions {
                dirs: args.dirs,
                rebuild: args.rebuild,
                extract: extract::Options {
                    people: !args.no_people,
                },
                progress: config.progress,
                memory_bytes: usize::try_from(args.memory.saturating_mul(1 << 20)).unwrap_or(usize::MAX),
            };
            let summary = index::run(&config.index, &options, &mut |path, message| warn(path, message))?;
            printer.index_summary(&summary)?;
            Ok(ExitStatus::Success)
        }
        Command::Search(args) => {
            let idx = index::NewsIndex::open(&config.index)?;
            let query = query_arg(&args.query)?;
            let report = search::search(&idx, &query, args.limit, args.sort, &args.filters)?;
            printer.search(&report)?;
            Ok(if report.total_hits == 0 {
                ExitStatus::NoResults
            } else {
                ExitStatus::Success
            })
        }
        Command::Timeline(args) => {
            let idx = index::NewsIndex::open(&config.index)?;
            let query = query_arg(&args.query)?;
            let report = timeline::timeline(&idx, &query, args.by, &args.filters)?;
            printer.timeline(&report)?;
            Ok(if report.total == 0 {
                ExitStatus::NoResults
            } else {
                ExitStatus::Success
            })
        }
        Command::People(args) => {
            let idx = index::NewsIndex::open(&config.index)?;
            let query = people::PeopleQuery {
                name: args.name,
                with: args.with,
                limit: args.limit,
                // A terminal shows the newest few of each person's articles;
                // JSON and CSV give them all unless asked.
                articles: args
                    .articles
                    .or((args.format == cli::Format::Human && !config.json).then_some(HUMAN_ARTICLES)),
            };
            let report = people::people(&idx, &query)?;
            match args.format {
                cli::Format::Csv => printer.people_csv(&report)?,
                cli::Format::Json => printer.with_json().people(&report)?,
                cli::Format::Human => printer.people(&report)?,
            }
            let asked = query.name.is_some() || query.with.is_some();
            let nobody = asked && report.people.is_empty();
            Ok(if nobody {
                ExitStatus::NoResults
            } else {
                ExitStatus::Success
            })
        }
        Command::Extract(args) => {
            let mut failed = false;
            parallel::ordered_map(
                &args.files,
                |path| inspect::extract_file(path),
                |path, result| {
                    match result {
                        Ok((articles, problems)) => {
                            for problem in &problems {
                                warn(path, problem);
                            }
                            for article in &articles {
                                printer.extracted(article)?;
                            }
                        }
                        Err(err) => {
                            report("error", path, &format!("{err:#}"));
                            failed = true;
                        }
                    }
                    Ok::<(), io::Error>(())
                },
            )?;
            Ok(if failed { ExitStatus::Error } else { ExitStatus::Success })
        }
        Command::Stats => {
            let idx = index::NewsIndex::open(&config.index)?;
            printer.stats(&stats::stats(&idx)?)?;
            Ok(ExitStatus::Success)
        }
        Command::Export(args) => run_export(args, config, printer),
    }
}

/// `export`: articles to --output or stdout (pure data), or the Quickwit config.
fn run_export<W: Write>(
    args: cli::ExportArgs,
    config: &Config,
    printer: &mut Printer<W>,
) -> anyhow::Result<ExitStatus> {
    if args.quickwit_config {
        printer
            .out()
            .write_all(export::quickwit_config(&args.index_id)?.as_bytes())?;
        return Ok(ExitStatus::Success);
    }
    let idx = index::NewsIndex::open(&config.index)?;
    let options = export::ExportOptions {
        format: args.format,
        since: args.since,
        until: args.until,
        index_id: args.index_id,
    };
    match &args.output {
        None => {
            export::export(&idx, &options, printer.out())?;
        }
        Some(path) => {
            let file = std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let mut out = io::BufWriter::new(file);
            let written = export::export(&idx, &options, &mut out)
                .and_then(|n| Ok(out.flush().map(|()| n)?))
                .with_context(|| format!("writing {}", path.display()))?;
            let what = if written == 1 { "article" } else { "articles" };
            eprintln!(
                "exported {written} {what} to {}",
                output::sanitize(&path.display().to_string())
            );
        }
    }
    Ok(ExitStatus::Success)
}

/// The query as given, or read from standard input when it is `-`.
fn query_arg(arg: &str) -> anyhow::Result<String> {
    if arg != "-" {
        return Ok(arg.to_string());
    }
    let mut query = String::new();
    io::Read::read_to_string(&mut io::stdin().lock(), &mut query).context("reading the query from standard input")?;
    Ok(query)
}

/// True when the error is a closed output pipe (`newsidx ... | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|e| e.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
}
