-- wrk script: GET /api/sellers/{id}/report with HTTP Basic, rotating over the logins that
-- `eggbasket generate` wrote to <data>/bench-logins.csv (seller_id,username,password,lines,group).
-- Environment: LOGINS=path/to/bench-logins.csv, GROUP=sample|top|all (default sample).
local logins = {}
local thread_count = 0

local function b64(data)
  local chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  return ((data:gsub('.', function(x)
    local r, b = '', x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d%d?%d?%d?%d?', function(x)
    if #x < 6 then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({ '', '==', '=' })[#data % 3 + 1])
end

local function load()
  local file = assert(io.open(os.getenv("LOGINS"), "r"), "set LOGINS to bench-logins.csv")
  local group = os.getenv("GROUP") or "sample"
  local first = true
  for line in file:lines() do
    if not first then
      local seller, user, password, _, g = line:match("([^,]+),([^,]+),([^,]+),([^,]+),([^,]+)")
      if group == "all" or g == group then
        logins[#logins + 1] = { path = "/api/sellers/" .. seller .. "/report",
                                auth = "Basic " .. b64(user .. ":" .. password) }
      end
    end
    first = false
  end
  file:close()
  assert(#logins > 0, "no login in group " .. group)
end

function setup(thread)
  thread:set("offset", thread_count * 7)
  thread_count = thread_count + 1
end

function init(args)
  load()
  n = offset or 0
end

function request()
  n = n + 1
  local l = logins[n % #logins + 1]
  return wrk.format("GET", l.path, { ["Authorization"] = l.auth, ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local s = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, s, summary.requests / s, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
