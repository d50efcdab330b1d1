using SmsCx.Contracts.Optouts;
using SmsCx.Contracts.Serialization;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// The account's opt-out list: numbers that later sends answer REJECTED for. Entries come from the opt-out link
/// (<c>link</c>) or from <c>POST /optouts</c> (<c>admin</c>); only admin entries can be deleted. Thread-safe.
/// </summary>
public sealed class OptoutList
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OptoutEntry> _byPhone = new(StringComparer.Ordinal);
    private long _nextId = 1;

    /// <summary>Number of entries.</summary>
    public int Count { get { lock (_gate) return _byPhone.Count; } }

    /// <summary>True when <paramref name="e164"/> is on the list.</summary>
    public bool Contains(string e164)
    {
        lock (_gate)
            return _byPhone.ContainsKey(e164);
    }

    /// <summary>The entry of <paramref name="e164"/>, or <see langword="null"/>.</summary>
    public OptoutEntry? Find(string e164)
    {
        lock (_gate)
            return _byPhone.GetValueOrDefault(e164);
    }

    /// <summary>Adds a number; returns <see langword="false"/> when it was already on the list.</summary>
    public bool Add(string e164, string countryIso, string source, DateTimeOffset at, string? campaignId = null)
    {
        lock (_gate)
        {
            if (_byPhone.ContainsKey(e164))
                return false;
            _byPhone[e164] = new OptoutEntry
            {
                Id = _nextId++,
                PhoneNumber = e164,
                CountryIso = countryIso,
                OptoutFrom = source,
                Datetime = SmsCxTime.Format(at),
                CampaignId = campaignId,
            };
            return true;
        }
    }

    /// <summary>Removes the entry with <paramref name="id"/>; returns it, or <see langword="null"/> when unknown.</summary>
    public OptoutEntry? Remove(long id)
    {
        lock (_gate)
        {
            var entry = _byPhone.Values.FirstOrDefault(e => e.Id == id);
            if (entry is not null)
                _byPhone.Remove(entry.PhoneNumber);
            return entry;
        }
    }

    /// <summary>Finds the entry with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public OptoutEntry? FindById(long id)
    {
        lock (_gate)
            return _byPhone.Values.FirstOrDefault(e => e.Id == id);
    }

    /// <summary>Snapshot of every entry, newest first.</summary>
    public IReadOnlyList<OptoutEntry> Snapshot()
    {
        lock (_gate)
            return [.. _byPhone.Values.OrderByDescending(e => e.Id)];
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        lock (_gate)
            _byPhone.Clear();
    }
}
