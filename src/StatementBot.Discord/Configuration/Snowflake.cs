namespace StatementBot.Discord.Configuration;

/// <summary>Discord ids: unsigned 64-bit integers sent as JSON strings (FACTS §1).</summary>
public static class Snowflake
{
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 20 && value.All(char.IsAsciiDigit) &&
        (value == "0" || value[0] != '0') && ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>Milliseconds from the Unix epoch to Discord's (2015-01-01), the origin of a snowflake's timestamp bits.</summary>
    private const long DiscordEpochMs = 1_420_070_400_000;

    /// <summary>When Discord created the object with this id (its top 42 bits); null for an id that is not a snowflake.</summary>
    public static DateTimeOffset? CreatedAt(string? id) =>
        IsValid(id) && ulong.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(value >> 22) + DiscordEpochMs)
            : null;
}
