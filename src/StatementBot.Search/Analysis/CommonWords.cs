namespace StatementBot.Search.Analysis;

/// <summary>
/// Everyday English words that say nothing about what a speaker talks about. Search keeps them (only the short
/// Lucene stop list is dropped there); distinctive-word lists leave them out.
/// </summary>
internal static class CommonWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "about", "above", "across", "actually", "after", "again", "against", "ago", "all", "almost", "along", "already",
        "also", "although", "always", "among", "and", "another", "any", "anybody", "anyone", "anything", "anyway",
        "are", "around", "away", "back", "because", "been", "before", "behind", "being", "below", "between", "both",
        "but", "came", "can", "cannot", "come", "comes", "coming", "could", "did", "does", "doing", "done", "down",
        "during", "each", "either", "else", "enough", "even", "ever", "every", "everybody", "everyone", "everything",
        "far", "few", "for", "from", "further", "gave", "get", "gets", "getting", "give", "given", "gives", "giving",
        "goes", "going", "gone", "got", "had", "has", "have", "having", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "however", "into", "its", "itself", "just", "keep", "kind", "know", "known", "knows",
        "last", "least", "less", "let", "lets", "like", "look", "looking", "made", "make", "makes", "making", "many",
        "may", "maybe", "mean", "means", "might", "more", "most", "much", "must", "myself", "need", "needs", "never",
        "new", "next", "nobody", "none", "nor", "not", "nothing", "now", "off", "okay", "once", "one", "ones", "only",
        "onto", "other", "others", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "put", "quite",
        "rather", "really", "right", "said", "same", "say", "saying", "says", "see", "seen", "shall", "she", "should",
        "since", "some", "somebody", "someone", "something", "soon", "still", "such", "sure", "take", "taken", "takes",
        "taking", "tell", "than", "thank", "thanks", "that", "the", "their", "theirs", "them", "themselves", "then",
        "there", "therefore", "these", "they", "thing", "things", "think", "this", "those", "though", "through",
        "thus", "today", "together", "too", "took", "toward", "towards", "two", "under", "until", "upon", "use",
        "used", "very", "want", "wants", "was", "way", "well", "went", "were", "what", "whatever", "when", "where",
        "whether", "which", "while", "who", "whole", "whom", "whose", "why", "will", "with", "within", "without",
        "would", "yeah", "yes", "yet", "you", "your", "yours", "yourself", "yourselves", "lot", "lots", "three",
        "first", "second", "yesterday", "tomorrow", "year", "years", "day", "days", "time", "times", "great", "good",
        "able", "part", "point", "try", "trying", "work", "working", "question", "questions", "answer", "talk",
        "talked", "talking", "told", "call", "called", "continue", "important", "clear", "certainly", "obviously",
    };

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>A word worth listing as distinctive: three letters or more, letters only, not an everyday word.</summary>
    public static bool IsContentWord(string word)
    {
        if (word.Length < 3 || Words.Contains(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }
}
