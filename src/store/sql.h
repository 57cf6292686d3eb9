// The SQL seam under the store: a connection runs one `$1`…`$n`-parameterized statement and
// returns rows of text cells; a pool lends connections to threads. SqlRepository writes every
// query once against this seam; the SQLite and PostgreSQL files implement it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/result.h"

namespace jixiao {

using SqlValue = std::variant<std::nullptr_t, int64_t, std::string>;
using SqlParams = std::vector<SqlValue>;

// One result row; every cell is text as the database prints it, NULL as nullopt.
struct SqlRow {
  std::vector<std::optional<std::string>> cells;

  bool IsNull(std::size_t i) const { return i >= cells.size() || !cells[i]; }
  std::string Text(std::size_t i) const { return IsNull(i) ? std::string() : *cells[i]; }
  int64_t Int(std::size_t i) const;  // 0 for NULL or a cell that is not an integer
};
using SqlRows = std::vector<SqlRow>;

// One database session, used by one thread at a time. Errors: kConflict for a unique-key
// violation, kInvalidInput for a foreign-key or check violation, kIo for anything else.
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  // One statement with parameters `$1`…`$n` bound from `params` (never spliced into the text).
  virtual Result<SqlRows> Run(const std::string& sql, const SqlParams& params) = 0;
  // Several statements without parameters (schema scripts, transaction control).
  virtual Result<bool> Script(const std::string& sql) = 0;
  virtual Result<bool> Begin() = 0;           // a write transaction
  virtual Result<bool> BeginMigration() = 0;  // one no other process can run at the same time
  // False once the connection is lost: the pool then drops it instead of lending it again.
  virtual bool Usable() const { return true; }

  Result<bool> Commit() { return Script("COMMIT"); }
  void Rollback() { (void)Script("ROLLBACK"); }
};

using ConnectionFactory = std::function<Result<std::unique_ptr<SqlConnection>>()>;

// Opens connections on demand up to `max_size` and lends them out; a borrower beyond that
// waits for one to come back. Thread-safe.
class ConnectionPool {
 public:
  // Returns its connection to the pool when it goes out of scope.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<SqlConnection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    SqlConnection& operator*() const { return *connection_; }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> connection_;
  };

  ConnectionPool(ConnectionFactory factory, std::size_t max_size);
  // Adds an already open connection (the one that ran the migrations).
  void Give(std::unique_ptr<SqlConnection> connection);
  Result<Lease> Acquire();

 private:
  void Release(std::unique_ptr<SqlConnection> connection);

  ConnectionFactory factory_;
  std::size_t max_size_;
  std::size_t open_ = 0;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
  std::mutex mutex_;
  std::condition_variable returned_;
};

}  // namespace jixiao
