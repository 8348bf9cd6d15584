-- wrk script for benchmark 1 (bench/src/main/java/org/cxloop/bench/Respond.java runs it; see bench/README.md).
-- Each wrk thread drives one connection through its own share of the survey links in a token file (one
-- "<token> <score>" per line):
--   mode "open-answer": GET /s/{token} (the survey page), then POST /s/{token} (the answer), link after link;
--   mode "answer":      POST /s/{token} only, for links the customers opened earlier.
-- Every GET must answer 200 and every POST 302 (to the thanks page); anything else counts as bad. A thread that
-- runs out of links stops and counts as exhausted, which makes the run invalid (the caller makes more links).
-- done() prints one line, "WRK key=value ...", that the caller reads.

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   table.insert(threads, thread)
   counter = counter + 1
end

function init(args)
   file, mode = args[1], args[2]
   local nthreads = tonumber(args[3])
   links = {}
   local n = 0
   for line in io.lines(file) do
      if n % nthreads == id then
         local token, score = line:match("^(%S+) (%d+)$")
         table.insert(links, { path = "/s/" .. token, score = score })
      end
      n = n + 1
   end
   next_link, posting = 1, false
   gets, posts, bad, exhausted = 0, 0, 0, 0
   form = { ["Content-Type"] = "application/x-www-form-urlencoded" }
end

function request()
   local link = links[next_link]
   if link == nil then
      exhausted = 1
      wrk.thread:stop()
      link = links[#links]
   end
   if mode == "open-answer" and not posting then
      posting = true
      return wrk.format("GET", link.path)
   end
   posting = false
   next_link = next_link + 1
   return wrk.format("POST", link.path, form, "score=" .. link.score .. "&comment=Bench+answer+" .. next_link)
end

function response(status, headers, body)
   if mode == "open-answer" and posting then
      gets = gets + 1
      if status ~= 200 then bad = bad + 1 end
   else
      posts = posts + 1
      if status ~= 302 then bad = bad + 1 end
   end
end

function done(summary, latency, requests)
   local g, p, b, e = 0, 0, 0, 0
   for _, thread in ipairs(threads) do
      g = g + thread:get("gets")
      p = p + thread:get("posts")
      b = b + thread:get("bad")
      e = e + thread:get("exhausted")
   end
   local errors = summary.errors
   io.write(string.format("WRK duration_us=%d requests=%d gets=%d posts=%d bad=%d exhausted=%d socket_errors=%d"
         .. " p50_us=%d p95_us=%d p99_us=%d max_us=%d\n",
      summary.duration, summary.requests, g, p, b, e,
      errors.connect + errors.read + errors.write + errors.timeout,
      latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
