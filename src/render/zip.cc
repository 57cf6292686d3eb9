#include "render/zip.h"

#include <zip.h>

#include <cstdio>

namespace jixiao::zip {

namespace {

tl::unexpected<Error> ZipError(const std::string& what, zip_error_t* error) {
  return Fail(ErrorCode::kIo, "压缩包生成失败（" + what + "）：" + zip_error_strerror(error));
}

Result<std::string> ReadAll(zip_source_t* source) {
  zip_stat_t stat;
  if (zip_source_open(source) < 0) return ZipError("读取", zip_source_error(source));
  zip_stat_init(&stat);
  zip_source_stat(source, &stat);
  std::string bytes(stat.size, '\0');
  const zip_int64_t got = zip_source_read(source, bytes.data(), bytes.size());
  zip_source_close(source);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) return ZipError("读取", zip_source_error(source));
  return bytes;
}

}  // namespace

Result<std::string> Archive::Bytes() const {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (source == nullptr) return ZipError("创建", &error);
  zip_source_keep(source);
  zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    return ZipError("打开", &error);
  }
  for (const auto& [name, content] : entries_) {
    zip_source_t* entry = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (entry == nullptr || zip_file_add(archive, name.c_str(), entry, ZIP_FL_ENC_UTF_8) < 0) {
      if (entry != nullptr) zip_source_free(entry);
      zip_discard(archive);
      zip_source_free(source);
      return Fail(ErrorCode::kIo, "压缩包生成失败（写入 " + name + "）");
    }
  }
  if (zip_close(archive) < 0) {
    Result<std::string> failed = ZipError("关闭", zip_get_error(archive));
    zip_discard(archive);
    zip_source_free(source);
    return failed;
  }
  Result<std::string> bytes = ReadAll(source);
  zip_source_free(source);
  return bytes;
}

}  // namespace jixiao::zip
