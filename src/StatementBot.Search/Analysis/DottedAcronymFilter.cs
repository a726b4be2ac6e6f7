using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StatementBot.Search.Analysis;

/// <summary>
/// Folds dotted capitals into the acronym (U.S. → US, E.U. → EU), so the White House's "U.S." and the ministry's
/// "US" are one term. Runs before lowercasing: "a.m." is not an acronym and keeps its dots.
/// </summary>
internal sealed class DottedAcronymFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var token = _term.Buffer.AsSpan(0, _term.Length);
        if (Acronyms.IsDotted(token))
        {
            _term.SetEmpty().Append(Acronyms.FoldDots(token));
        }
        return true;
    }
}
