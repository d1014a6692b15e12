-- wrk script of the Liaison benchmark (bench/run.sh): one scenario per run, set by environment variables.
--   LIAISON_NAME    the scenario's name, printed with its figures
--   LIAISON_TOKEN   the API token sent as "Authorization: Bearer ..."
--   LIAISON_METHOD  GET (default) or POST
--   LIAISON_PATH    the path and query; LIAISON_BODY an optional file with the JSON body
-- In the path and the body, ${seq} is a running number (the same within one request), ${digits:N} N random
-- digits, ${pick:FILE} a random line of FILE. Every request carries a fresh Idempotency-Key.
-- Prints one line of figures and the same as JSON, like pgbench prints its own.

local name = os.getenv("LIAISON_NAME") or "scenario"
local token = os.getenv("LIAISON_TOKEN")
local method = os.getenv("LIAISON_METHOD") or "GET"
local path_template = os.getenv("LIAISON_PATH") or "/"
local body_file = os.getenv("LIAISON_BODY")

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local body_template
local picks = {}
local seq = 0

local function read_all(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function pick(path)
  local lines = picks[path]
  if lines == nil then
    lines = {}
    for line in io.lines(path) do
      if line ~= "" then table.insert(lines, line) end
    end
    picks[path] = lines
  end
  return lines[math.random(#lines)]
end

local function digits(n)
  local t = {}
  for i = 1, n do t[i] = tostring(math.random(0, 9)) end
  return table.concat(t)
end

local function expand(s, n)
  return (s:gsub("%${([^}]+)}", function(key)
    if key == "seq" then return n end
    local d = key:match("^digits:(%d+)$")
    if d then return digits(tonumber(d)) end
    local file = key:match("^pick:(.+)$")
    if file then return pick(file) end
    error("unknown placeholder " .. key)
  end))
end

local function uuid()
  return string.format("%08x-%04x-4%03x-a%03x-%06x%06x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0, 0xfff), math.random(0, 0xffffff), math.random(0, 0xffffff))
end

function init(args)
  math.randomseed(os.time() * 1000 + tid)
  if body_file ~= nil and body_file ~= "" then body_template = read_all(body_file) end
end

function request()
  seq = seq + 1
  local n = tostring(os.time()) .. tostring(tid) .. tostring(seq)
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = uuid(),
  }
  local body = nil
  if body_template ~= nil then
    headers["Content-Type"] = "application/json"
    body = expand(body_template, n)
  end
  return wrk.format(method, expand(path_template, n), headers, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local errors = e.status + e.connect + e.read + e.write + e.timeout
  local n = summary.requests
  local p = function(q) return latency:percentile(q) / 1000 end
  io.write(string.format("%-28s n=%d errors=%d rate=%.1f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
    name, n, errors, n / seconds, p(50), p(95), p(99), latency.max / 1000))
  io.write(string.format('{"name":"%s","n":%d,"errors":%d,"rate":%.2f,"p50":%.2f,"p95":%.2f,"p99":%.2f}\n',
    name, n, errors, n / seconds, p(50), p(95), p(99)))
end

if os.getenv("LIAISON_DEBUG") then
  local shown = 0
  function response(status, headers, body)
    if status >= 300 and shown < 3 then
      shown = shown + 1
      io.stderr:write("  error: " .. status .. " " .. string.sub(body or "", 1, 300) .. "\n")
    end
  end
end
