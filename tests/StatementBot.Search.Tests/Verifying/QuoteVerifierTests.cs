using StatementBot.Corpus.Attribution;
using StatementBot.Search.Results;
using StatementBot.Search.Verifying;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Verifying;

/// <summary>
/// /verify on real statements of the shared corpora, quoted at test time: word for word, misremembered (two words
/// changed, one dropped), misattributed, inside a message, and an invented quote in clearly fictional words.
/// </summary>
public sealed class QuoteVerifierTests(VerifyCorpusFixture corpus) : IClassFixture<VerifyCorpusFixture>
{
    private const string Invented = "The moon-weasels of Upper Frandonia will never surrender their marmalade to the council of glass owls";

    /// <summary>Eight long statements by named people, spread over the slice, each with a different one to take words from.</summary>
    private IEnumerable<(Statement Said, Statement Donor)> Samples()
    {
        var long_ = corpus.Statements.Where(s => !s.ByOrganisation && Misquote.Count(s.Text) >= 45).ToArray();
        var step = Math.Max(1, long_.Length / 8);
        for (var i = 0; i < 8 && i * step < long_.Length; i++)
        {
            yield return (long_[i * step], long_[(i * step + long_.Length / 2) % long_.Length]);
        }
    }

    [SharedFact]
    public void Verify_TwoWordsChangedAndOneDropped_FindsTheRealStatementAsClose()
    {
        var samples = Samples().ToArray();
        Assert.Equal(8, samples.Length);
        foreach (var (said, donor) in samples)
        {
            var quote = Misquote.Words(said.Text, 5, 20);
            var claim = Misquote.Edit(quote, donor.Text, Misquote.Changed, Misquote.Dropped);

            var verification = corpus.Verifier.Verify(claim).Value!;

            Assert.True(verification.Verdict == Verdict.Close, $"\"{claim}\" (from {said.Speaker}: \"{string.Join(' ', quote)}\") came out {verification.Verdict}, nearest {verification.Nearest:0.00}");
            var best = verification.Matches[0];
            Assert.Contains(Misquote.Flat(string.Join(' ', quote)), Misquote.Flat(best.Hit.Text));
            Assert.Equal(said.Speaker, best.Hit.Speaker);
            Assert.Equal((2, 1, 0), (best.Changed, best.Dropped, best.Added));
            Assert.Equal([WordEditKind.Changed, WordEditKind.Dropped, WordEditKind.Changed], best.Edits.Select(e => e.Kind));
            Assert.Equal(Misquote.Plain(quote[4]), Misquote.Plain(best.Edits[0].Said!));
            Assert.Equal(Misquote.Plain(quote[9]), Misquote.Plain(best.Edits[1].Said!));
        }
    }

    [SharedFact]
    public void Verify_Misquote_ExcerptMarksWhatWasSaidAndWhatTheQuoteHasInstead()
    {
        var (said, donor) = Samples().First();
        var quote = Misquote.Words(said.Text, 5, 20);
        var claim = Misquote.Edit(quote, donor.Text, Misquote.Changed, Misquote.Dropped);
        var claimWords = claim.Split(' ');

        var snippet = corpus.Verifier.Verify(claim).Value!.Matches[0].Hit.Snippet;

        string[] Marked(SpanKind kind) => snippet.Marks().Where(m => m.Kind == kind).Select(m => Misquote.Plain(snippet.Text.Substring(m.Start, m.Length))).ToArray();
        Assert.Equal([Misquote.Plain(quote[4]), Misquote.Plain(quote[9]), Misquote.Plain(quote[13])], Marked(SpanKind.Dropped));
        Assert.Equal([Misquote.Plain(claimWords[4]), Misquote.Plain(claimWords[12])], Marked(SpanKind.Added));
        // The struck word comes first, then the quote's word in its place.
        var changed = snippet.Marks().ToArray();
        Assert.Equal(SpanKind.Added, changed[Array.FindIndex(changed, m => m.Kind == SpanKind.Dropped) + 1].Kind);
    }

