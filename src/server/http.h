// The HTTP seam: the request and response values the server's routes see, and the one
// interface a transport implements (today cpp-httplib, in httplib_transport.cc), so the
// library can be swapped without touching a route. Values are owned by the caller.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"

namespace jixiao {

struct UploadedFile {
  std::string field;      // the form field's name
  std::string filename;   // as the browser sent it
  std::string content;
};

struct HttpRequest {
  std::string method;  // "GET", "POST", …
  std::string path;    // decoded, without the query
  std::multimap<std::string, std::string> params;  // query string and url-encoded form fields
  std::multimap<std::string, std::string> form;    // the fields of a multipart form body only
  std::map<std::string, std::string> headers;      // names in lower case
  std::string body;                                // raw, unless it was a multipart form
  std::vector<UploadedFile> files;                 // the parts of a multipart form that carry a file
  std::string remote_address;

  std::string Param(const std::string& name) const;  // "" when absent
  bool HasParam(const std::string& name) const;
  std::string Header(const std::string& lower_name) const;  // "" when absent
  std::string Cookie(const std::string& name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

struct TransportLimits {
  std::size_t max_body_bytes = 30u << 20;  // larger uploads get 413 before a handler sees them
  int threads = 0;                         // 0: twice the cores, at least 8
};

class HttpTransport {
 public:
  virtual ~HttpTransport() = default;
  // Binds `host:port` (port 0: any free port) and serves until Stop(); every request goes to
  // `handler`. Returns false when the address cannot be bound.
  virtual bool Bind(const std::string& host, int port) = 0;
  virtual int Port() const = 0;
  virtual void Serve(HttpHandler handler) = 0;  // blocks
  virtual void Stop() = 0;
};

std::unique_ptr<HttpTransport> MakeHttplibTransport(const TransportLimits& limits);

}  // namespace jixiao
