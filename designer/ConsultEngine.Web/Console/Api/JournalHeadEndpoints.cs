using ConsultEngine.Runtime.Journal;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// The head of a consultation's journal chain (last entry's sequence and hash, the MAC under the
/// installation key when keyed), to be exported and kept outside the installation: a later rewrite
/// of the whole journal cannot reproduce it.
/// </summary>
[ApiEndpointGroup]
internal static class JournalHeadEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/instances/{instanceId}/journal/head", async (Guid instanceId, Consultations consultations, CancellationToken ct) =>
            {
                var journal = await consultations.JournalAsync(instanceId, ct).ConfigureAwait(false);
                var head = journal.Count == 0
                    ? new JournalHeadInfo(instanceId, 0, JournalHasher.Genesis)
                    : new JournalHeadInfo(instanceId, journal[^1].Sequence, journal[^1].Hash);
                return TypedResults.Ok(new JournalHead(head.InstanceId, head.Sequence, head.Hash, head.Keyed));
            })
            .WithName("GetInstanceJournalHead")
            .WithTags("Instances")
            .WithSummary("The head of the consultation's journal chain: its last entry's sequence and MAC, to keep outside the installation.")
            .RequireAuthorization(Policies.ReadConsultations)
            .Produces<JournalHead>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The exported head: <paramref name="Keyed"/> says whether <paramref name="Hash"/> is a MAC under the installation key.</summary>
    internal sealed record JournalHead(Guid InstanceId, long Sequence, string Hash, bool Keyed);
}
