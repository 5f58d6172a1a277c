-- Shared by pipeline.lua and application.lua: the bearer token, a per-thread count of
-- responses that are not 2xx (wrk itself counts 3xx as success; a 302 to /login is a failure
-- here), and one machine-readable RESULT line for load.sh at the end of the run.
local token = os.getenv("BOUCLE_ADMIN_TOKEN") or error("BOUCLE_ADMIN_TOKEN is not set")
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

local threads = {}
local thread_count = 0

function setup(thread)
   thread_count = thread_count + 1
   thread:set("id", thread_count)
   table.insert(threads, thread)
end

non2xx = 0

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, t in ipairs(threads) do
      bad = bad + t:get("non2xx")
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   -- latencies in microseconds, as wrk measures them
   io.write(string.format(
      "RESULT requests=%d seconds=%.1f rps=%.1f mean_us=%.0f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d " ..
      "non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
      summary.requests, seconds, summary.requests / seconds, latency.mean,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max,
      bad, e.connect, e.read, e.write, e.timeout))
end
