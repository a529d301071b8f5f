// Many files at once: --jobs, the ndjson stream (alone and split across GNU parallel workers),
// and the same report whatever the order the rules are read in.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "test_support.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;
using testing::RunCli;
using testing::TempDir;

fs::path Examples() { return testing::SourceDir() / "examples"; }

// A folder of drafts: each example article several times under different names, a clean draft
// and one that cannot be read as UTF-8.
void WriteDrafts(const TempDir& dir) {
  for (const auto& entry : fs::directory_iterator(Examples())) {
    std::string text = testing::ReadFile(entry.path());
    for (int copy = 0; copy < 5; ++copy) {
      dir.Write("drafts/" + std::to_string(copy) + "/" + entry.path().filename().string(), text);
    }
  }
  dir.Write("drafts/clean.md", "---\ndate: 2022-02-07\n---\nThe council met on Monday.\n");
  dir.Write("drafts/broken.md", "The council met \xff on Monday.\n");
}

// `args` run with -j1 and -j4: the same stdout, stderr and exit code.
void ExpectSameWithOneAndFourJobs(std::vector<std::string> args) {
  std::vector<std::string> one = args;
  one.insert(one.end(), {"--jobs", "1"});
  std::vector<std::string> four = args;
  four.insert(four.end(), {"--jobs", "4"});
  testing::CliResult a = RunCli(one);
  testing::CliResult b = RunCli(four);
  EXPECT_EQ(a.exit_code, 2) << a.err;  // the broken draft
  EXPECT_EQ(a.exit_code, b.exit_code);
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.err, b.err);
}

TEST(Batch, TheReportIsTheSameWhateverTheNumberOfJobs) {
  TempDir dir;
  WriteDrafts(dir);
  std::string drafts = (dir.path() / "drafts").string();
  for (const char* format : {"text", "json", "sarif", "markdown"}) {
    SCOPED_TRACE(format);
    ExpectSameWithOneAndFourJobs({"check", drafts, "--format", format, "--color", "never"});
  }
}

// The shipped rule files spread over three folders in a shuffled way, read in a shuffled order,
// by a copy of the program that has no rules beside it: the report must not change.
TEST(Batch, TheReportIsTheSameWhateverOrderTheRulesAreReadIn) {
  TempDir dir;
  fs::create_directories(dir.path() / "bin");
  fs::copy_file(testing::BinaryDir() / "factlint", dir.path() / "bin" / "factlint");
  std::vector<fs::path> rule_files;
  for (const auto& entry : fs::recursive_directory_iterator(testing::SourceDir() / "rules")) {
    if (entry.path().extension() == ".yaml") rule_files.push_back(entry.path());
  }
  std::sort(rule_files.begin(), rule_files.end());
  ASSERT_GE(rule_files.size(), 13u);

  auto run = [&](const fs::path& program, const std::vector<std::string>& folders, int jobs) {
    std::vector<std::string> args = {"check",  Examples().string(), "--format",
                                     "json",   "--corpus",          testing::DefaultCorpus(),
                                     "--jobs", std::to_string(jobs)};
    for (const std::string& folder : folders) args.insert(args.end(), {"--rules", folder});
    return testing::RunProgram(program.string(), args);
  };
  testing::CliResult baseline =
      RunCli({"check", Examples().string(), "--format", "json", "--jobs", "1"});
  ASSERT_EQ(baseline.exit_code, 1) << baseline.err;

  for (unsigned seed : {1u, 2u, 3u}) {
    SCOPED_TRACE(seed);
    std::mt19937 random(seed);
    std::vector<fs::path> shuffled = rule_files;
    std::shuffle(shuffled.begin(), shuffled.end(), random);
    std::vector<std::string> folders;
    for (int f = 0; f < 3; ++f) {
      folders.push_back(
          (dir.path() / ("rules-" + std::to_string(seed) + "-" + std::to_string(f))).string());
    }
    for (size_t i = 0; i < shuffled.size(); ++i) {
      fs::path folder = folders[i % folders.size()];
      fs::create_directories(folder);
      fs::copy_file(shuffled[i], folder / shuffled[i].filename());
    }
    std::shuffle(folders.begin(), folders.end(), random);
    for (int jobs : {1, 4}) {
      testing::CliResult result = run(dir.path() / "bin" / "factlint", folders, jobs);
      EXPECT_EQ(result.exit_code, baseline.exit_code) << result.err;
      EXPECT_EQ(result.out, baseline.out) << "jobs " << jobs;
    }
  }
}

// The example articles as ndjson lines, `copies` times each, and the paths in line order.
std::string ExamplesAsNdjson(int copies, std::vector<std::string>* paths) {
  std::string ndjson;
  for (int copy = 0; copy < copies; ++copy) {
    for (const char* name : {"binance-resolution.md", "council-budget.md"}) {
      std::string path = "archive/" + std::to_string(copy) + "/" + name;
      if (paths != nullptr) paths->push_back(path);
      ndjson += Json{{"path", path}, {"text", testing::ReadFile(Examples() / name)}}.dump() + "\n";
    }
  }
  return ndjson;
}

