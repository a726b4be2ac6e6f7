using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StatementBot.Discord.Tests.Support;

/// <summary>A logger provider that keeps every formatted log line, so tests can read what a user would see in the logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => _lines.ToArray();

    public string AllText => string.Join("\n", Lines.Select(l => $"{l.Level} {l.Category}: {l.Message} {l.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    public sealed record LogLine(LogLevel Level, string Category, string Message, string? Exception);

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception), exception?.ToString()));
    }
}