    [SharedFact]
    public void Verify_WordForWord_IsExact()
    {
        foreach (var (said, _) in Samples().Take(3))
        {
            var quote = string.Join(' ', Misquote.Words(said.Text, 10, 15));

            var verification = corpus.Verifier.Verify(quote).Value!;

            Assert.Equal(Verdict.Exact, verification.Verdict);
            Assert.Equal(1, verification.Matches[0].Agreement, 3);
            Assert.Empty(verification.Matches[0].Edits);
            Assert.Contains(Misquote.Flat(quote), Misquote.Flat(verification.Matches[0].Hit.Text));
            var snippet = verification.Matches[0].Hit.Snippet;
            var mark = Assert.Single(snippet.Highlights);
            Assert.Equal(SpanKind.Match, mark.Kind);
            Assert.Equal(Misquote.Plain(Misquote.Flat(quote)), Misquote.Plain(Misquote.Flat(snippet.Text.Substring(mark.Start, mark.Length))));
        }
    }

    [SharedFact]
    public void Verify_InventedQuote_IsNotFound()
    {
        var verification = corpus.Verifier.Verify(Invented).Value!;

        Assert.Equal(Verdict.NotFound, verification.Verdict);
        Assert.Empty(verification.Matches);
        Assert.InRange(verification.Nearest, 0, VerdictRules.CloseAgreement - 0.01);
    }

    [SharedFact]
    public void Verify_AttributedToSomeoneWhoDidNotSayIt_FindsWhoDid()
    {
        var (said, _) = Samples().First();
        var other = corpus.Statements.First(s => !s.ByOrganisation && s.Speaker != said.Speaker).Speaker;
        var quote = string.Join(' ', Misquote.Words(said.Text, 5, 18));

        var verification = corpus.Verifier.Verify(quote, other).Value!;

        Assert.True(verification.SaidByOthers);
        Assert.Equal(other, verification.Speaker);
        Assert.Equal(Verdict.Exact, verification.Verdict);
        Assert.Equal(said.Speaker, verification.Matches[0].Hit.Speaker);
    }

    [SharedFact]
    public void Verify_AttributedToWhoSaidIt_KeepsTheirStatements()
    {
        var (said, _) = Samples().Skip(1).First();
        var quote = string.Join(' ', Misquote.Words(said.Text, 5, 18));

        var verification = corpus.Verifier.Verify(quote, said.Speaker).Value!;

        Assert.False(verification.SaidByOthers);
        Assert.All(verification.Matches, m => Assert.Equal(said.Speaker, m.Hit.Speaker));
    }

    [SharedFact]
    public void Verify_MessageThatQuotesSomeone_ChecksTheQuotedPassage()
    {
        var (said, donor) = Samples().Skip(2).First();
        var claim = Misquote.Edit(Misquote.Words(said.Text, 5, 20), donor.Text, Misquote.Changed, Misquote.Dropped);

        var verification = corpus.Verifier.Verify($"Seen on a forum today: the spokesperson said “{claim}” — can that be right?").Value!;

        Assert.Equal(claim, verification.Claim);
        Assert.Equal(Verdict.Close, verification.Verdict);
        Assert.Equal(said.Speaker, verification.Matches[0].Hit.Speaker);
    }

    [SharedTheory]
    [InlineData("two words")]
    [InlineData("   ")]
    public void Verify_TooShort_SaysHowManyWordsItNeeds(string text)
    {
        var result = corpus.Verifier.Verify(text);

        Assert.NotNull(result.Error);
        Assert.StartsWith($"Give at least {QuoteVerifier.MinWords} words", result.Error!.Message);
    }

    [SharedFact]
    public void Verify_TooLong_SaysTheLimit()
    {
        var text = string.Join(' ', Enumerable.Repeat("marmalade council", QuoteVerifier.MaxWords));

        var result = corpus.Verifier.Verify(text);

        Assert.Contains($"up to {QuoteVerifier.MaxWords}", result.Error!.Message);
    }

    [SharedFact]
    public void Verify_UnknownSpeaker_IsAnError()
    {
        var result = corpus.Verifier.Verify(Invented, "Zebulon Frandonia");

        Assert.Contains("No speaker called \"Zebulon Frandonia\"", result.Error!.Message);
    }
}
