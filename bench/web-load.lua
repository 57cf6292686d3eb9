-- wrk script for bench/web-load.sh. Arguments after "--": MODE FIRST LAST YEAR [POOL] [PROJECTS]
--   page      GET /units/{u}/years/{y} (the editor page) as the unit's own user, u at random
--   page-rev  the same pages as the reviewer (one session reads every unit)
--   project   GET /units/{u}/years/{y}/projects/{k} with HX-Request (the form a folded project
--             fetches when it is opened), k at random among the PROJECTS (default 20), as the unit's user
--   json      GET /api/units/{u}/years/{y} as the unit's own user
--   save      PATCH /api/units/{u}/years/{y} replacing /funds/shortfall_reason, as the unit's
--             user with its CSRF header. Each thread owns POOL units of its own (a slice of
--             FIRST..LAST); a unit is taken from the thread's queue for one request and goes
--             back when its response names its new revision, so no unit ever has two saves in
--             flight and every save names the current revision. A unit's first request is a
--             GET that learns its revision (counted apart as "revision reads").
-- Sessions and tokens are the ones bench/web_seed.cc writes.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local function unit_token(u) return string.format("a%063d", u) end
local function unit_csrf(u) return string.format("c%063d", u) end
local reviewer_token = string.rep("f", 64)

function init(args)
  mode, first, last, year = args[1], tonumber(args[2]), tonumber(args[3]), args[4]
  math.randomseed(os.time() * 100 + id)
  saves, conflicts, revision_reads, other = 0, 0, 0, 0
  projects = tonumber(args[6] or "20")
  if mode ~= "save" then
    response = nil  -- wrk then skips parsing bodies for reads
    return
  end
  local pool = tonumber(args[5] or "32")
  revisions, queue, head, tail = {}, {}, 1, 0
  local base = first + (id - 1) * pool
  for u = base, math.min(base + pool - 1, last) do
    tail = tail + 1
    queue[tail] = u
  end
end

local function year_path(prefix, u) return prefix .. "/units/" .. u .. "/years/" .. year end

function request()
  if mode == "save" then
    local u = queue[head]
    if u == nil then  -- every unit of the pool lost to an error: read one at random
      return wrk.format("GET", year_path("/api", first), {Cookie = "jixiao_session=" .. unit_token(first)})
    end
    queue[head] = nil
    head = head + 1
    local cookie = "jixiao_session=" .. unit_token(u)
    if revisions[u] == nil then
      return wrk.format("GET", year_path("/api", u), {Cookie = cookie})
    end
    local body = string.format(
      '{"revision":%d,"edits":[{"op":"replace","path":"/funds/shortfall_reason","value":"压测保存 %d：部分项目资金下达较晚，执行进度滞后。"}]}',
      revisions[u], revisions[u])
    return wrk.format("PATCH", year_path("/api", u),
      {Cookie = cookie, ["X-CSRF-Token"] = unit_csrf(u), ["Content-Type"] = "application/json"}, body)
  end
  local u = math.random(first, last)
  if mode == "page-rev" then
    return wrk.format("GET", year_path("", u), {Cookie = "jixiao_session=" .. reviewer_token})
  elseif mode == "project" then
    return wrk.format("GET", year_path("", u) .. "/projects/" .. math.random(0, projects - 1),
      {Cookie = "jixiao_session=" .. unit_token(u), ["HX-Request"] = "true"})
  elseif mode == "json" then
    return wrk.format("GET", year_path("/api", u), {Cookie = "jixiao_session=" .. unit_token(u)})
  end
  return wrk.format("GET", year_path("", u), {Cookie = "jixiao_session=" .. unit_token(u)})
end

function response(status, headers, body)
  if status == 409 then
    conflicts = conflicts + 1
    return  -- the unit is not known here: it leaves the pool
  elseif status ~= 200 then
    other = other + 1
    return
  end
  -- The draft's own fields come first in the answer: unit_id, year, status, revision, …
  local u = tonumber(body:match('"unit_id":(%d+)'))
  local r = tonumber(body:match('"revision":(%d+)'))
  if u == nil or r == nil then
    other = other + 1
    return
  end
  if revisions[u] == nil then revision_reads = revision_reads + 1 else saves = saves + 1 end
  revisions[u] = r
  tail = tail + 1
  queue[tail] = u
end

function done(summary, latency, requests)
  local mode = threads[1]:get("mode")
  local s, c, r, o = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    s = s + thread:get("saves")
    c = c + thread:get("conflicts")
    r = r + thread:get("revision_reads")
    o = o + thread:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("web-load %s: %d requests in %.1f s = %.0f/s; p50 %.2f ms, p99 %.2f ms, max %.2f ms; errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    mode, summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout))
  if mode == "save" then
    io.write(string.format("web-load save: %d saves (%.0f/s), %d conflicts (409), %d revision reads, %d other answers\n",
      s, s / seconds, c, r, o))
  end
end
