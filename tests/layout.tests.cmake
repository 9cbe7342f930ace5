# The engine's layering (issue 16): a stage includes only the stages it links, no two units
# include each other, and the declared links have no cycle (tests/layout/check_layers.py).
# The build enforces the first rule too: each stage sees only its own headers and those of the
# stages it links (engine/CMakeLists.txt).
add_test(NAME "layout: no stage includes a stage it does not link, no include cycle"
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/layout/check_layers.py ${PROJECT_SOURCE_DIR}/engine)
add_test(NAME "layout: a back-include, a sibling include and cycles are rejected"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/layout/layers_fail.sh ${CMAKE_CURRENT_BINARY_DIR}/layout-work)
add_test(NAME "layout: docs/architecture.md has a row for every stage, with its links"
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/layout/check_map.py ${PROJECT_SOURCE_DIR})
