// Table-driven tests of the entity, role and relation finders: each invented sentence lists every
// claim it must give (and nothing else), over a small gazetteer built here.
#include "engine/extract/entities.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "engine/extract/relations.h"
#include "engine/extract/roles.h"
#include "factlint/claims.h"
#include "factlint/corpus.h"
#include "factlint/document.h"
#include "factlint/gazetteer.h"

namespace factlint::extract_internal {
namespace {

using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

const Gazetteer& TestGazetteer() {
  static const Gazetteer* const gazetteer = new Gazetteer(
      {
          {"North Korea", "", "north-korea", "country"},
          {"North Korean", "", "north-korea", "country"},
          {"DPRK", "", "north-korea", "country"},
          {"D.P.R.K.", "", "north-korea", "country"},
          {"N. Korea", "", "north-korea", "country"},
          {"Democratic People's Republic of Korea", "", "north-korea", "country"},
          {"United States", "", "united-states", "country"},
          {"the United States", "", "united-states", "country"},
          {"US", "", "united-states", "country"},
          {"U.S.", "", "united-states", "country"},
          {"United Nations", "", "un", "organisation"},
          {"UN", "", "un", "organisation"},
          {"the UN", "", "un", "organisation"},
          {"UN Security Council", "", "un-security-council", "organisation"},
          {"Security Council", "", "un-security-council", "organisation"},
          {"sanctions monitors", "", "un-panel", "organisation"},
          {"APT38", "", "apt38", "group"},
          {"APT 38", "", "apt38", "group"},
          {"Lazarus Group", "", "lazarus", "group"},
          {"the Lazarus Group", "", "lazarus", "group"},
          {"Lazarus", "", "lazarus", "group"},
          {"Hidden Cobra", "", "hidden-cobra", "group"},
          {"TEMP.Hermit", "", "temp-hermit", "group"},
          {"Joe Biden", "", "joe-biden", "person"},
          {"Biden", "", "joe-biden", "person"},
          {"President Biden", "", "joe-biden", "person"},
          {"Sung Kim", "", "sung-kim", "person"},
          {"Special Representative Kim", "", "sung-kim", "person"},
          {"Kim Jong Un", "", "kim-jong-un", "person"},
          {"FireEye", "", "fireeye", "company"},
          {"FireEye, Inc.", "", "fireeye", "company"},
          {"Mandiant", "", "fireeye", "company"},
          {"Google", "", "google", "company"},
          {"dollars", "", "usd", "currency"},
          // One spelling, two entities: ambiguous.
          {"Georgia", "", "georgia-country", "country"},
          {"Georgia", "", "georgia-state", "state"},
      },
      {});
  return *gazetteer;
}

std::shared_ptr<const Document> Read(std::string_view text) {
  auto document = Document::Read("t.md", std::string(text));
  EXPECT_TRUE(document.ok()) << document.status().message();
  return document.ok() ? *document : nullptr;
}

// ---------------------------------------------------------------------------------------------
// Entity mentions: "text as written|entity id", in text order.

struct EntityCase {
  std::string_view input;
  std::vector<std::string> mentions;
};

std::vector<std::string> Mentions(const Document& document, const Gazetteer& gazetteer) {
  std::vector<std::string> out;
  for (const EntityMention& m : FindEntityMentions(document, gazetteer)) {
    out.push_back(std::string(document.TextOf(m.span)) + "|" + m.entity_id);
  }
  return out;
}

class EntityMentionTest : public ::testing::TestWithParam<EntityCase> {};

TEST_P(EntityMentionTest, FindsExactlyTheseMentions) {
  auto document = Read(GetParam().input);
  ASSERT_NE(document, nullptr);
  EXPECT_THAT(Mentions(*document, TestGazetteer()), ElementsAreArray(GetParam().mentions))
      << GetParam().input;
}

const EntityCase kEntityCases[] = {
    {"Investigators tied APT38 to the heist.", {"APT38|apt38"}},
    {"Investigators tied APT 38 to the heist.", {"APT 38|apt38"}},
    {"a crew known as apt-38 struck twice.", {"apt-38|apt38"}},
    {"The DPRK denied everything.", {"DPRK|north-korea"}},
    {"Analysts watched the D.P.R.K. and N. Korea closely.",
     {"D.P.R.K.|north-korea", "N. Korea|north-korea"}},
    {"North Korea's rockets flew east.", {"North Korea|north-korea"}},
    {"The UN\u2019s envoy arrived late.", {"UN|un"}},
    {"Exports to the U.S. fell sharply.", {"U.S.|united-states"}},
    {"The U.S. and the United States are one country.",
     {"U.S.|united-states", "United States|united-states"}},
    {"US officials declined to comment.", {"US|united-states"}},
    {"Let us see what happens next.", {}},
    {"Us against them, he shouted.", {}},
    {"Ce fut un grand jour.", {}},
    {"The UN Security Council met on Monday.", {"UN Security Council|un-security-council"}},
    {"The UN met, and so did the Security Council.",
     {"UN|un", "Security Council|un-security-council"}},
    {"The Democratic People's Republic of Korea protested.",
     {"Democratic People's Republic of Korea|north-korea"}},
    {"officials in north korea were silent.", {"north korea|north-korea"}},
    {"the sanctions monitors wrote again.", {"sanctions monitors|un-panel"}},
    {"It cost fifty dollars.", {"dollars|usd"}},
    {"Georgia passed a new law.", {}},
    {"TEMP.Hermit used new malware.", {"TEMP.Hermit|temp-hermit"}},
    {"FireEye, Inc. published a report.", {"FireEye, Inc.|fireeye"}},
    {"Mandiant and Google announced a deal.", {"Mandiant|fireeye", "Google|google"}},
    {"President Biden spoke first.", {"President Biden|joe-biden"}},
    {"Kim Jong Un met Joe Biden nowhere.", {"Kim Jong Un|kim-jong-un", "Joe Biden|joe-biden"}},
    {"The Lazarus Group struck again.", {"Lazarus Group|lazarus"}},
    {"Bankers feared North\nKorea most.", {"North\nKorea|north-korea"}},
    {"They feared North\n\nKorea most.", {}},
    {"Do not read `North Korea` as a name.", {}},
    {"The apt38 crew, the dprk and the lazarus group.", {"apt38|apt38", "lazarus group|lazarus"}},
};

INSTANTIATE_TEST_SUITE_P(Entities, EntityMentionTest, ::testing::ValuesIn(kEntityCases));

TEST(EntitiesTest, EmptyGazetteerFindsNothing) {
  auto document = Read("North Korea and the US.");
  ASSERT_NE(document, nullptr);
  EXPECT_THAT(FindEntityMentions(*document, Gazetteer({}, {})), IsEmpty());
}

// ---------------------------------------------------------------------------------------------
// Roles: "span|person|person_text|role|organisation|organisation_text".

struct RoleCase {
  std::string_view input;
  std::vector<std::string> roles;
};

std::vector<std::string> Roles(const Document& document, const Gazetteer& gazetteer) {
  std::vector<std::string> out;
  const std::vector<EntityMention> entities = FindEntityMentions(document, gazetteer);
  for (const RoleClaim& r : FindRoles(document, entities, gazetteer)) {
    out.push_back(std::string(document.TextOf(r.span)) + "|" + r.person + "|" + r.person_text +
                  "|" + r.role + "|" + r.organisation + "|" + r.organisation_text);
  }
  return out;
}

class RoleTest : public ::testing::TestWithParam<RoleCase> {};

TEST_P(RoleTest, FindsExactlyTheseRoles) {
  auto document = Read(GetParam().input);
  ASSERT_NE(document, nullptr);
  EXPECT_THAT(Roles(*document, TestGazetteer()), ElementsAreArray(GetParam().roles))
      << GetParam().input;
}

const RoleCase kRoleCases[] = {
    {"Later, Acmecoin chief executive Lee Wen denied the report.",
     {"Acmecoin chief executive Lee Wen||Lee Wen|chief-executive||Acmecoin"}},
    {"Thus the country presided over by Joe Biden chose to wait.",
     {"the country presided over by Joe Biden|joe-biden|Joe Biden|president||the country"}},
    {"Danish prime minister Ada Holm arrived.",
     {"Danish prime minister Ada Holm||Ada Holm|prime-minister||Danish"}},
    {"Ada Holm, the CEO of Brightline, resigned.",
     {"Ada Holm, the CEO of Brightline||Ada Holm|chief-executive||Brightline"}},
    {"Brightline's president Ada Holm resigned.",
     {"Brightline's president Ada Holm||Ada Holm|president||Brightline"}},
    {"Ada Holm, president of Brightline, resigned.",
     {"Ada Holm, president of Brightline||Ada Holm|president||Brightline"}},
    {"Ada Holm, Brightline's chief executive officer, resigned.",
     {"Ada Holm, Brightline's chief executive officer||Ada Holm|chief-executive||Brightline"}},
    {"US President Joe Biden signed the order.",
     {"US President Joe Biden|joe-biden|Joe Biden|president|united-states|US"}},
    {"The U.S. President Joe Biden signed it.",
     {"U.S. President Joe Biden|joe-biden|Joe Biden|president|united-states|U.S."}},
    {"Special Representative for North Korea Sung Kim flew in.",
     {"Special Representative for North Korea Sung Kim|sung-kim|Sung "
      "Kim|special-representative||"}},
    {"US Special Representative for North Korea Sung Kim flew in.",
     {"US Special Representative for North Korea Sung Kim|sung-kim|Sung Kim|"
      "special-representative|united-states|US"}},
    {"President of the United States Joe Biden spoke.",
     {"President of the United States Joe Biden|joe-biden|Joe Biden|president|united-states|"
      "United States"}},
    {"President Biden spoke briefly.", {"President Biden|joe-biden|President Biden|president||"}},
    {"Special Representative Kim spoke briefly.",
     {"Special Representative Kim|sung-kim|Special Representative Kim|special-representative||"}},
    {"North Korea's leader Kim Jong Un watched.",
     {"North Korea's leader Kim Jong Un|kim-jong-un|Kim Jong Un|leader|north-korea|North Korea"}},
    {"North Korea, the country led by Kim Jong Un, fired again.",
     {"North Korea, the country led by Kim Jong Un|kim-jong-un|Kim Jong Un|leader|north-korea|"
      "North Korea"}},
    {"They praised the firm founded by Ada Holm.",
     {"the firm founded by Ada Holm||Ada Holm|founder||the firm"}},
    {"Deputy prime minister Ole Berg resigned.",
     {"Deputy prime minister Ole Berg||Ole Berg|deputy-prime-minister||"}},
    {"Prime Minister Ole Berg resigned.", {"Prime Minister Ole Berg||Ole Berg|prime-minister||"}},
    {"Joe Biden, the president, said nothing.",
     {"Joe Biden, the president|joe-biden|Joe Biden|president||"}},
    {"Ada Holm, the chief executive of FireEye, left.",
     {"Ada Holm, the chief executive of FireEye||Ada Holm|chief-executive|fireeye|FireEye"}},
    {"Mandiant founder Ada Holm left.",
     {"Mandiant founder Ada Holm||Ada Holm|founder|fireeye|Mandiant"}},
    {"Joe Biden, the US president, said nothing.",
     {"Joe Biden, the US president|joe-biden|Joe Biden|president|united-states|US"}},
    {"Brightline chairman Ada Holm's letter leaked.",
     {"Brightline chairman Ada Holm||Ada Holm|chairman||Brightline"}},
    // Not claims.
    {"Former president Joe Biden spoke.", {}},
    {"The then prime minister Ole Berg spoke.", {}},
    {"President-elect Joe Biden spoke.", {}},
    {"The president said nothing.", {}},
    {"Ada Holm, a director, said nothing.", {}},
    {"The UN Security Council president spoke.", {}},
    {"The country presided by nobody fell.", {}},
};

INSTANTIATE_TEST_SUITE_P(Roles, RoleTest, ::testing::ValuesIn(kRoleCases));

// ---------------------------------------------------------------------------------------------
// Relations: "span|subject|relation|object|hedged".

struct RelationCase {
  std::string_view input;
  std::vector<std::string> relations;
};

std::vector<std::string> Relations(const Document& document, const Gazetteer& gazetteer) {
  std::vector<std::string> out;
  const std::vector<EntityMention> entities = FindEntityMentions(document, gazetteer);
  for (const RelationClaim& r : FindRelations(document, entities, gazetteer)) {
    out.push_back(std::string(document.TextOf(r.span)) + "|" + r.subject + "|" + r.relation + "|" +
                  r.object + "|" + (r.hedged ? "hedged" : "plain"));
  }
  return out;
}

class RelationTest : public ::testing::TestWithParam<RelationCase> {};

TEST_P(RelationTest, FindsExactlyTheseRelations) {
  auto document = Read(GetParam().input);
  ASSERT_NE(document, nullptr);
  EXPECT_THAT(Relations(*document, TestGazetteer()), ElementsAreArray(GetParam().relations))
      << GetParam().input;
}

const RelationCase kRelationCases[] = {
    {"APT38, which is believed to be part of the Lazarus Group, moved funds.",
     {"APT38, which is believed to be part of the Lazarus Group|apt38|part-of|lazarus|hedged"}},
    {"APT38 is part of Lazarus.", {"APT38 is part of Lazarus|apt38|part-of|lazarus|plain"}},
    {"APT 38, a unit of Lazarus, struck.",
     {"APT 38, a unit of Lazarus|apt38|unit-of|lazarus|plain"}},
    {"TEMP.Hermit, linked to North Korea, struck.",
     {"TEMP.Hermit, linked to North Korea|temp-hermit|linked-to|north-korea|plain"}},
    {"Mandiant, a subsidiary of Google, wrote it.",
     {"Mandiant, a subsidiary of Google|fireeye|subsidiary-of|google|plain"}},
    {"APT38 (a division of Lazarus) struck.",
     {"APT38 (a division of Lazarus|apt38|unit-of|lazarus|plain"}},
    {"Lazarus, also known as Hidden Cobra, struck.",
     {"Lazarus, also known as Hidden Cobra|lazarus|alias-of|hidden-cobra|plain"}},
    {"Lazarus (aka Hidden Cobra) struck.",
     {"Lazarus (aka Hidden Cobra|lazarus|alias-of|hidden-cobra|plain"}},
    {"APT38, reportedly linked to Lazarus, struck.",
     {"APT38, reportedly linked to Lazarus|apt38|linked-to|lazarus|hedged"}},
    {"APT38 is thought to be a unit of Lazarus.",
     {"APT38 is thought to be a unit of Lazarus|apt38|unit-of|lazarus|hedged"}},
    {"APT38, allegedly part of Lazarus, struck.",
     {"APT38, allegedly part of Lazarus|apt38|part-of|lazarus|hedged"}},
    {"APT38, a suspected arm of the Lazarus Group, struck.",
     {"APT38, a suspected arm of the Lazarus Group|apt38|unit-of|lazarus|hedged"}},
    {"TEMP.Hermit is tied to the DPRK.",
     {"TEMP.Hermit is tied to the DPRK|temp-hermit|linked-to|north-korea|plain"}},
    {"APT38, which is said to be part of the infamous North Korean hacking group Lazarus, hid.",
     {"APT38, which is said to be part of the infamous North Korean hacking group Lazarus|apt38|"
      "part-of|lazarus|hedged"}},
    {"Mandiant, a subsidiary of the search company Google, wrote it.",
     {"Mandiant, a subsidiary of the search company Google|fireeye|subsidiary-of|google|plain"}},
    // Not relations.
    {"APT38 is part of a team that hacked the company FireEye.", {}},
    {"APT38 is part of the North Korean effort, Lazarus says.", {}},
    {"APT38 and Lazarus moved funds.", {}},
    {"APT38 is part of North Korea's spy service.", {}},
    {"APT38 stole from the US.", {}},
    {"It named APT38. Part of Lazarus stayed quiet.", {}},
    {"APT38 is part of a group that Lazarus runs.", {}},
    {"Lazarus, known for heists, hit FireEye.", {}},
};

INSTANTIATE_TEST_SUITE_P(Relations, RelationTest, ::testing::ValuesIn(kRelationCases));

// ---------------------------------------------------------------------------------------------
// Hostile input: random runs of the pieces the finders look at never crash, and every span is
// inside the text (mentions in order and disjoint).

TEST(EntitiesHostileTest, RandomPiecesKeepSpansInside) {
  const std::string_view pieces[] = {"U.S.",     "'s",       "\u2019s",  " ",
                                     "\n",       "\n\n",     "> ",       "`",
                                     ",",        "(",        "the ",     "President ",
                                     "Joe ",     "Biden",    "APT",      "38",
                                     "-",        ".",        "of ",      "by ",
                                     "led ",     "over ",    "country ", "CEO ",
                                     "Kim ",     "part of ", "a ",       "unit ",
                                     "Lazarus ", "x",        "\u00e9",   "[a](http://x) "};
  std::mt19937 random(20220207);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 40);
    for (int i = 0; i < count; ++i) text += pieces[random() % std::size(pieces)];
    auto document = Document::Read("h.md", text);
    if (!document.ok()) continue;
    const Document& doc = **document;
    const std::vector<EntityMention> mentions = FindEntityMentions(doc, TestGazetteer());
    for (size_t i = 0; i < mentions.size(); ++i) {
      ASSERT_LT(mentions[i].span.begin, mentions[i].span.end) << text;
      ASSERT_LE(mentions[i].span.end, doc.text().size()) << text;
      if (i > 0) {
        ASSERT_LE(mentions[i - 1].span.end, mentions[i].span.begin) << text;
      }
    }
    for (const RoleClaim& role : FindRoles(doc, mentions, TestGazetteer())) {
      ASSERT_LE(role.span.end, doc.text().size()) << text;
      ASSERT_FALSE(role.role.empty()) << text;
    }
    for (const RelationClaim& relation : FindRelations(doc, mentions, TestGazetteer())) {
      ASSERT_LE(relation.span.end, doc.text().size()) << text;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The default corpus, when it has been built (target factlint_corpus_db).

TEST(EntitiesCorpusTest, FindsDefaultCorpusNames) {
  const std::string path = FACTLINT_BINARY_DIR "/corpus.db";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not built";
  auto corpus = Corpus::Open(path);
  ASSERT_TRUE(corpus.ok()) << corpus.status().message();
  auto gazetteer = Gazetteer::FromCorpus(**corpus);
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status().message();
  auto document = Read(
      "Joe Biden said APT 38, a unit of the Lazarus Group, robbed banks outside the U.S. "
      "before us.");
  ASSERT_NE(document, nullptr);
  EXPECT_THAT(Mentions(*document, *gazetteer),
              ElementsAreArray({"Joe Biden|joe-biden", "APT 38|apt38", "Lazarus Group|lazarus",
                                "U.S.|united-states"}));
  const std::vector<EntityMention> entities = FindEntityMentions(*document, *gazetteer);
  const std::vector<RelationClaim> relations = FindRelations(*document, entities, *gazetteer);
  ASSERT_EQ(relations.size(), 1u);
  EXPECT_EQ(relations[0].subject, "apt38");
  EXPECT_EQ(relations[0].relation, "unit-of");
  EXPECT_EQ(relations[0].object, "lazarus");
}

}  // namespace
}  // namespace factlint::extract_internal
