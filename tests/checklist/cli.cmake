# toc checklist's command-line contract: formats from names, refusals with exit 2, models with
# errors refused with exit 1, and -o writing the file.
include(${CMAKE_CURRENT_LIST_DIR}/../expect_run.cmake)

set(model examples/annotated/strategy.toml)
expect_run(0 "--format" checklist --help)
expect_run(0 "checklist" --help)
expect_run(2 "cannot tell the format of 'out.txt'" checklist ${model} -o out.txt)
expect_run(2 "cannot tell the format of '-'" checklist ${model} -o -)
expect_run(2 "cannot go to stdout" checklist ${model} -o - --format xlsx)
expect_run(2 "format: " checklist ${model} -o x.md --format pdf)
expect_run(2 "" checklist ${model})
expect_run(2 "cannot read 'no/such.toml'" checklist no/such.toml -o - --format md)
expect_run(1 "fix the errors above before making the checklist" checklist tests/cases/unknown-id/strategy.toml
           -o - --format md)
expect_run(0 "# Indicator checklist: Youth Violence Prevention Strategy" checklist ${model} -o - --format md)
expect_run(0 "<!DOCTYPE html>" checklist ${model} -o - --format html)

# -o never replaces a file of the model.
expect_run(2 "it is the model's file" checklist tests/checklist/hostile/strategy.toml -o tests/checklist/hostile/strategy.toml
           --format md)

# -o picks the format from the extension and writes the file.
foreach(extension md csv html xlsx)
  set(file "${WORK}/checklist-cli.${extension}")
  file(REMOVE ${file})
  expect_run(0 "" checklist ${model} -o ${file})
  if(NOT EXISTS ${file})
    message(FATAL_ERROR "toc checklist -o ${file} wrote nothing")
  endif()
  file(REMOVE ${file})
endforeach()
