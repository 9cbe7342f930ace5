# toc paths and toc export never write over a file of the model they read (-o is refused, exit
# 2, the file left byte-identical). Works on a copy in DIR, so a failure cannot harm a source.
include(${CMAKE_CURRENT_LIST_DIR}/../expect_run.cmake)
file(REMOVE_RECURSE ${DIR})
file(COPY ${MODEL_DIR}/ DESTINATION ${DIR})
file(READ ${DIR}/strategy.toml strategy_before)
file(READ ${DIR}/indicators.toml indicators_before)
expect_run(2 "refusing to write '${DIR}/indicators.toml': it is the model's file" export ${DIR}/strategy.toml
           --format json -o ${DIR}/indicators.toml)
expect_run(2 "refusing to write '${DIR}/strategy.toml': it is the model's file" paths ${DIR}/strategy.toml
           --from mentoring -o ${DIR}/strategy.toml)
file(READ ${DIR}/strategy.toml strategy_after)
file(READ ${DIR}/indicators.toml indicators_after)
if(NOT strategy_before STREQUAL strategy_after OR NOT indicators_before STREQUAL indicators_after)
  message(FATAL_ERROR "a refused -o changed a model file")
endif()
file(REMOVE_RECURSE ${DIR})
