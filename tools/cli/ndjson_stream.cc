#include "ndjson_stream.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <vector>

namespace factlint::cli {
namespace {

// One line of the stream, read: an article to check, or the reason it is not one.
struct StreamArticle {
  std::string path;
  std::string text;
  std::optional<Date> date;
  Status error;
};

StreamArticle ParseLine(const std::string& line, const std::string& name, size_t number) {
  StreamArticle article;
  article.path = fmt::format("{}:{}", name, number);
  auto fail = [&](std::string_view field, std::string_view problem) {
    article.error = InvalidArgumentError(
        field.empty() ? fmt::format("{}:{}: {}", name, number, problem)
                      : fmt::format("{}:{}: {}: {}", name, number, field, problem));
    return article;
  };
  nlohmann::json json = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return fail("", "not a JSON value (one JSON object per line)");
  if (!json.is_object()) return fail("", "expected a JSON object with \"text\"");
  if (json.contains("path")) {
    if (!json["path"].is_string()) return fail("path", "expected a string");
    article.path = json["path"].get<std::string>();
  }
  if (!json.contains("text")) return fail("text", "missing");
  if (!json["text"].is_string()) return fail("text", "expected a string");
  article.text = json["text"].get<std::string>();
  if (json.contains("date") && !json["date"].is_null()) {
    if (!json["date"].is_string()) return fail("date", "expected a YYYY-MM-DD string");
    std::string date = json["date"].get<std::string>();
    article.date = ParseIsoDate(date);
    if (!article.date) return fail("date", fmt::format("expected YYYY-MM-DD, got '{}'", date));
  }
  return article;
}

}  // namespace

StreamOutcome CheckNdjsonStream(const CheckerPool& pool, const std::string& name,
                                const JsonOptions& options, std::istream& in, std::ostream& out) {
  // Up to this many lines are checked together, to keep every checker busy; the memory held is
  // this many articles and results. A batch is cut short when no more input is waiting, so that
  // a line that arrives alone is answered at once.
  const size_t batch_size = pool.size() * 16;
  StreamOutcome outcome;
  size_t line_number = 0;
  std::vector<StreamArticle> batch;
  std::vector<FileResult> results;
  std::string line;
  bool more = true;
  while (more) {
    batch.clear();
    while (batch.size() < batch_size && (batch.empty() || in.rdbuf()->in_avail() > 0) &&
           (more = static_cast<bool>(std::getline(in, line)))) {
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      batch.push_back(ParseLine(line, name, line_number));
    }
    results.assign(batch.size(), FileResult{});
    pool.ForEach(batch.size(), [&](size_t i, const Checker& checker) {
      StreamArticle& article = batch[i];
      if (!article.error.ok()) {
        results[i].path = article.path;
        results[i].error = article.error;
        return;
      }
      results[i] = checker.CheckBytes(article.path, std::move(article.text), article.date);
    });
    for (const FileResult& result : results) {
      WriteJsonLine(result, options, out);
      if (!result.error.ok()) ++outcome.bad_lines;
      for (const Finding& finding : result.findings) {
        if (!outcome.worst || finding.severity > *outcome.worst) outcome.worst = finding.severity;
      }
    }
    out.flush();
  }
  return outcome;
}

}  // namespace factlint::cli
