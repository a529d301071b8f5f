// Fuzzes RuleSet::LoadFile (engine/rules) with arbitrary bytes as a YAML rule file: the YAML
// parse, the fields, the kind's parameter checks, the message template, RE2 compilation of
// `pattern` expressions (hostile ones are in the seeds) and the `examples:`. The file is named
// after the input's `id:` so that the id check passes and the fuzzer reaches the kinds. Checks:
//  * loading returns OK or kInvalidArgument, never crashes or throws;
//  * a rule that loads has the id of its file, and running it over each of its own examples
//    (and a fixed article) gives findings whose spans lie inside the text.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "factlint/claims.h"
#include "factlint/document.h"
#include "factlint/rules.h"
#include "fuzz_util.h"

namespace {

using namespace factlint;  // NOLINT: a harness, not a library
using fuzz::Check;

// The value of the input's first "id:" line when it is a plausible file name, else "rule".
std::string FileStem(std::string_view input) {
  size_t at = input.starts_with("id:") ? 0 : input.find("\nid:");
  if (at == std::string_view::npos) return "rule";
  at = input.find(':', at) + 1;
  while (at < input.size() && input[at] == ' ') ++at;
  std::string stem;
  for (; at < input.size() && stem.size() < 64; ++at) {
    const char c = input[at];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) break;
    stem += c;
  }
  return stem.empty() ? "rule" : stem;
}

void RunOn(const RuleSet& rules, const std::string& text) {
  auto doc = Document::Read("example.md", text);
  if (!doc.ok()) return;
  const Claims claims = ExtractClaims(**doc);
  const RuleOutput output =
      rules.Run({**doc, claims, nullptr,
                 Date{std::chrono::year(2022), std::chrono::month(2), std::chrono::day(8)}});
  for (const Finding& finding : output.findings) {
    fuzz::CheckSpan(finding.span, (*doc)->text().size(), "finding of " + finding.rule);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string stem = FileStem(input);
  const std::string path = fuzz::WriteScratchFile(data, size, stem + ".yaml");
  auto rules = RuleSet::LoadFile(path);
  std::filesystem::remove(path);
  if (!rules.ok()) {
    fuzz::CheckInputStatus(rules.status(), "RuleSet::LoadFile");
    return 0;
  }
  Check(rules->rules().size() == 1 && rules->rules()[0].id == stem, "the id is the file name");
  for (const RuleExample& example : rules->rules()[0].examples) RunOn(*rules, example.text);
  RunOn(*rules, "The the council said it would spend $5 million (about €4.4 million) in 2022.\n");
  return 0;
}
