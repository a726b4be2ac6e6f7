using System.Collections.Concurrent;

namespace StatementBot.Search.Comparing;

/// <summary>
/// How a term is written in a statement ("Hong Kong", "Taiwan"), one string per writing for all statements: white
/// space inside collapsed to one space, a trailing possessive ('s, ’s) cut off. Thread-safe.
/// </summary>
internal static class WrittenForms
{
    /// <summary>At most this many writings are pooled; past it each is its own string (the shared corpora write far fewer).</summary>
    private const int PoolLimit = 200_000;

    private const int StackLimit = 256;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _pooled;

    /// <summary>The writing of <paramref name="written"/>, as the words split on white space and joined by one space.</summary>
    public static string Of(ReadOnlySpan<char> written)
    {
        Span<char> buffer = written.Length <= StackLimit ? stackalloc char[written.Length] : new char[written.Length];
        return Pooled(Normalize(written, buffer));
    }

    /// <summary>
    /// <paramref name="written"/> with its white space collapsed and a trailing possessive cut off, written into
    /// <paramref name="buffer"/> (at least as long as <paramref name="written"/>).
    /// </summary>
    public static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> written, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        foreach (var c in written)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            buffer[length++] = c;
        }

        ReadOnlySpan<char> form = buffer[..length];
        return form.Length > 2 && (form.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || form.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
            ? form[..^2]
            : form;
    }

    /// <summary>The one string for a normalised writing.</summary>
    public static string Pooled(ReadOnlySpan<char> form)
    {
        if (Lookup.TryGetValue(form, out var pooled))
        {
            return pooled;
        }

        var made = form.ToString();
        if (Volatile.Read(ref _pooled) >= PoolLimit)
        {
            return made;
        }

        var kept = Pool.GetOrAdd(made, made);
        if (ReferenceEquals(kept, made))
        {
            Interlocked.Increment(ref _pooled);
        }
        return kept;
    }
}
