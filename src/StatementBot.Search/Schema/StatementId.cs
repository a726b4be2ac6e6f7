using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StatementBot.Search.Schema;

/// <summary>
/// A statement's stable id: a short hash of its document's key and its position in the document
/// ("3f9a0c1b2d4e-0017"). Short enough for a button's custom id; the same file and position give the same id. The key
/// is the file's path within its corpus (not the machine's full path), so an id quoted in a channel still opens the
/// statement after the index is built again, elsewhere.
/// </summary>
public static class StatementId
{
    /// <summary>Names how ids are made; stores that keep ids (alerts) start afresh when it changes.</summary>
    public const string Scheme = "corpus-path-1";

    public static string For(string documentKey, int position)
    {
        var normalized = documentKey.Replace('\\', '/');
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..6]) + "-" + position.ToString("D4", CultureInfo.InvariantCulture);
    }
}
