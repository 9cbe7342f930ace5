# The Lancashire Serious Violence model (models/lancashire-serious-violence): the whole output of
# `toc check` in text and JSON, and the figure of its 50% primary prevention rule.
set(TOC_LANCS_MODEL models/lancashire-serious-violence/strategy.toml)
# (Its `toc check` goldens are registered with the other models' in tests/CMakeLists.txt.)

# seed 004 §3.1.4: "At least 50% of VRN prevention activity delivering primary prevention". The
# rule is evaluated on the model and `toc check` shows its figure.
add_test(NAME "lancashire: the 50% primary prevention rule is evaluated and its figure shown"
  COMMAND $<TARGET_FILE:toc> check ${TOC_LANCS_MODEL} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# The model has measurements (data/measurements.csv): "today" is pinned as in the goldens.
set_tests_properties("lancashire: the 50% primary prevention rule is evaluated and its figure shown" PROPERTIES
  ENVIRONMENT TOC_AS_OF=2026-11-30
  PASS_REGULAR_EXPRESSION
  "rule primary-prevention-half: 11 of 29 activities with primary, secondary or tertiary prevention \\(37\\.9%\\) are activities with primary prevention. at least 50%: does not hold")

# The summary also shows a rule that holds, and names a rule whose definition has errors
# instead of giving it a figure. The model is written at configure time into the build folder.
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/rule-summary/strategy.toml [=[
[strategy]
id = "rules"
title = "Rules"

[activity.schools]
title = "Schools"
prevention = "primary"
leads_to = ["safe"]

[activity.custody]
title = "Custody"
prevention = "tertiary"
leads_to = ["safe"]

[impact.safe]
title = "Safe"

[rule.half-primary]
title = "Half primary"
select = { prevention = "primary" }
of = { kind = "activity" }
min_share = "50%"

[rule.no-bound]
title = "No bound"
select = { kind = "activity" }
]=])
# (One expected line per test, with "." for its ";": ctest reads PASS_REGULAR_EXPRESSION as a
# list of alternatives split at ";", any one of which passes the test.)
foreach(expected
    "rule half-primary: 1 of 2 activities \\(50%\\) is a node with primary prevention. at least 50%: holds"
    "rule no-bound: not evaluated, its definition has errors")
  string(REGEX MATCH "^rule [a-z-]+" name "${expected}")
  add_test(NAME "rules: toc check summary shows ${name}"
    COMMAND $<TARGET_FILE:toc> check ${CMAKE_CURRENT_BINARY_DIR}/rule-summary/strategy.toml)
  set_tests_properties("rules: toc check summary shows ${name}" PROPERTIES PASS_REGULAR_EXPRESSION "${expected}")
endforeach()
