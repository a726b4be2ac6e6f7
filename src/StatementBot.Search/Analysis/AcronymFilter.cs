using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StatementBot.Search.Analysis;

/// <summary>
/// Keeps only the acronyms of a text, in capitals (<see cref="Acronyms.Form"/>): "US" and "U.S." give US, "us"
/// gives nothing. Capitals count only inside ordinary mixed-case text (most words around them have small letters),
/// so an all-capitals heading or a shouted "WE WILL NOT" adds nothing. Reads the whole text first (statements are
/// short) to see each token's neighbours.
/// </summary>
internal sealed class AcronymFilter : TokenFilter
{
    /// <summary>How many words either side decide whether a capitalised word sits in ordinary text.</summary>
    public const int Neighbourhood = 4;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<Token> _tokens = [];
    private int _next = -1;
    private int _lastEmitted;

    public AcronymFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    private enum Case : byte { None, Mixed, Capitals }

    private readonly record struct Token(string? Form, bool Always, Case Case, int Start, int End);

    public override bool IncrementToken()
    {
        if (_next < 0)
        {
            ReadAll();
            _next = 0;
        }

        while (_next < _tokens.Count)
        {
            var index = _next++;
            var token = _tokens[index];
            if (token.Form is null || !(token.Always || InOrdinaryText(index)))
            {
                continue;
            }

            ClearAttributes();
            _term.Append(token.Form);
            _offset.SetOffset(token.Start, token.End);
            _increment.PositionIncrement = index + 1 - _lastEmitted;
            _lastEmitted = index + 1;
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _tokens.Clear();
        _next = -1;
        _lastEmitted = 0;
    }

    private void ReadAll()
    {
        while (m_input.IncrementToken())
        {
            var text = _term.Buffer.AsSpan(0, _term.Length);
            var form = Acronyms.Form(text, out var always);
            _tokens.Add(new Token(form, always, CaseOf(text), _offset.StartOffset, _offset.EndOffset));
        }
    }

    private bool InOrdinaryText(int index)
    {
        var mixed = 0;
        var capitals = 0;
        for (var i = Math.Max(0, index - Neighbourhood); i <= Math.Min(_tokens.Count - 1, index + Neighbourhood); i++)
        {
            if (i != index)
            {
                mixed += _tokens[i].Case == Case.Mixed ? 1 : 0;
                capitals += _tokens[i].Case == Case.Capitals ? 1 : 0;
            }
        }
        return mixed > 0 && mixed >= capitals;
    }

    /// <summary>Mixed: has a small letter. Capitals: two letters or more, none small. Anything else says nothing.</summary>
    private static Case CaseOf(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return Case.Mixed;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2 ? Case.Capitals : Case.None;
    }
}
