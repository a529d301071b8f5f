// Where a run writes and what it reads (issue 12, sections 1, 2 and 5): the real CLI on every kind
// of output path (a device, a FIFO, a symbolic link, a folder, an input of the run, a full disk, a
// closed pipe) and of input (a device, an endless stream, a process substitution, a folder where
// a file was expected), asserting the exit code, the exact message, and that every file that was
// there before is byte for byte what it was.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

extern char** environ;

namespace factlint {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;

const std::string kDraft = "---\ndate: 2022-02-07\n---\nThe fund lost 50 million dollars.\n";
const std::string kMeasures =
    "measures:\n  fines:\n    unit_kind: money\n    description: Fines paid.\n"
    "    cues: [fined]\n";
const std::string kDoubledRule =
    "id: doubled\nkind: repetition\nseverity: warning\nmessage: 'doubled \"{word}\"'\n";
const std::string kSummary =
    "1 file checked: 0 errors, 0 warnings, 0 infos; 1 claim: 0 supported, 0 contradicted, 1 "
    "unverified\n";

std::string Factlint() { return (testing::BinaryDir() / "factlint").string(); }

std::vector<std::string> Concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// The bytes of every file under `dir` (symbolic links as "-> target", FIFOs as "fifo"): what a
// run must leave as it was.
std::map<std::string, std::string> Snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = entry.path().lexically_relative(dir).string();
    if (entry.is_symlink()) {
      files[name] = "-> " + fs::read_symlink(entry.path()).string();
    } else if (entry.is_fifo()) {
      files[name] = "fifo";
    } else if (entry.is_regular_file()) {
      files[name] = ReadFile(entry.path());
    } else {
      files[name] = "folder";
    }
  }
  return files;
}

// How a run's standard streams are set up, when RunCli's (stdin from a string, stdout to a file)
// are not what a case needs.
struct Streams {
  std::string stdin_path = "/dev/null";
  int stdout_fd = -1;       // when >= 0, stdout is this descriptor (the result has no `out`)
  std::string stdout_path;  // else this file, when not empty
  bool ignore_sigpipe = false;
  bool close_stdout = false;  // stdout is closed (the result has no `out`)
};

Streams StdinFrom(const std::string& path) {
  Streams streams;
  streams.stdin_path = path;
  return streams;
}
Streams StdoutTo(const std::string& path) {
  Streams streams;
  streams.stdout_path = path;
  return streams;
}
Streams StdoutFd(int fd, bool ignore_sigpipe) {
  Streams streams;
  streams.stdout_fd = fd;
  streams.ignore_sigpipe = ignore_sigpipe;
  return streams;
}

CliResult RunWith(const std::string& program, const std::vector<std::string>& args,
                  const Streams& streams) {
  TempDir io;
  const std::string out_path =
      streams.stdout_path.empty() ? (io.path() / "stdout").string() : streams.stdout_path;
  const std::string err_path = (io.path() / "stderr").string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, streams.stdin_path.c_str(), O_RDONLY, 0);
  if (streams.close_stdout) {
    posix_spawn_file_actions_addclose(&actions, 1);
  } else if (streams.stdout_fd >= 0) {
    posix_spawn_file_actions_adddup2(&actions, streams.stdout_fd, 1);
  } else {
    posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
  }
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  std::vector<std::string> copies = Concat({program}, args);
  std::vector<char*> argv;
  for (std::string& arg : copies) argv.push_back(arg.data());
  argv.push_back(nullptr);
  // An ignored signal stays ignored across exec: the way a CI runner or Python starts programs.
  struct sigaction ignore = {}, previous = {};
  ignore.sa_handler = SIG_IGN;
  if (streams.ignore_sigpipe) sigaction(SIGPIPE, &ignore, &previous);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  if (streams.ignore_sigpipe) sigaction(SIGPIPE, &previous, nullptr);
  posix_spawn_file_actions_destroy(&actions);
  CliResult result;
  if (spawned != 0) return result;
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (streams.stdout_fd < 0 && streams.stdout_path.empty() && !streams.close_stdout) {
    result.out = ReadFile(out_path);
  }
  result.err = ReadFile(err_path);
  return result;
}

// A shell command line (for ulimit and process substitution); $0 is factlint, $1... `args`.
CliResult RunShell(const std::string& script, const std::vector<std::string>& args) {
  return RunWith("/bin/bash", Concat({"-c", script, Factlint()}, args), Streams());
}

