// Being written (issue 6).
#include <gtest/gtest.h>

#include "report_fixture.h"

TEST(Placeholder, Builds) { EXPECT_FALSE(factlint::testing::ReportArticles().empty()); }
