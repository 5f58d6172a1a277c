-- wrk script: GET /api/v1/jobs/{id}/pipeline?limit=25 (the pipeline board of the benchmark job).
-- Env: BOUCLE_ADMIN_TOKEN, BENCH_JOB_ID, BENCH_DIR (where report.lua lives), BENCH_PAGE (25).
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")

local job = os.getenv("BENCH_JOB_ID") or error("BENCH_JOB_ID is not set")
local page = os.getenv("BENCH_PAGE") or "25"
wrk.method = "GET"
wrk.path = "/api/v1/jobs/" .. job .. "/pipeline?limit=" .. page
