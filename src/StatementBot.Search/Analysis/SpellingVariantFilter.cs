using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StatementBot.Search.Analysis;

/// <summary>
/// Replaces each lowercased token by its canonical spelling (<see cref="SpellingVariants"/>): defence → defense,
/// zelenskiy → zelenskyy, covid19 → covid; and two tokens written with a hyphen that the table lists as one word
/// ("covid" "19") by that word, spanning both.
/// </summary>
internal sealed class SpellingVariantFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private State? _pending;

    public SpellingVariantFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pending);
            _pending = null;
        }
        else if (!m_input.IncrementToken())
        {
            return false;
        }

        var token = _term.ToString();
        var canonical = SpellingVariants.Canonical(token);
        if (!ReferenceEquals(canonical, token))
        {
            _term.SetEmpty().Append(canonical);
        }

        if (!SpellingVariants.StartsPair(canonical))
        {
            return true;
        }

        var head = CaptureState();
        var (start, end) = (_offset.StartOffset, _offset.EndOffset);
        if (!m_input.IncrementToken())
        {
            RestoreState(head);
            return true;
        }

        if (_offset.StartOffset == end + 1 && SpellingVariants.TryPair(canonical, _term.ToString(), out var joined))
        {
            var joinedEnd = _offset.EndOffset;
            RestoreState(head);
            _term.SetEmpty().Append(joined);
            _offset.SetOffset(start, joinedEnd);
            return true;
        }

        _pending = CaptureState();
        RestoreState(head);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
    }
}