// Runs `args` as the unprivileged user `nobody` when the test runs as root (for whom no folder is
// read-only); nullopt when that is not possible here.
std::optional<CliResult> RunCliUnprivileged(const std::vector<std::string>& args) {
  if (::geteuid() != 0) return RunCli(args);
  const std::string setpriv = "/usr/bin/setpriv";
  if (!fs::exists(setpriv)) return std::nullopt;
  return testing::RunProgram(
      setpriv,
      Concat({"--reuid=65534", "--regid=65534", "--clear-groups", "--", Factlint()}, args));
}

// A process id that no process has: one that has just ended.
pid_t DeadPid() {
  pid_t pid = 0;
  char program[] = "/bin/true";
  char* argv[] = {program, nullptr};
  posix_spawn(&pid, program, nullptr, nullptr, argv, environ);
  waitpid(pid, nullptr, 0);
  return pid;
}

// The text report of the draft, as a run to stdout gives it.
std::string ReportOnStdout(const std::string& draft) {
  CliResult run = RunCli({"check", draft, "--color", "never"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return run.out;
}

mode_t ModeOf(const std::string& path) {
  struct stat info = {};
  EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
  return info.st_mode;
}

// --- --output onto what is already there ----------------------------------------------------

TEST(OutputPath, DevNullStaysADevice) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  struct stat before = {};
  ASSERT_EQ(::stat("/dev/null", &before), 0);
  ASSERT_TRUE(S_ISCHR(before.st_mode));
  CliResult run = RunCli({"check", draft, "--output", "/dev/null"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, "");
  struct stat after = {};
  ASSERT_EQ(::stat("/dev/null", &after), 0);
  EXPECT_TRUE(S_ISCHR(after.st_mode)) << "/dev/null was replaced by a regular file";
  EXPECT_EQ(after.st_rdev, before.st_rdev);
  EXPECT_EQ(after.st_ino, before.st_ino);
  for (const fs::directory_entry& entry : fs::directory_iterator("/dev")) {
    EXPECT_EQ(entry.path().filename().string().rfind("null.tmp-", 0), std::string::npos);
  }
}

TEST(OutputPath, DevStdoutReachesStdout) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  const std::string expected = ReportOnStdout(draft);
  EXPECT_EQ(expected, kSummary);
  // Stdout is a regular file here: it must be written as stdout, not renamed over.
  for (const std::string output : {"/dev/stdout", "/proc/self/fd/1", "-"}) {
    CliResult run = RunCli({"check", draft, "--color", "never", "--output", output});
    EXPECT_EQ(run.exit_code, 0) << output << ": " << run.err;
    EXPECT_EQ(run.err, "") << output;
    EXPECT_EQ(run.out, expected) << output;
  }
  // Stdout is a pipe: /dev/stdout is written through.
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  std::string received;
  std::thread reader([&] {
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;) received.append(buffer, n);
  });
  CliResult run =
      RunWith(Factlint(), {"check", draft, "--color", "never", "--output", "/dev/stdout"},
              StdoutFd(fds[1], false));
  ::close(fds[1]);
  reader.join();
  ::close(fds[0]);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(received, expected);
}

TEST(OutputPath, AFifosReaderGetsTheReport) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  const std::string fifo = (dir.path() / "report.fifo").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  std::string received;
  std::thread reader([&] { received = ReadFile(fifo); });
  CliResult run = RunCli({"check", draft, "--color", "never", "--output", fifo});
  reader.join();
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(received, kSummary);
  EXPECT_TRUE(S_ISFIFO(ModeOf(fifo)));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 2);
}

TEST(OutputPath, ASymbolicLinkStaysALinkAndItsTargetGetsTheReport) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  std::string target = dir.Write("reports/latest.txt", "an older report\n");
  ::chmod(target.c_str(), 0640);
  const std::string link = (dir.path() / "report.txt").string();
  fs::create_symlink("reports/latest.txt", link);
  CliResult run = RunCli({"check", draft, "--color", "never", "--output", link});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_TRUE(S_ISLNK(ModeOf(link)));
  EXPECT_EQ(fs::read_symlink(link), "reports/latest.txt");
  EXPECT_EQ(ReadFile(target), kSummary);
  EXPECT_EQ(ModeOf(target) & 0777, 0640u) << "the replaced file's permissions are kept";
  // A link to a file that does not exist yet: the file is made, the link stays.
  const std::string dangling = (dir.path() / "next.txt").string();
  fs::create_symlink("reports/next.txt", dangling);
  run = RunCli({"check", draft, "--color", "never", "--output", dangling});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(S_ISLNK(ModeOf(dangling)));
  EXPECT_EQ(ReadFile(dir.path() / "reports" / "next.txt"), kSummary);
  // A chain of two links.
  const std::string chain = (dir.path() / "chain.txt").string();
  fs::create_symlink("report.txt", chain);
  dir.Write("reports/latest.txt", "older again\n");
  run = RunCli({"check", draft, "--color", "never", "--output", chain});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadFile(target), kSummary);
  EXPECT_TRUE(S_ISLNK(ModeOf(chain)));
  EXPECT_TRUE(S_ISLNK(ModeOf(link)));
}

