// The catalogue of bad input (issue 7), in one place: each entry runs the real CLI on one kind of
// hostile or broken input and asserts the exit code, the exact message (naming the file, and the
// line and field where there is one), and that nothing already written was damaged: a report
// written by an earlier good run, or the bytes of a corpus database.
//
// Some entries repeat at the CLI what a unit test asserts of a library call (tests/text,
// tests/corpus, tests/rules); this file is the list a user's bad day is checked against.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;

const std::string kClean = "---\ndate: 2022-02-07\n---\nThe fund lost 50 million dollars.\n";

// A report written by a good run before the bad one: a failed run must leave it byte for byte.
class EarlierReport {
 public:
  explicit EarlierReport(const TempDir& dir)
      : path_((dir.path() / "report.json").string()), article_(dir.Write("good/clean.md", kClean)) {
    CliResult run = RunCli({"check", article_, "--format", "json", "--output", path_});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    bytes_ = ReadFile(path_);
    EXPECT_FALSE(bytes_.empty());
  }
  // The output option that writes over it.
  std::vector<std::string> Output() const { return {"--format", "json", "--output", path_}; }
  const std::string& article() const { return article_; }
  bool Intact() const { return ReadFile(path_) == bytes_; }

 private:
  std::string path_;
  std::string article_;
  std::string bytes_;
};

