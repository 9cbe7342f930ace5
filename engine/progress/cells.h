// Reading one CSV cell as a number, with the hint a person needs when it is not one: the ways
// spreadsheets write numbers for people ("1,104", "45%", "£1,000", a blank cell).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace toc {

/// A cell read as a number: `value`, or `problem` (what is wrong, lowercase) and `help` (exactly
/// what to write instead).
struct NumberCell {
  std::optional<double> value;
  std::string problem;
  std::string help;
};

/// Reads `cell` as a finite number in plain notation (-12.5, 1104, 3e2). `column` names the
/// column in messages.
NumberCell read_number(std::string_view cell, std::string_view column);

/// How many decimal places `cell` is written with ("12.50" -> 2, "7" -> 0): a figure is only as
/// precise as it is written, which is how far it may differ from numerator ÷ denominator.
int decimals(std::string_view cell);

}  // namespace toc