// A run that must fail before it writes anything: exit 2, `message`, every file under the
// folder as it was.
void ExpectRefused(const TempDir& dir, const std::vector<std::string>& args,
                   const std::string& message) {
  const auto before = Snapshot(dir.path());
  CliResult run = RunCli(args);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_EQ(run.err, message);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(Snapshot(dir.path()), before);
}

TEST(OutputPath, AFolderIsRefused) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  dir.Write("reports/old.json", "{}\n");
  const std::string folder = (dir.path() / "reports").string();
  ExpectRefused(dir, {"check", draft, "--output", folder},
                "factlint: " + folder + ": is a folder, not a file\n");
  ExpectRefused(dir, {"check", draft, "--output", folder + "/"},
                "factlint: " + folder + "/: is a folder, not a file\n");
  // A link to a folder is a folder.
  fs::create_symlink("reports", dir.path() / "out");
  const std::string link = (dir.path() / "out").string();
  ExpectRefused(dir, {"check", draft, "--output", link},
                "factlint: " + link + ": is a folder, not a file\n");
  ExpectRefused(dir, {"check", "--stdin-format", "ndjson", "-", "--output", folder},
                "factlint: " + folder + ": is a folder, not a file\n");
}

TEST(OutputPath, AMissingOrReadOnlyFolderIsRefusedBeforeTheRun) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  const std::string missing = (dir.path() / "no" / "such" / "report.json").string();
  ExpectRefused(dir, {"check", draft, "--output", missing},
                "factlint: " + missing + ": cannot write the report: the folder " +
                    (dir.path() / "no" / "such").string() + " does not exist\n");
  // A file where a folder should be.
  const std::string under_file = (dir.path() / "draft.md" / "report.json").string();
  ExpectRefused(dir, {"check", draft, "--output", under_file},
                "factlint: " + under_file + ": cannot write the report: Not a directory\n");
  // A symbolic link loop.
  fs::create_symlink("loop-b", dir.path() / "loop-a");
  fs::create_symlink("loop-a", dir.path() / "loop-b");
  const std::string loop = (dir.path() / "loop-a").string();
  ExpectRefused(dir, {"check", draft, "--output", loop},
                "factlint: " + loop +
                    ": cannot write the report: Too many levels of symbolic "
                    "links\n");
  // A folder the user may not write to (as root every folder is writable: run as nobody).
  std::string locked_report = dir.Write("locked/report.txt", "an older report\n");
  fs::permissions(dir.path(), fs::perms::all);
  fs::permissions(dir.path() / "locked", fs::perms::owner_all | fs::perms::group_read |
                                             fs::perms::group_exec | fs::perms::others_read |
                                             fs::perms::others_exec);
  fs::permissions(draft, fs::perms::others_read, fs::perm_options::add);
  const auto before = Snapshot(dir.path());
  std::optional<CliResult> run = RunCliUnprivileged({"check", draft, "--output", locked_report});
  if (!run) GTEST_SKIP() << "running as root without setpriv: no folder is read-only";
  EXPECT_EQ(run->exit_code, 2);
  EXPECT_EQ(run->err,
            "factlint: " + locked_report + ": cannot write the report: Permission denied\n");
  EXPECT_EQ(Snapshot(dir.path()), before);
}

// --- An output that is an input of the run -----------------------------------------------

TEST(OutputIsInput, TheDraftItself) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  ExpectRefused(dir, {"check", "--output", draft, draft},
                "factlint: --output " + draft + " is also the article " + draft +
                    "; refusing to overwrite it\n");
  // Through another name: a symbolic link, a relative path with "..".
  fs::create_symlink("draft.md", dir.path() / "alias.md");
  const std::string alias = (dir.path() / "alias.md").string();
  ExpectRefused(dir, {"check", "--output", alias, draft},
                "factlint: --output " + alias + " is also the article " + draft +
                    "; refusing to overwrite it\n");
  dir.Write("sub/keep", "");
  const std::string dotted = (dir.path() / "sub" / ".." / "draft.md").string();
  ExpectRefused(dir, {"check", draft, "--format", "json", "--output", dotted},
                "factlint: --output " + dotted + " is also the article " + draft +
                    "; refusing to overwrite it\n");
}

