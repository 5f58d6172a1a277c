-- wrk script: GET /api/v1/applications/{id}, each request a random application of the
-- benchmark job (ids read from BENCH_IDS_FILE, one per line), so the timeline and rounds
-- read are spread over the whole job rather than one hot row.
-- Env: BOUCLE_ADMIN_TOKEN, BENCH_IDS_FILE, BENCH_DIR (where report.lua lives).
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")

local ids = {}
local file = os.getenv("BENCH_IDS_FILE") or error("BENCH_IDS_FILE is not set")
for line in io.lines(file) do
   if line:match("^%d+$") then ids[#ids + 1] = line end
end
if #ids == 0 then error("no application ids in " .. file) end

function init(args)
   -- a different but reproducible sequence per thread
   math.randomseed(1000 + (id or 0))
end

function request()
   return wrk.format("GET", "/api/v1/applications/" .. ids[math.random(#ids)])
end
