// factlint check PATH... | -
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>

#include "checker_pool.h"
#include "commands.h"
#include "factlint/check.h"
#include "factlint/config.h"
#include "factlint/read_file.h"
#include "factlint/report.h"
#include "folder_walk.h"
#include "ndjson_stream.h"
#include "output_file.h"
#include "run_inputs.h"

namespace factlint::cli {
namespace {

namespace fs = std::filesystem;

struct CheckArgs {
  std::vector<std::string> paths;
  std::string corpus;
  std::vector<std::string> rules;
  std::string date;
  std::string format;  // empty: text
  std::string stdin_format = "text";
  std::string output;
  std::string fail_on;  // empty: the config's fail-on, else "error"
  std::string config;
  std::string color = "auto";
  std::string stdin_filename = "<stdin>";
  std::string link_base;
  std::string jobs;  // empty: the number of cores
  bool explain = false;
};

bool IsArticle(const fs::path& path) {
  std::string extension = path.extension().string();
  return extension == ".md" || extension == ".markdown" || extension == ".txt";
}

// Files to check, in order: each argument as given; a folder is expanded to its articles
// (recursively, sorted), less those the config ignores. A missing path, and an entry of a folder
// that cannot be read (a link loop, a subfolder that cannot be listed), are kept so that their
// error is reported in their place.
std::vector<FolderEntry> ExpandPaths(const std::vector<std::string>& args, const Config& config) {
  std::vector<FolderEntry> files;
  for (const std::string& arg : args) {
    std::error_code error;
    if (arg != "-" && fs::is_directory(arg, error)) {
      std::vector<FolderEntry> found = ListFolder(
          arg, [&](const std::string& path) { return IsArticle(path) && !config.Ignores(path); });
      files.insert(files.end(), std::make_move_iterator(found.begin()),
                   std::make_move_iterator(found.end()));
    } else {
      files.push_back({arg, OkStatus()});
    }
  }
  return files;
}

// Refuses an --output that cannot be written, or that is one of the files the run reads: an
// article (stdin included), the configuration, the corpus database or a rule file.
Status CheckOutput(const CheckArgs& args, const CheckOptions& options,
                   const std::vector<FolderEntry>& files) {
  if (args.output.empty()) return OkStatus();
  FACTLINT_RETURN_IF_ERROR(CheckOutputPath(args.output));
  RunInputs inputs;
  for (const FolderEntry& file : files) {
    if (file.path == "-") {
      inputs.AddDescriptor(STDIN_FILENO, "the article read from stdin");
    } else {
      inputs.Add(file.path, "the article " + file.path);
    }
  }
  if (!options.config.file.empty()) {
    inputs.Add(options.config.file, "the configuration file " + options.config.file);
  }
  if (!options.corpus_path.empty()) {
    inputs.Add(options.corpus_path, "the corpus database " + options.corpus_path);
  }
  for (const std::string& folder : options.rule_folders) {
    inputs.AddFolder(folder, "the rule file ", [](const std::string&) { return true; });
  }
  return inputs.CheckOutput("--output", args.output);
}

// The repository root for the paths in SARIF, GitHub, rdjson and Markdown reports: the nearest
// folder above the working directory that holds .git, else the working directory.
fs::path RepositoryRoot() {
  std::error_code error;
  fs::path cwd = fs::current_path(error);
  if (error) return {};
  for (fs::path dir = cwd; !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", error)) return dir;
    if (dir == dir.root_path()) break;
  }
  return cwd;
}

// "[=========>          ] 12/40 drafts/a.md" on one line of stderr, redrawn per file.
class ProgressBar {
 public:
  ProgressBar(size_t total, bool enabled) : total_(total), enabled_(enabled && total > 1) {}
  ~ProgressBar() { Clear(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  void Clear() const {
    if (enabled_) std::cerr << "\r\x1b[2K" << std::flush;
  }
  void Show(size_t done, const std::string& path) const {
    if (!enabled_) return;
    constexpr size_t kWidth = 30;
    size_t filled = done * kWidth / total_;
    std::string bar(filled, '=');
    if (filled < kWidth) bar += '>' + std::string(kWidth - filled - 1, ' ');
    std::string shown = path.size() > 40 ? "…" + path.substr(path.size() - 39) : path;
    std::cerr << "\r\x1b[2K[" << bar << "] " << done << '/' << total_ << ' ' << shown << std::flush;
  }

 private:
  size_t total_;
  bool enabled_;
};

bool UseColor(const std::string& mode, bool to_terminal) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return to_terminal && (no_color == nullptr || *no_color == '\0');
}

// kExitFindings when `worst` is at or above --fail-on (else the configuration's, else error).
int ExitCodeFor(std::optional<Severity> worst, const CheckArgs& args, const Config& config) {
  const std::string fail_on = !args.fail_on.empty() ? args.fail_on
                              : config.fail_on      ? *config.fail_on
                                                    : "error";
  if (fail_on == "never") return kExitOk;
  return worst && *worst >= *ParseSeverity(fail_on) ? kExitFindings : kExitOk;
}

// One entry of the run: a file, stdin ("-", read once before), or an entry that could not be
// read. An exception while checking one file (a bug) is an error in its place; the run goes on.
FileResult CheckOne(const Checker& checker, const FolderEntry& entry,
                    const std::string& stdin_filename,
                    const std::optional<StatusOr<std::string>>& stdin_bytes) {
  FileResult result;
  result.path = entry.path == "-" ? stdin_filename : entry.path;
  try {
    if (!entry.error.ok()) {
      result.error = entry.error;
    } else if (entry.path != "-") {
      result = checker.CheckFile(entry.path);
    } else if (!stdin_bytes->ok()) {
      result.error = stdin_bytes->status();
    } else {
      result = checker.CheckBytes(stdin_filename, **stdin_bytes);
    }
  } catch (const std::exception& e) {
    result = FileResult();
    result.path = entry.path == "-" ? stdin_filename : entry.path;
    result.error = InternalError(fmt::format("{}: internal error: {}", result.path, e.what()));
  }
  return result;
}

// --stdin-format ndjson: articles from stdin, one JSON result per line.
int RunStream(const CheckArgs& args, const CheckOptions& options) {
  if (args.paths != std::vector<std::string>{"-"}) {
    return Fail("--stdin-format ndjson reads the articles from stdin: give - as the only path");
  }
  if (!args.format.empty() && args.format != "json") {
    return Fail(fmt::format(
        "--stdin-format ndjson writes one JSON result per line; --format {} is not available",
        args.format));
  }
  if (Status output = CheckOutput(args, options, {{"-", OkStatus()}}); !output.ok()) {
    return Fail(output.message());
  }
  StatusOr<size_t> jobs = ParseJobs(args.jobs);
  if (!jobs.ok()) return Fail(jobs.status().message());
  StatusOr<CheckerPool> pool = CheckerPool::Create(options, *jobs);
  if (!pool.ok()) return Fail(pool.status().message());
  // A buffered stdin: the stream cuts a batch short when no more input is waiting.
  std::ifstream in("/dev/stdin", std::ios::binary);
  std::istream& input = in.is_open() ? static_cast<std::istream&>(in) : std::cin;
  StreamOutcome outcome;
  auto stream = [&](std::ostream& out) {
    outcome = CheckNdjsonStream(*pool, args.stdin_filename, JsonOptions{.explain = args.explain},
                                input, out);
  };
  Status written = WriteOutput(args.output.empty() ? "-" : args.output, stream);
  if (!written.ok()) return Fail(written.message());
  if (outcome.bad_lines > 0) {
    std::cerr << fmt::format(
        "factlint: error: {} of {} {} not an article (the result in its place has \"error\")\n",
        outcome.bad_lines == 1 ? std::string("1 line") : fmt::format("{} lines", outcome.bad_lines),
        args.stdin_filename, outcome.bad_lines == 1 ? "was" : "were");
    return kExitError;
  }
  return ExitCodeFor(outcome.worst, args, options.config);
}

int RunCheck(const CheckArgs& args) {
  CheckOptions options;
  // One configuration for the run: the one that applies to the first path.
  StatusOr<Config> config =
      ResolveConfig(args.paths.front() == "-" ? "." : args.paths.front(), args.config);
  if (!config.ok()) return Fail(config.status().message());
  options.config = *std::move(config);
  options.corpus_path = ChooseCorpus(args.corpus, options.config);
  if (options.corpus_path.empty()) {
    std::cerr << "factlint: warning: no corpus found beside the program and none given with "
                 "--corpus: figures stay unverified\n";
  }
  if (Status folders = CheckRuleFolderFlags(args.rules); !folders.ok()) {
    return Fail(folders.message());
  }
  options.rule_folders = ChooseRuleFolders(options.config.rules, args.rules);
  if (options.rule_folders.empty()) return Fail("no rules folder found; give one with --rules");
  StatusOr<std::optional<Date>> date = ParseDateOption(args.date);
  if (!date.ok()) return Fail(date.status().message());
  options.date = *date;
  if (args.stdin_format == "ndjson") return RunStream(args, options);
  StatusOr<size_t> jobs = ParseJobs(args.jobs);
  if (!jobs.ok()) return Fail(jobs.status().message());
  const std::vector<FolderEntry> paths = ExpandPaths(args.paths, options.config);
  if (Status output = CheckOutput(args, options, paths); !output.ok()) {
    return Fail(output.message());
  }
  // No more checkers than files: each costs a corpus handle and a dictionary load.
  StatusOr<CheckerPool> pool =
      CheckerPool::Create(options, std::min(*jobs, std::max<size_t>(paths.size(), 1)));
  if (!pool.ok()) return Fail(pool.status().message());

  Report report;
  for (const RuleInfo& rule : pool->front().rules().rules()) {
    if (rule.enabled) report.rules.push_back(rule);
  }
  // Stdin is read once, bounded as a file is, however many times "-" is given.
  std::optional<StatusOr<std::string>> stdin_bytes;
  if (std::any_of(paths.begin(), paths.end(), [](const FolderEntry& e) { return e.path == "-"; })) {
    stdin_bytes = ReadDescriptorBytes(STDIN_FILENO, args.stdin_filename, options.read.max_bytes);
  }
  report.files.resize(paths.size());
  {
    ProgressBar progress(paths.size(), isatty(STDERR_FILENO) != 0);
    std::mutex progress_mutex;
    size_t done = 0;
    pool->ForEach(paths.size(), [&](size_t i, const Checker& checker) {
      report.files[i] = CheckOne(checker, paths[i], args.stdin_filename, stdin_bytes);
      std::lock_guard<std::mutex> lock(progress_mutex);
      progress.Show(++done, paths[i].path);
    });
  }
  for (const FileResult& result : report.files) {
    if (!result.error.ok()) std::cerr << "factlint: error: " << result.error.message() << '\n';
  }

  ReportOptions report_options;
  report_options.json.explain = args.explain;
  report_options.location = {
      .root = RepositoryRoot(), .tool_version = FACTLINT_VERSION, .link_base = args.link_base};
  ReportFormat format = *ParseReportFormat(args.format.empty() ? "text" : args.format);
  auto write = [&](std::ostream& out, bool terminal) {
    report_options.text.color = UseColor(args.color, terminal);
    WriteReport(report, format, report_options, out);
  };
  const bool to_terminal = args.output.empty() && isatty(STDOUT_FILENO) != 0;
  Status written = WriteOutput(args.output.empty() ? "-" : args.output,
                               [&](std::ostream& out) { write(out, to_terminal); });
  if (!written.ok()) return Fail(written.message());

  if (report.Summarize().file_errors > 0) return kExitError;
  return ExitCodeFor(report.WorstSeverity(), args, options.config);
}

}  // namespace

void AddCheckCommand(CLI::App& app, std::function<int()>* run) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Check articles (files, folders of .md .markdown .txt, or - for stdin)");
  cmd->add_option("paths", args->paths, "Files, folders or -")->required();
  cmd->add_option("--corpus", args->corpus, "Corpus database (default: the one shipped)");
  cmd->add_option("--rules", args->rules, "Another folder of rule files (repeatable)")
      ->allow_extra_args(false);
  cmd->add_option("--date", args->date,
                  "Article date YYYY-MM-DD (default: front matter date, else today)");
  cmd->add_option("--format", args->format,
                  "Report format: text, json, sarif, github, rdjson, html or markdown")
      ->check(CLI::IsMember(ReportFormatNames()));
  cmd->add_option("--output", args->output,
                  "Write the report to FILE instead of stdout (a regular file is replaced "
                  "atomically, through a symbolic link; a device or FIFO is written in place)");
  cmd->add_option("--config", args->config,
                  "Configuration file (default: the first .factlint.yaml above the first path)");
  cmd->add_option("--fail-on", args->fail_on,
                  "Exit 1 when a finding is at least this severe (default: config, else error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  cmd->add_option("--color", args->color, "Colours in the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--stdin-filename", args->stdin_filename, "The name reported for -");
  cmd->add_option("--link-base", args->link_base,
                  "Markdown: prefix of the line links, e.g. "
                  "https://github.com/ORG/REPO/blob/SHA/ (default: relative links)");
  cmd->add_option("--stdin-format", args->stdin_format,
                  "ndjson: read one JSON article per line from stdin ({\"path\", \"date\", "
                  "\"text\"}) and write one JSON result per line")
      ->check(CLI::IsMember({"text", "ndjson"}));
  cmd->add_option("--jobs,-j", args->jobs,
                  fmt::format("Check this many files at once, from 1 up (default: the number of "
                              "cores; at most {}); the report is the same whatever the number",
                              MaxJobs()));
  cmd->add_flag("--explain", args->explain,
                "JSON: list each claim's candidate records with their scores and reasons");
  cmd->callback([args, run] { *run = [args] { return RunCheck(*args); }; });
}

}  // namespace factlint::cli
