#include "base/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include <unistd.h>

namespace jixiao {

namespace {
std::string OsReason() { return std::strerror(errno); }
}  // namespace

Result<std::string> ReadFile(const std::string& path) {
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const ErrorCode code = errno == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIo;
    return Fail(code, "无法读取文件 " + path + "：" + OsReason());
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Fail(ErrorCode::kIo, "读取文件 " + path + " 时出错：" + OsReason());
  return buffer.str();
}

Result<bool> WriteFileAtomic(const std::string& path, std::string_view content) {
  const std::string temp = path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return Fail(ErrorCode::kIo, "无法写入文件 " + path + "：" + OsReason());
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      std::remove(temp.c_str());
      return Fail(ErrorCode::kIo, "写入文件 " + path + " 时出错：" + OsReason());
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string reason = OsReason();
    std::remove(temp.c_str());
    return Fail(ErrorCode::kIo, "无法写入文件 " + path + "：" + reason);
  }
  return true;
}

}  // namespace jixiao
