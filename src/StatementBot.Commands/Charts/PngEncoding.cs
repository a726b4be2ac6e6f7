using SkiaSharp;

namespace StatementBot.Commands.Charts;

/// <summary>Encodes drawn pixels as PNG.</summary>
internal static class PngEncoding
{
    public static byte[] Encode(SKPixmap pixels)
    {
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Sub, 1))
            ?? throw new InvalidOperationException("The chart could not be encoded as PNG.");
        return data.ToArray();
    }
}
