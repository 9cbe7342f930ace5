# docs/model-format.md embeds examples/annotated/*.toml verbatim; fail if they drift apart.
file(READ docs/model-format.md doc)
foreach(example examples/annotated/strategy.toml examples/annotated/indicators.toml)
  file(READ ${example} text)
  string(FIND "${doc}" "```toml\n${text}```" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "docs/model-format.md no longer contains ${example} verbatim; copy it in again")
  endif()
endforeach()
