# The Lancashire Serious Violence model (models/lancashire-serious-violence): the whole output of
# `toc check` in text and JSON, and the figure of its 50% primary prevention rule.
set(TOC_LANCS_MODEL models/lancashire-serious-violence/strategy.toml)
foreach(format text json)
  add_test(NAME "golden: lancashire-serious-violence (${format})"
    COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc> "-DARGS=check|${TOC_LANCS_MODEL}|--format|${format}"
            -DGOLDEN=${CMAKE_CURRENT_SOURCE_DIR}/golden/lancashire-serious-violence.${format}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/run_golden.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()

# seed 004 §3.1.4: "At least 50% of VRN prevention activity delivering primary prevention". The
# rule is evaluated on the model and `toc check` shows its figure.
add_test(NAME "lancashire: the 50% primary prevention rule is evaluated and its figure shown"
  COMMAND $<TARGET_FILE:toc> check ${TOC_LANCS_MODEL} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("lancashire: the 50% primary prevention rule is evaluated and its figure shown" PROPERTIES
  PASS_REGULAR_EXPRESSION
  "\nrule primary-prevention-half: 11 of 29 activities with primary, secondary or tertiary prevention \\(37\\.9%\\) are activities with primary prevention; at least 50%: does not hold\n")
