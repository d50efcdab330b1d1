using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace SmsCx.Browser.Tests.Png;

/// <summary>
/// Writes small PNG files for the decoder's tests, with a chosen filter type per row, so every filter is exercised
/// on known pixels. The filters are the encoder's side of the same definitions the decoder undoes.
/// </summary>
internal static class TestPngEncoder
{
    /// <summary>Encodes <paramref name="pixels"/> (3 or 4 bytes a pixel, rows from the top); row y uses filters[y].</summary>
    public static byte[] Encode(
        int width, int height, int channels, byte[] pixels, IReadOnlyList<byte> filters, int idatChunks = 1)
    {
        var stride = width * channels;
        var raw = new byte[height * (stride + 1)];
        for (var y = 0; y < height; y++)
        {
            raw[y * (stride + 1)] = filters[y];
            for (var i = 0; i < stride; i++)
            {
                int x = pixels[(y * stride) + i];
                int a = i >= channels ? pixels[(y * stride) + i - channels] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int c = i >= channels && y > 0 ? pixels[((y - 1) * stride) + i - channels] : 0;
                var predicted = filters[y] switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => Paeth(a, b, c) };
                raw[(y * (stride + 1)) + 1 + i] = (byte)(x - predicted);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(raw);

        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        header[8] = 8;
        header[9] = (byte)(channels == 4 ? 6 : 2);
        WriteChunk(png, "IHDR", header);
        foreach (var part in compressed.ToArray().Chunk((int)Math.Ceiling(compressed.Length / (double)idatChunks)))
            WriteChunk(png, "IDAT", part);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(number, (uint)data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    // CRC-32 (polynomial 0xEDB88320) over chunk type and data, as the PNG specification defines it.
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }
}
