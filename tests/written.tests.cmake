# Every command that writes a product to a file says so in one line on stdout ("wrote <path>",
# with the page count of a PDF), says nothing with --quiet, and writes nothing but the product when
# the product itself goes to stdout (-o -; the other goldens hold that). /dev/null is written in
# place, so these runs leave no file behind.
set(minimal examples/minimal/strategy.toml)
toc_golden_cli(
  "written-render-svg.text=render|${minimal}|-o|/dev/null|--format|svg"
  "written-render-pdf.text=render|${minimal}|-o|/dev/null|--format|pdf"
  "written-render-quiet.text=render|${minimal}|-o|/dev/null|--format|svg|--quiet"
  "written-checklist.text=checklist|${minimal}|-o|/dev/null|--format|md"
  "written-report.text=report|${minimal}|-o|/dev/null"
  "written-report-quiet.text=report|${minimal}|-o|/dev/null|-q"
  "written-coverage.text=coverage|${minimal}|-o|/dev/null"
  "written-export.text=export|${minimal}|-o|/dev/null|--format|graphml"
  "written-paths.text=paths|${minimal}|--from|training|-o|/dev/null"
  "written-check.text=check|${minimal}|-o|/dev/null"
  "written-check-json.text=check|tests/cases/unknown-id/strategy.toml|--format|json|-o|/dev/null"
  "written-check-quiet.text=check|${minimal}|-o|/dev/null|-q")
