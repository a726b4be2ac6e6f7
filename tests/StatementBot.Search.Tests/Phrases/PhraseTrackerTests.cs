using System.Text.RegularExpressions;
using StatementBot.Search.Tests.Verifying;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Phrases;

/// <summary>
/// /phrase over the slice of the shared corpora, checked against the statements themselves: every statement saying
/// the phrase is counted (not a page of hits), with the right first and last use and speakers.
/// </summary>
public sealed class PhraseTrackerTests(VerifyCorpusFixture corpus) : IClassFixture<VerifyCorpusFixture>
{
    /// <summary>The Foreign Ministry's stock line, written "one-China principle" and "one China principle".</summary>
    private static readonly Regex OneChina = new(@"\bone[-\s]+china\s+principle\b", RegexOptions.IgnoreCase);

    [SharedFact]
    public void Trace_CountsEveryStatementThatSaysIt()
    {
        var saying = corpus.Statements.Where(s => OneChina.IsMatch(s.Text)).ToArray();
        Assert.True(saying.Length > 5, "the slice should say it several times");

        var life = corpus.Tracker.Trace("One China principle").Value!;

        Assert.Equal(saying.Length, life.Total);
        Assert.Equal(saying.Min(s => s.Document.Date), life.First);
        Assert.Equal(saying.Max(s => s.Document.Date), life.Last);
        Assert.Equal(life.First, life.FirstHit!.Date);
        Assert.Equal(life.Last, (life.LatestHit ?? life.FirstHit).Date);
        Assert.Equal(saying.Length, life.Years.Sum(y => y.Statements) + life.Undated);
    }

    [SharedFact]
    public void Trace_NamesWhoSaidItWithTheirCounts()
    {
        var expected = corpus.Statements.Where(s => OneChina.IsMatch(s.Text))
            .GroupBy(s => s.Speaker)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(g => g.Item2)
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .ToArray();

        var life = corpus.Tracker.Trace("one-China principle").Value!;

        Assert.Equal(expected, life.Speakers.Select(s => (s.Name, s.Statements)));
    }

    [SharedFact]
    public void Trace_FirstUse_MarksThePhraseInItsExcerpt()
    {
        var life = corpus.Tracker.Trace("one-China principle").Value!;

        // "one-China" is two marks (a hyphen is not a space); from the first to the last they are the phrase.
        var snippet = life.FirstHit!.Snippet;
        var marks = snippet.Marks().ToArray();
        Assert.Matches(OneChina, snippet.Text[marks[0].Start..(marks[^1].Start + marks[^1].Length)]);
    }

    [SharedFact]
    public void Trace_OneSpeaker_CountsOnlyTheirs()
    {
        var top = corpus.Tracker.Trace("one-China principle").Value!.Speakers[0];

        var theirs = corpus.Tracker.Trace("one-China principle", top.Name).Value!;

        Assert.Equal(top.Statements, theirs.Total);
        Assert.Equal(top.Name, theirs.Speaker);
        Assert.Equal([top.Name], theirs.Speakers.Select(s => s.Name));
    }

    [SharedFact]
    public void Trace_WordsInAnotherOrder_AreNotThePhrase()
    {
        var life = corpus.Tracker.Trace("principle China one").Value!;

        Assert.Equal(0, life.Total);
        Assert.Null(life.FirstHit);
    }

    [SharedFact]
    public void Trace_NoWords_IsAnError() =>
        Assert.StartsWith("Type the words of a phrase", corpus.Tracker.Trace(" \"\" ").Error!.Message);
}
