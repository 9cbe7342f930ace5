# Workspaces: the bundled models checked, compared and drawn together (models/toc-workspace.toml).
# Goldens of the whole output: `toc check` on the workspace, `toc overlap` as text and JSON (the
# real shared outcomes between the LLR Strategic Partnership Board and the LLR trauma-informed
# models), and the DOT of the combined diagram, with one cluster per strategy.
toc_golden_cli(
  "workspace.text=check|models/toc-workspace.toml|--format|text"
  "overlap.text=overlap|models|--format|text"
  "overlap.json=overlap|models/toc-workspace.toml|--format|json"
  "render-workspace.dot=render|models|-o|-|--format|dot"
  "coverage-workspace.text=coverage|models")

add_test(NAME "workspace: SVG is well-formed with one cluster per strategy" COMMAND ${CMAKE_COMMAND}
         -DTOC=$<TARGET_FILE:toc> -DNAME=workspace -DMODEL=models
         "-DEXPECT=id=\"strategy&#45;llr&#45;trauma&#45;informed\"|id=\"strategy&#45;llr&#45;partnership&#45;board\"|id=\"strategy&#45;lancashire&#45;serious&#45;violence\""
         -P ${CMAKE_CURRENT_SOURCE_DIR}/svg_safe.cmake WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
toc_golden_cli("render-workspace.mmd=render|models|-o|-|--format|mermaid")

# The workspace report has the "Across strategies" section, naming the real shared outcome.
add_test(NAME "workspace: report has the across-strategies section" COMMAND $<TARGET_FILE:toc> report models -o -
         WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
set_tests_properties("workspace: report has the across-strategies section" PROPERTIES
  PASS_REGULAR_EXPRESSION "<h2>Across strategies</h2>.*An evidence-informed, consistent approach within and across organisations <code>llr-trauma-informed:oc-consistent-approach</code>")
