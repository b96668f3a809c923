-- wrk script for bench/publications.sh: each request asks for a path picked at random from the
-- file named by BENCH_PATHS, as readers spread over a million items do, so nearly every request
-- misses the output cache (an anonymous reader's cache miss, without any cookie).
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end

-- Each wrk thread has its own Lua state: seed each differently, or they would ask in step.
math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000003)

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
