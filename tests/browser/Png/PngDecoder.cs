using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SmsCx.Browser.Tests.Png;

/// <summary>
/// Decodes the PNG files a browser's screenshot gives: 8-bit RGB or RGBA, not interlaced. Enough of the format
/// (PNG specification, chunks IHDR / IDAT / IEND, filter method 0) to check what the page really rendered; anything
/// else throws <see cref="NotSupportedException"/>. Chunk CRCs are not checked: the bytes come straight from the
/// browser, and a corrupt stream still fails in the inflater or the size check.
/// </summary>
internal static class PngDecoder
{
    private static ReadOnlySpan<byte> Signature => [137, 80, 78, 71, 13, 10, 26, 10];

    public static PngImage Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (!png.AsSpan().StartsWith(Signature))
            throw new InvalidDataException("Not a PNG: the signature is missing.");

        var (header, compressed) = ReadChunks(png);
        var channels = header.ColourType switch
        {
            2 => 3,
            6 => 4,
            _ => throw new NotSupportedException($"PNG colour type {header.ColourType}; only RGB (2) and RGBA (6) are read."),
        };
        if (header.BitDepth != 8 || header.Interlace != 0)
        {
            throw new NotSupportedException(
                $"PNG bit depth {header.BitDepth}, interlace {header.Interlace}; only 8-bit, not interlaced.");
        }

        var stride = header.Width * channels;
        var filtered = Inflate(compressed, header.Height * (stride + 1));
        var pixels = Unfilter(filtered, header.Height, stride, channels);
        return new PngImage(header.Width, header.Height, ToRgba(pixels, channels));
    }

    private static (Header Header, byte[] Compressed) ReadChunks(byte[] png)
    {
        Header? header = null;
        using var idat = new MemoryStream();
        var position = Signature.Length;
        while (position + 12 <= png.Length)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position)));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            position += 12 + length;   // length, type, data, CRC
            switch (type)
            {
                case "IHDR":
                    header = new Header(
                        checked((int)BinaryPrimitives.ReadUInt32BigEndian(data)),
                        checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..])),
                        data[8], data[9], data[12]);
                    break;
                case "IDAT":
                    // The image data may be split over several IDAT chunks; together they are one zlib stream.
                    idat.Write(data);
                    break;
                case "IEND":
                    return (header ?? throw new InvalidDataException("PNG without IHDR."), idat.ToArray());
            }
        }

        throw new InvalidDataException("PNG ends without IEND.");
    }

    private static byte[] Inflate(byte[] compressed, int expectedLength)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var result = new byte[expectedLength];
        zlib.ReadExactly(result);
        return result;
    }

    // Each row starts with its filter type; the filter predicts a byte from its left (a), upper (b) and upper-left
    // (c) neighbours, one pixel (channels bytes) apart, and the row stores the difference.
    private static byte[] Unfilter(byte[] filtered, int height, int stride, int channels)
    {
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = filtered[y * (stride + 1)];
            var source = filtered.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            ReadOnlySpan<byte> above = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? row[i - channels] : 0;
                int b = above[i];
                int c = i >= channels ? above[i - channels] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown PNG filter type {filter} in row {y}."),
                };
                row[i] = (byte)(source[i] + predicted);
            }
        }

        return pixels;
    }

    // The neighbour closest to a + b - c, ties going to a, then b.
    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int channels)
    {
        if (channels == 4)
            return pixels;

        var rgba = new byte[pixels.Length / 3 * 4];
        for (int from = 0, to = 0; from < pixels.Length; from += 3, to += 4)
        {
            rgba[to] = pixels[from];
            rgba[to + 1] = pixels[from + 1];
            rgba[to + 2] = pixels[from + 2];
            rgba[to + 3] = 255;
        }

        return rgba;
    }

    private sealed record Header(int Width, int Height, byte BitDepth, byte ColourType, byte Interlace);
}