TEST(OutputIsInput, ADraftInsideACheckedFolder) {
  TempDir dir;
  dir.Write("drafts/a.md", kDraft);
  std::string inner = dir.Write("drafts/deeper/b.md", kDraft);
  const std::string folder = (dir.path() / "drafts").string();
  ExpectRefused(dir, {"check", "--output", inner, folder},
                "factlint: --output " + inner + " is also the article " + inner +
                    "; refusing to overwrite it\n");
}

TEST(OutputIsInput, TheArticleReadFromStdin) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  const auto before = Snapshot(dir.path());
  const std::string message = "factlint: --output " + draft +
                              " is also the article read from stdin; refusing to "
                              "overwrite it\n";
  CliResult run = RunWith(Factlint(), {"check", "-", "--output", draft}, StdinFrom(draft));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, message);
  std::string ndjson = dir.Write("archive.ndjson", "{\"path\": \"a.md\", \"text\": \"Hello.\"}\n");
  const std::string stream_message = "factlint: --output " + ndjson +
                                     " is also the article read from stdin; refusing to "
                                     "overwrite it\n";
  run = RunWith(Factlint(), {"check", "--stdin-format", "ndjson", "-", "--output", ndjson},
                StdinFrom(ndjson));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, stream_message);
  EXPECT_EQ(ReadFile(draft), kDraft);
  EXPECT_EQ(ReadFile(ndjson), "{\"path\": \"a.md\", \"text\": \"Hello.\"}\n");
}

TEST(OutputIsInput, TheCorpusDatabase) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  const std::string db = (dir.path() / "corpus.db").string();
  fs::copy_file(testing::DefaultCorpus(), db);
  ExpectRefused(dir, {"check", draft, "--corpus", db, "--output", db},
                "factlint: --output " + db + " is also the corpus database " + db +
                    "; refusing to overwrite it\n");
  // The database named through a link, or found through the configuration.
  fs::create_symlink("corpus.db", dir.path() / "current.db");
  const std::string link = (dir.path() / "current.db").string();
  ExpectRefused(dir, {"check", draft, "--corpus", link, "--output", db},
                "factlint: --output " + db + " is also the corpus database " + link +
                    "; refusing to overwrite it\n");
  std::string config = dir.Write(".factlint.yaml", "corpus: corpus.db\n");
  ExpectRefused(dir, {"check", draft, "--output", db},
                "factlint: --output " + db + " is also the corpus database " + db +
                    "; refusing to overwrite it\n");
  ExpectRefused(dir, {"check", draft, "--output", config},
                "factlint: --output " + config + " is also the configuration file " + config +
                    "; refusing to overwrite it\n");
}

TEST(OutputIsInput, ARuleFile) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  std::string rule = dir.Write("rules/style/doubled.yaml", kDoubledRule);
  ExpectRefused(dir, {"check", draft, "--rules", (dir.path() / "rules").string(), "--output", rule},
                "factlint: --output " + rule + " is also the rule file " + rule +
                    "; refusing to overwrite it\n");
}

TEST(OutputIsInput, CorpusBuildRefusesToWriteOverItsOwnSources) {
  TempDir dir;
  std::string source = dir.Write("src/measures.yaml", kMeasures);
  const std::string folder = (dir.path() / "src").string();
  ExpectRefused(dir, {"corpus", "build", folder, "-o", source},
                "factlint: -o " + source + " is also the source file " + source +
                    "; refusing to overwrite it\n");
  ExpectRefused(dir, {"corpus", "build", source, "-o", source},
                "factlint: -o " + source + " is also the source file " + source +
                    "; refusing to overwrite it\n");
  // A database inside the source folder is not a source: building there works.
  const std::string db = (dir.path() / "src" / "corpus.db").string();
  CliResult run = RunCli({"corpus", "build", folder, "-o", db});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  run = RunCli({"corpus", "build", folder, "-o", db});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadFile(source), kMeasures);
}

// --- Databases --------------------------------------------------------------------------------

TEST(DatabaseOutput, DevicesFoldersAndLinks) {
  TempDir dir;
  dir.Write("src/measures.yaml", kMeasures);
  const std::string folder = (dir.path() / "src").string();
  ExpectRefused(dir, {"corpus", "build", folder, "-o", "/dev/null"},
                "factlint: /dev/null: a corpus database must be a regular file, not a character "
                "device\n");
  EXPECT_TRUE(S_ISCHR(ModeOf("/dev/null")));
  ExpectRefused(dir, {"corpus", "build", folder, "-o", folder},
                "factlint: " + folder + ": is a folder, not a file\n");
  const std::string fifo = (dir.path() / "db.fifo").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  ExpectRefused(dir, {"corpus", "build", folder, "-o", fifo},
                "factlint: " + fifo + ": a corpus database must be a regular file, not a FIFO\n");
  // A link: the database replaces its target, and the link stays.
  std::string target = dir.Write("dbs/v1.db", "an older database");
  const std::string link = (dir.path() / "current.db").string();
  fs::create_symlink("dbs/v1.db", link);
  CliResult run = RunCli({"corpus", "build", folder, "-o", link});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(S_ISLNK(ModeOf(link)));
  EXPECT_EQ(ReadFile(target).substr(0, 16), std::string("SQLite format 3\0", 16));
  CliResult stats = RunCli({"corpus", "stats", link});
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
}