std::vector<std::string> Concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Writes `count` copies of `chunk` to `path`, a fixed buffer at a time (never the whole file in
// memory).
void WriteRepeated(const std::string& path, const std::string& prefix, const std::string& chunk,
                   size_t count) {
  std::ofstream out(path, std::ios::binary);
  out << prefix;
  std::string buffer;
  constexpr size_t kBufferBytes = 1 << 20;
  for (size_t i = 0; i < count; ++i) {
    buffer += chunk;
    if (buffer.size() >= kBufferBytes) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
  ASSERT_TRUE(out.good()) << path;
}

// A copy of the default corpus in `dir`.
std::string CopyOfTheDefaultCorpus(const TempDir& dir, const std::string& name = "corpus.db") {
  fs::path copy = dir.path() / name;
  fs::copy_file(testing::DefaultCorpus(), copy);
  return copy.string();
}

// --- The article --------------------------------------------------------------------------

// Checks `path` and returns its entry in the JSON report, expecting a clean run: exit 0, nothing
// on stderr, no findings and no claims.
Json CheckNothingToSay(const std::string& path) {
  CliResult run = RunCli({"check", path, "--format", "json"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  Json file = Json::parse(run.out)["files"][0];
  EXPECT_EQ(file["path"], path);
  EXPECT_TRUE(file["findings"].empty()) << file["findings"];
  EXPECT_TRUE(file["claims"].empty()) << file["claims"];
  return file;
}

TEST(BadArticle, EmptyFileIsCheckedAndHasNothingToSay) {
  TempDir dir;
  CheckNothingToSay(dir.Write("empty.md", ""));
}

TEST(BadArticle, OnlyFrontMatterIsCheckedAndHasNothingToSay) {
  TempDir dir;
  Json file =
      CheckNothingToSay(dir.Write("only.md", "---\ntitle: A draft\ndate: 2022-02-07\n---\n"));
  EXPECT_EQ(file["date"], "2022-02-07");
}

// A file that cannot be read is an error in its place: the run still writes its whole report
// (naming the error), as it does for a missing file, and checks the other files.
void ExpectUnreadable(const std::string& path, const std::string& message) {
  TempDir dir;
  EarlierReport earlier(dir);
  CliResult run = RunCli(Concat({"check", path, earlier.article()}, earlier.Output()));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: error: " + message + "\n");
  Json report = Json::parse(ReadFile(dir.path() / "report.json"));
  ASSERT_EQ(report["files"].size(), 2u);
  EXPECT_EQ(report["files"][0]["error"], message);
  EXPECT_EQ(report["files"][1]["path"], earlier.article());
  EXPECT_EQ(report["summary"]["unreadable"], 1);
}

TEST(BadArticle, BinaryFileNamesTheFirstBadByte) {
  TempDir dir;
  // The start of a PNG: 0x89 is not UTF-8.
  std::string png = dir.Write("figure.md", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  ExpectUnreadable(png, png + ":1:1: invalid UTF-8 at byte 0");
  // The start of an ELF executable: ASCII up to the first NUL.
  std::string elf = dir.Write("program.md", std::string("\x7f"
                                                        "ELF\x02\x01\x01\0\0\0",
                                                        10));
  ExpectUnreadable(elf, elf + ":1:8: NUL byte at byte 7");
}

TEST(BadArticle, InvalidUtf8InTheMiddleNamesLineColumnAndByte) {
  TempDir dir;
  std::string text = "---\ndate: 2022-02-07\n---\n";
  for (int i = 0; i < 500; ++i) text += "The council met on Monday.\n";
  const size_t line = 4 + 500;
  const size_t offset = text.size() + 10;
  text += "Caf\xc3\xa9 and \xc3\x28 here.\n";  // "Café and " is 10 bytes, 9 code points
  for (int i = 0; i < 500; ++i) text += "The council met on Tuesday.\n";
  std::string path = dir.Write("middle.md", text);
  ExpectUnreadable(path, path + ":" + std::to_string(line) + ":10: invalid UTF-8 at byte " +
                             std::to_string(offset));
}

TEST(BadArticle, A100MegabyteLineIsRefusedWithoutBeingRead) {
  TempDir dir;
  std::string path = (dir.path() / "huge.md").string();
  WriteRepeated(path, "", std::string(4096, 'a'), 100 * 256);  // 100 MiB, no line break
  ASSERT_EQ(fs::file_size(path), 100u << 20);
  ExpectUnreadable(path, path + ": file is 104857600 bytes, over the limit of 16777216");
}

TEST(BadArticle, AMillionShortLinesAreChecked) {
  TempDir dir;
  std::string path = (dir.path() / "lines.md").string();
  WriteRepeated(path, "---\ndate: 2022-02-07\n---\n", "A short line.\n", 1'000'000);
  ASSERT_LT(fs::file_size(path), 16u << 20);
  CliResult run = RunCli({"check", path, "--format", "json"});
  EXPECT_EQ(run.exit_code, 0) << run.err.substr(0, 1000);
  EXPECT_EQ(run.err, "");
  Json report = Json::parse(run.out);
  EXPECT_EQ(report["summary"]["files"], 1);
  EXPECT_EQ(report["summary"]["unreadable"], 0);
}

TEST(BadArticle, DeeplyNestedQuotesAndBracketsAreChecked) {
  TempDir dir;
  std::vector<std::string> paths;
  auto nested = [](const std::string& open, const std::string& close, size_t depth) {
    std::string text;
    for (size_t i = 0; i < depth; ++i) text += open;
    text += "deep";
    for (size_t i = 0; i < depth; ++i) text += close;
    return text + "\n";
  };
  const std::string head = "---\ndate: 2022-02-07\n---\n";
  // Straight quotes and links give a punctuation finding per mark, and the report spends time per
  // finding on the length of its line: 10,000 of each keep the run short.
  paths.push_back(dir.Write("straight.md", head + nested("\"", "\"", 10'000)));
  paths.push_back(dir.Write("curly.md", head + nested("“", "”", 50'000)));
  paths.push_back(dir.Write("guillemets.md", head + nested("« ", " »", 50'000)));
  paths.push_back(dir.Write("round.md", head + nested("(", ")", 100'000)));
  paths.push_back(dir.Write("square.md", head + nested("[", "]", 100'000)));
  paths.push_back(dir.Write("links.md", head + nested("[", "](https://example.org)", 10'000)));
  paths.push_back(dir.Write("emphasis.md", head + nested("*_", "_*", 50'000)));
  paths.push_back(dir.Write("blockquote.md", head + nested("> ", "", 100'000)));
  std::string lists = head;
  for (size_t i = 0; i < 2'000; ++i) lists += std::string(2 * i, ' ') + "- item\n";
  paths.push_back(dir.Write("lists.md", lists));
  paths.push_back(dir.Write("said.md", head + nested("He said \"she said '", "'\"", 20'000)));
  CliResult run = RunCli(Concat({"check", "--format", "json", "--fail-on", "never"}, paths));
  EXPECT_EQ(run.exit_code, 0) << run.err.substr(0, 1000);
  EXPECT_EQ(run.err, "");
  Json report = Json::parse(run.out);
  EXPECT_EQ(report["summary"]["files"], paths.size());
  EXPECT_EQ(report["summary"]["unreadable"], 0);
}

TEST(BadArticle, UnterminatedFrontMatterIsBodyText) {
  // "---" opens a front matter only with a closing "---" or "..."; without one the first line is
  // a thematic break and the rest is prose, as CommonMark reads it. Its date is not the
  // article's date, so none is used: the run says so.
  TempDir dir;
  std::string path =
      dir.Write("open.md", "---\ntitle: Never closed\ndate: 2022-02-07\n\nThe council met.\n");
  CliResult run = RunCli({"check", path, "--format", "json"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  Json file = Json::parse(run.out)["files"][0];
  EXPECT_NE(file["date"], "2022-02-07");
}

TEST(BadArticle, ADateThatDoesNotExistNamesItsLineAndField) {
  TempDir dir;
  std::string path = dir.Write("leap.md", "---\ntitle: x\ndate: 2022-02-30\n---\nBody.\n");
  ExpectUnreadable(path, path + ":3: front matter: date: expected YYYY-MM-DD, got '2022-02-30'");
  // The same day given with --date is a usage error, before any file is read.
  EarlierReport earlier(dir);
  CliResult run =
      RunCli(Concat({"check", earlier.article(), "--date", "2022-02-30"}, earlier.Output()));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: --date: expected YYYY-MM-DD, got '2022-02-30'\n");
  EXPECT_TRUE(earlier.Intact());
}

// --- The corpus database --------------------------------------------------------------------

// `factlint check --corpus db` fails before writing anything, with `message`.
void ExpectCorpusRefused(const std::string& db, const std::string& message) {
  TempDir dir;
  EarlierReport earlier(dir);
  const std::string before = ReadFile(db);
  CliResult run = RunCli(Concat({"check", earlier.article(), "--corpus", db}, earlier.Output()));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + message + "\n");
  EXPECT_TRUE(earlier.Intact());
  EXPECT_EQ(ReadFile(db), before) << db << " was changed by a check";
}

TEST(BadCorpus, TruncatedDatabaseIsRefusedAndLeftAsItWas) {
  TempDir dir;
  std::string db = CopyOfTheDefaultCorpus(dir);
  fs::resize_file(db, fs::file_size(db) / 2);
  const std::string message =
      db + ": not a valid corpus database (database disk image is malformed)";
  ExpectCorpusRefused(db, message);
  const std::string before = ReadFile(db);
  CliResult stats = RunCli({"corpus", "stats", db});
  EXPECT_EQ(stats.exit_code, 2);
  EXPECT_EQ(stats.err, "factlint: " + message + "\n");
  std::string csv = dir.Write("rates.csv", "Date,USD\n2022-02-04,1.1464\n");
  CliResult import = RunCli({"corpus", "import-fx", csv, "--db", db});
  EXPECT_EQ(import.exit_code, 2);
  EXPECT_EQ(import.err, "factlint: " + message + "\n");
  EXPECT_EQ(ReadFile(db), before);
}

// Runs `args` as the unprivileged user `nobody` when the test runs as root (for whom no file is
// read-only); nullopt when that is not possible here.
std::optional<CliResult> RunCliUnprivileged(const std::vector<std::string>& args) {
  if (::geteuid() != 0) return RunCli(args);
  const std::string setpriv = "/usr/bin/setpriv";
  if (!fs::exists(setpriv)) return std::nullopt;
  return testing::RunProgram(setpriv, Concat({"--reuid=65534", "--regid=65534", "--clear-groups",
                                              "--", (testing::BinaryDir() / "factlint").string()},
                                             args));
}

TEST(BadCorpus, ReadOnlyDatabaseIsOnlyRead) {
  TempDir dir;
  std::string db = CopyOfTheDefaultCorpus(dir);
  std::string csv = dir.Write("rates.csv", "Date,USD\n2022-02-04,1.1464\n");
  std::string article = dir.Write("a.md", kClean);
  const auto read_only = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
  fs::permissions(db, read_only);
  fs::permissions(dir.path(), read_only | fs::perms::owner_exec | fs::perms::group_exec |
                                  fs::perms::others_exec);
  const std::string before = ReadFile(db);
  // A check only reads the corpus.
  std::optional<CliResult> check = RunCliUnprivileged({"check", article, "--corpus", db});
  if (!check) GTEST_SKIP() << "running as root without setpriv: no file is read-only";
  EXPECT_EQ(check->exit_code, 0) << check->err;
  EXPECT_EQ(check->err, "");
  // An import is refused before it writes.
  std::optional<CliResult> import = RunCliUnprivileged({"corpus", "import-fx", csv, "--db", db});
  EXPECT_EQ(import->exit_code, 2);
  EXPECT_EQ(import->err, "factlint: " + db + ": cannot write (read-only)\n");
  EXPECT_EQ(ReadFile(db), before);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 3);
}

TEST(BadCorpus, LockedByAnotherWriter) {
  TempDir dir;
  EarlierReport earlier(dir);
  std::string db = CopyOfTheDefaultCorpus(dir);
  std::string csv = dir.Write("rates.csv", "Date,USD\n2022-02-04,1.1464\n");
  const std::string before = ReadFile(db);
  const std::string locked =
      "factlint: " + db + ": database is in use by another program (database is locked)\n";
  {
    // A writer that holds the lock for longer than a reader waits (five seconds): the check and
    // the import fail naming the database. (Nothing in this process may open the file while the
    // lock is held: closing any descriptor of it drops the process's POSIX locks.)
    SQLite::Database writer(db, SQLite::OPEN_READWRITE);
    writer.exec("BEGIN EXCLUSIVE");
    CliResult check =
        RunCli(Concat({"check", earlier.article(), "--corpus", db}, earlier.Output()));
    EXPECT_EQ(check.exit_code, 2);
    EXPECT_EQ(check.err, locked);
    CliResult import = RunCli({"corpus", "import-fx", csv, "--db", db});
    EXPECT_EQ(import.exit_code, 2);
    EXPECT_EQ(import.err, locked);
    writer.exec("ROLLBACK");
  }
  EXPECT_TRUE(earlier.Intact());
  EXPECT_EQ(ReadFile(db), before);
  // A writer that lets go within the wait: the check and the import wait for it, then succeed.
  for (const bool check : {true, false}) {
    SQLite::Database writer(db, SQLite::OPEN_READWRITE);
    writer.exec("BEGIN EXCLUSIVE");
    std::thread release([&writer] {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      writer.exec("ROLLBACK");
    });
    CliResult run = check ? RunCli({"check", earlier.article(), "--corpus", db})
                          : RunCli({"corpus", "import-fx", csv, "--db", db});
    release.join();
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
  }
  EXPECT_EQ(RunCli({"corpus", "stats", db}).exit_code, 0);
}

TEST(BadCorpus, NewerSchemaVersionIsRefusedAndLeftAsItWas) {
  TempDir dir;
  std::string db = CopyOfTheDefaultCorpus(dir);
  int version = 0;
  {
    SQLite::Database handle(db, SQLite::OPEN_READWRITE);
    version = handle.execAndGet("PRAGMA user_version").getInt();  // the version this build reads
    handle.exec("PRAGMA user_version = " + std::to_string(version + 1));
  }
  const std::string message = db + ": corpus schema version " + std::to_string(version + 1) +
                              ", this factlint reads version " + std::to_string(version) +
                              "; rebuild it with 'factlint corpus build'";
  ExpectCorpusRefused(db, message);
  const std::string before = ReadFile(db);
  std::string csv = dir.Write("rates.csv", "Date,USD\n2022-02-04,1.1464\n");
  CliResult import = RunCli({"corpus", "import-fx", csv, "--db", db});
  EXPECT_EQ(import.exit_code, 2);
  EXPECT_EQ(import.err, "factlint: " + message + "\n");
  EXPECT_EQ(ReadFile(db), before);
}

TEST(BadCorpus, NotSqliteAtAllIsRefusedAndLeftAsItWas) {
  TempDir dir;
  std::string db = dir.Write("notes.db", "these are not the droids\n" + std::string(4096, 'x'));
  const std::string message = db + ": not a valid corpus database (file is not a database)";
  ExpectCorpusRefused(db, message);
  std::string csv = dir.Write("rates.csv", "Date,USD\n2022-02-04,1.1464\n");
  CliResult import = RunCli({"corpus", "import-fx", csv, "--db", db});
  EXPECT_EQ(import.exit_code, 2);
  EXPECT_EQ(import.err, "factlint: " + message + "\n");
  EXPECT_EQ(ReadFile(db), "these are not the droids\n" + std::string(4096, 'x'));
}

TEST(BadCorpus, AFailedBuildLeavesTheExistingDatabaseAsItWas) {
  TempDir dir;
  std::string db = CopyOfTheDefaultCorpus(dir);
  const std::string before = ReadFile(db);
  std::string source = dir.Write("src/measures.yaml", "measures:\n  m: [x\n");
  CliResult run = RunCli({"corpus", "build", (dir.path() / "src").string(), "-o", db});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "factlint: " + source + ":2: yaml: end of sequence flow not found\n");
  EXPECT_EQ(ReadFile(db), before);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 2);
}

// --- Rule files -----------------------------------------------------------------------------

constexpr char kHostileRule[] = R"(id: hostile
kind: pattern
severity: warning
message: 'hostile {match}'
parameters:
  tokens: ['(a+)+$', '(x+x+)+y', '(a|aa)+b', '(.*a){20}']
  nonword: true
)";

TEST(BadRules, CatastrophicBacktrackingExpressionIsHarmless) {
  TempDir dir;
  dir.Write("rules/hostile.yaml", kHostileRule);
  std::string path =
      dir.Write("a.md", "---\ndate: 2022-02-07\n---\n" + std::string(100'000, 'a') + "\n");
  CliResult run = RunCli({"check", path, "--rules", (dir.path() / "rules").string(), "--format",
                          "json", "--fail-on", "never"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  size_t hostile = 0;
  const Json report = Json::parse(run.out);
  for (const Json& finding : report["files"][0]["findings"]) {
    if (finding["rule"] == "hostile") {
      ++hostile;
      EXPECT_EQ(finding["span"]["start"], 25);  // the whole line: '(a+)+$'
      EXPECT_EQ(finding["span"]["end"], 25 + 100'000);
    }
  }
  EXPECT_EQ(hostile, 1u);
}

TEST(BadRules, InvalidExpressionNamesFileLineAndField) {
  TempDir dir;
  EarlierReport earlier(dir);
  std::string rule = dir.Write("rules/broken.yaml",
                               "id: broken\nkind: pattern\nseverity: warning\nmessage: '{match}'\n"
                               "parameters:\n  tokens:\n    - fine\n    - 'a(b'\n");
  const std::string message = "factlint: " + rule +
                              ":8: parameters.tokens[1]: invalid regular expression 'a(b': "
                              "missing ): a(b\n";
  std::string folder = (dir.path() / "rules").string();
  CliResult check =
      RunCli(Concat({"check", earlier.article(), "--rules", folder}, earlier.Output()));
  EXPECT_EQ(check.exit_code, 2);
  EXPECT_EQ(check.err, message);
  EXPECT_TRUE(earlier.Intact());
  CliResult list = RunCli({"rules", "list", "--rules", folder});
  EXPECT_EQ(list.exit_code, 2);
  EXPECT_EQ(list.err, message);
  EXPECT_EQ(list.out, "");
}

constexpr char kDoubledRule[] = R"(id: doubled
kind: repetition
severity: warning
message: 'doubled "{word}"'
)";

TEST(BadRules, DuplicateIdsAcrossFoldersNameBothFiles) {
  TempDir dir;
  EarlierReport earlier(dir);
  std::string first = dir.Write("team/doubled.yaml", kDoubledRule);
  std::string second = dir.Write("mine/style/doubled.yaml", kDoubledRule);
  std::vector<std::string> folders = {"--rules", (dir.path() / "team").string(), "--rules",
                                      (dir.path() / "mine").string()};
  const std::string message =
      "factlint: " + second + ":1: id: 'doubled' is already defined by " + first + "\n";
  CliResult check = RunCli(Concat(Concat({"check", earlier.article()}, folders), earlier.Output()));
  EXPECT_EQ(check.exit_code, 2);
  EXPECT_EQ(check.err, message);
  EXPECT_TRUE(earlier.Intact());
  CliResult list = RunCli(Concat({"rules", "list"}, folders));
  EXPECT_EQ(list.exit_code, 2);
  EXPECT_EQ(list.err, message);
  // A user rule with the id of a shipped one names the shipped file.
  std::string shadow = dir.Write("shadow/repeated-word.yaml",
                                 "id: repeated-word\nkind: repetition\nseverity: warning\n"
                                 "message: 'doubled \"{word}\"'\n");
  CliResult shadowed = RunCli({"rules", "list", "--rules", (dir.path() / "shadow").string()});
  EXPECT_EQ(shadowed.exit_code, 2);
  EXPECT_EQ(shadowed.err,
            "factlint: " + shadow + ":1: id: 'repeated-word' is already defined by " +
                (testing::BinaryDir() / "rules" / "language" / "repeated-word.yaml").string() +
                "\n");
}

}  // namespace
}  // namespace factlint
