using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Loading.Tests.Support;

/// <summary>The inputs of one step in memory, with the unique-key rules a host's store keeps.</summary>
internal sealed class InMemoryToolInputs(TimeProvider clock) : IToolInputs
{
    private readonly List<ConsultationInput> _inputs = [];

    public IReadOnlyList<ConsultationInput> Stored => _inputs;

    public ValueTask<AppendResult> AppendAsync(ConsultationInput input, UniqueKeyConflict onConflict = UniqueKeyConflict.Refuse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stored = input with { RecordedAt = clock.GetUtcNow() };
        var taken = input.UniqueKey is null ? -1 : _inputs.FindIndex(i => i.UniqueKey == input.UniqueKey && !i.Is(InputMarks.Withdrawn));
        if (taken < 0)
        {
            _inputs.Add(stored);
            return ValueTask.FromResult(new AppendResult(AppendStatus.Stored));
        }

        var previous = _inputs[taken];
        if (onConflict == UniqueKeyConflict.Refuse)
        {
            return ValueTask.FromResult(new AppendResult(AppendStatus.Conflict, previous.Id));
        }

        _inputs[taken] = previous with { Flags = previous.Flags | InputMarks.Withdrawn };
        _inputs.Add(stored);
        return ValueTask.FromResult(new AppendResult(AppendStatus.Replaced, previous.Id));
    }

    public ValueTask<IReadOnlyList<ConsultationInput>> ReadAsync(InputQuery query, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<ConsultationInput>>(_inputs.Where(query.Matches).ToList());

    public ValueTask<int> CountAsync(InputQuery query, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_inputs.Count(query.Matches));

    public ValueTask<ConsultationInput?> FindAsync(Guid inputId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_inputs.FirstOrDefault(i => i.Id == inputId));

    public ValueTask UpdateAsync(Guid inputId, InputMarks flags, IReadOnlyList<string> themes, CancellationToken cancellationToken = default)
    {
        var index = _inputs.FindIndex(i => i.Id == inputId);
        if (index < 0)
        {
            throw new ToolException(ToolCodes.InputNotFound, $"No input '{inputId}'.");
        }

        _inputs[index] = _inputs[index] with { Flags = flags, Themes = themes };
        return ValueTask.CompletedTask;
    }
}