// --- Temporary files of killed runs -----------------------------------------------------------

TEST(TemporaryFiles, ThoseOfDeadRunsAreRemovedByTheNextRunToTheSamePath) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  const std::string report = (dir.path() / "report.txt").string();
  const pid_t dead = DeadPid();
  const std::string stale = dir.Write("report.txt.tmp-" + std::to_string(dead), "half a rep");
  // A run that is still going (this test's process) keeps its file; so do other names.
  const std::string live = dir.Write("report.txt.tmp-" + std::to_string(::getpid()), "writing");
  const std::string other = dir.Write("report.txt.tmp-notapid", "mine");
  const std::string other_path = dir.Write("other.txt.tmp-" + std::to_string(dead), "not ours");
  CliResult run = RunCli({"check", draft, "--color", "never", "--output", report});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadFile(report), kSummary);
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(other));
  EXPECT_TRUE(fs::exists(other_path));
  // The same for a database.
  dir.Write("src/measures.yaml", kMeasures);
  const std::string db = (dir.path() / "corpus.db").string();
  const std::string stale_db = dir.Write("corpus.db.tmp-" + std::to_string(dead), "half a db");
  run = RunCli({"corpus", "build", (dir.path() / "src").string(), "-o", db});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_FALSE(fs::exists(stale_db));
  EXPECT_TRUE(fs::exists(db));
}

TEST(TemporaryFiles, ARunKilledWhileWritingLeavesTheReportAndTheNextRunCleansUp) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  const std::string report = dir.Write("report.html", "an earlier report\n");
  // A file size limit of 1 KiB: the HTML report is bigger, so the run is killed by SIGXFSZ in
  // the middle of writing it.
  CliResult killed = RunShell(
      "ulimit -f 1 && exec \"$0\" check \"$1\" --format html --output \"$2\"", {draft, report});
  EXPECT_EQ(killed.exit_code, 128 + SIGXFSZ) << killed.err;
  EXPECT_EQ(ReadFile(report), "an earlier report\n");
  size_t temporary = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir.path())) {
    temporary += entry.path().filename().string().starts_with("report.html.tmp-");
  }
  EXPECT_EQ(temporary, 1u) << "the killed run's temporary file";
  // The next run that writes the report removes what the killed one left.
  CliResult next = RunCli({"check", draft, "--format", "html", "--output", report});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_EQ(ReadFile(report).substr(0, 15), "<!DOCTYPE html>");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 2);
  const std::string html = ReadFile(report);
  // With SIGXFSZ ignored, the write fails instead: an error, and the temporary file is removed.
  CliResult failed = RunShell(
      "trap '' XFSZ && ulimit -f 1 && exec \"$0\" check \"$1\" --format html --output \"$2\"",
      {draft, report});
  EXPECT_EQ(failed.exit_code, 2);
  EXPECT_EQ(failed.err, "factlint: " + report + ": cannot write the report: File too large\n");
  EXPECT_EQ(ReadFile(report), html);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 2);
}

// --- Write errors --------------------------------------------------------------------------

TEST(WriteError, AFullDiskIsAnErrorNotASilentLoss) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  CliResult run = RunCli({"check", draft, "--output", "/dev/full"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: /dev/full: cannot write the report: No space left on device\n");
  run = RunCli({"check", "--stdin-format", "ndjson", "-", "--output", "/dev/full"},
               "{\"path\": \"a.md\", \"text\": \"Hello.\"}\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: /dev/full: cannot write the report: No space left on device\n");
  // Stdout on a full disk, for every command that prints.
  const std::string full = "factlint: cannot write to stdout: No space left on device\n";
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"check", draft},
                                             {"check", draft, "--format", "json"},
                                             {"extract", draft},
                                             {"rules", "list"},
                                             {"rules", "explain", "spelling"},
                                             {"config", "show", draft},
                                             {"corpus", "stats", testing::DefaultCorpus()},
                                             {"version"},
                                             {"--help"}}) {
    run = RunWith(Factlint(), args, StdoutTo("/dev/full"));
    EXPECT_EQ(run.exit_code, 2) << args[0];
    EXPECT_EQ(run.err, full) << args[0];
  }
  // The stream mode, whose results are written batch by batch.
  Streams stream = StdoutTo("/dev/full");
  stream.stdin_path = dir.Write("archive.ndjson", "{\"path\": \"a.md\", \"text\": \"Hi.\"}\n");
  run = RunWith(Factlint(), {"check", "--stdin-format", "ndjson", "-"}, stream);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, full);
  // A run with findings (exit 1) whose report is lost exits 2.
  std::string doubled = dir.Write("doubled.md", "---\ndate: 2022-02-07\n---\nThe the fund.\n");
  run = RunWith(Factlint(), {"check", doubled}, StdoutTo("/dev/full"));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, full);
}

