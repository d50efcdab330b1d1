-- wrk script: POST /sms with one recipient and the test API key, the same request to every server compared.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-KEY"] = "test_key"
wrk.body = '{"to":"+4915112345678","from":"AcmeShop","text":"Hi"}'
