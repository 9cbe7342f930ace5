# The JSON Schema editors use (schema/toc-model.schema.json): every bundled model and example
# validates, and each deliberately broken file in tests/schema/reject is rejected for its reason.
# The schema's drift against the decoder is checked by tests/unit/pipeline/schema_test.cpp.
add_test(NAME "schema: models and examples validate, broken files do not"
  COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/schema/validate.py schema/toc-model.schema.json
          --accept models examples --reject ${CMAKE_CURRENT_SOURCE_DIR}/schema/reject
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
