using System.Text.RegularExpressions;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// The question-and-answer part of an interview article: paragraphs opened by a speaker in double brackets
/// ("((WN)) How did …?", "((Zara Kay)) So I was born …"). The interviewer's paragraphs are the questions; every
/// other speaker's paragraph, and the unmarked paragraphs after it, are answers, given to the interviewee's full name
/// (from the marker, or the person the title or lead names whose name or initials the marker holds) with the question
/// attached — as a press conference's answers are.
/// </summary>
internal sealed partial class InterviewReader
{
    private const int MinMarkers = 3;

    private readonly List<(int Paragraph, string Marker, int TextStart)> _marked;

    private InterviewReader(List<(int, string, int)> marked) => _marked = marked;

    /// <summary>The index of the first marked paragraph: the prose before it is read as an article.</summary>
    public int FirstMarker => _marked[0].Paragraph;

    public static InterviewReader? Detect(IReadOnlyList<ArticleParagraph> paragraphs)
    {
        var marked = new List<(int, string, int)>();
        foreach (var paragraph in paragraphs)
        {
            if (MarkerPattern().Match(paragraph.Text) is { Success: true } match)
            {
                marked.Add((paragraph.Index, match.Groups[1].Value.Trim(), match.Length));
            }
            else if (NamedPattern().Match(paragraph.Text) is { Success: true } named)
            {
                // "Natasha Gownaris: I've wanted to …" between bracketed questions.
                marked.Add((paragraph.Index, named.Groups[1].Value.Trim(), named.Length));
            }
        }
        return marked.Count(m => MarkerPattern().IsMatch(paragraphs[m.Item1].Text)) >= MinMarkers ? new InterviewReader(marked) : null;
    }

    public IEnumerable<StatementDraft> Answers(IReadOnlyList<ArticleParagraph> paragraphs, ArticlePeople people, string title)
    {
        var interviewers = Interviewers(paragraphs);
        var interviewees = _marked.Select(m => m.Marker).Where(m => !interviewers.Contains(m)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        string? question = QuestionBefore(paragraphs, FirstMarker);
        ArticlePerson? answering = null;
        var markerAt = _marked.ToDictionary(m => m.Paragraph);
        for (var p = FirstMarker; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var start = 0;
            if (markerAt.TryGetValue(p, out var mark))
            {
                start = mark.TextStart;
                if (interviewers.Contains(mark.Marker))
                {
                    question = paragraph.Original[start..].Trim();
                    // "((WN)) How did …?" then the answer unmarked: the one interviewee answers.
                    answering = interviewees.Count == 1 ? Interviewee(interviewees[0], people, interviewees) : null;
                    continue;
                }
                answering = Interviewee(mark.Marker, people, interviewees);
            }
            else if (LeadingName(paragraph.Original, people) is { } named)
            {
                // "Michael Siegel I am a professor …", "MS Although we used …": the answer opens with who answers.
                answering = named.Person;
                start = named.Length;
            }
            else if (answering is null)
            {
                continue;
            }
            var end = paragraph.Original.Length;
            while (start < end && char.IsWhiteSpace(paragraph.Original[start]))
            {
                start++;
            }
            if (start < end)
            {
                yield return new StatementDraft(answering, StatementKind.Answer, [new TextRange(p, start, end)], question);
            }
        }
    }

    /// <summary>A paragraph that opens with a person's full name or initials, then the answer: that person and where the answer starts.</summary>
    private static (ArticlePerson Person, int Length)? LeadingName(string text, ArticlePeople people)
    {
        foreach (var person in people.All.Where(p => !p.IsOrganisation && p.NameParts.Count >= 2))
        {
            var initials = string.Concat(person.NameParts.Select(n => char.ToUpperInvariant(n[0])));
            foreach (var form in new[] { person.Name + ":", person.Name, initials + ":", initials })
            {
                // A label, not the subject of the answer's first sentence: a colon, or a capital after the name
                // ("Michael Siegel I am …", but not "Red Hat has always been …").
                var after = form.Length + 1;
                if (text.StartsWith(form + " ", StringComparison.Ordinal)
                    && (form.EndsWith(':') || after < text.Length && char.IsUpper(text[after])))
                {
                    return (person, after);
                }
            }
        }
        return null;
    }

    /// <summary>"WN", "Wikinews", and any marker whose paragraphs are mostly questions.</summary>
    private HashSet<string> Interviewers(IReadOnlyList<ArticleParagraph> paragraphs)
    {
        var interviewers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in _marked.GroupBy(m => m.Marker, StringComparer.OrdinalIgnoreCase))
        {
            var questions = group.Count(m => paragraphs[m.Paragraph].Text.TrimEnd().EndsWith('?'));
            if (group.Key.Contains("Wikinews", StringComparison.OrdinalIgnoreCase) || group.Key.Equals("WN", StringComparison.OrdinalIgnoreCase)
                || questions * 2 > group.Count())
            {
                interviewers.Add(group.Key);
            }
        }
        return interviewers;
    }

    /// <summary>The first question is sometimes left unmarked: the paragraph right before the first marker, when it asks.</summary>
    private static string? QuestionBefore(IReadOnlyList<ArticleParagraph> paragraphs, int first) =>
        first > 0 && paragraphs[first - 1].Text.TrimEnd().EndsWith('?') ? paragraphs[first - 1].Original.Trim() : null;

    private static ArticlePerson Interviewee(string marker, ArticlePeople people, List<string> interviewees)
    {
        var parts = marker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2)
        {
            return people.Add(parts, null) ?? new ArticlePerson(parts, null);
        }
        if (people.Find(parts) is { } known)
        {
            return known;
        }
        // "((AN))" for Aparna Garg: the one person whose initials the marker is.
        var byInitials = people.All.Where(p => p.NameParts.Count >= 2 && string.Concat(p.NameParts.Select(n => char.ToUpperInvariant(n[0])))
            .Equals(marker, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byInitials.Count == 1)
        {
            return byInitials[0];
        }
        // "((Jaya))": the given name of someone the article names.
        var byGivenName = people.All.Where(p => p.NameParts.Count >= 2 && p.NameParts[0].Equals(marker, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byGivenName.Count == 1)
        {
            return byGivenName[0];
        }
        // A stray short marker ("((AN))") in an interview of one person: that person.
        var full = interviewees.Where(i => i.Contains(' ')).ToList();
        if (full.Count == 1 && people.Find(full[0].Split(' ')) is { } only)
        {
            return only;
        }
        return people.Add(parts, null) ?? new ArticlePerson(parts, null);
    }

    [GeneratedRegex(@"^\s*\(\(([^()]{1,60})\)\)")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^\s*(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}):\s")]
    private static partial Regex NamedPattern();
}
