//! The command line, as clap derives it. Every `///` here is `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Exit status:
  0  success (for search: at least one hit)
  1  search or timeline found nothing; people NAME found nobody
  2  error: a missing index, a bad query, unreadable input (message on stderr)

The index folder is --index, else $NEWSIDX_INDEX, else the nearest .newsidx/
in the current folder or a parent (created in the current folder by `index`).";

/// Index a folder of news articles, search it, and list the people it mentions.
#[derive(Debug, Parser)]
#[command(name = "newsidx", version, about, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    /// Index folder [default: nearest .newsidx/ from here upwards, else ./.newsidx]
    #[arg(
        long,
        global = true,
        env = "NEWSIDX_INDEX",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub index: Option<PathBuf>,

    /// Print JSON (one object; `extract` prints one object per line)
    #[arg(long, global = true)]
    pub json: bool,

    /// When to colour output: on a terminal (auto, honours NO_COLOR), always or never
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is not set
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index the articles under one or more folders (only what changed since last time)
    Index(IndexArgs),
    /// Search the index: ranked articles with highlighted snippets
    Search(SearchArgs),
    /// Count matching articles per day, month or year of publication, as a bar chart
    Timeline(TimelineArgs),
    /// List the people the index mentions, with the articles behind each name
    People(PeopleArgs),
    /// Show what the extractor finds in article files, without an index
    Extract(ExtractArgs),
    /// Show the size and age of the index
    Stats,
    /// Write every indexed article as NDJSON or Elasticsearch _bulk input, or print a Quickwit index config
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Folders (or single files) to index: .txt, .md, .json, .jsonl/.ndjson
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,

    /// Delete the index and index everything again
    #[arg(long)]
    pub rebuild: bool,

    /// Skip person extraction (dates are still found); for measuring its cost
    #[arg(long)]
    pub no_people: bool,

    /// No progress bar
    #[arg(long, short)]
    pub quiet: bool,

    /// Memory for the index writer, in MB (peak memory stays within about twice this)
    #[arg(long, default_value_t = 128, value_name = "MB", value_parser = clap::value_parser!(u64).range(16..=16384))]
    pub memory: u64,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Query: words (all required), OR, -word, "a phrase", title:, body:, people:"Name", * for all;
    /// - reads the query from standard input
    #[arg(value_name = "QUERY", allow_hyphen_values = true)]
    pub query: String,

    /// Show at most N hits
    #[arg(long, short = 'n', default_value_t = 10, value_name = "N")]
    pub limit: usize,

    /// Order of hits: best match first, or by publication date (undated last)
    /// [default: relevance; newest for `*` with a filter]
    #[arg(long, value_enum, value_name = "ORDER")]
    pub sort: Option<SortOrder>,

    #[command(flatten)]
    pub filters: FilterArgs,
}

/// Filters shared by `search` and `timeline`.
#[derive(Debug, Args, Clone, Default)]
pub struct FilterArgs {
    /// Only articles that name this person (full name, surname or any spelling the index knows)
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,

    /// Only articles published on or after this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Only articles published on or before this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

    /// Only articles that mention this day, month or year in their text:
    /// 2024-12-07, 2024-12, 2024, or a range 2024-12-01..2024-12-31
    #[arg(long, value_name = "DATE|RANGE")]
    pub mentions: Option<String>,
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// Query, as for search; * for every article
    #[arg(value_name = "QUERY", allow_hyphen_values = true)]
    pub query: String,

    /// Size of each bar's period
    #[arg(long, value_enum, default_value_t = Period::Month, value_name = "PERIOD")]
    pub by: Period,

    #[command(flatten)]
    pub filters: FilterArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    /// One bar per day
    Day,
    /// One bar per calendar month
    Month,
    /// One bar per year
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortOrder {
    /// Best match first (BM25, title counts double)
    Relevance,
    /// Newest publication date first (also: date)
    #[value(alias = "date")]
    Newest,
    /// Oldest publication date first
    Oldest,
}

#[derive(Debug, Args)]
pub struct PeopleArgs {
    /// Only this person: full name or any spelling of it, any case
    #[arg(value_name = "NAME")]
    pub name: Option<String>,

    /// Show at most N people
    #[arg(long, short = 'n', value_name = "N")]
    pub limit: Option<usize>,

    /// Show at most N articles per person, newest first [default: 10 in human output, all in JSON and CSV]
    #[arg(long, value_name = "N")]
    pub articles: Option<usize>,

    /// The people named in the same articles as NAME, by number of shared articles
    #[arg(long, value_name = "NAME", conflicts_with = "name")]
    pub with: Option<String>,

    /// Output format (--json is the same as --format json)
    #[arg(long, value_enum, default_value_t = Format::Human, value_name = "FORMAT")]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people to read
    Human,
    /// One JSON object
    Json,
    /// Comma-separated: name, aliases, article_count, articles (paths), with a header row
    Csv,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files to read (any number)
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE instead of standard output (a summary then goes to stderr)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Only articles published on or after this day (YYYY-MM-DD); undated articles are left out
    #[arg(long, value_name = "DATE", value_parser = crate::export::parse_day)]
    pub since: Option<crate::extract::dates::Date>,

    /// Only articles published on or before this day (YYYY-MM-DD); undated articles are left out
    #[arg(long, value_name = "DATE", value_parser = crate::export::parse_day)]
    pub until: Option<crate::extract::dates::Date>,

    /// Output format: NDJSON (one article per line) or Elasticsearch/OpenSearch _bulk input
    #[arg(long, value_enum, default_value_t = crate::export::Format::Ndjson, value_name = "FORMAT")]
    pub format: crate::export::Format,

    /// Index name in es-bulk action lines and in the Quickwit config
    #[arg(long, default_value = crate::export::DEFAULT_INDEX_ID, value_name = "NAME")]
    pub index_id: String,

    /// Print a Quickwit index config (YAML) matching the export, instead of the articles
    #[arg(long, conflicts_with_all = ["output", "since", "until", "format"])]
    pub quickwit_config: bool,
}
