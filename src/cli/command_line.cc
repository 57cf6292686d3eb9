// jixiao's file commands: parses arguments with CLI11 and dispatches to cli/commands.h.
// No exception leaves RunCommandLine: whatever escapes a command is reported in Chinese, exit status 2.
#include "cli/command_line.h"

#include <cstdio>
#include <exception>
#include <new>

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace {

void AddAuditOptions(CLI::App* command, jixiao::cli::AuditOptions& options) {
  command->add_option("file", options.file, "评价文档（jixiao.evaluation/1 JSON）或自评报告（TXT、DOCX、PDF）；audit 也可给文件夹")
      ->required();
  command->add_option("--format", options.format, "输出格式：text 或 json")->check(CLI::IsMember({"text", "json"}));
  command->add_option("--profile", options.profile, "评分配置：national-2020 或配置文件路径");
}

int Run(int argc, char** argv) {
  CLI::App app{"jixiao — 预算绩效自评：读取、评分、审核、生成报告"};
  app.footer("Web 系统：jixiao serve --demo（启动并载入演示数据）、jixiao serve --help；用户：jixiao user add --help");
  app.require_subcommand(1);
  app.set_version_flag("--version", "jixiao 0.1.0");

  jixiao::cli::AuditOptions audit;
  CLI::App* audit_cmd = app.add_subcommand("audit", "审核：评分并核对每个数字，列出问题（有错误时退出码为 1）");
  AddAuditOptions(audit_cmd, audit);
  audit_cmd->add_flag("--explain", audit.explain, "列出每个数字及其原文位置");
  audit_cmd->add_option("-o,--output", audit.output, "审核文件夹时写出按错误数排序的汇总表：.csv 或 .xlsx");

  jixiao::cli::AuditOptions score;
  AddAuditOptions(app.add_subcommand("score", "评分：各项目自评表得分、等级及部门整体得分"), score);

  jixiao::cli::ExtractOptions extract;
  CLI::App* extract_cmd = app.add_subcommand("extract", "提取：把自评报告读成 jixiao.evaluation/1 JSON");
  extract_cmd->add_option("file", extract.file, "自评报告（TXT、DOCX、PDF）或 JSON")->required();
  extract_cmd->add_option("-o,--output", extract.output, "输出文件（默认标准输出）");
  bool no_provenance = false;
  extract_cmd->add_flag("--no-provenance", no_provenance, "不输出每个数字的原文位置");

  jixiao::cli::ReportOptions report;
  CLI::App* report_cmd = app.add_subcommand("report", "生成：自评报告（docx、pdf、html、md、txt）或自评表（xlsx）");
  report_cmd->add_option("file", report.file, "评价文档（JSON）或自评报告文件")->required();
  report_cmd->add_option("--format", report.format, "docx、pdf、html、md、xlsx 或 txt")
      ->check(CLI::IsMember({"docx", "pdf", "html", "md", "markdown", "xlsx", "txt", "text"}));
  report_cmd->add_option("-o,--output", report.output, "输出文件（文本格式默认标准输出）");
  report_cmd->add_option("--profile", report.profile, "评分配置：national-2020 或配置文件路径");
  report_cmd->add_option("--money", report.money, "金额单位：auto、yuan（元）或 wan（万元）")
      ->check(CLI::IsMember({"auto", "yuan", "wan"}));
  report_cmd->add_flag("--findings", report.findings, "附上审核发现的问题");
  report_cmd->add_flag("--no-charts", report.no_charts, "不附图表");
  report_cmd->add_flag("--no-tables", report.no_tables, "不附自评表");
  report_cmd->add_option("--charts-dir", report.charts_dir, "另把每张图表单独写入此目录");
  report_cmd->add_option("--chart-format", report.chart_format, "单独图表的格式：png 或 svg")
      ->check(CLI::IsMember({"png", "svg"}));

  CLI::App* rules_cmd = app.add_subcommand("rules", "列出所有审核规则");
  std::string profile_name = "national-2020";
  CLI::App* profile_cmd = app.add_subcommand("profile", "显示评分配置（可复制后修改）");
  profile_cmd->add_option("name", profile_name, "national-2020 或配置文件路径");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::fprintf(stderr, "jixiao: 命令行参数有误（%s）。运行 jixiao --help 或 jixiao <命令> --help 查看用法。\n", e.what());
    return 2;
  }
  if (audit_cmd->parsed()) return jixiao::cli::RunAudit(audit);
  if (report_cmd->parsed()) return jixiao::cli::RunReport(report);
  extract.provenance = !no_provenance;
  if (extract_cmd->parsed()) return jixiao::cli::RunExtract(extract);
  if (rules_cmd->parsed()) return jixiao::cli::RunListRules();
  if (profile_cmd->parsed()) return jixiao::cli::RunShowProfile(profile_name);
  return jixiao::cli::RunScore(score);
}

}  // namespace

int jixiao::cli::RunCommandLine(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::fputs("jixiao: 内存不足，操作未能完成。请关闭其他程序或分批处理文件后重试。\n", stderr);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jixiao: 内部错误，操作未能完成（%s）。请把所用命令和输入文件报告给维护者。\n", e.what());
  } catch (...) {
    std::fputs("jixiao: 内部错误，操作未能完成（未知异常）。请把所用命令和输入文件报告给维护者。\n", stderr);
  }
  return 2;
}
