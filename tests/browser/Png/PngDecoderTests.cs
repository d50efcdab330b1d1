namespace SmsCx.Browser.Tests.Png;

[TestFixture]
public sealed class PngDecoderTests
{
    // Row y of the test images uses filter Filters[y]: None, Sub, Up, Average, Paeth, then Paeth and Average again
    // on rows whose neighbours are not zero.
    private static readonly byte[] s_filters = [0, 1, 2, 3, 4, 4, 3];

    [TestCase(3)]
    [TestCase(4)]
    public void Decode_EveryFilterType_GivesTheKnownPixels(int channels)
    {
        const int Width = 6;
        var height = s_filters.Length;
        var pixels = KnownPixels(Width, height, channels);
        var png = TestPngEncoder.Encode(Width, height, channels, pixels, s_filters);

        var image = PngDecoder.Decode(png);

        Assert.That((image.Width, image.Height), Is.EqualTo((Width, height)));
        Assert.That(image.Rgba, Is.EqualTo(AsRgba(pixels, channels)));
    }

    [Test]
    public void Decode_DataSplitOverSeveralIdatChunks_JoinsThem()
    {
        var pixels = KnownPixels(5, s_filters.Length, 4);
        var png = TestPngEncoder.Encode(5, s_filters.Length, 4, pixels, s_filters, idatChunks: 3);

        var image = PngDecoder.Decode(png);

        Assert.That(image.Rgba, Is.EqualTo(pixels));
        Assert.That(image[1, 2], Is.EqualTo((pixels[44], pixels[45], pixels[46], pixels[47])),
            "pixel (1, 2) of a 5-pixel-wide image");
    }

    [Test]
    public void Decode_NotAPng_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PngDecoder.Decode([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    }

    // Values chosen so that every filter's prediction differs from the byte, and sums wrap past 255.
    private static byte[] KnownPixels(int width, int height, int channels)
    {
        var pixels = new byte[width * height * channels];
        for (var i = 0; i < pixels.Length; i++)
            pixels[i] = (byte)((i * 37) + (i / (width * channels) * 91) + 200);
        return pixels;
    }

    private static byte[] AsRgba(byte[] pixels, int channels) => channels == 4
        ? pixels
        : [.. pixels.Chunk(3).SelectMany(p => new[] { p[0], p[1], p[2], (byte)255 })];
}