TEST(WriteError, AClosedPipeIsAnErrorWhenSigpipeIsIgnored) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"check", draft},
                                             {"check", draft, "--output", "/dev/stdout"},
                                             {"rules", "list"},
                                             {"extract", draft}}) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    ::close(fds[0]);  // the reader has gone
    CliResult run = RunWith(Factlint(), args, StdoutFd(fds[1], true));
    ::close(fds[1]);
    const bool through = args.size() > 2 && args[2] == "--output";
    EXPECT_EQ(run.exit_code, 2) << args[0];
    EXPECT_EQ(run.err, through ? "factlint: /dev/stdout: cannot write the report: Broken pipe\n"
                               : "factlint: cannot write to stdout: Broken pipe\n")
        << args[0];
  }
}

TEST(WriteError, AClosedStdoutIsAnErrorAndNoFileTakesItsPlace) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  Streams closed;
  closed.close_stdout = true;
  const std::string message = "factlint: cannot write to stdout: Bad file descriptor\n";
  CliResult run = RunWith(Factlint(), {"check", draft}, closed);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, message);
  // The database a build opens would take descriptor 1 and receive the summary line.
  dir.Write("src/measures.yaml", kMeasures);
  const std::string db = (dir.path() / "corpus.db").string();
  run = RunWith(Factlint(), {"corpus", "build", (dir.path() / "src").string(), "-o", db}, closed);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, message);
  EXPECT_EQ(ReadFile(db).find(" files: "), std::string::npos);
  CliResult stats = RunCli({"corpus", "stats", db});
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
  // With --output, nothing goes to stdout: the run succeeds.
  run = RunWith(Factlint(), {"check", draft, "--output", (dir.path() / "r.txt").string()}, closed);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadFile(dir.path() / "r.txt"), kSummary);
}

// --- Reading: devices, streams, folders -------------------------------------------------------

// Checks `path` beside a good draft: the path is an error in its place (exit 2, `message` on
// stderr and in the report), the draft is still checked.
void ExpectUnreadable(const std::string& path, const std::string& message,
                      const Streams& streams = Streams()) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  CliResult run = RunWith(Factlint(), {"check", path, draft, "--format", "json"}, streams);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: error: " + message + "\n");
  Json report = Json::parse(run.out);
  ASSERT_EQ(report["files"].size(), 2u);
  EXPECT_EQ(report["files"][0]["error"], message);
  EXPECT_EQ(report["files"][1]["path"], draft);
  EXPECT_EQ(report["summary"]["unreadable"], 1);
}

TEST(ReadInput, DevicesAreErrorsNotEmptyArticles) {
  ExpectUnreadable("/dev/zero", "/dev/zero: not a regular file (character device)");
  ExpectUnreadable("/dev/urandom", "/dev/urandom: not a regular file (character device)");
  ExpectUnreadable("/dev/null", "/dev/null: not a regular file (character device)");
  CliResult run = RunCli({"extract", "/dev/zero"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: /dev/zero: not a regular file (character device)\n");
  run = RunCli({"check", "--config", "/dev/zero", "-"}, kDraft);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: /dev/zero: not a regular file (character device)\n");
}

TEST(ReadInput, AnEndlessStdinStopsAtTheLimit) {
  const std::string message = "<stdin>: input is over the limit of 16777216 bytes";
  ExpectUnreadable("-", message, StdinFrom("/dev/zero"));
  TempDir dir;
  CliResult run = RunWith(Factlint(), {"extract", "-"}, StdinFrom("/dev/urandom"));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + message + "\n");
  // A regular file on stdin one byte over the limit.
  std::string big = (dir.path() / "big.md").string();
  fs::resize_file(dir.Write("big.md", ""), (16u << 20) + 1);
  run = RunWith(Factlint(), {"check", "-"}, StdinFrom(big));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: error: " + message + "\n");
}

TEST(ReadInput, ProcessSubstitutionAndNamedPipesAreRead) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  CliResult run = RunShell("exec \"$0\" check --color never <(cat \"$1\")", {draft});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out, kSummary);
  run = RunShell("exec \"$0\" extract <(cat \"$1\")", {draft});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Json::parse(run.out)["files"][0]["claims"][0]["text"], "50 million dollars");
  // An endless one stops at the limit.
  run = RunShell("exec \"$0\" check <(yes)", {});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err.substr(0, 25), "factlint: error: /dev/fd/");
  EXPECT_NE(run.err.find(": input is over the limit of 16777216 bytes\n"), std::string::npos)
      << run.err;
  // A named pipe given by name.
  const std::string fifo = (dir.path() / "incoming.md").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  std::thread writer([&] { std::ofstream(fifo) << kDraft; });
  run = RunCli({"check", "--color", "never", fifo});
  writer.join();
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, kSummary);
}

