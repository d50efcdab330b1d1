-- wrk script: POSTs the same 1-item dlr_update body on every request, as tests/load/bench/engine-closed.yaml does,
-- so wrk and the load engine send identical requests. Usage: wrk -s post-static.lua URL
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"event":"dlr_update","data":[{"campaignId":null,"msgId":"00000001-0000-4000-8000-000000000001",' ..
  '"statusCode":3,"status":"DELIVERED","errorCode":null,"datetime":"2026-05-14 09:21:12","trackData":null}]}'
