using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Verification;

namespace ConsultEngine.Hosting.Tools;

/// <summary>
/// Verified participation: a step whose tool declares a <see cref="PersonCheck"/> (<see cref="IVerifiesPersons"/>)
/// takes a public submission only with a proof of the person, checked and spent by the verifier its
/// <see cref="PersonCheck.ConfirmBy"/> names, before anything is stored. Staff entries (enumerator, paper) are
/// not proved here: staff verify the person themselves.
/// </summary>
internal sealed partial class ToolSteps
{
    public async Task<VerificationStarted> RequestVerificationAsync(Guid instanceId, string stepId, string? identifier, string? client, ToolCaller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var step = await ResolveAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        await CollectingAsync(step, caller.Actor, cancellationToken).ConfigureAwait(false);

        var check = step.Tool is IVerifiesPersons verifies ? verifies.PersonCheckFor(step.Context(caller)) : null;
        if (check is null)
        {
            throw step.Refuse(VerificationCodes.NotAsked, "This step verifies nobody by a code.");
        }

        var verifier = VerifierOf(step, check);
        try
        {
            return await verifier.StartAsync(Scope(step, check), identifier ?? string.Empty, client, cancellationToken).ConfigureAwait(false);
        }
        catch (PersonVerificationException refused)
        {
            throw step.Refuse(refused.Code, refused.Message, [new ToolProblem(refused.Code, refused.Path, refused.Message)], refused);
        }
    }

    /// <summary>The check a public web submission must pass, or <see langword="null"/>.</summary>
    private static PersonCheck? CheckOf(ResolvedToolStep step, ToolCaller caller, Submission submission) =>
        caller.Audience == ToolAudience.Public && submission.Channel == InputChannel.Web && step.Tool is IVerifiesPersons verifies
            ? verifies.PersonCheckFor(step.Context(caller))
            : null;

    private static ToolProblem CodeMissing(PersonCheck check) =>
        new(VerificationCodes.CodeMissing, check.CodePath, "A confirmed code is needed: ask for a code, then type it here.");

    /// <summary>Checks and spends the submission's proof; the problem that refuses it, or <see langword="null"/>.</summary>
    private async Task<ToolProblem?> ProveAsync(ResolvedToolStep step, PersonCheck check, Submission submission, CancellationToken cancellationToken)
    {
        var verifier = VerifierOf(step, check);
        var scope = Scope(step, check);
        try
        {
            var person = await verifier.ConfirmAsync(scope, submission.Identifier ?? string.Empty, submission.VerificationCode ?? string.Empty, cancellationToken).ConfigureAwait(false);
            await verifier.SpendAsync(scope, person, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (PersonVerificationException refused)
        {
            return new ToolProblem(refused.Code, refused.Path, refused.Message);
        }
    }

    private IPersonVerifier VerifierOf(ResolvedToolStep step, PersonCheck check) =>
        verifiers.FirstOrDefault(v => string.Equals(v.ConfirmBy, check.ConfirmBy, StringComparison.Ordinal))
            ?? throw step.Refuse(VerificationCodes.MethodUnavailable, $"No verifier confirms a person by '{check.ConfirmBy}' in this installation.");

    private static VerificationScope Scope(ResolvedToolStep step, PersonCheck check) => new(step.InstanceId, step.StepId, check, step.Records);
}