TEST(Stream, EachResultIsTheJsonReportsEntryForTheFile) {
  std::vector<std::string> paths;
  testing::CliResult stream =
      RunCli({"check", "--stdin-format", "ndjson", "-"}, ExamplesAsNdjson(1, &paths));
  EXPECT_EQ(stream.exit_code, 1) << stream.err;  // the examples have errors
  EXPECT_EQ(stream.err, "");
  testing::CliResult report =
      RunCli({"check", "--format", "json", (Examples() / "binance-resolution.md").string(),
              (Examples() / "council-budget.md").string()});
  Json files = Json::parse(report.out)["files"];
  std::vector<std::string> lines;
  for (size_t at = 0, next; (next = stream.out.find('\n', at)) != std::string::npos;
       at = next + 1) {
    lines.push_back(stream.out.substr(at, next - at));
  }
  ASSERT_EQ(lines.size(), 2u);
  for (size_t i = 0; i < lines.size(); ++i) {
    Json expected = files[i];
    expected["path"] = paths[i];
    EXPECT_EQ(Json::parse(lines[i]), expected) << paths[i];
  }
}

TEST(Stream, TheLineDateComesAfterDateAndBeforeTheFrontMatter) {
  std::string line =
      Json{{"path", "a.md"}, {"date", "2023-05-02"}, {"text", "---\ndate: 2020-01-01\n---\nHi.\n"}}
          .dump() +
      "\n";
  EXPECT_EQ(Json::parse(RunCli({"check", "--stdin-format", "ndjson", "-"}, line).out)["date"],
            "2023-05-02");
  EXPECT_EQ(
      Json::parse(RunCli({"check", "--stdin-format", "ndjson", "--date", "2024-01-31", "-"}, line)
                      .out)["date"],
      "2024-01-31");
}

TEST(Stream, ABadLineGivesAnErrorResultInItsPlaceAndExitTwo) {
  std::string input =
      "{\"path\": \"a.md\", \"text\": \"The the end.\"}\n"
      "not json\n"
      "\n"
      "[1, 2]\n"
      "{\"path\": \"b.md\"}\n"
      "{\"path\": \"c.md\", \"text\": 5}\n"
      "{\"path\": \"d.md\", \"date\": \"2022-02-30\", \"text\": \"x\"}\n"
      "{\"path\": \"e.md\", \"text\": \"caf\\u00e9 ok\"}\n";
  testing::CliResult run =
      RunCli({"check", "--stdin-format", "ndjson", "--stdin-filename", "feed.ndjson", "-"}, input);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "factlint: error: 5 lines of feed.ndjson were not an article (the result in its place "
            "has \"error\")\n");
  std::vector<Json> results;
  for (size_t at = 0, next; (next = run.out.find('\n', at)) != std::string::npos; at = next + 1) {
    results.push_back(Json::parse(run.out.substr(at, next - at)));
  }
  ASSERT_EQ(results.size(), 7u);
  EXPECT_EQ(results[0]["findings"][0]["rule"], "repeated-word");
  EXPECT_EQ(
      results[1].dump(),
      R"json({"path":"feed.ndjson:2","error":"feed.ndjson:2: not a JSON value (one JSON object per line)"})json");
  EXPECT_EQ(results[2]["error"], "feed.ndjson:4: expected a JSON object with \"text\"");
  EXPECT_EQ(results[3].dump(), R"json({"path":"b.md","error":"feed.ndjson:5: text: missing"})json");
  EXPECT_EQ(results[4]["error"], "feed.ndjson:6: text: expected a string");
  EXPECT_EQ(results[5]["error"], "feed.ndjson:7: date: expected YYYY-MM-DD, got '2022-02-30'");
  EXPECT_EQ(results[6]["path"], "e.md");
  EXPECT_EQ(results[6]["findings"].size(), 0u);
}

// An archive split across workers as a cluster would split it (GNU parallel --pipe), each worker
// a separate process on the same read-only corpus: the joined output is the single run's.
TEST(Stream, SplitAcrossGnuParallelWorkersGivesTheSameLines) {
  if (std::system("command -v parallel >/dev/null 2>&1") != 0) {
    if (const char* ci = std::getenv("CI"); ci != nullptr && std::string(ci) == "true") {
      FAIL() << "GNU parallel is not installed (tools/dev test installs it)";
    }
    GTEST_SKIP() << "install GNU parallel (tools/dev test does)";
  }
  TempDir dir;
  std::string input = dir.Write("archive.ndjson", ExamplesAsNdjson(15, nullptr));
  testing::CliResult single =
      RunCli({"check", "--stdin-format", "ndjson", "--jobs", "1", "-"}, testing::ReadFile(input));
  ASSERT_EQ(single.exit_code, 1) << single.err;
  fs::path corpus = dir.path() / "corpus.db";
  fs::copy_file(testing::DefaultCorpus(), corpus);
  fs::permissions(corpus, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  std::string output = (dir.path() / "out.ndjson").string();
  std::string command = "parallel --will-cite --pipe -N 4 -j 3 --keep-order '" +
                        (testing::BinaryDir() / "factlint").string() +
                        "' check --stdin-format ndjson --jobs 1 --corpus '" + corpus.string() +
                        "' - < '" + input + "' > '" + output + "'";
  // parallel exits with the number of workers that failed: every chunk has findings (exit 1).
  int status = std::system(command.c_str());
  ASSERT_NE(status, -1);
  EXPECT_EQ(testing::ReadFile(output), single.out);
}

}  // namespace
}  // namespace factlint
