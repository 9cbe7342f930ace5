# Printed diagrams: `toc render -o x.pdf` lays the model out on A4 landscape pages: a key page,
# the outcomes and impact, then one page per priority, each split further (by priority, level,
# band, or runs of a tall band) until its labels print at 8 pt or more (render/printed.h);
# --paper none keeps Graphviz's single page.
function(toc_pdf_test name model pages size args)
  string(MAKE_C_IDENTIFIER "${name}" file)
  add_test(NAME "render: ${name}"
    COMMAND ${CMAKE_COMMAND} -DTOC=$<TARGET_FILE:toc> -DMODEL=${model} "-DPAGES=${pages}" "-DSIZE=${size}"
            "-DARGS=${args}" -DOUT=${CMAKE_CURRENT_BINARY_DIR}/pdf-${file}.pdf
            -P ${CMAKE_CURRENT_SOURCE_DIR}/render/pdf_pages.cmake
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endfunction()
# LLR: the key, then the outcomes split by priority (one priority's in two bands), then the 5
# priorities with activities, each as its activities and its outcomes.
toc_pdf_test("LLR PDF is 12 A4 landscape pages, every one readable" models/llr-trauma-informed/strategy.toml 12
             "841.89 x 595.28" "--paper|a4")
toc_pdf_test("Lancashire PDF: every page readable" models/lancashire-serious-violence/strategy.toml "" "841.89 x 595.28"
             "--paper|a4")
toc_pdf_test("workspace PDF: every page readable" models/toc-workspace.toml "" "" "--paper|a4")
toc_pdf_test("a --priority PDF is one A3 landscape page" models/llr-trauma-informed/strategy.toml 1
             "1190.55 x 841.89" "--paper|a3|--priority|p3-workforce")
toc_pdf_test("the minimal example's PDF is a key and 2 pages" examples/minimal/strategy.toml 3 "841.89 x 595.28"
             "--paper|a4")
toc_pdf_test("paper none keeps one page of its own size" models/llr-trauma-informed/strategy.toml 1 "" "--paper|none")
