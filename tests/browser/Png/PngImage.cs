namespace SmsCx.Browser.Tests.Png;

/// <summary>A decoded image: <see cref="Rgba"/> holds four bytes per pixel, row after row from the top.</summary>
internal sealed class PngImage(int width, int height, byte[] rgba)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte[] Rgba { get; } = rgba;

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    /// <summary>Every pixel's colour packed as 0xRRGGBB (alpha left out).</summary>
    public IEnumerable<int> Colours()
    {
        for (var i = 0; i < Rgba.Length; i += 4)
            yield return (Rgba[i] << 16) | (Rgba[i + 1] << 8) | Rgba[i + 2];
    }
}
