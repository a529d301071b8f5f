// Rule files that are wrong in every way a user can get them wrong: each gives one exact message.
#include <gtest/gtest.h>

#include "factlint/rules.h"
#include "test_support.h"

namespace factlint {
namespace {

using testing::TempDir;

constexpr char kGood[] = R"(id: doubled
kind: repetition
severity: warning
message: 'doubled "{word}"'
)";

std::string LoadError(const std::string& name, const std::string& text) {
  TempDir dir;
  std::string path = dir.Write("rules/" + name, text);
  auto rules = RuleSet::Load({(dir.path() / "rules").string()});
  if (rules.ok()) return "loaded";
  EXPECT_EQ(rules.status().code(), StatusCode::kInvalidArgument);
  std::string message = rules.status().message();
  // Report the message relative to the temp folder.
  size_t at = message.find(path);
  if (at != std::string::npos) message.replace(at, path.size(), name);
  return message;
}

TEST(RuleLoading, AGoodRuleLoads) { EXPECT_EQ(LoadError("doubled.yaml", kGood), "loaded"); }

TEST(RuleLoading, IdMustBeTheFileName) {
  EXPECT_EQ(LoadError("other.yaml", kGood),
            "other.yaml:1: id: 'doubled' differs from the file name 'other'");
}

TEST(RuleLoading, UnknownKind) {
  EXPECT_EQ(LoadError("x.yaml", "id: x\nkind: magic\nseverity: error\nmessage: m\n"),
            "x.yaml:2: kind: unknown kind 'magic' (known kinds: attribution, conversion, figure, "
            "layout, pattern, punctuation, quote, repetition, role, spelling)");
}

TEST(RuleLoading, BadSeverity) {
  EXPECT_EQ(LoadError("x.yaml", "id: x\nkind: repetition\nseverity: fatal\nmessage: m\n"),
            "x.yaml:3: severity: expected error, warning or info, got 'fatal'");
}

TEST(RuleLoading, MissingMessage) {
  EXPECT_EQ(LoadError("x.yaml", "id: x\nkind: repetition\nseverity: info\n"),
            "x.yaml:1: message: is required");
}

TEST(RuleLoading, UnknownTopLevelKey) {
  EXPECT_EQ(LoadError("x.yaml", "id: x\nkind: repetition\nseverity: info\nmesage: m\n"),
            "x.yaml:4: mesage: unknown key (expected one of id, kind, severity, message, "
            "parameters, summary, why, example, references, examples)");
}

TEST(RuleLoading, MessageFieldTheKindDoesNotHave) {
  EXPECT_EQ(LoadError("x.yaml", "id: x\nkind: repetition\nseverity: info\nmessage: 'no {wrod}'\n"),
            "x.yaml:4: message: argument not found (the fields of kind repetition are {word})");
}

TEST(RuleLoading, ParameterOfTheWrongType) {
  EXPECT_EQ(LoadError("x.yaml",
                      "id: x\nkind: conversion\nseverity: info\nmessage: m\nparameters:\n"
                      "  tolerance: lots\n"),
            "x.yaml:6: parameters.tolerance: expected a number, got 'lots'");
}

TEST(RuleLoading, ParameterOutOfRange) {
  EXPECT_EQ(LoadError("x.yaml",
                      "id: x\nkind: conversion\nseverity: info\nmessage: m\nparameters:\n"
                      "  tolerance: 5\n"),
            "x.yaml:6: parameters.tolerance: expected a fraction from 0 to below 1, such as 0.02");
}

TEST(RuleLoading, UnknownParameter) {
  EXPECT_EQ(LoadError("x.yaml",
                      "id: x\nkind: repetition\nseverity: info\nmessage: m\nparameters:\n"
                      "  allow: [had]\n  alow: [that]\n"),
            "x.yaml:7: parameters.alow: unknown parameter");
}

TEST(RuleLoading, BrokenYaml) {
  EXPECT_EQ(LoadError("x.yaml", "id: x\nkind: [repetition\nseverity: info\n"),
            "x.yaml:3: yaml: end of sequence flow not found");
}

TEST(RuleLoading, DuplicateIdAcrossFolders) {
  TempDir dir;
  dir.Write("a/doubled.yaml", kGood);
  std::string second = dir.Write("b/doubled.yaml", kGood);
  auto rules = RuleSet::Load({(dir.path() / "a").string(), (dir.path() / "b").string()});
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().message(), second + ":1: id: 'doubled' is already defined by " +
                                          (dir.path() / "a" / "doubled.yaml").string());
}

TEST(RuleLoading, MissingFolder) {
  auto rules = RuleSet::Load({"/nonexistent/rules"});
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(rules.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(rules.status().message(), "/nonexistent/rules: rules folder not found");
}

}  // namespace
}  // namespace factlint
