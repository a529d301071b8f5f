# Writes OUTPUT, a C++ file that defines factlint::corpus_internal::kSchemaSql as the text of
# INPUT (corpus/schema.sql) in a raw string literal. Run with cmake -P at build time.
file(READ "${INPUT}" schema)
set(delimiter "factlint_schema")
string(FIND "${schema}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )${delimiter}\"")
endif()
set(content "// Generated from ${INPUT} by embed_schema.cmake. Do not edit.
namespace factlint::corpus_internal {
extern const char kSchemaSql[];
const char kSchemaSql[] = R\"${delimiter}(${schema})${delimiter}\";
}  // namespace factlint::corpus_internal
")
# Rewrite only on change, so that an unchanged schema does not recompile anything.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
  if(old STREQUAL content)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${content}")
