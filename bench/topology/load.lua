-- wrk script: POSTs the request bodies of $BENCH_BODIES (one JSON body a line) in turn, with
-- $BENCH_KEY as bearer, and prints one line of figures for run.sh:
--   requests seconds p50_ms p99_ms errors graphql_errors
-- errors are wrk's (non-2xx/3xx status, connect, read, write, timeout); graphql_errors are
-- answers with status 200 whose body carries "errors".
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do bodies[#bodies + 1] = line end
local headers = { ["Content-Type"] = "application/json" }
local key = os.getenv("BENCH_KEY")
if key and key ~= "" then headers["Authorization"] = "Bearer " .. key end

local counter = 0
local threads = {}

function setup(thread)
  thread:set("offset", counter * 7919)
  thread:set("graphql_errors", 0)
  counter = counter + 1
  threads[#threads + 1] = thread
end

function init(args)
  index = offset or 0
end

function request()
  index = index + 1
  return wrk.format("POST", "/graphql", headers, bodies[(index % #bodies) + 1])
end

function response(status, headers, body)
  if status == 200 and string.find(body, '"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  local graphql = 0
  for _, thread in ipairs(threads) do graphql = graphql + thread:get("graphql_errors") end
  io.write(string.format("%d %.3f %.3f %.3f %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, graphql))
end
