namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>Where the attribution sits relative to what was said.</summary>
internal enum ClauseShape
{
    /// <summary>"Tan said that ...", "He said "..."": speaker first.</summary>
    Leading,

    /// <summary>"..., Tan said.": speaker after the words.</summary>
    Trailing,

    /// <summary>"In contrast, Tan stated, the US has ...": attribution inside the sentence.</summary>
    Parenthetical,

    /// <summary>"..., said Senior Colonel Tan Kefei, spokesperson for ...": verb before the speaker.</summary>
    Inverted,

    /// <summary>"Wu Qian: "During ...": a name, a colon, a quotation.</summary>
    Colon,

    /// <summary>"According to X, ..." or "..., according to X.".</summary>
    According,
}
