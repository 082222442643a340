/* Parsing quantities from text (base units: days, watts, dollars, units a day) and calendar dates. */
#include "sim/load/quantity_parse.hpp"

#include <gtest/gtest.h>

using namespace gwsim;

TEST(QuantityParse, Durations)
{
  EXPECT_DOUBLE_EQ(parse_duration("3 weeks").value->days, 21.0);
  EXPECT_DOUBLE_EQ(parse_duration("0 days").value->days, 0.0);
  EXPECT_DOUBLE_EQ(parse_duration("1 day").value->days, 1.0);
  EXPECT_DOUBLE_EQ(parse_duration("1.5 years").value->days, 1.5 * 365.25); // 547.875
  EXPECT_DOUBLE_EQ(parse_duration("12 months").value->days, 365.25);       // 12 × 30.4375
  EXPECT_DOUBLE_EQ(parse_duration("1 month").value->days, 30.4375);
  EXPECT_DOUBLE_EQ(parse_duration("1e1 days").value->days, 10.0); // exponents are plain decimals too
}

TEST(QuantityParse, Powers)
{
  EXPECT_DOUBLE_EQ(parse_power("1.2 GW").value->watts, 1.2e9);
  EXPECT_DOUBLE_EQ(parse_power("700 W").value->watts, 700.0);
  EXPECT_DOUBLE_EQ(parse_power("1.8 kW").value->watts, 1800.0);
  EXPECT_DOUBLE_EQ(parse_power("600MW").value->watts, 600e6);
  EXPECT_DOUBLE_EQ(parse_power("1.2 GW").value->gw(), 1.2);
}

TEST(QuantityParse, MoneyAndMoneyPerPower)
{
  EXPECT_DOUBLE_EQ(parse_money("$35B").value->usd, 35e9);
  EXPECT_DOUBLE_EQ(parse_money("$60k").value->usd, 60e3);
  EXPECT_DOUBLE_EQ(parse_money("$1.5M").value->usd, 1.5e6);
  EXPECT_DOUBLE_EQ(parse_money("$2T").value->usd, 2e12);
  EXPECT_DOUBLE_EQ(parse_money("$500").value->usd, 500.0);
  EXPECT_DOUBLE_EQ(parse_money_per_power("$15B/GW").value->usd_per_watt, 15.0); // 15e9 / 1e9
  EXPECT_DOUBLE_EQ(parse_money_per_power("$12M/MW").value->usd_per_watt, 12.0); // 12e6 / 1e6
  EXPECT_DOUBLE_EQ(parse_money_per_power("$3/W").value->usd_per_watt, 3.0);
}

TEST(QuantityParse, Rates)
{
  EXPECT_DOUBLE_EQ(parse_rate("450k/month").value->per_day, 450000.0 / 30.4375); // ≈ 14784.4 a day
  EXPECT_DOUBLE_EQ(parse_rate("1000/day").value->per_day, 1000.0);
  EXPECT_DOUBLE_EQ(parse_rate("2M/year").value->per_day, 2e6 / 365.25);
  EXPECT_DOUBLE_EQ(parse_rate("100k/week").value->per_day, 100000.0 / 7);
  EXPECT_DOUBLE_EQ(parse_rate("30k / month").value->per_day, 30000.0 / 30.4375); // ≈ 985.6, as docs/model.md
}

TEST(QuantityParse, SharesAndNumbers)
{
  EXPECT_DOUBLE_EQ(parse_share("30%").value->fraction, 0.3);
  EXPECT_DOUBLE_EQ(parse_share("0.3").value->fraction, 0.3);
  EXPECT_DOUBLE_EQ(parse_share("100%").value->fraction, 1.0);
  EXPECT_DOUBLE_EQ(parse_share("0").value->fraction, 0.0);
  EXPECT_DOUBLE_EQ(*parse_number("1.2").value, 1.2);
  EXPECT_DOUBLE_EQ(*parse_number("1e3").value, 1000.0);
  EXPECT_DOUBLE_EQ(*parse_number(".5").value, 0.5);
}

