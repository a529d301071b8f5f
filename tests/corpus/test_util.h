// Helpers for the corpus tests: a temporary folder, and a small corpus written into it.
#ifndef FACTLINT_TESTS_CORPUS_TEST_UTIL_H_
#define FACTLINT_TESTS_CORPUS_TEST_UTIL_H_

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace factlint::testing {

// The shared TempDir, with paths as the strings the corpus reports them in (normalized, so that
// they compare equal to the paths in build messages).
class CorpusDir : public TempDir {
 public:
  // `relative` joined to the folder: "<tmp>/sources/un.yaml".
  std::string Path(const std::string& relative) const {
    return (path() / relative).lexically_normal().generic_string();
  }

  // The names of the entries of the folder `relative` ("" for the folder itself), sorted.
  std::vector<std::string> List(const std::string& relative = "") const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path() / relative)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
};

// A small corpus in the layout of corpus/: entities, measures, a lexicon, five source documents
// (two of them the sources of the two rate files).
inline void WriteSmallCorpus(const CorpusDir& dir) {
  dir.Write("src/entities.yaml", R"(entities:
  - id: north-korea
    name: North Korea
    type: country
    aliases: [DPRK, "Democratic People's Republic of Korea"]
  - id: united-states
    name: United States
    type: country
    aliases: [US, U.S., America, united  STATES]
  - id: biden
    name: Joe Biden
    type: person
    aliases: [Biden]
    roles:
      - {role: president, of: united-states, from: 2021-01-20, to: 2025-01-20}
      - {role: vice president, of: united-states, from: 2009-01-20, to: 2017-01-20}
  - id: lazarus
    name: Lazarus Group
    type: group
    aliases: [Lazarus, Hidden Cobra]
    relations:
      - {relation: associated-with, object: north-korea, note: widely reported}
  - id: apt38
    name: APT38
    type: group
    aliases: [APT 38]
  - id: un-panel
    name: UN Panel of Experts
    type: organisation
    url: https://www.un.org/securitycouncil/sanctions/1718/panel_experts
  - id: fireeye
    name: FireEye
    type: company
    aliases: [Mandiant]
    history:
      - {date: 2021-10-05, note: FireEye Inc. renamed itself Mandiant}
  - id: chainalysis
    name: Chainalysis
    type: company
  - id: korea-a
    name: Korea Alpha
    type: country
    aliases: [Korea]
  - id: korea-b
    name: Korea Beta
    type: country
  - id: yonhap
    name: Yonhap News Agency
    type: organisation
    aliases: [Yonhap]
  - id: jcs
    name: Joint Chiefs of Staff
    type: organisation
    aliases: [JCS]
  - id: ecb
    name: European Central Bank
    type: organisation
    aliases: [ECB]
)");
  dir.Write("src/measures.yaml", R"(measures:
  crypto-stolen: [stole, Stolen, theft, stole]
  missile-launches:
    cues: [launches, fired]
    unit_kind: count
    description: ballistic missiles launched
)");
  dir.Write("src/lexicon/crypto.yaml", R"(terms: [altcoins, stablecoins, Ethereum]
misspellings:
  alcoints: altcoins
  Etherium: Ethereum
)");
  dir.Write("src/sources/un-panel-2022.yaml", R"(id: un-panel-2022
title: Annual report of the UN Panel of Experts on the DPRK
publisher: UN Panel of Experts
kind: report
published: 2022-02-04
url: https://example.org/un
statements:
  - id: crypto-theft-2020-2021
    text: "According to a member state, DPRK cyber actors stole more than US$50 million between 2020 and mid-2021 from at least three cryptocurrency exchanges in North America, Europe and Asia"
    locator: "as quoted by Reuters, 5 Feb 2022"
    subject: North Korea
    measure: crypto-stolen
    value: 50000000
    unit: USD
    qualifier: more-than
    period: [2020-01-01, 2021-06-30]
  - id: revenue-source
    text: "cyber attacks, particularly on cryptocurrency assets, remain an important revenue source"
    subject: dprk
quotes:
  - id: missile-forces
    speaker: UN Panel of Experts
    text: "DPRK demonstrated increased capabilities for rapid deployment, wide mobility (including at sea), and improved resilience of its missile forces"
    locator: summary
    said: 2022-02-04
)");
  dir.Write("src/sources/fireeye-2018.yaml", R"(id: fireeye-2018
title: "APT38: Details on New North Korean Regime-Backed Threat Group"
publisher: FireEye
kind: report
published: 2018-10-03
url: https://example.org/fireeye
relations:
  - id: apt38-separate
    subject: apt38
    relation: distinct-from
    object: lazarus
    text: "distinct enough to be tracked separately from other North Korean cyber activity"
    locator: blog post
)");
  dir.Write("src/sources/yonhap-2022.yaml", R"(id: yonhap-2022
title: N. Korea fired nine ballistic missiles in January
publisher: Yonhap News Agency
kind: article
published: 2022-02-11
statements:
  - id: nine-missiles
    text: "North Korea fired nine ballistic missiles in seven rounds of launches in January"
    subject: Korea
    measure: missile-launches
    value: 7
    unit: launches
    period: [2022-01-01, 2022-01-31]
quotes:
  - id: jcs-cruise
    speaker: JCS
    text: "the launches were tests of long-range cruise missiles"
)");
  dir.Write("src/fx/ecb-eurofxref.csv",
            "Date,USD,JPY,\n"
            "2022-02-07,1.1447,131.87,\n"
            "2022-02-04,1.1464,131.72,\n"
            "2022-02-03,1.1286,N/A,\n"
            "\n");
  dir.Write("src/sources/ecb-eurofxref.yaml", R"(id: ecb-eurofxref
title: Euro foreign exchange reference rates
publisher: ECB
kind: dataset
url: https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html
)");
  dir.Write("src/sources/custom-fx.yaml", R"(id: custom-fx
title: Custom rates
publisher: Chainalysis
kind: dataset
)");
  dir.Write("src/fx/custom-fx.csv", "Date,GBP\r\n2022-02-04,0.8450\r\n");
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_CORPUS_TEST_UTIL_H_
