// Fuzzes ExtractClaims (engine/extract), every pass in the order the stage runs them: money and
// conversions, quantities, times, entity mentions, roles, relations, quotes, attributions and the
// context pass. Each input is read as a Document and extracted twice: without a gazetteer and
// date, and with the gazetteer of the default corpus (compiled from corpus/ at start-up) and a
// date, which wakes the passes that need names. Beyond "no crash":
//  * every span of every claim (and its number, unit, content, speaker, cue and source spans)
//    lies inside text(); a claim's context.time is an index into Claims::times;
//  * extraction is deterministic: the same document gives the same JSON twice;
//  * the claims ledger written by WriteJson and WriteJsonLine (what `factlint extract` prints)
//    is valid JSON that nlohmann parses back, one entry per ledger claim, each span inside the
//    original bytes.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/rules/ledger.h"
#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"
#include "factlint/report.h"
#include "fuzz_util.h"

namespace {

using namespace factlint;  // NOLINT: a harness, not a library
using fuzz::Check;
using fuzz::CheckSpan;

const Gazetteer* gazetteer = nullptr;

void CheckContext(const ClaimContext& context, const Claims& claims) {
  Check(!context.time || *context.time < claims.times.size(), "context.time indexes times");
}

void CheckMoney(const MoneyAmount& m, const Claims& claims, size_t n) {
  CheckSpan(m.span, n, "money");
  CheckSpan(m.number_span, n, "money number");
  CheckContext(m.context, claims);
}

void CheckClaims(const Claims& claims, size_t n) {
  for (const auto& m : claims.money) CheckMoney(m, claims, n);
  for (const auto& c : claims.conversions) {
    CheckSpan(c.span, n, "conversion");
    CheckMoney(c.from, claims, n);
    CheckMoney(c.to, claims, n);
  }
  for (const auto& q : claims.quantities) {
    CheckSpan(q.span, n, "quantity");
    CheckSpan(q.number_span, n, "quantity number");
    CheckSpan(q.unit_span, n, "quantity unit");
    CheckContext(q.context, claims);
  }
  for (const auto& t : claims.times) CheckSpan(t.span, n, "time");
  for (const auto& q : claims.quotes) {
    CheckSpan(q.span, n, "quote");
    CheckSpan(q.content, n, "quote content");
    CheckSpan(q.speaker_span, n, "quote speaker");
    CheckSpan(q.cue_span, n, "quote cue");
  }
  for (const auto& e : claims.entities) CheckSpan(e.span, n, "entity");
  for (const auto& r : claims.roles) {
    CheckSpan(r.span, n, "role");
    CheckContext(r.context, claims);
  }
  for (const auto& r : claims.relations) {
    CheckSpan(r.span, n, "relation");
    CheckContext(r.context, claims);
  }
  for (const auto& a : claims.attributions) {
    CheckSpan(a.span, n, "attribution");
    CheckSpan(a.source_span, n, "attribution source");
  }
}

// The ledger as `factlint extract` prints it, through WriteJson and WriteJsonLine; both must
// parse. Returns the WriteJson text.
std::string CheckJson(const std::shared_ptr<const Document>& doc, const Claims& claims, Date date) {
  FileResult file;
  file.path = doc->path();
  file.document = doc;
  file.date = date;
  file.claims = rules_internal::Ledger(*doc, claims).Take();
  for (const ClaimEntry& entry : file.claims) CheckSpan(entry.span, doc->text().size(), "ledger");

  std::ostringstream line;
  WriteJsonLine(file, {}, line);
  const std::string line_text = line.str();
  Check(line_text.find('\n') + 1 == line_text.size(), "WriteJsonLine writes one line");
  auto line_json = nlohmann::json::parse(line_text, nullptr, /*allow_exceptions=*/false);
  Check(!line_json.is_discarded(), "WriteJsonLine output parses");

  Report report;
  report.files.push_back(file);
  std::ostringstream out;
  WriteJson(report, out);
  auto json = nlohmann::json::parse(out.str(), nullptr, /*allow_exceptions=*/false);
  Check(!json.is_discarded(), "WriteJson output parses");
  const auto& claims_json = json["files"][0]["claims"];
  Check(claims_json.size() == file.claims.size(), "one JSON claim per ledger claim");
  Check(claims_json == line_json["claims"], "WriteJson and WriteJsonLine give the same claims");
  for (const auto& c : claims_json) {
    const size_t start = c["span"]["start"], end = c["span"]["end"];
    CheckSpan({start, end}, doc->original().size(), "JSON claim span");
  }
  return out.str();
}

void ExtractAndCheck(const std::shared_ptr<const Document>& doc, const ExtractOptions& options) {
  const Claims claims = ExtractClaims(*doc, options);
  CheckClaims(claims, doc->text().size());
  const Date date = options.date.value_or(Date{});
  const std::string json = CheckJson(doc, claims, date);
  Check(CheckJson(doc, ExtractClaims(*doc, options), date) == json,
        "ExtractClaims is deterministic");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const std::string db = "/tmp/factlint-fuzz-corpus-" + std::to_string(getpid()) + ".db";
  Status built = BuildCorpus({FACTLINT_SOURCE_DIR "/corpus"}, db);
  if (!built.ok()) fuzz::Fail("cannot build the default corpus: " + built.ToString());
  auto corpus = Corpus::Open(db);
  if (!corpus.ok()) fuzz::Fail("cannot open the default corpus: " + corpus.status().ToString());
  auto gaz = Gazetteer::FromCorpus(**corpus);
  if (!gaz.ok()) fuzz::Fail("cannot read the gazetteer: " + gaz.status().ToString());
  gazetteer = new Gazetteer(std::move(*gaz));
  std::remove(db.c_str());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto read = Document::Read("fuzz.md", std::string(reinterpret_cast<const char*>(data), size));
  if (!read.ok()) return 0;  // fuzz_document checks the reader
  ExtractAndCheck(*read, {});
  ExtractOptions options;
  options.date = factlint::ParseIsoDate("2022-02-08");
  options.gazetteer = gazetteer;
  ExtractAndCheck(*read, options);
  return 0;
}