TEST(ReadInput, AFolderWhereAFileIsExpected) {
  TempDir dir;
  std::string draft = dir.Write("drafts/a.md", kDraft);
  const std::string folder = (dir.path() / "drafts").string();
  CliResult run = RunCli({"extract", folder});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + folder + ": is a folder, not a file\n");
  run = RunCli({"check", draft, "--config", folder});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + folder + ": is a folder, not a file\n");
  run = RunCli({"config", "show", draft, "--config", folder});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + folder + ": is a folder, not a file\n");
}

TEST(ReadInput, AFileWhereARulesFolderIsExpected) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  std::string rule = dir.Write("doubled.yaml", kDoubledRule);
  const std::string message =
      "factlint: --rules " + rule + ": expected a folder of rule files, not a file\n";
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"check", draft, "--rules", rule},
                                             {"rules", "list", "--rules", rule},
                                             {"rules", "--rules", rule, "list"},
                                             {"rules", "explain", "doubled", "--rules", rule}}) {
    CliResult run = RunCli(args);
    EXPECT_EQ(run.exit_code, 2) << args[0];
    EXPECT_EQ(run.err, message) << args[0];
    EXPECT_EQ(run.out, "");
  }
}

TEST(ReadInput, ConfigShowOfAPathThatIsNotThere) {
  TempDir dir;
  const std::string missing = (dir.path() / "nowhere").string();
  CliResult run = RunCli({"config", "show", missing});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + missing + ": no such file or folder\n");
  EXPECT_EQ(run.out, "");
}

// --- Checked folders ----------------------------------------------------------------------

