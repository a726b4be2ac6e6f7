using DiffPlex;
using DiffPlex.Chunkers;

namespace StatementBot.Search.Verifying;

/// <summary>
/// How a claim departs from the stretch of a statement it was aligned with, word by word (DiffPlex's Myers diff over
/// the folded words): runs of the statement's words the claim lacks and runs of the claim's words the statement
/// lacks, each at its place. A run on both sides is a change ("lifting" → "raising"); on one side only, words dropped
/// or added.
/// </summary>
internal sealed class WordDiff
{
    private WordDiff(IReadOnlyList<DiffRun> runs, int saidWords, int claimedWords)
    {
        Runs = runs;
        SaidWords = saidWords;
        ClaimedWords = claimedWords;
        var changed = runs.Sum(r => Math.Min(r.SaidCount, r.ClaimedCount));
        Changed = changed;
        Dropped = runs.Sum(r => r.SaidCount) - changed;
        Added = runs.Sum(r => r.ClaimedCount) - changed;
        Same = saidWords - changed - Dropped;
    }

    /// <summary>Where the two differ, in order; positions count words from the stretch's and the claim's starts.</summary>
    public IReadOnlyList<DiffRun> Runs { get; }

    public int SaidWords { get; }

    public int ClaimedWords { get; }

    /// <summary>Words both have, in the same order.</summary>
    public int Same { get; }

    /// <summary>Words the claim has in place of the statement's (one for one).</summary>
    public int Changed { get; }

    /// <summary>Statement words the claim leaves out.</summary>
    public int Dropped { get; }

    /// <summary>Claim words the statement does not have.</summary>
    public int Added { get; }

    /// <summary>
    /// How much of the two agrees: twice the shared words over all words of both (Dice), 1 when they are the same
    /// words in the same order.
    /// </summary>
    public double Agreement => SaidWords + ClaimedWords == 0 ? 0 : 2.0 * Same / (SaidWords + ClaimedWords);

    public static WordDiff Compare(IReadOnlyList<string> said, IReadOnlyList<string> claimed)
    {
        // One word a line: the folded words have no line breaks, so the line chunker splits exactly at words.
        var result = Differ.Instance.CreateDiffs(string.Join('\n', said), string.Join('\n', claimed), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        var runs = result.DiffBlocks
            .Select(b => new DiffRun(b.DeleteStartA, b.DeleteCountA, b.InsertStartB, b.InsertCountB))
            .ToArray();
        return new WordDiff(runs, said.Count, claimed.Count);
    }
}
