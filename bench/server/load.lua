-- wrk script: POSTs the request bodies of $BENCH_BODIES (one JSON body a line) in turn,
-- so the load is spread over many users and sessions, and prints one Markdown row.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do bodies[#bodies + 1] = line end
local counter = 0
-- The server's API key, when it takes one ($BENCH_KEY).
local headers = { ["Content-Type"] = "application/json" }
local key = os.getenv("BENCH_KEY")
if key and key ~= "" then headers["Authorization"] = "Bearer " .. key end

function setup(thread)
  thread:set("offset", counter * 7919)
  counter = counter + 1
end

function init(args)
  index = offset or 0
end

function request()
  index = index + 1
  local body = bodies[(index % #bodies) + 1]
  return wrk.format("POST", "/graphql", headers, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("| %.0f | %.2f ms | %.2f ms | %d |\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
