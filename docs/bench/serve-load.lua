-- Load for a running `serve`, with wrk (Debian's package): each connection posts generated profiles, one per
-- line of the file given after "--", in turn, and the run ends with the latency percentiles and the failures.
--   wrk -t1 -c50 -d60s --timeout 10s -s docs/bench/serve-load.lua \
--       "http://127.0.0.1:18080/api/assess?role=clinical-services-director" -- /tmp/load.jsonl
local bodies = {}
local next = 0

function init(args)
  local path = args[1] or "load.jsonl"
  for line in io.lines(path) do
    bodies[#bodies + 1] = line
  end
  if #bodies == 0 then
    error("no profiles in " .. path)
  end
end

function request()
  next = next % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[next])
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("%d requests in %.1f s, %.0f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d failed\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, failed))
end
