# The report parser: positioned text -> jixiao.evaluation/1 (include()d from CMakeLists.txt).
set(_parser_dir ${CMAKE_CURRENT_LIST_DIR})
add_library(jixiao_ingest_parser
  ${_parser_dir}/parse_scan.cc
  ${_parser_dir}/parse_headings.cc
  ${_parser_dir}/parse_paragraphs.cc
  ${_parser_dir}/parse_amounts.cc
  ${_parser_dir}/parse_labels.cc
  ${_parser_dir}/parse_satisfaction.cc
  ${_parser_dir}/parse_context.cc
  ${_parser_dir}/parse_sections.cc
  ${_parser_dir}/parse_department.cc
  ${_parser_dir}/parse_projects.cc
  ${_parser_dir}/parse_title.cc
  ${_parser_dir}/parse_attachments.cc
  ${_parser_dir}/parse_merge.cc
  ${_parser_dir}/parse_table_columns.cc
  ${_parser_dir}/parse_cell_table.cc
  ${_parser_dir}/parse_tables.cc
  ${_parser_dir}/parse_flat_table.cc
  ${_parser_dir}/parse_checks.cc
  ${_parser_dir}/report_parser.cc)
target_link_libraries(jixiao_ingest_parser PUBLIC jixiao_ingest jixiao_rules)

set(JIXIAO_TEST_LIBS jixiao_ingest_parser jixiao_format)
jixiao_test(ingest_parser_test
  ${_parser_dir}/parse_scan_test.cc
  ${_parser_dir}/parse_headings_test.cc
  ${_parser_dir}/parse_amounts_test.cc
  ${_parser_dir}/parse_satisfaction_test.cc
  ${_parser_dir}/parse_paragraphs_test.cc
  ${_parser_dir}/parse_checks_test.cc
  ${_parser_dir}/parse_tables_test.cc
  ${_parser_dir}/parse_attachments_test.cc
  ${_parser_dir}/parse_merge_test.cc
  ${_parser_dir}/report_parser_test.cc)
if(JIXIAO_TESTS)
  target_compile_definitions(ingest_parser_test PRIVATE
    JIXIAO_TESTS_DIR="${_parser_dir}/../../tests")
endif()
