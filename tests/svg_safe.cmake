# Renders MODEL to SVG (with the '|'-separated ARGS, if any) and checks the SVG is well-formed XML
# (xmllint --noout) and carries no element or attribute that model text could have injected.
set(svg "${CMAKE_CURRENT_BINARY_DIR}/svg-safe-${NAME}.svg")
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${TOC} render ${MODEL} ${ARGS} -o ${svg} RESULT_VARIABLE status ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "toc render ${MODEL} failed (${status}): ${errors}")
endif()
execute_process(COMMAND xmllint --noout ${svg} RESULT_VARIABLE lint ERROR_VARIABLE lint_errors)
if(NOT lint EQUAL 0)
  message(FATAL_ERROR "${svg} is not well-formed XML:\n${lint_errors}")
endif()
file(READ ${svg} text)
string(TOLOWER "${text}" lower)
# An attribute in well-formed XML is quoted, so an injected handler reads on...=" or on...=' (the
# escaped text of a payload reads on...=&quot; and stays text).
foreach(injected "<script" "<img" "<svg onload" "<svg/onload" " onload=\"" " onload='" " onerror=\"" " onerror='"
        "<b>" "<tag" "<![cdata[")
  string(FIND "${lower}" "${injected}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "${svg} contains '${injected}': model text was not escaped")
  endif()
endforeach()
string(REPLACE "|" ";" EXPECT "${EXPECT}")  # '|'-separated: ';' does not survive add_test
foreach(expected ${EXPECT})
  string(FIND "${text}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${svg} lacks '${expected}': model text did not come through as written")
  endif()
endforeach()
file(REMOVE ${svg})
