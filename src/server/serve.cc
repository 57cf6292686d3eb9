#include "server/serve.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <filesystem>
#include <iostream>
#include <thread>

#include "base/file.h"
#include "server/app.h"
#include "service/profile_service.h"
#include "service/demo.h"

namespace jixiao {

extern const char kDemoReport[];  // demo_report.cc, generated from the example report

namespace {

HttpTransport* g_transport = nullptr;

void StopOnSignal(int) {
  if (g_transport) g_transport->Stop();
}

struct StoreOptions {
  std::string data = "data";
  std::string db;
};

void AddStoreOptions(CLI::App& app, StoreOptions& options) {
  app.add_option("--data", options.data, "SQLite 数据目录（默认 ./data，不存在则创建）");
  app.add_option("--db", options.db, "数据库地址：sqlite:文件 或 postgresql://…（给出时不用 --data）");
}

Result<std::unique_ptr<Repository>> OpenStore(const StoreOptions& options) {
  if (!options.db.empty()) return OpenRepository(options.db);
  std::error_code ec;
  std::filesystem::create_directories(options.data, ec);
  if (ec) return Fail(ErrorCode::kIo, "无法创建数据目录 " + options.data + "：" + ec.message());
  return OpenRepository("sqlite:" + (std::filesystem::path(options.data) / "jixiao.sqlite").string());
}

int Report(const Error& error) {
  std::cerr << "jixiao: " << error.message << "\n";
  return 2;
}

}  // namespace

int RunServeCommand(int argc, char** argv) {
  CLI::App app{"启动绩效自评 Web 系统", "jixiao serve"};
  StoreOptions store;
  std::string host = "127.0.0.1";
  int port = 8080;
  bool demo = false;
  bool secure = false;
  TransportLimits limits;
  std::string web = JIXIAO_WEB_DIR;
  AddStoreOptions(app, store);
  app.add_option("--host", host, "监听地址（默认 127.0.0.1；对外服务请放在 nginx 之后）");
  app.add_option("--port", port, "端口（默认 8080；0 表示任选空闲端口）")->check(CLI::Range(0, 65535));
  app.add_flag("--demo", demo, "数据库为空时载入演示数据，并打印演示账号");
  bool behind_proxy = false;
  app.add_flag("--secure-cookies", secure, "在 TLS 反向代理之后运行：会话 Cookie 加 Secure");
  app.add_flag("--behind-proxy", behind_proxy, "在本机反向代理（nginx）之后：客户端地址取自 X-Forwarded-For 的最后一项");
  app.add_option("--web", web, "页面模板与静态文件目录（默认为构建时的 web/）");
  std::string profile_name;
  app.add_option("--profile", profile_name,
                 "评分配置：national-2020（默认）或 jixiao.profile/1 文件路径（如 profiles/execution-caps-example.json）");
  app.add_option("--threads", limits.threads,
                 "处理请求的线程数（默认 0：CPU 核数的两倍，至少 8）；每个保持中的连接占用一个线程")
      ->check(CLI::Range(0, 1024));
  std::size_t year_cache_mb = 0, page_cache_mb = 0;
  app.add_option("--year-cache-mb", year_cache_mb,
                 "评价计算结果缓存上限（MB，默认 1024，约 4,000 个含 20 个项目的年度）")->check(CLI::Range(1, 1 << 20));
  app.add_option("--page-cache-mb", page_cache_mb, "编辑页面缓存上限（MB，默认 384）")->check(CLI::Range(1, 1 << 20));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  auto repository = OpenStore(store);
  if (!repository) return Report(repository.error());
  SystemClock clock;
  Workspace workspace(**repository, clock);
  if (year_cache_mb > 0) workspace.SetYearCacheLimit(year_cache_mb << 20);
  if (!profile_name.empty()) {
    Result<ScoringProfile> profile = ProfileById(profile_name);
    if (!profile && profile.error().code == ErrorCode::kNotFound) {
      auto bytes = ReadFile(profile_name);
      if (!bytes) return Report(bytes.error());
      profile = ProfileFromBytes({profile_name, std::move(*bytes)});
    }
    if (!profile) return Report(profile.error());
    workspace.SetProfile(std::move(*profile));
  }
  if (demo) {
    auto loaded = LoadDemo(workspace, kDemoReport);
    if (!loaded) return Report(loaded.error().WithContext("载入演示数据失败："));
  }
  auto application = App::Create(workspace, ServerConfig{web, secure, behind_proxy, page_cache_mb << 20});
  if (!application) return Report(application.error());
  auto transport = MakeHttplibTransport(limits);
  if (!transport->Bind(host, port)) return Report(Error{ErrorCode::kIo, "无法监听 " + host + ":" + std::to_string(port) + "（端口被占用？）"});
  std::cout << "绩效自评系统已启动：http://" << host << ":" << transport->Port() << "/\n";
  if (demo) {
    std::cout << "演示账号（密码均为右列）：\n";
    for (const auto& login : DemoLogins()) std::cout << "  " << login.login << "\t" << login.password << "\t" << login.who << "\n";
  }
  std::cout << "按 Ctrl+C 停止。" << std::endl;
  g_transport = transport.get();
  std::signal(SIGINT, StopOnSignal);
  std::signal(SIGTERM, StopOnSignal);
  App& handler = **application;
  transport->Serve([&handler](const HttpRequest& request) { return handler.Handle(request); });
  g_transport = nullptr;
  return 0;
}

int RunUserCommand(int argc, char** argv) {
  CLI::App app{"管理用户", "jixiao user"};
  app.require_subcommand(1);
  auto* add = app.add_subcommand("add", "新增用户");
  StoreOptions store;
  NewUser user;
  std::string role = "unit", unit;
  AddStoreOptions(*add, store);
  add->add_option("--login", user.login, "登录名（小写字母、数字、._-）")->required();
  add->add_option("--name", user.name, "姓名，如 王芳")->required();
  add->add_option("--role", role, "角色：unit（单位填报人）、reviewer（财政复核人）、admin（管理员）");
  add->add_option("--unit", unit, "所属单位名称（单位填报人必填；单位不存在则新建）");
  std::string scope;
  add->add_option("--scope", scope, "财政复核人的复核范围（地区路径，如 贵州省/黔南州/都匀市；省略为全部地区）");
  add->add_flag("--department-reviewer", user.department_reviewer,
                "主管部门初审人：只对 --scope 所指主管部门下属单位作初审（同意报送或退回），复核结论仍由财政局作出");
  add->add_option("--password", user.password, "初始密码（至少 8 个字符；省略则从标准输入读一行）");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  auto parsed_role = RoleFromName(role);
  if (!parsed_role) return Report(Error{ErrorCode::kInvalidInput, "--role：须是 unit、reviewer 或 admin"});
  user.role = *parsed_role;
  if (user.password.empty()) std::getline(std::cin, user.password);
  auto repository = OpenStore(store);
  if (!repository) return Report(repository.error());
  SystemClock clock;
  Workspace workspace(**repository, clock);
  if (!unit.empty()) {
    auto found = (*repository)->FindUnitByName(unit);
    if (!found) return Report(found.error());
    if (*found) {
      user.unit_id = (*found)->id;
    } else {
      auto added = (*repository)->AddUnit({0, unit, "", ""}, Change{"system", "", clock.NowSeconds()});
      if (!added) return Report(added.error());
      user.unit_id = added->id;
    }
  }
  auto added = workspace.AddUserAsSystem(user, scope);
  if (!added) return Report(added.error());
  std::cout << "已新增用户 " << added->login << "（" << added->name << "）\n";
  return 0;
}

}  // namespace jixiao
