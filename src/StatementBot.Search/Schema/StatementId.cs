using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StatementBot.Search.Schema;

/// <summary>
/// A statement's stable id: a short hash of its document's path and its position in the document
/// ("3f9a0c1b2d4e-0017"). Short enough for a button's custom id; the same file and position give the same id.
/// </summary>
public static class StatementId
{
    public static string For(string documentPath, int position)
    {
        var normalized = documentPath.Replace('\\', '/');
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..6]) + "-" + position.ToString("D4", CultureInfo.InvariantCulture);
    }
}
