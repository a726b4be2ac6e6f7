using StatementBot.Corpus.Loading;

namespace StatementBot.Corpus.Tests.Loading;

/// <summary>Keeps every progress report, in the order reported, without posting to another thread.</summary>
internal sealed class RecordingProgress : IProgress<CorpusProgress>
{
    private readonly List<CorpusProgress> _reports = [];

    public IReadOnlyList<CorpusProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(CorpusProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}
