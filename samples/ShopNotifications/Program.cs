using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

// A shop that texts "your order shipped" through SMS.CX and keeps what the webhooks tell it.
// Settings: SmsCx:BaseUrl (default https://api.sms.cx), SmsCx:ApiKey.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<Shop>();
builder.Services.AddHttpClient("smscx", (services, http) =>
{
    var config = services.GetRequiredService<IConfiguration>();
    http.BaseAddress = new Uri(config["SmsCx:BaseUrl"] ?? "https://api.sms.cx/");
    http.DefaultRequestHeaders.Add("X-API-KEY", config["SmsCx:ApiKey"] ?? "");
});

var app = builder.Build();

app.MapPost("/orders", async (NewOrder order, Shop shop, IHttpClientFactory clients, CancellationToken ct) =>
{
    using var response = await clients.CreateClient("smscx").PostAsJsonAsync("sms", new
    {
        to = new[] { order.Phone },
        from = "Shop",
        text = $"Your order {order.Id} has shipped. Reply STOP to stop these messages.",
    }, ct);
    if (!response.IsSuccessStatusCode)
        return Results.Problem($"SMS.CX refused the SMS: {(int)response.StatusCode}", statusCode: 502);

    var answer = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    var msgId = answer.GetProperty("data")[0].GetProperty("msgId").GetString()!;
    shop.Orders[order.Id] = new Order(order.Id, order.Phone, msgId);
    shop.Statuses.TryAdd(msgId, answer.GetProperty("data")[0].GetProperty("status").GetString()!);
    return Results.Created($"/orders/{order.Id}", new { order.Id, msgId });
});

app.MapGet("/orders/{id}", (string id, Shop shop) =>
    shop.Orders.TryGetValue(id, out var order)
        ? Results.Ok(new
        {
            order.Id,
            order.MsgId,
            SmsStatus = shop.Statuses.GetValueOrDefault(order.MsgId),
            Replies = shop.Replies.Where(r => r.Phone == order.Phone).Select(r => r.Text).ToArray(),
            OptedOut = shop.OptedOut.ContainsKey(order.Phone),
        })
        : Results.NotFound());

app.MapGet("/messages/{msgId}", (string msgId, Shop shop) =>
    shop.Statuses.TryGetValue(msgId, out var status) ? Results.Ok(new { msgId, status }) : Results.NotFound());

// SMS.CX posts { "event": "...", "data": [ ... ] }; only a 200 tells it the batch arrived.
app.MapPost("/webhooks/smscx", (JsonElement webhook, Shop shop) =>
{
    var items = webhook.GetProperty("data").EnumerateArray();
    switch (webhook.GetProperty("event").GetString())
    {
        case "dlr_update":
            foreach (var item in items)
                shop.Statuses[item.GetProperty("msgId").GetString()!] = item.GetProperty("status").GetString()!;
            break;
        case "receive_sms":
            foreach (var item in items)
                shop.Replies.Add(new Reply(item.GetProperty("from").GetString()!, item.GetProperty("text").GetString()!));
            break;
        case "new_optout":
            foreach (var item in items)
                shop.OptedOut[item.GetProperty("phoneNumber").GetString()!] = true;
            break;
    }

    return Results.Ok();
});

app.Run();

internal sealed record NewOrder(string Id, string Phone);

internal sealed record Order(string Id, string Phone, string MsgId);

internal sealed record Reply(string Phone, string Text);

internal sealed class Shop
{
    public ConcurrentDictionary<string, Order> Orders { get; } = new();
    public ConcurrentDictionary<string, string> Statuses { get; } = new();
    public ConcurrentBag<Reply> Replies { get; } = [];
    public ConcurrentDictionary<string, bool> OptedOut { get; } = new();
}

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
