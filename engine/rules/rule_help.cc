// A rule's documentation as `factlint rules explain` prints it and SARIF carries it.
#include <fmt/format.h>

#include <sstream>

#include "factlint/rules.h"

namespace factlint {
namespace {

// Each line of `text` indented by four spaces: a Markdown code block.
std::string Indented(std::string_view text) {
  std::string out;
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line);) out += "    " + line + "\n";
  return out;
}

// The first of the rule's tested examples that gives a finding.
const RuleExample* FirstFindingExample(const RuleInfo& rule) {
  for (const RuleExample& example : rule.examples) {
    if (!example.findings.empty()) return &example;
  }
  return nullptr;
}

}  // namespace

std::string RuleHelp(const RuleInfo& rule) {
  std::string out =
      fmt::format("{}: {}\n\nKind `{}`, default severity {}, defined in {}.\n", rule.id,
                  rule.summary, rule.kind, SeverityName(rule.severity), rule.file);
  if (!rule.why.empty()) out += fmt::format("\n{}\n", rule.why);
  if (!rule.example.empty()) out += fmt::format("\nFor example: {}\n", rule.example);
  if (const RuleExample* example = FirstFindingExample(rule)) {
    out += "\nAn example finding (one of the rule's tested examples";
    if (example->date) out += fmt::format(", article dated {}", FormatIsoDate(*example->date));
    out += "):\n\n" + Indented(example->text) + "\n";
    for (const RuleExampleFinding& finding : example->findings) {
      out += Indented(fmt::format("{}: {} [{}]\n  at \"{}\"", SeverityName(rule.severity),
                                  finding.message, rule.id, finding.text));
    }
  }
  out += fmt::format("\nMessage template: `{}`\n", rule.message);
  if (!rule.parameters_yaml.empty()) {
    out += "\nParameters:\n\n" + Indented(rule.parameters_yaml);
  }
  if (!rule.references.empty()) {
    out += "\nSee:\n";
    for (const std::string& ref : rule.references) out += fmt::format("- {}\n", ref);
  }
  return out;
}

}  // namespace factlint