TEST(QuantityParse, ReportSteps)
{
  const ReportStep month = *parse_report_step("1 month").value;
  EXPECT_EQ(month.unit, ReportStep::Unit::months);
  EXPECT_EQ(month.count, 1);
  const ReportStep weeks = *parse_report_step("2 weeks").value;
  EXPECT_EQ(weeks.unit, ReportStep::Unit::weeks);
  EXPECT_EQ(weeks.count, 2);
  EXPECT_EQ(parse_report_step("1 year").value->unit, ReportStep::Unit::years);
  EXPECT_EQ(parse_report_step("7 days").value->count, 7);
  EXPECT_FALSE(parse_report_step("0 days"));     // not positive
  EXPECT_FALSE(parse_report_step("1.5 months")); // not whole
  EXPECT_FALSE(parse_report_step("-1 month"));
}

TEST(QuantityParse, ErrorsSayWhatWasExpectedAndFound)
{
  EXPECT_EQ(parse_power("1.2 GB").error(),
            "expected a power such as \"1.2 GW\" (units W, kW, MW, GW), found \"1.2 GB\"");
  EXPECT_EQ(parse_power("-1 GW").error(), "expected a non-negative power such as \"1.2 GW\", found \"-1 GW\"");
  EXPECT_EQ(parse_money("-$5").error(), "expected a non-negative sum of money such as \"$35B\", found \"-$5\"");
  EXPECT_EQ(parse_share("130%").error(), "expected a share between 0% and 100% (or 0 and 1), found \"130%\"");
  EXPECT_EQ(parse_date("2026-02-30").error(),
            "expected a date such as \"2026-01-01\" or \"2026-01\", found \"2026-02-30\"");
}

TEST(QuantityParse, RejectsWhatIsNotPlainDecimal)
{
  EXPECT_FALSE(parse_rate("450000"));      // a bare count has no time unit
  EXPECT_FALSE(parse_rate("450k/months")); // the period is singular
  EXPECT_FALSE(parse_number("1_000"));
  EXPECT_FALSE(parse_number("0x10"));
  EXPECT_FALSE(parse_number("inf"));
  EXPECT_FALSE(parse_number("nan"));
  EXPECT_FALSE(parse_number("+1"));
  EXPECT_FALSE(parse_number(""));
  EXPECT_FALSE(parse_number("1e999")); // overflows to infinity
  EXPECT_FALSE(parse_duration("3"));   // no unit
  EXPECT_FALSE(parse_duration("3 fortnights"));
  EXPECT_FALSE(parse_money("35B")); // no $
  EXPECT_FALSE(parse_power("$1 GW"));
  EXPECT_FALSE(parse_share("1.01"));
  EXPECT_FALSE(parse_share("-1%"));
}

TEST(Date, ParseAndIso)
{
  EXPECT_EQ(Date::parse("2026-01-15")->iso(), "2026-01-15");
  EXPECT_EQ(Date::parse("2026-07")->iso(), "2026-07-01"); // YYYY-MM is the first of the month
  EXPECT_EQ(Date::parse("1970-01-01")->days(), 0);
  EXPECT_EQ(Date::parse("2026-01-01")->days(), 20454); // 56 years of 365 days + 14 leap days = 20440 + 14
  EXPECT_EQ(*Date::parse("2028-12-31") - *Date::parse("2026-01-01"), 1095);
  EXPECT_TRUE(Date::parse("2028-02-29")); // 2028 is a leap year
  EXPECT_FALSE(Date::parse("2027-02-29"));
  EXPECT_FALSE(Date::parse("2100-02-29")); // a century not divisible by 400 is not
  EXPECT_TRUE(Date::parse("2000-02-29"));
  EXPECT_FALSE(Date::parse("2026-00-01"));
  EXPECT_FALSE(Date::parse("2026-1-01"));
  EXPECT_FALSE(Date::parse("26-01-01"));
}

TEST(Date, AddMonthsClampsToTheMonthEnd)
{
  EXPECT_EQ(Date::from_ymd(2027, 1, 31).add_months(1).iso(), "2027-02-28");
  EXPECT_EQ(Date::from_ymd(2028, 1, 31).add_months(1).iso(), "2028-02-29"); // leap year
  EXPECT_EQ(Date::from_ymd(2026, 3, 31).add_months(1).iso(), "2026-04-30");
  EXPECT_EQ(Date::from_ymd(2026, 11, 15).add_months(3).iso(), "2027-02-15"); // across the year
  EXPECT_EQ(Date::from_ymd(2026, 1, 1).add_months(12).iso(), "2027-01-01");
  EXPECT_EQ(Date::from_ymd(2026, 1, 1).add_days(31).iso(), "2026-02-01");
  EXPECT_EQ(iso_of_day(Date::from_ymd(2026, 1, 1), 30.9), "2026-01-31"); // day 30.9 floors to day 30
}
