using Bogus;
using SmsCx.Contracts.Webhooks;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// Makes realistic, reproducible visitor data for short-link hits (device, browser, city, anonymised address)
/// with Bogus, seeded from the mock's seed. Thread-safe.
/// </summary>
public sealed class FakeVisitor
{
    private static readonly (string Device, string Browser, string Os, string Brand, string Model, string Screen)[] s_devices =
    [
        ("mobile", "Chrome Mobile", "Android", "Samsung", "Galaxy S23", "1080x2340"),
        ("mobile", "Mobile Safari", "iOS", "Apple", "iPhone 15", "1179x2556"),
        ("mobile", "Samsung Internet", "Android", "Samsung", "Galaxy A54", "1080x2340"),
        ("mobile", "Chrome Mobile", "Android", "Google", "Pixel 8", "1080x2400"),
        ("tablet", "Mobile Safari", "iOS", "Apple", "iPad Air", "1640x2360"),
        ("desktop", "Chrome", "Windows", "", "", "1920x1080"),
        ("desktop", "Firefox", "Linux", "", "", "2560x1440"),
    ];

    private readonly Lock _gate = new();
    private readonly Faker _faker;

    /// <summary>Creates the generator from <paramref name="seed"/>.</summary>
    public FakeVisitor(int seed)
    {
        _faker = new Faker("de") { Random = new Randomizer(seed) };
    }

    /// <summary>A hit of <paramref name="url"/> by the recipient of <paramref name="message"/>.</summary>
    public ShortlinkHit HitFor(MockMessage message, string url, string shortlinkId, long hitId, string datetime)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            var device = _faker.PickRandom(s_devices);
            return new ShortlinkHit
            {
                HitId = hitId,
                ShortlinkId = shortlinkId,
                Url = url,
                Device = device.Device,
                Browser = device.Browser,
                BrowserVersion = $"{_faker.Random.Int(110, 131)}.0",
                Os = device.Os,
                OsVersion = device.Os == "iOS" ? $"17.{_faker.Random.Int(0, 5)}" : $"{_faker.Random.Int(10, 14)}",
                Brand = device.Brand,
                Model = device.Model,
                ScreenResolution = device.Screen,
                AcceptLanguage = _faker.PickRandom("de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9"),
                Referrer = null,
                IpAddress = $"{_faker.Random.Int(80, 217)}.{_faker.Random.Int(0, 255)}.{_faker.Random.Int(0, 255)}.0",
                CountryIso = message.CountryIso,
                City = _faker.Address.City(),
                Datetime = datetime,
                PhoneNumber = message.To,
                CampaignId = message.CampaignId,
                GroupId = null,
            };
        }
    }
}
