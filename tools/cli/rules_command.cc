// factlint rules list | rules explain ID
#include <fmt/format.h>

#include <iostream>

#include "commands.h"
#include "factlint/rules.h"

namespace factlint::cli {
namespace {

struct RulesArgs {
  std::vector<std::string> folders;        // --rules before the subcommand
  std::vector<std::string> folders_after;  // --rules after it
  std::string id;
};

StatusOr<RuleSet> LoadRules(const RulesArgs& args) {
  std::vector<std::string> folders = args.folders;
  folders.insert(folders.end(), args.folders_after.begin(), args.folders_after.end());
  FACTLINT_RETURN_IF_ERROR(CheckRuleFolderFlags(folders));
  return RuleSet::Load(ChooseRuleFolders({}, folders));
}

int RunList(const RulesArgs& args) {
  StatusOr<RuleSet> rules = LoadRules(args);
  if (!rules.ok()) return Fail(rules.status().message());
  for (const RuleInfo& rule : rules->rules()) {
    std::cout << fmt::format("{:<22} {:<12} {:<8} {}\n", rule.id, rule.kind,
                             SeverityName(rule.severity), rule.summary);
  }
  return kExitOk;
}

int RunExplain(const RulesArgs& args) {
  StatusOr<RuleSet> rules = LoadRules(args);
  if (!rules.ok()) return Fail(rules.status().message());
  const RuleInfo* rule = rules->Find(args.id);
  if (rule == nullptr)
    return Fail(fmt::format("no rule '{}' (see 'factlint rules list')", args.id));
  std::cout << RuleHelp(*rule);
  return kExitOk;
}

}  // namespace

void AddRulesCommand(CLI::App& app, std::function<int()>* run) {
  auto args = std::make_shared<RulesArgs>();
  CLI::App* rules = app.add_subcommand("rules", "List and explain the rules");
  rules->require_subcommand(1);
  // --rules before or after the subcommand: 'rules --rules DIR list' and 'rules list --rules DIR'.
  auto add_folders = [](CLI::App* cmd, std::vector<std::string>* folders) {
    cmd->add_option("--rules", *folders, "Another folder of rule files (repeatable)")
        ->allow_extra_args(false);
  };
  add_folders(rules, &args->folders);
  CLI::App* list = rules->add_subcommand("list", "List the rules: id, kind, severity, summary");
  add_folders(list, &args->folders_after);
  list->callback([args, run] { *run = [args] { return RunList(*args); }; });
  CLI::App* explain = rules->add_subcommand("explain", "Print a rule's documentation");
  explain->add_option("id", args->id, "Rule id")->required();
  add_folders(explain, &args->folders_after);
  explain->callback([args, run] { *run = [args] { return RunExplain(*args); }; });
}

}  // namespace factlint::cli
