-- wrk script of the peer benchmark: POSTs one GraphQL body (a file named after "--") and
-- counts answers that are not HTTP 200 or that carry GraphQL errors.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  local body = file:read("*a")
  file:close()
  failed = 0
  req = wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
end

function request()
  return req
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do
    failures = failures + thread:get("failed")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK-JSON {"requests":%d,"duration_us":%d,"bytes":%d,"socket_errors":%d,"failed":%d,"p50_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, failures,
    latency:percentile(50), latency:percentile(99)))
end
