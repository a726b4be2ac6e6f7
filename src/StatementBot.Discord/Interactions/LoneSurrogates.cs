namespace StatementBot.Discord.Interactions;

/// <summary>
/// Makes JSON text with a broken surrogate escape (<c>"\ud800"</c> with no low half after it, or a low half alone)
/// readable: each broken half becomes <c>\ufffd</c> (the replacement character), the same length, so the rest of the
/// text is untouched. System.Text.Json refuses such strings outright; a user who pastes half an emoji still deserves
/// an answer rather than a 400.
/// </summary>
internal static class LoneSurrogates
{
    private const int EscapeLength = 6; // \uXXXX

    /// <summary><paramref name="json"/> itself when nothing is broken, else a repaired copy.</summary>
    public static byte[] Repair(byte[] json)
    {
        byte[]? repaired = null;
        var i = 0;
        while (i < json.Length)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                i++;
                continue;
            }

            if (json[i + 1] != 'u' || !TryReadEscape(json, i, out var unit))
            {
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(unit) && TryReadEscape(json, i + EscapeLength, out var low) && char.IsLowSurrogate(low))
            {
                i += 2 * EscapeLength;
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                repaired ??= (byte[])json.Clone();
                "\\ufffd"u8.CopyTo(repaired.AsSpan(i));
            }

            i += EscapeLength;
        }

        return repaired ?? json;
    }

    private static bool TryReadEscape(byte[] json, int at, out char unit)
    {
        unit = '\0';
        if (at + EscapeLength > json.Length || json[at] != '\\' || json[at + 1] != 'u')
        {
            return false;
        }

        var value = 0;
        for (var k = at + 2; k < at + EscapeLength; k++)
        {
            var digit = HexValue(json[k]);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        unit = (char)value;
        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
