// OpenRepository: chooses the backend from the URL's scheme.
#include <exception>

#include "store/postgres_repository.h"
#include "store/repository.h"
#include "store/sqlite_repository.h"

namespace jixiao {
namespace {

template <typename Concrete>
Result<std::unique_ptr<Repository>> AsRepository(Result<std::unique_ptr<Concrete>> opened) {
  if (!opened) return tl::unexpected(opened.error());
  return std::unique_ptr<Repository>(std::move(*opened));
}

}  // namespace

Result<std::unique_ptr<Repository>> OpenRepository(const std::string& url) try {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return AsRepository(PostgresRepository::Open(url));
  }
  if (url.starts_with("sqlite:")) return AsRepository(SqliteRepository::Open(url.substr(7)));
  return AsRepository(SqliteRepository::Open(url));
} catch (const std::exception& e) {
  return Fail(ErrorCode::kIo, std::string("无法打开数据库：") + e.what());
}

}  // namespace jixiao
