-- wrk script: the pipeline board as a polling client sees it: each connection keeps the ETag
-- of the last board it received and sends it in If-None-Match, so an unchanged board is a 304
-- without a body. Counts as errors any answer but 200 and 304.
-- Env: as pipeline.lua.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")

local job = os.getenv("BENCH_JOB_ID") or error("BENCH_JOB_ID is not set")
local page = os.getenv("BENCH_PAGE") or "25"
local path = "/api/v1/jobs/" .. job .. "/pipeline?limit=" .. page
local etag = nil

function request()
   if etag == nil then return wrk.format("GET", path) end
   -- wrk.format replaces wrk.headers when given headers: copy them, then add the tag.
   local headers = {}
   for name, value in pairs(wrk.headers) do headers[name] = value end
   headers["If-None-Match"] = etag
   return wrk.format("GET", path, headers)
end

function response(status, headers, body)
   if status == 200 then
      etag = headers["ETag"] or headers["Etag"] or headers["etag"]
   elseif status ~= 304 then
      non2xx = non2xx + 1
   end
end
