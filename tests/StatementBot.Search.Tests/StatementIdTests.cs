using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests;

/// <summary>An id shown in a channel opens the same statement after the corpus is indexed again somewhere else.</summary>
public sealed class StatementIdTests : IDisposable
{
    private readonly TempFolder _work = new();

    [Fact]
    public void Build_SameCorpusInTwoPlaces_GivesTheSameIds()
    {
        var first = IdsOf(Path.Combine(_work.Path, "one", "corpus"), Path.Combine(_work.Path, "one", "index"));
        var second = IdsOf(Path.Combine(_work.Path, "elsewhere", "deeper", "corpus"), Path.Combine(_work.Path, "two"));

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Key_IsThePathWithinTheCorpus_WhateverTheMachinesFolders()
    {
        var a = Path.Combine(_work.Path, "a", "corpora");
        var b = Path.Combine(_work.Path, "b", "c", "corpora");

        Assert.Equal("corpora/wikinews/x.txt", CorpusFolder.Key(Path.Combine(a, "wikinews", "x.txt"), [a]));
        Assert.Equal(CorpusFolder.Key(Path.Combine(a, "wikinews", "x.txt"), [a]), CorpusFolder.Key(Path.Combine(b, "wikinews", "x.txt"), [b]));
        Assert.Equal("x.txt", CorpusFolder.Key(Path.Combine(a, "x.txt"), [Path.Combine(a, "x.txt")]));
    }

    /// <summary>Copies the seed corpus to <paramref name="corpus"/>, indexes it, and lists the ids of a broad search.</summary>
    private static string[] IdsOf(string corpus, string index)
    {
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.EnumerateFiles(SharedData.DefaultCorpus))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        new IndexBuilder(index).Build(new CorpusLoader().Load([corpus]), CorpusSnapshot.Take([corpus]));
        using var open = StatementIndex.Open(index);
        var hits = new StatementSearcher(open).Quote(new QuoteQuery("China", PageSize: StatementSearcher.MaxPageSize)).Value!.Hits;
        return hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToArray();
    }

    public void Dispose() => _work.Dispose();
}
