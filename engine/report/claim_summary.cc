#include "engine/report/claim_summary.h"

#include <fmt/format.h>

#include <cmath>

namespace factlint {
namespace {

using Json = nlohmann::ordered_json;

// 50000000 -> "50,000,000"; 0.873591 -> "0.873591".
std::string FormatNumber(const Json& number) {
  double value = number.get<double>();
  if (std::abs(value) >= 1e15 || value != std::floor(value)) return fmt::format("{}", value);
  std::string digits = fmt::format("{}", static_cast<long long>(std::abs(value)));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  if (value < 0) out.insert(out.begin(), '-');  // not "-" + out: GCC 12 -O3 warns (PR 105329)
  return out;
}

std::string FormatValue(const Json& value);

// {"value", "unit", "qualifier"} as "50,000,000 USD (about)"; the other fields after it.
std::string FormatAmount(const Json& object) {
  std::string out = FormatNumber(object["value"]);
  if (object.contains("unit") && object["unit"].is_string()) {
    out += ' ';  // not " " + unit: GCC 12 -O3 warns (PR 105329)
    out += object["unit"].get<std::string>();
  }
  if (object.contains("qualifier") && object["qualifier"] != "exact") {
    out += " (" + FormatValue(object["qualifier"]) + ")";
  }
  return out;
}

std::string FormatFields(const Json& object) {
  std::string out;
  auto add = [&out](const std::string& part) {
    if (part.empty()) return;
    if (!out.empty()) out += " · ";
    out += part;
  };
  bool amount = object.contains("value") && object["value"].is_number();
  if (amount) add(FormatAmount(object));
  for (const auto& [key, value] : object.items()) {
    if (amount && (key == "value" || key == "unit" || key == "qualifier")) continue;
    if (key == "content") continue;
    if ((value.is_string() && value.get<std::string>().empty()) || value == false ||
        value.is_null()) {
      continue;
    }
    add(value == true ? key : key + ": " + FormatValue(value));
  }
  return out;
}

std::string FormatValue(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return FormatNumber(value);
  if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
  if (value.is_object()) return FormatFields(value);
  if (value.is_array()) {
    if (value.size() == 2 && value[0].is_string() && value[1].is_string()) {
      return value[0] == value[1] ? value[0].get<std::string>()
                                  : fmt::format("{} to {}", value[0].get<std::string>(),
                                                value[1].get<std::string>());
    }
    std::string out;
    for (const Json& item : value) out += (out.empty() ? "" : ", ") + FormatValue(item);
    return out;
  }
  return value.dump();
}

}  // namespace

std::string SummarizeNormalized(const Json& normalized) {
  return normalized.is_object() ? FormatFields(normalized) : FormatValue(normalized);
}

}  // namespace factlint
