namespace StatementBot.Discord.Configuration;

/// <summary>Discord ids: unsigned 64-bit integers sent as JSON strings (FACTS §1).</summary>
public static class Snowflake
{
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 20 && value.All(char.IsAsciiDigit) &&
        (value == "0" || value[0] != '0') && ulong.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);
}