TEST(CheckedFolder, SymbolicLinkLoopsAreErrorsInTheirPlace) {
  TempDir dir;
  std::string a = dir.Write("drafts/a.md", kDraft);
  std::string z = dir.Write("drafts/z/z.md", kDraft);
  const fs::path drafts = dir.path() / "drafts";
  fs::create_symlink("loop.md", drafts / "loop.md");  // a file link to itself
  fs::create_symlink("m2.md", drafts / "m1.md");      // two links to each other
  fs::create_symlink("m1.md", drafts / "m2.md");
  fs::create_symlink("..", drafts / "z" / "up");            // a folder link back up: not entered
  fs::create_symlink("user@host.1234", drafts / ".#a.md");  // an editor's lock file: skipped
  fs::create_symlink("a.md", drafts / "same.md");           // a link to an article: checked
  const std::string loop = (drafts / "loop.md").string();
  const std::string m1 = (drafts / "m1.md").string();
  const std::string m2 = (drafts / "m2.md").string();
  const std::string too_many = ": cannot open the file: Too many levels of symbolic links";
  CliResult run = RunCli({"check", drafts.string(), "--format", "json"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: error: " + loop + too_many + "\nfactlint: error: " + m1 + too_many +
                         "\nfactlint: error: " + m2 + too_many + "\n");
  Json report = Json::parse(run.out);
  std::vector<std::string> paths;
  for (const Json& file : report["files"]) paths.push_back(file["path"]);
  EXPECT_EQ(paths, (std::vector<std::string>{a, loop, m1, m2, (drafts / "same.md").string(), z}));
  EXPECT_EQ(report["summary"]["unreadable"], 3);
}

TEST(CheckedFolder, AFifoInsideIsNotOpened) {
  TempDir dir;
  std::string a = dir.Write("drafts/a.md", kDraft);
  const std::string fifo = (dir.path() / "drafts" / "pipe.md").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  CliResult run = RunCli({"check", (dir.path() / "drafts").string(), "--format", "json"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: error: " + fifo +
                         ": a FIFO in a folder is not read; name it on the command line\n");
}

TEST(CheckedFolder, ASubfolderThatCannotBeListedIsAnErrorInItsPlace) {
  TempDir dir;
  std::string a = dir.Write("drafts/a.md", kDraft);
  dir.Write("drafts/private/b.md", kDraft);
  std::string c = dir.Write("drafts/public/c.md", kDraft);
  const fs::path drafts = dir.path() / "drafts";
  fs::permissions(dir.path(), fs::perms::all);
  fs::permissions(drafts, fs::perms::all);
  fs::permissions(drafts / "public", fs::perms::all);
  fs::permissions(a, fs::perms::all);
  fs::permissions(c, fs::perms::all);
  fs::permissions(drafts / "private", fs::perms::owner_all);
  std::optional<CliResult> run = RunCliUnprivileged({"check", drafts.string(), "--format", "json"});
  if (!run) GTEST_SKIP() << "running as root without setpriv: every folder can be listed";
  const std::string message =
      (drafts / "private").string() + ": cannot list the folder: Permission denied";
  EXPECT_EQ(run->exit_code, 2);
  EXPECT_EQ(run->err, "factlint: error: " + message + "\n");
  Json report = Json::parse(run->out);
  ASSERT_EQ(report["files"].size(), 3u);
  EXPECT_EQ(report["files"][0]["path"], a);
  EXPECT_EQ(report["files"][1]["error"], message);
  EXPECT_EQ(report["files"][2]["path"], c);
}

// --- --jobs -----------------------------------------------------------------------------------

TEST(Jobs, NotAPositiveWholeNumberIsAUsageError) {
  TempDir dir;
  std::string draft = dir.Write("draft.md", kDraft);
  for (const std::string jobs :
       {"0", "-1", "-99999999999999999999", "abc", "1.5", "+2", "2x", " 2"}) {
    CliResult run = RunCli({"check", draft, "--jobs=" + jobs});
    EXPECT_EQ(run.exit_code, 2) << jobs;
    EXPECT_EQ(run.err, "factlint: --jobs: expected a whole number from 1 up, got '" + jobs + "'\n")
        << jobs;
    EXPECT_EQ(run.out, "");
  }
  CliResult run = RunCli({"check", draft, "-j", "-1"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: --jobs: expected a whole number from 1 up, got '-1'\n");
}

TEST(Jobs, BigNumbersAreCappedAndTheReportIsTheSame) {
  TempDir dir;
  for (int i = 0; i < 5; ++i) dir.Write("drafts/" + std::to_string(i) + ".md", kDraft);
  const std::string drafts = (dir.path() / "drafts").string();
  CliResult one = RunCli({"check", drafts, "--format", "json", "--jobs", "1"});
  EXPECT_EQ(one.exit_code, 0) << one.err;
  for (const std::string jobs : {"1000000", "18446744073709551615", "99999999999999999999999999"}) {
    CliResult run = RunCli({"check", drafts, "--format", "json", "--jobs", jobs});
    EXPECT_EQ(run.exit_code, 0) << jobs << ": " << run.err;
    EXPECT_EQ(run.err, "") << jobs;
    EXPECT_EQ(run.out, one.out) << jobs;
  }
}

// The case was 20,000 files (which take 8 s here, and minutes under the sanitizers):
// 5,000 with 16 descriptors for the whole process show the same, as one checker per file (what
// --jobs 1000000 gave) would need hundreds.
TEST(Jobs, FiveThousandFilesWithAMillionJobsAndSixteenDescriptors) {
  TempDir dir;
  const fs::path drafts = dir.path() / "drafts";
  for (int i = 0; i < 5'000; ++i) {
    dir.Write(
        "drafts/" + std::to_string(i / 100) + "/" + std::to_string(i) + ".md",
        "---\ndate: 2022-02-07\n---\nThe fund lost " + std::to_string(i) + " million dollars.\n");
  }
  const std::string report = (dir.path() / "report.json").string();
  CliResult run = RunShell(
      "ulimit -n 16 && exec \"$0\" check \"$1\" --jobs 1000000 --format json --output \"$2\"",
      {drafts.string(), report});
  EXPECT_EQ(run.exit_code, 0) << run.err.substr(0, 1000);
  EXPECT_EQ(run.err, "");
  Json summary = Json::parse(ReadFile(report))["summary"];
  EXPECT_EQ(summary["files"], 5'000);
  EXPECT_EQ(summary["unreadable"], 0);
  EXPECT_EQ(summary["claims"], 5'000);
}

}  // namespace
}  // namespace factlint
