-- wrk script: POSTs dlr_update webhooks with ITEMS items (default 1), every item a new msgId, so each request
-- stores new rows (no duplicate short-cut). Usage: ITEMS=200 wrk -s webhook.lua ...
local items = tonumber(os.getenv("ITEMS") or "1")
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local function item(n)
  return string.format(
    '{"campaignId":null,"msgId":"%08x-0000-4000-8000-%012x","statusCode":3,"status":"DELIVERED",' ..
    '"errorCode":null,"datetime":"2026-05-14 09:21:12","trackData":null}', tid or 0, n)
end

function request()
  local parts = {}
  for i = 1, items do
    counter = counter + 1
    parts[i] = item(counter)
  end
  local body = '{"event":"dlr_update","data":[' .. table.concat(parts, ",") .. ']}'
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
