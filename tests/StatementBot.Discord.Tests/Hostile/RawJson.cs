using System.Globalization;
using System.Text;

namespace StatementBot.Discord.Tests.Hostile;

/// <summary>
/// Writes JSON text by hand, so a test can send what no serializer would: every character outside printable ASCII
/// as a <c>\uXXXX</c> escape, lone surrogate halves included, exactly as a JavaScript client's JSON.stringify does.
/// </summary>
public static class RawJson
{
    public static string String(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case < ' ' or > '~':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>An object from members whose values are already JSON text; null values leave the member out.</summary>
    public static string Object(params (string Name, string? Json)[] members) =>
        "{" + string.Join(",", members.Where(m => m.Json is not null).Select(m => String(m.Name) + ":" + m.Json)) + "}";

    public static string Array(IEnumerable<string> items) => "[" + string.Join(",", items) + "]";
}
