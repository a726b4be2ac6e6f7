using System.Diagnostics;

namespace StatementBot.Indexing;

/// <summary>
/// One line of progress on standard error: redrawn in place on a terminal, printed at most every few seconds when
/// redirected (so logs stay short). Thread-safe.
/// </summary>
public sealed class ProgressLine(TextWriter status) : IDisposable
{
    private static readonly TimeSpan RedirectedEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(100);

    private readonly bool _inPlace = ReferenceEquals(status, Console.Error) && !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();

    // Redirected output stays quiet for a short build: the first line comes after one interval.
    private TimeSpan? _last;
    private int _width;

    public void Show(string text)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            var since = _last ?? (_inPlace ? now - TerminalEvery : TimeSpan.Zero);
            if (now - since < (_inPlace ? TerminalEvery : RedirectedEvery))
            {
                return;
            }

            _last = now;
            if (_inPlace)
            {
                status.Write("\r" + text.PadRight(_width));
                _width = text.Length;
            }
            else
            {
                status.WriteLine("  " + text);
            }
        }
    }

    /// <summary>Clears the in-place line so the summary starts on a clean line.</summary>
    public void Done()
    {
        lock (_gate)
        {
            if (_inPlace && _width > 0)
            {
                status.Write("\r" + new string(' ', _width) + "\r");
                _width = 0;
            }
        }
    }

    public void Dispose() => Done();
}
