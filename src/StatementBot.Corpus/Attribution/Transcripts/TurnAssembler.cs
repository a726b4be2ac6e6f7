namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Walks a transcript's classified paragraphs and gathers each speaker's turns with the question they answer.
/// Several question paragraphs in a row are one question; a question that resumes after an interruption
/// ("Q — with that welcome?") completes the one before it; every turn after a question keeps it until the next
/// question. Unlabelled paragraphs continue whoever speaks. A crowd's interjection ("AUDIENCE: Booo —") pauses a
/// turn, and the same speaker's next turn continues it.
/// </summary>
internal sealed class TurnAssembler
{
    private readonly SpeakerRef? _defaultSpeaker;
    private readonly bool _answersAreAnswers;
    private readonly bool _questionsAreOneParagraph;
    private readonly List<Turn> _turns = [];

    private Builder? _current;
    private List<string>? _question;
    private string? _lastQuestion;

    /// <param name="defaultSpeaker">Who speaks in paragraphs before any label (the spokesperson's announcements, a speech).</param>
    /// <param name="answersAreAnswers">Turns that follow a question are <see cref="StatementKind.Answer"/> (press conferences).</param>
    /// <param name="questionsAreOneParagraph">In a speech without labels, the paragraph after a question is the answer.</param>
    public TurnAssembler(SpeakerRef? defaultSpeaker, bool answersAreAnswers, bool questionsAreOneParagraph)
    {
        _defaultSpeaker = defaultSpeaker;
        _answersAreAnswers = answersAreAnswers;
        _questionsAreOneParagraph = questionsAreOneParagraph;
    }

    public IReadOnlyList<Turn> Assemble(IEnumerable<TranscriptLine> lines)
    {
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case LineKind.Question:
                    AddQuestion(line.Text);
                    break;
                case LineKind.Turn:
                    StartTurn(line.Speaker ?? _defaultSpeaker!, line.Text);
                    break;
                case LineKind.Crowd:
                    if (_current is not null)
                    {
                        _current.Paused = true;
                    }

                    break;
                case LineKind.Text:
                    AddText(line.Text);
                    break;
            }
        }

        Close();
        return _turns;
    }

    private void AddQuestion(string text)
    {
        if (_question is null)
        {
            Close();
            _question = [];
            if (ResumesInterruptedQuestion(text) && _lastQuestion is not null)
            {
                _question.Add(_lastQuestion.TrimEnd(' ', '—', '–', '-', '…'));
                text = "— " + text.TrimStart(' ', '—', '–', '-', '…', '.');
            }
        }

        if (text.Length > 0)
        {
            _question.Add(text);
        }
    }

    private void StartTurn(SpeakerRef speaker, string text)
    {
        if (_question is null && _current is { Paused: true } paused && paused.Speaker == speaker)
        {
            paused.Paused = false;
            paused.Add(text);
            return;
        }

        FinishQuestion();
        Close();
        _current = new Builder(speaker, _lastQuestion);
        _current.Add(text);
    }

    private void AddText(string text)
    {
        if (_question is not null)
        {
            if (!_questionsAreOneParagraph)
            {
                _question.Add(text);
                return;
            }

            FinishQuestion();
        }

        if (_current is { Paused: false })
        {
            _current.Add(text);
        }
        else if (_defaultSpeaker is not null && (_current is null || _current.Speaker == _defaultSpeaker))
        {
            if (_current is { Paused: true })
            {
                _current.Paused = false;
                _current.Add(text);
                return;
            }

            Close();
            _current = new Builder(_defaultSpeaker, _lastQuestion);
            _current.Add(text);
        }
    }

    private void FinishQuestion()
    {
        if (_question is null)
        {
            return;
        }

        var spoken = string.Join(' ', _question.Select(TranscriptFurniture.WithoutStageDirections).Where(part => part.Length > 0));
        _lastQuestion = IsPleasantry(spoken) ? null : spoken;
        _question = null;
    }

    private void Close()
    {
        if (_current is { Paragraphs.Count: > 0 } done)
        {
            var kind = _answersAreAnswers && done.Question is not null ? StatementKind.Answer : StatementKind.Turn;
            _turns.Add(new Turn(done.Speaker, kind, done.Question, done.Paragraphs.AsReadOnly()));
        }

        _current = null;
    }

    /// <summary>"Hi.", "Thank you.", "Good afternoon, Karine." — a reporter's greeting asks nothing.</summary>
    private static bool IsPleasantry(string question) =>
        question.Length < 40 && (!question.Contains('?') || question.Contains("how are you", StringComparison.OrdinalIgnoreCase));

    /// <summary>"— with that welcome?": a reporter finishing the question an answer cut into.</summary>
    private static bool ResumesInterruptedQuestion(string text) =>
        text.StartsWith('—') || text.StartsWith('–') || text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith('…') || text.StartsWith("...", StringComparison.Ordinal);

    private sealed class Builder(SpeakerRef speaker, string? question)
    {
        public SpeakerRef Speaker { get; } = speaker;

        public string? Question { get; } = question;

        public List<string> Paragraphs { get; } = [];

        public bool Paused { get; set; }

        /// <summary>Adds what the speaker says in the paragraph: stage directions inside it are dropped, and one with nothing else is no paragraph.</summary>
        public void Add(string text)
        {
            var spoken = TranscriptFurniture.WithoutStageDirections(text);
            if (spoken.Length > 0)
            {
                Paragraphs.Add(spoken);
            }
        }
    }
}
