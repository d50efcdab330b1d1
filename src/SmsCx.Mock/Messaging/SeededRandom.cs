namespace SmsCx.Mock.Messaging;

/// <summary>
/// The mock's single source of randomness: ids, fake data and chosen delays all come from one seeded generator,
/// so a run with the same seed and the same requests repeats itself. Thread-safe.
/// </summary>
public sealed class SeededRandom
{
    private readonly Lock _gate = new();
    private readonly Random _random;

    /// <summary>Creates the generator; <paramref name="seed"/> <see langword="null"/> picks a random seed.</summary>
    public SeededRandom(int? seed)
    {
        Seed = seed ?? Random.Shared.Next();
        _random = new Random(Seed);
    }

    /// <summary>The seed in use, worth logging so a run can be repeated.</summary>
    public int Seed { get; }

    /// <summary>A new lower-case version-4 UUID, as the API's ids are.</summary>
    public string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_gate)
            _random.NextBytes(bytes);

        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString("D");
    }

    /// <summary>A string of <paramref name="length"/> characters drawn from <paramref name="alphabet"/>.</summary>
    public string NextString(int length, string alphabet)
    {
        ArgumentException.ThrowIfNullOrEmpty(alphabet);
        var chars = new char[length];
        lock (_gate)
        {
            for (var i = 0; i < length; i++)
                chars[i] = alphabet[_random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>
    /// True with probability <paramref name="rate"/> (0 to 1, in steps of one in a million); a rate of 0 draws
    /// nothing, so switching a fault off does not shift the seeded sequence.
    /// </summary>
    public bool Chance(double rate) => rate > 0 && Next(1_000_000) < rate * 1_000_000;

    /// <summary>A non-negative integer below <paramref name="maxExclusive"/>.</summary>
    public int Next(int maxExclusive)
    {
        lock (_gate)
            return _random.Next(maxExclusive);
    }
}
