// The connection pool and the row accessors of the SQL seam.
#include <charconv>

#include "store/sql.h"

namespace jixiao {

int64_t SqlRow::Int(std::size_t i) const {
  if (IsNull(i)) return 0;
  const std::string& text = *cells[i];
  int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size() ? value : 0;
}

ConnectionPool::Lease::~Lease() {
  if (pool_ && connection_) pool_->Release(std::move(connection_));
}

ConnectionPool::ConnectionPool(ConnectionFactory factory, std::size_t max_size)
    : factory_(std::move(factory)), max_size_(max_size) {}

void ConnectionPool::Give(std::unique_ptr<SqlConnection> connection) {
  std::lock_guard lock(mutex_);
  ++open_;
  idle_.push_back(std::move(connection));
  returned_.notify_one();
}

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  returned_.wait(lock, [this] { return !idle_.empty() || open_ < max_size_; });
  if (!idle_.empty()) {
    std::unique_ptr<SqlConnection> connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(connection));
  }
  ++open_;
  lock.unlock();
  auto opened = factory_();
  if (!opened) {
    lock.lock();
    --open_;
    returned_.notify_one();
    return tl::unexpected(opened.error());
  }
  return Lease(this, std::move(*opened));
}

void ConnectionPool::Release(std::unique_ptr<SqlConnection> connection) {
  std::lock_guard lock(mutex_);
  if (connection->Usable()) {
    idle_.push_back(std::move(connection));
  } else {
    --open_;
  }
  returned_.notify_one();
}

}  // namespace jixiao
