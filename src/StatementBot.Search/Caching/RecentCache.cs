using System.Collections.Concurrent;

namespace StatementBot.Search.Caching;

/// <summary>
/// Keeps the values most recently asked for, at most about <see cref="Capacity"/> of them, in two halves: new and
/// recently used values go to the young half; when it is full it becomes the old half and the old one is dropped, so a
/// value asked for again while old moves back to the young half. Thread-safe; a race only computes a value twice.
/// </summary>
/// <remarks>Values must be a function of the key alone: whichever copy a race keeps, callers see the same answer.</remarks>
internal sealed class RecentCache<TValue> where TValue : class
{
    private readonly Lock _rotation = new();
    private Half _young;
    private Half _old;

    public int Capacity { get; }

    public RecentCache(int capacity)
    {
        Capacity = Math.Max(2, capacity);
        _young = new Half(Capacity / 2);
        _old = new Half(Capacity / 2);
    }

    /// <summary>How many values are kept now (both halves).</summary>
    public int Count => Volatile.Read(ref _young).Count + Volatile.Read(ref _old).Count;

    public TValue GetOrAdd<TState>(int key, TState state, Func<int, TState, TValue> make)
    {
        var young = Volatile.Read(ref _young);
        if (young.Values.TryGetValue(key, out var value))
        {
            return value;
        }

        if (!Volatile.Read(ref _old).Values.TryGetValue(key, out value))
        {
            value = make(key, state);
        }

        if (young.Values.TryAdd(key, value) && Interlocked.Increment(ref young.Added) >= Capacity / 2)
        {
            Rotate(young);
        }

        return value;
    }

    private void Rotate(Half full)
    {
        lock (_rotation)
        {
            if (!ReferenceEquals(_young, full))
            {
                return;
            }

            Volatile.Write(ref _old, full);
            Volatile.Write(ref _young, new Half(Capacity / 2));
        }
    }

    /// <remarks>
    /// Sized for a full half from the start: a dictionary that grows takes all of its locks at every doubling, and a
    /// half is new at every rotation. Sized that way its locks no longer grow with it, so it starts with enough of
    /// them for callers on more threads than cores.
    /// </remarks>
    private sealed class Half(int size)
    {
        private const int Locks = 64;

        public readonly ConcurrentDictionary<int, TValue> Values = new(Locks, size + 1);
        public int Added;

        public int Count => Volatile.Read(ref Added);
    }
}
